#include "demo/DemoExportWriter.h"
#include "domain/Entity.h"
#include "import/BundleManifest.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <algorithm>
#include <atomic>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

// A strict RFC 4180 reader for what the demo writes: LF line ends, quotes only
// around fields that need them. Anything else fails the test that reads it.
struct Table
{
    QStringList header;
    QList<QStringList> rows;
    QString error;

    int column(QLatin1StringView name) const { return int(header.indexOf(QString(name))); }
};

Table parseCsv(const QByteArray &data)
{
    Table t;
    QList<QStringList> records;
    QStringList record;
    QByteArray field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < data.size() && data[i + 1] == '"') {
                    field.append('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == '"') {
            if (!field.isEmpty() || wasQuoted) {
                t.error = u"stray quote at byte %1"_s.arg(i);
                return t;
            }
            quoted = wasQuoted = true;
        } else if (c == ',' || c == '\n') {
            if (wasQuoted && !field.contains(',') && !field.contains('"') && !field.contains('\n')
                && !field.contains('\r')) {
                t.error = u"needless quotes at byte %1"_s.arg(i);
                return t;
            }
            record.append(QString::fromUtf8(field));
            field.clear();
            wasQuoted = false;
            if (c == '\n') {
                records.append(record);
                record.clear();
            }
        } else if (c == '\r') {
            t.error = u"CR outside quotes at byte %1"_s.arg(i);
            return t;
        } else {
            field.append(c);
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty()) {
        t.error = u"file does not end with a complete line"_s;
        return t;
    }
    if (records.isEmpty()) {
        t.error = u"no header"_s;
        return t;
    }
    t.header = records.takeFirst();
    for (const QStringList &r : std::as_const(records)) {
        if (r.size() != t.header.size()) {
            t.error = u"a row has %1 fields, the header %2"_s.arg(r.size()).arg(t.header.size());
            return t;
        }
    }
    t.rows = records;
    return t;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString csvPath(const QString &dir, Entity entity)
{
    return dir + u'/' + QString(entitySpec(entity).name) + ".csv"_L1;
}

const QDate demoDay(2025, 3, 14); // a Friday

DemoOptions options(int accounts, quint64 seed, int weeks, QDate asOf = demoDay)
{
    DemoOptions o;
    o.accounts = accounts;
    o.seed = seed;
    o.usageWeeks = weeks;
    o.asOf = asOf;
    return o;
}

bool hasHan(const QString &s)
{
    for (QChar c : s) {
        if (c.script() == QChar::Script_Han)
            return true;
    }
    return false;
}

// Licence utilisation per week, in date order.
QHash<QString, QList<double>> utilisationByAccount(const Table &accounts, const Table &usage)
{
    QHash<QString, double> licenses;
    for (const QStringList &r : accounts.rows)
        licenses.insert(r[accounts.column("id"_L1)], r[accounts.column("licenses"_L1)].toDouble());
    QHash<QString, QList<double>> series;
    const int account = usage.column("account_id"_L1);
    const int metric = usage.column("metric"_L1);
    const int value = usage.column("value"_L1);
    for (const QStringList &r : usage.rows) {
        if (r[metric] == "licenses_used"_L1)
            series[r[account]].append(r[value].toDouble() / licenses.value(r[account], 1));
    }
    return series;
}

// Least-squares slope of a series against its index.
double slope(const QList<double> &ys)
{
    const double n = double(ys.size());
    double sx = 0, sy = 0, sxy = 0, sxx = 0;
    for (qsizetype i = 0; i < ys.size(); ++i) {
        sx += double(i);
        sy += ys[i];
        sxy += double(i) * ys[i];
        sxx += double(i) * double(i);
    }
    const double d = n * sxx - sx * sx;
    return d == 0 ? 0 : (n * sxy - sx * sy) / d;
}

// Probability that a random churned account scores below a random renewed one.
double aucLowerIsRisk(const QList<double> &churned, const QList<double> &renewed)
{
    double wins = 0;
    for (double c : churned) {
        for (double r : renewed)
            wins += c < r ? 1.0 : c == r ? 0.5 : 0.0;
    }
    return wins / (double(churned.size()) * double(renewed.size()));
}

} // namespace

class TestDemoExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void sameOptionsGiveIdenticalBytes();
    void differentSeedGivesDifferentBundle();
    void manifestMatchesFiles();
    void filesFollowEntitySpec();
    void referencesResolve();
    void bookLooksReal();
    void usageRowsAreComplete_data();
    void usageRowsAreComplete();
    void churnIsPredictable();
    void progressAndCancel();
    void rejectsBadOptions();

private:
    Table table(Entity entity) const { return m_tables.value(entity); }

    QTemporaryDir m_dir;
    QString m_book; // the default 480-account book
    QHash<Entity, Table> m_tables;
};

void TestDemoExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_book = m_dir.filePath(u"book"_s);
    DemoExportWriter writer(options(480, 42, 78));
    QString error;
    QVERIFY2(writer.write(m_book, &error), qPrintable(error));
    for (Entity e : allEntities) {
        Table t = parseCsv(readAll(csvPath(m_book, e)));
        QVERIFY2(t.error.isEmpty(), qPrintable(QString(entitySpec(e).name) + u": "_s + t.error));
        m_tables.insert(e, t);
        qInfo("%s.csv: %lld rows", entitySpec(e).name.data(), qint64(t.rows.size()));
    }
}

void TestDemoExport::sameOptionsGiveIdenticalBytes()
{
    const QString again = m_dir.filePath(u"again"_s);
    QString error;
    QVERIFY2(DemoExportWriter(options(480, 42, 78)).write(again, &error), qPrintable(error));
    const QStringList names = QDir(m_book).entryList(QDir::Files, QDir::Name);
    QCOMPARE(names.size(), 9);
    QCOMPARE(QDir(again).entryList(QDir::Files, QDir::Name), names);
    for (const QString &name : names) {
        const QByteArray a = readAll(m_book + u'/' + name);
        QVERIFY(!a.isEmpty());
        QVERIFY2(a == readAll(again + u'/' + name), qPrintable(name));
    }
}

void TestDemoExport::differentSeedGivesDifferentBundle()
{
    const QString other = m_dir.filePath(u"seed7"_s);
    QString error;
    QVERIFY2(DemoExportWriter(options(480, 7, 78)).write(other, &error), qPrintable(error));
    for (Entity e : { Entity::Accounts, Entity::Contacts, Entity::Usage, Entity::Cases }) {
        QVERIFY2(readAll(csvPath(m_book, e)) != readAll(csvPath(other, e)), entitySpec(e).name.data());
    }
    BundleManifest a, b;
    QVERIFY(BundleManifest::parse(readAll(m_book + "/manifest.json"_L1), &a, &error));
    QVERIFY(BundleManifest::parse(readAll(other + "/manifest.json"_L1), &b, &error));
    QVERIFY(a.exportId != b.exportId);
}

void TestDemoExport::manifestMatchesFiles()
{
    BundleManifest m;
    QString error;
    QVERIFY2(BundleManifest::parse(readAll(m_book + "/manifest.json"_L1), &m, &error), qPrintable(error));
    QCOMPARE(m.source, u"Pitwall demo"_s);
    QCOMPARE(m.scope, u"full"_s);
    QCOMPARE(m.generatedAt, QDateTime(demoDay, QTime(0, 0), QTimeZone::utc()));
    QVERIFY(m.exportId.startsWith("demo-20250314-"_L1));
    QCOMPARE(m.files.size(), qsizetype(allEntities.size()));
    for (Entity e : allEntities) {
        const QString name = QString(entitySpec(e).name) + ".csv"_L1;
        const BundleManifest::File *f = m.file(name);
        QVERIFY2(f, qPrintable(name));
        QCOMPARE(f->entity, QString(entitySpec(e).name));
        QCOMPARE(f->rows, qint64(table(e).rows.size()));
        QCOMPARE(f->sha256, BundleManifest::sha256OfFile(csvPath(m_book, e)));
    }
}

void TestDemoExport::filesFollowEntitySpec()
{
    static const QRegularExpression date(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    static const QRegularExpression dateTime(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"_s);
    static const QRegularExpression number(u"^-?\\d+(\\.\\d+)?$"_s);
    static const QRegularExpression integer(u"^-?\\d+$"_s);
    const QDateTime now(demoDay, QTime(0, 0), QTimeZone::utc());
    for (Entity e : allEntities) {
        const EntitySpec &spec = entitySpec(e);
        const QByteArray bytes = readAll(csvPath(m_book, e));
        QVERIFY2(!bytes.startsWith("\xEF\xBB\xBF"), spec.name.data());
        QVERIFY2(!bytes.contains('\r'), spec.name.data());
        QVERIFY2(QString::fromUtf8(bytes).toUtf8() == bytes, spec.name.data());
        const Table &t = m_tables[e];
        QStringList expected;
        for (const FieldSpec &f : spec.fields)
            expected.append(QString(f.name));
        QCOMPARE(t.header, expected);
        for (const QStringList &row : t.rows) {
            for (qsizetype c = 0; c < spec.fields.size(); ++c) {
                const FieldSpec &f = spec.fields[c];
                const QString &v = row[c];
                const QByteArray where
                    = spec.name.data() + QByteArray(".") + f.name.data() + ": " + v.toUtf8();
                if (v.isEmpty()) {
                    QVERIFY2(!f.required, where.constData());
                    continue;
                }
                switch (f.type) {
                case FieldType::Date:
                    QVERIFY2(date.match(v).hasMatch() && QDate::fromString(v, Qt::ISODate).isValid(),
                             where.constData());
                    break;
                case FieldType::DateTime:
                    QVERIFY2(dateTime.match(v).hasMatch(), where.constData());
                    QVERIFY2(QDateTime::fromString(v, Qt::ISODate) < now, where.constData());
                    break;
                case FieldType::Bool:
                    QVERIFY2(v == "true"_L1 || v == "false"_L1, where.constData());
                    break;
                case FieldType::Number:
                    QVERIFY2(number.match(v).hasMatch(), where.constData());
                    break;
                case FieldType::Integer:
                    QVERIFY2(integer.match(v).hasMatch(), where.constData());
                    break;
                case FieldType::Id:
                case FieldType::Text:
                    // Spreadsheets would take these for formulas.
                    QVERIFY2(!v.startsWith(u'=') && !v.startsWith(u'+') && !v.startsWith(u'-')
                                 && !v.startsWith(u'@'),
                             where.constData());
                    break;
                }
            }
        }
        const int id = t.column("id"_L1);
        if (id >= 0) {
            QSet<QString> ids;
            for (const QStringList &row : t.rows)
                ids.insert(row[id]);
            QCOMPARE(ids.size(), t.rows.size());
        }
    }
}

void TestDemoExport::referencesResolve()
{
    const Table accounts = table(Entity::Accounts);
    const Table users = table(Entity::Users);
    const Table contacts = table(Entity::Contacts);
    QSet<QString> accountIds, userIds, contactIds, csmIds;
    for (const QStringList &r : accounts.rows)
        accountIds.insert(r[accounts.column("id"_L1)]);
    for (const QStringList &r : users.rows) {
        userIds.insert(r[users.column("id"_L1)]);
        if (r[users.column("role"_L1)] == "csm"_L1)
            csmIds.insert(r[users.column("id"_L1)]);
    }
    for (const QStringList &r : contacts.rows)
        contactIds.insert(r[contacts.column("id"_L1)]);
    QCOMPARE(accountIds.size(), 480);

    for (Entity e : allEntities) {
        const EntitySpec &spec = entitySpec(e);
        const Table &t = m_tables[e];
        for (qsizetype c = 0; c < spec.fields.size(); ++c) {
            const FieldSpec &f = spec.fields[c];
            if (!f.hasReference)
                continue;
            const QSet<QString> &targets = f.references == Entity::Accounts ? accountIds
                : f.references == Entity::Users                             ? userIds
                                                                            : contactIds;
            for (const QStringList &row : t.rows) {
                if (!row[c].isEmpty())
                    QVERIFY2(targets.contains(row[c]),
                             qPrintable(QString(spec.name) + u'.' + QString(f.name) + u' ' + row[c]));
            }
        }
    }
    // Accounts belong to CSMs; CSMs report to their team's manager.
    for (const QStringList &r : accounts.rows)
        QVERIFY(csmIds.contains(r[accounts.column("owner_id"_L1)]));
    QHash<QString, QString> teamOf, roleOf;
    for (const QStringList &r : users.rows) {
        teamOf.insert(r[users.column("id"_L1)], r[users.column("team"_L1)]);
        roleOf.insert(r[users.column("id"_L1)], r[users.column("role"_L1)]);
    }
    for (const QStringList &r : users.rows) {
        if (r[users.column("role"_L1)] != "csm"_L1)
            continue;
        const QString manager = r[users.column("manager_id"_L1)];
        QCOMPARE(roleOf.value(manager), u"manager"_s);
        QCOMPARE(teamOf.value(manager), r[users.column("team"_L1)]);
    }
    // A contact named in a case, survey or activity belongs to that record's account.
    QHash<QString, QString> contactAccount;
    for (const QStringList &r : contacts.rows)
        contactAccount.insert(r[contacts.column("id"_L1)], r[contacts.column("account_id"_L1)]);
    for (Entity e : { Entity::Cases, Entity::Nps, Entity::Activities }) {
        const Table &t = m_tables[e];
        for (const QStringList &r : t.rows) {
            const QString contact = r[t.column("contact_id"_L1)];
            if (!contact.isEmpty())
                QCOMPARE(contactAccount.value(contact), r[t.column("account_id"_L1)]);
        }
    }
}

void TestDemoExport::bookLooksReal()
{
    const Table accounts = table(Entity::Accounts);
    const Table users = table(Entity::Users);
    const Table contacts = table(Entity::Contacts);
    const Table opportunities = table(Entity::Opportunities);
    const int seg = accounts.column("segment"_L1);
    const int status = accounts.column("status"_L1);
    const int renewal = accounts.column("renewal_date"_L1);
    const int name = accounts.column("name"_L1);

    QHash<QString, int> segments, stages, regions;
    int due30 = 0, due90 = 0, due180 = 0, english = 0, chinese = 0, churned = 0;
    QSet<QString> names;
    for (const QStringList &r : accounts.rows) {
        ++segments[r[seg]];
        ++stages[r[accounts.column("lifecycle_stage"_L1)]];
        ++regions[r[accounts.column("region"_L1)]];
        names.insert(r[name]);
        (hasHan(r[name]) ? chinese : english)++;
        if (r[status] == "churned"_L1) {
            ++churned;
            continue;
        }
        QCOMPARE(r[status], u"active"_s);
        const qint64 days = demoDay.daysTo(QDate::fromString(r[renewal], Qt::ISODate));
        due30 += days >= 0 && days <= 30;
        due90 += days >= 0 && days <= 90;
        due180 += days >= 0 && days <= 180;
    }
    qInfo() << "segments" << segments << "stages" << stages << "regions" << regions;
    qInfo() << "renewals due in 30/90/180 days:" << due30 << due90 << due180
            << "english/chinese names:" << english << chinese << "churned:" << churned;
    QCOMPARE(names.size(), accounts.rows.size());
    QCOMPARE(segments.size(), 3);
    QVERIFY(segments.value(u"enterprise"_s) > 40 && segments.value(u"enterprise"_s) < 110);
    QVERIFY(segments.value(u"mid_market"_s) > 120 && segments.value(u"mid_market"_s) < 220);
    QVERIFY(segments.value(u"smb"_s) > 190 && segments.value(u"smb"_s) < 290);
    QCOMPARE(regions.size(), 4);
    for (const char *stage : { "onboarding", "adoption", "expansion", "renewal", "at_risk", "churned" })
        QVERIFY2(stages.value(QString::fromLatin1(stage)) > 0, stage);
    QVERIFY(due30 > 0);
    QVERIFY(due90 > due30);
    QVERIFY(due180 > due90);
    QVERIFY(english > 300);
    QVERIFY(chinese > 30);

    // Renewals with a known outcome: mostly won, some lost.
    const int type = opportunities.column("type"_L1);
    const int closed = opportunities.column("is_closed"_L1);
    const int won = opportunities.column("is_won"_L1);
    const int closeDate = opportunities.column("close_date"_L1);
    QSet<QString> renewedRecently;
    int lost = 0, wonRecently = 0;
    for (const QStringList &r : opportunities.rows) {
        if (r[type] != "renewal"_L1 || r[closed] != "true"_L1)
            continue;
        if (r[won] == "false"_L1) {
            ++lost;
        } else if (QDate::fromString(r[closeDate], Qt::ISODate) >= demoDay.addMonths(-18)) {
            ++wonRecently;
            renewedRecently.insert(r[opportunities.column("account_id"_L1)]);
        }
    }
    QCOMPARE(lost, churned);
    const double churnRate = double(churned) / double(churned + renewedRecently.size());
    qInfo() << "renewals won in 18 months:" << wonRecently << "accounts renewed:" << renewedRecently.size()
            << "churn rate:" << churnRate;
    QVERIFY2(churnRate > 0.07 && churnRate < 0.2, qPrintable(QString::number(churnRate)));

    QSet<QString> roles;
    bool englishContact = false, chineseContact = false, left = false;
    for (const QStringList &r : contacts.rows) {
        roles.insert(r[contacts.column("role"_L1)]);
        const QString last = r[contacts.column("last_name"_L1)];
        (hasHan(last) ? chineseContact : englishContact) = true;
        left = left || r[contacts.column("status"_L1)] == "left"_L1;
    }
    QCOMPARE(roles,
             (QSet<QString> { u"champion"_s, u"decision_maker"_s, u"executive_sponsor"_s, u"user"_s,
                              u"technical"_s, u"billing"_s }));
    QVERIFY(englishContact && chineseContact && left);

    QHash<QString, int> userRoles;
    QSet<QString> teams;
    bool chineseUser = false;
    for (const QStringList &r : users.rows) {
        ++userRoles[r[users.column("role"_L1)]];
        teams.insert(r[users.column("team"_L1)]);
        chineseUser = chineseUser || hasHan(r[users.column("name"_L1)]);
    }
    qInfo() << "users" << userRoles << "teams" << teams;
    QCOMPARE(userRoles.value(u"ops"_s), 1);
    QVERIFY(userRoles.value(u"manager"_s) >= 3 && userRoles.value(u"manager"_s) <= 5);
    QVERIFY(teams.contains(u"大中华区"_s));
    QVERIFY(chineseUser);
    const double perCsm = double(accounts.rows.size()) / userRoles.value(u"csm"_s);
    QVERIFY2(perCsm >= 25 && perCsm <= 45, qPrintable(QString::number(perCsm)));

    // Some accounts nobody has touched for a month.
    const Table activities = table(Entity::Activities);
    QHash<QString, QDateTime> lastTouch;
    for (const QStringList &r : activities.rows) {
        const QDateTime at = QDateTime::fromString(r[activities.column("occurred_at"_L1)], Qt::ISODate);
        QDateTime &last = lastTouch[r[activities.column("account_id"_L1)]];
        last = std::max(last, at);
    }
    int stale = 0;
    for (const QStringList &r : accounts.rows) {
        if (r[status] == "active"_L1
            && lastTouch.value(r[0]).daysTo(QDateTime(demoDay, QTime(0, 0), QTimeZone::utc())) > 30)
            ++stale;
    }
    QVERIFY2(stale > 10, qPrintable(QString::number(stale)));
}

void TestDemoExport::usageRowsAreComplete_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("weeks");
    QTest::newRow("friday, 8 weeks") << demoDay << 8;
    QTest::newRow("monday, 26 weeks") << QDate(2025, 3, 10) << 26;
    QTest::newRow("sunday, 1 week") << QDate(2024, 12, 29) << 1;
    QTest::newRow("no usage") << demoDay << 0;
}

void TestDemoExport::usageRowsAreComplete()
{
    QFETCH(QDate, asOf);
    QFETCH(int, weeks);
    const QString dir
        = m_dir.filePath(u"usage-"_s + asOf.toString(Qt::ISODate) + u'-' + QString::number(weeks));
    QString error;
    QVERIFY2(DemoExportWriter(options(40, 3, weeks, asOf)).write(dir, &error), qPrintable(error));
    const Table accounts = parseCsv(readAll(csvPath(dir, Entity::Accounts)));
    const Table usage = parseCsv(readAll(csvPath(dir, Entity::Usage)));
    QVERIFY(accounts.error.isEmpty() && usage.error.isEmpty());

    // Weekly rows on Mondays up to asOf, from the account's creation, until its churn
    // (a churned account's renewal_date is the contract end it did not renew).
    const QDate lastMonday = asOf.addDays(1 - asOf.dayOfWeek());
    QList<QDate> mondays;
    for (int w = weeks - 1; w >= 0; --w)
        mondays.append(lastMonday.addDays(-7 * w));
    QStringList expected;
    for (const QStringList &r : accounts.rows) {
        const QDate created = QDate::fromString(r[accounts.column("created_at"_L1)].left(10), Qt::ISODate);
        const bool churned = r[accounts.column("status"_L1)] == "churned"_L1;
        const QDate end = QDate::fromString(r[accounts.column("renewal_date"_L1)], Qt::ISODate);
        for (const QDate &monday : mondays) {
            if (monday < created || (churned && monday >= end))
                continue;
            for (const char *metric : { "active_users", "core_feature_adoption", "licenses_used" })
                expected.append(r[0] + u',' + monday.toString(Qt::ISODate) + u','
                                + QLatin1StringView(metric));
        }
    }
    QStringList actual;
    for (const QStringList &r : usage.rows)
        actual.append(r.mid(0, 3).join(u','));
    QCOMPARE(actual, expected); // same rows, ordered by account, date, metric

    const int metric = usage.column("metric"_L1);
    const int value = usage.column("value"_L1);
    for (qsizetype i = 0; i + 2 < usage.rows.size(); i += 3) {
        const double active = usage.rows[i][value].toDouble();
        const double adoption = usage.rows[i + 1][value].toDouble();
        const double seats = usage.rows[i + 2][value].toDouble();
        QCOMPARE(usage.rows[i + 2][metric], u"licenses_used"_s);
        QVERIFY(active >= 0 && active <= seats);
        QVERIFY(adoption >= 0 && adoption <= 100);
    }
}

void TestDemoExport::churnIsPredictable()
{
    const Table accounts = table(Entity::Accounts);
    const Table opportunities = table(Entity::Opportunities);
    const Table nps = table(Entity::Nps);
    QSet<QString> renewed;
    for (const QStringList &r : opportunities.rows) {
        if (r[opportunities.column("type"_L1)] == "renewal"_L1
            && r[opportunities.column("is_won"_L1)] == "true"_L1)
            renewed.insert(r[opportunities.column("account_id"_L1)]);
    }
    QSet<QString> churned;
    for (const QStringList &r : accounts.rows) {
        if (r[accounts.column("status"_L1)] == "churned"_L1)
            churned.insert(r[0]);
        else if (r[accounts.column("status"_L1)] != "active"_L1)
            renewed.remove(r[0]);
    }
    renewed.subtract(churned);
    QVERIFY(churned.size() >= 20);
    QVERIFY(renewed.size() >= 150);

    // The last 12 weeks of each account's usage: trend and level.
    const QHash<QString, QList<double>> series = utilisationByAccount(accounts, table(Entity::Usage));
    QList<double> churnedTrend, renewedTrend, churnedLevel, renewedLevel;
    for (auto it = series.cbegin(); it != series.cend(); ++it) {
        if (it.value().size() < 12)
            continue;
        const QList<double> recent = it.value().mid(it.value().size() - 12);
        const double level = recent.back();
        if (churned.contains(it.key())) {
            churnedTrend.append(slope(recent));
            churnedLevel.append(level);
        } else if (renewed.contains(it.key())) {
            renewedTrend.append(slope(recent));
            renewedLevel.append(level);
        }
    }
    const auto mean = [](const QList<double> &v) {
        return std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
    };
    qInfo() << "weekly utilisation trend churned" << mean(churnedTrend) << "renewed" << mean(renewedTrend);
    QVERIFY(mean(churnedTrend) < mean(renewedTrend));

    // Each signal separates the outcomes clearly but not perfectly.
    const double trendAuc = aucLowerIsRisk(churnedTrend, renewedTrend);
    const double levelAuc = aucLowerIsRisk(churnedLevel, renewedLevel);
    QHash<QString, QList<double>> scores;
    for (const QStringList &r : nps.rows)
        scores[r[nps.column("account_id"_L1)]].append(r[nps.column("score"_L1)].toDouble());
    QList<double> churnedNps, renewedNps;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        if (churned.contains(it.key()))
            churnedNps.append(mean(it.value()));
        else if (renewed.contains(it.key()))
            renewedNps.append(mean(it.value()));
    }
    const double npsAuc = aucLowerIsRisk(churnedNps, renewedNps);
    qInfo() << "AUC of usage trend" << trendAuc << "utilisation" << levelAuc << "NPS" << npsAuc;
    for (double auc : { trendAuc, levelAuc, npsAuc }) {
        QVERIFY(auc > 0.65);
        QVERIFY(auc < 0.995);
    }
}

void TestDemoExport::progressAndCancel()
{
    DemoExportWriter writer(options(300, 5, 10));
    QList<qint64> seen;
    std::atomic_bool cancel = false;
    writer.setCancelFlag(&cancel);
    writer.setProgressCallback([&](qint64 done, qint64 total) {
        QCOMPARE(total, 300);
        seen.append(done);
    });
    QString error;
    const QString dir = m_dir.filePath(u"progress"_s);
    QVERIFY2(writer.write(dir, &error), qPrintable(error));
    QVERIFY(seen.size() >= 10);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QCOMPARE(seen.back(), 300);

    writer.setProgressCallback([&](qint64 done, qint64) {
        if (done >= 100)
            cancel = true;
    });
    const QString cancelled = m_dir.filePath(u"cancelled"_s);
    QVERIFY(!writer.write(cancelled, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(QDir(cancelled).entryList(QDir::Files).isEmpty(), "a cancelled export leaves no files behind");
}

void TestDemoExport::rejectsBadOptions()
{
    QString error;
    QVERIFY(!DemoExportWriter(options(0, 1, 10)).write(m_dir.filePath(u"none"_s), &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!DemoExportWriter(options(10, 1, -1)).write(m_dir.filePath(u"none"_s), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoExport)
#include "tst_demoexport.moc"
