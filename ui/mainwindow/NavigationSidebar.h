#pragma once

#include <QFrame>

class QIcon;
class QListWidget;

// The dark column on the left: the brand, one entry per view, the version. Entries are
// keyed by view id, so views (Home, Dashboard, Team, ...) are added without touching it.
class NavigationSidebar : public QFrame
{
    Q_OBJECT
public:
    explicit NavigationSidebar(QWidget *parent = nullptr);

    void addEntry(const QString &id, const QIcon &icon, const QString &title);
    void setCurrentId(const QString &id);
    QString currentId() const;
    QStringList ids() const;

Q_SIGNALS:
    void currentIdChanged(const QString &id);

private:
    QListWidget *m_list;
};
