#include "AccountsView.h"

#include "AccountItemDelegate.h"
#include "common/EmptyStateWidget.h"
#include "common/Icons.h"
#include "common/Theme.h"
#include "itemmodels/AccountListModel.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Long enough not to query on every keystroke of a fast typist, short enough to feel live.
constexpr int searchDelayMs = 180;

// The name column takes the width the others leave, but never less than this.
constexpr int minimumNameWidth = 200;

const auto headerStateKey = "AccountsView/header"_L1;
const auto showArchivedKey = "AccountsView/showArchived"_L1;

} // namespace

AccountsView::AccountsView(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_model(new AccountListModel(db, this))
    , m_search(new QLineEdit(this))
    , m_showArchived(new QCheckBox(tr("Show archived"), this))
    , m_countLabel(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_noAccounts(new EmptyStateWidget(this))
    , m_noMatches(new EmptyStateWidget(this))
    , m_searchDelay(new QTimer(this))
{
    auto *title = new QLabel(tr("Accounts"), this);
    Theme::setRole(title, "title");

    m_search->setObjectName(u"accountsSearch"_s);
    m_search->setPlaceholderText(tr("Search accounts by name, ID or owner"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::search(Theme::mutedText()), QLineEdit::LeadingPosition);
    m_search->setToolTip(tr("Filters as you type (Ctrl+F)"));

    m_showArchived->setObjectName(u"showArchived"_s);
    m_showArchived->setToolTip(tr("Also list accounts that are missing from the last full export"));
    m_countLabel->setObjectName(u"accountCount"_s);
    Theme::setRole(m_countLabel, "subtitle");

    auto *focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence::Find);
    focusSearch->setShortcutContext(Qt::WindowShortcut);
    addAction(focusSearch);
    connect(focusSearch, &QAction::triggered, this, &AccountsView::focusSearch);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &AccountsView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &AccountsView::applyFilter);
    connect(m_showArchived, &QCheckBox::toggled, m_model, &AccountListModel::setIncludeArchived);

    m_table->setObjectName(u"accountsTable"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new AccountItemDelegate(m_table));
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(34);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionsMovable(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(60);
    header->setSortIndicator(AccountListModel::Name, Qt::AscendingOrder);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &AccountsView::showHeaderMenu);
    connect(header, &QHeaderView::sectionResized, this, [this](int logical) {
        if (!m_fittingColumns && logical != AccountListModel::Name)
            fitNameColumn();
    });
    m_table->viewport()->installEventFilter(this);
    setInitialColumnWidths();
    m_table->setSortingEnabled(true);

    m_noAccounts->setObjectName(u"noAccountsState"_s);
    m_noAccounts->setIcon(Icons::accounts(Theme::accent()));
    m_noAccounts->setTitle(tr("No accounts yet"));
    m_noAccounts->setText(
        tr("Import a CRM export (Ctrl+I) — a folder or a .zip from Salesforce, HubSpot or a "
           "Pitwall bundle — or load the demo data to look around."));
    QPushButton *importButton = m_noAccounts->addButton(tr("Import CRM export…"), true);
    importButton->setObjectName(u"emptyImportButton"_s);
    QPushButton *demoButton = m_noAccounts->addButton(tr("Load demo data"));
    demoButton->setObjectName(u"emptyDemoButton"_s);
    connect(importButton, &QPushButton::clicked, this, &AccountsView::importRequested);
    connect(demoButton, &QPushButton::clicked, this, &AccountsView::demoDataRequested);

    m_noMatches->setObjectName(u"noMatchesState"_s);
    m_noMatches->setIcon(Icons::search(Theme::accent()));
    m_noMatches->setTitle(tr("No matching accounts"));
    QPushButton *clearButton = m_noMatches->addButton(tr("Clear search"));
    connect(clearButton, &QPushButton::clicked, this, [this] {
        m_search->clear();
        applyFilter();
    });

    m_pages->addWidget(m_table);
    m_pages->addWidget(m_noAccounts);
    m_pages->addWidget(m_noMatches);

    auto *card = new QFrame(this);
    Theme::setRole(card, "card");
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(1, 1, 1, 1);
    cardLayout->addWidget(m_pages);

    auto *titleColumn = new QVBoxLayout;
    titleColumn->setSpacing(2);
    titleColumn->addWidget(title);
    titleColumn->addWidget(m_countLabel);

    auto *headerRow = new QHBoxLayout;
    headerRow->setSpacing(14);
    headerRow->addLayout(titleColumn);
    headerRow->addStretch();
    headerRow->addWidget(m_showArchived, 0, Qt::AlignBottom);
    headerRow->addWidget(m_search, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 18);
    layout->setSpacing(16);
    layout->addLayout(headerRow);
    layout->addWidget(card, 1);

    connect(m_model, &AccountListModel::countsChanged, this, &AccountsView::updateState);
    updateState();
}

void AccountsView::saveState(QSettings &settings) const
{
    settings.setValue(headerStateKey, m_table->horizontalHeader()->saveState());
    settings.setValue(showArchivedKey, m_showArchived->isChecked());
}

void AccountsView::restoreState(const QSettings &settings)
{
    // Restoring the header also restores its sort indicator, which sorts the model.
    const QByteArray header = settings.value(headerStateKey).toByteArray();
    if (!header.isEmpty() && !m_table->horizontalHeader()->restoreState(header))
        setInitialColumnWidths();
    fitNameColumn();
    m_showArchived->setChecked(settings.value(showArchivedKey, false).toBool());
}

void AccountsView::reload()
{
    m_model->reload();
}

void AccountsView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void AccountsView::applyFilter()
{
    m_searchDelay->stop();
    m_model->setFilterText(m_search->text());
}

void AccountsView::updateState()
{
    const int total = m_model->unfilteredCount();
    const int matching = m_model->totalCount();
    const bool filtered = !m_model->filterText().trimmed().isEmpty();
    if (total == 0 && !filtered)
        m_countLabel->setText(tr("No accounts in the cache"));
    else if (filtered)
        m_countLabel->setText(
            tr("%1 of %2 accounts match").arg(QLocale().toString(matching), QLocale().toString(total)));
    else
        m_countLabel->setText(total == 1 ? tr("1 account")
                                         : tr("%1 accounts").arg(QLocale().toString(total)));

    QWidget *page = m_table;
    if (total == 0 && !m_model->includeArchived() && !filtered) {
        page = m_noAccounts;
    } else if (matching == 0) {
        m_noMatches->setText(
            filtered ? tr("Nothing matches “%1”. Search looks at account names, CRM IDs and owners.")
                           .arg(m_model->filterText().trimmed())
                     : tr("There are no accounts to show."));
        page = m_noMatches;
    }
    m_pages->setCurrentWidget(page);
    // The search stays usable when there is something to search.
    m_search->setEnabled(total > 0 || filtered);
    Q_EMIT countsChanged();
}

void AccountsView::setInitialColumnWidths()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics(m_table->font());
    QFont headerFont = header->font();
    headerFont.setBold(true);
    const QFontMetrics headerMetrics(headerFont);
    // Typical content of each column; the cell padding comes on top.
    // Typical content of each column plus the cell padding; long CRM ids elide.
    const QList<QString> samples
        = { QString(),       u"0018d00000ABCD"_s, u"Alexandra Martin"_s, u"Mid-Market"_s,
            u"US$250,000"_s, u"12/31/2025"_s,     u"Onboarding"_s,       QString() };
    QList<int> widths;
    for (const QString &sample : samples)
        widths << metrics.horizontalAdvance(sample) + 24;
    // The status pill: bold text in a rounded badge (see AccountItemDelegate).
    QFont pillFont = m_table->font();
    pillFont.setPointSizeF(pillFont.pointSizeF() * 0.9);
    pillFont.setWeight(QFont::DemiBold);
    widths[AccountListModel::Status] = QFontMetrics(pillFont).horizontalAdvance(u"Churned"_s) + 18 + 24;
    for (int c = 1; c < widths.size() && c < m_model->columnCount(); ++c) {
        // Room for the header text, its padding and the sort arrow, in any language.
        const QString title = m_model->headerData(c, Qt::Horizontal).toString();
        header->setSectionResizeMode(c, QHeaderView::Interactive);
        m_table->setColumnWidth(c, qMax(widths.at(c), headerMetrics.horizontalAdvance(title) + 30));
    }
    header->setSectionResizeMode(AccountListModel::Name, QHeaderView::Interactive);
    fitNameColumn();
}

void AccountsView::fitNameColumn()
{
    // Like QHeaderView::Stretch, but with a floor: on a narrow window the list scrolls
    // sideways instead of squeezing the names to nothing.
    QHeaderView *header = m_table->horizontalHeader();
    int others = 0;
    for (int c = 0; c < header->count(); ++c) {
        if (c != AccountListModel::Name && !header->isSectionHidden(c))
            others += header->sectionSize(c);
    }
    m_fittingColumns = true;
    header->resizeSection(AccountListModel::Name,
                          qMax(minimumNameWidth, m_table->viewport()->width() - others));
    m_fittingColumns = false;
}

void AccountsView::showHeaderMenu(const QPoint &position)
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(this);
    menu.addSection(tr("Columns"));
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction *action = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        action->setEnabled(c != AccountListModel::Name); // a list without names is no list
        connect(action, &QAction::toggled, this, [this, header, c](bool visible) {
            header->setSectionHidden(c, !visible);
            fitNameColumn();
        });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Reset columns")), &QAction::triggered, this, [this, header] {
        for (int c = 0; c < header->count(); ++c) {
            header->setSectionHidden(c, false);
            header->moveSection(header->visualIndex(c), c);
        }
        setInitialColumnWidths();
    });
    menu.exec(header->viewport()->mapToGlobal(position));
}

bool AccountsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitNameColumn();
    return QWidget::eventFilter(watched, event);
}
