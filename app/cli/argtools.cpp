#include "cli/argtools.h"

#include "cli/exitcodes.h"
#include "net/endpoint.h"
#include "net/limits.h"

#include <QFileInfo>
#include <QSslCertificate>

#include <cmath>

namespace dlq::cli::args {

namespace {

const QString kProgram = QStringLiteral("dlqctl");

QString helpHint(const QString &command)
{
    const QString target = command.isEmpty() ? kProgram : kProgram + QLatin1Char(' ') + command;
    return QStringLiteral("Run “%1 --help” for usage.").arg(target);
}

// QCommandLineParser reports unknown options without their dashes ("Unknown option 'frob'"), which
// reads as if "frob" were a value; name each the way it was typed, without any "=value" part.
QString typedOptionName(const QStringList &arguments, const QString &name)
{
    for (const QString &arg : arguments.mid(1)) {
        if (arg == QLatin1String("--"))
            break;
        const QString flag = arg.section(QLatin1Char('='), 0, 0);
        if (flag == QLatin1String("--") + name || flag == QLatin1Char('-') + name)
            return flag;
    }
    // A letter Qt split out of compacted short options such as "-xq".
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

std::optional<OutputFormat> formatFromName(const QString &name)
{
    if (name == QLatin1String("table"))
        return OutputFormat::Table;
    if (name == QLatin1String("csv"))
        return OutputFormat::Csv;
    if (name == QLatin1String("json"))
        return OutputFormat::Json;
    return std::nullopt;
}

// exporter::writeFile picks the format from the suffix, so the file name has to agree.
OutputFormat formatForFile(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0
               ? OutputFormat::Json
               : OutputFormat::Csv;
}

} // namespace

CliArgs usageError(const QString &message, const QString &command)
{
    CliArgs args;
    args.exitCode = ExitUsage;
    args.error = message + QLatin1Char('\n') + helpHint(command);
    return args;
}

CliArgs help(const QString &text)
{
    CliArgs args;
    args.command = Command::Help;
    args.helpText = text;
    return args;
}

bool isTokenFlag(const QString &arg)
{
    return arg == QLatin1String("--token") || arg.startsWith(QLatin1String("--token="));
}

QString tokenRefusal()
{
    return QStringLiteral(
        "dlqctl does not take the token as an argument (--token): command lines are visible to "
        "every user of this computer in the process list and are kept in shell history. Use "
        "the QSTASH_TOKEN environment variable, --token-file FILE (readable only by you), or "
        "the token saved in DLQ Manager's settings.");
}

QString commandHelp(const QCommandLineParser &parser, const QString &usage)
{
    QString text = parser.helpText();
    const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'));
    text = firstBreak < 0 ? QString() : text.mid(firstBreak + 1);
    return QStringLiteral("Usage: ") + usage + QStringLiteral("\n\n") + text;
}

QCommandLineOption valueOption(const QString &name, const QString &description,
                               const QString &valueName, const QString &defaultText)
{
    const QString text = defaultText.isEmpty() ? description
                                               : description + QStringLiteral(" (default: ") +
                                                     defaultText + QLatin1Char(')');
    return QCommandLineOption(name, text, valueName);
}

QString parseErrorText(const QCommandLineParser &parser, const QStringList &arguments)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (unknown.isEmpty())
        return parser.errorText();
    QStringList typed;
    for (const QString &name : unknown) {
        const QString quoted = QStringLiteral("“%1”").arg(typedOptionName(arguments, name));
        if (!typed.contains(quoted))
            typed.append(quoted);
    }
    return (typed.size() == 1 ? QStringLiteral("Unknown option ")
                              : QStringLiteral("Unknown options ")) +
           typed.join(QStringLiteral(", ")) + QLatin1Char('.');
}

QString refuseTokenFlag(const QStringList &arguments)
{
    for (const QString &arg : arguments) {
        if (arg == QLatin1String("--"))
            break;
        if (isTokenFlag(arg))
            return tokenRefusal();
    }
    return {};
}

QString Checker::value(const QString &name)
{
    const QStringList values = m_parser.values(name);
    if (values.size() > 1)
        fail(QStringLiteral("--%1 was given more than once.").arg(name));
    return values.isEmpty() ? QString() : values.constLast();
}

std::optional<int> Checker::integer(const QString &name, int min, int max)
{
    if (!m_parser.isSet(name))
        return std::nullopt;
    const QString text = value(name);
    bool ok = false;
    const int number = text.trimmed().toInt(&ok);
    if (!ok || number < min || number > max) {
        fail(QStringLiteral("--%1 takes a whole number from %2 to %3, not “%4”.")
                 .arg(name)
                 .arg(min)
                 .arg(max)
                 .arg(text));
        return std::nullopt;
    }
    return number;
}

void addConnectionOptions(QCommandLineParser &parser)
{
    parser.addOption(valueOption(QStringLiteral("base-url"),
                                 QStringLiteral("API server, https:// (http:// only for this "
                                                "computer)."),
                                 QStringLiteral("URL"), QStringLiteral("QSTASH_URL, else saved")));
    parser.addOption(valueOption(QStringLiteral("profile"),
                                 QStringLiteral("Use this profile of DLQ Manager's settings "
                                                "(server, token, pacing); QSTASH_URL and "
                                                "QSTASH_TOKEN still win."),
                                 QStringLiteral("NAME"), QStringLiteral("the app's current one")));
    parser.addOption(valueOption(QStringLiteral("token-file"),
                                 QStringLiteral("Read the token from FILE (should be mode 600)."),
                                 QStringLiteral("FILE")));
    parser.addOption(valueOption(QStringLiteral("ca-file"),
                                 QStringLiteral("Also trust the CA certificates (PEM) in FILE, "
                                                "for a server with a private CA."),
                                 QStringLiteral("FILE")));
    parser.addOption(
        valueOption(QStringLiteral("concurrency"),
                    QStringLiteral("Requests in flight, 1 to %1.").arg(limits::kMaxConcurrency),
                    QStringLiteral("N"), QStringLiteral("saved, else 6")));
    parser.addOption(valueOption(QStringLiteral("rate"),
                                 QStringLiteral("At most R requests per second; 0 paces by the "
                                                "server's rate-limit answers."),
                                 QStringLiteral("R"), QStringLiteral("0")));
    parser.addOption(valueOption(QStringLiteral("timeout"),
                                 QStringLiteral("Seconds before a request counts as failed."),
                                 QStringLiteral("S"), QStringLiteral("saved, else 30")));
    parser.addOption(valueOption(QStringLiteral("max-attempts"),
                                 QStringLiteral("Tries per ID (or chunk), first one included, "
                                                "1 to %1.")
                                     .arg(limits::kMaxAttempts),
                                 QStringLiteral("N"), QStringLiteral("5")));
}

void readConnectionOptions(Checker &check, ConnectionOptions &o)
{
    const QCommandLineParser &parser = check.parser();
    if (parser.isSet(QStringLiteral("base-url"))) {
        const QString text = check.value(QStringLiteral("base-url")).trimmed();
        // Strict: a mistyped URL must fail here instead of being "fixed" into another host
        // that then receives the token.
        const QUrl url = withoutTrailingSlash(QUrl(text, QUrl::StrictMode));
        const QString problem = checkBaseUrl(url);
        if (!problem.isEmpty())
            check.fail(QStringLiteral("--base-url: ") + problem);
        o.baseUrl = url;
    }
    o.profile = check.value(QStringLiteral("profile")).trimmed();
    if (parser.isSet(QStringLiteral("profile")) && o.profile.isEmpty())
        check.fail(QStringLiteral("--profile needs a profile name."));
    o.tokenFile = check.value(QStringLiteral("token-file"));
    if (parser.isSet(QStringLiteral("token-file")) && o.tokenFile.isEmpty())
        check.fail(QStringLiteral("--token-file needs a file name."));
    if (parser.isSet(QStringLiteral("ca-file"))) {
        const QString file = check.value(QStringLiteral("ca-file"));
        o.caCertificates = QSslCertificate::fromPath(file, QSsl::Pem);
        if (o.caCertificates.isEmpty())
            check.fail(QStringLiteral("--ca-file: no PEM certificate in “%1”.").arg(file));
    }
    o.concurrency = check.integer(QStringLiteral("concurrency"), 1, limits::kMaxConcurrency);
    if (parser.isSet(QStringLiteral("rate"))) {
        const QString text = check.value(QStringLiteral("rate"));
        bool ok = false;
        const double rate = text.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(rate) || rate < 0 || rate > 100000) {
            check.fail(QStringLiteral("--rate takes requests per second from 0 (automatic) to "
                                      "100000, not “%1”.")
                           .arg(text));
        } else {
            o.ratePerSecond = rate;
        }
    }
    o.timeoutSeconds = check.integer(QStringLiteral("timeout"), 1, 600);
    o.maxAttempts = check.integer(QStringLiteral("max-attempts"), 1, limits::kMaxAttempts);
}

void addSnapshotOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("no-snapshot"),
                                        QStringLiteral("Do not save the entries before deleting "
                                                       "them (pasted IDs are otherwise fetched "
                                                       "first, one GET each).")));
}

bool readSnapshotOption(const QCommandLineParser &parser)
{
    return !parser.isSet(QStringLiteral("no-snapshot"));
}

void addOutputOptions(QCommandLineParser &parser)
{
    parser.addOption(valueOption(
        QStringLiteral("format"), QStringLiteral("Results as table, csv or json."),
        QStringLiteral("FORMAT"), QStringLiteral("table; with --output, from its suffix")));
    parser.addOption(valueOption(QStringLiteral("output"),
                                 QStringLiteral("Write the results to FILE (replaced atomically) "
                                                "instead of standard output."),
                                 QStringLiteral("FILE")));
}

void readOutputOptions(Checker &check, OutputOptions &o)
{
    const QCommandLineParser &parser = check.parser();
    o.outputFile = check.value(QStringLiteral("output"));
    if (parser.isSet(QStringLiteral("output")) && o.outputFile.isEmpty())
        check.fail(QStringLiteral("--output needs a file name."));
    if (parser.isSet(QStringLiteral("format"))) {
        const QString name = check.value(QStringLiteral("format"));
        const std::optional<OutputFormat> format = formatFromName(name);
        if (!format)
            check.fail(QStringLiteral("--format is table, csv or json, not “%1”.").arg(name));
        else
            o.format = *format;
        if (format && *format != OutputFormat::Table && !o.outputFile.isEmpty() &&
            formatForFile(o.outputFile) != *format) {
            check.fail(QStringLiteral("--output %1 does not match --format %2: the file format "
                                      "follows the name, so name it *.json for JSON and "
                                      "anything else for CSV.")
                           .arg(o.outputFile, name));
        }
    } else if (!o.outputFile.isEmpty()) {
        o.format = formatForFile(o.outputFile);
    }
}

} // namespace dlq::cli::args
