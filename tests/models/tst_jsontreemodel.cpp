// JsonTreeModel: the statement viewer's JSON tree, under QAbstractItemModelTester.
#include "models/JsonTreeModel.h"
#include "support/HeapBytes.h"

#include <QAbstractItemModelTester>
#include <QJsonValue>
#include <QSignalSpy>
#include <QTest>

using namespace m3ter;

namespace {

QModelIndex childByKey(const QAbstractItemModel &model, const QModelIndex &parent,
                       const QString &key) {
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, JsonTreeModel::KeyColumn, parent);
        if (i.data().toString() == key)
            return i;
    }
    return {};
}

QString valueOf(const QModelIndex &keyIndex) {
    return keyIndex.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString();
}

// {"a":{"a":...{"a":[0,0,...]}...}}: `depth` objects around an array of `elements` zeros.
QByteArray nestedArray(int depth, int elements) {
    QByteArray json;
    for (int i = 0; i < depth; ++i)
        json += "{\"a\":";
    json += '[';
    for (int i = 0; i < elements; ++i)
        json += i ? ",0" : "0";
    json += ']' + QByteArray(depth, '}');
    return json;
}

// Heap bytes the model holds after reading json (the document it parsed from is gone by then).
qint64 modelHeapBytes(JsonTreeModel &model, const QByteArray &json) {
    const qint64 before = bills::test::liveHeapBytes();
    if (!model.setJson(json))
        return -1;
    return bills::test::liveHeapBytes() - before;
}

const QByteArray kStatement = R"({
  "billId": "b-1",
  "account": {"code": "Zürich-01", "name": "Café 東京 ✓", "tags": []},
  "total": 1234.5,
  "tiny": 0.1,
  "locked": false,
  "note": null,
  "lineItems": [
    {"description": "Usage", "amount": 10, "bands": [{"from": 0, "to": 100}, {"from": 100}]},
    {"description": "Line one\nline two", "amount": -2.25},
    [1, [2, [3]]]
  ]
})";

} // namespace

class TestJsonTreeModel : public QObject {
    Q_OBJECT

private slots:
    void nestedObjectsAndArraysUnderTheTester() {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString error;
        QVERIFY2(model.setJson(kStatement, &error), qPrintable(error));
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.columnCount(), int(JsonTreeModel::ColumnCount));

        const QModelIndex account = childByKey(model, {}, QStringLiteral("account"));
        QVERIFY(account.isValid());
        QVERIFY(model.hasChildren(account));
        QCOMPARE(model.rowCount(account), 3);
        QVERIFY(valueOf(account).startsWith(QLatin1String("{3 field"))); // plural from translations
        QCOMPARE(valueOf(childByKey(model, account, QStringLiteral("name"))),
                 QStringLiteral("Café 東京 ✓"));
        QCOMPARE(valueOf(childByKey(model, account, QStringLiteral("code"))),
                 QStringLiteral("Zürich-01"));
        const QModelIndex tags = childByKey(model, account, QStringLiteral("tags"));
        QCOMPARE(model.rowCount(tags), 0);
        QVERIFY(!model.hasChildren(tags));
        QVERIFY(valueOf(tags).startsWith(QLatin1String("[0 item")));

        const QModelIndex items = childByKey(model, {}, QStringLiteral("lineItems"));
        QCOMPARE(model.rowCount(items), 3);
        QCOMPARE(model.parent(model.index(1, 0, items)), items);
        const QModelIndex first = childByKey(model, items, QStringLiteral("[0]"));
        const QModelIndex bands = childByKey(model, first, QStringLiteral("bands"));
        const QModelIndex band1 = childByKey(model, bands, QStringLiteral("[1]"));
        QCOMPARE(valueOf(childByKey(model, band1, QStringLiteral("from"))), QStringLiteral("100"));
        QCOMPARE(band1.data(JsonTreeModel::PathRole).toString(),
                 QStringLiteral("lineItems[0].bands[1]"));
        QCOMPARE(model.parent(band1), bands);
        QCOMPARE(model.parent(bands).row(), first.row());

        // Arrays of arrays keep their depth.
        const QModelIndex nested = childByKey(model, items, QStringLiteral("[2]"));
        const QModelIndex inner = childByKey(model, nested, QStringLiteral("[1]"));
        const QModelIndex innermost = childByKey(model, inner, QStringLiteral("[1]"));
        QCOMPARE(valueOf(childByKey(model, innermost, QStringLiteral("[0]"))), QStringLiteral("3"));

        // Scalars as written, containers as counts, a type per row.
        QCOMPARE(valueOf(childByKey(model, {}, QStringLiteral("total"))), QStringLiteral("1234.5"));
        QCOMPARE(valueOf(childByKey(model, {}, QStringLiteral("tiny"))), QStringLiteral("0.1"));
        QCOMPARE(valueOf(childByKey(model, {}, QStringLiteral("locked"))), QStringLiteral("false"));
        QCOMPARE(valueOf(childByKey(model, {}, QStringLiteral("note"))), QStringLiteral("null"));
        QCOMPARE(childByKey(model, {}, QStringLiteral("note"))
                     .siblingAtColumn(JsonTreeModel::TypeColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Empty"));
        QCOMPARE(childByKey(model, {}, QStringLiteral("total")).data(JsonTreeModel::JsonTypeRole),
                 QVariant(int(QJsonValue::Double)));

        // A multi-line string is one line in the tree, complete in its tooltip.
        const QModelIndex second = childByKey(model, items, QStringLiteral("[1]"));
        const QModelIndex description = childByKey(model, second, QStringLiteral("description"));
        QVERIFY(!valueOf(description).contains(QLatin1Char('\n')));
        QCOMPARE(description.siblingAtColumn(JsonTreeModel::ValueColumn).data(Qt::ToolTipRole),
                 QVariant(QStringLiteral("Line one\nline two")));
        QCOMPARE(model.headerData(JsonTreeModel::KeyColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Field"));
    }

    void topLevelArrayAndReplacement() {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setJson("\xEF\xBB\xBF[{\"a\": 1}, \"x\", [true]]"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("[0]"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(model.setJson("{\"only\": \"one\"}"));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.index(0, 0).isValid());
    }

    // The tree's memory is bounded per byte of input, whatever the document's shape. It used to
    // store every node's full path: a 1 MB file nested 1,000 deep took 1 GB, and even a flat
    // array of numbers took over 100 bytes per byte. (Paths are computed when asked for now.)
    void memoryIsBoundedPerByteOfInput_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("array 400 deep") << nestedArray(400, 20000);
        QTest::newRow("array 1000 deep") << nestedArray(1000, 5000);
        QTest::newRow("flat array of numbers") << nestedArray(0, 100000);
        QByteArray wide = "{";
        for (int i = 0; i < 20000; ++i)
            wide += (i ? ",\"" : "\"") + QByteArray::number(i) + "\":true";
        QTest::newRow("wide object") << wide + '}';
        QByteArray deepArrays;
        for (int i = 0; i < 1000; ++i)
            deepArrays += "[1,";
        QTest::newRow("arrays 1000 deep") << deepArrays + "1" + QByteArray(1000, ']');
    }
    void memoryIsBoundedPerByteOfInput() {
        if (!bills::test::kCanMeasureHeap)
            QSKIP("no heap counter on this platform");
        QFETCH(QByteArray, json);
        JsonTreeModel model;
        const qint64 held = modelHeapBytes(model, json);
        QVERIFY(held >= 0);
        // 28 bytes per node plus 2 per character of text; "0," is the densest input (2 bytes a
        // node), so about 15 bytes per input byte at worst.
        constexpr qint64 kBytesPerInputByte = 20;
        QVERIFY2(
            held <= kBytesPerInputByte * json.size(),
            qPrintable(
                QStringLiteral("%1 bytes held for %2 bytes of JSON").arg(held).arg(json.size())));
    }

    void pathsOfDeepNodesAreComputedCorrectly() {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setJson(nestedArray(3, 4)));
        QModelIndex node = model.index(0, 0);
        for (int i = 0; i < 2; ++i)
            node = model.index(0, 0, node);
        // node is a.a.a, the array; element [3] is below it.
        const QModelIndex element = model.index(3, 0, node);
        QCOMPARE(element.data().toString(), QStringLiteral("[3]"));
        QCOMPARE(element.data(JsonTreeModel::PathRole).toString(), QStringLiteral("a.a.a[3]"));
        QCOMPARE(element.data(Qt::ToolTipRole).toString(), QStringLiteral("a.a.a[3]"));
        QCOMPARE(element.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(),
                 QStringLiteral("0"));
        QCOMPARE(model.parent(element), node);
        QCOMPARE(model.parent(node).data(JsonTreeModel::PathRole).toString(),
                 QStringLiteral("a.a"));
    }

    void invalidJsonIsAnErrorAndAnEmptyModel() {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setJson("{\"a\": [1, 2]}"));
        QString error;
        QVERIFY(!model.setJson("{\"a\": [1, 2", &error));
        QVERIFY(error.contains(QLatin1String("not valid JSON")));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
