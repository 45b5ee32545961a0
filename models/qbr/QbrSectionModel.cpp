#include "QbrSectionModel.h"

#include <QMimeData>
#include <QSet>

using namespace Qt::StringLiterals;

QString QbrSectionModel::mimeType()
{
    return u"application/x-pitwall-qbr-section"_s;
}

QbrSectionModel::QbrSectionModel(QObject *parent)
    : QAbstractListModel(parent)
{
    setSections({});
}

void QbrSectionModel::setSections(const QList<QbrSectionState> &sections)
{
    beginResetModel();
    m_sections.clear();
    QSet<int> seen;
    for (const QbrSectionState &s : sections) {
        if (seen.contains(int(s.section)))
            continue;
        seen.insert(int(s.section));
        m_sections.append(s);
    }
    for (const QbrSection s : Qbr::allSections()) {
        if (!seen.contains(int(s)))
            m_sections.append({ s, false, {} });
    }
    endResetModel();
}

int QbrSectionModel::rowOf(QbrSection section) const
{
    for (qsizetype i = 0; i < m_sections.size(); ++i) {
        if (m_sections.at(i).section == section)
            return int(i);
    }
    return -1;
}

QbrSection QbrSectionModel::sectionAt(int row) const
{
    return row >= 0 && row < m_sections.size() ? m_sections.at(row).section : QbrSection::Cover;
}

bool QbrSectionModel::isEnabled(int row) const
{
    return row >= 0 && row < m_sections.size() && m_sections.at(row).enabled;
}

void QbrSectionModel::setNarrative(QbrSection section, const QString &narrative)
{
    const int row = rowOf(section);
    if (row < 0 || m_sections.at(row).narrative == narrative)
        return;
    m_sections[row].narrative = narrative;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, { NarrativeRole });
}

bool QbrSectionModel::setEnabled(int row, bool enabled)
{
    if (row < 0 || row >= m_sections.size())
        return false;
    if (m_sections.at(row).enabled == enabled)
        return true;
    m_sections[row].enabled = enabled;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i,
                       { Qt::CheckStateRole, EnabledRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole });
    Q_EMIT sectionsEdited();
    return true;
}

bool QbrSectionModel::moveSection(int from, int to)
{
    if (from < 0 || from >= m_sections.size() || to < 0 || to >= m_sections.size())
        return false;
    if (from == to)
        return true;
    // beginMoveRows() wants the row the section goes before, counted before the move.
    return moveRows({}, from, 1, {}, to > from ? to + 1 : to);
}

int QbrSectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sections.size());
}

QVariant QbrSectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QbrSectionState &s = m_sections.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return Qbr::sectionTitle(s.section);
    case Qt::CheckStateRole:
        return s.enabled ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return s.enabled ? tr("In the deck. Space leaves it out; Alt+Up and Alt+Down move it.")
                         : tr("Left out of the deck. Space puts it back in.");
    case SectionRole:
        return int(s.section);
    case KeyRole:
        return Qbr::sectionKey(s.section);
    case EnabledRole:
        return s.enabled;
    case NarrativeRole:
        return s.narrative;
    default:
        return {};
    }
}

bool QbrSectionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (role == Qt::CheckStateRole)
        return setEnabled(index.row(), value.value<Qt::CheckState>() == Qt::Checked);
    if (role == EnabledRole)
        return setEnabled(index.row(), value.toBool());
    return false;
}

Qt::ItemFlags QbrSectionModel::flags(const QModelIndex &index) const
{
    // Drops land between sections (the root accepts them), never on one.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled
        | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> QbrSectionModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SectionRole, "section");
    names.insert(KeyRole, "key");
    names.insert(EnabledRole, "enabled");
    names.insert(NarrativeRole, "narrative");
    return names;
}

bool QbrSectionModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                               const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0
        || sourceRow + count > m_sections.size() || destinationChild < 0
        || destinationChild > m_sections.size())
        return false;
    // Onto itself: nothing moves (beginMoveRows() refuses it).
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    const QList<QbrSectionState> moving = m_sections.mid(sourceRow, count);
    m_sections.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_sections.insert(insertAt + i, moving.at(i));
    endMoveRows();
    Q_EMIT sectionsEdited();
    return true;
}

Qt::DropActions QbrSectionModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions QbrSectionModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList QbrSectionModel::mimeTypes() const
{
    return { mimeType() };
}

QMimeData *QbrSectionModel::mimeData(const QModelIndexList &indexes) const
{
    // One section at a time (the list selects one).
    for (const QModelIndex &i : indexes) {
        if (i.isValid() && i.model() == this) {
            auto *data = new QMimeData;
            data->setData(mimeType(), QByteArray::number(i.row()));
            data->setText(Qbr::sectionTitle(m_sections.at(i.row()).section));
            return data;
        }
    }
    return nullptr;
}

int QbrSectionModel::dropRow(const QMimeData *data, Qt::DropAction action, int row, const QModelIndex &parent,
                             int *sourceRow) const
{
    if (!data || action != Qt::MoveAction || !data->hasFormat(mimeType()))
        return -1;
    bool ok = false;
    const int from = data->data(mimeType()).toInt(&ok);
    if (!ok || from < 0 || from >= m_sections.size())
        return -1;
    int before = row;
    if (parent.isValid())
        before = parent.row(); // dropped on a section: before it
    if (before < 0 || before > m_sections.size())
        before = int(m_sections.size()); // on the empty space below: last
    if (sourceRow)
        *sourceRow = from;
    return before;
}

bool QbrSectionModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                      const QModelIndex &parent) const
{
    return dropRow(data, action, row, parent, nullptr) >= 0;
}

bool QbrSectionModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                   const QModelIndex &parent)
{
    int from = -1;
    const int before = dropRow(data, action, row, parent, &from);
    if (before < 0)
        return false;
    // The move happens here; the view's own removal of the dragged row then fails
    // (the model removes no rows), so nothing is lost.
    if (before == from || before == from + 1)
        return true;
    return moveRows({}, from, 1, {}, before);
}
