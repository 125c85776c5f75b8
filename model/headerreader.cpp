// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headerreader.h"

#include "bannerreader.h"
#include "lineclassifier.h"
#include "textscan.h"

namespace Reftel
{
namespace
{
using LC = LineClassifier;

bool hasReasonNumber(QStringView s)
{
    return s.contains(u"1.4") || s.contains(u"1.5") || s.contains(u"1.6") || s.contains(u"1,4") || s.contains(u"1. 4");
}

// "TT, EI" or "NS SUBJECT: ...": the tail of a wrapped TAGS line.
bool looksLikeTagList(QStringView v)
{
    const qsizetype subject = v.indexOf(u"SUBJECT:");
    if (subject >= 0)
        v = v.first(subject);
    const QList<QStringView> toks = TextScan::tokens(v);
    if (toks.isEmpty() || toks.size() > 8)
        return false;
    for (QStringView t : toks) {
        if (t.endsWith(u','))
            t.chop(1);
        if (t.size() < 2 || t.size() > 6 || !TextScan::isUpperWord(t))
            return false;
    }
    return true;
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

qsizetype HeaderReader::read(qsizetype i, HeaderFields &fields)
{
    m_h = &fields;
    for (; i < m_lines.size(); ++i) {
        const TelegramLine &l = m_lines[i];
        if (l.kind == LineKind::Blank) {
            m_afterBlank = true;
            if (m_field == Field::Subject || m_field == Field::ClassifiedBy) {
                m_lastField = m_field;
                m_field = Field::None;
            }
            continue;
        }
        if (l.kind != LineKind::Text)
            continue;
        const QStringView v = m_lines.content(i);
        int number = 0;
        qsizetype after = 0;
        if (LC::paragraphStart(v, &number, &after))
            break;
        if (BannerReader::isBanner(v)) {
            if (!takeBanner(i, v))
                break;
            continue;
        }
        if (takeKeyword(i, v) || takeContinuation(i, v))
            continue;
        if (!m_sawSubjectOrTags && m_h->eo.isEmpty() && takeBeforeEo(i, v))
            continue;
        break;
    }
    return i;
}

bool HeaderReader::takeBanner(qsizetype, QStringView v)
{
    if (m_sawBanner || m_sawSubjectOrTags)
        return false;
    m_sawBanner = true;
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
    const qsizetype tags = eo.indexOf(u"TAGS");
    if (tags >= 0) {
        QStringView t = eo.sliced(tags + 4);
        if (t.startsWith(u':'))
            t = t.sliced(1);
        m_h->tags = t.trimmed().toString();
        m_h->tagsPosition = m_lines[i].cstart;
        eo = eo.first(tags);
        m_sawSubjectOrTags = true;
    }
    m_h->eo = eo.trimmed().toString();
    startField(Field::None);
}

void HeaderReader::takeTags(qsizetype &i, QStringView t)
{
    m_h->tagsPosition = m_lines[i].cstart;
    const qsizetype subj = t.indexOf(u"SUBJECT:");
    if (subj >= 0) {
        m_h->subject = t.sliced(subj + 8).trimmed().toString();
        t = t.first(subj);
        startField(Field::Subject);
    } else {
        startField(Field::None);
    }
    m_h->tags = t.trimmed().toString();
    m_sawSubjectOrTags = true;
    // A TAGS line ending in a comma goes on: "TAGS ECON, EINV, ..., IR," / "TU, AJ".
    while (m_field == Field::None && i + 1 < m_lines.size() && m_lines[i + 1].kind == LineKind::Text
        && m_lines.content(i + 1).size() < 200 && !m_lines.content(i + 1).startsWith(u"SUBJECT")
        && (m_h->tags.endsWith(u',') || looksLikeTagList(m_lines.content(i + 1)))) {
        ++i;
        QStringView more = m_lines.content(i);
        const qsizetype subjAt = more.indexOf(u"SUBJECT:");
        if (subjAt >= 0) {
            m_h->subject = more.sliced(subjAt + 8).trimmed().toString();
            more = more.first(subjAt);
            startField(Field::Subject);
        }
        m_h->tags += u' ' + more.trimmed().toString();
    }
}

bool HeaderReader::takeContinuation(qsizetype i, QStringView v)
{
    if (takeSubjectTail(i, v))
        return true;
    if (m_field == Field::Subject && !m_afterBlank && v.size() < 120) {
        m_h->subject += u' ' + v.toString();
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
    m_h->subject += u' ' + v.toString();
    return true;
}

bool HeaderReader::takeRefLine(QStringView v)
{
    // v is a line of text, so it is not empty.
    const bool labelled =
        v.size() > 2 && ((v[0].isUpper() && (v[1] == u'.' || v[1] == u')')) || (v[0] == u'(' && v[2] == u')'));
    QString mark;
    // A paragraph mark or a long line of prose is the body starting without a blank line.
    const bool prose = LC::markAt(v, 0, &mark) > 0 || (v.size() > 120 && TextScan::hasLowercase(v));
    if ((m_afterBlank && !labelled) || prose)
        return false;
    m_h->refText += u' ' + v.toString();
    m_afterBlank = false;
    return true;
}

bool HeaderReader::takeClassifiedByLine(QStringView v)
{
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
        if (LC::eoKeyword(n, &r) || LC::tagsKeyword(n, &r) || n.startsWith(u"SUBJECT:")) {
            m_h->passing.append(v.toString());
            return true;
        }
    }
    return false;
}
}
