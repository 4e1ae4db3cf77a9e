// Showing the DLQ tab loads its first page without Apply when a server and token are set, and
// says what to set when they are not; Refresh (F5) loads the first page again.

#include "support/dlqviewfixture.h"

#include <QStandardPaths>
#include <QTcpServer>

using namespace dlq;

namespace {

int listRequests(const SandboxServer &server)
{
    int count = 0;
    for (const SandboxRequest &r : server.requests())
        count += r.method == "GET" && r.path == "/v2/workflows/dlq";
    return count;
}

} // namespace

class TestDlqViewOpen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showingTheTabLoadsTheFirstPageWithoutApply()
    {
        DlqViewFixture f;
        QVERIFY(f.makeSandboxWindow());
        QCOMPARE(listRequests(*f.window->sandbox()), 0); // not before the tab is shown
        QTest::keyClick(f.window.get(), Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(f.model()->rowCount(), int(DlqEntriesModel::kPageSize));
        QVERIFY(f.waitIdle());
        QCOMPARE(f.loadedIds(), f.oracle({}).mid(0, DlqEntriesModel::kPageSize));
        QCOMPARE(listRequests(*f.window->sandbox()), 1);

        // Only the first showing loads: going back and forth keeps what is there.
        QTest::keyClick(f.window.get(), Qt::Key_1, Qt::ControlModifier);
        QTest::keyClick(f.window.get(), Qt::Key_2, Qt::ControlModifier);
        QVERIFY(f.view()->isVisible());
        QVERIFY(!f.model()->isLoading());
        QCOMPARE(listRequests(*f.window->sandbox()), 1);
    }

    void withoutATokenTheTabSaysWhatToSetAndSendsNothing()
    {
        DlqViewFixture f;
        SandboxServer server;
        QVERIFY(server.listen());
        server.seed(20);
        f.appSettings()->setCustomUrl(server.baseUrl());
        f.appSettings()->setPreset(EndpointPreset::Custom);
        f.appSettings()->markConfigured();
        QVERIFY(f.makeWindow());
        QTest::keyClick(f.window.get(), Qt::Key_2, Qt::ControlModifier);
        QVERIFY(f.view()->isVisible());
        const QString status = f.child<QLabel>("dlqLoadStatusLabel")->text();
        QVERIFY2(status.contains(QLatin1String("No token")), qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("Connection settings")), qPrintable(status));
        QVERIFY(!f.child<QPushButton>("dlqRefreshButton")->isEnabled());
        QTest::keyClick(f.view()->view(), Qt::Key_F5);
        QVERIFY(!f.model()->isLoading());
        QCOMPARE(f.model()->rowCount(), 0);
        QCOMPARE(server.requests().size(), 0);

        // Once a token is set, the shown tab loads by itself.
        f.appSettings()->setToken(server.token());
        QTRY_VERIFY(f.model()->rowCount() > 0);
        QVERIFY(listRequests(server) >= 1);
    }

    void refreshReloadsTheFirstPageByButtonAndF5()
    {
        DlqViewFixture f;
        QVERIFY(f.open());
        SandboxServer *server = f.window->sandbox();
        server->clearRequests();

        // Failed after the tab loaded: only a refresh shows it.
        const QString first = addNewest(*server, f.loadedIds().first());
        QCOMPARE(f.model()->rowOf(first), -1);
        QTest::mouseClick(f.child<QPushButton>("dlqRefreshButton"), Qt::LeftButton);
        QVERIFY(f.model()->isLoading());
        QVERIFY(f.waitIdle());
        QCOMPARE(listRequests(*server), 1);
        QCOMPARE(f.loadedIds().first(), first);
        QCOMPARE(f.model()->rowCount(), int(DlqEntriesModel::kPageSize));

        const QString second = addNewest(*server, first);
        f.view()->view()->setFocus();
        QTest::keyClick(f.view()->view(), Qt::Key_F5);
        QVERIFY(f.model()->isLoading());
        QVERIFY(f.waitIdle());
        QCOMPARE(listRequests(*server), 2);
        QCOMPARE(f.loadedIds().first(), second);
    }

    // Nothing listens on the port: the status leads with why, says nothing was loaded, and
    // never claims "all that match".
    void aDeadServerIsNamedFirstAndNeverAllThatMatch()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // connection refused from now on

        DlqViewFixture f;
        f.appSettings()->setCustomUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        f.appSettings()->setPreset(EndpointPreset::Custom);
        f.appSettings()->setToken(QStringLiteral("some-token-1234"));
        f.appSettings()->markConfigured();
        QVERIFY(f.makeWindow());
        QTest::keyClick(f.window.get(), Qt::Key_2, Qt::ControlModifier);
        QVERIFY(f.view()->isVisible());
        QVERIFY(f.model()->isLoading());
        QVERIFY(f.waitIdle());
        QCOMPARE(f.model()->rowCount(), 0);
        const QString status = f.child<QLabel>("dlqLoadStatusLabel")->text();
        QVERIFY2(status.startsWith(QLatin1String("Cannot reach 127.0.0.1")), qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("No entries were loaded.")), qPrintable(status));
        QVERIFY2(!status.contains(QLatin1String("all that match")), qPrintable(status));
    }

    // Stop loading keeps what came, and the status says the rest was not loaded.
    void stoppingALoadIsNotAllThatMatch()
    {
        DlqViewFixture f;
        QVERIFY(f.open());
        QTest::mouseClick(f.child<QPushButton>("dlqLoadAllButton"), Qt::LeftButton);
        QVERIFY(f.model()->isLoading());
        QTest::mouseClick(f.child<QPushButton>("dlqCancelLoadButton"), Qt::LeftButton);
        QVERIFY(f.waitIdle());
        QVERIFY(f.model()->rowCount() < TargetResolver::kSandboxEntries);
        const QString status = f.child<QLabel>("dlqLoadStatusLabel")->text();
        QVERIFY2(!status.contains(QLatin1String("all that match")), qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("stopped before the end")), qPrintable(status));
    }

private:
    // A copy of `newest` that failed a minute later, under a new ID; that ID.
    static QString addNewest(SandboxServer &server, const QString &newest)
    {
        QJsonObject entry = *server.entry(newest);
        const qint64 at = qint64(entry.value(QLatin1String("createdAt")).toDouble()) + 60000;
        const QString id = QString::number(at) + QStringLiteral("-0");
        entry.insert(QStringLiteral("dlqId"), id);
        entry.insert(QStringLiteral("createdAt"), double(at));
        return server.insertEntry(entry) ? id : QString();
    }
};

QTEST_MAIN(TestDlqViewOpen)
#include "tst_dlqviewopen.moc"
