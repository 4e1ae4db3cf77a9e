#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace dlq {

class SnapshotsModel;

// Shows a saved copy's JSON read-only in a window of its own (deleted on close) and returns it;
// nullptr and `error` when the file cannot be read. Snapshots… and History share it.
QDialog *openSnapshotViewer(const QString &path, QWidget *parent, QString *error);

// "Snapshots…": the copies saved before deletes (one file per run), with Open (the JSON,
// read-only) and Export (a copy elsewhere). Non-modal; nothing here blocks.
class SnapshotsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SnapshotsDialog(const QString &dir, QWidget *parent = nullptr);

    void reload();
    SnapshotsModel *model() const { return m_model; }
    void openRow(int row);
    void exportRow(int row, const QString &path);

private:
    int currentRow() const;
    void chooseExportFile();
    void updateButtons();

    SnapshotsModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_open;
    QPushButton *m_export;
};

} // namespace dlq
