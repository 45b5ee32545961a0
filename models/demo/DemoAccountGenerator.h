#pragma once

#include "DemoNames.h"

#include <QByteArray>
#include <QList>

class DemoCsvFile;
class DemoOrganisation;
class DemoRandom;
struct DemoAccountPlan;

// Generates one account at a time and streams all its rows (account, contacts,
// opportunities, cases, usage, NPS, activities) to the bundle's files; only the
// current account is held in memory, plus the set of company names taken.
//
// Each account draws from its own random stream (seed, account index), so an account
// does not change when another one's generation changes. Churn is made learnable:
// a latent health value drives usage trend, licence utilisation, support load and
// priority, NPS, engagement and the renewal outcome, each with its own noise.
class DemoAccountGenerator
{
public:
    struct Files
    {
        DemoCsvFile *accounts;
        DemoCsvFile *contacts;
        DemoCsvFile *opportunities;
        DemoCsvFile *cases;
        DemoCsvFile *usage;
        DemoCsvFile *nps;
        DemoCsvFile *activities;
    };

    // `asOfJulianDay` is "today"; the demo's clock stands at its 00:00 UTC.
    DemoAccountGenerator(quint64 seed, int usageWeeks, qint64 asOfJulianDay, DemoOrganisation &organisation,
                         const Files &files);

    void generate(qint64 index);

private:
    void plan(DemoAccountPlan &a, DemoRandom &rng, qint64 index);
    void planContract(DemoAccountPlan &a, DemoRandom &rng);
    void planUsageShape(DemoAccountPlan &a, DemoRandom &rng);
    void writeAccount(const DemoAccountPlan &a);
    void writeContacts(DemoAccountPlan &a, DemoRandom &rng);
    void writeOpportunities(const DemoAccountPlan &a, DemoRandom &rng);
    void writeCases(const DemoAccountPlan &a, DemoRandom &rng);
    void writeUsage(const DemoAccountPlan &a, DemoRandom &rng);
    void writeNps(const DemoAccountPlan &a, DemoRandom &rng);
    void writeActivities(const DemoAccountPlan &a, DemoRandom &rng);

    // A business-hours instant on a day, in the account's time zone, always before now;
    // with `workday`, a weekend day moves to the nearest weekday.
    qint64 stamp(const DemoAccountPlan &a, qint64 julianDay, DemoRandom &rng, bool workday = true) const;
    void writeOpportunity(const DemoAccountPlan &a, const QByteArray &name, const char *type,
                          const char *stage, qint64 amount, qint64 closeJd, bool closed, bool won,
                          qint64 createdSecs);
    const QByteArray &randomContactId(const DemoAccountPlan &a, DemoRandom &rng, double share) const;

    quint64 m_seed;
    int m_weeks;
    qint64 m_asOfJd;
    qint64 m_nowSecs;
    qint64 m_outcomeWindowJd; // renewals since then have a known outcome (18 months)
    qint64 m_historyStartJd; // cases, NPS and activities start here
    qint64 m_firstMondayJd;
    QList<QByteArray> m_weekDates; // the usage weeks' Mondays, formatted once
    QList<bool> m_holidayWeek;
    QList<qint64> m_surveyDays; // quarterly NPS survey days in the history
    DemoOrganisation &m_organisation;
    Files m_files;
    DemoNames m_names;
    qint64 m_contactSeq = 0;
    qint64 m_opportunitySeq = 0;
    qint64 m_caseSeq = 0;
    qint64 m_npsSeq = 0;
    qint64 m_activitySeq = 0;
};
