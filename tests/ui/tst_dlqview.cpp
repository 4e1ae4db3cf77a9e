// The DLQ tab through its widgets on the window's own sandbox: the filter bar's rows equal the
// sandbox's own filter result across pages (each filter alone and combined), problems shown and
// nothing sent, scrolling loads the next page, a broken page keeps the rows, the quick search,
// sorting and "expires in".

#include "support/dlqviewfixture.h"

#include "ui/browse/dlqfilterbar.h"
#include "ui/browse/entrydetailspane.h"

#include <QDateTimeEdit>
#include <QHeaderView>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>

using namespace dlq;

namespace {
const QString kOrderSync = QStringLiteral("https://api.example.com/api/workflow/order-sync");
constexpr qint64 kSeedMs = 1752829295505;
constexpr qint64 kMinute = 60 * 1000;

QPair<QString, QString> param(const char *name, const QString &value)
{
    return {QString::fromLatin1(name), value};
}
} // namespace

class TestDlqView : public QObject
{
    Q_OBJECT

private:
    template<typename T> T *child(const char *name) const { return m_f->child<T>(name); }
    void type(const char *name, const QString &text)
    {
        auto *edit = child<QLineEdit>(name);
        edit->setFocus();
        QTest::keyClicks(edit, text);
    }
    void pickCallbackState(const QString &state)
    {
        auto *combo = child<QComboBox>("dlqCallbackStateCombo");
        combo->setCurrentIndex(combo->findText(state));
    }
    int listRequests() const
    {
        int count = 0;
        for (const SandboxRequest &r : m_f->window->sandbox()->requests())
            count += r.method == "GET" && r.path == "/v2/workflows/dlq";
        return count;
    }

    std::unique_ptr<DlqViewFixture> m_f;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_f = std::make_unique<DlqViewFixture>();
        QVERIFY(m_f->open());
    }
    void cleanup() { m_f.reset(); }

    void filterBarRowsEqualTheSandboxFilter_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("labels");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("keys");
        QTest::addColumn<bool>("useRunId");
        QTest::addColumn<bool>("useCallerIp");
        QTest::addColumn<bool>("useDates");
        QTest::newRow("no filter")
            << QString() << QString() << QString() << QString() << false << false << false;
        QTest::newRow("workflow URL")
            << kOrderSync << QString() << QString() << QString() << false << false << false;
        QTest::newRow("labels, two values") << QString() << QStringLiteral("billing, staging")
                                            << QString() << QString() << false << false << false;
        QTest::newRow("callback state") << QString() << QString() << QStringLiteral("CALLBACK_FAIL")
                                        << QString() << false << false << false;
        QTest::newRow("flow-control keys")
            << QString() << QString() << QString() << QStringLiteral("tenant-3,tenant-7") << false
            << false << false;
        QTest::newRow("run ID") << QString() << QString() << QString() << QString() << true << false
                                << false;
        QTest::newRow("caller IP")
            << QString() << QString() << QString() << QString() << false << true << false;
        QTest::newRow("date range")
            << QString() << QString() << QString() << QString() << false << false << true;
        QTest::newRow("label AND workflow URL")
            << kOrderSync << QStringLiteral("production") << QString() << QString() << false
            << false << false;
        QTest::newRow("label AND state AND dates")
            << QString() << QStringLiteral("production") << QStringLiteral("CALLBACK_FAIL")
            << QString() << false << false << true;
    }

    void filterBarRowsEqualTheSandboxFilter()
    {
        QFETCH(QString, url);
        QFETCH(QString, labels);
        QFETCH(QString, state);
        QFETCH(QString, keys);
        QFETCH(bool, useRunId);
        QFETCH(bool, useCallerIp);
        QFETCH(bool, useDates);
        DlqViewFixture::Query query;
        if (!url.isEmpty()) {
            auto *combo = child<QComboBox>("dlqWorkflowUrlCombo");
            combo->setFocus();
            QTest::keyClicks(combo->lineEdit(), url);
            query << param("workflowUrl", url);
        }
        if (!labels.isEmpty()) {
            type("dlqLabelsEdit", labels);
            for (const QString &label : labels.split(QLatin1Char(',')))
                query << param("label", label.trimmed());
        }
        if (!state.isEmpty()) {
            pickCallbackState(state);
            query << param("failureFunctionState", state);
        }
        if (!keys.isEmpty()) {
            type("dlqFlowControlKeyEdit", keys);
            for (const QString &key : keys.split(QLatin1Char(',')))
                query << param("flowControlKey", key);
        }
        const QJsonObject target = m_f->oracleEntry(321);
        if (useRunId) {
            const QString runId = target.value(QStringLiteral("workflowRunId")).toString();
            type("dlqRunIdEdit", runId);
            query << param("workflowRunId", runId);
        }
        if (useCallerIp) {
            const QString ip = target.value(QStringLiteral("callerIP")).toString();
            type("dlqCallerIpEdit", ip);
            query << param("callerIp", ip);
        }
        if (useDates) {
            // Whole minutes, as the fields show them; about a third of the seed lies inside.
            const qint64 from = (kSeedMs / kMinute + 60) * kMinute;
            const qint64 to = from + 60 * kMinute;
            auto *preset = child<QComboBox>("dlqDatePresetCombo");
            preset->setCurrentIndex(preset->findText(QStringLiteral("Custom range")));
            QVERIFY(child<QDateTimeEdit>("dlqFromDateEdit")->isEnabled());
            child<QDateTimeEdit>("dlqFromDateEdit")
                ->setDateTime(QDateTime::fromMSecsSinceEpoch(from));
            child<QDateTimeEdit>("dlqToDateEdit")->setDateTime(QDateTime::fromMSecsSinceEpoch(to));
            query << param("fromDate", QString::number(from))
                  << param("toDate", QString::number(to));
        }
        const QStringList expected = m_f->oracle(query);
        QVERIFY2(!expected.isEmpty(), "the seed has no entry for this filter");

        QVERIFY(m_f->applyAndLoadAll());
        QCOMPARE(m_f->loadedIds(), expected);
        QCOMPARE(m_f->view()->view()->model()->rowCount(), expected.size());
        QVERIFY(child<QLabel>("dlqLoadStatusLabel")
                    ->text()
                    .contains(QStringLiteral("%1 entries loaded").arg(expected.size())));
    }

    void theTabFitsANarrowWindow()
    {
        // tst_scaling's narrow screen, with the DLQ tab in front, loaded and naming a problem.
        QVERIFY(m_f->applyAndLoadAll());
        auto *preset = child<QComboBox>("dlqDatePresetCombo");
        preset->setCurrentIndex(preset->findText(QStringLiteral("Custom range")));
        child<QDateTimeEdit>("dlqToDateEdit")->setDateTime(QDateTime::fromMSecsSinceEpoch(kSeedMs));
        child<QDateTimeEdit>("dlqFromDateEdit")
            ->setDateTime(QDateTime::fromMSecsSinceEpoch(kSeedMs + 3600 * 1000));
        QTest::mouseClick(child<QPushButton>("dlqApplyButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>("dlqFilterProblemsLabel")->isVisible());
        QVERIFY(m_f->window->minimumSizeHint().width() <= 660);
        QVERIFY(m_f->window->minimumSizeHint().height() <= 600);
    }

    void everyListedEntryIsLoadedAcrossPages()
    {
        // The unfiltered case above crosses five page boundaries; this pins the page count.
        m_f->window->sandbox()->clearRequests();
        QVERIFY(m_f->applyAndLoadAll());
        QCOMPARE(m_f->model()->rowCount(), TargetResolver::kSandboxEntries);
        QCOMPARE(listRequests(), TargetResolver::kSandboxEntries / DlqEntriesModel::kPageSize);
    }

    void theLimitIsSaidPlainlyAndLoadMoreGoesOn()
    {
        m_f->model()->setLimitStep(230); // 10 000 in the app; the window's sandbox holds 500
        auto *loadMore = child<QPushButton>("dlqLoadMoreButton");
        QVERIFY(!loadMore->isVisible());
        QTest::mouseClick(child<QPushButton>("dlqApplyButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>("dlqLoadAllButton"), Qt::LeftButton);
        QVERIFY(m_f->waitIdle());
        QCOMPARE(m_f->model()->rowCount(), 230);
        auto *status = child<QLabel>("dlqLoadStatusLabel");
        QVERIFY2(status->text().contains(QLatin1String("were not loaded")),
                 qPrintable(status->text()));
        QVERIFY(loadMore->isVisible() && loadMore->isEnabled());
        QVERIFY(!child<QPushButton>("dlqLoadAllButton")->isEnabled());

        QTest::mouseClick(loadMore, Qt::LeftButton);
        QTRY_COMPARE(m_f->model()->rowCount(), 460);
        QVERIFY(m_f->waitIdle());
        QTest::mouseClick(loadMore, Qt::LeftButton);
        QTRY_COMPARE(m_f->model()->rowCount(), TargetResolver::kSandboxEntries);
        QVERIFY(m_f->waitIdle());
        QVERIFY(!loadMore->isVisible());
        QCOMPARE(m_f->loadedIds(), m_f->oracle({}));
        QVERIFY2(!status->text().contains(QLatin1String("not loaded")), qPrintable(status->text()));
    }

    // The list loaded again with nothing in it: the details pane does not keep showing the
    // entry that was current before.
    void anEmptiedListClearsTheDetailsPane()
    {
        QVERIFY(m_f->applyAndLoadAll());
        QTableView *table = m_f->view()->view();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(2, 0));
        const QString shown = m_f->view()->details()->dlqId();
        QVERIFY(!shown.isEmpty());
        type("dlqLabelsEdit", QStringLiteral("no-such-label-anywhere"));
        QVERIFY(m_f->applyAndLoadAll());
        QCOMPARE(m_f->model()->rowCount(), 0);
        QCOMPARE(m_f->view()->details()->dlqId(), QString());
    }

    void filterProblemsAreShownAndNothingIsSent()
    {
        QVERIFY(m_f->applyAndLoadAll());
        const int loaded = m_f->model()->rowCount();
        m_f->window->sandbox()->clearRequests();
        auto *preset = child<QComboBox>("dlqDatePresetCombo");
        preset->setCurrentIndex(preset->findText(QStringLiteral("Custom range")));
        child<QDateTimeEdit>("dlqFromDateEdit")
            ->setDateTime(QDateTime::fromMSecsSinceEpoch(kSeedMs));
        child<QDateTimeEdit>("dlqToDateEdit")
            ->setDateTime(QDateTime::fromMSecsSinceEpoch(kSeedMs - 3600 * 1000));
        type("dlqLabelsEdit", QStringLiteral("billing"));
        QTest::mouseClick(child<QPushButton>("dlqApplyButton"), Qt::LeftButton);
        auto *problems = child<QLabel>("dlqFilterProblemsLabel");
        QVERIFY(problems->isVisible());
        QVERIFY2(!problems->text().isEmpty(), "no problem named");
        QVERIFY(!m_f->model()->isLoading());
        QCOMPARE(listRequests(), 0);
        QCOMPARE(m_f->model()->rowCount(), loaded); // what was loaded stays

        preset->setCurrentIndex(preset->findText(QStringLiteral("Any time")));
        QVERIFY(m_f->applyAndLoadAll());
        QVERIFY(!problems->isVisible());
    }

    void scrollingToTheEndLoadsTheNextPage()
    {
        QTest::mouseClick(child<QPushButton>("dlqApplyButton"), Qt::LeftButton);
        QVERIFY(m_f->waitIdle());
        QCOMPARE(m_f->model()->rowCount(), DlqEntriesModel::kPageSize);
        QVERIFY(m_f->model()->hasMore());
        QTableView *table = m_f->view()->view();
        QScrollBar *bar = table->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0); // the view lays its rows out after an event-loop turn
        QCOMPARE(m_f->model()->rowCount(), DlqEntriesModel::kPageSize); // nothing pulled yet
        bar->setValue(bar->maximum());
        QTRY_COMPARE(m_f->model()->rowCount(), 2 * DlqEntriesModel::kPageSize);
        QVERIFY(m_f->waitIdle());
        QCOMPARE(m_f->loadedIds(), m_f->oracle({}).mid(0, 2 * DlqEntriesModel::kPageSize));
    }

    void aBrokenPageKeepsTheLoadedRowsAndSaysWhy()
    {
        m_f->window->sandbox()->setOverride(
            [](const SandboxRequest &request) -> std::optional<SandboxResponse> {
                if (request.path != "/v2/workflows/dlq" || !request.query.contains("cursor="))
                    return std::nullopt;
                SandboxResponse r;
                r.status = 200;
                r.body = "{\"cursor\":\"\",\"messages\":[{\"dlqId\":"; // cut off
                return r;
            });
        QTest::mouseClick(child<QPushButton>("dlqApplyButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>("dlqLoadAllButton"), Qt::LeftButton);
        auto *status = child<QLabel>("dlqLoadStatusLabel");
        QTRY_VERIFY2(status->text().contains(QLatin1String("Page 2")), qPrintable(status->text()));
        QVERIFY(m_f->waitIdle());
        QCOMPARE(m_f->model()->rowCount(), DlqEntriesModel::kPageSize);
        QCOMPARE(m_f->loadedIds(), m_f->oracle({}).mid(0, DlqEntriesModel::kPageSize));
        QVERIFY2(status->text().contains(QLatin1String("entries loaded before it are kept")),
                 qPrintable(status->text()));
    }

    void quickSearchNarrowsTheLoadedRows()
    {
        QVERIFY(m_f->applyAndLoadAll());
        int expected = 0;
        for (const api::DlqEntry &e : m_f->model()->entries())
            expected += e.workflowUrl.contains(QLatin1String("ORDER-SYNC"), Qt::CaseInsensitive);
        QVERIFY(expected > 0 && expected < m_f->model()->rowCount());
        m_f->window->sandbox()->clearRequests();
        type("dlqQuickSearchEdit", QStringLiteral("ORDER-sync"));
        QAbstractItemModel *shown = m_f->view()->view()->model();
        QCOMPARE(shown->rowCount(), expected);
        for (int r = 0; r < shown->rowCount(); ++r)
            QVERIFY(shown->index(r, 0).data(DlqRole::DlqId).toString().size() > 0);
        QCOMPARE(listRequests(), 0); // client side only
        QVERIFY(child<QLabel>("dlqLoadStatusLabel")
                    ->text()
                    .contains(QStringLiteral("%1 shown by the search").arg(expected)));
        child<QLineEdit>("dlqQuickSearchEdit")->clear();
        QCOMPARE(shown->rowCount(), m_f->model()->rowCount());
    }

    void clickingTheStatusHeaderSortsByStatusAsANumber()
    {
        QVERIFY(m_f->applyAndLoadAll());
        QTableView *table = m_f->view()->view();
        QHeaderView *header = table->horizontalHeader();
        const int x = header->sectionViewportPosition(DlqColumn::Status) +
                      header->sectionSize(DlqColumn::Status) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), DlqColumn::Status);
        const Qt::SortOrder order = header->sortIndicatorOrder();
        QAbstractItemModel *shown = table->model();
        QList<int> statuses;
        for (int r = 0; r < shown->rowCount(); ++r)
            statuses.append(shown->index(r, DlqColumn::Status).data().toString().toInt());
        QList<int> sorted = statuses;
        std::sort(sorted.begin(), sorted.end());
        if (order == Qt::DescendingOrder)
            std::reverse(sorted.begin(), sorted.end());
        QCOMPARE(statuses, sorted);
        QVERIFY(statuses.first() != statuses.last());
    }

    void expiresInFollowsTheRetentionSetting()
    {
        QVERIFY(m_f->applyAndLoadAll());
        const qint64 created = m_f->model()->entry(0).createdAt;
        m_f->model()->setClock([created] { return created + 3600 * 1000; });
        const QModelIndex cell = m_f->model()->index(0, DlqColumn::ExpiresIn);
        QCOMPARE(cell.data().toString(), QStringLiteral("2 d 23 h"));
        auto *retention = child<QComboBox>("dlqRetentionCombo");
        auto *days = child<QSpinBox>("dlqRetentionDaysSpin");
        QVERIFY(!days->isEnabled());
        retention->setCurrentIndex(retention->findData(QStringLiteral("7d")));
        QCOMPARE(cell.data().toString(), QStringLiteral("6 d 23 h"));
        retention->setCurrentIndex(retention->findData(QStringLiteral("custom")));
        QVERIFY(days->isEnabled());
        days->setValue(90);
        QCOMPARE(cell.data().toString(), QStringLiteral("89 d 23 h"));
        QCOMPARE(m_f->appSettings()->extraValue(QStringLiteral("dlqView/retention")).toString(),
                 QStringLiteral("custom"));
        // A new window counts with the stored setting.
        m_f->window.reset();
        QVERIFY(m_f->open());
        QCOMPARE(child<QComboBox>("dlqRetentionCombo")->currentData().toString(),
                 QStringLiteral("custom"));
        QCOMPARE(child<QSpinBox>("dlqRetentionDaysSpin")->value(), 90);
    }
};

QTEST_MAIN(TestDlqView)
#include "tst_dlqview.moc"
