#include "ui/messageboxes.h"

#include "util/translate.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>

namespace dlq {

namespace {
QMessageBox *makeBox(QMessageBox::Icon icon, const QString &objectName, const QString &title,
                     const QString &text, QWidget *parent)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(objectName);
    box->setAccessibleName(title);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    return box;
}

} // namespace

QMessageBox *makeRunStoppedBox(const QString &objectName, const QString &title, const QString &text,
                               bool settingsButton, QWidget *parent)
{
    QMessageBox *box = makeBox(QMessageBox::Warning, objectName, title, text, parent);
    if (settingsButton) {
        QPushButton *settings = box->addButton(tr("Open settings…"), QMessageBox::ActionRole);
        settings->setObjectName(objectName + QStringLiteral("SettingsButton"));
    }
    QPushButton *close = box->addButton(QMessageBox::Close);
    close->setObjectName(objectName + QStringLiteral("CloseButton"));
    box->setDefaultButton(close);
    return box;
}

QMessageBox *makeCloseWhileRunningBox(int done, int total, QWidget *parent)
{
    QMessageBox *box = makeBox(
        QMessageBox::Question, QStringLiteral("closeWhileRunningBox"), tr("Delete run in progress"),
        tr("A delete run is in progress (%1 of %2 done). Cancel it and close?")
            .arg(done)
            .arg(total),
        parent);
    box->setInformativeText(tr("Deletes already sent cannot be called back; the rest are not "
                               "sent."));
    box->setStandardButtons(QMessageBox::Yes | QMessageBox::No);
    // Some styles put a green tick on Yes and a red sign on No, which here would praise
    // stopping the run and warn against keeping it: the words say enough.
    box->button(QMessageBox::Yes)->setText(tr("Cancel run and close"));
    box->button(QMessageBox::Yes)->setIcon(QIcon());
    box->button(QMessageBox::Yes)->setObjectName(QStringLiteral("closeWhileRunningYesButton"));
    box->button(QMessageBox::No)->setText(tr("Keep running"));
    box->button(QMessageBox::No)->setIcon(QIcon());
    box->button(QMessageBox::No)->setObjectName(QStringLiteral("closeWhileRunningNoButton"));
    box->setDefaultButton(QMessageBox::No);
    box->setEscapeButton(QMessageBox::No);
    return box;
}

QMessageBox *makeNotFoundGuardBox(int count, const QString &target, QWidget *parent)
{
    QMessageBox *box = makeBox(QMessageBox::Question, QStringLiteral("notFoundGuardBox"),
                               tr("Nothing found so far"),
                               tr("None of the first %1 IDs exist on %2 — wrong region or project?")
                                   .arg(count)
                                   .arg(target),
                               parent);
    box->setInformativeText(tr("The run is paused. Continue sends the rest; Stop marks them "
                               "Not sent. The server can be checked in Settings."));
    QPushButton *resume = box->addButton(tr("Continue"), QMessageBox::AcceptRole);
    resume->setObjectName(QStringLiteral("notFoundGuardResumeButton"));
    resume->setAccessibleName(tr("Continue deleting"));
    resume->setToolTip(tr("Send the remaining IDs to %1 anyway").arg(target));
    QPushButton *cancel = box->addButton(tr("Stop"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("notFoundGuardCancelButton"));
    cancel->setAccessibleName(tr("Stop the run"));
    cancel->setToolTip(tr("Send nothing more; the rest are marked Not sent"));
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    return box;
}

QMessageBox *makeTargetChangedBox(const QString &oldTarget, const QString &newTarget,
                                  QWidget *parent)
{
    QMessageBox *box = makeBox(QMessageBox::Question, QStringLiteral("targetChangedBox"),
                               tr("Results from another server"),
                               tr("The list shows results from %1. Reset them to Pending so they "
                                  "can be sent to %2?")
                                   .arg(oldTarget, newTarget),
                               parent);
    box->setInformativeText(tr("Rows marked Deleted or Not found there are otherwise not sent "
                               "again."));
    QPushButton *reset = box->addButton(tr("Reset to Pending"), QMessageBox::AcceptRole);
    reset->setObjectName(QStringLiteral("targetChangedResetButton"));
    reset->setAccessibleName(tr("Reset results to Pending"));
    reset->setToolTip(tr("Forget the results from %1 so “Delete” sends these IDs to %2")
                          .arg(oldTarget, newTarget));
    QPushButton *keep = box->addButton(tr("Keep results"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("targetChangedKeepButton"));
    keep->setAccessibleName(tr("Keep results"));
    keep->setToolTip(tr("Leave the list as it is"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    return box;
}

QMessageBox *makeRestoreSessionBox(const QString &text, const QString &details, QWidget *parent)
{
    QMessageBox *box = makeBox(QMessageBox::Question, QStringLiteral("restoreSessionBox"),
                               tr("Previous session found"), text, parent);
    box->setInformativeText(details);
    QPushButton *restore = box->addButton(tr("Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreSessionRestoreButton"));
    restore->setAccessibleName(tr("Restore the previous session"));
    restore->setToolTip(tr("Show the previous list with its results; unfinished IDs wait for "
                           "“Delete”"));
    QPushButton *discard = box->addButton(tr("Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("restoreSessionDiscardButton"));
    discard->setAccessibleName(tr("Discard the previous session"));
    discard->setToolTip(tr("Start with an empty list; the saved session is deleted"));
    box->setDefaultButton(restore);
    return box;
}

QMessageBox *makeSessionWarningBox(const QString &text, QWidget *parent)
{
    QMessageBox *box = makeBox(QMessageBox::Warning, QStringLiteral("sessionWarningBox"),
                               tr("Previous session damaged"), text, parent);
    QPushButton *close = box->addButton(QMessageBox::Close);
    close->setObjectName(QStringLiteral("sessionWarningCloseButton"));
    close->setAccessibleName(tr("Close"));
    close->setToolTip(tr("Close this message"));
    return box;
}

QMessageBox *makeExportScopeBox(int shown, int total, QWidget *parent)
{
    QMessageBox *box =
        makeBox(QMessageBox::Question, QStringLiteral("exportScopeBox"), tr("Export results"),
                tr("The filter shows %1 of %2 rows. Export only the rows shown, or all rows?")
                    .arg(shown)
                    .arg(total),
                parent);
    QPushButton *shownButton =
        box->addButton(tr("Export %1 shown").arg(shown), QMessageBox::AcceptRole);
    shownButton->setObjectName(QStringLiteral("exportScopeShownButton"));
    shownButton->setAccessibleName(tr("Export the rows shown"));
    shownButton->setToolTip(tr("Write only the rows the filter shows"));
    QPushButton *all = box->addButton(tr("Export all %1").arg(total), QMessageBox::ActionRole);
    all->setObjectName(QStringLiteral("exportScopeAllButton"));
    all->setAccessibleName(tr("Export all rows"));
    all->setToolTip(tr("Write every row of the list, hidden ones included"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("exportScopeCancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    box->setDefaultButton(shownButton);
    box->setEscapeButton(cancel);
    return box;
}

QMessageBox *makeDiscardResultsBox(const QString &objectName, const QString &title,
                                   const QString &text, const QString &confirm, QWidget *parent)
{
    QMessageBox *box = makeBox(QMessageBox::Warning, objectName, title, text, parent);
    box->setInformativeText(tr("Export them first to keep a record of what was deleted."));
    QPushButton *go = box->addButton(confirm, QMessageBox::DestructiveRole);
    go->setObjectName(objectName + QStringLiteral("ConfirmButton"));
    go->setAccessibleName(confirm);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(objectName + QStringLiteral("CancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    return box;
}

QMessageBox *makeErrorBox(const QString &objectName, const QString &title, const QString &text,
                          QWidget *parent)
{
    QMessageBox *box = makeBox(QMessageBox::Warning, objectName, title, text, parent);
    box->setStandardButtons(QMessageBox::Close);
    return box;
}

QMessageBox *makeAboutBox(QWidget *parent)
{
    QMessageBox *box = makeBox(
        QMessageBox::NoIcon, QStringLiteral("aboutBox"), tr("About DLQ Manager"),
        tr("DLQ Manager %1\n\n"
           "Deletes Upstash Workflow Dead Letter Queue entries by ID.\n\n"
           "The token is kept in your settings file (readable only by you) and is sent only "
           "to the server shown at the top of the window. The built-in sandbox lets you try "
           "everything without touching a real queue.")
            .arg(QStringLiteral(DLQ_VERSION)),
        parent);
    box->setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    box->setStandardButtons(QMessageBox::Close);
    return box;
}

} // namespace dlq
