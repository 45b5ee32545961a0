// TeamExporter: the worksheet's cells against a golden listing (one row per CSM and
// currency, numbers as numbers, the currency in its own column, a total per currency),
// the bold frozen header with its autofilter, formula escaping, the row order,
// failures and cancellation that leave no file behind, and the progress it reports.
#include "TestSupport.h"
#include "team/TeamExporter.h"
#include "team/TeamSummary.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <archive.h>
#include <archive_entry.h>
#include <atomic>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// One member of a zip (an .xlsx is one), read with libarchive.
QByteArray zipMember(const QString &zipPath, const QString &member)
{
    struct archive *a = archive_read_new();
    archive_read_support_format_zip(a);
    QByteArray result;
    if (archive_read_open_filename(a, QFile::encodeName(zipPath).constData(), 64 * 1024) == ARCHIVE_OK) {
        struct archive_entry *entry = nullptr;
        while (archive_read_next_header(a, &entry) == ARCHIVE_OK) {
            if (QString::fromUtf8(archive_entry_pathname(entry)) != member) {
                archive_read_data_skip(a);
                continue;
            }
            char buffer[16384];
            la_ssize_t n = 0;
            while ((n = archive_read_data(a, buffer, sizeof buffer)) > 0)
                result.append(buffer, n);
            break;
        }
    }
    archive_read_free(a);
    return result;
}

// The cells of a worksheet, one line per cell in sheet order: "B3 s East" for a
// string (shared or inline, resolved), "D3 n 400000" for a number; and which cells
// have a style or a formula.
struct Sheet
{
    QStringList cells;
    QMap<QString, int> styles;
    bool anyFormula = false;
};

Sheet parseSheet(const QByteArray &sheetXml, const QByteArray &sharedXml)
{
    QStringList shared;
    QXmlStreamReader sst(sharedXml);
    while (!sst.atEnd()) {
        if (sst.readNext() == QXmlStreamReader::StartElement && sst.name() == "si"_L1) {
            QString text;
            while (!(sst.readNext() == QXmlStreamReader::EndElement && sst.name() == "si"_L1)
                   && !sst.atEnd()) {
                if (sst.isCharacters())
                    text += sst.text();
            }
            shared << text;
        }
    }
    Sheet sheet;
    QXmlStreamReader xml(sheetXml);
    QString ref;
    QString type;
    QString text;
    QString element;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            element = xml.name().toString();
            if (element == "c"_L1) {
                ref = xml.attributes().value("r"_L1).toString();
                type = xml.attributes().value("t"_L1).toString();
                text.clear();
                sheet.styles.insert(ref, xml.attributes().value("s"_L1).toInt());
            } else if (element == "f"_L1) {
                sheet.anyFormula = true;
            }
            break;
        case QXmlStreamReader::Characters:
            if (!ref.isEmpty() && (element == "t"_L1 || element == "v"_L1))
                text += xml.text();
            break;
        case QXmlStreamReader::EndElement:
            if (xml.name() == "c"_L1) {
                if (type == "s"_L1)
                    sheet.cells << ref + u" s "_s + shared.value(text.toInt());
                else if (type == "inlineStr"_L1 || type == "str"_L1)
                    sheet.cells << ref + u" s "_s + text;
                else if (!text.isEmpty())
                    sheet.cells << ref + u" n "_s + text;
                ref.clear();
            }
            element.clear();
            break;
        default:
            break;
        }
    }
    return sheet;
}

TeamSummary::Figures figures(qint64 accounts, double arr, qint64 red, qint64 yellow, qint64 green,
                             qint64 notScored, double atRisk, qint64 churnUnscored, qint64 renewals,
                             double renewalArr, qint64 notTouched, qint64 overdue)
{
    TeamSummary::Figures f;
    f.accounts = accounts;
    f.arr = arr;
    f.red = red;
    f.yellow = yellow;
    f.green = green;
    f.notScored = notScored;
    f.arrAtRisk = atRisk;
    f.churnUnscored = churnUnscored;
    f.renewals = renewals;
    f.renewalArr = renewalArr;
    f.notTouched = notTouched;
    f.overdueTasks = overdue;
    return f;
}

TeamSummary::Row csm(const QString &id, const QString &name, const QString &team,
                     const QList<TeamSummary::Slice> &slices)
{
    TeamSummary::Row row;
    row.ownerId = id;
    row.ownerName = name;
    row.team = team;
    row.byCurrency = slices;
    for (const TeamSummary::Slice &s : slices)
        row.figures.add(s.figures, s.currency == u"USD"_s);
    return row;
}

// Alice has USD and CNY accounts; the second CSM's name and team would run as formulas
// unescaped; a row of accounts without owner.
TeamSummary sample()
{
    TeamSummary s;
    s.options.scope = Workspace::Scope::MyTeam;
    s.options.userId = u"M1"_s;
    s.today = QDate(2025, 6, 16);
    s.mainCurrency = u"USD"_s;
    s.rows << csm(u"U1"_s, u"Alice Martin"_s, u"East"_s,
                  { { u"USD"_s, figures(4, 400000, 1, 0, 1, 2, 135000, 2, 2, 350000, 3, 2) },
                    { u"CNY"_s, figures(1, 700000, 0, 1, 0, 0, 140000, 0, 0, 0, 0, 0) } });
    s.rows << csm(u"=U2"_s, u"=HYPERLINK(\"http://evil.example\")"_s, u"+Sales"_s,
                  { { u"USD"_s, figures(2, 180000.5, 0, 0, 2, 0, 36000.126, 1, 1, 120000, 2, 1) } });
    TeamSummary::Row noOwner = csm(QString(), QString(), QString(),
                                   { { u"USD"_s, figures(1, 1000, 0, 0, 0, 1, 0, 1, 1, 1000, 1, 0) } });
    noOwner.kind = TeamSummary::Row::Kind::NoOwner;
    s.rows << noOwner;
    s.total = csm(QString(), QString(), QString(),
                  { { u"USD"_s, figures(7, 581000.5, 1, 0, 3, 3, 171000, 4, 4, 471000, 6, 3) },
                    { u"CNY"_s, figures(1, 700000, 0, 1, 0, 0, 140000, 0, 0, 0, 0, 0) } });
    s.total.kind = TeamSummary::Row::Kind::Total;
    // Playbooks: per CSM, on their first line only.
    s.rows[0].playbooks.open = 2;
    s.rows[0].playbooks.stepsDue = 4;
    s.rows[0].playbooks.stepsResolved = 3;
    s.rows[0].playbooks.overdueSteps = 1;
    s.total.playbooks = s.rows.at(0).playbooks;
    return s;
}

// The golden listing of sample() in summary order.
QStringList goldenCells()
{
    return {
        u"A1 s CSM"_s,
        u"B1 s Team"_s,
        u"C1 s Accounts"_s,
        u"D1 s ARR"_s,
        u"E1 s Currency"_s,
        u"F1 s Red"_s,
        u"G1 s Yellow"_s,
        u"H1 s Green"_s,
        u"I1 s Health not scored"_s,
        u"J1 s ARR at risk"_s,
        // Plural titles as the English translation (or none) writes them.
        u"K1 s No churn score"_s,
        u"L1 s "_s + TeamExporter::columnTitle(TeamExporter::Renewals),
        u"M1 s "_s + TeamExporter::columnTitle(TeamExporter::RenewalArr),
        u"N1 s "_s + TeamExporter::columnTitle(TeamExporter::NotTouched),
        u"O1 s Overdue tasks"_s,
        u"P1 s Playbook steps due"_s,
        u"Q1 s Playbook steps done or skipped"_s,
        u"R1 s Playbook completion"_s,
        u"S1 s Overdue playbook steps"_s,
        u"T1 s CRM user ID"_s,
        // Alice in USD, then in CNY
        u"A2 s Alice Martin"_s,
        u"B2 s East"_s,
        u"C2 n 4"_s,
        u"D2 n 400000"_s,
        u"E2 s USD"_s,
        u"F2 n 1"_s,
        u"G2 n 0"_s,
        u"H2 n 1"_s,
        u"I2 n 2"_s,
        u"J2 n 135000"_s,
        u"K2 n 2"_s,
        u"L2 n 2"_s,
        u"M2 n 350000"_s,
        u"N2 n 3"_s,
        u"O2 n 2"_s,
        u"P2 n 4"_s,
        u"Q2 n 3"_s,
        u"R2 n 0.75"_s,
        u"S2 n 1"_s,
        u"T2 s U1"_s,
        u"A3 s Alice Martin"_s,
        u"B3 s East"_s,
        u"C3 n 1"_s,
        u"D3 n 700000"_s,
        u"E3 s CNY"_s,
        u"F3 n 0"_s,
        u"G3 n 1"_s,
        u"H3 n 0"_s,
        u"I3 n 0"_s,
        u"J3 n 140000"_s,
        u"K3 n 0"_s,
        u"L3 n 0"_s,
        u"M3 n 0"_s,
        u"N3 n 0"_s,
        u"O3 n 0"_s,
        u"T3 s U1"_s,
        // Escaped text; amounts to the cent
        u"A4 s '=HYPERLINK(\"http://evil.example\")"_s,
        u"B4 s '+Sales"_s,
        u"C4 n 2"_s,
        u"D4 n 180000.5"_s,
        u"E4 s USD"_s,
        u"F4 n 0"_s,
        u"G4 n 0"_s,
        u"H4 n 2"_s,
        u"I4 n 0"_s,
        u"J4 n 36000.13"_s,
        u"K4 n 1"_s,
        u"L4 n 1"_s,
        u"M4 n 120000"_s,
        u"N4 n 2"_s,
        u"O4 n 1"_s,
        u"P4 n 0"_s,
        u"Q4 n 0"_s,
        u"S4 n 0"_s,
        u"T4 s '=U2"_s,
        u"A5 s No owner"_s,
        u"C5 n 1"_s,
        u"D5 n 1000"_s,
        u"E5 s USD"_s,
        u"F5 n 0"_s,
        u"G5 n 0"_s,
        u"H5 n 0"_s,
        u"I5 n 1"_s,
        u"J5 n 0"_s,
        u"K5 n 1"_s,
        u"L5 n 1"_s,
        u"M5 n 1000"_s,
        u"N5 n 1"_s,
        u"O5 n 0"_s,
        u"P5 n 0"_s,
        u"Q5 n 0"_s,
        u"S5 n 0"_s,
        // A total per currency
        u"A6 s Total"_s,
        u"C6 n 7"_s,
        u"D6 n 581000.5"_s,
        u"E6 s USD"_s,
        u"F6 n 1"_s,
        u"G6 n 0"_s,
        u"H6 n 3"_s,
        u"I6 n 3"_s,
        u"J6 n 171000"_s,
        u"K6 n 4"_s,
        u"L6 n 4"_s,
        u"M6 n 471000"_s,
        u"N6 n 6"_s,
        u"O6 n 3"_s,
        u"P6 n 4"_s,
        u"Q6 n 3"_s,
        u"R6 n 0.75"_s,
        u"S6 n 1"_s,
        u"A7 s Total"_s,
        u"C7 n 1"_s,
        u"D7 n 700000"_s,
        u"E7 s CNY"_s,
        u"F7 n 0"_s,
        u"G7 n 1"_s,
        u"H7 n 0"_s,
        u"I7 n 0"_s,
        u"J7 n 140000"_s,
        u"K7 n 0"_s,
        u"L7 n 0"_s,
        u"M7 n 0"_s,
        u"N7 n 0"_s,
        u"O7 n 0"_s,
        // The note
        u"A9 s My team of Maria Lopez · As of Monday, June 16, 2025"_s,
        u"A10 s Live accounts only: archived and churned accounts are left out."_s,
        u"A11 s ARR is added up per currency; Pitwall does not convert currencies."_s,
        u"A12 s ARR at risk = ARR × churn probability; accounts without a churn score count 0."_s,
        u"A13 s Playbook figures are counted per CSM, on their first line: steps due so far in open or "
        "completed playbooks, and open steps past their due date."_s,
    };
}

} // namespace

class TestTeamExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sheetMatchesTheGolden();
    void headerIsBoldFrozenAndFiltered();
    void followsTheGivenOrder();
    void failsWithoutLeavingAFile();
    void keepsTheOldFileOnFailure();
    void cancelledLeavesNoFile();
    void reportsProgress();
    void cleanupTestCase() { QLocale::setDefault(QLocale::c()); }

private:
    QString write(const QString &name, const TeamSummary &summary, const TeamExporter::Options &options);
    QTemporaryDir m_dir;
};

void TestTeamExporter::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

QString TestTeamExporter::write(const QString &name, const TeamSummary &summary,
                                const TeamExporter::Options &options)
{
    const QString path = m_dir.filePath(name);
    TeamExporter exporter;
    if (!exporter.exportTo(path, summary, options)) {
        qWarning().noquote() << exporter.errorString();
        return {};
    }
    return path;
}

void TestTeamExporter::sheetMatchesTheGolden()
{
    TeamExporter::Options options;
    options.note = u"My team of Maria Lopez"_s;
    const QString path = write(u"team.xlsx"_s, sample(), options);
    QVERIFY(!path.isEmpty());
    QVERIFY(TestSupport::readFile(path).startsWith("PK"));
    const QByteArray xml = zipMember(path, u"xl/worksheets/sheet1.xml"_s);
    QVERIFY(xml.contains("<sheetData>"));
    const Sheet sheet = parseSheet(xml, zipMember(path, u"xl/sharedStrings.xml"_s));
    QVERIFY(!sheet.anyFormula);
    QVERIFY(!xml.contains("<f>") && !xml.contains("<f "));
    const QStringList golden = goldenCells();
    const QString renewals = TeamExporter::columnTitle(TeamExporter::Renewals);
    QVERIFY2(renewals == u"Renewals in 90 days"_s || renewals == u"Renewals in 90 day(s)"_s,
             qPrintable(renewals));
    for (qsizetype i = 0; i < qMax(sheet.cells.size(), golden.size()); ++i)
        QCOMPARE(sheet.cells.value(i), golden.value(i));

    TeamExporter exporter;
    QVERIFY(exporter.exportTo(m_dir.filePath(u"again.xlsx"_s), sample(), options));
    QCOMPARE(exporter.rowsWritten(), 4); // Alice twice, the second CSM, no owner
    QVERIFY(exporter.errorString().isEmpty());
}

void TestTeamExporter::headerIsBoldFrozenAndFiltered()
{
    const QString path = write(u"styles.xlsx"_s, sample(), {});
    QVERIFY(!path.isEmpty());
    const QByteArray xml = zipMember(path, u"xl/worksheets/sheet1.xml"_s);
    const Sheet sheet = parseSheet(xml, zipMember(path, u"xl/sharedStrings.xml"_s));
    // The header and the totals are styled (bold), the numbers formatted, apart.
    QVERIFY(sheet.styles.value(u"A1"_s) > 0);
    QVERIFY(sheet.styles.value(u"A6"_s) > 0);
    QVERIFY(sheet.styles.value(u"D2"_s) > 0);
    QVERIFY(sheet.styles.value(u"A6"_s) != sheet.styles.value(u"A1"_s));
    QCOMPARE(sheet.styles.value(u"A2"_s), 0);
    const QByteArray styles = zipMember(path, u"xl/styles.xml"_s);
    QVERIFY(styles.contains("<b/>"));
    QVERIFY(styles.contains("formatCode=\"#,##0\""));
    // Frozen under the header and right of the CSM; the filter over the CSM rows only,
    // so sorting in Excel leaves the totals at the bottom.
    QVERIFY(xml.contains("state=\"frozen\""));
    QVERIFY(xml.contains("ySplit=\"1\""));
    QVERIFY(xml.contains("xSplit=\"1\""));
    QVERIFY2(xml.contains("<autoFilter ref=\"A1:T5\"/>"), xml.constData());
    QVERIFY(styles.contains("formatCode=\"0%\""));
    QVERIFY(xml.contains("<col "));
    QVERIFY(zipMember(path, u"xl/workbook.xml"_s).contains("name=\"Team\""));
    // Without a note: the scope's name.
    QVERIFY(sheet.cells.contains(u"A9 s My team · As of Monday, June 16, 2025"_s));
}

void TestTeamExporter::followsTheGivenOrder()
{
    TeamExporter::Options options;
    options.order = { 2, 0 }; // what a sorted, or filtered, table shows
    const QString path = write(u"order.xlsx"_s, sample(), options);
    QVERIFY(!path.isEmpty());
    const Sheet sheet = parseSheet(zipMember(path, u"xl/worksheets/sheet1.xml"_s),
                                   zipMember(path, u"xl/sharedStrings.xml"_s));
    QStringList names;
    for (const QString &cell : sheet.cells) {
        if (cell.startsWith(u'A') && !cell.startsWith(u"A1 "_s))
            names << cell.section(u' ', 2);
    }
    QCOMPARE(names.mid(0, 5),
             (QStringList { u"No owner"_s, u"Alice Martin"_s, u"Alice Martin"_s, u"Total"_s, u"Total"_s }));

    TeamExporter exporter;
    options.order = { 0, 7 };
    QVERIFY(!exporter.exportTo(m_dir.filePath(u"bad-order.xlsx"_s), sample(), options));
    QVERIFY(exporter.errorString().contains(u"no row 7"_s));
    QVERIFY(!QFile::exists(m_dir.filePath(u"bad-order.xlsx"_s)));
}

void TestTeamExporter::failsWithoutLeavingAFile()
{
    TeamExporter exporter;
    const QString missing = m_dir.filePath(u"no/such/folder/team.xlsx"_s);
    QVERIFY(!exporter.exportTo(missing, sample()));
    QVERIFY2(exporter.errorString().startsWith(u"Cannot write "_s), qPrintable(exporter.errorString()));
    QVERIFY(exporter.errorString().contains(u"team.xlsx"_s));
    QVERIFY(!QFile::exists(missing));

    TeamSummary broken = sample();
    broken.error = u"disk I/O error"_s;
    const QString path = m_dir.filePath(u"broken.xlsx"_s);
    QVERIFY(!exporter.exportTo(path, broken));
    QVERIFY(exporter.errorString().contains(u"disk I/O error"_s));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(exporter.rowsWritten(), 0);
}

void TestTeamExporter::keepsTheOldFileOnFailure()
{
    const QString path = m_dir.filePath(u"existing.xlsx"_s);
    QVERIFY(TestSupport::writeFile(path, "old"));
    TeamSummary broken = sample();
    broken.error = u"gone"_s;
    TeamExporter exporter;
    QVERIFY(!exporter.exportTo(path, broken));
    QCOMPARE(TestSupport::readFile(path), QByteArray("old"));
    // And a good export replaces it whole.
    QVERIFY(exporter.exportTo(path, sample()));
    QVERIFY(TestSupport::readFile(path).startsWith("PK"));
}

void TestTeamExporter::cancelledLeavesNoFile()
{
    // Cancelled before it starts: nothing written, an existing file kept.
    const QString path = m_dir.filePath(u"cancelled.xlsx"_s);
    QVERIFY(TestSupport::writeFile(path, "old"));
    std::atomic<bool> cancel { true };
    TeamExporter exporter;
    exporter.setCancelFlag(&cancel);
    QVERIFY(!exporter.exportTo(path, sample()));
    QVERIFY(exporter.wasCancelled());
    QVERIFY2(exporter.errorString().contains(u"cancelled"_s), qPrintable(exporter.errorString()));
    QVERIFY(exporter.errorString().contains(u"cancelled.xlsx"_s));
    QCOMPARE(exporter.rowsWritten(), 0);
    QCOMPARE(TestSupport::readFile(path), QByteArray("old"));

    // Cancelled half-way, from the progress callback (after the first CSM): no file.
    const QString fresh = m_dir.filePath(u"half.xlsx"_s);
    cancel = false;
    int calls = 0;
    exporter.setProgressCallback([&](qint64 done, qint64) {
        ++calls;
        if (done > 0)
            cancel = true;
        return true;
    });
    QVERIFY(!exporter.exportTo(fresh, sample()));
    QVERIFY(exporter.wasCancelled());
    QVERIFY(calls >= 2);
    QVERIFY(!QFile::exists(fresh));

    // The flag down again: the same exporter writes the file, not cancelled.
    cancel = false;
    exporter.setProgressCallback({});
    QVERIFY2(exporter.exportTo(fresh, sample()), qPrintable(exporter.errorString()));
    QVERIFY(!exporter.wasCancelled());
    QVERIFY(TestSupport::readFile(fresh).startsWith("PK"));
}

void TestTeamExporter::reportsProgress()
{
    // CSM and currency lines: Alice's two currencies, the second CSM, no owner.
    QList<std::pair<qint64, qint64>> reports;
    TeamExporter exporter;
    exporter.setProgressCallback([&](qint64 done, qint64 total) {
        reports.append({ done, total });
        return true;
    });
    QVERIFY(exporter.exportTo(m_dir.filePath(u"progress.xlsx"_s), sample()));
    QVERIFY(reports.size() >= 3);
    QCOMPARE(reports.constFirst(), (std::pair<qint64, qint64>(0, 4)));
    QCOMPARE(reports.constLast(), (std::pair<qint64, qint64>(4, 4)));
    for (qsizetype i = 1; i < reports.size(); ++i)
        QVERIFY(reports.at(i).first >= reports.at(i - 1).first);

    // A callback that says stop cancels too.
    exporter.setProgressCallback([](qint64, qint64) { return false; });
    QVERIFY(!exporter.exportTo(m_dir.filePath(u"refused.xlsx"_s), sample()));
    QVERIFY(exporter.wasCancelled());
    QVERIFY(!QFile::exists(m_dir.filePath(u"refused.xlsx"_s)));
}

QTEST_GUILESS_MAIN(TestTeamExporter)
#include "tst_teamexporter.moc"
