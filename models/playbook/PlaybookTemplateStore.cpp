#include "PlaybookTemplateStore.h"

#include "store/Database.h"
#include "store/WriteTransaction.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

PlaybookTemplateStore::PlaybookTemplateStore(const QSqlDatabase &db)
    : m_db(db)
{ }

PlaybookTemplateStore::PlaybookTemplateStore(Database &db)
    : PlaybookTemplateStore(db.connection())
{ }

bool PlaybookTemplateStore::fail(const QString &message) const
{
    m_lastError = message;
    return false;
}

QList<PlaybookTemplate> PlaybookTemplateStore::published() const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT content, source FROM config_documents WHERE name = ?"_s);
    q.addBindValue(documentName());
    if (!q.exec()) {
        fail(tr("The published playbook templates could not be read: %1").arg(q.lastError().text()));
        return {};
    }
    if (!q.next())
        return {};
    QString error;
    const std::optional<QList<PlaybookTemplate>> list = PlaybookTemplate::listFromJson(
        q.value(0).toByteArray(), &error, PlaybookTemplate::Origin::Published);
    if (!list) {
        fail(
            tr("The published playbook templates (%1) cannot be used: %2").arg(q.value(1).toString(), error));
        return {};
    }
    return *list;
}

QList<PlaybookTemplate> PlaybookTemplateStore::local() const
{
    QList<PlaybookTemplate> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, content FROM playbook_templates WHERE deleted = 0 ORDER BY id"_s)) {
        fail(tr("The local playbook templates could not be read: %1").arg(q.lastError().text()));
        return result;
    }
    while (q.next()) {
        QString error;
        std::optional<PlaybookTemplate> t
            = PlaybookTemplate::fromJson(q.value(1).toByteArray(), &error, PlaybookTemplate::Origin::Local);
        if (!t) {
            // saveLocal() validates: only a hand-edited cache gets here.
            fail(tr("The local playbook template “%1” cannot be used: %2").arg(q.value(0).toString(), error));
            continue;
        }
        result.append(*t);
    }
    return result;
}

QList<PlaybookTemplateStore::Entry> PlaybookTemplateStore::entries() const
{
    m_lastError.clear();
    const QList<PlaybookTemplate> builtIns = PlaybookTemplate::builtIns();
    const QList<PlaybookTemplate> pub = published();
    const QList<PlaybookTemplate> loc = local();
    QHash<QString, qsizetype> publishedIndex;
    for (qsizetype i = 0; i < pub.size(); ++i)
        publishedIndex.insert(pub.at(i).id, i);
    QHash<QString, qsizetype> localIndex;
    for (qsizetype i = 0; i < loc.size(); ++i)
        localIndex.insert(loc.at(i).id, i);

    QList<Entry> result;
    QSet<QString> done;
    const auto winner = [&](const QString &id) -> std::optional<PlaybookTemplate> {
        if (publishedIndex.contains(id))
            return pub.at(publishedIndex.value(id));
        if (localIndex.contains(id))
            return loc.at(localIndex.value(id));
        return std::nullopt;
    };
    for (const PlaybookTemplate &b : builtIns) {
        const std::optional<PlaybookTemplate> w = winner(b.id);
        result.append({ w.value_or(b), false, w.has_value() });
        done.insert(b.id);
    }
    QList<Entry> others;
    for (const PlaybookTemplate &t : pub) {
        if (!done.contains(t.id)) {
            others.append({ t, false, false });
            done.insert(t.id);
        }
    }
    for (const PlaybookTemplate &t : loc) {
        if (!done.contains(t.id)) {
            others.append({ t, false, false });
            done.insert(t.id);
        }
    }
    std::sort(others.begin(), others.end(), [](const Entry &a, const Entry &b) {
        const int c = QString::localeAwareCompare(a.tmpl.displayName(), b.tmpl.displayName());
        return c != 0 ? c < 0 : a.tmpl.id < b.tmpl.id;
    });
    result += others;
    // Local templates a published one hides.
    for (const PlaybookTemplate &t : loc) {
        if (publishedIndex.contains(t.id))
            result.append({ t, true, PlaybookTemplate::builtIn(t.id).has_value() });
    }
    return result;
}

QList<PlaybookTemplate> PlaybookTemplateStore::templates() const
{
    QList<PlaybookTemplate> result;
    for (const Entry &e : entries()) {
        if (!e.shadowed)
            result.append(e.tmpl);
    }
    return result;
}

std::optional<PlaybookTemplate> PlaybookTemplateStore::find(const QString &id) const
{
    for (const PlaybookTemplate &t : templates()) {
        if (t.id == id)
            return t;
    }
    QStringList ids;
    for (const PlaybookTemplate &t : templates())
        ids.append(t.id);
    fail(tr("No playbook template with id “%1”; the templates are: %2.").arg(id, ids.join(u", "_s)));
    return std::nullopt;
}

bool PlaybookTemplateStore::saveLocal(const PlaybookTemplate &tmpl, const QString &author)
{
    m_lastError.clear();
    const QByteArray json = QJsonDocument(tmpl.toJson()).toJson(QJsonDocument::Compact);
    QString error;
    if (!PlaybookTemplate::fromJson(json, &error))
        return fail(error);
    WriteTransaction transaction(m_db);
    if (!transaction.begin(&error))
        return fail(tr("The playbook template could not be saved: %1").arg(error));
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO playbook_templates (id, content, updated_at, updated_by, deleted, version)"
              " VALUES (?, ?, ?, ?, 0, 1) ON CONFLICT (id) DO UPDATE SET content = excluded.content,"
              " updated_at = excluded.updated_at, updated_by = excluded.updated_by, deleted = 0,"
              " version = playbook_templates.version + 1"_s);
    q.addBindValue(tmpl.id);
    q.addBindValue(QString::fromUtf8(json));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(author);
    if (!q.exec())
        return fail(tr("The playbook template could not be saved: %1").arg(q.lastError().text()));
    if (!transaction.commit(&error))
        return fail(tr("The playbook template could not be saved: %1").arg(error));
    return true;
}

bool PlaybookTemplateStore::removeLocal(const QString &id)
{
    m_lastError.clear();
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE playbook_templates SET deleted = 1, updated_at = ?, version = version + 1"
              " WHERE id = ? AND deleted = 0"_s);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(id);
    if (!q.exec())
        return fail(tr("The playbook template could not be removed: %1").arg(q.lastError().text()));
    if (q.numRowsAffected() == 0)
        return fail(tr("There is no local playbook template with id “%1”.").arg(id));
    return true;
}
