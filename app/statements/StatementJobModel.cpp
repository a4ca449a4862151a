#include "statements/StatementJobModel.h"

#include "domain/EnumLabels.h"
#include "statements/StatementQueue.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace m3ter {

namespace {

QString statusText(const StatementEntry &e) {
    switch (e.stage) {
    case StatementEntry::Stage::Generating:
        return e.jobStatus.isEmpty() ? StatementEntry::stageLabel(e.stage)
                                     : statementJobStatusLabel(e.jobStatus);
    case StatementEntry::Stage::Downloading:
        if (e.bytesTotal > 0)
            return StatementJobModel::tr("Downloading %1%")
                .arg(int(e.bytesReceived * 100 / e.bytesTotal));
        return StatementEntry::stageLabel(e.stage);
    default:
        return StatementEntry::stageLabel(e.stage);
    }
}

QString filesText(const StatementEntry &e) {
    if (!e.error.isEmpty())
        return e.error;
    QStringList names;
    for (const QString &file : {e.jsonFile, e.csvFile}) {
        if (!file.isEmpty())
            names.append(QFileInfo(file).fileName());
    }
    return names.join(QStringLiteral(", "));
}

QString filesToolTip(const StatementEntry &e) {
    QStringList lines;
    if (!e.error.isEmpty())
        lines.append(e.error);
    for (const QString &file : {e.jsonFile, e.csvFile}) {
        if (!file.isEmpty())
            lines.append(QDir::toNativeSeparators(file));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

StatementJobModel::StatementJobModel(StatementQueue *queue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
    , m_rows(queue ? queue->count() : 0) {
    m_elapsedTimer.setInterval(1000);
    connect(&m_elapsedTimer, &QTimer::timeout, this, &StatementJobModel::tickElapsed);
    if (!queue)
        return;
    connect(queue, &StatementQueue::jobAdded, this, &StatementJobModel::onJobAdded);
    connect(queue, &StatementQueue::jobChanged, this, &StatementJobModel::onJobChanged);
    connect(queue, &StatementQueue::entriesAboutToBeRemoved, this,
            &StatementJobModel::onAboutToRemove);
    connect(queue, &StatementQueue::entriesRemoved, this, &StatementJobModel::onRemoved);
    connect(queue, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_rows = 0;
        endResetModel();
        m_elapsedTimer.stop();
    });
    if (!queue->isIdle())
        m_elapsedTimer.start();
}

int StatementJobModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_rows;
}

int StatementJobModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatementJobModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_queue || index.row() >= m_queue->count())
        return {};
    const StatementEntry &e = m_queue->at(index.row());
    switch (role) {
    case EntryIdRole:
        return e.id;
    case StageRole:
        return int(e.stage);
    case ErrorRole:
        return e.error;
    case FinishedRole:
        return e.isFinished();
    case Qt::ToolTipRole:
        if (index.column() == FilesColumn || index.column() == StatusColumn)
            return filesToolTip(e);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ElapsedColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case AccountCodeColumn:
        return e.item.accountCode;
    case BillDateColumn:
        return QLocale().toString(e.item.billDate, QLocale::ShortFormat);
    case BillIdColumn:
        return e.item.billId;
    case StatusColumn:
        return statusText(e);
    case JsonStatusColumn:
        return statementFileStatusLabel(e.jsonStatementStatus);
    case CsvStatusColumn:
        return e.includeCsv ? statementFileStatusLabel(e.csvStatementStatus) : QString();
    case ElapsedColumn:
        return formatElapsed(e.elapsedMs());
    case FilesColumn:
        return filesText(e);
    default:
        return {};
    }
}

QVariant StatementJobModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AccountCodeColumn:
        return tr("Account");
    case BillDateColumn:
        return tr("Bill date");
    case BillIdColumn:
        //: Statements panel column: the unique ID of the bill the statement is for.
        return tr("Bill ID");
    case StatusColumn:
        //: Statements panel column: the stage of the statement job (generating, downloaded...).
        return tr("Status");
    case JsonStatusColumn:
        //: Statements panel column: state of the JSON statement (up to date, out of date,
        //: invalidated).
        return tr("JSON");
    case CsvStatusColumn:
        return tr("CSV");
    case ElapsedColumn:
        //: Statements panel column: time since the statement job was submitted.
        return tr("Elapsed");
    case FilesColumn:
        return tr("File(s) / error");
    default:
        return {};
    }
}

QString StatementJobModel::formatElapsed(qint64 ms) {
    const qint64 secs = qMax<qint64>(0, ms) / 1000;
    const qint64 h = secs / 3600;
    const qint64 m = (secs / 60) % 60;
    const qint64 s = secs % 60;
    const QString ss = QStringLiteral("%1").arg(s, 2, 10, QLatin1Char('0'));
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(ss);
    return QStringLiteral("%1:%2").arg(m).arg(ss);
}

void StatementJobModel::onJobAdded() {
    const int total = m_queue->count();
    if (total <= m_rows)
        return;
    beginInsertRows({}, m_rows, total - 1);
    m_rows = total;
    endInsertRows();
    if (!m_elapsedTimer.isActive())
        m_elapsedTimer.start();
}

void StatementJobModel::onJobChanged(int entryId) {
    const int row = m_queue->rowOf(entryId);
    if (row < 0 || row >= m_rows)
        return;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void StatementJobModel::onAboutToRemove(int firstRow, int lastRow) {
    // Removals only ever concern rows already announced (jobAdded comes first).
    if (firstRow < 0 || lastRow >= m_rows || firstRow > lastRow)
        return;
    beginRemoveRows({}, firstRow, lastRow);
}

void StatementJobModel::onRemoved(int firstRow, int lastRow) {
    if (firstRow < 0 || lastRow >= m_rows || firstRow > lastRow)
        return;
    m_rows -= lastRow - firstRow + 1;
    endRemoveRows();
}

void StatementJobModel::tickElapsed() {
    if (!m_queue || m_rows == 0)
        return;
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_rows; ++row) {
        if (m_queue->at(row).isFinished())
            continue;
        if (first < 0)
            first = row;
        last = row;
    }
    if (first < 0) {
        m_elapsedTimer.stop(); // restarted by the next added row
        return;
    }
    emit dataChanged(index(first, ElapsedColumn), index(last, ElapsedColumn), {Qt::DisplayRole});
}

} // namespace m3ter
