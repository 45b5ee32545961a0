#include "Database.h"

#include "Migrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"pitwall-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// The cache holds personal data: create it, and keep it, readable by its owner only.
bool ensurePrivateFile(const QString &path, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = QCoreApplication::translate("Database", "Cannot open the cache file %1: %2")
                     .arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    ::fchmod(fd, 0600);
    ::close(fd);
    for (const char *suffix : { "-wal", "-shm" }) {
        const QByteArray side = native + suffix;
        if (::access(side.constData(), F_OK) == 0)
            ::chmod(side.constData(), 0600);
    }
    return true;
}

} // namespace

Database::Database()
    : m_connectionName(nextConnectionName())
{ }

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/pitwall.sqlite"_s;
}

int Database::latestSchemaVersion()
{
    return schemaMigrations().constLast().version;
}

bool Database::open(const QString &path, QString *error)
{
    close();
    QString ignored;
    QString &err = error ? *error : ignored;
    const QFileInfo info(path);
    const bool newFolder = !QFileInfo::exists(info.absolutePath());
    if (!QDir().mkpath(info.absolutePath())) {
        err = tr("Cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    // A folder Pitwall creates for the cache (and its backups) is its owner's alone.
    if (newFolder)
        QFile::setPermissions(info.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!ensurePrivateFile(info.absoluteFilePath(), &err))
        return false;

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(info.absoluteFilePath());
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open()) {
        err = tr("Cannot open the cache %1: %2").arg(path, db.lastError().text());
        close();
        return false;
    }
    m_path = info.absoluteFilePath();

    QSqlQuery q(db);
    // A new cache gets larger pages: shallower B-trees for the million-row tables.
    // (The page size of an existing WAL database is fixed.)
    if (q.exec(u"PRAGMA page_count"_s) && q.next() && q.value(0).toLongLong() == 0)
        q.exec(u"PRAGMA page_size=8192"_s);
    if (!q.exec(u"PRAGMA journal_mode=WAL"_s) || !q.next() || q.value(0).toString() != "wal"_L1) {
        err = tr("The cache %1 is not a usable SQLite database: %2").arg(path, q.lastError().text());
        close();
        return false;
    }
    // WAL with synchronous=NORMAL: a committed transaction survives a crash of the
    // process at any instant; only a power cut may lose the very last commits.
    for (const QString &pragma : { u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA foreign_keys=ON"_s,
                                   u"PRAGMA temp_store=MEMORY"_s, u"PRAGMA cache_size=-32768"_s }) {
        if (!q.exec(pragma)) {
            err = tr("Cannot configure the cache: %1").arg(q.lastError().text());
            close();
            return false;
        }
    }
    if (!migrate(&err)) {
        close();
        return false;
    }
    // SQLite creates the -wal and -shm files with the database's mode; make sure.
    ensurePrivateFile(m_path, &ignored);
    return true;
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_path.clear();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::handle() const
{
    const QVariant v = connection().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool Database::exec(const QString &sql, QString *error)
{
    QSqlQuery q(connection());
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

bool Database::backupBeforeMigration(int fromVersion, QString *error)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    const QString backup = m_path + u".v%1-%2.bak"_s.arg(fromVersion).arg(stamp);
    QFile::remove(backup);
    QSqlQuery q(connection());
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(backup);
    if (!q.exec()) {
        *error = tr("Cannot back up the cache before upgrading it: %1").arg(q.lastError().text());
        return false;
    }
    QFile::setPermissions(backup, QFile::ReadOwner | QFile::WriteOwner);
    m_lastBackup = backup;
    return true;
}

bool Database::migrate(QString *error)
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.exec(u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"_s)) {
        *error = tr("Cannot read the cache schema: %1").arg(q.lastError().text());
        return false;
    }
    const int current = schemaVersion();
    if (current > latestSchemaVersion()) {
        *error = tr("The cache was written by a newer Pitwall (schema %1; this one knows up to %2).")
                     .arg(current)
                     .arg(latestSchemaVersion());
        return false;
    }
    if (current > 0 && current < latestSchemaVersion() && !backupBeforeMigration(current, error))
        return false;

    for (const Migration &step : schemaMigrations()) {
        if (step.version <= current)
            continue;
        if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
            *error = tr("Cannot start the schema upgrade: %1").arg(q.lastError().text());
            return false;
        }
        for (const QString &sql : step.statements) {
            if (!q.exec(sql)) {
                *error = tr("Schema upgrade to version %1 failed: %2")
                             .arg(step.version)
                             .arg(q.lastError().text());
                QSqlQuery(db).exec(u"ROLLBACK"_s);
                return false;
            }
        }
        QSqlQuery set(db);
        set.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)"_s);
        set.addBindValue(QString::number(step.version));
        if (!set.exec() || !q.exec(u"COMMIT"_s)) {
            *error
                = tr("Schema upgrade to version %1 failed: %2").arg(step.version).arg(set.lastError().text());
            QSqlQuery(db).exec(u"ROLLBACK"_s);
            return false;
        }
    }
    return true;
}
