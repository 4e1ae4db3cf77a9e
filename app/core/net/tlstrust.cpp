#include "net/tlstrust.h"

namespace dlq {

QSslConfiguration tlsTrusting(const QList<QSslCertificate> &extraCas)
{
    if (extraCas.isEmpty())
        return {};
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    // Adding to the default list would switch off Qt's on-demand loading of the system's CAs,
    // so trusting one more CA would distrust all the others.
    config.setCaCertificates(QSslConfiguration::systemCaCertificates() + extraCas);
    return config;
}

} // namespace dlq
