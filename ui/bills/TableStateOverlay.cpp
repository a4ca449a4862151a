#include "TableStateOverlay.h"

#include <QAccessible>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace m3ter {

TableStateOverlay::TableStateOverlay(QWidget *covered)
    : QWidget(covered->parentWidget())
    , m_covered(covered)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    //: Button over the bill table: send the request that failed again.
    , m_retry(new QPushButton(tr("&Retry"), this)) {
    setObjectName(QStringLiteral("tableStateOverlay"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setObjectName(QStringLiteral("tableStateText"));
    m_icon->setAlignment(Qt::AlignCenter);
    m_retry->setObjectName(QStringLiteral("tableStateRetry"));
    m_retry->setAccessibleDescription(tr("Repeat the request that failed"));
    //: Accessible name of the message that covers the bill table (loading, empty, error).
    setAccessibleName(tr("Bill table status"));

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_icon);
    layout->addWidget(m_label);
    layout->addWidget(m_retry, 0, Qt::AlignHCenter);
    layout->addStretch();

    connect(m_retry, &QPushButton::clicked, this, &TableStateOverlay::retryRequested);
    // The overlay is a sibling of the covered view (so it never receives the view's viewport
    // events) and tracks its geometry.
    m_covered->installEventFilter(this);
    hide();
}

void TableStateOverlay::showLoading(const QString &text) {
    setState(State::Loading, text);
}

void TableStateOverlay::showEmpty(const QString &text) {
    setState(State::Empty, text);
}

void TableStateOverlay::showError(const QString &text) {
    setState(State::Error, text);
}

void TableStateOverlay::hideOverlay() {
    setState(State::Hidden, QString());
}

QString TableStateOverlay::text() const {
    return m_label->text();
}

void TableStateOverlay::setState(State state, const QString &text) {
    // The window hides the overlay after every page of a load: when nothing changes, nothing is
    // done (the standard icon alone cost more per page than inserting the page's rows).
    const bool shownAsAsked = state == State::Hidden ? isHidden() : isVisible();
    if (state == m_state && shownAsAsked && text == m_label->text())
        return;
    m_state = state;
    m_label->setText(text);
    m_retry->setVisible(state == State::Error);
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    if (state == State::Error)
        pixmap = QStyle::SP_MessageBoxWarning;
    else if (state == State::Loading)
        pixmap = QStyle::SP_BrowserReload;
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize);
    // At the screen's scale factor, so the icon stays sharp at 150 % or 200 %.
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(QSize(size, size), devicePixelRatioF()));
    if (state == State::Hidden) {
        hide();
        return;
    }
    followCoveredWidget();
    show();
    raise();
    if (state == State::Error) {
        QAccessibleEvent alert(m_label, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void TableStateOverlay::followCoveredWidget() {
    // Leave the header row of the covered table visible so the columns stay recognisable.
    QRect area = m_covered->geometry();
    const int headerHeight = m_covered->property("overlayTopMargin").toInt();
    area.setTop(area.top() + headerHeight);
    setGeometry(area);
}

bool TableStateOverlay::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_covered &&
        (event->type() == QEvent::Resize || event->type() == QEvent::Move)) {
        followCoveredWidget();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace m3ter
