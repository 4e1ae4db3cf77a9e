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
// (notFoundGuardResumeButton) means keep deleting; "Cancel run" is the default.
QMessageBox *makeNotFoundGuardBox(int count, const QString &target, QWidget *parent);
// "exportErrorBox".
QMessageBox *makeErrorBox(const QString &objectName, const QString &title, const QString &text,
                          QWidget *parent);
QMessageBox *makeAboutBox(QWidget *parent);

} // namespace dlq
