// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagemarkers.h"

#include "textscan.h"

namespace Reftel
{
namespace
{
// " OF " found through its "F": a single-character search is vectorised.
qsizetype findOf(QStringView v, qsizetype from)
{
    qsizetype f = from + 2;
    while ((f = v.indexOf(u'F', f)) >= 0) {
        if (f >= 2 && f + 1 < v.size() && v[f - 1] == u'O' && v[f - 2] == u' ' && v[f + 1] == u' ')
            return f - 2;
        ++f;
    }
    return -1;
}

struct Range
{
    qsizetype start = -1; // offsets in the line's content
    qsizetype end = -1;
};

// The marker whose " OF " is at v[of], or an empty range: "... POST 00000325 002 OF 003 ...".
Range markerAround(QStringView v, qsizetype of, const QString &compactPost)
{
    const QList<QStringView> before = TextScan::tokens(v.first(of).last(std::min<qsizetype>(of, 60)));
    const QList<QStringView> after =
        TextScan::tokens(v.sliced(of + 4).first(std::min<qsizetype>(v.size() - of - 4, 8)));
    const qsizetype nb = before.size();
    if (nb < 3 || after.isEmpty() || after[0].size() != 3 || !TextScan::isDigits(after[0]))
        return {};
    QStringView page = before[nb - 1];
    const qsizetype dot = page.indexOf(u'.');
    if (dot > 0)
        page = page.first(dot);
    const QStringView serial = before[nb - 2];
    if (page.size() != 3 || !TextScan::isDigits(page) || serial.size() != 8 || !serial.startsWith(u'0')
        || !TextScan::isDigits(serial))
        return {};
    // The post: as many capital words as make the banner's post, else one.
    qsizetype words = 1;
    QString acc;
    for (qsizetype w = 1; w <= 4 && nb - 2 - w >= 0; ++w) {
        acc.prepend(TextScan::compactPost(before[nb - 2 - w]));
        if (!compactPost.isEmpty() && acc == compactPost) {
            words = w;
            break;
        }
    }
    const QStringView first = before[nb - 2 - words]; // nb >= 3 and words <= nb - 2
    if (!TextScan::isUpperWord(first))
        return {};
    return { first.data() - v.data(), after[0].data() - v.data() + 3 };
}

// Cuts the markers of one line; the offsets are taken from the line as first
// seen, since cstart and cend move as markers are cut.
void cutLine(TelegramLines &lines, qsizetype i, const QString &compactPost)
{
    TelegramLine &l = lines[i];
    const QStringView v = lines.content(i);
    const qsizetype base = l.cstart;
    const qsizetype baseEnd = l.cend;
    for (qsizetype of = findOf(v, 0); of > 0; of = findOf(v, of + 4)) {
        const Range r = markerAround(v, of, compactPost);
        if (r.start < 0)
            continue;
        const qsizetype start = base + r.start;
        const qsizetype end = std::min(base + r.end, baseEnd);
        if (start >= end || start < l.cstart || end > l.cend)
            break;
        if (start == l.cstart && end >= l.cend) {
            l.kind = LineKind::PageMarker;
        } else if (start == l.cstart) {
            l.cstart = end;
            lines.trimContent(i);
        } else if (end >= l.cend) {
            l.cend = start;
            lines.trimContent(i);
        } else {
            l.cuts.append({ start, end });
        }
        lines.remove(DedupEntry::Kind::PageMarker, start, end);
        if (l.kind != LineKind::Text || end >= l.cend)
            break;
    }
}
}

bool PageMarkers::isMarkerLine(QStringView line, qsizetype *rest)
{
    return TextScan::isPageMarker(line, rest);
}

void PageMarkers::cutInline(TelegramLines &lines, QStringView post)
{
    const QString compact = TextScan::compactPost(post);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        // Wrapped lines hold a marker alone (LineClassifier); only the long
        // lines of unwrapped pages can hide one in the middle.
        if (lines[i].kind == LineKind::Text && lines[i].cend - lines[i].cstart >= 30)
            cutLine(lines, i, compact);
    }
}
}
