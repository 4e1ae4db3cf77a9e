#include "idimport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QStringDecoder>
#include <QUrl>

namespace dlq {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("IdImport", text);
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// NUL bytes or many control characters mean an image, archive or spreadsheet, not a list.
bool looksBinary(const QByteArray &data)
{
    const qsizetype probe = qMin<qsizetype>(data.size(), 64 * 1024);
    qsizetype control = 0;
    for (qsizetype i = 0; i < probe; ++i) {
        const auto c = static_cast<unsigned char>(data.at(i));
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            ++control;
    }
    return probe > 0 && control * 100 / probe > 1;
}
} // namespace

ImportedText readIdFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return {{}, tr("“%1” does not exist.").arg(name)};
    if (info.isDir())
        return {{}, tr("“%1” is a folder, not a file.").arg(name)};
    if (info.size() > kMaxImportBytes)
        return {{},
                tr("“%1” is too big to import (%2 MB; the limit is %3 MB).")
                    .arg(name, megabytes(info.size()), megabytes(kMaxImportBytes))};

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, tr("Could not read “%1”: %2").arg(name, file.errorString())};
    // Read one byte more than allowed: the file may have grown since we looked.
    const QByteArray data = file.read(kMaxImportBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return {{}, tr("Could not read “%1”: %2").arg(name, file.errorString())};
    if (data.size() > kMaxImportBytes)
        return {{},
                tr("“%1” is too big to import (the limit is %2 MB).")
                    .arg(name, megabytes(kMaxImportBytes))};

    // UTF-16/32 with a BOM is text even though it is full of NUL bytes.
    const auto bom = QStringConverter::encodingForData(data);
    if (bom && *bom != QStringConverter::Utf8) {
        QStringDecoder decoder(*bom);
        QString text = decoder.decode(data);
        if (!decoder.hasError())
            return {text, {}};
        return {{}, tr("“%1” is not a text file.").arg(name)};
    }
    if (looksBinary(data))
        return {{}, tr("“%1” is not a text file.").arg(name)};
    QStringDecoder utf8(QStringConverter::Utf8);
    QString text = utf8.decode(data);
    if (utf8.hasError()) {
        // Old exports from Excel on Windows; IDs are ASCII, so Latin-1 loses nothing of them.
        text = QString::fromLatin1(data);
    }
    return {text, {}};
}

QStringList importNameFilters()
{
    return {tr("ID lists (*.txt *.csv *.tsv *.json)"), tr("All files (*)")};
}

bool isImportableDrop(const QMimeData *mime)
{
    if (!mime)
        return false;
    if (mime->hasUrls())
        return !droppedFiles(mime).isEmpty();
    return mime->hasText();
}

QStringList droppedFiles(const QMimeData *mime)
{
    QStringList files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    return files;
}

} // namespace dlq
