// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodyparser.h"

#include "bannerreader.h"
#include "lineclassifier.h"
#include "routingparser.h"
#include "signaturereader.h"
#include "textscan.h"

#include <QCoreApplication>

namespace Reftel
{
namespace
{
using LC = LineClassifier;

QString tr(const char *text)
{
    return QCoreApplication::translate("Reftel::BodyParser", text);
}

// A heading without the dashes some cables underline it with on the same
// line ("OVERVIEW ------", "------- SUMMARY -------").
QString headingText(QStringView v)
{
    while (!v.isEmpty() && (v.back() == u'-' || v.back() == u' ' || v.back() == u'='))
        v.chop(1);
    while (!v.isEmpty() && (v.front() == u'-' || v.front() == u' ' || v.front() == u'='))
        v = v.sliced(1);
    return v.toString().simplified();
}
}

void BodyParser::appendLine(
    const TelegramLines &lines, QList<ParagraphDraft::Segment> &segments, qsizetype i, qsizetype from)
{
    const TelegramLine &l = lines[i];
    qsizetype at = from;
    for (const auto &cut : l.cuts) {
        if (cut.first < at)
            continue;
        if (cut.first >= l.cend)
            break;
        segments.append({ at, cut.first });
        at = std::min(cut.second, l.cend);
    }
    if (at < l.cend)
        segments.append({ at, l.cend });
}

void BodyParser::parse(qsizetype from)
{
    m_from = from;
    m_result.headings.append(QString());
    for (qsizetype i = from; i < m_lines.size(); ++i)
        readLine(i);
    if (m_dedup.inRepeat())
        m_dedup.end(m_lines.text().size());
    m_dedup.closeShadow();
}

void BodyParser::readLine(qsizetype &i)
{
    if (m_lines[i].kind == LineKind::Text && (m_lines[i].cend - m_lines[i].cstart > 100 || m_lines[i].runOn))
        splitRunOnParagraph(i);
    const TelegramLine &l = m_lines[i];
    if (l.kind == LineKind::Blank) {
        m_blankSince = true;
        return;
    }
    if (l.kind != LineKind::Text)
        return;
    const QStringView v = m_lines.content(i);
    if (LC::isUnderline(v))
        return;
    int number = 0;
    qsizetype after = 0;
    const bool numbered = LC::paragraphStart(v, &number, &after);
    if (!numbered && !m_dedup.inRepeat() && BannerReader::isBanner(v) && readRepeatedHeader(i))
        return;
    if (numbered) {
        readNumbered(i, v, number, after);
        return;
    }
    if (m_dedup.inRepeat()) {
        if (isHeading(i)) {
            m_dedup.closeShadow();
            m_dedup.setPendingHeading(headingText(v), m_lines[i].start);
        } else {
            m_dedup.appendToShadow(i);
        }
        return;
    }
    if (m_afterSignature && readAfterSignature(i, v))
        return;
    readUnnumbered(i, v);
}

// A section's header block repeated inside the body (old cables print it at
// every section), with its routing lines before it. i becomes its last line.
bool BodyParser::readRepeatedHeader(qsizetype &i)
{
    qsizetype first = i;
    for (qsizetype p = i - 1;
        p >= m_from && (m_lines[p].kind != LineKind::Text || LC::isOldRoutingLine(m_lines.content(p))); --p) {
        if (m_lines[p].kind == LineKind::Text || m_lines[p].kind == LineKind::OldRouting)
            first = p;
    }
    // Lines already given to the paragraph go back.
    if (m_current >= 0) {
        QList<ParagraphDraft::Segment> &segments = m_result.paragraphs[m_current].segments;
        while (!segments.isEmpty() && segments.back().start >= m_lines[first].start)
            segments.removeLast();
    }
    if (m_afterSignature) {
        m_dedup.start(m_lines[first].start);
        m_current = -1;
        return true;
    }
    HeaderFields h;
    const qsizetype end = HeaderReader(m_lines).read(i, h);
    qsizetype lastLine = end - 1;
    while (lastLine > i && m_lines[lastLine].kind != LineKind::Text)
        --lastLine;
    if (!m_routing.dateTimeGroup.isValid()) {
        const qsizetype from = m_lines[first].start;
        const Routing r = RoutingParser::parse(QStringView(m_lines.text()).sliced(from, m_lines[i].start - from));
        if (r.dateTimeGroup.isValid()) {
            m_routing.dateTimeGroup = r.dateTimeGroup;
            m_routing.dateTimeGroupText = r.dateTimeGroupText;
        }
    }
    m_header.merge(h);
    m_lines.remove(DedupEntry::Kind::RepeatedHeader, m_lines[first].start, m_lines[lastLine].end);
    i = end - 1; // end > i: the banner line itself is part of the block
    return true;
}

void BodyParser::readNumbered(qsizetype i, QStringView v, int number, qsizetype after)
{
    QString mark;
    qsizetype p = after;
    const qsizetype ml = LC::markAt(v, p, &mark);
    if (ml > 0) {
        p += ml;
        while (p < v.size() && v[p].isSpace())
            ++p;
    }
    if (!m_dedup.inRepeat() && m_seen.contains(number) && number <= m_maxNumber) {
        // The paragraphs start over: a second copy of the body.
        m_dedup.start(m_afterSignature || number == 1 ? repeatStart(i) : m_lines[i].start);
        m_current = -1;
    }
    if (numberedInRepeat(i, number, mark, m_lines[i].cstart + p))
        return;
    if (m_lastNumber > 0 && number != m_lastNumber + 1) {
        if (continuesSentence(i, number))
            return;
        warn(ParseWarning::Kind::ParagraphOutOfSequence,
            tr("Paragraph %1 follows paragraph %2.").arg(number).arg(m_lastNumber), m_lines[i].cstart);
    } else if (m_lastNumber == 0 && number != 1) {
        warn(ParseWarning::Kind::ParagraphOutOfSequence, tr("The first numbered paragraph is %1.").arg(number),
            m_lines[i].cstart);
    }
    m_afterSignature = false;
    newParagraph(number, mark, i, m_lines[i].cstart + p);
    m_seen.insert(number);
    m_maxNumber = std::max(m_maxNumber, number);
    m_lastNumber = number;
    m_blankSince = false;
}

// Where a second copy starting at line i begins: with the header lines that came back with it.
qsizetype BodyParser::repeatStart(qsizetype i) const
{
    qsizetype at = m_lines[i].start;
    for (qsizetype k = i - 1; k >= m_from; --k) {
        if (m_lines[k].kind != LineKind::Text)
            continue;
        if (!LC::isHeaderLine(m_lines.content(k)))
            break;
        at = m_lines[k].start;
    }
    return at;
}

// Inside a copy: a number already read opens a shadow; a new number ends the copy.
bool BodyParser::numberedInRepeat(qsizetype i, int number, const QString &mark, qsizetype textStart)
{
    if (!m_dedup.inRepeat())
        return false;
    if (number <= m_maxNumber) {
        m_dedup.openShadow(number, mark, i, textStart);
        return true;
    }
    if (!m_dedup.pendingHeading().isEmpty()) {
        m_dedup.end(m_dedup.pendingHeadingAt());
        m_result.headings.append(m_dedup.pendingHeading());
    } else {
        m_dedup.end(m_lines[i].start);
    }
    return false;
}

// A wrapped line that happens to start with "12." continues the sentence.
bool BodyParser::continuesSentence(qsizetype i, int)
{
    const qsizetype prev = m_lines.previousText(i, m_from);
    if (m_current < 0 || prev < 0 || LC::endsWithTerminal(m_lines.content(prev)) || m_blankSince)
        return false;
    appendLine(m_lines, m_result.paragraphs[m_current].segments, i, m_lines[i].cstart);
    return true;
}

// After the signature: a header line starts a repeated copy, and text means
// the "signature" was a line of the body after all.
bool BodyParser::readAfterSignature(qsizetype i, QStringView v)
{
    // The classification again, a declassification stamp, NNNN: no text.
    if (LC::isLevelLine(v) || SignatureReader::isTrailerLine(v))
        return true;
    if (LC::isHeaderLine(v)) {
        m_dedup.start(m_lines[i].start);
        m_current = -1;
        return true;
    }
    m_afterSignature = false;
    m_result.signature.clear();
    return false;
}

void BodyParser::readUnnumbered(qsizetype i, QStringView v)
{
    // "SIPDIS" between the lines, "SENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT": no text.
    if (LC::isCaveatOnlyLine(v) || LC::isHandlingNotice(v))
        return;
    if (isHeading(i)) {
        m_result.headings.append(headingText(v));
        m_current = -1;
        m_blankSince = false;
        return;
    }
    if (isSignature(i)) {
        m_result.signature = SignatureReader::nameOf(v);
        m_afterSignature = true;
        m_current = -1;
        return;
    }
    if (LC::isLevelLine(v) && m_lines.nextContent(i) < 0)
        return;
    if (m_current >= 0 && (m_result.paragraphs[m_current].number > 0 || !m_blankSince)) {
        appendLine(m_lines, m_result.paragraphs[m_current].segments, i, m_lines[i].cstart);
    } else {
        QString mark;
        const qsizetype ml = LC::markAt(v, 0, &mark);
        qsizetype p = ml;
        while (ml > 0 && p < v.size() && v[p].isSpace())
            ++p;
        newParagraph(0, mark, i, m_lines[i].cstart + p);
    }
    m_blankSince = false;
}

void BodyParser::newParagraph(int number, const QString &mark, qsizetype i, qsizetype textStart)
{
    ParagraphDraft b;
    b.number = number;
    b.mark = mark;
    b.position = m_lines[i].cstart;
    b.section = int(m_result.headings.size() - 1);
    appendLine(m_lines, b.segments, i, textStart);
    m_result.paragraphs.append(b);
    m_current = m_result.paragraphs.size() - 1;
}

bool BodyParser::isSignature(qsizetype i) const
{
    return !m_result.paragraphs.isEmpty()
        && SignatureReader::isSignatureLine(m_lines, i, m_result.paragraphs.back().number);
}

bool BodyParser::isHeading(qsizetype i) const
{
    const QStringView v = m_lines.content(i);
    if (v.size() < 2 || v.size() > 80)
        return false;
    const QChar last = v.back();
    if (last == u'.' || last == u',' || last == u';' || v.front() == u'(' || v.front() == u'-' || v.front().isLower()
        || LC::isUnderline(v))
        return false;
    // The end of a sentence in brackets or quotes: ".)", ".\"", "?'".
    if (last == u')' || last == u'"' || last == u'\'' || last == u'\u201D') {
        const QChar before = v[v.size() - 2]; // v holds at least two characters
        if (before == u'.' || before == u'!' || before == u'"')
            return false;
    }
    if (LC::isCaveatLine(v))
        return false;
    const qsizetype next = m_lines.nextContent(i);
    const bool underlined = m_lines.isText(i + 1) && LC::isUnderline(m_lines.content(i + 1));
    int number = 0;
    qsizetype after = 0;
    if (!underlined && (next < 0 || !LC::paragraphStart(m_lines.content(next), &number, &after)))
        return false;
    // What came before must have ended: a blank line, a finished sentence or the start of the body.
    const bool blankBefore = i == 0 || m_lines[i - 1].kind == LineKind::Blank || i == m_from;
    if (!blankBefore && !underlined) {
        const qsizetype p = m_lines.previousText(i, m_from);
        if (p >= 0 && !LC::endsWithTerminal(m_lines.content(p)))
            return false;
    }
    if (TextScan::hasLowercase(v) && (!(blankBefore || underlined) || TextScan::tokens(v).size() > 10))
        return false;
    return true;
}

// Unwrapped pages sometimes run paragraphs together on one line: "... by Russian
// interference. 5. (U) On Saturday, ...". When the next number in sequence
// follows a sentence end with a paragraph mark, the line is split there (both
// halves stay slices of the same text) and the loop reads the second half as
// its own line.
void BodyParser::splitRunOnParagraph(qsizetype i)
{
    const QStringView v = m_lines.content(i);
    int own = 0;
    qsizetype after = 0;
    const int expected = (LC::paragraphStart(v, &own, &after) ? own : m_lastNumber) + 1;
    const QString needle = QString::number(expected) + u". (";
    for (qsizetype p = v.indexOf(needle, after + 1); p > 2; p = v.indexOf(needle, p + 1)) {
        const QChar end = v[p - 2];
        if (v[p - 1] != u' '
            || !(end == u'.' || end == u'?' || end == u'!' || end == u'"' || end == u'\u201D' || end == u')'))
            continue;
        QString mark;
        if (LC::markAt(v, p + needle.size() - 1, &mark) == 0) // the needle's own bracket
            continue;
        TelegramLine second = m_lines[i];
        second.cstart = m_lines[i].cstart + p;
        second.cuts.clear();
        second.runOn = true;
        TelegramLine &first = m_lines[i];
        QList<std::pair<qsizetype, qsizetype>> keep;
        for (const auto &cut : std::as_const(first.cuts))
            (cut.first >= second.cstart ? second.cuts : keep).append(cut);
        first.cuts = keep;
        first.cend = second.cstart;
        m_lines.trimContent(i);
        m_lines.insert(i + 1, second);
        return;
    }
}
}
