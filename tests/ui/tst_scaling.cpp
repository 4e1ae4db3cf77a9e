// The window on a small screen (1366 x 900 at 200 % is 683 x 450 in Qt's pixels): it opens
// inside the screen, never needs or takes more width than such a screen has, and the
// confirmation wraps its words instead of cutting them.

#include "support/windowfixture.h"

#include "results/resultsmodel.h"
#include "ui/confirmdeletedialog.h"
#include "ui/runflow.h"

#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QTest>

using namespace dlq;

namespace {

// 1366 px at 200 % is 683; the window frame takes a few more.
constexpr int kNarrowScreenWidth = 660;

QString widthReport(const QWidget *window)
{
    return QStringLiteral("minimumSizeHint %1, width %2")
        .arg(window->minimumSizeHint().width())
        .arg(window->width());
}

} // namespace

class TestScaling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_f = std::make_unique<WindowFixture>(); }
    void cleanup() { m_f.reset(); }

    void theWindowOpensInsideTheScreen();
    void aGeometrySavedOnABiggerScreenIsBroughtInside();
    void theWindowStaysNarrowBeforeAndAfterARunAndALongIntakeMessage();
    void theConfirmationWrapsEveryLine();

private:
    std::unique_ptr<WindowFixture> m_f;
};

void TestScaling::theWindowOpensInsideTheScreen()
{
    m_f->useSandboxPreset();
    QVERIFY(m_f->makeWindow());
    const QRect available = m_f->window->screen()->availableGeometry();
    // The offscreen screen (800 x 600) is smaller than the window's default size.
    QVERIFY(available.width() < 1100 || available.height() < 760);
    QVERIFY2(available.contains(m_f->window->frameGeometry()),
             qPrintable(QStringLiteral("%1,%2 %3x%4 outside %5x%6")
                            .arg(m_f->window->frameGeometry().x())
                            .arg(m_f->window->frameGeometry().y())
                            .arg(m_f->window->frameGeometry().width())
                            .arg(m_f->window->frameGeometry().height())
                            .arg(available.width())
                            .arg(available.height())));
}

void TestScaling::aGeometrySavedOnABiggerScreenIsBroughtInside()
{
    {
        QWidget big;
        big.setGeometry(300, 200, 2400, 1500);
        m_f->appSettings()->setWindowGeometry(big.saveGeometry());
    }
    m_f->useSandboxPreset();
    QVERIFY(m_f->makeWindow());
    const QRect available = m_f->window->screen()->availableGeometry();
    QVERIFY(available.contains(m_f->window->frameGeometry()));
}

void TestScaling::theWindowStaysNarrowBeforeAndAfterARunAndALongIntakeMessage()
{
    m_f->useSandboxPreset();
    m_f->appSettings()->setConcurrency(2);
    QVERIFY(m_f->makeWindow());
    MainWindow *window = m_f->window.get();
    window->resize(kNarrowScreenWidth, 440);
    QTRY_COMPARE(window->width(), kNarrowScreenWidth);
    QVERIFY2(window->minimumSizeHint().width() <= kNarrowScreenWidth,
             qPrintable(widthReport(window)));

    // A run that stops early says the most: counts, rate and the reason.
    SandboxServer *server = window->sandbox();
    server->setLatencyMs(50);
    const QStringList ids = server->entryIds().mid(0, 300);
    QVERIFY(m_f->paste(ids.join(QLatin1Char('\n'))));
    QVERIFY(m_f->confirmDelete(QStringLiteral("300")));
    QTRY_VERIFY_WITH_TIMEOUT(window->resultsModel()->count(ResultState::Deleted) >= 20,
                             kRunTimeoutMs);
    QTest::mouseClick(m_f->child<QPushButton>("cancelButton"), Qt::LeftButton);
    QTRY_VERIFY(!window->runFlow()->isRunning());
    QTRY_VERIFY(m_f->child<QPushButton>("retryButton")->isEnabled() ||
                m_f->child<QPushButton>("deleteButton")->isEnabled());
    QVERIFY2(window->minimumSizeHint().width() <= kNarrowScreenWidth,
             qPrintable(widthReport(window)));
    QCOMPARE(window->width(), kNarrowScreenWidth);
    QVERIFY(m_f->child<QLabel>("rateLabel")->text().size() > 60);

    // A long intake message: duplicates, invalid, unusual and workflow-run IDs at once.
    QStringList messy = ids.mid(0, 5);
    messy << ids.mid(0, 3) << QStringLiteral("../x") << QStringLiteral("wfr_abcdef0123456789")
          << QStringLiteral("msg_abcdef0123456789") << QStringLiteral("a%2Fb")
          << QStringLiteral("x") + QString(600, QLatin1Char('y'));
    for (int i = 0; i < 40; ++i)
        messy << QStringLiteral("1752829295505-new%1").arg(i);
    QVERIFY(m_f->paste(messy.join(QLatin1Char('\n'))));
    auto *intake = m_f->child<QLabel>("parseSummaryLabel");
    QTRY_VERIFY(intake->text().contains(QLatin1String("invalid")));
    QVERIFY2(intake->fontMetrics().horizontalAdvance(intake->text()) > kNarrowScreenWidth / 2,
             qPrintable(intake->text()));
    QVERIFY2(window->minimumSizeHint().width() <= kNarrowScreenWidth,
             qPrintable(widthReport(window)));
    QCOMPARE(window->width(), kNarrowScreenWidth);
}

void TestScaling::theConfirmationWrapsEveryLine()
{
    m_f->useSandboxPreset();
    QVERIFY(m_f->makeWindow());
    SandboxServer *server = m_f->window->sandbox();
    QStringList ids = server->entryIds().mid(0, 150);
    ids << QStringLiteral("a%2Fb"); // an unusual one adds its own line
    QVERIFY(m_f->paste(ids.join(QLatin1Char('\n'))));
    QTest::mouseClick(m_f->child<QPushButton>("deleteButton"), Qt::LeftButton);
    auto *dialog = m_f->window->findChild<ConfirmDeleteDialog *>();
    QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->requiresTypedCount());

    int texts = 0;
    const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->text().isEmpty())
            continue; // the icon
        ++texts;
        QVERIFY2(label->wordWrap(), qPrintable(label->text()));
    }
    QVERIFY(texts >= 5);
    QVERIFY2(dialog->minimumSizeHint().width() <= kNarrowScreenWidth,
             qPrintable(QString::number(dialog->minimumSizeHint().width())));

    // Made narrow, it grows taller so every wrapped line stays whole.
    dialog->resize(dialog->minimumSizeHint().width(), dialog->minimumSizeHint().height());
    QTRY_VERIFY(dialog->width() < kNarrowScreenWidth);
    const int needed = dialog->heightForWidth(dialog->width());
    QVERIFY(needed > 0);
    QTRY_VERIFY2(dialog->height() >= needed,
                 qPrintable(QStringLiteral("%1 < %2").arg(dialog->height()).arg(needed)));
    dialog->reject();
}

QTEST_MAIN(TestScaling)
#include "tst_scaling.moc"
