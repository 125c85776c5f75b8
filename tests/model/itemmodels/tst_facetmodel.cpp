// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "facetmodel.h"

#include "librarydatabase.h"
#include "libraryimporter.h"
#include "librarylistmodel.h"
#include "syntheticcsv.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Reftel;

class TestFacetModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LibraryDatabase m_samples;
    LibraryDatabase m_many;

    static QModelIndex kindIndex(const FacetModel &model, FacetCounter::Kind kind) { return model.index(int(kind), 0); }

    static QModelIndex find(const FacetModel &model, FacetCounter::Kind kind, const QString &value)
    {
        const QModelIndex parent = kindIndex(model, kind);
        for (int r = 0; r < model.rowCount(parent); ++r) {
            const QModelIndex i = model.index(r, 0, parent);
            if (i.data(FacetModel::ValueRole).toString() == value)
                return i;
        }
        return {};
    }

    static qint64 countOf(const QModelIndex &label)
    {
        return label.siblingAtColumn(FacetModel::CountColumn).data().toString().remove(QLatin1Char(',')).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_samples.open(m_dir.filePath(QStringLiteral("samples.sqlite"))));
        QVERIFY(LibraryImporter(m_samples).run({ QStringLiteral(":/samples") }).ok());
        QFile csv(m_dir.filePath(QStringLiteral("many.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(Testing::syntheticCsv(700));
        csv.close();
        QVERIFY(m_many.open(m_dir.filePath(QStringLiteral("many.sqlite"))));
        QVERIFY(LibraryImporter(m_many).run({ csv.fileName() }).ok());
    }

    void countsTheWholeLibrary()
    {
        FacetModel model(m_samples);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &FacetModel::countsChanged);
        model.setQuery({});
        model.waitForCounts();
        QCOMPARE(changed.size(), 1);
        QVERIFY2(model.errorString().isEmpty(), qPrintable(model.errorString()));
        QCOMPARE(model.rowCount(), FacetCounter::KindCount);
        QCOMPARE(kindIndex(model, FacetCounter::Kind::Origin).data().toString(), QStringLiteral("Origin"));

        // Every cable has one classification and one year: the counts add up to the library.
        for (const auto kind : { FacetCounter::Kind::Classification, FacetCounter::Kind::Year }) {
            qint64 sum = 0;
            const QModelIndex parent = kindIndex(model, kind);
            for (int r = 0; r < model.rowCount(parent); ++r)
                sum += countOf(model.index(r, 0, parent));
            QCOMPARE(sum, qint64(5));
        }
        const QModelIndex astana = find(model, FacetCounter::Kind::Origin, QStringLiteral("ASTANA"));
        QVERIFY(astana.isValid());
        QCOMPARE(astana.data().toString(), QStringLiteral("Embassy Astana"));
        const QModelIndex kz = find(model, FacetCounter::Kind::Tag, QStringLiteral("KZ"));
        QVERIFY(kz.isValid());
        QVERIFY(kz.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Kazakhstan")));
        // The most frequent first.
        const QModelIndex tags = kindIndex(model, FacetCounter::Kind::Tag);
        for (int r = 1; r < model.rowCount(tags); ++r)
            QVERIFY(countOf(model.index(r - 1, 0, tags)) >= countOf(model.index(r, 0, tags)));
    }

    // The number beside a value is the number of cables its filter lists.
    void eachValuesFilterListsItsCount()
    {
        FacetModel model(m_many);
        model.setQuery({});
        model.waitForCounts();
        int checked = 0;
        for (int kind = 0; kind < FacetCounter::KindCount; ++kind) {
            const QModelIndex parent = model.index(kind, 0);
            QVERIFY(model.rowCount(parent) > 0);
            for (int r = 0; r < std::min(model.rowCount(parent), 6); ++r) {
                const QModelIndex value = model.index(r, 0, parent);
                const QString text = value.data(FacetModel::FilterTextRole).toString();
                const SearchQuery query = SearchQuery::parse(text);
                QVERIFY2(query.isValid(), qPrintable(text + QStringLiteral(": ") + query.errorString()));
                LibraryListModel list(m_many);
                list.setQuery(query);
                QCOMPARE(list.totalCount(), countOf(value));
                ++checked;
            }
        }
        QVERIFY(checked >= FacetCounter::KindCount);
    }

    void narrowsWithTheQueryAndMarksActiveFilters()
    {
        FacetModel model(m_samples);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(SearchQuery::parse(QStringLiteral("manas origin:astana")));
        model.waitForCounts();
        const QModelIndex astana = find(model, FacetCounter::Kind::Origin, QStringLiteral("ASTANA"));
        QVERIFY(astana.isValid());
        QVERIFY(astana.data(FacetModel::ActiveRole).toBool());
        QVERIFY(astana.data(Qt::FontRole).value<QFont>().bold());
        LibraryListModel list(m_samples);
        list.setQuery(SearchQuery::parse(QStringLiteral("manas origin:astana")));
        QCOMPARE(countOf(astana), list.totalCount());
        QCOMPARE(model.rowCount(kindIndex(model, FacetCounter::Kind::Origin)), 1);
        const QModelIndex kz = find(model, FacetCounter::Kind::Tag, QStringLiteral("KZ"));
        QVERIFY(!kz.data(FacetModel::ActiveRole).toBool());

        // A query that matches nothing leaves every facet empty.
        model.setQuery(SearchQuery::parse(QStringLiteral("zzyzxquux")));
        model.waitForCounts();
        for (int kind = 0; kind < FacetCounter::KindCount; ++kind)
            QCOMPARE(model.rowCount(model.index(kind, 0)), 0);
    }

    void onlyTheLatestQueryCounts()
    {
        FacetModel model(m_many);
        QSignalSpy changed(&model, &FacetModel::countsChanged);
        model.setQuery({});
        model.setQuery(SearchQuery::parse(QStringLiteral("zzyzxquux")));
        model.waitForCounts();
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    }

    void filterTextQuotesWhatNeedsIt()
    {
        QCOMPARE(FacetCounter::filterText(FacetCounter::Kind::Origin, QStringLiteral("ASTANA")),
            QStringLiteral("origin:ASTANA"));
        QCOMPARE(FacetCounter::filterText(FacetCounter::Kind::Year, QStringLiteral("2009")),
            QStringLiteral("from:2009 to:2009"));
        QCOMPARE(FacetCounter::filterText(
                     FacetCounter::Kind::Classification, QStringLiteral("UNCLASSIFIED//FOR OFFICIAL USE ONLY")),
            QStringLiteral("class:\"UNCLASSIFIED//FOR OFFICIAL USE ONLY\""));
    }
};

QTEST_GUILESS_MAIN(TestFacetModel)
#include "tst_facetmodel.moc"
