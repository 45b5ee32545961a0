#pragma once

#include <QList>
#include <QString>
#include <QVariant>
#include <QWidget>

class QPushButton;
class QTableWidget;

// A small editable table of the QBR builder (KPIs, goals, risks, commitments) with Add and
// Remove buttons. Each column has a kind, which gives its editor and how it shows:
// Text (a line edit), Number (locale-aware; empty = no value), Progress (0..100 %),
// GoalStatus (Qbr::goalStatuses(), shown translated), Check (a check box), Date (a date
// or "No date"). Values come and go as QVariants: QString, double or invalid, int, the
// status keyword, bool, QDate (invalid = none).
class QbrTableEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Kind
    {
        Text,
        Number,
        Progress,
        GoalStatus,
        Check,
        Date,
    };
    struct Column
    {
        QString title;
        Kind kind = Kind::Text;
        QString toolTip;
        // A text column's share of the width the other columns leave (0: fit its contents).
        int stretch = 1;
    };

    // `name` prefixes the object names: <name>Table, <name>Add, <name>Remove.
    QbrTableEditor(const QString &name, const QList<Column> &columns, const QString &addText,
                   const QString &accessibleName, QWidget *parent = nullptr);

    // Replaces the rows without emitting edited().
    void setRows(const QList<QVariantList> &rows);
    QList<QVariantList> rows() const;
    int rowCount() const;

    // Appends a row of `values` (defaults where missing), selects it and starts editing
    // its first cell, as the Add button does. Emits edited().
    void addRow(const QVariantList &values = {});
    // Removes the current row (Remove button). Emits edited().
    void removeCurrentRow();

    // The values a new row starts with (Add button); by kind when not set.
    void setNewRowValues(const QVariantList &values) { m_newRow = values; }

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    // The user changed, added or removed a row.
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setRow(int row, const QVariantList &values);
    // The text columns share what the others leave, by their stretch.
    void fitColumns();
    QVariant defaultValue(Kind kind) const;
    void updateButtons();

    QList<Column> m_columns;
    QVariantList m_newRow;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_filling = false;
};
