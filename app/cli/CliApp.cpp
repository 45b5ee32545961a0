#include "CliApp.h"

#include "accounts/AccountFilter.h"
#include "churn/ChurnEval.h"
#include "demo/DemoExportWriter.h"
#include "export/AccountExporter.h"
#include "import/ImportReport.h"
#include "import/Importer.h"
#include "itemmodels/AccountListModel.h"
#include "store/CacheBackup.h"
#include "store/Database.h"
#include "team/TeamExporter.h"
#include "team/TeamSummary.h"
#include "work/ChangeJournal.h"
#include "work/LocalWork.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QByteArray jsonText(const QJsonDocument &doc)
{
    return doc.toJson(QJsonDocument::Indented);
}

QJsonValue nullable(const QVariant &v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(v);
}

} // namespace

CliApp::CliApp()
    : m_out(stdout)
    , m_err(stderr)
{ }

int CliApp::fail(const QString &message, int exitCode)
{
    m_err << "pitwall-cli: " << message << Qt::endl;
    return exitCode;
}

void CliApp::addCommonOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addOption(
        { u"db"_s, tr("The cache file (default: %1).").arg(Database::defaultPath()), tr("path") });
    parser.addOption(
        { u"lang"_s, tr("Language of messages, e.g. en or zh_CN (default: the system's)."), tr("language") });
}

bool CliApp::parseCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &command)
{
    parser.setApplicationDescription(command);
    if (!parser.parse(arguments)) {
        fail(parser.errorText(), 2);
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        m_out << parser.helpText();
        m_out.flush();
        return false;
    }
    return true;
}

bool CliApp::openDatabase(const QCommandLineParser &parser, Database &db)
{
    const QString path = parser.isSet(u"db"_s) ? parser.value(u"db"_s) : Database::defaultPath();
    QString error;
    if (!db.open(path, &error)) {
        fail(error);
        if (db.openError() == Database::OpenError::Damaged)
            m_err << damagedCacheHint() << Qt::endl;
        return false;
    }
    return true;
}

int CliApp::usage(int exitCode)
{
    QTextStream &s = exitCode == 0 ? m_out : m_err;
    s << tr("Usage: pitwall-cli [--db PATH] [--lang LANG] COMMAND [options]") << "\n\n"
      << tr("Commands:") << '\n'
      << "  demo-export --out DIR [--accounts N] [--seed S] [--usage-weeks W] [--as-of YYYY-MM-DD]\n"
      << "      " << tr("Write a demo export bundle that looks like a real company's book of business.") << '\n'
      << "  import SOURCE [--profile auto|native|salesforce|hubspot] [--mapping FILE] [--incremental] [--no-health] "
         "[--no-backup] [--json]\n"
      << "      " << tr("Import a folder or .zip export into the cache, all or nothing.") << '\n'
      << "  stats [--json]\n"
      << "      " << tr("Row counts per table and the last import.") << '\n'
      << "  accounts [--owner ID] [--search TEXT] [--segment S] [--archived]\n"
         "           [--json | --csv FILE | --xlsx FILE]\n"
      << "      " << tr("List the accounts in the cache, or export them as the account list does.") << '\n'
      << "  note --account ID --text TEXT [--kind note|call|meeting|email]\n"
      << "      " << tr("Add a note to an account; prints the new note's id.") << '\n'
      << "  task --account ID --title TEXT [--due YYYY-MM-DD]\n"
      << "      " << tr("Add a task to an account; prints the new task's id.") << '\n'
      << "  journal [--json]\n"
      << "      " << tr("The local changes not yet sent.") << '\n'
      << "  churn-eval --csv FILE --label COLUMN [--positive VALUE] [--id COLUMN] [--json]\n"
      << "      "
      << tr("Train and test the churn model on any labelled CSV: held-out and cross-validated ROC-AUC.")
      << '\n'
      << "  team [--scope mine|team|all] [--user ID] [--json | --xlsx FILE]\n"
      << "      "
      << tr("One row per CSM: accounts, ARR, health mix, ARR at risk, renewals, untouched, overdue tasks.")
      << '\n'
      << "  health [--recompute] [--account ID] [--json]\n"
      << "      " << tr("Each live account's health score, band, trend and the measures behind it.") << '\n'
      << "  forecast [--months N] [--scope mine|team|all] [--user ID] [--json]\n"
      << "      " << tr("Renewals due, expected ARR, the renewals least likely to renew, GRR and NRR.") << '\n'
      << "  qbr --account ID --quarter YYYYQn --out FILE.pdf|FILE.html [--template NAME] [--json]\n"
      << "  qbr --owner ID --quarter YYYYQn --out-dir DIR [--format pdf|html] [--template NAME] [--json]\n"
      << "      "
      << tr("A quarterly business review deck (PDF or HTML) for an account, or one per account of a CSM's "
            "book.")
      << '\n'
      << "  sync [--central LOCATION] [--pull-only | --push-only] [--no-health] [--json]\n"
      << "  sync status [--json]\n"
      << "      "
      << tr("Pull the newest central export and push local changes to the central outbox (a folder, a .zip "
            "or an http(s):// URL); or show the sync status.")
      << '\n'
      << "  contact --id ID [--role ROLE] [--title TEXT]\n"
      << "      " << tr("Edit a contact's role or title, the fields shared with the CRM.") << '\n'
      << "  conflicts [--json] [--resolve EDIT_ID --keep mine|theirs]\n"
      << "      " << tr("Edits waiting for the CRM, and conflicts with it; resolve one.") << '\n'
      << "  playbook templates|list|start|check|skip|show|rules [options]\n"
      << "      "
      << tr("Playbooks: the templates, the running plays and their steps (playbook --help lists the commands).")
      << '\n'
      << "  check [--quick] [--json]\n"
      << "      " << tr("Check the cache for damage (PRAGMA integrity_check); exits 1 when damaged.") << '\n'
      << "  backup [--out FILE] [--json]\n"
      << "      " << tr("Back the cache up (the newest three automatic backups are kept).") << '\n'
      << "  restore [--list] [--from FILE] [--force] [--json]\n"
      << "      "
      << tr("Put the newest backup (or FILE) in place of the cache; the damaged file is kept aside.") << '\n'
      << '\n'
      << tr("Run pitwall-cli COMMAND --help for a command's options.") << '\n';
    s.flush();
    return exitCode;
}

int CliApp::run(const QStringList &arguments)
{
    // Global options may come before the command; the command's parser also takes them.
    QStringList rest = arguments.mid(1);
    QStringList global;
    while (!rest.isEmpty() && rest.first().startsWith(u'-')) {
        const QString opt = rest.takeFirst();
        if (opt == "-h"_L1 || opt == "--help"_L1)
            return usage(0);
        if (opt == "-v"_L1 || opt == "--version"_L1) {
            m_out << "pitwall-cli " << PITWALL_VERSION << Qt::endl;
            return 0;
        }
        global.append(opt);
        if ((opt == "--db"_L1 || opt == "--lang"_L1) && !rest.isEmpty())
            global.append(rest.takeFirst());
    }
    if (rest.isEmpty())
        return usage(2);
    const QString command = rest.takeFirst();
    const QStringList commandArgs = QStringList { arguments.value(0) + u' ' + command } + global + rest;
    if (command == "demo-export"_L1)
        return demoExport(commandArgs);
    if (command == "import"_L1)
        return importSource(commandArgs);
    if (command == "stats"_L1)
        return stats(commandArgs);
    if (command == "accounts"_L1)
        return accounts(commandArgs);
    if (command == "note"_L1)
        return note(commandArgs);
    if (command == "task"_L1)
        return task(commandArgs);
    if (command == "journal"_L1)
        return journal(commandArgs);
    if (command == "churn-eval"_L1)
        return churnEval(commandArgs);
    if (command == "team"_L1)
        return team(commandArgs);
    if (command == "health"_L1)
        return health(commandArgs);
    if (command == "forecast"_L1)
        return forecast(commandArgs);
    if (command == "qbr"_L1)
        return qbr(commandArgs);
    if (command == "playbook"_L1)
        return playbook(commandArgs);
    if (command == "sync"_L1)
        return sync(commandArgs);
    if (command == "check"_L1)
        return check(commandArgs);
    if (command == "backup"_L1)
        return backup(commandArgs);
    if (command == "restore"_L1)
        return restore(commandArgs);
    if (command == "contact"_L1)
        return contact(commandArgs);
    if (command == "conflicts"_L1)
        return conflicts(commandArgs);
    if (command == "help"_L1)
        return usage(0);
    fail(tr("unknown command \"%1\"").arg(command), 2);
    return usage(2);
}

int CliApp::demoExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption({ u"out"_s, tr("Folder to write the bundle into."), tr("dir") });
    parser.addOption({ u"accounts"_s, tr("Number of accounts (default 480)."), tr("n"), u"480"_s });
    parser.addOption({ u"seed"_s, tr("Random seed; the same seed gives the same bundle (default 42)."),
                       tr("s"), u"42"_s });
    parser.addOption({ u"usage-weeks"_s, tr("Weeks of usage history (default 78)."), tr("w"), u"78"_s });
    parser.addOption({ u"as-of"_s, tr("The date the demo book is generated as of (default: today)."), tr("date") });
    if (!parseCommand(parser, arguments, tr("Write a demo export bundle.")))
        return parser.isSet(u"help"_s) ? 0 : 2;
    if (!parser.isSet(u"out"_s))
        return fail(tr("demo-export needs --out DIR"), 2);
    DemoOptions options;
    bool ok = true;
    options.accounts = parser.value(u"accounts"_s).toInt(&ok);
    if (!ok || options.accounts < 1 || options.accounts > 10'000'000)
        return fail(tr("--accounts must be a number from 1 to 10000000"), 2);
    options.seed = parser.value(u"seed"_s).toULongLong(&ok);
    if (!ok)
        return fail(tr("--seed must be a non-negative integer"), 2);
    options.usageWeeks = parser.value(u"usage-weeks"_s).toInt(&ok);
    if (!ok || options.usageWeeks < 0 || options.usageWeeks > 520)
        return fail(tr("--usage-weeks must be a number from 0 to 520"), 2);
    if (parser.isSet(u"as-of"_s)) {
        options.asOf = QDate::fromString(parser.value(u"as-of"_s), Qt::ISODate);
        if (!options.asOf.isValid())
            return fail(tr("--as-of must be a date as YYYY-MM-DD"), 2);
    }
    QElapsedTimer timer;
    timer.start();
    DemoExportWriter writer(options);
    QString error;
    if (!writer.write(parser.value(u"out"_s), &error))
        return fail(error);
    m_out << tr("Wrote a demo bundle of %1 accounts to %2 in %3 s.")
                 .arg(options.accounts)
                 .arg(QDir::toNativeSeparators(QDir(parser.value(u"out"_s)).absolutePath()))
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return 0;
}

int CliApp::importSource(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addPositionalArgument(u"source"_s, tr("A folder or a .zip of the export."));
    parser.addOption({ u"profile"_s, tr("auto, native, salesforce or hubspot (default auto)."), tr("profile"),
                       u"auto"_s });
    parser.addOption(
        { u"mapping"_s, tr("A mapping profile (JSON) to use instead of the built-in one."), tr("file") });
    parser.addOption({ u"incremental"_s, tr("The export is partial: do not archive records it lacks.") });
    parser.addOption({ u"no-health"_s, tr("Do not recompute health and churn risk after the import (run health "
                                          "--recompute later).") });
    parser.addOption({ u"no-backup"_s, tr("Skip the backup after the import (one is made when the newest is more than a day old).") });
    parser.addOption({ u"json"_s, tr("Print the report as JSON.") });
    if (!parseCommand(parser, arguments, tr("Import an export into the cache.")))
        return parser.isSet(u"help"_s) ? 0 : 2;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("import needs exactly one SOURCE (a folder or a .zip)"), 2);
    Database db;
    if (!openDatabase(parser, db))
        return 1;
    ImportOptions options;
    options.source = parser.positionalArguments().first();
    options.profile = parser.value(u"profile"_s);
    options.mappingFile = parser.value(u"mapping"_s);
    options.incremental = parser.isSet(u"incremental"_s);
    Importer importer(db);
    importer.setRefreshRisk(!parser.isSet(u"no-health"_s));
    const bool interactive = ::isatty(STDERR_FILENO) && !parser.isSet(u"json"_s);
    if (interactive) {
        importer.setProgressCallback([this](qint64 done, qint64 total, const QString &stage) {
            const int percent = total > 0 ? int(done * 100 / total) : 0;
            m_err << '\r' << QString(u"%1% %2"_s).arg(percent, 3).arg(stage).leftJustified(70) << Qt::flush;
        });
    }
    const ImportReport report = importer.run(options);
    if (interactive)
        m_err << '\r' << QString(72, u' ') << '\r' << Qt::flush;
    // A backup of every successful import, beside the cache; the newest three are kept.
    if (report.ok() && !parser.isSet(u"no-backup"_s)
        && CacheBackup::isDue(db.path())) {
        const CacheBackup::Outcome backedUp = CacheBackup::create(db.path());
        if (!backedUp.ok)
            m_err << tr("Warning: the import is saved, but no backup was made: %1").arg(backedUp.error) << Qt::endl;
    }
    if (parser.isSet(u"json"_s)) {
        m_out << jsonText(QJsonDocument(report.toJson()));
    } else {
        if (report.ok())
            m_out << report.toText();
        else
            m_err << report.toText();
    }
    m_out.flush();
    return report.ok() ? 0 : 1;
}

int CliApp::stats(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption({ u"json"_s, tr("Print as JSON.") });
    if (!parseCommand(parser, arguments, tr("Row counts of the cache.")))
        return parser.isSet(u"help"_s) ? 0 : 2;
    Database db;
    if (!openDatabase(parser, db))
        return 1;
    QSqlQuery q(db.connection());
    QJsonObject counts;
    QJsonObject archived;
    const QStringList tables = { u"users"_s, u"accounts"_s, u"contacts"_s, u"opportunities"_s,
                                 u"cases"_s, u"usage"_s,    u"nps"_s,      u"activities"_s };
    for (const QString &table : tables) {
        const bool archivable = table != "usage"_L1;
        if (!q.exec(u"SELECT COUNT(*)%1 FROM %2"_s.arg(
                archivable ? u", COALESCE(SUM(archived), 0)"_s : QString(), table))
            || !q.next())
            return fail(q.lastError().text());
        counts.insert(table, q.value(0).toLongLong());
        if (archivable)
            archived.insert(table, q.value(1).toLongLong());
    }
    QJsonValue lastImport = QJsonValue::Null;
    if (q.exec(u"SELECT id, started_at, finished_at, source, profile, export_id, status, added, changed, "
               u"unchanged, "
               "archived, rejected, message FROM import_log ORDER BY id DESC LIMIT 1"_s)
        && q.next()) {
        lastImport = QJsonObject {
            { "id"_L1, q.value(0).toLongLong() },        { "started_at"_L1, q.value(1).toString() },
            { "finished_at"_L1, nullable(q.value(2)) },  { "source"_L1, q.value(3).toString() },
            { "profile"_L1, q.value(4).toString() },     { "export_id"_L1, nullable(q.value(5)) },
            { "status"_L1, q.value(6).toString() },      { "added"_L1, q.value(7).toLongLong() },
            { "changed"_L1, q.value(8).toLongLong() },   { "unchanged"_L1, q.value(9).toLongLong() },
            { "archived"_L1, q.value(10).toLongLong() }, { "rejected"_L1, q.value(11).toLongLong() },
            { "message"_L1, nullable(q.value(12)) }
        };
    }
    if (parser.isSet(u"json"_s)) {
        const QJsonObject o { { "database"_L1, db.path() },
                              { "schema_version"_L1, db.schemaVersion() },
                              { "counts"_L1, counts },
                              { "archived"_L1, archived },
                              { "last_import"_L1, lastImport } };
        m_out << jsonText(QJsonDocument(o));
        return 0;
    }
    const QLocale locale;
    m_out << tr("Cache: %1 (schema %2)").arg(db.path()).arg(db.schemaVersion()) << '\n';
    for (const QString &table : tables) {
        m_out << "  " << table.leftJustified(14)
              << locale.toString(counts.value(table).toInteger()).rightJustified(12);
        if (archived.value(table).toInteger() > 0)
            m_out << "  " << tr("(%1 archived)").arg(locale.toString(archived.value(table).toInteger()));
        m_out << '\n';
    }
    if (lastImport.isObject()) {
        const QJsonObject li = lastImport.toObject();
        m_out << tr("Last import: %1 from %2 (%3): %4 added, %5 changed, %6 unchanged, %7 archived, %8 "
                    "rejected")
                     .arg(li.value("started_at"_L1).toString(), li.value("source"_L1).toString(),
                          ImportReport::statusText(li.value("status"_L1).toString()))
                     .arg(li.value("added"_L1).toInteger())
                     .arg(li.value("changed"_L1).toInteger())
                     .arg(li.value("unchanged"_L1).toInteger())
                     .arg(li.value("archived"_L1).toInteger())
                     .arg(li.value("rejected"_L1).toInteger())
              << '\n';
    } else {
        m_out << tr("No import yet.") << '\n';
    }
    m_out.flush();
    return 0;
}

namespace {

// Columns in a terminal: CJK characters take two.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF)
            || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
            || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6);
        width += c.isLowSurrogate() ? 0 : (wide ? 2 : 1);
    }
    return width;
}

QString padded(const QString &text, int width)
{
    return text + QString(qMax(0, width - displayWidth(text)), u' ');
}

// One line, at most `max` columns.
QString shortValue(const QString &text, int max)
{
    QString line = text.simplified();
    if (displayWidth(line) <= max)
        return line;
    while (!line.isEmpty() && displayWidth(line) > max - 1)
        line.chop(1);
    return line + u'…';
}

} // namespace

QString CliApp::author()
{
    QSettings settings;
    Workspace workspace;
    workspace.load(settings);
    return workspace.author();
}

int CliApp::note(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption({ u"account"_s, tr("The account's CRM id."), tr("id") });
    parser.addOption({ u"text"_s, tr("The text of the note."), tr("text") });
    parser.addOption(
        { u"kind"_s, tr("note, call, meeting or email (default note)."), tr("kind"), u"note"_s });
    if (!parseCommand(parser, arguments, tr("Add a note to an account.")))
        return parser.isSet(u"help"_s) ? 0 : 2;
    if (!parser.isSet(u"account"_s) || !parser.isSet(u"text"_s))
        return fail(tr("note needs --account ID and --text TEXT"), 2);
    const QString text = parser.value(u"text"_s);
    if (text.trimmed().isEmpty())
        return fail(tr("--text must not be empty"), 2);
    const QString kind = parser.value(u"kind"_s);
    if (!LocalWork::noteKinds().contains(kind))
        return fail(tr("--kind must be note, call, meeting or email"), 2);
    Database db;
    if (!openDatabase(parser, db))
        return 1;
    LocalWork work(db, author());
    const QString id = work.addNote(parser.value(u"account"_s), text, kind);
    if (id.isEmpty())
        return fail(work.lastError());
    m_out << id << Qt::endl;
    return 0;
}

int CliApp::task(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption({ u"account"_s, tr("The account's CRM id."), tr("id") });
    parser.addOption({ u"title"_s, tr("What is to be done."), tr("text") });
    parser.addOption({ u"due"_s, tr("The due date, as YYYY-MM-DD."), tr("date") });
    if (!parseCommand(parser, arguments, tr("Add a task to an account.")))
        return parser.isSet(u"help"_s) ? 0 : 2;
    if (!parser.isSet(u"account"_s) || !parser.isSet(u"title"_s))
        return fail(tr("task needs --account ID and --title TEXT"), 2);
    const QString title = parser.value(u"title"_s);
    if (title.trimmed().isEmpty())
        return fail(tr("--title must not be empty"), 2);
    QDate due;
    if (parser.isSet(u"due"_s)) {
        due = QDate::fromString(parser.value(u"due"_s), Qt::ISODate);
        if (!due.isValid())
            return fail(tr("--due must be a date as YYYY-MM-DD, not “%1”").arg(parser.value(u"due"_s)), 2);
    }
    Database db;
    if (!openDatabase(parser, db))
        return 1;
    LocalWork work(db, author());
    const QString id = work.addTask(parser.value(u"account"_s), title, due);
    if (id.isEmpty())
        return fail(work.lastError());
    m_out << id << Qt::endl;
    return 0;
}

int CliApp::journal(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption({ u"json"_s, tr("Print as JSON: an array of change objects.") });
    if (!parseCommand(parser, arguments, tr("The local changes not yet sent.")))
        return parser.isSet(u"help"_s) ? 0 : 2;
    Database db;
    if (!openDatabase(parser, db))
        return 1;
    const ChangeJournal journal(db);
    const QList<ChangeJournal::Change> changes = journal.unsent();
    if (!journal.lastError().isEmpty())
        return fail(journal.lastError());
    if (parser.isSet(u"json"_s)) {
        m_out << jsonText(QJsonDocument(ChangeJournal::toJson(changes)));
        m_out.flush();
        return 0;
    }
    if (changes.isEmpty()) {
        m_out << tr("No local changes waiting to be sent.") << Qt::endl;
        return 0;
    }

    QHash<QString, QString> accountNames;
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT name FROM accounts WHERE id = ?"_s);
    QList<QStringList> table = { { tr("Time"), tr("Entity"), tr("Field"), tr("Account"), tr("New value") } };
    for (const ChangeJournal::Change &change : changes) {
        if (!change.accountId.isEmpty() && !accountNames.contains(change.accountId)) {
            q.bindValue(0, change.accountId);
            accountNames.insert(change.accountId,
                                q.exec() && q.next() ? q.value(0).toString() : change.accountId);
        }
        QString value = change.newValue.isNull() ? tr("(none)") : change.newValue.toString();
        if (change.field == "created"_L1) {
            // The new record as JSON: show what the CSM wrote.
            const QJsonObject record = QJsonDocument::fromJson(value.toUtf8()).object();
            for (const char *key : { "body", "title", "level", "template_name" }) {
                if (record.contains(QLatin1StringView(key))) {
                    value = record.value(QLatin1StringView(key)).toString();
                    break;
                }
            }
        }
        const QDateTime at = QDateTime::fromString(change.at, Qt::ISODateWithMs);
        table.append({ at.isValid() ? at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : change.at,
                       change.entity, change.field,
                       shortValue(accountNames.value(change.accountId, change.accountId), 28),
                       shortValue(value, 48) });
    }
    QList<int> widths(table.first().size(), 0);
    for (const QStringList &row : std::as_const(table)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths.at(i), displayWidth(row.at(i)));
    }
    for (const QStringList &row : std::as_const(table)) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? padded(row.at(i), widths.at(i) + 2) : row.at(i);
        m_out << line << '\n';
    }
    m_out << tr("%n change(s) not yet sent", nullptr, int(changes.size())) << '\n';
    m_out.flush();
    return 0;
}

int CliApp::accounts(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption(
        { u"owner"_s, tr("Only the accounts of this owner (user id); may be repeated."), tr("id") });
    parser.addOption(
        { u"search"_s, tr("Only accounts whose name, CRM id or owner contains every word."), tr("text") });
    parser.addOption({ u"segment"_s, tr("Only accounts in this segment; may be repeated."), tr("segment") });
    parser.addOption({ u"archived"_s, tr("Include archived accounts.") });
    parser.addOption({ u"json"_s, tr("Print as JSON.") });
    parser.addOption(
        { u"csv"_s, tr("Write the accounts to a CSV file (UTF-8, as Excel opens it)."), tr("file") });
    parser.addOption({ u"xlsx"_s, tr("Write the accounts to an Excel workbook."), tr("file") });
    if (!parseCommand(parser, arguments, tr("List the accounts in the cache.")))
        return parser.isSet(u"help"_s) ? 0 : 2;
    const bool toCsv = parser.isSet(u"csv"_s);
    const bool toXlsx = parser.isSet(u"xlsx"_s);
    if (toCsv && toXlsx)
        return fail(tr("accounts takes --csv FILE or --xlsx FILE, not both"), 2);
    if ((toCsv || toXlsx) && parser.isSet(u"json"_s))
        return fail(tr("--json prints the list; it cannot be combined with --csv or --xlsx"), 2);
    Database db;
    if (!openDatabase(parser, db))
        return 1;

    AccountFilter filter;
    filter.ownerIds = parser.values(u"owner"_s);
    filter.searchText = parser.value(u"search"_s);
    filter.archived
        = parser.isSet(u"archived"_s) ? AccountFilter::Archived::Include : AccountFilter::Archived::Exclude;
    // A segment as stored ("mid_market") or as the list shows it ("Mid-market"), in any case.
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    for (const QString &wanted : parser.values(u"segment"_s)) {
        QString match = wanted;
        if (q.exec(u"SELECT DISTINCT segment FROM accounts WHERE segment IS NOT NULL"_s)) {
            while (q.next()) {
                const QString stored = q.value(0).toString();
                if (stored.compare(wanted, Qt::CaseInsensitive) == 0
                    || AccountListModel::valueLabel(stored).compare(wanted, Qt::CaseInsensitive) == 0)
                    match = stored;
            }
        }
        filter.segments << match;
    }

    if (toCsv || toXlsx) {
        const QString path = parser.value(toCsv ? u"csv"_s : u"xlsx"_s);
        AccountExporter exporter(db);
        const bool interactive = ::isatty(STDERR_FILENO);
        if (interactive) {
            exporter.setProgressCallback([this](qint64 done, qint64 total) {
                m_err << '\r' << tr("Exporting: %1 of %2 accounts").arg(done).arg(total).leftJustified(60)
                      << Qt::flush;
                return true;
            });
        }
        AccountExporter::Options options;
        options.filter = filter;
        const bool ok = exporter.exportTo(
            path, toCsv ? AccountExporter::Format::Csv : AccountExporter::Format::Xlsx, options);
        if (interactive)
            m_err << '\r' << QString(62, u' ') << '\r' << Qt::flush;
        if (!ok)
            return fail(exporter.errorString());
        m_out << tr("Exported %n account(s) to %1.", nullptr, int(exporter.rowsWritten()))
                     .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
              << Qt::endl;
        return 0;
    }

    QVariantList binds;
    q.prepare(
        u"SELECT a.id, a.name, a.owner_id, u.name, a.segment, a.arr, a.currency, a.renewal_date, "
        "a.status, a.lifecycle_stage, a.archived FROM accounts a LEFT JOIN users u ON u.id = a.owner_id "
        "WHERE "_s
        + filter.sqlCondition(&binds) + u" ORDER BY a.name COLLATE NOCASE, a.id"_s);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec())
        return fail(q.lastError().text());
    const bool json = parser.isSet(u"json"_s);
    QJsonArray list;
    const QLocale locale;
    qint64 n = 0;
    while (q.next()) {
        ++n;
        if (json) {
            list.append(QJsonObject { { "id"_L1, q.value(0).toString() },
                                      { "name"_L1, q.value(1).toString() },
                                      { "owner"_L1, nullable(q.value(2)) },
                                      { "owner_name"_L1, nullable(q.value(3)) },
                                      { "segment"_L1, nullable(q.value(4)) },
                                      { "arr"_L1, nullable(q.value(5)) },
                                      { "currency"_L1, nullable(q.value(6)) },
                                      { "renewal_date"_L1, nullable(q.value(7)) },
                                      { "status"_L1, nullable(q.value(8)) },
                                      { "lifecycle_stage"_L1, nullable(q.value(9)) },
                                      { "archived"_L1, q.value(10).toBool() } });
        } else {
            m_out << q.value(0).toString().leftJustified(20) << ' '
                  << q.value(1).toString().leftJustified(36, u' ', true) << ' '
                  << q.value(3).toString().leftJustified(22, u' ', true) << ' '
                  << (q.value(5).isNull() ? QString() : locale.toString(q.value(5).toDouble(), 'f', 0))
                         .rightJustified(12)
                  << ' ' << q.value(7).toString() << '\n';
        }
    }
    if (json)
        m_out << jsonText(QJsonDocument(list));
    else
        m_out << QCoreApplication::translate("CliApp", "%n account(s)", nullptr, int(n)) << '\n';
    m_out.flush();
    return 0;
}

int CliApp::churnEval(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption(
        { u"csv"_s, tr("The labelled CSV file: one row per customer, any encoding."), tr("file") });
    parser.addOption({ u"label"_s, tr("The column that holds the outcome (e.g. Churn)."), tr("column") });
    parser.addOption(
        { u"positive"_s,
          tr("The outcome value to predict (default: Yes, 1, true or churned if present, else the "
             "rarer value)."),
          tr("value") });
    parser.addOption({ u"id"_s, tr("A column to leave out of the features (an identifier)."), tr("column") });
    parser.addOption({ u"json"_s, tr("Print as JSON.") });
    if (!parseCommand(parser, arguments, tr("Train and test the churn model on a labelled CSV.")))
        return parser.isSet(u"help"_s) ? 0 : 2;
    if (!parser.isSet(u"csv"_s) || !parser.isSet(u"label"_s))
        return fail(tr("churn-eval needs --csv FILE and --label COLUMN"), 2);
    ChurnEval::Options options;
    options.csvPath = parser.value(u"csv"_s);
    options.labelColumn = parser.value(u"label"_s);
    options.positiveValue = parser.value(u"positive"_s);
    options.idColumn = parser.value(u"id"_s);
    if (parser.isSet(u"positive"_s) && options.positiveValue.trimmed().isEmpty())
        return fail(tr("--positive must not be empty"), 2);
    ChurnEval::Result result;
    QString error;
    if (!ChurnEval::run(options, &result, &error))
        return fail(error);
    if (parser.isSet(u"json"_s))
        m_out << jsonText(QJsonDocument(result.toJson()));
    else
        m_out << result.toText();
    m_out.flush();
    return 0;
}

int CliApp::team(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption({ u"scope"_s, tr("mine, team or all (default team)."), tr("scope"), u"team"_s });
    parser.addOption({ u"user"_s, tr("Whose team the scope means (default: the GUI's user)."), tr("id") });
    parser.addOption({ u"as-of"_s, tr("The day the figures are for (default: today)."), tr("date") });
    parser.addOption({ u"json"_s, tr("Print as JSON: an array with one object per CSM.") });
    parser.addOption({ u"xlsx"_s, tr("Write the table to an Excel workbook."), tr("file") });
    if (!parseCommand(parser, arguments, tr("One row per CSM: accounts, ARR, health, risk, renewals, work.")))
        return parser.isSet(u"help"_s) ? 0 : 2;
    if (parser.isSet(u"json"_s) && parser.isSet(u"xlsx"_s))
        return fail(tr("--json prints the table; it cannot be combined with --xlsx"), 2);
    TeamSummary::Options options;
    const QString scope = parser.value(u"scope"_s).toLower();
    if (scope == "mine"_L1 || scope == "book"_L1)
        options.scope = Workspace::Scope::MyBook;
    else if (scope == "team"_L1)
        options.scope = Workspace::Scope::MyTeam;
    else if (scope == "all"_L1)
        options.scope = Workspace::Scope::All;
    else
        return fail(tr("--scope must be mine, team or all, not \"%1\".").arg(parser.value(u"scope"_s)), 2);
    if (parser.isSet(u"as-of"_s)) {
        options.today = QDate::fromString(parser.value(u"as-of"_s), Qt::ISODate);
        if (!options.today.isValid())
            return fail(tr("--as-of needs a date as YYYY-MM-DD, not \"%1\".").arg(parser.value(u"as-of"_s)),
                        2);
    }
    Database db;
    if (!openDatabase(parser, db))
        return 1;
    options.userId = parser.value(u"user"_s);
    if (options.userId.isEmpty()) {
        QSettings settings;
        Workspace workspace;
        workspace.load(settings);
        options.userId = workspace.userId();
    }
    QString userName;
    if (!options.userId.isEmpty()) {
        QSqlQuery q(db.connection());
        q.prepare(u"SELECT name FROM users WHERE id = ?"_s);
        q.addBindValue(options.userId);
        if (!q.exec())
            return fail(q.lastError().text());
        if (!q.next())
            return fail(tr("There is no user \"%1\" in the cache.").arg(options.userId));
        userName = q.value(0).toString();
    } else if (options.scope != Workspace::Scope::All) {
        return fail(tr("--scope %1 needs --user ID (no user is chosen in Pitwall yet), or use --scope all.")
                        .arg(scope),
                    2);
    }

    const TeamSummary summary = TeamSummary::compute(db, options);
    if (!summary.isValid())
        return fail(summary.error);
    const QString whose = options.scope == Workspace::Scope::All ? tr("Every CSM")
        : options.scope == Workspace::Scope::MyBook              ? tr("The book of %1").arg(userName)
                                                                 : tr("My team of %1").arg(userName);

    if (parser.isSet(u"xlsx"_s)) {
        const QString path = parser.value(u"xlsx"_s);
        TeamExporter exporter;
        TeamExporter::Options exportOptions;
        exportOptions.note = whose;
        if (!exporter.exportTo(path, summary, exportOptions))
            return fail(exporter.errorString());
        m_out << tr("Exported %Ln CSM(s) to %1.", nullptr, int(summary.rows.size()))
                     .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
              << Qt::endl;
        return 0;
    }
    if (parser.isSet(u"json"_s)) {
        m_out << jsonText(QJsonDocument(summary.toJson()));
        m_out.flush();
        return 0;
    }

    // An aligned table; money in the main currency, the others under the table.
    const QLocale locale;
    const auto money = [&locale](double amount) {
        return locale.toString(amount, 'f', 0);
    };
    const QStringList titles
        = { tr("CSM"),       tr("Team"),          tr("Accounts"), tr("ARR"),     tr("Red"),
            tr("Yellow"),    tr("Green"),         tr("Unscored"), tr("At risk"), tr("Renew 90d"),
            tr("Renew ARR"), tr("Untouched 30d"), tr("Overdue") };
    QList<QStringList> lines;
    const auto lineOf = [&](const TeamSummary::Row &row) {
        const TeamSummary::Figures &f = row.figures;
        return QStringList { shortValue(TeamSummary::rowLabel(row), 28),
                             shortValue(row.isTotal() ? QString() : row.team, 20),
                             locale.toString(f.accounts),
                             money(f.arr),
                             locale.toString(f.red),
                             locale.toString(f.yellow),
                             locale.toString(f.green),
                             locale.toString(f.notScored),
                             f.churnUnscored >= f.accounts ? u"-"_s : money(f.arrAtRisk),
                             locale.toString(f.renewals),
                             money(f.renewalArr),
                             locale.toString(f.notTouched),
                             locale.toString(f.overdueTasks) };
    };
    for (const TeamSummary::Row &row : summary.rows)
        lines << lineOf(row);
    const QStringList totalLine = lineOf(summary.total);
    QList<int> widths;
    for (qsizetype c = 0; c < titles.size(); ++c) {
        int w = displayWidth(titles.at(c));
        for (const QStringList &line : std::as_const(lines))
            w = qMax(w, displayWidth(line.at(c)));
        widths << qMax(w, displayWidth(totalLine.at(c)));
    }
    const auto print = [&](const QStringList &cells) {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c > 0)
                text += u"  "_s;
            const int pad = qMax(0, widths.at(c) - displayWidth(cells.at(c)));
            // Names left, figures right.
            text += c < 2 ? cells.at(c) + QString(pad, u' ') : QString(pad, u' ') + cells.at(c);
        }
        while (text.endsWith(u' '))
            text.chop(1);
        m_out << text << '\n';
    };

    QStringList heading { whose, tr("%Ln CSM(s)", nullptr, int(summary.rows.size())),
                          tr("%Ln account(s)", nullptr, int(summary.total.figures.accounts)),
                          tr("as of %1").arg(summary.today.toString(Qt::ISODate)) };
    if (!summary.mainCurrency.isEmpty())
        heading << tr("amounts in %1").arg(summary.mainCurrency);
    m_out << heading.join(u" · "_s) << "\n\n";
    if (summary.rows.isEmpty()) {
        m_out << tr("No CSM in this scope owns a live account.") << '\n';
        m_out.flush();
        return 0;
    }
    print(titles);
    for (const QStringList &line : std::as_const(lines))
        print(line);
    int ruleWidth = 0;
    for (const int w : std::as_const(widths))
        ruleWidth += w + 2;
    m_out << QString(qMax(0, ruleWidth - 2), u'-') << '\n';
    print(totalLine);

    QStringList others;
    for (const TeamSummary::Row &row : summary.rows + QList<TeamSummary::Row> { summary.total }) {
        for (const TeamSummary::Slice &slice : row.byCurrency) {
            if (slice.currency == summary.mainCurrency)
                continue;
            others << tr("  %1: %2 %3 ARR in %Ln account(s), %4 at risk, %5 renewing in 90 days", nullptr,
                         int(slice.figures.accounts))
                          .arg(TeamSummary::rowLabel(row),
                               slice.currency.isEmpty() ? tr("(no currency)") : slice.currency,
                               money(slice.figures.arr), money(slice.figures.arrAtRisk),
                               money(slice.figures.renewalArr));
        }
    }
    if (!others.isEmpty())
        m_out << '\n' << tr("Other currencies (never converted):") << '\n' << others.join(u'\n') << '\n';
    if (!summary.hasChurnScores())
        m_out << '\n' << tr("No account has a churn probability yet, so ARR at risk is not known.") << '\n';
    else if (summary.total.figures.churnUnscored > 0)
        m_out << '\n'
              << tr("%Ln account(s) without a churn probability count 0 in ARR at risk.", nullptr,
                    int(summary.total.figures.churnUnscored))
              << '\n';
    if (summary.options.scope == Workspace::Scope::MyTeam && summary.teamMembers == 0)
        m_out << '\n' << tr("%1 has no team in the cache: this is their own book.").arg(userName) << '\n';
    m_out.flush();
    return 0;
}
