// Health recompute benchmark at 100k accounts (goal: ≤ 2 s): HealthRecompute's set-based
// read (one query per kind of data over all accounts), scoring and one-transaction write,
// median of N runs, with its parts. Baseline in the same run: the same inputs read account
// by account (HealthInputReader::readAccount: one query per kind of data per account, as
// a loop of single-account recomputes would), scored, and written row by row through
// QtSql in one transaction. Every account's result is compared between the two.
//
// The cache is a demo bundle (13 weeks of weekly usage: enough for the 4-week trend)
// imported for real; --cache keeps it for the next run.
#include "demo/DemoExportWriter.h"
#include "health/HealthEngine.h"
#include "health/HealthInputReader.h"
#include "health/HealthRecompute.h"
#include "churn/ChurnRisk.h"
#include "health/HealthStore.h"
#include "import/Importer.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <sys/resource.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

const QDate demoDay(2026, 11, 20);

// User + system CPU time of this process so far, ms: on a busy machine, the wall time
// of a run says as much about the neighbours as about the code.
double cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2);
}

bool generate(const QString &cache, int accounts, int weeks)
{
    QTemporaryDir dir;
    DemoOptions options;
    options.accounts = accounts;
    options.usageWeeks = weeks;
    options.asOf = demoDay;
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!DemoExportWriter(options).write(dir.filePath(u"bundle"_s), &error)) {
        out << "demo export failed: " << error << Qt::endl;
        return false;
    }
    out << QString::asprintf("  demo bundle of %d accounts, %d weeks of usage, written in %.1f s", accounts,
                             weeks, double(timer.nsecsElapsed()) / 1e9)
        << Qt::endl;
    Database db;
    if (!db.open(cache, &error)) {
        out << error << Qt::endl;
        return false;
    }
    timer.restart();
    ImportOptions importOptions;
    importOptions.source = dir.filePath(u"bundle"_s);
    Importer importer(db);
    importer.setRefreshRisk(false); // measured below, run by run
    const ImportReport report = importer.run(importOptions);
    if (!report.ok()) {
        out << "import failed: " << report.error << Qt::endl;
        return false;
    }
    out << QString::asprintf("  imported in %.1f s", double(timer.nsecsElapsed()) / 1e9) << Qt::endl;
    return true;
}

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// The latest usage day in the cache, as the as-of day of a cache made elsewhere.
QDate latestUsageDay(const QSqlDatabase &db)
{
    const qint64 day = count(db, u"SELECT MAX(day) FROM usage"_s);
    return day > 0 ? HealthInputs::dateOfDay(day) : QDate();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Benchmark of the health recompute at 100k accounts"_s);
    parser.addHelpOption();
    parser.addOption(
        { u"accounts"_s, u"Accounts in the generated cache (default 100000)."_s, u"n"_s, u"100000"_s });
    parser.addOption(
        { u"weeks"_s, u"Weeks of usage in the generated cache (default 13)."_s, u"n"_s, u"13"_s });
    parser.addOption({ u"runs"_s, u"Repetitions of the recompute (default 5)."_s, u"n"_s, u"5"_s });
    parser.addOption({ u"cache"_s, u"Reuse (or keep) the generated cache at this path."_s, u"file"_s });
    parser.addOption({ u"as-of"_s, u"The day to score as of (default: the cache's latest usage day)."_s,
                       u"YYYY-MM-DD"_s });
    parser.addOption({ u"no-baseline"_s, u"Skip the account-by-account baseline."_s });
    parser.process(app);
    const int accounts = qMax(100, parser.value(u"accounts"_s).toInt());
    const int runs = qMax(1, parser.value(u"runs"_s).toInt());

    QTemporaryDir work;
    const QString cache
        = parser.isSet(u"cache"_s) ? parser.value(u"cache"_s) : work.filePath(u"cache.sqlite"_s);
    if (!QFileInfo::exists(cache)) {
        out << "Generating a cache of " << accounts << " accounts (demo bundle + import)..." << Qt::endl;
        if (!generate(cache, accounts, qMax(9, parser.value(u"weeks"_s).toInt())))
            return 1;
    }
    Database db;
    QString error;
    if (!db.open(cache, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    const QSqlDatabase c = db.connection();
    QDate asOf = parser.isSet(u"as-of"_s) ? QDate::fromString(parser.value(u"as-of"_s), Qt::ISODate)
                                          : latestUsageDay(c);
    if (!asOf.isValid())
        asOf = demoDay;
    out << "Cache " << cache << ": " << count(c, u"SELECT COUNT(*) FROM accounts"_s) << " accounts, "
        << count(c, u"SELECT COUNT(*) FROM usage"_s) << " usage rows, "
        << count(c, u"SELECT COUNT(*) FROM cases"_s) << " cases, " << count(c, u"SELECT COUNT(*) FROM nps"_s)
        << " NPS responses; as of " << asOf.toString(Qt::ISODate) << Qt::endl;

    // Warm the page cache once, as a recompute after an import would find it.
    const HealthScorecard card = HealthScorecard::builtIn();
    HealthRecompute recompute(db, card);
    recompute.setAsOf(asOf);
    if (!recompute.recomputeAll()) {
        out << recompute.lastError() << Qt::endl;
        return 1;
    }

    std::vector<double> total, cpu, read, score, write, usage, cases, nps, accountsRead;
    HealthRecompute::Report report;
    for (int i = 0; i < runs; ++i) {
        const double cpuBefore = cpuMs();
        const bool ok = recompute.recomputeAll();
        cpu.push_back(cpuMs() - cpuBefore);
        if (!ok) {
            out << recompute.lastError() << Qt::endl;
            return 1;
        }
        report = recompute.report();
        total.push_back(double(report.totalMs));
        read.push_back(double(report.readMs));
        score.push_back(double(report.scoreMs));
        write.push_back(double(report.writeMs));
        accountsRead.push_back(double(report.read.accounts));
        usage.push_back(double(report.read.usage));
        cases.push_back(double(report.read.cases));
        nps.push_back(double(report.read.nps));
    }
    const double n = double(report.accounts);
    out << QString::asprintf("\nRecompute (set-based), %lld live accounts, median of %d runs: %.0f ms (goal "
                             "≤ 2000 ms), CPU %.0f ms",
                             report.accounts, runs, median(total), median(cpu))
        << Qt::endl;
    out << QString::asprintf(
        "  read %.0f ms (accounts %.0f, usage %.0f, cases %.0f, NPS %.0f), score %.0f ms,"
        " write %.0f ms",
        median(read), median(accountsRead), median(usage), median(cases), median(nps), median(score),
        median(write))
        << Qt::endl;
    out << QString::asprintf(
        "  bands: red %lld (%.0f%%), yellow %lld (%.0f%%), green %lld (%.0f%%), unscored %lld", report.red,
        100 * double(report.red) / n, report.yellow, 100 * double(report.yellow) / n, report.green,
        100 * double(report.green) / n, report.unscored)
        << Qt::endl;

    QElapsedTimer timer;
    timer.start();
    HealthStore store(db);
    const QList<HealthStore::Record> records = store.records();
    out << QString::asprintf(
        "  reading every score back with its trend (HealthStore::records): %.0f ms, %lld rows",
        double(timer.nsecsElapsed()) / 1e6, qint64(records.size()))
        << Qt::endl;

    // The churn model: read the features of every outcome and live account, train
    // (with the held-out evaluation), score and store.
    {
        std::vector<double> churnTotal, churnCpu, churnRead, churnTrain, churnWrite;
        ChurnRisk churn(db);
        churn.setAsOf(asOf);
        for (int i = 0; i < runs; ++i) {
            timer.restart();
            const double cpuBefore = cpuMs();
            if (!churn.run()) {
                out << churn.lastError() << Qt::endl;
                return 1;
            }
            churnCpu.push_back(cpuMs() - cpuBefore);
            churnTotal.push_back(double(timer.nsecsElapsed()) / 1e6);
            churnRead.push_back(double(churn.report().readMs));
            churnTrain.push_back(double(churn.report().trainMs));
            churnWrite.push_back(double(churn.report().writeMs));
        }
        out << QString::asprintf(
            "\nChurn model on the cache, median of %d runs: %.0f ms in all (goal ≤ 5000 ms),"
            " CPU %.0f ms: features %.0f ms, training + held-out evaluation %.0f ms, scoring"
            " + storing %.0f ms; %lld outcomes, %lld accounts scored",
            runs, median(churnTotal), median(churnCpu), median(churnRead), median(churnTrain),
            median(churnWrite), churn.report().outcomes, churn.report().scored)
            << Qt::endl;
        out << "  " << churn.model().message << Qt::endl;
    }

    if (parser.isSet(u"no-baseline"_s))
        return 0;

    // Baseline: the same inputs, account by account.
    out << "\nBaseline (account by account, one query per kind of data per account)..." << Qt::endl;
    HealthInputReader reader(db);
    reader.setAsOf(asOf);
    QList<HealthInputReader::Account> bulk;
    if (!reader.read(card, &bulk)) {
        out << reader.lastError() << Qt::endl;
        return 1;
    }
    timer.restart();
    const double baselineCpuBefore = cpuMs();
    QSqlQuery ids(c);
    ids.setForwardOnly(true);
    if (!ids.exec(u"SELECT id FROM accounts a WHERE "_s + HealthInputReader::liveCondition(u"a"_s)
                  + u" ORDER BY pk"_s)) {
        out << ids.lastError().text() << Qt::endl;
        return 1;
    }
    QStringList accountIds;
    while (ids.next())
        accountIds.append(ids.value(0).toString());
    const qint64 asOfDay = HealthInputs::dayNumber(asOf);
    QList<HealthInputReader::Account> oneByOne;
    oneByOne.reserve(accountIds.size());
    QList<HealthInputReader::Account> one;
    for (const QString &id : std::as_const(accountIds)) {
        if (!reader.readAccount(card, id, &one)) {
            out << reader.lastError() << Qt::endl;
            return 1;
        }
        oneByOne.append(one);
    }
    const double baselineRead = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    std::vector<HealthResult> results;
    for (const HealthInputReader::Account &a : std::as_const(oneByOne))
        results.push_back(HealthEngine::score(a.inputs, card, asOfDay));
    const double baselineScore = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    QSqlQuery(c).exec(u"BEGIN IMMEDIATE"_s);
    QSqlQuery(c).exec(u"DELETE FROM health_scores"_s);
    QSqlQuery insert(c);
    insert.prepare(u"INSERT INTO health_scores (account_id, score, band, computed_score, as_of, computed_at,"
                   " contributions, top_drag, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery snapshot(c);
    snapshot.prepare(
        u"INSERT INTO health_history (account_id, week, score, band, overridden) VALUES (?, ?, ?, ?, 0)"
        " ON CONFLICT (week, account_id) DO UPDATE SET score = excluded.score, band = excluded.band"_s);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString week = HealthStore::weekOf(asOf).toString(Qt::ISODate);
    for (qsizetype i = 0; i < oneByOne.size(); ++i) {
        const HealthResult &r = results[size_t(i)];
        const QString band = HealthScorecard::bandKeyword(r.band);
        const QVariantList values { oneByOne.at(i).id,
                                    r.scored ? QVariant(r.score) : QVariant(),
                                    band,
                                    r.scored ? QVariant(r.computedScore) : QVariant(),
                                    asOf.toString(Qt::ISODate),
                                    now,
                                    QString::fromUtf8(HealthEngine::contributionsJson(r)),
                                    r.topDrag.isEmpty() ? QVariant() : QVariant(r.topDrag),
                                    r.rule.isEmpty() ? QVariant() : QVariant(r.rule) };
        for (int k = 0; k < values.size(); ++k)
            insert.bindValue(k, values.at(k));
        if (!insert.exec()) {
            out << insert.lastError().text() << Qt::endl;
            return 1;
        }
        if (r.scored) {
            snapshot.bindValue(0, oneByOne.at(i).id);
            snapshot.bindValue(1, week);
            snapshot.bindValue(2, r.score);
            snapshot.bindValue(3, band);
            if (!snapshot.exec()) {
                out << snapshot.lastError().text() << Qt::endl;
                return 1;
            }
        }
    }
    QSqlQuery(c).exec(u"COMMIT"_s);
    const double baselineWrite = double(timer.nsecsElapsed()) / 1e6;
    const double baselineTotal = baselineRead + baselineScore + baselineWrite;
    const double baselineCpu = cpuMs() - baselineCpuBefore;
    out << QString::asprintf("  %lld accounts: %.0f ms (read %.0f, score %.0f, write %.0f), CPU %.0f ms",
                             qint64(oneByOne.size()), baselineTotal, baselineRead, baselineScore,
                             baselineWrite, baselineCpu)
        << Qt::endl;
    out << QString::asprintf("  set-based recompute is %.1f× faster (read alone %.1f×, CPU %.1f×)",
                             baselineTotal / median(total), baselineRead / median(read),
                             baselineCpu / median(cpu))
        << Qt::endl;

    // The two reads must agree on every account.
    qint64 differ = 0;
    if (bulk.size() != oneByOne.size()) {
        out << "  MISMATCH: " << bulk.size() << " accounts read in bulk, " << oneByOne.size() << " one by one"
            << Qt::endl;
        return 2;
    }
    for (qsizetype i = 0; i < bulk.size(); ++i) {
        if (bulk.at(i).id != oneByOne.at(i).id
            || HealthEngine::contributionsJson(HealthEngine::score(bulk.at(i).inputs, card, asOfDay))
                != HealthEngine::contributionsJson(results[size_t(i)]))
            ++differ;
    }
    out << "  results identical for " << (bulk.size() - differ) << " of " << bulk.size() << " accounts"
        << Qt::endl;
    return differ == 0 ? 0 : 2;
}
