#include "FileDialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

const auto lastDirectoryKey = "FileDialogs/lastDirectory"_L1;

FileDialogs::Handler &handler()
{
    static FileDialogs::Handler instance;
    return instance;
}

QString lastDirectory()
{
    const QString dir = QSettings().value(lastDirectoryKey).toString();
    return QFileInfo(dir).isDir() ? dir : QDir::homePath();
}

} // namespace

void FileDialogs::setHandler(Handler h)
{
    handler() = std::move(h);
}

QString FileDialogs::existingDirectory(QWidget *parent, const QString &caption)
{
    return ask(parent, { Kind::ExistingDirectory, caption, lastDirectory(), {}, {} });
}

QString FileDialogs::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    return ask(parent, { Kind::OpenFile, caption, lastDirectory(), filter, {} });
}

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggestedName,
                                  const QString &filter, QString *selectedFilter)
{
    Request request { Kind::SaveFile, caption, QDir(lastDirectory()).filePath(suggestedName), filter, {} };
    if (selectedFilter)
        request.selectedFilter = *selectedFilter;
    return ask(parent, request, selectedFilter);
}

QString FileDialogs::ask(QWidget *parent, const Request &request, QString *selectedFilter)
{
    QString chosen;
    if (handler()) {
        chosen = handler()(request);
    } else if (request.kind == Kind::ExistingDirectory) {
        chosen = QFileDialog::getExistingDirectory(parent, request.caption, request.directory);
    } else if (request.kind == Kind::SaveFile) {
        QString selected = request.selectedFilter;
        chosen = QFileDialog::getSaveFileName(parent, request.caption, request.directory, request.filter,
                                              &selected);
        if (selectedFilter && !chosen.isEmpty())
            *selectedFilter = selected;
    } else {
        chosen = QFileDialog::getOpenFileName(parent, request.caption, request.directory, request.filter);
    }
    if (!chosen.isEmpty()) {
        const QFileInfo info(chosen);
        // A folder's parent is remembered, so the next export beside it is one click away.
        QSettings().setValue(lastDirectoryKey, info.absolutePath());
    }
    return chosen;
}
