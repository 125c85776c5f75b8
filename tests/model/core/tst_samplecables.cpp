// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplecables.h"

#include <QTest>

using namespace Reftel;

// Smoke test of the model library: it links, and the bundled samples are there.
class TestSampleCables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fiveSamplesAreBundled()
    {
        const QStringList paths = SampleCables::paths();
        QCOMPARE(paths.size(), 5);
        for (const QString &path : paths) {
            const QByteArray text = SampleCables::contents(path);
            QVERIFY2(text.size() > 1000, qPrintable(path));
            QVERIFY2(text.contains("ASTANA"), qPrintable(path));
        }
    }

    void missingSampleReadsEmpty() { QVERIFY(SampleCables::contents(QStringLiteral(":/samples/nope.txt")).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestSampleCables)
#include "tst_samplecables.moc"
