#pragma once

#include "churn/ChurnRisk.h"
#include "health/HealthScorecard.h"
#include "health/HealthStore.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class Database;
class EmptyStateWidget;
class HealthContributionModel;
class HealthOverrideDialog;
class QChart;
class QChartView;
class QFrame;
class QLabel;
class QLineSeries;
class QPushButton;
class QScatterSeries;
class QStackedWidget;
class QTableView;
class QVBoxLayout;

// The Account 360's Health tab: the score the CSM can explain. The score and its band,
// the trend against 30 days ago, the override holding (with the computed score beneath)
// and the rule that applied, the measure dragging the score down most, every measure's
// contribution, the weekly history with the bands shaded and override weeks marked, and
// the churn risk with its strongest drivers. The CSM overrides the health here
// (HealthOverrideDialog) or clears an override; an account not scored yet offers to
// compute it now.
class HealthPanel : public QWidget
{
    Q_OBJECT
public:
    using Band = HealthScorecard::Band;

    HealthPanel(Database &db, const QString &author, QWidget *parent = nullptr);
    ~HealthPanel() override;

    void setAccount(const QString &accountId, const QString &accountName);
    void setAuthor(const QString &author) { m_author = author; }

    const HealthStore::Record &record() const { return m_record; }
    bool hasRecord() const { return m_record.isValid(); }
    const HealthScorecard &scorecard() const { return m_card; }
    QString loadError() const { return m_loadError; }

    HealthContributionModel *contributionModel() const { return m_contributions; }
    QTableView *contributionTable() const { return m_table; }
    QLabel *contributionTotal() const { return m_total; }
    QChart *historyChart() const { return m_historyChart; }
    QLineSeries *historySeries() const { return m_historyLine; }
    QScatterSeries *overrideMarks() const { return m_overrideMarks; }
    QLabel *scoreLabel() const { return m_score; }
    QLabel *bandChip() const { return m_bandChip; }
    QLabel *trendLabel() const { return m_trend; }
    QLabel *ruleLabel() const { return m_rule; }
    QLabel *topDragLabel() const { return m_topDrag; }
    QFrame *overrideBanner() const { return m_banner; }
    QLabel *overrideText() const { return m_bannerText; }
    QPushButton *overrideButton() const { return m_overrideButton; }
    QPushButton *clearOverrideButton() const { return m_clearButton; }
    QPushButton *recomputeButton() const { return m_recomputeButton; }
    EmptyStateWidget *emptyState() const { return m_empty; }
    QLabel *churnProbabilityLabel() const { return m_churnProbability; }
    QLabel *churnMessageLabel() const { return m_churnMessage; }
    QList<QLabel *> churnDriverLabels() const { return m_churnDrivers; }
    // The override dialog while it is open.
    HealthOverrideDialog *overrideDialog() const { return m_dialog; }

    // Words for a band, a trend and the colour tone ("red", "yellow", "green", "") the
    // header tile and the panel share.
    static const char *toneOf(Band band);
    static QString trendText(std::optional<int> trend);

public Q_SLOTS:
    // Re-reads the account's health, history and churn risk from the cache.
    void reload();
    // Opens the override dialog (window-modal); the panel reloads when it saves.
    HealthOverrideDialog *openOverrideDialog();
    // Asks, then clears the override holding; false when declined or refused (said so).
    bool clearOverride();
    // Recomputes this account's health now; false (and says why) on failure.
    bool computeNow();

protected:
    // Narrows the contributions table to its width (the group column goes first).
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // The account's health changed here (override set or cleared, recomputed).
    void healthChanged();

private:
    QWidget *createScoreCard();
    QWidget *createChurnCard();
    QWidget *createContributionsCard();
    QWidget *createHistoryCard();
    void fitColumns();
    void fitToWidth();
    void updateScore();
    void updateHistory();
    void updateChurn();
    QString personName(const QString &userId) const;

    Database &m_db;
    QString m_author;
    QString m_accountId;
    QString m_accountName;
    HealthScorecard m_card;
    QString m_cardOrigin; // "built-in" or the file CS Ops published it in
    HealthStore::Record m_record;
    QList<HealthStore::Snapshot> m_history;
    QString m_loadError;
    HealthContributionModel *m_contributions;
    QPointer<HealthOverrideDialog> m_dialog;

    QStackedWidget *m_pages = nullptr;
    EmptyStateWidget *m_empty = nullptr;

    // Score
    QLabel *m_score = nullptr;
    QLabel *m_bandChip = nullptr;
    QLabel *m_trendIcon = nullptr;
    QLabel *m_trend = nullptr;
    QLabel *m_asOf = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QLabel *m_bannerComputed = nullptr;
    QPushButton *m_clearButton = nullptr;
    QLabel *m_rule = nullptr;
    QLabel *m_topDrag = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_overrideButton = nullptr;
    QPushButton *m_recomputeButton = nullptr;

    // Contributions
    QTableView *m_table = nullptr;
    QLabel *m_total = nullptr;
    int m_valueWidth = 0; // the widest value

    // History
    QChart *m_historyChart = nullptr;
    QChartView *m_historyView = nullptr;
    QStackedWidget *m_historyStack = nullptr;
    QLabel *m_historyNote = nullptr;
    QLineSeries *m_historyLine = nullptr;
    QScatterSeries *m_overrideMarks = nullptr;

    // Churn
    QStackedWidget *m_churnStack = nullptr;
    QLabel *m_churnProbability = nullptr;
    QLabel *m_churnCaption = nullptr;
    QVBoxLayout *m_churnDriverList = nullptr;
    QList<QLabel *> m_churnDrivers;
    QLabel *m_churnMessage = nullptr;
    QLabel *m_churnModel = nullptr;
};
