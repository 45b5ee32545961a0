// QBR deck benchmark on the demo cache (300 accounts, health computed):
//   - one deck: QbrData::load, the layout (QbrRenderer's constructor) and writePdf, the
//     median of --runs runs, against two baselines measured in the same run on the same
//     deck: the data load alone, and the same pages painted to raster PNG files at 1920 px
//     (what a slide export as images would cost); the HTML export beside them;
//   - a batch: --batch decks (default 200) one after the other, as `pitwall-cli qbr --owner`
//     writes a book: load, layout and PDF for each, with the median and 95th percentile per
//     deck and the total.
// Goal: one deck under 1 s.
#include "demo/DemoExportWriter.h"
#include "import/ImportReport.h"
#include "import/Importer.h"
#include "qbr/QbrData.h"
#include "qbr/QbrRenderer.h"
#include "qbr/QbrStore.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <sys/resource.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);
const QDate demoDay(2026, 11, 22);

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

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

bool generate(const QString &cache, int accounts)
{
    QTemporaryDir dir;
    DemoOptions options;
    options.accounts = accounts;
    options.asOf = demoDay;
    QString error;
    if (!DemoExportWriter(options).write(dir.filePath(u"bundle"_s), &error)) {
        out << "demo export failed: " << error << Qt::endl;
        return false;
    }
    Database db;
    if (!db.open(cache, &error)) {
        out << error << Qt::endl;
        return false;
    }
    ImportOptions importOptions;
    importOptions.source = dir.filePath(u"bundle"_s);
    Importer importer(db);
    importer.setAsOf(demoDay);
    importer.setRefreshRisk(true); // health history and churn scores, as a real cache has them
    const ImportReport report = importer.run(importOptions);
    if (!report.ok()) {
        out << "import failed: " << report.error << Qt::endl;
        return false;
    }
    return true;
}

struct Deck
{
    QbrData data;
    QbrDocument doc;
};

std::optional<Deck> load(Database &db, QbrStore &store, const QbrTemplate &tmpl, const QString &account,
                         const QbrQuarter &quarter)
{
    QString error;
    std::optional<QbrData> data = QbrData::load(db, account, quarter, demoDay, &error);
    if (!data) {
        out << "load failed: " << error << Qt::endl;
        return std::nullopt;
    }
    std::optional<QbrDocument> doc = store.load(account, quarter);
    if (!doc)
        doc = QbrDocument::fromTemplate(tmpl, account, quarter, data->accountName, data->csmName);
    return Deck { *data, *doc };
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Benchmark of QBR decks: one PDF, and a batch"_s);
    parser.addHelpOption();
    parser.addOption(
        { u"accounts"_s, u"Accounts in the generated cache (default 300)."_s, u"n"_s, u"300"_s });
    parser.addOption({ u"cache"_s, u"Reuse (or keep) the generated cache at this path."_s, u"file"_s });
    parser.addOption(
        { u"account"_s, u"The account of the single deck (default: the one with most data)."_s, u"id"_s });
    parser.addOption({ u"quarter"_s, u"The quarter (default 2026Q3)."_s, u"YYYYQn"_s, u"2026Q3"_s });
    parser.addOption({ u"runs"_s, u"Repetitions of the single deck (default 15)."_s, u"n"_s, u"15"_s });
    parser.addOption({ u"batch"_s, u"Decks in the batch (default 200)."_s, u"n"_s, u"200"_s });
    parser.process(app);
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    const int batch = std::max(1, parser.value(u"batch"_s).toInt());
    const std::optional<QbrQuarter> quarter = QbrQuarter::parse(parser.value(u"quarter"_s));
    if (!quarter) {
        out << "--quarter: YYYYQn" << Qt::endl;
        return 2;
    }

    QTemporaryDir work;
    const QString cache
        = parser.isSet(u"cache"_s) ? parser.value(u"cache"_s) : work.filePath(u"cache.sqlite"_s);
    if (!QFileInfo::exists(cache)) {
        const int accounts = std::max(10, parser.value(u"accounts"_s).toInt());
        out << "Generating a demo cache of " << accounts << " accounts as of "
            << demoDay.toString(Qt::ISODate) << " (bundle + import + health)..." << Qt::endl;
        if (!generate(cache, accounts))
            return 1;
    }
    Database db;
    QString error;
    if (!db.open(cache, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    QbrStore store(db);
    const QbrTemplate tmpl = store.activeTemplate();

    // The live accounts, the one with most cases and NPS responses in the quarter first.
    QStringList accounts;
    {
        QSqlQuery q(db.connection());
        q.prepare(u"SELECT a.id FROM accounts a WHERE a.archived = 0"
                  " AND LOWER(COALESCE(a.lifecycle_stage, '')) <> 'churned' ORDER BY"
                  " (SELECT COUNT(*) FROM cases c WHERE c.account_id = a.id AND c.opened_at >= ? AND "
                  "c.opened_at < ?)"
                  " + (SELECT COUNT(*) FROM nps n WHERE n.account_id = a.id AND n.responded_at >= ?"
                  " AND n.responded_at < ?) DESC, a.id"_s);
        const QString from = quarter->firstDay().toString(Qt::ISODate);
        const QString to = quarter->lastDay().addDays(1).toString(Qt::ISODate);
        for (const QString &v : { from, to, from, to })
            q.addBindValue(v);
        if (!q.exec()) {
            out << "query failed" << Qt::endl;
            return 1;
        }
        while (q.next())
            accounts.append(q.value(0).toString());
    }
    if (accounts.isEmpty()) {
        out << "no live accounts in the cache" << Qt::endl;
        return 1;
    }
    const QString account = parser.isSet(u"account"_s) ? parser.value(u"account"_s) : accounts.first();

    // One deck.
    std::vector<double> loadMs, layoutMs, pdfMs, totalMs, cpu, pngMs, htmlMs;
    int pages = 0;
    qint64 pdfBytes = 0;
    const QString pdfPath = work.filePath(u"deck.pdf"_s);
    for (int run = 0; run < runs; ++run) {
        const double cpu0 = cpuMs();
        QElapsedTimer timer;
        timer.start();
        const std::optional<Deck> deck = load(db, store, tmpl, account, *quarter);
        if (!deck)
            return 1;
        const double loaded = ms(timer);
        const QbrRenderer renderer(deck->doc, deck->data, {});
        const double laidOut = ms(timer);
        if (!renderer.writePdf(pdfPath, &error)) {
            out << error << Qt::endl;
            return 1;
        }
        const double written = ms(timer);
        cpu.push_back(cpuMs() - cpu0);
        loadMs.push_back(loaded);
        layoutMs.push_back(laidOut - loaded);
        pdfMs.push_back(written - laidOut);
        totalMs.push_back(written);
        pages = renderer.pageCount();
        pdfBytes = QFileInfo(pdfPath).size();

        // Baseline: the same laid-out pages as PNG images.
        timer.restart();
        for (int p = 0; p < renderer.pageCount(); ++p) {
            const QImage image = renderer.renderPage(p, 1920);
            image.save(work.filePath(u"page-%1.png"_s.arg(p)), "PNG");
        }
        pngMs.push_back(ms(timer));
        timer.restart();
        if (!renderer.writeHtml(work.filePath(u"deck.html"_s), &error)) {
            out << error << Qt::endl;
            return 1;
        }
        htmlMs.push_back(ms(timer));
    }
    out << "One deck: account " << account << ", " << quarter->toString() << ", " << pages << " pages, PDF "
        << pdfBytes / 1024 << " KiB; median of " << runs << " runs" << Qt::endl;
    out << QString::asprintf("  load + layout + PDF   %8.1f ms  (CPU %.1f ms)   goal < 1000 ms: %s\n",
                             median(totalMs), median(cpu), median(totalMs) < 1000 ? "met" : "NOT met");
    out << QString::asprintf("    data load (baseline)%8.1f ms\n", median(loadMs));
    out << QString::asprintf("    layout              %8.1f ms\n", median(layoutMs));
    out << QString::asprintf("    PDF write           %8.1f ms\n", median(pdfMs));
    out << QString::asprintf("  same pages as PNG, 1920 px (baseline) %8.1f ms: PDF write is %.2fx of it\n",
                             median(pngMs), median(pdfMs) / std::max(0.001, median(pngMs)));
    out << QString::asprintf("  HTML (inline SVG charts)             %8.1f ms\n", median(htmlMs));

    // A batch, as `qbr --owner` writes a book.
    const QString dir = work.filePath(u"batch"_s);
    QDir().mkpath(dir);
    std::vector<double> each;
    int batchPages = 0;
    const double cpu0 = cpuMs();
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < batch; ++i) {
        const QString id = accounts.at(i % accounts.size());
        QElapsedTimer timer;
        timer.start();
        const std::optional<Deck> deck = load(db, store, tmpl, id, *quarter);
        if (!deck)
            return 1;
        const QbrRenderer renderer(deck->doc, deck->data, {});
        if (!renderer.writePdf(QDir(dir).filePath(u"%1-%2.pdf"_s.arg(id).arg(i)), &error)) {
            out << error << Qt::endl;
            return 1;
        }
        batchPages += renderer.pageCount();
        each.push_back(ms(timer));
    }
    const double totalS = ms(total) / 1000;
    out << "Batch: " << batch << " decks (" << std::min<qsizetype>(batch, accounts.size()) << " accounts), "
        << batchPages << " pages" << Qt::endl;
    out << QString::asprintf(
        "  total %.2f s (CPU %.2f s), %.1f decks/s; per deck median %.1f ms, p95 %.1f ms\n", totalS,
        (cpuMs() - cpu0) / 1000, batch / std::max(0.001, totalS), median(each), percentile(each, 0.95));
    return 0;
}
