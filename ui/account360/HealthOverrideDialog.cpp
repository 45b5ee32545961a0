#include "HealthOverrideDialog.h"

#include "common/Theme.h"
#include "health/HealthStore.h"
#include "store/Database.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

using Band = HealthScorecard::Band;

QColor bandColor(Band band)
{
    switch (band) {
    case Band::Red:
        return Theme::danger();
    case Band::Yellow:
        return QColor(0xd4, 0xa7, 0x2c);
    case Band::Green:
        return Theme::success();
    case Band::None:
        break;
    }
    return Theme::mutedText();
}

QIcon dotIcon(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pixmap);
}

} // namespace

HealthOverrideDialog::HealthOverrideDialog(Database &db, const QString &accountId, const QString &accountName,
                                           const QString &author, const HealthScorecard::Bands &bands,
                                           QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_accountId(accountId)
    , m_author(author)
    , m_bands(bands)
    , m_bandGroup(new QButtonGroup(this))
    , m_scoreCheck(new QCheckBox(tr("Also set a &score:"), this))
    , m_score(new QSpinBox(this))
    , m_scoreRange(new QLabel(this))
    , m_reason(new QPlainTextEdit(this))
    , m_lastDay(new QDateEdit(this))
    , m_problem(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"healthOverrideDialog"_s);
    setWindowTitle(tr("Override health"));

    auto *title = new QLabel(tr("Override the health of %1").arg(accountName), this);
    title->setObjectName(u"overrideTitle"_s);
    title->setWordWrap(true);
    Theme::setRole(title, "heading");
    auto *intro
        = new QLabel(tr("The band you choose is shown instead of the computed one until the override "
                        "ends or is cleared. Recomputing keeps scoring underneath and never replaces it."),
                     this);
    intro->setWordWrap(true);
    Theme::setRole(intro, "muted");

    // The band: three radio buttons, each with its colour.
    auto *bandRow = new QHBoxLayout;
    bandRow->setSpacing(18);
    const std::pair<Band, QString> choices[] = {
        { Band::Red, tr("&Red") },
        { Band::Yellow, tr("&Yellow") },
        { Band::Green, tr("&Green") },
    };
    for (const auto &[band, text] : choices) {
        auto *button = new QRadioButton(text, this);
        button->setObjectName(u"overrideBand_"_s + HealthScorecard::bandKeyword(band));
        button->setIcon(dotIcon(bandColor(band)));
        button->setToolTip(tr("Scores %1 to %2").arg(m_bands.lowest(band)).arg(m_bands.highest(band)));
        m_bandGroup->addButton(button, int(band));
        bandRow->addWidget(button);
    }
    bandRow->addStretch();
    auto *bandLabel = new QLabel(tr("Band:"), this);

    m_scoreCheck->setObjectName(u"overrideScoreCheck"_s);
    m_scoreCheck->setToolTip(tr("Without a score the override sets only the band; the computed score is "
                                "kept for reference."));
    m_score->setObjectName(u"overrideScore"_s);
    m_score->setAccessibleName(tr("Score"));
    m_score->setRange(0, 100);
    m_score->setEnabled(false);
    Theme::setRole(m_scoreRange, "muted");
    m_scoreRange->setObjectName(u"overrideScoreRange"_s);
    auto *scoreRow = new QHBoxLayout;
    scoreRow->setSpacing(8);
    scoreRow->addWidget(m_scoreCheck);
    scoreRow->addWidget(m_score);
    scoreRow->addWidget(m_scoreRange, 1);

    m_reason->setObjectName(u"overrideReason"_s);
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why the computed health is wrong for now, e.g. “Champion left; the "
                                    "new sponsor has not engaged yet.”"));
    m_reason->setFixedHeight(96);
    auto *reasonLabel = new QLabel(tr("Reas&on:"), this);
    reasonLabel->setBuddy(m_reason);

    m_lastDay->setObjectName(u"overrideLastDay"_s);
    m_lastDay->setCalendarPopup(true);
    m_lastDay->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    const QDate today = QDate::currentDate();
    m_lastDay->setMinimumDate(today);
    m_lastDay->setMaximumDate(today.addYears(2));
    m_lastDay->setDate(today.addDays(defaultDays));
    m_lastDay->setAccessibleName(tr("Holds until"));
    auto *untilLabel = new QLabel(tr("Holds &until:"), this);
    untilLabel->setBuddy(m_lastDay);
    auto *untilHint = new QLabel(tr("through the end of that day"), this);
    Theme::setRole(untilHint, "muted");
    auto *untilRow = new QHBoxLayout;
    untilRow->setSpacing(8);
    untilRow->addWidget(m_lastDay);
    untilRow->addWidget(untilHint, 1);

    // A grid rather than a form layout: each label level with the middle of its field.
    auto *form = new QGridLayout;
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(10);
    form->addWidget(bandLabel, 0, 0, Qt::AlignLeft | Qt::AlignVCenter);
    form->addLayout(bandRow, 0, 1);
    form->addLayout(scoreRow, 1, 1);
    form->addWidget(reasonLabel, 2, 0, Qt::AlignLeft | Qt::AlignTop);
    form->addWidget(m_reason, 2, 1);
    form->addWidget(untilLabel, 3, 0, Qt::AlignLeft | Qt::AlignVCenter);
    form->addLayout(untilRow, 3, 1);
    form->setColumnStretch(1, 1);
    // The reason's label sits level with its first line.
    reasonLabel->setContentsMargins(0, 5, 0, 0);

    m_problem->setObjectName(u"overrideProblem"_s);
    m_problem->setWordWrap(true);
    Theme::setRole(m_problem, "muted");
    m_error->setObjectName(u"overrideError"_s);
    m_error->setWordWrap(true);
    Theme::setRole(m_error, "error");
    m_error->setVisible(false);

    okButton()->setText(tr("Override"));
    okButton()->setObjectName(u"overrideSaveButton"_s);
    Theme::setRole(okButton(), "primary");
    connect(m_buttons, &QDialogButtonBox::accepted, this, &HealthOverrideDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_bandGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateState();
    });
    connect(m_scoreCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_score->setEnabled(on && band() != Band::None);
        if (on && m_score->isEnabled())
            m_score->setFocus();
        updateState();
    });
    connect(m_score, &QSpinBox::valueChanged, this, &HealthOverrideDialog::updateState);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &HealthOverrideDialog::updateState);
    connect(m_lastDay, &QDateEdit::dateChanged, this, &HealthOverrideDialog::updateState);

    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(12);
    bottom->addWidget(m_problem, 1);
    bottom->addWidget(m_buttons, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addSpacing(4);
    layout->addLayout(bottom);
    setMinimumWidth(560);
    updateState();
}

void HealthOverrideDialog::setComputedScore(std::optional<int> score)
{
    m_computedScore = score;
    updateState();
}

void HealthOverrideDialog::setCurrent(Band band, std::optional<int> score, const QString &reason,
                                      const QDate &lastDay)
{
    if (QAbstractButton *button = bandButton(band))
        button->setChecked(true);
    m_scoreCheck->setChecked(score.has_value());
    updateState();
    if (score)
        m_score->setValue(*score);
    m_reason->setPlainText(reason);
    if (lastDay.isValid() && lastDay >= m_lastDay->minimumDate())
        m_lastDay->setDate(lastDay);
    okButton()->setText(tr("Change override"));
    updateState();
}

HealthOverrideDialog::Band HealthOverrideDialog::band() const
{
    const int id = m_bandGroup->checkedId();
    return id < 0 ? Band::None : static_cast<Band>(id);
}

std::optional<int> HealthOverrideDialog::score() const
{
    if (!m_scoreCheck->isChecked() || band() == Band::None)
        return std::nullopt;
    return m_score->value();
}

QString HealthOverrideDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QDate HealthOverrideDialog::lastDay() const
{
    return m_lastDay->date();
}

QDateTime HealthOverrideDialog::expiryOf(const QDate &lastDay)
{
    return QDateTime(lastDay.addDays(1), QTime(0, 0)).toUTC();
}

QDate HealthOverrideDialog::lastDayOf(const QDateTime &expiresAt)
{
    return expiresAt.isValid() ? expiresAt.toLocalTime().addMSecs(-1).date() : QDate();
}

QAbstractButton *HealthOverrideDialog::bandButton(Band band) const
{
    return m_bandGroup->button(int(band));
}

QPushButton *HealthOverrideDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString HealthOverrideDialog::problem() const
{
    QStringList missing;
    if (band() == Band::None)
        missing << tr("Choose the band the account should show.");
    if (reason().isEmpty())
        missing << tr("Give a reason: it is shown with the override and kept in the change journal.");
    if (!lastDay().isValid() || expiresAt() <= QDateTime::currentDateTimeUtc())
        missing << tr("The override must end after today.");
    return missing.join(u' ');
}

void HealthOverrideDialog::updateState()
{
    const Band chosen = band();
    if (chosen != Band::None) {
        const int lo = m_bands.lowest(chosen);
        const int hi = m_bands.highest(chosen);
        // Keep the typed score where it fits; else start from the computed one, or the band's top.
        const int previous = m_score->value();
        QSignalBlocker blocker(m_score);
        m_score->setRange(lo, hi);
        int start = previous;
        if (previous < lo || previous > hi || !m_scoreCheck->isChecked())
            start
                = m_computedScore && *m_computedScore >= lo && *m_computedScore <= hi ? *m_computedScore : hi;
        m_score->setValue(start);
        m_scoreRange->setText(
            tr("%1 to %2 for %3").arg(lo).arg(hi).arg(HealthScorecard::bandLabel(chosen).toLower()));
    } else {
        m_scoreRange->setText(tr("pick a band first"));
    }
    m_score->setEnabled(m_scoreCheck->isChecked() && chosen != Band::None);

    const QString missing = problem();
    m_problem->setText(missing);
    okButton()->setEnabled(missing.isEmpty());
    okButton()->setToolTip(missing);
}

void HealthOverrideDialog::accept()
{
    updateState();
    if (!problem().isEmpty())
        return;
    HealthStore store(m_db);
    const QString id
        = store.setOverride(m_accountId, band(), score(), reason(), expiresAt(), m_author, m_bands);
    if (id.isEmpty()) {
        m_lastError = store.lastError();
        m_error->setText(tr("The override was not saved: %1").arg(m_lastError));
        m_error->setVisible(true);
        return;
    }
    m_lastError.clear();
    m_overrideId = id;
    QDialog::accept();
}
