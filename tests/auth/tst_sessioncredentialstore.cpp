#include "auth/SessionCredentialStore.h"

#include <QTest>

#include <memory>
#include <optional>

using m3ter::CredentialResult;
using m3ter::SessionCredentialStore;

class TestSessionCredentialStore : public QObject {
    Q_OBJECT

private slots:
    void writeReadDelete();
    void completesAsynchronously();
    void destroyedContextDropsCallback();
};

namespace {

CredentialResult wait(std::optional<CredentialResult> &slot) {
    if (!QTest::qWaitFor([&] { return slot.has_value(); }, 5000))
        return {};
    return *slot;
}

} // namespace

void TestSessionCredentialStore::writeReadDelete() {
    SessionCredentialStore store;
    std::optional<CredentialResult> r;
    auto into = [&r](const CredentialResult &x) { r = x; };

    store.readSecret(QStringLiteral("p1"), nullptr, into);
    QVERIFY(wait(r).notFound());

    r.reset();
    store.writeSecret(QStringLiteral("p1"), QStringLiteral("first"), nullptr, into);
    QVERIFY(wait(r).ok());
    QVERIFY(!r->unavailable);

    r.reset();
    store.writeSecret(QStringLiteral("p1"), QStringLiteral("second"), nullptr, into);
    QVERIFY(wait(r).ok());

    r.reset();
    store.readSecret(QStringLiteral("p1"), nullptr, into);
    QVERIFY(wait(r).ok());
    QCOMPARE(r->secret, QStringLiteral("second"));

    r.reset();
    store.deleteSecret(QStringLiteral("p1"), nullptr, into);
    QVERIFY(wait(r).ok());
    QVERIFY(!store.contains(QStringLiteral("p1")));

    r.reset();
    store.deleteSecret(QStringLiteral("p1"), nullptr, into); // already gone: still fine
    QVERIFY(wait(r).ok());

    r.reset();
    store.readSecret(QStringLiteral("p1"), nullptr, into);
    QVERIFY(wait(r).notFound());
}

void TestSessionCredentialStore::completesAsynchronously() {
    SessionCredentialStore store;
    bool called = false;
    store.writeSecret(QStringLiteral("p"), QStringLiteral("s"), nullptr,
                      [&](const CredentialResult &) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY_WITH_TIMEOUT(called, 5000);
}

void TestSessionCredentialStore::destroyedContextDropsCallback() {
    SessionCredentialStore store;
    bool called = false;
    bool witness = false;
    auto context = std::make_unique<QObject>();
    store.readSecret(QStringLiteral("p"), context.get(),
                     [&](const CredentialResult &) { called = true; });
    store.readSecret(QStringLiteral("p"), nullptr,
                     [&](const CredentialResult &) { witness = true; });
    context.reset();
    QTRY_VERIFY_WITH_TIMEOUT(witness, 5000);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestSessionCredentialStore)
#include "tst_sessioncredentialstore.moc"
