// ResultsModel and ResultFilterModel, checked by QAbstractItemModelTester throughout.
#include "ids/idparser.h"
#include "results/resultfiltermodel.h"
#include "results/resultsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace dlq;

class TestResultsModel : public QObject
{
    Q_OBJECT

private:
    static ResultRow outcome(ResultState state, int status, const QString &message = {})
    {
        ResultRow row;
        row.state = state;
        row.httpStatus = status;
        row.message = message;
        row.attempts = 1;
        row.durationMs = 12;
        row.finishedAt = QDateTime::currentDateTimeUtc();
        return row;
    }

private Q_SLOTS:
    void appendedIds_becomePendingOrInvalidRows()
    {
        ResultsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &ResultsModel::countsChanged);
        const int added =
            model.append(parseIds(u"1752829295505-0\n1752829295505-1\n../x\ndlq-12345"));
        QCOMPARE(added, 4);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(ResultColumn::Count));
        QCOMPARE(model.count(ResultState::Pending), 3);
        QCOMPARE(model.count(ResultState::Invalid), 1);
        QVERIFY(!counts.isEmpty());
        const QModelIndex invalid = model.index(2, ResultColumn::Result);
        QCOMPARE(invalid.data(ResultRole::State).toInt(), int(ResultState::Invalid));
        QVERIFY(!model.index(2, ResultColumn::Message).data().toString().isEmpty());
        QVERIFY(model.index(3, ResultColumn::Result)
                    .data()
                    .toString()
                    .contains(QStringLiteral("unusual")));
    }

    void appendingKnownIds_addsNothing()
    {
        ResultsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(parseIds(u"1-1 2-2"));
        QCOMPARE(model.append(parseIds(u"2-2 1-1")), 0);
        QCOMPARE(model.append(parseIds(u"3-3 1-1")), 1);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.contains(QStringLiteral("3-3")));
        QCOMPARE(model.idSet().size(), 3);
    }

    void outcome_changesExactlyTheRowsCells_andTheCounts()
    {
        ResultsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(parseIds(u"1-1 2-2 3-3"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setOutcome(1, outcome(ResultState::NotFound, 404, QStringLiteral("gone")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
        QCOMPARE(model.count(ResultState::NotFound), 1);
        QCOMPARE(model.count(ResultState::Pending), 2);
        QCOMPARE(model.index(1, ResultColumn::HttpStatus).data().toInt(), 404);
        QCOMPARE(model.index(1, ResultColumn::Attempts).data().toInt(), 1);
        QVERIFY(model.summary().contains(QStringLiteral("1 Not found")));
        // A retry adds attempts instead of forgetting the first one.
        model.setOutcome(1, outcome(ResultState::Deleted, 200));
        QCOMPARE(model.row(1).attempts, 2);
    }

    void removingScatteredRows_keepsTheOthersInOrder()
    {
        ResultsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(parseIds(u"0-0 1-1 2-2 3-3 4-4 5-5"));
        model.setOutcome(4, outcome(ResultState::Failed, 500));
        model.removeRowList({5, 1, 2, 1});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.row(0).id, QStringLiteral("0-0"));
        QCOMPARE(model.row(1).id, QStringLiteral("3-3"));
        QCOMPARE(model.row(2).id, QStringLiteral("4-4"));
        QCOMPARE(model.count(ResultState::Failed), 1);
        QCOMPARE(model.count(ResultState::Pending), 2);
        QVERIFY(!model.contains(QStringLiteral("1-1")));
        QCOMPARE(model.append(parseIds(u"1-1")), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.count(ResultState::Failed), 0);
    }

    void filterModel_sortsStatusNumerically_andFiltersByStateAndText()
    {
        ResultsModel model;
        ResultFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(parseIds(u"1-1 2-2 3-3 4-4"));
        model.setOutcome(0, outcome(ResultState::Failed, 500, QStringLiteral("boom")));
        model.setOutcome(1, outcome(ResultState::NotFound, 404));
        model.setOutcome(2, outcome(ResultState::Failed, 1000, QStringLiteral("odd")));
        // Row 3 has no status: it sorts last.
        proxy.sort(ResultColumn::HttpStatus, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, ResultColumn::HttpStatus).data().toInt(), 404);
        QCOMPARE(proxy.index(1, ResultColumn::HttpStatus).data().toInt(), 500);
        QCOMPARE(proxy.index(2, ResultColumn::HttpStatus).data().toInt(), 1000);
        QCOMPARE(proxy.index(3, ResultColumn::Id).data().toString(), QStringLiteral("4-4"));

        proxy.setStateFilter(ResultState::Failed);
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(proxy.allSourceRows(), (QList<int>{0, 2}));
        proxy.setTextFilter(QStringLiteral("BOOM"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.sourceRows({proxy.index(0, 0), proxy.index(0, 3)}), QList<int>{0});
        proxy.setStateFilter(std::nullopt);
        proxy.setTextFilter(QStringLiteral("4-4"));
        QCOMPARE(proxy.rowCount(), 1);
        // Rows that change state leave or join a filtered view by themselves.
        proxy.setTextFilter({});
        proxy.setStateFilter(ResultState::Pending);
        QCOMPARE(proxy.rowCount(), 1);
        model.setOutcome(3, outcome(ResultState::Deleted, 200));
        QCOMPARE(proxy.rowCount(), 0);
    }

    void resetOutcomes_makesRowsPendingAgain_andRestoreRowsKeepsEverything()
    {
        ResultsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(parseIds(u"1-1 2-2 ../x"));
        ResultRow deleted = outcome(ResultState::Deleted, 200);
        deleted.history = {AttemptInfo{503, QStringLiteral("HTTP 503"), 5, 100},
                           AttemptInfo{200, {}, 7, 0}};
        deleted.confirmedOnRetry = true;
        model.setOutcome(0, deleted);
        model.resetOutcomes({0, 2});
        QCOMPARE(model.row(0).state, ResultState::Pending);
        QCOMPARE(model.row(0).attempts, 0);
        QVERIFY(model.row(0).history.isEmpty());
        QVERIFY(!model.row(0).confirmedOnRetry);
        QCOMPARE(model.row(2).state, ResultState::Invalid);
        QCOMPARE(model.count(ResultState::Deleted), 0);
        QCOMPARE(model.count(ResultState::Pending), 2);

        ResultsModel restored;
        QAbstractItemModelTester tester2(&restored,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        ResultRow full = deleted;
        full.id = QStringLiteral("9-9");
        full.attempts = 2;
        QCOMPARE(restored.restoreRows({full, full}), 1);
        QCOMPARE(restored.row(0).history.size(), 2);
        QCOMPARE(restored.row(0).attempts, 2);
        QVERIFY(restored.row(0).confirmedOnRetry);
        QCOMPARE(restored.count(ResultState::Deleted), 1);
        QVERIFY(restored.contains(QStringLiteral("9-9")));
    }

    void markQueued_makesExactlyTheseRowsPending_andKeepsTheirHistory()
    {
        ResultsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(parseIds(QStringLiteral("1752829295505-1 1752829295505-2 1752829295505-3 "
                                             "1752829295505-4 1752829295505-5 1752829295505-6")));
        ResultRow rejected = outcome(ResultState::TokenRejected, 401, QStringLiteral("bad token"));
        rejected.history = {AttemptInfo{401, QStringLiteral("HTTP 401"), 12, 0}};
        model.setOutcome(0, rejected);
        model.setState(1, ResultState::NotSent,
                       QStringLiteral("Not sent: the server rejected the token, so the run "
                                      "stopped."));
        model.setOutcome(2, outcome(ResultState::Deleted, 200));
        model.setOutcome(3, outcome(ResultState::Failed, 503, QStringLiteral("unavailable")));
        model.setState(4, ResultState::NotSent, QStringLiteral("Not sent: cancelled."));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy counts(&model, &ResultsModel::countsChanged);
        model.markQueued({4, 0, 1, 3});
        QCOMPARE(changed.size(), 2); // rows 0-1 and 3-4, nothing of row 2
        QSet<int> changedRows;
        for (const QList<QVariant> &args : changed) {
            const QModelIndex top = args.at(0).toModelIndex();
            const QModelIndex bottom = args.at(1).toModelIndex();
            for (int r = top.row(); r <= bottom.row(); ++r)
                changedRows.insert(r);
        }
        QCOMPARE(changedRows, (QSet<int>{0, 1, 3, 4}));
        QCOMPARE(counts.size(), 1);
        for (int r : {0, 1, 3, 4}) {
            QCOMPARE(model.row(r).state, ResultState::Pending);
            QVERIFY(model.row(r).message.isEmpty());
            QCOMPARE(model.row(r).httpStatus, 0);
            QCOMPARE(model.index(r, ResultColumn::Result).data().toString(),
                     resultLabel(ResultState::Pending));
        }
        QCOMPARE(model.row(0).attempts, 1);
        QCOMPARE(model.row(0).history.size(), 1);
        QCOMPARE(model.row(2).state, ResultState::Deleted);
        QCOMPARE(model.count(ResultState::Pending), 5);
        QCOMPARE(model.count(ResultState::NotSent), 0);
        QCOMPARE(model.count(ResultState::TokenRejected), 0);
        QCOMPARE(model.count(ResultState::Failed), 0);
        QCOMPARE(model.count(ResultState::Deleted), 1);
    }

    void markQueued_signalsOnlyRowsThatChange()
    {
        // A run of 20 000 fresh rows must not cost 20 000 changes through the proxy.
        ResultsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(parseIds(QStringLiteral("1752829295505-1 1752829295505-2 1752829295505-3 "
                                             "1752829295505-4")));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy counts(&model, &ResultsModel::countsChanged);
        model.markQueued({0, 1, 2, 3});
        QCOMPARE(changed.size(), 0);
        QCOMPARE(counts.size(), 0);
        QCOMPARE(model.count(ResultState::Pending), 4);

        model.setOutcome(2, outcome(ResultState::Failed, 503, QStringLiteral("unavailable")));
        changed.clear();
        counts.clear();
        model.markQueued({0, 1, 2, 3});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
        QCOMPARE(counts.size(), 1);
        QCOMPARE(model.row(2).state, ResultState::Pending);
        QVERIFY(model.row(2).message.isEmpty());
        QCOMPARE(model.count(ResultState::Pending), 4);
        QCOMPARE(model.count(ResultState::Failed), 0);
    }

    void longMessages_showOneLineInTheCell_andEverythingInTheTooltip()
    {
        ResultsModel model;
        model.append(parseIds(u"1-1"));
        const QString message = QString(400, QLatin1Char('x')) + QStringLiteral("\nsecond line");
        model.setOutcome(0, outcome(ResultState::Failed, 500, message));
        const QString cell = model.index(0, ResultColumn::Message).data().toString();
        QVERIFY(cell.size() <= 301);
        QVERIFY(cell.endsWith(QStringLiteral("…")));
        QCOMPARE(model.index(0, ResultColumn::Message).data(Qt::ToolTipRole).toString(), message);
    }
};

QTEST_GUILESS_MAIN(TestResultsModel)
#include "tst_resultsmodel.moc"
