#pragma once

#include "PlaybookStore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QPointer>
#include <QSqlDatabase>

class Database;
class Workspace;

// Playbooks as a table, in one of two modes:
// - Account: one account's playbooks, open ones first, then closed ones (the Account 360's
//   playbooks panel).
// - Scope: the open playbooks of the accounts in the workspace's scope (or of a
//   PlaybookStore::Query), by start, newest first (Home, the Playbooks view); it reloads
//   when the workspace's user or scope changes.
// Read-only; edits happen on a playbook's steps (PlaybookStepModel).
class PlaybookInstanceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Account,
        Progress,
        Overdue,
        NextDue,
        Trigger,
        Started,
        Status,
        ColumnCount
    };

    enum Role
    {
        InstanceIdRole = Qt::UserRole,
        AccountIdRole,
        ProgressRole, // double 0..1: steps done or skipped
        StepsRole, // int: steps in all
        ResolvedRole, // int: done or skipped
        OverdueCountRole, // int
        NextDueRole, // QDate
        StatusRole, // "open", "completed", "cancelled"
        ByRuleRole, // bool
        TemplateIdRole,
    };

    enum class Mode
    {
        Account,
        Scope,
    };

    explicit PlaybookInstanceModel(const QSqlDatabase &db, QObject *parent = nullptr);
    explicit PlaybookInstanceModel(Database &db, QObject *parent = nullptr);

    // In Scope mode without an explicit query, the workspace's scope; reloads on change.
    void setWorkspace(Workspace *workspace);

    void setAccount(const QString &accountId, bool includeClosed = true);
    QString accountId() const { return m_query.accountId; }
    // Open playbooks in the workspace's scope (or all without a workspace).
    void setScopeMode();
    // Exactly these playbooks (Scope mode, the workspace ignored).
    void setQuery(const PlaybookStore::Query &query);
    Mode mode() const { return m_mode; }

    void setToday(const QDate &today);
    QDate today() const;

    int overdueSteps() const; // over all rows
    const PlaybookStore::Instance &instanceAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void countsChanged();

private:
    QString triggerLabel(const PlaybookStore::Instance &instance) const;

    QSqlDatabase m_db;
    QPointer<Workspace> m_workspace;
    Mode m_mode = Mode::Account;
    bool m_explicitQuery = false;
    PlaybookStore::Query m_query;
    QDate m_today;
    QList<PlaybookStore::Instance> m_rows;
    QHash<QString, QString> m_ruleNames;
    QString m_lastError;
};
