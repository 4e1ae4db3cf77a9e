#include "ui/act/actfollowbar.h"

#include "ui/act/actfollowup.h"
#include "ui/browse/widgetnames.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace dlq {

ActFollowBar::ActFollowBar(ActFollowUp *followUp, QWidget *parent)
    : QWidget(parent), m_followUp(followUp),
      m_label(named(new QLabel(this), "actFollowLabel", tr("Follow-up of the new runs"))),
      m_stop(named(new QPushButton(tr("Stop &following"), this), "actStopFollowingButton",
                   tr("Stop following the new runs")))
{
    setObjectName(QStringLiteral("actFollowBar"));
    setAccessibleName(tr("Follow-up of the new runs"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_stop->setToolTip(tr("Stop asking the server how the new runs went; the ledger keeps what "
                          "is known so far"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_stop);
    connect(m_stop, &QPushButton::clicked, followUp, &ActFollowUp::stop);
    connect(followUp, &ActFollowUp::changed, this, &ActFollowBar::refresh);
    refresh();
}

void ActFollowBar::refresh()
{
    const QString text = m_followUp->statusText();
    m_label->setText(text);
    m_stop->setVisible(m_followUp->isFollowing());
    setVisible(!text.isEmpty());
}

} // namespace dlq
