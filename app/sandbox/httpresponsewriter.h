#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace dlq {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

QByteArray httpReasonPhrase(int status);

// A complete HTTP/1.1 response. Content-Length and Connection are always computed here (any
// given in `headers` are dropped) so that keep-alive framing can never be wrong; a non-empty
// body without a Content-Type is labelled application/json.
QByteArray serializeHttpResponse(int status, const HttpHeaders &headers, const QByteArray &body,
                                 bool closeConnection);

// {"error": message}, the shape of every Upstash error body.
QByteArray jsonErrorBody(const QByteArray &message);

} // namespace dlq
