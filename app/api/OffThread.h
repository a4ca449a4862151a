#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace m3ter::OffThread {

// Runs work() on QThreadPool::globalInstance() and hands its result to deliver(result) on
// receiver's thread: the one way the app parses or sorts off the GUI thread. Call it on
// receiver's thread.
//
// If receiver is destroyed first, deliver is never called: the watcher is receiver's child and
// goes with it, and the worker's result is dropped when the task ends. Whether a result that does
// arrive still matters (a newer ticket, a cancel, an abort) only receiver knows, so deliver
// checks that itself: it runs on receiver's thread, where that state lives.
//
// work must not touch receiver or anything else the GUI thread may change: capture the input by
// value. (QFuture::then(context, …) would read shorter, but Qt 6.4 asserts that the context still
// exists when the work ends, which is exactly the case this helper is for.)
template <class Work, class Deliver>
void run(QObject *receiver, Work &&work, Deliver &&deliver) {
    using Result = std::invoke_result_t<std::decay_t<Work>>;
    static_assert(!std::is_void_v<Result>, "work must return the result to deliver");
    auto *watcher = new QFutureWatcher<Result>(receiver);
    QObject::connect(watcher, &QFutureWatcherBase::finished, receiver,
                     [watcher, deliver = std::forward<Deliver>(deliver)]() mutable {
                         watcher->deleteLater();
                         deliver(watcher->future().takeResult());
                     });
    watcher->setFuture(QtConcurrent::run(std::forward<Work>(work)));
}

} // namespace m3ter::OffThread
