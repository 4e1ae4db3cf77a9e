#pragma once

#include "browse/filterdraft.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace dlq {

class BrowseSettings;

// Filters saved by name in the settings: pick one to bring it back, type a name and Save to
// keep the filter bar's current one, Delete removes the picked one.
class SavedFilterBox : public QWidget
{
    Q_OBJECT
public:
    SavedFilterBox(BrowseSettings *settings, std::function<FilterDraft()> current,
                   QWidget *parent = nullptr);

Q_SIGNALS:
    void chosen(const dlq::FilterDraft &draft);
    void statusMessage(const QString &text, int timeoutMs);

private:
    void reload(const QString &select);
    void save();
    void remove();

    BrowseSettings *m_settings;
    std::function<FilterDraft()> m_current;
    QComboBox *m_list;
    QLineEdit *m_name;
    QPushButton *m_save;
    QPushButton *m_delete;
};

} // namespace dlq
