#include "ChurnEval.h"

#include "LogisticRegression.h"
#include "ModelEvaluation.h"
#include "csv/CsvFileReader.h"
#include "csv/ValueParser.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

// The distinct values of the outcome column, compared without case ("Yes" and "yes" are
// one), each shown as first written.
struct LabelValues
{
    QStringList shown;
    QStringList folded;
    std::vector<qsizetype> counts;

    qsizetype code(const QString &value)
    {
        const QString key = value.toCaseFolded();
        qsizetype i = folded.indexOf(key);
        if (i < 0) {
            i = folded.size();
            folded.append(key);
            shown.append(value);
            counts.push_back(0);
        }
        ++counts[size_t(i)];
        return i;
    }
};

bool readsAsChurned(const QString &value)
{
    static const QStringList words
        = { u"yes"_s, u"y"_s, u"true"_s, u"t"_s, u"1"_s, u"churned"_s, u"churn"_s, u"lost"_s };
    if (words.contains(value, Qt::CaseInsensitive))
        return true;
    const std::optional<double> number = ValueParser::parseNumber(value);
    return number && *number == 1.0;
}

QString quoted(const QString &text)
{
    return ChurnEval::tr("“%1”").arg(text);
}

QString valueList(const QStringList &values, qsizetype max = 8)
{
    QStringList shown;
    for (qsizetype i = 0; i < qMin(values.size(), max); ++i)
        shown.append(quoted(values.at(i)));
    if (values.size() > max)
        shown.append(u"…"_s);
    return shown.join(u", "_s);
}

// Columns in a terminal: CJK characters take two.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF)
            || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
            || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6);
        width += c.isLowSurrogate() ? 0 : (wide ? 2 : 1);
    }
    return width;
}

QString figure(double value)
{
    return std::isfinite(value) ? QString::number(value, 'f', 4) : u"-"_s;
}

QString signedFigure(double value)
{
    return (value >= 0 ? u"+"_s : u"−"_s) + QString::number(std::abs(value), 'f', 3);
}

// ROC-AUC and accuracy of a model fitted on `train`, measured on `test`.
bool fitAndScore(const FeatureTable &table, std::span<const int> labels, const QList<qsizetype> &columns,
                 const ChurnEval::Options &options, const ModelEvaluation::Split &split, double *auc,
                 double *accuracy, QString *error)
{
    FeatureEncoder encoder;
    encoder.fit(table, split.train, columns, options.maxLevels);
    const FeatureMatrix xTrain = encoder.transform(table, split.train);
    std::vector<int> yTrain;
    yTrain.reserve(split.train.size());
    for (const qsizetype r : split.train)
        yTrain.push_back(labels[size_t(r)]);
    LogisticRegression::Options modelOptions;
    modelOptions.c = options.c;
    LogisticRegression model(modelOptions);
    if (!model.fit(xTrain, yTrain, error))
        return false;
    const FeatureMatrix xTest = encoder.transform(table, split.test);
    std::vector<int> yTest;
    yTest.reserve(split.test.size());
    for (const qsizetype r : split.test)
        yTest.push_back(labels[size_t(r)]);
    const std::vector<double> p = model.predictProbabilities(xTest);
    *auc = ModelEvaluation::rocAuc(p, yTest);
    if (accuracy)
        *accuracy = ModelEvaluation::accuracy(p, yTest);
    return true;
}

} // namespace

bool ChurnEval::run(const Options &options, Result *result, QString *error)
{
    const QString fileName = QFileInfo(options.csvPath).fileName();
    const auto fail = [&](const QString &message) {
        *error = message;
        return false;
    };
    CsvFileReader reader;
    QString openError;
    if (!reader.open(options.csvPath, &openError))
        return fail(tr("%1: %2").arg(options.csvPath, openError));
    if (!reader.readRecord())
        return fail(tr("%1 is empty: there is no header line").arg(fileName));

    QStringList header;
    for (qsizetype i = 0; i < reader.fieldCount(); ++i) {
        const QString name = ValueParser::normalizeHeader(reader.fieldString(i));
        header.append(name.isEmpty() ? tr("column %1").arg(i + 1) : name);
    }
    const auto findColumn = [&header](const QString &wanted) {
        const qsizetype exact = header.indexOf(wanted.trimmed());
        if (exact >= 0)
            return exact;
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (header.at(i).compare(wanted.trimmed(), Qt::CaseInsensitive) == 0)
                return i;
        }
        return qsizetype(-1);
    };
    const qsizetype headerLine = reader.line();
    const qsizetype labelIndex = findColumn(options.labelColumn);
    if (labelIndex < 0)
        return fail(tr("%1, line %2: there is no column %3 for the outcome; the columns are: %4")
                        .arg(fileName)
                        .arg(headerLine)
                        .arg(quoted(options.labelColumn), valueList(header, 40)));
    qsizetype idIndex = -1;
    if (!options.idColumn.isEmpty()) {
        idIndex = findColumn(options.idColumn);
        if (idIndex < 0)
            return fail(tr("%1, line %2: there is no column %3 for --id; the columns are: %4")
                            .arg(fileName)
                            .arg(headerLine)
                            .arg(quoted(options.idColumn), valueList(header, 40)));
        if (idIndex == labelIndex)
            return fail(
                tr("the outcome column %1 cannot also be the --id column").arg(quoted(header.at(idIndex))));
    }

    QStringList featureColumns;
    std::vector<qsizetype> sourceIndex;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (i != labelIndex && i != idIndex) {
            featureColumns.append(header.at(i));
            sourceIndex.push_back(i);
        }
    }
    FeatureTable table(featureColumns);
    LabelValues labelValues;
    std::vector<qsizetype> labelCodes;
    std::vector<QByteArrayView> cells(sourceIndex.size());
    qsizetype skipped = 0;
    while (reader.readRecord()) {
        if (reader.unterminatedQuote())
            return fail(tr("%1, line %2: a quoted field is never closed").arg(fileName).arg(reader.line()));
        if (reader.fieldCount() != header.size()) {
            return fail(
                tr("%1, line %2: %n field(s) where the header has %3", nullptr, int(reader.fieldCount()))
                    .arg(fileName)
                    .arg(reader.line())
                    .arg(header.size()));
        }
        const QString label = ValueParser::trimmed(reader.fieldString(labelIndex));
        if (ValueParser::isNull(label)) {
            ++skipped;
            continue;
        }
        labelCodes.push_back(labelValues.code(label));
        for (size_t i = 0; i < sourceIndex.size(); ++i)
            cells[i] = reader.field(sourceIndex[i]);
        table.appendRowUtf8(cells);
    }

    Result r;
    r.file = fileName;
    r.encoding = reader.encoding();
    r.label = header.at(labelIndex);
    r.skippedRows = skipped;
    r.n = table.rowCount();
    r.folds = options.folds;
    r.seed = options.seed;
    r.testFraction = options.testFraction;
    if (idIndex >= 0)
        r.excluded.append({ header.at(idIndex), Exclusion::Reason::Id });

    // Which value is the outcome to predict.
    qsizetype positiveCode = -1;
    if (!options.positiveValue.isEmpty()) {
        positiveCode = labelValues.folded.indexOf(ValueParser::trimmed(options.positiveValue).toCaseFolded());
        if (positiveCode < 0)
            return fail(tr("%1: no row has %2 = %3; its values are: %4")
                            .arg(fileName, quoted(r.label), quoted(options.positiveValue),
                                 valueList(labelValues.shown)));
        r.positiveRule = PositiveRule::Given;
    } else if (labelValues.shown.size() > 2) {
        return fail(
            tr("%1: the outcome column %2 has %3 different values (%4); say which one is the outcome to "
               "predict with --positive VALUE")
                .arg(fileName, quoted(r.label))
                .arg(labelValues.shown.size())
                .arg(valueList(labelValues.shown)));
    } else if (labelValues.shown.size() == 2) {
        const bool first = readsAsChurned(labelValues.shown.at(0));
        const bool second = readsAsChurned(labelValues.shown.at(1));
        if (first != second) {
            positiveCode = first ? 0 : 1;
            r.positiveRule = PositiveRule::Detected;
        } else {
            // The rarer value; on a tie the one that appears second.
            positiveCode = labelValues.counts[0] < labelValues.counts[1] ? 0 : 1;
            r.positiveRule = PositiveRule::Minority;
        }
    }
    std::vector<int> labels(labelCodes.size(), 0);
    for (size_t i = 0; i < labelCodes.size(); ++i)
        labels[i] = labelCodes[i] == positiveCode ? 1 : 0;
    r.positives = std::accumulate(labels.begin(), labels.end(), qsizetype(0));
    if (positiveCode >= 0) {
        r.positiveLabel = labelValues.shown.at(positiveCode);
        QStringList others = labelValues.shown;
        others.removeAt(positiveCode);
        r.negativeLabel = others.join(u", "_s);
    }

    const qsizetype negatives = r.n - r.positives;
    const qsizetype minimumPerClass = qMax(2, options.folds);
    if (r.n < minimumRows || r.positives < minimumPerClass || negatives < minimumPerClass) {
        const QString outcome
            = positiveCode >= 0 ? quoted(r.positiveLabel) : quoted(labelValues.shown.value(0));
        return fail(tr("%1: too few outcomes to train: %2 rows with an outcome in %3, %4 of them %5 and %6 "
                       "not; at least %7 rows and %8 of each outcome are needed")
                        .arg(fileName)
                        .arg(r.n)
                        .arg(quoted(r.label))
                        .arg(positiveCode >= 0 ? r.positives : r.n)
                        .arg(outcome)
                        .arg(positiveCode >= 0 ? negatives : 0)
                        .arg(minimumRows)
                        .arg(minimumPerClass));
    }

    QList<qsizetype> columns;
    for (qsizetype c = 0; c < table.columnCount(); ++c) {
        if (table.isIdentifier(c))
            r.excluded.append({ table.column(c).name, Exclusion::Reason::Identifier });
        else if (table.isConstant(c))
            r.excluded.append({ table.column(c).name, Exclusion::Reason::Constant });
        else
            columns.append(c);
    }
    if (columns.isEmpty())
        return fail(
            tr("%1: no column is left to learn from besides the outcome %2").arg(fileName, quoted(r.label)));

    if (!evaluate(table, labels, columns, options, &r, error)) {
        *error = tr("%1: %2").arg(fileName, *error);
        return false;
    }
    *result = std::move(r);
    return true;
}

bool ChurnEval::evaluate(const FeatureTable &table, std::span<const int> labels,
                         const QList<qsizetype> &columns, const Options &options, Result *result,
                         QString *error)
{
    // Seven independent fits, run on the thread pool: the held-out split (stratified 80/20),
    // the k folds of cross-validation, and every row (for the features and weights). Each
    // is deterministic, so the result does not depend on the threads.
    struct Job
    {
        ModelEvaluation::Split split;
        double auc = 0;
        double accuracy = 0;
        bool ok = false;
        QString error;
    };
    std::vector<Job> jobs(1);
    jobs.front().split = ModelEvaluation::stratifiedSplit(labels, options.testFraction, options.seed);
    for (ModelEvaluation::Split &fold : ModelEvaluation::stratifiedKFold(labels, options.folds))
        jobs.emplace_back().split = std::move(fold);

    const std::vector<qsizetype> rows = allRows(table.rowCount());
    FeatureEncoder encoder;
    LogisticRegression::Options modelOptions;
    modelOptions.c = options.c;
    LogisticRegression model(modelOptions);
    QString fullError;
    QFuture<bool> full = QtConcurrent::run([&] {
        encoder.fit(table, rows, columns, options.maxLevels);
        return model.fit(encoder.transform(table, rows), labels, &fullError);
    });
    QtConcurrent::blockingMap(jobs, [&](Job &job) {
        job.ok = fitAndScore(table, labels, columns, options, job.split, &job.auc, &job.accuracy, &job.error);
    });
    full.waitForFinished();
    for (const Job &job : jobs) {
        if (!job.ok) {
            *error = job.error;
            return false;
        }
    }
    if (!full.result()) {
        *error = fullError;
        return false;
    }
    result->auc = jobs.front().auc;
    result->accuracy = jobs.front().accuracy;
    result->testRows = qsizetype(jobs.front().split.test.size());
    result->foldAucs.clear();
    for (size_t i = 1; i < jobs.size(); ++i)
        result->foldAucs.push_back(jobs[i].auc);
    result->cvAuc = result->foldAucs.empty()
        ? std::nan("")
        : std::accumulate(result->foldAucs.begin(), result->foldAucs.end(), 0.0)
            / double(result->foldAucs.size());

    result->columns.clear();
    result->imputed.clear();
    result->cappedLevels.clear();
    for (const FeatureEncoder::EncodedColumn &encoded : encoder.columns()) {
        const QString &name = table.column(encoded.column).name;
        result->columns.append(name);
        if (encoded.imputed > 0)
            result->imputed.append({ name, encoded.imputed });
        if (encoded.droppedLevels > 0)
            result->cappedLevels.append({ name, encoded.droppedLevels });
    }
    result->features = encoder.featureNames();
    result->intercept = model.intercept();
    result->weights.clear();
    for (qsizetype j = 0; j < encoder.featureCount(); ++j)
        result->weights.append({ result->features.at(j), model.coefficients()[size_t(j)] });
    std::stable_sort(result->weights.begin(), result->weights.end(), [](const Weight &a, const Weight &b) {
        return std::abs(a.weight) > std::abs(b.weight);
    });
    return true;
}

QString ChurnEval::Result::ruleName(PositiveRule rule)
{
    switch (rule) {
    case PositiveRule::Given:
        return u"given"_s;
    case PositiveRule::Detected:
        return u"detected"_s;
    case PositiveRule::Minority:
        return u"minority"_s;
    }
    return {};
}

QJsonObject ChurnEval::Result::toJson() const
{
    const auto number = [](double v) {
        return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
    };
    QJsonArray foldArray;
    for (const double foldAuc : foldAucs)
        foldArray.append(number(foldAuc));
    QJsonArray excludedArray;
    for (const Exclusion &e : excluded) {
        const QString reason = e.reason == Exclusion::Reason::Id ? u"id"_s
            : e.reason == Exclusion::Reason::Identifier          ? u"identifier"_s
                                                                 : u"constant"_s;
        excludedArray.append(QJsonObject { { "column"_L1, e.column }, { "reason"_L1, reason } });
    }
    QJsonObject imputedObject;
    for (const auto &[column, count] : imputed)
        imputedObject.insert(column, count);
    QJsonArray weightArray;
    for (const Weight &w : weights)
        weightArray.append(QJsonObject { { "feature"_L1, w.feature }, { "weight"_L1, w.weight } });
    return QJsonObject {
        { "file"_L1, file },
        { "encoding"_L1, encoding },
        { "label"_L1, label },
        { "positive_label"_L1, positiveLabel },
        { "positive_rule"_L1, ruleName(positiveRule) },
        { "n"_L1, n },
        { "positives"_L1, positives },
        { "skipped_rows"_L1, skippedRows },
        { "auc"_L1, number(auc) },
        { "test_rows"_L1, testRows },
        { "seed"_L1, qint64(seed) },
        { "cv_auc"_L1, number(cvAuc) },
        { "cv_folds"_L1, foldArray },
        { "accuracy"_L1, number(accuracy) },
        { "columns"_L1, QJsonArray::fromStringList(columns) },
        { "features"_L1, QJsonArray::fromStringList(features) },
        { "excluded"_L1, excludedArray },
        { "imputed"_L1, imputedObject },
        { "intercept"_L1, intercept },
        { "weights"_L1, weightArray },
    };
}

QString ChurnEval::Result::toText(qsizetype strongest) const
{
    const QLocale locale;
    QList<std::pair<QString, QString>> lines;
    lines.append({ ChurnEval::tr("File"),
                   encoding == "UTF-8"_L1 ? file : ChurnEval::tr("%1 (read as %2)").arg(file, encoding) });
    QString rule;
    switch (positiveRule) {
    case PositiveRule::Given:
        rule = ChurnEval::tr("as given");
        break;
    case PositiveRule::Detected:
        rule = ChurnEval::tr("detected; --positive to choose");
        break;
    case PositiveRule::Minority:
        rule = ChurnEval::tr("the rarer value; --positive to choose");
        break;
    }
    lines.append(
        { ChurnEval::tr("Outcome"), ChurnEval::tr("%1 = %2 (%3)").arg(label, quoted(positiveLabel), rule) });
    lines.append({ u"n"_s,
                   skippedRows > 0
                       ? ChurnEval::tr("%1 rows (%n without an outcome skipped)", nullptr, int(skippedRows))
                             .arg(locale.toString(n))
                       : ChurnEval::tr("%1 rows").arg(locale.toString(n)) });
    lines.append({ u"positives"_s,
                   ChurnEval::tr("%1 (%2%)")
                       .arg(locale.toString(positives))
                       .arg(100.0 * double(positives) / double(qMax<qsizetype>(1, n)), 0, 'f', 1) });
    lines.append({ u"auc"_s,
                   ChurnEval::tr("%1  ROC-AUC on %2 held-out rows (stratified %3%, seed %4)")
                       .arg(figure(auc), locale.toString(testRows))
                       .arg(qRound(testFraction * 100))
                       .arg(seed) });
    QStringList foldFigures;
    for (const double a : foldAucs)
        foldFigures.append(QString::number(a, 'f', 3));
    lines.append({ u"cv_auc"_s,
                   ChurnEval::tr("%1  mean ROC-AUC of %2 stratified folds (%3)")
                       .arg(figure(cvAuc))
                       .arg(foldAucs.size())
                       .arg(foldFigures.join(u", "_s)) });
    lines.append(
        { u"accuracy"_s,
          ChurnEval::tr("%1  on the held-out rows, at a probability of 0.5").arg(figure(accuracy)) });
    lines.append({ ChurnEval::tr("Features"),
                   ChurnEval::tr("%n feature(s) from %1 column(s)", nullptr, int(features.size()))
                       .arg(columns.size()) });
    for (const Exclusion &e : excluded) {
        QString why;
        switch (e.reason) {
        case Exclusion::Reason::Id:
            why = ChurnEval::tr("the --id column");
            break;
        case Exclusion::Reason::Identifier:
            why = ChurnEval::tr("every value different: an identifier; --id to name it");
            break;
        case Exclusion::Reason::Constant:
            why = ChurnEval::tr("the same value in every row");
            break;
        }
        lines.append({ ChurnEval::tr("Left out"), ChurnEval::tr("%1 (%2)").arg(e.column, why) });
    }
    for (const auto &[column, count] : imputed)
        lines.append(
            { ChurnEval::tr("Imputed"),
              ChurnEval::tr("%1: %n blank(s) filled with the mean", nullptr, int(count)).arg(column) });
    for (const auto &[column, count] : cappedLevels)
        lines.append({ ChurnEval::tr("Capped"),
                       ChurnEval::tr("%1: %n rare value(s) beyond the most frequent ones not used", nullptr,
                                     int(count))
                           .arg(column) });
    if (strongest > 0 && !weights.isEmpty())
        lines.append(
            { ChurnEval::tr("Strongest"),
              ChurnEval::tr("weights on standardised features, fitted on every row; + raises the chance "
                            "of %1")
                  .arg(quoted(positiveLabel)) });
    for (qsizetype i = 0; i < qMin(strongest, weights.size()); ++i)
        lines.append(
            { QString(),
              ChurnEval::tr("%1  %2").arg(signedFigure(weights.at(i).weight), weights.at(i).feature) });

    int width = 0;
    for (const auto &line : std::as_const(lines))
        width = qMax(width, displayWidth(line.first));
    QString out;
    for (const auto &[key, value] : std::as_const(lines))
        out += key + QString(width + 2 - displayWidth(key), u' ') + value + u'\n';
    return out;
}
