<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Reftel::AboutDialog</name>
    <message>
        <source>About Reftel</source>
        <translation>Über Reftel</translation>
    </message>
    <message>
        <source>A reader and annotation tool for diplomatic cables: import saved copies of cables, read them clean and side by side, follow their references and turn your notes into annotated reports.</source>
        <translation>Ein Lese- und Annotationswerkzeug für diplomatische Depeschen: gespeicherte Kopien importieren, bereinigt und nebeneinander lesen, Verweisen folgen und Notizen in kommentierte Berichte verwandeln.</translation>
    </message>
    <message>
        <source>Copyright 2026 The Reftel developers. Licensed under the GNU General Public License, version 3 or (at your option) any later version.</source>
        <translation>Copyright 2026 Die Reftel-Entwickler. Lizenziert unter der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version.</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Erstellt mit Qt %1.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
</context>
<context>
    <name>Reftel::AnnotationsPane</name>
    <message>
        <source>Open a cable to see your tags and notes on it.</source>
        <translation>Öffnen Sie eine Depesche, um Ihre Schlagwörter und Notizen dazu zu sehen.</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
</context>
<context>
    <name>Reftel::LibraryPane</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Search cables (e.g. manas* origin:Astana)</source>
        <translation>Depeschen durchsuchen (z. B. manas* origin:Astana)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Cables</source>
        <translation>Depeschen</translation>
    </message>
</context>
<context>
    <name>Reftel::MainWindow</name>
    <message>
        <source>Reftel</source>
        <translation>Reftel</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Verweise</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Search Library</source>
        <translation>Bibliothek &amp;durchsuchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Reftel</source>
        <translation>&amp;Über Reftel</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>Reftel::MetadataPane</name>
    <message>
        <source>Open a cable to see its header: date, origin, classification, tags and recipients.</source>
        <translation>Öffnen Sie eine Depesche, um ihren Kopf zu sehen: Datum, Herkunft, Einstufung, Schlagwörter und Empfänger.</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
</context>
<context>
    <name>Reftel::ReadingArea</name>
    <message>
        <source>Choose a cable in the library to read it here.</source>
        <translation>Wählen Sie eine Depesche in der Bibliothek, um sie hier zu lesen.</translation>
    </message>
    <message>
        <source>Reading area</source>
        <translation>Lesebereich</translation>
    </message>
</context>
<context>
    <name>Reftel::ReferencesPane</name>
    <message>
        <source>Open a cable to see the cables it cites and the cables that cite it.</source>
        <translation>Öffnen Sie eine Depesche, um die zitierten und die sie zitierenden Depeschen zu sehen.</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Verweise</translation>
    </message>
</context>
<context>
    <name>Reftel::SqliteSupport</name>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed. Install the package that provides it, e.g. libqt6sql6-sqlite.</source>
        <translation>Der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert. Installieren Sie das Paket, das ihn bereitstellt, z. B. libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>The SQLite library used by Qt (version %1) has no FTS5 full-text search; Reftel cannot search without it.</source>
        <translation>Die von Qt verwendete SQLite-Bibliothek (Version %1) hat keine FTS5-Volltextsuche; ohne sie kann Reftel nicht suchen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Reader and annotation tool for diplomatic cables.</source>
        <translation>Lese- und Annotationswerkzeug für diplomatische Depeschen.</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (e.g. de, fr) instead of the system's.</source>
        <translation>Die Sprache &lt;code&gt; (z. B. de, fr) statt der des Systems verwenden.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Reftel cannot start</source>
        <translation>Reftel kann nicht starten</translation>
    </message>
</context>
</TS>
