// churn-eval: the churn model trained and measured on a labelled CSV. Against
// scikit-learn's figure on the Telco churn data, on generated files (encodings, outcome
// detection, the errors), and end to end through the real pitwall-cli.
#include "TestSupport.h"
#include "churn/ChurnEval.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QString telcoPath = u"churn/telco-customer-churn.csv"_s;

// A churn history with a real signal: month-to-month plans, falling usage and many
// tickets churn more. An id column, a numeric column with blanks, and noise.
QByteArray generatedCsv(int rows, const QString &churned = u"Yes"_s, const QString &stayed = u"No"_s,
                        quint32 seed = 5)
{
    QRandomGenerator rng(seed);
    QString text = u"Account ID,Plan,Seats,Usage trend,Tickets,Region,Churned\n"_s;
    const QStringList plans = { u"Monthly"_s, u"Annual"_s, u"Two-year"_s };
    const QStringList regions = { u"EMEA"_s, u"AMER"_s, u"APAC"_s };
    for (int i = 0; i < rows; ++i) {
        const int plan = int(rng.bounded(3));
        const int seats = 5 + int(rng.bounded(200));
        const double trend = rng.generateDouble() * 2 - 1;
        const int tickets = int(rng.bounded(12));
        const double logit = -1.5
            + (plan == 0       ? 1.2
                   : plan == 1 ? -0.3
                               : -1.0)
            - 1.5 * trend + 0.15 * tickets;
        const bool churn = rng.generateDouble() < 1.0 / (1.0 + std::exp(-logit));
        const QString trendText = i % 17 == 3 ? QString() : QString::number(trend, 'f', 3);
        text += u"ACC-%1,%2,%3,%4,%5,%6,%7\n"_s.arg(i + 1, 5, 10, QChar(u'0'))
                    .arg(plans.at(plan))
                    .arg(seats)
                    .arg(trendText)
                    .arg(tickets)
                    .arg(regions.at(int(rng.bounded(3))))
                    .arg(churn ? churned : stayed);
    }
    return text.toUtf8();
}

} // namespace

class TestChurnEval : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void telcoMatchesScikitLearn();
    void generatedHistoryIsLearned();
    void encodingsAndLineEndsGiveTheSameResult();
    void outcomeDetection_data();
    void outcomeDetection();
    void idColumnAndBlankOutcomes();
    void errorsNameTheFileAndLine_data();
    void errorsNameTheFileAndLine();

    void cliJson();
    void cliTextAndErrors();

private:
    QString write(const QString &name, const QByteArray &data);
    struct CliResult
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    CliResult cli(const QStringList &args);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestChurnEval::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestChurnEval::write(const QString &name, const QByteArray &data)
{
    const QString path = m_dir->filePath(name);
    if (!TestSupport::writeFile(path, data))
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

TestChurnEval::CliResult TestChurnEval::cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"xdg-data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"xdg-config"_s));
    p.setProcessEnvironment(env);
    p.start(TestSupport::cliPath(),
            QStringList { u"--db"_s, m_dir->filePath(u"cache.sqlite"_s), u"--lang"_s, u"en"_s } + args);
    if (!p.waitForFinished(120000))
        return {};
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

void TestChurnEval::telcoMatchesScikitLearn()
{
    PITWALL_REQUIRE_SHARED(path, telcoPath);
    ChurnEval::Options options;
    options.csvPath = path;
    options.labelColumn = u"Churn"_s;
    ChurnEval::Result r;
    QString error;
    QVERIFY2(ChurnEval::run(options, &r, &error), qPrintable(error));

    // scikit-learn: LogisticRegression() (C = 1, L2) on standardised features and one-hot
    // categoricals, 5-fold stratified ROC-AUC 0.845.
    QVERIFY2(qAbs(r.cvAuc - 0.845) <= 0.01, qPrintable(u"cv_auc %1"_s.arg(r.cvAuc)));
    QCOMPARE(int(r.foldAucs.size()), 5);
    for (const double auc : r.foldAucs)
        QVERIFY2(auc > 0.80 && auc < 0.90, qPrintable(u"fold auc %1"_s.arg(auc)));
    QVERIFY2(r.auc > 0.80 && r.auc < 0.90, qPrintable(u"auc %1"_s.arg(r.auc)));
    QVERIFY2(r.accuracy > 0.77 && r.accuracy < 0.85, qPrintable(u"accuracy %1"_s.arg(r.accuracy)));
    QCOMPARE(r.n, 7043);
    QCOMPARE(r.positives, 1869);
    QCOMPARE(r.positiveLabel, u"Yes"_s);
    QCOMPARE(r.positiveRule, ChurnEval::PositiveRule::Detected);
    QCOMPARE(r.testRows, 374 + 1035); // 20% of 1869 and of 5174
    // customerID is an identifier: left out, and said so.
    QCOMPARE(r.excluded.size(), 1);
    QCOMPARE(r.excluded.first().column, u"customerID"_s);
    QCOMPARE(r.excluded.first().reason, ChurnEval::Exclusion::Reason::Identifier);
    // The trap: 11 rows have TotalCharges " ", which makes it numeric with blanks, not a
    // categorical column of 6,500 levels.
    QCOMPARE(r.imputed.size(), 1);
    QCOMPARE(r.imputed.first().first, u"TotalCharges"_s);
    QCOMPARE(r.imputed.first().second, 11);
    QVERIFY(r.features.contains(u"TotalCharges"_s));
    QVERIFY(r.features.contains(u"Contract=Month-to-month"_s));
    QVERIFY(r.features.contains(u"SeniorCitizen"_s)); // 0/1: numeric
    QCOMPARE(r.columns.size(), 19);
    QCOMPARE(r.features.size(), 45); // 4 numeric + 41 one-hot
    // Tenure is the strongest signal, and long tenure means less churn.
    QCOMPARE(r.weights.first().feature, u"tenure"_s);
    QVERIFY(r.weights.first().weight < 0);

    // Deterministic: the same figures every run.
    ChurnEval::Result again;
    QVERIFY(ChurnEval::run(options, &again, &error));
    QCOMPARE(again.auc, r.auc);
    QCOMPARE(again.cvAuc, r.cvAuc);
}

void TestChurnEval::generatedHistoryIsLearned()
{
    const QString path = write(u"history.csv"_s, generatedCsv(1500));
    ChurnEval::Options options;
    options.csvPath = path;
    options.labelColumn = u"churned"_s; // any case
    ChurnEval::Result r;
    QString error;
    QVERIFY2(ChurnEval::run(options, &r, &error), qPrintable(error));
    QCOMPARE(r.n, 1500);
    QCOMPARE(r.label, u"Churned"_s);
    QVERIFY2(r.cvAuc > 0.70, qPrintable(u"cv_auc %1"_s.arg(r.cvAuc)));
    QVERIFY2(r.auc > 0.65, qPrintable(u"auc %1"_s.arg(r.auc)));
    QCOMPARE(r.excluded.size(), 1);
    QCOMPARE(r.excluded.first().column, u"Account ID"_s);
    // The planted signal comes back with the right signs.
    double trend = 0;
    double monthly = 0;
    double tickets = 0;
    for (const ChurnEval::Weight &w : std::as_const(r.weights)) {
        if (w.feature == "Usage trend"_L1)
            trend = w.weight;
        else if (w.feature == "Plan=Monthly"_L1)
            monthly = w.weight;
        else if (w.feature == "Tickets"_L1)
            tickets = w.weight;
    }
    QVERIFY(trend < -0.3);
    QVERIFY(monthly > 0.2);
    QVERIFY(tickets > 0.2);
    QCOMPARE(r.imputed.size(), 1);
    QCOMPARE(r.imputed.first().first, u"Usage trend"_s);
    QCOMPARE(r.imputed.first().second, qsizetype((1500 + 13) / 17)); // i % 17 == 3
}

void TestChurnEval::encodingsAndLineEndsGiveTheSameResult()
{
    // Non-ASCII values so that the encoding matters.
    const QString text = QString::fromUtf8(generatedCsv(400))
                             .replace(u"EMEA"_s, u"Zürich–München"_s)
                             .replace(u"APAC"_s, u"上海"_s);
    const QString utf8 = write(u"utf8.csv"_s, text.toUtf8());
    QString crlf = text;
    crlf.replace(u"\n"_s, u"\r\n"_s);
    QString cr = text;
    cr.replace(u"\n"_s, u"\r"_s);
    QStringEncoder utf16le(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QStringEncoder utf16be(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
    const QString utf16Crlf = write(u"utf16le.csv"_s, utf16le.encode(crlf));
    const QString utf16Cr = write(u"utf16be.csv"_s, utf16be.encode(cr));
    const QString utf8BomCrlf = write(u"utf8bom.csv"_s, "\xEF\xBB\xBF" + crlf.toUtf8());

    ChurnEval::Options options;
    options.labelColumn = u"Churned"_s;
    options.csvPath = utf8;
    ChurnEval::Result reference;
    QString error;
    QVERIFY2(ChurnEval::run(options, &reference, &error), qPrintable(error));
    QVERIFY(reference.features.contains(u"Region=上海"_s));
    for (const QString &path : { utf16Crlf, utf16Cr, utf8BomCrlf }) {
        options.csvPath = path;
        ChurnEval::Result r;
        QVERIFY2(ChurnEval::run(options, &r, &error), qPrintable(error));
        QCOMPARE(r.encoding != "UTF-8"_L1, !path.endsWith("utf8bom.csv"_L1));
        QCOMPARE(r.n, reference.n);
        QCOMPARE(r.features, reference.features);
        QCOMPARE(r.cvAuc, reference.cvAuc);
        QCOMPARE(r.auc, reference.auc);
    }
}

void TestChurnEval::outcomeDetection_data()
{
    QTest::addColumn<QString>("churned");
    QTest::addColumn<QString>("stayed");
    QTest::addColumn<QString>("positive"); // --positive, or empty
    QTest::addColumn<QString>("expectedLabel");
    QTest::addColumn<int>("expectedRule");
    QTest::newRow("Yes/No") << u"Yes"_s << u"No"_s << QString() << u"Yes"_s
                            << int(ChurnEval::PositiveRule::Detected);
    QTest::newRow("1/0") << u"1"_s << u"0"_s << QString() << u"1"_s << int(ChurnEval::PositiveRule::Detected);
    QTest::newRow("true/false") << u"TRUE"_s << u"FALSE"_s << QString() << u"TRUE"_s
                                << int(ChurnEval::PositiveRule::Detected);
    QTest::newRow("churned/renewed") << u"churned"_s << u"renewed"_s << QString() << u"churned"_s
                                     << int(ChurnEval::PositiveRule::Detected);
    // Neither reads as churned: the rarer value (churn is the minority here).
    QTest::newRow("minority") << u"Gone"_s << u"Active"_s << QString() << u"Gone"_s
                              << int(ChurnEval::PositiveRule::Minority);
    QTest::newRow("given") << u"Yes"_s << u"No"_s << u"no"_s << u"No"_s
                           << int(ChurnEval::PositiveRule::Given);
}

void TestChurnEval::outcomeDetection()
{
    QFETCH(QString, churned);
    QFETCH(QString, stayed);
    QFETCH(QString, positive);
    QFETCH(QString, expectedLabel);
    QFETCH(int, expectedRule);
    ChurnEval::Options options;
    options.csvPath = write(u"h.csv"_s, generatedCsv(300, churned, stayed));
    options.labelColumn = u"Churned"_s;
    options.positiveValue = positive;
    ChurnEval::Result r;
    QString error;
    QVERIFY2(ChurnEval::run(options, &r, &error), qPrintable(error));
    QCOMPARE(r.positiveLabel, expectedLabel);
    QCOMPARE(int(r.positiveRule), expectedRule);
    QVERIFY(r.positives > 0 && r.positives < r.n);
    // Predicting "No" is the same model mirrored: the same ranking quality.
    QVERIFY2(r.cvAuc > 0.65, qPrintable(u"cv_auc %1"_s.arg(r.cvAuc)));
    if (expectedRule == int(ChurnEval::PositiveRule::Minority))
        QVERIFY(r.positives < r.n - r.positives);
}

void TestChurnEval::idColumnAndBlankOutcomes()
{
    QByteArray data = generatedCsv(200);
    // Two rows whose outcome is blank: skipped, and counted.
    data += "ACC-90001,Monthly,10,0.5,3,EMEA,\nACC-90002,Annual,12,0.1,1,AMER,  \n";
    ChurnEval::Options options;
    options.csvPath = write(u"h.csv"_s, data);
    options.labelColumn = u"Churned"_s;
    options.idColumn = u"region"_s; // any column can be left out
    ChurnEval::Result r;
    QString error;
    QVERIFY2(ChurnEval::run(options, &r, &error), qPrintable(error));
    QCOMPARE(r.n, 200);
    QCOMPARE(r.skippedRows, 2);
    QVERIFY(!r.columns.contains(u"Region"_s));
    QVERIFY(!r.columns.contains(u"Account ID"_s));
    QCOMPARE(r.excluded.size(), 2);
    QCOMPARE(r.excluded.at(0).column, u"Region"_s);
    QCOMPARE(r.excluded.at(0).reason, ChurnEval::Exclusion::Reason::Id);
    QCOMPARE(r.excluded.at(1).reason, ChurnEval::Exclusion::Reason::Identifier);
}

void TestChurnEval::errorsNameTheFileAndLine_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("positive");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("no such column") << generatedCsv(50) << u"Outcome"_s << QString()
                                    << QStringList { u"bad.csv, line 1"_s, u"“Outcome”"_s, u"“Churned”"_s };
    QByteArray ragged = generatedCsv(30);
    ragged += "ACC-77777,Monthly,10\n";
    QTest::newRow("ragged row") << ragged << u"Churned"_s << QString()
                                << QStringList { u"bad.csv, line 32"_s, u"3 field"_s, u"7"_s };
    QTest::newRow("too few rows") << generatedCsv(12) << u"Churned"_s << QString()
                                  << QStringList { u"bad.csv"_s, u"too few outcomes to train"_s,
                                                   u"12 rows"_s };
    QTest::newRow("one class") << generatedCsv(60, u"No"_s, u"No"_s) << u"Churned"_s << QString()
                               << QStringList { u"bad.csv"_s, u"too few outcomes to train"_s };
    QTest::newRow("unknown positive") << generatedCsv(60) << u"Churned"_s << u"Lost"_s
                                      << QStringList { u"bad.csv"_s, u"“Lost”"_s, u"“Yes”"_s };
    QTest::newRow("many values") << generatedCsv(60) << u"Plan"_s << QString()
                                 << QStringList { u"bad.csv"_s, u"3 different values"_s, u"--positive"_s };
    QTest::newRow("empty file") << QByteArray() << u"Churned"_s << QString()
                                << QStringList { u"bad.csv"_s, u"empty"_s };
}

void TestChurnEval::errorsNameTheFileAndLine()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, label);
    QFETCH(QString, positive);
    QFETCH(QStringList, expected);
    ChurnEval::Options options;
    options.csvPath = write(u"bad.csv"_s, data);
    options.labelColumn = label;
    options.positiveValue = positive;
    ChurnEval::Result r;
    QString error;
    QVERIFY(!ChurnEval::run(options, &r, &error));
    for (const QString &part : expected)
        QVERIFY2(error.contains(part), qPrintable(u"“%1” not in: %2"_s.arg(part, error)));

    options.csvPath = m_dir->filePath(u"missing.csv"_s);
    QVERIFY(!ChurnEval::run(options, &r, &error));
    QVERIFY2(error.contains(u"missing.csv"_s), qPrintable(error));
}

void TestChurnEval::cliJson()
{
    const QString path = write(u"history.csv"_s, generatedCsv(500));
    const CliResult r = cli({ u"churn-eval"_s, u"--csv"_s, path, u"--label"_s, u"Churned"_s, u"--json"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    for (const char *key : { "auc", "cv_auc", "accuracy", "n", "positives", "positive_label", "features",
                             "cv_folds", "excluded", "imputed", "weights", "label", "positive_rule" })
        QVERIFY2(o.contains(QLatin1StringView(key)), key);
    QCOMPARE(o.value("n"_L1).toInt(), 500);
    QCOMPARE(o.value("positive_label"_L1).toString(), u"Yes"_s);
    QCOMPARE(o.value("positive_rule"_L1).toString(), u"detected"_s);
    QVERIFY(o.value("auc"_L1).toDouble() > 0.6 && o.value("auc"_L1).toDouble() <= 1.0);
    QVERIFY(o.value("cv_auc"_L1).toDouble() > 0.6);
    QCOMPARE(o.value("cv_folds"_L1).toArray().size(), 5);
    QVERIFY(o.value("positives"_L1).toInt() > 0);
    QVERIFY(o.value("features"_L1).toArray().contains(u"Plan=Monthly"_s));
    QCOMPARE(o.value("excluded"_L1).toArray().first().toObject().value("column"_L1).toString(),
             u"Account ID"_s);

    // The same figures as the library gives.
    ChurnEval::Options options;
    options.csvPath = path;
    options.labelColumn = u"Churned"_s;
    ChurnEval::Result lib;
    QString error;
    QVERIFY(ChurnEval::run(options, &lib, &error));
    QCOMPARE(o.value("cv_auc"_L1).toDouble(), lib.cvAuc);

    PITWALL_REQUIRE_SHARED(telco, telcoPath);
    const CliResult t = cli({ u"churn-eval"_s, u"--csv"_s, telco, u"--label"_s, u"Churn"_s, u"--json"_s });
    QVERIFY2(t.exitCode == 0, t.err.constData());
    const QJsonObject to = QJsonDocument::fromJson(t.out).object();
    QVERIFY(qAbs(to.value("cv_auc"_L1).toDouble() - 0.845) <= 0.01);
    QCOMPARE(to.value("n"_L1).toInt(), 7043);
    QCOMPARE(to.value("positives"_L1).toInt(), 1869);
}

void TestChurnEval::cliTextAndErrors()
{
    const QString path = write(u"history.csv"_s, generatedCsv(300));
    CliResult r
        = cli({ u"churn-eval"_s, u"--csv"_s, path, u"--label"_s, u"Churned"_s, u"--id"_s, u"Account ID"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    // Aligned: every figure line starts with its key, values in one column.
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    qsizetype column = -1;
    for (const char *key : { "auc", "cv_auc", "accuracy", "n", "positives" }) {
        const auto it = std::find_if(lines.begin(), lines.end(), [key](const QString &line) {
            return line.startsWith(QLatin1StringView(key) + u' ');
        });
        QVERIFY2(it != lines.end(), key);
        const qsizetype valueAt = it->indexOf(QRegularExpression(u"\\S"_s), qstrlen(key));
        if (column < 0)
            column = valueAt;
        QCOMPARE(valueAt, column);
    }
    QVERIFY(text.contains(u"Account ID (the --id column)"_s));
    QVERIFY(text.contains(u"“Yes” (detected"_s));

    r = cli({ u"churn-eval"_s, u"--csv"_s, path });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--label"));

    r = cli({ u"churn-eval"_s, u"--csv"_s, path, u"--label"_s, u"Nope"_s, u"--json"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("history.csv, line 1"), r.err.constData());

    r = cli(
        { u"churn-eval"_s, u"--csv"_s, write(u"tiny.csv"_s, generatedCsv(8)), u"--label"_s, u"Churned"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("tiny.csv: too few outcomes to train"), r.err.constData());

    r = cli({ u"help"_s });
    QVERIFY(r.out.contains("churn-eval --csv FILE --label COLUMN"));
}

QTEST_GUILESS_MAIN(TestChurnEval)
#include "tst_churneval.moc"
