#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace dlq {

class ActFollowUp;

// The act panel's line about the follow-up: "Following 120 new runs: 80 recovered, 5 failed
// again, 35 running" and "Stop following" while it goes; hidden while there is nothing to say.
class ActFollowBar : public QWidget
{
    Q_OBJECT
public:
    ActFollowBar(ActFollowUp *followUp, QWidget *parent = nullptr);

private:
    void refresh();

    ActFollowUp *m_followUp;
    QLabel *m_label;
    QPushButton *m_stop;
};

} // namespace dlq
