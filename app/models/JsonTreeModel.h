#pragma once

#include <QAbstractItemModel>
#include <QJsonValue>

#include <vector>

class QJsonDocument;

namespace m3ter {

// A read-only tree over one JSON document, for the built-in statement viewer: one row per object
// member or array element, with its key (or [index]), its value (scalars as text, containers as
// a count) and its type. The whole tree is built once by setJson(); statements are small.
// QJsonObject orders members by key, so siblings appear sorted by name.
//
// Memory is bounded per byte of input whatever the document's shape: nodes live in one flat
// array (28 bytes each, children contiguous) and keys and scalar texts in one string; a node's
// path and an array element's "[i]" are computed when asked for, never stored: stored paths
// grow with the square of the nesting depth.
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
    // False (and an empty model) only for a document too large for the 32-bit node offsets.
    bool setDocument(const QJsonDocument &document);
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
    struct Node {
        quint32 parent = 0;     // index in m_nodes (the root's is its own, 0)
        quint32 firstChild = 0; // a node's children are contiguous in m_nodes
        quint32 childCount = 0;
        quint32 textOffset = 0; // in m_text: the member name (keyLength), then the scalar text
        quint32 keyLength = 0;
        quint32 textLength = 0;
        quint8 type = QJsonValue::Null;
    };

    quint32 nodeIdOf(const QModelIndex &index) const;
    int rowOf(quint32 id) const;
    QString keyOf(quint32 id) const;
    QStringView textOf(quint32 id) const;
    QString pathOf(quint32 id) const;
    bool build(quint32 id, const QJsonValue &value);
    bool appendText(const QString &text, quint32 *length);
    void resetToEmpty();

    std::vector<Node> m_nodes; // [0] is the root
    QString m_text;
};

} // namespace m3ter
