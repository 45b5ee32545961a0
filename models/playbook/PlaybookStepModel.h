#pragma once

#include "PlaybookStore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QPointer>
#include <QSqlDatabase>
#include <functional>
#include <optional>

class Database;
class Workspace;

// The checklist of one playbook (account panel, call mode): one row per step, in order.
//
// Edits go through PlaybookStore, so each is saved and journaled the moment it is made:
// ticking the Status column's check box (Qt::CheckStateRole: Checked = done, Unchecked =
// open again; a skipped step shows PartiallyChecked), editing the Note column, or the
// row methods below for a keyboard-driven view (call mode: move, tick, type a note).
// After an edit the rows are re-read in place (dataChanged, never a reset), so the
// current index and selection stay where they are.
class PlaybookStepModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Status,
        Title,
        Due,
        Owner,
        Note,
        ColumnCount
    };

    enum Role
    {
        PositionRole = Qt::UserRole, // int, from 1
        StatusRole, // "open", "done", "skipped"
        OverdueRole, // bool: open and due before today
        DueTodayRole, // bool: open and due today
        DueDateRole, // QDate; invalid when undated
        GuidanceRole, // translated for a built-in template
        RequiredRole, // bool
        DoneByRole, // who ticked or skipped it
        DoneAtRole, // QDateTime (UTC)
        SkipReasonRole,
        NoteRole,
        OwnerRoleRole, // the role keyword ("csm", ...)
    };

    explicit PlaybookStepModel(const QSqlDatabase &db, QObject *parent = nullptr);
    explicit PlaybookStepModel(Database &db, QObject *parent = nullptr);

    // The workspace gives the author of edits; without one, author() (setAuthor, else the
    // login name).
    void setWorkspace(Workspace *workspace);
    void setAuthor(const QString &author);
    QString author() const;

    // Loads one playbook; an empty id clears the model. False (and lastError()) when unknown.
    bool setInstance(const QString &instanceId);
    QString instanceId() const { return m_instance.id; }
    // The playbook as last read (name, account, status, progress; steps included).
    const PlaybookStore::Instance &instance() const { return m_instance; }

    void setToday(const QDate &today);
    QDate today() const;

    // Row-based edits for keyboard-driven views; false and editFailed() on failure.
    bool checkStep(int row, const std::optional<QString> &note = std::nullopt);
    bool uncheckStep(int row);
    // Done -> open, open or skipped -> done.
    bool toggleStep(int row);
    bool skipStep(int row, const QString &reason);
    // Saved as typed: call it on every pause in typing.
    bool setStepNote(int row, const QString &note);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    // Re-reads the playbook (rows in place when the step count is unchanged).
    void reload();

Q_SIGNALS:
    void editFailed(const QString &message);
    // After every load and every edit: progress, status or overdue may have changed.
    void progressChanged();

private:
    bool edit(int row, const std::function<bool(PlaybookStore &, int position)> &change);
    bool read(PlaybookStore::Instance *out);

    QSqlDatabase m_db;
    QPointer<Workspace> m_workspace;
    QString m_author;
    QDate m_today;
    PlaybookStore::Instance m_instance;
    QString m_lastError;
};
