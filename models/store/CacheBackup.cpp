#include "CacheBackup.h"

#include "Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const auto stampFormat = "yyyyMMdd'T'HHmmsszzz"_L1;
const auto partialSuffix = ".partial"_L1;

const QRegularExpression &backupName()
{
    static const QRegularExpression re(u"^backup-(\\d{8}T\\d{9})Z-s(\\d+)-a(\\d+)\\.sqlite$"_s);
    return re;
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Flushes a file (or a folder's entry list) to disk.
void syncPath(const QString &path, bool directory = false)
{
    const int fd = ::open(QFile::encodeName(path).constData(), (directory ? O_RDONLY : O_RDWR) | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

bool createPrivateFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    ::fchmod(fd, 0600);
    ::close(fd);
    return true;
}

// One raw connection, closed on scope exit.
struct Connection
{
    sqlite3 *db = nullptr;
    Connection() = default;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    ~Connection() { close(); }
    bool open(const QString &path, int flags)
    {
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr);
        if (rc == SQLITE_OK)
            sqlite3_busy_timeout(db, 10000);
        return rc == SQLITE_OK;
    }
    void close()
    {
        if (db)
            sqlite3_close_v2(db);
        db = nullptr;
    }
    QString message() const { return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString(); }
    int code() const { return db ? sqlite3_errcode(db) & 0xff : SQLITE_NOMEM; }
};

bool isDamageCode(int code)
{
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

// Runs one statement and returns its rows' first column as text; false on error.
bool textRows(sqlite3 *db, const char *sql, QStringList *rows)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return false;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
        rows->append(text ? QString::fromUtf8(text) : QString());
    }
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE;
}

qint64 scalar(sqlite3 *db, const char *sql, qint64 fallback)
{
    QStringList rows;
    if (!textRows(db, sql, &rows) || rows.isEmpty())
        return fallback;
    bool ok = false;
    const qint64 value = rows.first().toLongLong(&ok);
    return ok ? value : fallback;
}

int progressCancel(void *flag)
{
    return static_cast<const std::atomic<bool> *>(flag)->load() ? 1 : 0;
}

QString utcStamp(const QDateTime &utc)
{
    return utc.toString(stampFormat);
}

// Every row of `sql` as JSON objects; stops at the first error, keeping what it read.
QJsonArray readRows(sqlite3 *db, const QString &sql, QString *problem)
{
    QJsonArray rows;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        *problem = QString::fromUtf8(sqlite3_errmsg(db));
        return rows;
    }
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        QJsonObject row;
        for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
            const QString name = QString::fromUtf8(sqlite3_column_name(stmt, i));
            switch (sqlite3_column_type(stmt, i)) {
            case SQLITE_NULL:
                row.insert(name, QJsonValue::Null);
                break;
            case SQLITE_INTEGER:
                row.insert(name, qint64(sqlite3_column_int64(stmt, i)));
                break;
            case SQLITE_FLOAT:
                row.insert(name, sqlite3_column_double(stmt, i));
                break;
            default:
                row.insert(name,
                           QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, i)),
                                             sqlite3_column_bytes(stmt, i)));
            }
        }
        rows.append(row);
    }
    if (rc != SQLITE_DONE)
        *problem = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    return rows;
}

} // namespace

QString CacheBackup::Info::description() const
{
    const QLocale locale;
    const QString when = locale.toString(createdUtc.toLocalTime(), QLocale::ShortFormat);
    if (accounts < 0)
        return when;
    return tr("%1 — %n account(s)", nullptr, int(qMin<qint64>(accounts, INT_MAX))).arg(when);
}

QString CacheBackup::folderFor(const QString &cachePath)
{
    return QFileInfo(cachePath).absoluteFilePath() + u".backups"_s;
}

CacheBackup::Info CacheBackup::describe(const QString &file)
{
    Info info;
    const QFileInfo fi(file);
    if (!fi.isFile())
        return info;
    info.path = fi.absoluteFilePath();
    info.size = fi.size();
    const QRegularExpressionMatch m = backupName().match(fi.fileName());
    if (m.hasMatch()) {
        const QDateTime parsed = QDateTime::fromString(m.captured(1), stampFormat);
        info.createdUtc = QDateTime(parsed.date(), parsed.time(), Qt::UTC);
        info.schemaVersion = m.captured(2).toInt();
        info.accounts = m.captured(3).toLongLong();
        return info;
    }
    // Any other file (chosen by hand): its time, and what it says inside.
    info.createdUtc = fi.lastModified().toUTC();
    Connection c;
    if (c.open(info.path, SQLITE_OPEN_READONLY)) {
        info.schemaVersion = int(scalar(c.db, "SELECT value FROM meta WHERE key = 'schema_version'", 0));
        info.accounts = scalar(c.db, "SELECT count(*) FROM accounts WHERE archived = 0", -1);
    }
    return info;
}

QList<CacheBackup::Info> CacheBackup::list(const QString &cachePath)
{
    QList<Info> backups;
    const QDir dir(folderFor(cachePath));
    for (const QString &name : dir.entryList({ u"backup-*.sqlite"_s }, QDir::Files, QDir::Name)) {
        if (backupName().match(name).hasMatch())
            backups.append(describe(dir.filePath(name)));
    }
    std::sort(backups.begin(), backups.end(),
              [](const Info &a, const Info &b) { return a.createdUtc > b.createdUtc; });
    return backups;
}

bool CacheBackup::isDue(const QString &cachePath, const QDateTime &nowUtc)
{
    const QList<Info> backups = list(cachePath);
    return backups.isEmpty() || backups.first().createdUtc.secsTo(nowUtc) >= dailyInterval;
}

int CacheBackup::prune(const QString &cachePath, int keep)
{
    int removed = 0;
    const QList<Info> backups = list(cachePath);
    for (qsizetype i = qMax(keep, 0); i < backups.size(); ++i) {
        if (QFile::remove(backups.at(i).path))
            ++removed;
    }
    // What a killed backup left: partial files nobody has written to for a while.
    const QDir dir(folderFor(cachePath));
    const QDateTime stale = QDateTime::currentDateTimeUtc().addSecs(-600);
    for (const QFileInfo &fi :
         dir.entryInfoList({ u".backup-*"_s + partialSuffix + u'*' }, QDir::Files | QDir::Hidden)) {
        if (fi.lastModified().toUTC() < stale)
            QFile::remove(fi.absoluteFilePath());
    }
    return removed;
}

CacheBackup::Outcome CacheBackup::create(const QString &cachePath, const QString &outFile, int keep,
                                         const std::atomic<bool> *cancel)
{
    Outcome outcome;
    const QString source = QFileInfo(cachePath).absoluteFilePath();
    if (!QFileInfo(source).isFile() || QFileInfo(source).size() == 0) {
        outcome.error = tr("There is no cache at %1 to back up.").arg(QDir::toNativeSeparators(source));
        return outcome;
    }
    const bool intoFolder = outFile.isEmpty();
    const QString folder = intoFolder ? folderFor(source) : QFileInfo(outFile).absolutePath();
    if (intoFolder) {
        const bool fresh = !QFileInfo::exists(folder);
        if (!QDir().mkpath(folder)) {
            outcome.error = tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(folder));
            return outcome;
        }
        if (fresh || (QFileInfo(folder).permissions() & (QFile::ReadOther | QFile::ReadGroup)))
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString partial
        = QDir(folder).filePath(u".backup-%1-%2"_s.arg(utcStamp(now)).arg(::getpid()) + partialSuffix);
    const auto cancelled = [cancel] {
        return cancel && cancel->load();
    };
    const auto abandon = [&](const QString &message) {
        if (outcome.sourceDamaged)
            Database::requestFullCheck(source);
        QFile::remove(partial);
        for (const char *side : { "-journal", "-wal", "-shm" })
            QFile::remove(partial + QLatin1StringView(side));
        outcome.error = message;
        return outcome;
    };
    if (!createPrivateFile(partial)) {
        outcome.error
            = tr("Cannot write a backup in %1: %2").arg(QDir::toNativeSeparators(folder), systemError());
        return outcome;
    }

    {
        Connection from;
        Connection to;
        if (!from.open(source, SQLITE_OPEN_READWRITE)) {
            const bool damaged = isDamageCode(from.code());
            outcome.sourceDamaged = damaged;
            return abandon(
                tr("Cannot read the cache %1: %2").arg(QDir::toNativeSeparators(source), from.message()));
        }
        if (!to.open(partial, SQLITE_OPEN_READWRITE))
            return abandon(
                tr("Cannot write the backup %1: %2").arg(QDir::toNativeSeparators(partial), to.message()));
        // One step: one read transaction on the cache, so the copy is one consistent
        // state even while another connection writes (WAL readers never block writers).
        sqlite3_backup *backup = sqlite3_backup_init(to.db, "main", from.db, "main");
        if (!backup)
            return abandon(tr("Cannot back up the cache: %1").arg(to.message()));
        int rc = SQLITE_OK;
        for (int attempt = 0; attempt < 50 && !cancelled(); ++attempt) {
            rc = sqlite3_backup_step(backup, -1);
            if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
                break;
            sqlite3_sleep(100);
        }
        sqlite3_backup_finish(backup);
        if (cancelled())
            return abandon(tr("The backup was cancelled."));
        if (rc != SQLITE_DONE) {
            outcome.sourceDamaged = isDamageCode(rc & 0xff);
            return abandon(tr("Cannot back up the cache: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
        }
        from.close();
        // The copy stands alone: one file, no write-ahead log.
        sqlite3_exec(to.db, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
        if (cancel)
            sqlite3_progress_handler(to.db, 10000, progressCancel, const_cast<std::atomic<bool> *>(cancel));
        QStringList problems;
        if (!textRows(to.db, "PRAGMA quick_check(20)", &problems)) {
            if (cancelled())
                return abandon(tr("The backup was cancelled."));
            outcome.sourceDamaged = isDamageCode(to.code());
            return abandon(tr("The copy of the cache fails its check: %1").arg(to.message()));
        }
        if (problems != QStringList { u"ok"_s }) {
            outcome.sourceDamaged = true;
            return abandon(tr("The cache is damaged; no backup was made: %1").arg(problems.join(u"; "_s)));
        }
        sqlite3_progress_handler(to.db, 0, nullptr, nullptr);
        outcome.backup.schemaVersion
            = int(scalar(to.db, "SELECT value FROM meta WHERE key = 'schema_version'", 0));
        outcome.backup.accounts = scalar(to.db, "SELECT count(*) FROM accounts WHERE archived = 0", 0);
    }
    syncPath(partial);

    QString target = QFileInfo(outFile).absoluteFilePath();
    QDateTime stamp = now;
    if (intoFolder) {
        const auto nameAt = [&](const QDateTime &t) {
            return QDir(folder).filePath(u"backup-%1Z-s%2-a%3.sqlite"_s.arg(utcStamp(t))
                                             .arg(outcome.backup.schemaVersion)
                                             .arg(outcome.backup.accounts));
        };
        target = nameAt(stamp);
        while (QFileInfo::exists(target)) {
            stamp = stamp.addMSecs(1);
            target = nameAt(stamp);
        }
    }
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) != 0)
        return abandon(
            tr("Cannot name the backup %1: %2").arg(QDir::toNativeSeparators(target), systemError()));
    syncPath(folder, true);
    outcome.backup.path = target;
    outcome.backup.createdUtc = stamp;
    outcome.backup.size = QFileInfo(target).size();
    outcome.ok = true;
    if (intoFolder)
        outcome.pruned = prune(source, keep);
    // A clean copy is a clean cache: no need to check it again at the next start.
    Database::requestFullCheck(source, false);
    return outcome;
}

CacheBackup::Check CacheBackup::check(const QString &path, bool full, const std::atomic<bool> *cancel)
{
    Check result;
    if (!QFileInfo(path).isFile()) {
        result.error = tr("There is no cache at %1.").arg(QDir::toNativeSeparators(path));
        return result;
    }
    if (const QString problem = Database::headerProblem(path); !problem.isEmpty()) {
        result.damaged = true;
        result.problems.append(problem);
        return result;
    }
    Connection c;
    if (!c.open(path, SQLITE_OPEN_READONLY)) {
        result.damaged = isDamageCode(c.code());
        result.error = c.message();
        if (result.damaged)
            result.problems.append(result.error);
        return result;
    }
    if (cancel)
        sqlite3_progress_handler(c.db, 10000, progressCancel, const_cast<std::atomic<bool> *>(cancel));
    QStringList rows;
    if (!textRows(c.db, full ? "PRAGMA integrity_check(100)" : "PRAGMA quick_check(100)", &rows)) {
        if (cancel && cancel->load()) {
            result.error = tr("The check was cancelled.");
            return result;
        }
        result.damaged = isDamageCode(c.code());
        result.error = c.message();
        if (result.damaged)
            result.problems.append(result.error);
        return result;
    }
    result.ok = rows == QStringList { u"ok"_s };
    result.damaged = !result.ok;
    if (result.damaged)
        result.problems = rows;
    return result;
}

bool CacheBackup::restore(const QString &cachePath, const QString &backupPath, Restore *result,
                          QString *error)
{
    Restore local;
    Restore &r = result ? *result : local;
    r = Restore {};
    QString ignored;
    QString &err = error ? *error : ignored;
    const QString cache = QFileInfo(cachePath).absoluteFilePath();
    const QString backup = QFileInfo(backupPath).absoluteFilePath();
    if (backup == cache) {
        err = tr("The backup and the cache are the same file.");
        return false;
    }
    const Check sound = check(backup, false);
    if (!sound.ok) {
        err = sound.damaged
            ? tr("The backup %1 is damaged too: %2")
                  .arg(QDir::toNativeSeparators(backup), sound.problems.join(u"; "_s))
            : tr("Cannot read the backup %1: %2").arg(QDir::toNativeSeparators(backup), sound.error);
        return false;
    }

    // 1. The damaged cache goes aside, never deleted: -wal and -shm keep their pairing.
    const QString stamp = utcStamp(QDateTime::currentDateTimeUtc()) + u'Z';
    const QString aside = cache + u".damaged-"_s + stamp;
    QStringList moved;
    for (const QString &suffix : { QString(), u"-wal"_s, u"-shm"_s }) {
        if (!QFileInfo::exists(cache + suffix))
            continue;
        if (::rename(QFile::encodeName(cache + suffix).constData(),
                     QFile::encodeName(aside + suffix).constData())
            != 0) {
            err = tr("Cannot move the damaged cache aside to %1: %2")
                      .arg(QDir::toNativeSeparators(aside + suffix), systemError());
            for (const QString &back : std::as_const(moved))
                ::rename(QFile::encodeName(aside + back).constData(),
                         QFile::encodeName(cache + back).constData());
            return false;
        }
        moved.append(suffix);
    }
    if (moved.contains(QString()))
        r.damagedPath = aside;
    QFile::remove(cache + u".needs-check"_s);

    // 2. Rescue what the CSM wrote and has not sent, as far as the file can be read.
    if (!r.damagedPath.isEmpty()) {
        QJsonObject tables;
        Connection c;
        if (!c.open(aside, SQLITE_OPEN_READONLY)) {
            r.rescueProblems.append(tr("The damaged cache cannot be opened: %1").arg(c.message()));
        } else {
            const struct
            {
                const char *table;
                const char *sql;
                qint64 *count;
            } parts[] = {
                { "change_journal", "SELECT * FROM change_journal WHERE sent_at IS NULL ORDER BY seq",
                  &r.rescuedChanges },
                { "notes", "SELECT * FROM notes ORDER BY pk", &r.rescuedNotes },
                { "tasks", "SELECT * FROM tasks ORDER BY pk", &r.rescuedTasks },
            };
            for (const auto &part : parts) {
                QString problem;
                const QJsonArray rows = readRows(c.db, QString::fromLatin1(part.sql), &problem);
                *part.count = rows.size();
                tables.insert(QString::fromLatin1(part.table), rows);
                if (!problem.isEmpty()) {
                    r.rescueProblems.append(tr("%1: read %n row(s), then: %2", nullptr, int(rows.size()))
                                                .arg(QString::fromLatin1(part.table), problem));
                }
            }
        }
        if (r.rescuedChanges + r.rescuedNotes + r.rescuedTasks > 0) {
            const QJsonObject doc {
                { "generated_at"_L1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
                { "damaged_cache"_L1, aside },
                { "restored_from"_L1, backup },
                { "tables"_L1, tables },
                { "problems"_L1, QJsonArray::fromStringList(r.rescueProblems) },
            };
            const QString rescue = aside + u".rescue.json"_s;
            QFile file(rescue);
            if (createPrivateFile(rescue) && file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                && file.write(QJsonDocument(doc).toJson(QJsonDocument::Indented)) > 0 && file.flush()) {
                file.close();
                syncPath(rescue);
                r.rescuePath = rescue;
            } else {
                r.rescueProblems.append(
                    tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(rescue), file.errorString()));
            }
        }
    }

    // 3. The backup goes in under a temporary name, then takes the cache's.
    const QString incoming = cache + u".restoring"_s;
    QFile::remove(incoming);
    if (!QFile::copy(backup, incoming)
        || !QFile::setPermissions(incoming, QFile::ReadOwner | QFile::WriteOwner)) {
        QFile::remove(incoming);
        err = tr("Cannot copy the backup to %1.").arg(QDir::toNativeSeparators(incoming));
        for (const QString &back : std::as_const(moved))
            ::rename(QFile::encodeName(aside + back).constData(),
                     QFile::encodeName(cache + back).constData());
        r.damagedPath.clear();
        return false;
    }
    syncPath(incoming);
    if (::rename(QFile::encodeName(incoming).constData(), QFile::encodeName(cache).constData()) != 0) {
        err = tr("Cannot put the backup in place at %1: %2")
                  .arg(QDir::toNativeSeparators(cache), systemError());
        QFile::remove(incoming);
        for (const QString &back : std::as_const(moved))
            ::rename(QFile::encodeName(aside + back).constData(),
                     QFile::encodeName(cache + back).constData());
        r.damagedPath.clear();
        return false;
    }
    syncPath(QFileInfo(cache).absolutePath(), true);
    return true;
}

QString CacheBackup::rescueSummary(const Restore &r)
{
    if (r.damagedPath.isEmpty())
        return tr("There was no damaged file to keep.");
    QString text;
    if (!r.rescuePath.isEmpty()) {
        text = tr("From the damaged cache Pitwall saved %1, %2 and %3 into %4.")
                   .arg(tr("%n unsent change(s)", nullptr, int(r.rescuedChanges)),
                        tr("%n note(s)", nullptr, int(r.rescuedNotes)),
                        tr("%n task(s)", nullptr, int(r.rescuedTasks)),
                        QDir::toNativeSeparators(r.rescuePath));
    } else if (r.rescueProblems.isEmpty()) {
        text = tr("The damaged cache held no unsent changes, notes or tasks.");
    } else {
        text = tr("Nothing could be read from the damaged cache: changes made since the backup are lost.");
    }
    if (!r.rescueProblems.isEmpty() && !r.rescuePath.isEmpty())
        text += u' ' + tr("Some of it could not be read (%1).").arg(r.rescueProblems.join(u"; "_s));
    text += u' ' + tr("The damaged file is kept as %1.").arg(QDir::toNativeSeparators(r.damagedPath));
    return text;
}

CacheBackupJob::CacheBackupJob(const QString &cachePath, QObject *parent)
    : QObject(parent)
    , m_cachePath(cachePath)
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    connect(&m_watcher, &QFutureWatcher<CacheBackup::Outcome>::finished, this,
            [this] { Q_EMIT finished(m_kind, m_watcher.result()); });
}

CacheBackupJob::~CacheBackupJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void CacheBackupJob::cancel()
{
    m_cancel->store(true);
}

void CacheBackupJob::start(Kind kind)
{
    if (m_watcher.isRunning())
        return;
    m_kind = kind;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const QString path = m_cachePath;
    const std::shared_ptr<std::atomic<bool>> flag = m_cancel;
    m_watcher.setFuture(QtConcurrent::run([path, kind, flag]() {
        if (kind == Kind::Backup)
            return CacheBackup::create(path, {}, CacheBackup::defaultKeep, flag.get());
        CacheBackup::Outcome outcome;
        const CacheBackup::Check result = CacheBackup::check(path, false, flag.get());
        outcome.ok = result.ok;
        outcome.sourceDamaged = result.damaged;
        outcome.error = result.damaged ? result.problems.join(u"; "_s) : result.error;
        if (result.damaged)
            Database::requestFullCheck(path);
        return outcome;
    }));
}
