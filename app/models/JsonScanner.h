#pragma once

#include <QByteArrayView>
#include <QString>

namespace m3ter {

// One JSON string as the text spells it: the bytes between the quotes, already checked (valid
// UTF-8, well-formed escapes), and what decoding them takes.
struct JsonString {
    QByteArrayView raw;
    bool escaped = false; // raw holds backslash escapes: toString() must decode them
    bool ascii = true;    // no byte >= 0x80 (and no escapes): raw is its own Latin-1 text

    // The decoded text, exactly as QJsonDocument gives it: each \uXXXX is one UTF-16 unit (so a
    // surrogate pair written as two escapes becomes one character, and a lone surrogate stays
    // one unit), and "" is an empty, non-null QString.
    QString toString() const;
};

// A forward-only reader over the UTF-8 text of a JSON document, for callers that pick a few
// values out of a large document without building a QJsonDocument (BillRowScanner).
//
// It is deliberately narrower than QJsonDocument::fromJson: every read returns false on
// malformed JSON *and* on valid JSON that Qt might read differently or refuse (raw control
// characters in strings, lenient escapes such as "\x", numbers with more than 64 characters or
// an exponent beyond ±200, nesting deeper than 200, a byte order mark). What it accepts, Qt
// accepts too and reads the same, so a caller can fall back to QJsonDocument whenever a read
// fails and get exactly Qt's answer, errors included. After a failed read the position is
// unspecified; the scanner is meant to be abandoned then.
//
// Every read skips JSON whitespace (space, tab, CR, LF) before the value it reads.
class JsonScanner {
public:
    explicit JsonScanner(QByteArrayView text)
        : m_pos(text.data())
        , m_end(text.data() + text.size()) {}

    // The next byte after whitespace (not consumed), or '\0' at the end of the text.
    char peek() {
        skipSpace();
        return m_pos < m_end ? *m_pos : '\0';
    }
    // True when only whitespace is left.
    bool atEnd() {
        skipSpace();
        return m_pos == m_end;
    }
    // Consumes `c` if it is the next byte after whitespace. Inline, like peek(): a bill takes
    // about a hundred of these.
    bool take(char c) {
        skipSpace();
        if (m_pos < m_end && *m_pos == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    bool readString(JsonString *out);
    // A number in strict JSON grammar (no leading zeros, digits on both sides of '.'); `text`
    // is its spelling, which points into the scanned text.
    bool readNumber(QByteArrayView *text);
    bool readBoolean(bool *out);
    bool readNull();
    // Skips one value of any type, checking it as thoroughly as the reads above.
    bool skipValue() { return skipValue(0); }

private:
    static constexpr int kMaxDepth = 200;
    static constexpr qsizetype kMaxNumberLength = 64;
    static constexpr int kMaxExponent = 200;

    bool skipValue(int depth);
    bool skipObject(int depth);
    bool skipArray(int depth);
    bool takeWord(const char *word, qsizetype length);
    void skipSpace() {
        while (m_pos < m_end &&
               (*m_pos == ' ' || *m_pos == '\n' || *m_pos == '\r' || *m_pos == '\t'))
            ++m_pos;
    }

    const char *m_pos;
    const char *m_end;
};

} // namespace m3ter
