#pragma once

#include <QString>

namespace m3ter {

// The two statement file formats; the path segment of GET …/bills/{id}/statement/json|csv
// (docs/m3ter-api.md, "Endpoints").
enum class StatementFormat { Json, Csv };

inline QString statementFormatPath(StatementFormat format) {
    return format == StatementFormat::Json ? QStringLiteral("json") : QStringLiteral("csv");
}

} // namespace m3ter
