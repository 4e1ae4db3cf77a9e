#include "cli/commandsetup.h"

#include "cli/console.h"
#include "cli/exitcodes.h"
#include "cli/signalwatcher.h"
#include "net/endpoint.h"
#include "net/tlstrust.h"
#include "util/appidentity.h"
#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace dlq::cli {

namespace {

QString saveError(const QString &path, const QString &reason)
{
    return QStringLiteral("Could not write %1: %2.").arg(QDir::toNativeSeparators(path), reason);
}

} // namespace

QString useProfileOption(AppSettings &settings, const QString &profile)
{
    if (profile.isEmpty())
        return {};
    const QString problem = settings.useProfile(profile);
    return problem.isEmpty() ? QString() : QStringLiteral("--profile: ") + problem;
}

QUrl resolveBaseUrl(const QUrl &given, const AppSettings &settings, QString *error)
{
    if (!given.isEmpty())
        return given;
    const QUrl url = settings.effectiveBaseUrl();
    if (url.isEmpty() && settings.usesSandbox()) {
        *error = QStringLiteral("DLQ Manager is set to its built-in sandbox, which only runs "
                                "inside the app. Pass --base-url, for example the URL that "
                                "“dlqctl sandbox” prints.");
        return {};
    }
    const QString problem = checkBaseUrl(url);
    if (!problem.isEmpty()) {
        const QString origin = settings.baseUrlFromEnvironment()
                                   ? QStringLiteral("QSTASH_URL: ")
                                   : QStringLiteral("The server URL in DLQ Manager's settings: ");
        *error = origin + problem;
        return {};
    }
    return url;
}

QString plural(qsizetype n, const char *one, const char *many)
{
    return n == 1 ? QString::fromUtf8(one) : QString::fromUtf8(many).arg(n);
}

QString hostLabel(const QUrl &baseUrl)
{
    return baseUrl.adjusted(QUrl::RemoveUserInfo).authority();
}

int deliverOutput(const QString &outputFile, const QByteArray &bytes, int code)
{
    if (outputFile.isEmpty()) {
        console::outBytes(bytes);
        return code;
    }
    const QString reason = writeFileAtomically(outputFile, bytes);
    if (reason.isEmpty())
        return code;
    // The actions happened; losing their record would be worse than output in the wrong place.
    console::err(saveError(outputFile, reason) +
                 QStringLiteral(" The results follow on standard output.\n"));
    console::outBytes(bytes);
    return code == ExitOk ? ExitSomeFailed : code;
}

QString checkOutputFile(const QString &outputFile)
{
    if (outputFile.isEmpty())
        return {};
    QSaveFile probe(outputFile);
    if (!probe.open(QIODevice::WriteOnly))
        return saveError(outputFile, probe.errorString());
    probe.cancelWriting();
    return {};
}

QString elapsedText(const QElapsedTimer &clock)
{
    return elapsedText(clock.isValid() ? clock.elapsed() : qint64(0));
}

QString elapsedText(qint64 ms)
{
    return QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

void exitOnce(bool &finished, int code)
{
    if (finished)
        return;
    finished = true;
    console::flush();
    QCoreApplication::exit(code);
}

RunConfig connectionRunConfig(const ConnectionOptions &connection, const AppSettings &settings,
                              const QUrl &baseUrl, const QString &token)
{
    RunConfig config;
    config.baseUrl = baseUrl;
    config.token = token;
    config.concurrency = connection.concurrency.value_or(settings.concurrency());
    config.timeoutMs = 1000 * connection.timeoutSeconds.value_or(settings.timeoutSeconds());
    if (connection.maxAttempts)
        config.maxAttempts = *connection.maxAttempts;
    config.maxRequestsPerSecond = connection.ratePerSecond;
    // Unset without --ca-file: a plain-HTTP run never needs the TLS backend (RunConfig::tls).
    if (!connection.caCertificates.isEmpty())
        config.tls = tlsTrusting(connection.caCertificates);
    return config;
}

int exitCodeForPager(PagerEnd end, bool interrupted)
{
    if (interrupted)
        return ExitInterrupted;
    switch (end) {
    case PagerEnd::Complete:
    case PagerEnd::CapReached:
        return ExitOk;
    case PagerEnd::TokenRejected:
        return ExitTokenRejected;
    case PagerEnd::QuotaExhausted:
        return ExitQuotaExhausted;
    case PagerEnd::Cancelled:
    case PagerEnd::Failed:
    case PagerEnd::Unreachable:
        break;
    }
    return ExitSomeFailed;
}

ApiCommand::ApiCommand(const ConnectionOptions &connection, const OutputOptions &output,
                       const QProcessEnvironment &env, QObject *parent)
    : QObject(parent), m_connection(connection), m_output(output),
      // The GUI's settings, read for the saved token, server and run settings; never written.
      m_store(QSettings::NativeFormat, QSettings::UserScope, appOrganizationName(),
              appApplicationName()),
      m_settings(&m_store, env), m_tokenSource(&m_settings, &m_keychain)
{}

ApiCommand::~ApiCommand() = default;

void ApiCommand::start()
{
    const QString profileProblem = useProfileOption(m_settings, m_connection.profile);
    if (!profileProblem.isEmpty()) {
        fail(ExitUsage, profileProblem);
        return;
    }
    connect(&m_tokenSource, &TokenSource::found, this, &ApiCommand::startWithToken,
            Qt::SingleShotConnection);
    m_tokenSource.lookup(m_connection.tokenFile);
}

void ApiCommand::startWithToken(const TokenLookup &token)
{
    m_token = token;
    if (!prepare())
        return;
    QString error;
    m_baseUrl = resolveBaseUrl(m_connection.baseUrl, m_settings, &error);
    if (m_baseUrl.isEmpty()) {
        fail(ExitUsage, error);
        return;
    }
    run();
}

RunConfig ApiCommand::runConfig() const
{
    return connectionRunConfig(m_connection, m_settings, m_baseUrl, m_token.token);
}

void ApiCommand::watchSignals()
{
    if (m_signals)
        return;
    m_signals = new SignalWatcher(this);
    connect(m_signals, &SignalWatcher::signalReceived, this, [this] {
        if (m_finished || m_interrupted)
            return;
        m_interrupted = true;
        interrupt();
    });
}

void ApiCommand::fail(int code, const QString &message)
{
    console::err(message + QLatin1Char('\n'));
    finish(code);
}

} // namespace dlq::cli
