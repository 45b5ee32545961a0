#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>

// Automatic backups of the local cache, the integrity check, and the restore.
//
// A backup is a consistent copy made with the SQLite backup API from a connection of its
// own (never a file copy of a live WAL database), written to a hidden ".partial" name,
// verified with PRAGMA quick_check, and only then renamed to its final name; a crash
// mid-backup leaves at most a ".partial" file, which no listing takes for a backup and the
// next backup removes. Backups live beside the cache in "<cache>.backups/" (mode 0700,
// files 0600), named "backup-<UTC time>-s<schema>-a<accounts>.sqlite", so a listing
// describes each without opening it; the newest `keep` are kept.
class CacheBackup
{
    Q_DECLARE_TR_FUNCTIONS(CacheBackup)

public:
    static constexpr int defaultKeep = 3;
    // The GUI makes one at start when the newest is older than this.
    static constexpr qint64 dailyInterval = 24 * 60 * 60;

    struct Info
    {
        QString path;
        QDateTime createdUtc;
        int schemaVersion = 0;
        qint64 accounts = -1; // live accounts; -1 unknown
        qint64 size = 0;
        bool isValid() const { return !path.isEmpty(); }
        // "21 Nov 2026 14:03 — 480 accounts", in the user's locale.
        QString description() const;
    };

    // "<cache>.backups"
    static QString folderFor(const QString &cachePath);
    // The backups of the cache, newest first.
    static QList<Info> list(const QString &cachePath);
    // A backup file by its name; one with another name is opened and read.
    static Info describe(const QString &file);
    static bool isDue(const QString &cachePath, const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());

    struct Outcome
    {
        bool ok = false;
        // The copy failed its check: the cache itself is damaged.
        bool sourceDamaged = false;
        QString error;
        Info backup;
        int pruned = 0;
    };
    // Backs the cache up into its folder (then prunes to `keep`), or to `outFile` (no
    // pruning). `cancel`, when set, stops the work between and inside its steps.
    static Outcome create(const QString &cachePath, const QString &outFile = {}, int keep = defaultKeep,
                          const std::atomic<bool> *cancel = nullptr);
    // Deletes all but the newest `keep` backups (and stale partial files); how many went.
    static int prune(const QString &cachePath, int keep = defaultKeep);

    struct Check
    {
        bool ok = false; // the check ran and found nothing
        bool damaged = false; // the file is damaged (else, when !ok, it could not be checked)
        QStringList problems; // what SQLite reported
        QString error;
    };
    // PRAGMA quick_check (full = false) or integrity_check on a connection of its own.
    static Check check(const QString &path, bool full, const std::atomic<bool> *cancel = nullptr);

    struct Restore
    {
        QString damagedPath; // where the damaged cache was moved
        QString rescuePath; // the JSON of what could be read from it; empty: nothing
        qint64 rescuedChanges = 0; // unsent change_journal rows
        qint64 rescuedNotes = 0;
        qint64 rescuedTasks = 0;
        QStringList rescueProblems; // what could not be read, translated
    };
    // Moves the cache (and its -wal/-shm) aside as "<cache>.damaged-<stamp>", rescues its
    // unsent changes, notes and tasks into "<that>.rescue.json" as far as it can be read,
    // and puts a copy of `backupPath` in its place. The caller opens the cache afterwards.
    static bool restore(const QString &cachePath, const QString &backupPath, Restore *result, QString *error);
    // A sentence for the user on what the rescue found.
    static QString rescueSummary(const Restore &result);
};

// CacheBackup::create or ::check on a worker thread: the GUI's backups after an import and
// once a day, and its background check of a cache too large to check at open.
class CacheBackupJob : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        Backup,
        Check
    };
    explicit CacheBackupJob(const QString &cachePath, QObject *parent = nullptr);
    // Cancels and waits for what runs.
    ~CacheBackupJob() override;

    // Ignored while one runs.
    void start(Kind kind);
    bool isRunning() const { return m_watcher.isRunning(); }
    void cancel();

Q_SIGNALS:
    void finished(CacheBackupJob::Kind kind, const CacheBackup::Outcome &outcome);

private:
    QString m_cachePath;
    Kind m_kind = Kind::Backup;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<CacheBackup::Outcome> m_watcher;
};
