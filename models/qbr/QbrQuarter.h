#pragma once

#include <QDate>
#include <QString>
#include <optional>

// A calendar quarter, written "2026Q3" (the CLI's and the cache's form).
struct QbrQuarter
{
    int year = 0;
    int quarter = 0; // 1..4

    bool isValid() const { return year > 0 && quarter >= 1 && quarter <= 4; }
    // "2026Q3" (case-insensitive q); nullopt for anything else.
    static std::optional<QbrQuarter> parse(const QString &text);
    static QbrQuarter containing(const QDate &day); // invalid for an invalid date
    QString toString() const; // "2026Q3"; empty when invalid
    QString label() const; // "Q3 2026", as a deck titles it (the same in English and Chinese)
    QDate firstDay() const;
    QDate lastDay() const;
    bool contains(const QDate &day) const; // firstDay() <= day <= lastDay()
    QbrQuarter previous() const; // invalid stays invalid
    QbrQuarter next() const;

    friend bool operator==(const QbrQuarter &, const QbrQuarter &) = default;
    friend auto operator<=>(const QbrQuarter &, const QbrQuarter &) = default;
};
