// The window follows the runs a DLQ-tab action started, through the real widgets against the
// window's sandbox, whose runs succeed, fail again (back in the DLQ under a new DLQ ID) or keep
// running as each test decides: the ledger's Outcome column, the panel's follow-up line and the
// exported JSON equal the sandbox's truth; "Stop following", a new action and a profile switch
// end the follow-up with a clear status; the closed panel comes back with the last ledger.

#include "support/dlqactsupport.h"
#include "support/dlqviewfixture.h"

#include "history/historystore.h"
#include "results/ledgermodel.h"
#include "sandbox/sandboxserver.h"
#include "settings/appsettings.h"
#include "ui/act/actfollowup.h"
#include "ui/act/actpanel.h"

#include <QAction>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

using namespace dlq;

class TestDlqViewFollow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DlqViewFixture> m_f;

    SandboxServer *sandbox() const { return m_f->window->sandbox(); }
    DlqActions *acts() const { return m_f->view()->actions(); }
    ActFollowUp *followUp() const { return acts()->followUp(); }
    ActPanel *panel() const { return acts()->panel(); }
    QTableView *table() const { return m_f->view()->view(); }
    QAction *action(const char *name) const
    {
        return m_f->view()->findChild<QAction *>(QString::fromLatin1(name));
    }
    template<typename T> T *inPanel(const char *name) const { return dlqact::in<T>(panel(), name); }
    QString followText() const { return inPanel<QLabel>("actFollowLabel")->text(); }

    static FollowConfig quick(int maxPolls)
    {
        FollowConfig f;
        f.pollIntervalMs = 20;
        f.timeoutMs = 120000;
        f.maxPolls = maxPolls;
        return f;
    }

    bool select(const QStringList &ids) const { return dlqact::select(m_f->view(), ids); }

    // Selects `ids`, resumes them through the chooser and waits for the action (not the
    // follow-up) to end.
    bool resume(const QStringList &ids) const
    {
        if (!select(ids) || !action("dlqResumeAction")->isEnabled())
            return false;
        action("dlqResumeAction")->trigger();
        ActChooserDialog *dialog = dlqact::waitChooser(acts());
        return dialog && dlqact::confirmAndWait(acts(), dialog).entries.size() == ids.size();
    }

    // The sandbox's own record of the run started for this entry.
    SandboxRun truth(const QString &dlqId) const
    {
        for (const SandboxRun &run : sandbox()->runs()) {
            if (run.fromDlqId == dlqId)
                return run;
        }
        return {};
    }

    // DLQ ID -> the Outcome cell the panel's table shows.
    QHash<QString, QString> shownOutcomes() const
    {
        QHash<QString, QString> out;
        QAbstractItemModel *model = panel()->table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            out.insert(model->index(row, LedgerColumn::Id).data().toString(),
                       model->index(row, LedgerColumn::Outcome).data().toString());
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_f = std::make_unique<DlqViewFixture>();
        QVERIFY(m_f->open());
        QVERIFY(m_f->applyAndLoadAll());
    }
    void cleanup() { m_f.reset(); }

    void resumedRuns_outcomesAndExportEqualTheSandbox()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        HistoryStore store;
        QVERIFY2(store.open(data.filePath(QStringLiteral("history.sqlite")), 180),
                 qPrintable(store.errorString()));
        m_f->window->setHistory(&store);
        QSignalSpy historyFollowUps(&store, &HistoryStore::followUpsRecorded);
        const QStringList ids = m_f->loadedIds().mid(3, 3);
        sandbox()->setRunFate(ids.at(1), SandboxRunFate::FailAgain);
        sandbox()->setRunFate(ids.at(2), SandboxRunFate::KeepRunning);
        followUp()->setFollowConfig(quick(4));
        QSignalSpy followed(followUp(), &ActFollowUp::finished);
        QVERIFY(resume(ids));
        QVERIFY(followUp()->isFollowing());
        QVERIFY(inPanel<QWidget>("actFollowBar")->isVisible());
        QVERIFY2(followText().startsWith(QLatin1String("Following 3 new runs: ")),
                 qPrintable(followText()));
        QVERIFY(inPanel<QPushButton>("actStopFollowingButton")->isVisible());
        QVERIFY(followed.wait(60000));

        // The sandbox's truth: one succeeded, one is back in the DLQ as a new entry.
        const SandboxRun failed = truth(ids.at(1));
        QCOMPARE(truth(ids.at(0)).state, QStringLiteral("RUN_SUCCESS"));
        QCOMPARE(failed.state, QStringLiteral("RUN_FAILED"));
        QCOMPARE(truth(ids.at(2)).state, QStringLiteral("RUN_STARTED"));
        QVERIFY(!failed.newDlqId.isEmpty());
        QVERIFY(sandbox()->contains(failed.newDlqId));
        const QHash<QString, QString> shown = shownOutcomes();
        QCOMPARE(shown.value(ids.at(0)), QStringLiteral("Recovered"));
        QCOMPARE(shown.value(ids.at(1)),
                 QStringLiteral("Failed again (new DLQ ID %1)").arg(failed.newDlqId));
        QCOMPARE(shown.value(ids.at(2)), QStringLiteral("Still running"));
        QCOMPARE(followText(), QStringLiteral("Followed 3 new runs: 1 recovered, 1 failed again, "
                                              "1 running. Stopped following after 4 polls."));
        QVERIFY(!inPanel<QPushButton>("actStopFollowingButton")->isVisible());

        // Export JSON… writes the follow-up of each entry.
        QTest::mouseClick(inPanel<QPushButton>("actExportJsonButton"), Qt::LeftButton);
        QFileDialog *files = nullptr;
        QVERIFY(QTest::qWaitFor([&] {
            files = panel()->findChild<QFileDialog *>(QStringLiteral("exportDialog"));
            return files != nullptr;
        }));
        const QString path = data.filePath(QStringLiteral("ledger.json"));
        QVERIFY(m_f->saveExportAs(files, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        const QHash<QString, QString> expected{{ids.at(0), QStringLiteral("recovered")},
                                               {ids.at(1), QStringLiteral("failed_again")},
                                               {ids.at(2), QStringLiteral("running")}};
        const QJsonArray results = json.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 3);
        for (const QJsonValue &value : results) {
            const QJsonObject r = value.toObject();
            const QString id = r.value(QStringLiteral("id")).toString();
            QCOMPARE(r.value(QStringLiteral("followUp")).toString(), expected.value(id));
            QCOMPARE(r.value(QStringLiteral("newWorkflowRunId")).toString(),
                     truth(id).workflowRunId);
            const QJsonValue newDlqId = r.value(QStringLiteral("newDlqId"));
            if (id == ids.at(1))
                QCOMPARE(newDlqId.toString(), failed.newDlqId);
            else
                QVERIFY(newDlqId.isNull());
        }
        QCOMPARE(json.value(QStringLiteral("followUps"))
                     .toObject()
                     .value(QStringLiteral("failedAgain"))
                     .toInt(),
                 1);

        // The history's record of the run says the same.
        QVERIFY(historyFollowUps.size() == 1 || historyFollowUps.wait(30000));
        const std::optional<HistoryRun> run =
            store.loadRun(historyFollowUps.first().first().toLongLong());
        QVERIFY(run);
        QCOMPARE(run->results.size(), 3);
        for (const HistoryResult &result : run->results) {
            QCOMPARE(result.followUp, expected.value(result.id));
            QCOMPARE(result.newDlqId, result.id == ids.at(1) ? failed.newDlqId : QString());
        }
    }

    void stopFollowing_keepsWhatWasKnown()
    {
        const QStringList ids = m_f->loadedIds().mid(0, 2);
        sandbox()->setRunFate(SandboxRunFate::KeepRunning);
        followUp()->setFollowConfig(quick(100000));
        QVERIFY(resume(ids));
        QTRY_VERIFY2(followText().contains(QLatin1String("0 recovered, 0 failed again, 2 running")),
                     qPrintable(followText()));
        QTRY_COMPARE(shownOutcomes().value(ids.at(0)), QStringLiteral("Still running"));
        QSignalSpy followed(followUp(), &ActFollowUp::finished);
        QPushButton *stop = inPanel<QPushButton>("actStopFollowingButton");
        QVERIFY(!stop->accessibleName().isEmpty());
        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY(followed.size() == 1 || followed.wait(30000));
        QVERIFY(!followUp()->isFollowing());
        QVERIFY2(followText().endsWith(QLatin1String("Following was cancelled.")),
                 qPrintable(followText()));
        const QHash<QString, QString> shown = shownOutcomes();
        QCOMPARE(shown.value(ids.at(0)), QStringLiteral("Still running"));
        QCOMPARE(shown.value(ids.at(1)), QStringLiteral("Still running"));
        QVERIFY(!inPanel<QPushButton>("actStopFollowingButton")->isVisible());
    }

    void aNewAction_stopsFollowingAndIsNotHeldUp()
    {
        const QStringList first = m_f->loadedIds().mid(0, 2);
        const QStringList second = m_f->loadedIds().mid(5, 2);
        sandbox()->setRunFate(SandboxRunFate::KeepRunning);
        followUp()->setFollowConfig(quick(100000));
        QVERIFY(resume(first));
        QVERIFY(followUp()->isFollowing());
        QTRY_COMPARE(shownOutcomes().value(first.at(0)), QStringLiteral("Still running"));
        QSignalSpy followed(followUp(), &ActFollowUp::finished);
        // The table reloaded after the first action: the second pair is still there.
        QVERIFY(m_f->waitIdle());
        QVERIFY(resume(second));
        QCOMPARE(followed.size(), 1);
        // The panel shows the second action, followed in its turn.
        const QHash<QString, QString> shown = shownOutcomes();
        QCOMPARE(QSet<QString>(shown.keyBegin(), shown.keyEnd()),
                 QSet<QString>(second.cbegin(), second.cend()));
        QVERIFY(followUp()->isFollowing());
        QTRY_VERIFY2(followText().startsWith(QLatin1String("Following 2 new runs")),
                     qPrintable(followText()));
    }

    void switchingProfile_stopsFollowingWithAStatus()
    {
        SandboxServer other;
        QVERIFY(other.listen());
        AppSettings *settings = m_f->appSettings();
        QCOMPARE(settings->addProfile(QStringLiteral("other")), QString());
        {
            std::unique_ptr<AppSettings> view(
                settings->profileView(QStringLiteral("other"), nullptr));
            view->setCustomUrl(other.baseUrl());
            view->setPreset(EndpointPreset::Custom);
            view->setToken(other.token());
        }
        const QStringList ids = m_f->loadedIds().mid(0, 2);
        sandbox()->setRunFate(SandboxRunFate::KeepRunning);
        followUp()->setFollowConfig(quick(100000));
        QVERIFY(resume(ids));
        QTRY_COMPARE(shownOutcomes().value(ids.at(0)), QStringLiteral("Still running"));
        QSignalSpy followed(followUp(), &ActFollowUp::finished);
        // The tab reloads after the action, and a switch waits for no load; following does not
        // hold it up.
        QVERIFY(m_f->waitIdle());
        QVERIFY(followUp()->isFollowing());
        auto *combo = m_f->child<QComboBox>("profileSwitcher");
        const int index = combo->findText(QStringLiteral("other"));
        QVERIFY(index > combo->currentIndex());
        combo->setFocus();
        for (int i = combo->currentIndex(); i < index; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(settings->currentProfile(), QStringLiteral("other"));
        QTRY_COMPARE(followed.size(), 1);
        QVERIFY(!followUp()->isFollowing());
        QVERIFY2(followText().contains(QLatin1String("Stopped following: the window now works on")),
                 qPrintable(followText()));
        // The ledger keeps what was known, with why following stopped.
        const QModelIndex cell = panel()->table()->model()->index(0, LedgerColumn::Outcome);
        QCOMPARE(cell.data().toString(), QStringLiteral("Still running"));
        QVERIFY(
            cell.data(Qt::ToolTipRole).toString().startsWith(QLatin1String("Stopped following")));
        // No follow-up request goes to the new profile's server.
        for (const SandboxRequest &request : other.requests())
            QVERIFY(!request.path.startsWith("/v2/workflows/logs"));
    }

    void theClosedPanelComesBackWithTheLastLedger()
    {
        QAction *show = action("dlqShowLedgerAction");
        QVERIFY(show);
        QVERIFY(!show->isEnabled());
        QVERIFY(show->text().contains(QLatin1Char('&')));
        QVERIFY(!show->toolTip().isEmpty());
        const QStringList ids = m_f->loadedIds().mid(1, 2);
        followUp()->setFollowConfig(quick(4));
        QSignalSpy followed(followUp(), &ActFollowUp::finished);
        QVERIFY(resume(ids));
        QVERIFY(followed.wait(60000));
        QTest::mouseClick(inPanel<QPushButton>("actPanelCloseButton"), Qt::LeftButton);
        QVERIFY(!panel()->isVisible());
        QVERIFY(show->isEnabled());
        QVERIFY(m_f->activate());
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(panel()->isVisible());
        const QHash<QString, QString> shown = shownOutcomes();
        QCOMPARE(QSet<QString>(shown.keyBegin(), shown.keyEnd()),
                 QSet<QString>(ids.cbegin(), ids.cend()));
        QCOMPARE(shown.value(ids.at(0)), QStringLiteral("Recovered"));
        QVERIFY2(followText().startsWith(QLatin1String("Followed 2 new runs: 2 recovered")),
                 qPrintable(followText()));
    }
};

QTEST_MAIN(TestDlqViewFollow)
#include "tst_dlqviewfollow.moc"
