// pitwall-cli sync: pull the newest central export, push local changes to the outbox, and
// the sync status.
#include "CliApp.h"
#include "store/CacheBackup.h"
#include "store/Database.h"
#include "sync/SyncEngine.h"
#include "sync/SyncStatus.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Fault injection for the crash tests: PITWALL_SYNC_KILL_AT=<checkpoint> (e.g.
// "files-written", "file-started:changes.jsonl") makes the process SIGKILL itself there.
const char *const killAtVariable = "PITWALL_SYNC_KILL_AT";

} // namespace

int CliApp::sync(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addPositionalArgument(u"status"_s, tr("Show the sync status instead of syncing."), u"[status]"_s);
    parser.addOption(
        { u"central"_s,
          tr("The central location: a folder, a .zip file or an http(s):// URL (default: the one "
             "last synced with)."),
          tr("location") });
    parser.addOption({ u"pull-only"_s, tr("Only import the newest export; push nothing.") });
    parser.addOption({ u"push-only"_s, tr("Only write local changes to the outbox; import nothing.") });
    parser.addOption({ u"no-health"_s, tr("Do not recompute health and churn risk after an import.") });
    parser.addOption({ u"no-backup"_s, tr("Skip the backup after the import (one is made when the newest is more than a day old).") });
    parser.addOption({ u"timeout"_s, tr("HTTP: give up after this many seconds without data (default 30)."),
                       tr("seconds"), u"30"_s });
    parser.addOption({ u"json"_s, tr("Print the result as JSON.") });
    if (!parseCommand(parser, arguments, tr("Sync the cache with the central location.")))
        return parser.isSet(u"help"_s) ? 0 : 2;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && positional.first() != "status"_L1))
        return fail(tr("sync takes no argument but \"status\"; the location goes after --central"), 2);
    const bool json = parser.isSet(u"json"_s);
    Database db;
    if (!openDatabase(parser, db))
        return 1;

    if (positional.size() == 1) {
        SyncStatus status;
        QString error;
        if (!SyncStatus::load(db.connection(), &status, &error))
            return fail(error);
        if (json)
            m_out << QJsonDocument(status.toJson()).toJson(QJsonDocument::Indented);
        else
            m_out << status.toText() << '\n';
        m_out.flush();
        return 0;
    }

    if (parser.isSet(u"pull-only"_s) && parser.isSet(u"push-only"_s))
        return fail(tr("--pull-only and --push-only exclude each other"), 2);
    SyncOptions options;
    options.central = parser.value(u"central"_s);
    if (options.central.isEmpty()) {
        QSqlQuery q(db.connection());
        if (q.exec(u"SELECT central FROM sync_state WHERE id = 1"_s) && q.next())
            options.central = q.value(0).toString();
        if (options.central.isEmpty())
            return fail(tr("sync needs --central LOCATION (a folder, a .zip file or an http(s):// URL)"), 2);
    }
    options.pull = !parser.isSet(u"push-only"_s);
    options.push = !parser.isSet(u"pull-only"_s);
    options.userId = author();
    options.refreshRisk = !parser.isSet(u"no-health"_s);
    bool ok = false;
    const int timeout = parser.value(u"timeout"_s).toInt(&ok);
    if (!ok || timeout < 1 || timeout > 3600)
        return fail(tr("--timeout must be a number of seconds from 1 to 3600"), 2);
    options.timeoutMs = timeout * 1000;

    SyncEngine engine(db);
    const QByteArray killAt = qgetenv(killAtVariable);
    if (!killAt.isEmpty()) {
        engine.setCheckpoint([killAt](const QString &point) {
            if (point.toUtf8() == killAt)
                std::raise(SIGKILL);
        });
    }
    const bool interactive = ::isatty(STDERR_FILENO) && !json;
    if (interactive) {
        engine.setProgressCallback([this](int done, int total, const QString &phase) {
            const QString line
                = total > 0 ? u"%1% %2"_s.arg(qint64(done) * 100 / total, 3).arg(phase) : phase;
            m_err << '\r' << line.left(70).leftJustified(70) << Qt::flush;
        });
    }
    const SyncReport report = engine.run(options);
    if (interactive)
        m_err << '\r' << QString(72, u' ') << '\r' << Qt::flush;
    if (report.pull == SyncReport::Pull::Imported && !parser.isSet(u"no-backup"_s)
        && CacheBackup::isDue(db.path())) {
        const CacheBackup::Outcome backedUp = CacheBackup::create(db.path());
        if (!backedUp.ok)
            m_err << tr("Warning: the import is saved, but no backup was made: %1").arg(backedUp.error)
                  << Qt::endl;
    }
    if (json) {
        m_out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    } else if (report.ok()) {
        m_out << report.toText() << '\n';
    } else {
        m_err << report.toText() << '\n';
    }
    m_out.flush();
    m_err.flush();
    switch (report.result) {
    case SyncReport::Result::Ok:
        return 0;
    case SyncReport::Result::Offline:
        return 3;
    case SyncReport::Result::Cancelled:
    case SyncReport::Result::Failed:
        break;
    }
    return 1;
}
