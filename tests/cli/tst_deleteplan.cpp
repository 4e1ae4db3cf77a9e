// planDelete in-process: what `dlqctl delete` decides before anything is sent or asked, without
// spawning the binary (tst_dlqctl checks the whole program).
#include "cli/deleteplan.h"
#include "cli/exitcodes.h"
#include "cli/tokensource.h"
#include "ids/idparser.h"
#include "results/resultsmodel.h"
#include "run/runcontroller.h"
#include "session/sessionjournal.h"
#include "settings/appsettings.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dlq;
using namespace dlq::cli;

namespace {

const QString kToken = QStringLiteral("plan-test-token-0123456789");
const QString kIdA = QStringLiteral("1752829295505-0");
const QString kIdB = QStringLiteral("1752829295506-1");

} // namespace

class TestDeletePlan : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<ResultsModel> m_model;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<RunController> m_controller;

    void reset(const QProcessEnvironment &env)
    {
        m_controller.reset();
        m_store = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")),
                                              QSettings::IniFormat);
        m_settings = std::make_unique<AppSettings>(m_store.get(), env);
        m_model = std::make_unique<ResultsModel>();
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_controller = std::make_unique<RunController>(m_model.get(), m_nam.get());
    }

    static QProcessEnvironment tokenEnv()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("QSTASH_TOKEN"), kToken);
        return env;
    }

    static DeleteOptions options(const QStringList &ids)
    {
        DeleteOptions o;
        o.ids = ids;
        o.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
        return o;
    }

    // The token as TokenSource finds it without a keychain; keychainToken_* pass their own.
    DeletePlan plan(const DeleteOptions &o) { return plan(o, findToken(o.tokenFile, *m_settings)); }

    DeletePlan plan(const DeleteOptions &o, const TokenLookup &token)
    {
        return planDelete(o, *m_settings, token, *m_model, *m_controller);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        reset(tokenEnv());
    }

    void noIds_stopsWithUsage()
    {
        const DeletePlan p = plan(options({}));
        QCOMPARE(p.step, DeletePlan::Step::Stop);
        QCOMPARE(p.exitCode, int(ExitUsage));
        QCOMPARE(p.error, QStringLiteral("No IDs found in the input."));
    }

    void validAndInvalidIds_runsOnlyTheValidOnes()
    {
        const DeletePlan p = plan(options({kIdA, QStringLiteral("wfr_abc"), kIdB, kIdA}));
        QCOMPARE(p.step, DeletePlan::Step::Run);
        QCOMPARE(p.exitCode, int(ExitOk));
        QCOMPARE(m_model->rowCount(), 3); // the duplicate is dropped
        QCOMPARE(p.sendIds, (QStringList{kIdA, kIdB}));
        QCOMPARE(p.sendRows.size(), 2);
        QCOMPARE(p.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QCOMPARE(p.hostLabel(), QStringLiteral("127.0.0.1:8080"));
        QCOMPARE(p.token.token, kToken);
        QVERIFY2(p.notes.contains(QStringLiteral("Input: ")), qPrintable(p.notes));
        QVERIFY2(p.notes.contains(QStringLiteral("wfr_abc")), qPrintable(p.notes));
        QVERIFY(!p.notes.contains(kToken));
    }

    void invisibleCharacter_sentOnlyWithAllowInvisible()
    {
        const QString zeroWidth =
            QStringLiteral("17528") + QChar(0x200B) + QStringLiteral("29295505-0");
        DeleteOptions o = options({kIdA, zeroWidth});
        DeletePlan p = plan(o);
        QCOMPARE(p.sendIds, QStringList{kIdA});
        QVERIFY2(p.notes.contains(QStringLiteral("U+200B")), qPrintable(p.notes));

        reset(tokenEnv());
        o.allowInvisible = true;
        p = plan(o);
        QCOMPARE(p.sendIds, (QStringList{kIdA, zeroWidth}));
    }

    void tokenInsideAnId_stopsWithoutNamingIt()
    {
        const DeletePlan p = plan(options({kIdA, QStringLiteral("x") + kToken}));
        QCOMPARE(p.step, DeletePlan::Step::Stop);
        QCOMPARE(p.exitCode, int(ExitUsage));
        QVERIFY2(p.error.contains(QStringLiteral("contains your API token")), qPrintable(p.error));
        QVERIFY(!p.error.contains(kToken));
        QVERIFY(!p.notes.contains(kToken));
    }

    void noToken_stopsButADryRunStillPlans()
    {
        reset(QProcessEnvironment());
        const DeletePlan run = plan(options({kIdA}));
        QCOMPARE(run.step, DeletePlan::Step::Stop);
        QCOMPARE(run.exitCode, int(ExitUsage));
        QVERIFY(!run.error.isEmpty());
        QCOMPARE(run.error, run.token.error);

        reset(QProcessEnvironment());
        DeleteOptions o = options({kIdA, kIdB, QStringLiteral("..")});
        o.dryRun = true;
        const DeletePlan dry = plan(o);
        QCOMPARE(dry.step, DeletePlan::Step::DryRun);
        QCOMPARE(dry.dryRunRequests.count(QStringLiteral("DELETE ")), 2);
        QVERIFY2(dry.dryRunRequests.contains(kIdA), qPrintable(dry.dryRunRequests));
        QVERIFY2(dry.dryRunSummary.contains(QStringLiteral("would send 2 DELETE requests for 2 "
                                                           "IDs to 127.0.0.1:8080; 1 invalid ID")),
                 qPrintable(dry.dryRunSummary));
    }

    void keychainToken_isJudgedLikeAnyOther()
    {
        // The command reads the keychain asynchronously and hands the plan what came back.
        reset(QProcessEnvironment());
        TokenLookup fromKeychain;
        fromKeychain.token = kToken;
        fromKeychain.source = QStringLiteral("the system keychain (DLQ Manager's token)");
        DeletePlan p = plan(options({kIdA}), fromKeychain);
        QCOMPARE(p.step, DeletePlan::Step::Run);
        QCOMPARE(p.token.token, kToken);
        QCOMPARE(p.token.source, fromKeychain.source);

        reset(QProcessEnvironment());
        p = plan(options({kIdA, kToken + QStringLiteral("-0")}), fromKeychain);
        QCOMPARE(p.step, DeletePlan::Step::Stop);
        QVERIFY2(p.error.contains(QStringLiteral("contains your API token")), qPrintable(p.error));

        reset(QProcessEnvironment());
        TokenLookup unreadable;
        unreadable.source = fromKeychain.source;
        unreadable.error = QStringLiteral("DLQ Manager keeps the token in the system keychain, "
                                          "which cannot be read: no Secret Service.");
        p = plan(options({kIdA}), unreadable);
        QCOMPARE(p.step, DeletePlan::Step::Stop);
        QCOMPARE(p.error, unreadable.error);
    }

    void bulkDryRun_sendsChunksOfTheBulkSendableIds()
    {
        QStringList ids;
        for (int i = 0; i < 250; ++i)
            ids.append(QStringLiteral("1752829295505-%1").arg(i));
        DeleteOptions o = options(ids);
        o.bulk = true;
        o.dryRun = true;
        const DeletePlan p = plan(o);
        QCOMPARE(p.step, DeletePlan::Step::DryRun);
        QCOMPARE(p.sendIds.size(), 250);
        QCOMPARE(p.dryRunRequests.count(QStringLiteral("DELETE ")), 3); // 100 + 100 + 50
        QVERIFY(p.notes.contains(QStringLiteral("bulk"), Qt::CaseInsensitive));
    }

    void unwritableOutput_stopsBeforeSending()
    {
        DeleteOptions o = options({kIdA});
        o.outputFile = m_dir.filePath(QStringLiteral("missing-dir/results.csv"));
        const DeletePlan p = plan(o);
        QCOMPARE(p.step, DeletePlan::Step::Stop);
        QCOMPARE(p.exitCode, int(ExitUsage));
        QVERIFY2(p.error.endsWith(QStringLiteral("Nothing was sent.")), qPrintable(p.error));

        reset(tokenEnv());
        o.outputFile = m_dir.filePath(QStringLiteral("results.csv"));
        QCOMPARE(plan(o).step, DeletePlan::Step::Run);
        QVERIFY(!QFile::exists(o.outputFile)); // only probed
    }

    void sandboxPresetWithoutBaseUrl_stops()
    {
        m_settings->setPreset(EndpointPreset::Sandbox);
        DeleteOptions o = options({kIdA});
        o.baseUrl = QUrl();
        const DeletePlan p = plan(o);
        QCOMPARE(p.step, DeletePlan::Step::Stop);
        QVERIFY2(p.error.contains(QStringLiteral("built-in sandbox")), qPrintable(p.error));
    }

    void sessions_strayIsRefusedAndResumeRestoresTheUnfinishedRows()
    {
        const QString dir = m_dir.filePath(QStringLiteral("session"));
        DeleteOptions o = options({});
        o.sessionDir = dir;
        o.resume = true;
        DeletePlan p = plan(o);
        QCOMPARE(p.step, DeletePlan::Step::Stop);
        QVERIFY2(p.error.contains(QStringLiteral("no unfinished session")), qPrintable(p.error));

        { // an interrupted session: one row settled, one still pending
            ResultsModel model;
            model.append(parseIds(QString(kIdA + QLatin1Char('\n') + kIdB)));
            SessionJournal journal(&model, dir);
            model.setState(0, ResultState::Deleted);
            journal.flush();
        }
        QVERIFY(SessionJournal::hasRecoverableSession(dir));

        reset(tokenEnv());
        o.resume = false;
        o.ids = QStringList{kIdA};
        p = plan(o);
        QCOMPARE(p.step, DeletePlan::Step::Stop);
        QVERIFY2(p.error.contains(QStringLiteral("unfinished session")), qPrintable(p.error));

        reset(tokenEnv());
        o.resume = true;
        o.ids.clear();
        p = plan(o);
        QCOMPARE(p.step, DeletePlan::Step::Run);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(p.sendIds, QStringList{kIdB});
        QVERIFY2(p.notes.contains(QStringLiteral("Restored 2 IDs")), qPrintable(p.notes));
    }
};

QTEST_GUILESS_MAIN(TestDeletePlan)
#include "tst_deleteplan.moc"
