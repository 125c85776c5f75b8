// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telegramlines.h"

#include <QString>
#include <QStringView>

namespace Reftel
{
// What a line of the telegram is. Two passes: classify() cuts the telegram
// into lines and sets aside what is not text (page markers, database dumps,
// pasted CSV rows, transmission trailers, site boilerplate), and role() says
// which header element or body element a line of text opens, from the line
// alone. Whatever needs the lines around it (a heading, a signature) is
// decided by the body parser and the signature reader.
class LineClassifier final
{
public:
    enum class Role
    {
        Text,
        Banner, // "C O N F I D E N T I A L SECTION 01 OF 02 ASTANA 000253"
        Level, // "CONFIDENTIAL" alone: page-break residue or the banner of an old page
        Caveat, // SIPDIS, NOFORN, EXDIS...
        Eo, // "E.O. 12958: DECL: ..."
        Tags, // "TAGS: PGOV PREL"
        Subject, // "SUBJECT: ..."
        Ref, // "REF: A. ..."
        ClassifiedBy, // "Classified By: ..."
        ParagraphStart, // "1. (C) ..."
        Underline, // "------", "====="
    };

    static TelegramLines classify(const QString &telegram);

    // A header element glued onto the end of a line whose break was lost:
    // "SUBJECT: FLOODS REF: A) LIMA 12", "...DECL: 01/22/2020TAGS: PGOV",
    // "...reasons 1.4 (b) and (d).  1. (C) On May 3...". Returns where the
    // next one starts after offset from, and its role; -1 when none does.
    // Only strong keywords count mid-line ("REF:" with its colon, "TAGS"
    // with a known tag after it), so prose is not cut.
    static qsizetype gluedElement(QStringView line, qsizetype from, Role *role = nullptr);
    // "This is an action request", "ACTION REQUEST:" glued to a subject: where it starts, or -1.
    static qsizetype actionRequestAt(QStringView line, qsizetype from);

    // The role of a line of text, and where the element's own text starts
    // after its keyword (*rest; 0 for roles without a keyword).
    static Role role(QStringView line, qsizetype *rest = nullptr);

    // Keyword tests; *rest receives the offset of the text after the keyword.
    static bool tagsKeyword(QStringView line, qsizetype *rest);
    static bool subjectKeyword(QStringView line, qsizetype *rest);
    static bool refKeyword(QStringView line, qsizetype *rest);
    static bool classifiedByKeyword(QStringView line, qsizetype *rest);
    static bool eoKeyword(QStringView line, qsizetype *rest);

    static bool isLevelLine(QStringView line); // "CONFIDENTIAL", "S E C R E T"
    static bool isCaveatLine(QStringView line);
    // A line of caveat words only ("SIPDIS", "NOFORN SIPDIS", "SIPDIS CXABU:"): never text, wherever it stands.
    static bool isCaveatOnlyLine(QStringView line);
    // "SENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT ACCORDINGLY" and its kin: a handling notice, no text.
    static bool isHandlingNotice(QStringView line);
    static bool isUnderline(QStringView line); // "------", "= = =", "____"
    // "1. (C) ...", "¶1. ...", "10.  (S/NF) ...": the number and where the text after it starts.
    static bool paragraphStart(QStringView line, int *number, qsizetype *after);
    // "(C)", "(SBU)", "(S/NF)", "(U//FOUO)" at line[pos]; returns its length (0 when there is none).
    static qsizetype markAt(QStringView line, qsizetype pos, QString *mark);
    // Whether a line ends a sentence (or a quotation, or a bracket).
    static bool endsWithTerminal(QStringView line);
    // Lines of the old routing block ("ACTION ...", "INFO LOG-00", "FM ...").
    static bool isOldRoutingLine(QStringView line);
    // A line that belongs to a header block (banner, caveat, E.O., TAGS,
    // SUBJECT, old routing): after the signature it starts a repeated copy.
    static bool isHeaderLine(QStringView line);
};
}
