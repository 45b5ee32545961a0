#include "QbrView.h"

#include "QbrDeckSettingsDialog.h"
#include "QbrPreview.h"
#include "QbrSectionEditor.h"
#include "account/CrmFormat.h"
#include "common/ElidedLabel.h"
#include "common/EmptyStateWidget.h"
#include "common/FileDialogs.h"
#include "common/Icons.h"
#include "common/MessageBoxes.h"
#include "common/Theme.h"
#include "export/ExportJob.h"
#include "itemmodels/AccountListModel.h"
#include "qbr/QbrSectionModel.h"
#include "qbr/QbrStore.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTemporaryFile>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const auto lastAccountKey = "QbrView/account"_L1;
const auto splitterKey = "QbrView/splitter"_L1;

const QString viewStyleSheet = uR"(
QLabel#qbrStatusChip { border-radius: 9px; padding: 2px 10px; font-size: 8.5pt; font-weight: 600;
                       background: #eef1f5; color: #4b5563; }
QLabel#qbrStatusChip[tone="blue"] { background: #e7effd; color: #1a5fd0; }
QLabel#qbrStatusChip[tone="green"] { background: #e3f6e8; color: #1a6b31; }
QLabel#qbrStatusChip[tone="red"] { background: #fde8e8; color: #a40e26; }
QFrame#qbrBanner { border-radius: 6px; border: 1px solid #c9dcfb; background: #eef4fe; }
QFrame#qbrBanner QLabel { color: #1b3a6b; }
QFrame#qbrBanner[tone="green"] { border-color: #b7dfc1; background: #e9f6ec; }
QFrame#qbrBanner[tone="green"] QLabel { color: #1a5e2c; }
QFrame#qbrBanner[tone="red"] { border-color: #f5c2c0; background: #fff1f0; }
QFrame#qbrBanner[tone="red"] QLabel { color: #a40e26; }
QListView#qbrSectionList { background: #ffffff; border: 1px solid #e1e6ed; border-radius: 6px; outline: 0;
                           padding: 4px; }
QListView#qbrSectionList::item { padding: 6px 4px; border-radius: 4px; color: #1b2430; }
QListView#qbrSectionList::item:selected { background: #dbe8fd; color: #1b2430; }
QListView#qbrSectionList::item:hover:!selected { background: #f3f6f9; }
QListView#qbrSectionList:focus { border-color: #1f6feb; }
#qbrEditorPanel { background: #f8fafc; border-left: 1px solid #e1e6ed; border-right: 1px solid #e1e6ed; }
QSplitter#qbrSplitter::handle { background: transparent; }
QToolButton#qbrLargerPreview, QToolButton#qbrDeckSettingsButton { border: 1px solid #cfd6df; border-radius: 5px;
    background: #ffffff; padding: 2px 8px; color: #1b2430; }
QToolButton#qbrLargerPreview:hover, QToolButton#qbrDeckSettingsButton:hover { background: #f0f3f7; }
QToolButton#qbrLargerPreview:checked { background: #dbe8fd; border-color: #8db4f7; }
QToolButton#qbrLargerPreview:focus, QToolButton#qbrDeckSettingsButton:focus { border-color: #1f6feb; }
)"_s;

// A file name from the account's name that any file system takes: "Acme Corp QBR 2026Q3.pdf".
QString suggestedFileName(const QString &name, const QbrQuarter &quarter, const QString &suffix)
{
    QString base;
    for (const QChar c : name) {
        if (c.isLetterOrNumber() || c == u' ' || c == u'-' || c == u'_' || c == u'.' || c == u'&'
            || c == u',')
            base += c;
        else if (!base.endsWith(u' '))
            base += u' ';
    }
    base = base.simplified();
    if (base.isEmpty())
        base = u"Account"_s;
    return QbrView::tr("%1 QBR %2", "file name: account, quarter as 2026Q3")
               .arg(base.left(80), quarter.toString())
        + u'.' + suffix;
}

// The document's content as JSON: without its status and times, which the cache keeps.
QJsonObject contentOf(const QbrDocument &document)
{
    QJsonObject json = document.toJson();
    json.remove(u"status"_s);
    json.remove(u"updated_at"_s);
    json.remove(u"delivered_at"_s);
    return json;
}

// The account picker's suggestions: the name, and muted beside it the owner and CRM id.
class AccountSuggestionDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 12));
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString owner = index.siblingAtColumn(AccountListModel::Owner).data().toString();
        const QString id = index.data(AccountListModel::AccountIdRole).toString();
        const QString detail = owner.isEmpty() ? id : owner + u" · "_s + id;
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const QRect r = option.rect.adjusted(8, 0, -8, 0);
        QFontMetrics metrics(option.font);
        const int detailWidth = std::min(metrics.horizontalAdvance(detail), r.width() / 2);
        painter->save();
        painter->setPen(option.palette.color(QPalette::Text));
        painter->drawText(
            r.adjusted(0, 0, -detailWidth - 12, 0), Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(index.data().toString(), Qt::ElideRight, r.width() - detailWidth - 12));
        painter->setPen(Theme::mutedText());
        painter->drawText(r, Qt::AlignRight | Qt::AlignVCenter,
                          metrics.elidedText(detail, Qt::ElideMiddle, detailWidth));
        painter->restore();
    }
};

} // namespace

QbrView::QbrView(Database &db, Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_workspace(&workspace)
    , m_author(workspace.author())
    , m_accounts(new AccountListModel(db, this))
    , m_completer(new QCompleter(this))
    , m_sections(new QbrSectionModel(this))
    , m_exportJob(new ExportJob(this))
{
    setObjectName(u"qbrView"_s);
    setStyleSheet(viewStyleSheet);
    m_quarter = defaultQuarter(today());

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(saveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &QbrView::save);
    m_previewTimer.setSingleShot(true);
    connect(&m_previewTimer, &QTimer::timeout, this, &QbrView::refreshPreview);

    createActions();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 12);
    layout->setSpacing(10);
    layout->addWidget(createHeader());

    m_banner = new QFrame(this);
    m_banner->setObjectName(u"qbrBanner"_s);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(u"qbrBannerText"_s);
    m_bannerText->setTextFormat(Qt::RichText);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard
                                          | Qt::TextSelectableByMouse);
    connect(m_bannerText, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith("account:"_L1))
            Q_EMIT accountRequested(link.mid(8));
        else
            QDesktopServices::openUrl(QUrl(link));
    });
    auto *closeBanner = new QToolButton(m_banner);
    closeBanner->setObjectName(u"qbrBannerClose"_s);
    closeBanner->setText(u"✕"_s);
    closeBanner->setAutoRaise(true);
    closeBanner->setToolTip(tr("Dismiss"));
    closeBanner->setAccessibleName(tr("Dismiss the message"));
    connect(closeBanner, &QToolButton::clicked, m_banner, &QWidget::hide);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 6, 6, 6);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(closeBanner, 0, Qt::AlignTop);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"qbrPages"_s);
    m_noAccounts = new EmptyStateWidget(m_pages);
    m_noAccounts->setObjectName(u"qbrNoAccounts"_s);
    m_noAccounts->setIcon(Icons::qbr(Theme::accent()));
    m_noAccounts->setTitle(tr("No accounts in the cache yet"));
    m_noAccounts->setText(tr("A QBR is prepared from an account's figures. Import your CRM export, or load "
                             "the demo data to try the builder."));
    connect(m_noAccounts->addButton(tr("Import…"), true), &QPushButton::clicked, this,
            &QbrView::importRequested);
    connect(m_noAccounts->addButton(tr("Load demo data")), &QPushButton::clicked, this,
            &QbrView::demoDataRequested);
    m_empty = new EmptyStateWidget(m_pages);
    m_empty->setObjectName(u"qbrChooseAccount"_s);
    m_empty->setIcon(Icons::qbr(Theme::accent()));
    connect(m_empty->addButton(tr("Choose an account"), true), &QPushButton::clicked, this,
            [this] { m_findAccount->trigger(); });
    m_pages->addWidget(m_noAccounts);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(createBody());
    layout->addWidget(m_pages, 1);

    // The account picker's suggestions: the accounts of the scope matching what is typed.
    m_completer->setModel(m_accounts);
    m_completer->setCompletionColumn(AccountListModel::Name);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(m_accountPicker);
    m_completer->popup()->setObjectName(u"qbrAccountSuggestions"_s);
    m_completer->popup()->setItemDelegate(new AccountSuggestionDelegate(m_completer->popup()));
    m_completer->popup()->setMinimumWidth(420);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                const QString id = index.data(AccountListModel::AccountIdRole).toString();
                if (!id.isEmpty())
                    setAccount(id);
                restorePickerText();
            });
    connect(m_accountPicker, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_accounts->setFilterText(text);
        if (text.trimmed().isEmpty()) {
            m_completer->popup()->hide();
            return;
        }
        m_completer->setCompletionPrefix(QString());
        m_completer->complete();
    });
    connect(m_accountPicker, &QLineEdit::returnPressed, this, &QbrView::pickAccountFromText);
    m_accountPicker->installEventFilter(this);

    connect(m_workspace, &Workspace::scopeChanged, this, &QbrView::updateAccountFilter);
    connect(m_workspace, &Workspace::userChanged, this, [this] {
        if (m_workspace)
            m_author = m_workspace->author();
        updateAccountFilter();
    });
    updateAccountFilter();

    {
        const QSettings settings;
        m_restoreAccountId = settings.value(lastAccountKey).toString();
        const QByteArray state = settings.value(splitterKey).toByteArray();
        if (!state.isEmpty())
            m_splitter->restoreState(state);
    }
    fillQuarters();
    load();
}

QbrView::~QbrView()
{
    // What was typed in the last half second still reaches the cache.
    save();
    QSettings settings;
    settings.setValue(splitterKey, m_splitter->saveState());
}

void QbrView::createActions()
{
    m_exportPdf = new QAction(tr("Export &PDF…"), this);
    m_exportPdf->setObjectName(u"actionQbrExportPdf"_s);
    m_exportPdf->setShortcut(Qt::CTRL | Qt::Key_E);
    m_exportPdf->setShortcutContext(Qt::WindowShortcut);
    m_exportPdf->setStatusTip(tr("Write the QBR as a PDF slide deck"));
    connect(m_exportPdf, &QAction::triggered, this, &QbrView::exportPdf);
    addAction(m_exportPdf);

    m_exportHtml = new QAction(tr("Export H&TML…"), this);
    m_exportHtml->setObjectName(u"actionQbrExportHtml"_s);
    m_exportHtml->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    m_exportHtml->setShortcutContext(Qt::WindowShortcut);
    m_exportHtml->setStatusTip(tr("Write the QBR as one self-contained web page"));
    connect(m_exportHtml, &QAction::triggered, this, &QbrView::exportHtml);
    addAction(m_exportHtml);

    m_startFromLast = new QAction(tr("&Start from last quarter"), this);
    m_startFromLast->setObjectName(u"actionQbrStartFromLast"_s);
    m_startFromLast->setStatusTip(
        tr("Carry the account's last QBR forward: its words, measures, goals and open risks"));
    connect(m_startFromLast, &QAction::triggered, this, &QbrView::startFromLastQuarter);
    addAction(m_startFromLast);

    m_markDelivered = new QAction(tr("&Mark delivered…"), this);
    m_markDelivered->setObjectName(u"actionQbrMarkDelivered"_s);
    m_markDelivered->setStatusTip(
        tr("Record that the QBR was presented and turn its commitments into tasks"));
    connect(m_markDelivered, &QAction::triggered, this, &QbrView::markDelivered);
    addAction(m_markDelivered);

    m_deckSettings = new QAction(tr("&Deck settings…"), this);
    m_deckSettings->setObjectName(u"actionQbrDeckSettings"_s);
    m_deckSettings->setStatusTip(tr("The vendor name and logo on every QBR's cover"));
    connect(m_deckSettings, &QAction::triggered, this, &QbrView::openDeckSettings);
    addAction(m_deckSettings);

    m_findAccount = new QAction(tr("Find account"), this);
    m_findAccount->setObjectName(u"actionQbrFindAccount"_s);
    m_findAccount->setShortcut(QKeySequence::Find);
    m_findAccount->setShortcutContext(Qt::WindowShortcut);
    connect(m_findAccount, &QAction::triggered, this, [this] {
        m_accountPicker->setFocus(Qt::ShortcutFocusReason);
        m_accountPicker->selectAll();
    });
    addAction(m_findAccount);

    m_largerPreview = new QAction(tr("&Larger preview"), this);
    m_largerPreview->setObjectName(u"actionQbrLargerPreview"_s);
    m_largerPreview->setCheckable(true);
    m_largerPreview->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    m_largerPreview->setShortcutContext(Qt::WindowShortcut);
    connect(m_largerPreview, &QAction::toggled, this, [this](bool larger) {
        m_listPanel->setVisible(!larger);
        m_editor->parentWidget()->setVisible(!larger);
        if (!larger && m_sectionList->isVisible())
            m_sectionList->setFocus();
    });
    addAction(m_largerPreview);
}

QWidget *QbrView::createHeader()
{
    auto *header = new QWidget(this);
    // The title names the account once one is open; long names elide.
    m_title = new ElidedLabel(Qt::ElideRight, header);
    m_title->setObjectName(u"qbrTitle"_s);
    Theme::setRole(m_title, "title");
    m_title->setFullText(tr("Quarterly business review"));
    m_chip = new QLabel(header);
    m_chip->setObjectName(u"qbrStatusChip"_s);
    m_chip->hide();
    m_subtitle = new ElidedLabel(Qt::ElideRight, header);
    m_subtitle->setObjectName(u"qbrSubtitle"_s);
    Theme::setRole(m_subtitle, "subtitle");
    m_subtitle->setTextFormat(Qt::PlainText);

    m_accountPicker = new QLineEdit(header);
    m_accountPicker->setObjectName(u"qbrAccountPicker"_s);
    m_accountPicker->setPlaceholderText(tr("Type an account's name…"));
    m_accountPicker->setAccessibleName(tr("Account"));
    m_accountPicker->setToolTip(
        tr("The account to prepare the QBR for: type part of its name, CRM id or owner "
           "(%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_accountPicker->setClearButtonEnabled(true);
    m_accountPicker->setMinimumWidth(220);
    m_accountPicker->addAction(Icons::search(Theme::mutedText()), QLineEdit::LeadingPosition);
    auto *accountLabel = new QLabel(tr("&Account:"), header);
    accountLabel->setBuddy(m_accountPicker);

    m_quarterBox = new QComboBox(header);
    m_quarterBox->setObjectName(u"qbrQuarterPicker"_s);
    m_quarterBox->setAccessibleName(tr("Quarter"));
    m_quarterBox->setToolTip(tr("The quarter the review covers"));
    m_quarterBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_quarterBox, &QComboBox::activated, this, [this](int index) {
        if (const std::optional<QbrQuarter> q = QbrQuarter::parse(m_quarterBox->itemData(index).toString()))
            setQuarter(*q);
    });
    auto *quarterLabel = new QLabel(tr("&Quarter:"), header);
    quarterLabel->setBuddy(m_quarterBox);

    const auto button = [header](QAction *action, const QString &name) {
        auto *b = new QPushButton(action->text(), header);
        b->setObjectName(name);
        QString tip = action->statusTip();
        if (!action->shortcut().isEmpty())
            tip += u" ("_s + action->shortcut().toString(QKeySequence::NativeText) + u')';
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, b, [b, action] { b->setEnabled(action->isEnabled()); });
        return b;
    };
    m_startButton = button(m_startFromLast, u"qbrStartFromLast"_s);
    m_deliverButton = button(m_markDelivered, u"qbrMarkDelivered"_s);
    m_htmlButton = button(m_exportHtml, u"qbrExportHtml"_s);
    m_pdfButton = button(m_exportPdf, u"qbrExportPdf"_s);
    Theme::setRole(m_pdfButton, "primary");

    auto *titleColumn = new QVBoxLayout;
    titleColumn->setSpacing(2);
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(10);
    titleRow->addWidget(m_title, 0);
    titleRow->addWidget(m_chip, 0, Qt::AlignVCenter);
    titleRow->addStretch(1);
    titleColumn->addLayout(titleRow);
    titleColumn->addWidget(m_subtitle);

    // The QBR's own steps beside its name; the pickers and the exports below.
    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addLayout(titleColumn, 1);
    top->addWidget(m_startButton, 0, Qt::AlignTop);
    top->addWidget(m_deliverButton, 0, Qt::AlignTop);

    auto *pickers = new QHBoxLayout;
    pickers->setSpacing(8);
    pickers->addWidget(accountLabel);
    pickers->addWidget(m_accountPicker, 3);
    pickers->addSpacing(8);
    pickers->addWidget(quarterLabel);
    pickers->addWidget(m_quarterBox);
    pickers->addStretch(1);
    pickers->addWidget(m_htmlButton);
    pickers->addWidget(m_pdfButton);

    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addLayout(pickers);
    return header;
}

QWidget *QbrView::createBody()
{
    m_splitter = new QSplitter(Qt::Horizontal, m_pages);
    m_splitter->setObjectName(u"qbrSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(6);

    // Left: the sections.
    m_listPanel = new QWidget(m_splitter);
    m_listPanel->setObjectName(u"qbrSectionPanel"_s);
    auto *listLabel = new QLabel(tr("Sectio&ns"), m_listPanel);
    Theme::setRole(listLabel, "heading");
    m_sectionList = new QListView(m_listPanel);
    m_sectionList->setObjectName(u"qbrSectionList"_s);
    m_sectionList->setModel(m_sections);
    m_sectionList->setAccessibleName(tr("Sections of the deck"));
    m_sectionList->setToolTip(
        tr("Check a section to put it in the deck. Drag, or Alt+Up and Alt+Down, to move "
           "it."));
    m_sectionList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sectionList->setDragDropMode(QAbstractItemView::InternalMove);
    m_sectionList->setDefaultDropAction(Qt::MoveAction);
    m_sectionList->setDragDropOverwriteMode(false);
    m_sectionList->setDropIndicatorShown(true);
    m_sectionList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sectionList->setUniformItemSizes(true);
    m_sectionList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sectionList->setTextElideMode(Qt::ElideRight);
    m_sectionList->installEventFilter(this);
    listLabel->setBuddy(m_sectionList);
    connect(m_sectionList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &QbrView::onSelectionChanged);
    connect(m_sections, &QbrSectionModel::sectionsEdited, this, &QbrView::onSectionsEdited);

    m_upButton = new QToolButton(m_listPanel);
    m_upButton->setObjectName(u"qbrMoveUp"_s);
    m_upButton->setText(tr("↑ Up"));
    m_upButton->setToolTip(tr("Move the section up (Alt+Up)"));
    m_upButton->setAccessibleName(tr("Move the section up"));
    connect(m_upButton, &QToolButton::clicked, this, [this] { moveCurrentSection(-1); });
    m_downButton = new QToolButton(m_listPanel);
    m_downButton->setObjectName(u"qbrMoveDown"_s);
    m_downButton->setText(tr("↓ Down"));
    m_downButton->setToolTip(tr("Move the section down (Alt+Down)"));
    m_downButton->setAccessibleName(tr("Move the section down"));
    connect(m_downButton, &QToolButton::clicked, this, [this] { moveCurrentSection(+1); });
    auto *moveRow = new QHBoxLayout;
    moveRow->setSpacing(6);
    moveRow->addWidget(m_upButton);
    moveRow->addWidget(m_downButton);
    moveRow->addStretch(1);

    auto *listLayout = new QVBoxLayout(m_listPanel);
    listLayout->setContentsMargins(0, 4, 10, 0);
    listLayout->setSpacing(6);
    listLayout->addWidget(listLabel);
    listLayout->addWidget(m_sectionList, 1);
    listLayout->addLayout(moveRow);

    // Middle: the selected section.
    auto *editorPanel = new QWidget(m_splitter);
    editorPanel->setObjectName(u"qbrEditorPanel"_s);
    editorPanel->setAttribute(Qt::WA_StyledBackground);
    m_editor = new QbrSectionEditor(editorPanel);
    auto *editorLayout = new QVBoxLayout(editorPanel);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_editor);
    connect(m_editor, &QbrSectionEditor::narrativeEdited, this,
            [this](QbrSection section, const QString &text) {
                m_sections->setNarrative(section, text);
                m_document.sections = m_sections->sections();
                markDirty();
            });
    connect(m_editor, &QbrSectionEditor::includeToggled, this, [this](QbrSection section, bool enabled) {
        m_sections->setEnabled(m_sections->rowOf(section), enabled);
    });
    connect(m_editor, &QbrSectionEditor::itemsEdited, this, [this] {
        m_document.kpis = m_editor->kpis();
        m_document.goals = m_editor->goals();
        m_document.risks = m_editor->risks();
        m_document.commitments = m_editor->commitments();
        markDirty();
        updateActions();
    });

    // Right: the preview.
    m_preview = new QbrPreview(m_splitter);
    m_expandPreview = new QToolButton(m_preview);
    m_expandPreview->setObjectName(u"qbrLargerPreview"_s);
    m_expandPreview->setDefaultAction(m_largerPreview);
    m_expandPreview->setToolTip(tr("Give the preview the whole width (%1)")
                                    .arg(m_largerPreview->shortcut().toString(QKeySequence::NativeText)));
    m_largerPreview->setIcon(Icons::make(
        [](QPainter &p) {
            p.drawPolyline(QList<QPointF> { { 14, 4 }, { 20, 4 }, { 20, 10 } });
            p.drawLine(QPointF(20, 4), QPointF(13.5, 10.5));
            p.drawPolyline(QList<QPointF> { { 10, 20 }, { 4, 20 }, { 4, 14 } });
            p.drawLine(QPointF(4, 20), QPointF(10.5, 13.5));
        },
        Theme::text()));
    m_settingsButton = new QToolButton(m_preview);
    m_settingsButton->setObjectName(u"qbrDeckSettingsButton"_s);
    m_settingsButton->setDefaultAction(m_deckSettings);
    m_settingsButton->setToolTip(m_deckSettings->statusTip());
    m_deckSettings->setIcon(Icons::make(
        [](QPainter &p) {
            for (const auto &[y, knob] :
                 { std::pair { 6.0, 15.0 }, std::pair { 12.0, 8.0 }, std::pair { 18.0, 13.0 } }) {
                p.drawLine(QPointF(3.5, y), QPointF(knob - 2.2, y));
                p.drawLine(QPointF(knob + 2.2, y), QPointF(20.5, y));
                p.drawEllipse(QPointF(knob, y), 2.2, 2.2);
            }
        },
        Theme::text()));
    m_preview->addHeaderWidget(m_settingsButton);
    m_preview->addHeaderWidget(m_expandPreview);
    // A double-click on a page: the larger preview, and back.
    connect(m_preview, &QbrPreview::pageDoubleClicked, m_largerPreview, &QAction::toggle);

    m_splitter->addWidget(m_listPanel);
    m_splitter->addWidget(editorPanel);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 9);
    m_splitter->setStretchFactor(2, 11);
    // The list as wide as its longest title (check box and padding beside it), within reason.
    int widest = 0;
    const QFontMetrics metrics(m_sectionList->font());
    for (const QbrSection section : Qbr::allSections())
        widest = std::max(widest, metrics.horizontalAdvance(Qbr::sectionTitle(section)));
    const int listWidth = std::clamp(widest + 64, 170, 240);
    m_splitter->setSizes({ listWidth, 420, 520 });
    m_listPanel->setMinimumWidth(listWidth);
    editorPanel->setMinimumWidth(300);
    m_preview->setMinimumWidth(260);
    return m_splitter;
}

// --- State -----------------------------------------------------------------------

void QbrView::setToday(const QDate &today)
{
    m_today = today;
    if (!m_data)
        m_quarter = defaultQuarter(this->today());
    fillQuarters();
}

QDate QbrView::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

QbrQuarter QbrView::defaultQuarter(const QDate &today)
{
    return QbrQuarter::containing(today).previous();
}

const QbrData &QbrView::data() const
{
    static const QbrData none;
    return m_data ? *m_data : none;
}

QString QbrView::author() const
{
    return m_workspace ? m_workspace->author() : m_author;
}

QString QbrView::accountName() const
{
    if (m_data && !m_data->accountName.isEmpty())
        return m_data->accountName;
    return m_accountId;
}

void QbrView::fillQuarters()
{
    const QSignalBlocker blocker(m_quarterBox);
    m_quarterBox->clear();
    QbrQuarter q = QbrQuarter::containing(today());
    for (int i = 0; i <= pastQuarters; ++i, q = q.previous())
        m_quarterBox->addItem(q.label(), q.toString());
    // A quarter further back (opened from elsewhere) stays offered.
    if (m_quarterBox->findData(m_quarter.toString()) < 0 && m_quarter.isValid())
        m_quarterBox->addItem(m_quarter.label(), m_quarter.toString());
    m_quarterBox->setCurrentIndex(std::max(0, m_quarterBox->findData(m_quarter.toString())));
    updateQuarterLabels();
}

void QbrView::updateQuarterLabels()
{
    // Each quarter says whether the account has a QBR for it.
    QHash<QString, QbrDocument::Status> statuses;
    if (!m_accountId.isEmpty()) {
        QbrStore store(m_db);
        for (const QbrDocument &d : store.list(m_accountId))
            statuses.insert(d.quarter.toString(), d.status);
    }
    const QbrQuarter current = QbrQuarter::containing(today());
    for (int i = 0; i < m_quarterBox->count(); ++i) {
        const QString key = m_quarterBox->itemData(i).toString();
        const std::optional<QbrQuarter> q = QbrQuarter::parse(key);
        if (!q)
            continue;
        QString text = q->label();
        if (statuses.contains(key))
            text = statuses.value(key) == QbrDocument::Status::Delivered ? tr("%1 · delivered").arg(text)
                                                                         : tr("%1 · draft").arg(text);
        else if (*q == current)
            text = tr("%1 · in progress").arg(text);
        m_quarterBox->setItemText(i, text);
    }
}

void QbrView::updateAccountFilter()
{
    if (!m_workspace)
        return;
    AccountFilter filter = m_accounts->filter();
    filter.scope = m_workspace->scope();
    filter.scopeUserId = m_workspace->userId();
    m_accounts->setFilter(filter);
    if (m_accounts->unfilteredCount() == 0)
        showPage(Page::NoAccounts);
    else if (m_pages->currentIndex() == int(Page::NoAccounts))
        showPage(m_accountId.isEmpty() ? Page::ChooseAccount : Page::Body);
}

void QbrView::setAccount(const QString &accountId)
{
    if (accountId == m_accountId && m_data) {
        restorePickerText();
        return;
    }
    save();
    m_accountId = accountId;
    m_restoreAccountId.clear();
    if (!accountId.isEmpty()) {
        QSettings settings;
        settings.setValue(lastAccountKey, accountId);
    }
    load();
}

void QbrView::setQuarter(const QbrQuarter &quarter)
{
    if (!quarter.isValid())
        return;
    if (quarter == m_quarter) {
        fillQuarters();
        return;
    }
    save();
    m_quarter = quarter;
    fillQuarters();
    load();
}

void QbrView::load()
{
    m_saveTimer.stop();
    m_previewTimer.stop();
    m_dirty = false;
    m_saved = false;
    m_saveError.clear();
    m_loadError.clear();
    m_data.reset();
    m_document = QbrDocument();
    m_banner->hide();

    if (m_accountId.isEmpty()) {
        m_empty->setTitle(tr("Choose an account"));
        m_empty->setText(tr("Type an account's name in the box above, or open an account and click “Prepare "
                            "QBR”. The review fills in from the cache; your words are saved as you type."));
        m_preview->clear();
        restorePickerText();
        showPage(m_accounts->unfilteredCount() == 0 ? Page::NoAccounts : Page::ChooseAccount);
        updateChip();
        updateActions();
        return;
    }

    QString error;
    std::optional<QbrData> figures = QbrData::load(m_db, m_accountId, m_quarter, today(), &error);
    QbrStore store(m_db);
    std::optional<QbrDocument> saved;
    if (figures) {
        saved = store.load(m_accountId, m_quarter);
        if (!saved && !store.lastError().isEmpty())
            error = tr("The saved QBR could not be read: %1").arg(store.lastError());
    }
    if (!figures || !error.isEmpty()) {
        // Nothing to edit: saving over an unreadable draft would lose it.
        m_loadError = error;
        m_empty->setTitle(tr("This QBR cannot be opened"));
        m_empty->setText(error);
        m_preview->clear();
        restorePickerText();
        showPage(Page::ChooseAccount);
        updateChip();
        updateActions();
        return;
    }

    m_data = std::move(figures);
    if (saved) {
        m_document = *saved;
        m_saved = true;
    } else {
        QString origin;
        const QbrTemplate tmpl = store.activeTemplate(&origin);
        m_templateName = tmpl.name;
        m_document
            = QbrDocument::fromTemplate(tmpl, m_accountId, m_quarter, m_data->accountName, m_data->csmName);
    }

    const QString currentKey = m_sectionList->currentIndex().data(QbrSectionModel::KeyRole).toString();
    m_filling = true;
    m_sections->setSections(m_document.sections);
    m_document.sections = m_sections->sections();
    m_editor->setDocument(m_document, *m_data, rendererOptions().vendorName);
    m_filling = false;
    const std::optional<QbrSection> keep = Qbr::sectionFromKey(currentKey);
    const int row = keep ? m_sections->rowOf(*keep) : 0;
    m_sectionList->setCurrentIndex(m_sections->index(std::max(0, row)));
    onSelectionChanged();

    QStringList parts { tr("Quarterly business review, %1").arg(m_quarter.label()) };
    parts << tr("%1 to %2").arg(CrmFormat::date(m_quarter.firstDay()), CrmFormat::date(m_quarter.lastDay()));
    if (m_data->asOf < m_quarter.lastDay())
        parts << tr("figures up to %1").arg(CrmFormat::date(m_data->asOf));
    if (!m_data->csmName.isEmpty())
        parts << tr("CSM %1").arg(m_data->csmName);
    setHeading(accountName(), parts.join(u"  ·  "_s));
    restorePickerText();
    updateQuarterLabels();
    updateChip();
    updateActions();
    showPage(Page::Body);
    schedulePreview(0);
    Q_EMIT documentLoaded();
}

void QbrView::reload()
{
    m_accounts->reload();
    updateAccountFilter();
    if (m_accountId.isEmpty())
        return;
    // New figures, same words: the edits are saved first, then read back with the data.
    save();
    load();
}

void QbrView::showPage(Page page)
{
    if (page == Page::NoAccounts)
        setHeading(tr("Quarterly business review"), tr("Prepare a quarterly business review from the cache"));
    else if (page == Page::ChooseAccount)
        setHeading(tr("Quarterly business review"), tr("Pick an account and a quarter"));
    m_pages->setCurrentIndex(int(page));
    m_accountPicker->setEnabled(page != Page::NoAccounts);
    m_quarterBox->setEnabled(page != Page::NoAccounts);
}

void QbrView::restorePickerText()
{
    m_completer->popup()->hide();
    m_accountPicker->setText(m_data ? accountName() : QString());
    m_accountPicker->setCursorPosition(0);
}

void QbrView::pickAccountFromText()
{
    const QModelIndex highlighted = m_completer->popup()->currentIndex();
    if (m_completer->popup()->isVisible() && highlighted.isValid()) {
        // The suggestion under the highlight.
        setAccount(highlighted.data(AccountListModel::AccountIdRole).toString());
        restorePickerText();
        return;
    }
    const QString text = m_accountPicker->text().trimmed();
    if (text.isEmpty() || (m_data && text == accountName())) {
        restorePickerText();
        return;
    }
    m_accounts->setFilterText(text);
    if (m_accounts->rowCount() > 0) {
        setAccount(m_accounts->index(0, 0).data(AccountListModel::AccountIdRole).toString());
        restorePickerText();
        return;
    }
    m_completer->popup()->hide();
    showBanner(tr("No account in %1 matches “%2”.")
                   .arg(m_workspace ? Workspace::scopeLabel(m_workspace->scope()) : tr("the cache"),
                        text.toHtmlEscaped()),
               "red");
}

void QbrView::updateChip()
{
    QString text;
    QString tone;
    QString tip;
    if (!m_data) {
        m_chip->hide();
        return;
    }
    if (!m_saveError.isEmpty()) {
        text = tr("Not saved");
        tone = u"red"_s;
        tip = m_saveError;
    } else if (m_document.status == QbrDocument::Status::Delivered) {
        text = tr("Delivered on %1").arg(CrmFormat::date(m_document.deliveredAt.toLocalTime().date()));
        tone = u"green"_s;
        tip = tr("Corrections are still saved; the tasks were made when it was delivered.");
    } else if (m_saved) {
        text = m_dirty
            ? tr("Draft · saving…")
            : tr("Draft · saved %1")
                  .arg(QLocale().toString(m_document.updatedAt.toLocalTime().time(), QLocale::ShortFormat));
        tone = u"blue"_s;
        tip = tr("Saved in the cache as you type.");
    } else {
        text = m_dirty ? tr("Draft · saving…") : tr("New draft");
        tip = tr("Made from the template “%1”; saved as soon as you change something.").arg(m_templateName);
    }
    m_chip->setText(text);
    m_chip->setToolTip(tip);
    m_chip->setProperty("tone", tone);
    m_chip->style()->unpolish(m_chip);
    m_chip->style()->polish(m_chip);
    m_chip->show();
}

void QbrView::updateActions()
{
    const bool open = m_data.has_value();
    bool anyEnabled = false;
    for (const QbrSectionState &s : std::as_const(m_document.sections))
        anyEnabled = anyEnabled || s.enabled;
    const bool exporting = isExporting();
    m_exportPdf->setEnabled(open && anyEnabled && !exporting);
    m_exportHtml->setEnabled(open && anyEnabled && !exporting);
    m_startFromLast->setEnabled(open);
    m_markDelivered->setEnabled(open && m_document.status != QbrDocument::Status::Delivered);
    m_markDelivered->setToolTip(m_document.status == QbrDocument::Status::Delivered
                                    ? tr("Delivered already: its commitments are tasks on the account.")
                                    : m_markDelivered->statusTip());
    const int row = m_sectionList->currentIndex().row();
    m_upButton->setEnabled(open && row > 0);
    m_downButton->setEnabled(open && row >= 0 && row < m_sections->rowCount() - 1);
}

// --- Editing ---------------------------------------------------------------------

void QbrView::markDirty()
{
    if (m_filling || !m_data)
        return;
    // Half a second after the last edit, and at least every two seconds of steady typing.
    if (!m_dirty)
        m_dirtySince.start();
    m_dirty = true;
    m_saveTimer.start(int(std::clamp<qint64>(maxSaveDelayMs - m_dirtySince.elapsed(), 0, saveDelayMs)));
    schedulePreview(previewDelayMs);
    updateChip();
}

bool QbrView::save()
{
    m_saveTimer.stop();
    if (!m_dirty || !m_data || !m_document.isValid())
        return true;
    QbrStore store(m_db);
    const bool wasSaved = m_saved;
    if (!store.save(m_document, author())) {
        m_saveError = store.lastError();
        showBanner(tr("Your changes could not be saved: %1 They are kept here; Pitwall tries again in a few "
                      "seconds.")
                       .arg(m_saveError.toHtmlEscaped()),
                   "red");
        m_saveTimer.start(5000);
        updateChip();
        return false;
    }
    m_dirty = false;
    m_saved = true;
    if (!m_saveError.isEmpty()) {
        m_saveError.clear();
        m_banner->hide();
    }
    if (!wasSaved)
        updateQuarterLabels();
    updateChip();
    Q_EMIT saved();
    return true;
}

void QbrView::onSectionsEdited()
{
    if (m_filling)
        return;
    m_document.sections = m_sections->sections();
    for (const QbrSectionState &s : std::as_const(m_document.sections))
        m_editor->setSectionEnabled(s.section, s.enabled);
    // The preview follows the selected section's page when the new layout moves it.
    markDirty();
    updateActions();
}

void QbrView::onSelectionChanged()
{
    const QModelIndex current = m_sectionList->currentIndex();
    if (!current.isValid())
        return;
    const QbrSection section = m_sections->sectionAt(current.row());
    m_editor->showSection(section);
    m_preview->showSection(section);
    updateActions();
}

void QbrView::moveCurrentSection(int delta)
{
    const int row = m_sectionList->currentIndex().row();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_sections->rowCount())
        return;
    if (m_sections->moveSection(row, to)) {
        m_sectionList->setCurrentIndex(m_sections->index(to));
        m_sectionList->scrollTo(m_sections->index(to));
    }
    updateActions();
}

void QbrView::schedulePreview(int delayMs)
{
    // The preview follows a pause in typing, and steady typing at least once a second.
    if (!m_previewTimer.isActive())
        m_previewPendingSince.start();
    m_previewTimer.start(
        int(std::clamp<qint64>(maxPreviewDelayMs - m_previewPendingSince.elapsed(), 0, delayMs)));
}

void QbrView::refreshPreview()
{
    if (!m_data) {
        m_preview->clear();
        return;
    }
    m_preview->setDeck(m_document, *m_data, rendererOptions());
}

QbrRenderer::Options QbrView::rendererOptions() const
{
    const QSettings settings;
    QbrRenderer::Options options;
    options.vendorName = QbrDeckSettingsDialog::vendorName(settings);
    options.logoPath = QbrDeckSettingsDialog::logoPath(settings);
    return options;
}

bool QbrView::isPristine() const
{
    if (!m_data)
        return true;
    QbrStore store(m_db);
    const QbrDocument fresh = QbrDocument::fromTemplate(store.activeTemplate(), m_accountId, m_quarter,
                                                        m_data->accountName, m_data->csmName);
    QJsonObject mine = contentOf(m_document);
    QJsonObject theirs = contentOf(fresh);
    mine.remove(u"template"_s);
    theirs.remove(u"template"_s);
    return mine == theirs;
}

int QbrView::commitmentTaskCount() const
{
    int n = 0;
    for (const QbrCommitment &c : m_document.commitments)
        n += c.what.trimmed().isEmpty() ? 0 : 1;
    return n;
}

// --- Actions ---------------------------------------------------------------------

void QbrView::startFromLastQuarter()
{
    if (!m_data)
        return;
    save();
    QbrStore store(m_db);
    const std::optional<QbrDocument> previous = store.previous(m_accountId, m_quarter);
    if (!previous) {
        if (!store.lastError().isEmpty())
            MessageBoxes::critical(this, tr("Start from last quarter"),
                                   tr("The earlier QBRs of %1 could not be read.").arg(accountName()),
                                   store.lastError());
        else
            MessageBoxes::information(
                this, tr("Start from last quarter"),
                tr("There is no QBR of %1 before %2 to start from.").arg(accountName(), m_quarter.label()),
                tr("This one starts from the template; next quarter's can start from it."));
        return;
    }
    if (!isPristine()) {
        const auto answer = MessageBoxes::question(
            this, tr("Start from last quarter"),
            tr("Replace this draft with the %1 QBR carried forward?").arg(previous->quarter.label()),
            tr("Its words, sections, outcome measures (last quarter's figures become the baselines), goals "
               "not "
               "yet done and open risks replace what is here now. Commitments start empty."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    QbrDocument next = previous->carriedForwardTo(m_quarter);
    next.status = m_document.status;
    next.deliveredAt = m_document.deliveredAt;
    next.updatedAt = m_document.updatedAt;
    m_document = next;
    m_filling = true;
    m_sections->setSections(m_document.sections);
    m_document.sections = m_sections->sections();
    m_editor->setDocument(m_document, *m_data, rendererOptions().vendorName);
    m_filling = false;
    const QModelIndex current = m_sectionList->currentIndex();
    m_sectionList->setCurrentIndex(current.isValid() ? current : m_sections->index(0));
    onSelectionChanged();
    m_dirty = true;
    save();
    schedulePreview(0);
    updateActions();
    showBanner(tr("Started from the %1 QBR: its words, measures, goals and open risks are here to update.")
                   .arg(previous->quarter.label()),
               "blue");
}

void QbrView::markDelivered()
{
    if (!m_data || m_document.status == QbrDocument::Status::Delivered)
        return;
    const int tasks = commitmentTaskCount();
    const auto answer = MessageBoxes::question(
        this, tr("Mark delivered"),
        tr("Mark the %1 QBR of %2 as delivered?").arg(m_quarter.label(), accountName()),
        (tasks > 0 ? tr("%n commitment(s) will become tasks on the account.", nullptr, tasks)
                   : tr("There are no commitments to turn into tasks."))
            + u' '
            + tr("A note on the account records the delivery. You can still correct the QBR afterwards."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    m_saveTimer.stop();
    QbrStore store(m_db);
    if (!store.markDelivered(m_document, author())) {
        MessageBoxes::critical(this, tr("Mark delivered"),
                               tr("The QBR of %1 could not be marked delivered.").arg(accountName()),
                               store.lastError());
        return;
    }
    m_dirty = false;
    m_saved = true;
    m_saveError.clear();
    updateChip();
    updateActions();
    updateQuarterLabels();
    schedulePreview(0); // the cover's date is the delivery's
    const QString link
        = u"<a href=\"account:%1\">%2</a>"_s.arg(m_accountId.toHtmlEscaped(), tr("Open the account"));
    showBanner((tasks > 0 ? tr("Marked delivered. %n task(s) were added to the account.", nullptr, tasks)
                          : tr("Marked delivered. A note on the account records it."))
                   + u"  "_s + link,
               "green");
    Q_EMIT saved();
}

void QbrView::openDeckSettings()
{
    auto *dialog = new QbrDeckSettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_editor->setVendorName(rendererOptions().vendorName);
        schedulePreview(0);
    });
    dialog->open();
}

// --- Export ----------------------------------------------------------------------

void QbrView::exportPdf()
{
    exportAs(false);
}

void QbrView::exportHtml()
{
    exportAs(true);
}

void QbrView::exportAs(bool html)
{
    if (!m_data || isExporting() || !m_exportPdf->isEnabled())
        return;
    save();
    const QString suffix = html ? u"html"_s : u"pdf"_s;
    const QString filter = html ? tr("Web page (*.html)") : tr("PDF document (*.pdf)");
    QString path = FileDialogs::saveFileName(this, html ? tr("Export QBR as HTML") : tr("Export QBR as PDF"),
                                             suggestedFileName(accountName(), m_quarter, suffix), filter);
    if (path.isEmpty())
        return;
    const QString given = QFileInfo(path).suffix().toLower();
    if (html ? (given != "html"_L1 && given != "htm"_L1) : given != "pdf"_L1)
        path += u'.' + suffix;
    exportTo(path);
}

bool QbrView::isExporting() const
{
    return m_exportJob->isRunning();
}

bool QbrView::exportTo(const QString &path)
{
    if (!m_data || isExporting() || path.isEmpty())
        return false;
    m_banner->hide();
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool html = suffix == "html"_L1 || suffix == "htm"_L1;
    const bool started
        = m_exportJob->startTask([path, html, document = m_document, figures = *m_data,
                                  options = rendererOptions()](const ExportJob::Control &control) {
              ExportJob::Result result;
              result.path = path;
              if (control.isCancelled()) {
                  result.cancelled = true;
                  return result;
              }
              const QbrRenderer renderer(document, figures, options);
              control.report(0, renderer.pageCount());
              // Written beside the target, then renamed over it: a cancelled or failed
              // export leaves no half file, and never the previous one half replaced.
              const QFileInfo target(path);
              QString temp;
              {
                  QTemporaryFile reserve(
                      target.absoluteDir().filePath(u".%1.XXXXXX.part"_s.arg(target.fileName())));
                  reserve.setAutoRemove(false);
                  if (!reserve.open()) {
                      result.error = QbrView::tr("Could not write %1: %2")
                                         .arg(QDir::toNativeSeparators(path), reserve.errorString());
                      return result;
                  }
                  temp = reserve.fileName();
              }
              QString error;
              const bool ok = html ? renderer.writeHtml(temp, &error) : renderer.writePdf(temp, &error);
              if (!ok || control.isCancelled()) {
                  QFile::remove(temp);
                  result.cancelled = ok;
                  result.error = error;
                  return result;
              }
              if (QFile::exists(path) && !QFile::remove(path)) {
                  QFile::remove(temp);
                  result.error = QbrView::tr("Could not replace %1.").arg(QDir::toNativeSeparators(path));
                  return result;
              }
              if (!QFile::rename(temp, path)) {
                  QFile::remove(temp);
                  result.error = QbrView::tr("Could not write %1.").arg(QDir::toNativeSeparators(path));
                  return result;
              }
              result.ok = true;
              result.rows = renderer.pageCount();
              control.report(result.rows, result.rows);
              return result;
          });
    if (!started)
        return false;
    connect(m_exportJob, &ExportJob::finished, this, &QbrView::onExportFinished, Qt::UniqueConnection);

    // Shown only if the export takes a moment (a long deck, a slow disk).
    auto *progress = new QProgressDialog(this);
    progress->setObjectName(u"qbrExportProgress"_s);
    progress->setWindowTitle(html ? tr("Export QBR as HTML") : tr("Export QBR as PDF"));
    progress->setLabelText(tr("Writing %1…").arg(QFileInfo(path).fileName()));
    progress->setCancelButtonText(tr("Cancel"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(400);
    progress->setRange(0, 0);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QProgressDialog::canceled, m_exportJob, &ExportJob::cancel);
    m_exportProgress = progress;
    updateActions();
    return true;
}

void QbrView::onExportFinished()
{
    const ExportJob::Result result = m_exportJob->result();
    if (m_exportProgress)
        m_exportProgress->close();
    updateActions();
    const QFileInfo info(result.path);
    const QString file = QDir::toNativeSeparators(info.absoluteFilePath());
    if (result.ok) {
        const QString open = u"<a href=\"%1\">%2</a>"_s.arg(
            QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded), tr("Open it"));
        const QString folder = u"<a href=\"%1\">%2</a>"_s.arg(
            QUrl::fromLocalFile(info.absolutePath()).toString(QUrl::FullyEncoded), tr("Show in folder"));
        showBanner(
            tr("Exported the QBR (%n page(s)) to %1.", nullptr, int(result.rows)).arg(file.toHtmlEscaped())
                + u"  "_s + open + u" · "_s + folder,
            "green");
    } else if (result.cancelled) {
        showBanner(tr("Export cancelled; no file was written."), "blue");
    } else {
        MessageBoxes::critical(this, tr("Export failed"),
                               tr("The QBR could not be exported to %1.").arg(file), result.error);
    }
    Q_EMIT exportFinished(result.path, result.ok);
}

void QbrView::setHeading(const QString &title, const QString &subtitle)
{
    m_title->setFullText(title);
    m_subtitle->setFullText(subtitle);
}

void QbrView::showBanner(const QString &html, const char *tone)
{
    m_bannerText->setText(html);
    m_banner->setProperty("tone", QString::fromLatin1(tone));
    m_banner->style()->unpolish(m_banner);
    m_banner->style()->polish(m_banner);
    for (QWidget *child : m_banner->findChildren<QWidget *>()) {
        child->style()->unpolish(child);
        child->style()->polish(child);
    }
    m_banner->show();
}

// --- Events ----------------------------------------------------------------------

void QbrView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_accountId.isEmpty() && !m_restoreAccountId.isEmpty()) {
        const QString id = m_restoreAccountId;
        m_restoreAccountId.clear();
        setAccount(id);
        if (!m_data) {
            // The account left the cache: start from the choice again.
            m_accountId.clear();
            m_loadError.clear();
            load();
        }
    }
}

void QbrView::hideEvent(QHideEvent *event)
{
    save();
    QWidget::hideEvent(event);
}

bool QbrView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (watched == m_sectionList && modifiers == Qt::AltModifier
            && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveCurrentSection(key->key() == Qt::Key_Up ? -1 : +1);
            return true;
        }
        if (watched == m_accountPicker && key->key() == Qt::Key_Escape && modifiers == Qt::NoModifier
            && !m_completer->popup()->isVisible()) {
            restorePickerText();
            return true;
        }
        if (watched == m_accountPicker && key->key() == Qt::Key_Down && !m_completer->popup()->isVisible()) {
            // Down opens the suggestions, as in a combo box.
            m_accounts->setFilterText(m_accountPicker->text() == accountName() ? QString()
                                                                               : m_accountPicker->text());
            m_completer->setCompletionPrefix(QString());
            m_completer->complete();
            return true;
        }
    }
    if (watched == m_accountPicker && event->type() == QEvent::FocusOut
        && !m_completer->popup()->isVisible()) {
        // Leaving the box without picking: it shows the account again.
        restorePickerText();
    }
    return QWidget::eventFilter(watched, event);
}
