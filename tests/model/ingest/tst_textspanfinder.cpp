// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textspanfinder.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// SUMMARY, COMMENT and NOTE spans inside a paragraph.
class TestTextSpanFinder final : public QObject
{
    Q_OBJECT

    static QStringList describe(const QString &text)
    {
        QStringList out;
        for (const TextSpan &s : TextSpanFinder::find(text)) {
            const QString kind = s.kind == TextSpan::Kind::Summary ? u"summary"_s
                : s.kind == TextSpan::Kind::Comment                ? u"comment"_s
                                                                   : u"note"_s;
            out.append(kind + u'=' + text.mid(s.start, s.length) + (s.closed ? QString() : u"…"_s));
        }
        return out;
    }

private Q_SLOTS:
    void spans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("spans");
        QTest::newRow("summary") << u"SUMMARY: It rained. END SUMMARY. Then"_s
                                 << QStringList { u"summary=SUMMARY: It rained. END SUMMARY."_s };
        QTest::newRow("summary dot") << u"Summary. It rained. End summary."_s
                                     << QStringList { u"summary=Summary. It rained. End summary."_s };
        QTest::newRow("comment in brackets") << u"Fine. (COMMENT: Odd. END COMMENT.) More"_s
                                             << QStringList { u"comment=(COMMENT: Odd. END COMMENT.)"_s };
        QTest::newRow("note") << u"(NOTE: Aside. END NOTE.)"_s << QStringList { u"note=(NOTE: Aside. END NOTE.)"_s };
        QTest::newRow("unclosed") << u"COMMENT: It goes on"_s << QStringList { u"comment=COMMENT: It goes on…"_s };
        QTest::newRow("continued") << u"SUMMARY CONTINUED: more. END SUMMARY."_s
                                   << QStringList { u"summary=SUMMARY CONTINUED: more. END SUMMARY."_s };
        QTest::newRow("two") << u"SUMMARY: a. END SUMMARY. COMMENT: b. END COMMENT."_s
                             << QStringList { u"summary=SUMMARY: a. END SUMMARY."_s,
                                    u"comment=COMMENT: b. END COMMENT."_s };
        QTest::newRow("word only") << u"a summary of the note and a comment"_s << QStringList {};
        QTest::newRow("note without colon") << u"Note that it rained."_s << QStringList {};
        QTest::newRow("empty") << QString() << QStringList {};
        QTest::newRow("end alone") << u"END"_s << QStringList {};
    }

    void spans()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, spans);
        QCOMPARE(describe(text), spans);
    }
};

QTEST_GUILESS_MAIN(TestTextSpanFinder)
#include "tst_textspanfinder.moc"
