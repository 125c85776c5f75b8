// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresqlconnection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Reftel::LibraryDatabase", text);
}

// libpq's quoting of a conninfo value.
QString quoted(QString value)
{
    value.replace(u"\\"_s, u"\\\\"_s);
    value.replace(u"'"_s, u"\\'"_s);
    return u'\'' + value + u'\'';
}
}

QString PostgreSqlConnection::connectOptions(const LibraryLocation &location)
{
    QMap<QString, QString> parameters = location.parameters();
    // Shown in pg_stat_activity, so an administrator sees who runs what.
    if (!parameters.contains(u"application_name"_s))
        parameters.insert(u"fallback_application_name"_s, u"Reftel"_s);
    QStringList options;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        options.append(it.key() + u'=' + quoted(it.value()));
    // The driver joins them with spaces in place of the semicolons.
    return options.join(u';');
}

QSqlDatabase PostgreSqlConnection::open(const QString &connectionName, const LibraryLocation &location, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        *error = tr("this Reftel cannot open team libraries: Qt's PostgreSQL driver (QPSQL) is not installed");
        return QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    db.setConnectOptions(connectOptions(location));
    if (!location.password().isEmpty())
        db.setPassword(location.password());
    if (!db.open()) {
        *error = db.lastError().text().trimmed();
        if (error->isEmpty())
            *error = tr("the server could not be reached");
        return db;
    }
    QSqlQuery query(db);
    if (!query.exec(u"SHOW server_version_num"_s) || !query.next()) {
        *error = query.lastError().text();
        db.close();
        return db;
    }
    if (query.value(0).toInt() < minimumServerVersion) {
        *error = tr("the server runs PostgreSQL %1; team libraries need PostgreSQL 13 or later")
                     .arg(query.value(0).toInt() / 10000);
        db.close();
        return db;
    }
    // Messages below a warning (NOTICEs from IF NOT EXISTS and the like)
    // are not for the user.
    query.exec(u"SET client_min_messages = warning"_s);
    return db;
}

bool PostgreSqlConnection::wantsPassword(const QString &error)
{
    return error.contains(u"no password supplied"_s) || error.contains(u"password authentication failed"_s);
}
}
