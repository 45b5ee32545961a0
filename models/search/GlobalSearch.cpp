#include "GlobalSearch.h"

#include "itemmodels/AccountListModel.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

QString prefixPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return escaped + u'%';
}

// "(c1 LIKE ? OR c2 LIKE ? ...) AND (...)" for every word, binding each word once per column.
QString wordsCondition(const QStringList &words, const QStringList &columns, QVariantList *binds)
{
    QStringList all;
    for (const QString &word : words) {
        QStringList any;
        for (const QString &column : columns) {
            any << column + u" LIKE ? ESCAPE '\\'"_s;
            binds->append(likePattern(word));
        }
        all << u'(' + any.join(" OR "_L1) + u')';
    }
    return all.join(" AND "_L1);
}

} // namespace

GlobalSearch::GlobalSearch(const QSqlDatabase &db)
    : m_db(db)
{ }

QList<GlobalSearch::Result> GlobalSearch::search(const QString &text, int limit, const QString &preferredOwnerId) const
{
    m_lastError.clear();
    QList<Result> results;
    const QString trimmed = text.simplified();
    const QStringList words = trimmed.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || limit <= 0)
        return results;

    // Accounts: prefix matches on the name first, then the rest; archived last.
    {
        QVariantList binds;
        const QString where = wordsCondition(words, { u"a.name"_s, u"a.id"_s, u"u.name"_s }, &binds);
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(
            u"SELECT a.id, a.name, COALESCE(u.name, a.owner_id, ''), COALESCE(a.segment, ''), a.archived"
            " FROM accounts a LEFT JOIN users u ON u.id = a.owner_id WHERE "_s
            + where
            + u" ORDER BY a.archived, COALESCE(a.owner_id = ?, 0) DESC, (a.name LIKE ? ESCAPE '\\') DESC, length(a.name),"
              " a.name COLLATE NOCASE LIMIT ?"_s);
        for (const QVariant &bind : std::as_const(binds))
            query.addBindValue(bind);
        query.addBindValue(preferredOwnerId); // "" matches no owner
        query.addBindValue(prefixPattern(trimmed));
        query.addBindValue(limit);
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            return results;
        }
        while (query.next()) {
            Result r;
            r.kind = Result::Kind::Account;
            r.accountId = query.value(0).toString();
            r.title = query.value(1).toString();
            QStringList parts;
            if (const QString owner = query.value(2).toString(); !owner.isEmpty())
                parts << owner;
            if (const QString segment = query.value(3).toString(); !segment.isEmpty())
                parts << AccountListModel::valueLabel(segment);
            r.subtitle = parts.join(u" · "_s);
            r.archived = query.value(4).toBool();
            results.append(r);
        }
    }

    // Contacts, under the accounts: together they fill the limit, each getting at least
    // a third of it when both have matches.
    const int contactLimit = std::max(limit - int(results.size()), limit / 3);
    {
        QVariantList binds;
        const QString name = u"(COALESCE(c.first_name, '') || ' ' || COALESCE(c.last_name, ''))"_s;
        const QString where = wordsCondition(words, { name, u"c.email"_s, u"c.title"_s }, &binds);
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(
            u"SELECT c.id, c.account_id, trim("_s + name
            + u"), COALESCE(c.title, ''), COALESCE(a.name, c.account_id), c.archived OR"
              " COALESCE(a.archived, 0)"
              " FROM contacts c LEFT JOIN accounts a ON a.id = c.account_id WHERE "_s
            + where
            + u" ORDER BY c.archived, c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE LIMIT ?"_s);
        for (const QVariant &bind : std::as_const(binds))
            query.addBindValue(bind);
        query.addBindValue(contactLimit);
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            return results;
        }
        while (query.next()) {
            Result r;
            r.kind = Result::Kind::Contact;
            r.contactId = query.value(0).toString();
            r.accountId = query.value(1).toString();
            r.title = query.value(2).toString();
            QStringList parts;
            for (int i : { 3, 4 })
                if (const QString part = query.value(i).toString(); !part.isEmpty())
                    parts << part;
            r.subtitle = parts.join(u" · "_s);
            r.archived = query.value(5).toBool();
            results.append(r);
        }
    }
    if (results.size() > limit) {
        // Keep the contacts' share: drop accounts beyond limit - contacts.
        const qsizetype contacts = std::count_if(results.cbegin(), results.cend(), [](const Result &r) {
            return r.kind == Result::Kind::Contact;
        });
        const qsizetype keepAccounts = std::max<qsizetype>(0, limit - contacts);
        QList<Result> trimmedResults;
        qsizetype accounts = 0;
        for (const Result &r : std::as_const(results)) {
            if (r.kind == Result::Kind::Account && accounts++ >= keepAccounts)
                continue;
            trimmedResults.append(r);
        }
        results = trimmedResults;
    }
    return results;
}
