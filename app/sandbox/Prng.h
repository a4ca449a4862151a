#pragma once

#include <QUuid>
#include <QtGlobal>

namespace m3ter::sandbox {

// splitmix64: tiny, fast and identical on every platform, so a seed yields the same data
// everywhere (std:: distributions are implementation-defined, std::random_device is not seedable).
class Prng {
public:
    explicit Prng(quint64 seed)
        : m_state(seed) {}

    quint64 next();
    // Uniform in [0, n); n > 0.
    int bounded(int n);
    // Uniform in [lo, hi] inclusive.
    qint64 range(qint64 lo, qint64 hi);
    // Uniform in [0, 1).
    double unit();
    bool chance(double p) { return unit() < p; }
    // A version-4 style UUID made from the stream (deterministic, unlike QUuid::createUuid()).
    QUuid uuid();

    // Derives an independent seed from a parent seed and a label/number, so sub-streams (one per
    // bill, one per product, ...) do not depend on how many numbers other parts consumed.
    static quint64 mix(quint64 seed, quint64 salt);
    static quint64 mix(quint64 seed, const char *label);

private:
    quint64 m_state;
};

} // namespace m3ter::sandbox
