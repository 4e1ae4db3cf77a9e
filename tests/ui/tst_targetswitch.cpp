// Switching servers through the real settings dialog: the window says where deletes go now,
// and offers to reset the results the old server gave.

#include "support/windowfixture.h"

#include "ids/idparser.h"
#include "results/resultsmodel.h"
#include "sandbox/sandboxserver.h"
#include "ui/settingsdialog.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace dlq;

class TestTargetSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void savingACustomUrlForTheFirstTimeNamesItAndOffersTheReset()
    {
        WindowFixture f;
        f.appSettings()->setPreset(EndpointPreset::Upstash);
        f.appSettings()->setToken(QStringLiteral("eyJVc2VySUQiOiJ0ZXN0In0="));
        f.appSettings()->markConfigured();
        QVERIFY(f.makeWindow());
        const QString production = f.window->target().description();
        ResultsModel *model = f.window->resultsModel();
        model->append(parseIds(QStringLiteral("1752829295505-0\n1752829295505-1")));
        ResultRow deleted;
        deleted.state = ResultState::Deleted;
        deleted.httpStatus = 200;
        deleted.attempts = 1;
        model->setOutcome(0, deleted);

        SandboxServer server;
        QVERIFY(server.listen());
        f.window->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
        auto *dialog = f.window->findChild<SettingsDialog *>(QStringLiteral("settingsDialog"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *preset = dialog->findChild<QComboBox *>(QStringLiteral("presetCombo"));
        preset->setCurrentIndex(preset->findData(int(EndpointPreset::Custom)));
        auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("customUrlEdit"));
        url->clear();
        QTest::keyClicks(url, server.baseUrl().toString());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("settingsSaveButton")),
                          Qt::LeftButton);

        const QString host = QStringLiteral("127.0.0.1:%1").arg(server.port());
        QTRY_COMPARE(f.window->target().baseUrl, server.baseUrl());
        QCOMPARE(f.window->statusBar()->currentMessage(),
                 QStringLiteral("Deletes now go to %1.").arg(host));
        QMessageBox *box = f.waitForBox("targetChangedBox");
        QVERIFY(box);
        QCOMPARE(box->text(),
                 QStringLiteral("The list shows results from %1. Reset them to Pending "
                                "so they can be sent to %2?")
                     .arg(production, host));
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("targetChangedResetButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(model->count(ResultState::Pending), 2);
    }
};

QTEST_MAIN(TestTargetSwitch)
#include "tst_targetswitch.moc"
