#include "ui/browse/bodyview.h"

#include "api/bodytext.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dlq {

QPlainTextEdit *makeReadOnlyText(const QString &objectName, const QString &accessibleName,
                                 QWidget *parent)
{
    auto *text = new QPlainTextEdit(parent);
    text->setObjectName(objectName);
    text->setAccessibleName(accessibleName);
    text->setReadOnly(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setFocusPolicy(Qt::StrongFocus);
    text->setTabChangesFocus(true); // Tab leaves the box, as in a form
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return text;
}

BodyView::BodyView(const QString &name, const QString &label, bool copyButton, QWidget *parent)
    : QWidget(parent), m_label(label), m_summary(new QLabel(this)), m_cutNote(new QLabel(this)),
      m_text(makeReadOnlyText(name + QStringLiteral("Text"), label, this)),
      m_copy(new QPushButton(tr("Copy body"), this))
{
    setObjectName(name);
    m_summary->setObjectName(name + QStringLiteral("Summary"));
    m_summary->setAccessibleName(tr("%1 summary").arg(label));
    m_cutNote->setObjectName(name + QStringLiteral("CutNote"));
    m_cutNote->setAccessibleName(tr("%1 size note").arg(label));
    m_cutNote->setWordWrap(true);
    m_cutNote->hide();
    m_copy->setObjectName(name + QStringLiteral("Copy"));
    m_copy->setAccessibleName(tr("Copy %1").arg(label.toLower()));
    m_copy->setToolTip(tr("Copy the whole body, also the part not shown"));
    m_copy->setVisible(copyButton);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_summary, 1);
    top->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_cutNote);
    layout->addWidget(m_text, 1);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        // Built on demand: a 200 KB body indented is not worth holding twice.
        QApplication::clipboard()->setText(api::bodyFullText(m_body));
        Q_EMIT copied(m_label.toLower());
    });
    clear();
}

void BodyView::setBody(const api::Body &body)
{
    m_body = body;
    const api::BodyText text = api::bodyText(body);
    m_summary->setText(text.summary());
    m_summary->show();
    m_cutNote->setText(text.cutNote());
    m_cutNote->setVisible(text.isCut());
    m_text->setPlainText(text.kind == api::BodyKind::Empty ? tr("(no body)") : text.shown);
    m_copy->setEnabled(!body.isEmpty());
}

void BodyView::clear()
{
    m_body = {};
    m_summary->clear();
    m_cutNote->hide();
    m_text->clear();
    m_copy->setEnabled(false);
}

QString BodyView::shownText() const
{
    return m_text->toPlainText();
}

} // namespace dlq
