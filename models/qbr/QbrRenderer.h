#pragma once

#include "QbrData.h"
#include "QbrDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <memory>
#include <optional>

// Lays out a QBR as a deck of landscape 16:9 pages and paints it: to PDF (QPdfWriter,
// vector charts, fonts embedded, real text), to one self-contained HTML file (charts as
// inline SVG, every value escaped), or page by page to images for the live preview.
// Needs a QGuiApplication (fonts); the CLI starts one on the offscreen platform.
// Chinese text renders with a CJK font (Noto Sans CJK from fonts-noto-cjk).
class QbrRenderer
{
    Q_DECLARE_TR_FUNCTIONS(QbrRenderer)

public:
    struct Options
    {
        QString vendorName = QStringLiteral("Pitwall");
        QString logoPath; // PNG/SVG shown on the cover; empty: the vendor name in type
        QString language; // "" = the application's; "zh_CN" for Chinese page words
    };

    QbrRenderer(const QbrDocument &document, const QbrData &data, const Options &options);

    int pageCount() const;
    QString pageTitle(int page) const;
    // The section a page belongs to (its continuation pages too); nullopt out of range.
    // The builder's preview brings the selected section's first page into view with it.
    std::optional<QbrSection> pageSection(int page) const;
    // One page at `width` pixels (height = width * 9 / 16), for the preview.
    QImage renderPage(int page, int width) const;

    bool writePdf(const QString &path, QString *error) const;
    QByteArray toHtml() const;
    bool writeHtml(const QString &path, QString *error) const;

    struct Private; // the laid-out deck (QbrRenderer.cpp)

private:
    std::shared_ptr<const Private> d;
};
