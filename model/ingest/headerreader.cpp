// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headerreader.h"

#include "bannerreader.h"
#include "classifiedbyreader.h"
#include "lineclassifier.h"
#include "referenceparser.h"
#include "tagglossary.h"
#include "tagsreader.h"
#include "textscan.h"

namespace Reftel
{
namespace
{
using LC = LineClassifier;
using Role = LineClassifier::Role;

bool hasReasonNumber(QStringView s)
{
    return s.contains(u"1.4") || s.contains(u"1.5") || s.contains(u"1.6") || s.contains(u"1,4") || s.contains(u"1. 4");
}

// "TT, EI", "etra, mnuc, ch" or "OVIP (DOE, JANE)": the next line of a TAGS
// list. Most of its words are tags the glossary knows, or short capitals.
bool looksLikeTagList(QStringView v)
{
    const QList<QStringView> toks = TextScan::tokens(v);
    if (toks.isEmpty() || toks.size() > 12)
        return false;
    int tags = 0;
    for (QStringView t : toks) {
        while (!t.isEmpty() && !t.back().isLetterOrNumber())
            t.chop(1);
        if (TagGlossary::instance().lookup(t).known() || (t.size() >= 2 && t.size() <= 6 && TextScan::isUpperWord(t)))
            ++tags;
    }
    return tags * 3 >= qsizetype(toks.size()) * 2;
}

// "A.", "b)", "(C)", "¶B.", "- (B)": a lettered entry of a REF list.
bool isLetteredEntry(QStringView v)
{
    while (!v.isEmpty() && (v.front() == u'\u00B6' || v.front() == u'-' || v.front() == u' '))
        v = v.sliced(1);
    if (v.size() < 3)
        return false;
    if (v[0] == u'(' && v[1].isLetter() && v[2] == u')')
        return true;
    return v[0].isLetter() && (v[1] == u'.' || v[1] == u')' || v[1] == u':') && !v[2].isLetter();
}
}

void HeaderFields::merge(const HeaderFields &h)
{
    auto take = [](QString &mine, const QString &theirs) {
        if (!theirs.isEmpty()
            && (mine.isEmpty() || ((mine.endsWith(u"...") || mine.endsWith(u'\u2026')) && theirs.size() > mine.size())))
            mine = theirs;
    };
    if (banner.level.isEmpty())
        banner = h.banner;
    take(eo, h.eo);
    take(tags, h.tags);
    take(subject, h.subject);
    take(classifiedBy, h.classifiedBy);
    if (!hasRef && h.hasRef) {
        refText = h.refText;
        hasRef = true;
    } else {
        take(refText, h.refText);
    }
    for (const QString &c : h.caveats) {
        if (!caveats.contains(c))
            caveats.append(c);
    }
    for (const QString &p : h.passing) {
        if (!passing.contains(p))
            passing.append(p);
    }
}

qsizetype HeaderReader::blockStart(const TelegramLines &lines, qsizetype banner)
{
    qsizetype start = banner;
    for (qsizetype k = banner - 1; k >= 0 && k >= banner - 6; --k) {
        if (lines[k].kind == LineKind::Blank)
            continue;
        if (lines[k].kind != LineKind::Text)
            break;
        qsizetype rest = 0;
        const Role r = LC::role(lines.content(k), &rest);
        if (r != Role::Tags && r != Role::Subject && r != Role::Eo
            && !BannerReader::isCorrectedCopyLine(lines.content(k)))
            break;
        start = k;
    }
    return start;
}

qsizetype HeaderReader::read(qsizetype i, HeaderFields &fields)
{
    m_h = &fields;
    for (; i < m_lines.size(); ++i) {
        if (m_lines[i].kind == LineKind::Blank) {
            m_afterBlank = true;
            if (m_field == Field::Subject || m_field == Field::ClassifiedBy || m_field == Field::Tags) {
                m_lastField = m_field;
                m_field = Field::None;
            }
            continue;
        }
        if (m_lines[i].kind != LineKind::Text)
            continue;
        splitGlued(i);
        const QStringView v = m_lines.content(i);
        int number = 0;
        qsizetype after = 0;
        if (LC::paragraphStart(v, &number, &after))
            break;
        // Page-break residue and notices hold no element: the element goes on after them.
        if (LC::isLevelLine(v) || LC::isUnderline(v))
            continue;
        if (LC::isHandlingNotice(v)) {
            if (!m_h->caveats.contains(u"SENSITIVE BUT UNCLASSIFIED"))
                m_h->caveats.append(QStringLiteral("SENSITIVE BUT UNCLASSIFIED"));
            continue;
        }
        if (BannerReader::isCorrectedCopyLine(v)) {
            if (!m_h->caveats.contains(u"CORRECTED COPY"))
                m_h->caveats.append(QStringLiteral("CORRECTED COPY"));
            continue;
        }
        if (BannerReader::isBanner(v)) {
            if (!takeBanner(v))
                break;
            continue;
        }
        if (takeKeyword(i, v))
            continue;
        if (m_lines[i].glued
            && (m_sawSubjectOrTags || !m_h->eo.isEmpty())) // text after a lost line break: the body begins
            break;
        if (takeContinuation(i, v))
            continue;
        if (!m_sawSubjectOrTags && m_h->eo.isEmpty() && takeBeforeEo(i, v))
            continue;
        break;
    }
    return i;
}

// Whether line v can be a header line that another element was glued onto.
bool HeaderReader::mayHoldGlued(LineClassifier::Role r) const
{
    if (r == Role::ParagraphStart || r == Role::Level || r == Role::Underline)
        return false;
    if (r != Role::Text)
        return true;
    // A line before the E.O. line (passing instructions), or the next line of an element.
    return (!m_sawSubjectOrTags && m_h->eo.isEmpty()) || m_field != Field::None;
}

void HeaderReader::splitGlued(qsizetype i)
{
    const QStringView v = m_lines.content(i);
    qsizetype rest = 0;
    const Role role = LC::role(v, &rest);
    if (!mayHoldGlued(role))
        return;
    if (role == Role::Banner) {
        m_lines.split(i, BannerReader::read(v).length);
        return;
    }
    // "SIPDIS DOE FOR ...": the caveat words, then what follows.
    const qsizetype space = v.indexOf(u' ');
    if ((role == Role::Text || role == Role::Caveat) && space > 0 && LC::isCaveatLine(v.first(space))
        && !LC::isHandlingNotice(v)) {
        const QList<QStringView> toks = TextScan::tokens(v);
        qsizetype k = 0;
        while (k < toks.size() && LC::isCaveatLine(toks[k]))
            ++k;
        if (k > 0 && k < toks.size() && (role == Role::Text || toks.size() > 6)) {
            m_lines.split(i, toks[k].data() - v.data());
            return;
        }
    }
    qsizetype at = LC::gluedElement(v, std::max<qsizetype>(rest, 1));
    // Text run on after the element's end: the action request after a subject, the
    // first sentence of the body after the reasons or after the last reference.
    qsizetype end = -1;
    if (role == Role::Subject)
        end = LC::actionRequestAt(v, std::max<qsizetype>(rest, 1));
    else if (role == Role::ClassifiedBy || (role == Role::Text && m_field == Field::ClassifiedBy))
        end = ClassifiedByReader::statementEnd(v);
    else if (role == Role::Ref || (role == Role::Text && m_field == Field::Ref && !m_lines[i].glued)) {
        const qsizetype listEnd = ReferenceParser::listEnd(v.sliced(rest)); // rest is inside v: role() found it there
        end = listEnd > 0 ? rest + listEnd : -1;
    }
    if (end > 0 && (at < 0 || end < at))
        at = end;
    if (at > 0)
        m_lines.split(i, at);
}

bool HeaderReader::takeBanner(QStringView v)
{
    if (m_sawBanner || !m_h->subject.isEmpty())
        return false;
    m_sawBanner = true;
    m_sawSubjectOrTags = false; // a TAGS line before the banner does not end the caveats after it
    m_h->banner = BannerReader::read(v).banner;
    startField(Field::None);
    return true;
}

bool HeaderReader::takeKeyword(qsizetype &i, QStringView v)
{
    qsizetype rest = 0;
    const qsizetype position = m_lines[i].cstart;
    if (LC::subjectKeyword(v, &rest)) {
        m_h->subject = v.sliced(rest).trimmed().toString();
        m_h->subjectPosition = position;
        m_sawSubjectOrTags = true;
        startField(Field::Subject);
        return true;
    }
    if (LC::refKeyword(v, &rest)) {
        m_h->refText = v.sliced(rest).toString();
        m_h->hasRef = true;
        m_h->refPosition = position;
        startField(Field::Ref);
        return true;
    }
    if (LC::classifiedByKeyword(v, &rest)) {
        m_h->classifiedBy = v.sliced(rest).toString();
        m_classifiedLines = 1;
        startField(Field::ClassifiedBy);
        return true;
    }
    if (LC::eoKeyword(v, &rest)) {
        takeEo(i, v.sliced(rest));
        return true;
    }
    if (LC::tagsKeyword(v, &rest)) {
        takeTags(i, v.sliced(rest));
        return true;
    }
    return false;
}

void HeaderReader::takeEo(qsizetype i, QStringView eo)
{
    // "E.o. 12958: decl: 03/04/2015 Tags: prel, pgov" when the line was not cut.
    qsizetype listStart = 0;
    const qsizetype tags = TagsReader::findKeyword(eo, &listStart);
    if (tags >= 0) {
        m_h->tags = eo.sliced(listStart).trimmed().toString();
        m_h->tagsPosition = m_lines[i].cstart;
        eo = eo.first(tags);
        m_sawSubjectOrTags = true;
    }
    if (m_h->eo.isEmpty())
        m_h->eo = eo.trimmed().toString();
    startField(tags >= 0 ? Field::Tags : Field::None);
}

void HeaderReader::takeTags(qsizetype i, QStringView t)
{
    if (!m_h->tags.isEmpty() && m_sawSubjectOrTags) {
        m_h->tags += u' ' + t.trimmed().toString(); // a second TAGS line
    } else {
        m_h->tags = t.trimmed().toString();
        m_h->tagsPosition = m_lines[i].cstart;
    }
    m_sawSubjectOrTags = true;
    startField(Field::Tags);
}

bool HeaderReader::takeContinuation(qsizetype i, QStringView v)
{
    if (m_field == Field::Tags) {
        if (takeTagsLine(v))
            return true;
        m_field = Field::None;
    }
    if (takeSubjectTail(i, v))
        return true;
    if (m_field == Field::Subject && !m_afterBlank && v.size() < 120) {
        m_h->subject += u'\n' + v.toString();
        return true;
    }
    if (m_field == Field::Ref) {
        if (takeRefLine(v))
            return true;
        m_field = Field::None;
    }
    if (m_field == Field::ClassifiedBy && m_classifiedLines < 4) {
        if (takeClassifiedByLine(v))
            return true;
        m_field = Field::None;
    }
    return false;
}

// A TAGS list goes on over the next lines: after a comma, or while the lines are tags.
bool HeaderReader::takeTagsLine(QStringView v)
{
    if (m_afterBlank || v.size() >= 200 || !(m_h->tags.endsWith(u',') || looksLikeTagList(v)))
        return false;
    m_h->tags += u' ' + v.toString();
    return true;
}

// A bracketed line may follow a subject that ends in a quote:
// "SUBJECT: CUBAN HEALTHCARE: "AQUI NADA ES FACIL"", blank, "(HERE NOTHING IS EASY)";
// or "SUBJECT: ... IN THE", blank, "REGION", then REF or Classified By.
bool HeaderReader::takeSubjectTail(qsizetype i, QStringView v)
{
    if (m_field != Field::None || m_lastField != Field::Subject || !m_afterBlank || v.size() >= 80
        || TextScan::hasLowercase(v) || (LC::endsWithTerminal(m_h->subject) && !v.startsWith(u'(')))
        return false;
    const qsizetype next = m_lines.nextContent(i);
    qsizetype r = 0;
    if (next < 0 || !(LC::refKeyword(m_lines.content(next), &r) || LC::classifiedByKeyword(m_lines.content(next), &r)))
        return false;
    m_h->subject += u'\n' + v.toString();
    return true;
}

bool HeaderReader::takeRefLine(QStringView v)
{
    QString mark;
    // A paragraph mark or a long line of prose is the body starting without a blank line.
    const bool prose = LC::markAt(v, 0, &mark) > 0 || (v.size() > 120 && TextScan::hasLowercase(v));
    if ((m_afterBlank && !isLetteredEntry(v)) || prose)
        return false;
    m_h->refText += u' ' + v.toString();
    m_afterBlank = false;
    return true;
}

bool HeaderReader::takeClassifiedByLine(QStringView v)
{
    // v is a line of text: it is not empty.
    const bool more = !hasReasonNumber(m_h->classifiedBy) || v[0].isLower()
        || v.startsWith(u"and ", Qt::CaseInsensitive) || v.startsWith(u'(') || v.startsWith(u"1.");
    if (!more || m_afterBlank)
        return false;
    m_h->classifiedBy += u' ' + v.toString();
    ++m_classifiedLines;
    return true;
}

// Lines between the banner and the E.O. line: caveats, passing instructions,
// and the notes some posts put there ("Original Telegram was Confidential...").
bool HeaderReader::takeBeforeEo(qsizetype i, QStringView v)
{
    if (LC::isCaveatLine(v)) {
        for (const QStringView t : TextScan::tokens(v))
            m_h->caveats.append(t.toString());
        return true;
    }
    if (v.size() <= 400
        && (v.contains(u" FOR ") || v.startsWith(u"FOR ") || v.startsWith(u"PASS ") || v.contains(u" for ")
            || !TextScan::hasLowercase(v))) {
        m_h->passing.append(v.toString());
        return true;
    }
    for (qsizetype k = i + 1; k < m_lines.size() && k < i + 16; ++k) {
        if (m_lines[k].kind != LineKind::Text)
            continue;
        const QStringView n = m_lines.content(k);
        qsizetype r = 0;
        int num = 0;
        if (LC::paragraphStart(n, &num, &r))
            return false;
        if (LC::eoKeyword(n, &r) || LC::tagsKeyword(n, &r) || LC::subjectKeyword(n, &r)) {
            m_h->passing.append(v.toString());
            return true;
        }
    }
    return false;
}
}
