#pragma once

#include "run/actjournal.h"

#include <QString>

class QMessageBox;
class QWidget;

namespace dlq {

// "Continue the interrupted resume of 240 DLQ entries on qstash.upstash.io, started 14:02?
// 120 done; 3 were in flight and will be looked up first."
QString actRestoreQuestion(const InterruptedAct &interrupted);

// The question, non-modal (open() it): Continue (AcceptRole, "actRestoreContinueButton") and
// Forget it (DestructiveRole, "actRestoreForgetButton"). Escape picks neither: closing the box
// is no decision, and the journal stays. `details`: the informative text (warnings, a target
// that differs).
QMessageBox *makeActRestoreBox(const InterruptedAct &interrupted, const QString &details,
                               QWidget *parent);

// Why Continue did nothing ("actRestoreRefusedBox"), with a Close button.
QMessageBox *makeActRestoreRefusedBox(const QString &text, QWidget *parent);

} // namespace dlq
