#include "ui/browse/entrydetailspane.h"

#include "api/bodytext.h"
#include "api/curlcommand.h"
#include "ui/browse/bodyview.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dlq {
namespace {

enum Tab { RequestTab, ResponseTab, CallbackTab, MetaTab, RawTab };

QString timeText(qint64 ms)
{
    if (ms <= 0)
        return QString();
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) +
           QStringLiteral(" · ") + QString::number(ms);
}

QString httpStatusText(int status)
{
    return status > 0 ? QString::number(status) : QString();
}

} // namespace

EntryDetailsPane::EntryDetailsPane(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_status(new QLabel(this)),
      m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("entryDetailsPane"));
    setAccessibleName(tr("Entry details"));
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_title->setAccessibleName(tr("Entry shown"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_status->setObjectName(QStringLiteral("detailsStatus"));
    m_status->setAccessibleName(tr("Entry status"));
    m_status->setWordWrap(true);
    // IDs and server messages are data: "<b>" in one must not turn into markup.
    m_title->setTextFormat(Qt::PlainText);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_copyDlqId = addCopyButton(QStringLiteral("detailsCopyDlqId"), tr("Copy DLQ ID"), tr("DLQ ID"),
                                [this] { return dlqId(); });
    m_copyRunId =
        addCopyButton(QStringLiteral("detailsCopyRunId"), tr("Copy run ID"), tr("workflow run ID"),
                      [this] { return m_entry ? m_entry->workflowRunId : QString(); });
    m_copyCurl = addCopyButton(QStringLiteral("detailsCopyCurl"), tr("Copy c&url"),
                               tr("curl command"), [this] { return curlCommand(); });
    m_copyCurl->setToolTip(tr("A curl command that fetches this entry; it reads the token from "
                              "$QSTASH_TOKEN"));
    m_copyJson = addCopyButton(
        QStringLiteral("detailsCopyJson"), tr("Copy &JSON"), tr("entry JSON"), [this] {
            return m_entry ? api::bodyFullText(api::Body{api::jsonBytes(m_entry->raw), false})
                           : QString();
        });
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_copyDlqId, m_copyRunId, m_copyCurl, m_copyJson})
        buttons->addWidget(button);
    buttons->addStretch(1);

    m_tabs->setObjectName(QStringLiteral("detailsTabs"));
    m_tabs->setAccessibleName(tr("Entry details sections"));
    m_tabs->addTab(buildRequestTab(), tr("Request"));
    m_tabs->addTab(buildResponseTab(), tr("Response"));
    m_tabs->addTab(buildCallbackTab(), tr("Failure callback"));
    m_tabs->addTab(buildMetaTab(), tr("Meta"));
    m_raw = new BodyView(QStringLiteral("detailsRawJson"), tr("Raw JSON"), false, m_tabs);
    m_tabs->addTab(m_raw, tr("Raw JSON"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 1);
    clear();
}

QPushButton *EntryDetailsPane::addCopyButton(const QString &name, const QString &text,
                                             const QString &what,
                                             const std::function<QString()> &content)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(name);
    button->setAccessibleName(tr("Copy %1").arg(what));
    button->setToolTip(tr("Copy the %1 to the clipboard").arg(what));
    connect(button, &QPushButton::clicked, this, [this, what, content] {
        const QString text = content();
        if (text.isEmpty())
            return;
        QApplication::clipboard()->setText(text);
        Q_EMIT copied(what);
    });
    return button;
}

QLineEdit *EntryDetailsPane::addField(QFormLayout *form, const QString &name, const QString &label)
{
    auto *field = new QLineEdit(form->parentWidget());
    field->setObjectName(name);
    field->setAccessibleName(label);
    field->setReadOnly(true);
    field->setPlaceholderText(tr("—"));
    form->addRow(label, field);
    return field;
}

BodyView *EntryDetailsPane::addHeadersAndBody(QFormLayout *form, const QString &name,
                                              const QString &what, QPlainTextEdit **headers)
{
    QWidget *parent = form->parentWidget();
    *headers = makeReadOnlyText(QStringLiteral("details%1Headers").arg(name),
                                tr("%1 headers").arg(what), parent);
    (*headers)->setMaximumHeight((*headers)->fontMetrics().lineSpacing() * 7);
    form->addRow(tr("Headers"), *headers);
    auto *body = new BodyView(QStringLiteral("details%1Body").arg(name), tr("%1 body").arg(what),
                              true, parent);
    connect(body, &BodyView::copied, this, &EntryDetailsPane::copied);
    form->addRow(tr("Body"), body);
    return body;
}

QWidget *EntryDetailsPane::buildRequestTab()
{
    auto *tab = new QWidget(m_tabs);
    tab->setObjectName(QStringLiteral("detailsRequestTab"));
    auto *form = new QFormLayout(tab);
    m_method = addField(form, QStringLiteral("detailsMethod"), tr("Method"));
    m_url = addField(form, QStringLiteral("detailsUrl"), tr("Step URL"));
    m_requestBody =
        addHeadersAndBody(form, QStringLiteral("Request"), tr("Request"), &m_requestHeaders);
    return tab;
}

QWidget *EntryDetailsPane::buildResponseTab()
{
    auto *tab = new QWidget(m_tabs);
    tab->setObjectName(QStringLiteral("detailsResponseTab"));
    auto *form = new QFormLayout(tab);
    m_responseStatus = addField(form, QStringLiteral("detailsResponseStatus"), tr("Status"));
    m_responseBody =
        addHeadersAndBody(form, QStringLiteral("Response"), tr("Response"), &m_responseHeaders);
    return tab;
}

QWidget *EntryDetailsPane::buildCallbackTab()
{
    auto *tab = new QWidget(m_tabs);
    tab->setObjectName(QStringLiteral("detailsCallbackTab"));
    m_callbackNone = new QLabel(tr("No failure callback"), tab);
    m_callbackNone->setObjectName(QStringLiteral("detailsCallbackNone"));
    m_callbackNone->setAccessibleName(tr("No failure callback"));
    m_callbackDetails = new QWidget(tab);
    auto *form = new QFormLayout(m_callbackDetails);
    m_callbackForm = form;
    form->setContentsMargins(0, 0, 0, 0);
    m_callbackUrl = addField(form, QStringLiteral("detailsCallbackUrl"), tr("Callback URL"));
    m_callbackState = addField(form, QStringLiteral("detailsCallbackState"), tr("State"));
    m_callbackStatus = addField(form, QStringLiteral("detailsCallbackStatus"), tr("Status"));
    m_callbackShape = new QLabel(m_callbackDetails);
    m_callbackShape->setObjectName(QStringLiteral("detailsCallbackShape"));
    m_callbackShape->setAccessibleName(tr("Failure callback source"));
    m_callbackShape->setWordWrap(true);
    form->addRow(m_callbackShape);
    m_callbackBody = addHeadersAndBody(form, QStringLiteral("Callback"), tr("Callback response"),
                                       &m_callbackHeaders);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_callbackNone);
    layout->addWidget(m_callbackDetails, 1);
    layout->addStretch(0);
    return tab;
}

QWidget *EntryDetailsPane::buildMetaTab()
{
    auto *tab = new QWidget(m_tabs);
    tab->setObjectName(QStringLiteral("detailsMetaTab"));
    auto *form = new QFormLayout(tab);
    m_metaDlqId = addField(form, QStringLiteral("detailsDlqId"), tr("DLQ ID"));
    m_metaWorkflowUrl = addField(form, QStringLiteral("detailsWorkflowUrl"), tr("Workflow URL"));
    m_metaRunId = addField(form, QStringLiteral("detailsRunId"), tr("Workflow run ID"));
    m_metaWorkflowCreatedAt =
        addField(form, QStringLiteral("detailsWorkflowCreatedAt"), tr("Workflow created at"));
    m_metaCreatedAt = addField(form, QStringLiteral("detailsCreatedAt"), tr("Created at"));
    m_metaMaxRetries = addField(form, QStringLiteral("detailsMaxRetries"), tr("Max retries"));
    m_metaLabels = addField(form, QStringLiteral("detailsLabels"), tr("Labels"));
    m_metaFlowControlKey =
        addField(form, QStringLiteral("detailsFlowControlKey"), tr("Flow-control key"));
    m_metaCallerIp = addField(form, QStringLiteral("detailsCallerIp"), tr("Caller IP"));
    m_metaMessageId = addField(form, QStringLiteral("detailsMessageId"), tr("Message ID"));
    m_metaNotBefore = addField(form, QStringLiteral("detailsNotBefore"), tr("Not before"));
    m_metaRetryOutlook = addField(form, QStringLiteral("detailsRetryOutlook"), tr("Retry"));
    m_problemsLabel = new QLabel(tr("Problems"), tab);
    m_problemsLabel->setObjectName(QStringLiteral("detailsProblemsLabel"));
    m_problems = makeReadOnlyText(QStringLiteral("detailsProblems"),
                                  tr("Fields that could not be read"), tab);
    m_problems->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    form->addRow(m_problemsLabel, m_problems);
    return tab;
}

void EntryDetailsPane::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
    updateButtons();
}

void EntryDetailsPane::showEntry(const api::DlqEntry &entry)
{
    m_entry = entry;
    m_pendingId.clear();
    fill(entry);
    setStatus(QString());
    updateButtons();
}

void EntryDetailsPane::showLoading(const QString &dlqId)
{
    if (!m_entry || m_entry->dlqId != dlqId) {
        clear();
        m_pendingId = dlqId;
        m_title->setText(tr("DLQ entry %1").arg(dlqId));
    }
    setStatus(tr("Refreshing…"));
    updateButtons();
}

void EntryDetailsPane::showGone(const QString &dlqId, const QString &message)
{
    const bool shown = m_entry && m_entry->dlqId == dlqId;
    if (!shown) {
        clear();
        m_pendingId = dlqId;
        m_title->setText(tr("DLQ entry %1").arg(dlqId));
    }
    QString text = tr("Gone: this entry is no longer in the DLQ (deleted, expired by retention, "
                      "or in another region).");
    if (shown)
        text += QLatin1Char(' ') + tr("Below is the last copy loaded.");
    if (!message.trimmed().isEmpty())
        text += QLatin1Char(' ') + tr("Server: %1").arg(message.trimmed());
    setStatus(text);
    updateButtons();
}

void EntryDetailsPane::showError(const QString &message)
{
    setStatus(m_entry ? tr("Refresh failed: %1 Below is the last copy loaded.").arg(message)
                      : tr("Could not load the entry: %1").arg(message));
}

void EntryDetailsPane::clear()
{
    m_entry.reset();
    m_pendingId.clear();
    fill(api::DlqEntry{});
    m_title->setText(tr("No entry selected"));
    setStatus(QString());
    updateButtons();
}

QString EntryDetailsPane::statusText() const
{
    return m_status->text();
}

QString EntryDetailsPane::curlCommand() const
{
    return m_entry ? api::curlGetEntryCommand(m_baseUrl, m_entry->dlqId) : QString();
}

void EntryDetailsPane::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void EntryDetailsPane::updateButtons()
{
    const QString id = dlqId();
    m_copyDlqId->setEnabled(!id.isEmpty());
    m_copyRunId->setEnabled(m_entry && !m_entry->workflowRunId.isEmpty());
    const QString curl = curlCommand();
    m_copyCurl->setEnabled(!curl.isEmpty());
    m_copyJson->setEnabled(m_entry.has_value());
}

void EntryDetailsPane::fill(const api::DlqEntry &entry)
{
    const bool any = m_entry.has_value();
    m_title->setText(
        any ? tr("DLQ entry %1").arg(entry.dlqId.isEmpty() ? tr("without an ID") : entry.dlqId)
            : QString());
    m_method->setText(entry.method);
    m_url->setText(entry.url);
    m_requestHeaders->setPlainText(api::headersText(entry.header));
    m_requestBody->setBody(entry.body);

    QString status = httpStatusText(entry.responseStatus);
    if (entry.isNonRetryable())
        status += tr(" · non-retryable");
    m_responseStatus->setText(status);
    m_responseHeaders->setPlainText(api::headersText(entry.responseHeader));
    m_responseBody->setBody(entry.responseBody);

    fillCallback(entry);
    fillMeta(entry);
    if (any)
        m_raw->setBody(api::Body{api::jsonBytes(entry.raw), false});
    else
        m_raw->clear();
    if (!any) {
        m_requestBody->clear();
        m_responseBody->clear();
    }
}

void EntryDetailsPane::fillCallback(const api::DlqEntry &entry)
{
    const api::FailureCallback &callback = entry.failureCallback;
    const bool none = callback.url.isEmpty() && callback.state.isEmpty() && !callback.hasInfo;
    m_callbackNone->setVisible(none && m_entry.has_value());
    m_callbackDetails->setVisible(!none);
    m_callbackUrl->setText(callback.url);
    m_callbackState->setText(callback.state);
    m_callbackStatus->setText(httpStatusText(callback.responseStatus));
    // Which API shape it came from matters only when the answer is missing because of it.
    const bool stateOnly = !callback.hasInfo && !callback.state.isEmpty();
    m_callbackShape->setText(stateOnly ? tr("The server sent only the callback's state "
                                            "(failureFunctionState), not its answer: no status, "
                                            "headers or body to show.")
                                       : QString());
    m_callbackShape->setVisible(stateOnly);
    for (QWidget *row :
         {static_cast<QWidget *>(m_callbackStatus), static_cast<QWidget *>(m_callbackHeaders),
          static_cast<QWidget *>(m_callbackBody)})
        m_callbackForm->setRowVisible(row, !stateOnly);
    m_callbackHeaders->setPlainText(api::headersText(callback.responseHeaders));
    m_callbackBody->setBody(callback.responseBody);
    m_tabs->setTabText(CallbackTab,
                       none ? tr("Failure callback")
                            : tr("Failure callback (%1)")
                                  .arg(callback.state.isEmpty() ? tr("no state") : callback.state));
}

void EntryDetailsPane::fillMeta(const api::DlqEntry &entry)
{
    m_metaDlqId->setText(entry.dlqId);
    m_metaWorkflowUrl->setText(entry.workflowUrl);
    m_metaRunId->setText(entry.workflowRunId);
    m_metaWorkflowCreatedAt->setText(timeText(entry.workflowCreatedAt));
    m_metaCreatedAt->setText(timeText(entry.createdAt));
    m_metaMaxRetries->setText(entry.maxRetries >= 0 ? QString::number(entry.maxRetries)
                                                    : QString());
    m_metaLabels->setText(entry.labels.join(QStringLiteral(", ")));
    m_metaFlowControlKey->setText(entry.flowControlKey);
    m_metaCallerIp->setText(entry.callerIp);
    m_metaMessageId->setText(entry.messageId);
    m_metaNotBefore->setText(timeText(entry.notBefore));
    m_metaRetryOutlook->setText(
        !m_entry ? QString()
        : entry.isNonRetryable()
            ? tr("Non-retryable (status 489 / Upstash-NonRetryable-Error): the workflow failed "
                 "on purpose, so resuming it unchanged is unlikely to help")
            : tr("Retryable"));
    m_problems->setPlainText(entry.problems.join(QLatin1Char('\n')));
    m_problemsLabel->setVisible(!entry.problems.isEmpty());
    m_problems->setVisible(!entry.problems.isEmpty());
    m_tabs->setTabText(MetaTab, entry.problems.isEmpty() ? tr("Meta")
                                : entry.problems.size() == 1
                                    ? tr("Meta (1 problem)")
                                    : tr("Meta (%1 problems)").arg(entry.problems.size()));
}

} // namespace dlq
