#include "statements/StatementContentCheck.h"

namespace m3ter {

namespace {

bool isJsonSpace(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(unsigned char c) {
    return c >= '0' && c <= '9';
}

bool isHex(unsigned char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

} // namespace

StatementContentCheck::StatementContentCheck(StatementFormat format)
    : m_format(format) {}

void StatementContentCheck::feed(const char *data, qsizetype size) {
    for (qsizetype i = 0; i < size && !failed(); ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (m_format == StatementFormat::Json)
            feedJson(c);
        else
            feedCsv(c);
        ++m_offset;
    }
}

bool StatementContentCheck::finish() {
    if (m_finished || failed())
        return !failed();
    m_finished = true;
    if (m_format == StatementFormat::Json) {
        // A number may end with the file; feeding a space closes it like any delimiter.
        if (m_state >= Json::NumberSign)
            feedJson(' ');
        if (!failed() && m_state != Json::Done)
            fail(m_offset == 0 ? tr("the file is empty")
                               : tr("the JSON ends early, at byte %1").arg(m_offset));
    } else {
        if (m_utf8Pending > 0)
            fail(tr("the text ends inside a character"));
        else if (!m_headerHasText || m_headerFields < 2)
            fail(tr("the CSV has no header line"));
        else if (m_inQuotes)
            fail(tr("the CSV ends inside a quoted field"));
    }
    return !failed();
}

void StatementContentCheck::fail(const QString &text) {
    if (m_error.isEmpty())
        m_error = text;
}

void StatementContentCheck::failJson() {
    fail(tr("not valid JSON at byte %1").arg(m_offset));
}

bool StatementContentCheck::utf8(unsigned char c) {
    if (m_utf8Pending > 0) {
        if ((c & 0xC0) != 0x80)
            return false;
        --m_utf8Pending;
        return true;
    }
    if (c < 0x80)
        return true;
    if (c >= 0xC2 && c <= 0xDF)
        m_utf8Pending = 1;
    else if (c >= 0xE0 && c <= 0xEF)
        m_utf8Pending = 2;
    else if (c >= 0xF0 && c <= 0xF4)
        m_utf8Pending = 3;
    else
        return false;
    return true;
}

void StatementContentCheck::afterValue() {
    m_state = m_stack.empty() ? Json::Done : Json::CommaOrClose;
}

void StatementContentCheck::feedJson(unsigned char c) {
    // A UTF-8 byte order mark (EF BB BF) may precede the document.
    if (m_state == Json::Bom1) {
        if (c == 0xEF) {
            m_state = Json::Bom2;
            return;
        }
        m_state = Json::Value; // no BOM: this byte starts the document
    } else if (m_state == Json::Bom2 || m_state == Json::Bom3) {
        const unsigned char expected = m_state == Json::Bom2 ? 0xBB : 0xBF;
        if (c != expected)
            return failJson();
        m_state = m_state == Json::Bom2 ? Json::Bom3 : Json::Value;
        return;
    }

    switch (m_state) {
    case Json::Value:
    case Json::ValueOrClose:
        if (isJsonSpace(c))
            return;
        if (c == ']' && m_state == Json::ValueOrClose) {
            m_stack.pop_back();
            return afterValue();
        }
        if (c == '{' || c == '[') {
            if (int(m_stack.size()) >= kMaxDepth)
                return fail(tr("the JSON is nested too deeply"));
            m_stack.push_back(char(c));
            m_state = c == '{' ? Json::KeyOrClose : Json::ValueOrClose;
            return;
        }
        if (c == '"') {
            m_stringIsKey = false;
            m_state = Json::String;
            return;
        }
        if (c == '-') {
            m_state = Json::NumberSign;
            return;
        }
        if (c == '0') {
            m_state = Json::NumberZero;
            return;
        }
        if (isDigit(c)) {
            m_state = Json::NumberInt;
            return;
        }
        if (c == 't' || c == 'f' || c == 'n') {
            m_literal = c == 't' ? "true" : c == 'f' ? "false" : "null";
            m_literalPos = 1;
            m_state = Json::Literal;
            return;
        }
        return failJson();
    case Json::KeyOrClose:
    case Json::Key:
        if (isJsonSpace(c))
            return;
        if (c == '}' && m_state == Json::KeyOrClose) {
            m_stack.pop_back();
            return afterValue();
        }
        if (c != '"')
            return failJson();
        m_stringIsKey = true;
        m_state = Json::String;
        return;
    case Json::Colon:
        if (isJsonSpace(c))
            return;
        if (c != ':')
            return failJson();
        m_state = Json::Value;
        return;
    case Json::CommaOrClose:
        if (isJsonSpace(c))
            return;
        if (c == ',') {
            m_state = m_stack.back() == '{' ? Json::Key : Json::Value;
            return;
        }
        if ((c == '}' && m_stack.back() == '{') || (c == ']' && m_stack.back() == '[')) {
            m_stack.pop_back();
            return afterValue();
        }
        return failJson();
    case Json::Done:
        if (!isJsonSpace(c))
            return failJson();
        return;
    case Json::String:
        if (m_utf8Pending == 0 && c == '"') {
            if (m_stringIsKey)
                m_state = Json::Colon;
            else
                afterValue();
            return;
        }
        if (m_utf8Pending == 0 && c == '\\') {
            m_state = Json::Escape;
            return;
        }
        if (c < 0x20 || !utf8(c))
            return failJson();
        return;
    case Json::Escape:
        if (c == 'u') {
            m_unicodeDigits = 0;
            m_state = Json::Unicode;
            return;
        }
        if (c == '"' || c == '\\' || c == '/' || c == 'b' || c == 'f' || c == 'n' || c == 'r' ||
            c == 't') {
            m_state = Json::String;
            return;
        }
        return failJson();
    case Json::Unicode:
        if (!isHex(c))
            return failJson();
        if (++m_unicodeDigits == 4)
            m_state = Json::String;
        return;
    case Json::Literal:
        if (c != static_cast<unsigned char>(m_literal[m_literalPos]))
            return failJson();
        if (m_literal[++m_literalPos] == '\0')
            afterValue();
        return;
    case Json::NumberSign:
        if (c == '0')
            m_state = Json::NumberZero;
        else if (isDigit(c))
            m_state = Json::NumberInt;
        else
            failJson();
        return;
    case Json::NumberZero:
    case Json::NumberInt:
        if (isDigit(c) && m_state == Json::NumberInt)
            return;
        if (c == '.') {
            m_state = Json::NumberPoint;
            return;
        }
        if (c == 'e' || c == 'E') {
            m_state = Json::NumberExp;
            return;
        }
        break; // the number ended: c belongs to what follows
    case Json::NumberPoint:
        if (!isDigit(c))
            return failJson();
        m_state = Json::NumberFraction;
        return;
    case Json::NumberFraction:
        if (isDigit(c))
            return;
        if (c == 'e' || c == 'E') {
            m_state = Json::NumberExp;
            return;
        }
        break;
    case Json::NumberExp:
        if (c == '+' || c == '-') {
            m_state = Json::NumberExpSign;
            return;
        }
        [[fallthrough]];
    case Json::NumberExpSign:
        if (!isDigit(c))
            return failJson();
        m_state = Json::NumberExpDigits;
        return;
    case Json::NumberExpDigits:
        if (isDigit(c))
            return;
        break;
    case Json::Bom1:
    case Json::Bom2:
    case Json::Bom3:
        return; // handled above
    }
    // A number just ended; the byte that ended it is read as what comes after a value.
    afterValue();
    feedJson(c);
}

void StatementContentCheck::feedCsv(unsigned char c) {
    if (!utf8(c))
        return fail(tr("the CSV is not UTF-8 text (byte %1)").arg(m_offset));
    if (c < 0x20 && c != '\t' && c != '\r' && c != '\n')
        return fail(tr("the CSV contains a control character at byte %1").arg(m_offset));
    if (c == '"') {
        m_inQuotes = !m_inQuotes; // a doubled quote inside a field toggles twice
    } else if (m_inHeader && !m_inQuotes) {
        if (c == '\n') {
            m_inHeader = false;
        } else if (c == ',') {
            ++m_headerFields;
        } else if (c != '\r' && c != ' ' && c != '\t') {
            m_headerHasText = true;
        }
        return;
    }
    if (m_inHeader && c != '\r' && c != '\n')
        m_headerHasText = true;
}

} // namespace m3ter
