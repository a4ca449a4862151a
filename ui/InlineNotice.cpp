#include "InlineNotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace m3ter {

InlineNotice::InlineNotice(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_accept(new QPushButton(this))
    , m_reject(new QPushButton(this)) {
    setObjectName(QStringLiteral("inlineNotice"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_label->setWordWrap(true);
    m_label->setObjectName(QStringLiteral("inlineNoticeText"));
    m_accept->setObjectName(QStringLiteral("inlineNoticeAccept"));
    m_reject->setObjectName(QStringLiteral("inlineNoticeReject"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_accept);
    layout->addWidget(m_reject);
    connect(m_accept, &QPushButton::clicked, this, &InlineNotice::accepted);
    connect(m_reject, &QPushButton::clicked, this, &InlineNotice::rejected);
    hide();
}

void InlineNotice::showMessage(const QString &text, const QString &acceptText,
                               const QString &rejectText) {
    m_label->setText(text);
    m_accept->setText(acceptText);
    m_accept->setVisible(!acceptText.isEmpty());
    m_reject->setText(rejectText);
    m_reject->setVisible(!rejectText.isEmpty());
    show();
}

void InlineNotice::setText(const QString &text) {
    m_label->setText(text);
}

QString InlineNotice::text() const {
    return m_label->text();
}

} // namespace m3ter
