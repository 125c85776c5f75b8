// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cableopener.h"

#include "cablereader.h"
#include "librarydatabase.h"
#include "metadatapane.h"
#include "outlinepane.h"
#include "readingarea.h"
#include "referenceresolver.h"
#include "referencespane.h"

namespace Reftel
{
CableOpener::CableOpener(
    ReadingArea &reading, MetadataPane &metadata, ReferencesPane &references, OutlinePane &outline, QObject *parent)
    : QObject(parent)
    , m_reading(reading)
    , m_metadata(metadata)
    , m_references(references)
    , m_outline(outline)
{
    // Back, forward and drops read through the same loader as opening does.
    m_reading.setCableLoader([this](const QString &id) { return load(id); });
    connect(&m_reading, &ReadingArea::currentCableChanged, this, &CableOpener::publish);
}

void CableOpener::setLibrary(LibraryDatabase *library)
{
    m_library = library;
}

std::optional<Cable> CableOpener::load(const QString &id) const
{
    if (m_loader)
        return m_loader(id);
    if (!m_library)
        return std::nullopt;
    return m_library->cables().load(id);
}

void CableOpener::publish(const Cable &cable)
{
    if (cable.id.isEmpty()) {
        m_metadata.clear();
        m_references.clear();
        m_outline.clear();
    } else {
        m_metadata.setCable(cable);
        m_outline.setCable(cable);
        if (m_library) {
            const ReferenceResolver &resolver = m_library->references();
            m_references.setLinks(cable.id, resolver.references(cable.id), resolver.citedBy(cable.id));
        }
    }
    Q_EMIT published(cable);
}
}
