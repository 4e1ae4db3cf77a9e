// The GUI entry point: set up the application, wire the injected pieces, show the window.
#include "history/historystore.h"
#include "secrets/keychainstore.h"
#include "session/sessionjournal.h"
#include "settings/appsettings.h"
#include "ui/i18n/translations.h"
#include "ui/mainwindow.h"
#include "util/appidentity.h"
#include "util/translate.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(dlq::appOrganizationName());
    QApplication::setApplicationName(dlq::appApplicationName());
    QApplication::setApplicationDisplayName(dlq::appDisplayName());
    QApplication::setApplicationVersion(QStringLiteral(DLQ_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.dlqmanager.DlqManager"));
    // The system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), before any text is made;
    // LANGUAGE=en forces English.
    dlq::installTranslations(QLocale::system());

    // --help and --version answer before any window opens; the man page is generated from them.
    QCommandLineParser parser;
    parser.setApplicationDescription(
        dlq::tr("DLQ Manager: clean up the Upstash Workflow Dead Letter Queue by ID.\n"
                "Settings and the session live in the user's configuration and data folders, the "
                "token in the system keychain; dlqctl does the same from a terminal."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    QIcon icon;
    for (int size : {32, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/io.github.dlqmanager.DlqManager-%1.png").arg(size),
                     QSize(size, size));
    QApplication::setWindowIcon(icon);

    QSettings store; // native format and location: ~/.config/DLQ Manager/dlq-manager.conf
    dlq::AppSettings settings(&store);
    QNetworkAccessManager nam;
    // The token lives in the system keychain when one is reachable (see TokenKeeper).
    dlq::KeychainTokenStore keychain;
    // Every run is recorded (~/.local/share/DLQ Manager/dlq-manager/history.sqlite); runs older
    // than the setting leave it now. If it cannot be opened the window works on and says why.
    dlq::HistoryStore history;
    history.open(dlq::HistoryStore::defaultPath(), settings.historyRetentionDays());
    // The list survives a crash or kill -9 there (~/.local/share/dlq-manager/session).
    dlq::MainWindow window(&settings, &nam, dlq::SessionJournal::defaultDirectory(), &keychain);
    window.setHistory(&history);
    window.show();
    return app.exec();
}
