#include "NpsListModel.h"

#include "account/CrmFormat.h"

#include <QLocale>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

std::optional<int> NpsListModel::Summary::nps() const
{
    if (responses == 0)
        return std::nullopt;
    return int(std::lround(100.0 * (promoters - detractors) / responses));
}

NpsListModel::Category NpsListModel::category(int score)
{
    if (score < 0 || score > 10)
        return Category::None;
    if (score >= 9)
        return Category::Promoter;
    if (score >= 7)
        return Category::Passive;
    return Category::Detractor;
}

QString NpsListModel::categoryLabel(Category category)
{
    switch (category) {
    case Category::Promoter:
        return tr("Promoter");
    case Category::Passive:
        return tr("Passive");
    case Category::Detractor:
        return tr("Detractor");
    case Category::None:
        break;
    }
    return {};
}

void NpsListModel::loadRows()
{
    m_rows.clear();
    QSqlQuery q(database());
    if (!execForAccount(q,
                        u"SELECT n.id, n.responded_at,"
                        " c.first_name, n.contact_id, n.score, n.comment, c.last_name"
                        " FROM nps n LEFT JOIN contacts c ON c.id = n.contact_id"
                        " WHERE n.account_id = ? AND n.archived = 0"
                        " ORDER BY n.responded_at DESC, n.pk DESC"_s))
        return;
    while (q.next()) {
        Row row;
        row.id = q.value(0).toString();
        row.at = CrmFormat::parseInstant(q.value(1).toString());
        row.contact = CrmFormat::personName(q.value(2).toString(), q.value(6).toString());
        if (row.contact.isEmpty())
            row.contact = q.value(3).toString();
        if (!q.isNull(4))
            row.score = q.value(4).toInt();
        row.comment = q.value(5).toString().trimmed();
        m_rows.append(row);
    }
}

NpsListModel::Summary NpsListModel::summary(const QDateTime &since) const
{
    Summary s;
    for (const Row &r : m_rows) {
        if (!r.score || (since.isValid() && (!r.at.isValid() || r.at < since)))
            continue;
        switch (category(*r.score)) {
        case Category::Promoter:
            ++s.promoters;
            break;
        case Category::Passive:
            ++s.passives;
            break;
        case Category::Detractor:
            ++s.detractors;
            break;
        case Category::None:
            continue;
        }
        ++s.responses;
    }
    return s;
}

Qt::Alignment NpsListModel::columnAlignment(int column) const
{
    return column == Score ? Qt::Alignment(Qt::AlignCenter) : Qt::AlignLeft | Qt::AlignVCenter;
}

QVariant NpsListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Category cat = row.score ? category(*row.score) : Category::None;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return row.at.isValid() ? CrmFormat::date(row.at.toLocalTime().date()) : QString();
        case Contact:
            return row.contact;
        case Score:
            return row.score ? QLocale().toString(*row.score) : QString();
        case Group:
            return categoryLabel(cat);
        case Comment:
            return row.comment;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Comment && !row.comment.isEmpty())
            return row.comment;
        return {};
    case Qt::TextAlignmentRole:
        return alignmentData(index.column());
    case RawRole:
        switch (index.column()) {
        case Date:
            return row.at;
        case Contact:
            return row.contact;
        case Score:
            return row.score ? QVariant(*row.score) : QVariant();
        case Group:
            return int(cat);
        case Comment:
            return row.comment;
        }
        return {};
    case ResponseIdRole:
        return row.id;
    case CategoryRole:
        return int(cat);
    case ScoreRole:
        return row.score ? QVariant(*row.score) : QVariant();
    default:
        return {};
    }
}

QString NpsListModel::columnTitle(int column) const
{
    switch (column) {
    case Date:
        return tr("Date");
    case Contact:
        return tr("Contact");
    case Score:
        return tr("Score");
    case Group:
        return tr("Category");
    case Comment:
        return tr("Comment");
    }
    return {};
}
