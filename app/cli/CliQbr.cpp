// pitwall-cli qbr: a quarterly business review deck as PDF or HTML, for one account or a
// CSM's whole book. Runs under a QGuiApplication (main_cli.cpp): the renderer needs fonts.
#include "CliApp.h"
#include "qbr/QbrData.h"
#include "qbr/QbrRenderer.h"
#include "qbr/QbrStore.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

enum class Format
{
    Pdf,
    Html,
};

QString extensionOf(Format format)
{
    return format == Format::Pdf ? u"pdf"_s : u"html"_s;
}

// A file name from an account's name and id that any file system takes: letters and
// digits of any script kept, everything else folded into single dashes.
QString safeFileName(const QString &name, const QString &id, const QbrQuarter &quarter, Format format)
{
    const auto clean = [](const QString &text, int maxLength) {
        QString out;
        bool dash = false;
        for (const QChar c : text) {
            if (c.isLetterOrNumber() || c == u'_') {
                out += c;
                dash = false;
            } else if (!dash && !out.isEmpty()) {
                out += u'-';
                dash = true;
            }
        }
        while (out.endsWith(u'-'))
            out.chop(1);
        return out.left(maxLength);
    };
    QString base = clean(name, 60);
    if (base.isEmpty())
        base = u"account"_s;
    QString safeId = clean(id, 40);
    if (safeId.isEmpty())
        safeId = QString::number(qHash(id), 16);
    return u"%1_%2_%3.%4"_s.arg(base, safeId, quarter.toString(), extensionOf(format));
}

QString sourceKeyword(const std::optional<QbrDocument> &draft)
{
    if (!draft)
        return u"template"_s;
    return draft->status == QbrDocument::Status::Delivered ? u"delivered"_s : u"draft"_s;
}

QJsonArray sectionKeys(const QbrDocument &doc)
{
    QJsonArray keys;
    for (const QbrSectionState &s : doc.sections) {
        if (s.enabled)
            keys.append(Qbr::sectionKey(s.section));
    }
    return keys;
}

} // namespace

int CliApp::qbr(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption({ u"account"_s, tr("The account's CRM id (one deck)."), tr("id") });
    parser.addOption(
        { u"owner"_s, tr("A CSM's user id: one deck per live account of their book."), tr("id") });
    parser.addOption({ u"quarter"_s, tr("The quarter, as YYYYQn (e.g. 2026Q3)."), tr("quarter") });
    parser.addOption(
        { u"out"_s, tr("With --account: the file to write, ending in .pdf or .html."), tr("file") });
    parser.addOption({ u"out-dir"_s, tr("With --owner: the folder to write the decks into."), tr("dir") });
    parser.addOption({ u"format"_s, tr("With --owner: pdf or html (default pdf)."), tr("format"), u"pdf"_s });
    parser.addOption(
        { u"template"_s,
          tr("Start from this template instead of the saved draft: the published template's name, "
             "\"built-in\", or a template JSON file."),
          tr("name") });
    parser.addOption({ u"as-of"_s, tr("Read the cache as of this day (default: today)."), tr("date") });
    parser.addOption({ u"vendor"_s,
                       tr("The vendor name on the cover (default: the one set in Pitwall, else Pitwall)."),
                       tr("name") });
    parser.addOption({ u"logo"_s,
                       tr("The vendor logo on the cover, PNG or SVG (default: the one set in Pitwall)."),
                       tr("file") });
    parser.addOption({ u"json"_s, tr("Print what was written as JSON.") });
    if (!parseCommand(parser, arguments,
                      tr("Quarterly business review decks from the cache: the saved draft, or a template.")))
        return parser.isSet(u"help"_s) ? 0 : 2;

    const bool single = parser.isSet(u"account"_s);
    const bool batch = parser.isSet(u"owner"_s);
    if (single == batch)
        return fail(tr("qbr needs either --account ID --out FILE or --owner ID --out-dir DIR"), 2);
    if (!parser.isSet(u"quarter"_s))
        return fail(tr("qbr needs --quarter YYYYQn, e.g. 2026Q3"), 2);
    const std::optional<QbrQuarter> quarter = QbrQuarter::parse(parser.value(u"quarter"_s));
    if (!quarter)
        return fail(tr("--quarter needs a quarter as YYYYQn, e.g. 2026Q3, not \"%1\".")
                        .arg(parser.value(u"quarter"_s)),
                    2);
    QDate asOf;
    if (parser.isSet(u"as-of"_s)) {
        asOf = QDate::fromString(parser.value(u"as-of"_s), Qt::ISODate);
        if (!asOf.isValid())
            return fail(tr("--as-of needs a date as YYYY-MM-DD, not \"%1\".").arg(parser.value(u"as-of"_s)),
                        2);
    }

    Format format = Format::Pdf;
    QString outPath;
    QString outDir;
    if (single) {
        if (parser.isSet(u"out-dir"_s) || parser.isSet(u"format"_s))
            return fail(
                tr("--out-dir and --format go with --owner; with --account, name the file with --out"), 2);
        if (!parser.isSet(u"out"_s))
            return fail(tr("qbr --account needs --out FILE.pdf or --out FILE.html"), 2);
        outPath = parser.value(u"out"_s);
        const QString suffix = QFileInfo(outPath).suffix().toLower();
        if (suffix == "pdf"_L1)
            format = Format::Pdf;
        else if (suffix == "html"_L1 || suffix == "htm"_L1)
            format = Format::Html;
        else
            return fail(tr("--out must end in .pdf or .html, not \"%1\".").arg(outPath), 2);
    } else {
        if (parser.isSet(u"out"_s))
            return fail(tr("--out goes with --account; with --owner, name the folder with --out-dir"), 2);
        if (!parser.isSet(u"out-dir"_s))
            return fail(tr("qbr --owner needs --out-dir DIR"), 2);
        outDir = parser.value(u"out-dir"_s);
        const QString f = parser.value(u"format"_s).toLower();
        if (f == "pdf"_L1)
            format = Format::Pdf;
        else if (f == "html"_L1)
            format = Format::Html;
        else
            return fail(tr("--format must be pdf or html, not \"%1\".").arg(parser.value(u"format"_s)), 2);
    }

    QSettings settings;
    QbrRenderer::Options options;
    options.vendorName = parser.isSet(u"vendor"_s) ? parser.value(u"vendor"_s)
                                                   : settings.value(u"qbr/vendorName"_s).toString();
    if (options.vendorName.trimmed().isEmpty())
        options.vendorName = u"Pitwall"_s;
    options.logoPath
        = parser.isSet(u"logo"_s) ? parser.value(u"logo"_s) : settings.value(u"qbr/logoPath"_s).toString();
    if (!options.logoPath.isEmpty()) {
        QImageReader reader(options.logoPath);
        const bool svg = options.logoPath.endsWith(".svg"_L1, Qt::CaseInsensitive);
        if (!QFileInfo(options.logoPath).isReadable() || (!svg && !reader.canRead())) {
            if (parser.isSet(u"logo"_s))
                return fail(tr("The logo %1 cannot be read: give a PNG, JPEG or SVG file.")
                                .arg(QDir::toNativeSeparators(options.logoPath)),
                            2);
            m_err << "pitwall-cli: "
                  << tr("The logo set in Pitwall (%1) cannot be read; the vendor name is shown instead.")
                         .arg(QDir::toNativeSeparators(options.logoPath))
                  << Qt::endl;
            options.logoPath.clear();
        }
    }

    Database db;
    if (!openDatabase(parser, db))
        return 1;
    QbrStore store(db);

    // The template: the saved draft wins unless --template names one.
    std::optional<QbrTemplate> forced;
    if (parser.isSet(u"template"_s)) {
        const QString name = parser.value(u"template"_s);
        const QbrTemplate active = store.activeTemplate();
        const QbrTemplate builtIn = QbrTemplate::builtIn();
        if (QFileInfo(name).isFile()) {
            QFile file(name);
            if (!file.open(QIODevice::ReadOnly))
                return fail(
                    tr("Could not read %1: %2").arg(QDir::toNativeSeparators(name), file.errorString()), 2);
            QString error;
            forced = QbrTemplate::fromJson(file.readAll(), &error);
            if (!forced)
                return fail(
                    tr("%1 is not a usable QBR template: %2").arg(QDir::toNativeSeparators(name), error), 2);
        } else if (name.compare("built-in"_L1, Qt::CaseInsensitive) == 0
                   || name.compare("builtin"_L1, Qt::CaseInsensitive) == 0
                   || name.compare("default"_L1, Qt::CaseInsensitive) == 0
                   || name.compare(builtIn.name, Qt::CaseInsensitive) == 0) {
            forced = builtIn;
        } else if (name.compare(active.name, Qt::CaseInsensitive) == 0) {
            forced = active;
        } else {
            QStringList known { u"\"built-in\""_s, u"\"%1\""_s.arg(builtIn.name) };
            if (active.name != builtIn.name)
                known.append(u"\"%1\""_s.arg(active.name));
            return fail(tr("No QBR template named \"%1\": use %2, or a template JSON file.")
                            .arg(name, known.join(u", "_s)),
                        2);
        }
    }
    const QbrTemplate tmpl = forced ? *forced : store.activeTemplate();

    // One account: its draft (or the template) with its data, rendered to `path`.
    struct Result
    {
        bool ok = false;
        QString error;
        QString name;
        int pages = 0;
        QString source;
        QbrDocument doc;
        qint64 ms = 0;
    };
    const auto render = [&](const QString &accountId, const QString &path) {
        Result r;
        QElapsedTimer timer;
        timer.start();
        QString error;
        const std::optional<QbrData> data = QbrData::load(db, accountId, *quarter, asOf, &error);
        if (!data) {
            r.error = error;
            return r;
        }
        r.name = data->accountName;
        std::optional<QbrDocument> draft;
        if (!forced) {
            draft = store.load(accountId, *quarter);
            if (!draft && !store.lastError().isEmpty()) {
                r.error = store.lastError();
                return r;
            }
        }
        r.source = sourceKeyword(draft);
        r.doc = draft
            ? *draft
            : QbrDocument::fromTemplate(tmpl, accountId, *quarter, data->accountName, data->csmName);
        const QbrRenderer renderer(r.doc, *data, options);
        r.pages = renderer.pageCount();
        r.ok = format == Format::Pdf ? renderer.writePdf(path, &r.error) : renderer.writeHtml(path, &r.error);
        r.ms = timer.elapsed();
        return r;
    };

    const bool json = parser.isSet(u"json"_s);
    if (single) {
        const QString accountId = parser.value(u"account"_s);
        const Result r = render(accountId, outPath);
        if (!r.ok)
            return fail(r.error);
        const QString file = QFileInfo(outPath).absoluteFilePath();
        if (json) {
            const QJsonObject o { { "account"_L1, accountId },
                                  { "name"_L1, r.name },
                                  { "quarter"_L1, quarter->toString() },
                                  { "file"_L1, file },
                                  { "format"_L1, extensionOf(format) },
                                  { "pages"_L1, r.pages },
                                  { "source"_L1, r.source },
                                  { "template"_L1, r.doc.templateName },
                                  { "sections"_L1, sectionKeys(r.doc) },
                                  { "ms"_L1, r.ms } };
            m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        } else {
            const QString from = r.source == "template"_L1 ? tr("from the template \"%1\"").arg(tmpl.name)
                : r.source == "delivered"_L1               ? tr("as delivered")
                                                           : tr("from the saved draft");
            m_out << tr("Wrote the %1 QBR of %2 (%n page(s), %3) to %4.", nullptr, r.pages)
                         .arg(quarter->label(), r.name, from, QDir::toNativeSeparators(file))
                  << Qt::endl;
        }
        return 0;
    }

    // The whole book.
    const QString owner = parser.value(u"owner"_s);
    QList<QPair<QString, QString>> accounts; // id, name
    {
        QSqlQuery q(db.connection());
        q.prepare(u"SELECT name FROM users WHERE id = ?"_s);
        q.addBindValue(owner);
        if (!q.exec())
            return fail(q.lastError().text());
        const bool known = q.next();
        q.prepare(u"SELECT id, name FROM accounts WHERE owner_id = ? AND archived = 0"
                  " AND LOWER(TRIM(COALESCE(lifecycle_stage, ''))) <> 'churned'"
                  " ORDER BY name COLLATE NOCASE, id"_s);
        q.addBindValue(owner);
        if (!q.exec())
            return fail(q.lastError().text());
        while (q.next())
            accounts.append({ q.value(0).toString(), q.value(1).toString() });
        if (!known && accounts.isEmpty())
            return fail(tr("There is no user \"%1\" in the cache.").arg(owner));
    }
    QDir dir(outDir);
    if (!dir.mkpath(u"."_s))
        return fail(tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(dir.absolutePath())));
    if (!QFileInfo(dir.absolutePath()).isWritable())
        return fail(tr("Cannot write into the folder %1.").arg(QDir::toNativeSeparators(dir.absolutePath())));

    const bool interactive = ::isatty(STDERR_FILENO);
    QElapsedTimer total;
    total.start();
    QJsonArray files;
    QJsonArray failures;
    QList<qint64> times;
    int pages = 0;
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const auto &[id, name] = accounts.at(i);
        const QString progress = u"[%1/%2] %3"_s.arg(i + 1).arg(accounts.size()).arg(name);
        if (interactive)
            m_err << '\r' << progress.left(78).leftJustified(79) << Qt::flush;
        else
            m_err << progress << Qt::endl;
        const QString path = dir.filePath(safeFileName(name, id, *quarter, format));
        const Result r = render(id, path);
        if (!r.ok) {
            failures.append(
                QJsonObject { { "account"_L1, id }, { "name"_L1, name }, { "error"_L1, r.error } });
            if (interactive)
                m_err << '\r' << QString(79, u' ') << '\r';
            m_err << "pitwall-cli: " << name << " (" << id << "): " << r.error << Qt::endl;
            continue;
        }
        pages += r.pages;
        times.append(r.ms);
        files.append(QJsonObject { { "account"_L1, id },
                                   { "name"_L1, name },
                                   { "file"_L1, QFileInfo(path).absoluteFilePath() },
                                   { "pages"_L1, r.pages },
                                   { "source"_L1, r.source },
                                   { "ms"_L1, r.ms } });
    }
    if (interactive)
        m_err << '\r' << QString(79, u' ') << '\r' << Qt::flush;
    std::sort(times.begin(), times.end());
    const qint64 median = times.isEmpty() ? 0 : times.at(times.size() / 2);
    if (json) {
        const QJsonObject o { { "owner"_L1, owner },
                              { "quarter"_L1, quarter->toString() },
                              { "directory"_L1, dir.absolutePath() },
                              { "format"_L1, extensionOf(format) },
                              { "files"_L1, files },
                              { "failed"_L1, failures },
                              { "pages"_L1, pages },
                              { "ms"_L1, total.elapsed() },
                              { "median_ms"_L1, median } };
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else if (accounts.isEmpty()) {
        m_out << tr("%1 has no live accounts: nothing to write.").arg(owner) << Qt::endl;
    } else {
        m_out << tr("Wrote %n QBR(s) for %1 to %2", nullptr, int(files.size()))
                     .arg(quarter->label(), QDir::toNativeSeparators(dir.absolutePath()))
              << ' '
              << tr("(%n page(s) in %1 s, %2 ms per deck).", nullptr, pages)
                     .arg(QLocale().toString(total.elapsed() / 1000.0, 'f', 1))
                     .arg(median)
              << Qt::endl;
        if (!failures.isEmpty())
            m_out << tr("%n account(s) failed; see the messages above.", nullptr, int(failures.size()))
                  << Qt::endl;
    }
    return failures.isEmpty() ? 0 : 1;
}
