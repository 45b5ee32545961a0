// The dashboard on the demo company's book, offscreen: every chart gets the figures,
// every slice, bar, area and legend entry opens exactly the accounts it counts (from the
// mouse, the "Show accounts" menu and the keyboard), hovering tells the figure, each card
// saves a real PNG through the file dialog seam, and the empty states say what is missing.
#include "TestSupport.h"
#include "accounts/AccountFilter.h"
#include "common/EmptyStateWidget.h"
#include "common/FileDialogs.h"
#include "common/Localization.h"
#include "common/MessageBoxes.h"
#include "common/Theme.h"
#include "dashboard/DashboardCard.h"
#include "dashboard/DashboardView.h"
#include "demo/DemoExportWriter.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QHorizontalPercentBarSeries>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QPieSeries>
#include <QPieSlice>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <memory>

using namespace Qt::StringLiterals;

using Band = DashboardData::Band;
using Card = DashboardView::Card;

namespace {

const QDate today(2026, 11, 22);

qint64 listedCount(Database &db, const AccountFilter &filter)
{
    QVariantList binds;
    const QString where = filter.sqlCondition(&binds);
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT COUNT(*) FROM accounts a WHERE "_s + where);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning() << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

template<typename T> T *onlySeries(QChart *chart)
{
    const QList<QAbstractSeries *> series = chart->series();
    if (series.size() != 1)
        return nullptr;
    return qobject_cast<T *>(series.constFirst());
}

bool buildDemo(Database &db, const QString &dir, int accounts, bool refresh = true)
{
    QString error;
    if (!TestSupport::buildDemoCache(db, dir, { .accounts = accounts, .usageWeeks = 30, .asOf = today },
                                     &error, { today, refresh })) {
        qWarning().noquote() << error;
        return false;
    }
    return true;
}

// The CSM with the most live accounts.
QPair<QString, QString> busiestCsm(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT a.owner_id, u.name FROM accounts a JOIN users u ON u.id = a.owner_id"
                " WHERE a.archived = 0 GROUP BY a.owner_id ORDER BY COUNT(*) DESC, a.owner_id LIMIT 1"_s)
        || !q.next())
        return {};
    return { q.value(0).toString(), q.value(1).toString() };
}

} // namespace

class TestDashboardView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void chartsGetTheFigures();
    void clickingASliceListsItsAccounts();
    void arrToggleShowsMoney();
    void clickingAMonthListsItsRenewals();
    void clickingTheTrendListsThatWeeksBand();
    void clickingNpsListsByLatestAnswer();
    void retentionRowsOpenTheirGroup();
    void hoverTellsTheFigure();
    void everyFigureIsInTheKeyboardMenu();
    void savesEachCardAsPng();
    void contextMenuSavesToo();
    void reportsAFailedSave();
    void scopeSwitchChangesTheFigures();
    void busyWhileReading();
    void emptyCacheSaysSo();
    void noHealthAndNoChurnModelSaySo();
    void screenshot();

private:
    std::unique_ptr<DashboardView> makeView();
    bool waitForData(DashboardView &view);

    QTemporaryDir m_demoDir;
    std::unique_ptr<Database> m_demo; // shared, read-only but for the failing save
    std::unique_ptr<Workspace> m_workspace;
    QString m_user;
};

void TestDashboardView::initTestCase()
{
    TestSupport::isolateSettings();
    const QString language = qEnvironmentVariable("PITWALL_DASHBOARD_LOCALE");
    if (!language.isEmpty()) {
        Localization::install(*qApp, language);
        QLocale::setDefault(QLocale(language));
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    Theme::apply(*qApp);
    m_demo = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_demo->open(m_demoDir.filePath(u"demo.sqlite"_s), &error), qPrintable(error));
    QVERIFY(buildDemo(*m_demo, m_demoDir.path(), 300));
    m_user = busiestCsm(*m_demo).first;
    QVERIFY(!m_user.isEmpty());
}

void TestDashboardView::init()
{
    m_workspace = std::make_unique<Workspace>();
    m_workspace->setUser(m_user, u"CSM"_s);
    m_workspace->setScope(Workspace::Scope::All);
}

void TestDashboardView::cleanup()
{
    FileDialogs::setHandler({});
    MessageBoxes::setHandler({});
    m_workspace.reset();
}

void TestDashboardView::cleanupTestCase()
{
    m_demo.reset();
    QLocale::setDefault(QLocale::c());
}

std::unique_ptr<DashboardView> TestDashboardView::makeView()
{
    auto view = std::make_unique<DashboardView>(*m_demo, *m_workspace);
    view->setToday(today);
    view->resize(1280, 1100);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        qWarning("dashboard not exposed");
    return view;
}

bool TestDashboardView::waitForData(DashboardView &view)
{
    QTest::qWait(1);
    return QTest::qWaitFor([&view] { return !view.isLoading() && view.hasData(); }, 20000);
}

void TestDashboardView::chartsGetTheFigures()
{
    auto view = makeView();
    QVERIFY(waitForData(*view));
    const DashboardData d = view->data();
    QVERIFY2(d.isValid(), qPrintable(d.error));
    QCOMPARE(d.today, today);
    QVERIFY(d.liveBook.count > 200);

    // The donut: one slice per band with accounts, adding up to the book.
    auto *pie = onlySeries<QPieSeries>(view->chart(Card::HealthMix));
    QVERIFY(pie);
    QVERIFY(!view->card(Card::HealthMix)->isShowingNote());
    QCOMPARE(pie->sum(), double(d.liveBook.count));
    QVERIFY(pie->count() >= 3);
    for (QPieSlice *slice : pie->slices()) {
        if (slice->label().startsWith(u"Red"_s)) {
            QCOMPARE(slice->value(), double(d.healthMix[int(Band::Red)].count));
            QCOMPARE(slice->color(), Theme::danger());
        }
    }

    // The trend: three stacked areas over the weeks with a snapshot.
    const QList<QAbstractSeries *> areas = view->chart(Card::HealthTrend)->series();
    QCOMPARE(areas.size(), 3);
    auto *green = qobject_cast<QAreaSeries *>(areas.at(2));
    QVERIFY(green);
    QCOMPARE(green->name(), u"Green"_s);
    QVERIFY(green->upperSeries()->count() >= 6);
    QCOMPARE(green->upperSeries()->points().constLast().y(), double(d.trend.constLast().total()));

    // Renewals: overdue and twelve months, renewing ARR = expected + at risk.
    auto *bars = onlySeries<QStackedBarSeries>(view->chart(Card::Renewals));
    QVERIFY(bars);
    QCOMPARE(bars->count(), 2);
    QBarSet *expected = bars->barSets().at(0);
    QBarSet *atRisk = bars->barSets().at(1);
    QCOMPARE(expected->count(), 13);
    double riskShown = 0;
    for (int i = 1; i < 13; ++i) {
        const auto &month = d.renewals.at(i - 1);
        QVERIFY(qFuzzyCompare(1 + expected->at(i) + atRisk->at(i), 1 + month.renewals.arrIn(d.mainCurrency)));
        riskShown += atRisk->at(i);
    }
    QVERIFY(riskShown > 0);
    QCOMPARE(atRisk->color(), Theme::danger());
    QVERIFY2(view->card(Card::Renewals)->footnote().contains(u"ROC-AUC"_s),
             qPrintable(view->card(Card::Renewals)->footnote()));

    // NPS: the number and three parts.
    const double score = d.nps.score().value();
    QCOMPARE(view->npsText(), (score >= 0.5 ? u"+"_s : QString()) + QString::number(std::lround(score)));
    auto *nps = onlySeries<QHorizontalPercentBarSeries>(view->chart(Card::Nps));
    QVERIFY(nps);
    QCOMPARE(nps->count(), 3);
    QCOMPARE(nps->barSets().at(2)->at(0), double(d.nps.responses[int(DashboardData::NpsCategory::Promoter)]));

    // Retention: the figures and one row per team.
    QVERIFY2(d.retention.read, qPrintable(d.retention.error));
    QVERIFY(view->grrText().endsWith(u'%'));
    QVERIFY(view->nrrText().endsWith(u'%'));
    QAbstractItemModelTester tester(view->retentionModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(view->retentionModel()->rowCount() > 0);
    QCOMPARE(view->retentionModel()->columnCount(), 5);
}

void TestDashboardView::clickingASliceListsItsAccounts()
{
    auto view = makeView();
    QVERIFY(waitForData(*view));
    QSignalSpy requested(view.get(), &DashboardView::accountsRequested);
    auto *pie = onlySeries<QPieSeries>(view->chart(Card::HealthMix));
    QVERIFY(pie);
    const DashboardData d = view->data();
    int checked = 0;
    for (QPieSlice *slice : pie->slices()) {
        requested.clear();
        Q_EMIT slice->clicked();
        QCOMPARE(requested.size(), 1);
        const auto filter = requested.at(0).at(0).value<AccountFilter>();
        QCOMPARE(filter.healthBands.size(), 1);
        const auto band = HealthScorecard::bandFromKeyword(filter.healthBands.constFirst());
        QVERIFY(band.has_value());
        QVERIFY(slice->label().startsWith(HealthScorecard::bandLabel(*band)));
        QCOMPARE(filter, d.healthMix[int(*band)].filter);
        QCOMPARE(listedCount(*m_demo, filter), qint64(slice->value()));
        QCOMPARE(requested.at(0).at(1).toString(), u"Health: "_s + HealthScorecard::bandLabel(*band));
        ++checked;
    }
    QVERIFY(checked >= 3);
    // The breakdown beside the donut names each band and opens the same list.
    requested.clear();
    QToolButton *red = view->bandButton(Band::Red);
    QVERIFY(red->isVisible());
    QCOMPARE(red->text(), u"Red"_s);
    QTest::mouseClick(red, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).value<AccountFilter>(), d.healthMix[int(Band::Red)].filter);
    red->setFocus(Qt::TabFocusReason);
    QTest::keyClick(red, Qt::Key_Space);
    QCOMPARE(requested.size(), 2);
    // No accounts not scored in the demo book: no entry for them.
    QCOMPARE(view->bandButton(Band::None)->isVisible(), d.healthMix[int(Band::None)].count > 0);
}

void TestDashboardView::arrToggleShowsMoney()
{
    auto view = makeView();
    QVERIFY(waitForData(*view));
    auto *byArr = view->findChild<QToolButton *>(u"mixByArr"_s);
    QVERIFY(byArr);
    QTest::mouseClick(byArr, Qt::LeftButton);
    QCOMPARE(view->mixMeasure(), DashboardView::MixMeasure::Arr);
    const DashboardData d = view->data();
    auto *pie = onlySeries<QPieSeries>(view->chart(Card::HealthMix));
    QVERIFY(pie);
    double total = 0;
    for (const auto &slice : d.healthMix)
        total += slice.arrIn(d.mainCurrency);
    QVERIFY(qFuzzyCompare(pie->sum(), total));
    QVERIFY2(view->card(Card::HealthMix)->subtitle().contains(d.mainCurrency),
             qPrintable(view->card(Card::HealthMix)->subtitle()));
    // Keyboard: the toggle is a focusable button.
    auto *byCount = view->findChild<QToolButton *>(u"mixByCount"_s);
    byCount->setFocus(Qt::TabFocusReason);
    QTest::keyClick(byCount, Qt::Key_Space);
    QCOMPARE(view->mixMeasure(), DashboardView::MixMeasure::Count);
    QCOMPARE(onlySeries<QPieSeries>(view->chart(Card::HealthMix))->sum(), double(d.liveBook.count));
}

void TestDashboardView::clickingAMonthListsItsRenewals()
{
    auto view = makeView();
    QVERIFY(waitForData(*view));
    QSignalSpy requested(view.get(), &DashboardView::accountsRequested);
    auto *bars = onlySeries<QStackedBarSeries>(view->chart(Card::Renewals));
    QVERIFY(bars);
    const DashboardData d = view->data();
    for (int index = 0; index < 13; ++index) {
        requested.clear();
        // Either part of the bar opens the month.
        Q_EMIT bars->barSets().at(index % 2)->clicked(index);
        QCOMPARE(requested.size(), 1);
        const auto filter = requested.at(0).at(0).value<AccountFilter>();
        const DashboardData::RenewalMonth &month = index == 0 ? d.overdue : d.renewals.at(index - 1);
        QCOMPARE(filter, month.renewals.filter);
        QCOMPARE(listedCount(*m_demo, filter), month.renewals.count);
        if (index == 0) {
            QVERIFY(filter.overdueRenewals);
            QCOMPARE(requested.at(0).at(1).toString(), u"Overdue renewals"_s);
        } else {
            QCOMPARE(filter.renewalTo, month.to);
            QCOMPARE(requested.at(0).at(1).toString(),
                     u"Renewals in "_s + QLocale().toString(month.to, u"MMMM yyyy"_s));
        }
    }
}

void TestDashboardView::clickingTheTrendListsThatWeeksBand()
{
    auto view = makeView();
    QVERIFY(waitForData(*view));
    QSignalSpy requested(view.get(), &DashboardView::accountsRequested);
    const DashboardData d = view->data();
    const QList<QAbstractSeries *> areas = view->chart(Card::HealthTrend)->series();
    QCOMPARE(areas.size(), 3);
    const int week = d.trend.size() - 3;
    QVERIFY(d.trend.at(week).total() > 0);
    const Band bands[] = { Band::Red, Band::Yellow, Band::Green };
    for (int i = 0; i < 3; ++i) {
        requested.clear();
        // A click a day after the week's Monday: the nearest snapshot is that week's.
        const QDateTime at(d.trend.at(week).week.addDays(1), QTime(12, 0));
        Q_EMIT qobject_cast<QAreaSeries *>(areas.at(i))->clicked(QPointF(double(at.toMSecsSinceEpoch()), 3));
        QCOMPARE(requested.size(), 1);
        const auto filter = requested.at(0).at(0).value<AccountFilter>();
        QCOMPARE(filter, d.trendSliceFilter(week, bands[i]));
        QCOMPARE(filter.healthWeek, d.trend.at(week).week);
        QCOMPARE(listedCount(*m_demo, filter), d.trend.at(week).counts[int(bands[i])]);
    }
}

void TestDashboardView::clickingNpsListsByLatestAnswer()
{
    auto view = makeView();
    QVERIFY(waitForData(*view));
    QSignalSpy requested(view.get(), &DashboardView::accountsRequested);
    const DashboardData d = view->data();
    auto *nps = onlySeries<QHorizontalPercentBarSeries>(view->chart(Card::Nps));
    QVERIFY(nps);
    const DashboardData::NpsCategory order[]
        = { DashboardData::NpsCategory::Detractor, DashboardData::NpsCategory::Passive,
            DashboardData::NpsCategory::Promoter };
    for (int i = 0; i < 3; ++i) {
        requested.clear();
        Q_EMIT nps->barSets().at(i)->clicked(0);
        QCOMPARE(requested.size(), 1);
        const auto filter = requested.at(0).at(0).value<AccountFilter>();
        QCOMPARE(filter.npsCategories, QStringList { DashboardData::npsKeyword(order[i]) });
        QCOMPARE(listedCount(*m_demo, filter), d.nps.accounts[int(order[i])].count);
    }
    // The breakdown under the bar: one button per category, for the mouse and the keyboard.
    requested.clear();
    QToolButton *promoters = view->npsButton(DashboardData::NpsCategory::Promoter);
    QVERIFY(promoters->text().startsWith(u"Promoters"_s));
    QTest::mouseClick(promoters, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).value<AccountFilter>().npsCategories, QStringList { u"promoter"_s });
    QToolButton *detractors = view->npsButton(DashboardData::NpsCategory::Detractor);
    detractors->setFocus(Qt::TabFocusReason);
    QTest::keyClick(detractors, Qt::Key_Space);
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.at(1).at(0).value<AccountFilter>().npsCategories, QStringList { u"detractor"_s });
    QCOMPARE(requested.at(1).at(1).toString(), u"NPS: Detractors"_s);
}

void TestDashboardView::retentionRowsOpenTheirGroup()
{
    auto view = makeView();
    QVERIFY(waitForData(*view));
    QSignalSpy requested(view.get(), &DashboardView::accountsRequested);
    view->setRetentionGrouping(DashboardView::RetentionGrouping::Csm);
    const DashboardData d = view->data();
    QCOMPARE(view->retentionModel()->rowCount(),
             qsizetype(std::count_if(d.retention.byCsm.cbegin(), d.retention.byCsm.cend(),
                                     [](const Forecast::Retention &r) { return r.accounts > 0; })));
    // The weakest GRR first.
    QAbstractItemModel *model = view->retentionModel();
    QVERIFY(model->index(0, 3).data(Qt::UserRole + 3).toDouble()
            <= model->index(model->rowCount() - 1, 3).data(Qt::UserRole + 3).toDouble());
    QTableView *table = view->retentionTable();
    table->setFocus();
    table->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(requested.size(), 1);
    const auto filter = requested.at(0).at(0).value<AccountFilter>();
    QCOMPARE(filter.ownerIds.size(), 1);
    QVERIFY(filter.lifecycleStages.isEmpty()); // churned accounts too
    QCOMPARE(requested.at(0).at(1).toString(), u"Retention: "_s + model->index(0, 0).data().toString());
    QVERIFY(listedCount(*m_demo, filter) > 0);

    view->setRetentionGrouping(DashboardView::RetentionGrouping::Segment);
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), u"Segment"_s);
    QCOMPARE(model->rowCount(), qsizetype(d.retention.bySegment.size()));
}

void TestDashboardView::hoverTellsTheFigure()
{
    auto view = makeView();
    QVERIFY(waitForData(*view));
    const DashboardData d = view->data();
    auto *pie = onlySeries<QPieSeries>(view->chart(Card::HealthMix));
    QPieSlice *first = pie->slices().constFirst(); // green
    Q_EMIT first->hovered(true);
    QVERIFY2(view->lastToolTip().startsWith(u"Green health: "_s
                                            + QLocale().toString(d.healthMix[int(Band::Green)].count)
                                            + u" account"_s),
             qPrintable(view->lastToolTip()));
    QVERIFY(first->isExploded());
    Q_EMIT first->hovered(false);
    QVERIFY(!first->isExploded());

    auto *bars = onlySeries<QStackedBarSeries>(view->chart(Card::Renewals));
    Q_EMIT bars->barSets().at(1)->hovered(true, 2);
    QVERIFY2(view->lastToolTip().startsWith(QLocale().toString(d.renewals.at(1).to, u"MMMM yyyy"_s)),
             qPrintable(view->lastToolTip()));
    QVERIFY2(view->lastToolTip().contains(u"at risk"_s), qPrintable(view->lastToolTip()));
}

void TestDashboardView::everyFigureIsInTheKeyboardMenu()
{
    auto view = makeView();
    QVERIFY(waitForData(*view));
    QSignalSpy requested(view.get(), &DashboardView::accountsRequested);
    const DashboardData d = view->data();
    // Renewals: overdue and the twelve months, each naming its count.
    QMenu *menu = view->card(Card::Renewals)->accountsMenu();
    QCOMPARE(menu->actions().size(), 13);
    menu->actions().at(3)->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).value<AccountFilter>(), d.renewals.at(2).renewals.filter);
    // The trend: a submenu per week with a snapshot, newest first.
    QMenu *trend = view->card(Card::HealthTrend)->accountsMenu();
    QMenu *latest = trend->actions().constFirst()->menu();
    QVERIFY(latest);
    latest->actions().at(0)->trigger(); // red
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.at(1).at(0).value<AccountFilter>(),
             d.trendSliceFilter(int(d.trend.size()) - 1, Band::Red));
    // The button opening it is reachable with Tab.
    QToolButton *button = view->card(Card::HealthMix)->accountsButton();
    QCOMPARE(button->focusPolicy(), Qt::StrongFocus);
    QCOMPARE(button->menu(), view->card(Card::HealthMix)->accountsMenu());
    QVERIFY(view->card(Card::HealthMix)->accountsMenu()->actions().size() >= 3);
}

void TestDashboardView::savesEachCardAsPng()
{
    auto view = makeView();
    QVERIFY(waitForData(*view));
    QTemporaryDir out;
    QList<FileDialogs::Request> asked;
    QString answer;
    FileDialogs::setHandler([&](const FileDialogs::Request &r) {
        asked << r;
        return answer;
    });
    for (int i = 0; i < int(Card::Count); ++i) {
        DashboardCard *card = view->card(Card(i));
        answer = out.filePath(u"card"_s + QString::number(i)); // no extension: .png is added
        QTest::mouseClick(card->saveButton(), Qt::LeftButton);
        QCOMPARE(asked.size(), i + 1);
        QCOMPARE(asked.last().kind, FileDialogs::Kind::SaveFile);
        QVERIFY2(asked.last().directory.endsWith(u"-2026-11-22.png"_s), qPrintable(asked.last().directory));
        QImage image(answer + u".png"_s);
        QVERIFY2(!image.isNull(), qPrintable(answer));
        QCOMPARE(image.size(), card->size() * 2); // twice the size, for slides
        // Not blank: the card's white and the chart's colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(card->title()));
        // The buttons are back after the picture.
        QVERIFY(card->saveButton()->isVisible());
    }
    // Cancelled: nothing written, nothing said.
    answer.clear();
    QTest::mouseClick(view->card(Card::Nps)->saveButton(), Qt::LeftButton);
    QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), int(Card::Count));
}

void TestDashboardView::contextMenuSavesToo()
{
    auto view = makeView();
    QVERIFY(waitForData(*view));
    QTemporaryDir out;
    int asked = 0;
    FileDialogs::setHandler([&](const FileDialogs::Request &) {
        ++asked;
        return out.filePath(u"trend.png"_s);
    });
    QChartView *chartView = view->chartView(Card::HealthTrend);
    const QPoint pos = chartView->rect().center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, chartView->mapToGlobal(pos));
    QApplication::sendEvent(chartView, &event);
    QMenu *menu = view->card(Card::HealthTrend)->contextMenu();
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(menu->actions().size(), 2); // save, and the accounts submenu
    QVERIFY(menu->actions().at(1)->menu());
    menu->actions().at(0)->trigger();
    menu->close();
    QCOMPARE(asked, 1);
    QVERIFY(!QImage(out.filePath(u"trend.png"_s)).isNull());
}

void TestDashboardView::reportsAFailedSave()
{
    auto view = makeView();
    QVERIFY(waitForData(*view));
    FileDialogs::setHandler([](const FileDialogs::Request &) { return u"/nonexistent-folder/x/mix.png"_s; });
    QList<MessageBoxes::Request> said;
    MessageBoxes::setHandler([&](const MessageBoxes::Request &r) {
        said << r;
        return QMessageBox::Ok;
    });
    view->saveCard(Card::HealthMix);
    QCOMPARE(said.size(), 1);
    QCOMPARE(said.at(0).icon, QMessageBox::Warning);
    QVERIFY2(said.at(0).text.contains(u"Health mix"_s), qPrintable(said.at(0).text));
    QVERIFY(said.at(0).informativeText.contains(u"/nonexistent-folder/x/mix.png"_s));
}

void TestDashboardView::scopeSwitchChangesTheFigures()
{
    auto view = makeView();
    QVERIFY(waitForData(*view));
    const qint64 all = view->data().liveBook.count;
    m_workspace->setScope(Workspace::Scope::MyBook);
    QTest::qWait(1);
    QVERIFY(QTest::qWaitFor(
        [&] { return !view->isLoading() && view->data().options.scope == Workspace::Scope::MyBook; }, 20000));
    const DashboardData book = view->data();
    QVERIFY(book.liveBook.count < all);
    QCOMPARE(book.liveBook.filter.scopeUserId, m_user);
    QCOMPARE(onlySeries<QPieSeries>(view->chart(Card::HealthMix))->sum(), double(book.liveBook.count));
    QSignalSpy requested(view.get(), &DashboardView::accountsRequested);
    view->openHealthBand(Band::Green);
    QCOMPARE(requested.at(0).at(0).value<AccountFilter>().scope, Workspace::Scope::MyBook);
}

void TestDashboardView::busyWhileReading()
{
    auto view = makeView();
    auto *busy = view->findChild<QProgressBar *>(u"dashboardBusy"_s);
    QVERIFY(busy);
    QVERIFY(view->isLoading());
    QVERIFY(busy->isVisible());
    QVERIFY(waitForData(*view));
    QVERIFY(!busy->isVisible());
    view->reload();
    QVERIFY(busy->isVisible());
    QVERIFY(waitForData(*view));
    QVERIFY(!busy->isVisible());
}

void TestDashboardView::emptyCacheSaysSo()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(u"empty.sqlite"_s), &error), qPrintable(error));
    DashboardView view(db, *m_workspace);
    view.resize(1000, 700);
    view.show();
    auto *pages = view.findChild<QStackedWidget *>();
    auto *noData = view.findChild<EmptyStateWidget *>(u"dashboardNoData"_s);
    QCOMPARE(pages->currentWidget(), noData);
    QCOMPARE(noData->title(), u"No accounts yet"_s);
    QVERIFY(!view.isLoading());
}

void TestDashboardView::noHealthAndNoChurnModelSaySo()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(u"fresh.sqlite"_s), &error), qPrintable(error));
    QVERIFY(buildDemo(db, dir.path(), 60, false)); // imported, never scored
    DashboardView view(db, *m_workspace);
    view.setToday(today);
    view.resize(1280, 1000);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(waitForData(view));
    QVERIFY2(view.data().isValid(), qPrintable(view.data().error));
    QVERIFY(view.card(Card::HealthMix)->isShowingNote());
    QVERIFY2(view.card(Card::HealthMix)->note().startsWith(u"No health scores yet"_s),
             qPrintable(view.card(Card::HealthMix)->note()));
    QVERIFY(view.card(Card::HealthTrend)->note().startsWith(u"No weekly health snapshots"_s));
    // Renewals still show their ARR; the at-risk part says why it is missing.
    QVERIFY(!view.card(Card::Renewals)->isShowingNote());
    QVERIFY2(view.card(Card::Renewals)->footnote().contains(u"has not been trained"_s),
             qPrintable(view.card(Card::Renewals)->footnote()));
    QVERIFY(view.card(Card::HealthMix)->accountsMenu()->actions().size() == 1); // all "not scored"

    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"INSERT INTO churn_model (id, trained_at, as_of, status, outcomes, churned, message)"
                   " VALUES (1, '2026-11-22T06:00:00Z', '2026-11-22', 'too_few_outcomes', 14, 2, 'x')"_s));
    view.reload();
    QVERIFY(waitForData(view));
    const QString footnote = view.card(Card::Renewals)->footnote();
    QVERIFY2(footnote.startsWith(u"No ARR at risk: "_s), qPrintable(footnote));
    QCOMPARE(footnote.section(u' ', 0, 4),
             u"No ARR at risk: "_s + view.data().churnModel.message.section(u' ', 0, 0));
}

void TestDashboardView::screenshot()
{
    // PITWALL_DASHBOARD_SCREENSHOT=/tmp/dashboard-en.png [PITWALL_DASHBOARD_LOCALE=zh_CN]:
    // the demo company's 2,000 accounts as of 2026-11-22, seen by the manager of the
    // largest team.
    const QString path = qEnvironmentVariable("PITWALL_DASHBOARD_SCREENSHOT");
    if (path.isEmpty())
        QSKIP("set PITWALL_DASHBOARD_SCREENSHOT to a .png path to save a screenshot");
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(u"shot.sqlite"_s), &error), qPrintable(error));
    QVERIFY(buildDemo(db, dir.path(), 2000));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT m.id, m.name FROM users m JOIN users u ON u.manager_id = m.id"
                   " JOIN accounts a ON a.owner_id = u.id GROUP BY m.id ORDER BY COUNT(*) DESC LIMIT 1"_s)
            && q.next());
    m_workspace->setUser(q.value(0).toString(), q.value(1).toString());
    m_workspace->setScope(Workspace::Scope::MyTeam);
    DashboardView view(db, *m_workspace);
    view.setToday(today);
    view.resize(1280, 1120);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(waitForData(view));
    QVERIFY2(view.data().isValid(), qPrintable(view.data().error));
    QTest::qWait(50);
    QVERIFY(view.grab().save(path));
    if (qEnvironmentVariableIsSet("PITWALL_DASHBOARD_SCREENSHOT_ARR")) {
        view.setMixMeasure(DashboardView::MixMeasure::Arr);
        QVERIFY(view.card(Card::HealthMix)
                    ->saveImage(qEnvironmentVariable("PITWALL_DASHBOARD_SCREENSHOT_ARR"), &error));
    }
    qInfo().noquote() << "saved" << path << "for" << m_workspace->userName() << view.data().liveBook.count
                      << "accounts in" << view.data().elapsedMs << "ms";
}

QTEST_MAIN(TestDashboardView)
#include "tst_dashboardview.moc"
