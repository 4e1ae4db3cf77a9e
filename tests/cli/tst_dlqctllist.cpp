// `dlqctl list` against the sandbox: for each filter flag alone and in combinations, across
// page boundaries and with both failure-callback shapes, the entries printed are exactly the
// ones the sandbox's own filter selects, in the server's order.
#include "api/dlqfilter.h"
#include "sandbox/sandboxfilter.h"
#include "sandbox/sandboxseed.h"
#include "sandbox/sandboxserver.h"
#include "support/dlqctlsandbox.h"
#include "support/sandboxlabels.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace dlq;

namespace {

constexpr int kSeeded = 1200;

struct FilterCase
{
    QStringList flags;
    api::DlqFilter filter; // the same filter, as the API encodes it
    int atLeast = 1;       // matches the case was built to have
};

QString text(const QJsonObject &e, const char *key)
{
    return e.value(QLatin1String(key)).toString();
}

// The value most entries share, so a filter on it spans several pages.
QString mostCommon(const QList<QJsonObject> &entries,
                   const std::function<QStringList(const QJsonObject &)> &values)
{
    QHash<QString, int> counts;
    for (const QJsonObject &e : entries) {
        for (const QString &v : values(e)) {
            if (!v.isEmpty())
                ++counts[v];
        }
    }
    QString best;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (best.isEmpty() || it.value() > counts.value(best) ||
            (it.value() == counts.value(best) && it.key() < best))
            best = it.key();
    }
    return best;
}

} // namespace

class TestDlqctlList : public QObject, private test::DlqctlSandbox
{
    Q_OBJECT

private:
    QList<QJsonObject> entries; // newest first, as the list sends them

    QStringList listArgs(const QStringList &more) const
    {
        return args(QStringLiteral("list"),
                    QStringList{QStringLiteral("--format"), QStringLiteral("json")} + more);
    }

    test::DlqctlRun list(const QStringList &more) const
    {
        return test::runDlqctl(listArgs(more), environment());
    }

    // What the sandbox's own filter selects for these query parameters, newest first.
    QStringList expectedIds(const api::DlqFilter &filter) const
    {
        const SandboxFilter own = parseSandboxFilter(filter.parameters());
        if (!own.error.isEmpty())
            return {QStringLiteral("sandbox refused the filter: ") + QString::fromUtf8(own.error)};
        QStringList ids;
        for (const QJsonObject &e : entries) {
            if (own.predicate(e))
                ids << text(e, "dlqId");
        }
        return ids;
    }

    static QStringList printedIds(const QJsonObject &root)
    {
        QStringList ids;
        for (const QJsonValue &v : root.value(QLatin1String("entries")).toArray())
            ids << v.toObject().value(QLatin1String("dlqId")).toString();
        return ids;
    }

    QList<QPair<QString, FilterCase>> cases() const
    {
        const QJsonObject pivot = entries.at(entries.size() * 3 / 10);
        const QJsonObject late = entries.at(entries.size() / 10);
        const QJsonObject early = entries.at(entries.size() * 9 / 10);
        const qint64 pivotMs = qint64(pivot.value(QLatin1String("createdAt")).toDouble());
        const qint64 lateMs = qint64(late.value(QLatin1String("createdAt")).toDouble());
        const qint64 earlyMs = qint64(early.value(QLatin1String("createdAt")).toDouble());
        const QString label = mostCommon(entries, test::labelsOf);
        const QString url = mostCommon(
            entries, [](const QJsonObject &e) { return QStringList{text(e, "workflowUrl")}; });
        QStringList urls;
        for (const QJsonObject &e : entries) {
            if (!urls.contains(text(e, "workflowUrl")))
                urls << text(e, "workflowUrl");
        }
        const QString ip = mostCommon(
            entries, [](const QJsonObject &e) { return QStringList{text(e, "callerIP")}; });
        const QString key = mostCommon(
            entries, [](const QJsonObject &e) { return QStringList{text(e, "flowControlKey")}; });
        const QString runId = text(pivot, "workflowRunId");
        const qint64 runCreated =
            qint64(pivot.value(QLatin1String("workflowCreatedAt")).toDouble());
        // ISO 8601 with a zone, and without one (local time), for the same instants.
        const QString lateIsoUtc =
            QDateTime::fromMSecsSinceEpoch(lateMs, Qt::UTC).toString(Qt::ISODateWithMs);
        const QString earlyIsoLocal =
            QDateTime::fromMSecsSinceEpoch(earlyMs).toLocalTime().toString(
                QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));

        QList<QPair<QString, FilterCase>> out;
        auto add = [&out](const char *name, QStringList flags, api::DlqFilter filter,
                          int atLeast = 1) {
            out.append({QString::fromLatin1(name), FilterCase{flags, filter, atLeast}});
        };
        api::DlqFilter f;
        f.fromDate = pivotMs;
        add("from-date ms", {QStringLiteral("--from-date"), QString::number(pivotMs)}, f, 101);
        f = {};
        f.toDate = lateMs;
        add("to-date ISO UTC", {QStringLiteral("--to-date"), lateIsoUtc}, f, 101);
        f = {};
        f.fromDate = earlyMs;
        add("from-date ISO local", {QStringLiteral("--from-date"), earlyIsoLocal}, f, 101);
        f = {};
        f.workflowUrls = {url, urls.last()};
        add("workflow-url twice",
            {QStringLiteral("--workflow-url"), url, QStringLiteral("--workflow-url"), urls.last()},
            f);
        f = {};
        f.workflowRunId = runId;
        add("workflow-run-id", {QStringLiteral("--workflow-run-id"), runId}, f);
        f = {};
        f.workflowCreatedAt = runCreated;
        add("workflow-created-at",
            {QStringLiteral("--workflow-created-at"), QString::number(runCreated)}, f);
        f = {};
        f.labels = {label};
        add("label", {QStringLiteral("--label"), label}, f, 101);
        f = {};
        f.failureFunctionStates = {QStringLiteral("CALLBACK_FAIL"),
                                   QStringLiteral("CALLBACK_INPROGRESS")};
        add("callback-state API names",
            {QStringLiteral("--callback-state"), QStringLiteral("CALLBACK_FAIL"),
             QStringLiteral("--callback-state"), QStringLiteral("CALLBACK_INPROGRESS")},
            f, 101);
        f = {};
        f.failureFunctionStates = {QStringLiteral("CALLBACK_SUCCESS"),
                                   QStringLiteral("CALLBACK_CANCELED")};
        add("callback-state short forms",
            {QStringLiteral("--callback-state"), QStringLiteral("success"),
             QStringLiteral("--callback-state"), QStringLiteral("cancelled")},
            f, 101);
        f = {};
        f.callerIps = {ip};
        add("caller-ip", {QStringLiteral("--caller-ip"), ip}, f);
        f = {};
        f.flowControlKeys = {key};
        add("flow-control-key", {QStringLiteral("--flow-control-key"), key}, f);
        f = {};
        f.labels = {label};
        f.failureFunctionStates = {QStringLiteral("CALLBACK_FAIL"),
                                   QStringLiteral("CALLBACK_INPROGRESS")};
        add("label and two callback states",
            {QStringLiteral("--label"), label, QStringLiteral("--callback-state"),
             QStringLiteral("fail"), QStringLiteral("--callback-state"),
             QStringLiteral("in-progress")},
            f);
        f = {};
        f.fromDate = earlyMs;
        f.toDate = pivotMs;
        f.workflowUrls = urls.mid(0, 4);
        QStringList flags{QStringLiteral("--from-date"), QString::number(earlyMs),
                          QStringLiteral("--to-date"), QString::number(pivotMs)};
        for (const QString &u : urls.mid(0, 4))
            flags << QStringLiteral("--workflow-url") << u;
        add("date range and four urls", flags, f);
        f = {};
        f.callerIps = {ip};
        f.flowControlKeys = {key};
        f.labels = {label};
        add("caller-ip, flow-control-key and label",
            {QStringLiteral("--caller-ip"), ip, QStringLiteral("--flow-control-key"), key,
             QStringLiteral("--label"), label},
            f, 0);
        f = {};
        f.workflowRunId = QStringLiteral("wfr_none");
        add("matches nothing", {QStringLiteral("--run-id"), QStringLiteral("wfr_none")}, f, 0);
        return out;
    }

private Q_SLOTS:
    void init()
    {
        // Dates named in local time: a fixed clock keeps them off any DST change.
        setSandboxClock([] { return SeedBaseMs + seedSpanMs(kSeeded); });
        QVERIFY(start());
        const QStringList ids = server->seed(kSeeded, 11);
        entries.clear();
        for (auto it = ids.crbegin(); it != ids.crend(); ++it)
            entries << *server->entry(*it);
    }

    void cleanup()
    {
        stop();
        setSandboxClock({});
    }

    void eachFilter_matchesTheSandboxsOwnFilter_data()
    {
        QTest::addColumn<bool>("sdk");
        QTest::newRow("spec shape") << false;
        QTest::newRow("sdk shape") << true;
    }

    void eachFilter_matchesTheSandboxsOwnFilter()
    {
        QFETCH(bool, sdk);
        const SandboxCallbackShape shape =
            sdk ? SandboxCallbackShape::Sdk : SandboxCallbackShape::Spec;
        server->setCallbackShape(shape);
        const auto all = cases();
        for (const auto &[name, c] : all) {
            const QStringList expected = expectedIds(c.filter);
            QVERIFY2(expected.size() >= c.atLeast,
                     qPrintable(name + QStringLiteral(": only %1 match").arg(expected.size())));
            server->clearRequests();
            const test::DlqctlRun r = list(c.flags);
            QVERIFY2(r.finished && r.exitCode == 0, qPrintable(name + QLatin1Char(' ') + r.err));
            const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
            QCOMPARE(root.value(QLatin1String("complete")).toBool(), true);
            const QStringList printed = printedIds(root);
            if (printed != expected)
                QFAIL(qPrintable(name + QStringLiteral(": printed %1 entries, the sandbox "
                                                       "selects %2")
                                            .arg(printed.size())
                                            .arg(expected.size())));
            // One request per page of 100, the last possibly short (or empty).
            const int pages = int(server->requests().size());
            QVERIFY2(pages >= 1 && pages <= int(expected.size()) / 100 + 1, qPrintable(name));
            // Each entry is printed as the server sent it, in the shape asked for.
            for (const QJsonValue &v : root.value(QLatin1String("entries")).toArray()) {
                const QJsonObject e = v.toObject();
                if (shape == SandboxCallbackShape::Sdk)
                    QVERIFY(!e.contains(QLatin1String("failureFunctionState")));
                else
                    QVERIFY(!e.contains(QLatin1String("failureCallbackInfo")));
            }
        }
    }

    void callbackStateFilter_inTheSdkShape_findsTheSameEntries()
    {
        const QStringList flags{QStringLiteral("--callback-state"), QStringLiteral("fail"),
                                QStringLiteral("--callback-state"), QStringLiteral("inprogress")};
        server->setCallbackShape(SandboxCallbackShape::Spec);
        const test::DlqctlRun spec = list(flags);
        server->setCallbackShape(SandboxCallbackShape::Sdk);
        const test::DlqctlRun sdk = list(flags);
        QCOMPARE(spec.exitCode, 0);
        QCOMPARE(sdk.exitCode, 0);
        const QStringList specIds = printedIds(QJsonDocument::fromJson(spec.out.toUtf8()).object());
        QVERIFY(specIds.size() > 100);
        QCOMPARE(printedIds(QJsonDocument::fromJson(sdk.out.toUtf8()).object()), specIds);
        for (const QJsonValue &v : QJsonDocument::fromJson(sdk.out.toUtf8())
                                       .object()
                                       .value(QLatin1String("entries"))
                                       .toArray()) {
            const QString state = v.toObject()
                                      .value(QLatin1String("failureCallbackInfo"))
                                      .toObject()
                                      .value(QLatin1String("state"))
                                      .toString();
            QVERIFY2(state == QLatin1String("CALLBACK_FAIL") ||
                         state == QLatin1String("CALLBACK_INPROGRESS"),
                     qPrintable(state));
        }
    }

    void cap_stopsThere_andSaysSo()
    {
        const test::DlqctlRun r = list({QStringLiteral("--cap"), QStringLiteral("250")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(printedIds(root), expectedIds({}).mid(0, 250));
        QCOMPARE(root.value(QLatin1String("complete")).toBool(), false);
        QVERIFY2(r.err.contains(QLatin1String("More entries not loaded")), qPrintable(r.err));
    }

    void malformedPages_sayWhy_exitOne_printWhatWasLoaded_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>")
                              << QStringLiteral("Page 3");
        QTest::newRow("truncated json")
            << QByteArray("{\"messages\":[{\"dlqId\":\"x\"") << QStringLiteral("Page 3");
        QTest::newRow("no messages") << QByteArray("{\"cursor\":\"\"}") << QStringLiteral("Page 3");
        QTest::newRow("repeating cursor") << QByteArray() << QStringLiteral("a second time");
    }

    void malformedPages_sayWhy_exitOne_printWhatWasLoaded()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        int pages = 0;
        QString firstCursor;
        server->setOverride([&](const SandboxRequest &request) -> std::optional<SandboxResponse> {
            if (request.method != "GET" || request.path != "/v2/workflows/dlq")
                return std::nullopt;
            ++pages;
            if (body.isEmpty()) {
                // The second page hands back the first page's cursor again.
                if (pages == 1)
                    return std::nullopt;
                const QJsonObject page{
                    {QStringLiteral("messages"), QJsonArray{entries.at(100 + pages)}},
                    {QStringLiteral("cursor"), QStringLiteral("again")}};
                SandboxResponse response;
                response.body = QJsonDocument(page).toJson();
                return response;
            }
            if (pages < 3)
                return std::nullopt;
            SandboxResponse response;
            response.body = body;
            return response;
        });
        const test::DlqctlRun r = list({});
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("are kept")), qPrintable(r.err));
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(QLatin1String("complete")).toBool(), false);
        const QStringList printed = printedIds(root);
        const QStringList all = expectedIds({});
        if (body.isEmpty())
            QCOMPARE(printed.mid(0, 100), all.mid(0, 100));
        else
            QCOMPARE(printed, all.mid(0, 200));
    }

    void badFlags_exitTwo_andSendNothing_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("says");
        QTest::newRow("bad date") << QStringList{QStringLiteral("--from-date"),
                                                 QStringLiteral("yesterday")}
                                  << QStringLiteral("--from-date");
        QTest::newRow("bad state")
            << QStringList{QStringLiteral("--callback-state"), QStringLiteral("broken")}
            << QStringLiteral("--callback-state");
        QTest::newRow("dates reversed")
            << QStringList{QStringLiteral("--from-date"), QStringLiteral("2000"),
                           QStringLiteral("--to-date"), QStringLiteral("1000")}
            << QStringLiteral("start date is after the end date");
        QTest::newRow("blank label") << QStringList{QStringLiteral("--label"), QStringLiteral(" ")}
                                     << QStringLiteral("--label needs a value");
        QTest::newRow("bad cap") << QStringList{QStringLiteral("--cap"), QStringLiteral("0")}
                                 << QStringLiteral("--cap");
    }

    void badFlags_exitTwo_andSendNothing()
    {
        QFETCH(QStringList, flags);
        QFETCH(QString, says);
        const test::DlqctlRun r = list(flags);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(server->requests().isEmpty());
    }

    void csvTableAndIdsOnly()
    {
        const QStringList expected = expectedIds({}).mid(0, 120);
        const QStringList cap{QStringLiteral("--cap"), QStringLiteral("120")};
        const QString list = QStringLiteral("list");
        const test::DlqctlRun ids = dlqctl(list, QStringList{QStringLiteral("--ids-only")} + cap);
        QCOMPARE(ids.exitCode, 0);
        QCOMPARE(ids.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts), expected);
        const test::DlqctlRun csv =
            dlqctl(list, QStringList{QStringLiteral("--format"), QStringLiteral("csv")} + cap);
        QCOMPARE(csv.exitCode, 0);
        const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 121);
        QVERIFY(lines.first().startsWith(QLatin1String("dlq_id,created_at,response_status")));
        QVERIFY(lines.at(1).startsWith(expected.first() + QLatin1Char(',')));
        const test::DlqctlRun table = dlqctl(list, cap);
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.startsWith(QLatin1String("DLQ ID")));
        QVERIFY(table.out.contains(expected.last()));
    }
};

QTEST_GUILESS_MAIN(TestDlqctlList)
#include "tst_dlqctllist.moc"
