#pragma once

// Shared by the fuzz targets: the input as Qt types, and a check that stops the run with a
// report (libFuzzer then saves the input as a crash-* file).

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace fuzz {

[[noreturn]] inline void fail(const char *condition, const char *file, int line,
                              const QString &detail) {
    std::fprintf(stderr, "\nFUZZ CHECK FAILED: %s\n  at %s:%d\n  %s\n", condition, file, line,
                 detail.toUtf8().constData());
    std::abort();
}

inline QByteArray bytes(const uint8_t *data, size_t size) {
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input read as raw UTF-16 code units, so that lone surrogates and every other unit the
// UTF-8 decoder would never produce can occur.
inline QString utf16(const uint8_t *data, size_t size) {
    QString text(qsizetype(size / 2), Qt::Uninitialized);
    for (size_t i = 0; i + 1 < size; i += 2)
        text[qsizetype(i / 2)] = QChar(char16_t(data[i] | (data[i + 1] << 8)));
    return text;
}

} // namespace fuzz

#define FUZZ_CHECK(condition, detail)                                                              \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::fuzz::fail(#condition, __FILE__, __LINE__, (detail));                                \
    } while (false)
