#include "SentimentControl.h"

#include "account/CrmFormat.h"
#include "common/Theme.h"
#include "store/Database.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SentimentControl::SentimentControl(Database &db, const QString &author, const QString &accountId,
                                   QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_work(db, author)
    , m_accountId(accountId)
    , m_group(new QButtonGroup(this))
    , m_comment(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_saveTimer(new QTimer(this))
{
    setObjectName(u"sentimentControl"_s);
    auto *label = new QLabel(tr("CSM sentiment"), this);
    Theme::setRole(label, "fieldLabel");

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    const struct
    {
        LocalWork::Sentiment level;
        const char *name;
        const char *tone;
    } levels[] = {
        { LocalWork::Sentiment::Red, "sentimentRed", "red" },
        { LocalWork::Sentiment::Yellow, "sentimentYellow", "yellow" },
        { LocalWork::Sentiment::Green, "sentimentGreen", "green" },
    };
    for (const auto &level : levels) {
        auto *button = new QPushButton(LocalWork::sentimentLabel(level.level), this);
        button->setObjectName(QString::fromLatin1(level.name));
        button->setProperty("tone", QString::fromLatin1(level.tone));
        button->setCheckable(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setToolTip(tr("Set the sentiment to %1").arg(LocalWork::sentimentLabel(level.level)));
        m_group->addButton(button, int(level.level));
        buttons->addWidget(button);
    }
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::idClicked, this,
            [this](int id) { choose(static_cast<LocalWork::Sentiment>(id)); });

    m_comment->setObjectName(u"sentimentComment"_s);
    m_comment->setAccessibleName(tr("Sentiment comment"));
    m_comment->setClearButtonEnabled(true);
    m_comment->installEventFilter(this);
    connect(m_comment, &QLineEdit::textEdited, this, [this] {
        m_pending = true;
        m_saveTimer->start();
    });
    connect(m_comment, &QLineEdit::returnPressed, this, &SentimentControl::flush);

    m_status->setObjectName(u"sentimentStatus"_s);
    Theme::setRole(m_status, "muted");

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(saveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &SentimentControl::flush);

    auto *top = new QHBoxLayout;
    top->setSpacing(10);
    top->addWidget(label);
    top->addStretch();
    top->addWidget(m_status);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addWidget(m_comment);
    reload();
}

SentimentControl::~SentimentControl()
{
    flush();
}

void SentimentControl::setAuthor(const QString &author)
{
    flush();
    m_work = LocalWork(m_db, author);
}

QString SentimentControl::comment() const
{
    return m_comment->text();
}

QAbstractButton *SentimentControl::button(LocalWork::Sentiment level) const
{
    return m_group->button(int(level));
}

void SentimentControl::reload()
{
    if (m_pending || m_comment->hasFocus())
        return;
    const LocalWork::SentimentEntry entry = m_work.sentiment(m_accountId);
    m_level = entry.level;
    if (QAbstractButton *checked = m_group->button(int(m_level))) {
        checked->setChecked(true);
    } else {
        // An exclusive group keeps one button checked; lift that to show none.
        m_group->setExclusive(false);
        for (QAbstractButton *b : m_group->buttons())
            b->setChecked(false);
        m_group->setExclusive(true);
    }
    m_comment->setText(entry.comment);
    showSaved(entry);
}

void SentimentControl::choose(LocalWork::Sentiment level)
{
    m_level = level;
    m_saveTimer->stop();
    save();
}

void SentimentControl::flush()
{
    m_saveTimer->stop();
    if (m_pending)
        save();
}

bool SentimentControl::save()
{
    if (m_level == LocalWork::Sentiment::None) {
        // Nothing to attach the comment to yet; it waits for a colour.
        m_status->setText(tr("Pick a colour to save"));
        return false;
    }
    if (!m_work.setSentiment(m_accountId, m_level, m_comment->text())) {
        m_status->setText(tr("Not saved: %1").arg(m_work.lastError()));
        Theme::setRole(m_status, "errorText");
        return false;
    }
    m_pending = false;
    showSaved(m_work.sentiment(m_accountId));
    Q_EMIT sentimentSaved(m_level);
    return true;
}

void SentimentControl::showSaved(const LocalWork::SentimentEntry &entry)
{
    Theme::setRole(m_status, "muted");
    const bool chosen = entry.level != LocalWork::Sentiment::None;
    m_comment->setPlaceholderText(chosen ? tr("Why? Saved as you type") : tr("Pick a colour, then say why"));
    if (!chosen || !entry.updatedAt.isValid()) {
        m_status->clear();
        return;
    }
    const QDateTime local = entry.updatedAt.toLocalTime();
    const QString when = local.date() == QDate::currentDate()
        ? QLocale().toString(local.time(), QLocale::ShortFormat)
        : CrmFormat::date(local.date());
    m_status->setText(tr("Saved %1").arg(when));
    m_status->setToolTip(entry.author.isEmpty() ? QString() : tr("Set by %1").arg(entry.author));
}

bool SentimentControl::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_comment && event->type() == QEvent::FocusOut)
        flush();
    return QWidget::eventFilter(watched, event);
}
