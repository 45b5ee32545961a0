#pragma once

#include "work/LocalWork.h"

#include <QWidget>

class Database;
class QAbstractButton;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QTimer;

// The CSM's read of the account: red, yellow or green, with a comment. A click on a
// colour saves it at once; the comment is saved as it is typed (after a 300 ms pause,
// and when the field loses focus), each save a journaled LocalWork::setSentiment().
class SentimentControl : public QWidget
{
    Q_OBJECT
public:
    static constexpr int saveDelayMs = 300;

    SentimentControl(Database &db, const QString &author, const QString &accountId,
                     QWidget *parent = nullptr);
    ~SentimentControl() override;

    void setAuthor(const QString &author);
    LocalWork::Sentiment level() const { return m_level; }
    QString comment() const;
    QAbstractButton *button(LocalWork::Sentiment level) const;
    QLineEdit *commentField() const { return m_comment; }

public Q_SLOTS:
    // Re-reads the stored sentiment (unless a comment is being typed).
    void reload();
    void flush();

Q_SIGNALS:
    void sentimentSaved(LocalWork::Sentiment level);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(LocalWork::Sentiment level);
    bool save();
    void showSaved(const LocalWork::SentimentEntry &entry);

    Database &m_db;
    LocalWork m_work;
    QString m_accountId;
    LocalWork::Sentiment m_level = LocalWork::Sentiment::None;
    bool m_pending = false;

    QButtonGroup *m_group;
    QLineEdit *m_comment;
    QLabel *m_status;
    QTimer *m_saveTimer;
};
