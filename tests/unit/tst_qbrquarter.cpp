// QbrQuarter: the "2026Q3" form the CLI and the cache use, its days, its neighbours and
// its order.
#include "qbr/QbrQuarter.h"

#include <QTest>

using namespace Qt::StringLiterals;

// For QCOMPARE's messages (found by argument-dependent lookup).
char *toString(const QbrQuarter &q)
{
    return QTest::toString(q.isValid() ? q.toString() : u"(invalid)"_s);
}

class TestQbrQuarter : public QObject
{
    Q_OBJECT

private slots:
    void parsesValidText_data();
    void parsesValidText();
    void refusesInvalidText_data();
    void refusesInvalidText();
    void daysOfEachQuarter_data();
    void daysOfEachQuarter();
    void containingDay_data();
    void containingDay();
    void neighboursWrapYears();
    void ordersByTime();
    void invalidQuarter();
};

void TestQbrQuarter::parsesValidText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("quarter");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("upper") << u"2026Q3"_s << 2026 << 3 << u"2026Q3"_s;
    QTest::newRow("lower q") << u"2026q1"_s << 2026 << 1 << u"2026Q1"_s;
    QTest::newRow("spaces") << u"  2025Q4 "_s << 2025 << 4 << u"2025Q4"_s;
    QTest::newRow("early year") << u"0999Q2"_s << 999 << 2 << u"0999Q2"_s;
}

void TestQbrQuarter::parsesValidText()
{
    QFETCH(QString, text);
    QFETCH(int, year);
    QFETCH(int, quarter);
    QFETCH(QString, canonical);
    const std::optional<QbrQuarter> q = QbrQuarter::parse(text);
    QVERIFY(q);
    QVERIFY(q->isValid());
    QCOMPARE(q->year, year);
    QCOMPARE(q->quarter, quarter);
    QCOMPARE(q->toString(), canonical);
    QCOMPARE(*QbrQuarter::parse(q->toString()), *q);
}

void TestQbrQuarter::refusesInvalidText_data()
{
    QTest::addColumn<QString>("text");
    for (const QString &t :
         { u""_s, u"2026"_s, u"2026Q0"_s, u"2026Q5"_s, u"26Q3"_s, u"2026-Q3"_s, u"Q3 2026"_s, u"2026Q3x"_s,
           u"20260Q1"_s, u"0000Q1"_s, u"２０２６Q3"_s, u"2026 Q3"_s })
        QTest::newRow(qPrintable(t.isEmpty() ? u"empty"_s : t)) << t;
}

void TestQbrQuarter::refusesInvalidText()
{
    QFETCH(QString, text);
    QVERIFY(!QbrQuarter::parse(text));
}

void TestQbrQuarter::daysOfEachQuarter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QString>("label");
    QTest::newRow("Q1 leap") << u"2024Q1"_s << QDate(2024, 1, 1) << QDate(2024, 3, 31) << u"Q1 2024"_s;
    QTest::newRow("Q2") << u"2026Q2"_s << QDate(2026, 4, 1) << QDate(2026, 6, 30) << u"Q2 2026"_s;
    QTest::newRow("Q3") << u"2026Q3"_s << QDate(2026, 7, 1) << QDate(2026, 9, 30) << u"Q3 2026"_s;
    QTest::newRow("Q4") << u"2026Q4"_s << QDate(2026, 10, 1) << QDate(2026, 12, 31) << u"Q4 2026"_s;
}

void TestQbrQuarter::daysOfEachQuarter()
{
    QFETCH(QString, text);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QString, label);
    const QbrQuarter q = *QbrQuarter::parse(text);
    QCOMPARE(q.firstDay(), first);
    QCOMPARE(q.lastDay(), last);
    QCOMPARE(q.label(), label);
    QVERIFY(q.contains(first));
    QVERIFY(q.contains(last));
    QVERIFY(!q.contains(first.addDays(-1)));
    QVERIFY(!q.contains(last.addDays(1)));
    QVERIFY(!q.contains(QDate()));
    QCOMPARE(QbrQuarter::containing(first), q);
    QCOMPARE(QbrQuarter::containing(last), q);
    QCOMPARE(q.next().firstDay(), last.addDays(1));
    QCOMPARE(q.previous().lastDay(), first.addDays(-1));
}

void TestQbrQuarter::containingDay_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("quarter");
    QTest::newRow("new year") << QDate(2026, 1, 1) << u"2026Q1"_s;
    QTest::newRow("end of March") << QDate(2026, 3, 31) << u"2026Q1"_s;
    QTest::newRow("April fools") << QDate(2026, 4, 1) << u"2026Q2"_s;
    QTest::newRow("leap day") << QDate(2028, 2, 29) << u"2028Q1"_s;
    QTest::newRow("mid August") << QDate(2026, 8, 15) << u"2026Q3"_s;
    QTest::newRow("New Year's Eve") << QDate(2026, 12, 31) << u"2026Q4"_s;
}

void TestQbrQuarter::containingDay()
{
    QFETCH(QDate, day);
    QFETCH(QString, quarter);
    QCOMPARE(QbrQuarter::containing(day).toString(), quarter);
}

void TestQbrQuarter::neighboursWrapYears()
{
    const QbrQuarter q1 { 2026, 1 };
    QCOMPARE(q1.previous(), (QbrQuarter { 2025, 4 }));
    QCOMPARE(q1.next(), (QbrQuarter { 2026, 2 }));
    const QbrQuarter q4 { 2026, 4 };
    QCOMPARE(q4.next(), (QbrQuarter { 2027, 1 }));
    QCOMPARE(q4.previous(), (QbrQuarter { 2026, 3 }));
    QCOMPARE(q4.next().previous(), q4);
}

void TestQbrQuarter::ordersByTime()
{
    const QbrQuarter a { 2025, 4 };
    const QbrQuarter b { 2026, 1 };
    const QbrQuarter c { 2026, 2 };
    QVERIFY(a < b);
    QVERIFY(b < c);
    QVERIFY(a < c);
    QVERIFY(!(c < a));
    QVERIFY(b == (QbrQuarter { 2026, 1 }));
    // The text form sorts the same way (QbrStore relies on it).
    QVERIFY(a.toString() < b.toString());
    QVERIFY(b.toString() < c.toString());
}

void TestQbrQuarter::invalidQuarter()
{
    const QbrQuarter q;
    QVERIFY(!q.isValid());
    QVERIFY(q.toString().isEmpty());
    QVERIFY(q.label().isEmpty());
    QVERIFY(!q.firstDay().isValid());
    QVERIFY(!q.lastDay().isValid());
    QVERIFY(!q.next().isValid());
    QVERIFY(!q.previous().isValid());
    QVERIFY(!QbrQuarter::containing(QDate()).isValid());
    QVERIFY(!(QbrQuarter { 2026, 5 }).isValid());
}

QTEST_GUILESS_MAIN(TestQbrQuarter)
#include "tst_qbrquarter.moc"
