#include "SharedEdits.h"

#include "ChangeJournal.h"
#include "account/CrmFormat.h"
#include "store/Database.h"
#include "store/SqliteStatement.h"
#include "store/WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

struct SharedField
{
    QLatin1StringView entity;
    QLatin1StringView field;
    QLatin1StringView table;
    QLatin1StringView column;
    QLatin1StringView nameSql; // the record's name, from alias r
};

// The registry: add a field here (and its label in fieldLabel()) to make it editable.
constexpr SharedField sharedFields[] = {
    { "contact"_L1, "role"_L1, "contacts"_L1, "role"_L1,
      "TRIM(COALESCE(r.first_name, '') || ' ' || COALESCE(r.last_name, ''))"_L1 },
    { "contact"_L1, "title"_L1, "contacts"_L1, "title"_L1,
      "TRIM(COALESCE(r.first_name, '') || ' ' || COALESCE(r.last_name, ''))"_L1 },
};

const SharedField *findField(const QString &entity, const QString &field)
{
    for (const SharedField &f : sharedFields) {
        if (f.entity == entity && f.field == field)
            return &f;
    }
    return nullptr;
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime parseInstant(const QVariant &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t;
}

// SQL NULL and '' are the same value for a text field.
QString text(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QString utf8(QByteArrayView v)
{
    return QString::fromUtf8(v.data(), v.size());
}

} // namespace

SharedEdits::SharedEdits(const QSqlDatabase &db, const QString &author)
    : m_db(db)
    , m_author(author)
{ }

SharedEdits::SharedEdits(Database &db, const QString &author)
    : SharedEdits(db.connection(), author)
{ }

bool SharedEdits::isShared(const QString &entity, const QString &field)
{
    return findField(entity, field) != nullptr;
}

QString SharedEdits::fieldLabel(const QString &field)
{
    if (field == "role"_L1)
        return tr("Role");
    if (field == "title"_L1)
        return tr("Title");
    return field;
}

QString SharedEdits::displayValue(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return tr("(empty)");
    return field == "role"_L1 ? CrmFormat::contactRoleLabel(value) : value;
}

QString SharedEdits::stateName(State state)
{
    return state == State::Conflict ? u"conflict"_s : u"pending"_s;
}

bool SharedEdits::fail(const QString &message) const
{
    m_lastError = message;
    return false;
}

bool SharedEdits::set(const QString &entity, const QString &entityId, const QString &field,
                      const QString &value)
{
    m_lastError.clear();
    const SharedField *f = findField(entity, field);
    if (!f)
        return fail(
            tr("The field “%1” of a %2 comes from the CRM and cannot be edited here.").arg(field, entity));
    const QString trimmed = value.trimmed();

    WriteTransaction transaction(m_db);
    QString error;
    if (!transaction.begin(&error))
        return fail(tr("The cache could not be written: %1").arg(error));

    QSqlQuery q(m_db);
    q.prepare(u"SELECT account_id, "_s + f->column + u", src_hash FROM "_s + f->table
              + u" WHERE id = ? AND archived = 0"_s);
    q.addBindValue(entityId);
    if (!q.exec())
        return fail(tr("The cache could not be read: %1").arg(q.lastError().text()));
    if (!q.next())
        return fail(tr("No %1 with CRM id “%2” in the cache.").arg(entity, entityId));
    const QString accountId = q.value(0).toString();
    const QString current = text(q.value(1));
    const qint64 crmHash = q.value(2).toLongLong();
    q.finish();
    if (current == trimmed)
        return true; // nothing changes

    QSqlQuery e(m_db);
    e.prepare(u"SELECT id, base, state FROM shared_edits WHERE entity = ? AND entity_id = ? AND field = ?"_s);
    e.addBindValue(entity);
    e.addBindValue(entityId);
    e.addBindValue(field);
    if (!e.exec())
        return fail(tr("The cache could not be read: %1").arg(e.lastError().text()));
    const bool exists = e.next();
    const QString editId
        = exists ? e.value(0).toString() : QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString base = exists ? text(e.value(1)) : current;
    const bool pending = !exists || e.value(2).toString() == "pending"_L1;
    e.finish();

    const QString now = isoNow();
    QSqlQuery w(m_db);
    if (exists && pending && trimmed == base) {
        // Back to what the CRM holds: nothing is waiting any more.
        w.prepare(u"DELETE FROM shared_edits WHERE id = ?"_s);
        w.addBindValue(editId);
    } else if (exists) {
        w.prepare(u"UPDATE shared_edits SET mine = ?, author = ?, edited_at = ? WHERE id = ?"_s);
        w.addBindValue(orNull(trimmed));
        w.addBindValue(orNull(m_author));
        w.addBindValue(now);
        w.addBindValue(editId);
    } else {
        w.prepare(u"INSERT INTO shared_edits (id, entity, entity_id, account_id, field, mine, base, crm_hash,"
                  " state, author, edited_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)"_s);
        w.addBindValue(editId);
        w.addBindValue(entity);
        w.addBindValue(entityId);
        w.addBindValue(accountId);
        w.addBindValue(field);
        w.addBindValue(orNull(trimmed));
        w.addBindValue(orNull(base));
        w.addBindValue(crmHash);
        w.addBindValue(orNull(m_author));
        w.addBindValue(now);
    }
    if (!w.exec())
        return fail(tr("The cache could not be written: %1").arg(w.lastError().text()));

    QSqlQuery u(m_db);
    u.prepare(u"UPDATE "_s + f->table + u" SET "_s + f->column + u" = ? WHERE id = ?"_s);
    u.addBindValue(orNull(trimmed));
    u.addBindValue(entityId);
    if (!u.exec())
        return fail(tr("The cache could not be written: %1").arg(u.lastError().text()));

    ChangeJournal::Entry entry { entity, entityId,        accountId,
                                 field,  orNull(current), orNull(trimmed),
                                 0,      m_author,        QDateTime::currentDateTimeUtc() };
    entry.baseValue = base.isNull() ? u""_s : base;
    if (!ChangeJournal::append(m_db, entry, &error))
        return fail(tr("The cache could not be written: %1").arg(error));
    if (!transaction.commit(&error))
        return fail(tr("The cache could not be written: %1").arg(error));
    return true;
}

QList<SharedEdits::Edit> SharedEdits::list(const QString &accountId) const
{
    m_lastError.clear();
    QList<Edit> edits;
    for (const SharedField &f : sharedFields) {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT e.id, e.entity_id, e.account_id, a.name, "_s + f.nameSql
                  + u", e.mine, e.base, e.theirs, e.state, e.author, e.edited_at, e.detected_at"
                    " FROM shared_edits e LEFT JOIN "_s
                  + f.table
                  + u" r ON r.id = e.entity_id LEFT JOIN accounts a ON a.id = e.account_id"
                    " WHERE e.entity = ? AND e.field = ?"_s
                  + (accountId.isEmpty() ? QString() : u" AND e.account_id = ?"_s));
        q.addBindValue(QString(f.entity));
        q.addBindValue(QString(f.field));
        if (!accountId.isEmpty())
            q.addBindValue(accountId);
        if (!q.exec()) {
            fail(tr("The cache could not be read: %1").arg(q.lastError().text()));
            return {};
        }
        while (q.next()) {
            Edit edit;
            edit.id = q.value(0).toString();
            edit.entity = f.entity;
            edit.entityId = q.value(1).toString();
            edit.accountId = q.value(2).toString();
            edit.accountName = q.value(3).toString();
            edit.entityName = q.value(4).toString();
            edit.field = f.field;
            edit.mine = text(q.value(5));
            edit.base = text(q.value(6));
            edit.theirs = text(q.value(7));
            edit.state = q.value(8).toString() == "conflict"_L1 ? State::Conflict : State::Pending;
            edit.author = q.value(9).toString();
            edit.editedAt = parseInstant(q.value(10));
            edit.detectedAt = parseInstant(q.value(11));
            edits.append(edit);
        }
    }
    std::stable_sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) {
        if (a.state != b.state)
            return a.state == State::Conflict;
        return a.editedAt > b.editedAt;
    });
    return edits;
}

QList<SharedEdits::Edit> SharedEdits::conflicts() const
{
    QList<Edit> all = list();
    all.removeIf([](const Edit &e) { return e.state != State::Conflict; });
    return all;
}

int SharedEdits::conflictCount() const
{
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT COUNT(*) FROM shared_edits WHERE state = 'conflict'"_s) && q.next())
        return q.value(0).toInt();
    return 0;
}

int SharedEdits::pendingCount() const
{
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT COUNT(*) FROM shared_edits WHERE state = 'pending'"_s) && q.next())
        return q.value(0).toInt();
    return 0;
}

std::optional<SharedEdits::Edit> SharedEdits::find(const QString &entity, const QString &entityId,
                                                   const QString &field) const
{
    const QList<Edit> all = list();
    for (const Edit &e : all) {
        if (e.entity == entity && e.entityId == entityId && e.field == field)
            return e;
    }
    return std::nullopt;
}

bool SharedEdits::keepMine(const QString &editId)
{
    return resolve(editId, true);
}

bool SharedEdits::keepTheirs(const QString &editId)
{
    return resolve(editId, false);
}

bool SharedEdits::resolve(const QString &editId, bool mine)
{
    m_lastError.clear();
    WriteTransaction transaction(m_db);
    QString error;
    if (!transaction.begin(&error))
        return fail(tr("The cache could not be written: %1").arg(error));
    QSqlQuery q(m_db);
    q.prepare(
        u"SELECT entity, entity_id, account_id, field, mine, theirs, state FROM shared_edits WHERE id = ?"_s);
    q.addBindValue(editId);
    if (!q.exec())
        return fail(tr("The cache could not be read: %1").arg(q.lastError().text()));
    if (!q.next())
        return fail(tr("There is no local edit with id “%1”.").arg(editId));
    const QString entity = q.value(0).toString();
    const QString entityId = q.value(1).toString();
    const QString accountId = q.value(2).toString();
    const QString field = q.value(3).toString();
    const QString mineValue = text(q.value(4));
    const QString theirs = text(q.value(5));
    if (q.value(6).toString() != "conflict"_L1)
        return fail(tr("The edit of %1 is not in conflict.").arg(fieldLabel(field)));
    q.finish();
    const SharedField *f = findField(entity, field);
    if (!f)
        return fail(
            tr("The field “%1” of a %2 comes from the CRM and cannot be edited here.").arg(field, entity));

    QSqlQuery w(m_db);
    if (mine) {
        // The edit waits again, now on top of the CRM's value; sync sends it again.
        w.prepare(
            u"UPDATE shared_edits SET state = 'pending', base = theirs, theirs = NULL, detected_at = NULL,"
            " edited_at = ? WHERE id = ?"_s);
        w.addBindValue(isoNow());
        w.addBindValue(editId);
    } else {
        w.prepare(u"DELETE FROM shared_edits WHERE id = ?"_s);
        w.addBindValue(editId);
    }
    if (!w.exec())
        return fail(tr("The cache could not be written: %1").arg(w.lastError().text()));
    const QString shown = mine ? mineValue : theirs;
    QSqlQuery u(m_db);
    u.prepare(u"UPDATE "_s + f->table + u" SET "_s + f->column + u" = ? WHERE id = ?"_s);
    u.addBindValue(orNull(shown));
    u.addBindValue(entityId);
    if (!u.exec())
        return fail(tr("The cache could not be written: %1").arg(u.lastError().text()));
    // Journaled either way: keep mine sends the value again against the CRM's; keep
    // theirs records that the local value was given up.
    ChangeJournal::Entry entry { entity,
                                 entityId,
                                 accountId,
                                 field,
                                 orNull(mine ? theirs : mineValue),
                                 orNull(shown),
                                 0,
                                 m_author,
                                 QDateTime::currentDateTimeUtc() };
    entry.baseValue = theirs.isNull() ? u""_s : theirs;
    if (!ChangeJournal::append(m_db, entry, &error))
        return fail(tr("The cache could not be written: %1").arg(error));
    if (!transaction.commit(&error))
        return fail(tr("The cache could not be written: %1").arg(error));
    return true;
}

bool SharedEdits::reconcileAfterImport(sqlite3 *db, int *conflicts, QString *error)
{
    int found = 0;
    const QByteArray now = isoNow().toUtf8();
    for (const SharedField &f : sharedFields) {
        const QByteArray table(f.table.data(), f.table.size());
        const QByteArray column(f.column.data(), f.column.size());
        // The records whose CRM version moved on (or whose value is not the local one).
        SqliteStatement select(
            db,
            "SELECT e.id, e.entity_id, e.mine, e.base, e.theirs, e.state = 'conflict',"
            " e.detected_at, r."
                + column + ", r.src_hash, r.src_hash IS NOT e.crm_hash FROM shared_edits e JOIN " + table
                + " r ON r.id = e.entity_id WHERE e.entity = ? AND e.field = ?"
                  " AND (r.src_hash IS NOT e.crm_hash OR r."
                + column + " IS NOT e.mine)");
        SqliteStatement writeBack(db, "UPDATE " + table + " SET " + column + " = ? WHERE id = ?");
        SqliteStatement done(db, "DELETE FROM shared_edits WHERE id = ?");
        SqliteStatement state(db,
                              "UPDATE shared_edits SET state = ?, theirs = ?, detected_at = ?, crm_hash = ?"
                              " WHERE id = ?");
        if (!select.isValid() || !writeBack.isValid() || !done.isValid() || !state.isValid()) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
        const QByteArray entity(f.entity.data(), f.entity.size());
        const QByteArray field(f.field.data(), f.field.size());
        select.bindText(1, entity);
        select.bindText(2, field);
        struct Row
        {
            QByteArray id;
            QByteArray entityId;
            QString mine, base, theirs;
            bool inConflict;
            QByteArray detectedAt;
            QString crm;
            qint64 crmHash;
            bool crmChanged;
        };
        QList<Row> rows;
        int rc;
        while ((rc = select.step()) == SQLITE_ROW) {
            rows.append({ select.columnText(0).toByteArray(), select.columnText(1).toByteArray(),
                          utf8(select.columnText(2)), utf8(select.columnText(3)), utf8(select.columnText(4)),
                          select.columnInt(5) != 0, select.columnText(6).toByteArray(),
                          utf8(select.columnText(7)), select.columnInt(8), select.columnInt(9) != 0 });
        }
        if (rc != SQLITE_DONE) {
            *error = select.errorMessage();
            return false;
        }
        const auto step = [&](SqliteStatement &st) {
            const int r = st.step();
            st.reset();
            if (r != SQLITE_DONE) {
                *error = st.errorMessage();
                return false;
            }
            return true;
        };
        const auto bindTextOrNull = [](SqliteStatement &st, int i, const QByteArray &v) {
            if (v.isEmpty())
                st.bindNull(i);
            else
                st.bindText(i, v);
        };
        for (const Row &row : std::as_const(rows)) {
            if (row.crm == row.mine) {
                if (row.crmChanged) {
                    // The CRM took the edit.
                    done.bindText(1, row.id);
                    if (!step(done))
                        return false;
                }
                continue;
            }
            QByteArray newState = "pending";
            QByteArray theirs;
            QByteArray detectedAt;
            if (row.crm != row.base) {
                newState = "conflict";
                theirs = row.crm.toUtf8();
                detectedAt = row.inConflict && row.crm == row.theirs ? row.detectedAt : now;
                if (!row.inConflict)
                    ++found;
            }
            state.bindText(1, newState);
            bindTextOrNull(state, 2, theirs);
            bindTextOrNull(state, 3, detectedAt);
            state.bindInt(4, row.crmHash);
            state.bindText(5, row.id);
            if (!step(state))
                return false;
            // The local value stays visible until the user decides.
            const QByteArray mine = row.mine.toUtf8();
            bindTextOrNull(writeBack, 1, mine);
            writeBack.bindText(2, row.entityId);
            if (!step(writeBack))
                return false;
        }
    }
    if (conflicts)
        *conflicts = found;
    return true;
}
