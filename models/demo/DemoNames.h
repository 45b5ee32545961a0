#pragma once

#include "DemoCatalog.h"

#include <QByteArray>
#include <QSet>

class DemoRandom;

struct DemoPersonName
{
    QByteArray first; // UTF-8
    QByteArray last;
    QByteArray full; // "Sarah Miller", "王伟" (surname first, no space)
    QByteArray emailLocal; // "sarah.miller", "wei.wang"
    bool hanzi = false;
};

struct DemoCompanyName
{
    QByteArray name; // unique within the book
    QByteArray domain; // "northwindlogistics.example"
};

// Composes people's and companies' names from DemoCatalog's word lists. Company names
// are unique: the set of names taken so far is the only state, a few MB at 100k accounts.
class DemoNames
{
public:
    // A person from the culture's pool; Culture::Chinese gives Hanzi names, except for
    // `westernShare` of them written "Kevin Wang".
    static DemoPersonName person(DemoRandom &rng, DemoCatalog::Culture culture, double westernShare = 0.15);
    // A phone number from a country's template (X any digit, N 2-9, M 3-9).
    static QByteArray phone(DemoRandom &rng, const char *pattern);

    DemoCompanyName englishCompany(DemoRandom &rng, const DemoCatalog::Country &country,
                                   const DemoCatalog::Industry &industry);
    DemoCompanyName chineseCompany(DemoRandom &rng, const DemoCatalog::Country &country,
                                   const DemoCatalog::Industry &industry);

private:
    bool claim(const QByteArray &name);

    QSet<QByteArray> m_taken;
    qint64 m_fallback = 0;
};
