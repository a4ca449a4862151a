#include "statements/StatementJobModel.h"

#include "domain/EnumLabels.h"
#include "statements/StatementJobPoller.h"
#include "statements/StatementQueue.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTime>

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

// The JSON/CSV statement state belongs to a statement the job produced: a cancelled, failed or
// unsubmitted row has none to speak of, whatever the job said before it was stopped.
bool hasStatement(const StatementEntry &e) {
    switch (e.stage) {
    case StatementEntry::Stage::WaitingForDownload:
    case StatementEntry::Stage::Downloading:
    case StatementEntry::Stage::Downloaded:
    case StatementEntry::Stage::DownloadFailed:
        return true;
    default:
        return false;
    }
}

QString filesText(const StatementEntry &e) {
    if (!e.error.isEmpty())
        return e.error.text();
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
        lines.append(e.error.text());
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
    connect(queue, &StatementQueue::entryAdded, this, &StatementJobModel::onEntryAdded);
    connect(queue, &StatementQueue::entryChanged, this, &StatementJobModel::onEntryChanged);
    connect(queue, &StatementQueue::entriesAboutToBeRemoved, this,
            &StatementJobModel::onAboutToRemove);
    connect(queue, &StatementQueue::entriesRemoved, this, &StatementJobModel::onRemoved);
    if (queue->poller())
        connect(queue->poller(), &StatementJobPoller::pollFailed, this,
                &StatementJobModel::onPollFailed);
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
    const QString problem = e.isFinished() ? QString() : m_problems.value(e.id);
    switch (role) {
    case EntryIdRole:
        return e.id;
    case StageRole:
        return int(e.stage);
    case ErrorRole:
        return e.error.isEmpty() ? problem : e.error.text();
    case FinishedRole:
        return e.isFinished();
    case Qt::ToolTipRole:
        if (index.column() == FilesColumn || index.column() == StatusColumn)
            return problem.isEmpty() || !e.error.isEmpty() ? filesToolTip(e) : problem;
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
        if (!problem.isEmpty())
            //: Statements panel status while the server cannot be reached: "Pending, retrying".
            return tr("%1, retrying").arg(statusText(e));
        return statusText(e);
    case JsonStatusColumn:
        return hasStatement(e) ? statementFileStatusLabel(e.jsonStatementStatus) : QString();
    case CsvStatusColumn:
        return e.includeCsv && hasStatement(e) ? statementFileStatusLabel(e.csvStatementStatus)
                                               : QString();
    case ElapsedColumn:
        return formatElapsed(e.elapsedMs());
    case FilesColumn:
        return e.error.isEmpty() && !problem.isEmpty() ? problem : filesText(e);
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

void StatementJobModel::onEntryAdded() {
    const int total = m_queue->count();
    if (total <= m_rows)
        return;
    beginInsertRows({}, m_rows, total - 1);
    m_rows = total;
    endInsertRows();
    if (!m_elapsedTimer.isActive())
        m_elapsedTimer.start();
}

void StatementJobModel::onPollFailed(const ApiError &error) {
    // Said on the rows it holds up (not only in the status bar), with the time, so the text
    // stays true until the job moves on and its row changes.
    const QString text =
        //: Statements panel, on a job that is waiting: %1 = time, %2 = why (the server's error).
        tr("Could not check the job at %1; trying again: %2")
            .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat), error.userText());
    for (int row = 0; row < m_rows && row < m_queue->count(); ++row) {
        const StatementEntry &e = m_queue->at(row);
        if (e.isFinished() || e.stage != StatementEntry::Stage::Generating)
            continue;
        m_problems.insert(e.id, text);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void StatementJobModel::onEntryChanged(int entryId) {
    // News from the job: whatever held it up is over.
    m_problems.remove(entryId);
    const int row = m_queue->rowOf(entryId);
    if (row < 0 || row >= m_rows)
        return;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void StatementJobModel::onAboutToRemove(int firstRow, int lastRow) {
    // Removals only ever concern rows already announced (entryAdded comes first).
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
