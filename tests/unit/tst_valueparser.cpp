#include "TestSupport.h"
#include "csv/CsvReader.h"
#include "csv/TextDecoder.h"
#include "csv/ValueParser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ValueParser::DateOrder;

namespace {

// Header name -> column of strings, for small shared files.
struct Table
{
    QStringList header;
    QList<QStringList> rows;

    QString value(qsizetype row, const QString &column) const
    {
        return rows.at(row).at(header.indexOf(column));
    }
};

Table readTable(const QString &path)
{
    Table table;
    CsvReader reader(TextDecoder::toUtf8(TestSupport::readFile(path)).utf8);
    if (reader.readRecord())
        table.header = reader.fieldStrings();
    while (reader.readRecord())
        table.rows.append(reader.fieldStrings());
    return table;
}

QDateTime utc(const QString &iso)
{
    QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    dt.setTimeSpec(Qt::UTC);
    return dt;
}

// What an importer does for one column: the order all its values agree on.
DateOrder columnOrder(const QStringList &values)
{
    bool monthFirst = false;
    bool dayFirst = false;
    for (const QString &v : values) {
        const DateOrder e = ValueParser::evidence(v);
        monthFirst |= e == DateOrder::MonthFirst;
        dayFirst |= e == DateOrder::DayFirst;
    }
    if (monthFirst == dayFirst)
        return DateOrder::Unknown;
    return monthFirst ? DateOrder::MonthFirst : DateOrder::DayFirst;
}

} // namespace

class TestValueParser : public QObject
{
    Q_OBJECT

private slots:
    void trimmed_data();
    void trimmed();
    void normalizeHeader_data();
    void normalizeHeader();
    void isNull_data();
    void isNull();
    void parseBool_data();
    void parseBool();
    void parseNumber_data();
    void parseNumber();
    void evidence_data();
    void evidence();
    void parseDate_data();
    void parseDate();
    void parseDateTime_data();
    void parseDateTime();
    void parseDateTimeInZone();

    void csvkitBlanks();
    void csvkitDateFormat();
    void csvkitNumericDateFormat();
    void csvkitLocale();
    void salesforceTimeZoneFormats();
    void salesforceTimeZoneFormatsWithErrors();
    void salesforceDateFiles_data();
    void salesforceDateFiles();
    void salesforceDefaultTimeZone();
    void salesforceIdeographicSpaces();
};

void TestValueParser::trimmed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"abc"_s << u"abc"_s;
    QTest::newRow("ascii whitespace") << u" \t\r\n abc \v\f"_s << u"abc"_s;
    QTest::newRow("ideographic space") << u"\u3000 x y\u3000 \u3000"_s << u"x y"_s;
    QTest::newRow("inner kept") << u"  a  b  "_s << u"a  b"_s;
    QTest::newRow("only spaces") << u" \u3000 "_s << QString();
}

void TestValueParser::trimmed()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ValueParser::trimmed(text), expected);
}

void TestValueParser::normalizeHeader_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"Account Name"_s << u"Account Name"_s;
    QTest::newRow("control whitespace") << u"\t\n\v\f\r start \t\n\v\f\r end \t\n\v\f\r"_s << u"start end"_s;
    QTest::newRow("ideographic space") << u"\u3000客户\u3000\u3000名称\u3000"_s << u"客户 名称"_s;
    QTest::newRow("bom") << u"\uFEFFId"_s << u"Id"_s;
    QTest::newRow("bom after space") << u" \uFEFF Id "_s << u"Id"_s;
    QTest::newRow("crlf inside") << u"Annual\r\nRevenue"_s << u"Annual Revenue"_s;
    QTest::newRow("empty") << u"  "_s << QString();
}

void TestValueParser::normalizeHeader()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ValueParser::normalizeHeader(text), expected);
}

void TestValueParser::isNull_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("null");

    for (const QString &s :
         { u""_s, u"  "_s, u"NA"_s, u"na"_s, u"N/A"_s, u"n/a"_s, u"#N/A"_s, u"NULL"_s, u"null"_s, u"None"_s,
           u"NONE"_s, u"nil"_s, u"."_s, u"-"_s, u" NULL "_s, u"\u3000 \u3000"_s, u"\u3000NA\u3000"_s })
        QTest::newRow(qPrintable(u"null '"_s + s + u'\'')) << s << true;
    for (const QString &s :
         { u"0"_s, u"nan"_s, u"N"_s, u"NAN"_s, u"--"_s, u"n.a."_s, u"Null value"_s, u"x"_s })
        QTest::newRow(qPrintable(u"value '"_s + s + u'\'')) << s << false;
}

void TestValueParser::isNull()
{
    QFETCH(QString, text);
    QFETCH(bool, null);
    QCOMPARE(ValueParser::isNull(text), null);
}

void TestValueParser::parseBool_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // -1: not a boolean

    for (const QString &s : { u"true"_s, u"TRUE"_s, u"True"_s, u"1"_s, u"yes"_s, u"Yes"_s, u"Y"_s, u"y"_s,
                              u"t"_s, u"T"_s, u" true\u3000"_s })
        QTest::newRow(qPrintable(s)) << s << 1;
    for (const QString &s : { u"false"_s, u"FALSE"_s, u"0"_s, u"no"_s, u"No"_s, u"N"_s, u"f"_s, u"F"_s })
        QTest::newRow(qPrintable(s)) << s << 0;
    for (const QString &s : { u""_s, u"2"_s, u"yes!"_s, u"ok"_s, u"10"_s, u"nope"_s, u"-1"_s })
        QTest::newRow(qPrintable(u"not '"_s + s + u'\'')) << s << -1;
}

void TestValueParser::parseBool()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const std::optional<bool> value = ValueParser::parseBool(text);
    if (expected < 0) {
        QVERIFY(!value);
    } else {
        QVERIFY(value);
        QCOMPARE(*value, expected == 1);
    }
}

void TestValueParser::parseNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("expected");

    const QString c = u"C"_s;
    const QString de = u"de_DE"_s;
    QTest::newRow("integer") << u"42"_s << c << true << 42.0;
    QTest::newRow("negative") << u"-42.5"_s << c << true << -42.5;
    QTest::newRow("plus") << u"+7"_s << c << true << 7.0;
    QTest::newRow("leading zero") << u"01"_s << c << true << 1.0;
    QTest::newRow("fraction only") << u".5"_s << c << true << 0.5;
    QTest::newRow("scientific") << u"6.0E7"_s << c << true << 60000000.0;
    QTest::newRow("scientific lower") << u"1.5e-3"_s << c << true << 0.0015;
    QTest::newRow("thousands") << u"1,234.5"_s << c << true << 1234.5;
    QTest::newRow("millions") << u"12,345,678"_s << c << true << 12345678.0;
    QTest::newRow("dollar") << u"$1,200"_s << c << true << 1200.0;
    QTest::newRow("negative dollar") << u"-$1,200.50"_s << c << true << -1200.5;
    QTest::newRow("dollar negative") << u"$-3"_s << c << true << -3.0;
    QTest::newRow("euro sign") << u"€ 99.90"_s << c << true << 99.9;
    QTest::newRow("trailing euro") << u"99.90 €"_s << c << true << 99.9;
    QTest::newRow("percent") << u"12%"_s << c << true << 12.0;
    QTest::newRow("percent fraction") << u" 12.5 % "_s << c << true << 12.5;
    QTest::newRow("ideographic spaces") << u"\u3000 1-000000\u3000"_s << c << false << 0.0;
    QTest::newRow("spaces") << u"  3.25\u3000"_s << c << true << 3.25;
    QTest::newRow("empty") << u""_s << c << false << 0.0;
    QTest::newRow("text") << u"abc"_s << c << false << 0.0;
    QTest::newRow("id-like") << u"1-00000"_s << c << false << 0.0;
    QTest::newRow("phone") << u"415-555-0000"_s << c << false << 0.0;
    QTest::newRow("double sign") << u"--5"_s << c << false << 0.0;
    QTest::newRow("only sign") << u"-"_s << c << false << 0.0;
    QTest::newRow("only dollar") << u"$"_s << c << false << 0.0;
    QTest::newRow("inf") << u"inf"_s << c << false << 0.0;
    QTest::newRow("nan") << u"nan"_s << c << false << 0.0;
    QTest::newRow("overflow") << u"1e999"_s << c << false << 0.0;
    QTest::newRow("date") << u"2024-03-08"_s << c << false << 0.0;
    // Thousands separators must sit between groups of three digits.
    QTest::newRow("misplaced separator") << u"1,2"_s << c << false << 0.0;
    QTest::newRow("indian grouping") << u"1,23,456"_s << c << false << 0.0;
    QTest::newRow("de dot decimal rejected") << u"1.5"_s << de << false << 0.0;
    QTest::newRow("de scientific") << u"6,0E7"_s << de << true << 60000000.0;
    QTest::newRow("de decimal comma") << u"1,7"_s << de << true << 1.7;
    QTest::newRow("de thousands") << u"200.000.000"_s << de << true << 200000000.0;
    QTest::newRow("de both") << u"1.234,5"_s << de << true << 1234.5;
    QTest::newRow("de euro") << u"1.234,50 €"_s << de << true << 1234.5;
    QTest::newRow("de percent") << u"12,5%"_s << de << true << 12.5;
}

void TestValueParser::parseNumber()
{
    QFETCH(QString, text);
    QFETCH(QString, locale);
    QFETCH(bool, valid);
    QFETCH(double, expected);
    const std::optional<double> value
        = ValueParser::parseNumber(text, locale == "C"_L1 ? QLocale::c() : QLocale(locale));
    QCOMPARE(bool(value), valid);
    if (valid)
        QCOMPARE(*value, expected);
}

void TestValueParser::evidence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateOrder>("expected");

    QTest::newRow("ambiguous") << u"3/8/2024"_s << DateOrder::Unknown;
    QTest::newRow("same parts") << u"05/05/2024"_s << DateOrder::Unknown;
    QTest::newRow("month first") << u"12/31/2012"_s << DateOrder::MonthFirst;
    QTest::newRow("day first") << u"31/12/2012"_s << DateOrder::DayFirst;
    QTest::newRow("day first two-digit year") << u"13/01/24"_s << DateOrder::DayFirst;
    QTest::newRow("month first with time") << u"07/15/2009 02:14:45+0800"_s << DateOrder::MonthFirst;
    QTest::newRow("dotted") << u"13.3.2024"_s << DateOrder::DayFirst;
    QTest::newRow("iso") << u"2024-03-08"_s << DateOrder::Unknown;
    QTest::newRow("year first slash") << u"2024/03/18"_s << DateOrder::Unknown;
    QTest::newRow("both large") << u"13/13/2024"_s << DateOrder::Unknown;
    QTest::newRow("not a date") << u"hello"_s << DateOrder::Unknown;
    QTest::newRow("empty") << QString() << DateOrder::Unknown;
    QTest::newRow("trailing garbage") << u"31/12/2012 x"_s << DateOrder::Unknown;
    QTest::newRow("padded") << u"  25/12/2023\u3000"_s << DateOrder::DayFirst;
}

void TestValueParser::evidence()
{
    QFETCH(QString, text);
    QFETCH(DateOrder, expected);
    QCOMPARE(ValueParser::evidence(text), expected);
}

void TestValueParser::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<QDate>("expected"); // invalid: nullopt

    const auto u = DateOrder::Unknown;
    QTest::newRow("iso") << u"2024-03-08"_s << u << QDate(2024, 3, 8);
    QTest::newRow("iso single digits") << u"2024-3-8"_s << u << QDate(2024, 3, 8);
    QTest::newRow("year first slash") << u"2024/03/08"_s << u << QDate(2024, 3, 8);
    QTest::newRow("compact") << u"20240308"_s << u << QDate(2024, 3, 8);
    QTest::newRow("slash unknown is month first") << u"3/8/2024"_s << u << QDate(2024, 3, 8);
    QTest::newRow("slash month first") << u"3/8/2024"_s << DateOrder::MonthFirst << QDate(2024, 3, 8);
    QTest::newRow("slash day first") << u"3/8/2024"_s << DateOrder::DayFirst << QDate(2024, 8, 3);
    QTest::newRow("two-digit year") << u"03/08/24"_s << u << QDate(2024, 3, 8);
    QTest::newRow("two-digit year 1900s") << u"03/08/85"_s << u << QDate(1985, 3, 8);
    QTest::newRow("unknown but only day first valid") << u"31/12/2012"_s << u << QDate(2012, 12, 31);
    QTest::newRow("month first contradicted") << u"31/12/2012"_s << DateOrder::MonthFirst << QDate();
    QTest::newRow("day first contradicted") << u"12/31/2012"_s << DateOrder::DayFirst << QDate();
    QTest::newRow("dotted day first") << u"8.3.2024"_s << u << QDate(2024, 3, 8);
    QTest::newRow("dotted ignores month-first order")
        << u"8.3.2024"_s << DateOrder::MonthFirst << QDate(2024, 3, 8);
    QTest::newRow("datetime keeps written date") << u"2009-07-14T22:14:45+0800"_s << u << QDate(2009, 7, 14);
    QTest::newRow("slash datetime") << u"07/15/2009 02:14:45+0800"_s << u << QDate(2009, 7, 15);
    QTest::newRow("padded") << u"\u3000 2024-03-08 "_s << u << QDate(2024, 3, 8);
    QTest::newRow("leap day") << u"2024-02-29"_s << u << QDate(2024, 2, 29);
    QTest::newRow("not leap") << u"2023-02-29"_s << u << QDate();
    QTest::newRow("month 13") << u"2024-13-01"_s << u << QDate();
    QTest::newRow("mixed separators") << u"2009-07/14"_s << u << QDate();
    QTest::newRow("backslashes") << u"2009\\7\\14"_s << u << QDate();
    QTest::newRow("three-digit year") << u"1/2/202"_s << u << QDate();
    QTest::newRow("number") << u"4.5"_s << u << QDate();
    QTest::newRow("seven digits") << u"2024038"_s << u << QDate();
    QTest::newRow("text") << u"yesterday"_s << u << QDate();
    QTest::newRow("empty") << QString() << u << QDate();
    QTest::newRow("bad time") << u"2024-03-08 25:00"_s << u << QDate();
}

void TestValueParser::parseDate()
{
    QFETCH(QString, text);
    QFETCH(DateOrder, order);
    QFETCH(QDate, expected);
    const std::optional<QDate> date = ValueParser::parseDate(text, order);
    QCOMPARE(bool(date), expected.isValid());
    if (date)
        QCOMPARE(*date, expected);
}

void TestValueParser::parseDateTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<QDateTime>("expected"); // invalid: nullopt

    const auto u = DateOrder::Unknown;
    QTest::newRow("salesforce Z") << u"2006-04-15T03:23:15.000Z"_s << u << utc(u"2006-04-15T03:23:15.000"_s);
    QTest::newRow("space seconds") << u"2023-02-07 20:47:49"_s << u << utc(u"2023-02-07T20:47:49"_s);
    QTest::newRow("minutes only") << u"2020-01-10 10:00"_s << u << utc(u"2020-01-10T10:00:00"_s);
    QTest::newRow("offset hhmm") << u"2009-07-14T14:14:45+0200"_s << u << utc(u"2009-07-14T12:14:45"_s);
    QTest::newRow("offset hh:mm") << u"2009-07-14T14:14:45+02:00"_s << u << utc(u"2009-07-14T12:14:45"_s);
    QTest::newRow("offset hh") << u"2009-07-14T14:14:45+02"_s << u << utc(u"2009-07-14T12:14:45"_s);
    QTest::newRow("offset +0800") << u"2009-07-14 22:14:45+0800"_s << u << utc(u"2009-07-14T14:14:45"_s);
    QTest::newRow("negative offset") << u"2009-07-14 02:14:45-0800"_s << u << utc(u"2009-07-14T10:14:45"_s);
    QTest::newRow("half-hour offset") << u"2024-01-01T10:00:00+05:30"_s << u << utc(u"2024-01-01T04:30:00"_s);
    QTest::newRow("space before offset")
        << u"2009-07-14 22:14:45 +08:00"_s << u << utc(u"2009-07-14T14:14:45"_s);
    QTest::newRow("UTC word") << u"2009-07-14 22:14:45 UTC"_s << u << utc(u"2009-07-14T22:14:45"_s);
    QTest::newRow("GMT offset") << u"2009-07-14 22:14:45 GMT+08:00"_s << u << utc(u"2009-07-14T14:14:45"_s);
    QTest::newRow("Z then offset") << u"2010-10-14T12:00:00.000Z-0300"_s << u
                                   << utc(u"2010-10-14T15:00:00"_s);
    QTest::newRow("fraction 1 digit")
        << u"2024-03-08T10:00:00.5Z"_s << u << utc(u"2024-03-08T10:00:00.500"_s);
    QTest::newRow("fraction 6 digits")
        << u"2024-03-08T10:00:00.123456Z"_s << u << utc(u"2024-03-08T10:00:00.123"_s);
    QTest::newRow("fraction comma") << u"2024-03-08 10:00:00,25"_s << u << utc(u"2024-03-08T10:00:00.250"_s);
    QTest::newRow("slash with offset") << u"07/15/2009 02:14:45+0800"_s << u << utc(u"2009-07-14T18:14:45"_s);
    QTest::newRow("slash T offset") << u"07/15/2009T02:14:45+0800"_s << u << utc(u"2009-07-14T18:14:45"_s);
    QTest::newRow("us pm") << u"3/8/2024 9:05 PM"_s << u << utc(u"2024-03-08T21:05:00"_s);
    QTest::newRow("us am") << u"3/8/2024 9:05 am"_s << u << utc(u"2024-03-08T09:05:00"_s);
    QTest::newRow("us 12 am") << u"3/8/2024 12:30:15 AM"_s << u << utc(u"2024-03-08T00:30:15"_s);
    QTest::newRow("us 12 pm") << u"3/8/2024 12:30PM"_s << u << utc(u"2024-03-08T12:30:00"_s);
    QTest::newRow("day first with time")
        << u"3/8/2024 09:05"_s << DateOrder::DayFirst << utc(u"2024-08-03T09:05:00"_s);
    QTest::newRow("dotted with time") << u"8.3.2024 14:00"_s << u << utc(u"2024-03-08T14:00:00"_s);
    QTest::newRow("date alone") << u"2024-03-08"_s << u << utc(u"2024-03-08T00:00:00"_s);
    QTest::newRow("slash date alone") << u"3/8/2024"_s << u << utc(u"2024-03-08T00:00:00"_s);
    QTest::newRow("padded") << u"\u3000 2024-03-08 10:00 \u3000"_s << u << utc(u"2024-03-08T10:00:00"_s);

    QTest::newRow("backslashes") << u"2009\\7\\14 22:14:45+0800"_s << u << QDateTime();
    QTest::newRow("mixed separators") << u"2009-07/14 02:14:45-0800"_s << u << QDateTime();
    QTest::newRow("hour 24") << u"2024-03-08 24:00"_s << u << QDateTime();
    QTest::newRow("minute 60") << u"2024-03-08 10:60"_s << u << QDateTime();
    QTest::newRow("one-digit minute") << u"2024-03-08 10:5"_s << u << QDateTime();
    QTest::newRow("pm hour 13") << u"3/8/2024 13:05 PM"_s << u << QDateTime();
    QTest::newRow("bad offset") << u"2024-03-08T10:00:00+8"_s << u << QDateTime();
    QTest::newRow("offset colon no minutes") << u"2024-03-08T10:00:00+08:"_s << u << QDateTime();
    QTest::newRow("trailing text") << u"2024-03-08 10:00 tomorrow"_s << u << QDateTime();
    QTest::newRow("double T") << u"2024-03-08TT10:00"_s << u << QDateTime();
    QTest::newRow("no separator") << u"2024-03-0810:00"_s << u << QDateTime();
    QTest::newRow("time alone") << u"10:00"_s << u << QDateTime();
    QTest::newRow("empty") << QString() << u << QDateTime();
}

void TestValueParser::parseDateTime()
{
    QFETCH(QString, text);
    QFETCH(DateOrder, order);
    QFETCH(QDateTime, expected);
    const std::optional<QDateTime> value = ValueParser::parseDateTime(text, order);
    QCOMPARE(bool(value), expected.isValid());
    if (value) {
        QCOMPARE(value->timeSpec(), Qt::UTC);
        QCOMPARE(*value, expected);
    }
}

void TestValueParser::parseDateTimeInZone()
{
    const QTimeZone berlin("Europe/Berlin");
    if (!berlin.isValid())
        QSKIP("the time zone database has no Europe/Berlin");
    // Summer (UTC+2) and winter (UTC+1); an explicit offset ignores the default zone.
    QCOMPARE(ValueParser::parseDateTime(u"2024-07-01 12:00"_s, DateOrder::Unknown, berlin),
             utc(u"2024-07-01T10:00:00"_s));
    QCOMPARE(ValueParser::parseDateTime(u"2024-01-01 12:00"_s, DateOrder::Unknown, berlin),
             utc(u"2024-01-01T11:00:00"_s));
    QCOMPARE(ValueParser::parseDateTime(u"2024-01-01"_s, DateOrder::Unknown, berlin),
             utc(u"2023-12-31T23:00:00"_s));
    QCOMPARE(ValueParser::parseDateTime(u"2024-01-01 12:00Z"_s, DateOrder::Unknown, berlin),
             utc(u"2024-01-01T12:00:00"_s));
}

void TestValueParser::csvkitBlanks()
{
    PITWALL_REQUIRE_SHARED(path, u"csv/csvkit/blanks.csv"_s);
    const Table table = readTable(path);
    QCOMPARE(table.header, (QStringList { u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s }));
    QCOMPARE(table.rows.size(), 1);
    QCOMPARE(table.rows.at(0).size(), 6);
    for (const QString &cell : table.rows.at(0))
        QVERIFY2(ValueParser::isNull(cell), qPrintable(cell));
}

void TestValueParser::csvkitDateFormat()
{
    PITWALL_REQUIRE_SHARED(path, u"csv/csvkit/test_date_format.csv"_s);
    PITWALL_REQUIRE_SHARED(convertedPath, u"csv/csvkit/test_date_format_converted.csv"_s);
    const Table table = readTable(path);
    const Table converted = readTable(convertedPath);
    QCOMPARE(table.rows.size(), converted.rows.size());

    QStringList column;
    for (const QStringList &row : table.rows)
        column.append(row.at(0));
    // "31/12/2012" is the evidence; "02/01/2014" alone would be ambiguous.
    const DateOrder order = columnOrder(column);
    QCOMPARE(order, DateOrder::DayFirst);

    QList<QDate> dates;
    for (qsizetype i = 0; i < column.size(); ++i) {
        const std::optional<QDate> date = ValueParser::parseDate(column.at(i), order);
        QVERIFY(date);
        QCOMPARE(date->toString(Qt::ISODate), converted.rows.at(i).at(0));
        dates.append(*date);
    }
    QCOMPARE(dates, (QList<QDate> { QDate(2014, 1, 2), QDate(2012, 12, 31) }));
}

void TestValueParser::csvkitNumericDateFormat()
{
    PITWALL_REQUIRE_SHARED(path, u"csv/csvkit/test_numeric_date_format.csv"_s);
    const Table table = readTable(path);
    QCOMPARE(table.rows.size(), 2);
    QCOMPARE(ValueParser::parseDate(table.rows.at(0).at(0)), QDate(2014, 1, 2));
    QCOMPARE(ValueParser::parseDate(table.rows.at(1).at(0)), QDate(2012, 12, 31));
}

void TestValueParser::csvkitLocale()
{
    PITWALL_REQUIRE_SHARED(path, u"csv/csvkit/test_locale.csv"_s);
    PITWALL_REQUIRE_SHARED(convertedPath, u"csv/csvkit/test_locale_converted.csv"_s);
    const Table table = readTable(path);
    const Table converted = readTable(convertedPath);
    QCOMPARE(table.rows.size(), 1);
    QCOMPARE(converted.rows.size(), 1);

    const QLocale german(QLocale::German);
    const QStringList row = table.rows.at(0);
    const QStringList expected = converted.rows.at(0);
    QCOMPARE(row, (QStringList { u"1,7"_s, u"200.000.000"_s, QString() }));
    QCOMPARE(ValueParser::parseNumber(row.at(0), german), 1.7);
    QCOMPARE(ValueParser::parseNumber(row.at(1), german), 200000000.0);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(ValueParser::parseNumber(row.at(i), german), ValueParser::parseNumber(expected.at(i)));
    QVERIFY(ValueParser::isNull(row.at(2)));
    QVERIFY(!ValueParser::parseNumber(row.at(2), german));
}

void TestValueParser::salesforceTimeZoneFormats()
{
    PITWALL_REQUIRE_SHARED(path, u"csv/salesforce-dataloader/timeZoneFormatTesting.csv"_s);
    const Table table = readTable(path);
    QCOMPARE(table.header, (QStringList { u"Name"_s, u"Date"_s }));
    QCOMPARE(table.rows.size(), 12);

    // Each spelling's exact instant; the "T" variants equal their plain ones.
    const QHash<QString, QDateTime> expected {
        { u"A"_s, utc(u"2009-07-14T18:14:45"_s) }, // 07/15/2009 02:14:45+0800
        { u"B"_s, utc(u"2009-07-14T06:14:45"_s) }, // 07/13/2009 22:14:45-0800
        { u"C"_s, utc(u"2009-07-14T12:14:45"_s) }, // 07/14/2009 14:14:45+0200
        { u"D"_s, utc(u"2009-07-14T14:14:45"_s) }, // 2009-07-14 22:14:45+0800
        { u"E"_s, utc(u"2009-07-14T10:14:45"_s) }, // 2009-07-14 02:14:45-0800
        { u"F"_s, utc(u"2009-07-14T12:14:45"_s) }, // 2009-07-14 14:14:45+0200
    };
    for (const QStringList &row : table.rows) {
        const QString name = row.at(0);
        const std::optional<QDateTime> value = ValueParser::parseDateTime(row.at(1));
        QVERIFY2(value, qPrintable(row.at(1)));
        QCOMPARE(value->date(), QDate(2009, 7, 14));
        QCOMPARE(*value, expected.value(name.left(1)));
    }
}

void TestValueParser::salesforceTimeZoneFormatsWithErrors()
{
    PITWALL_REQUIRE_SHARED(path, u"csv/salesforce-dataloader/timeZoneFormatTestingWithErrors.csv"_s);
    const Table table = readTable(path);
    QCOMPARE(table.rows.size(), 6);

    const QHash<QString, QDateTime> expected {
        { u"A"_s, utc(u"2009-07-14T18:14:45"_s) },
        { u"B"_s, utc(u"2009-07-14T06:14:45"_s) },
        { u"C"_s, utc(u"2009-07-14T12:14:45"_s) },
        { u"D"_s, QDateTime() }, // 2009\7\14 22:14:45+0800
        { u"E"_s, QDateTime() }, // 2009-07/14 02:14:45-0800
        { u"F"_s, utc(u"2009-07-14T12:14:45"_s) }, // 2009-07-14T14:14:45+02:00
    };
    for (const QStringList &row : table.rows) {
        const QDateTime want = expected.value(row.at(0));
        const std::optional<QDateTime> value = ValueParser::parseDateTime(row.at(1));
        QVERIFY2(bool(value) == want.isValid(), qPrintable(row.at(1)));
        QCOMPARE(bool(ValueParser::parseDate(row.at(1))), want.isValid());
        if (value)
            QCOMPARE(*value, want);
    }
}

void TestValueParser::salesforceDateFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qsizetype>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("Z DATE") << u"dateEndingInZ.csv"_s << qsizetype(0) << u"DATE"_s
                            << utc(u"2010-10-14T12:00:00"_s);
    QTest::newRow("Z DATE_ONLY") << u"dateEndingInZ.csv"_s << qsizetype(0) << u"DATE_ONLY"_s
                                 << utc(u"2010-10-14T12:00:00"_s);
    // A literal Z followed by an offset, as Java's "...'Z'Z" pattern writes it: the offset counts.
    QTest::newRow("Z-0300 row 0") << u"dateWithTimeZone.csv"_s << qsizetype(0) << u"DATE"_s
                                  << utc(u"2010-10-14T15:00:00"_s);
    QTest::newRow("Z-0300 row 1") << u"dateWithTimeZone.csv"_s << qsizetype(1) << u"DATE"_s
                                  << utc(u"2010-10-14T15:00:00"_s);
    QTest::newRow("with zone DATE_ONLY Z")
        << u"dateWithTimeZone.csv"_s << qsizetype(0) << u"DATE_ONLY"_s << utc(u"2010-10-14T12:00:00"_s);
    QTest::newRow("with zone DATE_ONLY local")
        << u"dateWithTimeZone.csv"_s << qsizetype(1) << u"DATE_ONLY"_s << utc(u"2010-10-14T00:00:00"_s);
    QTest::newRow("date only Z") << u"dateOnlyWithTimeZone.csv"_s << qsizetype(0) << u"DATE_ONLY"_s
                                 << utc(u"2010-10-14T00:00:00"_s);
    QTest::newRow("date only local") << u"dateOnlyWithTimeZone.csv"_s << qsizetype(1) << u"DATE_ONLY"_s
                                     << utc(u"2010-10-14T00:00:00"_s);
    QTest::newRow("default zone DATE")
        << u"dateUsingDefaultTimeZone.csv"_s << qsizetype(0) << u"DATE"_s << utc(u"2010-10-14T12:00:00"_s);
}

void TestValueParser::salesforceDateFiles()
{
    QFETCH(QString, file);
    QFETCH(qsizetype, row);
    QFETCH(QString, column);
    QFETCH(QDateTime, expected);
    PITWALL_REQUIRE_SHARED(path, u"csv/salesforce-dataloader/"_s + file);

    const Table table = readTable(path);
    QVERIFY(table.header.contains(column));
    QVERIFY(row < table.rows.size());
    QCOMPARE(table.rows.at(row).size(), table.header.size());
    const QString text = table.value(row, column);
    QCOMPARE(ValueParser::parseDateTime(text), expected);
    // Every one of these is the calendar date 2010-10-14 as written.
    QCOMPARE(ValueParser::parseDate(text), QDate(2010, 10, 14));
}

void TestValueParser::salesforceDefaultTimeZone()
{
    PITWALL_REQUIRE_SHARED(path, u"csv/salesforce-dataloader/dateUsingDefaultTimeZone.csv"_s);
    const QTimeZone losAngeles("America/Los_Angeles");
    if (!losAngeles.isValid())
        QSKIP("the time zone database has no America/Los_Angeles");
    const Table table = readTable(path);
    QCOMPARE(table.rows.size(), 1);
    // No offset in the text: the user's zone applies (PDT, UTC-7, in October 2010).
    QCOMPARE(ValueParser::parseDateTime(table.value(0, u"DATE"_s), DateOrder::Unknown, losAngeles),
             utc(u"2010-10-14T19:00:00"_s));
    QCOMPARE(ValueParser::parseDateTime(table.value(0, u"DATE_ONLY"_s), DateOrder::Unknown, losAngeles),
             utc(u"2010-10-14T19:00:00"_s));
}

void TestValueParser::salesforceIdeographicSpaces()
{
    PITWALL_REQUIRE_SHARED(path, u"csv/salesforce-dataloader/insertTaskWithContactAsWhoCsv.csv"_s);
    const Table table = readTable(path);
    QCOMPARE(table.header, (QStringList { u"Subject"_s, u"Who:Contact-email"_s }));
    QCOMPARE(table.rows.size(), 1);
    const QString raw = table.value(0, u"Who:Contact-email"_s);
    QCOMPARE(raw, u" contactFor@PolymorphicMappingOfTask.com\u3000 \u3000"_s);
    QCOMPARE(ValueParser::trimmed(raw), u"contactFor@PolymorphicMappingOfTask.com"_s);
    QVERIFY(!ValueParser::isNull(raw));
    QVERIFY(!ValueParser::parseBool(raw));

    // The same spaces around a value in another Data Loader template.
    PITWALL_REQUIRE_SHARED(upsertPath, u"csv/salesforce-dataloader/upsertAccountSmallTemplate.csv"_s);
    const Table upsert = readTable(upsertPath);
    QCOMPARE(ValueParser::trimmed(upsert.value(0, u"ORACLE_ID__C"_s)), u"1-000000"_s);
    QCOMPARE(ValueParser::parseNumber(upsert.value(1, u"ANNUALREVENUE"_s)), 1000.0);
}

QTEST_GUILESS_MAIN(TestValueParser)
#include "tst_valueparser.moc"
