<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CodeTreeController</name>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="38"/>
        <source>Select a code in the code tree first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="54"/>
        <source>New code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="73"/>
        <source>Rename “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="84"/>
        <source>Move code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="96"/>
        <source>Code colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="102"/>
        <source>Change code colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="111"/>
        <source>Code description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="116"/>
        <source>Edit code description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="125"/>
        <source>Code memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="130"/>
        <source>Edit code memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="143"/>
        <source>Merge “%1” into “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="154"/>
        <source>Delete code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeTreeModel</name>
    <message>
        <location filename="../../sbcoder/ui/code_tree.py" line="168"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_tree.py" line="168"/>
        <source>Quotations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeTreePane</name>
    <message>
        <location filename="../../sbcoder/ui/code_tree.py" line="391"/>
        <source>Filter codes… (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_tree.py" line="394"/>
        <source>Enter or double-click applies a code to the selected text; drag a code onto the text or onto another code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoderDialog</name>
    <message>
        <location filename="../../sbcoder/ui/coder_dialog.py" line="22"/>
        <source>Who is coding?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coder_dialog.py" line="26"/>
        <source>sbcoder records your name on every quotation and code you make, so that the work of several coders can be compared and merged. Use the same name every time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coder_dialog.py" line="37"/>
        <source>Your name or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coder_dialog.py" line="43"/>
        <source>Coder name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoderFilterCombo</name>
    <message>
        <location filename="../../sbcoder/ui/coder_filter.py" line="50"/>
        <source>All coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coder_filter.py" line="55"/>
        <source>Count and list the work of this coder only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodingController</name>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="54"/>
        <source>Select a passage in the document first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="68"/>
        <source>Select a quotation first (click a highlight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="84"/>
        <source>Code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="98"/>
        <source>Select a code in the code tree first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="106"/>
        <source>No code used yet in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="121"/>
        <source>The selection has no words to name a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="152"/>
        <source>In-vivo code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="158"/>
        <source>under “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="160"/>
        <source>at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="161"/>
        <source>New in-vivo code “%1” %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="191"/>
        <source>New code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="234"/>
        <source>Remove code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="243"/>
        <source>This quotation carries no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="252"/>
        <source>Remove code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="252"/>
        <source>Remove which code?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="263"/>
        <source>Quotation memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="269"/>
        <source>Edit quotation memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="281"/>
        <source>The selection is in another document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="285"/>
        <source>Resize quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="296"/>
        <source>Delete quotation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteCodeDialog</name>
    <message>
        <location filename="../../sbcoder/ui/delete_code_dialog.py" line="26"/>
        <source>Delete code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/delete_code_dialog.py" line="28"/>
        <source>“%1” (with its sub-codes) is applied %2 times. What should happen to those codings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/delete_code_dialog.py" line="32"/>
        <source>Move them to the parent code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/delete_code_dialog.py" line="34"/>
        <source>Delete them (the quotations stay, without this code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/delete_code_dialog.py" line="38"/>
        <source>This code is at the top level: it has no parent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentTreeModel</name>
    <message>
        <location filename="../../sbcoder/ui/documents_pane.py" line="139"/>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbcoder/ui/documents_pane.py" line="152"/>
        <source>%n quotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/documents_pane.py" line="164"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/documents_pane.py" line="164"/>
        <source>Quotations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../sbcoder/ui/document_view.py" line="171"/>
        <source>(no codes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_view.py" line="171"/>
        <source>Coder: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsController</name>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="45"/>
        <source>Import documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="47"/>
        <source>Transcripts (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="59"/>
        <source>An import is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbcoder/ui/document_actions.py" line="69"/>
        <source>Importing %n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbcoder/ui/document_actions.py" line="83"/>
        <source>Import %n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbcoder/ui/document_actions.py" line="98"/>
        <source>%n document(s) imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="104"/>
        <source>The import was cancelled; the files before it were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbcoder/ui/document_actions.py" line="107"/>
        <source>%n file(s) skipped: already in the project</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbcoder/ui/document_actions.py" line="110"/>
        <source>%n file(s) could not be read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="112"/>
        <source>%1: the same text as “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="117"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="135"/>
        <source>Rename document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="135"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="139"/>
        <source>Rename document “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="150"/>
        <source>Document memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="155"/>
        <source>Edit document memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="165"/>
        <source>Delete “%1” and its %2 quotations? Undo restores them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="168"/>
        <source>Delete document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="173"/>
        <source>Delete document “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="181"/>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="181"/>
        <source>Group name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="186"/>
        <source>New group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="197"/>
        <location filename="../../sbcoder/ui/document_actions.py" line="221"/>
        <source>Add to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="197"/>
        <source>Remove from group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="213"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="214"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="215"/>
        <source>Document memo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="216"/>
        <source>Delete document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="218"/>
        <source>New group from selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="229"/>
        <source>Remove from this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="233"/>
        <source>New group…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../sbcoder/ui/find_bar.py" line="62"/>
        <source>Find in document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/find_bar.py" line="66"/>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/find_bar.py" line="69"/>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/find_bar.py" line="75"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/find_bar.py" line="172"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/find_bar.py" line="176"/>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="179"/>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="181"/>
        <source>sbcoder projects (*.sbc);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="206"/>
        <source>Project in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="208"/>
        <source>The project was updated; a copy of the old file is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="293"/>
        <source>Coder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="297"/>
        <source>Document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="299"/>
        <source>No document open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="302"/>
        <source>NLP: not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="304"/>
        <source>NLP off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="306"/>
        <source>NLP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="320"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="321"/>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="322"/>
        <source>Quotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="323"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="329"/>
        <source>sbcoder — no project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/window_support.py" line="145"/>
        <source>Select a code in the code tree first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/window_support.py" line="171"/>
        <source>Remove code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/window_support.py" line="224"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/window_support.py" line="226"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/window_support.py" line="229"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/window_support.py" line="231"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/window_support.py" line="272"/>
        <source>About sbcoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/window_support.py" line="273"/>
        <source>&lt;h3&gt;sbcoder %1&lt;/h3&gt;&lt;p&gt;Qualitative coding of interview transcripts: CIMO and open coding, memos, several coders, spaCy suggestions.&lt;/p&gt;&lt;p&gt;Works offline; your project is one file that is saved with every edit.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/window_support.py" line="291"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/app.py" line="110"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/app.py" line="111"/>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeCodesDialog</name>
    <message>
        <location filename="../../sbcoder/ui/merge_dialog.py" line="29"/>
        <source>Merge codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_dialog.py" line="33"/>
        <source>Merge “%1” into the code chosen below: its quotations and sub-codes move there, its description and memo are added to that code&apos;s, and “%1” is deleted. Undo restores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_dialog.py" line="41"/>
        <source>Filter codes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCodeDialog</name>
    <message>
        <location filename="../../sbcoder/ui/code_dialog.py" line="47"/>
        <source>New code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_dialog.py" line="51"/>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_dialog.py" line="56"/>
        <source>Parent&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_dialog.py" line="59"/>
        <source>What the code means; when to apply it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_dialog.py" line="64"/>
        <source>Passage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_dialog.py" line="65"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_dialog.py" line="66"/>
        <source>Parent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_dialog.py" line="67"/>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_dialog.py" line="68"/>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_dialog.py" line="84"/>
        <source>Code colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../sbcoder/ui/new_project_dialog.py" line="37"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/new_project_dialog.py" line="40"/>
        <source>e.g. Samen Buurten 0-meting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/new_project_dialog.py" line="42"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/new_project_dialog.py" line="47"/>
        <source>CIMO codes (Context, Interventie, Mechanisme, Outcome)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/new_project_dialog.py" line="49"/>
        <source>No codes (open coding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/new_project_dialog.py" line="55"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/new_project_dialog.py" line="56"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/new_project_dialog.py" line="57"/>
        <source>Start with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/new_project_dialog.py" line="86"/>
        <source>New project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/new_project_dialog.py" line="88"/>
        <source>sbcoder projects (*.sbc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../sbcoder/ui/worker.py" line="183"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/worker.py" line="191"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotationTableModel</name>
    <message>
        <location filename="../../sbcoder/ui/quotations_pane.py" line="124"/>
        <source>Quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/quotations_pane.py" line="125"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/quotations_pane.py" line="126"/>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/quotations_pane.py" line="127"/>
        <source>Coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/quotations_pane.py" line="128"/>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotationsPane</name>
    <message>
        <location filename="../../sbcoder/ui/quotations_pane.py" line="306"/>
        <source>Quotations of code “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/quotations_pane.py" line="310"/>
        <source>Quotations in “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/quotations_pane.py" line="312"/>
        <source>Select a code or open a document to list its quotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/quotations_pane.py" line="324"/>
        <source>Include sub-codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/quotations_pane.py" line="325"/>
        <source>Coder:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../../sbcoder/ui/search_pane.py" line="155"/>
        <source>The first %1 hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbcoder/ui/search_pane.py" line="157"/>
        <source>%n hit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/search_pane.py" line="187"/>
        <source>Search all documents (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/search_pane.py" line="188"/>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/search_pane.py" line="189"/>
        <source>Whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/search_pane.py" line="190"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/search_pane.py" line="191"/>
        <source>Code hits with the selected code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/search_pane.py" line="193"/>
        <source>Apply the code selected in the code tree to the selected hits (or all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/search_pane.py" line="195"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/search_pane.py" line="195"/>
        <source>Hit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../sbcoder/ui/settings_dialog.py" line="35"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/settings_dialog.py" line="38"/>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/settings_dialog.py" line="43"/>
        <source>Under a top-level code “In vivo”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/settings_dialog.py" line="45"/>
        <source>Beside the selected code (under the same parent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/settings_dialog.py" line="54"/>
        <source>Settings are kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/settings_dialog.py" line="58"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/settings_dialog.py" line="59"/>
        <source>Coder name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/settings_dialog.py" line="60"/>
        <source>New in-vivo codes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../sbcoder/ui/welcome.py" line="75"/>
        <source>sbcoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/welcome.py" line="78"/>
        <source>Start a new project (with the CIMO codes or none) or open one. A project is one file; every edit is saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/welcome.py" line="82"/>
        <source>New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/welcome.py" line="83"/>
        <source>Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/welcome.py" line="84"/>
        <source>Recent projects (double-click or Enter to open):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="157"/>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="158"/>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="159"/>
        <source>&amp;Import documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="160"/>
        <source>&amp;Close project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="161"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="162"/>
        <source>&amp;Find in document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="163"/>
        <source>&amp;Search all documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="164"/>
        <source>&amp;Apply selected code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="165"/>
        <source>Apply &amp;last-used code again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="166"/>
        <source>&amp;New code from selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="167"/>
        <source>C&amp;hoose a code by typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="168"/>
        <source>&amp;Remove code from quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="169"/>
        <source>Quotation &amp;memo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="170"/>
        <source>Resi&amp;ze quotation to selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="171"/>
        <source>&amp;Delete quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="172"/>
        <source>New code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="173"/>
        <source>Rename code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="174"/>
        <source>Code colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="175"/>
        <source>Code description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="176"/>
        <source>Code memo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="177"/>
        <source>Merge code into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="178"/>
        <source>Delete code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="179"/>
        <source>Go to documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="180"/>
        <source>Go to document text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="181"/>
        <source>Go to codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="182"/>
        <source>Go to quotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="183"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="184"/>
        <source>Change &amp;coder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="185"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="186"/>
        <source>&amp;About sbcoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="187"/>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="190"/>
        <source>&amp;In-vivo code (beside the selected code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="192"/>
        <source>&amp;In-vivo code (under “In vivo”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="196"/>
        <source>Code the selected text with the code used last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="197"/>
        <source>A new code named by the selected words, applied to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="198"/>
        <source>Type part of a code&apos;s name, then press Enter to apply it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="202"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="204"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="205"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="206"/>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="207"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="208"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="209"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <location filename="../../sbcoder/ui/workbench.py" line="139"/>
        <source>sbcoder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
