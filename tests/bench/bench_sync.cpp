// Sync benchmark: a central folder with a generated export (DemoExportWriter), synced once
// (the import), then synced again while nothing changed, in-process (SyncEngine) and end to
// end (pitwall-cli sync, a new process opening the cache each time); then a push of 1,000
// waiting notes. Prints medians. Goal: an unchanged 100k-account export under 1 s.
//   bench_sync [--accounts N] [--usage-weeks W] [--runs R]
#include "demo/DemoExportWriter.h"
#include "store/Database.h"
#include "sync/SyncEngine.h"
#include "work/LocalWork.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Benchmark of sync with an unchanged central export"_s);
    parser.addHelpOption();
    parser.addOption({ u"accounts"_s, u"Accounts in the export (default 100000)."_s, u"n"_s, u"100000"_s });
    parser.addOption({ u"usage-weeks"_s, u"Weeks of usage per account (default 26)."_s, u"w"_s, u"26"_s });
    parser.addOption({ u"runs"_s, u"Repetitions of each measurement (default 7)."_s, u"n"_s, u"7"_s });
    parser.process(app);
    const int runs = qMax(1, parser.value(u"runs"_s).toInt());

    QTemporaryDir work;
    const QString central = work.filePath(u"central"_s);
    const QString cache = work.filePath(u"cache.sqlite"_s);
    DemoOptions demo;
    demo.accounts = parser.value(u"accounts"_s).toInt();
    demo.usageWeeks = parser.value(u"usage-weeks"_s).toInt();
    demo.asOf = QDate(2026, 11, 20);
    out << "Generating " << demo.accounts << " accounts, " << demo.usageWeeks << " weeks of usage..."
        << Qt::endl;
    QString error;
    if (!DemoExportWriter(demo).write(central + u"/exports/2026-11-20"_s, &error)) {
        out << "demo export failed: " << error << Qt::endl;
        return 1;
    }

    Database db;
    if (!db.open(cache, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    SyncOptions options;
    options.central = central;
    options.userId = u"bench"_s;
    options.refreshRisk = false;
    options.asOf = demo.asOf;
    QElapsedTimer timer;
    timer.start();
    SyncReport first = SyncEngine(db).run(options);
    const double firstSeconds = timer.elapsed() / 1000.0;
    if (!first.ok() || first.pull != SyncReport::Pull::Imported) {
        out << "first sync failed: " << first.error << Qt::endl;
        return 1;
    }
    out << "First sync (import): " << QString::number(firstSeconds, 'f', 2) << " s" << Qt::endl;

    std::vector<double> inProcess;
    for (int i = 0; i < runs; ++i) {
        timer.restart();
        const SyncReport again = SyncEngine(db).run(options);
        inProcess.push_back(timer.nsecsElapsed() / 1e6);
        if (!again.ok() || again.pull != SyncReport::Pull::Unchanged || again.pushed != 0) {
            out << "unchanged sync did something: " << again.toText() << Qt::endl;
            return 1;
        }
    }

    std::vector<double> endToEnd;
    const QString cli = QStringLiteral(PITWALL_CLI_PATH);
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        timer.restart();
        p.start(cli, { u"--db"_s, cache, u"sync"_s, u"--central"_s, central, u"--json"_s });
        p.waitForFinished(-1);
        endToEnd.push_back(timer.nsecsElapsed() / 1e6);
        if (p.exitCode() != 0 || !p.readAllStandardOutput().contains("\"unchanged\"")) {
            out << "pitwall-cli sync failed: " << p.readAllStandardError() << Qt::endl;
            return 1;
        }
    }

    // 1,000 notes waiting, pushed in one batch.
    QSqlQuery q(db.connection());
    QStringList ids;
    q.exec(u"SELECT id FROM accounts LIMIT 1000"_s);
    while (q.next())
        ids.append(q.value(0).toString());
    LocalWork local(db, u"bench"_s);
    for (int i = 0; i < 1000; ++i)
        local.addNote(ids.at(i % ids.size()), u"Call %1: discussed adoption, next steps agreed."_s.arg(i),
                      u"call"_s);
    options.pull = false;
    timer.restart();
    const SyncReport push = SyncEngine(db).run(options);
    const double pushMs = timer.nsecsElapsed() / 1e6;
    if (!push.ok() || push.pushed != 1000) {
        out << "push failed: " << push.toText() << Qt::endl;
        return 1;
    }

    out << "Unchanged sync of " << demo.accounts << " accounts, median of " << runs << ":" << Qt::endl
        << "  in process (SyncEngine):     " << QString::number(median(inProcess), 'f', 1) << " ms"
        << Qt::endl
        << "  end to end (pitwall-cli):    " << QString::number(median(endToEnd), 'f', 1) << " ms" << Qt::endl
        << "  goal:                        < 1000 ms" << Qt::endl
        << "Push of 1000 notes (JSON Lines + Task.csv + manifest): " << QString::number(pushMs, 'f', 1)
        << " ms" << Qt::endl;
    return 0;
}
