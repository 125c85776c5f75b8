// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamlibrarydialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// File ▸ Open Team Library…: the fields make the location libpq is given;
// the password goes with it for this connection and nowhere else.
class TestTeamLibraryDialog : public QObject
{
    Q_OBJECT

private:
    static QLineEdit *edit(TeamLibraryDialog &dialog, const QString &name)
    {
        return dialog.findChild<QLineEdit *>(name);
    }
    static QPushButton *openButton(TeamLibraryDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    using Parameters = QMap<QString, QString>;

private Q_SLOTS:
    void buildsTheLocation_data()
    {
        QTest::addColumn<QStringList>("fields"); // objectName=text, …
        QTest::addColumn<QString>("tls");
        QTest::addColumn<Parameters>("parameters");
        QTest::addColumn<QString>("text");
        QTest::newRow("everything") << QStringList { u"teamHost=db.example.org"_s, u"teamPort=5433"_s,
            u"teamDatabase=cables"_s, u"teamUser=alice"_s }
                                    << u"verify-full"_s
                                    << Parameters { { u"host"_s, u"db.example.org"_s }, { u"port"_s, u"5433"_s },
                                           { u"dbname"_s, u"cables"_s }, { u"user"_s, u"alice"_s },
                                           { u"sslmode"_s, u"verify-full"_s } }
                                    << u"postgresql://alice@db.example.org:5433/cables?sslmode=verify-full"_s;
        QTest::newRow("a service") << QStringList { u"teamService=team"_s } << QString()
                                   << Parameters { { u"service"_s, u"team"_s } } << QString();
        QTest::newRow("a socket folder, spaces trimmed")
            << QStringList { u"teamHost= /run/postgresql "_s, u"teamDatabase=cables"_s } << u"disable"_s
            << Parameters { { u"host"_s, u"/run/postgresql"_s }, { u"dbname"_s, u"cables"_s },
                   { u"sslmode"_s, u"disable"_s } }
            << QString();
    }

    void buildsTheLocation()
    {
        QFETCH(QStringList, fields);
        QFETCH(QString, tls);
        QFETCH(Parameters, parameters);
        QFETCH(QString, text);
        TeamLibraryDialog dialog;
        for (const QString &field : std::as_const(fields)) {
            const qsizetype equals = field.indexOf(u'=');
            QLineEdit *line = edit(dialog, field.left(equals));
            QVERIFY2(line, qPrintable(field));
            QTest::keyClicks(line, field.mid(equals + 1));
        }
        auto *combo = dialog.findChild<QComboBox *>(u"teamTls"_s);
        combo->setCurrentIndex(combo->findData(tls));
        QTest::keyClicks(edit(dialog, u"teamPassword"_s), u"s3cret"_s);
        QVERIFY(openButton(dialog)->isEnabled());

        const LibraryLocation location = dialog.location();
        QVERIFY2(location.problem().isEmpty(), qPrintable(location.problem()));
        QVERIFY(location.isServer());
        QCOMPARE(location.parameters(), parameters);
        QCOMPARE(location.password(), u"s3cret"_s);
        QVERIFY(!location.toText().contains(u"s3cret"_s));
        if (!text.isEmpty())
            QCOMPARE(location.toText(), text);
        // What is remembered opens the same library again (without the password).
        QCOMPARE(LibraryLocation::fromText(location.toText()), location);
    }

    // The password field hides what is typed, and the dialog says it is not saved.
    void saysPasswordsAreNotSaved()
    {
        TeamLibraryDialog dialog;
        QCOMPARE(edit(dialog, u"teamPassword"_s)->echoMode(), QLineEdit::Password);
        auto *note = dialog.findChild<QLabel *>(u"teamPasswordNote"_s);
        QVERIFY(note);
        QCOMPARE(note->text(), u"Passwords are not saved: use ~/.pgpass or enter it each time"_s);
    }

    // Open needs a database or a service to name one.
    void needsADatabaseOrAService()
    {
        TeamLibraryDialog dialog;
        QVERIFY(!openButton(dialog)->isEnabled());
        QTest::keyClicks(edit(dialog, u"teamHost"_s), u"db.example.org"_s);
        QVERIFY(!openButton(dialog)->isEnabled());
        QTest::keyClicks(edit(dialog, u"teamDatabase"_s), u"cables"_s);
        QVERIFY(openButton(dialog)->isEnabled());
        edit(dialog, u"teamDatabase"_s)->clear();
        QVERIFY(!openButton(dialog)->isEnabled());
        QTest::keyClicks(edit(dialog, u"teamService"_s), u"team"_s);
        QVERIFY(openButton(dialog)->isEnabled());
    }

    // The last team library fills the fields; its password, if it had one, does not.
    void startsFromALocation()
    {
        LibraryLocation last =
            LibraryLocation::fromText(u"postgresql://bob:hunter2@db.example.org:5433/cables?sslmode=require"_s);
        QCOMPARE(last.password(), u"hunter2"_s);
        TeamLibraryDialog dialog;
        dialog.setLocation(last);
        QCOMPARE(edit(dialog, u"teamHost"_s)->text(), u"db.example.org"_s);
        QCOMPARE(edit(dialog, u"teamUser"_s)->text(), u"bob"_s);
        QCOMPARE(edit(dialog, u"teamPassword"_s)->text(), QString());
        QCOMPARE(dialog.findChild<QComboBox *>(u"teamTls"_s)->currentData().toString(), u"require"_s);
        QCOMPARE(dialog.location(), last);
        QCOMPARE(dialog.location().password(), QString());
    }
};

QTEST_MAIN(TestTeamLibraryDialog)
#include "tst_teamlibrarydialog.moc"
