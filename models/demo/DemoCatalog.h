#pragma once

#include <span>

// The word lists and reference tables the demo book is composed from. All strings
// are UTF-8. Nothing here names a real customer: company names are composed from
// neutral words, and every e-mail address and web site uses the reserved ".example"
// top-level domain (RFC 2606), so a demo export can never mail a real person.
namespace DemoCatalog {

enum class Region
{
    NorthAmerica,
    Emea,
    Apac,
    GreaterChina
};
enum class Segment
{
    Enterprise,
    MidMarket,
    Smb
};

// Shares of the book, in enum order. The organisation is sized from the same numbers.
inline constexpr double regionShares[] = { 0.48, 0.26, 0.14, 0.12 };
inline constexpr double segmentShares[] = { 0.15, 0.35, 0.50 };
const char *regionName(Region region);
const char *segmentName(Segment segment);

// Which pool of person names fits a country's contacts.
enum class Culture
{
    Anglo,
    Germanic,
    Romance,
    Indian,
    Japanese,
    Korean,
    Chinese,
    SoutheastAsian,
    Gulf
};

struct Country
{
    const char *code; // ISO 3166-1 alpha-2
    Region region;
    int weight; // relative share within the region
    int utcOffset; // hours, for plausible business-hours timestamps
    Culture culture;
    const char *legalForms[4]; // drawn uniformly; "" = no suffix
    const char *phone; // template: X any digit, N 2-9, M 3-9
};

struct Industry
{
    const char *name;
    int weight;
    const char *nounsEn[4];
    const char *nounsZh[3];
    const char *nounsZhPinyin[3];
};

// A Chinese word with its pinyin (for e-mail addresses and web sites).
struct Hanzi
{
    const char *text;
    const char *pinyin;
};

// A Latin-script name, with its ASCII form when it has accents ("Müller", "mueller").
struct Name
{
    const char *text;
    const char *ascii = nullptr;
};

// A phrase in both languages; the account's language picks one.
struct Phrase
{
    const char *en;
    const char *zh;
};

struct NamePool
{
    std::span<const Name> first;
    std::span<const Name> last;
};

std::span<const Country> countries();
std::span<const Industry> industries();

std::span<const char *const> brandPrefixes();
std::span<const char *const> brandSuffixes();
std::span<const char *const> brandWords();
std::span<const char *const> englishCities();

// Where a Chinese-named company is based: Taiwanese and Hong Kong cities for TW and HK,
// mainland cities and regions otherwise.
std::span<const Hanzi> chineseCities(const char *countryCode);
std::span<const Hanzi> chineseBrands();
std::span<const char *const> chineseLegalForms();
std::span<const Hanzi> chineseSurnames();
std::span<const Hanzi> chineseGivenNames();

NamePool namePool(Culture culture);

enum class ContactRole
{
    Champion,
    DecisionMaker,
    ExecutiveSponsor,
    User,
    Technical,
    Billing
};
inline constexpr int contactRoleCount = 6;
const char *contactRoleName(ContactRole role);
std::span<const Phrase> contactTitles(ContactRole role);

std::span<const Phrase> caseSubjects();
std::span<const Phrase> npsPromoterComments();
std::span<const Phrase> npsPassiveComments();
std::span<const Phrase> npsDetractorComments();
std::span<const Phrase> callSubjects();
std::span<const Phrase> emailSubjects();
std::span<const Phrase> meetingSubjects();
std::span<const Phrase> activityBodies();
std::span<const Phrase> riskActivityBodies();
const Phrase &kickoffBody();
const Phrase &setupBody();
const Phrase &trainingBody();

} // namespace DemoCatalog
