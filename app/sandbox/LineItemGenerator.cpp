#include "LineItemGenerator.h"

#include "CurrencyTable.h"
#include "Prng.h"

#include <array>

namespace m3ter::sandbox {

namespace {

struct Product {
    const char16_t *name;
    const char *code;
    const char16_t *unit;
    bool usage;
};

const std::array<Product, 7> kProducts{{
    {u"Platform", "platform", u"month", false},
    {u"API Calls", "api_calls", u"calls", true},
    {u"Storage", "storage_gb", u"GB-month", true},
    {u"Compute", "compute_hours", u"hours", true},
    {u"Data Transfer – EU", "transfer_eu", u"GB", true},
    {u"Überwachung & Support", "support", u"tickets", true},
    {u"Prepayment", "prepayment", u"unit", false},
}};

// Band limits (in units) shared by every usage product; tiers get cheaper as usage grows.
const std::array<qint64, 4> kLimits{{0, 1000, 10000, 100000}};

QUuid stableId(quint64 orgSeed, const char *label, quint64 n) {
    Prng p(Prng::mix(Prng::mix(orgSeed, label), n));
    return p.uuid();
}

QString qs(const char16_t *s) {
    return QString::fromUtf16(s);
}

// Usage that arrived after the bill was first calculated: each recalculation (BillAdmin) adds
// some, from a stream of its own per recalculation, so a bill's amounts after N recalculations
// are the same on every run. A usage item's price is never zero, so the total always grows.
qint64 lateUsageUnits(const BillRecord &bill) {
    qint64 units = 0;
    for (quint64 k = 1; k <= bill.recalculations; ++k)
        units +=
            Prng(Prng::mix(Prng::mix(bill.lineItemSeed, "recalculation"), k)).range(1000, 20000);
    return units;
}

} // namespace

const QStringList &LineItemGenerator::allTypes() {
    static const QStringList types{
        QStringLiteral("STANDING_CHARGE"),
        QStringLiteral("USAGE"),
        QStringLiteral("USAGE_CREDIT"),
        QStringLiteral("MINIMUM_SPEND"),
        QStringLiteral("MINIMUM_SPEND_REFUND"),
        QStringLiteral("COUNTER_RUNNING_TOTAL_CHARGE"),
        QStringLiteral("COUNTER_ADJUSTMENT_DEBIT"),
        QStringLiteral("COUNTER_ADJUSTMENT_CREDIT"),
        QStringLiteral("CREDIT_DEDUCTION"),
        QStringLiteral("MANUAL_ADJUSTMENT"),
        QStringLiteral("CREDIT_MEMO"),
        QStringLiteral("DEBIT_MEMO"),
        QStringLiteral("COMMITMENT_CONSUMED"),
        QStringLiteral("COMMITMENT_FEE"),
        QStringLiteral("OVERAGE_SURCHARGE"),
        QStringLiteral("OVERAGE_USAGE"),
        QStringLiteral("BALANCE_CONSUMED"),
        QStringLiteral("BALANCE_FEE"),
        QStringLiteral("AD_HOC"),
    };
    return types;
}

bool LineItemGenerator::isCredit(const QString &type) {
    static const QStringList credits{
        QStringLiteral("USAGE_CREDIT"),
        QStringLiteral("MINIMUM_SPEND_REFUND"),
        QStringLiteral("COUNTER_ADJUSTMENT_CREDIT"),
        QStringLiteral("CREDIT_DEDUCTION"),
        QStringLiteral("CREDIT_MEMO"),
        QStringLiteral("COMMITMENT_CONSUMED"),
        QStringLiteral("BALANCE_CONSUMED"),
    };
    return credits.contains(type);
}

QList<LineItemRecord> LineItemGenerator::generate(quint64 orgSeed, const BillRecord &bill,
                                                  const AccountRecord &account) {
    Prng rng(bill.lineItemSeed);
    const CurrencyInfo &currency = CurrencyTable::at(account.currency);
    const qint64 scale = CurrencyTable::pow10(currency.decimals);
    const qint64 magnitude = currency.magnitude;
    QList<LineItemRecord> items;

    auto add = [&](const QString &type, int productIndex, const QString &description) {
        LineItemRecord li;
        li.id = rng.uuid();
        li.sequenceNumber = int(items.size()) + 1;
        li.lineItemType = type;
        li.description = description;
        const Product &p = kProducts.at(std::size_t(productIndex));
        li.productName = qs(p.name);
        li.productCode = QString::fromLatin1(p.code);
        li.productId = stableId(orgSeed, "product", quint64(productIndex));
        li.planId =
            stableId(orgSeed, "plan", quint64(productIndex) * 100 + quint64(account.currency));
        li.pricingId =
            stableId(orgSeed, "pricing", quint64(productIndex) * 100 + quint64(account.currency));
        li.unit = qs(p.unit);
        if (p.usage) {
            li.meterId = stableId(orgSeed, "meter", quint64(productIndex));
            li.aggregationId = stableId(orgSeed, "aggregation", quint64(productIndex));
        }
        items.append(li);
        return &items.last();
    };

    auto flat = [&](LineItemRecord *li, qint64 lo, qint64 hi) {
        // lo/hi are in major units of a USD-sized currency.
        li->quantity = 1;
        qint64 amount = rng.range(lo * scale * magnitude, hi * scale * magnitude);
        if (LineItemGenerator::isCredit(li->lineItemType))
            amount = -amount;
        li->subtotalMinor = amount;
    };

    auto banded = [&](LineItemRecord *li, qint64 maxQuantity, qint64 basePriceScaled,
                      qint64 lateUnits) {
        // Late units are added after the draw, so the stream (and every other item) stays.
        const qint64 quantity = rng.range(1, maxQuantity) + lateUnits;
        qint64 price = basePriceScaled * magnitude;
        for (std::size_t t = 0; t < kLimits.size(); ++t) {
            const qint64 lower = kLimits.at(t);
            if (quantity <= lower)
                break;
            const qint64 upper = t + 1 < kLimits.size() ? kLimits.at(t + 1) : quantity;
            BandRecord band;
            band.pricingBandId = stableId(orgSeed, "band", quint64(li->sequenceNumber) * 10 + t);
            band.lowerLimit = lower;
            band.quantity = qMin(quantity, upper) - lower;
            band.unitPriceScaled = price;
            // Round half up to the currency's minor unit: the band subtotal is what is billed.
            band.subtotalMinor = (band.quantity * band.unitPriceScaled + 5000) / 10000;
            if (LineItemGenerator::isCredit(li->lineItemType))
                band.subtotalMinor = -band.subtotalMinor;
            band.convertedCents = CurrencyTable::toUsdCents(band.subtotalMinor, account.currency);
            li->bands.append(band);
            li->subtotalMinor += band.subtotalMinor;
            price = qMax<qint64>(1, price * 7 / 10);
        }
        li->quantity = quantity;
    };

    const QStringList &types = allTypes();
    {
        LineItemRecord *li = add(types.at(0), 0, QStringLiteral("Platform subscription"));
        flat(li, 50, 900);
    }
    const int usageCount = 1 + rng.bounded(3);
    for (int u = 0; u < usageCount; ++u) {
        const int product = 1 + rng.bounded(5);
        LineItemRecord *li =
            add(types.at(1), product,
                qs(kProducts.at(std::size_t(product)).name) + QStringLiteral(" usage"));
        // 0.0025 .. 0.0425 per unit (USD-sized); recalculations add late usage to the first.
        banded(li, 250000, 2500 + rng.range(0, 40000), u == 0 ? lateUsageUnits(bill) : 0);
    }
    // Every other type appears now and then, so any few hundred bills contain all 19.
    for (int t = 2; t < types.size(); ++t) {
        if (!rng.chance(0.12))
            continue;
        const QString &type = types.at(t);
        if (type == QLatin1String("USAGE_CREDIT") || type == QLatin1String("OVERAGE_USAGE")) {
            const int product = 1 + rng.bounded(5);
            LineItemRecord *li =
                add(type, product,
                    qs(kProducts.at(std::size_t(product)).name) +
                        (type == QLatin1String("USAGE_CREDIT") ? QStringLiteral(" credit")
                                                               : QStringLiteral(" overage")));
            banded(li, 20000, 3000 + rng.range(0, 20000), 0);
        } else {
            const bool prepay = type.startsWith(QLatin1String("COMMITMENT")) ||
                                type.startsWith(QLatin1String("BALANCE"));
            QString description = type.toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
            description[0] = description[0].toUpper();
            LineItemRecord *li = add(type, prepay ? 6 : 0, description);
            flat(li, 5, 300);
        }
    }
    for (LineItemRecord &li : items)
        li.convertedCents = li.bands.isEmpty()
                                ? CurrencyTable::toUsdCents(li.subtotalMinor, account.currency)
                                : [&li] {
                                      qint64 sum = 0;
                                      for (const BandRecord &b : li.bands)
                                          sum += b.convertedCents;
                                      return sum;
                                  }();
    return items;
}

} // namespace m3ter::sandbox
