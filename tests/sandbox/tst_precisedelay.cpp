// The sandbox's answer delay: never early (the latency is a promised minimum), once per start,
// a restart replaces the pending one, stop() means it never fires, and 0 still fires (a
// timerfd armed with zero would be disarmed instead). How close to the delay it fires is a
// speed figure: bench/run.sh --speed.

#include "sandbox/precisedelay.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace dlq;

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
    PreciseDelay delay;
    QSignalSpy fired(&delay, &PreciseDelay::timeout);
    // A later reference delay bounds the wait for a second (wrong) firing.
    PreciseDelay later;
    QSignalSpy laterFired(&later, &PreciseDelay::timeout);
    QElapsedTimer clock;
    clock.start();
    delay.start(30);
    later.start(90);
    QVERIFY(delay.isActive());
    QVERIFY(fired.wait(5000));
    QVERIFY2(clock.nsecsElapsed() >= 30 * 1000 * 1000,
             qPrintable(QString::number(clock.nsecsElapsed())));
    QVERIFY(!delay.isActive());
    QVERIFY(laterFired.wait(5000));
    QCOMPARE(fired.size(), 1);
}

void tst_PreciseDelay::aRestartReplacesThePendingDelay()
{
    PreciseDelay delay;
    QSignalSpy fired(&delay, &PreciseDelay::timeout);
    PreciseDelay reference;
    QSignalSpy referenceFired(&reference, &PreciseDelay::timeout);
    QElapsedTimer clock;
    clock.start();
    delay.start(60000);
    delay.start(20);
    reference.start(80);
    QVERIFY(fired.wait(5000));
    QVERIFY(clock.elapsed() >= 20);
    QVERIFY(clock.elapsed() < 60000);
    QVERIFY(referenceFired.wait(5000));
    QCOMPARE(fired.size(), 1);
}

void tst_PreciseDelay::stoppedItNeverFires()
{
    PreciseDelay delay;
    QSignalSpy fired(&delay, &PreciseDelay::timeout);
    PreciseDelay reference;
    QSignalSpy referenceFired(&reference, &PreciseDelay::timeout);
    delay.start(10);
    reference.start(60);
    delay.stop();
    QVERIFY(!delay.isActive());
    QVERIFY(referenceFired.wait(5000));
    QCOMPARE(fired.size(), 0);
}

void tst_PreciseDelay::zeroFiresToo()
{
    PreciseDelay delay;
    QSignalSpy fired(&delay, &PreciseDelay::timeout);
    delay.start(0);
    QVERIFY(fired.wait(5000));
    QCOMPARE(fired.size(), 1);
}

QTEST_GUILESS_MAIN(tst_PreciseDelay)
#include "tst_precisedelay.moc"
