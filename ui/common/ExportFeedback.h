#pragma once

#include <QFrame>
#include <QString>

class QLabel;
class QProgressDialog;

// What the views show around a background export: a progress dialog while it runs and,
// after it, a banner saying what happened with a link to the folder that holds the file.
// The account list, the Team view and the QBR builder share them.

// The banner after an export: a line of rich text and a dismiss button; hidden until
// showResult().
class ExportBanner : public QFrame
{
    Q_OBJECT

public:
    // `labelName` is the text label's objectName (tests find it by that name).
    ExportBanner(const QString &objectName, const QString &labelName, QWidget *parent);

    // `html` (values in it already escaped), then "Show in folder" when `folder` is set.
    void showResult(const QString &html, const QString &folder);
    QLabel *label() const { return m_label; }

private:
    QLabel *m_label;
};

namespace ExportFeedback {

// A window-modal progress dialog for an export to `path`: busy until setProgress() gives a
// total, shown only if the export takes more than 0.4 s, deleted when closed. Connect its
// canceled() signal to the job's cancel.
QProgressDialog *createProgress(QWidget *parent, const QString &objectName, const QString &title,
                                const QString &path);
// Sets the bar from a job's (done, total) report; a total of 0 keeps it busy.
void setProgress(QProgressDialog *dialog, qint64 done, qint64 total);

} // namespace ExportFeedback
