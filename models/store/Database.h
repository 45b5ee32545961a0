#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class QFileInfo;
struct sqlite3;

// One connection to the local cache. Each thread that touches the cache opens its own
// Database on the same file (SQLite in WAL mode lets readers run beside one writer).
//
// open() creates the file with mode 0600, switches to WAL, and migrates the schema
// forward, one transaction per step, after backing the file up with VACUUM INTO.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    // Why open() failed. Damaged: the file is there and readable but is not a sound SQLite
    // database (SQLITE_CORRUPT, SQLITE_NOTADB, a bad header, a truncated file, a failing
    // quick_check): offer a restore from the automatic backups (store/CacheBackup.h).
    enum class OpenError
    {
        None,
        Damaged,
        Inaccessible, // permissions, a missing or unwritable folder
        TooNew, // written by a newer Pitwall
        Failed // anything else (disk full, I/O error, ...)
    };
    // Caches up to this size get a PRAGMA quick_check at open (about 0.1 s); larger ones
    // only the cheap checks, and the GUI runs quick_check in the background (4.5 s for
    // a 2 GB cache of 100k accounts). A file is checked once per process while unchanged.
    static constexpr qint64 quickCheckAtOpenLimit = 64 * 1024 * 1024;
    // How long a statement waits for another connection's lock before giving up.
    static constexpr int busyTimeoutMs = 10000;

    Database &operator=(const Database &) = delete;

    // AppDataLocation/pitwall.sqlite
    static QString defaultPath();
    static int latestSchemaVersion();

    bool open(const QString &path, QString *error);
    OpenError openError() const { return m_openError; }
    // True when the file passed quick_check at this open (or earlier in this process,
    // unchanged since): false for large caches, which want a check in the background.
    bool verifiedAtOpen() const { return m_verified; }
    // The next open() of `path`, in any process, runs quick_check whatever the size
    // (set when a background check or a backup found damage; cleared by a clean check).
    static void requestFullCheck(const QString &path, bool request = true);
    // The checks that need no SQL: the header, and a file cut short. Empty when the file
    // looks sound (or is empty: a new cache), else what is wrong, translated.
    static QString headerProblem(const QString &path);
    void close();
    bool isOpen() const;

    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    // The raw SQLite handle behind the Qt connection, for the bulk paths.
    sqlite3 *handle() const;
    // The same for any Qt SQLite connection; nullptr for another driver.
    static sqlite3 *handleOf(const QSqlDatabase &db);
    int schemaVersion() const;

    // Runs `sql` (one statement); false and `error` set on failure.
    bool exec(const QString &sql, QString *error = nullptr);

    // The file the last migration backed the cache up to, if any.
    QString lastBackupPath() const { return m_lastBackup; }

private:
    bool migrate(QString *error);
    bool backupBeforeMigration(int fromVersion, QString *error);
    bool openConnection(const QFileInfo &info, const QString &path, QString *error);
    // Sets the error; the caller closes.
    bool fail(OpenError kind, const QString &message, QString *error);
    bool checkAtOpen(QString *error);

    QString m_connectionName;
    QString m_path;
    QString m_lastBackup;
    OpenError m_openError = OpenError::None;
    bool m_verified = false;
};
