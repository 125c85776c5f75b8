// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parseprotocol.h"

#include "cablecompare.h"
#include "jobparser.h"
#include "samplecables.h"

#include <QTest>
#include <QtEndian>

using namespace Reftel;

namespace
{
// The message of a frame, after checking that its header announces it whole.
QByteArray messageOf(const QByteArray &frame)
{
    if (frame.size() < ParseProtocol::HeaderSize
        || ParseProtocol::messageLength(frame.constData()) != frame.size() - ParseProtocol::HeaderSize)
        return {};
    return frame.sliced(ParseProtocol::HeaderSize);
}
}

class TestParseProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helloIsChecked()
    {
        QCOMPARE(ParseProtocol::checkHello(messageOf(ParseProtocol::hello())), QString());
        // Another program's output, or a helper of another version.
        QVERIFY(!ParseProtocol::checkHello("--serve --languages en\n").isEmpty());
        QByteArray other = messageOf(ParseProtocol::hello());
        other[5] = char(other[5] + 1); // the format version's low byte
        QVERIFY(ParseProtocol::checkHello(other).contains(QStringLiteral("another version")));
    }

    void framesAnnounceTheirLength()
    {
        char header[ParseProtocol::HeaderSize];
        qToLittleEndian(quint32(12), header);
        QCOMPARE(ParseProtocol::messageLength(header), qsizetype(12));
        qToLittleEndian(quint32(ParseProtocol::MaxFrameSize + 1), header);
        QCOMPARE(ParseProtocol::messageLength(header), qsizetype(-1));
    }

    void batchesComeBackWhole()
    {
        ParseJob file;
        file.source = QStringLiteral("/cables/09ASTANA253.txt");
        file.size = 4096;
        ParseJob bytes;
        bytes.kind = ParseJob::Kind::Bytes;
        bytes.source = QStringLiteral(":/samples/09ASTANA253.txt");
        bytes.bytes = SampleCables::contents(bytes.source);
        ParseJob row;
        row.kind = ParseJob::Kind::CsvRow;
        row.source = QStringLiteral("cables.csv:17");
        row.bytes = QByteArrayLiteral("\"17\",\"12/28/1966 18:48\",\"66BUENOSAIRES2481\"");
        const QList<ParseJob> jobs { file, bytes, row };

        QList<ParseJob> back;
        QVERIFY(ParseProtocol::readBatch(messageOf(ParseProtocol::batch(jobs)), &back));
        QCOMPARE(back.size(), 3);
        for (qsizetype i = 0; i < jobs.size(); ++i) {
            QCOMPARE(back.at(i).kind, jobs.at(i).kind);
            QCOMPARE(back.at(i).source, jobs.at(i).source);
            QCOMPARE(back.at(i).size, jobs.at(i).size);
            QCOMPARE(back.at(i).bytes, jobs.at(i).bytes);
        }
    }

    void resultsComeBackWhole()
    {
        ParseJob job;
        job.kind = ParseJob::Kind::Bytes;
        job.source = QStringLiteral(":/samples/09ASTANA253.txt");
        job.bytes = SampleCables::contents(job.source);
        job.size = job.bytes.size();
        const ParseResult parsed = JobParser::parse(job);
        QVERIFY(parsed.error.isEmpty());

        ParseResult back;
        QVERIFY(ParseProtocol::readResult(messageOf(ParseProtocol::result(parsed)), &back));
        QCOMPARE(back.path, parsed.path);
        QCOMPARE(back.size, parsed.size);
        QCOMPARE(back.digest, parsed.digest);
        QCOMPARE(back.error, QString());
        QCOMPARE(back.cables.size(), parsed.cables.size());
        QCOMPARE(Testing::difference(back.cables.first(), parsed.cables.first()), QString());

        ParseResult failed;
        failed.path = QStringLiteral("notes.txt");
        failed.error = QStringLiteral("notes.txt: no cable found in the file.");
        QVERIFY(ParseProtocol::readResult(messageOf(ParseProtocol::result(failed)), &back));
        QCOMPARE(back.error, failed.error);
        QVERIFY(back.cables.isEmpty());
    }

    // The wrong message, a cut one, one with bytes left over: refused.
    void otherMessagesAreRefused()
    {
        ParseJob job;
        job.source = QStringLiteral("a.txt");
        const QByteArray batch = messageOf(ParseProtocol::batch({ job }));
        ParseResult result;
        QVERIFY(!ParseProtocol::readResult(batch, &result));
        QList<ParseJob> jobs;
        QVERIFY(!ParseProtocol::readBatch(batch.first(batch.size() - 1), &jobs));
        QVERIFY(!ParseProtocol::readBatch(batch + '\0', &jobs));
        QVERIFY(ParseProtocol::readBatch(batch, &jobs));
    }
};

QTEST_GUILESS_MAIN(TestParseProtocol)
#include "tst_parseprotocol.moc"
