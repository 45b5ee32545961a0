#pragma once

#include <QMessageBox>
#include <QString>
#include <functional>

// Every message box goes through here, so that a test can answer it instead of a person
// (setHandler), and so that they all look and behave alike.
class MessageBoxes
{
public:
    struct Request
    {
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QString title;
        QString text;
        QString informativeText;
        QMessageBox::StandardButtons buttons = QMessageBox::Ok;
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
    };
    using Handler = std::function<QMessageBox::StandardButton(const Request &request)>;

    // Tests: answer every box with `handler`; an empty handler shows real boxes again.
    static void setHandler(Handler handler);

    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text, const QString &informativeText = {},
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::Yes);
    static void information(QWidget *parent, const QString &title, const QString &text,
                            const QString &informativeText = {});
    static void warning(QWidget *parent, const QString &title, const QString &text,
                        const QString &informativeText = {});
    static void critical(QWidget *parent, const QString &title, const QString &text,
                         const QString &informativeText = {});
    // Rich text with the application icon.
    static void about(QWidget *parent, const QString &title, const QString &text);

private:
    static QMessageBox::StandardButton show(QWidget *parent, const Request &request);
};
