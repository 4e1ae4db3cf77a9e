#pragma once

#include "api/dlqoverrides.h"
#include "api/dlqrequests.h"
#include "ui/confirmdeletedialog.h"

#include <QDateTime>
#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace dlq {

// What the confirmation of an action shows.
struct ActChoice
{
    EntryCall call = EntryCall::Resume;
    // Resume or Restart may be switched here and overrides set; otherwise the dialog only
    // confirms `call` (callback retry or cancel, delete).
    bool chooser = true;
    DeleteRequest where;  // count, host, profile, sample IDs; the same words as a delete
    int nonRetryable = 0; // entries that failed with 489 / a non-retryable error
    // "All matching": the filter in words and when it was previewed; fast mode is offered.
    bool matching = false;
    QString filterText;
    QDateTime previewedAt;
};

// The one confirmation for resume, restart, callback retry and cancel, and delete by filter:
// Resume vs Restart in one sentence each, the count, host and profile, optional overrides
// checked before anything is sent (problems shown, OK disabled), a reason, and the typed
// count when the rule asks for it. Open it with open().
class ActChooserDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ActChooserDialog(const ActChoice &choice, QWidget *parent = nullptr);

    const ActChoice &choice() const { return m_choice; }
    EntryCall call() const;
    // What the fields say; problems() lists what cannot be sent.
    api::DlqOverrides overrides() const;
    QStringList problems() const;
    QString reason() const;
    bool fastMode() const;
    bool isConfirmEnabled() const;
    bool requiresTypedCount() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *addOverride(const char *name, const QString &label, const QString &header,
                           const QString &placeholder);
    void update();

    ActChoice m_choice;
    QRadioButton *m_resume = nullptr;
    QRadioButton *m_restart = nullptr;
    QList<QLineEdit *> m_overrideEdits;
    QLineEdit *m_retries = nullptr;
    QLineEdit *m_delay = nullptr;
    QLineEdit *m_retryDelay = nullptr;
    QLineEdit *m_flowKey = nullptr;
    QLineEdit *m_flowValue = nullptr;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_failureCallback = nullptr;
    QWidget *m_overridesBox = nullptr;
    QLabel *m_headline;
    QLabel *m_problems;
    QLabel *m_nonRetryable;
    QLineEdit *m_reason;
    QLineEdit *m_count = nullptr;
    QCheckBox *m_fast = nullptr;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
};

} // namespace dlq
