#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QSet>
#include <QString>

namespace m3ter {

// Returns one shared QString for equal texts, so 100,000 rows that name the same 80 accounts hold
// 80 strings, not 100,000. Not thread-safe: use one pool per thread (page parsing runs off the GUI
// thread with its own pool; the copies it hands over are still shared among that page's rows).
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

    // intern(QString::fromUtf8(utf8)) for valid UTF-8, without decoding (nor allocating) when the
    // text was seen before: BillRowScanner hands over the raw bytes of a JSON string, and five
    // fields of every bill name one of a few hundred values. Both entry points share one set of
    // strings, so a row read either way holds the same QString.
    QString internUtf8(QByteArrayView utf8) {
        if (utf8.isEmpty())
            return QString();
        // fromRawData: the lookup key points into the page body, no copy.
        const auto it = m_byUtf8.constFind(QByteArray::fromRawData(utf8.data(), utf8.size()));
        if (it != m_byUtf8.constEnd())
            return *it;
        const QString text = intern(QString::fromUtf8(utf8));
        m_byUtf8.insert(utf8.toByteArray(), text);
        return text;
    }

    qsizetype size() const { return m_strings.size(); }

private:
    QSet<QString> m_strings;
    QHash<QByteArray, QString> m_byUtf8;
};

} // namespace m3ter
