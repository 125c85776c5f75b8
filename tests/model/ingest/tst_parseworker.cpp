// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parseworker.h"

#include "jobparser.h"
#include "parseprotocol.h"
#include "samplecables.h"

#include <QTest>

#include <future>
#include <unistd.h>

using namespace Reftel;

namespace
{
// The parser's loop on pipes, as a parser process runs it: what it answers
// to what it is sent, and its exit code.
struct Served
{
    int code = -1;
    QByteArray output;
};

Served serve(const QByteArray &input)
{
    int in[2];
    int out[2];
    if (::pipe(in) != 0 || ::pipe(out) != 0)
        qFatal("no pipe");
    auto loop = std::async(std::launch::async, [&] {
        const int code = ParseWorker::serve(in[0], out[1], &JobParser::parse);
        ::close(out[1]);
        return code;
    });
    auto feed = std::async(std::launch::async, [&] {
        for (qsizetype done = 0; done < input.size();) {
            const ssize_t put = ::write(in[1], input.constData() + done, size_t(input.size() - done));
            if (put <= 0)
                break;
            done += put;
        }
        ::close(in[1]);
    });
    Served served;
    char buffer[65536];
    ssize_t got = 0;
    while ((got = ::read(out[0], buffer, sizeof buffer)) > 0)
        served.output.append(buffer, got);
    feed.wait();
    served.code = loop.get();
    ::close(in[0]);
    ::close(out[0]);
    return served;
}

QList<QByteArray> messages(QByteArray output)
{
    QList<QByteArray> found;
    while (output.size() >= ParseProtocol::HeaderSize) {
        const qsizetype length = ParseProtocol::messageLength(output.constData());
        if (length < 0 || output.size() < ParseProtocol::HeaderSize + length)
            break;
        found << output.sliced(ParseProtocol::HeaderSize, length);
        output.remove(0, ParseProtocol::HeaderSize + length);
    }
    return found;
}

ParseJob sampleJob(const QString &path)
{
    ParseJob job;
    job.kind = ParseJob::Kind::Bytes;
    job.source = path;
    job.bytes = SampleCables::contents(path);
    job.size = job.bytes.size();
    return job;
}
}

class TestParseWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Hello first, then one result per job of each batch, in order; the end
    // of the input ends it cleanly.
    void answersEveryJobInOrder()
    {
        const QStringList paths = SampleCables::paths();
        ParseJob nothing;
        nothing.kind = ParseJob::Kind::Bytes;
        nothing.source = QStringLiteral("empty.txt");
        const Served served = serve(ParseProtocol::batch({ sampleJob(paths.at(0)), nothing })
            + ParseProtocol::batch({ sampleJob(paths.at(1)) }));
        QCOMPARE(served.code, 0);
        const QList<QByteArray> answers = messages(served.output);
        QCOMPARE(answers.size(), 4);
        QCOMPARE(ParseProtocol::checkHello(answers.at(0)), QString());
        ParseResult first, second, third;
        QVERIFY(ParseProtocol::readResult(answers.at(1), &first));
        QVERIFY(ParseProtocol::readResult(answers.at(2), &second));
        QVERIFY(ParseProtocol::readResult(answers.at(3), &third));
        QCOMPARE(first.path, paths.at(0));
        QCOMPARE(first.cables.size(), 1);
        QCOMPARE(second.path, QStringLiteral("empty.txt"));
        QVERIFY(second.error.contains(QStringLiteral("empty.txt")));
        QCOMPARE(third.path, paths.at(1));
        QCOMPARE(third.cables.size(), 1);
    }

    // What is not a batch, or a batch cut short, ends the loop with 1
    // after the hello: the import sees the process end and replaces it.
    void stopsAtWhatIsNotTheProtocol_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("text") << QByteArrayLiteral("import these files please\n");
        QTest::newRow("cut batch") << ParseProtocol::batch({ sampleJob(SampleCables::paths().first()) }).first(100);
        QTest::newRow("a hello") << ParseProtocol::hello();
    }

    void stopsAtWhatIsNotTheProtocol()
    {
        QFETCH(QByteArray, input);
        const Served served = serve(input);
        QCOMPARE(served.code, 1);
        QCOMPARE(messages(served.output).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestParseWorker)
#include "tst_parseworker.moc"
