#include "QbrPreview.h"

#include "common/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QProgressBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int stripMargin = 14; // left and right of the pages
constexpr int captionHeight = 22; // the line above each page: "3 · Health and trend"
constexpr int pageGap = 10; // below each page
constexpr int maxPages = 200; // a bound for the pages wanted before the deck is laid out

} // namespace

// The pages, painted one under the other from the images the preview holds.
class QbrPageStrip : public QWidget
{
public:
    explicit QbrPageStrip(QbrPreview *preview)
        : QWidget(preview)
        , m_preview(preview)
    {
        setAttribute(Qt::WA_OpaquePaintEvent);
    }

    int pageWidth() const { return std::max(1, width() - 2 * stripMargin); }
    int pageHeight() const { return std::max(1, pageWidth() * 9 / 16); }
    int pitch() const { return captionHeight + pageHeight() + pageGap; }
    QRect pageRect(int page) const
    {
        return QRect(stripMargin, page * pitch() + captionHeight, pageWidth(), pageHeight());
    }
    int heightFor(int pages) const { return std::max(1, pages) * pitch() + 4; }

protected:
    void mouseDoubleClickEvent(QMouseEvent *event) override
    {
        const int page = int(event->position().y()) / pitch();
        if (page >= 0 && page < m_preview->pageCount()
            && pageRect(page).contains(event->position().toPoint()))
            Q_EMIT m_preview->pageDoubleClicked(page);
    }

    void paintEvent(QPaintEvent *event) override
    {
        QPainter p(this);
        p.fillRect(event->rect(), QColor(0xe9, 0xed, 0xf2));
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        const int count = m_preview->pageCount();
        if (count == 0) {
            p.setPen(Theme::mutedText());
            const QString text = m_preview->m_hasDeck ? QbrPreview::tr("Laying out the deck…")
                                                      : QbrPreview::tr("The preview appears here.");
            p.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                       text);
            return;
        }
        QFont small = font();
        small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.9));
        p.setFont(small);
        const int first = std::max(0, event->rect().top() / pitch());
        const int last = std::min(count - 1, event->rect().bottom() / pitch());
        for (int i = first; i <= last; ++i) {
            const QRect r = pageRect(i);
            p.setPen(Theme::mutedText());
            p.drawText(QRect(r.left(), r.top() - captionHeight, r.width(), captionHeight - 4),
                       Qt::AlignLeft | Qt::AlignBottom,
                       QbrPreview::tr("%1 · %2").arg(QLocale().toString(i + 1), m_preview->pageTitle(i)));
            // A soft shadow, then the page.
            p.fillRect(r.translated(0, 2), QColor(0, 0, 0, 28));
            const QImage image = m_preview->pageImage(i);
            if (image.isNull()) {
                p.fillRect(r, Qt::white);
                p.setPen(QColor(0xc9, 0xd1, 0xdc));
                p.drawText(r, Qt::AlignCenter, QbrPreview::tr("Painting the page…"));
            } else {
                p.drawImage(r, image);
                if (!m_preview->isPageCurrent(i))
                    p.fillRect(r, QColor(255, 255, 255, 60)); // an earlier edit's page, for a moment
            }
            p.setPen(QColor(0xcf, 0xd6, 0xdf));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r.adjusted(0, 0, -1, -1));
        }
    }

private:
    QbrPreview *m_preview;
};

QbrPreview::QbrPreview(QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_header(new QHBoxLayout)
    , m_busy(new QProgressBar(this))
    , m_scroll(new QScrollArea(this))
    , m_strip(new QbrPageStrip(this))
{
    setObjectName(u"qbrPreview"_s);
    m_caption->setObjectName(u"qbrPreviewCaption"_s);
    Theme::setRole(m_caption, "muted");
    m_caption->setMinimumWidth(60);

    m_busy->setObjectName(u"qbrPreviewBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(60, 4);
    m_busy->setAccessibleName(tr("Updating the preview…"));
    QSizePolicy busyPolicy = m_busy->sizePolicy();
    busyPolicy.setRetainSizeWhenHidden(true);
    m_busy->setSizePolicy(busyPolicy);
    m_busy->hide();

    m_scroll->setObjectName(u"qbrPreviewScroll"_s);
    m_scroll->setWidget(m_strip);
    m_scroll->setWidgetResizable(false);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::StrongFocus);
    m_scroll->setAccessibleName(tr("Preview of the deck"));
    m_scroll->setAccessibleDescription(
        tr("The pages of the QBR as they will print. Scroll with the arrow keys "
           "and Page Up or Page Down; Enter or a double-click makes it larger."));
    m_scroll->viewport()->installEventFilter(this);
    m_scroll->installEventFilter(this);
    m_scroll->verticalScrollBar()->setSingleStep(40);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        updateCaption();
        schedule();
    });

    m_header->setContentsMargins(14, 0, 10, 0);
    m_header->setSpacing(8);
    m_header->addWidget(m_caption, 1);
    m_header->addWidget(m_busy, 0, Qt::AlignVCenter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(m_header);
    layout->addWidget(m_scroll, 1);

    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &QbrPreview::onFinished);
    relayout();
    updateCaption();
}

QbrPreview::~QbrPreview()
{
    m_latest.store(0); // the worker stops after the page it is painting
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void QbrPreview::addHeaderWidget(QWidget *widget)
{
    m_header->addWidget(widget, 0, Qt::AlignVCenter);
    m_headerWidgets.append(widget);
    fitHeader();
}

void QbrPreview::fitHeader()
{
    // A pane too narrow for the caption and the buttons' words keeps their icons (the
    // tooltips keep the words).
    const QMargins margins = m_header->contentsMargins();
    int needed = m_caption->sizeHint().width() + margins.left() + margins.right() + m_busy->width()
        + m_header->spacing() * int(m_headerWidgets.size() + 1);
    QList<QToolButton *> buttons;
    for (QWidget *widget : std::as_const(m_headerWidgets)) {
        if (auto *button = qobject_cast<QToolButton *>(widget)) {
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            needed += button->sizeHint().width();
            buttons.append(button);
        } else {
            needed += widget->sizeHint().width();
        }
    }
    if (needed > width()) {
        for (QToolButton *button : std::as_const(buttons))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
}

void QbrPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitHeader();
}

void QbrPreview::setDeck(const QbrDocument &document, const QbrData &figures,
                         const QbrRenderer::Options &options)
{
    m_document = document;
    m_data = figures;
    m_options = options;
    m_hasDeck = true;
    ++m_generation;
    m_latest.store(m_generation);
    m_renderer.reset();
    schedule();
    updateCaption();
}

void QbrPreview::clear()
{
    m_hasDeck = false;
    ++m_generation;
    m_latest.store(m_generation);
    m_renderer.reset();
    m_pageTitles.clear();
    m_pageSections.clear();
    m_pages.clear();
    m_selectedPage = -1;
    m_sectionOff = false;
    relayout();
    updateCaption();
}

void QbrPreview::showSection(QbrSection section)
{
    m_selected = section;
    m_scrollToSelected = true;
    if (m_renderer) // laid out for the current deck: at once
        followSelected();
    updateCaption();
}

void QbrPreview::followSelected()
{
    if (!m_selected)
        return;
    const int page = firstPageOf(*m_selected);
    m_sectionOff = page < 0;
    if (page >= 0 && (m_scrollToSelected || page != m_selectedPage))
        scrollToPage(page);
    m_selectedPage = page;
    m_scrollToSelected = false;
    updateCaption();
}

int QbrPreview::firstPageOf(QbrSection section) const
{
    return int(m_pageSections.indexOf(section));
}

QImage QbrPreview::pageImage(int page) const
{
    return m_pages.value(page).image;
}

bool QbrPreview::isPageCurrent(int page) const
{
    const auto it = m_pages.constFind(page);
    return it != m_pages.cend() && it->generation == m_generation && !it->image.isNull();
}

int QbrPreview::currentPagesPainted() const
{
    int n = 0;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        if (it->generation == m_generation && it.key() < pageCount())
            ++n;
    }
    return n;
}

bool QbrPreview::isBusy() const
{
    return m_watcher.isRunning();
}

int QbrPreview::currentPage() const
{
    if (pageCount() == 0)
        return -1;
    // The page with the most of it in view (the upper one of equals).
    const int top = m_scroll->verticalScrollBar()->value();
    const int bottom = top + m_scroll->viewport()->height();
    const int pitch = m_strip->pitch();
    int best = std::clamp(top / pitch, 0, pageCount() - 1);
    int bestShown = -1;
    for (int page = best; page < pageCount() && page * pitch < bottom; ++page) {
        const QRect r = m_strip->pageRect(page);
        const int shown = std::min(r.bottom(), bottom) - std::max(r.top(), top);
        if (shown > bestShown) {
            best = page;
            bestShown = shown;
        }
    }
    return best;
}

int QbrPreview::imageWidth() const
{
    return std::max(1, int(std::lround(m_strip->pageWidth() * devicePixelRatioF())));
}

QList<int> QbrPreview::wantedPages() const
{
    const int top = m_scroll->verticalScrollBar()->value();
    const int bottom = top + m_scroll->viewport()->height();
    const int pitch = m_strip->pitch();
    const int first = std::max(0, top / pitch);
    int last = bottom / pitch + 1; // and the next one, ready when scrolled to
    last = std::min(last, (m_renderer ? pageCount() : maxPages) - 1);
    QList<int> pages;
    for (int i = first; i <= last; ++i)
        pages.append(i);
    return pages;
}

void QbrPreview::schedule()
{
    if (!m_hasDeck || m_watcher.isRunning())
        return; // onFinished() looks again
    const int width = imageWidth();
    QList<int> pages;
    for (const int page : wantedPages()) {
        const auto it = m_pages.constFind(page);
        if (it == m_pages.cend() || it->generation != m_generation || it->image.width() != width)
            pages.append(page);
    }
    if (m_renderer && pages.isEmpty()) {
        m_busy->hide();
        return;
    }
    Job job;
    job.generation = m_generation;
    job.renderer = m_renderer;
    if (!m_renderer) {
        job.document = m_document;
        job.data = m_data;
        job.options = m_options;
    }
    job.pages = pages;
    job.width = width;
    m_busy->show();
    m_watcher.setFuture(QtConcurrent::run([job, latest = &m_latest] { return run(job, latest); }));
}

QbrPreview::Result QbrPreview::run(const Job &job, const std::atomic<quint64> *latest)
{
    Result result;
    result.generation = job.generation;
    result.width = job.width;
    if (latest->load() != job.generation)
        return result; // a newer deck already: nothing to do
    std::shared_ptr<const QbrRenderer> renderer = job.renderer;
    if (!renderer)
        renderer = std::make_shared<const QbrRenderer>(job.document, job.data, job.options);
    result.renderer = renderer;
    const int count = renderer->pageCount();
    for (int i = 0; i < count; ++i) {
        result.titles.append(renderer->pageTitle(i));
        result.sections.append(renderer->pageSection(i).value_or(QbrSection::Cover));
    }
    for (const int page : job.pages) {
        if (page >= count)
            break;
        if (latest->load() != job.generation)
            break; // stale: stop painting, the newer deck goes next
        result.images.insert(page, renderer->renderPage(page, job.width));
    }
    return result;
}

void QbrPreview::onFinished()
{
    const Result result = m_watcher.result();
    const bool current = result.generation == m_generation && m_hasDeck;
    if (current && result.renderer) {
        const bool layoutChanged
            = !m_renderer || result.titles != m_pageTitles || result.sections != m_pageSections;
        m_renderer = result.renderer;
        m_pageTitles = result.titles;
        m_pageSections = result.sections;
        // Pages past the end belong to a longer, earlier deck.
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            if (it.key() >= pageCount())
                it = m_pages.erase(it);
            else
                ++it;
        }
        if (layoutChanged)
            relayout();
        followSelected();
    }
    if (m_hasDeck) {
        for (auto it = result.images.cbegin(); it != result.images.cend(); ++it) {
            if (it->isNull() || (m_renderer && it.key() >= pageCount()))
                continue;
            Page &page = m_pages[it.key()];
            // A stale image still beats a blank page or an older one.
            if (page.image.isNull() || result.generation >= page.generation)
                page = { *it, result.generation };
        }
    }
    m_strip->update();
    updateCaption();
    schedule();
    if (!m_watcher.isRunning())
        m_busy->hide();
    if (current)
        Q_EMIT updated();
}

void QbrPreview::relayout()
{
    const int width = m_scroll->viewport()->width();
    m_strip->setFixedSize(width, m_strip->heightFor(pageCount()));
    m_strip->update();
}

void QbrPreview::scrollToPage(int page)
{
    m_scroll->verticalScrollBar()->setValue(std::max(0, page * m_strip->pitch()));
    updateCaption();
}

void QbrPreview::updateCaption()
{
    QString text;
    if (!m_hasDeck)
        text = tr("Preview");
    else if (pageCount() == 0)
        text = m_renderer ? tr("Every section is turned off: the deck has no pages.") : tr("Preview");
    else
        text
            = tr("Page %1 of %2").arg(QLocale().toString(currentPage() + 1), QLocale().toString(pageCount()));
    if (m_sectionOff)
        text += u"  ·  "_s + tr("this section is not in the deck");
    m_caption->setText(text);
    fitHeader();
}

bool QbrPreview::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && pageCount() > 0) {
            Q_EMIT pageDoubleClicked(currentPage());
            return true;
        }
    }
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize) {
        // Keep the same page at the top across the new page height.
        const int page = currentPage();
        relayout();
        if (page > 0)
            scrollToPage(page);
        schedule();
    }
    return QWidget::eventFilter(watched, event);
}
