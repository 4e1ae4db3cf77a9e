#include "ui/resultdelegate.h"

#include "results/resultcolumns.h"

#include <QApplication>
#include <QStyle>

namespace dlq {

QColor ResultDelegate::errorColor(const QPalette &palette)
{
    // Same hue everywhere; the lightness goes opposite to the background so the contrast
    // holds in a dark theme as well as in a light one.
    const bool darkBackground = palette.color(QPalette::Base).lightnessF() < 0.5;
    return QColor::fromHslF(0.0f, 0.75f, darkBackground ? 0.72f : 0.38f);
}

QIcon ResultDelegate::iconFor(ResultState state, const QStyle *style)
{
    QStyle::StandardPixmap pixmap = QStyle::SP_FileIcon;
    switch (state) {
    case ResultState::Pending:
        pixmap = QStyle::SP_FileIcon;
        break;
    case ResultState::Invalid:
        pixmap = QStyle::SP_MessageBoxWarning;
        break;
    case ResultState::Sending:
    case ResultState::Retrying:
        pixmap = QStyle::SP_BrowserReload;
        break;
    case ResultState::Deleted:
    case ResultState::Done:
        pixmap = QStyle::SP_DialogApplyButton;
        break;
    case ResultState::NotFound:
    case ResultState::DeletedOrNotFound:
        pixmap = QStyle::SP_MessageBoxInformation;
        break;
    case ResultState::InvalidId:
    case ResultState::TokenRejected:
    case ResultState::Failed:
        pixmap = QStyle::SP_MessageBoxCritical;
        break;
    case ResultState::Cancelled:
        pixmap = QStyle::SP_BrowserStop;
        break;
    case ResultState::NotSent:
        pixmap = QStyle::SP_MediaSkipForward;
        break;
    }
    return style->standardIcon(pixmap);
}

void ResultDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant stateValue = index.data(ResultRole::State);
    if (!stateValue.isValid())
        return;
    const int stateIndex = stateValue.toInt();
    if (stateIndex < 0 || stateIndex >= kResultStateCount)
        return;
    const auto state = ResultState(stateIndex);

    if (index.column() == ResultColumn::Result) {
        QIcon &icon = m_icons[std::size_t(stateIndex)];
        if (icon.isNull()) {
            const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
            icon = iconFor(state, style);
        }
        option->icon = icon;
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
    // Selected rows keep the highlight's text colour, which the style made readable already.
    if (isError(state) && !(option->state & QStyle::State_Selected))
        option->palette.setColor(QPalette::Text, errorColor(option->palette));
}

} // namespace dlq
