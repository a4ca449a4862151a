#include "statements/StatementFileNames.h"

#include <QDir>
#include <QRegularExpression>

namespace m3ter {

namespace {

bool isForbidden(QChar c) {
    if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control)
        return true;
    switch (c.unicode()) {
    case '<':
    case '>':
    case ':':
    case '"':
    case '/':
    case '\\':
    case '|':
    case '?':
    case '*':
        return true;
    default:
        return false;
    }
}

// CON, PRN, AUX, NUL, COM1-9, LPT1-9 name devices on Windows even with an extension
// ("nul.json"), and the superscript digits count too.
bool isWindowsReservedName(const QString &name) {
    static const QRegularExpression reserved(
        QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9\u00b9\u00b2\u00b3]|LPT[0-9\u00b9\u00b2\u00b3])"
                       "(\\..*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return reserved.match(name).hasMatch();
}

} // namespace

QString StatementFileNames::sanitizeComponent(const QString &name) {
    QString out;
    out.reserve(name.size());
    for (QChar c : name)
        out.append(isForbidden(c) ? QLatin1Char('_') : c);

    // Windows strips trailing dots and spaces, so "a." and "a" would be the same file.
    while (!out.isEmpty() && (out.endsWith(QLatin1Char('.')) || out.endsWith(QLatin1Char(' '))))
        out.chop(1);
    while (!out.isEmpty() && out.startsWith(QLatin1Char(' ')))
        out.remove(0, 1);
    if (out.startsWith(QLatin1Char('.')))
        out[0] = QLatin1Char('_');

    if (out.size() > kMaxComponentLength) {
        int cut = kMaxComponentLength;
        if (out.at(cut - 1).isHighSurrogate())
            --cut; // never leave half a surrogate pair
        out.truncate(cut);
    }
    if (out.isEmpty())
        return QStringLiteral("_");
    if (isWindowsReservedName(out))
        out.prepend(QLatin1Char('_'));
    return out;
}

QString StatementFileNames::fileName(const QDate &billDate, const QString &billId,
                                     StatementFormat format) {
    const QString date =
        billDate.isValid() ? billDate.toString(Qt::ISODate) : QStringLiteral("undated");
    // The extension is ours, so it is appended after sanitising (a long id cannot cut it off).
    return sanitizeComponent(date + QLatin1Char('_') + billId) + QLatin1Char('.') +
           statementFormatPath(format);
}

QString StatementFileNames::relativePath(const QString &orgFolder, const QString &accountCode,
                                         const QDate &billDate, const QString &billId,
                                         StatementFormat format) {
    return sanitizeComponent(orgFolder) + QLatin1Char('/') + sanitizeComponent(accountCode) +
           QLatin1Char('/') + fileName(billDate, billId, format);
}

QString StatementFileNames::filePath(const QString &root, const QString &orgFolder,
                                     const QString &accountCode, const QDate &billDate,
                                     const QString &billId, StatementFormat format) {
    return QDir(root).filePath(relativePath(orgFolder, accountCode, billDate, billId, format));
}

} // namespace m3ter
