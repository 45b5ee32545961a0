#include "search/GlobalSearch.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Global search (Ctrl+K) and the workspace's scope conditions, on a hand-made cache.
class TestGlobalSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsAccountsByNameIdAndOwner();
    void findsChinese();
    void findsContactsAndTheirAccount();
    void ranksPrefixFirstAndArchivedLast();
    void ranksTheUsersOwnAccountsFirst();
    void escapesLikeWildcards();
    void respectsTheLimit();
    void scopeConditions_data();
    void scopeConditions();
    void workspacePersists();

private:
    void exec(const QString &sql);
    QStringList titles(const QString &text, int limit = 12);

    QTemporaryDir m_dir;
    Database m_db;
};

void TestGlobalSearch::exec(const QString &sql)
{
    QSqlQuery query(m_db.connection());
    QVERIFY2(query.exec(sql), qPrintable(sql));
}

QStringList TestGlobalSearch::titles(const QString &text, int limit)
{
    QStringList out;
    const GlobalSearch search(m_db.connection());
    for (const GlobalSearch::Result &r : search.search(text, limit))
        out << r.title;
    return out;
}

void TestGlobalSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_db.open(m_dir.filePath(u"cache.sqlite"_s), &error), qPrintable(error));
    exec(u"INSERT INTO teams (id, name, manager_id) VALUES ('T1', 'Enterprise', 'M1')"_s);
    exec(u"INSERT INTO users (id, name, role, team, manager_id, active) VALUES"
         " ('M1', 'Maria Manager', 'manager', 'Enterprise', NULL, 1),"
         " ('U1', 'Alice Martin', 'csm', 'Enterprise', 'M1', 1),"
         " ('U2', '王小明', 'csm', 'Enterprise', 'M1', 1),"
         " ('U3', 'Bob Other', 'csm', 'SMB', 'M2', 1),"
         " ('U4', 'Gone User', 'csm', 'SMB', 'M2', 0)"_s);
    exec(u"INSERT INTO accounts (id, name, owner_id, segment, archived) VALUES"
         " ('001A', 'Acme Corp', 'U1', 'enterprise', 0),"
         " ('001B', 'Big Acme Holdings', 'U1', 'enterprise', 0),"
         " ('001C', '华为科技', 'U2', 'enterprise', 0),"
         " ('001D', 'Globex', 'U3', 'smb', 0),"
         " ('001E', 'Acme Archive', 'U3', 'smb', 1),"
         " ('001F', '100% Pure', 'U3', 'smb', 0),"
         " ('001G', '100 Pure', 'U3', 'smb', 0)"_s);
    exec(u"INSERT INTO contacts (id, account_id, first_name, last_name, email, title) VALUES"
         " ('003A', '001D', 'Jane', 'Acmeson', 'jane@globex.example', 'CFO'),"
         " ('003B', '001C', '李', '娜', 'li.na@huawei.example', '采购总监')"_s);
}

void TestGlobalSearch::findsAccountsByNameIdAndOwner()
{
    QCOMPARE(titles(u"globex"_s).first(), u"Globex"_s);
    QCOMPARE(titles(u"001D"_s).first(), u"Globex"_s);
    const QStringList alice = titles(u"alice"_s);
    QCOMPARE(alice, QStringList({ u"Acme Corp"_s, u"Big Acme Holdings"_s }));
    // Every word must match somewhere.
    QCOMPARE(titles(u"acme alice"_s), QStringList({ u"Acme Corp"_s, u"Big Acme Holdings"_s }));
    QVERIFY(titles(u"acme nobody"_s).isEmpty());
}

void TestGlobalSearch::findsChinese()
{
    QCOMPARE(titles(u"华为"_s), QStringList { u"华为科技"_s });
    QCOMPARE(titles(u"王小明"_s), QStringList { u"华为科技"_s });
    const GlobalSearch search(m_db.connection());
    const auto found = search.search(u"采购"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().kind, GlobalSearch::Result::Kind::Contact);
    QCOMPARE(found.first().accountId, u"001C"_s);
    QCOMPARE(found.first().title, u"李 娜"_s);
}

void TestGlobalSearch::findsContactsAndTheirAccount()
{
    const GlobalSearch search(m_db.connection());
    const auto found = search.search(u"jane"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().kind, GlobalSearch::Result::Kind::Contact);
    QCOMPARE(found.first().accountId, u"001D"_s);
    QCOMPARE(found.first().subtitle, u"CFO · Globex"_s);
    // "acme" finds accounts first, then the contact whose name contains it.
    const auto mixed = search.search(u"acme"_s);
    QVERIFY(mixed.size() >= 4);
    QCOMPARE(mixed.last().kind, GlobalSearch::Result::Kind::Contact);
}

void TestGlobalSearch::ranksPrefixFirstAndArchivedLast()
{
    const QStringList found = titles(u"acme"_s);
    QCOMPARE(found.mid(0, 3), QStringList({ u"Acme Corp"_s, u"Big Acme Holdings"_s, u"Acme Archive"_s }));
}

void TestGlobalSearch::ranksTheUsersOwnAccountsFirst()
{
    const GlobalSearch search(m_db.connection());
    QStringList found;
    for (const GlobalSearch::Result &r : search.search(u"o"_s, 12, u"U3"_s)) {
        if (r.kind == GlobalSearch::Result::Kind::Account)
            found << r.accountId;
    }
    found = found.mid(0, 3);
    // Bob's three live accounts (all match through his name), shortest name first.
    QCOMPARE(found, (QStringList { u"001D"_s, u"001G"_s, u"001F"_s }));
    // Segment codes read as labels.
    QCOMPARE(search.search(u"globex"_s).first().subtitle, u"Bob Other · SMB"_s);
}

void TestGlobalSearch::escapesLikeWildcards()
{
    QCOMPARE(titles(u"100%"_s), QStringList { u"100% Pure"_s });
    QCOMPARE(titles(u"0_"_s), QStringList {});
}

void TestGlobalSearch::respectsTheLimit()
{
    const GlobalSearch search(m_db.connection());
    const auto found = search.search(u"e"_s, 3);
    QCOMPARE(found.size(), 3);
    QVERIFY(search.search(u"   "_s).isEmpty());
}

void TestGlobalSearch::scopeConditions_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("accounts");
    QTest::newRow("my book") << int(Workspace::Scope::MyBook) << u"U1"_s
                             << QStringList { u"001A"_s, u"001B"_s };
    QTest::newRow("my team (csm)") << int(Workspace::Scope::MyTeam) << u"U1"_s
                                   << QStringList { u"001A"_s, u"001B"_s, u"001C"_s };
    QTest::newRow("my team (manager)")
        << int(Workspace::Scope::MyTeam) << u"M1"_s << QStringList { u"001A"_s, u"001B"_s, u"001C"_s };
    QTest::newRow("all") << int(Workspace::Scope::All) << u"U1"_s
                         << QStringList { u"001A"_s, u"001B"_s, u"001C"_s, u"001D"_s, u"001F"_s, u"001G"_s };
    QTest::newRow("no user means all")
        << int(Workspace::Scope::MyBook) << QString()
        << QStringList { u"001A"_s, u"001B"_s, u"001C"_s, u"001D"_s, u"001F"_s, u"001G"_s };
}

void TestGlobalSearch::scopeConditions()
{
    QFETCH(int, scope);
    QFETCH(QString, user);
    QFETCH(QStringList, accounts);
    QVariantList binds;
    const QString condition
        = Workspace::ownerCondition(static_cast<Workspace::Scope>(scope), user, u"a.owner_id"_s, &binds);
    QSqlQuery query(m_db.connection());
    QVERIFY(query.prepare(u"SELECT a.id FROM accounts a WHERE a.archived = 0"_s
                          + (condition.isEmpty() ? QString() : u" AND "_s + condition)
                          + u" ORDER BY a.id"_s));
    for (const QVariant &bind : std::as_const(binds))
        query.addBindValue(bind);
    QVERIFY(query.exec());
    QStringList found;
    while (query.next())
        found << query.value(0).toString();
    QCOMPARE(found, accounts);
}

void TestGlobalSearch::workspacePersists()
{
    const QList<Workspace::User> users = Workspace::users(m_db.connection());
    QCOMPARE(users.size(), 4); // the inactive user is not offered
    QCOMPARE(users.first().name, u"Alice Martin"_s);

    QSettings settings(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    Workspace first;
    QSignalSpy scopeSpy(&first, &Workspace::scopeChanged);
    first.setUser(u"U2"_s, u"王小明"_s);
    first.setScope(Workspace::Scope::MyTeam);
    QCOMPARE(scopeSpy.size(), 1);
    QCOMPARE(first.author(), u"U2"_s);
    first.save(settings);

    Workspace second;
    second.load(settings);
    QCOMPARE(second.userId(), u"U2"_s);
    QCOMPARE(second.userName(), u"王小明"_s);
    QCOMPARE(second.scope(), Workspace::Scope::MyTeam);

    Workspace nobody;
    QVERIFY(!nobody.author().isEmpty());
    QCOMPARE(nobody.scope(), Workspace::Scope::All);
}

QTEST_GUILESS_MAIN(TestGlobalSearch)
#include "tst_globalsearch.moc"
