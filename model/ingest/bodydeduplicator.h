// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"
#include "paragraphdraft.h"
#include "telegramlines.h"

#include <QList>
#include <QString>

namespace Reftel
{
// A second copy of the body inside the same page (saved twice, or a section
// repeated): while the body parser is inside one, its paragraphs go here as
// shadows instead of into the cable. The copy is reported as a repeated
// body; a paragraph of the first copy that was cut short with "..." is
// replaced by its complete shadow.
class BodyDeduplicator final
{
public:
    explicit BodyDeduplicator(TelegramLines &lines)
        : m_lines(lines)
    {
    }

    bool inRepeat() const { return m_inRepeat; }
    // The copy starts at telegram offset at (nothing happens when one is open).
    void start(qsizetype at);
    // The copy ends at offset at, and is reported.
    void end(qsizetype at);

    // A numbered paragraph inside the copy; its text starts at textStart of line i.
    void openShadow(int number, const QString &mark, qsizetype i, qsizetype textStart);
    // A line of the copy: it belongs to the open shadow paragraph, if any.
    void appendToShadow(qsizetype i);
    void closeShadow();

    // A heading inside the copy may head the first new paragraph after it.
    void setPendingHeading(const QString &heading, qsizetype at)
    {
        m_pendingHeading = heading;
        m_pendingHeadingAt = at;
    }
    const QString &pendingHeading() const { return m_pendingHeading; }
    qsizetype pendingHeadingAt() const { return m_pendingHeadingAt; }
    void clearPendingHeading() { m_pendingHeading.clear(); }

    // Replaces truncated paragraphs by their complete copies; the texts of
    // paragraphs must be finished. Returns a warning per replacement.
    QList<ParseWarning> replaceTruncated(QList<ParagraphDraft> &paragraphs);

private:
    TelegramLines &m_lines;
    bool m_inRepeat = false;
    qsizetype m_repeatFrom = 0;
    QList<ParagraphDraft> m_shadows;
    ParagraphDraft m_shadow;
    bool m_shadowOpen = false;
    QString m_pendingHeading;
    qsizetype m_pendingHeadingAt = 0;
};
}
