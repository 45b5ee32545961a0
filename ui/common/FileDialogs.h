#pragma once

#include <QString>
#include <functional>

class QWidget;

// Every file dialog goes through here, so that a test can answer it instead of a person
// (setHandler), and so that each dialog opens where the user last was.
class FileDialogs
{
public:
    enum class Kind
    {
        ExistingDirectory,
        OpenFile
    };
    struct Request
    {
        Kind kind = Kind::OpenFile;
        QString caption;
        QString directory;
        QString filter;
    };
    // Returns the chosen path, or empty for "cancelled".
    using Handler = std::function<QString(const Request &request)>;

    // Tests: answer every dialog with `handler`; an empty handler shows real dialogs again.
    static void setHandler(Handler handler);

    static QString existingDirectory(QWidget *parent, const QString &caption);
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);

private:
    static QString ask(QWidget *parent, const Request &request);
};
