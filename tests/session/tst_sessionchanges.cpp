// "What changed since I last looked", end to end over loopback HTTP: a Session with a local
// store reads a filter to its end from the sandbox, the sandbox changes bills through its admin
// route as month end does (recalculate, approve, lock, add, remove), the filter is read to its
// end again, and the store has recorded exactly those changes — kinds, old and new values,
// currencies — until the user marks them reviewed.
#include "domain/Decimal.h"
#include "models/BillTableModel.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"
#include "session/Session.h"
#include "store/BillStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace m3ter;
using sandbox::BillRecord;

namespace {

sandbox::SandboxConfig monthEndConfig() {
    sandbox::SandboxConfig c;
    c.seed = 7;
    c.accounts = 6;
    c.bills = 250; // three pages of 100: the store writes a refresh page by page
    c.adminRoute = true;
    return c;
}

QString kindText(BillChange::Kind kind) {
    return BillChange::kindName(kind);
}

// Amounts compare by value (a stored "12.5" is the API's 12.50); other values as they are.
QString canonical(BillChange::Kind kind, const QString &value) {
    const bool amount = kind == BillChange::Kind::TotalChanged || kind == BillChange::Kind::Added ||
                        kind == BillChange::Kind::Removed;
    if (!amount || value.isEmpty())
        return value;
    const std::optional<Decimal> d = Decimal::fromString(value);
    return d ? d->normalized().toString() : QStringLiteral("not an amount: ") + value;
}

// One change as a line, so a whole set compares at once and a failure shows the difference.
QString line(BillChange::Kind kind, const QString &billId, const QString &accountId,
             const QString &oldValue, const QString &newValue, const QString &currency) {
    return QStringList{
        kindText(kind), billId, accountId, canonical(kind, oldValue), canonical(kind, newValue),
        currency}
        .join(QLatin1String(" | "));
}

QStringList lines(const QVector<BillChange> &changes) {
    QStringList out;
    for (const BillChange &c : changes)
        out.append(line(c.kind, c.billId, c.accountId, c.oldValue, c.newValue, c.currency));
    out.sort();
    return out;
}

QString totalOf(const QJsonObject &bill) {
    const std::optional<Decimal> d =
        Decimal::fromDouble(bill.value(QStringLiteral("billTotal")).toDouble());
    return d ? d->toString() : QString();
}

QString field(const QJsonObject &bill, const char *name) {
    return bill.value(QLatin1String(name)).toString();
}

} // namespace

class TestSessionChanges : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir; // a store of its own for each test
    QNetworkAccessManager m_nam;

    std::unique_ptr<Session> openSession() {
        Profile profile;
        profile.displayName = QStringLiteral("Month end");
        profile.baseUrl = m_server->baseUrl();
        profile.orgId = m_server->config().orgId;
        profile.clientId = m_server->config().clientId;
        Session::Options options;
        options.keepLocalCopy = true;
        options.storeFolder = m_dir->path();
        options.stateFolder = m_dir->filePath(QStringLiteral("state"));
        options.statementsFolder = m_dir->filePath(QStringLiteral("statements"));
        options.organizationFolder = profile.orgId;
        return std::make_unique<Session>(profile, m_server->config().clientSecret, options);
    }

    // The filter read to its end, as the app's Load all does, after `start` asked for its first
    // page; true once the store completed that refresh (and recorded its changes). *changes:
    // the number it recorded.
    static bool readToTheEnd(Session &session, const BillFilter &filter,
                             const std::function<void()> &start, int *changes = nullptr) {
        BillTableModel *model = session.bills();
        QSignalSpy completed(session.store(), &BillStore::refreshCompleted);
        start();
        if (!QTest::qWaitFor(
                [&] {
                    return model->loadState() == BillTableModel::LoadState::Idle &&
                           !model->isRefreshing() && !model->isShowingStoredRows() &&
                           model->rowCount() > 0;
                },
                10000))
            return false;
        model->loadAll();
        const QString key = BillStore::filterKey(filter);
        const bool done = QTest::qWaitFor(
            [&] {
                for (const QList<QVariant> &args : std::as_const(completed)) {
                    if (args.at(0).toString() == key) {
                        if (changes)
                            *changes = args.at(2).toInt();
                        return true;
                    }
                }
                return false;
            },
            20000);
        return done && model->isComplete();
    }

    static QVector<BillChange> changes(BillStore *store, bool includeReviewed = false) {
        QVector<BillChange> out;
        bool read = false;
        store->readChanges(includeReviewed, store, [&](const QVector<BillChange> &c) {
            out = c;
            read = true;
        });
        if (!QTest::qWaitFor([&] { return read; }, 5000))
            qWarning("the store did not answer readChanges");
        return out;
    }

    // POST /_admin/{org}/bills/{operation}: the bills changed, each {"id", "before", "after"}.
    QJsonArray admin(const QString &operation, const QJsonObject &body) {
        QUrl url = m_server->baseUrl();
        url.setPath(QStringLiteral("/_admin/%1/bills/%2").arg(m_server->config().orgId, operation));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(
            m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(10000))
            return {};
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (status != 200)
            qWarning("admin %s: HTTP %d %s", qPrintable(operation), status,
                     qPrintable(answer.value(QStringLiteral("message")).toString()));
        return answer.value(QStringLiteral("bills")).toArray();
    }
    QJsonObject adminOne(const QString &operation, const QString &billId) {
        const QJsonArray bills =
            admin(operation, {{QStringLiteral("billIds"), QJsonArray{billId}}});
        return bills.size() == 1 ? bills.at(0).toObject() : QJsonObject();
    }

    // The newest bills (API order) that `keep` accepts, newest first, none of `taken`.
    QStringList pick(int n, const std::function<bool(const BillRecord &)> &keep,
                     const QStringList &taken = {}) const {
        QStringList ids;
        sandbox::SandboxStore &store = m_server->store();
        for (int pos = store.billCount() - 1; pos >= 0 && ids.size() < n; --pos) {
            if (keep(store.bill(pos)) && !taken.contains(store.billId(pos)))
                ids.append(store.billId(pos));
        }
        return ids;
    }

private slots:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = std::make_unique<sandbox::SandboxServer>(monthEndConfig());
        QVERIFY(m_server->start());
    }

    void cleanup() {
        m_server.reset();
        m_dir.reset();
    }

    // The whole filter, refreshed in one Session: every kind of month-end change is recorded
    // once, with its values, and Mark all as reviewed moves the baseline.
    void monthEndChangesAreRecordedExactly() {
        const auto approvedUnlocked = [](const BillRecord &b) {
            return b.status == BillRecord::Approved && !b.locked;
        };
        const QString recalculated = pick(1, approvedUnlocked).value(0);
        const QString locked = pick(1, approvedUnlocked, {recalculated}).value(0);
        const QString removed = pick(1, approvedUnlocked, {recalculated, locked}).value(0);
        const QString approved =
            pick(1, [](const BillRecord &b) { return b.status == BillRecord::Pending; }).value(0);
        QVERIFY(!recalculated.isEmpty() && !locked.isEmpty() && !removed.isEmpty() &&
                !approved.isEmpty());
        // A statement was generated from the numbers the recalculation replaces.
        sandbox::SandboxStore &data = m_server->store();
        data.bill(data.billPosition(recalculated)).jsonStatementGenerated = true;

        auto session = openSession();
        QVERIFY(session->store());
        BillTableModel *model = session->bills();
        const BillFilter all{};
        QVERIFY(readToTheEnd(*session, all, [&] { model->setFilter(all); }));
        QCOMPARE(model->rowCount(), 250);
        // A filter's first complete list has nothing to compare with.
        QCOMPARE(lines(changes(session->store())), QStringList());

        const QJsonObject r = adminOne(QStringLiteral("recalculate"), recalculated);
        const QJsonObject a = adminOne(QStringLiteral("approve"), approved);
        const QJsonObject l = adminOne(QStringLiteral("lock"), locked);
        const QJsonObject x = adminOne(QStringLiteral("remove"), removed);
        const QJsonArray added = admin(QStringLiteral("add"), {{QStringLiteral("count"), 2}});
        QVERIFY(!r.isEmpty() && !a.isEmpty() && !l.isEmpty() && !x.isEmpty());
        QCOMPARE(added.size(), 2);

        QStringList expected;
        const auto expect = [&](BillChange::Kind kind, const QJsonObject &change,
                                const QString &oldValue, const QString &newValue) {
            const QJsonObject bill = change.value(QStringLiteral("after")).isObject()
                                         ? change.value(QStringLiteral("after")).toObject()
                                         : change.value(QStringLiteral("before")).toObject();
            expected.append(line(kind, field(bill, "id"), field(bill, "accountId"), oldValue,
                                 newValue, field(bill, "currency")));
        };
        const auto before = [](const QJsonObject &c) {
            return c.value(QStringLiteral("before")).toObject();
        };
        const auto after = [](const QJsonObject &c) {
            return c.value(QStringLiteral("after")).toObject();
        };
        QVERIFY(totalOf(before(r)) != totalOf(after(r)));
        expect(BillChange::Kind::TotalChanged, r, totalOf(before(r)), totalOf(after(r)));
        expect(BillChange::Kind::StatusChanged, r, QStringLiteral("APPROVED"),
               QStringLiteral("PENDING"));
        expect(BillChange::Kind::StatementStale, r, QStringLiteral("false"),
               QStringLiteral("true"));
        expect(BillChange::Kind::StatusChanged, a, QStringLiteral("PENDING"),
               QStringLiteral("APPROVED"));
        expect(BillChange::Kind::LockedChanged, l, QStringLiteral("false"), QStringLiteral("true"));
        expect(BillChange::Kind::Removed, x, totalOf(before(x)), QString());
        for (const QJsonValue &v : added)
            expect(BillChange::Kind::Added, v.toObject(), QString(), totalOf(after(v.toObject())));
        expected.sort();

        int recorded = -1;
        QVERIFY(readToTheEnd(
            *session, all, [&] { model->refresh(); }, &recorded));
        QCOMPARE(model->rowCount(), 251);
        QCOMPARE(recorded, int(expected.size()));
        const QVector<BillChange> found = changes(session->store());
        QCOMPARE(lines(found), expected);
        for (const BillChange &c : found) {
            QCOMPARE(c.filterKey, BillStore::filterKey(all));
            QVERIFY(!c.reviewed);
            QVERIFY(c.detectedAt.isValid());
        }

        // Reviewed: the list starts again from here; the records stay, marked.
        QSignalSpy reviewed(session->store(), &BillStore::changesReviewed);
        session->store()->markAllReviewed();
        QVERIFY(reviewed.wait(5000));
        QCOMPARE(reviewed.at(0).at(0).toInt(), int(expected.size()));
        QCOMPARE(lines(changes(session->store())), QStringList());
        const QVector<BillChange> kept = changes(session->store(), true);
        QCOMPARE(lines(kept), expected);
        for (const BillChange &c : kept)
            QVERIFY(c.reviewed);

        // The next refresh lists only what changed after that: one bill recalculated again.
        const QString again = field(after(added.at(0).toObject()), "id");
        const QJsonObject second = adminOne(QStringLiteral("recalculate"), again);
        QVERIFY(!second.isEmpty());
        QVERIFY(readToTheEnd(
            *session, all, [&] { model->refresh(); }, &recorded));
        QCOMPARE(recorded, 1);
        expected = {};
        expect(BillChange::Kind::TotalChanged, second, totalOf(before(second)),
               totalOf(after(second)));
        QCOMPARE(lines(changes(session->store())), expected);
    }

    // Quit, month end, start again: the next Session's first complete list finds the changes
    // of a filter. Bills that leave a filter (an approved bill recalculated back to Pending)
    // are gone from it; bills that join it (approved) are new in it.
    void nextSessionFindsChangesOfAFilter() {
        BillFilter approvedOnly;
        approvedOnly.status = QStringLiteral("APPROVED");
        {
            auto session = openSession();
            QVERIFY(readToTheEnd(*session, approvedOnly,
                                 [&] { session->bills()->setFilter(approvedOnly); }));
            QVERIFY(session->bills()->rowCount() > 100);
        } // the Session waits for its store's writes

        const auto approvedUnlocked = [](const BillRecord &b) {
            return b.status == BillRecord::Approved && !b.locked;
        };
        // Picked before either changes: the recalculated bill would be the newest PENDING one.
        const QString leaving = pick(1, approvedUnlocked).value(0);
        const QString joining =
            pick(1, [](const BillRecord &b) { return b.status == BillRecord::Pending; }).value(0);
        const QJsonObject left = adminOne(QStringLiteral("recalculate"), leaving);
        const QJsonObject joined = adminOne(QStringLiteral("approve"), joining);
        QVERIFY(!left.isEmpty() && !joined.isEmpty());

        auto session = openSession();
        int recorded = -1;
        QVERIFY(readToTheEnd(
            *session, approvedOnly, [&] { session->bills()->setFilter(approvedOnly); }, &recorded));
        const QJsonObject wasApproved = left.value(QStringLiteral("before")).toObject();
        const QJsonObject nowApproved = joined.value(QStringLiteral("after")).toObject();
        const QStringList expected = QStringList{
            line(BillChange::Kind::Removed, field(wasApproved, "id"),
                 field(wasApproved, "accountId"), totalOf(wasApproved), QString(),
                 field(wasApproved, "currency")),
            line(BillChange::Kind::Added, field(nowApproved, "id"), field(nowApproved, "accountId"),
                 QString(), totalOf(nowApproved), field(nowApproved, "currency"))};
        QStringList sorted = expected;
        sorted.sort();
        QCOMPARE(recorded, 2);
        QCOMPARE(lines(changes(session->store())), sorted);
    }
};

QTEST_GUILESS_MAIN(TestSessionChanges)
#include "tst_sessionchanges.moc"
