// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cableannotationviews.h"

#include "annotationcontroller.h"
#include "annotationspane.h"
#include "bodyview.h"
#include "cableannotationmodel.h"
#include "cabletreemodel.h"
#include "cableview.h"
#include "itemroles.h"
#include "mainwindow.h"
#include "outlinepane.h"
#include "readingarea.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUndoStack>

using namespace Reftel;
using namespace Qt::StringLiterals;

namespace
{
const QString Cable253 = u"09ASTANA253"_s;
const QString Paragraph3 = u"09ASTANA253\u00B63"_s;

int outlineCount(MainWindow &window, const QString &anchor)
{
    return window.outlinePane()->model()->indexForAnchor(anchor).data(ItemRole::AnnotationCount).toInt();
}
}

class TestCableAnnotationViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ReftelTest"_s);
        QCoreApplication::setApplicationName(u"tst_cableannotationviews"_s);
        QSettings().clear();
        if (qEnvironmentVariableIsEmpty("USER") && qEnvironmentVariableIsEmpty("USERNAME"))
            qputenv("USER", "tester");
    }

    // One cable in two columns shares one model: a tag and its undo reach
    // both columns' marks, the pane and the outline's counts as one row
    // inserted and removed; the other open cable's model hears nothing.
    void anUndoStepReachesOnlyItsCablesViews()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(u"l.sqlite"_s)));
        QVERIFY(window.openCable(Cable253));
        QVERIFY(window.openCable(Cable253, true));
        ReadingArea *reading = window.readingArea();
        QCOMPARE(reading->columnCount(), 2);
        CableAnnotationViews *views = window.annotations()->cableAnnotations();
        CableAnnotationModel *model = views->model(Cable253);
        QVERIFY(model);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);

        BodyView *right = reading->views().at(1)->bodyView();
        BodyView *left = reading->views().at(0)->bodyView();
        right->setTextCursor(right->document()->find(u"strong financial package"_s));
        QCOMPARE(window.annotations()->tagSelection(u"Manas"_s).size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(left->annotations().size(), 1);
        QCOMPARE(right->annotations().size(), 1);
        QCOMPARE(window.annotationsPane()->annotations().size(), 1);
        QCOMPARE(outlineCount(window, Paragraph3), 1);

        QUndoStack *undo = window.annotations()->undoStack();
        undo->undo();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QVERIFY(left->annotations().isEmpty());
        QVERIFY(right->annotations().isEmpty());
        QVERIFY(window.annotationsPane()->annotations().isEmpty());
        QCOMPARE(outlineCount(window, Paragraph3), 0);
        undo->redo();
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(outlineCount(window, Paragraph3), 1);
        QCOMPARE(left->annotations().size(), 1);

        // Another cable in the left column: its own model, deaf to 09ASTANA253's steps.
        reading->setCurrentColumn(0);
        QVERIFY(window.openCable(u"09ASTANA714"_s));
        QCOMPARE(views->model(Cable253), model); // the right column still shows it
        CableAnnotationModel *other = views->model(u"09ASTANA714"_s);
        QVERIFY(other);
        QSignalSpy otherChanges(other, &QAbstractItemModel::rowsRemoved);
        QSignalSpy otherInserts(other, &QAbstractItemModel::rowsInserted);
        undo->undo();
        QVERIFY(right->annotations().isEmpty());
        QCOMPARE(removed.size(), 2);
        QCOMPARE(otherChanges.size(), 0);
        QCOMPARE(otherInserts.size(), 0);
        QCOMPARE(resets.size(), 0);
        // The pane shows the current column's cable, which has none.
        QVERIFY(window.annotationsPane()->annotations().isEmpty());
        reading->setCurrentColumn(1);
        undo->redo();
        QCOMPARE(window.annotationsPane()->annotations().size(), 1);
        QCOMPARE(outlineCount(window, Paragraph3), 1);
    }
};

QTEST_MAIN(TestCableAnnotationViews)
#include "tst_cableannotationviews.moc"
