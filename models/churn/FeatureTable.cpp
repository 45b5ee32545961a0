#include "FeatureTable.h"

#include "csv/ValueParser.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr double missing = std::numeric_limits<double>::quiet_NaN();

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == '\0';
}

QByteArrayView asciiTrimmed(QByteArrayView t)
{
    while (!t.isEmpty() && isAsciiSpace(t.front()))
        t = t.sliced(1);
    while (!t.isEmpty() && isAsciiSpace(t.back()))
        t.chop(1);
    return t;
}

// A finite number, or nullopt: plain decimal and scientific notation quickly, then what the
// importer accepts ("$1,200", "12%", "+3").
std::optional<double> parseNumber(QByteArrayView t)
{
    double value = 0;
    const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
    if (ec == std::errc() && end == t.data() + t.size())
        return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
    if (std::none_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    const std::optional<double> parsed = ValueParser::parseNumber(QString::fromUtf8(t));
    return parsed && std::isfinite(*parsed) ? parsed : std::nullopt;
}

} // namespace

FeatureTable::FeatureTable(const QStringList &columnNames)
{
    for (const QString &name : columnNames) {
        Column column;
        column.name = name;
        m_columns.append(std::move(column));
    }
    m_textCodes.resize(m_columns.size());
    m_numberCodes.resize(m_columns.size());
}

void FeatureTable::appendRow(const QStringList &cells)
{
    std::vector<QByteArray> utf8;
    utf8.reserve(size_t(cells.size()));
    for (const QString &cell : cells)
        utf8.push_back(cell.toUtf8());
    std::vector<QByteArrayView> views(utf8.begin(), utf8.end());
    appendRowUtf8(views);
}

void FeatureTable::appendRowUtf8(std::span<const QByteArrayView> cells)
{
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        appendCell(m_columns[i], size_t(i) < cells.size() ? cells[size_t(i)] : QByteArrayView(), i);
    ++m_rows;
}

qint32 FeatureTable::codeForText(qsizetype columnIndex, QByteArrayView trimmed)
{
    QHash<QByteArray, qint32> &codes = m_textCodes[columnIndex];
    const QByteArray key = trimmed.toByteArray();
    const auto it = codes.constFind(key);
    if (it != codes.cend())
        return it.value();
    Column &column = m_columns[columnIndex];
    const auto code = qint32(column.levels.size());
    column.levels.append(QString::fromUtf8(trimmed));
    codes.insert(key, code);
    return code;
}

qint32 FeatureTable::codeForNumber(qsizetype columnIndex, double value, QStringView text)
{
    QHash<double, qint32> &codes = m_numberCodes[columnIndex];
    const auto it = codes.constFind(value);
    if (it != codes.cend())
        return it.value();
    Column &column = m_columns[columnIndex];
    const auto code = qint32(column.levels.size());
    column.levels.append(text.isNull() ? QString::number(value, 'g', 15) : text.toString());
    codes.insert(value, code);
    return code;
}

void FeatureTable::startCoding(qsizetype columnIndex)
{
    // The first text in a column of numbers: code the rows so far.
    Column &column = m_columns[columnIndex];
    column.codes.reserve(column.numbers.capacity());
    for (const double v : column.numbers)
        column.codes.push_back(std::isnan(v) ? codeForText(columnIndex, {})
                                             : codeForNumber(columnIndex, v, {}));
}

void FeatureTable::appendCell(Column &column, QByteArrayView utf8, qsizetype columnIndex)
{
    QByteArrayView t = asciiTrimmed(utf8);
    QByteArray unicodeTrimmed;
    if (!t.isEmpty() && (uchar(t.front()) >= 0x80 || uchar(t.back()) >= 0x80)) {
        // Non-ASCII edges: U+3000, a no-break space, ...
        unicodeTrimmed = QString::fromUtf8(t).trimmed().toUtf8();
        t = unicodeTrimmed;
    }
    const bool coded = column.nonNumbers > 0;
    // ValueParser's null words (NA, N/A, #N/A, NULL, NONE, NIL, ".", "-") are short and start
    // with one of these: the prefilter spares most cells a conversion.
    const bool blank = t.isEmpty()
        || (t.size() <= 4 && QByteArrayView("nN#.-").contains(t.front())
            && ValueParser::isNull(QString::fromUtf8(t)));
    if (blank) {
        column.numbers.push_back(missing);
        if (coded)
            column.codes.push_back(codeForText(columnIndex, t));
        ++column.blanks;
        return;
    }
    if (const std::optional<double> number = parseNumber(t)) {
        column.numbers.push_back(*number);
        if (coded)
            column.codes.push_back(codeForNumber(columnIndex, *number, QString::fromUtf8(t)));
        return;
    }
    if (!coded) {
        startCoding(columnIndex);
        column.firstNonNumberRow = m_rows;
    }
    column.numbers.push_back(missing);
    column.codes.push_back(codeForText(columnIndex, t));
    ++column.nonNumbers;
}

qsizetype FeatureTable::indexOf(const QString &name, Qt::CaseSensitivity cs) const
{
    // An exact match wins over a case-insensitive one.
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).name == name)
            return i;
    }
    if (cs == Qt::CaseInsensitive) {
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (m_columns.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    return -1;
}

bool FeatureTable::isNumeric(qsizetype column) const
{
    const Column &c = m_columns.at(column);
    return c.nonNumbers == 0 && c.blanks < m_rows;
}

bool FeatureTable::isIdentifier(qsizetype column) const
{
    const Column &c = m_columns.at(column);
    return m_rows > 1 && !isNumeric(column) && c.blanks == 0 && c.levels.size() == m_rows;
}

bool FeatureTable::isConstant(qsizetype column) const
{
    const Column &c = m_columns.at(column);
    if (isNumeric(column)) {
        // Blanks and one number: still nothing to learn from.
        double first = missing;
        for (const double v : c.numbers) {
            if (std::isnan(v))
                continue;
            if (std::isnan(first))
                first = v;
            else if (v != first)
                return false;
        }
        return true;
    }
    return c.levels.size() <= 1;
}

QString FeatureTable::text(qsizetype row, qsizetype column) const
{
    const Column &c = m_columns.at(column);
    if (!c.codes.empty())
        return c.levels.value(c.codes.at(size_t(row)));
    const double v = c.numbers.at(size_t(row));
    return std::isnan(v) ? QString() : QString::number(v, 'g', 15);
}

// --- FeatureEncoder ---

QString FeatureEncoder::levelFeatureName(const QString &column, const QString &level)
{
    return column + u'=' + (level.isEmpty() ? u"(blank)"_s : level);
}

void FeatureEncoder::fit(const FeatureTable &table, std::span<const qsizetype> rows,
                         const QList<qsizetype> &columns, int maxLevels)
{
    m_encoded.clear();
    m_names.clear();
    for (const qsizetype index : columns) {
        const FeatureTable::Column &column = table.column(index);
        EncodedColumn encoded;
        encoded.column = index;
        encoded.numeric = table.isNumeric(index);
        encoded.firstFeature = m_names.size();
        if (encoded.numeric) {
            double sum = 0;
            qsizetype count = 0;
            for (const qsizetype r : rows) {
                const double v = column.numbers[size_t(r)];
                if (std::isnan(v)) {
                    ++encoded.imputed;
                } else {
                    sum += v;
                    ++count;
                }
            }
            encoded.mean = count > 0 ? sum / double(count) : 0.0;
            m_names.append(column.name);
        } else {
            // (Only blanks: no codes, no levels, no features.)
            std::vector<qsizetype> counts(size_t(column.levels.size()), 0);
            if (!column.codes.empty()) {
                for (const qsizetype r : rows)
                    ++counts[size_t(column.codes[size_t(r)])];
            }
            std::vector<qint32> seen;
            for (qsizetype code = 0; code < column.levels.size(); ++code) {
                if (counts[size_t(code)] > 0)
                    seen.push_back(qint32(code));
            }
            if (qsizetype(seen.size()) > maxLevels) {
                // The most frequent levels, then back in order of first appearance.
                std::stable_sort(seen.begin(), seen.end(),
                                 [&](qint32 a, qint32 b) { return counts[size_t(a)] > counts[size_t(b)]; });
                encoded.droppedLevels = qsizetype(seen.size()) - maxLevels;
                seen.resize(size_t(maxLevels));
                std::sort(seen.begin(), seen.end());
            }
            encoded.featureOfCode.fill(-1, column.levels.size());
            for (const qint32 code : seen) {
                encoded.featureOfCode[code] = qint32(m_names.size() - encoded.firstFeature);
                m_names.append(levelFeatureName(column.name, column.levels.at(code)));
            }
        }
        m_encoded.append(std::move(encoded));
    }
}

FeatureMatrix FeatureEncoder::transform(const FeatureTable &table, std::span<const qsizetype> rows) const
{
    FeatureMatrix x(qsizetype(rows.size()), m_names.size());
    for (const EncodedColumn &encoded : m_encoded) {
        const FeatureTable::Column &column = table.column(encoded.column);
        for (qsizetype i = 0; i < qsizetype(rows.size()); ++i) {
            const auto r = size_t(rows[size_t(i)]);
            if (encoded.numeric) {
                const double v = column.numbers[r];
                x.at(i, encoded.firstFeature) = std::isnan(v) ? encoded.mean : v;
            } else if (!column.codes.empty()) {
                const qint32 code = column.codes[r];
                const qint32 feature
                    = code < encoded.featureOfCode.size() ? encoded.featureOfCode.at(code) : -1;
                if (feature >= 0)
                    x.at(i, encoded.firstFeature + feature) = 1.0;
            }
        }
    }
    return x;
}

std::vector<qsizetype> allRows(qsizetype n)
{
    std::vector<qsizetype> rows(static_cast<size_t>(n));
    std::iota(rows.begin(), rows.end(), qsizetype(0));
    return rows;
}
