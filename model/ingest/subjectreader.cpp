// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "subjectreader.h"

#include "lineclassifier.h"
#include "pagemarkers.h"
#include "textscan.h"

namespace Reftel
{
namespace
{
using LC = LineClassifier;

// Rules and decorations: "------", "====", "****", "____", and the
// continuation backslashes of some pages.
bool isDecoration(QStringView t)
{
    if (t == u"\\")
        return true;
    if (t.size() < 4) // "--" is a dash between words
        return false;
    for (const QChar c : t) {
        if (c != u'-' && c != u'=' && c != u'*' && c != u'_' && c != u'~')
            return false;
    }
    return true;
}

// Removes decorations; records them.
QString withoutDecorations(QStringView s, QStringList *removed)
{
    QStringList kept;
    for (const QStringView t : TextScan::tokens(s)) {
        if (isDecoration(t)) {
            removed->append(t.toString());
            continue;
        }
        kept.append(t.toString());
    }
    return kept.join(u' ');
}

// The lines of the subject without those that are no words of it: a page
// marker or classification line that fell inside it, a rule.
QString joinedLines(QStringView text, QStringList *removed)
{
    QString joined;
    for (const TextScan::LineRef &l : TextScan::splitLines(text)) {
        const QStringView line = text.sliced(l.start, l.end - l.start).trimmed();
        qsizetype rest = 0;
        if (line.isEmpty())
            continue;
        if (LC::isLevelLine(line) || LC::isUnderline(line)
            || (PageMarkers::isMarkerLine(line, &rest) && rest >= line.size())) {
            removed->append(line.toString());
            continue;
        }
        if (PageMarkers::isMarkerLine(line, &rest)) { // an old marker with text after it
            removed->append(line.first(rest).toString());
            joined += line.sliced(rest) + u' ';
            continue;
        }
        joined += line + u' ';
    }
    return joined;
}
}

qsizetype SubjectReader::keyword(QStringView text)
{
    qsizetype lead = 0;
    while (lead < text.size() && text[lead].isSpace())
        ++lead;
    const QStringView t = text.sliced(lead);
    qsizetype rest = 0;
    if (LC::subjectKeyword(t, &rest))
        return lead + rest;
    return -1;
}

SubjectReader::Result SubjectReader::read(QStringView text)
{
    Result r;
    const qsizetype start = keyword(text);
    QString s = joinedLines(start < 0 ? text : text.sliced(start), &r.removed);
    // A glued element ends the subject.
    qsizetype cut = LC::gluedElement(s, 1);
    const qsizetype action = LC::actionRequestAt(s, 1);
    if (action > 0 && (cut < 0 || action < cut))
        cut = action;
    if (cut > 0) {
        r.glued = s.sliced(cut).trimmed();
        s.truncate(cut);
    }
    // Markers inside the words, in any case, then rules.
    const QString unmarked = PageMarkers::withoutMarkers(s);
    if (unmarked != s)
        r.removed.append(QStringLiteral("page marker"));
    QString subject = withoutDecorations(unmarked, &r.removed);
    // Its own classification: "(C) NEW CABINET SWORN IN".
    QString mark;
    const qsizetype markLength = LC::markAt(subject, 0, &mark);
    if (markLength > 0) {
        r.mark = mark;
        subject = subject.sliced(markLength);
    } else if (const qsizetype open = subject.lastIndexOf(u'('); open > 0 && subject.trimmed().endsWith(u')')) {
        // ... or after it: "DEMARCHE ON ARMS SALES (C)".
        const qsizetype length = LC::markAt(subject, open, &mark);
        // Only the plain marks: "(LOR)" after "LETTER OF REQUEST" is the subject's own abbreviation.
        const bool plain = mark == u"U" || mark == u"C" || mark == u"S" || mark == u"SBU" || mark.contains(u'/');
        if (length > 0 && plain && subject.sliced(open + length).trimmed().isEmpty()) {
            r.mark = mark;
            subject.truncate(open);
        }
    }
    // Punctuation a keyword or a cut left behind: "SUBJECT: : TEXT", "FLOODS IN THE NORTH -".
    QStringView v = QStringView(subject).trimmed();
    while (!v.isEmpty() && (v.front() == u':' || v.front() == u'-' || v.front() == u'.'))
        v = v.sliced(1).trimmed();
    while (!v.isEmpty() && (v.back() == u'-' || v.back() == u':' || v.back() == u'\\'))
        v = v.chopped(1).trimmed();
    r.subject = v.toString().simplified();
    return r;
}
}
