#pragma once

#include "QbrDocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

class Database;

// QBR drafts in the cache (schema v4: qbr_documents, one row per account and quarter:
// the document as JSON, status, updated_at, delivered_at, version). Every save is one
// BEGIN IMMEDIATE transaction with its change-journal row (entity "qbr", entity_id
// "<account>/<quarter>", field "document" or "status"), like LocalWork's records: a
// crash at any instant leaves the last saved draft. Typing saves through the same call
// (the editor debounces); consecutive saves of the same draft fold into one unsent
// journal row as LocalWork does for notes. The journal's values for "document" are the
// compact JSON of the document without its status and times (those are columns), for
// "status" the keywords "draft"/"delivered".
class QbrStore
{
    Q_DECLARE_TR_FUNCTIONS(QbrStore)

public:
    explicit QbrStore(Database &db);

    // nullopt when there is none (lastError() empty) or on error (lastError() set).
    std::optional<QbrDocument> load(const QString &accountId, const QbrQuarter &quarter);
    // Sets updatedAt (and status/deliveredAt from the cache). The account must be in the
    // cache. Saving unchanged content writes nothing. Never changes the status: a
    // delivered QBR stays delivered when corrected.
    bool save(QbrDocument &document, const QString &author);
    // The latest QBR of the account before `quarter`, for "start from last quarter's".
    std::optional<QbrDocument> previous(const QString &accountId, const QbrQuarter &quarter);
    // The QBRs of an account (newest quarter first): quarter, status, updated_at.
    QList<QbrDocument> list(const QString &accountId);

    // Saves the document as it is, marks it delivered and turns each commitment into a
    // task on the account (LocalWork::addTask, source "qbr", source_id
    // "<account>/<quarter>": title = what, due = due; the owner is the task's owner when
    // it names a user of the cache by id or name, else it is added to the title as
    // "what (owner: …)"), and adds a note to the account naming the QBR and each
    // commitment with its owner and date, all in one transaction; a second call does
    // nothing and returns true.
    bool markDelivered(QbrDocument &document, const QString &author);

    // The template in force: CS Ops' published one (config_documents "qbr_template")
    // when there is a valid one, else the built-in. *origin: the file it came from, or
    // "built-in" (translated).
    QbrTemplate activeTemplate(QString *origin = nullptr);

    // The file in a central export that publishes a template, and its config_documents name.
    static QString templateFileName() { return QStringLiteral("qbr-template.json"); }
    static QString templateDocument() { return QStringLiteral("qbr_template"); }
    // "<account>/<quarter>": the journal's entity_id and the tasks' source_id.
    static QString entityId(const QString &accountId, const QbrQuarter &quarter);

    QString lastError() const { return m_error; }

private:
    bool fail(const QString &message);
    // Writes the document and its journal row in the caller's transaction.
    bool write(QbrDocument &document, const QString &author, const QDateTime &now);
    // The rows matching `where` (then `tail`: ORDER BY, LIMIT), parsed; lastError() on failure.
    QList<QbrDocument> select(const QString &where, const QVariantList &binds, const QString &tail);

    Database &m_db;
    QString m_error;
};
