#pragma once

#include "PlaybookTemplate.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

class Database;

// The playbook templates a cache offers, from three sources, by id:
// 1. published: CS Ops' "playbook-templates.json" in the central export, stored by the
//    import as config_documents "playbook_templates" (each import that carries the file
//    replaces the whole published set);
// 2. local: the user's own, saved from Settings (table playbook_templates, schema v5);
// 3. built in (PlaybookTemplate::builtIns()).
// When two share an id the published one wins over the local one, which wins over the
// built-in: CS Ops sets the standard every CSM runs, and a user can still adapt a built-in
// template or add their own until CS Ops publishes one with that id. A local template
// hidden by a published one stays stored (Entry::shadowed) and comes back if CS Ops stops
// publishing that id.
//
// Running playbooks keep a snapshot of their steps (PlaybookStore): editing or replacing a
// template never changes a playbook already started.
class PlaybookTemplateStore
{
    Q_DECLARE_TR_FUNCTIONS(PlaybookTemplateStore)

public:
    struct Entry
    {
        PlaybookTemplate tmpl;
        // A local template with the same id as a published one: stored, not in force.
        bool shadowed = false;
        // The local (or published) one replaces a built-in template of the same id.
        bool replacesBuiltIn = false;
    };

    explicit PlaybookTemplateStore(const QSqlDatabase &db);
    explicit PlaybookTemplateStore(Database &db);

    // The templates in force, one per id: the built-ins first in their order (or what
    // replaces them), then the others by name. A broken published document (only a
    // hand-edited cache has one: the import validates it) is ignored with lastError() set.
    QList<PlaybookTemplate> templates() const;
    // The template in force with this id; nullopt when there is none (lastError() set).
    std::optional<PlaybookTemplate> find(const QString &id) const;
    // Every template of every source, for Settings: in-force ones plus shadowed local ones.
    QList<Entry> entries() const;

    // Only the published / only the local ones.
    QList<PlaybookTemplate> published() const;
    QList<PlaybookTemplate> local() const;

    // Saves (creates or replaces) a local template after validating it (round-tripped
    // through PlaybookTemplate::fromJson, so the rules are the same as for a file). The
    // origin of `tmpl` is ignored. False with lastError() on failure.
    bool saveLocal(const PlaybookTemplate &tmpl, const QString &author);
    // Removes a local template (the built-in or published one of that id, if any, is in
    // force again). False with lastError() when there is no such local template.
    bool removeLocal(const QString &id);

    // The file in a central export and its config_documents name.
    static QString fileName() { return QStringLiteral("playbook-templates.json"); }
    static QString documentName() { return QStringLiteral("playbook_templates"); }

    QString lastError() const { return m_lastError; }

private:
    bool fail(const QString &message) const;

    QSqlDatabase m_db;
    mutable QString m_lastError;
};
