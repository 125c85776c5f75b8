// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"

#include <QSet>
#include <QString>

// What the reading pane, the raw view and the store rely on in any parsed
// cable, whatever the input: every range lies inside the text it points
// into, every citation links to an existing reference, anchors are unique.
// Returns what is broken, or an empty string.
namespace CableInvariants
{
inline bool inside(qsizetype position, qsizetype length, qsizetype size)
{
    return position >= 0 && length >= 0 && position <= size && length <= size - position;
}

inline QString broken(const Reftel::Cable &c)
{
    for (const Reftel::DedupEntry &e : c.dedup) {
        const QString &text = e.in == Reftel::DedupEntry::In::Telegram ? c.telegram : c.documentText;
        if (!inside(e.position, e.length, text.size()))
            return QStringLiteral("removed range %1+%2 outside %3 characters")
                .arg(e.position)
                .arg(e.length)
                .arg(text.size());
    }
    if (c.telegramOffset >= 0 && !inside(c.telegramOffset, c.telegram.size(), c.documentText.size()))
        return QStringLiteral("telegram offset %1 outside the document").arg(c.telegramOffset);
    for (const Reftel::ParseWarning &w : c.warnings) {
        if (w.position < -1 || w.position > c.telegram.size())
            return QStringLiteral("warning at %1 outside the telegram").arg(w.position);
    }
    QSet<QString> anchors;
    for (const Reftel::Paragraph *p : c.paragraphs()) {
        if (p->anchor.isEmpty() || anchors.contains(p->anchor))
            return QStringLiteral("anchor \"%1\" empty or twice").arg(p->anchor);
        anchors.insert(p->anchor);
        for (const Reftel::Citation &cit : p->citations) {
            if (!inside(cit.start, cit.length, p->text.size()))
                return QStringLiteral("citation %1+%2 outside paragraph %3")
                    .arg(cit.start)
                    .arg(cit.length)
                    .arg(p->anchor);
            for (const int r : cit.referenceIndexes) {
                if (r < 0 || r >= c.references.size())
                    return QStringLiteral("citation in %1 links to reference %2 of %3")
                        .arg(p->anchor)
                        .arg(r)
                        .arg(c.references.size());
            }
        }
        for (const Reftel::TextSpan &s : p->spans) {
            if (!inside(s.start, s.length, p->text.size()))
                return QStringLiteral("span %1+%2 outside paragraph %3").arg(s.start).arg(s.length).arg(p->anchor);
        }
    }
    return {};
}
}
