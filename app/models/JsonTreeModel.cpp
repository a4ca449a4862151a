#include "models/JsonTreeModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace m3ter {

namespace {

constexpr quint64 kMaxOffset = 0xFFFFFFFFu;

// Values in the tree, the document itself included. QJsonDocument nests at most 1024 deep, so
// the recursion here and in build() is bounded.
quint64 countValues(const QJsonValue &value) {
    quint64 count = 1;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            count += countValues(it.value());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &child : array)
            count += countValues(child);
    }
    return count;
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_nodes(1) {}

JsonTreeModel::~JsonTreeModel() = default;

bool JsonTreeModel::setJson(const QByteArray &bytes, QString *error) {
    QJsonParseError parseError;
    // A byte-order mark is legal in a UTF-8 file but not to QJsonDocument.
    const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        clear();
        if (error)
            //: %1: the parser's reason, %2: byte offset in the file.
            *error = tr("The file is not valid JSON: %1 (at byte %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return false;
    }
    if (!setDocument(document)) {
        if (error)
            *error = tr("The file is too large to show.");
        return false;
    }
    return true;
}

bool JsonTreeModel::setDocument(const QJsonDocument &document) {
    beginResetModel();
    resetToEmpty();
    bool ok = true;
    if (document.isObject() || document.isArray()) {
        const QJsonValue root =
            document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        const quint64 count = countValues(root);
        ok = count <= kMaxOffset;
        if (ok) {
            // Exactly as many nodes as values: no slack from growth, and build() may keep
            // indices (not references) across the resizes that place each node's children.
            m_nodes.reserve(size_t(count));
            ok = build(0, root);
        }
        if (!ok)
            resetToEmpty();
        m_text.squeeze();
    }
    endResetModel();
    return ok;
}

void JsonTreeModel::clear() {
    beginResetModel();
    resetToEmpty();
    endResetModel();
}

void JsonTreeModel::resetToEmpty() {
    m_nodes.assign(1, Node());
    m_nodes.shrink_to_fit();
    m_text = QString();
}

bool JsonTreeModel::appendText(const QString &text, quint32 *length) {
    if (quint64(m_text.size()) + quint64(text.size()) > kMaxOffset)
        return false;
    m_text.append(text);
    *length = quint32(text.size());
    return true;
}

bool JsonTreeModel::build(quint32 id, const QJsonValue &value) {
    m_nodes[id].type = quint8(value.type());
    // Children get their slots first (contiguous), then each is filled and built in turn.
    const auto placeChildren = [this, id](qsizetype count) {
        const auto first = quint32(m_nodes.size());
        m_nodes.resize(m_nodes.size() + size_t(count));
        m_nodes[id].firstChild = first;
        m_nodes[id].childCount = quint32(count);
        for (quint32 i = 0; i < quint32(count); ++i)
            m_nodes[first + i].parent = id;
        return first;
    };
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        quint32 child = placeChildren(object.size());
        for (auto it = object.begin(); it != object.end(); ++it, ++child) {
            m_nodes[child].textOffset = quint32(m_text.size());
            if (!appendText(it.key(), &m_nodes[child].keyLength) || !build(child, it.value()))
                return false;
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        quint32 child = placeChildren(array.size());
        for (const QJsonValue &element : array) {
            m_nodes[child].textOffset = quint32(m_text.size());
            if (!build(child++, element))
                return false;
        }
    } else {
        // The key (if any) was appended just before, so the text follows it.
        return appendText(scalarText(value), &m_nodes[id].textLength);
    }
    return true;
}

QString JsonTreeModel::scalarText(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        // Shortest text that reads back to the same double: 0.1 stays "0.1", never
        // "0.10000000000000001"; not localised, it is the file's content.
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return {};
    }
}

QString JsonTreeModel::typeLabel(QJsonValue::Type type) {
    switch (type) {
    case QJsonValue::Object:
        return tr("Object");
    case QJsonValue::Array:
        return tr("Array");
    case QJsonValue::String:
        return tr("Text");
    case QJsonValue::Double:
        return tr("Number");
    case QJsonValue::Bool:
        return tr("Yes/no");
    case QJsonValue::Null:
        return tr("Empty");
    default:
        return {};
    }
}

quint32 JsonTreeModel::nodeIdOf(const QModelIndex &index) const {
    return index.isValid() ? quint32(index.internalId()) : 0;
}

int JsonTreeModel::rowOf(quint32 id) const {
    return int(id - m_nodes[m_nodes[id].parent].firstChild);
}

QString JsonTreeModel::keyOf(quint32 id) const {
    const Node &node = m_nodes[id];
    if (m_nodes[node.parent].type == QJsonValue::Array)
        return QStringLiteral("[%1]").arg(rowOf(id));
    return QStringView(m_text).mid(node.textOffset, node.keyLength).toString();
}

QStringView JsonTreeModel::textOf(quint32 id) const {
    const Node &node = m_nodes[id];
    return QStringView(m_text).mid(qsizetype(node.textOffset) + node.keyLength, node.textLength);
}

QString JsonTreeModel::pathOf(quint32 id) const {
    // From the node up to the root's child, then joined the other way round:
    // "lineItems[2].amount".
    std::vector<quint32> chain;
    for (quint32 n = id; n != 0; n = m_nodes[n].parent)
        chain.push_back(n);
    QString path;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const bool element = m_nodes[m_nodes[*it].parent].type == QJsonValue::Array;
        if (!element && !path.isEmpty())
            path += QLatin1Char('.');
        path += keyOf(*it);
    }
    return path;
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount ||
        (parent.isValid() && parent.column() != 0))
        return {};
    const Node &p = m_nodes[nodeIdOf(parent)];
    if (quint32(row) >= p.childCount)
        return {};
    return createIndex(row, column, quintptr(p.firstChild + quint32(row)));
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const {
    if (!child.isValid())
        return {};
    const quint32 p = m_nodes[nodeIdOf(child)].parent;
    if (p == 0)
        return {};
    return createIndex(rowOf(p), 0, quintptr(p));
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const {
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(m_nodes[nodeIdOf(parent)].childCount);
}

int JsonTreeModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const {
    return rowCount(parent) > 0;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const quint32 id = nodeIdOf(index);
    const Node &node = m_nodes[id];
    const bool container = node.type == QJsonValue::Object || node.type == QJsonValue::Array;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return keyOf(id);
        case ValueColumn:
            if (node.type == QJsonValue::Object)
                //: JSON viewer: an object's summary, e.g. "{5 fields}".
                return tr("{%n field(s)}", nullptr, int(node.childCount));
            if (node.type == QJsonValue::Array)
                //: JSON viewer: an array's summary, e.g. "[3 items]".
                return tr("[%n item(s)]", nullptr, int(node.childCount));
            // One line in the tree; the tooltip has the full text.
            return textOf(id).toString().replace(QLatin1Char('\n'), QChar(0x21B5));
        case TypeColumn:
            return typeLabel(QJsonValue::Type(node.type));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && !container)
            return textOf(id).toString();
        return pathOf(id);
    case PathRole:
        return pathOf(id);
    case JsonTypeRole:
        return int(node.type);
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

} // namespace m3ter
