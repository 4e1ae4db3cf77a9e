#pragma once

#include <QString>

class QFileDialog;
class QWidget;

namespace dlq {

// Non-modal file dialogs, deleted on close. The caller connects filesSelected/fileSelected and
// calls open(); nothing here blocks.
QFileDialog *makeImportDialog(QWidget *parent);
// CSV or JSON, named after the time, the suffix following the chosen filter. The title says
// which rows the file will hold ("Export 12 shown rows of 200").
QFileDialog *makeExportDialog(const QString &title, QWidget *parent);

} // namespace dlq
