#pragma once

// Small helpers shared by the benchmarks: clocks, statistics, malloc accounting.

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>
#include <QVector>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <malloc.h>
#include <unistd.h>

namespace bench {

// CPU time consumed by the calling thread only, in nanoseconds.
inline qint64 threadCpuNs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

inline qint64 monotonicNs() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Bytes handed out by malloc and not yet freed, over every arena, mmapped chunks included.
inline qint64 mallocInUse() {
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks) + qint64(info.hblkhd);
}

inline qint64 rssBytes() {
    long pages = 0, resident = 0;
    if (FILE *f = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        std::fclose(f);
    }
    return qint64(resident) * sysconf(_SC_PAGESIZE);
}

template <class T>
T percentile(QVector<T> values, double p) {
    if (values.isEmpty())
        return T();
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(p * double(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

template <class T>
T median(const QVector<T> &values) {
    return percentile(values, 0.5);
}

inline QTextStream &out() {
    static QTextStream stream(stdout);
    return stream;
}

} // namespace bench
