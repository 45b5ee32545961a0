#pragma once

#include <QObject>
#include <QString>
#include <QVariantList>
#include <optional>

class QSettings;
class QSqlDatabase;

// Who is using Pitwall and which part of the book they are looking at. One per window
// session; every view that lists accounts reads its scope from here, so the switch
// "My book / My team / All" applies everywhere at once.
class Workspace : public QObject
{
    Q_OBJECT
public:
    enum class Scope
    {
        MyBook,
        MyTeam,
        All
    };
    Q_ENUM(Scope)

    struct User
    {
        QString id;
        QString name;
        QString role;
        QString team;
    };

    explicit Workspace(QObject *parent = nullptr);

    // The chosen user's CRM id; empty until the user has picked themself.
    QString userId() const { return m_userId; }
    QString userName() const { return m_userName; }
    void setUser(const QString &id, const QString &name);

    Scope scope() const { return m_scope; }
    void setScope(Scope scope);

    // The name written as the author of local changes: the user's CRM id, or the
    // login name until a user is chosen.
    QString author() const;

    // Persisted under the "Workspace" group.
    void load(QSettings &settings);
    void save(QSettings &settings) const;

    // A condition restricting `ownerColumn` (an SQL expression holding an owner's CRM
    // id) to the scope, with its values appended to `binds`; empty for All, and for
    // any scope while no user is chosen.
    QString ownerCondition(const QString &ownerColumn, QVariantList *binds) const;
    static QString ownerCondition(Scope scope, const QString &userId, const QString &ownerColumn,
                                  QVariantList *binds);

    // Active users in the cache, by name, for "who am I".
    static QList<User> users(const QSqlDatabase &db, QString *error = nullptr);

    static QString scopeLabel(Scope scope);
    // The scope as settings and saved views store it ("book", "team", "all"), and back:
    // nullopt for any other text.
    static QString scopeKeyword(Scope scope);
    static std::optional<Scope> scopeFromKeyword(const QString &keyword);

Q_SIGNALS:
    void userChanged();
    void scopeChanged();

private:
    QString m_userId;
    QString m_userName;
    Scope m_scope = Scope::All;
};
