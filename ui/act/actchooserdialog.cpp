#include "ui/act/actchooserdialog.h"

#include "ui/act/actwording.h"
#include "ui/browse/widgetnames.h"
#include "ui/uitext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace dlq {

namespace {

QLabel *textLabel(const QString &text, const char *name, QWidget *parent)
{
    auto *label = named(new QLabel(text, parent), name, text);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

ActChooserDialog::ActChooserDialog(const ActChoice &choice, QWidget *parent)
    : QDialog(parent), m_choice(choice)
{
    setObjectName(QStringLiteral("actChooserDialog"));
    setWindowTitle(choice.chooser ? tr("Resume or restart DLQ entries") : tr("Confirm action"));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);

    m_headline = textLabel(QString(), "actHeadlineLabel", this);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    layout->addWidget(m_headline);
    if (!choice.where.profile.isEmpty())
        layout->addWidget(makeProfileLabel(choice.where, this));
    if (choice.matching) {
        layout->addWidget(textLabel(
            tr("All entries that matched %1 at the preview (%2): exactly these IDs, not entries "
               "that arrive later.")
                .arg(choice.filterText,
                     QLocale().toString(choice.previewedAt.toLocalTime(), QLocale::ShortFormat)),
            "actMatchingLabel", this));
    }
    if (!choice.where.sampleIds.isEmpty()) {
        QString sample = choice.where.sampleIds.join(QStringLiteral(", "));
        if (choice.where.count > choice.where.sampleIds.size())
            sample = tr("%1 and %2 more")
                         .arg(sample)
                         .arg(choice.where.count - choice.where.sampleIds.size());
        layout->addWidget(textLabel(tr("IDs: %1").arg(sample), "actSampleLabel", this));
    }

    if (choice.chooser) {
        m_resume = named(new QRadioButton(tr("Res&ume"), this), "actResumeRadio", tr("Resume"));
        m_resume->setToolTip(tr("POST …/dlq/resume/{id}: a new run from the failed step"));
        m_restart = named(new QRadioButton(tr("Res&tart"), this), "actRestartRadio", tr("Restart"));
        m_restart->setToolTip(tr("POST …/dlq/restart/{id}: a new run from the first step"));
        (choice.call == EntryCall::Restart ? m_restart : m_resume)->setChecked(true);
        layout->addWidget(m_resume);
        layout->addWidget(textLabel(tr("Resume continues from the failed step and keeps the "
                                       "results of the steps that already completed."),
                                    "actResumeExplainLabel", this));
        layout->addWidget(m_restart);
        layout->addWidget(textLabel(tr("Restart runs the workflow again from the first step, "
                                       "with the original payload."),
                                    "actRestartExplainLabel", this));
        connect(m_resume, &QRadioButton::toggled, this, &ActChooserDialog::update);

        auto *box = new QGroupBox(tr("Overrides for the new runs (optional)"), this);
        box->setObjectName(QStringLiteral("actOverridesBox"));
        box->setAccessibleName(box->title());
        m_overridesBox = box;
        auto *form = new QFormLayout(box);
        m_retries = addOverride("actRetriesEdit", tr("Retr&ies:"), QStringLiteral("Retries"),
                                tr("0 to %1").arg(api::DlqOverrides::kMaxRetries));
        m_delay = addOverride("actDelayEdit", tr("&Delay:"), QStringLiteral("Delay"),
                              tr("e.g. 10s, 5m, 1h"));
        m_retryDelay = addOverride("actRetryDelayEdit", tr("Retry de&lay:"),
                                   QStringLiteral("Retry-Delay"), tr("e.g. 1000 * retried"));
        m_flowKey = addOverride("actFlowControlKeyEdit", tr("Flow control &key:"),
                                QStringLiteral("Flow-Control-Key"), QString());
        m_flowValue = addOverride("actFlowControlValueEdit", tr("Flow control &value:"),
                                  QStringLiteral("Flow-Control-Value"),
                                  tr("e.g. parallelism=2, rate=10, period=1m"));
        m_label = addOverride("actLabelEdit", tr("L&abel:"), QStringLiteral("Label"),
                              tr("comma-separated"));
        m_failureCallback = addOverride("actFailureCallbackEdit", tr("&Failure callback:"),
                                        QStringLiteral("Failure-Callback"), tr("https://…"));
        for (QLineEdit *edit : std::as_const(m_overrideEdits)) {
            form->addRow(edit->property("labelText").toString(), edit);
            connect(edit, &QLineEdit::textChanged, this, &ActChooserDialog::update);
        }
        layout->addWidget(box);
    }
    m_nonRetryable = textLabel(
        tr("%1 of these failed with a non-retryable error (HTTP 489); resuming them unchanged "
           "will fail again.")
            .arg(choice.nonRetryable),
        "actNonRetryableLabel", this);
    m_nonRetryable->setStyleSheet(QStringLiteral("QLabel { color: #b35900; }"));
    layout->addWidget(m_nonRetryable);
    m_problems = textLabel(QString(), "actProblemsLabel", this);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    layout->addWidget(m_problems);

    if (choice.matching && maxBulkIds(choice.call) > 0) {
        m_fast =
            named(new QCheckBox(tr("Fa&st mode (bulk, 100 per request, 50 for restart)"), this),
                  "actFastModeCheck", tr("Fast mode"));
        m_fast->setToolTip(tr("Send the frozen IDs in bulk requests of dlqIds; the answers then "
                              "do not say which new run belongs to which entry"));
        layout->addWidget(m_fast);
    }

    // Created where they are laid out, so Tab walks the dialog top to bottom.
    m_reason = named(new QLineEdit(this), "actReasonEdit", tr("Reason or ticket (optional)"));
    m_reason->setPlaceholderText(tr("e.g. INC-1234, replayed by hand"));
    m_reason->setToolTip(tr("Kept with this run in the ledger and the history; never sent"));
    m_reason->setMaxLength(500);
    layout->addWidget(buddyLabel(tr("&Reason or ticket (optional):"), m_reason, this));
    layout->addWidget(m_reason);

    if (requiresTypedCount()) {
        m_count = named(new QLineEdit(this), "actCountEdit", tr("Number of entries"));
        m_count->setToolTip(tr("Type the number of entries to unlock the button"));
        auto *row = new QHBoxLayout;
        row->addWidget(
            buddyLabel(tr("Type %1 to &confirm:").arg(choice.where.count), m_count, this));
        row->addWidget(m_count);
        row->addStretch(1);
        layout->addLayout(row);
        connect(m_count, &QLineEdit::textChanged, this, &ActChooserDialog::update);
    }
    // Height the wrapped lines do not use goes above the buttons, not between a label and its
    // field.
    layout->addStretch(1);

    m_confirm = new QPushButton(this);
    m_cancel =
        named(new QPushButton(tr("Cancel"), this), "actCancelButton", tr("Cancel, send nothing"));
    m_cancel->setToolTip(tr("Close without sending anything"));
    m_cancel->setDefault(true);
    named(m_confirm, "actConfirmButton", tr("Confirm"));
    m_confirm->setAutoDefault(true);
    m_cancel->setAutoDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (isConfirmEnabled())
            accept();
    });
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->installEventFilter(this);
    setMinimumWidth(480);
    update();
    if (m_count)
        m_count->setFocus();
    else
        m_cancel->setFocus();
}

QLineEdit *ActChooserDialog::addOverride(const char *name, const QString &label,
                                         const QString &header, const QString &placeholder)
{
    const QString full = QStringLiteral("Upstash-") + header;
    auto *edit = named(new QLineEdit(this), name, full);
    edit->setPlaceholderText(placeholder);
    edit->setToolTip(tr("Sent as the %1 header; leave empty to keep the workflow's own").arg(full));
    edit->setProperty("labelText", label);
    m_overrideEdits.append(edit);
    return edit;
}

bool ActChooserDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && qobject_cast<QLineEdit *>(watched)) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            // Enter would press the default button (Cancel) and throw away what was typed. In
            // the count it confirms once the number is right; elsewhere it moves on.
            if (watched == m_count && isConfirmEnabled())
                accept();
            else if (watched != m_count)
                focusNextChild();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

EntryCall ActChooserDialog::call() const
{
    if (!m_choice.chooser)
        return m_choice.call;
    return m_restart->isChecked() ? EntryCall::Restart : EntryCall::Resume;
}

api::DlqOverrides ActChooserDialog::overrides() const
{
    api::DlqOverrides out;
    if (!m_choice.chooser)
        return out;
    bool ok = false;
    const QString retries = m_retries->text().trimmed();
    if (!retries.isEmpty()) {
        const int value = retries.toInt(&ok);
        // Not a number: out of range on purpose, so problems() names the header.
        out.retries = ok ? value : -1;
    }
    out.delay = m_delay->text().trimmed();
    out.retryDelay = m_retryDelay->text().trimmed();
    out.flowControlKey = m_flowKey->text().trimmed();
    out.flowControlValue = m_flowValue->text().trimmed();
    for (const QString &label : m_label->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!label.trimmed().isEmpty())
            out.labels.append(label.trimmed());
    }
    out.failureCallback = m_failureCallback->text().trimmed();
    return out;
}

QStringList ActChooserDialog::problems() const
{
    return overrides().problems();
}

QString ActChooserDialog::reason() const
{
    return m_reason->text().trimmed();
}

bool ActChooserDialog::fastMode() const
{
    return m_fast && m_fast->isChecked();
}

bool ActChooserDialog::requiresTypedCount() const
{
    return dlq::requiresTypedCount(m_choice.where.count, m_choice.where.production);
}

bool ActChooserDialog::isConfirmEnabled() const
{
    return m_confirm->isEnabled();
}

void ActChooserDialog::update()
{
    const EntryCall now = call();
    const QStringList bad = problems();
    m_problems->setText(bad.join(QLatin1Char('\n')));
    m_problems->setAccessibleName(bad.isEmpty() ? tr("No problems") : bad.join(QLatin1Char(' ')));
    m_problems->setVisible(!bad.isEmpty());
    if (m_overridesBox)
        m_overridesBox->setEnabled(takesOverrides(now));
    m_nonRetryable->setVisible(now == EntryCall::Resume && m_choice.nonRetryable > 0 &&
                               overrides().isEmpty());
    const QString headline =
        actQuestion(now, nEntries(m_choice.where.count), m_choice.where.target);
    m_headline->setText(headline);
    m_headline->setAccessibleName(headline);
    m_confirm->setText(actButtonText(now, m_choice.where.count));
    m_confirm->setAccessibleName(actButtonName(now, nEntries(m_choice.where.count)));
    m_confirm->setToolTip(tr("Send the requests to %1").arg(m_choice.where.target));
    const bool typed =
        !m_count || m_count->text().trimmed() == QString::number(m_choice.where.count);
    m_confirm->setEnabled(bad.isEmpty() && typed && m_choice.where.count > 0);
}

} // namespace dlq
