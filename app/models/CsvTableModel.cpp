#include "models/CsvTableModel.h"

#include <climits>

namespace m3ter {

CsvTableModel::CsvTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

QList<QStringList> CsvTableModel::parse(const QByteArray &bytes) {
    return CsvCells::parse(bytes).toList();
}

QList<QStringList> CsvTableModel::parse(QStringView text) {
    return CsvCells::parse(text).toList();
}

bool CsvTableModel::setCsv(const QByteArray &bytes, Header header) {
    beginResetModel();
    m_cells = CsvCells::parse(bytes);
    m_firstRow = header == Header::FirstRow && m_cells.recordCount() > 0 ? 1 : 0;
    // A view asks for int rows and columns; anything beyond is not shown.
    m_rows = int(qMin(m_cells.recordCount() - m_firstRow, qsizetype(INT_MAX)));
    qsizetype columns = 0;
    for (qsizetype r = 0; r < m_cells.recordCount(); ++r)
        columns = qMax(columns, m_cells.fieldCount(r));
    m_columns = int(qMin(columns, qsizetype(INT_MAX)));
    endResetModel();
    return !m_cells.tooLarge();
}

void CsvTableModel::clear() {
    beginResetModel();
    m_cells = CsvCells();
    m_firstRow = 0;
    m_rows = 0;
    m_columns = 0;
    endResetModel();
}

QStringList CsvTableModel::headers() const {
    return m_firstRow == 1 ? m_cells.record(0) : QStringList();
}

int CsvTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_rows;
}

int CsvTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_columns;
}

QVariant CsvTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole)
        return {};
    // Short rows are padded: field() is empty past a record's last field.
    const QString cell = m_cells.field(index.row() + m_firstRow, index.column()).toString();
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
    if (m_firstRow == 1 && !m_cells.field(0, section).isEmpty())
        return m_cells.field(0, section).toString();
    //: CSV viewer: a column without a header.
    return tr("Column %1").arg(section + 1);
}

} // namespace m3ter
