#include "ImportReportView.h"

#include "common/Icons.h"
#include "common/Theme.h"
#include "domain/Entity.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

int entityOrder(const QString &name)
{
    for (std::size_t i = 0; i < allEntities.size(); ++i) {
        if (entitySpec(allEntities[i]).name == name)
            return int(i);
    }
    return int(allEntities.size());
}

// A list of 100k rejections helps nobody and costs seconds to build; the copied
// report and the import log keep the full list.
constexpr int maxListedRejections = 5000;

QTableWidgetItem *numberItem(qint64 value, bool bold = false)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (bold) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
    return item;
}

} // namespace

ImportReportView::ImportReportView(QWidget *parent)
    : QWidget(parent)
    , m_badge(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_source(new QLabel(this))
    , m_error(new QLabel(this))
    , m_tablesTitle(new QLabel(tr("By table"), this))
    , m_tables(new QTableWidget(this))
    , m_rejectionsTitle(new QLabel(this))
    , m_rejections(new QTreeWidget(this))
    , m_warnings(new QLabel(this))
    , m_copy(new QPushButton(tr("Copy report"), this))
{
    m_headline->setObjectName(u"reportHeadline"_s);
    Theme::setRole(m_headline, "heading");
    m_summary->setObjectName(u"reportSummary"_s);
    m_summary->setWordWrap(true);
    Theme::setRole(m_summary, "muted");
    m_source->setObjectName(u"reportSource"_s);
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::setRole(m_source, "muted");
    m_error->setObjectName(u"reportError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::setRole(m_error, "error");
    m_warnings->setObjectName(u"reportWarnings"_s);
    m_warnings->setWordWrap(true);
    Theme::setRole(m_warnings, "muted");
    Theme::setRole(m_tablesTitle, "stage");
    Theme::setRole(m_rejectionsTitle, "stage");

    m_tables->setObjectName(u"reportTables"_s);
    m_tables->setColumnCount(6);
    m_tables->setHorizontalHeaderLabels(
        { tr("Table"), tr("Added"), tr("Changed"), tr("Unchanged"), tr("Archived"), tr("Rejected") });
    m_tables->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_tables->verticalHeader()->hide();
    m_tables->verticalHeader()->setDefaultSectionSize(28);
    m_tables->setShowGrid(false);
    m_tables->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tables->setSelectionMode(QAbstractItemView::NoSelection);
    m_tables->setFocusPolicy(Qt::NoFocus);
    m_tables->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tables->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tables->horizontalHeader()->setMinimumSectionSize(80);
    for (int c = 1; c < 6; ++c)
        m_tables->horizontalHeaderItem(c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_tables->setFrameShape(QFrame::NoFrame);

    m_rejections->setObjectName(u"reportRejections"_s);
    m_rejections->setColumnCount(3);
    m_rejections->setHeaderLabels({ tr("File"), tr("Line"), tr("Reason") });
    m_rejections->setRootIsDecorated(false);
    m_rejections->setUniformRowHeights(true);
    m_rejections->setAlternatingRowColors(true);
    m_rejections->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_rejections->setFocusPolicy(Qt::NoFocus);
    m_rejections->setFrameShape(QFrame::NoFrame);
    m_rejections->header()->setStretchLastSection(true);
    m_rejections->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_rejections->headerItem()->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    m_rejections->setColumnWidth(0, 160);
    m_rejections->setColumnWidth(1, 70);

    m_copy->setObjectName(u"copyReportButton"_s);
    m_copy->setToolTip(tr("Copy the whole report as text, every rejected row included"));
    connect(m_copy, &QPushButton::clicked, this, &ImportReportView::copyToClipboard);

    auto *headlineText = new QVBoxLayout;
    headlineText->setSpacing(2);
    headlineText->addWidget(m_headline);
    headlineText->addWidget(m_summary);
    headlineText->addWidget(m_source);
    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(m_badge, 0, Qt::AlignTop);
    top->addLayout(headlineText, 1);
    top->addWidget(m_copy, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addSpacing(6);
    layout->addWidget(m_error);
    layout->addWidget(m_warnings);
    layout->addWidget(m_tablesTitle);
    layout->addWidget(m_tables);
    layout->addSpacing(6);
    layout->addWidget(m_rejectionsTitle);
    layout->addWidget(m_rejections, 1);
    layout->addStretch();
}

QString ImportReportView::entityTitle(const QString &entity)
{
    static const QHash<QString, const char *> titles = {
        { u"users"_s, QT_TR_NOOP("Users") },         { u"accounts"_s, QT_TR_NOOP("Accounts") },
        { u"contacts"_s, QT_TR_NOOP("Contacts") },   { u"opportunities"_s, QT_TR_NOOP("Opportunities") },
        { u"cases"_s, QT_TR_NOOP("Support cases") }, { u"usage"_s, QT_TR_NOOP("Usage") },
        { u"nps"_s, QT_TR_NOOP("NPS responses") },   { u"activities"_s, QT_TR_NOOP("Activities") },
    };
    const char *title = titles.value(entity);
    return title ? tr(title) : entity;
}

QString ImportReportView::profileTitle(const QString &profile)
{
    if (profile == "native"_L1)
        return tr("Pitwall bundle");
    if (profile == "salesforce"_L1)
        return tr("Salesforce");
    if (profile == "hubspot"_L1)
        return tr("HubSpot");
    return profile;
}

void ImportReportView::setReport(const ImportReport &report)
{
    m_report = report;
    const ImportCounts totals = report.totals();
    const QLocale locale;
    const QString seconds = locale.toString(report.elapsedMs / 1000.0, 'f', 1);

    m_error->setVisible(report.status == ImportReport::Status::Failed);
    const QString source = QDir::toNativeSeparators(report.source);
    m_source->setVisible(!source.isEmpty());
    m_source->setText(report.profile.isEmpty() || report.profile == "auto"_L1
                          ? tr("Source: %1").arg(source)
                          : tr("Source: %1 (profile: %2)").arg(source, profileTitle(report.profile)));
    switch (report.status) {
    case ImportReport::Status::Applied:
        m_badge->setPixmap(Icons::success(36));
        m_headline->setText(tr("Import complete"));
        m_summary->setText(tr("%1 added, %2 changed, %3 unchanged, %4 archived, %5 rejected, in %6 s.")
                               .arg(locale.toString(totals.added), locale.toString(totals.changed),
                                    locale.toString(totals.unchanged), locale.toString(totals.archived),
                                    locale.toString(totals.rejected), seconds));
        break;
    case ImportReport::Status::Cancelled:
        m_badge->setPixmap(Icons::cancelled(36));
        m_headline->setText(tr("Import cancelled"));
        m_summary->setText(tr("The import was rolled back; the cache is unchanged."));
        break;
    case ImportReport::Status::Failed:
        m_badge->setPixmap(Icons::failure(36));
        m_headline->setText(tr("Import failed"));
        m_summary->setText(tr("Nothing was imported; the cache is unchanged."));
        m_error->setText(report.error.isEmpty() ? tr("The import stopped without saying why.")
                                                : report.error);
        break;
    }

    const bool applied = report.ok();
    m_tablesTitle->setVisible(applied && !report.tables.isEmpty());
    m_tables->setVisible(applied && !report.tables.isEmpty());
    m_tables->setRowCount(0);
    if (applied) {
        m_tables->setRowCount(int(report.tables.size()) + 1);
        // In the order an import applies them (users before the accounts they own, ...).
        QStringList entities = report.tables.keys();
        std::stable_sort(entities.begin(), entities.end(),
                         [](const QString &a, const QString &b) { return entityOrder(a) < entityOrder(b); });
        int row = 0;
        for (const QString &entity : std::as_const(entities)) {
            const ImportCounts &c = report.tables.value(entity);
            m_tables->setItem(row, 0, new QTableWidgetItem(entityTitle(entity)));
            m_tables->setItem(row, 1, numberItem(c.added));
            m_tables->setItem(row, 2, numberItem(c.changed));
            m_tables->setItem(row, 3, numberItem(c.unchanged));
            m_tables->setItem(row, 4, numberItem(c.archived));
            m_tables->setItem(row, 5, numberItem(c.rejected));
            ++row;
        }
        auto *total = new QTableWidgetItem(tr("Total"));
        QFont bold = total->font();
        bold.setBold(true);
        total->setFont(bold);
        m_tables->setItem(row, 0, total);
        m_tables->setItem(row, 1, numberItem(totals.added, true));
        m_tables->setItem(row, 2, numberItem(totals.changed, true));
        m_tables->setItem(row, 3, numberItem(totals.unchanged, true));
        m_tables->setItem(row, 4, numberItem(totals.archived, true));
        m_tables->setItem(row, 5, numberItem(totals.rejected, true));
        // Short tables show whole, without a scroll bar of their own.
        const int height = m_tables->horizontalHeader()->sizeHint().height()
            + m_tables->rowCount() * m_tables->verticalHeader()->defaultSectionSize() + 2;
        m_tables->setFixedHeight(qMin(height, 300));
    }

    m_rejections->clear();
    const bool hasRejections = !report.rejections.isEmpty();
    m_rejections->setVisible(hasRejections);
    m_rejectionsTitle->setVisible(hasRejections);
    if (hasRejections) {
        const int listed = qMin<int>(report.rejections.size(), maxListedRejections);
        m_rejectionsTitle->setText(
            report.rejections.size() > listed
                ? tr("Rejected rows (%1, first %2 listed)")
                      .arg(locale.toString(report.rejections.size()), locale.toString(listed))
                : tr("Rejected rows (%1)").arg(locale.toString(report.rejections.size())));
        QList<QTreeWidgetItem *> items;
        items.reserve(listed);
        for (int i = 0; i < listed; ++i) {
            const ImportRejection &r = report.rejections.at(i);
            auto *item = new QTreeWidgetItem(
                { r.file, r.line > 0 ? locale.toString(r.line) : tr("whole file"), r.reason });
            item->setToolTip(2, r.reason);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setSizeHint(0, QSize(0, 26)); // uniform row heights: this sets them all
            items << item;
        }
        m_rejections->addTopLevelItems(items);
    }

    // A messy export can carry a thousand warnings; the first ones say what kind they are,
    // and "Copy report" gives them all.
    constexpr qsizetype shownWarnings = 12;
    QStringList warnings = report.warnings.mid(0, shownWarnings);
    if (report.warnings.size() > shownWarnings)
        warnings << tr("… and %n more warning(s) (Copy report has them all).", nullptr,
                       int(report.warnings.size() - shownWarnings));
    m_warnings->setVisible(!warnings.isEmpty());
    m_warnings->setText(warnings.join(u'\n'));
}

QString ImportReportView::headline() const
{
    return m_headline->text();
}

QString ImportReportView::summary() const
{
    return m_summary->text();
}

QString ImportReportView::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void ImportReportView::copyToClipboard() const
{
    // Every warning and rejection, not just the first ones the CLI prints.
    QApplication::clipboard()->setText(m_report.toText(-1));
}
