#pragma once

#include <QPlainTextEdit>
#include <QString>

class Database;
class PlaybookStepModel;
class QTimer;

// The note of one playbook step, saved as typed: each pause in typing (the debounce)
// writes it through PlaybookStepModel::setStepNote, and so does leaving the field,
// switching to another step and destroying the editor. Esc (after saving) asks to go
// back to the list (escapePressed).
class StepNoteEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    StepNoteEdit(Database &db, PlaybookStepModel *model, int debounceMs, QWidget *parent = nullptr);
    ~StepNoteEdit() override;

    // Saves what is pending, then shows the note of `row` (-1: none, the field disabled).
    void setRow(int row);
    int row() const { return m_row; }
    // Writes a pending change now; false when the write failed (the text stays pending).
    bool flush();
    bool isDirty() const { return m_dirty; }

Q_SIGNALS:
    void saved();
    void saveFailed(const QString &message);
    void escapePressed();

protected:
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void load();
    void onModelDataChanged();

    Database &m_db;
    PlaybookStepModel *m_model;
    QTimer *m_timer;
    int m_row = -1;
    QString m_instanceId; // the playbook `m_row` belongs to
    int m_position = 0;
    bool m_dirty = false;
    bool m_loading = false;
};
