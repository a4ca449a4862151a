#include "models/CsvTableModel.h"

#include <QStringDecoder>

namespace m3ter {

CsvTableModel::CsvTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

QList<QStringList> CsvTableModel::parse(const QByteArray &bytes) {
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return parse(QStringView(text));
}

QList<QStringList> CsvTableModel::parse(QStringView text) {
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false; // the record has at least one field (a comma or any character)
    const auto endField = [&] {
        record.append(field);
        field.clear();
    };
    const auto endRecord = [&] {
        if (fieldStarted || !field.isEmpty()) {
            endField();
            records.append(record);
        }
        record.clear();
        field.clear();
        fieldStarted = false;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field.append(c); // commas and line breaks included
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            inQuotes = true;
            fieldStarted = true;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    endRecord();
    return records;
}

void CsvTableModel::setCsv(const QByteArray &bytes, Header header) {
    beginResetModel();
    m_rows = parse(bytes);
    m_headers.clear();
    if (header == Header::FirstRow && !m_rows.isEmpty())
        m_headers = m_rows.takeFirst();
    m_columns = int(m_headers.size());
    for (const QStringList &row : std::as_const(m_rows))
        m_columns = qMax(m_columns, int(row.size()));
    endResetModel();
}

void CsvTableModel::clear() {
    beginResetModel();
    m_rows.clear();
    m_headers.clear();
    m_columns = 0;
    endResetModel();
}

int CsvTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CsvTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_columns;
}

QVariant CsvTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole)
        return {};
    const QStringList &row = m_rows.at(index.row());
    const QString cell = index.column() < row.size() ? row.at(index.column()) : QString();
    if (role == Qt::DisplayRole &&
        (cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')))) {
        // One line per row in the table; the tooltip has the text as written.
        return QString(cell)
            .replace(QLatin1String("\r\n"), QString(QChar(0x21B5)))
            .replace(QLatin1Char('\r'), QChar(0x21B5))
            .replace(QLatin1Char('\n'), QChar(0x21B5));
    }
    return cell;
}

QVariant CsvTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section >= 0 && section < m_headers.size() && !m_headers.at(section).isEmpty())
        return m_headers.at(section);
    //: CSV viewer: a column without a header.
    return tr("Column %1").arg(section + 1);
}

} // namespace m3ter
