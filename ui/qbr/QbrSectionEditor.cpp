#include "QbrSectionEditor.h"

#include "QbrTableEditor.h"
#include "account/CrmFormat.h"
#include "common/Theme.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QLocale displayLocale()
{
    return CrmFormat::displayLocale();
}

QString number(double v, int decimals = 0)
{
    QString s = displayLocale().toString(v, 'f', decimals);
    const QString point = displayLocale().decimalPoint();
    if (decimals > 0) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(point))
            s.chop(point.size());
    }
    return s;
}

QString percent(double fraction)
{
    return displayLocale().toString(fraction * 100, 'f', 0) + displayLocale().percent();
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString bold(const QString &text)
{
    return u"<b>"_s + esc(text) + u"</b>"_s;
}

std::optional<double> lastValue(const QbrData::Series &series)
{
    if (series.points.isEmpty())
        return std::nullopt;
    return series.points.constLast().value;
}

QString bandLabel(const QString &band)
{
    if (band == "green"_L1)
        return QbrSectionEditor::tr("Healthy");
    if (band == "yellow"_L1)
        return QbrSectionEditor::tr("Needs attention");
    if (band == "red"_L1)
        return QbrSectionEditor::tr("At risk");
    return {};
}

QString list(const QStringList &items)
{
    QString html = u"<ul style=\"margin-left: -20px; margin-top: 2px; margin-bottom: 0px;\">"_s;
    for (const QString &item : items)
        html += u"<li>"_s + item + u"</li>"_s;
    return html + u"</ul>"_s;
}

QString signedNumber(double v, int decimals = 0)
{
    const QString s = number(std::abs(v), decimals);
    return v > 0 ? u"+"_s + s : v < 0 ? u"\u2212"_s + s : s;
}

} // namespace

QbrSectionEditor::QbrSectionEditor(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
{
    setObjectName(u"qbrSectionEditor"_s);
    for (const QbrSection s : Qbr::allSections()) {
        const Page page = createPage(s);
        m_pages.insert(int(s), page);
        m_stack->addWidget(page.widget);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    showSection(QbrSection::Cover);
}

QbrSectionEditor::Page QbrSectionEditor::createPage(QbrSection section)
{
    const QString key = Qbr::sectionKey(section);
    Page page;
    page.widget = new QWidget(m_stack);
    page.widget->setObjectName(u"qbrPage_"_s + key);

    auto *title = new QLabel(Qbr::sectionTitle(section), page.widget);
    title->setObjectName(u"qbrSectionTitle_"_s + key);
    Theme::setRole(title, "heading");
    title->setWordWrap(true);
    page.include = new QCheckBox(tr("&In the deck"), page.widget);
    page.include->setObjectName(u"qbrInclude_"_s + key);
    page.include->setToolTip(tr("Turn the section on or off; it keeps its words either way."));
    connect(page.include, &QCheckBox::toggled, this, [this, section](bool on) {
        if (!m_filling)
            Q_EMIT includeToggled(section, on);
    });
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title, 1);
    titleRow->addWidget(page.include, 0, Qt::AlignVCenter);

    auto *narrativeLabel = new QLabel(tr("&Your words"), page.widget);
    Theme::setRole(narrativeLabel, "muted");
    page.narrative = new QPlainTextEdit(page.widget);
    page.narrative->setObjectName(u"qbrNarrative_"_s + key);
    page.narrative->setAccessibleName(tr("%1: your words").arg(Qbr::sectionTitle(section)));
    page.narrative->setTabChangesFocus(true);
    page.narrative->setPlaceholderText(tr("What you want the customer to take away from this page."));
    page.narrative->setStyleSheet(u"QPlainTextEdit { background: #ffffff; border: 1px solid #cfd6df;"
                                  " border-radius: 6px; padding: 4px; }"
                                  " QPlainTextEdit:focus { border-color: #1f6feb; }"_s);
    narrativeLabel->setBuddy(page.narrative);
    connect(page.narrative, &QPlainTextEdit::textChanged, this, [this, section, edit = page.narrative] {
        if (m_filling)
            return;
        fillPlaceholders(edit);
        Q_EMIT narrativeEdited(section, edit->toPlainText());
    });

    page.hint = new QLabel(page.widget);
    page.hint->setObjectName(u"qbrHint_"_s + key);
    page.hint->setWordWrap(true);
    page.hint->setTextFormat(Qt::RichText);
    Theme::setRole(page.hint, "muted");

    auto *layout = new QVBoxLayout(page.widget);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(6);
    layout->addLayout(titleRow);
    layout->addSpacing(4);
    layout->addWidget(narrativeLabel);

    QbrTableEditor *table = nullptr;
    switch (section) {
    case QbrSection::Value:
        table = m_kpis = new QbrTableEditor(
            u"qbrKpis"_s,
            { { tr("Outcome measure"), QbrTableEditor::Kind::Text,
                tr("What the customer measures, in their words"), 3 },
              { tr("Unit"), QbrTableEditor::Kind::Text, tr("%, h, USD… or nothing for a count"), 0 },
              { tr("Baseline"), QbrTableEditor::Kind::Number, tr("Where it stood when the work began") },
              { tr("Now"), QbrTableEditor::Kind::Number, tr("Where it stands at the end of the quarter") },
              { tr("Note"), QbrTableEditor::Kind::Text, {}, 2 } },
            tr("Add measu&re"), tr("Outcome measures"), page.widget);
        break;
    case QbrSection::Goals:
        table = m_goals = new QbrTableEditor(u"qbrGoals"_s,
                                             { { tr("Goal"), QbrTableEditor::Kind::Text, {} },
                                               { tr("Progress"), QbrTableEditor::Kind::Progress, {} },
                                               { tr("Status"), QbrTableEditor::Kind::GoalStatus, {} } },
                                             tr("Add g&oal"), tr("Success-plan goals"), page.widget);
        break;
    case QbrSection::Risks:
        table = m_risks
            = new QbrTableEditor(u"qbrRisks"_s,
                                 { { tr("Risk"), QbrTableEditor::Kind::Text, {} },
                                   { tr("Mitigation"), QbrTableEditor::Kind::Text, {} },
                                   { tr("Closed"), QbrTableEditor::Kind::Check,
                                     tr("Mitigated or gone: not carried into next quarter's QBR") } },
                                 tr("Add &risk"), tr("Risks and mitigations"), page.widget);
        break;
    case QbrSection::Commitments:
        table = m_commitments
            = new QbrTableEditor(u"qbrCommitments"_s,
                                 { { tr("Commitment"), QbrTableEditor::Kind::Text, {}, 3 },
                                   { tr("Owner"), QbrTableEditor::Kind::Text,
                                     tr("A Pitwall user's name makes the task theirs"), 2 },
                                   { tr("Due"), QbrTableEditor::Kind::Date, {} } },
                                 tr("Add &commitment"), tr("Next-quarter commitments"), page.widget);
        break;
    default:
        break;
    }

    if (table) {
        connect(table, &QbrTableEditor::edited, this, [this] {
            if (!m_filling)
                Q_EMIT itemsEdited();
        });
        page.narrative->setMinimumHeight(90);
        layout->addWidget(page.narrative, 2);
        layout->addWidget(page.hint);
        layout->addSpacing(6);
        layout->addWidget(table, 3);
    } else {
        page.narrative->setMinimumHeight(120);
        layout->addWidget(page.narrative, 3);
        layout->addWidget(page.hint);
        page.summary = new QLabel(page.widget);
        page.summary->setObjectName(u"qbrData_"_s + key);
        page.summary->setWordWrap(true);
        page.summary->setTextFormat(Qt::RichText);
        page.summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        page.summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        page.summary->setStyleSheet(u"QLabel { background: #ffffff; border: 1px solid #e1e6ed;"
                                    " border-radius: 6px; padding: 10px 12px; color: #1b2430; }"_s);
        page.summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
        layout->addSpacing(6);
        layout->addWidget(page.summary);
        layout->addStretch(1);
    }
    return page;
}

void QbrSectionEditor::setDocument(const QbrDocument &document, const QbrData &figures,
                                   const QString &vendorName)
{
    m_filling = true;
    m_data = figures;
    m_vendorName = vendorName;
    m_accountName = figures.accountName.isEmpty() ? document.accountId : figures.accountName;
    m_quarterLabel = document.quarter.label();
    m_csmName = figures.csmName;
    for (const QbrSectionState &s : document.sections) {
        const Page page = m_pages.value(int(s.section));
        if (!page.widget)
            continue;
        page.include->setChecked(s.enabled);
        // Only a different text replaces the editor's (its undo history goes with it).
        if (page.narrative->toPlainText() != s.narrative)
            page.narrative->setPlainText(s.narrative);
    }

    QList<QVariantList> rows;
    for (const QbrKpi &k : document.kpis) {
        rows.append({ k.name, k.unit, k.baseline ? QVariant(*k.baseline) : QVariant(),
                      k.current ? QVariant(*k.current) : QVariant(), k.note });
    }
    m_kpis->setRows(rows);
    rows.clear();
    for (const QbrGoal &g : document.goals)
        rows.append({ g.goal, g.progress, g.status });
    m_goals->setRows(rows);
    rows.clear();
    for (const QbrRisk &r : document.risks)
        rows.append({ r.risk, r.mitigation, r.closed });
    m_risks->setRows(rows);
    rows.clear();
    for (const QbrCommitment &c : document.commitments)
        rows.append({ c.what, c.owner, c.due.isValid() ? QVariant(c.due) : QVariant() });
    m_commitments->setRows(rows);
    // A new commitment is due by the end of the quarter after the review.
    m_commitments->setNewRowValues({ QString(), QString(), document.quarter.next().lastDay() });
    m_filling = false;
    updateHints();
    updateSummaries();
}

void QbrSectionEditor::setVendorName(const QString &vendorName)
{
    m_vendorName = vendorName;
    updateSummaries();
}

void QbrSectionEditor::showSection(QbrSection section)
{
    m_current = section;
    if (const Page page = m_pages.value(int(section)); page.widget)
        m_stack->setCurrentWidget(page.widget);
}

void QbrSectionEditor::setSectionEnabled(QbrSection section, bool enabled)
{
    const Page page = m_pages.value(int(section));
    if (!page.include || page.include->isChecked() == enabled)
        return;
    m_filling = true;
    page.include->setChecked(enabled);
    m_filling = false;
}

QList<QbrKpi> QbrSectionEditor::kpis() const
{
    QList<QbrKpi> out;
    for (const QVariantList &row : m_kpis->rows()) {
        QbrKpi k;
        k.name = row.value(0).toString().trimmed();
        k.unit = row.value(1).toString().trimmed();
        if (row.value(2).isValid())
            k.baseline = row.value(2).toDouble();
        if (row.value(3).isValid())
            k.current = row.value(3).toDouble();
        k.note = row.value(4).toString().trimmed();
        out.append(k);
    }
    return out;
}

QList<QbrGoal> QbrSectionEditor::goals() const
{
    QList<QbrGoal> out;
    for (const QVariantList &row : m_goals->rows()) {
        QbrGoal g;
        g.goal = row.value(0).toString().trimmed();
        g.progress = std::clamp(row.value(1).toInt(), 0, 100);
        g.status = row.value(2).toString();
        if (!Qbr::goalStatuses().contains(g.status))
            g.status = u"not_started"_s;
        out.append(g);
    }
    return out;
}

QList<QbrRisk> QbrSectionEditor::risks() const
{
    QList<QbrRisk> out;
    for (const QVariantList &row : m_risks->rows())
        out.append(
            { row.value(0).toString().trimmed(), row.value(1).toString().trimmed(), row.value(2).toBool() });
    return out;
}

QList<QbrCommitment> QbrSectionEditor::commitments() const
{
    QList<QbrCommitment> out;
    for (const QVariantList &row : m_commitments->rows())
        out.append(
            { row.value(0).toString().trimmed(), row.value(1).toString().trimmed(), row.value(2).toDate() });
    return out;
}

void QbrSectionEditor::fillPlaceholders(QPlainTextEdit *edit)
{
    const QList<std::pair<QString, QString>> values = {
        { u"{account}"_s, m_accountName },
        { u"{quarter}"_s, m_quarterLabel },
        { u"{csm}"_s, m_csmName },
    };
    QTextDocument *document = edit->document();
    bool any = false;
    for (const auto &[placeholder, value] : values)
        any = any || (!value.isEmpty() && edit->toPlainText().contains(placeholder));
    if (!any)
        return;
    // One undo step for the whole replacement; textChanged fires again, finding nothing.
    QTextCursor edit_cursor(document);
    edit_cursor.beginEditBlock();
    for (const auto &[placeholder, value] : values) {
        if (value.isEmpty())
            continue;
        QTextCursor found = document->find(placeholder);
        while (!found.isNull()) {
            found.insertText(value);
            found = document->find(placeholder, found);
        }
    }
    edit_cursor.endEditBlock();
}

void QbrSectionEditor::updateHints()
{
    QStringList fills;
    if (!m_accountName.isEmpty())
        fills << tr("{account} becomes %1").arg(bold(m_accountName));
    if (!m_quarterLabel.isEmpty())
        fills << tr("{quarter} becomes %1").arg(bold(m_quarterLabel));
    if (!m_csmName.isEmpty())
        fills << tr("{csm} becomes %1").arg(bold(m_csmName));
    const QString placeholders
        = fills.isEmpty() ? QString() : tr("As you type, %1.").arg(fills.join(u", "_s));
    const QString layout = tr("A blank line starts a paragraph; a line starting with “- ” is a bullet.");
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        QString text = placeholders.isEmpty() ? layout : placeholders + u' ' + layout;
        const auto section = QbrSection(it.key());
        if (section == QbrSection::Commitments)
            text += u"<br>"_s
                + tr("Each commitment becomes a task on the account when the QBR is marked delivered; an "
                     "owner "
                     "named like a Pitwall user gets the task.");
        else if (section == QbrSection::Value)
            text += u"<br>"_s + tr("The page shows each measure's change from its baseline.");
        else if (section == QbrSection::Risks)
            text += u"<br>"_s + tr("Open risks carry over when next quarter's QBR starts from this one.");
        it->hint->setText(text);
    }
}

void QbrSectionEditor::updateSummaries()
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        if (!it->summary)
            continue;
        bool hasData = true;
        it->summary->setText(summaryOf(QbrSection(it.key()), m_data, m_vendorName, &hasData));
        it->summary->setProperty("hasData", hasData);
        it->summary->setAccessibleName(hasData ? tr("Figures from the cache") : tr("No data this quarter"));
    }
}

QString QbrSectionEditor::summaryOf(QbrSection section, const QbrData &figures, const QString &vendorName,
                                    bool *hasData)
{
    bool has = true;
    const QString quarter = figures.quarter.label();
    const QString period
        = tr("From the cache, %1 to %2:")
              .arg(CrmFormat::date(figures.quarter.firstDay()), CrmFormat::date(figures.asOf));
    const QString name = figures.accountName.isEmpty() ? figures.accountId : figures.accountName;
    QStringList items;
    QString html;
    switch (section) {
    case QbrSection::Cover: {
        html = tr("The cover shows %1 and %2, prepared by %3, with %4 as the vendor (Deck settings…).")
                   .arg(bold(name), bold(quarter),
                        figures.csmName.isEmpty() ? tr("the account's CSM") : bold(figures.csmName),
                        bold(vendorName));
        break;
    }
    case QbrSection::ExecutiveSummary:
        html = tr("Beside your words, the summary page shows the quarter at a glance: health, ARR, renewal "
                  "date, licence use, NPS and support cases.");
        break;
    case QbrSection::Health: {
        if (!figures.healthScore && figures.healthHistory.points.isEmpty()) {
            has = false;
            html = tr("No health score for this account in %1: the page says so instead of drawing an empty "
                      "chart.")
                       .arg(quarter);
            break;
        }
        if (figures.healthScore) {
            QString line = tr("Health score %1").arg(bold(displayLocale().toString(*figures.healthScore)));
            if (const QString band = bandLabel(figures.healthBand); !band.isEmpty())
                line += u" ("_s + esc(band) + u')';
            if (figures.healthTrend)
                line
                    += u", "_s + tr("%1 points over four weeks").arg(esc(signedNumber(*figures.healthTrend)));
            items << line;
        }
        items << tr("%n weekly score(s) on the chart", nullptr, int(figures.healthHistory.points.size()));
        if (figures.churnProbability)
            items << tr("Churn risk %1").arg(bold(percent(*figures.churnProbability)));
        if (!figures.healthTopDrag.isEmpty())
            items << esc(figures.healthTopDrag);
        html = esc(period) + list(items);
        break;
    }
    case QbrSection::Adoption: {
        if (!figures.hasUsage()) {
            has = false;
            html = tr("No usage was recorded for this account in %1. The page says so plainly instead of "
                      "drawing empty charts.")
                       .arg(quarter);
            break;
        }
        const std::optional<double> used = lastValue(figures.licencesUsed);
        const std::optional<double> purchased = lastValue(figures.licencesPurchased);
        if (used && purchased && *purchased > 0)
            items << tr("Licences: %1 of %2 in use").arg(bold(number(*used)), bold(number(*purchased)));
        else if (used)
            items << tr("Licences in use: %1").arg(bold(number(*used)));
        if (figures.utilisationStart && figures.utilisationEnd)
            items << tr("Utilisation %1 at the start of the quarter, %2 at the end")
                         .arg(esc(percent(*figures.utilisationStart)),
                              bold(percent(*figures.utilisationEnd)));
        if (const std::optional<double> active = lastValue(figures.activeUsers))
            items << tr("Active users: %1 in the last week").arg(bold(number(*active)));
        QStringList names;
        for (const QbrData::Series &s : figures.metrics)
            names << s.name;
        if (!names.isEmpty())
            items
                << tr("%n metric(s) with data: %1", nullptr, int(names.size())).arg(esc(names.join(u", "_s)));
        html = esc(period) + list(items);
        break;
    }
    case QbrSection::Support: {
        if (figures.casesOpened == 0 && figures.casesClosed == 0 && figures.casesOpenAtEnd == 0) {
            has = false;
            html = tr("No support cases were opened or worked on in %1: the page says so.").arg(quarter);
            break;
        }
        items << tr("%1 opened, %2 closed, %3 still open at the end")
                     .arg(bold(displayLocale().toString(figures.casesOpened)),
                          bold(displayLocale().toString(figures.casesClosed)),
                          bold(displayLocale().toString(figures.casesOpenAtEnd)));
        QStringList priorities;
        for (const auto &[label, count] : figures.casesByPriority)
            priorities << u"%1 %2"_s.arg(esc(label), displayLocale().toString(count));
        if (!priorities.isEmpty())
            items << tr("Opened by priority: %1").arg(priorities.join(u", "_s));
        if (figures.csatAverage)
            items << tr("Satisfaction (CSAT) %1").arg(bold(number(*figures.csatAverage, 1)));
        if (figures.medianDaysToClose)
            items << tr("Median time to close: %1 days").arg(bold(number(*figures.medianDaysToClose, 1)));
        html = esc(period) + list(items);
        break;
    }
    case QbrSection::Voice: {
        if (figures.npsResponses.isEmpty()) {
            has = false;
            html = tr("No NPS responses were received from this account in %1: the page says so.")
                       .arg(quarter);
            break;
        }
        int promoters = 0;
        int detractors = 0;
        for (const QbrData::NpsResponse &r : figures.npsResponses) {
            promoters += r.score >= 9 ? 1 : 0;
            detractors += r.score <= 6 ? 1 : 0;
        }
        if (figures.npsScore)
            items << tr("NPS %1").arg(bold(signedNumber(*figures.npsScore)));
        items << tr("%n response(s)", nullptr, int(figures.npsResponses.size())) + u": "_s
                + tr("%n promoter(s)", nullptr, promoters) + u", "_s
                + tr("%n detractor(s)", nullptr, detractors);
        for (const QbrData::NpsResponse &r : figures.npsResponses) {
            if (r.comment.trimmed().isEmpty())
                continue;
            QString who
                = r.contact.isEmpty() ? CrmFormat::date(r.day) : r.contact + u", "_s + CrmFormat::date(r.day);
            items << tr("Latest comment: “%1” (%2)").arg(esc(r.comment.trimmed().left(160)), esc(who));
            break;
        }
        html = esc(period) + list(items);
        break;
    }
    case QbrSection::Renewal: {
        if (!figures.renewalDate.isValid() && !figures.arr && figures.opportunities.isEmpty()) {
            has = false;
            html = tr("No renewal date, ARR or opportunities in the cache for this account.");
            break;
        }
        if (figures.renewalDate.isValid())
            items << tr("Renewal on %1").arg(bold(CrmFormat::date(figures.renewalDate)));
        if (figures.arr)
            items << tr("ARR %1").arg(bold(CrmFormat::money(*figures.arr, figures.currency)));
        int open = 0;
        double openAmount = 0;
        for (const QbrData::Opportunity &o : figures.opportunities) {
            if (!o.closed) {
                ++open;
                openAmount += o.amount.value_or(0);
            }
        }
        if (open > 0)
            items << tr("%n open opportunity(ies)", nullptr, open) + u", "_s
                    + bold(CrmFormat::money(openAmount, figures.currency));
        else if (!figures.opportunities.isEmpty())
            items << tr("%n opportunity(ies) closing in the quarter", nullptr,
                        int(figures.opportunities.size()));
        else
            items << tr("No open opportunities");
        html = list(items);
        break;
    }
    case QbrSection::Value:
    case QbrSection::Goals:
    case QbrSection::Risks:
    case QbrSection::Commitments:
        break;
    }
    if (hasData)
        *hasData = has;
    return html;
}
