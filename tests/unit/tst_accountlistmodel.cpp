#include "itemmodels/AccountListModel.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Owner
{
    QString id;
    QString name; // empty: not in the users table
};

const QList<Owner> owners
    = { { u"U0"_s, u"Alice Martin"_s }, { u"U1"_s, u"Bob Chen"_s }, { u"U2"_s, u"王小明"_s },
        { u"U3"_s, u"Carol Diaz"_s },   { u"U4"_s, u"李娜"_s },     { u"U5"_s, QString() } };

const QStringList nameBases
    = { u"Acme Corp"_s, u"Globex"_s,   u"Initech"_s,    u"Umbrella"_s, u"Stark Industries"_s,
        u"Wayne Ltd"_s, u"华为科技"_s, u"阿里云计算"_s, u"腾讯科技"_s, u"Hooli"_s };

struct Account
{
    QString id;
    QString name;
    int owner = 0;
    QVariant segment;
    QVariant arr;
    QString currency;
    QVariant renewal;
    bool archived = false;
};

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
    if (i % 13 != 0)
        a.arr = double((i * 37) % 1000) * 1000.0;
    a.currency = QStringList { u"USD"_s, u"EUR"_s, u"CNY"_s }.at(i % 3);
    if (i % 17 != 0)
        a.renewal = QDate(2025, 1, 1).addDays((i * 7) % 365).toString(Qt::ISODate);
    a.archived = i % 10 == 9;
    return a;
}

bool insertAccount(QSqlDatabase db, const Account &a)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO accounts (id, name, owner_id, segment, lifecycle_stage, status, arr, currency,"
              " renewal_date, archived) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(a.id);
    q.addBindValue(a.name);
    q.addBindValue(owners.at(a.owner).id);
    q.addBindValue(a.segment);
    q.addBindValue(QStringList { u"Onboarding"_s, u"Adoption"_s, u"Renewal"_s }.at(a.name.size() % 3));
    q.addBindValue(QStringList { u"Active"_s, u"At risk"_s, u"Churned"_s }.at(a.id.back().digitValue() % 3));
    q.addBindValue(a.arr);
    q.addBindValue(a.currency);
    q.addBindValue(a.renewal);
    q.addBindValue(a.archived ? 1 : 0);
    if (!q.exec()) {
        qWarning() << q.lastError().text();
        return false;
    }
    return true;
}

// Same semantics as the model's filter: every word in name, CRM id or owner name.
bool matches(const Account &a, const QString &filter)
{
    const QStringList words = filter.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (!a.name.contains(w, Qt::CaseInsensitive) && !a.id.contains(w, Qt::CaseInsensitive)
            && !owners.at(a.owner).name.contains(w, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

int compareKeys(const QVariant &a, const QVariant &b, int column)
{
    if (column == AccountListModel::Arr) {
        const double x = a.isValid() ? a.toDouble() : -1.0;
        const double y = b.isValid() ? b.toDouble() : -1.0;
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    if (column == AccountListModel::RenewalDate) {
        const QDate x = a.toDate(), y = b.toDate();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    const Qt::CaseSensitivity cs
        = column == AccountListModel::CrmId ? Qt::CaseSensitive : Qt::CaseInsensitive;
    return QString::compare(a.toString(), b.toString(), cs);
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
        q.prepare(u"INSERT INTO users (id, name) VALUES (?, ?)"_s);
        q.addBindValue(o.id);
        q.addBindValue(o.name);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    for (int i = 0; i < 1000; ++i) {
        m_accounts << makeAccount(i);
        QVERIFY(insertAccount(c, m_accounts.constLast()));
        if (!m_accounts.constLast().archived)
            ++m_activeCount;
    }
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
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->sort(column, order);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(m_model->sortColumn(), column);
    QCOMPARE(m_model->sortOrder(), order);
    fetchAll(*m_model);
    QCOMPARE(m_model->rowCount(), m_activeCount);

    QSet<qint64> pks;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        pks.insert(m_model->index(r, 0).data(AccountListModel::PkRole).toLongLong());
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
}

void TestAccountListModel::formatsForDisplay()
{
    QCOMPARE(m_model->headerData(AccountListModel::Name, Qt::Horizontal).toString(), u"Name"_s);
    QCOMPARE(m_model->headerData(AccountListModel::CrmId, Qt::Horizontal).toString(), u"CRM ID"_s);
    QCOMPARE(m_model->headerData(AccountListModel::Arr, Qt::Horizontal, Qt::TextAlignmentRole).toInt()
                 & Qt::AlignRight,
             int(Qt::AlignRight));

    m_model->setFilterText(u"001A000000000001"_s); // exactly i == 1: EUR 37,000, renewal 2025-01-08
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex arr = m_model->index(0, AccountListModel::Arr);
    QCOMPARE(arr.data(AccountListModel::RawRole).toDouble(), 37000.0);
    QCOMPARE(arr.data().toString(), u"€37,000"_s);
    QCOMPARE(arr.data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight, int(Qt::AlignRight));
    QCOMPARE(arr.data(AccountListModel::CurrencyRole).toString(), u"EUR"_s);
    const QModelIndex renewal = m_model->index(0, AccountListModel::RenewalDate);
    QCOMPARE(renewal.data(AccountListModel::RawRole).toDate(), QDate(2025, 1, 8));
    QCOMPARE(renewal.data().toString(), QLocale().toString(QDate(2025, 1, 8), QLocale::ShortFormat));
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

QTEST_GUILESS_MAIN(TestAccountListModel)
#include "tst_accountlistmodel.moc"
