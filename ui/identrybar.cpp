#include "ui/identrybar.h"

#include "results/resultsmodel.h"
#include "ui/actionbutton.h"
#include "ui/idintake.h"
#include "ui/resultdelegate.h"
#include "ui/uitext.h"

#include <QAction>
#include <QClipboard>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>

namespace dlq {

IdEntryBar::IdEntryBar(QAction *importAction, QWidget *parent)
    : QWidget(parent), m_entry(new QLineEdit(this)), m_addButton(new QPushButton(tr("Add"), this)),
      m_importButton(makeActionButton(importAction, QStringLiteral("importButton"),
                                      tr("Import IDs from a file"), this)),
      m_summary(new QLabel(this)), m_errors(new QLabel(this)), m_busy(new QProgressBar(this)),
      m_cancelButton(new QPushButton(tr("Cancel"), this)), m_intake(new IdIntake(this))
{
    m_entry->setObjectName(QStringLiteral("idEntry"));
    m_entry->setAccessibleName(tr("DLQ IDs to add"));
    m_entry->setPlaceholderText(tr("Type or paste DLQ IDs and press Enter"));
    m_entry->setToolTip(tr("Separate several IDs with spaces, commas or new lines"));
    m_entry->setClearButtonEnabled(true);
    // Files dropped here belong to the window's import, not into the line as a path.
    m_entry->setAcceptDrops(false);
    m_entry->installEventFilter(this);
    connect(m_entry, &QLineEdit::returnPressed, this, &IdEntryBar::submit);

    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_addButton->setAccessibleName(tr("Add IDs"));
    m_addButton->setToolTip(tr("Add the IDs typed in the line to the list (Enter)"));
    m_addButton->setAutoDefault(false);
    connect(m_addButton, &QPushButton::clicked, this, &IdEntryBar::submit);

    m_summary->setObjectName(QStringLiteral("parseSummaryLabel"));
    m_summary->setAccessibleName(tr("Last added"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true); // a long message must not widen the window
    m_summary->setText(tr("Nothing added yet. Paste IDs with Ctrl+V anywhere in the window, or "
                          "drop a .txt, .csv or .json file."));

    m_errors->setObjectName(QStringLiteral("importErrorLabel"));
    m_errors->setAccessibleName(tr("Import problems"));
    m_errors->setTextFormat(Qt::PlainText);
    m_errors->setWordWrap(true);
    QPalette errorPalette = m_errors->palette();
    errorPalette.setColor(QPalette::WindowText, ResultDelegate::errorColor(errorPalette));
    m_errors->setPalette(errorPalette);
    m_errors->setVisible(false);

    // An indeterminate bar: the parse runs on a worker thread, and the bar moving proves the
    // window is alive while it does.
    m_busy->setObjectName(QStringLiteral("parseBusyIndicator"));
    m_busy->setAccessibleName(tr("Reading IDs"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(fontMetrics().height());
    m_busy->setVisible(false);

    m_cancelButton->setObjectName(QStringLiteral("cancelParseButton"));
    m_cancelButton->setAccessibleName(tr("Cancel reading IDs"));
    m_cancelButton->setToolTip(tr("Stop reading the pasted or imported IDs; nothing is added"));
    m_cancelButton->setAutoDefault(false);
    m_cancelButton->setVisible(false);
    connect(m_cancelButton, &QPushButton::clicked, m_intake, &IdIntake::cancel);

    connect(m_intake, &IdIntake::busyChanged, this, &IdEntryBar::showBusy);
    connect(m_intake, &IdIntake::finished, this,
            [this](const QString &summary, const QStringList &errors, const QString &status) {
                showOutcome(summary, errors, status);
            });

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_entry, 0, 0);
    layout->addWidget(m_addButton, 0, 1);
    layout->addWidget(m_importButton, 0, 2);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->setContentsMargins(0, 0, 0, 0);
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_busy);
    summaryRow->addWidget(m_cancelButton);
    layout->addLayout(summaryRow, 1, 0, 1, 3);
    layout->addWidget(m_errors, 2, 0, 1, 3);
    layout->setColumnStretch(0, 1);
}

void IdEntryBar::setModel(ResultsModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_intake->setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsRemoved, this, &IdEntryBar::describeList);
    connect(model, &QAbstractItemModel::modelReset, this, &IdEntryBar::describeList);
    // Rows the intake adds get its own summary when it finishes; others (a restored session)
    // are described here.
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_intake->isBusy())
            describeList();
    });
}

void IdEntryBar::describeList()
{
    if (!m_intake->isBusy())
        m_summary->setText(listDescription());
}

QString IdEntryBar::listDescription() const
{
    const int rows = m_model ? m_model->rowCount() : 0;
    return rows > 0 ? tr("%1 in the list.").arg(nIds(rows))
                    : tr("The list is empty. Paste IDs with Ctrl+V anywhere in the window, or "
                         "drop a .txt, .csv or .json file.");
}

void IdEntryBar::clearEntry()
{
    m_entry->clear();
}

void IdEntryBar::showParseSummary(const QString &summary)
{
    m_summary->setText(summary);
}

void IdEntryBar::showImportErrors(const QStringList &errors)
{
    m_errors->setText(errors.join(QLatin1Char('\n')));
    m_errors->setVisible(!errors.isEmpty());
}

void IdEntryBar::showBusy(bool busy, const QString &what)
{
    m_busy->setVisible(busy);
    m_cancelButton->setVisible(busy);
    if (busy)
        m_summary->setText(what);
}

void IdEntryBar::showOutcome(const QString &summary, const QStringList &errors,
                             const QString &status)
{
    // Nothing added (a refused file): the busy text ("Adding 0 IDs…") must not stay.
    m_summary->setText(summary.isEmpty() ? listDescription() : summary);
    showImportErrors(errors);
    if (!status.isEmpty())
        Q_EMIT statusMessage(status, 10000);
}

bool IdEntryBar::isListPaste(const QString &text)
{
    const QString trimmed = text.trimmed();
    for (const QChar c : trimmed) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char(',') ||
            c == QLatin1Char(';') || c == QLatin1Char('\t') || c == QLatin1Char(' '))
            return true;
    }
    return false;
}

bool IdEntryBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_entry && event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Paste) &&
            isListPaste(QGuiApplication::clipboard()->text())) {
            // Leave the override unaccepted so the window's "Paste IDs" shortcut runs.
            key->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void IdEntryBar::submit()
{
    const QString text = m_entry->text();
    if (text.trimmed().isEmpty())
        return;
    Q_EMIT submitted(text);
}

} // namespace dlq
