#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>
#include <optional>

// Converts the text of a real-world export cell into typed values.
// All functions trim whitespace first: ASCII whitespace, U+3000 (ideographic space) and
// the other Unicode spaces (QChar::isSpace()).
namespace ValueParser {

// The text of a cell without surrounding whitespace, as the functions below see it.
QString trimmed(QStringView text);

// A header cell as a column name: a leading BOM removed, trimmed, and every run of
// whitespace (tab, LF, VT, FF, CR, U+3000, ...) collapsed to one space.
QString normalizeHeader(QStringView text);

// Empty, NA, N/A, #N/A, NULL, NONE, NIL, null, "." and "-" (case-insensitive) are null, and
// so are spreadsheet error values (#NULL!, #DIV/0!, #VALUE!, #REF!, #NAME?, #NUM!).
bool isNull(QStringView text);

// true/false, TRUE/FALSE, 1/0, yes/no, y/n, t/f (any case). nullopt if neither.
std::optional<bool> parseBool(QStringView text);

// Plain and scientific notation ("6.0E7"), a leading currency sign or trailing %
// stripped, thousands separators of `locale` accepted. Default: C locale with ","
// as a thousands separator ("1,234.5"). nullopt if not a number.
std::optional<double> parseNumber(QStringView text, const QLocale &locale = QLocale::c());

enum class DateOrder
{
    Unknown,
    MonthFirst,
    DayFirst
};

// What one slash-or-dot date such as "3/8/2024" says about the order of its parts:
// MonthFirst if the second part is > 12, DayFirst if the first is > 12, Unknown if
// both are <= 12 (ambiguous) or the value has no such date.
DateOrder evidence(QStringView text);

// Dates: ISO "2024-03-08", "2024/03/08", "20240308", slash dates "3/8/2024" or
// "03/08/24" in `order` (Unknown = MonthFirst, or DayFirst when only that reading is a
// valid date, as in "31/12/2012"), "8.3.2024" (day first), and the datetimes below (the
// calendar date as written, offset ignored). Two-digit years: 69-99 are 19xx, 00-68 20xx.
std::optional<QDate> parseDate(QStringView text, DateOrder order = DateOrder::Unknown);

// Datetimes, returned in UTC: "2006-04-15T03:23:15.000Z", "2023-02-07 20:47:49",
// "2020-01-10 10:00", "2009-07-14T14:14:45+0200", "+02:00" and "+02" offsets,
// "07/15/2009 02:14:45+0800", "07/15/2009T02:14:45+0800", "3/8/2024 9:05 PM",
// a date alone (midnight), fractional seconds, "GMT"/"UTC". Without an offset the value is
// taken as `defaultZone` (UTC by default). Salesforce's "2010-10-14T12:00:00.000Z-0300"
// (a literal Z followed by an offset) uses the offset. Rejects malformed input such as
// "2009\7\14 22:14:45+0800" or "2009-07/14 02:14:45-0800".
std::optional<QDateTime> parseDateTime(QStringView text, DateOrder order = DateOrder::Unknown,
                                       const QTimeZone &defaultZone = QTimeZone::utc());

} // namespace ValueParser
