#include "LocalWork.h"

#include "ChangeJournal.h"
#include "store/Database.h"
#include "store/WriteTransaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString isoText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseInstant(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime at = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : at;
}

// A stored value as the journal writes it: text, or NULL.
QVariant journalText(const QVariant &v)
{
    if (v.isNull())
        return QVariant(QMetaType::fromType<QString>());
    return v.toString();
}

bool sameText(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QJsonValue jsonText(const QVariant &v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString());
}

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString tableOf(const QString &entity)
{
    return entity == "note"_L1 ? u"notes"_s : u"tasks"_s;
}

} // namespace

LocalWork::LocalWork(const QSqlDatabase &db, const QString &author)
    : m_db(db)
    , m_author(author)
{ }

LocalWork::LocalWork(Database &db, const QString &author)
    : LocalWork(db.connection(), author)
{ }

bool LocalWork::fail(const QString &message) const
{
    m_lastError = message;
    return false;
}

bool LocalWork::sqlFail(const QSqlQuery &query) const
{
    return fail(tr("The cache could not be written: %1").arg(query.lastError().text()));
}

bool LocalWork::accountExists(const QString &accountId) const
{
    m_lastError.clear();
    return checkAccount(accountId);
}

bool LocalWork::checkAccount(const QString &accountId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT 1 FROM accounts WHERE id = ?"_s);
    q.addBindValue(accountId);
    if (!q.exec())
        return fail(tr("The cache could not be read: %1").arg(q.lastError().text()));
    if (!q.next())
        return fail(tr("No account with CRM id “%1” in the cache.").arg(accountId));
    return true;
}

bool LocalWork::journal(const JournalEntry &entry, int baseVersion, const QDateTime &at, bool *appended)
{
    *appended = false;
    QSqlQuery q(m_db);
    // The newest row of this record; it absorbs the change if it is the same field being
    // typed by the same author, not sent or sealed, and recent.
    q.prepare(u"SELECT seq, field, author, sent_at, at,"
              " seq <= COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?), 0)"
              " FROM change_journal WHERE entity = ? AND entity_id = ? ORDER BY seq DESC LIMIT 1"_s);
    q.addBindValue(QString::fromLatin1(ChangeJournal::sealedSeqKey));
    q.addBindValue(entry.entity);
    q.addBindValue(entry.entityId);
    if (!q.exec())
        return sqlFail(q);
    if (q.next() && entry.field != "created"_L1 && q.value(1).toString() == entry.field
        && q.value(2).toString() == m_author && q.value(3).isNull() && q.value(5).toInt() == 0) {
        const qint64 seq = q.value(0).toLongLong();
        const QDateTime last = parseInstant(q.value(4));
        const qint64 age = last.isValid() ? last.msecsTo(at) : -1;
        if (age >= 0 && age < coalesceWindowMs) {
            QSqlQuery update(m_db);
            update.prepare(
                u"UPDATE change_journal SET new_value = ?, at = ? WHERE seq = ? AND sent_at IS NULL"_s);
            update.addBindValue(journalText(entry.newValue));
            update.addBindValue(isoText(at));
            update.addBindValue(seq);
            if (!update.exec())
                return sqlFail(update);
            if (update.numRowsAffected() == 1)
                return true;
        }
    }
    QString error;
    if (!ChangeJournal::append(m_db,
                               { entry.entity, entry.entityId, entry.accountId, entry.field, entry.oldValue,
                                 entry.newValue, baseVersion, m_author, at },
                               &error))
        return fail(tr("The cache could not be written: %1").arg(error));
    *appended = true;
    return true;
}

bool LocalWork::setField(const QString &entity, const QString &id, const QString &column,
                         const QVariant &value, const QString &extraAssignments,
                         const QVariantList &extraBinds)
{
    m_lastError.clear();
    WriteTransaction transaction(m_db);
    QString error;
    if (!transaction.begin(&error))
        return fail(tr("The cache could not be written: %1").arg(error));
    const QString table = tableOf(entity);
    QString accountId;
    QVariant oldValue;
    int version = 0;
    {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT account_id, %1, version, deleted FROM %2 WHERE id = ?"_s.arg(column, table));
        q.addBindValue(id);
        if (!q.exec())
            return sqlFail(q);
        if (!q.next()) {
            return fail(entity == "note"_L1 ? tr("No note with id “%1”.").arg(id)
                                            : tr("No task with id “%1”.").arg(id));
        }
        if (q.value(3).toInt() != 0 && column != "deleted"_L1) {
            return fail(entity == "note"_L1 ? tr("This note has been deleted.")
                                            : tr("This task has been deleted."));
        }
        accountId = q.value(0).toString();
        oldValue = q.value(1);
        version = q.value(2).toInt();
    }
    if (sameText(oldValue, value))
        return true; // nothing changed: nothing to write or journal

    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool appended = false;
    if (!journal({ entity, id, accountId, column, oldValue, value }, version, now, &appended))
        return false;
    QSqlQuery update(m_db);
    update.prepare(u"UPDATE %1 SET %2 = ?, updated_at = ?, version = version + ?%3 WHERE id = ?"_s.arg(
        table, column, extraAssignments.isEmpty() ? QString() : u", "_s + extraAssignments));
    update.addBindValue(value);
    update.addBindValue(isoText(now));
    update.addBindValue(appended ? 1 : 0);
    for (const QVariant &v : extraBinds)
        update.addBindValue(v);
    update.addBindValue(id);
    if (!update.exec())
        return sqlFail(update);
    if (!transaction.commit(&error))
        return fail(tr("The cache could not be written: %1").arg(error));
    return true;
}

QString LocalWork::addNote(const QString &accountId, const QString &body, const QString &kind)
{
    m_lastError.clear();
    if (body.trimmed().isEmpty()) {
        fail(tr("A note needs some text."));
        return {};
    }
    if (!noteKinds().contains(kind)) {
        fail(tr("Unknown kind of note “%1”: use note, call, meeting or email.").arg(kind));
        return {};
    }
    WriteTransaction transaction(m_db);
    QString error;
    if (!transaction.begin(&error)) {
        fail(tr("The cache could not be written: %1").arg(error));
        return {};
    }
    if (!checkAccount(accountId))
        return {};
    const QString id = newId();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString at = isoText(now);
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO notes (id, account_id, kind, body, author, created_at, updated_at, version)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, 1)"_s);
    for (const QVariant &v : QVariantList { id, accountId, kind, body, m_author, at, at })
        q.addBindValue(v);
    if (!q.exec()) {
        sqlFail(q);
        return {};
    }
    const QJsonObject record { { "id"_L1, id },           { "account_id"_L1, accountId },
                               { "kind"_L1, kind },       { "body"_L1, body },
                               { "author"_L1, m_author }, { "created_at"_L1, at },
                               { "updated_at"_L1, at },   { "version"_L1, 1 } };
    bool appended = false;
    if (!journal({ u"note"_s, id, accountId, u"created"_s, QVariant(), compactJson(record) }, 0, now,
                 &appended))
        return {};
    if (!transaction.commit(&error)) {
        fail(tr("The cache could not be written: %1").arg(error));
        return {};
    }
    return id;
}

bool LocalWork::setNoteBody(const QString &noteId, const QString &body)
{
    return setField(u"note"_s, noteId, u"body"_s, body);
}

bool LocalWork::setNoteKind(const QString &noteId, const QString &kind)
{
    if (!noteKinds().contains(kind))
        return fail(tr("Unknown kind of note “%1”: use note, call, meeting or email.").arg(kind));
    return setField(u"note"_s, noteId, u"kind"_s, kind);
}

bool LocalWork::deleteNote(const QString &noteId)
{
    return setField(u"note"_s, noteId, u"deleted"_s, 1);
}

LocalWork::Note LocalWork::note(const QString &noteId) const
{
    m_lastError.clear();
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, account_id, kind, body, author, created_at, updated_at, deleted, version"
              " FROM notes WHERE id = ?"_s);
    q.addBindValue(noteId);
    if (!q.exec()) {
        fail(tr("The cache could not be read: %1").arg(q.lastError().text()));
        return {};
    }
    if (!q.next()) {
        fail(tr("No note with id “%1”.").arg(noteId));
        return {};
    }
    return { q.value(0).toString(),    q.value(1).toString(),   q.value(2).toString(),
             q.value(3).toString(),    q.value(4).toString(),   parseInstant(q.value(5)),
             parseInstant(q.value(6)), q.value(7).toInt() != 0, q.value(8).toInt() };
}

QList<LocalWork::Note> LocalWork::notes(const QString &accountId) const
{
    m_lastError.clear();
    QList<Note> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, account_id, kind, body, author, created_at, updated_at, deleted, version"
              " FROM notes WHERE account_id = ? AND deleted = 0 ORDER BY created_at DESC, pk DESC"_s);
    q.addBindValue(accountId);
    if (!q.exec()) {
        fail(tr("The cache could not be read: %1").arg(q.lastError().text()));
        return result;
    }
    while (q.next()) {
        result.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(), parseInstant(q.value(5)),
                        parseInstant(q.value(6)), q.value(7).toInt() != 0, q.value(8).toInt() });
    }
    return result;
}

QString LocalWork::addTask(const QString &accountId, const QString &title, const QDate &due,
                           const QString &ownerId, const QString &source, const QString &sourceId)
{
    m_lastError.clear();
    if (title.trimmed().isEmpty()) {
        fail(tr("A task needs a title."));
        return {};
    }
    WriteTransaction transaction(m_db);
    QString error;
    if (!transaction.begin(&error)) {
        fail(tr("The cache could not be written: %1").arg(error));
        return {};
    }
    if (!checkAccount(accountId))
        return {};
    QString owner = ownerId;
    if (owner.isEmpty()) {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT 1 FROM users WHERE id = ?"_s);
        q.addBindValue(m_author);
        if (!q.exec()) {
            sqlFail(q);
            return {};
        }
        if (q.next())
            owner = m_author;
    }
    const QString id = newId();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString at = isoText(now);
    const QVariant dueText = due.isValid() ? QVariant(due.toString(Qt::ISODate)) : nullableText({});
    QSqlQuery q(m_db);
    const QString origin = source.isEmpty() ? u"manual"_s : source;
    q.prepare(
        u"INSERT INTO tasks (id, account_id, title, due_date, done, owner_id, author, source, source_id,"
        " created_at, updated_at, version) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, 1)"_s);
    for (const QVariant &v : QVariantList { id, accountId, title, dueText, nullableText(owner), m_author,
                                            origin, nullableText(sourceId), at, at })
        q.addBindValue(v);
    if (!q.exec()) {
        sqlFail(q);
        return {};
    }
    QJsonObject record {
        { "id"_L1, id },
        { "account_id"_L1, accountId },
        { "title"_L1, title },
        { "due_date"_L1, jsonText(dueText) },
        { "done"_L1, false },
        { "owner_id"_L1, owner.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(owner) },
        { "author"_L1, m_author },
        { "source"_L1, origin },
        { "created_at"_L1, at },
        { "updated_at"_L1, at },
        { "version"_L1, 1 },
    };
    if (!sourceId.isEmpty())
        record.insert("source_id"_L1, sourceId);
    bool appended = false;
    if (!journal({ u"task"_s, id, accountId, u"created"_s, QVariant(), compactJson(record) }, 0, now,
                 &appended))
        return {};
    if (!transaction.commit(&error)) {
        fail(tr("The cache could not be written: %1").arg(error));
        return {};
    }
    return id;
}

bool LocalWork::setTaskTitle(const QString &taskId, const QString &title)
{
    if (title.trimmed().isEmpty())
        return fail(tr("A task needs a title."));
    return setField(u"task"_s, taskId, u"title"_s, title);
}

bool LocalWork::setTaskDue(const QString &taskId, const QDate &due)
{
    return setField(u"task"_s, taskId, u"due_date"_s,
                    due.isValid() ? QVariant(due.toString(Qt::ISODate)) : nullableText({}));
}

bool LocalWork::setTaskDone(const QString &taskId, bool done)
{
    const QVariant doneAt = done ? QVariant(isoText(QDateTime::currentDateTimeUtc())) : nullableText({});
    return setField(u"task"_s, taskId, u"done"_s, done ? 1 : 0, u"done_at = ?"_s, { doneAt });
}

bool LocalWork::deleteTask(const QString &taskId)
{
    return setField(u"task"_s, taskId, u"deleted"_s, 1);
}

namespace {

const auto taskColumns = "id, account_id, title, due_date, done, done_at, owner_id, author, source,"
                         " created_at, updated_at, deleted, version"_L1;

LocalWork::Task taskFrom(const QSqlQuery &q)
{
    LocalWork::Task t;
    t.id = q.value(0).toString();
    t.accountId = q.value(1).toString();
    t.title = q.value(2).toString();
    t.due = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    t.done = q.value(4).toInt() != 0;
    t.doneAt = parseInstant(q.value(5));
    t.ownerId = q.value(6).toString();
    t.author = q.value(7).toString();
    t.source = q.value(8).toString();
    t.createdAt = parseInstant(q.value(9));
    t.updatedAt = parseInstant(q.value(10));
    t.deleted = q.value(11).toInt() != 0;
    t.version = q.value(12).toInt();
    return t;
}

} // namespace

LocalWork::Task LocalWork::task(const QString &taskId) const
{
    m_lastError.clear();
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + taskColumns + u" FROM tasks WHERE id = ?"_s);
    q.addBindValue(taskId);
    if (!q.exec()) {
        fail(tr("The cache could not be read: %1").arg(q.lastError().text()));
        return {};
    }
    if (!q.next()) {
        fail(tr("No task with id “%1”.").arg(taskId));
        return {};
    }
    return taskFrom(q);
}

QList<LocalWork::Task> LocalWork::tasks(const QString &accountId, bool includeDone) const
{
    m_lastError.clear();
    QList<Task> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + taskColumns + u" FROM tasks WHERE account_id = ? AND deleted = 0"_s
              + (includeDone ? QString() : u" AND done = 0"_s)
              + u" ORDER BY done, (done = 0 AND due_date IS NULL), CASE WHEN done = 0 THEN due_date END,"
                " done_at DESC, created_at, pk"_s);
    q.addBindValue(accountId);
    if (!q.exec()) {
        fail(tr("The cache could not be read: %1").arg(q.lastError().text()));
        return result;
    }
    while (q.next())
        result.append(taskFrom(q));
    return result;
}

bool LocalWork::setSentiment(const QString &accountId, Sentiment level, const QString &comment)
{
    m_lastError.clear();
    if (level == Sentiment::None)
        return fail(tr("Choose red, yellow or green for the sentiment."));
    WriteTransaction transaction(m_db);
    QString error;
    if (!transaction.begin(&error))
        return fail(tr("The cache could not be written: %1").arg(error));
    if (!checkAccount(accountId))
        return false;
    const QString keyword = sentimentKeyword(level);
    const QVariant newComment = nullableText(comment);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString at = isoText(now);

    QSqlQuery q(m_db);
    q.prepare(u"SELECT level, comment, version FROM sentiment WHERE account_id = ?"_s);
    q.addBindValue(accountId);
    if (!q.exec())
        return sqlFail(q);
    if (!q.next()) {
        QSqlQuery insert(m_db);
        insert.prepare(u"INSERT INTO sentiment (account_id, level, comment, author, updated_at, version)"
                       " VALUES (?, ?, ?, ?, ?, 1)"_s);
        for (const QVariant &v : QVariantList { accountId, keyword, newComment, m_author, at })
            insert.addBindValue(v);
        if (!insert.exec())
            return sqlFail(insert);
        const QJsonObject record {
            { "account_id"_L1, accountId }, { "level"_L1, keyword }, { "comment"_L1, jsonText(newComment) },
            { "author"_L1, m_author },      { "updated_at"_L1, at }, { "version"_L1, 1 }
        };
        bool appended = false;
        if (!journal({ u"sentiment"_s, accountId, accountId, u"created"_s, QVariant(), compactJson(record) },
                     0, now, &appended))
            return false;
    } else {
        const QVariant oldLevel = q.value(0);
        const QVariant oldComment = nullableText(q.value(1).toString());
        const int version = q.value(2).toInt();
        q.finish();
        bool anyAppended = false;
        bool changed = false;
        const QList<JournalEntry> entries = {
            { u"sentiment"_s, accountId, accountId, u"level"_s, oldLevel, keyword },
            { u"sentiment"_s, accountId, accountId, u"comment"_s, oldComment, newComment },
        };
        for (const JournalEntry &entry : entries) {
            if (sameText(entry.oldValue, entry.newValue))
                continue;
            changed = true;
            bool appended = false;
            if (!journal(entry, version, now, &appended))
                return false;
            anyAppended = anyAppended || appended;
        }
        if (!changed)
            return true;
        QSqlQuery update(m_db);
        update.prepare(u"UPDATE sentiment SET level = ?, comment = ?, author = ?, updated_at = ?,"
                       " version = version + ? WHERE account_id = ?"_s);
        for (const QVariant &v :
             QVariantList { keyword, newComment, m_author, at, anyAppended ? 1 : 0, accountId })
            update.addBindValue(v);
        if (!update.exec())
            return sqlFail(update);
    }
    if (!transaction.commit(&error))
        return fail(tr("The cache could not be written: %1").arg(error));
    return true;
}

LocalWork::SentimentEntry LocalWork::sentiment(const QString &accountId) const
{
    m_lastError.clear();
    QSqlQuery q(m_db);
    q.prepare(u"SELECT level, comment, author, updated_at, version FROM sentiment WHERE account_id = ?"_s);
    q.addBindValue(accountId);
    if (!q.exec()) {
        fail(tr("The cache could not be read: %1").arg(q.lastError().text()));
        return {};
    }
    if (!q.next())
        return {};
    return { sentimentFromKeyword(q.value(0).toString()), q.value(1).toString(), q.value(2).toString(),
             parseInstant(q.value(3)), q.value(4).toInt() };
}

QString LocalWork::sentimentKeyword(Sentiment level)
{
    switch (level) {
    case Sentiment::Red:
        return u"red"_s;
    case Sentiment::Yellow:
        return u"yellow"_s;
    case Sentiment::Green:
        return u"green"_s;
    case Sentiment::None:
        break;
    }
    return {};
}

LocalWork::Sentiment LocalWork::sentimentFromKeyword(const QString &keyword)
{
    const QString k = keyword.trimmed().toLower();
    if (k == "red"_L1)
        return Sentiment::Red;
    if (k == "yellow"_L1)
        return Sentiment::Yellow;
    if (k == "green"_L1)
        return Sentiment::Green;
    return Sentiment::None;
}

QString LocalWork::sentimentLabel(Sentiment level)
{
    switch (level) {
    case Sentiment::Red:
        return tr("Red");
    case Sentiment::Yellow:
        return tr("Yellow");
    case Sentiment::Green:
        return tr("Green");
    case Sentiment::None:
        break;
    }
    return tr("Not set");
}

QStringList LocalWork::noteKinds()
{
    return { u"note"_s, u"call"_s, u"meeting"_s, u"email"_s };
}

QString LocalWork::noteKindLabel(const QString &kind)
{
    if (kind == "call"_L1)
        return tr("Call");
    if (kind == "meeting"_L1)
        return tr("Meeting");
    if (kind == "email"_L1)
        return tr("Email");
    if (kind == "note"_L1)
        return tr("Note");
    return kind;
}
