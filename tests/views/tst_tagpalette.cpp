// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagpalette.h"

#include "librarydatabase.h"
#include "usertagmodel.h"
#include "usertagstore.h"

#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Reftel;

namespace
{
UserTag tag(qint64 id, const QString &name, const QString &path, qint64 parent = 0, const QString &colour = {})
{
    return UserTag { id, name, colour, parent, path, {} };
}

QStringList rows(const QListWidget *list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    return texts;
}
}

class TestTagPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Over the library's one tag model: a tag renamed in the store while
    // the palette is open shows its new name, among the recent ones too.
    void followsTheTagModel()
    {
        QTemporaryDir dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.filePath(QStringLiteral("tags.sqlite"))));
        UserTagStore &store = library.userTags();
        const qint64 manas = store.ensurePath(QStringLiteral("Kyrgyzstan/Manas"));
        const qint64 russia = store.ensurePath(QStringLiteral("Russia"));
        const UserTagModel model(store);
        TagPalette palette(model, { *store.tag(russia) });
        QCOMPARE(rows(palette.list()),
            QStringList(
                { QStringLiteral("1  Russia"), QStringLiteral("Kyrgyzstan"), QStringLiteral("Kyrgyzstan/Manas") }));
        QVERIFY(store.rename(manas, QStringLiteral("Ganci")));
        QVERIFY(store.rename(russia, QStringLiteral("Russian Federation")));
        QCOMPARE(rows(palette.list()),
            QStringList({ QStringLiteral("1  Russian Federation"), QStringLiteral("Kyrgyzstan"),
                QStringLiteral("Kyrgyzstan/Ganci") }));
        palette.filterField()->setText(QStringLiteral("kyrgyzstan/ganci"));
        QCOMPARE(rows(palette.list()), QStringList({ QStringLiteral("Kyrgyzstan/Ganci") }));
    }

    void typingNarrowsToMatchingTags()
    {
        const QList<UserTag> tags { tag(1, QStringLiteral("Kyrgyzstan"), QStringLiteral("Kyrgyzstan")),
            tag(2, QStringLiteral("Manas"), QStringLiteral("Kyrgyzstan/Manas"), 1),
            tag(3, QStringLiteral("Russia"), QStringLiteral("Russia")) };
        TagPalette palette(tags, {});
        palette.show();
        QVERIFY(QTest::qWaitForWindowExposed(&palette));
        QCOMPARE(rows(palette.list()).size(), 3);
        QTest::keyClicks(palette.filterField(), QStringLiteral("man"));
        QCOMPARE(rows(palette.list()),
            (QStringList { QStringLiteral("Kyrgyzstan/Manas"), QStringLiteral("New tag “man”") }));
        QTest::keyClick(palette.filterField(), Qt::Key_Return);
        QCOMPARE(palette.result(), int(QDialog::Accepted));
        QCOMPARE(palette.chosenTagId(), qint64(2));
        QCOMPARE(palette.chosenPath(), QStringLiteral("Kyrgyzstan/Manas"));
    }

    void aNewPathBecomesANewTagWithAColour()
    {
        TagPalette palette({ tag(3, QStringLiteral("Russia"), QStringLiteral("Russia")) }, {});
        palette.show();
        QVERIFY(QTest::qWaitForWindowExposed(&palette));
        QTest::keyClicks(palette.filterField(), QStringLiteral("Russia / Military"));
        // Spaces around the slash do not make names.
        QCOMPARE(rows(palette.list()), (QStringList { QStringLiteral("New tag “Russia/Military”") }));
        QTest::keyClick(palette.filterField(), Qt::Key_Return);
        QCOMPARE(palette.chosenTagId(), qint64(0));
        QCOMPARE(palette.chosenPath(), QStringLiteral("Russia/Military"));
        QVERIFY(TagPalette::colours().contains(palette.chosenColour()));
    }

    void numberKeysPickRecentTags()
    {
        const QList<UserTag> tags { tag(1, QStringLiteral("Manas"), QStringLiteral("Manas")),
            tag(2, QStringLiteral("Oil"), QStringLiteral("Oil")),
            tag(3, QStringLiteral("Visits"), QStringLiteral("Visits")) };
        TagPalette palette(tags, { tags.at(2), tags.at(0) });
        palette.show();
        QVERIFY(QTest::qWaitForWindowExposed(&palette));
        QCOMPARE(rows(palette.list()).first(), QStringLiteral("1  Visits"));
        QTest::keyClick(palette.filterField(), Qt::Key_2);
        QCOMPARE(palette.result(), int(QDialog::Accepted));
        QCOMPARE(palette.chosenTagId(), qint64(1));
    }

    void upAndDownMoveInTheList()
    {
        const QList<UserTag> tags { tag(1, QStringLiteral("Manas"), QStringLiteral("Manas")),
            tag(2, QStringLiteral("Mansur"), QStringLiteral("Mansur")) };
        TagPalette palette(tags, {});
        palette.show();
        QVERIFY(QTest::qWaitForWindowExposed(&palette));
        QTest::keyClicks(palette.filterField(), QStringLiteral("ma"));
        QTest::keyClick(palette.filterField(), Qt::Key_Down);
        QTest::keyClick(palette.filterField(), Qt::Key_Return);
        QCOMPARE(palette.chosenTagId(), qint64(2));
    }
};

QTEST_MAIN(TestTagPalette)
#include "tst_tagpalette.moc"
