#include "Workspace.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const auto userIdKey = "Workspace/userId"_L1;
const auto userNameKey = "Workspace/userName"_L1;
const auto scopeKey = "Workspace/scope"_L1;

} // namespace

Workspace::Workspace(QObject *parent)
    : QObject(parent)
{ }

void Workspace::setUser(const QString &id, const QString &name)
{
    if (id == m_userId && name == m_userName)
        return;
    m_userId = id;
    m_userName = name;
    Q_EMIT userChanged();
    if (m_scope != Scope::All)
        Q_EMIT scopeChanged();
}

void Workspace::setScope(Scope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    Q_EMIT scopeChanged();
}

QString Workspace::author() const
{
    if (!m_userId.isEmpty())
        return m_userId;
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME");
    return login.isEmpty() ? u"local"_s : login;
}

void Workspace::load(QSettings &settings)
{
    m_userId = settings.value(userIdKey).toString();
    m_userName = settings.value(userNameKey).toString();
    // Never chosen: a CSM starts on their own book.
    m_scope = scopeFromKeyword(settings.value(scopeKey).toString())
                  .value_or(m_userId.isEmpty() ? Scope::All : Scope::MyBook);
    Q_EMIT userChanged();
    Q_EMIT scopeChanged();
}

void Workspace::save(QSettings &settings) const
{
    settings.setValue(userIdKey, m_userId);
    settings.setValue(userNameKey, m_userName);
    settings.setValue(scopeKey, scopeKeyword(m_scope));
}

QString Workspace::scopeKeyword(Scope scope)
{
    switch (scope) {
    case Scope::MyBook:
        return u"book"_s;
    case Scope::MyTeam:
        return u"team"_s;
    case Scope::All:
        break;
    }
    return u"all"_s;
}

std::optional<Workspace::Scope> Workspace::scopeFromKeyword(const QString &keyword)
{
    if (keyword == "book"_L1)
        return Scope::MyBook;
    if (keyword == "team"_L1)
        return Scope::MyTeam;
    if (keyword == "all"_L1)
        return Scope::All;
    return std::nullopt;
}

QString Workspace::ownerCondition(const QString &ownerColumn, QVariantList *binds) const
{
    return ownerCondition(m_scope, m_userId, ownerColumn, binds);
}

QString Workspace::ownerCondition(Scope scope, const QString &userId, const QString &ownerColumn,
                                  QVariantList *binds)
{
    if (userId.isEmpty())
        return {};
    switch (scope) {
    case Scope::MyBook:
        binds->append(userId);
        return ownerColumn + u" = ?"_s;
    case Scope::MyTeam:
        // Me, the people I manage, my team-mates, and the teams I manage.
        binds->append({ userId, userId, userId, userId });
        return ownerColumn
            + u" IN (SELECT id FROM users WHERE id = ? OR manager_id = ?"
              " OR (team IS NOT NULL AND team <> '' AND team = (SELECT team FROM users WHERE id = ?))"
              " OR team IN (SELECT id FROM teams WHERE manager_id = ?))"_s;
    case Scope::All:
        break;
    }
    return {};
}

QList<Workspace::User> Workspace::users(const QSqlDatabase &db, QString *error)
{
    QList<User> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, name, coalesce(role, ''), coalesce(team, '') FROM users"
                    " WHERE archived = 0 AND coalesce(active, 1) <> 0 ORDER BY name, id"_s)) {
        if (error)
            *error = query.lastError().text();
        return result;
    }
    while (query.next())
        result.append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString() });
    return result;
}

QString Workspace::scopeLabel(Scope scope)
{
    switch (scope) {
    case Scope::MyBook:
        return QCoreApplication::translate("Workspace", "My book");
    case Scope::MyTeam:
        return QCoreApplication::translate("Workspace", "My team");
    case Scope::All:
        break;
    }
    return QCoreApplication::translate("Workspace", "All accounts");
}
