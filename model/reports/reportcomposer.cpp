// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcomposer.h"

#include "annotationanchorer.h"
#include "datetext.h"
#include "reportbuilder.h"
#include "tagglossary.h"

#include <QLocale>
#include <QTextBlock>
#include <QTextList>
#include <QUrl>

#include <algorithm>

// The report's words keep the context they were translated in: ReportBuilder's.

namespace Reftel
{
namespace
{
using S = ReportStyles;

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
                    format.setForeground(S::AccentText);
                    format.setFontUnderline(true);
                }
            }
            cursor.insertText(fragment.text(), format);
        }
    }
}

// A tag-only annotation prints its tags beside the passage, in the tags' colours.
void insertTagLabels(
    QTextCursor &cursor, const Annotation &annotation, const QHash<qint64, UserTag> &tags, const QTextCharFormat &base)
{
    for (const qint64 tagId : annotation.tagIds) {
        const UserTag tag = tags.value(tagId);
        QTextCharFormat swatch = base;
        swatch.setForeground(QColor(tag.colour).isValid() ? QColor(tag.colour) : UserTag::defaultColour());
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

}

ReportComposer::ReportComposer(
    ReportDocument &report, const ReportOptions &options, const QHash<qint64, UserTag> &tags, const QStringList &ids)
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
    return UserTag::defaultColour();
}

void ReportComposer::titlePage()
{
    // The first block exists already.
    m_cursor.setBlockFormat(S::blockFormat(150, 18));
    m_cursor.insertText(m_report.title, S::charFormat(S::serif(26, QFont::Bold), S::AccentText));
    const QTextBlockFormat titleLine = S::blockFormat(0, 6);
    if (!m_report.author.isEmpty()) {
        m_cursor.insertBlock(titleLine);
        m_cursor.insertText(m_report.author, S::charFormat(S::serif(13)));
    }
    m_cursor.insertBlock(titleLine);
    m_cursor.insertText(DateText::longDate(QDate::currentDate()), S::charFormat(S::serif(11), S::MutedText));
    m_cursor.insertBlock(S::blockFormat(36, 4));
    m_cursor.insertText(ReportBuilder::tr("Selected by"), m_styles.metaLabel);
    m_cursor.insertBlock(S::blockFormat(0, 12));
    m_cursor.insertText(ReportBuilder::describeSelection(m_options), S::charFormat(S::serif(11)));
    m_cursor.insertBlock(S::blockFormat(0, 4));
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
    toc.insertText(id + QStringLiteral("  "), S::charFormat(S::sans(8.5, QFont::Bold), S::MutedText));
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
    metaLine(ReportBuilder::tr("Date"), DateText::longUtc(cable.created));
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
    const QTextCharFormat muted = S::charFormat(S::sans(8.5), S::MutedText);
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
                target.setForeground(S::AccentText);
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
            QString::number(paragraph.number) + QStringLiteral(". "), S::charFormat(S::serif(10, QFont::Bold)));
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
            run.setBackground(S::highlight(tagColour(*cover)));
        if (to > from)
            m_cursor.insertText(text.mid(from, to - from), run);
        for (const Annotation *a : here) {
            if (endOf(a) != to)
                continue;
            if (numbers.contains(a)) {
                QTextCharFormat mark = S::charFormat(S::serif(10, QFont::Bold), S::AccentText);
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
            swatch.setForeground(QColor(tag.colour).isValid() ? QColor(tag.colour) : UserTag::defaultColour());
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
    toc.insertText(QStringLiteral("\t\t") + ReportBuilder::tr("Tag index"), S::charFormat(S::serif(10, QFont::Bold)));
    heading(ReportBuilder::tr("Tag index"), m_styles.h1, m_styles.chapterBlock, QStringLiteral("tag-index"));
    m_report.pageReferences.append({ m_tagIndexTocBlock, m_cursor.block().blockNumber() });
    if (m_tagIndex.empty()) {
        m_cursor.insertBlock(m_styles.paragraphBlock, m_styles.bodyText);
        m_cursor.insertText(ReportBuilder::tr("No annotation in these cables carries a tag."),
            S::charFormat(S::serif(10), S::MutedText));
    }
    for (const auto &[path, entries] : m_tagIndex) {
        heading(path, m_styles.h2, m_styles.h2Block);
        for (const IndexEntry &entry : entries) {
            m_cursor.insertBlock(m_styles.entryBlock, m_styles.bodyText);
            m_cursor.insertText(QStringLiteral("\t\t"), m_styles.bodyText);
            QTextCharFormat link = S::charFormat(S::sans(8.5, QFont::Bold), S::MutedText);
            link.setAnchor(true);
            link.setAnchorHref(u'#' + ReportBuilder::chapterAnchor(entry.cableId));
            m_cursor.insertText(entry.cableId + u' ' + entry.label, link);
            m_cursor.insertText(QStringLiteral("  ") + entry.subject, S::charFormat(S::serif(9)));
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
        S::charFormat(S::serif(11), S::MutedText));
}
}
