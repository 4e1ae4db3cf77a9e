#pragma once

#include "run/runconfig.h"
#include "sandbox/sandboxserver.h"

#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace dlq::cli {

enum class Command { Help, Version, Delete, Sandbox };
enum class OutputFormat { Table, Csv, Json };

struct DeleteOptions
{
    QStringList ids;  // positional arguments, parsed later with parseIds like a paste
    QString fromFile; // "-": standard input; empty: none
    QUrl baseUrl;     // empty: QSTASH_URL, else the saved settings
    QString tokenFile;
    QString profile; // --profile: one of the app's profiles; empty: its current one
    QList<QSslCertificate> caCertificates; // --ca-file: trusted besides the system's CAs
    std::optional<int> concurrency;        // unset: the saved settings
    double ratePerSecond = 0;              // 0: automatic pacing
    std::optional<int> timeoutSeconds;     // unset: the saved settings
    std::optional<int> maxAttempts;        // unset: RunConfig's default
    std::optional<int> notFoundGuard;      // unset: RunConfig's default; 0: off
    OutputFormat format = OutputFormat::Table;
    QString outputFile; // empty: stdout
    bool dryRun = false;
    bool yes = false;
    bool bulk = false;
    bool allowInvisible = false; // send IDs with invisible characters (U+200B…) as they are
    int chunkSize = 100;
    QString sessionDir;  // empty: no journal
    bool resume = false; // continue the unfinished session in sessionDir
    QString reason;      // --reason: kept with the run in the history
};

struct SandboxOptions
{
    quint16 port = 0;
    quint32 seed = 1;
    int count = 2000;
    int latencyMs = 0;
    int rateLimit = 0;
    QString token = SandboxServer::defaultToken();
    SandboxFaults faults;
    QString printIdsFile;
    SandboxCallbackShape callbackShape = SandboxCallbackShape::Spec;
};

struct CliArgs
{
    Command command = Command::Help;
    DeleteOptions del;
    SandboxOptions sandbox;
    int exitCode = 0; // 0: parsed; ExitUsage: `error` says why
    QString error;    // one or more sentences for stderr; never contains a token
    QString helpText; // Command::Help: the help asked for (general, delete or sandbox)

    bool ok() const { return exitCode == 0; }
};

// `arguments` as QCoreApplication::arguments() gives them: the program name first.
// Pure: reads no files, environment or settings, so it is testable without a process.
CliArgs parseCliArgs(const QStringList &arguments);

QString versionText();

} // namespace dlq::cli
