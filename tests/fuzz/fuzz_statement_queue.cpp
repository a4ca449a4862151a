// The statement queue's file (StatementQueueSnapshot): any bytes either fail with a message or
// give a snapshot whose JSON reads back to the same snapshot (toJson is a fixed point after one
// round), so a saved queue survives any number of restarts unchanged.
#include "FuzzSupport.h"
#include "statements/StatementQueueSnapshot.h"

using namespace m3ter;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    StatementQueueSnapshot snapshot;
    QString error;
    if (!StatementQueueSnapshot::fromJson(fuzz::bytes(data, size), &snapshot, &error)) {
        FUZZ_CHECK(!error.isEmpty(), QStringLiteral("refused without a message"));
        return 0;
    }
    const QByteArray saved = snapshot.toJson();
    StatementQueueSnapshot reread;
    FUZZ_CHECK(StatementQueueSnapshot::fromJson(saved, &reread, &error),
               QStringLiteral("its own file refused: ") + error);
    FUZZ_CHECK(reread.entries.size() == snapshot.entries.size(),
               QStringLiteral("%1 entries, %2 after a round trip")
                   .arg(snapshot.entries.size())
                   .arg(reread.entries.size()));
    FUZZ_CHECK(reread.nextEntryId == snapshot.nextEntryId &&
                   reread.nextSubmissionId == snapshot.nextSubmissionId,
               QStringLiteral("counters"));
    const QByteArray savedAgain = reread.toJson();
    FUZZ_CHECK(savedAgain == saved, QString::fromUtf8(saved.left(300)) +
                                        QLatin1String("\n  vs\n  ") +
                                        QString::fromUtf8(savedAgain.left(300)));
    return 0;
}
