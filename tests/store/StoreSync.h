#pragma once

#include "store/BillStore.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace m3ter::StoreSync {

// Waits for the result of one asynchronous BillStore read (tests only).
template <class Result, class Start>
Result wait(Start start) {
    std::optional<Result> result;
    QObject context;
    start(&context, [&result](const Result &value) { result = value; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
        qWarning("a store read did not deliver within 10 s");
    return result.value_or(Result());
}

inline StoredFilter readFilter(BillStore &store, const QString &key) {
    return wait<StoredFilter>(
        [&](QObject *context, auto done) { store.readFilter(key, context, done); });
}

inline bool open(BillStore &store, const QString &path) {
    QSignalSpy opened(&store, &BillStore::opened);
    store.open(path);
    if (!opened.wait(10000))
        return false;
    return opened.first().first().value<StoreOpenResult>().ok;
}

} // namespace m3ter::StoreSync
