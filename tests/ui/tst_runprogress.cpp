// The progress line under the table: a run that stops early leaves the bar at what was done
// and says why in words; a paused run says it is paused.

#include "support/windowfixture.h"

#include "results/resultsmodel.h"
#include "run/runcontroller.h"
#include "ui/runflow.h"

#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace dlq;

namespace {

// Rows with an outcome of their own, counted from the model independently of the window.
int doneInModel(const ResultsModel &model)
{
    int done = 0;
    for (ResultState state :
         {ResultState::Deleted, ResultState::NotFound, ResultState::InvalidId,
          ResultState::TokenRejected, ResultState::Failed, ResultState::DeletedOrNotFound})
        done += model.count(state);
    return done;
}

} // namespace

class TestRunProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_f = std::make_unique<WindowFixture>(); }
    void cleanup() { m_f.reset(); }

    void aCancelledRunLeavesTheBarAtWhatWasDoneAndSaysCancelled();
    void aRejectedTokenLeavesTheBarAtTheAnswersAndSaysWhy();
    void aCompletedRunFillsTheBar();
    void aPausedRunSaysSoInTheProgressText();

private:
    QProgressBar *bar() const { return m_f->child<QProgressBar>("progressBar"); }
    QLabel *words() const { return m_f->child<QLabel>("rateLabel"); }

    std::unique_ptr<WindowFixture> m_f;
};

void TestRunProgress::aCancelledRunLeavesTheBarAtWhatWasDoneAndSaysCancelled()
{
    m_f->useSandboxPreset();
    m_f->appSettings()->setConcurrency(2);
    QVERIFY(m_f->makeWindow());
    SandboxServer *server = m_f->window->sandbox();
    server->setLatencyMs(200);
    QVERIFY(m_f->deleteFirstEntries(*server, 40));

    ResultsModel *model = m_f->window->resultsModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->count(ResultState::Deleted) >= 2, kRunTimeoutMs);
    QTest::mouseClick(m_f->child<QPushButton>("cancelButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_f->window->runFlow()->isRunning());

    const int done = doneInModel(*model);
    QVERIFY(done >= 2);
    QVERIFY(model->count(ResultState::NotSent) > 0);
    QCOMPARE(bar()->maximum(), 40);
    QCOMPARE(bar()->value(), done);
    QVERIFY2(
        words()->text().startsWith(QStringLiteral("%1 of 40 done, %2 stopped before an answer · ")
                                       .arg(done)
                                       .arg(40 - done)),
        qPrintable(words()->text()));
    QVERIFY2(words()->text().endsWith(QStringLiteral(" IDs/s · cancelled")),
             qPrintable(words()->text()));
}

void TestRunProgress::aRejectedTokenLeavesTheBarAtTheAnswersAndSaysWhy()
{
    SandboxServer server;
    QVERIFY(server.listen());
    const QStringList ids = server.seed(30, 7);
    m_f->useServer(server, QStringLiteral("not-the-right-token-9876"));
    m_f->appSettings()->setConcurrency(2);
    QVERIFY(m_f->makeWindow());
    QVERIFY(m_f->paste(ids.join(QLatin1Char('\n'))));
    QVERIFY(m_f->confirmDelete());

    ResultsModel *model = m_f->window->resultsModel();
    QTRY_VERIFY_WITH_TIMEOUT(!m_f->window->runFlow()->isRunning() &&
                                 model->count(ResultState::TokenRejected) > 0,
                             kRunTimeoutMs);
    const int rejected = model->count(ResultState::TokenRejected);
    QCOMPARE(doneInModel(*model), rejected);
    QCOMPARE(bar()->maximum(), 30);
    QCOMPARE(bar()->value(), rejected);
    QVERIFY2(
        words()->text().startsWith(QStringLiteral("%1 of 30 done, %2 stopped before an answer · ")
                                       .arg(rejected)
                                       .arg(30 - rejected)),
        qPrintable(words()->text()));
    QVERIFY2(words()->text().endsWith(QStringLiteral(" · stopped: token rejected")),
             qPrintable(words()->text()));
}

void TestRunProgress::aCompletedRunFillsTheBar()
{
    m_f->useSandboxPreset();
    QVERIFY(m_f->makeWindow());
    SandboxServer *server = m_f->window->sandbox();
    QVERIFY(m_f->deleteFirstEntries(*server, 12));
    QTRY_COMPARE_WITH_TIMEOUT(m_f->window->resultsModel()->count(ResultState::Deleted), 12,
                              kRunTimeoutMs);
    QTRY_VERIFY(!m_f->window->runFlow()->isRunning());
    QCOMPARE(bar()->value(), 12);
    QCOMPARE(bar()->maximum(), 12);
    QVERIFY(words()->text().startsWith(QStringLiteral("12 / 12 · ")));
    QVERIFY(words()->text().endsWith(QStringLiteral(" · finished")));
}

void TestRunProgress::aPausedRunSaysSoInTheProgressText()
{
    SandboxServer *server = m_f->makeSlowSandboxWindow(100);
    QVERIFY(server);
    QVERIFY(m_f->deleteFirstEntries(*server, 8));

    auto *pause = m_f->child<QPushButton>("pauseButton");
    QTRY_VERIFY(pause->isEnabled());
    QTest::mouseClick(pause, Qt::LeftButton);
    QTRY_VERIFY(m_f->window->runController()->isPaused());
    QVERIFY2(words()->text().contains(QLatin1String("paused")), qPrintable(words()->text()));
    // The answer still in flight comes in; the words still say paused.
    QTRY_COMPARE(m_f->window->resultsModel()->count(ResultState::Sending), 0);
    QTRY_COMPARE(server->inFlight(), 0);
    const int done = m_f->window->runController()->done();
    QCOMPARE(words()->text().section(QLatin1Char(' '), 0, 0), QString::number(done));
    QVERIFY2(words()->text().endsWith(QStringLiteral(" · paused: nothing new is sent")),
             qPrintable(words()->text()));

    QTest::mouseClick(pause, Qt::LeftButton);
    QTRY_VERIFY(!m_f->window->runController()->isPaused());
    QVERIFY(!words()->text().contains(QLatin1String("paused")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_f->window->runFlow()->isRunning(), kRunTimeoutMs);
    QVERIFY(words()->text().endsWith(QStringLiteral(" · finished")));
}

QTEST_MAIN(TestRunProgress)
#include "tst_runprogress.moc"
