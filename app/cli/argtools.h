#pragma once

#include "cli/cliargs.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

// The pieces every dlqctl command parser shares: one copy of each option's wording and checks.
namespace dlq::cli::args {

CliArgs usageError(const QString &message, const QString &command = {});
CliArgs help(const QString &text);

bool isTokenFlag(const QString &arg);
// Says why without repeating what followed the flag: that would be the secret itself.
QString tokenRefusal();
// The first --token among `arguments` (before "--") as a refusal; empty when there is none.
QString refuseTokenFlag(const QStringList &arguments);

// QCommandLineParser names the running binary in its usage line; the subcommand belongs there.
QString commandHelp(const QCommandLineParser &parser, const QString &usage);
QCommandLineOption valueOption(const QString &name, const QString &description,
                               const QString &valueName, const QString &defaultText = {});
QString parseErrorText(const QCommandLineParser &parser, const QStringList &arguments);

// Holds the first problem found; later checks are skipped once there is one.
class Checker
{
public:
    explicit Checker(const QCommandLineParser &parser) : m_parser(parser) {}

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    // The value of a single-valued option; empty when not given.
    QString value(const QString &name);
    std::optional<int> integer(const QString &name, int min, int max);
    const QCommandLineParser &parser() const { return m_parser; }

private:
    const QCommandLineParser &m_parser;
    QString m_error;
};

// --base-url, --token-file, --ca-file, --concurrency, --rate, --timeout, --max-attempts.
void addConnectionOptions(QCommandLineParser &parser);
void readConnectionOptions(Checker &check, ConnectionOptions &o);

// --format table|csv|json and --output FILE (the file's suffix picks the format when no
// --format is given).
void addOutputOptions(QCommandLineParser &parser);
void readOutputOptions(Checker &check, OutputOptions &o);

// --no-snapshot (delete only): delete without saving the entries first.
void addSnapshotOption(QCommandLineParser &parser);
bool readSnapshotOption(const QCommandLineParser &parser); // true: save the copy

} // namespace dlq::cli::args
