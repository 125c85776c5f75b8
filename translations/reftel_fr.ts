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
    <name>Reftel::AnnotationController</name>
    <message>
        <source>Restored 1 note typed before Reftel last closed unexpectedly; Edit ▸ Undo takes it back.</source>
        <translation>1 note saisie avant la dernière fermeture inattendue de Reftel a été restaurée&#xa0;; Édition ▸ Annuler la retire.</translation>
    </message>
    <message>
        <source>Restored %1 notes typed before Reftel last closed unexpectedly; Edit ▸ Undo takes them back.</source>
        <translation>%1 notes saisies avant la dernière fermeture inattendue de Reftel ont été restaurées&#xa0;; Édition ▸ Annuler les retire.</translation>
    </message>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation>E&amp;xporter les annotations…</translation>
    </message>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation>Importer des &amp;annotations…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>&amp;Historique des annulations</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>É&amp;tiqueter…</translation>
    </message>
    <message>
        <source>&amp;Annotate…</source>
        <translation>A&amp;nnoter…</translation>
    </message>
    <message>
        <source>&amp;Manage Tags…</source>
        <translation>&amp;Gérer les étiquettes…</translation>
    </message>
    <message>
        <source>Apply Recent Tag %1</source>
        <translation>Appliquer l’étiquette récente %1</translation>
    </message>
    <message>
        <source>Annotations &amp;Browser</source>
        <translation>&amp;Navigateur d’annotations</translation>
    </message>
    <message>
        <source>Put the cursor in a paragraph or select a passage to tag it.</source>
        <translation>Placez le curseur dans un paragraphe ou sélectionnez un passage pour l’étiqueter.</translation>
    </message>
    <message>
        <source>Tag with new tag %1</source>
        <translation>Étiqueter avec la nouvelle étiquette %1</translation>
    </message>
    <message>
        <source>Open a cable to tag it.</source>
        <translation>Ouvrez un câble pour l’étiqueter.</translation>
    </message>
    <message>
        <source>Tag %1 with %2</source>
        <translation>Étiqueter %1 avec %2</translation>
    </message>
    <message>
        <source>Already tagged %1.</source>
        <translation>Déjà étiqueté avec %1.</translation>
    </message>
    <message>
        <source>Tagged 1 passage %1.</source>
        <translation>1 passage étiqueté avec %1.</translation>
    </message>
    <message>
        <source>Tagged %1 passages %2.</source>
        <translation>%1 passages étiquetés avec %2.</translation>
    </message>
    <message>
        <source>Open a cable to annotate it.</source>
        <translation>Ouvrez un câble pour l’annoter.</translation>
    </message>
    <message>
        <source>Put the cursor in a paragraph or select a passage to annotate it.</source>
        <translation>Placez le curseur dans un paragraphe ou sélectionnez un passage pour l’annoter.</translation>
    </message>
    <message>
        <source>Annotate %1</source>
        <translation>Annoter %1</translation>
    </message>
    <message>
        <source>No recent tag %1 yet: tag something with Edit ▸ Tag… first.</source>
        <translation>Pas encore d’étiquette récente %1&#xa0;: étiquetez d’abord un passage avec Édition ▸ Étiqueter…</translation>
    </message>
    <message>
        <source>This annotation is detached: its passage is no longer in the cable&apos;s text. Its quote: “%1”</source>
        <translation>Cette annotation est détachée&#xa0;: son passage ne figure plus dans le texte du câble. Sa citation&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported 1 annotation to %1.</source>
        <translation>1 annotation exportée vers %1.</translation>
    </message>
    <message>
        <source>Exported %1 annotations to %2.</source>
        <translation>%1 annotations exportées vers %2.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing imported from %1: %2</source>
        <translation>Rien n’a été importé de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Imported from %1: new annotations %2, already in the library %3, new tags %4.</source>
        <translation>Importé de %1&#xa0;: nouvelles annotations %2, déjà dans la bibliothèque %3, nouvelles étiquettes %4.</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>Exporter les annotations</translation>
    </message>
    <message>
        <source>Reftel annotations (*.json);;All files (*)</source>
        <translation>Annotations Reftel (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Importer des annotations</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Historique des annulations</translation>
    </message>
    <message>
        <source>&lt;opened library&gt;</source>
        <translation>&lt;bibliothèque ouverte&gt;</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your annotations are signed with your name (in reports too). Edit ▸ Preferences changes it later.

Name:</source>
        <translation>Vos annotations sont signées de votre nom (dans les rapports aussi). Édition ▸ Préférences permet de le changer plus tard.

Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
</context>
<context>
    <name>Reftel::AnnotationExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Reftel::AnnotationJson</name>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>Le fichier n’est pas du JSON valide : %1 (à l’octet %2).</translation>
    </message>
    <message>
        <source>The file is not a Reftel annotations export.</source>
        <translation>Le fichier n’est pas un export d’annotations de Reftel.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of Reftel (format %1); update Reftel to read it.</source>
        <translation>Le fichier a été écrit par une version plus récente de Reftel (format %1) ; mettez Reftel à jour pour le lire.</translation>
    </message>
    <message>
        <source>Annotation %1 in the file has no cable id or paragraph anchor, or bad offsets.</source>
        <translation>L’annotation %1 du fichier n’a pas d’identifiant de câble ni d’ancre de paragraphe, ou ses positions sont invalides.</translation>
    </message>
</context>
<context>
    <name>Reftel::AnnotationListModel</name>
    <message>
        <source>(detached) %1</source>
        <translation>(détachée) %1</translation>
    </message>
    <message>
        <source>Cable</source>
        <translation>Câble</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifiée</translation>
    </message>
</context>
<context>
    <name>Reftel::AnnotationStore</name>
    <message>
        <source>An annotation needs a cable and a paragraph.</source>
        <translation>Une annotation a besoin d’un câble et d’un paragraphe.</translation>
    </message>
    <message>
        <source>The passage&apos;s offsets are not valid.</source>
        <translation>Les positions du passage ne sont pas valides.</translation>
    </message>
    <message>
        <source>The annotation no longer exists.</source>
        <translation>L’annotation n’existe plus.</translation>
    </message>
</context>
<context>
    <name>Reftel::AnnotationsBrowser</name>
    <message>
        <source>Annotations browser</source>
        <translation>Navigateur d’annotations</translation>
    </message>
    <message>
        <source>Annotations Browser</source>
        <translation>Navigateur d’annotations</translation>
    </message>
    <message>
        <source>any author</source>
        <translation>tout auteur</translation>
    </message>
    <message>
        <source>words of the note, kaz* for a prefix</source>
        <translation>mots de la note, kaz* pour un préfixe</translation>
    </message>
    <message>
        <source>ASTANA, Embassy Moscow…</source>
        <translation>ASTANA, Embassy Moscow…</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Aucun regroupement</translation>
    </message>
    <message>
        <source>By cable</source>
        <translation>Par câble</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>Par étiquette</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Étiquette&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>Au&amp;teur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Origin:</source>
        <translation>&amp;Origine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation>&amp;Classification&#xa0;:</translation>
    </message>
    <message>
        <source>Cable &amp;year:</source>
        <translation>&amp;Année du câble&#xa0;:</translation>
    </message>
    <message>
        <source>Created &amp;from:</source>
        <translation>Créée &amp;du&#xa0;:</translation>
    </message>
    <message>
        <source>Created t&amp;o:</source>
        <translation>Créée a&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grouper&#xa0;:</translation>
    </message>
    <message>
        <source>Annotations found</source>
        <translation>Annotations trouvées</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>(no tag)</source>
        <translation>(sans étiquette)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>1 annotation</source>
        <translation>1 annotation</translation>
    </message>
    <message>
        <source>%1 annotations</source>
        <translation>%1 annotations</translation>
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
    <message>
        <source>Annotations of this cable</source>
        <translation>Annotations de ce câble</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Write a note: **bold**, *italics*, - lists, [links](https://…). Ctrl+Enter saves.</source>
        <translation>Écrivez une note&#xa0;: **gras**, *italique*, - listes, [liens](https://…). Ctrl+Entrée enregistre.</translation>
    </message>
    <message>
        <source>No annotations on %1 yet. Select text and choose Tag… or Annotate….</source>
        <translation>Aucune annotation sur %1 pour l’instant. Sélectionnez du texte et choisissez «&#xa0;Étiqueter…&#xa0;» ou «&#xa0;Annoter…&#xa0;».</translation>
    </message>
    <message>
        <source>1 annotation on %1</source>
        <translation>1 annotation sur %1</translation>
    </message>
    <message>
        <source>%1 annotations on %2</source>
        <translation>%1 annotations sur %2</translation>
    </message>
    <message>
        <source>detached</source>
        <translation>détachée</translation>
    </message>
    <message>
        <source>¶%1</source>
        <translation>¶%1</translation>
    </message>
    <message>
        <source>%1, edited %2</source>
        <translation>%1, modifiée le %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Note on “%1”:</source>
        <translation>Note sur «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Choose “Edit note” on an annotation to write its note.</source>
        <translation>Choisissez «&#xa0;Modifier la note&#xa0;» sur une annotation pour rédiger sa note.</translation>
    </message>
</context>
<context>
    <name>Reftel::BodyParser</name>
    <message>
        <source>Paragraph %1 follows paragraph %2.</source>
        <translation>Le paragraphe %1 suit le paragraphe %2.</translation>
    </message>
    <message>
        <source>The first numbered paragraph is %1.</source>
        <translation>Le premier paragraphe numéroté est %1.</translation>
    </message>
</context>
<context>
    <name>Reftel::BodyRenderer</name>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>(not in the library)</source>
        <translation>(absent de la bibliothèque)</translation>
    </message>
</context>
<context>
    <name>Reftel::BodyView</name>
    <message>
        <source>Cable text</source>
        <translation>Texte du câble</translation>
    </message>
    <message>
        <source>Copy Link to Paragraph</source>
        <translation>Copier le lien vers le paragraphe</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>É&amp;tiqueter…</translation>
    </message>
    <message>
        <source>&amp;Annotate…</source>
        <translation>A&amp;nnoter…</translation>
    </message>
</context>
<context>
    <name>Reftel::Cable</name>
    <message>
        <source>cable-search page</source>
        <translation>page de recherche de câbles</translation>
    </message>
    <message>
        <source>cable-search page (flattened)</source>
        <translation>page de recherche de câbles (aplatie)</translation>
    </message>
    <message>
        <source>blog mirror page</source>
        <translation>page miroir d’un blog</translation>
    </message>
    <message>
        <source>telegram</source>
        <translation>télégramme</translation>
    </message>
    <message>
        <source>WikiLeaks cable page</source>
        <translation>page de câble WikiLeaks</translation>
    </message>
    <message>
        <source>release CSV row</source>
        <translation>ligne du CSV de publication</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>repeated header</source>
        <translation>en-tête répété</translation>
    </message>
    <message>
        <source>repeated body</source>
        <translation>corps répété</translation>
    </message>
    <message>
        <source>page marker</source>
        <translation>marque de page</translation>
    </message>
    <message>
        <source>site boilerplate</source>
        <translation>texte standard du site</translation>
    </message>
    <message>
        <source>broken entity</source>
        <translation>entité cassée</translation>
    </message>
    <message>
        <source>metadata dump</source>
        <translation>vidage de métadonnées</translation>
    </message>
</context>
<context>
    <name>Reftel::CableDocumentReader</name>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1&#xa0;: le fichier est vide.</translation>
    </message>
    <message>
        <source>%1: the file is not text (binary data); it holds no cable.</source>
        <translation>%1&#xa0;: le fichier n’est pas du texte (données binaires)&#xa0;; il ne contient aucun câble.</translation>
    </message>
    <message>
        <source>%1: not a cable (no telegram, cable page or release CSV recognised).</source>
        <translation>%1&#xa0;: pas un câble (aucun télégramme, aucune page de câble ni aucun CSV de publication reconnu).</translation>
    </message>
    <message>
        <source>%1: the page holds no telegram text.</source>
        <translation>%1&#xa0;: la page ne contient aucun texte de télégramme.</translation>
    </message>
    <message>
        <source>%1: cannot open the file (%2).</source>
        <translation>%1&#xa0;: impossible d’ouvrir le fichier (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n NUL byte(s) in the saved file were taken out of the text.</source>
        <translation>
            <numerusform>%n octet NUL du fichier enregistré a été retiré du texte.</numerusform>
            <numerusform>%n octets NUL du fichier enregistré ont été retirés du texte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reftel::CableFileCheck</name>
    <message>
        <source>an empty file</source>
        <translation>un fichier vide</translation>
    </message>
    <message>
        <source>not a text file</source>
        <translation>pas un fichier texte</translation>
    </message>
    <message>
        <source>no telegram in it (no classification, SUBJECT, TAGS, REF or cable reference)</source>
        <translation>aucun télégramme (ni classification, ni SUBJECT, ni TAGS, ni REF, ni identifiant de câble)</translation>
    </message>
</context>
<context>
    <name>Reftel::CableIdentity</name>
    <message>
        <source>The banner names no post and serial; the id %1 was made from the routing&apos;s sender and serial.</source>
        <translation>Le bandeau de classification n’indique ni poste ni numéro de série&#xa0;; l’identifiant %1 a été formé à partir de l’expéditeur et du numéro de série de la ligne d’acheminement.</translation>
    </message>
    <message>
        <source>The telegram names no id; the one the page declares (%1) is used.</source>
        <translation>Le télégramme n’indique aucun identifiant&#xa0;; celui que déclare la page (%1) est utilisé.</translation>
    </message>
    <message>
        <source>there is no banner</source>
        <translation>il n’y a pas de bandeau de classification</translation>
    </message>
    <message>
        <source>the banner &quot;%1&quot; names no post and serial</source>
        <translation>le bandeau «&#xa0;%1&#xa0;» n’indique ni poste ni numéro de série</translation>
    </message>
    <message>
        <source>No reference id: the page declares none, %1, and the routing gives no sender and serial.</source>
        <translation>Aucun identifiant de référence&#xa0;: la page n’en déclare aucun, %1, et la ligne d’acheminement ne donne ni expéditeur ni numéro de série.</translation>
    </message>
</context>
<context>
    <name>Reftel::CableParser</name>
    <message>
        <source>Paragraph %1 was cut short; its complete copy was used.</source>
        <translation>Le paragraphe %1 était tronqué&#xa0;; sa copie complète a été utilisée.</translation>
    </message>
    <message>
        <source>The TAGS line holds &quot;%1&quot;, which is no tag Reftel knows.</source>
        <translation>La ligne TAGS contient «&#xa0;%1&#xa0;», qui n’est pas une étiquette connue de Reftel.</translation>
    </message>
    <message>
        <source>The telegram has no SUBJECT line; the page&apos;s title is shown instead.</source>
        <translation>Le télégramme n’a pas de ligne SUBJECT&#xa0;; le titre de la page est affiché à la place.</translation>
    </message>
    <message>
        <source>The cable has no SUBJECT line.</source>
        <translation>Le câble n’a pas de ligne SUBJECT.</translation>
    </message>
    <message>
        <source>Could not read the reference &quot;%1&quot;.</source>
        <translation>Impossible de lire la référence «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not read the REF line &quot;%1&quot;.</source>
        <translation>Impossible de lire la ligne REF «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not read who classified the cable in &quot;%1&quot;.</source>
        <translation>Impossible de lire qui a classifié le câble dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No paragraphs were found in the cable.</source>
        <translation>Aucun paragraphe n’a été trouvé dans le câble.</translation>
    </message>
    <message>
        <source>The text stops in the middle of a sentence, with no signature: the saved page may be cut short.</source>
        <translation>Le texte s’arrête au milieu d’une phrase, sans signature&#xa0;: la page enregistrée est peut-être tronquée.</translation>
    </message>
</context>
<context>
    <name>Reftel::CableText</name>
    <message>
        <source>Reference ID</source>
        <translation>Identifiant de référence</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
</context>
<context>
    <name>Reftel::CableTreeModel</name>
    <message>
        <source>Opening</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Cable</source>
        <translation>Câble</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Annotations: %1</source>
        <translation>Annotations : %1</translation>
    </message>
</context>
<context>
    <name>Reftel::CableView</name>
    <message>
        <source>Show original</source>
        <translation>Afficher l’original</translation>
    </message>
    <message>
        <source>Show the cable as it was saved, with what was removed marked</source>
        <translation>Afficher le câble tel qu’il a été enregistré, en marquant ce qui a été retiré</translation>
    </message>
    <message>
        <source>Show clean text</source>
        <translation>Afficher le texte nettoyé</translation>
    </message>
    <message>
        <source>Nothing was removed from this cable.</source>
        <translation>Rien n’a été retiré de ce câble.</translation>
    </message>
    <message>
        <source>Show saved file</source>
        <translation>Afficher le fichier enregistré</translation>
    </message>
    <message>
        <source>Show the file as it was saved (the web page&apos;s source), not only the telegram in it</source>
        <translation>Afficher le fichier tel qu’il a été enregistré (la source de la page web), pas seulement le télégramme qu’il contient</translation>
    </message>
</context>
<context>
    <name>Reftel::CableWriter</name>
    <message>
        <source>A batch is already open.</source>
        <translation>Un lot est déjà ouvert.</translation>
    </message>
    <message>
        <source>No batch is open.</source>
        <translation>Aucun lot n’est ouvert.</translation>
    </message>
    <message>
        <source>The cable from %1 has no reference id; it cannot be stored.</source>
        <translation>Le câble provenant de %1 n’a pas d’identifiant de référence&#xa0;; il ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>Cannot update the statistics while a batch is open.</source>
        <translation>Impossible de mettre à jour les statistiques tant qu’un lot est ouvert.</translation>
    </message>
    <message>
        <source>A statement of the batch failed on the server; the batch was not stored.</source>
        <translation>Une instruction du lot a échoué sur le serveur ; le lot n’a pas été enregistré.</translation>
    </message>
</context>
<context>
    <name>Reftel::Command</name>
    <message>
        <source>Use the language &lt;code&gt;.</source>
        <translation>Utiliser la langue &lt;code&gt;.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation>Écrire du JSON.</translation>
    </message>
    <message>
        <source>the command</source>
        <translation>la commande</translation>
    </message>
    <message>
        <source>Use the library &lt;library&gt; instead of the default one: a file, or a team library on a PostgreSQL server (postgresql://user@host/database, service=name, host=/socket/folder dbname=name).</source>
        <translation>Utiliser la bibliothèque &lt;library&gt; au lieu de celle par défaut : un fichier, ou une bibliothèque d’équipe sur un serveur PostgreSQL (postgresql://user@host/database, service=name, host=/socket/folder dbname=name).</translation>
    </message>
    <message>
        <source>library</source>
        <translation>bibliothèque</translation>
    </message>
</context>
<context>
    <name>Reftel::CommandLine</name>
    <message>
        <source>what the command works on</source>
        <translation>ce sur quoi porte la commande</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reftel, reader of diplomatic cables.</source>
        <translation>Reftel, lecteur de câbles diplomatiques.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Each command&apos;s own options: reftel COMMAND --help.</source>
        <translation>Les options de chaque commande&#xa0;: reftel COMMANDE --help.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
</context>
<context>
    <name>Reftel::CommandSession</name>
    <message numerus="yes">
        <source>the search index lacks %n cable(s) that an interrupted import stored, and the library cannot be written here to finish it: they are missing from the hits. Run reftel import where the library can be written.</source>
        <translation>
            <numerusform>il manque à l’index de recherche %n câble qu’une importation interrompue a enregistré, et la bibliothèque ne peut pas être écrite ici pour l’achever&#xa0;: il est absent des résultats. Lancez reftel import là où la bibliothèque peut être écrite.</numerusform>
            <numerusform>il manque à l’index de recherche %n câbles qu’une importation interrompue a enregistrés, et la bibliothèque ne peut pas être écrite ici pour l’achever&#xa0;: ils sont absents des résultats. Lancez reftel import là où la bibliothèque peut être écrite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>indexing %n cable(s) that an interrupted import stored…</source>
        <translation>
            <numerusform>indexation de %n câble qu’une importation interrompue a enregistré…</numerusform>
            <numerusform>indexation de %n câbles qu’une importation interrompue a enregistrés…</numerusform>
        </translation>
    </message>
    <message>
        <source>the library %1 is damaged: %2</source>
        <translation>la bibliothèque %1 est endommagée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was changed in it. What it still holds can be copied into a new library with
  reftel salvage --library %1 %2</source>
        <translation>Rien n’y a été modifié. Ce qu’elle contient encore peut être copié dans une nouvelle bibliothèque avec
  reftel salvage --library %1 %2</translation>
    </message>
</context>
<context>
    <name>Reftel::CreateAnnotationCommand</name>
    <message>
        <source>Annotate %1</source>
        <translation>Annoter %1</translation>
    </message>
</context>
<context>
    <name>Reftel::CreateTagCommand</name>
    <message>
        <source>Create tag %1</source>
        <translation>Créer l’étiquette %1</translation>
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
        <translation>bloc d’en-tête répété retiré</translation>
    </message>
    <message numerus="yes">
        <source>header block repeated ×%n removed</source>
        <translation>
            <numerusform>bloc d’en-tête répété ×%n retiré</numerusform>
            <numerusform>bloc d’en-tête répété ×%n retiré</numerusform>
        </translation>
    </message>
    <message>
        <source>repeated body removed</source>
        <translation>corps répété retiré</translation>
    </message>
    <message numerus="yes">
        <source>body repeated ×%n removed</source>
        <translation>
            <numerusform>corps répété ×%n retiré</numerusform>
            <numerusform>corps répété ×%n retiré</numerusform>
        </translation>
    </message>
    <message>
        <source>1 page marker removed</source>
        <translation>1 marque de page retirée</translation>
    </message>
    <message numerus="yes">
        <source>%n page markers removed</source>
        <translation>
            <numerusform>%n marque de page retirée</numerusform>
            <numerusform>%n marques de page retirées</numerusform>
        </translation>
    </message>
    <message>
        <source>1 site boilerplate line removed</source>
        <translation>1 ligne parasite du site retirée</translation>
    </message>
    <message numerus="yes">
        <source>%n site boilerplate lines removed</source>
        <translation>
            <numerusform>%n ligne parasite du site retirée</numerusform>
            <numerusform>%n lignes parasites du site retirées</numerusform>
        </translation>
    </message>
    <message>
        <source>metadata dump removed</source>
        <translation>extrait de métadonnées retiré</translation>
    </message>
    <message numerus="yes">
        <source>%n metadata dumps removed</source>
        <translation>
            <numerusform>%n extrait de métadonnées retiré</numerusform>
            <numerusform>%n extraits de métadonnées retirés</numerusform>
        </translation>
    </message>
    <message>
        <source>1 broken entity repaired</source>
        <translation>1 entité cassée réparée</translation>
    </message>
    <message numerus="yes">
        <source>%n broken entities repaired</source>
        <translation>
            <numerusform>%n entité cassée réparée</numerusform>
            <numerusform>%n entités cassées réparées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reftel::DeleteAnnotationCommand</name>
    <message>
        <source>Delete annotation</source>
        <translation>Supprimer l’annotation</translation>
    </message>
    <message>
        <source>The annotation no longer exists.</source>
        <translation>L’annotation n’existe plus.</translation>
    </message>
</context>
<context>
    <name>Reftel::DeleteTagCommand</name>
    <message>
        <source>Delete tag %1</source>
        <translation>Supprimer l’étiquette %1</translation>
    </message>
</context>
<context>
    <name>Reftel::EditNoteCommand</name>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
</context>
<context>
    <name>Reftel::ExportCommand</name>
    <message>
        <source>a report of cables and annotations as PDF, HTML, CSV or JSON</source>
        <translation>un rapport de câbles et d’annotations en PDF, HTML, CSV ou JSON</translation>
    </message>
    <message>
        <source>reftel export: a report of cables and their annotations.

The cables are those of --ids, --query and --tag together. Examples:
  reftel export --pdf manas.pdf --query &quot;manas origin:astana&quot; --title &quot;Manas&quot;
  reftel export --pdf r.pdf --html r.html --csv notes.csv --tag Russia/Military</source>
        <translation>reftel export&#xa0;: un rapport de câbles et de leurs annotations.

Les câbles sont ceux de --ids, --query et --tag réunis. Exemples&#xa0;:
  reftel export --pdf manas.pdf --query &quot;manas origin:astana&quot; --title &quot;Manas&quot;
  reftel export --pdf r.pdf --html r.html --csv notes.csv --tag Russia/Military</translation>
    </message>
    <message>
        <source>Write the report as PDF to &lt;file&gt;.</source>
        <translation>Écrire le rapport en PDF dans &lt;fichier&gt;.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Write the report as one HTML file to &lt;file&gt;.</source>
        <translation>Écrire le rapport en un seul fichier HTML dans &lt;fichier&gt;.</translation>
    </message>
    <message>
        <source>Write the annotations as CSV to &lt;file&gt;.</source>
        <translation>Écrire les annotations en CSV dans &lt;fichier&gt;.</translation>
    </message>
    <message>
        <source>Write the annotations as JSON to &lt;file&gt;.</source>
        <translation>Écrire les annotations en JSON dans &lt;fichier&gt;.</translation>
    </message>
    <message>
        <source>Include the cables tagged &lt;tag&gt; (with its sub-tags); repeatable.</source>
        <translation>Inclure les câbles étiquetés &lt;étiquette&gt; (avec ses sous-étiquettes)&#xa0;; répétable.</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>Include the cables the search &lt;query&gt; finds.</source>
        <translation>Inclure les câbles que trouve la recherche &lt;requête&gt;.</translation>
    </message>
    <message>
        <source>query</source>
        <translation>requête</translation>
    </message>
    <message>
        <source>Include these cables (more ids may follow, or separate them with commas).</source>
        <translation>Inclure ces câbles (d’autres identifiants peuvent suivre, ou séparez-les par des virgules).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The report&apos;s title.</source>
        <translation>Le titre du rapport.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>The report&apos;s author.</source>
        <translation>L’auteur du rapport.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Paper size: a4 (default) or letter.</source>
        <translation>Format du papier&#xa0;: a4 (par défaut) ou letter.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Only the paragraphs that carry an annotation.</source>
        <translation>Seulement les paragraphes qui portent une annotation.</translation>
    </message>
    <message>
        <source>Leave the notes out.</source>
        <translation>Omettre les notes.</translation>
    </message>
    <message>
        <source>Leave the tag index out.</source>
        <translation>Omettre l’index des étiquettes.</translation>
    </message>
    <message>
        <source>Leave the references out.</source>
        <translation>Omettre les références.</translation>
    </message>
    <message>
        <source>Leave the cables&apos; header metadata out.</source>
        <translation>Omettre les métadonnées d’en-tête des câbles.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--paper is a4 or letter</source>
        <translation>--paper vaut a4 ou letter</translation>
    </message>
    <message>
        <source>export needs at least one of --pdf, --html, --csv and --json</source>
        <translation>export nécessite au moins une des options --pdf, --html, --csv et --json</translation>
    </message>
    <message>
        <source>export needs cables: --ids, --query or --tag</source>
        <translation>export nécessite des câbles&#xa0;: --ids, --query ou --tag</translation>
    </message>
    <message>
        <source>a PDF or HTML report needs the graphical libraries (run reftel, not a console-only build)</source>
        <translation>un rapport PDF ou HTML nécessite les bibliothèques graphiques (lancez reftel, pas une version console seule)</translation>
    </message>
    <message>
        <source>Building the report… %1%</source>
        <translation>Création du rapport… %1&#xa0;%</translation>
    </message>
    <message>
        <source>Writing pages… %1%</source>
        <translation>Écriture des pages… %1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>Reftel::FacetCounter</name>
    <message>
        <source>Cannot count the cables by facet: %1</source>
        <translation>Impossible de compter les câbles par facette : %1</translation>
    </message>
</context>
<context>
    <name>Reftel::FacetModel</name>
    <message>
        <source>%1: not in the glossary</source>
        <translation>%1 : absent du glossaire</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>Facette</translation>
    </message>
    <message>
        <source>Cables</source>
        <translation>Câbles</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
</context>
<context>
    <name>Reftel::FacetPane</name>
    <message>
        <source>Facets</source>
        <translation>Facettes</translation>
    </message>
    <message>
        <source>Click a value to narrow the list to it; click it again to widen the list.</source>
        <translation>Cliquez sur une valeur pour y restreindre la liste ; cliquez de nouveau pour l’élargir.</translation>
    </message>
</context>
<context>
    <name>Reftel::FindBar</name>
    <message>
        <source>Find in cable</source>
        <translation>Rechercher dans le câble</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reftel::GettingStartedDialog</name>
    <message>
        <source>Getting Started</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <source>Getting started with Reftel</source>
        <translation>Prise en main de Reftel</translation>
    </message>
    <message>
        <source>Your library</source>
        <translation>Votre bibliothèque</translation>
    </message>
    <message>
        <source>The first start makes a library with five sample cables, so there is something to read at once. &lt;b&gt;File ▸ Import Files…&lt;/b&gt; and &lt;b&gt;Import Folder…&lt;/b&gt; add your saved cables (text pages, HTML pages and the release CSV); dropping files on the window does the same.</source>
        <translation>Le premier démarrage crée une bibliothèque de cinq câbles d’exemple, pour avoir tout de suite quelque chose à lire. &lt;b&gt;Fichier ▸ Importer des fichiers…&lt;/b&gt; et &lt;b&gt;Importer un dossier…&lt;/b&gt; ajoutent vos câbles enregistrés (pages texte, pages HTML et le CSV de publication)&#xa0;; déposer des fichiers sur la fenêtre fait de même.</translation>
    </message>
    <message>
        <source>Finding cables</source>
        <translation>Trouver des câbles</translation>
    </message>
    <message>
        <source>The library on the left lists every cable, newest first. Type in its search field (&lt;b&gt;Ctrl+K&lt;/b&gt;): words, &quot;phrases&quot;, prefixes such as &lt;i&gt;manas*&lt;/i&gt;, AND, OR, NOT and filters such as &lt;i&gt;origin:Astana&lt;/i&gt;, &lt;i&gt;tag:PGOV&lt;/i&gt;, &lt;i&gt;from:2009-02&lt;/i&gt;. The values under the list narrow it with a click.</source>
        <translation>La bibliothèque, à gauche, liste tous les câbles, du plus récent au plus ancien. Tapez dans son champ de recherche (&lt;b&gt;Ctrl+K&lt;/b&gt;)&#xa0;: des mots, des &quot;expressions&quot;, des préfixes comme &lt;i&gt;manas*&lt;/i&gt;, AND, OR, NOT et des filtres comme &lt;i&gt;origin:Astana&lt;/i&gt;, &lt;i&gt;tag:PGOV&lt;/i&gt;, &lt;i&gt;from:2009-02&lt;/i&gt;. Les valeurs sous la liste la restreignent d’un clic.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enter&lt;/b&gt; opens a cable at the paragraph that matched, its words highlighted; &lt;b&gt;F3&lt;/b&gt; and &lt;b&gt;Shift+F3&lt;/b&gt; go to the other paragraphs with them. &lt;b&gt;Ctrl+Enter&lt;/b&gt; opens a cable in a second column, side by side.</source>
        <translation>&lt;b&gt;Entrée&lt;/b&gt; ouvre un câble au paragraphe trouvé, ses mots surlignés&#xa0;; &lt;b&gt;F3&lt;/b&gt; et &lt;b&gt;Maj+F3&lt;/b&gt; mènent aux autres paragraphes qui les contiennent. &lt;b&gt;Ctrl+Entrée&lt;/b&gt; ouvre un câble dans une deuxième colonne, côte à côte.</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>A cable shows once and clean: sections as headings, numbered paragraphs, what was removed said above it. &lt;b&gt;Show original&lt;/b&gt; (&lt;b&gt;Ctrl+U&lt;/b&gt;) shows the telegram as it was saved. Every reference is a link; a grey one is not in the library. &lt;b&gt;Alt+Left&lt;/b&gt; goes back.</source>
        <translation>Un câble s’affiche une seule fois et nettoyé&#xa0;: les sections en titres, les paragraphes numérotés, ce qui a été retiré indiqué au-dessus. &lt;b&gt;Afficher l’original&lt;/b&gt; (&lt;b&gt;Ctrl+U&lt;/b&gt;) montre le télégramme tel qu’il a été enregistré. Chaque référence est un lien&#xa0;; une référence grise est absente de la bibliothèque. &lt;b&gt;Alt+Gauche&lt;/b&gt; revient en arrière.</translation>
    </message>
    <message>
        <source>Tagging and notes</source>
        <translation>Étiquettes et notes</translation>
    </message>
    <message>
        <source>Select words in a paragraph (a drag takes whole words) and press &lt;b&gt;Ctrl+T&lt;/b&gt; to tag them, or &lt;b&gt;Ctrl+Shift+A&lt;/b&gt; to write a note; &lt;b&gt;1&lt;/b&gt;–&lt;b&gt;9&lt;/b&gt; apply your recent tags. &lt;b&gt;View ▸ Annotations Browser&lt;/b&gt; finds your annotations across the library.</source>
        <translation>Sélectionnez des mots dans un paragraphe (un glissement prend des mots entiers) et appuyez sur &lt;b&gt;Ctrl+T&lt;/b&gt; pour les étiqueter, ou sur &lt;b&gt;Ctrl+Maj+A&lt;/b&gt; pour écrire une note&#xa0;; &lt;b&gt;1&lt;/b&gt;–&lt;b&gt;9&lt;/b&gt; appliquent vos étiquettes récentes. &lt;b&gt;Affichage ▸ Navigateur d’annotations&lt;/b&gt; retrouve vos annotations dans toute la bibliothèque.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>&lt;b&gt;File ▸ Export Report…&lt;/b&gt; turns the current search result into a report with your notes, as PDF or HTML, or your annotations as CSV or JSON.</source>
        <translation>&lt;b&gt;Fichier ▸ Exporter un rapport…&lt;/b&gt; fait du résultat de recherche actuel un rapport avec vos notes, en PDF ou HTML, ou exporte vos annotations en CSV ou JSON.</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>&lt;b&gt;Help ▸ Keyboard Shortcuts&lt;/b&gt; lists every key. &lt;b&gt;Edit ▸ Preferences&lt;/b&gt; sets the reading font, the colours and the name that signs your notes.</source>
        <translation>&lt;b&gt;Aide ▸ Raccourcis clavier&lt;/b&gt; liste toutes les touches. &lt;b&gt;Édition ▸ Préférences&lt;/b&gt; règle la police de lecture, les couleurs et le nom qui signe vos notes.</translation>
    </message>
</context>
<context>
    <name>Reftel::ImportCommand</name>
    <message>
        <source>import PATH...</source>
        <translation>import CHEMIN...</translation>
    </message>
    <message>
        <source>import files, folders and release CSV files</source>
        <translation>importer des fichiers, des dossiers et des fichiers CSV de publication</translation>
    </message>
    <message>
        <source>files, folders and release CSV files to import</source>
        <translation>les fichiers, dossiers et fichiers CSV de publication à importer</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>CHEMIN...</translation>
    </message>
    <message>
        <source>import needs at least one file or folder</source>
        <translation>import nécessite au moins un fichier ou un dossier</translation>
    </message>
    <message>
        <source>Importing… %1%</source>
        <translation>Importation… %1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 file(s): %2 imported, %3 updated, %4 merged, %5 skipped, %6 not cables, %7 failed; %8 cables stored in %9 s.</source>
        <translation>%1 fichier(s)&#xa0;: %2 importés, %3 mis à jour, %4 fusionnés, %5 ignorés, %6 hors câbles, %7 en échec&#xa0;; %8 câbles enregistrés en %9&#xa0;s.</translation>
    </message>
</context>
<context>
    <name>Reftel::ImportController</name>
    <message>
        <source>Importing cables…</source>
        <translation>Importation des câbles…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Indexing the cables an interrupted import stored…</source>
        <translation>Indexation des câbles qu’une importation interrompue a enregistrés…</translation>
    </message>
    <message>
        <source>Indexing for search…</source>
        <translation>Indexation pour la recherche…</translation>
    </message>
</context>
<context>
    <name>Reftel::ImportSummaryDialog</name>
    <message>
        <source>Import Stopped</source>
        <translation>Importation arrêtée</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Files that could not be imported</source>
        <translation>Fichiers qui n’ont pas pu être importés</translation>
    </message>
    <message>
        <source>&amp;Copy Failures</source>
        <translation>&amp;Copier les échecs</translation>
    </message>
    <message>
        <source>%1 imported, %2 updated, %3 merged with cables already in the library, %4 already there, %5 failed.</source>
        <translation>%1 importés, %2 mis à jour, %3 fusionnés avec des câbles déjà dans la bibliothèque, %4 déjà présents, %5 en échec.</translation>
    </message>
    <message>
        <source>The import was stopped; what was stored stays, and importing the same files again continues it.</source>
        <translation>L’importation a été arrêtée ; ce qui a été enregistré reste, et importer à nouveau les mêmes fichiers la poursuit.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped as no cables (listed below).</source>
        <translation>
            <numerusform>%n fichier ignoré, car il ne contient aucun câble (voir la liste ci-dessous).</numerusform>
            <numerusform>%n fichiers ignorés, car ils ne contiennent aucun câble (voir la liste ci-dessous).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reftel::JobParser</name>
    <message>
        <source>%1: cannot open the file (%2).</source>
        <translation>%1&#xa0;: impossible d’ouvrir le fichier (%2).</translation>
    </message>
</context>
<context>
    <name>Reftel::KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
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
        <translation>copier toute une bibliothèque dans une autre : un fichier vers une bibliothèque d’équipe
sur un serveur, et inversement</translation>
    </message>
    <message>
        <source>Replace what TO holds instead of refusing a library that is not empty.</source>
        <translation>Remplacer le contenu de TO au lieu de refuser une bibliothèque qui n’est pas vide.</translation>
    </message>
    <message>
        <source>what to do with a library (copy)</source>
        <translation>que faire d’une bibliothèque (copy)</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>the library to copy: a file, or a team library (postgresql://user@host/database, service=name)</source>
        <translation>la bibliothèque à copier : un fichier, ou une bibliothèque d’équipe (postgresql://user@host/database, service=name)</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>FROM</translation>
    </message>
    <message>
        <source>the library to copy it into, made when it is a file that does not exist</source>
        <translation>la bibliothèque où la copier, créée si c’est un fichier qui n’existe pas</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>TO</translation>
    </message>
    <message>
        <source>library needs what to do: library copy FROM TO</source>
        <translation>library demande quoi faire : library copy FROM TO</translation>
    </message>
    <message>
        <source>unknown library command &quot;%1&quot;: library copy FROM TO</source>
        <translation>commande library inconnue « %1 » : library copy FROM TO</translation>
    </message>
    <message>
        <source>library copy needs the library to copy and the library to copy it into</source>
        <translation>library copy demande la bibliothèque à copier et celle où la copier</translation>
    </message>
    <message>
        <source>Copying… %1%</source>
        <translation>Copie… %1 %</translation>
    </message>
    <message>
        <source>Add --force to replace what it holds.</source>
        <translation>Ajoutez --force pour remplacer son contenu.</translation>
    </message>
    <message>
        <source>Rows in %1 and in its copy %2:</source>
        <translation>Lignes dans %1 et dans sa copie %2 :</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>diffère</translation>
    </message>
    <message>
        <source>Copied: every table holds as many rows in the copy as in the library.</source>
        <translation>Copié : chaque table a autant de lignes dans la copie que dans la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>Reftel::LibraryCopier</name>
    <message>
        <source>The copy of %1 in %2 does not hold what the library held: %3</source>
        <translation>La copie de %1 dans %2 ne contient pas ce que contenait la bibliothèque : %3</translation>
    </message>
    <message>
        <source>Both libraries must be open to copy one into the other.</source>
        <translation>Les deux bibliothèques doivent être ouvertes pour copier l’une dans l’autre.</translation>
    </message>
    <message>
        <source>%1 cannot be copied into itself.</source>
        <translation>%1 ne peut pas être copiée dans elle-même.</translation>
    </message>
    <message>
        <source>%1 has no table %2: it is no Reftel library of this version.</source>
        <translation>%1 n’a pas de table %2 : ce n’est pas une bibliothèque Reftel de cette version.</translation>
    </message>
    <message>
        <source>%1 is not empty: it already holds cables, tags or annotations.</source>
        <translation>%1 n’est pas vide : elle contient déjà des câbles, des étiquettes ou des annotations.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>Impossible d’écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the table %1 of %2: %3</source>
        <translation>Impossible de lire la table %1 de %2 : %3</translation>
    </message>
    <message>
        <source>Cannot write the table %1 of %2: %3</source>
        <translation>Impossible d’écrire la table %1 de %2 : %3</translation>
    </message>
    <message>
        <source>Cannot count the rows of %1 and %2: %3</source>
        <translation>Impossible de compter les lignes de %1 et de %2 : %3</translation>
    </message>
</context>
<context>
    <name>Reftel::LibraryCopyFlow</name>
    <message>
        <source>%1 already holds a library. Replace everything it holds with a copy of %2?</source>
        <translation>%1 contient déjà une bibliothèque. Remplacer tout son contenu par une copie de %2 ?</translation>
    </message>
    <message>
        <source>Nothing was copied: %1 already holds a library.</source>
        <translation>Rien n’a été copié : %1 contient déjà une bibliothèque.</translation>
    </message>
    <message>
        <source>Copying the library to %1…</source>
        <translation>Copie de la bibliothèque vers %1…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Copy Library to Server</source>
        <translation>Copier la bibliothèque sur le serveur</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>The copy was stopped. %1 holds %2 cables, %3 annotations, %4 tags and %5 drafts: all that it holds is whole, and it can be copied again with Replace.</source>
        <translation>La copie a été arrêtée. %1 contient %2 câbles, %3 annotations, %4 étiquettes et %5 brouillons : tout ce qu’elle contient est complet, et la copie peut être refaite avec Remplacer.</translation>
    </message>
    <message>
        <source>Copied to %1: %2 cables, %3 annotations, %4 tags and %5 drafts; every table holds as many rows as the library.</source>
        <translation>Copié vers %1 : %2 câbles, %3 annotations, %4 étiquettes et %5 brouillons ; chaque table a autant de lignes que la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>Reftel::LibraryDatabase</name>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>le pilote SQLite de Qt (QSQLITE) n’est pas installé</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot switch the journal to WAL mode (got %1)</source>
        <translation>impossible de passer le journal en mode WAL (obtenu&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2</source>
        <translation>Impossible d’ouvrir la bibliothèque %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file is read-only, so nothing can be imported into it or changed in it</source>
        <translation>le fichier est en lecture seule&#xa0;: rien ne peut y être importé ni modifié</translation>
    </message>
    <message>
        <source>the folder %1 is read-only; SQLite keeps its journal beside the library</source>
        <translation>le dossier %1 est en lecture seule&#xa0;; SQLite garde son journal à côté de la bibliothèque</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>ce fichier n’existe pas</translation>
    </message>
    <message>
        <source>there is no such file (the folder %1 does not exist either)</source>
        <translation>ce fichier n’existe pas (le dossier %1 non plus)</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>ce n’est pas un fichier</translation>
    </message>
    <message>
        <source>it was written by an older Reftel (schema %1) and cannot be upgraded here, since it cannot be written; open it once where it can</source>
        <translation>elle a été écrite par une version plus ancienne de Reftel (schéma %1) et ne peut pas être mise à niveau ici, faute de pouvoir y écrire&#xa0;; ouvrez-la une fois là où c’est possible</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>elle est endommagée (%1)</translation>
    </message>
</context>
<context>
    <name>Reftel::LibraryHealth</name>
    <message>
        <source>another Reftel is writing to the library</source>
        <translation>un autre Reftel écrit dans la bibliothèque</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the library cannot be written to (a read-only file or folder)</source>
        <translation>la bibliothèque n’est pas accessible en écriture (fichier ou dossier en lecture seule)</translation>
    </message>
    <message>
        <source>the library is damaged</source>
        <translation>la bibliothèque est endommagée</translation>
    </message>
    <message>
        <source>the disk failed to read or write (input/output error)</source>
        <translation>le disque n’a pas pu lire ou écrire (erreur d’entrée/sortie)</translation>
    </message>
    <message>
        <source>the library could not be written</source>
        <translation>la bibliothèque n’a pas pu être écrite</translation>
    </message>
</context>
<context>
    <name>Reftel::LibraryImporter</name>
    <message>
        <source>%1: cannot store cable %2: %3</source>
        <translation>%1&#xa0;: impossible d’enregistrer le câble %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionné</translation>
    </message>
    <message>
        <source>skipped (already imported)</source>
        <translation>ignoré (déjà importé)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>%1: not a file or folder that can be read.</source>
        <translation>%1&#xa0;: ni un fichier ni un dossier lisible.</translation>
    </message>
    <message>
        <source>%1: no such file or folder.</source>
        <translation>%1&#xa0;: fichier ou dossier introuvable.</translation>
    </message>
    <message>
        <source>%1: cannot open the file (%2).</source>
        <translation>%1&#xa0;: impossible d’ouvrir le fichier (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n ligne lue</numerusform>
            <numerusform>%n lignes lues</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot update the full-text index: %2; the cables are stored, and the next import or the next start of Reftel indexes them</source>
        <translation>%1&#xa0;: impossible de mettre à jour l’index plein texte&#xa0;: %2&#xa0;; les câbles sont enregistrés, et la prochaine importation ou le prochain démarrage de Reftel les indexera</translation>
    </message>
    <message>
        <source>%1: not imported: the import stopped because %2.</source>
        <translation>%1&#xa0;: non importé&#xa0;: l’importation s’est arrêtée, car %2.</translation>
    </message>
    <message>
        <source>Waiting for another Reftel to finish writing to the library %1…</source>
        <translation>En attente qu’un autre Reftel finisse d’écrire dans la bibliothèque %1…</translation>
    </message>
    <message>
        <source>%1: not stored: %2</source>
        <translation>%1&#xa0;: non enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: this copy of %2 holds %3 characters of the %4 stored; the longer text was kept (the copy may be cut short).</source>
        <translation>%1&#xa0;: cette copie de %2 contient %3 caractères sur les %4 enregistrés&#xa0;; le texte le plus long a été conservé (la copie est peut-être tronquée).</translation>
    </message>
    <message>
        <source>%1: rows %2 to %3 (%4 cables) not stored: %5</source>
        <translation>%1&#xa0;: lignes %2 à %3 (%4 câbles) non enregistrées&#xa0;: %5</translation>
    </message>
    <message>
        <source>skipped (not a cable)</source>
        <translation>ignoré (pas un câble)</translation>
    </message>
    <message>
        <source>%1: the folder cannot be read (%2); the files in it were not imported.</source>
        <translation>%1&#xa0;: impossible de lire le dossier (%2)&#xa0;; les fichiers qu’il contient n’ont pas été importés.</translation>
    </message>
    <message>
        <source>%1: a link to something that does not exist.</source>
        <translation>%1&#xa0;: un lien vers quelque chose qui n’existe pas.</translation>
    </message>
    <message>
        <source>%1: not a file that can be read (a device, socket or pipe).</source>
        <translation>%1&#xa0;: pas un fichier lisible (un périphérique, une socket ou un tube).</translation>
    </message>
    <message>
        <source>%1: skipped, not a cable: %2.</source>
        <translation>%1&#xa0;: ignoré, pas un câble&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: no cable found in the row.</source>
        <translation>%1&#xa0;: aucun câble trouvé dans la ligne.</translation>
    </message>
    <message>
        <source>%1: row %2 and the rows after it</source>
        <translation>%1&#xa0;: ligne %2 et les lignes suivantes</translation>
    </message>
    <message>
        <source>%1 row(s) read, %2 skipped as malformed</source>
        <translation>%1 ligne(s) lue(s), %2 ignorée(s) car mal formée(s)</translation>
    </message>
    <message>
        <source>%1: no cable found in the file.</source>
        <translation>%1&#xa0;: aucun câble trouvé dans le fichier.</translation>
    </message>
    <message>
        <source>%1: the row cannot be read again (%2).</source>
        <translation>%1&#xa0;: impossible de relire la ligne (%2).</translation>
    </message>
</context>
<context>
    <name>Reftel::LibraryListModel</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Occurrence</translation>
    </message>
</context>
<context>
    <name>Reftel::LibraryLocation</name>
    <message>
        <source>%1 is not a PostgreSQL connection setting Reftel knows (such as host, port, dbname, user, sslmode or service).</source>
        <translation>%1 n’est pas un paramètre de connexion PostgreSQL que Reftel connaît (comme host, port, dbname, user, sslmode ou service).</translation>
    </message>
    <message>
        <source>The setting %1 may not contain a semicolon.</source>
        <translation>Le paramètre %1 ne peut pas contenir de point-virgule.</translation>
    </message>
    <message>
        <source>No library was named.</source>
        <translation>Aucune bibliothèque n’a été indiquée.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address: a [ without its ].</source>
        <translation>%1 n’est pas une adresse PostgreSQL : un [ sans son ].</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address: text after the ].</source>
        <translation>%1 n’est pas une adresse PostgreSQL : du texte après le ].</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address: the port %2 is not a number.</source>
        <translation>%1 n’est pas une adresse PostgreSQL : le port %2 n’est pas un nombre.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address: %2 is not keyword=value.</source>
        <translation>%1 n’est pas une adresse PostgreSQL : %2 n’est pas de la forme clé=valeur.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL connection: %2 has no value.</source>
        <translation>%1 n’est pas une connexion PostgreSQL : %2 n’a pas de valeur.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL connection: a quote is not closed.</source>
        <translation>%1 n’est pas une connexion PostgreSQL : un guillemet n’est pas fermé.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>team library %1</source>
        <translation>bibliothèque d’équipe %1</translation>
    </message>
    <message>
        <source>team library on %1</source>
        <translation>bibliothèque d’équipe sur %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
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
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Words, &quot;phrases&quot;, prefix*, AND/OR/NOT, and the filters origin: tag: class: from: to: ref: id:; a cable number as written (RIO DE JANEIRO 138) and Enter opens that cable</source>
        <translation>Mots, &quot;expressions&quot;, préfixe*, AND/OR/NOT et les filtres origin: tag: class: from: to: ref: id:&#xa0;; un numéro de câble tel qu’il est écrit (RIO DE JANEIRO 138) puis Entrée ouvre ce câble</translation>
    </message>
</context>
<context>
    <name>Reftel::LibraryPath</name>
    <message>
        <source>no library file named</source>
        <translation>aucun fichier de bibliothèque indiqué</translation>
    </message>
    <message>
        <source>%1 is not a library file.</source>
        <translation>%1 n’est pas un fichier de bibliothèque.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a library file (such as %1/library.sqlite).</source>
        <translation>%1 est un dossier, pas un fichier de bibliothèque (comme %1/library.sqlite).</translation>
    </message>
    <message>
        <source>%1 is not a library file: a library is an SQLite file (such as ~/cables.sqlite), or a team library on a PostgreSQL server (postgresql://user@host/database), not %2://.</source>
        <translation>%1 n’est pas un fichier de bibliothèque : une bibliothèque est un fichier SQLite (comme ~/cables.sqlite), ou une bibliothèque d’équipe sur un serveur PostgreSQL (postgresql://user@host/database), pas %2://.</translation>
    </message>
</context>
<context>
    <name>Reftel::LibrarySalvage</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 exists already; the salvaged copy goes into a new file.</source>
        <translation>%1 existe déjà&#xa0;; la copie récupérée doit aller dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>%1 cannot be read at all: %2</source>
        <translation>%1 est totalement illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>The salvaged copy %1 could not be finished: %2</source>
        <translation>La copie récupérée %1 n’a pas pu être achevée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The salvaged copy %1 could not be written: %2</source>
        <translation>La copie récupérée %1 n’a pas pu être écrite&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Reftel::LibrarySearch</name>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
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
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Reftel</source>
        <translation>À &amp;propos de Reftel</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message numerus="yes">
        <source>Created a new library with %n sample cable(s).</source>
        <translation>
            <numerusform>Nouvelle bibliothèque créée avec %n câble d’exemple.</numerusform>
            <numerusform>Nouvelle bibliothèque créée avec %n câbles d’exemple.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Reftel</source>
        <translation>%1 — Reftel</translation>
    </message>
    <message>
        <source>%1 cables</source>
        <translation>%1 câbles</translation>
    </message>
    <message>
        <source>%1 cables match</source>
        <translation>%1 câbles correspondants</translation>
    </message>
    <message>
        <source>%1 is not in this library.</source>
        <translation>%1 n’est pas dans cette bibliothèque.</translation>
    </message>
    <message>
        <source>&amp;Find in Cable…</source>
        <translation>Rechercher dans le &amp;câble…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Next Cable</source>
        <translation>Câble &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Cable</source>
        <translation>Câble &amp;précédent</translation>
    </message>
    <message>
        <source>Next P&amp;aragraph</source>
        <translation>P&amp;aragraphe suivant</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ragraph</source>
        <translation>Pa&amp;ragraphe précédent</translation>
    </message>
    <message>
        <source>&amp;Switch Column</source>
        <translation>&amp;Changer de colonne</translation>
    </message>
    <message>
        <source>Show &amp;Original Text</source>
        <translation>Afficher le texte &amp;original</translation>
    </message>
    <message>
        <source>Close &amp;Other Column</source>
        <translation>Fermer l’&amp;autre colonne</translation>
    </message>
    <message>
        <source>Import finished: %1</source>
        <translation>Importation terminée : %1</translation>
    </message>
    <message>
        <source>1 cable</source>
        <translation>1 câble</translation>
    </message>
    <message>
        <source>1 cable matches</source>
        <translation>1 câble correspond</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>&amp;Nouvelle bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>&amp;Ouvrir une bibliothèque…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Une importation est déjà en cours.</translation>
    </message>
    <message>
        <source>Import Cables</source>
        <translation>Importer des câbles</translation>
    </message>
    <message>
        <source>Cables (*.txt *.html *.htm *.csv);;All files (*)</source>
        <translation>Câbles (*.txt *.html *.htm *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Cables</source>
        <translation>Importer un dossier de câbles</translation>
    </message>
    <message>
        <source>Reftel libraries (*.sqlite);;All files (*)</source>
        <translation>Bibliothèques Reftel (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Nouvelle bibliothèque</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
    <message>
        <source>More than %1 cables match; the newest hits are listed. Add words or filters to narrow.</source>
        <translation>Plus de %1 câbles correspondent ; les résultats les plus récents sont affichés. Ajoutez des mots ou des filtres pour affiner.</translation>
    </message>
    <message>
        <source>Copy &amp;Link to Paragraph</source>
        <translation>Copier le &amp;lien vers le paragraphe</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 copié</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>S&amp;ynchronize Scrolling</source>
        <translation>S&amp;ynchroniser le défilement</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>There is no search result to export. Export the cables with these tags (comma-separated, sub-tags included):</source>
        <translation>Il n’y a aucun résultat de recherche à exporter. Exporter les câbles portant ces étiquettes (séparées par des virgules, sous-étiquettes comprises)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter un rapport…</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>The Library Is Damaged</source>
        <translation>La bibliothèque est endommagée</translation>
    </message>
    <message>
        <source>The library %1 is damaged, so Reftel does not read from it: what it answered could be wrong or incomplete.

Reftel changed nothing in it. You can save what is still readable into a new library and open that one; the damaged file stays as it is.</source>
        <translation>La bibliothèque %1 est endommagée, Reftel n’y lit donc pas&#xa0;: ce qu’elle a renvoyé pourrait être faux ou incomplet.

Reftel n’y a rien modifié. Vous pouvez enregistrer ce qui reste lisible dans une nouvelle bibliothèque et ouvrir celle-ci&#xa0;; le fichier endommagé reste tel quel.</translation>
    </message>
    <message>
        <source>Save a Salvaged Copy…</source>
        <translation>Enregistrer une copie récupérée…</translation>
    </message>
    <message>
        <source>Save a Salvaged Copy</source>
        <translation>Enregistrer une copie récupérée</translation>
    </message>
    <message>
        <source>Reftel libraries (*.sqlite)</source>
        <translation>Bibliothèques Reftel (*.sqlite)</translation>
    </message>
    <message numerus="yes">
        <source>Opened the salvaged copy %1: %n cable(s).</source>
        <translation>
            <numerusform>Copie récupérée %1 ouverte&#xa0;: %n câble.</numerusform>
            <numerusform>Copie récupérée %1 ouverte&#xa0;: %n câbles.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cables; %2 of them are being indexed, and searches do not find them yet.</source>
        <translation>%1 câbles&#xa0;; %2 d’entre eux sont en cours d’indexation, et les recherches ne les trouvent pas encore.</translation>
    </message>
    <message>
        <source>The side panes made room for two columns; View shows them again, closing a column brings them back.</source>
        <translation>Les panneaux latéraux ont laissé la place à deux colonnes&#xa0;; le menu Affichage les réaffiche, et fermer une colonne les fait revenir.</translation>
    </message>
    <message>
        <source>No search words to go to: search the library first (Ctrl+K).</source>
        <translation>Aucun mot recherché vers lequel aller&#xa0;: lancez d’abord une recherche dans la bibliothèque (Ctrl+K).</translation>
    </message>
    <message>
        <source>No paragraph of this cable holds the search words.</source>
        <translation>Aucun paragraphe de ce câble ne contient les mots recherchés.</translation>
    </message>
    <message>
        <source>Next &amp;Match</source>
        <translation>&amp;Occurrence suivante</translation>
    </message>
    <message>
        <source>Previous Matc&amp;h</source>
        <translation>Occurrence précé&amp;dente</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>Pr&amp;ise en main</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>%1. “%2” is the number of cable %3: press Enter to open it.</source>
        <translation>%1. «&#xa0;%2&#xa0;» est le numéro du câble %3&#xa0;: appuyez sur Entrée pour l’ouvrir.</translation>
    </message>
    <message>
        <source>%1. “%2” is the number of %3 cables of different years (%4): press Enter to list them.</source>
        <translation>%1. «&#xa0;%2&#xa0;» est le numéro de %3 câbles d’années différentes (%4)&#xa0;: appuyez sur Entrée pour les lister.</translation>
    </message>
    <message>
        <source>Open &amp;Team Library…</source>
        <translation>Ouvrir une bibliothèque d’é&amp;quipe…</translation>
    </message>
    <message>
        <source>&amp;Copy Library to Server…</source>
        <translation>&amp;Copier la bibliothèque sur le serveur…</translation>
    </message>
    <message>
        <source>Team library %1: %2</source>
        <translation>Bibliothèque d’équipe %1 : %2</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The server of %1 asks for your password.</source>
        <translation>Le serveur de %1 demande votre mot de passe.</translation>
    </message>
    <message>
        <source>The server of %1 asks for the password of %2.</source>
        <translation>Le serveur de %1 demande le mot de passe de %2.</translation>
    </message>
    <message>
        <source>Passwords are not saved: use ~/.pgpass or enter it each time</source>
        <translation>Les mots de passe ne sont pas enregistrés : utilisez ~/.pgpass ou saisissez-le à chaque fois</translation>
    </message>
    <message>
        <source>Copy Library to Server</source>
        <translation>Copier la bibliothèque sur le serveur</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>Reftel::ManPage</name>
    <message>
        <source>User Commands</source>
        <translation>Commandes de l’utilisateur</translation>
    </message>
    <message>
        <source>reader and annotation tool for diplomatic cables</source>
        <translation>outil de lecture et d’annotation des câbles diplomatiques</translation>
    </message>
    <message>
        <source>Options of the commands</source>
        <translation>Options des commandes</translation>
    </message>
    <message>
        <source>Options of export</source>
        <translation>Options d’export</translation>
    </message>
    <message>
        <source>The default library, made with five sample cables on first use.</source>
        <translation>La bibliothèque par défaut, créée avec cinq câbles d’exemple à la première utilisation.</translation>
    </message>
    <message>
        <source>0 success; 1 some files or cables failed (each named on the error output); 2 usage error; 3 the library is damaged (nothing it answered is printed).</source>
        <translation>0 succès&#xa0;; 1 des fichiers ou des câbles ont échoué (chacun est nommé sur la sortie d’erreur)&#xa0;; 2 erreur d’utilisation&#xa0;; 3 la bibliothèque est endommagée (rien de ce qu’elle a répondu n’est affiché).</translation>
    </message>
</context>
<context>
    <name>Reftel::MergeTagsCommand</name>
    <message>
        <source>Merge tag %1 into %2</source>
        <translation>Fusionner l’étiquette %1 dans %2</translation>
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
    <message>
        <source>unknown tag</source>
        <translation>étiquette inconnue</translation>
    </message>
    <message>
        <source>Metadata of the open cable</source>
        <translation>Métadonnées du câble ouvert</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>time taken from the routing line; the page&apos;s was wrong</source>
        <translation>heure reprise de la ligne d’acheminement&#xa0;; celle de la page était fausse</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>Mentions restrictives</translation>
    </message>
    <message>
        <source>Precedence</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Date-time group</source>
        <translation>Groupe date-heure</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Pour information</translation>
    </message>
    <message>
        <source>Passing</source>
        <translation>Transmission</translation>
    </message>
    <message>
        <source>Subject tags</source>
        <translation>Étiquettes thématiques</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Declassify on</source>
        <translation>Déclassification le</translation>
    </message>
    <message>
        <source>Declassification</source>
        <translation>Déclassification</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>Motifs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Classified by</source>
        <translation>Classifié par</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Saved as</source>
        <translation>Enregistré comme</translation>
    </message>
    <message>
        <source>Not understood</source>
        <translation>Non compris</translation>
    </message>
</context>
<context>
    <name>Reftel::OutlinePane</name>
    <message>
        <source>Open a cable to see its sections and paragraphs.</source>
        <translation>Ouvrez un câble pour voir ses sections et ses paragraphes.</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Sections and paragraphs of the open cable</source>
        <translation>Sections et paragraphes du câble ouvert</translation>
    </message>
</context>
<context>
    <name>Reftel::ParseProtocol</name>
    <message>
        <source>it does not speak Reftel&apos;s parser protocol</source>
        <translation>il ne parle pas le protocole de l’analyseur de Reftel</translation>
    </message>
    <message>
        <source>it is from another version of Reftel (format %1, parser %2; this one expects format %3, parser %4)</source>
        <translation>il provient d’une autre version de Reftel (format %1, analyseur %2&#xa0;; celle-ci attend le format %3, analyseur %4)</translation>
    </message>
</context>
<context>
    <name>Reftel::ParseWorker</name>
    <message>
        <source>reftel-parse is Reftel&apos;s parser process: Reftel starts it to import cables.</source>
        <translation>reftel-parse est le processus d’analyse de Reftel&#xa0;: Reftel le lance pour importer des câbles.</translation>
    </message>
</context>
<context>
    <name>Reftel::ParseWorkerPool</name>
    <message>
        <source>Cannot start Reftel&apos;s parser %1: %2.</source>
        <translation>Impossible de démarrer l’analyseur de Reftel %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: Reftel could not read what its parser made of this row.</source>
        <translation>%1&#xa0;: Reftel n’a pas pu lire ce que son analyseur a tiré de cette ligne.</translation>
    </message>
    <message>
        <source>%1: Reftel could not read what its parser made of this file.</source>
        <translation>%1&#xa0;: Reftel n’a pas pu lire ce que son analyseur a tiré de ce fichier.</translation>
    </message>
    <message>
        <source>%1: parsing took more than %2 s.</source>
        <translation>%1&#xa0;: l’analyse a pris plus de %2&#xa0;s.</translation>
    </message>
    <message>
        <source>%1: the parser crashed on this row.</source>
        <translation>%1&#xa0;: l’analyseur a planté sur cette ligne.</translation>
    </message>
    <message>
        <source>%1: the parser crashed on this file.</source>
        <translation>%1&#xa0;: l’analyseur a planté sur ce fichier.</translation>
    </message>
</context>
<context>
    <name>Reftel::ParseWorkerProcess</name>
    <message>
        <source>it ended as it started (%1)</source>
        <translation>il s’est arrêté dès son démarrage (%1)</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>plantage</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message numerus="yes">
        <source>it did not answer within %n s</source>
        <translation>
            <numerusform>il n’a pas répondu en %n seconde</numerusform>
            <numerusform>il n’a pas répondu en %n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reftel::PgCableCopier</name>
    <message>
        <source>the server gave no key for a new cable</source>
        <translation>le serveur n’a donné aucune clé pour un nouveau câble</translation>
    </message>
</context>
<context>
    <name>Reftel::PgCopyBuffer</name>
    <message>
        <source>no connection to the server</source>
        <translation>aucune connexion au serveur</translation>
    </message>
    <message>
        <source>another statement is still running on the connection</source>
        <translation>une autre instruction est encore en cours sur la connexion</translation>
    </message>
    <message>
        <source>the client stopped the copy</source>
        <translation>le client a arrêté la copie</translation>
    </message>
</context>
<context>
    <name>Reftel::PostgreSqlConnection</name>
    <message>
        <source>this Reftel cannot open team libraries: Qt&apos;s PostgreSQL driver (QPSQL) is not installed</source>
        <translation>ce Reftel ne peut pas ouvrir de bibliothèques d’équipe : le pilote PostgreSQL de Qt (QPSQL) n’est pas installé</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>le serveur n’a pas pu être joint</translation>
    </message>
    <message>
        <source>the server runs PostgreSQL %1; team libraries need PostgreSQL 13 or later</source>
        <translation>le serveur exécute PostgreSQL %1 ; les bibliothèques d’équipe demandent PostgreSQL 13 ou plus récent</translation>
    </message>
</context>
<context>
    <name>Reftel::PostgreSqlSchema</name>
    <message>
        <source>Cannot start the upgrade of the schema: %1</source>
        <translation>Impossible de commencer la mise à niveau du schéma : %1</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Impossible de lire la version du schéma&#xa0;: %1</translation>
    </message>
    <message>
        <source>The library was written by a newer version of Reftel (schema %1; this version knows up to %2). Update Reftel to open it.</source>
        <translation>La bibliothèque a été écrite par une version plus récente de Reftel (schéma %1&#xa0;; cette version connaît jusqu’au %2). Mettez Reftel à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Cannot upgrade the library to schema %1: %2</source>
        <translation>Impossible de mettre la bibliothèque à niveau vers le schéma %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot commit the upgrade to schema %1: %2</source>
        <translation>Impossible de valider la mise à niveau vers le schéma %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Reftel::Preferences</name>
    <message>
        <source>Unknown author</source>
        <translation>Auteur inconnu</translation>
    </message>
</context>
<context>
    <name>Reftel::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>Police de lecture</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Reading font size</source>
        <translation>Taille de la police de lecture</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Author name</source>
        <translation>Nom de l’auteur</translation>
    </message>
    <message>
        <source>Signs the annotations you make</source>
        <translation>Signe les annotations que vous faites</translation>
    </message>
    <message>
        <source>The library used last</source>
        <translation>La dernière bibliothèque utilisée</translation>
    </message>
    <message>
        <source>Default library</source>
        <translation>Bibliothèque par défaut</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>&amp;Police de lecture :</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs :</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation>Nom de l’&amp;auteur :</translation>
    </message>
    <message>
        <source>Default &amp;library:</source>
        <translation>&amp;Bibliothèque par défaut :</translation>
    </message>
    <message>
        <source>Default Library</source>
        <translation>Bibliothèque par défaut</translation>
    </message>
    <message>
        <source>Reftel libraries (*.sqlite)</source>
        <translation>Bibliothèques Reftel (*.sqlite)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
</context>
<context>
    <name>Reftel::RawView</name>
    <message>
        <source>Original text</source>
        <translation>Texte original</translation>
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
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
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
        <translation>Changer la couleur de l’étiquette %1</translation>
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
        <translation>Probablement %1 (%2)
%3
%4</translation>
    </message>
    <message>
        <source>%1 is not in this library.
Public copy: %2</source>
        <translation>%1 n’est pas dans cette bibliothèque.
Copie publique&#xa0;: %2</translation>
    </message>
    <message>
        <source>REF %1 names %2, which is not in the library; opened %3: %4</source>
        <translation>REF %1 désigne %2, qui n’est pas dans la bibliothèque&#xa0;; %3 ouvert&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 is not in this library. Public copy: %2</source>
        <translation>%1 n’est pas dans cette bibliothèque. Copie publique&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Reftel::ReferenceResolver</name>
    <message>
        <source>Cannot resolve the references in %1: %2</source>
        <translation>Impossible de résoudre les références de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not in the library; %2, of the same post and year, has a serial %3 away and its subject holds %4% of the words of the reference&apos;s title.</source>
        <translation>%1 n’est pas dans la bibliothèque&#xa0;; %2, du même poste et de la même année, a un numéro de série distant de %3 et son objet contient %4&#xa0;% des mots du titre de la référence.</translation>
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
    <message>
        <source>References and citing cables</source>
        <translation>Références et câbles citants</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>in the library</source>
        <translation>dans la bibliothèque</translation>
    </message>
    <message>
        <source>probably</source>
        <translation>probablement</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>not a cable</source>
        <translation>pas un câble</translation>
    </message>
    <message>
        <source>not yet resolved</source>
        <translation>pas encore résolu</translation>
    </message>
    <message numerus="yes">
        <source>%1 cites %n cable(s)</source>
        <translation>
            <numerusform>%1 cite %n câble</numerusform>
            <numerusform>%1 cite %n câbles</numerusform>
        </translation>
    </message>
    <message>
        <source>References (%1)</source>
        <translation>Références (%1)</translation>
    </message>
    <message>
        <source>Probably %1: %2</source>
        <translation>Probablement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not in this library. Public copy: %1</source>
        <translation>Absent de cette bibliothèque. Copie publique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cited by (%1)</source>
        <translation>Cité par (%1)</translation>
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
        <translation>les références d’un câble avec leur état, et les câbles qui le citent</translation>
    </message>
    <message>
        <source>the cable, as 09ASTANA253</source>
        <translation>le câble, par exemple 09ASTANA253</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1 needs exactly one cable id</source>
        <translation>%1 nécessite exactement un identifiant de câble</translation>
    </message>
    <message>
        <source>%1: no such cable in the library %2</source>
        <translation>%1&#xa0;: aucun câble de ce nom dans la bibliothèque %2</translation>
    </message>
    <message>
        <source>References of %1:</source>
        <translation>Références de %1&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Cited by:</source>
        <translation>Cité par&#xa0;:</translation>
    </message>
    <message>
        <source>none in this library</source>
        <translation>aucun dans cette bibliothèque</translation>
    </message>
</context>
<context>
    <name>Reftel::ReleaseCsvReader</name>
    <message>
        <source>%1: row %2 of the release CSV is too long to be a cable; it was skipped.</source>
        <translation>%1&#xa0;: la ligne %2 du CSV de publication est trop longue pour être un câble&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>%1: row %2 of the release CSV is malformed (expected %3 quoted fields); it was skipped.</source>
        <translation>%1&#xa0;: la ligne %2 du CSV de publication est mal formée (%3 champs entre guillemets attendus)&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>%1: the release CSV ends inside row %2; the row was skipped.</source>
        <translation>%1&#xa0;: le CSV de publication se termine au milieu de la ligne %2&#xa0;; la ligne a été ignorée.</translation>
    </message>
</context>
<context>
    <name>Reftel::RenameTagCommand</name>
    <message>
        <source>Rename tag %1 to %2</source>
        <translation>Renommer l’étiquette %1 en %2</translation>
    </message>
</context>
<context>
    <name>Reftel::ReportBuilder</name>
    <message>
        <source>[image %1]</source>
        <translation>[image %1]</translation>
    </message>
    <message>
        <source>in the library</source>
        <translation>dans la bibliothèque</translation>
    </message>
    <message>
        <source>not in the library</source>
        <translation>absent de la bibliothèque</translation>
    </message>
    <message>
        <source>probably</source>
        <translation>probablement</translation>
    </message>
    <message>
        <source>not a cable</source>
        <translation>pas un câble</translation>
    </message>
    <message>
        <source>not yet resolved</source>
        <translation>pas encore résolu</translation>
    </message>
    <message>
        <source>the search “%1”</source>
        <translation>la recherche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the tags %1</source>
        <translation>les étiquettes %1</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 autres</translation>
    </message>
    <message>
        <source>the cables %1</source>
        <translation>les câbles %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>Choose the cables of the report: ids, a search or tags.</source>
        <translation>Choisissez les câbles du rapport&#xa0;: identifiants, une recherche ou des étiquettes.</translation>
    </message>
    <message>
        <source>%1: no such cable in the library.</source>
        <translation>%1&#xa0;: aucun câble de ce nom dans la bibliothèque.</translation>
    </message>
    <message>
        <source>No tag is named “%1”.</source>
        <translation>Aucune étiquette ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not read the tagged cables: %1</source>
        <translation>Impossible de lire les câbles étiquetés&#xa0;: %1</translation>
    </message>
    <message>
        <source>No cable in the library matches %1.</source>
        <translation>Aucun câble de la bibliothèque ne correspond à %1.</translation>
    </message>
    <message>
        <source>Cable report</source>
        <translation>Rapport de câbles</translation>
    </message>
    <message>
        <source>Selected by</source>
        <translation>Sélectionnés par</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
    <message>
        <source>Cable</source>
        <translation>Câble</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>TAGS</translation>
    </message>
    <message>
        <source>Classified by</source>
        <translation>Classifié par</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Annotated paragraphs</source>
        <translation>Paragraphes annotés</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Annotations whose passage is no longer in the text</source>
        <translation>Annotations dont le passage ne figure plus dans le texte</translation>
    </message>
    <message>
        <source>Tag index</source>
        <translation>Index des étiquettes</translation>
    </message>
    <message>
        <source>No annotation in these cables carries a tag.</source>
        <translation>Aucune annotation de ces câbles ne porte d’étiquette.</translation>
    </message>
    <message>
        <source>Cables: %1 · Annotations: %2 · Notes: %3</source>
        <translation>Câbles&#xa0;: %1 · Annotations&#xa0;: %2 · Notes&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Reftel::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>Cable report</source>
        <translation>Rapport de câbles</translation>
    </message>
    <message>
        <source>Header metadata (date, origin, classification, TAGS)</source>
        <translation>Métadonnées d’en-tête (date, origine, classification, TAGS)</translation>
    </message>
    <message>
        <source>Only the annotated paragraphs</source>
        <translation>Seulement les paragraphes annotés</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tag index</source>
        <translation>Index des étiquettes</translation>
    </message>
    <message>
        <source>References with their state</source>
        <translation>Références avec leur état</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>Cables:</source>
        <translation>Câbles&#xa0;:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Inclure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Exporter en &amp;HTML…</translation>
    </message>
    <message>
        <source>Annotations as &amp;CSV…</source>
        <translation>Annotations en &amp;CSV…</translation>
    </message>
    <message>
        <source>Annotations as &amp;JSON…</source>
        <translation>Annotations en &amp;JSON…</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Création du rapport…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>report</source>
        <translation>rapport</translation>
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
        <translation>Écriture des pages…</translation>
    </message>
</context>
<context>
    <name>Reftel::ReportExporter</name>
    <message numerus="yes">
        <source>Wrote %1: %n page(s)</source>
        <translation>
            <numerusform>%1 écrit&#xa0;: %n page</numerusform>
            <numerusform>%1 écrit&#xa0;: %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n cable(s), </source>
        <translation>
            <numerusform>%n câble, </numerusform>
            <numerusform>%n câbles, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reftel::ReportWriter</name>
    <message>
        <source>Could not start painting the report.</source>
        <translation>Impossible de commencer à dessiner le rapport.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
    <message>
        <source>Could not start a new page.</source>
        <translation>Impossible de commencer une nouvelle page.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Could not finish painting the report.</source>
        <translation>Impossible de terminer le dessin du rapport.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Reftel::RetagAnnotationCommand</name>
    <message>
        <source>Change tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
</context>
<context>
    <name>Reftel::SalvageCommand</name>
    <message>
        <source>salvage NEWFILE</source>
        <translation>salvage NOUVEAUFICHIER</translation>
    </message>
    <message>
        <source>copy what a damaged library still holds into a new library</source>
        <translation>copier ce que contient encore une bibliothèque endommagée dans une nouvelle bibliothèque</translation>
    </message>
    <message>
        <source>the new library to make; the damaged one is --library&apos;s (or the default one)</source>
        <translation>la nouvelle bibliothèque à créer&#xa0;; l’endommagée est celle de --library (ou celle par défaut)</translation>
    </message>
    <message>
        <source>NEWFILE</source>
        <translation>NOUVEAUFICHIER</translation>
    </message>
    <message>
        <source>salvage needs the name of the new library to make</source>
        <translation>salvage nécessite le nom de la nouvelle bibliothèque à créer</translation>
    </message>
    <message>
        <source>Salvaged into %1: %2 cables, %3 annotations, %4 tags.</source>
        <translation>Récupéré dans %1&#xa0;: %2 câbles, %3 annotations, %4 étiquettes.</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) of rows could not be read and are not in the copy.</source>
        <translation>
            <numerusform>%n plage de lignes n’a pas pu être lue et ne figure pas dans la copie.</numerusform>
            <numerusform>%n plages de lignes n’ont pas pu être lues et ne figurent pas dans la copie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged library %1 was left as it is.</source>
        <translation>La bibliothèque endommagée %1 a été laissée telle quelle.</translation>
    </message>
    <message>
        <source>%1 is a team library: salvage reads a damaged library file. A team library is copied with reftel library copy, or backed up with pg_dump.</source>
        <translation>%1 est une bibliothèque d’équipe : salvage lit un fichier de bibliothèque endommagé. Une bibliothèque d’équipe se copie avec reftel library copy, ou se sauvegarde avec pg_dump.</translation>
    </message>
</context>
<context>
    <name>Reftel::SchemaMigrations</name>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Impossible de lire la version du schéma&#xa0;: %1</translation>
    </message>
    <message>
        <source>The library was written by a newer version of Reftel (schema %1; this version knows up to %2). Update Reftel to open it.</source>
        <translation>La bibliothèque a été écrite par une version plus récente de Reftel (schéma %1&#xa0;; cette version connaît jusqu’au %2). Mettez Reftel à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Cannot start the upgrade to schema %1: %2</source>
        <translation>Impossible de commencer la mise à niveau vers le schéma %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade the library to schema %1: %2</source>
        <translation>Impossible de mettre la bibliothèque à niveau vers le schéma %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot commit the upgrade to schema %1: %2</source>
        <translation>Impossible de valider la mise à niveau vers le schéma %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Reftel::SearchAdvice</name>
    <message>
        <source>No cable matches “%1”.</source>
        <translation>Aucun câble ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Without %1, 1 cable matches.</source>
        <translation>Sans %1, 1 câble correspond.</translation>
    </message>
    <message>
        <source>Without %1, %2 cables match.</source>
        <translation>Sans %1, %2 câbles correspondent.</translation>
    </message>
    <message>
        <source>The words alone match cables: it is the filters together that exclude them all. Remove one or two.</source>
        <translation>Les mots seuls trouvent des câbles&#xa0;: ce sont les filtres réunis qui les excluent tous. Retirez-en un ou deux.</translation>
    </message>
    <message>
        <source>No cable holds these words. Check the spelling, use fewer words, or a prefix such as manas*.</source>
        <translation>Aucun câble ne contient ces mots. Vérifiez l’orthographe, utilisez moins de mots ou un préfixe comme manas*.</translation>
    </message>
    <message>
        <source>No cable has these values. Click a value under the list to see which ones the library holds.</source>
        <translation>Aucun câble n’a ces valeurs. Cliquez sur une valeur sous la liste pour voir celles que contient la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>Reftel::SearchCommand</name>
    <message>
        <source>search QUERY</source>
        <translation>search REQUÊTE</translation>
    </message>
    <message>
        <source>search the library (e.g. &quot;manas* origin:Astana from:2009&quot;;
a word may start with -: reftel search manas -russia)</source>
        <translation>rechercher dans la bibliothèque (p. ex. &quot;manas* origin:Astana from:2009&quot;&#xa0;;
un mot peut commencer par -&#xa0;: reftel search manas -russia)</translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; cables of a search (default 20; with --json, &lt;n&gt; hits).</source>
        <translation>Afficher au plus &lt;n&gt; câbles d’une recherche (20 par défaut&#xa0;; avec --json, &lt;n&gt; résultats).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>words and filters, as in the search field</source>
        <translation>des mots et des filtres, comme dans le champ de recherche</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>REQUÊTE</translation>
    </message>
    <message>
        <source>search needs a query</source>
        <translation>search nécessite une requête</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit nécessite un nombre positif</translation>
    </message>
    <message>
        <source>at least %1 hits (counting stops there)</source>
        <translation>au moins %1 résultats (le décompte s’arrête là)</translation>
    </message>
    <message numerus="yes">
        <source> (showing %n cable(s))</source>
        <translation>
            <numerusform> (%n câble affiché)</numerusform>
            <numerusform> (%n câbles affichés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cable(s)</source>
        <translation>
            <numerusform>%n câble</numerusform>
            <numerusform>%n câbles</numerusform>
        </translation>
    </message>
    <message>
        <source> (showing %1)</source>
        <translation> (%1 affichés)</translation>
    </message>
</context>
<context>
    <name>Reftel::SearchQueryParser</name>
    <message>
        <source>Unexpected closing parenthesis.</source>
        <translation>Parenthèse fermante inattendue.</translation>
    </message>
    <message>
        <source>The period ends (to:) before it starts (from:).</source>
        <translation>La période se termine (to:) avant de commencer (from:).</translation>
    </message>
    <message>
        <source>OR needs a word on both sides.</source>
        <translation>OR nécessite un mot de chaque côté.</translation>
    </message>
    <message>
        <source>NOT needs a word after it.</source>
        <translation>NOT doit être suivi d’un mot.</translation>
    </message>
    <message>
        <source>A search needs at least one word that is not excluded.</source>
        <translation>Une recherche nécessite au moins un mot qui n’est pas exclu.</translation>
    </message>
    <message>
        <source>A parenthesis is not closed.</source>
        <translation>Une parenthèse n’est pas fermée.</translation>
    </message>
    <message>
        <source>An operator is missing a word.</source>
        <translation>Il manque un mot à un opérateur.</translation>
    </message>
    <message>
        <source>%1: needs a value.</source>
        <translation>%1: nécessite une valeur.</translation>
    </message>
    <message>
        <source>%1:%2 is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>%1:%2 n’est pas une date&#xa0;; écrivez YYYY, YYYY-MM ou YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1: cannot be excluded; use the other end of the period.</source>
        <translation>%1: ne peut pas être exclu&#xa0;; utilisez l’autre borne de la période.</translation>
    </message>
    <message>
        <source>annotated:%1 is not understood; write annotated:yes or annotated:no.</source>
        <translation>annotated:%1 n’est pas compris ; écrivez annotated:yes ou annotated:no.</translation>
    </message>
    <message>
        <source>note:%1 has no word to look for.</source>
        <translation>note:%1 ne contient aucun mot à chercher.</translation>
    </message>
    <message>
        <source>NEAR(…) is not supported: write the words together, or as a &quot;phrase&quot;.</source>
        <translation>NEAR(…) n’est pas pris en charge&#xa0;: écrivez les mots ensemble, ou comme une &quot;expression&quot;.</translation>
    </message>
    <message>
        <source>OR NOT is not supported: each side of OR needs a word that is not excluded. For cables with one word but not another, write &quot;manas NOT russia&quot;.</source>
        <translation>OR NOT n’est pas pris en charge&#xa0;: chaque côté de OR a besoin d’un mot qui n’est pas exclu. Pour les câbles contenant un mot mais pas un autre, écrivez &quot;manas NOT russia&quot;.</translation>
    </message>
    <message>
        <source>AND needs a word on both sides.</source>
        <translation>AND nécessite un mot de chaque côté.</translation>
    </message>
    <message>
        <source>The query is too deeply nested: at most %1 parentheses inside each other.</source>
        <translation>La requête est trop imbriquée&#xa0;: au plus %1 parenthèses les unes dans les autres.</translation>
    </message>
    <message>
        <source>%1:%2 is outside the years a cable can have; write a year from %3 to %4.</source>
        <translation>%1:%2 est en dehors des années qu’un câble peut avoir&#xa0;; écrivez une année de %3 à %4.</translation>
    </message>
    <message>
        <source>tag:%1 is not understood; a * goes after the first letters of a tag (tag:PREL*).</source>
        <translation>tag:%1 n’est pas compris&#xa0;; un * se place après les premières lettres d’une étiquette (tag:PREL*).</translation>
    </message>
    <message>
        <source>subject:%1 has no word to look for.</source>
        <translation>subject:%1 ne contient aucun mot à chercher.</translation>
    </message>
    <message>
        <source>%1: is not a filter Reftel knows; the filters are origin:, tag:, class:, subject:, from:, to:, ref:, id:, annotated:, tagged: and note:.</source>
        <translation>%1: n’est pas un filtre connu de Reftel&#xa0;; les filtres sont origin:, tag:, class:, subject:, from:, to:, ref:, id:, annotated:, tagged: et note:.</translation>
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
        <translation>afficher un câble, sans ses répétitions</translation>
    </message>
    <message>
        <source>Write clean text (the default of show).</source>
        <translation>Écrire le texte nettoyé (par défaut pour show).</translation>
    </message>
    <message>
        <source>the cable, as 09ASTANA253 or ASTANA 000253</source>
        <translation>le câble, par exemple 09ASTANA253 ou ASTANA 000253</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--json and --text cannot be used together</source>
        <translation>--json et --text ne peuvent pas être utilisés ensemble</translation>
    </message>
    <message>
        <source>%1 needs exactly one cable id</source>
        <translation>%1 nécessite exactement un identifiant de câble</translation>
    </message>
    <message>
        <source>%1 names %2 cables in the library, one a year: %3; add the year, or give the id.</source>
        <translation>%1 désigne %2 câbles de la bibliothèque, un par année&#xa0;: %3&#xa0;; ajoutez l’année ou indiquez l’identifiant.</translation>
    </message>
    <message>
        <source>%1: no such cable in the library %2</source>
        <translation>%1&#xa0;: aucun câble de ce nom dans la bibliothèque %2</translation>
    </message>
</context>
<context>
    <name>Reftel::SqliteStatement</name>
    <message>
        <source>the statement could not be prepared</source>
        <translation>l’instruction n’a pas pu être préparée</translation>
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
    <name>Reftel::StatsCommand</name>
    <message>
        <source>what the library holds</source>
        <translation>ce que contient la bibliothèque</translation>
    </message>
    <message>
        <source>stats takes no arguments</source>
        <translation>stats ne prend aucun argument</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Bibliothèque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cables: %1 (from %2 saved files or rows)</source>
        <translation>Câbles&#xa0;: %1 (issus de %2 fichiers ou lignes enregistrés)</translation>
    </message>
    <message>
        <source>Paragraphs: %1</source>
        <translation>Paragraphes&#xa0;: %1</translation>
    </message>
    <message>
        <source>References: %1 resolved, %2 probable, %3 missing, %4 not cables</source>
        <translation>Références&#xa0;: %1 résolues, %2 probables, %3 manquantes, %4 hors câbles</translation>
    </message>
    <message>
        <source>Size on disk: %1</source>
        <translation>Taille sur le disque&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cable(s) were read by an older parser; import them again to refresh them.</source>
        <translation>
            <numerusform>%n câble a été lu par un ancien analyseur&#xa0;; importez-le à nouveau pour l’actualiser.</numerusform>
            <numerusform>%n câbles ont été lus par un ancien analyseur&#xa0;; importez-les à nouveau pour les actualiser.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reftel::StoreError</name>
    <message>
        <source>Cannot write to the library %1: %2</source>
        <translation>Impossible d’écrire dans la bibliothèque %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the library %1: %2</source>
        <translation>Impossible de lire la bibliothèque %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Reftel::TagGlossary</name>
    <message>
        <source>Subject</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>Expression</translation>
    </message>
</context>
<context>
    <name>Reftel::TagManagerDialog</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Couleur…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Fusionner dans…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Manage Tags</source>
        <translation>Gérer les étiquettes</translation>
    </message>
    <message>
        <source>Your tags</source>
        <translation>Vos étiquettes</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Usages</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Renommer l’étiquette</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>Nouveau nom de «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>A tag&apos;s name cannot hold “/”: it separates a tag from its parent.</source>
        <translation>Un nom d’étiquette ne peut pas contenir «&#xa0;/&#xa0;»&#xa0;: il sépare une étiquette de son parent.</translation>
    </message>
    <message>
        <source>Tag Colour</source>
        <translation>Couleur de l’étiquette</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Fusionner des étiquettes</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» dans&#xa0;:</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Supprimer l’étiquette</translation>
    </message>
    <message>
        <source>Uses of “%1” and its sub-tags: %2. What should become of them?</source>
        <translation>Usages de «&#xa0;%1&#xa0;» et de ses sous-étiquettes&#xa0;: %2. Que doivent-ils devenir&#xa0;?</translation>
    </message>
    <message>
        <source>Remove the Tag from Them</source>
        <translation>Leur retirer l’étiquette</translation>
    </message>
    <message>
        <source>Give Them Another Tag…</source>
        <translation>Leur donner une autre étiquette…</translation>
    </message>
    <message>
        <source>Give the uses of “%1” to:</source>
        <translation>Donner les usages de «&#xa0;%1&#xa0;» à&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Reftel::TagPalette</name>
    <message>
        <source>Colour of the new tag:</source>
        <translation>Couleur de la nouvelle étiquette&#xa0;:</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Type a tag, or a new path like Russia/Military; 1–9 for a recent tag</source>
        <translation>Saisissez une étiquette, ou un nouveau chemin comme Russia/Military&#xa0;; 1–9 pour une étiquette récente</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Couleur %1</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>New tag “%1”</source>
        <translation>Nouvelle étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Reftel::TagsReader</name>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>written out in words</source>
        <translation>écrit en toutes lettres</translation>
    </message>
</context>
<context>
    <name>Reftel::TeamLibraryDialog</name>
    <message>
        <source>Open Team Library</source>
        <translation>Ouvrir une bibliothèque d’équipe</translation>
    </message>
    <message>
        <source>A library on a PostgreSQL server that your team shares. Leave a field empty to use what your PostgreSQL settings say (the PG variables, pg_service.conf).</source>
        <translation>Une bibliothèque sur un serveur PostgreSQL que votre équipe partage. Laissez un champ vide pour utiliser ce que disent vos réglages PostgreSQL (les variables PG, pg_service.conf).</translation>
    </message>
    <message>
        <source>a name in pg_service.conf (optional)</source>
        <translation>un nom dans pg_service.conf (facultatif)</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder</source>
        <translation>db.example.org, ou un dossier de socket</translation>
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
        <translation>votre rôle PostgreSQL</translation>
    </message>
    <message>
        <source>Default (TLS when the server offers it)</source>
        <translation>Par défaut (TLS si le serveur le propose)</translation>
    </message>
    <message>
        <source>Off (disable)</source>
        <translation>Désactivé (disable)</translation>
    </message>
    <message>
        <source>Preferred (prefer)</source>
        <translation>Préféré (prefer)</translation>
    </message>
    <message>
        <source>Required, server not checked (require)</source>
        <translation>Exigé, serveur non vérifié (require)</translation>
    </message>
    <message>
        <source>Required, server&apos;s certificate checked (verify-ca)</source>
        <translation>Exigé, certificat du serveur vérifié (verify-ca)</translation>
    </message>
    <message>
        <source>Required, certificate and host name checked (verify-full)</source>
        <translation>Exigé, certificat et nom d’hôte vérifiés (verify-full)</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>seulement si le serveur en demande un</translation>
    </message>
    <message>
        <source>Passwords are not saved: use ~/.pgpass or enter it each time</source>
        <translation>Les mots de passe ne sont pas enregistrés : utilisez ~/.pgpass ou saisissez-le à chaque fois</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
</context>
<context>
    <name>Reftel::UserTagStore</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>Une étiquette a besoin d’un nom.</translation>
    </message>
    <message>
        <source>A tag name cannot contain &quot;/&quot;; it separates a tag from its parent.</source>
        <translation>Un nom d’étiquette ne peut pas contenir « / » ; il sépare une étiquette de son parent.</translation>
    </message>
    <message>
        <source>There is already a tag named %1 there.</source>
        <translation>Il existe déjà une étiquette nommée %1 à cet endroit.</translation>
    </message>
    <message>
        <source>The tag no longer exists.</source>
        <translation>L’étiquette n’existe plus.</translation>
    </message>
    <message>
        <source>A tag cannot be moved under itself or one of its sub-tags.</source>
        <translation>Une étiquette ne peut pas être déplacée sous elle-même ni sous l’une de ses sous-étiquettes.</translation>
    </message>
    <message>
        <source>There is already a tag with that name there.</source>
        <translation>Il existe déjà une étiquette de ce nom à cet endroit.</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself or one of its sub-tags.</source>
        <translation>Une étiquette ne peut pas être fusionnée avec elle-même ni avec l’une de ses sous-étiquettes.</translation>
    </message>
    <message>
        <source>Choose a tag outside the deleted ones to receive their uses.</source>
        <translation>Choisissez, hors des étiquettes supprimées, une étiquette qui recevra leurs usages.</translation>
    </message>
</context>
<context>
    <name>Reftel::WriteTransaction</name>
    <message>
        <source>The library is busy: another Reftel window is writing to it. Try again in a moment.</source>
        <translation>La bibliothèque est occupée : une autre fenêtre Reftel y écrit. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Cannot write to the library: %1</source>
        <translation>Impossible d’écrire dans la bibliothèque : %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Use the language &lt;code&gt; (e.g. de, fr) instead of the system&apos;s.</source>
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
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>Enregistrer une image de la fenêtre dans &lt;fichier&gt; et quitter.</translation>
    </message>
    <message>
        <source>A cable to open, as reftel://09ASTANA253#5 (cable and paragraph).</source>
        <translation>Un câble à ouvrir, sous la forme reftel://09ASTANA253#5 (câble et paragraphe).</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>Reftel cannot open the library</source>
        <translation>Reftel ne peut pas ouvrir la bibliothèque</translation>
    </message>
    <message>
        <source>Reader and annotation tool for diplomatic cables.

Without a command Reftel opens its window. Commands: %1 (see reftel COMMAND --help).</source>
        <translation>Outil de lecture et d’annotation de câbles diplomatiques.

Sans commande, Reftel ouvre sa fenêtre. Commandes&#xa0;: %1 (voir reftel COMMANDE --help).</translation>
    </message>
    <message>
        <source>Open the library &lt;library&gt; instead of the default one: a file, or a team library on a PostgreSQL server (postgresql://user@host/database, service=name).</source>
        <translation>Ouvrir la bibliothèque &lt;library&gt; au lieu de celle par défaut : un fichier, ou une bibliothèque d’équipe sur un serveur PostgreSQL (postgresql://user@host/database, service=name).</translation>
    </message>
    <message>
        <source>library</source>
        <translation>bibliothèque</translation>
    </message>
</context>
</TS>
