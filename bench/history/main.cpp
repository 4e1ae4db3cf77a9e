// dlq-historybench: fills a HistoryStore (a real SQLite file in a temporary folder) with
// N results in runs of M, then measures what a user waits for: search by ID on a freshly
// opened store (cold) and again (warm), over several IDs (median and max); loading one run;
// listing runs; opening with pruning. It also records one 100 000-result run in the
// background (HistoryStore::record) and reports the longest stall of the calling thread.
// Usage: dlq-historybench [results=1000000] [per-run=10000]

#include "history/historyrecord.h"
#include "history/historystore.h"
#include "ids/idparser.h"
#include "results/resultsmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

using namespace dlq;

namespace {

QString idFor(qint64 n)
{
    // Shaped like real DLQ IDs: <unix ms>-<sequence>.
    return QStringLiteral("%1-%2").arg(1752829295505LL + n).arg(n % 7);
}

HistoryRun makeRun(qint64 first, int size, const QDateTime &startedAt)
{
    HistoryRun run;
    run.startedAt = startedAt;
    run.finishedAt = startedAt.addSecs(30);
    run.profile = run.host = QStringLiteral("qstash.upstash.io");
    run.action = QStringLiteral("delete");
    run.source = QStringLiteral("bench");
    run.outcome = QStringLiteral("completed");
    run.count = size;
    run.durationMs = 30000;
    run.results.reserve(size);
    for (int i = 0; i < size; ++i) {
        const bool deleted = i % 3 != 0;
        run.results.append(HistoryResult{
            idFor(first + i), deleted ? ResultState::Deleted : ResultState::NotFound,
            deleted ? 200 : 404, deleted ? QString() : QStringLiteral("dlq entry not found"),
            startedAt.addMSecs(i)});
    }
    run.counts.insert(QStringLiteral("deleted"), size - (size + 2) / 3);
    run.counts.insert(QStringLiteral("not_found"), (size + 2) / 3);
    return run;
}

// Drops this file's pages from the kernel's page cache (only this file's: the machine is shared),
// so the next read comes from the disk.
void evictFromPageCache(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return;
    ::fdatasync(fd);
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

struct Stats
{
    double median = 0;
    double max = 0;
};

Stats stats(QList<double> values)
{
    std::sort(values.begin(), values.end());
    Stats s;
    if (values.isEmpty())
        return s;
    const qsizetype n = values.size();
    s.median = n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
    s.max = values.last();
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qint64 total = args.size() > 1 ? args.at(1).toLongLong() : 1000000;
    const int perRun = args.size() > 2 ? args.at(2).toInt() : 10000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const QDateTime now = QDateTime::currentDateTimeUtc();

    QList<double> insertMs;
    {
        HistoryStore store;
        if (!store.open(path, 0)) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
            return 1;
        }
        QElapsedTimer fill;
        fill.start();
        for (qint64 first = 0; first < total; first += perRun) {
            const int size = int(std::min<qint64>(perRun, total - first));
            const HistoryRun run = makeRun(first, size, now.addSecs(-3600 + first / perRun));
            QElapsedTimer t;
            t.start();
            QString error;
            if (store.recordNow(run, &error) == 0) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            insertMs.append(ms(t.nsecsElapsed()));
        }
        const Stats ins = stats(insertMs);
        std::printf("fill: %lld results in %lld runs of %d: %.1f s; one run's transaction: "
                    "median %.1f ms, max %.1f ms\n",
                    total, qint64(insertMs.size()), perRun, double(fill.elapsed()) / 1000.0,
                    ins.median, ins.max);
    }
    std::printf("file: %.1f MB\n", double(QFileInfo(path).size()) / 1e6);

    // Search: IDs spread over the whole store, plus some that were never recorded.
    QList<QString> probes;
    QRandomGenerator random(7);
    for (int i = 0; i < 16; ++i)
        probes << idFor(qint64(random.bounded(quint64(total))));
    for (int i = 0; i < 4; ++i)
        probes << idFor(total + 1000 + i);
    QList<double> cold;
    QList<double> warm;
    QElapsedTimer openTimer;
    QList<double> openMs;
    for (const QString &id : std::as_const(probes)) {
        evictFromPageCache(path); // the previous store closed: the WAL is checkpointed
        HistoryStore store;       // a fresh connection: SQLite's page cache starts empty
        openTimer.start();
        store.open(path, 180);
        openMs.append(ms(openTimer.nsecsElapsed()));
        QElapsedTimer t;
        t.start();
        const qsizetype hits = store.search(id).size();
        cold.append(ms(t.nsecsElapsed()));
        for (int r = 0; r < 5; ++r) {
            t.start();
            if (store.search(id).size() != hits)
                return 1;
            warm.append(ms(t.nsecsElapsed()));
        }
    }
    const Stats c = stats(cold);
    const Stats w = stats(warm);
    const Stats o = stats(openMs);
    std::printf("search by ID over %lld results, %lld IDs: cold (file evicted from the page "
                "cache, new connection) median %.2f ms, max %.2f ms; "
                "warm median %.3f ms, max %.3f ms\n",
                total, qint64(probes.size()), c.median, c.max, w.median, w.max);
    std::printf("open with pruning (180 days, nothing to prune): median %.1f ms, max %.1f ms\n",
                o.median, o.max);

    HistoryStore store;
    store.open(path, 0);
    QElapsedTimer t;
    t.start();
    const QList<HistoryRun> runs = store.runs();
    std::printf("list %lld runs: %.1f ms\n", qint64(runs.size()), ms(t.nsecsElapsed()));
    t.start();
    const std::optional<HistoryRun> one = store.loadRun(runs.at(runs.size() / 2).id);
    std::printf("load one run of %lld results: %.1f ms\n", qint64(one ? one->results.size() : 0),
                ms(t.nsecsElapsed()));

    // A 100 000-ID run's rows turned into a record: dlqctl does this in line, the window has it
    // done on the worker thread (below).
    QStringList bigIds;
    for (int i = 0; i < 100000; ++i)
        bigIds << idFor(total + 10000 + i);
    ResultsModel model;
    model.append(parseIds(bigIds.join(QLatin1Char('\n'))));
    QList<int> rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        ResultRow outcome;
        outcome.state = ResultState::Deleted;
        outcome.httpStatus = 200;
        outcome.finishedAt = now;
        model.setOutcome(r, outcome);
        rows.append(r);
    }
    RunFacts facts;
    facts.host = QStringLiteral("qstash.upstash.io");
    facts.startedAt = facts.finishedAt = now;
    t.start();
    const HistoryRun big = historyRunFrom(model.rows(), rows, facts);
    std::printf("build the record of a %lld-ID run from the results model: %.1f ms\n",
                qint64(big.results.size()), ms(t.nsecsElapsed()));

    // That run recorded as the window does it: how long is this (the GUI) thread held up?
    QEventLoop loop;
    QElapsedTimer sinceTick;
    qint64 longestGapNs = 0;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestGapNs = std::max(longestGapNs, sinceTick.nsecsElapsed());
        sinceTick.start();
    });
    qint64 writeNs = 0;
    QObject::connect(&store, &HistoryStore::recorded, &loop, [&] {
        writeNs = t.nsecsElapsed();
        loop.quit();
    });
    QObject::connect(&store, &HistoryStore::recordFailed, &loop, [&](const QString &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        loop.exit(1);
    });
    // First the same ticks with nothing going on: what the machine itself adds.
    ticker.start();
    sinceTick.start();
    QTimer::singleShot(1500, &loop, &QEventLoop::quit);
    loop.exec();
    const qint64 idleGapNs = longestGapNs;
    longestGapNs = 0;
    sinceTick.start();
    t.start();
    store.record(facts, model.rows(), rows);
    const qint64 handOffNs = t.nsecsElapsed();
    if (loop.exec() != 0)
        return 1;
    std::printf("record a %lld-ID run as the window does: built and written on the worker in "
                "%.0f ms (one transaction); record() returned in %.3f ms; longest gap between "
                "1 ms ticks on the calling thread meanwhile %.1f ms (%.1f ms in 1.5 s idle)\n",
                qint64(big.results.size()), ms(writeNs), ms(handOffNs), ms(longestGapNs),
                ms(idleGapNs));
    return 0;
}
