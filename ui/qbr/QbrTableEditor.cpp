#include "QbrTableEditor.h"

#include "account/CrmFormat.h"
#include "qbr/QbrDocument.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleValidator>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// "No date" in a date editor: its minimum.
const QDate noDate(2000, 1, 1);

QString numberText(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    const double v = value.toDouble();
    const double a = std::abs(v);
    const int decimals = a == std::round(a) ? 0 : a >= 100 ? 1 : 2;
    QString s = CrmFormat::displayLocale().toString(v, 'f', decimals);
    const QString point = CrmFormat::displayLocale().decimalPoint();
    if (decimals > 0) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(point))
            s.chop(point.size());
    }
    return s;
}

// The editor and the text of each cell, by its column's kind.
class CellDelegate : public QStyledItemDelegate
{
public:
    CellDelegate(const QList<QbrTableEditor::Column> &columns, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_columns(columns)
    { }

    QbrTableEditor::Kind kindOf(const QModelIndex &index) const
    {
        return m_columns.value(index.column()).kind;
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        switch (kindOf(index)) {
        case QbrTableEditor::Kind::Number: {
            auto *edit = new QLineEdit(parent);
            auto *validator = new QDoubleValidator(edit);
            validator->setNotation(QDoubleValidator::StandardNotation);
            edit->setValidator(validator);
            edit->setPlaceholderText(QbrTableEditor::tr("No value"));
            return edit;
        }
        case QbrTableEditor::Kind::Progress: {
            auto *spin = new QSpinBox(parent);
            spin->setRange(0, 100);
            spin->setSuffix(u"%"_s);
            return spin;
        }
        case QbrTableEditor::Kind::GoalStatus: {
            auto *combo = new QComboBox(parent);
            for (const QString &status : Qbr::goalStatuses())
                combo->addItem(Qbr::goalStatusLabel(status), status);
            return combo;
        }
        case QbrTableEditor::Kind::Date: {
            auto *date = new QDateEdit(parent);
            date->setCalendarPopup(true);
            date->setMinimumDate(noDate);
            date->setSpecialValueText(QbrTableEditor::tr("No date"));
            date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
            return date;
        }
        case QbrTableEditor::Kind::Check:
            return nullptr;
        case QbrTableEditor::Kind::Text:
            break;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        const QVariant value = index.data(Qt::EditRole);
        switch (kindOf(index)) {
        case QbrTableEditor::Kind::Number:
            static_cast<QLineEdit *>(editor)->setText(numberText(value));
            return;
        case QbrTableEditor::Kind::Progress:
            static_cast<QSpinBox *>(editor)->setValue(value.toInt());
            return;
        case QbrTableEditor::Kind::GoalStatus: {
            auto *combo = static_cast<QComboBox *>(editor);
            combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
            return;
        }
        case QbrTableEditor::Kind::Date: {
            const QDate d = value.toDate();
            auto *edit = static_cast<QDateEdit *>(editor);
            // An empty date opens on today, ready to pick; "No date" is the minimum.
            edit->setDate(d.isValid() ? d : QDate::currentDate());
            return;
        }
        default:
            QStyledItemDelegate::setEditorData(editor, index);
        }
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        switch (kindOf(index)) {
        case QbrTableEditor::Kind::Number: {
            const QString text = static_cast<QLineEdit *>(editor)->text().trimmed();
            if (text.isEmpty()) {
                model->setData(index, QVariant(), Qt::EditRole);
                return;
            }
            bool ok = false;
            double v = CrmFormat::displayLocale().toDouble(text, &ok);
            if (!ok)
                v = QLocale::c().toDouble(text, &ok);
            if (ok)
                model->setData(index, v, Qt::EditRole);
            return; // not a number: the cell keeps its value
        }
        case QbrTableEditor::Kind::Progress:
            model->setData(index, static_cast<QSpinBox *>(editor)->value(), Qt::EditRole);
            return;
        case QbrTableEditor::Kind::GoalStatus:
            model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
            return;
        case QbrTableEditor::Kind::Date: {
            const QDate d = static_cast<QDateEdit *>(editor)->date();
            model->setData(index, d == noDate ? QVariant() : QVariant(d), Qt::EditRole);
            return;
        }
        default:
            QStyledItemDelegate::setModelData(editor, model, index);
        }
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant value = index.data(Qt::EditRole);
        switch (kindOf(index)) {
        case QbrTableEditor::Kind::Number:
            option->text = numberText(value);
            option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
            break;
        case QbrTableEditor::Kind::Progress:
            option->text
                = CrmFormat::displayLocale().toString(value.toInt()) + CrmFormat::displayLocale().percent();
            option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
            break;
        case QbrTableEditor::Kind::GoalStatus:
            option->text = Qbr::goalStatusLabel(value.toString());
            break;
        case QbrTableEditor::Kind::Date:
            option->text
                = value.toDate().isValid() ? CrmFormat::date(value.toDate()) : QbrTableEditor::tr("No date");
            if (!value.toDate().isValid())
                option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
            break;
        case QbrTableEditor::Kind::Check:
            option->text.clear();
            break;
        case QbrTableEditor::Kind::Text:
            break;
        }
    }

private:
    QList<QbrTableEditor::Column> m_columns;
};

} // namespace

QbrTableEditor::QbrTableEditor(const QString &name, const QList<Column> &columns, const QString &addText,
                               const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_columns(columns)
    , m_table(new QTableWidget(0, int(columns.size()), this))
    , m_add(new QPushButton(addText, this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(name + u"Editor"_s);
    m_table->setObjectName(name + u"Table"_s);
    m_table->setAccessibleName(accessibleName);
    m_table->setItemDelegate(new CellDelegate(columns, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    // Tab leaves the table, as in every other table; arrows move, typing or F2 edits.
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->setFrameShape(QFrame::StyledPanel);
    m_table->setStyleSheet(u"QTableWidget { border: 1px solid #e1e6ed; border-radius: 6px; }"
                           " QHeaderView::section { padding: 6px 6px; }"_s);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(48);
    QStringList titles;
    for (int c = 0; c < columns.size(); ++c) {
        const Column &column = columns.at(c);
        titles << column.title;
        header->setSectionResizeMode(c,
                                     column.kind == Kind::Text && column.stretch > 0
                                         ? QHeaderView::Fixed
                                         : QHeaderView::ResizeToContents);
    }
    m_table->setHorizontalHeaderLabels(titles);
    for (int c = 0; c < columns.size(); ++c) {
        if (!columns.at(c).toolTip.isEmpty())
            m_table->horizontalHeaderItem(c)->setToolTip(columns.at(c).toolTip);
    }

    m_add->setObjectName(name + u"Add"_s);
    m_remove->setObjectName(name + u"Remove"_s);
    m_remove->setToolTip(tr("Remove the selected row"));
    connect(m_add, &QPushButton::clicked, this, [this] { addRow(); });
    connect(m_remove, &QPushButton::clicked, this, &QbrTableEditor::removeCurrentRow);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling)
            return;
        // A long text shows whole in the cell's tooltip.
        if (m_columns.value(item->column()).kind == Kind::Text) {
            const QSignalBlocker blocker(m_table);
            item->setToolTip(item->text());
        }
        Q_EMIT edited();
    });
    m_table->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (m_columns.value(column).kind != Kind::Text || m_columns.value(column).stretch == 0)
            fitColumns();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &QbrTableEditor::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    updateButtons();
}

QVariant QbrTableEditor::defaultValue(Kind kind) const
{
    switch (kind) {
    case Kind::Text:
        return QString();
    case Kind::Number:
    case Kind::Date:
        return QVariant();
    case Kind::Progress:
        return 0;
    case Kind::GoalStatus:
        return u"not_started"_s;
    case Kind::Check:
        return false;
    }
    return {};
}

void QbrTableEditor::setRow(int row, const QVariantList &values)
{
    for (int c = 0; c < m_columns.size(); ++c) {
        const Kind kind = m_columns.at(c).kind;
        QVariant value = c < values.size() ? values.at(c) : defaultValue(kind);
        auto *item = new QTableWidgetItem;
        if (kind == Kind::Check) {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(value.toBool() ? Qt::Checked : Qt::Unchecked);
        } else {
            item->setData(Qt::EditRole, value);
        }
        if (kind == Kind::Text && !value.toString().isEmpty())
            item->setToolTip(value.toString());
        else if (!m_columns.at(c).toolTip.isEmpty())
            item->setToolTip(m_columns.at(c).toolTip);
        m_table->setItem(row, c, item);
    }
}

void QbrTableEditor::setRows(const QList<QVariantList> &rows)
{
    m_filling = true;
    m_table->setRowCount(0);
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        setRow(r, rows.at(r));
    m_filling = false;
    updateButtons();
}

QList<QVariantList> QbrTableEditor::rows() const
{
    QList<QVariantList> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QVariantList values;
        for (int c = 0; c < m_columns.size(); ++c) {
            const QTableWidgetItem *item = m_table->item(r, c);
            const Kind kind = m_columns.at(c).kind;
            if (!item)
                values.append(defaultValue(kind));
            else if (kind == Kind::Check)
                values.append(item->checkState() == Qt::Checked);
            else if (kind == Kind::Text)
                values.append(item->data(Qt::EditRole).toString());
            else
                values.append(item->data(Qt::EditRole));
        }
        out.append(values);
    }
    return out;
}

int QbrTableEditor::rowCount() const
{
    return m_table->rowCount();
}

void QbrTableEditor::addRow(const QVariantList &values)
{
    const int row = m_table->rowCount();
    m_filling = true;
    m_table->insertRow(row);
    setRow(row, values.isEmpty() ? m_newRow : values);
    m_filling = false;
    m_table->setCurrentCell(row, 0);
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->editItem(m_table->item(row, 0));
    updateButtons();
    Q_EMIT edited();
}

void QbrTableEditor::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_table->rowCount())
        return;
    m_table->removeRow(row);
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(std::min(row, m_table->rowCount() - 1), 0);
    updateButtons();
    Q_EMIT edited();
}

bool QbrTableEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void QbrTableEditor::fitColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    int fixed = 0;
    int shares = 0;
    for (int c = 0; c < m_columns.size(); ++c) {
        const Column &column = m_columns.at(c);
        if (column.kind == Kind::Text && column.stretch > 0)
            shares += column.stretch;
        else
            fixed += header->sectionSize(c);
    }
    if (shares == 0)
        return;
    const int room = std::max(0, m_table->viewport()->width() - fixed);
    int left = room;
    int lastText = -1;
    for (int c = 0; c < m_columns.size(); ++c) {
        const Column &column = m_columns.at(c);
        if (column.kind != Kind::Text || column.stretch == 0)
            continue;
        const int width = std::max(header->minimumSectionSize(), room * column.stretch / shares);
        header->resizeSection(c, width);
        left -= width;
        lastText = c;
    }
    // Rounding: the last text column takes what is left over.
    if (lastText >= 0 && left > 0)
        header->resizeSection(lastText, header->sectionSize(lastText) + left);
}

void QbrTableEditor::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0 && m_table->rowCount() > 0);
}
