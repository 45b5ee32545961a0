#pragma once

#include "accounts/AccountFilter.h"
#include "dashboard/DashboardData.h"

#include <QDate>
#include <QElapsedTimer>
#include <QWidget>

class Database;
class DashboardCard;
class DashboardJob;
class EmptyStateWidget;
class QAbstractItemModel;
class QButtonGroup;
class QChart;
class QChartView;
class QComboBox;
class QGraphicsSimpleTextItem;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QToolButton;
class Workspace;

// The dashboard: the scope's health mix (by count or by ARR), its weekly health trend,
// renewals by month with the ARR at risk, gross and net revenue retention, and NPS, as
// chart cards. Every slice, bar and area opens the accounts making it up
// (accountsRequested), from the mouse or from each card's "Show accounts" menu; hovering
// shows the figure; every card saves as a PNG image. The figures are read off the GUI
// thread (DashboardJob).
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    enum class Card
    {
        HealthMix,
        HealthTrend,
        Renewals,
        Retention,
        Nps,
        Count
    };

    enum class MixMeasure
    {
        Count,
        Arr
    };

    enum class RetentionGrouping
    {
        Team,
        Segment,
        Csm
    };

    DashboardView(Database &db, Workspace &workspace, QWidget *parent = nullptr);

    // "Today" for every figure; the current date unless set (tests, screenshots).
    void setToday(const QDate &today);
    QDate today() const;

    // The last figures read (retention as it last arrived), and whether newer ones are
    // being read.
    DashboardData data() const { return m_data; }
    bool hasData() const { return m_haveData; }
    bool isLoading() const;

    DashboardCard *card(Card card) const;
    // The card's chart; none for retention (figures and a table).
    QChart *chart(Card card) const;
    QChartView *chartView(Card card) const;

    void setMixMeasure(MixMeasure measure);
    MixMeasure mixMeasure() const { return m_mixMeasure; }
    void setRetentionGrouping(RetentionGrouping grouping);
    QAbstractItemModel *retentionModel() const;
    QTableView *retentionTable() const { return m_retentionTable; }
    QString grrText() const;
    QString nrrText() const;
    QString npsText() const;
    // The button of an NPS category in the breakdown under the bar.
    QToolButton *npsButton(DashboardData::NpsCategory category) const;
    // The button of a band in the breakdown beside the donut.
    QToolButton *bandButton(DashboardData::Band band) const { return m_mixNames[int(band)]; }
    // The text of the last hover tooltip shown over a chart.
    QString lastToolTip() const { return m_lastToolTip; }

    // What a click on each chart does (the charts' signals call these; so do the menus).
    void openHealthBand(DashboardData::Band band);
    void openTrendWeek(int index, DashboardData::Band band);
    void openRenewals(int month); // -1: overdue
    void openNps(DashboardData::NpsCategory category);
    void openRetentionRow(int row);

    // Asks where to save `card` (FileDialogs) and writes it as PNG.
    void saveCard(Card card);

public Q_SLOTS:
    // Re-reads every figure, e.g. after an import or a health recompute.
    void reload();

Q_SIGNALS:
    // A figure was clicked: list exactly its accounts under `title`.
    void accountsRequested(const AccountFilter &filter, const QString &title);
    // New figures arrived and are shown.
    void dataShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createDashboard();
    DashboardCard *createCard(Card card, const QString &title);
    QChartView *createChartView(Card card, QChart *chart, DashboardCard *owner);
    QWidget *createMixContent(DashboardCard *card, QChartView *view);
    QWidget *createRetentionContent(DashboardCard *card);
    QWidget *createNpsContent(DashboardCard *card);
    void readData();
    void showData(const DashboardData &data);
    void showRetention(const DashboardData &data);
    void updateHeader();
    void updateHealthMix();
    void updateTrend();
    void updateRenewals();
    void updateNps();
    void updateRetention();
    void placeMixCentre();
    void showToolTip(const QString &text);
    // The trend week with a snapshot nearest to a point of the chart's time axis; -1: none.
    int nearestTrendWeek(qreal msecs) const;
    void openTrendAt(qreal msecs, DashboardData::Band band);
    void resetAccountsMenu(Card card);
    QString monthTitle(int month) const;

    Database &m_db;
    Workspace &m_workspace;
    DashboardJob *m_job;
    DashboardJob *m_retentionJob;
    DashboardData::RetentionFigures m_retention; // the last read, for the figures that follow
    bool m_retentionPending = false;
    DashboardData m_data;
    bool m_haveData = false;
    QDate m_today;
    QElapsedTimer m_sinceRead;
    MixMeasure m_mixMeasure = MixMeasure::Count;
    QString m_lastToolTip;

    QStackedWidget *m_pages;
    QWidget *m_dashboard = nullptr;
    EmptyStateWidget *m_noData;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_error;
    QProgressBar *m_busy;
    QList<DashboardCard *> m_cards;
    QList<QChart *> m_charts;
    QList<QChartView *> m_chartViews;

    QButtonGroup *m_mixButtons = nullptr;
    QGraphicsSimpleTextItem *m_mixCentreValue = nullptr;
    QGraphicsSimpleTextItem *m_mixCentreCaption = nullptr;
    // Per band (by int(Band)): swatch, name (opens its accounts), value, share.
    QLabel *m_mixSwatches[DashboardData::bandCount] = {};
    QToolButton *m_mixNames[DashboardData::bandCount] = {};
    QLabel *m_mixValues[DashboardData::bandCount] = {};
    QLabel *m_mixShares[DashboardData::bandCount] = {};

    QLabel *m_grrValue = nullptr;
    QLabel *m_nrrValue = nullptr;
    QLabel *m_retentionCaption = nullptr;
    QComboBox *m_retentionBy = nullptr;
    QTableView *m_retentionTable = nullptr;
    QStandardItemModel *m_retentionModel = nullptr;
    bool m_retentionGroupingChosen = false; // by the user: keep it across scopes

    QLabel *m_npsValue = nullptr;
    QLabel *m_npsCaption = nullptr;
    // Per NpsCategory: the button naming it (opens its accounts), responses, share.
    QToolButton *m_npsNames[DashboardData::npsCategoryCount] = {};
    QLabel *m_npsCounts[DashboardData::npsCategoryCount] = {};
    QLabel *m_npsShares[DashboardData::npsCategoryCount] = {};
};
