#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace dlq {

class IdIntake;
class ResultsModel;

// The line where IDs come in: type or paste and press Enter, or import a file. It owns the
// IdIntake every way in goes through, and shows its progress (a busy bar and Cancel while a
// large list is read) and its summary.
class IdEntryBar : public QWidget
{
    Q_OBJECT
public:
    IdEntryBar(QAction *importAction, QWidget *parent = nullptr);

    QLineEdit *entry() const { return m_entry; }
    IdIntake *intake() const { return m_intake; }
    // The list the line describes: rows taken off or restored change what it says.
    void setModel(ResultsModel *model);
    void clearEntry();
    void showParseSummary(const QString &summary);
    void showImportErrors(const QStringList &errors); // empty hides the line

    // True for clipboard text that holds more than one ID. Ctrl+V in the entry line sends
    // such text straight to the list (a line edit would squash or cut it); one ID still
    // pastes into the line.
    static bool isListPaste(const QString &text);

Q_SIGNALS:
    void submitted(const QString &text);
    void statusMessage(const QString &message, int timeoutMs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit();
    void showBusy(bool busy, const QString &what);
    void showOutcome(const QString &summary, const QStringList &errors, const QString &status);
    void describeList(); // once the last addition's summary is stale, unless one is going on
    QString listDescription() const; // "199 IDs in the list."

    QLineEdit *m_entry;
    QPushButton *m_addButton;
    QPushButton *m_importButton;
    QLabel *m_summary;
    QLabel *m_errors;
    QProgressBar *m_busy;
    QPushButton *m_cancelButton;
    IdIntake *m_intake;
    ResultsModel *m_model = nullptr;
};

} // namespace dlq
