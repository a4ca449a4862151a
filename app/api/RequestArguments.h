#pragma once

#include "api/ApiError.h"

#include <QCoreApplication>
#include <QStringList>

namespace m3ter {

// Argument checks shared by the request classes: an empty id would silently turn
// "bills/{id}" into the list endpoint, so it is refused before anything is sent.
class RequestArguments {
    Q_DECLARE_TR_FUNCTIONS(m3ter::RequestArguments)

public:
    static ApiError requireId(const QString &id);
    // 1..max non-blank ids.
    static ApiError requireIds(const QStringList &ids, int max);
};

} // namespace m3ter
