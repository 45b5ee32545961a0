#pragma once

#include "QbrDocument.h"

#include <QAbstractListModel>
#include <QList>

// The sections of one QBR as the builder lists them: every one of the eleven, in deck
// order, each checkable (in the deck or not) and movable: by drag and drop (an internal
// move, the view's InternalMove mode) or moveSection() (Alt+Up/Alt+Down). The model holds
// the sections' states, narratives included; the builder reads them back with sections().
// User edits (a check box, a move, a drop) emit sectionsEdited(); setSections() and
// setNarrative() do not.
class QbrSectionModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        SectionRole = Qt::UserRole, // int(QbrSection)
        KeyRole, // "cover", "health", ... (Qbr::sectionKey)
        EnabledRole, // bool
        NarrativeRole, // QString
    };

    // The MIME type of a dragged section: its row, as text.
    static QString mimeType();

    explicit QbrSectionModel(QObject *parent = nullptr);

    // Replaces every section (one reset). Sections missing from `sections` are appended
    // disabled in the default order and repeated ones dropped, so the list always holds
    // all eleven once.
    void setSections(const QList<QbrSectionState> &sections);
    QList<QbrSectionState> sections() const { return m_sections; }

    int rowOf(QbrSection section) const; // -1 if absent (never, once set)
    QbrSection sectionAt(int row) const;
    bool isEnabled(int row) const;
    // Sets a section's narrative (dataChanged on NarrativeRole); no sectionsEdited().
    void setNarrative(QbrSection section, const QString &narrative);
    // Turns a section on or off as the user did (sectionsEdited() when it changed).
    bool setEnabled(int row, bool enabled);
    // Moves the section at `from` so that it ends up at row `to`, as the user did.
    bool moveSection(int from, int to);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    // The user turned a section on or off, or moved one.
    void sectionsEdited();

private:
    // The row a drop at (`row`, `parent`) means; -1 for a drop the model refuses.
    int dropRow(const QMimeData *data, Qt::DropAction action, int row, const QModelIndex &parent,
                int *sourceRow) const;

    QList<QbrSectionState> m_sections;
};
