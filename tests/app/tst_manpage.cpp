// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manpage.h"

#include "commandline.h"

#include <QRegularExpression>
#include <QTest>
#include <QTextStream>

using namespace Reftel;
using namespace Qt::StringLiterals;

class TestManPage : public QObject
{
    Q_OBJECT

private:
    static QString helpOf(const QString &command)
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        CommandLine(outStream, errStream).run({ u"reftel"_s, command, u"--help"_s });
        outStream.flush();
        return out;
    }

    static QStringList optionNames(const QString &help)
    {
        QStringList names;
        static const QRegularExpression option(u"^  (?:-\\w, )?(--[\\w-]+)"_s, QRegularExpression::MultilineOption);
        auto it = option.globalMatch(help);
        while (it.hasNext())
            names << it.next().captured(1);
        return names;
    }

private Q_SLOTS:
    // Made from the help the program prints: every option of every help text is in it, as troff.
    void saysWhatTheHelpSays()
    {
        ManPage::HelpTexts help;
        help.window = u"Usage: /usr/bin/reftel [options] [reftel://ID[#PARAGRAPH]]\nReader of cables.\n\nOptions:\n"
                      "  -h, --help        Displays help on commandline options.\n"
                      "  --library <file>  Open the library <file> instead of the default one, a description long\n"
                      "                    enough to wrap.\n\nArguments:\n  link              A cable to open.\n"_s;
        help.commands = CommandLine::helpText();
        help.commandHelps = { helpOf(u"search"_s), helpOf(u"show"_s) };
        help.exportCommand = helpOf(u"export"_s);
        const QString page = ManPage::render(help, u"1.2.3"_s);
        QVERIFY(page.startsWith(u".TH REFTEL 1 \"\" \"Reftel 1.2.3\""_s));
        for (const QString &section :
            { u"NAME"_s, u"SYNOPSIS"_s, u"DESCRIPTION"_s, u"OPTIONS"_s, u"COMMANDS"_s, u"EXPORT"_s, u"EXIT STATUS"_s })
            QVERIFY2(page.contains(u"\n.SH "_s + section + u'\n'), qPrintable(section));
        for (const QString &text : QStringList { help.window, help.commands, help.exportCommand } + help.commandHelps) {
            const QStringList names = optionNames(text);
            QVERIFY(names.size() >= 2);
            for (const QString &name : names)
                QVERIFY2(page.contains(u"\\fB"_s + ManPage::escape(name)), qPrintable(name));
        }
        QVERIFY(page.contains(
            u"\\fB\\-\\-library\\fR \\fIfile\\fR\nOpen the library <file> instead of the default one, a description long enough to wrap.\n"_s));
        QVERIFY(page.contains(u"\\fB\\-\\-pdf\\fR \\fIfile\\fR"_s));
        // A section a command, with its own options once (not those every command takes).
        QVERIFY(page.contains(u"\n.SS reftel search QUERY\n"_s));
        QVERIFY(page.contains(u"\n.SS reftel show ID\n"_s));
        QCOMPARE(page.count(u"\\fB\\-\\-lang\\fR"_s), 2); // once for the commands, once in export's list
        QCOMPARE(page.count(u"\\fB\\-\\-text\\fR"_s), 1);
        QVERIFY(page.contains(
            QRegularExpression(u"\n  import PATH\\.\\.\\. +import files, folders and release CSV files"_s)));
        QVERIFY(page.contains(u".B reftel\n[options] [reftel://ID[#PARAGRAPH]]"_s)); // the program's path left out
        // Every line that starts with a dot is a request of ours; text never does.
        const QStringList requests { u".TH"_s, u".SH"_s, u".SS"_s, u".TP"_s, u".PP"_s, u".B"_s, u".br"_s, u".nf"_s,
            u".fi"_s };
        for (const QString &line : page.split(u'\n')) {
            if (line.startsWith(u'.') || line.startsWith(u'\''))
                QVERIFY2(requests.contains(line.section(u' ', 0, 0)), qPrintable(line));
        }
    }

    void escapesForTroff()
    {
        QCOMPARE(ManPage::escape(u"--json"_s), u"\\-\\-json"_s);
        QCOMPARE(ManPage::escape(u"a\\b"_s), u"a\\eb"_s);
        QCOMPARE(ManPage::escape(u".hidden"_s), u"\\&.hidden"_s);
        QCOMPARE(ManPage::escape(u"'quote"_s), u"\\&'quote"_s);
    }
};

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
