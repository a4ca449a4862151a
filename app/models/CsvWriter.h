#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QSaveFile;

namespace m3ter {

// Writes RFC 4180 CSV: UTF-8, CRLF line ends, a field quoted when it holds a comma, a quote, CR
// or LF or starts with U+FEFF (quotes doubled inside; a record of one empty field is written as
// "", not as a blank line), optionally a UTF-8 byte-order mark so Excel on Windows does not
// read the file as ANSI. Generic: one record is a QStringList, so any table (line items, the
// bill list) can be exported through it.
//
// The file is written through QSaveFile: until commit() succeeds the destination is untouched,
// so a failed or abandoned export never leaves a half-written file behind, nor destroys the file
// it would have replaced.
//
//     CsvWriter csv;
//     if (!csv.open(path, options)) return csv.errorString();
//     csv.writeRecord(header);
//     for (...) csv.writeRecord(row);
//     if (!csv.commit()) return csv.errorString();
class CsvWriter {
    Q_DECLARE_TR_FUNCTIONS(m3ter::CsvWriter)

public:
    struct Options {
        bool withBom = false;
        // Text that a spreadsheet would run as a formula ("=…", "@…", a leading tab or CR, or a
        // sign followed by a call such as "+SUM(…)" or a DDE link "-1+cmd|…!A1") gets a leading
        // apostrophe: exported values come from the server and an auditor opens the file in
        // Excel. Signed amounts such as "-12.50" or "-$1,234.00" are left alone.
        bool neutralizeFormulas = true;
    };

    CsvWriter();
    ~CsvWriter(); // without commit(): discards everything written
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    bool open(const QString &path, const Options &options);
    bool open(const QString &path) { return open(path, Options()); }
    // Appends one record. False after a write error (see errorString()); later calls do nothing.
    bool writeRecord(const QStringList &fields);
    // Moves the finished file into place. False (and the destination untouched) on any error:
    // folder not writable, disk full, the file vanished from under us.
    bool commit();
    // Abandons the file; the destination stays as it was.
    void cancel();

    bool isOpen() const;
    int recordCount() const { return m_records; }
    // Translated, names the file, says what went wrong. Empty when nothing failed.
    QString errorString() const { return m_error; }

    // One-shot: writes `records` to `path`. On failure returns false and sets *error.
    static bool write(const QString &path, const QList<QStringList> &records,
                      const Options &options, QString *error = nullptr);

    // The encoding itself, for tests and for clipboard copies.
    static QString quoteField(const QString &field, bool neutralizeFormulas = true);
    static QByteArray encodeRecord(const QStringList &fields, bool neutralizeFormulas = true);
    static QByteArray byteOrderMark() { return QByteArrayLiteral("\xEF\xBB\xBF"); }

private:
    void fail(const QString &reason);

    std::unique_ptr<QSaveFile> m_file;
    QString m_path;
    QString m_error;
    Options m_options;
    int m_records = 0;
};

} // namespace m3ter
