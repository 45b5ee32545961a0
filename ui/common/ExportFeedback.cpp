#include "ExportFeedback.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressDialog>
#include <QToolButton>
#include <QUrl>
#include <limits>

using namespace Qt::StringLiterals;

ExportBanner::ExportBanner(const QString &objectName, const QString &labelName, QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(objectName);
    setStyleSheet(u"ExportBanner { background: #e9f6ec; border: 1px solid #b7dfc1; border-radius: 6px; }"
                  " ExportBanner QLabel { color: #1a5e2c; }"_s);
    m_label->setObjectName(labelName);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_label->setWordWrap(true);
    connect(m_label, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    auto *dismiss = new QToolButton(this);
    dismiss->setText(u"✕"_s);
    dismiss->setAutoRaise(true);
    dismiss->setToolTip(tr("Dismiss"));
    dismiss->setAccessibleName(tr("Dismiss"));
    connect(dismiss, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(dismiss);
    hide();
}

void ExportBanner::showResult(const QString &html, const QString &folder)
{
    QString text = html;
    if (!folder.isEmpty())
        text += u" <a href=\"%1\">%2</a>"_s.arg(QUrl::fromLocalFile(folder).toString(QUrl::FullyEncoded),
                                                tr("Show in folder"));
    m_label->setText(text);
    show();
}

namespace ExportFeedback {

QProgressDialog *createProgress(QWidget *parent, const QString &objectName, const QString &title,
                                const QString &path)
{
    auto *progress = new QProgressDialog(parent);
    progress->setObjectName(objectName);
    progress->setWindowTitle(title);
    progress->setLabelText(
        QCoreApplication::translate("ExportFeedback", "Exporting to %1…").arg(QFileInfo(path).fileName()));
    progress->setCancelButtonText(QCoreApplication::translate("ExportFeedback", "Cancel"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(400);
    progress->setRange(0, 0);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    return progress;
}

void setProgress(QProgressDialog *dialog, qint64 done, qint64 total)
{
    if (!dialog || total <= 0 || total > std::numeric_limits<int>::max())
        return;
    dialog->setMaximum(int(total));
    dialog->setValue(int(qMin(done, total)));
}

} // namespace ExportFeedback
