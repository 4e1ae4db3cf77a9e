// Parsing of dlqctl list and the act commands: dates, callback states, overrides and the rules
// that keep --matching scoped. Pure: no process, no network.
#include "cli/cliargs.h"
#include "cli/filterargs.h"

#include <QDateTime>
#include <QTest>

using namespace dlq;
using namespace dlq::cli;

class tst_ActArgs : public QObject
{
    Q_OBJECT

private:
    static CliArgs parse(const QStringList &rest)
    {
        return parseCliArgs(QStringList{QStringLiteral("dlqctl")} + rest);
    }

private Q_SLOTS:
    void timestamps()
    {
        QCOMPARE(args::parseTimestamp(QStringLiteral("1752829295505")).value_or(-1),
                 qint64(1752829295505));
        QCOMPARE(args::parseTimestamp(QStringLiteral("2025-07-18T09:00:00Z")).value_or(-1),
                 QDateTime(QDate(2025, 7, 18), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(args::parseTimestamp(QStringLiteral("2025-07-18T09:00:00.250+02:00")).value_or(-1),
                 QDateTime(QDate(2025, 7, 18), QTime(7, 0, 0, 250), Qt::UTC).toMSecsSinceEpoch());
        // Without a zone: local time.
        QCOMPARE(args::parseTimestamp(QStringLiteral("2025-07-18T09:00")).value_or(-1),
                 QDateTime(QDate(2025, 7, 18), QTime(9, 0)).toMSecsSinceEpoch());
        const qint64 start = QDate(2025, 7, 18).startOfDay().toMSecsSinceEpoch();
        QCOMPARE(args::parseTimestamp(QStringLiteral("2025-07-18")).value_or(-1), start);
        QCOMPARE(args::parseTimestamp(QStringLiteral("2025-07-18"), true).value_or(-1),
                 QDate(2025, 7, 19).startOfDay().toMSecsSinceEpoch() - 1);
        for (const char *bad : {"yesterday", "2025-13-01", "2025-07-18T25:00", "-5", ""})
            QVERIFY2(!args::parseTimestamp(QString::fromLatin1(bad)), bad);
    }

    void callbackStates()
    {
        QCOMPARE(args::callbackStateFromText(QStringLiteral("CALLBACK_FAIL")),
                 QStringLiteral("CALLBACK_FAIL"));
        QCOMPARE(args::callbackStateFromText(QStringLiteral("fail")),
                 QStringLiteral("CALLBACK_FAIL"));
        QCOMPARE(args::callbackStateFromText(QStringLiteral("in-progress")),
                 QStringLiteral("CALLBACK_INPROGRESS"));
        QCOMPARE(args::callbackStateFromText(QStringLiteral("Cancelled")),
                 QStringLiteral("CALLBACK_CANCELED"));
        QCOMPARE(args::callbackStateFromText(QStringLiteral("failed")), QString());
    }

    void list_readsEveryFilter()
    {
        const CliArgs a = parse({QStringLiteral("list"),      QStringLiteral("--workflow-url"),
                                 QStringLiteral("https://a"), QStringLiteral("--workflow-url"),
                                 QStringLiteral("https://b"), QStringLiteral("--run-id"),
                                 QStringLiteral("wfr_1"),     QStringLiteral("--label"),
                                 QStringLiteral("x"),         QStringLiteral("--callback-state"),
                                 QStringLiteral("fail"),      QStringLiteral("--caller-ip"),
                                 QStringLiteral("1.2.3.4"),   QStringLiteral("--flow-control-key"),
                                 QStringLiteral("k"),         QStringLiteral("--from-date"),
                                 QStringLiteral("1000"),      QStringLiteral("--to-date"),
                                 QStringLiteral("2000"),      QStringLiteral("--cap"),
                                 QStringLiteral("5")});
        QVERIFY2(a.ok(), qPrintable(a.error));
        QCOMPARE(a.command, Command::List);
        QCOMPARE(a.list.filter.workflowUrls,
                 (QStringList{QStringLiteral("https://a"), QStringLiteral("https://b")}));
        QCOMPARE(a.list.filter.workflowRunId, QStringLiteral("wfr_1"));
        QCOMPARE(a.list.filter.failureFunctionStates, QStringList{QStringLiteral("CALLBACK_FAIL")});
        QCOMPARE(a.list.filter.fromDate.value_or(-1), qint64(1000));
        QCOMPARE(a.list.filter.toDate.value_or(-1), qint64(2000));
        QCOMPARE(a.list.cap, 5);
    }

    void act_commandsAndOverrides()
    {
        const CliArgs a = parse(
            {QStringLiteral("restart"), QStringLiteral("--matching"), QStringLiteral("--label"),
             QStringLiteral("x"), QStringLiteral("--fast"), QStringLiteral("--set-retries"),
             QStringLiteral("3"), QStringLiteral("--set-label"), QStringLiteral("a"),
             QStringLiteral("--set-label"), QStringLiteral("b"), QStringLiteral("--reason"),
             QStringLiteral("INC-1")});
        QVERIFY2(a.ok(), qPrintable(a.error));
        QCOMPARE(a.command, Command::Act);
        QCOMPARE(a.act.action, EntryCall::Restart);
        QVERIFY(a.act.matching && a.act.fast);
        QCOMPARE(a.act.overrides.retries.value_or(-1), 3);
        QCOMPARE(a.act.overrides.labels, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(a.act.reason, QStringLiteral("INC-1"));

        const CliArgs del = parse({QStringLiteral("delete"), QStringLiteral("--matching"),
                                   QStringLiteral("--callback-state"), QStringLiteral("success")});
        QVERIFY2(del.ok(), qPrintable(del.error));
        QCOMPARE(del.command, Command::Act);
        QCOMPARE(del.act.action, EntryCall::Delete);
        // Plain delete still goes to the delete command.
        QCOMPARE(parse({QStringLiteral("delete"), QStringLiteral("x-1")}).command, Command::Delete);
        QCOMPARE(parse({QStringLiteral("cancel-callback"), QStringLiteral("x-1")}).act.action,
                 EntryCall::CancelCallback);
        // A token is never taken as an argument, by these commands either.
        const CliArgs token = parse(
            {QStringLiteral("resume"), QStringLiteral("--token=secret"), QStringLiteral("x-1")});
        QCOMPARE(token.exitCode, 2);
        QVERIFY(!token.error.contains(QLatin1String("secret")));
    }

    void follow_onlyForCommandsThatStartRuns()
    {
        const CliArgs resume = parse({QStringLiteral("resume"), QStringLiteral("--follow"),
                                      QStringLiteral("--follow-timeout"), QStringLiteral("30"),
                                      QStringLiteral("x-1")});
        QVERIFY2(resume.ok(), qPrintable(resume.error));
        QVERIFY(resume.act.follow.enabled);
        QCOMPARE(resume.act.follow.timeoutSeconds, 30);
        QCOMPARE(resume.act.follow.intervalSeconds, 5);
        QVERIFY(!parse({QStringLiteral("restart"), QStringLiteral("x-1")}).act.follow.enabled);
        QVERIFY(parse({QStringLiteral("retry-callback"), QStringLiteral("--follow"),
                       QStringLiteral("x-1")})
                    .act.follow.enabled);
        const CliArgs alone = parse({QStringLiteral("resume"), QStringLiteral("--follow-timeout"),
                                     QStringLiteral("30"), QStringLiteral("x-1")});
        QCOMPARE(alone.exitCode, 2);
        QVERIFY(alone.error.contains(QLatin1String("need --follow")));
        QCOMPARE(
            parse({QStringLiteral("resume"), QStringLiteral("--follow"),
                   QStringLiteral("--follow-timeout"), QStringLiteral("0"), QStringLiteral("x-1")})
                .exitCode,
            2);
        // Nothing to follow after a delete or a callback cancel.
        QCOMPARE(parse({QStringLiteral("cancel-callback"), QStringLiteral("--follow"),
                        QStringLiteral("x-1")})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(tst_ActArgs)
#include "tst_actargs.moc"
