#pragma once

#include "health/HealthScorecard.h"

#include <QDateTime>
#include <QDialog>
#include <optional>

class Database;
class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// Overrides an account's health by hand: the band it should show (and, optionally, a
// score within that band), why, and until when. The override is saved when OK is
// pressed (HealthStore::setOverride, journaled); the dialog stays open and says why when
// the cache refuses it. OK stays disabled, with what is missing shown beside it, until
// a band and a reason are given and the end date lies ahead.
class HealthOverrideDialog : public QDialog
{
    Q_OBJECT
public:
    using Band = HealthScorecard::Band;

    static constexpr int defaultDays = 30;

    HealthOverrideDialog(Database &db, const QString &accountId, const QString &accountName,
                         const QString &author, const HealthScorecard::Bands &bands,
                         QWidget *parent = nullptr);

    // The band is left for the user to pick; a score, once asked for, starts from the
    // computed one where it fits the band.
    void setComputedScore(std::optional<int> score);
    // Starts from an override that holds, to change it (saving replaces it).
    void setCurrent(Band band, std::optional<int> score, const QString &reason, const QDate &lastDay);

    Band band() const;
    std::optional<int> score() const;
    QString reason() const;
    QDate lastDay() const;
    // The instant the override ends: the end of its last day, in local time.
    QDateTime expiresAt() const { return expiryOf(lastDay()); }
    static QDateTime expiryOf(const QDate &lastDay);
    // The last day an override expiring at `expiresAt` holds (local time).
    static QDate lastDayOf(const QDateTime &expiresAt);

    // Empty when the form can be saved, else what is missing (translated).
    QString problem() const;
    // The id of the override saved by OK; empty before.
    QString overrideId() const { return m_overrideId; }
    QString lastError() const { return m_lastError; }

    QAbstractButton *bandButton(Band band) const;
    QCheckBox *scoreCheck() const { return m_scoreCheck; }
    QSpinBox *scoreSpin() const { return m_score; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QDateEdit *lastDayEdit() const { return m_lastDay; }
    QPushButton *okButton() const;
    QLabel *problemLabel() const { return m_problem; }

public Q_SLOTS:
    // Saves and closes; does nothing while the form is incomplete, and stays open with
    // the cache's message when saving fails.
    void accept() override;

private:
    void updateState();

    Database &m_db;
    QString m_accountId;
    QString m_author;
    HealthScorecard::Bands m_bands;
    std::optional<int> m_computedScore;
    QString m_overrideId;
    QString m_lastError;

    QButtonGroup *m_bandGroup;
    QCheckBox *m_scoreCheck;
    QSpinBox *m_score;
    QLabel *m_scoreRange;
    QPlainTextEdit *m_reason;
    QDateEdit *m_lastDay;
    QLabel *m_problem;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};
