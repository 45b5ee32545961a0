// pitwall-cli check, backup and restore: the cache's integrity, its automatic backups,
// and putting one back when the cache is damaged.
#include "CliApp.h"
#include "store/CacheBackup.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString cachePathOf(const QCommandLineParser &parser)
{
    return QFileInfo(parser.isSet(u"db"_s) ? parser.value(u"db"_s) : Database::defaultPath())
        .absoluteFilePath();
}

QJsonObject backupJson(const CacheBackup::Info &info)
{
    return QJsonObject { { "path"_L1, info.path },
                         { "created_at"_L1, info.createdUtc.toString(Qt::ISODate) },
                         { "schema_version"_L1, info.schemaVersion },
                         { "accounts"_L1, info.accounts },
                         { "bytes"_L1, info.size } };
}

} // namespace

QString CliApp::damagedCacheHint()
{
    return tr("The cache is damaged. Run \"pitwall-cli restore\" to put back the newest automatic backup "
              "(\"pitwall-cli restore --list\" shows them); the damaged file is kept aside.");
}

int CliApp::check(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption({ u"quick"_s, tr("Run the faster quick_check instead of the full integrity_check.") });
    parser.addOption({ u"json"_s, tr("Print the result as JSON.") });
    if (!parseCommand(parser, arguments, tr("Check the cache for damage.")))
        return parser.isSet(u"help"_s) ? 0 : 2;
    const QString path = cachePathOf(parser);
    const CacheBackup::Check result = CacheBackup::check(path, !parser.isSet(u"quick"_s));
    if (parser.isSet(u"json"_s)) {
        const QJsonObject o { { "database"_L1, path },
                              { "ok"_L1, result.ok },
                              { "damaged"_L1, result.damaged },
                              { "problems"_L1, QJsonArray::fromStringList(result.problems) },
                              { "error"_L1, result.error } };
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        m_out.flush();
        return result.ok ? 0 : 1;
    }
    if (result.ok) {
        m_out << tr("The cache %1 is sound.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
        return 0;
    }
    if (!result.damaged)
        return fail(tr("Cannot check the cache %1: %2").arg(QDir::toNativeSeparators(path), result.error));
    m_err << tr("The cache %1 is damaged:").arg(QDir::toNativeSeparators(path)) << '\n';
    for (const QString &problem : result.problems)
        m_err << "  " << problem << '\n';
    m_err << damagedCacheHint() << Qt::endl;
    return 1;
}

int CliApp::backup(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption(
        { u"out"_s, tr("Write the backup to this file instead of the backup folder."), tr("file") });
    parser.addOption({ u"json"_s, tr("Print the result as JSON.") });
    if (!parseCommand(parser, arguments, tr("Back the cache up.")))
        return parser.isSet(u"help"_s) ? 0 : 2;
    const QString path = cachePathOf(parser);
    QString out;
    if (parser.isSet(u"out"_s)) {
        out = QFileInfo(parser.value(u"out"_s)).absoluteFilePath();
        if (out == path)
            return fail(tr("--out must not be the cache itself"), 2);
        if (QFileInfo(out).isDir())
            return fail(tr("--out must name a file, not the folder %1").arg(QDir::toNativeSeparators(out)),
                        2);
        if (!QFileInfo(QFileInfo(out).absolutePath()).isDir())
            return fail(tr("The folder of %1 does not exist").arg(QDir::toNativeSeparators(out)), 2);
    }
    const CacheBackup::Outcome outcome = CacheBackup::create(path, out);
    if (!outcome.ok) {
        fail(outcome.error);
        if (outcome.sourceDamaged)
            m_err << damagedCacheHint() << Qt::endl;
        return 1;
    }
    if (parser.isSet(u"json"_s)) {
        QJsonObject o = backupJson(outcome.backup);
        o.insert("pruned"_L1, outcome.pruned);
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        m_out.flush();
        return 0;
    }
    const QLocale locale;
    m_out << tr("Backed up %n account(s) to %1 (%2).", nullptr, int(outcome.backup.accounts))
                 .arg(QDir::toNativeSeparators(outcome.backup.path),
                      locale.formattedDataSize(outcome.backup.size))
          << '\n';
    if (outcome.pruned > 0)
        m_out << tr("Removed %n older backup(s).", nullptr, outcome.pruned) << '\n';
    m_out.flush();
    return 0;
}

int CliApp::restore(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption({ u"list"_s, tr("List the automatic backups, newest first.") });
    parser.addOption(
        { u"from"_s, tr("Restore this backup file (default: the newest automatic backup)."), tr("file") });
    parser.addOption(
        { u"force"_s, tr("Restore even when the cache is sound (it is kept aside, not deleted).") });
    parser.addOption({ u"json"_s, tr("Print as JSON.") });
    if (!parseCommand(parser, arguments, tr("Put a backup in place of the cache.")))
        return parser.isSet(u"help"_s) ? 0 : 2;
    const QString path = cachePathOf(parser);
    const QList<CacheBackup::Info> backups = CacheBackup::list(path);
    const bool json = parser.isSet(u"json"_s);

    if (parser.isSet(u"list"_s)) {
        if (parser.isSet(u"from"_s))
            return fail(tr("restore takes --list or --from FILE, not both"), 2);
        if (json) {
            QJsonArray array;
            for (const CacheBackup::Info &info : backups)
                array.append(backupJson(info));
            m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
            m_out.flush();
            return 0;
        }
        if (backups.isEmpty()) {
            m_out << tr("No backups in %1.").arg(QDir::toNativeSeparators(CacheBackup::folderFor(path)))
                  << Qt::endl;
            return 0;
        }
        const QLocale locale;
        for (const CacheBackup::Info &info : backups) {
            m_out << info.createdUtc.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) << "  "
                  << tr("%n account(s)", nullptr, int(info.accounts)).leftJustified(16) << "  "
                  << tr("schema %1").arg(info.schemaVersion) << "  "
                  << locale.formattedDataSize(info.size).rightJustified(9) << "  "
                  << QDir::toNativeSeparators(info.path) << '\n';
        }
        m_out.flush();
        return 0;
    }

    QString from;
    if (parser.isSet(u"from"_s)) {
        from = QFileInfo(parser.value(u"from"_s)).absoluteFilePath();
        if (!QFileInfo(from).isFile())
            return fail(tr("No backup file at %1").arg(QDir::toNativeSeparators(from)), 2);
    } else if (backups.isEmpty()) {
        return fail(
            tr("There is no backup of %1 in %2; name one with --from FILE.")
                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(CacheBackup::folderFor(path))));
    } else {
        from = backups.first().path;
    }
    // A sound cache holds work newer than any backup: replacing it takes --force.
    if (!parser.isSet(u"force"_s) && QFileInfo(path).isFile() && CacheBackup::check(path, false).ok) {
        return fail(
            tr("The cache %1 is sound: restoring would replace it with an older copy. Add --force to do "
               "it anyway (the current file is kept aside).")
                .arg(QDir::toNativeSeparators(path)));
    }
    CacheBackup::Restore result;
    QString error;
    if (!CacheBackup::restore(path, from, &result, &error))
        return fail(error);
    Database db;
    if (!db.open(path, &error))
        return fail(tr("The backup is in place but cannot be opened: %1").arg(error));
    const CacheBackup::Info info = CacheBackup::describe(from);
    if (json) {
        const QJsonObject o { { "database"_L1, path },
                              { "restored_from"_L1, backupJson(info) },
                              { "damaged_file"_L1, result.damagedPath },
                              { "rescue_file"_L1, result.rescuePath },
                              { "rescued_changes"_L1, result.rescuedChanges },
                              { "rescued_notes"_L1, result.rescuedNotes },
                              { "rescued_tasks"_L1, result.rescuedTasks },
                              { "rescue_problems"_L1, QJsonArray::fromStringList(result.rescueProblems) } };
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        m_out.flush();
        return 0;
    }
    m_out << tr("Restored the backup of %1.").arg(info.description()) << '\n'
          << CacheBackup::rescueSummary(result) << '\n';
    m_out.flush();
    return 0;
}
