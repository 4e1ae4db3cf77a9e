#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QColorDialog;
class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;

namespace dlq {

class AppSettings;
class TokenStore;

// The top of the settings dialog: which profile the dialog edits (add, duplicate, remove with a
// confirmation; these act at once) and that profile's name, colour and production flag (saved
// with the rest of the dialog). While the dialog holds unsaved changes the list is locked, so
// they are never silently dropped by picking another profile.
class ProfilePicker : public QWidget
{
    Q_OBJECT
public:
    // keychain: where removed profiles' tokens are deleted from; null when there is none.
    ProfilePicker(AppSettings *settings, TokenStore *keychain, QWidget *parent = nullptr);

    QString selectedProfile() const;
    // Shows `edit`'s name, colour and production flag (edit: the selected profile's settings).
    void showProfile(const AppSettings *edit);
    // Why the typed name cannot be saved; empty when it can.
    QString nameProblem() const;
    // Renames the selected profile and stores colour and production flag into `edit`.
    void applyTo(AppSettings *edit);
    void setLocked(bool locked);

Q_SIGNALS:
    void selectionChanged(const QString &name); // another profile is to be edited
    void edited();                              // name, colour or production flag changed

private:
    void fillList(const QString &select);
    void addProfile();
    void duplicateProfile();
    // After Add or Duplicate: says `error`, or lists and picks the new profile `name`.
    void takeNewProfile(const QString &name, const QString &error);
    void askToRemove();
    void remove(const QString &name);
    void chooseColour();
    void showColour();
    void showNameProblem();
    QString unusedName(const QString &base) const;

    AppSettings *m_settings;
    TokenStore *m_keychain;
    QString m_colour; // "#rrggbb" or empty, as shown
    QComboBox *m_list;
    QPushButton *m_add;
    QPushButton *m_duplicate;
    QPushButton *m_remove;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QLabel *m_note;
    QPushButton *m_colourButton;
    QPushButton *m_noColour;
    QCheckBox *m_production;
    QPointer<QMessageBox> m_removeBox;
    QPointer<QColorDialog> m_colourDialog;
};

} // namespace dlq
