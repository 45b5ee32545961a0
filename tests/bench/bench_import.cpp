// Import benchmark: Pitwall's full import of a generated bundle against the sqlite3
// command line's .import of the same CSVs into bare tables, then a re-import with 1%
// of the rows changed. Prints medians, ratios and Pitwall's peak memory.
#include "import/BundleManifest.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

struct Run
{
    int exitCode = -1;
    double seconds = 0;
    double peakMiB = 0;
};

// fork/exec/wait4: the child's own peak resident memory, which QProcess does not give.
Run runProcess(const QString &program, const QStringList &args, const QString &stdinFile = QString(),
               bool quiet = true)
{
    QList<QByteArray> storage { QFile::encodeName(program) };
    for (const QString &a : args)
        storage.append(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    const QByteArray input = QFile::encodeName(stdinFile);
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        if (!input.isEmpty())
            (void)freopen(input.constData(), "r", stdin);
        if (quiet)
            (void)freopen("/dev/null", "w", stdout);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    Run r;
    r.seconds = timer.nsecsElapsed() / 1e9;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.peakMiB = usage.ru_maxrss / 1024.0;
    return r;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2);
}

enum class Change
{
    Spread, // every hundredth line of every file: touches nearly every database page
    Clustered // every row of every hundredth account: how a day of CRM edits looks
};

// Changes the last field of 1% of the data rows of each CSV (and fixes the manifest).
bool changeOnePercent(const QString &from, const QString &to, Change how)
{
    QDir().mkpath(to);
    BundleManifest manifest;
    QString error;
    QFile mf(from + u"/manifest.json"_s);
    if (!mf.open(QIODevice::ReadOnly) || !BundleManifest::parse(mf.readAll(), &manifest, &error))
        return false;
    for (BundleManifest::File &f : manifest.files) {
        QFile in(from + u'/' + f.name);
        QFile outFile(to + u'/' + f.name);
        if (!in.open(QIODevice::ReadOnly) || !outFile.open(QIODevice::WriteOnly))
            return false;
        qint64 line = 0;
        int accountColumn = -1;
        bool inQuotes = false; // inside a quoted field that spans lines
        while (!in.atEnd()) {
            QByteArray row = in.readLine();
            // A line that continues a multi-line record is not a row of its own.
            const bool continuation = inQuotes;
            if (row.count('"') % 2 == 1)
                inQuotes = !inQuotes;
            if (line == 0) {
                const QList<QByteArray> header = row.trimmed().split(',');
                accountColumn = int(header.indexOf(f.entity == "accounts"_L1 ? "id" : "account_id"));
            }
            bool change = false;
            // The demo bundle quotes multi-line text; leave quoted rows alone.
            if (line > 0 && !continuation && !row.contains('"') && row.endsWith('\n')) {
                if (how == Change::Spread) {
                    change = line % 100 == 0;
                } else if (accountColumn >= 0) {
                    const QByteArray account = row.split(',').value(accountColumn);
                    change = qHash(account, 0) % 100 == 0;
                }
            }
            if (change) {
                const qsizetype comma = row.lastIndexOf(',');
                const QByteArray last = row.mid(comma + 1).trimmed();
                bool numeric = false;
                const double value = last.toDouble(&numeric);
                const QByteArray changed = numeric ? QByteArray::number(value + 1) : last + "x";
                row = row.left(comma + 1) + changed + '\n';
            }
            outFile.write(row);
            ++line;
        }
        outFile.close();
        f.sha256 = BundleManifest::sha256OfFile(outFile.fileName());
    }
    QFile mo(to + u"/manifest.json"_s);
    return mo.open(QIODevice::WriteOnly) && mo.write(manifest.toJson()) > 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Benchmark of pitwall-cli import against sqlite3 .import"_s);
    parser.addHelpOption();
    parser.addOption(
        { u"accounts"_s, u"Accounts in the generated bundle (default 100000)."_s, u"n"_s, u"100000"_s });
    parser.addOption({ u"usage-weeks"_s, u"Weeks of usage per account (default 26)."_s, u"w"_s, u"26"_s });
    parser.addOption({ u"runs"_s, u"Repetitions of each measurement (default 3)."_s, u"n"_s, u"3"_s });
    parser.addOption({ u"bundle"_s, u"Reuse (or keep) the generated bundle in this folder."_s, u"dir"_s });
    parser.process(app);

    const QString cli = QStringLiteral(PITWALL_CLI_PATH);
    const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
    if (sqlite3.isEmpty()) {
        out << "sqlite3 command line not found (apt-get install sqlite3)" << Qt::endl;
        return 1;
    }
    QTemporaryDir work;
    // PITWALL_BENCH_KEEP=1 keeps the caches' folder and the changed bundles, to look into.
    if (qEnvironmentVariableIntValue("PITWALL_BENCH_KEEP") == 1) {
        work.setAutoRemove(false);
        out << "keeping " << work.path() << Qt::endl;
    }
    const QString bundle = parser.isSet(u"bundle"_s) ? parser.value(u"bundle"_s) : work.filePath(u"bundle"_s);
    const int runs = qMax(1, parser.value(u"runs"_s).toInt());

    if (!QFileInfo::exists(bundle + u"/manifest.json"_s)) {
        out << "Generating " << parser.value(u"accounts"_s) << " accounts, " << parser.value(u"usage-weeks"_s)
            << " weeks of usage..." << Qt::endl;
        const Run gen = runProcess(cli,
                                   { u"demo-export"_s, u"--out"_s, bundle, u"--accounts"_s,
                                     parser.value(u"accounts"_s), u"--usage-weeks"_s,
                                     parser.value(u"usage-weeks"_s), u"--as-of"_s, u"2026-11-20"_s });
        if (gen.exitCode != 0) {
            out << "demo-export failed" << Qt::endl;
            return 1;
        }
        out << QString::asprintf("  generated in %.1f s", gen.seconds) << Qt::endl;
    }
    BundleManifest manifest;
    QString error;
    QFile mf(bundle + u"/manifest.json"_s);
    if (!mf.open(QIODevice::ReadOnly) || !BundleManifest::parse(mf.readAll(), &manifest, &error)) {
        out << "bad bundle: " << error << Qt::endl;
        return 1;
    }
    qint64 totalRows = 0;
    qint64 totalBytes = 0;
    QString script = u".mode csv\n"_s;
    for (const BundleManifest::File &f : manifest.files) {
        out << QString::asprintf("  %-18s %10lld rows", qPrintable(f.name), f.rows) << Qt::endl;
        totalRows += f.rows;
        totalBytes += QFileInfo(bundle + u'/' + f.name).size();
        script += u".import '%1' %2\n"_s.arg(bundle + u'/' + f.name, f.entity);
    }
    out << QString::asprintf("  total %lld rows, %.1f MiB of CSV", totalRows, totalBytes / 1048576.0)
        << Qt::endl;
    const QString scriptPath = work.filePath(u"import.sql"_s);
    {
        QFile s(scriptPath);
        if (!s.open(QIODevice::WriteOnly) || s.write(script.toUtf8()) < 0)
            return 1;
    }

    const QString changed = work.filePath(u"changed"_s);
    const QString clustered = work.filePath(u"clustered"_s);
    if (!changeOnePercent(bundle, changed, Change::Spread)
        || !changeOnePercent(bundle, clustered, Change::Clustered)) {
        out << "could not write the 1%-changed bundles" << Qt::endl;
        return 1;
    }

    std::vector<double> pitwall, baseline, reimport, peak, reimportPeak, unchanged, clusteredTimes;
    for (int i = 0; i < runs; ++i) {
        const QString db = work.filePath(u"run%1.sqlite"_s.arg(i));
        const Run p = runProcess(
            cli, { u"--db"_s, db, u"import"_s, bundle, u"--json"_s, u"--no-health"_s, u"--no-backup"_s });
        if (p.exitCode != 0) {
            out << "pitwall-cli import failed" << Qt::endl;
            return 1;
        }
        const Run r = runProcess(
            cli, { u"--db"_s, db, u"import"_s, changed, u"--json"_s, u"--no-health"_s, u"--no-backup"_s });
        if (r.exitCode != 0) {
            out << "pitwall-cli re-import failed" << Qt::endl;
            return 1;
        }
        // Back to the original (unchanged files but the edited ones), then the clustered edit.
        const Run back = runProcess(
            cli, { u"--db"_s, db, u"import"_s, bundle, u"--json"_s, u"--no-health"_s, u"--no-backup"_s });
        const Run same = runProcess(
            cli, { u"--db"_s, db, u"import"_s, bundle, u"--json"_s, u"--no-health"_s, u"--no-backup"_s });
        const Run c = runProcess(
            cli, { u"--db"_s, db, u"import"_s, clustered, u"--json"_s, u"--no-health"_s, u"--no-backup"_s });
        if (back.exitCode != 0 || same.exitCode != 0 || c.exitCode != 0) {
            out << "pitwall-cli re-import failed" << Qt::endl;
            return 1;
        }
        unchanged.push_back(same.seconds);
        clusteredTimes.push_back(c.seconds);
        const QString baseDb = work.filePath(u"baseline%1.sqlite"_s.arg(i));
        const Run b = runProcess(sqlite3, { baseDb }, scriptPath);
        if (b.exitCode != 0) {
            out << "sqlite3 .import failed" << Qt::endl;
            return 1;
        }
        out << QString::asprintf(
            "run %d: pitwall %.2f s (peak %.0f MiB), sqlite3 .import %.2f s, re-import 1%% "
            "spread %.2f s (peak %.0f MiB), unchanged %.2f s, 1%% of accounts %.2f s",
            i + 1, p.seconds, p.peakMiB, b.seconds, r.seconds, r.peakMiB, same.seconds, c.seconds)
            << Qt::endl;
        pitwall.push_back(p.seconds);
        baseline.push_back(b.seconds);
        reimport.push_back(r.seconds);
        peak.push_back(p.peakMiB);
        reimportPeak.push_back(r.peakMiB);
        QFile::remove(db);
        QFile::remove(db + u"-wal"_s);
        QFile::remove(db + u"-shm"_s);
        QDir(db + u"-fingerprints"_s).removeRecursively();
        QFile::remove(baseDb);
    }
    const double mp = median(pitwall), mb = median(baseline), mr = median(reimport);
    out << Qt::endl << QString::asprintf("median over %d runs:", runs) << Qt::endl;
    out << QString::asprintf("  full import        %.2f s   (%.0f rows/s)", mp, totalRows / mp) << Qt::endl;
    out << QString::asprintf("  sqlite3 .import    %.2f s   (baseline)", mb) << Qt::endl;
    out << QString::asprintf("  ratio              %.2fx    (goal <= 2.0x)", mp / mb) << Qt::endl;
    out << QString::asprintf("  peak memory        %.0f MiB (goal < 500 MiB); re-import %.0f MiB",
                             median(peak), median(reimportPeak))
        << Qt::endl;
    out << QString::asprintf(
        "  re-import, every 100th line changed   %.2f s = %.1f%% of the full import (goal < 10%%)", mr,
        100 * mr / mp)
        << Qt::endl;
    const double mc = median(clusteredTimes), mu = median(unchanged);
    out << QString::asprintf("  re-import, 1%% of accounts changed     %.2f s = %.1f%% of the full import",
                             mc, 100 * mc / mp)
        << Qt::endl;
    out << QString::asprintf("  re-import, nothing changed            %.2f s = %.1f%% of the full import", mu,
                             100 * mu / mp)
        << Qt::endl;
    return 0;
}
