// The window in German, loaded the way the app loads it (installTranslations, the embedded
// .qm): known controls show German text, the code still finds them by name, and the longer
// words still fit a 1024 x 700 screen. (Alt letters in German: tst_keyboard, per language.)

#include "support/windowfixture.h"

#include "ui/i18n/translations.h"
#include "ui/settingsdialog.h"
#include "util/translate.h"

#include <QMenu>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace dlq;

class TestGermanUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void theWindowSpeaksGerman();
    void menusKeepTheirNames();
    void theGermanWindowFitsA1024x700Screen();
    void anEnglishFirstChoiceStaysEnglish();

private:
    std::unique_ptr<WindowFixture> m_f;
};

void TestGermanUi::init()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(installTranslations(QLocale()), QStringLiteral("de"));
    m_f = std::make_unique<WindowFixture>();
    m_f->useSandboxPreset();
    QVERIFY(m_f->makeWindow());
}

void TestGermanUi::cleanup()
{
    m_f.reset();
    installTranslations(QLocale(QLocale::English));
    QLocale::setDefault(QLocale::c());
}

void TestGermanUi::theWindowSpeaksGerman()
{
    auto *file = m_f->window->findChild<QMenu *>(QStringLiteral("fileMenu"));
    QVERIFY(file);
    QCOMPARE(file->title(), QStringLiteral("&Datei"));
    auto *tabs = m_f->window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(0), QStringLiteral("ID-Liste"));
    auto *quit = m_f->window->findChild<QAction *>(QStringLiteral("quitAction"));
    QVERIFY(quit);
    QCOMPARE(quit->text(), QStringLiteral("&Beenden"));
    auto *deleteButton = m_f->window->findChild<QPushButton *>(QStringLiteral("deleteButton"));
    QVERIFY(deleteButton);
    QCOMPARE(deleteButton->accessibleName(), QStringLiteral("IDs löschen"));
    // The core's messages (dlq::tr, context "dlq") as well as the window's own.
    QCOMPARE(dlq::tr("Deleted"), QStringLiteral("Gelöscht"));
}

void TestGermanUi::menusKeepTheirNames()
{
    // Found by fixed names, not by the titles, which are German now.
    const QStringList expected{QStringLiteral("fileMenu"),    QStringLiteral("editMenu"),
                               QStringLiteral("runMenu"),     QStringLiteral("settingsMenu"),
                               QStringLiteral("sandboxMenu"), QStringLiteral("helpMenu")};
    for (const QString &name : expected)
        QVERIFY2(m_f->window->findChild<QMenu *>(name), qPrintable(name));
    QCOMPARE(m_f->window->findChild<QMenu *>(QStringLiteral("settingsMenu"))->title(),
             QStringLiteral("&Einstellungen"));
}

void TestGermanUi::theGermanWindowFitsA1024x700Screen()
{
    auto *tabs = m_f->window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    QVERIFY(tabs);
    // Both tabs: the DLQ tab's filter bar holds the longest German labels.
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        const QSize need = m_f->window->minimumSizeHint();
        QVERIFY2(need.width() <= 1024 && need.height() <= 700,
                 qPrintable(QStringLiteral("tab %1 needs %2 x %3")
                                .arg(tabs->tabText(tab))
                                .arg(need.width())
                                .arg(need.height())));
    }
    // The dialog with the most labels in one column.
    m_f->window->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    auto *settings = m_f->window->findChild<SettingsDialog *>();
    QVERIFY(settings && QTest::qWaitForWindowExposed(settings));
    const QSize need = settings->minimumSizeHint();
    QVERIFY2(
        need.width() <= 1024 && need.height() <= 700,
        qPrintable(QStringLiteral("settings need %1 x %2").arg(need.width()).arg(need.height())));
    settings->reject();
}

void TestGermanUi::anEnglishFirstChoiceStaysEnglish()
{
    m_f.reset();
    // English is the source language: no translator, even though German is available.
    QCOMPARE(installTranslations(QLocale(QLocale::English, QLocale::Germany)), QString());
    m_f = std::make_unique<WindowFixture>();
    QVERIFY(m_f->makeWindow());
    auto *file = m_f->window->findChild<QMenu *>(QStringLiteral("fileMenu"));
    QVERIFY(file);
    QCOMPARE(file->title(), QStringLiteral("&File"));
    // A language with no translation falls through to English too.
    QCOMPARE(installTranslations(QLocale(QLocale::Japanese)), QString());
}

QTEST_MAIN(TestGermanUi)
#include "tst_germanui.moc"
