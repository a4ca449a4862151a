#pragma once

#include <QMetaObject>
#include <QMutex>
#include <QObject>
#include <QThreadPool>

#include <memory>
#include <type_traits>
#include <utility>

namespace m3ter::OffThread {

namespace detail {

// Where the results of work run for one receiver arrive: a child of the receiver (so it lives on
// the receiver's thread and goes with it), made once per receiver and reused.
//
// A worker hands a result over by posting a call to the mailbox while holding a lock that the
// mailbox's destructor takes too: the post happens either before the mailbox starts to go, and
// then ~QObject drops the posted call undelivered, or not at all. So a result never reaches a
// receiver that is gone, and no thread touches a destroyed object.
class Mailbox : public QObject {
    Q_OBJECT
public:
    struct Address {
        QMutex mutex;
        QObject *mailbox = nullptr; // null once the mailbox is going
    };

    static Mailbox *of(QObject *receiver) {
        if (auto *box = receiver->findChild<Mailbox *>(name(), Qt::FindDirectChildrenOnly))
            return box;
        return new Mailbox(receiver);
    }
    ~Mailbox() override {
        QMutexLocker lock(&m_address->mutex);
        m_address->mailbox = nullptr;
    }
    std::shared_ptr<Address> address() const { return m_address; }

private:
    explicit Mailbox(QObject *receiver)
        : QObject(receiver)
        , m_address(std::make_shared<Address>()) {
        setObjectName(name());
        m_address->mailbox = this;
    }
    static QString name() { return QStringLiteral("m3ter-offthread-mailbox"); }

    std::shared_ptr<Address> m_address;
};

} // namespace detail

// Runs work() on QThreadPool::globalInstance() and hands its result to deliver(result) on
// receiver's thread: the one way the app parses or sorts off the GUI thread. Call it on
// receiver's thread.
//
// If receiver is destroyed first, deliver is never called (see Mailbox); the worker's result is
// dropped when the task ends. Whether a result that does arrive still matters (a newer ticket, a
// cancel, an abort) only receiver knows, so deliver checks that itself: it runs on receiver's
// thread, where that state lives.
//
// work must not touch receiver or anything else the GUI thread may change: capture the input by
// value.
//
// One posted call per result, and no object made per call: this runs for every page of a bill
// list, and a QFutureWatcher per page (a QObject, a future and about six posted callouts, each
// waking the receiver's thread) was a visible part of the GUI thread's time during a load.
// (QFuture::then(context, …) would read shorter, but Qt 6.4 asserts that the context still
// exists when the work ends, which is exactly the case this helper is for.)
template <class Work, class Deliver>
void run(QObject *receiver, Work &&work, Deliver &&deliver) {
    using Result = std::invoke_result_t<std::decay_t<Work>>;
    static_assert(!std::is_void_v<Result>, "work must return the result to deliver");
    QThreadPool::globalInstance()->start([address = detail::Mailbox::of(receiver)->address(),
                                          work = std::forward<Work>(work),
                                          deliver = std::forward<Deliver>(deliver)]() mutable {
        Result result = work();
        QMutexLocker lock(&address->mutex);
        if (!address->mailbox)
            return; // the receiver is gone
        QMetaObject::invokeMethod(
            address->mailbox,
            [deliver = std::move(deliver), result = std::move(result)]() mutable {
                deliver(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace m3ter::OffThread
