#include "cli/listcommand.h"

#include "cli/console.h"
#include "cli/exitcodes.h"
#include "cli/resultprinter.h"
#include "results/exporter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dlq::cli {

namespace {

QString when(qint64 ms)
{
    return ms > 0 ? exporter::isoTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)) : QString();
}

QStringList cells(const api::DlqEntry &e)
{
    return {e.dlqId,
            when(e.createdAt),
            e.responseStatus > 0 ? QString::number(e.responseStatus) : QString(),
            e.workflowUrl,
            e.workflowRunId,
            e.url,
            e.labels.join(QLatin1Char(';')),
            e.failureCallback.state,
            e.callerIp,
            e.flowControlKey};
}

} // namespace

QString entriesTable(const QList<api::DlqEntry> &entries)
{
    QList<QStringList> rows;
    for (const api::DlqEntry &e : entries) {
        const QStringList all = cells(e);
        QStringList row;
        for (int column : {0, 1, 2, 3, 7, 6})
            row << printable(all.at(column));
        rows << row;
    }
    return alignedTable({QStringLiteral("DLQ ID"), QStringLiteral("Failed at"),
                         QStringLiteral("Status"), QStringLiteral("Workflow URL"),
                         QStringLiteral("Callback"), QStringLiteral("Labels")},
                        rows);
}

ListCommand::ListCommand(ListOptions options, const QProcessEnvironment &env, QObject *parent)
    : ApiCommand(options, options, env, parent), m_options(std::move(options))
{}

ListCommand::~ListCommand() = default;

void ListCommand::run()
{
    if (!m_token.error.isEmpty()) {
        fail(ExitUsage, m_token.error);
        return;
    }
    if (!m_token.warning.isEmpty())
        console::err(m_token.warning + QLatin1Char('\n'));
    if (const QString problem = checkOutputWritable(); !problem.isEmpty()) {
        fail(ExitUsage, problem + QStringLiteral(" Nothing was sent."));
        return;
    }
    watchSignals();
    m_clock.start();
    m_pager = std::make_unique<DlqPager>(&m_nam, runConfig());
    m_pager->setCap(m_options.cap);
    connect(m_pager.get(), &DlqPager::pageLoaded, this,
            [this](int, const QList<api::DlqEntry> &entries, const QStringList &problems) {
                m_entries += entries;
                m_problems += problems;
            });
    connect(m_pager.get(), &DlqPager::retrying, this,
            [](int page, qint64 delayMs, const QString &reason) {
                console::err(QStringLiteral("Page %1: %2; trying again in %3 ms.\n")
                                 .arg(page)
                                 .arg(reason)
                                 .arg(delayMs));
            });
    connect(m_pager.get(), &DlqPager::finished, this, &ListCommand::onFinished);
    if (!m_pager->start(m_options.filter))
        fail(ExitUsage, m_pager->errorMessage());
}

void ListCommand::interrupt()
{
    console::err(QStringLiteral("Interrupted: what was loaded so far follows.\n"));
    if (m_pager)
        m_pager->cancel();
}

QByteArray ListCommand::render(PagerEnd end, const QString &message) const
{
    if (m_options.idsOnly) {
        QString out;
        for (const api::DlqEntry &e : m_entries)
            out += e.dlqId + QLatin1Char('\n');
        return out.toUtf8();
    }
    switch (m_options.format) {
    case OutputFormat::Table:
        return entriesTable(m_entries).toUtf8();
    case OutputFormat::Csv: {
        QString out =
            exporter::csvRow({QStringLiteral("dlq_id"), QStringLiteral("created_at"),
                              QStringLiteral("response_status"), QStringLiteral("workflow_url"),
                              QStringLiteral("workflow_run_id"), QStringLiteral("step_url"),
                              QStringLiteral("labels"), QStringLiteral("callback_state"),
                              QStringLiteral("caller_ip"), QStringLiteral("flow_control_key")});
        for (const api::DlqEntry &e : m_entries)
            out += exporter::csvRow(cells(e));
        return out.toUtf8();
    }
    case OutputFormat::Json:
        break;
    }
    QJsonArray entries;
    for (const api::DlqEntry &e : m_entries)
        entries.append(e.raw);
    QJsonObject root;
    root.insert(QLatin1String("app"), QStringLiteral("DLQ Manager " DLQ_VERSION));
    root.insert(QLatin1String("exportedAt"), exporter::isoTime(QDateTime::currentDateTimeUtc()));
    root.insert(QLatin1String("host"), host());
    root.insert(QLatin1String("filter"), m_options.filter.describe());
    root.insert(QLatin1String("complete"), end == PagerEnd::Complete);
    root.insert(QLatin1String("count"), int(m_entries.size()));
    if (!message.isEmpty())
        root.insert(QLatin1String("message"), message);
    root.insert(QLatin1String("problems"), QJsonArray::fromStringList(m_problems));
    root.insert(QLatin1String("entries"), entries);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void ListCommand::onFinished(PagerEnd end, const QString &message)
{
    for (const QString &problem : std::as_const(m_problems))
        console::err(QStringLiteral("Warning: ") + printable(problem) + QLatin1Char('\n'));
    if (!message.isEmpty())
        console::err(printable(message) + QLatin1Char('\n'));
    const int code = deliver(render(end, message), exitCodeForPager(end, m_interrupted));
    console::err(
        QStringLiteral("%1 %2 · %3 · %4\n")
            .arg(m_entries.size())
            .arg(m_entries.size() == 1 ? QStringLiteral("entry") : QStringLiteral("entries"),
                 host(), elapsedText()));
    finish(code);
}

} // namespace dlq::cli
