#include "Migrations.h"

#include "accounts/LastActivity.h"

using namespace Qt::StringLiterals;

const QList<Migration> &schemaMigrations()
{
    // Conventions: CRM records keep their CRM id in `id` (text) and an integer `pk`;
    // `src_hash` is the hash of the imported values, so an unchanged row is never
    // rewritten; `archived` marks a record gone from a full export (never deleted).
    // Dates are ISO text (YYYY-MM-DD), instants ISO UTC (YYYY-MM-DDTHH:MM:SSZ).
    static const QList<Migration> migrations = {
        { 1,
          u"Core cache: CRM records, usage, import log, change journal"_s,
          {
              uR"(CREATE TABLE teams (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                manager_id TEXT))"_s,
              uR"(CREATE TABLE users (
                pk INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                email TEXT, role TEXT, team TEXT, manager_id TEXT, title TEXT, active INTEGER,
                src_hash INTEGER NOT NULL DEFAULT 0,
                archived INTEGER NOT NULL DEFAULT 0, archived_at TEXT, updated_at TEXT))"_s,
              uR"(CREATE TABLE accounts (
                pk INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                owner_id TEXT, segment TEXT, industry TEXT, region TEXT, country TEXT,
                lifecycle_stage TEXT, status TEXT, arr REAL, currency TEXT, licenses INTEGER,
                contract_start TEXT, renewal_date TEXT, created_at TEXT, website TEXT, parent_id TEXT,
                src_hash INTEGER NOT NULL DEFAULT 0,
                archived INTEGER NOT NULL DEFAULT 0, archived_at TEXT, updated_at TEXT))"_s,
              u"CREATE INDEX accounts_owner ON accounts(owner_id)"_s,
              u"CREATE INDEX accounts_renewal ON accounts(renewal_date)"_s,
              uR"(CREATE TABLE contacts (
                pk INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                account_id TEXT NOT NULL,
                first_name TEXT, last_name TEXT, email TEXT, title TEXT, phone TEXT,
                role TEXT, status TEXT, created_at TEXT,
                src_hash INTEGER NOT NULL DEFAULT 0,
                archived INTEGER NOT NULL DEFAULT 0, archived_at TEXT, updated_at TEXT))"_s,
              u"CREATE INDEX contacts_account ON contacts(account_id)"_s,
              uR"(CREATE TABLE opportunities (
                pk INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                account_id TEXT NOT NULL,
                name TEXT, type TEXT, stage TEXT, amount REAL, close_date TEXT,
                is_closed INTEGER, is_won INTEGER, owner_id TEXT, created_at TEXT,
                src_hash INTEGER NOT NULL DEFAULT 0,
                archived INTEGER NOT NULL DEFAULT 0, archived_at TEXT, updated_at TEXT))"_s,
              u"CREATE INDEX opportunities_account ON opportunities(account_id)"_s,
              uR"(CREATE TABLE cases (
                pk INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                account_id TEXT NOT NULL,
                number TEXT, subject TEXT, status TEXT, priority TEXT,
                opened_at TEXT, closed_at TEXT, csat REAL, contact_id TEXT,
                src_hash INTEGER NOT NULL DEFAULT 0,
                archived INTEGER NOT NULL DEFAULT 0, archived_at TEXT, updated_at TEXT))"_s,
              u"CREATE INDEX cases_account ON cases(account_id)"_s,
              uR"(CREATE TABLE metrics (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE))"_s,
              // The volume table (millions of rows): integer keys, no rowid.
              // day = days since 1970-01-01.
              uR"(CREATE TABLE usage (
                account_pk INTEGER NOT NULL,
                metric_id INTEGER NOT NULL,
                day INTEGER NOT NULL,
                value REAL,
                PRIMARY KEY (account_pk, metric_id, day)) WITHOUT ROWID)"_s,
              uR"(CREATE TABLE nps (
                pk INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                account_id TEXT NOT NULL,
                contact_id TEXT, score INTEGER, comment TEXT, responded_at TEXT,
                src_hash INTEGER NOT NULL DEFAULT 0,
                archived INTEGER NOT NULL DEFAULT 0, archived_at TEXT, updated_at TEXT))"_s,
              u"CREATE INDEX nps_account ON nps(account_id)"_s,
              uR"(CREATE TABLE activities (
                pk INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                account_id TEXT NOT NULL,
                contact_id TEXT, type TEXT, subject TEXT, body TEXT, occurred_at TEXT,
                owner_id TEXT, status TEXT,
                src_hash INTEGER NOT NULL DEFAULT 0,
                archived INTEGER NOT NULL DEFAULT 0, archived_at TEXT, updated_at TEXT))"_s,
              u"CREATE INDEX activities_account ON activities(account_id, occurred_at)"_s,
              uR"(CREATE TABLE import_log (
                id INTEGER PRIMARY KEY,
                started_at TEXT NOT NULL,
                finished_at TEXT,
                source TEXT, profile TEXT, export_id TEXT,
                status TEXT NOT NULL,
                added INTEGER NOT NULL DEFAULT 0, changed INTEGER NOT NULL DEFAULT 0,
                unchanged INTEGER NOT NULL DEFAULT 0, archived INTEGER NOT NULL DEFAULT 0,
                rejected INTEGER NOT NULL DEFAULT 0,
                message TEXT,
                report TEXT))"_s,
              // What the last applied import saw per table: the hash of every source
              // record that went in, so a re-import skips unchanged records unparsed.
              uR"(CREATE TABLE import_state (
                entity TEXT PRIMARY KEY,
                seed INTEGER NOT NULL,
                content_hash TEXT NOT NULL,
                rows INTEGER NOT NULL,
                applied INTEGER NOT NULL,
                fingerprints BLOB))"_s,
              // Every local change (notes, tasks, overrides, playbook steps, ...), in order,
              // until sync has sent it to the central outbox.
              uR"(CREATE TABLE change_journal (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                change_id TEXT NOT NULL UNIQUE,
                entity TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                account_id TEXT,
                field TEXT NOT NULL,
                old_value TEXT,
                new_value TEXT,
                base_version TEXT,
                author TEXT,
                at TEXT NOT NULL,
                sent_at TEXT))"_s,
              u"CREATE INDEX change_journal_unsent ON change_journal(sent_at) WHERE sent_at IS NULL"_s,
          } },
        { 2,
          u"Local work: notes, tasks, CSM sentiment"_s,
          {
              // Local records carry a UUID `id` made where they were written, so the
              // central side can tell them apart from CRM records and from each other;
              // `version` counts local edits (the base version sync compares against).
              // Nothing local is ever deleted: `deleted` hides it and is journaled.
              uR"(CREATE TABLE notes (
                pk INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                account_id TEXT NOT NULL,
                kind TEXT NOT NULL DEFAULT 'note',
                body TEXT NOT NULL DEFAULT '',
                author TEXT,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                deleted INTEGER NOT NULL DEFAULT 0,
                version INTEGER NOT NULL DEFAULT 1))"_s,
              u"CREATE INDEX notes_account ON notes(account_id, created_at)"_s,
              uR"(CREATE TABLE tasks (
                pk INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                account_id TEXT NOT NULL,
                title TEXT NOT NULL DEFAULT '',
                due_date TEXT,
                done INTEGER NOT NULL DEFAULT 0,
                done_at TEXT,
                owner_id TEXT,
                author TEXT,
                source TEXT NOT NULL DEFAULT 'manual',
                source_id TEXT,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                deleted INTEGER NOT NULL DEFAULT 0,
                version INTEGER NOT NULL DEFAULT 1))"_s,
              u"CREATE INDEX tasks_account ON tasks(account_id)"_s,
              u"CREATE INDEX tasks_open_due ON tasks(due_date) WHERE done = 0 AND deleted = 0"_s,
              // The CSM's current read of each account; its history is in the journal.
              uR"(CREATE TABLE sentiment (
                account_id TEXT PRIMARY KEY,
                level TEXT NOT NULL CHECK (level IN ('red', 'yellow', 'green')),
                comment TEXT,
                author TEXT,
                updated_at TEXT NOT NULL,
                version INTEGER NOT NULL DEFAULT 1))"_s,
              u"CREATE INDEX activities_recent ON activities(occurred_at)"_s,
              u"CREATE INDEX contacts_name ON contacts(last_name, first_name)"_s,
              // A record's newest journal row, found while the CSM types.
              u"CREATE INDEX change_journal_entity ON change_journal(entity_id, seq)"_s,
              // "Not touched in N days" and Home's figures look at live activities only.
              u"CREATE INDEX activities_live ON activities(account_id, occurred_at) WHERE archived = 0"_s,
              // The account list. Search as you type: a trigram index over names and CRM
              // ids finds any substring of 3+ characters (Chinese included, Latin letters
              // in any case) without reading 100k rows. Triggers follow renames; new
              // accounts are added in one statement by AccountSearchIndex::catchUp()
              // (a per-row trigger makes FTS5 flush per statement: 4 s per 100k rows),
              // and searched row by row until then.
              uR"(CREATE VIRTUAL TABLE accounts_search USING fts5(name, id, tokenize = 'trigram'))"_s,
              u"INSERT INTO accounts_search (rowid, name, id) SELECT pk, name, id FROM accounts"_s,
              uR"(CREATE TRIGGER accounts_search_update AFTER UPDATE OF pk, name, id ON accounts
              WHEN old.pk IS NOT new.pk OR old.name IS NOT new.name OR old.id IS NOT new.id BEGIN
                DELETE FROM accounts_search WHERE rowid = old.pk;
                INSERT OR REPLACE INTO accounts_search (rowid, name, id) VALUES (new.pk, new.name, new.id);
              END)"_s,
              uR"(CREATE TRIGGER accounts_search_delete AFTER DELETE ON accounts BEGIN
                DELETE FROM accounts_search WHERE rowid = old.pk;
              END)"_s,
              // When each account was last touched (CRM activity or local note); see
              // accounts/LastActivity.h. Notes keep it current here; imports refresh it.
              u"ALTER TABLE accounts ADD COLUMN last_activity_at TEXT"_s,
              u"UPDATE accounts SET last_activity_at = "_s + LastActivity::expression(u"accounts.id"_s),
              u"CREATE TRIGGER notes_last_activity_insert AFTER INSERT ON notes WHEN new.deleted = 0 BEGIN"
              " UPDATE accounts SET last_activity_at = new.created_at WHERE id = new.account_id"
              " AND (last_activity_at IS NULL OR last_activity_at < new.created_at); END"_s,
              u"CREATE TRIGGER notes_last_activity_update AFTER UPDATE OF account_id, created_at, deleted ON notes"
              " BEGIN UPDATE accounts SET last_activity_at = "_s
                  + LastActivity::expression(u"accounts.id"_s)
                  + u" WHERE id IN (old.account_id, new.account_id); END"_s,
              u"CREATE TRIGGER notes_last_activity_delete AFTER DELETE ON notes BEGIN"
              " UPDATE accounts SET last_activity_at = "_s
                  + LastActivity::expression(u"accounts.id"_s) + u" WHERE id = old.account_id; END"_s,
              // One index per sortable column of the list (but owner and team, which
              // live in other tables), on the exact ORDER BY expression (NULLs made ''
              // or -1 so keyset paging can compare them): a sorted page walks it instead
              // of sorting 100k rows. All twelve cost a 100k-account import ~0.1 s.
              // Archived accounts are few: counting them through this index is instant,
              // and the live count is the table's count less theirs.
              u"CREATE INDEX accounts_archived ON accounts(archived) WHERE archived <> 0"_s,
              u"CREATE INDEX accounts_sort_name ON accounts(name COLLATE NOCASE)"_s,
              u"CREATE INDEX accounts_sort_segment ON accounts(COALESCE(segment, '') COLLATE NOCASE)"_s,
              u"CREATE INDEX accounts_sort_industry ON accounts(COALESCE(industry, '') COLLATE NOCASE)"_s,
              u"CREATE INDEX accounts_sort_region ON accounts(COALESCE(region, '') COLLATE NOCASE)"_s,
              u"CREATE INDEX accounts_sort_country ON accounts(COALESCE(country, '') COLLATE NOCASE)"_s,
              u"CREATE INDEX accounts_sort_stage ON accounts(COALESCE(lifecycle_stage, '') COLLATE NOCASE)"_s,
              u"CREATE INDEX accounts_sort_status ON accounts(COALESCE(status, '') COLLATE NOCASE)"_s,
              u"CREATE INDEX accounts_sort_arr ON accounts(COALESCE(arr, -1.0))"_s,
              u"CREATE INDEX accounts_sort_licenses ON accounts(COALESCE(licenses, -1))"_s,
              u"CREATE INDEX accounts_sort_renewal ON accounts(COALESCE(renewal_date, ''))"_s,
              u"CREATE INDEX accounts_sort_contract ON accounts(COALESCE(contract_start, ''))"_s,
              u"CREATE INDEX accounts_sort_last_activity ON accounts(COALESCE(last_activity_at, ''))"_s,
          } },
        { 3,
          u"Account health: scores, weekly history, overrides"_s,
          {
              // The latest computed score of each live account (see health/HealthRecompute.h):
              // score NULL and band 'none' when no measure had data; as_of the day the
              // inputs were read as of; contributions the per-measure JSON of
              // HealthEngine::contributionsJson(). An override never touches this row.
              // Rewritten on every recompute: keyed by the account id alone (no rowid and
              // second index to keep in step), half the cost of a rowid table.
              uR"(CREATE TABLE health_scores (
                account_id TEXT PRIMARY KEY,
                score INTEGER,
                band TEXT NOT NULL CHECK (band IN ('red', 'yellow', 'green', 'none')),
                computed_score INTEGER,
                as_of TEXT NOT NULL,
                computed_at TEXT NOT NULL,
                contributions TEXT NOT NULL,
                top_drag TEXT,
                rule TEXT) WITHOUT ROWID)"_s,
              // One snapshot per account per week (week = its Monday, YYYY-MM-DD): the health
              // shown that week (an override's when one held), the latest recompute winning.
              // Week first: a week's 100k snapshots fill new pages at the end instead of
              // dirtying every page of the table; one account's history is a seek per week.
              uR"(CREATE TABLE health_history (
                week TEXT NOT NULL,
                account_id TEXT NOT NULL,
                score INTEGER,
                band TEXT NOT NULL CHECK (band IN ('red', 'yellow', 'green')),
                overridden INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (week, account_id)) WITHOUT ROWID)"_s,
              // A CSM's manual health, with reason and expiry: it holds while
              // cleared_at IS NULL and expires_at is in the future; recompute never
              // changes it. A local record (UUID id, version), journaled as
              // entity 'health_override'; never deleted.
              uR"(CREATE TABLE health_overrides (
                pk INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                account_id TEXT NOT NULL,
                band TEXT NOT NULL CHECK (band IN ('red', 'yellow', 'green')),
                score INTEGER CHECK (score IS NULL OR score BETWEEN 0 AND 100),
                reason TEXT NOT NULL,
                author TEXT,
                created_at TEXT NOT NULL,
                expires_at TEXT NOT NULL,
                cleared_at TEXT,
                cleared_by TEXT,
                version INTEGER NOT NULL DEFAULT 1))"_s,
              u"CREATE INDEX health_overrides_account ON health_overrides(account_id, created_at)"_s,
              // Configuration CS Ops publishes in the central export (e.g. "health_scorecard",
              // the JSON of health-scorecard.json), replaced by each import that carries one.
              uR"(CREATE TABLE config_documents (
                name TEXT PRIMARY KEY,
                content TEXT NOT NULL,
                source TEXT,
                imported_at TEXT NOT NULL))"_s,
              // The churn model last trained on the cache's known outcomes (one row): whether
              // it could be trained, on how many outcomes, its held-out ROC-AUC, and its
              // weights as JSON for the curious (see ChurnRisk).
              uR"(CREATE TABLE churn_model (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                trained_at TEXT NOT NULL,
                as_of TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('trained', 'too_few_outcomes', 'failed')),
                outcomes INTEGER NOT NULL DEFAULT 0,
                churned INTEGER NOT NULL DEFAULT 0,
                auc REAL,
                message TEXT,
                model TEXT))"_s,
              // Each live account's churn probability from that model and the (at most
              // three) features pushing it up most, as JSON [{"feature", "value",
              // "contribution"}]. Rewritten with the model.
              uR"(CREATE TABLE churn_scores (
                account_id TEXT PRIMARY KEY,
                probability REAL NOT NULL CHECK (probability BETWEEN 0 AND 1),
                drivers TEXT NOT NULL,
                computed_at TEXT NOT NULL) WITHOUT ROWID)"_s,
          } },
        { 4,
          u"Quarterly business reviews: drafts per account and quarter"_s,
          {
              // One QBR per account and quarter ("2026Q3"): the document as the JSON of
              // QbrDocument::toJson() (the CSM's sections, narrative, KPIs, goals, risks,
              // commitments), 'draft' until marked 'delivered'. A local record (journaled as
              // entity 'qbr', entity_id "<account>/<quarter>"; `version` counts journaled
              // edits); never deleted. See qbr/QbrStore.h.
              uR"(CREATE TABLE qbr_documents (
                account_id TEXT NOT NULL,
                quarter TEXT NOT NULL,
                document TEXT NOT NULL,
                status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'delivered')),
                updated_at TEXT,
                delivered_at TEXT,
                version INTEGER NOT NULL DEFAULT 1,
                PRIMARY KEY (account_id, quarter)))"_s,
          } },
        { 5,
          u"Playbooks: running plays and their steps, local templates, rule state, notifications"_s,
          {
              // A playbook running on an account (see playbook/PlaybookStore.h): a local record
              // (UUID id, version; journaled as entity 'playbook'), never deleted. The template's
              // id and name and its steps are copied at the start, so editing the template never
              // changes a running play; template_builtin = 1 when it came from a built-in
              // template, whose English texts are translated when shown. trigger = the rule id
              // that started it (NULL: by hand) and reason its de-duplication key: one OPEN
              // playbook per account and reason (the unique index). start_date is the day due
              // dates count from; renewal_date the renewal they were computed from,
              // renewal_assumed = 1 when the account had none (PlaybookSchedule).
              uR"(CREATE TABLE playbook_instances (
                pk INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                account_id TEXT NOT NULL,
                template_id TEXT NOT NULL,
                template_name TEXT NOT NULL,
                template_builtin INTEGER NOT NULL DEFAULT 0,
                trigger TEXT,
                reason TEXT,
                trigger_detail TEXT,
                start_date TEXT NOT NULL,
                renewal_date TEXT,
                renewal_assumed INTEGER NOT NULL DEFAULT 0,
                started_at TEXT NOT NULL,
                started_by TEXT,
                status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'completed', 'cancelled')),
                closed_at TEXT,
                closed_by TEXT,
                cancel_reason TEXT,
                updated_at TEXT NOT NULL,
                version INTEGER NOT NULL DEFAULT 1))"_s,
              u"CREATE INDEX playbook_instances_account ON playbook_instances(account_id, status)"_s,
              u"CREATE INDEX playbook_instances_open ON playbook_instances(status, account_id)"
              " WHERE status = 'open'"_s,
              u"CREATE UNIQUE INDEX playbook_instances_open_reason ON playbook_instances(account_id, reason)"
              " WHERE status = 'open' AND reason IS NOT NULL"_s,
              // Its steps, numbered from 1 (journaled as entity 'playbook_step', entity_id
              // "<instance>/<position>"). due_from/due_days: the template's rule; due_date:
              // the day computed at the start (NULL: no due date). done_by/done_at: who ticked
              // or skipped it and when; skip_reason is required for a skipped step.
              uR"(CREATE TABLE playbook_steps (
                instance_id TEXT NOT NULL,
                position INTEGER NOT NULL,
                title TEXT NOT NULL,
                guidance TEXT NOT NULL DEFAULT '',
                due_from TEXT NOT NULL DEFAULT 'start',
                due_days INTEGER,
                due_date TEXT,
                owner_role TEXT NOT NULL DEFAULT 'csm',
                required INTEGER NOT NULL DEFAULT 1,
                status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'skipped')),
                done_by TEXT,
                done_at TEXT,
                skip_reason TEXT,
                note TEXT NOT NULL DEFAULT '',
                updated_at TEXT,
                version INTEGER NOT NULL DEFAULT 1,
                PRIMARY KEY (instance_id, position)) WITHOUT ROWID)"_s,
              u"CREATE INDEX playbook_steps_open_due ON playbook_steps(due_date) WHERE status = 'open'"_s,
              // The user's own templates from Settings, as the JSON of PlaybookTemplate::toJson()
              // (see playbook/PlaybookTemplateStore.h); removing one marks it deleted.
              uR"(CREATE TABLE playbook_templates (
                id TEXT PRIMARY KEY,
                content TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                updated_by TEXT,
                deleted INTEGER NOT NULL DEFAULT 0,
                version INTEGER NOT NULL DEFAULT 1))"_s,
              // Configuration the user set locally (e.g. "playbook_rules" from Settings); what CS
              // Ops publishes in config_documents wins over it.
              uR"(CREATE TABLE local_config (
                name TEXT PRIMARY KEY,
                content TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                updated_by TEXT))"_s,
              // Each event a playbook rule has acted on (see playbook/PlaybookRules.h): an event
              // fires a rule once. event: the NPS response id, "red:<week>", "renewal:<date>",
              // "new", "champion:<contact id>"; outcome: 'started', 'suppressed' (a playbook for
              // the same reason was open) or 'fired' (no playbook to start).
              uR"(CREATE TABLE playbook_rule_events (
                rule_id TEXT NOT NULL,
                account_id TEXT NOT NULL,
                event TEXT NOT NULL,
                fired_at TEXT NOT NULL,
                outcome TEXT NOT NULL,
                instance_id TEXT,
                PRIMARY KEY (rule_id, account_id, event)) WITHOUT ROWID)"_s,
              // The champions the rules saw at their last evaluation: one gone, archived, left
              // or no longer a champion at the next is "the champion left".
              uR"(CREATE TABLE playbook_rule_champions (
                contact_id TEXT PRIMARY KEY,
                account_id TEXT NOT NULL) WITHOUT ROWID)"_s,
              // Things to tell someone, e.g. a manager that a rule fired on an account of their
              // team (recipient_id; NULL: whoever uses this cache). kind 'playbook_rule' with
              // rule_id, trigger and detail (JSON) to word it in the reader's language; a local
              // record (UUID id), journaled as entity 'notification', read_at when read.
              uR"(CREATE TABLE notifications (
                pk INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                recipient_id TEXT,
                account_id TEXT,
                kind TEXT NOT NULL,
                rule_id TEXT,
                trigger TEXT,
                detail TEXT,
                instance_id TEXT,
                created_at TEXT NOT NULL,
                read_at TEXT))"_s,
              u"CREATE INDEX notifications_unread ON notifications(recipient_id, created_at)"
              " WHERE read_at IS NULL"_s,
          } },
        { 6,
          u"Sync: status, outbox batches, applied configuration versions"_s,
          {
              // One row (see sync/SyncStatus.h): this cache's client id (the outbox folder it
              // writes, made once here), the central location last synced with, when and how
              // the last sync ended (result 'ok', 'failed', 'offline', 'cancelled'; message:
              // why, translated when written), whether the location was unreachable, what the
              // last pull saw (export id, SHA-256 of its manifest.json, when) and the HTTP
              // ETag of the bundle URL (etag_url) for If-None-Match.
              uR"(CREATE TABLE sync_state (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                client_id TEXT NOT NULL,
                central TEXT,
                last_sync_at TEXT,
                last_result TEXT,
                last_message TEXT,
                offline INTEGER NOT NULL DEFAULT 0,
                pulled_export_id TEXT,
                pulled_manifest_sha256 TEXT,
                pulled_at TEXT,
                etag_url TEXT,
                etag TEXT,
                pushed_at TEXT,
                last_batch_id TEXT))"_s,
              u"INSERT INTO sync_state (id, client_id) VALUES (1, lower(hex(randomblob(16))))"_s,
              // Each outbox batch (see sync/SyncOutbox.h): the journal's seq range it holds,
              // recorded BEFORE its files are written, with the created_at and user its
              // manifest carries, so a push killed halfway rewrites the same batch byte for
              // byte; sent_at once the journal rows are marked sent.
              uR"(CREATE TABLE sync_batches (
                batch_id TEXT PRIMARY KEY,
                first_seq INTEGER NOT NULL,
                last_seq INTEGER NOT NULL,
                changes INTEGER NOT NULL,
                user_id TEXT,
                created_at TEXT NOT NULL,
                central TEXT,
                sent_at TEXT))"_s,
              // Every version of each CS Ops configuration document (config_documents) a pull
              // applied: its SHA-256, the "version" it declares (if any), from which export.
              uR"(CREATE TABLE config_versions (
                name TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                version TEXT,
                export_id TEXT,
                source TEXT,
                applied_at TEXT NOT NULL,
                PRIMARY KEY (name, sha256)))"_s,
          } },
        { 7,
          u"Shared fields: local edits of CRM fields both sides may edit, and their conflicts"_s,
          {
              // One row per CRM field edited here and not yet taken by the CRM (see
              // work/SharedEdits.h). The CRM row holds `mine` while the edit waits; `base`
              // is the CRM value it started from; `theirs` the CRM's own newer value when
              // an import found both sides changed (state 'conflict'); `crm_hash` is the
              // src_hash of the CRM record when the edit last saw it.
              uR"(CREATE TABLE shared_edits (
                id TEXT PRIMARY KEY,
                entity TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                account_id TEXT,
                field TEXT NOT NULL,
                mine TEXT,
                base TEXT,
                theirs TEXT,
                crm_hash INTEGER,
                state TEXT NOT NULL CHECK (state IN ('pending', 'conflict')),
                author TEXT,
                edited_at TEXT NOT NULL,
                detected_at TEXT,
                UNIQUE (entity, entity_id, field)))"_s,
          } },
    };
    return migrations;
}
