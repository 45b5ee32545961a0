#pragma once

#include <QAbstractButton>
#include <QIcon>

// One of Home's figures as a card that is a real button: a caption, a large number and
// a line of detail, with hover, pressed and focus states; Enter, Return and Space
// click it, like a click does. Clicking opens the list that makes the figure up.
class FigureCard : public QAbstractButton
{
    Q_OBJECT
public:
    // The colour of the number, by what it asks of the user.
    enum class Tone
    {
        Neutral,
        Accent,
        Warning,
        Danger
    };

    explicit FigureCard(QWidget *parent = nullptr);

    void setCaption(const QString &caption);
    QString caption() const { return m_caption; }
    // The large number as written ("1,284", "—" while loading).
    void setValue(const QString &value);
    QString value() const { return m_value; }
    // A muted line under the number ("$1.2M ARR").
    void setDetail(const QString &detail);
    QString detail() const { return m_detail; }
    // The tone applies while the number is not zero (see setActive).
    void setTone(Tone tone);
    // False for a zero: the number is drawn neutral, the card stays clickable.
    void setActive(bool active);
    void setGlyph(const QIcon &icon);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void updateAccessibleName();
    QColor toneColor() const;

    QString m_caption;
    QString m_value;
    QString m_detail;
    Tone m_tone = Tone::Neutral;
    bool m_active = true;
    bool m_hovered = false;
    QIcon m_glyph;
};
