// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cabledocumentreader.h"
#include "parserfixtures.h"
#include "releasecsvreader.h"
#include "syntheticcsv.h"
#include "textdecoder.h"

#include <QBuffer>
#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// Readers: the form is detected from the content, metadata comes from the page.
class TestCableReaders final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsForm_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<SourceFormat>("format");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("classification");
        QTest::addColumn<QString>("origin");
        const QStringList s = ParserFixtures::seeds();
        QTest::newRow("000") << s[0] << SourceFormat::SearchPage << u"09ASTANA253"_s << u"CONFIDENTIAL"_s
                             << u"Embassy Astana"_s;
        QTest::newRow("001") << s[1] << SourceFormat::SearchPage << u"09ASTANA1399"_s << u"CONFIDENTIAL"_s
                             << u"Embassy Astana"_s;
        QTest::newRow("002") << s[2] << SourceFormat::BlogPage << u"09ASTANA478"_s << u"CONFIDENTIAL"_s
                             << u"Embassy Astana"_s;
        QTest::newRow("003") << s[3] << SourceFormat::BlogPage << u"09ASTANA713"_s << u"CONFIDENTIAL"_s
                             << u"Embassy Astana"_s;
        QTest::newRow("004") << s[4] << SourceFormat::SearchPageFlattened << u"09ASTANA714"_s << u"CONFIDENTIAL"_s
                             << u"Embassy Astana"_s;
        QTest::newRow("html") << u"10ASTANA72.html"_s << SourceFormat::HtmlPage << u"10ASTANA72"_s << u"SECRET"_s
                              << u"Embassy Astana"_s;
    }

    void detectsForm()
    {
        QFETCH(QString, file);
        QFETCH(SourceFormat, format);
        QFETCH(QString, id);
        QFETCH(QString, classification);
        QFETCH(QString, origin);
        const QByteArray bytes = ParserFixtures::bytes(file);
        // The file name says nothing: the form comes from the content.
        const ReadResult r = CableDocumentReader::read(bytes, u"renamed.bin"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.cables.size(), 1);
        const Cable c = CableParser::parse(r.cables.front());
        QCOMPARE(c.format, format);
        QCOMPARE(c.id, id);
        QCOMPARE(c.classification, classification);
        QCOMPARE(c.origin, origin);
        QCOMPARE(c.originalBytes, bytes);
        QVERIFY(!c.title.isEmpty());
        QVERIFY2(!c.title.contains(QChar(0x00A0)), qPrintable(c.title));
    }

    // The blog row with a classification holding spaces and an origin of several words.
    void blogRowWithLongClassification()
    {
        const QString page =
            u"09USUNNEWYORK345, UN: A TITLE\n\nWikiLeaks Link\n"
            "Reference ID Created Released Classification Origin\n"
            "09USUNNEWYORK345 2009-04-01 15:30 2011-08-30 01:44 UNCLASSIFIED//FOR OFFICIAL USE ONLY Mission USUN New "
            "York\n\n"
            "UNCLAS SECTION 01 OF 02 USUN NEW YORK 000345\n\nSUBJECT: UN: A TITLE\n\n1. (U//FOUO) Text.\n\nRICE\n"
            "Wikileaks\nLeave a Reply\n"_s;
        const Cable c = ParserFixtures::parseText(page);
        QCOMPARE(c.format, SourceFormat::BlogPage);
        QCOMPARE(c.id, u"09USUNNEWYORK345"_s);
        QCOMPARE(c.classification, u"UNCLASSIFIED//FOR OFFICIAL USE ONLY"_s);
        QCOMPARE(c.origin, u"Mission USUN New York"_s);
        QCOMPARE(c.created, QDateTime(QDate(2009, 4, 1), QTime(15, 30), QTimeZone::UTC));
        QCOMPARE(c.released, QDateTime(QDate(2011, 8, 30), QTime(1, 44), QTimeZone::UTC));
        QCOMPARE(c.title, u"UN: A TITLE"_s);
        QCOMPARE(c.signature, u"RICE"_s);
        QCOMPARE(c.paragraphs().front()->mark, u"U//FOUO"_s);
    }

    void bareTelegramFromTheBanner()
    {
        const Cable seed = ParserFixtures::parseFile(ParserFixtures::seeds()[0]);
        const QString bare = seed.telegram;
        const Cable c = ParserFixtures::parseText(bare);
        QCOMPARE(c.format, SourceFormat::BareTelegram);
        QCOMPARE(c.id, u"09ASTANA253"_s); // built from the banner's post and serial
        QCOMPARE(c.paragraphCount(), 11);
        QCOMPARE(c.origin, u"Embassy Astana"_s); // from FM AMEMBASSY ASTANA
        QCOMPARE(c.classification, u"CONFIDENTIAL"_s);
    }

    void errorsNameTheFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        QTest::newRow("prose") << QByteArray("Dear diary,\nnothing happened today.\n");
    }

    void errorsNameTheFile()
    {
        QFETCH(QByteArray, bytes);
        const ReadResult r = CableDocumentReader::read(bytes, u"holiday.png"_s);
        QVERIFY(!r.ok());
        QVERIFY(r.error.startsWith(u"holiday.png: "_s));
        QVERIFY(r.cables.isEmpty());
    }

    void decodesLegacyEncodings()
    {
        // Windows-1252 curly quotes and a Latin-1 e-acute, no mojibake.
        const QByteArray cp1252("He said \x93yes\x94 to the caf\xe9.");
        QCOMPARE(TextDecoder::decode(cp1252).text, u"He said \u201Cyes\u201D to the caf\u00E9."_s);
        QCOMPARE(TextDecoder::decode(QByteArray("caf\xc3\xa9")).text, u"caf\u00E9"_s);
        // UTF-8 read once as Windows-1252 and saved again.
        QCOMPARE(TextDecoder::decode(QByteArray("it\xc3\xa2\xe2\x82\xac\xe2\x84\xa2s")).text, u"it\u2019s"_s);
    }

    void streamsReleaseCsv()
    {
        QByteArray data = ParserFixtures::bytes(u"cables-sample.csv"_s);
        QVERIFY(!data.isEmpty());
        // A third row with doubled quotes and a field holding newlines.
        data += "\"3\",\"1/2/2009 10:00\",\"09ASTANA1\",\"Embassy Astana\",\"UNCLASSIFIED\",\"08STATE1|09ASTANA2\",\"R "
                "021000Z JAN 09\nFM AMEMBASSY ASTANA\","
                "\"UNCLAS ASTANA 000001\n\nSUBJECT: A \"\"QUOTED\"\" TEST\n\n1. (U) Text \\\"here\\\".\n\nHOAGLAND\"\n";
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        ReleaseCsvReader reader(&buffer, u"cables.csv"_s);
        QList<RawCable> rows;
        RawCable raw;
        qint64 lastBytes = 0;
        while (reader.readNext(&raw)) {
            QVERIFY(reader.bytesRead() > lastBytes);
            lastBytes = reader.bytesRead();
            rows.append(raw);
        }
        QVERIFY2(reader.errorString().isEmpty(), qPrintable(reader.errorString()));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(reader.bytesRead(), qint64(data.size()));
        QCOMPARE(rows[0].id, u"66BUENOSAIRES2481"_s);
        QCOMPARE(rows[0].releaseReferences, QStringList { u"66STATE106206"_s });
        QCOMPARE(rows[0].created, QDateTime(QDate(1966, 12, 28), QTime(18, 48), QTimeZone::UTC));
        QVERIFY(rows[0].telegram.contains(u"\"EPICONTINENTAL SEA OUT TO 200 METER ISOBAR\""_s));
        // The release escapes apostrophes; the text shows them plain.
        QVERIFY(rows[0].telegram.contains(u"FONOFF LEGAL ADVISORS' QUALMS"_s));
        QVERIFY(rows[1].telegram.contains(u"SHAH'S INCREASING CONCERN"_s));
        QVERIFY(!rows[0].telegram.contains(u"\\'"_s));
        QVERIFY(!rows[1].telegram.contains(u"\\'"_s));
        const Cable c = CableParser::parse(rows[2]);
        QCOMPARE(c.subject, u"A \"QUOTED\" TEST"_s);
        QCOMPARE(c.releaseReferences, (QStringList { u"08STATE1"_s, u"09ASTANA2"_s }));
        QCOMPARE(c.paragraphs().front()->text, u"Text \"here\"."_s);
        QCOMPARE(c.signature, u"HOAGLAND"_s);
    }

    // A release-sized stream is read row by row: memory stays bounded.
    void csvStreamInConstantMemory()
    {
        // A sequential device that makes rows up as they are read.
        class RowSource final : public QIODevice
        {
        public:
            explicit RowSource(int rows)
                : m_rows(rows)
            {
                open(QIODevice::ReadOnly);
            }
            bool isSequential() const override { return true; }

        protected:
            qint64 readData(char *data, qint64 max) override
            {
                while (m_pending.size() < max && m_next < m_rows) {
                    ++m_next;
                    m_pending += "\"" + QByteArray::number(m_next) + "\",\"1/2/2009 10:00\",\"09ASTANA"
                        + QByteArray::number(m_next)
                        + "\",\"Embassy Astana\",\"UNCLASSIFIED\",\"\",\"R 021000Z JAN 09\nFM AMEMBASSY "
                          "ASTANA\",\"UNCLAS ASTANA "
                        + QByteArray::number(m_next) + "\n\nSUBJECT: ROW\n\n1. (U) " + QByteArray(2000, 'x')
                        + ".\n\nHOAGLAND\"\n";
                }
                const qint64 n = std::min<qint64>(max, m_pending.size());
                if (n == 0)
                    return -1;
                memcpy(data, m_pending.constData(), size_t(n));
                m_pending.remove(0, n);
                return n;
            }
            qint64 writeData(const char *, qint64) override { return -1; }

        private:
            int m_rows = 0;
            int m_next = 0;
            QByteArray m_pending;
        };

        RowSource source(5000);
        ReleaseCsvReader reader(&source, u"synthetic.csv"_s);
        RawCable raw;
        qsizetype maxBuffer = 0;
        qint64 rows = 0;
        while (reader.readNext(&raw)) {
            ++rows;
            maxBuffer = std::max(maxBuffer, reader.bufferedBytes());
        }
        QVERIFY2(reader.errorString().isEmpty(), qPrintable(reader.errorString()));
        QCOMPARE(rows, 5000);
        QCOMPARE(raw.id, u"09ASTANA5000"_s);
        QVERIFY(reader.bytesRead() > 10 * 1000 * 1000);
        QVERIFY2(maxBuffer < 1024 * 1024, qPrintable(QString::number(maxBuffer)));
    }

    void malformedCsvIsAnError()
    {
        QByteArray data("\"1\",\"12/28/1966 18:48\",\"66X1\",\"unterminated");
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        ReleaseCsvReader reader(&buffer, u"broken.csv"_s);
        RawCable raw;
        QVERIFY(!reader.readNext(&raw));
        QCOMPARE(reader.skippedRows().size(), 1);
        QCOMPARE(reader.skippedRows().constFirst().row, 1);
        QVERIFY(reader.skippedRows().constFirst().reason.startsWith(u"broken.csv: "_s));
        QVERIFY(reader.skippedRows().constFirst().reason.contains(u"row 1"_s));
    }

    // One bad row costs that row only: the reader goes on at the next line
    // that starts a row, and names the rows it skipped.
    void malformedRowIsSkipped_data()
    {
        QTest::addColumn<QByteArray>("damage"); // replaces the row's third field
        QTest::newRow("text after a closing quote") << QByteArray("\"66X\"oops\"");
        QTest::newRow("unclosed quote") << QByteArray("\"66X");
        QTest::newRow("too few fields") << QByteArray("\"66X\"\n");
    }

    void malformedRowIsSkipped()
    {
        QFETCH(QByteArray, damage);
        QByteArray data = Testing::syntheticCsv(300);
        const QByteArray id = "\"66BUENOSAIRES10100\"";
        const qsizetype at = data.indexOf(id);
        QVERIFY(at > 0);
        data.replace(at, id.size(), damage);
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        ReleaseCsvReader reader(&buffer, u"cables.csv"_s);
        RawCable raw;
        QStringList ids;
        QStringList sources;
        while (reader.readNext(&raw)) {
            ids << raw.id;
            sources << raw.sourceName;
        }
        QVERIFY2(reader.errorString().isEmpty(), qPrintable(reader.errorString()));
        QCOMPARE(ids.size(), 299);
        QVERIFY(!ids.contains(u"66BUENOSAIRES10100"_s));
        QCOMPARE(ids.at(98), u"66BUENOSAIRES10099"_s);
        QCOMPARE(ids.at(99), u"66BUENOSAIRES10101"_s);
        QCOMPARE(ids.constLast(), u"66BUENOSAIRES10300"_s);
        // The rows after keep their numbers: a re-import of a mended file
        // finds them under the same names.
        QCOMPARE(sources.at(99), u"cables.csv:101"_s);
        QCOMPARE(reader.skippedRows().size(), 1);
        QCOMPARE(reader.skippedRows().constFirst().row, 100);
        QVERIFY(reader.skippedRows().constFirst().reason.contains(u"row 100"_s));
        QCOMPARE(reader.rowsRead(), 300);
    }
};

QTEST_GUILESS_MAIN(TestCableReaders)
#include "tst_cablereaders.moc"
