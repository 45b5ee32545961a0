#include "DemoAccountGenerator.h"

#include "DemoCatalog.h"
#include "DemoCsvFile.h"
#include "DemoOrganisation.h"
#include "DemoRandom.h"

#include <QDate>
#include <algorithm>
#include <cmath>
#include <cstring>

using namespace DemoCatalog;

enum class DemoTrajectory
{
    Growing,
    Flat,
    Declining
};

struct DemoContact
{
    QByteArray id;
    ContactRole role;
    bool left = false;
    bool hanzi = false;
    qint64 createdSecs = 0;
};

struct DemoAccountPlan
{
    QByteArray id;
    DemoCompanyName company;
    const Country *country = nullptr;
    const Industry *industry = nullptr;
    Region region = Region::NorthAmerica;
    Segment segment = Segment::Smb;
    bool chinese = false; // Chinese company name and, mostly, Chinese texts
    const DemoUser *owner = nullptr;
    qint64 createdSecs = 0;
    qint64 createdJd = 0;
    double health = 0; // latent: drives every signal and the renewal outcome
    DemoTrajectory trajectory = DemoTrajectory::Flat;
    int termMonths = 12;
    QList<qint64> renewals; // contract anniversaries before today; the last is the churn when churned
    bool churned = false;
    bool pending = false; // renewal date passed, still being negotiated
    qint64 churnJd = 0;
    qint64 contractStartJd = 0;
    qint64 renewalJd = 0;
    qint64 arr = 0;
    bool cny = false;
    int licenses = 0;
    bool openExpansion = false;
    const char *stage = "adoption";
    QList<DemoContact> contacts;

    // Usage shape, pinned at the anchor (today, or the churn date) and read backwards.
    qint64 anchorJd = 0;
    double level = 0.7; // licence utilisation at the anchor
    double slope = 0; // utilisation gained per week (growing/flat)
    double startLevel = 0.7; // utilisation before a decline began
    double declineWeeks = 1;
    double activeRatio = 0.75; // weekly active users per seat in use
    double adoption = 60; // core feature adoption % at the anchor
    double adoptionStart = 60; // before a decline
    double adoptionSlope = 0; // % per week (growing/flat)
};

namespace {

constexpr qint64 unixEpochJulianDay = 2440588;
constexpr qint64 daySeconds = 86400;

// h + noise below this churns at a renewal: about 12% of the accounts that had one.
constexpr double churnThreshold = -1.58;

// Per-entity random streams of an account: changing how cases are drawn does not
// change its usage.
enum Stream : quint64
{
    PlanStream,
    ContactStream,
    OpportunityStream,
    CaseStream,
    UsageStream,
    NpsStream,
    ActivityStream
};

qint64 secondsOfDay(qint64 julianDay)
{
    return (julianDay - unixEpochJulianDay) * daySeconds;
}

qint64 dayOfSeconds(qint64 seconds)
{
    const qint64 days = seconds >= 0 ? seconds / daySeconds : (seconds - daySeconds + 1) / daySeconds;
    return days + unixEpochJulianDay;
}

qint64 roundTo(double value, qint64 step)
{
    return qint64(std::floor(value / double(step) + 0.5)) * step;
}

qint64 roundInt(double value)
{
    return qint64(std::floor(value + 0.5));
}

double bound(double value, double lo, double hi)
{
    return value < lo ? lo : (value > hi ? hi : value);
}

qint64 addMonths(qint64 julianDay, int months)
{
    return QDate::fromJulianDay(julianDay).addMonths(months).toJulianDay();
}

QByteArray sequenceId(const char *prefix, qint64 number, int width)
{
    return prefix + QByteArray::number(number).rightJustified(width, '0');
}

const char *say(const Phrase &phrase, bool chinese)
{
    return chinese ? phrase.zh : phrase.en;
}

double weeksBetween(qint64 fromJd, qint64 toJd)
{
    return double(toJd - fromJd) / 7.0;
}

const Country &pickCountry(DemoRandom &rng, Region region)
{
    int total = 0;
    for (const Country &c : countries()) {
        if (c.region == region)
            total += c.weight;
    }
    int r = rng.between(0, total - 1);
    for (const Country &c : countries()) {
        if (c.region != region)
            continue;
        if (r < c.weight)
            return c;
        r -= c.weight;
    }
    return countries().front();
}

const Industry &pickIndustry(DemoRandom &rng)
{
    int total = 0;
    for (const Industry &i : industries())
        total += i.weight;
    int r = rng.between(0, total - 1);
    for (const Industry &i : industries()) {
        if (r < i.weight)
            return i;
        r -= i.weight;
    }
    return industries().front();
}

// Utilisation (or adoption) at `weeksBefore` the anchor for a declining account:
// flat at `start` until the decline began, then linear down to `end` at the anchor.
double declineCurve(double weeksBefore, double declineWeeks, double start, double end)
{
    if (weeksBefore >= declineWeeks)
        return start;
    return end + (start - end) * (weeksBefore / declineWeeks);
}

} // namespace

DemoAccountGenerator::DemoAccountGenerator(quint64 seed, int usageWeeks, qint64 asOfJulianDay,
                                           DemoOrganisation &organisation, const Files &files)
    : m_seed(seed)
    , m_weeks(qMax(0, usageWeeks))
    , m_asOfJd(asOfJulianDay)
    , m_nowSecs(secondsOfDay(asOfJulianDay))
    , m_organisation(organisation)
    , m_files(files)
{
    const QDate asOf = QDate::fromJulianDay(m_asOfJd);
    m_outcomeWindowJd = addMonths(m_asOfJd, -18);
    const qint64 lastMonday = m_asOfJd - (asOf.dayOfWeek() - 1);
    m_firstMondayJd = lastMonday - 7 * qint64(qMax(0, m_weeks - 1));
    // At least half a year of support, survey and activity history, even for short usage.
    m_historyStartJd = qMin(m_firstMondayJd, m_asOfJd - 182);

    for (int w = 0; w < m_weeks; ++w) {
        const qint64 monday = m_firstMondayJd + 7 * w;
        QByteArray formatted;
        DemoCsvFile::appendDate(formatted, monday);
        m_weekDates.append(formatted);
        const QDate d = QDate::fromJulianDay(monday);
        m_holidayWeek.append((d.month() == 12 && d.day() >= 21) || (d.month() == 1 && d.day() <= 3));
    }

    // Relationship surveys go out on the 10th of each quarter's first month.
    QDate month = QDate::fromJulianDay(m_historyStartJd);
    month = QDate(month.year(), month.month(), 1);
    for (; month.toJulianDay() < m_asOfJd; month = month.addMonths(1)) {
        const qint64 day = QDate(month.year(), month.month(), 10).toJulianDay();
        if ((month.month() - 1) % 3 == 0 && day >= m_historyStartJd && day < m_asOfJd)
            m_surveyDays.append(day);
    }
}

void DemoAccountGenerator::generate(qint64 index)
{
    const auto stream = [&](Stream s) {
        return DemoRandom(m_seed, quint64(index) * 16 + s);
    };
    DemoAccountPlan a;
    DemoRandom planRng = stream(PlanStream);
    plan(a, planRng, index);
    writeAccount(a);
    DemoRandom contactRng = stream(ContactStream);
    writeContacts(a, contactRng);
    DemoRandom opportunityRng = stream(OpportunityStream);
    writeOpportunities(a, opportunityRng);
    DemoRandom caseRng = stream(CaseStream);
    writeCases(a, caseRng);
    DemoRandom usageRng = stream(UsageStream);
    writeUsage(a, usageRng);
    DemoRandom npsRng = stream(NpsStream);
    writeNps(a, npsRng);
    DemoRandom activityRng = stream(ActivityStream);
    writeActivities(a, activityRng);
}

qint64 DemoAccountGenerator::stamp(const DemoAccountPlan &a, qint64 julianDay, DemoRandom &rng,
                                   bool workday) const
{
    if (workday) {
        const qint64 weekday = julianDay % 7; // 0 = Monday
        if (weekday == 5)
            julianDay -= 1;
        else if (weekday == 6)
            julianDay += julianDay + 1 < m_asOfJd ? 1 : -2;
    }
    const int localHour = rng.between(8, 17);
    qint64 s = secondsOfDay(julianDay) + qint64(localHour - a.country->utcOffset) * 3600
        + rng.between(0, 59) * 60 + rng.between(0, 59);
    if (s >= m_nowSecs)
        s = m_nowSecs - rng.between(600, 6 * 3600);
    return s;
}

void DemoAccountGenerator::plan(DemoAccountPlan &a, DemoRandom &rng, qint64 index)
{
    a.id = sequenceId("ACC-", index + 1, 6);
    a.region = static_cast<Region>(rng.weighted(regionShares));
    a.country = &pickCountry(rng, a.region);
    a.segment = static_cast<Segment>(rng.weighted(segmentShares));
    a.industry = &pickIndustry(rng);

    const bool southeastAsia = a.country->culture == Culture::SoutheastAsian;
    a.chinese
        = a.region == Region::GreaterChina ? rng.chance(0.92) : rng.chance(southeastAsia ? 0.15 : 0.015);
    a.company = a.chinese ? m_names.chineseCompany(rng, *a.country, *a.industry)
                          : m_names.englishCompany(rng, *a.country, *a.industry);

    using Desk = DemoOrganisation::Desk;
    Desk desk = Desk::GreaterChina;
    if (a.region != Region::GreaterChina)
        desk = a.segment == Segment::Enterprise ? Desk::Enterprise
            : a.segment == Segment::MidMarket   ? Desk::MidMarket
                                                : Desk::Smb;
    a.owner = &m_organisation.nextCsm(desk);

    // Tenure: a few accounts in their first 90 days, most one to seven years old.
    int tenureDays = 0;
    if (rng.chance(0.07)) {
        tenureDays = rng.between(3, 89);
    } else {
        const double u = rng.uniform();
        tenureDays = 90 + int((0.35 * u + 0.65 * u * u) * 2465);
    }
    a.createdSecs = stamp(a, m_asOfJd - tenureDays, rng);
    a.createdJd = dayOfSeconds(a.createdSecs);

    a.health = rng.normal()
        + (a.segment == Segment::Enterprise ? 0.2
               : a.segment == Segment::Smb  ? -0.1
                                            : 0.0);
    planContract(a, rng);

    // What the customer pays, and for how many seats.
    const double u = rng.uniform();
    double usd = 0;
    double pricePerSeat = 0;
    switch (a.segment) {
    case Segment::Enterprise:
        usd = double(roundTo(100000 + 1400000 * u * u * u, 1000));
        pricePerSeat = rng.uniform(600, 1100);
        break;
    case Segment::MidMarket:
        usd = double(roundTo(20000 + 130000 * u * u, 500));
        pricePerSeat = rng.uniform(400, 750);
        break;
    case Segment::Smb:
        usd = double(roundTo(2000 + 23000 * u * u, 100));
        pricePerSeat = rng.uniform(250, 500);
        break;
    }
    const double seats = usd / pricePerSeat;
    a.licenses = int(seats > 500      ? roundTo(seats, 10)
                         : seats > 50 ? roundTo(seats, 5)
                                      : qMax<qint64>(3, roundInt(seats)));
    a.cny = std::strcmp(a.country->code, "CN") == 0 && rng.chance(0.35);
    a.arr = a.cny ? roundTo(usd * 7, 1000) : qint64(usd);

    if (a.churned) {
        a.trajectory = DemoTrajectory::Declining;
    } else {
        const double t = a.health + 0.5 * rng.normal();
        a.trajectory = t > 0.75 ? DemoTrajectory::Growing
            : t < -0.85         ? DemoTrajectory::Declining
                                : DemoTrajectory::Flat;
    }
    const qint64 ageDays = m_asOfJd - a.createdJd;
    a.openExpansion = !a.churned && ageDays >= 90
        && (a.trajectory == DemoTrajectory::Growing
                ? rng.chance(0.7)
                : a.trajectory == DemoTrajectory::Flat && rng.chance(0.08));
    if (a.churned)
        a.stage = "churned";
    else if (ageDays < 90)
        a.stage = "onboarding";
    else if (a.trajectory == DemoTrajectory::Declining)
        a.stage = "at_risk";
    else if (a.renewalJd - m_asOfJd < 120)
        a.stage = "renewal";
    else if (a.openExpansion)
        a.stage = "expansion";
    else
        a.stage = "adoption";

    planUsageShape(a, rng);
}

void DemoAccountGenerator::planContract(DemoAccountPlan &a, DemoRandom &rng)
{
    switch (a.segment) {
    case Segment::Enterprise:
        a.termMonths = 12 * (1 + rng.weighted({ 75, 25 }));
        break;
    case Segment::MidMarket:
        a.termMonths = 12 * (1 + rng.weighted({ 85, 15 }));
        break;
    case Segment::Smb:
        a.termMonths = 12;
        break;
    }
    const qint64 start = a.createdJd;
    QList<qint64> past;
    qint64 next = 0;
    for (int k = 1;; ++k) {
        const qint64 anniversary = addMonths(start, a.termMonths * k);
        if (anniversary >= m_asOfJd) {
            next = anniversary;
            break;
        }
        past.append(anniversary);
    }

    // Renewals in the last 18 months have a known outcome; the weakest accounts lose one.
    QList<qsizetype> recent;
    for (qsizetype i = 0; i < past.size(); ++i) {
        if (past.at(i) >= m_outcomeWindowJd)
            recent.append(i);
    }
    qsizetype churnAt = -1;
    if (!recent.isEmpty()) {
        const double segmentBias = a.segment == Segment::Enterprise ? 0.3
            : a.segment == Segment::MidMarket                       ? 0.1
                                                                    : -0.15;
        if (a.health + 0.9 * rng.normal() + segmentBias < churnThreshold)
            churnAt = recent.at(rng.between(0, int(recent.size()) - 1));
    }

    if (churnAt >= 0) {
        a.churned = true;
        a.renewals = past.mid(0, churnAt + 1);
        a.churnJd = past.at(churnAt);
        a.contractStartJd = churnAt > 0 ? past.at(churnAt - 1) : start;
        a.renewalJd = a.churnJd; // the contract's end
        return;
    }
    a.renewals = past;
    if (!past.isEmpty() && m_asOfJd - past.last() <= 30 && rng.chance(0.3)) {
        a.pending = true;
        a.renewalJd = past.last();
        a.contractStartJd = past.size() > 1 ? past.at(past.size() - 2) : start;
        return;
    }
    a.contractStartJd = past.isEmpty() ? start : past.last();
    a.renewalJd = next;
}

void DemoAccountGenerator::planUsageShape(DemoAccountPlan &a, DemoRandom &rng)
{
    const double h = a.health;
    a.anchorJd = a.churned ? a.churnJd : m_asOfJd;
    switch (a.trajectory) {
    case DemoTrajectory::Growing:
        a.level = rng.uniform(0.85, 1.02);
        a.slope = rng.uniform(0.004, 0.009);
        a.activeRatio = bound(0.78 + 0.05 * h + 0.04 * rng.normal(), 0.55, 0.95);
        a.adoption = rng.uniform(68, 92);
        a.adoptionSlope = rng.uniform(0.15, 0.4);
        break;
    case DemoTrajectory::Flat:
        a.level = bound(0.68 + 0.08 * h + 0.1 * rng.normal(), 0.3, 0.95);
        a.slope = 0.0006 * rng.normal();
        a.activeRatio = bound(0.72 + 0.06 * h + 0.04 * rng.normal(), 0.5, 0.92);
        a.adoption = bound(58 + 8 * h + 6 * rng.normal(), 25, 85);
        a.adoptionSlope = 0.03 * rng.normal();
        break;
    case DemoTrajectory::Declining:
        if (a.churned && rng.chance(0.3)) {
            // Some customers leave with little warning (budget cut, acquisition).
            a.declineWeeks = rng.between(6, 16);
            a.level = rng.uniform(0.45, 0.75);
            a.startLevel = a.level + rng.uniform(0.0, 0.1);
            a.adoption = rng.uniform(35, 65);
            a.adoptionStart = a.adoption + rng.uniform(0, 8);
        } else if (a.churned) {
            a.declineWeeks = rng.between(12, 30);
            a.level = rng.uniform(0.15, 0.5);
            a.startLevel = qMin(0.95, a.level + rng.uniform(0.25, 0.45));
            a.adoption = rng.uniform(12, 35);
            a.adoptionStart = a.adoption + rng.uniform(15, 30);
        } else {
            a.declineWeeks = rng.between(10, 40);
            a.level = rng.uniform(0.3, 0.55);
            a.startLevel = qMin(0.95, a.level + rng.uniform(0.2, 0.4));
            a.adoption = rng.uniform(22, 45);
            a.adoptionStart = a.adoption + rng.uniform(12, 25);
        }
        a.activeRatio = bound(0.66 + 0.05 * h + 0.04 * rng.normal(), 0.45, 0.9);
        break;
    }
}

void DemoAccountGenerator::writeAccount(const DemoAccountPlan &a)
{
    DemoCsvFile &f = *m_files.accounts;
    f.plain(a.id)
        .text(a.company.name)
        .plain(a.owner->id)
        .plain(segmentName(a.segment))
        .text(a.industry->name);
    f.text(regionName(a.region))
        .plain(a.country->code)
        .plain(a.stage)
        .plain(a.churned ? "churned" : "active");
    f.integer(a.arr).plain(a.cny ? "CNY" : "USD").integer(a.licenses);
    f.date(a.contractStartJd).date(a.renewalJd).dateTime(a.createdSecs);
    f.text(QByteArray("www." + a.company.domain)).null();
    f.endRow();
}

void DemoAccountGenerator::writeContacts(DemoAccountPlan &a, DemoRandom &rng)
{
    using R = ContactRole;
    static constexpr R enterpriseRoles[]
        = { R::Champion, R::DecisionMaker, R::ExecutiveSponsor, R::Technical, R::Billing, R::User,
            R::User,     R::User };
    static constexpr R midMarketRoles[]
        = { R::Champion, R::DecisionMaker, R::Technical, R::Billing, R::ExecutiveSponsor, R::User };
    static constexpr R smbRoles[] = { R::Champion, R::DecisionMaker, R::Billing, R::User };
    std::span<const R> roles = smbRoles;
    int count = 0;
    switch (a.segment) {
    case Segment::Enterprise:
        roles = enterpriseRoles;
        count = rng.between(5, 8);
        break;
    case Segment::MidMarket:
        roles = midMarketRoles;
        count = rng.between(3, 6);
        break;
    case Segment::Smb:
        roles = smbRoles;
        count = rng.between(2, 4);
        break;
    }
    const bool hasChampion = rng.chance(0.92);
    const double championLeaves = 0.05 + (a.health < -0.6 ? 0.10 : 0.0) + (a.churned ? 0.10 : 0.0);
    const bool hongKong = std::strcmp(a.country->code, "HK") == 0;
    const Culture culture = a.chinese && (a.region == Region::GreaterChina || rng.chance(0.5))
        ? Culture::Chinese
        : a.country->culture;
    const double westernShare = hongKong ? 0.5 : 0.12;
    const qint64 lastSecs = a.churned ? secondsOfDay(a.churnJd) : m_nowSecs;

    QList<QByteArray> emails;
    const auto addContact = [&](R role, bool left, qint64 createdSecs) {
        DemoContact c;
        c.id = sequenceId("CON-", ++m_contactSeq, 7);
        c.role = role;
        c.left = left;
        c.createdSecs = qMin(createdSecs, m_nowSecs - 60);
        const DemoPersonName name = DemoNames::person(rng, culture, westernShare);
        c.hanzi = name.hanzi;
        QByteArray local = name.emailLocal;
        for (int n = 2; emails.contains(local); ++n)
            local = name.emailLocal + QByteArray::number(n);
        emails.append(local);
        const bool chineseTitle = name.hanzi || (a.chinese && rng.chance(0.8));
        DemoCsvFile &f = *m_files.contacts;
        f.plain(c.id)
            .plain(a.id)
            .text(name.first)
            .text(name.last)
            .text(QByteArray(local + '@' + a.company.domain));
        f.text(say(rng.pick(contactTitles(role)), chineseTitle))
            .text(DemoNames::phone(rng, a.country->phone));
        f.plain(contactRoleName(role)).plain(left ? "left" : "active").dateTime(c.createdSecs);
        f.endRow();
        a.contacts.append(c);
    };

    bool championLeft = false;
    for (int i = 0; i < count; ++i) {
        R role = roles[std::size_t(i)];
        if (role == R::Champion && !hasChampion)
            role = R::User;
        const bool left = role == R::Champion ? rng.chance(championLeaves) : rng.chance(0.03);
        championLeft = championLeft || (role == R::Champion && left);
        // The first contacts came with the deal; later ones joined over time.
        const qint64 created = i < 3
            ? a.createdSecs + rng.between(0, 30) * daySeconds + rng.between(0, 36000)
            : a.createdSecs + qint64(rng.uniform() * double(lastSecs - a.createdSecs));
        addContact(role, left, created);
    }
    if (championLeft && rng.chance(0.6)) {
        const qint64 from = qMax(a.createdSecs, lastSecs - 200 * daySeconds);
        addContact(R::Champion, false, from + qint64(rng.uniform() * double(lastSecs - from)));
    }
}

const QByteArray &DemoAccountGenerator::randomContactId(const DemoAccountPlan &a, DemoRandom &rng,
                                                        double share) const
{
    static const QByteArray none;
    if (a.contacts.isEmpty() || !rng.chance(share))
        return none;
    return a.contacts.at(rng.between(0, int(a.contacts.size()) - 1)).id;
}

void DemoAccountGenerator::writeOpportunity(const DemoAccountPlan &a, const QByteArray &name,
                                            const char *type, const char *stage, qint64 amount,
                                            qint64 closeJd, bool closed, bool won, qint64 createdSecs)
{
    DemoCsvFile &f = *m_files.opportunities;
    f.plain(sequenceId("OPP-", ++m_opportunitySeq, 7)).plain(a.id).text(name).plain(type).text(stage);
    f.integer(amount).date(closeJd).boolean(closed).boolean(won).plain(a.owner->id).dateTime(createdSecs);
    f.endRow();
}

void DemoAccountGenerator::writeOpportunities(const DemoAccountPlan &a, DemoRandom &rng)
{
    const bool zh = a.chinese;
    const qint64 step = a.cny ? 1000 : a.segment == Segment::Smb ? 100 : 500;
    const auto renewalName = [&](qint64 jd) {
        const QByteArray year = QByteArray::number(QDate::fromJulianDay(jd).year());
        return zh ? QByteArray(a.company.name + ' ' + year + "年续约")
                  : QByteArray(a.company.name + " Renewal " + year);
    };
    const auto createdOn = [&](qint64 day) {
        return qMax(a.createdSecs, stamp(a, qBound(a.createdJd, day, m_asOfJd - 1), rng));
    };
    const auto createdBefore = [&](qint64 jd, int minDays, int maxDays) {
        return createdOn(jd - rng.between(minDays, maxDays));
    };

    // One renewal per contract anniversary: won, lost (the churn) or still open.
    for (qsizetype i = 0; i < a.renewals.size(); ++i) {
        const qint64 jd = a.renewals.at(i);
        const bool last = i == a.renewals.size() - 1;
        // Growing customers paid less in earlier years.
        const double earlier
            = a.trajectory == DemoTrajectory::Growing ? 0.07 * double(a.renewals.size() - 1 - i) : 0.0;
        const qint64 amount = roundTo(double(a.arr) * qMax(0.6, 1.0 - earlier), step);
        const qint64 created = createdBefore(jd, 90, 150);
        if (last && a.pending) {
            writeOpportunity(a, renewalName(jd), "renewal", "Negotiation", amount,
                             m_asOfJd + rng.between(3, 30), false, false, created);
        } else if (last && a.churned) {
            writeOpportunity(a, renewalName(jd), "renewal", "Closed Lost", amount, jd - rng.between(0, 14),
                             true, false, created);
        } else {
            writeOpportunity(a, renewalName(jd), "renewal", "Closed Won", amount, jd - rng.between(0, 25),
                             true, true, created);
        }
    }

    if (!a.churned && !a.pending) {
        const qint64 days = a.renewalJd - m_asOfJd;
        const char *stage = days > 120 ? "Prospecting"
            : days > 60                ? "Qualification"
            : days > 30                ? "Proposal"
                                       : "Negotiation";
        const double factor = a.trajectory == DemoTrajectory::Declining ? rng.uniform(0.8, 0.95) : 1.0;
        // Renewals are opened about half a year ahead, far-off ones at contract start.
        qint64 openedDay = a.renewalJd - rng.between(150, 200);
        if (openedDay >= m_asOfJd)
            openedDay = a.contractStartJd + rng.between(0, 30);
        const qint64 created = createdOn(openedDay);
        writeOpportunity(a, renewalName(a.renewalJd), "renewal", stage, roundTo(double(a.arr) * factor, step),
                         a.renewalJd, false, false, created);
    }

    const auto expansionName = [&](qint64 seats) {
        const QByteArray n = QByteArray::number(seats);
        return zh ? QByteArray(a.company.name + " 扩容 " + n + " 席位")
                  : QByteArray(a.company.name + " Expansion +" + n + " seats");
    };
    const auto expansionSeats = [&] {
        return qMax<qint64>(5, roundTo(a.licenses * rng.uniform(0.1, 0.4), 5));
    };
    const auto expansionAmount = [&](qint64 seats) {
        return qMax(step, roundTo(double(a.arr) * double(seats) / double(a.licenses), step));
    };
    const qint64 ageDays = m_asOfJd - a.createdJd;
    if (!a.churned && a.trajectory == DemoTrajectory::Growing && ageDays > 180) {
        const int outcome = rng.weighted({ 45, 15, 40 }); // won, lost, none
        if (outcome < 2) {
            const qint64 seats = expansionSeats();
            const qint64 close = m_asOfJd - rng.between(30, int(qMin<qint64>(360, ageDays - 30)));
            writeOpportunity(a, expansionName(seats), "expansion",
                             outcome == 0 ? "Closed Won" : "Closed Lost", expansionAmount(seats), close, true,
                             outcome == 0, createdBefore(close, 30, 90));
        }
    }
    if (a.openExpansion) {
        static constexpr const char *stages[] = { "Qualification", "Proposal", "Negotiation" };
        const qint64 seats = expansionSeats();
        writeOpportunity(a, expansionName(seats), "expansion", stages[rng.weighted({ 45, 35, 20 })],
                         expansionAmount(seats), m_asOfJd + rng.between(14, 150), false, false,
                         createdBefore(m_asOfJd, 10, 90));
    }
}

void DemoAccountGenerator::writeCases(const DemoAccountPlan &a, DemoRandom &rng)
{
    const qint64 from = qMax(m_historyStartJd, a.createdJd);
    const qint64 to = a.churned ? a.churnJd : m_asOfJd; // exclusive
    if (to <= from)
        return;
    const qint64 days = to - from;
    const double h = a.health;
    const bool declining = a.trajectory == DemoTrajectory::Declining;
    const double perYear = a.segment == Segment::Enterprise ? 14 : a.segment == Segment::MidMarket ? 7 : 3;
    const double factor = (1 + 0.45 * qMax(0.0, -h)) * rng.uniform(0.6, 1.4) * (a.churned ? 1.3 : 1.0)
        * (declining ? 1.2 : 1.0);
    const double expected = perYear * double(days) / 365.0 * factor;
    const int count = int(bound(double(roundInt(expected + std::sqrt(expected) * rng.normal())), 0, 25));
    if (count == 0)
        return;
    // Unhealthy accounts raise more high and urgent tickets.
    const double risk = bound(-h, 0, 2) + (a.churned ? 0.7 : 0.0) + (declining ? 0.4 : 0.0);

    QList<qint64> opened;
    for (int i = 0; i < count; ++i) {
        const qint64 day = a.churned && rng.chance(0.5) ? to - rng.between(1, int(qMin<qint64>(120, days)))
                                                        : from + rng.between(0, int(days) - 1);
        opened.append(stamp(a, day, rng, rng.chance(0.85)));
    }
    std::sort(opened.begin(), opened.end());

    static constexpr const char *priorities[] = { "low", "medium", "high", "urgent" };
    static constexpr double minHours[] = { 24, 24, 4, 2 };
    static constexpr double maxHours[] = { 480, 240, 120, 48 };
    const bool zhAccount = a.chinese;
    DemoCsvFile &f = *m_files.cases;
    for (const qint64 openedAt : opened) {
        const int p = rng.weighted({ 35 - 8 * risk, 45 - 5 * risk, 15 + 9 * risk, 5 + 4 * risk });
        const qint64 closedAt = openedAt + qint64(rng.uniform(minHours[p], maxHours[p]) * 3600);
        const qint64 age = m_nowSecs - openedAt;
        bool closed = false;
        if (closedAt < m_nowSecs)
            closed = age > 30 * daySeconds ? !rng.chance(0.03) : rng.chance(0.6);
        const char *status = closed                     ? "Closed"
            : (age < 3 * daySeconds && rng.chance(0.5)) ? "New"
                                                        : "Working";
        const qint64 seq = ++m_caseSeq;
        f.plain(sequenceId("CAS-", seq, 7))
            .plain(a.id)
            .plain(QByteArray::number(10000 + seq).rightJustified(8, '0'));
        f.text(say(rng.pick(caseSubjects()), zhAccount && rng.chance(0.9)))
            .plain(status)
            .plain(priorities[p]);
        f.dateTime(openedAt);
        if (closed)
            f.dateTime(closedAt);
        else
            f.null();
        if (closed && rng.chance(0.75)) {
            const double score
                = 4.1 + 0.45 * h - (p >= 2 ? 0.4 : 0.0) - (a.churned ? 0.4 : 0.0) + 0.8 * rng.normal();
            f.integer(qint64(bound(double(roundInt(score)), 1, 5)));
        } else {
            f.null();
        }
        f.plain(randomContactId(a, rng, 0.85));
        f.endRow();
    }
}

void DemoAccountGenerator::writeUsage(const DemoAccountPlan &a, DemoRandom &rng)
{
    DemoCsvFile &f = *m_files.usage;
    const double maxSeats = double(a.licenses) * 1.08;
    for (int w = 0; w < m_weeks; ++w) {
        const qint64 monday = m_firstMondayJd + 7 * w;
        if (monday < a.createdJd)
            continue;
        if (a.churned && monday >= a.churnJd)
            break;
        const double before = weeksBetween(monday, a.anchorJd);
        double utilisation = 0;
        double adoption = 0;
        double ratio = a.activeRatio;
        if (a.trajectory == DemoTrajectory::Declining) {
            utilisation = declineCurve(before, a.declineWeeks, a.startLevel, a.level);
            adoption = declineCurve(before, a.declineWeeks, a.adoptionStart, a.adoption);
            // People stop logging in before seats are given back.
            ratio -= 0.22 * bound(1 - before / a.declineWeeks, 0, 1);
        } else {
            utilisation = bound(a.level - a.slope * before, 0.15, 1.08);
            adoption = a.adoption - a.adoptionSlope * before;
            if (a.trajectory == DemoTrajectory::Growing)
                ratio += 0.04 * bound(1 - before / 26, 0, 1);
        }
        // New customers ramp up over their first ten to twelve weeks.
        const double age = weeksBetween(a.createdJd, monday);
        const double ramp = age < 10 ? 0.12 + 0.88 * age / 10 : 1.0;
        const double adoptionRamp = age < 12 ? 0.15 + 0.85 * age / 12 : 1.0;

        const qint64 seats
            = qint64(bound(double(roundInt(a.licenses * utilisation * ramp * (1 + 0.015 * rng.normal()))), 0,
                           std::floor(maxSeats)));
        const double weeklyRatio = ratio * (m_holidayWeek.at(w) ? 0.78 : 1.0) * (1 + 0.05 * rng.normal());
        const qint64 active = qBound<qint64>(0, roundInt(double(seats) * weeklyRatio), seats);
        const double percent = bound(adoption * adoptionRamp + 1.2 * rng.normal(), 0, 100);

        const QByteArray &date = m_weekDates.at(w);
        f.plain(a.id).plain(date).plain("active_users").integer(active).endRow();
        f.plain(a.id).plain(date).plain("core_feature_adoption").tenths(roundInt(percent * 10)).endRow();
        f.plain(a.id).plain(date).plain("licenses_used").integer(seats).endRow();
    }
}

void DemoAccountGenerator::writeNps(const DemoAccountPlan &a, DemoRandom &rng)
{
    const qint64 until = a.churned ? a.churnJd : m_asOfJd;
    // Some customers score generously, some harshly, whatever their health.
    const double temper = 1.3 * rng.normal();
    DemoCsvFile &f = *m_files.nps;
    for (const qint64 survey : m_surveyDays) {
        if (survey < a.createdJd + 45)
            continue;
        if (survey >= until)
            break;
        int responses = 0;
        for (const DemoContact &c : a.contacts) {
            if (c.createdSecs >= secondsOfDay(survey) || (c.left && survey > m_asOfJd - 150))
                continue;
            double p = c.role == ContactRole::Champion    ? 0.55
                : c.role == ContactRole::ExecutiveSponsor ? 0.25
                : c.role == ContactRole::DecisionMaker    ? 0.35
                                                          : 0.30;
            if (a.segment == Segment::Smb)
                p *= 0.85;
            if (!rng.chance(p))
                continue;
            if (++responses > 4)
                break;
            double mean = 7.4 + 1.3 * a.health + temper;
            if (a.trajectory == DemoTrajectory::Growing)
                mean += 0.6;
            if (a.trajectory == DemoTrajectory::Declining) {
                const double into = bound(1 - weeksBetween(survey, a.anchorJd) / a.declineWeeks, 0, 1);
                mean -= 2.5 * into + (a.churned ? 0.5 : 0.0);
            }
            mean += c.role == ContactRole::Champion       ? 0.6
                : c.role == ContactRole::ExecutiveSponsor ? 0.2
                : c.role == ContactRole::User             ? -0.4
                                                          : 0.0;
            const int score = int(bound(double(roundInt(mean + 1.7 * rng.normal())), 0, 10));
            const qint64 day = qMin(survey + rng.between(0, 12), until - 1);
            const qint64 respondedAt = stamp(a, day, rng, false);
            QByteArray comment;
            if (rng.chance(0.55)) {
                const std::span<const Phrase> list = score >= 9 ? npsPromoterComments()
                    : score >= 7                                ? npsPassiveComments()
                                                                : npsDetractorComments();
                comment = say(rng.pick(list), c.hanzi || (a.chinese && rng.chance(0.8)));
            }
            f.plain(sequenceId("NPS-", ++m_npsSeq, 7)).plain(a.id).plain(c.id).integer(score).text(comment);
            f.dateTime(respondedAt).endRow();
        }
    }
}

void DemoAccountGenerator::writeActivities(const DemoAccountPlan &a, DemoRandom &rng)
{
    const qint64 from = qMax(m_historyStartJd, a.createdJd);
    const qint64 anchor = a.churned ? a.churnJd : m_asOfJd;
    if (anchor <= from)
        return;
    const bool declining = a.trajectory == DemoTrajectory::Declining;
    const double interval = a.segment == Segment::Enterprise ? 7 : a.segment == Segment::MidMarket ? 14 : 28;
    const double pace = (declining ? 1.5 : 1.0) * rng.uniform(0.75, 1.3);
    // Some books have accounts nobody has touched for over a month.
    const double staleChance = 0.10 + (a.segment == Segment::Smb ? 0.12 : 0.0)
        + (declining && !a.churned ? 0.2 : 0.0) + (a.churned ? 0.3 : 0.0);
    const qint64 gap = rng.chance(staleChance) ? rng.between(31, 110) : rng.between(1, int(interval));

    enum Kind
    {
        Regular,
        Kickoff,
        Setup,
        Training
    };
    struct Planned
    {
        qint64 day;
        Kind kind;
    };
    QList<Planned> planned;
    for (qint64 day = anchor - gap; day >= from && planned.size() < 400;) {
        planned.append({ day, Regular });
        double stepDays = interval * pace * rng.uniform(0.5, 1.5);
        if (a.churned && anchor - day < 120)
            stepDays *= 1.8; // the customer stops taking meetings
        day -= qMax<qint64>(1, roundInt(stepDays));
    }
    if (a.createdJd >= from) {
        // The golden first weeks of onboarding.
        const Planned onboarding[] = { { a.createdJd + rng.between(1, 3), Kickoff },
                                       { a.createdJd + rng.between(5, 9), Setup },
                                       { a.createdJd + rng.between(12, 20), Training } };
        for (const Planned &p : onboarding) {
            if (p.day < anchor)
                planned.append(p);
        }
    }
    std::sort(planned.begin(), planned.end(),
              [](const Planned &x, const Planned &y) { return x.day < y.day; });

    const bool zhAccount = a.chinese;
    DemoCsvFile &f = *m_files.activities;
    for (const Planned &p : planned) {
        const char *type = "call";
        const Phrase *subject = nullptr;
        const Phrase *body = nullptr;
        switch (p.kind) {
        case Kickoff:
            type = "meeting";
            subject = &meetingSubjects()[1];
            body = &kickoffBody();
            break;
        case Setup:
            type = "call";
            subject = &callSubjects()[5];
            body = &setupBody();
            break;
        case Training:
            type = "meeting";
            subject = &meetingSubjects()[4];
            body = &trainingBody();
            break;
        case Regular: {
            const int t = rng.weighted({ 35, 40, 25 });
            type = t == 0 ? "call" : t == 1 ? "email" : "meeting";
            subject = &rng.pick(t == 0 ? callSubjects() : t == 1 ? emailSubjects() : meetingSubjects());
            body = &rng.pick(declining && rng.chance(0.5) ? riskActivityBodies() : activityBodies());
            break;
        }
        }
        const bool zh = zhAccount && rng.chance(0.9);
        f.plain(sequenceId("ACT-", ++m_activitySeq, 7))
            .plain(a.id)
            .plain(randomContactId(a, rng, 0.9))
            .plain(type);
        f.text(say(*subject, zh))
            .text(say(*body, zh))
            .dateTime(stamp(a, p.day, rng))
            .plain(a.owner->id)
            .plain("completed");
        f.endRow();
    }
}
