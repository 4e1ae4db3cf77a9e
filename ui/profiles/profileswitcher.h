#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QMessageBox;

namespace dlq {

class AppSettings;

// The window's quick profile switcher: a combo box listing the profiles, the current one
// chosen. A switch is refused, with a message box saying why and nothing changed, while
// `busy` names something still going to the current target (a run, a load). After a switch
// AppSettings::changed() moves the window's target; switched() tells the owner to read the
// new profile's token (TokenKeeper::start()).
class ProfileSwitcher : public QWidget
{
    Q_OBJECT
public:
    // busy: empty when a switch may happen, else what is going on ("a run is in progress").
    ProfileSwitcher(AppSettings *settings, std::function<QString()> busy,
                    QWidget *parent = nullptr);

    QComboBox *combo() const { return m_combo; }

Q_SIGNALS:
    void switched();
    void statusMessage(const QString &text, int timeoutMs);

private:
    void refresh();
    void choose(int index);
    void refuse(const QString &why);

    AppSettings *m_settings;
    std::function<QString()> m_busy;
    QComboBox *m_combo;
    QPointer<QMessageBox> m_refusedBox;
};

} // namespace dlq
