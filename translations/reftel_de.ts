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
    <name>Reftel::AnnotationController</name>
    <message>
        <source>Restored 1 note typed before Reftel last closed unexpectedly; Edit ▸ Undo takes it back.</source>
        <translation>Eine Notiz wiederhergestellt, die vor dem letzten unerwarteten Beenden von Reftel geschrieben wurde; Bearbeiten ▸ Rückgängig nimmt sie zurück.</translation>
    </message>
    <message>
        <source>Restored %1 notes typed before Reftel last closed unexpectedly; Edit ▸ Undo takes them back.</source>
        <translation>%1 Notizen wiederhergestellt, die vor dem letzten unerwarteten Beenden von Reftel geschrieben wurden; Bearbeiten ▸ Rückgängig nimmt sie zurück.</translation>
    </message>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation>Annotationen e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation>&amp;Annotationen importieren …</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>Rückgängig-&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>Schlagwort &amp;zuweisen…</translation>
    </message>
    <message>
        <source>&amp;Annotate…</source>
        <translation>&amp;Annotieren…</translation>
    </message>
    <message>
        <source>&amp;Manage Tags…</source>
        <translation>Schlagwörter verwal&amp;ten…</translation>
    </message>
    <message>
        <source>Apply Recent Tag %1</source>
        <translation>Zuletzt verwendetes Schlagwort %1 zuweisen</translation>
    </message>
    <message>
        <source>Annotations &amp;Browser</source>
        <translation>Annotations&amp;browser</translation>
    </message>
    <message>
        <source>Put the cursor in a paragraph or select a passage to tag it.</source>
        <translation>Setzen Sie den Cursor in einen Absatz oder markieren Sie eine Passage, um ihr ein Schlagwort zuzuweisen.</translation>
    </message>
    <message>
        <source>Tag with new tag %1</source>
        <translation>Neues Schlagwort %1 zuweisen</translation>
    </message>
    <message>
        <source>Open a cable to tag it.</source>
        <translation>Öffnen Sie eine Depesche, um ihr Schlagwörter zuzuweisen.</translation>
    </message>
    <message>
        <source>Tag %1 with %2</source>
        <translation>%1 mit Schlagwort %2 versehen</translation>
    </message>
    <message>
        <source>Already tagged %1.</source>
        <translation>Schlagwort %1 ist bereits zugewiesen.</translation>
    </message>
    <message>
        <source>Tagged 1 passage %1.</source>
        <translation>1 Passage mit %1 verschlagwortet.</translation>
    </message>
    <message>
        <source>Tagged %1 passages %2.</source>
        <translation>%1 Passagen mit %2 verschlagwortet.</translation>
    </message>
    <message>
        <source>Open a cable to annotate it.</source>
        <translation>Öffnen Sie eine Depesche, um sie zu annotieren.</translation>
    </message>
    <message>
        <source>Put the cursor in a paragraph or select a passage to annotate it.</source>
        <translation>Setzen Sie den Cursor in einen Absatz oder markieren Sie eine Passage, um sie zu annotieren.</translation>
    </message>
    <message>
        <source>Annotate %1</source>
        <translation>%1 annotieren</translation>
    </message>
    <message>
        <source>No recent tag %1 yet: tag something with Edit ▸ Tag… first.</source>
        <translation>Noch kein zuletzt verwendetes Schlagwort %1: Weisen Sie zuerst mit Bearbeiten ▸ Schlagwort zuweisen… ein Schlagwort zu.</translation>
    </message>
    <message>
        <source>This annotation is detached: its passage is no longer in the cable&apos;s text. Its quote: “%1”</source>
        <translation>Diese Annotation ist abgelöst: Ihre Passage steht nicht mehr im Text der Depesche. Ihr Zitat: „%1“</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported 1 annotation to %1.</source>
        <translation>1 Annotation nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 annotations to %2.</source>
        <translation>%1 Annotationen nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing imported from %1: %2</source>
        <translation>Nichts aus %1 importiert: %2</translation>
    </message>
    <message>
        <source>Imported from %1: new annotations %2, already in the library %3, new tags %4.</source>
        <translation>Aus %1 importiert: neue Annotationen %2, bereits in der Bibliothek %3, neue Schlagwörter %4.</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>Annotationen exportieren</translation>
    </message>
    <message>
        <source>Reftel annotations (*.json);;All files (*)</source>
        <translation>Reftel-Annotationen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Annotationen importieren</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>&lt;opened library&gt;</source>
        <translation>&lt;geöffnete Bibliothek&gt;</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your annotations are signed with your name (in reports too). Edit ▸ Preferences changes it later.

Name:</source>
        <translation>Ihre Annotationen werden mit Ihrem Namen unterzeichnet (auch in Berichten). Unter Bearbeiten ▸ Einstellungen lässt er sich später ändern.

Name:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>Reftel::AnnotationExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Reftel::AnnotationJson</name>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>Die Datei ist kein gültiges JSON: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <source>The file is not a Reftel annotations export.</source>
        <translation>Die Datei ist kein Annotationsexport von Reftel.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of Reftel (format %1); update Reftel to read it.</source>
        <translation>Die Datei wurde von einer neueren Reftel-Version geschrieben (Format %1); aktualisieren Sie Reftel, um sie zu lesen.</translation>
    </message>
    <message>
        <source>Annotation %1 in the file has no cable id or paragraph anchor, or bad offsets.</source>
        <translation>Annotation %1 in der Datei hat keine Depeschenkennung oder keinen Absatzanker oder ungültige Positionen.</translation>
    </message>
</context>
<context>
    <name>Reftel::AnnotationListModel</name>
    <message>
        <source>(detached) %1</source>
        <translation>(abgelöst) %1</translation>
    </message>
    <message>
        <source>Cable</source>
        <translation>Depesche</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Absatz</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>Reftel::AnnotationStore</name>
    <message>
        <source>An annotation needs a cable and a paragraph.</source>
        <translation>Eine Annotation braucht eine Depesche und einen Absatz.</translation>
    </message>
    <message>
        <source>The passage&apos;s offsets are not valid.</source>
        <translation>Die Positionen der Passage sind ungültig.</translation>
    </message>
    <message>
        <source>The annotation no longer exists.</source>
        <translation>Die Annotation existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Reftel::AnnotationsBrowser</name>
    <message>
        <source>Annotations browser</source>
        <translation>Annotationsbrowser</translation>
    </message>
    <message>
        <source>Annotations Browser</source>
        <translation>Annotationsbrowser</translation>
    </message>
    <message>
        <source>any author</source>
        <translation>beliebiger Autor</translation>
    </message>
    <message>
        <source>words of the note, kaz* for a prefix</source>
        <translation>Wörter der Notiz, kaz* für ein Präfix</translation>
    </message>
    <message>
        <source>ASTANA, Embassy Moscow…</source>
        <translation>ASTANA, Embassy Moscow…</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Keine Gruppierung</translation>
    </message>
    <message>
        <source>By cable</source>
        <translation>Nach Depesche</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>Nach Schlagwort</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Schlagwort:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>&amp;Origin:</source>
        <translation>&amp;Herkunft:</translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation>&amp;Einstufung:</translation>
    </message>
    <message>
        <source>Cable &amp;year:</source>
        <translation>Depeschen&amp;jahr:</translation>
    </message>
    <message>
        <source>Created &amp;from:</source>
        <translation>Erstellt a&amp;b:</translation>
    </message>
    <message>
        <source>Created t&amp;o:</source>
        <translation>Erstellt b&amp;is:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppieren:</translation>
    </message>
    <message>
        <source>Annotations found</source>
        <translation>Gefundene Annotationen</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Beliebiges Schlagwort</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>(no tag)</source>
        <translation>(kein Schlagwort)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>1 annotation</source>
        <translation>1 Annotation</translation>
    </message>
    <message>
        <source>%1 annotations</source>
        <translation>%1 Annotationen</translation>
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
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Annotations of this cable</source>
        <translation>Annotationen dieser Depesche</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Write a note: **bold**, *italics*, - lists, [links](https://…). Ctrl+Enter saves.</source>
        <translation>Notiz schreiben: **fett**, *kursiv*, - Listen, [Links](https://…). Strg+Eingabe speichert.</translation>
    </message>
    <message>
        <source>No annotations on %1 yet. Select text and choose Tag… or Annotate….</source>
        <translation>Noch keine Annotationen zu %1. Markieren Sie Text und wählen Sie „Schlagwort zuweisen…“ oder „Annotieren…“.</translation>
    </message>
    <message>
        <source>1 annotation on %1</source>
        <translation>1 Annotation zu %1</translation>
    </message>
    <message>
        <source>%1 annotations on %2</source>
        <translation>%1 Annotationen zu %2</translation>
    </message>
    <message>
        <source>detached</source>
        <translation>abgelöst</translation>
    </message>
    <message>
        <source>¶%1</source>
        <translation>¶%1</translation>
    </message>
    <message>
        <source>%1, edited %2</source>
        <translation>%1, bearbeitet %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Note on “%1”:</source>
        <translation>Notiz zu „%1“:</translation>
    </message>
    <message>
        <source>Choose “Edit note” on an annotation to write its note.</source>
        <translation>Wählen Sie bei einer Annotation „Notiz bearbeiten“, um ihre Notiz zu schreiben.</translation>
    </message>
</context>
<context>
    <name>Reftel::BodyParser</name>
    <message>
        <source>Paragraph %1 follows paragraph %2.</source>
        <translation>Absatz %1 folgt auf Absatz %2.</translation>
    </message>
    <message>
        <source>The first numbered paragraph is %1.</source>
        <translation>Der erste nummerierte Absatz ist %1.</translation>
    </message>
</context>
<context>
    <name>Reftel::BodyRenderer</name>
    <message>
        <source>References</source>
        <translation>Verweise</translation>
    </message>
    <message>
        <source>(not in the library)</source>
        <translation>(nicht in der Bibliothek)</translation>
    </message>
</context>
<context>
    <name>Reftel::BodyView</name>
    <message>
        <source>Cable text</source>
        <translation>Depeschentext</translation>
    </message>
    <message>
        <source>Copy Link to Paragraph</source>
        <translation>Link zum Absatz kopieren</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>Schlagwort &amp;zuweisen…</translation>
    </message>
    <message>
        <source>&amp;Annotate…</source>
        <translation>&amp;Annotieren…</translation>
    </message>
</context>
<context>
    <name>Reftel::Cable</name>
    <message>
        <source>cable-search page</source>
        <translation>Depeschen-Suchseite</translation>
    </message>
    <message>
        <source>cable-search page (flattened)</source>
        <translation>Depeschen-Suchseite (abgeflacht)</translation>
    </message>
    <message>
        <source>blog mirror page</source>
        <translation>Blog-Spiegelseite</translation>
    </message>
    <message>
        <source>telegram</source>
        <translation>Telegramm</translation>
    </message>
    <message>
        <source>WikiLeaks cable page</source>
        <translation>WikiLeaks-Depeschenseite</translation>
    </message>
    <message>
        <source>release CSV row</source>
        <translation>Zeile der Veröffentlichungs-CSV</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>repeated header</source>
        <translation>wiederholter Kopf</translation>
    </message>
    <message>
        <source>repeated body</source>
        <translation>wiederholter Text</translation>
    </message>
    <message>
        <source>page marker</source>
        <translation>Seitenmarke</translation>
    </message>
    <message>
        <source>site boilerplate</source>
        <translation>Standardtext der Website</translation>
    </message>
    <message>
        <source>broken entity</source>
        <translation>defekte Entität</translation>
    </message>
    <message>
        <source>metadata dump</source>
        <translation>Metadaten-Ausgabe</translation>
    </message>
</context>
<context>
    <name>Reftel::CableDocumentReader</name>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: Die Datei ist leer.</translation>
    </message>
    <message>
        <source>%1: the file is not text (binary data); it holds no cable.</source>
        <translation>%1: Die Datei ist kein Text (Binärdaten); sie enthält keine Depesche.</translation>
    </message>
    <message>
        <source>%1: not a cable (no telegram, cable page or release CSV recognised).</source>
        <translation>%1: keine Depesche (weder Telegramm noch Depeschenseite noch Veröffentlichungs-CSV erkannt).</translation>
    </message>
    <message>
        <source>%1: the page holds no telegram text.</source>
        <translation>%1: Die Seite enthält keinen Telegrammtext.</translation>
    </message>
    <message>
        <source>%1: cannot open the file (%2).</source>
        <translation>%1: Die Datei kann nicht geöffnet werden (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n NUL byte(s) in the saved file were taken out of the text.</source>
        <translation>
            <numerusform>%n NUL-Byte in der gespeicherten Datei wurde aus dem Text entfernt.</numerusform>
            <numerusform>%n NUL-Bytes in der gespeicherten Datei wurden aus dem Text entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reftel::CableFileCheck</name>
    <message>
        <source>an empty file</source>
        <translation>eine leere Datei</translation>
    </message>
    <message>
        <source>not a text file</source>
        <translation>keine Textdatei</translation>
    </message>
    <message>
        <source>no telegram in it (no classification, SUBJECT, TAGS, REF or cable reference)</source>
        <translation>kein Telegramm darin (weder Einstufung noch SUBJECT, TAGS, REF oder Depeschenkennung)</translation>
    </message>
</context>
<context>
    <name>Reftel::CableIdentity</name>
    <message>
        <source>The banner names no post and serial; the id %1 was made from the routing&apos;s sender and serial.</source>
        <translation>Die Einstufungszeile nennt keine Vertretung und keine laufende Nummer; die Kennung %1 wurde aus Absender und laufender Nummer der Leitzeile gebildet.</translation>
    </message>
    <message>
        <source>The telegram names no id; the one the page declares (%1) is used.</source>
        <translation>Das Telegramm nennt keine Kennung; die von der Seite angegebene (%1) wird verwendet.</translation>
    </message>
    <message>
        <source>there is no banner</source>
        <translation>es gibt keine Einstufungszeile</translation>
    </message>
    <message>
        <source>the banner &quot;%1&quot; names no post and serial</source>
        <translation>die Einstufungszeile „%1“ nennt keine Vertretung und keine laufende Nummer</translation>
    </message>
    <message>
        <source>No reference id: the page declares none, %1, and the routing gives no sender and serial.</source>
        <translation>Keine Referenzkennung: Die Seite gibt keine an, %1, und die Leitzeile nennt weder Absender noch laufende Nummer.</translation>
    </message>
</context>
<context>
    <name>Reftel::CableParser</name>
    <message>
        <source>Paragraph %1 was cut short; its complete copy was used.</source>
        <translation>Absatz %1 war abgeschnitten; seine vollständige Kopie wurde verwendet.</translation>
    </message>
    <message>
        <source>The TAGS line holds &quot;%1&quot;, which is no tag Reftel knows.</source>
        <translation>Die TAGS-Zeile enthält „%1“, ein Schlagwort, das Reftel nicht kennt.</translation>
    </message>
    <message>
        <source>The telegram has no SUBJECT line; the page&apos;s title is shown instead.</source>
        <translation>Das Telegramm hat keine SUBJECT-Zeile; stattdessen wird der Titel der Seite angezeigt.</translation>
    </message>
    <message>
        <source>The cable has no SUBJECT line.</source>
        <translation>Die Depesche hat keine SUBJECT-Zeile.</translation>
    </message>
    <message>
        <source>Could not read the reference &quot;%1&quot;.</source>
        <translation>Der Verweis „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read the REF line &quot;%1&quot;.</source>
        <translation>Die REF-Zeile „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read who classified the cable in &quot;%1&quot;.</source>
        <translation>Aus „%1“ war nicht zu lesen, wer die Depesche eingestuft hat.</translation>
    </message>
    <message>
        <source>No paragraphs were found in the cable.</source>
        <translation>In der Depesche wurden keine Absätze gefunden.</translation>
    </message>
    <message>
        <source>The text stops in the middle of a sentence, with no signature: the saved page may be cut short.</source>
        <translation>Der Text bricht mitten im Satz ab, ohne Unterschrift: Die gespeicherte Seite ist möglicherweise abgeschnitten.</translation>
    </message>
</context>
<context>
    <name>Reftel::CableText</name>
    <message>
        <source>Reference ID</source>
        <translation>Referenzkennung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Einstufung</translation>
    </message>
</context>
<context>
    <name>Reftel::CableTreeModel</name>
    <message>
        <source>Opening</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>Cable</source>
        <translation>Depesche</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Annotations: %1</source>
        <translation>Annotationen: %1</translation>
    </message>
</context>
<context>
    <name>Reftel::CableView</name>
    <message>
        <source>Show original</source>
        <translation>Original anzeigen</translation>
    </message>
    <message>
        <source>Show the cable as it was saved, with what was removed marked</source>
        <translation>Die Depesche so anzeigen, wie sie gespeichert wurde, mit Markierung des Entfernten</translation>
    </message>
    <message>
        <source>Show clean text</source>
        <translation>Bereinigten Text anzeigen</translation>
    </message>
    <message>
        <source>Nothing was removed from this cable.</source>
        <translation>Aus dieser Depesche wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>Show saved file</source>
        <translation>Gespeicherte Datei anzeigen</translation>
    </message>
    <message>
        <source>Show the file as it was saved (the web page&apos;s source), not only the telegram in it</source>
        <translation>Die Datei so anzeigen, wie sie gespeichert wurde (den Quelltext der Webseite), nicht nur das Telegramm darin</translation>
    </message>
</context>
<context>
    <name>Reftel::CableWriter</name>
    <message>
        <source>A batch is already open.</source>
        <translation>Es ist bereits ein Stapel geöffnet.</translation>
    </message>
    <message>
        <source>No batch is open.</source>
        <translation>Es ist kein Stapel geöffnet.</translation>
    </message>
    <message>
        <source>The cable from %1 has no reference id; it cannot be stored.</source>
        <translation>Die Depesche aus %1 hat keine Referenzkennung; sie kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot update the statistics while a batch is open.</source>
        <translation>Die Statistik kann nicht aktualisiert werden, solange ein Stapel offen ist.</translation>
    </message>
    <message>
        <source>A statement of the batch failed on the server; the batch was not stored.</source>
        <translation>Eine Anweisung des Stapels ist auf dem Server fehlgeschlagen; der Stapel wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>Reftel::Command</name>
    <message>
        <source>Use the language &lt;code&gt;.</source>
        <translation>Die Sprache &lt;code&gt; verwenden.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>the command</source>
        <translation>der Befehl</translation>
    </message>
    <message>
        <source>Use the library &lt;library&gt; instead of the default one: a file, or a team library on a PostgreSQL server (postgresql://user@host/database, service=name, host=/socket/folder dbname=name).</source>
        <translation>Die Bibliothek &lt;library&gt; statt der Standardbibliothek verwenden: eine Datei oder eine Team-Bibliothek auf einem PostgreSQL-Server (postgresql://user@host/database, service=name, host=/socket/folder dbname=name).</translation>
    </message>
    <message>
        <source>library</source>
        <translation>Bibliothek</translation>
    </message>
</context>
<context>
    <name>Reftel::CommandLine</name>
    <message>
        <source>what the command works on</source>
        <translation>worauf der Befehl wirkt</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Reftel, reader of diplomatic cables.</source>
        <translation>Reftel, Leseprogramm für diplomatische Depeschen.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Each command&apos;s own options: reftel COMMAND --help.</source>
        <translation>Die Optionen jedes Befehls: reftel BEFEHL --help.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
</context>
<context>
    <name>Reftel::CommandSession</name>
    <message numerus="yes">
        <source>the search index lacks %n cable(s) that an interrupted import stored, and the library cannot be written here to finish it: they are missing from the hits. Run reftel import where the library can be written.</source>
        <translation>
            <numerusform>dem Suchindex fehlt %n Depesche, die ein unterbrochener Import gespeichert hat, und die Bibliothek ist hier nicht beschreibbar, um dies abzuschließen: sie fehlt in den Treffern. Führen Sie reftel import dort aus, wo die Bibliothek beschreibbar ist.</numerusform>
            <numerusform>dem Suchindex fehlen %n Depeschen, die ein unterbrochener Import gespeichert hat, und die Bibliothek ist hier nicht beschreibbar, um dies abzuschließen: sie fehlen in den Treffern. Führen Sie reftel import dort aus, wo die Bibliothek beschreibbar ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>indexing %n cable(s) that an interrupted import stored…</source>
        <translation>
            <numerusform>%n Depesche, die ein unterbrochener Import gespeichert hat, wird indexiert…</numerusform>
            <numerusform>%n Depeschen, die ein unterbrochener Import gespeichert hat, werden indexiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>the library %1 is damaged: %2</source>
        <translation>die Bibliothek %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Nothing was changed in it. What it still holds can be copied into a new library with
  reftel salvage --library %1 %2</source>
        <translation>Darin wurde nichts geändert. Was sie noch enthält, lässt sich in eine neue Bibliothek kopieren mit
  reftel salvage --library %1 %2</translation>
    </message>
</context>
<context>
    <name>Reftel::CreateAnnotationCommand</name>
    <message>
        <source>Annotate %1</source>
        <translation>%1 annotieren</translation>
    </message>
</context>
<context>
    <name>Reftel::CreateTagCommand</name>
    <message>
        <source>Create tag %1</source>
        <translation>Schlagwort %1 anlegen</translation>
    </message>
</context>
<context>
    <name>Reftel::DateText</name>
    <message>
        <source>%1, %2 UTC</source>
        <translation>%1, %2 UTC</translation>
    </message>
</context>
<context>
    <name>Reftel::DedupSummary</name>
    <message>
        <source>repeated header block removed</source>
        <translation>wiederholter Kopfblock entfernt</translation>
    </message>
    <message numerus="yes">
        <source>header block repeated ×%n removed</source>
        <translation>
            <numerusform>Kopfblock ×%n wiederholt, entfernt</numerusform>
            <numerusform>Kopfblock ×%n wiederholt, entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>repeated body removed</source>
        <translation>wiederholter Text entfernt</translation>
    </message>
    <message numerus="yes">
        <source>body repeated ×%n removed</source>
        <translation>
            <numerusform>Text ×%n wiederholt, entfernt</numerusform>
            <numerusform>Text ×%n wiederholt, entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>1 page marker removed</source>
        <translation>1 Seitenmarke entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%n page markers removed</source>
        <translation>
            <numerusform>%n Seitenmarke entfernt</numerusform>
            <numerusform>%n Seitenmarken entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>1 site boilerplate line removed</source>
        <translation>1 Zeile Website-Beiwerk entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%n site boilerplate lines removed</source>
        <translation>
            <numerusform>%n Zeile Website-Beiwerk entfernt</numerusform>
            <numerusform>%n Zeilen Website-Beiwerk entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>metadata dump removed</source>
        <translation>Metadaten-Auszug entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%n metadata dumps removed</source>
        <translation>
            <numerusform>%n Metadaten-Auszug entfernt</numerusform>
            <numerusform>%n Metadaten-Auszüge entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>1 broken entity repaired</source>
        <translation>1 zerbrochene Entität repariert</translation>
    </message>
    <message numerus="yes">
        <source>%n broken entities repaired</source>
        <translation>
            <numerusform>%n zerbrochene Entität repariert</numerusform>
            <numerusform>%n zerbrochene Entitäten repariert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reftel::DeleteAnnotationCommand</name>
    <message>
        <source>Delete annotation</source>
        <translation>Annotation löschen</translation>
    </message>
    <message>
        <source>The annotation no longer exists.</source>
        <translation>Die Annotation existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Reftel::DeleteTagCommand</name>
    <message>
        <source>Delete tag %1</source>
        <translation>Schlagwort %1 löschen</translation>
    </message>
</context>
<context>
    <name>Reftel::EditNoteCommand</name>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
</context>
<context>
    <name>Reftel::ExportCommand</name>
    <message>
        <source>a report of cables and annotations as PDF, HTML, CSV or JSON</source>
        <translation>ein Bericht über Depeschen und Annotationen als PDF, HTML, CSV oder JSON</translation>
    </message>
    <message>
        <source>reftel export: a report of cables and their annotations.

The cables are those of --ids, --query and --tag together. Examples:
  reftel export --pdf manas.pdf --query &quot;manas origin:astana&quot; --title &quot;Manas&quot;
  reftel export --pdf r.pdf --html r.html --csv notes.csv --tag Russia/Military</source>
        <translation>reftel export: ein Bericht über Depeschen und ihre Annotationen.

Die Depeschen sind die von --ids, --query und --tag zusammen. Beispiele:
  reftel export --pdf manas.pdf --query &quot;manas origin:astana&quot; --title &quot;Manas&quot;
  reftel export --pdf r.pdf --html r.html --csv notes.csv --tag Russia/Military</translation>
    </message>
    <message>
        <source>Write the report as PDF to &lt;file&gt;.</source>
        <translation>Den Bericht als PDF in &lt;Datei&gt; schreiben.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Write the report as one HTML file to &lt;file&gt;.</source>
        <translation>Den Bericht als eine HTML-Datei in &lt;Datei&gt; schreiben.</translation>
    </message>
    <message>
        <source>Write the annotations as CSV to &lt;file&gt;.</source>
        <translation>Die Annotationen als CSV in &lt;Datei&gt; schreiben.</translation>
    </message>
    <message>
        <source>Write the annotations as JSON to &lt;file&gt;.</source>
        <translation>Die Annotationen als JSON in &lt;Datei&gt; schreiben.</translation>
    </message>
    <message>
        <source>Include the cables tagged &lt;tag&gt; (with its sub-tags); repeatable.</source>
        <translation>Die Depeschen mit dem Schlagwort &lt;Schlagwort&gt; (samt Unterschlagwörtern) aufnehmen; wiederholbar.</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Include the cables the search &lt;query&gt; finds.</source>
        <translation>Die Depeschen aufnehmen, die die Suche &lt;Anfrage&gt; findet.</translation>
    </message>
    <message>
        <source>query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Include these cables (more ids may follow, or separate them with commas).</source>
        <translation>Diese Depeschen aufnehmen (weitere Kennungen können folgen oder durch Kommas getrennt werden).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>The report&apos;s title.</source>
        <translation>Der Titel des Berichts.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>The report&apos;s author.</source>
        <translation>Der Autor des Berichts.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Paper size: a4 (default) or letter.</source>
        <translation>Papierformat: a4 (Vorgabe) oder letter.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Only the paragraphs that carry an annotation.</source>
        <translation>Nur die Absätze, die eine Annotation tragen.</translation>
    </message>
    <message>
        <source>Leave the notes out.</source>
        <translation>Die Notizen weglassen.</translation>
    </message>
    <message>
        <source>Leave the tag index out.</source>
        <translation>Das Schlagwortverzeichnis weglassen.</translation>
    </message>
    <message>
        <source>Leave the references out.</source>
        <translation>Die Verweise weglassen.</translation>
    </message>
    <message>
        <source>Leave the cables&apos; header metadata out.</source>
        <translation>Die Kopfdaten der Depeschen weglassen.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--paper is a4 or letter</source>
        <translation>--paper ist a4 oder letter</translation>
    </message>
    <message>
        <source>export needs at least one of --pdf, --html, --csv and --json</source>
        <translation>export benötigt mindestens eine der Optionen --pdf, --html, --csv und --json</translation>
    </message>
    <message>
        <source>export needs cables: --ids, --query or --tag</source>
        <translation>export benötigt Depeschen: --ids, --query oder --tag</translation>
    </message>
    <message>
        <source>a PDF or HTML report needs the graphical libraries (run reftel, not a console-only build)</source>
        <translation>ein PDF- oder HTML-Bericht benötigt die grafischen Bibliotheken (reftel ausführen, keine reine Konsolenversion)</translation>
    </message>
    <message>
        <source>Building the report… %1%</source>
        <translation>Bericht wird erstellt… %1&#xa0;%</translation>
    </message>
    <message>
        <source>Writing pages… %1%</source>
        <translation>Seiten werden geschrieben… %1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>Reftel::FacetCounter</name>
    <message>
        <source>Cannot count the cables by facet: %1</source>
        <translation>Die Depeschen können nicht nach Facetten gezählt werden: %1</translation>
    </message>
</context>
<context>
    <name>Reftel::FacetModel</name>
    <message>
        <source>%1: not in the glossary</source>
        <translation>%1: nicht im Glossar</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>Facette</translation>
    </message>
    <message>
        <source>Cables</source>
        <translation>Depeschen</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
</context>
<context>
    <name>Reftel::FacetPane</name>
    <message>
        <source>Facets</source>
        <translation>Facetten</translation>
    </message>
    <message>
        <source>Click a value to narrow the list to it; click it again to widen the list.</source>
        <translation>Klicken Sie auf einen Wert, um die Liste darauf einzuschränken; ein erneuter Klick hebt die Einschränkung auf.</translation>
    </message>
</context>
<context>
    <name>Reftel::FindBar</name>
    <message>
        <source>Find in cable</source>
        <translation>In Depesche suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reftel::GettingStartedDialog</name>
    <message>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Getting started with Reftel</source>
        <translation>Erste Schritte mit Reftel</translation>
    </message>
    <message>
        <source>Your library</source>
        <translation>Ihre Bibliothek</translation>
    </message>
    <message>
        <source>The first start makes a library with five sample cables, so there is something to read at once. &lt;b&gt;File ▸ Import Files…&lt;/b&gt; and &lt;b&gt;Import Folder…&lt;/b&gt; add your saved cables (text pages, HTML pages and the release CSV); dropping files on the window does the same.</source>
        <translation>Beim ersten Start wird eine Bibliothek mit fünf Beispieldepeschen angelegt, damit sofort etwas zu lesen da ist. &lt;b&gt;Datei ▸ Dateien importieren …&lt;/b&gt; und &lt;b&gt;Ordner importieren …&lt;/b&gt; fügen Ihre gespeicherten Depeschen hinzu (Textseiten, HTML-Seiten und die Veröffentlichungs-CSV); Dateien auf das Fenster zu ziehen bewirkt dasselbe.</translation>
    </message>
    <message>
        <source>Finding cables</source>
        <translation>Depeschen finden</translation>
    </message>
    <message>
        <source>The library on the left lists every cable, newest first. Type in its search field (&lt;b&gt;Ctrl+K&lt;/b&gt;): words, &quot;phrases&quot;, prefixes such as &lt;i&gt;manas*&lt;/i&gt;, AND, OR, NOT and filters such as &lt;i&gt;origin:Astana&lt;/i&gt;, &lt;i&gt;tag:PGOV&lt;/i&gt;, &lt;i&gt;from:2009-02&lt;/i&gt;. The values under the list narrow it with a click.</source>
        <translation>Die Bibliothek links listet alle Depeschen auf, die neuesten zuerst. Tippen Sie in ihr Suchfeld (&lt;b&gt;Strg+K&lt;/b&gt;): Wörter, &quot;Wortgruppen&quot;, Präfixe wie &lt;i&gt;manas*&lt;/i&gt;, AND, OR, NOT und Filter wie &lt;i&gt;origin:Astana&lt;/i&gt;, &lt;i&gt;tag:PGOV&lt;/i&gt;, &lt;i&gt;from:2009-02&lt;/i&gt;. Die Werte unter der Liste grenzen sie per Klick ein.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enter&lt;/b&gt; opens a cable at the paragraph that matched, its words highlighted; &lt;b&gt;F3&lt;/b&gt; and &lt;b&gt;Shift+F3&lt;/b&gt; go to the other paragraphs with them. &lt;b&gt;Ctrl+Enter&lt;/b&gt; opens a cable in a second column, side by side.</source>
        <translation>&lt;b&gt;Eingabe&lt;/b&gt; öffnet eine Depesche an dem Absatz, der gefunden wurde, mit hervorgehobenen Suchwörtern; &lt;b&gt;F3&lt;/b&gt; und &lt;b&gt;Umschalt+F3&lt;/b&gt; springen zu den anderen Absätzen, die sie enthalten. &lt;b&gt;Strg+Eingabe&lt;/b&gt; öffnet eine Depesche in einer zweiten Spalte, nebeneinander.</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>A cable shows once and clean: sections as headings, numbered paragraphs, what was removed said above it. &lt;b&gt;Show original&lt;/b&gt; (&lt;b&gt;Ctrl+U&lt;/b&gt;) shows the telegram as it was saved. Every reference is a link; a grey one is not in the library. &lt;b&gt;Alt+Left&lt;/b&gt; goes back.</source>
        <translation>Eine Depesche erscheint nur einmal und bereinigt: Abschnitte als Überschriften, nummerierte Absätze, darüber vermerkt, was entfernt wurde. &lt;b&gt;Original anzeigen&lt;/b&gt; (&lt;b&gt;Strg+U&lt;/b&gt;) zeigt das Telegramm so, wie es gespeichert wurde. Jeder Verweis ist ein Link; ein grauer ist nicht in der Bibliothek. &lt;b&gt;Alt+Links&lt;/b&gt; geht zurück.</translation>
    </message>
    <message>
        <source>Tagging and notes</source>
        <translation>Schlagwörter und Notizen</translation>
    </message>
    <message>
        <source>Select words in a paragraph (a drag takes whole words) and press &lt;b&gt;Ctrl+T&lt;/b&gt; to tag them, or &lt;b&gt;Ctrl+Shift+A&lt;/b&gt; to write a note; &lt;b&gt;1&lt;/b&gt;–&lt;b&gt;9&lt;/b&gt; apply your recent tags. &lt;b&gt;View ▸ Annotations Browser&lt;/b&gt; finds your annotations across the library.</source>
        <translation>Markieren Sie Wörter in einem Absatz (Ziehen erfasst ganze Wörter) und drücken Sie &lt;b&gt;Strg+T&lt;/b&gt;, um ihnen ein Schlagwort zuzuweisen, oder &lt;b&gt;Strg+Umschalt+A&lt;/b&gt;, um eine Notiz zu schreiben; &lt;b&gt;1&lt;/b&gt;–&lt;b&gt;9&lt;/b&gt; weisen Ihre zuletzt verwendeten Schlagwörter zu. &lt;b&gt;Ansicht ▸ Annotationsbrowser&lt;/b&gt; findet Ihre Annotationen in der ganzen Bibliothek.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>&lt;b&gt;File ▸ Export Report…&lt;/b&gt; turns the current search result into a report with your notes, as PDF or HTML, or your annotations as CSV or JSON.</source>
        <translation>&lt;b&gt;Datei ▸ Bericht exportieren …&lt;/b&gt; macht aus dem aktuellen Suchergebnis einen Bericht mit Ihren Notizen, als PDF oder HTML, oder gibt Ihre Annotationen als CSV oder JSON aus.</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>&lt;b&gt;Help ▸ Keyboard Shortcuts&lt;/b&gt; lists every key. &lt;b&gt;Edit ▸ Preferences&lt;/b&gt; sets the reading font, the colours and the name that signs your notes.</source>
        <translation>&lt;b&gt;Hilfe ▸ Tastenkürzel&lt;/b&gt; listet alle Tasten auf. &lt;b&gt;Bearbeiten ▸ Einstellungen&lt;/b&gt; legt die Leseschrift, die Farben und den Namen fest, mit dem Ihre Notizen unterzeichnet werden.</translation>
    </message>
</context>
<context>
    <name>Reftel::ImportCommand</name>
    <message>
        <source>import PATH...</source>
        <translation>import PFAD...</translation>
    </message>
    <message>
        <source>import files, folders and release CSV files</source>
        <translation>Dateien, Ordner und Veröffentlichungs-CSV-Dateien importieren</translation>
    </message>
    <message>
        <source>files, folders and release CSV files to import</source>
        <translation>zu importierende Dateien, Ordner und Veröffentlichungs-CSV-Dateien</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>PFAD...</translation>
    </message>
    <message>
        <source>import needs at least one file or folder</source>
        <translation>import benötigt mindestens eine Datei oder einen Ordner</translation>
    </message>
    <message>
        <source>Importing… %1%</source>
        <translation>Importieren… %1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 file(s): %2 imported, %3 updated, %4 merged, %5 skipped, %6 not cables, %7 failed; %8 cables stored in %9 s.</source>
        <translation>%1 Datei(en): %2 importiert, %3 aktualisiert, %4 zusammengeführt, %5 übersprungen, %6 keine Depeschen, %7 fehlgeschlagen; %8 Depeschen in %9 s gespeichert.</translation>
    </message>
</context>
<context>
    <name>Reftel::ImportController</name>
    <message>
        <source>Importing cables…</source>
        <translation>Depeschen werden importiert …</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Indexing the cables an interrupted import stored…</source>
        <translation>Die Depeschen, die ein unterbrochener Import gespeichert hat, werden indexiert…</translation>
    </message>
    <message>
        <source>Indexing for search…</source>
        <translation>Depeschen werden für die Suche indexiert…</translation>
    </message>
</context>
<context>
    <name>Reftel::ImportSummaryDialog</name>
    <message>
        <source>Import Stopped</source>
        <translation>Import angehalten</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Files that could not be imported</source>
        <translation>Dateien, die nicht importiert werden konnten</translation>
    </message>
    <message>
        <source>&amp;Copy Failures</source>
        <translation>Fehler &amp;kopieren</translation>
    </message>
    <message>
        <source>%1 imported, %2 updated, %3 merged with cables already in the library, %4 already there, %5 failed.</source>
        <translation>%1 importiert, %2 aktualisiert, %3 mit Depeschen der Bibliothek zusammengeführt, %4 schon vorhanden, %5 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The import was stopped; what was stored stays, and importing the same files again continues it.</source>
        <translation>Der Import wurde angehalten; Gespeichertes bleibt erhalten, und ein erneuter Import derselben Dateien setzt ihn fort.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped as no cables (listed below).</source>
        <translation>
            <numerusform>%n Datei wurde übersprungen, da sie keine Depeschen enthält (unten aufgeführt).</numerusform>
            <numerusform>%n Dateien wurden übersprungen, da sie keine Depeschen enthalten (unten aufgeführt).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reftel::JobParser</name>
    <message>
        <source>%1: cannot open the file (%2).</source>
        <translation>%1: Die Datei kann nicht geöffnet werden (%2).</translation>
    </message>
</context>
<context>
    <name>Reftel::KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>Reftel::LibraryCommand</name>
    <message>
        <source>library copy FROM TO</source>
        <translation>library copy FROM TO</translation>
    </message>
    <message>
        <source>copy a whole library into another: a file to a team library
on a server and back</source>
        <translation>eine ganze Bibliothek in eine andere kopieren: eine Datei in eine Team-Bibliothek
auf einem Server und zurück</translation>
    </message>
    <message>
        <source>Replace what TO holds instead of refusing a library that is not empty.</source>
        <translation>Den Inhalt von TO ersetzen, statt eine nicht leere Bibliothek abzulehnen.</translation>
    </message>
    <message>
        <source>what to do with a library (copy)</source>
        <translation>was mit einer Bibliothek geschehen soll (copy)</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>the library to copy: a file, or a team library (postgresql://user@host/database, service=name)</source>
        <translation>die zu kopierende Bibliothek: eine Datei oder eine Team-Bibliothek (postgresql://user@host/database, service=name)</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>FROM</translation>
    </message>
    <message>
        <source>the library to copy it into, made when it is a file that does not exist</source>
        <translation>die Bibliothek, in die kopiert wird; eine Datei, die es nicht gibt, wird angelegt</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>TO</translation>
    </message>
    <message>
        <source>library needs what to do: library copy FROM TO</source>
        <translation>library braucht eine Angabe, was zu tun ist: library copy FROM TO</translation>
    </message>
    <message>
        <source>unknown library command &quot;%1&quot;: library copy FROM TO</source>
        <translation>unbekannter library-Befehl „%1“: library copy FROM TO</translation>
    </message>
    <message>
        <source>library copy needs the library to copy and the library to copy it into</source>
        <translation>library copy braucht die zu kopierende Bibliothek und die Bibliothek, in die kopiert wird</translation>
    </message>
    <message>
        <source>Copying… %1%</source>
        <translation>Kopiere … %1 %</translation>
    </message>
    <message>
        <source>Add --force to replace what it holds.</source>
        <translation>Mit --force wird ihr Inhalt ersetzt.</translation>
    </message>
    <message>
        <source>Rows in %1 and in its copy %2:</source>
        <translation>Zeilen in %1 und in seiner Kopie %2:</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>weicht ab</translation>
    </message>
    <message>
        <source>Copied: every table holds as many rows in the copy as in the library.</source>
        <translation>Kopiert: Jede Tabelle hat in der Kopie so viele Zeilen wie in der Bibliothek.</translation>
    </message>
</context>
<context>
    <name>Reftel::LibraryCopier</name>
    <message>
        <source>The copy of %1 in %2 does not hold what the library held: %3</source>
        <translation>Die Kopie von %1 in %2 enthält nicht, was die Bibliothek enthielt: %3</translation>
    </message>
    <message>
        <source>Both libraries must be open to copy one into the other.</source>
        <translation>Beide Bibliotheken müssen geöffnet sein, um eine in die andere zu kopieren.</translation>
    </message>
    <message>
        <source>%1 cannot be copied into itself.</source>
        <translation>%1 kann nicht in sich selbst kopiert werden.</translation>
    </message>
    <message>
        <source>%1 has no table %2: it is no Reftel library of this version.</source>
        <translation>%1 hat keine Tabelle %2: Es ist keine Reftel-Bibliothek dieser Version.</translation>
    </message>
    <message>
        <source>%1 is not empty: it already holds cables, tags or annotations.</source>
        <translation>%1 ist nicht leer: Sie enthält schon Depeschen, Schlagwörter oder Anmerkungen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the table %1 of %2: %3</source>
        <translation>Die Tabelle %1 von %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Cannot write the table %1 of %2: %3</source>
        <translation>Die Tabelle %1 von %2 kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>Cannot count the rows of %1 and %2: %3</source>
        <translation>Die Zeilen von %1 und %2 können nicht gezählt werden: %3</translation>
    </message>
</context>
<context>
    <name>Reftel::LibraryCopyFlow</name>
    <message>
        <source>%1 already holds a library. Replace everything it holds with a copy of %2?</source>
        <translation>%1 enthält schon eine Bibliothek. Alles darin durch eine Kopie von %2 ersetzen?</translation>
    </message>
    <message>
        <source>Nothing was copied: %1 already holds a library.</source>
        <translation>Nichts wurde kopiert: %1 enthält schon eine Bibliothek.</translation>
    </message>
    <message>
        <source>Copying the library to %1…</source>
        <translation>Die Bibliothek wird nach %1 kopiert …</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Copy Library to Server</source>
        <translation>Bibliothek auf Server kopieren</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>The copy was stopped. %1 holds %2 cables, %3 annotations, %4 tags and %5 drafts: all that it holds is whole, and it can be copied again with Replace.</source>
        <translation>Das Kopieren wurde angehalten. %1 enthält %2 Depeschen, %3 Anmerkungen, %4 Schlagwörter und %5 Entwürfe: Alles darin ist vollständig, und mit Ersetzen kann erneut kopiert werden.</translation>
    </message>
    <message>
        <source>Copied to %1: %2 cables, %3 annotations, %4 tags and %5 drafts; every table holds as many rows as the library.</source>
        <translation>Nach %1 kopiert: %2 Depeschen, %3 Anmerkungen, %4 Schlagwörter und %5 Entwürfe; jede Tabelle hat so viele Zeilen wie die Bibliothek.</translation>
    </message>
</context>
<context>
    <name>Reftel::LibraryDatabase</name>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot switch the journal to WAL mode (got %1)</source>
        <translation>das Journal kann nicht in den WAL-Modus geschaltet werden (erhalten: %1)</translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2</source>
        <translation>Die Bibliothek %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the file is read-only, so nothing can be imported into it or changed in it</source>
        <translation>die Datei ist schreibgeschützt; es kann nichts in sie importiert und nichts in ihr geändert werden</translation>
    </message>
    <message>
        <source>the folder %1 is read-only; SQLite keeps its journal beside the library</source>
        <translation>der Ordner %1 ist schreibgeschützt; SQLite legt sein Journal neben der Bibliothek ab</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>there is no such file (the folder %1 does not exist either)</source>
        <translation>die Datei existiert nicht (auch der Ordner %1 existiert nicht)</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>es handelt sich nicht um eine Datei</translation>
    </message>
    <message>
        <source>it was written by an older Reftel (schema %1) and cannot be upgraded here, since it cannot be written; open it once where it can</source>
        <translation>sie wurde von einer älteren Reftel-Version geschrieben (Schema %1) und kann hier nicht aktualisiert werden, da sie nicht beschreibbar ist; öffnen Sie sie einmal dort, wo sie beschreibbar ist</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>sie ist beschädigt (%1)</translation>
    </message>
</context>
<context>
    <name>Reftel::LibraryHealth</name>
    <message>
        <source>another Reftel is writing to the library</source>
        <translation>ein anderes Reftel schreibt gerade in die Bibliothek</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the library cannot be written to (a read-only file or folder)</source>
        <translation>in die Bibliothek kann nicht geschrieben werden (schreibgeschützte Datei oder schreibgeschützter Ordner)</translation>
    </message>
    <message>
        <source>the library is damaged</source>
        <translation>die Bibliothek ist beschädigt</translation>
    </message>
    <message>
        <source>the disk failed to read or write (input/output error)</source>
        <translation>der Datenträger meldete einen Lese- oder Schreibfehler (Ein-/Ausgabefehler)</translation>
    </message>
    <message>
        <source>the library could not be written</source>
        <translation>die Bibliothek konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Reftel::LibraryImporter</name>
    <message>
        <source>%1: cannot store cable %2: %3</source>
        <translation>%1: Depesche %2 kann nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>zusammengeführt</translation>
    </message>
    <message>
        <source>skipped (already imported)</source>
        <translation>übersprungen (bereits importiert)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: not a file or folder that can be read.</source>
        <translation>%1: keine lesbare Datei und kein lesbarer Ordner.</translation>
    </message>
    <message>
        <source>%1: no such file or folder.</source>
        <translation>%1: Datei oder Ordner nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1: cannot open the file (%2).</source>
        <translation>%1: Die Datei kann nicht geöffnet werden (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n Zeile gelesen</numerusform>
            <numerusform>%n Zeilen gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot update the full-text index: %2; the cables are stored, and the next import or the next start of Reftel indexes them</source>
        <translation>%1: Der Volltextindex kann nicht aktualisiert werden: %2; die Depeschen sind gespeichert, und der nächste Import oder der nächste Start von Reftel indexiert sie</translation>
    </message>
    <message>
        <source>%1: not imported: the import stopped because %2.</source>
        <translation>%1: nicht importiert: Der Import wurde angehalten, denn %2.</translation>
    </message>
    <message>
        <source>Waiting for another Reftel to finish writing to the library %1…</source>
        <translation>Warten, bis ein anderes Reftel das Schreiben in die Bibliothek %1 beendet hat…</translation>
    </message>
    <message>
        <source>%1: not stored: %2</source>
        <translation>%1: nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>%1: this copy of %2 holds %3 characters of the %4 stored; the longer text was kept (the copy may be cut short).</source>
        <translation>%1: Diese Kopie von %2 enthält %3 der %4 gespeicherten Zeichen; der längere Text wurde behalten (die Kopie ist möglicherweise abgeschnitten).</translation>
    </message>
    <message>
        <source>%1: rows %2 to %3 (%4 cables) not stored: %5</source>
        <translation>%1: Zeilen %2 bis %3 (%4 Depeschen) nicht gespeichert: %5</translation>
    </message>
    <message>
        <source>skipped (not a cable)</source>
        <translation>übersprungen (keine Depesche)</translation>
    </message>
    <message>
        <source>%1: the folder cannot be read (%2); the files in it were not imported.</source>
        <translation>%1: Der Ordner kann nicht gelesen werden (%2); die Dateien darin wurden nicht importiert.</translation>
    </message>
    <message>
        <source>%1: a link to something that does not exist.</source>
        <translation>%1: ein Link auf etwas, das nicht existiert.</translation>
    </message>
    <message>
        <source>%1: not a file that can be read (a device, socket or pipe).</source>
        <translation>%1: keine lesbare Datei (ein Gerät, ein Socket oder eine Pipe).</translation>
    </message>
    <message>
        <source>%1: skipped, not a cable: %2.</source>
        <translation>%1: übersprungen, keine Depesche: %2.</translation>
    </message>
    <message>
        <source>%1: no cable found in the row.</source>
        <translation>%1: keine Depesche in der Zeile gefunden.</translation>
    </message>
    <message>
        <source>%1: row %2 and the rows after it</source>
        <translation>%1: Zeile %2 und die folgenden Zeilen</translation>
    </message>
    <message>
        <source>%1 row(s) read, %2 skipped as malformed</source>
        <translation>%1 Zeile(n) gelesen, %2 als fehlerhaft übersprungen</translation>
    </message>
    <message>
        <source>%1: no cable found in the file.</source>
        <translation>%1: keine Depesche in der Datei gefunden.</translation>
    </message>
    <message>
        <source>%1: the row cannot be read again (%2).</source>
        <translation>%1: Die Zeile kann nicht erneut gelesen werden (%2).</translation>
    </message>
</context>
<context>
    <name>Reftel::LibraryListModel</name>
    <message>
        <source>Reference</source>
        <translation>Verweis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Fundstelle</translation>
    </message>
</context>
<context>
    <name>Reftel::LibraryLocation</name>
    <message>
        <source>%1 is not a PostgreSQL connection setting Reftel knows (such as host, port, dbname, user, sslmode or service).</source>
        <translation>%1 ist keine PostgreSQL-Verbindungseinstellung, die Reftel kennt (etwa host, port, dbname, user, sslmode oder service).</translation>
    </message>
    <message>
        <source>The setting %1 may not contain a semicolon.</source>
        <translation>Die Einstellung %1 darf kein Semikolon enthalten.</translation>
    </message>
    <message>
        <source>No library was named.</source>
        <translation>Es wurde keine Bibliothek angegeben.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address: a [ without its ].</source>
        <translation>%1 ist keine PostgreSQL-Adresse: eine [ ohne ihre ].</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address: text after the ].</source>
        <translation>%1 ist keine PostgreSQL-Adresse: Text nach der ].</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address: the port %2 is not a number.</source>
        <translation>%1 ist keine PostgreSQL-Adresse: Der Port %2 ist keine Zahl.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address: %2 is not keyword=value.</source>
        <translation>%1 ist keine PostgreSQL-Adresse: %2 hat nicht die Form Schlüssel=Wert.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL connection: %2 has no value.</source>
        <translation>%1 ist keine PostgreSQL-Verbindung: %2 hat keinen Wert.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL connection: a quote is not closed.</source>
        <translation>%1 ist keine PostgreSQL-Verbindung: Ein Anführungszeichen wird nicht geschlossen.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Rechner</translation>
    </message>
    <message>
        <source>team library %1</source>
        <translation>Team-Bibliothek %1</translation>
    </message>
    <message>
        <source>team library on %1</source>
        <translation>Team-Bibliothek auf %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
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
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Words, &quot;phrases&quot;, prefix*, AND/OR/NOT, and the filters origin: tag: class: from: to: ref: id:; a cable number as written (RIO DE JANEIRO 138) and Enter opens that cable</source>
        <translation>Wörter, &quot;Wortgruppen&quot;, Präfix*, AND/OR/NOT und die Filter origin: tag: class: from: to: ref: id:; eine Depeschennummer, wie sie geschrieben wird (RIO DE JANEIRO 138), und Eingabe öffnet diese Depesche</translation>
    </message>
</context>
<context>
    <name>Reftel::LibraryPath</name>
    <message>
        <source>no library file named</source>
        <translation>keine Bibliotheksdatei angegeben</translation>
    </message>
    <message>
        <source>%1 is not a library file.</source>
        <translation>%1 ist keine Bibliotheksdatei.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a library file (such as %1/library.sqlite).</source>
        <translation>%1 ist ein Ordner, keine Bibliotheksdatei (etwa %1/library.sqlite).</translation>
    </message>
    <message>
        <source>%1 is not a library file: a library is an SQLite file (such as ~/cables.sqlite), or a team library on a PostgreSQL server (postgresql://user@host/database), not %2://.</source>
        <translation>%1 ist keine Bibliotheksdatei: Eine Bibliothek ist eine SQLite-Datei (etwa ~/cables.sqlite) oder eine Team-Bibliothek auf einem PostgreSQL-Server (postgresql://user@host/database), nicht %2://.</translation>
    </message>
</context>
<context>
    <name>Reftel::LibrarySalvage</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 exists already; the salvaged copy goes into a new file.</source>
        <translation>%1 existiert bereits; die gerettete Kopie muss in eine neue Datei geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 cannot be read at all: %2</source>
        <translation>%1 kann überhaupt nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The salvaged copy %1 could not be finished: %2</source>
        <translation>Die gerettete Kopie %1 konnte nicht fertiggestellt werden: %2</translation>
    </message>
    <message>
        <source>The salvaged copy %1 could not be written: %2</source>
        <translation>Die gerettete Kopie %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Reftel::LibrarySearch</name>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
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
        <translation>Annotationen</translation>
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
    <message numerus="yes">
        <source>Created a new library with %n sample cable(s).</source>
        <translation>
            <numerusform>Neue Bibliothek mit %n Beispieldepesche angelegt.</numerusform>
            <numerusform>Neue Bibliothek mit %n Beispieldepeschen angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Reftel</source>
        <translation>%1 — Reftel</translation>
    </message>
    <message>
        <source>%1 cables</source>
        <translation>%1 Depeschen</translation>
    </message>
    <message>
        <source>%1 cables match</source>
        <translation>%1 Depeschen gefunden</translation>
    </message>
    <message>
        <source>%1 is not in this library.</source>
        <translation>%1 ist nicht in dieser Bibliothek.</translation>
    </message>
    <message>
        <source>&amp;Find in Cable…</source>
        <translation>In Depesche &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Next Cable</source>
        <translation>&amp;Nächste Depesche</translation>
    </message>
    <message>
        <source>&amp;Previous Cable</source>
        <translation>&amp;Vorherige Depesche</translation>
    </message>
    <message>
        <source>Next P&amp;aragraph</source>
        <translation>Nächster &amp;Absatz</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ragraph</source>
        <translation>Vo&amp;rheriger Absatz</translation>
    </message>
    <message>
        <source>&amp;Switch Column</source>
        <translation>&amp;Spalte wechseln</translation>
    </message>
    <message>
        <source>Show &amp;Original Text</source>
        <translation>&amp;Originaltext anzeigen</translation>
    </message>
    <message>
        <source>Close &amp;Other Column</source>
        <translation>&amp;Andere Spalte schließen</translation>
    </message>
    <message>
        <source>Import finished: %1</source>
        <translation>Import abgeschlossen: %1</translation>
    </message>
    <message>
        <source>1 cable</source>
        <translation>1 Depesche</translation>
    </message>
    <message>
        <source>1 cable matches</source>
        <translation>1 Depesche passt</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>Dateien &amp;importieren …</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren …</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>&amp;Neue Bibliothek …</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>Bibliothek ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Es läuft bereits ein Import.</translation>
    </message>
    <message>
        <source>Import Cables</source>
        <translation>Depeschen importieren</translation>
    </message>
    <message>
        <source>Cables (*.txt *.html *.htm *.csv);;All files (*)</source>
        <translation>Depeschen (*.txt *.html *.htm *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Cables</source>
        <translation>Einen Ordner mit Depeschen importieren</translation>
    </message>
    <message>
        <source>Reftel libraries (*.sqlite);;All files (*)</source>
        <translation>Reftel-Bibliotheken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Neue Bibliothek</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <source>More than %1 cables match; the newest hits are listed. Add words or filters to narrow.</source>
        <translation>Mehr als %1 Depeschen passen; die neuesten Treffer werden angezeigt. Weitere Wörter oder Filter grenzen ein.</translation>
    </message>
    <message>
        <source>Copy &amp;Link to Paragraph</source>
        <translation>&amp;Link zum Absatz kopieren</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>S&amp;ynchronize Scrolling</source>
        <translation>Bildlauf s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>There is no search result to export. Export the cables with these tags (comma-separated, sub-tags included):</source>
        <translation>Es gibt kein Suchergebnis zum Exportieren. Die Depeschen mit diesen Schlagwörtern exportieren (durch Kommas getrennt, Unterschlagwörter eingeschlossen):</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren …</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>The Library Is Damaged</source>
        <translation>Die Bibliothek ist beschädigt</translation>
    </message>
    <message>
        <source>The library %1 is damaged, so Reftel does not read from it: what it answered could be wrong or incomplete.

Reftel changed nothing in it. You can save what is still readable into a new library and open that one; the damaged file stays as it is.</source>
        <translation>Die Bibliothek %1 ist beschädigt, daher liest Reftel nicht aus ihr: Was sie lieferte, könnte falsch oder unvollständig sein.

Reftel hat nichts an ihr geändert. Sie können das noch Lesbare in einer neuen Bibliothek speichern und diese öffnen; die beschädigte Datei bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Save a Salvaged Copy…</source>
        <translation>Gerettete Kopie speichern…</translation>
    </message>
    <message>
        <source>Save a Salvaged Copy</source>
        <translation>Gerettete Kopie speichern</translation>
    </message>
    <message>
        <source>Reftel libraries (*.sqlite)</source>
        <translation>Reftel-Bibliotheken (*.sqlite)</translation>
    </message>
    <message numerus="yes">
        <source>Opened the salvaged copy %1: %n cable(s).</source>
        <translation>
            <numerusform>Gerettete Kopie %1 geöffnet: %n Depesche.</numerusform>
            <numerusform>Gerettete Kopie %1 geöffnet: %n Depeschen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cables; %2 of them are being indexed, and searches do not find them yet.</source>
        <translation>%1 Depeschen; %2 davon werden gerade indexiert und von Suchen noch nicht gefunden.</translation>
    </message>
    <message>
        <source>The side panes made room for two columns; View shows them again, closing a column brings them back.</source>
        <translation>Die Seitenleisten wurden für zwei Spalten ausgeblendet; das Menü Ansicht zeigt sie wieder an, und das Schließen einer Spalte holt sie zurück.</translation>
    </message>
    <message>
        <source>No search words to go to: search the library first (Ctrl+K).</source>
        <translation>Keine Suchwörter, zu denen gesprungen werden kann: Durchsuchen Sie zuerst die Bibliothek (Strg+K).</translation>
    </message>
    <message>
        <source>No paragraph of this cable holds the search words.</source>
        <translation>Kein Absatz dieser Depesche enthält die Suchwörter.</translation>
    </message>
    <message>
        <source>Next &amp;Match</source>
        <translation>Nächster &amp;Treffer</translation>
    </message>
    <message>
        <source>Previous Matc&amp;h</source>
        <translation>Vorheriger Tre&amp;ffer</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>%1. “%2” is the number of cable %3: press Enter to open it.</source>
        <translation>%1. „%2“ ist die Nummer der Depesche %3: Eingabe öffnet sie.</translation>
    </message>
    <message>
        <source>%1. “%2” is the number of %3 cables of different years (%4): press Enter to list them.</source>
        <translation>%1. „%2“ ist die Nummer von %3 Depeschen verschiedener Jahre (%4): Eingabe listet sie auf.</translation>
    </message>
    <message>
        <source>Open &amp;Team Library…</source>
        <translation>&amp;Team-Bibliothek öffnen …</translation>
    </message>
    <message>
        <source>&amp;Copy Library to Server…</source>
        <translation>Bibliothek auf Server &amp;kopieren …</translation>
    </message>
    <message>
        <source>Team library %1: %2</source>
        <translation>Team-Bibliothek %1: %2</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The server of %1 asks for your password.</source>
        <translation>Der Server von %1 fragt nach Ihrem Passwort.</translation>
    </message>
    <message>
        <source>The server of %1 asks for the password of %2.</source>
        <translation>Der Server von %1 fragt nach dem Passwort von %2.</translation>
    </message>
    <message>
        <source>Passwords are not saved: use ~/.pgpass or enter it each time</source>
        <translation>Passwörter werden nicht gespeichert: ~/.pgpass verwenden oder jedes Mal eingeben</translation>
    </message>
    <message>
        <source>Copy Library to Server</source>
        <translation>Bibliothek auf Server kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>Reftel::ManPage</name>
    <message>
        <source>User Commands</source>
        <translation>Benutzerbefehle</translation>
    </message>
    <message>
        <source>reader and annotation tool for diplomatic cables</source>
        <translation>Lese- und Annotationswerkzeug für diplomatische Depeschen</translation>
    </message>
    <message>
        <source>Options of the commands</source>
        <translation>Optionen der Befehle</translation>
    </message>
    <message>
        <source>Options of export</source>
        <translation>Optionen von export</translation>
    </message>
    <message>
        <source>The default library, made with five sample cables on first use.</source>
        <translation>Die Standardbibliothek, beim ersten Gebrauch mit fünf Beispieldepeschen angelegt.</translation>
    </message>
    <message>
        <source>0 success; 1 some files or cables failed (each named on the error output); 2 usage error; 3 the library is damaged (nothing it answered is printed).</source>
        <translation>0 Erfolg; 1 einige Dateien oder Depeschen sind fehlgeschlagen (jede in der Fehlerausgabe genannt); 2 Aufruffehler; 3 die Bibliothek ist beschädigt (nichts von ihren Antworten wird ausgegeben).</translation>
    </message>
</context>
<context>
    <name>Reftel::MergeTagsCommand</name>
    <message>
        <source>Merge tag %1 into %2</source>
        <translation>Schlagwort %1 in %2 zusammenführen</translation>
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
    <message>
        <source>unknown tag</source>
        <translation>unbekanntes Schlagwort</translation>
    </message>
    <message>
        <source>Metadata of the open cable</source>
        <translation>Metadaten der geöffneten Depesche</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Verweis</translation>
    </message>
    <message>
        <source>time taken from the routing line; the page&apos;s was wrong</source>
        <translation>Uhrzeit aus der Leitzeile übernommen; die der Seite war falsch</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>Zusatzvermerke</translation>
    </message>
    <message>
        <source>Precedence</source>
        <translation>Vorrangstufe</translation>
    </message>
    <message>
        <source>Date-time group</source>
        <translation>Datum-Zeit-Gruppe</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Nachrichtlich</translation>
    </message>
    <message>
        <source>Passing</source>
        <translation>Weitergabe</translation>
    </message>
    <message>
        <source>Subject tags</source>
        <translation>Sachschlagwörter</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Declassify on</source>
        <translation>Einstufung aufheben am</translation>
    </message>
    <message>
        <source>Declassification</source>
        <translation>Aufhebung der Einstufung</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>Gründe: %1</translation>
    </message>
    <message>
        <source>Classified by</source>
        <translation>Eingestuft von</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Saved as</source>
        <translation>Gespeichert als</translation>
    </message>
    <message>
        <source>Not understood</source>
        <translation>Nicht verstanden</translation>
    </message>
</context>
<context>
    <name>Reftel::OutlinePane</name>
    <message>
        <source>Open a cable to see its sections and paragraphs.</source>
        <translation>Öffnen Sie eine Depesche, um ihre Abschnitte und Absätze zu sehen.</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Sections and paragraphs of the open cable</source>
        <translation>Abschnitte und Absätze der geöffneten Depesche</translation>
    </message>
</context>
<context>
    <name>Reftel::ParseProtocol</name>
    <message>
        <source>it does not speak Reftel&apos;s parser protocol</source>
        <translation>er beherrscht das Parserprotokoll von Reftel nicht</translation>
    </message>
    <message>
        <source>it is from another version of Reftel (format %1, parser %2; this one expects format %3, parser %4)</source>
        <translation>er stammt aus einer anderen Reftel-Version (Format %1, Parser %2; diese erwartet Format %3, Parser %4)</translation>
    </message>
</context>
<context>
    <name>Reftel::ParseWorker</name>
    <message>
        <source>reftel-parse is Reftel&apos;s parser process: Reftel starts it to import cables.</source>
        <translation>reftel-parse ist der Parserprozess von Reftel: Reftel startet ihn, um Depeschen zu importieren.</translation>
    </message>
</context>
<context>
    <name>Reftel::ParseWorkerPool</name>
    <message>
        <source>Cannot start Reftel&apos;s parser %1: %2.</source>
        <translation>Der Parser von Reftel %1 kann nicht gestartet werden: %2.</translation>
    </message>
    <message>
        <source>%1: Reftel could not read what its parser made of this row.</source>
        <translation>%1: Reftel konnte nicht lesen, was sein Parser aus dieser Zeile gemacht hat.</translation>
    </message>
    <message>
        <source>%1: Reftel could not read what its parser made of this file.</source>
        <translation>%1: Reftel konnte nicht lesen, was sein Parser aus dieser Datei gemacht hat.</translation>
    </message>
    <message>
        <source>%1: parsing took more than %2 s.</source>
        <translation>%1: Das Parsen dauerte länger als %2 s.</translation>
    </message>
    <message>
        <source>%1: the parser crashed on this row.</source>
        <translation>%1: Der Parser ist bei dieser Zeile abgestürzt.</translation>
    </message>
    <message>
        <source>%1: the parser crashed on this file.</source>
        <translation>%1: Der Parser ist bei dieser Datei abgestürzt.</translation>
    </message>
</context>
<context>
    <name>Reftel::ParseWorkerProcess</name>
    <message>
        <source>it ended as it started (%1)</source>
        <translation>er wurde gleich nach dem Start beendet (%1)</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message numerus="yes">
        <source>it did not answer within %n s</source>
        <translation>
            <numerusform>er hat nicht innerhalb von %n Sekunde geantwortet</numerusform>
            <numerusform>er hat nicht innerhalb von %n Sekunden geantwortet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reftel::PgCableCopier</name>
    <message>
        <source>the server gave no key for a new cable</source>
        <translation>der Server gab keinen Schlüssel für eine neue Depesche</translation>
    </message>
</context>
<context>
    <name>Reftel::PgCopyBuffer</name>
    <message>
        <source>no connection to the server</source>
        <translation>keine Verbindung zum Server</translation>
    </message>
    <message>
        <source>another statement is still running on the connection</source>
        <translation>auf der Verbindung läuft noch eine andere Anweisung</translation>
    </message>
    <message>
        <source>the client stopped the copy</source>
        <translation>der Client hat das Kopieren angehalten</translation>
    </message>
</context>
<context>
    <name>Reftel::PostgreSqlConnection</name>
    <message>
        <source>this Reftel cannot open team libraries: Qt&apos;s PostgreSQL driver (QPSQL) is not installed</source>
        <translation>dieses Reftel kann keine Team-Bibliotheken öffnen: Qts PostgreSQL-Treiber (QPSQL) ist nicht installiert</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>der Server war nicht erreichbar</translation>
    </message>
    <message>
        <source>the server runs PostgreSQL %1; team libraries need PostgreSQL 13 or later</source>
        <translation>auf dem Server läuft PostgreSQL %1; Team-Bibliotheken brauchen PostgreSQL 13 oder neuer</translation>
    </message>
</context>
<context>
    <name>Reftel::PostgreSqlSchema</name>
    <message>
        <source>Cannot start the upgrade of the schema: %1</source>
        <translation>Die Aktualisierung des Schemas kann nicht beginnen: %1</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Die Schemaversion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The library was written by a newer version of Reftel (schema %1; this version knows up to %2). Update Reftel to open it.</source>
        <translation>Die Bibliothek wurde von einer neueren Reftel-Version geschrieben (Schema %1; diese Version kennt bis %2). Aktualisieren Sie Reftel, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Cannot upgrade the library to schema %1: %2</source>
        <translation>Die Bibliothek kann nicht auf Schema %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot commit the upgrade to schema %1: %2</source>
        <translation>Die Aktualisierung auf Schema %1 kann nicht festgeschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Reftel::Preferences</name>
    <message>
        <source>Unknown author</source>
        <translation>Unbekannter Autor</translation>
    </message>
</context>
<context>
    <name>Reftel::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>Leseschrift</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Reading font size</source>
        <translation>Schriftgröße zum Lesen</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Author name</source>
        <translation>Name des Autors</translation>
    </message>
    <message>
        <source>Signs the annotations you make</source>
        <translation>Unterzeichnet Ihre Annotationen</translation>
    </message>
    <message>
        <source>The library used last</source>
        <translation>Die zuletzt verwendete Bibliothek</translation>
    </message>
    <message>
        <source>Default library</source>
        <translation>Standardbibliothek</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>Lese&amp;schrift:</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation>Name des &amp;Autors:</translation>
    </message>
    <message>
        <source>Default &amp;library:</source>
        <translation>Standard&amp;bibliothek:</translation>
    </message>
    <message>
        <source>Default Library</source>
        <translation>Standardbibliothek</translation>
    </message>
    <message>
        <source>Reftel libraries (*.sqlite)</source>
        <translation>Reftel-Bibliotheken (*.sqlite)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
</context>
<context>
    <name>Reftel::RawView</name>
    <message>
        <source>Original text</source>
        <translation>Originaltext</translation>
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
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
</context>
<context>
    <name>Reftel::RecentLibraries</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Reftel::RecolourTagCommand</name>
    <message>
        <source>Recolour tag %1</source>
        <translation>Farbe des Schlagworts %1 ändern</translation>
    </message>
</context>
<context>
    <name>Reftel::ReferenceGuide</name>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>Probably %1 (%2)
%3
%4</source>
        <translation>Wahrscheinlich %1 (%2)
%3
%4</translation>
    </message>
    <message>
        <source>%1 is not in this library.
Public copy: %2</source>
        <translation>%1 ist nicht in dieser Bibliothek.
Öffentliche Kopie: %2</translation>
    </message>
    <message>
        <source>REF %1 names %2, which is not in the library; opened %3: %4</source>
        <translation>REF %1 nennt %2, die nicht in der Bibliothek ist; %3 geöffnet: %4</translation>
    </message>
    <message>
        <source>%1 is not in this library. Public copy: %2</source>
        <translation>%1 ist nicht in dieser Bibliothek. Öffentliche Kopie: %2</translation>
    </message>
</context>
<context>
    <name>Reftel::ReferenceResolver</name>
    <message>
        <source>Cannot resolve the references in %1: %2</source>
        <translation>Die Verweise in %1 können nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>%1 is not in the library; %2, of the same post and year, has a serial %3 away and its subject holds %4% of the words of the reference&apos;s title.</source>
        <translation>%1 ist nicht in der Bibliothek; %2 von derselben Vertretung und aus demselben Jahr hat eine um %3 abweichende laufende Nummer, und ihr Betreff enthält %4&#xa0;% der Wörter des Verweistitels.</translation>
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
    <message>
        <source>References and citing cables</source>
        <translation>Verweise und zitierende Depeschen</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Verweis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>in the library</source>
        <translation>in der Bibliothek</translation>
    </message>
    <message>
        <source>probably</source>
        <translation>wahrscheinlich</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>not a cable</source>
        <translation>keine Depesche</translation>
    </message>
    <message>
        <source>not yet resolved</source>
        <translation>noch nicht aufgelöst</translation>
    </message>
    <message numerus="yes">
        <source>%1 cites %n cable(s)</source>
        <translation>
            <numerusform>%1 zitiert %n Depesche</numerusform>
            <numerusform>%1 zitiert %n Depeschen</numerusform>
        </translation>
    </message>
    <message>
        <source>References (%1)</source>
        <translation>Verweise (%1)</translation>
    </message>
    <message>
        <source>Probably %1: %2</source>
        <translation>Wahrscheinlich %1: %2</translation>
    </message>
    <message>
        <source>Not in this library. Public copy: %1</source>
        <translation>Nicht in dieser Bibliothek. Öffentliche Kopie: %1</translation>
    </message>
    <message>
        <source>Cited by (%1)</source>
        <translation>Zitiert von (%1)</translation>
    </message>
</context>
<context>
    <name>Reftel::RefsCommand</name>
    <message>
        <source>refs ID</source>
        <translation>refs ID</translation>
    </message>
    <message>
        <source>a cable&apos;s references with their state, and the cables citing it</source>
        <translation>die Verweise einer Depesche mit ihrem Status und die sie zitierenden Depeschen</translation>
    </message>
    <message>
        <source>the cable, as 09ASTANA253</source>
        <translation>die Depesche, etwa 09ASTANA253</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1 needs exactly one cable id</source>
        <translation>%1 benötigt genau eine Depeschenkennung</translation>
    </message>
    <message>
        <source>%1: no such cable in the library %2</source>
        <translation>%1: keine solche Depesche in der Bibliothek %2</translation>
    </message>
    <message>
        <source>References of %1:</source>
        <translation>Verweise von %1:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Cited by:</source>
        <translation>Zitiert von:</translation>
    </message>
    <message>
        <source>none in this library</source>
        <translation>keine in dieser Bibliothek</translation>
    </message>
</context>
<context>
    <name>Reftel::ReleaseCsvReader</name>
    <message>
        <source>%1: row %2 of the release CSV is too long to be a cable; it was skipped.</source>
        <translation>%1: Zeile %2 der Veröffentlichungs-CSV ist zu lang für eine Depesche; sie wurde übersprungen.</translation>
    </message>
    <message>
        <source>%1: row %2 of the release CSV is malformed (expected %3 quoted fields); it was skipped.</source>
        <translation>%1: Zeile %2 der Veröffentlichungs-CSV ist fehlerhaft (erwartet: %3 Felder in Anführungszeichen); sie wurde übersprungen.</translation>
    </message>
    <message>
        <source>%1: the release CSV ends inside row %2; the row was skipped.</source>
        <translation>%1: Die Veröffentlichungs-CSV endet innerhalb von Zeile %2; die Zeile wurde übersprungen.</translation>
    </message>
</context>
<context>
    <name>Reftel::RenameTagCommand</name>
    <message>
        <source>Rename tag %1 to %2</source>
        <translation>Schlagwort %1 in %2 umbenennen</translation>
    </message>
</context>
<context>
    <name>Reftel::ReportBuilder</name>
    <message>
        <source>[image %1]</source>
        <translation>[Bild %1]</translation>
    </message>
    <message>
        <source>in the library</source>
        <translation>in der Bibliothek</translation>
    </message>
    <message>
        <source>not in the library</source>
        <translation>nicht in der Bibliothek</translation>
    </message>
    <message>
        <source>probably</source>
        <translation>wahrscheinlich</translation>
    </message>
    <message>
        <source>not a cable</source>
        <translation>keine Depesche</translation>
    </message>
    <message>
        <source>not yet resolved</source>
        <translation>noch nicht aufgelöst</translation>
    </message>
    <message>
        <source>the search “%1”</source>
        <translation>die Suche „%1“</translation>
    </message>
    <message>
        <source>the tags %1</source>
        <translation>die Schlagwörter %1</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>the cables %1</source>
        <translation>die Depeschen %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Choose the cables of the report: ids, a search or tags.</source>
        <translation>Wählen Sie die Depeschen des Berichts: Kennungen, eine Suche oder Schlagwörter.</translation>
    </message>
    <message>
        <source>%1: no such cable in the library.</source>
        <translation>%1: keine solche Depesche in der Bibliothek.</translation>
    </message>
    <message>
        <source>No tag is named “%1”.</source>
        <translation>Kein Schlagwort heißt „%1“.</translation>
    </message>
    <message>
        <source>Could not read the tagged cables: %1</source>
        <translation>Die verschlagworteten Depeschen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No cable in the library matches %1.</source>
        <translation>Keine Depesche in der Bibliothek entspricht %1.</translation>
    </message>
    <message>
        <source>Cable report</source>
        <translation>Depeschenbericht</translation>
    </message>
    <message>
        <source>Selected by</source>
        <translation>Ausgewählt durch</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cable</source>
        <translation>Depesche</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>TAGS</translation>
    </message>
    <message>
        <source>Classified by</source>
        <translation>Eingestuft von</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Verweise</translation>
    </message>
    <message>
        <source>Annotated paragraphs</source>
        <translation>Annotierte Absätze</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Annotations whose passage is no longer in the text</source>
        <translation>Annotationen, deren Passage nicht mehr im Text steht</translation>
    </message>
    <message>
        <source>Tag index</source>
        <translation>Schlagwortverzeichnis</translation>
    </message>
    <message>
        <source>No annotation in these cables carries a tag.</source>
        <translation>Keine Annotation in diesen Depeschen trägt ein Schlagwort.</translation>
    </message>
    <message>
        <source>Cables: %1 · Annotations: %2 · Notes: %3</source>
        <translation>Depeschen: %1 · Annotationen: %2 · Notizen: %3</translation>
    </message>
</context>
<context>
    <name>Reftel::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Cable report</source>
        <translation>Depeschenbericht</translation>
    </message>
    <message>
        <source>Header metadata (date, origin, classification, TAGS)</source>
        <translation>Kopfdaten (Datum, Herkunft, Einstufung, TAGS)</translation>
    </message>
    <message>
        <source>Only the annotated paragraphs</source>
        <translation>Nur die annotierten Absätze</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Tag index</source>
        <translation>Schlagwortverzeichnis</translation>
    </message>
    <message>
        <source>References with their state</source>
        <translation>Verweise mit ihrem Status</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>Cables:</source>
        <translation>Depeschen:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Aufnehmen:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>PD&amp;F exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>&amp;HTML exportieren…</translation>
    </message>
    <message>
        <source>Annotations as &amp;CSV…</source>
        <translation>Annotationen als &amp;CSV…</translation>
    </message>
    <message>
        <source>Annotations as &amp;JSON…</source>
        <translation>Annotationen als &amp;JSON…</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Bericht wird erstellt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Writing the pages…</source>
        <translation>Seiten werden geschrieben…</translation>
    </message>
</context>
<context>
    <name>Reftel::ReportExporter</name>
    <message numerus="yes">
        <source>Wrote %1: %n page(s)</source>
        <translation>
            <numerusform>%1 geschrieben: %n Seite</numerusform>
            <numerusform>%1 geschrieben: %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n cable(s), </source>
        <translation>
            <numerusform>%n Depesche, </numerusform>
            <numerusform>%n Depeschen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation</numerusform>
            <numerusform>%n Annotationen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reftel::ReportWriter</name>
    <message>
        <source>Could not start painting the report.</source>
        <translation>Das Zeichnen des Berichts konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not start a new page.</source>
        <translation>Es konnte keine neue Seite begonnen werden.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Could not finish painting the report.</source>
        <translation>Das Zeichnen des Berichts konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Reftel::RetagAnnotationCommand</name>
    <message>
        <source>Change tags</source>
        <translation>Schlagwörter ändern</translation>
    </message>
</context>
<context>
    <name>Reftel::SalvageCommand</name>
    <message>
        <source>salvage NEWFILE</source>
        <translation>salvage NEUEDATEI</translation>
    </message>
    <message>
        <source>copy what a damaged library still holds into a new library</source>
        <translation>das noch Lesbare einer beschädigten Bibliothek in eine neue Bibliothek kopieren</translation>
    </message>
    <message>
        <source>the new library to make; the damaged one is --library&apos;s (or the default one)</source>
        <translation>die neu anzulegende Bibliothek; die beschädigte ist die von --library (oder die Standardbibliothek)</translation>
    </message>
    <message>
        <source>NEWFILE</source>
        <translation>NEUEDATEI</translation>
    </message>
    <message>
        <source>salvage needs the name of the new library to make</source>
        <translation>salvage benötigt den Namen der neu anzulegenden Bibliothek</translation>
    </message>
    <message>
        <source>Salvaged into %1: %2 cables, %3 annotations, %4 tags.</source>
        <translation>Gerettet in %1: %2 Depeschen, %3 Annotationen, %4 Schlagwörter.</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) of rows could not be read and are not in the copy.</source>
        <translation>
            <numerusform>%n Zeilenbereich konnte nicht gelesen werden und fehlt in der Kopie.</numerusform>
            <numerusform>%n Zeilenbereiche konnten nicht gelesen werden und fehlen in der Kopie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged library %1 was left as it is.</source>
        <translation>Die beschädigte Bibliothek %1 wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>%1 is a team library: salvage reads a damaged library file. A team library is copied with reftel library copy, or backed up with pg_dump.</source>
        <translation>%1 ist eine Team-Bibliothek: salvage liest eine beschädigte Bibliotheksdatei. Eine Team-Bibliothek wird mit reftel library copy kopiert oder mit pg_dump gesichert.</translation>
    </message>
</context>
<context>
    <name>Reftel::SchemaMigrations</name>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Die Schemaversion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The library was written by a newer version of Reftel (schema %1; this version knows up to %2). Update Reftel to open it.</source>
        <translation>Die Bibliothek wurde von einer neueren Reftel-Version geschrieben (Schema %1; diese Version kennt bis %2). Aktualisieren Sie Reftel, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Cannot start the upgrade to schema %1: %2</source>
        <translation>Die Aktualisierung auf Schema %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade the library to schema %1: %2</source>
        <translation>Die Bibliothek kann nicht auf Schema %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot commit the upgrade to schema %1: %2</source>
        <translation>Die Aktualisierung auf Schema %1 kann nicht festgeschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Reftel::SearchAdvice</name>
    <message>
        <source>No cable matches “%1”.</source>
        <translation>Keine Depesche entspricht „%1“.</translation>
    </message>
    <message>
        <source>Without %1, 1 cable matches.</source>
        <translation>Ohne %1 passt 1 Depesche.</translation>
    </message>
    <message>
        <source>Without %1, %2 cables match.</source>
        <translation>Ohne %1 passen %2 Depeschen.</translation>
    </message>
    <message>
        <source>The words alone match cables: it is the filters together that exclude them all. Remove one or two.</source>
        <translation>Die Wörter allein finden Depeschen: Erst die Filter zusammen schließen alle aus. Entfernen Sie einen oder zwei.</translation>
    </message>
    <message>
        <source>No cable holds these words. Check the spelling, use fewer words, or a prefix such as manas*.</source>
        <translation>Keine Depesche enthält diese Wörter. Prüfen Sie die Schreibweise, verwenden Sie weniger Wörter oder ein Präfix wie manas*.</translation>
    </message>
    <message>
        <source>No cable has these values. Click a value under the list to see which ones the library holds.</source>
        <translation>Keine Depesche hat diese Werte. Klicken Sie auf einen Wert unter der Liste, um zu sehen, welche die Bibliothek enthält.</translation>
    </message>
</context>
<context>
    <name>Reftel::SearchCommand</name>
    <message>
        <source>search QUERY</source>
        <translation>search ANFRAGE</translation>
    </message>
    <message>
        <source>search the library (e.g. &quot;manas* origin:Astana from:2009&quot;;
a word may start with -: reftel search manas -russia)</source>
        <translation>die Bibliothek durchsuchen (z. B. &quot;manas* origin:Astana from:2009&quot;;
ein Wort darf mit - beginnen: reftel search manas -russia)</translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; cables of a search (default 20; with --json, &lt;n&gt; hits).</source>
        <translation>Höchstens &lt;n&gt; Depeschen einer Suche anzeigen (Vorgabe 20; mit --json &lt;n&gt; Treffer).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>words and filters, as in the search field</source>
        <translation>Wörter und Filter, wie im Suchfeld</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>ANFRAGE</translation>
    </message>
    <message>
        <source>search needs a query</source>
        <translation>search benötigt eine Suchanfrage</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit benötigt eine positive Zahl</translation>
    </message>
    <message>
        <source>at least %1 hits (counting stops there)</source>
        <translation>mindestens %1 Treffer (die Zählung endet dort)</translation>
    </message>
    <message numerus="yes">
        <source> (showing %n cable(s))</source>
        <translation>
            <numerusform> (%n Depesche angezeigt)</numerusform>
            <numerusform> (%n Depeschen angezeigt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cable(s)</source>
        <translation>
            <numerusform>%n Depesche</numerusform>
            <numerusform>%n Depeschen</numerusform>
        </translation>
    </message>
    <message>
        <source> (showing %1)</source>
        <translation> (%1 angezeigt)</translation>
    </message>
</context>
<context>
    <name>Reftel::SearchQueryParser</name>
    <message>
        <source>Unexpected closing parenthesis.</source>
        <translation>Unerwartete schließende Klammer.</translation>
    </message>
    <message>
        <source>The period ends (to:) before it starts (from:).</source>
        <translation>Der Zeitraum endet (to:) vor seinem Beginn (from:).</translation>
    </message>
    <message>
        <source>OR needs a word on both sides.</source>
        <translation>OR benötigt auf beiden Seiten ein Wort.</translation>
    </message>
    <message>
        <source>NOT needs a word after it.</source>
        <translation>NOT benötigt ein Wort danach.</translation>
    </message>
    <message>
        <source>A search needs at least one word that is not excluded.</source>
        <translation>Eine Suche benötigt mindestens ein Wort, das nicht ausgeschlossen ist.</translation>
    </message>
    <message>
        <source>A parenthesis is not closed.</source>
        <translation>Eine Klammer ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>An operator is missing a word.</source>
        <translation>Einem Operator fehlt ein Wort.</translation>
    </message>
    <message>
        <source>%1: needs a value.</source>
        <translation>%1: benötigt einen Wert.</translation>
    </message>
    <message>
        <source>%1:%2 is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>%1:%2 ist kein Datum; schreiben Sie YYYY, YYYY-MM oder YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1: cannot be excluded; use the other end of the period.</source>
        <translation>%1: kann nicht ausgeschlossen werden; verwenden Sie das andere Ende des Zeitraums.</translation>
    </message>
    <message>
        <source>annotated:%1 is not understood; write annotated:yes or annotated:no.</source>
        <translation>annotated:%1 wird nicht verstanden; schreiben Sie annotated:yes oder annotated:no.</translation>
    </message>
    <message>
        <source>note:%1 has no word to look for.</source>
        <translation>note:%1 enthält kein Suchwort.</translation>
    </message>
    <message>
        <source>NEAR(…) is not supported: write the words together, or as a &quot;phrase&quot;.</source>
        <translation>NEAR(…) wird nicht unterstützt: Schreiben Sie die Wörter zusammen oder als &quot;Wortgruppe&quot;.</translation>
    </message>
    <message>
        <source>OR NOT is not supported: each side of OR needs a word that is not excluded. For cables with one word but not another, write &quot;manas NOT russia&quot;.</source>
        <translation>OR NOT wird nicht unterstützt: Jede Seite von OR braucht ein Wort, das nicht ausgeschlossen ist. Für Depeschen mit einem Wort, aber ohne ein anderes, schreiben Sie &quot;manas NOT russia&quot;.</translation>
    </message>
    <message>
        <source>AND needs a word on both sides.</source>
        <translation>AND benötigt auf beiden Seiten ein Wort.</translation>
    </message>
    <message>
        <source>The query is too deeply nested: at most %1 parentheses inside each other.</source>
        <translation>Die Suchanfrage ist zu tief verschachtelt: höchstens %1 Klammern ineinander.</translation>
    </message>
    <message>
        <source>%1:%2 is outside the years a cable can have; write a year from %3 to %4.</source>
        <translation>%1:%2 liegt außerhalb der Jahre, die eine Depesche haben kann; schreiben Sie ein Jahr von %3 bis %4.</translation>
    </message>
    <message>
        <source>tag:%1 is not understood; a * goes after the first letters of a tag (tag:PREL*).</source>
        <translation>tag:%1 wird nicht verstanden; ein * steht nach den ersten Buchstaben eines Schlagworts (tag:PREL*).</translation>
    </message>
    <message>
        <source>subject:%1 has no word to look for.</source>
        <translation>subject:%1 enthält kein Suchwort.</translation>
    </message>
    <message>
        <source>%1: is not a filter Reftel knows; the filters are origin:, tag:, class:, subject:, from:, to:, ref:, id:, annotated:, tagged: and note:.</source>
        <translation>%1: ist kein Filter, den Reftel kennt; die Filter sind origin:, tag:, class:, subject:, from:, to:, ref:, id:, annotated:, tagged: und note:.</translation>
    </message>
</context>
<context>
    <name>Reftel::ShowCommand</name>
    <message>
        <source>show ID</source>
        <translation>show ID</translation>
    </message>
    <message>
        <source>print a cable, deduplicated</source>
        <translation>eine Depesche ohne Wiederholungen ausgeben</translation>
    </message>
    <message>
        <source>Write clean text (the default of show).</source>
        <translation>Bereinigten Text ausgeben (Vorgabe von show).</translation>
    </message>
    <message>
        <source>the cable, as 09ASTANA253 or ASTANA 000253</source>
        <translation>die Depesche, etwa 09ASTANA253 oder ASTANA 000253</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--json and --text cannot be used together</source>
        <translation>--json und --text können nicht zusammen verwendet werden</translation>
    </message>
    <message>
        <source>%1 needs exactly one cable id</source>
        <translation>%1 benötigt genau eine Depeschenkennung</translation>
    </message>
    <message>
        <source>%1 names %2 cables in the library, one a year: %3; add the year, or give the id.</source>
        <translation>%1 bezeichnet %2 Depeschen in der Bibliothek, je eine pro Jahr: %3; geben Sie das Jahr oder die Kennung an.</translation>
    </message>
    <message>
        <source>%1: no such cable in the library %2</source>
        <translation>%1: keine solche Depesche in der Bibliothek %2</translation>
    </message>
</context>
<context>
    <name>Reftel::SqliteStatement</name>
    <message>
        <source>the statement could not be prepared</source>
        <translation>die Anweisung konnte nicht vorbereitet werden</translation>
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
    <name>Reftel::StatsCommand</name>
    <message>
        <source>what the library holds</source>
        <translation>was die Bibliothek enthält</translation>
    </message>
    <message>
        <source>stats takes no arguments</source>
        <translation>stats nimmt keine Argumente</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Bibliothek: %1</translation>
    </message>
    <message>
        <source>Cables: %1 (from %2 saved files or rows)</source>
        <translation>Depeschen: %1 (aus %2 gespeicherten Dateien oder Zeilen)</translation>
    </message>
    <message>
        <source>Paragraphs: %1</source>
        <translation>Absätze: %1</translation>
    </message>
    <message>
        <source>References: %1 resolved, %2 probable, %3 missing, %4 not cables</source>
        <translation>Verweise: %1 aufgelöst, %2 wahrscheinlich, %3 fehlend, %4 keine Depeschen</translation>
    </message>
    <message>
        <source>Size on disk: %1</source>
        <translation>Größe auf der Festplatte: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cable(s) were read by an older parser; import them again to refresh them.</source>
        <translation>
            <numerusform>%n Depesche wurde von einem älteren Parser gelesen; importieren Sie sie erneut, um sie zu aktualisieren.</numerusform>
            <numerusform>%n Depeschen wurden von einem älteren Parser gelesen; importieren Sie sie erneut, um sie zu aktualisieren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reftel::StoreError</name>
    <message>
        <source>Cannot write to the library %1: %2</source>
        <translation>In die Bibliothek %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the library %1: %2</source>
        <translation>Die Bibliothek %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Reftel::TagGlossary</name>
    <message>
        <source>Subject</source>
        <translation>Sachgebiet</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>Wortgruppe</translation>
    </message>
</context>
<context>
    <name>Reftel::TagManagerDialog</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Manage Tags</source>
        <translation>Schlagwörter verwalten</translation>
    </message>
    <message>
        <source>Your tags</source>
        <translation>Ihre Schlagwörter</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Verwendungen</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Schlagwort umbenennen</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>Neuer Name von „%1“:</translation>
    </message>
    <message>
        <source>A tag&apos;s name cannot hold “/”: it separates a tag from its parent.</source>
        <translation>Ein Schlagwortname darf kein „/“ enthalten: Es trennt ein Schlagwort von seinem übergeordneten.</translation>
    </message>
    <message>
        <source>Tag Colour</source>
        <translation>Farbe des Schlagworts</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Schlagwörter zusammenführen</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>„%1“ zusammenführen mit:</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Schlagwort löschen</translation>
    </message>
    <message>
        <source>Uses of “%1” and its sub-tags: %2. What should become of them?</source>
        <translation>Verwendungen von „%1“ und seinen Unterschlagwörtern: %2. Was soll mit ihnen geschehen?</translation>
    </message>
    <message>
        <source>Remove the Tag from Them</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message>
        <source>Give Them Another Tag…</source>
        <translation>Anderes Schlagwort zuweisen…</translation>
    </message>
    <message>
        <source>Give the uses of “%1” to:</source>
        <translation>Die Verwendungen von „%1“ übertragen auf:</translation>
    </message>
</context>
<context>
    <name>Reftel::TagPalette</name>
    <message>
        <source>Colour of the new tag:</source>
        <translation>Farbe des neuen Schlagworts:</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Type a tag, or a new path like Russia/Military; 1–9 for a recent tag</source>
        <translation>Schlagwort eingeben oder einen neuen Pfad wie Russia/Military; 1–9 für ein zuletzt verwendetes Schlagwort</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Farbe %1</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>New tag “%1”</source>
        <translation>Neues Schlagwort „%1“</translation>
    </message>
</context>
<context>
    <name>Reftel::TagsReader</name>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>written out in words</source>
        <translation>ausgeschrieben</translation>
    </message>
</context>
<context>
    <name>Reftel::TeamLibraryDialog</name>
    <message>
        <source>Open Team Library</source>
        <translation>Team-Bibliothek öffnen</translation>
    </message>
    <message>
        <source>A library on a PostgreSQL server that your team shares. Leave a field empty to use what your PostgreSQL settings say (the PG variables, pg_service.conf).</source>
        <translation>Eine Bibliothek auf einem PostgreSQL-Server, die Ihr Team teilt. Lassen Sie ein Feld leer, um zu verwenden, was Ihre PostgreSQL-Einstellungen sagen (die PG-Variablen, pg_service.conf).</translation>
    </message>
    <message>
        <source>a name in pg_service.conf (optional)</source>
        <translation>ein Name in pg_service.conf (optional)</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder</source>
        <translation>db.example.org oder ein Socket-Ordner</translation>
    </message>
    <message>
        <source>5432</source>
        <translation>5432</translation>
    </message>
    <message>
        <source>cables</source>
        <translation>cables</translation>
    </message>
    <message>
        <source>your PostgreSQL role</source>
        <translation>Ihre PostgreSQL-Rolle</translation>
    </message>
    <message>
        <source>Default (TLS when the server offers it)</source>
        <translation>Standard (TLS, wenn der Server es anbietet)</translation>
    </message>
    <message>
        <source>Off (disable)</source>
        <translation>Aus (disable)</translation>
    </message>
    <message>
        <source>Preferred (prefer)</source>
        <translation>Bevorzugt (prefer)</translation>
    </message>
    <message>
        <source>Required, server not checked (require)</source>
        <translation>Erforderlich, Server nicht geprüft (require)</translation>
    </message>
    <message>
        <source>Required, server&apos;s certificate checked (verify-ca)</source>
        <translation>Erforderlich, Zertifikat des Servers geprüft (verify-ca)</translation>
    </message>
    <message>
        <source>Required, certificate and host name checked (verify-full)</source>
        <translation>Erforderlich, Zertifikat und Hostname geprüft (verify-full)</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>nur, wenn der Server danach fragt</translation>
    </message>
    <message>
        <source>Passwords are not saved: use ~/.pgpass or enter it each time</source>
        <translation>Passwörter werden nicht gespeichert: ~/.pgpass verwenden oder jedes Mal eingeben</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>Reftel::UserTagStore</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>Ein Schlagwort braucht einen Namen.</translation>
    </message>
    <message>
        <source>A tag name cannot contain &quot;/&quot;; it separates a tag from its parent.</source>
        <translation>Ein Schlagwortname darf kein „/“ enthalten; es trennt ein Schlagwort von seinem übergeordneten.</translation>
    </message>
    <message>
        <source>There is already a tag named %1 there.</source>
        <translation>Dort gibt es bereits ein Schlagwort namens %1.</translation>
    </message>
    <message>
        <source>The tag no longer exists.</source>
        <translation>Das Schlagwort existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A tag cannot be moved under itself or one of its sub-tags.</source>
        <translation>Ein Schlagwort kann nicht unter sich selbst oder eines seiner Unterschlagwörter verschoben werden.</translation>
    </message>
    <message>
        <source>There is already a tag with that name there.</source>
        <translation>Dort gibt es bereits ein Schlagwort mit diesem Namen.</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself or one of its sub-tags.</source>
        <translation>Ein Schlagwort kann nicht mit sich selbst oder einem seiner Unterschlagwörter zusammengeführt werden.</translation>
    </message>
    <message>
        <source>Choose a tag outside the deleted ones to receive their uses.</source>
        <translation>Wählen Sie ein Schlagwort außerhalb der gelöschten, das ihre Verwendungen übernimmt.</translation>
    </message>
</context>
<context>
    <name>Reftel::WriteTransaction</name>
    <message>
        <source>The library is busy: another Reftel window is writing to it. Try again in a moment.</source>
        <translation>Die Bibliothek ist belegt: Ein anderes Reftel-Fenster schreibt gerade hinein. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Cannot write to the library: %1</source>
        <translation>In die Bibliothek kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Use the language &lt;code&gt; (e.g. de, fr) instead of the system&apos;s.</source>
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
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>Ein Bild des Fensters in &lt;Datei&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>A cable to open, as reftel://09ASTANA253#5 (cable and paragraph).</source>
        <translation>Eine zu öffnende Depesche, als reftel://09ASTANA253#5 (Depesche und Absatz).</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Reftel cannot open the library</source>
        <translation>Reftel kann die Bibliothek nicht öffnen</translation>
    </message>
    <message>
        <source>Reader and annotation tool for diplomatic cables.

Without a command Reftel opens its window. Commands: %1 (see reftel COMMAND --help).</source>
        <translation>Lese- und Annotationsprogramm für diplomatische Depeschen.

Ohne Befehl öffnet Reftel sein Fenster. Befehle: %1 (siehe reftel BEFEHL --help).</translation>
    </message>
    <message>
        <source>Open the library &lt;library&gt; instead of the default one: a file, or a team library on a PostgreSQL server (postgresql://user@host/database, service=name).</source>
        <translation>Die Bibliothek &lt;library&gt; statt der Standardbibliothek öffnen: eine Datei oder eine Team-Bibliothek auf einem PostgreSQL-Server (postgresql://user@host/database, service=name).</translation>
    </message>
    <message>
        <source>library</source>
        <translation>Bibliothek</translation>
    </message>
</context>
</TS>
