// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cableinvariants.h"
#include "parserfixtures.h"
#include "testdata.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <functional>

using namespace Reftel;
using namespace Qt::StringLiterals;

// Parsing is total: every fixture under tests/data, broken the ways saved
// pages really break (cut short, lines lost or doubled, <pre> blocks out of
// order, paragraphs emptied, an odd last word) and then at random, parses
// without a crash or a hang, into cables whose ranges hold, or into an error
// that names the file. The long campaign is ./dev.sh fuzz (docs/robustness.md).
class TestCableFuzz final : public QObject
{
    Q_OBJECT

    struct Document
    {
        QString name;
        QByteArray bytes;
        // Where lines end: a WikiLeaks page writes its telegram's lines as
        // &#x000A; inside one or two <pre> lines.
        QByteArray separator;
    };
    using Emit = std::function<void(const QByteArray &variant, const QString &what)>;

    QList<Document> m_documents;

    static QList<QByteArray> splitLines(const Document &d)
    {
        if (d.separator == "\n")
            return d.bytes.split('\n');
        QList<QByteArray> out;
        qsizetype from = 0;
        qsizetype at = 0;
        while ((at = d.bytes.indexOf(d.separator, from)) >= 0) {
            out.append(d.bytes.sliced(from, at - from));
            from = at + d.separator.size();
        }
        out.append(d.bytes.sliced(from));
        return out;
    }

    static QByteArray join(const QList<QByteArray> &parts, const Document &d) { return parts.join(d.separator); }

    // The index of the last line that holds more than white space, or -1.
    static qsizetype lastTextLine(const QList<QByteArray> &ls, qsizetype before)
    {
        for (qsizetype k = std::min(before, ls.size()) - 1; k >= 0; --k) {
            if (!ls[k].trimmed().isEmpty())
                return k;
        }
        return -1;
    }

    // The spans between "<pre...>" and "</pre>", as [start, end) byte offsets.
    static QList<std::pair<qsizetype, qsizetype>> preBlocks(const QByteArray &page)
    {
        QList<std::pair<qsizetype, qsizetype>> blocks;
        qsizetype p = 0;
        while ((p = page.indexOf("<pre", p)) >= 0) {
            const qsizetype open = page.indexOf('>', p);
            const qsizetype close = open < 0 ? -1 : page.indexOf("</pre>", open);
            if (close < 0)
                break;
            blocks.append({ open + 1, close });
            p = close;
        }
        return blocks;
    }

    // Parses one variant; an empty string when all is well, else what broke.
    static QString check(const QByteArray &variant, const QString &name)
    {
        QString error;
        const QList<Cable> cables = DocumentParser::parse(variant, name, &error);
        if (cables.isEmpty() && !error.startsWith(name))
            return u"neither a cable nor an error naming the file: \""_s + error + u'"';
        for (const Cable &c : cables) {
            const QString broken = CableInvariants::broken(c);
            if (!broken.isEmpty())
                return broken;
        }
        return {};
    }

    static void replaceLastWord(QByteArray *line, const QByteArray &word)
    {
        QByteArray trimmed = *line;
        while (!trimmed.isEmpty() && (trimmed.back() == ' ' || trimmed.back() == '\r'))
            trimmed.chop(1);
        const qsizetype space = trimmed.lastIndexOf(' ');
        *line = trimmed.first(space + 1) + word;
    }

    static constexpr qsizetype Stride = 5;

    static void cutAfterEveryLine(const Document &d, const Emit &emit)
    {
        const QList<QByteArray> ls = splitLines(d);
        for (qsizetype k = 1; k < ls.size(); ++k)
            emit(join(ls.first(k), d), u"lines 0..%1"_s.arg(k));
    }

    // Every Stride-th line, from a different first line in each document.
    static void dropLines(const Document &d, const Emit &emit)
    {
        const QList<QByteArray> ls = splitLines(d);
        for (qsizetype k = d.name.size() % Stride; k < ls.size(); k += Stride) {
            QList<QByteArray> v = ls;
            v.removeAt(k);
            emit(join(v, d), u"without line %1"_s.arg(k));
        }
    }

    static void duplicateLines(const Document &d, const Emit &emit)
    {
        const QList<QByteArray> ls = splitLines(d);
        for (qsizetype k = (d.name.size() + 2) % Stride; k < ls.size(); k += Stride) {
            QList<QByteArray> v = ls;
            v.insert(k, ls[k]);
            emit(join(v, d), u"line %1 twice"_s.arg(k));
        }
    }

    static void rearrangePreBlocks(const Document &d, const Emit &emit)
    {
        const QList<std::pair<qsizetype, qsizetype>> blocks = preBlocks(d.bytes);
        for (qsizetype a = 0; a < blocks.size(); ++a) {
            const auto [as, ae] = blocks[a];
            const QByteArray inner = d.bytes.sliced(as, ae - as);
            QByteArray v = d.bytes;
            emit(v.replace(as, ae - as, QByteArray()), u"pre %1 empty"_s.arg(a));
            v = d.bytes;
            emit(v.insert(ae, inner), u"pre %1 twice"_s.arg(a));
            v = d.bytes;
            emit(v.remove(ae, 6), u"pre %1 unclosed"_s.arg(a));
            for (qsizetype b = a + 1; b < blocks.size(); ++b) {
                const auto [bs, be] = blocks[b];
                v = d.bytes;
                v.replace(bs, be - bs, inner); // b first: a's offsets stay valid
                v.replace(as, ae - as, d.bytes.sliced(bs, be - bs));
                emit(v, u"pre %1 and %2 swapped"_s.arg(a).arg(b));
                v = d.bytes;
                emit(v.remove(bs, be - bs), u"only pre %1"_s.arg(a));
            }
        }
    }

    // Cut after each of the last words of the last lines: where the
    // signature, the last full stop and the site footer are.
    static void stripTrailingText(const Document &d, const Emit &emit)
    {
        const QList<QByteArray> ls = splitLines(d);
        qsizetype k = ls.size();
        for (int n = 0; n < 8 && (k = lastTextLine(ls, k)) >= 0; ++n) {
            const QByteArray head = join(ls.first(k), d) + d.separator;
            const QByteArray &line = ls[k];
            // Unwrapped lines hold a whole paragraph: its last 16 words.
            qsizetype at = line.size();
            for (int w = 0; w < 16 && at > 0 && (at = line.lastIndexOf(' ', at - 1)) >= 0; ++w)
                emit(head + line.first(at + 1), u"line %1 cut at %2"_s.arg(k).arg(at));
            emit(head + line, u"nothing after line %1"_s.arg(k));
        }
    }

    // "1. (C) Text..." keeps its number and mark; the text of its first line goes.
    static void emptyParagraphs(const Document &d, const Emit &emit)
    {
        static const QRegularExpression Numbered(
            uR"(^(\s*(?:<a [^>]*>[^<]*</a>)?\s*\d{1,2}\.\s*(?:\([A-Z/]+\))?)\s*\S.*$)"_s);
        const QList<QByteArray> ls = splitLines(d);
        QList<QByteArray> all = ls;
        for (qsizetype k = 0; k < ls.size(); ++k) {
            const QRegularExpressionMatch m = Numbered.match(QString::fromUtf8(ls[k]));
            if (!m.hasMatch())
                continue;
            QList<QByteArray> one = ls;
            one[k] = m.captured(1).toUtf8();
            all[k] = one[k];
            emit(join(one, d), u"paragraph at line %1 empty"_s.arg(k));
            one[k] = QByteArray();
            emit(join(one, d), u"paragraph line %1 blank"_s.arg(k));
        }
        emit(join(all, d), u"every paragraph empty"_s);
    }

    // The signature heuristics look at the last word of the last lines.
    static void oddLastWords(const Document &d, const Emit &emit)
    {
        static const QByteArray Words[] = { "..", ".", "*", "A", "", "OLSON..", ".A..", "END" };
        const QList<QByteArray> ls = splitLines(d);
        qsizetype k = ls.size();
        for (int n = 0; n < 3 && (k = lastTextLine(ls, k)) >= 0; ++n) {
            for (const QByteArray &w : Words) {
                QList<QByteArray> v = ls;
                replaceLastWord(&v[k], w);
                emit(join(v, d), u"line %1 ends in '%2'"_s.arg(k).arg(QString::fromLatin1(w)));
                v[k] = ls[k] + ' ' + w;
                emit(join(v.first(k + 1), d), u"line %1 then '%2', the end"_s.arg(k).arg(QString::fromLatin1(w)));
            }
        }
    }

    struct Mutation
    {
        const char *name;
        void (*make)(const Document &, const Emit &);
    };
    static constexpr Mutation Mutations[] = {
        { "cut after every line", cutAfterEveryLine },
        { "every 5th line dropped", dropLines },
        { "every 5th line twice", duplicateLines },
        { "pre blocks swapped, dropped, doubled, emptied, unclosed", rearrangePreBlocks },
        { "trailing text stripped", stripTrailingText },
        { "paragraphs emptied", emptyParagraphs },
        { "last word '..', '.', '*', a lone letter", oddLastWords },
    };

private Q_SLOTS:
    void initTestCase()
    {
        QSet<QByteArray> contents;
        for (const QString &folder : { u"parser"_s, u"store"_s, u"regressions"_s, u"syntax"_s }) {
            const QDir dir(QStringLiteral(REFTEL_TEST_DATA_DIR) + u'/' + folder);
            for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
                if (file.endsWith(u".ref"_s))
                    continue; // golden files of the syntax test, not documents
                QFile f(dir.filePath(file));
                QVERIFY(f.open(QIODevice::ReadOnly));
                Document d { folder + u'/' + file, f.readAll(), "\n" };
                if (contents.contains(d.bytes))
                    continue; // the syntax test's copies of parser fixtures
                contents.insert(d.bytes);
                if (d.bytes.contains("&#x000A;"))
                    d.separator = "&#x000A;";
                QVERIFY(!d.bytes.isEmpty());
                m_documents.append(d);
            }
        }
        QVERIFY(m_documents.size() >= 15);
    }

    void structural_data()
    {
        QTest::addColumn<int>("mutation");
        for (int i = 0; i < int(std::size(Mutations)); ++i)
            QTest::newRow(Mutations[i].name) << i;
    }

    void structural()
    {
        QFETCH(int, mutation);
        const auto mutate = Mutations[mutation].make;
        QElapsedTimer timer;
        timer.start();
        int variants = 0;
        for (const Document &d : std::as_const(m_documents)) {
            QString failure;
            mutate(d, [&](const QByteArray &variant, const QString &what) {
                ++variants;
                if (failure.isEmpty()) {
                    const QString broken = check(variant, d.name);
                    if (!broken.isEmpty())
                        failure = d.name + u", "_s + what + u": "_s + broken;
                }
            });
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
        }
        QVERIFY(variants > 0);
        qInfo("%d variants in %lld ms", variants, qlonglong(timer.elapsed()));
    }

    void randomBytes()
    {
        // REFTEL_FUZZ_SEED and REFTEL_FUZZ_ROUNDS run a longer or different campaign by hand.
        QRandomGenerator rng(qEnvironmentVariableIsSet("REFTEL_FUZZ_SEED")
                ? quint32(qEnvironmentVariableIntValue("REFTEL_FUZZ_SEED"))
                : 20261123u);
        const int rounds = std::max(2000, qEnvironmentVariableIntValue("REFTEL_FUZZ_ROUNDS"));
        static const QByteArray Words[] = { "REF:", "A.", "1.", "(C)", "SUBJECT:", "TAGS:", "C O N F I D E N T I A L",
            "SECTION", "ASTANA 00000253 002 OF 002", "PAGE 02", "&#", "x000A;", "\n", "\n\n", "VZCZC", "FM", "TO",
            "INFO", "HOAGLAND", "reftel A", "END COMMENT.", "id: 1", "header ends", "..", "<pre>" };
        for (int round = 0; round < rounds; ++round) {
            QByteArray input = m_documents[rng.bounded(int(m_documents.size()))].bytes;
            switch (round % 4) {
            case 0: // bytes changed at random
                for (int k = 0; k < 50; ++k)
                    input[rng.bounded(int(input.size()))] = char(rng.bounded(256));
                break;
            case 1: // random bytes
                input.resize(rng.bounded(4096));
                for (char &c : input)
                    c = char(rng.bounded(256));
                break;
            case 2: // telegram words in random order
                input.clear();
                for (int k = rng.bounded(400); k > 0; --k)
                    input += Words[rng.bounded(int(std::size(Words)))] + ' ';
                break;
            default: { // the head of one document on the tail of another
                const QByteArray &other = m_documents[rng.bounded(int(m_documents.size()))].bytes;
                input =
                    input.first(rng.bounded(int(input.size()) + 1)) + other.sliced(rng.bounded(int(other.size()) + 1));
                break;
            }
            }
            const QString name = u"random-%1"_s.arg(round);
            const QString broken = check(input, name);
            QVERIFY2(broken.isEmpty(), qPrintable(name + u": "_s + broken));
        }
    }
};

QTEST_GUILESS_MAIN(TestCableFuzz)
#include "tst_cablefuzz.moc"
