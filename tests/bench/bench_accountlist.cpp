// Account list benchmark at 100k accounts, on the real widget stack (a QTableView on the
// offscreen platform over AccountListModel): time from opening the list to its first
// paint, one filter keystroke until the view has repainted, one sort until repainted,
// and resident memory. Baseline in the same run: what a naive list does, every row
// loaded into a QStandardItemModel, filtered by a QSortFilterProxyModel.
//
// The cache is generated (demo bundle + the real import) by a child process, so the
// memory figures are the list's alone.
#include "accounts/AccountSearchIndex.h"
#include "accounts/LastActivity.h"
#include "demo/DemoExportWriter.h"
#include "import/Importer.h"
#include "itemmodels/AccountListModel.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QProcess>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2);
}

double maximum(const std::vector<double> &v)
{
    return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
}

// VmRSS / VmHWM of this process, MiB.
double procStatusMiB(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// A table view that notes when its viewport has been painted.
class PaintedView : public QTableView
{
public:
    using QTableView::QTableView;
    bool painted = false;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QTableView::paintEvent(event);
        painted = true;
    }
};

// Runs the event loop until the view has painted (what the user sees); false on timeout.
bool waitForPaint(PaintedView &view)
{
    QElapsedTimer guard;
    guard.start();
    while (!view.painted) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (guard.elapsed() > 60000) {
            out << "the view did not repaint within a minute" << Qt::endl;
            return false;
        }
    }
    return true;
}

void setUpView(PaintedView &view, QAbstractItemModel *model)
{
    view.resize(1280, 800);
    view.setModel(model);
    view.setSortingEnabled(true);
    view.horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    view.verticalHeader()->hide();
    view.show();
}

int generate(const QString &cache, int accounts)
{
    QTemporaryDir dir;
    DemoOptions options;
    options.accounts = accounts;
    options.usageWeeks = 2; // usage plays no part in the list
    options.asOf = QDate(2026, 11, 20);
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!DemoExportWriter(options).write(dir.filePath(u"bundle"_s), &error)) {
        out << "demo export failed: " << error << Qt::endl;
        return 1;
    }
    out << QString::asprintf("  demo bundle of %d accounts written in %.1f s", accounts,
                             timer.nsecsElapsed() / 1e9)
        << Qt::endl;
    Database db;
    if (!db.open(cache, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    timer.restart();
    Importer importer(db);
    importer.setRefreshRisk(false);
    ImportOptions importOptions;
    importOptions.source = dir.filePath(u"bundle"_s);
    const ImportReport report = importer.run(importOptions);
    if (!report.ok()) {
        out << "import failed: " << report.error << Qt::endl;
        return 1;
    }
    out << QString::asprintf("  imported in %.1f s", timer.nsecsElapsed() / 1e9) << Qt::endl;
    timer.restart();
    if (!AccountSearchIndex::catchUp(db.connection(), &error)) {
        out << "search index catch-up failed: " << error << Qt::endl;
        return 1;
    }
    out << QString::asprintf("  AccountSearchIndex::catchUp (the import hook) %.2f s",
                             timer.nsecsElapsed() / 1e9)
        << Qt::endl;
    timer.restart();
    if (!LastActivity::refresh(db.connection(), &error)) {
        out << "last activity refresh failed: " << error << Qt::endl;
        return 1;
    }
    out << QString::asprintf("  LastActivity::refresh (the import hook) %.2f s", timer.nsecsElapsed() / 1e9)
        << Qt::endl;
    return 0;
}

struct Keystrokes
{
    QString label;
    QStringList texts; // what the search box holds after each key
};

QStringList typing(const QString &word)
{
    QStringList texts;
    for (qsizetype i = 1; i <= word.size(); ++i)
        texts << word.left(i);
    return texts;
}

QString firstValue(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Benchmark of the account list at 100k accounts"_s);
    parser.addHelpOption();
    parser.addOption(
        { u"accounts"_s, u"Accounts in the generated cache (default 100000)."_s, u"n"_s, u"100000"_s });
    parser.addOption({ u"runs"_s, u"Repetitions of each measurement (default 5)."_s, u"n"_s, u"5"_s });
    parser.addOption({ u"cache"_s, u"Reuse (or keep) the generated cache at this path."_s, u"file"_s });
    parser.addOption({ u"no-baseline"_s, u"Skip the QStandardItemModel baseline."_s });
    parser.addOption({ u"verbose"_s, u"Print every keystroke."_s });
    parser.addOption({ u"generate"_s, u"Internal: only generate the cache."_s, u"file"_s });
    parser.process(app);
    const int accounts = qMax(1000, parser.value(u"accounts"_s).toInt());
    if (parser.isSet(u"generate"_s))
        return generate(parser.value(u"generate"_s), accounts);

    QTemporaryDir work;
    const QString cache
        = parser.isSet(u"cache"_s) ? parser.value(u"cache"_s) : work.filePath(u"cache.sqlite"_s);
    const int runs = qMax(1, parser.value(u"runs"_s).toInt());
    const bool verbose = parser.isSet(u"verbose"_s);
    if (!QFileInfo::exists(cache)) {
        out << "Generating a cache of " << accounts << " accounts (demo bundle + import)..." << Qt::endl;
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    { u"--generate"_s, cache, u"--accounts"_s, QString::number(accounts) });
        if (!child.waitForFinished(-1) || child.exitCode() != 0) {
            out << "generating the cache failed" << Qt::endl;
            return 1;
        }
    }

    Database db;
    QString error;
    if (!db.open(cache, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    const int total = firstValue(db.connection(), u"SELECT COUNT(*) FROM accounts"_s).toInt();
    out << "Cache " << cache << ": " << total << " accounts" << Qt::endl;
    const double rssStart = procStatusMiB("VmRSS:");

    // What a CSM types: a company name, a Chinese owner, a CRM id, a Chinese company.
    const QString company
        = firstValue(db.connection(),
                     u"SELECT name FROM accounts WHERE name GLOB '[A-Z]*' ORDER BY pk LIMIT 1 OFFSET 4321"_s);
    const QString owner = firstValue(
        db.connection(),
        u"SELECT name FROM users WHERE unicode(name) > 19968 AND length(name) >= 3 ORDER BY id LIMIT 1"_s);
    const QString chineseCompany = firstValue(
        db.connection(),
        u"SELECT name FROM accounts WHERE unicode(name) > 19968 ORDER BY pk LIMIT 1 OFFSET 777"_s);
    const QString crmId
        = firstValue(db.connection(), u"SELECT id FROM accounts ORDER BY pk LIMIT 1 OFFSET 54321"_s);
    const QList<Keystrokes> sequences = {
        { u"company"_s, typing(company.left(8).toLower()) },
        { u"owner"_s, typing(owner) },
        { u"chinese company"_s, typing(chineseCompany.left(4)) },
        { u"crm id"_s, typing(crmId.right(6)) },
    };
    for (const Keystrokes &k : sequences)
        out << "  typing " << k.label << ": \"" << k.texts.constLast() << '"' << Qt::endl;

    const QList<int> sortColumns
        = { AccountListModel::Name,         AccountListModel::CrmId,   AccountListModel::Owner,
            AccountListModel::Team,         AccountListModel::Arr,     AccountListModel::RenewalDate,
            AccountListModel::LastActivity, AccountListModel::Segment, AccountListModel::Country };

    std::vector<double> firstPaint, keystroke, shortKeystroke, longKeystroke, sorts, pages;
    QMap<int, std::vector<double>> sortByColumn;
    double rssAfterPaint = 0;
    double rssAllRows = 0;
    int matchedLast = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto model = std::make_unique<AccountListModel>(db);
        auto view = std::make_unique<PaintedView>();
        setUpView(*view, model.get());
        if (!waitForPaint(*view)) {
            out << "the view never painted" << Qt::endl;
            return 1;
        }
        firstPaint.push_back(timer.nsecsElapsed() / 1e6);
        if (!model->lastError().isEmpty()) {
            out << "model error: " << model->lastError() << Qt::endl;
            return 1;
        }
        if (run == 0)
            rssAfterPaint = procStatusMiB("VmRSS:");

        for (const Keystrokes &k : sequences) {
            for (const QString &text : k.texts) {
                view->painted = false;
                timer.restart();
                model->setFilterText(text);
                if (!waitForPaint(*view))
                    return 1;
                const double ms = timer.nsecsElapsed() / 1e6;
                keystroke.push_back(ms);
                (text.toUcs4().size() < 3 ? shortKeystroke : longKeystroke).push_back(ms);
                matchedLast = model->totalCount();
                if (verbose)
                    out << QString::asprintf("    \"%s\": %.1f ms, %d match", qPrintable(text), ms,
                                             matchedLast)
                        << Qt::endl;
            }
            model->setFilterText(QString());
            waitForPaint(*view);
        }

        for (const int column : sortColumns) {
            for (const Qt::SortOrder order : { Qt::DescendingOrder, Qt::AscendingOrder }) {
                view->painted = false;
                timer.restart();
                view->sortByColumn(column, order);
                if (!waitForPaint(*view))
                    return 1;
                const double ms = timer.nsecsElapsed() / 1e6;
                sorts.push_back(ms);
                sortByColumn[column].push_back(ms);
            }
        }
        view->sortByColumn(AccountListModel::Name, Qt::AscendingOrder);

        // Scrolling: each page the view fetches as it reaches the end.
        for (int p = 0; p < 20; ++p) {
            view->painted = false;
            timer.restart();
            view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
            if (!waitForPaint(*view))
                return 1;
            pages.push_back(timer.nsecsElapsed() / 1e6);
        }
        if (run == runs - 1) {
            while (model->canFetchMore({}))
                model->fetchMore({});
            rssAllRows = procStatusMiB("VmRSS:");
        }
        out << QString::asprintf("run %d: first paint %.0f ms, keystroke median %.1f ms, sort median %.1f ms",
                                 run + 1, firstPaint.back(), median(keystroke), median(sorts))
            << Qt::endl;
    }
    const double peakList = procStatusMiB("VmHWM:");

    // Baseline: everything in a QStandardItemModel, a QSortFilterProxyModel for the search.
    std::vector<double> basePaint, baseKey, baseSort;
    double baseRss = 0;
    if (!parser.isSet(u"no-baseline"_s)) {
        const int baseRuns = qMin(runs, 3);
        for (int run = 0; run < baseRuns; ++run) {
            const double before = procStatusMiB("VmRSS:");
            QElapsedTimer timer;
            timer.start();
            auto items = std::make_unique<QStandardItemModel>(0, AccountListModel::ColumnCount);
            QSqlQuery q(db.connection());
            q.setForwardOnly(true);
            if (!q.exec(u"SELECT a.name, a.id, COALESCE(u.name, a.owner_id), u.team, a.segment, a.industry, "
                        u"a.region,"
                        " a.country, a.arr, a.licenses, a.renewal_date, a.contract_start, a.lifecycle_stage, "
                        "a.status,"
                        " a.last_activity_at FROM accounts a LEFT JOIN users u ON u.id = a.owner_id"
                        " WHERE a.archived = 0"_s)) {
                out << q.lastError().text() << Qt::endl;
                return 1;
            }
            while (q.next()) {
                QList<QStandardItem *> row;
                row.reserve(AccountListModel::ColumnCount);
                for (int c = 0; c < AccountListModel::ColumnCount; ++c) {
                    auto *item = new QStandardItem(q.value(c).toString());
                    item->setData(q.value(c), Qt::UserRole);
                    row.append(item);
                }
                items->appendRow(row);
            }
            auto proxy = std::make_unique<QSortFilterProxyModel>();
            proxy->setSourceModel(items.get());
            proxy->setFilterKeyColumn(-1);
            proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
            auto view = std::make_unique<PaintedView>();
            setUpView(*view, proxy.get());
            if (!waitForPaint(*view))
                return 1;
            basePaint.push_back(timer.nsecsElapsed() / 1e6);
            if (verbose)
                out << QString::asprintf("  baseline first paint %.0f ms", basePaint.back()) << Qt::endl;
            baseRss = qMax(baseRss, procStatusMiB("VmRSS:") - before);
            for (const QString &text : sequences.at(0).texts) {
                view->painted = false;
                timer.restart();
                proxy->setFilterFixedString(text);
                view->viewport()->update(); // repaint even when the same rows still match
                if (!waitForPaint(*view))
                    return 1;
                baseKey.push_back(timer.nsecsElapsed() / 1e6);
                if (verbose)
                    out << QString::asprintf("    \"%s\": %.1f ms", qPrintable(text), baseKey.back())
                        << Qt::endl;
            }
            proxy->setFilterFixedString(QString());
            for (const int column : { int(AccountListModel::Arr), int(AccountListModel::Owner) }) {
                view->painted = false;
                timer.restart();
                view->sortByColumn(column, Qt::DescendingOrder);
                view->viewport()->update();
                if (!waitForPaint(*view))
                    return 1;
                baseSort.push_back(timer.nsecsElapsed() / 1e6);
            }
            out << QString::asprintf("baseline run %d: first paint %.0f ms", run + 1, basePaint.back())
                << Qt::endl;
        }
    }

    const auto verdict = [](double value, double goal) {
        return value <= goal ? "PASS" : "MISS";
    };
    const auto base = [](const std::vector<double> &v, const char *unit) {
        return v.empty() ? QString(u"-"_s) : QString::asprintf("%.0f %s", median(v), unit);
    };
    out << Qt::endl
        << QString::asprintf("Account list, %d accounts, medians of %d runs (QT_QPA_PLATFORM=%s)", total,
                             runs, qgetenv("QT_QPA_PLATFORM").constData())
        << Qt::endl;
    out << "| measure | Pitwall | worst | naive baseline | goal | |" << Qt::endl;
    out << "|---|---|---|---|---|---|" << Qt::endl;
    const double paint = median(firstPaint);
    out << QString::asprintf("| open the list to first paint | %.0f ms | %.0f ms | %s | <= 300 ms | %s |",
                             paint, maximum(firstPaint), qPrintable(base(basePaint, "ms")),
                             verdict(paint, 300))
        << Qt::endl;
    const double key = median(keystroke);
    out << QString::asprintf("| filter keystroke until repainted | %.1f ms | %.0f ms | %s | <= 50 ms | %s |",
                             key, maximum(keystroke), qPrintable(base(baseKey, "ms")), verdict(key, 50))
        << Qt::endl;
    out << QString::asprintf("|   words of 1-2 characters | %.1f ms | %.0f ms | | | |",
                             median(shortKeystroke), maximum(shortKeystroke))
        << Qt::endl;
    out << QString::asprintf("|   words of 3+ characters | %.1f ms | %.0f ms | | | |", median(longKeystroke),
                             maximum(longKeystroke))
        << Qt::endl;
    const double sort = median(sorts);
    out << QString::asprintf("| sort until repainted | %.1f ms | %.0f ms | %s | <= 150 ms | %s |", sort,
                             maximum(sorts), qPrintable(base(baseSort, "ms")), verdict(sort, 150))
        << Qt::endl;
    for (auto it = sortByColumn.cbegin(); it != sortByColumn.cend(); ++it)
        out << QString::asprintf("|   by %s | %.1f ms | %.0f ms | | | |",
                                 qPrintable(AccountListModel::columnTitle(it.key())), median(it.value()),
                                 maximum(it.value()))
            << Qt::endl;
    out << QString::asprintf("| scroll to the next page until repainted | %.1f ms | %.0f ms | | | |",
                             median(pages), maximum(pages))
        << Qt::endl;
    out << QString::asprintf(
        "| resident memory with the list open | %.0f MiB | | +%.0f MiB | <= 300 MB | %s |", rssAfterPaint,
        baseRss, verdict(rssAfterPaint * 1.048576, 300))
        << Qt::endl;
    out << QString::asprintf(
        "| resident memory, all %d rows scrolled in | %.0f MiB (peak %.0f) | | | <= 300 MB | %s |", total,
        rssAllRows, peakList, verdict(peakList * 1.048576, 300))
        << Qt::endl;
    out << QString::asprintf("(process before opening the list: %.0f MiB; last search matched %d)", rssStart,
                             matchedLast)
        << Qt::endl;
    return 0;
}
