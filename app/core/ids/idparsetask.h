#pragma once

#include "ids/idparser.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace dlq {

// Caps that keep the list usable. Measured (docs/BENCHMARKS-GUI.md): 100 000 rows in the
// window add about 45 MB, so 500 000 rows are about 225 MB; 200 000 new IDs are twice the
// 100 000 the benchmark shows in under a second. Beyond that a table is no longer a list a
// person checks before deleting, and a paste that big is more likely a mistake.
struct IdParseLimits
{
    int maxNewIds = 200000;   // per paste, drop or import
    int maxTotalIds = 500000; // rows in the list, invalid ones included
    // Text is parsed in slices of about this many characters so memory follows the slice,
    // not the whole text, and a cancel takes effect between slices (a few ms each).
    qsizetype chunkChars = 1 << 20;
};

// Invalid IDs longer than this many characters are stored shortened: a 10 MB token must not
// become a 10 MB row (the table, the export and the journal would all carry it).
inline constexpr int kStoredInvalidIdChars = 100;

struct IdParseInput
{
    QString text; // pasted or dropped text; ignored when path is set
    QString path; // a file to read (on the worker thread)
};

struct IdParseOutcome
{
    ParseResult result;          // what to append, in order; at most the cap
    QStringList errors;          // one sentence per file (or text) that could not be used
    QStringList fileNames;       // files read successfully
    bool capped = false;         // more IDs followed than the caps allowed
    int cap = 0;                 // how many were allowed when capped
    bool capIsListTotal = false; // the list's size limit cut, not the per-paste one
    int shortened = 0;           // overlong invalid IDs stored shortened
    bool cancelled = false;

    // ParseResult::summary(), then what was cut or shortened, in words.
    QString summary() const;
};

// Pure: parses every input in turn against `known` (the IDs already listed), applying the
// caps. Checks `cancel` between slices. Safe to call on any thread.
IdParseOutcome runIdParse(const QList<IdParseInput> &inputs, const QSet<QString> &known,
                          int existingRows, const IdParseLimits &limits = {},
                          const std::atomic_bool *cancel = nullptr);

// "1 000 000": the grouping the summaries use, independent of the system locale.
QString groupedNumber(qint64 n);

// runIdParse() on a worker thread. finished() arrives queued in this object's thread; the
// worker never touches the model or any widget.
class IdParseTask : public QObject
{
    Q_OBJECT
public:
    IdParseTask(QList<IdParseInput> inputs, QSet<QString> known, int existingRows,
                IdParseLimits limits = {}, QObject *parent = nullptr);
    ~IdParseTask() override; // cancels and waits for the worker (at most one slice)

    void start();
    // The worker stops at the next slice boundary; finished() still follows, with
    // outcome().cancelled set.
    void cancel();
    bool isRunning() const { return m_running; }
    const IdParseOutcome &outcome() const { return m_outcome; }

Q_SIGNALS:
    void finished();

private:
    QList<IdParseInput> m_inputs;
    QSet<QString> m_known;
    int m_existingRows;
    IdParseLimits m_limits;
    IdParseOutcome m_outcome; // written by the worker, read only after finished()
    std::atomic_bool m_cancel{false};
    std::unique_ptr<QThread> m_thread;
    bool m_running = false;
};

} // namespace dlq
