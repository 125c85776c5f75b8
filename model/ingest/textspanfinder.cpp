// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textspanfinder.h"

#include <algorithm>

namespace Reftel
{
namespace
{
struct Event
{
    qsizetype start;
    qsizetype end;
    TextSpan::Kind kind;
    bool close;
};

struct Word
{
    QStringView word;
    TextSpan::Kind kind;
};
constexpr Word Words[] = { { u"SUMMARY", TextSpan::Kind::Summary }, { u"COMMENT", TextSpan::Kind::Comment },
    { u"NOTE", TextSpan::Kind::Note } };

// "END SUMMARY", "END COMMENT.)" at text[i] (i < n - 5).
void closingAt(QStringView text, qsizetype i, QList<Event> &events, qsizetype &wordStart)
{
    const qsizetype n = text.size();
    if ((text[i + 1].unicode() | 0x20) != u'n' || text.sliced(i, 4).compare(u"END ", Qt::CaseInsensitive) != 0)
        return;
    for (const Word &w : Words) {
        if (text.sliced(i + 4).startsWith(w.word, Qt::CaseInsensitive)) {
            qsizetype end = i + 4 + w.word.size();
            while (end < n && (text[end] == u'.' || text[end] == u')'))
                ++end;
            events.append({ i, end, w.kind, true });
            wordStart = std::max(wordStart, end);
            return;
        }
    }
}

// "SUMMARY:", "(COMMENT:", "NOTE:", "SUMMARY." at text[i], whose first letter, lowered, is c.
void openingAt(QStringView text, qsizetype i, char16_t c, QList<Event> &events)
{
    const qsizetype n = text.size();
    for (const Word &w : Words) {
        if (i + 1 >= n || c != (w.word[0].unicode() | 0x20)
            || (text[i + 1].unicode() | 0x20) != (w.word[1].unicode() | 0x20)
            || !text.sliced(i).startsWith(w.word, Qt::CaseInsensitive))
            continue;
        const qsizetype after = i + w.word.size();
        const QChar following = after < n ? text[after] : QChar(u' ');
        const bool opener = w.kind == TextSpan::Kind::Note
            ? following == u':'
            : (following == u':' || following == u'.'
                  || (after < n && following == u' '
                      && text.sliced(after + 1).startsWith(u"CONTINUED", Qt::CaseInsensitive)));
        if (opener)
            events.append({ i > 0 && text[i - 1] == u'(' ? i - 1 : i, after, w.kind, false });
        return;
    }
}

// Pairs each opening with the next closing of its kind.
QList<TextSpan> pair(const QList<Event> &events, qsizetype n)
{
    QList<TextSpan> spans;
    for (const Word &w : Words) {
        qsizetype open = -1;
        for (const Event &e : events) {
            if (e.kind != w.kind)
                continue;
            if (open < 0 && !e.close) {
                open = e.start;
            } else if (open >= 0 && e.close) {
                spans.append({ w.kind, open, e.end - open, true });
                open = -1;
            }
        }
        if (open >= 0)
            spans.append({ w.kind, open, n - open, false });
    }
    std::sort(spans.begin(), spans.end(), [](const TextSpan &x, const TextSpan &y) { return x.start < y.start; });
    return spans;
}
}

// One pass over the word starts of the text: a case-insensitive search per
// word would scan each paragraph a dozen times.
QList<TextSpan> TextSpanFinder::find(QStringView text)
{
    QList<Event> events;
    const qsizetype n = text.size();
    // Only word starts matter: walk from space to space and look past an
    // opening bracket ("(COMMENT:").
    qsizetype wordStart = 0;
    while (wordStart < n) {
        qsizetype i = wordStart;
        qsizetype space = i;
        while (space < n && text[space] != u' ')
            ++space;
        wordStart = space + 1;
        if (text[i] == u'(' && i + 1 < n)
            ++i;
        const char16_t c = text[i].unicode() | 0x20;
        if (c == u'e') {
            if (i + 5 < n)
                closingAt(text, i, events, wordStart);
        } else if (c == u's' || c == u'c' || c == u'n') {
            openingAt(text, i, c, events);
        }
    }
    return pair(events, n);
}
}
