#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

struct ImportCounts
{
    qint64 added = 0;
    qint64 changed = 0;
    qint64 unchanged = 0;
    qint64 archived = 0;
    qint64 rejected = 0;

    ImportCounts &operator+=(const ImportCounts &o);
    QJsonObject toJson() const;
};

struct ImportRejection
{
    QString file;
    qint64 line = 0; // 0: the file as a whole
    QString reason;
};

// What an import did, table by table, with every rejected row. Printed at the end,
// shown in the GUI and stored in the import log.
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    enum class Status
    {
        Applied,
        Failed,
        Cancelled
    };

    Status status = Status::Failed;
    QString error; // why the import as a whole was refused (Failed)
    QString source;
    QString profile;
    QString exportId;
    QString encodingNote; // e.g. "accounts.csv: GB18030"
    qint64 logId = 0;
    qint64 elapsedMs = 0;
    QMap<QString, ImportCounts> tables; // by entity name
    QList<ImportRejection> rejections;
    QStringList warnings;
    // Fields edited here and changed differently in the CRM (see work/SharedEdits.h).
    int conflicts = 0;
    // The accounts whose rows the playbook rules read (the account, its contacts, its NPS
    // responses) this import added or changed, so that the rules can look at those alone
    // (PlaybookRules::setAccountScope); nullopt when that is not known, e.g. after records
    // were archived: the rules then look at every account. Not part of the JSON.
    std::optional<QStringList> ruleAccounts;

    bool ok() const { return status == Status::Applied; }
    ImportCounts totals() const;
    QJsonObject toJson() const;
    // A human summary, translated, listing at most `maxLines` warnings and rejections
    // (-1: all of them).
    QString toText(qsizetype maxLines = 20) const;
    static QString statusName(Status status);
    // "applied", "failed", "cancelled" as the user reads them, translated.
    static QString statusText(const QString &statusName);
};
