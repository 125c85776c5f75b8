<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Reftel::AboutDialog</name>
    <message>
        <source>About Reftel</source>
        <translation>À propos de Reftel</translation>
    </message>
    <message>
        <source>A reader and annotation tool for diplomatic cables: import saved copies of cables, read them clean and side by side, follow their references and turn your notes into annotated reports.</source>
        <translation>Un outil de lecture et d’annotation des câbles diplomatiques : importez des copies de câbles, lisez-les nettoyées et côte à côte, suivez leurs références et faites de vos notes des rapports annotés.</translation>
    </message>
    <message>
        <source>Copyright 2026 The Reftel developers. Licensed under the GNU General Public License, version 3 or (at your option) any later version.</source>
        <translation>Copyright 2026 Les développeurs de Reftel. Distribué sous la licence publique générale GNU, version 3 ou (à votre choix) toute version ultérieure.</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Compilé avec Qt %1.</translation>
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
        <translation>Ouvrez un câble pour voir vos étiquettes et vos notes.</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
</context>
<context>
    <name>Reftel::LibraryPane</name>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Search cables (e.g. manas* origin:Astana)</source>
        <translation>Rechercher des câbles (p. ex. manas* origin:Astana)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Cables</source>
        <translation>Câbles</translation>
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
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Search Library</source>
        <translation>&amp;Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Reftel</source>
        <translation>À &amp;propos de Reftel</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>Reftel::MetadataPane</name>
    <message>
        <source>Open a cable to see its header: date, origin, classification, tags and recipients.</source>
        <translation>Ouvrez un câble pour voir son en-tête : date, origine, classification, étiquettes et destinataires.</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
</context>
<context>
    <name>Reftel::ReadingArea</name>
    <message>
        <source>Choose a cable in the library to read it here.</source>
        <translation>Choisissez un câble dans la bibliothèque pour le lire ici.</translation>
    </message>
    <message>
        <source>Reading area</source>
        <translation>Zone de lecture</translation>
    </message>
</context>
<context>
    <name>Reftel::ReferencesPane</name>
    <message>
        <source>Open a cable to see the cables it cites and the cables that cite it.</source>
        <translation>Ouvrez un câble pour voir les câbles qu’il cite et ceux qui le citent.</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
</context>
<context>
    <name>Reftel::SqliteSupport</name>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed. Install the package that provides it, e.g. libqt6sql6-sqlite.</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n’est pas installé. Installez le paquet qui le fournit, p. ex. libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>The SQLite library used by Qt (version %1) has no FTS5 full-text search; Reftel cannot search without it.</source>
        <translation>La bibliothèque SQLite utilisée par Qt (version %1) n’a pas la recherche plein texte FTS5 ; Reftel ne peut pas chercher sans elle.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Reader and annotation tool for diplomatic cables.</source>
        <translation>Outil de lecture et d’annotation des câbles diplomatiques.</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (e.g. de, fr) instead of the system's.</source>
        <translation>Utiliser la langue &lt;code&gt; (p. ex. de, fr) au lieu de celle du système.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Reftel cannot start</source>
        <translation>Reftel ne peut pas démarrer</translation>
    </message>
</context>
</TS>
