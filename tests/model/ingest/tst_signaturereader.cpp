// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parserfixtures.h"
#include "signaturereader.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// The signature in the forms cables end with (CABLE-FORMAT.md, "Signature"):
// alone on the last line or above trailing lines, two names, acting
// officers, mixed case, glued to the last sentence. Rows made up in the
// shape of real ones, each parsed as a whole short cable.
class TestSignatureReader final : public QObject
{
    Q_OBJECT

    static Cable parseEnding(const QString &ending)
    {
        return ParserFixtures::parseText(u"CONFIDENTIAL ROME 001234\n\nSUBJECT: TEST\n\n1. (C) The minister spoke.\n\n"
                                         "2. (C) He left early.\n"_s
            + ending);
    }

private Q_SLOTS:
    void endings_data()
    {
        QTest::addColumn<QString>("ending");
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QString>("lastText"); // how the last paragraph ends
        QTest::newRow("alone") << u"\nSMITH\n"_s << u"SMITH"_s << u"He left early."_s;
        QTest::newRow("no blank line") << u"SMITH\n"_s << u"SMITH"_s << u"He left early."_s;
        QTest::newRow("trailing spaces") << u"\nSMITH   \n\n\n"_s << u"SMITH"_s << u"He left early."_s;
        QTest::newRow("classification after") << u"\nSMITH\nCONFIDENTIAL\n"_s << u"SMITH"_s << u"He left early."_s;
        QTest::newRow("spaced classification after")
            << u"\nSMITH\n\nC O N F I D E N T I A L\n"_s << u"SMITH"_s << u"He left early."_s;
        QTest::newRow("caveat classification after")
            << u"\nSMITH\nCONFIDENTIAL//NOFORN\n"_s << u"SMITH"_s << u"He left early."_s;
        QTest::newRow("declassification stamp")
            << u"\nSMITH\n\nCONFIDENTIAL\n\nDeclassified/Released US Department of State EO Systematic Review 30 JUN 2006\n"_s
            << u"SMITH"_s << u"He left early."_s;
        QTest::newRow("end of message") << u"\nSMITH\nNNNN\n"_s << u"SMITH"_s << u"He left early."_s;
        QTest::newRow("site footer") << u"\nSMITH\n=======================CABLE ENDS============================\n"_s
                                     << u"SMITH"_s << u"He left early."_s;
        QTest::newRow("dots of a cut page") << u"\nSMITH\n...\n"_s << u"SMITH"_s << u"He left early."_s;
        QTest::newRow("redaction after") << u"\nSMITH\nXXXXXXXXXXXX\n"_s << u"SMITH"_s << u"He left early."_s;
        QTest::newRow("two names") << u"\nSMITH/JONES\n"_s << u"SMITH/JONES"_s << u"He left early."_s;
        QTest::newRow("acting") << u"\nSMITH, ACTING\n"_s << u"SMITH, ACTING"_s << u"He left early."_s;
        QTest::newRow("two words") << u"\nLA LIME\n"_s << u"LA LIME"_s << u"He left early."_s;
        QTest::newRow("hyphenated") << u"\nZUNIGA-BROWN\n"_s << u"ZUNIGA-BROWN"_s << u"He left early."_s;
        QTest::newRow("apostrophe") << u"\nO'NEILL\n"_s << u"O'NEILL"_s << u"He left early."_s;
        QTest::newRow("written twice") << u"\nCRETZ  CRETZ\n"_s << u"CRETZ"_s << u"He left early."_s;
        QTest::newRow("mixed case") << u"\nKelly\n"_s << u"Kelly"_s << u"He left early."_s;
        QTest::newRow("mixed case inner capital") << u"\nMcMullen\n"_s << u"McMullen"_s << u"He left early."_s;
        QTest::newRow("mixed case two words") << u"\nJohn Smith\n"_s << u"John Smith"_s << u"He left early."_s;
        QTest::newRow("mixed case above stamp") << u"\nKelly\nCONFIDENTIAL\n"_s << u"Kelly"_s << u"He left early."_s;
        QTest::newRow("leading space") << u"\n Cunningham\n"_s << u"Cunningham"_s << u"He left early."_s;
        QTest::newRow("continuation mark") << u"\nSMITH \\\n"_s << u"SMITH"_s << u"He left early."_s;
        // Pages made from a pasted CSV row: the field's closing quote, the dump's footer.
        QTest::newRow("closing quote") << u"\nMORIARTY \"\n"_s << u"MORIARTY"_s << u"He left early."_s;
        QTest::newRow("mixed case closing quote") << u"\nMartinez \"\n"_s << u"Martinez"_s << u"He left early."_s;
        QTest::newRow("dump footer") << u"\nHARDT\n\nNNNN\n\n2005VATICA00467 - Classification: CONFIDENTIAL\n"_s
                                     << u"HARDT"_s << u"He left early."_s;
        QTest::newRow("dump footer quoted")
            << u"\nSPOGLI\n\nNNNN\n\t2005ROME03081 - Classification: CONFIDENTIAL   \"\n"_s << u"SPOGLI"_s
            << u"He left early."_s;
        // Glued to the last sentence.
        QTest::newRow("glued") << u"The end. HOAGLAND\n"_s << u"HOAGLAND"_s << u"He left early. The end."_s;
        QTest::newRow("glued mixed case") << u"The end. Hoagland\n"_s << u"Hoagland"_s << u"He left early. The end."_s;
        QTest::newRow("glued after bracket")
            << u"(End comment.) HOAGLAND\n"_s << u"HOAGLAND"_s << u"He left early. (End comment.)"_s;
        QTest::newRow("glued with dots") << u"The end. OLSON..\n"_s << u"OLSON"_s << u"He left early. The end."_s;
        QTest::newRow("glued two names") << u"The end. SMITH/JONES\n"_s << u"SMITH/JONES"_s
                                         << u"He left early. The end."_s;
        QTest::newRow("glued after minimize")
            << u"The end. MINIMIZE CONSIDERED MURRAY .\n"_s << u"MURRAY"_s << u"He left early. The end."_s;
        QTest::newRow("glued after redaction")
            << u"Met XXXXXXXXXXXX MOLLER\n"_s << u"MOLLER"_s << u"He left early. Met XXXXXXXXXXXX"_s;
        // No signature.
        QTest::newRow("none") << QString() << QString() << u"He left early."_s;
        QTest::newRow("sentence") << u"\nThank you.\n"_s << QString() << u"Thank you."_s;
        QTest::newRow("end comment") << u"\nEND COMMENT\n"_s << QString() << u"END COMMENT"_s;
        QTest::newRow("word in the sentence")
            << u"They met in ROME\n"_s << QString() << u"He left early. They met in ROME"_s;
    }

    void endings()
    {
        QFETCH(QString, ending);
        QFETCH(QString, signature);
        QFETCH(QString, lastText);
        const Cable c = parseEnding(ending);
        QCOMPARE(c.signature, signature);
        QVERIFY(!c.paragraphs().isEmpty());
        QVERIFY2(c.paragraphs().back()->text.endsWith(lastText), qPrintable(c.paragraphs().back()->text));
    }

    // The same forms read from the last lines alone.
    void readEnding_data()
    {
        QTest::addColumn<QString>("ending");
        QTest::addColumn<QString>("signature");
        QTest::newRow("alone") << u"END COMMENT.\nHOAGLAND\n"_s << u"HOAGLAND"_s;
        QTest::newRow("above classification") << u"END COMMENT.\n\nHOAGLAND\n\nCONFIDENTIAL\n"_s << u"HOAGLAND"_s;
        QTest::newRow("above stamp")
            << u"in Astana.\nHOAGLAND\nDeclassified/Released US Department of State EO Systematic Review 30 JUN 2006\n"_s
            << u"HOAGLAND"_s;
        QTest::newRow("glued") << u"the minister left. HOAGLAND\n"_s << u"HOAGLAND"_s;
        QTest::newRow("two names") << u"End comment.\nSMITH/JONES\n"_s << u"SMITH/JONES"_s;
        QTest::newRow("acting") << u"End comment.\nSMITH, ACTING\n"_s << u"SMITH, ACTING"_s;
        QTest::newRow("mixed case") << u"End comment.\nHoagland\n"_s << u"Hoagland"_s;
        QTest::newRow("closing quote") << u"End comment.\n\nMORIARTY \"\n"_s << u"MORIARTY"_s;
        QTest::newRow("dump footer") << u"End comment.\nHARDT\nNNNN\n2005VATICA00467 - Classification: CONFIDENTIAL\n"_s
                                     << u"HARDT"_s;
        QTest::newRow("none") << u"the minister left.\n"_s << QString();
    }

    void readEnding()
    {
        QFETCH(QString, ending);
        QFETCH(QString, signature);
        QCOMPARE(SignatureReader::read(ending), signature);
    }

    void trailerLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("trailer");
        QTest::newRow("level") << u"SECRET"_s << true;
        QTest::newRow("stamp") << u"Declassified/Released US Department of State EO Systematic Review 30 JUN 2006"_s
                               << true;
        QTest::newRow("nnnn") << u"NNNN"_s << true;
        QTest::newRow("dump footer") << u"2005VATICA00467 - Classification: CONFIDENTIAL"_s << true;
        QTest::newRow("quote") << u"\""_s << true;
        QTest::newRow("id in text") << u"2005VATICA00467 - the cable we sent"_s << false;
        QTest::newRow("stars") << u"*****"_s << true;
        QTest::newRow("text") << u"The minister left."_s << false;
        QTest::newRow("name") << u"SMITH"_s << false;
    }

    void trailerLines()
    {
        QFETCH(QString, line);
        QFETCH(bool, trailer);
        QCOMPARE(SignatureReader::isTrailerLine(line), trailer);
    }
};

QTEST_GUILESS_MAIN(TestSignatureReader)
#include "tst_signaturereader.moc"
