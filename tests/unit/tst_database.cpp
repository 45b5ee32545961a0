// The local cache file: private, WAL, versioned, and refusing what it cannot read.
#include "TestSupport.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void createsAPrivateWalCacheAtTheLatestSchema();
    void defaultPathIsInAppData();
    void reopeningKeepsData();
    void everyMigrationStepIsOrderedAndNonEmpty();
    void refusesACacheFromANewerPitwall();
    void refusesAFileThatIsNotSQLite();
    void exposesTheRawHandle();
    void saysWhenAnotherProgramWritesTheCache();
};

void TestDatabase::createsAPrivateWalCacheAtTheLatestSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/folder/cache.sqlite"_s);
    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u);
    QCOMPARE(::stat(QFile::encodeName(dir.filePath(u"sub/folder"_s)).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0700u);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_s);
    QVERIFY(db.exec(u"INSERT INTO accounts (id, name) VALUES ('A', 'x')"_s));
    for (const char *suffix : { "-wal", "-shm" }) {
        const QByteArray side = QFile::encodeName(path) + suffix;
        if (::stat(side.constData(), &st) == 0)
            QCOMPARE(st.st_mode & 0077, 0u);
    }
    for (const QString &table : { u"users"_s, u"teams"_s, u"accounts"_s, u"contacts"_s, u"opportunities"_s,
                                  u"cases"_s, u"usage"_s, u"metrics"_s, u"nps"_s, u"activities"_s,
                                  u"import_log"_s, u"import_state"_s, u"change_journal"_s }) {
        QVERIFY2(db.connection().tables().contains(table), qPrintable(table));
    }
}

void TestDatabase::defaultPathIsInAppData()
{
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(Database::defaultPath().startsWith(appData));
    QVERIFY(Database::defaultPath().endsWith(u".sqlite"_s));
}

void TestDatabase::reopeningKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(path, nullptr));
        QVERIFY(db.exec(u"INSERT INTO accounts (id, name) VALUES ('A-1', '华东')"_s));
    }
    Database db;
    QVERIFY(db.open(path, nullptr));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT name FROM accounts WHERE id = 'A-1'"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"华东"_s);
    QVERIFY(db.lastBackupPath().isEmpty()); // nothing to migrate, nothing backed up
}

void TestDatabase::everyMigrationStepIsOrderedAndNonEmpty()
{
    int previous = 0;
    for (const Migration &m : schemaMigrations()) {
        QCOMPARE(m.version, previous + 1);
        QVERIFY(!m.statements.isEmpty());
        QVERIFY(!m.description.isEmpty());
        previous = m.version;
    }
    QCOMPARE(previous, Database::latestSchemaVersion());
}

void TestDatabase::refusesACacheFromANewerPitwall()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(path, nullptr));
        QVERIFY(db.exec(u"UPDATE meta SET value = '999' WHERE key = 'schema_version'"_s));
    }
    Database db;
    QString error;
    QVERIFY(!db.open(path, &error));
    QVERIFY2(error.contains(u"newer Pitwall"_s), qPrintable(error));
    QVERIFY(!db.isOpen());
}

void TestDatabase::refusesAFileThatIsNotSQLite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    QVERIFY(TestSupport::writeFile(path, QByteArray(4096, 'x')));
    Database db;
    QString error;
    QVERIFY(!db.open(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
}

void TestDatabase::exposesTheRawHandle()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"cache.sqlite"_s), nullptr));
    sqlite3 *handle = db.handle();
    QVERIFY(handle);
    QCOMPARE(sqlite3_exec(handle, "INSERT INTO metrics (name) VALUES ('m')", nullptr, nullptr, nullptr),
             SQLITE_OK);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM metrics"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

// A first import writes an empty cache with the file locked (rollback journal): another
// program opening it is told the cache is busy, not that it is unusable.
void TestDatabase::saysWhenAnotherProgramWritesTheCache()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    {
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
    }
    sqlite3 *writer = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &writer), SQLITE_OK);
    QCOMPARE(sqlite3_exec(writer,
                          "PRAGMA journal_mode=DELETE; BEGIN EXCLUSIVE; "
                          "INSERT INTO meta (key, value) VALUES ('writing', '1')",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    Database other;
    QString error;
    QVERIFY(!other.open(path, &error));
    QVERIFY2(error.contains(u"busy"_s), qPrintable(error));
    QCOMPARE(other.openError(), Database::OpenError::Failed);
    sqlite3_exec(writer, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(writer);
    // Once the writer is done, the cache opens, in WAL mode again.
    QVERIFY2(other.open(path, &error), qPrintable(error));
    QSqlQuery q(other.connection());
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_s);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
