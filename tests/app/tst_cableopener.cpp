// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cableopener.h"

#include "annotationanchorer.h"
#include "annotationcontroller.h"
#include "annotationspane.h"
#include "annotationstore.h"
#include "bodyview.h"
#include "cablereader.h"
#include "cabletreemodel.h"
#include "cableview.h"
#include "itemroles.h"
#include "librarydatabase.h"
#include "mainwindow.h"
#include "metadatapane.h"
#include "outlinepane.h"
#include "readingarea.h"
#include "referencespane.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Reftel;
using namespace Qt::StringLiterals;

class TestCableOpener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ReftelTest"_s);
        QCoreApplication::setApplicationName(u"tst_cableopener"_s);
        QSettings().clear();
        if (qEnvironmentVariableIsEmpty("USER") && qEnvironmentVariableIsEmpty("USERNAME"))
            qputenv("USER", "tester");
    }

    // Opening a cable reads it once, and every pane shows it: the column,
    // the metadata, the references, the outline (with its counts) and the
    // annotations. Following a reference reads the cited cable only; going
    // back reads the cable gone back to, and the panes follow it too.
    void readsOnceAndEveryPaneShowsIt()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(u"l.sqlite"_s)));
        LibraryDatabase &library = *window.library();
        const std::optional<Cable> stored = library.cables().load(u"09ASTANA714"_s);
        QVERIFY(stored);
        const Paragraph &first = stored->sections.at(0).paragraphs.at(0);
        QVERIFY(window.annotations()->store()->create(AnnotationAnchorer::capture(stored->id, first, 0, 4)));
        QStringList loads;
        window.cableOpener()->setLoader([&](const QString &id) {
            loads << id;
            return library.cables().load(id);
        });
        QSignalSpy published(window.cableOpener(), &CableOpener::published);

        QVERIFY(window.openCable(u"09ASTANA714"_s));
        QCOMPARE(loads, QStringList({ u"09ASTANA714"_s }));
        QCOMPARE(published.size(), 1);
        QCOMPARE(window.readingArea()->currentView()->cable().id, u"09ASTANA714"_s);
        QVERIFY(window.metadataPane()->browser()->toPlainText().contains(stored->id));
        QCOMPARE(window.referencesPane()->tree()->topLevelItemCount(), 2);
        QCOMPARE(window.outlinePane()->model()->cable().id, u"09ASTANA714"_s);
        const QModelIndex node = window.outlinePane()->model()->indexForAnchor(first.anchor);
        QCOMPARE(node.siblingAtColumn(1).data(ItemRole::AnnotationCount).toInt(), 1);
        QCOMPARE(window.annotationsPane()->annotations().size(), 1);
        QCOMPARE(window.readingArea()->currentView()->bodyView()->annotations().size(), 1);

        // REF B leads to 09ASTANA713: the citing cable is open, not read again.
        window.followReference(u"09ASTANA714"_s, 1, false);
        QCOMPARE(loads, QStringList({ u"09ASTANA714"_s, u"09ASTANA713"_s }));
        QCOMPARE(window.outlinePane()->model()->cable().id, u"09ASTANA713"_s);
        QVERIFY(window.annotationsPane()->annotations().isEmpty());
        QVERIFY(!window.metadataPane()->browser()->toPlainText().contains(stored->id));

        QVERIFY(window.readingArea()->goBack());
        QCOMPARE(loads.size(), 3);
        QCOMPARE(window.outlinePane()->model()->cable().id, u"09ASTANA714"_s);
        QVERIFY(window.metadataPane()->browser()->toPlainText().contains(stored->id));
        QCOMPARE(window.annotationsPane()->annotations().size(), 1);
        QCOMPARE(published.size(), 3);
    }
};

QTEST_MAIN(TestCableOpener)
#include "tst_cableopener.moc"
