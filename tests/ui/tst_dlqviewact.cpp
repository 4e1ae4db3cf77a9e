// Resume, restart and the failure callback from the DLQ tab, through the real widgets against
// the window's sandbox: the sandbox's state afterwards equals the ledger the window shows, every
// new run ID in the ledger is the one the sandbox started, no bulk request goes out unscoped or
// mixed, invalid overrides send nothing, a refused resume is offered as a restart, and entries
// that failed with a non-retryable error are flagged before resuming them unchanged.

#include "support/dlqactsupport.h"
#include "support/dlqviewfixture.h"

#include "history/historystore.h"
#include "results/ledgermodel.h"
#include "sandbox/sandboxserver.h"
#include "ui/act/actchooserdialog.h"
#include "ui/act/actflow.h"
#include "ui/act/actpanel.h"
#include "ui/act/dlqactions.h"

#include <QAction>
#include <QCheckBox>
#include <QFileDialog>
#include <QHash>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

using namespace dlq;

class TestDlqViewAct : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DlqViewFixture> m_f;

    SandboxServer *sandbox() const { return m_f->window->sandbox(); }
    DlqActions *acts() const { return m_f->view()->actions(); }
    QTableView *table() const { return m_f->view()->view(); }
    QAction *action(const char *name) const
    {
        return m_f->view()->findChild<QAction *>(QString::fromLatin1(name));
    }

    // Selects exactly these loaded entries, as Ctrl+clicks do.
    bool select(const QStringList &ids) const { return dlqact::select(m_f->view(), ids); }

    ActChooserDialog *waitChooser() const { return dlqact::waitChooser(acts()); }
    // On the indicator: a radio button only takes clicks on its indicator and text.
    static void clickRadio(QRadioButton *radio)
    {
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
    }
    template<typename T> static T *in(QWidget *parent, const char *name)
    {
        return dlqact::in<T>(parent, name);
    }
    // Confirms the open chooser and waits for the run to end; the ledger it shows.
    Ledger confirmAndWait(ActChooserDialog *dialog) const
    {
        return dlqact::confirmAndWait(acts(), dialog);
    }
    // The ledger as the panel's table shows it: DLQ ID -> new run ID.
    QHash<QString, QString> shownRuns() const
    {
        QHash<QString, QString> out;
        QAbstractItemModel *model = acts()->panel()->table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            out.insert(model->index(row, LedgerColumn::Id).data().toString(),
                       model->index(row, LedgerColumn::NewRunId).data().toString());
        }
        return out;
    }
    QHash<QString, QString> sandboxRuns() const
    {
        QHash<QString, QString> out;
        for (const auto &[id, run] : sandbox()->startedRuns())
            out.insert(id, run);
        return out;
    }
    int actionRequests() const
    {
        int n = 0;
        for (const SandboxRequest &r : sandbox()->requests())
            n += r.method != "GET" ? 1 : 0;
        return n;
    }
    void verifyNoUnscopedBulk() const
    {
        for (const SandboxBulkCall &call : sandbox()->bulkCalls()) {
            QVERIFY(!call.isUnscoped());
            QVERIFY(!call.isMixed());
            QVERIFY(!call.dlqIds.isEmpty());
        }
        QCOMPARE(sandbox()->unfilteredBulkDeleteCount(), 0);
    }
    QStringList firstLoaded(int n, int from = 0) const { return m_f->loadedIds().mid(from, n); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_f = std::make_unique<DlqViewFixture>();
        QVERIFY(m_f->open());
        QVERIFY(m_f->applyAndLoadAll());
    }
    void cleanup() { m_f.reset(); }

    // Three of the five pages loaded by scrolling, then a resume deep in the third: the tab
    // loads as many entries as before from the server again (not only its first page), without
    // the resumed ones, and shows the same rows at the top.
    void anActionReloadsWhatWasLoaded_andKeepsThePlace()
    {
        constexpr int kPage = DlqEntriesModel::kPageSize;
        QTest::mouseClick(m_f->child<QPushButton>("dlqApplyButton"), Qt::LeftButton);
        QVERIFY(m_f->waitIdle());
        QCOMPARE(m_f->model()->rowCount(), kPage);
        for (int pages = 2; pages <= 3; ++pages) {
            table()->scrollToBottom();
            QTRY_VERIFY(m_f->model()->rowCount() == pages * kPage && !m_f->model()->isLoading());
        }
        QVERIFY(m_f->model()->hasMore());
        const auto shownIds = [this] {
            QStringList ids;
            QAbstractItemModel *model = table()->model();
            for (int row = 0; row < model->rowCount(); ++row)
                ids << model->index(row, 0).data(DlqRole::DlqId).toString();
            return ids;
        };
        const auto topId = [this] {
            return table()->indexAt(QPoint(0, 0)).data(DlqRole::DlqId).toString();
        };
        const QStringList before = shownIds();
        table()->scrollTo(table()->model()->index(240, 0), QAbstractItemView::PositionAtTop);
        QCOMPARE(topId(), before.at(240));
        const QStringList acted = before.mid(250, 3);
        QVERIFY(select(acted));
        action("dlqResumeAction")->trigger();
        ActChooserDialog *dialog = waitChooser();
        QVERIFY(dialog);
        const Ledger ledger = confirmAndWait(dialog);
        QCOMPARE(ledger.entries.size(), 3);
        QStringList left; // what the sandbox no longer has
        for (const LedgerEntry &entry : ledger.entries) {
            if (entry.row.state == ResultState::Done)
                left << entry.row.id;
        }
        QVERIFY(!left.isEmpty());
        QVERIFY(m_f->waitIdle());

        QStringList expected = m_f->oracle({});
        for (const QString &id : std::as_const(left))
            expected.removeAll(id);
        QCOMPARE(m_f->loadedIds(), expected.mid(0, 3 * kPage));
        QVERIFY(m_f->model()->hasMore());
        QCOMPARE(topId(), before.at(240));
    }

    void resumeSelectedPerIdMatchesTheSandbox()
    {
        const QStringList ids = firstLoaded(5, 2);
        QVERIFY(select(ids));
        QVERIFY(action("dlqResumeAction")->isEnabled());
        action("dlqResumeAction")->trigger();
        ActChooserDialog *dialog = waitChooser();
        QVERIFY(dialog);
        QVERIFY(in<QRadioButton>(dialog, "actResumeRadio")->isChecked());
        QVERIFY(in<QLabel>(dialog, "actResumeExplainLabel")
                    ->text()
                    .contains(QLatin1String("failed step")));
        QVERIFY(in<QLabel>(dialog, "actRestartExplainLabel")
                    ->text()
                    .contains(QLatin1String("first step")));
        QVERIFY(!dialog->requiresTypedCount());
        const Ledger ledger = confirmAndWait(dialog);
        QCOMPARE(ledger.entries.size(), 5);
        const QHash<QString, QString> created = sandboxRuns();
        const QHash<QString, QString> shown = shownRuns();
        QCOMPARE(created.size(), 5);
        QCOMPARE(shown, created);
        for (const LedgerEntry &e : ledger.entries) {
            QCOMPARE(e.action, EntryCall::Resume);
            QCOMPARE(e.outcome(), QStringLiteral("started"));
            QVERIFY(!sandbox()->contains(e.row.id));
        }
        QVERIFY(sandbox()->bulkCalls().isEmpty());
        // The tab loads again: the entries that left the DLQ are no longer listed.
        QTRY_VERIFY_WITH_TIMEOUT(m_f->waitIdle() && !m_f->loadedIds().contains(ids.first()), 20000);
        for (const QString &id : ids)
            QVERIFY(!m_f->loadedIds().contains(id));
    }

    // The server went away after the list was loaded: the panel says so as a sentence that
    // names the server and what to check, not "stopped: server not reachable".
    void aServerThatWentAwaySaysCannotReach()
    {
        const QStringList ids = firstLoaded(3);
        QVERIFY(select(ids));
        const QString host = QStringLiteral("127.0.0.1:%1").arg(sandbox()->port());
        sandbox()->close(); // refuses connections from now on
        action("dlqResumeAction")->trigger();
        ActChooserDialog *dialog = waitChooser();
        QVERIFY(dialog);
        const Ledger ledger = confirmAndWait(dialog);
        QCOMPARE(ledger.entries.size(), 3);
        const QString status =
            acts()->panel()->findChild<QLabel *>(QStringLiteral("actStatusLabel"))->text();
        QVERIFY2(status.startsWith(
                     QStringLiteral("Cannot reach %1 — check the URL. 0 of 3 done").arg(host)),
                 qPrintable(status));
        QVERIFY(sandbox()->startedRuns().isEmpty());
    }

    void restartWithOverridesSendsTheHeaders()
    {
        const QStringList ids = firstLoaded(3);
        QVERIFY(select(ids));
        action("dlqResumeAction")->trigger();
        ActChooserDialog *dialog = waitChooser();
        QVERIFY(dialog);
        clickRadio(in<QRadioButton>(dialog, "actRestartRadio"));
        QTest::keyClicks(in<QLineEdit>(dialog, "actRetriesEdit"), QStringLiteral("3"));
        QTest::keyClicks(in<QLineEdit>(dialog, "actDelayEdit"), QStringLiteral("10s"));
        QCOMPARE(dialog->call(), EntryCall::Restart);
        const Ledger ledger = confirmAndWait(dialog);
        QCOMPARE(ledger.action, EntryCall::Restart);
        QCOMPARE(shownRuns(), sandboxRuns());
        int restarts = 0;
        for (const SandboxRequest &r : sandbox()->requests()) {
            if (!r.path.startsWith("/v2/workflows/dlq/restart/"))
                continue;
            ++restarts;
            QCOMPARE(r.header("upstash-retries"), QByteArray("3"));
            QCOMPARE(r.header("upstash-delay"), QByteArray("10s"));
        }
        QCOMPARE(restarts, 3);
        for (const QString &id : ids)
            QVERIFY(!sandbox()->contains(id));
    }

    void invalidOverridesSendNothing()
    {
        QVERIFY(select(firstLoaded(2)));
        action("dlqRestartAction")->trigger();
        ActChooserDialog *dialog = waitChooser();
        QVERIFY(dialog);
        QVERIFY(in<QRadioButton>(dialog, "actRestartRadio")->isChecked());
        auto *confirm = in<QPushButton>(dialog, "actConfirmButton");
        QVERIFY(confirm->isEnabled());
        QTest::keyClicks(in<QLineEdit>(dialog, "actRetriesEdit"), QStringLiteral("many"));
        QVERIFY(!confirm->isEnabled());
        QVERIFY(in<QLabel>(dialog, "actProblemsLabel")->isVisibleTo(dialog));
        QVERIFY(in<QLabel>(dialog, "actProblemsLabel")
                    ->text()
                    .contains(QLatin1String("Upstash-Retries")));
        in<QLineEdit>(dialog, "actRetriesEdit")->clear();
        QVERIFY(confirm->isEnabled());
        QTest::keyClicks(in<QLineEdit>(dialog, "actFailureCallbackEdit"),
                         QStringLiteral("not a url"));
        QVERIFY(!confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTest::keyClick(in<QLineEdit>(dialog, "actFailureCallbackEdit"), Qt::Key_Return);
        QVERIFY(!acts()->flow()->isBusy());
        QCOMPARE(actionRequests(), 0);
        dialog->reject();
        QCOMPARE(actionRequests(), 0);
    }

    void callbackRetryOnlyWhereItFailedThenCancel()
    {
        QStringList failed;
        QString other;
        for (const api::DlqEntry &e : m_f->model()->entries()) {
            if (e.failureCallback.state == QLatin1String("CALLBACK_FAIL"))
                failed << e.dlqId;
            else if (other.isEmpty())
                other = e.dlqId;
        }
        QVERIFY(failed.size() >= 2);
        failed = failed.mid(0, 2);
        QVERIFY(select({other}));
        QVERIFY(!action("dlqRetryCallbackAction")->isEnabled());
        QVERIFY(select(failed));
        QVERIFY(action("dlqRetryCallbackAction")->isEnabled());
        QVERIFY(!action("dlqCancelCallbackAction")->isEnabled());
        action("dlqRetryCallbackAction")->trigger();
        ActChooserDialog *dialog = waitChooser();
        QVERIFY(dialog);
        QVERIFY(!in<QRadioButton>(dialog, "actResumeRadio")); // no chooser, no overrides
        QVERIFY(!in<QLineEdit>(dialog, "actRetriesEdit"));
        Ledger ledger = confirmAndWait(dialog);
        QCOMPARE(ledger.entries.size(), 2);
        for (const LedgerEntry &e : ledger.entries) {
            QCOMPARE(e.outcome(), QStringLiteral("callback_retried"));
            QCOMPARE(sandbox()->entry(e.row.id)->value(QLatin1String("failureFunctionState")),
                     QJsonValue(QStringLiteral("CALLBACK_INPROGRESS")));
        }
        // Reloaded: now in progress, so it can be cancelled.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_f->waitIdle() && m_f->model()->rowOf(failed.first()) >= 0 &&
                m_f->model()->entry(m_f->model()->rowOf(failed.first())).failureCallback.state ==
                    QLatin1String("CALLBACK_INPROGRESS"),
            20000);
        QVERIFY(select(failed));
        QVERIFY(action("dlqCancelCallbackAction")->isEnabled());
        action("dlqCancelCallbackAction")->trigger();
        dialog = waitChooser();
        QVERIFY(dialog);
        ledger = confirmAndWait(dialog);
        for (const LedgerEntry &e : ledger.entries) {
            QCOMPARE(e.outcome(), QStringLiteral("callback_canceled"));
            QCOMPARE(sandbox()->entry(e.row.id)->value(QLatin1String("failureFunctionState")),
                     QJsonValue(QStringLiteral("CALLBACK_CANCELED")));
        }
        QVERIFY(sandboxRuns().isEmpty());
    }

    void refusedResumeIsOfferedAsRestart()
    {
        const QStringList ids = firstLoaded(4);
        const QStringList refused = {ids.at(1), ids.at(3)};
        sandbox()->markResumeIncompatible(refused);
        QVERIFY(select(ids));
        action("dlqResumeAction")->trigger();
        ActChooserDialog *dialog = waitChooser();
        QVERIFY(dialog);
        Ledger ledger = confirmAndWait(dialog);
        QCOMPARE(acts()->flow()->restartCandidates(), refused);
        auto *offer = in<QPushButton>(acts()->panel(), "actRestartInsteadButton");
        QVERIFY(offer->isVisible());
        QVERIFY(offer->text().contains(QLatin1String("2")));
        for (const QString &id : refused)
            QVERIFY(sandbox()->contains(id));
        QTest::mouseClick(offer, Qt::LeftButton);
        dialog = waitChooser();
        QVERIFY(dialog);
        QVERIFY(in<QRadioButton>(dialog, "actRestartRadio")->isChecked());
        QCOMPARE(dialog->choice().where.count, 2);
        ledger = confirmAndWait(dialog);
        QCOMPARE(ledger.action, EntryCall::Restart);
        QCOMPARE(ledger.entries.size(), 2);
        for (const LedgerEntry &e : ledger.entries) {
            QVERIFY(refused.contains(e.row.id));
            QCOMPARE(e.outcome(), QStringLiteral("started"));
            QVERIFY(!sandbox()->contains(e.row.id));
        }
        QCOMPARE(sandboxRuns().size(), 4); // 2 resumed, then 2 restarted
        for (const LedgerEntry &e : ledger.entries)
            QCOMPARE(sandboxRuns().value(e.row.id), e.newWorkflowRunId);
        QVERIFY(!offer->isVisible());
    }

    void nonRetryableFailuresAreFlagged()
    {
        const QStringList ids = firstLoaded(3);
        for (const QString &id : ids.mid(0, 2)) {
            QJsonObject entry = *sandbox()->entry(id);
            entry.insert(QStringLiteral("responseStatus"), 489);
            QVERIFY(sandbox()->replaceEntry(entry));
        }
        QVERIFY(m_f->applyAndLoadAll());
        QVERIFY(select(ids));
        action("dlqResumeAction")->trigger();
        ActChooserDialog *dialog = waitChooser();
        QVERIFY(dialog);
        auto *flag = in<QLabel>(dialog, "actNonRetryableLabel");
        QVERIFY(flag->isVisibleTo(dialog));
        QVERIFY(flag->text().startsWith(QLatin1String("2 of these")));
        QTest::keyClicks(in<QLineEdit>(dialog, "actRetriesEdit"), QStringLiteral("1"));
        QVERIFY(!flag->isVisibleTo(dialog)); // not unchanged any more
        in<QLineEdit>(dialog, "actRetriesEdit")->clear();
        QVERIFY(flag->isVisibleTo(dialog));
        clickRadio(in<QRadioButton>(dialog, "actRestartRadio"));
        QVERIFY(!flag->isVisibleTo(dialog));
        QTest::mouseClick(in<QPushButton>(dialog, "actCancelButton"), Qt::LeftButton);
        QCOMPARE(actionRequests(), 0);
    }

    void aHundredEntriesAskForTheCountTyped()
    {
        QVERIFY(select(firstLoaded(100)));
        action("dlqRestartAction")->trigger();
        ActChooserDialog *dialog = waitChooser();
        QVERIFY(dialog);
        QVERIFY(dialog->requiresTypedCount());
        auto *count = in<QLineEdit>(dialog, "actCountEdit");
        auto *confirm = in<QPushButton>(dialog, "actConfirmButton");
        QVERIFY(count && !confirm->isEnabled());
        QTest::keyClicks(count, QStringLiteral("10"));
        QVERIFY(!confirm->isEnabled());
        QTest::keyClick(count, Qt::Key_Return); // neither sends nor throws the number away
        QVERIFY(dialog->isVisible());
        QTest::keyClicks(count, QStringLiteral("0"));
        QVERIFY(confirm->isEnabled());
        QTest::keyClick(in<QLineEdit>(dialog, "actReasonEdit"), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QTest::mouseClick(in<QPushButton>(dialog, "actCancelButton"), Qt::LeftButton);
        QCOMPARE(actionRequests(), 0);
    }

    void cancelledMidRunTheSandboxStillEqualsTheLedger()
    {
        sandbox()->setLatencyMs(150);
        const QStringList ids = firstLoaded(40);
        QVERIFY(select(ids));
        action("dlqResumeAction")->trigger();
        ActChooserDialog *dialog = waitChooser();
        QVERIFY(dialog);
        QSignalSpy finished(acts()->flow(), &ActFlow::finished);
        QSignalSpy progress(acts()->flow(), &ActFlow::progress);
        QTest::mouseClick(in<QPushButton>(dialog, "actConfirmButton"), Qt::LeftButton);
        QVERIFY(progress.wait(20000));
        auto *cancel = in<QPushButton>(acts()->panel(), "actRunCancelButton");
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000); // may end within the click
        QCOMPARE(finished.first().first().value<RunEnd>(), RunEnd::Cancelled);
        const Ledger ledger = acts()->flow()->ledgerModel()->ledger();
        QCOMPARE(ledger.entries.size(), 40);
        const QHash<QString, QString> created = sandboxRuns();
        int started = 0;
        for (const LedgerEntry &e : ledger.entries) {
            if (e.row.state == ResultState::Done) {
                ++started;
                QVERIFY(!sandbox()->contains(e.row.id));
                QCOMPARE(e.newWorkflowRunId, created.value(e.row.id));
            } else if (e.row.state == ResultState::NotSent) {
                QVERIFY2(sandbox()->contains(e.row.id), qPrintable(e.row.id));
                QVERIFY(!created.contains(e.row.id));
            }
        }
        QVERIFY(started > 0 && started < 40);
        QVERIFY(!cancel->isEnabled());
    }

    void theRunIsRecordedInTheHistory()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        HistoryStore store;
        QVERIFY2(store.open(data.filePath(QStringLiteral("history.sqlite")), 180),
                 qPrintable(store.errorString()));
        m_f->window->setHistory(&store);
        QVERIFY(select(firstLoaded(3)));
        action("dlqResumeAction")->trigger();
        ActChooserDialog *dialog = waitChooser();
        QVERIFY(dialog);
        QTest::keyClicks(in<QLineEdit>(dialog, "actReasonEdit"), QStringLiteral("INC-9 replay"));
        QSignalSpy recorded(&store, &HistoryStore::recorded);
        const Ledger ledger = confirmAndWait(dialog);
        QCOMPARE(ledger.reason, QStringLiteral("INC-9 replay"));
        QTRY_COMPARE(recorded.size(), 1);
        const QList<HistoryRun> runs = store.runs();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().action, QStringLiteral("resume"));
        QCOMPARE(runs.first().reason, QStringLiteral("INC-9 replay"));
        QCOMPARE(runs.first().count, 3);
        QCOMPARE(runs.first().counts.value(resultKey(ResultState::Done)), 3);
        QCOMPARE(runs.first().host, QStringLiteral("sandbox"));

        // Export JSON… writes the ledger: the same new run IDs the sandbox started.
        QTest::mouseClick(in<QPushButton>(acts()->panel(), "actExportJsonButton"), Qt::LeftButton);
        QFileDialog *files = nullptr;
        QVERIFY(QTest::qWaitFor([&] {
            files = acts()->panel()->findChild<QFileDialog *>(QStringLiteral("exportDialog"));
            return files != nullptr;
        }));
        const QString path = data.filePath(QStringLiteral("ledger.json"));
        QVERIFY(m_f->saveExportAs(files, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(SandboxServer::defaultToken().toUtf8()));
        const QJsonObject json = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(json.value(QStringLiteral("reason")).toString(), QStringLiteral("INC-9 replay"));
        const QJsonArray results = json.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 3);
        const QHash<QString, QString> created = sandboxRuns();
        for (const QJsonValue &row : results) {
            const QJsonObject r = row.toObject();
            QCOMPARE(r.value(QStringLiteral("newWorkflowRunId")).toString(),
                     created.value(r.value(QStringLiteral("id")).toString()));
        }
    }

    void keyboardOnly()
    {
        QVERIFY(m_f->activate());
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClick(table(), Qt::Key_Down, Qt::ShiftModifier);
        const QStringList ids = m_f->view()->selectedIds();
        QCOMPARE(ids.size(), 2);
        QTest::keyClick(table(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        ActChooserDialog *dialog = waitChooser();
        QVERIFY(dialog);
        QCOMPARE(dialog->call(), EntryCall::Restart);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_COMPARE(QApplication::focusWidget(), in<QPushButton>(dialog, "actCancelButton"));
        QSignalSpy finished(acts()->flow(), &ActFlow::finished);
        auto *confirm = in<QPushButton>(dialog, "actConfirmButton");
        for (int i = 0; i < 40 && QApplication::focusWidget() != confirm; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), confirm);
        QTest::keyClick(confirm, Qt::Key_Space);
        QVERIFY(finished.wait(30000));
        for (const QString &id : ids) {
            QVERIFY(!sandbox()->contains(id));
            QVERIFY(sandboxRuns().contains(id));
        }
        QCOMPARE(shownRuns(), sandboxRuns());
    }

    void everyNewControlIsNamed()
    {
        QVERIFY(select(firstLoaded(1)));
        auto *button = m_f->child<QPushButton>("dlqActButton");
        QVERIFY(!button->accessibleName().isEmpty() && !button->toolTip().isEmpty());
        QTest::mouseClick(button, Qt::LeftButton);
        auto *menu = m_f->window->findChild<QMenu *>(QStringLiteral("dlqActMenu"));
        QTRY_VERIFY(menu && menu->isVisible());
        for (QAction *a : menu->actions()) {
            if (a->isSeparator())
                continue;
            QVERIFY2(!a->objectName().isEmpty() && !a->toolTip().isEmpty(), qPrintable(a->text()));
        }
        menu->close();
        QVERIFY(table()->actions().contains(action("dlqResumeAction"))); // the context menu
        action("dlqResumeAction")->trigger();
        ActChooserDialog *dialog = waitChooser();
        QVERIFY(dialog);
        const QList<QWidget *> parts =
            dialog->findChildren<QWidget *>() + acts()->panel()->findChildren<QWidget *>();
        for (QWidget *w : parts) {
            if (!qobject_cast<QAbstractButton *>(w) && !qobject_cast<QLineEdit *>(w) &&
                !qobject_cast<QTableView *>(w) && !qobject_cast<QProgressBar *>(w))
                continue;
            if (w->objectName().startsWith(QLatin1String("qt_")) ||
                qobject_cast<QAbstractItemView *>(w->parentWidget()))
                continue; // a view's own corner button
            QVERIFY2(!w->objectName().isEmpty(), qPrintable(w->metaObject()->className()));
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
            QVERIFY2(!w->toolTip().isEmpty(), qPrintable(w->objectName()));
        }
        dialog->reject();
    }
};

QTEST_MAIN(TestDlqViewAct)
#include "tst_dlqviewact.moc"
