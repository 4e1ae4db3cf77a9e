// `dlqctl delete --reason` (the real binary) records its run in the same history file the
// window reads: the window's History view then lists it and finds its IDs.
#include "support/dlqctlenv.h"
#include "support/dlqctlprocess.h"
#include "support/windowfixture.h"

#include "history/historystore.h"
#include "ui/history/historydialog.h"
#include "ui/history/historyrunsmodel.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>

using namespace dlq;

namespace {
constexpr int kProcessTimeoutMs = 60000;
}

class TestDlqctlHistory : public QObject
{
    Q_OBJECT

private:
    // Runs dlqctl to the end while this event loop keeps the sandbox answering.
    static int runDlqctl(const QStringList &arguments, const QProcessEnvironment &env, QString *err,
                         QString *out = nullptr)
    {
        const test::DlqctlRun r = test::runDlqctl(arguments, env, {}, kProcessTimeoutMs);
        *err = r.err;
        if (out)
            *out = r.out;
        return r.finished && r.exitStatus == QProcess::NormalExit ? r.exitCode : -1;
    }

private Q_SLOTS:
    void deleteWithReason_landsInTheWindowsHistory()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        SandboxServer server;
        QVERIFY(server.listen());
        const QStringList ids = server.seed(5);
        const QString missing = QStringLiteral("1752829295505-777");

        const QProcessEnvironment env = test::dlqctlEnvironment(home, server.token());
        QString err;
        const int code = runDlqctl({QStringLiteral("delete"), QStringLiteral("--base-url"),
                                    server.baseUrl().toString(), QStringLiteral("--yes"),
                                    QStringLiteral("--reason"), QStringLiteral("CHG-88 cleanup"),
                                    ids.at(0), ids.at(1), missing},
                                   env, &err);
        QVERIFY2(code == 0, qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("not recorded")), qPrintable(err));

        // The window, in the same data folder, opens the default history file.
        qputenv("HOME", home.path().toUtf8());
        qputenv("XDG_DATA_HOME", env.value(QStringLiteral("XDG_DATA_HOME")).toUtf8());
        const QString path = HistoryStore::defaultPath();
        QVERIFY2(path.startsWith(home.path()), qPrintable(path));
        QVERIFY(QFile::exists(path));
        HistoryStore store;
        QVERIFY2(store.open(path, 180), qPrintable(store.errorString()));

        WindowFixture f;
        QVERIFY(f.makeSandboxWindow());
        f.window->setHistory(&store);
        QVERIFY(f.activate());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_H, Qt::ControlModifier);
        HistoryDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = f.window->findChild<HistoryDialog *>()) && dialog->isVisible());
        auto *runsView = dialog->findChild<QTableView *>(QStringLiteral("historyRunsView"));
        QCOMPARE(runsView->model()->rowCount(), 1);
        const auto cell = [runsView](int column) {
            return runsView->model()->index(0, column).data().toString();
        };
        QCOMPARE(cell(HistoryRunsModel::Reason), QStringLiteral("CHG-88 cleanup"));
        QCOMPARE(cell(HistoryRunsModel::Source), QStringLiteral("dlqctl"));
        QCOMPARE(cell(HistoryRunsModel::Profile), QStringLiteral("Default"));
        QCOMPARE(cell(HistoryRunsModel::Ids), QStringLiteral("3"));

        auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("historySearchEdit"));
        QTest::keyClicks(search, ids.at(1));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(runsView->model()->rowCount(), 1);
        QCOMPARE(cell(HistoryRunsModel::Result), QStringLiteral("Deleted"));
        search->clear();
        QTest::keyClicks(search, missing);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(cell(HistoryRunsModel::Result), QStringLiteral("Not found"));

        // dlqctl history lists the run with its profile; --id finds an ID's result in it.
        QString out;
        QCOMPARE(runDlqctl({QStringLiteral("history")}, env, &err, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("Profile")), qPrintable(out));
        const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2); // header and the one run
        QVERIFY2(lines.at(1).contains(QStringLiteral("Default")), qPrintable(out));
        QVERIFY2(lines.at(1).contains(QStringLiteral("CHG-88 cleanup")), qPrintable(out));
        QCOMPARE(runDlqctl({QStringLiteral("history"), QStringLiteral("--id"), missing}, env, &err,
                           &out),
                 0);
        QVERIFY2(out.contains(QStringLiteral("not_found")) && out.contains(QStringLiteral("404")),
                 qPrintable(out));
        // The copy dlqctl saved before deleting is kept with the run, and --id names it.
        const QString snapshot = store.runs().first().snapshotPath;
        QVERIFY2(!snapshot.isEmpty() && QFile::exists(snapshot), qPrintable(snapshot));
        QVERIFY2(out.contains(QStringLiteral("Copy saved before the run of ") +
                              lines.at(1).left(20) + QStringLiteral(": ") +
                              QDir::toNativeSeparators(snapshot) + QLatin1Char('\n')),
                 qPrintable(out));

        // The token stays out of the history file.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(server.token().toUtf8()));
    }

    void dryRun_recordsNothing()
    {
        QTemporaryDir home;
        SandboxServer server;
        QVERIFY(server.listen());
        const QStringList ids = server.seed(2);
        QString err;
        QCOMPARE(runDlqctl({QStringLiteral("delete"), QStringLiteral("--base-url"),
                            server.baseUrl().toString(), QStringLiteral("--dry-run"), ids.at(0)},
                           test::dlqctlEnvironment(home, server.token()), &err),
                 0);
        QVERIFY(!QFile::exists(
            home.filePath(QStringLiteral(".local/share/DLQ Manager/dlq-manager/history.sqlite"))));
    }

    void aHistoryThatCannotBeOpened_isWarnedAboutAndTheDeletesStillCount()
    {
        // The history is opened on a thread of its own while the deletes run; when it cannot
        // be, the warning still comes, after the results, and the exit code is the run's.
        QTemporaryDir home;
        QVERIFY(QDir(home.path())
                    .mkpath(QStringLiteral(".local/share/DLQ Manager/dlq-manager/history.sqlite")));
        SandboxServer server;
        QVERIFY(server.listen());
        const QStringList ids = server.seed(3);
        QString err;
        QString out;
        const int code =
            runDlqctl({QStringLiteral("delete"), QStringLiteral("--base-url"),
                       server.baseUrl().toString(), QStringLiteral("--yes"),
                       QStringLiteral("--format"), QStringLiteral("csv"), ids.at(0), ids.at(1)},
                      test::dlqctlEnvironment(home, server.token()), &err, &out);
        QVERIFY2(code == 0, qPrintable(err));
        QCOMPARE(server.entryCount(), 1);
        QCOMPARE(out.count(QStringLiteral(",deleted,")), 2);
        const qsizetype warning =
            err.indexOf(QStringLiteral("Warning: this run was not recorded in the history."));
        QVERIFY2(warning >= 0, qPrintable(err));
        QVERIFY2(err.indexOf(QStringLiteral("History is off:"), warning) > warning,
                 qPrintable(err));
    }
};

QTEST_MAIN(TestDlqctlHistory)
#include "tst_dlqctlhistory.moc"
