#pragma once

#include <QString>

class QMessageBox;
class QWidget;

namespace dlq {

// Message boxes the window opens with open(): window-modal, deleted on close, no nested event
// loop. The caller connects to finished() and asks clickedButton().

// A run stopped early ("tokenRejectedBox", "quotaExhaustedBox"). With `settingsButton`, an
// "Open settings…" button (ActionRole) next to Close.
QMessageBox *makeRunStoppedBox(const QString &objectName, const QString &title, const QString &text,
                               bool settingsButton, QWidget *parent);
// "closeWhileRunningBox": Yes cancels the run and closes; No (the default) keeps it running.
QMessageBox *makeCloseWhileRunningBox(int done, int total, QWidget *parent);
// "notFoundGuardBox": the run paused itself because every answer so far was 404. Accepted
// (notFoundGuardResumeButton, "Continue") means keep deleting; "Stop" is the default.
QMessageBox *makeNotFoundGuardBox(int count, const QString &target, QWidget *parent);
// "targetChangedBox": the list holds results from `oldTarget`. AcceptRole
// (targetChangedResetButton) resets them to Pending; "Keep" (RejectRole) is the default.
QMessageBox *makeTargetChangedBox(const QString &oldTarget, const QString &newTarget,
                                  QWidget *parent);
// "restoreSessionBox": AcceptRole (restoreSessionRestoreButton, the default) restores;
// DestructiveRole (restoreSessionDiscardButton) discards. Neither Escape nor the title bar's
// close button answers it: discarding must be a deliberate click.
QMessageBox *makeRestoreSessionBox(const QString &text, const QString &details, QWidget *parent);
// "sessionWarningBox": what could not be recovered from the previous session.
QMessageBox *makeSessionWarningBox(const QString &text, QWidget *parent);
// "exportScopeBox": a filter hides rows. exportScopeShownButton (AcceptRole, the default) exports
// the `shown` rows, exportScopeAllButton (ActionRole) all `total`; Cancel exports nothing.
QMessageBox *makeExportScopeBox(int shown, int total, QWidget *parent);
// Results that were never exported would be lost ("discardResultsBox", "quitUnexportedBox").
// DestructiveRole (<objectName>ConfirmButton, labelled `confirm`) goes ahead; Cancel
// (<objectName>CancelButton, the default and Escape) keeps them.
QMessageBox *makeDiscardResultsBox(const QString &objectName, const QString &title,
                                   const QString &text, const QString &confirm, QWidget *parent);
// "exportErrorBox".
QMessageBox *makeErrorBox(const QString &objectName, const QString &title, const QString &text,
                          QWidget *parent);
QMessageBox *makeAboutBox(QWidget *parent);

} // namespace dlq
