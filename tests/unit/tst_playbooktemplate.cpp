// Playbook templates: the five built-ins, strict validation naming the step and member,
// due-date arithmetic (anchors, negative offsets, a missing renewal date, leap years),
// which template wins by id, and built-in texts shown in the user's language.
#include "playbook/PlaybookStore.h"
#include "playbook/PlaybookTemplate.h"
#include "playbook/PlaybookTemplateStore.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

// Stands in for a Chinese translation: every built-in text comes back marked.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, Playbook::builtInContext) == 0)
            return u"【"_s + QString::fromUtf8(sourceText) + u"】"_s;
        return {};
    }
    bool isEmpty() const override { return false; }
};

PlaybookStepTemplate step(const QString &title, PlaybookAnchor from, int days, bool dated = true)
{
    PlaybookStepTemplate s;
    s.title = title;
    s.from = from;
    s.days = days;
    s.dated = dated;
    return s;
}

PlaybookTemplate templateOf(const QList<PlaybookStepTemplate> &steps)
{
    PlaybookTemplate t;
    t.id = u"t"_s;
    t.name = u"T"_s;
    t.steps = steps;
    return t;
}

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QByteArray minimal(const QByteArray &stepsJson)
{
    return R"({"id": "x", "name": "X", "steps": )" + stepsJson + "}";
}

} // namespace

class TestPlaybookTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInsAreTheFiveOfTheIssue();
    void builtInsRoundTripThroughJson();
    void parsesAFullTemplate();
    void refusesWithErrorsNamingStepAndMember_data();
    void refusesWithErrorsNamingStepAndMember();
    void readsAListOfTemplates();
    void refusesDuplicateIdsInAList();

    void dueFromTheStart();
    void dueFromTheRenewalWithNegativeOffsets();
    void missingRenewalDateIsAssumedAndSaid();
    void stepsBeforeTheStartAreDueOnTheStartDay();
    void leapYears_data();
    void leapYears();
    void missingContractStartCountsFromTheStart();
    void undatedStepsHaveNoDueDate();
    void dueRuleLabels();

    void publishedWinsOverLocalOverBuiltIn();
    void saveLocalValidates();
    void builtInTextsAreTranslatedOnDisplay();
};

void TestPlaybookTemplate::builtInsAreTheFiveOfTheIssue()
{
    const QList<PlaybookTemplate> all = PlaybookTemplate::builtIns();
    QStringList ids;
    for (const PlaybookTemplate &t : all)
        ids.append(t.id);
    QCOMPARE(ids,
             (QStringList { u"onboarding"_s, u"risk_rescue"_s, u"renewal"_s, u"qbr_preparation"_s,
                            u"sales_handoff"_s }));
    QCOMPARE(Playbook::builtInTemplateIds(), ids);
    for (const PlaybookTemplate &t : all) {
        QVERIFY(t.translatable());
        QVERIFY(!t.name.isEmpty() && !t.description.isEmpty());
        QVERIFY2(t.steps.size() >= 4, qPrintable(t.id));
        for (const PlaybookStepTemplate &s : t.steps) {
            QVERIFY2(!s.title.isEmpty() && !s.guidance.isEmpty(), qPrintable(t.id));
            QVERIFY2(Playbook::ownerRoles().contains(s.ownerRole), qPrintable(s.ownerRole));
        }
    }

    // The golden 90 days: handoff, kickoff by day 2, setup by 7, first value by 14, 80% of
    // core features by 60, expansion talk by 90 (and an optional check at day 30).
    const PlaybookTemplate onboarding = *PlaybookTemplate::builtIn(u"onboarding"_s);
    QList<int> days;
    for (const PlaybookStepTemplate &s : onboarding.steps) {
        QCOMPARE(s.from, PlaybookAnchor::Start);
        days.append(s.days);
    }
    QCOMPARE(days, (QList<int> { 0, 2, 7, 14, 30, 60, 90 }));
    QVERIFY(onboarding.steps.at(0).title.contains(u"handoff"_s));
    QVERIFY(onboarding.steps.at(1).title.contains(u"kickoff"_s));
    QVERIFY(onboarding.steps.at(5).title.contains(u"80%"_s));
    QVERIFY(!onboarding.steps.at(4).required);

    // Renewal: −120, −90, −60, −30 days from the renewal date.
    const PlaybookTemplate renewal = *PlaybookTemplate::builtIn(u"renewal"_s);
    QCOMPARE(renewal.steps.size(), 4);
    for (qsizetype i = 0; i < 4; ++i) {
        QCOMPARE(renewal.steps.at(i).from, PlaybookAnchor::Renewal);
        QCOMPARE(renewal.steps.at(i).days, QList<int>({ -120, -90, -60, -30 }).at(i));
    }
    QVERIFY(renewal.usesAnchor(PlaybookAnchor::Renewal));
    QVERIFY(!onboarding.usesAnchor(PlaybookAnchor::Renewal));
    QVERIFY(!PlaybookTemplate::builtIn(u"nope"_s));
}

void TestPlaybookTemplate::builtInsRoundTripThroughJson()
{
    for (const PlaybookTemplate &t : PlaybookTemplate::builtIns()) {
        QString error;
        const QByteArray json = QJsonDocument(t.toJson()).toJson();
        const std::optional<PlaybookTemplate> back = PlaybookTemplate::fromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY2(back->sameContent(t), qPrintable(t.id));
        QCOMPARE(back->origin, PlaybookTemplate::Origin::Local);
    }
    QString error;
    const auto list
        = PlaybookTemplate::listFromJson(PlaybookTemplate::listToJson(PlaybookTemplate::builtIns()), &error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->size(), 5);
    QCOMPARE(list->at(2).origin, PlaybookTemplate::Origin::Published);
}

void TestPlaybookTemplate::parsesAFullTemplate()
{
    const QByteArray json = R"({
        "format": "pitwall-playbook-template", "version": 1,
        "id": "exec-sponsor", "name": "Executive sponsor refresh", "description": "When the sponsor changes",
        "anchor": "renewal",
        "steps": [
            {"title": "Map the new org chart", "guidance": "Who decides now?", "due": {"days": -100},
             "owner_role": "csm"},
            {"title": "Intro call", "due": {"from": "start", "days": 5}, "owner_role": "manager", "required": false},
            {"title": "Contract review", "due": {"from": "contract_start", "days": 365}},
            {"title": "Keep in touch"}
        ]})";
    QString error;
    const std::optional<PlaybookTemplate> t
        = PlaybookTemplate::fromJson(json, &error, PlaybookTemplate::Origin::Published);
    QVERIFY2(t, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(t->id, u"exec-sponsor"_s);
    QCOMPARE(t->description, u"When the sponsor changes"_s);
    QCOMPARE(t->anchor, PlaybookAnchor::Renewal);
    QCOMPARE(t->origin, PlaybookTemplate::Origin::Published);
    QVERIFY(!t->translatable());
    QCOMPARE(t->steps.size(), 4);
    QCOMPARE(t->steps.at(0).from, PlaybookAnchor::Renewal); // the template's anchor
    QCOMPARE(t->steps.at(0).days, -100);
    QCOMPARE(t->steps.at(0).guidance, u"Who decides now?"_s);
    QCOMPARE(t->steps.at(1).from, PlaybookAnchor::Start);
    QCOMPARE(t->steps.at(1).ownerRole, u"manager"_s);
    QVERIFY(!t->steps.at(1).required);
    QCOMPARE(t->steps.at(2).from, PlaybookAnchor::ContractStart);
    QCOMPARE(t->steps.at(2).days, 365);
    QCOMPARE(t->steps.at(2).ownerRole, u"csm"_s); // the default
    QVERIFY(t->steps.at(2).required);
    QVERIFY(!t->steps.at(3).dated);
    QCOMPARE(t->displayName(), u"Executive sponsor refresh"_s);
}

void TestPlaybookTemplate::refusesWithErrorsNamingStepAndMember_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("not json") << QByteArray("{") << QStringList { u"not valid JSON"_s };
    QTest::newRow("not an object") << QByteArray("[]") << QStringList { u"JSON object"_s };
    QTest::newRow("no id") << QByteArray(R"({"name": "X", "steps": [{"title": "a"}]})")
                           << QStringList { u"needs an “id”"_s };
    QTest::newRow("bad id") << QByteArray(R"({"id": "Has Space", "name": "X", "steps": [{"title": "a"}]})")
                            << QStringList { u"Has Space"_s, u"lower-case"_s };
    QTest::newRow("no name") << QByteArray(R"({"id": "x", "steps": [{"title": "a"}]})")
                             << QStringList { u"“x”"_s, u"“name”"_s };
    QTest::newRow("no steps") << QByteArray(R"({"id": "x", "name": "X", "steps": []})")
                              << QStringList { u"“steps”"_s };
    QTest::newRow("unknown member") << QByteArray(
        R"({"id": "x", "name": "X", "colour": 1, "steps": [{"title": "a"}]})")
                                    << QStringList { u"“colour”"_s };
    QTest::newRow("wrong format") << QByteArray(
        R"({"format": "pitwall-qbr-template", "id": "x", "name": "X", "steps": [{"title": "a"}]})")
                                  << QStringList { u"“format”"_s, u"pitwall-playbook-template"_s };
    QTest::newRow("wrong version") << QByteArray(
        R"({"version": 2, "id": "x", "name": "X", "steps": [{"title": "a"}]})")
                                   << QStringList { u"version 2"_s };
    QTest::newRow("bad anchor") << QByteArray(
        R"({"id": "x", "name": "X", "anchor": "birthday", "steps": [{"title": "a"}]})")
                                << QStringList { u"“anchor”"_s, u"birthday"_s };
    QTest::newRow("step without title")
        << minimal(R"([{"title": "a"}, {"guidance": "b"}])") << QStringList { u"step 2"_s, u"“title”"_s };
    QTest::newRow("blank title") << minimal(R"([{"title": "   "}])")
                                 << QStringList { u"step 1"_s, u"“title”"_s };
    QTest::newRow("step not an object")
        << minimal(R"(["a"])") << QStringList { u"step 1"_s, u"not an object"_s };
    QTest::newRow("unknown step member")
        << minimal(R"([{"title": "a", "owner": "me"}])") << QStringList { u"step 1"_s, u"“owner”"_s };
    QTest::newRow("bad from") << minimal(
        R"([{"title": "a"}, {"title": "b", "due": {"from": "birthday", "days": 1}}])")
                              << QStringList { u"step 2"_s, u"“due.from”"_s, u"birthday"_s };
    QTest::newRow("fractional days") << minimal(R"([{"title": "a", "due": {"days": 1.5}}])")
                                     << QStringList { u"step 1"_s, u"“days”"_s, u"1.5"_s };
    QTest::newRow("days as text") << minimal(R"([{"title": "a", "due": {"days": "7"}}])")
                                  << QStringList { u"step 1"_s, u"“days”"_s, u"“7”"_s };
    QTest::newRow("days out of range")
        << minimal(R"([{"title": "a", "due": {"days": -4000}}])") << QStringList { u"step 1"_s, u"-4000"_s };
    QTest::newRow("due without days") << minimal(R"([{"title": "a", "due": {"from": "start"}}])")
                                      << QStringList { u"step 1"_s, u"“days”"_s };
    QTest::newRow("due not an object")
        << minimal(R"([{"title": "a", "due": 7}])") << QStringList { u"step 1"_s, u"“due”"_s };
    QTest::newRow("unknown role") << minimal(R"([{"title": "a", "owner_role": "intern"}])")
                                  << QStringList { u"step 1"_s, u"“owner_role”"_s, u"intern"_s };
    QTest::newRow("required not bool")
        << minimal(R"([{"title": "a", "required": "yes"}])") << QStringList { u"step 1"_s, u"“required”"_s };
    QTest::newRow("every problem at once") << minimal(
        R"([{"title": ""}, {"title": "b", "owner_role": "x"}, {"title": "c", "due": {"days": 0.5}}])")
                                           << QStringList { u"step 1"_s, u"step 2"_s, u"step 3"_s };
}

void TestPlaybookTemplate::refusesWithErrorsNamingStepAndMember()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mentions);
    QString error;
    QVERIFY(!PlaybookTemplate::fromJson(json, &error));
    for (const QString &m : mentions)
        QVERIFY2(error.contains(m), qPrintable(u"“%1” not in: %2"_s.arg(m, error)));
    // A list reports the same.
    QString listError;
    if (json.startsWith("{\"id\": \"x\"")) {
        QVERIFY(!PlaybookTemplate::listFromJson("[" + json + "]", &listError));
        QVERIFY2(listError.contains(mentions.first()), qPrintable(listError));
    }
}

void TestPlaybookTemplate::readsAListOfTemplates()
{
    QString error;
    const QByteArray one = R"({"id": "a", "name": "A", "steps": [{"title": "s"}]})";
    const QByteArray two = R"({"id": "b", "name": "B", "steps": [{"title": "s"}]})";
    auto list = PlaybookTemplate::listFromJson("[" + one + ", " + two + "]", &error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(1).id, u"b"_s);
    list = PlaybookTemplate::listFromJson(R"({"templates": [)" + one + "]}", &error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->size(), 1);
    list = PlaybookTemplate::listFromJson(one, &error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->at(0).origin, PlaybookTemplate::Origin::Published);
    QVERIFY(!PlaybookTemplate::listFromJson(R"({"templates": 3})", &error));
    QVERIFY(error.contains(u"“templates”"_s));
    QVERIFY(!PlaybookTemplate::listFromJson(R"({"templates": [], "extra": 1})", &error));
    QVERIFY(error.contains(u"“extra”"_s));
    QVERIFY(!PlaybookTemplate::listFromJson("[1]", &error));
    QVERIFY(error.contains(u"Template 1"_s));
}

void TestPlaybookTemplate::refusesDuplicateIdsInAList()
{
    QString error;
    const QByteArray one = R"({"id": "a", "name": "A", "steps": [{"title": "s"}]})";
    QVERIFY(!PlaybookTemplate::listFromJson("[" + one + ", " + one + "]", &error));
    QVERIFY2(error.contains(u"“a”"_s) && error.contains(u"twice"_s), qPrintable(error));
}

void TestPlaybookTemplate::dueFromTheStart()
{
    const PlaybookTemplate t
        = templateOf({ step(u"a"_s, PlaybookAnchor::Start, 0), step(u"b"_s, PlaybookAnchor::Start, 2),
                       step(u"c"_s, PlaybookAnchor::Start, 90) });
    const PlaybookSchedule s = PlaybookSchedule::compute(t, { d("2026-11-20"), d("2027-06-30"), {} });
    QCOMPARE(s.start, d("2026-11-20"));
    QCOMPARE(s.due, (QList<QDate> { d("2026-11-20"), d("2026-11-22"), d("2027-02-18") }));
    QVERIFY(!s.renewalAssumed);
    QCOMPARE(s.clampedSteps, 0);
    QVERIFY(s.notes().isEmpty());
    // Without a start day: today.
    QCOMPARE(PlaybookSchedule::compute(t, {}).start, QDate::currentDate());
}

void TestPlaybookTemplate::dueFromTheRenewalWithNegativeOffsets()
{
    const PlaybookTemplate renewal = *PlaybookTemplate::builtIn(u"renewal"_s);
    const PlaybookSchedule s = PlaybookSchedule::compute(renewal, { d("2026-11-20"), d("2027-06-30"), {} });
    QCOMPARE(s.due, (QList<QDate> { d("2027-03-02"), d("2027-04-01"), d("2027-05-01"), d("2027-05-31") }));
    QCOMPARE(s.renewal, d("2027-06-30"));
    QVERIFY(!s.renewalAssumed);
    QVERIFY(s.notes().isEmpty());
    // Positive offsets from the renewal (a check-in after it) count forward.
    const PlaybookTemplate after = templateOf({ step(u"a"_s, PlaybookAnchor::Renewal, 14) });
    QCOMPARE(PlaybookSchedule::compute(after, { d("2026-11-20"), d("2027-06-30"), {} }).due.first(),
             d("2027-07-14"));
}

void TestPlaybookTemplate::missingRenewalDateIsAssumedAndSaid()
{
    const PlaybookTemplate renewal = *PlaybookTemplate::builtIn(u"renewal"_s);
    const PlaybookSchedule s = PlaybookSchedule::compute(renewal, { d("2026-11-20"), {}, {} });
    QVERIFY(s.renewalAssumed);
    // As far after the start as the earliest step before it: 120 days; same spacing.
    QCOMPARE(s.renewal, d("2027-03-20"));
    QCOMPARE(s.due, (QList<QDate> { d("2026-11-20"), d("2026-12-20"), d("2027-01-19"), d("2027-02-18") }));
    QCOMPARE(s.clampedSteps, 0);
    QCOMPARE(s.notes().size(), 1);
    QVERIFY2(s.notes().first().contains(u"no renewal date"_s) && s.notes().first().contains(u"2027-03-20"_s),
             qPrintable(s.notes().first()));
    // Only steps after the renewal: it is assumed on the start day.
    const PlaybookTemplate after = templateOf({ step(u"a"_s, PlaybookAnchor::Renewal, 10) });
    const PlaybookSchedule a = PlaybookSchedule::compute(after, { d("2026-11-20"), {}, {} });
    QVERIFY(a.renewalAssumed);
    QCOMPARE(a.renewal, d("2026-11-20"));
    QCOMPARE(a.due.first(), d("2026-11-30"));
    // A template that never looks at the renewal assumes nothing.
    const PlaybookSchedule o
        = PlaybookSchedule::compute(*PlaybookTemplate::builtIn(u"onboarding"_s), { d("2026-11-20"), {}, {} });
    QVERIFY(!o.renewalAssumed);
    QVERIFY(o.notes().isEmpty());
}

void TestPlaybookTemplate::stepsBeforeTheStartAreDueOnTheStartDay()
{
    // A Renewal play started 45 days before the renewal: −120, −90 and −60 are past.
    const PlaybookTemplate renewal = *PlaybookTemplate::builtIn(u"renewal"_s);
    const PlaybookSchedule s = PlaybookSchedule::compute(renewal, { d("2027-05-16"), d("2027-06-30"), {} });
    QCOMPARE(s.due, (QList<QDate> { d("2027-05-16"), d("2027-05-16"), d("2027-05-16"), d("2027-05-31") }));
    QCOMPARE(s.clampedSteps, 3);
    QVERIFY(!s.renewalAssumed);
    QCOMPARE(s.notes().size(), 1);
    QVERIFY2(s.notes().first().contains(u"3 step"_s), qPrintable(s.notes().first()));
    // The raw arithmetic is still available.
    QCOMPARE(PlaybookSchedule::rawDue(renewal.steps.first(), d("2027-05-16"), d("2027-06-30"), {}),
             d("2027-03-02"));
    // A renewal date already past: everything on the start day.
    const PlaybookSchedule late
        = PlaybookSchedule::compute(renewal, { d("2027-08-01"), d("2027-06-30"), {} });
    QCOMPARE(late.clampedSteps, 4);
    QCOMPARE(late.due.last(), d("2027-08-01"));
}

void TestPlaybookTemplate::leapYears_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("renewal");
    QTest::addColumn<int>("fromStart");
    QTest::addColumn<int>("fromRenewal");
    QTest::addColumn<QDate>("dueStart");
    QTest::addColumn<QDate>("dueRenewal");
    QTest::newRow("into a leap day") << d("2028-02-28") << d("2029-02-28") << 1 << -365 << d("2028-02-29")
                                     << d("2028-02-29");
    QTest::newRow("across a leap day")
        << d("2028-02-01") << d("2028-03-31") << 30 << -31 << d("2028-03-02") << d("2028-02-29");
    QTest::newRow("from a leap day") << d("2028-02-29") << d("2029-03-01") << 365 << -366 << d("2029-02-28")
                                     << d("2028-02-29");
    QTest::newRow("non-leap February")
        << d("2027-02-01") << d("2027-03-31") << 30 << -31 << d("2027-03-03") << d("2027-02-28");
    QTest::newRow("a year of 366 days")
        << d("2028-01-01") << d("2029-01-01") << 365 << -366 << d("2028-12-31") << d("2028-01-01");
    QTest::newRow("century non-leap 2100")
        << d("2100-02-28") << d("2100-03-31") << 1 << -31 << d("2100-03-01") << d("2100-02-28");
}

void TestPlaybookTemplate::leapYears()
{
    QFETCH(QDate, start);
    QFETCH(QDate, renewal);
    QFETCH(int, fromStart);
    QFETCH(int, fromRenewal);
    QFETCH(QDate, dueStart);
    QFETCH(QDate, dueRenewal);
    const PlaybookTemplate t = templateOf({ step(u"a"_s, PlaybookAnchor::Start, fromStart),
                                            step(u"b"_s, PlaybookAnchor::Renewal, fromRenewal) });
    const PlaybookSchedule s = PlaybookSchedule::compute(t, { start, renewal, {} });
    QCOMPARE(s.due.at(0), dueStart);
    QCOMPARE(s.due.at(1), dueRenewal);
}

void TestPlaybookTemplate::missingContractStartCountsFromTheStart()
{
    const PlaybookTemplate t = templateOf({ step(u"a"_s, PlaybookAnchor::ContractStart, 30) });
    const PlaybookSchedule with = PlaybookSchedule::compute(t, { d("2026-11-20"), {}, d("2026-11-01") });
    QCOMPARE(with.due.first(), d("2026-12-01"));
    QVERIFY(!with.contractStartAssumed);
    const PlaybookSchedule without = PlaybookSchedule::compute(t, { d("2026-11-20"), {}, {} });
    QCOMPARE(without.due.first(), d("2026-12-20"));
    QVERIFY(without.contractStartAssumed);
    QVERIFY(without.notes().join(u' ').contains(u"contract start"_s));
}

void TestPlaybookTemplate::undatedStepsHaveNoDueDate()
{
    const PlaybookTemplate t = templateOf(
        { step(u"a"_s, PlaybookAnchor::Renewal, 0, false), step(u"b"_s, PlaybookAnchor::Start, 3) });
    const PlaybookSchedule s = PlaybookSchedule::compute(t, { d("2026-11-20"), {}, {} });
    QVERIFY(!s.due.at(0).isValid());
    QCOMPARE(s.due.at(1), d("2026-11-23"));
    QVERIFY(!s.renewalAssumed); // the undated step does not count
}

void TestPlaybookTemplate::dueRuleLabels()
{
    QCOMPARE(Playbook::dueRuleLabel(step(u"a"_s, PlaybookAnchor::Start, 7)), u"Day 7"_s);
    QVERIFY(Playbook::dueRuleLabel(step(u"a"_s, PlaybookAnchor::Renewal, -90)).contains(u"90"_s));
    QVERIFY(Playbook::dueRuleLabel(step(u"a"_s, PlaybookAnchor::Renewal, -90)).startsWith(u"Renewal"_s));
    QCOMPARE(Playbook::dueRuleLabel(step(u"a"_s, PlaybookAnchor::Start, 0, false)), u"No due date"_s);
    QCOMPARE(Playbook::anchorFromKeyword(u"contract_start"_s), PlaybookAnchor::ContractStart);
    QVERIFY(!Playbook::anchorFromKeyword(u"Start"_s));
    QCOMPARE(Playbook::ownerRoleLabel(u"csm"_s), u"CSM"_s);
    QCOMPARE(Playbook::ownerRoleLabel(u"unheard"_s), u"unheard"_s);
}

void TestPlaybookTemplate::publishedWinsOverLocalOverBuiltIn()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(u"c.sqlite"_s), &error), qPrintable(error));
    PlaybookTemplateStore store(db);
    QCOMPARE(store.templates().size(), 5);
    QCOMPARE(store.find(u"renewal"_s)->origin, PlaybookTemplate::Origin::BuiltIn);
    QVERIFY(!store.find(u"nope"_s));
    QVERIFY2(store.lastError().contains(u"nope"_s) && store.lastError().contains(u"onboarding"_s),
             qPrintable(store.lastError()));

    // The user adapts the built-in Renewal and adds their own.
    PlaybookTemplate mine = *PlaybookTemplate::builtIn(u"renewal"_s);
    mine.name = u"Renewal (my way)"_s;
    mine.steps.removeLast();
    QVERIFY2(store.saveLocal(mine, u"U1"_s), qPrintable(store.lastError()));
    PlaybookTemplate extra;
    extra.id = u"exec-refresh"_s;
    extra.name = u"Exec refresh"_s;
    extra.steps = { step(u"Call"_s, PlaybookAnchor::Start, 1) };
    QVERIFY(store.saveLocal(extra, u"U1"_s));
    QCOMPARE(store.find(u"renewal"_s)->name, u"Renewal (my way)"_s);
    QCOMPARE(store.find(u"renewal"_s)->origin, PlaybookTemplate::Origin::Local);
    QCOMPARE(store.find(u"renewal"_s)->steps.size(), 3);
    QCOMPARE(store.templates().size(), 6);
    QCOMPARE(store.templates().at(2).id, u"renewal"_s); // keeps the built-in's place
    QCOMPARE(store.templates().last().id, u"exec-refresh"_s);

    // CS Ops publishes a Renewal: it wins; the local one stays, shadowed.
    PlaybookTemplate published = *PlaybookTemplate::builtIn(u"renewal"_s);
    published.name = u"Renewal FY27"_s;
    QSqlQuery q(db.connection());
    q.prepare(u"INSERT INTO config_documents (name, content, source, imported_at) VALUES (?, ?, ?, ?)"_s);
    for (const QVariant &v : QVariantList { PlaybookTemplateStore::documentName(),
                                            QString::fromUtf8(PlaybookTemplate::listToJson({ published })),
                                            PlaybookTemplateStore::fileName(), u"2026-11-01T00:00:00Z"_s })
        q.addBindValue(v);
    QVERIFY(q.exec());
    QCOMPARE(store.find(u"renewal"_s)->name, u"Renewal FY27"_s);
    QCOMPARE(store.find(u"renewal"_s)->origin, PlaybookTemplate::Origin::Published);
    QCOMPARE(store.templates().size(), 6);
    const QList<PlaybookTemplateStore::Entry> entries = store.entries();
    QCOMPARE(entries.size(), 7);
    QVERIFY(entries.last().shadowed);
    QCOMPARE(entries.last().tmpl.name, u"Renewal (my way)"_s);
    QVERIFY(entries.at(2).replacesBuiltIn);

    // Removing the local one: the published one still holds; the built-in is back for the
    // other id.
    QVERIFY(store.removeLocal(u"renewal"_s));
    QVERIFY(!store.removeLocal(u"renewal"_s));
    QVERIFY(store.lastError().contains(u"renewal"_s));
    QCOMPARE(store.entries().size(), 6);
    QVERIFY(q.exec(u"DELETE FROM config_documents"_s));
    QCOMPARE(store.find(u"renewal"_s)->origin, PlaybookTemplate::Origin::BuiltIn);
    QCOMPARE(store.local().size(), 1);

    // A broken published document (hand-edited cache) is ignored, with a message.
    QVERIFY(
        q.exec(u"INSERT INTO config_documents (name, content, source, imported_at) VALUES"
               " ('playbook_templates', '[{\"id\": \"x\"}]', 'playbook-templates.json', '2026-11-01')"_s));
    QCOMPARE(store.templates().size(), 6);
    QVERIFY2(store.lastError().contains(u"playbook-templates.json"_s), qPrintable(store.lastError()));
}

void TestPlaybookTemplate::saveLocalValidates()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(u"c.sqlite"_s), &error), qPrintable(error));
    PlaybookTemplateStore store(db);
    PlaybookTemplate bad;
    bad.id = u"Bad Id"_s;
    bad.name = u"X"_s;
    bad.steps = { step(QString(), PlaybookAnchor::Start, 1) };
    QVERIFY(!store.saveLocal(bad, u"U1"_s));
    QVERIFY2(store.lastError().contains(u"step 1"_s) && store.lastError().contains(u"lower-case"_s),
             qPrintable(store.lastError()));
    QCOMPARE(store.local().size(), 0);
}

void TestPlaybookTemplate::builtInTextsAreTranslatedOnDisplay()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(u"c.sqlite"_s), &error), qPrintable(error));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"INSERT INTO accounts (id, name) VALUES ('A1', 'Acme')"_s));
    PlaybookStore store(db, u"U1"_s);
    const QString builtInId = store.start(u"A1"_s, u"onboarding"_s);
    QVERIFY2(!builtInId.isEmpty(), qPrintable(store.lastError()));
    PlaybookTemplate local = *PlaybookTemplate::builtIn(u"qbr_preparation"_s);
    local.id = u"my-qbr"_s;
    local.origin = PlaybookTemplate::Origin::Local;
    const QString localId = store.start(u"A1"_s, local);
    QVERIFY2(!localId.isEmpty(), qPrintable(store.lastError()));

    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const PlaybookTemplate onboarding = *PlaybookTemplate::builtIn(u"onboarding"_s);
    QCOMPARE(onboarding.displayName(), u"【Onboarding: the golden 90 days】"_s);
    QCOMPARE(onboarding.displayStepTitle(1), u"【Hold the kickoff call】"_s);
    QVERIFY(onboarding.displayStepGuidance(1).startsWith(u"【Introduce"_s));
    QCOMPARE(onboarding.name, u"Onboarding: the golden 90 days"_s); // the source stays English
    // A running playbook from a built-in shows in the user's language; one from a local
    // template shows the words its author wrote.
    const PlaybookStore::Instance a = *store.instance(builtInId);
    QCOMPARE(a.displayName(), u"【Onboarding: the golden 90 days】"_s);
    QCOMPARE(a.steps.at(1).displayTitle(), u"【Hold the kickoff call】"_s);
    QCOMPARE(a.steps.at(1).title, u"Hold the kickoff call"_s);
    const PlaybookStore::Instance b = *store.instance(localId);
    QCOMPARE(b.displayName(), u"QBR preparation"_s);
    QCOMPARE(b.steps.at(0).displayTitle(), u"Book the QBR with the sponsor"_s);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(a.displayName(), u"Onboarding: the golden 90 days"_s);
}

QTEST_GUILESS_MAIN(TestPlaybookTemplate)
#include "tst_playbooktemplate.moc"
