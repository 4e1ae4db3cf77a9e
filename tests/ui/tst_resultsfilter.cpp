// The filter box over the results table, typed into through the real widgets: it filters
// once typing pauses (or at Enter), not on every key, and what it shows is right.

#include "support/windowfixture.h"

#include "results/resultcolumns.h"
#include "results/resultfiltermodel.h"
#include "results/resultsmodel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace dlq;

namespace {

QStringList idList(int count)
{
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids << QStringLiteral("1752829295505-%1").arg(i);
    return ids;
}

QStringList shownIds(const QTableView *view)
{
    QStringList ids;
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, ResultColumn::Id).data().toString();
    return ids;
}

} // namespace

class TestResultsFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_f.reset(); }

    void typingFiltersOnceThePauseIsOverNotOnEveryKey();
    void enterFiltersAtOnce();
    void theFilterIsACaseInsensitiveSubstringOfIdOrMessageAndCombinesWithTheState();
    void narrowingKeepsTheCurrentRowWhenItStillMatches();
    void sortedByIdTheFilterKeepsTheOrderTheCurrentRowAndTheCountAsResultsArrive();

private:
    QLineEdit *filterEdit() const { return m_f->child<QLineEdit>("textFilterEdit"); }
    QTableView *view() const { return m_f->child<QTableView>("resultsView"); }
    ResultFilterModel *proxy() const { return m_f->window->findChild<ResultFilterModel *>(); }

    std::unique_ptr<WindowFixture> m_f;
};

void TestResultsFilter::init()
{
    m_f = std::make_unique<WindowFixture>();
    m_f->appSettings()->setPreset(EndpointPreset::Custom);
    m_f->appSettings()->setCustomUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
    m_f->appSettings()->setToken(QStringLiteral("filter-test-token"));
    m_f->appSettings()->markConfigured();
    QVERIFY(m_f->makeWindow());
}

void TestResultsFilter::typingFiltersOnceThePauseIsOverNotOnEveryKey()
{
    const QStringList ids = idList(200);
    QVERIFY(m_f->paste(ids.join(QLatin1Char('\n'))));
    QCOMPARE(view()->model()->rowCount(), 200);

    filterEdit()->setFocus();
    QTest::keyClicks(filterEdit(), QStringLiteral("-19"));
    // Each key only restarts the pause: the table has not been filtered per key.
    QCOMPARE(proxy()->textFilter(), QString());
    QCOMPARE(view()->model()->rowCount(), 200);
    auto *delay = m_f->window->findChild<QTimer *>(QStringLiteral("textFilterDelay"));
    QVERIFY(delay);
    QVERIFY(delay->isActive());

    QStringList expected;
    for (const QString &id : ids) {
        if (id.contains(QLatin1String("-19")))
            expected << id;
    }
    QCOMPARE(expected.size(), 11); // -19 and -190 … -199
    QTRY_COMPARE(shownIds(view()), expected);
    QCOMPARE(proxy()->textFilter(), QStringLiteral("-19"));

    // Erasing widens it again, also after the pause.
    QTest::keyClick(filterEdit(), Qt::Key_Backspace);
    QCOMPARE(view()->model()->rowCount(), 11);
    QTRY_COMPARE(view()->model()->rowCount(), 111); // -1, -10…-19, -100…-199
    QTest::keyClick(filterEdit(), Qt::Key_Backspace);
    QTest::keyClick(filterEdit(), Qt::Key_Backspace);
    QTRY_COMPARE(shownIds(view()), ids);

    // A filter that hides every row leaves nothing to export, and the details pane empty.
    auto *exportButton = m_f->child<QPushButton>("exportButton");
    view()->setCurrentIndex(view()->model()->index(3, 0));
    QVERIFY(!m_f->child<QPlainTextEdit>("detailView")->toPlainText().isEmpty());
    QTRY_VERIFY(exportButton->isEnabled());
    QTest::keyClicks(filterEdit(), QStringLiteral("no-such-id"));
    QTRY_COMPARE(view()->model()->rowCount(), 0);
    QTRY_VERIFY(!exportButton->isEnabled());
    QVERIFY(m_f->child<QPlainTextEdit>("detailView")->toPlainText().isEmpty());
}

void TestResultsFilter::enterFiltersAtOnce()
{
    QVERIFY(m_f->paste(idList(30).join(QLatin1Char('\n'))));
    filterEdit()->setFocus();
    QTest::keyClicks(filterEdit(), QStringLiteral("-2"));
    QCOMPARE(view()->model()->rowCount(), 30);
    QTest::keyClick(filterEdit(), Qt::Key_Return);
    QCOMPARE(proxy()->textFilter(), QStringLiteral("-2"));
    QCOMPARE(shownIds(view()),
             (QStringList{QStringLiteral("1752829295505-2"), QStringLiteral("1752829295505-20"),
                          QStringLiteral("1752829295505-21"), QStringLiteral("1752829295505-22"),
                          QStringLiteral("1752829295505-23"), QStringLiteral("1752829295505-24"),
                          QStringLiteral("1752829295505-25"), QStringLiteral("1752829295505-26"),
                          QStringLiteral("1752829295505-27"), QStringLiteral("1752829295505-28"),
                          QStringLiteral("1752829295505-29")}));
    // Nothing is left pending that could filter again later.
    QVERIFY(!m_f->window->findChild<QTimer *>(QStringLiteral("textFilterDelay"))->isActive());
}

void TestResultsFilter::theFilterIsACaseInsensitiveSubstringOfIdOrMessageAndCombinesWithTheState()
{
    // Invalid entries carry their reason as the message.
    QVERIFY(m_f->paste(QStringLiteral("1752829295505-1\n1752829295505-2\nwfr_abcdef123\n../x\n"
                                      "ABC-def-1\n")));
    ResultsModel *model = m_f->window->resultsModel();
    QCOMPARE(model->rowCount(), 5);
    // Part of the reason, in another case: the message is searched too.
    const QString word = QStringLiteral("WORKFLOW RUN");
    QVERIFY(model->row(2).message.contains(word, Qt::CaseInsensitive));

    filterEdit()->setFocus();
    QTest::keyClicks(filterEdit(), QStringLiteral("abc-DEF"));
    QTRY_COMPARE(shownIds(view()), QStringList{QStringLiteral("ABC-def-1")});

    filterEdit()->clear();
    QTest::keyClicks(filterEdit(), word);
    QTRY_VERIFY(shownIds(view()).contains(QStringLiteral("wfr_abcdef123")));
    const QStringList withWord = shownIds(view());
    for (int r = 0; r < model->rowCount(); ++r) {
        const ResultRow &row = model->row(r);
        const bool matches = row.id.contains(word, Qt::CaseInsensitive) ||
                             row.message.contains(word, Qt::CaseInsensitive);
        QCOMPARE(withWord.contains(row.id), matches);
    }

    // The state filter applies on top of the text; changing it needs no pause.
    auto *state = m_f->child<QComboBox>("stateFilterCombo");
    state->setCurrentIndex(state->findData(int(ResultState::Pending)));
    QVERIFY(!shownIds(view()).contains(QStringLiteral("wfr_abcdef123")));
    filterEdit()->clear();
    QTRY_COMPARE(shownIds(view()),
                 (QStringList{QStringLiteral("1752829295505-1"), QStringLiteral("1752829295505-2"),
                              QStringLiteral("ABC-def-1")}));
}

void TestResultsFilter::narrowingKeepsTheCurrentRowWhenItStillMatches()
{
    QVERIFY(m_f->paste(idList(300).join(QLatin1Char('\n'))));
    const QString target = QStringLiteral("1752829295505-123");
    QAbstractItemModel *shown = view()->model();
    view()->setCurrentIndex(shown->index(123, ResultColumn::Id));
    QCOMPARE(view()->currentIndex().data().toString(), target);

    filterEdit()->setFocus();
    QTest::keyClicks(filterEdit(), QStringLiteral("-12"));
    QTRY_COMPARE(shown->rowCount(), 11); // -12 and -120 … -129
    QCOMPARE(view()->currentIndex().data().toString(), target);
    QVERIFY(view()->selectionModel()->isRowSelected(view()->currentIndex().row()));
    QVERIFY(m_f->child<QPlainTextEdit>("detailView")->toPlainText().contains(target));
}

void TestResultsFilter::sortedByIdTheFilterKeepsTheOrderTheCurrentRowAndTheCountAsResultsArrive()
{
    const QStringList ids = idList(400);
    QVERIFY(m_f->paste(ids.join(QLatin1Char('\n'))));
    QTRY_COMPARE(view()->model()->rowCount(), 400);

    // A header click sorts, as the user does it.
    QHeaderView *header = view()->horizontalHeader();
    const QPoint idSection(header->sectionViewportPosition(ResultColumn::Id) +
                               header->sectionSize(ResultColumn::Id) / 2,
                           header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, idSection);
    QCOMPARE(header->sortIndicatorSection(), int(ResultColumn::Id));
    const Qt::SortOrder order = header->sortIndicatorOrder();
    const auto inOrder = [order](QStringList list) {
        std::sort(list.begin(), list.end());
        if (order == Qt::DescendingOrder)
            std::reverse(list.begin(), list.end());
        return list;
    };
    const auto matching = [](const QStringList &list, const QString &text) {
        QStringList kept;
        for (const QString &id : list) {
            if (id.contains(text))
                kept << id;
        }
        return kept;
    };
    QCOMPARE(shownIds(view()), inOrder(ids));

    const QString target = QStringLiteral("1752829295505-137");
    view()->setCurrentIndex(
        view()->model()->index(int(inOrder(ids).indexOf(target)), ResultColumn::Id));
    filterEdit()->setFocus();
    QTest::keyClicks(filterEdit(), QStringLiteral("-13"));
    QTRY_COMPARE(shownIds(view()), inOrder(matching(ids, QStringLiteral("-13"))));
    QCOMPARE(view()->model()->rowCount(), 11); // -13 and -130 … -139
    QCOMPARE(view()->currentIndex().data().toString(), target);
    QVERIFY(view()->selectionModel()->isRowSelected(view()->currentIndex().row()));
    auto *details = m_f->child<QPlainTextEdit>("detailView");
    QVERIFY(details->toPlainText().contains(target));
    auto *count = m_f->child<QLabel>("filterCountLabel");
    QVERIFY(!count->isHidden());
    QCOMPARE(count->text(), QStringLiteral("11 of 400 shown"));

    // A result for the current row arrives: it stays current and the details follow.
    ResultsModel *model = m_f->window->resultsModel();
    ResultRow failed;
    failed.state = ResultState::Failed;
    failed.httpStatus = 503;
    failed.message = QStringLiteral("Service Unavailable");
    failed.attempts = 1;
    failed.durationMs = 40;
    failed.finishedAt = QDateTime::currentDateTimeUtc();
    model->setOutcome(int(ids.indexOf(target)), failed);
    QCOMPARE(view()->currentIndex().data().toString(), target);
    QVERIFY(details->toPlainText().contains(failed.message));

    // Rows added while filtered and sorted join in their place, and the count follows.
    const QStringList more{QStringLiteral("1752829295505-1300"),
                           QStringLiteral("1752829295505-9999")};
    QVERIFY(m_f->paste(more.join(QLatin1Char('\n'))));
    QTRY_COMPARE(model->rowCount(), 402);
    QCOMPARE(shownIds(view()), inOrder(matching(ids + more, QStringLiteral("-13"))));
    QCOMPARE(count->text(), QStringLiteral("12 of 402 shown"));
    QCOMPARE(view()->currentIndex().data().toString(), target);
}

QTEST_MAIN(TestResultsFilter)
#include "tst_resultsfilter.moc"
