// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "librarylocation.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

// The suite's throw-away PostgreSQL server (CTest fixture "pg", started by
// tests/pg/pgcluster.sh; register a test with reftel_requires_pg()). Each
// test asks for a database of its own, made empty each time.
class PgTestServer
{
public:
    // Why there is no server to test against (then QSKIP with it), or empty.
    static QString unavailable()
    {
        const QString info = conninfo();
        if (info.isEmpty())
            return QStringLiteral("no test server: REFTEL_TEST_PG_FILE is not set (run the test through ctest, "
                                  "which starts the \"pg\" fixture)");
        if (info.startsWith(QLatin1String("unavailable: ")))
            return QStringLiteral("no test server: ") + info.mid(13);
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return QStringLiteral("no test server: Qt's QPSQL driver is not installed");
        return {};
    }

    // An empty database named after the test program and name (dropped and
    // made again), owned by role, reached as role (the fixture's superuser
    // reftel_admin by default; alice and bob exist too).
    static Reftel::LibraryLocation freshDatabase(const QString &name, const QString &role = QString())
    {
        const QString database = databaseName(name);
        const QString owner = role.isEmpty() ? QStringLiteral("reftel_admin") : role;
        const bool made = admin([&](QSqlQuery &query) {
            return query.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(database))
                && query.exec(QStringLiteral("CREATE DATABASE \"%1\" OWNER \"%2\"").arg(database, owner));
        });
        if (!made)
            return Reftel::LibraryLocation::fromText(QStringLiteral("dbname=could_not_be_made"));
        return location(database, owner);
    }

    // The same database as another role sees it.
    static Reftel::LibraryLocation location(const QString &database, const QString &role)
    {
        QMap<QString, QString> parameters = Reftel::LibraryLocation::fromText(conninfo()).parameters();
        parameters.insert(QStringLiteral("dbname"), database);
        parameters.insert(QStringLiteral("user"), role.isEmpty() ? QStringLiteral("reftel_admin") : role);
        return Reftel::LibraryLocation::server(parameters);
    }

    static QString databaseName(const QString &name)
    {
        return (QStringLiteral("t_") + QCoreApplication::applicationName() + u'_' + name).toLower().left(63);
    }

    // Runs work on a connection to the "postgres" database as the superuser.
    template<typename Work>
    static bool admin(Work work)
    {
        const QString connection = QStringLiteral("pgtestserver-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            QMap<QString, QString> parameters = Reftel::LibraryLocation::fromText(conninfo()).parameters();
            QStringList options;
            for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
                options.append(it.key() + u'=' + it.value());
            options.append(QStringLiteral("dbname=postgres"));
            db.setConnectOptions(options.join(u';'));
            if (db.open()) {
                QSqlQuery query(db);
                ok = work(query);
                if (!ok)
                    qWarning("PgTestServer: %s", qPrintable(query.lastError().text()));
            } else {
                qWarning("PgTestServer: %s", qPrintable(db.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }

private:
    static QString conninfo()
    {
        const QString path = qEnvironmentVariable("REFTEL_TEST_PG_FILE");
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll()).trimmed();
    }
};
