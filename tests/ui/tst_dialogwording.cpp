// What two prompts show besides their words: the close-during-run question carries no icon
// that contradicts its buttons, and Test connection names the server as host:port.

#include "support/windowfixture.h"

#include "results/resultsmodel.h"
#include "ui/runflow.h"
#include "ui/settingsdialog.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QProxyStyle>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace dlq;

namespace {

// Desktop themes (GNOME, KDE, the one seen under Xvfb) put icons on dialog buttons; the
// offscreen platform does not. This style asks for them, as those themes do.
class ButtonIconsStyle : public QProxyStyle
{
public:
    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *returnData) const override
    {
        if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
            return 1;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }
};

} // namespace

class TestDialogWording : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { m_f = std::make_unique<WindowFixture>(); }
    void cleanup() { m_f.reset(); }

    void closingDuringARunAsksWithoutIconsThatContradictTheButtons();
    void testConnectionNamesTheHostAndItsPort();

private:
    std::unique_ptr<WindowFixture> m_f;
};

void TestDialogWording::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(new ButtonIconsStyle);
}

void TestDialogWording::closingDuringARunAsksWithoutIconsThatContradictTheButtons()
{
    // The style really does give standard buttons icons, so their absence below means
    // something.
    QMessageBox plain(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("q"),
                      QMessageBox::Yes | QMessageBox::No);
    QVERIFY(!plain.button(QMessageBox::Yes)->icon().isNull());

    SandboxServer *server = m_f->makeSlowSandboxWindow(300);
    QVERIFY(server);
    QVERIFY(m_f->deleteFirstEntries(*server, 20));
    QTRY_VERIFY(m_f->window->runFlow()->isRunning());

    m_f->window->close();
    QMessageBox *box = nullptr;
    QTRY_VERIFY(
        (box = m_f->window->findChild<QMessageBox *>(QStringLiteral("closeWhileRunningBox"))) &&
        box->isVisible());
    auto *stop = box->findChild<QPushButton *>(QStringLiteral("closeWhileRunningYesButton"));
    auto *keep = box->findChild<QPushButton *>(QStringLiteral("closeWhileRunningNoButton"));
    QCOMPARE(stop->text(), QStringLiteral("Cancel run and close"));
    QCOMPARE(keep->text(), QStringLiteral("Keep running"));
    QVERIFY2(stop->icon().isNull(), "a tick on stopping the run");
    QVERIFY2(keep->icon().isNull(), "a stop sign on keeping it");

    QTest::mouseClick(keep, Qt::LeftButton);
    QVERIFY(m_f->window->isVisible());
    QVERIFY(m_f->window->runFlow()->isRunning());
    m_f->window->runFlow()->cancel();
    QTRY_VERIFY(!m_f->window->runFlow()->isRunning());
}

void TestDialogWording::testConnectionNamesTheHostAndItsPort()
{
    SandboxServer server;
    QVERIFY(server.listen());
    m_f->useServer(server);
    QVERIFY(m_f->makeWindow());
    m_f->window->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    auto *dialog = m_f->window->findChild<SettingsDialog *>();
    QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
    auto *test = dialog->findChild<QPushButton *>(QStringLiteral("testConnectionButton"));
    auto *result = dialog->findChild<QLabel *>(QStringLiteral("testResultLabel"));

    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY(test->isEnabled());
    const QString where = QStringLiteral("127.0.0.1:%1").arg(server.port());
    QVERIFY2(result->text().startsWith(QStringLiteral("✓")), qPrintable(result->text()));
    QVERIFY2(result->text().contains(QStringLiteral("Connected to %1:").arg(where)),
             qPrintable(result->text()));

    server.setToken(QStringLiteral("rotated-token"));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY(test->isEnabled());
    QVERIFY2(result->text().contains(QStringLiteral("%1 rejected the token (HTTP 401)").arg(where)),
             qPrintable(result->text()));
    dialog->reject();
}

QTEST_MAIN(TestDialogWording)
#include "tst_dialogwording.moc"
