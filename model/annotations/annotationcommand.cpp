// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationcommand.h"

namespace Reftel
{
void AnnotationCommand::check(bool ok, const QString &error)
{
    if (ok) {
        m_error.clear();
    } else {
        m_error = error;
        if (!m_done)
            setObsolete(true);
    }
    m_done = true;
}
}
