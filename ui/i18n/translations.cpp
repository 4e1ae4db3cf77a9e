#include "ui/i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace dlq {

namespace {

QPointer<QTranslator> g_app;
QPointer<QTranslator> g_qt;

void removeInstalled()
{
    for (QPointer<QTranslator> *translator : {&g_app, &g_qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete translator->data();
        }
    }
}

} // namespace

QString appTranslationsDirectory()
{
    return QStringLiteral(":/i18n");
}

QString installTranslations(const QLocale &locale)
{
    removeInstalled();
    // Walk the preferences ourselves: QTranslator::load(QLocale) would skip an English first
    // choice (there is no dlq-manager_en.qm) and take the next language in LANGUAGE instead.
    const QStringList languages = locale.uiLanguages();
    for (const QString &language : languages) {
        const QLocale candidate(language);
        if (candidate.language() == QLocale::English || candidate.language() == QLocale::C)
            return {};
        auto *app = new QTranslator(QCoreApplication::instance());
        if (!app->load(candidate, QStringLiteral("dlq-manager"), QStringLiteral("_"),
                       appTranslationsDirectory())) {
            delete app;
            continue;
        }
        QCoreApplication::installTranslator(app);
        g_app = app;
        // Qt's own strings (standard buttons, context menus); absent without the
        // qt6-translations-l10n package, and then those few stay English.
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(candidate, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            g_qt = qt;
        } else {
            delete qt;
        }
        return app->language().section(QLatin1Char('_'), 0, 0);
    }
    return {};
}

} // namespace dlq
