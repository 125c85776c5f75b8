// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The same test cases on both engines. A test class adds the engines as
// its global data (initTestCase_data() calls EngineLibrary::addEngines()),
// so every test function runs once on SQLite and once on the test server;
// each case makes its library with ENGINE_LIBRARY(where), which skips the
// server row, saying why, where no server could be started.

#include "librarylocation.h"
#include "pgtestserver.h"

#include <QString>
#include <QTemporaryDir>
#include <QTest>

class EngineLibrary
{
public:
    static void addEngines()
    {
        QTest::addColumn<bool>("server");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }

    // A new library for the running test function: a file in a temporary
    // folder, or a new database on the test server connecting as role (the
    // fixture's superuser when empty), named after the test function unless
    // given a name.
    EngineLibrary(bool server, const QString &role = {}, const QString &name = {})
        : m_server(server)
    {
        if (!server) {
            m_location = Reftel::LibraryLocation::fromText(filePath());
            return;
        }
        m_unavailable = PgTestServer::unavailable();
        if (m_unavailable.isEmpty())
            m_location = PgTestServer::freshDatabase(
                name.isEmpty() ? QString::fromLatin1(QTest::currentTestFunction()).toLower() : name, role);
    }

    bool isServer() const { return m_server; }
    QString unavailable() const { return m_unavailable; }
    Reftel::LibraryLocation location() const { return m_location; }
    // The SQLite file (empty on a server).
    QString filePath() const { return m_server ? QString() : m_dir.filePath(QStringLiteral("library.sqlite")); }

private:
    bool m_server = false;
    QTemporaryDir m_dir;
    Reftel::LibraryLocation m_location;
    QString m_unavailable;
};

// A library on the engine of the current global data row, as the variable
// name; skips when that engine is a server and none could be started.
#define ENGINE_LIBRARY(name, ...)                                                                                      \
    QFETCH_GLOBAL(bool, server);                                                                                       \
    const EngineLibrary name(server __VA_OPT__(, ) __VA_ARGS__);                                                       \
    if (!name.unavailable().isEmpty())                                                                                 \
        QSKIP(qPrintable(name.unavailable()));
