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
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
            out.append(c);
            out.append(name.at(++i));
        } else if (c.isSurrogate()) {
            // A lone half of a pair is not a character: no file system can store it as UTF-8,
            // and on Windows two different lone surrogates may map to the same name.
            out.append(QLatin1Char('_'));
        } else {
            out.append(isForbidden(c) ? QLatin1Char('_') : c);
        }
    }

    while (out.startsWith(QLatin1Char(' ')))
        out.remove(0, 1);
    if (out.startsWith(QLatin1Char('.')))
        out[0] = QLatin1Char('_');

    // Cut first, then strip: Windows drops trailing dots and spaces, so "a." and "a" would be
    // the same file, and a cut can make a new trailing dot or space.
    const auto cutAndStrip = [](QString *s) {
        if (s->size() > kMaxComponentLength) {
            qsizetype cut = kMaxComponentLength;
            if (s->at(cut - 1).isHighSurrogate())
                --cut; // never leave half a surrogate pair
            s->truncate(cut);
        }
        while (s->endsWith(QLatin1Char('.')) || s->endsWith(QLatin1Char(' ')))
            s->chop(1);
    };
    cutAndStrip(&out);
    if (out.isEmpty())
        return QStringLiteral("_");
    if (isWindowsReservedName(out)) {
        // The prefix can push the name one over the limit; cutting again cannot make it
        // reserved or empty again, since it now starts with "_".
        out.prepend(QLatin1Char('_'));
        cutAndStrip(&out);
    }
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
