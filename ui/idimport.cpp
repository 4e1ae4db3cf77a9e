#include "ui/idimport.h"

#include "util/translate.h"

#include <QMimeData>
#include <QUrl>

namespace dlq {

ImportedText readIdFile(const QString &path)
{
    IdSourceText source = readIdSource(path, kMaxImportBytes);
    return {std::move(source.text), std::move(source.error)};
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
