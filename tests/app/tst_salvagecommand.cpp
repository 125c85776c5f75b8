// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salvagecommand.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// reftel salvage: the new library to make, the damaged one from --library, and its help.
class TestSalvageCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void takesTheNewLibrary()
    {
        SalvageCommand command;
        QCOMPARE(
            int(command.parse({ u"reftel"_s, u"salvage"_s, u"--library"_s, u"damaged.sqlite"_s, u"new.sqlite"_s })),
            int(Command::Parsed::Run));
        QCOMPARE(command.target(), u"new.sqlite"_s);
        QCOMPARE(command.libraryPath(), u"damaged.sqlite"_s);
        // It never opens the damaged file as a library: LibrarySalvage reads what it can.
        QCOMPARE(int(command.library()), int(Command::Library::None));
    }

    void needsOneName()
    {
        SalvageCommand command;
        QCOMPARE(int(command.parse({ u"reftel"_s, u"salvage"_s })), int(Command::Parsed::UsageError));
        QCOMPARE(command.problem(), u"salvage needs the name of the new library to make"_s);
        QCOMPARE(int(command.parse({ u"reftel"_s, u"salvage"_s, u"a"_s, u"b"_s })), int(Command::Parsed::UsageError));
    }

    void help()
    {
        const QString help = SalvageCommand().helpText();
        QVERIFY2(help.contains(u" salvage NEWFILE"_s), qPrintable(help));
        QVERIFY(help.contains(u"copy what a damaged library still holds into a new library"_s));
        QVERIFY(help.contains(u"--library <library>"_s));
    }
};

QTEST_GUILESS_MAIN(TestSalvageCommand)
#include "tst_salvagecommand.moc"
