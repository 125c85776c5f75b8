// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referenceresolver.h"

#include "cablereader.h"
#include "cablewriter.h"
#include "enginelibrary.h"
#include "servercablecopy.h"
#include "storefixtures.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;
using State = ReferenceResolver::State;

class TestReferenceResolver : public QObject
{
    Q_OBJECT

private:
    static ReferenceResolver::Link link(const ReferenceResolver &resolver, const QString &id, const QString &letter)
    {
        for (const auto &entry : resolver.references(id)) {
            if (entry.letter == letter)
                return entry;
        }
        return {};
    }

    static QStringList citing(const QList<ReferenceResolver::Link> &links)
    {
        QStringList ids;
        for (const auto &entry : links)
            ids.append(entry.citingId);
        return ids;
    }

    // One batch, resolved as its commit resolves it.
    static void storeAll(ServerCableCopy::Cables &store, const QList<StoreFixtures::ParsedSample> &samples)
    {
        const QString problem = store.store(samples);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

private Q_SLOTS:
    void initTestCase_data() { EngineLibrary::addEngines(); }
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void titleMatch_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<double>("score");
        QTest::newRow("elided title")
            << u"KAZAKHSTAN...SEEKS AN ENHANCED RELATIONSHIP"_s
            << u"KAZAKHSTAN -- MORE EURASIA THAN CENTRAL ASIA -- SEEKS AN ENHANCED RELATIONSHIP"_s << 1.0;
        QTest::newRow("half") << u"MANAS CLOSURE"_s << u"MANAS TALKS"_s << 0.5;
        QTest::newRow("case and punctuation") << u"u.s.-russia relations"_s << u"BETTER U.S.-RUSSIA RELATIONS"_s << 1.0;
        QTest::newRow("nothing") << u"OIL"_s << u"MANAS"_s << 0.0;
        QTest::newRow("empty title") << QString() << u"MANAS"_s << 0.0;
    }

    void titleMatch()
    {
        QFETCH(QString, title);
        QFETCH(QString, subject);
        QFETCH(double, score);
        QCOMPARE(ReferenceResolver::titleMatch(title, subject), score);
    }

    // The acceptance case: seed 004's REF B "ASTANA 0731" is probably
    // 09ASTANA713, whose subject its title gives; the other references
    // point outside the five and are missing.
    void seedStates_data()
    {
        QTest::addColumn<bool>("citedFirst");
        QTest::newRow("one batch") << false;
        QTest::newRow("cited cable in a later batch") << true;
    }

    void seedStates()
    {
        QFETCH(bool, citedFirst);
        ENGINE_LIBRARY(where);
        LibraryDatabase library;
        QVERIFY2(library.open(where.location()), qPrintable(library.errorString()));
        ServerCableCopy::Cables store(library);
        const auto samples = StoreFixtures::samples();
        if (citedFirst) {
            // 004 alone first: REF B is missing until 003 arrives.
            storeAll(store, { StoreFixtures::sample(u"09ASTANA714"_s) });
            ReferenceResolver resolver(library);
            QCOMPARE(link(resolver, u"09ASTANA714"_s, u"B"_s).state, State::Missing);
        }
        storeAll(store, samples);

        ReferenceResolver resolver(library);
        const auto b = link(resolver, u"09ASTANA714"_s, u"B"_s);
        QCOMPARE(b.citedId, u"09ASTANA731"_s);
        QCOMPARE(b.state, State::Probable);
        QCOMPARE(b.targetId, u"09ASTANA713"_s);
        QCOMPARE(b.score, 1.0);
        QVERIFY2(b.reason.contains(u"09ASTANA731"_s) && b.reason.contains(u"09ASTANA713"_s), qPrintable(b.reason));
        QCOMPARE(b.otherSubject, StoreFixtures::sample(u"09ASTANA713"_s).cable.subject);

        const auto a = link(resolver, u"09ASTANA714"_s, u"A"_s);
        QCOMPARE(a.citedId, u"09ASTANA674"_s);
        QCOMPARE(a.state, State::Missing);
        QVERIFY(a.targetId.isEmpty());
        for (const auto &entry : resolver.references(u"09ASTANA253"_s))
            QCOMPARE(entry.state, State::Missing);

        const auto backlinks = resolver.citedBy(u"09ASTANA713"_s);
        QCOMPARE(citing(backlinks), QStringList { u"09ASTANA714"_s });
        QCOMPARE(backlinks.first().state, State::Probable);
        QCOMPARE(backlinks.first().letter, u"B"_s);
        // The missing 09ASTANA674 is cited by 003 and 004.
        QCOMPARE(citing(resolver.citedBy(u"09ASTANA674"_s)), (QStringList { u"09ASTANA713"_s, u"09ASTANA714"_s }));
        QVERIFY(resolver.citedBy(u"09ASTANA253"_s).isEmpty());
    }

    // A missing cable imported later resolves the references to it, and an
    // exact id beats a probable one.
    void laterImportResolves()
    {
        ENGINE_LIBRARY(where);
        LibraryDatabase library;
        QVERIFY2(library.open(where.location()), qPrintable(library.errorString()));
        ServerCableCopy::Cables store(library);
        storeAll(store, StoreFixtures::samples());
        storeAll(store,
            { { StoreFixtures::makeCable(u"09ASTANA674"_s, u"SCENESETTER"_s, { u"text"_s }), u"674.txt"_s },
                { StoreFixtures::makeCable(u"09ASTANA731"_s, u"SOMETHING ELSE"_s, { u"text"_s }), u"731.txt"_s } });
        ReferenceResolver resolver(library);
        const auto a = link(resolver, u"09ASTANA714"_s, u"A"_s);
        QCOMPARE(a.state, State::Resolved);
        QCOMPARE(a.targetId, u"09ASTANA674"_s);
        QCOMPARE(a.otherSubject, u"SCENESETTER"_s);
        const auto b = link(resolver, u"09ASTANA714"_s, u"B"_s);
        QCOMPARE(b.state, State::Resolved);
        QCOMPARE(b.targetId, u"09ASTANA731"_s);
        QVERIFY(b.reason.isEmpty());
        QCOMPARE(citing(resolver.citedBy(u"09ASTANA674"_s)), (QStringList { u"09ASTANA713"_s, u"09ASTANA714"_s }));
        QVERIFY(resolver.citedBy(u"09ASTANA713"_s).isEmpty());
    }

    // A written cable number names the cable of its year, or lists the years the library holds.
    void idsForWrittenNumbers()
    {
        ENGINE_LIBRARY(where);
        LibraryDatabase library;
        QVERIFY2(library.open(where.location()), qPrintable(library.errorString()));
        ServerCableCopy::Cables store(library);
        storeAll(store,
            { { StoreFixtures::makeCable(u"08RIODEJANEIRO138"_s, u"A"_s, { u"text"_s }), u"a.txt"_s },
                { StoreFixtures::makeCable(u"09RIODEJANEIRO138"_s, u"B"_s, { u"text"_s }), u"b.txt"_s },
                { StoreFixtures::makeCable(u"08STATE74879"_s, u"C"_s, { u"text"_s }), u"c.txt"_s } });
        const ReferenceResolver resolver(library);
        QCOMPARE(
            resolver.idsFor(u"RIO DE JANEIRO 138"_s), (QStringList { u"08RIODEJANEIRO138"_s, u"09RIODEJANEIRO138"_s }));
        QCOMPARE(resolver.idsFor(u"08 RIO DE JAN 138"_s), QStringList { u"08RIODEJANEIRO138"_s });
        QCOMPARE(resolver.idsFor(u"SECSTATE 74879"_s), QStringList { u"08STATE74879"_s });
        QCOMPARE(resolver.idsFor(u"08secstate74879"_s), QStringList { u"08STATE74879"_s });
        QCOMPARE(resolver.idsFor(u"09riodejaneiro138"_s), QStringList { u"09RIODEJANEIRO138"_s });
        QVERIFY(resolver.idsFor(u"RIO DE JANEIRO 139"_s).isEmpty());
        QVERIFY(resolver.idsFor(u"no cable"_s).isEmpty());
    }

    void notACableAndReleaseList()
    {
        ENGINE_LIBRARY(where);
        LibraryDatabase library;
        QVERIFY2(library.open(where.location()), qPrintable(library.errorString()));
        ServerCableCopy::Cables store(library);
        Cable cable = StoreFixtures::makeCable(u"09ASTANA800"_s, u"S"_s, { u"text"_s },
            { Reference { u"A"_s, u"EMAIL 2/4/09"_s, {}, {} },
                Reference { u"B"_s, u"ASTANA 253"_s, u"09ASTANA253"_s, {} } });
        cable.releaseReferences = { u"09ASTANA253"_s, u"09ASTANA478"_s };
        storeAll(store, { { cable, u"800.txt"_s }, StoreFixtures::sample(u"09ASTANA253"_s) });
        ReferenceResolver resolver(library);
        const auto links = resolver.references(cable.id);
        QCOMPARE(links.size(), 3);
        QCOMPARE(links[0].state, State::NotACable);
        QCOMPARE(links[1].state, State::Resolved);
        QVERIFY(links[1].listed);
        QCOMPARE(links[2].citedId, u"09ASTANA478"_s);
        QVERIFY(!links[2].listed);
        QCOMPARE(links[2].state, State::Missing);
        QCOMPARE(citing(resolver.citedBy(u"09ASTANA253"_s)), QStringList { cable.id });
        // Only REF lines come back as the cable's references.
        QCOMPARE(library.cables().load(cable.id)->references.size(), 2);
    }

    // A weak title or a far serial makes no probable target.
    void probableNeedsNearSerialAndTitle_data()
    {
        QTest::addColumn<QString>("targetId");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<bool>("probable");
        QTest::newRow("near, matching") << u"09ASTANA740"_s << u"KAZAKHSTAN SEEKS AN ENHANCED RELATIONSHIP"_s << true;
        QTest::newRow("far") << u"09ASTANA1731"_s << u"KAZAKHSTAN SEEKS AN ENHANCED RELATIONSHIP"_s << false;
        QTest::newRow("other year") << u"08ASTANA731"_s << u"KAZAKHSTAN SEEKS AN ENHANCED RELATIONSHIP"_s << false;
        QTest::newRow("other post") << u"09ALMATY731"_s << u"KAZAKHSTAN SEEKS AN ENHANCED RELATIONSHIP"_s << false;
        QTest::newRow("other subject") << u"09ASTANA735"_s << u"KAZAKHSTAN: OIL AND GAS"_s << false;
    }

    void probableNeedsNearSerialAndTitle()
    {
        QFETCH(QString, targetId);
        QFETCH(QString, subject);
        QFETCH(bool, probable);
        ENGINE_LIBRARY(where);
        LibraryDatabase library;
        QVERIFY2(library.open(where.location()), qPrintable(library.errorString()));
        ServerCableCopy::Cables store(library);
        const Cable citingCable = StoreFixtures::makeCable(u"09ASTANA900"_s, u"S"_s, { u"text"_s },
            { Reference { u"A"_s, u"ASTANA 0731 (KAZAKHSTAN...SEEKS AN ENHANCED RELATIONSHIP)"_s, u"09ASTANA731"_s,
                u"KAZAKHSTAN...SEEKS AN ENHANCED RELATIONSHIP"_s } });
        storeAll(store,
            { { citingCable, u"900.txt"_s }, { StoreFixtures::makeCable(targetId, subject, { u"x"_s }), u"t.txt"_s } });
        ReferenceResolver resolver(library);
        const auto a = link(resolver, citingCable.id, u"A"_s);
        QCOMPARE(a.state, probable ? State::Probable : State::Missing);
        QCOMPARE(a.targetId, probable ? targetId : QString());
    }

    void resolveAllAgain()
    {
        ENGINE_LIBRARY(where);
        LibraryDatabase library;
        QVERIFY2(library.open(where.location()), qPrintable(library.errorString()));
        ServerCableCopy::Cables store(library);
        storeAll(store, StoreFixtures::samples());
        ReferenceResolver resolver(library);
        QVERIFY(resolver.resolveAll());
        QCOMPARE(link(resolver, u"09ASTANA714"_s, u"B"_s).state, State::Probable);
        QCOMPARE(library.cables().stats().referencesPending, 0);
    }
};

QTEST_GUILESS_MAIN(TestReferenceResolver)
#include "tst_referenceresolver.moc"
