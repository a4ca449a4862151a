#pragma once

#include <QString>

namespace m3ter {

// The two statement file formats; the path segment of S1/S2 (m3ter-api.md §5.1).
enum class StatementFormat { Json, Csv };

inline QString statementFormatPath(StatementFormat format) {
    return format == StatementFormat::Json ? QStringLiteral("json") : QStringLiteral("csv");
}

} // namespace m3ter
