// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbuilder.h"

#include "annotationanchorer.h"
#include "annotationstore.h"
#include "cableselectionquery.h"
#include "cablestore.h"
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
    const CableStore &cables = m_library.cables();
    for (const QString &id : std::as_const(m_options.ids)) {
        const QString key = id.trimmed().toUpper();
        if (!cables.contains(key)) {
            m_error = tr("%1: no such cable in the library.").arg(id);
            return {};
        }
        chosen.insert(key);
    }
    if (!m_options.query.trimmed().isEmpty()) {
        const SearchQuery query = SearchQuery::parse(m_options.query);
        if (!query.isValid()) {
            m_error = query.errorString();
            return {};
        }
        const LibrarySearch::Result result = LibrarySearch(m_library).search(query, LibrarySearch::CountLimit);
        if (!result.ok()) {
            m_error = result.error;
            return {};
        }
        for (const LibrarySearch::Hit &hit : result.hits)
            chosen.insert(hit.cableId);
    }
    if (!m_options.tags.isEmpty()) {
        UserTagStore tagStore(m_library);
        QSet<qint64> tagIds;
        for (const QString &name : std::as_const(m_options.tags)) {
            const QList<qint64> found = tagStore.find(name.trimmed());
            if (found.isEmpty()) {
                m_error = tr("No tag is named “%1”.").arg(name);
                return {};
            }
            for (const qint64 id : found) {
                for (const qint64 sub : tagStore.subtree(id))
                    tagIds.insert(sub);
            }
        }
        CableSelectionQuery selection(m_library);
        const std::optional<QStringList> tagged = selection.taggedWith(tagIds);
        if (!tagged) {
            m_error = tr("Could not read the tagged cables: %1").arg(selection.errorString());
            return {};
        }
        for (const QString &id : *tagged) {
            if (cables.contains(id))
                chosen.insert(id);
        }
    }

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

    ReportDocument report;
    report.title = m_options.title.trimmed().isEmpty() ? tr("Cable report") : m_options.title.trimmed();
    report.author = m_options.author.trimmed();
    report.pageLayout = QPageLayout(
        QPageSize(m_options.paperSize == ReportOptions::PaperSize::Letter ? QPageSize::Letter : QPageSize::A4),
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
    const QRectF paint = report.pageLayout.paintRect(QPageLayout::Point);
    const qreal width = pt(paint.width());
    doc.setTextWidth(width);
    // Contents and index entries: the page number right-aligned in a gutter
    // on the left ("\t12\tentry"), the entry's lines hanging after it.
    // Tab positions are read as 1/96 inch and scaled to the layout's
    // resolution, unlike margins (layout units): give them in those.
    auto tabAt = [](qreal points) { return points * 96.0 / 72.0; };
    const QList<QTextOption::Tab> gutterTabs { QTextOption::Tab(tabAt(24), QTextOption::RightTab),
        QTextOption::Tab(tabAt(34), QTextOption::LeftTab) };

    UserTagStore tagStore(m_library);
    QHash<qint64, UserTag> tags;
    for (const UserTag &tag : tagStore.tags())
        tags.insert(tag.id, tag);
    auto tagColour = [&tags](const Annotation &annotation) {
        for (const qint64 id : annotation.tagIds) {
            const QColor colour(tags.value(id).colour);
            if (colour.isValid())
                return colour;
        }
        return DefaultTagColour;
    };

    const QTextCharFormat bodyText = charFormat(serif(10));
    const QTextCharFormat markText = charFormat(sans(8.5, QFont::Bold), MutedText);
    const QTextCharFormat metaLabel = charFormat(sans(8.5, QFont::Bold), MutedText);
    const QTextCharFormat metaValue = charFormat(sans(8.5));
    const QTextCharFormat noteText = charFormat(serif(9));
    const QTextCharFormat noteMeta = charFormat(sans(7.5), MutedText);
    QTextCharFormat h1 = charFormat(serif(16, QFont::Bold), AccentText);
    QTextCharFormat h2 = charFormat(sans(10.5, QFont::Bold), AccentText);
    QTextBlockFormat chapterBlock = blockFormat(0, 4);
    chapterBlock.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    const QTextBlockFormat h2Block = blockFormat(12, 4);
    const QTextCharFormat h3 = charFormat(sans(9.5, QFont::Bold), MutedText);
    const QTextBlockFormat h3Block = blockFormat(8, 3);
    const QTextBlockFormat metaBlock = blockFormat(0, 1);
    const QTextBlockFormat paragraphBlock = blockFormat(0, 7);
    const QTextBlockFormat noteBlock = blockFormat(0, 5, 18);
    QTextBlockFormat entryBlock = blockFormat(0, 3, 34);
    entryBlock.setTextIndent(-pt(34));
    entryBlock.setTabPositions(gutterTabs);

    QTextCursor cursor(&doc);
    // One edit block for the whole build: the layout runs once, at the end,
    // instead of after every insertion (the contents, filled in as the
    // chapters come, would otherwise move everything after them each time).
    cursor.beginEditBlock();
    auto heading = [&](const QString &text, const QTextCharFormat &format, const QTextBlockFormat &block,
                       const QString &anchor = {}) {
        cursor.insertBlock(block, format);
        QTextCharFormat f = format;
        if (!anchor.isEmpty()) {
            f.setAnchor(true);
            f.setAnchorNames({ anchor });
        }
        cursor.insertText(text, f);
        report.headingBlocks.append(cursor.block().blockNumber());
    };
    auto metaLine = [&](const QString &label, const QString &value) {
        if (value.trimmed().isEmpty())
            return;
        cursor.insertBlock(metaBlock, metaValue);
        cursor.insertText(label + QStringLiteral("  "), metaLabel);
        cursor.insertText(value, metaValue);
    };

    // Title page. The first block exists already.
    QTextBlockFormat titleBlock = blockFormat(150, 18);
    cursor.setBlockFormat(titleBlock);
    cursor.insertText(report.title, charFormat(serif(26, QFont::Bold), AccentText));
    QTextBlockFormat titleLine = blockFormat(0, 6);
    if (!report.author.isEmpty()) {
        cursor.insertBlock(titleLine);
        cursor.insertText(report.author, charFormat(serif(13)));
    }
    cursor.insertBlock(titleLine);
    cursor.insertText(DateText::longDate(QDate::currentDate()), charFormat(serif(11), MutedText));
    cursor.insertBlock(blockFormat(36, 4));
    cursor.insertText(tr("Selected by"), metaLabel);
    cursor.insertBlock(blockFormat(0, 12));
    cursor.insertText(describeSelection(m_options), charFormat(serif(11)));
    const int countsBlock = [&] {
        cursor.insertBlock(blockFormat(0, 4));
        return cursor.block().blockNumber();
    }();

    // Contents, page numbers filled in by ReportWriter::paginate().
    heading(tr("Contents"), h1, chapterBlock);
    QList<int> tocBlocks;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        cursor.insertBlock(entryBlock, bodyText);
        tocBlocks.append(cursor.block().blockNumber());
    }
    int tagIndexTocBlock = -1;
    if (m_options.includeTagIndex) {
        cursor.insertBlock(entryBlock, bodyText);
        tagIndexTocBlock = cursor.block().blockNumber();
    }

    AnnotationStore annotations(m_library);
    const CableStore &cables = m_library.cables();
    ReferenceResolver resolver(m_library);
    const QSet<QString> inReport(ids.cbegin(), ids.cend());
    std::map<QString, QList<IndexEntry>> tagIndex; // by path
    const TagGlossary &glossary = TagGlossary::instance();

    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (m_cancel && m_cancel->load()) {
            cursor.endEditBlock();
            m_cancelled = true;
            m_error = tr("The report was cancelled.");
            return std::nullopt;
        }
        if (m_progress)
            m_progress(i, ids.size());
        const QString &id = ids.at(i);
        const std::optional<Cable> loaded = cables.load(id);
        if (!loaded)
            continue;
        const Cable &cable = *loaded;
        const QString subject = cable.subject.isEmpty() ? (cable.title.isEmpty() ? id : cable.title) : cable.subject;

        // The TOC entry, now that the subject is known.
        QTextCursor toc(doc.findBlockByNumber(tocBlocks.at(i)));
        QTextCharFormat tocLink = bodyText;
        tocLink.setAnchor(true);
        tocLink.setAnchorHref(u'#' + chapterAnchor(id));
        toc.insertText(QStringLiteral("\t\t"), bodyText);
        toc.insertText(id + QStringLiteral("  "), charFormat(sans(8.5, QFont::Bold), MutedText));
        toc.insertText(subject, tocLink);

        heading(subject, h1, chapterBlock, chapterAnchor(id));
        const int chapterStart = cursor.block().blockNumber();
        report.pageReferences.append({ tocBlocks.at(i), chapterStart });
        metaLine(tr("Cable"), id);
        if (m_options.includeHeader) {
            metaLine(tr("Date"), dateText(cable.created));
            metaLine(tr("Origin"), cable.origin);
            metaLine(tr("Classification"), cable.classification);
            QStringList tagTexts;
            for (const QList<TagInfo> &list : { cable.subjectTags, cable.countryTags }) {
                for (const TagInfo &tag : list) {
                    const TagInfo known = tag.meaning.isEmpty() ? glossary.lookup(tag.code) : tag;
                    tagTexts << (known.meaning.isEmpty() ? tag.code
                                                         : QStringLiteral("%1 (%2)").arg(tag.code, known.meaning));
                }
            }
            metaLine(tr("TAGS"), tagTexts.join(QStringLiteral("; ")));
            if (!cable.classifiedBy.isEmpty())
                metaLine(tr("Classified by"), cable.classifiedBy.text);
        }

        QList<Annotation> cableAnnotations = annotations.forCable(id);
        for (Annotation &annotation : cableAnnotations)
            AnnotationAnchorer::anchor(cable, annotation); // placement for this text; the store is left alone
        report.annotations += int(cableAnnotations.size());

        if (m_options.includeReferences && !cable.references.isEmpty()) {
            heading(tr("References"), h2, h2Block);
            for (const ReferenceResolver::Link &link : resolver.references(id)) {
                cursor.insertBlock(metaBlock, metaValue);
                cursor.insertText(
                    (link.letter.isEmpty() ? QStringLiteral("–") : link.letter) + QStringLiteral(". "), metaLabel);
                cursor.insertText(link.text, metaValue);
                cursor.insertText(
                    QStringLiteral("  [") + referenceStateText(link.state), charFormat(sans(8.5), MutedText));
                if (!link.targetId.isEmpty()) {
                    cursor.insertText(QStringLiteral(": "), charFormat(sans(8.5), MutedText));
                    QTextCharFormat target = charFormat(sans(8.5), MutedText);
                    if (inReport.contains(link.targetId)) {
                        target.setAnchor(true);
                        target.setAnchorHref(u'#' + chapterAnchor(link.targetId));
                        target.setForeground(AccentText);
                        target.setFontUnderline(true);
                    }
                    cursor.insertText(link.targetId, target);
                }
                cursor.insertText(QStringLiteral("]"), charFormat(sans(8.5), MutedText));
            }
        }

        QHash<QString, QList<const Annotation *>> byAnchor;
        QList<const Annotation *> detached;
        for (const Annotation &annotation : std::as_const(cableAnnotations)) {
            if (annotation.detached)
                detached.append(&annotation);
            else
                byAnchor[annotation.anchor].append(&annotation);
        }

        bool bodyHeading = false;
        for (const Section &section : cable.sections) {
            bool sectionHeadingDone = section.heading.trimmed().isEmpty();
            for (const Paragraph &paragraphInSection : section.paragraphs) {
                const Paragraph *paragraph = &paragraphInSection;
                QList<const Annotation *> here = byAnchor.value(paragraph->anchor);
                if (m_options.annotatedOnly && here.isEmpty())
                    continue;
                if (!bodyHeading) {
                    heading(m_options.annotatedOnly ? tr("Annotated paragraphs") : tr("Text"), h2, h2Block);
                    bodyHeading = true;
                }
                // The cable's own section headings, before the first paragraph printed of each.
                if (!sectionHeadingDone) {
                    heading(section.heading.trimmed(), h3, h3Block);
                    sectionHeadingDone = true;
                }
                std::sort(here.begin(), here.end(), [](const Annotation *a, const Annotation *b) {
                    return std::tie(a->start, a->length, a->id) < std::tie(b->start, b->length, b->id);
                });
                const QString &text = paragraph->text;
                const qsizetype size = text.size();
                auto endOf = [size](const Annotation *a) {
                    return a->isWholeParagraph() ? size : std::clamp<qsizetype>(a->start + a->length, 0, size);
                };
                auto startOf = [size](const Annotation *a) {
                    return a->isWholeParagraph() ? 0 : std::clamp<qsizetype>(a->start, 0, size);
                };
                // Numbers for the notes that have words; a tag alone is shown beside its passage.
                const auto hasNote = [this](const Annotation *a) {
                    return m_options.includeNotes && !a->note.trimmed().isEmpty();
                };
                QHash<const Annotation *, int> numbers;
                for (const Annotation *a : std::as_const(here)) {
                    if (hasNote(a))
                        numbers.insert(a, ++report.notes);
                }

                cursor.insertBlock(paragraphBlock, bodyText);
                const int paragraphBlockNumber = cursor.block().blockNumber();
                QString lead;
                if (paragraph->number > 0)
                    lead += QString::number(paragraph->number) + QStringLiteral(". ");
                if (!lead.isEmpty())
                    cursor.insertText(lead, charFormat(serif(10, QFont::Bold)));
                if (!paragraph->mark.isEmpty())
                    cursor.insertText(QStringLiteral("(%1) ").arg(paragraph->mark), markText);

                QList<qsizetype> cuts { 0, size };
                for (const Annotation *a : std::as_const(here))
                    cuts << startOf(a) << endOf(a);
                std::sort(cuts.begin(), cuts.end());
                cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
                for (qsizetype c = 0; c + 1 < cuts.size() || (c == 0 && size == 0); ++c) {
                    const qsizetype from = cuts.at(c);
                    const qsizetype to = c + 1 < cuts.size() ? cuts.at(c + 1) : from;
                    const Annotation *cover = nullptr;
                    for (const Annotation *a : std::as_const(here)) {
                        if (startOf(a) <= from && endOf(a) >= to && to > from)
                            cover = a; // the innermost (latest starting) passage wins
                    }
                    QTextCharFormat run = bodyText;
                    if (cover)
                        run.setBackground(highlight(tagColour(*cover)));
                    if (to > from)
                        cursor.insertText(text.mid(from, to - from), run);
                    for (const Annotation *a : std::as_const(here)) {
                        if (endOf(a) != to)
                            continue;
                        if (numbers.contains(a)) {
                            QTextCharFormat mark = charFormat(serif(10, QFont::Bold), AccentText);
                            mark.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
                            cursor.insertText(QStringLiteral("[%1]").arg(numbers.value(a)), mark);
                        } else {
                            insertTagLabels(cursor, *a, tags, noteMeta);
                        }
                    }
                    if (size == 0)
                        break;
                }

                int lastBlock = paragraphBlockNumber;
                for (const Annotation *a : std::as_const(here)) {
                    for (const qint64 tagId : a->tagIds)
                        tagIndex[tags.value(tagId).path].append(
                            { id, paragraphLabel(*paragraph), subject, paragraphBlockNumber });
                    if (!numbers.contains(a))
                        continue;
                    cursor.insertBlock(noteBlock, noteText);
                    cursor.insertText(
                        QStringLiteral("[%1] ").arg(numbers.value(a)), charFormat(serif(9, QFont::Bold), AccentText));
                    for (const qint64 tagId : a->tagIds) {
                        const UserTag tag = tags.value(tagId);
                        QTextCharFormat swatch = noteMeta;
                        swatch.setForeground(QColor(tag.colour).isValid() ? QColor(tag.colour) : DefaultTagColour);
                        cursor.insertText(QStringLiteral("■ "), swatch);
                        cursor.insertText(tag.path + QStringLiteral("  "), noteMeta);
                    }
                    QStringList byline;
                    if (!a->author.isEmpty())
                        byline << a->author;
                    if (a->modified.isValid())
                        byline << QLocale().toString(a->modified.toLocalTime().date(), QLocale::ShortFormat);
                    cursor.insertText(byline.join(QStringLiteral(", ")), noteMeta);
                    cursor.insertBlock(noteBlock, noteText);
                    insertMarkdown(cursor, a->note, noteText, noteBlock);
                    lastBlock = cursor.block().blockNumber();
                }
                if (lastBlock > paragraphBlockNumber)
                    report.keptTogether.append({ paragraphBlockNumber, lastBlock });
            }
        }
        if (!detached.isEmpty() && m_options.includeNotes) {
            heading(tr("Annotations whose passage is no longer in the text"), h2, h2Block);
            for (const Annotation *a : std::as_const(detached)) {
                cursor.insertBlock(noteBlock, noteText);
                const int first = cursor.block().blockNumber();
                const bool hasNote = !a->note.trimmed().isEmpty();
                if (hasNote)
                    cursor.insertText(
                        QStringLiteral("[%1] ").arg(++report.notes), charFormat(serif(9, QFont::Bold), AccentText));
                cursor.insertText(QStringLiteral("“%1”").arg(a->quote), noteText);
                insertTagLabels(cursor, *a, tags, noteMeta);
                if (hasNote) {
                    cursor.insertBlock(noteBlock, noteText);
                    insertMarkdown(cursor, a->note, noteText, noteBlock);
                    report.keptTogether.append({ first, cursor.block().blockNumber() });
                }
            }
        }
        ++report.cables;
    }

    if (m_options.includeTagIndex) {
        QTextCursor toc(doc.findBlockByNumber(tagIndexTocBlock));
        toc.insertText(QStringLiteral("\t\t") + tr("Tag index"), charFormat(serif(10, QFont::Bold)));
        heading(tr("Tag index"), h1, chapterBlock, QStringLiteral("tag-index"));
        report.pageReferences.append({ tagIndexTocBlock, cursor.block().blockNumber() });
        if (tagIndex.empty()) {
            cursor.insertBlock(paragraphBlock, bodyText);
            cursor.insertText(tr("No annotation in these cables carries a tag."), charFormat(serif(10), MutedText));
        }
        for (const auto &[path, entries] : tagIndex) {
            heading(path, h2, h2Block);
            for (const IndexEntry &entry : entries) {
                cursor.insertBlock(entryBlock, bodyText);
                cursor.insertText(QStringLiteral("\t\t"), bodyText);
                QTextCharFormat link = charFormat(sans(8.5, QFont::Bold), MutedText);
                link.setAnchor(true);
                link.setAnchorHref(u'#' + chapterAnchor(entry.cableId));
                cursor.insertText(entry.cableId + u' ' + entry.label, link);
                cursor.insertText(QStringLiteral("  ") + entry.subject, charFormat(serif(9)));
                report.pageReferences.append({ cursor.block().blockNumber(), entry.block });
            }
        }
    }

    QTextCursor counts(doc.findBlockByNumber(countsBlock));
    cursor.endEditBlock();
    const QLocale locale;
    counts.insertText(
        tr("Cables: %1 · Annotations: %2 · Notes: %3")
            .arg(locale.toString(report.cables), locale.toString(report.annotations), locale.toString(report.notes)),
        charFormat(serif(11), MutedText));
    if (m_progress)
        m_progress(ids.size(), ids.size());
    return report;
}
}
