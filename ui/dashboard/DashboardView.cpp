#include "DashboardView.h"

#include "DashboardCard.h"
#include "account/CrmFormat.h"
#include "common/ChartStyle.h"
#include "common/EmptyStateWidget.h"
#include "common/FileDialogs.h"
#include "common/Icons.h"
#include "common/MessageBoxes.h"
#include "common/Theme.h"
#include "dashboard/DashboardJob.h"
#include "home/HomeFormat.h"
#include "home/HomeSummary.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QButtonGroup>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateTimeAxis>
#include <QDir>
#include <QGraphicsSimpleTextItem>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalPercentBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QPieLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QProgressBar>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

using namespace Qt::StringLiterals;

using Band = DashboardData::Band;
using NpsCategory = DashboardData::NpsCategory;

namespace {

// Figures are re-read when the view is shown again after this long.
constexpr int refreshOnShowMs = 1500;

// The band colours of the whole application (the Team view's health bars use the same).
QColor bandColor(Band band)
{
    switch (band) {
    case Band::Red:
        return Theme::danger();
    case Band::Yellow:
        return QColor(0xe0, 0xa1, 0x1b);
    case Band::Green:
        return QColor(0x2d, 0xa4, 0x4e);
    case Band::None:
        break;
    }
    return QColor(0xc9, 0xd1, 0xdc);
}

QColor npsColor(NpsCategory category)
{
    switch (category) {
    case NpsCategory::Promoter:
        return bandColor(Band::Green);
    case NpsCategory::Passive:
        return bandColor(Band::Yellow);
    case NpsCategory::Detractor:
        break;
    }
    return bandColor(Band::Red);
}

const QColor renewingColor(0x1f, 0x6f, 0xeb);

// The dashboard's charts sit a little closer to their cards' edges than the Account 360's.
QChart *makeChart()
{
    return ChartStyle::makeChart(QMargins(2, 4, 6, 0));
}

// A "nice" step for about `ticks` intervals up to `top`: 1, 2, 2.5 or 5 times a power of 10.
double niceStep(double top, int ticks)
{
    if (top <= 0)
        return 1;
    const double raw = top / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        if (factor * magnitude >= raw)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

// A value axis whose labels are money, compact and in the reader's units ("$1.5M",
// "¥150万"): QValueAxis only knows printf formats, so the ticks are categories.
QCategoryAxis *moneyAxis(double top, const QString &currency)
{
    auto *axis = new QCategoryAxis;
    ChartStyle::styleValueAxis(axis);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const double step = niceStep(top, 4);
    const int steps = std::max(1, int(std::ceil(top / step - 1e-9)));
    axis->setStartValue(0);
    axis->append(HomeFormat::compactMoney(0, currency) + u'\u200b', step * 1e-9);
    QString previous;
    for (int i = 1; i <= steps; ++i) {
        QString label = HomeFormat::compactMoney(step * i, currency);
        if (label == previous) // coarse rounding of a fine step: keep the labels apart
            label += QString(i, u'\u200b');
        axis->append(label, step * i);
        previous = label;
    }
    axis->setRange(0, step * steps);
    return axis;
}

QValueAxis *countAxis(double top)
{
    auto *axis = new QValueAxis;
    ChartStyle::styleValueAxis(axis);
    const double step = std::max(1.0, niceStep(top, 5));
    const int steps = std::max(1, int(std::ceil(top / step - 1e-9)));
    axis->setRange(0, step * steps);
    axis->setTickCount(steps + 1);
    axis->setLabelFormat(u"%.0f"_s);
    return axis;
}

QString percentText(double value, int decimals = 0)
{
    const QLocale locale = CrmFormat::displayLocale();
    return locale.toString(value, 'f', decimals) + locale.percent();
}

QString share(double part, double whole)
{
    return whole > 0 ? percentText(100.0 * part / whole) : QString();
}

QString count(qint64 value)
{
    return HomeFormat::count(value);
}

QString bandLabel(Band band)
{
    return HealthScorecard::bandLabel(band);
}

// "$4.8M ARR in 12 accounts" per currency, for tooltips and footnotes.
QStringList moneyLines(const QList<DashboardData::Money> &money)
{
    QStringList lines;
    for (const DashboardData::Money &m : money) {
        lines << QCoreApplication::translate("DashboardView", "%1 ARR in %n account(s)", nullptr,
                                             int(m.accounts))
                     .arg(CrmFormat::money(m.amount, m.currency));
    }
    return lines;
}

QString currencyName(const QString &code)
{
    return code.isEmpty() ? QCoreApplication::translate("DashboardView", "no currency") : code;
}

// "Retention by CSM" figures: 91.2%.
QString ratioText(const std::optional<double> &ratio)
{
    return ratio ? percentText(*ratio * 100.0, 1) : u"—"_s;
}

QString npsNumber(double score)
{
    const long rounded = std::lround(score);
    const QLocale locale = CrmFormat::displayLocale();
    if (rounded > 0)
        return locale.positiveSign() + locale.toString(qlonglong(rounded));
    if (rounded < 0)
        return locale.negativeSign() + locale.toString(qlonglong(-rounded));
    return locale.toString(0);
}

// A band or category name that opens its accounts: reads as text, acts as a button.
QString linkButtonStyle()
{
    return u"QToolButton { color: #1b2430; padding: 3px 4px; border: none; }"
           " QToolButton:hover, QToolButton:focus { color: #1f6feb; text-decoration: underline; }"_s;
}

enum RetentionRole
{
    KeyRole = Qt::UserRole + 1, // owner id, team or segment
    ByRole, // "csm", "team", "segment"
    SortRole,
};

} // namespace

DashboardView::DashboardView(Database &db, Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_workspace(workspace)
    , m_job(new DashboardJob(db.path(), this))
    , m_retentionJob(new DashboardJob(db.path(), this))
    , m_pages(new QStackedWidget(this))
    , m_noData(new EmptyStateWidget(this))
    , m_title(new QLabel(tr("Dashboard"), this))
    , m_subtitle(new QLabel(this))
    , m_error(new QLabel(this))
    , m_busy(new QProgressBar(this))
{
    setObjectName(u"dashboardView"_s);
    m_noData->setObjectName(u"dashboardNoData"_s);
    m_noData->setIcon(Icons::accounts(Theme::accent()));
    m_noData->setTitle(tr("No accounts yet"));
    m_noData->setText(
        tr("The dashboard charts the book once there is one: import a CRM export (Ctrl+I) or load "
           "the demo data."));

    m_dashboard = createDashboard();
    m_pages->addWidget(m_dashboard);
    m_pages->addWidget(m_noData);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_job, &DashboardJob::finished, this, &DashboardView::showData);
    connect(m_retentionJob, &DashboardJob::finished, this, &DashboardView::showRetention);
    connect(&m_workspace, &Workspace::userChanged, this, &DashboardView::readData);
    connect(&m_workspace, &Workspace::scopeChanged, this, &DashboardView::readData);
    readData();
}

QWidget *DashboardView::createDashboard()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"dashboardScroll"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    content->setObjectName(u"dashboardContent"_s);
    content->setAutoFillBackground(false);
    scroll->viewport()->setAutoFillBackground(false);

    m_title->setParent(content);
    m_title->setObjectName(u"dashboardTitle"_s);
    Theme::setRole(m_title, "title");
    m_subtitle->setParent(content);
    m_subtitle->setObjectName(u"dashboardSubtitle"_s);
    Theme::setRole(m_subtitle, "subtitle");
    m_error->setParent(content);
    m_error->setObjectName(u"dashboardError"_s);
    Theme::setRole(m_error, "error");
    m_error->setWordWrap(true);
    m_error->hide();
    m_busy->setParent(content);
    m_busy->setObjectName(u"dashboardBusy"_s);
    m_busy->setRange(0, 0); // busy: no known end
    m_busy->setFixedWidth(140);
    m_busy->setAccessibleName(tr("Reading the figures"));
    m_busy->setToolTip(tr("Reading the figures…"));
    m_busy->hide();

    auto *titleColumn = new QVBoxLayout;
    titleColumn->setSpacing(2);
    titleColumn->addWidget(m_title);
    titleColumn->addWidget(m_subtitle);
    auto *header = new QHBoxLayout;
    header->addLayout(titleColumn, 1);
    header->addWidget(m_busy, 0, Qt::AlignVCenter);

    // Health mix: a donut, by count or by ARR.
    DashboardCard *mix = createCard(Card::HealthMix, tr("Health mix"));
    auto *byCount = new QToolButton(mix);
    byCount->setObjectName(u"mixByCount"_s);
    byCount->setText(tr("Count"));
    byCount->setToolTip(tr("Accounts per health band"));
    auto *byArr = new QToolButton(mix);
    byArr->setObjectName(u"mixByArr"_s);
    byArr->setText(tr("ARR"));
    byArr->setToolTip(tr("ARR per health band, in the main currency"));
    m_mixButtons = new QButtonGroup(this);
    m_mixButtons->setExclusive(true);
    for (QToolButton *button : { byCount, byArr }) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setStyleSheet(
            u"QToolButton { padding: 2px 8px; border: 1px solid #dde3ea; color: #5b6777; }"
            " QToolButton:checked { background: #e8f0fe; color: #1f6feb; border-color: #1f6feb; }"_s);
        m_mixButtons->addButton(button);
    }
    m_mixButtons->setId(byCount, int(MixMeasure::Count));
    m_mixButtons->setId(byArr, int(MixMeasure::Arr));
    byCount->setChecked(true);
    auto *toggle = new QWidget(mix);
    auto *toggleLayout = new QHBoxLayout(toggle);
    toggleLayout->setContentsMargins(0, 0, 6, 0);
    toggleLayout->setSpacing(0);
    toggleLayout->addWidget(byCount);
    toggleLayout->addWidget(byArr);
    mix->addHeaderWidget(toggle);
    connect(m_mixButtons, &QButtonGroup::idClicked, this, [this](int id) { setMixMeasure(MixMeasure(id)); });
    QChart *mixChart = makeChart();
    mixChart->legend()->hide(); // the breakdown beside it names the bands
    m_mixCentreValue = new QGraphicsSimpleTextItem(mixChart);
    m_mixCentreCaption = new QGraphicsSimpleTextItem(mixChart);
    QFont centreFont = font();
    centreFont.setPointSizeF(15);
    centreFont.setWeight(QFont::DemiBold);
    m_mixCentreValue->setFont(centreFont);
    m_mixCentreValue->setBrush(Theme::text());
    QFont captionFont = font();
    captionFont.setPointSizeF(8.5);
    m_mixCentreCaption->setFont(captionFont);
    m_mixCentreCaption->setBrush(Theme::mutedText());
    connect(mixChart, &QChart::plotAreaChanged, this, &DashboardView::placeMixCentre);
    mix->setContent(createMixContent(mix, createChartView(Card::HealthMix, mixChart, mix)));

    DashboardCard *trend = createCard(Card::HealthTrend, tr("Health trend"));
    trend->setContent(createChartView(Card::HealthTrend, makeChart(), trend));

    DashboardCard *renewals = createCard(Card::Renewals, tr("Renewals by month"));
    renewals->setContent(createChartView(Card::Renewals, makeChart(), renewals));

    DashboardCard *retention = createCard(Card::Retention, tr("Revenue retention"));
    retention->setContent(createRetentionContent(retention));
    m_charts.append(nullptr);
    m_chartViews.append(nullptr);

    DashboardCard *nps = createCard(Card::Nps, tr("NPS"));
    nps->setContent(createNpsContent(nps));

    // Three columns: the mix and its trend; renewals and NPS; retention across.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(14);
    grid->addWidget(mix, 0, 0);
    grid->addWidget(trend, 0, 1, 1, 2);
    grid->addWidget(renewals, 1, 0, 1, 2);
    grid->addWidget(nps, 1, 2);
    grid->addWidget(retention, 2, 0, 1, 3);
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);
    for (DashboardCard *c : { mix, trend, renewals, nps })
        c->setMinimumHeight(320);
    retention->setMinimumHeight(230);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 18);
    layout->setSpacing(14);
    layout->addLayout(header);
    layout->addWidget(m_error);
    layout->addLayout(grid);
    layout->addStretch(1);
    scroll->setWidget(content);
    return scroll;
}

DashboardCard *DashboardView::createCard(Card which, const QString &title)
{
    auto *card = new DashboardCard(title, this);
    static const char *const names[]
        = { "healthMixCard", "healthTrendCard", "renewalsCard", "retentionCard", "npsCard" };
    card->setObjectName(QString::fromLatin1(names[int(which)]));
    connect(card, &DashboardCard::saveRequested, this, [this, which] { saveCard(which); });
    m_cards.append(card);
    return card;
}

QChartView *DashboardView::createChartView(Card which, QChart *chart, DashboardCard *owner)
{
    QChartView *view = ChartStyle::makeView(chart, owner, 200);
    view->setObjectName(owner->objectName() + u"Chart"_s);
    view->setFocusPolicy(Qt::NoFocus);
    view->setAccessibleName(owner->title());
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, owner,
            [owner, view](const QPoint &pos) { owner->popUpContextMenu(view->mapToGlobal(pos)); });
    Q_ASSERT(m_charts.size() == int(which));
    m_charts.append(chart);
    m_chartViews.append(view);
    return view;
}

QWidget *DashboardView::createMixContent(DashboardCard *card, QChartView *view)
{
    auto *content = new QWidget(card);
    // Each band: a swatch, its name (a button listing its accounts), the value and share.
    auto *breakdown = new QGridLayout;
    breakdown->setHorizontalSpacing(8);
    breakdown->setVerticalSpacing(0);
    static constexpr Band order[] = { Band::Green, Band::Yellow, Band::Red, Band::None };
    static const char *const names[] = { "mixGreen", "mixYellow", "mixRed", "mixNotScored" };
    for (int row = 0; row < 4; ++row) {
        const Band band = order[row];
        const int i = int(band);
        m_mixSwatches[i] = new QLabel(content);
        m_mixSwatches[i]->setFixedSize(10, 10);
        m_mixSwatches[i]->setStyleSheet(u"background: %1; border-radius: 2px;"_s.arg(bandColor(band).name()));
        m_mixNames[i] = new QToolButton(content);
        m_mixNames[i]->setObjectName(QString::fromLatin1(names[row]));
        m_mixNames[i]->setText(bandLabel(band));
        m_mixNames[i]->setAutoRaise(true);
        m_mixNames[i]->setFocusPolicy(Qt::StrongFocus);
        m_mixNames[i]->setStyleSheet(linkButtonStyle());
        connect(m_mixNames[i], &QToolButton::clicked, this, [this, band] { openHealthBand(band); });
        m_mixValues[i] = new QLabel(content);
        m_mixValues[i]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_mixShares[i] = new QLabel(content);
        m_mixShares[i]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_mixShares[i]->setMinimumWidth(36);
        Theme::setRole(m_mixShares[i], "muted");
        breakdown->addWidget(m_mixSwatches[i], row, 0, Qt::AlignVCenter);
        breakdown->addWidget(m_mixNames[i], row, 1, Qt::AlignLeft);
        breakdown->addWidget(m_mixValues[i], row, 2);
        breakdown->addWidget(m_mixShares[i], row, 3);
    }
    breakdown->setColumnStretch(1, 1);
    auto *side = new QVBoxLayout;
    side->addStretch(1);
    side->addLayout(breakdown);
    side->addStretch(1);
    auto *layout = new QHBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(view, 3);
    layout->addLayout(side, 2);
    return content;
}

QWidget *DashboardView::createRetentionContent(DashboardCard *card)
{
    auto *content = new QWidget(card);
    const auto figure = [&](const QString &caption, QLabel **value, const char *name) {
        auto *box = new QVBoxLayout;
        box->setSpacing(0);
        *value = new QLabel(u"—"_s, content);
        (*value)->setObjectName(QString::fromLatin1(name));
        (*value)->setStyleSheet(u"font-size: 24pt; font-weight: 600; color: #1b2430;"_s);
        auto *label = new QLabel(caption, content);
        Theme::setRole(label, "muted");
        box->addWidget(*value);
        box->addWidget(label);
        return box;
    };
    auto *figures = new QHBoxLayout;
    figures->setSpacing(36);
    figures->addLayout(figure(tr("Gross revenue retention"), &m_grrValue, "grrValue"));
    figures->addLayout(figure(tr("Net revenue retention"), &m_nrrValue, "nrrValue"));
    figures->addStretch();
    m_grrValue->setToolTip(tr("GRR: ARR kept from the customers of a year ago, less churn and contraction, "
                              "without expansion"));
    m_nrrValue->setToolTip(tr("NRR: GRR plus the expansion won from the same customers"));

    m_retentionCaption = new QLabel(content);
    m_retentionCaption->setObjectName(u"retentionCaption"_s);
    m_retentionCaption->setWordWrap(true);
    Theme::setRole(m_retentionCaption, "muted");

    m_retentionBy = new QComboBox(content);
    m_retentionBy->setObjectName(u"retentionBy"_s);
    m_retentionBy->addItem(tr("By team"), int(RetentionGrouping::Team));
    m_retentionBy->addItem(tr("By segment"), int(RetentionGrouping::Segment));
    m_retentionBy->addItem(tr("By CSM"), int(RetentionGrouping::Csm));
    m_retentionBy->setAccessibleName(tr("Retention by"));
    connect(m_retentionBy, &QComboBox::currentIndexChanged, this, &DashboardView::updateRetention);
    connect(m_retentionBy, &QComboBox::activated, this, [this] { m_retentionGroupingChosen = true; });
    card->addHeaderWidget(m_retentionBy);

    m_retentionModel = new QStandardItemModel(this);
    m_retentionModel->setSortRole(SortRole);
    m_retentionTable = new QTableView(content);
    m_retentionTable->setObjectName(u"retentionTable"_s);
    m_retentionTable->setModel(m_retentionModel);
    m_retentionTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_retentionTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_retentionTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_retentionTable->setShowGrid(false);
    m_retentionTable->setAlternatingRowColors(true);
    m_retentionTable->setSortingEnabled(true);
    m_retentionTable->setWordWrap(false);
    m_retentionTable->verticalHeader()->hide();
    m_retentionTable->verticalHeader()->setDefaultSectionSize(28);
    m_retentionTable->horizontalHeader()->setHighlightSections(false);
    m_retentionTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_retentionTable->setToolTip(tr("Enter or double-click lists the group's accounts"));
    m_retentionTable->setAccessibleName(tr("Revenue retention by group"));
    connect(m_retentionTable, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openRetentionRow(index.row()); });

    auto *left = new QVBoxLayout;
    left->setSpacing(10);
    left->addLayout(figures);
    left->addWidget(m_retentionCaption);
    left->addStretch();
    auto *layout = new QHBoxLayout(content);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(20);
    layout->addLayout(left, 2);
    layout->addWidget(m_retentionTable, 3);
    return content;
}

QWidget *DashboardView::createNpsContent(DashboardCard *card)
{
    auto *content = new QWidget(card);
    m_npsValue = new QLabel(u"—"_s, content);
    m_npsValue->setObjectName(u"npsValue"_s);
    m_npsCaption = new QLabel(content);
    m_npsCaption->setObjectName(u"npsCaption"_s);
    m_npsCaption->setWordWrap(true);
    Theme::setRole(m_npsCaption, "muted");
    QChart *chart = makeChart();
    chart->legend()->hide(); // the breakdown below names the parts
    QChartView *view = createChartView(Card::Nps, chart, card);
    view->setMinimumHeight(70);
    view->setMaximumHeight(96);

    // Promoters, passives, detractors: a swatch, the name (a button opening the accounts
    // whose latest answer it is), responses and share.
    auto *breakdown = new QGridLayout;
    breakdown->setHorizontalSpacing(10);
    breakdown->setVerticalSpacing(0);
    static constexpr NpsCategory order[]
        = { NpsCategory::Promoter, NpsCategory::Passive, NpsCategory::Detractor };
    static const char *const names[] = { "npsPromoters", "npsPassives", "npsDetractors" };
    for (int row = 0; row < 3; ++row) {
        const NpsCategory category = order[row];
        const int i = int(category);
        auto *swatch = new QLabel(content);
        swatch->setFixedSize(10, 10);
        swatch->setStyleSheet(u"background: %1; border-radius: 2px;"_s.arg(npsColor(category).name()));
        m_npsNames[i] = new QToolButton(content);
        m_npsNames[i]->setObjectName(QString::fromLatin1(names[row]));
        m_npsNames[i]->setAutoRaise(true);
        m_npsNames[i]->setFocusPolicy(Qt::StrongFocus);
        m_npsNames[i]->setText(DashboardData::npsLabel(category) + u"  "_s
                               + (category == NpsCategory::Promoter      ? u"9–10"_s
                                      : category == NpsCategory::Passive ? u"7–8"_s
                                                                         : u"0–6"_s));
        m_npsNames[i]->setStyleSheet(linkButtonStyle());
        connect(m_npsNames[i], &QToolButton::clicked, this, [this, category] { openNps(category); });
        m_npsCounts[i] = new QLabel(content);
        m_npsCounts[i]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_npsShares[i] = new QLabel(content);
        m_npsShares[i]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        Theme::setRole(m_npsShares[i], "muted");
        breakdown->addWidget(swatch, row, 0, Qt::AlignVCenter);
        breakdown->addWidget(m_npsNames[i], row, 1, Qt::AlignLeft);
        breakdown->addWidget(m_npsCounts[i], row, 2);
        breakdown->addWidget(m_npsShares[i], row, 3);
    }
    breakdown->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_npsValue);
    layout->addWidget(m_npsCaption);
    layout->addWidget(view);
    layout->addLayout(breakdown);
    layout->addStretch(1);
    return content;
}

QToolButton *DashboardView::npsButton(NpsCategory category) const
{
    return m_npsNames[int(category)];
}

void DashboardView::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    readData();
}

QDate DashboardView::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

bool DashboardView::isLoading() const
{
    return m_job->isRunning() || m_retentionJob->isRunning();
}

DashboardCard *DashboardView::card(Card card) const
{
    const int i = int(card);
    return i >= 0 && i < m_cards.size() ? m_cards.at(i) : nullptr;
}

QChart *DashboardView::chart(Card card) const
{
    const int i = int(card);
    return i >= 0 && i < m_charts.size() ? m_charts.at(i) : nullptr;
}

QChartView *DashboardView::chartView(Card card) const
{
    const int i = int(card);
    return i >= 0 && i < m_chartViews.size() ? m_chartViews.at(i) : nullptr;
}

QAbstractItemModel *DashboardView::retentionModel() const
{
    return m_retentionModel;
}

QString DashboardView::grrText() const
{
    return m_grrValue->text();
}

QString DashboardView::nrrText() const
{
    return m_nrrValue->text();
}

QString DashboardView::npsText() const
{
    return m_npsValue->text();
}

void DashboardView::reload()
{
    readData();
}

void DashboardView::readData()
{
    if (!HomeSummary::cacheHasAccounts(m_db.connection())) {
        m_pages->setCurrentWidget(m_noData);
        return;
    }
    m_pages->setCurrentWidget(m_dashboard);
    DashboardData::Options options;
    options.scope = m_workspace.scope();
    options.userId = m_workspace.userId();
    options.today = m_today;
    m_sinceRead.start();
    m_busy->show();
    // The figures first; retention reads the whole opportunity history, on its own.
    options.retention = false;
    m_job->start(options);
    options.figures = false;
    options.retention = true;
    m_retentionPending = true;
    m_retentionJob->start(options);
    updateHeader();
}

void DashboardView::showRetention(const DashboardData &data)
{
    m_retention = data.retention;
    if (!data.isValid() && m_retention.error.isEmpty())
        m_retention.error = data.error;
    m_retentionPending = false;
    m_data.retention = m_retention;
    m_busy->setVisible(isLoading());
    updateRetention();
}

void DashboardView::showData(const DashboardData &data)
{
    m_data = data;
    m_data.retention = m_retention;
    m_haveData = true;
    m_busy->setVisible(isLoading());
    m_error->setVisible(!data.isValid());
    if (!data.isValid())
        m_error->setText(tr("The dashboard could not read the cache: %1").arg(data.error));
    updateHeader();
    if (!m_retentionGroupingChosen) {
        // What the reader's scope holds several of: teams across the company, the CSMs
        // of a team, the segments of a book.
        const Workspace::Scope scope
            = data.options.userId.isEmpty() ? Workspace::Scope::All : data.options.scope;
        const RetentionGrouping grouping = scope == Workspace::Scope::All ? RetentionGrouping::Team
            : scope == Workspace::Scope::MyTeam                           ? RetentionGrouping::Csm
                                                                          : RetentionGrouping::Segment;
        const QSignalBlocker blocker(m_retentionBy);
        m_retentionBy->setCurrentIndex(m_retentionBy->findData(int(grouping)));
    }
    updateHealthMix();
    updateTrend();
    updateRenewals();
    updateNps();
    updateRetention();
    Q_EMIT dataShown();
}

void DashboardView::updateHeader()
{
    QStringList parts { Workspace::scopeLabel(m_workspace.userId().isEmpty() ? Workspace::Scope::All
                                                                             : m_workspace.scope()),
                        QLocale().toString(today(), QLocale::LongFormat) };
    if (m_haveData && m_data.isValid()) {
        parts << tr("%n account(s)", nullptr, int(m_data.liveBook.count));
        if (!m_data.mainCurrency.isEmpty())
            parts << tr("ARR in %1").arg(m_data.mainCurrency);
        if (m_data.churnedAccounts > 0)
            parts << tr("%n churned left out", nullptr, int(m_data.churnedAccounts));
    }
    m_subtitle->setText(parts.join(u"  ·  "_s));
    const QList<DashboardData::Money> others = m_data.otherCurrencies();
    QStringList lines;
    if (!others.isEmpty()) {
        lines << tr("Charts of money show %1 only; Pitwall does not convert currencies. Also in this scope:")
                     .arg(currencyName(m_data.mainCurrency))
              << moneyLines(others);
    }
    m_subtitle->setToolTip(lines.join(u'\n'));
}

void DashboardView::resetAccountsMenu(Card which)
{
    QMenu *menu = card(which)->accountsMenu();
    const QList<QMenu *> submenus = menu->findChildren<QMenu *>(Qt::FindDirectChildrenOnly);
    menu->clear();
    qDeleteAll(submenus);
}

// --- Health mix --------------------------------------------------------------------

void DashboardView::setMixMeasure(MixMeasure measure)
{
    m_mixMeasure = measure;
    if (QAbstractButton *button = m_mixButtons->button(int(measure)))
        button->setChecked(true);
    updateHealthMix();
}

void DashboardView::updateHealthMix()
{
    DashboardCard *mixCard = card(Card::HealthMix);
    QChart *mixChart = chart(Card::HealthMix);
    ChartStyle::clear(mixChart);
    resetAccountsMenu(Card::HealthMix);
    mixCard->setFootnote({});
    const DashboardData &d = m_data;
    const bool byArr = m_mixMeasure == MixMeasure::Arr;
    const QString currency = d.mainCurrency;
    mixCard->setSubtitle(byArr ? tr("ARR per band, %1").arg(currencyName(currency))
                               : tr("Accounts per band"));

    static constexpr Band order[] = { Band::Green, Band::Yellow, Band::Red, Band::None };
    double total = 0;
    for (const Band band : order)
        total += byArr ? d.healthMix[int(band)].arrIn(currency) : double(d.healthMix[int(band)].count);

    for (const Band band : order) {
        const DashboardData::Slice &slice = d.healthMix[int(band)];
        if (slice.count == 0)
            continue;
        QAction *open = mixCard->accountsMenu()->addAction(
            tr("%1: %n account(s)", nullptr, int(slice.count)).arg(bandLabel(band)));
        connect(open, &QAction::triggered, this, [this, band] { openHealthBand(band); });
    }

    if (!d.isValid()) {
        mixCard->showNote(tr("No figures: the cache could not be read."));
        return;
    }
    if (d.liveBook.count == 0) {
        mixCard->showNote(tr("No accounts in this scope."));
        return;
    }
    if (!d.healthComputed) {
        mixCard->showNote(
            tr("No health scores yet. Health is scored after each import; recompute health to score "
               "the book now."));
        return;
    }
    if (total <= 0) {
        mixCard->showNote(tr("No ARR recorded in %1 for these accounts.").arg(currencyName(currency)));
        return;
    }
    mixCard->showContent();

    auto *series = new QPieSeries;
    series->setHoleSize(0.58);
    series->setPieSize(0.9);
    for (const Band band : order) {
        const DashboardData::Slice &slice = d.healthMix[int(band)];
        const double value = byArr ? slice.arrIn(currency) : double(slice.count);
        if (value <= 0)
            continue;
        const QString amount = byArr ? HomeFormat::compactMoney(value, currency) : count(slice.count);
        QPieSlice *pie
            = series->append(u"%1  %2 · %3"_s.arg(bandLabel(band), amount, share(value, total)), value);
        pie->setColor(bandColor(band));
        pie->setBorderColor(Qt::white);
        pie->setBorderWidth(2);
        pie->setExplodeDistanceFactor(0.04);
        connect(pie, &QPieSlice::clicked, this, [this, band] { openHealthBand(band); });
        QStringList tip { tr("%1 health: %n account(s)", nullptr, int(slice.count)).arg(bandLabel(band)) };
        tip << moneyLines(slice.arr);
        tip << tr("%1 of the book").arg(share(value, total)) << tr("Click to list them");
        const QString text = tip.join(u'\n');
        connect(pie, &QPieSlice::hovered, this, [this, pie, text](bool on) {
            pie->setExploded(on);
            if (on)
                showToolTip(text);
        });
    }
    mixChart->addSeries(series);
    // What a screen reader says for the chart: its slices' labels.
    QStringList described;
    for (const QPieSlice *slice : series->slices())
        described << slice->label();
    chartView(Card::HealthMix)->setAccessibleDescription(described.join(u"; "_s));
    for (const Band band : order) {
        const DashboardData::Slice &slice = d.healthMix[int(band)];
        const double value = byArr ? slice.arrIn(currency) : double(slice.count);
        const int i = int(band);
        const bool shown = slice.count > 0;
        m_mixSwatches[i]->setVisible(shown);
        m_mixNames[i]->setVisible(shown);
        m_mixValues[i]->setVisible(shown);
        m_mixShares[i]->setVisible(shown);
        m_mixValues[i]->setText(byArr ? HomeFormat::compactMoney(value, currency) : count(slice.count));
        m_mixShares[i]->setText(share(value, total));
        m_mixNames[i]->setToolTip(tr("List the %n account(s)", nullptr, int(slice.count)));
    }

    m_mixCentreValue->setText(byArr ? HomeFormat::compactMoney(total, currency) : count(d.liveBook.count));
    m_mixCentreCaption->setText(byArr ? tr("ARR") : tr("accounts"));
    placeMixCentre();

    QStringList notes;
    if (byArr) {
        qint64 elsewhere = 0;
        for (const DashboardData::Money &m : d.otherCurrencies())
            elsewhere += m.accounts;
        if (elsewhere > 0)
            notes << tr("%n account(s) in other currencies not shown (never converted).", nullptr,
                        int(elsewhere));
    }
    mixCard->setFootnote(notes.join(u' '));
}

void DashboardView::placeMixCentre()
{
    QChart *mixChart = chart(Card::HealthMix);
    if (!mixChart || !m_mixCentreValue)
        return;
    const QRectF area = mixChart->plotArea();
    const QRectF value = m_mixCentreValue->boundingRect();
    const QRectF caption = m_mixCentreCaption->boundingRect();
    const qreal top = area.center().y() - (value.height() + caption.height()) / 2;
    m_mixCentreValue->setPos(area.center().x() - value.width() / 2, top);
    m_mixCentreCaption->setPos(area.center().x() - caption.width() / 2, top + value.height());
    const bool shown = !mixChart->series().isEmpty();
    m_mixCentreValue->setVisible(shown);
    m_mixCentreCaption->setVisible(shown);
}

// --- Health trend ------------------------------------------------------------------

void DashboardView::updateTrend()
{
    DashboardCard *trendCard = card(Card::HealthTrend);
    QChart *trendChart = chart(Card::HealthTrend);
    ChartStyle::clear(trendChart);
    resetAccountsMenu(Card::HealthTrend);
    trendCard->setFootnote({});
    const DashboardData &d = m_data;

    QList<int> weeks; // the weeks with a snapshot
    qint64 top = 0;
    for (int i = 0; i < d.trend.size(); ++i) {
        if (d.trend.at(i).total() > 0) {
            weeks << i;
            top = std::max(top, d.trend.at(i).total());
        }
    }
    // Newest first in the menu: the week a manager asks about.
    for (auto it = weeks.crbegin(); it != weeks.crend(); ++it) {
        const int index = *it;
        const DashboardData::TrendWeek &w = d.trend.at(index);
        QMenu *week = trendCard->accountsMenu()->addMenu(
            tr("Week of %1").arg(QLocale().toString(w.week, QLocale::ShortFormat)));
        for (const Band band : { Band::Red, Band::Yellow, Band::Green }) {
            QAction *open = week->addAction(
                tr("%1: %n account(s)", nullptr, int(w.counts[int(band)])).arg(bandLabel(band)));
            open->setEnabled(w.counts[int(band)] > 0);
            connect(open, &QAction::triggered, this, [this, index, band] { openTrendWeek(index, band); });
        }
    }
    if (!d.isValid()) {
        trendCard->showNote(tr("No figures: the cache could not be read."));
        return;
    }
    if (weeks.isEmpty()) {
        trendCard->showNote(
            tr("No weekly health snapshots in this period yet. Each health recompute keeps one "
               "snapshot per week; the trend builds up from there."));
        trendCard->setFootnote({});
        return;
    }
    trendCard->showContent();
    trendCard->setSubtitle(tr("Accounts per band in the weekly snapshots, last %n week(s)", nullptr,
                              int(d.trend.size() - weeks.constFirst())));

    // From the first snapshot: a young cache's few weeks use the whole width.
    const QDate from = d.trend.at(weeks.constFirst()).week;
    const QDate to = d.trend.constLast().week;
    const int span = int(from.daysTo(to) / 7) + 1;
    const int pad = span < 2 ? 3 : 0; // one week: centred
    QDateTimeAxis *x = ChartStyle::dateAxis(from.addDays(-pad), to.addDays(pad), std::clamp(span, 2, 7));
    x->setGridLineVisible(false);
    trendChart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = countAxis(double(top));
    trendChart->addAxis(y, Qt::AlignLeft);

    // Stacked: red at the bottom, where the eye starts.
    QLineSeries *below = nullptr;
    for (const Band band : { Band::Red, Band::Yellow, Band::Green }) {
        auto *upper = new QLineSeries;
        for (const int i : std::as_const(weeks)) {
            const DashboardData::TrendWeek &w = d.trend.at(i);
            qint64 stacked = w.counts[int(Band::Red)];
            if (band != Band::Red)
                stacked += w.counts[int(Band::Yellow)];
            if (band == Band::Green)
                stacked += w.counts[int(Band::Green)];
            upper->append(double(ChartStyle::msecsOf(w.week)), double(stacked));
        }
        QLineSeries *lower = nullptr;
        if (below) {
            lower = new QLineSeries;
            lower->replace(below->points());
        }
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        if (lower)
            lower->setParent(area);
        area->setName(bandLabel(band));
        QColor fill = bandColor(band);
        area->setColor(fill);
        area->setBorderColor(fill.darker(115));
        area->setPen(QPen(Qt::white, 1));
        area->setPointsVisible(weeks.size() < 3);
        trendChart->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);
        connect(area, &QAreaSeries::clicked, this,
                [this, band](const QPointF &point) { openTrendAt(point.x(), band); });
        connect(area, &QAreaSeries::hovered, this, [this, band](const QPointF &point, bool on) {
            const int index = nearestTrendWeek(point.x());
            if (!on || index < 0)
                return;
            const DashboardData::TrendWeek &w = m_data.trend.at(index);
            const qint64 n = w.counts[int(band)];
            showToolTip(tr("Week of %1").arg(QLocale().toString(w.week, QLocale::LongFormat)) + u'\n'
                        + tr("%1: %n account(s)", nullptr, int(n)).arg(bandLabel(band)) + u" ("_s
                        + share(double(n), double(w.total())) + u")\n"_s + tr("Click to list them"));
        });
        below = upper;
    }
    trendCard->setFootnote(weeks.size() < 2
                               ? tr("One weekly snapshot so far: the trend builds up week by week.")
                               : tr("Accounts in scope that week, churned or archived since included."));
}

int DashboardView::nearestTrendWeek(qreal msecs) const
{
    int best = -1;
    qint64 distance = 0;
    for (int i = 0; i < m_data.trend.size(); ++i) {
        if (m_data.trend.at(i).total() == 0)
            continue; // no snapshot: not on the chart
        const qint64 gap = std::abs(ChartStyle::msecsOf(m_data.trend.at(i).week) - qint64(msecs));
        if (best < 0 || gap < distance) {
            best = i;
            distance = gap;
        }
    }
    return best;
}

void DashboardView::openTrendAt(qreal msecs, Band band)
{
    const int index = nearestTrendWeek(msecs);
    if (index >= 0)
        openTrendWeek(index, band);
}

// --- Renewals ----------------------------------------------------------------------

QString DashboardView::monthTitle(int month) const
{
    if (month < 0 || month >= m_data.renewals.size())
        return tr("Overdue renewals");
    return QLocale().toString(m_data.renewals.at(month).to, tr("MMMM yyyy"));
}

void DashboardView::updateRenewals()
{
    DashboardCard *renewalsCard = card(Card::Renewals);
    QChart *renewalsChart = chart(Card::Renewals);
    ChartStyle::clear(renewalsChart);
    resetAccountsMenu(Card::Renewals);
    const DashboardData &d = m_data;
    const QString currency = d.mainCurrency;
    renewalsCard->setSubtitle(
        tr("Renewing ARR and ARR at risk, %1, next %n month(s)", nullptr, int(d.renewals.size()))
            .arg(currencyName(currency)));

    // Overdue first, then the months in order.
    QList<const DashboardData::RenewalMonth *> months { &d.overdue };
    for (const DashboardData::RenewalMonth &m : d.renewals)
        months << &m;
    qint64 any = 0;
    for (int i = 0; i < months.size(); ++i) {
        const DashboardData::RenewalMonth *m = months.at(i);
        any += m->renewals.count;
        const int month = i - 1;
        QAction *open = renewalsCard->accountsMenu()->addAction(
            tr("%1: %n renewal(s)", nullptr, int(m->renewals.count)).arg(monthTitle(month)));
        open->setEnabled(m->renewals.count > 0);
        connect(open, &QAction::triggered, this, [this, month] { openRenewals(month); });
    }

    // What the at-risk part means, or why there is none.
    const ChurnRisk::Model &model = d.churnModel;
    QString footnote;
    if (model.trained()) {
        footnote = model.auc ? tr("ARR at risk = ARR × churn probability (model ROC-AUC %1, trained on %n "
                                  "outcome(s)).",
                                  nullptr, int(model.outcomes))
                                   .arg(QLocale().toString(*model.auc, 'f', 2))
                             : tr("ARR at risk = ARR × churn probability.");
    } else if (model.status == ChurnRisk::Status::TooFewOutcomes) {
        footnote = tr("No ARR at risk: %1")
                       .arg(model.message.isEmpty() ? tr("too few known outcomes to train "
                                                         "the churn model.")
                                                    : model.message);
    } else if (model.status == ChurnRisk::Status::Failed) {
        footnote = tr("No ARR at risk: the churn model failed. %1").arg(model.message);
    } else {
        footnote = tr("No ARR at risk: the churn model has not been trained on this cache yet.");
    }
    qint64 elsewhere = 0;
    for (const DashboardData::RenewalMonth *m : std::as_const(months)) {
        for (const DashboardData::Money &money : m->renewals.arr) {
            if (money.currency != currency)
                elsewhere += money.accounts;
        }
    }
    if (elsewhere > 0)
        footnote += u' ' + tr("%n renewal(s) in other currencies not in the bars.", nullptr, int(elsewhere));
    renewalsCard->setFootnote(footnote);

    if (!d.isValid()) {
        renewalsCard->showNote(tr("No figures: the cache could not be read."));
        return;
    }
    if (any == 0) {
        renewalsCard->showNote(tr("No renewals due in the next %n month(s), and none overdue.", nullptr,
                                  int(d.renewals.size())));
        return;
    }
    renewalsCard->showContent();

    auto *expected = new QBarSet(tr("Expected to renew"));
    expected->setColor(renewingColor);
    expected->setBorderColor(renewingColor);
    auto *atRisk = new QBarSet(tr("ARR at risk"));
    atRisk->setColor(Theme::danger());
    atRisk->setBorderColor(Theme::danger());
    QStringList categories;
    double top = 0;
    for (int i = 0; i < months.size(); ++i) {
        const DashboardData::RenewalMonth *m = months.at(i);
        const double renewing = m->renewals.arrIn(currency);
        const double risk = std::min(renewing, m->atRiskIn(currency));
        expected->append(renewing - risk);
        atRisk->append(risk);
        top = std::max(top, renewing);
        if (i == 0) {
            categories << tr("Past<br>due", "renewals axis: overdue renewals, in two lines");
        } else {
            const QDate first = m->to;
            QString label = QLocale().toString(first, tr("MMM"));
            if (i == 1 || first.month() == 1)
                label += u"<br>"_s + QLocale().toString(first, u"yyyy"_s);
            categories << label;
        }
    }
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.62);
    series->append(expected);
    series->append(atRisk);
    renewalsChart->addSeries(series);
    QStringList described;
    for (int i = 0; i < months.size(); ++i) {
        if (months.at(i)->renewals.count > 0)
            described << monthTitle(i - 1) + u": "_s
                    + HomeFormat::compactMoney(months.at(i)->renewals.arrIn(currency), currency);
    }
    chartView(Card::Renewals)->setAccessibleDescription(described.join(u"; "_s));
    auto *x = new QBarCategoryAxis;
    ChartStyle::styleAxis(x);
    QFont monthFont = x->labelsFont();
    monthFont.setPointSizeF(8);
    x->setLabelsFont(monthFont);
    x->setGridLineVisible(false);
    x->append(categories);
    renewalsChart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QCategoryAxis *y = moneyAxis(top > 0 ? top : 1, currency);
    renewalsChart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);

    const auto open = [this](int index) {
        openRenewals(index - 1);
    };
    connect(expected, &QBarSet::clicked, this, open);
    connect(atRisk, &QBarSet::clicked, this, open);
    const auto hover = [this, currency](bool on, int index) {
        if (!on)
            return;
        const DashboardData::RenewalMonth &m = index == 0 ? m_data.overdue : m_data.renewals.value(index - 1);
        const double renewing = m.renewals.arrIn(currency);
        const double risk = m.atRiskIn(currency);
        QStringList lines { monthTitle(index - 1), tr("%n renewal(s)", nullptr, int(m.renewals.count)) };
        lines << moneyLines(m.renewals.arr);
        if (renewing > 0)
            lines << tr("%1 at risk (%2)").arg(CrmFormat::money(risk, currency), share(risk, renewing));
        if (m.scored < m.renewals.count)
            lines << tr("%n without a churn probability", nullptr, int(m.renewals.count - m.scored));
        lines << tr("Click to list them");
        showToolTip(lines.join(u'\n'));
    };
    connect(expected, &QBarSet::hovered, this, hover);
    connect(atRisk, &QBarSet::hovered, this, hover);
}

// --- NPS ---------------------------------------------------------------------------

void DashboardView::updateNps()
{
    DashboardCard *npsCard = card(Card::Nps);
    QChart *npsChart = chart(Card::Nps);
    ChartStyle::clear(npsChart);
    resetAccountsMenu(Card::Nps);
    npsCard->setFootnote({});
    const DashboardData &d = m_data;
    npsCard->setSubtitle(tr("Survey responses, last 12 months"));
    static constexpr NpsCategory order[]
        = { NpsCategory::Promoter, NpsCategory::Passive, NpsCategory::Detractor };
    for (const NpsCategory category : order) {
        const DashboardData::Slice &slice = d.nps.accounts[int(category)];
        QAction *open = npsCard->accountsMenu()->addAction(
            tr("%1: %n account(s) by their latest answer", nullptr, int(slice.count))
                .arg(DashboardData::npsLabel(category)));
        open->setEnabled(slice.count > 0);
        connect(open, &QAction::triggered, this, [this, category] { openNps(category); });
    }
    if (!d.isValid()) {
        npsCard->showNote(tr("No figures: the cache could not be read."));
        return;
    }
    const qint64 total = d.nps.totalResponses();
    if (total == 0) {
        npsCard->showNote(tr("No NPS responses in the last 12 months."));
        npsCard->setFootnote({});
        return;
    }
    npsCard->showContent();
    const double score = d.nps.score().value_or(0);
    const QColor tone = score >= 30 ? Theme::success() : score < 0 ? Theme::danger() : Theme::text();
    m_npsValue->setText(npsNumber(score));
    m_npsValue->setStyleSheet(u"font-size: 30pt; font-weight: 600; color: %1;"_s.arg(tone.name()));
    m_npsValue->setToolTip(tr("NPS: the share of promoters less the share of detractors, over %n response(s)",
                              nullptr, int(total)));
    m_npsCaption->setText(tr("Net Promoter Score from %n response(s)", nullptr, int(total)));
    for (int i = 0; i < DashboardData::npsCategoryCount; ++i) {
        const qint64 responses = d.nps.responses[i];
        m_npsCounts[i]->setText(count(responses));
        m_npsShares[i]->setText(share(double(responses), double(total)));
        m_npsNames[i]->setToolTip(
            tr("List the %n account(s) whose latest answer is this", nullptr, int(d.nps.accounts[i].count)));
    }

    auto *series = new QHorizontalPercentBarSeries;
    series->setBarWidth(0.5);
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value"_s + CrmFormat::displayLocale().percent());
    series->setLabelsPrecision(8);
    // Detractors on the left, promoters on the right, as the scale reads.
    for (const NpsCategory category :
         { NpsCategory::Detractor, NpsCategory::Passive, NpsCategory::Promoter }) {
        const qint64 responses = d.nps.responses[int(category)];
        auto *set = new QBarSet(DashboardData::npsLabel(category));
        set->setLabelColor(Qt::white);
        set->setColor(npsColor(category));
        set->setBorderColor(Qt::white);
        set->append(double(responses));
        series->append(set);
        connect(set, &QBarSet::clicked, this, [this, category] { openNps(category); });
        const QString range = category == NpsCategory::Promoter ? u"9–10"_s
            : category == NpsCategory::Passive                  ? u"7–8"_s
                                                                : u"0–6"_s;
        const qint64 accounts = d.nps.accounts[int(category)].count;
        const QString text = tr("%1 (%2): %n response(s)", nullptr, int(responses))
                                 .arg(DashboardData::npsLabel(category), range)
            + u" ("_s + share(double(responses), double(total)) + u")\n"_s
            + tr("%n account(s) with this as their latest answer", nullptr, int(accounts)) + u'\n'
            + tr("Click to list them");
        connect(set, &QBarSet::hovered, this, [this, text](bool on, int) {
            if (on)
                showToolTip(text);
        });
    }
    npsChart->addSeries(series);
    chartView(Card::Nps)->setAccessibleDescription(m_npsCaption->text() + u": "_s + m_npsValue->text());
    auto *y = new QBarCategoryAxis;
    y->append(tr("Responses"));
    y->setVisible(false);
    npsChart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = new QValueAxis;
    x->setRange(0, 100);
    x->setVisible(false);
    npsChart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    npsCard->setFootnote(tr("Responses from %1 to %2; the lists take each account's latest answer.")
                             .arg(QLocale().toString(d.nps.from, tr("d MMM yyyy")),
                                  QLocale().toString(d.nps.until, tr("d MMM yyyy"))));
}

// --- Retention ---------------------------------------------------------------------

void DashboardView::setRetentionGrouping(RetentionGrouping grouping)
{
    m_retentionGroupingChosen = true;
    m_retentionBy->setCurrentIndex(m_retentionBy->findData(int(grouping)));
}

void DashboardView::updateRetention()
{
    DashboardCard *retentionCard = card(Card::Retention);
    resetAccountsMenu(Card::Retention);
    const DashboardData::RetentionFigures &r = m_data.retention;
    retentionCard->setSubtitle(tr("Trailing 12 months, customers of a year ago"));
    m_retentionModel->clear();
    if (!m_data.isValid()) {
        retentionCard->showNote(tr("No figures: the cache could not be read."));
        return;
    }
    if (m_retentionPending) {
        retentionCard->showNote(tr("Computing revenue retention…"));
        return;
    }
    if (!r.read) {
        retentionCard->showNote(r.error.isEmpty()
                                    ? tr("Revenue retention was not read.")
                                    : tr("Revenue retention could not be computed: %1").arg(r.error));
        return;
    }
    if (r.overall.accounts == 0 || r.overall.startArr <= 0) {
        retentionCard->showNote(
            tr("No customers of a year ago in this scope: retention needs a year of history."));
        return;
    }
    retentionCard->showContent();
    m_grrValue->setText(ratioText(r.overall.grr()));
    m_nrrValue->setText(ratioText(r.overall.nrr()));
    const QString currency = r.overall.currency;
    QStringList caption {
        tr("%n customer(s) a year ago, starting ARR %1.", nullptr, int(r.overall.accounts))
            .arg(HomeFormat::compactMoney(r.overall.startArr, currency)),
        tr("Churned %1, contraction %2, expansion %3.")
            .arg(HomeFormat::compactMoney(r.overall.churnedArr, currency),
                 HomeFormat::compactMoney(r.overall.contractionArr, currency),
                 HomeFormat::compactMoney(r.overall.expansionArr, currency)),
    };
    if (!currency.isEmpty())
        caption << tr("In %1; other currencies are counted apart.").arg(currency);
    m_retentionCaption->setText(caption.join(u' '));

    const auto grouping = RetentionGrouping(m_retentionBy->currentData().toInt());
    const QList<Forecast::Retention> &rows = grouping == RetentionGrouping::Team ? r.byTeam
        : grouping == RetentionGrouping::Segment                                 ? r.bySegment
                                                                                 : r.byCsm;
    const QString by = grouping == RetentionGrouping::Team ? u"team"_s
        : grouping == RetentionGrouping::Segment           ? u"segment"_s
                                                           : u"csm"_s;
    m_retentionModel->setHorizontalHeaderLabels({ grouping == RetentionGrouping::Team          ? tr("Team")
                                                      : grouping == RetentionGrouping::Segment ? tr("Segment")
                                                                                               : tr("CSM"),
                                                  tr("Customers"), tr("Starting ARR"), tr("GRR"),
                                                  tr("NRR") });
    for (const Forecast::Retention &row : rows) {
        if (row.accounts == 0)
            continue;
        auto *name = new QStandardItem(row.label);
        name->setData(row.key, KeyRole);
        name->setData(by, ByRole);
        name->setData(row.label.toLower(), SortRole);
        name->setToolTip(tr("%1: Enter or double-click lists the accounts").arg(row.label));
        auto *customers = new QStandardItem(count(row.accounts));
        customers->setData(row.accounts, SortRole);
        auto *start = new QStandardItem(HomeFormat::compactMoney(row.startArr, row.currency));
        start->setData(row.startArr, SortRole);
        start->setToolTip(CrmFormat::money(row.startArr, row.currency));
        auto *grr = new QStandardItem(ratioText(row.grr()));
        grr->setData(row.grr().value_or(-1), SortRole);
        auto *nrr = new QStandardItem(ratioText(row.nrr()));
        nrr->setData(row.nrr().value_or(-1), SortRole);
        if (row.grr() && *row.grr() < 0.85)
            grr->setForeground(Theme::danger());
        else if (row.grr() && *row.grr() < 0.9)
            grr->setForeground(Theme::warning());
        if (row.nrr() && *row.nrr() >= 1.0)
            nrr->setForeground(Theme::success());
        for (QStandardItem *item : { customers, start, grr, nrr })
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_retentionModel->appendRow({ name, customers, start, grr, nrr });
        QAction *open = retentionCard->accountsMenu()->addAction(
            tr("%1: GRR %2, NRR %3").arg(row.label, ratioText(row.grr()), ratioText(row.nrr())));
        const QString key = row.key;
        const QString label = row.label;
        connect(open, &QAction::triggered, this, [this, by, key, label] {
            Q_EMIT accountsRequested(m_data.retentionFilter(by, key), tr("Retention: %1").arg(label));
        });
    }
    QHeaderView *header = m_retentionTable->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < m_retentionModel->columnCount(); ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_retentionTable->sortByColumn(3, Qt::AscendingOrder); // the weakest first
}

void DashboardView::openRetentionRow(int row)
{
    const QModelIndex name = m_retentionModel->index(row, 0);
    if (!name.isValid())
        return;
    Q_EMIT accountsRequested(
        m_data.retentionFilter(name.data(ByRole).toString(), name.data(KeyRole).toString()),
        tr("Retention: %1").arg(name.data().toString()));
}

// --- Click-throughs ----------------------------------------------------------------

void DashboardView::openHealthBand(Band band)
{
    if (!m_haveData || !m_data.isValid())
        return;
    Q_EMIT accountsRequested(m_data.healthMix[int(band)].filter, tr("Health: %1").arg(bandLabel(band)));
}

void DashboardView::openTrendWeek(int index, Band band)
{
    if (!m_haveData || !m_data.isValid() || index < 0 || index >= m_data.trend.size())
        return;
    Q_EMIT accountsRequested(
        m_data.trendSliceFilter(index, band),
        tr("Health: %1 in the week of %2")
            .arg(bandLabel(band), QLocale().toString(m_data.trend.at(index).week, QLocale::ShortFormat)));
}

void DashboardView::openRenewals(int month)
{
    if (!m_haveData || !m_data.isValid() || month >= m_data.renewals.size())
        return;
    const DashboardData::Slice &slice
        = month < 0 ? m_data.overdue.renewals : m_data.renewals.at(month).renewals;
    Q_EMIT accountsRequested(
        slice.filter, month < 0 ? tr("Overdue renewals") : tr("Renewals in %1").arg(monthTitle(month)));
}

void DashboardView::openNps(NpsCategory category)
{
    if (!m_haveData || !m_data.isValid())
        return;
    Q_EMIT accountsRequested(m_data.nps.accounts[int(category)].filter,
                             tr("NPS: %1").arg(DashboardData::npsLabel(category)));
}

void DashboardView::showToolTip(const QString &text)
{
    m_lastToolTip = text;
    QToolTip::showText(QCursor::pos(), text, this);
}

// --- Saving ------------------------------------------------------------------------

void DashboardView::saveCard(Card which)
{
    DashboardCard *c = card(which);
    if (!c)
        return;
    static const char *const stems[]
        = { "health-mix", "health-trend", "renewals", "revenue-retention", "nps" };
    const QString suggested
        = QString::fromLatin1(stems[int(which)]) + u'-' + today().toString(Qt::ISODate) + u".png"_s;
    QString path = FileDialogs::saveFileName(this, tr("Save as PNG"), suggested, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".png"_s, Qt::CaseInsensitive))
        path += u".png"_s;
    QString error;
    if (!c->saveImage(path, &error))
        MessageBoxes::warning(this, tr("Save as PNG"), tr("“%1” could not be saved.").arg(c->title()),
                              tr("%1\n%2").arg(QDir::toNativeSeparators(path), error));
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Health recomputed or an import elsewhere since: the figures follow when shown again.
    if (m_sinceRead.isValid() && m_sinceRead.elapsed() > refreshOnShowMs)
        reload();
}
