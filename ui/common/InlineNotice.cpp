#include "InlineNotice.h"

#include <QAccessible>
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
    // Until showMessage() says otherwise (a button never goes without a name).
    //: Inline notice: accept what the notice offers.
    m_accept->setText(tr("OK"));
    //: Inline notice: close the notice (or cancel what it offers).
    m_reject->setText(tr("Dismiss"));
    setAccessibleName(tr("Notice"));
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
    // A hidden button keeps its last text, so it is never a button without a name.
    if (!acceptText.isEmpty())
        m_accept->setText(acceptText);
    m_accept->setVisible(!acceptText.isEmpty());
    if (!rejectText.isEmpty())
        m_reject->setText(rejectText);
    m_reject->setVisible(!rejectText.isEmpty());
    show();
    // Screen readers announce it at once; the keyboard focus stays where the user left it.
    QAccessibleEvent alert(m_label, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void InlineNotice::setText(const QString &text) {
    m_label->setText(text);
}

QString InlineNotice::text() const {
    return m_label->text();
}

} // namespace m3ter
