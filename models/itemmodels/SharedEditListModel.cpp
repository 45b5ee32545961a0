#include "SharedEditListModel.h"

#include "store/Database.h"

#include <QColor>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

SharedEditListModel::SharedEditListModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{ }

SharedEditListModel::SharedEditListModel(Database &db, QObject *parent)
    : SharedEditListModel(db.connection(), parent)
{ }

int SharedEditListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_edits.size());
}

int SharedEditListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int SharedEditListModel::conflictCount() const
{
    return int(std::count_if(m_edits.cbegin(), m_edits.cend(), [](const SharedEdits::Edit &e) {
        return e.state == SharedEdits::State::Conflict;
    }));
}

void SharedEditListModel::reload()
{
    beginResetModel();
    const SharedEdits edits(m_db);
    m_edits = edits.list();
    m_lastError = edits.lastError();
    endResetModel();
}

namespace {

QString shownValue(const SharedEdits::Edit &edit, const QString &value)
{
    return SharedEdits::displayValue(edit.field, value);
}

} // namespace

QVariant SharedEditListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SharedEdits::Edit &e = m_edits.at(index.row());
    const bool conflict = e.state == SharedEdits::State::Conflict;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case State:
            return conflict ? tr("Conflict") : tr("Waiting for the CRM");
        case Account:
            return e.accountName.isEmpty() ? e.accountId : e.accountName;
        case Record:
            return e.entityName.isEmpty() ? e.entityId : e.entityName;
        case Field:
            return SharedEdits::fieldLabel(e.field);
        case Mine:
            return shownValue(e, e.mine);
        case Theirs:
            return conflict ? shownValue(e, e.theirs) : shownValue(e, e.base);
        case When: {
            const QDateTime t = conflict && e.detectedAt.isValid() ? e.detectedAt : e.editedAt;
            return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (conflict)
            return tr("You changed %1 from “%2” to “%3”; the CRM changed it to “%4”. Keep yours or take "
                      "the CRM's.")
                .arg(SharedEdits::fieldLabel(e.field).toLower(), shownValue(e, e.base), shownValue(e, e.mine),
                     shownValue(e, e.theirs));
        return tr("Changed here from “%1” to “%2”; sent at the next sync, until the CRM has it.")
            .arg(shownValue(e, e.base), shownValue(e, e.mine));
    case Qt::ForegroundRole:
        if (conflict && (index.column() == State || index.column() == Theirs))
            return QColor(0xcf, 0x22, 0x2e); // the theme's danger red
        return {};
    case Qt::FontRole:
        if (conflict && index.column() == State) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case EditIdRole:
        return e.id;
    case ConflictRole:
        return conflict;
    case AccountIdRole:
        return e.accountId;
    }
    return {};
}

QVariant SharedEditListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case State:
        return tr("State");
    case Account:
        return tr("Account");
    case Record:
        return tr("Contact");
    case Field:
        return tr("Field");
    case Mine:
        return tr("Yours");
    case Theirs:
        return tr("CRM");
    case When:
        return tr("When");
    }
    return {};
}
