// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cablecodec.h"

#include "cablecompare.h"
#include "cableparser.h"
#include "documentparser.h"
#include "preparedcable.h"
#include "releasecsvreader.h"
#include "testdata.h"

#include <QBuffer>
#include <QDataStream>
#include <QDir>
#include <QTest>

using namespace Reftel;
using Reftel::Testing::difference;

namespace
{
QDateTime utc(int day, int hour)
{
    return QDateTime(QDate(2009, 2, day), QTime(hour, 16, 5), QTimeZone::UTC);
}

// A cable with every field set, none to its default, lists of two.
Cable everyField()
{
    Cable c;
    c.id = QStringLiteral("09ASTANA253");
    c.created = utc(12, 5);
    c.createdCorrected = true;
    c.released = utc(20, 9);
    c.classification = QStringLiteral("CONFIDENTIAL//NOFORN");
    c.origin = QStringLiteral("Embassy Astana");
    c.title = QStringLiteral("KAZAKHSTAN: MANAS");
    c.format = SourceFormat::HtmlPage;
    c.sourceName = QStringLiteral("pages/09ASTANA253.html");

    Routing &r = c.routing;
    r.transmissionId = QStringLiteral("VZCZCXRO9782");
    r.precedenceLetter = QStringLiteral("O");
    r.precedenceName = QStringLiteral("IMMEDIATE");
    r.relayStations = { QStringLiteral("RUEHDBU"), QStringLiteral("RUEHLH") };
    r.sendingStation = QStringLiteral("RUEHTA");
    r.stationSerial = QStringLiteral("0253");
    r.section = 1;
    r.julianDateTime = QStringLiteral("0430516");
    r.classificationCode = QStringLiteral("CCCCC");
    r.dateTimeGroupText = QStringLiteral("120516Z FEB 09");
    r.dateTimeGroup = utc(12, 5);
    r.retransmission = true;
    r.from = QStringLiteral("AMEMBASSY ASTANA");
    r.to = { { QStringLiteral("RUEHC"), QStringLiteral("SECSTATE WASHDC"), QStringLiteral("IMMEDIATE"),
                 QStringLiteral("4590") },
        { QStringLiteral("RUEHBUL"), QStringLiteral("AMEMBASSY KABUL"), QStringLiteral("PRIORITY"),
            QStringLiteral("0040") } };
    r.info = { { QStringLiteral("RUEHXX"), QStringLiteral("ALL EUROPEAN UNION"), QStringLiteral("ROUTINE"), QString() },
        { QStringLiteral("RHMFISS"), QStringLiteral("CDR USCENTCOM"), QString(), QStringLiteral("1") } };

    c.banner = { QStringLiteral("C O N F I D E N T I A L SECTION 01 OF 02 ASTANA 000253"),
        QStringLiteral("CONFIDENTIAL"), { QStringLiteral("NOFORN"), QStringLiteral("SIPDIS") }, 1, 2,
        QStringLiteral("ASTANA"), QStringLiteral("000253") };
    c.caveats = { QStringLiteral("SIPDIS"), QStringLiteral("NOFORN") };
    c.passingInstructions = { QStringLiteral("STATE FOR P"), QStringLiteral("SCA/CEN") };
    c.declassification = QStringLiteral("02/12/2019");
    c.declassifyOn = QDate(2019, 2, 12);
    c.subjectTags = { { QStringLiteral("PGOV"), QStringLiteral("Internal Governmental Affairs"), TagInfo::Kind::Subject,
                          QString() },
        { QStringLiteral("ZZZQ"), QString(), TagInfo::Kind::Unknown, QStringLiteral("zzzq") } };
    c.countryTags = { { QStringLiteral("KZ"), QStringLiteral("Kazakhstan"), TagInfo::Kind::Country,
                          QStringLiteral("kz") },
        { QStringLiteral("OSCE"), QStringLiteral("OSCE"), TagInfo::Kind::Organization, QString() } };
    c.subject = QStringLiteral("KAZAKHSTAN: THE MANAS AIR BASE, ÉTÉ “QUOTED”");
    c.subjectMark = QStringLiteral("C");
    c.references = { { QStringLiteral("A"), QStringLiteral("09ASTANA0123"), QStringLiteral("09ASTANA123"), QString() },
        { QStringLiteral("B"), QStringLiteral("EMAIL OF 2/3"), QString(), QStringLiteral("A TITLE") } };
    c.releaseReferences = { QStringLiteral("09ASTANA123"), QStringLiteral("08STATE9") };
    c.classifiedBy = { QStringLiteral("Classified By: Ambassador Richard E. Hoagland: 1.4 (B),(D)"),
        QStringLiteral("Richard E. Hoagland"), QStringLiteral("Ambassador"),
        { QStringLiteral("1.4 (B)"), QStringLiteral("1.4 (D)") } };

    Paragraph numbered;
    numbered.number = 1;
    numbered.anchor = QStringLiteral("09ASTANA253¶1");
    numbered.mark = QStringLiteral("C");
    numbered.text = QStringLiteral("SUMMARY: As reftel A says, refs A and B agree. END SUMMARY.");
    numbered.citations = { { 10, 8, { QStringLiteral("A") }, { 0 } },
        { 21, 13, { QStringLiteral("A"), QStringLiteral("B") }, { 0, 1 } } };
    numbered.spans = { { TextSpan::Kind::Summary, 0, 60, true }, { TextSpan::Kind::Note, 3, 4, false } };
    Paragraph unnumbered;
    unnumbered.anchor = QStringLiteral("09ASTANA253¶u1");
    unnumbered.text = QStringLiteral("HOAGLAND");
    unnumbered.spans = { { TextSpan::Kind::Comment, 1, 2, false }, { TextSpan::Kind::Summary, 0, 1, true } };
    c.sections = { { QString(), { numbered, unnumbered } }, { QStringLiteral("COMMENT"), { unnumbered, numbered } } };
    c.signature = QStringLiteral("HOAGLAND");
    c.dedup = { { DedupEntry::Kind::PageMarker, DedupEntry::In::Telegram, 120, 28,
                    QStringLiteral("ASTANA 00000253 002 OF 002") },
        { DedupEntry::Kind::MetadataDump, DedupEntry::In::Document, 0, 44, QStringLiteral("header ends") } };
    c.warnings = { { ParseWarning::Kind::UnknownTag, QStringLiteral("unknown tag ZZZQ"), 77 },
        { ParseWarning::Kind::TruncatedText, QStringLiteral("cut short"), -1 } };

    c.documentText = QStringLiteral("<html>… the page … VZCZCXRO9782 the telegram</html>");
    c.originalBytes = c.documentText.toUtf8();
    c.telegramOffset = c.documentText.indexOf(u"VZCZC");
    c.telegram = c.documentText.sliced(c.telegramOffset, 25);
    c.parserVersion = ParserVersion + 7;
    return c;
}

QByteArray encode(const PreparedCable &prepared)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    CableCodec::setUp(out);
    CableCodec::write(out, prepared);
    return bytes;
}

bool decode(const QByteArray &bytes, PreparedCable *prepared)
{
    QDataStream in(bytes);
    CableCodec::setUp(in);
    return CableCodec::read(in, prepared) && in.atEnd();
}
}

class TestCableCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Which texts are left out depends on what the store can make again:
    // each combination comes back whole.
    void everyFieldComesBack_data()
    {
        QTest::addColumn<bool>("decoded");
        QTest::addColumn<bool>("slice");
        QTest::addColumn<bool>("rebuilt");
        QTest::newRow("document as UTF-8, telegram a slice") << true << true << false;
        QTest::newRow("document decoded otherwise") << false << true << false;
        QTest::newRow("telegram rebuilt from the row") << true << false << true;
        QTest::newRow("every text written") << false << false << false;
    }

    void everyFieldComesBack()
    {
        QFETCH(bool, decoded);
        QFETCH(bool, slice);
        QFETCH(bool, rebuilt);
        PreparedCable prepared;
        prepared.cable = everyField();
        if (!decoded) // Latin-1 bytes: the text is not their UTF-8 reading
            prepared.cable.originalBytes = prepared.cable.documentText.toLatin1();
        if (!slice)
            prepared.cable.telegram = QStringLiteral("VZCZC rebuilt, not a slice");
        prepared.digest = PreparedCable::digestOf(prepared.cable.originalBytes);
        prepared.documentIsDecoded = decoded;
        prepared.telegramIsSlice = slice;
        prepared.telegramIsRebuilt = rebuilt;

        PreparedCable back;
        QVERIFY(decode(encode(prepared), &back));
        QCOMPARE(difference(back, prepared), QString());
    }

    // Cables hold UTC times, but a time comes back as it was written, in
    // whatever way it is expressed, or as invalid.
    void timesComeBackAsTheyWere_data()
    {
        QTest::addColumn<QDateTime>("time");
        const QDateTime utcTime = utc(12, 5);
        QTest::newRow("UTC") << utcTime;
        QTest::newRow("offset") << utcTime.toTimeZone(QTimeZone::fromSecondsAheadOfUtc(5 * 3600));
        QTest::newRow("local") << utcTime.toLocalTime();
        QTest::newRow("zone") << utcTime.toTimeZone(QTimeZone("Asia/Almaty"));
        QTest::newRow("invalid") << QDateTime();
    }

    void timesComeBackAsTheyWere()
    {
        QFETCH(QDateTime, time);
        PreparedCable prepared;
        prepared.cable = everyField();
        prepared.cable.created = time;
        PreparedCable back;
        QVERIFY(decode(encode(prepared), &back));
        QCOMPARE(back.cable.created, time);
        QCOMPARE(back.cable.created.timeRepresentation(), time.timeRepresentation());
    }

    // What the store's own checks find in real inputs comes back as it was:
    // every page of the fixtures, and rows of the release CSV.
    void parsedFixturesComeBack_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(REFTEL_TEST_DATA_DIR "/parser"));
        for (const QString &name : dir.entryList(QDir::Files))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    void parsedFixturesComeBack()
    {
        QFETCH(QString, file);
        QFile input(file);
        QVERIFY(input.open(QIODevice::ReadOnly));
        QList<Cable> cables;
        if (file.endsWith(QLatin1String(".csv"))) {
            ReleaseCsvReader reader(&input, file);
            RawCable raw;
            while (reader.readNext(&raw))
                cables << CableParser::parse(raw);
        } else {
            cables = DocumentParser::parse(input.readAll(), file);
        }
        QVERIFY(!cables.isEmpty());
        for (const Cable &cable : std::as_const(cables)) {
            const PreparedCable prepared = PreparedCable::prepare(cable);
            PreparedCable back;
            QVERIFY(decode(encode(prepared), &back));
            QCOMPARE(difference(back, prepared), QString());
        }
    }

    // A parser process that died mid-write, or wrote garbage: refused, never
    // a crash or an allocation of whatever size a count says.
    void cutOrCorruptBytesAreRefused()
    {
        PreparedCable prepared;
        prepared.cable = everyField();
        prepared.documentIsDecoded = true;
        prepared.telegramIsSlice = true;
        const QByteArray bytes = encode(prepared);
        for (qsizetype cut = 0; cut < bytes.size(); ++cut) {
            PreparedCable back;
            QVERIFY2(!decode(bytes.first(cut), &back), qPrintable(QString::number(cut)));
        }
        // Every single byte set to 0xff in turn: a huge count, an enum out of
        // range, a length past the end. Refused or read; never a crash.
        qsizetype refused = 0;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            QByteArray corrupt = bytes;
            corrupt[i] = char(0xff);
            PreparedCable back;
            if (!decode(corrupt, &back))
                ++refused;
        }
        QVERIFY(refused > 0);
    }

    void sliceOutsideTheDocumentIsRefused()
    {
        PreparedCable prepared;
        prepared.cable = everyField();
        prepared.documentIsDecoded = true;
        prepared.telegramIsSlice = true;
        prepared.cable.telegramOffset = prepared.cable.documentText.size() - 3;
        prepared.cable.telegram = QStringLiteral("longer than what is left");
        PreparedCable back;
        QVERIFY(!decode(encode(prepared), &back));
    }
};

QTEST_GUILESS_MAIN(TestCableCodec)
#include "tst_cablecodec.moc"
