// ResultFilterModel against a brute-force filter and stable sort of a few thousand generated
// rows, for every sort column and order with state and text filters, and while rows are
// appended, change, are queued again and removed, with QAbstractItemModelTester watching.
#include "results/resultcolumns.h"
#include "results/resultfiltermodel.h"
#include "results/resultsmodel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace dlq;

namespace {

const QStringList kMessages = {QString(),
                               QStringLiteral("Not Found"),
                               QStringLiteral("HTTP 503 Service Unavailable"),
                               QStringLiteral("connection reset"),
                               QStringLiteral("Bad Request: ID abc"),
                               QStringLiteral("deleted")};

class RowMaker
{
public:
    explicit RowMaker(quint32 seed) : m_random(seed) {}

    int below(int n) { return int(m_random.bounded(n)); }

    // Same-status and same-message rows on purpose: equal keys must keep source order.
    ResultRow outcome()
    {
        ResultRow row;
        row.state = ResultState(below(kResultStateCount));
        static const int statuses[] = {0, 200, 404, 500, 503, 1000, 99};
        row.httpStatus = statuses[below(7)];
        row.message = kMessages.at(below(int(kMessages.size())));
        row.attempts = below(4);
        row.durationMs = below(5) == 0 ? -1 : below(3000);
        if (below(4) != 0)
            row.finishedAt = QDateTime::fromMSecsSinceEpoch(1764547200000LL + below(100000));
        return row;
    }

    ResultRow fresh()
    {
        ResultRow row = outcome();
        // Mixed case, so the filter's case-insensitivity and the ID sort's case-sensitivity
        // both matter.
        row.id = below(3) == 0 ? QStringLiteral("wfr_%1Ab%2").arg(below(1000)).arg(m_next++)
                               : QStringLiteral("1752829295505-%1").arg(m_next++);
        return row;
    }

    QList<ResultRow> freshRows(int count)
    {
        QList<ResultRow> rows;
        for (int i = 0; i < count; ++i)
            rows.append(fresh());
        return rows;
    }

private:
    QRandomGenerator m_random;
    int m_next = 0;
};

struct Query
{
    int column = -1;
    Qt::SortOrder order = Qt::AscendingOrder;
    std::optional<ResultState> state;
    QString text;
};

// What the table should show, worked out the slow and obvious way.
QList<int> expectedRows(const ResultsModel &model, const Query &q)
{
    QList<int> rows;
    const QString text = q.text.trimmed();
    for (int r = 0; r < model.rowCount(); ++r) {
        const ResultRow &row = model.row(r);
        if (q.state && row.state != *q.state)
            continue;
        if (!row.id.contains(text, Qt::CaseInsensitive) &&
            !row.message.contains(text, Qt::CaseInsensitive))
            continue;
        rows.append(r);
    }
    if (q.column >= 0) {
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            const QPartialOrdering c =
                QVariant::compare(model.index(a, q.column).data(ResultRole::Sort),
                                  model.index(b, q.column).data(ResultRole::Sort));
            return q.order == Qt::AscendingOrder ? c == QPartialOrdering::Less
                                                 : c == QPartialOrdering::Greater;
        });
    }
    return rows;
}

QList<int> shownRows(const ResultFilterModel &proxy)
{
    QList<int> rows;
    for (int p = 0; p < proxy.rowCount(); ++p)
        rows.append(proxy.mapToSource(proxy.index(p, ResultColumn::Message)).row());
    return rows;
}

void apply(ResultFilterModel &proxy, const Query &q)
{
    proxy.sort(q.column, q.order);
    proxy.setStateFilter(q.state);
    proxy.setTextFilter(q.text);
}

} // namespace

class TestResultFilterModel : public QObject
{
    Q_OBJECT

private:
    // Both directions of the mapping, and the rows in order.
    static bool matches(const ResultsModel &model, const ResultFilterModel &proxy, const Query &q)
    {
        const QList<int> expected = expectedRows(model, q);
        const QList<int> shown = shownRows(proxy);
        if (shown != expected) {
            qWarning("column %d order %d state %d text '%s': %lld rows shown, %lld expected",
                     q.column, int(q.order), q.state ? int(*q.state) : -1, qPrintable(q.text),
                     qlonglong(shown.size()), qlonglong(expected.size()));
            for (qsizetype i = 0; i < std::min(shown.size(), expected.size()); ++i) {
                if (shown.at(i) != expected.at(i)) {
                    qWarning("first difference at %lld: shown %d '%s', expected %d '%s'",
                             qlonglong(i), shown.at(i), qPrintable(model.row(shown.at(i)).message),
                             expected.at(i), qPrintable(model.row(expected.at(i)).message));
                    break;
                }
            }
            return false;
        }
        QList<int> where(model.rowCount(), -1);
        for (int p = 0; p < expected.size(); ++p)
            where[expected.at(p)] = p;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (proxy.mapFromSource(model.index(r, ResultColumn::Id)).row() != where.at(r)) {
                qWarning("source row %d maps to the wrong proxy row", r);
                return false;
            }
        }
        QList<int> ascending = expected;
        std::sort(ascending.begin(), ascending.end());
        return proxy.allSourceRows() == ascending;
    }

private Q_SLOTS:
    void everySortAndFilterCombination_showsTheBruteForceRows()
    {
        RowMaker maker(11);
        ResultsModel model;
        QCOMPARE(model.restoreRows(maker.freshRows(2000)), 2000);
        ResultFilterModel proxy;
        proxy.setSourceModel(&model);
        QVERIFY(matches(model, proxy, {}));

        const std::optional<ResultState> states[] = {std::nullopt, ResultState::Failed,
                                                     ResultState::Pending};
        const QString texts[] = {QString(), QStringLiteral("ab"), QStringLiteral(" AB1 "),
                                 QStringLiteral("503"), QStringLiteral("nothing-like-it")};
        for (int column = -1; column < ResultColumn::Count; ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                for (const std::optional<ResultState> &state : states) {
                    for (const QString &text : texts) {
                        const Query q{column, order, state, text};
                        apply(proxy, q);
                        QVERIFY(matches(model, proxy, q));
                    }
                }
            }
        }
        QCOMPARE(proxy.sortColumn(), int(ResultColumn::Count) - 1);
        QCOMPARE(proxy.sortOrder(), Qt::DescendingOrder);
    }

    void liveAppendsUpdatesAndRemovals_keepShowingTheBruteForceRows_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("text");
        QTest::newRow("unsorted, unfiltered") << -1 << 0 << -1 << QString();
        QTest::newRow("by status, descending")
            << int(ResultColumn::HttpStatus) << 1 << -1 << QString();
        QTest::newRow("by ID, text filter")
            << int(ResultColumn::Id) << 0 << -1 << QStringLiteral("ab");
        QTest::newRow("by result, Failed only")
            << int(ResultColumn::Result) << 0 << int(ResultState::Failed) << QString();
        QTest::newRow("by message, descending, text")
            << int(ResultColumn::Message) << 1 << -1 << QStringLiteral("e");
        QTest::newRow("unsorted, Pending and text")
            << -1 << 0 << int(ResultState::Pending) << QStringLiteral("1");
    }

    void liveAppendsUpdatesAndRemovals_keepShowingTheBruteForceRows()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(int, state);
        QFETCH(QString, text);
        const Query q{column, Qt::SortOrder(order),
                      state < 0 ? std::nullopt : std::optional<ResultState>(ResultState(state)),
                      text};

        RowMaker maker(quint32(29 + column * 7 + order + state));
        ResultsModel model;
        model.restoreRows(maker.freshRows(600));
        ResultFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        apply(proxy, q);
        QVERIFY(matches(model, proxy, q));

        // A selection-like persistent index follows its row while it stays shown.
        QPersistentModelIndex followed;
        QString followedId;
        const auto follow = [&] {
            if (proxy.rowCount() == 0)
                return;
            followed = proxy.index(maker.below(proxy.rowCount()), ResultColumn::Id);
            followedId = model.row(proxy.mapToSource(followed).row()).id;
        };
        follow();

        for (int step = 0; step < 300; ++step) {
            const int rows = model.rowCount();
            switch (maker.below(10)) {
            case 0: // a paste: a few rows, or many (scattered when sorted)
                model.restoreRows(maker.freshRows(maker.below(8) == 0 ? 100 : 1 + maker.below(5)));
                break;
            case 1: // "Retry failed" / a run starting: rows queued again
            {
                QList<int> queued;
                const int start = maker.below(rows);
                for (int i = 0; i < 1 + maker.below(60); ++i)
                    queued.append((start + i * (1 + maker.below(3))) % rows);
                model.markQueued(queued);
                break;
            }
            case 2: // removing rows, sometimes many
            {
                QList<int> removed;
                for (int i = 0; i < (maker.below(6) == 0 ? 50 : 1 + maker.below(3)); ++i)
                    removed.append(maker.below(rows));
                model.removeRowList(removed);
                break;
            }
            case 3:
                model.resetOutcomes({maker.below(rows), maker.below(rows)});
                break;
            case 4:
                model.setSending(maker.below(rows));
                break;
            default: // results arriving
                model.setOutcome(maker.below(rows), maker.outcome());
                break;
            }
            QVERIFY2(matches(model, proxy, q), qPrintable(QStringLiteral("step %1").arg(step)));
            if (!followedId.isEmpty()) {
                const int at = int(expectedRows(model, q).indexOf([&] {
                    for (int r = 0; r < model.rowCount(); ++r) {
                        if (model.row(r).id == followedId)
                            return r;
                    }
                    return -1;
                }()));
                QCOMPARE(followed.isValid() ? followed.row() : -1, at);
                if (!followed.isValid() || maker.below(20) == 0)
                    follow();
            }
        }
        // The filter and sort still apply to everything that arrived.
        apply(proxy, {});
        QVERIFY(matches(model, proxy, {}));
        apply(proxy, q);
        QVERIFY(matches(model, proxy, q));
    }

    void clearingAndRefillingTheSource_resetsTheView()
    {
        RowMaker maker(5);
        ResultsModel model;
        ResultFilterModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        const Query q{ResultColumn::Id, Qt::DescendingOrder, std::nullopt, QStringLiteral("5")};
        apply(proxy, q);
        model.restoreRows(maker.freshRows(500));
        QVERIFY(matches(model, proxy, q));
        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
        model.restoreRows(maker.freshRows(200));
        QVERIFY(matches(model, proxy, q));
        QVERIFY(proxy.rowCount() > 0);
    }
};

QTEST_GUILESS_MAIN(TestResultFilterModel)
#include "tst_resultfiltermodel.moc"
