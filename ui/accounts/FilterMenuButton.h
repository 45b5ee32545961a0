#pragma once

#include <QList>
#include <QPointer>
#include <QStringList>
#include <QToolButton>
#include <functional>

class QMenu;

// One filter of the account list as a drop-down button: "Owner", "Segment", ... opens a
// menu of values. Multiple: checkable values (the menu stays open while the user ticks
// several) with "Any" on top. Single: one value of a fixed list, the first being "any".
// While set, the button names its value ("Segment: Enterprise", "Owner: 3 selected")
// and carries the `active` property, which the filter bar's style sheet highlights.
class FilterMenuButton : public QToolButton
{
    Q_OBJECT
public:
    enum class Mode
    {
        Multiple,
        Single
    };
    struct Choice
    {
        QString value;
        QString label; // in the menu
        QString buttonLabel = {}; // on the button when chosen, if shorter than `label`
    };
    using ChoiceProvider = std::function<QList<Choice>()>;

    // `title` may carry a mnemonic ("&Owner"); `anyLabel` is the clearing entry.
    FilterMenuButton(const QString &title, const QString &anyLabel, Mode mode, QWidget *parent = nullptr);

    // Multiple: read each time the menu opens, so the values are the cache's current ones.
    void setChoiceProvider(ChoiceProvider provider) { m_provider = std::move(provider); }
    // Single: the fixed values; the first is the default.
    void setChoices(const QList<Choice> &choices);
    QList<Choice> choices() const { return m_choices; }

    // Multiple. Setting does not emit selectionChanged.
    QStringList selectedValues() const { return m_selected; }
    void setSelectedValues(const QStringList &values);
    // Single. Setting does not emit selectionChanged; an unknown value is added, labelled
    // `label` (e.g. "Within 60 days" from a Home click-through).
    QString currentValue() const;
    void setCurrentValue(const QString &value, const QString &label = {});

    bool isActive() const;
    // Back to "any", without emitting selectionChanged.
    void reset();

Q_SIGNALS:
    // The user changed the selection.
    void selectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildMenu();
    void refreshChoices();
    void updateText();
    QString labelFor(const QString &value, bool onButton = false) const;
    void updateFromMenu();

    QString m_title;
    QString m_anyLabel;
    Mode m_mode;
    QMenu *m_menu;
    QPointer<QAction> m_anyAction;
    ChoiceProvider m_provider;
    QList<Choice> m_choices;
    QStringList m_selected; // Multiple: in the order of the choices; Single: one value
};
