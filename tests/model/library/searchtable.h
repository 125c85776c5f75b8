// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The search tests' queries, in one place: tst_librarysearch runs them on
// an SQLite library, tst_pgsearch on a PostgreSQL one and compares the two.
// Both libraries hold the five sample cables and the user data below.

#include <QList>
#include <QString>
#include <QStringList>

namespace SearchTable
{
using namespace Qt::StringLiterals;

// A query and the cables it finds.
struct CableRow
{
    const char *name;
    QString query;
    QStringList expected;
};

// A query whose every paragraph hit holds the present words and none of
// the absent ones.
struct ParagraphRow
{
    const char *name;
    QString query;
    QStringList present;
    QStringList absent;
};

// The user's tags and annotations the rows rely on: Important on 253,
// Russia/Military on a passage of 478, a note without tags on 713, Russia
// on the whole of 1399. Plain SQL that both engines run.
inline QStringList userData()
{
    return {
        u"INSERT INTO user_tags (id, name) VALUES (1, 'Important')"_s,
        u"INSERT INTO cable_user_tags (cable_id, tag_id) VALUES ('09ASTANA253', 1)"_s,
        u"INSERT INTO user_tags (id, name, parent) VALUES (2, 'Russia', NULL), (3, 'Military', 2)"_s,
        u"INSERT INTO annotations (id, cable_id, anchor, quote, note, created, modified) VALUES"
        " (1, '09ASTANA478', '09ASTANA478¶2', 'x', 'troop rotation at the airfield', '2026', '2026'),"
        " (2, '09ASTANA713', '09ASTANA713¶3', 'y', 'lease renewal', '2026', '2026')"_s,
        u"INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (1, 3)"_s,
        u"INSERT INTO cable_user_tags (cable_id, tag_id) VALUES ('09ASTANA1399', 2)"_s,
    };
}

inline QList<CableRow> cableRows()
{
    const QString c253 = u"09ASTANA253"_s, c478 = u"09ASTANA478"_s, c713 = u"09ASTANA713"_s, c714 = u"09ASTANA714"_s,
                  c1399 = u"09ASTANA1399"_s;
    const QStringList all { c1399, c253, c478, c713, c714 };
    return {
        { "word", u"manas"_s, { c253, c478 } },
        { "case and accents", u"MÁNAS"_s, { c253, c478 } },
        { "or", u"osce OR bishkek"_s, { c1399, c253, c714 } },
        { "prefix", u"tazh*"_s, { c1399, c478, c713, c714 } },
        { "phrase", u"\"enhanced relationship\""_s, { c713, c714 } },
        { "from", u"nazarbayev from:2009-04"_s, { c1399, c713, c714 } },
        { "to", u"nazarbayev to:2009-03"_s, { c253, c478 } },
        { "day", u"nazarbayev from:2009-04-27 to:2009-04-27"_s, { c713, c714 } },
        { "tag", u"nazarbayev tag:osce"_s, { c1399, c714 } },
        { "user tag", u"nazarbayev tag:important"_s, { c253 } },
        { "tag excluded", u"nazarbayev -tag:OSCE"_s, { c253, c478, c713 } },
        { "two tags", u"nazarbayev tag:OSCE tag:IR"_s, { c1399, c478, c714 } },
        { "class", u"nazarbayev class:confidential"_s, all },
        { "class abbreviated", u"nazarbayev class:c"_s, all },
        { "class secret", u"nazarbayev class:secret"_s, {} },
        { "origin", u"nazarbayev origin:astana"_s, all },
        { "origin quoted", u"nazarbayev origin:\"embassy astana\""_s, all },
        { "origin other", u"nazarbayev origin:moscow"_s, {} },
        { "ref probable", u"nazarbayev ref:09ASTANA713"_s, { c714 } },
        { "ref missing", u"ref:09BISHKEK123"_s, { c253 } },
        { "filters only", u"tag:OSCE"_s, { c1399, c714 } },
        { "ids", u"id:09astana253 id:09ASTANA714"_s, { c253, c714 } },
        { "id and a word", u"id:09ASTANA253 manas"_s, { c253 } },
        { "id excluded", u"nazarbayev -id:09ASTANA253"_s, { c1399, c478, c713, c714 } },
        { "period only", u"from:2009-04-27 to:2009-04-27"_s, { c713, c714 } },
        { "class only", u"class:c"_s, all },
        { "annotated", u"annotated:"_s, { c478, c713 } },
        { "annotated with words", u"nazarbayev annotated:yes"_s, { c478, c713 } },
        { "not annotated", u"nazarbayev annotated:no"_s, { c1399, c253, c714 } },
        { "tagged with sub-tags", u"tagged:russia"_s, { c1399, c478 } },
        { "tagged by path", u"tagged:Russia/Military"_s, { c478 } },
        { "tagged by name", u"tagged:military"_s, { c478 } },
        { "tagged cable tag", u"tagged:Important"_s, { c253 } },
        { "tagged unknown", u"tagged:Navy"_s, {} },
        { "tagged and words", u"nazarbayev tagged:russia"_s, { c1399, c478 } },
        { "note", u"note:lease"_s, { c713 } },
        { "note prefix", u"note:troop*"_s, { c478 } },
        { "note all words", u"note:\"troop airfield\""_s, { c478 } },
        { "note and words", u"nazarbayev note:lease"_s, { c713 } },
        { "note excluded", u"nazarbayev -note:lease"_s, { c1399, c253, c478, c714 } },
        { "subject", u"subject:manas"_s, { c253 } },
        { "subject words", u"subject:\"kazakhstan moscow\""_s, { c478 } },
        { "subject and words", u"nazarbayev subject:tazhin*"_s, { c714 } },
        { "subject excluded", u"nazarbayev -subject:kazakhstan"_s, { c714 } },
        { "tag prefix", u"nazarbayev tag:OS*"_s, { c1399, c714 } },
        { "tag prefix only", u"tag:ph*"_s, { c1399, c713 } },
        { "user tag prefix", u"tag:impor*"_s, { c253 } },
        { "subject hits filtered", u"manas origin:astana from:2009-01-01 to:2009-12-31"_s, { c253, c478 } },
        { "subject hits excluded", u"manas -origin:astana"_s, {} },
        { "hostile", u"'; DROP TABLE cables; -- NEAR manas*\"*"_s, {} },
        { "tsquery syntax as text", u"manas&base | !russia <-> 'x':*"_s, {} },
    };
}

inline QList<ParagraphRow> paragraphRows()
{
    return {
        { "and", u"manas AND afghanistan"_s, { u"manas"_s, u"afghanistan"_s }, {} },
        { "implicit and", u"nazarbayev osce"_s, { u"nazarbayev"_s, u"osce"_s }, {} },
        { "not", u"nazarbayev NOT afghanistan"_s, { u"nazarbayev"_s }, { u"afghanistan"_s } },
        { "minus", u"russia -nazarbayev -manas"_s, { u"russia"_s }, { u"nazarbayev"_s, u"manas"_s } },
        { "group", u"(osce OR manas) russia"_s, { u"russia"_s }, {} },
        { "prefix phrase", u"\"air ba\"*"_s, { u"air ba"_s }, {} },
        { "or of phrases", u"\"enhanced relationship\" OR \"air base\""_s, {}, {} },
    };
}
}
