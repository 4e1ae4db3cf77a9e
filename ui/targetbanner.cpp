#include "ui/targetbanner.h"

#include "settings/appsettings.h"
#include "ui/targetresolver.h"

#include <QColor>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace dlq {

TargetBanner::TargetBanner(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("targetBannerFrame"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_label->setObjectName(QStringLiteral("targetBanner"));
    m_label->setAccessibleName(tr("Target"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = m_label->font();
    font.setBold(true);
    m_label->setFont(font);

    m_button->setObjectName(QStringLiteral("bannerSettingsButton"));
    m_button->setAccessibleName(tr("Connection settings"));
    m_button->setToolTip(tr("Choose the server and set the token"));
    m_button->setAutoDefault(false);
    connect(m_button, &QPushButton::clicked, this, &TargetBanner::settingsRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_button);
}

void TargetBanner::showTarget(const Target &target)
{
    QString text;
    Tone tone = Tone::Normal;
    QString button = tr("Settings…");
    if (target.sandbox && target.isUsable()) {
        text =
            tr("SANDBOX — built-in test server on %1 · nothing real is deleted").arg(target.host());
        tone = Tone::Sandbox;
    } else if (target.lacksToken() && !target.baseUrl.isEmpty() &&
               checkBaseUrl(target.baseUrl).isEmpty()) {
        text = tr("No token set for %1 — nothing can be deleted until you add your QStash "
                  "token in Settings.")
                   .arg(target.host());
        tone = Tone::Warning;
        button = tr("Open settings…");
    } else if (!target.isUsable()) {
        const QString where = target.host().isEmpty() ? tr("the server") : target.host();
        text = tr("Cannot send to %1: %2").arg(where, target.problem);
        tone = Tone::Warning;
        button = tr("Open settings…");
    } else {
        QString token = tr("token %1").arg(AppSettings::fingerprint(target.token));
        if (target.tokenFromEnvironment)
            token = tr("%1 from QSTASH_TOKEN").arg(token);
        QString host = target.host();
        if (target.urlFromEnvironment)
            host = tr("%1 (from QSTASH_URL)").arg(host);
        text = tr("Target: %1 · %2").arg(host, token);
    }
    if (!target.profile.isEmpty()) {
        const QString profile =
            target.production ? tr("%1 (production)").arg(target.profile) : target.profile;
        text = tr("Profile %1 · %2").arg(profile, text);
    }
    // The profile's colour as a stripe, beside (not instead of) the tone's background.
    const QColor colour(target.profileColour);
    m_label->setStyleSheet(
        !target.profile.isEmpty() && colour.isValid()
            ? QStringLiteral("QLabel { border-left: 6px solid %1; padding-left: 6px; }")
                  .arg(colour.name())
            : QString());
    m_label->setText(text);
    m_label->setAccessibleDescription(text);
    m_button->setText(button);
    setTone(tone);
}

QString TargetBanner::text() const
{
    return m_label->text();
}

void TargetBanner::setTone(Tone tone)
{
    m_tone = tone;
    // Start from the application palette each time so switching tones never compounds.
    QPalette pal = palette();
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    switch (tone) {
    case Tone::Normal:
        pal.setColor(QPalette::Window, base.color(QPalette::AlternateBase));
        pal.setColor(QPalette::WindowText, base.color(QPalette::WindowText));
        break;
    case Tone::Sandbox:
        // Fixed colours with white text: the sandbox must look the same in light and dark
        // themes and never like the production strip.
        pal.setColor(QPalette::Window, QColor(0x00, 0x69, 0x5c));
        pal.setColor(QPalette::WindowText, Qt::white);
        break;
    case Tone::Warning:
        pal.setColor(QPalette::Window, QColor(0xff, 0xe0, 0x82));
        pal.setColor(QPalette::WindowText, QColor(0x3e, 0x27, 0x23));
        break;
    }
    setPalette(pal);
    m_label->setPalette(pal);
}

} // namespace dlq
