#include "DataGenerator.h"

#include "CurrencyTable.h"
#include "Prng.h"

#include <QHash>

#include <array>
#include <cmath>

namespace m3ter::sandbox {

namespace {

// Names chosen to break naive code: non-Latin scripts, combining-free accents, ampersands, quotes
// and commas (CSV), apostrophes, right-to-left text.
const std::array<const char16_t *, 20> kNames{{
    u"Müller & Söhne GmbH",
    u"株式会社テスト",
    u"Ørsted Énergie",
    u"Acme Analytics Ltd",
    u"Café Olé S.A.",
    u"Zürich Datenwerk AG",
    u"Łódź Logistics Sp. z o.o.",
    u"Ελληνική Τεχνολογία Α.Ε.",
    u"Компания Север",
    u"Nordic Fjørd AS",
    u"São Paulo Serviços Ltda",
    u"O'Brien & Partners",
    u"Smith, Jones \"& Co\"",
    u"Globex Corporation",
    u"شركة الكويت السحابية",
    u"Tōkyō Denki K.K.",
    u"Dvořák Software s.r.o.",
    u"Ærø Maritime ApS",
    u"Initech LLC",
    u"Umbrella plc",
}};

struct Place {
    const char16_t *street;
    const char16_t *locality;
    const char16_t *region;
    const char16_t *postCode;
    const char16_t *country;
};

const std::array<Place, 6> kPlaces{{
    {u"Königstraße 12", u"Stuttgart", u"Baden-Württemberg", u"70173", u"DE"},
    {u"1-2-3 Marunouchi", u"千代田区", u"東京都", u"100-0005", u"JP"},
    {u"221B Baker Street", u"London", u"Greater London", u"NW1 6XE", u"GB"},
    {u"500 Market St, Suite 4", u"San Francisco", u"CA", u"94105", u"US"},
    {u"Block 3, Street 14", u"Kuwait City", u"Al Asimah", u"13001", u"KW"},
    {u"Bahnhofstrasse 1", u"Zürich", u"ZH", u"8001", u"CH"},
}};

QString qs(const char16_t *s) {
    return QString::fromUtf16(s);
}

} // namespace

QUuid DataGenerator::organizationId(quint64 seed) {
    Prng rng(Prng::mix(seed, "organization"));
    return rng.uuid();
}

QList<AccountRecord> DataGenerator::makeAccounts(const SandboxConfig &config, QDate referenceDate) {
    Prng rng(Prng::mix(config.seed, "accounts"));
    QHash<QString, QTimeZone> zones;
    const char *modes[] = {"NONE", "NONE", "JSON", "JSON_AND_CSV"};
    // Weights for USD EUR GBP JPY KWD CHF AUD; the first accounts cycle through the five
    // currencies the brief calls for so even a tiny data set has them all.
    const int weights[] = {35, 20, 15, 10, 8, 6, 6};

    QList<AccountRecord> accounts;
    accounts.reserve(config.accounts);
    for (int i = 0; i < config.accounts; ++i) {
        AccountRecord a;
        a.id = rng.uuid();
        a.name = qs(kNames[std::size_t(i) % kNames.size()]);
        if (i >= int(kNames.size()))
            a.name += QLatin1Char(' ') + QString::number(i / int(kNames.size()) + 1);
        a.code = QStringLiteral("ACC-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        a.emailAddress = QStringLiteral("billing+%1@example.com").arg(i + 1);
        if (i < 5) {
            a.currency = i;
        } else {
            int r = rng.bounded(100);
            a.currency = 0;
            while (r >= weights[a.currency]) {
                r -= weights[a.currency];
                ++a.currency;
            }
        }
        if (rng.chance(0.4))
            a.purchaseOrderNumber = QStringLiteral("PO-%1").arg(rng.range(10000, 99999));
        a.timezoneName = QString::fromLatin1(CurrencyTable::at(a.currency).timezone);
        if (!zones.contains(a.timezoneName)) {
            QTimeZone zone(a.timezoneName.toLatin1());
            zones.insert(a.timezoneName, zone.isValid() ? zone : QTimeZone::utc());
        }
        a.timezone = zones.value(a.timezoneName);
        a.daysBeforeBillDue = int(rng.range(1, 4)) * 15;
        a.autoGenerateStatementMode = QString::fromLatin1(modes[rng.bounded(4)]);
        a.invoiceDateLastDayOfArrears = rng.chance(0.25);
        a.billEpoch = referenceDate.addMonths(-24 - rng.bounded(12));
        a.billEpoch = QDate(a.billEpoch.year(), a.billEpoch.month(), 1);
        const Place &p = kPlaces[std::size_t(rng.bounded(int(kPlaces.size())))];
        a.addressLine1 = qs(p.street);
        a.locality = qs(p.locality);
        a.region = qs(p.region);
        a.postCode = qs(p.postCode);
        a.country = qs(p.country);
        accounts.append(a);
    }
    return accounts;
}

DataGenerator::Output DataGenerator::generate(const SandboxConfig &config, QDate referenceDate) {
    Output out;
    out.accounts = makeAccounts(config, referenceDate);
    if (out.accounts.isEmpty())
        return out;

    Prng rng(Prng::mix(config.seed, "bills"));
    const QDate firstMonth = QDate(referenceDate.year(), referenceDate.month(), 1).addMonths(-17);
    const qint64 first = firstMonth.toJulianDay();
    const qint64 today = referenceDate.toJulianDay();
    const int span = int(today - first + 1);
    const int accountCount = int(out.accounts.size());
    // Bills calculated by the same bill run share a billJobId: key = (billDate, frequency, slot).
    QHash<qint64, int> jobOfKey;

    out.bills.reserve(config.bills);
    for (int i = 0; i < config.bills; ++i) {
        BillRecord b;
        b.id = rng.uuid();
        b.lineItemSeed = rng.next();
        // Skewed so a few accounts have many bills, as real customer bases do.
        b.account = qMin(accountCount - 1, int(std::pow(rng.unit(), 1.6) * accountCount));
        const AccountRecord &account = out.accounts.at(b.account);

        const int f = rng.bounded(100);
        if (f < 70) {
            b.frequency = BillRecord::Monthly;
            const QDate start = firstMonth.addMonths(rng.bounded(18));
            b.startDate = start.toJulianDay();
            b.endDate = start.addMonths(1).toJulianDay();
        } else if (f < 82) {
            b.frequency = BillRecord::Weekly;
            const qint64 monday = first - (firstMonth.dayOfWeek() - 1);
            b.startDate = monday + 7 * rng.range(0, span / 7);
            b.endDate = b.startDate + 7;
        } else if (f < 88) {
            b.frequency = BillRecord::Daily;
            b.startDate = first + rng.range(0, span - 1);
            b.endDate = b.startDate + 1;
        } else if (f < 92) {
            b.frequency = BillRecord::Annually;
            const QDate end = firstMonth.addMonths(rng.bounded(18) + 1);
            b.startDate = end.addYears(-1).toJulianDay();
            b.endDate = end.toJulianDay();
        } else {
            b.frequency = BillRecord::AdHoc;
            b.endDate = first + rng.range(0, span - 1);
            b.startDate = b.endDate - rng.range(1, 20);
        }
        b.billDate = b.endDate;
        b.dueDate = b.billDate + account.daysBeforeBillDue;
        b.externalInvoiceDate = account.invoiceDateLastDayOfArrears ? b.endDate - 1 : b.endDate;
        b.calculatedMinuteOfDay = int(rng.range(60, 6 * 60));
        b.utcTimezone = rng.chance(0.1);

        const qint64 age = today - b.billDate;
        b.status = rng.chance(age > 35 ? 0.85 : 0.3) ? BillRecord::Approved : BillRecord::Pending;
        b.locked = b.status == BillRecord::Approved && age > 60 && rng.chance(0.6);
        b.version = quint16(1 + rng.bounded(3));
        if (b.status == BillRecord::Approved && rng.chance(0.7))
            b.externalReference = int(rng.range(100000, 999999));
        if (b.status == BillRecord::Approved && rng.chance(0.25)) {
            b.jsonStatementGenerated = true;
            b.csvStatementGenerated = rng.chance(0.5);
            b.statementStale = rng.chance(0.2);
        }

        const qint64 key = (b.billDate * 8 + b.frequency) * 4 + (b.account % 3);
        auto it = jobOfKey.find(key);
        if (it == jobOfKey.end()) {
            it = jobOfKey.insert(key, int(out.billJobIds.size()));
            out.billJobIds.append(rng.uuid());
        }
        b.billJob = it.value();
        out.bills.append(b);
    }
    addEdgeCases(config, out.bills);
    return out;
}

BillRecord DataGenerator::monthEndBill(const SandboxConfig &config,
                                       const QList<AccountRecord> &accounts, QDate referenceDate,
                                       quint64 n) {
    Prng rng(Prng::mix(Prng::mix(config.seed, "month-end bills"), n));
    BillRecord b;
    b.id = rng.uuid();
    b.lineItemSeed = rng.next();
    b.account = rng.bounded(int(accounts.size()));
    const AccountRecord &account = accounts.at(b.account);
    const QDate thisMonth(referenceDate.year(), referenceDate.month(), 1);
    b.frequency = BillRecord::Monthly;
    b.startDate = thisMonth.addMonths(-1).toJulianDay();
    b.endDate = thisMonth.toJulianDay();
    b.billDate = b.endDate;
    b.dueDate = b.billDate + account.daysBeforeBillDue;
    b.externalInvoiceDate = account.invoiceDateLastDayOfArrears ? b.endDate - 1 : b.endDate;
    b.calculatedMinuteOfDay = int(rng.range(60, 6 * 60));
    b.status = BillRecord::Pending;
    return b;
}

void DataGenerator::addEdgeCases(const SandboxConfig &config, QList<BillRecord> &bills) {
    // A stream of its own, drawn the same way whatever the share: the bills, their ids and every
    // other field stay exactly what the seed gave before edge cases existed.
    Prng rng(Prng::mix(config.seed, "edge cases"));
    for (BillRecord &b : bills) {
        const double pick = rng.unit();
        const int kind = rng.bounded(5);
        const qint64 adjustment = rng.range(1, 999) * (rng.chance(0.5) ? 1 : -1);
        if (pick >= config.edgeCaseShare)
            continue;
        switch (kind) {
        case 0: // the total does not add up to the line items (a few minor units off)
            b.totalAdjustmentMinor = qint32(adjustment);
            break;
        case 1: // locked: final, can no longer change
            b.status = BillRecord::Approved;
            b.locked = true;
            break;
        case 2: // a statement that no longer matches the bill
            b.jsonStatementGenerated = true;
            b.statementStale = true;
            b.jobStatementState = BillRecord::Stale;
            break;
        case 3: // statements come back invalidated
            b.jobStatementState = BillRecord::Invalidated;
            break;
        default: // statement jobs for this bill fail
            b.statementJobsFail = true;
            break;
        }
    }
}

} // namespace m3ter::sandbox
