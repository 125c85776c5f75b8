// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitehandle.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#if defined(Q_OS_UNIX)
#include <dlfcn.h>
#endif

namespace Reftel
{
namespace
{
// Whether the driver's plugin resolves SQLite's functions to the library
// this program links. dlsym() on the plugin searches the plugin and then
// its dependencies: a plugin linked to the system's libsqlite3 answers with
// our sqlite3_open_v2, one with SQLite built in answers with its own copy or
// with nothing.
bool driverSharesOurSqlite(const QSqlDriver *driver)
{
#if defined(Q_OS_UNIX)
    Dl_info info {};
    // The first word of a polymorphic object points into its class's
    // vtable, which lives in the plugin.
    if (dladdr(*reinterpret_cast<void *const *>(driver), &info) == 0 || info.dli_fname == nullptr)
        return false;
    void *plugin = dlopen(info.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
    if (plugin == nullptr)
        return false;
    const bool same = dlsym(plugin, "sqlite3_open_v2") == reinterpret_cast<void *>(&sqlite3_open_v2);
    dlclose(plugin);
    return same;
#else
    Q_UNUSED(driver);
    return false;
#endif
}
}

sqlite3 *SqliteHandle::of(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    if (driver == nullptr || !db.isOpen())
        return nullptr;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    static const bool shared = driverSharesOurSqlite(driver);
    return shared ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
}
}
