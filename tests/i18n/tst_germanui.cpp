// The window in German, loaded the way the app loads it (installTranslations, the embedded
// .qm): known controls show German text, the code still finds them by name, the menus keep
// one Alt key per entry, and the longer words still fit a 1024 x 700 screen.

#include "support/windowfixture.h"

#include "ui/i18n/translations.h"
#include "util/translate.h"

#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace dlq;

namespace {

QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) != QLatin1Char('&'))
                return text.at(i + 1).toLower();
            ++i;
        }
    }
    return {};
}

// "Datei: D twice (&Datei, &Drucken)" for every letter used by more than one entry.
QStringList clashes(const QString &where, const QStringList &texts)
{
    QHash<QChar, QStringList> byKey;
    for (const QString &text : texts) {
        if (const QChar key = mnemonic(text); !key.isNull())
            byKey[key] << text;
    }
    QStringList out;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            out << QStringLiteral("%1: %2 in %3").arg(where, it.key(), it.value().join(QLatin1String(", ")));
    }
    return out;
}

} // namespace

class TestGermanUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void theWindowSpeaksGerman();
    void menusKeepTheirNamesAndOneAltKeyEach();
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

void TestGermanUi::menusKeepTheirNamesAndOneAltKeyEach()
{
    QStringList problems;
    QStringList titles;
    const QList<QAction *> bar = m_f->window->menuBar()->actions();
    for (QAction *entry : bar) {
        QMenu *menu = entry->menu();
        QVERIFY(menu);
        QVERIFY2(menu->objectName().endsWith(QLatin1String("Menu")) &&
                     menu->objectName().at(0).isLower(),
                 qPrintable(menu->objectName()));
        titles << menu->title();
        QStringList items;
        const QList<QAction *> actions = menu->actions();
        for (const QAction *action : actions) {
            if (!action->isSeparator())
                items << action->text();
        }
        problems << clashes(menu->title(), items);
    }
    problems << clashes(QStringLiteral("menu bar"), titles);
    const QStringList expected{QStringLiteral("fileMenu"), QStringLiteral("editMenu"),
                               QStringLiteral("runMenu"),  QStringLiteral("settingsMenu"),
                               QStringLiteral("sandboxMenu"), QStringLiteral("helpMenu")};
    for (const QString &name : expected)
        QVERIFY2(m_f->window->findChild<QMenu *>(name), qPrintable(name));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
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
