#pragma once

#include "ImportFingerprints.h"
#include "ImportReport.h"
#include "Importer.h"
#include "csv/ValueParser.h"
#include "domain/Entity.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QString>

class CsvFileReader;
class Database;
class QDir;
class RecordConverter;
struct MappingProfile;
struct sqlite3;
struct BundleManifest;

// One import, inside one transaction: finds the files the profile reads, applies them
// table by table, archives what a full export no longer has, and logs the result.
// Importer::run() prepares the source and the profile; this does the work.
class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    // Thrown out of the table loops to abandon the transaction.
    struct Abort
    {
        ImportReport::Status status;
        QString message;
    };

    ImportRun(Database &db, const Importer::ProgressCallback &progress, const std::atomic_bool *cancel,
              ImportReport &report);

    // Applies the export or throws Abort; the transaction is rolled back on any throw.
    // A configuration document to store (config_documents) in the import's transaction.
    void addConfigDocument(const QString &name, const QByteArray &content, const QString &source)
    {
        m_configDocuments.append({ name, content, source });
    }

    void execute(const ImportOptions &options, const QString &folder, const MappingProfile &profile,
                 const BundleManifest *manifest);

    static QString timestamp();
    static QString findFile(const QDir &dir, const QString &name);
    // Records a refused or cancelled import in the log, outside the rolled-back transaction.
    static void logFailure(Database &db, const ImportReport &report, const QString &startedAt);

private:
    struct TableFile
    {
        Entity entity;
        QString path;
    };

    void exec(const char *sql);
    [[noreturn]] void sqlFailure(const QString &what);
    void checkCancel();
    void reportProgress(qint64 doneInFile);
    QList<TableFile> locateFiles(const QString &folder, const MappingProfile &profile);
    void importTable(const TableFile &tf, const MappingProfile &profile, bool archiveMissing);
    void importUsage(CsvFileReader &reader, RecordConverter &converter, quint64 seed,
                     ImportFingerprints &previous, bool previousValid, ImportCounts &counts);
    void reject(const QString &file, qint64 line, const QString &reason, ImportCounts &counts);
    // Refuses the import when the manifest promised another number of rows.
    void checkUtf8(const CsvFileReader &reader);
    void checkRowCount(const QString &fileName, qint64 rows);
    ImportFingerprints loadFingerprints(qint64 rowid, qint64 size);
    // The fingerprint file an import_state row refers to (empty when none).
    QString sidecarOf(QLatin1StringView entity);
    // Deletes fingerprint files no import_state row refers to (left by a crash).
    void removeOrphanSidecars();
    void rememberImport(QLatin1StringView entity, bool keep, quint64 seed, const QByteArray &contentHash,
                        qint64 rows, const ImportFingerprints &fingerprints);
    void fieldIssue(const QString &file, qint64 line, const QString &issue);
    void loadIndexes();
    void rebuildTeams();
    void addUserNamed(QByteArrayView id);
    ValueParser::DateOrder decideDateOrder(CsvFileReader &reader, const RecordConverter &converter,
                                           const MappingProfile &profile);

    sqlite3 *m_sql;
    const Importer::ProgressCallback &m_progress;
    const std::atomic_bool *m_cancel;
    ImportReport &m_report;
    const BundleManifest *m_manifest = nullptr;
    QString m_now;

    qint64 m_totalBytes = 0;
    qint64 m_doneBytes = 0;
    qint64 m_lastProgress = -1;
    QString m_stage;

    QHash<QByteArray, qint64> m_accounts; // CRM id -> pk
    QSet<QByteArray> m_users;
    QHash<QByteArray, qint64> m_metrics;
    QHash<QString, qint64> m_unknownOwners; // entity name -> count
    bool m_usersChanged = false;
    // Accounts whose activities this import added, changed or archived (their
    // last_activity_at is recomputed); all of them when the import cannot tell.
    QSet<QByteArray> m_activityAccounts;
    bool m_allActivityAccounts = false;
    // The accounts whose rule-relevant rows changed (see ImportReport::ruleAccounts).
    QSet<QByteArray> m_ruleAccounts;
    bool m_allRuleAccounts = false;
    qint64 m_fieldIssues = 0;
    QElapsedTimer m_timer;

    struct ConfigDocument
    {
        QString name;
        QByteArray content;
        QString source;
    };
    QList<ConfigDocument> m_configDocuments;

    // Fingerprint files (see ImportFingerprints::writeFile) live in a folder beside the
    // cache; empty for a cache without a file (in memory).
    QString m_sidecarDir;
    QStringList m_newSidecars; // written by this import: removed if it rolls back
    QStringList m_oldSidecars; // replaced by this import: removed once it commits
};
