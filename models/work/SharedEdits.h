#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

class Database;
struct sqlite3;

// CRM fields that both sides may edit: a contact's role and title. Every other CRM field
// is read-only in Pitwall.
//
// An edit made here is written through to the CRM row (so every view, the health score
// and the playbook rules see it at once), journaled for sync with the CRM value it
// started from as its base version, and kept in `shared_edits` until the CRM takes it.
// Each import then reconciles (reconcileAfterImport(), inside the import's transaction),
// looking only at records whose CRM version changed (their src_hash moved on):
// - the CRM now holds the local value: the CRM took the edit; it is done;
// - the CRM still holds the base value (another field changed): the local value is put
//   back and the edit keeps waiting;
// - the CRM holds a third value: a conflict. The local value stays visible, the CRM's is
//   kept as `theirs`, and the user decides: keepMine() (the edit waits again, now based on
//   theirs, and is journaled again) or keepTheirs() (the CRM value comes back).
// Nothing is overwritten silently either way.
class SharedEdits
{
    Q_DECLARE_TR_FUNCTIONS(SharedEdits)

public:
    enum class State
    {
        Pending,
        Conflict,
    };

    struct Edit
    {
        QString id;
        QString entity; // "contact"
        QString entityId; // the CRM id
        QString accountId;
        QString accountName;
        QString entityName; // e.g. the contact's name
        QString field; // "role", "title"
        QString mine; // empty: cleared
        QString base;
        QString theirs; // when in conflict
        State state = State::Pending;
        QString author;
        QDateTime editedAt;
        QDateTime detectedAt; // when the conflict was found
    };

    explicit SharedEdits(const QSqlDatabase &db, const QString &author = QString());
    explicit SharedEdits(Database &db, const QString &author = QString());

    // Whether Pitwall lets the user edit this field of this entity.
    static bool isShared(const QString &entity, const QString &field);
    // "Role", "Title", translated.
    static QString fieldLabel(const QString &field);
    // A value as the user reads it: a role's label, "(empty)" for none, else the text.
    static QString displayValue(const QString &field, const QString &value);

    // Sets a shared field locally, in one transaction (the CRM row, the edit, the journal).
    // Setting it back to the CRM's value withdraws the edit. False with lastError() set for
    // an unknown record, a read-only field or a database error.
    bool set(const QString &entity, const QString &entityId, const QString &field, const QString &value);

    // The edits waiting for the CRM, conflicts first, newest first; `accountId` narrows.
    QList<Edit> list(const QString &accountId = QString()) const;
    QList<Edit> conflicts() const;
    int conflictCount() const;
    int pendingCount() const; // waiting, conflicts not counted
    std::optional<Edit> find(const QString &entity, const QString &entityId, const QString &field) const;

    // Resolves a conflict (by edit id). False with lastError() for an edit that is not in
    // conflict.
    bool keepMine(const QString &editId);
    bool keepTheirs(const QString &editId);

    // For the importer, on its raw connection inside its transaction, after the CRM tables
    // are written. *conflicts: new conflicts found. False with *error set on a database
    // error.
    static bool reconcileAfterImport(sqlite3 *db, int *conflicts, QString *error);

    QString lastError() const { return m_lastError; }

    static QString stateName(State state);

private:
    bool fail(const QString &message) const;
    bool resolve(const QString &editId, bool mine);

    QSqlDatabase m_db;
    QString m_author;
    mutable QString m_lastError;
};
