#pragma once

#include <QSet>
#include <QString>

namespace m3ter {

// Returns one shared QString for equal texts, so 100,000 rows that name the same 80 accounts hold
// 80 strings, not 100,000. Not thread-safe: whoever shares a pool between threads guards it
// (BillPageParser keeps one for every page it parses, behind a mutex, since pages may be parsed
// on different worker threads).
class StringPool {
public:
    QString intern(const QString &text) {
        if (text.isEmpty())
            return QString();
        const auto it = m_strings.constFind(text);
        if (it != m_strings.constEnd())
            return *it;
        m_strings.insert(text);
        return text;
    }

    qsizetype size() const { return m_strings.size(); }

private:
    QSet<QString> m_strings;
};

} // namespace m3ter
