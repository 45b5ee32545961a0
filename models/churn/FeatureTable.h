#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <span>
#include <vector>

// A dense matrix of doubles, row-major: what LogisticRegression takes.
struct FeatureMatrix
{
    qsizetype rows = 0;
    qsizetype cols = 0;
    std::vector<double> values;

    FeatureMatrix() = default;
    FeatureMatrix(qsizetype rowCount, qsizetype columnCount)
        : rows(rowCount)
        , cols(columnCount)
        , values(size_t(rowCount * columnCount), 0.0)
    { }

    double &at(qsizetype r, qsizetype c) { return values[size_t(r * cols + c)]; }
    double at(qsizetype r, qsizetype c) const { return values[size_t(r * cols + c)]; }
    std::span<const double> row(qsizetype r) const { return { values.data() + r * cols, size_t(cols) }; }
};

// The cells of a table (a CSV file, a query), column by column, typed as they arrive: a
// column is numeric when it has numbers and every non-blank cell parses as one (blank: empty,
// NA, N/A, NULL, ... as ValueParser::isNull says); any other column is categorical. Cells are
// kept compactly: a double per cell, and for a column that has a cell other than a number or
// a blank, a code into its distinct values; so 100k rows of 20 columns take a few MiB.
class FeatureTable
{
public:
    struct Column
    {
        QString name;
        std::vector<double> numbers; // per row: the number, NaN when blank or not a number
        // Only once the column has a cell that is neither a number nor blank (so never for a
        // numeric column): per row, an index into levels, the distinct trimmed texts in order
        // of first appearance ("" = empty; numbers before the first text as QString::number
        // writes them).
        std::vector<qint32> codes;
        QStringList levels;
        qsizetype blanks = 0;
        qsizetype nonNumbers = 0; // non-blank cells that are not numbers
        qsizetype firstNonNumberRow = -1;
    };

    explicit FeatureTable(const QStringList &columnNames = {});

    // One row; missing trailing cells are empty, extra cells are ignored.
    void appendRow(const QStringList &cells);
    // The same from UTF-8 cells (the CSV reader's fields), without copying them.
    void appendRowUtf8(std::span<const QByteArrayView> cells);

    qsizetype rowCount() const { return m_rows; }
    qsizetype columnCount() const { return m_columns.size(); }
    const Column &column(qsizetype i) const { return m_columns.at(i); }
    qsizetype indexOf(const QString &name, Qt::CaseSensitivity cs = Qt::CaseInsensitive) const;

    // Has at least one number and no non-blank cell that is not one.
    bool isNumeric(qsizetype column) const;
    // Not numeric, no blanks, and every value distinct (customerID, an e-mail address):
    // an identifier, no use as a feature.
    bool isIdentifier(qsizetype column) const;
    // At most one distinct value: no use as a feature.
    bool isConstant(qsizetype column) const;

    // The trimmed text of a cell as it was read ("" for a blank); a number of a numeric
    // column as QString::number writes it.
    QString text(qsizetype row, qsizetype column) const;

private:
    void appendCell(Column &column, QByteArrayView utf8, qsizetype columnIndex);
    qint32 codeForText(qsizetype columnIndex, QByteArrayView trimmed);
    qint32 codeForNumber(qsizetype columnIndex, double value, QStringView text);
    void startCoding(qsizetype columnIndex);

    QList<Column> m_columns;
    // Per column: trimmed UTF-8 text -> code, and for numbers the value -> code (a numeric
    // column's levels are never shown, so "1" and "1.0" may share one).
    QList<QHash<QByteArray, qint32>> m_textCodes;
    QList<QHash<double, qint32>> m_numberCodes;
    qsizetype m_rows = 0;
};

// How the columns of a FeatureTable become model features, learned from the training rows
// only: a numeric column is one feature, its blanks imputed with the training mean; a
// categorical column is one 0/1 feature per level seen in training ("Contract=Month-to-month",
// an empty cell "Contract=(blank)"), at most `maxLevels` of them (the most frequent); a level
// not kept or not seen in training is all zeros. Standardisation is the model's
// (LogisticRegression standardises with the training mean and deviation).
class FeatureEncoder
{
public:
    static constexpr int defaultMaxLevels = 100;

    struct EncodedColumn
    {
        qsizetype column = -1;
        bool numeric = false;
        double mean = 0; // numeric: the training mean, for blanks
        qsizetype imputed = 0; // numeric: blanks filled in the rows fitted on
        qsizetype firstFeature = 0;
        QList<qint32> featureOfCode; // categorical: level code -> feature offset, -1 none
        qsizetype droppedLevels = 0; // categorical: levels beyond maxLevels
    };

    void fit(const FeatureTable &table, std::span<const qsizetype> rows, const QList<qsizetype> &columns,
             int maxLevels = defaultMaxLevels);
    FeatureMatrix transform(const FeatureTable &table, std::span<const qsizetype> rows) const;

    qsizetype featureCount() const { return m_names.size(); }
    const QStringList &featureNames() const { return m_names; }
    const QList<EncodedColumn> &columns() const { return m_encoded; }

    static QString levelFeatureName(const QString &column, const QString &level);

private:
    QList<EncodedColumn> m_encoded;
    QStringList m_names;
};

// 0, 1, ..., n - 1: every row of a table.
std::vector<qsizetype> allRows(qsizetype n);
