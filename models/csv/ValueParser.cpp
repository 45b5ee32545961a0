#include "ValueParser.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace ValueParser {

namespace {

// A forward-only reader over the characters of one cell.
class Cursor
{
public:
    explicit Cursor(QStringView text)
        : m_text(text)
    { }

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text[m_pos]; }
    QStringView rest() const { return m_text.sliced(m_pos); }
    void advance(qsizetype n = 1) { m_pos += n; }

    bool accept(char16_t c)
    {
        if (peek() != QChar(c))
            return false;
        ++m_pos;
        return true;
    }

    bool acceptWord(QLatin1StringView word)
    {
        if (!rest().startsWith(word, Qt::CaseInsensitive))
            return false;
        m_pos += word.size();
        return true;
    }

    void skipSpaces()
    {
        while (!atEnd() && m_text[m_pos].isSpace())
            ++m_pos;
    }

    void skipDigits()
    {
        while (!atEnd() && m_text[m_pos] >= u'0' && m_text[m_pos] <= u'9')
            ++m_pos;
    }

    // Reads up to `maxDigits` ASCII digits; -1 if fewer than `minDigits` are there.
    int number(int minDigits, int maxDigits, int *count = nullptr)
    {
        int value = 0;
        int n = 0;
        while (n < maxDigits && !atEnd()) {
            const char16_t c = m_text[m_pos].unicode();
            if (c < u'0' || c > u'9')
                break;
            value = value * 10 + (c - u'0');
            ++n;
            ++m_pos;
        }
        if (count)
            *count = n;
        return n >= minDigits ? value : -1;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

struct DateTimeParts
{
    QDate date;
    QTime time; // null when the text holds a date only
    std::optional<int> offsetSeconds;
};

int expandYear(int year, int digits)
{
    if (digits != 2)
        return year;
    return year >= 69 ? 1900 + year : 2000 + year;
}

std::optional<QDate> readDate(Cursor &c, DateOrder order)
{
    int firstDigits = 0;
    const int first = c.number(1, 8, &firstDigits);
    if (first < 0)
        return std::nullopt;

    if (firstDigits == 8) { // 20240308
        const QDate date(first / 10000, first / 100 % 100, first % 100);
        return date.isValid() ? std::optional(date) : std::nullopt;
    }

    const QChar sep = c.peek();
    if (firstDigits == 4) { // 2024-03-08, 2024/03/08
        if (sep != u'-' && sep != u'/')
            return std::nullopt;
        c.advance();
        const int month = c.number(1, 2);
        if (month < 0 || !c.accept(sep.unicode()))
            return std::nullopt;
        const int day = c.number(1, 2);
        const QDate date(first, month, day);
        return day >= 0 && date.isValid() ? std::optional(date) : std::nullopt;
    }

    if (firstDigits > 2 || (sep != u'/' && sep != u'.'))
        return std::nullopt;
    c.advance();
    const int second = c.number(1, 2);
    if (second < 0 || !c.accept(sep.unicode()))
        return std::nullopt;
    int yearDigits = 0;
    const int year = c.number(2, 4, &yearDigits);
    if (year < 0 || yearDigits == 3)
        return std::nullopt;
    const int fullYear = expandYear(year, yearDigits);

    const QDate monthFirst(fullYear, first, second);
    const QDate dayFirst(fullYear, second, first);
    if (sep == u'.' || order == DateOrder::DayFirst)
        return dayFirst.isValid() ? std::optional(dayFirst) : std::nullopt;
    if (monthFirst.isValid())
        return monthFirst;
    // Without a known order, a value that is only valid day-first ("31/12/2012") is not ambiguous.
    if (order == DateOrder::Unknown && dayFirst.isValid())
        return dayFirst;
    return std::nullopt;
}

std::optional<QTime> readTime(Cursor &c)
{
    int hour = c.number(1, 2);
    if (hour < 0 || !c.accept(u':'))
        return std::nullopt;
    const int minute = c.number(2, 2);
    if (minute < 0)
        return std::nullopt;
    int second = 0;
    int msec = 0;
    if (c.accept(u':')) {
        second = c.number(2, 2);
        if (second < 0)
            return std::nullopt;
        if (c.accept(u'.') || c.accept(u',')) {
            int digits = 0;
            const int fraction = c.number(1, 3, &digits);
            if (fraction < 0)
                return std::nullopt;
            msec = fraction * (digits == 1 ? 100 : digits == 2 ? 10 : 1);
            c.skipDigits(); // precision beyond milliseconds is dropped
        }
    }

    c.skipSpaces();
    const bool am = c.acceptWord("AM"_L1);
    const bool pm = !am && c.acceptWord("PM"_L1);
    if (am || pm) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        hour = hour % 12 + (pm ? 12 : 0);
    }

    const QTime time(hour, minute, second, msec);
    return time.isValid() ? std::optional(time) : std::nullopt;
}

// "+0800", "+08:00", "+08", "-0300". Returns false on a malformed offset.
bool readOffset(Cursor &c, std::optional<int> *offsetSeconds)
{
    int sign = 0;
    if (c.accept(u'+'))
        sign = 1;
    else if (c.accept(u'-') || c.accept(u'\u2212'))
        sign = -1;
    else
        return true;

    const int hours = c.number(2, 2);
    if (hours < 0 || hours > 18)
        return false;
    int minutes = 0;
    const bool colon = c.accept(u':');
    int minuteDigits = 0;
    minutes = c.number(2, 2, &minuteDigits);
    if (minuteDigits == 0 && !colon)
        minutes = 0;
    else if (minutes < 0 || minutes > 59)
        return false;
    *offsetSeconds = sign * (hours * 3600 + minutes * 60);
    return true;
}

std::optional<DateTimeParts> readDateTime(QStringView text, DateOrder order)
{
    Cursor c(text.trimmed());
    DateTimeParts parts;
    const std::optional<QDate> date = readDate(c, order);
    if (!date)
        return std::nullopt;
    parts.date = *date;
    if (c.atEnd())
        return parts;

    if (!c.accept(u'T')) {
        if (!c.peek().isSpace())
            return std::nullopt;
        c.skipSpaces();
    }
    const std::optional<QTime> time = readTime(c);
    if (!time)
        return std::nullopt;
    parts.time = *time;

    c.skipSpaces();
    if (c.accept(u'Z') || c.acceptWord("UTC"_L1) || c.acceptWord("GMT"_L1))
        parts.offsetSeconds = 0;
    if (!readOffset(c, &parts.offsetSeconds))
        return std::nullopt;
    c.skipSpaces();
    if (!c.atEnd())
        return std::nullopt;
    return parts;
}

bool equalsAny(QStringView text, std::initializer_list<QLatin1StringView> words)
{
    for (const QLatin1StringView word : words) {
        if (text.compare(word, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isCurrency(QChar c)
{
    return c.category() == QChar::Symbol_Currency;
}

} // namespace

QString trimmed(QStringView text)
{
    return text.trimmed().toString();
}

QString normalizeHeader(QStringView text)
{
    QString name = text.toString().simplified();
    while (name.startsWith(QChar(0xFEFF)))
        name = name.sliced(1).simplified();
    return name;
}

bool isNull(QStringView text)
{
    const QStringView t = text.trimmed();
    return t.isEmpty()
        || equalsAny(t, { "NA"_L1, "N/A"_L1, "#N/A"_L1, "NULL"_L1, "NONE"_L1, "NIL"_L1, "."_L1, "-"_L1 })
        // The error values a spreadsheet writes where a formula failed: no value either.
        || (t.startsWith(u'#')
            && equalsAny(t,
                         { "#NULL!"_L1, "#DIV/0!"_L1, "#VALUE!"_L1, "#REF!"_L1, "#NAME?"_L1, "#NUM!"_L1,
                           "#N/A!"_L1 }));
}

std::optional<bool> parseBool(QStringView text)
{
    const QStringView t = text.trimmed();
    if (equalsAny(t, { "true"_L1, "1"_L1, "yes"_L1, "y"_L1, "t"_L1 }))
        return true;
    if (equalsAny(t, { "false"_L1, "0"_L1, "no"_L1, "n"_L1, "f"_L1 }))
        return false;
    return std::nullopt;
}

std::optional<double> parseNumber(QStringView text, const QLocale &locale)
{
    QStringView t = text.trimmed();
    bool negative = false;
    bool signSeen = false;
    const auto takeSign = [&] {
        if (signSeen || t.isEmpty())
            return;
        if (t.front() == u'-' || t.front() == u'\u2212')
            negative = true;
        else if (t.front() != u'+')
            return;
        signSeen = true;
        t = t.sliced(1).trimmed();
    };

    // "-$1,200", "$-1,200", "12%", "12 €"
    takeSign();
    if (!t.isEmpty() && isCurrency(t.front())) {
        t = t.sliced(1).trimmed();
        takeSign();
    }
    if (!t.isEmpty() && (t.back() == u'%' || isCurrency(t.back())))
        t = t.chopped(1).trimmed();

    // The locale would accept a second sign; digits or the decimal point must start the rest.
    if (t.isEmpty() || !(t.front().isDigit() || t.startsWith(locale.decimalPoint())))
        return std::nullopt;

    bool ok = false;
    const double value = locale.toDouble(t, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return negative ? -value : value;
}

DateOrder evidence(QStringView text)
{
    Cursor c(text.trimmed());
    int firstDigits = 0;
    const int first = c.number(1, 2, &firstDigits);
    const QChar sep = c.peek();
    if (first < 0 || firstDigits > 2 || (sep != u'/' && sep != u'.'))
        return DateOrder::Unknown;
    c.advance();
    const int second = c.number(1, 2);
    if (second < 0)
        return DateOrder::Unknown;

    // Only a value that parses at all in the order it suggests counts as evidence.
    if (first > 12 && second <= 12 && readDateTime(text, DateOrder::DayFirst))
        return DateOrder::DayFirst;
    if (second > 12 && first <= 12 && readDateTime(text, DateOrder::MonthFirst))
        return DateOrder::MonthFirst;
    return DateOrder::Unknown;
}

std::optional<QDate> parseDate(QStringView text, DateOrder order)
{
    const std::optional<DateTimeParts> parts = readDateTime(text, order);
    if (!parts)
        return std::nullopt;
    return parts->date;
}

std::optional<QDateTime> parseDateTime(QStringView text, DateOrder order, const QTimeZone &defaultZone)
{
    const std::optional<DateTimeParts> parts = readDateTime(text, order);
    if (!parts)
        return std::nullopt;
    const QTime time = parts->time.isValid() ? parts->time : QTime(0, 0);
    if (parts->offsetSeconds)
        return QDateTime(parts->date, time, Qt::UTC).addSecs(-*parts->offsetSeconds);

    const QDateTime local(parts->date, time, defaultZone.isValid() ? defaultZone : QTimeZone::utc());
    if (!local.isValid())
        return std::nullopt;
    return local.toUTC();
}

} // namespace ValueParser
