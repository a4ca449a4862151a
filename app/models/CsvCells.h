#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace m3ter {

// The records of one CSV text, parsed (RFC 4180, leniently: see CsvTableModel) and stored
// compactly: the unescaped text of every field back to back in one string, plus one 32-bit end
// offset per field and one per record. A field costs 4 bytes and its characters, whatever the
// shape of the file, where a QList<QStringList> costs a QString and its heap block per field
// (what that cost for the statement viewer's large files: docs/BENCHMARKS.md).
class CsvCells {
public:
    // Above this the 32-bit offsets could overflow; parse() then gives no records and
    // tooLarge() is true. (The statement viewer refuses files far smaller than this.)
    static constexpr qsizetype kMaxChars = 0x7FFFFFFF;

    // UTF-8; a byte-order mark is dropped, invalid sequences become U+FFFD.
    static CsvCells parse(const QByteArray &utf8);
    static CsvCells parse(QStringView text);

    bool tooLarge() const { return m_tooLarge; }
    qsizetype recordCount() const { return qsizetype(m_recordEnds.size()); }
    qsizetype fieldCount(qsizetype record) const;
    // An empty view past the record's last field.
    QStringView field(qsizetype record, qsizetype column) const;
    QStringList record(qsizetype record) const;
    QList<QStringList> toList() const;

private:
    QString m_text;                    // all fields' text, unescaped, back to back
    std::vector<quint32> m_fieldEnds;  // end of field i in m_text; it starts where i - 1 ends
    std::vector<quint32> m_recordEnds; // one past the last field of record r in m_fieldEnds
    bool m_tooLarge = false;
};

} // namespace m3ter
