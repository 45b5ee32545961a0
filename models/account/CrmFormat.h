#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QString>

// How the Account 360 writes CRM values for a person: codes ("decision_maker",
// "at_risk") as translated words, money in the account's currency, dates in the
// user's locale, and distances in days ("in 12 days").
class CrmFormat
{
    Q_DECLARE_TR_FUNCTIONS(CrmFormat)

public:
    // A CRM code as a person reads it, translated where Pitwall knows the word; an
    // unknown "snake_case" code is softened to words, anything else is kept as written.
    static QString codeLabel(const QString &code);
    // The same with another table of labels (keys in lower case, words joined by '_'),
    // translated in `context`, the context their QT_TR_NOOPs are in.
    static QString codeLabel(const QString &code, const QHash<QString, const char *> &labels,
                             const char *context);
    // "snake_case" softened to "Snake case"; anything else as written.
    static QString softenedCode(const QString &code);
    // Contact roles (champion, decision_maker, executive_sponsor, user, technical, billing).
    static QString contactRoleLabel(const QString &code);
    // How much a role matters to a CSM: champion first, unknown roles last.
    static int contactRoleRank(const QString &code);
    // A person's name in the order their language writes it: "Ana Lopez", "王小明".
    static QString personName(const QString &first, const QString &last);

    // The locale numbers and money are written in: the default one, but English where
    // that is the C locale (no preference set), which would write "1,000US$".
    static QLocale displayLocale();
    // "US$250,000"; the locale's own symbol for its own currency ("¥" for CNY in zh_CN).
    static QString money(double amount, const QString &currencyCode, int decimals = 0);
    static QString currencySymbol(const QString &currencyCode);

    static QString date(const QDate &date); // locale short format, empty when invalid
    static QString dateTime(const QDateTime &utc); // local time, short format
    // "today", "tomorrow", "in 12 days", "yesterday", "12 days ago".
    static QString relativeDays(qint64 days);

    // Stored values: 'YYYY-MM-DD' dates and 'YYYY-MM-DDTHH:MM:SSZ' instants (a bare date
    // is read as midnight UTC).
    static QDate parseDate(const QString &text);
    static QDateTime parseInstant(const QString &text);
};
