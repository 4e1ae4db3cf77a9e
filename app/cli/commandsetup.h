#pragma once

#include "cli/cliargs.h"
#include "cli/tokensource.h"
#include "run/dlqpager.h"
#include "run/runconfig.h"
#include "secrets/keychainstore.h"
#include "settings/appsettings.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QProcessEnvironment>
#include <QSettings>
#include <QUrl>

namespace dlq::cli {

class SignalWatcher;

// The server dlqctl talks to: --base-url, else QSTASH_URL or the app's saved settings. Empty,
// with `error` set, when none can be used.
QUrl resolveBaseUrl(const QUrl &given, const AppSettings &settings, QString *error);
// --profile NAME: reads that profile for this command only (never stored). Empty on success
// (or without --profile), else the usage error. Checked when the command starts, not while
// parsing: the names live in the settings file.
QString useProfileOption(AppSettings &settings, const QString &profile);

// `one` for 1, else `many` with %1 replaced by n: "1 ID", "3 IDs".
QString plural(qsizetype n, const char *one, const char *many);

// "host" or "host:port", without user info: how results and prompts name the server.
QString hostLabel(const QUrl &baseUrl);

// To `outputFile` (atomically) or stdout when it is empty; when the file cannot be written the
// bytes go to stdout and `code` turns into a failure. The exit code to use.
int deliverOutput(const QString &outputFile, const QByteArray &bytes, int code);
// Checked before anything is sent: results that cannot be saved afterwards are the worst time
// to find out. Empty when `outputFile` is empty or writable.
QString checkOutputFile(const QString &outputFile);

// "12.3 s" since `clock` started (0.0 s when it never did), or for `ms` milliseconds.
QString elapsedText(const QElapsedTimer &clock);
QString elapsedText(qint64 ms);
// Flushes the console and ends the event loop with `code`, once: later calls do nothing.
void exitOnce(bool &finished, int code);

// The run settings for `connection`: given options first, else the app's saved settings.
RunConfig connectionRunConfig(const ConnectionOptions &connection, const AppSettings &settings,
                              const QUrl &baseUrl, const QString &token);

// The exit code for a listing that ended this way (see exitcodes.h).
int exitCodeForPager(PagerEnd end, bool interrupted);

// What every dlqctl command that talks to the API shares: the app's settings (read only), the
// token (keychain included), the server, a network manager, Ctrl+C, and one way to end.
class ApiCommand : public QObject
{
    Q_OBJECT
public:
    ApiCommand(const ConnectionOptions &connection, const OutputOptions &output,
               const QProcessEnvironment &env, QObject *parent = nullptr);
    ~ApiCommand() override;

    // Finds the token and the server, then calls run(); usage errors end the command.
    void start();

protected:
    // Checks that come before the server is resolved, once the token lookup answered (e.g.
    // `delete` judges its input first). False: the command ended.
    virtual bool prepare() { return true; }
    virtual void run() = 0;
    // SIGINT/SIGTERM arrived (the first one).
    virtual void interrupt() = 0;

    RunConfig runConfig() const;
    void watchSignals();
    int deliver(const QByteArray &bytes, int code)
    {
        return deliverOutput(m_output.outputFile, bytes, code);
    }
    QString checkOutputWritable() const { return checkOutputFile(m_output.outputFile); }
    QString host() const { return hostLabel(m_baseUrl); }
    QString elapsedText() const { return cli::elapsedText(m_clock); }
    void fail(int code, const QString &message);
    void finish(int code) { exitOnce(m_finished, code); }

    ConnectionOptions m_connection;
    OutputOptions m_output;
    QSettings m_store;
    AppSettings m_settings;
    KeychainTokenStore m_keychain;
    TokenSource m_tokenSource;
    QNetworkAccessManager m_nam;
    SignalWatcher *m_signals = nullptr;
    TokenLookup m_token;
    QUrl m_baseUrl;
    QElapsedTimer m_clock;
    bool m_interrupted = false;
    bool m_finished = false;

private:
    void startWithToken(const TokenLookup &token);
};

} // namespace dlq::cli
