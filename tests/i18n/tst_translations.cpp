// The translations against the sources: lupdate run now over the same files the build
// translates must find nothing that a .ts in translations/ lacks or leaves unfinished, every
// context must be one the program asks for at run time, and no user-visible text may skip
// tr() (lupdate cannot see those, so the first check alone would pass them).
// When this fails after adding strings: scripts/update-translations.sh, then translate the
// new messages (Qt Linguist, or by hand: remove type="unfinished").

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool finished = false;
    QStringList translations; // one, or one per numerus form
};

QString keyOf(const Message &m)
{
    return m.context + QLatin1Char('\x1f') + m.source + QLatin1Char('\x1f') + m.comment;
}

QList<Message> readAll(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(current);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{};
            current.context = context;
            current.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            // No type: finished; "unfinished", "vanished" or "obsolete" are not.
            current.finished = xml.attributes().value(QLatin1String("type")).isEmpty();
            if (!current.numerus)
                current.translations = {xml.readElementText()};
        } else if (name == QLatin1String("numerusform")) {
            current.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error =
            QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

bool hasAccelerator(const QString &text)
{
    QString t = text;
    t.remove(QStringLiteral("&&"));
    return t.contains(QLatin1Char('&'));
}

QStringList translatedSources()
{
    QFile list(QStringLiteral(DLQ_SOURCES_LIST));
    if (!list.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(list.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString relative(const QString &path)
{
    return QDir(QStringLiteral(DLQ_SOURCE_DIR)).relativeFilePath(path);
}

// --- the literal scanner -------------------------------------------------------------------

struct Literal
{
    qsizetype start = 0; // offset of the first quote (or its u/u8/L prefix)
    int line = 0;
    QString text; // adjacent literals joined, common escapes decoded
};

// String literals outside comments and character literals; "a" "b" counts as one.
QList<Literal> literalsOf(const QString &code)
{
    QList<Literal> out;
    const qsizetype n = code.size();
    int line = 1;
    Literal *open = nullptr;
    qsizetype afterOpen = -1; // where the last literal ended
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char('\n')) {
            ++line;
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < n && code.at(i + 1) == QLatin1Char('/')) {
            while (i < n && code.at(i) != QLatin1Char('\n'))
                ++i;
            --i;
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < n && code.at(i + 1) == QLatin1Char('*')) {
            const qsizetype end = code.indexOf(QStringLiteral("*/"), i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            line += int(QStringView(code).mid(i, stop - i).count(QLatin1Char('\n')));
            i = stop - 1;
            continue;
        }
        if (c == QLatin1Char('\'')) {
            ++i;
            while (i < n && code.at(i) != QLatin1Char('\'')) {
                if (code.at(i) == QLatin1Char('\\'))
                    ++i;
                ++i;
            }
            continue;
        }
        if (c != QLatin1Char('"'))
            continue;
        // A raw string R"(...)" holds no prose here (regexes, JSON): skip it whole.
        if (i > 0 && code.at(i - 1) == QLatin1Char('R')) {
            const qsizetype end = code.indexOf(QStringLiteral(")\""), i);
            i = end < 0 ? n : end + 1;
            continue;
        }
        QString text;
        qsizetype j = i + 1;
        for (; j < n && code.at(j) != QLatin1Char('"'); ++j) {
            QChar ch = code.at(j);
            if (ch == QLatin1Char('\\') && j + 1 < n) {
                ++j;
                const QChar e = code.at(j);
                ch = e == QLatin1Char('n')   ? QLatin1Char('\n')
                     : e == QLatin1Char('t') ? QLatin1Char('\t')
                     : e == QLatin1Char('r') ? QLatin1Char('\r')
                                             : e;
            }
            text += ch;
        }
        const bool adjacent =
            open && !QStringView(code).mid(afterOpen, i - afterOpen).trimmed().size();
        if (adjacent) {
            open->text += text;
        } else {
            qsizetype start = i;
            while (start > 0 && code.at(start - 1).isLetterOrNumber())
                --start; // u"", u8"", L""
            out.append(Literal{start, line, text});
            open = &out.last();
        }
        afterOpen = j + 1;
        i = j;
    }
    return out;
}

// Text a person reads: words, and a space or a sentence's end.
bool looksLikeProse(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    static const QRegularExpression spaced(QStringLiteral(" |[.!?:…]$"));
    return text.contains(word) && text.contains(spaced);
}

// Literals that are no text for people: SQL, date formats, style sheets.
bool isMachineText(const QString &text)
{
    static const QRegularExpression machine(
        QStringLiteral("^\\s*(SELECT|INSERT|UPDATE|DELETE FROM|CREATE|ALTER "
                       "TABLE|DROP|PRAGMA|BEGIN|COMMIT|ROLLBACK)\\b"
                       "|^[yMdHhmsz:,.' /-]*(yyyy|HH:mm)[yMdHhmszGMT:,.' /-]*$"
                       "|^[\\w.]+(, [\\w.]+)+$"           // a column list
                       "|^[\\w.#-]*\\s*\\{[^}]*:[^}]*\\}" // a style sheet rule
                       "|^[\\w-]+: [^ ]+;$"));            // one style property
    return machine.match(text).hasMatch();
}

// Where a literal is handed to tr() or a marker lupdate knows, it is translated.
bool isTranslated(const QString &code, qsizetype start)
{
    const QString before = code.mid(qMax<qsizetype>(0, start - 200), qMin<qsizetype>(start, 200));
    static const QRegularExpression call(QStringLiteral(
        "(\\btr|\\btranslate\\s*\\(\\s*\"[^\"]*\"\\s*,|QT_TR_NOOP|QT_TRANSLATE_NOOP\\s*\\("
        "\\s*\"[^\"]*\"\\s*,)\\s*\\(?\\s*$"));
    return call.match(before).hasMatch();
}

// Statements whose text goes to a log, an assertion or the compiler, never to a window.
bool isInDiagnostics(const QString &code, qsizetype start)
{
    const qsizetype statement =
        qMax(code.lastIndexOf(QLatin1Char(';'), start), code.lastIndexOf(QLatin1Char('{'), start));
    const QString head = code.mid(statement + 1, start - statement - 1);
    static const QRegularExpression diag(
        QStringLiteral("\\b(qC?(Debug|Info|Warning|Critical)|qFatal|Q_ASSERT_X|static_assert)\\b"));
    return diag.match(head).hasMatch();
}

// The few literals that read like words but are not translated, each with why.
const QHash<QString, QSet<QString>> &allowed()
{
    static const QHash<QString, QSet<QString>> list{
        // The product's name: the application name (settings folder), the keychain service.
        {QStringLiteral("app/core/util/appidentity.h"), {QStringLiteral("DLQ Manager")}},
        {QStringLiteral("app/secrets/keychainstore.cpp"), {QStringLiteral("DLQ Manager")}},
        // The command a user pastes into a shell; the header is the API's.
        {QStringLiteral("app/core/api/curlcommand.cpp"),
         {QStringLiteral("curl -sS -H \"Authorization: Bearer $QSTASH_TOKEN\" ")}},
        // The product name in an export's header line.
        {QStringLiteral("app/core/results/exporter.cpp"), {QStringLiteral("DLQ Manager ")}},
        {QStringLiteral("app/core/results/ledger.cpp"), {QStringLiteral("DLQ Manager ")}},
        // A JSON path prefix in a field problem, e.g. "failureCallbackInfo.state".
        {QStringLiteral("app/core/api/dlqentry.cpp"), {QStringLiteral("failureCallbackInfo.")}},
        // A host name compared, not shown.
        {QStringLiteral("app/core/net/endpoint.cpp"), {QStringLiteral("localhost.")}},
        // HTTP on the wire: the status line and the Authorization scheme.
        {QStringLiteral("app/core/net/replyoutcome.cpp"), {QStringLiteral("HTTP %1 %2")}},
        {QStringLiteral("app/core/net/retrypolicy.cpp"), {QStringLiteral("HTTP %1")}},
        {QStringLiteral("app/core/results/resultsmodel.cpp"), {QStringLiteral("HTTP %1")}},
        {QStringLiteral("app/core/net/requestjob.cpp"), {QStringLiteral("Bearer ")}},
        // Words of the server's 400 answer that are matched, not shown.
        {QStringLiteral("app/core/api/dlqrequests.cpp"),
         {QStringLiteral("support resume"), QStringLiteral("incompatible step")}},
        // Widest-text samples for size hints, never shown.
        {QStringLiteral("ui/resultspanel.cpp"), {QStringLiteral("00000 ms")}},
        {QStringLiteral("ui/settingsdialog.cpp"), {QStringLiteral("Automatic 00")}},
    };
    return list;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyStringIsTranslatedInEveryLanguage();
    void everyContextIsOneTheProgramAsksFor();
    void noUserVisibleTextBypassesTranslation();

private:
    QTemporaryDir m_dir;
    QStringList m_sources;
    QList<Message> m_extracted;
};

void TestTranslations::initTestCase()
{
    m_sources = translatedSources();
    QVERIFY2(m_sources.size() > 50, DLQ_SOURCES_LIST);
    QVERIFY(m_dir.isValid());
    const QString list = m_dir.filePath(QStringLiteral("sources.lst"));
    QFile listFile(list);
    QVERIFY(listFile.open(QIODevice::WriteOnly));
    listFile.write(m_sources.join(QLatin1Char('\n')).toUtf8());
    listFile.close();
    const QString extracted = m_dir.filePath(QStringLiteral("extracted.ts"));
    QStringList args;
    const QString root = QStringLiteral(DLQ_SOURCE_DIR);
    for (const QString &dir :
         QStringList{root, root + QStringLiteral("/app"), root + QStringLiteral("/app/core")})
        args << QStringLiteral("-I") << dir;
    args << QStringLiteral("-locations") << QStringLiteral("none") << QStringLiteral("-no-obsolete")
         << QStringLiteral("-silent") << QLatin1Char('@') + list << QStringLiteral("-ts")
         << extracted;
    QProcess lupdate;
    lupdate.start(QStringLiteral(DLQ_LUPDATE), args);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
    QString error;
    m_extracted = readAll(extracted, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_extracted.size() > 500, qPrintable(QString::number(m_extracted.size())));
}

void TestTranslations::everyStringIsTranslatedInEveryLanguage()
{
    const QDir dir(QStringLiteral(DLQ_SOURCE_DIR "/translations"));
    const QStringList files = dir.entryList({QStringLiteral("dlq-manager_*.ts")}, QDir::Files);
    QVERIFY(files.contains(QStringLiteral("dlq-manager_de.ts")));
    for (const QString &name : files) {
        QString error;
        const QList<Message> messages = readAll(dir.filePath(name), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QHash<QString, Message> byKey;
        for (const Message &m : messages)
            byKey.insert(keyOf(m), m);
        QStringList problems;
        QSet<QString> wanted;
        for (const Message &m : m_extracted) {
            wanted.insert(keyOf(m));
            const QString where = QStringLiteral("[%1] \"%2\"").arg(m.context, m.source);
            const auto it = byKey.constFind(keyOf(m));
            if (it == byKey.constEnd()) {
                problems << QStringLiteral("missing: ") + where;
                continue;
            }
            bool empty = it->translations.isEmpty();
            for (const QString &t : it->translations)
                empty = empty || t.isEmpty();
            if (!it->finished || empty) {
                problems << QStringLiteral("untranslated: ") + where;
                continue;
            }
            for (const QString &t : it->translations) {
                if (!m.numerus && placeholders(t) != placeholders(m.source))
                    problems << QStringLiteral("placeholders differ: %1 -> \"%2\"").arg(where, t);
                if (hasAccelerator(t) != hasAccelerator(m.source))
                    problems
                        << QStringLiteral("accelerator (&) differs: %1 -> \"%2\"").arg(where, t);
            }
        }
        for (const Message &m : messages) {
            if (!wanted.contains(keyOf(m)))
                problems << QStringLiteral("no longer in the sources: [%1] \"%2\"")
                                .arg(m.context, m.source);
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1: %2 problem(s); run scripts/update-translations.sh "
                                           "and translate:\n  ")
                                .arg(name)
                                .arg(problems.size()) +
                            problems.join(QStringLiteral("\n  "))));
    }
}

void TestTranslations::everyContextIsOneTheProgramAsksFor()
{
    // At run time a QObject class with Q_OBJECT asks for its own class name, everything else
    // (dlq::tr) for "dlq". lupdate names the class or namespace around an unqualified tr(),
    // which for a class without Q_OBJECT is a context nobody asks for: never shown translated.
    static const QRegularExpression qobjectClass(
        QStringLiteral("class\\s+(?:\\w+\\s+)?(\\w+)\\s*(?::[^{;]*)?\\{\\s*Q_OBJECT"));
    QSet<QString> classes;
    for (const QString &file : std::as_const(m_sources)) {
        const QString code = readText(file);
        for (auto it = qobjectClass.globalMatch(code); it.hasNext();)
            classes.insert(QStringLiteral("dlq::") + it.next().captured(1));
    }
    QStringList problems;
    QSet<QString> seen;
    for (const Message &m : std::as_const(m_extracted)) {
        if (m.context == QLatin1String("dlq") || classes.contains(m.context) ||
            seen.contains(m.context))
            continue;
        seen.insert(m.context);
        problems << QStringLiteral("context %1 (e.g. \"%2\"): call dlq::tr() there")
                        .arg(m.context, m.source);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::noUserVisibleTextBypassesTranslation()
{
    QStringList problems;
    int prose = 0;
    for (const QString &file : std::as_const(m_sources)) {
        const QString code = readText(file);
        const QString rel = relative(file);
        const QSet<QString> allowedHere = allowed().value(rel);
        const QList<Literal> literals = literalsOf(code);
        for (const Literal &lit : literals) {
            if (!looksLikeProse(lit.text))
                continue;
            ++prose;
            if (isTranslated(code, lit.start) || isMachineText(lit.text) ||
                isInDiagnostics(code, lit.start) || allowedHere.contains(lit.text))
                continue;
            problems << QStringLiteral("%1:%2: \"%3\"").arg(rel).arg(lit.line).arg(lit.text);
        }
    }
    QVERIFY2(prose > 500, qPrintable(QString::number(prose))); // the scanner sees the strings
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 user-visible text(s) without tr()/dlq::tr() (wrap them, "
                                       "or add a machine string to allowed() with why):\n  ")
                            .arg(problems.size()) +
                        problems.join(QStringLiteral("\n  "))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
