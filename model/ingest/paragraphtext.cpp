// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paragraphtext.h"

#include "textscan.h"

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
// ASCII fast path for the per-character loops; other characters ask QChar.
inline bool isSpaceFast(char16_t c)
{
    if (c < 0x80)
        return c <= u' ' && (c == u' ' || (c >= u'\t' && c <= u'\r'));
    return QChar::isSpace(c);
}

// The output buffer of one paragraph: lines are copied into place with their
// breaks and runs of spaces collapsed, so a paragraph costs one read and one
// write per character.
struct Writer
{
    QChar *dst = nullptr;
    qsizetype w = 0;
    qsizetype lastAmp = -1; // where the last '&' was written, -1 when none is open
    bool anyAmp = false;
    bool pendingSpace = false;
};

// An entity broken over the line break: the fragment before the break is
// joined with the start of the next segment and decoded in place.
void repairBrokenEntity(
    Writer &out, ParagraphDraft::Segment &seg, const ParagraphDraft::Segment &prev, TelegramLines &lines)
{
    if (out.lastAmp < 0 || out.w - out.lastAmp > 8)
        return;
    for (qsizetype a = out.lastAmp + 1; a < out.w; ++a) {
        if (out.dst[a] == u';')
            return; // closed before the break
    }
    const QString &t = lines.text();
    const QString joined = QString(out.dst + out.lastAmp, out.w - out.lastAmp)
        + QStringView(t).sliced(seg.start, std::min<qsizetype>(12, seg.end - seg.start));
    QString decoded;
    const qsizetype used = TextScan::decodeEntity(joined, 0, &decoded);
    const qsizetype fragment = out.w - out.lastAmp;
    if (used <= fragment)
        return;
    const qsizetype fromHead = used - fragment; // <= 12 characters of seg, as joined holds no more
    lines.remove(DedupEntry::Kind::BrokenEntity, prev.end - fragment, seg.start + fromHead);
    out.w = out.lastAmp;
    out.lastAmp = -1;
    out.pendingSpace = out.w > 0;
    if (!decoded.trimmed().isEmpty()) {
        out.pendingSpace = false;
        for (const QChar c : std::as_const(decoded))
            out.dst[out.w++] = c;
    }
    seg.start += fromHead;
}

void copySegment(Writer &out, const QChar *src, const ParagraphDraft::Segment &seg)
{
    for (qsizetype r = seg.start; r < seg.end; ++r) {
        const char16_t c = src[r].unicode();
        if (isSpaceFast(c)) {
            out.pendingSpace = out.w > 0;
            continue;
        }
        if (out.pendingSpace) {
            out.dst[out.w++] = u' ';
            out.pendingSpace = false;
        }
        if (c == u'&') {
            out.lastAmp = out.w;
            out.anyAmp = true;
        }
        out.dst[out.w++] = QChar(c);
    }
}
}

QString ParagraphText::collapseSpaces(QString text)
{
    QChar *data = text.data();
    qsizetype w = 0;
    bool space = false;
    const qsizetype size = text.size();
    for (qsizetype r = 0; r < size; ++r) {
        const QChar c = data[r];
        if (isSpaceFast(c.unicode())) {
            space = true;
            continue;
        }
        if (space && w > 0)
            data[w++] = u' ';
        space = false;
        data[w++] = c;
    }
    text.truncate(w);
    return text;
}

void ParagraphText::finish(ParagraphDraft &b, TelegramLines &lines)
{
    // Room for every segment plus a space between them; a repaired entity
    // writes fewer characters than it removes.
    qsizetype total = 0;
    for (const ParagraphDraft::Segment &seg : std::as_const(b.segments))
        total += std::max<qsizetype>(seg.end - seg.start, 0) + 1;
    QString text(total + 8, Qt::Uninitialized);
    Writer out;
    out.dst = text.data();
    const QChar *src = lines.text().constData();
    for (qsizetype k = 0; k < b.segments.size(); ++k) {
        ParagraphDraft::Segment seg = b.segments[k];
        if (seg.end <= seg.start)
            continue;
        if (out.w > 0)
            out.pendingSpace = true;
        repairBrokenEntity(out, seg, b.segments[k > 0 ? k - 1 : 0], lines);
        copySegment(out, src, seg);
    }
    text.truncate(out.w);
    if (out.anyAmp)
        text = collapseSpaces(TextScan::decodeEntities(text));
    if (lines.csvDump)
        text.replace(u"\"\""_s, u"\""_s);
    b.text = std::move(text);
}
}
