#pragma once

#include "accounts/AccountFilter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <optional>

class Database;

// Writes the accounts an AccountFilter selects to a CSV or XLSX file: every matching
// row in the cache, not only the ones a list has loaded, in the list's sort order and
// with its columns. Rows stream from SQLite to the file one at a time, so 100k accounts
// need no more memory than ten. The file appears complete or not at all (written
// beside the target and renamed into place on success).
//
// Spreadsheet safety: a text cell that starts with =, +, -, @, a tab or a carriage
// return is written with a leading apostrophe, so a spreadsheet shows it instead of
// running it as a formula; numbers and dates are written as numbers, never escaped.
class AccountExporter
{
    Q_DECLARE_TR_FUNCTIONS(AccountExporter)

public:
    enum class Format
    {
        Csv,
        Xlsx
    };

    struct Options
    {
        AccountFilter filter;
        // Column keys (AccountListModel::columnKey) in the order they are written;
        // empty = defaultColumns(). Unknown keys are an error. ARR is followed by the
        // account's currency, which the list shows inside the ARR cell.
        QStringList columns;
        // The column key to sort by (as the list sorts it); empty = name.
        QString sortColumn;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
    };

    // Rows written so far and the rows to write; returning false cancels the export.
    using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

    explicit AccountExporter(Database &db);

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    // Checked between rows; true cancels the export.
    void setCancelFlag(const std::atomic<bool> *flag) { m_cancel = flag; }

    // Writes `path` in `format`; false with errorString() set (naming the file) on
    // failure or cancellation, in which case no file was created or replaced.
    bool exportTo(const QString &path, Format format, const Options &options);
    // The format from the file name's suffix (.csv, .xlsx).
    bool exportTo(const QString &path, const Options &options);

    QString errorString() const { return m_error; }
    bool wasCancelled() const { return m_cancelled; }
    qint64 rowsWritten() const { return m_rowsWritten; }

    // .csv or .xlsx (any letter case); nullopt for anything else.
    static std::optional<Format> formatForPath(const QString &path);
    // Every column that can be exported, in the list's order.
    static QStringList availableColumns();
    // The columns the account list shows before the user chooses others.
    static QStringList defaultColumns();
    // `text` as written to a text cell: with a leading apostrophe when a spreadsheet
    // would read it as a formula.
    static QString escapeText(const QString &text);

    // Excel's limit (1,048,576 rows, one of them the header).
    static constexpr qint64 maxXlsxRows = 1'048'575;

private:
    Database &m_db;
    ProgressCallback m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
    QString m_error;
    bool m_cancelled = false;
    qint64 m_rowsWritten = 0;
};
