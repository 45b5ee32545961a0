#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// manifest.json of a Pitwall export bundle: which files it holds, how many data rows
// each has and its SHA-256, so that a half-copied export is refused as a whole.
struct BundleManifest
{
    static constexpr int currentSchemaVersion = 1;

    struct File
    {
        QString name; // "accounts.csv"
        QString entity; // "accounts"
        qint64 rows = 0; // data records, header excluded
        QByteArray sha256; // lowercase hex
    };

    QString exportId;
    QDateTime generatedAt;
    QString source;
    int schemaVersion = currentSchemaVersion;
    QString scope = QStringLiteral("full"); // "full" archives what is missing; "partial" does not
    QList<File> files;

    const File *file(const QString &name) const;

    // Parses manifest.json; on failure returns false and sets `error`.
    static bool parse(const QByteArray &json, BundleManifest *out, QString *error);
    QByteArray toJson() const;

    // SHA-256 of a file as lowercase hex, empty on read error.
    static QByteArray sha256OfFile(const QString &path);
};
