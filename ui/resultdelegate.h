#pragma once

#include "results/resultstate.h"

#include <QIcon>
#include <QStyledItemDelegate>

#include <array>

namespace dlq {

// Paints the results table: an icon per result in the Result column, and errors in a red
// that is derived from the palette so it stays readable on light and dark backgrounds.
class ResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor errorColor(const QPalette &palette);
    static QIcon iconFor(ResultState state, const QStyle *style);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    mutable std::array<QIcon, kResultStateCount> m_icons;
};

} // namespace dlq
