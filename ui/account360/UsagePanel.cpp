#include "UsagePanel.h"

#include "Account360Icons.h"
#include "account/CrmFormat.h"
#include "common/ChartStyle.h"
#include "common/EmptyStateWidget.h"
#include "common/Theme.h"
#include "store/Database.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QColor usedColor(0x1f, 0x6f, 0xeb);
const QColor purchasedColor(0x8a, 0x94, 0xa3);
const QColor activeColor(0x1a, 0x7f, 0x37);
const QColor metricColor(0x82, 0x50, 0xdf);

// Removes the chart's series and axes, and gives it fresh date and value axes.
void resetChart(QChart *chart, const QDate &from, const QDate &to, double top, bool percent)
{
    ChartStyle::clear(chart);
    chart->addAxis(ChartStyle::dateAxis(from, to, from.daysTo(to) > 120 ? 7 : 5), Qt::AlignBottom);

    auto *y = new QValueAxis;
    ChartStyle::styleValueAxis(y);
    double ceiling = percent ? 100.0 : std::max(top * 1.12, 5.0);
    y->setRange(0, ceiling);
    y->setTickCount(5);
    if (!percent)
        y->applyNiceNumbers();
    // Localised numbers: the text around the one conversion is kept as written.
    y->setLabelFormat(percent ? u"%.0f%"_s : (ceiling >= 10 ? u"%.0f"_s : u"%.1f"_s));
    chart->addAxis(y, Qt::AlignLeft);
}

QLineSeries *addSeries(QChart *chart, const QString &name, const UsageSeries &series, const QColor &color,
                       Qt::PenStyle style = Qt::SolidLine, qreal width = 2.4)
{
    auto *line = new QLineSeries;
    line->setName(name);
    QList<QPointF> points;
    points.reserve(series.points.size());
    for (const UsageSeries::Point &p : series.points)
        points.append(QPointF(double(ChartStyle::msecsOf(p.week)), p.value));
    line->replace(points);
    QPen pen(color, width, style, Qt::RoundCap, Qt::RoundJoin);
    line->setPen(pen);
    // Few points: show them, so a single week is not invisible.
    line->setPointsVisible(points.size() < 3 && style == Qt::SolidLine);
    chart->addSeries(line);
    for (QAbstractAxis *axis : chart->axes())
        line->attachAxis(axis);
    return line;
}

bool isPercentMetric(const QString &name)
{
    const QString n = name.toLower();
    return n.contains("adoption"_L1) || n.contains("percent"_L1) || n.contains("pct"_L1) || n.contains(u'%');
}

} // namespace

UsagePanel::UsagePanel(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_pages(new QStackedWidget(this))
    , m_empty(new EmptyStateWidget(this))
    , m_rangePicker(new QComboBox(this))
    , m_metricPicker(new QComboBox(this))
    , m_caption(new QLabel(this))
    , m_licencesChart(ChartStyle::makeChart())
    , m_activeChart(ChartStyle::makeChart())
    , m_metricChart(ChartStyle::makeChart())
{
    setObjectName(u"usagePanel"_s);
    m_empty->setObjectName(u"noUsageState"_s);
    m_empty->setIcon(Account360Icons::icon(Account360Icons::Glyph::Usage, Theme::accent()));
    m_empty->setTitle(tr("No usage data for this account"));
    m_empty->setText(tr("The CRM export has no product usage for this account. Usage comes from the usage "
                        "file of an import, for example Usage__c.csv from Salesforce."));

    m_rangePicker->setObjectName(u"usageRange"_s);
    m_rangePicker->setAccessibleName(tr("Period"));
    m_rangePicker->addItem(tr("Last 3 months"), 3);
    m_rangePicker->addItem(tr("Last 6 months"), 6);
    m_rangePicker->addItem(tr("Last 12 months"), 12);
    m_rangePicker->addItem(tr("Last 2 years"), 24);
    m_rangePicker->addItem(tr("All time"), 0);
    m_rangePicker->setCurrentIndex(2);
    connect(m_rangePicker, &QComboBox::currentIndexChanged, this, &UsagePanel::updateCharts);

    m_metricPicker->setObjectName(u"usageMetricPicker"_s);
    m_metricPicker->setAccessibleName(tr("Metric"));
    m_metricPicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_metricPicker, &QComboBox::currentIndexChanged, this, &UsagePanel::updateMetricChart);

    m_caption->setObjectName(u"usageCaption"_s);
    Theme::setRole(m_caption, "muted");

    auto *rangeLabel = new QLabel(tr("&Period:"), this);
    rangeLabel->setBuddy(m_rangePicker);
    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(8);
    toolbar->addWidget(m_caption);
    toolbar->addStretch();
    toolbar->addWidget(rangeLabel);
    toolbar->addWidget(m_rangePicker);

    auto *metricLabel = new QLabel(tr("&Metric:"), this);
    metricLabel->setBuddy(m_metricPicker);
    auto *metricTools = new QWidget(this);
    auto *metricToolsLayout = new QHBoxLayout(metricTools);
    metricToolsLayout->setContentsMargins(0, 0, 0, 0);
    metricToolsLayout->setSpacing(6);
    metricToolsLayout->addWidget(metricLabel);
    metricToolsLayout->addWidget(m_metricPicker);

    auto *grid = new QGridLayout;
    grid->setSpacing(14);
    grid->addWidget(makeChartCard(tr("Licences: purchased vs used"), m_licencesChart, &m_licencesView,
                                  &m_licencesNote, &m_licencesStack),
                    0, 0);
    grid->addWidget(
        makeChartCard(tr("Active users"), m_activeChart, &m_activeView, &m_activeNote, &m_activeStack), 0, 1);
    grid->addWidget(makeChartCard(tr("Any metric"), m_metricChart, &m_metricView, &m_metricNote,
                                  &m_metricStack, metricTools),
                    1, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    m_licencesView->setObjectName(u"licencesChart"_s);
    m_activeView->setObjectName(u"activeUsersChart"_s);
    m_metricView->setObjectName(u"metricChart"_s);

    auto *content = new QWidget;
    content->setObjectName(u"usageContent"_s);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(10);
    contentLayout->addLayout(toolbar);
    contentLayout->addLayout(grid, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    scroll->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);

    m_pages->addWidget(scroll);
    m_pages->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
}

QWidget *UsagePanel::makeChartCard(const QString &title, QChart *chart, QChartView **view, QLabel **note,
                                   QStackedWidget **stack, QWidget *extra)
{
    auto *card = new QFrame(this);
    Theme::setRole(card, "card");
    auto *heading = new QLabel(title, card);
    Theme::setRole(heading, "cardTitle");
    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    if (extra)
        top->addWidget(extra);

    *view = ChartStyle::makeView(chart, card, 170);
    *note = ChartStyle::makeNote(card);
    *stack = new QStackedWidget(card);
    (*stack)->addWidget(*view);
    (*stack)->addWidget(*note);

    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(14, 12, 14, 8);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(*stack, 1);
    return card;
}

void UsagePanel::setAccount(qint64 accountPk, std::optional<qint64> licences)
{
    m_accountPk = accountPk;
    m_licences = licences;
    reload();
}

void UsagePanel::reload()
{
    QString error;
    m_metrics = UsageSeries::metrics(m_db.connection(), m_accountPk, &error);
    m_lastDay = {};
    for (const UsageSeries::Metric &m : std::as_const(m_metrics)) {
        if (!m_lastDay.isValid() || m.last > m_lastDay)
            m_lastDay = m.last;
    }
    if (!error.isEmpty()) {
        m_empty->setTitle(tr("Usage could not be read"));
        m_empty->setText(error);
    }
    m_pages->setCurrentWidget(m_metrics.isEmpty() ? static_cast<QWidget *>(m_empty) : m_pages->widget(0));

    // Keep the picked metric across reloads when it is still there.
    const int previous = m_metricPicker->currentData().toInt();
    QSignalBlocker blocker(m_metricPicker);
    m_metricPicker->clear();
    int pick = -1;
    for (const UsageSeries::Metric &m : std::as_const(m_metrics)) {
        m_metricPicker->addItem(UsageSeries::displayName(m.name), m.id);
        if (m.id == previous)
            pick = m_metricPicker->count() - 1;
    }
    if (pick < 0) {
        // By default a metric the two charts above do not already show.
        for (int i = 0; i < m_metrics.size(); ++i) {
            if (m_metrics.at(i).kind == UsageSeries::Kind::Other) {
                pick = i;
                break;
            }
        }
    }
    m_metricPicker->setCurrentIndex(qMax(0, pick));
    m_metricPicker->setEnabled(m_metricPicker->count() > 1);
    updateCharts();
}

QDate UsagePanel::rangeStart() const
{
    const int months = m_rangePicker->currentData().toInt();
    if (months <= 0 || !m_lastDay.isValid()) {
        QDate first;
        for (const UsageSeries::Metric &m : m_metrics) {
            if (!first.isValid() || m.first < first)
                first = m.first;
        }
        return UsageSeries::mondayOf(first);
    }
    return UsageSeries::mondayOf(m_lastDay.addMonths(-months));
}

void UsagePanel::updateCharts()
{
    m_latestUtilisation.reset();
    m_latestUsed.reset();
    if (m_metrics.isEmpty()) {
        m_caption->clear();
        return;
    }
    const QDate from = rangeStart();
    const QDate to = UsageSeries::mondayOf(m_lastDay);
    const QDate axisEnd = to > from ? to : from.addDays(7);
    m_caption->setText(tr("Weekly averages up to the week of %1").arg(CrmFormat::date(to)));
    const QSqlDatabase db = m_db.connection();

    // Licences purchased vs used.
    const UsageSeries::Metric *usedMetric = UsageSeries::find(m_metrics, UsageSeries::Kind::LicencesUsed);
    const UsageSeries::Metric *boughtMetric
        = UsageSeries::find(m_metrics, UsageSeries::Kind::LicencesPurchased);
    UsageSeries used;
    UsageSeries bought;
    if (usedMetric)
        used = UsageSeries::load(db, m_accountPk, usedMetric->id, from, m_lastDay);
    if (boughtMetric) {
        bought = UsageSeries::load(db, m_accountPk, boughtMetric->id, from, m_lastDay);
    } else if (m_licences) {
        // The account record knows only today's count: a flat line across the period.
        bought.points = { { from, double(*m_licences) }, { axisEnd, double(*m_licences) } };
    }
    if (used.isEmpty()) {
        m_licencesNote->setText(usedMetric
                                    ? tr("No licence usage in this period.")
                                    : tr("The usage data has no “licences used” metric for this account."));
        m_licencesStack->setCurrentWidget(m_licencesNote);
        m_licencesChart->removeAllSeries();
    } else {
        resetChart(m_licencesChart, from, axisEnd, std::max(used.maximum(), bought.maximum()), false);
        if (!bought.isEmpty()) {
            const QString name = boughtMetric || !m_licences
                ? tr("Purchased")
                : tr("Purchased (%1)").arg(QLocale().toString(*m_licences));
            addSeries(m_licencesChart, name, bought, purchasedColor, Qt::DashLine, 2);
        }
        addSeries(m_licencesChart, tr("Used"), used, usedColor);
        m_licencesStack->setCurrentWidget(m_licencesView);
        m_latestUsed = used.points.constLast().value;
        const double purchased = bought.isEmpty() ? 0 : bought.points.constLast().value;
        if (purchased > 0)
            m_latestUtilisation = *m_latestUsed / purchased;
    }

    // Active users.
    const UsageSeries::Metric *activeMetric = UsageSeries::find(m_metrics, UsageSeries::Kind::ActiveUsers);
    UsageSeries active;
    if (activeMetric)
        active = UsageSeries::load(db, m_accountPk, activeMetric->id, from, m_lastDay);
    if (active.isEmpty()) {
        m_activeNote->setText(activeMetric
                                  ? tr("No active users in this period.")
                                  : tr("The usage data has no “active users” metric for this account."));
        m_activeStack->setCurrentWidget(m_activeNote);
        m_activeChart->removeAllSeries();
    } else {
        resetChart(m_activeChart, from, axisEnd, active.maximum(), false);
        addSeries(m_activeChart, tr("Active users"), active, activeColor);
        m_activeStack->setCurrentWidget(m_activeView);
    }
    updateMetricChart();
}

void UsagePanel::updateMetricChart()
{
    const int metricId = m_metricPicker->currentData().toInt();
    if (m_metrics.isEmpty() || metricId == 0) {
        m_metricChart->removeAllSeries();
        return;
    }
    const QDate from = rangeStart();
    const QDate to = UsageSeries::mondayOf(m_lastDay);
    const QDate axisEnd = to > from ? to : from.addDays(7);
    const UsageSeries series = UsageSeries::load(m_db.connection(), m_accountPk, metricId, from, m_lastDay);
    if (series.isEmpty()) {
        m_metricNote->setText(tr("No values of this metric in this period."));
        m_metricStack->setCurrentWidget(m_metricNote);
        m_metricChart->removeAllSeries();
        return;
    }
    const bool percent = isPercentMetric(series.metricName) && series.maximum() <= 100;
    resetChart(m_metricChart, from, axisEnd, series.maximum(), percent);
    addSeries(m_metricChart, UsageSeries::displayName(series.metricName), series, metricColor);
    m_metricStack->setCurrentWidget(m_metricView);
}
