#pragma once

#include <QAbstractItemModel>
#include <QJsonValue>

#include <memory>
#include <vector>

class QJsonDocument;

namespace m3ter {

// A read-only tree over one JSON document, for the built-in statement viewer: one row per object
// member or array element, with its key (or [index]), its value (scalars as text, containers as
// a count) and its type. The whole tree is built once by setJson(); statements are small.
// QJsonObject orders members by key, so siblings appear sorted by name.
class JsonTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, // QString, e.g. "lineItems[2].amount"
        JsonTypeRole,                // int, QJsonValue::Type
    };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    // Parses and shows the bytes; on a parse error the model is empty, false is returned and
    // *error (if given) says where it failed, translated.
    bool setJson(const QByteArray &bytes, QString *error = nullptr);
    void setDocument(const QJsonDocument &document);
    void clear();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The scalar value as shown: strings verbatim, numbers in their shortest exact form.
    static QString scalarText(const QJsonValue &value);
    static QString typeLabel(QJsonValue::Type type);

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    static void build(Node *node, const QJsonValue &value);

    std::unique_ptr<Node> m_root;
};

} // namespace m3ter
