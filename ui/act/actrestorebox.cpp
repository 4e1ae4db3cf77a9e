#include "ui/act/actrestorebox.h"
#include "util/translate.h"

#include "ui/uitext.h"

#include <QDate>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace dlq {

namespace {

QString whenText(const QDateTime &utc)
{
    if (!utc.isValid())
        return dlq::tr("at an unknown time");
    const QDateTime local = utc.toLocalTime();
    return local.toString(local.date() == QDate::currentDate()
                              ? QStringLiteral("HH:mm")
                              : QStringLiteral("yyyy-MM-dd HH:mm"));
}

// One whole sentence per action, as actwording.h explains.
QString firstSentence(EntryCall call, const QString &entries, const QString &host,
                      const QString &when)
{
    switch (call) {
    case EntryCall::Resume:
        return dlq::tr("Continue the interrupted resume of %1 on %2, started %3?")
            .arg(entries, host, when);
    case EntryCall::Restart:
        return dlq::tr("Continue the interrupted restart of %1 on %2, started %3?")
            .arg(entries, host, when);
    case EntryCall::Callback:
        return dlq::tr("Continue retrying the failure callback of %1 on %2, started %3?")
            .arg(entries, host, when);
    case EntryCall::CancelCallback:
        return dlq::tr("Continue cancelling the failure callback of %1 on %2, started %3?")
            .arg(entries, host, when);
    case EntryCall::Delete:
    case EntryCall::Get:
        break;
    }
    return dlq::tr("Continue the interrupted delete of %1 on %2, started %3?")
        .arg(entries, host, when);
}

} // namespace

QString actRestoreQuestion(const InterruptedAct &interrupted)
{
    const QDateTime started =
        interrupted.startedAt().isValid() ? interrupted.startedAt() : interrupted.savedAt;
    const QString host =
        interrupted.host().isEmpty() ? dlq::tr("an unknown server") : interrupted.host();
    QString text = firstSentence(interrupted.plan.call, nEntries(interrupted.total()), host,
                                 whenText(started));
    const QString done = QLocale().toString(interrupted.settled());
    const int inFlight = interrupted.inFlight();
    const bool looksUp =
        interrupted.plan.call == EntryCall::Resume || interrupted.plan.call == EntryCall::Restart;
    text += QLatin1Char(' ');
    if (inFlight == 0)
        text += dlq::tr("%1 done, nothing was in flight.").arg(done);
    else if (looksUp)
        text +=
            dlq::tr("%1 done; %n were in flight and will be looked up first.", nullptr, inFlight)
                .arg(done);
    else
        text += dlq::tr("%1 done; %n were in flight and will be sent again.", nullptr, inFlight)
                    .arg(done);
    return text;
}

QMessageBox *makeActRestoreBox(const InterruptedAct &interrupted, const QString &details,
                               QWidget *parent)
{
    const QString title = dlq::tr("Interrupted action found");
    auto *box = new QMessageBox(QMessageBox::Question, title, actRestoreQuestion(interrupted),
                                QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("actRestoreBox"));
    box->setAccessibleName(title);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(details);
    QPushButton *go = box->addButton(dlq::tr("Continue"), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("actRestoreContinueButton"));
    go->setAccessibleName(dlq::tr("Continue the interrupted action"));
    go->setToolTip(dlq::tr("Show the action's ledger and send what is left; nothing that was "
                           "confirmed is sent again"));
    QPushButton *forget = box->addButton(dlq::tr("Forget it"), QMessageBox::DestructiveRole);
    forget->setObjectName(QStringLiteral("actRestoreForgetButton"));
    forget->setAccessibleName(dlq::tr("Forget the interrupted action"));
    forget->setToolTip(dlq::tr("Delete the record of the interrupted action; what is left of it "
                               "is not sent"));
    box->setDefaultButton(go);
    return box;
}

QMessageBox *makeActRestoreRefusedBox(const QString &text, QWidget *parent)
{
    const QString title = dlq::tr("Interrupted action not continued");
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("actRestoreRefusedBox"));
    box->setAccessibleName(title);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    QPushButton *close = box->addButton(QMessageBox::Close);
    close->setObjectName(QStringLiteral("actRestoreRefusedCloseButton"));
    close->setAccessibleName(dlq::tr("Close"));
    return box;
}

} // namespace dlq
