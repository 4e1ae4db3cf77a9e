// Runs that stop early, seen through the real window: a server that cannot be reached.
#include "support/guitest.h"

#include "results/resultsmodel.h"
#include "run/runcontroller.h"
#include "ui/confirmdeletedialog.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTest>

using namespace dlq;

class TestRunStops : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aClosedPort_stopsTheRunEarly_andSaysCheckTheUrl()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now: connection refused

        TestSettings settings;
        AppSettings *s = settings.settings.get();
        s->setPreset(EndpointPreset::Custom);
        s->setCustomUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        s->setToken(QStringLiteral("some-token-1234"));
        s->setConcurrency(2);
        s->setMaxAttempts(5);
        // These runs stop on the deletes themselves; the copy before them is tst_snapshotwindow's.
        s->setSnapshotBeforeDelete(false);
        s->markConfigured();
        QNetworkAccessManager nam;
        QTemporaryDir sessionDir;
        MainWindow window(s, &nam, sessionDir.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QStringList ids;
        for (int i = 0; i < 50; ++i)
            ids << QStringLiteral("1752829295505-%1").arg(i);
        QGuiApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
        auto *view = window.findChild<QTableView *>(QStringLiteral("resultsView"));
        QVERIFY(view);
        view->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE(window.resultsModel()->rowCount(), 50);

        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("deleteButton")),
                          Qt::LeftButton);
        auto *dialog = window.findChild<ConfirmDeleteDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")),
                          Qt::LeftButton);

        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = window.findChild<QMessageBox *>(QStringLiteral("unreachableBox"))) &&
                box->isVisible(),
            20000);
        ResultsModel *model = window.resultsModel();
        QVERIFY(!window.runController()->isRunning());
        const int notSent = model->count(ResultState::NotSent);
        QVERIFY2(notSent >= 40, qPrintable(QString::number(notSent)));
        QCOMPARE(box->text(), QStringLiteral("Cannot reach 127.0.0.1:%1 — check the URL. Nothing "
                                             "more was sent; %2 IDs are marked Not sent.")
                                  .arg(port)
                                  .arg(notSent));
        QVERIFY(window.statusBar()->currentMessage().startsWith(
            QStringLiteral("Cannot reach 127.0.0.1:%1 — check the URL").arg(port)));
        QVERIFY(box->findChild<QPushButton *>(QStringLiteral("unreachableBoxSettingsButton")));
        QTest::mouseClick(
            box->findChild<QPushButton *>(QStringLiteral("unreachableBoxCloseButton")),
            Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("unreachableBox")));
    }
};

QTEST_MAIN(TestRunStops)
#include "tst_runstops.moc"
