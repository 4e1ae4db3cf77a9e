#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace dlq {

struct Target;

// The strip at the top of the window that says where deletes go. Production, the sandbox and
// "cannot send" each look different, so nobody mistakes one for another.
// The text is in a QLabel named "targetBanner"; this frame is "targetBannerFrame".
class TargetBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Tone { Normal, Sandbox, Warning };

    explicit TargetBanner(QWidget *parent = nullptr);

    void showTarget(const Target &target);
    QString text() const;
    Tone tone() const { return m_tone; }

Q_SIGNALS:
    void settingsRequested();

private:
    void setTone(Tone tone);

    QLabel *m_label;
    QPushButton *m_button;
    Tone m_tone = Tone::Normal;
};

} // namespace dlq
