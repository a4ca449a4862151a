#pragma once

#include "AccountRecord.h"
#include "BillRecord.h"
#include "SandboxConfig.h"

#include <QList>
#include <QUuid>

namespace m3ter::sandbox {

// Builds the accounts and compact bill headers from the seed. Everything is a pure function of
// (seed, counts, reference date): the same inputs give byte-identical JSON.
class DataGenerator {
public:
    struct Output {
        QList<AccountRecord> accounts;
        QList<BillRecord> bills; // in generation order; SandboxStore sorts them
        QList<QUuid> billJobIds;
    };

    static Output generate(const SandboxConfig &config, QDate referenceDate);
    static QUuid organizationId(quint64 seed);
    // The n-th bill a month-end bill run adds later (BillAdmin "add"): a PENDING monthly bill
    // for the month before the reference date's, of an account picked from the seed. Its
    // billJob and sequence number are left to the caller. The same (seed, n) gives the same bill.
    static BillRecord monthEndBill(const SandboxConfig &config,
                                   const QList<AccountRecord> &accounts, QDate referenceDate,
                                   quint64 n);

private:
    static QList<AccountRecord> makeAccounts(const SandboxConfig &config, QDate referenceDate);
    // SandboxConfig::edgeCaseShare: puts a deterministic share of the bills in the states the
    // app has a look for (total mismatch, locked, stale/invalidated statement, failing jobs).
    static void addEdgeCases(const SandboxConfig &config, QList<BillRecord> &bills);
};

} // namespace m3ter::sandbox
