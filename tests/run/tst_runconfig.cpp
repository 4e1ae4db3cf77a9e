// One home for limits: the engine, the window's settings and dlqctl agree on them.
#include "net/limits.h"
#include "run/runconfig.h"
#include "settings/appsettings.h"

#include <QTest>

using namespace dlq;

class TestRunConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalized_clampsToTheSharedLimits()
    {
        RunConfig config;
        config.concurrency = 1000;
        config.maxAttempts = 1000;
        config.chunkSize = 1000;
        const RunConfig n = config.normalized();
        QCOMPARE(n.concurrency, limits::kMaxConcurrency);
        QCOMPARE(n.maxAttempts, limits::kMaxAttempts);
        QCOMPARE(n.chunkSize, kMaxBulkIds);

        config.concurrency = 0;
        config.maxAttempts = -3;
        QCOMPARE(config.normalized().concurrency, 1);
        QCOMPARE(config.normalized().maxAttempts, 1);
    }

    void normalized_runsEverythingTheWindowAndDlqctlAccept()
    {
        // dlqctl accepts 1..limits::kMaxConcurrency, the window 1..AppSettings::kMaxConcurrency.
        for (int c = 1; c <= limits::kMaxConcurrency; ++c) {
            RunConfig config;
            config.concurrency = c;
            QCOMPARE(config.normalized().concurrency, c);
            QVERIFY(RunConfig::isConcurrencyInRange(c));
        }
        QVERIFY(!RunConfig::isConcurrencyInRange(limits::kMaxConcurrency + 1));
        QVERIFY(AppSettings::kMaxConcurrency <= limits::kMaxConcurrency);
        for (int a = 1; a <= AppSettings::kMaxMaxAttempts; ++a) {
            RunConfig config;
            config.maxAttempts = a;
            QCOMPARE(config.normalized().maxAttempts, a);
        }
    }

    void defaults_matchTheSettingsDefaults()
    {
        const RunConfig config;
        QCOMPARE(config.concurrency, AppSettings::kDefaultConcurrency);
        QCOMPARE(config.maxAttempts, AppSettings::kDefaultMaxAttempts);
    }
};

QTEST_GUILESS_MAIN(TestRunConfig)
#include "tst_runconfig.moc"
