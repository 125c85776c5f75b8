// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarylistmodel.h"

#include "itemroles.h"
#include "listfixtures.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Reftel;

class TestLibraryListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LibraryDatabase m_samples; // the five bundled samples
    LibraryDatabase m_many; // 700 synthetic cables

    static QStringList column(LibraryListModel &model, int column)
    {
        while (model.canFetchMore({}))
            model.fetchMore({});
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out << model.index(r, column).data().toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Testing::importListLibraries(m_dir, m_samples, m_many));
    }

    void listsTheLibraryNewestFirst()
    {
        LibraryListModel model(m_samples);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.totalCount(), qint64(5));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(LibraryListModel::ColumnCount));
        const QStringList dates = column(model, LibraryListModel::DateColumn);
        QStringList sorted = dates;
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        QCOMPARE(dates, sorted);
        QCOMPARE(
            model.headerData(LibraryListModel::SubjectColumn, Qt::Horizontal).toString(), QStringLiteral("Subject"));
        const int row = model.rowOf(QStringLiteral("09ASTANA253"));
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, LibraryListModel::OriginColumn).data().toString(), QStringLiteral("Embassy Astana"));
        QCOMPARE(model.index(row, LibraryListModel::DateColumn).data().toString(), QStringLiteral("2009-02-12"));
        QCOMPARE(model.index(row, 0).data(ItemRole::CableId).toString(), QStringLiteral("09ASTANA253"));
        QVERIFY(model.index(row, LibraryListModel::SubjectColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("KAZAKHSTAN SUGGESTS")));
    }

    void filtersWithTheQueryLanguage_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("word") << QStringLiteral("sarybay")
                              << QStringList { QStringLiteral("09ASTANA253"), QStringLiteral("09ASTANA478") };
        QTest::newRow("phrase") << QStringLiteral("\"financial package\"")
                                << QStringList { QStringLiteral("09ASTANA253") };
        QTest::newRow("subject word") << QStringLiteral("eurasia") << QStringList { QStringLiteral("09ASTANA713") };
        QTest::newRow("origin") << QStringLiteral("origin:astana")
                                << QStringList { QStringLiteral("09ASTANA1399"), QStringLiteral("09ASTANA253"),
                                       QStringLiteral("09ASTANA478"), QStringLiteral("09ASTANA713"),
                                       QStringLiteral("09ASTANA714") };
        QTest::newRow("nothing") << QStringLiteral("origin:paris") << QStringList {};
    }

    void filtersWithTheQueryLanguage()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, ids);
        LibraryListModel model(m_samples);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(SearchQuery::parse(query));
        QStringList got = column(model, LibraryListModel::IdColumn);
        got.sort();
        QCOMPARE(got, ids);
        QCOMPARE(model.totalCount(), qint64(ids.size()));
        model.setQuery(SearchQuery::parse(QString()));
        QCOMPARE(model.totalCount(), qint64(5));
    }

    void pagesLazilyInOrder_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("ascending");
        QTest::newRow("date, newest first") << int(LibraryListModel::DateColumn) << false;
        QTest::newRow("date, oldest first") << int(LibraryListModel::DateColumn) << true;
        QTest::newRow("id") << int(LibraryListModel::IdColumn) << true;
        QTest::newRow("id descending") << int(LibraryListModel::IdColumn) << false;
        QTest::newRow("subject") << int(LibraryListModel::SubjectColumn) << true;
    }

    void pagesLazilyInOrder()
    {
        QFETCH(int, column);
        QFETCH(bool, ascending);
        LibraryListModel model(m_many);
        model.sort(column, ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
        QCOMPARE(model.totalCount(), qint64(700));
        QCOMPARE(model.rowCount(), LibraryListModel::PageSize); // only the first page is read
        QVERIFY(model.canFetchMore({}));
        // Attached after the reset: the tester itself fetches more while it checks.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QStringList keys;
        QSet<QString> ids;
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 700);
        for (int r = 0; r < model.rowCount(); ++r) {
            keys << model.index(r, column).data().toString();
            ids.insert(model.cableId(r));
        }
        QCOMPARE(ids.size(), 700); // no row twice, none skipped across page boundaries
        QStringList sorted = keys;
        if (ascending)
            std::stable_sort(sorted.begin(), sorted.end());
        else
            std::stable_sort(sorted.begin(), sorted.end(), std::greater<>());
        QCOMPARE(keys, sorted);
    }

    void matchColumnShowsTheHitInContext()
    {
        LibraryListModel model(m_samples);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.index(0, LibraryListModel::MatchColumn).data().toString().isEmpty());
        model.setQuery(SearchQuery::parse(QStringLiteral("\"financial package\"")));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex match = model.index(0, LibraryListModel::MatchColumn);
        const QString marked = match.data(ItemRole::Snippet).toString();
        QVERIFY2(marked.contains(QStringLiteral("\x02"
                                                "financial package\x03"),
                     Qt::CaseInsensitive),
            qPrintable(marked));
        const QString shown = match.data().toString();
        QVERIFY(shown.contains(QStringLiteral("financial package"), Qt::CaseInsensitive));
        QVERIFY(!shown.contains(QChar(0x2)));
        // A word found only in the subject shows the subject with it marked.
        model.setQuery(SearchQuery::parse(QStringLiteral("eurasia")));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0, LibraryListModel::MatchColumn)
                .data(ItemRole::Snippet)
                .toString()
                .contains(QStringLiteral("\x02")));
    }

    // A word in most paragraphs: the list is bounded by the window of newest
    // hits and says that more cables match (how the window counts is
    // CableListQuery's test).
    void aCommonWordListsTheNewestHitsAndSaysThereAreMore()
    {
        LibraryListModel model(m_many);
        model.setMatchWindow(1000000); // wider than the library: every hit
        model.setQuery(SearchQuery::parse(QStringLiteral("jurisdiction")));
        QVERIFY(!model.totalIsLowerBound());
        const qint64 all = model.totalCount();
        QVERIFY2(all >= 20, qPrintable(QString::number(all)));
        model.setMatchWindow(int(all / 4));
        model.setQuery(SearchQuery::parse(QStringLiteral("jurisdiction")));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.totalIsLowerBound());
        QVERIFY2(model.totalCount() < all, qPrintable(QString::number(model.totalCount())));
        QVERIFY(model.totalCount() > 0);
        QStringList ids = column(model, LibraryListModel::IdColumn);
        QCOMPARE(ids.size(), model.totalCount());

        // A rare word is counted exactly.
        model.setQuery(SearchQuery::parse(QStringLiteral("sarybay")));
        QVERIFY(!model.totalIsLowerBound());
    }

    void dragsCablesByTheirIds()
    {
        LibraryListModel model(m_samples);
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled);
        const std::unique_ptr<QMimeData> mime(
            model.mimeData({ model.index(0, 0), model.index(0, 3), model.index(1, 0) }));
        QVERIFY(mime);
        const QStringList ids =
            QString::fromUtf8(mime->data(QString::fromLatin1(LibraryListModel::CableIdsMimeType))).split(u'\n');
        QCOMPARE(ids, (QStringList { model.cableId(0), model.cableId(1) }));
    }

    void reloadSeesNewCables()
    {
        QTemporaryDir dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.filePath(QStringLiteral("l.sqlite"))));
        LibraryListModel model(library);
        QCOMPARE(model.totalCount(), qint64(0));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(LibraryImporter(library).run({ QStringLiteral(":/samples/09ASTANA253.txt") }).ok());
        model.reload();
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLibraryListModel)
#include "tst_librarylistmodel.moc"
