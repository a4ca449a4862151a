#pragma once

#include "domain/Bill.h"
#include "domain/JsonParse.h"

#include <QByteArray>
#include <QTest>

// A bill as GET …/bills/{id} returns it, with what the detail pane must cope with: tiered usage
// with two bands, amounts in JPY (no decimals) and KWD (three), a credit that arrives negative, a
// line-item type this version does not know, and a sub-cent unit price.
inline QByteArray detailBillJson() {
    return QByteArrayLiteral(R"json({
  "id": "6f1c2a9e-3b7d-4c51-9a0e-2d4f8b1c7e30",
  "accountId": "a1b2c3d4-e5f6-4a5b-8c9d-0e1f2a3b4c5d",
  "accountCode": "ACME-EU",
  "startDate": "2024-02-01", "endDate": "2024-03-01",
  "billDate": "2024-03-01", "dueDate": "2024-03-31",
  "currency": "EUR", "status": "APPROVED", "locked": false,
  "billTotal": 12.84,
  "currencyConversions": [ { "from": "EUR", "to": "USD", "multiplier": 1.0834 } ],
  "lineItems": [
    { "id": "li-1", "description": "API calls", "quantity": 1234567, "units": 1234567,
      "unit": "calls", "subtotal": 17.84, "currency": "EUR", "conversionRate": 1.0834,
      "convertedSubtotal": 19.33, "lineItemType": "USAGE", "averageUnitPrice": 0.0000081,
      "productName": "Platform", "productCode": "PLAT",
      "servicePeriodStartDate": "2024-02-01T00:00:00Z",
      "servicePeriodEndDate": "2024-03-01T00:00:00Z",
      "usagePerPricingBand": [
        { "pricingBandId": "band-1", "lowerLimit": 0, "unitPrice": 0, "bandUnits": 1000,
          "bandQuantity": 1000, "bandSubtotal": 0, "convertedBandSubtotal": 0 },
        { "pricingBandId": "band-2", "lowerLimit": 1000, "fixedPrice": 5.5,
          "unitPrice": 0.00001, "bandUnits": 1233567, "bandQuantity": 1233567,
          "bandSubtotal": 17.84, "convertedBandSubtotal": 19.33 } ] },
    { "id": "li-2", "description": "Tokyo region fee", "quantity": 1, "units": 1,
      "unit": "month", "subtotal": 12000, "currency": "JPY", "conversionRate": 1,
      "convertedSubtotal": 12000, "lineItemType": "STANDING_CHARGE", "averageUnitPrice": 12000 },
    { "id": "li-3", "description": "Kuwait gateway", "quantity": 9, "units": 9,
      "unit": "requests", "subtotal": 1.2345, "currency": "KWD", "conversionRate": 1,
      "convertedSubtotal": 1.2345, "lineItemType": "QUANTUM_SURCHARGE",
      "averageUnitPrice": 0.137166 },
    { "id": "li-4", "description": "Goodwill credit, \"Q1\"", "quantity": 10, "units": 10,
      "unit": "credits", "subtotal": -5, "currency": "EUR", "conversionRate": 1.0834,
      "convertedSubtotal": -5.42, "lineItemType": "USAGE_CREDIT", "averageUnitPrice": -0.5 }
  ]
})json");
}

inline m3ter::Bill parseBill(const QByteArray &json) {
    m3ter::Parsed<m3ter::Bill> parsed = m3ter::parseObject<m3ter::Bill>(json);
    if (!parsed.ok())
        qFatal("fixture does not parse: %s", qPrintable(parsed.error().toString()));
    return std::move(parsed).value();
}

// Qt puts no-break spaces between a letter symbol and the digits; tests compare with plain ones.
inline QString plainSpaces(QString text) {
    text.replace(QChar(0x00A0), u' ');
    text.replace(QChar(0x202F), u' ');
    return text;
}
