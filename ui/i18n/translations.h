#pragma once

#include <QLocale>
#include <QString>

namespace dlq {

// Puts the window's language into effect: the app's own translation (embedded as
// :/i18n/dlq-manager_<lang>.qm) and Qt's (qtbase_<lang>.qm from QLibraryInfo's translations
// folder, when that is installed) for the first of the locale's UI languages that has one.
// English is the source language: a locale that prefers English, or "C", gets no translator,
// so LANGUAGE=en forces English even when LANG names another language.
// Returns the language loaded ("de"), or an empty string for English. Call once, with the
// QApplication alive; the translators belong to it. A second call replaces the first's.
QString installTranslations(const QLocale &locale = QLocale::system());

// The folder the app's .qm files are embedded under (tests load from it too).
QString appTranslationsDirectory();

} // namespace dlq
