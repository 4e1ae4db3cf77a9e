#include "ui/snapshots/snapshotsdialog.h"

#include "ui/snapshots/snapshotsmodel.h"
#include "util/atomicfile.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dlq {

namespace {
QPushButton *namedButton(const QString &text, const char *name, const QString &tip, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QString::fromLatin1(name));
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    button->setToolTip(tip);
    button->setAutoDefault(false);
    return button;
}
} // namespace

SnapshotsDialog::SnapshotsDialog(const QString &dir, QWidget *parent)
    : QDialog(parent), m_model(new SnapshotsModel(dir, this))
{
    setObjectName(QStringLiteral("snapshotsDialog"));
    setAccessibleName(tr("Snapshots"));
    setWindowTitle(tr("Snapshots: entries saved before deleting"));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("snapshotsView"));
    m_view->setAccessibleName(tr("Saved snapshots"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("snapshotsStatusLabel"));
    m_status->setAccessibleName(tr("Snapshots status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open = namedButton(tr("&Open"), "snapshotOpenButton",
                         tr("Show the saved JSON of the selected snapshot, read-only"), this);
    m_export = namedButton(tr("&Export…"), "snapshotExportButton",
                           tr("Save a copy of the selected snapshot file"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("snapshotsCloseButton"));
    close->setAccessibleName(tr("Close"));
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] { openRow(currentRow()); });
    connect(m_export, &QPushButton::clicked, this, &SnapshotsDialog::chooseExportFile);
    connect(m_view, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SnapshotsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SnapshotsDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 360);
    updateButtons();
}

void SnapshotsDialog::reload()
{
    m_model->reload();
}

int SnapshotsDialog::currentRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void SnapshotsDialog::updateButtons()
{
    const bool any = currentRow() >= 0;
    m_open->setEnabled(any);
    m_export->setEnabled(any);
    if (m_model->rowCount() == 0)
        m_status->setText(tr("No snapshots yet. They are saved in %1 before each delete "
                             "(see Settings).")
                              .arg(QDir::toNativeSeparators(m_model->directory())));
    else if (m_status->text().isEmpty() || !any)
        m_status->setText((m_model->rowCount() == 1
                               ? tr("1 snapshot in %1.")
                               : tr("%1 snapshots in %2.").arg(m_model->rowCount()))
                              .arg(QDir::toNativeSeparators(m_model->directory())));
}

void SnapshotsDialog::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    QString error;
    if (!openSnapshotViewer(m_model->info(row).path, this, &error))
        m_status->setText(error);
}

QDialog *openSnapshotViewer(const QString &path, QWidget *parent, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = SnapshotsDialog::tr("Could not open %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return nullptr;
    }
    auto *viewer = new QDialog(parent);
    viewer->setObjectName(QStringLiteral("snapshotViewer"));
    viewer->setAccessibleName(SnapshotsDialog::tr("Snapshot"));
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->setWindowTitle(QFileInfo(path).fileName());
    auto *text = new QPlainTextEdit(viewer);
    text->setObjectName(QStringLiteral("snapshotJsonView"));
    text->setAccessibleName(SnapshotsDialog::tr("Snapshot JSON"));
    text->setReadOnly(true);
    text->setPlainText(QString::fromUtf8(file.readAll()));
    auto *layout = new QVBoxLayout(viewer);
    layout->addWidget(text);
    viewer->resize(720, 520);
    viewer->show();
    return viewer;
}

void SnapshotsDialog::chooseExportFile()
{
    const int row = currentRow();
    if (row < 0)
        return;
    auto *dialog = new QFileDialog(this, tr("Export snapshot"));
    dialog->setObjectName(QStringLiteral("snapshotExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("JSON (*.json)"));
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->selectFile(QFileInfo(m_model->info(row).path).fileName());
    const QString source = m_model->info(row).path;
    connect(dialog, &QFileDialog::fileSelected, this, [this, source](const QString &path) {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->info(r).path == source)
                exportRow(r, path);
        }
    });
    dialog->open();
}

void SnapshotsDialog::exportRow(int row, const QString &path)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    QFile file(m_model->info(row).path);
    QString error;
    if (!file.open(QIODevice::ReadOnly))
        error = file.errorString();
    else
        error = writeFileAtomically(path, file.readAll());
    if (error.isEmpty()) {
        // The copy holds the same bodies, so it keeps the same owner-only permissions.
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        m_status->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    } else {
        m_status->setText(
            tr("Could not export to %1: %2").arg(QDir::toNativeSeparators(path), error));
    }
}

} // namespace dlq
