// Fast bulk delete through the window: chunks of at most 100, never an empty one, counts per
// chunk, and a rejected token.
// Real widgets on the offscreen platform, a real QNetworkAccessManager and the built-in
// sandbox (or a test-owned one) as the server; set-up in support/windowfixture.h.

#include "support/windowfixture.h"

#include "ids/idcheck.h"
#include "ids/idparser.h"
#include "results/exporter.h"
#include "results/resultcolumns.h"
#include "results/resultsmodel.h"
#include "run/actionrun.h"
#include "run/bulkchunk.h"
#include "run/runcontroller.h"
#include "sandbox/sandboxserver.h"
#include "session/sessionjournal.h"
#include "ui/confirmdeletedialog.h"
#include "ui/mainwindow.h"
#include "ui/messageboxes.h"
#include "ui/runflow.h"
#include "ui/sessionkeeper.h"
#include "ui/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace dlq;

class TestBulkRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void fastBulkDeleteReportsCountsPerChunkAndNeverSendsAnEmptyChunk();
    void aRejectedTokenStopsABulkRunLikeAPerIdRun();
    void bulkChunkOutcomesSayWhatTheCountMeans();

private:
    std::unique_ptr<WindowFixture> m_f;
};

void TestBulkRun::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestBulkRun::init()
{
    m_f = std::make_unique<WindowFixture>();
}

void TestBulkRun::cleanup()
{
    m_f.reset();
}

void TestBulkRun::fastBulkDeleteReportsCountsPerChunkAndNeverSendsAnEmptyChunk()
{
    m_f->useSandboxPreset();
    QVERIFY(m_f->makeWindow());
    SandboxServer *server = m_f->window->sandbox();
    const QStringList existing = server->entryIds().mid(0, 150);
    const QStringList missing = missingIds(*server, existing).mid(0, 50);
    QCOMPARE(missing.size(), 50);
    // Chunk 1: 100 existing IDs. Chunk 2: the other 50 and the 50 missing ones.
    QVERIFY(m_f->paste((existing + missing).join(QLatin1Char('\n'))));
    server->clearRequests();

    QTest::mouseClick(m_f->child<QPushButton>("deleteButton"), Qt::LeftButton);
    auto *dialog = m_f->window->findChild<ConfirmDeleteDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *bulk = dialog->findChild<QCheckBox *>(QStringLiteral("bulkModeCheck"));
    QVERIFY(bulk);
    QVERIFY(!bulk->isChecked()); // off by default
    QVERIFY(!bulk->toolTip().isEmpty());
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("bulkModeNoteLabel"));
    QVERIFY(note->text().contains(QLatin1String("not which IDs were missing")));
    // On the indicator: the check box spans the dialog's width, its label does not.
    QTest::mouseClick(bulk, Qt::LeftButton, {}, QPoint(6, bulk->height() / 2));
    QVERIFY(dialog->bulkMode());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmCountEdit")),
                     QStringLiteral("200"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")),
                      Qt::LeftButton);

    ResultsModel *model = m_f->window->resultsModel();
    QTRY_VERIFY_WITH_TIMEOUT(!m_f->window->runFlow()->isRunning() &&
                                 model->count(ResultState::Pending) == 0,
                             kRunTimeoutMs);
    QCOMPARE(model->count(ResultState::Deleted), 100);
    QCOMPARE(model->count(ResultState::DeletedOrNotFound), 100);
    for (int r = 0; r < 100; ++r)
        QCOMPARE(model->row(r).state, ResultState::Deleted);
    for (int r = 100; r < 200; ++r) {
        QCOMPARE(model->row(r).state, ResultState::DeletedOrNotFound);
        QCOMPARE(model->row(r).message,
                 QStringLiteral("Chunk 2: 50 of 100 deleted; the API does not say which IDs "
                                "were missing."));
    }
    for (const QString &id : existing)
        QVERIFY(!server->contains(id));

    // Two requests, each naming its IDs; never one without.
    QCOMPARE(server->unfilteredBulkDeleteCount(), 0);
    const QList<SandboxRequest> requests = server->requests();
    QCOMPARE(requests.size(), 2);
    for (const SandboxRequest &request : requests) {
        QCOMPARE(request.method, QByteArray("DELETE"));
        QCOMPARE(request.path, QByteArray("/v2/workflows/dlq"));
        QVERIFY(request.query.contains("dlqIds="));
    }
    QVERIFY(m_f->window->statusBar()->currentMessage().contains(
        QLatin1String("not which IDs were missing")));
    QVERIFY(m_f->child<QLabel>("rateLabel")->text().startsWith(QStringLiteral("200 / 200 · ")));
    QVERIFY(!m_f->child<QPushButton>("deleteButton")->isEnabled());
}

void TestBulkRun::aRejectedTokenStopsABulkRunLikeAPerIdRun()
{
    m_f->useSandboxPreset();
    m_f->appSettings()->setConcurrency(1); // chunk 2 waits for chunk 1's answer
    QVERIFY(m_f->makeWindow());
    SandboxServer *server = m_f->window->sandbox();
    server->setToken(QStringLiteral("rotated-token"));
    QVERIFY(m_f->paste(server->entryIds().mid(0, 150).join(QLatin1Char('\n'))));
    server->clearRequests();

    QTest::mouseClick(m_f->child<QPushButton>("deleteButton"), Qt::LeftButton);
    auto *dialog = m_f->window->findChild<ConfirmDeleteDialog *>();
    QVERIFY(dialog);
    auto *bulk = dialog->findChild<QCheckBox *>(QStringLiteral("bulkModeCheck"));
    QTest::mouseClick(bulk, Qt::LeftButton, {}, QPoint(6, bulk->height() / 2));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmCountEdit")),
                     QStringLiteral("150"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")),
                      Qt::LeftButton);

    ResultsModel *model = m_f->window->resultsModel();
    QTRY_VERIFY_WITH_TIMEOUT(!m_f->window->runFlow()->isRunning(), kRunTimeoutMs);
    QCOMPARE(model->count(ResultState::TokenRejected), 100);
    QCOMPARE(model->count(ResultState::NotSent), 50);
    QCOMPARE(model->row(0).httpStatus, 401);
    QCOMPARE(server->requests().size(), 1);
    QCOMPARE(server->entryCount(), 500);
    QVERIFY(m_f->waitForBox("tokenRejectedBox"));
    // Both kinds stay in "Delete N IDs…" for when the token is fixed.
    QTRY_COMPARE(m_f->child<QPushButton>("deleteButton")->text(),
                 QStringLiteral("Delete 150 IDs…"));
}

void TestBulkRun::bulkChunkOutcomesSayWhatTheCountMeans()
{
    BulkChunk chunk;
    chunk.index = 3;
    chunk.ids = QStringList(100, QStringLiteral("1752829295505-0"));
    chunk.state = ResultState::Deleted;
    chunk.httpStatus = 200;
    chunk.attempts = 1;
    chunk.history = {AttemptInfo{200, {}, 12, 0}};
    chunk.deleted = 100;
    QCOMPARE(bulkRowOutcome(chunk).state, ResultState::Deleted);

    chunk.deleted = 97;
    ResultRow row = bulkRowOutcome(chunk);
    QCOMPARE(row.state, ResultState::DeletedOrNotFound);
    QCOMPARE(row.message, QStringLiteral("Chunk 3: 97 of 100 deleted; the API does not say "
                                         "which IDs were missing."));
    QCOMPARE(row.history.size(), 1);

    chunk.deleted = -1; // the server did not say
    QCOMPARE(bulkRowOutcome(chunk).state, ResultState::DeletedOrNotFound);

    chunk.state = ResultState::TokenRejected;
    chunk.httpStatus = 401;
    chunk.message = QStringLiteral("The server rejected the token.");
    row = bulkRowOutcome(chunk);
    QCOMPARE(row.state, ResultState::TokenRejected);
    QCOMPARE(row.message, QStringLiteral("Chunk 3: The server rejected the token."));

    // A chunk that never became a request leaves its IDs sendable one by one.
    chunk.state = ResultState::Invalid;
    chunk.attempts = 0;
    chunk.history.clear();
    row = bulkRowOutcome(chunk);
    QCOMPARE(row.state, ResultState::NotSent);
    QVERIFY(row.history.isEmpty());
}

QTEST_MAIN(TestBulkRun)
#include "tst_bulkrun.moc"
