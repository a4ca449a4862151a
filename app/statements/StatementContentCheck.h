#pragma once

#include "api/StatementFormat.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace m3ter {

// Checks, piece by piece as a download streams to disk, that a statement file is what its format
// says, so that a damaged 200 from the download host is never saved as "Downloaded":
// - JSON: one complete, syntactically valid JSON value (RFC 8259, UTF-8; a leading BOM is
//   allowed) and nothing but whitespace after it;
// - CSV: UTF-8 text without control characters other than tab, CR and LF, a first line that is a
//   header of at least two fields, and every quoted field closed by the end of the file.
// Memory stays bounded whatever the file's size: the only state that grows is the stack of open
// JSON arrays and objects, limited to kMaxDepth. Nothing is interpreted beyond syntax (m3ter
// publishes no statement schema).
class StatementContentCheck {
    Q_DECLARE_TR_FUNCTIONS(m3ter::StatementContentCheck)

public:
    static constexpr int kMaxDepth = 512;

    explicit StatementContentCheck(StatementFormat format);

    void feed(const char *data, qsizetype size);
    void feed(const QByteArray &bytes) { feed(bytes.constData(), bytes.size()); }
    // Call once after the last byte; true when the whole file is valid.
    bool finish();
    bool failed() const { return !m_error.isEmpty(); }
    // Translated, e.g. "not valid JSON at byte 1234"; empty while valid.
    QString errorText() const { return m_error; }

private:
    enum class Json {
        Bom1,           // at the start: maybe a byte order mark
        Bom2,           // after its first byte
        Bom3,           // after its second byte
        Value,          // a value must come
        ValueOrClose,   // after '['
        KeyOrClose,     // after '{'
        Key,            // after ',' in an object
        Colon,          // after a key
        CommaOrClose,   // after a value inside an array or object
        Done,           // the top-level value is complete
        String,         // inside a string
        Escape,         // after '\' in a string
        Unicode,        // inside \uXXXX
        Literal,        // inside true/false/null
        NumberSign,     // after '-'
        NumberZero,     // after a leading 0
        NumberInt,      // in the integer digits
        NumberPoint,    // after '.'
        NumberFraction, // in the fraction digits
        NumberExp,      // after 'e'
        NumberExpSign,  // after 'e+'/'e-'
        NumberExpDigits,
    };

    void feedJson(unsigned char c);
    void feedCsv(unsigned char c);
    bool utf8(unsigned char c); // false on a byte that cannot continue valid UTF-8
    void afterValue();
    void fail(const QString &text);
    void failJson();

    StatementFormat m_format;
    qint64 m_offset = 0;
    QString m_error;
    bool m_finished = false;
    int m_utf8Pending = 0; // continuation bytes still expected

    // JSON
    Json m_state = Json::Bom1;
    bool m_stringIsKey = false;
    int m_unicodeDigits = 0;
    const char *m_literal = nullptr;
    int m_literalPos = 0;
    std::vector<char> m_stack; // '{' or '['

    // CSV
    bool m_inHeader = true;
    bool m_inQuotes = false;
    bool m_headerHasText = false;
    int m_headerFields = 1;
};

} // namespace m3ter
