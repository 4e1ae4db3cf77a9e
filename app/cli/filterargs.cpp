#include "cli/filterargs.h"

#include <QRegularExpression>

namespace dlq::cli::args {

namespace {

const QString kFromDate = QStringLiteral("from-date");
const QString kToDate = QStringLiteral("to-date");
const QString kWorkflowUrl = QStringLiteral("workflow-url");
const QString kRunId = QStringLiteral("workflow-run-id");
const QString kCreatedAt = QStringLiteral("workflow-created-at");
const QString kLabel = QStringLiteral("label");
const QString kCallbackState = QStringLiteral("callback-state");
const QString kCallerIp = QStringLiteral("caller-ip");
const QString kFlowControlKey = QStringLiteral("flow-control-key");

std::optional<qint64> timestampOption(Checker &check, const QString &name, bool endOfDay)
{
    if (!check.parser().isSet(name))
        return std::nullopt;
    const QString text = check.value(name);
    const std::optional<qint64> ms = parseTimestamp(text, endOfDay);
    if (!ms) {
        check.fail(QStringLiteral("--%1 takes Unix milliseconds or an ISO 8601 date and time "
                                  "(e.g. 2025-07-18T09:30:00Z; without a zone it is local "
                                  "time), not “%2”.")
                       .arg(name, text));
    }
    return ms;
}

// Repeatable: every value as given. A blank one is refused, as the filter would ignore it.
QStringList listOption(Checker &check, const QString &name)
{
    const QStringList values = check.parser().values(name);
    for (const QString &value : values) {
        if (value.trimmed().isEmpty())
            check.fail(QStringLiteral("--%1 needs a value.").arg(name));
    }
    return values;
}

} // namespace

std::optional<qint64> parseTimestamp(const QString &text, bool endOfDay)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,16}$"));
    if (digits.match(trimmed).hasMatch())
        return trimmed.toLongLong();
    static const QRegularExpression bareDate(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QDate date =
        bareDate.match(trimmed).hasMatch() ? QDate::fromString(trimmed, Qt::ISODate) : QDate();
    if (date.isValid()) {
        const QDateTime start = date.startOfDay();
        return endOfDay ? date.addDays(1).startOfDay().toMSecsSinceEpoch() - 1
                        : start.toMSecsSinceEpoch();
    }
    // Qt reads a time without an offset as local time, and "Z"/"+02:00" as given.
    const QDateTime when = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!when.isValid() || !trimmed.contains(QLatin1Char('T')))
        return std::nullopt;
    return when.toMSecsSinceEpoch();
}

QString callbackStateFromText(const QString &text)
{
    QString key = text.trimmed().toUpper();
    key.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (key.startsWith(QLatin1String("CALLBACK_")))
        key = key.mid(9);
    key.remove(QLatin1Char('_'));
    if (key == QLatin1String("CANCELLED"))
        key = QStringLiteral("CANCELED");
    for (const QString &state : api::knownFailureFunctionStates()) {
        if (state.mid(9) == key)
            return state;
    }
    return {};
}

void addFilterOptions(QCommandLineParser &parser)
{
    parser.addOption(valueOption(kFromDate,
                                 QStringLiteral("Only entries created at or after WHEN: Unix ms "
                                                "or ISO 8601 (no zone: local time)."),
                                 QStringLiteral("WHEN")));
    parser.addOption(valueOption(kToDate,
                                 QStringLiteral("Only entries created at or before WHEN (a bare "
                                                "date includes that whole day)."),
                                 QStringLiteral("WHEN")));
    parser.addOption(valueOption(kWorkflowUrl,
                                 QStringLiteral("Only this workflow URL (exact); repeat for "
                                                "several."),
                                 QStringLiteral("URL")));
    parser.addOption(QCommandLineOption({kRunId, QStringLiteral("run-id")},
                                        QStringLiteral("Only this workflow run ID."),
                                        QStringLiteral("ID")));
    parser.addOption(valueOption(kCreatedAt,
                                 QStringLiteral("Only the run created at WHEN (Unix ms or ISO "
                                                "8601), with --workflow-run-id to pick one run."),
                                 QStringLiteral("WHEN")));
    parser.addOption(valueOption(kLabel,
                                 QStringLiteral("Only entries with this label; repeat "
                                                "for several."),
                                 QStringLiteral("LABEL")));
    parser.addOption(valueOption(kCallbackState,
                                 QStringLiteral("Only entries whose failure callback is in "
                                                "STATE: CALLBACK_FAIL or fail, success, "
                                                "inprogress, canceled; repeat for several."),
                                 QStringLiteral("STATE")));
    parser.addOption(valueOption(kCallerIp,
                                 QStringLiteral("Only runs started from this IP; repeat for "
                                                "several."),
                                 QStringLiteral("IP")));
    parser.addOption(valueOption(kFlowControlKey,
                                 QStringLiteral("Only entries with this flow-control key; repeat "
                                                "for several."),
                                 QStringLiteral("KEY")));
}

void readFilterOptions(Checker &check, api::DlqFilter &filter)
{
    filter.fromDate = timestampOption(check, kFromDate, false);
    filter.toDate = timestampOption(check, kToDate, true);
    filter.workflowUrls = listOption(check, kWorkflowUrl);
    if (check.parser().isSet(kRunId)) {
        filter.workflowRunId = check.value(kRunId).trimmed();
        if (filter.workflowRunId.isEmpty())
            check.fail(QStringLiteral("--%1 needs a value.").arg(kRunId));
    }
    filter.workflowCreatedAt = timestampOption(check, kCreatedAt, false);
    filter.labels = listOption(check, kLabel);
    for (const QString &text : listOption(check, kCallbackState)) {
        const QString state = callbackStateFromText(text);
        if (state.isEmpty()) {
            check.fail(
                QStringLiteral("--callback-state takes %1 (or fail, success, inprogress, "
                               "canceled), not “%2”.")
                    .arg(api::knownFailureFunctionStates().join(QStringLiteral(", ")), text));
        } else if (!filter.failureFunctionStates.contains(state)) {
            filter.failureFunctionStates.append(state);
        }
    }
    filter.callerIps = listOption(check, kCallerIp);
    filter.flowControlKeys = listOption(check, kFlowControlKey);
    const QStringList problems = filter.problems();
    if (!problems.isEmpty())
        check.fail(problems.join(QLatin1Char(' ')));
}

bool hasFilterOptions(const QCommandLineParser &parser)
{
    for (const QString &name : {kFromDate, kToDate, kWorkflowUrl, kRunId, kCreatedAt, kLabel,
                                kCallbackState, kCallerIp, kFlowControlKey}) {
        if (parser.isSet(name))
            return true;
    }
    return false;
}

} // namespace dlq::cli::args
