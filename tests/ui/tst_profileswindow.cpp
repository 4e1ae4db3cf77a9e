#include "support/windowfixture.h"

#include "results/resultsmodel.h"
#include "run/runcontroller.h"
#include "sandbox/sandboxserver.h"
#include "settings/appsettings.h"
#include "ui/confirmdeletedialog.h"
#include "ui/mainwindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace dlq;

// A production profile through the real window: its name in the title and the banner, and
// the typed count at confirmation even for a handful of IDs.
class TestProfilesWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WindowFixture> m_f;
    std::unique_ptr<SandboxServer> m_server;

    ConfirmDeleteDialog *openConfirmation(const QStringList &ids)
    {
        if (!m_f->paste(ids.join(QLatin1Char('\n'))))
            return nullptr;
        QTest::mouseClick(m_f->child<QPushButton>("deleteButton"), Qt::LeftButton);
        auto *dialog = m_f->window->findChild<ConfirmDeleteDialog *>();
        if (!dialog || !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        return dialog;
    }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<WindowFixture>();
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen());
    }

    void cleanup()
    {
        m_f.reset();
        m_server.reset();
    }

    void productionProfile_namedEverywhere_andAlwaysTypedCount()
    {
        AppSettings *s = m_f->appSettings();
        QCOMPARE(s->addProfile(QStringLiteral("prod EU")), QString());
        QCOMPARE(s->switchProfile(QStringLiteral("prod EU"), false), QString());
        s->setProduction(true);
        s->setProfileColour(QStringLiteral("#cc0000"));
        m_f->useServer(*m_server);
        QVERIFY(m_f->makeWindow());

        QVERIFY2(m_f->window->windowTitle().contains(QLatin1String("prod EU")),
                 qPrintable(m_f->window->windowTitle()));
        auto *banner = m_f->child<QLabel>("targetBanner");
        QVERIFY2(banner->text().contains(QLatin1String("prod EU (production)")),
                 qPrintable(banner->text()));
        QVERIFY(banner->styleSheet().contains(QLatin1String("#cc0000")));

        const QStringList existing = m_server->seed(3, 31);
        ConfirmDeleteDialog *dialog = openConfirmation(existing);
        QVERIFY(dialog);
        QVERIFY(dialog->requiresTypedCount());
        auto *profile = dialog->findChild<QLabel *>(QStringLiteral("confirmProfileLabel"));
        QVERIFY(profile);
        QCOMPARE(profile->text(), QStringLiteral("Profile: prod EU (production)"));
        QVERIFY(!profile->accessibleName().isEmpty());
        QVERIFY(profile->styleSheet().contains(QLatin1String("#cc0000")));
        auto *count = dialog->findChild<QLineEdit *>(QStringLiteral("confirmCountEdit"));
        QVERIFY(count);
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"));
        QVERIFY(!confirm->isEnabled());
        QTest::keyClicks(count, QStringLiteral("3"));
        QVERIFY(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_f->window->resultsModel()->count(ResultState::Deleted), 3,
                                  kRunTimeoutMs);
        QCOMPARE(m_server->entryCount(), 0);
    }

    void otherProfile_named_butFewIdsNeedNoTypedCount()
    {
        AppSettings *s = m_f->appSettings();
        QCOMPARE(s->addProfile(QStringLiteral("staging US")), QString());
        QCOMPARE(s->switchProfile(QStringLiteral("staging US"), false), QString());
        m_f->useServer(*m_server);
        QVERIFY(m_f->makeWindow());
        QVERIFY(m_f->window->windowTitle().contains(QLatin1String("staging US")));
        QVERIFY(!m_f->child<QLabel>("targetBanner")->text().contains(QLatin1String("production")));

        ConfirmDeleteDialog *dialog = openConfirmation(m_server->seed(2, 32));
        QVERIFY(dialog);
        QVERIFY(!dialog->requiresTypedCount());
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("confirmProfileLabel"))->text(),
                 QStringLiteral("Profile: staging US"));
        dialog->reject();
    }
};

QTEST_MAIN(TestProfilesWindow)
#include "tst_profileswindow.moc"
