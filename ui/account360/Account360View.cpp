#include "Account360View.h"

#include "Account360Icons.h"
#include "ContactEditDialog.h"
#include "HealthOverrideDialog.h"
#include "HealthPanel.h"
#include "NoteEditor.h"
#include "SentimentControl.h"
#include "TableDelegate.h"
#include "TimelineDelegate.h"
#include "UsagePanel.h"
#include "account/CrmFormat.h"
#include "common/ElidedLabel.h"
#include "common/EmptyStateWidget.h"
#include "common/Icons.h"
#include "common/Theme.h"
#include "itemmodels/CaseListModel.h"
#include "itemmodels/ContactListModel.h"
#include "itemmodels/NpsListModel.h"
#include "itemmodels/OpportunityListModel.h"
#include "itemmodels/TaskListModel.h"
#include "itemmodels/TimelineModel.h"
#include "playbooks/PlaybookPanel.h"
#include "store/Database.h"
#include "work/LocalWork.h"
#include "workspace/Workspace.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const auto settingsGroup = "Account360"_L1;
constexpr int maxOverviewTasks = 5;
constexpr int maxOverviewNps = 3;
constexpr int maxOverviewActivity = 3;
// What a fact the CRM does not have shows as.
const QString noValue = u"—"_s;

// The health tile, to assistive technology: a button ("Health: 72 · Green, ↑ 4 points")
// whose press opens the Health tab (as Enter or Space does).
class HealthTileAccessible : public QAccessibleWidget
{
public:
    explicit HealthTileAccessible(QWidget *tile)
        : QAccessibleWidget(tile, QAccessible::Button)
    { }

    QStringList actionNames() const override
    {
        return QStringList { pressAction() } + QAccessibleWidget::actionNames();
    }

    void doAction(const QString &action) override
    {
        if (action != pressAction()) {
            QAccessibleWidget::doAction(action);
            return;
        }
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Space, Qt::NoModifier, u" "_s);
        QCoreApplication::sendEvent(widget(), &press);
    }
};

QAccessibleInterface *healthTileAccessible(const QString &, QObject *object)
{
    auto *frame = qobject_cast<QFrame *>(object);
    if (frame && frame->objectName() == "healthTile"_L1 && frame->property("activatesHealthTab").toBool())
        return new HealthTileAccessible(frame);
    return nullptr;
}

// The view's own look, on top of the application's style sheet (ui/common/Theme).
const QString viewStyleSheet = uR"(
#account360Header { background: #ffffff; border-bottom: 1px solid #e1e6ed; }
QLabel#accountName { font-size: 18pt; font-weight: 600; color: #1b2430; }
QLabel#accountSubtitle { color: #5b6777; }
QLabel[role="chip"] { border-radius: 9px; padding: 2px 9px; font-size: 8.5pt; font-weight: 600;
                      background: #eef1f5; color: #4b5563; }
QLabel[role="chip"][tone="green"] { background: #e3f6e8; color: #1a6b31; }
QLabel[role="chip"][tone="yellow"] { background: #fff4d6; color: #8a5500; }
QLabel[role="chip"][tone="red"] { background: #fde8e8; color: #a40e26; }
QLabel[role="chip"][tone="blue"] { background: #e7effd; color: #1a5fd0; }
QFrame[role="tile"] { background: #f8fafc; border: 1px solid #e6ebf1; border-radius: 8px; }
QLabel[role="tileCaption"] { color: #6b7686; font-size: 8.5pt; font-weight: 600; }
QLabel[role="tileValue"] { color: #1b2430; font-size: 14pt; font-weight: 600; }
QLabel[role="tileValue"][tone="red"] { color: #cf222e; }
QLabel[role="tileValue"][tone="yellow"] { color: #b07d00; }
QLabel[role="tileValue"][tone="green"] { color: #1a7f37; }
QFrame#healthTile:hover { border-color: #8db4f7; background: #f3f7fe; }
QFrame#healthTile:focus { border: 2px solid #1f6feb; background: #f3f7fe; }
QLabel[role="tileDetail"] { color: #6b7686; font-size: 9pt; }
QLabel[role="tileDetail"][tone="red"] { color: #cf222e; font-weight: 600; }
QLabel[role="tileDetail"][tone="yellow"] { color: #9a6700; font-weight: 600; }
QLabel[role="tileDetail"][tone="green"] { color: #1a7f37; }
QLabel[role="cardTitle"] { font-size: 10.5pt; font-weight: 600; color: #1b2430; }
QLabel[role="fieldLabel"] { color: #6b7686; font-size: 8.5pt; font-weight: 600; }
QLabel[role="factValue"] { color: #1b2430; }
QLabel[role="errorText"] { color: #a40e26; }
QLabel[role="scoreBadge"] { border-radius: 13px; font-weight: 700; color: #ffffff; background: #8a94a3; }
QLabel[role="scoreBadge"][tone="green"] { background: #1a7f37; }
QLabel[role="scoreBadge"][tone="yellow"] { background: #bf8700; }
QLabel[role="scoreBadge"][tone="red"] { background: #cf222e; }
QLabel[role="comment"] { color: #3d4857; font-style: italic; }
QLabel[role="due"] { color: #5b6777; }
QLabel[role="due"][tone="red"] { color: #cf222e; font-weight: 600; }
QLabel[role="due"][tone="yellow"] { color: #9a6700; font-weight: 600; }
QTabWidget::pane { border: none; }
QTabWidget::tab-bar { left: 20px; }
QTabBar { background: transparent; }
QTabBar::tab { background: transparent; color: #5b6777; border: none; border-bottom: 2px solid transparent;
               padding: 9px 4px 7px 4px; margin-right: 18px; font-weight: 600; }
QTabBar::tab:selected { color: #1f6feb; border-bottom: 2px solid #1f6feb; }
QTabBar::tab:hover:!selected { color: #1b2430; border-bottom: 2px solid #cfd6df; }
QTabBar:focus { outline: none; }
#account360Tabs > QStackedWidget { background: #f5f7fa; border-top: 1px solid #e1e6ed; }
QPushButton[tone] { border-radius: 13px; padding: 4px 12px 4px 10px; min-height: 16px; }
QPushButton[tone="red"]:checked { background: #cf222e; border-color: #b01d27; color: #ffffff; font-weight: 600; }
QPushButton[tone="yellow"]:checked { background: #d4a72c; border-color: #bf8700; color: #ffffff; font-weight: 600; }
QPushButton[tone="green"]:checked { background: #1a7f37; border-color: #176b2f; color: #ffffff; font-weight: 600; }
QPushButton[role="filterChip"] { background: #ffffff; color: #3d4857; border: 1px solid #d5dbe3; border-radius: 13px;
                                 padding: 4px 11px; min-height: 16px; }
QPushButton[role="filterChip"]:hover { background: #f0f3f7; }
QPushButton[role="filterChip"]:checked { background: #e7effd; color: #1a5fd0; border-color: #8db4f7; }
QPushButton[role="filterChip"]:focus { border-color: #1f6feb; }
QDateEdit { padding-left: 6px; }
QDateEdit QLineEdit { border: none; padding: 0; background: transparent; }
QToolButton[role="link"] { border: none; background: transparent; color: #1f6feb; padding: 2px 0; }
QToolButton[role="link"]:hover { text-decoration: underline; }
QPlainTextEdit#noteText { background: #ffffff; border: 1px solid #cfd6df; border-radius: 6px; padding: 4px 6px;
                          selection-background-color: #1f6feb; }
QPlainTextEdit#noteText:focus { border-color: #1f6feb; }
QListView#timelineList { background: #ffffff; border: none; outline: 0; }
QScrollArea { background: transparent; }
#overviewContent, #usageContent { background: transparent; }
)"_s;

void setTone(QWidget *widget, const char *tone)
{
    widget->setProperty("tone", QString::fromLatin1(tone));
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

// The traffic-light colour of a CRM status or lifecycle code.
const char *toneOf(const QString &code)
{
    const QString s = code.toLower();
    if (s.contains("churn"_L1) || s.contains("lost"_L1) || s.contains("cancel"_L1)
        || s.contains("inactive"_L1))
        return "red";
    if (s.contains("risk"_L1) || s.contains("hold"_L1) || s.contains("warn"_L1))
        return "yellow";
    if (s.contains("active"_L1) || s.contains("adoption"_L1) || s.contains("expansion"_L1)
        || s.contains("live"_L1) || s.contains("healthy"_L1))
        return "green";
    if (s.contains("onboard"_L1) || s.contains("renewal"_L1) || s.contains("implement"_L1)
        || s.contains("trial"_L1) || s.contains("prospect"_L1))
        return "blue";
    return "";
}

// Initials in a disc whose colour follows the name, like a contact card.
QPixmap avatarPixmap(const QString &name, int size, qreal ratio)
{
    static const QColor palette[]
        = { QColor(0x1f, 0x6f, 0xeb), QColor(0x82, 0x50, 0xdf), QColor(0x1a, 0x7f, 0x37),
            QColor(0xbf, 0x39, 0x89), QColor(0x0e, 0x7c, 0x86), QColor(0xbc, 0x4c, 0x00) };
    QString initials;
    const QStringList words = name.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (initials.size() >= 2)
            break;
        const QChar first = word.at(0);
        if (first.isLetterOrNumber())
            initials += first.toUpper();
        // Chinese names read from one character.
        if (first.script() == QChar::Script_Han)
            break;
    }
    if (initials.isEmpty())
        initials = u"?"_s;
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(palette[qHash(name) % std::size(palette)]);
    p.drawRoundedRect(QRectF(0, 0, size, size), size * 0.28, size * 0.28);
    QFont font = p.font();
    font.setPixelSize(int(size * 0.38));
    font.setWeight(QFont::DemiBold);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, initials);
    return pixmap;
}

QPixmap dotPixmap(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return pixmap;
}

QString linkHtml(const QString &href, const QString &text)
{
    return u"<a href=\"%1\" style=\"color:#1f6feb; text-decoration:none\">%2</a>"_s.arg(href.toHtmlEscaped(),
                                                                                        text.toHtmlEscaped());
}

} // namespace

Account360View::Account360View(Database &db, Workspace &workspace, const QString &accountId, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_workspace(&workspace)
    , m_author(workspace.author())
    , m_accountId(accountId)
    , m_contacts(new ContactListModel(db, this))
    , m_timeline(new TimelineModel(db, this))
    , m_recent(new TimelineModel(db, this))
    , m_cases(new CaseListModel(db, this))
    , m_nps(new NpsListModel(db, this))
    , m_opportunities(new OpportunityListModel(db, this))
    , m_tasks(new TaskListModel(db, this))
{
    setObjectName(u"account360View"_s);
    setStyleSheet(viewStyleSheet);
    m_profile = AccountProfile::load(m_db, m_accountId, &m_loadError);
    m_tasks->setWorkspace(&workspace);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(createHeader());

    m_tabs = new QTabWidget(content);
    m_tabs->setObjectName(u"account360Tabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->addTab(createOverviewTab(), tr("Overview"));
    m_health = new HealthPanel(m_db, author(), m_tabs);
    auto *healthPage = new QWidget(m_tabs);
    auto *healthLayout = new QVBoxLayout(healthPage);
    healthLayout->setContentsMargins(20, 14, 20, 16);
    healthLayout->addWidget(m_health);
    m_tabs->addTab(healthPage, tr("Health"));
    m_tabs->addTab(createTimelineTab(), tr("Timeline"));
    m_usage = new UsagePanel(m_db, m_tabs);
    auto *usagePage = new QWidget(m_tabs);
    auto *usageLayout = new QVBoxLayout(usagePage);
    usageLayout->setContentsMargins(20, 14, 20, 16);
    usageLayout->addWidget(m_usage);
    m_tabs->addTab(usagePage, tr("Usage"));
    m_tabs->addTab(createTasksTab(), tr("Tasks"));

    m_casesTable = new QTableView(m_tabs);
    m_casesTable->setObjectName(u"casesTable"_s);
    m_casesSummary = new QLabel(m_tabs);
    m_casesSummary->setObjectName(u"casesSummary"_s);
    m_casesStack = new QStackedWidget(m_tabs);
    m_noCases = new EmptyStateWidget(m_tabs);
    m_noCases->setObjectName(u"noCasesState"_s);
    m_noCases->setIcon(Account360Icons::icon(Account360Icons::Glyph::Case, Theme::accent()));
    m_noCases->setTitle(tr("No support cases"));
    m_noCases->setText(tr("This account has not opened a support case, or the CRM export has none for it."));
    configureTable(m_casesTable, m_cases);
    m_tabs->addTab(createTableTab(m_casesTable, m_casesSummary, m_casesStack, m_noCases), tr("Cases"));

    m_npsTable = new QTableView(m_tabs);
    m_npsTable->setObjectName(u"npsTable"_s);
    m_npsSummary = new QLabel(m_tabs);
    m_npsSummary->setObjectName(u"npsSummary"_s);
    m_npsStack = new QStackedWidget(m_tabs);
    m_noNps = new EmptyStateWidget(m_tabs);
    m_noNps->setObjectName(u"noNpsState"_s);
    m_noNps->setIcon(Account360Icons::icon(Account360Icons::Glyph::Nps, Theme::accent()));
    m_noNps->setTitle(tr("No NPS responses"));
    m_noNps->setText(tr("Nobody at this account has answered an NPS survey yet."));
    configureTable(m_npsTable, m_nps);
    // Comments are the point of this list: let them wrap.
    m_npsTable->setWordWrap(true);
    m_npsTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tabs->addTab(createTableTab(m_npsTable, m_npsSummary, m_npsStack, m_noNps), tr("NPS"));

    m_opportunitiesTable = new QTableView(m_tabs);
    m_opportunitiesTable->setObjectName(u"opportunitiesTable"_s);
    m_opportunitiesSummary = new QLabel(m_tabs);
    m_opportunitiesSummary->setObjectName(u"opportunitiesSummary"_s);
    m_opportunitiesStack = new QStackedWidget(m_tabs);
    m_noOpportunities = new EmptyStateWidget(m_tabs);
    m_noOpportunities->setObjectName(u"noOpportunitiesState"_s);
    m_noOpportunities->setIcon(Account360Icons::icon(Account360Icons::Glyph::Opportunity, Theme::accent()));
    m_noOpportunities->setTitle(tr("No opportunities"));
    m_noOpportunities->setText(
        tr("The CRM has no renewal, expansion or new-business opportunity for this account."));
    configureTable(m_opportunitiesTable, m_opportunities);
    m_tabs->addTab(
        createTableTab(m_opportunitiesTable, m_opportunitiesSummary, m_opportunitiesStack, m_noOpportunities),
        tr("Opportunities"));
    m_playbooks = new PlaybookPanel(m_db, &workspace, m_tabs);
    auto *playbooksPage = new QWidget(m_tabs);
    auto *playbooksLayout = new QVBoxLayout(playbooksPage);
    playbooksLayout->setContentsMargins(20, 14, 20, 16);
    playbooksLayout->addWidget(m_playbooks);
    m_tabs->addTab(playbooksPage, tr("Playbooks"));
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabToolTip(i, tr("Ctrl+%1").arg(i + 1));
    contentLayout->addWidget(m_tabs, 1);

    m_missing = new EmptyStateWidget(this);
    m_missing->setObjectName(u"accountMissingState"_s);
    m_missing->setIcon(Account360Icons::icon(Account360Icons::Glyph::Missing, Theme::accent()));
    m_missing->setTitle(tr("Account not found"));

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(content);
    m_pages->addWidget(m_missing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    setFocusProxy(m_tabs->tabBar());
    createShortcuts();

    connect(&workspace, &Workspace::userChanged, this, [this] {
        m_author = m_workspace->author();
        m_noteEditor->setAuthor(m_author);
        m_sentiment->setAuthor(m_author);
        m_health->setAuthor(m_author);
    });
    connect(m_health, &HealthPanel::healthChanged, this, &Account360View::updateHealthTile);
    connect(m_noteEditor, &NoteEditor::noteSaved, this, &Account360View::onNoteChanged);
    connect(m_noteEditor, &NoteEditor::noteRemoved, this, &Account360View::onNoteChanged);
    connect(m_timeline, &TimelineModel::countsChanged, this, [this] {
        updateTimelineState();
        updateTabTitles();
    });
    connect(m_recent, &TimelineModel::countsChanged, this, &Account360View::updateOverviewLists);
    connect(m_recent, &QAbstractItemModel::dataChanged, this, &Account360View::updateOverviewLists);
    connect(m_tasks, &TaskListModel::countsChanged, this, [this] {
        updateTableStates();
        updateOverviewLists();
        updateTabTitles();
    });
    connect(m_tasks, &QAbstractItemModel::dataChanged, this, [this] {
        updateOverviewLists();
        updateTabTitles();
    });
    connect(m_tasks, &TaskListModel::editFailed, this, [this](const QString &message) {
        m_taskError->setText(message);
        m_taskError->setVisible(true);
    });

    connect(m_playbooks, &PlaybookPanel::playbooksChanged, this, &Account360View::updateTabTitles);

    reload();
}

Account360View::~Account360View()
{
    // Write what is being typed while the view is whole; closing the window later moves
    // the focus and must not call back into a view half torn down.
    m_noteEditor->flush();
    m_sentiment->flush();
    m_playbooks->flush();
    for (QObject *sender : std::initializer_list<QObject *> { m_noteEditor, m_sentiment, m_timeline, m_recent,
                                                              m_tasks, m_health, m_playbooks })
        sender->disconnect(this);
}

void Account360View::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!isAncestorOf(QApplication::focusWidget()))
        setFocus(Qt::OtherFocusReason);
}

QString Account360View::title() const
{
    return m_profile.isValid() && !m_profile.name.isEmpty() ? m_profile.name : m_accountId;
}

// ---- Building ---------------------------------------------------------------------

QWidget *Account360View::createHeader()
{
    auto *header = new QFrame(this);
    header->setObjectName(u"account360Header"_s);
    header->setAttribute(Qt::WA_StyledBackground);

    m_avatar = new QLabel(header);
    m_avatar->setFixedSize(52, 52);
    m_name = new QLabel(header);
    m_name->setObjectName(u"accountName"_s);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lifecycleChip = Theme::label({}, "chip", header);
    m_lifecycleChip->setObjectName(u"lifecycleChip"_s);
    m_statusChip = Theme::label({}, "chip", header);
    m_statusChip->setObjectName(u"statusChip"_s);
    m_archivedChip = Theme::label(tr("Archived"), "chip", header);
    m_archivedChip->setObjectName(u"archivedChip"_s);
    m_archivedChip->setToolTip(
        tr("Missing from the last full CRM export; kept here with its notes and tasks."));
    m_subtitle = new QLabel(header);
    m_subtitle->setObjectName(u"accountSubtitle"_s);
    m_subtitle->setTextFormat(Qt::RichText);
    m_subtitle->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_subtitle->setOpenExternalLinks(false);
    connect(m_subtitle, &QLabel::linkActivated, this, &Account360View::onLinkActivated);

    auto *nameRow = new QHBoxLayout;
    nameRow->setSpacing(8);
    nameRow->addWidget(m_name);
    nameRow->addSpacing(4);
    nameRow->addWidget(m_lifecycleChip, 0, Qt::AlignVCenter);
    nameRow->addWidget(m_statusChip, 0, Qt::AlignVCenter);
    nameRow->addWidget(m_archivedChip, 0, Qt::AlignVCenter);
    nameRow->addStretch();
    m_qbrButton = new QPushButton(Icons::qbr(Theme::text()), tr("Prepare &QBR"), header);
    m_qbrButton->setObjectName(u"prepareQbrButton"_s);
    m_qbrButton->setToolTip(tr("Prepare this account's quarterly business review"));
    connect(m_qbrButton, &QPushButton::clicked, this, [this] { Q_EMIT qbrRequested(m_accountId); });
    nameRow->addWidget(m_qbrButton, 0, Qt::AlignVCenter);

    auto *identity = new QVBoxLayout;
    identity->setSpacing(2);
    identity->addLayout(nameRow);
    identity->addWidget(m_subtitle);

    m_sentiment = new SentimentControl(m_db, author(), m_accountId, header);
    m_sentiment->setFixedWidth(330);
    for (const auto &[level, color] : { std::pair { LocalWork::Sentiment::Red, Theme::danger() },
                                        std::pair { LocalWork::Sentiment::Yellow, QColor(0xd4, 0xa7, 0x2c) },
                                        std::pair { LocalWork::Sentiment::Green, Theme::success() } }) {
        if (QAbstractButton *button = m_sentiment->button(level)) {
            // A coloured dot, white on the coloured button once chosen.
            QIcon icon;
            icon.addPixmap(dotPixmap(color), QIcon::Normal, QIcon::Off);
            icon.addPixmap(dotPixmap(Qt::white), QIcon::Normal, QIcon::On);
            button->setIcon(icon);
        }
    }

    auto *top = new QHBoxLayout;
    top->setSpacing(14);
    top->addWidget(m_avatar, 0, Qt::AlignTop);
    top->addLayout(identity, 1);
    top->addSpacing(12);
    top->addWidget(m_sentiment, 0, Qt::AlignTop);

    m_arrTile = createTile(tr("ARR"), u"arrTile"_s);
    m_renewalTile = createTile(tr("Renewal"), u"renewalTile"_s);
    m_healthTile = createTile(tr("Health"), u"healthTile"_s);
    // The tile opens the Health tab: a click, or Tab to it and Enter or Space. To
    // assistive technology it is a button (healthTileAccessible).
    static const bool accessibleTile = [] {
        QAccessible::installFactory(healthTileAccessible);
        return true;
    }();
    m_healthTile.frame->setProperty("activatesHealthTab", accessibleTile);
    m_healthTile.frame->setAttribute(Qt::WA_Hover);
    m_healthTile.frame->setCursor(Qt::PointingHandCursor);
    m_healthTile.frame->setFocusPolicy(Qt::StrongFocus);
    m_healthTile.frame->installEventFilter(this);
    m_healthTile.value->setTextInteractionFlags(Qt::NoTextInteraction);
    // Its detail (trend, override) elides rather than widen the header.
    m_healthTileDetail = new ElidedLabel(Qt::ElideRight, m_healthTile.frame);
    m_healthTileDetail->setObjectName(u"healthTileDetail"_s);
    Theme::setRole(m_healthTileDetail, "tileDetail");
    delete m_healthTile.frame->layout()->replaceWidget(m_healthTile.detail, m_healthTileDetail);
    delete m_healthTile.detail;
    m_healthTile.detail = m_healthTileDetail;
    m_segmentTile = createTile(tr("Segment"), u"segmentTile"_s);
    m_licencesTile = createTile(tr("Licences"), u"licencesTile"_s);
    m_npsTile = createTile(tr("NPS (12 months)"), u"npsTile"_s);
    m_casesTile = createTile(tr("Open cases"), u"casesTile"_s);
    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(10);
    for (const Tile *tile : { &m_arrTile, &m_renewalTile, &m_healthTile, &m_segmentTile, &m_licencesTile,
                              &m_npsTile, &m_casesTile })
        tiles->addWidget(tile->frame, 1);

    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(24, 18, 24, 16);
    layout->setSpacing(14);
    layout->addLayout(top);
    layout->addLayout(tiles);
    return header;
}

Account360View::Tile Account360View::createTile(const QString &caption, const QString &objectName)
{
    Tile tile;
    tile.frame = new QFrame(this);
    tile.frame->setObjectName(objectName);
    Theme::setRole(tile.frame, "tile");
    auto *captionLabel = Theme::label(caption.toUpper(), "tileCaption", tile.frame);
    tile.value = Theme::label({}, "tileValue", tile.frame);
    tile.value->setObjectName(objectName + u"Value"_s);
    tile.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tile.detail = Theme::label({}, "tileDetail", tile.frame);
    tile.detail->setObjectName(objectName + u"Detail"_s);
    auto *layout = new QVBoxLayout(tile.frame);
    layout->setContentsMargins(12, 9, 12, 9);
    layout->setSpacing(1);
    layout->addWidget(captionLabel);
    layout->addWidget(tile.value);
    layout->addWidget(tile.detail);
    return tile;
}

QWidget *Account360View::createOverviewTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"overviewContent"_s);

    // Left: the profile facts and the people.
    auto *profileCard = Theme::card(page);
    profileCard->setObjectName(u"profileCard"_s);
    m_factsGrid = new QGridLayout;
    m_factsGrid->setHorizontalSpacing(14);
    m_factsGrid->setVerticalSpacing(7);
    auto *profileLayout = new QVBoxLayout(profileCard);
    profileLayout->setContentsMargins(16, 12, 16, 14);
    profileLayout->setSpacing(10);
    profileLayout->addWidget(Theme::label(tr("Profile"), "cardTitle", profileCard));
    profileLayout->addLayout(m_factsGrid);

    auto *contactsCard = Theme::card(page);
    contactsCard->setObjectName(u"contactsCard"_s);
    m_contactsTable = new QTableView(contactsCard);
    m_contactsTable->setObjectName(u"contactsTable"_s);
    configureTable(m_contactsTable, m_contacts);
    auto *noContacts
        = Theme::label(tr("No contacts for this account in the CRM export."), "muted", contactsCard);
    noContacts->setObjectName(u"noContactsLabel"_s);
    noContacts->setAlignment(Qt::AlignCenter);
    m_contactsStack = new QStackedWidget(contactsCard);
    m_contactsStack->addWidget(m_contactsTable);
    {
        auto *edit = new QAction(tr("Edit Role and Title…"), m_contactsTable);
        edit->setObjectName(u"actionEditContact"_s);
        edit->setShortcut(Qt::Key_F2);
        edit->setShortcutContext(Qt::WidgetShortcut);
        m_contactsTable->addAction(edit);
        m_contactsTable->setContextMenuPolicy(Qt::ActionsContextMenu);
        m_contactsTable->setToolTip(tr("Double-click or press F2 to edit a contact's role and title"));
        connect(edit, &QAction::triggered, this, [this] { editContact(m_contactsTable->currentIndex()); });
        connect(m_contactsTable, &QTableView::activated, this, &Account360View::editContact);
    }
    m_contactsStack->addWidget(noContacts);
    auto *contactsLayout = new QVBoxLayout(contactsCard);
    contactsLayout->setContentsMargins(1, 12, 1, 1);
    contactsLayout->setSpacing(6);
    auto *contactsTitle = Theme::label(tr("Contacts"), "cardTitle", contactsCard);
    contactsTitle->setContentsMargins(15, 0, 15, 0);
    contactsLayout->addWidget(contactsTitle);
    contactsLayout->addWidget(m_contactsStack, 1);

    auto *left = new QWidget(page);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(14);
    leftLayout->addWidget(profileCard);
    leftLayout->addWidget(contactsCard, 1);

    // Right: what needs doing, and what the customer said.
    auto *tasksCard = Theme::card(page);
    tasksCard->setObjectName(u"openTasksCard"_s);
    auto *tasksLayout = new QVBoxLayout(tasksCard);
    tasksLayout->setContentsMargins(16, 12, 16, 12);
    tasksLayout->setSpacing(8);
    auto *allTasks = new QToolButton(tasksCard);
    allTasks->setText(tr("All tasks"));
    Theme::setRole(allTasks, "link");
    allTasks->setCursor(Qt::PointingHandCursor);
    connect(allTasks, &QToolButton::clicked, this, [this] { showTab(TasksTab); });
    auto *tasksTitleRow = new QHBoxLayout;
    tasksTitleRow->addWidget(Theme::label(tr("Open tasks"), "cardTitle", tasksCard));
    tasksTitleRow->addStretch();
    tasksTitleRow->addWidget(allTasks);
    tasksLayout->addLayout(tasksTitleRow);
    m_openTasksList = new QVBoxLayout;
    m_openTasksList->setSpacing(6);
    tasksLayout->addLayout(m_openTasksList);

    auto *npsCard = Theme::card(page);
    npsCard->setObjectName(u"latestNpsCard"_s);
    auto *npsLayout = new QVBoxLayout(npsCard);
    npsLayout->setContentsMargins(16, 12, 16, 12);
    npsLayout->setSpacing(8);
    auto *allNps = new QToolButton(npsCard);
    allNps->setText(tr("All responses"));
    Theme::setRole(allNps, "link");
    allNps->setCursor(Qt::PointingHandCursor);
    connect(allNps, &QToolButton::clicked, this, [this] { showTab(NpsTab); });
    auto *npsTitleRow = new QHBoxLayout;
    npsTitleRow->addWidget(Theme::label(tr("Latest NPS"), "cardTitle", npsCard));
    npsTitleRow->addStretch();
    npsTitleRow->addWidget(allNps);
    npsLayout->addLayout(npsTitleRow);
    m_latestNpsList = new QVBoxLayout;
    m_latestNpsList->setSpacing(10);
    npsLayout->addLayout(m_latestNpsList);

    auto *recentCard = Theme::card(page);
    recentCard->setObjectName(u"recentActivityCard"_s);
    auto *recentLayout = new QVBoxLayout(recentCard);
    recentLayout->setContentsMargins(16, 12, 16, 12);
    recentLayout->setSpacing(8);
    auto *allActivity = new QToolButton(recentCard);
    allActivity->setText(tr("Open timeline"));
    Theme::setRole(allActivity, "link");
    allActivity->setCursor(Qt::PointingHandCursor);
    connect(allActivity, &QToolButton::clicked, this, [this] { showTab(TimelineTab); });
    auto *recentTitleRow = new QHBoxLayout;
    recentTitleRow->addWidget(Theme::label(tr("Recent activity"), "cardTitle", recentCard));
    recentTitleRow->addStretch();
    recentTitleRow->addWidget(allActivity);
    recentLayout->addLayout(recentTitleRow);
    m_recentList = new QVBoxLayout;
    m_recentList->setSpacing(8);
    recentLayout->addLayout(m_recentList);

    auto *right = new QWidget(page);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(14);
    rightLayout->addWidget(tasksCard);
    rightLayout->addWidget(npsCard);
    rightLayout->addWidget(recentCard);
    rightLayout->addStretch();
    auto *rightScroll = new QScrollArea(page);
    rightScroll->setWidgetResizable(true);
    rightScroll->setFrameShape(QFrame::NoFrame);
    rightScroll->setWidget(right);
    rightScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_overviewSplitter = new QSplitter(Qt::Horizontal, page);
    m_overviewSplitter->setObjectName(u"overviewSplitter"_s);
    m_overviewSplitter->setChildrenCollapsible(false);
    m_overviewSplitter->setHandleWidth(14);
    m_overviewSplitter->addWidget(left);
    m_overviewSplitter->addWidget(rightScroll);
    // The facts and contacts take what the side column leaves.
    m_overviewSplitter->setStretchFactor(0, 1);
    m_overviewSplitter->setStretchFactor(1, 0);
    m_overviewSplitter->setSizes({ 900, 350 });
    left->setMinimumWidth(420);
    right->setMinimumWidth(300);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(m_overviewSplitter);
    return page;
}

QWidget *Account360View::createTimelineTab()
{
    auto *page = new QWidget(this);

    auto *editorCard = Theme::card(page);
    editorCard->setObjectName(u"noteEditorCard"_s);
    m_noteEditor = new NoteEditor(m_db, author(), m_accountId, editorCard);
    auto *editorLayout = new QVBoxLayout(editorCard);
    editorLayout->setContentsMargins(1, 1, 1, 1);
    editorLayout->addWidget(m_noteEditor);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    m_allChip = new QPushButton(page);
    m_allChip->setObjectName(u"timelineFilter_all"_s);
    m_allChip->setCheckable(true);
    m_allChip->setChecked(true);
    Theme::setRole(m_allChip, "filterChip");
    filters->addWidget(m_allChip);
    connect(m_allChip, &QPushButton::clicked, this, [this] {
        for (QPushButton *chip : std::as_const(m_filterChips))
            chip->setChecked(false);
        applyTimelineFilter();
    });
    for (const QString &type : TimelineModel::types()) {
        auto *chip = new QPushButton(page);
        chip->setObjectName(u"timelineFilter_"_s + type);
        chip->setCheckable(true);
        chip->setProperty("timelineType", type);
        chip->setIcon(
            Account360Icons::icon(Account360Icons::glyphForType(type), Account360Icons::colorForType(type)));
        Theme::setRole(chip, "filterChip");
        connect(chip, &QPushButton::clicked, this, &Account360View::applyTimelineFilter);
        m_filterChips << chip;
        filters->addWidget(chip);
    }
    filters->addStretch();
    m_timelineCount = Theme::label({}, "muted", page);
    m_timelineCount->setObjectName(u"timelineCount"_s);
    filters->addWidget(m_timelineCount);

    m_timelineView = new QListView(page);
    m_timelineView->setObjectName(u"timelineList"_s);
    m_timelineView->setModel(m_timeline);
    m_timelineView->setItemDelegate(new TimelineDelegate(m_timelineView));
    m_timelineView->setFrameShape(QFrame::NoFrame);
    m_timelineView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_timelineView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timelineView->setMouseTracking(true);
    m_timelineView->setUniformItemSizes(false);
    m_timelineView->setAccessibleName(tr("Timeline"));
    connect(m_timelineView, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (index.data(TimelineModel::IsLocalNoteRole).toBool()) {
            m_noteEditor->editNote(index.data(TimelineModel::NoteIdRole).toString());
            m_noteEditor->focusEditor();
        }
    });
    connect(m_timelineView, &QListView::activated, this, [this](const QModelIndex &index) {
        if (index.data(TimelineModel::IsLocalNoteRole).toBool()) {
            m_noteEditor->editNote(index.data(TimelineModel::NoteIdRole).toString());
            m_noteEditor->focusEditor();
        }
    });

    m_noTimeline = new EmptyStateWidget(page);
    m_noTimeline->setObjectName(u"noTimelineState"_s);
    m_noTimeline->setIcon(Account360Icons::icon(Account360Icons::Glyph::Timeline, Theme::accent()));
    QPushButton *showAll = m_noTimeline->addButton(tr("Show all types"));
    showAll->setObjectName(u"timelineShowAll"_s);
    connect(showAll, &QPushButton::clicked, this, [this] { m_allChip->click(); });

    auto *listCard = Theme::card(page);
    listCard->setObjectName(u"timelineCard"_s);
    m_timelineStack = new QStackedWidget(listCard);
    m_timelineStack->addWidget(m_timelineView);
    m_timelineStack->addWidget(m_noTimeline);
    auto *listLayout = new QVBoxLayout(listCard);
    listLayout->setContentsMargins(1, 1, 1, 1);
    listLayout->addWidget(m_timelineStack);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(editorCard);
    layout->addLayout(filters);
    layout->addWidget(listCard, 1);
    return page;
}

QWidget *Account360View::createTasksTab()
{
    auto *page = new QWidget(this);

    m_taskTitle = new QLineEdit(page);
    m_taskTitle->setObjectName(u"newTaskTitle"_s);
    m_taskTitle->setPlaceholderText(tr("Add a task for this account — what needs doing?"));
    m_taskTitle->setAccessibleName(tr("New task"));
    m_taskDue = new QDateEdit(page);
    m_taskDue->setObjectName(u"newTaskDue"_s);
    m_taskDue->setCalendarPopup(true);
    m_taskDue->setMinimumDate(QDate(2000, 1, 1));
    m_taskDue->setSpecialValueText(tr("No due date"));
    m_taskDue->setDate(m_taskDue->minimumDate());
    m_taskDue->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_taskDue->setToolTip(tr("Due date (optional)"));
    m_taskDue->setAccessibleName(tr("Due date"));
    m_taskDue->setMinimumHeight(m_taskTitle->sizeHint().height());
    m_addTaskButton = new QPushButton(tr("Add task"), page);
    m_addTaskButton->setObjectName(u"addTaskButton"_s);
    Theme::setRole(m_addTaskButton, "primary");
    m_addTaskButton->setEnabled(false);
    connect(m_taskTitle, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_addTaskButton->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_taskTitle, &QLineEdit::returnPressed, this, &Account360View::addTask);
    connect(m_addTaskButton, &QPushButton::clicked, this, &Account360View::addTask);
    m_taskError = Theme::label({}, "errorText", page);
    m_taskError->setObjectName(u"taskError"_s);
    m_taskError->setVisible(false);

    auto *addRow = new QHBoxLayout;
    addRow->setSpacing(8);
    addRow->addWidget(m_taskTitle, 1);
    addRow->addWidget(m_taskDue);
    addRow->addWidget(m_addTaskButton);

    m_tasksTable = new QTableView(page);
    m_tasksTable->setObjectName(u"tasksTable"_s);
    configureTable(m_tasksTable, m_tasks);
    m_tasksTable->setSortingEnabled(false);
    m_tasksTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tasksTable->setColumnHidden(TaskListModel::Account, true);
    auto *noTasks = new EmptyStateWidget(page);
    noTasks->setObjectName(u"noTasksState"_s);
    noTasks->setIcon(Account360Icons::icon(Account360Icons::Glyph::Task, Theme::accent()));
    noTasks->setTitle(tr("No tasks for this account"));
    noTasks->setText(
        tr("Type a task above and press Enter. Tasks are saved at once and kept with the account."));
    m_tasksStack = new QStackedWidget(page);
    m_tasksStack->addWidget(m_tasksTable);
    m_tasksStack->addWidget(noTasks);
    auto *card = Theme::card(page);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(1, 1, 1, 1);
    cardLayout->addWidget(m_tasksStack);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(addRow);
    layout->addWidget(m_taskError);
    layout->addWidget(card, 1);
    return page;
}

QWidget *Account360View::createTableTab(QTableView *table, QLabel *summary, QStackedWidget *stack,
                                        EmptyStateWidget *empty)
{
    auto *page = new QWidget(this);
    Theme::setRole(summary, "subtitle");
    summary->setTextFormat(Qt::RichText);
    stack->addWidget(table);
    stack->addWidget(empty);
    auto *card = Theme::card(page);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(1, 1, 1, 1);
    cardLayout->addWidget(stack);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(20, 14, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(summary);
    layout->addWidget(card, 1);
    return page;
}

void Account360View::configureTable(QTableView *table, QAbstractItemModel *model)
{
    if (model == m_tasks) {
        table->setModel(model);
    } else {
        auto *proxy = new QSortFilterProxyModel(table);
        proxy->setSourceModel(model);
        proxy->setSortRole(Qt::UserRole); // every model's RawRole
        proxy->setSortLocaleAware(true);
        table->setModel(proxy);
        table->setSortingEnabled(true);
        // Keep the model's own order until a header is clicked.
        table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        proxy->sort(-1);
    }
    table->setFrameShape(QFrame::NoFrame);
    table->setShowGrid(false);
    // Tab leaves the table (arrows move inside it): the tabs stay reachable by keyboard.
    table->setTabKeyNavigation(false);
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(32);
    QHeaderView *header = table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setMinimumSectionSize(48);

    // Starting widths: typical content or the column's title, whichever is wider, and one
    // column that takes the rest. The user's own widths are restored over these.
    const QFontMetrics metrics(table->font());
    QFont headerFont = header->font();
    headerFont.setWeight(QFont::DemiBold);
    const QFontMetrics headerMetrics(headerFont);
    auto fit = [&](int column, const QString &sample) {
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        table->setColumnWidth(
            column,
            qMax(metrics.horizontalAdvance(sample) + 2 * TableDelegate::cellPadding + 6,
                 headerMetrics.horizontalAdvance(title) + 2 * TableDelegate::cellPadding + 18));
    };
    // A pill is drawn in a smaller bold font inside its own padding.
    auto fitPill = [&](int column, const QString &sample) {
        QFont pillFont = table->font();
        pillFont.setPointSizeF(pillFont.pointSizeF() * 0.9);
        pillFont.setWeight(QFont::DemiBold);
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        table->setColumnWidth(
            column,
            qMax(QFontMetrics(pillFont).horizontalAdvance(sample) + 18 + 2 * TableDelegate::cellPadding + 4,
                 headerMetrics.horizontalAdvance(title) + 2 * TableDelegate::cellPadding + 18));
    };
    auto stretch = [header](int column) {
        header->setStretchLastSection(false);
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    };
    auto outcomeTone = [](const QModelIndex &index) {
        switch (static_cast<OpportunityListModel::Outcome>(
            index.data(OpportunityListModel::OutcomeRole).toInt())) {
        case OpportunityListModel::Outcome::Won:
            return u"green"_s;
        case OpportunityListModel::Outcome::Lost:
            return u"red"_s;
        case OpportunityListModel::Outcome::Open:
            break;
        }
        return u"blue"_s;
    };
    auto npsTone = [](const QModelIndex &index) {
        switch (static_cast<NpsListModel::Category>(index.data(NpsListModel::CategoryRole).toInt())) {
        case NpsListModel::Category::Promoter:
            return u"green"_s;
        case NpsListModel::Category::Passive:
            return u"yellow"_s;
        case NpsListModel::Category::Detractor:
            return u"red"_s;
        case NpsListModel::Category::None:
            break;
        }
        return QString();
    };

    const QString date = CrmFormat::date(QDate(2025, 12, 28));
    if (model == m_tasks) {
        // The check box keeps the standard delegate; the text columns get padding, and
        // an overdue or due-today date a red or yellow badge.
        auto *delegate = new TableDelegate(table);
        delegate->setPillColumn(TaskListModel::Due, [](const QModelIndex &index) {
            if (index.data(TaskListModel::OverdueRole).toBool())
                return u"red"_s;
            if (index.data(TaskListModel::DueTodayRole).toBool())
                return u"yellow"_s;
            return u"plain"_s;
        });
        delegate->setMutedRows(
            [](const QModelIndex &index) { return index.data(TaskListModel::DoneRole).toBool(); });
        table->setItemDelegate(delegate);
        fit(TaskListModel::Done, u"    "_s);
        fit(TaskListModel::Title, u"Prepare the quarterly business review deck for the CFO"_s);
        fitPill(TaskListModel::Due, date);
        return;
    }
    auto *delegate = new TableDelegate(table);
    table->setItemDelegate(delegate);
    if (model == m_contacts) {
        fit(ContactListModel::Name, u"Alexandra Martin"_s);
        fit(ContactListModel::Title, u"Head of Operations"_s);
        fitPill(ContactListModel::Role, CrmFormat::contactRoleLabel(u"executive_sponsor"_s));
        fit(ContactListModel::Email, u"alexandra.m@acme.example"_s);
        fit(ContactListModel::Phone, u"+1 555 010 0199"_s);
        fit(ContactListModel::LastActivity, date);
        stretch(ContactListModel::Email);
        delegate->setPillColumn(ContactListModel::Role, [](const QModelIndex &index) {
            if (index.data(ContactListModel::LeftRole).toBool())
                return QString();
            const QString role = index.data(ContactListModel::RoleCodeRole).toString();
            if (role == "champion"_L1)
                return u"green"_s;
            if (role == "executive_sponsor"_L1)
                return u"purple"_s;
            if (role == "decision_maker"_L1)
                return u"blue"_s;
            return QString();
        });
        delegate->setMutedColumn(ContactListModel::Phone);
    } else if (model == m_cases) {
        fit(CaseListModel::Number, u"00012345"_s);
        fit(CaseListModel::Subject, u"Single sign-on fails for new users"_s);
        fitPill(CaseListModel::Status, CrmFormat::codeLabel(u"escalated"_s));
        fitPill(CaseListModel::Priority, CrmFormat::codeLabel(u"medium"_s));
        fit(CaseListModel::Opened, date);
        fit(CaseListModel::Closed, date);
        fit(CaseListModel::Csat, u"5 / 5"_s);
        stretch(CaseListModel::Subject);
        delegate->setMutedColumn(CaseListModel::Number);
        delegate->setPillColumn(CaseListModel::Status, [](const QModelIndex &index) {
            return index.data(CaseListModel::IsOpenRole).toBool() ? u"blue"_s : QString();
        });
        delegate->setPillColumn(CaseListModel::Priority, [](const QModelIndex &index) {
            const int rank
                = CaseListModel::priorityRank(index.data(CaseListModel::PriorityCodeRole).toString());
            return rank >= 3 ? u"red"_s : rank == 2 ? u"yellow"_s : QString();
        });
    } else if (model == m_nps) {
        fit(NpsListModel::Date, date);
        fit(NpsListModel::Contact, u"Alexandra Montgomery"_s);
        fit(NpsListModel::Score, u"10"_s);
        fitPill(NpsListModel::Group, NpsListModel::categoryLabel(NpsListModel::Category::Detractor));
        delegate->setPillColumn(NpsListModel::Score, npsTone);
        delegate->setPillColumn(NpsListModel::Group, npsTone);
    } else if (model == m_opportunities) {
        fit(OpportunityListModel::Name, u"Acme Corp Renewal FY2026"_s);
        fit(OpportunityListModel::Type, CrmFormat::codeLabel(u"new_business"_s));
        fit(OpportunityListModel::Stage, CrmFormat::codeLabel(u"needs_analysis"_s));
        fit(OpportunityListModel::Amount, u"US$1,250,000"_s);
        fit(OpportunityListModel::CloseDate, date);
        fitPill(OpportunityListModel::Result,
                OpportunityListModel::outcomeLabel(OpportunityListModel::Outcome::Open));
        stretch(OpportunityListModel::Name);
        delegate->setPillColumn(OpportunityListModel::Result, outcomeTone);
    }
}

void Account360View::createShortcuts()
{
    auto addShortcut = [this](const QKeySequence &keys, const QString &text, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    const Qt::Key digits[] = { Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5,
                               Qt::Key_6, Qt::Key_7, Qt::Key_8, Qt::Key_9 };
    static_assert(std::size(digits) >= TabCount);
    for (int tab = 0; tab < TabCount; ++tab) {
        addShortcut(QKeySequence(Qt::CTRL | digits[tab]), m_tabs->tabText(tab),
                    [this, tab] { showTab(tab); });
    }
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), tr("Next tab"),
                [this] { showTab((m_tabs->currentIndex() + 1) % m_tabs->count()); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), tr("Previous tab"),
                [this] { showTab((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count()); });
    QAction *note = addShortcut(QKeySequence::New, tr("New note"), [this] { newNote(); });
    note->setObjectName(u"newNoteAction"_s);
}

// ---- Behaviour --------------------------------------------------------------------

void Account360View::showTab(int tab)
{
    if (tab < 0 || tab >= m_tabs->count())
        return;
    m_tabs->setCurrentIndex(tab);
    // Leave the focus in the view so the next shortcut still reaches it.
    if (!m_tabs->currentWidget()->isAncestorOf(focusWidget()))
        m_tabs->tabBar()->setFocus(Qt::ShortcutFocusReason);
}

void Account360View::newNote()
{
    if (!m_profile.isValid())
        return;
    m_tabs->setCurrentIndex(TimelineTab);
    m_noteEditor->startNewNote();
    m_noteEditor->focusEditor();
}

bool Account360View::addTask()
{
    const QString title = m_taskTitle->text().trimmed();
    if (title.isEmpty() || !m_profile.isValid())
        return false;
    const QDate due = m_taskDue->date() == m_taskDue->minimumDate() ? QDate() : m_taskDue->date();
    LocalWork work(m_db, author());
    const QString owner = userId().isEmpty() ? m_profile.ownerId : userId();
    if (work.addTask(m_accountId, title, due, owner).isEmpty()) {
        m_taskError->setText(tr("The task was not saved: %1").arg(work.lastError()));
        m_taskError->setVisible(true);
        return false;
    }
    m_taskError->setVisible(false);
    m_taskTitle->clear();
    m_taskDue->setDate(m_taskDue->minimumDate());
    m_tasks->reload();
    m_taskTitle->setFocus();
    return true;
}

void Account360View::applyTimelineFilter()
{
    QSet<QString> types;
    for (QPushButton *chip : std::as_const(m_filterChips)) {
        if (chip->isChecked())
            types.insert(chip->property("timelineType").toString());
    }
    m_allChip->setChecked(types.isEmpty());
    m_timeline->setTypeFilter(types);
}

QString Account360View::author() const
{
    return m_workspace ? m_workspace->author() : m_author;
}

QString Account360View::userId() const
{
    return m_workspace ? m_workspace->userId() : QString();
}

void Account360View::onNoteChanged(const QString &noteId)
{
    m_timeline->refreshNote(noteId);
    m_recent->refreshNote(noteId);
}

void Account360View::onLinkActivated(const QString &link)
{
    if (link.startsWith("account:"_L1)) {
        Q_EMIT accountLinkActivated(link.mid(8));
        return;
    }
    QDesktopServices::openUrl(QUrl(link));
}

void Account360View::reload()
{
    const QString oldTitle = title();
    m_profile = AccountProfile::load(m_db, m_accountId, &m_loadError);
    if (!m_profile.isValid()) {
        m_missing->setText(
            m_loadError.isEmpty()
                ? tr("The account %1 is not in the cache. It may have come from another cache.")
                      .arg(m_accountId)
                : m_loadError);
        m_pages->setCurrentWidget(m_missing);
        if (title() != oldTitle)
            Q_EMIT titleChanged(title());
        return;
    }
    m_pages->setCurrentIndex(0);

    m_contacts->setAccountId(m_accountId);
    m_timeline->setAccountId(m_accountId);
    m_recent->setAccountId(m_accountId);
    m_cases->setAccountId(m_accountId);
    m_nps->setAccountId(m_accountId);
    m_opportunities->setAccountId(m_accountId);
    m_tasks->setAccount(m_accountId);
    m_usage->setAccount(m_profile.pk, m_profile.licenses);
    m_sentiment->reload();
    m_health->setAccount(m_accountId, m_profile.name);
    m_playbooks->setAccount(m_accountId, m_profile.name);

    updateHeader();
    updateProfileFacts();
    updateOverviewLists();
    updateTimelineState();
    updateTableStates();
    updateTabTitles();
    if (title() != oldTitle)
        Q_EMIT titleChanged(title());
}

void Account360View::updateHeader()
{
    const AccountProfile &p = m_profile;
    m_avatar->setPixmap(avatarPixmap(p.name, 52, devicePixelRatioF()));
    m_name->setText(p.name);
    m_name->setToolTip(p.name);

    m_lifecycleChip->setText(CrmFormat::codeLabel(p.lifecycleStage));
    m_lifecycleChip->setToolTip(tr("Lifecycle stage"));
    m_lifecycleChip->setVisible(!p.lifecycleStage.isEmpty());
    setTone(m_lifecycleChip, toneOf(p.lifecycleStage));
    // The status chip says something only when it differs from the stage.
    const bool statusDiffers
        = !p.status.isEmpty() && CrmFormat::codeLabel(p.status) != CrmFormat::codeLabel(p.lifecycleStage);
    m_statusChip->setText(CrmFormat::codeLabel(p.status));
    m_statusChip->setToolTip(tr("Status"));
    m_statusChip->setVisible(statusDiffers);
    setTone(m_statusChip, toneOf(p.status));
    m_archivedChip->setVisible(p.archived);

    QStringList parts;
    parts << tr("CRM ID %1").arg(p.id.toHtmlEscaped());
    if (!p.ownerDisplayName().isEmpty()) {
        parts << (p.teamName.isEmpty()
                      ? tr("Owner %1").arg(p.ownerDisplayName().toHtmlEscaped())
                      : tr("Owner %1 (%2)")
                            .arg(p.ownerDisplayName().toHtmlEscaped(), p.teamName.toHtmlEscaped()));
    }
    if (!p.parentId.isEmpty()) {
        parts << tr("Parent %1")
                     .arg(p.parentName.isEmpty() ? p.parentId.toHtmlEscaped()
                                                 : linkHtml(u"account:"_s + p.parentId, p.parentName));
    }
    if (!p.website.isEmpty())
        parts << linkHtml(p.websiteUrl(), p.website);
    m_subtitle->setText(parts.join(u" &nbsp;·&nbsp; "_s));
    updateTiles();
}

void Account360View::updateTiles()
{
    const AccountProfile &p = m_profile;
    const QLocale locale;

    m_arrTile.value->setText(p.arr ? CrmFormat::money(*p.arr, p.currency) : noValue);
    m_arrTile.detail->setText(p.contractStart.isValid()
                                  ? tr("Customer since %1").arg(CrmFormat::date(p.contractStart))
                                  : (p.currency.isEmpty() ? QString() : p.currency));
    setTone(m_arrTile.detail, "");

    if (const std::optional<qint64> days = p.daysToRenewal()) {
        m_renewalTile.value->setText(CrmFormat::date(p.renewalDate));
        if (*days < 0)
            m_renewalTile.detail->setText(tr("Overdue by %n day(s)", nullptr, int(-*days)));
        else
            m_renewalTile.detail->setText(CrmFormat::relativeDays(*days));
        setTone(m_renewalTile.detail, *days < 0 ? "red" : *days <= 30 ? "red" : *days <= 90 ? "yellow" : "");
    } else {
        m_renewalTile.value->setText(noValue);
        m_renewalTile.detail->setText(tr("No renewal date"));
        setTone(m_renewalTile.detail, "");
    }

    m_segmentTile.value->setText(p.segment.isEmpty() ? noValue : CrmFormat::codeLabel(p.segment));
    QStringList where;
    if (!p.industry.isEmpty())
        where << p.industry;
    if (!p.country.isEmpty())
        where << p.country;
    m_segmentTile.detail->setText(where.join(u" · "_s));

    const std::optional<double> used = m_usage->latestLicencesUsed();
    const std::optional<double> utilisation = m_usage->latestUtilisation();
    if (p.licenses && used) {
        m_licencesTile.value->setText(
            tr("%1 / %2").arg(locale.toString(qRound64(*used)), locale.toString(*p.licenses)));
        if (utilisation) {
            m_licencesTile.detail->setText(tr("%1% in use").arg(locale.toString(qRound(*utilisation * 100))));
            setTone(m_licencesTile.detail,
                    *utilisation < 0.5        ? "red"
                        : *utilisation < 0.75 ? "yellow"
                                              : "green");
        }
    } else if (p.licenses) {
        m_licencesTile.value->setText(locale.toString(*p.licenses));
        m_licencesTile.detail->setText(tr("purchased; no usage data"));
        setTone(m_licencesTile.detail, "");
    } else {
        m_licencesTile.value->setText(used ? locale.toString(qRound64(*used)) : noValue);
        m_licencesTile.detail->setText(used ? tr("in use") : tr("Not in the CRM"));
        setTone(m_licencesTile.detail, "");
    }

    const NpsListModel::Summary year = m_nps->summary(QDateTime::currentDateTimeUtc().addDays(-365));
    if (const std::optional<int> nps = year.nps()) {
        m_npsTile.value->setText(*nps > 0 ? u"+"_s + locale.toString(*nps) : locale.toString(*nps));
        m_npsTile.detail->setText(tr("%n response(s)", nullptr, year.responses));
        setTone(m_npsTile.detail, "");
    } else {
        m_npsTile.value->setText(noValue);
        m_npsTile.detail->setText(m_nps->rowCount() > 0 ? tr("No responses this year") : tr("No responses"));
        setTone(m_npsTile.detail, "");
    }

    const int open = m_cases->openCount();
    m_casesTile.value->setText(locale.toString(open));
    QStringList caseDetail;
    if (const int urgent = m_cases->urgentOpenCount())
        caseDetail << tr("%n high priority", nullptr, urgent);
    if (const std::optional<double> csat = m_cases->averageCsat())
        caseDetail << tr("CSAT %1").arg(locale.toString(*csat, 'f', 1));
    if (caseDetail.isEmpty())
        caseDetail << (m_cases->rowCount() ? tr("%n case(s) in all", nullptr, m_cases->rowCount())
                                           : tr("No cases"));
    m_casesTile.detail->setText(caseDetail.join(u" · "_s));
    setTone(m_casesTile.detail, m_cases->urgentOpenCount() ? "red" : "");
    updateHealthTile();
}

void Account360View::updateHealthTile()
{
    const HealthStore::Record &r = m_health->record();
    const QLocale locale;
    m_healthTile.frame->setToolTip(tr("Open the Health tab (Ctrl+%1)").arg(HealthTab + 1));
    m_healthTile.frame->setAccessibleDescription(
        tr("Press Enter or Space to open the Health tab (Ctrl+%1)").arg(HealthTab + 1));
    const HealthScorecard::Band band = r.effectiveBand();
    const std::optional<int> score = r.effectiveScore();
    QString value = noValue;
    QString detail;
    const char *detailTone = "";
    if (!r.isValid()) {
        detail = tr("Not computed yet");
    } else if (band == HealthScorecard::Band::None) {
        detail = tr("Not scored: no data");
    } else {
        value = r.overridden() && !r.override.score ? HealthScorecard::bandLabel(band)
            : score ? tr("%1 · %2").arg(locale.toString(*score), HealthScorecard::bandLabel(band))
                    : HealthScorecard::bandLabel(band);
        if (r.overridden()) {
            detail = tr("Overridden until %1")
                         .arg(CrmFormat::date(HealthOverrideDialog::lastDayOf(r.override.expiresAt)));
            detailTone = "yellow";
        } else if (!r.trend) {
            detail = tr("No trend yet");
        } else {
            const int trend = *r.trend;
            //: The health tile: the change of the score in 30 days, with an arrow
            detail = trend > 0 ? tr("↑ %1").arg(HealthPanel::trendText(trend))
                : trend < 0    ? tr("↓ %1").arg(HealthPanel::trendText(trend))
                               : HealthPanel::trendText(trend);
            detailTone = trend > 0 ? "green" : trend < 0 ? "red" : "";
        }
    }
    m_healthTile.value->setText(value);
    setTone(m_healthTile.value, r.isValid() ? HealthPanel::toneOf(band) : "");
    // The tone first: it sets the weight the text is elided in.
    setTone(m_healthTileDetail, detailTone);
    m_healthTileDetail->setFullText(detail);
    QStringList spoken { value == noValue ? tr("not scored") : value };
    if (!detail.isEmpty())
        spoken << detail;
    //: The health tile to a screen reader: its value ("72 · Green") and its detail
    m_healthTile.frame->setAccessibleName(tr("Health: %1").arg(spoken.join(u", "_s)));
}

bool Account360View::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_healthTile.frame && event->type() == QEvent::MouseButtonRelease
        && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
        showTab(HealthTab);
        return true;
    }
    if (watched == m_healthTile.frame && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        if (plain
            && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_Space)) {
            showTab(HealthTab);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void Account360View::updateProfileFacts()
{
    Theme::clearLayout(m_factsGrid);
    const AccountProfile &p = m_profile;
    QList<std::pair<QString, QString>> facts; // label, rich text value
    auto plain = [](const QString &text) {
        return text.isEmpty() ? QString() : text.toHtmlEscaped();
    };
    facts.append({ tr("Segment"), plain(CrmFormat::codeLabel(p.segment)) });
    facts.append({ tr("Industry"), plain(p.industry) });
    facts.append({ tr("Region"), plain(CrmFormat::codeLabel(p.region)) });
    facts.append({ tr("Country"), plain(p.country) });
    facts.append({ tr("Lifecycle stage"), plain(CrmFormat::codeLabel(p.lifecycleStage)) });
    facts.append({ tr("Status"), plain(CrmFormat::codeLabel(p.status)) });
    facts.append({ tr("Owner"), plain(p.ownerDisplayName()) });
    facts.append({ tr("Team"), plain(p.teamName) });
    facts.append({ tr("Contract start"), plain(CrmFormat::date(p.contractStart)) });
    facts.append({ tr("Renewal date"), plain(CrmFormat::date(p.renewalDate)) });
    facts.append({ tr("Licences"), p.licenses ? plain(QLocale().toString(*p.licenses)) : QString() });
    facts.append({ tr("ARR"), p.arr ? plain(CrmFormat::money(*p.arr, p.currency)) : QString() });
    facts.append({ tr("Website"), p.website.isEmpty() ? QString() : linkHtml(p.websiteUrl(), p.website) });
    facts.append({ tr("Parent account"),
                   p.parentId.isEmpty()         ? QString()
                       : p.parentName.isEmpty() ? plain(p.parentId)
                                                : linkHtml(u"account:"_s + p.parentId, p.parentName) });
    facts.append({ tr("CRM ID"), plain(p.id) });
    facts.append({ tr("In the CRM since"), plain(CrmFormat::date(p.createdAt)) });

    QWidget *card = m_factsGrid->parentWidget();
    int index = 0;
    for (const auto &[label, value] : std::as_const(facts)) {
        const int row = index / 2;
        const int column = (index % 2) * 2;
        ++index;
        auto *name = Theme::label(label, "fieldLabel", card);
        auto *text = new QLabel(value.isEmpty() ? u"<span style=\"color:#a3acb8\">—</span>"_s : value, card);
        Theme::setRole(text, "factValue");
        text->setTextFormat(Qt::RichText);
        text->setTextInteractionFlags(Qt::TextBrowserInteraction);
        text->setOpenExternalLinks(false);
        connect(text, &QLabel::linkActivated, this, &Account360View::onLinkActivated);
        m_factsGrid->addWidget(name, row, column);
        m_factsGrid->addWidget(text, row, column + 1);
    }
    m_factsGrid->setColumnStretch(1, 1);
    m_factsGrid->setColumnStretch(3, 1);
    m_factsGrid->setColumnMinimumWidth(2, 0);
}

void Account360View::updateOverviewLists()
{
    if (!m_openTasksList)
        return;
    QWidget *tasksCard = m_openTasksList->parentWidget();
    Theme::clearLayout(m_openTasksList);
    if (m_profile.isValid()) {
        QList<LocalWork::Task> open = LocalWork(m_db, author()).tasks(m_accountId, false);
        std::stable_sort(open.begin(), open.end(), [](const LocalWork::Task &a, const LocalWork::Task &b) {
            if (a.due.isValid() != b.due.isValid())
                return a.due.isValid();
            return a.due < b.due;
        });
        const QDate today = QDate::currentDate();
        for (qsizetype i = 0; i < std::min<qsizetype>(open.size(), maxOverviewTasks); ++i) {
            const LocalWork::Task &task = open.at(i);
            auto *row = new QWidget(tasksCard);
            auto *rowLayout = new QHBoxLayout(row);
            rowLayout->setContentsMargins(0, 0, 0, 0);
            rowLayout->setSpacing(8);
            auto *check = new QLabel(row);
            check->setPixmap(
                Account360Icons::icon(Account360Icons::Glyph::Checkbox, Theme::mutedText()).pixmap(16, 16));
            auto *title = new QLabel(task.title, row);
            title->setWordWrap(true);
            auto *due = Theme::label({}, "due", row);
            if (task.due.isValid()) {
                const qint64 days = today.daysTo(task.due);
                due->setText(days >= 0 && days <= 1 ? CrmFormat::relativeDays(days)
                                                    : CrmFormat::date(task.due));
                due->setToolTip(days < 0 ? tr("Overdue since %1").arg(CrmFormat::date(task.due))
                                         : tr("Due %1").arg(CrmFormat::date(task.due)));
                setTone(due, days < 0 ? "red" : days == 0 ? "yellow" : "");
            }
            rowLayout->addWidget(check, 0, Qt::AlignTop);
            rowLayout->addWidget(title, 1);
            rowLayout->addWidget(due, 0, Qt::AlignTop);
            m_openTasksList->addWidget(row);
        }
        if (open.size() > maxOverviewTasks)
            m_openTasksList->addWidget(Theme::label(
                tr("and %n more", nullptr, int(open.size() - maxOverviewTasks)), "muted", tasksCard));
        if (open.isEmpty()) {
            auto *none
                = Theme::label(tr("No open tasks. Add one in the Tasks tab (Ctrl+%1).").arg(TasksTab + 1),
                               "muted", tasksCard);
            none->setObjectName(u"noOpenTasksLabel"_s);
            none->setWordWrap(true);
            m_openTasksList->addWidget(none);
        }
    }

    QWidget *npsCard = m_latestNpsList->parentWidget();
    Theme::clearLayout(m_latestNpsList);
    const int responses = std::min(m_nps->rowCount(), maxOverviewNps);
    for (int r = 0; r < responses; ++r) {
        const QModelIndex index = m_nps->index(r, 0);
        auto *row = new QWidget(npsCard);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setSpacing(10);
        const QVariant score = index.data(NpsListModel::ScoreRole);
        auto *badge = Theme::label(score.isValid() ? score.toString() : noValue, "scoreBadge", row);
        badge->setFixedSize(26, 26);
        badge->setAlignment(Qt::AlignCenter);
        const auto category
            = static_cast<NpsListModel::Category>(index.data(NpsListModel::CategoryRole).toInt());
        setTone(badge,
                category == NpsListModel::Category::Promoter        ? "green"
                    : category == NpsListModel::Category::Passive   ? "yellow"
                    : category == NpsListModel::Category::Detractor ? "red"
                                                                    : "");
        badge->setToolTip(NpsListModel::categoryLabel(category));
        auto *text = new QVBoxLayout;
        text->setSpacing(1);
        const QString who = m_nps->index(r, NpsListModel::Contact).data().toString();
        const QString when = m_nps->index(r, NpsListModel::Date).data().toString();
        text->addWidget(new QLabel(who.isEmpty() ? when : tr("%1 · %2").arg(who, when), row));
        const QString comment = m_nps->index(r, NpsListModel::Comment).data().toString();
        if (!comment.isEmpty()) {
            auto *commentLabel = Theme::label(tr("“%1”").arg(comment), "comment", row);
            commentLabel->setWordWrap(true);
            text->addWidget(commentLabel);
        }
        rowLayout->addWidget(badge, 0, Qt::AlignTop);
        rowLayout->addLayout(text, 1);
        m_latestNpsList->addWidget(row);
    }
    if (responses == 0) {
        auto *none = Theme::label(tr("No NPS responses from this account."), "muted", npsCard);
        none->setObjectName(u"noLatestNpsLabel"_s);
        m_latestNpsList->addWidget(none);
    }

    QWidget *recentCard = m_recentList->parentWidget();
    Theme::clearLayout(m_recentList);
    const int recent = std::min(m_recent->rowCount(), maxOverviewActivity);
    for (int r = 0; r < recent; ++r) {
        const QModelIndex index = m_recent->index(r, 0);
        const QString type = index.data(TimelineModel::TypeRole).toString();
        auto *row = new QWidget(recentCard);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setSpacing(10);
        auto *glyph = new QLabel(row);
        glyph->setPixmap(
            Account360Icons::icon(Account360Icons::glyphForType(type), Account360Icons::colorForType(type))
                .pixmap(18, 18));
        auto *text = new QVBoxLayout;
        text->setSpacing(0);
        auto *title = new QLabel(index.data(Qt::DisplayRole).toString(), row);
        title->setWordWrap(true);
        text->addWidget(title);
        const QDateTime at = index.data(TimelineModel::AtRole).toDateTime();
        QStringList meta { index.data(TimelineModel::TypeLabelRole).toString() };
        if (at.isValid())
            meta << CrmFormat::relativeDays(QDate::currentDate().daysTo(at.toLocalTime().date()));
        text->addWidget(Theme::label(meta.join(u" · "_s), "muted", row));
        rowLayout->addWidget(glyph, 0, Qt::AlignTop);
        rowLayout->addLayout(text, 1);
        m_recentList->addWidget(row);
    }
    if (recent == 0) {
        auto *none = Theme::label(tr("No calls, emails, meetings or notes yet."), "muted", recentCard);
        none->setObjectName(u"noRecentActivityLabel"_s);
        m_recentList->addWidget(none);
    }
}

void Account360View::updateTimelineState()
{
    const QHash<QString, int> counts = m_timeline->typeCounts();
    const QLocale locale;
    m_allChip->setText(tr("All (%1)").arg(locale.toString(m_timeline->unfilteredCount())));
    for (QPushButton *chip : std::as_const(m_filterChips)) {
        const QString type = chip->property("timelineType").toString();
        const int count = counts.value(type);
        QString label;
        if (type == "note"_L1)
            label = tr("Notes (%1)");
        else if (type == "email"_L1)
            label = tr("Emails (%1)");
        else if (type == "call"_L1)
            label = tr("Calls (%1)");
        else if (type == "meeting"_L1)
            label = tr("Meetings (%1)");
        else if (type == "task"_L1)
            label = tr("Tasks (%1)");
        else
            label = tr("Other (%1)");
        chip->setText(label.arg(locale.toString(count)));
        // A type with nothing in it is no use as a filter, unless it is on.
        chip->setVisible(count > 0 || chip->isChecked() || type == "note"_L1);
    }
    const int total = m_timeline->totalCount();
    m_timelineCount->setText(tr("%n entry(ies), newest first", nullptr, total));
    if (total > 0) {
        m_timelineStack->setCurrentWidget(m_timelineView);
        return;
    }
    const bool filtered = !m_timeline->typeFilter().isEmpty() && m_timeline->unfilteredCount() > 0;
    if (filtered) {
        m_noTimeline->setTitle(tr("Nothing of these types"));
        m_noTimeline->setText(
            tr("No entry matches the chosen types. Show all types to see the whole history."));
    } else {
        m_noTimeline->setTitle(tr("No activity yet"));
        m_noTimeline->setText(
            tr("Calls, emails and meetings from the CRM and your own notes appear here, newest "
               "first. Write the first note above (Ctrl+N)."));
    }
    m_noTimeline->findChild<QPushButton *>(u"timelineShowAll"_s)->setVisible(filtered);
    m_timelineStack->setCurrentWidget(m_noTimeline);
}

void Account360View::updateTableStates()
{
    const QLocale locale;
    m_contactsStack->setCurrentIndex(m_contacts->rowCount() > 0 ? 0 : 1);
    m_tasksStack->setCurrentIndex(m_tasks->rowCount() > 0 ? 0 : 1);

    m_casesStack->setCurrentWidget(m_cases->rowCount() > 0 ? static_cast<QWidget *>(m_casesTable)
                                                           : m_noCases);
    QStringList cases;
    cases << tr("%n open", nullptr, m_cases->openCount()).toHtmlEscaped();
    cases << tr("%n closed", nullptr, m_cases->rowCount() - m_cases->openCount()).toHtmlEscaped();
    if (const int urgent = m_cases->urgentOpenCount())
        cases << u"<span style=\"color:#cf222e; font-weight:600\">%1</span>"_s.arg(
            tr("%n open with high or urgent priority", nullptr, urgent).toHtmlEscaped());
    if (const std::optional<double> csat = m_cases->averageCsat())
        cases << tr("average CSAT %1 of 5").arg(locale.toString(*csat, 'f', 1)).toHtmlEscaped();
    m_casesSummary->setText(cases.join(u" &nbsp;·&nbsp; "_s));
    m_casesSummary->setVisible(m_cases->rowCount() > 0);

    m_npsStack->setCurrentWidget(m_nps->rowCount() > 0 ? static_cast<QWidget *>(m_npsTable) : m_noNps);
    const NpsListModel::Summary all = m_nps->summary();
    QStringList nps;
    if (const std::optional<int> score = all.nps())
        nps << tr("NPS %1 over all responses")
                   .arg(*score > 0 ? u"+"_s + locale.toString(*score) : locale.toString(*score));
    nps << tr("%n promoter(s)", nullptr, all.promoters);
    nps << tr("%n passive(s)", nullptr, all.passives);
    nps << tr("%n detractor(s)", nullptr, all.detractors);
    for (QString &part : nps)
        part = part.toHtmlEscaped();
    m_npsSummary->setText(nps.join(u" &nbsp;·&nbsp; "_s));
    m_npsSummary->setVisible(m_nps->rowCount() > 0);

    m_opportunitiesStack->setCurrentWidget(
        m_opportunities->rowCount() > 0 ? static_cast<QWidget *>(m_opportunitiesTable) : m_noOpportunities);
    QStringList opportunities;
    opportunities << tr("%n open", nullptr, m_opportunities->openCount()).toHtmlEscaped();
    if (m_opportunities->openCount() > 0)
        opportunities << tr("open pipeline %1")
                             .arg(CrmFormat::money(m_opportunities->openPipeline(),
                                                   m_opportunities->currency()))
                             .toHtmlEscaped();
    m_opportunitiesSummary->setText(opportunities.join(u" &nbsp;·&nbsp; "_s));
    m_opportunitiesSummary->setVisible(m_opportunities->rowCount() > 0);
}

void Account360View::updateTabTitles()
{
    const QLocale locale;
    auto titled = [&locale](const QString &name, int count) {
        return count > 0 ? tr("%1  %2").arg(name, locale.toString(count)) : name;
    };
    int openTasks = 0;
    for (int r = 0; r < m_tasks->rowCount(); ++r) {
        if (!m_tasks->index(r, 0).data(TaskListModel::DoneRole).toBool())
            ++openTasks;
    }
    m_tabs->setTabText(TimelineTab, titled(tr("Timeline"), m_timeline->unfilteredCount()));
    m_tabs->setTabText(TasksTab, titled(tr("Tasks"), openTasks));
    m_tabs->setTabText(CasesTab, titled(tr("Cases"), m_cases->openCount()));
    m_tabs->setTabText(NpsTab, titled(tr("NPS"), m_nps->rowCount()));
    m_tabs->setTabText(OpportunitiesTab, titled(tr("Opportunities"), m_opportunities->openCount()));
    m_tabs->setTabToolTip(TasksTab, tr("Open tasks (Ctrl+%1)").arg(TasksTab + 1));
    m_tabs->setTabToolTip(CasesTab, tr("Open cases (Ctrl+%1)").arg(CasesTab + 1));
    m_tabs->setTabToolTip(NpsTab, tr("Survey responses (Ctrl+%1)").arg(NpsTab + 1));
    m_tabs->setTabToolTip(OpportunitiesTab, tr("Open opportunities (Ctrl+%1)").arg(OpportunitiesTab + 1));
    m_tabs->setTabText(PlaybooksTab, titled(tr("Playbooks"), m_playbooks->openCount()));
    m_tabs->setTabToolTip(PlaybooksTab, tr("Open playbooks (Ctrl+%1)").arg(PlaybooksTab + 1));
}

// ---- State ------------------------------------------------------------------------

void Account360View::saveState(QSettings &settings) const
{
    settings.beginGroup(settingsGroup);
    settings.setValue(u"overviewSplitter"_s, m_overviewSplitter->saveState());
    settings.setValue(u"contactsHeader"_s, m_contactsTable->horizontalHeader()->saveState());
    settings.setValue(u"tasksHeader"_s, m_tasksTable->horizontalHeader()->saveState());
    settings.setValue(u"casesHeader"_s, m_casesTable->horizontalHeader()->saveState());
    settings.setValue(u"npsHeader"_s, m_npsTable->horizontalHeader()->saveState());
    settings.setValue(u"opportunitiesHeader"_s, m_opportunitiesTable->horizontalHeader()->saveState());
    settings.setValue(u"usagePeriod"_s, m_usage->rangePicker()->currentIndex());
    settings.endGroup();
}

void Account360View::restoreState(const QSettings &settings)
{
    const QString prefix = settingsGroup + u'/';
    auto bytes = [&](const char *key) {
        return settings.value(prefix + QLatin1StringView(key)).toByteArray();
    };
    if (const QByteArray state = bytes("overviewSplitter"); !state.isEmpty())
        m_overviewSplitter->restoreState(state);
    const std::pair<const char *, QTableView *> tables[] = {
        { "contactsHeader", m_contactsTable },
        { "tasksHeader", m_tasksTable },
        { "casesHeader", m_casesTable },
        { "npsHeader", m_npsTable },
        { "opportunitiesHeader", m_opportunitiesTable },
    };
    for (const auto &[key, table] : tables) {
        if (const QByteArray state = bytes(key); !state.isEmpty())
            table->horizontalHeader()->restoreState(state);
    }
    // This account's tasks never need their account column.
    m_tasksTable->setColumnHidden(TaskListModel::Account, true);
    const int period = settings.value(prefix + u"usagePeriod"_s, -1).toInt();
    if (period >= 0 && period < m_usage->rangePicker()->count())
        m_usage->rangePicker()->setCurrentIndex(period);
}

void Account360View::editContact(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString contactId = index.data(ContactListModel::ContactIdRole).toString();
    auto *dialog = new ContactEditDialog(m_db, author(), contactId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->isValid()) {
        dialog->deleteLater();
        return;
    }
    connect(dialog, &QDialog::accepted, this, [this] { m_contacts->setAccountId(m_accountId); });
    dialog->open();
}
