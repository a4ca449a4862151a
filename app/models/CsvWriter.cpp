#include "models/CsvWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace m3ter {

namespace {

bool looksLikeFormula(const QString &field) {
    if (field.isEmpty())
        return false;
    const QChar first = field.front();
    if (first == u'=' || first == u'@' || first == u'\t' || first == u'\r')
        return true;
    if (first != u'+' && first != u'-')
        return false;
    // A leading sign is everywhere in finance data ("-12.50", "-$1,234.00") and harmless on its
    // own; what makes a signed cell dangerous is a function call or a DDE link.
    static const QRegularExpression active(QStringLiteral("[=(|!]"));
    return active.match(field).hasMatch();
}

} // namespace

CsvWriter::CsvWriter() = default;

CsvWriter::~CsvWriter() {
    cancel();
}

QString CsvWriter::quoteField(const QString &field, bool neutralizeFormulas) {
    QString text = field;
    if (neutralizeFormulas && looksLikeFormula(text))
        text.prepend(u'\'');
    // A field that starts with U+FEFF would, first in a file, be read as a byte-order mark and
    // dropped; quoted, the file starts with the quote instead.
    const bool needsQuotes = text.contains(u',') || text.contains(u'"') || text.contains(u'\n') ||
                             text.contains(u'\r') || text.startsWith(QChar(0xFEFF));
    if (!needsQuotes)
        return text;
    text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

QByteArray CsvWriter::encodeRecord(const QStringList &fields, bool neutralizeFormulas) {
    // One empty field would be a blank line, which readers (ours included) skip: the record
    // would vanish. Quoted, it is a record with one empty field.
    if (fields.size() == 1 && fields.constFirst().isEmpty())
        return QByteArrayLiteral("\"\"\r\n");
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += quoteField(fields.at(i), neutralizeFormulas);
    }
    line += QStringLiteral("\r\n");
    return line.toUtf8();
}

bool CsvWriter::open(const QString &path, const Options &options) {
    cancel();
    m_path = path;
    m_error.clear();
    m_options = options;
    m_records = 0;

    const QFileInfo info(path);
    if (!info.dir().exists()) {
        fail(tr("The folder “%1” does not exist.")
                 .arg(QDir::toNativeSeparators(info.absolutePath())));
        return false;
    }
    if (info.isDir()) {
        fail(tr("“%1” is a folder.").arg(QDir::toNativeSeparators(info.absoluteFilePath())));
        return false;
    }
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        fail(m_file->errorString());
        return false;
    }
    if (options.withBom && m_file->write(byteOrderMark()) != byteOrderMark().size()) {
        fail(m_file->errorString());
        return false;
    }
    return true;
}

bool CsvWriter::writeRecord(const QStringList &fields) {
    if (!m_file || !m_error.isEmpty())
        return false;
    const QByteArray bytes = encodeRecord(fields, m_options.neutralizeFormulas);
    if (m_file->write(bytes) != bytes.size()) {
        fail(m_file->errorString());
        return false;
    }
    ++m_records;
    return true;
}

bool CsvWriter::commit() {
    if (!m_file) {
        if (m_error.isEmpty())
            fail(tr("The file was not opened."));
        return false;
    }
    if (!m_error.isEmpty()) {
        cancel();
        return false;
    }
    // QSaveFile::commit() flushes, syncs and renames; a full disk or a folder that became
    // read-only shows up here, after every write() appeared to succeed.
    const bool ok = m_file->commit();
    if (!ok)
        fail(m_file->errorString());
    m_file.reset();
    return ok;
}

void CsvWriter::cancel() {
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset(); // QSaveFile removes its temporary file; the destination is untouched
    }
}

bool CsvWriter::isOpen() const {
    return m_file && m_file->isOpen();
}

void CsvWriter::fail(const QString &reason) {
    if (!m_error.isEmpty())
        return; // the first failure is the one worth reporting
    const QString name = QDir::toNativeSeparators(QFileInfo(m_path).absoluteFilePath());
    m_error = reason.isEmpty() ? tr("Could not save “%1”.").arg(name)
                               : tr("Could not save “%1”: %2").arg(name, reason);
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
}

bool CsvWriter::write(const QString &path, const QList<QStringList> &records,
                      const Options &options, QString *error) {
    CsvWriter csv;
    bool ok = csv.open(path, options);
    for (qsizetype i = 0; ok && i < records.size(); ++i)
        ok = csv.writeRecord(records.at(i));
    ok = ok && csv.commit();
    if (!ok && error)
        *error = csv.errorString();
    return ok;
}

} // namespace m3ter
