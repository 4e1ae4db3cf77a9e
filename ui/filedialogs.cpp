#include "ui/filedialogs.h"

#include "ui/idimport.h"
#include "util/translate.h"

#include <QDateTime>
#include <QFileDialog>
#include <QStandardPaths>

namespace dlq {

QFileDialog *makeImportDialog(QWidget *parent)
{
    auto *dialog = new QFileDialog(parent, tr("Import DLQ IDs"));
    dialog->setObjectName(QStringLiteral("importDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters(importNameFilters());
    return dialog;
}

QFileDialog *makeExportDialog(const QString &title, QWidget *parent)
{
    auto *dialog = new QFileDialog(parent, title);
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("CSV (*.csv)"), tr("JSON (*.json)")});
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(
        QStringLiteral("dlq-results-%1.csv")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QObject::connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        const bool json = filter.contains(QLatin1String("json"));
        dialog->setDefaultSuffix(json ? QStringLiteral("json") : QStringLiteral("csv"));
    });
    return dialog;
}

} // namespace dlq
