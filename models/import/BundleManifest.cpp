#include "BundleManifest.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <memory>
#include <openssl/evp.h>

using namespace Qt::StringLiterals;

const BundleManifest::File *BundleManifest::file(const QString &name) const
{
    for (const File &f : files) {
        if (f.name.compare(name, Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

bool BundleManifest::parse(const QByteArray &json, BundleManifest *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        *error = QCoreApplication::translate("BundleManifest", "manifest.json is not valid JSON: %1")
                     .arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    BundleManifest m;
    m.exportId = root.value("export_id"_L1).toString();
    m.generatedAt = QDateTime::fromString(root.value("generated_at"_L1).toString(), Qt::ISODateWithMs);
    m.source = root.value("source"_L1).toString();
    m.schemaVersion = root.value("schema_version"_L1).toInt(0);
    const QJsonValue scope = root.value("scope"_L1);
    m.scope = scope.isObject() ? scope.toObject().value("type"_L1).toString(u"full"_s)
                               : scope.toString(u"full"_s);
    if (m.schemaVersion < 1) {
        *error = QCoreApplication::translate("BundleManifest", "manifest.json has no valid schema_version");
        return false;
    }
    if (m.schemaVersion > currentSchemaVersion) {
        *error = QCoreApplication::translate("BundleManifest",
                                             "manifest.json has schema version %1; this Pitwall reads up to "
                                             "version %2. Update Pitwall to import this export.")
                     .arg(m.schemaVersion)
                     .arg(currentSchemaVersion);
        return false;
    }
    const QJsonArray files = root.value("files"_L1).toArray();
    if (files.isEmpty()) {
        *error = QCoreApplication::translate("BundleManifest", "manifest.json lists no files");
        return false;
    }
    for (const QJsonValue &v : files) {
        const QJsonObject o = v.toObject();
        File f;
        f.name = o.value("name"_L1).toString();
        f.entity = o.value("entity"_L1).toString();
        f.rows = o.value("rows"_L1).toInteger(-1);
        f.sha256 = o.value("sha256"_L1).toString().toLower().toLatin1();
        if (f.name.isEmpty() || f.name.contains(u'/') || f.name.contains(u'\\') || f.name.startsWith(u'.')
            || f.rows < 0 || f.sha256.size() != 64) {
            *error = QCoreApplication::translate("BundleManifest",
                                                 "manifest.json has an invalid entry for file \"%1\"")
                         .arg(f.name);
            return false;
        }
        m.files.append(f);
    }
    *out = m;
    return true;
}

QByteArray BundleManifest::toJson() const
{
    QJsonObject root;
    root.insert("format"_L1, u"pitwall-export"_s);
    root.insert("schema_version"_L1, schemaVersion);
    root.insert("export_id"_L1, exportId);
    root.insert("generated_at"_L1, generatedAt.toUTC().toString(Qt::ISODate));
    root.insert("source"_L1, source);
    root.insert("scope"_L1, QJsonObject { { "type"_L1, scope } });
    QJsonArray list;
    for (const File &f : files) {
        list.append(QJsonObject { { "name"_L1, f.name },
                                  { "entity"_L1, f.entity },
                                  { "rows"_L1, f.rows },
                                  { "sha256"_L1, QString::fromLatin1(f.sha256) } });
    }
    root.insert("files"_L1, list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray BundleManifest::sha256OfFile(const QString &path)
{
    // OpenSSL uses the CPU's SHA extensions: verifying a large export costs a fraction
    // of a second instead of seconds with a portable implementation.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1)
        return {};
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return {};
        if (n == 0)
            break;
        if (EVP_DigestUpdate(ctx.get(), buffer.constData(), size_t(n)) != 1)
            return {};
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(ctx.get(), digest, &length) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
}
