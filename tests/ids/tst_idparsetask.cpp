// Parsing huge, hostile or binary input off the GUI thread: results, caps, errors and memory.
// No timing assertions here; the benchmark suite (bench/gui) measures speed.

#include "ids/idparsetask.h"
#include "ids/idsource.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "support/procstatus.h"

using namespace dlq;

namespace {

using testsupport::statusKb;

// Nothing without /proc/self/status: the memory checks then QSKIP rather than pass on zeros.
std::optional<qint64> rssMb()
{
    const std::optional<qint64> kb = statusKb("VmRSS");
    return kb ? std::optional<qint64>(*kb / 1024) : std::nullopt;
}

// "1752829295505-0\n1752829295505-1\n…": unique, well-formed IDs, one per line.
QString idLines(qint64 count, qint64 firstSeq = 0)
{
    QString text;
    text.reserve(count * 22);
    for (qint64 i = 0; i < count; ++i) {
        text += QStringLiteral("1752829295505-");
        text += QString::number(firstSeq + i);
        text += QLatin1Char('\n');
    }
    return text;
}

bool sameEntries(const ParseResult &a, const ParseResult &b)
{
    if (a.entries.size() != b.entries.size() || a.duplicates != b.duplicates)
        return false;
    for (qsizetype i = 0; i < a.entries.size(); ++i) {
        if (a.entries.at(i).id != b.entries.at(i).id ||
            a.entries.at(i).verdict.kind != b.entries.at(i).verdict.kind)
            return false;
    }
    return true;
}

} // namespace

class TstIdParseTask : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The memory checks rely on "nothing" being distinguishable from a reading of 0 kB.
    void statusKb_saysWhenThereIsNoReading()
    {
        QVERIFY(!statusKb("NoSuchField").has_value());
        if (!QFile::exists(QStringLiteral("/proc/self/status")))
            QSKIP("No /proc/self/status on this system.");
        const std::optional<qint64> rss = statusKb("VmRSS");
        QVERIFY(rss.has_value());
        QVERIFY(*rss > 0);
    }
    void slicedParsingGivesWhatOneParseIdsCallGives_data();
    void slicedParsingGivesWhatOneParseIdsCallGives();
    void smallInputKeepsTheUsualSummary();
    void fiftyMegabytesOfTextAreCappedAndMemoryStaysBounded();
    void aMillionLinesAreParsedOnAWorkerAndDeliveredQueued();
    void aSingleTenMegabyteTokenBecomesOneShortenedInvalidRow();
    void aTenMegabyteLineOfIdsIsSlicedAtSeparators();
    void binaryTextIsRefusedInWords();
    void binaryFilesAreRefusedAndTextFilesRead();
    void aFileOverTheLimitIsRefusedUnread();
    void cancellingStopsTheWorkAndAddsNothing();
    void theListTotalCapCountsTheRowsAlreadyListed();
    void idsAlreadyListedCountAsDuplicates();
    void groupedNumbersUseSpaces();
};

void TstIdParseTask::slicedParsingGivesWhatOneParseIdsCallGives_data()
{
    QTest::addColumn<QString>("text");
    QString freeText;
    QString csv = QStringLiteral("url,dlqId,note\n");
    QString oneColumn = QStringLiteral("DLQ ID\r\n");
    QString json = QStringLiteral("[");
    QString messages = QStringLiteral("{\"messages\":[");
    for (int i = 0; i < 300; ++i) {
        const QString id = QStringLiteral("1752829295505-%1").arg(i % 250); // some repeats
        freeText += id + (i % 3 == 0 ? QStringLiteral(", ") : QStringLiteral("\n"));
        if (i % 50 == 0)
            freeText += QStringLiteral("id ../x wfr_abc\r\n");
        csv += QStringLiteral("https://x.example/%1,%2,\"a, b\"\n").arg(i).arg(id);
        oneColumn += id + QStringLiteral("\r\n");
        json += (i ? QStringLiteral(",\"") : QStringLiteral("\"")) + id + QLatin1Char('"');
        messages += (i ? QStringLiteral(",{\"dlqId\":\"") : QStringLiteral("{\"dlqId\":\"")) + id +
                    QStringLiteral("\"}");
    }
    json += QLatin1Char(']');
    messages += QStringLiteral("]}");
    QTest::newRow("free text with a header word") << QString(QStringLiteral("id\n") + freeText);
    QTest::newRow("free text") << freeText;
    QTest::newRow("CSV with a header") << csv;
    QTest::newRow("one-column header") << oneColumn;
    QTest::newRow("JSON array") << json;
    QTest::newRow("JSON list response") << messages;
    QTest::newRow("broken JSON") << QString(QStringLiteral("[") + freeText);
    QTest::newRow("BOM and blank lines")
        << QString(QChar(0xFEFF) + QStringLiteral("\n\n  \n") + freeText);
}

void TstIdParseTask::slicedParsingGivesWhatOneParseIdsCallGives()
{
    QFETCH(QString, text);
    const ParseResult whole = parseIds(text);
    QVERIFY(whole.entries.size() > 100);
    for (const qsizetype chunk : {qsizetype(7), qsizetype(64), qsizetype(1000)}) {
        IdParseLimits limits;
        limits.chunkChars = chunk;
        const IdParseOutcome sliced = runIdParse({IdParseInput{text, {}}}, {}, 0, limits);
        QVERIFY2(sameEntries(sliced.result, whole),
                 qPrintable(QStringLiteral("chunk %1: %2 vs %3")
                                .arg(chunk)
                                .arg(sliced.result.summary(), whole.summary())));
        QVERIFY(!sliced.capped);
    }
}

void TstIdParseTask::smallInputKeepsTheUsualSummary()
{
    const QString text = QStringLiteral("1752829295505-0 1752829295505-0 ../x dlq-1");
    const IdParseOutcome out = runIdParse({IdParseInput{text, {}}}, {}, 0);
    QCOMPARE(out.summary(), parseIds(text).summary());
    QCOMPARE(runIdParse({IdParseInput{QStringLiteral(" \n, ;"), {}}}, {}, 0).summary(),
             QStringLiteral("No IDs found in the text."));
}

void TstIdParseTask::fiftyMegabytesOfTextAreCappedAndMemoryStaysBounded()
{
    const std::optional<qint64> before = rssMb();
    // 2.4 million lines of 22 characters: 52 MB as UTF-8, twice that as a QString.
    const QString text = idLines(2400000);
    QVERIFY(text.size() > 50LL * 1000 * 1000);
    const std::optional<qint64> withText = rssMb();

    IdParseOutcome out = runIdParse({IdParseInput{text, {}}}, {}, 0);
    QCOMPARE(out.result.entries.size(), 200000);
    QVERIFY(out.capped);
    QCOMPARE(out.cap, 200000);
    QVERIFY(!out.capIsListTotal);
    QCOMPARE(out.result.entries.constFirst().id, QStringLiteral("1752829295505-0"));
    QCOMPARE(out.result.entries.constLast().id, QStringLiteral("1752829295505-199999"));
    QVERIFY2(out.summary().contains(QStringLiteral("Only the first 200 000 IDs were added")),
             qPrintable(out.summary()));

    // The parse works slice by slice and stops at the cap, so what it keeps is 200 000 entries
    // (~150 bytes each with the dedup set), not 2.4 million. Generous bound: 250 MB.
    const std::optional<qint64> after = rssMb();
    if (!before || !withText || !after)
        QSKIP("No /proc/self/status: memory not measured (the parse checks above passed).");
    const qint64 grown = *after - *withText;
    QVERIFY2(grown < 250, qPrintable(QStringLiteral("RSS %1 MB -> %2 MB (text) -> +%3 MB")
                                         .arg(*before)
                                         .arg(*withText)
                                         .arg(grown)));
}

void TstIdParseTask::aMillionLinesAreParsedOnAWorkerAndDeliveredQueued()
{
    IdParseLimits limits;
    limits.maxNewIds = 1000000;
    limits.maxTotalIds = 1000000;
    IdParseTask task({IdParseInput{idLines(1000000), {}}}, {}, 0, limits);
    QSignalSpy finished(&task, &IdParseTask::finished);
    task.start();
    QVERIFY(task.isRunning());
    // The signal is queued to this thread: it cannot have arrived before the event loop runs.
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(60000));
    QVERIFY(!task.isRunning());
    const IdParseOutcome &out = task.outcome();
    QVERIFY(!out.cancelled);
    QVERIFY(!out.capped);
    QCOMPARE(out.result.entries.size(), 1000000);
    QCOMPARE(out.result.countSendable(), 1000000);
    QCOMPARE(out.result.entries.at(123456).id, QStringLiteral("1752829295505-123456"));
    QCOMPARE(out.summary(), QStringLiteral("1000000 IDs"));
}

void TstIdParseTask::aSingleTenMegabyteTokenBecomesOneShortenedInvalidRow()
{
    const std::optional<qint64> before = rssMb();
    const QString huge(10 * 1024 * 1024, QLatin1Char('7'));
    const IdParseOutcome out =
        runIdParse({IdParseInput{huge + QStringLiteral("\n1752829295505-0\n") + huge, {}}}, {}, 0);
    QCOMPARE(out.result.entries.size(), 2);
    const ParsedEntry &row = out.result.entries.constFirst();
    QCOMPARE(row.verdict.kind, IdKind::Invalid);
    QVERIFY(row.verdict.reason.contains(QStringLiteral("more than the 512 bytes")));
    QVERIFY2(row.id.size() < 140, qPrintable(row.id));
    QVERIFY(row.id.startsWith(QString(kStoredInvalidIdChars, QLatin1Char('7')) + QChar(0x2026)));
    QVERIFY(row.id.contains(QStringLiteral("10 485 760 characters")));
    QCOMPARE(out.result.entries.at(1).id, QStringLiteral("1752829295505-0"));
    QCOMPARE(out.result.duplicates, 1); // the same huge token twice
    QCOMPARE(out.shortened, 1);
    QVERIFY(out.summary().contains(QStringLiteral("1 longer than 512 bytes (shown shortened)")));
    const std::optional<qint64> after = rssMb();
    if (!before || !after)
        QSKIP("No /proc/self/status: memory not measured (the parse checks above passed).");
    QVERIFY2(*after - *before < 200, qPrintable(QString::number(*after - *before)));
}

void TstIdParseTask::aTenMegabyteLineOfIdsIsSlicedAtSeparators()
{
    QString line;
    for (int i = 0; line.size() < 10 * 1024 * 1024; ++i)
        line += QStringLiteral("1752829295505-%1,").arg(i);
    IdParseLimits limits;
    limits.maxNewIds = 1000000;
    limits.maxTotalIds = 1000000;
    const IdParseOutcome out = runIdParse({IdParseInput{line, {}}}, {}, 0, limits);
    QVERIFY(!out.capped);
    QCOMPARE(out.result.countInvalid(), 0);
    QVERIFY(out.result.entries.size() > 400000);
    QCOMPARE(out.result.duplicates, 0);
    QCOMPARE(sameEntries(out.result, parseIds(line)), true);
}

void TstIdParseTask::binaryTextIsRefusedInWords()
{
    QByteArray bytes(1024 * 1024, '\0');
    QRandomGenerator rng(42);
    rng.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    const QString text = QString::fromLatin1(bytes); // keeps the NULs
    const IdParseOutcome out = runIdParse({IdParseInput{text, {}}}, {}, 0);
    QVERIFY(out.result.entries.isEmpty());
    QCOMPARE(out.errors.size(), 1);
    QVERIFY(out.errors.constFirst().contains(QStringLiteral("binary data")));

    // Without NULs but decoded from random bytes: full of U+FFFD and control characters.
    QByteArray noNul = bytes;
    noNul.replace('\0', '\x01');
    const IdParseOutcome out2 = runIdParse({IdParseInput{QString::fromUtf8(noNul), {}}}, {}, 0);
    QVERIFY(out2.result.entries.isEmpty());
    QCOMPARE(out2.errors.size(), 1);
}

void TstIdParseTask::binaryFilesAreRefusedAndTextFilesRead()
{
    QTemporaryDir dir;
    QByteArray random(256 * 1024, '\0');
    QRandomGenerator rng(7);
    rng.fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    // High bytes only: no NUL and no control characters, so only the UTF-8 test catches it.
    for (char &c : random)
        c = char(0x80 | (uchar(c) & 0x7F));
    const QString binary = dir.filePath(QStringLiteral("archive.bin"));
    QFile file(binary);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(random);
    file.close();
    QVERIFY(looksLikeBinary(random));

    const QString latin1 = dir.filePath(QStringLiteral("excel.csv"));
    QFile latin(latin1);
    QVERIFY(latin.open(QIODevice::WriteOnly));
    latin.write("dlqId,Bemerkung\n1752829295505-0,gel\xF6scht\n");
    latin.close();

    const QString utf16 = dir.filePath(QStringLiteral("utf16.txt"));
    QFile wide(utf16);
    QVERIFY(wide.open(QIODevice::WriteOnly));
    const QString wideText = QStringLiteral("\uFEFF1752829295505-1\n1752829295505-2\n");
    wide.write(reinterpret_cast<const char *>(wideText.utf16()), wideText.size() * 2);
    wide.close();

    const IdParseOutcome out = runIdParse(
        {IdParseInput{{}, binary}, IdParseInput{{}, latin1}, IdParseInput{{}, utf16}}, {}, 0);
    QCOMPARE(out.errors.size(), 1);
    QCOMPARE(out.errors.constFirst(), QStringLiteral("“archive.bin” is not a text file. This "
                                                     "looks like a binary file, not a list of "
                                                     "IDs."));
    QCOMPARE(out.fileNames,
             QStringList({QStringLiteral("excel.csv"), QStringLiteral("utf16.txt")}));
    QCOMPARE(out.result.entries.size(), 3);
}

void TstIdParseTask::aFileOverTheLimitIsRefusedUnread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(kMaxIdSourceBytes + 1)); // sparse: nothing is written
    file.close();
    const std::optional<qint64> before = rssMb();
    const IdParseOutcome out = runIdParse({IdParseInput{{}, path}}, {}, 0);
    const std::optional<qint64> after = rssMb();
    QCOMPARE(out.errors.size(), 1);
    QVERIFY2(out.errors.constFirst().contains(QStringLiteral("“huge.txt” is too big to import")),
             qPrintable(out.errors.constFirst()));
    QVERIFY(readIdSource(dir.path()).error.contains(QStringLiteral("is a folder")));
    if (!before || !after)
        QSKIP("No /proc/self/status: memory not measured (the checks above passed).");
    QVERIFY(*after - *before < 20);
}

void TstIdParseTask::cancellingStopsTheWorkAndAddsNothing()
{
    // Cancelled before it starts: deterministic, no race with a fast worker.
    IdParseTask task({IdParseInput{idLines(500000), {}}}, {}, 0);
    QSignalSpy finished(&task, &IdParseTask::finished);
    task.cancel();
    task.start();
    QVERIFY(finished.wait(60000));
    QVERIFY(task.outcome().cancelled);
    QVERIFY(task.outcome().result.entries.isEmpty());
    QCOMPARE(task.outcome().summary(), QStringLiteral("Cancelled: no IDs were added."));

    // Cancelled while running: whatever was parsed is dropped.
    IdParseTask running({IdParseInput{idLines(2000000), {}}}, {}, 0);
    QSignalSpy runningFinished(&running, &IdParseTask::finished);
    running.start();
    running.cancel();
    QVERIFY(runningFinished.wait(60000));
    QVERIFY(running.outcome().cancelled);
    QVERIFY(running.outcome().result.entries.isEmpty());

    // Destroying a running task cancels and joins its worker.
    auto *dropped = new IdParseTask({IdParseInput{idLines(1000000), {}}}, {}, 0);
    dropped->start();
    delete dropped;
}

void TstIdParseTask::theListTotalCapCountsTheRowsAlreadyListed()
{
    const QString text = idLines(20);
    const IdParseOutcome out = runIdParse({IdParseInput{text, {}}}, {}, 499990);
    QCOMPARE(out.result.entries.size(), 10);
    QVERIFY(out.capped);
    QVERIFY(out.capIsListTotal);
    QVERIFY2(out.summary().contains(QStringLiteral("Only the first 10 IDs were added: the list "
                                                   "holds at most 500 000")),
             qPrintable(out.summary()));

    const IdParseOutcome full = runIdParse({IdParseInput{text, {}}}, {}, 500000);
    QVERIFY(full.result.entries.isEmpty());
    QVERIFY(full.capped);
    QVERIFY(full.summary().contains(QStringLiteral("Nothing was added")));

    // Exactly the cap is not "cut".
    IdParseLimits limits;
    limits.maxNewIds = 20;
    QVERIFY(!runIdParse({IdParseInput{text, {}}}, {}, 0, limits).capped);
    limits.maxNewIds = 19;
    QVERIFY(runIdParse({IdParseInput{text, {}}}, {}, 0, limits).capped);
}

void TstIdParseTask::idsAlreadyListedCountAsDuplicates()
{
    IdParseLimits limits;
    limits.chunkChars = 50;
    const QSet<QString> known = {QStringLiteral("1752829295505-3"),
                                 QStringLiteral("1752829295505-7")};
    const IdParseOutcome out = runIdParse({IdParseInput{idLines(10), {}}}, known, 2, limits);
    QCOMPARE(out.result.entries.size(), 8);
    QCOMPARE(out.result.duplicates, 2);
}

void TstIdParseTask::groupedNumbersUseSpaces()
{
    QCOMPARE(groupedNumber(0), QStringLiteral("0"));
    QCOMPARE(groupedNumber(999), QStringLiteral("999"));
    QCOMPARE(groupedNumber(1000), QStringLiteral("1 000"));
    QCOMPARE(groupedNumber(200000), QStringLiteral("200 000"));
    QCOMPARE(groupedNumber(10485760), QStringLiteral("10 485 760"));
}

QTEST_GUILESS_MAIN(TstIdParseTask)
#include "tst_idparsetask.moc"
