#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;
class QPushButton;
class QHBoxLayout;

// The centred "nothing here yet" panel a view shows instead of an empty list: an icon,
// a title, a line of explanation and the buttons that get the user going.
class EmptyStateWidget : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    void setTitle(const QString &title);
    void setText(const QString &text);
    QString title() const;
    QString text() const;

    // Buttons appear in the order added; the first primary one is the default action.
    QPushButton *addButton(const QString &text, bool primary = false);

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
};
