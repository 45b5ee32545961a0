#pragma once

#include "import/ImportReport.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

// What an import did, for a person: a headline with the outcome, a summary line, the
// counts per table, and every rejected row with file, line and reason. A failure shows
// its error prominently instead.
class ImportReportView : public QWidget
{
    Q_OBJECT
public:
    explicit ImportReportView(QWidget *parent = nullptr);

    void setReport(const ImportReport &report);
    const ImportReport &report() const { return m_report; }

    QString headline() const;
    QString summary() const;
    QString errorText() const;

    // The display name of an entity ("accounts" -> "Accounts"), translated.
    static QString entityTitle(const QString &entity);
    // "salesforce" -> "Salesforce", translated.
    static QString profileTitle(const QString &profile);

private:
    void copyToClipboard() const;

    ImportReport m_report;
    QLabel *m_badge;
    QLabel *m_headline;
    QLabel *m_summary;
    QLabel *m_source;
    QLabel *m_error;
    QLabel *m_tablesTitle;
    QTableWidget *m_tables;
    QLabel *m_rejectionsTitle;
    QTreeWidget *m_rejections;
    QLabel *m_warnings;
    QPushButton *m_copy;
};
