#include "QbrQuarter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

std::optional<QbrQuarter> QbrQuarter::parse(const QString &text)
{
    static const QRegularExpression pattern(u"^(\\d{4})[qQ]([1-4])$"_s);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    QbrQuarter q { match.captured(1).toInt(), match.captured(2).toInt() };
    if (!q.isValid())
        return std::nullopt; // year 0000
    return q;
}

QbrQuarter QbrQuarter::containing(const QDate &day)
{
    if (!day.isValid())
        return {};
    return { day.year(), (day.month() - 1) / 3 + 1 };
}

QString QbrQuarter::toString() const
{
    if (!isValid())
        return {};
    return u"%1Q%2"_s.arg(year, 4, 10, QChar(u'0')).arg(quarter);
}

QDate QbrQuarter::firstDay() const
{
    if (!isValid())
        return {};
    return QDate(year, (quarter - 1) * 3 + 1, 1);
}

QDate QbrQuarter::lastDay() const
{
    if (!isValid())
        return {};
    return firstDay().addMonths(3).addDays(-1);
}

bool QbrQuarter::contains(const QDate &day) const
{
    return isValid() && day.isValid() && day >= firstDay() && day <= lastDay();
}

QbrQuarter QbrQuarter::previous() const
{
    if (!isValid())
        return {};
    return quarter == 1 ? QbrQuarter { year - 1, 4 } : QbrQuarter { year, quarter - 1 };
}

QbrQuarter QbrQuarter::next() const
{
    if (!isValid())
        return {};
    return quarter == 4 ? QbrQuarter { year + 1, 1 } : QbrQuarter { year, quarter + 1 };
}

QString QbrQuarter::label() const
{
    if (!isValid())
        return {};
    return u"Q%1 %2"_s.arg(quarter).arg(year, 4, 10, QChar(u'0'));
}
