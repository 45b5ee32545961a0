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
        OpenFile,
        SaveFile
    };
    struct Request
    {
        Kind kind = Kind::OpenFile;
        QString caption;
        QString directory;
        QString filter;
        QString selectedFilter; // SaveFile: the filter offered first
    };
    // Returns the chosen path, or empty for "cancelled".
    using Handler = std::function<QString(const Request &request)>;

    // Tests: answer every dialog with `handler`; an empty handler shows real dialogs again.
    static void setHandler(Handler handler);

    static QString existingDirectory(QWidget *parent, const QString &caption);
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    // Asks where to save, starting at `suggestedName` in the last folder; the dialog asks
    // before replacing a file. `selectedFilter` is the filter to offer first and, on
    // return, the one the user picked.
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestedName,
                                const QString &filter, QString *selectedFilter = nullptr);

private:
    static QString ask(QWidget *parent, const Request &request, QString *selectedFilter = nullptr);
};
