// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parserfixtures.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// Parsing is total: random and mutated inputs never crash or hang.
class TestCableFuzz final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mutatedInputs()
    {
        QList<QByteArray> corpus;
        for (const QString &f : ParserFixtures::seeds())
            corpus.append(ParserFixtures::bytes(f));
        for (const QString &f : {u"10ASTANA72.html"_s, u"00HARARE5461.html"_s, u"02ROME1196.html"_s, u"cables-sample.csv"_s})
            corpus.append(ParserFixtures::bytes(f));
        for (const QByteArray &b : std::as_const(corpus))
            QVERIFY(!b.isEmpty());

        // REFTEL_FUZZ_SEED and REFTEL_FUZZ_ROUNDS run a longer or different campaign by hand.
        QRandomGenerator rng(qEnvironmentVariableIsSet("REFTEL_FUZZ_SEED") ? quint32(qEnvironmentVariableIntValue("REFTEL_FUZZ_SEED"))
                                                                          : 20261123u);
        QElapsedTimer timer;
        timer.start();
        const int Rounds = std::max(10000, qEnvironmentVariableIntValue("REFTEL_FUZZ_ROUNDS"));
        qsizetype parsed = 0;
        for (int round = 0; round < Rounds; ++round) {
            QByteArray input = corpus[rng.bounded(int(corpus.size()))];
            switch (round % 6) {
            case 0: // truncation
                input.truncate(rng.bounded(int(input.size()) + 1));
                break;
            case 1: { // shuffled lines
                QList<QByteArray> lines = input.split('\n');
                for (qsizetype i = lines.size() - 1; i > 0; --i)
                    lines.swapItemsAt(i, rng.bounded(int(i + 1)));
                input = lines.join('\n');
                break;
            }
            case 2: // binary noise
                for (int k = 0; k < 50; ++k)
                    input[rng.bounded(int(input.size()))] = char(rng.bounded(256));
                break;
            case 3: { // pure random bytes
                input.resize(rng.bounded(4096));
                for (char &c : input)
                    c = char(rng.bounded(256));
                break;
            }
            case 4: { // printable noise with telegram keywords
                static const QByteArray Words[] = {"REF:", "A.", "1.", "(C)", "SUBJECT:", "TAGS:", "C O N F I D E N T I A L", "SECTION",
                                                   "ASTANA 00000253 002 OF 002", "PAGE 02", "&#", "x000A;", "\n", "\n\n", "VZCZC",
                                                   "FM", "TO", "INFO", "HOAGLAND", "reftel A", "END COMMENT.", "id: 1", "header ends"};
                input.clear();
                for (int k = rng.bounded(400); k > 0; --k)
                    input += Words[rng.bounded(int(std::size(Words)))] + ' ';
                break;
            }
            default: { // spliced halves of two documents
                const QByteArray &other = corpus[rng.bounded(int(corpus.size()))];
                input = input.first(rng.bounded(int(input.size()) + 1)) + other.sliced(rng.bounded(int(other.size()) + 1));
                break;
            }
            }
            QString error;
            const QList<Cable> cables = CableParser::parseDocument(input, u"fuzz-%1"_s.arg(round), &error);
            QVERIFY(!cables.isEmpty() || !error.isEmpty());
            if (!error.isEmpty())
                QVERIFY2(error.startsWith(u"fuzz-%1"_s.arg(round)), qPrintable(error));
            parsed += cables.size();
        }
        qInfo("%d inputs, %lld cables, %lld ms", Rounds, qlonglong(parsed), qlonglong(timer.elapsed()));
    }
};

QTEST_GUILESS_MAIN(TestCableFuzz)
#include "tst_cablefuzz.moc"
