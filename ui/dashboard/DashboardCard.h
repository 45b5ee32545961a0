#pragma once

#include <QFrame>
#include <QImage>

class QLabel;
class QHBoxLayout;
class QMenu;
class QStackedWidget;
class QToolButton;

// One chart of the dashboard as a card: a title and a muted subtitle, tools on the
// right (the view's own, "Show accounts" and "Save as PNG…"), the chart or a note where
// there is nothing to draw, and a footnote. The same two actions are in its context
// menu. The card renders itself, title included, at twice its size for the image.
class DashboardCard : public QFrame
{
    Q_OBJECT
public:
    explicit DashboardCard(const QString &title, QWidget *parent = nullptr);

    QString title() const;
    void setSubtitle(const QString &text);
    QString subtitle() const;
    void setFootnote(const QString &text);
    QString footnote() const;

    // A widget shown in the header, left of the card's own buttons (a toggle, a picker).
    void addHeaderWidget(QWidget *widget);
    // The chart (or whatever the card shows); the card takes ownership.
    void setContent(QWidget *content);
    // Shows `text` instead of the content (nothing to draw), or the content again.
    void showNote(const QString &text);
    void showContent();
    bool isShowingNote() const;
    QString note() const;

    // Click-throughs for the keyboard: the view fills this menu with one entry per
    // figure; the "Show accounts" button and the context menu open it.
    QMenu *accountsMenu() const { return m_accountsMenu; }
    QToolButton *accountsButton() const { return m_accountsButton; }
    QToolButton *saveButton() const { return m_saveButton; }
    // The context menu: "Save as PNG…" and "Show accounts" (opened, not run: popup()).
    QMenu *contextMenu() const { return m_contextMenu; }
    void popUpContextMenu(const QPoint &globalPos);

    // The card as an image at `scale` times its size, without its buttons.
    QImage image(qreal scale = 2.0);
    // Writes image() to `path` as PNG; false with *error set on failure.
    bool saveImage(const QString &path, QString *error);

Q_SIGNALS:
    void saveRequested();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_footnote;
    QLabel *m_note;
    QHBoxLayout *m_header;
    QStackedWidget *m_pages;
    QWidget *m_content = nullptr;
    QMenu *m_accountsMenu;
    QMenu *m_contextMenu;
    QToolButton *m_accountsButton;
    QToolButton *m_saveButton;
    QList<QWidget *> m_tools;
};
