// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"
#include "cableview.h"

#include <QObject>

namespace Reftel
{
class LibraryDatabase;
class MetadataPane;
class OutlinePane;
class ReadingArea;
class ReferencesPane;

// Where an open cable comes from and who is told: every cable the window
// shows is read through its loader, once, and the cable the current column
// shows is handed to each pane that shows it (metadata, references,
// outline) and announced (published) for the annotations. Opening, going
// back or forward, dropping on a column and switching columns all take
// this one path: the reading area says which cable is current, nothing
// reads it again.
class CableOpener final : public QObject
{
    Q_OBJECT
public:
    using Loader = CableView::CableLoader;

    CableOpener(ReadingArea &reading, MetadataPane &metadata, ReferencesPane &references, OutlinePane &outline,
        QObject *parent = nullptr);

    // The library cables are read from and their references resolved in
    // (nullptr: none open; every pane is cleared).
    void setLibrary(LibraryDatabase *library);
    // Reads cables some other way than from the library (a test counts the reads).
    void setLoader(Loader loader) { m_loader = std::move(loader); }
    std::optional<Cable> load(const QString &id) const;

Q_SIGNALS:
    // The current column shows this cable now (an empty one: none), and
    // the panes above show it.
    void published(const Reftel::Cable &cable);

private:
    void publish(const Cable &cable);

    ReadingArea &m_reading;
    MetadataPane &m_metadata;
    ReferencesPane &m_references;
    OutlinePane &m_outline;
    LibraryDatabase *m_library = nullptr;
    Loader m_loader;
};
}
