#pragma once

#include "ids/idcheck.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

namespace dlq {

struct ParsedEntry
{
    QString id;
    IdVerdict verdict;
};

struct ParseResult
{
    QList<ParsedEntry> entries; // unique, in order of first appearance, invalid ones included
    int duplicates = 0;         // dropped: seen earlier in the text or already in `known`

    int countSendable() const;
    int countInvalid() const;  // entries that will never be sent
    int countWarnings() const; // sendable but unusual
    // "3 IDs · 1 duplicate removed · 1 invalid" (with "· N unusual" when there are any).
    QString summary() const;
};

// Cleans pasted or imported text into IDs: JSON (array of strings, array of objects with
// "dlqId", a list response with "messages"), CSV/TSV with or without a header, or free text
// split on newlines, commas, semicolons, tabs and spaces. Quotes and brackets are stripped,
// a BOM and Windows line endings are tolerated, duplicates keep the first occurrence.
ParseResult parseIds(QStringView text, const QSet<QString> &known = {});

} // namespace dlq
