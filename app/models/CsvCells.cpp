#include "models/CsvCells.h"

#include <QStringDecoder>

namespace m3ter {

CsvCells CsvCells::parse(const QByteArray &utf8) {
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(utf8);
    QStringView view(text);
    if (view.startsWith(QChar(0xFEFF)))
        view = view.mid(1);
    return parse(view);
}

CsvCells CsvCells::parse(QStringView text) {
    CsvCells cells;
    const qsizetype n = text.size();
    if (n > kMaxChars) {
        cells.m_tooLarge = true;
        return cells;
    }
    // Upper bounds, so that nothing grows by doubling (which would leave up to half of each
    // buffer unused): the fields' text is never longer than the input, and every field or
    // record ends at a separator or at the end.
    qsizetype separators = 1;
    for (const QChar c : text)
        separators += (c == QLatin1Char(',') || c == QLatin1Char('\n') || c == QLatin1Char('\r'));
    cells.m_text.reserve(n);
    cells.m_fieldEnds.reserve(size_t(separators));

    QString &out = cells.m_text;
    bool inQuotes = false;
    bool recordStarted = false; // the record has at least one field (a comma or any character)
    qsizetype fieldStart = 0;   // where the current field's text starts in out
    const auto endField = [&] {
        cells.m_fieldEnds.push_back(quint32(out.size()));
        fieldStart = out.size();
    };
    const auto endRecord = [&] {
        if (recordStarted || out.size() > fieldStart) {
            endField();
            cells.m_recordEnds.push_back(quint32(cells.m_fieldEnds.size()));
        }
        recordStarted = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    out.append(c);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                out.append(c); // commas and line breaks included
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
            recordStarted = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
        } else if (c == QLatin1Char('"') && out.size() == fieldStart) {
            inQuotes = true;
            recordStarted = true;
        } else {
            out.append(c);
            recordStarted = true;
        }
    }
    endRecord();
    out.squeeze();
    cells.m_fieldEnds.shrink_to_fit();
    cells.m_recordEnds.shrink_to_fit();
    return cells;
}

qsizetype CsvCells::fieldCount(qsizetype record) const {
    if (record < 0 || record >= recordCount())
        return 0;
    const quint32 begin = record == 0 ? 0 : m_recordEnds[size_t(record - 1)];
    return qsizetype(m_recordEnds[size_t(record)] - begin);
}

QStringView CsvCells::field(qsizetype record, qsizetype column) const {
    if (column < 0 || column >= fieldCount(record))
        return {};
    const size_t index =
        size_t(record == 0 ? 0 : m_recordEnds[size_t(record - 1)]) + size_t(column);
    const quint32 begin = index == 0 ? 0 : m_fieldEnds[index - 1];
    return QStringView(m_text).mid(begin, qsizetype(m_fieldEnds[index] - begin));
}

QStringList CsvCells::record(qsizetype record) const {
    QStringList fields;
    const qsizetype count = fieldCount(record);
    fields.reserve(count);
    for (qsizetype c = 0; c < count; ++c)
        fields.append(field(record, c).toString());
    return fields;
}

QList<QStringList> CsvCells::toList() const {
    QList<QStringList> records;
    records.reserve(recordCount());
    for (qsizetype r = 0; r < recordCount(); ++r)
        records.append(record(r));
    return records;
}

} // namespace m3ter
