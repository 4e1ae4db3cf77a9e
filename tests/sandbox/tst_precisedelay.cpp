// The sandbox's answer delay: never early (the latency is a promised minimum), once per start,
// a restart replaces the pending one, stop() means it never fires, and 0 still fires (a
// timerfd armed with zero would be disarmed instead). How close to the delay it fires is a
// speed figure: bench/run.sh --speed.

#include "sandbox/precisedelay.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace dlq;

namespace {

// A delay and what it emitted. A second one started later serves as the clock that bounds the
// wait for a (wrong) second firing: no sleeps.
struct Watched
{
    PreciseDelay delay;
    QSignalSpy fired{&delay, &PreciseDelay::timeout};
};

} // namespace

class tst_PreciseDelay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firesOnceAndNeverEarly();
    void aRestartReplacesThePendingDelay();
    void stoppedItNeverFires();
    void zeroFiresToo();
};

void tst_PreciseDelay::firesOnceAndNeverEarly()
{
    Watched delay;
    Watched later;
    QElapsedTimer clock;
    clock.start();
    delay.delay.start(30);
    later.delay.start(90);
    QVERIFY(delay.delay.isActive());
    QVERIFY(delay.fired.wait(5000));
    QVERIFY2(clock.nsecsElapsed() >= 30 * 1000 * 1000,
             qPrintable(QString::number(clock.nsecsElapsed())));
    QVERIFY(!delay.delay.isActive());
    QVERIFY(later.fired.wait(5000));
    QCOMPARE(delay.fired.size(), 1);
}

void tst_PreciseDelay::aRestartReplacesThePendingDelay()
{
    Watched delay;
    Watched later;
    QElapsedTimer clock;
    clock.start();
    delay.delay.start(60000);
    delay.delay.start(20);
    later.delay.start(80);
    QVERIFY(delay.fired.wait(5000));
    QVERIFY(clock.elapsed() >= 20);
    QVERIFY(clock.elapsed() < 60000);
    QVERIFY(later.fired.wait(5000));
    QCOMPARE(delay.fired.size(), 1);
}

void tst_PreciseDelay::stoppedItNeverFires()
{
    Watched delay;
    Watched later;
    delay.delay.start(10);
    later.delay.start(60);
    delay.delay.stop();
    QVERIFY(!delay.delay.isActive());
    QVERIFY(later.fired.wait(5000));
    QCOMPARE(delay.fired.size(), 0);
}

void tst_PreciseDelay::zeroFiresToo()
{
    Watched delay;
    delay.delay.start(0);
    QVERIFY(delay.fired.wait(5000));
    QCOMPARE(delay.fired.size(), 1);
}

QTEST_GUILESS_MAIN(tst_PreciseDelay)
#include "tst_precisedelay.moc"
