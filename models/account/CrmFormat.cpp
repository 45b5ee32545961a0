#include "CrmFormat.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QString normalizedCode(const QString &code)
{
    QString key = code.trimmed().toLower();
    key.replace(u'-', u'_').replace(u' ', u'_');
    return key;
}

} // namespace

QString CrmFormat::codeLabel(const QString &code)
{
    // The values Pitwall's own bundle and the common CRMs use.
    static const QHash<QString, const char *> labels = {
        // Segments
        { u"enterprise"_s, QT_TR_NOOP("Enterprise") },
        { u"mid_market"_s, QT_TR_NOOP("Mid-market") },
        { u"midmarket"_s, QT_TR_NOOP("Mid-market") },
        { u"smb"_s, QT_TR_NOOP("SMB") },
        { u"strategic"_s, QT_TR_NOOP("Strategic") },
        { u"commercial"_s, QT_TR_NOOP("Commercial") },
        // Lifecycle stages and statuses
        { u"trial"_s, QT_TR_NOOP("Trial") },
        { u"onboarding"_s, QT_TR_NOOP("Onboarding") },
        { u"implementation"_s, QT_TR_NOOP("Implementation") },
        { u"adoption"_s, QT_TR_NOOP("Adoption") },
        { u"expansion"_s, QT_TR_NOOP("Expansion") },
        { u"renewal"_s, QT_TR_NOOP("Renewal") },
        { u"active"_s, QT_TR_NOOP("Active") },
        { u"inactive"_s, QT_TR_NOOP("Inactive") },
        { u"at_risk"_s, QT_TR_NOOP("At risk") },
        { u"on_hold"_s, QT_TR_NOOP("On hold") },
        { u"churned"_s, QT_TR_NOOP("Churned") },
        { u"prospect"_s, QT_TR_NOOP("Prospect") },
        { u"left"_s, QT_TR_NOOP("Left the company") },
        // Regions
        { u"north_america"_s, QT_TR_NOOP("North America") },
        { u"emea"_s, QT_TR_NOOP("EMEA") },
        { u"apac"_s, QT_TR_NOOP("APAC") },
        { u"greater_china"_s, QT_TR_NOOP("Greater China") },
        { u"latam"_s, QT_TR_NOOP("LATAM") },
        // Opportunity types
        { u"new_business"_s, QT_TR_NOOP("New business") },
        { u"upsell"_s, QT_TR_NOOP("Upsell") },
        // Case statuses and priorities
        { u"new"_s, QT_TR_NOOP("New") },
        { u"working"_s, QT_TR_NOOP("Working") },
        { u"open"_s, QT_TR_NOOP("Open") },
        { u"pending"_s, QT_TR_NOOP("Pending") },
        { u"escalated"_s, QT_TR_NOOP("Escalated") },
        { u"closed"_s, QT_TR_NOOP("Closed") },
        { u"resolved"_s, QT_TR_NOOP("Resolved") },
        { u"low"_s, QT_TR_NOOP("Low") },
        { u"medium"_s, QT_TR_NOOP("Medium") },
        { u"normal"_s, QT_TR_NOOP("Medium") },
        { u"high"_s, QT_TR_NOOP("High") },
        { u"urgent"_s, QT_TR_NOOP("Urgent") },
        { u"critical"_s, QT_TR_NOOP("Urgent") },
        // Opportunity stages (Salesforce's defaults)
        { u"prospecting"_s, QT_TR_NOOP("Prospecting") },
        { u"qualification"_s, QT_TR_NOOP("Qualification") },
        { u"needs_analysis"_s, QT_TR_NOOP("Needs analysis") },
        { u"proposal"_s, QT_TR_NOOP("Proposal") },
        { u"negotiation"_s, QT_TR_NOOP("Negotiation") },
        { u"closed_won"_s, QT_TR_NOOP("Closed won") },
        { u"closedwon"_s, QT_TR_NOOP("Closed won") },
        { u"closed_lost"_s, QT_TR_NOOP("Closed lost") },
        { u"closedlost"_s, QT_TR_NOOP("Closed lost") },
        // Activity types
        { u"call"_s, QT_TR_NOOP("Call") },
        { u"email"_s, QT_TR_NOOP("Email") },
        { u"meeting"_s, QT_TR_NOOP("Meeting") },
        { u"task"_s, QT_TR_NOOP("Task") },
        { u"note"_s, QT_TR_NOOP("Note") },
        { u"completed"_s, QT_TR_NOOP("Completed") },
    };
    return codeLabel(code, labels, "CrmFormat");
}

QString CrmFormat::codeLabel(const QString &code, const QHash<QString, const char *> &labels,
                             const char *context)
{
    if (code.isEmpty())
        return code;
    if (const char *label = labels.value(normalizedCode(code)))
        return QCoreApplication::translate(context, label);
    return softenedCode(code);
}

QString CrmFormat::softenedCode(const QString &code)
{
    if (code.contains(u'_') && code == code.toLower()) {
        QString words = code;
        words.replace(u'_', u' ');
        words[0] = words[0].toUpper();
        return words;
    }
    return code;
}

QString CrmFormat::contactRoleLabel(const QString &code)
{
    const QString key = normalizedCode(code);
    if (key == "champion"_L1)
        return tr("Champion");
    if (key == "decision_maker"_L1)
        return tr("Decision maker");
    if (key == "executive_sponsor"_L1)
        return tr("Executive sponsor");
    if (key == "user"_L1 || key == "end_user"_L1)
        return tr("User");
    if (key == "technical"_L1)
        return tr("Technical contact");
    if (key == "billing"_L1)
        return tr("Billing contact");
    return codeLabel(code);
}

int CrmFormat::contactRoleRank(const QString &code)
{
    static const QStringList order
        = { u"champion"_s, u"executive_sponsor"_s, u"decision_maker"_s, u"technical"_s, u"user"_s,
            u"billing"_s };
    const qsizetype rank = order.indexOf(normalizedCode(code));
    return rank < 0 ? int(order.size()) : int(rank);
}

QString CrmFormat::personName(const QString &first, const QString &last)
{
    const QString given = first.trimmed();
    const QString family = last.trimmed();
    if (given.isEmpty() || family.isEmpty())
        return given.isEmpty() ? family : given;
    // Chinese, Japanese and Korean names put the family name first, without a space.
    auto eastAsian = [](const QString &text) {
        for (const QChar c : text) {
            const QChar::Script script = c.script();
            if (script == QChar::Script_Han || script == QChar::Script_Hangul
                || script == QChar::Script_Hiragana || script == QChar::Script_Katakana)
                return true;
        }
        return false;
    };
    if (eastAsian(given) || eastAsian(family))
        return family + given;
    return given + u' ' + family;
}

QLocale CrmFormat::displayLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}

QString CrmFormat::currencySymbol(const QString &code)
{
    const QLocale locale = displayLocale();
    if (code.isEmpty())
        return locale.currencySymbol(QLocale::CurrencySymbol);
    if (code.compare(locale.currencySymbol(QLocale::CurrencyIsoCode), Qt::CaseInsensitive) == 0)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    static const QHash<QString, QString> symbols = {
        { u"USD"_s, u"US$"_s }, { u"EUR"_s, u"€"_s },   { u"GBP"_s, u"£"_s },   { u"JPY"_s, u"JP¥"_s },
        { u"CNY"_s, u"CN¥"_s }, { u"AUD"_s, u"A$"_s },  { u"CAD"_s, u"CA$"_s }, { u"HKD"_s, u"HK$"_s },
        { u"SGD"_s, u"S$"_s },  { u"INR"_s, u"₹"_s },   { u"KRW"_s, u"₩"_s },   { u"BRL"_s, u"R$"_s },
        { u"NZD"_s, u"NZ$"_s }, { u"MXN"_s, u"MX$"_s }, { u"TWD"_s, u"NT$"_s },
    };
    const QString upper = code.toUpper();
    return symbols.value(upper, upper + u'\u00a0');
}

QString CrmFormat::money(double amount, const QString &currencyCode, int decimals)
{
    return displayLocale().toCurrencyString(amount, currencySymbol(currencyCode), decimals);
}

QString CrmFormat::date(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString CrmFormat::dateTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString CrmFormat::relativeDays(qint64 days)
{
    if (days == 0)
        return tr("today");
    if (days == 1)
        return tr("tomorrow");
    if (days == -1)
        return tr("yesterday");
    if (days > 0)
        return tr("in %n day(s)", nullptr, int(days));
    return tr("%n day(s) ago", nullptr, int(-days));
}

QDate CrmFormat::parseDate(const QString &text)
{
    // An instant where a date was expected still names its day.
    return QDate::fromString(text.left(10), Qt::ISODate);
}

QDateTime CrmFormat::parseInstant(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime instant = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!instant.isValid()) {
        const QDate day = parseDate(text);
        if (!day.isValid())
            return {};
        instant = QDateTime(day, QTime(0, 0), QTimeZone::utc());
    }
    if (instant.timeSpec() == Qt::LocalTime)
        instant.setTimeZone(QTimeZone::utc()); // stored instants are UTC
    return instant.toUTC();
}
