#include "PlaybookStepModel.h"

#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QLocale>

using namespace Qt::StringLiterals;

PlaybookStepModel::PlaybookStepModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{ }

PlaybookStepModel::PlaybookStepModel(Database &db, QObject *parent)
    : PlaybookStepModel(db.connection(), parent)
{ }

void PlaybookStepModel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
}

void PlaybookStepModel::setAuthor(const QString &author)
{
    m_author = author;
}

QString PlaybookStepModel::author() const
{
    if (m_workspace)
        return m_workspace->author();
    if (!m_author.isEmpty())
        return m_author;
    return Workspace().author();
}

void PlaybookStepModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    reload();
}

QDate PlaybookStepModel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

bool PlaybookStepModel::read(PlaybookStore::Instance *out)
{
    PlaybookStore store(m_db, author());
    store.setToday(today());
    const std::optional<PlaybookStore::Instance> found = store.instance(m_instance.id);
    if (!found) {
        m_lastError = store.lastError();
        return false;
    }
    *out = *found;
    return true;
}

bool PlaybookStepModel::setInstance(const QString &instanceId)
{
    m_lastError.clear();
    beginResetModel();
    m_instance = {};
    m_instance.id = instanceId;
    bool ok = true;
    if (!instanceId.isEmpty()) {
        PlaybookStore::Instance loaded;
        ok = read(&loaded);
        m_instance = ok ? loaded : PlaybookStore::Instance {};
    } else {
        m_instance = {};
    }
    endResetModel();
    Q_EMIT progressChanged();
    return ok;
}

void PlaybookStepModel::reload()
{
    if (m_instance.id.isEmpty())
        return;
    m_lastError.clear();
    PlaybookStore::Instance loaded;
    if (!read(&loaded))
        return;
    if (loaded.steps.size() != m_instance.steps.size()) {
        beginResetModel();
        m_instance = loaded;
        endResetModel();
    } else {
        m_instance = loaded;
        if (!m_instance.steps.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_instance.steps.size()) - 1, ColumnCount - 1));
    }
    Q_EMIT progressChanged();
}

bool PlaybookStepModel::edit(int row, const std::function<bool(PlaybookStore &, int)> &change)
{
    if (row < 0 || row >= m_instance.steps.size()) {
        m_lastError = tr("There is no step %1 in this playbook.").arg(row + 1);
        Q_EMIT editFailed(m_lastError);
        return false;
    }
    PlaybookStore store(m_db, author());
    store.setToday(today());
    if (!change(store, m_instance.steps.at(row).position)) {
        m_lastError = store.lastError();
        Q_EMIT editFailed(m_lastError);
        return false;
    }
    m_lastError.clear();
    reload();
    return true;
}

bool PlaybookStepModel::checkStep(int row, const std::optional<QString> &note)
{
    return edit(row, [&note, this](PlaybookStore &store, int position) {
        return store.check(m_instance.id, position, note);
    });
}

bool PlaybookStepModel::uncheckStep(int row)
{
    return edit(
        row, [this](PlaybookStore &store, int position) { return store.uncheck(m_instance.id, position); });
}

bool PlaybookStepModel::toggleStep(int row)
{
    if (row >= 0 && row < m_instance.steps.size()
        && m_instance.steps.at(row).status == PlaybookStore::StepStatus::Done)
        return uncheckStep(row);
    return checkStep(row);
}

bool PlaybookStepModel::skipStep(int row, const QString &reason)
{
    return edit(row, [&reason, this](PlaybookStore &store, int position) {
        return store.skip(m_instance.id, position, reason);
    });
}

bool PlaybookStepModel::setStepNote(int row, const QString &note)
{
    return edit(row, [&note, this](PlaybookStore &store, int position) {
        return store.setNote(m_instance.id, position, note);
    });
}

int PlaybookStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_instance.steps.size());
}

int PlaybookStepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlaybookStepModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlaybookStore::Step &step = m_instance.steps.at(index.row());
    const QDate day = today();
    const bool overdue = m_instance.status == PlaybookStore::Status::Open && step.isOverdue(day);
    const bool dueToday = step.isOpen() && step.due == day;
    switch (role) {
    case PositionRole:
        return step.position;
    case StatusRole:
        return PlaybookStore::stepStatusKeyword(step.status);
    case OverdueRole:
        return overdue;
    case DueTodayRole:
        return dueToday;
    case DueDateRole:
        return step.due;
    case GuidanceRole:
        return step.displayGuidance();
    case RequiredRole:
        return step.required;
    case DoneByRole:
        return step.doneBy;
    case DoneAtRole:
        return step.doneAt;
    case SkipReasonRole:
        return step.skipReason;
    case NoteRole:
        return step.note;
    case OwnerRoleRole:
        return step.ownerRole;
    default:
        break;
    }
    switch (index.column()) {
    case Status:
        if (role == Qt::CheckStateRole) {
            switch (step.status) {
            case PlaybookStore::StepStatus::Done:
                return int(Qt::Checked);
            case PlaybookStore::StepStatus::Skipped:
                return int(Qt::PartiallyChecked);
            case PlaybookStore::StepStatus::Open:
                return int(Qt::Unchecked);
            }
        }
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
            if (step.status == PlaybookStore::StepStatus::Skipped)
                return tr("Skipped: %1").arg(step.skipReason);
            if (step.status == PlaybookStore::StepStatus::Done && step.doneAt.isValid())
                return tr("Done by %1 on %2")
                    .arg(step.doneBy, QLocale().toString(step.doneAt.toLocalTime(), QLocale::ShortFormat));
            return PlaybookStore::stepStatusLabel(step.status);
        }
        return {};
    case Title:
        if (role == Qt::DisplayRole)
            return step.required ? step.displayTitle() : tr("%1 (optional)").arg(step.displayTitle());
        if (role == Qt::ToolTipRole)
            return step.displayGuidance().isEmpty() ? step.displayTitle() : step.displayGuidance();
        return {};
    case Due:
        if (role == Qt::DisplayRole)
            return step.due.isValid() ? QLocale().toString(step.due, QLocale::ShortFormat) : QString();
        if (role == Qt::ToolTipRole) {
            if (overdue)
                return tr("Overdue by %n day(s)", nullptr, int(step.due.daysTo(day)));
            if (dueToday)
                return tr("Due today");
            if (!step.due.isValid())
                return tr("No due date");
            return QLocale().toString(step.due, QLocale::LongFormat);
        }
        return {};
    case Owner:
        if (role == Qt::DisplayRole)
            return Playbook::ownerRoleLabel(step.ownerRole);
        return {};
    case Note:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return step.note;
        return {};
    default:
        return {};
    }
}

bool PlaybookStepModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (index.column() == Status && role == Qt::CheckStateRole) {
        const auto state = Qt::CheckState(value.toInt());
        return state == Qt::Unchecked ? uncheckStep(index.row()) : checkStep(index.row());
    }
    if (index.column() == Note && role == Qt::EditRole)
        return setStepNote(index.row(), value.toString());
    return false;
}

Qt::ItemFlags PlaybookStepModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_instance.status == PlaybookStore::Status::Cancelled)
        return base;
    switch (index.column()) {
    case Status:
        return base | Qt::ItemIsUserCheckable;
    case Note:
        return base | Qt::ItemIsEditable;
    default:
        return base;
    }
}

QVariant PlaybookStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case Status:
        return role == Qt::ToolTipRole ? tr("Tick a step when it is done") : tr("Done");
    case Title:
        return tr("Step");
    case Due:
        return tr("Due");
    case Owner:
        return tr("Who");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}
