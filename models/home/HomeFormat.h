#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// How Home writes its figures: money compactly in the reader's own units ("$1.2M" in
// English, "¥120万" and "US$1.2亿" in Chinese) and times as a distance ("2 h ago").
// Both follow the default QLocale (the C locale reads as US English).
class HomeFormat
{
    Q_DECLARE_TR_FUNCTIONS(HomeFormat)

public:
    // One decimal under 100 of a unit, none above, a trailing ".0" dropped; amounts
    // below the smallest unit (thousand, or 万 in Chinese) in full: "$950", "¥8,500".
    // The symbol is CrmFormat::currencySymbol's.
    static QString compactMoney(double amount, const QString &currencyCode);
    // A count with the locale's digit grouping: "12,480".
    static QString count(qint64 value);
    // "just now", "5 min ago", "3 h ago", "yesterday", "4 days ago", else the date.
    static QString relativeTime(const QDateTime &when, const QDateTime &now);
};
