// Issue 9 in the window: a real main window (the test-only actkillhost) resumes selected DLQ
// entries on a slow sandbox and is killed with SIGKILL while requests are in flight. A window
// opened here on the same settings and session then asks about the interrupted action:
// Continue sends nothing that was confirmed again and looks up every resume that was in
// flight before anything else, and its ledger equals the sandbox; Forget it removes the
// record and sends nothing; a window pointing at another server refuses and keeps it.
#include "support/dlqctlenv.h"
#include "support/windowfixture.h"

#include "history/historystore.h"
#include "results/ledgermodel.h"
#include "run/actjournal.h"
#include "session/sessionjournal.h"
#include "ui/act/actflow.h"
#include "ui/act/actpanel.h"
#include "ui/act/actsessionkeeper.h"
#include "ui/act/dlqactions.h"
#include "ui/browse/dlqview.h"

#include <QHash>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>

#include <signal.h>

using namespace dlq;

namespace {

constexpr int kIds = 60;
constexpr int kKillAfter = 20; // entries resumed on the server before the kill
constexpr int kTimeoutMs = 60000;

// Per ID, both the resume (POST …/resume/ID) and the look-up (GET …/ID) end with the ID.
QString idOf(const SandboxRequest &request)
{
    return QUrl::fromPercentEncoding(request.path.mid(request.path.lastIndexOf('/') + 1));
}

bool namesEntry(const SandboxRequest &request)
{
    return request.path.startsWith("/v2/workflows/dlq/");
}

} // namespace

class tst_WindowActCrash : public QObject
{
    Q_OBJECT

private:
    // The killed window's run, as its journal holds it.
    struct Killed
    {
        QSet<QString> confirmed;
        QSet<QString> inFlight;
        qsizetype requests = 0; // the sandbox log's length at the kill
    };

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<TestSettings> m_settings;
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_sessionDir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<MainWindow> m_window;

    QString actDir() const { return m_sessionDir + QStringLiteral("/act"); }

    // Starts actkillhost on the settings and session, waits on the sandbox until kKillAfter
    // entries were resumed and kills it with requests in flight.
    bool killMidResume(Killed *killed)
    {
        QProcess host;
        host.setProcessEnvironment(test::dlqctlEnvironment(*m_home, {}));
        host.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QSignalSpy hostFinished(&host, &QProcess::finished);
        host.start(QStringLiteral(ACTKILLHOST_PATH), {m_settings->store->fileName(), m_sessionDir});
        if (!host.waitForStarted(10000))
            return false;
        if (!QTest::qWaitFor(
                [&] {
                    return m_server->entryCount() <= kIds - kKillAfter || !hostFinished.isEmpty();
                },
                kTimeoutMs) ||
            !hostFinished.isEmpty()) {
            qWarning("actkillhost ended before the kill: %s",
                     host.readAllStandardOutput().constData());
            return false;
        }
        if (::kill(pid_t(host.processId()), SIGKILL) != 0 || !hostFinished.wait(10000))
            return false;
        // What the killed process sent may still be applied.
        if (!QTest::qWaitFor([&] { return m_server->inFlight() == 0; }, 10000))
            return false;
        killed->requests = m_server->requests().size();
        const RecoveredSession journaled = readSession(actDir());
        for (const ResultRow &row : journaled.rows) {
            if (row.state == ResultState::Done)
                killed->confirmed.insert(row.id);
        }
        killed->inFlight = journaled.unknownOutcomeIds;
        return journaled.warnings.isEmpty() && !killed->confirmed.isEmpty();
    }

    bool openWindow()
    {
        m_window = std::make_unique<MainWindow>(m_settings->settings.get(), &m_nam, m_sessionDir);
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    }

    QMessageBox *waitForBox(const char *name) const
    {
        QMessageBox *box = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            box = m_window->findChild<QMessageBox *>(QString::fromLatin1(name));
            return box && box->isVisible();
        });
        return shown ? box : nullptr;
    }

    template<typename T> T *in(QWidget *parent, const char *name) const
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }

    ActFlow *flow() const { return m_window->dlqView()->actions()->flow(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen());
        m_server->seed(kIds, 23);
        m_server->setLatencyMs(120);
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_sessionDir = m_home->filePath(QStringLiteral("session"));
        m_settings = std::make_unique<TestSettings>();
        AppSettings *settings = m_settings->settings.get();
        settings->setCustomUrl(m_server->baseUrl());
        settings->setToken(m_server->token());
        settings->setPreset(EndpointPreset::Custom);
        settings->setConcurrency(3);
        settings->markConfigured();
        m_settings->store->sync();
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_home.reset();
        m_server.reset();
    }

    void continueResendsNothingConfirmedAndLooksUpWhatWasInFlight()
    {
        Killed killed;
        QVERIFY(killMidResume(&killed));
        QVERIFY2(!killed.inFlight.isEmpty(),
                 "the kill found nothing in flight; this proves nothing");
        const QString historyPath = m_home->filePath(QStringLiteral("history.sqlite"));
        HistoryStore history;
        QVERIFY(history.open(historyPath, 0));

        QVERIFY(openWindow());
        m_window->setHistory(&history);
        QMessageBox *box = waitForBox("actRestoreBox");
        QVERIFY(box);
        QVERIFY(unnamedControls(box).isEmpty());
        const QString text = box->text();
        QVERIFY2(text.contains(QStringLiteral("resume of %1 DLQ entries on %2")
                                   .arg(kIds)
                                   .arg(m_server->baseUrl().authority())),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("%1 done; %2 were in flight and will be looked up "
                                              "first")
                                   .arg(killed.confirmed.size())
                                   .arg(killed.inFlight.size())),
                 qPrintable(text));
        // Escape decides nothing: the box stays and nothing is sent.
        QTest::keyClick(box, Qt::Key_Escape);
        QVERIFY(box->isVisible());
        QVERIFY(SessionJournal::hasRecoverableSession(actDir()));

        QSignalSpy finished(flow(), &ActFlow::finished);
        QSignalSpy recorded(&history, &HistoryStore::recorded);
        QTest::mouseClick(in<QPushButton>(box, "actRestoreContinueButton"), Qt::LeftButton);
        QVERIFY(m_window->dlqView()->actions()->panel()->isVisible());
        QCOMPARE(in<QTabWidget>(m_window.get(), "mainTabs")->currentWidget(),
                 static_cast<QWidget *>(m_window->dlqView()));
        QVERIFY(finished.wait(kTimeoutMs));

        // The log after the kill: nothing confirmed again, every in-flight ID looked up first.
        const QList<SandboxRequest> log = m_server->requests();
        QHash<QString, QStringList> after; // ID -> methods since the kill, in order
        QHash<QString, int> posts;         // ID -> POSTs naming it, both windows
        for (qsizetype i = 0; i < log.size(); ++i) {
            const SandboxRequest &request = log.at(i);
            if (!namesEntry(request))
                continue;
            const QString id = idOf(request);
            if (request.method == "POST")
                ++posts[id];
            if (i >= killed.requests)
                after[id].append(QString::fromLatin1(request.method));
        }
        for (const QString &id : std::as_const(killed.confirmed))
            QVERIFY2(!after.contains(id), qPrintable(id + QStringLiteral(" was sent again")));
        for (const QString &id : std::as_const(killed.inFlight))
            QVERIFY2(after.value(id).value(0) == QLatin1String("GET"),
                     qPrintable(id + QStringLiteral(": ") + after.value(id).join(u',')));

        // The ledger shown covers every ID once and agrees with the sandbox.
        const Ledger ledger = flow()->ledgerModel()->ledger();
        QCOMPARE(ledger.entries.size(), qsizetype(kIds));
        QCOMPARE(m_window->dlqView()->actions()->panel()->table()->model()->rowCount(), kIds);
        QHash<QString, QString> sandboxRuns;
        for (const auto &[id, run] : m_server->startedRuns())
            sandboxRuns.insert(id, run);
        for (const LedgerEntry &entry : ledger.entries) {
            const QString &id = entry.row.id;
            QVERIFY2(!m_server->contains(id), qPrintable(id + QStringLiteral(" is still there")));
            if (killed.inFlight.contains(id))
                QVERIFY2(entry.lookup != LookupFinding::None, qPrintable(id));
            else
                QCOMPARE(entry.lookup, LookupFinding::None);
            if (entry.lookup == LookupFinding::Gone) {
                QCOMPARE(posts.value(id), 1); // the killed window's, nothing since
                continue;
            }
            QCOMPARE(entry.row.state, ResultState::Done);
            QVERIFY(posts.value(id) <= (entry.lookup == LookupFinding::StillInDlq ? 2 : 1));
            // Every new run ID recorded: the one the sandbox started for this entry.
            QVERIFY2(!entry.newWorkflowRunId.isEmpty(), qPrintable(id));
            QCOMPARE(entry.newWorkflowRunId, sandboxRuns.value(id));
        }
        QCOMPARE(m_server->entryCount(), 0);
        qInfo("Window act crash test: %d IDs, %d confirmed before the kill, %d in flight, %d "
              "requests after it.",
              kIds, int(killed.confirmed.size()), int(killed.inFlight.size()),
              int(log.size() - killed.requests));
        // Nothing left: the journal is gone.
        QVERIFY(!SessionJournal::hasRecoverableSession(actDir()));

        // The history holds the continued run as one run of every ID, with their new runs.
        QVERIFY(recorded.count() == 1 || recorded.wait(10000));
        const std::optional<HistoryRun> run =
            history.loadRun(recorded.first().first().toLongLong());
        QVERIFY(run);
        QCOMPARE(run->count, kIds);
        QCOMPARE(run->action, QStringLiteral("resume"));
        int withRun = 0;
        for (const HistoryResult &result : run->results)
            withRun += result.newWorkflowRunId.isEmpty() ? 0 : 1;
        int ledgerRuns = 0;
        for (const LedgerEntry &entry : ledger.entries)
            ledgerRuns += entry.newWorkflowRunId.isEmpty() ? 0 : 1;
        QCOMPARE(withRun, ledgerRuns);
    }

    void forgetItRemovesTheRecordAndSendsNothing()
    {
        Killed killed;
        QVERIFY(killMidResume(&killed));
        QVERIFY(openWindow());
        QMessageBox *box = waitForBox("actRestoreBox");
        QVERIFY(box);
        // Held until answered: a new run would replace the record.
        ActPlan plan;
        plan.ids = {m_server->entryIds().value(0)};
        QVERIFY(!flow()->start(plan, {}));
        QTest::mouseClick(in<QPushButton>(box, "actRestoreForgetButton"), Qt::LeftButton);
        QVERIFY(!SessionJournal::hasRecoverableSession(actDir()));
        QVERIFY(!m_window->actSessionKeeper()->isPending());
        QCOMPARE(m_server->requests().size(), killed.requests);
        // A new window finds nothing to ask about.
        m_window.reset();
        QVERIFY(openWindow());
        QVERIFY(!m_window->actSessionKeeper()->isPending());
    }

    void anotherServerIsRefusedAndTheRecordKept()
    {
        Killed killed;
        QVERIFY(killMidResume(&killed));
        SandboxServer other;
        QVERIFY(other.listen());
        other.seed(kIds, 23);
        m_settings->settings->setCustomUrl(other.baseUrl());
        m_settings->settings->setToken(other.token());
        QVERIFY(openWindow());
        QMessageBox *box = waitForBox("actRestoreBox");
        QVERIFY(box);
        QVERIFY2(box->informativeText().contains(m_server->baseUrl().authority()),
                 qPrintable(box->informativeText()));
        QTest::mouseClick(in<QPushButton>(box, "actRestoreContinueButton"), Qt::LeftButton);
        QMessageBox *refused = waitForBox("actRestoreRefusedBox");
        QVERIFY(refused);
        QVERIFY2(refused->text().contains(QLatin1String("record is kept")),
                 qPrintable(refused->text()));
        QVERIFY(!flow()->isRunning());
        QCOMPARE(m_server->requests().size(), killed.requests);
        for (const SandboxRequest &request : other.requests())
            QVERIFY(request.method != "POST");
        QVERIFY(SessionJournal::hasRecoverableSession(actDir()));
        QCOMPARE(readInterruptedAct(actDir()).settled(), int(killed.confirmed.size()));
    }
};

QTEST_MAIN(tst_WindowActCrash)
#include "tst_windowactcrash.moc"
