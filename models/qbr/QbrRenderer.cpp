#include "QbrRenderer.h"

#include "QbrChartPainter.h"
#include "account/CrmFormat.h"
#include "health/HealthScorecard.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QHash>
#include <QImageReader>
#include <QPageLayout>
#include <QPageSize>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRawFont>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSvgGenerator>
#include <QSvgRenderer>
#include <QTextLayout>
#include <QTranslator>
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// A page is 960 x 540 units: 13.333 x 7.5 in at 72 units per inch, a 16:9 slide.
constexpr double PageWidth = 960;
constexpr double PageHeight = 540;
constexpr double MarginX = 44;
constexpr double ContentWidth = PageWidth - 2 * MarginX;
constexpr double BandHeight = 62;
constexpr double ContentTop = 88;
constexpr double ContentBottom = 494;
constexpr double FooterTop = 506;
constexpr double BlockGap = 16;
constexpr double ColumnGap = 32;
constexpr double TileHeight = 98;
constexpr double TileGap = 12;

using PaintFn = std::function<void(QPainter &, const QRectF &)>;

// ---------------------------------------------------------------------------------------
// Text: paragraphs laid out once, as lines of one height, that split across pages.

struct TextSpec
{
    int size = 13;
    QFont::Weight weight = QFont::Normal;
    bool italic = false;
    QColor color = QbrStyle::text();
    double lineFactor = 1.5;
};

class TextFlow
{
public:
    struct Paragraph
    {
        QString text;
        bool bullet = false;
        bool indent = false; // a bullet's text continued on the next page
    };

    TextFlow() = default;
    TextFlow(const QList<Paragraph> &paragraphs, const TextSpec &spec, double width)
        : m_paragraphs(paragraphs)
        , m_spec(spec)
        , m_width(width)
    {
        const QFont font = QbrStyle::font(spec.size, spec.weight, spec.italic);
        const QFontMetricsF metrics(font);
        m_lineHeight = std::round(spec.size * spec.lineFactor * 2) / 2;
        m_paragraphGap = std::round(spec.size * 0.55);
        m_ascent = metrics.ascent() + (m_lineHeight - metrics.height()) / 2;
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setUseDesignMetrics(true);
        for (qsizetype p = 0; p < m_paragraphs.size(); ++p) {
            const Paragraph &para = m_paragraphs.at(p);
            auto layout = std::make_shared<QTextLayout>(para.text, font);
            layout->setTextOption(option);
            layout->setCacheEnabled(true);
            const double lineWidth = std::max(10.0, width - (para.bullet || para.indent ? BulletIndent : 0));
            layout->beginLayout();
            int count = 0;
            for (;;) {
                QTextLine line = layout->createLine();
                if (!line.isValid())
                    break;
                line.setLineWidth(lineWidth);
                line.setPosition(QPointF(0, 0));
                m_lines.append({ int(p), count, count == 0 });
                ++count;
            }
            layout->endLayout();
            m_layouts.append(layout);
        }
    }

    bool isEmpty() const { return m_lines.isEmpty(); }
    int lineCount() const { return int(m_lines.size()); }
    double lineHeight() const { return m_lineHeight; }

    double height(int from, int to) const
    {
        double h = 0;
        for (int i = from; i < to; ++i)
            h += m_lineHeight + (i > from && m_lines.at(i).paragraphStart ? m_paragraphGap : 0);
        return h;
    }
    double height() const { return height(0, lineCount()); }

    // How many lines from `from` on fit in `room`.
    int linesFitting(int from, double room) const
    {
        int n = 0;
        double h = 0;
        for (int i = from; i < lineCount(); ++i) {
            h += m_lineHeight + (i > from && m_lines.at(i).paragraphStart ? m_paragraphGap : 0);
            if (h > room + 0.01)
                break;
            ++n;
        }
        return n;
    }

    void paint(QPainter &painter, const QPointF &topLeft, int from, int to) const
    {
        painter.save();
        painter.setPen(m_spec.color);
        double y = topLeft.y();
        for (int i = from; i < to; ++i) {
            const Line &l = m_lines.at(i);
            if (i > from && l.paragraphStart)
                y += m_paragraphGap;
            const Paragraph &para = m_paragraphs.at(l.paragraph);
            const double indent = para.bullet || para.indent ? BulletIndent : 0;
            if (para.bullet && l.line == 0) {
                painter.save();
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(QbrStyle::accent());
                const double r = std::max(2.0, m_spec.size * 0.18);
                painter.drawEllipse(QPointF(topLeft.x() + 5, y + m_lineHeight / 2), r, r);
                painter.restore();
            }
            const QTextLine line = m_layouts.at(l.paragraph)->lineAt(l.line);
            line.draw(&painter, QPointF(topLeft.x() + indent, y + m_ascent - line.ascent()));
            y += m_lineHeight;
        }
        painter.restore();
    }

    // The text from line `from` on, to lay out again at another width.
    QList<Paragraph> remainder(int from) const
    {
        QList<Paragraph> rest;
        if (from >= lineCount())
            return rest;
        const Line &first = m_lines.at(from);
        const Paragraph &para = m_paragraphs.at(first.paragraph);
        const int start = m_layouts.at(first.paragraph)->lineAt(first.line).textStart();
        rest.append({ para.text.mid(start), first.line == 0 && para.bullet,
                      para.indent || (para.bullet && first.line > 0) });
        for (qsizetype p = first.paragraph + 1; p < m_paragraphs.size(); ++p)
            rest.append(m_paragraphs.at(p));
        return rest;
    }

    const TextSpec &spec() const { return m_spec; }

private:
    static constexpr double BulletIndent = 16;
    struct Line
    {
        int paragraph = 0;
        int line = 0;
        bool paragraphStart = false;
    };
    QList<Paragraph> m_paragraphs;
    QList<std::shared_ptr<QTextLayout>> m_layouts;
    QList<Line> m_lines;
    TextSpec m_spec;
    double m_width = 0;
    double m_lineHeight = 18;
    double m_paragraphGap = 8;
    double m_ascent = 12;
};

// The CSM's narrative as paragraphs: blank lines separate paragraphs, lines starting with
// "- ", "* " or "• " are bullets, other line breaks are kept.
QList<TextFlow::Paragraph> paragraphsOf(const QString &text)
{
    QList<TextFlow::Paragraph> out;
    QString clean = text;
    clean.remove(u'\r');
    static const QRegularExpression blank(u"\\n[ \\t]*\\n"_s);
    const QStringList blocks = clean.split(blank, Qt::SkipEmptyParts);
    for (const QString &block : blocks) {
        QStringList plain;
        const auto flush = [&] {
            if (!plain.isEmpty())
                out.append({ plain.join(QChar::LineSeparator), false, false });
            plain.clear();
        };
        for (const QString &raw : block.split(u'\n')) {
            const QString line = raw.trimmed();
            if (line.startsWith("- "_L1) || line.startsWith("* "_L1) || line.startsWith(u"\u2022 "_s)) {
                flush();
                out.append({ line.mid(2).trimmed(), true, false });
            } else if (!line.isEmpty()) {
                plain.append(line);
            }
        }
        flush();
    }
    return out;
}

// ---------------------------------------------------------------------------------------
// Content blocks: what a section shows, painted on the PDF pages and written as HTML.

struct Tile
{
    QString label;
    QString value;
    QString caption;
    QColor color; // the stripe, and the value when valueColored
    bool valueColored = false;
    std::optional<int> arrow; // +1 up, -1 down, 0 flat

    static Tile make(const QString &label, const QString &value, const QString &caption, const QColor &color)
    {
        Tile t;
        t.label = label;
        t.value = value;
        t.caption = caption;
        t.color = color;
        return t;
    }
};

struct Cell
{
    enum class Kind
    {
        Text,
        Progress, // value 0..100
        Pill, // text on a light `color`
        Change, // arrow then text
    };
    Kind kind = Kind::Text;
    QString text;
    QColor color;
    int value = 0;
    int arrow = 0;
    bool bold = false;

    static Cell plain(const QString &text, const QColor &color = QColor(), bool bold = false)
    {
        Cell c;
        c.text = text;
        c.color = color;
        c.bold = bold;
        return c;
    }
    static Cell strong(const QString &text) { return plain(text, QColor(), true); }
};

struct Column
{
    QString header;
    double weight = 1;
    bool right = false;
};

struct Table
{
    QList<Column> columns;
    QList<QList<Cell>> rows;
};

struct Block
{
    enum class Kind
    {
        Narrative,
        Subheading,
        Note, // a plain sentence in a panel: "No usage was recorded..."
        Tiles,
        Figure, // a chart or any painted figure, with an optional title above
        Table,
        Row, // children side by side (figures, tiles, notes)
        Side, // narrative on the left, children stacked on the right
    };
    Kind kind = Kind::Narrative;
    QString text;
    QList<Tile> tiles;
    int columns = 3;
    double height = 0; // a figure's height, title excluded
    PaintFn paint;
    Table table;
    QList<Block> children;
    QList<double> weights; // Row: the children's shares of the width (default equal)
    double leftShare = 0.42; // Side: the narrative's share of the width

    static Block narrative(const QString &text)
    {
        Block b;
        b.kind = Kind::Narrative;
        b.text = text;
        return b;
    }
    static Block subheading(const QString &text)
    {
        Block b;
        b.kind = Kind::Subheading;
        b.text = text;
        return b;
    }
    static Block note(const QString &text)
    {
        Block b;
        b.kind = Kind::Note;
        b.text = text;
        return b;
    }
    static Block tileGrid(const QList<Tile> &tiles, int columns)
    {
        Block b;
        b.kind = Kind::Tiles;
        b.tiles = tiles;
        b.columns = columns;
        return b;
    }
    static Block figure(const QString &title, double height, PaintFn paint)
    {
        Block b;
        b.kind = Kind::Figure;
        b.text = title;
        b.height = height;
        b.paint = std::move(paint);
        return b;
    }
    static Block tableOf(const Table &table)
    {
        Block b;
        b.kind = Kind::Table;
        b.table = table;
        return b;
    }
    static Block row(const QList<Block> &children, const QList<double> &weights = {})
    {
        Block b;
        b.kind = Kind::Row;
        b.children = children;
        b.weights = weights;
        return b;
    }

    // Row: the width of each child, gaps between them taken out.
    QList<double> childWidths(double width) const
    {
        QList<double> widths;
        const qsizetype n = children.size();
        if (n == 0)
            return widths;
        double total = 0;
        for (qsizetype i = 0; i < n; ++i)
            total += weights.value(i, 1.0);
        const double space = width - double(n - 1) * ColumnGap;
        for (qsizetype i = 0; i < n; ++i)
            widths.append(space * weights.value(i, 1.0) / total);
        return widths;
    }
    static Block side(const QString &narrative, const QList<Block> &children, double leftShare = 0.42)
    {
        Block b;
        b.kind = Kind::Side;
        b.text = narrative;
        b.children = children;
        b.leftShare = leftShare;
        return b;
    }
};

const TextSpec NarrativeSpec { 13, QFont::Normal, false, QbrStyle::text(), 1.55 };
const TextSpec NoteSpec { 13, QFont::Normal, false, QbrStyle::muted(), 1.5 };
const TextSpec CellSpec { 11, QFont::Normal, false, QbrStyle::text(), 1.45 };
const TextSpec CellBoldSpec { 11, QFont::DemiBold, false, QbrStyle::text(), 1.45 };
const TextSpec HeaderSpec { 10, QFont::DemiBold, false, QbrStyle::muted(), 1.4 };
constexpr double SubheadingHeight = 24;
constexpr double FigureTitleHeight = 22;
constexpr double NotePadding = 14;
constexpr double CellPadX = 8;
constexpr double CellPadY = 6;

QColor lighter(const QColor &c, int alpha)
{
    QColor l = c;
    l.setAlpha(alpha);
    return l;
}

void paintTile(QPainter &painter, const QRectF &r, const Tile &tile)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath bg;
    bg.addRoundedRect(r, 6, 6);
    painter.fillPath(bg, QbrStyle::panel());
    const QColor stripe = tile.color.isValid() ? tile.color : QbrStyle::accent();
    painter.fillRect(QRectF(r.left(), r.top() + 12, 4, r.height() - 24), stripe);
    const double x = r.left() + 18;
    const double w = r.width() - 28;

    const QFont labelFont = QbrStyle::font(11, QFont::DemiBold);
    painter.setFont(labelFont);
    painter.setPen(QbrStyle::muted());
    painter.drawText(QRectF(x, r.top() + 10, w, 16), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                     QFontMetricsF(labelFont).elidedText(tile.label, Qt::ElideRight, w));

    int size = 26;
    QFont valueFont = QbrStyle::font(size, QFont::Bold);
    while (size > 13 && QFontMetricsF(valueFont).horizontalAdvance(tile.value) > w) {
        --size;
        valueFont = QbrStyle::font(size, QFont::Bold);
    }
    painter.setFont(valueFont);
    painter.setPen(tile.valueColored && tile.color.isValid() ? tile.color : QbrStyle::text());
    painter.drawText(QRectF(x, r.top() + 28, w, 34), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                     QFontMetricsF(valueFont).elidedText(tile.value, Qt::ElideRight, w));

    if (!tile.caption.isEmpty()) {
        double cx = x;
        if (tile.arrow) {
            const QColor c = *tile.arrow > 0 ? QbrStyle::success()
                : *tile.arrow < 0            ? QbrStyle::danger()
                                             : QbrStyle::muted();
            QbrChartPainter::paintArrow(painter, QRectF(cx, r.top() + 68, 10, 10), *tile.arrow, c);
            cx += 14;
        }
        painter.setFont(QbrStyle::font(10));
        painter.setPen(QbrStyle::muted());
        painter.drawText(QRectF(cx, r.top() + 64, x + w - cx, r.bottom() - r.top() - 68),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, tile.caption);
    }
    painter.restore();
}

double tilesHeight(const Block &b)
{
    const int columns = std::max(1, b.columns);
    const int rows = int((b.tiles.size() + columns - 1) / columns);
    return rows * TileHeight + std::max(0, rows - 1) * TileGap;
}

void paintTiles(QPainter &painter, const QRectF &r, const Block &b)
{
    const int columns = std::max(1, b.columns);
    const double w = (r.width() - (columns - 1) * TileGap) / columns;
    for (qsizetype i = 0; i < b.tiles.size(); ++i) {
        const int row = int(i / columns);
        const int col = int(i % columns);
        paintTile(
            painter,
            QRectF(r.left() + col * (w + TileGap), r.top() + row * (TileHeight + TileGap), w, TileHeight),
            b.tiles.at(i));
    }
}

TextFlow noteFlow(const QString &text, double width)
{
    return TextFlow({ { text, false, false } }, NoteSpec, width - 2 * NotePadding);
}

void paintNote(QPainter &painter, const QRectF &r, const TextFlow &flow)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath bg;
    bg.addRoundedRect(r, 6, 6);
    painter.fillPath(bg, QbrStyle::panel());
    painter.restore();
    flow.paint(painter, QPointF(r.left() + NotePadding, r.top() + NotePadding), 0, flow.lineCount());
}

void paintSubheading(QPainter &painter, const QRectF &r, const QString &text)
{
    painter.save();
    const QFont font = QbrStyle::font(14, QFont::Bold);
    painter.setFont(font);
    painter.setPen(QbrStyle::navy());
    painter.drawText(QRectF(r.left(), r.top(), r.width(), 20),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                     QFontMetricsF(font).elidedText(text, Qt::ElideRight, r.width()));
    painter.restore();
}

// A table laid out at a width: each row's cells as text flows.
class TableLayout
{
public:
    TableLayout(const Table &table, double width)
        : m_table(table)
    {
        double total = 0;
        for (const Column &c : table.columns)
            total += c.weight;
        double x = 0;
        for (const Column &c : table.columns) {
            const double w = total > 0 ? width * c.weight / total : 0;
            m_x.append(x);
            m_w.append(w);
            m_header.append(TextFlow({ { c.header, false, false } }, HeaderSpec, w - 2 * CellPadX));
            x += w;
        }
        m_headerHeight = 0;
        for (const TextFlow &f : std::as_const(m_header))
            m_headerHeight = std::max(m_headerHeight, f.height() + 2 * CellPadY);
        for (const QList<Cell> &row : table.rows) {
            QList<TextFlow> flows;
            double h = lineHeight();
            for (qsizetype c = 0; c < row.size() && c < m_w.size(); ++c) {
                const Cell &cell = row.at(c);
                if (cell.kind == Cell::Kind::Text) {
                    TextSpec spec = cell.bold ? CellBoldSpec : CellSpec;
                    if (cell.color.isValid())
                        spec.color = cell.color;
                    flows.append(TextFlow(paragraphsOfCell(cell.text), spec, m_w.at(c) - 2 * CellPadX));
                    h = std::max(h, flows.last().height());
                } else {
                    flows.append(TextFlow());
                }
            }
            m_rows.append(flows);
            m_heights.append(h + 2 * CellPadY);
        }
    }

    double headerHeight() const { return m_headerHeight; }
    int rowCount() const { return int(m_heights.size()); }
    double rowHeight(int row) const { return m_heights.at(row); }
    static double lineHeight() { return std::round(CellSpec.size * CellSpec.lineFactor * 2) / 2; }

    void paintHeader(QPainter &painter, const QPointF &at) const
    {
        painter.save();
        for (qsizetype c = 0; c < m_header.size(); ++c) {
            const TextFlow &f = m_header.at(c);
            const double x = at.x() + m_x.at(c) + CellPadX;
            if (m_table.columns.at(c).right && f.lineCount() == 1) {
                painter.setFont(QbrStyle::font(HeaderSpec.size, HeaderSpec.weight));
                painter.setPen(HeaderSpec.color);
                painter.drawText(QRectF(x, at.y() + CellPadY, m_w.at(c) - 2 * CellPadX, f.lineHeight()),
                                 Qt::AlignRight | Qt::AlignVCenter | Qt::TextDontClip,
                                 m_table.columns.at(c).header);
            } else {
                f.paint(painter, QPointF(x, at.y() + CellPadY), 0, f.lineCount());
            }
        }
        painter.setPen(QPen(QbrStyle::navy(), 1.2));
        const double y = at.y() + m_headerHeight;
        painter.drawLine(QPointF(at.x(), y), QPointF(at.x() + m_x.last() + m_w.last(), y));
        painter.restore();
    }

    // The slice [offset, offset + height) of a row, drawn at `at`.
    void paintRow(QPainter &painter, const QPointF &at, int row, double offset, double height) const
    {
        painter.save();
        const double width = m_x.last() + m_w.last();
        // Only the lines of this slice are drawn: clipped text would still be in the PDF.
        const bool first = offset < 0.5;
        const int lineFrom = first ? 0 : int(std::lround((offset - CellPadY) / lineHeight()));
        const int lineTo = int(std::floor((offset + height - CellPadY) / lineHeight() + 0.01));
        const double top = first ? at.y() : at.y() - CellPadY;
        const QList<Cell> &cells = m_table.rows.at(row);
        for (qsizetype c = 0; c < cells.size() && c < m_w.size(); ++c) {
            const Cell &cell = cells.at(c);
            if (!first && cell.kind != Cell::Kind::Text)
                continue;
            const QRectF box(at.x() + m_x.at(c) + CellPadX, top + CellPadY, m_w.at(c) - 2 * CellPadX,
                             lineHeight());
            switch (cell.kind) {
            case Cell::Kind::Text: {
                const TextFlow &f = m_rows.at(row).at(c);
                if (!first || lineTo < f.lineCount()) {
                    const int from = std::min(lineFrom, f.lineCount());
                    const int to = std::min(lineTo, f.lineCount());
                    if (from < to)
                        f.paint(painter, box.topLeft(), from, to);
                } else if (m_table.columns.at(c).right && f.lineCount() == 1) {
                    painter.setFont(QbrStyle::font(f.spec().size, f.spec().weight));
                    painter.setPen(f.spec().color);
                    painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter | Qt::TextDontClip, cell.text);
                } else {
                    f.paint(painter, box.topLeft(), 0, f.lineCount());
                }
                break;
            }
            case Cell::Kind::Progress: {
                painter.setRenderHint(QPainter::Antialiasing);
                const double textW = 40;
                const QRectF track(box.left(), box.center().y() - 4, std::max(10.0, box.width() - textW - 8),
                                   8);
                QPainterPath t;
                t.addRoundedRect(track, 4, 4);
                painter.fillPath(t, QbrStyle::border());
                const int v = std::clamp(cell.value, 0, 100);
                if (v > 0) {
                    QPainterPath fill;
                    fill.addRoundedRect(
                        QRectF(track.left(), track.top(), std::max(8.0, track.width() * v / 100.0), 8), 4, 4);
                    painter.fillPath(fill, cell.color.isValid() ? cell.color : QbrStyle::accent());
                }
                painter.setFont(QbrStyle::font(11, QFont::DemiBold));
                painter.setPen(QbrStyle::text());
                painter.drawText(QRectF(track.right() + 8, box.top(), textW, box.height()),
                                 Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, cell.text);
                break;
            }
            case Cell::Kind::Pill: {
                painter.setRenderHint(QPainter::Antialiasing);
                const QFont font = QbrStyle::font(10, QFont::DemiBold);
                const double w = std::min(box.width(), QFontMetricsF(font).horizontalAdvance(cell.text) + 16);
                QPainterPath pill;
                const QRectF pr(box.left(), box.center().y() - 9, w, 18);
                pill.addRoundedRect(pr, 9, 9);
                painter.fillPath(pill, lighter(cell.color, 38));
                painter.setFont(font);
                painter.setPen(cell.color.darker(115));
                painter.drawText(pr, Qt::AlignCenter | Qt::TextDontClip,
                                 QFontMetricsF(font).elidedText(cell.text, Qt::ElideRight, w - 10));
                break;
            }
            case Cell::Kind::Change: {
                const QColor tone = cell.color.isValid() ? cell.color : QbrStyle::text();
                double x = box.left();
                const QFont font = QbrStyle::font(11, QFont::DemiBold);
                const double textW = QFontMetricsF(font).horizontalAdvance(cell.text);
                if (m_table.columns.at(c).right)
                    x = box.right() - textW - 14;
                QbrChartPainter::paintArrow(painter, QRectF(x, box.center().y() - 5, 10, 10), cell.arrow,
                                            tone);
                painter.setFont(font);
                painter.setPen(tone);
                painter.drawText(QRectF(x + 14, box.top(), textW + 2, box.height()),
                                 Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, cell.text);
                break;
            }
            }
        }
        if (offset + height >= m_heights.at(row) - 0.5) {
            painter.setPen(QPen(QbrStyle::border(), 0.8));
            const double y = at.y() + height;
            painter.drawLine(QPointF(at.x(), y), QPointF(at.x() + width, y));
        }
        painter.restore();
    }

private:
    static QList<TextFlow::Paragraph> paragraphsOfCell(const QString &text)
    {
        QString clean = text;
        clean.remove(u'\r');
        clean.replace(u'\n', QChar::LineSeparator);
        return { { clean, false, false } };
    }

    Table m_table;
    QList<double> m_x;
    QList<double> m_w;
    QList<TextFlow> m_header;
    double m_headerHeight = 0;
    QList<QList<TextFlow>> m_rows;
    QList<double> m_heights;
};

// Heights of the blocks that never split.
double fixedHeight(const Block &b, double width)
{
    switch (b.kind) {
    case Block::Kind::Subheading:
        return SubheadingHeight;
    case Block::Kind::Note:
        return noteFlow(b.text, width).height() + 2 * NotePadding;
    case Block::Kind::Tiles:
        return tilesHeight(b);
    case Block::Kind::Figure:
        return b.height + (b.text.isEmpty() ? 0 : FigureTitleHeight);
    case Block::Kind::Row: {
        double h = 0;
        const QList<double> widths = b.childWidths(width);
        for (qsizetype i = 0; i < b.children.size(); ++i)
            h = std::max(h, fixedHeight(b.children.at(i), widths.at(i)));
        return h;
    }
    case Block::Kind::Side: {
        double h = 0;
        for (const Block &c : b.children)
            h += fixedHeight(c, width) + (h > 0 ? BlockGap : 0);
        return h;
    }
    case Block::Kind::Narrative:
    case Block::Kind::Table:
        break;
    }
    return 0;
}

void paintFixed(QPainter &painter, const QRectF &r, const Block &b)
{
    switch (b.kind) {
    case Block::Kind::Subheading:
        paintSubheading(painter, r, b.text);
        break;
    case Block::Kind::Note:
        paintNote(painter, r, noteFlow(b.text, r.width()));
        break;
    case Block::Kind::Tiles:
        paintTiles(painter, r, b);
        break;
    case Block::Kind::Figure: {
        QRectF area = r;
        if (!b.text.isEmpty()) {
            painter.save();
            const QFont font = QbrStyle::font(12, QFont::Bold);
            painter.setFont(font);
            painter.setPen(QbrStyle::text());
            painter.drawText(QRectF(r.left(), r.top(), r.width(), 16),
                             Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                             QFontMetricsF(font).elidedText(b.text, Qt::ElideRight, r.width()));
            painter.restore();
            area.setTop(r.top() + FigureTitleHeight);
        }
        area.setHeight(b.height);
        if (b.paint) {
            painter.save();
            b.paint(painter, area);
            painter.restore();
        }
        break;
    }
    case Block::Kind::Row: {
        const QList<double> widths = b.childWidths(r.width());
        double x = r.left();
        for (qsizetype i = 0; i < b.children.size(); ++i) {
            const double w = widths.at(i);
            paintFixed(painter, QRectF(x, r.top(), w, fixedHeight(b.children.at(i), w)), b.children.at(i));
            x += w + ColumnGap;
        }
        break;
    }
    case Block::Kind::Side: {
        double y = r.top();
        for (const Block &c : b.children) {
            const double h = fixedHeight(c, r.width());
            paintFixed(painter, QRectF(r.left(), y, r.width(), h), c);
            y += h + BlockGap;
        }
        break;
    }
    case Block::Kind::Narrative:
    case Block::Kind::Table:
        break;
    }
}

// ---------------------------------------------------------------------------------------
// Pages.

struct Page
{
    QbrSection section = QbrSection::Cover;
    QString title;
    bool cover = false;
    bool continued = false;
    QList<std::function<void(QPainter &)>> items;
};

// Places a section's blocks top to bottom, starting a new page when one is full.
class PageFlow
{
public:
    PageFlow(QList<Page> &pages, QbrSection section, const QString &title)
        : m_pages(pages)
        , m_section(section)
        , m_title(title)
    {
        newPage();
    }

    void add(const QList<Block> &blocks)
    {
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const Block &b = blocks.at(i);
            if (b.kind == Block::Kind::Subheading && i + 1 < blocks.size()) {
                // Keep a heading with the start of what it heads.
                const double next = minimumHeight(blocks.at(i + 1));
                if (!atTop() && room() < SubheadingHeight + next)
                    newPage();
            }
            add(b);
        }
    }

private:
    void newPage()
    {
        Page page;
        page.section = m_section;
        page.title = m_title;
        page.continued = m_started;
        m_pages.append(page);
        m_started = true;
        m_y = ContentTop;
    }
    Page &page() { return m_pages.last(); }
    double room() const { return ContentBottom - m_y; }
    bool atTop() const { return m_y <= ContentTop + 0.5; }

    double minimumHeight(const Block &b) const
    {
        switch (b.kind) {
        case Block::Kind::Narrative:
            return NarrativeSpec.size * NarrativeSpec.lineFactor * 2;
        case Block::Kind::Table: {
            TableLayout t(b.table, ContentWidth);
            return t.headerHeight() + (t.rowCount() > 0 ? std::min(t.rowHeight(0), 120.0) : 0);
        }
        default:
            return std::min(fixedHeight(b, ContentWidth), ContentBottom - ContentTop);
        }
    }

    void place(double height, PaintFn paint, double x = MarginX, double width = ContentWidth)
    {
        if (!atTop() && height > room())
            newPage();
        const QRectF r(x, m_y, width, height);
        page().items.append([paint = std::move(paint), r](QPainter &p) { paint(p, r); });
        m_y += height + BlockGap;
    }

    void add(const Block &b)
    {
        switch (b.kind) {
        case Block::Kind::Narrative:
            addText(TextFlow(paragraphsOf(b.text), NarrativeSpec, ContentWidth));
            break;
        case Block::Kind::Table:
            addTable(b.table);
            break;
        case Block::Kind::Side:
            addSide(b);
            break;
        default: {
            const double h = std::min(fixedHeight(b, ContentWidth), ContentBottom - ContentTop);
            place(h, [b](QPainter &p, const QRectF &r) { paintFixed(p, r, b); });
            if (b.kind == Block::Kind::Subheading)
                m_y -= BlockGap - 6; // a heading sits close to what it heads
            break;
        }
        }
    }

public:
    void addText(const TextFlow &flow)
    {
        if (flow.isEmpty())
            return;
        int from = 0;
        while (from < flow.lineCount()) {
            int n = flow.linesFitting(from, room());
            if (n == 0) {
                if (!atTop()) {
                    newPage();
                    continue;
                }
                n = 1;
            }
            // No single line left alone at the bottom of a page when more follow.
            if (n == 1 && from + 1 < flow.lineCount() && !atTop()) {
                newPage();
                continue;
            }
            const int to = from + n;
            const double h = flow.height(from, to);
            const QPointF at(MarginX, m_y);
            page().items.append([flow, at, from, to](QPainter &p) { flow.paint(p, at, from, to); });
            m_y += h + BlockGap;
            from = to;
            if (from < flow.lineCount())
                newPage();
        }
    }

private:
    void addTable(const Table &table)
    {
        auto layout = std::make_shared<TableLayout>(table, ContentWidth);
        const double header = layout->headerHeight();
        const auto startPart = [&] {
            const QPointF at(MarginX, m_y);
            page().items.append([layout, at](QPainter &p) { layout->paintHeader(p, at); });
            m_y += header;
        };
        const double firstRow = layout->rowCount() > 0 ? std::min(layout->rowHeight(0), 120.0) : 0;
        if (!atTop() && room() < header + firstRow)
            newPage();
        startPart();
        for (int r = 0; r < layout->rowCount(); ++r) {
            const double h = layout->rowHeight(r);
            if (h <= room()) {
                const QPointF at(MarginX, m_y);
                page().items.append([layout, at, r, h](QPainter &p) { layout->paintRow(p, at, r, 0, h); });
                m_y += h;
                continue;
            }
            const double fullPage = ContentBottom - ContentTop - header;
            if (h <= fullPage) {
                newPage();
                startPart();
                --r; // place it again on the new page
                continue;
            }
            // A row taller than a page: cut it between lines.
            double offset = 0;
            while (offset < h - 0.5) {
                double slice = h - offset;
                if (slice > room()) {
                    const double lines
                        = std::floor((room() - (offset == 0 ? CellPadY : 0)) / layout->lineHeight());
                    slice = std::max(1.0, lines) * layout->lineHeight() + (offset == 0 ? CellPadY : 0);
                }
                const QPointF at(MarginX, m_y);
                page().items.append([layout, at, r, offset, slice](QPainter &p) {
                    layout->paintRow(p, at, r, offset, slice);
                });
                m_y += slice;
                offset += slice;
                if (offset < h - 0.5) {
                    newPage();
                    startPart();
                }
            }
        }
        m_y += BlockGap;
    }

    void addSide(const Block &b)
    {
        if (b.text.trimmed().isEmpty()) {
            for (const Block &c : b.children)
                add(c);
            return;
        }
        const double leftWidth = std::round(ContentWidth * b.leftShare - ColumnGap / 2);
        const double rightWidth = ContentWidth - leftWidth - ColumnGap;
        const double rightHeight = std::min(fixedHeight(b, rightWidth), ContentBottom - ContentTop);
        if (!atTop() && room() < rightHeight)
            newPage();
        const double top = m_y;
        const QRectF right(MarginX + leftWidth + ColumnGap, top, rightWidth, rightHeight);
        page().items.append([b, right](QPainter &p) { paintFixed(p, right, b); });

        const TextFlow flow(paragraphsOf(b.text), NarrativeSpec, leftWidth);
        const int n = std::max(flow.lineCount() > 0 ? 1 : 0, flow.linesFitting(0, room()));
        const QPointF at(MarginX, top);
        page().items.append([flow, at, n](QPainter &p) { flow.paint(p, at, 0, n); });
        m_y = top + std::max(rightHeight, flow.height(0, n)) + BlockGap;
        if (n < flow.lineCount()) {
            newPage();
            addText(TextFlow(flow.remainder(n), NarrativeSpec, ContentWidth));
        }
    }

    QList<Page> &m_pages;
    QbrSection m_section;
    QString m_title;
    bool m_started = false;
    double m_y = ContentTop;
};

// ---------------------------------------------------------------------------------------
// The PDF's text. Qt writes each embedded font's ToUnicode map from the glyphs back to the
// lowest code point that the font draws with the same glyph. Noto Sans CJK SC draws many
// characters with one glyph: 长 and the radical ⻓ (U+2EE7), 户 and 戶, 辰 and the Kangxi
// radical ⾠, so copying "增长" out of the PDF gave "增⻓"; and the space copied out as
// a tab. The maps are plain text: knowing every character the deck drew, each code point
// the deck never drew is swapped, in place (same length: no offset moves), for the drawn
// character that the font draws with the same glyph.

// Collects the text painted on it, and nothing else.
class TextRecorder : public QPaintDevice
{
public:
    TextRecorder()
        : m_engine(this)
    { }
    QPaintEngine *paintEngine() const override { return const_cast<Engine *>(&m_engine); }
    QString text;

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return int(PageWidth);
        case PdmHeight:
            return int(PageHeight);
        case PdmWidthMM:
            return 339;
        case PdmHeightMM:
            return 191;
        case PdmNumColors:
            return std::numeric_limits<int>::max();
        case PdmDepth:
            return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 72;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        }
        return 0;
    }

private:
    class Engine : public QPaintEngine
    {
    public:
        explicit Engine(TextRecorder *device)
            : QPaintEngine(QPaintEngine::AllFeatures)
            , m_device(device)
        { }
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &) override { }
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
        void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override { }
        void drawPath(const QPainterPath &) override { }
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override { }
        void drawTextItem(const QPointF &, const QTextItem &item) override { m_device->text += item.text(); }
        Type type() const override { return QPaintEngine::User; }

    private:
        TextRecorder *m_device;
    };
    Engine m_engine;
};

void repairToUnicodeMaps(QByteArray &pdf, const QString &drawn)
{
    // The drawn characters, and which glyph of the CJK face each one is.
    QSet<char16_t> drawnSet;
    for (const QChar c : drawn)
        drawnSet.insert(c.unicode());
    const QRawFont cjk = QRawFont::fromFont(QbrStyle::font(12), QFontDatabase::SimplifiedChinese);
    const auto glyphOf = [&cjk](char16_t c) -> quint32 {
        if (!cjk.isValid())
            return 0;
        const QList<quint32> g = cjk.glyphIndexesForString(QString(QChar(c)));
        return g.isEmpty() ? 0 : g.first();
    };
    QHash<quint32, char16_t> byGlyph;
    QSet<quint32> ambiguous;
    for (const char16_t c : std::as_const(drawnSet)) {
        if (c < 0x2E80)
            continue;
        const quint32 g = glyphOf(c);
        if (g == 0)
            continue;
        if (byGlyph.contains(g) && byGlyph.value(g) != c)
            ambiguous.insert(g);
        byGlyph.insert(g, c);
    }
    const auto canonical = [&](char16_t code) -> char16_t {
        if (code == 0x0009 && !drawnSet.contains(code))
            return 0x0020;
        if (code < 0x2E80 || drawnSet.contains(code))
            return code;
        const quint32 g = glyphOf(code);
        if (g != 0 && byGlyph.contains(g) && !ambiguous.contains(g))
            return byGlyph.value(g);
        // Not drawn and no drawn twin: a Kangxi radical still means its ideograph.
        const QString n = QString(QChar(code)).normalized(QString::NormalizationForm_KC);
        return n.size() == 1 ? n.at(0).unicode() : code;
    };

    const auto fixSection = [&pdf, &canonical](const char *begin, const char *end, int skipTokens) {
        qsizetype pos = 0;
        while ((pos = pdf.indexOf(begin, pos)) >= 0) {
            const qsizetype stop = pdf.indexOf(end, pos);
            if (stop < 0)
                return;
            qsizetype lineStart = pdf.indexOf('\n', pos);
            while (lineStart >= 0 && lineStart < stop) {
                qsizetype lineEnd = pdf.indexOf('\n', lineStart + 1);
                if (lineEnd < 0 || lineEnd > stop)
                    lineEnd = stop;
                int token = 0;
                for (qsizetype i = lineStart; i < lineEnd; ++i) {
                    if (pdf.at(i) != '<')
                        continue;
                    const qsizetype close = pdf.indexOf('>', i);
                    if (close < 0 || close > lineEnd)
                        break;
                    if (token++ >= skipTokens && close - i == 5) {
                        bool ok = false;
                        const char16_t code = char16_t(pdf.mid(i + 1, 4).toUInt(&ok, 16));
                        const char16_t fixed = ok ? canonical(code) : code;
                        if (fixed != code) {
                            const QByteArray hex
                                = QByteArray::number(uint(fixed), 16).toUpper().rightJustified(4, '0');
                            for (int k = 0; k < 4; ++k)
                                pdf[i + 1 + k] = hex.at(k);
                        }
                    }
                    i = close;
                }
                lineStart = lineEnd == stop ? -1 : lineEnd;
            }
            pos = stop;
        }
    };
    fixSection("beginbfrange", "endbfrange", 2);
    fixSection("beginbfchar", "endbfchar", 1);
}

QString colorName(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

} // namespace

// ---------------------------------------------------------------------------------------

struct QbrRenderer::Private
{
    QbrDocument doc;
    QbrData data;
    Options options;
    QLocale locale;
    bool overrideLanguage = false;
    std::shared_ptr<QTranslator> translator;
    QImage logoImage;
    std::shared_ptr<QSvgRenderer> logoSvg;
    QByteArray logoBytes;
    QString logoMime;
    QList<Page> pages;

    // The page's own words: the application's language, or Options::language.
    QString tr(const char *source, const char *disambiguation = nullptr, int n = -1) const
    {
        return translate("QbrRenderer", source, disambiguation, n);
    }
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr,
                      int n = -1) const
    {
        if (!overrideLanguage)
            return QCoreApplication::translate(context, source, disambiguation, n);
        QString text = translator ? translator->translate(context, source, disambiguation, n) : QString();
        if (text.isEmpty())
            text = QString::fromUtf8(source);
        if (n >= 0) {
            text.replace("%Ln"_L1, locale.toString(n));
            text.replace("%n"_L1, QString::number(n));
        }
        return text;
    }

    // --- formatting
    QString number(double v, int decimals = -1) const
    {
        if (decimals < 0) {
            const double a = std::abs(v);
            decimals = a == std::round(a) || a >= 100 ? 0 : a >= 10 ? 1 : 2;
        }
        QString s = locale.toString(v, 'f', decimals);
        if (decimals > 0) {
            // 2.50 -> 2.5, 3.00 -> 3
            const QString point = locale.decimalPoint();
            while (s.endsWith(u'0') && s.contains(point))
                s.chop(1);
            if (s.endsWith(point))
                s.chop(point.size());
        }
        return s;
    }
    QString integer(qint64 v) const { return locale.toString(v); }
    QString percent(double fraction) const
    {
        return locale.toString(fraction * 100, 'f', 0) + locale.percent();
    }
    // The deck's locale's own symbol for its own currency ("¥" for CNY in Chinese),
    // else the one CrmFormat knows ("US$", "CN¥"), else the code.
    QString currencySymbol(const QString &code) const
    {
        if (!code.isEmpty()
            && code.compare(locale.currencySymbol(QLocale::CurrencyIsoCode), Qt::CaseInsensitive) == 0)
            return locale.currencySymbol(QLocale::CurrencySymbol);
        return CrmFormat::currencySymbol(code);
    }
    QString money(double amount) const
    {
        return locale.toCurrencyString(amount, currencySymbol(data.currency), 0);
    }
    QString date(const QDate &d) const
    {
        return d.isValid() ? locale.toString(d, tr("d MMM yyyy", "date format on QBR pages (QLocale)"))
                           : QString();
    }
    QString quarterLabel() const
    {
        return data.quarter.isValid() ? data.quarter.label() : doc.quarter.label();
    }
    QbrQuarter quarter() const { return data.quarter.isValid() ? data.quarter : doc.quarter; }
    QString accountName() const { return data.accountName.isEmpty() ? doc.accountId : data.accountName; }
    QDate asOf() const
    {
        const QbrQuarter q = quarter();
        return data.asOf.isValid() ? data.asOf : q.lastDay();
    }
    QString signedNumber(double v, int decimals = -1) const
    {
        const QString s = number(std::abs(v), decimals);
        return v > 0 ? u"+"_s + s : v < 0 ? u"\u2212"_s + s : s;
    }

    QString sectionTitle(QbrSection s) const { return translate("Qbr", Qbr::sectionTitleSource(s)); }

    QColor bandColor(const QString &band) const
    {
        if (band == "green"_L1)
            return QbrStyle::success();
        if (band == "yellow"_L1)
            return QbrStyle::warning();
        if (band == "red"_L1)
            return QbrStyle::danger();
        return QbrStyle::muted();
    }
    QString bandLabel(const QString &band) const
    {
        if (band == "green"_L1)
            return tr("Healthy");
        if (band == "yellow"_L1)
            return tr("Needs attention");
        if (band == "red"_L1)
            return tr("At risk");
        return {};
    }

    // --- layout
    QList<QbrSectionState> enabledSections() const
    {
        QList<QbrSectionState> out;
        for (const QbrSectionState &s : doc.sections) {
            if (s.enabled)
                out.append(s);
        }
        return out;
    }

    void build()
    {
        pages.clear();
        for (const QbrSectionState &s : enabledSections()) {
            if (s.section == QbrSection::Cover) {
                buildCover(s.narrative);
                continue;
            }
            PageFlow flow(pages, s.section, sectionTitle(s.section));
            flow.add(blocks(s));
        }
    }

    QList<Block> blocks(const QbrSectionState &s) const
    {
        switch (s.section) {
        case QbrSection::Cover:
            return {};
        case QbrSection::ExecutiveSummary:
            return summaryBlocks(s.narrative);
        case QbrSection::Health:
            return healthBlocks(s.narrative);
        case QbrSection::Adoption:
            return adoptionBlocks(s.narrative);
        case QbrSection::Value:
            return valueBlocks(s.narrative);
        case QbrSection::Support:
            return supportBlocks(s.narrative);
        case QbrSection::Goals:
            return goalBlocks(s.narrative);
        case QbrSection::Voice:
            return voiceBlocks(s.narrative);
        case QbrSection::Renewal:
            return renewalBlocks(s.narrative);
        case QbrSection::Risks:
            return riskBlocks(s.narrative);
        case QbrSection::Commitments:
            return commitmentBlocks(s.narrative);
        }
        return {};
    }

    // Narrative first, then the section's content (table sections).
    static QList<Block> stacked(const QString &narrative, const QList<Block> &content)
    {
        QList<Block> out;
        if (!narrative.trimmed().isEmpty())
            out.append(Block::narrative(narrative));
        out.append(content);
        return out;
    }

    // --- the cover
    QString preparedDate() const
    {
        if (doc.status == QbrDocument::Status::Delivered && doc.deliveredAt.isValid())
            return date(doc.deliveredAt.toLocalTime().date());
        return date(QDate::currentDate());
    }

    void buildCover(const QString &narrative)
    {
        Page page;
        page.section = QbrSection::Cover;
        page.title = sectionTitle(QbrSection::Cover);
        page.cover = true;
        const double x = 400;
        const double w = PageWidth - x - 56;

        // The name on one line if a slightly smaller size does it, else on up to three.
        const auto nameAt = [&](int size) {
            return TextFlow({ { accountName(), false, false } },
                            { size, QFont::Bold, false, QbrStyle::navy(), 1.22 }, w);
        };
        TextFlow name = nameAt(40);
        for (int size = 36; name.lineCount() > 1 && size >= 32; size -= 4) {
            const TextFlow smaller = nameAt(size);
            if (smaller.lineCount() == 1)
                name = smaller;
        }
        for (int size = 36; name.lineCount() > 3 && size >= 24; size -= 4)
            name = nameAt(size);
        const double nameTop = 150;
        const double nameBottom = nameTop + name.height();
        const TextFlow about(paragraphsOf(narrative), { 14, QFont::Normal, false, QbrStyle::muted(), 1.5 },
                             w);
        const double aboutTop = nameBottom + 150;
        const int aboutLines = about.linesFitting(0, PageHeight - 48 - aboutTop);

        page.items.append([this, name, nameTop, about, aboutTop, aboutLines, x, w](QPainter &p) {
            paintCover(p, name, nameTop, x, w);
            about.paint(p, QPointF(x, aboutTop), 0, aboutLines);
        });
        pages.append(page);
        if (aboutLines < about.lineCount()) {
            // More than the cover holds: the rest on its own page(s).
            PageFlow rest(pages, QbrSection::Cover, tr("Introduction"));
            rest.addText(TextFlow(about.remainder(aboutLines), NarrativeSpec, ContentWidth));
        }
    }

    // The logo's size scaled into `box`; empty without a logo.
    QSizeF logoSize(const QSizeF &box) const
    {
        QSizeF s;
        if (logoSvg && logoSvg->isValid())
            s = logoSvg->defaultSize().isEmpty() ? box : QSizeF(logoSvg->defaultSize());
        else if (!logoImage.isNull())
            s = logoImage.size();
        if (!s.isEmpty())
            s.scale(box, Qt::KeepAspectRatio);
        return s;
    }

    void paintLogo(QPainter &p, const QRectF &box, bool onDark) const
    {
        const QSizeF s = logoSize(box.size());
        if (logoSvg && logoSvg->isValid()) {
            logoSvg->render(&p, QRectF(box.topLeft(), s));
            return;
        }
        if (!logoImage.isNull()) {
            p.drawImage(QRectF(box.topLeft(), s), logoImage);
            return;
        }
        paintLogoName(p, box, onDark);
    }

    // The vendor's name in type: as large as fits, down to 15 units, then cut short.
    void paintLogoName(QPainter &p, const QRectF &box, bool onDark = true) const
    {
        int size = 24;
        QFont font = QbrStyle::font(size, QFont::Bold);
        while (size > 15 && QFontMetricsF(font).horizontalAdvance(options.vendorName) > box.width() * 0.96)
            font = QbrStyle::font(--size, QFont::Bold);
        p.setFont(font);
        p.setPen(onDark ? QColor(Qt::white) : QbrStyle::navy());
        p.drawText(box,
                   Qt::AlignLeft | (box.height() > 48 ? Qt::AlignVCenter : Qt::AlignTop) | Qt::TextDontClip,
                   QFontMetricsF(font).elidedText(options.vendorName, Qt::ElideRight, box.width() * 0.96));
    }

    void paintCover(QPainter &p, const TextFlow &name, double nameTop, double x, double w) const
    {
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        const double panel = 340;
        p.fillRect(QRectF(0, 0, panel, PageHeight), QbrStyle::navy());
        p.fillRect(QRectF(panel, 0, 6, PageHeight), QbrStyle::accent());
        // The vendor's logo on a white card, so that a dark logo still shows.
        if (logoSvg || !logoImage.isNull()) {
            const QSizeF s = logoSize(QSizeF(228, 64));
            QPainterPath card;
            card.addRoundedRect(QRectF(40, 40, s.width() + 24, s.height() + 24), 8, 8);
            p.fillPath(card, Qt::white);
            paintLogo(p, QRectF(52, 52, s.width(), s.height()), false);
            // A mark without words: the name beside it.
            if (s.width() < 140)
                paintLogoName(p, QRectF(40 + s.width() + 40, 52, 260 - s.width() - 40, s.height()));
        } else {
            paintLogo(p, QRectF(44, 52, 260, 40), true);
        }
        const QFont small = QbrStyle::font(13);
        p.setFont(small);
        p.setPen(QColor(255, 255, 255, 170));
        p.drawText(QRectF(44, 420, 260, 20), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                   tr("Quarterly Business Review"));
        const QFont big = QbrStyle::font(34, QFont::Bold);
        p.setFont(big);
        p.setPen(Qt::white);
        p.drawText(QRectF(44, 442, 270, 48), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                   quarterLabel());

        // The account, the period, who prepared it and when.
        const QFont kicker = QbrStyle::font(14, QFont::Bold);
        p.setFont(kicker);
        p.setPen(QbrStyle::accent());
        p.drawText(QRectF(x, nameTop - 40, w, 20), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                   QFontMetricsF(kicker).elidedText(tr("Quarterly Business Review"), Qt::ElideRight, w));
        name.paint(p, QPointF(x, nameTop), 0, name.lineCount());
        double y = nameTop + name.height() + 14;
        const QbrQuarter q = quarter();
        const QFont period = QbrStyle::font(16);
        p.setFont(period);
        p.setPen(QbrStyle::muted());
        p.drawText(QRectF(x, y, w, 24), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                   tr("%1 \u00b7 %2 to %3").arg(quarterLabel(), date(q.firstDay()), date(q.lastDay())));
        y += 40;
        p.fillRect(QRectF(x, y, 56, 4), QbrStyle::accent());
        y += 20;
        const QFont by = QbrStyle::font(14, QFont::DemiBold);
        p.setFont(by);
        p.setPen(QbrStyle::text());
        const QString prepared = data.csmName.isEmpty() ? tr("Prepared by your Customer Success team")
                                                        : tr("Prepared by %1").arg(data.csmName);
        p.drawText(QRectF(x, y, w, 22), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                   QFontMetricsF(by).elidedText(prepared, Qt::ElideRight, w));
        y += 24;
        p.setFont(QbrStyle::font(13));
        p.setPen(QbrStyle::muted());
        p.drawText(QRectF(x, y, w, 20), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, preparedDate());
        p.restore();
    }

    // --- the chrome of every other page
    void paintChrome(QPainter &p, const Page &page, int index) const
    {
        p.save();
        p.fillRect(QRectF(0, 0, PageWidth, BandHeight), QbrStyle::navy());
        p.fillRect(QRectF(0, BandHeight, PageWidth, 3), QbrStyle::accent());
        const QFont right = QbrStyle::font(11);
        const QFontMetricsF rightMetrics(right);
        const QString meta = accountName() + u" \u00b7 "_s + quarterLabel();
        const double metaWidth = std::min(300.0, rightMetrics.horizontalAdvance(meta) + 2);
        const QFont titleFont = QbrStyle::font(24, QFont::Bold);
        const QFontMetricsF titleMetrics(titleFont);
        QString title = page.title;
        if (page.continued)
            title = tr("%1 (continued)").arg(page.title);
        p.setFont(titleFont);
        p.setPen(Qt::white);
        p.drawText(QRectF(MarginX, 0, ContentWidth - metaWidth - 24, BandHeight),
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                   titleMetrics.elidedText(title, Qt::ElideRight, ContentWidth - metaWidth - 24));
        p.setFont(right);
        p.setPen(QColor(255, 255, 255, 190));
        p.drawText(QRectF(PageWidth - MarginX - metaWidth, 0, metaWidth, BandHeight),
                   Qt::AlignRight | Qt::AlignVCenter | Qt::TextDontClip,
                   rightMetrics.elidedText(meta, Qt::ElideMiddle, metaWidth));

        p.setPen(QPen(QbrStyle::border(), 0.8));
        p.drawLine(QPointF(MarginX, FooterTop), QPointF(PageWidth - MarginX, FooterTop));
        const QFont footer = QbrStyle::font(9);
        const QFontMetricsF footerMetrics(footer);
        p.setFont(footer);
        p.setPen(QbrStyle::muted());
        const QRectF line(MarginX, FooterTop + 6, ContentWidth, 16);
        const QString pageText = tr("Page %1 of %2").arg(index + 1).arg(pages.size());
        const double side = ContentWidth * 0.4;
        const double middle = ContentWidth - 2 * side;
        p.drawText(QRectF(line.left(), line.top(), side, line.height()),
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                   footerMetrics.elidedText(
                       tr("%1 \u00b7 Quarterly Business Review %2").arg(accountName(), quarterLabel()),
                       Qt::ElideMiddle, side - 8));
        p.drawText(QRectF(line.left() + side, line.top(), middle, line.height()),
                   Qt::AlignCenter | Qt::TextDontClip,
                   footerMetrics.elidedText(options.vendorName, Qt::ElideRight, middle - 8));
        p.drawText(QRectF(line.left() + side + middle, line.top(), side, line.height()),
                   Qt::AlignRight | Qt::AlignVCenter | Qt::TextDontClip, pageText);
        p.restore();
    }

    void paintPage(QPainter &p, int index) const
    {
        p.save();
        p.fillRect(QRectF(0, 0, PageWidth, PageHeight), Qt::white);
        const Page &page = pages.at(index);
        if (!page.cover)
            paintChrome(p, page, index);
        for (const auto &item : page.items) {
            p.save();
            item(p);
            p.restore();
        }
        p.restore();
    }

    // --- sections --------------------------------------------------------------------

    Tile healthTile() const
    {
        Tile t;
        t.label = tr("Health score");
        if (data.healthScore) {
            t.value = integer(*data.healthScore);
            t.color = bandColor(data.healthBand);
            t.valueColored = true;
            const QString band = bandLabel(data.healthBand);
            if (data.healthTrend) {
                t.arrow = *data.healthTrend > 0 ? 1 : *data.healthTrend < 0 ? -1 : 0;
                t.caption = band.isEmpty()
                    ? tr("%1 vs four weeks ago").arg(signedNumber(*data.healthTrend))
                    : tr("%1, %2 vs four weeks ago").arg(band, signedNumber(*data.healthTrend));
            } else {
                t.caption = band;
            }
        } else {
            t.value = u"\u2014"_s;
            t.caption = tr("Not scored this quarter");
            t.color = QbrStyle::muted();
        }
        return t;
    }

    Tile arrTile() const
    {
        Tile t;
        t.label = tr("Annual recurring revenue");
        t.value = data.arr ? money(*data.arr) : u"\u2014"_s;
        if (data.licenses > 0)
            t.caption = tr("%n licence(s) under contract", nullptr, data.licenses);
        t.color = QbrStyle::accent();
        return t;
    }

    Tile renewalTile() const
    {
        Tile t;
        t.label = tr("Renewal date");
        t.color = QbrStyle::accent();
        if (data.renewalDate.isValid()) {
            t.value = date(data.renewalDate);
            const qint64 days = asOf().daysTo(data.renewalDate);
            t.caption = days >= 0 ? tr("In %n day(s)", nullptr, int(days))
                                  : tr("%n day(s) ago", nullptr, int(-days));
        } else {
            t.value = u"\u2014"_s;
            t.caption = tr("No renewal date on record");
        }
        return t;
    }

    Tile utilisationTile() const
    {
        Tile t;
        t.label = tr("Licence utilisation");
        t.color = QbrStyle::series(1);
        if (data.utilisationEnd) {
            t.value = percent(*data.utilisationEnd);
            if (data.utilisationStart) {
                const double delta = (*data.utilisationEnd - *data.utilisationStart) * 100;
                t.arrow = std::round(delta) > 0 ? 1 : std::round(delta) < 0 ? -1 : 0;
                t.caption = tr("From %1 at the start of the quarter").arg(percent(*data.utilisationStart));
            }
        } else {
            t.value = u"\u2014"_s;
            t.caption = tr("No licence usage recorded");
        }
        return t;
    }

    struct NpsCounts
    {
        int promoters = 0;
        int passives = 0;
        int detractors = 0;
        int total() const { return promoters + passives + detractors; }
    };
    NpsCounts npsCounts() const
    {
        NpsCounts c;
        for (const QbrData::NpsResponse &r : data.npsResponses) {
            if (r.score >= 9)
                ++c.promoters;
            else if (r.score >= 7)
                ++c.passives;
            else
                ++c.detractors;
        }
        return c;
    }
    std::optional<double> npsScore() const
    {
        if (data.npsScore)
            return data.npsScore;
        const NpsCounts c = npsCounts();
        if (c.total() == 0)
            return std::nullopt;
        return 100.0 * (c.promoters - c.detractors) / c.total();
    }
    QColor npsColor(double score) const
    {
        return score >= 30 ? QbrStyle::success() : score >= 0 ? QbrStyle::warning() : QbrStyle::danger();
    }

    Tile npsTile() const
    {
        Tile t;
        t.label = tr("Net Promoter Score");
        const std::optional<double> score = npsScore();
        if (score) {
            t.value = signedNumber(std::round(*score), 0);
            t.color = npsColor(*score);
            t.valueColored = true;
            t.caption = tr("From %n response(s)", nullptr, int(data.npsResponses.size()));
        } else {
            t.value = u"\u2014"_s;
            t.color = QbrStyle::muted();
            t.caption = tr("No survey responses this quarter");
        }
        return t;
    }

    Tile supportTile() const
    {
        Tile t;
        t.label = tr("Support cases");
        t.value = integer(data.casesOpened);
        t.color = QbrStyle::series(2);
        if (data.csatAverage)
            t.caption = tr("Opened; satisfaction %1 out of 5").arg(number(*data.csatAverage, 1));
        else
            t.caption = tr("Opened; %n still open at quarter end", nullptr, data.casesOpenAtEnd);
        return t;
    }

    QList<Block> summaryBlocks(const QString &narrative) const
    {
        const QList<Tile> tiles
            = { healthTile(), arrTile(), renewalTile(), utilisationTile(), npsTile(), supportTile() };
        const bool side = !narrative.trimmed().isEmpty();
        return { Block::side(narrative, { Block::tileGrid(tiles, side ? 2 : 3) }, 0.44) };
    }

    QbrChartPainter::LineChart chartBase() const
    {
        QbrChartPainter::LineChart c;
        c.locale = locale;
        c.from = quarter().firstDay();
        c.to = quarter().lastDay();
        c.format = [this](double v) {
            return number(v);
        };
        return c;
    }

    static QList<QPointF> pointsOf(const QbrData::Series &s)
    {
        QList<QPointF> out;
        out.reserve(s.points.size());
        for (const QbrData::Point &p : s.points) {
            if (p.day.isValid())
                out.append(QPointF(double(p.day.toJulianDay()), p.value));
        }
        return out;
    }

    QList<Block> healthBlocks(const QString &narrative) const
    {
        const QbrQuarter q = quarter();
        if (data.healthHistory.points.isEmpty() && !data.healthScore) {
            return stacked(
                narrative,
                { Block::note(
                    tr("No health score was recorded for this account in %1.").arg(quarterLabel())) });
        }
        QList<Block> right;
        if (!data.healthHistory.points.isEmpty()) {
            QbrChartPainter::LineChart chart = chartBase();
            chart.from = q.firstDay();
            for (const QbrData::Point &p : data.healthHistory.points) {
                if (p.day.isValid() && p.day < chart.from)
                    chart.from = p.day;
            }
            chart.from = std::max(chart.from, q.previous().firstDay());
            chart.yMin = 0;
            chart.yMax = 100;
            // The scorecard's default bands (QbrData does not carry a published scorecard's).
            const HealthScorecard::Bands bands;
            chart.zones
                = { { 0, double(bands.yellow), QbrStyle::zone(QbrStyle::danger()) },
                    { double(bands.yellow), double(bands.green), QbrStyle::zone(QbrStyle::warning()) },
                    { double(bands.green), 100, QbrStyle::zone(QbrStyle::success()) } };
            if (chart.from < q.firstDay()) {
                chart.marker = q.firstDay();
                chart.markerLabel = quarterLabel();
            }
            QbrChartPainter::Series s;
            s.name = tr("Health score");
            s.color = QbrStyle::navy();
            s.points = pointsOf(data.healthHistory);
            chart.series = { s };
            chart.format = [this](double v) {
                return number(v, 0);
            };
            right.append(
                Block::figure(tr("Health score, week by week"), 186, [chart](QPainter &p, const QRectF &r) {
                    QbrChartPainter::paintLineChart(p, r, chart);
                }));
        } else {
            right.append(Block::note(
                tr("No weekly health history was recorded for this account in %1.").arg(quarterLabel())));
        }
        Tile outlook;
        outlook.label = tr("Renewal outlook");
        if (data.churnProbability) {
            const double pr = *data.churnProbability;
            outlook.value = pr < 0.2 ? tr("Strong") : pr < 0.45 ? tr("Steady") : tr("Needs attention");
            outlook.color = pr < 0.2 ? QbrStyle::success()
                : pr < 0.45          ? QbrStyle::warning()
                                     : QbrStyle::danger();
            outlook.valueColored = true;
            outlook.caption = tr("From usage, support and survey signals");
        } else {
            outlook.value = u"\u2014"_s;
            outlook.color = QbrStyle::muted();
            outlook.caption = tr("Not assessed");
        }
        const Block tiles = Block::tileGrid({ healthTile(), outlook }, 1);
        QStringList points;
        if (!data.healthTopDrag.isEmpty())
            points.append(data.healthTopDrag);
        for (const QString &d : data.churnDrivers) {
            if (points.size() >= 3)
                break;
            if (!d.isEmpty() && !points.contains(d))
                points.append(d);
        }
        QList<Block> out = stacked(narrative, { Block::row({ right.first(), tiles }, { 2.2, 1.0 }) });
        if (!points.isEmpty()) {
            QString bullets;
            for (const QString &pt : std::as_const(points))
                bullets += u"- "_s + pt + u'\n';
            out.append(Block::subheading(tr("What moves the score")));
            out.append(Block::narrative(bullets));
        }
        return out;
    }

    QList<Block> adoptionBlocks(const QString &narrative) const
    {
        const QbrQuarter q = quarter();
        if (!data.hasUsage() && data.licencesPurchased.points.isEmpty())
            return stacked(
                narrative,
                { Block::note(tr("No usage was recorded for this account in %1.").arg(quarterLabel())) });
        QList<Block> content;
        // Key figures.
        QList<Tile> tiles;
        double purchased = data.licenses;
        if (!data.licencesPurchased.points.isEmpty())
            purchased = data.licencesPurchased.points.last().value;
        Tile tp;
        tp.label = tr("Licences purchased");
        tp.value = purchased > 0 ? number(purchased, 0) : u"\u2014"_s;
        tp.color = QbrStyle::muted();
        tiles.append(tp);
        Tile tu;
        tu.label = tr("Licences in use");
        tu.color = QbrStyle::series(0);
        if (!data.licencesUsed.points.isEmpty()) {
            tu.value = number(data.licencesUsed.points.last().value, 0);
            if (data.utilisationEnd)
                tu.caption = tr("%1 of licences purchased").arg(percent(*data.utilisationEnd));
        } else {
            tu.value = u"\u2014"_s;
        }
        tiles.append(tu);
        Tile ta;
        ta.label = tr("Active users");
        ta.color = QbrStyle::series(1);
        if (!data.activeUsers.points.isEmpty()) {
            const double first = data.activeUsers.points.first().value;
            const double last = data.activeUsers.points.last().value;
            ta.value = number(last, 0);
            if (data.activeUsers.points.size() > 1) {
                ta.arrow = last > first ? 1 : last < first ? -1 : 0;
                ta.caption = first > 0
                    ? tr("%1 since the start of the quarter").arg(signedPercent(last, first))
                    : tr("Up from none at the start of the quarter");
            }
        } else {
            ta.value = u"\u2014"_s;
        }
        tiles.append(ta);
        tiles.append(utilisationTile());
        content.append(Block::tileGrid(tiles, 4));

        // Licences purchased vs used, and active users.
        QList<Block> charts;
        QbrChartPainter::Series used;
        used.name = tr("In use");
        used.color = QbrStyle::series(0);
        used.area = true;
        used.points = pointsOf(data.licencesUsed);
        QbrChartPainter::Series bought;
        bought.name = tr("Purchased");
        bought.color = QbrStyle::muted();
        bought.dashed = true;
        bought.step = true;
        bought.dots = false;
        bought.points = pointsOf(data.licencesPurchased);
        if (bought.points.isEmpty() && data.licenses > 0 && !used.points.isEmpty()) {
            bought.points = { QPointF(double(q.firstDay().toJulianDay()), data.licenses),
                              QPointF(double(std::min(q.lastDay(), asOf()).toJulianDay()), data.licenses) };
        }
        if (!used.points.isEmpty() || !bought.points.isEmpty()) {
            QbrChartPainter::LineChart chart = chartBase();
            chart.series = { bought, used };
            charts.append(
                Block::figure(tr("Licences purchased vs in use"), 160, [chart](QPainter &p, const QRectF &r) {
                    QbrChartPainter::paintLineChart(p, r, chart);
                }));
        }
        if (!data.activeUsers.points.isEmpty()) {
            QbrChartPainter::LineChart chart = chartBase();
            QbrChartPainter::Series s;
            s.name = tr("Active users");
            s.color = QbrStyle::series(1);
            s.area = true;
            s.points = pointsOf(data.activeUsers);
            chart.series = { s };
            charts.append(
                Block::figure(tr("Active users, week by week"), 160, [chart](QPainter &p, const QRectF &r) {
                    QbrChartPainter::paintLineChart(p, r, chart);
                }));
        }
        if (!charts.isEmpty())
            content.append(Block::row(charts));

        // Every metric, as small multiples.
        QList<Block> cards;
        for (const QbrData::Series &m : data.metrics) {
            if (!m.points.isEmpty())
                cards.append(metricCard(m));
        }
        if (!cards.isEmpty()) {
            // A page of their own: fill it when there are few.
            const double cardHeight = cards.size() <= 3 ? 220 : cards.size() <= 6 ? 170 : 132;
            for (Block &card : cards)
                card.height = cardHeight;
            QList<Block> rows;
            for (qsizetype i = 0; i < cards.size(); i += 3) {
                QList<Block> row = cards.mid(i, 3);
                while (row.size() < 3)
                    row.append(Block::figure(QString(), 0, {}));
                rows.append(Block::row(row));
            }
            QList<Block> out = stacked(narrative, content);
            out.append(Block::subheading(tr("Usage by metric")));
            out.append(rows);
            return out;
        }
        return stacked(narrative, content);
    }

    QString signedPercent(double now, double before) const
    {
        if (before == 0)
            return {};
        const double change = (now - before) / std::abs(before) * 100;
        return signedNumber(std::round(change), 0) + locale.percent();
    }

    Block metricCard(const QbrData::Series &m) const
    {
        QbrChartPainter::LineChart chart = chartBase();
        QbrChartPainter::Series s;
        s.name = CrmFormat::softenedCode(m.name);
        s.color = QbrStyle::series(0);
        s.area = true;
        s.labelLast = false;
        s.points = pointsOf(m);
        chart.series = { s };
        chart.compact = true;
        chart.legend = false;
        const QString title = CrmFormat::softenedCode(m.name);
        const double last = m.points.last().value;
        const double first = m.points.first().value;
        const QString latest = number(last);
        const QString change = m.points.size() > 1 && first != 0
            ? tr("%1 over the quarter").arg(signedPercent(last, first))
            : QString();
        const int arrow = last > first ? 1 : last < first ? -1 : 0;
        return Block::figure(
            QString(), 132, [chart, title, latest, change, arrow](QPainter &p, const QRectF &r) {
                QPainterPath bg;
                bg.addRoundedRect(r, 6, 6);
                p.setRenderHint(QPainter::Antialiasing);
                p.fillPath(bg, QbrStyle::panel());
                const QRectF in = r.adjusted(12, 10, -12, -8);
                const QFont titleFont = QbrStyle::font(11, QFont::DemiBold);
                p.setFont(titleFont);
                p.setPen(QbrStyle::muted());
                p.drawText(QRectF(in.left(), in.top(), in.width(), 16),
                           Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                           QFontMetricsF(titleFont).elidedText(title, Qt::ElideRight, in.width()));
                const QFont valueFont = QbrStyle::font(18, QFont::Bold);
                p.setFont(valueFont);
                p.setPen(QbrStyle::text());
                const double vw = QFontMetricsF(valueFont).horizontalAdvance(latest) + 2;
                p.drawText(QRectF(in.left(), in.top() + 16, vw, 26),
                           Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, latest);
                if (!change.isEmpty()) {
                    const QColor c = arrow > 0 ? QbrStyle::success()
                        : arrow < 0            ? QbrStyle::danger()
                                               : QbrStyle::muted();
                    QbrChartPainter::paintArrow(p, QRectF(in.left() + vw + 8, in.top() + 25, 9, 9), arrow, c);
                    p.setFont(QbrStyle::font(10));
                    p.setPen(QbrStyle::muted());
                    p.drawText(QRectF(in.left() + vw + 21, in.top() + 16, in.width() - vw - 21, 26),
                               Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, change);
                }
                QbrChartPainter::paintLineChart(
                    p, QRectF(in.left(), in.top() + 46, in.width(), in.height() - 46), chart);
            });
    }

    QString kpiValue(double v, const QString &unit) const
    {
        if (unit == "%"_L1)
            return number(v) + locale.percent();
        static const QRegularExpression currency(u"^[A-Z]{3}$"_s);
        if (currency.match(unit).hasMatch()) {
            const double a = std::abs(v);
            return locale.toCurrencyString(v, currencySymbol(unit), a >= 100 || a == std::round(a) ? 0 : 2);
        }
        return unit.isEmpty() ? number(v) : tr("%1 %2", "a value and its unit").arg(number(v), unit);
    }

    QList<Block> valueBlocks(const QString &narrative) const
    {
        if (doc.kpis.isEmpty())
            return stacked(
                narrative,
                { Block::note(tr("No outcome measures have been recorded for this review yet.")) });
        Table t;
        t.columns = { { tr("Outcome measure"), 3.0 },
                      { tr("Baseline"), 1.3, true },
                      { tr("This quarter"), 1.3, true },
                      { tr("Change"), 1.2, true },
                      { tr("Notes"), 3.0 } };
        for (const QbrKpi &k : doc.kpis) {
            QList<Cell> row;
            row.append(Cell::strong(k.name));
            row.append(Cell::plain(k.baseline ? kpiValue(*k.baseline, k.unit) : u"\u2014"_s));
            row.append(Cell::strong(k.current ? kpiValue(*k.current, k.unit) : u"\u2014"_s));
            if (k.baseline && k.current) {
                const double delta = *k.current - *k.baseline;
                Cell c;
                c.kind = Cell::Kind::Change;
                c.arrow = delta > 0 ? 1 : delta < 0 ? -1 : 0;
                c.color = QbrStyle::navy();
                c.text = *k.baseline != 0 && k.unit != "%"_L1 ? signedPercent(*k.current, *k.baseline)
                    : k.unit == "%"_L1 ? tr("%1 pts", "percentage points").arg(signedNumber(delta))
                                       : signedNumber(delta);
                row.append(c);
            } else {
                row.append(Cell::plain(u"\u2014"_s));
            }
            row.append(Cell::plain(k.note));
            t.rows.append(row);
        }
        return stacked(narrative, { Block::tableOf(t) });
    }

    QString daysText(double days) const
    {
        const double rounded = std::round(days * 10) / 10;
        if (rounded == std::round(rounded))
            return tr("%n day(s)", nullptr, int(rounded));
        return tr("%1 days", "a fractional number of days").arg(number(rounded, 1));
    }

    QList<Block> supportBlocks(const QString &narrative) const
    {
        if (data.casesOpened == 0 && data.casesClosed == 0 && data.casesOpenAtEnd == 0) {
            return { Block::side(narrative,
                                 { Block::note(tr("No support cases were opened or worked on for this "
                                                  "account in %1.")
                                                   .arg(quarterLabel())) }) };
        }
        const Tile opened
            = Tile::make(tr("Cases opened"), integer(data.casesOpened), QString(), QbrStyle::series(2));
        const Tile closed
            = Tile::make(tr("Cases closed"), integer(data.casesClosed), QString(), QbrStyle::success());
        const Tile open = Tile::make(tr("Open at quarter end"), integer(data.casesOpenAtEnd), QString(),
                                     QbrStyle::warning());
        const Tile csat
            = Tile::make(tr("Satisfaction (CSAT)"),
                         data.csatAverage ? tr("%1 / 5").arg(number(*data.csatAverage, 1)) : u"\u2014"_s,
                         data.csatAverage ? QString() : tr("No ratings this quarter"), QbrStyle::accent());
        const Tile speed
            = Tile::make(tr("Median time to close"),
                         data.medianDaysToClose ? daysText(*data.medianDaysToClose) : u"\u2014"_s, QString(),
                         QbrStyle::accent());
        QList<Block> right { Block::tileGrid({ opened, closed, open }, 3),
                             Block::tileGrid({ csat, speed }, 2) };
        if (!data.casesByPriority.isEmpty()) {
            QList<QbrChartPainter::Bar> bars;
            for (const auto &[label, count] : data.casesByPriority)
                bars.append(
                    { CrmFormat::softenedCode(label), double(count), integer(count), QbrStyle::series(2) });
            const double h = std::min(150.0, 30.0 * bars.size());
            right.append(
                Block::figure(tr("Cases opened by priority"), h, [bars](QPainter &p, const QRectF &r) {
                    QbrChartPainter::paintBarChart(p, r, bars);
                }));
        } else if (data.casesOpened == 0) {
            right.append(Block::note(tr("No new cases were opened in %1.").arg(quarterLabel())));
        }
        return { Block::side(narrative, right, 0.36) };
    }

    QList<Block> goalBlocks(const QString &narrative) const
    {
        if (doc.goals.isEmpty())
            return stacked(narrative,
                           { Block::note(tr("No success-plan goals have been set for this review yet.")) });
        Table t;
        t.columns = { { tr("Goal"), 5.0 }, { tr("Progress"), 2.6 }, { tr("Status"), 1.6 } };
        for (const QbrGoal &g : doc.goals) {
            QColor c = QbrStyle::accent();
            QString status;
            if (g.status == "done"_L1) {
                c = QbrStyle::success();
                status = tr("Done");
            } else if (g.status == "at_risk"_L1) {
                c = QbrStyle::danger();
                status = tr("At risk");
            } else if (g.status == "on_track"_L1) {
                c = QbrStyle::accent();
                status = tr("On track");
            } else if (g.status == "not_started"_L1) {
                c = QbrStyle::muted();
                status = tr("Not started");
            } else {
                c = QbrStyle::muted();
                status = CrmFormat::softenedCode(g.status);
            }
            Cell progress;
            progress.kind = Cell::Kind::Progress;
            progress.value = std::clamp(g.progress, 0, 100);
            progress.text = integer(progress.value) + locale.percent();
            progress.color = c;
            Cell pill;
            pill.kind = Cell::Kind::Pill;
            pill.text = status;
            pill.color = c;
            t.rows.append({ Cell::plain(g.goal), progress, pill });
        }
        return stacked(narrative, { Block::tableOf(t) });
    }

    QList<Block> voiceBlocks(const QString &narrative) const
    {
        if (data.npsResponses.isEmpty()) {
            return { Block::side(
                narrative,
                { Block::note(
                    tr("No NPS responses were received from this account in %1.").arg(quarterLabel())) }) };
        }
        const NpsCounts counts = npsCounts();
        const QList<QPair<QString, QColor>> parts = { { tr("Promoters"), QbrStyle::success() },
                                                      { tr("Passives"), QColor(0xa8, 0xb1, 0xbd) },
                                                      { tr("Detractors"), QbrStyle::danger() } };
        const QList<int> values = { counts.promoters, counts.passives, counts.detractors };
        QStringList legend;
        for (qsizetype i = 0; i < parts.size(); ++i)
            legend.append(tr("%1: %2").arg(parts.at(i).first, integer(values.at(i))));
        const int total = counts.total();
        const QLocale loc = locale;
        const QString pct = locale.percent();
        const Block distribution = Block::figure(
            tr("Responses by group"), 48,
            [parts, values, total, legend, loc, pct](QPainter &p, const QRectF &r) {
                p.setRenderHint(QPainter::Antialiasing);
                double x = r.left();
                const QRectF bar(r.left(), r.top(), r.width(), 22);
                QPainterPath clip;
                clip.addRoundedRect(bar, 4, 4);
                p.setClipPath(clip);
                for (qsizetype i = 0; i < parts.size(); ++i) {
                    const double w = total > 0 ? bar.width() * values.at(i) / total : 0;
                    if (w <= 0)
                        continue;
                    const QRectF seg(x, bar.top(), w, bar.height());
                    p.fillRect(seg, parts.at(i).second);
                    const QString label
                        = loc.toString(std::round(100.0 * values.at(i) / total), 'f', 0) + pct;
                    p.setFont(QbrStyle::font(10, QFont::DemiBold));
                    if (QFontMetricsF(p.font()).horizontalAdvance(label) + 8 < w) {
                        p.setPen(Qt::white);
                        p.drawText(seg, Qt::AlignCenter | Qt::TextDontClip, label);
                    }
                    x += w;
                }
                p.setClipping(false);
                double lx = r.left();
                const QFont font = QbrStyle::font(10);
                p.setFont(font);
                for (qsizetype i = 0; i < parts.size(); ++i) {
                    p.setPen(Qt::NoPen);
                    p.setBrush(parts.at(i).second);
                    p.drawEllipse(QPointF(lx + 5, bar.bottom() + 16), 4.5, 4.5);
                    p.setPen(QbrStyle::muted());
                    const double w = QFontMetricsF(font).horizontalAdvance(legend.at(i)) + 2;
                    p.drawText(QRectF(lx + 14, bar.bottom() + 8, w, 16),
                               Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, legend.at(i));
                    lx += 14 + w + 18;
                }
            });
        Tile score = npsTile();
        Tile responses;
        responses.label = tr("Responses");
        responses.value = integer(total);
        responses.color = QbrStyle::accent();
        int commented = 0;
        for (const QbrData::NpsResponse &r : data.npsResponses)
            commented += r.comment.trimmed().isEmpty() ? 0 : 1;
        responses.caption = tr("%n with a comment", nullptr, commented);
        QList<Block> out { Block::side(narrative, { Block::tileGrid({ score, responses }, 2), distribution },
                                       0.40) };

        Table t;
        t.columns = {
            { tr("Date"), 1.3 }, { tr("Score"), 0.8, true }, { tr("Who"), 2.0 }, { tr("What they said"), 6.0 }
        };
        for (const QbrData::NpsResponse &r : data.npsResponses) {
            const QColor c = r.score >= 9 ? QbrStyle::success()
                : r.score >= 7            ? QbrStyle::muted()
                                          : QbrStyle::danger();
            t.rows.append({ Cell::plain(date(r.day)), Cell::plain(integer(r.score), c, true),
                            Cell::plain(r.contact.isEmpty() ? u"\u2014"_s : r.contact),
                            r.comment.trimmed().isEmpty() ? Cell::plain(tr("(no comment)"), QbrStyle::muted())
                                                          : Cell::plain(r.comment.trimmed()) });
        }
        out.append(Block::subheading(tr("In their words")));
        out.append(Block::tableOf(t));
        return out;
    }

    QString opportunityType(const QString &type) const
    {
        const QString t = type.toLower();
        if (t == "renewal"_L1)
            return tr("Renewal");
        if (t == "expansion"_L1 || t == "upsell"_L1 || t == "cross_sell"_L1)
            return tr("Expansion");
        if (t == "new_business"_L1 || t == "new"_L1)
            return tr("New business");
        return CrmFormat::softenedCode(type);
    }

    QList<Block> renewalBlocks(const QString &narrative) const
    {
        double openPipeline = 0;
        int openCount = 0;
        double won = 0;
        int wonCount = 0;
        for (const QbrData::Opportunity &o : data.opportunities) {
            if (!o.closed) {
                openPipeline += o.amount.value_or(0);
                ++openCount;
            } else if (o.won) {
                won += o.amount.value_or(0);
                ++wonCount;
            }
        }
        const Tile pipeline
            = Tile::make(tr("Open opportunities"), openCount > 0 ? money(openPipeline) : u"\u2014"_s,
                         openCount > 0 ? tr("%n open opportunity(ies)", nullptr, openCount) : tr("None open"),
                         QbrStyle::series(2));
        const Tile closedWon = Tile::make(tr("Won this quarter"), wonCount > 0 ? money(won) : u"\u2014"_s,
                                          wonCount > 0 ? tr("%n opportunity(ies) won", nullptr, wonCount)
                                                       : tr("None this quarter"),
                                          QbrStyle::success());
        QList<Block> content { Block::tileGrid({ renewalTile(), arrTile(), pipeline, closedWon }, 4) };
        if (data.opportunities.isEmpty()) {
            content.append(Block::note(
                tr("No renewal or expansion opportunities closed in %1 or are open for this account.")
                    .arg(quarterLabel())));
            return stacked(narrative, content);
        }
        Table t;
        t.columns = { { tr("Opportunity"), 4.0 },  { tr("Type"), 1.4 },       { tr("Stage"), 1.8 },
                      { tr("Amount"), 1.6, true }, { tr("Close date"), 1.5 }, { tr("Status"), 1.2 } };
        for (const QbrData::Opportunity &o : data.opportunities) {
            Cell status;
            status.kind = Cell::Kind::Pill;
            if (o.closed && o.won) {
                status.text = tr("Won");
                status.color = QbrStyle::success();
            } else if (o.closed) {
                status.text = tr("Lost");
                status.color = QbrStyle::danger();
            } else {
                status.text = tr("Open");
                status.color = QbrStyle::accent();
            }
            t.rows.append({ Cell::strong(o.name), Cell::plain(opportunityType(o.type)),
                            Cell::plain(CrmFormat::codeLabel(o.stage)),
                            Cell::plain(o.amount ? money(*o.amount) : u"\u2014"_s),
                            Cell::plain(date(o.closeDate)), status });
        }
        content.append(Block::tableOf(t));
        return stacked(narrative, content);
    }

    QList<Block> riskBlocks(const QString &narrative) const
    {
        if (doc.risks.isEmpty())
            return stacked(narrative, { Block::note(tr("No risks have been recorded for this review.")) });
        Table t;
        t.columns = { { tr("Risk"), 4.0 }, { tr("Mitigation"), 5.0 }, { tr("Status"), 1.4 } };
        for (const QbrRisk &r : doc.risks) {
            Cell status;
            status.kind = Cell::Kind::Pill;
            status.text = r.closed ? tr("Mitigated") : tr("Open");
            status.color = r.closed ? QbrStyle::success() : QbrStyle::warning();
            t.rows.append({ Cell::strong(r.risk),
                            Cell::plain(r.mitigation.isEmpty() ? u"\u2014"_s : r.mitigation), status });
        }
        return stacked(narrative, { Block::tableOf(t) });
    }

    QList<Block> commitmentBlocks(const QString &narrative) const
    {
        if (doc.commitments.isEmpty())
            return stacked(narrative,
                           { Block::note(tr("No commitments have been recorded for next quarter yet.")) });
        Table t;
        t.columns = { { tr("Commitment"), 6.0 }, { tr("Owner"), 2.6 }, { tr("Due"), 1.6 } };
        for (const QbrCommitment &c : doc.commitments) {
            t.rows.append({ Cell::strong(c.what), Cell::plain(c.owner.isEmpty() ? u"\u2014"_s : c.owner),
                            Cell::plain(c.due.isValid() ? date(c.due) : tr("No date")) });
        }
        return stacked(narrative, { Block::tableOf(t) });
    }

    // --- HTML ------------------------------------------------------------------------

    static QString esc(const QString &s) { return s.toHtmlEscaped(); }

    static QString svgOf(double width, double height, const PaintFn &paint, const QString &label)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            QSvgGenerator generator;
            generator.setOutputDevice(&buffer);
            generator.setSize(QSize(int(std::ceil(width)), int(std::ceil(height))));
            generator.setViewBox(QRectF(0, 0, width, height));
            QPainter p(&generator);
            paint(p, QRectF(0, 0, width, height));
        }
        QString svg = QString::fromUtf8(buffer.data());
        const qsizetype start = svg.indexOf("<svg"_L1);
        if (start > 0)
            svg.remove(0, start);
        // Qt's boilerplate title, and the one family it names: the page's type instead.
        static const QRegularExpression boilerplate(u"<title>[^<]*</title>\\s*<desc>[^<]*</desc>\\s*"_s);
        svg.remove(boilerplate);
        static const QRegularExpression family(u"font-family=\"[^\"]*\""_s);
        svg.replace(family,
                    u"font-family=\"'Noto Sans','DejaVu Sans','Segoe UI','Helvetica Neue',Arial,"
                    "'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif\""_s);
        // Scales with the page; the size stays as the aspect ratio.
        static const QRegularExpression size(u"^<svg width=\"[^\"]*\" height=\"[^\"]*\""_s);
        svg.replace(
            size,
            u"<svg role=\"img\" aria-label=\"%1\" preserveAspectRatio=\"xMinYMin meet\""_s.arg(esc(label)));
        return svg;
    }

    QString narrativeHtml(const QString &text) const
    {
        QString html;
        bool inList = false;
        for (const TextFlow::Paragraph &p : paragraphsOf(text)) {
            if (p.bullet && !inList) {
                html += u"<ul>"_s;
                inList = true;
            } else if (!p.bullet && inList) {
                html += u"</ul>"_s;
                inList = false;
            }
            QString body = esc(p.text);
            body.replace(QChar::LineSeparator, u"<br>"_s);
            html += p.bullet ? u"<li>"_s + body + u"</li>"_s : u"<p>"_s + body + u"</p>"_s;
        }
        if (inList)
            html += u"</ul>"_s;
        return html.isEmpty() ? QString() : u"<div class=\"narrative\">"_s + html + u"</div>"_s;
    }

    QString tileHtml(const Tile &t) const
    {
        const QString color = colorName(t.color.isValid() ? t.color : QbrStyle::accent());
        QString arrow;
        if (t.arrow)
            arrow = *t.arrow > 0 ? u"<span class=\"up\">\u25b2</span> "_s
                : *t.arrow < 0   ? u"<span class=\"down\">\u25bc</span> "_s
                                 : u"<span class=\"flat\">\u25ac</span> "_s;
        return u"<div class=\"tile\" style=\"border-left-color:%1\"><div class=\"label\">%2</div>"
               "<div class=\"value\"%3>%4</div><div class=\"caption\">%5%6</div></div>"_s.arg(
                   color, esc(t.label), t.valueColored ? u" style=\"color:%1\""_s.arg(color) : QString(),
                   esc(t.value), arrow, esc(t.caption));
    }

    QString cellHtml(const Cell &c, bool right) const
    {
        const QString cls = right ? u" class=\"num\""_s : QString();
        switch (c.kind) {
        case Cell::Kind::Text: {
            QString body = esc(c.text);
            body.replace(u'\n', u"<br>"_s);
            if (c.bold)
                body = u"<strong>"_s + body + u"</strong>"_s;
            const QString style
                = c.color.isValid() ? u" style=\"color:%1\""_s.arg(colorName(c.color)) : QString();
            return u"<td%1%2>%3</td>"_s.arg(cls, style, body);
        }
        case Cell::Kind::Progress:
            return u"<td><div class=\"progress\"><div class=\"track\"><span "
                   u"style=\"width:%1%;background:%2\"></span>"
                   "</div><span>%3</span></div></td>"_s.arg(QString::number(std::clamp(c.value, 0, 100)),
                                                            colorName(c.color), esc(c.text));
        case Cell::Kind::Pill: {
            return u"<td><span class=\"pill\" style=\"color:%1;background:rgba(%2,%3,%4,0.15)\">%5</span></td>"_s
                .arg(colorName(c.color.darker(115)), QString::number(c.color.red()),
                     QString::number(c.color.green()), QString::number(c.color.blue()), esc(c.text));
        }
        case Cell::Kind::Change: {
            const QString arrow = c.arrow > 0 ? u"\u25b2"_s : c.arrow < 0 ? u"\u25bc"_s : u"\u25ac"_s;
            return u"<td%1 style=\"color:%2\"><strong>%3 %4</strong></td>"_s.arg(cls, colorName(c.color),
                                                                                 arrow, esc(c.text));
        }
        }
        return u"<td></td>"_s;
    }

    QString blockHtml(const Block &b, double width) const
    {
        switch (b.kind) {
        case Block::Kind::Narrative:
            return narrativeHtml(b.text);
        case Block::Kind::Subheading:
            return u"<h3>"_s + esc(b.text) + u"</h3>"_s;
        case Block::Kind::Note:
            return u"<p class=\"empty\">"_s + esc(b.text) + u"</p>"_s;
        case Block::Kind::Tiles: {
            QString html = u"<div class=\"tiles\" style=\"grid-template-columns:repeat(%1,1fr)\">"_s.arg(
                std::max(1, b.columns));
            for (const Tile &t : b.tiles)
                html += tileHtml(t);
            return html + u"</div>"_s;
        }
        case Block::Kind::Figure: {
            if (!b.paint || b.height <= 0)
                return u"<div></div>"_s;
            QString html = u"<figure>"_s;
            if (!b.text.isEmpty())
                html += u"<figcaption>"_s + esc(b.text) + u"</figcaption>"_s;
            return html + svgOf(width, b.height, b.paint, b.text) + u"</figure>"_s;
        }
        case Block::Kind::Table: {
            QString html = u"<table><thead><tr>"_s;
            for (const Column &c : b.table.columns)
                html += (c.right ? u"<th class=\"num\">"_s : u"<th>"_s) + esc(c.header) + u"</th>"_s;
            html += u"</tr></thead><tbody>"_s;
            for (const QList<Cell> &row : b.table.rows) {
                html += u"<tr>"_s;
                for (qsizetype i = 0; i < row.size(); ++i)
                    html += cellHtml(row.at(i), i < b.table.columns.size() && b.table.columns.at(i).right);
                html += u"</tr>"_s;
            }
            return html + u"</tbody></table>"_s;
        }
        case Block::Kind::Row: {
            const QList<double> widths = b.childWidths(width);
            QString html = u"<div class=\"row\">"_s;
            for (qsizetype i = 0; i < b.children.size(); ++i)
                html += u"<div class=\"col\" style=\"flex:%1\">"_s.arg(b.weights.value(i, 1.0))
                    + blockHtml(b.children.at(i), widths.at(i)) + u"</div>"_s;
            return html + u"</div>"_s;
        }
        case Block::Kind::Side: {
            if (b.text.trimmed().isEmpty()) {
                QString html;
                for (const Block &c : b.children)
                    html += blockHtml(c, width);
                return html;
            }
            const double leftWidth = std::round(width * b.leftShare - ColumnGap / 2);
            const double rightWidth = width - leftWidth - ColumnGap;
            QString html = u"<div class=\"side\" style=\"grid-template-columns:%1fr %2fr\">"_s.arg(
                QString::number(leftWidth, 'f', 0), QString::number(rightWidth, 'f', 0));
            html += u"<div>"_s + narrativeHtml(b.text) + u"</div><div>"_s;
            for (const Block &c : b.children)
                html += blockHtml(c, rightWidth);
            return html + u"</div></div>"_s;
        }
        }
        return {};
    }

    QString logoHtml() const
    {
        if (!logoBytes.isEmpty()) {
            QString html
                = u"<div class=\"brand\"><img class=\"logo\" alt=\"%1\" src=\"data:%2;base64,%3\">"_s.arg(
                    esc(options.vendorName), logoMime, QString::fromLatin1(logoBytes.toBase64()));
            if (logoSize(QSizeF(228, 64)).width() < 140) // a mark without words: the name beside it
                html += u"<span class=\"vendor\">"_s + esc(options.vendorName) + u"</span>"_s;
            return html + u"</div>"_s;
        }
        return u"<div class=\"vendor\">"_s + esc(options.vendorName) + u"</div>"_s;
    }

    QString deckTitle() const
    {
        return tr("%1 \u00b7 Quarterly Business Review %2").arg(accountName(), quarterLabel());
    }

    QString html() const
    {
        const QString title = deckTitle();
        QString html;
        html += u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                "<meta name=\"generator\" content=\"Pitwall\">\n<title>%2</title>\n<style>\n"_s.arg(
                    esc(locale.bcp47Name()), esc(title));
        html
            += uR"(:root{--navy:#15233b;--accent:#1f6feb;--text:#1b2430;--muted:#5f6b7a;--border:#dde3ea;--panel:#f4f6f9}
*{box-sizing:border-box}
body{margin:0;background:#e8ecf1;color:var(--text);font:15px/1.55 "Noto Sans","DejaVu Sans","Segoe UI","Helvetica Neue",Arial,"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif}
.slide{max-width:1120px;margin:28px auto;background:#fff;box-shadow:0 2px 10px rgba(21,35,59,.12);border-radius:4px;overflow:hidden}
.slide>header{background:var(--navy);color:#fff;display:flex;justify-content:space-between;align-items:center;gap:24px;padding:18px 44px;border-bottom:3px solid var(--accent)}
.slide>header h2{margin:0;font-size:26px;line-height:1.25}
.slide>header .meta{color:rgba(255,255,255,.75);font-size:13px;text-align:right}
.body{padding:24px 44px 32px}
.body>*+*,.side>div>*+*{margin-top:18px}
.narrative p{margin:0 0 .7em}.narrative ul{margin:0 0 .7em;padding-left:1.3em}.narrative li::marker{color:var(--accent)}
h3{color:var(--navy);font-size:17px;margin:26px 0 8px}
.empty{background:var(--panel);color:var(--muted);padding:14px 16px;border-radius:6px;margin:0}
.tiles{display:grid;gap:12px}
.tile{background:var(--panel);border-radius:6px;border-left:4px solid var(--accent);padding:10px 14px 12px}
.tile .label{color:var(--muted);font-size:13px;font-weight:600}
.tile .value{font-size:28px;font-weight:700;line-height:1.3;overflow-wrap:anywhere}
.tile .caption{color:var(--muted);font-size:12px}
.up{color:#1a7f37}.down{color:#cf222e}.flat{color:var(--muted)}
figure{margin:0}figcaption{font-weight:700;font-size:14px;margin-bottom:4px}
figure svg{width:100%;height:auto;display:block}
.row{display:flex;gap:32px}.row>.col{flex:1;min-width:0}
.side{display:grid;gap:32px;align-items:start}
table{width:100%;border-collapse:collapse;font-size:14px}
th{text-align:left;color:var(--muted);font-size:12px;font-weight:600;border-bottom:1.5px solid var(--navy);padding:6px 8px}
td{border-bottom:1px solid var(--border);padding:7px 8px;vertical-align:top;overflow-wrap:anywhere}
.num{text-align:right;white-space:nowrap}
.progress{display:flex;align-items:center;gap:8px}.progress .track{flex:1;height:8px;border-radius:4px;background:var(--border);overflow:hidden}.progress .track span{display:block;height:100%}
.pill{display:inline-block;border-radius:9px;padding:0 8px;font-size:12px;font-weight:600;white-space:nowrap}
.cover{display:grid;grid-template-columns:340px 1fr;min-height:560px}
.cover .panel{background:var(--navy);color:#fff;padding:40px;display:flex;flex-direction:column;justify-content:space-between;border-right:6px solid var(--accent)}
.cover .logo{max-width:228px;max-height:72px;background:#fff;padding:12px 16px;border-radius:8px}
.cover .vendor{font-size:26px;font-weight:700}.cover .brand{display:flex;align-items:center;gap:16px}.cover .brand .vendor{font-size:18px}
.cover .quarter{font-size:34px;font-weight:700;line-height:1.2}.cover .kind{color:rgba(255,255,255,.7)}
.cover .main{padding:96px 56px 40px}
.cover .kicker{color:var(--accent);font-weight:700}
.cover h1{color:var(--navy);font-size:40px;line-height:1.22;margin:8px 0 12px;overflow-wrap:anywhere}
.cover .period{color:var(--muted);font-size:17px}
.cover .rule{width:56px;height:4px;background:var(--accent);margin:24px 0 18px}
.cover .by{font-weight:600}.cover .date{color:var(--muted)}
.cover .about{color:var(--muted);margin-top:40px}
footer.deck{max-width:1120px;margin:0 auto 32px;color:var(--muted);font-size:12px;text-align:center}
@media(max-width:760px){.body{padding:20px}.row{flex-direction:column}.side{grid-template-columns:1fr!important}.tiles{grid-template-columns:repeat(2,1fr)!important}.cover{grid-template-columns:1fr}.cover .main{padding:32px 20px}}
@media print{body{background:#fff}.slide{box-shadow:none;margin:0;border-radius:0;break-after:page}footer.deck{display:none}}
)"_s;
        html += u"</style>\n</head>\n<body>\n"_s;
        for (const QbrSectionState &s : enabledSections()) {
            if (s.section == QbrSection::Cover) {
                const QbrQuarter q = quarter();
                html += u"<section class=\"slide cover\" id=\"cover\"><div class=\"panel\">"_s + logoHtml()
                    + u"<div><div class=\"kind\">"_s + esc(tr("Quarterly Business Review"))
                    + u"</div><div class=\"quarter\">"_s + esc(quarterLabel()) + u"</div></div></div>"_s;
                html += u"<div class=\"main\"><div class=\"kicker\">"_s + esc(tr("Quarterly Business Review"))
                    + u"</div><h1>"_s + esc(accountName()) + u"</h1><div class=\"period\">"_s
                    + esc(tr("%1 \u00b7 %2 to %3").arg(quarterLabel(), date(q.firstDay()), date(q.lastDay())))
                    + u"</div><div class=\"rule\"></div><div class=\"by\">"_s
                    + esc(data.csmName.isEmpty() ? tr("Prepared by your Customer Success team")
                                                 : tr("Prepared by %1").arg(data.csmName))
                    + u"</div><div class=\"date\">"_s + esc(preparedDate()) + u"</div>"_s;
                const QString about = narrativeHtml(s.narrative);
                if (!about.isEmpty())
                    html += u"<div class=\"about\">"_s + about + u"</div>"_s;
                html += u"</div></section>\n"_s;
                continue;
            }
            html
                += u"<section class=\"slide\" id=\"%1\"><header><h2>%2</h2><div "
                   u"class=\"meta\">%3</div></header>"
                   "<div class=\"body\">"_s.arg(esc(Qbr::sectionKey(s.section)), esc(sectionTitle(s.section)),
                                                esc(accountName() + u" \u00b7 "_s + quarterLabel()));
            for (const Block &b : blocks(s))
                html += blockHtml(b, ContentWidth);
            html += u"</div></section>\n"_s;
        }
        html += u"<footer class=\"deck\">"_s
            + esc(tr("%1 \u00b7 Quarterly Business Review %2").arg(accountName(), quarterLabel()))
            + u" \u00b7 "_s + esc(options.vendorName) + u"</footer>\n</body>\n</html>\n"_s;
        return html;
    }
};

// ---------------------------------------------------------------------------------------

QbrRenderer::QbrRenderer(const QbrDocument &document, const QbrData &data, const Options &options)
{
    auto p = std::make_shared<Private>();
    p->doc = document;
    p->data = data;
    p->options = options;
    if (p->options.vendorName.trimmed().isEmpty())
        p->options.vendorName = u"Pitwall"_s;
    if (!options.language.isEmpty()) {
        p->overrideLanguage = true;
        p->locale = QLocale(options.language);
        auto translator = std::make_shared<QTranslator>();
        if (translator->load(p->locale, u"pitwall"_s, u"_"_s, u":/i18n"_s))
            p->translator = translator;
    } else {
        p->locale = CrmFormat::displayLocale();
    }
    if (!options.logoPath.isEmpty()) {
        QFile file(options.logoPath);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = file.read(8 * 1024 * 1024);
            if (options.logoPath.endsWith(".svg"_L1, Qt::CaseInsensitive) || bytes.contains("<svg")) {
                auto svg = std::make_shared<QSvgRenderer>(bytes);
                if (svg->isValid()) {
                    p->logoSvg = svg;
                    p->logoBytes = bytes;
                    p->logoMime = u"image/svg+xml"_s;
                }
            } else {
                QImage image;
                if (image.loadFromData(bytes)) {
                    p->logoImage = image;
                    QBuffer png(&p->logoBytes);
                    png.open(QIODevice::WriteOnly);
                    image.save(&png, "PNG");
                    p->logoMime = u"image/png"_s;
                }
            }
        }
    }
    p->build();
    d = p;
}

int QbrRenderer::pageCount() const
{
    return int(d->pages.size());
}

QString QbrRenderer::pageTitle(int page) const
{
    if (page < 0 || page >= pageCount())
        return {};
    const Page &p = d->pages.at(page);
    return p.continued ? tr("%1 (continued)").arg(p.title) : p.title;
}

std::optional<QbrSection> QbrRenderer::pageSection(int page) const
{
    if (page < 0 || page >= pageCount())
        return std::nullopt;
    return d->pages.at(page).section;
}

QImage QbrRenderer::renderPage(int page, int width) const
{
    if (page < 0 || page >= pageCount() || width <= 0)
        return {};
    QImage image(width, std::max(1, width * 9 / 16), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.scale(width / PageWidth, image.height() / PageHeight);
    d->paintPage(painter, page);
    painter.end();
    return image;
}

bool QbrRenderer::writePdf(const QString &path, QString *error) const
{
    const auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (pageCount() == 0)
        return failWith(tr("There is nothing to export: every section of this QBR is turned off."));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QSizeF(PageWidth, PageHeight), QPageSize::Point,
                                                   u"Slide 16:9"_s, QPageSize::ExactMatch),
                                         QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setResolution(720);
        writer.setTitle(d->deckTitle());
        writer.setCreator(d->options.vendorName);
        QPainter painter;
        if (!painter.begin(&writer))
            return failWith(tr("The PDF could not be started."));
        painter.setRenderHint(QPainter::Antialiasing);
        const double sx = writer.width() / PageWidth;
        const double sy = writer.height() / PageHeight;
        for (int i = 0; i < pageCount(); ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            painter.scale(sx, sy);
            d->paintPage(painter, i);
            painter.restore();
        }
        painter.end();
    }
    QByteArray pdf = buffer.data();
    {
        TextRecorder recorder;
        QPainter painter(&recorder);
        for (int i = 0; i < pageCount(); ++i)
            d->paintPage(painter, i);
        painter.end();
        repairToUnicodeMaps(pdf, recorder.text);
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failWith(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.write(pdf) != pdf.size() || !file.commit())
        return failWith(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

QByteArray QbrRenderer::toHtml() const
{
    return d->html().toUtf8();
}

bool QbrRenderer::writeHtml(const QString &path, QString *error) const
{
    const QByteArray html = toHtml();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}
