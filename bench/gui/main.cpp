// dlq-guibench: measures the real MainWindow (offscreen) against the targets of the benchmark
// issue: (a) the longest GUI-thread stall during a 20 000-ID run against a sandbox that runs
// in its own thread, (b) paste of 100 000 IDs until the rows are shown, (c) peak memory with
// 100 000 rows, (d) the GUI-thread stall per keystroke in the filter box at 200 000 rows.
// Prints a table; see docs/BENCHMARKS-GUI.md.

#include "results/resultcolumns.h"
#include "results/resultfiltermodel.h"
#include "results/resultsmodel.h"
#include "run/runcontroller.h"
#include "sandbox/sandboxserver.h"
#include "settings/appsettings.h"
#include "ui/idintake.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <memory>

#include "support/procstatus.h"

using namespace dlq;

namespace {

using testsupport::statusKb;

// A 5 ms precise timer on the GUI thread; how late a tick comes is how long the thread was
// busy with something else. The longest gap minus the interval is the longest stall.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 stallNs = now - m_lastNs - 5000000;
            m_worstNs = qMax(m_worstNs, stallNs);
            // DLQ_STALL_TRACE=1: each stall over 6 ms and when it began, to find its cause.
            if (m_trace && stallNs > 6000000)
                std::fprintf(stderr, "stall %.1f ms at %.3f s\n", double(stallNs) / 1e6,
                             double(m_lastNs) / 1e9);
            m_lastNs = now;
        });
    }
    void start()
    {
        m_worstNs = 0;
        m_clock.start();
        m_lastNs = 0;
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        // The gap up to now counts too: the last thing may have blocked until here.
        m_worstNs = qMax(m_worstNs, m_clock.nsecsElapsed() - m_lastNs - 5000000);
        return double(m_worstNs) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_worstNs = 0;
    const bool m_trace = qEnvironmentVariableIsSet("DLQ_STALL_TRACE");
};

QString idLines(int count, qint64 base)
{
    QString text;
    text.reserve(qsizetype(count) * 22);
    for (int i = 0; i < count; ++i) {
        text += QString::number(base);
        text += QLatin1Char('-');
        text += QString::number(i);
        text += QLatin1Char('\n');
    }
    return text;
}

// Runs the event loop (the only one: main() never calls app.exec()) until `signal` comes or
// `ms` have passed.
template<typename Sender, typename Signal> void waitFor(Sender *sender, Signal signal, int ms)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs the event loop until `done()` holds or `ms` have passed; false on timeout.
template<typename Predicate> bool waitUntil(Predicate done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() > ms)
            loop.quit();
    });
    poll.start();
    loop.exec();
    return done();
}

void typeKey(QWidget *widget, Qt::Key key, const QString &text)
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(widget, &press);
    QCoreApplication::sendEvent(widget, &release);
}

struct Row
{
    const char *what;
    QString value;
    const char *target;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat);
    AppSettings settings(&store, QProcessEnvironment());
    QNetworkAccessManager nam;
    QList<Row> rows;

    // (b) and (c): paste 100 000 IDs into a fresh window, until the rows are shown.
    {
        settings.setPreset(EndpointPreset::Custom);
        settings.setCustomUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
        settings.setToken(QStringLiteral("bench-token"));
        settings.markConfigured();
        MainWindow window(&settings, &nam);
        window.resize(1100, 760);
        window.show();
        IdIntake *intake = window.findChild<IdIntake *>();
        const QString text = idLines(100000, 1752829295505LL);
        const qint64 rssBefore = statusKb("VmRSS").value_or(0);

        StallMeter stall;
        stall.start();
        QElapsedTimer clock;
        clock.start();
        window.addIdsFromText(text, QStringLiteral("the benchmark"));
        if (window.resultsModel()->rowCount() < 100000)
            waitFor(intake, &IdIntake::finished, 60000);
        const qint64 parsedMs = clock.elapsed();
        // One more turn of the event loop: the view has laid out and painted the new rows.
        QEventLoop loop;
        QTimer::singleShot(0, &loop, &QEventLoop::quit);
        loop.exec();
        window.repaint();
        const qint64 shownMs = clock.elapsed();
        const double pasteStall = stall.stop();
        const int shown = window.resultsModel()->rowCount();

        rows.append({"(b) paste 100 000 IDs -> rows shown",
                     QStringLiteral("%1 ms (%2 rows; parsed+added %3 ms)")
                         .arg(shownMs)
                         .arg(shown)
                         .arg(parsedMs),
                     "< 1000 ms"});
        rows.append({"    longest GUI stall during that paste",
                     QStringLiteral("%1 ms").arg(pasteStall, 0, 'f', 1), "(< 50 ms)"});
        rows.append({"(c) peak RSS with 100 000 rows (VmHWM)",
                     QStringLiteral("%1 MB (RSS %2 MB before the paste, %3 MB after)")
                         .arg(statusKb("VmHWM").value_or(0) / 1024)
                         .arg(rssBefore / 1024)
                         .arg(statusKb("VmRSS").value_or(0) / 1024),
                     "< 250 MB"});
    }

    // (d) typing into and erasing the filter box with 200 000 rows listed: the longest stall
    // from a key until the table shows the filtered rows (and one more turn has painted).
    {
        MainWindow window(&settings, &nam);
        window.resize(1100, 760);
        window.show();
        for (int part = 0; part < 2; ++part) {
            const int before = window.resultsModel()->rowCount();
            window.addIdsFromText(idLines(100000, 1752829295505LL + part),
                                  QStringLiteral("the benchmark"));
            waitUntil([&] { return window.resultsModel()->rowCount() >= before + 100000; }, 60000);
        }
        const int listed = window.resultsModel()->rowCount();
        auto *edit = window.findChild<QLineEdit *>(QStringLiteral("textFilterEdit"));
        auto *proxy = window.findChild<ResultFilterModel *>();
        auto *view = window.findChild<QTableView *>(QStringLiteral("resultsView"));
        edit->setFocus();
        const QString typed = QStringLiteral("6-19");
        QList<QPair<Qt::Key, QString>> keys;
        for (const QChar c : typed)
            keys.append({Qt::Key(c.unicode()), QString(c)});
        for (int i = 0; i < typed.size(); ++i)
            keys.append({Qt::Key_Backspace, QString()});
        // Types the keys one by one, each time until the table shows the filtered rows.
        auto typeAll = [&](const char *what, const char *slowest) {
            double worst = 0;
            qint64 slowestMs = 0;
            QStringList shown;
            for (const auto &key : keys) {
                StallMeter stall;
                stall.start();
                QElapsedTimer clock;
                clock.start();
                typeKey(edit, key.first, key.second);
                if (!waitUntil([&] { return proxy->textFilter() == edit->text().trimmed(); },
                               60000))
                    return false;
                QEventLoop loop;
                QTimer::singleShot(0, &loop, &QEventLoop::quit);
                loop.exec();
                window.repaint();
                slowestMs = qMax(slowestMs, clock.elapsed());
                worst = qMax(worst, stall.stop());
                shown << QString::number(proxy->rowCount());
            }
            rows.append({what,
                         QStringLiteral("%1 ms longest stall (%2 rows; %3 keys, shown %4)")
                             .arg(worst, 0, 'f', 1)
                             .arg(listed)
                             .arg(keys.size())
                             .arg(shown.join(QLatin1Char('/'))),
                         "< 50 ms"});
            rows.append({slowest,
                         QStringLiteral("%1 ms (includes the typing pause)").arg(slowestMs),
                         "(< 500 ms)"});
            return true;
        };
        if (!typeAll("(d) filter keystroke at 200 000 rows",
                     "    slowest key until the rows are shown")) {
            std::fprintf(stderr, "the filter did not apply\n");
            return 1;
        }
        // The same with the table sorted by ID: the proxy keeps the sorted order of all rows.
        StallMeter sortStall;
        sortStall.start();
        view->sortByColumn(ResultColumn::Id, Qt::DescendingOrder);
        const double sorting = sortStall.stop();
        rows.append({"    sorting 200 000 rows by ID (header click)",
                     QStringLiteral("%1 ms").arg(sorting, 0, 'f', 1), "(< 500 ms)"});
        if (!typeAll("    the same keys, table sorted by ID", "    slowest key, sorted")) {
            std::fprintf(stderr, "the filter did not apply\n");
            return 1;
        }
    }

    // (a) a 20 000-ID run against a sandbox on its own thread: the stall is the app's own.
    // "dlq-guibench paste" skips it (for profiling the paste alone).
    if (!app.arguments().contains(QStringLiteral("paste"))) {
        QThread serverThread;
        serverThread.setObjectName(QStringLiteral("sandbox"));
        auto *server = new SandboxServer;
        server->moveToThread(&serverThread);
        serverThread.start();
        QStringList ids;
        QUrl base;
        QMetaObject::invokeMethod(
            server,
            [&] {
                server->listen();
                ids = server->seed(20000);
                base = server->baseUrl();
            },
            Qt::BlockingQueuedConnection);

        settings.setPreset(EndpointPreset::Custom);
        settings.setCustomUrl(base);
        settings.setToken(SandboxServer::defaultToken());
        MainWindow window(&settings, &nam);
        window.resize(1100, 760);
        window.show();
        window.addIdsFromText(ids.join(QLatin1Char('\n')), QStringLiteral("the benchmark"));
        if (window.resultsModel()->rowCount() < ids.size())
            waitFor(window.findChild<IdIntake *>(), &IdIntake::finished, 60000);

        RunConfig config;
        config.baseUrl = base;
        config.token = SandboxServer::defaultToken();
        RunController *controller = window.runController();
        StallMeter stall;
        stall.start();
        QElapsedTimer clock;
        clock.start();
        if (!controller->start(controller->unsentRows(), config)) {
            std::fprintf(stderr, "the run did not start\n");
            return 1;
        }
        waitFor(controller, &RunController::runFinished, 600000);
        const double runStall = stall.stop();
        const qint64 runMs = clock.elapsed();
        const int deleted = window.resultsModel()->count(ResultState::Deleted);
        rows.append({"(a) longest GUI stall, 20 000-ID run",
                     QStringLiteral("%1 ms (%2 deleted in %3 s)")
                         .arg(runStall, 0, 'f', 1)
                         .arg(deleted)
                         .arg(double(runMs) / 1000.0, 0, 'f', 1),
                     "< 50 ms"});
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
        serverThread.quit();
        serverThread.wait();
    }

    std::printf("| %-42s | %-55s | %-10s |\n", "measure", "result", "target");
    std::printf("|%s|%s|%s|\n", QByteArray(44, '-').constData(), QByteArray(57, '-').constData(),
                QByteArray(12, '-').constData());
    for (const Row &row : rows)
        std::printf("| %-42s | %-55s | %-10s |\n", row.what, qPrintable(row.value), row.target);
    return 0;
}
