#pragma once

// Driving the DLQ tab's actions as a user does: wait for the confirmation, type the count when
// it is asked for, confirm, and wait for the run to end.

#include "results/ledgermodel.h"
#include "ui/act/actchooserdialog.h"
#include "ui/act/actflow.h"
#include "ui/act/dlqactions.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace dlqact {

template<typename T> T *in(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

inline dlq::ActChooserDialog *waitChooser(dlq::DlqActions *acts)
{
    dlq::ActChooserDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = acts->chooser();
            return dialog && dialog->isVisible();
        },
        30000);
    return shown ? dialog : nullptr;
}

// The ledger the panel shows once the run has ended; empty when it did not end.
inline dlq::Ledger confirmAndWait(dlq::DlqActions *acts, dlq::ActChooserDialog *dialog)
{
    QSignalSpy finished(acts->flow(), &dlq::ActFlow::finished);
    if (auto *count = in<QLineEdit>(dialog, "actCountEdit"))
        QTest::keyClicks(count, QString::number(dialog->choice().where.count));
    QTest::mouseClick(in<QPushButton>(dialog, "actConfirmButton"), Qt::LeftButton);
    if (!finished.wait(60000))
        return {};
    return acts->flow()->ledgerModel()->ledger();
}

} // namespace dlqact
