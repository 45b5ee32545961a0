// The import of central exports into the cache: golden files for each profile, and the
// all-or-nothing, incremental and archiving semantics.
#include "CacheSnapshot.h"
#include "TestSupport.h"
#include "accounts/LastActivity.h"
#include "health/HealthRefresh.h"
#include "import/BundleManifest.h"
#include "import/Importer.h"
#include "import/MappingProfile.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void detectsProfiles_data();
    void detectsProfiles();
    void goldenImport_data();
    void goldenImport();
    void reimportOfTheSameExportChangesNothing();
    void changedRowsAreUpdatedAndMissingOnesArchived();
    void reportNamesTheAccountsTheRulesRead();
    void firstImportKeepsTheLogBesideAnotherConnection();
    void reimportEndsWhereAFreshImportWould();
    void aChangedRecordRewritesOnlyItsChangedColumns();
    void fingerprintsLiveInFilesBesideTheCache();
    void lastActivityFollowsTheActivitiesAnImportTouched();
    void bundleFileThatIsNotUtf8RefusesTheImport();
    void incrementalImportArchivesNothing();
    void aDamagedFileArchivesNothing();
    void checksumMismatchRefusesTheWholeImport();
    void fileListedButMissingRefusesTheImport();
    void rowCountMismatchRefusesTheImport();
    void zipEntriesEscapingTheFolderAreRefused();
    void cancelRollsBack();
    void unknownSourceIsExplained();
    void userMappingProfileIsUsed();
    void scorecardFromTheExportReplacesTheBuiltIn();
    void brokenScorecardRefusesTheImport();

private:
    ImportReport import(const QString &source, const QString &profile = u"auto"_s, bool incremental = false);
    QString copyNativeFixture();
    static void rewriteManifest(const QString &folder);
    static qint64 count(Database &db, const QString &sql);
    QStringList fingerprintFiles() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestImporter::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"cache.sqlite"_s), &error), qPrintable(error));
}

void TestImporter::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

ImportReport TestImporter::import(const QString &source, const QString &profile, bool incremental)
{
    Importer importer(*m_db);
    ImportOptions options;
    options.source = source;
    options.profile = profile;
    options.incremental = incremental;
    return importer.run(options);
}

QString TestImporter::copyNativeFixture()
{
    const QString target = m_dir->filePath(u"export"_s);
    QDir().mkpath(target);
    const QDir source(TestSupport::dataPath(u"import/native-basic/source"_s));
    for (const QString &name : source.entryList(QDir::Files)) {
        QFile::remove(target + u'/' + name);
        if (!QFile::copy(source.filePath(name), target + u'/' + name))
            return {};
        QFile::setPermissions(target + u'/' + name, QFile::ReadOwner | QFile::WriteOwner);
    }
    return target;
}

// What a correct exporter writes after changing the CSVs.
void TestImporter::rewriteManifest(const QString &folder)
{
    BundleManifest manifest;
    QString error;
    QVERIFY(BundleManifest::parse(TestSupport::readFile(folder + u"/manifest.json"_s), &manifest, &error));
    for (BundleManifest::File &f : manifest.files) {
        const QString path = folder + u'/' + f.name;
        f.sha256 = BundleManifest::sha256OfFile(path);
        const QByteArray data = TestSupport::readFile(path);
        // The fixtures have one quoted newline per multi-line record; count records the simple way.
        qint64 records = 0;
        bool inQuotes = false;
        for (char c : data) {
            if (c == '"')
                inQuotes = !inQuotes;
            else if (c == '\n' && !inQuotes)
                ++records;
        }
        f.rows = records - 1;
    }
    QVERIFY(TestSupport::writeFile(folder + u"/manifest.json"_s, manifest.toJson()));
}

qint64 TestImporter::count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QStringList TestImporter::fingerprintFiles() const
{
    QStringList files = QDir(m_dir->filePath(u"cache.sqlite-fingerprints"_s)).entryList(QDir::Files);
    files.sort();
    return files;
}

void TestImporter::detectsProfiles_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("profile");
    QTest::newRow("native") << u"import/native-basic/source"_s << u"native"_s;
    QTest::newRow("salesforce") << u"import/salesforce-basic/source"_s << u"salesforce"_s;
    QTest::newRow("hubspot") << u"import/hubspot-basic/source"_s << u"hubspot"_s;
    QTest::newRow("nothing") << u"import"_s << QString();
}

void TestImporter::detectsProfiles()
{
    QFETCH(QString, folder);
    QFETCH(QString, profile);
    QCOMPARE(Importer::detectProfile(TestSupport::dataPath(folder)), profile);
}

void TestImporter::goldenImport_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("golden");
    QTest::newRow("native bundle") << u"import/native-basic/source"_s
                                   << u"import/native-basic/expected.json"_s;
    QTest::newRow("native bundle as zip")
        << u"import/native-basic.zip"_s << u"import/native-basic/expected.json"_s;
    QTest::newRow("salesforce data export")
        << u"import/salesforce-basic/source"_s << u"import/salesforce-basic/expected.json"_s;
    QTest::newRow("hubspot exports") << u"import/hubspot-basic/source"_s
                                     << u"import/hubspot-basic/expected.json"_s;
}

void TestImporter::goldenImport()
{
    QFETCH(QString, source);
    QFETCH(QString, golden);
    const ImportReport report = import(TestSupport::dataPath(source));
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(report.logId > 0);
    const QJsonObject actual { { "report"_L1, TestSupport::stableReport(report) },
                               { "cache"_L1, TestSupport::cacheSnapshot(*m_db) } };
    const QString difference = TestSupport::compareWithGolden(actual, TestSupport::dataPath(golden));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestImporter::reimportOfTheSameExportChangesNothing()
{
    const QString source = copyNativeFixture();
    const ImportReport first = import(source);
    QVERIFY2(first.ok(), qPrintable(first.error));
    const QJsonObject before = TestSupport::cacheSnapshot(*m_db);
    QSqlQuery stamp(m_db->connection());
    QVERIFY(stamp.exec(u"UPDATE accounts SET updated_at = 'untouched'"_s));

    // The same files: skipped whole.
    const ImportReport second = import(source);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QCOMPARE(second.totals().added, 0);
    QCOMPARE(second.totals().changed, 0);
    QCOMPARE(second.totals().archived, 0);
    QCOMPARE(second.totals().unchanged, first.totals().added);

    // The same records in a re-written file (another line ending): nothing rewritten.
    QByteArray accounts = TestSupport::readFile(source + u"/accounts.csv"_s);
    accounts.replace("\n", "\r\n");
    QVERIFY(TestSupport::writeFile(source + u"/accounts.csv"_s, accounts));
    rewriteManifest(source);
    const ImportReport third = import(source);
    QVERIFY2(third.ok(), qPrintable(third.error));
    QCOMPARE(third.tables.value(u"accounts"_s).changed, 0);
    QCOMPARE(third.tables.value(u"accounts"_s).unchanged, 4);
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM accounts WHERE updated_at = 'untouched'"_s), 4);
    QCOMPARE(TestSupport::cacheSnapshot(*m_db), before);
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM import_log WHERE status = 'applied'"_s), 3);
}

// A first import switches to a rollback journal only when its connection is the cache's
// only one; beside another (the GUI's), it stays in WAL at once, without waiting for the
// other to go, and the other keeps reading.
void TestImporter::firstImportKeepsTheLogBesideAnotherConnection()
{
    Database other;
    QString error;
    QVERIFY2(other.open(m_dir->filePath(u"cache.sqlite"_s), &error), qPrintable(error));
    QSqlQuery read(other.connection());
    QVERIFY(read.exec(u"SELECT COUNT(*) FROM accounts"_s) && read.next());
    read.finish();
    QElapsedTimer clock;
    clock.start();
    const ImportReport report = import(copyNativeFixture());
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY2(clock.elapsed() < Database::busyTimeoutMs, "the import waited for the other connection");
    QVERIFY(read.exec(u"PRAGMA journal_mode"_s) && read.next());
    QCOMPARE(read.value(0).toString(), u"wal"_s);
    QVERIFY(read.exec(u"SELECT COUNT(*) FROM accounts"_s) && read.next());
    QCOMPARE(read.value(0).toInt(), 4);

    // Alone, the first import of another cache ends back in WAL mode, without a journal left.
    Database alone;
    const QString path = m_dir->filePath(u"alone.sqlite"_s);
    QVERIFY2(alone.open(path, &error), qPrintable(error));
    ImportOptions options;
    options.source = copyNativeFixture();
    QVERIFY(Importer(alone).run(options).ok());
    QSqlQuery q(alone.connection());
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_s);
    QVERIFY(!QFile::exists(path + u"-journal"_s));
}

// The accounts whose rows the playbook rules read, for evaluating them on those alone.
void TestImporter::reportNamesTheAccountsTheRulesRead()
{
    const QString source = copyNativeFixture();
    const ImportReport first = import(source);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QVERIFY(first.ruleAccounts);
    QStringList all = *first.ruleAccounts;
    all.sort();
    QCOMPARE(all, (QStringList { u"ACC-1"_s, u"ACC-2"_s, u"ACC-3"_s, u"ACC-4"_s }));

    // CON-2 moves from ACC-1 to ACC-3 (both touched); NPS-2 on ACC-2 changes; a usage
    // value changes (the rules do not read usage).
    QByteArray contacts = TestSupport::readFile(source + u"/contacts.csv"_s);
    contacts.replace("CON-2,ACC-1,", "CON-2,ACC-3,");
    QVERIFY(TestSupport::writeFile(source + u"/contacts.csv"_s, contacts));
    QByteArray nps = TestSupport::readFile(source + u"/nps.csv"_s);
    nps.replace("NPS-2,ACC-2,CON-3,6,", "NPS-2,ACC-2,CON-3,5,");
    QVERIFY(TestSupport::writeFile(source + u"/nps.csv"_s, nps));
    QByteArray usage = TestSupport::readFile(source + u"/usage.csv"_s);
    usage.replace("ACC-1,2026-11-02,active_users,412", "ACC-1,2026-11-02,active_users,413");
    QVERIFY(TestSupport::writeFile(source + u"/usage.csv"_s, usage));
    rewriteManifest(source);
    const ImportReport second = import(source);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QCOMPARE(second.tables.value(u"usage"_s).changed, 1);
    QVERIFY(second.ruleAccounts);
    QStringList touched = *second.ruleAccounts;
    touched.sort();
    QCOMPARE(touched, (QStringList { u"ACC-1"_s, u"ACC-2"_s, u"ACC-3"_s }));

    // Only usage changes: no account for the rules.
    usage.replace("ACC-1,2026-11-02,active_users,413", "ACC-1,2026-11-02,active_users,414");
    QVERIFY(TestSupport::writeFile(source + u"/usage.csv"_s, usage));
    rewriteManifest(source);
    const ImportReport third = import(source);
    QVERIFY2(third.ok(), qPrintable(third.error));
    QCOMPARE(third.ruleAccounts, std::optional<QStringList>(QStringList()));

    // An archived contact: which account it left is not kept, so no scope.
    const qsizetype start = contacts.indexOf("CON-3,");
    contacts.remove(start, contacts.indexOf('\n', start) - start + 1);
    QVERIFY(TestSupport::writeFile(source + u"/contacts.csv"_s, contacts));
    rewriteManifest(source);
    const ImportReport fourth = import(source);
    QVERIFY2(fourth.ok(), qPrintable(fourth.error));
    QCOMPARE(fourth.tables.value(u"contacts"_s).archived, 1);
    QVERIFY(!fourth.ruleAccounts);
}

void TestImporter::changedRowsAreUpdatedAndMissingOnesArchived()
{
    const QString source = copyNativeFixture();
    QVERIFY(import(source).ok());
    const QByteArray original = TestSupport::readFile(source + u"/accounts.csv"_s);
    QByteArray changed = original;
    changed.replace(
        "Northwind Logistics,U-CSM-1,enterprise,Logistics,NA,United States,adoption,active,250000",
        "Northwind Logistics,U-CSM-2,enterprise,Logistics,NA,United States,adoption,active,275000");
    const qsizetype start = changed.indexOf("ACC-3,");
    changed.remove(start, changed.indexOf('\n', start) - start + 1);
    QVERIFY(TestSupport::writeFile(source + u"/accounts.csv"_s, changed));
    rewriteManifest(source);

    const ImportReport report = import(source);
    QVERIFY2(report.ok(), qPrintable(report.error));
    const ImportCounts accounts = report.tables.value(u"accounts"_s);
    QCOMPARE(accounts.changed, 1);
    QCOMPARE(accounts.archived, 1);
    QCOMPARE(accounts.unchanged, 2);
    QCOMPARE(count(*m_db, u"SELECT arr FROM accounts WHERE id = 'ACC-1'"_s), 275000);
    QCOMPARE(count(*m_db, u"SELECT archived FROM accounts WHERE id = 'ACC-3'"_s), 1);
    // Archived, never deleted: its contacts still point at it.
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM contacts WHERE account_id = 'ACC-3'"_s), 1);

    // Back in the export: back in the book.
    QVERIFY(TestSupport::writeFile(source + u"/accounts.csv"_s, original));
    rewriteManifest(source);
    const ImportReport restored = import(source);
    QVERIFY2(restored.ok(), qPrintable(restored.error));
    QCOMPARE(restored.tables.value(u"accounts"_s).changed, 2);
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM accounts WHERE archived = 1"_s), 0);
}

// Whatever the re-import skips or updates column by column, the cache ends as a fresh
// import of the new export would leave it.
void TestImporter::reimportEndsWhereAFreshImportWould()
{
    const QString source = copyNativeFixture();
    QVERIFY(import(source).ok());
    QByteArray accounts = TestSupport::readFile(source + u"/accounts.csv"_s);
    // A value to empty, an empty one to a value, a number and an owner.
    accounts.replace("northwind.example,", ",ACC-2");
    accounts.replace("Manufacturing,Greater China,China,renewal,active,88000",
                     "Manufacturing,,China,renewal,active,91000.5");
    accounts.replace("U-CSM-2,smb,Software", "U-CSM-1,smb,Software");
    QVERIFY(TestSupport::writeFile(source + u"/accounts.csv"_s, accounts));
    QByteArray contacts = TestSupport::readFile(source + u"/contacts.csv"_s);
    contacts.replace("raj@northwind.example,CFO,", "raj.patel@northwind.example,CFO,+1 555 0199");
    QVERIFY(TestSupport::writeFile(source + u"/contacts.csv"_s, contacts));
    rewriteManifest(source);

    const ImportReport report = import(source);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.tables.value(u"accounts"_s).changed, 3);
    QCOMPARE(report.tables.value(u"contacts"_s).changed, 1);

    QTemporaryDir freshDir;
    Database fresh;
    QString error;
    QVERIFY2(fresh.open(freshDir.filePath(u"fresh.sqlite"_s), &error), qPrintable(error));
    {
        Importer importer(fresh);
        ImportOptions options;
        options.source = source;
        QVERIFY(importer.run(options).ok());
    }
    const QJsonObject updated = TestSupport::cacheSnapshot(*m_db);
    const QJsonObject expected = TestSupport::cacheSnapshot(fresh);
    for (auto it = expected.begin(); it != expected.end(); ++it)
        QVERIFY2(updated.value(it.key()) == it.value(), qPrintable(u"table %1 differs"_s.arg(it.key())));
    QCOMPARE(count(*m_db, u"SELECT arr * 10 FROM accounts WHERE id = 'ACC-2'"_s), 910005);
    QCOMPARE(count(*m_db, u"SELECT region IS NULL FROM accounts WHERE id = 'ACC-2'"_s), 1);
}

// An index is rewritten for every column an UPDATE names: a changed ARR must not touch
// the owner, segment or sort indexes of the row.
void TestImporter::aChangedRecordRewritesOnlyItsChangedColumns()
{
    const QString source = copyNativeFixture();
    QVERIFY(import(source).ok());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"CREATE TEMP TABLE touched (column TEXT)"_s));
    QVERIFY(q.exec(u"CREATE TEMP TRIGGER owner_touched AFTER UPDATE OF owner_id, segment, name ON accounts "
                   "BEGIN INSERT INTO touched VALUES ('other'); END"_s));
    QVERIFY(q.exec(u"CREATE TEMP TRIGGER arr_touched AFTER UPDATE OF arr ON accounts "
                   "BEGIN INSERT INTO touched VALUES ('arr'); END"_s));
    QByteArray accounts = TestSupport::readFile(source + u"/accounts.csv"_s);
    accounts.replace("adoption,active,250000", "adoption,active,260000");
    QVERIFY(TestSupport::writeFile(source + u"/accounts.csv"_s, accounts));
    rewriteManifest(source);

    const ImportReport report = import(source);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.tables.value(u"accounts"_s).changed, 1);
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM touched WHERE column = 'arr'"_s), 1);
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM touched WHERE column = 'other'"_s), 0);
    QCOMPARE(count(*m_db, u"SELECT arr FROM accounts WHERE id = 'ACC-1'"_s), 260000);
}

// A bundle is UTF-8 by definition and is read without a first pass: a file that is not
// is caught as it is read, and the whole import is refused naming the file and line.
// The fingerprints go to files beside the cache, named by small references in
// import_state. A file that is missing, damaged or left over only costs the shortcut:
// the import then compares the records themselves, with the same result.
void TestImporter::fingerprintsLiveInFilesBesideTheCache()
{
    const QString source = copyNativeFixture();
    QVERIFY(import(source).ok());
    const QString folder = m_dir->filePath(u"cache.sqlite-fingerprints"_s);
    const QStringList first = fingerprintFiles();
    QCOMPARE(first.size(), count(*m_db, u"SELECT COUNT(*) FROM import_state"_s));
    QVERIFY(first.size() >= 8);
    QCOMPARE(count(*m_db, u"SELECT MAX(length(fingerprints)) < 200 FROM import_state"_s), 1);
    constexpr QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    for (const QString &name : first) {
        const QFile::Permissions permissions = QFile::permissions(folder + u'/' + name);
        QVERIFY(permissions.testFlags(QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(!(permissions & others));
    }

    QByteArray accounts = TestSupport::readFile(source + u"/accounts.csv"_s);
    const auto changeArr = [&](const QByteArray &from, const QByteArray &to) {
        accounts.replace(from, to);
        QVERIFY(TestSupport::writeFile(source + u"/accounts.csv"_s, accounts));
        rewriteManifest(source);
    };
    const auto reimportChangesOneAccount = [&] {
        const ImportReport report = import(source);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.tables.value(u"accounts"_s).changed, 1);
        QCOMPARE(report.tables.value(u"accounts"_s).unchanged, 3);
        QCOMPARE(report.tables.value(u"accounts"_s).added, 0);
    };

    // A re-import replaces the accounts' file only, and removes the one it replaced.
    changeArr("250000", "250001");
    reimportChangesOneAccount();
    const QStringList second = fingerprintFiles();
    QCOMPARE(second.size(), first.size());
    const auto accountsFile = [](const QStringList &files) {
        return files.filter(QRegularExpression(u"^accounts-"_s)).value(0);
    };
    QVERIFY(!accountsFile(second).isEmpty());
    QVERIFY(accountsFile(second) != accountsFile(first));
    QCOMPARE(count(*m_db, u"SELECT arr FROM accounts WHERE id = 'ACC-1'"_s), 250001);

    // A damaged file is noticed (its digest) and ignored.
    {
        QFile damaged(folder + u'/' + accountsFile(second));
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        damaged.seek(damaged.size() - 3);
        damaged.write("\xff\xfe\xfd", 3);
    }
    changeArr("250001", "250002");
    reimportChangesOneAccount();
    QCOMPARE(count(*m_db, u"SELECT arr FROM accounts WHERE id = 'ACC-1'"_s), 250002);

    // All of them gone: the same again. A stray file is removed by the next import.
    QVERIFY(QDir(folder).removeRecursively());
    changeArr("250002", "250003");
    reimportChangesOneAccount();
    QVERIFY(TestSupport::writeFile(folder + u"/accounts-00000000deadbeef.pwfp"_s, "stale"));
    changeArr("250003", "250004");
    reimportChangesOneAccount();
    QVERIFY(!QFile::exists(folder + u"/accounts-00000000deadbeef.pwfp"_s));
    // Files skipped whole (unchanged) keep their reference to the deleted list until
    // they change; the accounts have a list again.
    QCOMPARE(fingerprintFiles().filter(QRegularExpression(u"^accounts-"_s)).size(), 1);

    // An import that is refused leaves the files as they were.
    const QStringList before = fingerprintFiles();
    accounts.replace("250004", "250005");
    QVERIFY(TestSupport::writeFile(source + u"/accounts.csv"_s, accounts)); // manifest not rewritten
    QCOMPARE(import(source).status, ImportReport::Status::Failed);
    QCOMPARE(fingerprintFiles(), before);
    QCOMPARE(count(*m_db, u"SELECT arr FROM accounts WHERE id = 'ACC-1'"_s), 250004);
}

// A re-import recomputes last_activity_at for the accounts whose activities it added,
// changed, moved or archived, and ends where a recompute of every account would.
void TestImporter::lastActivityFollowsTheActivitiesAnImportTouched()
{
    const QString source = copyNativeFixture();
    QVERIFY(import(source).ok());
    const auto lastActivity = [this](const char *account) {
        QSqlQuery q(m_db->connection());
        q.prepare(u"SELECT last_activity_at FROM accounts WHERE id = ?"_s);
        q.addBindValue(QString::fromLatin1(account));
        return q.exec() && q.next() ? q.value(0).toString() : u"?"_s;
    };
    QCOMPARE(lastActivity("ACC-1"), u"2026-11-10T15:00:00Z"_s);
    QCOMPARE(lastActivity("ACC-3"), u"2026-09-02T08:00:00Z"_s);
    QCOMPARE(lastActivity("ACC-2"), QString());

    QByteArray activities = TestSupport::readFile(source + u"/activities.csv"_s);
    // ACT-1 moves from ACC-1 to ACC-2 and a day later; ACT-2 leaves the export; a new one for ACC-4.
    activities.replace("ACT-1,ACC-1,CON-1,", "ACT-1,ACC-2,,");
    activities.replace("2026-11-10T15:00:00Z", "2026-11-11T15:00:00Z");
    const qsizetype act2 = activities.indexOf("ACT-2,");
    activities.remove(act2, activities.indexOf('\n', act2) - act2 + 1);
    activities.append("ACT-9,ACC-4,,call,Renewal prep,,2026-11-12T09:30:00Z,U-CSM-2,completed\n");
    QVERIFY(TestSupport::writeFile(source + u"/activities.csv"_s, activities));
    rewriteManifest(source);
    const ImportReport report = import(source);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.tables.value(u"activities"_s).changed, 1);
    QCOMPARE(report.tables.value(u"activities"_s).archived, 1);
    QCOMPARE(report.tables.value(u"activities"_s).added, 1);

    QCOMPARE(lastActivity("ACC-1"), QString());
    QCOMPARE(lastActivity("ACC-2"), u"2026-11-11T15:00:00Z"_s);
    QCOMPARE(lastActivity("ACC-3"), QString());
    QCOMPARE(lastActivity("ACC-4"), u"2026-11-12T09:30:00Z"_s);
    QCOMPARE(count(*m_db,
                   u"SELECT COUNT(*) FROM accounts WHERE last_activity_at IS NOT "_s
                       + LastActivity::expression(u"accounts.id"_s)),
             0);
}

void TestImporter::bundleFileThatIsNotUtf8RefusesTheImport()
{
    const QString source = copyNativeFixture();
    QByteArray accounts = TestSupport::readFile(source + u"/accounts.csv"_s);
    accounts.replace("Bluepeak Analytics",
                     "Bl\xfc"
                     "epeak Analytics");
    QVERIFY(TestSupport::writeFile(source + u"/accounts.csv"_s, accounts));
    rewriteManifest(source);

    const ImportReport report = import(source);
    QVERIFY(!report.ok());
    QVERIFY2(report.error.contains(u"accounts.csv"_s), qPrintable(report.error));
    QVERIFY2(report.error.contains(u"line 4"_s), qPrintable(report.error));
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM accounts"_s), 0);
}

void TestImporter::incrementalImportArchivesNothing()
{
    const QString source = copyNativeFixture();
    QVERIFY(import(source).ok());
    QByteArray accounts = TestSupport::readFile(source + u"/accounts.csv"_s);
    const qsizetype start = accounts.indexOf("ACC-3,");
    accounts.remove(start, accounts.indexOf('\n', start) - start + 1);
    QVERIFY(TestSupport::writeFile(source + u"/accounts.csv"_s, accounts));
    rewriteManifest(source);
    const ImportReport report = import(source, u"native"_s, true);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.totals().archived, 0);
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM accounts WHERE archived = 0"_s), 4);
    // The next full import still sees that ACC-3 is gone.
    const ImportReport full = import(source);
    QVERIFY2(full.ok(), qPrintable(full.error));
    QCOMPARE(full.tables.value(u"accounts"_s).archived, 1);
}

void TestImporter::aDamagedFileArchivesNothing()
{
    const QString source = copyNativeFixture();
    QVERIFY(import(source).ok());
    // An open quote on the second line swallows the rest of the file into one field.
    QByteArray contacts = TestSupport::readFile(source + u"/contacts.csv"_s);
    contacts.replace("CON-1,ACC-1,Ava", "CON-1,ACC-1,\"Ava");
    QVERIFY(TestSupport::writeFile(source + u"/contacts.csv"_s, contacts));
    rewriteManifest(source);
    QByteArray manifest = TestSupport::readFile(source + u"/manifest.json"_s);
    // The exporter counted the lines it meant to write.
    const qsizetype at = manifest.indexOf("\"rows\": ", manifest.indexOf("contacts.csv"));
    manifest.replace(at, 9, "\"rows\": 1");
    QVERIFY(TestSupport::writeFile(source + u"/manifest.json"_s, manifest));

    const ImportReport report = import(source);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.tables.value(u"contacts"_s).rejected, 1);
    QCOMPARE(report.tables.value(u"contacts"_s).archived, 0);
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM contacts WHERE archived = 0"_s), 4);
    QVERIFY(report.warnings.join(u'\n').contains(u"contacts.csv is damaged"_s));
}

void TestImporter::checksumMismatchRefusesTheWholeImport()
{
    const QString source = copyNativeFixture();
    QVERIFY(import(source).ok());
    const QJsonObject before = TestSupport::cacheSnapshot(*m_db);
    // A half-copied file: the last rows are missing, the manifest is the complete one.
    QByteArray usage = TestSupport::readFile(source + u"/usage.csv"_s);
    usage.chop(usage.size() - usage.indexOf("ACC-2"));
    QByteArray accounts = TestSupport::readFile(source + u"/accounts.csv"_s);
    accounts.replace("250000", "1");
    QVERIFY(TestSupport::writeFile(source + u"/usage.csv"_s, usage));
    QVERIFY(TestSupport::writeFile(source + u"/accounts.csv"_s, accounts));

    const ImportReport report = import(source);
    QCOMPARE(report.status, ImportReport::Status::Failed);
    QVERIFY2(report.error.contains(u"usage.csv"_s) || report.error.contains(u"accounts.csv"_s),
             qPrintable(report.error));
    QVERIFY2(report.error.contains(u"manifest.json"_s), qPrintable(report.error));
    QCOMPARE(TestSupport::cacheSnapshot(*m_db), before);
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM import_log WHERE status = 'failed'"_s), 1);
}

void TestImporter::fileListedButMissingRefusesTheImport()
{
    const QString source = copyNativeFixture();
    QVERIFY(QFile::remove(source + u"/nps.csv"_s));
    const ImportReport report = import(source);
    QCOMPARE(report.status, ImportReport::Status::Failed);
    QVERIFY2(report.error.contains(u"nps.csv"_s), qPrintable(report.error));
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM accounts"_s), 0);
}

void TestImporter::rowCountMismatchRefusesTheImport()
{
    const QString source = copyNativeFixture();
    QByteArray manifest = TestSupport::readFile(source + u"/manifest.json"_s);
    const qsizetype at = manifest.indexOf("\"rows\": 8");
    QVERIFY(at > 0);
    manifest.replace(at, 9, "\"rows\": 9");
    QVERIFY(TestSupport::writeFile(source + u"/manifest.json"_s, manifest));
    const ImportReport report = import(source);
    QCOMPARE(report.status, ImportReport::Status::Failed);
    QVERIFY2(report.error.contains(u"usage.csv has 8 rows but manifest.json says 9"_s),
             qPrintable(report.error));
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM accounts"_s), 0);
}

void TestImporter::zipEntriesEscapingTheFolderAreRefused()
{
    const ImportReport report = import(TestSupport::dataPath(u"import/zip-slip.zip"_s));
    QCOMPARE(report.status, ImportReport::Status::Failed);
    QVERIFY2(report.error.contains(u"outside"_s), qPrintable(report.error));
    QVERIFY(!QFile::exists(QDir::tempPath() + u"/evil.csv"_s));
}

void TestImporter::cancelRollsBack()
{
    Importer importer(*m_db);
    std::atomic_bool cancel { true };
    importer.setCancelFlag(&cancel);
    ImportOptions options;
    options.source = TestSupport::dataPath(u"import/native-basic/source"_s);
    const ImportReport report = importer.run(options);
    QCOMPARE(report.status, ImportReport::Status::Cancelled);
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM users"_s), 0);
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM import_log WHERE status = 'cancelled'"_s), 1);
}

void TestImporter::unknownSourceIsExplained()
{
    ImportReport report = import(m_dir->filePath(u"nowhere"_s));
    QCOMPARE(report.status, ImportReport::Status::Failed);
    QVERIFY2(report.error.contains(u"does not exist"_s), qPrintable(report.error));

    QVERIFY(QDir().mkpath(m_dir->filePath(u"empty"_s)));
    report = import(m_dir->filePath(u"empty"_s));
    QCOMPARE(report.status, ImportReport::Status::Failed);
    QVERIFY2(report.error.contains(u"Cannot tell"_s), qPrintable(report.error));

    report = import(TestSupport::dataPath(u"import/native-basic/source"_s), u"dynamics"_s);
    QCOMPARE(report.status, ImportReport::Status::Failed);
    QVERIFY2(report.error.contains(u"dynamics"_s), qPrintable(report.error));
}

void TestImporter::userMappingProfileIsUsed()
{
    // A CS Ops admin whose org keeps ARR in Contract_Value__c edits their copy of the profile.
    QByteArray json = MappingProfile::builtinJson(u"salesforce"_s);
    QVERIFY(!json.isEmpty());
    json.replace("\"arr\": [\"ARR__c\"", "\"arr\": [\"LICENSES__C\"");
    const QString path = MappingProfile::userMappingPath(u"salesforce"_s);
    QVERIFY(TestSupport::writeFile(path, json));
    const ImportReport report = import(TestSupport::dataPath(u"import/salesforce-basic/source"_s));
    QFile::remove(path);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(count(*m_db, u"SELECT arr FROM accounts WHERE name = 'Acme Corporation'"_s), 250);
}

void TestImporter::scorecardFromTheExportReplacesTheBuiltIn()
{
    const QString folder = copyNativeFixture();
    QVERIFY(!folder.isEmpty());
    QByteArray json = TestSupport::readFile(u":/pitwall/health/default-scorecard.json"_s);
    QVERIFY(json.contains("\"Pitwall default\""));
    json.replace("\"Pitwall default\"", "\"CS Ops FY27\"");
    QFile f(folder + u"/health-scorecard.json"_s);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json);
    f.close();
    QString origin;
    QCOMPARE(HealthRefresh::activeScorecard(*m_db, &origin).name(), u"Pitwall default"_s);
    const ImportReport report = import(folder, u"native"_s);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(report.warnings.join(u'\n').contains(u"health-scorecard.json"_s));
    QCOMPARE(HealthRefresh::activeScorecard(*m_db, &origin).name(), u"CS Ops FY27"_s);
    QCOMPARE(origin, u"health-scorecard.json"_s);
    // Health was recomputed with it after the import.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM health_scores"_s) && q.next());
    QVERIFY(q.value(0).toInt() > 0);
}

void TestImporter::brokenScorecardRefusesTheImport()
{
    const QString folder = copyNativeFixture();
    QFile f(folder + u"/health-scorecard.json"_s);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        R"({"format": "pitwall-health-scorecard", "version": 1, "groups": [ { "id": "x", "weight": -3 } ]})");
    f.close();
    const ImportReport report = import(folder, u"native"_s);
    QVERIFY(!report.ok());
    QVERIFY2(report.error.contains(u"health-scorecard.json"_s), qPrintable(report.error));
    // Nothing was imported and the built-in scorecard still holds.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM accounts"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(HealthRefresh::activeScorecard(*m_db).name(), u"Pitwall default"_s);
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
