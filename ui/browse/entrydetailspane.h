#pragma once

#include "api/dlqentry.h"

#include <QString>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace dlq {

class BodyView;

// Everything about one DLQ entry, read-only, in tabs: Request, Response, Failure callback,
// Meta, Raw JSON; copy buttons for the IDs, a curl command and the JSON. It only shows what
// it is given: the owner fetches (GET /{id}) and says how that went. It never holds the token:
// the curl command names $QSTASH_TOKEN.
class EntryDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit EntryDetailsPane(QWidget *parent = nullptr);

    // The server the curl command addresses (the configured base URL). Until it is set, or
    // when it is not usable, "Copy curl" is disabled.
    void setBaseUrl(const QUrl &baseUrl);

    void showEntry(const api::DlqEntry &entry); // shows it at once
    // A refresh is in progress: what is shown stays, with "Refreshing…". For another ID the
    // old entry is cleared first, so nothing of it is mistaken for this one.
    void showLoading(const QString &dlqId);
    // GET /{id} said 404: the entry is gone; the last data stays, marked as such.
    void showGone(const QString &dlqId, const QString &message);
    void showError(const QString &message); // refresh failed: the data stays, with the error
    void clear();

    // What is shown, for the owner: empty when nothing.
    QString dlqId() const { return m_entry ? m_entry->dlqId : m_pendingId; }
    // The line under the title: "Refreshing…", gone, error; empty when the data is current.
    QString statusText() const;
    QString curlCommand() const;

Q_SIGNALS:
    // `what` names what went to the clipboard, e.g. "DLQ ID", "curl command", for a
    // status-bar note.
    void copied(const QString &what);

private:
    QWidget *buildRequestTab();
    QWidget *buildResponseTab();
    QWidget *buildCallbackTab();
    QWidget *buildMetaTab();
    QLineEdit *addField(QFormLayout *form, const QString &name, const QString &label);
    // "Headers" and "Body" rows named details<name>Headers / details<name>Body.
    BodyView *addHeadersAndBody(QFormLayout *form, const QString &name, const QString &what,
                                QPlainTextEdit **headers);
    QPushButton *addCopyButton(const QString &name, const QString &text, const QString &what,
                               const std::function<QString()> &content);
    void fill(const api::DlqEntry &entry);
    void fillCallback(const api::DlqEntry &entry);
    void fillMeta(const api::DlqEntry &entry);
    void setStatus(const QString &text);
    void updateButtons();

    std::optional<api::DlqEntry> m_entry;
    QString m_pendingId; // loading or gone without any data shown
    QUrl m_baseUrl;

    QLabel *m_title;
    QLabel *m_status;
    QPushButton *m_copyDlqId;
    QPushButton *m_copyRunId;
    QPushButton *m_copyCurl;
    QPushButton *m_copyJson;
    QTabWidget *m_tabs;

    QLineEdit *m_method = nullptr;
    QLineEdit *m_url = nullptr;
    QPlainTextEdit *m_requestHeaders = nullptr;
    BodyView *m_requestBody = nullptr;

    QLineEdit *m_responseStatus = nullptr;
    QPlainTextEdit *m_responseHeaders = nullptr;
    BodyView *m_responseBody = nullptr;

    QLabel *m_callbackNone = nullptr;
    QWidget *m_callbackDetails = nullptr;
    QFormLayout *m_callbackForm = nullptr;
    QLineEdit *m_callbackUrl = nullptr;
    QLineEdit *m_callbackState = nullptr;
    QLineEdit *m_callbackStatus = nullptr;
    QLabel *m_callbackShape = nullptr;
    QPlainTextEdit *m_callbackHeaders = nullptr;
    BodyView *m_callbackBody = nullptr;

    QLineEdit *m_metaDlqId = nullptr;
    QLineEdit *m_metaWorkflowUrl = nullptr;
    QLineEdit *m_metaRunId = nullptr;
    QLineEdit *m_metaWorkflowCreatedAt = nullptr;
    QLineEdit *m_metaCreatedAt = nullptr;
    QLineEdit *m_metaMaxRetries = nullptr;
    QLineEdit *m_metaLabels = nullptr;
    QLineEdit *m_metaFlowControlKey = nullptr;
    QLineEdit *m_metaCallerIp = nullptr;
    QLineEdit *m_metaMessageId = nullptr;
    QLineEdit *m_metaNotBefore = nullptr;
    QLineEdit *m_metaRetryOutlook = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QPlainTextEdit *m_problems = nullptr;

    BodyView *m_raw = nullptr;
};

} // namespace dlq
