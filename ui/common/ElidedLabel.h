#pragma once

#include <QLabel>

// A one-line label that elides its text to fit (a long cache path in the status bar)
// and shows the whole text as its tooltip.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(Qt::TextElideMode mode = Qt::ElideMiddle, QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateElidedText();

    QString m_fullText;
    Qt::TextElideMode m_mode;
};
