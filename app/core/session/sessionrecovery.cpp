#include "session/sessionrecovery.h"

#include "session/journalrecord.h"
#include "util/translate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace dlq {

namespace {

// Far above anything the writer produces; bounds what a runaway or garbage file costs.
constexpr qint64 kMaxJournalBytes = 512 * 1024 * 1024;
constexpr qint64 kMaxSnapshotBytes = 1024 * 1024 * 1024;

// The journal's lines as views into one buffer: no allocation per line.
class LineCursor
{
public:
    explicit LineCursor(QByteArray data) : m_data(std::move(data)) {}

    bool atEnd() const { return m_pos >= m_data.size(); }
    QByteArrayView next() // with its '\n', if it has one
    {
        const qsizetype newline = m_data.indexOf('\n', m_pos);
        const qsizetype end = newline < 0 ? m_data.size() : newline + 1;
        const QByteArrayView line(m_data.constData() + m_pos, end - m_pos);
        m_pos = end;
        return line;
    }
    int remainingLines() const
    {
        const QByteArrayView rest(m_data.constData() + m_pos, m_data.size() - m_pos);
        return int(rest.count('\n')) + (!rest.isEmpty() && !rest.endsWith('\n') ? 1 : 0);
    }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
};

// The list as records rebuild it. Rows are looked up by ID, not by index, so records after a
// lost snapshot still land on the right rows; removals leave holes until the end so that
// deleting thousands of rows one record at a time stays linear.
class ReplayList
{
public:
    void add(ResultRow row)
    {
        if (m_index.contains(row.id))
            return; // the model skips IDs it already has
        m_index.insert(row.id, m_rows.size());
        m_rows.append(std::move(row));
        m_alive.append(true);
    }
    void set(ResultRow row)
    {
        const qsizetype at = m_index.value(row.id, -1);
        if (at < 0)
            add(std::move(row));
        else
            m_rows[at] = std::move(row);
    }
    void remove(const QString &id)
    {
        const qsizetype at = m_index.value(id, -1);
        if (at < 0)
            return;
        m_index.remove(id);
        m_alive[at] = false;
    }
    void clear()
    {
        m_rows.clear();
        m_alive.clear();
        m_index.clear();
    }
    QList<ResultRow> takeRows()
    {
        QList<ResultRow> rows;
        rows.reserve(m_index.size());
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (m_alive.at(i))
                rows.append(std::move(m_rows[i]));
        }
        clear();
        return rows;
    }

private:
    QList<ResultRow> m_rows;
    QList<bool> m_alive;
    QHash<QString, qsizetype> m_index;
};

struct Snapshot
{
    bool present = false;
    bool valid = false;
    QString epoch;
    qint64 seq = 0;
    QString host;
    QString preset;
    QDateTime savedAt;
    QList<ResultRow> rows;
    QJsonObject act;
    QJsonObject details;
};

Snapshot readSnapshot(const QString &path)
{
    Snapshot snapshot;
    QFile file(path);
    if (!file.exists())
        return snapshot;
    snapshot.present = true;
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxSnapshotBytes)
        return snapshot;
    const std::optional<QJsonObject> object = journal::decodeLine(file.readAll());
    if (!object || object->value(QLatin1String("v")).toInt() > journal::kFormatVersion ||
        !object->value(QLatin1String("rows")).isArray())
        return snapshot;
    snapshot.valid = true;
    snapshot.epoch = object->value(QLatin1String("epoch")).toString();
    snapshot.seq = object->value(QLatin1String("seq")).toInteger();
    snapshot.host = object->value(QLatin1String("host")).toString();
    snapshot.preset = object->value(QLatin1String("preset")).toString();
    snapshot.savedAt =
        QDateTime::fromMSecsSinceEpoch(object->value(QLatin1String("savedAt")).toInteger());
    snapshot.act = object->value(QLatin1String("act")).toObject();
    snapshot.details = object->value(QLatin1String("details")).toObject();
    const QJsonArray rows = object->value(QLatin1String("rows")).toArray();
    snapshot.rows.reserve(rows.size());
    for (const QJsonValue &value : rows) {
        if (std::optional<ResultRow> row = journal::rowFromJson(value.toObject()))
            snapshot.rows.append(std::move(*row));
    }
    return snapshot;
}

class SessionReader
{
public:
    explicit SessionReader(const QString &directory) : m_dir(directory) {}

    RecoveredSession read();
    // Damage and not a single row to show for it; valid after read().
    bool nothingReadable() const { return m_nothingReadable; }

private:
    void readJournal(const Snapshot &snapshot);
    void apply(const QJsonObject &record);
    void finish();
    void warn(const QString &warning) { m_session.warnings.append(warning); }

    QDir m_dir;
    RecoveredSession m_session;
    ReplayList m_list;
    bool m_damaged = false;
    bool m_nothingReadable = false;
};

RecoveredSession SessionReader::read()
{
    const Snapshot snapshot =
        readSnapshot(m_dir.filePath(QLatin1String(journal::kSnapshotFileName)));
    if (snapshot.valid) {
        for (const ResultRow &row : snapshot.rows)
            m_list.add(row);
        m_session.host = snapshot.host;
        m_session.preset = snapshot.preset;
        m_session.savedAt = snapshot.savedAt;
        m_session.act = snapshot.act;
        for (auto it = snapshot.details.begin(); it != snapshot.details.end(); ++it)
            m_session.details.insert(it.key(), it.value().toObject());
    } else if (snapshot.present) {
        m_damaged = true;
        warn(dlq::tr("The session snapshot is damaged and could not be read."));
    }
    readJournal(snapshot);
    finish();
    m_nothingReadable = m_damaged && m_session.rows.isEmpty();
    return std::move(m_session);
}

void SessionReader::readJournal(const Snapshot &snapshot)
{
    QFile file(m_dir.filePath(QLatin1String(journal::kJournalFileName)));
    if (!file.exists())
        return; // the snapshot alone is a whole session (a crash right after rotating)
    if (!file.open(QIODevice::ReadOnly)) {
        m_damaged = true;
        warn(dlq::tr("The session journal could not be opened: %1").arg(file.errorString()));
        return;
    }
    if (file.size() == 0)
        return; // a crash between the snapshot and the journal's first line
    const QDateTime modified = QFileInfo(file).lastModified();
    if (!m_session.savedAt.isValid() || modified > m_session.savedAt)
        m_session.savedAt = modified;

    // read(n) reserves n bytes up front: ask for what is there, not for the cap.
    LineCursor lines(file.read(std::min(file.size(), kMaxJournalBytes)));
    const std::optional<QJsonObject> begin = journal::decodeLine(lines.next());
    if (!begin ||
        begin->value(QLatin1String("op")).toString() != QLatin1String(journal::kOpBegin) ||
        begin->value(QLatin1String("v")).toInt() > journal::kFormatVersion) {
        m_damaged = true;
        warn(dlq::tr("The session journal's first line is damaged; the journal was ignored."));
        return;
    }
    const QString epoch = begin->value(QLatin1String("epoch")).toString();
    // Another epoch: a crash between writing a snapshot and starting its journal left the
    // previous journal, all of which the snapshot already holds.
    if (snapshot.valid && epoch != snapshot.epoch)
        return;
    if (!snapshot.valid) {
        const int lostRows = begin->value(QLatin1String("rows")).toInt();
        if (!snapshot.present)
            warn(dlq::tr("The session snapshot is missing."));
        if (lostRows > 0) {
            m_damaged = true;
            warn(dlq::tr("%1 IDs were listed before the journal started; only those changed since "
                         "could be recovered.")
                     .arg(lostRows));
        } else {
            warn(dlq::tr("The list was rebuilt from the journal alone."));
        }
    }

    const qint64 covered = snapshot.valid ? snapshot.seq : -1;
    qint64 expected = begin->value(QLatin1String("seq")).toInteger() + 1;
    int lineNumber = 1;
    int good = 1;
    while (!lines.atEnd()) {
        const QByteArrayView line = lines.next();
        ++lineNumber;
        const std::optional<QJsonObject> record = journal::decodeLine(line);
        const qint64 seq = record ? record->value(QLatin1String("seq")).toInteger(-1) : -1;
        if (!record || seq != expected) {
            m_damaged = true;
            const int ignored = lines.remainingLines();
            if (record) {
                warn(
                    dlq::tr("The session journal skips from record %1 to %2 at line %3; %4 records "
                            "recovered, %5 lines after it ignored.")
                        .arg(expected - 1)
                        .arg(seq)
                        .arg(lineNumber)
                        .arg(good)
                        .arg(ignored + 1));
            } else if (ignored == 0 && !line.endsWith('\n')) {
                warn(dlq::tr("The session journal was cut off at line %1; %2 records recovered.")
                         .arg(lineNumber)
                         .arg(good));
            } else {
                warn(dlq::tr("The session journal is damaged at line %1; %2 records recovered, %3 "
                             "lines after it ignored.")
                         .arg(lineNumber)
                         .arg(good)
                         .arg(ignored));
            }
            return;
        }
        ++expected;
        ++good;
        if (seq > covered)
            apply(*record);
    }
    if (file.size() > kMaxJournalBytes) {
        m_damaged = true;
        warn(dlq::tr("The session journal is too large; only its "
                     "first %1 MB were read.")
                 .arg(kMaxJournalBytes / (1024 * 1024)));
    }
}

void SessionReader::apply(const QJsonObject &record)
{
    const QString op = record.value(QLatin1String("op")).toString();
    if (op == QLatin1String(journal::kOpAdd)) {
        const QJsonArray rows = record.value(QLatin1String("rows")).toArray();
        for (const QJsonValue &value : rows) {
            if (std::optional<ResultRow> row = journal::rowFromJson(value.toObject()))
                m_list.add(std::move(*row));
        }
    } else if (op == QLatin1String(journal::kOpRow)) {
        if (std::optional<ResultRow> row =
                journal::rowFromJson(record.value(QLatin1String("row")).toObject()))
            m_list.set(std::move(*row));
    } else if (op == QLatin1String(journal::kOpRemove)) {
        const QJsonArray ids = record.value(QLatin1String("ids")).toArray();
        for (const QJsonValue &id : ids)
            m_list.remove(id.toString());
    } else if (op == QLatin1String(journal::kOpReset)) {
        m_list.clear();
    } else if (op == QLatin1String(journal::kOpAct)) {
        m_session.act = record.value(QLatin1String("act")).toObject();
    } else if (op == QLatin1String(journal::kOpDetail)) {
        m_session.details.insert(record.value(QLatin1String("id")).toString(),
                                 record.value(QLatin1String("d")).toObject());
    } else if (op == QLatin1String(journal::kOpContext)) {
        m_session.host = record.value(QLatin1String("host")).toString();
        m_session.preset = record.value(QLatin1String("preset")).toString();
    }
    // Anything else comes from a newer version and only adds detail this one cannot show.
}

void SessionReader::finish()
{
    m_session.rows = m_list.takeRows();
    for (ResultRow &row : m_session.rows) {
        if (row.state == ResultState::Sending || row.state == ResultState::Retrying) {
            // The request may or may not have reached the server before the crash.
            row.history.append(AttemptInfo{0, QStringLiteral("interrupted"), 0, 0});
            ++row.attempts;
            row.state = ResultState::Pending;
            row.message =
                dlq::tr("Outcome unknown after a crash; will be re-sent (a 404 then means "
                        "it was deleted).");
            row.httpStatus = 0;
            row.durationMs = -1;
            row.finishedAt = {};
            row.confirmedOnRetry = false;
            m_session.unknownOutcomeIds.insert(row.id);
        } else if (row.state == ResultState::Cancelled) {
            m_session.unknownOutcomeIds.insert(row.id);
        }
        // The ID rules may have tightened since the row was written: it must not go out now.
        if (!row.verdict.isSendable() && !isFinished(row.state)) {
            row.state = ResultState::Invalid;
            row.message = row.verdict.reason;
            m_session.unknownOutcomeIds.remove(row.id);
        }
        ++m_session.counts[int(row.state)];
        if (awaitsSending(row)) {
            ++m_session.unfinished;
            m_session.unknownToResend += m_session.unknownOutcomeIds.contains(row.id) ? 1 : 0;
        }
    }
}

QString moveAside(const QDir &dir, const QString &stamp)
{
    QStringList moved;
    for (const char *name : {journal::kSnapshotFileName, journal::kJournalFileName}) {
        const QString from = dir.filePath(QLatin1String(name));
        const QString to = from + QStringLiteral(".corrupt-") + stamp;
        if (QFile::exists(from) && QFile::rename(from, to))
            moved.append(QDir::toNativeSeparators(to));
        else if (QFile::exists(from))
            QFile::remove(from); // better lost than offered at every start
    }
    return moved.join(QStringLiteral(", "));
}

} // namespace

RecoveredSession readSession(const QString &directory)
{
    return SessionReader(directory).read();
}

RecoveredSession recoverSession(const QString &directory)
{
    SessionReader reader(directory);
    RecoveredSession session = reader.read();
    if (reader.nothingReadable()) {
        const QString stamp =
            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
        const QString moved = moveAside(QDir(directory), stamp);
        session.warnings.append(
            moved.isEmpty()
                ? dlq::tr("The previous session could not be read and was removed.")
                : dlq::tr("The previous session could not be read; its files were moved aside: %1")
                      .arg(moved));
    }
    return session;
}

int restoreInto(ResultsModel *model, const RecoveredSession &session)
{
    if (!model || session.rows.isEmpty())
        return 0;
    return model->restoreRows(session.rows);
}

} // namespace dlq
