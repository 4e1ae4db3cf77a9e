// An exported ledger reads back (dlqctl follow LEDGER.json): what following needs survives the
// round trip, and what is not a ledger is refused with a reason.
#include "results/ledgerfile.h"

#include <QTest>

using namespace dlq;

class tst_LedgerFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        Ledger ledger;
        ledger.action = EntryCall::Restart;
        ledger.host = QStringLiteral("qstash.example");
        ledger.reason = QStringLiteral("INC-9");
        LedgerEntry started;
        started.row.id = QStringLiteral("1752829295505-0");
        started.row.state = ResultState::Done;
        started.row.httpStatus = 200;
        started.row.attempts = 1;
        started.action = EntryCall::Restart;
        started.newWorkflowRunId = QStringLiteral("wfr_abc");
        started.newWorkflowCreatedAt = 1752829299999;
        started.followUp = FollowUp::FailedAgain;
        started.newDlqId = QStringLiteral("1752829300000-0");
        started.followUpNote = QStringLiteral("seen");
        started.followedAt = QDateTime::fromMSecsSinceEpoch(1752829301234, Qt::UTC);
        LedgerEntry refused;
        refused.row.id = QStringLiteral("1752829295505-1");
        refused.row.state = ResultState::InvalidId;
        refused.row.httpStatus = 400;
        refused.row.message = QStringLiteral("Incompatible step name");
        refused.action = EntryCall::Restart;
        LedgerEntry bulk = started;
        bulk.row.id = QStringLiteral("1752829295505-2");
        bulk.newWorkflowRunId.clear();
        bulk.newWorkflowCreatedAt = -1;
        bulk.chunk = 0;
        bulk.followUp = FollowUp::None;
        bulk.newDlqId.clear();
        bulk.followedAt = {};
        bulk.followUpNote.clear();
        ledger.entries = {started, refused, bulk};

        QString error;
        const std::optional<Ledger> read = readLedgerJson(ledger.toJson(), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->action, EntryCall::Restart);
        QCOMPARE(read->host, ledger.host);
        QCOMPARE(read->reason, ledger.reason);
        QCOMPARE(read->entries.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const LedgerEntry &a = ledger.entries.at(i);
            const LedgerEntry &b = read->entries.at(i);
            QCOMPARE(b.row.id, a.row.id);
            QCOMPARE(b.row.state, a.row.state);
            QCOMPARE(b.row.httpStatus, a.row.httpStatus);
            QCOMPARE(b.row.message, a.row.message);
            QCOMPARE(b.action, a.action);
            QCOMPARE(b.newWorkflowRunId, a.newWorkflowRunId);
            QCOMPARE(b.newWorkflowCreatedAt, a.newWorkflowCreatedAt);
            QCOMPARE(b.chunk, a.chunk);
            QCOMPARE(b.followUp, a.followUp);
            QCOMPARE(b.newDlqId, a.newDlqId);
            QCOMPARE(b.followUpNote, a.followUpNote);
            QCOMPARE(b.followedAt, a.followedAt);
            QCOMPARE(b.outcome(), a.outcome());
        }
    }

    void notALedger_refused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("id,action\n");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no action") << QByteArray("{\"results\": []}");
        QTest::newRow("delete export") << QByteArray("{\"host\": \"x\", \"results\": []}");
        QTest::newRow("bad result")
            << QByteArray("{\"action\": \"resume\", \"results\": [{\"id\": \"a\", \"result\": "
                          "\"maybe\"}]}");
        QTest::newRow("no id") << QByteArray(
            "{\"action\": \"resume\", \"results\": [{\"result\": \"done\"}]}");
    }

    void notALedger_refused()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!readLedgerJson(json, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_LedgerFile)
#include "tst_ledgerfile.moc"
