// Statement file names (StatementFileNames): any UTF-16 text, lone surrogates included, becomes
// one harmless path component: not empty, at most kMaxComponentLength units, no separator,
// control or Windows-reserved character, no trailing dot or space, no leading dot or space, no
// reserved device name, no half surrogate pair; and sanitising twice changes nothing.
#include "FuzzSupport.h"
#include "statements/StatementFileNames.h"

#include <QRegularExpression>

using namespace m3ter;

namespace {

void checkComponent(const QString &in, const QString &out) {
    const QString detail = QStringLiteral("\"%1\" -> \"%2\"").arg(in.left(120), out);
    FUZZ_CHECK(!out.isEmpty(), detail);
    FUZZ_CHECK(out.size() <= StatementFileNames::kMaxComponentLength, detail);
    FUZZ_CHECK(out != QLatin1String(".") && out != QLatin1String(".."), detail);
    FUZZ_CHECK(!out.endsWith(QLatin1Char('.')) && !out.endsWith(QLatin1Char(' ')), detail);
    FUZZ_CHECK(!out.startsWith(QLatin1Char('.')) && !out.startsWith(QLatin1Char(' ')), detail);
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        FUZZ_CHECK(c.unicode() >= 0x20 && c.unicode() != 0x7f &&
                       !QStringLiteral("<>:\"/\\|?*").contains(c),
                   detail);
        if (c.isHighSurrogate())
            FUZZ_CHECK(i + 1 < out.size() && out.at(i + 1).isLowSurrogate(), detail);
        if (c.isLowSurrogate())
            FUZZ_CHECK(i > 0 && out.at(i - 1).isHighSurrogate(), detail);
    }
    static const QRegularExpression reserved(
        QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9\u00b9\u00b2\u00b3]|LPT[0-9\u00b9\u00b2\u00b3])"
                       "(\\..*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    FUZZ_CHECK(!reserved.match(out).hasMatch(), detail);
    FUZZ_CHECK(StatementFileNames::sanitizeComponent(out) == out,
               detail +
                   QStringLiteral(" -> \"%1\"").arg(StatementFileNames::sanitizeComponent(out)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString name = fuzz::utf16(data, size);
    checkComponent(name, StatementFileNames::sanitizeComponent(name));
    const QString utf8Name = QString::fromUtf8(fuzz::bytes(data, size));
    checkComponent(utf8Name, StatementFileNames::sanitizeComponent(utf8Name));

    // A whole relative path is three such components, whatever the ids.
    const QString path = StatementFileNames::relativePath(name, utf8Name, QDate(2024, 1, 31), name,
                                                          StatementFormat::Json);
    const QStringList parts = path.split(QLatin1Char('/'));
    FUZZ_CHECK(parts.size() == 3, path);
    FUZZ_CHECK(parts.at(2).endsWith(QLatin1String(".json")), path);
    return 0;
}
