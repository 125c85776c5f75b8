// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbuilder.h"

#include "annotationanchorer.h"
#include "annotationstore.h"
#include "cableselectionquery.h"
#include "cablereader.h"
#include "datetext.h"
#include "librarydatabase.h"
#include "librarysearch.h"
#include "referenceresolver.h"
#include "searchquery.h"
#include "tagglossary.h"
#include "usertagstore.h"

#include <QAbstractTextDocumentLayout>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextList>
#include <QUrl>

#include <algorithm>
#include <map>

namespace Reftel
{
namespace
{
const QColor DefaultTagColour(0xff, 0xd5, 0x4f);
const QColor MutedText(0x55, 0x5b, 0x66);
const QColor AccentText(0x1f, 0x3a, 0x5f);

qreal pt(qreal points)
{
    return ReportDocument::fromPoints(points);
}

// The passage's background: the tag colour lightened so dark text on it
// stays legible in print.
QColor highlight(const QColor &colour)
{
    return QColor::fromRgbF(
        0.55f + 0.45f * colour.redF(), 0.55f + 0.45f * colour.greenF(), 0.55f + 0.45f * colour.blueF());
}

// Ligatures ("fi", "ffi") come out of a PDF as one character, so a search
// for "officer" in a viewer would miss "oﬃcer": off.
void noLigatures(QFont &font)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    font.setFeature(QFont::Tag("liga"), 0);
#else
    Q_UNUSED(font)
#endif
}

QFont serif(qreal points, QFont::Weight weight = QFont::Normal)
{
    QFont font;
    font.setFamilies({ QStringLiteral("DejaVu Serif"), QStringLiteral("Liberation Serif"), QStringLiteral("Noto Serif"),
        QStringLiteral("serif") });
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(points);
    font.setWeight(weight);
    noLigatures(font);
    return font;
}

QFont sans(qreal points, QFont::Weight weight = QFont::Normal)
{
    QFont font;
    font.setFamilies({ QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"), QStringLiteral("Noto Sans"),
        QStringLiteral("sans-serif") });
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    font.setWeight(weight);
    noLigatures(font);
    return font;
}

QTextCharFormat charFormat(const QFont &font, const QColor &colour = Qt::black)
{
    QTextCharFormat format;
    format.setFont(font);
    format.setForeground(colour);
    return format;
}

QTextBlockFormat blockFormat(qreal topPt, qreal bottomPt, qreal leftPt = 0)
{
    QTextBlockFormat format;
    format.setTopMargin(pt(topPt));
    format.setBottomMargin(pt(bottomPt));
    format.setLeftMargin(pt(leftPt));
    format.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
    return format;
}

QString paragraphLabel(const Paragraph &paragraph)
{
    return paragraph.number > 0 ? QStringLiteral("¶%1").arg(paragraph.number) : QStringLiteral("¶");
}

// A note's Markdown, read with raw HTML off, written into the report keeping
// only emphasis, code and http(s) links: no images, no styles, no other URL
// schemes. Anything else arrives as its text.
void insertMarkdown(
    QTextCursor &cursor, const QString &markdown, const QTextCharFormat &base, const QTextBlockFormat &block)
{
    QTextDocument source;
    source.setResourceProvider([](const QUrl &) { return QVariant(); });
    source.setMarkdown(markdown, QTextDocument::MarkdownNoHTML);
    bool first = true;
    for (QTextBlock b = source.begin(); b.isValid(); b = b.next()) {
        if (!first)
            cursor.insertBlock(block, base);
        first = false;
        if (const QTextList *list = b.textList()) {
            const bool numbered = list->format().style() == QTextListFormat::ListDecimal;
            cursor.insertText(
                numbered ? QStringLiteral("%1. ").arg(list->itemNumber(b) + 1) : QStringLiteral("• "), base);
        }
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat from = fragment.charFormat();
            QTextCharFormat format = base;
            if (from.isImageFormat()) {
                cursor.insertText(ReportBuilder::tr("[image %1]").arg(from.toImageFormat().name()), format);
                continue;
            }
            if (from.fontWeight() >= QFont::DemiBold)
                format.setFontWeight(QFont::Bold);
            if (from.fontItalic())
                format.setFontItalic(true);
            if (from.fontStrikeOut())
                format.setFontStrikeOut(true);
            if (from.fontFixedPitch() || from.fontFamilies().toStringList().contains(QStringLiteral("monospace")))
                format.setFontFamilies({ QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace") });
            if (from.isAnchor()) {
                const QUrl url(from.anchorHref());
                if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) {
                    format.setAnchor(true);
                    format.setAnchorHref(url.toString());
                    format.setForeground(AccentText);
                    format.setFontUnderline(true);
                }
            }
            cursor.insertText(fragment.text(), format);
        }
    }
}

QString dateText(const QDateTime &dt)
{
    return DateText::longUtc(dt);
}

// A tag-only annotation prints its tags beside the passage, in the tags' colours.
void insertTagLabels(
    QTextCursor &cursor, const Annotation &annotation, const QHash<qint64, UserTag> &tags, const QTextCharFormat &base)
{
    for (const qint64 tagId : annotation.tagIds) {
        const UserTag tag = tags.value(tagId);
        QTextCharFormat swatch = base;
        swatch.setForeground(QColor(tag.colour).isValid() ? QColor(tag.colour) : DefaultTagColour);
        cursor.insertText(QStringLiteral(" ■"), swatch);
        cursor.insertText(QStringLiteral("\u00A0") + tag.path, base);
    }
}

QString referenceStateText(ReferenceResolver::State state)
{
    switch (state) {
    case ReferenceResolver::State::Resolved:
        return ReportBuilder::tr("in the library");
    case ReferenceResolver::State::Missing:
        return ReportBuilder::tr("not in the library");
    case ReferenceResolver::State::Probable:
        return ReportBuilder::tr("probably");
    case ReferenceResolver::State::NotACable:
        return ReportBuilder::tr("not a cable");
    case ReferenceResolver::State::Pending:
        break;
    }
    return ReportBuilder::tr("not yet resolved");
}

struct IndexEntry
{
    QString cableId;
    QString label; // ¶5
    QString subject;
    int block = 0;
};

QTextBlockFormat pageBreakBefore(QTextBlockFormat format)
{
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    return format;
}

// Contents and index entries: the page number right-aligned in a gutter
// on the left ("\t12\tentry"), the entry's lines hanging after it.
QTextBlockFormat entryFormat()
{
    // Tab positions are read as 1/96 inch and scaled to the layout's
    // resolution, unlike margins (layout units): give them in those.
    auto tabAt = [](qreal points) { return points * 96.0 / 72.0; };
    QTextBlockFormat format = blockFormat(0, 3, 34);
    format.setTextIndent(-pt(34));
    format.setTabPositions(
        { QTextOption::Tab(tabAt(24), QTextOption::RightTab), QTextOption::Tab(tabAt(34), QTextOption::LeftTab) });
    return format;
}

// The report's text and block formats, made once a build.
struct Styles
{
    QTextCharFormat bodyText = charFormat(serif(10));
    QTextCharFormat markText = charFormat(sans(8.5, QFont::Bold), MutedText);
    QTextCharFormat metaLabel = charFormat(sans(8.5, QFont::Bold), MutedText);
    QTextCharFormat metaValue = charFormat(sans(8.5));
    QTextCharFormat noteText = charFormat(serif(9));
    QTextCharFormat noteMeta = charFormat(sans(7.5), MutedText);
    QTextCharFormat noteNumber = charFormat(serif(9, QFont::Bold), AccentText);
    QTextCharFormat h1 = charFormat(serif(16, QFont::Bold), AccentText);
    QTextCharFormat h2 = charFormat(sans(10.5, QFont::Bold), AccentText);
    QTextCharFormat h3 = charFormat(sans(9.5, QFont::Bold), MutedText);
    QTextBlockFormat chapterBlock = pageBreakBefore(blockFormat(0, 4));
    QTextBlockFormat h2Block = blockFormat(12, 4);
    QTextBlockFormat h3Block = blockFormat(8, 3);
    QTextBlockFormat metaBlock = blockFormat(0, 1);
    QTextBlockFormat paragraphBlock = blockFormat(0, 7);
    QTextBlockFormat noteBlock = blockFormat(0, 5, 18);
    QTextBlockFormat entryBlock = entryFormat();
};

// An empty report on its paper, its document laid out at the layout's resolution.
ReportDocument newReport(const ReportOptions &options)
{
    ReportDocument report;
    report.title = options.title.trimmed().isEmpty() ? ReportBuilder::tr("Cable report") : options.title.trimmed();
    report.author = options.author.trimmed();
    report.pageLayout = QPageLayout(
        QPageSize(options.paperSize == ReportOptions::PaperSize::Letter ? QPageSize::Letter : QPageSize::A4),
        QPageLayout::Portrait, QMarginsF(20, 18, 20, 16), QPageLayout::Millimeter);
    report.headerHeight = pt(28);
    report.layoutDevice = std::make_unique<QImage>(8, 8, QImage::Format_RGB32);
    const int dotsPerMeter = qRound(ReportDocument::LayoutDpi / 0.0254);
    report.layoutDevice->setDotsPerMeterX(dotsPerMeter);
    report.layoutDevice->setDotsPerMeterY(dotsPerMeter);
    report.document = std::make_unique<QTextDocument>();
    QTextDocument &doc = *report.document;
    doc.setResourceProvider([](const QUrl &) { return QVariant(); }); // nothing is ever fetched
    doc.documentLayout()->setPaintDevice(report.layoutDevice.get());
    doc.setDocumentMargin(0);
    doc.setDefaultFont(serif(10));
    QTextOption option = doc.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // a long token never runs off the page
    doc.setDefaultTextOption(option);
    doc.setMetaInformation(QTextDocument::DocumentTitle, report.title);
    doc.setTextWidth(pt(report.pageLayout.paintRect(QPageLayout::Point).width()));
    return report;
}

// Writes a report's parts in order through one cursor: the title page and
// the contents, a chapter per cable, the tag index, then the counts on the
// title page.
class ReportComposer
{
public:
    ReportComposer(ReportDocument &report, const ReportOptions &options, const QHash<qint64, UserTag> &tags,
        const QStringList &ids)
        : m_report(report)
        , m_options(options)
        , m_tags(tags)
        , m_inReport(ids.cbegin(), ids.cend())
        , m_cursor(report.document.get())
    {
        // One edit block for the whole build: the layout runs once, at the end,
        // instead of after every insertion (the contents, filled in as the
        // chapters come, would otherwise move everything after them each time).
        m_cursor.beginEditBlock();
        titlePage();
        contents(ids.size());
    }

    void abandon() { m_cursor.endEditBlock(); }
    void chapter(qsizetype index, const Cable &cable, QList<Annotation> annotations,
        const QList<ReferenceResolver::Link> &links);
    void finish();

private:
    void heading(
        const QString &text, const QTextCharFormat &format, const QTextBlockFormat &block, const QString &anchor = {});
    void metaLine(const QString &label, const QString &value);
    void titlePage();
    void contents(qsizetype cables);
    void cableHeader(const Cable &cable);
    void references(const QList<ReferenceResolver::Link> &links);
    void body(const Cable &cable, const QString &subject, const QList<Annotation> &annotations);
    void writeParagraph(
        const Cable &cable, const Paragraph &paragraph, const QString &subject, QList<const Annotation *> here);
    void paragraphText(const Paragraph &paragraph, const QList<const Annotation *> &here,
        const QHash<const Annotation *, int> &numbers);
    int notes(const QList<const Annotation *> &here, const QHash<const Annotation *, int> &numbers);
    void detachedNotes(const QList<const Annotation *> &detached);
    void tagIndex();
    QColor tagColour(const Annotation &annotation) const;

    ReportDocument &m_report;
    const ReportOptions &m_options;
    const QHash<qint64, UserTag> &m_tags;
    const QSet<QString> m_inReport;
    const Styles m_styles;
    QTextCursor m_cursor;
    int m_countsBlock = 0;
    QList<int> m_tocBlocks;
    int m_tagIndexTocBlock = -1;
    std::map<QString, QList<IndexEntry>> m_tagIndex; // by path
};

void ReportComposer::heading(
    const QString &text, const QTextCharFormat &format, const QTextBlockFormat &block, const QString &anchor)
{
    m_cursor.insertBlock(block, format);
    QTextCharFormat f = format;
    if (!anchor.isEmpty()) {
        f.setAnchor(true);
        f.setAnchorNames({ anchor });
    }
    m_cursor.insertText(text, f);
    m_report.headingBlocks.append(m_cursor.block().blockNumber());
}

void ReportComposer::metaLine(const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return;
    m_cursor.insertBlock(m_styles.metaBlock, m_styles.metaValue);
    m_cursor.insertText(label + QStringLiteral("  "), m_styles.metaLabel);
    m_cursor.insertText(value, m_styles.metaValue);
}

QColor ReportComposer::tagColour(const Annotation &annotation) const
{
    for (const qint64 id : annotation.tagIds) {
        const QColor colour(m_tags.value(id).colour);
        if (colour.isValid())
            return colour;
    }
    return DefaultTagColour;
}

void ReportComposer::titlePage()
{
    // The first block exists already.
    m_cursor.setBlockFormat(blockFormat(150, 18));
    m_cursor.insertText(m_report.title, charFormat(serif(26, QFont::Bold), AccentText));
    const QTextBlockFormat titleLine = blockFormat(0, 6);
    if (!m_report.author.isEmpty()) {
        m_cursor.insertBlock(titleLine);
        m_cursor.insertText(m_report.author, charFormat(serif(13)));
    }
    m_cursor.insertBlock(titleLine);
    m_cursor.insertText(DateText::longDate(QDate::currentDate()), charFormat(serif(11), MutedText));
    m_cursor.insertBlock(blockFormat(36, 4));
    m_cursor.insertText(ReportBuilder::tr("Selected by"), m_styles.metaLabel);
    m_cursor.insertBlock(blockFormat(0, 12));
    m_cursor.insertText(ReportBuilder::describeSelection(m_options), charFormat(serif(11)));
    m_cursor.insertBlock(blockFormat(0, 4));
    m_countsBlock = m_cursor.block().blockNumber();
}

// Contents, page numbers filled in by ReportWriter::paginate(), entries by chapter().
void ReportComposer::contents(qsizetype cables)
{
    heading(ReportBuilder::tr("Contents"), m_styles.h1, m_styles.chapterBlock);
    for (qsizetype i = 0; i < cables; ++i) {
        m_cursor.insertBlock(m_styles.entryBlock, m_styles.bodyText);
        m_tocBlocks.append(m_cursor.block().blockNumber());
    }
    if (m_options.includeTagIndex) {
        m_cursor.insertBlock(m_styles.entryBlock, m_styles.bodyText);
        m_tagIndexTocBlock = m_cursor.block().blockNumber();
    }
}

void ReportComposer::chapter(
    qsizetype index, const Cable &cable, QList<Annotation> annotations, const QList<ReferenceResolver::Link> &links)
{
    const QString &id = cable.id;
    const QString subject = cable.subject.isEmpty() ? (cable.title.isEmpty() ? id : cable.title) : cable.subject;
    // The TOC entry, now that the subject is known.
    QTextCursor toc(m_report.document->findBlockByNumber(m_tocBlocks.at(index)));
    QTextCharFormat tocLink = m_styles.bodyText;
    tocLink.setAnchor(true);
    tocLink.setAnchorHref(u'#' + ReportBuilder::chapterAnchor(id));
    toc.insertText(QStringLiteral("\t\t"), m_styles.bodyText);
    toc.insertText(id + QStringLiteral("  "), charFormat(sans(8.5, QFont::Bold), MutedText));
    toc.insertText(subject, tocLink);

    heading(subject, m_styles.h1, m_styles.chapterBlock, ReportBuilder::chapterAnchor(id));
    m_report.pageReferences.append({ m_tocBlocks.at(index), m_cursor.block().blockNumber() });
    metaLine(ReportBuilder::tr("Cable"), id);
    if (m_options.includeHeader)
        cableHeader(cable);
    for (Annotation &annotation : annotations)
        AnnotationAnchorer::anchor(cable, annotation); // placement for this text; the store is left alone
    m_report.annotations += int(annotations.size());
    if (m_options.includeReferences && !cable.references.isEmpty())
        references(links);
    body(cable, subject, annotations);
    ++m_report.cables;
}

void ReportComposer::cableHeader(const Cable &cable)
{
    const TagGlossary &glossary = TagGlossary::instance();
    metaLine(ReportBuilder::tr("Date"), dateText(cable.created));
    metaLine(ReportBuilder::tr("Origin"), cable.origin);
    metaLine(ReportBuilder::tr("Classification"), cable.classification);
    QStringList tagTexts;
    for (const QList<TagInfo> &list : { cable.subjectTags, cable.countryTags }) {
        for (const TagInfo &tag : list) {
            const TagInfo known = tag.meaning.isEmpty() ? glossary.lookup(tag.code) : tag;
            tagTexts << (known.meaning.isEmpty() ? tag.code : QStringLiteral("%1 (%2)").arg(tag.code, known.meaning));
        }
    }
    metaLine(ReportBuilder::tr("TAGS"), tagTexts.join(QStringLiteral("; ")));
    if (!cable.classifiedBy.isEmpty())
        metaLine(ReportBuilder::tr("Classified by"), cable.classifiedBy.text);
}

void ReportComposer::references(const QList<ReferenceResolver::Link> &links)
{
    heading(ReportBuilder::tr("References"), m_styles.h2, m_styles.h2Block);
    const QTextCharFormat muted = charFormat(sans(8.5), MutedText);
    for (const ReferenceResolver::Link &link : links) {
        m_cursor.insertBlock(m_styles.metaBlock, m_styles.metaValue);
        m_cursor.insertText(
            (link.letter.isEmpty() ? QStringLiteral("–") : link.letter) + QStringLiteral(". "), m_styles.metaLabel);
        m_cursor.insertText(link.text, m_styles.metaValue);
        m_cursor.insertText(QStringLiteral("  [") + referenceStateText(link.state), muted);
        if (!link.targetId.isEmpty()) {
            m_cursor.insertText(QStringLiteral(": "), muted);
            QTextCharFormat target = muted;
            if (m_inReport.contains(link.targetId)) {
                target.setAnchor(true);
                target.setAnchorHref(u'#' + ReportBuilder::chapterAnchor(link.targetId));
                target.setForeground(AccentText);
                target.setFontUnderline(true);
            }
            m_cursor.insertText(link.targetId, target);
        }
        m_cursor.insertText(QStringLiteral("]"), muted);
    }
}

void ReportComposer::body(const Cable &cable, const QString &subject, const QList<Annotation> &annotations)
{
    QHash<QString, QList<const Annotation *>> byAnchor;
    QList<const Annotation *> detached;
    for (const Annotation &annotation : annotations) {
        if (annotation.detached)
            detached.append(&annotation);
        else
            byAnchor[annotation.anchor].append(&annotation);
    }
    bool bodyHeading = false;
    for (const Section &section : cable.sections) {
        bool sectionHeadingDone = section.heading.trimmed().isEmpty();
        for (const Paragraph &paragraph : section.paragraphs) {
            const QList<const Annotation *> here = byAnchor.value(paragraph.anchor);
            if (m_options.annotatedOnly && here.isEmpty())
                continue;
            if (!bodyHeading) {
                heading(m_options.annotatedOnly ? ReportBuilder::tr("Annotated paragraphs") : ReportBuilder::tr("Text"),
                    m_styles.h2, m_styles.h2Block);
                bodyHeading = true;
            }
            // The cable's own section headings, before the first paragraph printed of each.
            if (!sectionHeadingDone) {
                heading(section.heading.trimmed(), m_styles.h3, m_styles.h3Block);
                sectionHeadingDone = true;
            }
            writeParagraph(cable, paragraph, subject, here);
        }
    }
    if (!detached.isEmpty() && m_options.includeNotes)
        detachedNotes(detached);
}

void ReportComposer::writeParagraph(
    const Cable &cable, const Paragraph &paragraph, const QString &subject, QList<const Annotation *> here)
{
    std::sort(here.begin(), here.end(), [](const Annotation *a, const Annotation *b) {
        return std::tie(a->start, a->length, a->id) < std::tie(b->start, b->length, b->id);
    });
    // Numbers for the notes that have words; a tag alone is shown beside its passage.
    QHash<const Annotation *, int> numbers;
    for (const Annotation *a : std::as_const(here)) {
        if (m_options.includeNotes && !a->note.trimmed().isEmpty())
            numbers.insert(a, ++m_report.notes);
    }
    m_cursor.insertBlock(m_styles.paragraphBlock, m_styles.bodyText);
    const int paragraphBlockNumber = m_cursor.block().blockNumber();
    if (paragraph.number > 0)
        m_cursor.insertText(
            QString::number(paragraph.number) + QStringLiteral(". "), charFormat(serif(10, QFont::Bold)));
    if (!paragraph.mark.isEmpty())
        m_cursor.insertText(QStringLiteral("(%1) ").arg(paragraph.mark), m_styles.markText);
    paragraphText(paragraph, here, numbers);
    for (const Annotation *a : std::as_const(here)) {
        for (const qint64 tagId : a->tagIds)
            m_tagIndex[m_tags.value(tagId).path].append(
                { cable.id, paragraphLabel(paragraph), subject, paragraphBlockNumber });
    }
    const int lastBlock = notes(here, numbers);
    if (lastBlock > paragraphBlockNumber)
        m_report.keptTogether.append({ paragraphBlockNumber, lastBlock });
}

// The paragraph's text in runs cut where passages start and end, each
// passage in its tag's colour, a note's number or a tag's label after it.
void ReportComposer::paragraphText(
    const Paragraph &paragraph, const QList<const Annotation *> &here, const QHash<const Annotation *, int> &numbers)
{
    const QString &text = paragraph.text;
    const qsizetype size = text.size();
    auto endOf = [size](const Annotation *a) {
        return a->isWholeParagraph() ? size : std::clamp<qsizetype>(a->start + a->length, 0, size);
    };
    auto startOf = [size](const Annotation *a) {
        return a->isWholeParagraph() ? 0 : std::clamp<qsizetype>(a->start, 0, size);
    };
    QList<qsizetype> cuts { 0, size };
    for (const Annotation *a : here)
        cuts << startOf(a) << endOf(a);
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    for (qsizetype c = 0; c + 1 < cuts.size() || (c == 0 && size == 0); ++c) {
        const qsizetype from = cuts.at(c);
        const qsizetype to = c + 1 < cuts.size() ? cuts.at(c + 1) : from;
        const Annotation *cover = nullptr;
        for (const Annotation *a : here) {
            if (startOf(a) <= from && endOf(a) >= to && to > from)
                cover = a; // the innermost (latest starting) passage wins
        }
        QTextCharFormat run = m_styles.bodyText;
        if (cover)
            run.setBackground(highlight(tagColour(*cover)));
        if (to > from)
            m_cursor.insertText(text.mid(from, to - from), run);
        for (const Annotation *a : here) {
            if (endOf(a) != to)
                continue;
            if (numbers.contains(a)) {
                QTextCharFormat mark = charFormat(serif(10, QFont::Bold), AccentText);
                mark.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
                m_cursor.insertText(QStringLiteral("[%1]").arg(numbers.value(a)), mark);
            } else {
                insertTagLabels(m_cursor, *a, m_tags, m_styles.noteMeta);
            }
        }
        if (size == 0)
            break;
    }
}

// The numbered notes below their paragraph; the last block written.
int ReportComposer::notes(const QList<const Annotation *> &here, const QHash<const Annotation *, int> &numbers)
{
    int lastBlock = m_cursor.block().blockNumber();
    for (const Annotation *a : here) {
        if (!numbers.contains(a))
            continue;
        m_cursor.insertBlock(m_styles.noteBlock, m_styles.noteText);
        m_cursor.insertText(QStringLiteral("[%1] ").arg(numbers.value(a)), m_styles.noteNumber);
        for (const qint64 tagId : a->tagIds) {
            const UserTag tag = m_tags.value(tagId);
            QTextCharFormat swatch = m_styles.noteMeta;
            swatch.setForeground(QColor(tag.colour).isValid() ? QColor(tag.colour) : DefaultTagColour);
            m_cursor.insertText(QStringLiteral("■ "), swatch);
            m_cursor.insertText(tag.path + QStringLiteral("  "), m_styles.noteMeta);
        }
        QStringList byline;
        if (!a->author.isEmpty())
            byline << a->author;
        if (a->modified.isValid())
            byline << QLocale().toString(a->modified.toLocalTime().date(), QLocale::ShortFormat);
        m_cursor.insertText(byline.join(QStringLiteral(", ")), m_styles.noteMeta);
        m_cursor.insertBlock(m_styles.noteBlock, m_styles.noteText);
        insertMarkdown(m_cursor, a->note, m_styles.noteText, m_styles.noteBlock);
        lastBlock = m_cursor.block().blockNumber();
    }
    return lastBlock;
}

void ReportComposer::detachedNotes(const QList<const Annotation *> &detached)
{
    heading(ReportBuilder::tr("Annotations whose passage is no longer in the text"), m_styles.h2, m_styles.h2Block);
    for (const Annotation *a : detached) {
        m_cursor.insertBlock(m_styles.noteBlock, m_styles.noteText);
        const int first = m_cursor.block().blockNumber();
        const bool hasNote = !a->note.trimmed().isEmpty();
        if (hasNote)
            m_cursor.insertText(QStringLiteral("[%1] ").arg(++m_report.notes), m_styles.noteNumber);
        m_cursor.insertText(QStringLiteral("“%1”").arg(a->quote), m_styles.noteText);
        insertTagLabels(m_cursor, *a, m_tags, m_styles.noteMeta);
        if (hasNote) {
            m_cursor.insertBlock(m_styles.noteBlock, m_styles.noteText);
            insertMarkdown(m_cursor, a->note, m_styles.noteText, m_styles.noteBlock);
            m_report.keptTogether.append({ first, m_cursor.block().blockNumber() });
        }
    }
}

void ReportComposer::tagIndex()
{
    QTextCursor toc(m_report.document->findBlockByNumber(m_tagIndexTocBlock));
    toc.insertText(QStringLiteral("\t\t") + ReportBuilder::tr("Tag index"), charFormat(serif(10, QFont::Bold)));
    heading(ReportBuilder::tr("Tag index"), m_styles.h1, m_styles.chapterBlock, QStringLiteral("tag-index"));
    m_report.pageReferences.append({ m_tagIndexTocBlock, m_cursor.block().blockNumber() });
    if (m_tagIndex.empty()) {
        m_cursor.insertBlock(m_styles.paragraphBlock, m_styles.bodyText);
        m_cursor.insertText(
            ReportBuilder::tr("No annotation in these cables carries a tag."), charFormat(serif(10), MutedText));
    }
    for (const auto &[path, entries] : m_tagIndex) {
        heading(path, m_styles.h2, m_styles.h2Block);
        for (const IndexEntry &entry : entries) {
            m_cursor.insertBlock(m_styles.entryBlock, m_styles.bodyText);
            m_cursor.insertText(QStringLiteral("\t\t"), m_styles.bodyText);
            QTextCharFormat link = charFormat(sans(8.5, QFont::Bold), MutedText);
            link.setAnchor(true);
            link.setAnchorHref(u'#' + ReportBuilder::chapterAnchor(entry.cableId));
            m_cursor.insertText(entry.cableId + u' ' + entry.label, link);
            m_cursor.insertText(QStringLiteral("  ") + entry.subject, charFormat(serif(9)));
            m_report.pageReferences.append({ m_cursor.block().blockNumber(), entry.block });
        }
    }
}

void ReportComposer::finish()
{
    if (m_options.includeTagIndex)
        tagIndex();
    QTextCursor counts(m_report.document->findBlockByNumber(m_countsBlock));
    m_cursor.endEditBlock();
    const QLocale locale;
    counts.insertText(ReportBuilder::tr("Cables: %1 · Annotations: %2 · Notes: %3")
                          .arg(locale.toString(m_report.cables), locale.toString(m_report.annotations),
                              locale.toString(m_report.notes)),
        charFormat(serif(11), MutedText));
}

// The cables listed by id; an error for one the library does not hold.
QString addListed(const CableReader &cables, const QStringList &ids, QSet<QString> &chosen)
{
    for (const QString &id : ids) {
        const QString key = id.trimmed().toUpper();
        if (!cables.contains(key))
            return ReportBuilder::tr("%1: no such cable in the library.").arg(id);
        chosen.insert(key);
    }
    return {};
}

QString addFound(LibraryDatabase &library, const QString &text, QSet<QString> &chosen)
{
    const SearchQuery query = SearchQuery::parse(text);
    if (!query.isValid())
        return query.errorString();
    const LibrarySearch::Result result = LibrarySearch(library).search(query, LibrarySearch::CountLimit);
    if (!result.ok())
        return result.error;
    for (const LibrarySearch::Hit &hit : result.hits)
        chosen.insert(hit.cableId);
    return {};
}

// The cables carrying one of the tags (or a sub-tag), on the cable or on an annotation.
QString addTagged(LibraryDatabase &library, const CableReader &cables, const QStringList &names, QSet<QString> &chosen)
{
    UserTagStore tagStore(library);
    QSet<qint64> tagIds;
    for (const QString &name : names) {
        const QList<qint64> found = tagStore.find(name.trimmed());
        if (found.isEmpty())
            return ReportBuilder::tr("No tag is named “%1”.").arg(name);
        for (const qint64 id : found) {
            for (const qint64 sub : tagStore.subtree(id))
                tagIds.insert(sub);
        }
    }
    CableSelectionQuery selection(library);
    const std::optional<QStringList> tagged = selection.taggedWith(tagIds);
    if (!tagged)
        return ReportBuilder::tr("Could not read the tagged cables: %1").arg(selection.errorString());
    for (const QString &id : *tagged) {
        if (cables.contains(id))
            chosen.insert(id);
    }
    return {};
}
}

ReportBuilder::ReportBuilder(LibraryDatabase &library, const ReportOptions &options)
    : m_library(library)
    , m_options(options)
{
}

QString ReportBuilder::chapterAnchor(const QString &cableId)
{
    return QStringLiteral("cable-") + cableId;
}

QString ReportBuilder::describeSelection(const ReportOptions &options)
{
    QStringList parts;
    if (!options.query.trimmed().isEmpty())
        parts << tr("the search “%1”").arg(options.query.trimmed());
    if (!options.tags.isEmpty())
        parts << tr("the tags %1").arg(options.tags.join(QStringLiteral(", ")));
    if (!options.ids.isEmpty()) {
        // A long list would fill the title page: the first ones and a count.
        constexpr qsizetype Shown = 12;
        QStringList ids;
        for (const QString &id : options.ids.mid(0, Shown))
            ids << id.trimmed().toUpper();
        QString list = ids.join(QStringLiteral(", "));
        if (options.ids.size() > Shown)
            list = tr("%1 and %2 more").arg(list, QLocale().toString(options.ids.size() - Shown));
        parts << tr("the cables %1").arg(list);
    }
    return parts.join(tr("; "));
}

QStringList ReportBuilder::selectCables()
{
    m_error.clear();
    if (!m_options.hasSelection()) {
        m_error = tr("Choose the cables of the report: ids, a search or tags.");
        return {};
    }
    QSet<QString> chosen;
    const CableReader &cables = m_library.cables();
    m_error = addListed(cables, m_options.ids, chosen);
    if (m_error.isEmpty() && !m_options.query.trimmed().isEmpty())
        m_error = addFound(m_library, m_options.query, chosen);
    if (m_error.isEmpty() && !m_options.tags.isEmpty())
        m_error = addTagged(m_library, cables, m_options.tags, chosen);
    if (!m_error.isEmpty())
        return {};
    const QStringList ids = CableSelectionQuery(m_library).byCreated(chosen);
    if (ids.isEmpty())
        m_error = tr("No cable in the library matches %1.").arg(describeSelection(m_options));
    return ids;
}

std::optional<ReportDocument> ReportBuilder::build()
{
    m_cancelled = false;
    const QStringList ids = selectCables();
    if (ids.isEmpty())
        return std::nullopt;
    ReportDocument report = newReport(m_options);
    QHash<qint64, UserTag> tags;
    for (const UserTag &tag : UserTagStore(m_library).tags())
        tags.insert(tag.id, tag);
    ReportComposer composer(report, m_options, tags, ids);
    AnnotationStore annotations(m_library);
    const CableReader &cables = m_library.cables();
    ReferenceResolver resolver(m_library);
    // Cables are read one at a time; only the document grows.
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (m_cancel && m_cancel->load()) {
            composer.abandon();
            m_cancelled = true;
            m_error = tr("The report was cancelled.");
            return std::nullopt;
        }
        if (m_progress)
            m_progress(i, ids.size());
        const std::optional<Cable> cable = cables.load(ids.at(i));
        if (!cable)
            continue;
        const bool withReferences = m_options.includeReferences && !cable->references.isEmpty();
        composer.chapter(i, *cable, annotations.forCable(cable->id),
            withReferences ? resolver.references(cable->id) : QList<ReferenceResolver::Link> {});
    }
    composer.finish();
    if (m_progress)
        m_progress(ids.size(), ids.size());
    return report;
}
}
