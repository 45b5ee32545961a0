#include "AccountListModel.h"

#include "account/CrmFormat.h"
#include "playbook/PlaybookStore.h"
#include "store/Database.h"

#include <QColor>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const char *const columnKeys[AccountListModel::ColumnCount] = {
    "name",           "crmId",   "owner",        "team",      "segment",     "industry",
    "region",         "country", "arr",          "licenses",  "renewalDate", "contractStart",
    "lifecycleStage", "status",  "lastActivity", "playbooks",
};

} // namespace

AccountListModel::AccountListModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    resetAndLoad(true);
}

AccountListModel::AccountListModel(Database &db, QObject *parent)
    : AccountListModel(db.connection(), parent)
{ }

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name && row.archived)
            return tr("%1 (archived: missing from the last full export)").arg(row.name);
        if (index.column() == LastActivity && row.lastActivity.isValid())
            return QLocale().toString(row.lastActivity.toLocalTime(), QLocale::LongFormat);
        if (index.column() == Playbooks && row.playbooks > 0) {
            QStringList lines {
                tr("%n open playbook(s)", nullptr, row.playbooks),
                tr("%1 of %n step(s) done or skipped", nullptr, row.playbookSteps).arg(row.playbookResolved)
            };
            if (row.playbookOverdue > 0)
                lines << tr("%n step(s) overdue", nullptr, row.playbookOverdue);
            return lines.join(u'\n');
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Playbooks && row.playbookOverdue > 0)
            return QColor(0xcf, 0x22, 0x2e); // the theme's danger red
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Arr || index.column() == Licenses)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case RawRole:
        return rawValue(row, index.column());
    case PkRole:
        return row.pk;
    case ArchivedRole:
        return row.archived;
    case CurrencyRole:
        return row.currency;
    case AccountIdRole:
        return row.id;
    default:
        return {};
    }
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return int((section == Arr || section == Licenses ? Qt::AlignRight : Qt::AlignLeft)
                   | Qt::AlignVCenter);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    return {};
}

QString AccountListModel::columnKey(int column)
{
    if (column < 0 || column >= ColumnCount)
        return {};
    return QString::fromLatin1(columnKeys[column]);
}

int AccountListModel::columnFromKey(const QString &key)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (key == QLatin1StringView(columnKeys[c]))
            return c;
    }
    return -1;
}

QString AccountListModel::columnTitle(int column)
{
    switch (column) {
    case Name:
        return tr("Name");
    case CrmId:
        return tr("CRM ID");
    case Owner:
        return tr("Owner");
    case Team:
        return tr("Team");
    case Segment:
        return tr("Segment");
    case Industry:
        return tr("Industry");
    case Region:
        return tr("Region");
    case Country:
        return tr("Country");
    case Arr:
        return tr("ARR");
    case Licenses:
        return tr("Licenses");
    case RenewalDate:
        return tr("Renewal date");
    case ContractStart:
        return tr("Contract start");
    case LifecycleStage:
        return tr("Lifecycle stage");
    case Status:
        return tr("Status");
    case LastActivity:
        return tr("Last activity");
    case Playbooks:
        return tr("Playbooks");
    default:
        return {};
    }
}

// Every sort key is made non-NULL so that "key > last key" walks the whole table
// (a comparison with NULL is NULL, not false), and each has an index on exactly this
// expression (schema v2) but the owner's and team's names, which live in other tables.
QString AccountListModel::sortKeySql(int column)
{
    switch (column) {
    case CrmId:
        return u"a.id"_s;
    case Owner:
        return u"COALESCE(u.name, a.owner_id, '') COLLATE NOCASE"_s;
    case Team:
        return u"COALESCE(t.name, u.team, '') COLLATE NOCASE"_s;
    case Segment:
        return u"COALESCE(a.segment, '') COLLATE NOCASE"_s;
    case Industry:
        return u"COALESCE(a.industry, '') COLLATE NOCASE"_s;
    case Region:
        return u"COALESCE(a.region, '') COLLATE NOCASE"_s;
    case Country:
        return u"COALESCE(a.country, '') COLLATE NOCASE"_s;
    case Arr:
        return u"COALESCE(a.arr, -1.0)"_s;
    case Licenses:
        return u"COALESCE(a.licenses, -1)"_s;
    case RenewalDate:
        return u"COALESCE(a.renewal_date, '')"_s;
    case ContractStart:
        return u"COALESCE(a.contract_start, '')"_s;
    case LifecycleStage:
        return u"COALESCE(a.lifecycle_stage, '') COLLATE NOCASE"_s;
    case Status:
        return u"COALESCE(a.status, '') COLLATE NOCASE"_s;
    case LastActivity:
        return u"COALESCE(a.last_activity_at, '')"_s;
    case Playbooks:
        // Overdue steps of the open playbooks, then the share of their steps resolved;
        // -1 without an open playbook. Unindexed: only this sort pays for it (an
        // indexed lookup per account).
        return u"COALESCE((SELECT TOTAL(s.status = 'open' AND s.due_date < date('now', 'localtime')) * 1000.0"
               " + TOTAL(s.status <> 'open') / COUNT(s.position)"
               " FROM playbook_instances i JOIN playbook_steps s ON s.instance_id = i.id"
               " WHERE i.account_id = a.id AND i.status = 'open'), -1.0)"_s;
    case Name:
    default:
        return u"a.name COLLATE NOCASE"_s;
    }
}

bool AccountListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_changing && m_rows.size() < m_totalCount;
}

void AccountListModel::fetchMore(const QModelIndex &parent)
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

void AccountListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    resetAndLoad(false);
}

void AccountListModel::setFilter(const AccountFilter &filter)
{
    if (filter == m_filter)
        return;
    const bool archivedChanged = filter.archived != m_filter.archived;
    m_filter = filter;
    resetAndLoad(archivedChanged);
}

void AccountListModel::setFilterText(const QString &text)
{
    AccountFilter f = m_filter;
    f.searchText = text;
    setFilter(f);
}

void AccountListModel::setIncludeArchived(bool include)
{
    AccountFilter f = m_filter;
    f.archived = include ? AccountFilter::Archived::Include : AccountFilter::Archived::Exclude;
    setFilter(f);
}

void AccountListModel::reload()
{
    resetAndLoad(true);
}

void AccountListModel::resetAndLoad(bool recountUnfiltered)
{
    m_changing = true;
    beginResetModel();
    m_rows.clear();
    m_lastKey.clear();
    m_lastPk = 0;
    m_exhausted = false;
    m_totalCount = 0;
    m_scanned.clear();
    m_lastError.clear();
    if (!m_db.isOpen()) {
        m_lastError = tr("The cache is not open.");
        m_unfilteredCount = 0;
        m_exhausted = true;
    } else {
        if (recountUnfiltered)
            queryUnfilteredCount();
        scanForRareMatches();
        m_rows = queryPage();
        if (!m_scanned.isEmpty()) {
            m_totalCount = int(m_scanned.size()) - 1;
            m_exhausted = m_rows.size() < pageSize;
        } else if (m_rows.size() < pageSize) {
            // A short first page is the whole answer: no count needed.
            m_exhausted = true;
            m_totalCount = int(m_rows.size());
        } else if (m_filter.isPlain() && AccountFilter::searchWords(m_filter.searchText).isEmpty()
                   && m_filter.archived != AccountFilter::Archived::Only) {
            m_totalCount = qMax(m_unfilteredCount, int(m_rows.size()));
        } else if (!queryFilteredCount()) {
            m_exhausted = true;
            m_totalCount = int(m_rows.size());
        }
    }
    endResetModel();
    m_changing = false;
    Q_EMIT countsChanged();
}

void AccountListModel::queryUnfilteredCount()
{
    m_unfilteredCount = 0;
    // COUNT(*) of the whole table reads its smallest index; the archived ones come from
    // their partial index. A scan for "archived = 0" would read every row.
    QSqlQuery q(m_db);
    const QString sql = m_filter.archived == AccountFilter::Archived::Exclude
        ? u"SELECT (SELECT COUNT(*) FROM accounts) - (SELECT COUNT(*) FROM accounts WHERE archived <> 0)"_s
        : u"SELECT COUNT(*) FROM accounts"_s;
    if (!q.exec(sql) || !q.next()) {
        m_lastError = q.lastError().text();
        return;
    }
    m_unfilteredCount = q.value(0).toInt();
}

void AccountListModel::scanForRareMatches()
{
    // Words of one or two characters cannot use the trigram index. Walking the sort
    // index in order until a page is full is quick for a common word ("a") but reads the
    // whole table in random order for a rare one ("深"). So first read the table once in
    // storage order for at most rareMatches matches: fewer means the word is rare, and
    // the pages come from those rows alone.
    const QStringList words = AccountFilter::searchWords(m_filter.searchText);
    if (words.isEmpty())
        return;
    for (const QString &word : words) {
        if (word.toUcs4().size() >= 3)
            return; // the index narrows it down already
    }
    QVariantList binds;
    const QString condition = m_filter.sqlCondition(&binds);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.pk FROM accounts a NOT INDEXED WHERE "_s + condition + u" LIMIT "_s
              + QString::number(rareMatches));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec())
        return; // the ordinary path reports the error
    QList<qint64> pks;
    while (q.next())
        pks.append(q.value(0).toLongLong());
    if (pks.size() >= rareMatches)
        return;
    m_scanned = pks;
    m_scanned.append(0); // never empty: "IN ()" with nothing is still a valid list
}

bool AccountListModel::queryFilteredCount()
{
    QVariantList binds;
    const QString condition = m_filter.sqlCondition(&binds);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The filter's condition reads `accounts a` only (users through subqueries).
    q.prepare(u"SELECT COUNT(*) FROM accounts a WHERE "_s + condition);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        return false;
    }
    // Rows written between the page and the count cannot make the count smaller
    // than what is already loaded.
    m_totalCount = qMax(q.value(0).toInt(), int(m_rows.size()));
    return true;
}

QList<AccountListModel::Row> AccountListModel::queryPage()
{
    QList<Row> page;
    if (!m_db.isOpen())
        return page;

    const QString key = sortKeySql(m_sortColumn);
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    QVariantList binds;
    QString where;
    if (m_scanned.isEmpty()) {
        where = m_filter.sqlCondition(&binds);
    } else {
        // Every match is known (see scanForRareMatches): read them by pk.
        where = u"a.pk IN ("_s;
        for (qsizetype i = 0; i < m_scanned.size(); ++i)
            where += (i ? u","_s : QString()) + QString::number(m_scanned.at(i));
        where += u')';
    }
    if (m_lastKey.isValid()) {
        // Continue after the last loaded row; pk breaks ties so no row repeats or hides.
        // "key >= last AND (key > last OR pk > last pk)" rather than a row value: SQLite
        // turns the first half into a range on the key's index.
        const QChar op = ascending ? u'>' : u'<';
        where += u" AND "_s + key + op + u"= ? AND ("_s + key + op + u" ? OR a.pk "_s + op + u" ?)"_s;
        binds << m_lastKey << m_lastKey << m_lastPk;
    }
    const QString direction = ascending ? u" ASC"_s : u" DESC"_s;
    const QString sql
        = u"SELECT a.pk, a.id, a.name, COALESCE(u.name, a.owner_id), COALESCE(t.name, u.team), a.segment,"
          " a.industry, a.region, a.country, a.arr, a.currency, a.licenses, a.renewal_date, a.contract_start,"
          " a.lifecycle_stage, a.status, a.last_activity_at, a.archived, "_s
        + key
        + u" FROM accounts a LEFT JOIN users u ON u.id = a.owner_id LEFT JOIN teams t ON t.id = u.team WHERE "_s
        + where + u" ORDER BY "_s + key + direction + u", a.pk"_s + direction + u" LIMIT "_s
        + QString::number(pageSize);

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        m_exhausted = true;
        return page;
    }
    page.reserve(pageSize);
    while (q.next()) {
        Row row;
        row.pk = q.value(0).toLongLong();
        row.id = q.value(1).toString();
        row.name = q.value(2).toString();
        row.owner = shared(q.value(3).toString());
        row.team = shared(q.value(4).toString());
        row.segment = shared(q.value(5).toString());
        row.industry = shared(q.value(6).toString());
        row.region = shared(q.value(7).toString());
        row.country = shared(q.value(8).toString());
        if (!q.isNull(9)) {
            row.hasArr = true;
            row.arr = q.value(9).toDouble();
        }
        row.currency = shared(q.value(10).toString());
        if (!q.isNull(11)) {
            row.hasLicenses = true;
            row.licenses = q.value(11).toLongLong();
        }
        row.renewal = QDate::fromString(q.value(12).toString(), Qt::ISODate);
        row.contractStart = QDate::fromString(q.value(13).toString(), Qt::ISODate);
        row.lifecycle = shared(q.value(14).toString());
        row.status = shared(q.value(15).toString());
        if (!q.isNull(16)) {
            row.lastActivity = QDateTime::fromString(q.value(16).toString(), Qt::ISODate);
            if (row.lastActivity.isValid() && row.lastActivity.timeSpec() == Qt::LocalTime)
                row.lastActivity.setTimeSpec(Qt::UTC); // stored instants are UTC
        }
        row.archived = q.value(17).toInt() != 0;
        m_lastKey = q.value(18);
        m_lastPk = row.pk;
        page.append(row);
    }
    readPlaybooks(&page);
    return page;
}

void AccountListModel::readPlaybooks(QList<Row> *page) const
{
    if (page->isEmpty())
        return;
    QStringList ids;
    ids.reserve(page->size());
    for (const Row &row : std::as_const(*page))
        ids.append(row.id);
    PlaybookStore store(m_db, QString());
    const QHash<QString, PlaybookStore::AccountSummary> summaries = store.accountSummaries(ids);
    if (summaries.isEmpty())
        return;
    for (Row &row : *page) {
        const auto it = summaries.constFind(row.id);
        if (it == summaries.cend())
            continue;
        row.playbooks = it->open;
        row.playbookSteps = it->steps;
        row.playbookResolved = it->resolved;
        row.playbookOverdue = it->overdue;
    }
}

QString AccountListModel::shared(const QString &value)
{
    if (value.isEmpty())
        return {};
    // Owners, segments, countries... repeat across 100k rows: keep one copy of each.
    auto it = m_strings.constFind(value);
    if (it != m_strings.constEnd())
        return it.value();
    if (m_strings.size() > 100000)
        return value; // not a low-cardinality column after all
    m_strings.insert(value, value);
    return value;
}

QString AccountListModel::displayText(const Row &row, int column) const
{
    switch (column) {
    case Name:
        return row.name;
    case CrmId:
        return row.id;
    case Owner:
        return row.owner;
    case Team:
        return row.team;
    case Segment:
        return valueLabel(row.segment);
    case Industry:
        return valueLabel(row.industry);
    case Region:
        return valueLabel(row.region);
    case Country:
        return row.country;
    case Arr:
        return row.hasArr ? CrmFormat::money(row.arr, row.currency) : QString();
    case Licenses:
        return row.hasLicenses ? CrmFormat::displayLocale().toString(row.licenses) : QString();
    case RenewalDate:
        return CrmFormat::date(row.renewal);
    case ContractStart:
        return CrmFormat::date(row.contractStart);
    case LifecycleStage:
        return valueLabel(row.lifecycle);
    case Status:
        return valueLabel(row.status);
    case LastActivity:
        return row.lastActivity.isValid() ? CrmFormat::date(row.lastActivity.toLocalTime().date())
                                          : QString();
    case Playbooks: {
        if (row.playbooks == 0)
            return {};
        const QString progress
            = tr("%1/%2", "playbook steps resolved/all").arg(row.playbookResolved).arg(row.playbookSteps);
        return row.playbookOverdue > 0 ? tr("%n overdue · %1", nullptr, row.playbookOverdue).arg(progress)
                                       : progress;
    }
    default:
        return {};
    }
}

QString AccountListModel::valueLabel(const QString &value)
{
    // One table of CRM codes for the whole product: the list shows what the 360 shows.
    return CrmFormat::codeLabel(value);
}

QVariant AccountListModel::rawValue(const Row &row, int column) const
{
    const auto text = [](const QString &value) {
        return value.isEmpty() ? QVariant() : QVariant(value);
    };
    switch (column) {
    case Name:
        return row.name;
    case CrmId:
        return row.id;
    case Owner:
        return text(row.owner);
    case Team:
        return text(row.team);
    case Segment:
        return text(row.segment);
    case Industry:
        return text(row.industry);
    case Region:
        return text(row.region);
    case Country:
        return text(row.country);
    case Arr:
        return row.hasArr ? QVariant(row.arr) : QVariant();
    case Licenses:
        return row.hasLicenses ? QVariant(row.licenses) : QVariant();
    case RenewalDate:
        return row.renewal.isValid() ? QVariant(row.renewal) : QVariant();
    case ContractStart:
        return row.contractStart.isValid() ? QVariant(row.contractStart) : QVariant();
    case LifecycleStage:
        return text(row.lifecycle);
    case Status:
        return text(row.status);
    case LastActivity:
        return row.lastActivity.isValid() ? QVariant(row.lastActivity) : QVariant();
    case Playbooks:
        if (row.playbooks == 0)
            return {};
        return row.playbookOverdue * 1000.0
            + (row.playbookSteps > 0 ? double(row.playbookResolved) / row.playbookSteps : 0.0);
    default:
        return {};
    }
}
