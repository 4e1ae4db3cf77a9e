#pragma once

#include "api/dlqfilter.h"
#include "api/dlqoverrides.h"
#include "api/dlqrequests.h"
#include "run/runconfig.h"
#include "sandbox/sandboxserver.h"

#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace dlq::cli {

enum class Command { Help, Version, Delete, Sandbox, List, Act, Follow, History };
enum class OutputFormat { Table, Csv, Json };

// Where to send and how hard: every command that talks to the API takes these.
struct ConnectionOptions
{
    QUrl baseUrl; // empty: QSTASH_URL, else the saved settings
    QString tokenFile;
    QString profile; // --profile: one of the app's profiles; empty: its current one
    QList<QSslCertificate> caCertificates; // --ca-file: trusted besides the system's CAs
    std::optional<int> concurrency;        // unset: the saved settings
    double ratePerSecond = 0;              // 0: automatic pacing
    std::optional<int> timeoutSeconds;     // unset: the saved settings
    std::optional<int> maxAttempts;        // unset: RunConfig's default
};

struct OutputOptions
{
    OutputFormat format = OutputFormat::Table;
    QString outputFile; // empty: stdout
};

struct DeleteOptions : ConnectionOptions, OutputOptions
{
    QStringList ids;                  // positional arguments, parsed later like a paste
    QString fromFile;                 // "-": standard input; empty: none
    std::optional<int> notFoundGuard; // unset: RunConfig's default; 0: off
    bool dryRun = false;
    bool yes = false;
    bool bulk = false;
    bool allowInvisible = false; // send IDs with invisible characters (U+200B…) as they are
    int chunkSize = 100;
    QString sessionDir;   // empty: no journal
    bool resume = false;  // continue the unfinished session in sessionDir
    QString reason;       // --reason: kept with the run in the history
    bool snapshot = true; // save the entries (fetched first) before deleting; --no-snapshot
};

// `dlqctl list`: the DLQ, filtered on the server, page by page up to a cap.
struct ListOptions : ConnectionOptions, OutputOptions
{
    api::DlqFilter filter;
    int cap = 10000; // entries; more are "not loaded", said on stderr
    bool idsOnly = false;
};

// `dlqctl resume|restart|retry-callback|cancel-callback`, and `delete --matching`: an action on
// IDs (arguments, --from) or on the frozen set of a filter (--matching).
// --follow: after the action, follow the runs it started (run/runfollower.h).
struct FollowOptions
{
    bool enabled = false;
    int timeoutSeconds = 300;
    int intervalSeconds = 5;
};

struct ActOptions : ConnectionOptions, OutputOptions
{
    EntryCall action = EntryCall::Resume;
    QStringList ids;
    QString fromFile;
    bool matching = false;
    api::DlqFilter filter;
    int cap = 10000;
    bool fast = false; // bulk ?dlqIds= chunks
    api::DlqOverrides overrides;
    bool dryRun = false;
    bool yes = false;
    QString reason;
    bool snapshot = true; // delete --matching: save the frozen entries before deleting
    QString sessionDir;   // --session: journal the run here (write-ahead); empty: none
    bool resume = false;  // --resume: continue the interrupted run journaled in sessionDir
    FollowOptions follow;
};

// `dlqctl follow LEDGER.json`: follow again the runs an exported ledger names.
struct FollowCommandOptions : ConnectionOptions, OutputOptions
{
    QString ledgerFile; // - for standard input
    FollowOptions follow;
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
    std::optional<SandboxRunFate> runFate; // unset: the sandbox's defaults
};

// `dlqctl history`: reads the local history only.
struct HistoryOptions
{
    QString id;     // empty: every run
    int limit = 50; // runs
};

struct CliArgs
{
    Command command = Command::Help;
    DeleteOptions del;
    SandboxOptions sandbox;
    ListOptions list;
    ActOptions act;
    FollowCommandOptions follow;
    HistoryOptions history;
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
