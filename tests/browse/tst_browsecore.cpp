// The DLQ view's plain parts: failure groups, filters kept by name (with relative dates), the
// retention setting and "expires in".
#include "browse/browsesettings.h"
#include "browse/dlqgroups.h"
#include "browse/filterdraft.h"
#include "browse/retention.h"
#include "settings/appsettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace dlq;

namespace {

api::DlqEntry entry(const QString &id, int status, const QString &workflowUrl,
                    QStringList labels = {})
{
    api::DlqEntry e;
    e.dlqId = id;
    e.responseStatus = status;
    e.workflowUrl = workflowUrl;
    e.url = workflowUrl + QStringLiteral("/step");
    e.labels = std::move(labels);
    return e;
}

constexpr qint64 kHour = 3600 * 1000;

} // namespace

class TestBrowseCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsCountEachClusterLargestFirst()
    {
        const QString checkout = QStringLiteral("https://shop.example/api/checkout");
        const QString sync = QStringLiteral("https://shop.example/api/sync");
        const QList<api::DlqEntry> entries = {
            entry(QStringLiteral("a"), 502, checkout, {QStringLiteral("billing")}),
            entry(QStringLiteral("b"), 500, sync),
            entry(QStringLiteral("c"), 502, checkout,
                  {QStringLiteral("billing"), QStringLiteral("production")}),
            entry(QStringLiteral("d"), 502, sync, {QStringLiteral("production")}),
        };
        const QList<DlqGroup> byStatus = groupEntries(entries, DlqGroupBy::Status);
        QCOMPARE(byStatus.size(), 2);
        QCOMPARE(byStatus.at(0).label, QStringLiteral("3 × 502"));
        QCOMPARE(byStatus.at(0).rows, (QList<int>{0, 2, 3}));
        QCOMPARE(byStatus.at(1).label, QStringLiteral("1 × 500"));

        const QList<DlqGroup> clusters = groupEntries(entries, DlqGroupBy::StatusAndWorkflow);
        QCOMPARE(clusters.at(0).label, QStringLiteral("2 × 502 from /api/checkout"));
        QCOMPARE(clusters.at(0).rows, (QList<int>{0, 2}));
        QCOMPARE(clusters.size(), 3);

        const QList<DlqGroup> byLabel = groupEntries(entries, DlqGroupBy::Label);
        QCOMPARE(byLabel.size(), 3); // billing, production, no label: c counts twice
        QCOMPARE(byLabel.at(0).label, QStringLiteral("2 × billing"));
        QCOMPARE(byLabel.at(1).label, QStringLiteral("2 × production"));
        QCOMPARE(byLabel.at(1).rows, (QList<int>{2, 3}));
        QCOMPARE(byLabel.at(2).label, QStringLiteral("1 × no label"));

        QCOMPARE(groupEntries(entries, DlqGroupBy::FailedStep).at(0).label,
                 QStringLiteral("2 × ") + checkout + QStringLiteral("/step"));
        QVERIFY(groupEntries(entries, DlqGroupBy::None).isEmpty());
    }

    void datePresetsResolveAgainstNow()
    {
        FilterDraft draft;
        draft.filter.labels = {QStringLiteral("billing")};
        draft.filter.fromDate = 5;
        const qint64 now = 1752829295505;
        QVERIFY(!draft.resolve(now).fromDate); // Any ignores stale dates
        draft.datePreset = FilterDraft::DatePreset::LastHour;
        QCOMPARE(*draft.resolve(now).fromDate, now - kHour);
        QVERIFY(!draft.resolve(now).toDate);
        draft.datePreset = FilterDraft::DatePreset::Last24Hours;
        QCOMPARE(*draft.resolve(now).fromDate, now - 24 * kHour);
        draft.datePreset = FilterDraft::DatePreset::Last7Days;
        QCOMPARE(*draft.resolve(now).fromDate, now - 7 * 24 * kHour);
        draft.datePreset = FilterDraft::DatePreset::Custom;
        draft.filter.toDate = 9;
        QCOMPARE(*draft.resolve(now).fromDate, 5);
        QCOMPARE(*draft.resolve(now).toDate, 9);
        QCOMPARE(draft.resolve(now).labels, QStringList{QStringLiteral("billing")});
    }

    void savedFiltersRoundTripThroughTheSettingsFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        FilterDraft draft;
        draft.datePreset = FilterDraft::DatePreset::Custom;
        draft.filter.fromDate = 1752829295505;
        draft.filter.toDate = 1752829395505;
        draft.filter.workflowUrls = {QStringLiteral("https://a.example/wf?x=1&y=2")};
        draft.filter.workflowRunId = QStringLiteral("wfr_1");
        draft.filter.workflowCreatedAt = 1752829290000;
        draft.filter.labels = {QStringLiteral("a,b"), QStringLiteral("ü")};
        draft.filter.failureFunctionStates = {QStringLiteral("CALLBACK_FAIL")};
        draft.filter.callerIps = {QStringLiteral("203.0.113.4")};
        draft.filter.flowControlKeys = {QStringLiteral("tenant-3")};
        FilterDraft relative;
        relative.datePreset = FilterDraft::DatePreset::LastHour;
        {
            QSettings store(path, QSettings::IniFormat);
            AppSettings settings(&store, QProcessEnvironment());
            BrowseSettings browse(&settings);
            browse.saveFilter(QStringLiteral("cards"), draft);
            browse.saveFilter(QStringLiteral("recent"), relative);
            browse.saveFilter(QStringLiteral("gone soon"), relative);
            browse.removeFilter(QStringLiteral("gone soon"));
            browse.setRetention(Retention{Retention::Plan::Custom, 45});
            settings.sync();
        }
        QSettings store(path, QSettings::IniFormat);
        AppSettings settings(&store, QProcessEnvironment());
        BrowseSettings browse(&settings);
        const QMap<QString, FilterDraft> saved = browse.savedFilters();
        QCOMPARE(saved.keys(), (QStringList{QStringLiteral("cards"), QStringLiteral("recent")}));
        QVERIFY(saved.value(QStringLiteral("cards")) == draft);
        QVERIFY(saved.value(QStringLiteral("recent")) == relative);
        QCOMPARE(browse.retention().plan, Retention::Plan::Custom);
        QCOMPARE(browse.retention().days(), 45);
    }

    void expiresInCountsFromCreation()
    {
        const qint64 created = 1752829295505;
        const qint64 threeDays = Retention{}.milliseconds();
        QCOMPARE(Retention{}.days(), 3);
        QCOMPARE((Retention{Retention::Plan::SevenDays, 0}.days()), 7);
        QCOMPARE(expiresInText(created, threeDays, created + kHour), QStringLiteral("2 d 23 h"));
        QCOMPARE(expiresInText(created, threeDays, created + threeDays - 90 * 60 * 1000),
                 QStringLiteral("1 h 30 min"));
        QCOMPARE(expiresInText(created, threeDays, created + threeDays - 4 * 60 * 1000),
                 QStringLiteral("4 min"));
        QCOMPARE(expiresInText(created, threeDays, created + threeDays), QStringLiteral("expired"));
        QVERIFY(expiresInText(0, threeDays, created).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBrowseCore)
#include "tst_browsecore.moc"
