#include "ui/browse/savedfilterbox.h"

#include "browse/browsesettings.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace dlq {

namespace {
constexpr int kStatusMs = 10000;
}

SavedFilterBox::SavedFilterBox(BrowseSettings *settings, std::function<FilterDraft()> current,
                               QWidget *parent)
    : QWidget(parent), m_settings(settings), m_current(std::move(current)),
      m_list(new QComboBox(this)), m_name(new QLineEdit(this)),
      m_save(new QPushButton(tr("Save filter"), this)),
      m_delete(new QPushButton(tr("Delete saved"), this))
{
    setObjectName(QStringLiteral("dlqSavedFilterBox"));
    m_list->setObjectName(QStringLiteral("dlqSavedFilterCombo"));
    m_list->setAccessibleName(tr("Saved filters"));
    m_list->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_list->setMinimumContentsLength(12);
    m_name->setObjectName(QStringLiteral("dlqSavedFilterNameEdit"));
    m_name->setAccessibleName(tr("Name for the saved filter"));
    m_name->setPlaceholderText(tr("name"));
    m_save->setObjectName(QStringLiteral("dlqSaveFilterButton"));
    m_save->setAccessibleName(tr("Save filter"));
    m_save->setToolTip(tr("Keep the filter bar's filters under this name"));
    m_delete->setObjectName(QStringLiteral("dlqDeleteFilterButton"));
    m_delete->setAccessibleName(tr("Delete saved filter"));
    m_delete->setToolTip(tr("Forget the picked saved filter"));

    auto *label = new QLabel(tr("Sa&ved:"), this);
    label->setBuddy(m_list);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(m_list);
    row->addWidget(m_name);
    row->addWidget(m_save);
    row->addWidget(m_delete);

    connect(m_list, &QComboBox::activated, this, [this](int index) {
        const QString name = m_list->itemText(index);
        const auto filters = m_settings->savedFilters();
        const auto it = filters.constFind(name);
        if (index <= 0 || it == filters.constEnd())
            return;
        m_name->setText(name);
        Q_EMIT chosen(it.value());
    });
    connect(m_save, &QPushButton::clicked, this, &SavedFilterBox::save);
    connect(m_name, &QLineEdit::returnPressed, this, &SavedFilterBox::save);
    connect(m_name, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_save->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_delete, &QPushButton::clicked, this, &SavedFilterBox::remove);
    connect(m_list, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_delete->setEnabled(index > 0); });
    reload({});
    m_save->setEnabled(false);
}

void SavedFilterBox::reload(const QString &select)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    m_list->addItem(tr("(none)"));
    const auto filters = m_settings->savedFilters();
    for (auto it = filters.constBegin(); it != filters.constEnd(); ++it)
        m_list->addItem(it.key());
    m_list->setCurrentIndex(qMax(0, m_list->findText(select)));
    m_delete->setEnabled(m_list->currentIndex() > 0);
}

void SavedFilterBox::save()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return;
    m_settings->saveFilter(name, m_current());
    reload(name);
    Q_EMIT statusMessage(tr("Saved the filter as \"%1\".").arg(name), kStatusMs);
}

void SavedFilterBox::remove()
{
    const int index = m_list->currentIndex();
    if (index <= 0)
        return;
    const QString name = m_list->itemText(index);
    m_settings->removeFilter(name);
    reload({});
    Q_EMIT statusMessage(tr("Deleted the saved filter \"%1\".").arg(name), kStatusMs);
}

} // namespace dlq
