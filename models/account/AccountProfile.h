#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <optional>

class Database;

// One account's profile and commercial facts as the cache holds them, with the names
// its ids point at (owner, team, parent account) resolved.
class AccountProfile
{
    Q_DECLARE_TR_FUNCTIONS(AccountProfile)

public:
    qint64 pk = 0;
    QString id; // CRM id
    QString name;
    QString ownerId;
    QString ownerName; // empty when the owner is not in the users table
    QString ownerEmail;
    QString teamId;
    QString teamName;
    QString segment; // CRM codes, see CrmFormat::codeLabel()
    QString industry;
    QString region;
    QString country;
    QString lifecycleStage;
    QString status;
    std::optional<double> arr;
    QString currency;
    std::optional<qint64> licenses;
    QDate contractStart;
    QDate renewalDate;
    QDate createdAt;
    QString website;
    QString parentId;
    QString parentName; // empty when the parent is not in the cache
    bool archived = false;
    QDateTime archivedAt;
    QDateTime updatedAt;

    bool isValid() const { return pk != 0; }

    // Days from `today` to the renewal date; nullopt without one. Negative: overdue.
    std::optional<qint64> daysToRenewal(const QDate &today = QDate::currentDate()) const;
    // The owner's name, else their CRM id.
    QString ownerDisplayName() const { return ownerName.isEmpty() ? ownerId : ownerName; }
    // The web site as a URL a browser opens ("acme.example" -> "https://acme.example").
    QString websiteUrl() const;

    // Reads the account with CRM id `accountId`. An invalid profile and `error` set when
    // it is not in the cache or the query fails.
    static AccountProfile load(const QSqlDatabase &db, const QString &accountId, QString *error = nullptr);
    static AccountProfile load(Database &db, const QString &accountId, QString *error = nullptr);
};
