#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

class Database;
class QSqlQuery;

// One account's history: CRM activities (calls, e-mails, meetings, tasks) and the CSM's
// local notes merged, newest first, optionally only some types. An account can have
// thousands of entries, so rows arrive a page at a time (fetchMore), each page
// continuing from the last row's key (time, local, pk). Read-only: notes are edited
// through LocalWork, after which refreshNote() updates the row in place.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum DataRole
    {
        TypeRole = Qt::UserRole, // normalised type: email, call, meeting, task, note, other
        TypeLabelRole, // translated
        AtRole, // QDateTime (UTC), invalid when the CRM gave no time
        SubjectRole,
        BodyRole,
        ContactRole, // the contact's name, if any
        AuthorRole, // who logged it: the CRM owner, or the note's author (names where known)
        StatusRole, // CRM activity status, translated
        IsLocalNoteRole, // bool
        NoteIdRole, // the local note's id; empty for CRM activities
        EntryIdRole, // the CRM id, or the note id
    };

    static constexpr int pageSize = 100;

    explicit TimelineModel(const QSqlDatabase &db, QObject *parent = nullptr);
    explicit TimelineModel(Database &db, QObject *parent = nullptr);

    void setAccountId(const QString &accountId);
    QString accountId() const { return m_accountId; }

    // The types to show (see TypeRole); empty shows all.
    void setTypeFilter(const QSet<QString> &types);
    QSet<QString> typeFilter() const { return m_typeFilter; }

    // The types in the order a filter offers them, and their translated names.
    static QStringList types();
    static QString typeLabel(const QString &type);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Entries matching the filter, loaded or not.
    int totalCount() const { return m_totalCount; }
    // Entries of every type.
    int unfilteredCount() const;
    // Entries per type, whatever the filter.
    QHash<QString, int> typeCounts() const { return m_typeCounts; }
    // The row of a local note among the loaded rows, or -1.
    int rowOfNote(const QString &noteId) const;
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    void reload();
    // Re-reads one local note after it was added, edited or deleted: updates, inserts or
    // removes its row without resetting the list.
    void refreshNote(const QString &noteId);

Q_SIGNALS:
    // After a reload, a filter change, and a note added or removed.
    void countsChanged();

private:
    struct Row
    {
        bool local = false;
        qint64 pk = 0;
        QString id;
        QString type;
        QString subject;
        QString body;
        QString sortKey; // the instant normalised to 'YYYY-MM-DDTHH:MM:SS.SSSZ', or ''
        QDateTime at;
        QString contact;
        QString author;
        QString status;
    };

    void resetAndLoad();
    void queryCounts();
    QList<Row> queryPage() const;
    QString filterClause(QVariantList *binds) const;
    static Row readRow(const QSqlQuery &q);
    static bool newerThan(const Row &a, const Row &b);
    bool passesFilter(const Row &row) const;

    QSqlDatabase m_db;
    QString m_accountId;
    QSet<QString> m_typeFilter;
    QList<Row> m_rows;
    QHash<QString, int> m_typeCounts;
    int m_totalCount = 0;
    bool m_exhausted = false;
    bool m_changing = false;
    mutable QString m_lastError;
};
