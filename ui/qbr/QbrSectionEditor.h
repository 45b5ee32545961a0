#pragma once

#include "qbr/QbrData.h"
#include "qbr/QbrDocument.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QbrTableEditor;

// The middle of the QBR builder: one page per section, shown one at a time. Each page has
// the section's title, whether it is in the deck, the CSM's narrative, and below it what
// the section adds: a table to fill in (value delivered, goals, risks, commitments) or a
// read-only summary of the figures the cache gives for the quarter, or a plain "no data"
// sentence. Typing {account}, {quarter} or {csm} in a narrative fills it in at once, so
// the words saved are the words the deck prints.
class QbrSectionEditor : public QWidget
{
    Q_OBJECT
public:
    explicit QbrSectionEditor(QWidget *parent = nullptr);

    // Fills every page from `document` (narratives, tables, check boxes) and the figures
    // from `data`; emits nothing.
    void setDocument(const QbrDocument &document, const QbrData &figures, const QString &vendorName);
    void setVendorName(const QString &vendorName);

    void showSection(QbrSection section);
    QbrSection currentSection() const { return m_current; }
    void setSectionEnabled(QbrSection section, bool enabled);

    // The tables as the CSM filled them in.
    QList<QbrKpi> kpis() const;
    QList<QbrGoal> goals() const;
    QList<QbrRisk> risks() const;
    QList<QbrCommitment> commitments() const;

    QPlainTextEdit *narrativeEdit(QbrSection section) const { return m_pages.value(int(section)).narrative; }
    QCheckBox *includeBox(QbrSection section) const { return m_pages.value(int(section)).include; }
    // The figures (or "no data") of a data section; null for the others.
    QLabel *dataSummary(QbrSection section) const { return m_pages.value(int(section)).summary; }
    QbrTableEditor *kpiEditor() const { return m_kpis; }
    QbrTableEditor *goalEditor() const { return m_goals; }
    QbrTableEditor *riskEditor() const { return m_risks; }
    QbrTableEditor *commitmentEditor() const { return m_commitments; }

    // The summary of a data section, as rich text, and whether the quarter has data for it.
    static QString summaryOf(QbrSection section, const QbrData &figures, const QString &vendorName,
                             bool *hasData = nullptr);

Q_SIGNALS:
    void narrativeEdited(QbrSection section, const QString &text);
    void includeToggled(QbrSection section, bool enabled);
    // A row of a table was added, removed or changed.
    void itemsEdited();

private:
    struct Page
    {
        QWidget *widget = nullptr;
        QCheckBox *include = nullptr;
        QPlainTextEdit *narrative = nullptr;
        QLabel *hint = nullptr;
        QLabel *summary = nullptr;
    };

    Page createPage(QbrSection section);
    void fillPlaceholders(QPlainTextEdit *edit);
    void updateHints();
    void updateSummaries();

    QStackedWidget *m_stack;
    QHash<int, Page> m_pages; // by QbrSection
    QbrTableEditor *m_kpis = nullptr;
    QbrTableEditor *m_goals = nullptr;
    QbrTableEditor *m_risks = nullptr;
    QbrTableEditor *m_commitments = nullptr;
    QbrSection m_current = QbrSection::Cover;
    QbrData m_data;
    QString m_vendorName;
    QString m_accountName;
    QString m_quarterLabel;
    QString m_csmName;
    bool m_filling = false;
};
