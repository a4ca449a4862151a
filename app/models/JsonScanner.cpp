#include "models/JsonScanner.h"

#include <QtEndian>

#include <cstring>

namespace m3ter {

namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The code unit of the four hex digits at p, or -1.
int hexUnit(const char *p) {
    int unit = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexValue(p[i]);
        if (digit < 0)
            return -1;
        unit = unit << 4 | digit;
    }
    return unit;
}

bool isContinuation(uchar c) {
    return (c & 0xC0) == 0x80;
}

// Length of the well-formed UTF-8 sequence starting with lead byte p[0] (>= 0x80), or 0 if it is
// malformed: a stray continuation byte, an overlong form, an encoded surrogate, a code point above
// U+10FFFF or a sequence cut off by `end` (RFC 3629, table 3-7 of the Unicode standard). Qt's
// JSON parser refuses exactly these.
qsizetype utf8SequenceLength(const uchar *p, const uchar *end) {
    const uchar lead = p[0];
    qsizetype length = 0;
    uchar secondMin = 0x80;
    uchar secondMax = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            secondMin = 0xA0; // overlong below U+0800
        else if (lead == 0xED)
            secondMax = 0x9F; // U+D800..U+DFFF
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            secondMin = 0x90; // overlong below U+10000
        else if (lead == 0xF4)
            secondMax = 0x8F; // above U+10FFFF
    } else {
        return 0;
    }
    if (end - p < length || p[1] < secondMin || p[1] > secondMax)
        return 0;
    for (qsizetype i = 2; i < length; ++i) {
        if (!isContinuation(p[i]))
            return 0;
    }
    return length;
}

// A mask with the high bit set in each byte of `word` that is a quote, a backslash, a control
// character or not ASCII: the bytes a string scan must stop at. Bit tricks from "Bit Twiddling
// Hacks" (haszero, hasless): a borrow can flag a byte above a flagged one, never below it, so
// the lowest flagged byte is exact, which is all the scan uses.
quint64 specialBytes(quint64 word) {
    constexpr quint64 kOnes = 0x0101010101010101ULL;
    constexpr quint64 kHigh = 0x8080808080808080ULL;
    const auto zeroBytes = [](quint64 v) { return (v - kOnes) & ~v & kHigh; };
    const quint64 quote = zeroBytes(word ^ (kOnes * '"'));
    const quint64 backslash = zeroBytes(word ^ (kOnes * '\\'));
    const quint64 control = (word - kOnes * 0x20) & ~word & kHigh;
    return quote | backslash | control | (word & kHigh);
}

// The first byte in [p, end) that a string scan must look at: see specialBytes().
const uchar *skipPlainBytes(const uchar *p, const uchar *end) {
    while (end - p >= 8) {
        const quint64 special = specialBytes(qFromLittleEndian<quint64>(p));
        if (special != 0)
            return p + qCountTrailingZeroBits(special) / 8;
        p += 8;
    }
    while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\')
        ++p;
    return p;
}

// Appends the UTF-16 units of the validated UTF-8 sequence at p (length `length`) to out.
char16_t *appendUtf8Sequence(const uchar *p, qsizetype length, char16_t *out) {
    char32_t code = 0;
    if (length == 2)
        code = char32_t(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
    else if (length == 3)
        code = char32_t(p[0] & 0x0F) << 12 | char32_t(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
    else
        code = char32_t(p[0] & 0x07) << 18 | char32_t(p[1] & 0x3F) << 12 |
               char32_t(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
    if (code < 0x10000) {
        *out++ = char16_t(code);
    } else {
        *out++ = char16_t(0xD800 + ((code - 0x10000) >> 10));
        *out++ = char16_t(0xDC00 + ((code - 0x10000) & 0x3FF));
    }
    return out;
}

} // namespace

QString JsonString::toString() const {
    if (!escaped) // raw points into the text, so even "" gives a non-null QString, as Qt does
        return ascii ? QString::fromLatin1(raw) : QString::fromUtf8(raw);
    // Every escape and UTF-8 sequence is at least as many bytes as the UTF-16 units it decodes
    // to, so raw.size() units are enough.
    QString text(raw.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    char16_t *const begin = out;
    const auto *p = reinterpret_cast<const uchar *>(raw.data());
    const auto *end = p + raw.size();
    while (p < end) {
        const uchar c = *p;
        if (c == '\\') {
            const char kind = char(p[1]);
            switch (kind) {
            case 'b':
                *out++ = u'\b';
                break;
            case 'f':
                *out++ = u'\f';
                break;
            case 'n':
                *out++ = u'\n';
                break;
            case 'r':
                *out++ = u'\r';
                break;
            case 't':
                *out++ = u'\t';
                break;
            case 'u':
                *out++ = char16_t(hexUnit(reinterpret_cast<const char *>(p + 2)));
                p += 4;
                break;
            default: // '"', '\\', '/': readString() let no other escape through
                *out++ = char16_t(kind);
                break;
            }
            p += 2;
        } else if (c < 0x80) {
            *out++ = char16_t(c);
            ++p;
        } else {
            const qsizetype length = utf8SequenceLength(p, end);
            out = appendUtf8Sequence(p, length, out);
            p += length;
        }
    }
    text.truncate(out - begin);
    return text;
}

bool JsonScanner::readString(JsonString *out) {
    if (!take('"'))
        return false;
    const auto *p = reinterpret_cast<const uchar *>(m_pos);
    const auto *end = reinterpret_cast<const uchar *>(m_end);
    const uchar *begin = p;
    bool escaped = false;
    bool ascii = true;
    for (;;) {
        // Eight plain bytes at a time: most of a bill is ASCII text without escapes.
        p = skipPlainBytes(p, end);
        if (p == end)
            return false;
        const uchar c = *p;
        if (c == '"')
            break;
        if (c == '\\') {
            // Only the escapes of RFC 8259: Qt also takes "\x" as "x", which is not JSON.
            if (end - p < 2)
                return false;
            escaped = true;
            const uchar kind = p[1];
            if (kind == 'u') {
                if (end - p < 6 || hexUnit(reinterpret_cast<const char *>(p + 2)) < 0)
                    return false;
                p += 6;
            } else if (kind == '"' || kind == '\\' || kind == '/' || kind == 'b' || kind == 'f' ||
                       kind == 'n' || kind == 'r' || kind == 't') {
                p += 2;
            } else {
                return false;
            }
        } else if (c < 0x20) {
            return false; // not JSON (Qt lets it through as is; not worth being sure of)
        } else {
            const qsizetype length = utf8SequenceLength(p, end);
            if (length == 0)
                return false;
            ascii = false;
            p += length;
        }
    }
    out->raw = QByteArrayView(reinterpret_cast<const char *>(begin), p - begin);
    out->escaped = escaped;
    out->ascii = ascii && !escaped;
    m_pos = reinterpret_cast<const char *>(p + 1);
    return true;
}

bool JsonScanner::readNumber(QByteArrayView *text) {
    skipSpace();
    const char *p = m_pos;
    const char *begin = p;
    if (p < m_end && *p == '-')
        ++p;
    if (p < m_end && *p == '0') {
        ++p;
    } else if (p < m_end && *p >= '1' && *p <= '9') {
        while (p < m_end && isDigit(*p))
            ++p;
    } else {
        return false;
    }
    if (p < m_end && *p == '.') {
        ++p;
        if (p == m_end || !isDigit(*p))
            return false;
        while (p < m_end && isDigit(*p))
            ++p;
    }
    if (p < m_end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < m_end && (*p == '+' || *p == '-'))
            ++p;
        if (p == m_end || !isDigit(*p))
            return false;
        // Bounded so that every accepted number is a finite, normal double for Qt (1e400 is an
        // "illegal number" to it, and underflow handling is not worth depending on).
        int exponent = 0;
        while (p < m_end && isDigit(*p)) {
            exponent = exponent * 10 + (*p - '0');
            if (exponent > kMaxExponent)
                return false;
            ++p;
        }
    }
    if (p - begin > kMaxNumberLength)
        return false;
    *text = QByteArrayView(begin, p - begin);
    m_pos = p;
    return true;
}

bool JsonScanner::takeWord(const char *word, qsizetype length) {
    skipSpace();
    if (m_end - m_pos < length || std::memcmp(m_pos, word, size_t(length)) != 0)
        return false;
    m_pos += length;
    return true;
}

bool JsonScanner::readBoolean(bool *out) {
    if (takeWord("true", 4)) {
        *out = true;
        return true;
    }
    if (takeWord("false", 5)) {
        *out = false;
        return true;
    }
    return false;
}

bool JsonScanner::readNull() {
    return takeWord("null", 4);
}

bool JsonScanner::skipValue(int depth) {
    switch (peek()) {
    case '"': {
        JsonString ignored;
        return readString(&ignored);
    }
    case '{':
        return skipObject(depth + 1);
    case '[':
        return skipArray(depth + 1);
    case 't':
    case 'f': {
        bool ignored = false;
        return readBoolean(&ignored);
    }
    case 'n':
        return readNull();
    default: {
        QByteArrayView ignored;
        return readNumber(&ignored);
    }
    }
}

bool JsonScanner::skipObject(int depth) {
    if (depth > kMaxDepth || !take('{'))
        return false;
    if (take('}'))
        return true;
    do {
        JsonString key;
        if (!readString(&key) || !take(':') || !skipValue(depth))
            return false;
    } while (take(','));
    return take('}');
}

bool JsonScanner::skipArray(int depth) {
    if (depth > kMaxDepth || !take('['))
        return false;
    if (take(']'))
        return true;
    do {
        if (!skipValue(depth))
            return false;
    } while (take(','));
    return take(']');
}

} // namespace m3ter
