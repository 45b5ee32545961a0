#pragma once

#include "qbr/QbrData.h"
#include "qbr/QbrDocument.h"
#include "qbr/QbrRenderer.h"

#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QList>
#include <QWidget>
#include <atomic>
#include <memory>
#include <optional>

class QHBoxLayout;
class QLabel;
class QProgressBar;
class QScrollArea;
class QbrPageStrip;

// The QBR builder's live preview: the deck's pages one under the other, as wide as the
// pane. Laying out the deck and painting its pages happen on a worker thread, only for
// the pages in view (and the next one), so the GUI never waits for them; a newer deck
// makes the worker drop what it was painting, and stale pages stay on screen until their
// fresh image arrives. The caller debounces edits (setDeck() starts at once).
class QbrPreview : public QWidget
{
    Q_OBJECT
public:
    explicit QbrPreview(QWidget *parent = nullptr);
    // Waits for the page being painted (one page, tens of milliseconds).
    ~QbrPreview() override;

    // A new deck to show; starts laying it out at once.
    void setDeck(const QbrDocument &document, const QbrData &figures, const QbrRenderer::Options &options);
    // Nothing to show (no account).
    void clear();

    // Brings the first page of `section` into view, now or once the deck is laid out, and
    // again when a later layout moves it; says so when the section is not in the deck.
    void showSection(QbrSection section);

    // The laid-out deck (of the last finished layout).
    int pageCount() const { return int(m_pageSections.size()); }
    QString pageTitle(int page) const { return m_pageTitles.value(page); }
    int firstPageOf(QbrSection section) const;
    // The freshest image of a page (null until painted), and whether it shows the
    // current deck rather than an earlier one.
    QImage pageImage(int page) const;
    bool isPageCurrent(int page) const;
    // The pages painted for the current deck so far.
    int currentPagesPainted() const;
    bool isBusy() const;
    // The topmost page in view.
    int currentPage() const;
    QScrollArea *scrollArea() const { return m_scroll; }
    // A widget (a button) at the right of the caption line.
    void addHeaderWidget(QWidget *widget);

Q_SIGNALS:
    // A layout or pages of the current deck arrived and are shown.
    void updated();
    // A page was double-clicked (or Enter pressed on the preview).
    void pageDoubleClicked(int page);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Job
    {
        quint64 generation = 0;
        std::shared_ptr<const QbrRenderer> renderer; // made on the worker when null
        QbrDocument document;
        QbrData data;
        QbrRenderer::Options options;
        QList<int> pages;
        int width = 0;
    };
    struct Result
    {
        quint64 generation = 0;
        std::shared_ptr<const QbrRenderer> renderer;
        QList<QString> titles;
        QList<QbrSection> sections;
        QHash<int, QImage> images;
        int width = 0;
    };
    struct Page
    {
        QImage image;
        quint64 generation = 0;
    };

    static Result run(const Job &job, const std::atomic<quint64> *latest);
    void schedule();
    void onFinished();
    // The pages at least partly in view, plus the next one.
    QList<int> wantedPages() const;
    int imageWidth() const;
    void relayout();
    void scrollToPage(int page);
    // After a layout of the current deck: the selected section's page, in view if it moved.
    void followSelected();
    void updateCaption();
    void fitHeader();

    QLabel *m_caption;
    QHBoxLayout *m_header;
    QList<QWidget *> m_headerWidgets;
    QProgressBar *m_busy;
    QScrollArea *m_scroll;
    QbrPageStrip *m_strip;
    QFutureWatcher<Result> m_watcher;
    std::atomic<quint64> m_latest { 0 }; // the generation the worker should still paint
    quint64 m_generation = 0;
    bool m_hasDeck = false;
    QbrDocument m_document;
    QbrData m_data;
    QbrRenderer::Options m_options;
    std::shared_ptr<const QbrRenderer> m_renderer; // the current deck's, once laid out
    QList<QString> m_pageTitles;
    QList<QbrSection> m_pageSections;
    QHash<int, Page> m_pages;
    // The section the editor shows: its first page is brought into view when it is
    // selected, and again whenever a new layout moves it.
    std::optional<QbrSection> m_selected;
    int m_selectedPage = -1;
    bool m_scrollToSelected = false;
    bool m_sectionOff = false;

    friend class QbrPageStrip;
};
