// The History view through the real window: a delete run against the built-in sandbox is
// recorded in a real SQLite file with the reason typed at confirmation, listed in History…
// (Ctrl+H), found by ID, reopened and exported.
#include "support/windowfixture.h"

#include "history/historystore.h"
#include "run/runcontroller.h"
#include "ui/history/historydialog.h"
#include "ui/history/historyrunsmodel.h"
#include "ui/runflow.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStatusBar>

using namespace dlq;

namespace {

QString cell(const QTableView *view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}
} // namespace

class TestHistoryView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WindowFixture> m_f;
    std::unique_ptr<QTemporaryDir> m_data;

    QString historyPath() const { return m_data->filePath(QStringLiteral("history.sqlite")); }

    // "Delete N IDs…", a reason typed in the confirmation, then Delete.
    bool deleteWithReason(const QString &reason)
    {
        QTest::mouseClick(m_f->child<QPushButton>("deleteButton"), Qt::LeftButton);
        auto *dialog = m_f->window->findChild<ConfirmDeleteDialog *>();
        if (!dialog || !QTest::qWaitForWindowExposed(dialog))
            return false;
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("confirmReasonEdit"));
        if (!edit)
            return false;
        QTest::keyClicks(edit, reason);
        // Enter in the reason field moves on; it neither cancels nor deletes.
        QTest::keyClick(edit, Qt::Key_Return);
        if (!dialog->isVisible() || m_f->window->runFlow()->isRunning())
            return false;
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")),
                          Qt::LeftButton);
        return true;
    }

    HistoryDialog *openHistoryWithKeyboard()
    {
        if (!m_f->activate())
            return nullptr;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_H, Qt::ControlModifier);
        HistoryDialog *dialog = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            dialog = m_f->window->findChild<HistoryDialog *>(QStringLiteral("historyDialog"));
            return dialog && dialog->isVisible();
        });
        return shown ? dialog : nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<WindowFixture>();
        m_data = std::make_unique<QTemporaryDir>();
        QVERIFY(m_data->isValid());
    }

    void cleanup()
    {
        m_f.reset();
        m_data.reset();
    }

    void aRealRun_isListed_foundById_reopened_andExported()
    {
        HistoryStore store;
        QVERIFY2(store.open(historyPath(), 180), qPrintable(store.errorString()));
        QVERIFY(m_f->makeSandboxWindow());
        m_f->window->setHistory(&store);
        SandboxServer *server = m_f->window->sandbox();
        QVERIFY(server);
        const QStringList existing = server->entryIds().mid(0, 6);
        const QStringList missing = {
            QStringLiteral("1752829295505-900"), QStringLiteral("1752829295505-901"),
            QStringLiteral("1752829295505-902"), QStringLiteral("1752829295505-903")};
        QVERIFY(m_f->paste((existing + missing).join(QLatin1Char('\n'))));
        QTRY_COMPARE(m_f->window->resultsModel()->rowCount(), 10);

        QSignalSpy recorded(&store, &HistoryStore::recorded);
        const QString reason = QStringLiteral("INC-4711 stuck callbacks");
        QVERIFY(deleteWithReason(reason));
        QTRY_COMPARE_WITH_TIMEOUT(m_f->window->resultsModel()->count(ResultState::Deleted), 6,
                                  kRunTimeoutMs);
        QTRY_VERIFY(!m_f->window->runFlow()->isRunning());
        QTRY_COMPARE(recorded.size(), 1);

        // The store holds the run as confirmed.
        const QList<HistoryRun> runs = store.runs();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().reason, reason);
        QCOMPARE(runs.first().count, 10);
        QCOMPARE(runs.first().host, QStringLiteral("sandbox"));
        QCOMPARE(runs.first().source, QStringLiteral("app"));
        QCOMPARE(runs.first().counts.value(QStringLiteral("deleted")), 6);
        QCOMPARE(runs.first().counts.value(QStringLiteral("not_found")), 4);

        // History… (Ctrl+H) lists it.
        HistoryDialog *dialog = openHistoryWithKeyboard();
        QVERIFY(dialog);
        QVERIFY2(unnamedControls(dialog).isEmpty(),
                 qPrintable(unnamedControls(dialog).join(QLatin1Char('\n'))));
        auto *runsView = dialog->findChild<QTableView *>(QStringLiteral("historyRunsView"));
        QVERIFY(runsView);
        QCOMPARE(runsView->model()->rowCount(), 1);
        QCOMPARE(cell(runsView, 0, HistoryRunsModel::Reason), reason);
        QCOMPARE(cell(runsView, 0, HistoryRunsModel::Ids), QStringLiteral("10"));
        QCOMPARE(cell(runsView, 0, HistoryRunsModel::Outcome),
                 QStringLiteral("Finished: 6 Deleted · 4 Not found"));

        // Search by ID, from the keyboard: the focus starts in the search field.
        auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("historySearchEdit"));
        QVERIFY(search);
        QTRY_COMPARE(QApplication::focusWidget(), search);
        QTest::keyClicks(search, existing.at(2));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(runsView->model()->rowCount(), 1);
        QCOMPARE(cell(runsView, 0, HistoryRunsModel::Result), QStringLiteral("Deleted"));
        QCOMPARE(cell(runsView, 0, HistoryRunsModel::Reason), reason);
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("historyStatusLabel"));
        QVERIFY(status->text().startsWith(existing.at(2) + QStringLiteral(" was in 1 run")));

        search->clear();
        QTest::keyClicks(search, missing.at(1));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(runsView->model()->rowCount(), 1);
        QCOMPARE(cell(runsView, 0, HistoryRunsModel::Result), QStringLiteral("Not found"));
        QCOMPARE(cell(runsView, 0, HistoryRunsModel::HttpStatus), QStringLiteral("404"));

        search->clear();
        QTest::keyClicks(search, QStringLiteral("1752829295505-999"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(runsView->model()->rowCount(), 0);
        QVERIFY(status->text().contains(QStringLiteral("in no recorded run")));

        // Back to all runs; Enter on the run reopens its results below, read-only.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("historyShowAllButton")),
                          Qt::LeftButton);
        QCOMPARE(runsView->model()->rowCount(), 1);
        runsView->setFocus();
        runsView->setCurrentIndex(runsView->model()->index(0, 0));
        QTest::keyClick(runsView, Qt::Key_Return);
        auto *resultsView = dialog->findChild<QTableView *>(QStringLiteral("historyResultsView"));
        QCOMPARE(resultsView->model()->rowCount(), 10);
        QVERIFY(resultsView->editTriggers() == QAbstractItemView::NoEditTriggers);
        QCOMPARE(dialog->shownRunId(), runs.first().id);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("historyRunHeading"))
                    ->text()
                    .contains(reason));

        // Export the run as JSON through the app's exporter.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("historyExportButton")),
                          Qt::LeftButton);
        QFileDialog *files = nullptr;
        QVERIFY(QTest::qWaitFor([&] {
            files = dialog->findChild<QFileDialog *>(QStringLiteral("exportDialog"));
            return files != nullptr;
        }));
        const QString exportPath = m_data->filePath(QStringLiteral("run.json"));
        QVERIFY(m_f->saveExportAs(files, exportPath));
        QFile exported(exportPath);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(exported.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("host")).toString(), QStringLiteral("sandbox"));
        const QJsonArray results = json.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 10);
        QSet<QString> ids;
        for (const QJsonValue &row : results)
            ids.insert(row.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(ids, QSet<QString>(existing.begin(), existing.end()) +
                          QSet<QString>(missing.begin(), missing.end()));

        // Never the token, in the database or its write-ahead log.
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(historyPath() + suffix);
            if (file.open(QIODevice::ReadOnly))
                QVERIFY(!file.readAll().contains(server->token().toUtf8()));
        }
    }

    // A delete that saved a copy first keeps its path: the run's details name it and Open copy
    // shows the saved entries; a run without a copy offers nothing to open.
    void aDeletesCopy_isShownWithTheRun_andOpens()
    {
        HistoryStore store;
        QVERIFY2(store.open(historyPath(), 180), qPrintable(store.errorString()));
        m_f->appSettings()->setSnapshotBeforeDelete(true);
        QVERIFY(m_f->makeSandboxWindow());
        m_f->window->setHistory(&store);
        SandboxServer *server = m_f->window->sandbox();
        const QStringList ids = server->entryIds().mid(0, 3);
        QVERIFY(m_f->paste(ids.join(QLatin1Char('\n'))));
        QSignalSpy recorded(&store, &HistoryStore::recorded);
        QVERIFY(m_f->activate());
        QVERIFY(m_f->confirmDelete());
        QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, kRunTimeoutMs);
        const QString copy = m_f->window->runFlow()->snapshotPath();
        QVERIFY(!copy.isEmpty() && QFile::exists(copy));
        QCOMPARE(store.runs().first().snapshotPath, copy);

        HistoryDialog *dialog = openHistoryWithKeyboard();
        QVERIFY(dialog);
        auto *openCopy = dialog->findChild<QPushButton *>(QStringLiteral("historyOpenCopyButton"));
        QVERIFY(openCopy);
        QVERIFY(!openCopy->accessibleName().isEmpty());
        QVERIFY(!openCopy->isEnabled()); // no run shown yet
        dialog->openRun(0);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("historyRunHeading"))
                    ->text()
                    .contains(QDir::toNativeSeparators(copy)));
        QVERIFY(openCopy->isEnabled());
        QTest::mouseClick(openCopy, Qt::LeftButton);
        QPlainTextEdit *json = nullptr;
        QTRY_VERIFY((json = dialog->findChild<QPlainTextEdit *>(
                         QStringLiteral("snapshotJsonView"))) != nullptr &&
                    json->isVisible());
        for (const QString &id : ids)
            QVERIFY2(json->toPlainText().contains(id), qPrintable(id));

        // A later run that saved no copy (as dlqctl --no-snapshot records one): nothing to open.
        HistoryRun plain = store.runs().first();
        plain.startedAt = plain.startedAt.addSecs(60);
        plain.finishedAt = plain.startedAt;
        plain.snapshotPath.clear();
        QVERIFY(store.recordNow(plain) > 0);
        dialog->refresh();
        QCOMPARE(
            dialog->findChild<QTableView *>(QStringLiteral("historyRunsView"))->model()->rowCount(),
            2);
        dialog->openRun(0); // newest first
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("historyRunHeading"))
                     ->text()
                     .contains(QDir::toNativeSeparators(copy)));
        QVERIFY(!openCopy->isEnabled());
    }

    void aNewRun_appearsInAnOpenHistoryView()
    {
        HistoryStore store;
        QVERIFY(store.open(historyPath(), 180));
        QVERIFY(m_f->makeSandboxWindow());
        m_f->window->setHistory(&store);
        HistoryDialog *dialog = openHistoryWithKeyboard();
        QVERIFY(dialog);
        auto *runsView = dialog->findChild<QTableView *>(QStringLiteral("historyRunsView"));
        QCOMPARE(runsView->model()->rowCount(), 0);

        SandboxServer *server = m_f->window->sandbox();
        QVERIFY(m_f->paste(server->entryIds().mid(0, 3).join(QLatin1Char('\n'))));
        QVERIFY(m_f->activate());
        QVERIFY(m_f->confirmDelete());
        QTRY_COMPARE_WITH_TIMEOUT(runsView->model()->rowCount(), 1, kRunTimeoutMs);
        QVERIFY(cell(runsView, 0, HistoryRunsModel::Reason).isEmpty()); // none typed
    }

    void anUnusableHistory_saysSo_andRunsStillWork()
    {
        QFile junk(historyPath());
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'z'));
        junk.close();
        HistoryStore store;
        QVERIFY(!store.open(historyPath(), 180));

        QVERIFY(m_f->makeSandboxWindow());
        m_f->window->setHistory(&store);
        QVERIFY(m_f->window->statusBar()->currentMessage().startsWith(
            QStringLiteral("History is off: ")));

        SandboxServer *server = m_f->window->sandbox();
        QVERIFY(m_f->paste(server->entryIds().mid(0, 3).join(QLatin1Char('\n'))));
        QVERIFY(m_f->activate());
        QVERIFY(m_f->confirmDelete());
        QTRY_COMPARE_WITH_TIMEOUT(m_f->window->resultsModel()->count(ResultState::Deleted), 3,
                                  kRunTimeoutMs);
        QTRY_VERIFY(!m_f->window->runFlow()->isRunning());
        // Said once at the start; each run's own summary is not pushed aside for it.
        QVERIFY2(m_f->window->statusBar()->currentMessage().startsWith(
                     QStringLiteral("Run finished on")),
                 qPrintable(m_f->window->statusBar()->currentMessage()));

        HistoryDialog *dialog = openHistoryWithKeyboard();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("historyStatusLabel"))->text(),
                 store.errorString());
        QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("historySearchEdit"))->isEnabled());
    }
};

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"
