#include "ids/idparser.h"
#include "results/exporter.h"
#include "results/resultsmodel.h"
#include "settings/appsettings.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace dlq;

namespace {

const QDateTime kFinished(QDate(2025, 7, 18), QTime(9, 41, 35, 505), Qt::UTC);
const QString kFinishedIso = QStringLiteral("2025-07-18T09:41:35.505Z");
const QByteArray kFinishedIso8 = kFinishedIso.toUtf8();

ResultRow outcome(ResultState state, int httpStatus, const QString &message, int attempts,
                  qint64 durationMs, const QDateTime &finishedAt = kFinished)
{
    ResultRow r;
    r.state = state;
    r.httpStatus = httpStatus;
    r.message = message;
    r.attempts = attempts;
    r.durationMs = durationMs;
    r.finishedAt = finishedAt;
    return r;
}

// QT_USE_QSTRINGBUILDER makes a + b a builder that QByteArray::contains() doesn't take.
QByteArray cat(const QByteArray &a, const QByteArray &b, const QByteArray &c = {})
{
    QByteArray out = a;
    out += b;
    out += c;
    return out;
}

QList<int> allRows(const ResultsModel &model)
{
    QList<int> rows;
    for (int r = 0; r < model.rowCount(); ++r)
        rows.append(r);
    return rows;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestExporter : public QObject
{
    Q_OBJECT

private:
    // Rows, in order:
    // 0 deleted, 1 not found, 2 failed with a message full of CSV specials, 3 pending (never
    // sent), 4 a formula-looking ID that is still sent, 5 workflow run ID rejected locally.
    void fill(ResultsModel &model)
    {
        const ParseResult parsed = parseIds(u"1752829295505-0\n"
                                            u"1752829295505-1\n"
                                            u"1752829295505-2\n"
                                            u"1752829295505-3\n"
                                            u"=cmd|x\n"
                                            u"wfr_abc\n");
        QCOMPARE(model.append(parsed), 6);
        QCOMPARE(model.row(4).id, QStringLiteral("=cmd|x"));
        QCOMPARE(model.row(5).state, ResultState::Invalid);
        model.setOutcome(0, outcome(ResultState::Deleted, 200, QString(), 1, 120));
        model.setOutcome(
            1, outcome(ResultState::NotFound, 404, QStringLiteral("dlq not found"), 1, 95));
        model.setOutcome(2, outcome(ResultState::Failed, 502,
                                    QStringLiteral("Bad gateway, \"upstream\"\r\nretry later"), 3,
                                    30001));
        model.setOutcome(
            4, outcome(ResultState::InvalidId, 400, QStringLiteral("=HYPERLINK(x)"), 1, 40));
    }

private Q_SLOTS:
    void csv_hasHeaderAndCrlfLineEndings()
    {
        ResultsModel model;
        fill(model);
        const QByteArray csv = exporter::toCsv(model, allRows(model));
        QVERIFY(
            csv.startsWith("id,result,http_status,message,attempts,duration_ms,finished_at\r\n"));
        QVERIFY(csv.endsWith("\r\n"));
        // Every line feed belongs to a CRLF, including the one inside the quoted message.
        QCOMPARE(csv.count('\n'), csv.count("\r\n"));
        QVERIFY(csv.contains(cat("1752829295505-0,deleted,200,,1,120,", kFinishedIso8, "\r\n")));
        QVERIFY(csv.contains(
            cat("1752829295505-1,not_found,404,dlq not found,1,95,", kFinishedIso8, "\r\n")));
    }

    void csv_quotesCellsWithCommasQuotesAndLineBreaks()
    {
        ResultsModel model;
        fill(model);
        const QByteArray csv = exporter::toCsv(model, {2});
        QCOMPARE(csv, cat("id,result,http_status,message,attempts,duration_ms,finished_at\r\n"
                          "1752829295505-2,failed,502,"
                          "\"Bad gateway, \"\"upstream\"\"\r\nretry later\","
                          "3,30001,",
                          kFinishedIso8, "\r\n"));
    }

    void csv_leavesMissingValuesEmpty()
    {
        ResultsModel model;
        fill(model);
        // Row 3 was never sent: no status, no duration, no finish time.
        const QByteArray csv = exporter::toCsv(model, {3});
        QVERIFY(csv.endsWith("\r\n1752829295505-3,pending,,,0,,\r\n"));
    }

    // The CSV writes finish times by hand; they must read exactly as Qt's ISO format would.
    void csv_finishTimesReadAsQtsIsoFormat()
    {
        const QList<QDateTime> times = {
            kFinished,
            QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 0), Qt::UTC),
            QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(2026, 3, 29), QTime(1, 30, 0, 7), Qt::OffsetFromUTC, 5 * 3600 + 1800),
            QDateTime(QDate(2025, 7, 18), QTime(23, 0, 0, 40), Qt::OffsetFromUTC, -8 * 3600),
            QDateTime(QDate(2025, 10, 26), QTime(2, 30, 0, 1), Qt::LocalTime),
            QDateTime(QDate(1, 1, 1), QTime(0, 0, 0, 1), Qt::UTC),
            QDateTime(QDate(999, 6, 15), QTime(12, 0, 0, 10), Qt::UTC),
            QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(-44, 3, 15), QTime(12, 0), Qt::UTC),
        };
        ResultsModel model;
        QString ids;
        for (int i = 0; i < times.size(); ++i)
            ids += QStringLiteral("id-%1\n").arg(i);
        QCOMPARE(model.append(parseIds(ids)), int(times.size()));
        for (int i = 0; i < times.size(); ++i)
            model.setOutcome(i, outcome(ResultState::Deleted, 200, QString(), 1, 10, times.at(i)));
        const QList<QByteArray> lines = exporter::toCsv(model, allRows(model)).split('\n');
        for (int i = 0; i < times.size(); ++i) {
            const QByteArray expected = times.at(i).toUTC().toString(Qt::ISODateWithMs).toUtf8();
            QCOMPARE(lines.at(i + 1), cat(QByteArrayLiteral("id-") + QByteArray::number(i),
                                          ",deleted,200,,1,10,", expected + '\r'));
        }
    }

    void csv_guardsCellsThatASpreadsheetWouldRunAsFormulas()
    {
        ResultsModel model;
        fill(model);
        const QByteArray csv = exporter::toCsv(model, {4});
        QVERIFY(csv.endsWith(
            cat("\r\n'=cmd|x,invalid_id,400,'=HYPERLINK(x),1,40,", kFinishedIso8, "\r\n")));

        const QList<QString> dangerous = {
            QStringLiteral("=1+1"), QStringLiteral("+1"),  QStringLiteral("-1"),
            QStringLiteral("@SUM"), QStringLiteral("\tx"), QStringLiteral("\rx"),
        };
        for (const QString &message : dangerous) {
            ResultsModel m;
            m.append(parseIds(u"1752829295505-0"));
            m.setOutcome(0, outcome(ResultState::Failed, 500, message, 1, 5));
            const QByteArray line = exporter::toCsv(m, {0}).split('\n').at(1);
            QVERIFY2(line.contains(cat(",'", message.left(1).toUtf8())) ||
                         line.contains(cat(",\"'", message.left(1).toUtf8())),
                     line.constData());
        }
    }

    void csv_neverGuardsNumbers()
    {
        ResultsModel model;
        fill(model);
        const QByteArray csv = exporter::toCsv(model, allRows(model));
        QVERIFY(!csv.contains("'2"));
        QVERIFY(!csv.contains("'4"));
        QVERIFY(!csv.contains("'5"));
        QVERIFY(!csv.contains("'1752829295505"));
    }

    void csv_isUtf8WithoutBom()
    {
        ResultsModel model;
        model.append(parseIds(u"1752829295505-0"));
        model.setOutcome(
            0, outcome(ResultState::Failed, 500, QStringLiteral("Zürich — 東京 ✓"), 1, 5));
        const QByteArray csv = exporter::toCsv(model, {0});
        QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.contains(QStringLiteral("Zürich — 東京 ✓").toUtf8()));
    }

    void finishedAt_isExportedAsUtcWithMilliseconds()
    {
        ResultsModel model;
        model.append(parseIds(u"1752829295505-0"));
        const QDateTime plusTwo(QDate(2025, 7, 18), QTime(11, 41, 35, 505), Qt::OffsetFromUTC,
                                2 * 3600);
        model.setOutcome(0, outcome(ResultState::Deleted, 200, QString(), 1, 5, plusTwo));
        QVERIFY(exporter::toCsv(model, {0}).contains(kFinishedIso8));
    }

    void json_roundTripsThroughQJsonDocument()
    {
        ResultsModel model;
        fill(model);
        const QDateTime exportedAt(QDate(2025, 7, 19), QTime(8, 0, 0, 1), Qt::UTC);
        const QByteArray bytes = exporter::toJson(
            model, allRows(model), {QStringLiteral("qstash.upstash.io"), exportedAt});
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isObject());
        const QJsonObject root = doc.object();
        QCOMPARE(root.value(QLatin1String("app")).toString(),
                 QStringLiteral("DLQ Manager " DLQ_VERSION));
        QCOMPARE(root.value(QLatin1String("exportedAt")).toString(),
                 QStringLiteral("2025-07-19T08:00:00.001Z"));
        QCOMPARE(root.value(QLatin1String("host")).toString(), QStringLiteral("qstash.upstash.io"));

        const QJsonArray results = root.value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 6);
        for (int i = 0; i < results.size(); ++i) {
            const QJsonObject item = results.at(i).toObject();
            const ResultRow &row = model.row(i);
            QCOMPARE(item.value(QLatin1String("id")).toString(), row.id);
            QCOMPARE(item.value(QLatin1String("result")).toString(), resultKey(row.state));
            QCOMPARE(item.value(QLatin1String("resultLabel")).toString(), resultLabel(row.state));
            QCOMPARE(item.value(QLatin1String("message")).toString(), row.message);
            QCOMPARE(item.value(QLatin1String("attempts")).toInt(), row.attempts);
        }
        // JSON is not a spreadsheet: values are exported verbatim, without a formula guard.
        const QJsonObject failed = results.at(2).toObject();
        QCOMPARE(failed.value(QLatin1String("httpStatus")).toInt(), 502);
        QCOMPARE(failed.value(QLatin1String("durationMs")).toInteger(), 30001);
        QCOMPARE(failed.value(QLatin1String("finishedAt")).toString(), kFinishedIso);
        QCOMPARE(results.at(4).toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("=cmd|x"));
    }

    void json_usesNullForMissingValuesAndCountsOnlyNonZeroStates()
    {
        ResultsModel model;
        fill(model);
        const QJsonObject root =
            QJsonDocument::fromJson(exporter::toJson(model, allRows(model), {})).object();
        const QJsonObject pending = root.value(QLatin1String("results")).toArray().at(3).toObject();
        QVERIFY(pending.value(QLatin1String("httpStatus")).isNull());
        QVERIFY(pending.value(QLatin1String("durationMs")).isNull());
        QVERIFY(pending.value(QLatin1String("finishedAt")).isNull());
        QCOMPARE(pending.value(QLatin1String("result")).toString(), QStringLiteral("pending"));

        const QJsonObject counts = root.value(QLatin1String("counts")).toObject();
        QJsonObject expected;
        expected.insert(QLatin1String("deleted"), 1);
        expected.insert(QLatin1String("not_found"), 1);
        expected.insert(QLatin1String("failed"), 1);
        expected.insert(QLatin1String("pending"), 1);
        expected.insert(QLatin1String("invalid_id"), 1);
        expected.insert(QLatin1String("invalid"), 1);
        QCOMPARE(counts, expected);

        // Without an export time the current one is used, never an empty string.
        QVERIFY(QDateTime::fromString(root.value(QLatin1String("exportedAt")).toString(),
                                      Qt::ISODateWithMs)
                    .isValid());
    }

    void json_countsDescribeOnlyTheExportedRows()
    {
        ResultsModel model;
        fill(model);
        const QJsonObject root =
            QJsonDocument::fromJson(exporter::toJson(model, {0, 1}, {})).object();
        QJsonObject expected;
        expected.insert(QLatin1String("deleted"), 1);
        expected.insert(QLatin1String("not_found"), 1);
        QCOMPARE(root.value(QLatin1String("counts")).toObject(), expected);
        QCOMPARE(root.value(QLatin1String("results")).toArray().size(), 2);
    }

    void tsv_hasHeaderAndFlattensTabsAndLineBreaksInsideCells()
    {
        ResultsModel model;
        fill(model);
        model.setOutcome(1, outcome(ResultState::NotFound, 404, QStringLiteral("a\tb\nc"), 1, 95));
        const QString tsv = exporter::toTsv(model, {0, 1, 2});
        const QStringList lines = tsv.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 5); // header, three rows, the empty string after the last \n
        QVERIFY(lines.last().isEmpty());
        for (int i = 0; i < 4; ++i)
            QCOMPARE(lines.at(i).count(QLatin1Char('\t')), 6);
        QVERIFY(!tsv.contains(QLatin1Char('\r')));
        QCOMPARE(lines.at(0).section(QLatin1Char('\t'), 0, 0), QStringLiteral("DLQ ID"));
        QCOMPARE(lines.at(1), QStringLiteral("1752829295505-0\t") +
                                  resultLabel(ResultState::Deleted) +
                                  QStringLiteral("\t200\t\t1\t120\t") + kFinishedIso);
        QCOMPARE(lines.at(2).section(QLatin1Char('\t'), 3, 3), QStringLiteral("a b c"));
        QCOMPARE(lines.at(3).section(QLatin1Char('\t'), 3, 3),
                 QStringLiteral("Bad gateway, \"upstream\"  retry later"));
    }

    void tsv_guardsFormulasLikeCsv()
    {
        ResultsModel model;
        fill(model);
        const QString row = exporter::toTsv(model, {4}).split(QLatin1Char('\n')).at(1);
        QVERIFY(row.startsWith(QStringLiteral("'=cmd|x\t")));
        QCOMPARE(row.section(QLatin1Char('\t'), 3, 3), QStringLiteral("'=HYPERLINK(x)"));
    }

    void idsOnly_joinsIdsWithNewlinesInTheGivenOrder()
    {
        ResultsModel model;
        fill(model);
        QCOMPARE(exporter::idsOnly(model, {2, 0, 4}),
                 QStringLiteral("1752829295505-2\n1752829295505-0\n=cmd|x"));
        QCOMPARE(exporter::idsOnly(model, {}), QString());
    }

    void exports_skipRowIndexesOutsideTheModel()
    {
        ResultsModel model;
        fill(model);
        QCOMPARE(exporter::idsOnly(model, {-1, 0, 99}), QStringLiteral("1752829295505-0"));
        QCOMPARE(exporter::toCsv(model, {99}).count("\r\n"), 1);
    }

    void writeFile_choosesJsonBySuffixAndCsvOtherwise()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ResultsModel model;
        fill(model);
        const ExportContext ctx{QStringLiteral("sandbox"), kFinished};
        const QList<int> rows = allRows(model);

        const QString json = dir.filePath(QStringLiteral("out.JSON"));
        QCOMPARE(exporter::writeFile(json, model, rows, ctx), QString());
        QCOMPARE(readAll(json), exporter::toJson(model, rows, ctx));

        for (const char *name : {"out.csv", "out.txt", "out"}) {
            const QString path = dir.filePath(QString::fromLatin1(name));
            QCOMPARE(exporter::writeFile(path, model, rows, ctx), QString());
            QCOMPARE(readAll(path), exporter::toCsv(model, rows));
        }
    }

    void writeFile_replacesAnExistingFileWithoutLeavingTemporaryFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("an older, much longer export that must be replaced entirely\r\n"
                      "with more lines than the new one\r\n");
        }
        ResultsModel model;
        fill(model);
        QCOMPARE(exporter::writeFile(path, model, {0}, {}), QString());
        QCOMPARE(readAll(path), exporter::toCsv(model, {0}));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("out.csv")});
    }

    void writeFile_namesThePathWhenItCannotWrite()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A missing directory fails even for root, unlike a permission bit.
        const QString path = dir.filePath(QStringLiteral("missing/sub/out.csv"));
        ResultsModel model;
        fill(model);
        const QString error = exporter::writeFile(path, model, allRows(model), {});
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void writeFile_keepsTheOldFileWhenTheNewOneCannotBeWritten()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // The target is a directory: QSaveFile must fail without touching anything.
        const QString path = dir.filePath(QStringLiteral("taken.csv"));
        QVERIFY(QDir().mkpath(path));
        ResultsModel model;
        fill(model);
        const QString error = exporter::writeFile(path, model, allRows(model), {});
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY(QFileInfo(path).isDir());
    }

    void exports_neverContainTheToken()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // The exporter never sees the settings; this documents that the guarantee holds even
        // with a token configured while the model is filled.
        const QString token = QStringLiteral("eyJVc2VySUQiOiJ0b2tlbi1zZWNyZXQtOTg3NjU0MzIxMCJ9");
        QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        AppSettings settings(&store, QProcessEnvironment());
        settings.setToken(token);
        settings.sync();
        QCOMPARE(settings.effectiveToken(), token);

        ResultsModel model;
        fill(model);
        const QList<int> rows = allRows(model);
        const ExportContext ctx{QStringLiteral("qstash.upstash.io"), kFinished};
        const QByteArray needle = token.toUtf8();
        QVERIFY(!exporter::toCsv(model, rows).contains(needle));
        QVERIFY(!exporter::toJson(model, rows, ctx).contains(needle));
        QVERIFY(!exporter::toTsv(model, rows).contains(token));
        QVERIFY(!exporter::idsOnly(model, rows).contains(token));
        for (const QString &name : {QStringLiteral("e.csv"), QStringLiteral("e.json")}) {
            const QString path = dir.filePath(name);
            QCOMPARE(exporter::writeFile(path, model, rows, ctx), QString());
            QVERIFY(!readAll(path).contains(needle));
        }
    }
};

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
