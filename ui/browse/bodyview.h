#pragma once

#include "api/dlqentry.h"

#include <QString>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace dlq {

// Read-only monospace text for the details pane: a body (decoded, indented when JSON, capped
// so a 200 KB body never stalls the window, with "Copy body" for all of it), or plain text
// such as headers. Child object names start with the view's own name.
class BodyView : public QWidget
{
    Q_OBJECT
public:
    // `name` prefixes the object names ("requestBody" → "requestBodyText"), `label` is for
    // people ("Request body"). Without `copyButton` the owner offers the copy itself.
    BodyView(const QString &name, const QString &label, bool copyButton = true,
             QWidget *parent = nullptr);

    void setBody(const api::Body &body);
    void clear();

    QString shownText() const;

Q_SIGNALS:
    void copied(const QString &what);

private:
    QString m_label;
    api::Body m_body;
    QLabel *m_summary;
    QLabel *m_cutNote;
    QPlainTextEdit *m_text;
    QPushButton *m_copy;
};

// The read-only, selectable, keyboard-reachable text box every pane section uses.
QPlainTextEdit *makeReadOnlyText(const QString &objectName, const QString &accessibleName,
                                 QWidget *parent);

} // namespace dlq
