#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace dlq {

// The TLS settings for requests to a server whose certificate comes from a private CA (a
// company's, or a test's): the system's CAs plus `extraCas`, verified as strictly as ever.
// Empty `extraCas`: a null configuration, i.e. Qt's default. Build it once per run: reading
// the system's CAs is not free.
QSslConfiguration tlsTrusting(const QList<QSslCertificate> &extraCas);

} // namespace dlq
