#pragma once

// Small helpers shared by the benchmarks: clocks, statistics, malloc accounting.

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTextStream>
#include <QTimer>
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

// CPU time consumed by every thread of the process, in nanoseconds.
inline qint64 processCpuNs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
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

// Measures how late a 1 ms precise timer fires on the GUI thread: the gap between two ticks
// minus the interval is the longest time the event loop could not run anything.
class LatencyMonitor {
public:
    LatencyMonitor() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = bench::monotonicNs();
            const qint64 cpu = bench::threadCpuNs();
            m_latenciesNs.append(qMax<qint64>(0, now - m_last - 1000000));
            m_busyNs.append(cpu - m_lastCpu);
            m_last = now;
            m_lastCpu = cpu;
        });
    }
    void start() {
        m_latenciesNs.clear();
        m_latenciesNs.reserve(1 << 16);
        m_busyNs.clear();
        m_busyNs.reserve(1 << 16);
        m_last = bench::monotonicNs();
        m_lastCpu = bench::threadCpuNs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    // Wall-clock lateness of each tick: what a user would feel, including time the GUI thread
    // waited for a core (this machine's 2 cores are shared).
    const QVector<qint64> &latenciesNs() const { return m_latenciesNs; }
    // CPU time the GUI thread itself spent between two ticks: the stalls our code causes.
    const QVector<qint64> &busyNs() const { return m_busyNs; }

private:
    QTimer m_timer;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    QVector<qint64> m_latenciesNs;
    QVector<qint64> m_busyNs;
};

inline QTextStream &out() {
    static QTextStream stream(stdout);
    return stream;
}

} // namespace bench
