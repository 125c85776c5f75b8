// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cableparser.h"

#include "bannerreader.h"
#include "bodyparser.h"
#include "cableidentity.h"
#include "classifiedbyreader.h"
#include "declassificationreader.h"
#include "headerreader.h"
#include "lineclassifier.h"
#include "pagemarkers.h"
#include "paragraphtext.h"
#include "referenceparser.h"
#include "routingparser.h"
#include "signaturereader.h"
#include "subjectreader.h"
#include "tagsreader.h"
#include "textscan.h"
#include "textspanfinder.h"

#include <QCoreApplication>
#include <QSet>

namespace Reftel
{
namespace
{
using LC = LineClassifier;

// Where the telegram's parts begin: the banner, the header block and the end of the routing block.
struct Layout
{
    qsizetype banner = -1;
    qsizetype headerStart = -1;
    qsizetype routingEnd = 0;
};

qsizetype findBanner(TelegramLines &lines)
{
    for (qsizetype i = 0; i < lines.size() && i < 2000; ++i) {
        if (lines[i].kind == LineKind::Text && BannerReader::isBanner(lines.content(i)))
            return i;
    }
    // A banner glued inside a line of a pasted dump ("...WHITE HOUSE NSC WASHDC",S E C R E T ASUNCION 000396 ...):
    // the line is cut where it begins.
    for (qsizetype i = 0; i < lines.size() && i < 200; ++i) {
        LC::Role role = LC::Role::Text;
        const qsizetype at = lines[i].kind == LineKind::Text ? LC::gluedElement(lines.content(i), 1, &role) : -1;
        if (at > 0 && role == LC::Role::Banner) {
            lines.split(i, at);
            return i + 1;
        }
    }
    return -1;
}

// Without a banner the header starts at its first keyword line.
qsizetype findHeaderKeyword(const TelegramLines &lines)
{
    for (qsizetype i = 0; i < lines.size() && i < 400; ++i) {
        if (lines[i].kind != LineKind::Text)
            continue;
        qsizetype rest = 0;
        const LC::Role role = LC::role(lines.content(i), &rest);
        if (role == LC::Role::Tags || role == LC::Role::Subject || role == LC::Role::Eo || role == LC::Role::Caveat)
            return i;
    }
    return -1;
}

// No header at all: the routing block, if any, ends at the first blank line after FM/TO.
qsizetype routingEndWithoutHeader(const TelegramLines &lines)
{
    qsizetype end = 0;
    for (qsizetype i = 0; i < lines.size() && i < 200; ++i) {
        const bool text = lines[i].kind == LineKind::Text;
        const QStringView v = text ? lines.content(i) : QStringView();
        if (text && (BannerReader::isTelegramStart(v) || v.startsWith(u"FM ")))
            end = i + 1;
        else if (end > 0 && lines[i].kind == LineKind::Blank)
            break;
        else if (end > 0 && text && !v.startsWith(u"TO ") && !v.startsWith(u"INFO ") && !v.contains(u'/'))
            break;
        else if (end > 0)
            end = i + 1;
    }
    return end;
}

Routing readRouting(const TelegramLines &lines, qsizetype end)
{
    if (end <= 0)
        return {};
    QString block;
    for (qsizetype i = 0; i < end && i < lines.size(); ++i) {
        if (lines[i].kind == LineKind::Dump || lines[i].kind == LineKind::Blank)
            continue;
        block += lines.content(i);
        block += u'\n';
    }
    return RoutingParser::parse(block);
}

// The header block, and the copies of it some pages write before the body.
// Returns the first line of the body.
qsizetype readHeaders(TelegramLines &lines, qsizetype start, HeaderFields &header)
{
    qsizetype bodyStart = HeaderReader(lines).read(start, header);
    while (bodyStart < lines.size() && lines[bodyStart].kind == LineKind::Text
        && BannerReader::isBanner(lines.content(bodyStart))) {
        HeaderFields again;
        const qsizetype end = HeaderReader(lines).read(bodyStart, again);
        if (end <= bodyStart)
            break;
        qsizetype lastLine = end - 1;
        while (lastLine > bodyStart && lines[lastLine].kind != LineKind::Text)
            --lastLine;
        lines.remove(DedupEntry::Kind::RepeatedHeader, lines[bodyStart].start, lines[lastLine].end);
        header.merge(again);
        bodyStart = end;
    }
    return bodyStart;
}

void readTags(const HeaderFields &h, const RawCable &raw, Cable &c)
{
    const TagsReader::Result tags = TagsReader::read(h.tags.isEmpty() ? raw.declaredTags.join(u' ') : h.tags);
    c.subjectTags = tags.others();
    c.countryTags = tags.countries();
    for (const QString &word : tags.unknown)
        c.warnings.append({ ParseWarning::Kind::UnknownTag,
            QCoreApplication::translate(
                "Reftel::CableParser", "The TAGS line holds \"%1\", which is no tag Reftel knows.")
                .arg(word),
            h.tagsPosition });
}

void readSubject(const HeaderFields &h, const RawCable &raw, Cable &c)
{
    const SubjectReader::Result subject = SubjectReader::read(h.subject);
    c.subject = subject.subject;
    c.subjectMark = subject.mark;
    if (!c.subject.isEmpty())
        return;
    // The page's own title is the release's subject; "Cable Viewer" is the site's.
    QString title = raw.title.simplified();
    while (title.endsWith(u',') || title.endsWith(u'.'))
        title.chop(1);
    const bool sitesOwn =
        title == u"Cable Viewer" || title.compare(c.id, Qt::CaseInsensitive) == 0 || TextScan::looksLikeCableId(title);
    if (raw.format != SourceFormat::BareTelegram && !title.isEmpty() && !sitesOwn) {
        c.subject = title;
        c.warnings.append({ ParseWarning::Kind::MissingSubject,
            QCoreApplication::translate(
                "Reftel::CableParser", "The telegram has no SUBJECT line; the page's title is shown instead."),
            -1 });
        return;
    }
    c.warnings.append({ ParseWarning::Kind::MissingSubject,
        QCoreApplication::translate("Reftel::CableParser", "The cable has no SUBJECT line."), -1 });
}

// The header's elements, each read by its own reader.
void readHeaderElements(const HeaderFields &h, const RawCable &raw, int year, Cable &c)
{
    for (const QString &caveat : std::as_const(c.banner.caveats)) {
        if (!c.caveats.contains(caveat))
            c.caveats.append(caveat);
    }
    for (const QString &caveat : h.caveats) {
        if (!c.caveats.contains(caveat))
            c.caveats.append(caveat);
    }
    c.passingInstructions = h.passing;
    const DeclassificationReader::Result decl = DeclassificationReader::read(h.eo);
    c.declassification = decl.text;
    c.declassifyOn = decl.date;

    readTags(h, raw, c);
    readSubject(h, raw, c);

    if (h.hasRef) {
        QStringList unreadable;
        c.references = ReferenceParser::parseList(h.refText, year, &unreadable);
        for (const QString &u : std::as_const(unreadable))
            c.warnings.append({ ParseWarning::Kind::UnreadableReference,
                QCoreApplication::translate("Reftel::CableParser", "Could not read the reference \"%1\".").arg(u),
                -1 });
        if (c.references.isEmpty() && h.refText.trimmed().compare(u"NONE", Qt::CaseInsensitive) != 0)
            c.warnings.append({ ParseWarning::Kind::UnreadableReference,
                QCoreApplication::translate("Reftel::CableParser", "Could not read the REF line \"%1\".")
                    .arg(TextScan::excerpt(h.refText)),
                -1 });
    }
    if (!h.classifiedBy.isEmpty()) {
        c.classifiedBy = ClassifiedByReader::read(h.classifiedBy);
        if (c.classifiedBy.person.isEmpty() && c.classifiedBy.title.isEmpty())
            c.warnings.append({ ParseWarning::Kind::UnreadableHeader,
                QCoreApplication::translate("Reftel::CableParser", "Could not read who classified the cable in \"%1\".")
                    .arg(TextScan::excerpt(h.classifiedBy)),
                -1 });
    }
}

// "<id>¶<n>" for numbered paragraphs, "<id>¶u<k>" for the others; "-2", "-3"... for repeats.
QString uniqueAnchor(const QString &id, const ParagraphDraft &b, int *unnumbered, QSet<QString> &anchors)
{
    QString anchor = b.number > 0 ? QString(id + u'\u00B6' + QString::number(b.number))
                                  : QString(id + u"\u00B6u" + QString::number(++*unnumbered));
    if (anchors.contains(anchor)) {
        int n = 2;
        while (anchors.contains(anchor + u'-' + QString::number(n)))
            ++n;
        anchor += u'-' + QString::number(n);
    }
    anchors.insert(anchor);
    return anchor;
}

void buildSections(const BodyParser::Result &body, Cable &c)
{
    for (const QString &h : body.headings)
        c.sections.append(Section { h, {} });
    QSet<QString> anchors;
    int unnumbered = 0;
    for (const ParagraphDraft &b : body.paragraphs) {
        if (b.text.trimmed().isEmpty()) // no empty paragraph, numbered or not
            continue;
        Paragraph p;
        p.number = b.number;
        p.mark = b.mark;
        p.text = b.text;
        p.anchor = uniqueAnchor(c.id, b, &unnumbered, anchors);
        p.citations = ReferenceParser::findCitations(p.text, c.references);
        p.spans = TextSpanFinder::find(p.text);
        const int section = std::clamp(b.section, 0, int(c.sections.size() - 1)); // headings[0] always exists
        c.sections[section].paragraphs.append(p);
    }
    // Headings with nothing under them (a heading line that was really text) are dropped.
    for (qsizetype s = c.sections.size() - 1; s >= 1; --s) {
        if (c.sections[s].paragraphs.isEmpty())
            c.sections.removeAt(s);
    }
}

// A page cut inside the body (a download that stopped): the last paragraph
// stops in the middle of a sentence.
bool stopsMidSentence(QStringView last)
{
    last = last.trimmed();
    const auto endsSentence = [](QChar c) { return c == u'.' || c == u'!' || c == u'?'; };
    const auto closes = [](QChar c) { return c == u')' || c == u'"' || c == u'\'' || c == u'\u201D'; };
    if (last.size() < 20)
        return false; // so last.back() and the character before it exist
    return !(endsSentence(last.back()) || (closes(last.back()) && endsSentence(last.at(last.size() - 2))));
}

// Paragraph texts, truncated copies replaced, and a signature glued to the last one.
void finishBody(BodyParser &parser, TelegramLines &lines, Cable &c)
{
    BodyParser::Result &body = parser.result();
    for (ParagraphDraft &b : body.paragraphs)
        ParagraphText::finish(b, lines);
    c.warnings += parser.deduplicator().replaceTruncated(body.paragraphs);
    if (!body.paragraphs.isEmpty()) {
        QString &text = body.paragraphs.back().text;
        const QString website = SignatureReader::takeWebsiteTail(text);
        if (body.signature.isEmpty())
            body.signature = website;
        if (body.signature.isEmpty())
            body.signature = SignatureReader::takeFromText(text);
    }
    c.signature = body.signature.simplified();
    buildSections(body, c);
    if (c.paragraphCount() == 0)
        c.warnings.append({ ParseWarning::Kind::NoBody,
            QCoreApplication::translate("Reftel::CableParser", "No paragraphs were found in the cable."), -1 });
    else if (c.signature.isEmpty() && stopsMidSentence(c.paragraphs().back()->text))
        c.warnings.append({ ParseWarning::Kind::TruncatedText,
            QCoreApplication::translate("Reftel::CableParser",
                "The text stops in the middle of a sentence, with no signature: the saved page may be cut short."),
            c.telegram.size() });
}

void parseTelegram(const RawCable &raw, Cable &c)
{
    TelegramLines lines = LC::classify(c.telegram);
    Layout layout;
    layout.banner = findBanner(lines);
    PageMarkers::cutInline(lines,
        layout.banner >= 0 ? QStringView(BannerReader::read(lines.content(layout.banner)).banner.post) : QStringView());
    layout.headerStart = layout.banner >= 0 ? HeaderReader::blockStart(lines, layout.banner) : findHeaderKeyword(lines);
    layout.routingEnd = layout.headerStart >= 0 ? layout.headerStart : routingEndWithoutHeader(lines);
    c.routing = readRouting(lines, layout.routingEnd);

    HeaderFields header;
    const qsizetype bodyStart =
        layout.headerStart >= 0 ? readHeaders(lines, layout.headerStart, header) : layout.routingEnd;
    BodyParser body(lines, header, c.routing);
    body.parse(bodyStart);
    c.warnings += body.result().warnings;

    c.banner = header.banner;
    const int year = CableIdentity::settle(raw, header.caveats, c);
    readHeaderElements(header, raw, year, c);
    finishBody(body, lines, c);
    c.dedup += lines.removed();
}
}

Cable CableParser::parse(const RawCable &raw)
{
    Cable cable;
    cable.format = raw.format;
    cable.sourceName = raw.sourceName;
    cable.originalBytes = raw.originalBytes;
    cable.documentText = raw.documentText;
    cable.telegram = raw.telegram;
    cable.telegramOffset = raw.telegramOffset;
    cable.dedup = raw.removed;
    parseTelegram(raw, cable);
    cable.warnings += raw.warnings;
    return cable;
}
}
