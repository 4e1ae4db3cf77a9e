#include "ui/profiles/profileswitcher.h"

#include "settings/appsettings.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSignalBlocker>

namespace dlq {

namespace {
constexpr int kStatusMs = 10000;
}

ProfileSwitcher::ProfileSwitcher(AppSettings *settings, std::function<QString()> busy,
                                 QWidget *parent)
    : QWidget(parent), m_settings(settings), m_busy(std::move(busy)), m_combo(new QComboBox(this))
{
    setObjectName(QStringLiteral("profileSwitcherBox"));
    m_combo->setObjectName(QStringLiteral("profileSwitcher"));
    m_combo->setAccessibleName(tr("Profile"));
    m_combo->setToolTip(tr("The profile in use: its server, token and pacing. Switching is "
                           "refused while a run is going"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // The window's mnemonics are all taken (File, Edit…); a shortcut of its own instead.
    auto *label = new QLabel(tr("Profile:"), this);
    label->setBuddy(m_combo);
    auto *focus = new QAction(this);
    focus->setObjectName(QStringLiteral("chooseProfileAction"));
    focus->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(focus, &QAction::triggered, this, [this] {
        m_combo->setFocus(Qt::ShortcutFocusReason);
        m_combo->showPopup();
    });
    addAction(focus);
    m_combo->setToolTip(m_combo->toolTip() + tr(" (Ctrl+Shift+P)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    refresh();
    connect(m_settings, &AppSettings::changed, this, &ProfileSwitcher::refresh);
    connect(m_combo, &QComboBox::activated, this, &ProfileSwitcher::choose);
}

void ProfileSwitcher::refresh()
{
    const QSignalBlocker quiet(m_combo);
    const QStringList names = m_settings->profileNames();
    QStringList shown;
    for (int i = 0; i < m_combo->count(); ++i)
        shown << m_combo->itemText(i);
    if (shown != names) {
        m_combo->clear();
        m_combo->addItems(names);
    }
    m_combo->setCurrentIndex(qMax(0, m_combo->findText(m_settings->currentProfile())));
}

void ProfileSwitcher::choose(int index)
{
    const QString name = m_combo->itemText(index);
    if (name == m_settings->currentProfile())
        return;
    const QString busy = m_busy ? m_busy() : QString();
    // The core refuses during a run as well; a load in the DLQ tab is the window's to know.
    const QString error = busy.isEmpty()
                              ? m_settings->switchProfile(name, false)
                              : tr("Cannot switch to the profile “%1” while %2; stop it or wait "
                                   "until it ends.")
                                    .arg(name, busy);
    if (!error.isEmpty()) {
        refuse(error);
        return;
    }
    Q_EMIT switched();
    Q_EMIT statusMessage(tr("Profile “%1” is in use.").arg(name), kStatusMs);
}

void ProfileSwitcher::refuse(const QString &why)
{
    refresh(); // back to the profile still in use
    Q_EMIT statusMessage(why, kStatusMs);
    if (m_refusedBox)
        m_refusedBox->done(QMessageBox::Ok); // an older refusal: this one replaces it
    auto *box = new QMessageBox(QMessageBox::Information, tr("Profile not switched"), why,
                                QMessageBox::Ok, window());
    box->setObjectName(QStringLiteral("profileSwitchRefusedBox"));
    box->setAccessibleName(tr("Profile not switched"));
    m_refusedBox = box;
    connect(box, &QMessageBox::finished, box, &QObject::deleteLater);
    box->open();
}

} // namespace dlq
