#pragma once

#include <QDateTime>
#include <QStyledItemDelegate>

// One entry of Home's recent activity: the kind as a tinted glyph, the account in bold
// with how long ago on the right, and "Call · subject · who" below.
class ActivityItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum Role
    {
        AccountIdRole = Qt::UserRole, // the account to open
        KindRole, // call, email, meeting, note, ... as stored
        KindLabelRole, // translated
        SubjectRole,
        WhoRole,
        WhenRole, // QDateTime, UTC
        IsNoteRole, // bool: written in Pitwall
    };

    explicit ActivityItemDelegate(QObject *parent = nullptr);

    // "Now" for "2 h ago"; the current time unless set (tests).
    void setNow(const QDateTime &now) { m_now = now; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QDateTime m_now;
};
