#include "session/journalwriter.h"
#include "util/translate.h"

#include "session/journalrecord.h"
#include "util/filesync.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QSaveFile>

namespace dlq {

namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

QByteArray snapshotLine(const JournalSnapshot &snapshot)
{
    QJsonArray rows;
    for (const ResultRow &row : snapshot.rows)
        rows.append(journal::rowToJson(row));
    return journal::encodeLine({
        {QStringLiteral("v"), journal::kFormatVersion},
        {QStringLiteral("epoch"), QString::fromLatin1(snapshot.epoch)},
        {QStringLiteral("seq"), snapshot.seq},
        {QStringLiteral("host"), snapshot.host},
        {QStringLiteral("preset"), snapshot.preset},
        {QStringLiteral("savedAt"), QDateTime::currentMSecsSinceEpoch()},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("act"), snapshot.act},
        {QStringLiteral("details"), snapshot.details},
    });
}

} // namespace

JournalWriter::JournalWriter(const QString &directory, JournalTiming timing, ErrorHandler onError)
    : m_directory(directory), m_timing(timing), m_onError(std::move(onError)),
      m_lastSync(Clock::now())
{
    m_thread = std::thread([this] { run(); });
}

JournalWriter::~JournalWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void JournalWriter::appendLine(QByteArray line)
{
    enqueue(Command{Command::Kind::Lines, std::move(line), {}, {}}, false);
}

void JournalWriter::rotate(JournalSnapshot snapshot)
{
    enqueue(Command{Command::Kind::Rotate, {}, std::move(snapshot), {}}, true);
}

void JournalWriter::removeFiles()
{
    waitFor(enqueue(Command{Command::Kind::Remove, {}, {}, {}}, true));
}

void JournalWriter::waitUntilWritten()
{
    waitFor(enqueue(Command{Command::Kind::Barrier, {}, {}, {}}, true));
}

void JournalWriter::whenWritten(std::function<void()> done)
{
    enqueue(Command{Command::Kind::Barrier, {}, {}, std::move(done)}, true);
}

quint64 JournalWriter::enqueue(Command command, bool urgent)
{
    bool wake = urgent;
    quint64 ticket = 0;
    {
        std::lock_guard lock(m_mutex);
        wake = wake || m_queue.empty();
        if (command.kind == Command::Kind::Lines) {
            if (m_queuedLines == 0)
                m_firstQueuedAt = Clock::now();
            ++m_queuedLines;
            wake = wake || m_queuedLines == m_timing.flushEveryLines;
        }
        // Consecutive records go out in one write.
        if (command.kind == Command::Kind::Lines && !m_queue.empty() &&
            m_queue.back().kind == Command::Kind::Lines)
            m_queue.back().lines.append(command.lines);
        else
            m_queue.push_back(std::move(command));
        ticket = ++m_queuedTicket;
        m_urgent = m_urgent || urgent;
    }
    if (wake)
        m_wake.notify_one();
    return ticket;
}

void JournalWriter::waitFor(quint64 ticket)
{
    std::unique_lock lock(m_mutex);
    m_progress.wait(lock, [&] { return m_doneTicket >= ticket; });
}

bool JournalWriter::batchReady() const
{
    return m_stop || m_urgent || m_queuedLines >= m_timing.flushEveryLines;
}

void JournalWriter::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (m_queue.empty()) {
            if (m_stop)
                break;
            const auto hasWork = [this] { return m_stop || !m_queue.empty(); };
            if (!m_unsynced) {
                m_wake.wait(lock, hasWork);
            } else if (!m_wake.wait_until(lock, m_lastSync + milliseconds(m_timing.syncIntervalMs),
                                          hasWork)) {
                // Records stopped coming; the last of them still deserve the disk.
                lock.unlock();
                syncJournal();
                lock.lock();
            }
            continue;
        }
        if (!batchReady()) {
            m_wake.wait_until(lock, m_firstQueuedAt + milliseconds(m_timing.flushIntervalMs),
                              [this] { return batchReady(); });
        }
        std::deque<Command> batch;
        batch.swap(m_queue);
        const quint64 ticket = m_queuedTicket;
        m_queuedLines = 0;
        m_urgent = false;
        lock.unlock();

        for (Command &command : batch)
            execute(command);
        // Waiters and acknowledgements need the records in the OS, which a kill -9 keeps; the
        // fdatasync (power loss) follows, so nobody waits for the disk.
        {
            std::lock_guard doneLock(m_mutex);
            m_doneTicket = ticket;
        }
        m_progress.notify_all();
        for (Command &command : batch) {
            if (command.written)
                command.written();
        }
        if (m_unsynced && Clock::now() - m_lastSync >= milliseconds(m_timing.syncIntervalMs))
            syncJournal();

        lock.lock();
    }
    lock.unlock();
    syncJournal();
}

void JournalWriter::execute(Command &command)
{
    switch (command.kind) {
    case Command::Kind::Lines:
        writeLines(command.lines);
        break;
    case Command::Kind::Rotate:
        writeSnapshot(command.snapshot);
        command.snapshot = {}; // the model's rows need not stay shared until the batch ends
        ++m_rotationsDone;
        break;
    case Command::Kind::Remove:
        removeAll();
        break;
    case Command::Kind::Barrier:
        break;
    }
}

void JournalWriter::writeLines(const QByteArray &lines)
{
    // After a lost write the journal may end in half a line, and recovery stops there: what
    // follows would be ignored anyway. The next rotate starts over from the whole list.
    if (m_journalBroken || !m_journal.isOpen())
        return;
    if (m_journal.write(lines) != lines.size() || !m_journal.flush()) {
        m_journalBroken = true;
        m_needsRotate = true;
        fail(dlq::tr("Could not write the session journal %1: %2")
                 .arg(QDir::toNativeSeparators(m_journal.fileName()), m_journal.errorString()));
        return;
    }
    m_bytesWritten += lines.size();
    m_unsynced = true;
}

void JournalWriter::writeSnapshot(const JournalSnapshot &snapshot)
{
    const QString path = QDir(m_directory).filePath(QLatin1String(journal::kSnapshotFileName));
    const auto failed = [&](const QString &why) {
        // A journal that still works keeps taking records after the old snapshot.
        if (!m_journal.isOpen() || m_journalBroken)
            m_needsRotate = true;
        fail(dlq::tr("Could not save the session snapshot %1: %2")
                 .arg(QDir::toNativeSeparators(path), why));
    };
    if (!QDir().mkpath(m_directory)) {
        failed(dlq::tr("the folder cannot be created"));
        return;
    }
    const QByteArray bytes = snapshotLine(snapshot);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush() ||
        !syncFile(file.handle()) || !file.commit()) {
        failed(file.errorString());
        return;
    }
    syncDirectory(m_directory);
    m_lastSnapshotBytes = bytes.size();
    m_bytesWritten += bytes.size();
    ++m_snapshots;
    openJournal(snapshot);
}

bool JournalWriter::openJournal(const JournalSnapshot &snapshot)
{
    // Only now may the old journal go: the snapshot on disk already holds all it said. A crash
    // before the truncation leaves lines of another epoch, which recovery skips.
    m_journal.close();
    m_journal.setFileName(QDir(m_directory).filePath(QLatin1String(journal::kJournalFileName)));
    const QByteArray begin = journal::encodeLine({
        {QStringLiteral("op"), QLatin1String(journal::kOpBegin)},
        {QStringLiteral("v"), journal::kFormatVersion},
        {QStringLiteral("epoch"), QString::fromLatin1(snapshot.epoch)},
        {QStringLiteral("seq"), snapshot.seq},
        {QStringLiteral("rows"), snapshot.rows.size()},
    });
    if (!m_journal.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        m_journal.write(begin) != begin.size() || !m_journal.flush()) {
        m_journalBroken = true;
        m_needsRotate = true;
        fail(dlq::tr("Could not start the session journal %1: %2")
                 .arg(QDir::toNativeSeparators(m_journal.fileName()), m_journal.errorString()));
        m_journal.close();
        return false;
    }
    syncDirectory(m_directory);
    m_bytesWritten += begin.size();
    m_journalBroken = false;
    m_needsRotate = false;
    m_unsynced = true;
    return true;
}

void JournalWriter::removeAll()
{
    m_journal.close();
    m_journalBroken = false;
    m_unsynced = false;
    const QDir dir(m_directory);
    for (const char *name : {journal::kJournalFileName, journal::kSnapshotFileName}) {
        QFile file(dir.filePath(QLatin1String(name)));
        if (file.exists() && !file.remove()) {
            fail(dlq::tr("Could not remove %1: %2")
                     .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        }
    }
    syncDirectory(m_directory);
}

void JournalWriter::syncJournal()
{
    if (m_unsynced && m_journal.isOpen()) {
        if (m_timing.beforeSync)
            m_timing.beforeSync();
        syncFile(m_journal.handle());
    }
    m_unsynced = false;
    m_lastSync = Clock::now();
}

void JournalWriter::fail(const QString &error)
{
    if (m_onError)
        m_onError(error);
}

} // namespace dlq
