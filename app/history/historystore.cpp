#include "history/historystore.h"

#include "history/historydb.h"
#include "history/historylog.h"
#include "history/historyrecord.h"
#include "history/historywriter.h"
#include "util/appidentity.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <atomic>

namespace dlq {

namespace {

QString uniqueConnectionName()
{
    static std::atomic<int> next{0};
    return QStringLiteral("dlq-history-%1").arg(++next);
}

// The columns of runs, in this order, for every query that reads runs.
const char kRunColumns[] = "runs.id, runs.started_at, runs.finished_at, runs.profile, runs.host, "
                           "runs.action, runs.source, runs.outcome, runs.reason, runs.id_count, "
                           "runs.counts, runs.duration_ms, runs.snapshot_path";
constexpr int kRunColumnCount = 13;
const char kResultColumns[] = "results.dlq_id, results.result, results.http_status, "
                              "results.message, results.finished_at, results.new_run_id, "
                              "results.new_run_created_at, results.follow_up, results.new_dlq_id";

HistoryRun runFrom(const QSqlQuery &query)
{
    HistoryRun run;
    run.id = query.value(0).toLongLong();
    run.startedAt = historydb::fromStored(query.value(1).toLongLong());
    run.finishedAt = historydb::fromStored(query.value(2).toLongLong());
    run.profile = query.value(3).toString();
    run.host = query.value(4).toString();
    run.action = query.value(5).toString();
    run.source = query.value(6).toString();
    run.outcome = query.value(7).toString();
    run.reason = query.value(8).toString();
    run.count = query.value(9).toInt();
    const QJsonObject counts =
        QJsonDocument::fromJson(query.value(10).toString().toUtf8()).object();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        run.counts.insert(it.key(), it.value().toInt());
    run.durationMs = query.value(11).toLongLong();
    run.snapshotPath = query.value(12).toString();
    return run;
}

// dlq_id, result, http_status, message, finished_at, new_run_id, new_run_created_at,
// follow_up, new_dlq_id from `first` on (kResultColumns).
HistoryResult resultFrom(const QSqlQuery &query, int first)
{
    HistoryResult result;
    result.id = query.value(first).toString();
    result.state =
        resultStateFromKey(query.value(first + 1).toString()).value_or(ResultState::Failed);
    result.httpStatus = query.value(first + 2).toInt();
    result.message = query.value(first + 3).toString();
    if (!query.isNull(first + 4))
        result.finishedAt = historydb::fromStored(query.value(first + 4).toLongLong());
    result.newWorkflowRunId = query.value(first + 5).toString();
    if (!query.isNull(first + 6))
        result.newWorkflowCreatedAt = query.value(first + 6).toLongLong();
    result.followUp = query.value(first + 7).toString();
    result.newDlqId = query.value(first + 8).toString();
    return result;
}

} // namespace

HistoryStore::HistoryStore(QObject *parent, Clock clock)
    : QObject(parent),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); })),
      m_connection(uniqueConnectionName())
{
    qRegisterMetaType<dlq::HistoryRun>();
}

HistoryStore::~HistoryStore()
{
    stopWriter();
    if (m_open)
        historydb::close(m_connection);
}

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QLatin1Char('/') + appOrganizationName() + QLatin1Char('/') + appApplicationName() +
           QStringLiteral("/history.sqlite");
}

void HistoryStore::fail(const QString &why)
{
    m_error = tr("History is off: %1. Runs are not recorded until it can be opened; move the "
                 "file away to start a new history.")
                  .arg(why);
}

bool HistoryStore::open(const QString &path, int retentionDays, OnClose onClose)
{
    stopWriter();
    if (m_open)
        historydb::close(m_connection);
    m_open = false;
    m_error.clear();
    m_path = path;
    const QString error = historydb::open(m_connection, path);
    if (!error.isEmpty()) {
        fail(error);
        return false;
    }
    m_open = true;
    prune(retentionDays);
    if (onClose == OnClose::LeaveLog) {
        // Only this store's own connection closes last: the writer's closes before it.
        const QSqlDatabase db = QSqlDatabase::database(m_connection);
        historylog::fold(db);
        historylog::leaveOnClose(db);
    }

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("historyWriter"));
    m_writer = new HistoryWriter(path, m_connection + QStringLiteral("-writer"));
    m_writer->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &HistoryWriter::written, this, &HistoryStore::recorded);
    connect(m_writer, &HistoryWriter::failed, this, &HistoryStore::recordFailed);
    connect(m_writer, &HistoryWriter::followUpsWritten, this, &HistoryStore::followUpsRecorded);
    m_thread->start();
    return true;
}

void HistoryStore::stopWriter()
{
    if (!m_thread)
        return;
    // Queued calls run in order: once this returns, every run recorded before is written.
    if (m_writer)
        QMetaObject::invokeMethod(m_writer.data(), &HistoryWriter::close,
                                  Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

quint64 HistoryStore::record(const HistoryRun &run)
{
    if (!m_open || !m_writer) {
        Q_EMIT recordFailed(m_error);
        return 0;
    }
    HistoryWriter *writer = m_writer;
    const quint64 ticket = ++m_lastTicket;
    QMetaObject::invokeMethod(
        writer, [writer, run, ticket] { writer->write(run, ticket); }, Qt::QueuedConnection);
    return ticket;
}

void HistoryStore::recordFollowUps(quint64 ticket, const QList<HistoryFollowUp> &followUps)
{
    if (!m_open || !m_writer || ticket == 0)
        return;
    HistoryWriter *writer = m_writer;
    // Queued after the run's own write, so the writer knows its id by then.
    QMetaObject::invokeMethod(
        writer, [writer, ticket, followUps] { writer->updateFollowUps(ticket, followUps); },
        Qt::QueuedConnection);
}

void HistoryStore::record(const RunFacts &facts, const QList<ResultRow> &all,
                          const QList<int> &rows)
{
    if (!m_open || !m_writer) {
        Q_EMIT recordFailed(m_error);
        return;
    }
    HistoryWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [writer, facts, all, rows] { writer->write(historyRunFrom(all, rows, facts)); },
        Qt::QueuedConnection);
}

void HistoryStore::prepareFor(const QStringList &ids)
{
    if (m_open)
        historydb::readAheadFor(QSqlDatabase::database(m_connection), ids);
}

qint64 HistoryStore::recordNow(const HistoryRun &run, QString *error)
{
    QString why = m_error;
    qint64 id = 0;
    if (m_open) {
        id = historydb::insertRun(QSqlDatabase::database(m_connection), run, &why);
        if (id == 0)
            why = tr("The run could not be written to %1 (%2).")
                      .arg(QDir::toNativeSeparators(m_path), why);
    }
    if (id == 0 && error)
        *error = why;
    return id;
}

bool HistoryStore::recordFollowUpsNow(qint64 runId, const QList<HistoryFollowUp> &followUps,
                                      QString *error)
{
    QString why = m_error;
    const bool ok = m_open && historydb::updateFollowUps(QSqlDatabase::database(m_connection),
                                                         runId, followUps, &why);
    if (!ok && error)
        *error = why;
    return ok;
}

QList<HistoryRun> HistoryStore::runs(int limit) const
{
    QList<HistoryRun> list;
    if (!m_open)
        return list;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM runs ORDER BY started_at DESC, id DESC LIMIT ?")
                      .arg(QLatin1String(kRunColumns)));
    query.addBindValue(limit);
    if (!query.exec())
        return list;
    while (query.next())
        list.append(runFrom(query));
    return list;
}

QList<HistoryHit> HistoryStore::search(const QString &id) const
{
    QList<HistoryHit> hits;
    if (!m_open || id.isEmpty())
        return hits;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, %2 FROM results "
                                 "JOIN runs ON runs.id = results.run_id WHERE results.dlq_id = ? "
                                 "ORDER BY runs.started_at DESC, runs.id DESC")
                      .arg(QLatin1String(kRunColumns), QLatin1String(kResultColumns)));
    query.addBindValue(id);
    if (!query.exec())
        return hits;
    while (query.next())
        hits.append(HistoryHit{runFrom(query), resultFrom(query, kRunColumnCount)});
    return hits;
}

std::optional<HistoryRun> HistoryStore::loadRun(qint64 runId) const
{
    if (!m_open)
        return std::nullopt;
    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery head(db);
    head.prepare(
        QStringLiteral("SELECT %1 FROM runs WHERE id = ?").arg(QLatin1String(kRunColumns)));
    head.addBindValue(runId);
    if (!head.exec() || !head.next())
        return std::nullopt;
    HistoryRun run = runFrom(head);
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral("SELECT %1 FROM results WHERE run_id = ? ORDER BY row")
                     .arg(QLatin1String(kResultColumns)));
    rows.addBindValue(runId);
    if (!rows.exec())
        return std::nullopt;
    run.results.reserve(run.count);
    while (rows.next())
        run.results.append(resultFrom(rows, 0));
    return run;
}

int HistoryStore::prune(int retentionDays)
{
    if (!m_open || retentionDays <= 0)
        return 0;
    QString error;
    const int removed = historydb::pruneBefore(QSqlDatabase::database(m_connection),
                                               m_clock().addDays(-retentionDays), &error);
    if (removed < 0)
        qWarning("History: pruning failed: %s", qUtf8Printable(error));
    return removed;
}

} // namespace dlq
