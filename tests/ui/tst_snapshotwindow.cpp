// The copy before a delete, through the window: pasted IDs are fetched and saved before the
// first DELETE leaves, the setting turns it off, a failed GET asks first, and the Snapshots
// window lists, opens and exports what was saved. A test-owned sandbox on loopback.
#include "support/windowfixture.h"

#include "run/runcontroller.h"
#include "session/entrysnapshot.h"
#include "ui/snapshots/snapshotsdialog.h"
#include "ui/snapshots/snapshotsmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStatusBar>

using namespace dlq;

namespace {
QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList pathsOf(const QList<SandboxRequest> &requests, const QByteArray &method)
{
    QStringList ids;
    const QByteArray prefix = "/v2/workflows/dlq/";
    for (const SandboxRequest &r : requests) {
        if (r.method == method && r.path.startsWith(prefix))
            ids << QUrl::fromPercentEncoding(r.path.mid(prefix.size()));
    }
    return ids;
}
} // namespace

class TestSnapshotWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void pastedIdsAreSavedInFullBeforeTheFirstDelete();
    void withTheSettingOffNoGetIsSent();
    void aFailedGetAsksAndCancelDeletesNothing();
    void deleteWithoutACopyGoesOnAfterAFailedGet();
    void aClosedPortSaysCannotReachAndOffersNoDelete();
    void theSettingIsACheckboxInTheSettingsDialog();
    void theSnapshotsWindowListsOpensAndExports();

private:
    bool runToEnd(const QStringList &ids);

    std::unique_ptr<WindowFixture> m_f;
    std::unique_ptr<SandboxServer> m_server;
    QStringList m_existing;
    QStringList m_missing;
};

void TestSnapshotWindow::init()
{
    m_f = std::make_unique<WindowFixture>();
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen());
    m_server->setToken(QStringLiteral("window-secret-5c2e"));
    m_existing = m_server->seed(8, 5);
    m_missing = missingIds(*m_server, m_existing.mid(0, 2));
    QCOMPARE(m_missing.size(), 2);
    m_f->useServer(*m_server);
    m_f->appSettings()->setMaxAttempts(1);
    m_f->appSettings()->setSnapshotBeforeDelete(true); // the fixture turns it off
    QVERIFY(m_f->makeWindow());
}

void TestSnapshotWindow::cleanup()
{
    m_f.reset();
    m_server.reset();
}

bool TestSnapshotWindow::runToEnd(const QStringList &ids)
{
    if (!m_f->paste(ids.join(QLatin1Char('\n'))) || !m_f->confirmDelete())
        return false;
    ResultsModel *model = m_f->window->resultsModel();
    return QTest::qWaitFor(
        [&] {
            return model->count(ResultState::Deleted) + model->count(ResultState::NotFound) ==
                       ids.size() &&
                   !m_f->window->runController()->isRunning();
        },
        kRunTimeoutMs);
}

void TestSnapshotWindow::pastedIdsAreSavedInFullBeforeTheFirstDelete()
{
    QHash<QString, QJsonObject> stored;
    for (const QString &id : std::as_const(m_existing))
        stored.insert(id, sandboxPresentedEntry(*m_server->entry(id), SandboxCallbackShape::Spec));
    // When the first DELETE arrives, the copy must already be on disk with every entry.
    int entriesAtFirstDelete = -1;
    connect(m_server.get(), &SandboxServer::requestReceived, this,
            [&](const SandboxRequest &request) {
                if (request.method != "DELETE" || entriesAtFirstDelete != -1)
                    return;
                const QList<SnapshotInfo> saved = listSnapshots(defaultSnapshotDir());
                entriesAtFirstDelete = saved.isEmpty() ? 0 : saved.first().entryCount;
            });

    QVERIFY(runToEnd(m_existing + m_missing));
    QCOMPARE(entriesAtFirstDelete, m_existing.size());

    // Each ID was fetched before it was deleted.
    const QList<SandboxRequest> requests = m_server->requests();
    const QStringList gets = pathsOf(requests, "GET");
    const QStringList deletes = pathsOf(requests, "DELETE");
    QCOMPARE(QSet<QString>(gets.cbegin(), gets.cend()).size(), m_existing.size() + 2);
    for (const QString &id : deletes) {
        qsizetype getAt = -1, deleteAt = -1;
        for (qsizetype i = 0; i < requests.size(); ++i) {
            const QString path = QUrl::fromPercentEncoding(requests.at(i).path);
            if (!path.endsWith(QLatin1Char('/') + id))
                continue;
            if (requests.at(i).method == "GET" && getAt < 0)
                getAt = i;
            if (requests.at(i).method == "DELETE" && deleteAt < 0)
                deleteAt = i;
        }
        QVERIFY2(getAt >= 0 && getAt < deleteAt, qPrintable(id));
    }

    const QList<SnapshotInfo> saved = listSnapshots(defaultSnapshotDir());
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().notFoundCount, 2);
    const QJsonObject root = readJson(saved.first().path);
    const QJsonArray entries = root.value(QLatin1String("entries")).toArray();
    QCOMPARE(entries.size(), m_existing.size());
    for (const QJsonValue &entry : entries) {
        const QString id = entry.toObject().value(QLatin1String("dlqId")).toString();
        QCOMPARE(entry.toObject(), stored.value(id)); // the full JSON, as the server held it
    }
    QFile file(saved.first().path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(m_server->token().toUtf8()));
    // The window names the file when the run ends.
    QTRY_VERIFY(m_f->window->statusBar()->currentMessage().contains(
        QDir::toNativeSeparators(saved.first().path)));
}

void TestSnapshotWindow::withTheSettingOffNoGetIsSent()
{
    m_f->appSettings()->setSnapshotBeforeDelete(false);
    QVERIFY(runToEnd(m_existing + m_missing));
    QCOMPARE(pathsOf(m_server->requests(), "GET"), QStringList());
    QCOMPARE(pathsOf(m_server->requests(), "DELETE").size(), m_existing.size() + 2);
    QCOMPARE(listSnapshots(defaultSnapshotDir()).size(), 0);
}

void TestSnapshotWindow::aFailedGetAsksAndCancelDeletesNothing()
{
    const QString broken = m_existing.at(3);
    m_server->setOverride([broken](const SandboxRequest &r) -> std::optional<SandboxResponse> {
        if (r.method != "GET" || !r.path.endsWith(broken.toUtf8()))
            return std::nullopt;
        SandboxResponse response;
        response.status = 500;
        response.body = R"({"error":"boom"})";
        return response;
    });
    QVERIFY(m_f->paste(m_existing.join(QLatin1Char('\n'))));
    QVERIFY(m_f->confirmDelete());
    QMessageBox *box = m_f->waitForBox("snapshotFailedBox");
    QVERIFY(box);
    QVERIFY(box->informativeText().contains(broken));
    // Nothing else can start while the question is open.
    QVERIFY(!m_f->child<QPushButton>("deleteButton")->isEnabled());
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("snapshotFailedCancelButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(m_f->child<QPushButton>("deleteButton")->isEnabled());
    QCOMPARE(pathsOf(m_server->requests(), "DELETE"), QStringList());
    QCOMPARE(m_server->entryCount(), m_existing.size());
    QCOMPARE(m_f->window->resultsModel()->count(ResultState::Deleted), 0);
}

void TestSnapshotWindow::deleteWithoutACopyGoesOnAfterAFailedGet()
{
    m_server->setOverride([](const SandboxRequest &r) -> std::optional<SandboxResponse> {
        if (r.method != "GET")
            return std::nullopt;
        SandboxResponse response;
        response.status = 503;
        return response;
    });
    QVERIFY(m_f->paste(m_existing.join(QLatin1Char('\n'))));
    QVERIFY(m_f->confirmDelete());
    QMessageBox *box = m_f->waitForBox("snapshotFailedBox");
    QVERIFY(box);
    QCOMPARE(pathsOf(m_server->requests(), "DELETE"), QStringList());
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("snapshotFailedDeleteButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_f->window->resultsModel()->count(ResultState::Deleted) ==
                                 m_existing.size(),
                             kRunTimeoutMs);
    QCOMPARE(m_server->entryCount(), 0);
}

// When the server cannot be reached at all, a delete would not get through either: the window
// says so in the delete run's words and offers nothing that deletes.
void TestSnapshotWindow::aClosedPortSaysCannotReachAndOffersNoDelete()
{
    const QString host = QStringLiteral("127.0.0.1:%1").arg(m_server->port());
    m_server->close(); // nothing listens there now: connection refused
    QVERIFY(m_f->paste(m_existing.join(QLatin1Char('\n'))));
    QVERIFY(m_f->confirmDelete());
    QMessageBox *box = m_f->waitForBox("snapshotUnreachableBox");
    QVERIFY(box);
    const QString expected =
        QStringLiteral("Cannot reach %1 — check the URL. Nothing was deleted.").arg(host);
    QCOMPARE(box->text(), expected);
    QVERIFY(!m_f->window->findChild<QMessageBox *>(QStringLiteral("snapshotFailedBox")));
    const QList<QAbstractButton *> buttons = box->buttons();
    QVERIFY(!buttons.isEmpty());
    for (QAbstractButton *button : buttons)
        QVERIFY2(box->buttonRole(button) != QMessageBox::DestructiveRole,
                 qPrintable(button->text()));
    QTRY_COMPARE(m_f->window->statusBar()->currentMessage(), expected);
    QVERIFY(!m_f->window->runController()->isRunning());
    ResultsModel *model = m_f->window->resultsModel();
    QCOMPARE(model->rowCount(), m_existing.size());
    // Nothing went out: every row still waits to be sent, untried.
    for (const ResultRow &row : model->rows())
        QVERIFY2(awaitsSending(row) && row.attempts == 0, qPrintable(row.id));
    QTest::mouseClick(
        box->findChild<QPushButton *>(QStringLiteral("snapshotUnreachableBoxCloseButton")),
        Qt::LeftButton);
    QTRY_VERIFY(!m_f->window->findChild<QMessageBox *>(QStringLiteral("snapshotUnreachableBox")));
    QVERIFY(m_f->child<QPushButton>("deleteButton")->isEnabled());
}

void TestSnapshotWindow::theSettingIsACheckboxInTheSettingsDialog()
{
    TestSettings fresh;
    QVERIFY(fresh.settings->snapshotBeforeDelete()); // on by default
    m_f->window->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    QCheckBox *check = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        check = m_f->window->findChild<QCheckBox *>(QStringLiteral("snapshotBeforeDeleteCheck"));
        return check && check->isVisible();
    }));
    QVERIFY(check->isChecked());
    QVERIFY(!check->accessibleName().isEmpty());
    QVERIFY(!check->toolTip().isEmpty());
    check->setChecked(false);
    QTest::mouseClick(m_f->window->findChild<QPushButton *>(QStringLiteral("settingsSaveButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_f->appSettings()->snapshotBeforeDelete());
}

void TestSnapshotWindow::theSnapshotsWindowListsOpensAndExports()
{
    QVERIFY(runToEnd(m_existing));
    m_f->window->findChild<QAction *>(QStringLiteral("snapshotsAction"))->trigger();
    auto *dialog = m_f->window->findChild<SnapshotsDialog *>(QStringLiteral("snapshotsDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("snapshotsView"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, SnapshotsModel::Entries).data().toString(),
             QString::number(m_existing.size()));
    QCOMPARE(view->model()->index(0, SnapshotsModel::Action).data().toString(),
             QStringLiteral("delete"));
    QVERIFY(view->model()
                ->index(0, SnapshotsModel::Host)
                .data()
                .toString()
                .contains(QString::number(m_server->port())));
    const QString source = dialog->model()->info(0).path;

    view->selectRow(0);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("snapshotOpenButton")),
                      Qt::LeftButton);
    QPlainTextEdit *json = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        json = dialog->findChild<QPlainTextEdit *>(QStringLiteral("snapshotJsonView"));
        return json != nullptr;
    }));
    QVERIFY(json->isReadOnly());
    QVERIFY(json->toPlainText().contains(m_existing.first()));

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("snapshotExportButton")),
                      Qt::LeftButton);
    QFileDialog *files = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        files = dialog->findChild<QFileDialog *>(QStringLiteral("snapshotExportDialog"));
        return files != nullptr;
    }));
    const QString target = m_f->sessionDir.filePath(QStringLiteral("exported-snapshot.json"));
    QVERIFY(m_f->saveExportAs(files, target));
    QFile a(source), b(target);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll());
}

QTEST_MAIN(TestSnapshotWindow)
#include "tst_snapshotwindow.moc"
