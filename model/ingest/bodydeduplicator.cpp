// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodydeduplicator.h"

#include "bodyparser.h"
#include "paragraphtext.h"

#include <QCoreApplication>

namespace Reftel
{
void BodyDeduplicator::start(qsizetype at)
{
    if (m_inRepeat)
        return;
    m_inRepeat = true;
    m_repeatFrom = at;
}

void BodyDeduplicator::end(qsizetype at)
{
    if (!m_inRepeat)
        return;
    closeShadow();
    m_lines.remove(DedupEntry::Kind::RepeatedBody, m_repeatFrom, at);
    m_inRepeat = false;
}

void BodyDeduplicator::openShadow(int number, const QString &mark, qsizetype i, qsizetype textStart)
{
    m_pendingHeading.clear();
    closeShadow();
    m_shadow = ParagraphDraft {};
    m_shadow.number = number;
    m_shadow.mark = mark;
    BodyParser::appendLine(m_lines, m_shadow.segments, i, textStart);
    m_shadowOpen = true;
}

void BodyDeduplicator::appendToShadow(qsizetype i)
{
    if (m_shadowOpen)
        BodyParser::appendLine(m_lines, m_shadow.segments, i, m_lines[i].cstart);
}

void BodyDeduplicator::closeShadow()
{
    if (m_shadowOpen)
        m_shadows.append(m_shadow);
    m_shadowOpen = false;
}

QList<ParseWarning> BodyDeduplicator::replaceTruncated(QList<ParagraphDraft> &paragraphs)
{
    QList<ParseWarning> warnings;
    for (ParagraphDraft &s : m_shadows) {
        for (ParagraphDraft &b : paragraphs) {
            if (b.number != s.number || !(b.text.endsWith(u"...") || b.text.endsWith(u'\u2026')))
                continue;
            // Copies are only finished when they can replace a truncated original.
            if (s.text.isEmpty())
                ParagraphText::finish(s, m_lines);
            if (s.text.size() > b.text.size()) {
                b.text = s.text;
                warnings.append({ ParseWarning::Kind::TruncatedText,
                    QCoreApplication::translate(
                        "Reftel::CableParser", "Paragraph %1 was cut short; its complete copy was used.")
                        .arg(b.number),
                    b.position });
            }
        }
    }
    return warnings;
}
}
