// Issue 9's crash test for actions: a real `dlqctl resume --session DIR` is killed with SIGKILL
// while requests are in flight, then continued with --resume. Resuming is not idempotent (each
// call starts a new run), so the sandbox's request log must show that nothing the journal had
// confirmed was sent again, that every ID in flight at the kill was looked up (GET) before
// anything else, and the final sandbox state must equal the ledger the second run prints.
#include "sandbox/sandboxserver.h"
#include "session/sessionrecovery.h"
#include "support/dlqctlenv.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <signal.h>

using namespace dlq;

namespace {

constexpr int kTimeoutMs = 120000;

// The DLQ IDs one request names: the last path segment, or the bulk call's dlqIds.
QStringList idsOf(const SandboxRequest &request)
{
    const QString path = QString::fromLatin1(request.path);
    const QString last = QUrl::fromPercentEncoding(path.section(QLatin1Char('/'), -1).toLatin1());
    if (last != QLatin1String("resume") && last != QLatin1String("restart"))
        return {last};
    return QUrlQuery(QString::fromLatin1(request.query))
        .allQueryItemValues(QStringLiteral("dlqIds"), QUrl::FullyDecoded);
}

bool isAction(const SandboxRequest &request)
{
    return request.method == "POST";
}

} // namespace

class tst_ActCrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedResume_resendsNothingConfirmed_andLooksUpWhatWasInFlight_data();
    void killedResume_resendsNothingConfirmed_andLooksUpWhatWasInFlight();
};

void tst_ActCrashRecovery::killedResume_resendsNothingConfirmed_andLooksUpWhatWasInFlight_data()
{
    QTest::addColumn<bool>("fast");
    QTest::addColumn<int>("ids");
    QTest::addColumn<int>("latencyMs");
    QTest::addColumn<int>("killAfter"); // entries resumed on the server before the kill
    QTest::newRow("per ID") << false << 400 << 15 << 120;
    QTest::newRow("bulk chunks") << true << 600 << 400 << 200;
}

void tst_ActCrashRecovery::killedResume_resendsNothingConfirmed_andLooksUpWhatWasInFlight()
{
    QFETCH(bool, fast);
    QFETCH(int, ids);
    QFETCH(int, latencyMs);
    QFETCH(int, killAfter);

    SandboxServer server;
    QVERIFY(server.listen());
    const QStringList seeded = server.seed(ids, 11);
    server.setLatencyMs(latencyMs);

    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString idFile = home.filePath(QStringLiteral("ids.txt"));
    {
        QFile file(idFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(seeded.join(QLatin1Char('\n')).toUtf8());
    }
    const QString sessionDir = home.filePath(QStringLiteral("session"));
    const QProcessEnvironment env = test::dlqctlEnvironment(home, SandboxServer::defaultToken());
    const QString baseUrl = server.baseUrl().toString();
    QStringList common{QStringLiteral("--yes"),
                       QStringLiteral("--session"),
                       sessionDir,
                       QStringLiteral("--base-url"),
                       baseUrl,
                       QStringLiteral("--format"),
                       QStringLiteral("json")};

    // Run 1: killed with requests in flight.
    QProcess first;
    first.setProcessEnvironment(env);
    QSignalSpy firstFinished(&first, &QProcess::finished);
    // One chunk at a time, so the kill lands with exactly one in flight.
    QStringList firstArgs{QStringLiteral("resume"), QStringLiteral("--from"), idFile,
                          QStringLiteral("--concurrency"),
                          fast ? QStringLiteral("1") : QStringLiteral("6")};
    if (fast)
        firstArgs << QStringLiteral("--fast");
    first.start(QStringLiteral(DLQCTL_PATH), firstArgs + common);
    QVERIFY(first.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(server.entryCount() <= ids - killAfter || !firstFinished.isEmpty(),
                             kTimeoutMs);
    QVERIFY2(firstFinished.isEmpty(), "dlqctl finished before it could be killed");
    QCOMPARE(::kill(pid_t(first.processId()), SIGKILL), 0);
    QVERIFY(firstFinished.wait(10000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);
    // What the killed process had sent may still be applied here.
    QTRY_COMPARE_WITH_TIMEOUT(server.inFlight(), 0, 10000);
    QVERIFY(server.entryCount() > 0);

    // What the journal holds is what the killed run knew: confirmed, or in flight.
    const RecoveredSession journaled = readSession(sessionDir);
    QVERIFY2(journaled.warnings.isEmpty(), qPrintable(journaled.warnings.join(QLatin1Char(' '))));
    QSet<QString> confirmed;
    for (const ResultRow &row : journaled.rows) {
        if (row.state == ResultState::Done)
            confirmed.insert(row.id);
    }
    const QSet<QString> inFlight = journaled.unknownOutcomeIds;
    QVERIFY(!confirmed.isEmpty());
    QVERIFY2(!inFlight.isEmpty(), "the kill found nothing in flight; the test proves nothing");
    const qsizetype firstRunRequests = server.requests().size();

    // Run 2: restore and continue.
    QProcess second;
    second.setProcessEnvironment(env);
    QSignalSpy secondFinished(&second, &QProcess::finished);
    second.start(QStringLiteral(DLQCTL_PATH),
                 QStringList{QStringLiteral("resume"), QStringLiteral("--resume"),
                             QStringLiteral("--concurrency"), QStringLiteral("6")} +
                     common);
    QVERIFY(second.waitForStarted(10000));
    QVERIFY(secondFinished.wait(kTimeoutMs));
    const QByteArray out = second.readAllStandardOutput();
    const QString err = QString::fromUtf8(second.readAllStandardError());
    QVERIFY2(second.exitStatus() == QProcess::NormalExit && second.exitCode() == 0,
             qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("%1 in flight").arg(inFlight.size())), qPrintable(err));

    // The request log: nothing confirmed went out again; what was in flight was looked up first.
    const QList<SandboxRequest> log = server.requests();
    QHash<QString, QStringList> secondRun; // ID -> "GET"/"POST", in order
    QHash<QString, int> actions;           // ID -> POSTs naming it, both runs
    for (qsizetype i = 0; i < log.size(); ++i) {
        const SandboxRequest &request = log.at(i);
        for (const QString &id : idsOf(request)) {
            if (isAction(request))
                ++actions[id];
            if (i >= firstRunRequests)
                secondRun[id].append(QString::fromLatin1(request.method));
        }
    }
    for (const QString &id : confirmed)
        QVERIFY2(!secondRun.contains(id), qPrintable(id + QStringLiteral(" was sent again")));
    for (const QString &id : inFlight) {
        QVERIFY2(secondRun.value(id).value(0) == QLatin1String("GET"),
                 qPrintable(id + QStringLiteral(": ") + secondRun.value(id).join(u',')));
    }

    // The ledger covers every ID once and agrees with the sandbox.
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    const QJsonArray results = doc.object().value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), qsizetype(ids));
    QSet<QString> reported;
    int gone = 0;
    int stillThere = 0;
    for (const QJsonValue &value : results) {
        const QJsonObject item = value.toObject();
        const QString id = item.value(QLatin1String("id")).toString();
        const QString outcome = item.value(QLatin1String("outcome")).toString();
        const QString lookup = item.value(QLatin1String("lookup")).toString();
        QVERIFY2(!reported.contains(id), qPrintable(id));
        reported.insert(id);
        QVERIFY2(!server.contains(id), qPrintable(id + QStringLiteral(" is still in the DLQ")));
        if (inFlight.contains(id)) {
            QVERIFY2(lookup == QLatin1String("gone") || lookup == QLatin1String("still_in_dlq"),
                     qPrintable(id + QStringLiteral(" was not looked up")));
        } else {
            QVERIFY2(lookup.isEmpty(), qPrintable(id));
        }
        if (lookup == QLatin1String("gone")) {
            ++gone;
            QCOMPARE(outcome, QStringLiteral("outcome_unknown"));
            QVERIFY(item.value(QLatin1String("message"))
                        .toString()
                        .contains(QLatin1String("entry no longer in the DLQ")));
            QCOMPARE(actions.value(id), 1); // the killed run's request, and nothing since
            continue;
        }
        stillThere += lookup == QLatin1String("still_in_dlq") ? 1 : 0;
        // Started exactly once on the server, even when it went out twice.
        QVERIFY2(
            outcome == QLatin1String(fast ? "started_in_bulk" : "started") ||
                (lookup == QLatin1String("still_in_dlq") && outcome == QLatin1String("started")),
            qPrintable(id + QStringLiteral(": ") + outcome));
        QVERIFY(actions.value(id) <= (lookup == QLatin1String("still_in_dlq") ? 2 : 1));
        // Per ID, the answer names the new run (bulk answers do not say which ID it is for).
        if (outcome == QLatin1String("started"))
            QVERIFY2(item.value(QLatin1String("newWorkflowRunId")).isString(), qPrintable(id));
    }
    QCOMPARE(reported, QSet<QString>(seeded.cbegin(), seeded.cend()));
    QCOMPARE(server.entryCount(), 0);
    // Nothing left: the session is gone.
    QVERIFY(readSession(sessionDir).rows.isEmpty());
    qInfo("Act crash test (%s): %d IDs, %d confirmed before the kill, %d in flight: %d gone, "
          "%d still in the DLQ and sent again; %d requests in the second run.",
          fast ? "bulk" : "per ID", ids, int(confirmed.size()), int(inFlight.size()), gone,
          stillThere, int(log.size() - firstRunRequests));
}

QTEST_GUILESS_MAIN(tst_ActCrashRecovery)
#include "tst_actcrashrecovery.moc"
