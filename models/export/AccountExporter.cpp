#include "AccountExporter.h"

#include "itemmodels/AccountListModel.h"
#include "store/Database.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryFile>
#include <memory>
#include <sqlite3.h>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace {

enum class Kind
{
    Text,
    Code, // a CRM code ("mid_market"), written as the list shows it ("Mid-market")
    Money,
    Integer,
    Date,
    Instant, // ISO UTC text, written as the local date the list shows
};

// How one of the list's columns is exported: what to select, what kind of cell it
// makes, and how wide it is in a spreadsheet (in Excel's character units). Titles,
// labels and sort keys are the list's own (AccountListModel), so an export reads and
// sorts as the user sees the list.
struct ColumnSpec
{
    int column; // AccountListModel::Column, or -1 for the currency that follows ARR
    Kind kind;
    QLatin1StringView select;
    double width;
};

constexpr int currencyColumn = -1;

const QList<ColumnSpec> &columnSpecs()
{
    static const QList<ColumnSpec> specs = {
        { AccountListModel::Name, Kind::Text, "a.name"_L1, 36 },
        { AccountListModel::CrmId, Kind::Text, "a.id"_L1, 20 },
        { AccountListModel::Owner, Kind::Text, "COALESCE(u.name, a.owner_id)"_L1, 22 },
        { AccountListModel::Team, Kind::Text, "COALESCE(t.name, u.team)"_L1, 20 },
        { AccountListModel::Segment, Kind::Code, "a.segment"_L1, 14 },
        { AccountListModel::Industry, Kind::Code, "a.industry"_L1, 20 },
        { AccountListModel::Region, Kind::Code, "a.region"_L1, 14 },
        { AccountListModel::Country, Kind::Text, "a.country"_L1, 14 },
        { AccountListModel::Arr, Kind::Money, "a.arr"_L1, 14 },
        { AccountListModel::Licenses, Kind::Integer, "a.licenses"_L1, 11 },
        { AccountListModel::RenewalDate, Kind::Date, "a.renewal_date"_L1, 14 },
        { AccountListModel::ContractStart, Kind::Date, "a.contract_start"_L1, 14 },
        { AccountListModel::LifecycleStage, Kind::Code, "a.lifecycle_stage"_L1, 16 },
        { AccountListModel::Status, Kind::Code, "a.status"_L1, 12 },
        { AccountListModel::LastActivity, Kind::Instant, "a.last_activity_at"_L1, 14 },
        // The open playbooks' steps resolved of all, "3/7" (empty without one).
        { AccountListModel::Playbooks, Kind::Text,
          "(SELECT CASE WHEN COUNT(s.position) > 0 THEN CAST(TOTAL(s.status <> 'open') AS INTEGER)"
          " || '/' || COUNT(s.position) END FROM playbook_instances i"
          " JOIN playbook_steps s ON s.instance_id = i.id WHERE i.account_id = a.id AND i.status = 'open')"_L1,
          10 },
    };
    return specs;
}

const ColumnSpec &currencySpec()
{
    static const ColumnSpec spec = { currencyColumn, Kind::Text, "a.currency"_L1, 10 };
    return spec;
}

const ColumnSpec *findSpec(const QString &key)
{
    const int column = AccountListModel::columnFromKey(key);
    for (const ColumnSpec &spec : columnSpecs()) {
        if (spec.column == column)
            return &spec;
    }
    return nullptr;
}

QString specTitle(const ColumnSpec &spec)
{
    return spec.column == currencyColumn ? AccountExporter::tr("Currency")
                                         : AccountListModel::columnTitle(spec.column);
}

// Rows between two progress reports.
constexpr qint64 progressInterval = 512;

QString fileLabel(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// One value on its way to the file.
struct Cell
{
    enum class Type
    {
        Empty,
        Text,
        Number,
        Date
    };
    Type type = Type::Empty;
    QString text;
    double number = 0;
    QDate date;
};

// The target of the rows: the header, then rows in order, then finish() or nothing
// (an unfinished writer leaves no file behind).
class SheetWriter
{
public:
    virtual ~SheetWriter() = default;
    virtual bool begin(const QList<const ColumnSpec *> &columns, QString *error) = 0;
    virtual bool writeRow(const QList<Cell> &cells, QString *error) = 0;
    virtual bool finish(QString *error) = 0;
};

// RFC 4180: fields separated by commas, records by CRLF; a field holding a comma, a
// quote or a line break is quoted, its quotes doubled. UTF-8 with a BOM, so that
// Excel reads Chinese names as Chinese.
class CsvWriter : public SheetWriter
{
public:
    explicit CsvWriter(const QString &path)
        : m_file(path)
        , m_path(path)
    { }

    bool begin(const QList<const ColumnSpec *> &columns, QString *error) override
    {
        if (!m_file.open(QIODevice::WriteOnly)) {
            *error = AccountExporter::tr("Cannot write %1: %2").arg(fileLabel(m_path), m_file.errorString());
            return false;
        }
        m_buffer.reserve(flushSize + 4096);
        m_buffer.append("\xEF\xBB\xBF");
        QList<Cell> header;
        for (const ColumnSpec *spec : columns)
            header.append({ Cell::Type::Text, specTitle(*spec), 0, {} });
        return writeRow(header, error);
    }

    bool writeRow(const QList<Cell> &cells, QString *error) override
    {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                m_buffer.append(',');
            appendField(cells.at(i));
        }
        m_buffer.append("\r\n");
        if (m_buffer.size() >= flushSize)
            return flush(error);
        return true;
    }

    bool finish(QString *error) override
    {
        if (!flush(error))
            return false;
        if (!m_file.commit()) {
            *error = AccountExporter::tr("Cannot write %1: %2").arg(fileLabel(m_path), m_file.errorString());
            return false;
        }
        return true;
    }

private:
    static constexpr qsizetype flushSize = 256 * 1024;

    void appendField(const Cell &cell)
    {
        switch (cell.type) {
        case Cell::Type::Empty:
            return;
        case Cell::Type::Number:
            m_buffer.append(QByteArray::number(cell.number, 'f', QLocale::FloatingPointShortest));
            return;
        case Cell::Type::Date:
            m_buffer.append(cell.date.toString(Qt::ISODate).toLatin1());
            return;
        case Cell::Type::Text:
            break;
        }
        const QByteArray utf8 = cell.text.toUtf8();
        bool quote = false;
        for (const char c : utf8) {
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                quote = true;
                break;
            }
        }
        if (!quote) {
            m_buffer.append(utf8);
            return;
        }
        m_buffer.append('"');
        for (const char c : utf8) {
            if (c == '"')
                m_buffer.append('"');
            m_buffer.append(c);
        }
        m_buffer.append('"');
    }

    bool flush(QString *error)
    {
        if (m_buffer.isEmpty())
            return true;
        if (m_file.write(m_buffer) != m_buffer.size()) {
            *error = AccountExporter::tr("Cannot write %1: %2").arg(fileLabel(m_path), m_file.errorString());
            return false;
        }
        m_buffer.clear();
        return true;
    }

    QSaveFile m_file;
    QString m_path;
    QByteArray m_buffer;
};

// libxlsxwriter in constant-memory mode: each row goes to a temporary file as soon as
// the next one starts, text as inline strings. The workbook is built in the temporary
// folder and copied into place only when complete.
class XlsxWriter : public SheetWriter
{
public:
    explicit XlsxWriter(const QString &path)
        : m_target(path)
        , m_path(path)
        , m_scratch(QDir::tempPath() + u"/pitwall-export-XXXXXX.xlsx"_s)
    { }

    ~XlsxWriter() override
    {
        // An unfinished workbook still owns temporary files: close it into the scratch
        // file, which is then removed unread.
        if (m_workbook)
            workbook_close(m_workbook);
    }

    bool begin(const QList<const ColumnSpec *> &columns, QString *error) override
    {
        // Opened first, so that an unwritable target fails before any work is done.
        if (!m_target.open(QIODevice::WriteOnly)) {
            *error
                = AccountExporter::tr("Cannot write %1: %2").arg(fileLabel(m_path), m_target.errorString());
            return false;
        }
        if (!m_scratch.open()) {
            *error = AccountExporter::tr("Cannot create a temporary file for %1: %2")
                         .arg(fileLabel(m_path), m_scratch.errorString());
            return false;
        }
        m_scratch.close();
        m_tmpDir = QFile::encodeName(QDir::tempPath());
        lxw_workbook_options options = {};
        options.constant_memory = LXW_TRUE;
        options.tmpdir = m_tmpDir.data();
        options.use_zip64 = LXW_TRUE;
        m_workbook = workbook_new_opt(QFile::encodeName(m_scratch.fileName()).constData(), &options);
        if (!m_workbook) {
            *error = AccountExporter::tr("Cannot create the workbook %1.").arg(fileLabel(m_path));
            return false;
        }
        m_sheet = workbook_add_worksheet(m_workbook, sheetName().toUtf8().constData());
        if (!m_sheet)
            m_sheet = workbook_add_worksheet(m_workbook, nullptr);

        m_headerFormat = workbook_add_format(m_workbook);
        format_set_bold(m_headerFormat);
        format_set_bg_color(m_headerFormat, 0xEEF2F7);
        format_set_bottom(m_headerFormat, LXW_BORDER_THIN);
        format_set_bottom_color(m_headerFormat, 0xC9D1DC);
        m_numberFormat = workbook_add_format(m_workbook);
        format_set_num_format(m_numberFormat, "#,##0");
        m_dateFormat = workbook_add_format(m_workbook);
        // Built-in 14, the short date of whoever opens the file (6/30/2025, 2025/6/30).
        format_set_num_format_index(m_dateFormat, 14);

        m_columns = columns;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            // Wide enough for the header and its filter button; CJK characters take two units.
            const QString title = specTitle(*columns.at(c));
            double titleWidth = 0;
            for (const QChar ch : title)
                titleWidth += ch.unicode() >= 0x1100 ? 2 : 1.1;
            const double width = qMax(columns.at(c)->width, titleWidth + 4);
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr);
        }
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QByteArray title = specTitle(*columns.at(c)).toUtf8();
            if (!check(worksheet_write_string(m_sheet, 0, lxw_col_t(c), title.constData(), m_headerFormat),
                       error))
                return false;
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
        return true;
    }

    bool writeRow(const QList<Cell> &cells, QString *error) override
    {
        ++m_row;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const Cell &cell = cells.at(c);
            const auto col = lxw_col_t(c);
            lxw_error result = LXW_NO_ERROR;
            switch (cell.type) {
            case Cell::Type::Empty:
                break;
            case Cell::Type::Number:
                result = worksheet_write_number(m_sheet, m_row, col, cell.number, m_numberFormat);
                break;
            case Cell::Type::Date: {
                lxw_datetime datetime = { cell.date.year(), cell.date.month(), cell.date.day(), 0, 0, 0 };
                result = worksheet_write_datetime(m_sheet, m_row, col, &datetime, m_dateFormat);
                break;
            }
            case Cell::Type::Text: {
                // Excel's cell limit; a longer value (a pasted essay) is cut.
                const QByteArray utf8 = cell.text.left(maxCellChars).toUtf8();
                result = worksheet_write_string(m_sheet, m_row, col, utf8.constData(), nullptr);
                break;
            }
            }
            if (!check(result, error))
                return false;
        }
        return true;
    }

    bool finish(QString *error) override
    {
        if (!m_columns.isEmpty())
            worksheet_autofilter(m_sheet, 0, 0, m_row, lxw_col_t(m_columns.size() - 1));
        lxw_workbook *workbook = std::exchange(m_workbook, nullptr);
        if (!check(workbook_close(workbook), error))
            return false;
        QFile built(m_scratch.fileName());
        if (!built.open(QIODevice::ReadOnly)) {
            *error = AccountExporter::tr("Cannot read the workbook built for %1: %2")
                         .arg(fileLabel(m_path), built.errorString());
            return false;
        }
        QByteArray chunk;
        while (!(chunk = built.read(1 << 20)).isEmpty()) {
            if (m_target.write(chunk) != chunk.size())
                break;
        }
        if (built.error() != QFileDevice::NoError || m_target.error() != QFileDevice::NoError
            || !m_target.commit()) {
            *error
                = AccountExporter::tr("Cannot write %1: %2").arg(fileLabel(m_path), m_target.errorString());
            return false;
        }
        return true;
    }

private:
    static constexpr qsizetype maxCellChars = 32767;

    static QString sheetName()
    {
        // Excel forbids []:*?/\ in sheet names and allows 31 characters.
        QString name = AccountExporter::tr("Accounts");
        static const QString forbidden = u"[]:*?/\\"_s;
        for (QChar &ch : name) {
            if (forbidden.contains(ch))
                ch = u' ';
        }
        return name.left(31);
    }

    bool check(lxw_error result, QString *error) const
    {
        if (result == LXW_NO_ERROR)
            return true;
        *error = AccountExporter::tr("Cannot write %1: %2")
                     .arg(fileLabel(m_path), QString::fromUtf8(lxw_strerror(result)));
        return false;
    }

    QSaveFile m_target;
    QString m_path;
    QTemporaryFile m_scratch;
    QByteArray m_tmpDir;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_headerFormat = nullptr;
    lxw_format *m_numberFormat = nullptr;
    lxw_format *m_dateFormat = nullptr;
    QList<const ColumnSpec *> m_columns;
    lxw_row_t m_row = 0;
};

// A read-only statement on the raw handle: QtSql's per-value QVariant would cost more
// than writing the file.
class Statement
{
public:
    Statement(sqlite3 *db, const QString &sql)
        : m_db(db)
    {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK) {
            sqlite3_finalize(m_stmt);
            m_stmt = nullptr;
        }
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString errorMessage() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

    void bind(const QVariantList &values)
    {
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QVariant &v = values.at(i);
            const int index = int(i) + 1;
            switch (v.typeId()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
                sqlite3_bind_int64(m_stmt, index, v.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                sqlite3_bind_double(m_stmt, index, v.toDouble());
                break;
            case QMetaType::QDate:
                bindText(index, v.toDate().toString(Qt::ISODate));
                break;
            default:
                if (v.isNull())
                    sqlite3_bind_null(m_stmt, index);
                else
                    bindText(index, v.toString());
                break;
            }
        }
    }

    int step() { return sqlite3_step(m_stmt); }
    int type(int i) const { return sqlite3_column_type(m_stmt, i); }
    qint64 int64(int i) const { return sqlite3_column_int64(m_stmt, i); }
    double real(int i) const { return sqlite3_column_double(m_stmt, i); }
    QString text(int i) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
        return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, i));
    }

private:
    void bindText(int index, const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

// Count and rows from one snapshot of the cache, even while an import commits.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(sqlite3 *db)
        : m_db(db)
        , m_owned(sqlite3_get_autocommit(db) != 0
                  && sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK)
    { }
    ~ReadSnapshot()
    {
        if (m_owned)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    sqlite3 *m_db;
    bool m_owned;
};

Cell readCell(const Statement &statement, int index, Kind kind)
{
    Cell cell;
    const int type = statement.type(index);
    if (type == SQLITE_NULL)
        return cell;
    switch (kind) {
    case Kind::Money:
    case Kind::Integer:
        if (type == SQLITE_INTEGER || type == SQLITE_FLOAT) {
            cell.type = Cell::Type::Number;
            cell.number = type == SQLITE_INTEGER ? double(statement.int64(index)) : statement.real(index);
            return cell;
        }
        break;
    case Kind::Date:
        cell.date = QDate::fromString(statement.text(index).left(10), Qt::ISODate);
        if (cell.date.isValid()) {
            cell.type = Cell::Type::Date;
            return cell;
        }
        break;
    case Kind::Instant:
        cell.date = QDateTime::fromString(statement.text(index), Qt::ISODate).toLocalTime().date();
        if (cell.date.isValid()) {
            cell.type = Cell::Type::Date;
            return cell;
        }
        break;
    case Kind::Code:
        cell.text = AccountExporter::escapeText(AccountListModel::valueLabel(statement.text(index)));
        cell.type = cell.text.isEmpty() ? Cell::Type::Empty : Cell::Type::Text;
        return cell;
    case Kind::Text:
        break;
    }
    // Text, and a number or date column holding something else: written as stored.
    cell.text = AccountExporter::escapeText(statement.text(index));
    cell.type = cell.text.isEmpty() ? Cell::Type::Empty : Cell::Type::Text;
    return cell;
}

} // namespace

AccountExporter::AccountExporter(Database &db)
    : m_db(db)
{ }

std::optional<AccountExporter::Format> AccountExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.compare("csv"_L1, Qt::CaseInsensitive) == 0)
        return Format::Csv;
    if (suffix.compare("xlsx"_L1, Qt::CaseInsensitive) == 0)
        return Format::Xlsx;
    return std::nullopt;
}

QStringList AccountExporter::availableColumns()
{
    QStringList keys;
    for (const ColumnSpec &spec : columnSpecs())
        keys << AccountListModel::columnKey(spec.column);
    return keys;
}

QStringList AccountExporter::defaultColumns()
{
    QStringList keys;
    for (const int column :
         { AccountListModel::Name, AccountListModel::CrmId, AccountListModel::Owner,
           AccountListModel::Segment, AccountListModel::Arr, AccountListModel::RenewalDate,
           AccountListModel::LifecycleStage, AccountListModel::Status, AccountListModel::LastActivity })
        keys << AccountListModel::columnKey(column);
    return keys;
}

QString AccountExporter::escapeText(const QString &text)
{
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return u'\'' + text;
    default:
        return text;
    }
}

bool AccountExporter::exportTo(const QString &path, const Options &options)
{
    const std::optional<Format> format = formatForPath(path);
    if (!format) {
        m_error = tr("Cannot export to %1: the file name must end in .csv or .xlsx.").arg(fileLabel(path));
        m_cancelled = false;
        m_rowsWritten = 0;
        return false;
    }
    return exportTo(path, *format, options);
}

bool AccountExporter::exportTo(const QString &path, Format format, const Options &options)
{
    m_error.clear();
    m_cancelled = false;
    m_rowsWritten = 0;

    const QStringList keys = options.columns.isEmpty() ? defaultColumns() : options.columns;
    QList<const ColumnSpec *> columns;
    QStringList selects;
    for (const QString &key : keys) {
        const ColumnSpec *spec = findSpec(key);
        if (!spec) {
            m_error = tr("Cannot export to %1: there is no column \"%2\".").arg(fileLabel(path), key);
            return false;
        }
        columns << spec;
        selects << QString(spec->select);
        // An amount means little without its currency, which the list shows in the cell.
        if (spec->kind == Kind::Money) {
            columns << &currencySpec();
            selects << QString(currencySpec().select);
        }
    }
    const int sortColumn = options.sortColumn.isEmpty() ? int(AccountListModel::Name)
                                                        : AccountListModel::columnFromKey(options.sortColumn);
    if (sortColumn < 0) {
        m_error = tr("Cannot export to %1: there is no column \"%2\" to sort by.")
                      .arg(fileLabel(path), options.sortColumn);
        return false;
    }
    if (!m_db.isOpen()) {
        m_error = tr("Cannot export to %1: the cache is not open.").arg(fileLabel(path));
        return false;
    }

    QVariantList binds;
    const QString from = u" FROM accounts a LEFT JOIN users u ON u.id = a.owner_id"
                         " LEFT JOIN teams t ON t.id = u.team WHERE "_s
        + options.filter.sqlCondition(&binds);
    const ReadSnapshot snapshot(m_db.handle());

    qint64 total = 0;
    {
        Statement count(m_db.handle(), u"SELECT COUNT(*)"_s + from);
        if (count.isValid())
            count.bind(binds);
        if (!count.isValid() || count.step() != SQLITE_ROW) {
            m_error = tr("Cannot export to %1: %2").arg(fileLabel(path), count.errorMessage());
            return false;
        }
        total = count.int64(0);
    }
    if (format == Format::Xlsx && total > maxXlsxRows) {
        m_error = tr("Cannot export %1 accounts to %2: an Excel sheet holds at most %3 rows. Export to CSV "
                     "instead, or narrow the list.")
                      .arg(QLocale().toString(total), fileLabel(path), QLocale().toString(maxXlsxRows));
        return false;
    }

    const QString direction = options.sortOrder == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    Statement rows(m_db.handle(),
                   u"SELECT "_s + selects.join(u", "_s) + from + u" ORDER BY "_s
                       + AccountListModel::sortKeySql(sortColumn) + direction + u", a.pk"_s + direction);
    if (!rows.isValid()) {
        m_error = tr("Cannot export to %1: %2").arg(fileLabel(path), rows.errorMessage());
        return false;
    }
    rows.bind(binds);

    std::unique_ptr<SheetWriter> writer;
    if (format == Format::Csv)
        writer = std::make_unique<CsvWriter>(path);
    else
        writer = std::make_unique<XlsxWriter>(path);
    if (!writer->begin(columns, &m_error))
        return false;

    // Between rows: the flag on every row (one relaxed load), the callback now and then.
    const auto keepGoing = [&] {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
            return false;
        if (m_progress && m_rowsWritten % progressInterval == 0)
            return m_progress(m_rowsWritten, qMax(total, m_rowsWritten));
        return true;
    };
    QList<Cell> cells(columns.size());
    int step = SQLITE_ROW;
    while (keepGoing() && (step = rows.step()) == SQLITE_ROW) {
        for (qsizetype c = 0; c < columns.size(); ++c)
            cells[c] = readCell(rows, int(c), columns.at(c)->kind);
        if (!writer->writeRow(cells, &m_error))
            return false;
        ++m_rowsWritten;
    }
    if (step == SQLITE_ROW) {
        m_cancelled = true;
        m_error = tr("The export to %1 was cancelled; no file was written.").arg(fileLabel(path));
        return false;
    }
    if (step != SQLITE_DONE) {
        m_error = tr("Cannot export to %1: %2").arg(fileLabel(path), rows.errorMessage());
        return false;
    }
    if (!writer->finish(&m_error))
        return false;
    if (m_progress)
        m_progress(m_rowsWritten, m_rowsWritten);
    return true;
}
