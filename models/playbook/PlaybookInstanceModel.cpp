#include "PlaybookInstanceModel.h"

#include "PlaybookRules.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QLocale>

using namespace Qt::StringLiterals;

PlaybookInstanceModel::PlaybookInstanceModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{ }

PlaybookInstanceModel::PlaybookInstanceModel(Database &db, QObject *parent)
    : PlaybookInstanceModel(db.connection(), parent)
{ }

void PlaybookInstanceModel::setWorkspace(Workspace *workspace)
{
    if (workspace == m_workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace) {
        const auto scopeMayHaveChanged = [this] {
            if (m_mode == Mode::Scope && !m_explicitQuery)
                reload();
        };
        connect(m_workspace, &Workspace::scopeChanged, this, scopeMayHaveChanged);
        connect(m_workspace, &Workspace::userChanged, this, scopeMayHaveChanged);
    }
    if (m_mode == Mode::Scope && !m_explicitQuery)
        reload();
}

void PlaybookInstanceModel::setAccount(const QString &accountId, bool includeClosed)
{
    m_mode = Mode::Account;
    m_explicitQuery = false;
    m_query = {};
    m_query.accountId = accountId;
    m_query.openOnly = !includeClosed;
    reload();
}

void PlaybookInstanceModel::setScopeMode()
{
    m_mode = Mode::Scope;
    m_explicitQuery = false;
    m_query = {};
    reload();
}

void PlaybookInstanceModel::setQuery(const PlaybookStore::Query &query)
{
    m_mode = Mode::Scope;
    m_explicitQuery = true;
    m_query = query;
    reload();
}

void PlaybookInstanceModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    reload();
}

QDate PlaybookInstanceModel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

int PlaybookInstanceModel::overdueSteps() const
{
    int n = 0;
    for (const PlaybookStore::Instance &in : m_rows)
        n += in.progress.overdue;
    return n;
}

void PlaybookInstanceModel::reload()
{
    m_lastError.clear();
    QList<PlaybookStore::Instance> rows;
    if (m_db.isOpen() && !(m_mode == Mode::Account && m_query.accountId.isEmpty())) {
        PlaybookStore store(m_db, QString());
        store.setToday(today());
        PlaybookStore::Query query = m_query;
        if (m_mode == Mode::Scope && !m_explicitQuery) {
            query.openOnly = true;
            if (m_workspace) {
                query.scope = m_workspace->scope();
                query.userId = m_workspace->userId();
            }
        }
        rows = store.instances(query);
        m_lastError = store.lastError();
        m_ruleNames.clear();
        for (const PlaybookRule &rule : PlaybookRules(m_db).active().rules)
            m_ruleNames.insert(rule.id, rule.displayName());
    } else if (!m_db.isOpen()) {
        m_lastError = tr("The cache is not open.");
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countsChanged();
}

QString PlaybookInstanceModel::triggerLabel(const PlaybookStore::Instance &instance) const
{
    if (!instance.byRule())
        return tr("By hand");
    return m_ruleNames.value(instance.trigger, instance.trigger);
}

int PlaybookInstanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlaybookInstanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlaybookInstanceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlaybookStore::Instance &in = m_rows.at(index.row());
    switch (role) {
    case InstanceIdRole:
        return in.id;
    case AccountIdRole:
        return in.accountId;
    case ProgressRole:
        return in.progress.fraction();
    case StepsRole:
        return in.progress.steps;
    case ResolvedRole:
        return in.progress.resolved();
    case OverdueCountRole:
        return in.progress.overdue;
    case NextDueRole:
        return in.nextDue;
    case StatusRole:
        return PlaybookStore::statusKeyword(in.status);
    case ByRuleRole:
        return in.byRule();
    case TemplateIdRole:
        return in.templateId;
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return in.displayName();
    case Account:
        return in.accountName;
    case Progress:
        if (role == Qt::ToolTipRole)
            return tr("%1 of %n step(s) done or skipped", nullptr, in.progress.steps)
                .arg(in.progress.resolved());
        return tr("%1/%2").arg(in.progress.resolved()).arg(in.progress.steps);
    case Overdue:
        if (role == Qt::ToolTipRole)
            return tr("%n step(s) overdue", nullptr, in.progress.overdue);
        return in.progress.overdue > 0 ? QLocale().toString(in.progress.overdue) : QString();
    case NextDue:
        if (!in.nextDue.isValid())
            return QString();
        return role == Qt::ToolTipRole ? QLocale().toString(in.nextDue, QLocale::LongFormat)
                                       : QLocale().toString(in.nextDue, QLocale::ShortFormat);
    case Trigger:
        return triggerLabel(in);
    case Started:
        return role == Qt::ToolTipRole ? QLocale().toString(in.startDate, QLocale::LongFormat)
                                       : QLocale().toString(in.startDate, QLocale::ShortFormat);
    case Status:
        if (role == Qt::ToolTipRole && in.status == PlaybookStore::Status::Cancelled
            && !in.cancelReason.isEmpty())
            return tr("Cancelled: %1").arg(in.cancelReason);
        return PlaybookStore::statusLabel(in.status);
    default:
        return {};
    }
}

QVariant PlaybookInstanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case Name:
        return tr("Playbook");
    case Account:
        return tr("Account");
    case Progress:
        return role == Qt::ToolTipRole ? tr("Steps done or skipped, of all steps") : tr("Progress");
    case Overdue:
        return role == Qt::ToolTipRole ? tr("Open steps past their due date") : tr("Overdue");
    case NextDue:
        return tr("Next due");
    case Trigger:
        return role == Qt::ToolTipRole ? tr("The rule that started it, or “By hand”") : tr("Started by");
    case Started:
        return tr("Started");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}
