// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Reftel
{
// What a report (ReportBuilder) holds and which cables it covers. A plain
// value: the report dialog and `reftel export` fill it.
//
// The selection is the union of the cables listed, the cables a search
// query finds and the cables carrying (on the cable or on an annotation) one
// of the user's tags, sub-tags included.
struct ReportOptions
{
    enum class PaperSize
    {
        A4,
        Letter,
    };

    QString title;
    QString author;

    bool includeHeader = true; // date, origin, classification, TAGS with meanings
    bool annotatedOnly = false; // only the paragraphs that carry an annotation
    bool includeNotes = true; // numbered notes below their paragraphs
    bool includeTagIndex = true; // tag -> cable paragraph -> page, at the end
    bool includeReferences = true; // the REF list with each reference's state
    PaperSize paperSize = PaperSize::A4;

    QStringList ids; // cable ids
    QString query; // the search language of LibrarySearch
    QStringList tags; // user tag paths or names

    bool hasSelection() const { return !ids.isEmpty() || !query.trimmed().isEmpty() || !tags.isEmpty(); }
};
}
