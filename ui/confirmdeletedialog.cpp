#include "ui/confirmdeletedialog.h"

#include "results/resultsmodel.h"
#include "ui/targetresolver.h"
#include "ui/uitext.h"

#include <QApplication>
#include <QCheckBox>
#include <QColor>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace dlq {

namespace {
QLabel *wrappedLabel(const QString &text, const QString &name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

// The profile in its colour, so "prod EU" does not pass for "staging US" at the last stop.
QLabel *makeProfileLabel(const DeleteRequest &request, QWidget *parent)
{
    const QString text =
        request.production
            ? ConfirmDeleteDialog::tr("Profile: %1 (production)").arg(request.profile)
            : ConfirmDeleteDialog::tr("Profile: %1").arg(request.profile);
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("confirmProfileLabel"));
    label->setAccessibleName(text);
    label->setTextFormat(Qt::PlainText);
    if (QColor(request.profileColour).isValid()) {
        label->setStyleSheet(
            QStringLiteral("QLabel { border-left: 6px solid %1; padding-left: 6px; }")
                .arg(QColor(request.profileColour).name()));
    }
    return label;
}

DeleteRequest makeDeleteRequest(const ResultsModel &model, const QList<int> &rows,
                                const Target &target, bool retry)
{
    DeleteRequest request;
    request.count = int(rows.size());
    request.target = target.description();
    request.sandbox = target.sandbox;
    request.retry = retry;
    request.profile = target.profile;
    request.profileColour = target.profileColour;
    request.production = target.production;
    for (int row : rows) {
        const ResultRow &entry = model.row(row);
        if (entry.verdict.isWarning())
            ++request.unusual;
        if (request.sampleIds.size() < 3)
            request.sampleIds << entry.id;
    }
    return request;
}

QString ConfirmDeleteDialog::headline(const DeleteRequest &request)
{
    if (request.retry)
        return tr("Retry deleting %1 from %2?").arg(nEntries(request.count), request.target);
    return tr("Delete %1 from %2?").arg(nEntries(request.count), request.target);
}

ConfirmDeleteDialog::ConfirmDeleteDialog(const DeleteRequest &request, QWidget *parent)
    : QDialog(parent), m_request(request), m_bulk(new QCheckBox(this)),
      m_reason(new QLineEdit(this)), m_confirm(new QPushButton(this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("confirmDeleteDialog"));
    setWindowTitle(request.retry ? tr("Retry failed deletes?") : tr("Delete DLQ entries?"));
    setAccessibleName(windowTitle());

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()
                        ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                        .pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);

    auto *title = wrappedLabel(headline(request), QStringLiteral("confirmHeadline"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    QString undo = tr("This cannot be undone.");
    if (request.sandbox)
        undo += QLatin1Char(' ') + tr("Only the sandbox's test entries are affected.");
    text->addWidget(wrappedLabel(undo, QStringLiteral("confirmUndoLabel"), this));
    if (!request.profile.isEmpty())
        text->addWidget(makeProfileLabel(request, this));
    if (request.retry)
        text->addWidget(wrappedLabel(
            tr("These deletes failed or were cancelled in an earlier run; a cancelled one may "
               "already have been applied, in which case it now reports Not found."),
            QStringLiteral("confirmRetryLabel"), this));
    if (request.unusual > 0) {
        QString unusual;
        if (request.unusual == request.count && request.count > 1)
            unusual = tr("All of them have an unusual shape");
        else if (request.unusual == 1)
            unusual = tr("1 of them has an unusual shape");
        else
            unusual = tr("%1 of them have an unusual shape").arg(request.unusual);
        text->addWidget(wrappedLabel(
            tr("%1 (not like 1752829295505-0); they are sent exactly as typed.").arg(unusual),
            QStringLiteral("confirmUnusualLabel"), this));
    }
    if (!request.sampleIds.isEmpty()) {
        QString sample = request.sampleIds.join(QStringLiteral(", "));
        if (request.count > request.sampleIds.size())
            sample = tr("%1 and %2 more").arg(sample).arg(request.count - request.sampleIds.size());
        auto *ids =
            wrappedLabel(tr("IDs: %1").arg(sample), QStringLiteral("confirmSampleLabel"), this);
        ids->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->addWidget(ids);
    }

    // Off by default: per-ID deletes say for every ID what happened; bulk mode cannot.
    m_bulk->setObjectName(QStringLiteral("bulkModeCheck"));
    m_bulk->setText(tr("&Fast bulk delete"));
    m_bulk->setAccessibleName(tr("Fast bulk delete"));
    m_bulk->setToolTip(tr("Send up to 100 IDs per request instead of one request per ID"));
    m_bulk->setChecked(false);
    text->addWidget(m_bulk);
    auto *bulkNote = wrappedLabel(
        tr("Bulk mode sends up to 100 IDs per request and is much faster, but the server only "
           "reports how many of each chunk it deleted, not which IDs were missing: rows of a "
           "chunk with fewer deletions show “Deleted or not found”."),
        QStringLiteral("bulkModeNoteLabel"), this);
    bulkNote->setAccessibleName(tr("About bulk mode"));
    bulkNote->setIndent(
        m_bulk->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, m_bulk) +
        m_bulk->style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, m_bulk));
    text->addWidget(bulkNote);

    // Why, for whoever reads the history later ("INC-1234: replayed by hand").
    m_reason->setObjectName(QStringLiteral("confirmReasonEdit"));
    m_reason->setAccessibleName(tr("Reason or ticket (optional)"));
    m_reason->setPlaceholderText(tr("e.g. INC-1234, replayed by hand"));
    m_reason->setToolTip(tr("Kept with this run in the history; never sent to the server"));
    m_reason->setMaxLength(500);
    m_reason->installEventFilter(this);
    auto *reasonLabel = wrappedLabel(tr("&Reason or ticket (optional):"),
                                     QStringLiteral("confirmReasonLabel"), this);
    reasonLabel->setBuddy(m_reason);
    text->addWidget(reasonLabel);
    text->addWidget(m_reason);

    if (requiresTypedCount()) {
        m_countEdit = new QLineEdit(this);
        m_countEdit->setObjectName(QStringLiteral("confirmCountEdit"));
        m_countEdit->setAccessibleName(tr("Number of IDs to delete"));
        m_countEdit->setMaximumWidth(
            m_countEdit->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")) + 24);
        m_countEdit->installEventFilter(this);
        auto *typeLabel = wrappedLabel(tr("Type %1 to &confirm:").arg(request.count),
                                       QStringLiteral("confirmCountLabel"), this);
        typeLabel->setBuddy(m_countEdit);
        auto *row = new QHBoxLayout;
        row->addWidget(typeLabel);
        row->addWidget(m_countEdit);
        row->addStretch(1);
        text->addLayout(row);
        connect(m_countEdit, &QLineEdit::textChanged, this, &ConfirmDeleteDialog::updateConfirm);
    }
    // Height the wrapped lines do not use goes below the fields, not between a label and its
    // field.
    text->addStretch(1);

    m_cancel->setObjectName(QStringLiteral("confirmCancelButton"));
    m_cancel->setAccessibleName(tr("Cancel, send nothing"));
    m_cancel->setToolTip(tr("Close without sending anything"));
    m_cancel->setDefault(true);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    m_confirm->setObjectName(QStringLiteral("confirmDeleteButton"));
    m_confirm->setText(tr("Delete %1").arg(request.count));
    m_confirm->setAccessibleName(tr("Delete %1").arg(nIds(request.count)));
    m_confirm->setToolTip(tr("Send a DELETE for each of these IDs to %1").arg(request.target));
    m_confirm->setIcon(style()->standardIcon(QStyle::SP_TrashIcon, nullptr, this));
    // Cancel is the default while it (or anything but this button) has focus. Tabbing here
    // makes this the default instead, so the highlighted button is always the one Enter
    // presses: before, Cancel stayed highlighted and Enter cancelled while this had focus.
    m_confirm->setAutoDefault(true);
    m_cancel->setAutoDefault(true);
    connect(m_confirm, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_bulk, &QCheckBox::toggled, this, [this](bool bulk) {
        m_confirm->setToolTip(
            bulk ? tr("Send these IDs to %1 in bulk requests of up to 100 IDs each")
                       .arg(m_request.target)
                 : tr("Send a DELETE for each of these IDs to %1").arg(m_request.target));
    });

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    buttons->addButton(m_confirm, QDialogButtonBox::DestructiveRole);

    auto *body = new QHBoxLayout;
    body->addWidget(icon);
    body->addLayout(text, 1);
    body->setSpacing(16);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(440);

    updateConfirm();
    if (m_countEdit)
        m_countEdit->setFocus();
    else
        m_cancel->setFocus();
}

void ConfirmDeleteDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    // Wrapped lines need more height in a narrower dialog, and Qt does not grow a window for
    // that by itself: at 200 % scale the bulk explanation was cut off.
    setMinimumHeight(heightForWidth(width()));
}

bool ConfirmDeleteDialog::bulkMode() const
{
    return m_bulk->isChecked();
}

QString ConfirmDeleteDialog::reason() const
{
    return m_reason->text().trimmed();
}

bool ConfirmDeleteDialog::isConfirmEnabled() const
{
    return m_confirm->isEnabled();
}

void ConfirmDeleteDialog::updateConfirm()
{
    m_confirm->setEnabled(!m_countEdit ||
                          m_countEdit->text().trimmed() == QString::number(m_request.count));
}

bool ConfirmDeleteDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_countEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            // Typing the number is the confirmation, so Enter then means "delete". Before that,
            // Enter must neither delete nor silently throw away what the user was typing.
            if (isConfirmEnabled())
                accept();
            return true;
        }
    }
    if (watched == m_reason && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            // Enter after typing a reason would otherwise press the default button (Cancel)
            // and throw the reason away; it moves on instead, and never deletes.
            focusNextChild();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace dlq
