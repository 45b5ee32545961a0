#include "RecordConverter.h"

#include "SalesforceId.h"
#include "csv/CsvReader.h"

#include <QCoreApplication>
#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

// Null spellings that can never be real text.
bool isTextNull(QByteArrayView v)
{
    return v.isEmpty() || v == "#N/A" || v == "NULL" || v == "null";
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// "2024-03-08": the canonical form passes through without a QString round trip.
bool isIsoDate(QByteArrayView v)
{
    if (v.size() != 10 || v[4] != '-' || v[7] != '-')
        return false;
    for (int i : { 0, 1, 2, 3, 5, 6, 8, 9 }) {
        if (!isDigit(v[i]))
            return false;
    }
    const int month = (v[5] - '0') * 10 + (v[6] - '0');
    const int day = (v[8] - '0') * 10 + (v[9] - '0');
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return false;
    return day <= 28
        || QDate((v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0'), month, day)
               .isValid();
}

// "2024-03-08T10:20:30Z"
bool isIsoUtcDateTime(QByteArrayView v)
{
    if (v.size() != 20 || v[10] != 'T' || v[13] != ':' || v[16] != ':' || v[19] != 'Z')
        return false;
    for (int i : { 11, 12, 14, 15, 17, 18 }) {
        if (!isDigit(v[i]))
            return false;
    }
    return isIsoDate(v.first(10)) && (v[11] - '0') * 10 + (v[12] - '0') < 24
        && (v[14] - '0') * 10 + (v[15] - '0') < 60 && (v[17] - '0') * 10 + (v[18] - '0') < 60;
}

QString quoted(QByteArrayView v)
{
    QString s = QString::fromUtf8(v.first(qMin<qsizetype>(v.size(), 80)));
    if (v.size() > 80)
        s += u'…';
    return u'"' + s + u'"';
}

} // namespace

QByteArrayView trimCell(QByteArrayView v)
{
    static constexpr QByteArrayView ideographicSpace("\xE3\x80\x80");
    for (;;) {
        if (!v.isEmpty() && isAsciiSpace(v.front()))
            v = v.sliced(1);
        else if (v.startsWith(ideographicSpace))
            v = v.sliced(3);
        else
            break;
    }
    for (;;) {
        if (!v.isEmpty() && isAsciiSpace(v.back()))
            v.chop(1);
        else if (v.endsWith(ideographicSpace))
            v.chop(3);
        else
            break;
    }
    return v;
}

RecordConverter::RecordConverter(const EntitySpec &spec, const MappingProfile &profile,
                                 const MappingProfile::EntityMapping &mapping)
    : m_spec(spec)
    , m_profile(profile)
    , m_mapping(mapping)
{ }

bool RecordConverter::setHeader(const QStringList &header, QString *error)
{
    m_header = header;
    m_headerSize = header.size();
    auto indexOf = [&header](const QString &name) -> int {
        const QString wanted = ValueParser::normalizeHeader(name);
        for (int i = 0; i < header.size(); ++i) {
            if (header.at(i).compare(wanted, Qt::CaseInsensitive) == 0)
                return i;
        }
        return -1;
    };
    m_fields.clear();
    QStringList missing;
    for (const FieldSpec &field : m_spec.fields) {
        Resolved r { field, {}, {}, nullptr };
        const auto it = m_mapping.fields.constFind(QString(field.name));
        if (it != m_mapping.fields.constEnd()) {
            r.rule = &it.value();
            for (const QString &c : it->columns) {
                if (const int i = indexOf(c); i >= 0)
                    r.columns.append(i);
            }
            for (const QString &c : it->concat) {
                if (const int i = indexOf(c); i >= 0)
                    r.concat.append(i);
            }
        }
        const bool available
            = !r.columns.isEmpty() || !r.concat.isEmpty() || (r.rule && !r.rule->defaultValue.isEmpty());
        if (field.required && !available) {
            QStringList wanted
                = r.rule ? r.rule->columns + r.rule->concat : QStringList { QString(field.name) };
            missing.append(wanted.isEmpty() ? QString(field.name) : wanted.join(u" / "_s));
        }
        m_fields.append(r);
    }
    m_deletedColumn = m_mapping.deletedColumn.isEmpty() ? -1 : indexOf(m_mapping.deletedColumn);
    if (!missing.isEmpty()) {
        *error = tr("the header lacks the required column(s) %1").arg(missing.join(u", "_s));
        return false;
    }
    return true;
}

QList<int> RecordConverter::dateColumns() const
{
    QList<int> out;
    for (const Resolved &r : m_fields) {
        if (r.spec.type == FieldType::Date || r.spec.type == FieldType::DateTime)
            out += r.columns;
    }
    return out;
}

bool RecordConverter::isDeleted(const CsvReader &reader) const
{
    if (m_deletedColumn < 0 || m_deletedColumn >= reader.fieldCount())
        return false;
    const QByteArrayView v = trimCell(reader.field(m_deletedColumn));
    if (v.isEmpty())
        return false;
    return ValueParser::parseBool(QString::fromUtf8(v)).value_or(false);
}

QString RecordConverter::sourceColumnsOf(qsizetype field) const
{
    const Resolved &r = m_fields.at(field);
    QStringList names;
    for (int c : r.columns)
        names.append(m_header.value(c));
    for (int c : r.concat)
        names.append(m_header.value(c));
    return names.isEmpty() ? QString(r.spec.name) : names.join(u'+');
}

QByteArrayView RecordConverter::rawValue(const CsvReader &reader, const Resolved &r,
                                         QByteArray &scratch) const
{
    const bool typed = r.spec.type != FieldType::Text && r.spec.type != FieldType::Id;
    // Numbers and dates start with a digit; only other cells can spell a null word.
    auto isNull = [typed](QByteArrayView v) {
        return isTextNull(v) || (typed && !isDigit(v.front()) && ValueParser::isNull(QString::fromUtf8(v)));
    };
    QByteArrayView value;
    bool found = false;
    for (int c : r.columns) {
        if (c >= reader.fieldCount())
            continue;
        const QByteArrayView v = trimCell(reader.field(c));
        if (!isNull(v)) {
            value = v;
            found = true;
            break;
        }
    }
    if (!found && !r.concat.isEmpty()) {
        scratch.clear();
        for (int c : r.concat) {
            if (c >= reader.fieldCount())
                continue;
            const QByteArrayView v = trimCell(reader.field(c));
            if (isNull(v))
                continue;
            if (!scratch.isEmpty())
                scratch.append(' ');
            scratch.append(v);
        }
        if (!scratch.isEmpty()) {
            value = scratch;
            found = true;
        }
    }
    if (!r.rule)
        return found ? value : QByteArrayView();
    if (!found) {
        if (r.rule->defaultValue.isEmpty())
            return {};
        scratch = r.rule->defaultValue.toUtf8();
        return scratch;
    }
    if (r.rule->firstOfList) {
        qsizetype cut = value.indexOf(';');
        if (cut < 0)
            cut = value.indexOf(',');
        if (cut >= 0)
            value = trimCell(value.first(cut));
    }
    if (!r.rule->values.isEmpty()) {
        const QString key = QString::fromUtf8(value).toLower();
        auto it = r.rule->values.constFind(key);
        if (it == r.rule->values.constEnd())
            it = r.rule->values.constFind(u"*"_s);
        if (it != r.rule->values.constEnd()) {
            scratch = it->toUtf8();
            return scratch;
        }
    }
    if (value.data() != scratch.constData())
        return value;
    return scratch;
}

bool RecordConverter::convert(const CsvReader &reader, QList<CellValue> &values, QString *reason,
                              QStringList *issues) const
{
    values.resize(m_fields.size());
    QByteArray scratch;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const Resolved &r = m_fields.at(i);
        CellValue &out = values[i];
        out.setNull();
        scratch.clear();
        const QByteArrayView raw = rawValue(reader, r, scratch);
        const bool fromScratch = !raw.isEmpty() && raw.data() == scratch.constData();
        if (raw.isEmpty()) {
            if (r.spec.required) {
                *reason = tr("the required value %1 (column %2) is empty")
                              .arg(QString(r.spec.name), sourceColumnsOf(i));
                return false;
            }
            continue;
        }
        const QString problem = convertValue(r, raw, fromScratch, scratch, out);
        if (!problem.isEmpty()) {
            const QString message = tr("column %1: %2 %3").arg(sourceColumnsOf(i), quoted(raw), problem);
            out.setNull();
            if (r.spec.required || !issues) {
                *reason = message;
                return false;
            }
            issues->append(message);
        }
    }
    return true;
}

QString RecordConverter::convertValue(const Resolved &r, QByteArrayView raw, bool fromScratch,
                                      const QByteArray &scratch, CellValue &out) const
{
    auto keepRaw = [&] {
        if (fromScratch)
            out.setOwned(scratch);
        else
            out.setText(raw);
    };
    switch (r.spec.type) {
    case FieldType::Text:
        keepRaw();
        return {};
    case FieldType::Id:
        if (m_profile.salesforceIds && raw.size() == 15 && SalesforceId::looksLikeId(raw))
            out.setOwned(SalesforceId::to18(raw));
        else
            keepRaw();
        return {};
    case FieldType::Integer:
    case FieldType::Number: {
        double d = 0;
        const auto [end, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), d);
        if (ec != std::errc() || end != raw.data() + raw.size()) {
            const auto parsed = ValueParser::parseNumber(QString::fromUtf8(raw), m_profile.numberLocale);
            if (!parsed)
                return tr("is not a number");
            d = *parsed;
        }
        if (!std::isfinite(d))
            return tr("is not a number");
        if (r.spec.type == FieldType::Integer) {
            if (std::fabs(d) > 9.0e15)
                return tr("is out of range");
            out.kind = CellValue::Integer;
            out.integer = qint64(std::llround(d));
        } else {
            out.kind = CellValue::Real;
            out.real = d;
        }
        return {};
    }
    case FieldType::Bool: {
        const auto b = ValueParser::parseBool(QString::fromUtf8(raw));
        if (!b)
            return tr("is not true or false");
        out.kind = CellValue::Integer;
        out.integer = *b ? 1 : 0;
        return {};
    }
    case FieldType::Date: {
        if (isIsoDate(raw)) {
            keepRaw();
            return {};
        }
        const auto date = ValueParser::parseDate(QString::fromUtf8(raw), m_dateOrder);
        if (!date || !date->isValid())
            return tr("is not a date");
        out.setOwned(date->toString(Qt::ISODate).toLatin1());
        return {};
    }
    case FieldType::DateTime: {
        if (isIsoUtcDateTime(raw)) {
            keepRaw();
            return {};
        }
        const auto dt = ValueParser::parseDateTime(QString::fromUtf8(raw), m_dateOrder, m_profile.timeZone);
        if (!dt || !dt->isValid())
            return tr("is not a date and time");
        out.setOwned(dt->toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s).toLatin1());
        return {};
    }
    }
    return {};
}
