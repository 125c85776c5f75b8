// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationsbrowser.h"

#include "annotationstore.h"
#include "librarydatabase.h"
#include "usertagmodel.h"
#include "usertagstore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Reftel;

class TestAnnotationsBrowser : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LibraryDatabase m_library;
    qint64 m_manas = 0;
    qint64 m_military = 0;

    void add(const QString &cableId, const QString &quote, const QString &note, const QString &author,
        const QList<qint64> &tags)
    {
        Annotation a;
        a.cableId = cableId;
        a.anchor = cableId + QStringLiteral("\u00B62");
        a.quote = quote;
        a.length = quote.size();
        a.note = note;
        a.author = author;
        a.tagIds = tags;
        QVERIFY(AnnotationStore(m_library).create(a) > 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_library.open(m_dir.filePath(QStringLiteral("browser.sqlite"))));
        UserTagStore tags(m_library);
        m_manas = tags.ensurePath(QStringLiteral("Kyrgyzstan/Manas"), QStringLiteral("#dc2626"));
        m_military = tags.ensurePath(QStringLiteral("Russia/Military"));
        add(QStringLiteral("09ASTANA253"), QStringLiteral("strong financial package"),
            QStringLiteral("the lease money"), QStringLiteral("ann"), { m_manas });
        add(QStringLiteral("09ASTANA253"), QStringLiteral("Russian pressure"), QStringLiteral("troops"),
            QStringLiteral("bob"), { m_military });
        add(QStringLiteral("09MOSCOW100"), QStringLiteral("the base"), QStringLiteral("lease again"),
            QStringLiteral("ann"), { m_manas, m_military });
    }

    void filtersByTagWithSubTagsAndByNoteWords()
    {
        AnnotationListModel model(m_library);
        AnnotationsBrowser browser;
        UserTagStore tags(m_library);
        browser.setModel(&model);
        browser.setTags(tags.tags());
        browser.reload();
        QCOMPARE(model.rowCount(), 3);
        QVERIFY2(browser.status()->text().contains(QStringLiteral("3")), qPrintable(browser.status()->text()));

        // The parent tag finds its sub-tag's uses.
        browser.tagField()->setCurrentIndex(browser.tagField()->findText(QStringLiteral("Kyrgyzstan")));
        QCOMPARE(model.rowCount(), 2);
        browser.tagField()->setCurrentIndex(0);
        QCOMPARE(model.rowCount(), 3);

        QTest::keyClicks(browser.noteField(), QStringLiteral("troops"));
        browser.applyFilter();
        QCOMPARE(model.rowCount(), 1);
        QVERIFY2(browser.shownRows().first().contains(QStringLiteral("Russian pressure")),
            qPrintable(browser.shownRows().join(u'\n')));
        browser.noteField()->clear();
        browser.authorField()->setText(QStringLiteral("ann"));
        browser.applyFilter();
        QCOMPARE(model.rowCount(), 2);
    }

    void groupsByCableAndByTag()
    {
        AnnotationListModel model(m_library);
        AnnotationsBrowser browser;
        browser.setModel(&model);
        browser.reload();
        browser.setGrouping(AnnotationsBrowser::Grouping::ByCable);
        QStringList rows = browser.shownRows();
        QVERIFY2(rows.contains(QStringLiteral("09ASTANA253 (2)")), qPrintable(rows.join(u'\n')));
        QVERIFY2(rows.contains(QStringLiteral("09MOSCOW100 (1)")), qPrintable(rows.join(u'\n')));
        browser.setGrouping(AnnotationsBrowser::Grouping::ByTag);
        rows = browser.shownRows();
        // An annotation with two tags is under both.
        QVERIFY2(rows.contains(QStringLiteral("Kyrgyzstan/Manas (2)")), qPrintable(rows.join(u'\n')));
        QVERIFY2(rows.contains(QStringLiteral("Russia/Military (2)")), qPrintable(rows.join(u'\n')));
    }

    // Grouped, an annotation made and removed while the browser is open
    // appears in its group, open, and leaves it; a new filter keeps the groups open.
    void aGroupedViewFollowsTheStore()
    {
        QTemporaryDir dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.filePath(QStringLiteral("grouped.sqlite"))));
        AnnotationListModel model(library);
        model.follow(&library.annotations(), &library.userTags());
        AnnotationsBrowser browser;
        browser.setModel(&model);
        browser.reload();
        browser.setGrouping(AnnotationsBrowser::Grouping::ByCable);
        Annotation a;
        a.cableId = QStringLiteral("09ASTANA253");
        a.anchor = QStringLiteral("09ASTANA253\u00B61");
        a.quote = QStringLiteral("alpha");
        a.author = QStringLiteral("ann");
        QVERIFY(library.annotations().create(a) > 0);
        a.cableId = QStringLiteral("09MOSCOW100");
        a.quote = QStringLiteral("bravo");
        const qint64 bravo = library.annotations().create(a);
        QVERIFY(bravo > 0);
        QStringList rows = browser.shownRows();
        QVERIFY2(rows.contains(QStringLiteral("09MOSCOW100 (1)")), qPrintable(rows.join(u'\n')));
        // The count below the list follows too, with no reload.
        QVERIFY2(browser.status()->text().startsWith(QStringLiteral("2 ")), qPrintable(browser.status()->text()));
        QAbstractItemModel *grouped = browser.view()->model();
        QCOMPARE(grouped->rowCount(), 2);
        QVERIFY(browser.view()->isExpanded(grouped->index(1, 0)));
        QVERIFY(library.annotations().remove(bravo));
        rows = browser.shownRows();
        QVERIFY2(!rows.contains(QStringLiteral("09MOSCOW100 (1)")), qPrintable(rows.join(u'\n')));
        QVERIFY2(browser.status()->text().startsWith(QStringLiteral("1 ")), qPrintable(browser.status()->text()));
        browser.authorField()->setText(QStringLiteral("ann"));
        browser.applyFilter(); // a reset
        QCOMPARE(model.filter().author, QStringLiteral("ann"));
        QCOMPARE(grouped->rowCount(), 1);
        QVERIFY(browser.view()->isExpanded(grouped->index(0, 0)));
    }

    // Over the library's one tag model: a tag renamed in the store shows in
    // the tag filter at once, the chosen tag kept.
    void theTagFilterFollowsTheTagModel()
    {
        QTemporaryDir dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.filePath(QStringLiteral("tags.sqlite"))));
        UserTagStore &store = library.userTags();
        const qint64 manas = store.ensurePath(QStringLiteral("Kyrgyzstan/Manas"));
        const UserTagModel model(store);
        AnnotationsBrowser browser;
        browser.setTagModel(&model);
        QComboBox *tags = browser.tagField();
        QCOMPARE(tags->count(), 3); // any tag, Kyrgyzstan, Kyrgyzstan/Manas
        tags->setCurrentIndex(tags->findData(manas));
        QVERIFY(store.rename(manas, QStringLiteral("Ganci")));
        QCOMPARE(tags->currentText(), QStringLiteral("Kyrgyzstan/Ganci"));
        QVERIFY(store.ensurePath(QStringLiteral("Oil")) > 0);
        QCOMPARE(tags->count(), 4);
        browser.setTagModel(nullptr);
        QCOMPARE(tags->count(), 1);
    }

    void activatingARowAsksForThePassage()
    {
        AnnotationListModel model(m_library);
        AnnotationsBrowser browser;
        browser.setModel(&model);
        browser.reload();
        browser.noteField()->setText(QStringLiteral("troops"));
        browser.applyFilter();
        QSignalSpy activated(&browser, &AnnotationsBrowser::passageActivated);
        Q_EMIT browser.view()->activated(browser.view()->model()->index(0, 0));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(0).toString(), QStringLiteral("09ASTANA253"));

        browser.setGrouping(AnnotationsBrowser::Grouping::ByCable);
        QAbstractItemModel *grouped = browser.view()->model();
        Q_EMIT browser.view()->activated(grouped->index(0, 0, grouped->index(0, 0)));
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.last().at(0).toString(), QStringLiteral("09ASTANA253"));
        QVERIFY(activated.last().at(1).toLongLong() > 0);
    }
};

QTEST_MAIN(TestAnnotationsBrowser)
#include "tst_annotationsbrowser.moc"
