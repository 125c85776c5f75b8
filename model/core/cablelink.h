// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Reftel
{
// Links to a cable and a paragraph of it, reftel://09ASTANA253#5, as the
// command line opens them and "Copy Link to Paragraph" writes them. The
// fragment is what follows "¶" in the paragraph's anchor (5, u1, 5-2).
class CableLink final
{
public:
    struct Target
    {
        QString cableId;
        QString anchor; // "09ASTANA253¶5"; empty for the cable as a whole
    };

    static QString toCable(const QString &cableId);
    static QString toParagraph(const QString &anchor);
    // Reads a link; nullopt when it is not a reftel: link to a cable.
    static std::optional<Target> parse(const QString &link);
};
}
