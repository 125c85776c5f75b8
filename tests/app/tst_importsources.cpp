// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsources.h"

#include <QMimeData>
#include <QTest>
#include <QUrl>

using namespace Reftel;
using namespace Qt::StringLiterals;

class TestImportSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A drop imports the local files and folders it carries, in its order; a
    // web address dropped from a browser is not fetched.
    void localPaths()
    {
        QMimeData dropped;
        dropped.setUrls({ QUrl::fromLocalFile(u"/tmp/cables/09ROME1.txt"_s), QUrl(u"https://example.org/cable.html"_s),
            QUrl::fromLocalFile(u"/tmp/more cables"_s) });
        QCOMPARE(
            ImportSources::localPaths(dropped), (QStringList { u"/tmp/cables/09ROME1.txt"_s, u"/tmp/more cables"_s }));
    }

    void nothingLocal()
    {
        QMimeData dropped;
        dropped.setText(u"09ROME1"_s);
        QVERIFY(ImportSources::localPaths(dropped).isEmpty());
        dropped.setUrls({ QUrl(u"https://example.org/cable.html"_s) });
        QVERIFY(ImportSources::localPaths(dropped).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportSources)
#include "tst_importsources.moc"
