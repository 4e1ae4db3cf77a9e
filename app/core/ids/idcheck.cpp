#include "ids/idcheck.h"
#include "util/translate.h"

namespace dlq {

namespace {

QString codePointLabel(char32_t cp)
{
    return QStringLiteral("U+%1").arg(static_cast<uint>(cp), 4, 16, QLatin1Char('0')).toUpper();
}

// Names the character the way a support engineer would say it on a call, so the reason can be
// read out without a Unicode table.
QString describeSpace(char32_t cp)
{
    switch (cp) {
    case U' ':
        return dlq::tr("a space");
    case U'\t':
        return dlq::tr("a tab");
    case U'\n':
    case U'\r':
    case 0x2028:
    case 0x2029:
        return dlq::tr("a line break (%1)").arg(codePointLabel(cp));
    case 0x00A0:
    case 0x202F:
        return dlq::tr("a non-breaking space (%1)").arg(codePointLabel(cp));
    default:
        return dlq::tr("a whitespace character (%1)").arg(codePointLabel(cp));
    }
}

QString describeControl(char32_t cp)
{
    if (cp == 0)
        return dlq::tr("a NUL byte (U+0000)");
    if (cp == 0x7F)
        return dlq::tr("a DEL character (U+007F)");
    return dlq::tr("an invisible control character (%1)").arg(codePointLabel(cp));
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// Hand-coded ^\d+-\d+$ (ASCII digits only): this runs once per token of 100 000-line pastes.
bool hasUsualShape(const QString &id)
{
    const qsizetype dash = id.indexOf(QLatin1Char('-'));
    if (dash <= 0 || dash == id.size() - 1)
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        if (i != dash && !isAsciiDigit(id.at(i)))
            return false;
    }
    return true;
}

bool startsWithPrefix(const QString &id, QLatin1String prefix)
{
    return id.size() > prefix.size() && id.startsWith(prefix, Qt::CaseInsensitive);
}

IdVerdict invalid(const QString &reason)
{
    return IdVerdict{IdKind::Invalid, reason};
}

char32_t codePointAt(const QString &id, qsizetype i)
{
    const QChar c = id.at(i);
    if (c.isHighSurrogate() && i + 1 < id.size() && id.at(i + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(c, id.at(i + 1));
    return c.unicode();
}

// "an invisible character U+200B at position 7 (1⟨U+200B⟩2)": position counts characters from
// 1, as a person counts them on screen.
QString describeInvisible(const QString &id, char32_t cp, int position)
{
    return dlq::tr("an invisible character %1 at position %2 (%3)")
        .arg(codePointLabel(cp))
        .arg(position)
        .arg(visibleId(id));
}

IdVerdict emptyVerdict()
{
    return invalid(dlq::tr("Empty ID. There is nothing to delete, and an empty ID would "
                           "address the whole DLQ, so it is never sent."));
}

} // namespace

QString visibleId(const QString &id)
{
    QString out;
    bool changed = false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const char32_t cp = codePointAt(id, i);
        const qsizetype units = cp > 0xFFFF ? 2 : 1;
        if (QChar::category(cp) == QChar::Other_Format) {
            out += QChar(0x27E8) + codePointLabel(cp) + QChar(0x27E9);
            changed = true;
        } else {
            out += id.mid(i, units);
        }
        i += units - 1;
    }
    return changed ? out : id;
}

IdVerdict checkId(const QString &id, InvisibleChars invisible)
{
    if (id.trimmed().isEmpty())
        return emptyVerdict();

    // Broken UTF-16 cannot be turned into UTF-8 faithfully; what reached the server would not
    // be what the user sees.
    for (qsizetype i = 0; i < id.size(); ++i) {
        const QChar c = id.at(i);
        if (c.isHighSurrogate() && i + 1 < id.size() && id.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate()) {
            return invalid(dlq::tr("The ID contains broken text (an unpaired surrogate, "
                                   "%1), so it cannot be sent as written. Copy it again "
                                   "from the source.")
                               .arg(codePointLabel(c.unicode())));
        }
    }

    if (id == QLatin1String(".") || id == QLatin1String("..")) {
        return invalid(dlq::tr("“%1” is not an ID: in a URL it means “this folder” or "
                               "“the folder above” and would reach a different endpoint, "
                               "so it is never sent.")
                           .arg(id));
    }

    if (startsWithPrefix(id, QLatin1String("wfr_"))) {
        return IdVerdict{IdKind::WorkflowRunId,
                         dlq::tr("This is a workflow run ID (wfr_…), not a DLQ ID. Copy the "
                                 "DLQ ID from the DLQ page instead.")};
    }
    if (startsWithPrefix(id, QLatin1String("msg_"))) {
        return IdVerdict{IdKind::MessageId,
                         dlq::tr("This is a message ID (msg_…), not a DLQ ID. Copy the DLQ "
                                 "ID from the DLQ page instead.")};
    }

    bool hasPercent = false;
    char32_t formatChar = 0;
    int formatPosition = 0;
    int position = 0;
    for (qsizetype i = 0; i < id.size(); ++i) {
        ++position;
        const QChar c = id.at(i);
        char32_t cp = c.unicode();
        if (c.isHighSurrogate()) {
            cp = QChar::surrogateToUcs4(c, id.at(i + 1));
            ++i;
        }
        switch (cp) {
        case U'/':
            return invalid(dlq::tr("The ID contains “/”, which would split it into several "
                                   "URL path parts and reach a different endpoint. DLQ IDs "
                                   "never contain “/”."));
        case U'?':
            return invalid(dlq::tr("The ID contains “?”, which would start a URL query and "
                                   "change what the request does. DLQ IDs never contain "
                                   "“?”."));
        case U'#':
            return invalid(dlq::tr("The ID contains “#”, which would start a URL fragment "
                                   "and cut the ID short. DLQ IDs never contain “#”."));
        case U'\\':
            return invalid(dlq::tr("The ID contains a backslash “\\”, which some servers "
                                   "treat like “/”. DLQ IDs never contain a backslash."));
        case U'%':
            hasPercent = true;
            break;
        default:
            break;
        }
        const auto category = QChar::category(cp);
        // Checked before control characters so a tab or line break is named as such.
        if (QChar::isSpace(cp)) {
            return invalid(dlq::tr("The ID contains %1. DLQ IDs never contain whitespace; "
                                   "this is usually two IDs run together or a copy-paste "
                                   "accident.")
                               .arg(describeSpace(cp)));
        }
        if (category == QChar::Other_Control) {
            return invalid(dlq::tr("The ID contains %1. This usually comes from a binary "
                                   "file or a broken copy-paste; DLQ IDs never contain it.")
                               .arg(describeControl(cp)));
        }
        if (category == QChar::Other_Format && formatChar == 0) {
            formatChar = cp;
            formatPosition = position;
        }
    }

    const qsizetype bytes = id.toUtf8().size();
    if (bytes > kMaxIdBytes) {
        return invalid(dlq::tr("The ID is %1 bytes long in UTF-8, more than the %2 bytes "
                               "any DLQ ID could have, so it is probably not an ID.")
                           .arg(bytes)
                           .arg(kMaxIdBytes));
    }

    if (formatChar != 0 && invisible == InvisibleChars::Refuse) {
        return IdVerdict{IdKind::Invisible,
                         dlq::tr("The ID contains %1. It is usually a copy-paste "
                                 "accident, and the server would answer “not found”, so "
                                 "it is not sent unless you allow invisible characters.")
                             .arg(describeInvisible(id, formatChar, formatPosition))};
    }

    if (hasUsualShape(id))
        return IdVerdict{IdKind::Dlq, QString()};

    QString reason = dlq::tr("Not the usual <digits>-<digits> shape; it will still be sent.");
    if (hasPercent) {
        reason += dlq::tr(" It contains “%”, which is sent literally: “%2F” reaches the "
                          "server as the three characters %2F, not decoded to “/”.");
    }
    if (formatChar != 0) {
        reason += dlq::tr(" It contains %1, sent as it is because invisible characters "
                          "were allowed.")
                      .arg(describeInvisible(id, formatChar, formatPosition));
    }
    return IdVerdict{IdKind::Unusual, reason};
}

} // namespace dlq
