#pragma once

#include "browse/filterdraft.h"
#include "browse/retention.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace dlq {

class AppSettings;

// The DLQ view's keys in the app's settings file: the retention the "expires in" column
// counts with, the table's layout, and filters saved by name.
class BrowseSettings
{
public:
    explicit BrowseSettings(AppSettings *settings) : m_settings(settings) {}

    Retention retention() const;
    void setRetention(const Retention &retention);

    QByteArray headerState() const;
    void setHeaderState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

    QMap<QString, FilterDraft> savedFilters() const;                // by name, sorted
    void saveFilter(const QString &name, const FilterDraft &draft); // replaces a same-named one
    void removeFilter(const QString &name);

private:
    AppSettings *m_settings;
};

} // namespace dlq
