#pragma once

#include <QString>
#include <QTypeInfo>

namespace dlq {

// What kind of string a user handed us where a DLQ ID was expected.
enum class IdKind {
    Dlq,     // looks like a DLQ ID: <unix-ms>-<seq>, e.g. 1752829295505-0
    Unusual, // not the usual shape, but may be valid (docs show "dlq-12345"); sent with a warning
    WorkflowRunId, // wfr_...: a common paste mistake, never sent
    MessageId,     // msg_...: a common paste mistake, never sent
    Invalid,       // can never be a DLQ ID (empty, dot segment, reserved characters, too long)
    // An invisible formatting character (U+200B, U+FEFF, U+00AD, bidi controls…): almost always
    // a copy-paste accident that makes the server answer 404, so not sent unless allowed.
    Invisible,
};

// Whether invisible formatting characters (QChar::Other_Format) make an ID invalid. Intake
// refuses them; the user can allow them ("Allow invisible characters", --allow-invisible).
// The URL builders check structure only and allow them: the user's choice was made earlier.
enum class InvisibleChars { Refuse, Allow };

struct IdVerdict
{
    IdKind kind = IdKind::Invalid;
    QString reason; // empty for IdKind::Dlq; a sentence a support engineer understands otherwise

    bool isSendable() const { return kind == IdKind::Dlq || kind == IdKind::Unusual; }
    bool isWarning() const { return kind == IdKind::Unusual; }
};

inline constexpr int kMaxIdBytes = 512;

// Pure function; the one place that decides whether an ID may reach the network.
IdVerdict checkId(const QString &id, InvisibleChars invisible = InvisibleChars::Allow);

// `id` with every invisible formatting character written out as ⟨U+200B⟩, for tables, messages
// and the terminal; `id` itself when it has none.
QString visibleId(const QString &id);

} // namespace dlq

// Plain values of Qt types that move by memcpy: a list of them grows by realloc.
Q_DECLARE_TYPEINFO(dlq::IdVerdict, Q_RELOCATABLE_TYPE);
