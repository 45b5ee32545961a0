#include "DemoNames.h"

#include "DemoRandom.h"

#include <cstring>

using namespace DemoCatalog;
using namespace Qt::StringLiterals;

namespace {

// Lowercase ASCII letters and digits only: "O'Brien" -> "obrien", "Auto Parts" -> "autoparts".
QByteArray asciiSlug(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (char c : text) {
        if (c >= 'A' && c <= 'Z')
            out.append(char(c - 'A' + 'a'));
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out.append(c);
    }
    return out;
}

QByteArray nameAscii(const Name &name)
{
    return asciiSlug(name.ascii ? name.ascii : name.text);
}

QByteArray capitalised(const char *pinyin)
{
    QByteArray out(pinyin);
    if (!out.isEmpty() && out[0] >= 'a' && out[0] <= 'z')
        out[0] = char(out[0] - 'a' + 'A');
    return out;
}

constexpr int maxAttempts = 40;

} // namespace

DemoPersonName DemoNames::person(DemoRandom &rng, Culture culture, double westernShare)
{
    DemoPersonName p;
    if (culture == Culture::Chinese) {
        const Hanzi &surname = rng.pick(chineseSurnames());
        if (rng.chance(westernShare)) {
            // Many Chinese professionals use an English given name at work.
            const Name &given = rng.pick(namePool(Culture::Anglo).first);
            p.first = given.text;
            p.last = capitalised(surname.pinyin);
            p.full = p.first + ' ' + p.last;
            p.emailLocal = nameAscii(given) + '.' + QByteArray(surname.pinyin);
            return p;
        }
        const Hanzi &given = rng.pick(chineseGivenNames());
        p.first = given.text;
        p.last = surname.text;
        p.full = p.last + p.first;
        p.emailLocal = QByteArray(given.pinyin) + '.' + QByteArray(surname.pinyin);
        p.hanzi = true;
        return p;
    }
    const NamePool pool = namePool(culture);
    const Name &first = rng.pick(pool.first);
    const Name &last = rng.pick(pool.last);
    p.first = first.text;
    p.last = last.text;
    p.full = p.first + ' ' + p.last;
    p.emailLocal = nameAscii(first) + '.' + nameAscii(last);
    return p;
}

QByteArray DemoNames::phone(DemoRandom &rng, const char *pattern)
{
    QByteArray out(pattern);
    for (char &c : out) {
        if (c == 'X')
            c = char('0' + rng.between(0, 9));
        else if (c == 'N')
            c = char('0' + rng.between(2, 9));
        else if (c == 'M')
            c = char('0' + rng.between(3, 9));
    }
    return out;
}

bool DemoNames::claim(const QByteArray &name)
{
    if (m_taken.contains(name))
        return false;
    m_taken.insert(name);
    return true;
}

DemoCompanyName DemoNames::englishCompany(DemoRandom &rng, const Country &country, const Industry &industry)
{
    DemoCompanyName c;
    for (int attempt = 0; attempt < maxAttempts; ++attempt) {
        QByteArray brand;
        if (rng.chance(0.72)) {
            brand = QByteArray(rng.pick(brandPrefixes())) + rng.pick(brandSuffixes());
        } else {
            brand = rng.pick(brandWords());
        }
        const QByteArray noun = rng.pick(industry.nounsEn);
        const QByteArray form = rng.pick(country.legalForms);
        QByteArray base = brand + ' ' + noun;
        // Late attempts add a city, as real companies do to tell branches apart.
        if (attempt >= maxAttempts / 2)
            base += " ("_ba + rng.pick(englishCities()) + ')';
        c.name = form.isEmpty() ? base : QByteArray(base + ' ' + form);
        c.domain = asciiSlug(QByteArray(brand + noun));
        if (claim(c.name))
            break;
        if (attempt == maxAttempts - 1) {
            c.name = base + ' ' + QByteArray::number(++m_fallback);
            if (!form.isEmpty())
                c.name += ' ' + form;
            claim(c.name);
        }
    }
    // Two "Apex Software"s in different countries must not share a mail domain.
    QByteArray domain = c.domain;
    for (int n = 2; !claim("@" + domain); ++n)
        domain = c.domain + QByteArray::number(n);
    c.domain = domain + ".example";
    return c;
}

DemoCompanyName DemoNames::chineseCompany(DemoRandom &rng, const Country &country, const Industry &industry)
{
    const bool taiwan = std::strcmp(country.code, "TW") == 0;
    DemoCompanyName c;
    QByteArray slug;
    for (int attempt = 0; attempt < maxAttempts; ++attempt) {
        const Hanzi &city = rng.pick(chineseCities(country.code));
        const Hanzi &brand = rng.pick(chineseBrands());
        const int nounIndex = rng.between(0, int(std::size(industry.nounsZh)) - 1);
        // Taiwanese companies are mostly 股份有限公司.
        const QByteArray form = taiwan && rng.chance(0.7) ? "股份有限公司" : rng.pick(chineseLegalForms());
        const bool withBrand = attempt > 0 || rng.chance(0.88);
        QByteArray base = QByteArray(city.text) + (withBrand ? brand.text : "") + industry.nounsZh[nounIndex];
        if (attempt >= maxAttempts / 2)
            base += rng.pick(chineseBrands()).text;
        c.name = base + form;
        slug = withBrand ? QByteArray(QByteArray(brand.pinyin) + '-' + city.pinyin)
                         : QByteArray(QByteArray(city.pinyin) + '-' + industry.nounsZhPinyin[nounIndex]);
        if (claim(c.name))
            break;
        if (attempt == maxAttempts - 1) {
            c.name = base + "（" + QByteArray::number(++m_fallback) + "）" + form;
            claim(c.name);
        }
    }
    QByteArray domain = slug;
    for (int n = 2; !claim("@" + domain); ++n)
        domain = slug + QByteArray::number(n);
    c.domain = domain + ".example";
    return c;
}
