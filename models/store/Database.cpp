#include "Database.h"

#include "Migrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
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
bool ensurePrivateFile(const QString &path, QString *error, int *errorNumber = nullptr)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errorNumber)
            *errorNumber = errno;
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

// The SQLite result code behind a Qt SQL error (primary code; 0 when there is none).
int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : 0;
}

Database::OpenError kindOf(const QSqlError &error)
{
    switch (sqliteCode(error)) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Database::OpenError::Damaged;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
    case SQLITE_AUTH:
        return Database::OpenError::Inaccessible;
    default:
        return Database::OpenError::Failed;
    }
}

quint32 bigEndian(const QByteArray &bytes, int offset, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | quint8(bytes.at(offset + i));
    return value;
}

} // namespace

QString Database::headerProblem(const QString &path)
{
    QFile file(path);
    const qint64 size = file.size();
    if (size == 0 || !file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray header = file.read(100);
    if (header.size() < 100) {
        return QCoreApplication::translate("Database", "The file is too short to be a database (%n byte(s)).",
                                           nullptr, int(header.size()));
    }
    if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return QCoreApplication::translate("Database", "The file does not start with a database header.");
    qint64 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return QCoreApplication::translate("Database", "The header gives an impossible page size (%1).")
            .arg(pageSize);
    // A process killed while it wrote with a rollback journal (a first import, see
    // ImportRun::execute) leaves the file mid-write and a hot journal beside it: SQLite rolls
    // it back on the first read, so the sizes say nothing yet.
    if (QFileInfo(path + u"-journal"_s).size() > 0)
        return {};
    if (size % pageSize != 0) {
        return QCoreApplication::translate("Database",
                                           "The file (%1 bytes) is not a whole number of %2-byte pages: it "
                                           "was cut short.")
            .arg(size)
            .arg(pageSize);
    }
    // The page count in the header is valid when its two change counters agree; with a
    // write-ahead log pending the file may legitimately lag behind it.
    const qint64 headerPages = bigEndian(header, 28, 4);
    const bool countValid = bigEndian(header, 24, 4) == bigEndian(header, 92, 4);
    if (countValid && headerPages * pageSize > size && QFileInfo(path + u"-wal"_s).size() == 0) {
        return QCoreApplication::translate("Database",
                                           "The file holds %1 pages where its header counts %2: it was cut "
                                           "short.")
            .arg(size / pageSize)
            .arg(headerPages);
    }
    return {};
}

namespace {

// What a file looked like when it last passed quick_check in this process.
QString fileSignature(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return u"%1:%2.%3:%4"_s.arg(st.st_size).arg(st.st_mtim.tv_sec).arg(st.st_mtim.tv_nsec).arg(st.st_ino);
}

QMutex verifiedMutex;
QHash<QString, QString> verifiedFiles; // path -> fileSignature() when it passed

QString checkRequestPath(const QString &path)
{
    return path + u".needs-check"_s;
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

void Database::requestFullCheck(const QString &path, bool request)
{
    const QString marker = checkRequestPath(QFileInfo(path).absoluteFilePath());
    if (!request) {
        QFile::remove(marker);
        return;
    }
    {
        const QMutexLocker lock(&verifiedMutex);
        verifiedFiles.remove(QFileInfo(path).absoluteFilePath());
    }
    QFile file(marker);
    if (file.open(QIODevice::WriteOnly))
        file.write(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + '\n');
}

bool Database::fail(OpenError kind, const QString &message, QString *error)
{
    m_openError = kind;
    if (error)
        *error = message;
    return false;
}

bool Database::checkAtOpen(QString *error)
{
    const bool requested = QFile::exists(checkRequestPath(m_path));
    const QString signature = fileSignature(m_path);
    if (!requested) {
        const QMutexLocker lock(&verifiedMutex);
        if (!signature.isEmpty() && verifiedFiles.value(m_path) == signature) {
            m_verified = true;
            return true;
        }
    }
    if (!requested && QFileInfo(m_path).size() > quickCheckAtOpenLimit)
        return true;
    QSqlQuery q(connection());
    if (!q.exec(u"PRAGMA quick_check(20)"_s)) {
        const QSqlError e = q.lastError();
        return fail(kindOf(e), tr("The cache %1 is damaged: %2").arg(m_path, e.text()), error);
    }
    QStringList problems;
    while (q.next())
        problems.append(q.value(0).toString());
    if (problems != QStringList { u"ok"_s }) {
        return fail(OpenError::Damaged, tr("The cache %1 is damaged: %2").arg(m_path, problems.join(u"; "_s)),
                    error);
    }
    {
        const QMutexLocker lock(&verifiedMutex);
        verifiedFiles.insert(m_path, signature);
    }
    if (requested)
        requestFullCheck(m_path, false);
    m_verified = true;
    return true;
}

bool Database::open(const QString &path, QString *error)
{
    close();
    m_openError = OpenError::None;
    m_verified = false;
    QString ignored;
    QString &err = error ? *error : ignored;
    const QFileInfo info(path);
    const bool newFolder = !QFileInfo::exists(info.absolutePath());
    if (!QDir().mkpath(info.absolutePath())) {
        m_openError = OpenError::Inaccessible;
        err = tr("Cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    // A folder Pitwall creates for the cache (and its backups) is its owner's alone.
    if (newFolder)
        QFile::setPermissions(info.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    int errorNumber = 0;
    if (!ensurePrivateFile(info.absoluteFilePath(), &err, &errorNumber)) {
        m_openError = errorNumber == EACCES || errorNumber == EPERM || errorNumber == EROFS
                || errorNumber == ENOENT || errorNumber == ENOTDIR || errorNumber == EISDIR
            ? OpenError::Inaccessible
            : OpenError::Failed;
        return false;
    }
    if (const QString problem = headerProblem(info.absoluteFilePath()); !problem.isEmpty())
        return fail(OpenError::Damaged, tr("The cache %1 is damaged: %2").arg(path, problem), error);
    // The connection is closed once the function's handles on it are gone.
    if (!openConnection(info, path, error)) {
        close();
        return false;
    }
    // SQLite creates the -wal and -shm files with the database's mode; make sure.
    ensurePrivateFile(m_path, &ignored);
    return true;
}

bool Database::openConnection(const QFileInfo &info, const QString &path, QString *error)
{
    QString ignored;
    QString &err = error ? *error : ignored;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(info.absoluteFilePath());
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT="_s + QString::number(busyTimeoutMs));
    if (!db.open()) {
        const QSqlError e = db.lastError();
        return fail(kindOf(e), tr("Cannot open the cache %1: %2").arg(path, e.text()), error);
    }
    m_path = info.absoluteFilePath();

    // A first import writes an empty cache with the file locked (ImportRun::execute): the
    // other programs wait the busy timeout, then say so.
    const auto isBusy = [](const QSqlError &e) {
        const int code = sqliteCode(e);
        return code == SQLITE_BUSY || code == SQLITE_LOCKED;
    };
    const auto busyFailure = [&] {
        return fail(OpenError::Failed,
                    tr("The cache %1 is busy: another Pitwall is writing it (a first import takes a while). "
                       "Try again when it has finished.")
                        .arg(path),
                    error);
    };
    QSqlQuery q(db);
    // Reads the header and the whole schema: a damaged first page or schema shows here.
    if (!q.exec(u"SELECT count(*) FROM sqlite_schema"_s) || !q.next()) {
        const QSqlError e = q.lastError();
        if (isBusy(e))
            return busyFailure();
        const OpenError kind = kindOf(e);
        return fail(kind,
                    kind == OpenError::Damaged ? tr("The cache %1 is damaged: %2").arg(path, e.text())
                                               : tr("Cannot read the cache %1: %2").arg(path, e.text()),
                    error);
    }
    // A new cache gets larger pages: shallower B-trees for the million-row tables.
    // (The page size of an existing WAL database is fixed.)
    if (q.exec(u"PRAGMA page_count"_s) && q.next() && q.value(0).toLongLong() == 0)
        q.exec(u"PRAGMA page_size=8192"_s);
    if (!q.exec(u"PRAGMA journal_mode=WAL"_s) || !q.next() || q.value(0).toString() != "wal"_L1) {
        const QSqlError e = q.lastError();
        if (isBusy(e))
            return busyFailure();
        return fail(kindOf(e), tr("The cache %1 is not a usable SQLite database: %2").arg(path, e.text()),
                    error);
    }
    // WAL with synchronous=NORMAL: a committed transaction survives a crash of the
    // process at any instant; only a power cut may lose the very last commits.
    for (const QString &pragma : { u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA foreign_keys=ON"_s,
                                   u"PRAGMA temp_store=MEMORY"_s, u"PRAGMA cache_size=-32768"_s }) {
        if (!q.exec(pragma)) {
            const QSqlError e = q.lastError();
            return fail(kindOf(e), tr("Cannot configure the cache: %1").arg(e.text()), error);
        }
    }
    if (!checkAtOpen(error))
        return false;
    if (!migrate(&err)) {
        if (m_openError == OpenError::None)
            m_openError = OpenError::Failed;
        return false;
    }
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
    return handleOf(connection());
}

sqlite3 *Database::handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
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
        m_openError = kindOf(q.lastError());
        *error = tr("Cannot read the cache schema: %1").arg(q.lastError().text());
        return false;
    }
    const int current = schemaVersion();
    if (current > latestSchemaVersion()) {
        m_openError = OpenError::TooNew;
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
