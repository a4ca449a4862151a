// The bill table's view while rows arrive: rows appended below the screen repaint nothing a
// user is looking at, the scroll bar catches up with a burst of pages at most five times a second
// instead of once per page, and going to a row appended a moment ago still gets there.
#include "bills/BillTableView.h"

#include <QAbstractItemModelTester>
#include <QAbstractTableModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace m3ter;

namespace {

// Counts the paint events a widget receives.
class PaintCounter : public QObject {
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

// Rows as the bill model appends them: a page at a time, at the end, in one insert.
class PagedRows : public QAbstractTableModel {
public:
    int rowCount(const QModelIndex &parent = {}) const override {
        return parent.isValid() ? 0 : m_rows;
    }
    int columnCount(const QModelIndex &parent = {}) const override {
        return parent.isValid() ? 0 : 3;
    }
    QVariant data(const QModelIndex &index, int role) const override {
        if (role != Qt::DisplayRole)
            return {};
        return QStringLiteral("Bill %1, column %2").arg(index.row()).arg(index.column());
    }
    void append(int count) {
        beginInsertRows({}, m_rows, m_rows + count - 1);
        m_rows += count;
        endInsertRows();
    }
    void truncate(int rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }

private:
    int m_rows = 0;
};

void appendRows(PagedRows *model, int count) {
    model->append(count);
}

} // namespace

class TestBillTableView : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_model = new PagedRows;
        m_tester = new QAbstractItemModelTester(m_model);
        m_view = new BillTableView;
        m_view->setModel(m_model);
        m_view->verticalHeader()->hide(); // as in the main window: no row numbers
        m_view->resize(400, 300);
        appendRows(m_model, 100); // more than fit on screen
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
        // The scroll bar's delay of the first rows is over: every test starts from rest.
        QTest::qWait(BillTableView::ScrollRangeDelayMs + 20);
    }
    void cleanup() {
        delete m_view;
        delete m_tester;
        delete m_model;
    }

    void rowsAppendedBelowTheScreenRepaintNothingOnIt() {
        PaintCounter viewport(m_view->viewport());
        appendRows(m_model, 100);
        QTest::qWait(50);
        QCOMPARE(viewport.paints, 0);
        // The scroll bar does follow: the last row can be scrolled to.
        QTRY_COMPARE(m_view->verticalScrollBar()->maximum(), expectedMaximum());
    }

    void rowsThatLandOnScreenArePainted() {
        m_model->truncate(2); // a short list: the next rows land on screen
        QTest::qWait(50);
        PaintCounter viewport(m_view->viewport());
        appendRows(m_model, 5);
        QTRY_VERIFY(viewport.paints > 0);
    }

    void aPageThatStartsOnTheLastVisibleLineIsPainted() {
        // As many rows as fit whole, and half a line of viewport below them: the first row of
        // the next page starts on screen, in that half line. (The scroll bar is there from the
        // start, or its appearing alone would repaint everything.)
        m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
        const int rowHeight = m_view->rowHeight(0);
        const int spare = m_view->viewport()->height() % rowHeight;
        m_view->resize(m_view->width(), m_view->height() - spare + rowHeight / 2);
        QTRY_COMPARE(m_view->viewport()->height() % rowHeight, rowHeight / 2);
        const int fitting = m_view->viewport()->height() / rowHeight;
        m_model->truncate(fitting);
        QTest::qWait(50);
        PaintCounter viewport(m_view->viewport());
        appendRows(m_model, 100);
        QTRY_VERIFY(viewport.paints > 0);
        QTRY_COMPARE(m_view->verticalScrollBar()->maximum(), expectedMaximum());
    }

    void aBurstOfPagesMovesTheScrollBarTwiceNotOncePerPage() {
        // Ten pages arrive in one go (a load-all at the API's pace brings ten per delay): the
        // first moves the scroll bar at once, the rest together when the delay is over.
        QSignalSpy ranges(m_view->verticalScrollBar(), &QScrollBar::rangeChanged);
        appendRows(m_model, 100);
        const int afterFirstPage = expectedMaximum();
        for (int page = 0; page < 9; ++page)
            appendRows(m_model, 100);
        QCOMPARE(ranges.count(), 1);
        QCOMPARE(m_view->verticalScrollBar()->maximum(), afterFirstPage);
        QTRY_COMPARE(m_view->verticalScrollBar()->maximum(), expectedMaximum());
        QCOMPARE(ranges.count(), 2);
    }

    void pagesArrivingSteadilyMoveTheScrollBarAtMostFiveTimesASecond() {
        QSignalSpy ranges(m_view->verticalScrollBar(), &QScrollBar::rangeChanged);
        QElapsedTimer clock;
        clock.start();
        for (int page = 0; page < 25; ++page) {
            appendRows(m_model, 100);
            QTest::qWait(20); // 50 pages a second
        }
        const qint64 elapsedMs = clock.elapsed();
        QTRY_COMPARE(m_view->verticalScrollBar()->maximum(), expectedMaximum());
        // One at once, then at most one per delay (a late timer only lowers the count).
        const int allowed = 2 + int(elapsedMs / (BillTableView::ScrollRangeDelayMs * 95 / 100));
        QVERIFY2(ranges.count() <= allowed, qPrintable(QStringLiteral("%1 range changes for 25 "
                                                                      "pages in %2 ms")
                                                           .arg(ranges.count())
                                                           .arg(elapsedMs)));
    }

    void goingToARowAppendedAMomentAgoGetsThere() {
        appendRows(m_model, 100); // moves the scroll bar, starts the delay
        appendRows(m_model, 100); // waits for the delay
        const QModelIndex last = m_model->index(m_model->rowCount() - 1, 0);
        m_view->scrollTo(last);
        QVERIFY(m_view->viewport()->rect().contains(m_view->visualRect(last)));

        appendRows(m_model, 100);
        appendRows(m_model, 100);
        QTest::keyClick(m_view, Qt::Key_End, Qt::ControlModifier); // the keyboard's way there
        const QModelIndex newLast = m_model->index(m_model->rowCount() - 1, 0);
        QCOMPARE(m_view->currentIndex().row(), newLast.row());
        QVERIFY(m_view->viewport()->rect().contains(m_view->visualRect(newLast)));
    }

private:
    // The vertical scroll bar's maximum once it covers every row (per-item scrolling).
    int expectedMaximum() const {
        const int rowHeight = m_view->rowHeight(0);
        const int visible = m_view->viewport()->height() / rowHeight;
        return m_model->rowCount() - visible;
    }

    PagedRows *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    BillTableView *m_view = nullptr;
};

QTEST_MAIN(TestBillTableView)
#include "tst_billtableview.moc"
