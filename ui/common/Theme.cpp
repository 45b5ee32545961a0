#include "Theme.h"

#include <QApplication>
#include <QFrame>
#include <QLabel>
#include <QLayout>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {

const QString styleSheet = uR"(
QMainWindow, QDialog { background: #f5f7fa; }

#navigationSidebar { background: #0f1d2e; }
#navigationSidebar QLabel { color: #b8c4d4; }
#navigationSidebar QLabel#brandName { color: #ffffff; font-size: 15pt; font-weight: 600; }
#navigationSidebar QLabel#brandTagline { color: #7f8ea3; font-size: 8pt; }
#navigationSidebar QLabel[role="footer"] { color: #62738a; font-size: 8pt; }
QListWidget#navigationList { background: transparent; border: none; outline: 0; color: #b8c4d4; }
QListWidget#navigationList::item { padding: 8px 10px; margin: 1px 10px; border-radius: 6px; }
QListWidget#navigationList::item:hover:!selected { background: #1a2c44; color: #ffffff; }
QListWidget#navigationList::item:selected { background: #1f6feb; color: #ffffff; }

#windowHeader { background: #ffffff; border-bottom: 1px solid #e1e6ed; }
QPushButton#globalSearchButton { text-align: left; color: #6b7686; background: #f5f7fa;
    border: 1px solid #dde3ea; border-radius: 6px; padding: 6px 10px; }
QPushButton#globalSearchButton:hover { border-color: #1f6feb; background: #ffffff; }
QPushButton#globalSearchButton:focus { border-color: #1f6feb; }
QToolButton#userButton { padding: 4px 8px; font-weight: 600; }
#globalSearch { background: #ffffff; border: 1px solid #cfd6df; border-radius: 10px; }
QListWidget#globalSearchResults::item { padding: 4px 6px; border-radius: 6px; }
QListWidget#globalSearchResults::item:selected { background: #e8f0fe; color: #1b2430; }

QLabel[role="title"] { font-size: 17pt; font-weight: 600; color: #1b2430; }
QLabel[role="heading"] { font-size: 12pt; font-weight: 600; color: #1b2430; }
QLabel[role="subtitle"], QLabel[role="muted"] { color: #6b7686; }
QLabel[role="emptyTitle"] { font-size: 14pt; font-weight: 600; color: #1b2430; }
QLabel[role="emptyText"] { color: #6b7686; font-size: 10.5pt; }
QLabel[role="error"] { color: #a40e26; background: #fff1f0; border: 1px solid #f5c2c0;
                       border-radius: 6px; padding: 10px 12px; }
QLabel[role="stage"] { font-weight: 600; color: #1b2430; }

QFrame[role="card"] { background: #ffffff; border: 1px solid #e1e6ed; border-radius: 8px; }

QLineEdit { background: #ffffff; border: 1px solid #cfd6df; border-radius: 6px; padding: 5px 8px;
            selection-background-color: #1f6feb; }
QLineEdit:focus { border: 1px solid #1f6feb; }
QLineEdit#accountsSearch { padding: 6px 8px; min-width: 300px; }


QPushButton { background: #ffffff; color: #1b2430; border: 1px solid #cfd6df; border-radius: 6px;
              padding: 6px 14px; min-height: 18px; }
QPushButton:hover { background: #f0f3f7; border-color: #b9c2ce; }
QPushButton:pressed { background: #e4e9ef; }
QPushButton:disabled { color: #a3acb8; background: #f5f7fa; border-color: #e1e6ed; }
QPushButton:focus { border-color: #1f6feb; }
QPushButton[role="primary"] { background: #1f6feb; color: #ffffff; border: 1px solid #1a5fd0; font-weight: 600; }
QPushButton[role="primary"]:hover { background: #1a5fd0; }
QPushButton[role="primary"]:pressed { background: #164fae; }
QPushButton[role="primary"]:disabled { background: #9dbdf5; border-color: #9dbdf5; color: #ffffff; }

QTableView, QTreeView, QListView#rejectionList { background: #ffffff; border: none;
    alternate-background-color: #f8fafc; selection-background-color: #dbe8fd; selection-color: #1b2430;
    gridline-color: transparent; outline: 0; }
QHeaderView { background: #ffffff; border: none; }
QHeaderView::section { background: #ffffff; color: #5b6777; font-weight: 600; border: none;
    border-bottom: 1px solid #e1e6ed; padding: 7px 10px; }
QHeaderView::section:hover { background: #f3f6f9; }
#reportTables QHeaderView::section, #reportRejections QHeaderView::section { padding: 6px 3px; }
QTableCornerButton::section { background: #ffffff; border: none; }

QProgressBar { background: #e7ecf2; border: none; border-radius: 4px; height: 8px; text-align: center;
               color: transparent; max-height: 8px; }
QProgressBar::chunk { background: #1f6feb; border-radius: 4px; }

QStatusBar { background: #ffffff; border-top: 1px solid #e1e6ed; color: #5b6777; }
QStatusBar QLabel { color: #5b6777; padding: 0 6px; }
QStatusBar::item { border: none; }

QCheckBox { color: #1b2430; spacing: 6px; }
QMenuBar { background: #ffffff; border-bottom: 1px solid #e1e6ed; }
QMenuBar::item { padding: 4px 10px; background: transparent; }
QMenuBar::item:selected { background: #eef2f7; border-radius: 4px; }
QScrollBar:vertical { background: transparent; width: 12px; margin: 2px; }
QScrollBar:horizontal { background: transparent; height: 12px; margin: 2px; }
QScrollBar::handle:vertical { background: #c9d1dc; border-radius: 4px; min-height: 32px; margin: 0 2px; }
QScrollBar::handle:horizontal { background: #c9d1dc; border-radius: 4px; min-width: 32px; margin: 2px 0; }
QScrollBar::handle:hover { background: #a9b4c3; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; }
QScrollBar::add-page, QScrollBar::sub-page { background: transparent; }
QToolTip { background: #1b2430; color: #ffffff; border: none; padding: 4px 6px; }
)"_s;

} // namespace

void Theme::apply(QApplication &app)
{
    if (QStyle *fusion = QStyleFactory::create(u"Fusion"_s))
        QApplication::setStyle(fusion);

    QPalette palette = QApplication::style()->standardPalette();
    palette.setColor(QPalette::Window, QColor(0xf5, 0xf7, 0xfa));
    palette.setColor(QPalette::WindowText, text());
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf8, 0xfa, 0xfc));
    palette.setColor(QPalette::Text, text());
    palette.setColor(QPalette::Button, Qt::white);
    palette.setColor(QPalette::ButtonText, text());
    palette.setColor(QPalette::Highlight, accent());
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x94, 0xa3));
    palette.setColor(QPalette::ToolTipBase, text());
    palette.setColor(QPalette::ToolTipText, Qt::white);
    palette.setColor(QPalette::Link, accent());
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0xa3, 0xac, 0xb8));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa3, 0xac, 0xb8));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xa3, 0xac, 0xb8));
    QApplication::setPalette(palette);

    app.setStyleSheet(styleSheet);
}

void Theme::setRole(QWidget *widget, const char *role)
{
    widget->setProperty("role", QString::fromLatin1(role));
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

QFrame *Theme::card(QWidget *parent)
{
    auto *card = new QFrame(parent);
    setRole(card, "card");
    return card;
}

QLabel *Theme::label(const QString &text, const char *role, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    if (role)
        setRole(label, role);
    return label;
}

void Theme::clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *w = item->widget())
            delete w;
        if (QLayout *child = item->layout())
            clearLayout(child);
        delete item;
    }
}
