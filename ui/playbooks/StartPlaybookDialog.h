#pragma once

#include "playbook/PlaybookTemplate.h"

#include <QDate>
#include <QDialog>
#include <QHash>
#include <QList>

class Database;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QTreeWidget;

// "Start playbook…": the templates in force (name, description, step count), and for the
// chosen one the schedule it would run on this account (each step's due date from the
// start day and the account's renewal date and contract start, PlaybookSchedule) with any
// assumption spelled out ("no renewal date: assumed …"). A template already running on the
// account is marked and cannot be started twice. Start creates the playbook
// (PlaybookStore::start) and the dialog closes with its id (startedInstanceId()); a refusal
// is shown in the dialog.
class StartPlaybookDialog : public QDialog
{
    Q_OBJECT
public:
    StartPlaybookDialog(Database &db, const QString &accountId, const QString &author,
                        QWidget *parent = nullptr);

    void setToday(const QDate &today);
    // Selects the template with this id; false when it is not offered.
    bool selectTemplate(const QString &templateId);
    QString selectedTemplateId() const;
    QString startedInstanceId() const { return m_startedId; }

    QListWidget *templateList() const { return m_list; }
    QTreeWidget *schedulePreview() const { return m_preview; }
    QLabel *notesLabel() const { return m_notes; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *startButton() const;

public Q_SLOTS:
    void accept() override;

private:
    void reloadRunning();
    void updatePreview();

    Database &m_db;
    QString m_accountId;
    QString m_author;
    QDate m_today;
    QDate m_renewal;
    QDate m_contractStart;
    QList<PlaybookTemplate> m_templates;
    QHash<QString, QString> m_running; // template id -> progress text of the open playbook
    QString m_startedId;

    QListWidget *m_list;
    QLabel *m_description;
    QTreeWidget *m_preview;
    QLabel *m_notes;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};
