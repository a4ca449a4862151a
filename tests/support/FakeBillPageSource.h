#pragma once

#include "models/BillPageSource.h"

#include <QList>

// A page source whose answers the test gives by hand, so it can hold a reply back, answer out of
// order or fail on cue. For unit tests only; integration tests use the sandbox over HTTP.
class FakeBillPageSource : public m3ter::BillPageSource {
    Q_OBJECT
public:
    struct Request {
        quint64 ticket;
        m3ter::BillFilter filter;
        QString nextToken;
    };

    void requestPage(quint64 ticket, const m3ter::BillFilter &filter,
                     const QString &nextToken) override {
        requests.append({ticket, filter, nextToken});
    }
    void cancelAll() override { ++cancelCount; }

    void answer(int requestIndex, const m3ter::BillPage &page) {
        emit pageLoaded(requests.at(requestIndex).ticket, page);
    }
    void fail(int requestIndex, const m3ter::ApiError &error) {
        emit pageFailed(requests.at(requestIndex).ticket, error);
    }

    QList<Request> requests;
    int cancelCount = 0;
};
