#pragma once

#include "run/confirmrule.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dlq {

class ResultsModel;
struct Target;

// What the user is about to do, in the words the dialog uses.
struct DeleteRequest
{
    int count = 0;
    int unusual = 0; // sendable IDs that do not have the usual <ms>-<n> shape
    QString target;  // Target::description(): "qstash.upstash.io" / "the built-in sandbox (…)"
    bool sandbox = false;
    bool retry = false;    // re-sending failed or cancelled deletes
    QStringList sampleIds; // the first few, so the user sees what is going out
    QString profile;       // Target::profile
    QString profileColour;
    bool production = false; // the count must be typed, whatever it is
};

// "Profile: prod EU (production)" with a bar in the profile's colour (confirmProfileLabel).
QLabel *makeProfileLabel(const DeleteRequest &request, QWidget *parent);

DeleteRequest makeDeleteRequest(const ResultsModel &model, const QList<int> &rows,
                                const Target &target, bool retry);

// The last stop before deletes that cannot be undone. Cancel is the default button; from
// kTypeCountThreshold IDs on (any count for a production profile), the user has to type the number
// before "Delete N" unlocks. Open it with open(): it is window-modal and never runs a nested event
// loop.
class ConfirmDeleteDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kTypeCountThreshold = kTypedCountFrom;

    explicit ConfirmDeleteDialog(const DeleteRequest &request, QWidget *parent = nullptr);

    const DeleteRequest &request() const { return m_request; }
    bool requiresTypedCount() const
    {
        return dlq::requiresTypedCount(m_request.count, m_request.production);
    }
    bool isConfirmEnabled() const;
    // "Fast bulk delete" (bulkModeCheck): chunks of IDs per request, reported as counts.
    bool bulkMode() const;
    // "Reason or ticket" (confirmReasonEdit), optional, kept in the run history; trimmed.
    QString reason() const;

    static QString headline(const DeleteRequest &request);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateConfirm();

    DeleteRequest m_request;
    QLineEdit *m_countEdit = nullptr;
    QCheckBox *m_bulk;
    QLineEdit *m_reason;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
};

} // namespace dlq
