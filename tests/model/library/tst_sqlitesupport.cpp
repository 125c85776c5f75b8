// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitesupport.h"

#include <QSqlDatabase>
#include <QTest>

using namespace Reftel;

class TestSqliteSupport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void driverHasFts5()
    {
        const SqliteSupport::Status status = SqliteSupport::check();
        QVERIFY2(status.driverPresent, qPrintable(status.problem));
        QVERIFY2(status.fts5, qPrintable(status.problem));
        QVERIFY(status.ok());
        QVERIFY(status.problem.isEmpty());
        QVERIFY(!status.sqliteVersion.isEmpty());
    }

    void checkLeavesNoConnectionBehind()
    {
        const QStringList before = QSqlDatabase::connectionNames();
        SqliteSupport::check();
        QCOMPARE(QSqlDatabase::connectionNames(), before);
    }
};

QTEST_GUILESS_MAIN(TestSqliteSupport)
#include "tst_sqlitesupport.moc"
