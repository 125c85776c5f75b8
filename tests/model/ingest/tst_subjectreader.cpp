// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "subjectreader.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// The SUBJECT line in the forms posts typed it (CABLE-FORMAT.md, "Real-world
// variants"): labels, wrapping, the subject's own mark, markers and rules
// inside it, elements glued onto it. The rows are made up in the shape of real ones.
class TestSubjectReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("mark");
        QTest::addColumn<QString>("glued");
        const QString floods = u"FLOODS IN THE NORTH"_s;
        // Labels.
        QTest::newRow("SUBJECT:") << u"SUBJECT: FLOODS IN THE NORTH"_s << floods << QString() << QString();
        QTest::newRow("SUBJ:") << u"SUBJ: FLOODS IN THE NORTH"_s << floods << QString() << QString();
        QTest::newRow("Subject:") << u"Subject: Floods in the North"_s << u"Floods in the North"_s << QString()
                                  << QString();
        QTest::newRow("lower case") << u"subject: floods in the north"_s << u"floods in the north"_s << QString()
                                    << QString();
        QTest::newRow("lower subj") << u"subj: floods"_s << u"floods"_s << QString() << QString();
        QTest::newRow("space before colon") << u"SUBJECT : FLOODS IN THE NORTH"_s << floods << QString() << QString();
        QTest::newRow("dash") << u"SUBJECT - FLOODS IN THE NORTH"_s << floods << QString() << QString();
        QTest::newRow("double colon") << u"SUBJECT:: FLOODS IN THE NORTH"_s << floods << QString() << QString();
        QTest::newRow("no keyword") << u"FLOODS IN THE NORTH"_s << floods << QString() << QString();
        QTest::newRow("leading spaces") << u"   SUBJECT:   FLOODS   IN THE NORTH  "_s << floods << QString()
                                        << QString();
        // Wrapping.
        QTest::newRow("wrapped") << u"SUBJECT: FLOODS IN\nTHE NORTH"_s << floods << QString() << QString();
        QTest::newRow("wrapped three lines")
            << u"SUBJECT: FLOODS\n  IN THE\n  NORTH"_s << floods << QString() << QString();
        QTest::newRow("continuation backslashes")
            << u"SUBJECT: FLOODS IN \\\nTHE NORTH \\\n\\"_s << floods << QString() << QString();
        // The subject's own classification.
        QTest::newRow("mark C") << u"SUBJECT: (C) NEW CABINET SWORN IN"_s << u"NEW CABINET SWORN IN"_s << u"C"_s
                                << QString();
        QTest::newRow("mark U") << u"SUBJECT: (U) Secretary's Meeting"_s << u"Secretary's Meeting"_s << u"U"_s
                                << QString();
        QTest::newRow("mark SBU") << u"SUBJECT: (SBU) VISA FRAUD TRENDS"_s << u"VISA FRAUD TRENDS"_s << u"SBU"_s
                                  << QString();
        QTest::newRow("mark S/NF") << u"SUBJECT: (S/NF) ARMS TRANSFERS"_s << u"ARMS TRANSFERS"_s << u"S/NF"_s
                                   << QString();
        QTest::newRow("mark without space") << u"SUBJECT:(C)NEW CABINET"_s << u"NEW CABINET"_s << u"C"_s << QString();
        QTest::newRow("bracket that is no mark")
            << u"SUBJECT: (CORRECTED) NEW CABINET"_s << u"(CORRECTED) NEW CABINET"_s << QString() << QString();
        // Page markers, classification lines and rules inside it.
        QTest::newRow("old marker between lines")
            << u"SUBJECT: PRESIDENT MEETS OPPOSITION\nCONFIDENTIAL PAGE 02 LIMA 00123 01 OF 02\nLEADERS"_s
            << u"PRESIDENT MEETS OPPOSITION LEADERS"_s << QString() << QString();
        QTest::newRow("modern marker between lines")
            << u"SUBJECT: PRESIDENT MEETS OPPOSITION\nLIMA 00000123 002 OF 003\nLEADERS"_s
            << u"PRESIDENT MEETS OPPOSITION LEADERS"_s << QString() << QString();
        QTest::newRow("marker inside the line")
            << u"SUBJECT: PRESIDENT MEETS LIMA 00000123 001.2 OF 003 OPPOSITION LEADERS"_s
            << u"PRESIDENT MEETS OPPOSITION LEADERS"_s << QString() << QString();
        QTest::newRow("mixed-case marker") << u"SUBJECT: PRESIDENT MEETS\nLima 00000123 002 of 003\nOPPOSITION"_s
                                           << u"PRESIDENT MEETS OPPOSITION"_s << QString() << QString();
        QTest::newRow("classification line") << u"SUBJECT: PRESIDENT MEETS\nCONFIDENTIAL\nOPPOSITION"_s
                                             << u"PRESIDENT MEETS OPPOSITION"_s << QString() << QString();
        QTest::newRow("rules around it") << u"SUBJECT: ------ FLOODS IN THE NORTH ------"_s << floods << QString()
                                         << QString();
        QTest::newRow("rule line after it")
            << u"SUBJECT: FLOODS IN THE NORTH\n=========="_s << floods << QString() << QString();
        QTest::newRow("stars") << u"SUBJECT: **** FLOODS IN THE NORTH ****"_s << floods << QString() << QString();
        // Elements glued on when a line break was lost.
        QTest::newRow("glued REF") << u"SUBJECT: FLOODS IN THE NORTH REF: A) LIMA 12 B) LIMA 40"_s << floods
                                   << QString() << u"REF: A) LIMA 12 B) LIMA 40"_s;
        QTest::newRow("glued REFS") << u"SUBJECT: FLOODS IN THE NORTH REFS: LIMA 12"_s << floods << QString()
                                    << u"REFS: LIMA 12"_s;
        QTest::newRow("glued Ref:") << u"Subject: Floods in the North Ref: Lima 12"_s << u"Floods in the North"_s
                                    << QString() << u"Ref: Lima 12"_s;
        QTest::newRow("glued action request")
            << u"SUBJECT: VISA FRAUD TRENDS This is an action request; see paragraph 5."_s << u"VISA FRAUD TRENDS"_s
            << QString() << u"This is an action request; see paragraph 5."_s;
        QTest::newRow("glued ACTION REQUEST") << u"SUBJECT: VISA FRAUD TRENDS ACTION REQUEST: SEE PARA 5"_s
                                              << u"VISA FRAUD TRENDS"_s << QString() << u"ACTION REQUEST: SEE PARA 5"_s;
        QTest::newRow("glued Classified By")
            << u"SUBJECT: FLOODS IN THE NORTH Classified By: Ambassador A. Person, reasons 1.4 (b)"_s << floods
            << QString() << u"Classified By: Ambassador A. Person, reasons 1.4 (b)"_s;
        QTest::newRow("glued CLASSIFIED BY") << u"SUBJECT: FLOODS CLASSIFIED BY: A. PERSON"_s << u"FLOODS"_s
                                             << QString() << u"CLASSIFIED BY: A. PERSON"_s;
        QTest::newRow("glued first paragraph") << u"SUBJECT: FLOODS IN THE NORTH 1. (C) Summary: Rains fell."_s
                                               << floods << QString() << u"1. (C) Summary: Rains fell."_s;
        QTest::newRow("glued TAGS") << u"SUBJECT: FLOODS IN THE NORTH TAGS: PGOV PREL"_s << floods << QString()
                                    << u"TAGS: PGOV PREL"_s;
        QTest::newRow("glued after wrap")
            << u"SUBJECT: FLOODS IN THE\nNORTH REF: LIMA 12"_s << floods << QString() << u"REF: LIMA 12"_s;
        QTest::newRow("mark and glued REF")
            << u"SUBJECT: (C) FLOODS IN THE NORTH REF: LIMA 12"_s << floods << u"C"_s << u"REF: LIMA 12"_s;
        // What only looks like a keyword stays.
        QTest::newRow("REF inside a word")
            << u"SUBJECT: NEW REFERENDUM LAW"_s << u"NEW REFERENDUM LAW"_s << QString() << QString();
        QTest::newRow("reference without colon")
            << u"SUBJECT: REFERENCE POINTS FOR TALKS"_s << u"REFERENCE POINTS FOR TALKS"_s << QString() << QString();
        QTest::newRow("tags in prose") << u"SUBJECT: PRICE TAGS RISE"_s << u"PRICE TAGS RISE"_s << QString()
                                       << QString();
        QTest::newRow("numbers") << u"SUBJECT: 1.4 BILLION FOR 1. ROUND"_s << u"1.4 BILLION FOR 1. ROUND"_s << QString()
                                 << QString();
        QTest::newRow("prefix kept") << u"SUBJECT: CORRECTED COPY: PAKISTAN: FIXING COALITION SUPPORT"_s
                                     << u"CORRECTED COPY: PAKISTAN: FIXING COALITION SUPPORT"_s << QString()
                                     << QString();
        QTest::newRow("numbered series kept") << u"SUBJECT: MGLE01: AMBASSADOR'S MEETING"_s
                                              << u"MGLE01: AMBASSADOR'S MEETING"_s << QString() << QString();
        QTest::newRow("quotes") << u"SUBJECT: KAZAKHSTAN: \"MOSCOW WANTS YOU TO FAIL\""_s
                                << u"KAZAKHSTAN: \"MOSCOW WANTS YOU TO FAIL\""_s << QString() << QString();
        QTest::newRow("dash inside kept") << u"SUBJECT: U.S.-RUSSIA TALKS -- A NEW START"_s
                                          << u"U.S.-RUSSIA TALKS -- A NEW START"_s << QString() << QString();
        QTest::newRow("mark after") << u"SUBJECT: DEMARCHE ON ARMS SALES (C)"_s << u"DEMARCHE ON ARMS SALES"_s << u"C"_s
                                    << QString();
        QTest::newRow("title in brackets kept")
            << u"SUBJECT: TALKS (PART 2 OF 3)"_s << u"TALKS (PART 2 OF 3)"_s << QString() << QString();
        QTest::newRow("abbreviation kept")
            << u"SUBJECT: LETTER OF REQUEST (LOR)"_s << u"LETTER OF REQUEST (LOR)"_s << QString() << QString();
        QTest::newRow("handling notice") << u"SUBJECT: ETHANOL TALKS SENSITIVE BUT UNCLASSIFIED--PLEASE PROTECT"_s
                                         << u"ETHANOL TALKS"_s << QString()
                                         << u"SENSITIVE BUT UNCLASSIFIED--PLEASE PROTECT"_s;
        QTest::newRow("glued banner")
            << u"SUBJECT: A STORY IN ...C O N F I D E N T I A L SECTION 01 OF 03 YEREVAN 001019"_s
            << u"A STORY IN ..."_s << QString() << u"C O N F I D E N T I A L SECTION 01 OF 03 YEREVAN 001019"_s;
        QTest::newRow("glued REF without a space") << u"SUBJECT: MISSING AMCITREF: ISLAMABAD 21906"_s
                                                   << u"MISSING AMCIT"_s << QString() << u"REF: ISLAMABAD 21906"_s;
        QTest::newRow("empty") << u"SUBJECT:"_s << QString() << QString() << QString();
    }

    void forms()
    {
        QFETCH(QString, text);
        QFETCH(QString, subject);
        QFETCH(QString, mark);
        QFETCH(QString, glued);
        const SubjectReader::Result r = SubjectReader::read(text);
        QCOMPARE(r.subject, subject);
        QCOMPARE(r.mark, mark);
        QCOMPARE(r.glued, glued);
    }

    void removedPartsAreReported()
    {
        const SubjectReader::Result r =
            SubjectReader::read(u"SUBJECT: PRESIDENT MEETS\nLIMA 00000123 002 OF 003\n------ OPPOSITION"_s);
        QCOMPARE(r.subject, u"PRESIDENT MEETS OPPOSITION"_s);
        QCOMPARE(r.removed, (QStringList { u"LIMA 00000123 002 OF 003"_s, u"------"_s }));
    }
};

QTEST_GUILESS_MAIN(TestSubjectReader)
#include "tst_subjectreader.moc"
