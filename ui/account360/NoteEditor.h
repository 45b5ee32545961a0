#pragma once

#include "work/LocalWork.h"

#include <QWidget>

class Database;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

// The always-there note editor of the Account 360. Nothing to save: the first keystroke
// creates the note (LocalWork::addNote), every pause in typing (300 ms), leaving the
// editor and closing the view write the text (setNoteBody), each a journaled
// transaction. Editing an existing local note works the same way (editNote()).
class NoteEditor : public QWidget
{
    Q_OBJECT
public:
    static constexpr int saveDelayMs = 300;

    NoteEditor(Database &db, const QString &author, const QString &accountId, QWidget *parent = nullptr);
    ~NoteEditor() override;

    void setAuthor(const QString &author);

    // The note being written or edited; empty before the first keystroke.
    QString noteId() const { return m_noteId; }
    QPlainTextEdit *textEdit() const { return m_text; }
    // The last save's outcome, shown beside the editor.
    QString statusText() const;

public Q_SLOTS:
    // Writes what is typed now, if anything is waiting.
    void flush();
    // Finishes the current note and starts an empty one (Ctrl+N). A note left empty is
    // discarded (marked deleted).
    void startNewNote();
    // Loads an existing local note for editing.
    void editNote(const QString &noteId);
    void focusEditor();

Q_SIGNALS:
    // A note was created or its text written.
    void noteSaved(const QString &noteId);
    // A note was deleted (by the user, or discarded empty).
    void noteRemoved(const QString &noteId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onTextChanged();
    void onKindChanged();
    void fitHeight();
    void deleteCurrent();
    void discardIfEmpty();
    void setStatus(const QString &text, bool error = false);
    void updateMode();

    Database &m_db;
    LocalWork m_work;
    QString m_accountId;
    QString m_noteId;
    QDateTime m_noteCreated;
    bool m_pending = false;
    bool m_loading = false;

    QLabel *m_heading;
    QComboBox *m_kind;
    QPlainTextEdit *m_text;
    QLabel *m_status;
    QPushButton *m_newButton;
    QPushButton *m_deleteButton;
    QTimer *m_saveTimer;
};
