#include "TimelineModel.h"

#include "account/CrmFormat.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// CRM type codes vary ("Call", "phone", "Event"); the timeline knows six kinds.
QString typeExpression(const QString &column)
{
    return uR"(CASE lower(COALESCE(%1, ''))
        WHEN 'email' THEN 'email' WHEN 'e-mail' THEN 'email' WHEN 'listemail' THEN 'email'
        WHEN 'call' THEN 'call' WHEN 'phone' THEN 'call' WHEN 'phone_call' THEN 'call'
        WHEN 'meeting' THEN 'meeting' WHEN 'event' THEN 'meeting'
        WHEN 'task' THEN 'task' WHEN 'todo' THEN 'task'
        WHEN 'note' THEN 'note'
        ELSE 'other' END)"_s.arg(column);
}

// Stored instants are 'YYYY-MM-DDTHH:MM:SSZ' (CRM), with milliseconds (local notes), or
// a bare date; one format makes them compare as text.
QString sortKeyExpression(const QString &column)
{
    return u"COALESCE(strftime('%Y-%m-%dT%H:%M:%fZ', %1), %1, '')"_s.arg(column);
}

QString unionSql()
{
    return u"SELECT 0 AS local, a.pk AS pk, a.id AS id, "_s + typeExpression(u"a.type"_s)
        + u" AS type, a.subject AS subject, a.body AS body, "_s + sortKeyExpression(u"a.occurred_at"_s)
        + u" AS at,"
          " c.first_name AS contact_first, c.last_name AS contact_last,"
          " COALESCE(u.name, a.owner_id) AS author, a.status AS status"
          " FROM activities a"
          " LEFT JOIN contacts c ON c.id = a.contact_id"
          " LEFT JOIN users u ON u.id = a.owner_id"
          " WHERE a.account_id = ? AND a.archived = 0"
          " UNION ALL "
          "SELECT 1, n.pk, n.id, "_s
        + typeExpression(u"n.kind"_s) + u", NULL, n.body, "_s + sortKeyExpression(u"n.created_at"_s)
        + u", NULL, NULL, COALESCE(u.name, n.author), NULL"
          " FROM notes n LEFT JOIN users u ON u.id = n.author"
          " WHERE n.account_id = ? AND n.deleted = 0"_s;
}

} // namespace

TimelineModel::TimelineModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(db)
{ }

TimelineModel::TimelineModel(Database &db, QObject *parent)
    : TimelineModel(db.connection(), parent)
{ }

QStringList TimelineModel::types()
{
    return { u"note"_s, u"email"_s, u"call"_s, u"meeting"_s, u"task"_s, u"other"_s };
}

QString TimelineModel::typeLabel(const QString &type)
{
    if (type == "note"_L1)
        return tr("Note");
    if (type == "email"_L1)
        return tr("Email");
    if (type == "call"_L1)
        return tr("Call");
    if (type == "meeting"_L1)
        return tr("Meeting");
    if (type == "task"_L1)
        return tr("Task");
    return tr("Other");
}

void TimelineModel::setAccountId(const QString &accountId)
{
    m_accountId = accountId;
    resetAndLoad();
}

void TimelineModel::setTypeFilter(const QSet<QString> &types)
{
    if (types == m_typeFilter)
        return;
    m_typeFilter = types;
    resetAndLoad();
}

void TimelineModel::reload()
{
    resetAndLoad();
}

int TimelineModel::unfilteredCount() const
{
    int total = 0;
    for (const int n : m_typeCounts)
        total += n;
    return total;
}

int TimelineModel::rowOfNote(const QString &noteId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).local && m_rows.at(i).id == noteId)
            return int(i);
    }
    return -1;
}

void TimelineModel::resetAndLoad()
{
    m_changing = true;
    beginResetModel();
    m_rows.clear();
    m_exhausted = false;
    queryCounts();
    m_rows = queryPage();
    if (m_rows.size() < pageSize)
        m_exhausted = true;
    endResetModel();
    m_changing = false;
    Q_EMIT countsChanged();
}

QString TimelineModel::filterClause(QVariantList *binds) const
{
    if (m_typeFilter.isEmpty())
        return {};
    QStringList marks;
    QStringList sorted(m_typeFilter.cbegin(), m_typeFilter.cend());
    sorted.sort();
    for (const QString &type : std::as_const(sorted)) {
        marks << u"?"_s;
        *binds << type;
    }
    return u"type IN ("_s + marks.join(u", "_s) + u')';
}

bool TimelineModel::passesFilter(const Row &row) const
{
    return m_typeFilter.isEmpty() || m_typeFilter.contains(row.type);
}

void TimelineModel::queryCounts()
{
    m_lastError.clear();
    m_typeCounts.clear();
    m_totalCount = 0;
    if (m_accountId.isEmpty())
        return;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT type, COUNT(*) FROM ("_s + unionSql() + u") GROUP BY type"_s);
    q.addBindValue(m_accountId);
    q.addBindValue(m_accountId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return;
    }
    while (q.next()) {
        const QString type = q.value(0).toString();
        const int count = q.value(1).toInt();
        m_typeCounts.insert(type, count);
        if (m_typeFilter.isEmpty() || m_typeFilter.contains(type))
            m_totalCount += count;
    }
}

TimelineModel::Row TimelineModel::readRow(const QSqlQuery &q)
{
    Row row;
    row.local = q.value(0).toInt() != 0;
    row.pk = q.value(1).toLongLong();
    row.id = q.value(2).toString();
    row.type = q.value(3).toString();
    row.subject = q.value(4).toString();
    row.body = q.value(5).toString();
    row.sortKey = q.value(6).toString();
    row.at = CrmFormat::parseInstant(row.sortKey);
    row.contact = CrmFormat::personName(q.value(7).toString(), q.value(8).toString());
    row.author = q.value(9).toString();
    row.status = q.value(10).toString();
    return row;
}

QList<TimelineModel::Row> TimelineModel::queryPage() const
{
    QList<Row> page;
    if (m_accountId.isEmpty() || m_rows.size() >= m_totalCount)
        return page;
    QVariantList binds { m_accountId, m_accountId };
    QStringList conditions;
    const QString filter = filterClause(&binds);
    if (!filter.isEmpty())
        conditions << filter;
    if (!m_rows.isEmpty()) {
        const Row &last = m_rows.constLast();
        conditions << u"(at, local, pk) < (?, ?, ?)"_s;
        binds << last.sortKey << (last.local ? 1 : 0) << last.pk;
    }
    QString sql = u"SELECT * FROM ("_s + unionSql() + u')';
    if (!conditions.isEmpty())
        sql += u" WHERE "_s + conditions.join(u" AND "_s);
    sql += u" ORDER BY at DESC, local DESC, pk DESC LIMIT "_s + QString::number(pageSize);

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return page;
    }
    page.reserve(pageSize);
    while (q.next())
        page.append(readRow(q));
    return page;
}

bool TimelineModel::newerThan(const Row &a, const Row &b)
{
    if (a.sortKey != b.sortKey)
        return a.sortKey > b.sortKey;
    if (a.local != b.local)
        return a.local;
    return a.pk > b.pk;
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_changing && m_rows.size() < m_totalCount;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Row> page = queryPage();
    if (page.size() < pageSize)
        m_exhausted = true;
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    m_changing = true;
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
    m_changing = false;
}

void TimelineModel::refreshNote(const QString &noteId)
{
    if (m_accountId.isEmpty() || noteId.isEmpty())
        return;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT 1, n.pk, n.id, "_s + typeExpression(u"n.kind"_s) + u", NULL, n.body, "_s
              + sortKeyExpression(u"n.created_at"_s)
              + u", NULL, NULL, COALESCE(u.name, n.author), NULL"
                " FROM notes n LEFT JOIN users u ON u.id = n.author"
                " WHERE n.id = ? AND n.account_id = ? AND n.deleted = 0"_s);
    q.addBindValue(noteId);
    q.addBindValue(m_accountId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return;
    }
    const bool exists = q.next();
    const Row fresh = exists ? readRow(q) : Row();
    const int current = rowOfNote(noteId);
    const bool wanted = exists && passesFilter(fresh);

    if (current >= 0 && wanted) {
        m_rows[current] = fresh;
        Q_EMIT dataChanged(index(current), index(current));
        return;
    }
    const int before = m_totalCount;
    const QHash<QString, int> countsBefore = m_typeCounts;
    m_changing = true;
    if (current >= 0) {
        beginRemoveRows({}, current, current);
        m_rows.removeAt(current);
        endRemoveRows();
    } else if (wanted) {
        const auto at = std::lower_bound(m_rows.cbegin(), m_rows.cend(), fresh, &TimelineModel::newerThan);
        const int position = int(at - m_rows.cbegin());
        // Past the loaded rows while more are to come: the row arrives with its page.
        if (position < m_rows.size() || m_exhausted || m_rows.size() >= m_totalCount) {
            beginInsertRows({}, position, position);
            m_rows.insert(position, fresh);
            endInsertRows();
        }
    }
    queryCounts();
    m_changing = false;
    if (m_totalCount != before || m_typeCounts != countsBefore)
        Q_EMIT countsChanged();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        if (!row.subject.trimmed().isEmpty())
            return row.subject.trimmed();
        const QString firstLine = row.body.trimmed().section(u'\n', 0, 0).trimmed();
        if (!firstLine.isEmpty())
            return firstLine;
        return row.local ? tr("(empty note)") : typeLabel(row.type);
    }
    case Qt::ToolTipRole:
        return row.body.trimmed().isEmpty() ? QVariant() : QVariant(row.body.trimmed());
    case TypeRole:
        return row.type;
    case TypeLabelRole:
        return typeLabel(row.type);
    case AtRole:
        return row.at;
    case SubjectRole:
        return row.subject;
    case BodyRole:
        return row.body;
    case ContactRole:
        return row.contact;
    case AuthorRole:
        return row.author;
    case StatusRole:
        return CrmFormat::codeLabel(row.status);
    case IsLocalNoteRole:
        return row.local;
    case NoteIdRole:
        return row.local ? row.id : QString();
    case EntryIdRole:
        return row.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TypeRole, "type");
    names.insert(TypeLabelRole, "typeLabel");
    names.insert(AtRole, "at");
    names.insert(SubjectRole, "subject");
    names.insert(BodyRole, "body");
    names.insert(ContactRole, "contact");
    names.insert(AuthorRole, "author");
    names.insert(StatusRole, "status");
    names.insert(IsLocalNoteRole, "isLocalNote");
    names.insert(NoteIdRole, "noteId");
    names.insert(EntryIdRole, "entryId");
    return names;
}
