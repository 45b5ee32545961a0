// The QBR deck: PDF text (pdftotext), pages, fonts (pdffonts), HTML escaping, the
// preview image, and an account with no data at all.
#include "common/Localization.h"
#include "qbr/QbrRenderer.h"

#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

QbrData::Series weekly(const QString &name, const QDate &first, int weeks, double start, double step)
{
    QbrData::Series s;
    s.name = name;
    for (int w = 0; w < weeks; ++w)
        s.points.append({ first.addDays(7 * w), start + step * w });
    return s;
}

QbrDocument fixtureDocument()
{
    QbrDocument doc;
    doc.accountId = u"001ACME"_s;
    doc.quarter = QbrQuarter { 2026, 3 };
    doc.templateName = u"Standard QBR"_s;
    for (const QbrSection s : Qbr::allSections()) {
        QbrSectionState state;
        state.section = s;
        state.enabled = true;
        state.narrative = u"Narrative for %1: the team grew its use of dashboards."_s.arg(Qbr::sectionKey(s));
        doc.sections.append(state);
    }
    doc.section(QbrSection::ExecutiveSummary)->narrative
        = u"A strong quarter.\n\n- Rolled out to the Berlin office\n- Cut ticket backlog in half\n\nNext: finance team."_s;
    doc.kpis
        = { { u"Tickets resolved per agent per day"_s, QString(), 12.0, 18.0, u"Measured in the helpdesk"_s },
            { u"First response time"_s, u"h"_s, 9.5, 4.0, QString() } };
    doc.goals = { { u"Roll out to every regional office"_s, 60, u"on_track"_s },
                  { u"Integrate with the data warehouse"_s, 100, u"done"_s },
                  { u"Train the finance team"_s, 10, u"at_risk"_s } };
    doc.risks = { { u"Champion moves to another role"_s, u"Meet the new VP in October"_s, false } };
    doc.commitments = { { u"Run a dashboard workshop"_s, u"Dana Whitfield"_s, QDate(2026, 10, 20) },
                        { u"Share the rollout plan"_s, u"Acme: Jane Doe"_s, QDate(2026, 11, 5) } };
    return doc;
}

QbrData fixtureData()
{
    QbrData d;
    d.accountId = u"001ACME"_s;
    d.accountName = u"Acme Robotics"_s;
    d.csmName = u"Dana Whitfield"_s;
    d.segment = u"Enterprise"_s;
    d.currency = u"USD"_s;
    d.arr = 250000;
    d.renewalDate = QDate(2026, 12, 15);
    d.licenses = 200;
    d.quarter = QbrQuarter { 2026, 3 };
    d.asOf = QDate(2026, 9, 30);
    d.healthHistory = weekly(u"health"_s, QDate(2026, 4, 6), 26, 60, 0.5);
    d.healthScore = 72;
    d.healthBand = u"yellow"_s;
    d.healthTrend = 4;
    d.healthTopDrag = u"Support backlog is above the segment's norm."_s;
    d.churnProbability = 0.12;
    d.licencesPurchased = weekly(u"licenses_purchased"_s, QDate(2026, 7, 6), 13, 200, 0);
    d.licencesUsed = weekly(u"licenses_used"_s, QDate(2026, 7, 6), 13, 150, 22.0 / 12);
    d.activeUsers = weekly(u"active_users"_s, QDate(2026, 7, 6), 13, 120, 21.0 / 12);
    d.metrics = { weekly(u"active_users"_s, QDate(2026, 7, 6), 13, 120, 21.0 / 12),
                  weekly(u"core_feature_adoption"_s, QDate(2026, 7, 6), 13, 40, 1),
                  weekly(u"licenses_used"_s, QDate(2026, 7, 6), 13, 150, 22.0 / 12) };
    d.utilisationStart = 0.75;
    d.utilisationEnd = 0.86;
    d.casesOpened = 14;
    d.casesClosed = 12;
    d.casesOpenAtEnd = 3;
    d.casesByPriority = { { u"P1"_s, 2 }, { u"P2"_s, 5 }, { u"P3"_s, 7 } };
    d.csatAverage = 4.4;
    d.medianDaysToClose = 2.5;
    // Promoters 10, 9, 10; passive 8; detractor 6: NPS (3 - 1) / 5 = +40.
    d.npsResponses = { { QDate(2026, 9, 20), 10, u"Jane Doe"_s, u"The dashboards saved us hours."_s },
                       { QDate(2026, 9, 18), 9, u"Li Wei"_s, u"Great support team."_s },
                       { QDate(2026, 8, 30), 8, u"Sam Hill"_s, QString() },
                       { QDate(2026, 8, 12), 6, u"Ana Lopez"_s, u"Exports are slow."_s },
                       { QDate(2026, 7, 15), 10, u"Raj Patel"_s, u"Love it."_s } };
    d.opportunities = { { u"Acme Robotics Renewal FY27"_s, u"renewal"_s, u"Negotiation"_s, 250000.0,
                          QDate(2026, 12, 15), false, false },
                        { u"Acme Robotics Expansion +40 seats"_s, u"expansion"_s, u"Closed Won"_s, 48000.0,
                          QDate(2026, 8, 28), true, true } };
    return d;
}

// An account with nothing recorded in the quarter, and a QBR with nothing typed in.
QbrData emptyData()
{
    QbrData d;
    d.accountId = u"001NONE"_s;
    d.accountName = u"Quiet Account Ltd"_s;
    d.csmName = u"Dana Whitfield"_s;
    d.currency = u"USD"_s;
    d.quarter = QbrQuarter { 2026, 3 };
    d.asOf = QDate(2026, 9, 30);
    return d;
}

QbrDocument emptyDocument()
{
    QbrDocument doc;
    doc.accountId = u"001NONE"_s;
    doc.quarter = QbrQuarter { 2026, 3 };
    for (const QbrSection s : Qbr::allSections())
        doc.sections.append({ s, true, QString() });
    return doc;
}

} // namespace

class TestQbrRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pdfHoldsSectionsAndFigures();
    void chineseNameCopiesOut();
    void emptyAccountSaysSo();
    void longTablesFlowOntoMorePages();
    void sectionOrderAndToggles();
    void htmlEscapesEverything();
    void previewImage();
    void unwritableOutputFails();
    void logoOnTheCover();
    void samples();

private:
    QString pdfText(const QString &pdf);
    QString m_pdftotext;
    QTemporaryDir m_dir;
};

void TestQbrRenderer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
}

QString TestQbrRenderer::pdfText(const QString &pdf)
{
    QProcess p;
    p.start(m_pdftotext, { u"-layout"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s });
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestQbrRenderer::pdfHoldsSectionsAndFigures()
{
    if (m_pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: cannot read the PDF's text");
    const QbrRenderer renderer(fixtureDocument(), fixtureData(), {});
    const QString path = m_dir.filePath(u"acme.pdf"_s);
    QString error;
    QVERIFY2(renderer.writePdf(path, &error), qPrintable(error));
    const QString text = pdfText(path);
    QVERIFY(!text.isEmpty());

    // One page per form feed; the renderer and the file agree.
    const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
    QCOMPARE(pages.size(), renderer.pageCount());
    QVERIFY2(renderer.pageCount() >= 11, qPrintable(QString::number(renderer.pageCount())));
    QCOMPARE(renderer.pageTitle(0), u"Cover"_s);

    // The cover.
    const QString cover = pages.first().simplified();
    for (const QString &s : { u"Acme Robotics"_s, u"Q3 2026"_s, u"Prepared by Dana Whitfield"_s, u"Pitwall"_s,
                              u"Quarterly Business Review"_s })
        QVERIFY2(cover.contains(s), qPrintable(s + u" not on the cover: "_s + cover));

    // Each section's title heads a page, in the template's order, with the footer.
    const QStringList titles = { u"Executive summary"_s,
                                 u"Health and trend"_s,
                                 u"Adoption and usage"_s,
                                 u"Value delivered"_s,
                                 u"Support"_s,
                                 u"Goals and success plan"_s,
                                 u"Voice of the customer"_s,
                                 u"Renewal and expansion"_s,
                                 u"Risks and mitigations"_s,
                                 u"Next-quarter commitments"_s };
    int from = 1;
    for (const QString &title : titles) {
        int found = -1;
        for (int i = from; i < pages.size(); ++i) {
            if (pages.at(i).simplified().startsWith(title)) {
                found = i;
                break;
            }
        }
        QVERIFY2(found >= 0, qPrintable(u"no page starts with "_s + title));
        QCOMPARE(renderer.pageTitle(found), title);
        from = found + 1;
    }
    for (int i = 1; i < pages.size(); ++i) {
        const QString page = pages.at(i).simplified();
        QVERIFY2(page.contains(u"Page %1 of %2"_s.arg(i + 1).arg(pages.size())), qPrintable(page));
        QVERIFY2(page.contains(u"Acme Robotics \u00b7 Q3 2026"_s), qPrintable(page));
    }

    // Figures computed from the fixture.
    const QString all = text.simplified();
    const QStringList figures = {
        u"$250,000"_s, // ARR in the account's currency
        u"86%"_s, // utilisation at the end of the quarter
        u"From 75% at the start of the quarter"_s,
        u"+40"_s, // NPS: (3 promoters - 1 detractor) / 5 responses

        u"4.4 / 5"_s, // CSAT
        u"2.5 days"_s, // median time to close
        u"+50%"_s, // tickets per agent 12 -> 18
        u"\u221258%"_s, // first response 9.5 h -> 4 h
        u"9.5 h"_s,
        u"60%"_s, // a goal's progress
        u"On track"_s,
        u"At risk"_s,
        u"Needs attention, +4 vs four weeks ago"_s, // health band and trend
        u"15 Dec 2026"_s, // the renewal date
        u"$48,000"_s, // won expansion
        u"Exports are slow."_s,
        u"Run a dashboard workshop"_s,
        u"Acme: Jane Doe"_s,
        u"Meet the new VP in October"_s,
        u"Rolled out to the Berlin office"_s,
        u"Core feature adoption"_s, // a metric's small multiple
        u"Cases opened by priority"_s,
        u"Licences purchased vs in use"_s,
    };
    for (const QString &f : figures)
        QVERIFY2(all.contains(f), qPrintable(f + u" missing from the PDF text"_s));
    // Plural forms come from pitwall_en.qm once it has these strings; either way the count.
    for (const QString &f : { u"From 5 response"_s, u"In 76 day"_s /* to the renewal from 30 Sep */ })
        QVERIFY2(all.contains(f + u"s"_s) || all.contains(f + u"(s)"_s), qPrintable(f));

    // Fonts: every font embedded (pdffonts prints "yes" in the emb column).
    const QString pdffonts = QStandardPaths::findExecutable(u"pdffonts"_s);
    if (!pdffonts.isEmpty()) {
        QProcess p;
        p.start(pdffonts, { path });
        QVERIFY(p.waitForFinished(60000));
        const QStringList lines
            = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2);
        for (const QString &line : lines.mid(2)) {
            const QStringList cols = line.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
            QVERIFY2(cols.size() >= 7, qPrintable(line));
            QCOMPARE(cols.at(cols.size() - 5), u"yes"_s); // emb
            QCOMPARE(cols.at(cols.size() - 3), u"yes"_s); // uni: a ToUnicode map
        }
    }
}

void TestQbrRenderer::chineseNameCopiesOut()
{
    if (m_pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: cannot read the PDF's text");
    QbrData data = fixtureData();
    // 辰, 大 and 日 share their glyphs with Kangxi radicals (U+2FA0, U+2F24, U+2F47).
    data.accountName = u"星辰大海科技有限公司"_s;
    data.csmName = u"王小明"_s;
    QbrDocument doc = fixtureDocument();
    doc.section(QbrSection::ExecutiveSummary)->narrative = u"本季度日活跃用户增长了百分之二十。"_s;
    const QbrRenderer renderer(doc, data, {});
    const QString path = m_dir.filePath(u"xingchen.pdf"_s);
    QString error;
    QVERIFY2(renderer.writePdf(path, &error), qPrintable(error));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(u"星辰大海科技有限公司"_s), qPrintable(text.left(600)));
    QVERIFY(text.contains(u"王小明"_s));
    QVERIFY2(text.contains(u"本季度日活跃用户增长了百分之二十。"_s), qPrintable(text.split(u'\f').value(1)));
    for (ushort radical = 0x2F00; radical <= 0x2FD5; ++radical)
        QVERIFY2(!text.contains(QChar(radical)), "a Kangxi radical in place of an ideograph");
    QVERIFY(text.contains(u"$250,000"_s)); // digits next to Chinese text still copy out
}

void TestQbrRenderer::emptyAccountSaysSo()
{
    const QbrRenderer renderer(emptyDocument(), emptyData(), {});
    QCOMPARE(renderer.pageCount(), 11); // one page per section, nothing overflows
    if (m_pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: cannot read the PDF's text");
    const QString path = m_dir.filePath(u"empty.pdf"_s);
    QString error;
    QVERIFY2(renderer.writePdf(path, &error), qPrintable(error));
    const QString text = pdfText(path).simplified();
    for (const QString &s : {
             u"No health score was recorded for this account in Q3 2026."_s,
             u"No usage was recorded for this account in Q3 2026."_s,
             u"No support cases were opened or worked on for this account in Q3 2026."_s,
             u"No NPS responses were received from this account in Q3 2026."_s,
             u"No renewal or expansion opportunities closed in Q3 2026 or are open for this account."_s,
             u"No outcome measures have been recorded for this review yet."_s,
             u"No success-plan goals have been set for this review yet."_s,
             u"No risks have been recorded for this review."_s,
             u"No commitments have been recorded for next quarter yet."_s,
             u"Quiet Account Ltd"_s,
         })
        QVERIFY2(text.contains(s), qPrintable(s + u" missing"_s));
    // No empty charts or tables stand in for the missing data.
    for (const QString &s :
         { u"Health score, week by week"_s, u"Licences purchased vs in use"_s,
           u"Active users, week by week"_s, u"Cases opened by priority"_s, u"In their words"_s,
           u"Usage by metric"_s, u"Responses by group"_s, u"Outcome measure"_s })
        QVERIFY2(!text.contains(s), qPrintable(s + u" drawn without data"_s));

    const QString html = QString::fromUtf8(renderer.toHtml());
    QVERIFY(html.contains(u"No usage was recorded for this account in Q3 2026."_s));
    QVERIFY(!html.contains(u"<svg"_s));
}

void TestQbrRenderer::longTablesFlowOntoMorePages()
{
    QbrData data = fixtureData();
    data.npsResponses.clear();
    for (int i = 1; i <= 40; ++i) {
        const QString marker = u"C%1"_s.arg(i, 3, 10, QChar(u'0'));
        data.npsResponses.append(
            { QDate(2026, 9, 30).addDays(-i), i % 11, u"Contact %1"_s.arg(i),
              u"We would like the reports to load faster and the export to keep the "
              "column order we set up; overall a good quarter for the team. "_s.repeated(1 + i % 3)
                  + marker });
    }
    QbrDocument doc = fixtureDocument();
    for (QbrSectionState &s : doc.sections)
        s.enabled = s.section == QbrSection::Voice;
    // One comment longer than a whole page still prints in full, across pages.
    data.npsResponses[5].comment = u"Long feedback. "_s.repeated(500) + u"ENDOFLONG"_s;
    const QbrRenderer renderer(doc, data, {});
    QVERIFY2(renderer.pageCount() >= 4, qPrintable(QString::number(renderer.pageCount())));
    QCOMPARE(renderer.pageTitle(0), u"Voice of the customer"_s);
    QCOMPARE(renderer.pageTitle(1), u"Voice of the customer (continued)"_s);
    // Continuation pages belong to their section.
    for (int i = 0; i < renderer.pageCount(); ++i)
        QCOMPARE(renderer.pageSection(i), std::optional(QbrSection::Voice));
    if (m_pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: cannot read the PDF's text");
    const QString path = m_dir.filePath(u"long.pdf"_s);
    QString error;
    QVERIFY2(renderer.writePdf(path, &error), qPrintable(error));
    const QString text = pdfText(path);
    for (int i = 1; i <= 40; ++i) {
        if (i != 6)
            QVERIFY2(text.contains(u"C%1"_s.arg(i, 3, 10, QChar(u'0'))), qPrintable(QString::number(i)));
    }
    QVERIFY(text.contains(u"ENDOFLONG"_s));
    QCOMPARE(text.count(u"feedback."_s), 500); // every word of it, once
    QVERIFY(text.contains(u"Voice of the customer (continued)"_s));
    // The table's header repeats on every page it continues on.
    const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
    for (int i = 1; i < pages.size(); ++i)
        QVERIFY2(pages.at(i).contains(u"What they said"_s), qPrintable(QString::number(i)));
}

void TestQbrRenderer::sectionOrderAndToggles()
{
    QbrDocument doc = fixtureDocument();
    // Support first, then the cover; everything else off.
    doc.sections = { { QbrSection::Support, true, u"Support first."_s },
                     { QbrSection::Cover, true, QString() },
                     { QbrSection::Health, false, QString() } };
    const QbrRenderer renderer(doc, fixtureData(), {});
    QCOMPARE(renderer.pageCount(), 2);
    QCOMPARE(renderer.pageTitle(0), u"Support"_s);
    QCOMPARE(renderer.pageTitle(1), u"Cover"_s);
    QCOMPARE(renderer.pageTitle(2), QString());
    QCOMPARE(renderer.pageSection(0), std::optional(QbrSection::Support));
    QCOMPARE(renderer.pageSection(1), std::optional(QbrSection::Cover));
    QCOMPARE(renderer.pageSection(2), std::nullopt);
    QCOMPARE(renderer.pageSection(-1), std::nullopt);

    for (QbrSectionState &s : doc.sections)
        s.enabled = false;
    const QbrRenderer none(doc, fixtureData(), {});
    QCOMPARE(none.pageCount(), 0);
    QString error;
    QVERIFY(!none.writePdf(m_dir.filePath(u"none.pdf"_s), &error));
    QVERIFY2(error.contains(u"turned off"_s), qPrintable(error));
}

void TestQbrRenderer::htmlEscapesEverything()
{
    const QString hostile = u"Acme <script>alert(\"x\")</script> & 'Sons'"_s;
    QbrData data = fixtureData();
    data.accountName = hostile;
    data.csmName = u"<b>Dana</b>"_s;
    data.metrics.append(weekly(u"<img src=x onerror=alert(1)>"_s, QDate(2026, 7, 6), 13, 1, 1));
    data.npsResponses.first().comment = u"</td></tr></table><script>steal()</script>"_s;
    data.opportunities.first().name = u"Renewal \"FY27\" <iframe>"_s;
    data.casesByPriority.first().first = u"<svg onload=alert(2)>"_s;
    QbrDocument doc = fixtureDocument();
    doc.section(QbrSection::ExecutiveSummary)->narrative
        = u"Hello <script>alert('narrative')</script>\n\n- <a href=\"http://evil.example\">click</a> & more"_s;
    doc.kpis.first().name = u"<style>body{display:none}</style>"_s;
    doc.commitments.first().owner = u"O'Brien & <Co>"_s;

    const QbrRenderer renderer(doc, data, {});
    const QString html = QString::fromUtf8(renderer.toHtml());
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    // Nothing the data says became markup.
    for (const QString &bad : { u"<script"_s, u"<img"_s, u"<iframe"_s, u"<a href"_s, u"<b>Dana"_s,
                                u"<style>body"_s, u"<svg onload"_s, u"</td></tr></table><"_s, u"<Co>"_s })
        QVERIFY2(!html.contains(bad), qPrintable(bad));
    for (const QString &good :
         { u"Acme &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 'Sons'"_s,
           u"&lt;b&gt;Dana&lt;/b&gt;"_s, u"&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;steal()"_s,
           u"Renewal &quot;FY27&quot; &lt;iframe&gt;"_s, u"O'Brien &amp; &lt;Co&gt;"_s,
           u"&lt;a href=&quot;http://evil.example&quot;&gt;click&lt;/a&gt; &amp; more"_s })
        QVERIFY2(html.contains(good), qPrintable(good));
    // The metric's and the priority's names are inside inline SVG, escaped there too.
    QVERIFY(html.contains(u"<svg"_s));
    QVERIFY(!html.contains(u"<img src=x"_s));
    // Self-contained: no external stylesheet, script, image or font.
    for (const QString &external :
         { u"<link"_s, u"src=\"http"_s, u"href=\"http"_s, u"url(http"_s, u"@import"_s })
        QVERIFY2(!html.contains(external), qPrintable(external));

    // writeHtml() writes the same bytes.
    const QString path = m_dir.filePath(u"hostile.html"_s);
    QString error;
    QVERIFY2(renderer.writeHtml(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), renderer.toHtml());
}

void TestQbrRenderer::previewImage()
{
    const QbrRenderer renderer(fixtureDocument(), fixtureData(), {});
    const QImage image = renderer.renderPage(1, 800);
    QCOMPARE(image.size(), QSize(800, 450));
    // The header band is navy, the body white.
    const QColor band = image.pixelColor(4, 4);
    QVERIFY2(band.blue() > band.red() && band.value() < 90, qPrintable(band.name()));
    QCOMPARE(image.pixelColor(400, 440), QColor(Qt::white));
    // Something is drawn in the content area.
    int dark = 0;
    for (int y = 60; y < 420; y += 2) {
        for (int x = 20; x < 780; x += 2)
            dark += image.pixelColor(x, y).value() < 128 ? 1 : 0;
    }
    QVERIFY(dark > 200);
    QVERIFY(renderer.renderPage(renderer.pageCount(), 800).isNull());
    QVERIFY(renderer.renderPage(-1, 800).isNull());
}

void TestQbrRenderer::unwritableOutputFails()
{
    const QbrRenderer renderer(fixtureDocument(), fixtureData(), {});
    const QString path = m_dir.filePath(u"no/such/dir/out.pdf"_s);
    QString error;
    QVERIFY(!renderer.writePdf(path, &error));
    QVERIFY2(error.contains(u"out.pdf"_s), qPrintable(error));
    error.clear();
    QVERIFY(!renderer.writeHtml(m_dir.filePath(u"no/such/dir/out.html"_s), &error));
    QVERIFY2(error.contains(u"out.html"_s), qPrintable(error));
}

void TestQbrRenderer::logoOnTheCover()
{
    // A wide red logo: on the PDF's cover, inlined in the HTML.
    QImage logo(400, 100, QImage::Format_RGB32);
    logo.fill(QColor(200, 0, 0));
    const QString png = m_dir.filePath(u"logo.png"_s);
    QVERIFY(logo.save(png));
    QbrDocument doc = fixtureDocument();
    for (QbrSectionState &s : doc.sections)
        s.enabled = s.section == QbrSection::Cover;
    QbrRenderer::Options options;
    options.logoPath = png;
    options.vendorName = u"<Vendor & Co>"_s;
    const QbrRenderer renderer(doc, fixtureData(), options);
    const QImage cover = renderer.renderPage(0, 960);
    QCOMPARE(cover.pixelColor(100, 80), QColor(200, 0, 0));
    const QString html = QString::fromUtf8(renderer.toHtml());
    QVERIFY(html.contains(u"src=\"data:image/png;base64,"_s));
    QVERIFY(html.contains(u"alt=\"&lt;Vendor &amp; Co&gt;\""_s));
    QVERIFY(!html.contains(u"<Vendor"_s));

    // A logo that cannot be read: the vendor's name in type instead.
    options.logoPath = m_dir.filePath(u"missing.png"_s);
    const QbrRenderer fallback(doc, fixtureData(), options);
    QVERIFY(fallback.renderPage(0, 960).pixelColor(100, 80) != QColor(200, 0, 0));
    QVERIFY(QString::fromUtf8(fallback.toHtml())
                .contains(u"<div class=\"vendor\">&lt;Vendor &amp; Co&gt;</div>"_s));
}

void TestQbrRenderer::samples()
{
    // PITWALL_QBR_SAMPLES=/tmp/dir [PITWALL_QBR_LANGUAGE=zh_CN]: the fixture decks as PDF
    // and HTML, to look at.
    const QString dir = qEnvironmentVariable("PITWALL_QBR_SAMPLES");
    if (dir.isEmpty())
        QSKIP("set PITWALL_QBR_SAMPLES to a folder to write the fixture decks into");
    QVERIFY(QDir().mkpath(dir));
    QbrRenderer::Options options;
    options.language = qEnvironmentVariable("PITWALL_QBR_LANGUAGE");
    options.vendorName = u"Northwind Analytics"_s;
    QbrData chinese = fixtureData();
    chinese.accountName = u"星辰大海科技有限公司"_s;
    chinese.csmName = u"王小明"_s;
    chinese.currency = u"CNY"_s;
    const QList<std::pair<QString, QbrRenderer>> decks = {
        { u"fixture"_s, QbrRenderer(fixtureDocument(), fixtureData(), options) },
        { u"chinese"_s, QbrRenderer(fixtureDocument(), chinese, options) },
        { u"empty"_s, QbrRenderer(emptyDocument(), emptyData(), options) },
    };
    for (const auto &[name, renderer] : decks) {
        QString error;
        QVERIFY2(renderer.writePdf(dir + u'/' + name + u".pdf"_s, &error), qPrintable(error));
        QVERIFY2(renderer.writeHtml(dir + u'/' + name + u".html"_s, &error), qPrintable(error));
    }
    qInfo().noquote() << "wrote the sample decks to" << dir;
}

int main(int argc, char *argv[])
{
    // Fonts and painting need a QGuiApplication; no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    Localization::install(app, u"en"_s); // English plural forms, as the application installs them
    TestQbrRenderer test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_qbrrenderer.moc"
