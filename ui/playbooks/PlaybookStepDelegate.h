#pragma once

#include <QHash>
#include <QStyledItemDelegate>

class PlaybookStepModel;
class QSqlDatabase;

// Paints one step of a playbook's checklist (PlaybookStepModel) as a card row: a tick box
// (done: ticked; skipped: a dash), the title (struck through once resolved), the due date
// on the right (red when overdue, amber when due today) and below them the owner role,
// required or optional, who did it and when, or why it was skipped, and the note's first
// line. `large` is call mode's type: titles at 15 pt and more room. A click on the tick
// box asks to toggle the step (toggleRequested).
class PlaybookStepDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    PlaybookStepDelegate(PlaybookStepModel *model, bool large, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    // Who ticked or skipped a step, by name rather than CRM id (from Workspace::users()).
    void setUserNames(const QHash<QString, QString> &names) { m_userNames = names; }
    void loadUserNames(const QSqlDatabase &db);

    // The tick box's rectangle within a row's rectangle.
    QRect checkBoxRect(const QRect &rowRect) const;
    // "Owner: CSM · Required · Done by u1 on 12/3/26": the second line.
    QString detailText(const QModelIndex &index) const;
    QString dueText(const QModelIndex &index) const;

Q_SIGNALS:
    void toggleRequested(int row);

private:
    QFont titleFont(const QFont &base) const;
    QFont detailFont(const QFont &base) const;

    PlaybookStepModel *m_model;
    bool m_large;
    QHash<QString, QString> m_userNames;
};
