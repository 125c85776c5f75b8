// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headerreader.h"
#include "lineclassifier.h"
#include "pagemarkers.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// The header block's lines, gathered per element over their wrapped lines,
// with lines glued by a lost line break cut apart first. Rows made up in
// the shape of real ones (CABLE-FORMAT.md, "Real-world variants").
class TestHeaderReader final : public QObject
{
    Q_OBJECT

    struct Read
    {
        HeaderFields fields;
        QString next; // the first line after the header
    };

    static Read read(const QString &text)
    {
        static QString keep; // TelegramLines refers to the text
        keep = text;
        TelegramLines lines = LineClassifier::classify(keep);
        PageMarkers::cutInline(lines, {});
        Read r;
        const qsizetype end = HeaderReader(lines).read(0, r.fields);
        r.next = end < lines.size() ? lines.content(end).toString() : QString();
        return r;
    }

private Q_SLOTS:
    void blocks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tags");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QString>("classifiedBy");
        QTest::addColumn<QString>("next");
        const QString body = u"\n\n1. (C) Text.\n"_s;
        QTest::newRow("wrapped lines")
            << u"CONFIDENTIAL LIMA 000123\n\nE.O. 12958: DECL: 1/2/2019\nTAGS: PGOV PREL\nSUBJECT: FLOODS IN\nTHE "
               u"NORTH\n\n"
               "REF: A. LIMA 12\nB. LIMA 40\n\nClassified By: A. Person, reasons\n1.4 (b) and (d)"_s
                + body
            << u"PGOV PREL"_s << u"FLOODS IN THE NORTH"_s << u"A. LIMA 12 B. LIMA 40"_s
            << u"A. Person, reasons 1.4 (b) and (d)"_s << u"1. (C) Text."_s;
        QTest::newRow("one line")
            << u"CONFIDENTIAL LIMA 000123 SIPDIS E.O. 12958: DECL: 1/2/2019 TAGS: PGOV PREL\n\nSUBJECT: FLOODS REF: LIMA 12 Classified By: A. Person, reasons 1.4 (b) 1. (C) Text."_s
            << u"PGOV PREL"_s << u"FLOODS"_s << u"LIMA 12"_s << u"A. Person, reasons 1.4 (b)"_s << u"1. (C) Text."_s;
        QTest::newRow("tags on two lines")
            << u"CONFIDENTIAL LIMA 000123\n\nTAGS: PGOV, PREL,\nKZ, RS\nSUBJECT: FLOODS"_s + body
            << u"PGOV, PREL, KZ, RS"_s << u"FLOODS"_s << QString() << QString() << u"1. (C) Text."_s;
        QTest::newRow("tags lower case, next line")
            << u"CONFIDENTIAL LIMA 000123\n\nTags: ovip (doe, jane), prel, econ,\netra, ch, jp\nSubject: floods"_s
                + body
            << u"ovip (doe, jane), prel, econ, etra, ch, jp"_s << u"floods"_s << QString() << QString()
            << u"1. (C) Text."_s;
        QTest::newRow("tags before banner")
            << u"TAGS: PGOV PREL\nCONFIDENTIAL LIMA 000123\n\nSIPDIS\n\nSUBJECT: FLOODS"_s + body << u"PGOV PREL"_s
            << u"FLOODS"_s << QString() << QString() << u"1. (C) Text."_s;
        QTest::newRow("marker inside subject")
            << u"CONFIDENTIAL LIMA 000123\n\nSUBJECT: PRESIDENT MEETS\nLIMA 00000123 002 OF 003\nLEADERS"_s + body
            << QString() << u"PRESIDENT MEETS LEADERS"_s << QString() << QString() << u"1. (C) Text."_s;
        QTest::newRow("level inside subject")
            << u"CONFIDENTIAL LIMA 000123\n\nSUBJECT: PRESIDENT MEETS\nCONFIDENTIAL\nLEADERS"_s + body << QString()
            << u"PRESIDENT MEETS LEADERS"_s << QString() << QString() << u"1. (C) Text."_s;
        QTest::newRow("REF entries after blank lines")
            << u"CONFIDENTIAL LIMA 000123\n\nSUBJECT: X\n\nREF: A. LIMA 12\n\n\u00B6B. LIMA 40\n\nb) LIMA 41"_s + body
            << QString() << u"X"_s << u"A. LIMA 12 \u00B6B. LIMA 40 b) LIMA 41"_s << QString() << u"1. (C) Text."_s;
        QTest::newRow("REF cut by a marker")
            << u"CONFIDENTIAL LIMA 000123\n\nSUBJECT: X\n\nREF: A. LIMA 12\nLIMA 00000123 002 OF 003\nB. LIMA 40"_s
                + body
            << QString() << u"X"_s << u"A. LIMA 12 B. LIMA 40"_s << QString() << u"1. (C) Text."_s;
        QTest::newRow("REF then text")
            << u"UNCLAS LIMA 000123\n\nSUBJECT: X\n\nREF: STATE 1234 The Embassy delivered the demarche on Monday.\n"_s
            << QString() << u"X"_s << u"STATE 1234"_s << QString()
            << u"The Embassy delivered the demarche on Monday."_s;
        QTest::newRow("reasons then text")
            << u"CONFIDENTIAL LIMA 000123\n\nSUBJECT: X\n\nClassified By: A. Person for reasons 1.4 (b) and (d). The Ambassador met the minister.\n"_s
            << QString() << u"X"_s << QString() << u"A. Person for reasons 1.4 (b) and (d)."_s
            << u"The Ambassador met the minister."_s;
        QTest::newRow("action request")
            << u"UNCLAS LIMA 000123\n\nSUBJECT: VISA FRAUD This is an action request; see para 5.\n"_s << QString()
            << u"VISA FRAUD"_s << QString() << QString() << u"This is an action request; see para 5."_s;
        QTest::newRow("notice between")
            << u"UNCLAS LIMA 000123\n\nSUBJECT: X\n\nSENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT ACCORDINGLY\n\nREF: LIMA 12"_s
                + body
            << QString() << u"X"_s << u"LIMA 12"_s << QString() << u"1. (C) Text."_s;
        QTest::newRow("corrected copy") << u"C O R R E C T E D C O P Y\nSS E C R E T LIMA 000123\n\nSUBJECT: X"_s + body
                                        << QString() << u"X"_s << QString() << QString() << u"1. (C) Text."_s;
    }

    void blocks()
    {
        QFETCH(QString, text);
        QFETCH(QString, tags);
        QFETCH(QString, subject);
        QFETCH(QString, ref);
        QFETCH(QString, classifiedBy);
        QFETCH(QString, next);
        const Read r = read(text);
        QCOMPARE(r.fields.tags.simplified(), tags);
        QCOMPARE(r.fields.subject.simplified(), subject);
        QCOMPARE(r.fields.refText.simplified(), ref);
        QCOMPARE(r.fields.classifiedBy.simplified(), classifiedBy);
        QCOMPARE(r.next, next);
    }

    void bannerCaveatsAndPassing()
    {
        const Read r = read(u"C O N F I D E N T I A L SECTION 01 OF 03 TALLINN 000325 SIPDIS AMEMBASSY ANKARA PASS TO "
                            u"AMCONSUL ADANA\n\n"
                            "NOFORN\n\nE.O. 12958: DECL: 1/2/2019\nTAGS: PREL\nSUBJECT: X\n\n1. (C) Text.\n"_s);
        QCOMPARE(r.fields.banner.post, u"TALLINN"_s);
        QCOMPARE(r.fields.banner.caveats, QStringList { u"SIPDIS"_s });
        QCOMPARE(r.fields.passing, QStringList { u"AMEMBASSY ANKARA PASS TO AMCONSUL ADANA"_s });
        QCOMPARE(r.fields.caveats, QStringList { u"NOFORN"_s });
        QCOMPARE(r.fields.eo, u"12958: DECL: 1/2/2019"_s);
    }

    void corrected()
    {
        const Read r = read(u"C O R R E C T E D C O P Y\nSS E C R E T LIMA 000123\n\nSUBJECT: X\n\n1. (C) Text.\n"_s);
        QCOMPARE(r.fields.banner.level, u"SECRET"_s);
        QVERIFY(r.fields.caveats.contains(u"CORRECTED COPY"_s));
    }
};

QTEST_GUILESS_MAIN(TestHeaderReader)
#include "tst_headerreader.moc"
