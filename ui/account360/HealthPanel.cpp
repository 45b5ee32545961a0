#include "HealthPanel.h"

#include "Account360Icons.h"
#include "HealthOverrideDialog.h"
#include "TableDelegate.h"
#include "account/CrmFormat.h"
#include "common/ChartStyle.h"
#include "common/EmptyStateWidget.h"
#include "common/Icons.h"
#include "common/MessageBoxes.h"
#include "common/Theme.h"
#include "health/HealthRecompute.h"
#include "health/HealthRefresh.h"
#include "itemmodels/HealthContributionModel.h"
#include "store/Database.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

using Band = HealthScorecard::Band;
using Status = HealthContribution::Status;

// The panel's own look, on top of the Account 360's style sheet (roles chip, card, ...).
const QString panelStyleSheet = uR"(
#healthContent { background: transparent; }
QLabel#healthScore { font-size: 34pt; font-weight: 700; color: #1b2430; }
QLabel#healthScore[tone="red"] { color: #cf222e; }
QLabel#healthScore[tone="yellow"] { color: #b07d00; }
QLabel#healthScore[tone="green"] { color: #1a7f37; }
QLabel#healthBandChip { font-size: 9.5pt; padding: 3px 11px; border-radius: 11px; }
QLabel#healthTrend { color: #5b6777; }
QLabel#healthTrend[tone="green"] { color: #1a7f37; font-weight: 600; }
QLabel#healthTrend[tone="red"] { color: #cf222e; font-weight: 600; }
QFrame#healthOverrideBanner { background: #fff8e6; border: 1px solid #efd48d; border-radius: 8px; }
QFrame#healthOverrideBanner QLabel { color: #5c4400; }
QFrame#healthOverrideBanner QLabel#healthOverrideComputed { color: #7a6630; }
QLabel[role="ruleNote"] { color: #3d4857; background: #eef1f5; border-radius: 6px; padding: 6px 10px; }
QLabel#churnProbability { font-size: 28pt; font-weight: 700; color: #1b2430; }
QLabel#churnProbability[tone="red"] { color: #cf222e; }
QLabel#churnProbability[tone="yellow"] { color: #b07d00; }
QLabel#churnProbability[tone="green"] { color: #1a7f37; }
QLabel[role="small"] { color: #6b7686; font-size: 8.5pt; }
)"_s;

const QColor lineColor(0x1f, 0x6f, 0xeb);
const QColor overrideColor(0x82, 0x50, 0xdf);

void setTone(QWidget *widget, const char *tone)
{
    widget->setProperty("tone", QString::fromLatin1(tone));
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

// An arrow up, down or level, for trends and churn drivers.
QPixmap arrowPixmap(int direction, const QColor &color, int size)
{
    return Icons::render(
        [direction](QPainter &p) {
            if (direction > 0) {
                p.drawLine(QPointF(12, 19), QPointF(12, 5));
                p.drawPolyline(QList<QPointF> { { 6.5, 10.5 }, { 12, 5 }, { 17.5, 10.5 } });
            } else if (direction < 0) {
                p.drawLine(QPointF(12, 5), QPointF(12, 19));
                p.drawPolyline(QList<QPointF> { { 6.5, 13.5 }, { 12, 19 }, { 17.5, 13.5 } });
            } else {
                p.drawLine(QPointF(5, 12), QPointF(19, 12));
                p.drawPolyline(QList<QPointF> { { 13.5, 6.5 }, { 19, 12 }, { 13.5, 17.5 } });
            }
        },
        color, size, 2.2);
}

QIcon warningIcon(const QColor &color)
{
    return Icons::make(
        [](QPainter &p) {
            p.drawPolygon(QList<QPointF> { { 12, 3.5 }, { 21, 19.5 }, { 3, 19.5 } });
            p.drawLine(QPointF(12, 9.5), QPointF(12, 14));
            p.drawPoint(QPointF(12, 17));
        },
        color);
}

QString bandName(Band band)
{
    return HealthScorecard::bandLabel(band);
}

// "42%", and "<1%" rather than a 0% nobody believes.
QString percentText(double fraction)
{
    if (fraction > 0 && fraction < 0.005)
        return QCoreApplication::translate("HealthPanel", "<1%");
    return QCoreApplication::translate("HealthPanel", "%1%")
        .arg(CrmFormat::displayLocale().toString(qRound(fraction * 100)));
}

} // namespace

HealthPanel::HealthPanel(Database &db, const QString &author, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_author(author)
    , m_card(HealthScorecard::builtIn())
    , m_contributions(new HealthContributionModel(this))
{
    setObjectName(u"healthPanel"_s);
    setStyleSheet(panelStyleSheet);

    m_empty = new EmptyStateWidget(this);
    m_empty->setObjectName(u"noHealthState"_s);
    m_empty->setIcon(Account360Icons::icon(Account360Icons::Glyph::Health, Theme::accent()));
    QPushButton *compute = m_empty->addButton(tr("Compute now"), true);
    compute->setObjectName(u"healthComputeNow"_s);
    connect(compute, &QPushButton::clicked, this, &HealthPanel::computeNow);

    // Left, the score and why; right, the churn risk and the history, which takes what
    // the churn card leaves.
    auto *content = new QWidget;
    content->setObjectName(u"healthContent"_s);
    auto *left = new QVBoxLayout;
    left->setSpacing(14);
    left->addWidget(createScoreCard());
    left->addWidget(createContributionsCard(), 1);
    auto *right = new QVBoxLayout;
    right->setSpacing(14);
    right->addWidget(createChurnCard());
    right->addWidget(createHistoryCard(), 1);
    auto *columns = new QHBoxLayout(content);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(14);
    columns->addLayout(left, 13);
    columns->addLayout(right, 7);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    scroll->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(scroll);
    m_pages->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
}

HealthPanel::~HealthPanel() = default;

// ---- Building ---------------------------------------------------------------------

QWidget *HealthPanel::createScoreCard()
{
    auto *card = Theme::card(this);
    card->setObjectName(u"healthScoreCard"_s);

    m_score = Theme::label({}, nullptr, card);
    m_score->setObjectName(u"healthScore"_s);
    m_score->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bandChip = Theme::label({}, "chip", card);
    m_bandChip->setObjectName(u"healthBandChip"_s);
    m_trendIcon = new QLabel(card);
    m_trendIcon->setObjectName(u"healthTrendIcon"_s);
    m_trend = Theme::label({}, nullptr, card);
    m_trend->setObjectName(u"healthTrend"_s);

    auto *trendRow = new QHBoxLayout;
    trendRow->setSpacing(4);
    trendRow->addWidget(m_trendIcon);
    trendRow->addWidget(m_trend);
    trendRow->addStretch();
    auto *bandColumn = new QVBoxLayout;
    bandColumn->setSpacing(6);
    bandColumn->addStretch();
    bandColumn->addWidget(m_bandChip, 0, Qt::AlignLeft);
    bandColumn->addLayout(trendRow);
    bandColumn->addStretch();

    m_overrideButton = new QPushButton(tr("&Override…"), card);
    m_overrideButton->setObjectName(u"healthOverrideButton"_s);
    m_overrideButton->setToolTip(tr("Set the band by hand, with a reason and an end date"));
    connect(m_overrideButton, &QPushButton::clicked, this, &HealthPanel::openOverrideDialog);
    m_recomputeButton = new QPushButton(tr("Re&compute"), card);
    m_recomputeButton->setObjectName(u"healthRecomputeButton"_s);
    m_recomputeButton->setToolTip(tr("Score this account again from the data in the cache"));
    connect(m_recomputeButton, &QPushButton::clicked, this, &HealthPanel::computeNow);
    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_overrideButton);
    buttons->addWidget(m_recomputeButton);
    buttons->addStretch();

    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(m_score, 0, Qt::AlignVCenter);
    top->addLayout(bandColumn, 1);
    top->addLayout(buttons);

    m_asOf = Theme::label({}, "small", card);
    m_asOf->setObjectName(u"healthAsOf"_s);
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(12);
    titleRow->addWidget(Theme::label(tr("Health score"), "cardTitle", card));
    titleRow->addStretch();
    titleRow->addWidget(m_asOf, 0, Qt::AlignVCenter);

    // The override holding, with the computed health beneath it.
    m_banner = new QFrame(card);
    m_banner->setObjectName(u"healthOverrideBanner"_s);
    auto *bannerIcon = new QLabel(m_banner);
    bannerIcon->setPixmap(warningIcon(QColor(0x9a, 0x67, 0x00)).pixmap(18, 18));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(u"healthOverrideText"_s);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::RichText);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bannerComputed = new QLabel(m_banner);
    m_bannerComputed->setObjectName(u"healthOverrideComputed"_s);
    m_bannerComputed->setWordWrap(true);
    m_clearButton = new QPushButton(tr("C&lear override"), m_banner);
    m_clearButton->setObjectName(u"healthClearOverrideButton"_s);
    connect(m_clearButton, &QPushButton::clicked, this, &HealthPanel::clearOverride);
    auto *bannerTexts = new QVBoxLayout;
    bannerTexts->setSpacing(3);
    bannerTexts->addWidget(m_bannerText);
    bannerTexts->addWidget(m_bannerComputed);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 9, 10, 9);
    bannerLayout->setSpacing(10);
    bannerLayout->addWidget(bannerIcon, 0, Qt::AlignTop);
    bannerLayout->addLayout(bannerTexts, 1);
    bannerLayout->addWidget(m_clearButton, 0, Qt::AlignVCenter);

    m_rule = Theme::label({}, "ruleNote", card);
    m_rule->setObjectName(u"healthRule"_s);
    m_rule->setWordWrap(true);
    m_topDrag = Theme::label({}, nullptr, card);
    m_topDrag->setObjectName(u"healthTopDrag"_s);
    m_topDrag->setWordWrap(true);
    m_topDrag->setTextFormat(Qt::RichText);
    m_error = Theme::label({}, "error", card);
    m_error->setObjectName(u"healthError"_s);
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(18, 12, 16, 14);
    layout->setSpacing(8);
    layout->addLayout(titleRow);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_rule);
    layout->addWidget(m_topDrag);
    layout->addWidget(m_error);
    return card;
}

QWidget *HealthPanel::createChurnCard()
{
    auto *card = Theme::card(this);
    card->setObjectName(u"churnCard"_s);

    // A probability and what drives it.
    auto *scored = new QWidget(card);
    m_churnProbability = Theme::label({}, nullptr, scored);
    m_churnProbability->setObjectName(u"churnProbability"_s);
    m_churnCaption = Theme::label(tr("chance of churning at the next renewal"), "muted", scored);
    m_churnCaption->setWordWrap(true);
    auto *figure = new QHBoxLayout;
    figure->setSpacing(12);
    figure->addWidget(m_churnProbability, 0, Qt::AlignVCenter);
    figure->addWidget(m_churnCaption, 1, Qt::AlignVCenter);
    m_churnDriverList = new QVBoxLayout;
    m_churnDriverList->setSpacing(5);
    auto *scoredLayout = new QVBoxLayout(scored);
    scoredLayout->setContentsMargins(0, 0, 0, 0);
    scoredLayout->setSpacing(8);
    scoredLayout->addLayout(figure);
    scoredLayout->addWidget(Theme::label(tr("What moves it most"), "fieldLabel", scored));
    scoredLayout->addLayout(m_churnDriverList);
    scoredLayout->addStretch();

    // Or why there is none.
    m_churnMessage = Theme::label({}, "muted", card);
    m_churnMessage->setObjectName(u"churnMessage"_s);
    m_churnMessage->setWordWrap(true);
    m_churnMessage->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_churnStack = new QStackedWidget(card);
    m_churnStack->addWidget(scored);
    m_churnStack->addWidget(m_churnMessage);

    m_churnModel = Theme::label({}, "small", card);
    m_churnModel->setObjectName(u"churnModel"_s);
    m_churnModel->setWordWrap(true);

    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(18, 12, 16, 14);
    layout->setSpacing(8);
    layout->addWidget(Theme::label(tr("Churn risk"), "cardTitle", card));
    layout->addWidget(m_churnStack, 1);
    layout->addWidget(m_churnModel);
    return card;
}

QWidget *HealthPanel::createContributionsCard()
{
    auto *card = Theme::card(this);
    card->setObjectName(u"healthContributionsCard"_s);

    m_table = new QTableView(card);
    m_table->setObjectName(u"healthContributions"_s);
    m_table->setAccessibleName(tr("Contributions to the health score"));
    auto *proxy = new QSortFilterProxyModel(m_table);
    proxy->setSourceModel(m_contributions);
    proxy->setSortRole(HealthContributionModel::RawRole);
    proxy->setSortLocaleAware(true);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    proxy->sort(-1);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_table->installEventFilter(this);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(28);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(48);
    header->setStretchLastSection(false);

    auto *delegate = new TableDelegate(m_table);
    delegate->setMutedRows([](const QModelIndex &index) {
        return index.data(HealthContributionModel::StatusRole).toInt() != int(Status::Scored);
    });
    delegate->setStrongRows(
        [](const QModelIndex &index) { return index.data(HealthContributionModel::TopDragRole).toBool(); });
    delegate->setMutedColumn(HealthContributionModel::Group);
    delegate->setPillColumn(HealthContributionModel::Points, [](const QModelIndex &index) {
        const QVariant score = index.data(HealthContributionModel::ScoreRole);
        if (!score.isValid())
            return u"plain"_s;
        const double s = score.toDouble();
        return s >= 75 ? u"green"_s : s >= 50 ? u"yellow"_s : u"red"_s;
    });
    const QIcon dragIcon(arrowPixmap(-1, Theme::danger(), 32));
    const QIcon staleIcon = warningIcon(Theme::mutedText());
    delegate->setIconColumn(
        HealthContributionModel::Measure, [dragIcon, staleIcon](const QModelIndex &index) {
            if (index.data(HealthContributionModel::TopDragRole).toBool())
                return dragIcon;
            if (index.data(HealthContributionModel::StatusRole).toInt() == int(Status::Stale))
                return staleIcon;
            return QIcon();
        });
    m_table->setItemDelegate(delegate);

    // The value column takes what the others leave; they fit their content on reload.
    header->setSectionResizeMode(HealthContributionModel::Value, QHeaderView::Stretch);

    m_total = Theme::label({}, nullptr, card);
    m_total->setObjectName(u"healthContributionTotal"_s);
    m_total->setWordWrap(true);
    m_total->setContentsMargins(16, 6, 16, 10);
    m_total->setToolTip(tr("A measure without fresh data counts for nothing: its weight goes to the measures "
                           "of its group that have data, or to the other groups."));
    auto *title = Theme::label(tr("What makes the score"), "cardTitle", card);
    title->setContentsMargins(16, 0, 16, 0);
    title->setToolTip(m_total->toolTip());

    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(1, 12, 1, 1);
    layout->setSpacing(4);
    layout->addWidget(title);
    layout->addSpacing(4);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_total);
    layout->addStretch();
    return card;
}

QWidget *HealthPanel::createHistoryCard()
{
    auto *card = Theme::card(this);
    card->setObjectName(u"healthHistoryCard"_s);

    m_historyChart = ChartStyle::makeChart(); // the view takes it
    m_historyView = ChartStyle::makeView(m_historyChart, card, 200);
    m_historyView->setObjectName(u"healthHistoryChart"_s);
    // Its height comes from the space left, not from the scene: the page scrolls only
    // when the cards cannot shrink further.
    m_historyView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_historyNote = ChartStyle::makeNote(card);
    m_historyNote->setObjectName(u"healthHistoryNote"_s);
    m_historyStack = new QStackedWidget(card);
    m_historyStack->addWidget(m_historyView);
    m_historyStack->addWidget(m_historyNote);

    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(14, 12, 14, 8);
    layout->setSpacing(4);
    layout->addWidget(Theme::label(tr("Health history"), "cardTitle", card));
    auto *caption = Theme::label(tr("Weekly snapshots; the shading shows the bands."), "muted", card);
    caption->setWordWrap(true);
    layout->addWidget(caption);
    layout->addWidget(m_historyStack, 1);
    return card;
}

void HealthPanel::fitColumns()
{
    // Every column but the value fits its widest cell (bold for the top drag, the icon
    // before the measure) or its title.
    QFont bold = m_table->font();
    bold.setWeight(QFont::Bold);
    const QFontMetrics metrics(bold);
    QFont headerFont = m_table->horizontalHeader()->font();
    headerFont.setWeight(QFont::DemiBold);
    const QFontMetrics headerMetrics(headerFont);
    const struct
    {
        int column;
        int extra;
        int cap;
    } columns[] = {
        { HealthContributionModel::Measure, 22, 220 },     { HealthContributionModel::Group, 0, 150 },
        { HealthContributionModel::Points, 18, 90 },       { HealthContributionModel::Weight, 0, 90 },
        { HealthContributionModel::Contribution, 0, 120 },
    };
    for (const auto &c : columns) {
        int width = headerMetrics.horizontalAdvance(
                        m_contributions->headerData(c.column, Qt::Horizontal).toString())
            + 6;
        for (int r = 0; r < m_contributions->rowCount(); ++r)
            width = qMax(width,
                         metrics.horizontalAdvance(m_contributions->index(r, c.column).data().toString())
                             + c.extra);
        // A few pixels over: the view draws in its own font, which the style sheet may round.
        m_table->setColumnWidth(c.column, qMin(width, c.cap) + 2 * TableDelegate::cellPadding + 6);
    }
    m_valueWidth = 0;
    for (int r = 0; r < m_contributions->rowCount(); ++r)
        m_valueWidth = qMax(m_valueWidth,
                            metrics.horizontalAdvance(
                                m_contributions->index(r, HealthContributionModel::Value).data().toString()));
    m_valueWidth += 2 * TableDelegate::cellPadding + 6;
    fitToWidth();
}

void HealthPanel::fitToWidth()
{
    // In a narrow window the group goes first: the value matters more.
    int others = 0;
    for (int column = 0; column < HealthContributionModel::ColumnCount; ++column) {
        if (column != HealthContributionModel::Value && column != HealthContributionModel::Group)
            others += m_table->columnWidth(column);
    }
    const int available = m_table->viewport()->width();
    const int group = m_table->columnWidth(HealthContributionModel::Group);
    const bool hideGroup = available > 0 && others + group + std::min(m_valueWidth, 160) > available;
    if (m_table->isColumnHidden(HealthContributionModel::Group) != hideGroup)
        m_table->setColumnHidden(HealthContributionModel::Group, hideGroup);
}

bool HealthPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Resize)
        fitToWidth();
    return QWidget::eventFilter(watched, event);
}

// ---- Behaviour --------------------------------------------------------------------

const char *HealthPanel::toneOf(Band band)
{
    switch (band) {
    case Band::Red:
        return "red";
    case Band::Yellow:
        return "yellow";
    case Band::Green:
        return "green";
    case Band::None:
        break;
    }
    return "";
}

QString HealthPanel::trendText(std::optional<int> trend)
{
    if (!trend)
        return tr("No score 30 days ago to compare with");
    if (*trend == 0)
        return tr("No change vs 30 days ago");
    const QString points = CrmFormat::displayLocale().toString(std::abs(*trend));
    //: The change of the health score, e.g. "+6 vs 30 days ago"
    return *trend > 0 ? tr("+%1 vs 30 days ago").arg(points) : tr("−%1 vs 30 days ago").arg(points);
}

void HealthPanel::setAccount(const QString &accountId, const QString &accountName)
{
    m_accountId = accountId;
    m_accountName = accountName;
    reload();
}

QString HealthPanel::personName(const QString &userId) const
{
    if (userId.isEmpty())
        return tr("someone");
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT name FROM users WHERE id = ?"_s);
    q.addBindValue(userId);
    if (q.exec() && q.next() && !q.value(0).toString().isEmpty())
        return q.value(0).toString();
    return userId;
}

void HealthPanel::reload()
{
    m_card = HealthRefresh::activeScorecard(m_db, &m_cardOrigin);
    HealthStore store(m_db);
    m_record = store.record(m_accountId);
    m_loadError = store.lastError();
    m_history = m_loadError.isEmpty() && m_record.isValid() ? store.history(m_accountId)
                                                            : QList<HealthStore::Snapshot>();
    if (m_loadError.isEmpty())
        m_loadError = store.lastError();

    if (!m_record.isValid()) {
        m_contributions->clear();
        if (m_loadError.isEmpty()) {
            m_empty->setTitle(tr("Health has not been computed yet"));
            m_empty->setText(
                tr("Health is computed after each import. Compute it now for this account from the "
                   "data in the cache."));
        } else {
            m_empty->setTitle(tr("Health could not be read"));
            m_empty->setText(m_loadError);
        }
        m_pages->setCurrentWidget(m_empty);
        return;
    }
    m_pages->setCurrentIndex(0);
    m_contributions->setContributions(m_record.contributions(), m_card, m_record.topDrag);
    fitColumns();
    // The card takes the height the score leaves; in a short window the table scrolls
    // rather than the page, down to four measures in view.
    const int headerHeight = m_table->horizontalHeader()->sizeHint().height();
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    m_table->setMinimumHeight(headerHeight + std::min(m_contributions->rowCount(), 4) * rowHeight + 4);
    m_table->setMaximumHeight(headerHeight + m_contributions->rowCount() * rowHeight + 4);
    updateScore();
    updateHistory();
    updateChurn();
}

void HealthPanel::updateScore()
{
    const HealthStore::Record &r = m_record;
    const QLocale locale = CrmFormat::displayLocale();
    const Band band = r.effectiveBand();
    const std::optional<int> score = r.effectiveScore();
    const bool scored = r.band != Band::None;

    // An override of the band alone has no score of its own: show its band instead.
    if (r.overridden() && !r.override.score)
        m_score->setText(bandName(band));
    else
        m_score->setText(score && (scored || r.overridden()) ? locale.toString(*score) : u"—"_s);
    setTone(m_score, toneOf(band));
    m_score->setToolTip(r.overridden()
                            ? tr("Overridden; computed: %1")
                                  .arg(scored && r.score ? locale.toString(*r.score) : tr("not scored"))
                            : tr("Health score, 0 to 100"));
    m_bandChip->setText(r.overridden() ? tr("%1 · override").arg(bandName(band)) : bandName(band));
    setTone(m_bandChip, toneOf(band));

    const std::optional<int> trend = r.trend;
    m_trend->setText(trendText(trend));
    setTone(m_trend, !trend || *trend == 0 ? "" : *trend > 0 ? "green" : "red");
    m_trendIcon->setVisible(trend.has_value());
    if (trend) {
        const QColor color = *trend > 0 ? Theme::success()
            : *trend < 0                ? Theme::danger()
                                        : Theme::mutedText();
        m_trendIcon->setPixmap(arrowPixmap(*trend > 0 ? 1 : *trend < 0 ? -1 : 0, color, 16));
    }
    m_trend->setVisible(scored || r.overridden());

    // The override holding.
    m_banner->setVisible(r.overridden());
    if (r.overridden()) {
        const HealthStore::Override &o = r.override;
        const QString bandText
            = o.score ? tr("%1 (%2)").arg(bandName(o.band), locale.toString(*o.score)) : bandName(o.band);
        const QString until = CrmFormat::date(HealthOverrideDialog::lastDayOf(o.expiresAt));
        QString html
            = tr("Overridden: <b>%1</b> by %2 until %3")
                  .arg(bandText.toHtmlEscaped(), personName(o.author).toHtmlEscaped(), until.toHtmlEscaped());
        if (!o.reason.isEmpty())
            html += tr(" — “%1”").arg(o.reason.toHtmlEscaped().replace(u'\n', u"<br>"_s));
        m_bannerText->setText(html);
        m_bannerText->setToolTip(tr("Set %1").arg(CrmFormat::dateTime(o.createdAt)));
        m_bannerComputed->setText(
            scored && r.score
                ? tr("Computed beneath it: %1 (%2)").arg(locale.toString(*r.score), bandName(r.band))
                : tr("Computed beneath it: not scored"));
    }

    // The rule that changed the score, or why there is none.
    if (!scored) {
        m_rule->setText(tr("No measure had fresh data on %1, so there is no computed score. The table shows "
                           "what is missing.")
                            .arg(CrmFormat::date(r.asOf)));
        m_rule->setVisible(true);
    } else if (!r.rule.isEmpty()) {
        const HealthScorecard::Rule *rule = m_card.rule(r.rule);
        const QString label = rule ? rule->displayLabel() : r.rule;
        m_rule->setText(r.computedScore ? tr("Rule applied: %1 (the measures add up to %2).")
                                              .arg(label, locale.toString(*r.computedScore))
                                        : tr("Rule applied: %1.").arg(label));
        m_rule->setVisible(true);
    } else {
        m_rule->setVisible(false);
    }

    // The measure dragging it down most.
    const int dragRow = m_contributions->rowOf(r.topDrag);
    if (scored && dragRow >= 0) {
        const HealthContribution *c = m_contributions->contribution(dragRow);
        const QString label
            = m_contributions->index(dragRow, HealthContributionModel::Measure).data().toString();
        const HealthScorecard::Measure *measure = m_card.measure(r.topDrag);
        const QString value = measure ? HealthContributionModel::formatValue(measure->input, c->raw)
                                      : locale.toString(c->raw);
        m_topDrag->setText(
            tr("Dragging it down most: <b>%1</b> (%2)").arg(label.toHtmlEscaped(), value.toHtmlEscaped()));
        m_topDrag->setToolTip(tr("It costs %1 points of 100.").arg(locale.toString(c->drag, 'f', 1)));
        m_topDrag->setVisible(true);
    } else if (scored) {
        m_topDrag->setText(tr("No measure costs it any points."));
        m_topDrag->setToolTip({});
        m_topDrag->setVisible(true);
    } else {
        m_topDrag->setVisible(false);
    }

    // The contributions add up to the score before the rules.
    double total = 0;
    for (int row = 0; row < m_contributions->rowCount(); ++row)
        total += m_contributions->contribution(row)->points;
    if (!scored) {
        m_total->setText(tr("No measure had fresh data: nothing to add up."));
    } else if (r.computedScore && r.score && *r.computedScore != *r.score) {
        m_total->setText(tr("Points × weight add up to %1 of 100, rounded to %2; the rule made it %3.")
                             .arg(locale.toString(total, 'f', 1), locale.toString(*r.computedScore),
                                  locale.toString(*r.score)));
    } else {
        m_total->setText(tr("Points × weight add up to %1 of 100: the score %2.")
                             .arg(locale.toString(total, 'f', 1), locale.toString(r.score.value_or(0))));
    }

    m_asOf->setText(tr("As of %1").arg(CrmFormat::date(r.asOf)));
    m_asOf->setToolTip(tr("Computed %1 with the scorecard “%2” (%3)")
                           .arg(CrmFormat::dateTime(r.computedAt), m_card.name(), m_cardOrigin));
    // The score was read, but not all of the rest.
    m_error->setText(m_loadError);
    m_error->setVisible(!m_loadError.isEmpty());
    m_clearButton->setEnabled(r.overridden());
    m_overrideButton->setText(r.overridden() ? tr("Change &override…") : tr("&Override…"));
}

void HealthPanel::updateHistory()
{
    QChart *chart = m_historyChart;
    ChartStyle::clear(chart);
    m_historyLine = nullptr;
    m_overrideMarks = nullptr;

    QList<HealthStore::Snapshot> points;
    for (const HealthStore::Snapshot &s : std::as_const(m_history)) {
        if (s.score && s.week.isValid())
            points.append(s);
    }
    if (points.isEmpty()) {
        m_historyNote->setText(tr("No weekly snapshot yet. One is kept each week the health is computed."));
        m_historyStack->setCurrentWidget(m_historyNote);
        return;
    }
    m_historyStack->setCurrentWidget(m_historyView);

    const QDate first = points.constFirst().week;
    const QDate last = points.constLast().week;
    const QDate from = first == last ? first.addDays(-7) : first.addDays(-3);
    const QDate to = first == last ? last.addDays(7) : last.addDays(3);

    QDateTimeAxis *x = ChartStyle::dateAxis(from, to, std::clamp(int(points.size()), 3, 7));
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    ChartStyle::styleValueAxis(y);
    y->setRange(0, 100);
    y->setTickCount(5);
    y->setLabelFormat(u"%.0f"_s);
    chart->addAxis(y, Qt::AlignLeft);

    // The bands, shaded behind the line.
    const HealthScorecard::Bands &bands = m_card.bands();
    const struct
    {
        double low;
        double high;
        QColor color;
    } zones[] = {
        { 0, double(bands.yellow), QColor(0xfd, 0xe8, 0xe8) },
        { double(bands.yellow), double(bands.green), QColor(0xff, 0xf4, 0xd6) },
        { double(bands.green), 100, QColor(0xe3, 0xf6, 0xe8) },
    };
    const double x0 = double(ChartStyle::msecsOf(from));
    const double x1 = double(ChartStyle::msecsOf(to));
    for (const auto &zone : zones) {
        auto *upper = new QLineSeries;
        upper->append(x0, zone.high);
        upper->append(x1, zone.high);
        auto *lower = new QLineSeries;
        lower->append(x0, zone.low);
        lower->append(x1, zone.low);
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        area->setPen(Qt::NoPen);
        area->setBrush(zone.color);
        chart->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);
        for (QLegendMarker *marker : chart->legend()->markers(area))
            marker->setVisible(false);
    }

    m_historyLine = new QLineSeries;
    m_historyLine->setName(tr("Score"));
    QPen pen(lineColor, 2.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    m_historyLine->setPen(pen);
    m_historyLine->setPointsVisible(true);
    m_historyLine->setMarkerSize(6);
    m_overrideMarks = new QScatterSeries;
    m_overrideMarks->setName(tr("Overridden week"));
    m_overrideMarks->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_overrideMarks->setMarkerSize(12);
    m_overrideMarks->setColor(overrideColor);
    m_overrideMarks->setBorderColor(Qt::white);
    for (const HealthStore::Snapshot &s : std::as_const(points)) {
        const QPointF point(double(ChartStyle::msecsOf(s.week)), *s.score);
        m_historyLine->append(point);
        if (s.overridden)
            m_overrideMarks->append(point);
    }
    chart->addSeries(m_historyLine);
    m_historyLine->attachAxis(x);
    m_historyLine->attachAxis(y);
    chart->addSeries(m_overrideMarks);
    m_overrideMarks->attachAxis(x);
    m_overrideMarks->attachAxis(y);
    for (QLegendMarker *marker : chart->legend()->markers(m_overrideMarks))
        marker->setVisible(m_overrideMarks->count() > 0);
    chart->legend()->setVisible(m_overrideMarks->count() > 0);

    // Hovering a week says what it was.
    const auto explain = [this](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const QDate week = QDateTime::fromMSecsSinceEpoch(qint64(point.x())).date();
        QString text = tr("Week of %1: %2").arg(CrmFormat::date(week), QLocale().toString(qRound(point.y())));
        for (const HealthStore::Snapshot &s : std::as_const(m_history)) {
            if (s.week == week) {
                text += tr(" (%1)").arg(bandName(s.band));
                if (s.overridden)
                    text += u'\n' + tr("Overridden that week");
            }
        }
        QToolTip::showText(QCursor::pos(), text, m_historyView);
    };
    connect(m_historyLine, &QLineSeries::hovered, this, explain);
    connect(m_overrideMarks, &QScatterSeries::hovered, this, explain);
}

void HealthPanel::updateChurn()
{
    const ChurnRisk::Model model = ChurnRisk::storedModel(m_db);
    const std::optional<ChurnRisk::Score> score
        = model.trained() ? ChurnRisk::storedScore(m_db, m_accountId) : std::nullopt;
    Theme::clearLayout(m_churnDriverList);
    m_churnDrivers.clear();
    const QLocale locale = CrmFormat::displayLocale();
    if (model.trainedAt.isValid()) {
        m_churnModel->setText(
            model.message.isEmpty()
                ? tr("Model trained %1.").arg(CrmFormat::dateTime(model.trainedAt))
                : tr("%1 Trained %2.").arg(model.message, CrmFormat::dateTime(model.trainedAt)));
    } else {
        m_churnModel->clear();
    }
    m_churnModel->setVisible(!m_churnModel->text().isEmpty() && score);

    if (score) {
        const double p = std::clamp(score->probability, 0.0, 1.0);
        m_churnProbability->setText(percentText(p));
        setTone(m_churnProbability, p >= 0.5 ? "red" : p >= 0.25 ? "yellow" : "green");
        m_churnProbability->setToolTip(
            tr("Churn probability %1 from the model trained on this cache's renewals")
                .arg(locale.toString(p, 'f', 3)));
        QWidget *parent = m_churnStack->widget(0);
        for (const ChurnRisk::Driver &driver : score->drivers) {
            auto *row = new QWidget(parent);
            auto *rowLayout = new QHBoxLayout(row);
            rowLayout->setContentsMargins(0, 0, 0, 0);
            rowLayout->setSpacing(6);
            const bool raises = driver.contribution > 0;
            auto *icon = new QLabel(row);
            icon->setPixmap(arrowPixmap(raises ? 1 : -1, raises ? Theme::danger() : Theme::success(), 16));
            auto *text = new QLabel(driver.label(), row);
            text->setObjectName(u"churnDriver"_s);
            text->setWordWrap(true);
            auto *effect = Theme::label(raises ? tr("raises the risk") : tr("lowers the risk"), "muted", row);
            rowLayout->addWidget(icon, 0, Qt::AlignVCenter);
            rowLayout->addWidget(text, 1);
            rowLayout->addWidget(effect, 0, Qt::AlignVCenter);
            row->setToolTip(
                tr("Adds %1 to the log-odds of churning").arg(locale.toString(driver.contribution, 'f', 2)));
            m_churnDriverList->addWidget(row);
            m_churnDrivers.append(text);
        }
        if (score->drivers.isEmpty()) {
            auto *none = Theme::label(tr("No single feature stands out."), "muted", parent);
            m_churnDriverList->addWidget(none);
        }
        m_churnStack->setCurrentIndex(0);
        return;
    }

    QString message;
    switch (model.status) {
    case ChurnRisk::Status::NotTrained:
        message
            = tr("The churn model has not been trained on this cache yet. It is trained after each import.");
        break;
    case ChurnRisk::Status::Trained:
        message = tr("No churn probability for this account: the model scores live accounts only.");
        if (!model.message.isEmpty())
            message += u"\n\n"_s + model.message;
        break;
    case ChurnRisk::Status::TooFewOutcomes:
    case ChurnRisk::Status::Failed:
        message = model.message.isEmpty() ? tr("The churn model could not be trained.") : model.message;
        break;
    }
    m_churnMessage->setText(message);
    m_churnStack->setCurrentIndex(1);
}

HealthOverrideDialog *HealthPanel::openOverrideDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    if (m_accountId.isEmpty())
        return nullptr;
    auto *dialog
        = new HealthOverrideDialog(m_db, m_accountId, m_accountName.isEmpty() ? m_accountId : m_accountName,
                                   m_author, m_card.bands(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setComputedScore(m_record.score);
    if (m_record.overridden()) {
        const HealthStore::Override &o = m_record.override;
        dialog->setCurrent(o.band, o.score, o.reason, HealthOverrideDialog::lastDayOf(o.expiresAt));
    }
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        Q_EMIT healthChanged();
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

bool HealthPanel::clearOverride()
{
    if (!m_record.overridden())
        return false;
    const QMessageBox::StandardButton answer = MessageBoxes::question(
        this, tr("Clear override"),
        tr("Clear the health override of %1?").arg(m_accountName.isEmpty() ? m_accountId : m_accountName),
        tr("The account shows its computed health again. The override stays in the change journal."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return false;
    HealthStore store(m_db);
    if (!store.clearOverride(m_accountId, m_author)) {
        MessageBoxes::warning(this, tr("Override not cleared"),
                              tr("The health override could not be cleared."), store.lastError());
        reload();
        return false;
    }
    reload();
    Q_EMIT healthChanged();
    return true;
}

bool HealthPanel::computeNow()
{
    if (m_accountId.isEmpty())
        return false;
    HealthRecompute recompute(m_db, HealthRefresh::activeScorecard(m_db));
    if (!recompute.recomputeAccount(m_accountId)) {
        MessageBoxes::warning(this, tr("Health not computed"),
                              tr("The health of %1 could not be computed.")
                                  .arg(m_accountName.isEmpty() ? m_accountId : m_accountName),
                              recompute.lastError());
        return false;
    }
    reload();
    Q_EMIT healthChanged();
    if (!m_record.isValid() && m_loadError.isEmpty()) {
        m_empty->setTitle(tr("No health score for this account"));
        m_empty->setText(tr("Pitwall scores live accounts only; this one is archived or has churned."));
    }
    return m_record.isValid();
}
