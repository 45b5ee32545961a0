#include "PlaybookStore.h"

#include "PlaybookTemplateStore.h"
#include "PlaybookWriter.h"
#include "store/Database.h"
#include "store/WriteTransaction.h"
#include "work/ChangeJournal.h"
#include "work/LocalWork.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

// PlaybookWriter

PlaybookWriter::PlaybookWriter(const QSqlDatabase &db)
    : m_db(db)
    , m_handle(Database::handleOf(db))
{ }

QString PlaybookWriter::isoText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime PlaybookWriter::parseInstant(const QVariant &v)
{
    if (v.isNull() || v.toString().isEmpty())
        return {};
    const QDateTime at = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : at;
}

QVariant PlaybookWriter::nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant PlaybookWriter::textOrNull(const QString &s)
{
    return s.isEmpty() ? nullText() : QVariant(s);
}

bool PlaybookWriter::journal(const QSqlDatabase &db, const QString &entity, const QString &entityId,
                             const QString &accountId, const QString &field, const QVariant &oldValue,
                             const QVariant &newValue, int baseVersion, const QString &author,
                             const QDateTime &at, bool mayFold, bool *appended, QString *error)
{
    *appended = false;
    if (mayFold) {
        QSqlQuery q(db);
        q.prepare(u"SELECT seq, field, author, sent_at, at,"
                  " seq <= COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?), 0)"
                  " FROM change_journal WHERE entity = ? AND entity_id = ? ORDER BY seq DESC LIMIT 1"_s);
        q.addBindValue(QString::fromLatin1(ChangeJournal::sealedSeqKey));
        q.addBindValue(entity);
        q.addBindValue(entityId);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        if (q.next() && q.value(1).toString() == field && q.value(2).toString() == author
            && q.value(3).isNull() && q.value(5).toInt() == 0) {
            const qint64 seq = q.value(0).toLongLong();
            const QDateTime last = parseInstant(q.value(4));
            const qint64 age = last.isValid() ? last.msecsTo(at) : -1;
            q.finish();
            if (age >= 0 && age < LocalWork::coalesceWindowMs) {
                QSqlQuery update(db);
                update.prepare(
                    u"UPDATE change_journal SET new_value = ?, at = ? WHERE seq = ? AND sent_at IS NULL"_s);
                update.addBindValue(newValue.isNull() ? nullText() : QVariant(newValue.toString()));
                update.addBindValue(isoText(at));
                update.addBindValue(seq);
                if (!update.exec()) {
                    *error = update.lastError().text();
                    return false;
                }
                if (update.numRowsAffected() == 1)
                    return true;
            }
        }
    }
    if (!ChangeJournal::append(
            db, { entity, entityId, accountId, field, oldValue, newValue, baseVersion, author, at }, error))
        return false;
    *appended = true;
    return true;
}

bool PlaybookWriter::insert(const QString &accountId, const PlaybookTemplate &tmpl,
                            const PlaybookSchedule &schedule, const PlaybookStore::StartOptions &options,
                            const QString &startedBy, const QString &journalAuthor, const QDateTime &now,
                            QString *id, QString *error)
{
    // Raw statements, text bound as UTF-8 without copies: the rules start tens of thousands
    // of playbooks after a first import, and QtSql's per-value conversions were most of it.
    if (!m_prepared) {
        if (!m_handle) {
            *error = PlaybookStore::tr("The cache is not an SQLite database.");
            return false;
        }
        m_instance.prepare(
            m_handle,
            "INSERT INTO playbook_instances (id, account_id, template_id, template_name, template_builtin,"
            " trigger, reason, trigger_detail, start_date, renewal_date, renewal_assumed, started_at,"
            " started_by, status, updated_at, version)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, 1)");
        m_step.prepare(m_handle,
                       "INSERT INTO playbook_steps (instance_id, position, title, guidance, due_from,"
                       " due_days, due_date, owner_role, required, status, note, updated_at, version)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', '', ?, 1)");
        m_journal.emplace(m_db);
        m_prepared = true;
    }
    if (!m_instance.isValid() || !m_step.isValid()) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        return false;
    }
    const auto bindTextOrNull = [](SqliteStatement &st, int i, const QByteArray &text) {
        if (text.isEmpty())
            st.bindNull(i);
        else
            st.bindText(i, text);
    };
    const QString newId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString at = isoText(now);
    const QString startDate = schedule.start.toString(Qt::ISODate);
    const QString renewal = schedule.renewal.isValid() ? schedule.renewal.toString(Qt::ISODate) : QString();
    const QByteArray detail = options.triggerDetail.isEmpty()
        ? QByteArray()
        : QJsonDocument(options.triggerDetail).toJson(QJsonDocument::Compact);
    const QByteArray idUtf8 = newId.toUtf8();
    const QByteArray accountUtf8 = accountId.toUtf8();
    const QByteArray templateId = tmpl.id.toUtf8();
    const QByteArray templateName = tmpl.name.toUtf8();
    const QByteArray trigger = options.trigger.toUtf8();
    const QByteArray reason = options.reason.toUtf8();
    const QByteArray start = startDate.toUtf8();
    const QByteArray renewalUtf8 = renewal.toUtf8();
    const QByteArray atUtf8 = at.toUtf8();
    const QByteArray startedByUtf8 = startedBy.toUtf8();
    m_instance.bindText(1, idUtf8);
    m_instance.bindText(2, accountUtf8);
    m_instance.bindText(3, templateId);
    m_instance.bindText(4, templateName);
    m_instance.bindInt(5, tmpl.translatable() ? 1 : 0);
    bindTextOrNull(m_instance, 6, trigger);
    bindTextOrNull(m_instance, 7, reason);
    bindTextOrNull(m_instance, 8, detail);
    m_instance.bindText(9, start);
    bindTextOrNull(m_instance, 10, renewalUtf8);
    m_instance.bindInt(11, schedule.renewalAssumed ? 1 : 0);
    m_instance.bindText(12, atUtf8);
    if (startedBy.isNull())
        m_instance.bindNull(13);
    else
        m_instance.bindText(13, startedByUtf8);
    m_instance.bindText(14, atUtf8);
    int rc = m_instance.step();
    m_instance.reset();
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        return false;
    }
    QJsonArray stepsJson;
    for (qsizetype i = 0; i < tmpl.steps.size(); ++i) {
        const PlaybookStepTemplate &s = tmpl.steps.at(i);
        const QDate due = schedule.due.value(i);
        const QString dueText = due.isValid() ? due.toString(Qt::ISODate) : QString();
        const QByteArray title = s.title.toUtf8();
        const QByteArray guidance = s.guidance.toUtf8();
        const QByteArray from = Playbook::anchorKeyword(s.from).toUtf8();
        const QByteArray dueUtf8 = dueText.toUtf8();
        const QByteArray ownerRole = s.ownerRole.toUtf8();
        m_step.bindText(1, idUtf8);
        m_step.bindInt(2, i + 1);
        m_step.bindText(3, title);
        m_step.bindText(4, guidance);
        m_step.bindText(5, from);
        if (s.dated)
            m_step.bindInt(6, s.days);
        else
            m_step.bindNull(6);
        bindTextOrNull(m_step, 7, dueUtf8);
        m_step.bindText(8, ownerRole);
        m_step.bindInt(9, s.required ? 1 : 0);
        m_step.bindText(10, atUtf8);
        rc = m_step.step();
        m_step.reset();
        if (rc != SQLITE_DONE) {
            *error = QString::fromUtf8(sqlite3_errmsg(m_handle));
            return false;
        }
        stepsJson.append(QJsonObject {
            { "position"_L1, int(i + 1) },
            { "title"_L1, s.title },
            { "due_date"_L1, due.isValid() ? QJsonValue(dueText) : QJsonValue(QJsonValue::Null) },
            { "owner_role"_L1, s.ownerRole },
            { "required"_L1, s.required },
        });
    }
    const QJsonObject record {
        { "id"_L1, newId },
        { "account_id"_L1, accountId },
        { "template_id"_L1, tmpl.id },
        { "template_name"_L1, tmpl.name },
        { "trigger"_L1,
          options.trigger.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(options.trigger) },
        { "reason"_L1, options.reason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(options.reason) },
        { "start_date"_L1, startDate },
        { "renewal_date"_L1, renewal.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(renewal) },
        { "status"_L1, u"open"_s },
        { "started_at"_L1, at },
        { "version"_L1, 1 },
        { "steps"_L1, stepsJson },
    };
    if (!m_journal->append({ u"playbook"_s, newId, accountId, u"created"_s, QVariant(),
                             QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)), 0,
                             journalAuthor, now },
                           error))
        return false;
    *id = newId;
    return true;
}

// PlaybookStore

namespace {

const auto instanceEntity = "playbook"_L1;
const auto stepEntity = "playbook_step"_L1;

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(u"?"_s);
    return marks.join(u", "_s);
}

// The scope and owner conditions of a query over `accounts a`, appended to `conditions`.
void scopeConditions(const PlaybookStore::Query &query, QStringList *conditions, QVariantList *binds)
{
    const QString scoped = Workspace::ownerCondition(query.scope, query.userId, u"a.owner_id"_s, binds);
    if (!scoped.isEmpty())
        conditions->append(scoped);
    if (!query.ownerIds.isEmpty()) {
        conditions->append(u"a.owner_id IN ("_s + placeholders(query.ownerIds.size()) + u')');
        for (const QString &owner : query.ownerIds)
            binds->append(owner);
    }
    if (!query.accountId.isEmpty()) {
        conditions->append(u"i.account_id = ?"_s);
        binds->append(query.accountId);
    }
}

} // namespace

PlaybookStore::PlaybookStore(const QSqlDatabase &db, const QString &author)
    : m_db(db)
    , m_author(author)
{ }

PlaybookStore::PlaybookStore(Database &db, const QString &author)
    : PlaybookStore(db.connection(), author)
{ }

bool PlaybookStore::fail(const QString &message) const
{
    m_lastError = message;
    return false;
}

QString PlaybookStore::statusKeyword(Status status)
{
    switch (status) {
    case Status::Open:
        return u"open"_s;
    case Status::Completed:
        return u"completed"_s;
    case Status::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

std::optional<PlaybookStore::Status> PlaybookStore::statusFromKeyword(const QString &keyword)
{
    for (const Status s : { Status::Open, Status::Completed, Status::Cancelled }) {
        if (statusKeyword(s) == keyword)
            return s;
    }
    return std::nullopt;
}

QString PlaybookStore::statusLabel(Status status)
{
    switch (status) {
    case Status::Open:
        return tr("Open");
    case Status::Completed:
        return tr("Completed");
    case Status::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString PlaybookStore::stepStatusKeyword(StepStatus status)
{
    switch (status) {
    case StepStatus::Open:
        return u"open"_s;
    case StepStatus::Done:
        return u"done"_s;
    case StepStatus::Skipped:
        return u"skipped"_s;
    }
    return {};
}

std::optional<PlaybookStore::StepStatus> PlaybookStore::stepStatusFromKeyword(const QString &keyword)
{
    for (const StepStatus s : { StepStatus::Open, StepStatus::Done, StepStatus::Skipped }) {
        if (stepStatusKeyword(s) == keyword)
            return s;
    }
    return std::nullopt;
}

QString PlaybookStore::stepStatusLabel(StepStatus status)
{
    switch (status) {
    case StepStatus::Open:
        return tr("To do");
    case StepStatus::Done:
        return tr("Done");
    case StepStatus::Skipped:
        return tr("Skipped");
    }
    return {};
}

QString PlaybookStore::stepEntityId(const QString &instanceId, int position)
{
    return instanceId + u'/' + QString::number(position);
}

QString PlaybookStore::start(const QString &accountId, const QString &templateId, const StartOptions &options)
{
    m_lastError.clear();
    m_lastNotes.clear();
    const PlaybookTemplateStore templates(m_db);
    const std::optional<PlaybookTemplate> tmpl = templates.find(templateId);
    if (!tmpl) {
        fail(templates.lastError());
        return {};
    }
    return start(accountId, *tmpl, options);
}

QString PlaybookStore::start(const QString &accountId, const PlaybookTemplate &tmpl,
                             const StartOptions &options)
{
    m_lastError.clear();
    m_lastNotes.clear();
    if (!tmpl.isValid()) {
        fail(tr("The playbook template “%1” has no steps.").arg(tmpl.id));
        return {};
    }
    WriteTransaction transaction(m_db);
    QString error;
    if (!transaction.begin(&error)) {
        fail(tr("The playbook could not be started: %1").arg(error));
        return {};
    }
    PlaybookAnchors anchors;
    anchors.start = options.startDate.isValid() ? options.startDate : today();
    {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT name, archived, renewal_date, contract_start FROM accounts WHERE id = ?"_s);
        q.addBindValue(accountId);
        if (!q.exec()) {
            fail(tr("The playbook could not be started: %1").arg(q.lastError().text()));
            return {};
        }
        if (!q.next()) {
            fail(tr("No account with CRM id “%1” in the cache.").arg(accountId));
            return {};
        }
        if (q.value(1).toInt() != 0) {
            fail(tr("The account “%1” (%2) is archived: playbooks run on live accounts only.")
                     .arg(q.value(0).toString(), accountId));
            return {};
        }
        anchors.renewal = QDate::fromString(q.value(2).toString().left(10), Qt::ISODate);
        anchors.contractStart = QDate::fromString(q.value(3).toString().left(10), Qt::ISODate);
    }
    {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT template_name, template_builtin, start_date, reason = ? FROM playbook_instances"
                  " WHERE account_id = ? AND status = 'open' AND (template_id = ? OR reason = ?)"
                  " ORDER BY reason = ? DESC LIMIT 1"_s);
        const QVariant reason = PlaybookWriter::textOrNull(options.reason);
        for (const QVariant &v : QVariantList { reason, accountId, tmpl.id, reason, reason })
            q.addBindValue(v);
        if (!q.exec()) {
            fail(tr("The playbook could not be started: %1").arg(q.lastError().text()));
            return {};
        }
        if (q.next()) {
            const QString name = Playbook::displayText(q.value(0).toString(), q.value(1).toInt() != 0);
            if (q.value(3).toInt() == 1)
                fail(tr("“%1” is already open on this account for the same reason (%2).")
                         .arg(name, options.reason));
            else
                fail(tr("“%1” is already running on this account (started %2): finish or cancel it first.")
                         .arg(name, q.value(2).toString()));
            return {};
        }
    }
    const PlaybookSchedule schedule = PlaybookSchedule::compute(tmpl, anchors);
    PlaybookWriter writer(m_db);
    QString id;
    if (!writer.insert(accountId, tmpl, schedule, options, m_author, m_author,
                       QDateTime::currentDateTimeUtc(), &id, &error)) {
        fail(tr("The playbook could not be started: %1").arg(error));
        return {};
    }
    if (!transaction.commit(&error)) {
        fail(tr("The playbook could not be started: %1").arg(error));
        return {};
    }
    m_lastNotes = schedule.notes();
    return id;
}

bool PlaybookStore::check(const QString &instanceId, int position, const std::optional<QString> &note)
{
    return changeStep(instanceId, position, StepChange::Check, note.value_or(QString()), note.has_value());
}

bool PlaybookStore::uncheck(const QString &instanceId, int position)
{
    return changeStep(instanceId, position, StepChange::Uncheck, {}, false);
}

bool PlaybookStore::skip(const QString &instanceId, int position, const QString &reason)
{
    return changeStep(instanceId, position, StepChange::Skip, reason, false);
}

bool PlaybookStore::setNote(const QString &instanceId, int position, const QString &note)
{
    return changeStep(instanceId, position, StepChange::Note, note, true);
}

bool PlaybookStore::changeStep(const QString &instanceId, int position, StepChange change,
                               const QString &text, bool withNote)
{
    m_lastError.clear();
    if (change == StepChange::Skip && text.trimmed().isEmpty())
        return fail(tr("Say why the step is skipped: a skipped step needs a reason."));
    WriteTransaction transaction(m_db);
    QString error;
    if (!transaction.begin(&error))
        return fail(tr("The playbook could not be saved: %1").arg(error));
    const auto sqlFail = [this](const QString &message) {
        return fail(tr("The playbook could not be saved: %1").arg(message));
    };

    QString accountId;
    QString instanceStatus;
    int instanceVersion = 0;
    QString reason;
    QString oldStatus;
    QString oldNote;
    QVariant oldSkip;
    int stepVersion = 0;
    int stepCount = 0;
    {
        QSqlQuery q(m_db);
        q.prepare(
            u"SELECT i.account_id, i.status, i.version, i.reason, s.status, s.note, s.skip_reason, s.version,"
            " (SELECT COUNT(*) FROM playbook_steps c WHERE c.instance_id = i.id)"
            " FROM playbook_instances i LEFT JOIN playbook_steps s ON s.instance_id = i.id AND s.position = ?"
            " WHERE i.id = ?"_s);
        q.addBindValue(position);
        q.addBindValue(instanceId);
        if (!q.exec())
            return sqlFail(q.lastError().text());
        if (!q.next())
            return fail(tr("No playbook with id “%1”.").arg(instanceId));
        accountId = q.value(0).toString();
        instanceStatus = q.value(1).toString();
        instanceVersion = q.value(2).toInt();
        reason = q.value(3).toString();
        stepCount = q.value(8).toInt();
        if (q.value(4).isNull())
            return fail(
                tr("There is no step %1: this playbook has %n step(s), numbered from 1.", nullptr, stepCount)
                    .arg(position));
        oldStatus = q.value(4).toString();
        oldNote = q.value(5).toString();
        oldSkip = q.value(6).isNull() ? PlaybookWriter::nullText() : QVariant(q.value(6).toString());
        stepVersion = q.value(7).toInt();
    }
    if (instanceStatus == "cancelled"_L1)
        return fail(tr("This playbook was cancelled; its steps can no longer change."));

    QString newStatus = oldStatus;
    QVariant newSkip = oldSkip;
    QString newNote = oldNote;
    switch (change) {
    case StepChange::Check:
        newStatus = u"done"_s;
        newSkip = PlaybookWriter::nullText();
        break;
    case StepChange::Uncheck:
        newStatus = u"open"_s;
        newSkip = PlaybookWriter::nullText();
        break;
    case StepChange::Skip:
        newStatus = u"skipped"_s;
        newSkip = text.trimmed();
        break;
    case StepChange::Note:
        break;
    }
    if (withNote)
        newNote = text;

    struct Entry
    {
        QString field;
        QVariant oldValue;
        QVariant newValue;
    };
    QList<Entry> entries;
    if (newStatus != oldStatus)
        entries.append({ u"status"_s, oldStatus, newStatus });
    if (newSkip.isNull() != oldSkip.isNull() || newSkip.toString() != oldSkip.toString())
        entries.append({ u"skip_reason"_s, oldSkip, newSkip });
    if (newNote != oldNote)
        entries.append({ u"note"_s, oldNote, newNote });
    if (entries.isEmpty())
        return true; // nothing changed: nothing to write or journal

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString at = PlaybookWriter::isoText(now);
    const QString entityId = stepEntityId(instanceId, position);
    bool anyAppended = false;
    for (const Entry &e : std::as_const(entries)) {
        bool appended = false;
        // Only a note being typed folds into the previous row; a tick is always its own change.
        const bool mayFold = e.field == "note"_L1 && entries.size() == 1;
        if (!PlaybookWriter::journal(m_db, QString(stepEntity), entityId, accountId, e.field, e.oldValue,
                                     e.newValue, stepVersion, m_author, now, mayFold, &appended, &error))
            return sqlFail(error);
        anyAppended = anyAppended || appended;
    }
    {
        QSqlQuery update(m_db);
        const bool statusChanged = newStatus != oldStatus;
        update.prepare(u"UPDATE playbook_steps SET status = ?, skip_reason = ?, note = COALESCE(?, ''),"
                       " updated_at = ?,"
                       " version = version + ?"_s
                       + (statusChanged ? u", done_by = ?, done_at = ?"_s : QString())
                       + u" WHERE instance_id = ? AND position = ?"_s);
        update.addBindValue(newStatus);
        update.addBindValue(newSkip.isNull() ? PlaybookWriter::nullText() : QVariant(newSkip.toString()));
        update.addBindValue(newNote);
        update.addBindValue(at);
        update.addBindValue(anyAppended ? 1 : 0);
        if (statusChanged) {
            const bool open = newStatus == "open"_L1;
            update.addBindValue(open ? PlaybookWriter::nullText() : QVariant(m_author));
            update.addBindValue(open ? PlaybookWriter::nullText() : QVariant(at));
        }
        update.addBindValue(instanceId);
        update.addBindValue(position);
        if (!update.exec())
            return sqlFail(update.lastError().text());
    }

    // The playbook follows its steps: complete when none is open, open again when one is.
    QString newInstanceStatus = instanceStatus;
    if (newStatus != oldStatus) {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT COUNT(*) FROM playbook_steps WHERE instance_id = ? AND status = 'open'"_s);
        q.addBindValue(instanceId);
        if (!q.exec() || !q.next())
            return sqlFail(q.lastError().text());
        const int open = q.value(0).toInt();
        if (instanceStatus == "open"_L1 && open == 0)
            newInstanceStatus = u"completed"_s;
        else if (instanceStatus == "completed"_L1 && open > 0)
            newInstanceStatus = u"open"_s;
    }
    if (newInstanceStatus != instanceStatus && newInstanceStatus == "open"_L1 && !reason.isEmpty()) {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT 1 FROM playbook_instances WHERE account_id = ? AND reason = ? AND status = 'open'"
                  " AND id <> ?"_s);
        q.addBindValue(accountId);
        q.addBindValue(reason);
        q.addBindValue(instanceId);
        if (!q.exec())
            return sqlFail(q.lastError().text());
        if (q.next())
            return fail(tr("This playbook is completed and a newer one for the same reason is open on the "
                           "account: work on that one instead."));
    }
    QSqlQuery instanceUpdate(m_db);
    if (newInstanceStatus != instanceStatus) {
        const bool closing = newInstanceStatus != "open"_L1;
        instanceUpdate.prepare(u"UPDATE playbook_instances SET status = ?, closed_at = ?, closed_by = ?,"
                               " updated_at = ?, version = version + 1 WHERE id = ?"_s);
        instanceUpdate.addBindValue(newInstanceStatus);
        instanceUpdate.addBindValue(closing ? QVariant(at) : PlaybookWriter::nullText());
        instanceUpdate.addBindValue(closing ? QVariant(m_author) : PlaybookWriter::nullText());
        instanceUpdate.addBindValue(at);
        instanceUpdate.addBindValue(instanceId);
        bool appended = false;
        if (!PlaybookWriter::journal(m_db, QString(instanceEntity), instanceId, accountId, u"status"_s,
                                     instanceStatus, newInstanceStatus, instanceVersion, m_author, now, false,
                                     &appended, &error))
            return sqlFail(error);
    } else {
        instanceUpdate.prepare(u"UPDATE playbook_instances SET updated_at = ? WHERE id = ?"_s);
        instanceUpdate.addBindValue(at);
        instanceUpdate.addBindValue(instanceId);
    }
    if (!instanceUpdate.exec())
        return sqlFail(instanceUpdate.lastError().text());
    if (!transaction.commit(&error))
        return sqlFail(error);
    return true;
}

bool PlaybookStore::cancel(const QString &instanceId, const QString &reason)
{
    m_lastError.clear();
    WriteTransaction transaction(m_db);
    QString error;
    if (!transaction.begin(&error))
        return fail(tr("The playbook could not be cancelled: %1").arg(error));
    QSqlQuery q(m_db);
    q.prepare(u"SELECT account_id, status, version FROM playbook_instances WHERE id = ?"_s);
    q.addBindValue(instanceId);
    if (!q.exec())
        return fail(tr("The playbook could not be cancelled: %1").arg(q.lastError().text()));
    if (!q.next())
        return fail(tr("No playbook with id “%1”.").arg(instanceId));
    const QString accountId = q.value(0).toString();
    const QString status = q.value(1).toString();
    const int version = q.value(2).toInt();
    q.finish();
    if (status == "cancelled"_L1)
        return true;
    if (status == "completed"_L1)
        return fail(tr("This playbook is completed; only an open playbook can be cancelled."));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString at = PlaybookWriter::isoText(now);
    const QString why = reason.trimmed();
    QSqlQuery update(m_db);
    update.prepare(u"UPDATE playbook_instances SET status = 'cancelled', closed_at = ?, closed_by = ?,"
                   " cancel_reason = ?, updated_at = ?, version = version + 1 WHERE id = ?"_s);
    for (const QVariant &v : QVariantList { at, m_author, PlaybookWriter::textOrNull(why), at, instanceId })
        update.addBindValue(v);
    if (!update.exec())
        return fail(tr("The playbook could not be cancelled: %1").arg(update.lastError().text()));
    bool appended = false;
    if (!PlaybookWriter::journal(m_db, QString(instanceEntity), instanceId, accountId, u"status"_s, status,
                                 u"cancelled"_s, version, m_author, now, false, &appended, &error))
        return fail(tr("The playbook could not be cancelled: %1").arg(error));
    if (!why.isEmpty()
        && !PlaybookWriter::journal(m_db, QString(instanceEntity), instanceId, accountId, u"cancel_reason"_s,
                                    QVariant(), why, version, m_author, now, false, &appended, &error))
        return fail(tr("The playbook could not be cancelled: %1").arg(error));
    if (!transaction.commit(&error))
        return fail(tr("The playbook could not be cancelled: %1").arg(error));
    return true;
}

QList<PlaybookStore::Instance> PlaybookStore::selectInstances(const QString &where, const QVariantList &binds,
                                                              const QString &tail) const
{
    QList<Instance> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT i.id, i.account_id, COALESCE(a.name, i.account_id), COALESCE(a.owner_id, ''),"
        " COALESCE(u.name, a.owner_id, ''), i.template_id, i.template_name, i.template_builtin, i.trigger,"
        " i.reason, i.trigger_detail, i.start_date, i.renewal_date, i.renewal_assumed, i.started_at,"
        " i.started_by, i.status, i.closed_at, i.closed_by, i.cancel_reason, i.updated_at, i.version,"
        " COUNT(s.position), TOTAL(s.status = 'done'), TOTAL(s.status = 'skipped'),"
        " TOTAL(i.status = 'open' AND s.status = 'open' AND s.due_date < ?), TOTAL(s.required),"
        " TOTAL(s.required AND s.status <> 'open'),"
        " MIN(CASE WHEN s.status = 'open' THEN s.due_date END)"
        " FROM playbook_instances i LEFT JOIN accounts a ON a.id = i.account_id"
        " LEFT JOIN users u ON u.id = a.owner_id"
        " LEFT JOIN playbook_steps s ON s.instance_id = i.id WHERE "_s
        + where + u" GROUP BY i.pk "_s + tail);
    q.addBindValue(today().toString(Qt::ISODate));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        fail(tr("The playbooks could not be read: %1").arg(q.lastError().text()));
        return result;
    }
    while (q.next()) {
        Instance in;
        in.id = q.value(0).toString();
        in.accountId = q.value(1).toString();
        in.accountName = q.value(2).toString();
        in.ownerId = q.value(3).toString();
        in.ownerName = q.value(4).toString();
        in.templateId = q.value(5).toString();
        in.templateName = q.value(6).toString();
        in.translatable = q.value(7).toInt() != 0;
        in.trigger = q.value(8).toString();
        in.reason = q.value(9).toString();
        in.triggerDetail = QJsonDocument::fromJson(q.value(10).toByteArray()).object();
        in.startDate = QDate::fromString(q.value(11).toString(), Qt::ISODate);
        in.renewalDate = QDate::fromString(q.value(12).toString(), Qt::ISODate);
        in.renewalAssumed = q.value(13).toInt() != 0;
        in.startedAt = PlaybookWriter::parseInstant(q.value(14));
        in.startedBy = q.value(15).toString();
        in.status = statusFromKeyword(q.value(16).toString()).value_or(Status::Open);
        in.closedAt = PlaybookWriter::parseInstant(q.value(17));
        in.closedBy = q.value(18).toString();
        in.cancelReason = q.value(19).toString();
        in.updatedAt = PlaybookWriter::parseInstant(q.value(20));
        in.version = q.value(21).toInt();
        in.progress.steps = q.value(22).toInt();
        in.progress.done = int(q.value(23).toDouble());
        in.progress.skipped = int(q.value(24).toDouble());
        in.progress.overdue = int(q.value(25).toDouble());
        in.progress.required = int(q.value(26).toDouble());
        in.progress.requiredResolved = int(q.value(27).toDouble());
        in.nextDue = QDate::fromString(q.value(28).toString(), Qt::ISODate);
        result.append(in);
    }
    return result;
}

std::optional<PlaybookStore::Instance> PlaybookStore::instance(const QString &id) const
{
    m_lastError.clear();
    QList<Instance> found = selectInstances(u"i.id = ?"_s, { id }, {});
    if (found.isEmpty()) {
        if (m_lastError.isEmpty())
            fail(tr("No playbook with id “%1”.").arg(id));
        return std::nullopt;
    }
    Instance in = found.takeFirst();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT position, title, guidance, due_from, due_days, due_date, owner_role, required, status,"
              " done_by, done_at, skip_reason, note, updated_at, version FROM playbook_steps"
              " WHERE instance_id = ? ORDER BY position"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        fail(tr("The playbook could not be read: %1").arg(q.lastError().text()));
        return std::nullopt;
    }
    while (q.next()) {
        Step s;
        s.position = q.value(0).toInt();
        s.title = q.value(1).toString();
        s.guidance = q.value(2).toString();
        s.from = Playbook::anchorFromKeyword(q.value(3).toString()).value_or(PlaybookAnchor::Start);
        s.dated = !q.value(4).isNull();
        s.days = q.value(4).toInt();
        s.due = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        s.ownerRole = q.value(6).toString();
        s.required = q.value(7).toInt() != 0;
        s.status = stepStatusFromKeyword(q.value(8).toString()).value_or(StepStatus::Open);
        s.doneBy = q.value(9).toString();
        s.doneAt = PlaybookWriter::parseInstant(q.value(10));
        s.skipReason = q.value(11).toString();
        s.note = q.value(12).toString();
        s.updatedAt = PlaybookWriter::parseInstant(q.value(13));
        s.version = q.value(14).toInt();
        s.translatable = in.translatable;
        in.steps.append(s);
    }
    return in;
}

QString PlaybookStore::resolveId(const QString &idOrPrefix) const
{
    m_lastError.clear();
    const QString wanted = idOrPrefix.trimmed().toLower();
    static const QRegularExpression pattern(u"^[0-9a-f-]{4,36}$"_s);
    if (!pattern.match(wanted).hasMatch()) {
        fail(
            tr("“%1” is not a playbook id: give the id or at least its first 4 characters.").arg(idOrPrefix));
        return {};
    }
    QSqlQuery q(m_db);
    q.prepare(
        u"SELECT id FROM playbook_instances WHERE id = ? OR substr(id, 1, ?) = ? ORDER BY id = ? DESC LIMIT 2"_s);
    q.addBindValue(wanted);
    q.addBindValue(int(wanted.size()));
    q.addBindValue(wanted);
    q.addBindValue(wanted);
    if (!q.exec()) {
        fail(tr("The playbooks could not be read: %1").arg(q.lastError().text()));
        return {};
    }
    if (!q.next()) {
        fail(tr("No playbook with id “%1”.").arg(idOrPrefix));
        return {};
    }
    const QString first = q.value(0).toString();
    if (first == wanted)
        return first;
    if (q.next()) {
        fail(tr("More than one playbook id starts with “%1”: give more of it.").arg(idOrPrefix));
        return {};
    }
    return first;
}

QList<PlaybookStore::Instance> PlaybookStore::instances(const Query &query) const
{
    m_lastError.clear();
    QStringList conditions;
    QVariantList binds;
    if (query.openOnly)
        conditions.append(u"i.status = 'open'"_s);
    scopeConditions(query, &conditions, &binds);
    if (conditions.isEmpty())
        conditions.append(u"1"_s);
    QString tail = u"ORDER BY i.status <> 'open', i.started_at DESC, i.pk DESC"_s;
    if (query.limit >= 0)
        tail += u" LIMIT "_s + QString::number(query.limit);
    return selectInstances(conditions.join(u" AND "_s), binds, tail);
}

QList<PlaybookStore::Instance> PlaybookStore::instances(const QString &accountId, bool includeClosed) const
{
    Query query;
    query.accountId = accountId;
    query.openOnly = !includeClosed;
    return instances(query);
}

QList<PlaybookStore::DueStep> PlaybookStore::dueSteps(const Query &query) const
{
    m_lastError.clear();
    QList<DueStep> result;
    const QString todayText = today().toString(Qt::ISODate);
    QStringList conditions = { u"s.status = 'open'"_s };
    QVariantList binds = { todayText };
    if (query.dueOnOrBefore.isValid()) {
        conditions.append(u"s.due_date IS NOT NULL AND s.due_date <= ?"_s);
        binds.append(query.dueOnOrBefore.toString(Qt::ISODate));
    }
    if (query.overdueOnly) {
        conditions.append(u"s.due_date IS NOT NULL AND s.due_date < ?"_s);
        binds.append(todayText);
    }
    scopeConditions(query, &conditions, &binds);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT s.instance_id, s.position, i.account_id, COALESCE(a.name, i.account_id),"
        " COALESCE(a.owner_id, ''), COALESCE(u.name, a.owner_id, ''), i.template_name, i.template_builtin,"
        " s.title, s.due_date, s.owner_role, s.required, s.due_date < ?"
        " FROM playbook_instances i JOIN playbook_steps s ON s.instance_id = i.id"
        " LEFT JOIN accounts a ON a.id = i.account_id LEFT JOIN users u ON u.id = a.owner_id"
        " WHERE i.status = 'open' AND "_s
        + conditions.join(u" AND "_s)
        + u" ORDER BY s.due_date IS NULL, s.due_date, COALESCE(a.name, i.account_id) COLLATE NOCASE,"
          " i.started_at, s.position"_s
        + (query.limit >= 0 ? u" LIMIT "_s + QString::number(query.limit) : QString()));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        fail(tr("The playbook steps could not be read: %1").arg(q.lastError().text()));
        return result;
    }
    while (q.next()) {
        const bool translatable = q.value(7).toInt() != 0;
        DueStep d;
        d.instanceId = q.value(0).toString();
        d.position = q.value(1).toInt();
        d.accountId = q.value(2).toString();
        d.accountName = q.value(3).toString();
        d.ownerId = q.value(4).toString();
        d.ownerName = q.value(5).toString();
        d.playbookName = Playbook::displayText(q.value(6).toString(), translatable);
        d.title = Playbook::displayText(q.value(8).toString(), translatable);
        d.due = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        d.ownerRole = q.value(10).toString();
        d.required = q.value(11).toInt() != 0;
        d.overdue = q.value(12).toInt() != 0;
        result.append(d);
    }
    return result;
}

QList<PlaybookStore::OwnerCompletion>
PlaybookStore::completionByOwner(Workspace::Scope scope, const QString &userId, const QDate &since) const
{
    m_lastError.clear();
    QList<OwnerCompletion> result;
    const QString todayText = today().toString(Qt::ISODate);
    QVariantList binds = { todayText, todayText, todayText };
    QStringList conditions = { u"1"_s };
    const QString scoped = Workspace::ownerCondition(scope, userId, u"a.owner_id"_s, &binds);
    if (!scoped.isEmpty())
        conditions.append(scoped);
    if (since.isValid()) {
        conditions.append(u"i.start_date >= ?"_s);
        binds.append(since.toString(Qt::ISODate));
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"WITH per AS (SELECT i.status AS status, COALESCE(a.owner_id, '') AS owner,"
              " TOTAL(i.status <> 'cancelled' AND s.due_date < ?) AS due,"
              " TOTAL(i.status <> 'cancelled' AND s.due_date < ? AND s.status <> 'open') AS resolved,"
              " TOTAL(i.status = 'open' AND s.status = 'open' AND s.due_date < ?) AS overdue"
              " FROM playbook_instances i JOIN accounts a ON a.id = i.account_id"
              " LEFT JOIN playbook_steps s ON s.instance_id = i.id WHERE "_s
              + conditions.join(u" AND "_s)
              + u" GROUP BY i.pk)"
                " SELECT per.owner, COALESCE(u.name, per.owner), TOTAL(per.status = 'open'),"
                " TOTAL(per.status = 'completed'), TOTAL(per.status = 'cancelled'), TOTAL(per.due),"
                " TOTAL(per.resolved), TOTAL(per.overdue)"
                " FROM per LEFT JOIN users u ON u.id = per.owner GROUP BY per.owner"
                " ORDER BY COALESCE(u.name, per.owner) COLLATE NOCASE, per.owner"_s);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        fail(tr("The playbook figures could not be read: %1").arg(q.lastError().text()));
        return result;
    }
    while (q.next()) {
        OwnerCompletion o;
        o.ownerId = q.value(0).toString();
        o.ownerName = q.value(1).toString();
        o.open = int(q.value(2).toDouble());
        o.completed = int(q.value(3).toDouble());
        o.cancelled = int(q.value(4).toDouble());
        o.stepsDue = int(q.value(5).toDouble());
        o.stepsDueResolved = int(q.value(6).toDouble());
        o.overdueSteps = int(q.value(7).toDouble());
        result.append(o);
    }
    return result;
}

QHash<QString, PlaybookStore::AccountSummary>
PlaybookStore::accountSummaries(const QStringList &accountIds) const
{
    m_lastError.clear();
    QHash<QString, AccountSummary> result;
    QVariantList binds = { today().toString(Qt::ISODate) };
    QString where = u"i.status = 'open'"_s;
    if (!accountIds.isEmpty()) {
        where += u" AND i.account_id IN ("_s + placeholders(accountIds.size()) + u')';
        for (const QString &id : accountIds)
            binds.append(id);
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT i.account_id, COUNT(DISTINCT i.pk), COUNT(s.position), TOTAL(s.status <> 'open'),"
        " TOTAL(s.status = 'open' AND s.due_date < ?), MIN(CASE WHEN s.status = 'open' THEN s.due_date END)"
        " FROM playbook_instances i LEFT JOIN playbook_steps s ON s.instance_id = i.id WHERE "_s
        + where + u" GROUP BY i.account_id"_s);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        fail(tr("The playbooks could not be read: %1").arg(q.lastError().text()));
        return result;
    }
    while (q.next()) {
        AccountSummary s;
        s.open = q.value(1).toInt();
        s.steps = q.value(2).toInt();
        s.resolved = int(q.value(3).toDouble());
        s.overdue = int(q.value(4).toDouble());
        s.nextDue = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        result.insert(q.value(0).toString(), s);
    }
    return result;
}
