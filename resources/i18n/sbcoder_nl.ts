<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>CodeTreeController</name>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="38" />
        <source>Select a code in the code tree first</source>
        <translation>Kies eerst een code in de codeboom</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="54" />
        <source>New code “%1”</source>
        <translation>Nieuwe code ‘%1’</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="73" />
        <source>Rename “%1” to “%2”</source>
        <translation>‘%1’ hernoemen tot ‘%2’</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="84" />
        <source>Move code “%1”</source>
        <translation>Code ‘%1’ verplaatsen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="96" />
        <source>Code colour</source>
        <translation>Codekleur</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="102" />
        <source>Change code colour</source>
        <translation>Codekleur wijzigen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="111" />
        <source>Code description</source>
        <translation>Codebeschrijving</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="116" />
        <source>Edit code description</source>
        <translation>Codebeschrijving bewerken</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="125" />
        <source>Code memo</source>
        <translation>Codememo</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="130" />
        <source>Edit code memo</source>
        <translation>Codememo bewerken</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="143" />
        <source>Merge “%1” into “%2”</source>
        <translation>‘%1’ samenvoegen met ‘%2’</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="154" />
        <source>Delete code “%1”</source>
        <translation>Code ‘%1’ verwijderen</translation>
    </message>
</context>
<context>
    <name>CodeTreeModel</name>
    <message>
        <location filename="../../sbcoder/ui/code_tree.py" line="168" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_tree.py" line="168" />
        <source>Quotations</source>
        <translation>Citaten</translation>
    </message>
</context>
<context>
    <name>CodeTreePane</name>
    <message>
        <location filename="../../sbcoder/ui/code_tree.py" line="391" />
        <source>Filter codes… (Ctrl+K)</source>
        <translation>Codes filteren… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_tree.py" line="394" />
        <source>Enter or double-click applies a code to the selected text; drag a code onto the text or onto another code.</source>
        <translation>Enter of dubbelklikken kent een code toe aan de geselecteerde tekst; sleep een code naar de tekst of naar een andere code.</translation>
    </message>
</context>
<context>
    <name>CoderDialog</name>
    <message>
        <location filename="../../sbcoder/ui/coder_dialog.py" line="22" />
        <source>Who is coding?</source>
        <translation>Wie codeert er?</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coder_dialog.py" line="26" />
        <source>sbcoder records your name on every quotation and code you make, so that the work of several coders can be compared and merged. Use the same name every time.</source>
        <translation>sbcoder legt uw naam vast bij elk citaat en elke code die u maakt, zodat het werk van meerdere codeurs vergeleken en samengevoegd kan worden. Gebruik steeds dezelfde naam.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coder_dialog.py" line="37" />
        <source>Your name or initials</source>
        <translation>Uw naam of initialen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coder_dialog.py" line="43" />
        <source>Coder name:</source>
        <translation>Naam codeur:</translation>
    </message>
</context>
<context>
    <name>CoderFilterCombo</name>
    <message>
        <location filename="../../sbcoder/ui/coder_filter.py" line="50" />
        <source>All coders</source>
        <translation>Alle codeurs</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coder_filter.py" line="55" />
        <source>Count and list the work of this coder only</source>
        <translation>Alleen het werk van deze codeur tellen en tonen</translation>
    </message>
</context>
<context>
    <name>CodingController</name>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="54" />
        <source>Select a passage in the document first</source>
        <translation>Selecteer eerst een passage in het document</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="68" />
        <source>Select a quotation first (click a highlight)</source>
        <translation>Kies eerst een citaat (dubbelklik op een markering)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="84" />
        <source>Code “%1”</source>
        <translation>Coderen met ‘%1’</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="98" />
        <source>Select a code in the code tree first</source>
        <translation>Kies eerst een code in de codeboom</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="106" />
        <source>No code used yet in this session</source>
        <translation>In deze sessie is nog geen code gebruikt</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="121" />
        <source>The selection has no words to name a code</source>
        <translation>De selectie bevat geen woorden om een code naar te noemen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="152" />
        <source>In-vivo code “%1”</source>
        <translation>In-vivocode ‘%1’</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="158" />
        <source>under “%1”</source>
        <translation>onder ‘%1’</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="160" />
        <source>at the top level</source>
        <translation>op het hoogste niveau</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="161" />
        <source>New in-vivo code “%1” %2</source>
        <translation>Nieuwe in-vivocode ‘%1’ %2</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="191" />
        <source>New code “%1”</source>
        <translation>Nieuwe code ‘%1’</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="234" />
        <source>Remove code “%1”</source>
        <translation>Code ‘%1’ weghalen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="243" />
        <source>This quotation carries no code</source>
        <translation>Dit citaat heeft geen code</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="252" />
        <source>Remove code</source>
        <translation>Code weghalen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="252" />
        <source>Remove which code?</source>
        <translation>Welke code weghalen?</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="263" />
        <source>Quotation memo</source>
        <translation>Citaatmemo</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="269" />
        <source>Edit quotation memo</source>
        <translation>Citaatmemo bewerken</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="281" />
        <source>The selection is in another document</source>
        <translation>De selectie staat in een ander document</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="285" />
        <source>Resize quotation</source>
        <translation>Citaat aanpassen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="296" />
        <source>Delete quotation</source>
        <translation>Citaat verwijderen</translation>
    </message>
</context>
<context>
    <name>DeleteCodeDialog</name>
    <message>
        <location filename="../../sbcoder/ui/delete_code_dialog.py" line="26" />
        <source>Delete code</source>
        <translation>Code verwijderen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/delete_code_dialog.py" line="28" />
        <source>“%1” (with its sub-codes) is applied %2 times. What should happen to those codings?</source>
        <translation>‘%1’ (met subcodes) is %2 keer toegekend. Wat moet er met die coderingen gebeuren?</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/delete_code_dialog.py" line="32" />
        <source>Move them to the parent code</source>
        <translation>Verplaatsen naar de bovenliggende code</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/delete_code_dialog.py" line="34" />
        <source>Delete them (the quotations stay, without this code)</source>
        <translation>Verwijderen (de citaten blijven, zonder deze code)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/delete_code_dialog.py" line="38" />
        <source>This code is at the top level: it has no parent</source>
        <translation>Deze code staat op het hoogste niveau: er is geen bovenliggende code</translation>
    </message>
</context>
<context>
    <name>DocumentTreeModel</name>
    <message>
        <location filename="../../sbcoder/ui/documents_pane.py" line="139" />
        <source>All documents</source>
        <translation>Alle documenten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbcoder/ui/documents_pane.py" line="152" />
        <source>%n quotation(s)</source>
        <translation>
            <numerusform>%n citaat</numerusform>
            <numerusform>%n citaten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/documents_pane.py" line="164" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/documents_pane.py" line="164" />
        <source>Quotations</source>
        <translation>Citaten</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../sbcoder/ui/document_view.py" line="171" />
        <source>(no codes)</source>
        <translation>(geen codes)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_view.py" line="171" />
        <source>Coder: {0}</source>
        <translation>Codeur: {0}</translation>
    </message>
</context>
<context>
    <name>DocumentsController</name>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="45" />
        <source>Import documents</source>
        <translation>Documenten importeren</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="47" />
        <source>Transcripts (%1);;All files (*)</source>
        <translation>Transcripten (%1);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="59" />
        <source>An import is already running</source>
        <translation>Er loopt al een import</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbcoder/ui/document_actions.py" line="69" />
        <source>Importing %n document(s)</source>
        <translation>
            <numerusform>%n document importeren</numerusform>
            <numerusform>%n documenten importeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbcoder/ui/document_actions.py" line="83" />
        <source>Import %n document(s)</source>
        <translation>
            <numerusform>%n document importeren</numerusform>
            <numerusform>%n documenten importeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbcoder/ui/document_actions.py" line="98" />
        <source>%n document(s) imported</source>
        <translation>
            <numerusform>%n document geïmporteerd</numerusform>
            <numerusform>%n documenten geïmporteerd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="104" />
        <source>The import was cancelled; the files before it were kept.</source>
        <translation>De import is afgebroken; de bestanden die al binnen waren, zijn bewaard.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbcoder/ui/document_actions.py" line="107" />
        <source>%n file(s) skipped: already in the project</source>
        <translation>
            <numerusform>%n bestand overgeslagen: al in het project</numerusform>
            <numerusform>%n bestanden overgeslagen: al in het project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbcoder/ui/document_actions.py" line="110" />
        <source>%n file(s) could not be read</source>
        <translation>
            <numerusform>%n bestand kon niet gelezen worden</numerusform>
            <numerusform>%n bestanden konden niet gelezen worden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="112" />
        <source>%1: the same text as “%2”</source>
        <translation>%1: dezelfde tekst als ‘%2’</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="117" />
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="135" />
        <source>Rename document</source>
        <translation>Document hernoemen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="135" />
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="139" />
        <source>Rename document “%1”</source>
        <translation>Document ‘%1’ hernoemen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="150" />
        <source>Document memo</source>
        <translation>Documentmemo</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="155" />
        <source>Edit document memo</source>
        <translation>Documentmemo bewerken</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="165" />
        <source>Delete “%1” and its %2 quotations? Undo restores them.</source>
        <translation>‘%1’ en de %2 citaten erin verwijderen? Ongedaan maken zet ze terug.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="168" />
        <source>Delete document</source>
        <translation>Document verwijderen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="173" />
        <source>Delete document “%1”</source>
        <translation>Document ‘%1’ verwijderen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="181" />
        <source>New group</source>
        <translation>Nieuwe groep</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="181" />
        <source>Group name:</source>
        <translation>Naam van de groep:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="186" />
        <source>New group “%1”</source>
        <translation>Nieuwe groep ‘%1’</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="197" />
        <location filename="../../sbcoder/ui/document_actions.py" line="221" />
        <source>Add to group</source>
        <translation>Aan groep toevoegen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="197" />
        <source>Remove from group</source>
        <translation>Uit groep halen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="213" />
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="214" />
        <source>Rename…</source>
        <translation>Hernoemen…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="215" />
        <source>Document memo…</source>
        <translation>Documentmemo…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="216" />
        <source>Delete document…</source>
        <translation>Document verwijderen…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="218" />
        <source>New group from selection…</source>
        <translation>Nieuwe groep van selectie…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="229" />
        <source>Remove from this group</source>
        <translation>Uit deze groep halen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="233" />
        <source>New group…</source>
        <translation>Nieuwe groep…</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../sbcoder/ui/find_bar.py" line="62" />
        <source>Find in document</source>
        <translation>Zoeken in document</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/find_bar.py" line="66" />
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorige treffer (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/find_bar.py" line="69" />
        <source>Next match (Enter)</source>
        <translation>Volgende treffer (Enter)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/find_bar.py" line="75" />
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/find_bar.py" line="172" />
        <source>No matches</source>
        <translation>Geen treffers</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/find_bar.py" line="176" />
        <source>{0} of {1}</source>
        <translation>{0} van {1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="179" />
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="181" />
        <source>sbcoder projects (*.sbc);;All files (*)</source>
        <translation>sbcoder-projecten (*.sbc);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="206" />
        <source>Project in use</source>
        <translation>Project in gebruik</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="208" />
        <source>The project was updated; a copy of the old file is kept</source>
        <translation>Het project is bijgewerkt; een kopie van het oude bestand is bewaard</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="293" />
        <source>Coder: %1</source>
        <translation>Codeur: %1</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="297" />
        <source>Document: %1</source>
        <translation>Document: %1</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="299" />
        <source>No document open</source>
        <translation>Geen document open</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="302" />
        <source>NLP: not loaded</source>
        <translation>NLP: niet geladen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="304" />
        <source>NLP off</source>
        <translation>NLP uit</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="306" />
        <source>NLP: %1</source>
        <translation>NLP: %1</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="320" />
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="321" />
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="322" />
        <source>Quotations</source>
        <translation>Citaten</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="323" />
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="329" />
        <source>sbcoder — no project open</source>
        <translation>sbcoder — geen project open</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/window_support.py" line="145" />
        <source>Select a code in the code tree first</source>
        <translation>Kies eerst een code in de codeboom</translation>
    </message>
    <message numerus="yes">
        <source>Code %n search hit(s) with “%1”</source>
        <translation type="vanished">
            <numerusform>%n zoektreffer coderen met ‘%1’</numerusform>
            <numerusform>%n zoektreffers coderen met ‘%1’</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/window_support.py" line="171" />
        <source>Remove code “%1”</source>
        <translation>Code ‘%1’ weghalen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/window_support.py" line="224" />
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/window_support.py" line="226" />
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/window_support.py" line="229" />
        <source>&amp;Redo %1</source>
        <translation>Op&amp;nieuw: %1</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/window_support.py" line="231" />
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/window_support.py" line="272" />
        <source>About sbcoder</source>
        <translation>Over sbcoder</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/window_support.py" line="273" />
        <source>&lt;h3&gt;sbcoder %1&lt;/h3&gt;&lt;p&gt;Qualitative coding of interview transcripts: CIMO and open coding, memos, several coders, spaCy suggestions.&lt;/p&gt;&lt;p&gt;Works offline; your project is one file that is saved with every edit.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;sbcoder %1&lt;/h3&gt;&lt;p&gt;Kwalitatief coderen van interviewtranscripten: CIMO en open coderen, memo's, meerdere codeurs, suggesties van spaCy.&lt;/p&gt;&lt;p&gt;Werkt offline; uw project is één bestand dat bij elke bewerking wordt opgeslagen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/window_support.py" line="291" />
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/app.py" line="110" />
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/app.py" line="111" />
        <source>Something went wrong: %1</source>
        <translation>Er ging iets mis: %1</translation>
    </message>
</context>
<context>
    <name>MergeCodesDialog</name>
    <message>
        <location filename="../../sbcoder/ui/merge_dialog.py" line="29" />
        <source>Merge codes</source>
        <translation>Codes samenvoegen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_dialog.py" line="33" />
        <source>Merge “%1” into the code chosen below: its quotations and sub-codes move there, its description and memo are added to that code's, and “%1” is deleted. Undo restores it.</source>
        <translation>‘%1’ samenvoegen met de code die u hieronder kiest: de citaten en subcodes gaan daarheen, beschrijving en memo worden bij die van die code gevoegd, en ‘%1’ verdwijnt. Ongedaan maken zet hem terug.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_dialog.py" line="41" />
        <source>Filter codes…</source>
        <translation>Codes filteren…</translation>
    </message>
</context>
<context>
    <name>NewCodeDialog</name>
    <message>
        <location filename="../../sbcoder/ui/code_dialog.py" line="47" />
        <source>New code</source>
        <translation>Nieuwe code</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_dialog.py" line="51" />
        <source>(top level)</source>
        <translation>(hoogste niveau)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_dialog.py" line="56" />
        <source>Parent's colour</source>
        <translation>Kleur van de bovenliggende code</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_dialog.py" line="59" />
        <source>What the code means; when to apply it</source>
        <translation>Wat de code betekent; wanneer u hem toekent</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_dialog.py" line="64" />
        <source>Passage:</source>
        <translation>Passage:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_dialog.py" line="65" />
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_dialog.py" line="66" />
        <source>Parent:</source>
        <translation>Bovenliggende code:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_dialog.py" line="67" />
        <source>Colour:</source>
        <translation>Kleur:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_dialog.py" line="68" />
        <source>Description:</source>
        <translation>Beschrijving:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_dialog.py" line="84" />
        <source>Code colour</source>
        <translation>Codekleur</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../sbcoder/ui/new_project_dialog.py" line="37" />
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/new_project_dialog.py" line="40" />
        <source>e.g. Samen Buurten 0-meting</source>
        <translation>bijv. Samen Buurten 0-meting</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/new_project_dialog.py" line="42" />
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/new_project_dialog.py" line="47" />
        <source>CIMO codes (Context, Interventie, Mechanisme, Outcome)</source>
        <translation>CIMO-codes (Context, Interventie, Mechanisme, Outcome)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/new_project_dialog.py" line="49" />
        <source>No codes (open coding)</source>
        <translation>Geen codes (open coderen)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/new_project_dialog.py" line="55" />
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/new_project_dialog.py" line="56" />
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/new_project_dialog.py" line="57" />
        <source>Start with:</source>
        <translation>Beginnen met:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/new_project_dialog.py" line="86" />
        <source>New project file</source>
        <translation>Nieuw projectbestand</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/new_project_dialog.py" line="88" />
        <source>sbcoder projects (*.sbc)</source>
        <translation>sbcoder-projecten (*.sbc)</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../sbcoder/ui/worker.py" line="183" />
        <source>Cancelling…</source>
        <translation>Afbreken…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/worker.py" line="191" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>QuotationTableModel</name>
    <message>
        <location filename="../../sbcoder/ui/quotations_pane.py" line="124" />
        <source>Quotation</source>
        <translation>Citaat</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/quotations_pane.py" line="125" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/quotations_pane.py" line="126" />
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/quotations_pane.py" line="127" />
        <source>Coder</source>
        <translation>Codeur</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/quotations_pane.py" line="128" />
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
</context>
<context>
    <name>QuotationsPane</name>
    <message>
        <location filename="../../sbcoder/ui/quotations_pane.py" line="306" />
        <source>Quotations of code “%1”: %2</source>
        <translation>Citaten van code ‘%1’: %2</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/quotations_pane.py" line="310" />
        <source>Quotations in “%1”: %2</source>
        <translation>Citaten in ‘%1’: %2</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/quotations_pane.py" line="312" />
        <source>Select a code or open a document to list its quotations</source>
        <translation>Kies een code of open een document om de citaten te zien</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/quotations_pane.py" line="324" />
        <source>Include sub-codes</source>
        <translation>Met subcodes</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/quotations_pane.py" line="325" />
        <source>Coder:</source>
        <translation>Codeur:</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../../sbcoder/ui/search_pane.py" line="155" />
        <source>The first %1 hits</source>
        <translation>De eerste %1 treffers</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbcoder/ui/search_pane.py" line="157" />
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n treffer</numerusform>
            <numerusform>%n treffers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/search_pane.py" line="187" />
        <source>Search all documents (Ctrl+Shift+F)</source>
        <translation>Zoeken in alle documenten (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/search_pane.py" line="188" />
        <source>Match case</source>
        <translation>Hoofdlettergevoelig</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/search_pane.py" line="189" />
        <source>Whole words</source>
        <translation>Hele woorden</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/search_pane.py" line="190" />
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/search_pane.py" line="191" />
        <source>Code hits with the selected code</source>
        <translation>Treffers coderen met de gekozen code</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/search_pane.py" line="193" />
        <source>Apply the code selected in the code tree to the selected hits (or all)</source>
        <translation>De in de codeboom gekozen code toekennen aan de geselecteerde treffers (of alle)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/search_pane.py" line="195" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/search_pane.py" line="195" />
        <source>Hit</source>
        <translation>Treffer</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../sbcoder/ui/settings_dialog.py" line="35" />
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/settings_dialog.py" line="38" />
        <source>As the system (%1)</source>
        <translation>Zoals het systeem (%1)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/settings_dialog.py" line="43" />
        <source>Under a top-level code “In vivo”</source>
        <translation>Onder een code ‘In vivo’ op het hoogste niveau</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/settings_dialog.py" line="45" />
        <source>Beside the selected code (under the same parent)</source>
        <translation>Naast de gekozen code (onder dezelfde bovenliggende code)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/settings_dialog.py" line="54" />
        <source>Settings are kept in %1</source>
        <translation>Instellingen worden bewaard in %1</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/settings_dialog.py" line="58" />
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/settings_dialog.py" line="59" />
        <source>Coder name:</source>
        <translation>Naam codeur:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/settings_dialog.py" line="60" />
        <source>New in-vivo codes:</source>
        <translation>Nieuwe in-vivocodes:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../sbcoder/ui/welcome.py" line="75" />
        <source>sbcoder</source>
        <translation>sbcoder</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/welcome.py" line="78" />
        <source>Start a new project (with the CIMO codes or none) or open one. A project is one file; every edit is saved at once.</source>
        <translation>Begin een nieuw project (met de CIMO-codes of zonder codes) of open er een. Een project is één bestand; elke bewerking wordt meteen opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/welcome.py" line="82" />
        <source>New project…</source>
        <translation>Nieuw project…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/welcome.py" line="83" />
        <source>Open project…</source>
        <translation>Project openen…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/welcome.py" line="84" />
        <source>Recent projects (double-click or Enter to open):</source>
        <translation>Recente projecten (dubbelklik of Enter om te openen):</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="157" />
        <source>&amp;New project…</source>
        <translation>&amp;Nieuw project…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="158" />
        <source>&amp;Open project…</source>
        <translation>Project &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="159" />
        <source>&amp;Import documents…</source>
        <translation>Documenten &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="160" />
        <source>&amp;Close project</source>
        <translation>Project &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="161" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="162" />
        <source>&amp;Find in document…</source>
        <translation>&amp;Zoeken in document…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="163" />
        <source>&amp;Search all documents…</source>
        <translation>Zoeken in &amp;alle documenten…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="164" />
        <source>&amp;Apply selected code</source>
        <translation>Gekozen code &amp;toekennen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="165" />
        <source>Apply &amp;last-used code again</source>
        <translation>&amp;Laatst gebruikte code opnieuw toekennen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="166" />
        <source>&amp;New code from selection…</source>
        <translation>&amp;Nieuwe code van selectie…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="167" />
        <source>C&amp;hoose a code by typing…</source>
        <translation>Code &amp;kiezen door te typen…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="168" />
        <source>&amp;Remove code from quotation</source>
        <translation>Code &amp;weghalen van citaat</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="169" />
        <source>Quotation &amp;memo…</source>
        <translation>Citaat&amp;memo…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="170" />
        <source>Resi&amp;ze quotation to selection</source>
        <translation>Citaat aan&amp;passen aan selectie</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="171" />
        <source>&amp;Delete quotation</source>
        <translation>Citaat &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="172" />
        <source>New code…</source>
        <translation>Nieuwe code…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="173" />
        <source>Rename code</source>
        <translation>Code hernoemen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="174" />
        <source>Code colour…</source>
        <translation>Codekleur…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="175" />
        <source>Code description…</source>
        <translation>Codebeschrijving…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="176" />
        <source>Code memo…</source>
        <translation>Codememo…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="177" />
        <source>Merge code into…</source>
        <translation>Code samenvoegen met…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="178" />
        <source>Delete code…</source>
        <translation>Code verwijderen…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="179" />
        <source>Go to documents</source>
        <translation>Naar documenten</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="180" />
        <source>Go to document text</source>
        <translation>Naar documenttekst</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="181" />
        <source>Go to codes</source>
        <translation>Naar codes</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="182" />
        <source>Go to quotations</source>
        <translation>Naar citaten</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="183" />
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="184" />
        <source>Change &amp;coder…</source>
        <translation>&amp;Codeur wisselen…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="185" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="186" />
        <source>&amp;About sbcoder</source>
        <translation>&amp;Over sbcoder</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="187" />
        <source>Clear list</source>
        <translation>Lijst wissen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="190" />
        <source>&amp;In-vivo code (beside the selected code)</source>
        <translation>&amp;In-vivocode (naast de gekozen code)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="192" />
        <source>&amp;In-vivo code (under “In vivo”)</source>
        <translation>&amp;In-vivocode (onder ‘In vivo’)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="196" />
        <source>Code the selected text with the code used last</source>
        <translation>De geselecteerde tekst coderen met de laatst gebruikte code</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="197" />
        <source>A new code named by the selected words, applied to them</source>
        <translation>Een nieuwe code genoemd naar de geselecteerde woorden, meteen toegekend</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="198" />
        <source>Type part of a code's name, then press Enter to apply it</source>
        <translation>Typ een deel van een codenaam en druk op Enter om hem toe te kennen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="202" />
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="204" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="205" />
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="206" />
        <source>&amp;Code</source>
        <translation>&amp;Coderen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="207" />
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="208" />
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="209" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <location filename="../../sbcoder/ui/workbench.py" line="139" />
        <source>sbcoder</source>
        <translation>sbcoder</translation>
    </message>
</context>
</TS>