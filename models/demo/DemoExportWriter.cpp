#include "DemoExportWriter.h"

#include "DemoAccountGenerator.h"
#include "DemoCsvFile.h"
#include "DemoOrganisation.h"
#include "domain/Entity.h"
#include "import/BundleManifest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTimeZone>
#include <array>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 maxAccounts = 10'000'000;
constexpr int maxUsageWeeks = 520;

QString fileNameOf(Entity entity)
{
    return QString(entitySpec(entity).name) + ".csv"_L1;
}

} // namespace

DemoExportWriter::DemoExportWriter(const DemoOptions &options)
    : m_options(options)
{ }

bool DemoExportWriter::write(const QString &directory, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    const DemoOptions &o = m_options;
    const QDate asOf = o.asOf.isValid() ? o.asOf : QDate::currentDate();
    if (o.accounts < 1 || o.accounts > maxAccounts) {
        message = QCoreApplication::translate("DemoExportWriter",
                                              "The number of accounts must be between 1 and %1.")
                      .arg(maxAccounts);
        return false;
    }
    if (o.usageWeeks < 0 || o.usageWeeks > maxUsageWeeks) {
        message = QCoreApplication::translate("DemoExportWriter",
                                              "The usage history must be between 0 and %1 weeks.")
                      .arg(maxUsageWeeks);
        return false;
    }
    const QDir dir(directory);
    if (!QDir().mkpath(directory)) {
        message = QCoreApplication::translate("DemoExportWriter", "Cannot create the folder %1.")
                      .arg(QDir::toNativeSeparators(directory));
        return false;
    }
    // A manifest left from an earlier bundle must not vouch for half-written files.
    QFile::remove(dir.filePath(u"manifest.json"_s));

    std::array<std::unique_ptr<DemoCsvFile>, allEntities.size()> files;
    const auto discardAll = [&] {
        for (auto &file : files) {
            if (file)
                file->discard();
        }
    };
    for (std::size_t i = 0; i < allEntities.size(); ++i) {
        files[i] = std::make_unique<DemoCsvFile>();
        if (!files[i]->open(dir.filePath(fileNameOf(allEntities[i])), entitySpec(allEntities[i]), &message)) {
            discardAll();
            return false;
        }
    }
    const auto file = [&](Entity e) {
        return files[static_cast<std::size_t>(e)].get();
    };

    DemoOrganisation organisation(o.accounts, o.seed);
    organisation.write(*file(Entity::Users));

    DemoAccountGenerator generator(o.seed, o.usageWeeks, asOf.toJulianDay(), organisation,
                                   { file(Entity::Accounts), file(Entity::Contacts),
                                     file(Entity::Opportunities), file(Entity::Cases), file(Entity::Usage),
                                     file(Entity::Nps), file(Entity::Activities) });
    // Report often enough for a smooth bar, rarely enough to cost nothing.
    const qint64 reportEvery = qMax<qint64>(1, o.accounts / 200);
    for (qint64 i = 0; i < o.accounts; ++i) {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
            discardAll();
            message = QCoreApplication::translate("DemoExportWriter", "The demo export was cancelled.");
            return false;
        }
        generator.generate(i);
        if (m_progress && ((i + 1) % reportEvery == 0 || i + 1 == o.accounts))
            m_progress(i + 1, o.accounts);
    }

    BundleManifest manifest;
    const QByteArray idSource = QByteArray::number(o.seed) + '|' + asOf.toString(Qt::ISODate).toLatin1() + '|'
        + QByteArray::number(o.accounts) + '|' + QByteArray::number(o.usageWeeks);
    manifest.exportId = "demo-"_L1 + asOf.toString(u"yyyyMMdd"_s) + u'-'
        + QString::fromLatin1(
                            QCryptographicHash::hash(idSource, QCryptographicHash::Sha256).toHex().left(12));
    manifest.generatedAt = QDateTime(asOf, QTime(0, 0), QTimeZone::utc());
    manifest.source = u"Pitwall demo"_s;
    manifest.scope = u"full"_s;
    for (std::size_t i = 0; i < allEntities.size(); ++i) {
        DemoCsvFile &f = *files[i];
        if (!f.finish(&message)) {
            discardAll();
            return false;
        }
        BundleManifest::File entry;
        entry.name = fileNameOf(allEntities[i]);
        entry.entity = QString(entitySpec(allEntities[i]).name);
        entry.rows = f.rows();
        entry.sha256 = BundleManifest::sha256OfFile(f.path());
        if (entry.sha256.isEmpty()) {
            discardAll();
            message = QCoreApplication::translate("DemoExportWriter", "Cannot read %1 back to compute its checksum.")
                          .arg(QDir::toNativeSeparators(f.path()));
            return false;
        }
        manifest.files.append(entry);
    }

    QSaveFile out(dir.filePath(u"manifest.json"_s));
    if (!out.open(QIODevice::WriteOnly) || out.write(manifest.toJson()) < 0 || !out.commit()) {
        message = QCoreApplication::translate("DemoExportWriter", "Cannot write %1: %2")
                      .arg(QDir::toNativeSeparators(out.fileName()), out.errorString());
        discardAll();
        return false;
    }
    return true;
}
