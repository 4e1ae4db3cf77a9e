#include "cli/idinput.h"

#include "cli/console.h"
#include "ids/idparser.h"
#include "ids/idsource.h"
#include "results/resultsmodel.h"

#include <QDir>
#include <QFile>

#include <cstdio>

namespace dlq::cli {

namespace {

QString readAllOf(QFile &file, const QString &name, QByteArray *bytes)
{
    *bytes = file.read(kMaxIdInputBytes + 1);
    if (bytes->size() > kMaxIdInputBytes) {
        return QStringLiteral("%1 is larger than %2 MiB; split it into smaller files.")
            .arg(name)
            .arg(kMaxIdInputBytes / (1024 * 1024));
    }
    if (file.error() != QFileDevice::NoError)
        return QStringLiteral("Cannot read %1: %2.").arg(name, file.errorString());
    return {};
}

} // namespace

QString loadIds(const QStringList &arguments, const QString &fromFile, ResultsModel &model,
                int *duplicates, bool allowInvisible)
{
    int dropped = 0;
    if (!arguments.isEmpty()) {
        const ParseResult parsed = parseIds(arguments.join(QLatin1Char('\n')));
        dropped += parsed.duplicates;
        model.append(parsed);
    }

    if (!fromFile.isEmpty()) {
        QFile file;
        QString name;
        QByteArray bytes;
        if (fromFile == QLatin1String("-")) {
            name = QStringLiteral("standard input");
            if (console::stdinIsTerminal())
                console::err(QStringLiteral("Reading IDs from the terminal; end with Ctrl+D.\n"));
            if (!file.open(stdin, QIODevice::ReadOnly))
                return QStringLiteral("Cannot read standard input: %1.").arg(file.errorString());
        } else {
            name = QDir::toNativeSeparators(fromFile);
            file.setFileName(fromFile);
            if (!file.open(QIODevice::ReadOnly))
                return QStringLiteral("Cannot open %1: %2.").arg(name, file.errorString());
        }
        const QString error = readAllOf(file, name, &bytes);
        if (!error.isEmpty())
            return error;
        // Refused like the window's import, before anything is parsed: a binary file would
        // otherwise become thousands of garbage "IDs" that are then sent.
        const IdSourceText source = decodeIdSource(bytes, name);
        if (!source.error.isEmpty())
            return source.error;
        const ParseResult parsed = parseIds(source.text, model.idSet());
        dropped += parsed.duplicates;
        model.append(parsed);
    }

    if (allowInvisible)
        model.allowInvisibleCharacters();
    if (duplicates)
        *duplicates = dropped;
    return {};
}

} // namespace dlq::cli
