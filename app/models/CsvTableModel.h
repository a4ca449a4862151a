#pragma once

#include "models/CsvCells.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace m3ter {

// A read-only table over CSV text, for the built-in statement viewer. Parsing follows RFC 4180:
// comma-separated fields, fields in double quotes may hold commas, quotes ("" for one) and line
// breaks; records end in CRLF, LF or CR. A UTF-8 byte-order mark is dropped. Lenient where the
// RFC is strict, so a slightly malformed file is still shown rather than refused: rows may have
// different numbers of fields (short rows are padded with empty cells), a stray quote inside an
// unquoted field is kept as text, and an unterminated quote runs to the end of the file.
class CsvTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class Header { FirstRow, None };

    explicit CsvTableModel(QObject *parent = nullptr);

    // Replaces the contents with the parsed bytes (UTF-8). With Header::FirstRow the first
    // record names the columns. The model keeps the cells compactly (CsvCells): about 4 bytes
    // per field plus 2 per character, so its memory is bounded by a small multiple of the file's
    // size whatever its shape. False (and an empty model) only above CsvCells::kMaxChars.
    bool setCsv(const QByteArray &bytes, Header header = Header::FirstRow);
    void clear();

    // Records as parsed, without padding; blank lines outside quotes are skipped.
    static QList<QStringList> parse(const QByteArray &bytes);
    static QList<QStringList> parse(QStringView text);

    QStringList headers() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    CsvCells m_cells;
    int m_firstRow = 0; // 1 when record 0 is the header
    int m_rows = 0;
    int m_columns = 0;
};

} // namespace m3ter
