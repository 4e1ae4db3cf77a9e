#pragma once

#include "results/resultsmodel.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>

#include <optional>

// The on-disk format of a session journal, shared by the writer and by recovery.
namespace dlq::journal {

inline constexpr int kFormatVersion = 1;
inline constexpr char kJournalFileName[] = "journal.jsonl";
inline constexpr char kSnapshotFileName[] = "snapshot.json";
// A server's error body can be long; a crash report only needs enough of it to be read.
inline constexpr int kMaxMessageChars = 1000;

// Record kinds ("op"). A journal starts with one "begin" line naming the snapshot it follows.
inline constexpr char kOpBegin[] = "begin"; // epoch, seq = the snapshot's seq, rows = its size
inline constexpr char kOpContext[] = "ctx"; // host, preset
inline constexpr char kOpAdd[] = "add";     // rows: appended rows
inline constexpr char kOpRow[] = "row";     // row: the whole current state of one row
inline constexpr char kOpRemove[] = "del";  // ids: removed rows
inline constexpr char kOpReset[] = "reset"; // the list was emptied
// An action run (resume, restart, callback retry/cancel, delete --matching) also records:
inline constexpr char kOpAct[] = "act";       // act: what the run does (never the token)
inline constexpr char kOpDetail[] = "detail"; // id, d: what a result said beyond its row
// Detail members: the new workflow run and a look-up's finding (see ledger.h).
inline constexpr char kDetailRun[] = "run";
inline constexpr char kDetailCreatedAt[] = "at";
inline constexpr char kDetailLookup[] = "lookup";
inline constexpr char kDetailChunk[] = "chunk";   // bulk: the request that carried the ID
inline constexpr int kMaxRowsPerAddRecord = 1000; // bounds what one torn line can lose

quint32 crc32(QByteArrayView data, quint32 crc = 0);

// One compact JSON object with its checksum as the last member, ending in '\n':
// {"op":"row",...,"seq":12,"crc":"1a2b3c4d"}. Each line stays valid JSON (jq can read the
// journal), and a torn, truncated or bit-flipped line fails the check.
QByteArray encodeLine(const QJsonObject &record);
// The record, or nothing when the line is torn, altered or not one of ours. '\n' optional.
std::optional<QJsonObject> decodeLine(QByteArrayView line);

// Defaults are left out to keep a 20 000-row session small. The verdict is not stored: it is
// recomputed with checkId, the one place that decides what may be sent.
QJsonObject rowToJson(const ResultRow &row);
std::optional<ResultRow> rowFromJson(const QJsonObject &object);

} // namespace dlq::journal
