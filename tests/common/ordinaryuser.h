// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>

#include <QString>
#include <algorithm>

#include <grp.h>
#include <unistd.h>

#include <vector>

namespace Reftel::Testing
{
// Root passes every permission check, and the build root runs the tests as
// root: a test of a read-only or unreadable place does its work as the
// user "nobody" for a while (real and effective ids both, since access()
// asks the real one; the saved id lets it come back). False when the ids
// cannot be changed.
template<typename Work>
bool asOrdinaryUser(Work work)
{
    if (geteuid() != 0) {
        work();
        return true;
    }
    constexpr uid_t nobody = 65534;
    constexpr gid_t nogroup = 65534;
    std::vector<gid_t> groups(size_t(std::max(0, getgroups(0, nullptr))));
    if (getgroups(int(groups.size()), groups.data()) < 0 || setgroups(0, nullptr) != 0
        || setresgid(nogroup, nogroup, 0) != 0 || setresuid(nobody, nobody, 0) != 0)
        return false;
    work();
    return setresuid(0, 0, 0) == 0 && setresgid(0, 0, 0) == 0 && setgroups(groups.size(), groups.data()) == 0;
}

// Permissions for a test folder that the ordinary user must reach.
inline void openUp(const QString &path)
{
    QFile::setPermissions(path,
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::ExeOther | QFile::WriteOther | QFile::WriteGroup);
}
}
