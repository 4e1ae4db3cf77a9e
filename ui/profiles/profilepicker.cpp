#include "ui/profiles/profilepicker.h"

#include "settings/appsettings.h"
#include "settings/tokenstore.h"
#include "ui/resultdelegate.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>

#include <memory>

namespace dlq {

namespace {
template<typename T>
T *named(T *widget, const char *name, const QString &accessible, const QString &toolTip)
{
    widget->setObjectName(QString::fromLatin1(name));
    widget->setAccessibleName(accessible);
    widget->setToolTip(toolTip);
    return widget;
}

QLabel *noteLabel(const char *name, const QString &accessible, QWidget *parent)
{
    auto *label = named(new QLabel(parent), name, accessible, QString());
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->hide();
    return label;
}

QPushButton *button(const QString &text, const char *name, const QString &accessible,
                    const QString &toolTip, QWidget *parent)
{
    auto *b = named(new QPushButton(text, parent), name, accessible, toolTip);
    b->setAutoDefault(false);
    return b;
}
} // namespace

ProfilePicker::ProfilePicker(AppSettings *settings, TokenStore *keychain, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_keychain(keychain)
{
    setObjectName(QStringLiteral("profilePicker"));
    m_list = named(new QComboBox(this), "profileCombo", tr("Profile to edit"),
                   tr("The profile these settings belong to"));
    m_add = button(tr("A&dd"), "addProfileButton", tr("Add profile"),
                   tr("Add a new profile and edit it"), this);
    m_duplicate = button(tr("Duplicat&e"), "duplicateProfileButton", tr("Duplicate profile"),
                         tr("A new profile with this one's server, pacing and colour; paste "
                            "its token yourself"),
                         this);
    m_remove = button(tr("Remo&ve…"), "removeProfileButton", tr("Remove profile"),
                      tr("Remove this profile and its stored token, after asking"), this);
    m_name = named(new QLineEdit(this), "profileNameEdit", tr("Profile name"),
                   tr("Shown in the title, the banner and every confirmation"));
    m_nameError = noteLabel("profileNameError", tr("Profile name problem"), this);
    QPalette palette = m_nameError->palette();
    palette.setColor(QPalette::WindowText, ResultDelegate::errorColor(palette));
    m_nameError->setPalette(palette);
    m_note = noteLabel("profileNote", tr("Profile note"), this);
    m_colourButton = button(QString(), "profileColourButton", tr("Profile colour"),
                            tr("The colour of this profile in the banner and confirmations"), this);
    m_noColour = button(tr("No colour"), "profileNoColourButton", tr("No profile colour"),
                        tr("Show this profile without a colour"), this);
    m_production =
        named(new QCheckBox(tr("Pr&oduction: every delete asks for the typed count"), this),
              "productionCheck", tr("Production profile"),
              tr("Name this profile as production everywhere and ask for the typed "
                 "count before every delete, however few IDs"));

    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addWidget(m_add);
    listRow->addWidget(m_duplicate);
    listRow->addWidget(m_remove);
    auto *colourRow = new QHBoxLayout;
    colourRow->addWidget(m_colourButton);
    colourRow->addWidget(m_noColour);
    colourRow->addStretch(1);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto *listLabel = new QLabel(tr("Pro&file:"), this);
    listLabel->setBuddy(m_list);
    form->addRow(listLabel, listRow);
    form->addRow(QString(), m_note);
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(QString(), m_nameError);
    auto *colourLabel = new QLabel(tr("Co&lour:"), this);
    colourLabel->setBuddy(m_colourButton);
    form->addRow(colourLabel, colourRow);
    form->addRow(QString(), m_production);

    connect(m_list, &QComboBox::activated, this, [this] {
        m_note->hide();
        Q_EMIT selectionChanged(selectedProfile());
    });
    connect(m_add, &QPushButton::clicked, this, &ProfilePicker::addProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &ProfilePicker::duplicateProfile);
    connect(m_remove, &QPushButton::clicked, this, &ProfilePicker::askToRemove);
    connect(m_colourButton, &QPushButton::clicked, this, &ProfilePicker::chooseColour);
    connect(m_noColour, &QPushButton::clicked, this, [this] {
        m_colour.clear();
        showColour();
        Q_EMIT edited();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        showNameProblem();
        Q_EMIT edited();
    });
    connect(m_production, &QCheckBox::clicked, this, &ProfilePicker::edited);
    fillList(m_settings->currentProfile());
}

QString ProfilePicker::selectedProfile() const
{
    return m_list->currentText();
}

void ProfilePicker::fillList(const QString &select)
{
    m_list->clear();
    m_list->addItems(m_settings->profileNames());
    const int index = m_list->findText(select);
    m_list->setCurrentIndex(qMax(index, 0));
}

void ProfilePicker::showProfile(const AppSettings *edit)
{
    m_name->setText(edit->currentProfile());
    m_colour = edit->profileColour();
    m_production->setChecked(edit->isProduction());
    showColour();
    showNameProblem();
}

QString ProfilePicker::nameProblem() const
{
    return m_settings->checkProfileName(m_name->text(), selectedProfile());
}

void ProfilePicker::showNameProblem()
{
    const QString problem = nameProblem();
    m_nameError->setText(problem);
    m_nameError->setVisible(!problem.isEmpty());
}

void ProfilePicker::applyTo(AppSettings *edit)
{
    edit->setProfileColour(m_colour);
    edit->setProduction(m_production->isChecked());
    const QString name = m_name->text().trimmed();
    if (name != selectedProfile() && m_settings->renameProfile(selectedProfile(), name).isEmpty())
        fillList(name);
}

void ProfilePicker::setLocked(bool locked)
{
    for (QWidget *w : {static_cast<QWidget *>(m_list), static_cast<QWidget *>(m_add),
                       static_cast<QWidget *>(m_duplicate), static_cast<QWidget *>(m_remove)})
        w->setEnabled(!locked);
    if (locked) {
        m_note->setText(tr("Save or cancel the changes to “%1” before choosing, adding or "
                           "removing a profile.")
                            .arg(selectedProfile()));
    }
    m_note->setVisible(locked);
}

QString ProfilePicker::unusedName(const QString &base) const
{
    QString name = base;
    for (int n = 2; !m_settings->checkProfileName(name).isEmpty(); ++n)
        name = tr("%1 %2").arg(base).arg(n);
    return name;
}

void ProfilePicker::addProfile()
{
    const QString name = unusedName(tr("New profile"));
    takeNewProfile(name, m_settings->addProfile(name));
}

void ProfilePicker::duplicateProfile()
{
    const QString from = selectedProfile();
    const QString name = unusedName(tr("%1 copy").arg(from));
    takeNewProfile(name, m_settings->duplicateProfile(from, name));
}

void ProfilePicker::takeNewProfile(const QString &name, const QString &error)
{
    if (!error.isEmpty()) {
        m_note->setText(error);
        m_note->show();
        return;
    }
    fillList(name);
    Q_EMIT selectionChanged(name);
    // The made-up name is a placeholder: the user types over it.
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void ProfilePicker::askToRemove()
{
    const QString name = selectedProfile();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove profile"),
                                tr("Remove the profile “%1” and its stored token?").arg(name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("removeProfileBox"));
    box->setAccessibleName(tr("Remove profile"));
    QPushButton *yes = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("removeProfileConfirmButton"));
    QPushButton *no = box->addButton(QMessageBox::Cancel);
    no->setObjectName(QStringLiteral("removeProfileCancelButton"));
    box->setDefaultButton(no);
    m_removeBox = box;
    connect(box, &QMessageBox::finished, this, [this, box, yes, name] {
        box->deleteLater(); // answered; a later Remove… asks anew
        if (box->clickedButton() == yes)
            remove(name);
    });
    box->open();
}

void ProfilePicker::remove(const QString &name)
{
    // The key is only known while the profile exists.
    const std::unique_ptr<AppSettings> removed(m_settings->profileView(name, nullptr));
    const QString key = removed ? removed->tokenKey() : QString();
    const QString error = m_settings->removeProfile(name);
    if (!error.isEmpty()) {
        m_note->setText(error);
        m_note->show();
        return;
    }
    // Its token must not outlive it (a profile added later could get the same entry).
    if (m_keychain && !key.isEmpty())
        m_keychain->remove(key);
    fillList(m_settings->currentProfile());
    m_note->setText(tr("Removed the profile “%1”.").arg(name));
    m_note->show();
    Q_EMIT selectionChanged(selectedProfile());
}

void ProfilePicker::chooseColour()
{
    if (m_colourDialog)
        return;
    auto *dialog = new QColorDialog(QColor(m_colour), this);
    dialog->setObjectName(QStringLiteral("profileColourDialog"));
    dialog->setAccessibleName(tr("Profile colour"));
    m_colourDialog = dialog;
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    connect(dialog, &QColorDialog::colorSelected, this, [this](const QColor &colour) {
        if (!colour.isValid())
            return;
        m_colour = colour.name();
        showColour();
        Q_EMIT edited();
    });
    dialog->open();
}

void ProfilePicker::showColour()
{
    const bool none = m_colour.isEmpty();
    m_colourButton->setText(none ? tr("Choose…") : m_colour);
    m_colourButton->setIcon(QIcon());
    if (!none) {
        QPixmap swatch(16, 16);
        swatch.fill(QColor(m_colour));
        m_colourButton->setIcon(QIcon(swatch));
    }
    m_noColour->setEnabled(!none);
}

} // namespace dlq
