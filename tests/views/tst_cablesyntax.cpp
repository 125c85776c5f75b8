// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntaxrepository.h"

#include "testdata.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Reftel;

namespace
{
// Writes each line with its highlighted parts wrapped in <Format Name>…</>,
// as KSyntaxHighlighting's own golden-file tests do, so a change to the
// syntax shows up as a readable diff.
class RecordingHighlighter final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QString highlight(const QString &text)
    {
        QString out;
        KSyntaxHighlighting::State state;
        const QStringList lines = text.split(u'\n');
        for (const QString &line : lines) {
            m_line = line;
            m_out.clear();
            m_pos = 0;
            state = highlightLine(line, state);
            m_out += QStringView(m_line).mid(m_pos);
            out += m_out + u'\n';
        }
        return out;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length == 0)
            return;
        m_out += QStringView(m_line).mid(m_pos, offset - m_pos);
        const QStringView part = QStringView(m_line).mid(offset, length);
        if (format.name() == QLatin1String("Normal Text") || part.trimmed().isEmpty())
            m_out += part;
        else
            m_out += u'<' + format.name() + u'>' + part + QStringLiteral("</>");
        m_pos = offset + length;
    }

private:
    QString m_line;
    QString m_out;
    int m_pos = 0;
};
}

class TestCableSyntax : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void definitionIsFound()
    {
        const auto definition = SyntaxRepository::cableDefinition();
        QVERIFY(definition.isValid());
        QCOMPARE(definition.name(), QStringLiteral("Diplomatic Cable"));
        QVERIFY(!definition.formats().isEmpty());
    }

    void golden_data()
    {
        QTest::addColumn<QString>("input");
        const QDir dir(QStringLiteral(REFTEL_TEST_DATA_DIR "/syntax"));
        const auto inputs = dir.entryList({ QStringLiteral("*.cable") }, QDir::Files, QDir::Name);
        QVERIFY(inputs.size() >= 3);
        for (const QString &name : inputs)
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    // Set REFTEL_UPDATE_GOLDEN=1 (or build the update_syntax_golden target)
    // to rewrite the .ref files after an intended change, then review the diff.
    void golden()
    {
        QFETCH(QString, input);
        QFile in(input);
        QVERIFY(in.open(QIODevice::ReadOnly));
        RecordingHighlighter highlighter;
        highlighter.setDefinition(SyntaxRepository::cableDefinition());
        highlighter.setTheme(SyntaxRepository::instance().defaultTheme());
        const QString actual = highlighter.highlight(QString::fromUtf8(in.readAll()));

        const QString refPath = input.left(input.size() - 6) + QStringLiteral(".ref");
        if (qEnvironmentVariableIsSet("REFTEL_UPDATE_GOLDEN")) {
            QFile out(refPath);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(actual.toUtf8());
            QSKIP("golden file updated");
        }
        QFile ref(refPath);
        QVERIFY2(ref.open(QIODevice::ReadOnly), qPrintable(refPath));
        const QStringList expected = QString::fromUtf8(ref.readAll()).split(u'\n');
        const QStringList got = actual.split(u'\n');
        for (qsizetype i = 0; i < qMin(expected.size(), got.size()); ++i)
            QCOMPARE(got.at(i), expected.at(i));
        QCOMPARE(got.size(), expected.size());
    }

    // The parts an analyst relies on, asserted directly so that a golden file
    // regenerated in a hurry cannot hide a regression.
    void keyPartsAreHighlighted_data()
    {
        QTest::addColumn<QString>("fragment");
        QTest::newRow("banner") << QStringLiteral(
            "<Classification>C O N F I D E N T I A L SECTION 01 OF 02 ASTANA 000253 </>");
        QTest::newRow("date-time group") << QStringLiteral("<Date-Time Group>O 120516Z FEB 09</>");
        QTest::newRow("tags") << QStringLiteral("<Field>TAGS:</> <Tag>PGOV</> <Tag>PREL</>");
        QTest::newRow("subject continues") << QStringLiteral("<Subject>MANAS, URGES BETTER U.S.-RUSSIA RELATIONS</>");
        QTest::newRow("ref letter") << QStringLiteral("<Reference Letter>B.</><Reference> PARIS 0213</>");
        QTest::newRow("paragraph") << QStringLiteral(
            "<Paragraph Number>1.</> <Paragraph Mark>(C)</> <Summary>SUMMARY:</>");
        QTest::newRow("page marker") << QStringLiteral("<Page Marker>ASTANA 00000253 002 OF 002</>");
        QTest::newRow("sipdis") << QStringLiteral("<Caveat>SIPDIS</>");
    }

    void keyPartsAreHighlighted()
    {
        QFETCH(QString, fragment);
        QFile in(QStringLiteral(REFTEL_TEST_DATA_DIR "/syntax/09ASTANA253.cable"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        RecordingHighlighter highlighter;
        highlighter.setDefinition(SyntaxRepository::cableDefinition());
        highlighter.setTheme(SyntaxRepository::instance().defaultTheme());
        const QString actual = highlighter.highlight(QString::fromUtf8(in.readAll()));
        QVERIFY2(actual.contains(fragment), qPrintable(fragment));
    }
};

QTEST_GUILESS_MAIN(TestCableSyntax)
#include "tst_cablesyntax.moc"
