#include "ids/idparsetask.h"

#include "ids/idsource.h"
#include "util/translate.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QThread>

namespace dlq {

namespace {

// JSON arrays are re-serialised in slices of this many elements and parsed slice by slice,
// so the entries (not the document) follow the cap.
constexpr qsizetype kJsonSlice = 20000;
// A CSV header is never this long; a longer first line is free text (a one-line list).
constexpr qsizetype kMaxHeaderChars = 64 * 1024;

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

bool isFreeTextSeparator(QChar c)
{
    return c == QLatin1Char(',') || c == QLatin1Char(';') || c.isSpace();
}

// Pasted binary data (an image copied as text, a decoded archive) holds NULs, control
// characters or U+FFFD from failed decoding; a list of IDs holds none of them.
bool textLooksBinary(QStringView text)
{
    const qsizetype probe = qMin<qsizetype>(text.size(), 64 * 1024);
    if (probe == 0)
        return false;
    qsizetype odd = 0;
    for (qsizetype i = 0; i < probe; ++i) {
        const char16_t u = text.at(i).unicode();
        if (u == 0)
            return true;
        if ((u < 0x20 && u != u'\n' && u != u'\r' && u != u'\t' && u != u'\f') || u == 0xFFFD)
            ++odd;
    }
    return odd * 100 / probe > 1;
}

class Accumulator
{
public:
    Accumulator(const QSet<QString> &known, int existingRows, const IdParseLimits &limits)
        : m_known(known)
    {
        const int roomInList = qMax(0, limits.maxTotalIds - existingRows);
        m_allowed = qMin(limits.maxNewIds, roomInList);
        m_capIsListTotal = roomInList < limits.maxNewIds;
    }

    bool full() const { return m_out.capped; }
    const QSet<QString> &known() const { return m_known; }

    void absorb(ParseResult &&parsed)
    {
        m_out.result.duplicates += parsed.duplicates;
        for (ParsedEntry &entry : parsed.entries) {
            if (qsizetype(m_out.result.entries.size()) >= m_allowed) {
                m_out.capped = true;
                m_out.cap = int(m_allowed);
                m_out.capIsListTotal = m_capIsListTotal;
                return;
            }
            if (!entry.verdict.isSendable() && entry.id.size() > kMaxIdBytes) {
                entry.id = shortened(entry.id);
                // Two different huge tokens may shorten alike; the list keys rows by ID.
                if (m_known.contains(entry.id)) {
                    ++m_out.result.duplicates;
                    continue;
                }
                ++m_out.shortened;
            }
            m_known.insert(entry.id);
            m_out.result.entries.append(std::move(entry));
        }
    }

    IdParseOutcome &outcome() { return m_out; }

private:
    static QString shortened(const QString &id)
    {
        qsizetype keep = kStoredInvalidIdChars;
        if (id.at(keep - 1).isHighSurrogate())
            --keep; // never leave half a character behind
        return id.left(keep) + dlq::tr("… (%1 characters)").arg(groupedNumber(id.size()));
    }

    QSet<QString> m_known;
    IdParseOutcome m_out;
    qsizetype m_allowed = 0;
    bool m_capIsListTotal = false;
};

// Where the slice starting at `from` ends: after a line break at or beyond from + target. In
// free text any separator will do, which keeps a single 50 MB line from becoming one slice.
qsizetype sliceEnd(QStringView text, qsizetype from, qsizetype target, bool freeText)
{
    const qsizetype n = text.size();
    if (n - from <= target)
        return n;
    for (qsizetype i = from + target; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r')) {
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                continue; // cut after the \n, never between \r and \n
            return i + 1;
        }
        if (c == QLatin1Char('\n') || (freeText && isFreeTextSeparator(c)))
            return i + 1;
    }
    return n;
}

// The first line that is not blank: parseIds() decides on it whether the text is a table.
QStringView firstContentLine(QStringView text)
{
    qsizetype start = 0;
    const qsizetype n = text.size();
    while (start < n) {
        qsizetype end = start;
        while (end < n && text.at(end) != QLatin1Char('\n') && text.at(end) != QLatin1Char('\r'))
            ++end;
        const QStringView line = text.mid(start, end - start);
        if (!line.trimmed().isEmpty())
            return line;
        start = end + 1;
    }
    return {};
}

// Text, parsed slice by slice with the same result as one parseIds() call: every later slice
// gets a first line that makes parseIds() read it the way it read the first one. For a table
// that is the header (so the same column is taken); for free text it is ",", a line without
// tokens (so the slice's real first line is not mistaken for a header).
void parseTextInSlices(QStringView text, Accumulator &acc, const IdParseLimits &limits,
                       const std::atomic_bool *cancel)
{
    if (text.size() <= limits.chunkChars) {
        acc.absorb(parseIds(text, acc.known()));
        return;
    }
    const QStringView header = firstContentLine(text);
    QString prefix = QStringLiteral(",\n");
    bool freeText = true;
    if (header.size() <= kMaxHeaderChars) {
        const ParseResult probe = parseIds(header);
        // A first line that yields no ID is a header (table or "DLQ ID"); repeat it.
        if (probe.entries.isEmpty() && probe.duplicates == 0) {
            prefix = header.toString() + QLatin1Char('\n');
            freeText = false;
        }
    }

    // The first line's header words are skipped only on the first line, so it is never split
    // (unless it is a one-line list too long to be a header).
    const qsizetype headerEnd =
        header.size() <= kMaxHeaderChars ? (header.data() - text.data()) + header.size() : 0;
    qsizetype from = 0;
    while (from < text.size() && !acc.full()) {
        if (isCancelled(cancel))
            return;
        const qsizetype end =
            sliceEnd(text, from, qMax(limits.chunkChars, headerEnd - from), freeText);
        const QStringView slice = text.mid(from, end - from);
        if (from == 0)
            acc.absorb(parseIds(slice, acc.known()));
        else
            acc.absorb(parseIds(QString(prefix + slice), acc.known()));
        from = end;
    }
}

// A JSON list is parsed as JSON once, then handed to parseIds() a slice of elements at a time.
// Anything else (a single object, broken JSON) goes the text way, as parseIds() would.
bool parseJsonInSlices(QStringView text, Accumulator &acc, const std::atomic_bool *cancel)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return false;
    QJsonArray array;
    QString key;
    if (doc.isArray()) {
        array = doc.array();
    } else {
        const QJsonObject obj = doc.object();
        for (const QLatin1String name :
             {QLatin1String("messages"), QLatin1String("dlqIds"), QLatin1String("ids")}) {
            if (obj.value(name).isArray()) {
                array = obj.value(name).toArray();
                key = name;
                break;
            }
        }
        if (key.isEmpty()) {
            acc.absorb(parseIds(text, acc.known()));
            return true;
        }
    }
    for (qsizetype from = 0; from < array.size() && !acc.full(); from += kJsonSlice) {
        if (isCancelled(cancel))
            return true;
        QJsonArray slice;
        const qsizetype end = qMin<qsizetype>(array.size(), from + kJsonSlice);
        for (qsizetype i = from; i < end; ++i)
            slice.append(array.at(i));
        const QByteArray json =
            key.isEmpty() ? QJsonDocument(slice).toJson(QJsonDocument::Compact)
                          : QJsonDocument(QJsonObject{{key, slice}}).toJson(QJsonDocument::Compact);
        acc.absorb(parseIds(QString::fromUtf8(json), acc.known()));
    }
    return true;
}

void parseOne(QStringView text, Accumulator &acc, const IdParseLimits &limits,
              const std::atomic_bool *cancel)
{
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);
    const QStringView trimmed = text.trimmed();
    if (trimmed.size() > limits.chunkChars &&
        (trimmed.startsWith(QLatin1Char('[')) || trimmed.startsWith(QLatin1Char('{')))) {
        if (parseJsonInSlices(trimmed, acc, cancel))
            return;
    }
    parseTextInSlices(text, acc, limits, cancel);
}

} // namespace

QString groupedNumber(qint64 n)
{
    QString digits = QString::number(n < 0 ? -n : n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(' '));
    return n < 0 ? QLatin1Char('-') + digits : digits;
}

QString IdParseOutcome::summary() const
{
    if (cancelled)
        return dlq::tr("Cancelled: no IDs were added.");
    QString text = result.summary();
    const QString sep = QStringLiteral(" \u00B7 ");
    if (shortened > 0) {
        text += sep;
        text += dlq::tr("%1 longer than 512 bytes (shown shortened)").arg(groupedNumber(shortened));
    }
    if (capped) {
        text += sep;
        if (cap == 0)
            text += dlq::tr("Nothing was added: the list already holds %1 IDs, the most it can. "
                            "Remove finished rows first.")
                        .arg(groupedNumber(IdParseLimits{}.maxTotalIds));
        else if (capIsListTotal)
            text += dlq::tr("Only the first %1 IDs were added: the list holds at most %2. Remove "
                            "finished rows, then add the rest.")
                        .arg(groupedNumber(cap), groupedNumber(IdParseLimits{}.maxTotalIds));
        else
            text += dlq::tr("Only the first %1 IDs were added: one paste or import takes at most "
                            "that many. Add the rest in another paste.")
                        .arg(groupedNumber(cap));
    } else if (result.entries.isEmpty() && result.duplicates == 0) {
        text = dlq::tr("No IDs found in the text.");
    }
    return text;
}

IdParseOutcome runIdParse(const QList<IdParseInput> &inputs, const QSet<QString> &known,
                          int existingRows, const IdParseLimits &limits,
                          const std::atomic_bool *cancel)
{
    Accumulator acc(known, existingRows, limits);
    for (const IdParseInput &input : inputs) {
        if (acc.full())
            break;
        if (isCancelled(cancel))
            break;
        if (!input.path.isEmpty()) {
            IdSourceText source = readIdSource(input.path);
            if (!source.error.isEmpty()) {
                acc.outcome().errors << source.error;
                continue;
            }
            acc.outcome().fileNames << QFileInfo(input.path).fileName();
            // Parse file by file: a JSON file and a CSV file cannot be joined into one text.
            parseOne(source.text, acc, limits, cancel);
            continue;
        }
        if (textLooksBinary(input.text)) {
            acc.outcome().errors << dlq::tr("The text looks like binary data, not a list of IDs; "
                                            "nothing was added from it.");
            continue;
        }
        parseOne(input.text, acc, limits, cancel);
    }
    IdParseOutcome out = std::move(acc.outcome());
    if (isCancelled(cancel)) {
        out.cancelled = true;
        out.result = ParseResult();
    }
    return out;
}

IdParseTask::IdParseTask(QList<IdParseInput> inputs, QSet<QString> known, int existingRows,
                         IdParseLimits limits, QObject *parent)
    : QObject(parent), m_inputs(std::move(inputs)), m_known(std::move(known)),
      m_existingRows(existingRows), m_limits(limits)
{}

IdParseTask::~IdParseTask()
{
    m_cancel = true;
    if (m_thread)
        m_thread->wait();
}

void IdParseTask::start()
{
    if (m_thread)
        return;
    m_running = true;
    m_thread.reset(QThread::create([this] {
        m_outcome = runIdParse(m_inputs, m_known, m_existingRows, m_limits, &m_cancel);
    }));
    m_thread->setObjectName(QStringLiteral("IdParseTask"));
    // QThread::finished is emitted on the worker; `this` lives in the GUI thread, so the
    // lambda runs there, queued, after the worker's writes to m_outcome are complete.
    connect(m_thread.get(), &QThread::finished, this, [this] {
        m_running = false;
        if (m_cancel) {
            // A cancel that came after the worker's last check still means "add nothing".
            m_outcome.cancelled = true;
            m_outcome.result = ParseResult();
        }
        Q_EMIT finished();
    });
    m_thread->start();
}

void IdParseTask::cancel()
{
    m_cancel = true;
}

} // namespace dlq
