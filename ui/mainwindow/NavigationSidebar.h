#pragma once

#include <QFrame>

class QIcon;
class QListWidget;
class QListWidgetItem;

// The dark column on the left: the brand, one entry per view, the version. Entries are
// keyed by view id, so views (Home, Dashboard, Team, ...) are added without touching it.
class NavigationSidebar : public QFrame
{
    Q_OBJECT
public:
    explicit NavigationSidebar(QWidget *parent = nullptr);

    // A view of the workspace (Home, Accounts, ...), in the order added.
    void addEntry(const QString &id, const QIcon &icon, const QString &title);
    // An open document (an account), listed under "Open accounts"; closable.
    void addDocumentEntry(const QString &id, const QIcon &icon, const QString &title);
    void setEntryTitle(const QString &id, const QString &title);
    void removeEntry(const QString &id);
    void setCurrentId(const QString &id);
    QString currentId() const;
    QStringList ids() const;
    QStringList documentIds() const;
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void currentIdChanged(const QString &id);
    // Middle click or the context menu on a document entry.
    void closeRequested(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QListWidgetItem *item(const QString &id) const;
    void updateDocumentsHeader();

    QListWidget *m_list;
    QListWidgetItem *m_documentsHeader = nullptr;
};
