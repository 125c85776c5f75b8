// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"
#include "preparedcable.h"

#include <QString>

// Every field of a cable compared, for the tests of what crosses the pipe
// from a parser process: the name of the first field that differs, or an
// empty string. A field added to Cable belongs here too (CableCodec's size
// checks stop the build until it is).
namespace Reftel::Testing
{
#define REFTEL_SAME(field)                                                                                             \
    if (!(a.field == b.field))                                                                                         \
    return QStringLiteral(#field)
#define REFTEL_SAME_LIST(field, compare)                                                                               \
    if (a.field.size() != b.field.size())                                                                              \
        return QStringLiteral(#field " (count)");                                                                      \
    for (qsizetype i = 0; i < a.field.size(); ++i) {                                                                   \
        if (const QString d = compare(a.field.at(i), b.field.at(i)); !d.isEmpty())                                     \
            return QStringLiteral(#field "[%1].").arg(i) + d;                                                          \
    }

inline QString difference(const Addressee &a, const Addressee &b)
{
    REFTEL_SAME(routingIndicator);
    REFTEL_SAME(name);
    REFTEL_SAME(precedence);
    REFTEL_SAME(serial);
    return {};
}

inline QString difference(const Routing &a, const Routing &b)
{
    REFTEL_SAME(transmissionId);
    REFTEL_SAME(precedenceLetter);
    REFTEL_SAME(precedenceName);
    REFTEL_SAME(relayStations);
    REFTEL_SAME(sendingStation);
    REFTEL_SAME(stationSerial);
    REFTEL_SAME(section);
    REFTEL_SAME(julianDateTime);
    REFTEL_SAME(classificationCode);
    REFTEL_SAME(dateTimeGroupText);
    REFTEL_SAME(dateTimeGroup);
    REFTEL_SAME(dateTimeGroup.timeSpec());
    REFTEL_SAME(retransmission);
    REFTEL_SAME(from);
    REFTEL_SAME_LIST(to, difference);
    REFTEL_SAME_LIST(info, difference);
    return {};
}

inline QString difference(const Banner &a, const Banner &b)
{
    REFTEL_SAME(text);
    REFTEL_SAME(level);
    REFTEL_SAME(caveats);
    REFTEL_SAME(section);
    REFTEL_SAME(sectionCount);
    REFTEL_SAME(post);
    REFTEL_SAME(serial);
    return {};
}

inline QString difference(const TagInfo &a, const TagInfo &b)
{
    REFTEL_SAME(code);
    REFTEL_SAME(meaning);
    REFTEL_SAME(kind);
    REFTEL_SAME(written);
    return {};
}

inline QString difference(const Reference &a, const Reference &b)
{
    REFTEL_SAME(letter);
    REFTEL_SAME(text);
    REFTEL_SAME(citedId);
    REFTEL_SAME(title);
    return {};
}

inline QString difference(const Citation &a, const Citation &b)
{
    REFTEL_SAME(start);
    REFTEL_SAME(length);
    REFTEL_SAME(letters);
    REFTEL_SAME(referenceIndexes);
    return {};
}

inline QString difference(const TextSpan &a, const TextSpan &b)
{
    REFTEL_SAME(kind);
    REFTEL_SAME(start);
    REFTEL_SAME(length);
    REFTEL_SAME(closed);
    return {};
}

inline QString difference(const Paragraph &a, const Paragraph &b)
{
    REFTEL_SAME(number);
    REFTEL_SAME(anchor);
    REFTEL_SAME(mark);
    REFTEL_SAME(text);
    REFTEL_SAME_LIST(citations, difference);
    REFTEL_SAME_LIST(spans, difference);
    return {};
}

inline QString difference(const Section &a, const Section &b)
{
    REFTEL_SAME(heading);
    REFTEL_SAME_LIST(paragraphs, difference);
    return {};
}

inline QString difference(const Classifier &a, const Classifier &b)
{
    REFTEL_SAME(text);
    REFTEL_SAME(person);
    REFTEL_SAME(title);
    REFTEL_SAME(reasons);
    return {};
}

inline QString difference(const DedupEntry &a, const DedupEntry &b)
{
    REFTEL_SAME(kind);
    REFTEL_SAME(in);
    REFTEL_SAME(position);
    REFTEL_SAME(length);
    REFTEL_SAME(text);
    return {};
}

inline QString difference(const ParseWarning &a, const ParseWarning &b)
{
    REFTEL_SAME(kind);
    REFTEL_SAME(message);
    REFTEL_SAME(position);
    return {};
}

inline QString difference(const Cable &a, const Cable &b)
{
    REFTEL_SAME(id);
    REFTEL_SAME(created);
    REFTEL_SAME(created.timeSpec());
    REFTEL_SAME(createdCorrected);
    REFTEL_SAME(released);
    REFTEL_SAME(released.timeSpec());
    REFTEL_SAME(classification);
    REFTEL_SAME(origin);
    REFTEL_SAME(title);
    REFTEL_SAME(format);
    REFTEL_SAME(sourceName);
    if (const QString d = difference(a.routing, b.routing); !d.isEmpty())
        return QStringLiteral("routing.") + d;
    if (const QString d = difference(a.banner, b.banner); !d.isEmpty())
        return QStringLiteral("banner.") + d;
    REFTEL_SAME(caveats);
    REFTEL_SAME(passingInstructions);
    REFTEL_SAME(declassification);
    REFTEL_SAME(declassifyOn);
    REFTEL_SAME_LIST(subjectTags, difference);
    REFTEL_SAME_LIST(countryTags, difference);
    REFTEL_SAME(subject);
    REFTEL_SAME(subjectMark);
    REFTEL_SAME_LIST(references, difference);
    REFTEL_SAME(releaseReferences);
    if (const QString d = difference(a.classifiedBy, b.classifiedBy); !d.isEmpty())
        return QStringLiteral("classifiedBy.") + d;
    REFTEL_SAME_LIST(sections, difference);
    REFTEL_SAME(signature);
    REFTEL_SAME_LIST(dedup, difference);
    REFTEL_SAME_LIST(warnings, difference);
    REFTEL_SAME(originalBytes);
    REFTEL_SAME(documentText);
    REFTEL_SAME(telegram);
    REFTEL_SAME(telegramOffset);
    REFTEL_SAME(parserVersion);
    return {};
}

inline QString difference(const PreparedCable &a, const PreparedCable &b)
{
    REFTEL_SAME(digest);
    REFTEL_SAME(documentIsDecoded);
    REFTEL_SAME(telegramIsSlice);
    REFTEL_SAME(telegramIsRebuilt);
    if (const QString d = difference(a.cable, b.cable); !d.isEmpty())
        return QStringLiteral("cable.") + d;
    return {};
}

#undef REFTEL_SAME_LIST
#undef REFTEL_SAME
}
