// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cablelink.h"

#include <QTest>

using namespace Reftel;

class TestCableLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesParagraphLinks()
    {
        QCOMPARE(
            CableLink::toParagraph(QStringLiteral("09ASTANA253\u00B65")), QStringLiteral("reftel://09ASTANA253#5"));
        QCOMPARE(
            CableLink::toParagraph(QStringLiteral("09ASTANA253\u00B6u1")), QStringLiteral("reftel://09ASTANA253#u1"));
        QCOMPARE(CableLink::toCable(QStringLiteral("09ASTANA253")), QStringLiteral("reftel://09ASTANA253"));
    }

    void readsWhatItWrites_data()
    {
        QTest::addColumn<QString>("anchor");
        QTest::newRow("numbered") << QStringLiteral("09ASTANA253\u00B65");
        QTest::newRow("unnumbered") << QStringLiteral("09ASTANA253\u00B6u2");
        QTest::newRow("repeated number") << QStringLiteral("10BISHKEK12\u00B63-2");
    }

    void readsWhatItWrites()
    {
        QFETCH(QString, anchor);
        const std::optional<CableLink::Target> target = CableLink::parse(CableLink::toParagraph(anchor));
        QVERIFY(target);
        QCOMPARE(target->anchor, anchor);
        QCOMPARE(target->cableId, anchor.section(QChar(u'\u00B6'), 0, 0));
    }

    void readsTypedLinks()
    {
        // Browsers and shells lower-case the host; ids are upper case.
        const auto target = CableLink::parse(QStringLiteral(" reftel://09astana253 "));
        QVERIFY(target);
        QCOMPARE(target->cableId, QStringLiteral("09ASTANA253"));
        QVERIFY(target->anchor.isEmpty());
        QVERIFY(!CableLink::parse(QStringLiteral("https://wikileaks.org/plusd/cables/09ASTANA253_a.html")));
        QVERIFY(!CableLink::parse(QStringLiteral("reftel://")));
        QVERIFY(!CableLink::parse(QStringLiteral("09ASTANA253")));
    }
};

QTEST_GUILESS_MAIN(TestCableLink)
#include "tst_cablelink.moc"
