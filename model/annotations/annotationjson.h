// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Reftel
{
class AnnotationStore;
class UserTagStore;

// Annotations as JSON, to hand an analyst's work to a colleague:
//
//   { "format": "reftel-annotations", "version": 1, "annotations": [
//     { "cableId": "09ASTANA253", "anchor": "09ASTANA253¶3", "start": 12, "length": 9,
//       "quote": "Manas air", "prefix": "...", "suffix": "...",
//       "tags": [ { "path": "Kyrgyzstan/Manas", "colour": "#cc3333" } ],
//       "note": "**Markdown**", "author": "jdoe", "created": "2026-...Z", "modified": "2026-...Z",
//       "detached": false } ] }
//
// Tags travel as paths (ids mean nothing in another library) with their
// colours; times are ISO 8601 UTC.
class AnnotationJson final
{
public:
    struct ImportResult
    {
        int added = 0;
        int alreadyPresent = 0; // equal to one in the library: not added again
        int tagsCreated = 0;
        QString error; // translated; empty on success
        bool ok() const { return error.isEmpty(); }
    };

    // The annotations given (all of the library when cableIds is empty, else
    // those of the cables listed).
    static QByteArray exportAnnotations(
        const AnnotationStore &store, const UserTagStore &tags, const QStringList &cableIds = {});

    // Adds the file's annotations to the library in one transaction (all or
    // nothing). An annotation equal to a stored one in cable id, anchor,
    // start, length, quote and note is not added again; the stored one gains
    // the tags it lacks. Tags are found by path, created when missing.
    static ImportResult importAnnotations(const QByteArray &json, AnnotationStore &store, UserTagStore &tags);
};
}
