// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "facetcounter.h"

#include "cableid.h"
#include "enginelibrary.h"
#include "librarydatabase.h"
#include "servercablecopy.h"
#include "storefixtures.h"

#include <QHash>
#include <QMap>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace Reftel;
using namespace Qt::StringLiterals;
using Value = FacetCounter::Value;

class TestFacetCounter : public QObject
{
    Q_OBJECT

private:
    // The seeds' distinct cables created on or after from (any when invalid).
    static QList<Cable> cables(const QDate &from)
    {
        QMap<QString, Cable> byId;
        for (const StoreFixtures::ParsedSample &sample : StoreFixtures::samples()) {
            if (!from.isValid() || (sample.cable.created.isValid() && sample.cable.created.date() >= from))
                byId.insert(sample.cable.id, sample.cable);
        }
        return byId.values();
    }

    // Most frequent first, then by value: how the counter orders a facet.
    static QList<Value> byCount(const QHash<QString, Value> &values)
    {
        QList<Value> list = values.values();
        std::sort(list.begin(), list.end(),
            [](const Value &a, const Value &b) { return a.count != b.count ? a.count > b.count : a.value < b.value; });
        return list;
    }

    // What the counts must be, from the parsed cables themselves.
    static FacetCounter::Counts expected(const QList<Cable> &list)
    {
        QHash<QString, Value> origins, years, classifications, tags;
        const auto count = [](QHash<QString, Value> &values, const QString &value, const QString &label) {
            Value &entry = values[value];
            entry.value = value;
            entry.label = std::max(entry.label, label); // the counter shows max(origin)
            ++entry.count;
        };
        for (const Cable &cable : list) {
            const QString post = CableId::split(cable.id).post;
            if (!post.isEmpty())
                count(origins, post, cable.origin);
            if (cable.created.isValid()) {
                const QString year = QString::number(cable.created.date().year());
                count(years, year, year);
            }
            if (!cable.classification.isEmpty())
                count(classifications, cable.classification, cable.classification);
            for (const QList<TagInfo> *line : { &cable.subjectTags, &cable.countryTags }) {
                for (const TagInfo &tag : *line)
                    count(tags, tag.code, tag.code);
            }
        }
        FacetCounter::Counts counts;
        counts.values[int(FacetCounter::Kind::Origin)] = byCount(origins);
        QList<Value> newestFirst = years.values();
        std::sort(
            newestFirst.begin(), newestFirst.end(), [](const Value &a, const Value &b) { return a.value > b.value; });
        counts.values[int(FacetCounter::Kind::Year)] = newestFirst;
        counts.values[int(FacetCounter::Kind::Classification)] = byCount(classifications);
        counts.values[int(FacetCounter::Kind::Tag)] = byCount(tags);
        return counts;
    }

private Q_SLOTS:
    void initTestCase_data() { EngineLibrary::addEngines(); }
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void countsEachFacet_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QDate>("from");
        QTest::newRow("everything") << QString() << QDate();
        // A period is a condition on cables' columns: the same SQL on both engines.
        QTest::newRow("a period") << u"from:2009-06-01"_s << QDate(2009, 6, 1);
    }

    // The same numbers beside the facets on either engine, and the numbers
    // the stored cables make.
    void countsEachFacet()
    {
        QFETCH(QString, query);
        QFETCH(QDate, from);
        ENGINE_LIBRARY(where);
        LibraryDatabase library;
        QVERIFY2(library.open(where.location()), qPrintable(library.errorString()));
        ServerCableCopy::Cables stored(library);
        const QString problem = stored.store(StoreFixtures::samples());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        const QList<Cable> matching = cables(from);
        QVERIFY(!matching.isEmpty());
        QVERIFY(from.isValid() == (matching.size() < cables({}).size())); // the period leaves some out
        const FacetCounter::Counts counts = FacetCounter(library).count(SearchQuery::parse(query));
        QVERIFY2(counts.error.isEmpty(), qPrintable(counts.error));
        const FacetCounter::Counts wanted = expected(matching);
        for (int kind = 0; kind < FacetCounter::KindCount; ++kind) {
            QVERIFY(!wanted.values[kind].isEmpty());
            QCOMPARE(counts.values[kind], wanted.values[kind]);
        }
    }
};

QTEST_GUILESS_MAIN(TestFacetCounter)
#include "tst_facetcounter.moc"
