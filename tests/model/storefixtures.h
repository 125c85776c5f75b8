// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the store's tests: the bundled samples, parsed, and a library
// file in a temporary folder.

#include "annotation.h"
#include "cableparser.h"
#include "cablereader.h"
#include "cablewriter.h"
#include "documentparser.h"
#include "librarydatabase.h"
#include "samplecables.h"
#include "testdata.h"

#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace StoreFixtures
{
struct ParsedSample
{
    Reftel::Cable cable;
    QString path;
};

// The five seeds, keyed by nothing: in SampleCables::paths() order.
inline QList<ParsedSample> samples()
{
    QList<ParsedSample> list;
    for (const QString &path : Reftel::SampleCables::paths()) {
        const QList<Reftel::Cable> cables =
            Reftel::DocumentParser::parse(Reftel::SampleCables::contents(path), QFileInfo(path).fileName());
        for (const Reftel::Cable &cable : cables)
            list.append(ParsedSample { cable, path });
    }
    return list;
}

// Stores the seeds in one batch; false when the library would not take them.
inline bool storeSamples(Reftel::LibraryDatabase &library)
{
    Reftel::CableWriter &writer = library.cableWriter();
    if (!writer.begin())
        return false;
    for (const ParsedSample &sample : samples()) {
        if (writer.store(sample.cable, sample.path) == Reftel::CableWriter::StoreResult::Failed)
            return false;
    }
    return writer.commit();
}

// An annotation on the cable's first paragraph, created and modified at noon UTC on created.
inline Reftel::Annotation makeAnnotation(const QString &cableId, const QString &quote, const QString &note,
    const QString &author, const QList<qint64> &tags, const QDate &created)
{
    Reftel::Annotation a;
    a.cableId = cableId;
    a.anchor = cableId + QChar(0x00B6) + QStringLiteral("1");
    a.quote = quote;
    a.length = quote.size();
    a.note = note;
    a.author = author;
    a.tagIds = tags;
    a.created = QDateTime(created, QTime(12, 0), QTimeZone::UTC);
    a.modified = a.created;
    return a;
}

inline ParsedSample sample(const QString &id)
{
    for (const ParsedSample &parsed : samples()) {
        if (parsed.cable.id == id)
            return parsed;
    }
    return {};
}

inline ParsedSample parseFixture(const QString &name)
{
    const QString path = QStringLiteral(REFTEL_TEST_DATA_DIR "/store/") + name;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<Reftel::Cable> cables = Reftel::DocumentParser::parse(file.readAll(), name);
    return cables.isEmpty() ? ParsedSample {} : ParsedSample { cables.constFirst(), path };
}

// How many cables the library file holds, read through a connection of its own.
inline qint64 cableCount(const QString &libraryPath)
{
    Reftel::LibraryDatabase library;
    if (!library.open(libraryPath))
        return -1;
    return Reftel::CableReader(library).count();
}

// A small cable made by hand, for what the seeds do not show.
inline Reftel::Cable makeCable(const QString &id, const QString &subject, const QStringList &paragraphs,
    const QList<Reftel::Reference> &references = {})
{
    Reftel::Cable cable;
    cable.id = id;
    cable.subject = subject;
    cable.title = subject;
    cable.origin = QStringLiteral("Embassy Astana");
    cable.classification = QStringLiteral("UNCLASSIFIED");
    cable.created = QDateTime(QDate(2009, 5, 1), QTime(10, 0), QTimeZone::UTC);
    cable.format = Reftel::SourceFormat::BareTelegram;
    cable.references = references;
    Reftel::Section section;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        Reftel::Paragraph paragraph;
        paragraph.number = int(i + 1);
        paragraph.anchor = id + QChar(0x00B6) + QString::number(i + 1);
        paragraph.mark = QStringLiteral("U");
        paragraph.text = paragraphs.at(i);
        section.paragraphs.append(paragraph);
    }
    cable.sections.append(section);
    cable.telegram = subject + u'\n' + paragraphs.join(u'\n');
    cable.originalBytes = cable.telegram.toUtf8();
    cable.documentText = cable.telegram;
    cable.telegramOffset = 0;
    return cable;
}

class TemporaryLibrary
{
public:
    TemporaryLibrary() { QVERIFY(m_dir.isValid()); }
    QString path() const { return m_dir.filePath(QStringLiteral("library.sqlite")); }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};
}
