#pragma once

#include "QbrDocument.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

class Database;

// QBR drafts in the cache (schema v4: qbr_documents, one row per account and quarter:
// the document as JSON, status, updated_at, delivered_at, version). Every save is one
// BEGIN IMMEDIATE transaction with its change-journal row (entity "qbr", entity_id
// "<account>/<quarter>", field "document" or "status"), like LocalWork's records: a
// crash at any instant leaves the last saved draft. Typing saves through the same call
// (the editor debounces); consecutive saves of the same draft fold into one unsent
// journal row as LocalWork does for notes.
class QbrStore
{
    Q_DECLARE_TR_FUNCTIONS(QbrStore)

public:
    explicit QbrStore(Database &db);

    // nullopt when there is none (or on error: lastError()).
    std::optional<QbrDocument> load(const QString &accountId, const QbrQuarter &quarter);
    bool save(QbrDocument &document, const QString &author); // sets updatedAt
    // The latest QBR of the account before `quarter`, for "start from last quarter's".
    std::optional<QbrDocument> previous(const QString &accountId, const QbrQuarter &quarter);
    // The QBRs of an account (newest quarter first): quarter, status, updated_at.
    QList<QbrDocument> list(const QString &accountId);

    // Marks the QBR delivered and turns each commitment into a task on the account
    // (LocalWork task: title = what, due = due, note naming the owner and the QBR), all
    // in one transaction; a second call does nothing and returns true.
    bool markDelivered(QbrDocument &document, const QString &author);

    // The template in force: CS Ops' published one (config_documents "qbr_template")
    // when there is a valid one, else the built-in.
    QbrTemplate activeTemplate();

    QString lastError() const { return m_error; }

private:
    Database &m_db;
    QString m_error;
};
