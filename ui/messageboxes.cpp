#include "messageboxes.h"

#include <QApplication>
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

QString tr(const char *text)
{
    return QCoreApplication::translate("MessageBoxes", text);
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
    box->button(QMessageBox::Yes)->setText(tr("Cancel run and close"));
    box->button(QMessageBox::Yes)->setObjectName(QStringLiteral("closeWhileRunningYesButton"));
    box->button(QMessageBox::No)->setText(tr("Keep running"));
    box->button(QMessageBox::No)->setObjectName(QStringLiteral("closeWhileRunningNoButton"));
    box->setDefaultButton(QMessageBox::No);
    box->setEscapeButton(QMessageBox::No);
    return box;
}

QMessageBox *makeNotFoundGuardBox(int count, const QString &target, QWidget *parent)
{
    QMessageBox *box = makeBox(
        QMessageBox::Question, QStringLiteral("notFoundGuardBox"), tr("Nothing found so far"),
        tr("The first %1 answers from %2 were all “Not found”. The run is paused.")
            .arg(count)
            .arg(target),
        parent);
    box->setInformativeText(tr("These IDs may belong to another region or project. Check the "
                               "server in Settings before going on."));
    QPushButton *resume = box->addButton(tr("Keep deleting"), QMessageBox::AcceptRole);
    resume->setObjectName(QStringLiteral("notFoundGuardResumeButton"));
    QPushButton *cancel = box->addButton(tr("Cancel run"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("notFoundGuardCancelButton"));
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
