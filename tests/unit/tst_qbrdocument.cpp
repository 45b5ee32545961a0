// QBR documents and templates: the eleven sections, the built-in template, template
// validation with errors that name the problem, placeholders, the JSON round trip of a
// draft, and what "start from last quarter's QBR" carries forward.
#include "common/Localization.h"
#include "qbr/QbrDocument.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

char *toString(const QbrQuarter &q)
{
    return QTest::toString(q.toString());
}

namespace {

QbrDocument sampleDocument()
{
    QbrDocument doc;
    doc.accountId = u"A-001"_s;
    doc.quarter = { 2026, 3 };
    doc.templateName = u"Standard QBR"_s;
    for (const QbrSection s : Qbr::allSections())
        doc.sections.append({ s, true, u"About "_s + Qbr::sectionKey(s) });
    // Reordered and toggled as a CSM would.
    doc.sections.move(8, 1); // renewal second
    doc.sections[5].enabled = false;
    doc.section(QbrSection::Voice)->narrative = u"“Support got faster” — 张伟\n\nSecond paragraph <b>&"_s;
    doc.kpis = { { u"Tickets per agent per day"_s, u""_s, 12.5, 18.0, u"Measured by the customer"_s },
                 { u"Onboarding time"_s, u"days"_s, 30.0, std::nullopt, {} },
                 { u"Cost saved"_s, u"USD"_s, std::nullopt, 250000.0, u"Finance's estimate"_s } };
    doc.goals = { { u"Roll out to EMEA"_s, 60, u"on_track"_s },
                  { u"SSO for all staff"_s, 100, u"done"_s },
                  { u"Executive dashboard"_s, 10, u"at_risk"_s } };
    doc.risks = { { u"Champion leaving"_s, u"Meet the new VP early"_s, false },
                  { u"Budget freeze"_s, u"Lifted in August"_s, true } };
    doc.commitments = { { u"Share the rollout plan"_s, u"Acme: Jane Doe"_s, QDate(2026, 10, 15) },
                        { u"Run the admin training"_s, u"Alice Martin"_s, QDate() } };
    doc.status = QbrDocument::Status::Delivered;
    doc.updatedAt = QDateTime(QDate(2026, 10, 2), QTime(9, 30, 15, 250), QTimeZone::utc());
    doc.deliveredAt = QDateTime(QDate(2026, 10, 3), QTime(14, 0), QTimeZone::utc());
    return doc;
}

QByteArray minimalTemplate(const QString &sections)
{
    return (uR"({"name": "T", "sections": [)"_s + sections + u"]}"_s).toUtf8();
}

} // namespace

class TestQbrDocument : public QObject
{
    Q_OBJECT

private slots:
    void sectionKeysAndTitles();
    void builtInTemplate();
    void templateRoundTrip();
    void templateErrors_data();
    void templateErrors();
    void templateWithoutSomeSectionsAppendsThemDisabled();
    void fromTemplateFillsPlaceholders();
    void documentRoundTrip();
    void documentFromMinimalJson();
    void documentErrors_data();
    void documentErrors();
    void carriedForward();
    void goalStatusLabels();
    void builtInTemplateWordsAreMarkedForTranslation();
    // Last: installs the Chinese catalogue for the rest of the run.
    void builtInTemplateSpeaksTheUsersLanguage();
};

void TestQbrDocument::sectionKeysAndTitles()
{
    const QList<QbrSection> all = Qbr::allSections();
    QCOMPARE(all.size(), 11);
    QCOMPARE(all.constFirst(), QbrSection::Cover);
    QCOMPARE(all.constLast(), QbrSection::Commitments);
    const QStringList expectedKeys = { u"cover"_s,      u"executive_summary"_s,
                                       u"health"_s,     u"adoption"_s,
                                       u"value"_s,      u"support"_s,
                                       u"goals"_s,      u"voice"_s,
                                       u"renewal"_s,    u"risks"_s,
                                       u"commitments"_s };
    QSet<QString> titles;
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(Qbr::sectionKey(all.at(i)), expectedKeys.at(i));
        QVERIFY(Qbr::sectionFromKey(expectedKeys.at(i)) == all.at(i));
        QVERIFY(!Qbr::sectionTitle(all.at(i)).isEmpty());
        titles.insert(Qbr::sectionTitle(all.at(i)));
    }
    QCOMPARE(titles.size(), 11);
    QCOMPARE(Qbr::sectionTitle(QbrSection::Voice), u"Voice of the customer"_s);
    QVERIFY(!Qbr::sectionFromKey(u"Cover"_s));
    QVERIFY(!Qbr::sectionFromKey(u"summary"_s));
    QVERIFY(!Qbr::sectionFromKey({}));
}

void TestQbrDocument::builtInTemplate()
{
    // The resource parses on its own (builtIn() would hide a broken one behind a fallback).
    QFile f(QbrTemplate::builtInPath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString error;
    const std::optional<QbrTemplate> parsed = QbrTemplate::fromJson(f.readAll(), &error);
    QVERIFY2(parsed, qPrintable(error));

    const QbrTemplate tmpl = QbrTemplate::builtIn();
    QCOMPARE(tmpl.name, u"Standard QBR"_s);
    QCOMPARE(tmpl.sections.size(), 11);
    for (qsizetype i = 0; i < tmpl.sections.size(); ++i) {
        const QbrSectionState &s = tmpl.sections.at(i);
        QCOMPARE(s.section, Qbr::allSections().at(i)); // the default order
        QVERIFY(s.enabled);
        QVERIFY2(s.narrative.size() > 40, qPrintable(Qbr::sectionKey(s.section)));
    }
    QVERIFY(tmpl.sections.at(1).narrative.contains(u"{quarter}"_s));
}

void TestQbrDocument::templateRoundTrip()
{
    QbrTemplate tmpl;
    tmpl.name = u"CS Ops FY27 — 季度回顾"_s;
    tmpl.sections = { { QbrSection::Cover, true, u"For {account}"_s },
                      { QbrSection::Risks, false, u"Risks in {quarter}"_s },
                      { QbrSection::ExecutiveSummary, true, u"{csm} says hi"_s } };
    QString error;
    const std::optional<QbrTemplate> back = QbrTemplate::fromJson(tmpl.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->name, tmpl.name);
    QCOMPARE(back->sections.size(), 11);
    for (qsizetype i = 0; i < 3; ++i) {
        QCOMPARE(back->sections.at(i).section, tmpl.sections.at(i).section);
        QCOMPARE(back->sections.at(i).enabled, tmpl.sections.at(i).enabled);
        QCOMPARE(back->sections.at(i).narrative, tmpl.sections.at(i).narrative);
    }
    // The built-in one survives the trip too.
    const QbrTemplate builtIn = QbrTemplate::builtIn();
    const std::optional<QbrTemplate> again = QbrTemplate::fromJson(builtIn.toJson(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->toJson(), builtIn.toJson());
}

void TestQbrDocument::templateErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // a part of the error

    QTest::newRow("not JSON") << QByteArray("{\"name\": \"T\", ") << u"not valid JSON"_s;
    QTest::newRow("array") << QByteArray("[]") << u"must be a JSON object"_s;
    QTest::newRow("no name") << QByteArray(R"({"sections": [{"key": "cover"}]})") << u"needs a “name”"_s;
    QTest::newRow("blank name") << QByteArray(R"({"name": "  ", "sections": [{"key": "cover"}]})")
                                << u"needs a “name”"_s;
    QTest::newRow("no sections") << QByteArray(R"({"name": "T"})") << u"needs a “sections” list"_s;
    QTest::newRow("empty sections") << minimalTemplate({}) << u"lists no sections"_s;
    QTest::newRow("section not object") << minimalTemplate(u"\"cover\""_s) << u"section 1 is not an object"_s;
    QTest::newRow("no key") << minimalTemplate(u"{\"enabled\": true}"_s) << u"section 1 has no “key”"_s;
    QTest::newRow("unknown key")
        << minimalTemplate(u"{\"key\": \"cover\"}, {\"key\": \"summary\"}"_s)
        << u"section 2 has an unknown key “summary” (use one of: cover, executive_summary"_s;
    QTest::newRow("twice") << minimalTemplate(u"{\"key\": \"voice\"}, {\"key\": \"voice\"}"_s)
                           << u"the section “voice” appears twice"_s;
    QTest::newRow("enabled not bool") << minimalTemplate(u"{\"key\": \"health\", \"enabled\": \"yes\"}"_s)
                                      << u"“enabled” of the section “health” must be true or false"_s;
    QTest::newRow("narrative not text") << minimalTemplate(u"{\"key\": \"health\", \"narrative\": 3}"_s)
                                        << u"“narrative” of the section “health” must be text"_s;
    QTest::newRow("typo member") << minimalTemplate(u"{\"key\": \"health\", \"enabeld\": false}"_s)
                                 << u"the section “health” has an unknown member “enabeld”"_s;
    QTest::newRow("unknown placeholder")
        << minimalTemplate(u"{\"key\": \"voice\", \"narrative\": \"Dear {acount} in {quarter}\"}"_s)
        << u"the narrative of “voice” uses an unknown placeholder {acount} (use {account}, {quarter}, {csm})"_s;
    QTest::newRow("wrong format")
        << QByteArray(R"({"format": "pitwall-health-scorecard", "name": "T",
                                                   "sections": [{"key": "cover"}]})")
        << u"“format” must be “pitwall-qbr-template”, not “pitwall-health-scorecard”"_s;
    QTest::newRow("newer version") << QByteArray(
        R"({"version": 2, "name": "T", "sections": [{"key": "cover"}]})")
                                   << u"is version 2; this Pitwall reads version 1"_s;
    QTest::newRow("unknown root member")
        << QByteArray(R"({"name": "T", "colour": "red", "sections": [{"key": "cover"}]})")
        << u"unknown member “colour”"_s;
}

void TestQbrDocument::templateErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!QbrTemplate::fromJson(json, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestQbrDocument::templateWithoutSomeSectionsAppendsThemDisabled()
{
    QString error;
    const std::optional<QbrTemplate> tmpl = QbrTemplate::fromJson(
        minimalTemplate(
            u"{\"key\": \"risks\", \"narrative\": \"R\"}, {\"key\": \"cover\", \"enabled\": false}"_s),
        &error);
    QVERIFY2(tmpl, qPrintable(error));
    QCOMPARE(tmpl->sections.size(), 11);
    QCOMPARE(tmpl->sections.at(0).section, QbrSection::Risks);
    QVERIFY(tmpl->sections.at(0).enabled); // enabled by default
    QCOMPARE(tmpl->sections.at(0).narrative, u"R"_s);
    QCOMPARE(tmpl->sections.at(1).section, QbrSection::Cover);
    QVERIFY(!tmpl->sections.at(1).enabled);
    // Then the rest, in the default order, off.
    QCOMPARE(tmpl->sections.at(2).section, QbrSection::ExecutiveSummary);
    QCOMPARE(tmpl->sections.at(10).section, QbrSection::Commitments);
    for (qsizetype i = 2; i < 11; ++i) {
        QVERIFY(!tmpl->sections.at(i).enabled);
        QVERIFY(tmpl->sections.at(i).narrative.isEmpty());
        QVERIFY(tmpl->sections.at(i).section != QbrSection::Risks);
    }
}

void TestQbrDocument::fromTemplateFillsPlaceholders()
{
    QbrTemplate tmpl;
    tmpl.name = u"Mine"_s;
    tmpl.sections = { { QbrSection::Cover, true, u"{account} — {quarter} — {csm} — {account}"_s },
                      { QbrSection::Voice, false, u"Left {alone}"_s } };
    const QbrDocument doc
        = QbrDocument::fromTemplate(tmpl, u"A-7"_s, { 2026, 3 }, u"华为科技"_s, u"Alice Martin"_s);
    QCOMPARE(doc.accountId, u"A-7"_s);
    QCOMPARE(doc.quarter, (QbrQuarter { 2026, 3 }));
    QCOMPARE(doc.templateName, u"Mine"_s);
    QCOMPARE(doc.status, QbrDocument::Status::Draft);
    QCOMPARE(doc.sections.size(), 11);
    QCOMPARE(doc.sections.at(0).narrative, u"华为科技 — Q3 2026 — Alice Martin — 华为科技"_s);
    QCOMPARE(doc.sections.at(1).section, QbrSection::Voice);
    QVERIFY(!doc.sections.at(1).enabled);
    QCOMPARE(doc.sections.at(1).narrative, u"Left {alone}"_s);
    QVERIFY(doc.section(QbrSection::Health));
    QVERIFY(!doc.section(QbrSection::Health)->enabled);
    QVERIFY(doc.kpis.isEmpty() && doc.goals.isEmpty() && doc.risks.isEmpty() && doc.commitments.isEmpty());
    // Without a name the id stands in.
    const QbrDocument unnamed = QbrDocument::fromTemplate(tmpl, u"A-7"_s, { 2026, 3 }, {}, {});
    QCOMPARE(unnamed.sections.at(0).narrative, u"A-7 — Q3 2026 —  — A-7"_s);
    // The built-in template leaves no placeholder behind.
    const QbrDocument standard
        = QbrDocument::fromTemplate(QbrTemplate::builtIn(), u"A-7"_s, { 2026, 3 }, u"Acme"_s, u"Alice"_s);
    for (const QbrSectionState &s : standard.sections)
        QVERIFY2(!s.narrative.contains(u'{'), qPrintable(s.narrative));
    QVERIFY(standard.section(QbrSection::ExecutiveSummary)->narrative.contains(u"Q3 2026"_s));
}

void TestQbrDocument::documentRoundTrip()
{
    const QbrDocument doc = sampleDocument();
    const QJsonObject json = doc.toJson();
    QCOMPARE(json.value("format"_L1).toString(), u"pitwall-qbr"_s);
    QCOMPARE(json.value("quarter"_L1).toString(), u"2026Q3"_s);
    QCOMPARE(json.value("status"_L1).toString(), u"delivered"_s);
    QCOMPARE(json.value("kpis"_L1).toArray().at(1).toObject().value("current"_L1).type(), QJsonValue::Null);
    QCOMPARE(json.value("commitments"_L1).toArray().at(0).toObject().value("due"_L1).toString(),
             u"2026-10-15"_s);
    QCOMPARE(json.value("commitments"_L1).toArray().at(1).toObject().value("due"_L1).type(),
             QJsonValue::Null);

    // Through text, as the store keeps it.
    const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
    QString error;
    const std::optional<QbrDocument> back
        = QbrDocument::fromJson(QJsonDocument::fromJson(text).object(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->accountId, doc.accountId);
    QCOMPARE(back->quarter, doc.quarter);
    QCOMPARE(back->templateName, doc.templateName);
    QCOMPARE(back->status, QbrDocument::Status::Delivered);
    QCOMPARE(back->updatedAt, doc.updatedAt);
    QCOMPARE(back->deliveredAt, doc.deliveredAt);
    QCOMPARE(back->sections.size(), 11);
    for (qsizetype i = 0; i < doc.sections.size(); ++i) {
        QCOMPARE(back->sections.at(i).section, doc.sections.at(i).section);
        QCOMPARE(back->sections.at(i).enabled, doc.sections.at(i).enabled);
        QCOMPARE(back->sections.at(i).narrative, doc.sections.at(i).narrative);
    }
    QCOMPARE(back->sections.at(1).section, QbrSection::Renewal);
    QCOMPARE(back->kpis.size(), 3);
    QCOMPARE(back->kpis.at(0).baseline.value_or(-1), 12.5);
    QCOMPARE(back->kpis.at(0).current.value_or(-1), 18.0);
    QVERIFY(!back->kpis.at(1).current);
    QVERIFY(!back->kpis.at(2).baseline);
    QCOMPARE(back->kpis.at(2).unit, u"USD"_s);
    QCOMPARE(back->kpis.at(2).note, u"Finance's estimate"_s);
    QCOMPARE(back->goals.size(), 3);
    QCOMPARE(back->goals.at(0).progress, 60);
    QCOMPARE(back->goals.at(2).status, u"at_risk"_s);
    QCOMPARE(back->risks.size(), 2);
    QCOMPARE(back->risks.at(1).closed, true);
    QCOMPARE(back->risks.at(0).mitigation, u"Meet the new VP early"_s);
    QCOMPARE(back->commitments.size(), 2);
    QCOMPARE(back->commitments.at(0).due, QDate(2026, 10, 15));
    QCOMPARE(back->commitments.at(0).owner, u"Acme: Jane Doe"_s);
    QVERIFY(!back->commitments.at(1).due.isValid());
    // And the same JSON again.
    QCOMPARE(back->toJson(), json);
}

void TestQbrDocument::documentFromMinimalJson()
{
    QString error;
    const std::optional<QbrDocument> doc = QbrDocument::fromJson(
        QJsonDocument::fromJson(R"({"account_id": "A1", "quarter": "2025q4", "sections": []})").object(),
        &error);
    QVERIFY2(doc, qPrintable(error));
    QVERIFY(doc->isValid());
    QCOMPARE(doc->quarter, (QbrQuarter { 2025, 4 }));
    QCOMPARE(doc->status, QbrDocument::Status::Draft);
    QVERIFY(!doc->updatedAt.isValid());
    QCOMPARE(doc->sections.size(), 11);
    for (const QbrSectionState &s : doc->sections)
        QVERIFY(!s.enabled);
    QVERIFY(doc->kpis.isEmpty());
}

void TestQbrDocument::documentErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const auto doc = [](const char *extra) -> QByteArray {
        return QByteArray(R"({"account_id": "A1", "quarter": "2026Q3", "sections": [])") + extra + "}";
    };
    QTest::newRow("no account") << QByteArray(R"({"quarter": "2026Q3", "sections": []})")
                                << u"names no account"_s;
    QTest::newRow("bad quarter") << QByteArray(R"({"account_id": "A1", "quarter": "2026Q5", "sections": []})")
                                 << u"quarter “2026Q5” is not a quarter"_s;
    QTest::newRow("status") << doc(R"(, "status": "sent")") << u"status “sent”"_s;
    QTest::newRow("progress") << doc(R"(, "goals": [{"goal": "SSO", "progress": 150}])")
                              << u"The goal “SSO”: progress must be a whole number from 0 to 100, not 150"_s;
    QTest::newRow("goal status") << doc(R"(, "goals": [{"goal": "SSO", "status": "finished"}])")
                                 << u"The goal “SSO” has an unknown status “finished”"_s;
    QTest::newRow("due") << doc(R"(, "commitments": [{"what": "Plan", "due": "2026-13-01"}])")
                         << u"The commitment “Plan” is due on “2026-13-01”, which is not a date"_s;
    QTest::newRow("kpi number") << doc(R"(, "kpis": [{"name": "Speed", "baseline": "fast"}])")
                                << u"The KPI “Speed”: “baseline” must be a number"_s;
    QTest::newRow("kpis not list") << doc(R"(, "kpis": {"name": "Speed"})") << u"“kpis” must be a list"_s;
    QTest::newRow("section key") << QByteArray(
        R"({"account_id": "A1", "quarter": "2026Q3", "sections": [{"key": "appendix"}]})")
                                 << u"unknown key “appendix”"_s;
    QTest::newRow("updated_at") << doc(R"(, "updated_at": "yesterday")")
                                << u"“updated_at” is not a date and time"_s;
}

void TestQbrDocument::documentErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(json, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QString error;
    QVERIFY(!QbrDocument::fromJson(object, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestQbrDocument::carriedForward()
{
    const QbrDocument last = sampleDocument();
    const QbrDocument next = last.carriedForwardTo({ 2026, 4 });
    QCOMPARE(next.accountId, last.accountId);
    QCOMPARE(next.quarter, (QbrQuarter { 2026, 4 }));
    QCOMPARE(next.templateName, last.templateName);
    QCOMPARE(next.status, QbrDocument::Status::Draft);
    QVERIFY(!next.deliveredAt.isValid());
    QVERIFY(!next.updatedAt.isValid());
    // The same sections, order, switches and words.
    QCOMPARE(next.sections.size(), last.sections.size());
    for (qsizetype i = 0; i < last.sections.size(); ++i) {
        QCOMPARE(next.sections.at(i).section, last.sections.at(i).section);
        QCOMPARE(next.sections.at(i).enabled, last.sections.at(i).enabled);
        QCOMPARE(next.sections.at(i).narrative, last.sections.at(i).narrative);
    }
    // Last quarter's current value is this quarter's baseline; no current value yet.
    QCOMPARE(next.kpis.size(), 3);
    QCOMPARE(next.kpis.at(0).name, u"Tickets per agent per day"_s);
    QCOMPARE(next.kpis.at(0).baseline.value_or(-1), 18.0);
    QVERIFY(!next.kpis.at(0).current);
    QCOMPARE(next.kpis.at(0).note, u"Measured by the customer"_s);
    QCOMPARE(next.kpis.at(1).baseline.value_or(-1), 30.0); // no current: the baseline stays
    QVERIFY(!next.kpis.at(1).current);
    QCOMPARE(next.kpis.at(2).baseline.value_or(-1), 250000.0);
    // Goals not done yet, with their progress; open risks only; no commitments.
    QCOMPARE(next.goals.size(), 2);
    QCOMPARE(next.goals.at(0).goal, u"Roll out to EMEA"_s);
    QCOMPARE(next.goals.at(0).progress, 60);
    QCOMPARE(next.goals.at(1).goal, u"Executive dashboard"_s);
    QCOMPARE(next.risks.size(), 1);
    QCOMPARE(next.risks.at(0).risk, u"Champion leaving"_s);
    QVERIFY(next.commitments.isEmpty());
    // The original is untouched.
    QCOMPARE(last.kpis.at(0).current.value_or(-1), 18.0);
    QCOMPARE(last.commitments.size(), 2);
}

void TestQbrDocument::goalStatusLabels()
{
    QCOMPARE(Qbr::goalStatuses().size(), 4);
    for (const QString &s : Qbr::goalStatuses()) {
        QVERIFY(!Qbr::goalStatusLabel(s).isEmpty());
        QVERIFY(Qbr::goalStatusLabel(s) != s);
    }
    QCOMPARE(Qbr::goalStatusLabel(u"on_track"_s), u"On track"_s);
    QCOMPARE(Qbr::goalStatusLabel(u"whatever"_s), u"whatever"_s);
    QCOMPARE(Qbr::fillPlaceholders(u"{quarter}/{csm}"_s, u"X"_s, { 2025, 1 }, u"Y"_s), u"Q1 2025/Y"_s);
}

// default-template.json and the list lupdate reads must hold the same words, or a
// narrative would silently stay English in Chinese.
void TestQbrDocument::builtInTemplateWordsAreMarkedForTranslation()
{
    QFile file(QbrTemplate::builtInPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QStringList words { json.value("name"_L1).toString() };
    for (const QJsonValue &section : json.value("sections"_L1).toArray()) {
        const QString narrative = section.toObject().value("narrative"_L1).toString();
        if (!narrative.isEmpty())
            words.append(narrative);
    }
    QCOMPARE(words.size(), 12);
    QCOMPARE(QbrTemplate::builtInSourceTexts(), words);
}

void TestQbrDocument::builtInTemplateSpeaksTheUsersLanguage()
{
    const auto coverOf = [](const QbrTemplate &tmpl) {
        for (const QbrSectionState &section : tmpl.sections) {
            if (section.section == QbrSection::Cover)
                return section.narrative;
        }
        return QString();
    };
    const QString english = coverOf(QbrTemplate::builtIn());
    QVERIFY(english.startsWith(u"Our partnership in {quarter}"_s));
    QCOMPARE(Localization::install(*QCoreApplication::instance(), u"zh_CN"_s), u"zh_CN"_s);
    const QbrTemplate chinese = QbrTemplate::builtIn();
    for (const QbrSectionState &section : chinese.sections) {
        QVERIFY2(!section.narrative.contains(u"the "_s), qPrintable(section.narrative));
        QVERIFY(!section.narrative.isEmpty());
    }
    const QString cover = coverOf(chinese);
    QVERIFY(cover != english);
    QVERIFY(cover.contains(u"{quarter}"_s) && cover.contains(u"{account}"_s));
    QVERIFY(chinese.name != u"Standard QBR"_s);
}

QTEST_GUILESS_MAIN(TestQbrDocument)
#include "tst_qbrdocument.moc"
