// The details pane, offscreen, showing entries the real sandbox seeded and the real
// DlqEntryFetch read back (GET /v2/workflows/dlq/{id}): both failure-callback shapes, base64
// and 200 KB bodies, wrong-type fields, the gone and error states, and the copy buttons.
#include "api/curlcommand.h"
#include "run/dlqentryfetch.h"
#include "run/dlqpager.h"
#include "sandbox/sandboxserver.h"
#include "support/guitest.h"
#include "support/sandboxrunconfig.h"
#include "ui/browse/entrydetailspane.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

#include <functional>
#include <memory>

using namespace dlq;
using api::DlqEntry;

namespace {

constexpr quint32 kSeed = 1;
constexpr int kSeedCount = 300;

} // namespace

class tst_EntryDetailsPane : public QObject
{
    Q_OBJECT

private:
    RunConfig config() const { return test::sandboxRunConfig(*server, 2); }

    // Every seeded entry as the list gives it: only to pick IDs with the wanted traits.
    QList<DlqEntry> listAll()
    {
        DlqPager pager(&nam, config());
        QList<DlqEntry> all;
        connect(&pager, &DlqPager::pageLoaded, this,
                [&](int, const QList<DlqEntry> &page, const QStringList &) { all += page; });
        QSignalSpy done(&pager, &DlqPager::finished);
        if (!pager.start({}) || !done.wait(30000))
            return {};
        return all;
    }

    QString pickId(const std::function<bool(const DlqEntry &)> &wanted)
    {
        for (const DlqEntry &entry : listAll()) {
            if (wanted(entry))
                return entry.dlqId;
        }
        return QString();
    }

    EntryFetchResult fetch(const QString &dlqId)
    {
        DlqEntryFetch fetcher(&nam, config());
        QSignalSpy done(&fetcher, &DlqEntryFetch::finished);
        if (!fetcher.start(dlqId) || !done.wait(30000))
            return {};
        return done.first().first().value<EntryFetchResult>();
    }

    // The pane showing the entry GET /{id} returned for the first seeded entry `wanted` likes.
    bool showFetched(const std::function<bool(const DlqEntry &)> &wanted, DlqEntry *shown)
    {
        const QString id = pickId(wanted);
        if (id.isEmpty())
            return false;
        const EntryFetchResult result = fetch(id);
        if (!result.entry)
            return false;
        pane->showEntry(*result.entry);
        *shown = *result.entry;
        return true;
    }

    template<typename T> T *child(const char *name) const
    {
        return pane->findChild<T *>(QLatin1String(name));
    }
    QString field(const char *name) const
    {
        const auto *edit = child<QLineEdit>(name);
        return edit ? edit->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
    }
    QString text(const char *name) const
    {
        const auto *edit = child<QPlainTextEdit>(name);
        return edit ? edit->toPlainText() : QStringLiteral("<no %1>").arg(QLatin1String(name));
    }
    QString label(const char *name) const
    {
        const auto *l = child<QLabel>(name);
        return l ? l->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
    }
    // Visible once its section is the current tab, as a user would look at it.
    bool visible(const char *name) const
    {
        const auto *w = child<QWidget>(name);
        auto *tabs = child<QTabWidget>("detailsTabs");
        if (!w || !tabs)
            return false;
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->isAncestorOf(w))
                tabs->setCurrentIndex(i);
        }
        return w->isVisibleTo(pane.get());
    }
    QString clickCopy(const char *name)
    {
        QApplication::clipboard()->clear();
        auto *button = child<QPushButton>(name);
        if (!button || !button->isEnabled())
            return QStringLiteral("<%1 not clickable>").arg(QLatin1String(name));
        QTest::mouseClick(button, Qt::LeftButton);
        return QApplication::clipboard()->text();
    }

    QNetworkAccessManager nam;
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<EntryDetailsPane> pane;

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<SandboxServer>();
        QVERIFY(server->listen());
        server->setToken(QStringLiteral("tok-Very-Secret-0123456789"));
        server->seed(kSeedCount, kSeed);
        pane = std::make_unique<EntryDetailsPane>();
        pane->setBaseUrl(server->baseUrl());
        pane->resize(900, 700);
        pane->show();
    }
    void cleanup()
    {
        pane.reset();
        server.reset();
    }

    void startsEmptyAndEveryControlIsNamed()
    {
        QCOMPARE(label("detailsTitle"), QStringLiteral("No entry selected"));
        for (const char *name :
             {"detailsCopyDlqId", "detailsCopyRunId", "detailsCopyCurl", "detailsCopyJson"})
            QVERIFY2(!child<QPushButton>(name)->isEnabled(), name);
        QVERIFY(!visible("detailsStatus"));
        const QStringList unnamed = unnamedControls(pane.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
        QVERIFY(!pane->accessibleName().isEmpty());
        QVERIFY(!child<QTabWidget>("detailsTabs")->accessibleName().isEmpty());
    }

    void showsRequestResponseAndMeta()
    {
        DlqEntry e;
        QVERIFY(showFetched(
            [](const DlqEntry &x) {
                return !x.body.wasBase64 && x.body.bytes.startsWith("{\"customer\"") &&
                       !x.labels.isEmpty() && !x.flowControlKey.isEmpty();
            },
            &e));
        QCOMPARE(label("detailsTitle"), QStringLiteral("DLQ entry ") + e.dlqId);
        QCOMPARE(field("detailsMethod"), QStringLiteral("POST"));
        QCOMPARE(field("detailsUrl"), e.url);
        QVERIFY2(text("detailsRequestHeaders")
                     .contains(QStringLiteral("Upstash-Workflow-Runid: ") + e.workflowRunId),
                 qPrintable(text("detailsRequestHeaders")));
        // UTF-8 JSON body, indented, non-ASCII intact.
        const QString body = text("detailsRequestBodyText");
        QVERIFY2(body.startsWith(QStringLiteral("{\n    \"customer\": \"Zoë Müller\",")),
                 qPrintable(body));
        QVERIFY(body.contains(QStringLiteral("配送先を確認")));
        QVERIFY(label("detailsRequestBodySummary").startsWith(QStringLiteral("JSON · ")));
        QVERIFY(!visible("detailsRequestBodyCutNote"));

        QVERIFY(field("detailsResponseStatus").startsWith(QString::number(e.responseStatus)));
        QVERIFY(!text("detailsResponseHeaders").isEmpty());

        QCOMPARE(field("detailsDlqId"), e.dlqId);
        QCOMPARE(field("detailsWorkflowUrl"), e.workflowUrl);
        QCOMPARE(field("detailsRunId"), e.workflowRunId);
        QVERIFY(field("detailsCreatedAt").endsWith(QString::number(e.createdAt)));
        QVERIFY(field("detailsCreatedAt")
                    .startsWith(QDateTime::fromMSecsSinceEpoch(e.createdAt, Qt::UTC)
                                    .toString(Qt::ISODate)
                                    .left(16)));
        QVERIFY(field("detailsWorkflowCreatedAt").endsWith(QString::number(e.workflowCreatedAt)));
        QCOMPARE(field("detailsMaxRetries"), QString::number(e.maxRetries));
        QCOMPARE(field("detailsLabels"), e.labels.join(QStringLiteral(", ")));
        QCOMPARE(field("detailsFlowControlKey"), e.flowControlKey);
        QCOMPARE(field("detailsCallerIp"), e.callerIp);
        QVERIFY(!visible("detailsProblems"));
        QCOMPARE(child<QTabWidget>("detailsTabs")->tabText(3), QStringLiteral("Meta"));

        // Raw JSON: the entry as sent, indented.
        const QJsonDocument raw = QJsonDocument::fromJson(text("detailsRawJsonText").toUtf8());
        QCOMPARE(raw.object(), e.raw.toObject());
    }

    void failureCallbackInBothShapes()
    {
        const QString id = pickId([](const DlqEntry &x) {
            return x.failureCallback.state == QLatin1String("CALLBACK_FAIL");
        });
        QVERIFY(!id.isEmpty());

        // The spec's shape: only the state.
        const EntryFetchResult spec = fetch(id);
        QVERIFY(spec.entry);
        QVERIFY(!spec.entry->failureCallback.hasInfo);
        pane->showEntry(*spec.entry);
        QVERIFY(!visible("detailsCallbackNone"));
        QCOMPARE(field("detailsCallbackUrl"), spec.entry->failureCallback.url);
        QVERIFY(!field("detailsCallbackUrl").isEmpty());
        QCOMPARE(field("detailsCallbackState"), QStringLiteral("CALLBACK_FAIL"));
        QVERIFY(field("detailsCallbackStatus").isEmpty());
        QVERIFY(visible("detailsCallbackShape"));
        QVERIFY(!visible("detailsCallbackStatus")); // nothing to show in this shape
        QVERIFY(!visible("detailsCallbackBodyText"));
        QVERIFY2(label("detailsCallbackShape").contains(QLatin1String("failureFunctionState")),
                 qPrintable(label("detailsCallbackShape")));
        QCOMPARE(child<QTabWidget>("detailsTabs")->tabText(2),
                 QStringLiteral("Failure callback (CALLBACK_FAIL)"));

        // The SDK's shape: state, status, headers and body of the callback's answer.
        server->setCallbackShape(SandboxCallbackShape::Sdk);
        const EntryFetchResult sdk = fetch(id);
        QVERIFY(sdk.entry);
        QVERIFY(sdk.entry->failureCallback.hasInfo);
        pane->showEntry(*sdk.entry);
        QCOMPARE(field("detailsCallbackState"), QStringLiteral("CALLBACK_FAIL"));
        QCOMPARE(field("detailsCallbackStatus"),
                 QString::number(sdk.entry->failureCallback.responseStatus));
        QVERIFY(field("detailsCallbackStatus").startsWith(QLatin1Char('5')));
        QVERIFY(!visible("detailsCallbackShape"));
        QVERIFY(visible("detailsCallbackStatus"));
        QVERIFY(visible("detailsCallbackBodyText"));
        QVERIFY(text("detailsCallbackHeaders").contains(QLatin1String("Content-Type: ")));
        QVERIFY2(text("detailsCallbackBodyText").startsWith(QLatin1String("{\n    \"error\": ")),
                 qPrintable(text("detailsCallbackBodyText")));

        // An entry without a callback says so.
        DlqEntry none;
        QVERIFY(showFetched(
            [](const DlqEntry &x) {
                return x.failureCallback.url.isEmpty() && x.failureCallback.state.isEmpty();
            },
            &none));
        QVERIFY(visible("detailsCallbackNone"));
        QCOMPARE(label("detailsCallbackNone"), QStringLiteral("No failure callback"));
        QVERIFY(!visible("detailsCallbackUrl"));
    }

    void base64BodyIsAHexPreviewAndCopiesAsBase64()
    {
        DlqEntry e;
        QVERIFY(showFetched([](const DlqEntry &x) { return x.body.wasBase64; }, &e));
        QVERIFY2(label("detailsRequestBodySummary")
                     .endsWith(QLatin1String(", not UTF-8 (sent as base64)")),
                 qPrintable(label("detailsRequestBodySummary")));
        QVERIFY2(text("detailsRequestBodyText").startsWith(QLatin1String("00000000  1f 8b 08 00")),
                 qPrintable(text("detailsRequestBodyText")));
        QSignalSpy copied(pane.get(), &EntryDetailsPane::copied);
        QCOMPARE(clickCopy("detailsRequestBodyCopy"), QString::fromLatin1(e.body.bytes.toBase64()));
        QCOMPARE(copied.size(), 1);
        QCOMPARE(copied.first().first().toString(), QStringLiteral("request body"));
    }

    void largeBodyIsCutAndCopiedWhole()
    {
        DlqEntry e;
        QVERIFY(
            showFetched([](const DlqEntry &x) { return x.body.bytes.size() >= 200 * 1024; }, &e));
        const QString shown = text("detailsRequestBodyText");
        QVERIFY2(shown.toUtf8().size() <= 64 * 1024, qPrintable(QString::number(shown.size())));
        QVERIFY(shown.startsWith(QLatin1String("{\n    \"rows\": [\n        {\n")));
        QVERIFY(visible("detailsRequestBodyCutNote"));
        QVERIFY2(label("detailsRequestBodyCutNote").startsWith(QLatin1String("Showing the first ")),
                 qPrintable(label("detailsRequestBodyCutNote")));
        QVERIFY(label("detailsRequestBodySummary").startsWith(QStringLiteral("JSON · 2")));

        const QString whole = clickCopy("detailsRequestBodyCopy");
        QVERIFY(whole.size() > e.body.bytes.size()); // indented
        QCOMPARE(QJsonDocument::fromJson(whole.toUtf8()), QJsonDocument::fromJson(e.body.bytes));
        QVERIFY(whole.startsWith(shown));
        // The raw JSON tab is capped the same way.
        QVERIFY(text("detailsRawJsonText").toUtf8().size() <= 64 * 1024);
        QVERIFY(visible("detailsRawJsonCutNote"));
        const QJsonDocument copied = QJsonDocument::fromJson(clickCopy("detailsCopyJson").toUtf8());
        QCOMPARE(copied.object(), e.raw.toObject());
    }

    void wrongTypeFieldsAreListedAndTheRestShown()
    {
        const QString id = QStringLiteral("1752829299999-1");
        server->setOverride([&](const SandboxRequest &request) -> std::optional<SandboxResponse> {
            if (request.method != "GET" || !request.path.endsWith(id.toUtf8()))
                return std::nullopt;
            SandboxResponse r;
            r.status = 200;
            r.body = R"({"dlqId":"1752829299999-1","workflowRunId":"wfr_x","createdAt":"soon",)"
                     R"("maxRetries":{},"labels":7,"header":["x"],"responseStatus":489,)"
                     R"("failureCallbackInfo":"broken","body":"plain text"})";
            return r;
        });
        const EntryFetchResult result = fetch(id);
        QVERIFY(result.entry);
        pane->showEntry(*result.entry);
        QCOMPARE(result.entry->problems.size(), 5);
        QCOMPARE(child<QTabWidget>("detailsTabs")->tabText(3), QStringLiteral("Meta (5 problems)"));
        QVERIFY(visible("detailsProblems"));
        QCOMPARE(text("detailsProblems"), result.entry->problems.join(QLatin1Char('\n')));
        QVERIFY(text("detailsProblems").contains(QLatin1String("createdAt: expected")));
        QCOMPARE(field("detailsRunId"), QStringLiteral("wfr_x"));
        QVERIFY(field("detailsCreatedAt").isEmpty());
        QVERIFY(field("detailsMaxRetries").isEmpty());
        QCOMPARE(text("detailsRequestBodyText"), QStringLiteral("plain text"));
        QVERIFY(field("detailsResponseStatus").startsWith(QLatin1String("489")));
        QVERIFY(field("detailsRetryOutlook").startsWith(QLatin1String("Non-retryable")));
        QCOMPARE(QJsonDocument::fromJson(text("detailsRawJsonText").toUtf8()).object(),
                 result.entry->raw.toObject());
    }

    void goneKeepsTheLastCopyAndSaysSo()
    {
        DlqEntry e;
        QVERIFY(showFetched([](const DlqEntry &x) { return !x.workflowRunId.isEmpty(); }, &e));
        pane->showLoading(e.dlqId);
        QCOMPARE(pane->statusText(), QStringLiteral("Refreshing…"));
        QVERIFY(visible("detailsStatus"));
        QCOMPARE(field("detailsRunId"), e.workflowRunId); // kept while refreshing

        // Deleted behind the pane's back: the refresh answers 404.
        QNetworkRequest del(
            QUrl(server->baseUrl().toString() + QStringLiteral("/v2/workflows/dlq/") + e.dlqId));
        del.setRawHeader("Authorization", "Bearer " + server->token().toUtf8());
        QNetworkReply *reply = nam.deleteResource(del);
        QSignalSpy deleted(reply, &QNetworkReply::finished);
        QVERIFY(deleted.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
        const EntryFetchResult again = fetch(e.dlqId);
        QVERIFY(again.notFound);
        pane->showGone(e.dlqId, again.error);
        QVERIFY2(pane->statusText().startsWith(QLatin1String("Gone: ")),
                 qPrintable(pane->statusText()));
        QVERIFY(pane->statusText().contains(QLatin1String("last copy")));
        QCOMPARE(field("detailsRunId"), e.workflowRunId);
        QCOMPARE(clickCopy("detailsCopyDlqId"), e.dlqId);

        // Gone without ever having been shown: the ID and the news, nothing stale.
        pane->showGone(QStringLiteral("1700000000000-0"), again.error);
        QCOMPARE(label("detailsTitle"), QStringLiteral("DLQ entry 1700000000000-0"));
        QVERIFY(field("detailsRunId").isEmpty());
        QVERIFY(!pane->statusText().contains(QLatin1String("last copy")));
        QCOMPARE(clickCopy("detailsCopyDlqId"), QStringLiteral("1700000000000-0"));
        QVERIFY(!child<QPushButton>("detailsCopyJson")->isEnabled());

        // What the server says is shown as text, never as markup.
        pane->showGone(QStringLiteral("<i>x</i>"), QStringLiteral("<b>not</b> found"));
        QVERIFY(pane->statusText().endsWith(QLatin1String("Server: <b>not</b> found")));
        QCOMPARE(child<QLabel>("detailsStatus")->textFormat(), Qt::PlainText);
        QCOMPARE(child<QLabel>("detailsTitle")->textFormat(), Qt::PlainText);
    }

    void errorKeepsTheDataAndShowsTheMessage()
    {
        DlqEntry e;
        QVERIFY(showFetched([](const DlqEntry &x) { return !x.workflowRunId.isEmpty(); }, &e));
        server->setOverride([](const SandboxRequest &request) -> std::optional<SandboxResponse> {
            if (request.method != "GET")
                return std::nullopt;
            SandboxResponse r;
            r.status = 500;
            r.body = R"({"error":"database on fire"})";
            return r;
        });
        pane->showLoading(e.dlqId);
        const EntryFetchResult failed = fetch(e.dlqId);
        QVERIFY(!failed.entry);
        QVERIFY(!failed.error.isEmpty());
        pane->showError(failed.error);
        QVERIFY2(pane->statusText().startsWith(QLatin1String("Refresh failed: ")),
                 qPrintable(pane->statusText()));
        QVERIFY(pane->statusText().contains(failed.error));
        QCOMPARE(field("detailsDlqId"), e.dlqId);
        QCOMPARE(field("detailsRunId"), e.workflowRunId);

        // A fresh entry clears the error line.
        pane->showEntry(e);
        QVERIFY(!visible("detailsStatus"));

        // Loading another entry never leaves the old one on screen.
        pane->showLoading(QStringLiteral("1700000000000-2"));
        QCOMPARE(label("detailsTitle"), QStringLiteral("DLQ entry 1700000000000-2"));
        QVERIFY(field("detailsDlqId").isEmpty());
        QVERIFY(text("detailsRequestBodyText").isEmpty());
        pane->clear();
        QCOMPARE(label("detailsTitle"), QStringLiteral("No entry selected"));
        QVERIFY(!child<QPushButton>("detailsCopyDlqId")->isEnabled());
    }

    void copyButtonsPutTheRightTextOnTheClipboard()
    {
        DlqEntry e;
        QVERIFY(showFetched([](const DlqEntry &x) { return !x.workflowRunId.isEmpty(); }, &e));
        QSignalSpy copied(pane.get(), &EntryDetailsPane::copied);
        QCOMPARE(clickCopy("detailsCopyDlqId"), e.dlqId);
        QCOMPARE(clickCopy("detailsCopyRunId"), e.workflowRunId);
        const QString curl = clickCopy("detailsCopyCurl");
        QCOMPARE(curl, api::curlGetEntryCommand(server->baseUrl(), e.dlqId));
        QVERIFY2(curl.contains(QLatin1String("\"Authorization: Bearer $QSTASH_TOKEN\"")),
                 qPrintable(curl));
        QVERIFY(!curl.contains(server->token()));
        QVERIFY(!curl.contains(QLatin1String("Very-Secret")));
        const QString json = clickCopy("detailsCopyJson");
        QCOMPARE(QJsonDocument::fromJson(json.toUtf8()).object(), e.raw.toObject());
        QCOMPARE(copied.size(), 4);
        QCOMPARE(copied.at(0).first().toString(), QStringLiteral("DLQ ID"));
        QCOMPARE(copied.at(2).first().toString(), QStringLiteral("curl command"));

        // Without a usable server address there is no curl to copy.
        pane->setBaseUrl(QUrl());
        QVERIFY(!child<QPushButton>("detailsCopyCurl")->isEnabled());
    }

    void copiedCurlFetchesTheEntryFromTheSandbox()
    {
        const QString curlPath = QStandardPaths::findExecutable(QStringLiteral("curl"));
        if (curlPath.isEmpty())
            QSKIP("curl is not installed");
        DlqEntry e;
        QVERIFY(showFetched([](const DlqEntry &x) { return !x.workflowRunId.isEmpty(); }, &e));
        const QString curl = clickCopy("detailsCopyCurl");
        QVERIFY(!curl.contains(server->token()));
        // The user's shell supplies the token; the sandbox (in this event loop) answers.
        QProcess shell;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QSTASH_TOKEN"), server->token());
        env.remove(QStringLiteral("http_proxy"));
        env.remove(QStringLiteral("HTTP_PROXY"));
        env.remove(QStringLiteral("all_proxy"));
        env.remove(QStringLiteral("ALL_PROXY"));
        shell.setProcessEnvironment(env);
        QSignalSpy finished(&shell, &QProcess::finished);
        shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), curl});
        QVERIFY(finished.wait(30000));
        QCOMPARE(shell.exitCode(), 0);
        const QJsonObject got = QJsonDocument::fromJson(shell.readAllStandardOutput()).object();
        QCOMPARE(got.value(QStringLiteral("dlqId")).toString(), e.dlqId);
        QCOMPARE(server->requests().last().target, "/v2/workflows/dlq/" + e.dlqId.toUtf8());
    }

    void everyControlIsReachableByKeyboard()
    {
        DlqEntry e;
        QVERIFY(showFetched([](const DlqEntry &x) { return !x.workflowRunId.isEmpty(); }, &e));
        QApplication::setActiveWindow(pane.get());
        QVERIFY(QTest::qWaitForWindowActive(pane.get()));
        auto *first = child<QPushButton>("detailsCopyDlqId");
        first->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), first);
        QSet<QString> reached;
        for (int i = 0; i < 40 && QApplication::focusWidget(); ++i) {
            reached.insert(QApplication::focusWidget()->objectName());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        for (const char *name :
             {"detailsCopyDlqId", "detailsCopyRunId", "detailsCopyCurl", "detailsCopyJson",
              "detailsMethod", "detailsUrl", "detailsRequestHeaders", "detailsRequestBodyCopy",
              "detailsRequestBodyText"})
            QVERIFY2(reached.contains(QLatin1String(name)), name);
        QVERIFY2(reached.contains(QStringLiteral("qt_tabwidget_tabbar")),
                 "the section tabs are not reachable");

        // Ctrl+Tab from inside a section goes to the next one, whose fields take the focus.
        auto *tabs = child<QTabWidget>("detailsTabs");
        tabs->setCurrentIndex(0);
        auto *method = child<QLineEdit>("detailsMethod");
        method->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), method);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 3);
        auto *dlqIdField = child<QLineEdit>("detailsDlqId");
        QVERIFY(dlqIdField->focusPolicy() & Qt::TabFocus);
        QVERIFY(dlqIdField->isReadOnly());
        // The copy buttons take focus from the keyboard and Space presses them (their
        // letters are all taken by the DLQ tab around the pane, so they have no Alt key).
        QApplication::clipboard()->clear();
        auto *copyId = child<QPushButton>("detailsCopyDlqId");
        QVERIFY(copyId->focusPolicy() & Qt::TabFocus);
        copyId->setFocus(Qt::TabFocusReason);
        QTest::keyClick(copyId, Qt::Key_Space);
        QTRY_COMPARE(QApplication::clipboard()->text(), e.dlqId);
        auto *copyRun = child<QPushButton>("detailsCopyRunId");
        QVERIFY(copyRun->focusPolicy() & Qt::TabFocus);
        copyRun->setFocus(Qt::TabFocusReason);
        QTest::keyClick(copyRun, Qt::Key_Space);
        QTRY_COMPARE(QApplication::clipboard()->text(), e.workflowRunId);
    }
};

QTEST_MAIN(tst_EntryDetailsPane)
#include "tst_entrydetailspane.moc"
