// The window's profile switcher through the real window: two profiles, each on a sandbox of
// its own (loopback, different tokens). A switch moves the banner, the title, the target and
// the DLQ tab to the other profile and leaves nothing of the old token in use; it is refused
// while a run or a DLQ load is going. Runs are recorded in the history under their profile.

#include "support/windowfixture.h"

#include "browse/dlqentriesmodel.h"
#include "history/historystore.h"
#include "run/runcontroller.h"
#include "ui/browse/dlqview.h"
#include "ui/history/historydialog.h"
#include "ui/history/historyrunsmodel.h"
#include "ui/runflow.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>

using namespace dlq;

class TestProfileSwitch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WindowFixture> m_f;
    std::unique_ptr<SandboxServer> m_home;    // the profile "Default"
    std::unique_ptr<SandboxServer> m_staging; // the profile "staging US"

    QComboBox *switcher() const { return m_f->child<QComboBox>("profileSwitcher"); }

    // Picks `name` from the keyboard, as a user would (activated() follows each move).
    void choose(const QString &name)
    {
        QComboBox *combo = switcher();
        const int index = combo->findText(name);
        QVERIFY(index >= 0);
        combo->setFocus();
        // As many steps as rows between: a refused switch puts the combo back.
        const int steps = index - combo->currentIndex();
        for (int i = 0; i < qAbs(steps); ++i)
            QTest::keyClick(combo, steps > 0 ? Qt::Key_Down : Qt::Key_Up);
    }

    QMessageBox *refusal() const { return m_f->waitForBox("profileSwitchRefusedBox"); }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<WindowFixture>();
        m_home = std::make_unique<SandboxServer>();
        m_staging = std::make_unique<SandboxServer>();
        QVERIFY(m_home->listen());
        QVERIFY(m_staging->listen());
        m_home->setToken(QStringLiteral("home-token-1111"));
        m_staging->setToken(QStringLiteral("staging-token-2222"));
        m_f->useServer(*m_home);
        AppSettings *s = m_f->appSettings();
        QCOMPARE(s->addProfile(QStringLiteral("staging US")), QString());
        std::unique_ptr<AppSettings> staging(s->profileView(QStringLiteral("staging US"), nullptr));
        staging->setCustomUrl(m_staging->baseUrl());
        staging->setPreset(EndpointPreset::Custom);
        staging->setToken(m_staging->token());
        staging->setProfileColour(QStringLiteral("#118833"));
    }

    void cleanup()
    {
        m_f.reset();
        m_home.reset();
        m_staging.reset();
    }

    void switching_movesBannerTitleTargetAndDlqTab()
    {
        QVERIFY(m_f->makeWindow());
        QVERIFY(switcher());
        QVERIFY(!switcher()->accessibleName().isEmpty());
        QVERIFY(!switcher()->toolTip().isEmpty());
        QVERIFY(switcher()->focusPolicy() & Qt::TabFocus);
        QCOMPARE(switcher()->currentText(), QStringLiteral("Default"));
        QCOMPARE(m_f->window->target().baseUrl, m_home->baseUrl());

        // Entries of the first profile's queue in the DLQ tab.
        m_home->seed(4, 41);
        DlqView *dlq = m_f->window->dlqView();
        QVERIFY(dlq->apply());
        QTRY_COMPARE(dlq->model()->rowCount(), 4);

        choose(QStringLiteral("staging US"));
        QCOMPARE(m_f->appSettings()->currentProfile(), QStringLiteral("staging US"));
        const Target &target = m_f->window->target();
        QCOMPARE(target.baseUrl, m_staging->baseUrl());
        QCOMPARE(target.token, m_staging->token());
        QVERIFY(target.isUsable());
        QVERIFY2(m_f->window->windowTitle().contains(QStringLiteral("staging US")),
                 qPrintable(m_f->window->windowTitle()));
        auto *banner = m_f->child<QLabel>("targetBanner");
        QVERIFY2(banner->text().contains(QStringLiteral("staging US")), qPrintable(banner->text()));
        QVERIFY(banner->styleSheet().contains(QStringLiteral("#118833")));
        // The other queue's entries are gone; a load now goes to the new server only.
        QCOMPARE(dlq->model()->rowCount(), 0);
        const int homeRequests = int(m_home->requests().size());
        m_staging->seed(2, 42);
        QVERIFY(dlq->apply());
        QTRY_COMPARE(dlq->model()->rowCount(), 2);
        QCOMPARE(int(m_home->requests().size()), homeRequests);
        const QList<SandboxRequest> sent = m_staging->requests();
        for (const SandboxRequest &request : sent)
            QCOMPARE(request.header("authorization"), "Bearer " + m_staging->token().toUtf8());

        // A delete goes to the new profile's server with its token.
        QVERIFY(m_f->paste(m_staging->entryIds().join(QLatin1Char('\n'))));
        QVERIFY(m_f->confirmDelete());
        QTRY_COMPARE_WITH_TIMEOUT(m_f->window->resultsModel()->count(ResultState::Deleted), 2,
                                  kRunTimeoutMs);
        QCOMPARE(int(m_home->requests().size()), homeRequests);

        // And back: the stored choice follows.
        QTRY_VERIFY(!m_f->window->runFlow()->isRunning());
        choose(QStringLiteral("Default"));
        QCOMPARE(m_f->window->target().baseUrl, m_home->baseUrl());
        QCOMPARE(m_f->window->target().token, m_home->token());
    }

    void switchingDuringARun_isRefused_andChangesNothing()
    {
        QVERIFY(m_f->makeWindow());
        const QStringList ids = m_home->seed(3, 43);
        m_home->setLatencyMs(60000); // the run stays in flight until cancelled
        QVERIFY(m_f->paste(ids.join(QLatin1Char('\n'))));
        QVERIFY(m_f->confirmDelete());
        QTRY_VERIFY(m_f->window->runFlow()->isRunning());
        const QString title = m_f->window->windowTitle();

        choose(QStringLiteral("staging US"));
        QMessageBox *box = refusal();
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("while a run is in progress")),
                 qPrintable(box->text()));
        QCOMPARE(m_f->appSettings()->currentProfile(), QStringLiteral("Default"));
        QCOMPARE(switcher()->currentText(), QStringLiteral("Default"));
        QCOMPARE(m_f->window->target().baseUrl, m_home->baseUrl());
        QCOMPARE(m_f->window->target().token, m_home->token());
        QCOMPARE(m_f->window->windowTitle(), title);
        QVERIFY(m_staging->requests().isEmpty());
        box->close();

        QTest::mouseClick(m_f->child<QPushButton>("cancelButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_f->window->runFlow()->isRunning(), kRunTimeoutMs);
        choose(QStringLiteral("staging US"));
        QCOMPARE(m_f->appSettings()->currentProfile(), QStringLiteral("staging US"));
    }

    void switchingWhileTheDlqTabLoads_isRefused()
    {
        QVERIFY(m_f->makeWindow());
        m_home->seed(2, 44);
        m_home->setLatencyMs(60000);
        DlqView *dlq = m_f->window->dlqView();
        QVERIFY(dlq->apply());
        QTRY_VERIFY(dlq->model()->isLoading());

        choose(QStringLiteral("staging US"));
        QMessageBox *box = refusal();
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("loading")), qPrintable(box->text()));
        QCOMPARE(m_f->appSettings()->currentProfile(), QStringLiteral("Default"));
        QCOMPARE(m_f->window->target().baseUrl, m_home->baseUrl());
        box->close();
    }

    void runsAreRecordedUnderTheirProfile_andTheHistoryShowsIt()
    {
        QTemporaryDir data;
        HistoryStore store;
        QVERIFY(store.open(data.filePath(QStringLiteral("history.sqlite")), 180));
        QVERIFY(m_f->makeWindow());
        m_f->window->setHistory(&store);
        choose(QStringLiteral("staging US"));
        QCOMPARE(m_f->appSettings()->currentProfile(), QStringLiteral("staging US"));

        QSignalSpy recorded(&store, &HistoryStore::recorded);
        QVERIFY(m_f->paste(m_staging->seed(2, 45).join(QLatin1Char('\n'))));
        QVERIFY(m_f->confirmDelete());
        QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, kRunTimeoutMs);
        QCOMPARE(store.runs().first().profile, QStringLiteral("staging US"));

        m_f->window->actions().history->trigger();
        HistoryDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor([&] {
            dialog = m_f->window->findChild<HistoryDialog *>(QStringLiteral("historyDialog"));
            return dialog && dialog->isVisible();
        }));
        auto *runs = dialog->findChild<QTableView *>(QStringLiteral("historyRunsView"));
        QCOMPARE(runs->model()->rowCount(), 1);
        QCOMPARE(runs->model()->index(0, HistoryRunsModel::Profile).data().toString(),
                 QStringLiteral("staging US"));
    }
};

QTEST_MAIN(TestProfileSwitch)
#include "tst_profileswitch.moc"
