#include "ui/uitext.h"

#include "util/translate.h"

namespace dlq {

namespace {
QString counted(int count, const char *singular, const char *plural)
{
    return QString::number(count) + QLatin1Char(' ') + tr(count == 1 ? singular : plural);
}
} // namespace

QString nIds(int count)
{
    return counted(count, "ID", "IDs");
}

QString nEntries(int count)
{
    return counted(count, "DLQ entry", "DLQ entries");
}

QString nRows(int count)
{
    return counted(count, "row", "rows");
}

QString idsAre(int count)
{
    return counted(count, "ID is", "IDs are");
}

QString rateText(double perSecond)
{
    // Below 10/s a decimal still says something; above it, it is noise.
    return QString::number(perSecond, 'f', perSecond < 10.0 ? 1 : 0);
}

} // namespace dlq
