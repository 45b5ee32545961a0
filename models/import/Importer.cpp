#include "Importer.h"

#include "BundleManifest.h"
#include "ImportRun.h"
#include "ImportSource.h"
#include "MappingProfile.h"
#include "csv/CsvFileReader.h"
#include "health/HealthRefresh.h"
#include "playbook/PlaybookRules.h"
#include "playbook/PlaybookTemplateStore.h"
#include "qbr/QbrStore.h"
#include "store/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

Importer::Importer(Database &db)
    : m_db(db)
{ }

QString Importer::detectProfile(const QString &folder)
{
    const QDir dir(folder);
    if (!ImportRun::findFile(dir, u"manifest.json"_s).isEmpty())
        return u"native"_s;
    for (const QString &name : { u"Account.csv"_s, u"Contact.csv"_s, u"Opportunity.csv"_s, u"Case.csv"_s,
                                 u"Task.csv"_s, u"User.csv"_s }) {
        if (!ImportRun::findFile(dir, name).isEmpty())
            return u"salesforce"_s;
    }
    const QStringList csvs = dir.entryList({ u"*.csv"_s, u"*.CSV"_s }, QDir::Files);
    for (const QString &csv : csvs) {
        if (CsvFileReader::readHeader(dir.filePath(csv)).contains("Record ID"_L1, Qt::CaseInsensitive))
            return u"hubspot"_s;
    }
    return {};
}

ImportReport Importer::run(const ImportOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    const QString startedAt = ImportRun::timestamp();
    ImportReport report;
    report.source = options.source;
    report.profile = options.profile;
    auto finish = [&](ImportReport::Status status, const QString &error) {
        report.status = status;
        report.error = error;
        report.elapsedMs = timer.elapsed();
        if (status != ImportReport::Status::Applied)
            ImportRun::logFailure(m_db, report, startedAt);
        return report;
    };
    if (!m_db.isOpen() || !m_db.handle())
        return finish(ImportReport::Status::Failed, tr("The cache is not open."));

    ImportSource source;
    QString error;
    if (!source.open(options.source, &error))
        return finish(ImportReport::Status::Failed, error);

    QString profileName = options.profile.isEmpty() ? u"auto"_s : options.profile.toLower();
    if (profileName == "auto"_L1) {
        profileName = detectProfile(source.folder());
        if (profileName.isEmpty())
            return finish(
                ImportReport::Status::Failed,
                tr("Cannot tell what kind of export %1 is: it has no manifest.json (Pitwall bundle), no "
                   "Account.csv (Salesforce) and no CSV with a \"Record ID\" column (HubSpot). Choose the "
                   "profile explicitly.")
                    .arg(options.source));
    }
    if (profileName != "native"_L1 && profileName != "salesforce"_L1 && profileName != "hubspot"_L1)
        return finish(
            ImportReport::Status::Failed,
            tr("Unknown profile \"%1\": use auto, native, salesforce or hubspot.").arg(options.profile));
    report.profile = profileName;

    std::optional<MappingProfile> profile;
    if (!options.mappingFile.isEmpty() && profileName != "native"_L1) {
        QFile f(options.mappingFile);
        if (!f.open(QIODevice::ReadOnly))
            return finish(
                ImportReport::Status::Failed,
                tr("Cannot read the mapping file %1: %2").arg(options.mappingFile, f.errorString()));
        profile = MappingProfile::fromJson(f.readAll(), &error);
        if (!profile)
            return finish(ImportReport::Status::Failed, options.mappingFile + u": "_s + error);
    } else {
        profile = MappingProfile::load(profileName, &error);
        if (!profile)
            return finish(ImportReport::Status::Failed, error);
    }

    BundleManifest manifest;
    const bool native = profileName == "native"_L1;
    if (native) {
        const QString manifestPath = ImportRun::findFile(QDir(source.folder()), u"manifest.json"_s);
        QFile mf(manifestPath);
        if (manifestPath.isEmpty() || !mf.open(QIODevice::ReadOnly))
            return finish(ImportReport::Status::Failed,
                          tr("%1 has no readable manifest.json, so it is not a Pitwall export bundle.")
                              .arg(options.source));
        if (!BundleManifest::parse(mf.readAll(), &manifest, &error))
            return finish(ImportReport::Status::Failed, error);
        report.exportId = manifest.exportId;
        const QDir dir(source.folder());
        for (const BundleManifest::File &f : manifest.files) {
            if (!QFileInfo::exists(dir.filePath(f.name)))
                return finish(ImportReport::Status::Failed,
                              tr("%1 is listed in manifest.json but missing from the export: the export is "
                                 "incomplete.")
                                  .arg(f.name));
            if (!entitySpecByName(QFileInfo(f.name).completeBaseName()))
                report.warnings.append(tr("%1 is not a file Pitwall reads; it was ignored.").arg(f.name));
        }
        const QStringList present = dir.entryList({ u"*.csv"_s }, QDir::Files);
        for (const QString &name : present) {
            if (!manifest.file(name))
                return finish(
                    ImportReport::Status::Failed,
                    tr("%1 is in the export folder but not in manifest.json: the export is inconsistent.")
                        .arg(name));
        }
    }

    // CS Ops' health scorecard travels in the central export; a broken one refuses the
    // import (the cache keeps scoring with the one it has).
    QByteArray scorecardJson;
    const QString scorecardPath
        = ImportRun::findFile(QDir(source.folder()), HealthRefresh::scorecardFileName());
    if (!scorecardPath.isEmpty()) {
        QFile sf(scorecardPath);
        if (!sf.open(QIODevice::ReadOnly))
            return finish(ImportReport::Status::Failed,
                          tr("Cannot read %1: %2").arg(HealthRefresh::scorecardFileName(), sf.errorString()));
        scorecardJson = sf.readAll();
        QStringList errors;
        HealthScorecard::fromJson(scorecardJson, &errors);
        if (!errors.isEmpty())
            return finish(ImportReport::Status::Failed,
                          tr("%1 is not a valid health scorecard: %2")
                              .arg(HealthRefresh::scorecardFileName(), errors.join(u"; "_s)));
    }
    // And the QBR template, the same way.
    QByteArray qbrTemplateJson;
    const QString qbrTemplatePath = ImportRun::findFile(QDir(source.folder()), QbrStore::templateFileName());
    if (!qbrTemplatePath.isEmpty()) {
        QFile tf(qbrTemplatePath);
        if (!tf.open(QIODevice::ReadOnly))
            return finish(ImportReport::Status::Failed,
                          tr("Cannot read %1: %2").arg(QbrStore::templateFileName(), tf.errorString()));
        qbrTemplateJson = tf.readAll();
        QString templateError;
        if (!QbrTemplate::fromJson(qbrTemplateJson, &templateError))
            return finish(
                ImportReport::Status::Failed,
                tr("%1 is not a valid QBR template: %2").arg(QbrStore::templateFileName(), templateError));
    }

    // CS Ops' playbook templates and rules, the same way. The rules may only start
    // templates that exist: built in, in this export, or kept in the cache.
    QByteArray playbookTemplatesJson;
    QByteArray playbookRulesJson;
    {
        const QString templatesPath
            = ImportRun::findFile(QDir(source.folder()), PlaybookTemplateStore::fileName());
        QStringList knownTemplates;
        if (!templatesPath.isEmpty()) {
            QFile f(templatesPath);
            if (!f.open(QIODevice::ReadOnly))
                return finish(
                    ImportReport::Status::Failed,
                    tr("Cannot read %1: %2").arg(PlaybookTemplateStore::fileName(), f.errorString()));
            playbookTemplatesJson = f.readAll();
            QString templatesError;
            const std::optional<QList<PlaybookTemplate>> published
                = PlaybookTemplate::listFromJson(playbookTemplatesJson, &templatesError);
            if (!published)
                return finish(ImportReport::Status::Failed,
                              tr("%1 is not a valid set of playbook templates: %2")
                                  .arg(PlaybookTemplateStore::fileName(), templatesError));
            knownTemplates = Playbook::builtInTemplateIds();
            for (const PlaybookTemplate &t : *published)
                knownTemplates.append(t.id);
            for (const PlaybookTemplate &t : PlaybookTemplateStore(m_db).local())
                knownTemplates.append(t.id);
        } else {
            for (const PlaybookTemplate &t : PlaybookTemplateStore(m_db).templates())
                knownTemplates.append(t.id);
        }
        const QString rulesPath = ImportRun::findFile(QDir(source.folder()), PlaybookRules::fileName());
        if (!rulesPath.isEmpty()) {
            QFile f(rulesPath);
            if (!f.open(QIODevice::ReadOnly))
                return finish(ImportReport::Status::Failed,
                              tr("Cannot read %1: %2").arg(PlaybookRules::fileName(), f.errorString()));
            playbookRulesJson = f.readAll();
            QString rulesError;
            if (!PlaybookRuleSet::fromJson(playbookRulesJson, &rulesError, &knownTemplates))
                return finish(ImportReport::Status::Failed,
                              tr("%1 is not a valid set of playbook rules: %2")
                                  .arg(PlaybookRules::fileName(), rulesError));
        }
    }

    try {
        ImportRun runner(m_db, m_progress, m_cancel, report);
        if (!playbookTemplatesJson.isEmpty())
            runner.addConfigDocument(PlaybookTemplateStore::documentName(), playbookTemplatesJson,
                                     PlaybookTemplateStore::fileName());
        if (!playbookRulesJson.isEmpty())
            runner.addConfigDocument(PlaybookRules::documentName(), playbookRulesJson,
                                     PlaybookRules::fileName());
        if (!scorecardJson.isEmpty())
            runner.addConfigDocument(HealthRefresh::scorecardDocument(), scorecardJson,
                                     HealthRefresh::scorecardFileName());
        if (!qbrTemplateJson.isEmpty())
            runner.addConfigDocument(QbrStore::templateDocument(), qbrTemplateJson,
                                     QbrStore::templateFileName());
        runner.execute(options, source.folder(), *profile, native ? &manifest : nullptr);
    } catch (const ImportRun::Abort &abort) {
        report.tables.clear();
        report.rejections.clear();
        return finish(abort.status, abort.message);
    }
    if (!scorecardJson.isEmpty())
        report.warnings.append(
            tr("Health is now scored with the scorecard from %1.").arg(HealthRefresh::scorecardFileName()));
    if (!qbrTemplateJson.isEmpty())
        report.warnings.append(
            tr("New QBRs now start from the template in %1.").arg(QbrStore::templateFileName()));
    if (!playbookTemplatesJson.isEmpty())
        report.warnings.append(
            tr("Playbooks now start from the templates in %1.").arg(PlaybookTemplateStore::fileName()));
    if (!playbookRulesJson.isEmpty())
        report.warnings.append(tr("Playbooks now follow the rules in %1.").arg(PlaybookRules::fileName()));

    // Health and churn risk follow the data just imported. The import itself stands
    // whatever happens here: a failure is reported and `health --recompute` retries.
    if (m_refreshRisk) {
        QString refreshError;
        HealthRefresh::Report refresh;
        const auto stage = [this](const QString &text) {
            if (m_progress)
                m_progress(0, 0, text);
        };
        if (!HealthRefresh::run(m_db, m_asOf, &refresh, &refreshError, stage))
            report.warnings.append(tr("Health could not be recomputed: %1").arg(refreshError));
        else if (!refresh.rulesError.isEmpty())
            report.warnings.append(refresh.rulesError);
    } else {
        // No health recompute: the rules still see the new data (NPS, renewals, accounts).
        PlaybookRules rules(m_db);
        rules.setToday(m_asOf);
        rules.setAccountScope(report.ruleAccounts);
        if (!rules.evaluate())
            report.warnings.append(rules.lastError());
    }
    report.elapsedMs = timer.elapsed();
    return report;
}
