// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cablerowcodec.h"

#include "cablecompare.h"

#include <QTest>
#include <QTimeZone>

using namespace Reftel;
using namespace Qt::StringLiterals;

// The stored forms are pinned: a library written by an earlier Reftel holds
// exactly these strings and must read back the same.
class TestCableRowCodec : public QObject
{
    Q_OBJECT

private:
    static Routing routing()
    {
        Routing routing;
        routing.transmissionId = u"VZCZCXRO1234"_s;
        routing.precedenceLetter = u"O"_s;
        routing.relayStations = { u"RUEHDBU"_s, u"RUEHLN"_s };
        routing.section = 2;
        routing.dateTimeGroup = QDateTime(QDate(2009, 2, 12), QTime(5, 16), QTimeZone::UTC);
        routing.retransmission = true;
        return routing;
    }

    static Banner banner()
    {
        Banner banner;
        banner.text = u"C O N F I D E N T I A L SECTION 01 OF 03 ASTANA 000253"_s;
        banner.level = u"CONFIDENTIAL"_s;
        banner.caveats = { u"NOFORN"_s };
        banner.section = 1;
        banner.sectionCount = 3;
        return banner;
    }

    static Classifier classifier()
    {
        return Classifier { u"Classified By: John Smith, reasons 1.4 (b) and (d)"_s, u"John Smith"_s, QString(),
            { u"1.4(b)"_s, u"1.4(d)"_s } };
    }

    static Paragraph paragraph()
    {
        Paragraph paragraph;
        paragraph.text = u"Ref A says so."_s;
        paragraph.citations.append(Citation { 2, 6, { u"A"_s }, { 0 } });
        paragraph.spans.append(TextSpan { TextSpan::Kind::Comment, 0, 3, true });
        return paragraph;
    }

private Q_SLOTS:
    void storedFormsAreUnchanged()
    {
        QCOMPARE(CableRowCodec::routingColumn(routing()).toString(),
            u"{\"dateTimeGroup\":\"2009-02-12T05:16:00Z\",\"precedenceLetter\":\"O\","
            "\"relayStations\":[\"RUEHDBU\",\"RUEHLN\"],\"retransmission\":true,\"section\":2,"
            "\"transmissionId\":\"VZCZCXRO1234\"}"_s);
        QCOMPARE(CableRowCodec::bannerColumn(banner()).toString(),
            u"{\"caveats\":[\"NOFORN\"],\"level\":\"CONFIDENTIAL\",\"section\":1,\"sectionCount\":3,"
            "\"text\":\"C O N F I D E N T I A L SECTION 01 OF 03 ASTANA 000253\"}"_s);
        QCOMPARE(CableRowCodec::classifierColumn(classifier()).toString(),
            u"{\"person\":\"John Smith\",\"reasons\":[\"1.4(b)\",\"1.4(d)\"],"
            "\"text\":\"Classified By: John Smith, reasons 1.4 (b) and (d)\"}"_s);
        QCOMPARE(CableRowCodec::markupColumn(paragraph()).toString(),
            u"{\"c\":[[2,6,[\"A\"],[0]]],\"s\":[[\"comment\",0,3,true]]}"_s);
        QCOMPARE(CableRowCodec::stringListOrNull({ u"STATE FOR P"_s, u"SCA/CEN"_s }).toString(),
            u"[\"STATE FOR P\",\"SCA/CEN\"]"_s);
    }

    // Nothing to say is NULL, so that merging sources can fill it.
    void emptyIsNull()
    {
        QVERIFY(CableRowCodec::routingColumn(Routing()).isNull());
        QVERIFY(CableRowCodec::bannerColumn(Banner()).isNull());
        QVERIFY(CableRowCodec::classifierColumn(Classifier()).isNull());
        QVERIFY(CableRowCodec::markupColumn(Paragraph()).isNull());
        QVERIFY(CableRowCodec::stringListOrNull({}).isNull());
        QVERIFY(CableRowCodec::textOrNull(QString()).isNull());
        QVERIFY(CableRowCodec::dateTimeOrNull(QDateTime()).isNull());
        QVERIFY(CableRowCodec::dateOrNull(QDate()).isNull());
        // A NOT NULL column gets an empty string, never a null one.
        QVERIFY(!CableRowCodec::sqlValue(QVariant(QString())).toString().isNull());
    }

    void roundTrip()
    {
        using Testing::difference;
        QCOMPARE(difference(CableRowCodec::routingFrom(CableRowCodec::routingColumn(routing())), routing()), QString());
        QCOMPARE(difference(CableRowCodec::bannerFrom(CableRowCodec::bannerColumn(banner())), banner()), QString());
        QCOMPARE(difference(CableRowCodec::classifierFrom(CableRowCodec::classifierColumn(classifier())), classifier()),
            QString());
        Paragraph read;
        read.text = paragraph().text;
        CableRowCodec::readMarkup(CableRowCodec::markupColumn(paragraph()), &read);
        QCOMPARE(difference(read, paragraph()), QString());
        const QStringList list { u"a"_s, u"b"_s };
        QCOMPARE(CableRowCodec::stringListFrom(CableRowCodec::stringListOrNull(list)), list);
        const QDateTime time(QDate(2010, 1, 2), QTime(3, 4, 5), QTimeZone::UTC);
        QCOMPARE(CableRowCodec::dateTimeFrom(CableRowCodec::dateTimeOrNull(time)), time);
        QVERIFY(!CableRowCodec::dateTimeFrom(QVariant()).isValid());
    }

    void keysRoundTrip()
    {
        for (SourceFormat format : { SourceFormat::Unknown, SourceFormat::SearchPage, SourceFormat::SearchPageFlattened,
                 SourceFormat::BlogPage, SourceFormat::BareTelegram, SourceFormat::HtmlPage, SourceFormat::ReleaseCsv })
            QCOMPARE(CableRowCodec::formatFrom(CableRowCodec::formatKey(format)), format);
        QCOMPARE(CableRowCodec::formatKey(SourceFormat::ReleaseCsv), u"release-csv"_s);
        for (DedupEntry::Kind kind :
            { DedupEntry::Kind::RepeatedHeader, DedupEntry::Kind::RepeatedBody, DedupEntry::Kind::PageMarker,
                DedupEntry::Kind::SiteBoilerplate, DedupEntry::Kind::BrokenEntity, DedupEntry::Kind::MetadataDump })
            QCOMPARE(CableRowCodec::dedupKindFrom(CableRowCodec::dedupKey(kind)), kind);
        QCOMPARE(CableRowCodec::warningKey(ParseWarning::Kind::NulBytes), u"nul-bytes"_s);
        QCOMPARE(CableRowCodec::warningKindFrom(u"nul-bytes"), ParseWarning::Kind::NulBytes);
        // Written by a newer Reftel: not known, never mistaken for another.
        QVERIFY(!CableRowCodec::warningKindFrom(u"a-kind-from-the-future").has_value());
        QVERIFY(!CableRowCodec::dedupKindFrom(u"a-kind-from-the-future").has_value());
        QCOMPARE(CableRowCodec::formatFrom(u"a-kind-from-the-future"), SourceFormat::Unknown);
    }

    // What a damaged or foreign row holds reads as empty, not as a crash.
    void unreadableJsonIsEmpty()
    {
        QCOMPARE(Testing::difference(CableRowCodec::routingFrom(u"not json"_s), Routing()), QString());
        Paragraph paragraph;
        CableRowCodec::readMarkup(u"{\"c\":[[1]],\"s\":[7]}"_s, &paragraph);
        QCOMPARE(paragraph.citations.size(), 1);
        QCOMPARE(paragraph.citations.first().length, 0);
        QCOMPARE(paragraph.spans.size(), 1);
    }

    void searchTokens()
    {
        QCOMPARE(
            CableRowCodec::searchTokens(u"09ASTANA253"_s, QDateTime(QDate(2009, 2, 12), QTime(5, 16), QTimeZone::UTC),
                u"Embassy Astana"_s, u"UNCLASSIFIED//FOR OFFICIAL USE ONLY"_s, { u"PGOV"_s, u"KZ"_s }),
            u"oastana oembassy cunclassified cforofficialuseonly tpgov tkz y2009 m200902 d20090212"_s);
        QCOMPARE(CableRowCodec::searchTokens(u"09ASTANA253"_s, {}, {}, {}, {}), u"oastana"_s);
    }

    void cableValuesMatchColumns()
    {
        Cable cable;
        cable.id = u"09ASTANA253"_s;
        const QVariantList values = CableRowCodec::cableValues(cable, {});
        QCOMPARE(values.size(), CableRowCodec::cableColumnCount);
        QCOMPARE(CableRowCodec::cableColumns().count(u',') + 1, CableRowCodec::cableColumnCount);
        QCOMPARE(values.at(0).toString(), u"ASTANA"_s);
    }
};

QTEST_GUILESS_MAIN(TestCableRowCodec)
#include "tst_cablerowcodec.moc"
