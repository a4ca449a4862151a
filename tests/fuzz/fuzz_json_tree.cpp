// The statement viewer's JSON tree: for any bytes that QJsonDocument accepts, the tree mirrors
// the document (counts, keys, scalar texts, paths), its indexes are consistent (parent of a
// child is the parent), and the memory it keeps stays bounded per byte of input.
#include "FuzzSupport.h"
#include "models/JsonTreeModel.h"
#include "support/HeapBytes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace m3ter;

namespace {

class Walk {
public:
    explicit Walk(const JsonTreeModel &model)
        : m_model(model) {}

    void compare(const QModelIndex &index, const QJsonValue &value, const QString &path) {
        if (--budget < 0)
            return;
        const JsonTreeModel &model = m_model;
        if (index.isValid()) {
            FUZZ_CHECK(index.data(JsonTreeModel::JsonTypeRole).toInt() == int(value.type()), path);
            FUZZ_CHECK(index.data(JsonTreeModel::PathRole).toString() == path,
                       QStringLiteral("path %1, expected %2")
                           .arg(index.data(JsonTreeModel::PathRole).toString(), path));
            if (!value.isObject() && !value.isArray()) {
                const QModelIndex valueIndex = index.siblingAtColumn(JsonTreeModel::ValueColumn);
                FUZZ_CHECK(valueIndex.data(Qt::ToolTipRole).toString() ==
                               JsonTreeModel::scalarText(value),
                           path);
                FUZZ_CHECK(!valueIndex.data().toString().contains(QLatin1Char('\n')), path);
            }
        }
        const int rows = model.rowCount(index);
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            FUZZ_CHECK(rows == object.size(), path);
            int row = 0;
            for (auto it = object.begin(); it != object.end() && budget > 0; ++it, ++row) {
                const QModelIndex child = model.index(row, 0, index);
                FUZZ_CHECK(model.parent(child) == index, path);
                FUZZ_CHECK(child.data().toString() == it.key(), path);
                compare(child, it.value(),
                        path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key());
            }
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            FUZZ_CHECK(rows == array.size(), path);
            for (int row = 0; row < array.size() && budget > 0; ++row) {
                const QModelIndex child = model.index(row, 0, index);
                FUZZ_CHECK(model.parent(child) == index, path);
                const QString key = QStringLiteral("[%1]").arg(row);
                FUZZ_CHECK(child.data().toString() == key, path);
                compare(child, array.at(row), path + key);
            }
        } else {
            FUZZ_CHECK(rows == 0, path);
        }
    }

private:
    const JsonTreeModel &m_model;
    int budget = 5000; // nodes compared per input; enough for coverage, keeps runs fast
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray json = fuzz::bytes(data, size);
    JsonTreeModel model;
    const qint64 before = bills::test::liveHeapBytes();
    const bool ok = model.setJson(json);
    const qint64 held = bills::test::liveHeapBytes() - before;
    // The bound tst_jsontreemodel asserts, with room for the empty model's own blocks.
    FUZZ_CHECK(held <= 20 * qint64(size) + 1024,
               QStringLiteral("%1 bytes held for %2 bytes of JSON").arg(held).arg(size));

    const QByteArray body = json.startsWith("\xEF\xBB\xBF") ? json.mid(3) : json;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    FUZZ_CHECK(ok == !document.isNull(), QStringLiteral("setJson and QJsonDocument disagree"));
    if (!ok) {
        FUZZ_CHECK(model.rowCount() == 0, QStringLiteral("rows after an error"));
        return 0;
    }
    Walk walk(model);
    if (document.isObject())
        walk.compare({}, document.object(), QString());
    else
        walk.compare({}, document.array(), QString());
    return 0;
}
