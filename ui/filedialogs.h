#pragma once

class QFileDialog;
class QWidget;

namespace dlq {

// Non-modal file dialogs, deleted on close. The caller connects filesSelected/fileSelected and
// calls open(); nothing here blocks.
QFileDialog *makeImportDialog(QWidget *parent);
// CSV or JSON, named after the time, the suffix following the chosen filter.
QFileDialog *makeExportDialog(QWidget *parent);

} // namespace dlq
