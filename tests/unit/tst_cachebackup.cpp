// Automatic backups, damage detected at open, and the restore (CacheBackup, Database),
// and the CLI's check, backup and restore commands.
#include "TestSupport.h"
#include "demo/DemoExportWriter.h"
#include "store/CacheBackup.h"
#include "store/Database.h"
#include "work/LocalWork.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>
#include <atomic>
#include <sqlite3.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

const auto childVar = "PITWALL_TST_CACHEBACKUP_CHILD";

uint modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0xffff;
    return st.st_mode & 0777;
}

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// A count on any SQLite file, read-only, without Database (which would migrate it).
qint64 rawCount(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    qint64 value = -1;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            value = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return value;
}

enum class Damage
{
    MiddlePage,
    Truncated,
    GarbageHeader
};

// A B-tree page of the usage table (the bulk of the file), else the first B-tree page
// from the middle of the file on; its page header is overwritten.
bool damage(const QString &path, Damage how)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const QByteArray header = file.read(100);
    const qint64 pageSize = (quint8(header.at(16)) << 8) | quint8(header.at(17));
    const qint64 pages = file.size() / pageSize;
    switch (how) {
    case Damage::GarbageHeader:
        file.seek(0);
        return file.write(QByteArray(100, '\x5a')) == 100;
    case Damage::Truncated:
        return file.resize((pages / 2) * pageSize + 1000);
    case Damage::MiddlePage:
        break;
    }
    qint64 target = -1;
    if (sqlite3 *db = nullptr;
        sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(
                db,
                "SELECT pageno FROM dbstat WHERE name = 'usage' AND pagetype = 'leaf' ORDER BY "
                "pageno",
                -1, &stmt, nullptr)
            == SQLITE_OK) {
            QList<qint64> leaves;
            while (sqlite3_step(stmt) == SQLITE_ROW)
                leaves.append(sqlite3_column_int64(stmt, 0));
            if (!leaves.isEmpty())
                target = leaves.at(leaves.size() / 2);
        }
        sqlite3_finalize(stmt);
        sqlite3_close(db);
    }
    for (qint64 page = pages / 2; target < 0 && page < pages; ++page) {
        file.seek((page - 1) * pageSize);
        const char flag = file.read(1).at(0);
        if (flag == 0x02 || flag == 0x05 || flag == 0x0a || flag == 0x0d)
            target = page;
    }
    if (target < 0)
        return false;
    file.seek((target - 1) * pageSize);
    return file.write(QByteArray(64, '\xff')) == 64;
}

bool copyTo(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to) && QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
}

// The child of the kill test: backs the cache up over and over until it is killed.
int childMain()
{
    const QString path = qEnvironmentVariable(childVar);
    std::printf("started\n");
    std::fflush(stdout);
    for (;;) {
        const CacheBackup::Outcome outcome = CacheBackup::create(path, {}, 1000);
        if (!outcome.ok) {
            std::fprintf(stderr, "child: %s\n", qPrintable(outcome.error));
            return 3;
        }
    }
}

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliResult runCli(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    p.setProcessEnvironment(env);
    p.start(TestSupport::cliPath(), arguments);
    CliResult r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestCacheBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void backupIsVerifiedNamedAndPrivate();
    void damageIsReportedAtOpen_data();
    void damageIsReportedAtOpen();
    void otherFailuresAreNotDamage();
    void restoreBringsTheDataBackAndKeepsTheDamagedFile();
    void restoreSaysWhenNothingCouldBeRescued();
    void restoreRefusesADamagedBackup();
    void backupIsConsistentWhileAnotherConnectionWrites();
    void pruningKeepsTheNewest();
    void dueOncePerDay();
    void killedBackupLeavesNoBackup();
    void cliCheckBackupRestore();

private:
    // A fresh copy of the clean demo cache in a folder of its own.
    QString freshCache(QTemporaryDir &dir);

    QTemporaryDir m_master;
    QString m_clean; // closed, checkpointed: one file
    qint64 m_accounts = 0;
};

void TestCacheBackup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestSupport::isolateSettings();
    QVERIFY(m_master.isValid());
    DemoOptions options;
    options.accounts = 60;
    options.usageWeeks = 26;
    options.asOf = QDate(2026, 3, 2);
    QString error;
    {
        Database db;
        QVERIFY2(TestSupport::buildDemoCache(db, m_master.path(), options, &error, { options.asOf, false }),
                 qPrintable(error));
        m_accounts = count(db.connection(), u"SELECT count(*) FROM accounts WHERE archived = 0"_s);
        QVERIFY(m_accounts > 50);
    }
    m_clean = m_master.filePath(u"demo.sqlite"_s);
    QVERIFY2(!QFileInfo::exists(m_clean + u"-wal"_s), "the cache was not checkpointed on close");
}

QString TestCacheBackup::freshCache(QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"cache.sqlite"_s);
    if (!copyTo(m_clean, path))
        return {};
    return path;
}

void TestCacheBackup::backupIsVerifiedNamedAndPrivate()
{
    QTemporaryDir dir;
    const QString path = freshCache(dir);
    QVERIFY(!path.isEmpty());
    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QCOMPARE(db.openError(), Database::OpenError::None);
    QVERIFY(db.verifiedAtOpen()); // a small cache is checked at open
    const CacheBackup::Outcome outcome = CacheBackup::create(path);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(!outcome.sourceDamaged);
    const QString folder = CacheBackup::folderFor(path);
    QCOMPARE(folder, path + u".backups"_s);
    QCOMPARE(QFileInfo(outcome.backup.path).absolutePath(), folder);
    QCOMPARE(modeOf(folder), 0700u);
    QCOMPARE(modeOf(outcome.backup.path), 0600u);
    QVERIFY(QFileInfo(outcome.backup.path).fileName().startsWith(u"backup-"_s));
    QCOMPARE(outcome.backup.accounts, m_accounts);
    QCOMPARE(outcome.backup.schemaVersion, Database::latestSchemaVersion());
    // A standalone file: no log beside it, and the listing reads it back from its name.
    QVERIFY(!QFileInfo::exists(outcome.backup.path + u"-wal"_s));
    QCOMPARE(rawCount(outcome.backup.path, "SELECT count(*) FROM accounts WHERE archived = 0"), m_accounts);
    const QList<CacheBackup::Info> backups = CacheBackup::list(path);
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first().path, outcome.backup.path);
    QCOMPARE(backups.first().accounts, m_accounts);
    QCOMPARE(backups.first().schemaVersion, Database::latestSchemaVersion());
    QVERIFY(qAbs(backups.first().createdUtc.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QVERIFY(backups.first().description().contains(QString::number(m_accounts)));
    QVERIFY(CacheBackup::check(outcome.backup.path, true).ok);
    // To a file of one's choosing: no pruning, same checks.
    const QString out = dir.filePath(u"elsewhere.sqlite"_s);
    const CacheBackup::Outcome toFile = CacheBackup::create(path, out);
    QVERIFY2(toFile.ok, qPrintable(toFile.error));
    QCOMPARE(toFile.backup.path, out);
    QCOMPARE(CacheBackup::describe(out).accounts, m_accounts);
    QCOMPARE(CacheBackup::list(path).size(), 1);
}

void TestCacheBackup::damageIsReportedAtOpen_data()
{
    QTest::addColumn<int>("how");
    QTest::newRow("overwritten B-tree page in the middle") << int(Damage::MiddlePage);
    QTest::newRow("truncated") << int(Damage::Truncated);
    QTest::newRow("garbage header") << int(Damage::GarbageHeader);
}

void TestCacheBackup::damageIsReportedAtOpen()
{
    QFETCH(int, how);
    QTemporaryDir dir;
    const QString path = freshCache(dir);
    {
        Database db;
        QVERIFY(db.open(path, nullptr));
        QVERIFY(CacheBackup::create(path).ok);
    }
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
    const QByteArray before = TestSupport::readFile(path);
    QVERIFY(damage(path, Damage(how)));
    QVERIFY(TestSupport::readFile(path) != before);

    Database db;
    QString error;
    QVERIFY(!db.open(path, &error));
    QCOMPARE(db.openError(), Database::OpenError::Damaged);
    QVERIFY(!db.isOpen());
    QVERIFY2(error.contains(u"damaged"_s), qPrintable(error));
    // The check says so too, and a backup refuses to copy a damaged cache.
    const CacheBackup::Check check = CacheBackup::check(path, true);
    QVERIFY(!check.ok);
    QVERIFY(check.damaged);
    QVERIFY(!check.problems.isEmpty());
    const int backupsBefore = int(CacheBackup::list(path).size());
    if (Damage(how) == Damage::MiddlePage) {
        const CacheBackup::Outcome outcome = CacheBackup::create(path);
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.sourceDamaged);
        QCOMPARE(int(CacheBackup::list(path).size()), backupsBefore);
    }
}

void TestCacheBackup::otherFailuresAreNotDamage()
{
    QTemporaryDir dir;
    // A folder that cannot exist: its parent is a file.
    QVERIFY(TestSupport::writeFile(dir.filePath(u"file"_s), "x"));
    Database db;
    QString error;
    QVERIFY(!db.open(dir.filePath(u"file/cache.sqlite"_s), &error));
    QCOMPARE(db.openError(), Database::OpenError::Inaccessible);
    // A cache from a newer Pitwall.
    const QString path = freshCache(dir);
    {
        Database writer;
        QVERIFY(writer.open(path, nullptr));
        QVERIFY(writer.exec(u"UPDATE meta SET value = '999' WHERE key = 'schema_version'"_s));
    }
    QVERIFY(!db.open(path, &error));
    QCOMPARE(db.openError(), Database::OpenError::TooNew);
    // A new, empty cache is fine.
    QVERIFY2(db.open(dir.filePath(u"new/cache.sqlite"_s), &error), qPrintable(error));
    QCOMPARE(db.openError(), Database::OpenError::None);
}

void TestCacheBackup::restoreBringsTheDataBackAndKeepsTheDamagedFile()
{
    QTemporaryDir dir;
    const QString path = freshCache(dir);
    QString accountId;
    QString lateNote;
    QString lateTask;
    qint64 notesAtBackup = 0;
    qint64 notesAtDamage = 0;
    qint64 tasksAtDamage = 0;
    qint64 unsentAtDamage = 0;
    {
        Database db;
        QVERIFY(db.open(path, nullptr));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT id FROM accounts WHERE archived = 0 ORDER BY id LIMIT 1"_s) && q.next());
        accountId = q.value(0).toString();
        LocalWork work(db, u"tester"_s);
        QVERIFY(!work.addNote(accountId, u"Before the backup"_s).isEmpty());
        QVERIFY(CacheBackup::create(path).ok);
        notesAtBackup = count(db.connection(), u"SELECT count(*) FROM notes"_s);
        // Written after the backup: only the rescue can save these.
        lateNote = work.addNote(accountId, u"Champion moved to the Shanghai office — 客户满意"_s);
        lateTask = work.addTask(accountId, u"Send the renewal quote"_s, QDate(2026, 4, 1));
        QVERIFY(!lateNote.isEmpty() && !lateTask.isEmpty());
        notesAtDamage = count(db.connection(), u"SELECT count(*) FROM notes"_s);
        tasksAtDamage = count(db.connection(), u"SELECT count(*) FROM tasks"_s);
        unsentAtDamage
            = count(db.connection(), u"SELECT count(*) FROM change_journal WHERE sent_at IS NULL"_s);
        QVERIFY(notesAtDamage >= 2 && tasksAtDamage >= 1 && unsentAtDamage >= 3);
    }
    QVERIFY(damage(path, Damage::MiddlePage));
    const QByteArray damagedBytes = TestSupport::readFile(path);
    {
        Database db;
        QVERIFY(!db.open(path, nullptr));
        QCOMPARE(db.openError(), Database::OpenError::Damaged);
    }

    const QList<CacheBackup::Info> backups = CacheBackup::list(path);
    QCOMPARE(backups.size(), 1);
    CacheBackup::Restore result;
    QString error;
    QVERIFY2(CacheBackup::restore(path, backups.first().path, &result, &error), qPrintable(error));

    // The damaged file is kept, byte for byte, beside the cache.
    QVERIFY(result.damagedPath.startsWith(path + u".damaged-"_s));
    QCOMPARE(TestSupport::readFile(result.damagedPath), damagedBytes);
    QCOMPARE(modeOf(result.damagedPath), 0600u);
    // What was written after the backup is in the rescue file.
    QVERIFY2(!result.rescuePath.isEmpty(), qPrintable(result.rescueProblems.join(u"; "_s)));
    QCOMPARE(modeOf(result.rescuePath), 0600u);
    QCOMPARE(result.rescuedNotes, notesAtDamage);
    QCOMPARE(result.rescuedTasks, tasksAtDamage);
    QCOMPARE(result.rescuedChanges, unsentAtDamage);
    const QJsonObject rescue = QJsonDocument::fromJson(TestSupport::readFile(result.rescuePath)).object();
    const QJsonArray notes = rescue.value("tables"_L1).toObject().value("notes"_L1).toArray();
    QCOMPARE(notes.size(), notesAtDamage);
    QCOMPARE(notes.last().toObject().value("id"_L1).toString(), lateNote);
    QCOMPARE(notes.last().toObject().value("body"_L1).toString(),
             u"Champion moved to the Shanghai office — 客户满意"_s);
    const QJsonArray tasks = rescue.value("tables"_L1).toObject().value("tasks"_L1).toArray();
    QCOMPARE(tasks.last().toObject().value("id"_L1).toString(), lateTask);
    const QJsonArray changes = rescue.value("tables"_L1).toObject().value("change_journal"_L1).toArray();
    QCOMPARE(changes.size(), unsentAtDamage);
    QVERIFY(changes.last().toObject().value("sent_at"_L1).isNull());
    QVERIFY(CacheBackup::rescueSummary(result).contains(QDir::toNativeSeparators(result.rescuePath)));

    // The cache opens again with the backup's data.
    Database db;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QCOMPARE(count(db.connection(), u"SELECT count(*) FROM accounts WHERE archived = 0"_s), m_accounts);
    QCOMPARE(count(db.connection(), u"SELECT count(*) FROM notes"_s), notesAtBackup);
    QCOMPARE(modeOf(path), 0600u);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"ok"_s);
    // The backup itself is still there for another time.
    QVERIFY(QFileInfo::exists(backups.first().path));
}

void TestCacheBackup::restoreSaysWhenNothingCouldBeRescued()
{
    QTemporaryDir dir;
    const QString path = freshCache(dir);
    QVERIFY(CacheBackup::create(path).ok);
    QVERIFY(damage(path, Damage::GarbageHeader));
    CacheBackup::Restore result;
    QString error;
    QVERIFY2(CacheBackup::restore(path, CacheBackup::list(path).first().path, &result, &error),
             qPrintable(error));
    QVERIFY(result.rescuePath.isEmpty());
    QVERIFY(!result.rescueProblems.isEmpty());
    QVERIFY(QFileInfo::exists(result.damagedPath));
    QVERIFY2(CacheBackup::rescueSummary(result).contains(u"Nothing could be read"_s),
             qPrintable(CacheBackup::rescueSummary(result)));
    Database db;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QCOMPARE(count(db.connection(), u"SELECT count(*) FROM accounts WHERE archived = 0"_s), m_accounts);
}

void TestCacheBackup::restoreRefusesADamagedBackup()
{
    QTemporaryDir dir;
    const QString path = freshCache(dir);
    const CacheBackup::Outcome outcome = CacheBackup::create(path);
    QVERIFY(outcome.ok);
    QVERIFY(damage(outcome.backup.path, Damage::MiddlePage));
    const QByteArray cacheBytes = TestSupport::readFile(path);
    CacheBackup::Restore result;
    QString error;
    QVERIFY(!CacheBackup::restore(path, outcome.backup.path, &result, &error));
    QVERIFY2(error.contains(u"damaged too"_s), qPrintable(error));
    // Nothing moved.
    QCOMPARE(TestSupport::readFile(path), cacheBytes);
    QVERIFY(QDir(dir.path()).entryList({ u"*.damaged-*"_s }).isEmpty());
}

void TestCacheBackup::backupIsConsistentWhileAnotherConnectionWrites()
{
    QTemporaryDir dir;
    const QString path = freshCache(dir);
    QString accountId;
    {
        Database db;
        QVERIFY(db.open(path, nullptr));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT id FROM accounts WHERE archived = 0 ORDER BY id LIMIT 1"_s) && q.next());
        accountId = q.value(0).toString();
    }
    // The writer: one note per transaction, and a counter in the same transaction.
    std::atomic<bool> stop(false);
    std::atomic<int> written(0);
    QFuture<QString> writer = QtConcurrent::run([&]() -> QString {
        Database db;
        QString error;
        if (!db.open(path, &error))
            return error;
        QSqlDatabase c = db.connection();
        QSqlQuery q(c);
        for (int n = 1; !stop.load(); ++n) {
            if (!c.transaction())
                return c.lastError().text();
            q.prepare(u"INSERT INTO notes (id, account_id, body, created_at, updated_at) VALUES (?, ?, ?, "
                      "'2026-03-02T10:00:00Z', '2026-03-02T10:00:00Z')"_s);
            q.addBindValue(u"bg-%1"_s.arg(n));
            q.addBindValue(accountId);
            q.addBindValue(QString(u"note %1 "_s.arg(n).repeated(50)));
            if (!q.exec())
                return q.lastError().text();
            q.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('tst_counter', ?)"_s);
            q.addBindValue(n);
            if (!q.exec() || !c.commit())
                return q.lastError().text();
            written.store(n);
        }
        return {};
    });
    while (written.load() < 20)
        QThread::msleep(5);
    QList<CacheBackup::Info> made;
    for (int i = 0; i < 4; ++i) {
        const CacheBackup::Outcome outcome
            = CacheBackup::create(path, dir.filePath(u"copy-%1.sqlite"_s.arg(i)));
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        made.append(outcome.backup);
    }
    stop.store(true);
    QCOMPARE(writer.result(), QString());
    const int before = written.load();
    QVERIFY(before > 20);
    qint64 previous = 0;
    for (const CacheBackup::Info &info : std::as_const(made)) {
        QVERIFY(CacheBackup::check(info.path, true).ok);
        const qint64 counter
            = rawCount(info.path, "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'tst_counter'");
        const qint64 notes = rawCount(info.path, "SELECT count(*) FROM notes WHERE id LIKE 'bg-%'");
        QVERIFY(counter >= 20);
        QCOMPARE(notes, counter); // one committed state: never a note without its counter
        QVERIFY(counter >= previous);
        previous = counter;
    }
}

void TestCacheBackup::pruningKeepsTheNewest()
{
    QTemporaryDir dir;
    const QString path = freshCache(dir);
    QStringList made;
    for (int i = 0; i < 5; ++i) {
        const CacheBackup::Outcome outcome = CacheBackup::create(path);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.pruned, i >= CacheBackup::defaultKeep ? 1 : 0);
        made.append(outcome.backup.path);
    }
    const QList<CacheBackup::Info> kept = CacheBackup::list(path);
    QCOMPARE(kept.size(), CacheBackup::defaultKeep);
    QCOMPARE(kept.at(0).path, made.at(4));
    QCOMPARE(kept.at(1).path, made.at(3));
    QCOMPARE(kept.at(2).path, made.at(2));
    QVERIFY(!QFileInfo::exists(made.at(0)));
    // A partial file left by a killed backup goes once it is stale, not while fresh.
    const QString folder = CacheBackup::folderFor(path);
    const QString stale = folder + u"/.backup-20260101T000000000-1.partial"_s;
    const QString fresh = folder + u"/.backup-20260101T000000000-2.partial"_s;
    QVERIFY(TestSupport::writeFile(stale, "half"));
    QVERIFY(TestSupport::writeFile(fresh, "half"));
    {
        QFile f(stale);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(
            f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600), QFileDevice::FileModificationTime));
    }
    QCOMPARE(CacheBackup::prune(path, 1), 2);
    QCOMPARE(CacheBackup::list(path).size(), 1);
    QVERIFY(!QFileInfo::exists(stale));
    QVERIFY(QFileInfo::exists(fresh));
}

void TestCacheBackup::dueOncePerDay()
{
    QTemporaryDir dir;
    const QString path = freshCache(dir);
    QVERIFY(CacheBackup::isDue(path));
    QVERIFY(CacheBackup::create(path).ok);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(!CacheBackup::isDue(path, now));
    QVERIFY(!CacheBackup::isDue(path, now.addSecs(23 * 3600)));
    QVERIFY(CacheBackup::isDue(path, now.addSecs(25 * 3600)));
}

void TestCacheBackup::killedBackupLeavesNoBackup()
{
    QTemporaryDir dir;
    const QString path = freshCache(dir);
    const QString folder = CacheBackup::folderFor(path);
    for (int round = 0; round < 5; ++round) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(childVar), path);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        QVERIFY(child.waitForReadyRead(30000));
        QThread::msleep(40 + 37 * round);
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY2(child.readAllStandardError().isEmpty(), "the child failed before the kill");
    }
    const QList<CacheBackup::Info> backups = CacheBackup::list(path);
    QVERIFY(!backups.isEmpty());
    // Every file that looks like a backup is a whole, sound one; anything else is hidden
    // and marked partial.
    for (const CacheBackup::Info &info : backups) {
        QVERIFY2(CacheBackup::check(info.path, false).ok, qPrintable(info.path));
        QCOMPARE(info.accounts, m_accounts);
    }
    const QStringList all = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : all) {
        const bool listed = std::any_of(backups.cbegin(), backups.cend(), [&](const CacheBackup::Info &i) {
            return QFileInfo(i.path).fileName() == name;
        });
        QVERIFY2(listed || (name.startsWith(u".backup-"_s) && name.contains(u".partial"_s)),
                 qPrintable(name));
    }
}

void TestCacheBackup::cliCheckBackupRestore()
{
    QTemporaryDir dir;
    const QString path = freshCache(dir);
    CliResult r = runCli({ u"--db"_s, path, u"check"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"is sound"_s));

    r = runCli({ u"--db"_s, path, u"backup"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Backed up %1 account"_s.arg(m_accounts)), qPrintable(r.out));

    r = runCli({ u"--db"_s, path, u"restore"_s, u"--list"_s, u"--json"_s });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value("accounts"_L1).toInteger(), m_accounts);

    const QString out = dir.filePath(u"manual.sqlite"_s);
    r = runCli({ u"--db"_s, path, u"backup"_s, u"--out"_s, out });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(CacheBackup::check(out, true).ok);

    QVERIFY(damage(path, Damage::MiddlePage));
    r = runCli({ u"--db"_s, path, u"check"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"is damaged"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"pitwall-cli restore"_s));
    // Any other command points at restore.
    r = runCli({ u"--db"_s, path, u"stats"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"pitwall-cli restore"_s), qPrintable(r.err));

    r = runCli({ u"--db"_s, path, u"restore"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"The damaged file is kept as"_s), qPrintable(r.out));
    r = runCli({ u"--db"_s, path, u"stats"_s, u"--json"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const qint64 accounts = QJsonDocument::fromJson(r.out.toUtf8())
                                .object()
                                .value("counts"_L1)
                                .toObject()
                                .value("accounts"_L1)
                                .toInteger();
    QCOMPARE(accounts, rawCount(path, "SELECT count(*) FROM accounts"));
    QVERIFY(accounts >= m_accounts);
    // A sound cache is only replaced on purpose.
    r = runCli({ u"--db"_s, path, u"restore"_s, u"--from"_s, out });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"--force"_s), qPrintable(r.err));
    r = runCli({ u"--db"_s, path, u"restore"_s, u"--from"_s, out, u"--force"_s, u"--json"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject restored = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(QFileInfo::exists(restored.value("damaged_file"_L1).toString()));
    QCOMPARE(restored.value("restored_from"_L1).toObject().value("path"_L1).toString(), out);
    // --from a file that is not there.
    r = runCli({ u"--db"_s, path, u"restore"_s, u"--from"_s, dir.filePath(u"nope.sqlite"_s) });
    QCOMPARE(r.exitCode, 2);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(childVar))
        return childMain();
    TestCacheBackup test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cachebackup.moc"
