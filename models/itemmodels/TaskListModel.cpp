#include "TaskListModel.h"

#include "store/Database.h"
#include "work/LocalWork.h"
#include "workspace/Workspace.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

TaskListModel::TaskListModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{ }

TaskListModel::TaskListModel(Database &db, QObject *parent)
    : TaskListModel(db.connection(), parent)
{ }

void TaskListModel::setWorkspace(Workspace *workspace)
{
    if (workspace == m_workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace) {
        const auto scopeMayHaveChanged = [this] {
            if (m_mode == Mode::Due)
                reload();
        };
        connect(m_workspace, &Workspace::scopeChanged, this, scopeMayHaveChanged);
        connect(m_workspace, &Workspace::userChanged, this, scopeMayHaveChanged);
    }
    if (m_mode == Mode::Due)
        reload();
}

void TaskListModel::setAuthor(const QString &author)
{
    m_author = author;
}

QString TaskListModel::author() const
{
    if (m_workspace)
        return m_workspace->author();
    if (!m_author.isEmpty())
        return m_author;
    return Workspace().author();
}

void TaskListModel::setAccount(const QString &accountId)
{
    m_mode = Mode::Account;
    m_accountId = accountId;
    reload();
}

void TaskListModel::setDueMode(int daysAhead)
{
    m_mode = Mode::Due;
    m_accountId.clear();
    m_daysAhead = qMax(0, daysAhead);
    reload();
}

void TaskListModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    reload();
}

QDate TaskListModel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

bool TaskListModel::isOverdue(const Row &row) const
{
    return !row.done && row.due.isValid() && row.due < today();
}

bool TaskListModel::isDueToday(const Row &row) const
{
    return !row.done && row.due == today();
}

int TaskListModel::overdueCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [this](const Row &r) { return isOverdue(r); }));
}

int TaskListModel::dueTodayCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [this](const Row &r) { return isDueToday(r); }));
}

void TaskListModel::reload()
{
    m_lastError.clear();
    QList<Row> rows = query();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countsChanged();
}

QList<TaskListModel::Row> TaskListModel::query()
{
    QList<Row> rows;
    if (!m_db.isOpen()) {
        m_lastError = tr("The cache is not open.");
        return rows;
    }
    if (m_mode == Mode::Account && m_accountId.isEmpty())
        return rows;
    QVariantList binds;
    QString where = u" WHERE t.deleted = 0"_s;
    QString order;
    if (m_mode == Mode::Account) {
        where += u" AND t.account_id = ?"_s;
        binds << m_accountId;
        order = u" ORDER BY t.done, (t.done = 0 AND t.due_date IS NULL),"
                " CASE WHEN t.done = 0 THEN t.due_date END, t.done_at DESC, t.created_at, t.pk"_s;
    } else {
        where += u" AND t.done = 0 AND t.due_date IS NOT NULL AND t.due_date <= ?"_s;
        binds << today().addDays(m_daysAhead).toString(Qt::ISODate);
        if (m_workspace) {
            const QString owner = m_workspace->ownerCondition(u"a.owner_id"_s, &binds);
            if (!owner.isEmpty())
                where += u" AND "_s + owner;
        }
        order = u" ORDER BY t.due_date, a.name COLLATE NOCASE, t.created_at, t.pk"_s;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT t.id, t.account_id, COALESCE(a.name, t.account_id), t.title, t.due_date, t.done,"
              " COALESCE(ou.name, t.owner_id, au.name, a.owner_id, '')"
              " FROM tasks t LEFT JOIN accounts a ON a.id = t.account_id"
              " LEFT JOIN users ou ON ou.id = t.owner_id LEFT JOIN users au ON au.id = a.owner_id"_s
              + where + order);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError = tr("The tasks could not be read: %1").arg(q.lastError().text());
        return rows;
    }
    while (q.next()) {
        rows.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(), QDate::fromString(q.value(4).toString(), Qt::ISODate),
                      q.value(5).toInt() != 0, q.value(6).toString() });
    }
    return rows;
}

int TaskListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case TaskIdRole:
        return row.id;
    case AccountIdRole:
        return row.accountId;
    case OverdueRole:
        return isOverdue(row);
    case DueTodayRole:
        return isDueToday(row);
    case DoneRole:
        return row.done;
    case DueDateRole:
        return row.due;
    default:
        break;
    }
    switch (index.column()) {
    case Done:
        if (role == Qt::CheckStateRole)
            return int(row.done ? Qt::Checked : Qt::Unchecked);
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return row.done ? tr("Done") : tr("Open");
        return {};
    case Title:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return row.title;
        return {};
    case Due:
        if (role == Qt::DisplayRole)
            return row.due.isValid() ? QLocale().toString(row.due, QLocale::ShortFormat) : QString();
        if (role == Qt::EditRole)
            return row.due;
        if (role == Qt::ToolTipRole) {
            if (isOverdue(row))
                return tr("Overdue by %n day(s)", nullptr, int(row.due.daysTo(today())));
            if (isDueToday(row))
                return tr("Due today");
            return row.due.isValid() ? QLocale().toString(row.due, QLocale::LongFormat) : tr("No due date");
        }
        return {};
    case Account:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row.accountName;
        return {};
    case Owner:
        if (role == Qt::DisplayRole)
            return row.owner;
        return {};
    default:
        return {};
    }
}

bool TaskListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &row = m_rows[index.row()];
    LocalWork work(m_db, author());
    bool ok = false;
    if (index.column() == Done && role == Qt::CheckStateRole) {
        const bool done = value.toInt() == Qt::Checked;
        ok = work.setTaskDone(row.id, done);
        if (ok)
            row.done = done;
    } else if (index.column() == Title && role == Qt::EditRole) {
        const QString title = value.toString();
        ok = work.setTaskTitle(row.id, title);
        if (ok)
            row.title = title;
    } else if (index.column() == Due && role == Qt::EditRole) {
        QDate due = value.toDate();
        if (value.typeId() == QMetaType::QString && !value.toString().trimmed().isEmpty()) {
            due = QDate::fromString(value.toString().trimmed(), Qt::ISODate);
            if (!due.isValid()) {
                m_lastError = tr("“%1” is not a date (YYYY-MM-DD).").arg(value.toString());
                Q_EMIT editFailed(m_lastError);
                return false;
            }
        }
        ok = work.setTaskDue(row.id, due);
        if (ok)
            row.due = due;
    } else {
        return false;
    }
    if (!ok) {
        m_lastError = work.lastError();
        Q_EMIT editFailed(m_lastError);
        return false;
    }
    m_lastError.clear();
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags TaskListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    switch (index.column()) {
    case Done:
        return base | Qt::ItemIsUserCheckable;
    case Title:
    case Due:
        return base | Qt::ItemIsEditable;
    default:
        return base;
    }
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case Done:
        return role == Qt::ToolTipRole ? tr("Tick a task when it is done") : tr("Done");
    case Title:
        return tr("Task");
    case Due:
        return tr("Due");
    case Account:
        return tr("Account");
    case Owner:
        return tr("Owner");
    default:
        return {};
    }
}
