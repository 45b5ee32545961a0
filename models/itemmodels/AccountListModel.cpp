#include "AccountListModel.h"

#include "store/Database.h"

#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// Every sort key is made non-NULL so that "(key, pk) > (last key, last pk)" walks the
// whole table: SQLite's row-value comparison yields NULL, not false, on a NULL key.
QString sortKeyFor(int column)
{
    switch (column) {
    case AccountListModel::CrmId:
        return u"a.id"_s;
    case AccountListModel::Owner:
        return u"COALESCE(u.name, a.owner_id, '') COLLATE NOCASE"_s;
    case AccountListModel::Segment:
        return u"COALESCE(a.segment, '') COLLATE NOCASE"_s;
    case AccountListModel::Arr:
        return u"COALESCE(a.arr, -1.0)"_s;
    case AccountListModel::RenewalDate:
        return u"COALESCE(a.renewal_date, '')"_s;
    case AccountListModel::LifecycleStage:
        return u"COALESCE(a.lifecycle_stage, '') COLLATE NOCASE"_s;
    case AccountListModel::Status:
        return u"COALESCE(a.status, '') COLLATE NOCASE"_s;
    case AccountListModel::Name:
    default:
        return u"a.name COLLATE NOCASE"_s;
    }
}

QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

// The locale's own symbol for its own currency ("$" in en_US, "¥" in zh_CN); a short
// unambiguous symbol for the common others; else the ISO code itself.
QString currencySymbol(const QLocale &locale, const QString &code)
{
    if (code.isEmpty())
        return locale.currencySymbol(QLocale::CurrencySymbol);
    if (code.compare(locale.currencySymbol(QLocale::CurrencyIsoCode), Qt::CaseInsensitive) == 0)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    static const QHash<QString, QString> symbols = {
        { u"USD"_s, u"US$"_s }, { u"EUR"_s, u"€"_s },   { u"GBP"_s, u"£"_s },   { u"JPY"_s, u"JP¥"_s },
        { u"CNY"_s, u"CN¥"_s }, { u"AUD"_s, u"A$"_s },  { u"CAD"_s, u"CA$"_s }, { u"HKD"_s, u"HK$"_s },
        { u"SGD"_s, u"S$"_s },  { u"INR"_s, u"₹"_s },   { u"KRW"_s, u"₩"_s },   { u"BRL"_s, u"R$"_s },
        { u"NZD"_s, u"NZ$"_s }, { u"MXN"_s, u"MX$"_s }, { u"TWD"_s, u"NT$"_s },
    };
    const QString upper = code.toUpper();
    return symbols.value(upper, upper + u'\u00a0');
}

} // namespace

AccountListModel::AccountListModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    queryCounts();
    m_rows = queryPage();
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
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Arr)
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
    default:
        return {};
    }
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return int((section == Arr ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case CrmId:
        return tr("CRM ID");
    case Owner:
        return tr("Owner");
    case Segment:
        return tr("Segment");
    case Arr:
        return tr("ARR");
    case RenewalDate:
        return tr("Renewal date");
    case LifecycleStage:
        return tr("Lifecycle stage");
    case Status:
        return tr("Status");
    default:
        return {};
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
    m_sortColumn = column;
    m_sortOrder = order;
    resetAndLoad();
}

void AccountListModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    resetAndLoad();
}

void AccountListModel::setIncludeArchived(bool include)
{
    if (include == m_includeArchived)
        return;
    m_includeArchived = include;
    resetAndLoad();
}

void AccountListModel::reload()
{
    resetAndLoad();
}

void AccountListModel::resetAndLoad()
{
    m_changing = true;
    beginResetModel();
    m_rows.clear();
    m_exhausted = false;
    queryCounts();
    m_rows = queryPage();
    endResetModel();
    m_changing = false;
    Q_EMIT countsChanged();
}

QString AccountListModel::whereClause(QVariantList *binds) const
{
    QStringList conditions;
    if (!m_includeArchived)
        conditions << u"a.archived = 0"_s;
    const QStringList words = m_filterText.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        conditions
            << uR"((a.name LIKE ? ESCAPE '\' OR a.id LIKE ? ESCAPE '\' OR u.name LIKE ? ESCAPE '\'))"_s;
        const QString pattern = likePattern(word);
        *binds << pattern << pattern << pattern;
    }
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

void AccountListModel::queryCounts()
{
    m_lastError.clear();
    m_totalCount = 0;
    m_unfilteredCount = 0;
    if (!m_db.isOpen()) {
        m_lastError = tr("The cache is not open.");
        return;
    }
    QSqlQuery q(m_db);
    const QString unfiltered = m_includeArchived ? u"SELECT COUNT(*) FROM accounts"_s
                                                 : u"SELECT COUNT(*) FROM accounts WHERE archived = 0"_s;
    if (!q.exec(unfiltered) || !q.next()) {
        m_lastError = q.lastError().text();
        return;
    }
    m_unfilteredCount = q.value(0).toInt();
    if (m_filterText.trimmed().isEmpty()) {
        m_totalCount = m_unfilteredCount;
        return;
    }
    QVariantList binds;
    q.prepare(u"SELECT COUNT(*) FROM accounts a LEFT JOIN users u ON u.id = a.owner_id"_s
              + whereClause(&binds));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        return;
    }
    m_totalCount = q.value(0).toInt();
}

QList<AccountListModel::Row> AccountListModel::queryPage() const
{
    QList<Row> page;
    if (!m_db.isOpen() || m_rows.size() >= m_totalCount)
        return page;

    const QString key = sortKeyFor(m_sortColumn);
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    QVariantList binds;
    QString where = whereClause(&binds);
    if (!m_rows.isEmpty()) {
        // Continue after the last loaded row; pk breaks ties so no row repeats or hides.
        where += (where.isEmpty() ? u" WHERE "_s : u" AND "_s) + u'(' + key + u", a.pk) "_s
            + (ascending ? u'>' : u'<') + u" (?, ?)"_s;
        binds << m_rows.constLast().sortKey << m_rows.constLast().pk;
    }
    const QString direction = ascending ? u" ASC"_s : u" DESC"_s;
    const QString sql
        = u"SELECT a.pk, a.id, a.name, COALESCE(u.name, a.owner_id), a.segment, a.arr, a.currency,"
          " a.renewal_date, a.lifecycle_stage, a.status, a.archived, "_s
        + key + u" FROM accounts a LEFT JOIN users u ON u.id = a.owner_id"_s + where + u" ORDER BY "_s + key
        + direction + u", a.pk"_s + direction + u" LIMIT "_s + QString::number(pageSize);

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
    while (q.next()) {
        Row row;
        row.pk = q.value(0).toLongLong();
        row.id = q.value(1).toString();
        row.name = q.value(2).toString();
        row.owner = q.value(3).toString();
        row.segment = q.value(4).toString();
        if (!q.isNull(5))
            row.arr = q.value(5).toDouble();
        row.currency = q.value(6).toString();
        row.renewal = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        row.lifecycle = q.value(8).toString();
        row.status = q.value(9).toString();
        row.archived = q.value(10).toInt() != 0;
        row.sortKey = q.value(11);
        page.append(row);
    }
    return page;
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
    case Segment:
        return valueLabel(row.segment);
    case Arr: {
        if (!row.arr.isValid())
            return {};
        // The C locale (no preference set) writes "1,000US$"; English reads better.
        const QLocale locale = QLocale().language() == QLocale::C
            ? QLocale(QLocale::English, QLocale::UnitedStates)
            : QLocale();
        return locale.toCurrencyString(row.arr.toDouble(), currencySymbol(locale, row.currency), 0);
    }
    case RenewalDate:
        return row.renewal.isValid() ? QLocale().toString(row.renewal, QLocale::ShortFormat) : QString();
    case LifecycleStage:
        return valueLabel(row.lifecycle);
    case Status:
        return valueLabel(row.status);
    default:
        return {};
    }
}

QString AccountListModel::valueLabel(const QString &value)
{
    // The values Pitwall's own bundle and the common CRMs use; anything else shows as
    // the CRM wrote it, only "snake_case" softened to words.
    static const QHash<QString, const char *> labels = {
        { u"enterprise"_s, QT_TR_NOOP("Enterprise") },
        { u"mid_market"_s, QT_TR_NOOP("Mid-market") },
        { u"midmarket"_s, QT_TR_NOOP("Mid-market") },
        { u"smb"_s, QT_TR_NOOP("SMB") },
        { u"strategic"_s, QT_TR_NOOP("Strategic") },
        { u"commercial"_s, QT_TR_NOOP("Commercial") },
        { u"trial"_s, QT_TR_NOOP("Trial") },
        { u"onboarding"_s, QT_TR_NOOP("Onboarding") },
        { u"implementation"_s, QT_TR_NOOP("Implementation") },
        { u"adoption"_s, QT_TR_NOOP("Adoption") },
        { u"expansion"_s, QT_TR_NOOP("Expansion") },
        { u"renewal"_s, QT_TR_NOOP("Renewal") },
        { u"active"_s, QT_TR_NOOP("Active") },
        { u"inactive"_s, QT_TR_NOOP("Inactive") },
        { u"at_risk"_s, QT_TR_NOOP("At risk") },
        { u"on_hold"_s, QT_TR_NOOP("On hold") },
        { u"churned"_s, QT_TR_NOOP("Churned") },
        { u"prospect"_s, QT_TR_NOOP("Prospect") },
    };
    if (value.isEmpty())
        return value;
    QString key = value.trimmed().toLower();
    key.replace(u'-', u'_').replace(u' ', u'_');
    if (const char *label = labels.value(key))
        return tr(label);
    if (value.contains(u'_') && value == value.toLower()) {
        QString words = value;
        words.replace(u'_', u' ');
        words[0] = words[0].toUpper();
        return words;
    }
    return value;
}

QVariant AccountListModel::rawValue(const Row &row, int column) const
{
    switch (column) {
    case Name:
        return row.name;
    case CrmId:
        return row.id;
    case Owner:
        return row.owner;
    case Segment:
        return row.segment;
    case Arr:
        return row.arr;
    case RenewalDate:
        return row.renewal;
    case LifecycleStage:
        return row.lifecycle;
    case Status:
        return row.status;
    default:
        return {};
    }
}
