// pitwall-cli playbook end to end: the real binary on a hand-made cache; the JSON shapes
// the issue names, the human forms, and clear errors with non-zero exits.
#include "TestSupport.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestCliPlaybook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void templates();
    void startListCheckSkipShow();
    void rules();
    void badInput_data();
    void badInput();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result cli(const QStringList &args);
    static QJsonValue json(const Result &r);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

TestCliPlaybook::Result TestCliPlaybook::cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"xdg-data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"xdg-config"_s));
    p.setProcessEnvironment(env);
    p.start(TestSupport::cliPath(), QStringList { u"--db"_s, m_db, u"--lang"_s, u"en"_s } + args);
    if (!p.waitForFinished(120000))
        return {};
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

QJsonValue TestCliPlaybook::json(const Result &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError)
        return {};
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

void TestCliPlaybook::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(u"cache.sqlite"_s);
    Database db;
    QString error;
    QVERIFY2(db.open(m_db, &error), qPrintable(error));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"INSERT INTO users (id, name) VALUES ('U7', 'Alice Martin')"_s));
    QVERIFY(q.exec(u"INSERT INTO accounts (id, name, owner_id, renewal_date, archived) VALUES"
                   " ('001A', '华为科技', 'U7', '2027-09-30', 0), ('001B', 'Acme Corp', 'U7', NULL, 0),"
                   " ('001C', 'Old Co', 'U7', NULL, 1)"_s));
    QVERIFY(TestSupport::writeFile(m_dir->filePath(u"xdg-config/Pitwall/Pitwall.conf"_s),
                                   "[Workspace]\nuserId=U7\nuserName=Alice Martin\n"));
}

void TestCliPlaybook::templates()
{
    Result r = cli({ u"playbook"_s, u"templates"_s, u"--json"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray list = json(r).toArray();
    QCOMPARE(list.size(), 5);
    QStringList ids;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.value("id"_L1).isString());
        QVERIFY(!o.value("name"_L1).toString().isEmpty());
        ids.append(o.value("id"_L1).toString());
    }
    QCOMPARE(ids,
             (QStringList { u"onboarding"_s, u"risk_rescue"_s, u"renewal"_s, u"qbr_preparation"_s,
                            u"sales_handoff"_s }));
    QCOMPARE(list.at(2).toObject().value("name"_L1).toString(), u"Renewal"_s);

    r = cli({ u"playbook"_s, u"templates"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("risk_rescue") && r.out.contains("Risk rescue (get-well plan)"),
             r.out.constData());
}

void TestCliPlaybook::startListCheckSkipShow()
{
    // start: the new playbook with its id and steps (title, due, status).
    Result r = cli(
        { u"playbook"_s, u"start"_s, u"--account"_s, u"001B"_s, u"--template"_s, u"renewal"_s, u"--json"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject started = json(r).toObject();
    const QString id = started.value("id"_L1).toString();
    QVERIFY(!QUuid::fromString(id).isNull());
    QCOMPARE(started.value("account"_L1).toString(), u"001B"_s);
    QCOMPARE(started.value("template"_L1).toString(), u"renewal"_s);
    QVERIFY(started.value("trigger"_L1).isNull());
    const QJsonArray steps = started.value("steps"_L1).toArray();
    QCOMPARE(steps.size(), 4);
    const QDate today = QDate::currentDate();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject s = steps.at(i).toObject();
        QVERIFY(!s.value("title"_L1).toString().isEmpty());
        QCOMPARE(s.value("status"_L1).toString(), u"open"_s);
        // No renewal date on 001B: assumed 120 days out, steps 30 days apart from today.
        QCOMPARE(s.value("due"_L1).toString(), today.addDays(30 * i).toString(Qt::ISODate));
    }
    QCOMPARE(steps.at(0).toObject().value("title"_L1).toString(), u"Assess the renewal risk"_s);
    QCOMPARE(started.value("notes"_L1).toArray().size(), 1);

    r = cli({ u"playbook"_s, u"start"_s, u"--account"_s, u"001A"_s, u"--template"_s, u"onboarding"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Onboarding: the golden 90 days") && r.out.contains("华为科技")
                 && r.out.contains("Hold the kickoff call"),
             r.out.constData());

    // list: id, account, template, trigger (null by hand), progress.
    r = cli({ u"playbook"_s, u"list"_s, u"--json"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonArray list = json(r).toArray();
    QCOMPARE(list.size(), 2);
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        for (const char *key : { "id", "account", "template", "trigger", "progress" })
            QVERIFY2(o.contains(QLatin1StringView(key)), key);
        QVERIFY(o.value("trigger"_L1).isNull());
        QCOMPARE(o.value("progress"_L1).toDouble(), 0.0);
    }
    r = cli({ u"playbook"_s, u"list"_s, u"--account"_s, u"001B"_s, u"--json"_s });
    list = json(r).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value("id"_L1).toString(), id);

    // check (with a note) and skip, addressed by a short id.
    r = cli({ u"playbook"_s, u"check"_s, u"--instance"_s, id.left(8), u"--step"_s, u"1"_s, u"--note"_s,
              u"Usage flat, champion engaged"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Assess the renewal risk") && r.out.contains("1 of 4"), r.out.constData());
    r = cli({ u"playbook"_s, u"skip"_s, u"--instance"_s, id, u"--step"_s, u"2"_s, u"--reason"_s,
              u"Sponsor met at the QBR"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("2 of 4"), r.out.constData());
    r = cli({ u"playbook"_s, u"list"_s, u"--account"_s, u"001B"_s, u"--json"_s });
    QCOMPARE(json(r).toArray().at(0).toObject().value("progress"_L1).toDouble(), 0.5);

    // show: everything about it.
    r = cli({ u"playbook"_s, u"show"_s, u"--instance"_s, id, u"--json"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject shown = json(r).toObject();
    QCOMPARE(shown.value("id"_L1).toString(), id);
    QCOMPARE(shown.value("status"_L1).toString(), u"open"_s);
    QVERIFY(shown.value("renewal_assumed"_L1).toBool());
    const QJsonArray shownSteps = shown.value("steps"_L1).toArray();
    QCOMPARE(shownSteps.size(), 4);
    QJsonObject first = shownSteps.at(0).toObject();
    QCOMPARE(first.value("status"_L1).toString(), u"done"_s);
    QCOMPARE(first.value("done_by"_L1).toString(), u"U7"_s);
    QCOMPARE(first.value("note"_L1).toString(), u"Usage flat, champion engaged"_s);
    QCOMPARE(shownSteps.at(1).toObject().value("status"_L1).toString(), u"skipped"_s);
    QCOMPARE(shownSteps.at(1).toObject().value("skip_reason"_L1).toString(), u"Sponsor met at the QBR"_s);
    QCOMPARE(shownSteps.at(2).toObject().value("owner_role"_L1).toString(), u"sales"_s);

    r = cli({ u"playbook"_s, u"show"_s, u"--instance"_s, id });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("[x] 1. Assess the renewal risk") && r.out.contains("[-] 2.")
                 && r.out.contains("[ ] 3.") && r.out.contains("Sponsor met at the QBR")
                 && r.out.contains("no renewal date"),
             r.out.constData());

    // Finishing the steps completes it; list (open only) drops it, --all keeps it.
    QCOMPARE(cli({ u"playbook"_s, u"check"_s, u"--instance"_s, id, u"--step"_s, u"3"_s }).exitCode, 0);
    r = cli({ u"playbook"_s, u"check"_s, u"--instance"_s, id, u"--step"_s, u"4"_s });
    QVERIFY2(r.out.contains("complete"), r.out.constData());
    QCOMPARE(json(cli({ u"playbook"_s, u"list"_s, u"--json"_s })).toArray().size(), 1);
    list = json(cli({ u"playbook"_s, u"list"_s, u"--all"_s, u"--json"_s })).toArray();
    QCOMPARE(list.size(), 2);

    // Each change is in the journal, by the user picked in the GUI.
    r = cli({ u"journal"_s, u"--json"_s });
    const QJsonArray changes = json(r).toArray();
    QStringList fields;
    for (const QJsonValue &v : changes) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value("author"_L1).toString(), u"U7"_s);
        fields.append(o.value("entity"_L1).toString() + u'.' + o.value("field"_L1).toString());
    }
    QCOMPARE(
        fields,
        (QStringList { u"playbook.created"_s, u"playbook.created"_s, u"playbook_step.status"_s,
                       u"playbook_step.note"_s, u"playbook_step.status"_s, u"playbook_step.skip_reason"_s,
                       u"playbook_step.status"_s, u"playbook_step.status"_s, u"playbook.status"_s }));
    r = cli({ u"playbook"_s, u"list"_s });
    QVERIFY2(r.exitCode == 0 && r.out.contains("Acme Corp") == false && r.out.contains("华为科技"),
             r.out.constData());
}

void TestCliPlaybook::rules()
{
    Result r = cli({ u"playbook"_s, u"rules"_s, u"--json"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = json(r).toObject();
    QCOMPARE(o.value("origin"_L1).toString(), u"built-in"_s);
    const QJsonArray rules = o.value("rules"_L1).toArray();
    QCOMPARE(rules.size(), 5);
    QCOMPARE(rules.at(0).toObject().value("trigger"_L1).toString(), u"nps_detractor"_s);
    QCOMPARE(rules.at(0).toObject().value("start_playbook"_L1).toString(), u"risk_rescue"_s);
    r = cli({ u"playbook"_s, u"rules"_s });
    QVERIFY2(r.out.contains("Renewal within 120 day"), r.out.constData());
    // --evaluate runs them: 001A renews in more than 120 days, so nothing starts today...
    r = cli({ u"playbook"_s, u"rules"_s, u"--evaluate"_s, u"--as-of"_s, u"2027-06-15"_s, u"--json"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // ...but on 2027-06-15 it renews in 107 days.
    QCOMPARE(json(r).toObject().value("started"_L1).toInt(), 1);
    r = cli({ u"playbook"_s, u"rules"_s, u"--evaluate"_s, u"--as-of"_s, u"2027-06-15"_s });
    QVERIFY2(r.out.contains("0 playbook"), r.out.constData());
}

void TestCliPlaybook::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no sub-command") << QStringList { u"playbook"_s } << 2 << u"Usage: pitwall-cli playbook"_s;
    QTest::newRow("unknown sub-command")
        << QStringList { u"playbook"_s, u"stop"_s } << 2 << u"unknown playbook command \"stop\""_s;
    QTest::newRow("unknown instance") << QStringList { u"playbook"_s, u"show"_s, u"--instance"_s,
                                                       u"00000000-0000-0000-0000-000000000000"_s }
                                      << 1 << u"No playbook with id"_s;
    QTest::newRow("not an id") << QStringList { u"playbook"_s, u"check"_s,  u"--instance"_s,
                                                u"zz"_s,       u"--step"_s, u"1"_s }
                               << 1 << u"not a playbook id"_s;
    QTest::newRow("step out of range")
        << QStringList { u"playbook"_s, u"check"_s, u"--instance"_s, u"@ID"_s, u"--step"_s, u"9"_s } << 1
        << u"There is no step 9: this playbook has 7 step"_s;
    QTest::newRow("step not a number")
        << QStringList { u"playbook"_s, u"check"_s, u"--instance"_s, u"@ID"_s, u"--step"_s, u"two"_s } << 2
        << u"--step needs a step number from 1"_s;
    QTest::newRow("skip without reason")
        << QStringList { u"playbook"_s, u"skip"_s, u"--instance"_s, u"@ID"_s, u"--step"_s, u"1"_s } << 2
        << u"needs --reason TEXT"_s;
    QTest::newRow("skip with a blank reason")
        << QStringList { u"playbook"_s, u"skip"_s, u"--instance"_s, u"@ID"_s,
                         u"--step"_s,   u"1"_s,    u"--reason"_s,   u"  "_s }
        << 2 << u"needs --reason TEXT"_s;
    QTest::newRow("unknown template")
        << QStringList { u"playbook"_s, u"start"_s, u"--account"_s, u"001B"_s, u"--template"_s, u"renewl"_s }
        << 1 << u"No playbook template with id “renewl”"_s;
    QTest::newRow("archived account")
        << QStringList { u"playbook"_s, u"start"_s, u"--account"_s, u"001C"_s, u"--template"_s, u"renewal"_s }
        << 1 << u"is archived"_s;
    QTest::newRow("unknown account") << QStringList { u"playbook"_s, u"start"_s,      u"--account"_s,
                                                      u"NOPE"_s,     u"--template"_s, u"renewal"_s }
                                     << 1 << u"No account with CRM id “NOPE”"_s;
    QTest::newRow("already running") << QStringList { u"playbook"_s, u"start"_s,      u"--account"_s,
                                                      u"001A"_s,     u"--template"_s, u"onboarding"_s }
                                     << 1 << u"already running"_s;
    QTest::newRow("start without template")
        << QStringList { u"playbook"_s, u"start"_s, u"--account"_s, u"001A"_s } << 2
        << u"needs --account ID and --template"_s;
    QTest::newRow("list unknown account")
        << QStringList { u"playbook"_s, u"list"_s, u"--account"_s, u"NOPE"_s } << 1
        << u"No account with CRM id “NOPE”"_s;
    QTest::newRow("unknown option") << QStringList { u"playbook"_s, u"list"_s, u"--bogus"_s } << 2
                                    << u"bogus"_s;
}

void TestCliPlaybook::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    // A playbook to address: onboarding (7 steps) on 001A.
    const Result started = cli({ u"playbook"_s, u"start"_s, u"--account"_s, u"001A"_s, u"--template"_s,
                                 u"onboarding"_s, u"--json"_s });
    QVERIFY2(started.exitCode == 0, started.err.constData());
    const QString id = json(started).toObject().value("id"_L1).toString();
    args.replaceInStrings(u"@ID"_s, id);
    const Result r = cli(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    // Nothing changed on the playbook.
    const Result shown = cli({ u"playbook"_s, u"show"_s, u"--instance"_s, id, u"--json"_s });
    QCOMPARE(json(shown).toObject().value("done"_L1).toInt(), 0);
    QCOMPARE(json(shown).toObject().value("skipped"_L1).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestCliPlaybook)
#include "tst_cliplaybook.moc"
