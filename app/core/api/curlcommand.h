#pragma once

#include <QString>
#include <QUrl>

namespace dlq::api {

// A POSIX shell command that fetches one entry as the app does:
//   curl -sS -H "Authorization: Bearer $QSTASH_TOKEN" 'https://…/v2/workflows/dlq/<id>'
// The token is the shell variable, never its value, so the command can be pasted into a
// ticket. The ID is percent-encoded as one path segment exactly as the app sends it and the
// URL is single-quoted, so nothing in an ID or a base URL can reach the shell. Empty when the
// ID cannot be sent (empty, ".", "..", …) or the base URL is not usable.
QString curlGetEntryCommand(const QUrl &baseUrl, const QString &dlqId);

// One shell word: 'text', with each ' written as '\''.
QString shellQuote(const QString &text);

} // namespace dlq::api
