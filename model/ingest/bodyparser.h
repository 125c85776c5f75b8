// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bodydeduplicator.h"
#include "cable.h"
#include "headerreader.h"
#include "paragraphdraft.h"
#include "telegramlines.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Reftel
{
// The body: numbered and unnumbered paragraphs, section headings, the
// signature, and the copies a page repeats (a section's header block, a
// second body), which go to the BodyDeduplicator instead of the cable.
class BodyParser final
{
public:
    struct Result
    {
        QList<ParagraphDraft> paragraphs; // in order; texts not yet joined
        QStringList headings; // headings[0] is the unnamed opening section
        QString signature;
        QList<ParseWarning> warnings;
    };

    // header and routing receive what a repeated header block adds.
    BodyParser(TelegramLines &lines, HeaderFields &header, Routing &routing)
        : m_lines(lines)
        , m_header(header)
        , m_routing(routing)
        , m_dedup(lines)
    {
    }

    // Reads the body from line from to the end of the telegram.
    void parse(qsizetype from);
    Result &result() { return m_result; }
    BodyDeduplicator &deduplicator() { return m_dedup; }

    // Appends line i from offset from to segments, leaving out the page markers cut inside it.
    static void appendLine(
        const TelegramLines &lines, QList<ParagraphDraft::Segment> &segments, qsizetype i, qsizetype from);

private:
    void readLine(qsizetype &i);
    bool readRepeatedHeader(qsizetype &i);
    void readNumbered(qsizetype i, QStringView v, int number, qsizetype after);
    bool numberedInRepeat(qsizetype i, int number, const QString &mark, qsizetype textStart);
    bool continuesSentence(qsizetype i, int number);
    void readUnnumbered(qsizetype i, QStringView v);
    bool readAfterSignature(qsizetype i, QStringView v);
    void newParagraph(int number, const QString &mark, qsizetype i, qsizetype textStart);
    qsizetype repeatStart(qsizetype i) const;
    bool isHeading(qsizetype i) const;
    bool isSignature(qsizetype i) const;
    void splitRunOnParagraph(qsizetype i);
    void warn(ParseWarning::Kind kind, const QString &message, qsizetype position)
    {
        m_result.warnings.append({ kind, message, position });
    }

    TelegramLines &m_lines;
    HeaderFields &m_header;
    Routing &m_routing;
    BodyDeduplicator m_dedup;
    Result m_result;
    qsizetype m_from = 0;

    int m_maxNumber = 0;
    int m_lastNumber = 0;
    QSet<int> m_seen;
    bool m_afterSignature = false;
    bool m_blankSince = false;
    qsizetype m_current = -1; // index of the paragraph lines are added to, -1 when none
};
}
