#include "accounts/AccountSearchIndex.h"
#include "accounts/LastActivity.h"
#include "itemmodels/AccountListModel.h"
#include "playbook/PlaybookStore.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Owner
{
    QString id;
    QString name; // empty: not in the users table
    QString team;
    QString managerId;
};

const QList<Owner> owners = {
    { u"U0"_s, u"Alice Martin"_s, u"East"_s, QString() }, { u"U1"_s, u"Bob Chen"_s, u"East"_s, u"U0"_s },
    { u"U2"_s, u"王小明"_s, u"华东"_s, QString() },       { u"U3"_s, u"Carol Diaz"_s, u"West"_s, QString() },
    { u"U4"_s, u"李娜"_s, QString(), u"U3"_s },           { u"U5"_s, QString(), QString(), QString() }
};

const QStringList nameBases
    = { u"Acme Corp"_s, u"Globex"_s,   u"Initech"_s,    u"Umbrella"_s, u"Stark Industries"_s,
        u"Wayne Ltd"_s, u"华为科技"_s, u"阿里云计算"_s, u"腾讯科技"_s, u"Hooli"_s };

// "Today" for the date filters, and the instants activities and notes are written at.
const QDate today(2026, 3, 1);

struct Account
{
    QString id;
    QString name;
    int owner = 0;
    QVariant segment;
    QVariant industry;
    QVariant region;
    QVariant country;
    QVariant arr;
    QString currency;
    QVariant licenses;
    QVariant renewal;
    QVariant contractStart;
    QString lifecycle;
    QString status;
    bool archived = false;
    // Live activities and notes; the archived activity and deleted note must not count.
    QList<QDateTime> touches;
    QDateTime lastActivity;
};

QDateTime instant(int i, int daysBack)
{
    return QDateTime(today.addDays(-daysBack), QTime(i % 24, (i * 7) % 60), Qt::UTC);
}

Account makeAccount(int i)
{
    Account a;
    a.id = u"001A%1"_s.arg(i, 12, 10, QLatin1Char('0'));
    a.name = nameBases.at(i % nameBases.size()) + u' ' + QString::number(i);
    if (i == 500)
        a.name = u"100% Pure_Co"_s;
    if (i == 502)
        a.name = u"100 Pure Co"_s;
    a.owner = i % int(owners.size());
    if (i % 11 != 0)
        a.segment = QStringList { u"Enterprise"_s, u"Mid-Market"_s, u"SMB"_s }.at(i % 3);
    if (i % 7 != 0)
        a.industry
            = QStringList { u"software"_s, u"financial_services"_s, u"Retail"_s, u"制造业"_s }.at(i % 4);
    if (i % 19 != 0)
        a.region = QStringList { u"EMEA"_s, u"APAC"_s, u"amer"_s }.at((i / 3) % 3);
    if (i % 23 != 0)
        a.country = QStringList { u"DE"_s, u"CN"_s, u"US"_s, u"FR"_s, u"中国"_s }.at(i % 5);
    if (i % 13 != 0)
        a.arr = double((i * 37) % 1000) * 1000.0;
    a.currency = QStringList { u"USD"_s, u"EUR"_s, u"CNY"_s }.at(i % 3);
    if (i % 29 != 0)
        a.licenses = qint64((i * 13) % 500);
    if (i % 17 != 0)
        a.renewal = QDate(2026, 1, 1).addDays((i * 7) % 365).toString(Qt::ISODate);
    if (i % 31 != 0)
        a.contractStart = QDate(2023, 1, 1).addDays((i * 11) % 700).toString(Qt::ISODate);
    a.lifecycle = QStringList { u"Onboarding"_s, u"Adoption"_s, u"Renewal"_s }.at(a.name.size() % 3);
    a.status = QStringList { u"Active"_s, u"At risk"_s, u"Churned"_s }.at(a.id.back().digitValue() % 3);
    a.archived = i % 10 == 9;
    if (i % 5 != 0) // one in five never touched
        a.touches << instant(i, (i * 3) % 120);
    if (i % 4 == 1)
        a.touches << instant(i + 5, (i * 5) % 90);
    for (const QDateTime &t : std::as_const(a.touches))
        a.lastActivity = qMax(a.lastActivity, t);
    return a;
}

bool exec(QSqlQuery &q)
{
    if (!q.exec()) {
        qWarning() << q.lastError().text();
        return false;
    }
    return true;
}

bool insertAccount(QSqlDatabase db, const Account &a)
{
    QSqlQuery q(db);
    q.prepare(
        u"INSERT INTO accounts (id, name, owner_id, segment, industry, region, country, lifecycle_stage,"
        " status, arr, currency, licenses, renewal_date, contract_start, archived)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v :
         { QVariant(a.id), QVariant(a.name), QVariant(owners.at(a.owner).id), a.segment, a.industry, a.region,
           a.country, QVariant(a.lifecycle), QVariant(a.status), a.arr, QVariant(a.currency), a.licenses,
           a.renewal, a.contractStart, QVariant(a.archived ? 1 : 0) })
        q.addBindValue(v);
    return exec(q);
}

// The first touch is a CRM activity, the second a local note; each account also has an
// archived activity and a deleted note, both newer, which must not count.
bool insertTouches(QSqlDatabase db, int i, const Account &a)
{
    QSqlQuery activity(db);
    activity.prepare(
        u"INSERT INTO activities (id, account_id, type, occurred_at, archived) VALUES (?, ?, ?, ?, ?)"_s);
    QSqlQuery note(db);
    note.prepare(
        u"INSERT INTO notes (id, account_id, body, created_at, updated_at, deleted) VALUES (?, ?, ?, ?, ?, ?)"_s);
    const QDateTime newest = today.startOfDay(Qt::UTC).addSecs(-3600);
    const auto addActivity = [&](const QString &id, const QDateTime &at, bool archived) {
        activity.addBindValue(id);
        activity.addBindValue(a.id);
        activity.addBindValue(u"call"_s);
        activity.addBindValue(at.toString(Qt::ISODate));
        activity.addBindValue(archived ? 1 : 0);
        return exec(activity);
    };
    const auto addNote = [&](const QString &id, const QDateTime &at, bool deleted) {
        note.addBindValue(id);
        note.addBindValue(a.id);
        note.addBindValue(u"note"_s);
        note.addBindValue(at.toString(Qt::ISODateWithMs));
        note.addBindValue(at.toString(Qt::ISODateWithMs));
        note.addBindValue(deleted ? 1 : 0);
        return exec(note);
    };
    if (!a.touches.isEmpty() && !addActivity(u"ACT%1"_s.arg(i), a.touches.at(0), false))
        return false;
    if (a.touches.size() > 1 && !addNote(u"NOTE%1"_s.arg(i), a.touches.at(1), false))
        return false;
    if (i % 3 == 0 && !addActivity(u"ACTX%1"_s.arg(i), newest, true))
        return false;
    if (i % 3 == 1 && !addNote(u"NOTEX%1"_s.arg(i), newest, true))
        return false;
    return true;
}

bool containsWord(const Account &a, const QString &w)
{
    return a.name.contains(w, Qt::CaseInsensitive) || a.id.contains(w, Qt::CaseInsensitive)
        || owners.at(a.owner).name.contains(w, Qt::CaseInsensitive);
}

// Same semantics as the model's filter: every word in name, CRM id or owner name.
bool matches(const Account &a, const QString &filter)
{
    const QStringList words = filter.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (!containsWord(a, w))
            return false;
    }
    return true;
}

QSet<QString> teamOf(const QString &userId)
{
    QSet<QString> ids;
    const auto me
        = std::find_if(owners.begin(), owners.end(), [&](const Owner &o) { return o.id == userId; });
    for (const Owner &o : owners) {
        if (o.name.isEmpty())
            continue;
        if (o.id == userId || o.managerId == userId
            || (me != owners.end() && !me->team.isEmpty() && o.team == me->team))
            ids.insert(o.id);
    }
    return ids;
}

// What AccountFilter means, written out in C++ over the generated accounts.
bool accepts(const AccountFilter &f, const Account &a)
{
    const Owner &owner = owners.at(a.owner);
    if (f.archived == AccountFilter::Archived::Exclude && a.archived)
        return false;
    if (f.archived == AccountFilter::Archived::Only && !a.archived)
        return false;
    if (!f.scopeUserId.isEmpty() && f.scope == Workspace::Scope::MyBook && owner.id != f.scopeUserId)
        return false;
    if (!f.scopeUserId.isEmpty() && f.scope == Workspace::Scope::MyTeam
        && !teamOf(f.scopeUserId).contains(owner.id))
        return false;
    if (!f.ownerIds.isEmpty() && !f.ownerIds.contains(owner.id))
        return false;
    if (!f.teams.isEmpty() && (owner.name.isEmpty() || !f.teams.contains(owner.team)))
        return false;
    if (!f.segments.isEmpty() && !f.segments.contains(a.segment.toString()))
        return false;
    if (!f.lifecycleStages.isEmpty() && !f.lifecycleStages.contains(a.lifecycle))
        return false;
    const QDate renewal = a.renewal.toDate();
    if (f.renewalWithinDays > 0 || f.overdueRenewals) {
        const bool overdue = renewal.isValid() && renewal < f.today;
        const bool within = renewal.isValid() && renewal >= f.today
            && renewal <= f.today.addDays(f.renewalWithinDays) && f.renewalWithinDays > 0;
        if (!(within || (f.overdueRenewals && overdue)))
            return false;
    }
    if (f.notTouchedDays > 0) {
        const QDateTime from = QDateTime(f.today.addDays(-f.notTouchedDays), QTime(0, 0));
        const QDateTime until = QDateTime(f.today.addDays(1), QTime(0, 0));
        for (const QDateTime &t : a.touches) {
            if (t >= from && t < until)
                return false;
        }
    }
    return matches(a, f.searchText);
}

int compareKeys(const QVariant &a, const QVariant &b, int column)
{
    const auto order = [](auto x, auto y) {
        return x < y ? -1 : (x > y ? 1 : 0);
    };
    switch (column) {
    case AccountListModel::Arr:
        return order(a.isValid() ? a.toDouble() : -1.0, b.isValid() ? b.toDouble() : -1.0);
    case AccountListModel::Licenses:
        return order(a.isValid() ? a.toLongLong() : -1, b.isValid() ? b.toLongLong() : -1);
    case AccountListModel::RenewalDate:
    case AccountListModel::ContractStart:
        // An empty date sorts before every date.
        return order(a.isValid() ? a.toDate().toJulianDay() : -1,
                     b.isValid() ? b.toDate().toJulianDay() : -1);
    case AccountListModel::LastActivity:
        return order(a.isValid() ? a.toDateTime().toMSecsSinceEpoch() : -1,
                     b.isValid() ? b.toDateTime().toMSecsSinceEpoch() : -1);
    case AccountListModel::CrmId:
        return QString::compare(a.toString(), b.toString(), Qt::CaseSensitive);
    default:
        return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive);
    }
}

// The RawRole value each column must show for an account.
QVariant expectedRaw(const Account &a, int column)
{
    const Owner &owner = owners.at(a.owner);
    switch (column) {
    case AccountListModel::Name:
        return a.name;
    case AccountListModel::CrmId:
        return a.id;
    case AccountListModel::Owner:
        return owner.name.isEmpty() ? owner.id : owner.name;
    case AccountListModel::Team:
        return owner.team.isEmpty() ? QVariant() : QVariant(owner.team);
    case AccountListModel::Segment:
        return a.segment;
    case AccountListModel::Industry:
        return a.industry;
    case AccountListModel::Region:
        return a.region;
    case AccountListModel::Country:
        return a.country;
    case AccountListModel::Arr:
        return a.arr;
    case AccountListModel::Licenses:
        return a.licenses;
    case AccountListModel::RenewalDate:
        return a.renewal.isValid() ? QVariant(a.renewal.toDate()) : QVariant();
    case AccountListModel::ContractStart:
        return a.contractStart.isValid() ? QVariant(a.contractStart.toDate()) : QVariant();
    case AccountListModel::LifecycleStage:
        return a.lifecycle;
    case AccountListModel::Status:
        return a.status;
    case AccountListModel::LastActivity:
        return a.lastActivity.isValid() ? QVariant(a.lastActivity) : QVariant();
    default:
        return {};
    }
}

void fetchAll(AccountListModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

} // namespace

class TestAccountListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void loadsLazilyInPages();
    void passesModelTester();
    void sorts_data();
    void sorts();
    void filters_data();
    void filters();
    void includesArchivedOnRequest();
    void reloadSeesNewRows();
    void resetsOnlyWhenSomethingChanged();
    void formatsForDisplay();
    void labelsCodeValues();
    void emptyCache();
    void filtersByField_data();
    void filtersByField();
    void setFilterResetsOnce();
    void lastActivityFollowsNotes();
    void columnKeysAreStable();
    void newColumnsDisplay();
    void playbooksColumn();

private:
    QTemporaryDir m_dir;
    QList<Account> m_accounts;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AccountListModel> m_model;
    int m_activeCount = 0;
};

void TestAccountListModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    Database db;
    QString error;
    QVERIFY2(db.open(m_dir.filePath(u"cache.sqlite"_s), &error), qPrintable(error));
    QSqlDatabase c = db.connection();
    QVERIFY(c.transaction());
    for (const Owner &o : owners) {
        if (o.name.isEmpty())
            continue;
        QSqlQuery q(c);
        q.prepare(u"INSERT INTO users (id, name, team, manager_id) VALUES (?, ?, ?, ?)"_s);
        q.addBindValue(o.id);
        q.addBindValue(o.name);
        q.addBindValue(o.team.isEmpty() ? QVariant() : QVariant(o.team));
        q.addBindValue(o.managerId.isEmpty() ? QVariant() : QVariant(o.managerId));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    for (int i = 0; i < 1000; ++i) {
        m_accounts << makeAccount(i);
        QVERIFY(insertAccount(c, m_accounts.constLast()));
        QVERIFY(insertTouches(c, i, m_accounts.constLast()));
        if (!m_accounts.constLast().archived)
            ++m_activeCount;
    }
    // As an import does after writing accounts and activities (notes keep the last
    // activity current themselves). Accounts added later by the tests stay outside the
    // search index, which exercises the row-by-row path for them.
    QVERIFY2(AccountSearchIndex::catchUp(c, &error), qPrintable(error));
    QVERIFY2(LastActivity::refresh(c, &error), qPrintable(error));
    QVERIFY(c.commit());
    QCOMPARE(m_activeCount, 900);
}

void TestAccountListModel::cleanupTestCase()
{
    QLocale::setDefault(QLocale::system());
}

void TestAccountListModel::init()
{
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir.filePath(u"cache.sqlite"_s), &error), qPrintable(error));
    m_model = std::make_unique<AccountListModel>(*m_db);
    QVERIFY2(m_model->lastError().isEmpty(), qPrintable(m_model->lastError()));
}

void TestAccountListModel::cleanup()
{
    m_model.reset();
    if (m_db) {
        // Rows a test added go again, so every test starts from the same 1000.
        QVERIFY(m_db->exec(u"DELETE FROM accounts WHERE id LIKE 'NEW%'"_s));
    }
    m_db.reset();
}

void TestAccountListModel::loadsLazilyInPages()
{
    QCOMPARE(m_model->columnCount(), int(AccountListModel::ColumnCount));
    QCOMPARE(m_model->rowCount(), AccountListModel::pageSize);
    QCOMPARE(m_model->totalCount(), m_activeCount);
    QCOMPARE(m_model->unfilteredCount(), m_activeCount);
    QVERIFY(m_model->canFetchMore({}));

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), 2 * AccountListModel::pageSize);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), AccountListModel::pageSize);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2 * AccountListModel::pageSize - 1);

    fetchAll(*m_model);
    QCOMPARE(m_model->rowCount(), m_activeCount);
    QVERIFY(!m_model->canFetchMore({}));
    m_model->fetchMore({}); // harmless when everything is there
    QCOMPARE(m_model->rowCount(), m_activeCount);

    QSet<qint64> pks;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        pks.insert(m_model->index(r, 0).data(AccountListModel::PkRole).toLongLong());
        QVERIFY(!m_model->index(r, 0).data(AccountListModel::ArchivedRole).toBool());
    }
    QCOMPARE(pks.size(), m_activeCount);
}

void TestAccountListModel::passesModelTester()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(true);
    m_model->fetchMore({});
    m_model->sort(AccountListModel::Arr, Qt::DescendingOrder);
    m_model->fetchMore({});
    m_model->setFilterText(u"科技"_s);
    fetchAll(*m_model);
    m_model->setIncludeArchived(true);
    m_model->setFilterText(QString());
    m_model->sort(AccountListModel::Owner, Qt::AscendingOrder);
    m_model->reload();
    fetchAll(*m_model);
    QCOMPARE(m_model->rowCount(), int(m_accounts.size()));
}

void TestAccountListModel::sorts_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int c = 0; c < AccountListModel::ColumnCount; ++c) {
        QTest::addRow("column %d ascending", c) << c << Qt::AscendingOrder;
        QTest::addRow("column %d descending", c) << c << Qt::DescendingOrder;
    }
}

void TestAccountListModel::sorts()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    if (column == AccountListModel::Name && order == Qt::AscendingOrder)
        m_model->sort(AccountListModel::CrmId); // the default order: sorting by it again changes nothing
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->sort(column, order);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(m_model->sortColumn(), column);
    QCOMPARE(m_model->sortOrder(), order);
    fetchAll(*m_model);
    QCOMPARE(m_model->rowCount(), m_activeCount);

    QSet<qint64> pks;
    int empty = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const qint64 pk = m_model->index(r, 0).data(AccountListModel::PkRole).toLongLong();
        pks.insert(pk);
        const QVariant raw = m_model->index(r, column).data(AccountListModel::RawRole);
        const QVariant expected = expectedRaw(m_accounts.at(pk - 1), column);
        QCOMPARE(raw.isValid(), expected.isValid());
        QVERIFY2(compareKeys(raw, expected, column) == 0, qPrintable(u"row %1"_s.arg(r)));
        if (!raw.isValid()) {
            ++empty;
            // Empty values come first in ascending order, last in descending.
            if (order == Qt::AscendingOrder)
                QCOMPARE(r, empty - 1);
        }
        if (r == 0)
            continue;
        const int cmp = compareKeys(m_model->index(r - 1, column).data(AccountListModel::RawRole),
                                    m_model->index(r, column).data(AccountListModel::RawRole), column);
        if (order == Qt::AscendingOrder)
            QVERIFY2(cmp <= 0, qPrintable(u"row %1"_s.arg(r)));
        else
            QVERIFY2(cmp >= 0, qPrintable(u"row %1"_s.arg(r)));
    }
    // Keyset paging across equal keys must neither repeat nor skip a row.
    QCOMPARE(pks.size(), m_activeCount);
    const bool nullable = column != AccountListModel::Name && column != AccountListModel::CrmId
        && column != AccountListModel::Owner && column != AccountListModel::LifecycleStage
        && column != AccountListModel::Status;
    if (nullable)
        QVERIFY2(empty > 0, "the data has empty values in this column");
}

void TestAccountListModel::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("name, any case") << u"acme"_s;
    QTest::newRow("two words") << u"ACME corp 12"_s;
    QTest::newRow("crm id") << u"001A00000000012"_s;
    QTest::newRow("owner") << u"alice"_s;
    QTest::newRow("chinese name") << u"科技"_s;
    QTest::newRow("chinese owner") << u"王小明"_s;
    QTest::newRow("two chinese characters") << u"华为"_s;
    QTest::newRow("two-character owner") << u"李娜"_s;
    QTest::newRow("three chinese characters") << u"阿里云"_s;
    QTest::newRow("upper case") << u"STARK INDUSTRIES"_s;
    QTest::newRow("one letter") << u"x"_s;
    QTest::newRow("quote") << u"\"acme"_s;
    QTest::newRow("mixed") << u"华为 martin"_s;
    QTest::newRow("percent is literal") << u"100%"_s;
    QTest::newRow("underscore is literal") << u"_"_s;
    QTest::newRow("backslash") << u"\\"_s;
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("nothing") << u"no such account"_s;
}

void TestAccountListModel::filters()
{
    QFETCH(QString, text);
    int expected = 0;
    for (const Account &a : std::as_const(m_accounts))
        expected += !a.archived && matches(a, text) ? 1 : 0;

    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy counts(m_model.get(), &AccountListModel::countsChanged);
    m_model->setFilterText(text);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(m_model->filterText(), text);
    QCOMPARE(m_model->totalCount(), expected);
    QCOMPARE(m_model->unfilteredCount(), m_activeCount);
    fetchAll(*m_model);
    QCOMPARE(m_model->rowCount(), expected);
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const qint64 pk = m_model->index(r, 0).data(AccountListModel::PkRole).toLongLong();
        QVERIFY(matches(m_accounts.at(pk - 1), text));
    }
}

void TestAccountListModel::includesArchivedOnRequest()
{
    QVERIFY(!m_model->includeArchived());
    m_model->setIncludeArchived(true);
    QCOMPARE(m_model->totalCount(), int(m_accounts.size()));
    QCOMPARE(m_model->unfilteredCount(), int(m_accounts.size()));
    fetchAll(*m_model);
    int archived = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex index = m_model->index(r, AccountListModel::Name);
        if (index.data(AccountListModel::ArchivedRole).toBool()) {
            ++archived;
            QVERIFY(!index.data(Qt::ToolTipRole).toString().isEmpty());
        }
    }
    QCOMPARE(archived, 100);

    m_model->setFilterText(u"hooli"_s);
    QCOMPARE(m_model->totalCount(), 100); // every tenth base is Hooli, archived ones too
    m_model->setIncludeArchived(false);
    QCOMPARE(m_model->totalCount(), 0); // i % 10 == 9: all the Hoolis are archived
}

void TestAccountListModel::reloadSeesNewRows()
{
    fetchAll(*m_model);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy counts(m_model.get(), &AccountListModel::countsChanged);
    for (int i = 0; i < 10; ++i) {
        Account a = makeAccount(i);
        a.id = u"NEW%1"_s.arg(i);
        a.name = u"新客户 %1"_s.arg(i);
        a.archived = false;
        QVERIFY(insertAccount(m_db->connection(), a));
    }
    QCOMPARE(m_model->totalCount(), m_activeCount); // nothing changes until reload()
    m_model->reload();
    QCOMPARE(resets.size(), 1);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(m_model->totalCount(), m_activeCount + 10);
    QCOMPARE(m_model->rowCount(), AccountListModel::pageSize);
    m_model->setFilterText(u"新客户"_s);
    QCOMPARE(m_model->totalCount(), 10);
    QCOMPARE(m_model->index(0, AccountListModel::Name).data().toString(), u"新客户 0"_s);
}

void TestAccountListModel::resetsOnlyWhenSomethingChanged()
{
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setFilterText(QString());
    m_model->setIncludeArchived(false);
    m_model->sort(-1);
    m_model->sort(AccountListModel::ColumnCount);
    QCOMPARE(resets.size(), 0);
    m_model->setFilterText(u"a"_s);
    m_model->setIncludeArchived(true);
    m_model->sort(AccountListModel::Status);
    QCOMPARE(resets.size(), 3);
    m_model->sort(AccountListModel::Status); // the same order again
    m_model->setFilter(m_model->filter());
    QCOMPARE(resets.size(), 3);
}

void TestAccountListModel::formatsForDisplay()
{
    QCOMPARE(m_model->headerData(AccountListModel::Name, Qt::Horizontal).toString(), u"Name"_s);
    QCOMPARE(m_model->headerData(AccountListModel::CrmId, Qt::Horizontal).toString(), u"CRM ID"_s);
    QCOMPARE(m_model->headerData(AccountListModel::Arr, Qt::Horizontal, Qt::TextAlignmentRole).toInt()
                 & Qt::AlignRight,
             int(Qt::AlignRight));

    m_model->setFilterText(u"001A000000000001"_s); // exactly i == 1: EUR 37,000, renewal 2026-01-08
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex arr = m_model->index(0, AccountListModel::Arr);
    QCOMPARE(arr.data(AccountListModel::RawRole).toDouble(), 37000.0);
    QCOMPARE(arr.data().toString(), u"€37,000"_s);
    QCOMPARE(arr.data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight, int(Qt::AlignRight));
    QCOMPARE(arr.data(AccountListModel::CurrencyRole).toString(), u"EUR"_s);
    const QModelIndex renewal = m_model->index(0, AccountListModel::RenewalDate);
    QCOMPARE(renewal.data(AccountListModel::RawRole).toDate(), QDate(2026, 1, 8));
    QCOMPARE(renewal.data().toString(), QLocale().toString(QDate(2026, 1, 8), QLocale::ShortFormat));
    QCOMPARE(m_model->index(0, AccountListModel::Owner).data().toString(), u"Bob Chen"_s);

    m_model->setFilterText(u"001A000000000003"_s); // USD in a US locale: the local symbol
    QCOMPARE(m_model->index(0, AccountListModel::Arr).data().toString(), u"$111,000"_s);
    m_model->setFilterText(u"001A000000000002"_s); // CNY elsewhere: unambiguous
    QCOMPARE(m_model->index(0, AccountListModel::Arr).data().toString(), u"CN¥74,000"_s);

    m_model->setFilterText(u"001A000000000005"_s); // owner U5 is not a known user: its id shows
    QCOMPARE(m_model->index(0, AccountListModel::Owner).data().toString(), u"U5"_s);

    m_model->setFilterText(u"001A000000000026"_s); // i % 13 == 0: no ARR
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(m_model->index(0, AccountListModel::Arr).data().toString().isEmpty());
    QVERIFY(!m_model->index(0, AccountListModel::Arr).data(AccountListModel::RawRole).isValid());

    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    m_model->setFilterText(u"001A000000000002"_s);
    const QString yuan = m_model->index(0, AccountListModel::Arr).data().toString();
    m_model->setFilterText(u"001A000000000003"_s);
    const QString dollars = m_model->index(0, AccountListModel::Arr).data().toString();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(yuan.startsWith(u"¥"_s), qPrintable(yuan));
    QVERIFY2(dollars.startsWith(u"US$"_s), qPrintable(dollars));
}

void TestAccountListModel::labelsCodeValues()
{
    QVERIFY(m_db->exec(u"INSERT INTO accounts (id, name, segment, lifecycle_stage, status) VALUES"
                       " ('NEW1', 'Label Test', 'mid_market', 'key_account_plan', 'at_risk'),"
                       " ('NEW2', 'Label Test Two', 'Enterprise', 'Custom Stage', 'ACTIVE')"_s));
    m_model->setFilterText(u"Label Test"_s);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(0, AccountListModel::Segment).data().toString(), u"Mid-market"_s);
    QCOMPARE(m_model->index(0, AccountListModel::Segment).data(AccountListModel::RawRole).toString(),
             u"mid_market"_s);
    QCOMPARE(m_model->index(0, AccountListModel::LifecycleStage).data().toString(), u"Key account plan"_s);
    QCOMPARE(m_model->index(0, AccountListModel::Status).data().toString(), u"At risk"_s);
    QCOMPARE(m_model->index(1, AccountListModel::Segment).data().toString(), u"Enterprise"_s);
    QCOMPARE(m_model->index(1, AccountListModel::LifecycleStage).data().toString(), u"Custom Stage"_s);
    QCOMPARE(m_model->index(1, AccountListModel::Status).data().toString(), u"Active"_s);
}

void TestAccountListModel::emptyCache()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(u"empty.sqlite"_s), &error), qPrintable(error));
    AccountListModel model(db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(true);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
    QCOMPARE(model.unfilteredCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    model.setFilterText(u"x"_s);
    model.reload();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.lastError().isEmpty());
}

void TestAccountListModel::filtersByField_data()
{
    QTest::addColumn<QVariantMap>("map");
    const auto add = [](const char *name, AccountFilter f) {
        f.today = today;
        QTest::newRow(name) << f.toVariantMap();
    };
    AccountFilter f;
    f.segments = { u"Enterprise"_s };
    add("segment", f);
    f.segments = { u"Enterprise"_s, u"SMB"_s };
    add("two segments", f);
    f = {};
    f.lifecycleStages = { u"Renewal"_s };
    add("lifecycle stage", f);
    f = {};
    f.ownerIds = { u"U1"_s, u"U5"_s };
    add("owners, one unknown", f);
    f = {};
    f.teams = { u"West"_s };
    add("team", f);
    f.teams = { u"华东"_s, u"East"_s };
    add("two teams", f);
    f = {};
    f.scope = Workspace::Scope::MyBook;
    f.scopeUserId = u"U1"_s;
    add("my book", f);
    f.scope = Workspace::Scope::MyTeam;
    f.scopeUserId = u"U0"_s;
    add("my team (manager)", f);
    f.scopeUserId = u"U4"_s;
    add("my team (no team, has a manager)", f);
    f.scopeUserId.clear();
    add("my team, nobody chosen", f);
    f = {};
    f.renewalWithinDays = 30;
    add("renewal in 30 days", f);
    f.renewalWithinDays = 0;
    f.overdueRenewals = true;
    add("overdue renewals", f);
    f.renewalWithinDays = 90;
    add("overdue or in 90 days", f);
    f = {};
    f.notTouchedDays = 30;
    add("not touched in 30 days", f);
    f.notTouchedDays = 1;
    add("not touched in 1 day", f);
    f = {};
    f.archived = AccountFilter::Archived::Only;
    add("archived only", f);
    f.archived = AccountFilter::Archived::Include;
    f.segments = { u"SMB"_s };
    add("archived included, SMB", f);
    f = {};
    f.searchText = u"科技"_s;
    f.segments = { u"SMB"_s, u"Mid-Market"_s };
    add("search and segments", f);
    f = {};
    f.searchText = u"王小明 acme"_s;
    f.renewalWithinDays = 365;
    add("chinese owner, name and renewal", f);
    f = {};
    f.scope = Workspace::Scope::MyTeam;
    f.scopeUserId = u"U3"_s;
    f.lifecycleStages = { u"Adoption"_s, u"Onboarding"_s };
    f.notTouchedDays = 60;
    f.archived = AccountFilter::Archived::Include;
    add("team, stages, not touched, archived", f);
}

void TestAccountListModel::filtersByField()
{
    QFETCH(QVariantMap, map);
    const AccountFilter f = AccountFilter::fromVariantMap(map);
    QCOMPARE(AccountFilter::fromVariantMap(f.toVariantMap()), f);
    int expected = 0;
    for (const Account &a : std::as_const(m_accounts))
        expected += accepts(f, a) ? 1 : 0;
    QVERIFY2(expected > 0 && expected < int(m_accounts.size()), "the filter must choose some accounts");

    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(true);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setFilter(f);
    QCOMPARE(resets.size(), 1);
    QVERIFY2(m_model->lastError().isEmpty(), qPrintable(m_model->lastError()));
    QCOMPARE(m_model->filter(), f);
    QCOMPARE(m_model->totalCount(), expected);
    m_model->sort(AccountListModel::LastActivity, Qt::DescendingOrder);
    QCOMPARE(m_model->totalCount(), expected);
    fetchAll(*m_model);
    QCOMPARE(m_model->rowCount(), expected);
    QSet<qint64> pks;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const qint64 pk = m_model->index(r, 0).data(AccountListModel::PkRole).toLongLong();
        pks.insert(pk);
        QVERIFY2(accepts(f, m_accounts.at(pk - 1)), qPrintable(m_accounts.at(pk - 1).id));
        if (r > 0) {
            const int cmp = compareKeys(
                m_model->index(r - 1, AccountListModel::LastActivity).data(AccountListModel::RawRole),
                m_model->index(r, AccountListModel::LastActivity).data(AccountListModel::RawRole),
                AccountListModel::LastActivity);
            QVERIFY(cmp >= 0);
        }
    }
    QCOMPARE(pks.size(), expected);
}

void TestAccountListModel::setFilterResetsOnce()
{
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy counts(m_model.get(), &AccountListModel::countsChanged);
    AccountFilter f;
    f.segments = { u"SMB"_s };
    f.archived = AccountFilter::Archived::Include;
    f.searchText = u"acme"_s;
    m_model->setFilter(f);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(counts.size(), 1);
    QVERIFY(m_model->includeArchived());
    QCOMPARE(m_model->filterText(), u"acme"_s);
    QCOMPARE(m_model->unfilteredCount(), int(m_accounts.size()));

    // The conveniences edit the filter and keep the rest of it.
    m_model->setFilterText(u"corp"_s);
    QCOMPARE(m_model->filter().segments, QStringList { u"SMB"_s });
    QCOMPARE(m_model->filter().archived, AccountFilter::Archived::Include);
    m_model->setIncludeArchived(false);
    QCOMPARE(m_model->filter().searchText, u"corp"_s);
    QCOMPARE(m_model->filter().archived, AccountFilter::Archived::Exclude);
    QCOMPARE(m_model->unfilteredCount(), m_activeCount);
    QCOMPARE(resets.size(), 3);
    int expected = 0;
    for (const Account &a : std::as_const(m_accounts))
        expected += accepts(m_model->filter(), a) ? 1 : 0;
    QCOMPARE(m_model->totalCount(), expected);
}

void TestAccountListModel::lastActivityFollowsNotes()
{
    // i == 10: never touched, not archived.
    const Account &a = m_accounts.at(10);
    QVERIFY(a.touches.isEmpty() && !a.archived);
    m_model->setFilterText(a.id);
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex last = m_model->index(0, AccountListModel::LastActivity);
    QVERIFY(!last.data(AccountListModel::RawRole).isValid());
    QVERIFY(last.data().toString().isEmpty());

    const QDateTime at(QDate(2026, 2, 27), QTime(9, 30, 15, 250), Qt::UTC);
    QSqlQuery q(m_db->connection());
    q.prepare(
        u"INSERT INTO notes (id, account_id, body, created_at, updated_at) VALUES ('N-live', ?, 'hi', ?, ?)"_s);
    q.addBindValue(a.id);
    q.addBindValue(at.toString(Qt::ISODateWithMs));
    q.addBindValue(at.toString(Qt::ISODateWithMs));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    m_model->reload();
    QCOMPARE(m_model->index(0, AccountListModel::LastActivity).data(AccountListModel::RawRole).toDateTime(),
             at);
    QCOMPARE(m_model->index(0, AccountListModel::LastActivity).data().toString(),
             QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat));

    QVERIFY(m_db->exec(u"UPDATE notes SET deleted = 1 WHERE id = 'N-live'"_s));
    m_model->reload();
    QVERIFY(!m_model->index(0, AccountListModel::LastActivity).data(AccountListModel::RawRole).isValid());
    QVERIFY(m_db->exec(u"UPDATE notes SET deleted = 0 WHERE id = 'N-live'"_s));
    QVERIFY(m_db->exec(u"DELETE FROM notes WHERE id = 'N-live'"_s));
    m_model->reload();
    QVERIFY(!m_model->index(0, AccountListModel::LastActivity).data(AccountListModel::RawRole).isValid());
}

void TestAccountListModel::columnKeysAreStable()
{
    QSet<QString> keys;
    for (int c = 0; c < AccountListModel::ColumnCount; ++c) {
        const QString key = AccountListModel::columnKey(c);
        QVERIFY(!key.isEmpty());
        keys.insert(key);
        QCOMPARE(AccountListModel::columnFromKey(key), c);
        QCOMPARE(m_model->headerData(c, Qt::Horizontal).toString(), AccountListModel::columnTitle(c));
        QVERIFY(!AccountListModel::columnTitle(c).isEmpty());
    }
    QCOMPARE(keys.size(), int(AccountListModel::ColumnCount));
    // Saved in settings and saved views: these must never change.
    QCOMPARE(AccountListModel::columnKey(AccountListModel::Name), u"name"_s);
    QCOMPARE(AccountListModel::columnKey(AccountListModel::CrmId), u"crmId"_s);
    QCOMPARE(AccountListModel::columnKey(AccountListModel::Arr), u"arr"_s);
    QCOMPARE(AccountListModel::columnKey(AccountListModel::RenewalDate), u"renewalDate"_s);
    QCOMPARE(AccountListModel::columnKey(AccountListModel::LastActivity), u"lastActivity"_s);
    QCOMPARE(AccountListModel::columnFromKey(u"nonsense"_s), -1);
    QCOMPARE(AccountListModel::columnFromKey(QString()), -1);
    QVERIFY(AccountListModel::columnKey(AccountListModel::ColumnCount).isEmpty());
    QVERIFY(AccountListModel::columnKey(-1).isEmpty());
}

void TestAccountListModel::newColumnsDisplay()
{
    m_model->setFilterText(u"001A000000000001"_s); // i == 1
    QCOMPARE(m_model->rowCount(), 1);
    const Account &a = m_accounts.at(1);
    const auto text = [&](int column) {
        return m_model->index(0, column).data().toString();
    };
    QCOMPARE(text(AccountListModel::Team), u"East"_s);
    QCOMPARE(text(AccountListModel::Industry), u"Financial services"_s);
    QCOMPARE(text(AccountListModel::Region), u"EMEA"_s);
    QCOMPARE(text(AccountListModel::Country), u"CN"_s);
    QCOMPARE(text(AccountListModel::Licenses), u"13"_s);
    QCOMPARE(text(AccountListModel::ContractStart),
             QLocale().toString(QDate(2023, 1, 12), QLocale::ShortFormat));
    QCOMPARE(text(AccountListModel::LastActivity),
             QLocale().toString(a.lastActivity.toLocalTime().date(), QLocale::ShortFormat));
    QCOMPARE(m_model->index(0, AccountListModel::Licenses).data(Qt::TextAlignmentRole).toInt()
                 & Qt::AlignRight,
             int(Qt::AlignRight));
    for (int c = 0; c < AccountListModel::ColumnCount; ++c)
        QCOMPARE(m_model->index(0, c).data(AccountListModel::AccountIdRole).toString(), a.id);

    m_model->setFilterText(u"001A000000001000"_s); // none
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setFilterText(u"001A000000000058"_s); // i % 29 == 0: no licences
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(text(AccountListModel::Licenses).isEmpty());
    QVERIFY(!m_model->index(0, AccountListModel::Licenses).data(AccountListModel::RawRole).isValid());
}

// The open playbooks of each account: "2 overdue · 1/4", sorted by overdue steps, then
// progress; accounts without one have no value.
void TestAccountListModel::playbooksColumn()
{
    PlaybookTemplate tmpl;
    tmpl.id = u"list_test"_s;
    tmpl.name = u"List test"_s;
    for (const int days : { 1, 5, 8, 60 }) {
        PlaybookStepTemplate step;
        step.title = u"Day %1"_s.arg(days);
        step.days = days;
        tmpl.steps.append(step);
    }
    QStringList live;
    for (const Account &a : std::as_const(m_accounts)) {
        if (!a.archived && live.size() < 3)
            live << a.id;
    }
    PlaybookStore store(*m_db, u"U1"_s);
    PlaybookStore::StartOptions late;
    late.startDate = QDate::currentDate().addDays(-10); // three steps past their day
    const QString first = store.start(live.at(0), tmpl, late);
    QVERIFY2(!first.isEmpty(), qPrintable(store.lastError()));
    QVERIFY(store.check(first, 1));
    const QString second = store.start(live.at(1), tmpl); // nothing due yet
    QVERIFY2(!second.isEmpty(), qPrintable(store.lastError()));
    QVERIFY(store.check(second, 1));
    QVERIFY(store.check(second, 2));
    const QString third = store.start(live.at(2), tmpl);
    QVERIFY(!third.isEmpty());

    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->reload();
    m_model->sort(AccountListModel::Playbooks, Qt::DescendingOrder);
    QVERIFY2(m_model->lastError().isEmpty(), qPrintable(m_model->lastError()));
    fetchAll(*m_model);
    QCOMPARE(m_model->rowCount(), m_activeCount);
    const auto cell = [&](int row) {
        return m_model->index(row, AccountListModel::Playbooks);
    };
    QCOMPARE(cell(0).data(AccountListModel::AccountIdRole).toString(), live.at(0));
    QCOMPARE(cell(0).data().toString(), u"2 overdue · 1/4"_s);
    QCOMPARE(cell(0).data(AccountListModel::RawRole).toDouble(), 2000.25);
    QVERIFY(cell(0).data(Qt::ForegroundRole).isValid());
    QVERIFY(cell(0).data(Qt::ToolTipRole).toString().contains(u"1 open playbook"_s));
    QCOMPARE(cell(1).data(AccountListModel::AccountIdRole).toString(), live.at(1));
    QCOMPARE(cell(1).data().toString(), u"2/4"_s);
    QVERIFY(!cell(1).data(Qt::ForegroundRole).isValid());
    QCOMPARE(cell(2).data(AccountListModel::AccountIdRole).toString(), live.at(2));
    QCOMPARE(cell(2).data().toString(), u"0/4"_s);
    QVERIFY(cell(3).data().toString().isEmpty());
    QVERIFY(!cell(3).data(AccountListModel::RawRole).isValid());

    // Ascending: the accounts without one first, the overdue one last.
    m_model->sort(AccountListModel::Playbooks, Qt::AscendingOrder);
    fetchAll(*m_model);
    QCOMPARE(cell(m_model->rowCount() - 1).data(AccountListModel::AccountIdRole).toString(), live.at(0));
    QVERIFY(!cell(0).data(AccountListModel::RawRole).isValid());

    // A cancelled playbook leaves the column.
    QVERIFY(store.cancel(first));
    m_model->reload();
    fetchAll(*m_model);
    QCOMPARE(cell(m_model->rowCount() - 1).data(AccountListModel::AccountIdRole).toString(), live.at(1));
    QVERIFY(m_db->exec(u"DELETE FROM playbook_steps"_s));
    QVERIFY(m_db->exec(u"DELETE FROM playbook_instances"_s));
}

QTEST_GUILESS_MAIN(TestAccountListModel)
#include "tst_accountlistmodel.moc"
