#include "FilterMenuButton.h"

#include <QActionGroup>
#include <QKeyEvent>
#include <QMenu>
#include <QRegularExpression>
#include <QMouseEvent>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace {

// A value as a menu or button shows it: "&" is a mnemonic marker there.
QString escapedLabel(const QString &label)
{
    QString text = label;
    return text.replace(u'&', u"&&"_s);
}

} // namespace

FilterMenuButton::FilterMenuButton(const QString &title, const QString &anyLabel, Mode mode, QWidget *parent)
    : QToolButton(parent)
    , m_title(title)
    , m_anyLabel(anyLabel)
    , m_mode(mode)
    , m_menu(new QMenu(this))
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setFocusPolicy(Qt::StrongFocus);
    setMenu(m_menu);
    m_menu->installEventFilter(this);
    connect(m_menu, &QMenu::aboutToShow, this, [this] {
        refreshChoices();
        rebuildMenu();
    });
    updateText();
}

void FilterMenuButton::setChoices(const QList<Choice> &choices)
{
    m_choices = choices;
    if (m_mode == Mode::Single && m_selected.isEmpty() && !m_choices.isEmpty())
        m_selected = { m_choices.constFirst().value };
    updateText();
}

void FilterMenuButton::setSelectedValues(const QStringList &values)
{
    m_selected.clear();
    for (const QString &v : values) {
        if (!m_selected.contains(v))
            m_selected << v;
    }
    updateText();
}

QString FilterMenuButton::currentValue() const
{
    if (!m_selected.isEmpty())
        return m_selected.constFirst();
    return m_choices.isEmpty() ? QString() : m_choices.constFirst().value;
}

void FilterMenuButton::setCurrentValue(const QString &value, const QString &label)
{
    const bool known = std::any_of(m_choices.cbegin(), m_choices.cend(),
                                   [&](const Choice &c) { return c.value == value; });
    if (!known)
        m_choices.append({ value, label.isEmpty() ? value : label });
    m_selected = { value };
    updateText();
}

bool FilterMenuButton::isActive() const
{
    if (m_mode == Mode::Multiple)
        return !m_selected.isEmpty();
    return !m_choices.isEmpty() && currentValue() != m_choices.constFirst().value;
}

void FilterMenuButton::reset()
{
    m_selected.clear();
    if (m_mode == Mode::Single && !m_choices.isEmpty())
        m_selected = { m_choices.constFirst().value };
    updateText();
}

void FilterMenuButton::refreshChoices()
{
    if (!m_provider)
        return;
    QList<Choice> fresh = m_provider();
    // A selected value the cache no longer has still filters: keep it, so it can be unticked.
    for (const QString &value : std::as_const(m_selected)) {
        const auto has = [&](const QList<Choice> &list) {
            return std::any_of(list.cbegin(), list.cend(), [&](const Choice &c) { return c.value == value; });
        };
        if (!has(fresh))
            fresh.append({ value, labelFor(value) });
    }
    m_choices = fresh;
}

void FilterMenuButton::rebuildMenu()
{
    m_menu->clear();
    if (m_mode == Mode::Single) {
        // The first choice is "any" itself.
        qDeleteAll(m_menu->findChildren<QActionGroup *>(Qt::FindDirectChildrenOnly));
        auto *group = new QActionGroup(m_menu);
        group->setExclusive(true);
        const QString current = currentValue();
        for (qsizetype i = 0; i < m_choices.size(); ++i) {
            const Choice &choice = m_choices.at(i);
            if (i == 1)
                m_menu->addSeparator();
            QAction *action = m_menu->addAction(escapedLabel(choice.label));
            action->setCheckable(true);
            action->setChecked(choice.value == current);
            group->addAction(action);
            connect(action, &QAction::triggered, this, [this, value = choice.value] {
                if (value == currentValue())
                    return;
                m_selected = { value };
                updateText();
                Q_EMIT selectionChanged();
            });
        }
        return;
    }
    m_anyAction = m_menu->addAction(escapedLabel(m_anyLabel));
    m_anyAction->setEnabled(!m_selected.isEmpty());
    connect(m_anyAction, &QAction::triggered, this, [this] {
        m_selected.clear();
        updateText();
        Q_EMIT selectionChanged();
    });
    m_menu->addSeparator();
    for (const Choice &choice : std::as_const(m_choices)) {
        QAction *action = m_menu->addAction(escapedLabel(choice.label));
        action->setCheckable(true);
        action->setChecked(m_selected.contains(choice.value));
        action->setData(choice.value);
        connect(action, &QAction::triggered, this, &FilterMenuButton::updateFromMenu);
    }
    if (m_choices.isEmpty())
        m_menu->addAction(tr("No values in the cache"))->setEnabled(false);
}

void FilterMenuButton::updateFromMenu()
{
    // In the order of the menu, so the button names the first ticked value.
    QStringList selected;
    for (const QAction *a : m_menu->actions()) {
        if (a->isCheckable() && a->isChecked())
            selected << a->data().toString();
    }
    m_selected = selected;
    if (m_anyAction)
        m_anyAction->setEnabled(!m_selected.isEmpty());
    updateText();
    Q_EMIT selectionChanged();
}

QString FilterMenuButton::labelFor(const QString &value, bool onButton) const
{
    for (const Choice &c : m_choices) {
        if (c.value == value)
            return onButton && !c.buttonLabel.isEmpty() ? c.buttonLabel : c.label;
    }
    return value.isEmpty() ? tr("(none)") : value;
}

void FilterMenuButton::updateText()
{
    const bool active = isActive();
    QString text = m_title;
    QStringList labels;
    if (active) {
        if (m_choices.isEmpty() && m_provider)
            refreshChoices();
        for (const QString &v : std::as_const(m_selected))
            labels << labelFor(v, true);
        text = labels.size() == 1
            ? tr("%1: %2").arg(m_title, escapedLabel(labels.constFirst()))
            : tr("%1: %2 +%3").arg(m_title, escapedLabel(labels.constFirst())).arg(labels.size() - 1);
    }
    setText(text);
    // Without the mnemonic: "&Owner" and the CJK convention "负责人(&O)" alike.
    QString plainTitle = m_title;
    plainTitle.remove(QRegularExpression(u"\\(&[^)]\\)"_s)).remove(u'&');
    setToolTip(active ? tr("%1: %2").arg(plainTitle, labels.join(u", "_s))
                      : tr("Filter by %1").arg(plainTitle.toLower()));
    if (property("active").toBool() != active) {
        setProperty("active", active);
        style()->unpolish(this);
        style()->polish(this);
    }
}

bool FilterMenuButton::eventFilter(QObject *watched, QEvent *event)
{
    // Ticking a value keeps the menu open, so several can be ticked in one go.
    if (watched == m_menu && m_mode == Mode::Multiple) {
        QAction *action = nullptr;
        if (event->type() == QEvent::MouseButtonRelease) {
            action = m_menu->actionAt(static_cast<QMouseEvent *>(event)->position().toPoint());
        } else if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Space)
                action = m_menu->activeAction();
        }
        if (action && action->isCheckable() && action->isEnabled()) {
            action->trigger();
            return true;
        }
    }
    return QToolButton::eventFilter(watched, event);
}
