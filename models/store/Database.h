#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

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
    Database &operator=(const Database &) = delete;

    // AppDataLocation/pitwall.sqlite
    static QString defaultPath();
    static int latestSchemaVersion();

    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const;

    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    // The raw SQLite handle behind the Qt connection, for the bulk paths.
    sqlite3 *handle() const;
    int schemaVersion() const;

    // Runs `sql` (one statement); false and `error` set on failure.
    bool exec(const QString &sql, QString *error = nullptr);

    // The file the last migration backed the cache up to, if any.
    QString lastBackupPath() const { return m_lastBackup; }

private:
    bool migrate(QString *error);
    bool backupBeforeMigration(int fromVersion, QString *error);

    QString m_connectionName;
    QString m_path;
    QString m_lastBackup;
};
