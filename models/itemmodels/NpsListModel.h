#pragma once

#include "AccountRecordsModel.h"

#include <QDateTime>
#include <QList>
#include <optional>

// One account's NPS survey responses, newest first, with who answered and what they
// wrote. Read-only; loaded whole.
class NpsListModel : public AccountRecordsModel
{
    Q_OBJECT
public:
    enum Column
    {
        Date,
        Contact,
        Score,
        Group, // promoter, passive, detractor
        Comment,
        ColumnCount
    };

    enum DataRole
    {
        RawRole = Qt::UserRole, // QDateTime, text, int score, int category
        ResponseIdRole,
        CategoryRole, // int(NpsListModel::Category)
        ScoreRole, // int, or invalid without a score
    };

    enum class Category
    {
        None, // no score
        Detractor, // 0-6
        Passive, // 7-8
        Promoter, // 9-10
    };

    struct Summary
    {
        int responses = 0; // with a score
        int promoters = 0;
        int passives = 0;
        int detractors = 0;
        // % promoters - % detractors, -100..100; nullopt without responses.
        std::optional<int> nps() const;
    };

    explicit NpsListModel(const QSqlDatabase &db, QObject *parent = nullptr)
        : AccountRecordsModel(db, ColumnCount, parent)
    { }
    explicit NpsListModel(Database &db, QObject *parent = nullptr)
        : AccountRecordsModel(db, ColumnCount, parent)
    { }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Over the responses on or after `since` (all when invalid).
    Summary summary(const QDateTime &since = {}) const;

    static Category category(int score);
    static QString categoryLabel(Category category);

protected:
    void loadRows() override;
    int recordCount() const override { return int(m_rows.size()); }
    QString columnTitle(int column) const override;
    Qt::Alignment columnAlignment(int column) const override;

private:
    struct Row
    {
        QString id;
        QDateTime at;
        QString contact;
        std::optional<int> score;
        QString comment;
    };

    QList<Row> m_rows;
};
