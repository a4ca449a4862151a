#pragma once

#include <QByteArray>

// A bill as GET …/bills/{id} returns it, with every field of docs/m3ter-api.md ("Bill",
// "Line items", "Pricing band" and "Currency conversion") filled in, plus fields the contract does
// not know (the client must ignore them). Amounts are chosen so that summing them as doubles would
// drift.
inline QByteArray fullBillJson() {
    return QByteArrayLiteral(R"json({
  "id": "6f1c2a9e-3b7d-4c51-9a0e-2d4f8b1c7e30",
  "version": 3,
  "accountId": "a1b2c3d4-e5f6-4a5b-8c9d-0e1f2a3b4c5d",
  "accountCode": "ACME-EU",
  "startDate": "2024-02-01",
  "endDate": "2024-03-01",
  "startDateTimeUTC": "2024-02-01T00:00:00Z",
  "endDateTimeUTC": "2024-03-01T00:00:00.000Z",
  "billDate": "2024-03-01",
  "dueDate": "2024-03-31",
  "billingFrequency": "MONTHLY",
  "billFrequencyInterval": 1,
  "timezone": "Europe/Berlin",
  "currency": "EUR",
  "locked": true,
  "status": "APPROVED",
  "createdDate": "2024-03-01T02:15:07Z",
  "lastCalculatedDate": "2024-03-01T02:15:09.123+01:00",
  "billJobId": "b0b0b0b0-1111-2222-3333-444455556666",
  "currencyConversions": [
    { "from": "EUR", "to": "USD", "multiplier": 1.0834 },
    { "from": "EUR", "to": "GBP", "multiplier": 0.8571, "futureField": "ignored" }
  ],
  "lineItems": [
    {
      "id": "11111111-aaaa-4bbb-8ccc-000000000001",
      "description": "API calls — Größe Ω",
      "quantity": 1234567,
      "units": 1234567,
      "unit": "calls",
      "subtotal": 0.1,
      "currency": "EUR",
      "conversionRate": 1,
      "convertedSubtotal": 0.1,
      "lineItemType": "USAGE",
      "averageUnitPrice": 0.0000000810000,
      "productId": "p-1", "productName": "Platform", "productCode": "PLAT",
      "accountingProductId": "ap-1", "accountingProductName": "Platform (GL)",
      "accountingProductCode": "GL-4000",
      "planId": "plan-1", "planGroupId": "pg-1", "pricingId": "pricing-1", "chargeId": "ch-1",
      "aggregationId": "agg-1", "compoundAggregationId": "cagg-1", "meterId": "meter-1",
      "counterId": "ctr-1", "commitmentId": "cm-1", "balanceId": "bal-1", "contractId": "con-1",
      "creditTypeId": "ct-1", "reasonId": "r-1",
      "childAccountId": "child-1", "childAccountCode": "ACME-EU-CHILD",
      "referencedBillId": "rb-1", "referencedLineItemId": "rli-1",
      "segment": { "region": "eu-west-1", "tier": "gold" },
      "group": { "team": "billing" },
      "sequenceNumber": 7,
      "servicePeriodStartDate": "2024-02-01T00:00:00Z",
      "servicePeriodEndDate": "2024-03-01T00:00:00Z",
      "usagePerPricingBand": [
        { "pricingBandId": "band-1", "lowerLimit": 0, "fixedPrice": 0, "unitPrice": 0,
          "bandUnits": 1000, "bandQuantity": 1000, "unitSubtotal": 0, "bandSubtotal": 0,
          "convertedBandSubtotal": 0, "creditTypeId": "ct-1" },
        { "pricingBandId": "band-2", "lowerLimit": 1000, "fixedPrice": 5.5,
          "unitPrice": 0.00001, "bandUnits": 1233567, "bandQuantity": 1233567,
          "unitSubtotal": 12.33567, "bandSubtotal": 17.83567, "convertedBandSubtotal": 19.32,
          "someNewBandField": [1, 2, 3] }
      ],
      "additional": { "customerRef": "PO-77", "nested": { "x": 1 } },
      "unknownNumber": 42
    },
    {
      "description": "Platform fee",
      "quantity": 1,
      "units": 1,
      "unit": "month",
      "subtotal": 0.2,
      "currency": "EUR",
      "conversionRate": 1.0834,
      "convertedSubtotal": 0.21668,
      "lineItemType": "STANDING_CHARGE",
      "averageUnitPrice": 0.2,
      "segment": null,
      "usagePerPricingBand": null
    },
    {
      "description": "Quantum widgets",
      "quantity": 3,
      "units": 3,
      "unit": "widget",
      "subtotal": -1234.5,
      "currency": "EUR",
      "conversionRate": 1,
      "convertedSubtotal": -1234.5,
      "lineItemType": "QUANTUM_CHARGE",
      "averageUnitPrice": -411.5
    }
  ],
  "billTotal": -1234.2,
  "purchaseOrderNumber": "PO-2024-0042",
  "externalInvoiceDate": "2024-03-01",
  "externalInvoiceReference": "INV-000123",
  "sequentialInvoiceNumber": "ACME-2024-00017",
  "jsonStatementGenerated": true,
  "csvStatementGenerated": false,
  "statementStale": false,
  "approvedBy": "user-approver",
  "dtApproved": "2024-03-02T09:00:00Z",
  "lockedBy": "user-locker",
  "dtLocked": "2024-03-03T10:30:00Z",
  "createdBy": "svc-billing",
  "lastModifiedBy": "user-locker",
  "dtCreated": "2024-03-01T02:15:07Z",
  "dtLastModified": "2024-03-03T10:30:00Z",
  "someFutureObject": { "deeply": { "nested": [true, null, "x"] } },
  "someFutureFlag": null
})json");
}
