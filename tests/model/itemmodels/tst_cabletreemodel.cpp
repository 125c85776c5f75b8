// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cabletreemodel.h"

#include "itemroles.h"
#include "samplecable.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Reftel;

class TestCableTreeModel : public QObject
{
    Q_OBJECT

private:
    static Cable sample(const QString &id) { return Testing::sampleCable(id); }

    static int paragraphRows(const QAbstractItemModel &model)
    {
        int total = 0;
        for (int r = 1; r < model.rowCount(); ++r)
            total += model.rowCount(model.index(r, 0));
        return total;
    }

private Q_SLOTS:
    void treeOfSectionsAndParagraphs_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("paragraphs");
        QTest::newRow("09ASTANA253") << QStringLiteral("09ASTANA253") << 11;
        QTest::newRow("09ASTANA1399") << QStringLiteral("09ASTANA1399") << 9;
        QTest::newRow("09ASTANA714") << QStringLiteral("09ASTANA714") << 12;
    }

    void treeOfSectionsAndParagraphs()
    {
        QFETCH(QString, id);
        QFETCH(int, paragraphs);
        CableTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Cable cable = sample(id);
        model.setCable(cable);

        QCOMPARE(model.rowCount(), 1 + int(cable.sections.size()));
        const QModelIndex header = model.index(0, 0);
        QCOMPARE(header.data(ItemRole::NodeKind).value<CableTreeModel::NodeKind>(), CableTreeModel::NodeKind::Header);
        QCOMPARE(header.data(ItemRole::Text).toString(), cable.subject);
        QCOMPARE(model.rowCount(header), 0);
        QCOMPARE(paragraphRows(model), paragraphs);

        // Paragraphs keep their order, number, mark and anchor.
        int expectedNumber = 1;
        for (int s = 1; s < model.rowCount(); ++s) {
            const QModelIndex section = model.index(s, 0);
            QCOMPARE(
                section.data(ItemRole::NodeKind).value<CableTreeModel::NodeKind>(), CableTreeModel::NodeKind::Section);
            for (int p = 0; p < model.rowCount(section); ++p) {
                const QModelIndex para = model.index(p, 0, section);
                QCOMPARE(para.parent(), section);
                QCOMPARE(para.data(ItemRole::Number).toInt(), expectedNumber);
                QCOMPARE(para.data(ItemRole::Anchor).toString(), id + u'\u00B6' + QString::number(expectedNumber));
                QVERIFY(!para.data(ItemRole::Text).toString().isEmpty());
                QVERIFY(para.data(Qt::DisplayRole).toString().startsWith(QString::number(expectedNumber) + u'.'));
                ++expectedNumber;
            }
        }
    }

    void marksAndHeadings()
    {
        CableTreeModel model;
        model.setCable(sample(QStringLiteral("09ASTANA253")));
        const QModelIndex first = model.indexForAnchor(QStringLiteral("09ASTANA253\u00B61"));
        QVERIFY(first.isValid());
        QCOMPARE(first.data(ItemRole::Mark).toString(), QStringLiteral("C"));
        QVERIFY(first.data(ItemRole::Text).toString().startsWith(QStringLiteral("SUMMARY")));
        // seed 000 has headed sections after the summary
        QStringList headings;
        for (int s = 1; s < model.rowCount(); ++s)
            headings << model.index(s, 0).data(ItemRole::Heading).toString();
        QVERIFY2(headings.size() > 1, qPrintable(headings.join(u'|')));
        QVERIFY(!model.indexForAnchor(QStringLiteral("09ASTANA253\u00B699")).isValid());
    }

    void annotationCountsUpdateOnlyWhatChanged()
    {
        CableTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCable(sample(QStringLiteral("09ASTANA253")));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        const QString anchor3 = QStringLiteral("09ASTANA253\u00B63");
        model.setAnnotationCounts({ { anchor3, 2 } });
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 2); // the paragraph and its section
        const QModelIndex para = model.indexForAnchor(anchor3);
        QCOMPARE(para.data(ItemRole::AnnotationCount).toInt(), 2);
        QCOMPARE(para.parent().data(ItemRole::AnnotationCount).toInt(), 2);
        QCOMPARE(model.indexForAnchor(QStringLiteral("09ASTANA253\u00B64")).data(ItemRole::AnnotationCount).toInt(), 0);

        changed.clear();
        model.setAnnotationCounts({ { anchor3, 2 } });
        QCOMPARE(changed.count(), 0);
        model.setAnnotationCounts({});
        QCOMPARE(para.data(ItemRole::AnnotationCount).toInt(), 0);
    }

    // The second column shows the counts: empty where there are none.
    void annotationColumnShowsTheCounts()
    {
        CableTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCable(sample(QStringLiteral("09ASTANA253")));
        QCOMPARE(model.columnCount(), 2);
        const QString anchor3 = QStringLiteral("09ASTANA253\u00B63");
        const QString anchor4 = QStringLiteral("09ASTANA253\u00B64");
        model.setAnnotationCounts({ { anchor3, 2 }, { anchor4, 1 } });
        const QModelIndex para3 = model.indexForAnchor(anchor3).siblingAtColumn(CableTreeModel::AnnotationColumn);
        QCOMPARE(para3.data().toInt(), 2);
        QCOMPARE(para3.data(Qt::ToolTipRole).toString(), QStringLiteral("Annotations: 2"));
        QCOMPARE(model.indexForAnchor(anchor4).siblingAtColumn(CableTreeModel::AnnotationColumn).data().toInt(), 1);
        const QModelIndex section = para3.parent().siblingAtColumn(CableTreeModel::AnnotationColumn);
        const bool sameSection = model.indexForAnchor(anchor4).parent() == para3.parent();
        QCOMPARE(section.data().toInt(), sameSection ? 3 : 2);
        const QModelIndex para5 = model.indexForAnchor(QStringLiteral("09ASTANA253\u00B65"));
        QVERIFY(!para5.siblingAtColumn(CableTreeModel::AnnotationColumn).data().isValid());
        QCOMPARE(para5.data(ItemRole::Anchor).toString(), QStringLiteral("09ASTANA253\u00B65"));
    }

    void emptyModel()
    {
        CableTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setCable(Cable {});
        QCOMPARE(model.rowCount(), 1); // the header node, even for an empty cable
    }
};

QTEST_GUILESS_MAIN(TestCableTreeModel)
#include "tst_cabletreemodel.moc"
