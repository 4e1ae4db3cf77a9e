// ExportTracker follows the model: a row with a result is unexported until an export holds it,
// and again once its result changes.
#include "ids/idparser.h"
#include "results/exporttracker.h"
#include "results/resultsmodel.h"

#include <QTest>

using namespace dlq;

namespace {
ResultRow sent(ResultState state, int status)
{
    ResultRow row;
    row.state = state;
    row.httpStatus = status;
    row.attempts = 1;
    return row;
}
} // namespace

class TestExportTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsWithResultsAreUnexportedUntilExported()
    {
        ResultsModel model;
        ExportTracker tracker(&model);
        model.append(parseIds(QStringLiteral("1752829295505-0 1752829295505-1 1752829295505-2")));
        QCOMPARE(tracker.unexportedCount(), 0); // pending IDs hold no result yet
        model.setState(2, ResultState::NotSent, QStringLiteral("Not sent: cancelled."));
        QCOMPARE(tracker.unexportedCount(), 0); // never sent: nothing to lose

        model.setOutcome(0, sent(ResultState::Deleted, 200));
        model.setOutcome(1, sent(ResultState::Failed, 503));
        QCOMPARE(tracker.unexportedCount(), 2);
        QCOMPARE(tracker.unexportedIn({1, 2}), 1);

        tracker.markExported({0});
        QCOMPARE(tracker.unexportedCount(), 1);
        QCOMPARE(tracker.unexportedIn({0}), 0);

        model.setOutcome(0, sent(ResultState::Deleted, 200)); // a later result: not exported
        QCOMPARE(tracker.unexportedIn({0}), 1);

        model.removeRowList({0});
        QCOMPARE(tracker.unexportedCount(), 1);
        QCOMPARE(tracker.unexportedIn({0}), 1); // the Failed row moved up

        model.resetOutcomes({0});
        QCOMPARE(tracker.unexportedCount(), 0);

        QList<ResultRow> restored = {model.row(0)};
        restored[0].id = QStringLiteral("1752829295505-9");
        restored[0].attempts = 2;
        model.restoreRows(restored);
        QCOMPARE(tracker.unexportedCount(), 1);
        model.clear();
        QCOMPARE(tracker.unexportedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestExportTracker)
#include "tst_exporttracker.moc"
