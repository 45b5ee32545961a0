#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>

// Where sync meets the rest of the company: LOCATION is a folder (a network share or a
// synced drive), a .zip of an export bundle, or an http(s):// URL.
//
// The central layout:
//
//   Folder LOCATION
//     LOCATION/manifest.json           a bundle at the root, or any number of
//     LOCATION/exports/<name>/manifest.json   bundles in folders, and
//     LOCATION/exports/<name>.zip              zipped bundles;
//     pull imports the one whose manifest.json says the newest generated_at (on a tie,
//     the last name in alphabetical order).
//     LOCATION/outbox/<client id>/<batch id>/  what push writes (see SyncOutbox.h).
//
//   .zip LOCATION (e.g. //share/cs/latest-export.zip)
//     pull imports that zip; push writes to the outbox/ folder beside it
//     (<folder of the zip>/outbox/<client id>/<batch id>/).
//
//   http(s):// LOCATION (e.g. https://cs-ops.example.com/pitwall)
//     pull GETs <url>/export.zip (or the URL itself when it ends in .zip) with
//     If-None-Match and the ETag of the last download: 304 Not Modified means nothing to
//     download and nothing to import. push PUTs each outbox file to
//     <url>/outbox/<client id>/<batch id>/<file> (for a .zip URL, beside it), manifest.json
//     last. Any static file server that sends ETags and accepts PUT (nginx with WebDAV,
//     Apache, an S3 bucket behind a signed proxy) will do.
class CentralLocation
{
    Q_DECLARE_TR_FUNCTIONS(CentralLocation)

public:
    enum class Kind
    {
        Invalid,
        Folder,
        Zip,
        Http
    };

    // The newest bundle a folder or .zip location holds.
    struct Bundle
    {
        QString path; // the bundle's folder or .zip
        QString exportId;
        QDateTime generatedAt;
        QByteArray manifestSha256; // of manifest.json's bytes, lowercase hex
    };

    CentralLocation() = default;
    explicit CentralLocation(const QString &location);

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    QString location() const { return m_location; }

    // Folder and .zip: the folder the outbox goes under (LOCATION/outbox or beside the zip).
    QString outboxFolder() const;
    // HTTP: the bundle's URL and the outbox's base URL (no trailing slash).
    QUrl bundleUrl() const;
    QUrl outboxUrl() const;

    // Folder and .zip: whether the location is there at all (a share not mounted is not).
    bool isReachable() const;

    // Folder and .zip: finds the newest bundle; false with `error` naming the location and
    // the problem when there is none or a manifest cannot be read.
    bool findNewestBundle(Bundle *bundle, QString *error) const;

    // The manifest.json inside a zipped bundle (at its root or in its one top folder);
    // empty with `error` set when it has none or the zip cannot be read.
    static QByteArray readZipManifest(const QString &zipPath, QString *error);

private:
    bool readBundle(const QString &path, Bundle *bundle, QString *error) const;

    QString m_location;
    Kind m_kind = Kind::Invalid;
};
