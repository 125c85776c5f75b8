// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportselection.h"

#include "annotationanchorer.h"
#include "annotationstore.h"
#include "cablereader.h"
#include "cablewriter.h"
#include "storefixtures.h"
#include "usertagstore.h"

#include <QStandardPaths>
#include <QTest>

Q_DECLARE_METATYPE(Reftel::ReportOptions)

using namespace Reftel;
using namespace Qt::StringLiterals;

// The cables a report's options choose, from the bundled samples.
class TestReportSelection : public QObject
{
    Q_OBJECT

private:
    StoreFixtures::TemporaryLibrary m_dir;
    LibraryDatabase m_library;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_library.open(m_dir.path()));
        QVERIFY(StoreFixtures::storeSamples(m_library));
        const CableReader &cables = m_library.cables();
        const qint64 manas = UserTagStore(m_library).ensurePath(u"Kyrgyzstan/Manas"_s, u"#e57373"_s);
        for (const QString &id : { u"09ASTANA253"_s, u"09ASTANA714"_s }) {
            const Cable cable = *cables.load(id);
            Annotation a = AnnotationAnchorer::capture(id, *cable.paragraphs().at(0));
            a.tagIds = { manas };
            QVERIFY(AnnotationStore(m_library).create(a) > 0);
        }
    }

    void byIdsTagsAndQuery()
    {
        ReportOptions byTag;
        byTag.tags = { u"Kyrgyzstan"_s }; // sub-tags included
        QCOMPARE(ReportSelection(m_library, byTag).cables(), (QStringList { u"09ASTANA253"_s, u"09ASTANA714"_s }));

        ReportOptions byQuery;
        byQuery.query = u"manas"_s;
        QVERIFY(ReportSelection(m_library, byQuery).cables().contains(u"09ASTANA253"_s));

        ReportOptions byIds; // any case, oldest first, once each
        byIds.ids = { u"09astana714"_s, u"09ASTANA253"_s, u"09ASTANA714"_s };
        QCOMPARE(ReportSelection(m_library, byIds).cables(), (QStringList { u"09ASTANA253"_s, u"09ASTANA714"_s }));
    }

    void whatCannotBeChosenIsSaid_data()
    {
        QTest::addColumn<ReportOptions>("options");
        QTest::addColumn<QString>("error");
        ReportOptions none;
        QTest::newRow("nothing chosen") << none << u"Choose the cables"_s;
        ReportOptions unknownTag;
        unknownTag.tags = { u"Nowhere"_s };
        QTest::newRow("unknown tag") << unknownTag << u"Nowhere"_s;
        ReportOptions unknownId;
        unknownId.ids = { u"09NOWHERE1"_s };
        QTest::newRow("unknown id") << unknownId << u"09NOWHERE1: no such cable"_s;
        ReportOptions badQuery;
        badQuery.query = u"orgin:astana"_s;
        QTest::newRow("invalid query") << badQuery << u"orgin: is not a filter"_s;
        ReportOptions nothingFound;
        nothingFound.query = u"zyxwvutsrq"_s;
        QTest::newRow("no match") << nothingFound << u"No cable in the library matches the search “zyxwvutsrq”"_s;
    }

    void whatCannotBeChosenIsSaid()
    {
        QFETCH(ReportOptions, options);
        QFETCH(QString, error);
        ReportSelection selection(m_library, options);
        QVERIFY(selection.cables().isEmpty());
        QVERIFY(!selection.errorString().isEmpty());
        QVERIFY2(selection.errorString().contains(error), qPrintable(selection.errorString()));
    }

    void describesTheSelection()
    {
        ReportOptions options;
        options.query = u" manas "_s;
        options.tags = { u"Kyrgyzstan"_s, u"Russia"_s };
        for (int i = 0; i < 14; ++i)
            options.ids << u"09astana%1"_s.arg(100 + i);
        const QString text = ReportSelection::describe(options);
        QVERIFY2(text.startsWith(u"the search “manas”; the tags Kyrgyzstan, Russia; the cables 09ASTANA100, "_s),
            qPrintable(text));
        QVERIFY2(text.endsWith(u"09ASTANA111 and 2 more"_s), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestReportSelection)
#include "tst_reportselection.moc"
