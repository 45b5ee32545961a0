#pragma once

#include "account/UsageSeries.h"

#include <QWidget>
#include <optional>

class Database;
class EmptyStateWidget;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QStackedWidget;

// The Usage tab: licences purchased against licences used, active users, and any
// metric the CSM picks, as weekly lines over a chosen period ending at the latest data.
// Says so plainly when the account has no usage at all, or lacks one kind of metric.
class UsagePanel : public QWidget
{
    Q_OBJECT
public:
    UsagePanel(Database &db, QWidget *parent = nullptr);

    // Shows the account with cache key `accountPk`; `licences` is the purchased count
    // from the account record (drawn when no "licences purchased" metric exists).
    void setAccount(qint64 accountPk, std::optional<qint64> licences);

    bool hasUsage() const { return !m_metrics.isEmpty(); }
    QList<UsageSeries::Metric> metrics() const { return m_metrics; }
    QChart *licencesChart() const { return m_licencesChart; }
    QChart *activeUsersChart() const { return m_activeChart; }
    QChart *metricChart() const { return m_metricChart; }
    QComboBox *metricPicker() const { return m_metricPicker; }
    QComboBox *rangePicker() const { return m_rangePicker; }
    // Utilisation in the latest week with data: used / purchased, if both are known.
    std::optional<double> latestUtilisation() const { return m_latestUtilisation; }
    std::optional<double> latestLicencesUsed() const { return m_latestUsed; }

public Q_SLOTS:
    void reload();

private:
    QWidget *makeChartCard(const QString &title, QChart *chart, QChartView **view, QLabel **note,
                           QStackedWidget **stack, QWidget *extra = nullptr);
    void updateCharts();
    void updateMetricChart();
    QDate rangeStart() const;

    Database &m_db;
    qint64 m_accountPk = 0;
    std::optional<qint64> m_licences;
    QList<UsageSeries::Metric> m_metrics;
    QDate m_lastDay;
    std::optional<double> m_latestUtilisation;
    std::optional<double> m_latestUsed;

    QStackedWidget *m_pages;
    EmptyStateWidget *m_empty;
    QComboBox *m_rangePicker;
    QComboBox *m_metricPicker;
    QLabel *m_caption;
    QChart *m_licencesChart;
    QChart *m_activeChart;
    QChart *m_metricChart;
    QStackedWidget *m_licencesStack = nullptr;
    QStackedWidget *m_activeStack = nullptr;
    QStackedWidget *m_metricStack = nullptr;
    QLabel *m_licencesNote = nullptr;
    QLabel *m_activeNote = nullptr;
    QLabel *m_metricNote = nullptr;
    QChartView *m_licencesView = nullptr;
    QChartView *m_activeView = nullptr;
    QChartView *m_metricView = nullptr;
};
