#pragma once

#include <QString>

namespace dlq {

// The few counted nouns the windows show, translated (singular for 1, plural otherwise).
QString nIds(int count);            // "1 ID", "200 IDs"
QString nEntries(int count);        // "1 DLQ entry", "200 DLQ entries"
QString nRows(int count);           // "1 row", "3 rows"
QString idsAre(int count);          // "1 ID is", "5 IDs are"
QString rateText(double perSecond); // "45", "2.5"

} // namespace dlq
