#include "session/sessionjournal.h"

#include "results/resultsmodel.h"
#include "session/journalrecord.h"
#include "util/filesync.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QUuid>

namespace dlq {

namespace {

Q_LOGGING_CATEGORY(lcJournal, "dlq.journal", QtInfoMsg)

// A failed snapshot is retried no sooner than this, so a full disk does not turn every
// recorded change into a rewrite of the whole list.
constexpr qint64 kRebaseRetryMs = 2000;

QByteArray newEpoch()
{
    return QUuid::createUuid().toByteArray(QUuid::Id128);
}

} // namespace

SessionJournal::SessionJournal(ResultsModel *model, const QString &directory, QObject *parent)
    : SessionJournal(model, directory, JournalTiming{}, parent)
{}

SessionJournal::SessionJournal(ResultsModel *model, const QString &directory, JournalTiming timing,
                               QObject *parent)
    : SendGate(parent), m_model(model), m_directory(directory)
{
    m_writer = std::make_unique<JournalWriter>(m_directory, timing, [this](const QString &error) {
        qCWarning(lcJournal) << error;
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                m_lastError = error;
                Q_EMIT writeFailed(error);
            },
            Qt::QueuedConnection);
    });
    watch();
    startNewBase();
    attachTo(model);
}

SessionJournal::~SessionJournal()
{
    detachFrom(m_model);
    m_writer.reset(); // drains while every member it may report to is still alive
}

void SessionJournal::watch()
{
    if (!m_model)
        return;
    ResultsModel *model = m_model;
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (!parent.isValid())
                    onRowsInserted(first, last);
            });
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (!parent.isValid())
                    onRowsAboutToBeRemoved(first, last);
            });
    // The removal itself was recorded just before; this only catches a pending rebase.
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { rebasedInstead(); });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (topLeft.isValid() && bottomRight.isValid() && !topLeft.parent().isValid())
                    onDataChanged(topLeft.row(), bottomRight.row());
            });
    connect(model, &QAbstractItemModel::modelReset, this, &SessionJournal::onReset);
    // The model does not move rows today; if it ever does, order is kept by recording afresh.
    connect(model, &QAbstractItemModel::rowsMoved, this, &SessionJournal::onReset);
    connect(model, &QAbstractItemModel::layoutChanged, this, &SessionJournal::onReset);
}

void SessionJournal::setContext(const QString &host, const QString &preset)
{
    if (host == m_host && preset == m_preset)
        return;
    m_host = host;
    m_preset = preset;
    if (!rebasedInstead())
        record(journal::kOpContext,
               {{QStringLiteral("host"), m_host}, {QStringLiteral("preset"), m_preset}});
}

void SessionJournal::setActContext(const QJsonObject &act)
{
    m_act = act;
    if (!rebasedInstead())
        record(journal::kOpAct, {{QStringLiteral("act"), m_act}});
}

void SessionJournal::recordDetail(const QString &id, const QJsonObject &detail)
{
    m_details.insert(id, detail);
    if (!rebasedInstead())
        record(journal::kOpDetail, {{QStringLiteral("id"), id}, {QStringLiteral("d"), detail}});
}

void SessionJournal::setSnapshotInterval(int records)
{
    m_snapshotInterval = std::max(1, records);
}

void SessionJournal::checkpoint()
{
    startNewBase();
}

void SessionJournal::flush()
{
    m_writer->waitUntilWritten();
}

quint64 SessionJournal::requestPermission()
{
    const quint64 ticket = ++m_lastTicket;
    m_writer->whenWritten([this, ticket] {
        QMetaObject::invokeMethod(
            this, [this, ticket] { Q_EMIT permitted(ticket); }, Qt::QueuedConnection);
    });
    return ticket;
}

void SessionJournal::markClean()
{
    m_writer->removeFiles();
    m_needsBase = true;
    m_recordsSinceSnapshot = 0;
    m_bytesSinceSnapshot = 0;
}

QString SessionJournal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/session");
}

bool SessionJournal::hasRecoverableSession(const QString &directory)
{
    const QDir dir(directory);
    if (!QFile::exists(dir.filePath(QLatin1String(journal::kJournalFileName))) &&
        !QFile::exists(dir.filePath(QLatin1String(journal::kSnapshotFileName))))
        return false;
    const RecoveredSession session = readSession(directory);
    return !session.rows.isEmpty() || !session.warnings.isEmpty();
}

RecoveredSession SessionJournal::recover(const QString &directory)
{
    return recoverSession(directory);
}

void SessionJournal::discard(const QString &directory)
{
    const QDir dir(directory);
    QFile::remove(dir.filePath(QLatin1String(journal::kJournalFileName)));
    QFile::remove(dir.filePath(QLatin1String(journal::kSnapshotFileName)));
    syncDirectory(directory);
}

bool SessionJournal::rebasedInstead()
{
    const bool retryDue = m_writer->needsRotate() &&
                          (!m_sinceRebase.isValid() || m_sinceRebase.elapsed() >= kRebaseRetryMs);
    if (!m_needsBase && !retryDue)
        return false;
    // Every signal this class handles fires after the model changed, so a snapshot of the
    // model now already holds the change that would have been recorded.
    startNewBase();
    return true;
}

void SessionJournal::startNewBase()
{
    if (!m_model)
        return;
    m_writer->rotate(
        JournalSnapshot{m_model->rows(), m_host, m_preset, m_seq, newEpoch(), m_act, m_details});
    ++m_rotationsRequested;
    m_needsBase = false;
    m_recordsSinceSnapshot = 0;
    m_bytesSinceSnapshot = 0;
    m_sinceRebase.start();
}

void SessionJournal::record(const char *op, QJsonObject fields)
{
    fields.insert(QStringLiteral("op"), QLatin1String(op));
    fields.insert(QStringLiteral("seq"), ++m_seq);
    QByteArray line = journal::encodeLine(fields);
    ++m_recordsSinceSnapshot;
    m_bytesSinceSnapshot += line.size();
    m_writer->appendLine(std::move(line));
    // Rewriting the whole list costs O(rows): waiting until the journal is as large as the
    // last snapshot keeps that amortised O(1) per record, whatever the list's size. A slow
    // disk still busy with the previous snapshot is not handed another one.
    if (m_recordsSinceSnapshot >= m_snapshotInterval &&
        m_bytesSinceSnapshot >= m_writer->lastSnapshotBytes() &&
        m_writer->rotationsDone() == m_rotationsRequested)
        startNewBase();
}

void SessionJournal::recordRows(int first, int last)
{
    const QList<ResultRow> &rows = m_model->rows();
    last = std::min(last, int(rows.size()) - 1);
    for (int from = std::max(first, 0); from <= last; from += journal::kMaxRowsPerAddRecord) {
        const int to = std::min(last, from + journal::kMaxRowsPerAddRecord - 1);
        QJsonArray array;
        for (int r = from; r <= to; ++r)
            array.append(journal::rowToJson(rows.at(r)));
        record(journal::kOpAdd, {{QStringLiteral("rows"), array}});
    }
}

void SessionJournal::onRowsInserted(int first, int last)
{
    if (!rebasedInstead())
        recordRows(first, last);
}

void SessionJournal::onRowsAboutToBeRemoved(int first, int last)
{
    // A pending rebase happens in rowsRemoved, once the rows are gone.
    if (m_needsBase || !m_model)
        return;
    const QList<ResultRow> &rows = m_model->rows();
    QJsonArray ids;
    for (int r = std::max(first, 0); r <= last && r < rows.size(); ++r)
        ids.append(rows.at(r).id);
    record(journal::kOpRemove, {{QStringLiteral("ids"), ids}});
}

void SessionJournal::onDataChanged(int top, int bottom)
{
    if (rebasedInstead() || !m_model)
        return;
    // A row's Sending record must be on disk before its request leaves, or after a kill -9 the
    // row would come back as plain Pending and its 404 on resume would read "Not found" though
    // the killed run deleted it. The engine ensures that through requestPermission().
    const QList<ResultRow> &rows = m_model->rows();
    for (int r = std::max(top, 0); r <= bottom && r < rows.size(); ++r)
        record(journal::kOpRow, {{QStringLiteral("row"), journal::rowToJson(rows.at(r))}});
}

void SessionJournal::onReset()
{
    if (rebasedInstead() || !m_model)
        return;
    record(journal::kOpReset, {});
    recordRows(0, m_model->rowCount() - 1);
}

} // namespace dlq
