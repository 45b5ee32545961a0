#include "HomeFormat.h"

#include "account/CrmFormat.h"

#include <QLocale>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct Unit
{
    double size;
    QString suffix;
};

// Largest first. Chinese counts in 万 (10⁴) and 亿 (10⁸); English in thousands.
QList<Unit> unitsFor(const QLocale &locale)
{
    if (locale.language() == QLocale::Chinese)
        return { { 1e12, u"万亿"_s }, { 1e8, u"亿"_s }, { 1e4, u"万"_s } };
    return { { 1e12, u"T"_s }, { 1e9, u"B"_s }, { 1e6, u"M"_s }, { 1e3, u"K"_s } };
}

} // namespace

QString HomeFormat::compactMoney(double amount, const QString &currencyCode)
{
    if (!std::isfinite(amount))
        return {};
    const QLocale locale = CrmFormat::displayLocale();
    const QString symbol = CrmFormat::currencySymbol(currencyCode);
    const QString sign = amount < 0 ? locale.negativeSign() : QString();
    const double magnitude = std::abs(amount);
    const QList<Unit> units = unitsFor(locale);

    // Below the smallest unit (a thousand, 万): in full.
    if (magnitude < units.constLast().size)
        return sign + symbol + locale.toString(std::round(magnitude), 'f', 0);
    // The smallest unit that holds the rounded amount: 999,960 is "$1M", not "$1,000K".
    for (qsizetype i = units.size() - 1; i >= 0; --i) {
        const Unit &unit = units.at(i);
        double value = magnitude / unit.size;
        const int decimals = value < 99.95 ? 1 : 0;
        const double scale = decimals ? 10.0 : 1.0;
        value = std::round(value * scale) / scale;
        if (i > 0 && value * unit.size >= units.at(i - 1).size)
            continue;
        const bool whole = value == std::floor(value);
        return sign + symbol + locale.toString(value, 'f', whole ? 0 : decimals) + unit.suffix;
    }
    return {}; // not reached: the largest unit always returns
}

QString HomeFormat::count(qint64 value)
{
    return CrmFormat::displayLocale().toString(value);
}

QString HomeFormat::relativeTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 seconds = when.secsTo(now);
    if (seconds < -60) // ahead of the clock (planned, or another machine's time)
        return CrmFormat::dateTime(when);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 24 * 3600)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    const qint64 days = when.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days <= 1)
        return tr("yesterday");
    if (days < 7)
        return tr("%n days ago", nullptr, int(days));
    const QDate date = when.toLocalTime().date();
    return CrmFormat::displayLocale().toString(date, QLocale::ShortFormat);
}
