#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QSqlDatabase>

class Database;
class Workspace;

// Local tasks as a table, in one of two modes:
// - Account: one account's tasks, open ones first by due date (undated last), then done
//   ones, newest first (Account 360).
// - Due: "my tasks due", the open tasks across accounts in the workspace's scope (the
//   account owner), overdue ones first, then today's, and the next `daysAhead` days
//   (Home). Without a workspace, or in the scope All, every account's.
// Edits (done, title, due date) go through LocalWork, so they are saved and journaled at
// once; the edited row stays where it is until the next reload().
class TaskListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Done,
        Title,
        Due,
        Account,
        Owner,
        ColumnCount
    };

    enum Role
    {
        TaskIdRole = Qt::UserRole,
        AccountIdRole,
        OverdueRole, // bool: open and due before today
        DueTodayRole, // bool: open and due today
        DoneRole, // bool
        DueDateRole, // QDate, invalid when undated
    };

    enum class Mode
    {
        Account,
        Due
    };

    explicit TaskListModel(const QSqlDatabase &db, QObject *parent = nullptr);
    explicit TaskListModel(Database &db, QObject *parent = nullptr);

    // The workspace gives the author of edits and, in Due mode, the scope; the model
    // reloads when its user or scope changes. Without one, edits are by author().
    void setWorkspace(Workspace *workspace);
    void setAuthor(const QString &author);
    QString author() const;

    // Switch to one account's tasks and load them.
    void setAccount(const QString &accountId);
    QString accountId() const { return m_accountId; }
    // Switch to "my tasks due" (overdue, today, and the next `daysAhead` days) and load.
    void setDueMode(int daysAhead = 0);
    int daysAhead() const { return m_daysAhead; }
    Mode mode() const { return m_mode; }

    // "Today" for overdue and due-today; the current date unless set (tests, or a view
    // that notices midnight).
    void setToday(const QDate &today);
    QDate today() const;

    int overdueCount() const;
    int dueTodayCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The last error (query or refused edit), empty when fine.
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    // An edit through setData() was refused or could not be saved.
    void editFailed(const QString &message);
    // After every reload.
    void countsChanged();

private:
    struct Row
    {
        QString id;
        QString accountId;
        QString accountName;
        QString title;
        QDate due;
        bool done = false;
        QString owner;
    };

    QList<Row> query();
    bool isOverdue(const Row &row) const;
    bool isDueToday(const Row &row) const;

    QSqlDatabase m_db;
    QPointer<Workspace> m_workspace;
    QString m_author;
    Mode m_mode = Mode::Account;
    QString m_accountId;
    int m_daysAhead = 0;
    QDate m_today;
    QList<Row> m_rows;
    QString m_lastError;
};
