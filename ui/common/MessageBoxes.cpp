#include "MessageBoxes.h"

#include <QApplication>

namespace {

MessageBoxes::Handler &handler()
{
    static MessageBoxes::Handler instance;
    return instance;
}

} // namespace

void MessageBoxes::setHandler(Handler h)
{
    handler() = std::move(h);
}

QMessageBox::StandardButton MessageBoxes::question(QWidget *parent, const QString &title, const QString &text,
                                                   const QString &informativeText,
                                                   QMessageBox::StandardButtons buttons,
                                                   QMessageBox::StandardButton defaultButton)
{
    return show(parent, { QMessageBox::Question, title, text, informativeText, buttons, defaultButton });
}

void MessageBoxes::information(QWidget *parent, const QString &title, const QString &text,
                               const QString &informativeText)
{
    show(parent,
         { QMessageBox::Information, title, text, informativeText, QMessageBox::Ok, QMessageBox::Ok });
}

void MessageBoxes::warning(QWidget *parent, const QString &title, const QString &text,
                           const QString &informativeText)
{
    show(parent, { QMessageBox::Warning, title, text, informativeText, QMessageBox::Ok, QMessageBox::Ok });
}

void MessageBoxes::critical(QWidget *parent, const QString &title, const QString &text,
                            const QString &informativeText)
{
    show(parent, { QMessageBox::Critical, title, text, informativeText, QMessageBox::Ok, QMessageBox::Ok });
}

void MessageBoxes::about(QWidget *parent, const QString &title, const QString &text)
{
    if (handler()) {
        handler()({ QMessageBox::NoIcon, title, text, {}, QMessageBox::Ok, QMessageBox::Ok });
        return;
    }
    QMessageBox::about(parent, title, text);
}

QMessageBox::StandardButton MessageBoxes::show(QWidget *parent, const Request &request)
{
    if (handler())
        return handler()(request);
    QMessageBox box(request.icon, request.title, request.text, request.buttons, parent);
    box.setInformativeText(request.informativeText);
    if (request.defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(request.defaultButton);
    box.setTextFormat(Qt::PlainText);
    return QMessageBox::StandardButton(box.exec());
}
