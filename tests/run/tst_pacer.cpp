// The pacer on a fake clock: exact, no waiting.
#include "net/ratelimitheaders.h"
#include "net/retrypolicy.h"
#include "run/pacer.h"

#include <QTest>
#include <QTimeZone>

using namespace dlq;

class TestPacer : public QObject
{
    Q_OBJECT

private:
    qint64 now = 1000;
    Pacer make(double fixedRate, int window)
    {
        return Pacer(fixedRate, window, [this] { return now; });
    }

private Q_SLOTS:
    void init() { now = 1000; }

    void automaticPacer_startsUnlimited_withTheFullWindow()
    {
        Pacer p = make(0, 6);
        QCOMPARE(p.window(), 6);
        QCOMPARE(p.rate(), 0.0);
        for (int i = 0; i < 100; ++i) {
            QCOMPARE(p.delayBeforeNextMs(), 0);
            p.onSent();
        }
    }

    void fixedRate_spacesRequestsEvenly()
    {
        Pacer p = make(10, 6);
        QCOMPARE(p.delayBeforeNextMs(), 0);
        p.onSent();
        QCOMPARE(p.delayBeforeNextMs(), 100);
        now += 60;
        QCOMPARE(p.delayBeforeNextMs(), 40);
        now += 40;
        QCOMPARE(p.delayBeforeNextMs(), 0);
    }

    void fractionalIntervals_doNotLoseRate()
    {
        Pacer p = make(90, 16); // 11.1 ms apart: whole-ms rounding would give 83/s
        int sent = 0;
        const qint64 start = now;
        while (now < start + 10000) {
            const qint64 wait = p.delayBeforeNextMs();
            if (wait > 0) {
                now += wait;
                continue;
            }
            p.onSent();
            ++sent;
        }
        QVERIFY2(sent >= 899 && sent <= 901, qPrintable(QString::number(sent)));
    }

    void advertisedBurstLimit_capsTheRateBelowIt()
    {
        Pacer p = make(0, 16);
        RateLimitInfo info;
        info.burstLimit = 100;
        info.burstRemaining = 80;
        p.onAnswer(info, 3, 0, true);
        QCOMPARE(p.rate(), 90.0);
        // Success never pushes it above the ceiling.
        for (int i = 0; i < 100; ++i)
            p.onAnswer(info, 3, 0, true);
        QCOMPARE(p.rate(), 90.0);
    }

    void userRate_winsOverAHigherAdvertisedLimit()
    {
        Pacer p = make(20, 6);
        RateLimitInfo info;
        info.burstLimit = 100;
        p.onAnswer(info, 1, 0, true);
        QCOMPARE(p.rate(), 20.0);
    }

    void rateLimited_halvesWindowAndRate_andHoldsEverything()
    {
        Pacer p = make(0, 16);
        for (int i = 0; i < 100; ++i) {
            now += 10;
            p.onSent();
        }
        p.onRateLimited(500);
        QCOMPARE(p.window(), 8);
        QCOMPARE(p.rate(), 50.0); // half of the 100/s observed over the last second
        QCOMPARE(p.delayBeforeNextMs(), 500);
        now += 500;
        QCOMPARE(p.delayBeforeNextMs(), 0);
        QCOMPARE(p.rateLimitedCount(), 1);
    }

    void several429sWithinASecond_slowTheRunDownOnce()
    {
        Pacer p = make(0, 16);
        RateLimitInfo info;
        info.burstLimit = 100;
        p.onAnswer(info, 0, 0, true);
        p.onRateLimited(0);
        p.onRateLimited(0);
        now += 500;
        p.onRateLimited(0);
        QCOMPARE(p.window(), 8);
        QCOMPARE(p.rate(), 45.0);
        QCOMPARE(p.rateLimitedCount(), 3);
        now += 600;
        p.onRateLimited(0);
        QCOMPARE(p.window(), 4);
        QCOMPARE(p.rate(), 22.5);
        // Never below a quarter of the advertised limit.
        for (int i = 0; i < 5; ++i) {
            now += 1000;
            p.onRateLimited(0);
        }
        QCOMPARE(p.rate(), 22.5);
        QCOMPARE(p.window(), 1);
    }

    void afterRateLimit_theRunSpeedsUpAgainGradually()
    {
        Pacer p = make(0, 8);
        RateLimitInfo info;
        info.burstLimit = 100;
        p.onAnswer(info, 0, 0, true);
        p.onRateLimited(0);
        QCOMPARE(p.window(), 4);
        QCOMPARE(p.rate(), 45.0);
        double previous = p.rate();
        int steps = 0;
        while (p.rate() < 90.0 && steps < 1000) {
            p.onAnswer(RateLimitInfo{}, 0, 0, true);
            QVERIFY(p.rate() >= previous);
            previous = p.rate();
            ++steps;
        }
        QCOMPARE(p.rate(), 90.0);
        QVERIFY2(steps > 10, "recovery must be gradual");
        QCOMPARE(p.window(), 8);
    }

    void nothingLeftInTheWindow_holdsUntilTheReset()
    {
        Pacer p = make(0, 6);
        RateLimitInfo info;
        info.burstLimit = 100;
        info.burstRemaining = 2;
        const qint64 utcNow = 1'700'000'000'000;
        info.burstResetMs = utcNow + 300;
        p.onAnswer(info, 3, utcNow, true);
        QCOMPARE(p.delayBeforeNextMs(), 300);
        // Plenty left: no hold.
        Pacer q = make(0, 6);
        info.burstRemaining = 50;
        q.onAnswer(info, 3, utcNow, true);
        QCOMPARE(q.delayBeforeNextMs(), 0);
    }

    void resetHeader_acceptsSecondsAndMilliseconds_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("seconds") << QByteArray("1752829295") << qint64(1752829295000);
        QTest::newRow("milliseconds") << QByteArray("1752829295505") << qint64(1752829295505);
        QTest::newRow("fraction") << QByteArray("1752829295.5") << qint64(1752829295500);
        QTest::newRow("spaces") << QByteArray(" 1752829295 ") << qint64(1752829295000);
    }
    void resetHeader_acceptsSecondsAndMilliseconds()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        QCOMPARE(parseResetTimeMs(value), std::optional<qint64>(expectedMs));
    }

    void badResetHeaders_areIgnored()
    {
        QVERIFY(!parseResetTimeMs("soon"));
        QVERIFY(!parseResetTimeMs(""));
        QVERIFY(!parseResetTimeMs("-5"));
    }

    void retryAfter_acceptsSecondsAndHttpDates()
    {
        const qint64 now =
            QDateTime(QDate(2015, 10, 21), QTime(7, 27, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QCOMPARE(parseRetryAfterMs("120", now), std::optional<qint64>(120000));
        QCOMPARE(parseRetryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT", now),
                 std::optional<qint64>(60000));
        QCOMPARE(parseRetryAfterMs("Wed, 21 Oct 2015 07:00:00 GMT", now), std::optional<qint64>(0));
        QVERIFY(!parseRetryAfterMs("later", now));
    }

    void serverRequestedWait_prefersRetryAfter_thenTheBurstReset_thenOneSecond()
    {
        RateLimitInfo info;
        QCOMPARE(serverRequestedWaitMs(503, info, 0), qint64(-1));
        QCOMPARE(serverRequestedWaitMs(429, info, 0), qint64(1000));
        info.burstResetMs = 5300;
        QCOMPARE(serverRequestedWaitMs(429, info, 5000), qint64(300));
        QCOMPARE(serverRequestedWaitMs(503, info, 5000), qint64(-1));
        info.retryAfterMs = 2000;
        QCOMPARE(serverRequestedWaitMs(429, info, 5000), qint64(2000));
        QCOMPARE(serverRequestedWaitMs(503, info, 5000), qint64(2000));
        info.retryAfterMs = 24 * 3600 * 1000;
        QCOMPARE(serverRequestedWaitMs(503, info, 5000), kMaxServerWaitMs);
        info.dailyResetMs = 1752829295000;
        QVERIFY(dailyQuotaMessage(info).startsWith(
            QStringLiteral("Daily request quota reached; resets at ")));
    }

    void dailyQuota_isRecognisedOnlyOnA429WithRateLimitHeaders()
    {
        ReplyOutcome outcome;
        outcome.httpStatus = 429;
        outcome.headers = {{"ratelimit-limit", "1000"},
                           {"ratelimit-remaining", "0"},
                           {"ratelimit-reset", "1752829295"}};
        RateLimitInfo info = readRateLimit(outcome, 0);
        QVERIFY(info.dailyQuotaExhausted);
        QCOMPARE(info.dailyResetMs, std::optional<qint64>(1752829295000));
        outcome.headers = {{"burst-ratelimit-limit", "100"}, {"burst-ratelimit-remaining", "0"}};
        info = readRateLimit(outcome, 0);
        QVERIFY(!info.dailyQuotaExhausted);
        QCOMPARE(info.burstLimit, std::optional<int>(100));
        outcome.httpStatus = 200;
        outcome.headers = {{"ratelimit-limit", "1000"}, {"ratelimit-remaining", "999"}};
        QVERIFY(!readRateLimit(outcome, 0).dailyQuotaExhausted);
    }
};

QTEST_GUILESS_MAIN(TestPacer)
#include "tst_pacer.moc"
