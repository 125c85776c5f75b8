// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cableselectionquery.h"

#include "annotationstore.h"
#include "cablereader.h"
#include "cablewriter.h"
#include "enginelibrary.h"
#include "librarydatabase.h"
#include "servercablecopy.h"
#include "storefixtures.h"
#include "usertagstore.h"

#include <QStandardPaths>
#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

class TestCableSelectionQuery : public QObject
{
    Q_OBJECT

private:
    // The seeds' distinct cables, stored.
    static QStringList storeSamples(LibraryDatabase &library)
    {
        ServerCableCopy::Cables cables(library);
        if (const QString problem = cables.store(StoreFixtures::samples()); !problem.isEmpty()) {
            qWarning("%s", qPrintable(problem));
            return {};
        }
        QStringList ids;
        for (const StoreFixtures::ParsedSample &sample : StoreFixtures::samples()) {
            if (!ids.contains(sample.cable.id))
                ids << sample.cable.id;
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase_data() { EngineLibrary::addEngines(); }
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // A tag counts on the cable itself and on any of its annotations;
    // cables tagged with neither are left out.
    void findsCablesByTheirTagsAndTheirAnnotations()
    {
        ENGINE_LIBRARY(where);
        LibraryDatabase library;
        QVERIFY2(library.open(where.location()), qPrintable(library.errorString()));
        const QStringList ids = storeSamples(library);
        QVERIFY(ids.size() >= 3);
        const qint64 onCable = library.userTags().ensurePath(u"Whole cable"_s);
        const qint64 onPassage = library.userTags().ensurePath(u"Passage"_s);
        const qint64 unused = library.userTags().ensurePath(u"Unused"_s);
        QVERIFY(onCable > 0 && onPassage > 0 && unused > 0);
        QVERIFY(library.userTags().tagCable(ids[0], onCable));
        Annotation note;
        note.cableId = ids[1];
        note.anchor = ids[1] + u"¶1"_s;
        note.tagIds = { onPassage };
        QVERIFY(library.annotations().create(note) > 0);

        CableSelectionQuery query(library);
        QCOMPARE(query.taggedWith({ onCable }).value_or(QStringList { u"failed"_s }), QStringList({ ids[0] }));
        QCOMPARE(query.taggedWith({ onPassage }).value_or(QStringList { u"failed"_s }), QStringList({ ids[1] }));
        std::optional<QStringList> both = query.taggedWith({ onCable, onPassage });
        QVERIFY(both);
        both->sort();
        QStringList expected { ids[0], ids[1] };
        expected.sort();
        QCOMPARE(*both, expected);
        QCOMPARE(query.taggedWith({ unused }).value_or(QStringList { u"failed"_s }), QStringList());
        QVERIFY(query.errorString().isEmpty());
    }

    // Oldest first, every id once, an id the library lacks among the undated.
    void ordersByDateCreated()
    {
        ENGINE_LIBRARY(where);
        LibraryDatabase library;
        QVERIFY2(library.open(where.location()), qPrintable(library.errorString()));
        const QStringList ids = storeSamples(library);
        QVERIFY(ids.size() >= 3);
        QSet<QString> chosen(ids.cbegin(), ids.cend());
        chosen.insert(u"NOSUCHCABLE"_s);
        const QStringList ordered = CableSelectionQuery(library).byCreated(chosen);
        QCOMPARE(ordered.size(), chosen.size());
        QCOMPARE(QSet<QString>(ordered.cbegin(), ordered.cend()), chosen);
        QDateTime previous;
        for (const QString &id : ordered) {
            const std::optional<Cable> cable = library.cables().load(id);
            const QDateTime created = cable ? cable->created : QDateTime();
            if (!created.isValid()) {
                QVERIFY2(!previous.isValid(), qPrintable(id)); // undated first
                continue;
            }
            if (previous.isValid())
                QVERIFY2(previous <= created, qPrintable(id));
            previous = created;
        }
        QVERIFY(previous.isValid()); // the seeds are dated
    }
};

QTEST_GUILESS_MAIN(TestCableSelectionQuery)
#include "tst_cableselectionquery.moc"
