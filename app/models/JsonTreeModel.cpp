#include "models/JsonTreeModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace m3ter {

struct JsonTreeModel::Node {
    Node *parent = nullptr;
    int row = 0;
    QString key;  // member name, or "[i]" for an array element
    QString path; // from the root, for copy/tooltips
    QJsonValue::Type type = QJsonValue::Null;
    QString text; // scalars only
    std::vector<std::unique_ptr<Node>> children;
};

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>()) {}

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
    setDocument(document);
    return true;
}

void JsonTreeModel::setDocument(const QJsonDocument &document) {
    beginResetModel();
    m_root = std::make_unique<Node>();
    if (document.isObject())
        build(m_root.get(), document.object());
    else if (document.isArray())
        build(m_root.get(), document.array());
    endResetModel();
}

void JsonTreeModel::clear() {
    beginResetModel();
    m_root = std::make_unique<Node>();
    endResetModel();
}

void JsonTreeModel::build(Node *node, const QJsonValue &value) {
    node->type = value.type();
    const auto add = [node](const QString &key, const QString &path, const QJsonValue &child) {
        auto c = std::make_unique<Node>();
        c->parent = node;
        c->row = int(node->children.size());
        c->key = key;
        c->path = path;
        build(c.get(), child);
        node->children.push_back(std::move(c));
    };
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        node->children.reserve(size_t(object.size()));
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString path =
                node->path.isEmpty() ? it.key() : node->path + QLatin1Char('.') + it.key();
            add(it.key(), path, it.value());
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        node->children.reserve(size_t(array.size()));
        for (int i = 0; i < array.size(); ++i) {
            const QString key = QStringLiteral("[%1]").arg(i);
            add(key, node->path + key, array.at(i));
        }
    } else {
        node->text = scalarText(value);
    }
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

JsonTreeModel::Node *JsonTreeModel::nodeOf(const QModelIndex &index) const {
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount ||
        (parent.isValid() && parent.column() != 0))
        return {};
    const Node *p = nodeOf(parent);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const {
    if (!child.isValid())
        return {};
    const Node *node = nodeOf(child);
    Node *p = node->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, p);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const {
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
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
    const Node *node = nodeOf(index);
    const bool container = node->type == QJsonValue::Object || node->type == QJsonValue::Array;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return node->key;
        case ValueColumn:
            if (node->type == QJsonValue::Object)
                //: JSON viewer: an object's summary, e.g. "{5 fields}".
                return tr("{%n field(s)}", nullptr, int(node->children.size()));
            if (node->type == QJsonValue::Array)
                //: JSON viewer: an array's summary, e.g. "[3 items]".
                return tr("[%n item(s)]", nullptr, int(node->children.size()));
            // One line in the tree; the tooltip has the full text.
            return QString(node->text).replace(QLatin1Char('\n'), QChar(0x21B5));
        case TypeColumn:
            return typeLabel(node->type);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && !container)
            return node->text;
        return node->path;
    case PathRole:
        return node->path;
    case JsonTypeRole:
        return int(node->type);
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
