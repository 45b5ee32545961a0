#include "TeamExporter.h"

#include "export/AccountExporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryFile>
#include <cmath>
#include <utility>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace {

QString fileLabel(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// Columns in Excel's character units: CJK characters take two.
double textWidth(const QString &text)
{
    double width = 0;
    for (const QChar ch : text)
        width += ch.unicode() >= 0x1100 ? 2 : 1.1;
    return width;
}

bool isMoney(int column)
{
    return column == TeamExporter::Arr || column == TeamExporter::ArrAtRisk
        || column == TeamExporter::RenewalArr;
}

double numberOf(const TeamSummary::Figures &f, int column)
{
    switch (column) {
    case TeamExporter::Accounts:
        return double(f.accounts);
    case TeamExporter::Arr:
        return f.arr;
    case TeamExporter::Red:
        return double(f.red);
    case TeamExporter::Yellow:
        return double(f.yellow);
    case TeamExporter::Green:
        return double(f.green);
    case TeamExporter::NotScored:
        return double(f.notScored);
    case TeamExporter::ArrAtRisk:
        return f.arrAtRisk;
    case TeamExporter::ChurnUnscored:
        return double(f.churnUnscored);
    case TeamExporter::Renewals:
        return double(f.renewals);
    case TeamExporter::RenewalArr:
        return f.renewalArr;
    case TeamExporter::NotTouched:
        return double(f.notTouched);
    case TeamExporter::OverdueTasks:
        return double(f.overdueTasks);
    default:
        return 0;
    }
}

// Excel forbids []:*?/\ in sheet names and allows 31 characters.
QString sheetName(QString name)
{
    static const QString forbidden = u"[]:*?/\\"_s;
    for (QChar &ch : name) {
        if (forbidden.contains(ch))
            ch = u' ';
    }
    return name.left(31);
}

// The workbook, built in a temporary file and closed into it even when abandoned.
class Workbook
{
public:
    explicit Workbook(const QString &scratch)
        : m_workbook(workbook_new(QFile::encodeName(scratch).constData()))
    { }
    ~Workbook()
    {
        if (m_workbook)
            workbook_close(m_workbook);
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    lxw_workbook *get() const { return m_workbook; }
    lxw_error close() { return workbook_close(std::exchange(m_workbook, nullptr)); }

private:
    lxw_workbook *m_workbook;
};

} // namespace

QString TeamExporter::columnTitle(int column)
{
    switch (column) {
    case Csm:
        return tr("CSM");
    case Team:
        return tr("Team");
    case Accounts:
        return tr("Accounts");
    case Arr:
        return tr("ARR");
    case Currency:
        return tr("Currency");
    case Red:
        return tr("Red");
    case Yellow:
        return tr("Yellow");
    case Green:
        return tr("Green");
    case NotScored:
        return tr("Health not scored");
    case ArrAtRisk:
        return tr("ARR at risk");
    case ChurnUnscored:
        return tr("No churn score");
    case Renewals:
        return tr("Renewals in %n day(s)", nullptr, TeamSummary::renewalDays);
    case RenewalArr:
        return tr("Renewal ARR in %n day(s)", nullptr, TeamSummary::renewalDays);
    case NotTouched:
        return tr("Not touched in %n day(s)", nullptr, TeamSummary::notTouchedDays);
    case OverdueTasks:
        return tr("Overdue tasks");
    case PlaybookStepsDue:
        return tr("Playbook steps due");
    case PlaybookStepsResolved:
        return tr("Playbook steps done or skipped");
    case PlaybookCompletion:
        return tr("Playbook completion");
    case PlaybookOverdue:
        return tr("Overdue playbook steps");
    case OwnerId:
        return tr("CRM user ID");
    default:
        return {};
    }
}

bool TeamExporter::cancelled(qint64 done, qint64 total)
{
    if (m_cancel && m_cancel->load(std::memory_order_relaxed))
        return true;
    return m_progress && !m_progress(done, total);
}

bool TeamExporter::exportTo(const QString &path, const TeamSummary &summary, const Options &options)
{
    m_error.clear();
    m_cancelled = false;
    m_rows = 0;
    const auto stop = [&] {
        m_cancelled = true;
        m_error = tr("The export to %1 was cancelled; no file was written.").arg(fileLabel(path));
        m_rows = 0;
        return false;
    };
    if (!summary.isValid()) {
        m_error
            = tr("Cannot export to %1: the team could not be read: %2").arg(fileLabel(path), summary.error);
        return false;
    }
    QList<int> order = options.order;
    if (order.isEmpty()) {
        for (int i = 0; i < summary.rows.size(); ++i)
            order << i;
    }
    for (const int i : std::as_const(order)) {
        if (i < 0 || i >= summary.rows.size()) {
            m_error = tr("Cannot export to %1: there is no row %2.").arg(fileLabel(path)).arg(i);
            return false;
        }
    }

    qint64 lines = 0;
    for (const int i : std::as_const(order))
        lines += summary.rows.at(i).byCurrency.size();
    if (cancelled(0, lines))
        return stop();

    // Opened first, so that an unwritable target fails before any work is done.
    QSaveFile target(path);
    if (!target.open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot write %1: %2").arg(fileLabel(path), target.errorString());
        return false;
    }
    QTemporaryFile scratch(QDir::tempPath() + u"/pitwall-team-XXXXXX.xlsx"_s);
    if (!scratch.open()) {
        m_error = tr("Cannot create a temporary file for %1: %2").arg(fileLabel(path), scratch.errorString());
        return false;
    }
    scratch.close();
    Workbook workbook(scratch.fileName());
    if (!workbook.get()) {
        m_error = tr("Cannot create the workbook %1.").arg(fileLabel(path));
        return false;
    }
    lxw_worksheet *sheet = workbook_add_worksheet(workbook.get(), sheetName(tr("Team")).toUtf8().constData());
    if (!sheet)
        sheet = workbook_add_worksheet(workbook.get(), nullptr);

    lxw_format *header = workbook_add_format(workbook.get());
    format_set_bold(header);
    format_set_bg_color(header, 0xEEF2F7);
    format_set_bottom(header, LXW_BORDER_THIN);
    format_set_bottom_color(header, 0xC9D1DC);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *count = workbook_add_format(workbook.get());
    format_set_num_format(count, "#,##0");
    lxw_format *money = workbook_add_format(workbook.get());
    format_set_num_format(money, "#,##0");
    lxw_format *totalText = workbook_add_format(workbook.get());
    format_set_bold(totalText);
    format_set_top(totalText, LXW_BORDER_THIN);
    lxw_format *totalNumber = workbook_add_format(workbook.get());
    format_set_bold(totalNumber);
    format_set_top(totalNumber, LXW_BORDER_THIN);
    lxw_format *percent = workbook_add_format(workbook.get());
    format_set_num_format(percent, "0%");
    lxw_format *totalPercent = workbook_add_format(workbook.get());
    format_set_num_format(totalPercent, "0%");
    format_set_bold(totalPercent);
    format_set_top(totalPercent, LXW_BORDER_THIN);
    format_set_num_format(totalNumber, "#,##0");
    lxw_format *noteFormat = workbook_add_format(workbook.get());
    format_set_italic(noteFormat);
    format_set_font_color(noteFormat, 0x6B7686);

    lxw_error result = LXW_NO_ERROR;
    const auto writeText = [&](lxw_row_t row, int column, const QString &text, lxw_format *format) {
        if (result != LXW_NO_ERROR || (text.isEmpty() && !format))
            return;
        const QByteArray utf8 = AccountExporter::escapeText(text).toUtf8();
        result = worksheet_write_string(sheet, row, lxw_col_t(column), utf8.constData(), format);
    };
    const auto writeNumber = [&](lxw_row_t row, int column, double value, lxw_format *format) {
        if (result == LXW_NO_ERROR)
            result = worksheet_write_number(sheet, row, lxw_col_t(column), value, format);
    };

    double widths[ColumnCount] = {};
    for (int c = 0; c < ColumnCount; ++c) {
        const QString title = columnTitle(c);
        // A short title's own width and its filter button; long ones wrap in two lines.
        widths[c] = qMax(c == Csm || c == Team ? 14.0 : 9.0, qMin(textWidth(title) + 3, 16.0));
        writeText(0, c, title, header);
    }
    worksheet_set_row(sheet, 0, 32, nullptr);

    // One line per row and currency; a total line per currency.
    lxw_row_t line = 0;
    const auto writeLine
        = [&](const TeamSummary::Row &row, const TeamSummary::Slice &slice, bool total, bool first) {
              ++line;
              lxw_format *text = total ? totalText : nullptr;
              writeText(line, Csm, TeamSummary::rowLabel(row), text);
              writeText(line, Team, row.team, text);
              writeText(line, Currency, slice.currency, text);
              writeText(line, OwnerId, row.ownerId, text);
              widths[Csm] = qMax(widths[Csm], textWidth(TeamSummary::rowLabel(row)) + 1);
              widths[Team] = qMax(widths[Team], textWidth(row.team) + 1);
              widths[OwnerId] = qMax(widths[OwnerId], textWidth(row.ownerId) + 1);
              for (int c = Accounts; c < ColumnCount; ++c) {
                  if (c == Currency || c == OwnerId)
                      continue;
                  if (c >= PlaybookStepsDue && c <= PlaybookOverdue) {
                      // Counted per CSM: on the row's first line only, so the column adds up.
                      const TeamSummary::Playbooks &p = row.playbooks;
                      if (!first) {
                          if (total)
                              writeText(line, c, QString(), totalText);
                          continue;
                      }
                      if (c == PlaybookCompletion) {
                          if (const std::optional<double> rate = p.completionRate())
                              writeNumber(line, c, *rate, total ? totalPercent : percent);
                          else if (total)
                              writeText(line, c, QString(), totalText);
                          continue;
                      }
                      const qint64 value = c == PlaybookStepsDue ? p.stepsDue
                          : c == PlaybookStepsResolved           ? p.stepsResolved
                                                                 : p.overdueSteps;
                      writeNumber(line, c, double(value), total ? totalNumber : count);
                      continue;
                  }
                  // Money to the cent: ARR × probability has no use for fifteen digits.
                  const double value = numberOf(slice.figures, c);
                  lxw_format *format = total ? totalNumber : isMoney(c) ? money : count;
                  writeNumber(line, c, isMoney(c) ? std::round(value * 100) / 100 : value, format);
              }
          };
    for (const int i : std::as_const(order)) {
        const TeamSummary::Row &row = summary.rows.at(i);
        for (const TeamSummary::Slice &slice : row.byCurrency) {
            writeLine(row, slice, false, &slice == &row.byCurrency.first());
            ++m_rows;
        }
        if (cancelled(m_rows, lines))
            return stop();
    }
    const lxw_row_t lastDataLine = line;
    for (const TeamSummary::Slice &slice : summary.total.byCurrency)
        writeLine(summary.total, slice, true, &slice == &summary.total.byCurrency.first());
    if (summary.total.byCurrency.isEmpty()) {
        TeamSummary::Slice none;
        none.currency = summary.mainCurrency;
        writeLine(summary.total, none, true, true);
    }

    // What the figures are, under the table.
    QStringList notes;
    notes << (options.note.isEmpty() ? Workspace::scopeLabel(summary.options.scope) : options.note);
    notes << tr("As of %1").arg(QLocale().toString(summary.today, QLocale::LongFormat));
    QStringList explanations;
    explanations << tr("Live accounts only: archived and churned accounts are left out.")
                 << tr("ARR is added up per currency; Pitwall does not convert currencies.")
                 << tr("ARR at risk = ARR × churn probability; accounts without a churn score count 0.")
                 << tr("Playbook figures are counted per CSM, on their first line: steps due so far in "
                       "open or completed playbooks, and open steps past their due date.");
    writeText(line + 2, Csm, notes.join(u" · "_s), noteFormat);
    for (qsizetype n = 0; n < explanations.size(); ++n)
        writeText(line + 3 + lxw_row_t(n), Csm, explanations.at(n), noteFormat);

    for (int c = 0; c < ColumnCount; ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), qMin(widths[c], 40.0), nullptr);
    worksheet_freeze_panes(sheet, 1, 1);
    if (result == LXW_NO_ERROR)
        result = worksheet_autofilter(sheet, 0, 0, lastDataLine, lxw_col_t(ColumnCount - 1));
    if (result != LXW_NO_ERROR) {
        m_error = tr("Cannot write %1: %2").arg(fileLabel(path), QString::fromUtf8(lxw_strerror(result)));
        m_rows = 0;
        return false;
    }
    result = workbook.close();
    if (result != LXW_NO_ERROR) {
        m_error = tr("Cannot write %1: %2").arg(fileLabel(path), QString::fromUtf8(lxw_strerror(result)));
        m_rows = 0;
        return false;
    }

    QFile built(scratch.fileName());
    if (!built.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read the workbook built for %1: %2").arg(fileLabel(path), built.errorString());
        m_rows = 0;
        return false;
    }
    const QByteArray bytes = built.readAll();
    // The last moment to change one's mind: nothing is in place yet.
    if (cancelled(m_rows, lines))
        return stop();
    if (built.error() != QFileDevice::NoError || target.write(bytes) != bytes.size() || !target.commit()) {
        m_error = tr("Cannot write %1: %2").arg(fileLabel(path), target.errorString());
        m_rows = 0;
        return false;
    }
    if (m_progress)
        m_progress(m_rows, m_rows);
    return true;
}
