#pragma once

#include <QDate>
#include <QString>
#include <QTimeZone>
#include <QUuid>

namespace m3ter::sandbox {

// One generated m3ter Account. Strings are kept ready for JSON because there are only a few
// hundred accounts; bills, of which there may be 100,000, are compact (BillRecord).
struct AccountRecord {
    QUuid id;
    QString name;
    QString code;
    QString emailAddress;
    int currency = 0;            // index into CurrencyTable
    QString purchaseOrderNumber; // empty = none
    QString timezoneName;
    QTimeZone timezone; // resolved once: QTimeZone construction reads tzdata from disk
    int daysBeforeBillDue = 30;
    QString autoGenerateStatementMode; // NONE | JSON | JSON_AND_CSV
    bool invoiceDateLastDayOfArrears = false;
    QDate billEpoch;
    QString addressLine1;
    QString locality;
    QString region;
    QString postCode;
    QString country;
};

} // namespace m3ter::sandbox
