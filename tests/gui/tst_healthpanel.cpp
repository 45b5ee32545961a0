// The Account 360's Health tab on a demo cache: the score and band the cache holds, one
// contribution row per measure, the weekly history on the chart, an override set through
// the dialog (saved, journaled, shown as a banner and on the header tile) and cleared
// again, a dialog that cannot be accepted while incomplete, the empty state's "Compute
// now", the churn risk with its drivers or the model's message, and the keyboard.
#include "TestSupport.h"
#include "account360/Account360View.h"
#include "account360/HealthOverrideDialog.h"
#include "account360/HealthPanel.h"
#include "common/ElidedLabel.h"
#include "common/EmptyStateWidget.h"
#include "common/Localization.h"
#include "common/MessageBoxes.h"
#include "common/Theme.h"
#include "demo/DemoExportWriter.h"
#include "health/HealthRecompute.h"
#include "health/HealthStore.h"
#include "import/Importer.h"
#include "itemmodels/HealthContributionModel.h"
#include "store/Database.h"
#include "work/LocalWork.h"
#include "workspace/Workspace.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QChart>
#include <QCheckBox>
#include <QDateEdit>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScatterSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

using Band = HealthScorecard::Band;

namespace {

QVariant scalar(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        if (q.lastError().isValid())
            qWarning() << sql << q.lastError().text();
        return {};
    }
    return q.value(0);
}

const QString bareAccountId = u"BARE-HEALTH"_s;
constexpr int historyWeeks = 8;

} // namespace

class TestHealthPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void panelShowsTheStoredScore();
    void contributionsHaveOneRowPerMeasure();
    void historyChartHasTheSnapshots();
    void ruleThatAppliedIsNamed();
    void overrideIsSetThroughTheDialog();
    void clearingTheOverrideRemovesTheBanner();
    void refusalsAreShown();
    void incompleteDialogCannotBeAccepted();
    void unscoredAccountComputesNow();
    void churnedAccountIsNotScored();
    void churnRiskShowsProbabilityAndDrivers();
    void tileAndShortcutOpenTheHealthTab();
    void tileWorksFromTheKeyboard();
    void screenshots();

private:
    std::unique_ptr<Account360View> makeView(const QString &accountId);
    HealthPanel *showHealth(Account360View &view);

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<Workspace> m_workspace;
    QString m_accountId; // a scored demo account with history and a measure dragging it down
    QString m_ownerName;
    QList<MessageBoxes::Request> m_messages;
    QMessageBox::StandardButton m_answer = QMessageBox::Yes;
};

void TestHealthPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestSupport::isolateSettings();
    QCoreApplication::setOrganizationName(u"Pitwall"_s);
    QCoreApplication::setApplicationName(u"Pitwall-tests"_s);
    // PITWALL_HEALTH_LOCALE=zh_CN runs (and shoots) it in Chinese.
    const QString language = qEnvironmentVariable("PITWALL_HEALTH_LOCALE");
    if (!language.isEmpty())
        Localization::install(*qApp, language);
    else
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Theme::apply(*qApp);

    QVERIFY(m_dir.isValid());
    DemoOptions options;
    options.accounts = 200;
    options.seed = 4;
    options.usageWeeks = 40;
    options.asOf = QDate::currentDate();
    QString error;
    QVERIFY2(DemoExportWriter(options).write(m_dir.filePath(u"bundle"_s), &error), qPrintable(error));
    QVERIFY2(m_db.open(m_dir.filePath(u"cache.sqlite"_s), &error), qPrintable(error));
    ImportOptions import;
    import.source = m_dir.filePath(u"bundle"_s);
    const ImportReport report = Importer(m_db).run(import);
    QVERIFY2(report.ok(), qPrintable(report.error));

    // A weekly history: the weeks before this one scored as of their Mondays, then today.
    const QDate thisWeek = HealthStore::weekOf(QDate::currentDate());
    for (int w = historyWeeks; w >= 1; --w) {
        HealthRecompute past(m_db);
        const QDate day = thisWeek.addDays(-7 * w);
        past.setAsOf(day);
        past.setNow(QDateTime(day, QTime(12, 0), Qt::UTC));
        QVERIFY2(past.recomputeAll(), qPrintable(past.lastError()));
    }
    HealthRecompute now(m_db);
    QVERIFY2(now.recomputeAll(), qPrintable(now.lastError()));
    QVERIFY(now.report().accounts > 0);

    // The scored live account with the longest history, whose score something drags down.
    m_accountId
        = scalar(m_db,
                 u"SELECT s.account_id FROM health_scores s WHERE s.band <> 'none' AND s.top_drag <> ''"
                 " ORDER BY (SELECT COUNT(*) FROM health_history h WHERE h.account_id = s.account_id)"
                 " DESC, s.account_id LIMIT 1"_s)
              .toString();
    QVERIFY(!m_accountId.isEmpty());
    QVERIFY(
        m_db.exec(u"INSERT INTO accounts (id, name, lifecycle_stage, status) VALUES ('%1', 'Bare Health Ltd',"
                  " 'adoption', 'active')"_s.arg(bareAccountId)));
}

void TestHealthPanel::init()
{
    QSettings().clear();
    m_workspace = std::make_unique<Workspace>();
    const QString owner
        = scalar(m_db, u"SELECT owner_id FROM accounts WHERE id = ?"_s, { m_accountId }).toString();
    m_ownerName = scalar(m_db, u"SELECT name FROM users WHERE id = ?"_s, { owner }).toString();
    QVERIFY(!owner.isEmpty());
    m_workspace->setUser(owner, m_ownerName);
    m_messages.clear();
    m_answer = QMessageBox::Yes;
    MessageBoxes::setHandler([this](const MessageBoxes::Request &request) {
        m_messages << request;
        return request.icon == QMessageBox::Question ? m_answer : QMessageBox::Ok;
    });
}

void TestHealthPanel::cleanup()
{
    MessageBoxes::setHandler({});
    // Each test starts without overrides.
    QVERIFY(m_db.exec(u"DELETE FROM health_overrides"_s));
    QVERIFY(m_db.exec(u"DELETE FROM change_journal"_s));
    QVERIFY(m_db.exec(u"UPDATE health_history SET overridden = 0"_s));
    HealthRecompute now(m_db);
    QVERIFY2(now.recomputeAccount(m_accountId), qPrintable(now.lastError()));
    m_workspace.reset();
}

std::unique_ptr<Account360View> TestHealthPanel::makeView(const QString &accountId)
{
    auto view = std::make_unique<Account360View>(m_db, *m_workspace, accountId);
    view->resize(1280, 860);
    return view;
}

HealthPanel *TestHealthPanel::showHealth(Account360View &view)
{
    view.show();
    view.showTab(Account360View::HealthTab);
    return view.healthPanel();
}

void TestHealthPanel::panelShowsTheStoredScore()
{
    auto view = makeView(m_accountId);
    HealthPanel *panel = showHealth(*view);
    QCOMPARE(view->tabs()->tabText(Account360View::HealthTab),
             QApplication::translate("Account360View", "Health"));
    QVERIFY(panel->isVisible());
    QVERIFY(panel->hasRecord());

    const int score
        = scalar(m_db, u"SELECT score FROM health_scores WHERE account_id = ?"_s, { m_accountId }).toInt();
    const Band band = *HealthScorecard::bandFromKeyword(
        scalar(m_db, u"SELECT band FROM health_scores WHERE account_id = ?"_s, { m_accountId }).toString());
    QCOMPARE(panel->record().score.value_or(-1), score);
    QCOMPARE(panel->scoreLabel()->text(), QLocale().toString(score));
    QCOMPARE(panel->bandChip()->text(), HealthScorecard::bandLabel(band));
    QCOMPARE(panel->bandChip()->property("tone").toString(), HealthScorecard::bandKeyword(band));
    QVERIFY(!panel->overrideBanner()->isVisible());
    QVERIFY(!panel->emptyState()->isVisible());
    // Eight weeks of history: a trend against 30 days ago, shown as "+n" or "−n".
    QVERIFY(panel->record().trend.has_value());
    QCOMPARE(panel->trendLabel()->text(), HealthPanel::trendText(panel->record().trend));

    // The measure dragging it down, by its label and raw value.
    const QString topDrag
        = scalar(m_db, u"SELECT top_drag FROM health_scores WHERE account_id = ?"_s, { m_accountId })
              .toString();
    const HealthScorecard::Measure *measure = panel->scorecard().measure(topDrag);
    QVERIFY(measure);
    QVERIFY2(panel->topDragLabel()->text().contains(measure->displayLabel().toHtmlEscaped()),
             qPrintable(panel->topDragLabel()->text()));
    QVERIFY(panel->topDragLabel()->isVisible());

    // The header tile agrees and names the band.
    auto *tileValue = view->findChild<QLabel *>(u"healthTileValue"_s);
    QVERIFY(tileValue);
    QVERIFY2(tileValue->text().startsWith(QLocale().toString(score)), qPrintable(tileValue->text()));
    QVERIFY(tileValue->text().contains(HealthScorecard::bandLabel(band)));
    QCOMPARE(tileValue->property("tone").toString(), HealthScorecard::bandKeyword(band));
}

void TestHealthPanel::contributionsHaveOneRowPerMeasure()
{
    auto view = makeView(m_accountId);
    HealthPanel *panel = showHealth(*view);
    HealthContributionModel *model = panel->contributionModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const HealthScorecard &card = panel->scorecard();
    QCOMPARE(model->rowCount(), card.measureCount());
    QCOMPARE(panel->contributionTable()->model()->rowCount(), card.measureCount());

    // Row by row, the stored JSON: the measure, its status, and its points.
    const QByteArray json
        = scalar(m_db, u"SELECT contributions FROM health_scores WHERE account_id = ?"_s, { m_accountId })
              .toByteArray();
    const QList<HealthContribution> stored = HealthEngine::parseContributions(json);
    QCOMPARE(stored.size(), model->rowCount());
    double points = 0;
    int marked = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, 0);
        QCOMPARE(index.data(HealthContributionModel::MeasureIdRole).toString(), stored.at(r).measureId);
        QCOMPARE(index.data(HealthContributionModel::StatusRole).toInt(), int(stored.at(r).status));
        QCOMPARE(index.data().toString(), card.measure(stored.at(r).measureId)->displayLabel());
        points += index.data(HealthContributionModel::PointsRole).toDouble();
        marked += index.data(HealthContributionModel::TopDragRole).toBool() ? 1 : 0;
    }
    QCOMPARE(marked, 1);
    // The contributions make the score the arithmetic gave.
    const int computed
        = scalar(m_db, u"SELECT computed_score FROM health_scores WHERE account_id = ?"_s, { m_accountId })
              .toInt();
    QVERIFY2(std::abs(points - computed) <= 0.6, qPrintable(u"%1 vs %2"_s.arg(points).arg(computed)));
    const QString total = panel->contributionTotal()->text();
    QVERIFY2(total.contains(QLocale().toString(points, 'f', 1))
                 && total.contains(QLocale().toString(computed)),
             qPrintable(total));
}

void TestHealthPanel::ruleThatAppliedIsNamed()
{
    // Red sentiment on an account scoring above red: the rule forces it to red's top.
    auto view = makeView(m_accountId);
    HealthPanel *panel = showHealth(*view);
    QVERIFY(!panel->ruleLabel()->isVisible());
    LocalWork work(m_db, m_workspace->author());
    QVERIFY(work.setSentiment(m_accountId, LocalWork::Sentiment::Red, u"Exec sponsor unhappy"_s));
    QVERIFY(panel->computeNow());
    const HealthStore::Record &r = panel->record();
    QCOMPARE(r.rule, u"sentiment_red"_s);
    QCOMPARE(r.band, Band::Red);
    QVERIFY2(r.computedScore.value_or(0) > 49, qPrintable(QString::number(r.computedScore.value_or(-1))));
    QCOMPARE(r.score.value_or(-1), 49);
    QVERIFY(panel->ruleLabel()->isVisible());
    const QString rule = panel->ruleLabel()->text();
    QVERIFY2(rule.contains(panel->scorecard().rule(u"sentiment_red"_s)->displayLabel()), qPrintable(rule));
    QVERIFY2(rule.contains(QLocale().toString(*r.computedScore)), qPrintable(rule));
    QCOMPARE(panel->scoreLabel()->text(), QLocale().toString(49));
    QVERIFY(panel->contributionTotal()->text().contains(QLocale().toString(49)));
    QCOMPARE(view->findChild<QLabel *>(u"healthTileValue"_s)->property("tone").toString(), u"red"_s);
    QVERIFY(m_db.exec(u"DELETE FROM sentiment"_s));
}

void TestHealthPanel::historyChartHasTheSnapshots()
{
    auto view = makeView(m_accountId);
    HealthPanel *panel = showHealth(*view);
    QSqlQuery q(m_db.connection());
    q.prepare(
        u"SELECT week, score FROM health_history WHERE account_id = ? AND score IS NOT NULL ORDER BY week"_s);
    q.addBindValue(m_accountId);
    QVERIFY(q.exec());
    QList<std::pair<QDate, int>> expected;
    while (q.next())
        expected.append({ QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toInt() });
    QVERIFY2(expected.size() >= historyWeeks + 1, qPrintable(QString::number(expected.size())));

    QLineSeries *line = panel->historySeries();
    QVERIFY(line);
    QCOMPARE(line->count(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(line->at(i).x())).date(), expected.at(i).first);
        QCOMPARE(int(line->at(i).y()), expected.at(i).second);
    }
    QCOMPARE(panel->overrideMarks()->count(), 0);
    // The three bands are shaded beneath the line.
    int areas = 0;
    for (QAbstractSeries *series : panel->historyChart()->series())
        areas += series->type() == QAbstractSeries::SeriesTypeArea ? 1 : 0;
    QCOMPARE(areas, 3);
}

void TestHealthPanel::overrideIsSetThroughTheDialog()
{
    auto view = makeView(m_accountId);
    HealthPanel *panel = showHealth(*view);
    const int computed = panel->record().score.value_or(-1);
    const Band computedBand = panel->record().band;
    // An override to a band it is not in.
    const Band band = computedBand == Band::Yellow ? Band::Red : Band::Yellow;
    const int overrideScore = band == Band::Yellow ? 60 : 30;

    QTest::mouseClick(panel->overrideButton(), Qt::LeftButton);
    HealthOverrideDialog *dialog = panel->overrideDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    QCOMPARE(dialog->lastDay(), QDate::currentDate().addDays(HealthOverrideDialog::defaultDays));

    dialog->bandButton(band)->click();
    dialog->scoreCheck()->setChecked(true);
    QVERIFY(dialog->scoreSpin()->isEnabled());
    dialog->scoreSpin()->setValue(overrideScore);
    QTest::keyClicks(dialog->reasonEdit(), u"Champion left; the new sponsor has not engaged yet."_s);
    QVERIFY(dialog->okButton()->isEnabled());
    QVERIFY(dialog->problemLabel()->text().isEmpty());
    const QDate lastDay = dialog->lastDay();
    QSignalSpy changed(panel, &HealthPanel::healthChanged);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!panel->overrideDialog());
    QCOMPARE(changed.size(), 1);

    // Saved with the workspace's user as its author, and journaled.
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id, band, score, reason, author, expires_at, cleared_at FROM health_overrides"
              " WHERE account_id = ?"_s);
    q.addBindValue(m_accountId);
    QVERIFY(q.exec() && q.next());
    const QString overrideId = q.value(0).toString();
    QCOMPARE(q.value(1).toString(), HealthScorecard::bandKeyword(band));
    QCOMPARE(q.value(2).toInt(), overrideScore);
    QCOMPARE(q.value(3).toString(), u"Champion left; the new sponsor has not engaged yet."_s);
    QCOMPARE(q.value(4).toString(), m_workspace->userId());
    QCOMPARE(QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs),
             HealthOverrideDialog::expiryOf(lastDay));
    QVERIFY(q.value(6).isNull());
    QVERIFY(!q.next());
    const QByteArray created = scalar(m_db,
                                      u"SELECT new_value FROM change_journal WHERE entity = 'health_override'"
                                      " AND entity_id = ? AND field = 'created'"_s,
                                      { overrideId })
                                   .toByteArray();
    QVERIFY(!created.isEmpty());
    QCOMPARE(QJsonDocument::fromJson(created).object().value("band"_L1).toString(),
             HealthScorecard::bandKeyword(band));

    // The banner says who, until when and why; the computed score stays beneath.
    QVERIFY(panel->overrideBanner()->isVisible());
    const QString banner = panel->overrideText()->text();
    QVERIFY2(banner.contains(HealthScorecard::bandLabel(band)), qPrintable(banner));
    QVERIFY2(banner.contains(m_ownerName.toHtmlEscaped()), qPrintable(banner));
    QVERIFY2(banner.contains(QLocale().toString(lastDay, QLocale::ShortFormat)), qPrintable(banner));
    QVERIFY2(banner.contains(u"Champion left"_s), qPrintable(banner));
    const QString beneath = panel->findChild<QLabel *>(u"healthOverrideComputed"_s)->text();
    QVERIFY2(beneath.contains(QLocale().toString(computed)), qPrintable(beneath));
    QCOMPARE(panel->scoreLabel()->text(), QLocale().toString(overrideScore));
    QCOMPARE(panel->bandChip()->property("tone").toString(), HealthScorecard::bandKeyword(band));
    QVERIFY(panel->clearOverrideButton()->isVisible());
    // This week's snapshot shows the override, marked on the chart.
    QCOMPARE(panel->overrideMarks()->count(), 1);
    QCOMPARE(int(panel->overrideMarks()->at(0).y()), overrideScore);

    // The header tile follows.
    QVERIFY(view->findChild<QLabel *>(u"healthTileValue"_s)
                ->text()
                .startsWith(QLocale().toString(overrideScore)));
    QVERIFY(view->findChild<ElidedLabel *>(u"healthTileDetail"_s)
                ->fullText()
                .contains(QLocale().toString(lastDay, QLocale::ShortFormat)));

    // Changing it starts from the one that holds.
    HealthOverrideDialog *change = panel->openOverrideDialog();
    QVERIFY(change->bandButton(band)->isChecked());
    QCOMPARE(change->score().value_or(-1), overrideScore);
    QCOMPARE(change->reason(), u"Champion left; the new sponsor has not engaged yet."_s);
    QCOMPARE(change->lastDay(), lastDay);
    QVERIFY(change->okButton()->isEnabled());
    change->reject();
    QTRY_VERIFY(!panel->overrideDialog());

    // A new view of the account shows it too: it is in the cache, not the widget.
    auto again = makeView(m_accountId);
    QVERIFY(again->healthPanel()->record().overridden());
    QCOMPARE(again->healthPanel()->record().override.id, overrideId);
}

void TestHealthPanel::clearingTheOverrideRemovesTheBanner()
{
    HealthStore store(m_db);
    const QString id = store.setOverride(m_accountId, Band::Green, std::nullopt, u"Renewal signed early"_s,
                                         QDateTime::currentDateTimeUtc().addDays(10), m_workspace->userId());
    QVERIFY2(!id.isEmpty(), qPrintable(store.lastError()));
    auto view = makeView(m_accountId);
    HealthPanel *panel = showHealth(*view);
    QVERIFY(panel->overrideBanner()->isVisible());
    // An override of the band alone shows the band where the score would be.
    QCOMPARE(panel->scoreLabel()->text(), HealthScorecard::bandLabel(Band::Green));

    // Declined: nothing happens.
    m_answer = QMessageBox::Cancel;
    QTest::mouseClick(panel->clearOverrideButton(), Qt::LeftButton);
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages.at(0).icon, QMessageBox::Question);
    QVERIFY(panel->overrideBanner()->isVisible());
    QVERIFY(scalar(m_db, u"SELECT cleared_at FROM health_overrides WHERE id = ?"_s, { id }).isNull());

    m_answer = QMessageBox::Yes;
    QSignalSpy changed(panel, &HealthPanel::healthChanged);
    QTest::mouseClick(panel->clearOverrideButton(), Qt::LeftButton);
    QCOMPARE(m_messages.size(), 2);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!panel->overrideBanner()->isVisible());
    QVERIFY(!panel->record().overridden());
    QCOMPARE(scalar(m_db, u"SELECT cleared_by FROM health_overrides WHERE id = ?"_s, { id }).toString(),
             m_workspace->userId());
    QCOMPARE(scalar(m_db,
                    u"SELECT COUNT(*) FROM change_journal WHERE entity = 'health_override' AND entity_id = ?"
                    " AND field = 'cleared_at'"_s,
                    { id })
                 .toInt(),
             1);
    QCOMPARE(panel->scoreLabel()->text(), QLocale().toString(panel->record().score.value_or(-1)));
    QVERIFY(!view->findChild<ElidedLabel *>(u"healthTileDetail"_s)->fullText().contains(u"Overridden"_s));
}

void TestHealthPanel::refusalsAreShown()
{
    // Cleared elsewhere (another window, the command line) while the panel still shows it:
    // the cache refuses, the panel says so and shows what holds.
    HealthStore store(m_db);
    QVERIFY(!store
                 .setOverride(m_accountId, Band::Red, std::nullopt, u"Escalation"_s,
                              QDateTime::currentDateTimeUtc().addDays(3), m_workspace->userId())
                 .isEmpty());
    auto view = makeView(m_accountId);
    HealthPanel *panel = showHealth(*view);
    QVERIFY(panel->overrideBanner()->isVisible());
    QVERIFY(store.clearOverride(m_accountId, u"someone-else"_s));
    QVERIFY(!panel->clearOverride());
    QCOMPARE(m_messages.size(), 2);
    QCOMPARE(m_messages.at(1).icon, QMessageBox::Warning);
    QVERIFY2(m_messages.at(1).informativeText.contains(m_accountId),
             qPrintable(m_messages.at(1).informativeText));
    QVERIFY(!panel->overrideBanner()->isVisible());

    // An override the cache cannot take (the account is not in it): the dialog keeps it
    // and says why.
    HealthOverrideDialog dialog(m_db, u"NOT-IN-CACHE"_s, u"Nobody Inc"_s, m_workspace->userId(),
                                HealthScorecard::Bands());
    dialog.show();
    dialog.bandButton(Band::Green)->click();
    QTest::keyClicks(dialog.reasonEdit(), u"Looks fine"_s);
    QVERIFY(dialog.okButton()->isEnabled());
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.overrideId().isEmpty());
    QVERIFY2(dialog.lastError().contains(u"NOT-IN-CACHE"_s), qPrintable(dialog.lastError()));
    auto *error = dialog.findChild<QLabel *>(u"overrideError"_s);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(dialog.lastError()));
    QCOMPARE(
        scalar(m_db, u"SELECT COUNT(*) FROM health_overrides WHERE account_id = 'NOT-IN-CACHE'"_s).toInt(),
        0);
}

void TestHealthPanel::incompleteDialogCannotBeAccepted()
{
    auto view = makeView(m_accountId);
    HealthPanel *panel = showHealth(*view);
    HealthOverrideDialog *dialog = panel->openOverrideDialog();
    QVERIFY(dialog);
    QCOMPARE(panel->openOverrideDialog(), dialog); // one at a time

    // Nothing chosen: OK is off, and the dialog says what is missing.
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(!dialog->problemLabel()->text().isEmpty());
    QVERIFY(!dialog->scoreSpin()->isEnabled());

    // A band but no reason (blanks are no reason).
    dialog->bandButton(Band::Yellow)->click();
    QTest::keyClicks(dialog->reasonEdit(), u"   "_s);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->problemLabel()->text().contains(QApplication::translate(
                 "HealthOverrideDialog",
                 "Give a reason: it is shown with the override and kept in the change "
                 "journal.")),
             qPrintable(dialog->problemLabel()->text()));
    // Pressing Enter or calling accept() saves nothing.
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QCOMPARE(scalar(m_db, u"SELECT COUNT(*) FROM health_overrides"_s).toInt(), 0);

    // The score keeps to the band.
    dialog->scoreCheck()->setChecked(true);
    QCOMPARE(dialog->scoreSpin()->minimum(), 50);
    QCOMPARE(dialog->scoreSpin()->maximum(), 74);
    dialog->bandButton(Band::Red)->click();
    QCOMPARE(dialog->scoreSpin()->minimum(), 0);
    QCOMPARE(dialog->scoreSpin()->maximum(), 49);
    QVERIFY(dialog->scoreSpin()->value() <= 49);
    dialog->bandButton(Band::Green)->click();
    QCOMPARE(dialog->scoreSpin()->minimum(), 75);
    QCOMPARE(dialog->scoreSpin()->maximum(), 100);

    // The end date cannot lie before today.
    QCOMPARE(dialog->lastDayEdit()->minimumDate(), QDate::currentDate());

    QTest::keyClicks(dialog->reasonEdit(), u"Exec sponsor confirmed the renewal"_s);
    QVERIFY(dialog->okButton()->isEnabled());
    QVERIFY(dialog->problemLabel()->text().isEmpty());
    // Cancel leaves the cache alone.
    dialog->reject();
    QTRY_VERIFY(!panel->overrideDialog());
    QCOMPARE(scalar(m_db, u"SELECT COUNT(*) FROM health_overrides"_s).toInt(), 0);
    QVERIFY(!panel->overrideBanner()->isVisible());
}

void TestHealthPanel::unscoredAccountComputesNow()
{
    auto view = makeView(bareAccountId);
    HealthPanel *panel = showHealth(*view);
    QVERIFY(!panel->hasRecord());
    QVERIFY(panel->emptyState()->isVisible());
    QCOMPARE(panel->emptyState()->title(),
             QApplication::translate("HealthPanel", "Health has not been computed yet"));
    QCOMPARE(view->findChild<QLabel *>(u"healthTileValue"_s)->text(), u"—"_s);

    // Computed with no data at all: a record without a score, and why.
    auto *compute = panel->emptyState()->findChild<QPushButton *>(u"healthComputeNow"_s);
    QVERIFY(compute);
    QSignalSpy changed(panel, &HealthPanel::healthChanged);
    QTest::mouseClick(compute, Qt::LeftButton);
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_messages.isEmpty());
    QVERIFY(panel->hasRecord());
    QVERIFY(!panel->emptyState()->isVisible());
    QCOMPARE(panel->record().band, Band::None);
    QCOMPARE(panel->scoreLabel()->text(), u"—"_s);
    QCOMPARE(panel->bandChip()->text(), HealthScorecard::bandLabel(Band::None));
    QVERIFY(panel->ruleLabel()->isVisible());
    QVERIFY(!panel->topDragLabel()->isVisible());
    QVERIFY(!panel->historySeries());

    // The CSM's red sentiment is data enough to score it: red.
    LocalWork work(m_db, m_workspace->author());
    QVERIFY(work.setSentiment(bareAccountId, LocalWork::Sentiment::Red, u"Budget frozen"_s));
    QTest::mouseClick(panel->recomputeButton(), Qt::LeftButton);
    QCOMPARE(changed.size(), 2);
    QVERIFY(m_messages.isEmpty());
    QCOMPARE(panel->record().band, Band::Red);
    QCOMPARE(panel->bandChip()->text(), HealthScorecard::bandLabel(Band::Red));
    QCOMPARE(panel->scoreLabel()->text(), QLocale().toString(panel->record().score.value_or(-1)));
    QCOMPARE(
        scalar(m_db, u"SELECT band FROM health_scores WHERE account_id = ?"_s, { bareAccountId }).toString(),
        u"red"_s);
    // One measure scored; the others say they have no data.
    int scored = 0;
    for (int r = 0; r < panel->contributionModel()->rowCount(); ++r) {
        const QModelIndex index = panel->contributionModel()->index(r, 0);
        if (index.data(HealthContributionModel::StatusRole).toInt()
            == int(HealthContribution::Status::Scored))
            ++scored;
        else
            QCOMPARE(panel->contributionModel()->index(r, HealthContributionModel::Value).data().toString(),
                     QApplication::translate("HealthContributionModel", "No data"));
    }
    QVERIFY2(scored >= 1, qPrintable(QString::number(scored)));
    QCOMPARE(view->findChild<QLabel *>(u"healthTileValue"_s)->property("tone").toString(), u"red"_s);
    QVERIFY(m_db.exec(u"DELETE FROM sentiment"_s));
    QVERIFY(m_db.exec(u"DELETE FROM health_scores WHERE account_id = '%1'"_s.arg(bareAccountId)));
    QVERIFY(m_db.exec(u"DELETE FROM health_history WHERE account_id = '%1'"_s.arg(bareAccountId)));
}

void TestHealthPanel::churnedAccountIsNotScored()
{
    QVERIFY(m_db.exec(
        u"INSERT INTO accounts (id, name, lifecycle_stage, status) VALUES ('GONE-1', 'Gone Ltd', 'churned', "
        "'churned')"_s));
    auto view = makeView(u"GONE-1"_s);
    HealthPanel *panel = showHealth(*view);
    QVERIFY(panel->emptyState()->isVisible());
    QVERIFY(!panel->computeNow());
    QVERIFY(panel->emptyState()->isVisible());
    QCOMPARE(panel->emptyState()->title(),
             QApplication::translate("HealthPanel", "No health score for this account"));
    QVERIFY(m_db.exec(u"DELETE FROM accounts WHERE id = 'GONE-1'"_s));
}

void TestHealthPanel::churnRiskShowsProbabilityAndDrivers()
{
    // Rows as ChurnRisk writes them, for a known picture.
    QVERIFY(m_db.exec(u"DELETE FROM churn_model"_s));
    QVERIFY(m_db.exec(u"DELETE FROM churn_scores"_s));
    QVERIFY(
        m_db.exec(u"INSERT INTO churn_model (id, trained_at, as_of, status, outcomes, churned, auc, message)"
                  " VALUES (1, '2026-01-05T08:00:00Z', '2026-01-05', 'trained', 120, 30, 0.812, '')"_s));
    QVERIFY(m_db.exec(
        u"INSERT INTO churn_scores (account_id, probability, drivers, computed_at) VALUES ('%1', 0.42,"
        " '[{\"feature\":\"usage_trend\",\"value\":-22,\"contribution\":0.91},"
        "{\"feature\":\"cases_90d\",\"value\":6,\"contribution\":0.4},"
        "{\"feature\":\"tenure_years\",\"value\":4,\"contribution\":-0.2}]', '2026-01-05T08:00:00Z')"_s.arg(
            m_accountId)));
    {
        auto view = makeView(m_accountId);
        HealthPanel *panel = showHealth(*view);
        QCOMPARE(panel->churnProbabilityLabel()->text(), u"42%"_s);
        QVERIFY(panel->churnProbabilityLabel()->isVisible());
        QCOMPARE(panel->churnProbabilityLabel()->property("tone").toString(), u"yellow"_s);
        const QList<QLabel *> drivers = panel->churnDriverLabels();
        QCOMPARE(drivers.size(), 3);
        QCOMPARE(drivers.at(0)->text(), QApplication::translate("ChurnRisk", "Usage trend"));
        QCOMPARE(drivers.at(1)->text(), QApplication::translate("ChurnRisk", "Support cases in 90 days"));
        QCOMPARE(drivers.at(2)->text(), QApplication::translate("ChurnRisk", "Tenure"));
        const QString model = panel->findChild<QLabel *>(u"churnModel"_s)->text();
        QVERIFY2(model.contains(u"0.812"_s), qPrintable(model));
    }

    // Too few outcomes: the model's message instead of a number.
    QVERIFY(m_db.exec(u"DELETE FROM churn_scores"_s));
    QVERIFY(m_db.exec(
        u"UPDATE churn_model SET status = 'too_few_outcomes', outcomes = 12, churned = 2, auc = NULL"_s));
    {
        auto view = makeView(m_accountId);
        HealthPanel *panel = showHealth(*view);
        QVERIFY(!panel->churnProbabilityLabel()->isVisible());
        QVERIFY(panel->churnMessageLabel()->isVisible());
        QCOMPARE(panel->churnMessageLabel()->text(), ChurnRisk::storedModel(m_db).message);
        QVERIFY(!panel->churnMessageLabel()->text().isEmpty());
    }

    // Never trained.
    QVERIFY(m_db.exec(u"DELETE FROM churn_model"_s));
    {
        auto view = makeView(m_accountId);
        HealthPanel *panel = showHealth(*view);
        QCOMPARE(panel->churnMessageLabel()->text(),
                 QApplication::translate("HealthPanel",
                                         "The churn model has not been trained on this cache yet. "
                                         "It is trained after each import."));
    }
    ChurnRisk churn(m_db);
    QVERIFY2(churn.run(), qPrintable(churn.lastError()));
}

void TestHealthPanel::tileAndShortcutOpenTheHealthTab()
{
    auto view = makeView(m_accountId);
    view->show();
    QVERIFY(QTest::qWaitForWindowActive(view.get()));
    QCOMPARE(view->tabs()->currentIndex(), int(Account360View::OverviewTab));
    QTRY_VERIFY(view->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(view->tabs()->currentIndex(), int(Account360View::HealthTab));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_8, Qt::ControlModifier);
    QCOMPARE(view->tabs()->currentIndex(), int(Account360View::OpportunitiesTab));
    QCOMPARE(view->tabs()->count(), int(Account360View::TabCount));

    auto *tile = view->findChild<QFrame *>(u"healthTile"_s);
    QVERIFY(tile);
    QTest::mouseClick(tile, Qt::LeftButton, {}, tile->rect().center());
    QCOMPARE(view->tabs()->currentIndex(), int(Account360View::HealthTab));
}

void TestHealthPanel::tileWorksFromTheKeyboard()
{
    auto view = makeView(m_accountId);
    view->show();
    QVERIFY(QTest::qWaitForWindowActive(view.get()));
    QTRY_VERIFY(view->isAncestorOf(QApplication::focusWidget()));
    auto *tile = view->findChild<QFrame *>(u"healthTile"_s);
    QVERIFY(tile);
    QCOMPARE(tile->focusPolicy(), Qt::StrongFocus);
    const QImage unfocused = tile->grab().toImage();

    // In the focus chain between the header's controls and the tabs: Shift+Tab from the
    // tab bar (where the focus starts) reaches it, Shift+Tab leaves it for the control
    // before it, and Tab from there comes back to it.
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view->tabs()->tabBar()));
    int presses = 0;
    while (!tile->hasFocus() && presses++ < 10)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
    QVERIFY2(tile->hasFocus(), "Shift+Tab never reached the health tile");
    QTest::keyClick(tile, Qt::Key_Tab, Qt::ShiftModifier);
    QTRY_VERIFY(!tile->hasFocus());
    QWidget *before = QApplication::focusWidget();
    QVERIFY(before && view->isAncestorOf(before));
    QTest::keyClick(before, Qt::Key_Tab);
    QTRY_VERIFY(tile->hasFocus());

    // A visible focus ring: the accent border, drawn only with the focus.
    const QImage focused = tile->grab().toImage();
    if (const QString dir = qEnvironmentVariable("PITWALL_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(tile->parentWidget()->grab().save(dir + u"/healthtile-focused.png"_s));
    QVERIFY(focused != unfocused);
    const QColor edge = focused.pixelColor(1, focused.height() / 2);
    QVERIFY2(edge.blue() > 200 && edge.red() < 80, qPrintable(edge.name()));
    QVERIFY(unfocused.pixelColor(1, unfocused.height() / 2).red() > 150);

    // Enter, keypad Enter and Space open the Health tab; other keys do not.
    QCOMPARE(view->tabs()->currentIndex(), int(Account360View::OverviewTab));
    QTest::keyClick(tile, Qt::Key_A);
    QCOMPARE(view->tabs()->currentIndex(), int(Account360View::OverviewTab));
    QTest::keyClick(tile, Qt::Key_Return);
    QCOMPARE(view->tabs()->currentIndex(), int(Account360View::HealthTab));
    for (const auto &[key, modifiers] :
         { std::pair { Qt::Key_Enter, Qt::KeypadModifier }, std::pair { Qt::Key_Space, Qt::NoModifier } }) {
        view->showTab(Account360View::OverviewTab);
        tile->setFocus(Qt::TabFocusReason);
        QTest::keyClick(tile, key, modifiers);
        QCOMPARE(view->tabs()->currentIndex(), int(Account360View::HealthTab));
    }
    // Ctrl+Enter is not a press.
    view->showTab(Account360View::OverviewTab);
    tile->setFocus(Qt::TabFocusReason);
    QTest::keyClick(tile, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(view->tabs()->currentIndex(), int(Account360View::OverviewTab));

    // To assistive technology: a button named for the health it shows, whose press
    // opens the tab.
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(tile);
    QVERIFY(accessible);
    QCOMPARE(accessible->role(), QAccessible::Button);
    const QString name = accessible->text(QAccessible::Name);
    const QString value = view->findChild<QLabel *>(u"healthTileValue"_s)->text();
    QVERIFY(!value.isEmpty() && value != u"—"_s);
    QVERIFY2(name.startsWith(u"Health: "_s) && name.contains(value), qPrintable(name));
    QVERIFY2(name.contains(view->findChild<ElidedLabel *>(u"healthTileDetail"_s)->fullText()),
             qPrintable(name));
    QVERIFY(accessible->text(QAccessible::Description).contains(u"Health tab"_s));
    QAccessibleActionInterface *actions = accessible->actionInterface();
    QVERIFY(actions);
    QVERIFY(actions->actionNames().contains(QAccessibleActionInterface::pressAction()));
    actions->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(view->tabs()->currentIndex(), int(Account360View::HealthTab));

    // An account without a score says so, not a dash.
    auto bare = makeView(bareAccountId);
    auto *bareTile = bare->findChild<QFrame *>(u"healthTile"_s);
    QVERIFY2(bareTile->accessibleName().startsWith(u"Health: not scored"_s),
             qPrintable(bareTile->accessibleName()));
}

void TestHealthPanel::screenshots()
{
    // PITWALL_SCREENSHOT_DIR=/tmp saves healthpanel-<language>.png and the override dialog.
    const QString dir = qEnvironmentVariable("PITWALL_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set PITWALL_SCREENSHOT_DIR to save screenshots");
    const QString language = qEnvironmentVariable("PITWALL_HEALTH_LOCALE", u"en"_s);
    HealthStore store(m_db);
    QVERIFY(!store
                 .setOverride(m_accountId, Band::Yellow, 62,
                              u"Champion left in March; the new VP has not logged in yet."_s,
                              HealthOverrideDialog::expiryOf(QDate::currentDate().addDays(21)),
                              m_workspace->userId())
                 .isEmpty());
    auto view = makeView(m_accountId);
    HealthPanel *panel = showHealth(*view);
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QTest::qWait(100);
    QVERIFY(view->grab().save(dir + u"/healthpanel-"_s + language + u".png"_s));
    // The health tile does not widen the header: its detail elides.
    QVERIFY2(
        view->findChild<QFrame *>(u"healthTile"_s)->minimumSizeHint().width() < 160,
        qPrintable(QString::number(view->findChild<QFrame *>(u"healthTile"_s)->minimumSizeHint().width())));
    // A smaller window: the table scrolls, then the page.
    view->resize(1060, 700);
    QTest::qWait(50);
    QVERIFY(view->grab().save(dir + u"/healthpanel-"_s + language + u"-small.png"_s));
    view->resize(1280, 860);

    QVERIFY(panel->clearOverride());
    QTest::qWait(50);
    QVERIFY(view->grab().save(dir + u"/healthpanel-"_s + language + u"-computed.png"_s));

    HealthOverrideDialog *dialog = panel->openOverrideDialog();
    dialog->bandButton(Band::Red)->click();
    QTest::keyClicks(dialog->reasonEdit(), u"Escalation open with the CFO"_s);
    QTest::qWait(50);
    QVERIFY(dialog->grab().save(dir + u"/healthpanel-"_s + language + u"-dialog.png"_s));
    dialog->reject();

    auto bare = makeView(bareAccountId);
    showHealth(*bare);
    QTest::qWait(50);
    QVERIFY(bare->grab().save(dir + u"/healthpanel-"_s + language + u"-empty.png"_s));
}

QTEST_MAIN(TestHealthPanel)
#include "tst_healthpanel.moc"
