#include "ChangeJournal.h"

#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const auto columns
    = "seq, change_id, entity, entity_id, account_id, field, old_value, new_value, base_version,"
      " author, at, sent_at"_L1;

QString textOrNull(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

// A NULL of the journal's text columns.
QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant valueOrNull(const QVariant &v)
{
    return v.isNull() ? nullText() : QVariant(v.toString());
}

QJsonValue json(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue json(const QVariant &v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString());
}

} // namespace

ChangeJournal::ChangeJournal(const QSqlDatabase &db)
    : m_db(db)
{ }

ChangeJournal::ChangeJournal(Database &db)
    : ChangeJournal(db.connection())
{ }

QList<ChangeJournal::Change> ChangeJournal::select(const QString &where, const QVariantList &binds,
                                                   int limit) const
{
    m_lastError.clear();
    QList<Change> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + columns + u" FROM change_journal WHERE "_s + where + u" ORDER BY seq"_s
              + (limit >= 0 ? u" LIMIT "_s + QString::number(limit) : QString()));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError = tr("The change journal could not be read: %1").arg(q.lastError().text());
        return result;
    }
    while (q.next()) {
        Change c;
        c.seq = q.value(0).toLongLong();
        c.changeId = q.value(1).toString();
        c.entity = q.value(2).toString();
        c.entityId = q.value(3).toString();
        c.accountId = textOrNull(q.value(4));
        c.field = q.value(5).toString();
        c.oldValue = valueOrNull(q.value(6));
        c.newValue = valueOrNull(q.value(7));
        c.baseVersion = textOrNull(q.value(8));
        c.author = textOrNull(q.value(9));
        c.at = q.value(10).toString();
        c.sentAt = textOrNull(q.value(11));
        result.append(c);
    }
    return result;
}

QList<ChangeJournal::Change> ChangeJournal::unsent(int limit) const
{
    return select(u"sent_at IS NULL"_s, {}, limit);
}

qint64 ChangeJournal::unsentCount() const
{
    m_lastError.clear();
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT COUNT(*) FROM change_journal WHERE sent_at IS NULL"_s) || !q.next()) {
        m_lastError = tr("The change journal could not be read: %1").arg(q.lastError().text());
        return 0;
    }
    return q.value(0).toLongLong();
}

QList<ChangeJournal::Change> ChangeJournal::history(const QString &entityId) const
{
    return select(u"entity_id = ?"_s, { entityId }, -1);
}

bool ChangeJournal::append(const QSqlDatabase &db, const Entry &entry, QString *error)
{
    return Appender(db).append(entry, error);
}

ChangeJournal::Appender::Appender(const QSqlDatabase &db)
    : m_handle(Database::handleOf(db))
{
    if (m_handle)
        m_insert.prepare(m_handle,
                         "INSERT INTO change_journal (change_id, entity, entity_id, account_id, field,"
                         " old_value, new_value, base_version, author, at)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

bool ChangeJournal::Appender::append(const Entry &entry, QString *error)
{
    if (!m_insert.isValid()) {
        *error = m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle))
                          : ChangeJournal::tr("The cache is not an SQLite database.");
        return false;
    }
    // Text is bound without copying: the bytes live until the statement has run.
    const QByteArray changeId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QByteArray entity = entry.entity.toUtf8();
    const QByteArray entityId = entry.entityId.toUtf8();
    const QByteArray accountId = entry.accountId.toUtf8();
    const QByteArray field = entry.field.toUtf8();
    const QByteArray oldValue = entry.oldValue.isNull() ? QByteArray() : entry.oldValue.toString().toUtf8();
    const QByteArray newValue = entry.newValue.isNull() ? QByteArray() : entry.newValue.toString().toUtf8();
    const QByteArray base
        = entry.baseValue ? entry.baseValue->toUtf8() : QByteArray::number(entry.baseVersion);
    const QByteArray author = entry.author.toUtf8();
    const QByteArray at = entry.at.toUTC().toString(Qt::ISODateWithMs).toUtf8();
    const auto bindTextOrNull = [this](int i, bool isNull, const QByteArray &text) {
        if (isNull)
            m_insert.bindNull(i);
        else
            m_insert.bindText(i, text);
    };
    m_insert.bindText(1, changeId);
    m_insert.bindText(2, entity);
    m_insert.bindText(3, entityId);
    bindTextOrNull(4, entry.accountId.isEmpty(), accountId);
    m_insert.bindText(5, field);
    bindTextOrNull(6, entry.oldValue.isNull(), oldValue);
    bindTextOrNull(7, entry.newValue.isNull(), newValue);
    m_insert.bindText(8, base);
    bindTextOrNull(9, entry.author.isNull(), author);
    m_insert.bindText(10, at);
    const int rc = m_insert.step();
    m_insert.reset();
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        return false;
    }
    return true;
}

qint64 ChangeJournal::sealedSeq() const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?"_s);
    q.addBindValue(QString::fromLatin1(sealedSeqKey));
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QList<ChangeJournal::Change> ChangeJournal::prepareToSend()
{
    m_lastError.clear();
    // Sealing and reading in one write transaction: no edit can slip in between.
    QSqlQuery q(m_db);
    if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
        m_lastError = tr("The change journal could not be written: %1").arg(q.lastError().text());
        return {};
    }
    const auto rollback = [this](const QSqlQuery &failed) {
        m_lastError = tr("The change journal could not be written: %1").arg(failed.lastError().text());
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
        return QList<Change>();
    };
    q.prepare(u"INSERT INTO meta (key, value) VALUES (?, (SELECT COALESCE(MAX(seq), 0) FROM change_journal))"
              " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(QString::fromLatin1(sealedSeqKey));
    if (!q.exec())
        return rollback(q);
    QList<Change> changes = select(u"sent_at IS NULL"_s, {}, -1);
    if (!m_lastError.isEmpty()) {
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
        return {};
    }
    if (!q.exec(u"COMMIT"_s))
        return rollback(q);
    return changes;
}

bool ChangeJournal::markSent(const QStringList &changeIds, const QDateTime &at)
{
    m_lastError.clear();
    if (changeIds.isEmpty())
        return true;
    QSqlQuery q(m_db);
    if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
        m_lastError = tr("The change journal could not be written: %1").arg(q.lastError().text());
        return false;
    }
    const QString sentAt = at.toUTC().toString(Qt::ISODateWithMs);
    q.prepare(u"UPDATE change_journal SET sent_at = ? WHERE change_id = ? AND sent_at IS NULL"_s);
    for (const QString &id : changeIds) {
        q.bindValue(0, sentAt);
        q.bindValue(1, id);
        if (!q.exec()) {
            m_lastError = tr("The change journal could not be written: %1").arg(q.lastError().text());
            QSqlQuery(m_db).exec(u"ROLLBACK"_s);
            return false;
        }
    }
    if (!q.exec(u"COMMIT"_s)) {
        m_lastError = tr("The change journal could not be written: %1").arg(q.lastError().text());
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
        return false;
    }
    return true;
}

QJsonObject ChangeJournal::toJson(const Change &c)
{
    return { { "change_id"_L1, c.changeId },
             { "seq"_L1, c.seq },
             { "entity"_L1, c.entity },
             { "entity_id"_L1, c.entityId },
             { "account_id"_L1, json(c.accountId) },
             { "field"_L1, c.field },
             { "old_value"_L1, json(c.oldValue) },
             { "new_value"_L1, json(c.newValue) },
             { "base_version"_L1, json(c.baseVersion) },
             { "author"_L1, json(c.author) },
             { "at"_L1, c.at } };
}

QJsonArray ChangeJournal::toJson(const QList<Change> &changes)
{
    QJsonArray array;
    for (const Change &c : changes)
        array.append(toJson(c));
    return array;
}
