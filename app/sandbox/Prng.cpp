#include "Prng.h"

#include <QByteArray>

namespace m3ter::sandbox {

quint64 Prng::next() {
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

int Prng::bounded(int n) {
    Q_ASSERT(n > 0);
    return int(next() % quint64(n));
}

qint64 Prng::range(qint64 lo, qint64 hi) {
    Q_ASSERT(hi >= lo);
    return lo + qint64(next() % quint64(hi - lo + 1));
}

double Prng::unit() {
    return double(next() >> 11) * (1.0 / 9007199254740992.0);
}

QUuid Prng::uuid() {
    QByteArray bytes(16, Qt::Uninitialized);
    const quint64 a = next();
    const quint64 b = next();
    for (int i = 0; i < 8; ++i) {
        bytes[i] = char((a >> (8 * i)) & 0xFF);
        bytes[8 + i] = char((b >> (8 * i)) & 0xFF);
    }
    bytes[6] = char((bytes[6] & 0x0F) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes);
}

quint64 Prng::mix(quint64 seed, quint64 salt) {
    Prng p(seed ^ (salt * 0xD6E8FEB86659FD93ULL));
    p.next();
    return p.next();
}

quint64 Prng::mix(quint64 seed, const char *label) {
    // FNV-1a over the label: stable across compilers, unlike std::hash.
    quint64 h = 0xCBF29CE484222325ULL;
    for (const char *c = label; *c; ++c) {
        h ^= quint8(*c);
        h *= 0x100000001B3ULL;
    }
    return mix(seed, h);
}

} // namespace m3ter::sandbox
