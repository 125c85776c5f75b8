// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"
#include "librarydatabase.h"

#include <QList>
#include <QSqlQuery>
#include <QTest>

// What the tests of the cable reader and writer check a stored cable and
// the library's rows with.
namespace Reftel::StoredCableChecks
{
using namespace Qt::StringLiterals;

inline qint64 scalar(const LibraryDatabase &library, const QString &sql)
{
    QSqlQuery query(library.database());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

inline void compareCables(const Cable &stored, const Cable &parsed)
{
    QCOMPARE(stored.id, parsed.id);
    QCOMPARE(stored.created, parsed.created);
    QCOMPARE(stored.createdCorrected, parsed.createdCorrected);
    QCOMPARE(stored.released, parsed.released);
    QCOMPARE(stored.classification, parsed.classification);
    QCOMPARE(stored.origin, parsed.origin);
    QCOMPARE(stored.title, parsed.title);
    QCOMPARE(stored.format, parsed.format);
    QCOMPARE(stored.sourceName, parsed.sourceName);

    QCOMPARE(stored.routing.transmissionId, parsed.routing.transmissionId);
    QCOMPARE(stored.routing.precedenceLetter, parsed.routing.precedenceLetter);
    QCOMPARE(stored.routing.precedenceName, parsed.routing.precedenceName);
    QCOMPARE(stored.routing.relayStations, parsed.routing.relayStations);
    QCOMPARE(stored.routing.sendingStation, parsed.routing.sendingStation);
    QCOMPARE(stored.routing.stationSerial, parsed.routing.stationSerial);
    QCOMPARE(stored.routing.section, parsed.routing.section);
    QCOMPARE(stored.routing.julianDateTime, parsed.routing.julianDateTime);
    QCOMPARE(stored.routing.classificationCode, parsed.routing.classificationCode);
    QCOMPARE(stored.routing.dateTimeGroupText, parsed.routing.dateTimeGroupText);
    QCOMPARE(stored.routing.dateTimeGroup, parsed.routing.dateTimeGroup);
    QCOMPARE(stored.routing.retransmission, parsed.routing.retransmission);
    QCOMPARE(stored.routing.from, parsed.routing.from);
    const auto compareAddressees = [](const QList<Addressee> &a, const QList<Addressee> &b) {
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].routingIndicator, b[i].routingIndicator);
            QCOMPARE(a[i].name, b[i].name);
            QCOMPARE(a[i].precedence, b[i].precedence);
            QCOMPARE(a[i].serial, b[i].serial);
        }
    };
    compareAddressees(stored.routing.to, parsed.routing.to);
    compareAddressees(stored.routing.info, parsed.routing.info);

    QCOMPARE(stored.banner.text, parsed.banner.text);
    QCOMPARE(stored.banner.level, parsed.banner.level);
    QCOMPARE(stored.banner.caveats, parsed.banner.caveats);
    QCOMPARE(stored.banner.section, parsed.banner.section);
    QCOMPARE(stored.banner.sectionCount, parsed.banner.sectionCount);
    QCOMPARE(stored.banner.post, parsed.banner.post);
    QCOMPARE(stored.banner.serial, parsed.banner.serial);
    QCOMPARE(stored.caveats, parsed.caveats);
    QCOMPARE(stored.passingInstructions, parsed.passingInstructions);
    QCOMPARE(stored.declassification, parsed.declassification);
    QCOMPARE(stored.declassifyOn, parsed.declassifyOn);

    const auto compareTags = [](const QList<TagInfo> &a, const QList<TagInfo> &b) {
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].code, b[i].code);
            QCOMPARE(a[i].meaning, b[i].meaning);
            QCOMPARE(a[i].kind, b[i].kind);
        }
    };
    compareTags(stored.subjectTags, parsed.subjectTags);
    compareTags(stored.countryTags, parsed.countryTags);
    QCOMPARE(stored.subject, parsed.subject);

    QCOMPARE(stored.references.size(), parsed.references.size());
    for (qsizetype i = 0; i < parsed.references.size(); ++i) {
        QCOMPARE(stored.references[i].letter, parsed.references[i].letter);
        QCOMPARE(stored.references[i].text, parsed.references[i].text);
        QCOMPARE(stored.references[i].citedId, parsed.references[i].citedId);
        QCOMPARE(stored.references[i].title, parsed.references[i].title);
    }
    QCOMPARE(stored.releaseReferences, parsed.releaseReferences);
    QCOMPARE(stored.classifiedBy.text, parsed.classifiedBy.text);
    QCOMPARE(stored.classifiedBy.person, parsed.classifiedBy.person);
    QCOMPARE(stored.classifiedBy.title, parsed.classifiedBy.title);
    QCOMPARE(stored.classifiedBy.reasons, parsed.classifiedBy.reasons);

    QCOMPARE(stored.sections.size(), parsed.sections.size());
    for (qsizetype s = 0; s < parsed.sections.size(); ++s) {
        QCOMPARE(stored.sections[s].heading, parsed.sections[s].heading);
        QCOMPARE(stored.sections[s].paragraphs.size(), parsed.sections[s].paragraphs.size());
        for (qsizetype p = 0; p < parsed.sections[s].paragraphs.size(); ++p) {
            const Paragraph &a = stored.sections[s].paragraphs[p];
            const Paragraph &b = parsed.sections[s].paragraphs[p];
            QCOMPARE(a.number, b.number);
            QCOMPARE(a.anchor, b.anchor);
            QCOMPARE(a.mark, b.mark);
            QCOMPARE(a.text, b.text);
            QCOMPARE(a.citations.size(), b.citations.size());
            for (qsizetype c = 0; c < b.citations.size(); ++c) {
                QCOMPARE(a.citations[c].start, b.citations[c].start);
                QCOMPARE(a.citations[c].length, b.citations[c].length);
                QCOMPARE(a.citations[c].letters, b.citations[c].letters);
                QCOMPARE(a.citations[c].referenceIndexes, b.citations[c].referenceIndexes);
            }
            QCOMPARE(a.spans.size(), b.spans.size());
            for (qsizetype c = 0; c < b.spans.size(); ++c) {
                QCOMPARE(a.spans[c].kind, b.spans[c].kind);
                QCOMPARE(a.spans[c].start, b.spans[c].start);
                QCOMPARE(a.spans[c].length, b.spans[c].length);
                QCOMPARE(a.spans[c].closed, b.spans[c].closed);
            }
        }
    }
    QCOMPARE(stored.signature, parsed.signature);
    QCOMPARE(stored.dedup.size(), parsed.dedup.size());
    for (qsizetype i = 0; i < parsed.dedup.size(); ++i) {
        QCOMPARE(stored.dedup[i].kind, parsed.dedup[i].kind);
        QCOMPARE(stored.dedup[i].in, parsed.dedup[i].in);
        QCOMPARE(stored.dedup[i].position, parsed.dedup[i].position);
        QCOMPARE(stored.dedup[i].length, parsed.dedup[i].length);
        QCOMPARE(stored.dedup[i].text, parsed.dedup[i].text);
    }
    QCOMPARE(stored.warnings.size(), parsed.warnings.size());
    for (qsizetype i = 0; i < parsed.warnings.size(); ++i) {
        QCOMPARE(stored.warnings[i].kind, parsed.warnings[i].kind);
        QCOMPARE(stored.warnings[i].message, parsed.warnings[i].message);
        QCOMPARE(stored.warnings[i].position, parsed.warnings[i].position);
    }
    QCOMPARE(stored.originalBytes, parsed.originalBytes);
    QCOMPARE(stored.documentText, parsed.documentText);
    QCOMPARE(stored.telegram, parsed.telegram);
    QCOMPARE(stored.telegramOffset, parsed.telegramOffset);
    QCOMPARE(stored.parserVersion, parsed.parserVersion);
}

inline QList<qint64> paragraphKeys(const LibraryDatabase &library, const QString &id)
{
    QSqlQuery query(library.database());
    query.prepare(u"SELECT p.pk FROM paragraphs p JOIN cables c ON c.pk = p.cable_pk WHERE c.id = ?"
                  " ORDER BY p.anchor"_s);
    query.addBindValue(id);
    query.exec();
    QList<qint64> keys;
    while (query.next())
        keys.append(query.value(0).toLongLong());
    return keys;
}
}
