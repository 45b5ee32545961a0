#include "QbrDeckSettingsDialog.h"

#include "common/FileDialogs.h"
#include "common/Theme.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSvgRenderer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

bool isSvg(const QString &path)
{
    return path.endsWith(".svg"_L1, Qt::CaseInsensitive);
}

} // namespace

QbrDeckSettingsDialog::QbrDeckSettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_vendor(new QLineEdit(this))
    , m_logo(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_clear(new QPushButton(tr("Cl&ear"), this))
    , m_preview(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"qbrDeckSettings"_s);
    setWindowTitle(tr("Deck settings"));
    const QSettings settings;

    auto *intro
        = new QLabel(tr("Every QBR's cover shows your company: its name, or its logo when you give one. "
                        "The command line's qbr uses the same settings."),
                     this);
    intro->setWordWrap(true);
    Theme::setRole(intro, "muted");

    m_vendor->setObjectName(u"qbrVendorName"_s);
    m_vendor->setPlaceholderText(u"Pitwall"_s);
    m_vendor->setText(settings.value(vendorNameKey).toString());
    m_vendor->setMaxLength(80);

    m_logo->setObjectName(u"qbrLogoPath"_s);
    m_logo->setPlaceholderText(tr("No logo: the name is shown"));
    m_logo->setText(QDir::toNativeSeparators(settings.value(logoPathKey).toString()));
    m_logo->setAccessibleName(tr("Logo file"));
    m_browse->setObjectName(u"qbrLogoBrowse"_s);
    m_clear->setObjectName(u"qbrLogoClear"_s);
    connect(m_browse, &QPushButton::clicked, this, &QbrDeckSettingsDialog::browse);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_logo->clear();
        m_logo->setFocus();
    });
    connect(m_logo, &QLineEdit::textChanged, this, &QbrDeckSettingsDialog::updatePreview);

    auto *logoRow = new QHBoxLayout;
    logoRow->setSpacing(6);
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(m_browse);
    logoRow->addWidget(m_clear);

    m_preview->setObjectName(u"qbrLogoPreview"_s);
    m_preview->setFixedSize(220, 72);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setStyleSheet(
        u"QLabel#qbrLogoPreview { background: #0f1d2e; border-radius: 6px; color: #ffffff;"
        " font-weight: 600; }"_s);
    m_preview->setAccessibleName(tr("Logo preview"));

    m_error->setObjectName(u"qbrDeckSettingsError"_s);
    Theme::setRole(m_error, "error");
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Vendor name:"), m_vendor);
    form->addRow(tr("&Logo:"), logoRow);
    form->addRow(QString(), m_preview);
    // The label's buddy, for its mnemonic.
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(logoRow)))
        label->setBuddy(m_logo);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QbrDeckSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_vendor, &QLineEdit::textChanged, this, &QbrDeckSettingsDialog::updatePreview);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    updatePreview();
}

QString QbrDeckSettingsDialog::vendorName(const QSettings &settings)
{
    const QString name = settings.value(vendorNameKey).toString().trimmed();
    return name.isEmpty() ? u"Pitwall"_s : name;
}

QString QbrDeckSettingsDialog::logoPath(const QSettings &settings)
{
    const QString path = settings.value(logoPathKey).toString();
    return path.isEmpty() || !isUsableLogo(path, nullptr) ? QString() : path;
}

bool QbrDeckSettingsDialog::isUsableLogo(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!info.exists())
        return fail(tr("There is no file %1.").arg(shown));
    if (!info.isFile() || !info.isReadable())
        return fail(tr("The file %1 cannot be read.").arg(shown));
    if (isSvg(path)) {
        QSvgRenderer svg(path);
        if (!svg.isValid())
            return fail(tr("%1 is not an SVG image Pitwall can draw.").arg(shown));
        return true;
    }
    QImageReader reader(path);
    if (!reader.canRead())
        return fail(tr("%1 is not a PNG, JPEG or SVG image.").arg(shown));
    return true;
}

void QbrDeckSettingsDialog::browse()
{
    const QString path
        = FileDialogs::openFileName(this, tr("Choose the logo"), tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (path.isEmpty())
        return;
    m_logo->setText(QDir::toNativeSeparators(path));
}

void QbrDeckSettingsDialog::updatePreview()
{
    const QString path = QDir::fromNativeSeparators(m_logo->text().trimmed());
    const QString name = m_vendor->text().trimmed().isEmpty() ? u"Pitwall"_s : m_vendor->text().trimmed();
    QString error;
    if (path.isEmpty() || !isUsableLogo(path, &error)) {
        m_preview->setPixmap({});
        m_preview->setText(name);
        m_error->setVisible(!path.isEmpty());
        m_error->setText(error);
        return;
    }
    m_error->hide();
    const QSize box = m_preview->size() - QSize(24, 16);
    QImage image;
    if (isSvg(path)) {
        QSvgRenderer svg(path);
        QSize size = svg.defaultSize().isEmpty() ? box : svg.defaultSize().scaled(box, Qt::KeepAspectRatio);
        image = QImage(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        svg.render(&p);
    } else {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        image = reader.read().scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    m_preview->setText({});
    m_preview->setPixmap(QPixmap::fromImage(image));
}

bool QbrDeckSettingsDialog::apply()
{
    const QString path = QDir::fromNativeSeparators(m_logo->text().trimmed());
    QString error;
    if (!path.isEmpty() && !isUsableLogo(path, &error)) {
        m_error->setText(error + u' ' + tr("Choose another file, or clear the logo to show the name."));
        m_error->show();
        m_logo->setFocus();
        return false;
    }
    QSettings settings;
    const QString vendor = m_vendor->text().trimmed();
    if (vendor.isEmpty())
        settings.remove(vendorNameKey);
    else
        settings.setValue(vendorNameKey, vendor);
    if (path.isEmpty())
        settings.remove(logoPathKey);
    else
        settings.setValue(logoPathKey, QFileInfo(path).absoluteFilePath());
    return true;
}

void QbrDeckSettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}
