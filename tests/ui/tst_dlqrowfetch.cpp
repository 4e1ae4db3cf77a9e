// The DLQ tab re-reads the current row with GET /{id}; holding an arrow key over many rows
// sends that GET only for the row the user stops on, not for every row passed.

#include "support/dlqviewfixture.h"

#include "ui/browse/entrydetailspane.h"

#include <QStandardPaths>

using namespace dlq;

namespace {

constexpr int kRowsPassed = 20;
// About a held key's auto-repeat interval: long enough for a request to leave between rows.
constexpr int kRepeatMs = 30;

const QByteArray kEntryPrefix = "/v2/workflows/dlq/";

// The DLQ IDs of the GET /{id} requests the sandbox received, in order.
QStringList entryGets(const SandboxServer &server)
{
    QStringList ids;
    for (const SandboxRequest &r : server.requests()) {
        if (r.method == "GET" && r.path.startsWith(kEntryPrefix))
            ids << QUrl::fromPercentEncoding(r.path.mid(kEntryPrefix.size()));
    }
    return ids;
}

QString currentId(const QTableView *view)
{
    return view->currentIndex().siblingAtColumn(DlqColumn::DlqId).data(DlqRole::DlqId).toString();
}

} // namespace

class TestDlqRowFetch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void holdingDownOverManyRowsFetchesOnlyTheRowStoppedOn()
    {
        DlqViewFixture f;
        QVERIFY(f.open());
        QTest::mouseClick(f.child<QPushButton>("dlqApplyButton"), Qt::LeftButton);
        QVERIFY(f.waitIdle());
        QVERIFY(f.model()->rowCount() > kRowsPassed);
        SandboxServer *server = f.window->sandbox();
        auto *view = f.child<QTableView>("dlqEntriesView");
        EntryDetailsPane *pane = f.view()->details();

        // The first row, read again from the server, as a user clicks it.
        QTRY_VERIFY(view->visualRect(view->model()->index(0, 0)).height() > 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(view->model()->index(0, 0)).center());
        const QString first = currentId(view);
        QVERIFY(!first.isEmpty());
        QTRY_VERIFY(entryGets(*server).contains(first) && pane->statusText().isEmpty());
        server->clearRequests();

        for (int i = 0; i < kRowsPassed; ++i)
            QTest::keyClick(view, Qt::Key_Down, Qt::NoModifier, kRepeatMs);
        const QString last = currentId(view);
        QVERIFY(last != first);
        QCOMPARE(view->currentIndex().row(), kRowsPassed);

        // The pane shows the last row as the server has it now.
        QTRY_COMPARE(pane->dlqId(), last);
        QTRY_VERIFY(entryGets(*server).contains(last) && pane->statusText().isEmpty());
        const QStringList gets = entryGets(*server);
        QVERIFY2(gets.size() <= 2, qPrintable(gets.join(QLatin1Char(' '))));
        for (const QString &id : gets)
            QCOMPARE(id, last);
    }
};

QTEST_MAIN(TestDlqRowFetch)
#include "tst_dlqrowfetch.moc"
