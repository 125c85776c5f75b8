// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelresources.h"

#include <QtGlobal>

static void initModelResources()
{
    Q_INIT_RESOURCE(samples);
    Q_INIT_RESOURCE(glossary);
    Q_INIT_RESOURCE(posts);
}

namespace Reftel
{
void ensureModelResources()
{
    static const bool done = [] {
        initModelResources();
        return true;
    }();
    Q_UNUSED(done);
}
}
