// Mapping profiles: the built-in ones parse, a user's copy wins, and a broken profile
// says what is wrong. Salesforce Ids fold 15 characters to 18.
#include "TestSupport.h"
#include "import/MappingProfile.h"
#include "import/SalesforceId.h"

#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestMappingProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void builtinProfilesParse_data();
    void builtinProfilesParse();
    void nativeIsTheIdentity();
    void brokenProfilesAreExplained_data();
    void brokenProfilesAreExplained();
    void userCopyWins();
    void salesforceIds_data();
    void salesforceIds();
};

void TestMappingProfile::builtinProfilesParse_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("entities");
    QTest::newRow("salesforce") << u"salesforce"_s << 8;
    QTest::newRow("hubspot") << u"hubspot"_s << 3;
}

void TestMappingProfile::builtinProfilesParse()
{
    QFETCH(QString, name);
    QFETCH(int, entities);
    QString error;
    const auto profile = MappingProfile::load(name, &error);
    QVERIFY2(profile, qPrintable(error));
    QCOMPARE(profile->name, name);
    QCOMPARE(profile->entities.size(), entities);
    // Every required field of every mapped record type has a rule.
    for (const MappingProfile::EntityMapping &m : profile->entities) {
        for (const FieldSpec &f : entitySpec(m.entity).fields) {
            if (f.required)
                QVERIFY2(m.fields.contains(QString(f.name)),
                         qPrintable(QString(entitySpec(m.entity).name) + u'.' + QString(f.name)));
        }
    }
}

void TestMappingProfile::nativeIsTheIdentity()
{
    const MappingProfile p = MappingProfile::native();
    QCOMPARE(p.entities.size(), int(allEntities.size()));
    const MappingProfile::EntityMapping *accounts = p.mapping(Entity::Accounts);
    QVERIFY(accounts);
    QCOMPARE(accounts->files, QStringList { u"accounts.csv"_s });
    QCOMPARE(accounts->fields.value(u"renewal_date"_s).columns, QStringList { u"renewal_date"_s });
}

void TestMappingProfile::brokenProfilesAreExplained_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("{ name: ") << u"not valid JSON"_s;
    QTest::newRow("unknown record type")
        << QByteArray(R"({"name":"x","entities":{"widgets":{"files":["w.csv"],"fields":{}}}})")
        << u"widgets"_s;
    QTest::newRow("unknown field") << QByteArray(
        R"({"name":"x","entities":{"accounts":{"files":["a.csv"],"fields":{"colour":"C"}}}})")
                                   << u"colour"_s;
    QTest::newRow("no files") << QByteArray(R"({"name":"x","entities":{"accounts":{"fields":{}}}})")
                              << u"files"_s;
    QTest::newRow("bad date order") << QByteArray(R"({"name":"x","date_order":"sideways","entities":{}})")
                                    << u"date_order"_s;
    QTest::newRow("bad zone") << QByteArray(R"({"name":"x","timezone":"Mars/Olympus","entities":{}})")
                              << u"Mars/Olympus"_s;
}

void TestMappingProfile::brokenProfilesAreExplained()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!MappingProfile::fromJson(json, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestMappingProfile::userCopyWins()
{
    const QString path = MappingProfile::userMappingPath(u"hubspot"_s);
    QByteArray json = MappingProfile::builtinJson(u"hubspot"_s);
    json.replace("\"description\": \"", "\"description\": \"EDITED ");
    QVERIFY(TestSupport::writeFile(path, json));
    QString error;
    const auto profile = MappingProfile::load(u"hubspot"_s, &error);
    QFile::remove(path);
    QVERIFY2(profile, qPrintable(error));
    QVERIFY(profile->description.startsWith(u"EDITED"_s));

    QVERIFY(TestSupport::writeFile(path, "{ broken"));
    const auto broken = MappingProfile::load(u"hubspot"_s, &error);
    QFile::remove(path);
    QVERIFY(!broken);
    QVERIFY2(error.contains(path), qPrintable(error)); // says which file to fix
}

void TestMappingProfile::salesforceIds_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("out");
    QTest::newRow("15 to 18") << QByteArray("0015g00000AbCdE") << QByteArray("0015g00000AbCdEAAV");
    QTest::newRow("all lower") << QByteArray("001000000000000") << QByteArray("001000000000000AAA");
    QTest::newRow("all upper") << QByteArray("ABCDEABCDEABCDE") << QByteArray("ABCDEABCDEABCDE555");
    QTest::newRow("18 stays") << QByteArray("0015g00000AbCdEAAV") << QByteArray("0015g00000AbCdEAAV");
    QTest::newRow("not an id") << QByteArray("ACC-000123") << QByteArray("ACC-000123");
    QTest::newRow("16 chars") << QByteArray("0015g00000AbCdEA") << QByteArray("0015g00000AbCdEA");
}

void TestMappingProfile::salesforceIds()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, out);
    QCOMPARE(SalesforceId::to18(in), out);
}

QTEST_GUILESS_MAIN(TestMappingProfile)
#include "tst_mappingprofile.moc"
