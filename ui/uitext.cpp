#include "ui/uitext.h"

#include "util/translate.h"

namespace dlq {

// Two source strings rather than tr()'s %n: English runs without any translator (dlqctl,
// most tests), where "%n ID(s)" would print as it is. German counts like English.
QString nIds(int count)
{
    return count == 1 ? dlq::tr("1 ID") : dlq::tr("%1 IDs").arg(count);
}

QString nEntries(int count)
{
    return count == 1 ? dlq::tr("1 DLQ entry") : dlq::tr("%1 DLQ entries").arg(count);
}

QString nRows(int count)
{
    return count == 1 ? dlq::tr("1 row") : dlq::tr("%1 rows").arg(count);
}

QString idsAre(int count)
{
    return count == 1 ? dlq::tr("1 ID is") : dlq::tr("%1 IDs are").arg(count);
}

QString rateText(double perSecond)
{
    // Below 10/s a decimal still says something; above it, it is noise.
    return QString::number(perSecond, 'f', perSecond < 10.0 ? 1 : 0);
}

} // namespace dlq
