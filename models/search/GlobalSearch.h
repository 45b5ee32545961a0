#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Ctrl+K: accounts and contacts matching a few typed words, best matches first. Each
// word must occur in the record (accounts: name, CRM id, owner; contacts: name, email,
// title); a name that starts with the text ranks before one that merely contains it.
class GlobalSearch
{
    Q_DECLARE_TR_FUNCTIONS(GlobalSearch)

public:
    struct Result
    {
        enum class Kind
        {
            Account,
            Contact
        };
        Kind kind = Kind::Account;
        QString accountId; // the account to open, for contacts too
        QString contactId;
        QString title; // account or contact name
        QString subtitle; // owner · segment, or title · account
        bool archived = false;
    };

    explicit GlobalSearch(const QSqlDatabase &db);

    // Accounts owned by `preferredOwnerId` (the user's own book) rank first.
    QList<Result> search(const QString &text, int limit = 12, const QString &preferredOwnerId = {}) const;
    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    mutable QString m_lastError;
};
