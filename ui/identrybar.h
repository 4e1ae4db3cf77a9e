#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dlq {

// The line where IDs come in: type or paste and press Enter, or import a file. It only hands
// text on; parsing and adding is the window's job, so every way in goes through one path.
class IdEntryBar : public QWidget
{
    Q_OBJECT
public:
    IdEntryBar(QAction *importAction, QWidget *parent = nullptr);

    QLineEdit *entry() const { return m_entry; }
    void clearEntry();
    void showParseSummary(const QString &summary);
    void showImportErrors(const QStringList &errors); // empty hides the line

    // True for clipboard text that holds more than one ID. Ctrl+V in the entry line sends
    // such text straight to the list (a line edit would squash or cut it); one ID still
    // pastes into the line.
    static bool isListPaste(const QString &text);

Q_SIGNALS:
    void submitted(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit();

    QLineEdit *m_entry;
    QPushButton *m_addButton;
    QPushButton *m_importButton;
    QLabel *m_summary;
    QLabel *m_errors;
};

} // namespace dlq
