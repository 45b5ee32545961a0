#include "QbrStore.h"

#include "store/Database.h"
#include "store/WriteTransaction.h"
#include "work/ChangeJournal.h"
#include "work/LocalWork.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const auto entity = "qbr"_L1;

QString isoText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseInstant(const QVariant &v)
{
    if (v.isNull())
        return {};
    const QDateTime at = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : at;
}

// What the document column and the journal hold: the CSM's content, without the status
// and the times the columns keep.
QString contentJson(const QbrDocument &document)
{
    QJsonObject json = document.toJson();
    json.remove("status"_L1);
    json.remove("updated_at"_L1);
    json.remove("delivered_at"_L1);
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace

QbrStore::QbrStore(Database &db)
    : m_db(db)
{ }

QString QbrStore::entityId(const QString &accountId, const QbrQuarter &quarter)
{
    return accountId + u'/' + quarter.toString();
}

bool QbrStore::fail(const QString &message)
{
    m_error = message;
    return false;
}

QList<QbrDocument> QbrStore::select(const QString &where, const QVariantList &binds, const QString &tail)
{
    QList<QbrDocument> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT account_id, quarter, document, status, updated_at, delivered_at FROM qbr_documents WHERE "_s
        + where + u' ' + tail);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        fail(tr("Could not read the QBRs: %1").arg(q.lastError().text()));
        return result;
    }
    while (q.next()) {
        const QString accountId = q.value(0).toString();
        const QString quarter = q.value(1).toString();
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(q.value(2).toByteArray(), &parseError);
        QString error = parseError.error == QJsonParseError::NoError ? QString() : parseError.errorString();
        std::optional<QbrDocument> doc;
        if (error.isEmpty())
            doc = QbrDocument::fromJson(json.object(), &error);
        if (!doc) {
            fail(tr("The saved QBR of %1 for %2 cannot be read: %3").arg(accountId, quarter, error));
            return {};
        }
        // The row is the truth about whose and which quarter it is, and about its status.
        doc->accountId = accountId;
        if (const std::optional<QbrQuarter> parsed = QbrQuarter::parse(quarter))
            doc->quarter = *parsed;
        doc->status = q.value(3).toString() == "delivered"_L1 ? QbrDocument::Status::Delivered
                                                              : QbrDocument::Status::Draft;
        doc->updatedAt = parseInstant(q.value(4));
        doc->deliveredAt = parseInstant(q.value(5));
        result.append(*doc);
    }
    return result;
}

std::optional<QbrDocument> QbrStore::load(const QString &accountId, const QbrQuarter &quarter)
{
    m_error.clear();
    const QList<QbrDocument> found
        = select(u"account_id = ? AND quarter = ?"_s, { accountId, quarter.toString() }, {});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

std::optional<QbrDocument> QbrStore::previous(const QString &accountId, const QbrQuarter &quarter)
{
    m_error.clear();
    // "2026Q3" sorts as text in quarter order.
    const QList<QbrDocument> found
        = select(u"account_id = ? AND quarter < ?"_s, { accountId, quarter.toString() },
                 u"ORDER BY quarter DESC LIMIT 1"_s);
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<QbrDocument> QbrStore::list(const QString &accountId)
{
    m_error.clear();
    return select(u"account_id = ?"_s, { accountId }, u"ORDER BY quarter DESC"_s);
}

bool QbrStore::write(QbrDocument &document, const QString &author, const QDateTime &now)
{
    const QSqlDatabase db = m_db.connection();
    const QString id = entityId(document.accountId, document.quarter);
    const QString quarter = document.quarter.toString();
    const QString content = contentJson(document);
    const auto sqlFail = [this](const QSqlQuery &q) {
        return fail(tr("The QBR could not be saved: %1").arg(q.lastError().text()));
    };

    QSqlQuery account(db);
    account.prepare(u"SELECT 1 FROM accounts WHERE id = ?"_s);
    account.addBindValue(document.accountId);
    if (!account.exec())
        return sqlFail(account);
    if (!account.next())
        return fail(tr("No account with CRM id “%1” in the cache.").arg(document.accountId));

    QSqlQuery row(db);
    row.prepare(u"SELECT document, status, version, updated_at, delivered_at FROM qbr_documents"
                " WHERE account_id = ? AND quarter = ?"_s);
    row.addBindValue(document.accountId);
    row.addBindValue(quarter);
    if (!row.exec())
        return sqlFail(row);
    const bool exists = row.next();
    const QVariant oldContent = exists ? row.value(0) : QVariant(QMetaType::fromType<QString>());
    const int version = exists ? row.value(2).toInt() : 0;
    if (exists) {
        document.status = row.value(1).toString() == "delivered"_L1 ? QbrDocument::Status::Delivered
                                                                    : QbrDocument::Status::Draft;
        document.deliveredAt = parseInstant(row.value(4));
        if (oldContent.toString() == content) {
            document.updatedAt = parseInstant(row.value(3));
            return true; // nothing changed: nothing to write or journal
        }
    } else {
        document.status = QbrDocument::Status::Draft;
        document.deliveredAt = {};
    }
    row.finish();

    // The newest journal row of this QBR absorbs the save when it is the document being
    // typed by the same author, not sent or sealed for sending, and recent (LocalWork's rule).
    qint64 foldInto = 0;
    if (exists) {
        QSqlQuery q(db);
        q.prepare(u"SELECT seq, field, author, sent_at, at,"
                  " seq <= COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?), 0)"
                  " FROM change_journal WHERE entity = ? AND entity_id = ? ORDER BY seq DESC LIMIT 1"_s);
        q.addBindValue(QString::fromLatin1(ChangeJournal::sealedSeqKey));
        q.addBindValue(QString(entity));
        q.addBindValue(id);
        if (!q.exec())
            return sqlFail(q);
        if (q.next() && q.value(1).toString() == "document"_L1 && q.value(2).toString() == author
            && q.value(3).isNull() && q.value(5).toInt() == 0) {
            const QDateTime last = parseInstant(q.value(4));
            const qint64 age = last.isValid() ? last.msecsTo(now) : -1;
            if (age >= 0 && age < LocalWork::coalesceWindowMs)
                foldInto = q.value(0).toLongLong();
        }
    }

    // The document first, then its journal row: a failure in either rolls both back.
    QSqlQuery put(db);
    if (exists) {
        put.prepare(u"UPDATE qbr_documents SET document = ?, updated_at = ?, version = version + ?"
                    " WHERE account_id = ? AND quarter = ?"_s);
        put.addBindValue(content);
        put.addBindValue(isoText(now));
        put.addBindValue(foldInto ? 0 : 1);
        put.addBindValue(document.accountId);
        put.addBindValue(quarter);
    } else {
        put.prepare(u"INSERT INTO qbr_documents (account_id, quarter, document, status, updated_at, version)"
                    " VALUES (?, ?, ?, 'draft', ?, 1)"_s);
        put.addBindValue(document.accountId);
        put.addBindValue(quarter);
        put.addBindValue(content);
        put.addBindValue(isoText(now));
    }
    if (!put.exec())
        return sqlFail(put);

    if (foldInto) {
        QSqlQuery update(db);
        update.prepare(
            u"UPDATE change_journal SET new_value = ?, at = ? WHERE seq = ? AND sent_at IS NULL"_s);
        update.addBindValue(content);
        update.addBindValue(isoText(now));
        update.addBindValue(foldInto);
        if (!update.exec())
            return sqlFail(update);
    } else {
        QString error;
        if (!ChangeJournal::append(db,
                                   { QString(entity), id, document.accountId, u"document"_s, oldContent,
                                     content, version, author, now },
                                   &error))
            return fail(tr("The QBR could not be saved: %1").arg(error));
    }
    document.updatedAt = now;
    return true;
}

bool QbrStore::save(QbrDocument &document, const QString &author)
{
    m_error.clear();
    if (!document.isValid())
        return fail(tr("A QBR needs an account and a quarter."));
    WriteTransaction transaction(m_db.connection());
    QString error;
    if (!transaction.begin(&error))
        return fail(tr("The QBR could not be saved: %1").arg(error));
    QbrDocument saved = document;
    if (!write(saved, author, QDateTime::currentDateTimeUtc()))
        return false;
    if (!transaction.commit(&error))
        return fail(tr("The QBR could not be saved: %1").arg(error));
    document = saved;
    return true;
}

bool QbrStore::markDelivered(QbrDocument &document, const QString &author)
{
    m_error.clear();
    if (!document.isValid())
        return fail(tr("A QBR needs an account and a quarter."));
    const QSqlDatabase db = m_db.connection();
    WriteTransaction transaction(db);
    QString error;
    if (!transaction.begin(&error))
        return fail(tr("The QBR could not be marked delivered: %1").arg(error));
    const QString id = entityId(document.accountId, document.quarter);
    const QString quarter = document.quarter.toString();
    {
        QSqlQuery q(db);
        q.prepare(
            u"SELECT status, delivered_at, updated_at FROM qbr_documents WHERE account_id = ? AND quarter = ?"_s);
        q.addBindValue(document.accountId);
        q.addBindValue(quarter);
        if (!q.exec())
            return fail(tr("The QBR could not be marked delivered: %1").arg(q.lastError().text()));
        if (q.next() && q.value(0).toString() == "delivered"_L1) {
            // Delivered already: its tasks exist; nothing more to do.
            document.status = QbrDocument::Status::Delivered;
            document.deliveredAt = parseInstant(q.value(1));
            document.updatedAt = parseInstant(q.value(2));
            return true;
        }
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QbrDocument delivered = document;
    if (!write(delivered, author, now))
        return false;

    int version = 0;
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT version FROM qbr_documents WHERE account_id = ? AND quarter = ?"_s);
        q.addBindValue(document.accountId);
        q.addBindValue(quarter);
        if (!q.exec() || !q.next())
            return fail(tr("The QBR could not be marked delivered: %1").arg(q.lastError().text()));
        version = q.value(0).toInt();
    }
    QSqlQuery update(db);
    update.prepare(u"UPDATE qbr_documents SET status = 'delivered', delivered_at = ?, updated_at = ?,"
                   " version = version + 1 WHERE account_id = ? AND quarter = ?"_s);
    for (const QVariant &v : QVariantList { isoText(now), isoText(now), document.accountId, quarter })
        update.addBindValue(v);
    if (!update.exec())
        return fail(tr("The QBR could not be marked delivered: %1").arg(update.lastError().text()));
    if (!ChangeJournal::append(db,
                               { QString(entity), id, document.accountId, u"status"_s, u"draft"_s,
                                 u"delivered"_s, version, author, now },
                               &error))
        return fail(tr("The QBR could not be marked delivered: %1").arg(error));

    // Commitments become the account's tasks, in this transaction (LocalWork joins it).
    LocalWork work(db, author);
    QStringList lines;
    for (const QbrCommitment &c : std::as_const(delivered.commitments)) {
        const QString what = c.what.trimmed();
        if (what.isEmpty())
            continue;
        const QString owner = c.owner.trimmed();
        QString ownerId;
        if (!owner.isEmpty()) {
            QSqlQuery q(db);
            q.prepare(
                u"SELECT id FROM users WHERE archived = 0 AND (id = ? OR name = ? COLLATE NOCASE) LIMIT 2"_s);
            q.addBindValue(owner);
            q.addBindValue(owner);
            if (q.exec() && q.next()) {
                const QString first = q.value(0).toString();
                if (!q.next()) // one user only: a name two people share stays text
                    ownerId = first;
            }
        }
        const QString title
            = owner.isEmpty() || !ownerId.isEmpty() ? what : tr("%1 (owner: %2)").arg(what, owner);
        if (work.addTask(document.accountId, title, c.due, ownerId, u"qbr"_s, id).isEmpty())
            return fail(tr("The commitment “%1” could not become a task: %2").arg(what, work.lastError()));
        const QString who = owner.isEmpty() ? tr("no owner") : owner;
        lines.append(c.due.isValid() ? tr("• %1 (%2, due %3)").arg(what, who, c.due.toString(Qt::ISODate))
                                     : tr("• %1 (%2)").arg(what, who));
    }
    QString body = tr("QBR %1 delivered.").arg(document.quarter.label());
    if (!lines.isEmpty())
        body += u"\n\n"_s + tr("Commitments:") + u'\n' + lines.join(u'\n');
    if (work.addNote(document.accountId, body, u"note"_s).isEmpty())
        return fail(tr("The QBR could not be marked delivered: %1").arg(work.lastError()));

    if (!transaction.commit(&error))
        return fail(tr("The QBR could not be marked delivered: %1").arg(error));
    delivered.status = QbrDocument::Status::Delivered;
    delivered.deliveredAt = now;
    delivered.updatedAt = now;
    document = delivered;
    return true;
}

QbrTemplate QbrStore::activeTemplate(QString *origin)
{
    m_error.clear();
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT content, source FROM config_documents WHERE name = ?"_s);
    q.addBindValue(templateDocument());
    if (q.exec() && q.next()) {
        QString error;
        if (const std::optional<QbrTemplate> tmpl = QbrTemplate::fromJson(q.value(0).toByteArray(), &error)) {
            if (origin)
                *origin = q.value(1).toString();
            return *tmpl;
        }
        // The import validates it: only a hand-edited cache gets here.
        m_error = tr("The published QBR template cannot be used (%1); the built-in one is used instead.")
                      .arg(error);
    }
    if (origin)
        *origin = tr("built-in");
    return QbrTemplate::builtIn();
}
