<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../sbcoder/ui/about_dialog.py" line="199"/>
        <source>About sbcoder</source>
        <translation>Over sbcoder</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/about_dialog.py" line="203"/>
        <source>Qualitative coding of interview transcripts: CIMO and open coding, memos, several coders, spaCy suggestions. Works offline; your project is one file that is saved with every edit.</source>
        <translation>Kwalitatief coderen van interviewtranscripten: CIMO en open coderen, memo&apos;s, meerdere codeurs, suggesties van spaCy. Werkt offline; uw project is één bestand dat bij elke bewerking wordt opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/about_dialog.py" line="208"/>
        <source>sbcoder is free software, licensed under %1.</source>
        <translation>sbcoder is vrije software, uitgegeven onder de licentie %1.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/about_dialog.py" line="212"/>
        <source>spaCy pipeline</source>
        <translation>spaCy-pipeline</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/about_dialog.py" line="216"/>
        <source>sbcoder is built on these components; Qt and PySide6 are used under the LGPL-3.0 as separate libraries that can be replaced.</source>
        <translation>sbcoder is gebouwd op deze onderdelen; Qt en PySide6 worden onder de LGPL-3.0 gebruikt als losse bibliotheken die vervangen kunnen worden.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/about_dialog.py" line="222"/>
        <source>Component</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/about_dialog.py" line="222"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/about_dialog.py" line="222"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/about_dialog.py" line="224"/>
        <source>&amp;Copy details</source>
        <translation>Gegevens &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/about_dialog.py" line="229"/>
        <source>Not loaded yet (it loads in the background after start-up).</source>
        <translation>Nog niet geladen (dat gebeurt na het starten op de achtergrond).</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/about_dialog.py" line="231"/>
        <source>NLP off: no spaCy pipeline could be loaded.</source>
        <translation>NLP uit: er kon geen spaCy-pipeline worden geladen.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/about_dialog.py" line="235"/>
        <source>Fallback: lemmas from a lookup table; suggestions are less precise.</source>
        <translation>Noodoplossing: lemma&apos;s uit een opzoektabel; de suggesties zijn minder nauwkeurig.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/about_dialog.py" line="237"/>
        <source>Licence: %1</source>
        <translation>Licentie: %1</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/about_dialog.py" line="237"/>
        <source>not stated</source>
        <translation>niet vermeld</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/about_dialog.py" line="239"/>
        <source>Bundled with this copy of sbcoder.</source>
        <translation>Meegeleverd met dit exemplaar van sbcoder.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/about_dialog.py" line="241"/>
        <source>Folder: %1</source>
        <translation>Map: %1</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../sbcoder/ui/agreement_dialog.py" line="236"/>
        <source>Tick at least one document.</source>
        <translation>Vink minstens één document aan.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_dialog.py" line="244"/>
        <source>Computing intercoder agreement</source>
        <translation>Intercodeur-overeenstemming berekenen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_dialog.py" line="307"/>
        <source>Export agreement report</source>
        <translation>Overeenstemmingsrapport exporteren</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_dialog.py" line="309"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_dialog.py" line="325"/>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_dialog.py" line="328"/>
        <source>Exporting the agreement report</source>
        <translation>Overeenstemmingsrapport exporteren</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_dialog.py" line="333"/>
        <source>Intercoder agreement</source>
        <translation>Intercodeur-overeenstemming</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_dialog.py" line="334"/>
        <source>Coders (two or more):</source>
        <translation>Codeurs (twee of meer):</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_dialog.py" line="335"/>
        <source>Documents:</source>
        <translation>Documenten:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_dialog.py" line="336"/>
        <source>Unit:</source>
        <translation>Eenheid:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_dialog.py" line="337"/>
        <source>Codes:</source>
        <translation>Codes:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_dialog.py" line="338"/>
        <source>Coded text:</source>
        <translation>Gecodeerde tekst:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_dialog.py" line="341"/>
        <source>Character</source>
        <translation>Teken</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_dialog.py" line="341"/>
        <source>Sentence</source>
        <translation>Zin</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_dialog.py" line="341"/>
        <source>Paragraph</source>
        <translation>Alinea</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_dialog.py" line="346"/>
        <source>coded with any of the codes</source>
        <translation>gecodeerd met een van de codes</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_dialog.py" line="346"/>
        <source>coded with that code</source>
        <translation>gecodeerd met die code</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_dialog.py" line="351"/>
        <source>Which text the “coded only” figures use: text some coder coded with any of the compared codes, or only text coded with the code itself</source>
        <translation>Welke tekst de cijfers voor „alleen gecodeerd” gebruiken: tekst die een codeur met een van de vergeleken codes codeerde, of alleen tekst met de code zelf</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_dialog.py" line="355"/>
        <source>All codes the coders used</source>
        <translation>Alle codes die de codeurs gebruikten</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_dialog.py" line="356"/>
        <source>All / none</source>
        <translation>Alle / geen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_dialog.py" line="357"/>
        <source>Compute</source>
        <translation>Berekenen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_dialog.py" line="358"/>
        <source>Export to Excel…</source>
        <translation>Exporteren naar Excel…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_dialog.py" line="359"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_dialog.py" line="363"/>
        <source>Disagreements: %1 (double-click one to see it in the document)</source>
        <translation>Verschillen: %1 (dubbelklik om de passage in het document te zien)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_dialog.py" line="371"/>
        <source>Choose the coders and the unit, then Compute.</source>
        <translation>Kies de codeurs en de eenheid en klik op Berekenen.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_dialog.py" line="374"/>
        <source>%1 coders; agreement over all codes: %2</source>
        <translation>%1 codeurs; overeenstemming over alle codes: %2</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_dialog.py" line="379"/>
        <source>, Cohen&apos;s κ %1</source>
        <translation>, Cohens κ %1</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_dialog.py" line="382"/>
        <source>, Krippendorff&apos;s α %1</source>
        <translation>, Krippendorffs α %1</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_dialog.py" line="386"/>
        <source>; on coded text only: %1, positive agreement %2.</source>
        <translation>; alleen gecodeerde tekst: %1, positieve overeenstemming %2.</translation>
    </message>
</context>
<context>
    <name>AgreementTableModel</name>
    <message>
        <location filename="../../sbcoder/ui/agreement_models.py" line="96"/>
        <source>All codes</source>
        <translation>Alle codes</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_models.py" line="124"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_models.py" line="125"/>
        <source>Units compared (per code: each unit once; all codes: unit × code)</source>
        <translation>Vergeleken eenheden (per code: elke eenheid eenmaal; alle codes: eenheid × code)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_models.py" line="126"/>
        <source>% agreement</source>
        <translation>% overeenstemming</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_models.py" line="126"/>
        <source>Share of units on which all coders agree</source>
        <translation>Aandeel eenheden waarover alle codeurs het eens zijn</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_models.py" line="127"/>
        <source>Cohen&apos;s κ</source>
        <translation>Cohens κ</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_models.py" line="127"/>
        <source>Chance-corrected agreement; two coders only</source>
        <translation>Voor toeval gecorrigeerde overeenstemming; alleen bij twee codeurs</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_models.py" line="128"/>
        <source>Krippendorff&apos;s α</source>
        <translation>Krippendorffs α</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_models.py" line="128"/>
        <source>Chance-corrected agreement, nominal</source>
        <translation>Voor toeval gecorrigeerde overeenstemming, nominaal</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_models.py" line="130"/>
        <source>Coded units</source>
        <translation>Gecodeerde eenheden</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_models.py" line="131"/>
        <source>Units at least one coder marked: the coded-text-only figures use these</source>
        <translation>Eenheden die minstens één codeur markeerde: hierop rusten de cijfers voor alleen gecodeerde tekst</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_models.py" line="133"/>
        <source>% (coded only)</source>
        <translation>% (alleen gecodeerd)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_models.py" line="133"/>
        <source>Agreement on coded text only</source>
        <translation>Overeenstemming op alleen gecodeerde tekst</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_models.py" line="134"/>
        <source>κ (coded only)</source>
        <translation>κ (alleen gecodeerd)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_models.py" line="134"/>
        <source>Cohen&apos;s κ on coded text only</source>
        <translation>Cohens κ op alleen gecodeerde tekst</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_models.py" line="135"/>
        <source>α (coded only)</source>
        <translation>α (alleen gecodeerd)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_models.py" line="135"/>
        <source>Krippendorff&apos;s α on coded text only</source>
        <translation>Krippendorffs α op alleen gecodeerde tekst</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_models.py" line="137"/>
        <source>Positive agreement</source>
        <translation>Positieve overeenstemming</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_models.py" line="138"/>
        <source>How far the coders&apos; markings overlap (Dice; ignores uncoded text)</source>
        <translation>Hoe ver de markeringen van de codeurs overlappen (Dice; negeert ongecodeerde tekst)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_models.py" line="141"/>
        <source>Marked by %1</source>
        <translation>Gemarkeerd door %1</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_models.py" line="154"/>
        <source>Characters</source>
        <translation>Tekens</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_models.py" line="155"/>
        <source>Sentences</source>
        <translation>Zinnen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_models.py" line="156"/>
        <source>Paragraphs</source>
        <translation>Alinea’s</translation>
    </message>
</context>
<context>
    <name>AnalysisFeature</name>
    <message>
        <location filename="../../sbcoder/ui/analysis_menu.py" line="117"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_menu.py" line="118"/>
        <source>&amp;Tables…</source>
        <translation>&amp;Tabellen…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_menu.py" line="120"/>
        <source>Code frequencies, co-occurrence, the CIMO matrix and the quotations list</source>
        <translation>Codefrequenties, co-occurrentie, de CIMO-matrix en de citatenlijst</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_menu.py" line="123"/>
        <source>Code &amp;frequencies</source>
        <translation>Code&amp;frequenties</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_menu.py" line="124"/>
        <source>Code &amp;co-occurrence</source>
        <translation>&amp;Co-occurrentie van codes</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_menu.py" line="125"/>
        <source>CIMO &amp;matrix</source>
        <translation>CIMO-&amp;matrix</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_menu.py" line="126"/>
        <source>&amp;Quotations list</source>
        <translation>&amp;Citatenlijst</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_menu.py" line="130"/>
        <source>Export tables to &amp;Excel…</source>
        <translation>Tabellen exporteren naar &amp;Excel…</translation>
    </message>
</context>
<context>
    <name>AnalysisFilterDialog</name>
    <message>
        <location filename="../../sbcoder/ui/analysis_filter_dialog.py" line="110"/>
        <source>Filter the tables</source>
        <translation>Tabellen filteren</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_filter_dialog.py" line="114"/>
        <source>Tick what the tables should count. A tab with nothing ticked does not filter.</source>
        <translation>Vink aan wat de tabellen moeten tellen. Een tabblad zonder vinkjes filtert niet.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_filter_dialog.py" line="122"/>
        <location filename="../../sbcoder/ui/analysis_filter_dialog.py" line="226"/>
        <source>Coders</source>
        <translation>Codeurs</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_filter_dialog.py" line="123"/>
        <location filename="../../sbcoder/ui/analysis_filter_dialog.py" line="227"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_filter_dialog.py" line="124"/>
        <location filename="../../sbcoder/ui/analysis_filter_dialog.py" line="228"/>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_filter_dialog.py" line="125"/>
        <location filename="../../sbcoder/ui/analysis_filter_dialog.py" line="229"/>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_filter_dialog.py" line="137"/>
        <source>Clear all</source>
        <translation>Alles wissen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_filter_dialog.py" line="186"/>
        <location filename="../../sbcoder/ui/analysis_filter_dialog.py" line="230"/>
        <source>Attributes</source>
        <translation>Kenmerken</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_filter_dialog.py" line="190"/>
        <source>(no value)</source>
        <translation>(geen waarde)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_filter_dialog.py" line="192"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_filter_dialog.py" line="192"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_filter_dialog.py" line="205"/>
        <location filename="../../sbcoder/ui/analysis_filter_dialog.py" line="231"/>
        <source>Code branches</source>
        <translation>Codetakken</translation>
    </message>
</context>
<context>
    <name>AnalysisWindow</name>
    <message>
        <location filename="../../sbcoder/ui/analysis_window.py" line="249"/>
        <source>All data (no filter)</source>
        <translation>Alle gegevens (geen filter)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbcoder/ui/analysis_window.py" line="252"/>
        <source>%n coder(s)</source>
        <translation>
            <numerusform>%n codeur</numerusform>
            <numerusform>%n codeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbcoder/ui/analysis_window.py" line="253"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbcoder/ui/analysis_window.py" line="254"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n groep</numerusform>
            <numerusform>%n groepen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbcoder/ui/analysis_window.py" line="255"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n casus</numerusform>
            <numerusform>%n casussen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbcoder/ui/analysis_window.py" line="256"/>
        <source>%n attribute(s)</source>
        <translation>
            <numerusform>%n kenmerk</numerusform>
            <numerusform>%n kenmerken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbcoder/ui/analysis_window.py" line="257"/>
        <source>%n code branch(es)</source>
        <translation>
            <numerusform>%n codetak</numerusform>
            <numerusform>%n codetakken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_window.py" line="260"/>
        <source>Filtered: %1</source>
        <translation>Gefilterd: %1</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_window.py" line="199"/>
        <source>Updating the table…</source>
        <translation>De tabel wordt bijgewerkt…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_window.py" line="347"/>
        <source>Analysis tables — sbcoder</source>
        <translation>Analysetabellen — sbcoder</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_window.py" line="349"/>
        <source>Code &amp;frequencies</source>
        <translation>Code&amp;frequenties</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_window.py" line="350"/>
        <source>Co-&amp;occurrence</source>
        <translation>Co-&amp;occurrentie</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_window.py" line="351"/>
        <source>CIMO &amp;matrix</source>
        <translation>CIMO-&amp;matrix</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_window.py" line="352"/>
        <source>&amp;Quotations list</source>
        <translation>&amp;Citatenlijst</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_window.py" line="357"/>
        <source>F&amp;ilter…</source>
        <translation>F&amp;ilter…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_window.py" line="358"/>
        <source>Clear filter</source>
        <translation>Filter wissen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_window.py" line="359"/>
        <source>&amp;Heat map</source>
        <translation>&amp;Heatmap</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_window.py" line="360"/>
        <source>Export workbook (.&amp;xlsx)…</source>
        <translation>Werkmap exporteren (.&amp;xlsx)…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_window.py" line="361"/>
        <source>Export this table (.&amp;csv)…</source>
        <translation>Deze tabel exporteren (.c&amp;sv)…</translation>
    </message>
</context>
<context>
    <name>CimoPage</name>
    <message>
        <location filename="../../sbcoder/ui/analysis_text_pages.py" line="97"/>
        <source>&amp;Rows:</source>
        <translation>&amp;Rijen:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_text_pages.py" line="101"/>
        <source>cases (documents when there are none)</source>
        <translation>casussen (documenten als er geen zijn)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_text_pages.py" line="102"/>
        <source>cases</source>
        <translation>casussen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_text_pages.py" line="103"/>
        <source>documents</source>
        <translation>documenten</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_text_pages.py" line="106"/>
        <source>&amp;Sub-codes:</source>
        <translation>&amp;Subcodes:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_text_pages.py" line="109"/>
        <source>in code tree order</source>
        <translation>in de volgorde van de codeboom</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_text_pages.py" line="109"/>
        <source>most quotations first</source>
        <translation>meeste citaten eerst</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_text_pages.py" line="111"/>
        <source>Number of &amp;quotations beside each column</source>
        <translation>Aantal &amp;citaten naast elke kolom</translation>
    </message>
</context>
<context>
    <name>CodePreview</name>
    <message numerus="yes">
        <location filename="../../sbcoder/ui/themes_preview.py" line="36"/>
        <source>%n quotation(s)</source>
        <translation>
            <numerusform>%n citaat</numerusform>
            <numerusform>%n citaten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeSuggestionsPane</name>
    <message>
        <location filename="../../sbcoder/ui/code_suggestions_pane.py" line="143"/>
        <source>Indexing codes for suggestions</source>
        <translation>Codes indexeren voor suggesties</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_suggestions_pane.py" line="151"/>
        <source>Reading the coded quotations…</source>
        <translation>De gecodeerde citaten lezen…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_suggestions_pane.py" line="165"/>
        <source>No suggestions: %1</source>
        <translation>Geen suggesties: %1</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_suggestions_pane.py" line="233"/>
        <location filename="../../sbcoder/ui/code_suggestions_pane.py" line="265"/>
        <location filename="../../sbcoder/ui/code_suggestions_pane.py" line="278"/>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_suggestions_pane.py" line="234"/>
        <source>Code the selected text with “%1”</source>
        <translation>De geselecteerde tekst coderen met “%1”</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_suggestions_pane.py" line="242"/>
        <source>Open a project to get code suggestions.</source>
        <translation>Open een project om codesuggesties te krijgen.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_suggestions_pane.py" line="244"/>
        <source>Code some passages first: suggestions learn from them.</source>
        <translation>Codeer eerst enkele passages: de suggesties leren daarvan.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_suggestions_pane.py" line="246"/>
        <source>Select text in the document to see codes that fit it.</source>
        <translation>Selecteer tekst in het document om passende codes te zien.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_suggestions_pane.py" line="248"/>
        <source>No code resembles the selected text yet.</source>
        <translation>Nog geen code lijkt op de geselecteerde tekst.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_suggestions_pane.py" line="250"/>
        <source>Codes for the selected text, best first:</source>
        <translation>Codes voor de geselecteerde tekst, beste eerst:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_suggestions_pane.py" line="267"/>
        <source>Find more like this…</source>
        <translation>Meer zoals dit zoeken…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_suggestions_pane.py" line="274"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_suggestions_pane.py" line="274"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>CodeTreeController</name>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="38"/>
        <source>Select a code in the code tree first</source>
        <translation>Kies eerst een code in de codeboom</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="54"/>
        <source>New code “%1”</source>
        <translation>Nieuwe code ‘%1’</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="73"/>
        <source>Rename “%1” to “%2”</source>
        <translation>‘%1’ hernoemen tot ‘%2’</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="84"/>
        <source>Move code “%1”</source>
        <translation>Code ‘%1’ verplaatsen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="96"/>
        <source>Code colour</source>
        <translation>Codekleur</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="102"/>
        <source>Change code colour</source>
        <translation>Codekleur wijzigen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="111"/>
        <source>Code description</source>
        <translation>Codebeschrijving</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="116"/>
        <source>Edit code description</source>
        <translation>Codebeschrijving bewerken</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="125"/>
        <source>Code memo</source>
        <translation>Codememo</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="130"/>
        <source>Edit code memo</source>
        <translation>Codememo bewerken</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="143"/>
        <source>Merge “%1” into “%2”</source>
        <translation>‘%1’ samenvoegen met ‘%2’</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_actions.py" line="154"/>
        <source>Delete code “%1”</source>
        <translation>Code ‘%1’ verwijderen</translation>
    </message>
</context>
<context>
    <name>CodeTreeModel</name>
    <message>
        <location filename="../../sbcoder/ui/code_tree.py" line="168"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_tree.py" line="168"/>
        <source>Quotations</source>
        <translation>Citaten</translation>
    </message>
</context>
<context>
    <name>CodeTreePane</name>
    <message>
        <location filename="../../sbcoder/ui/code_tree.py" line="393"/>
        <source>Filter codes… (Ctrl+K)</source>
        <translation>Codes filteren… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_tree.py" line="396"/>
        <source>Enter or double-click applies a code to the selected text; drag a code onto the text or onto another code.</source>
        <translation>Enter of dubbelklikken kent een code toe aan de geselecteerde tekst; sleep een code naar de tekst of naar een andere code.</translation>
    </message>
</context>
<context>
    <name>CoderDialog</name>
    <message>
        <location filename="../../sbcoder/ui/coder_dialog.py" line="22"/>
        <source>Who is coding?</source>
        <translation>Wie codeert er?</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coder_dialog.py" line="26"/>
        <source>sbcoder records your name on every quotation and code you make, so that the work of several coders can be compared and merged. Use the same name every time.</source>
        <translation>sbcoder legt uw naam vast bij elk citaat en elke code die u maakt, zodat het werk van meerdere codeurs vergeleken en samengevoegd kan worden. Gebruik steeds dezelfde naam.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coder_dialog.py" line="37"/>
        <source>Your name or initials</source>
        <translation>Uw naam of initialen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coder_dialog.py" line="43"/>
        <source>Coder name:</source>
        <translation>Naam codeur:</translation>
    </message>
</context>
<context>
    <name>CoderFilterCombo</name>
    <message>
        <location filename="../../sbcoder/ui/coder_filter.py" line="50"/>
        <source>All coders</source>
        <translation>Alle codeurs</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coder_filter.py" line="55"/>
        <source>Count and list the work of this coder only</source>
        <translation>Alleen het werk van deze codeur tellen en tonen</translation>
    </message>
</context>
<context>
    <name>CodingController</name>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="54"/>
        <source>Select a passage in the document first</source>
        <translation>Selecteer eerst een passage in het document</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="68"/>
        <source>Select a quotation first (click a highlight)</source>
        <translation>Kies eerst een citaat (dubbelklik op een markering)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="84"/>
        <source>Code “%1”</source>
        <translation>Coderen met ‘%1’</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="98"/>
        <source>Select a code in the code tree first</source>
        <translation>Kies eerst een code in de codeboom</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="106"/>
        <source>No code used yet in this session</source>
        <translation>In deze sessie is nog geen code gebruikt</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="121"/>
        <source>The selection has no words to name a code</source>
        <translation>De selectie bevat geen woorden om een code naar te noemen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="152"/>
        <source>In-vivo code “%1”</source>
        <translation>In-vivocode ‘%1’</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="158"/>
        <source>under “%1”</source>
        <translation>onder ‘%1’</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="160"/>
        <source>at the top level</source>
        <translation>op het hoogste niveau</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="161"/>
        <source>New in-vivo code “%1” %2</source>
        <translation>Nieuwe in-vivocode ‘%1’ %2</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="191"/>
        <source>New code “%1”</source>
        <translation>Nieuwe code ‘%1’</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="234"/>
        <source>Remove code “%1”</source>
        <translation>Code ‘%1’ weghalen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="243"/>
        <source>This quotation carries no code</source>
        <translation>Dit citaat heeft geen code</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="252"/>
        <source>Remove code</source>
        <translation>Code weghalen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="252"/>
        <source>Remove which code?</source>
        <translation>Welke code weghalen?</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="263"/>
        <source>Quotation memo</source>
        <translation>Citaatmemo</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="269"/>
        <source>Edit quotation memo</source>
        <translation>Citaatmemo bewerken</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="281"/>
        <source>The selection is in another document</source>
        <translation>De selectie staat in een ander document</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="285"/>
        <source>Resize quotation</source>
        <translation>Citaat aanpassen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/coding.py" line="296"/>
        <source>Delete quotation</source>
        <translation>Citaat verwijderen</translation>
    </message>
</context>
<context>
    <name>CooccurrencePage</name>
    <message>
        <location filename="../../sbcoder/ui/analysis_pages.py" line="291"/>
        <source>&amp;Together means:</source>
        <translation>&amp;Samen betekent:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_pages.py" line="295"/>
        <source>on the same quotation</source>
        <translation>op hetzelfde citaat</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_pages.py" line="296"/>
        <source>on overlapping quotations</source>
        <translation>op overlappende citaten</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_pages.py" line="299"/>
        <source>A code stands for its whole &amp;branch</source>
        <translation>Een code staat voor zijn hele &amp;tak</translation>
    </message>
</context>
<context>
    <name>DeleteCodeDialog</name>
    <message>
        <location filename="../../sbcoder/ui/delete_code_dialog.py" line="26"/>
        <source>Delete code</source>
        <translation>Code verwijderen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/delete_code_dialog.py" line="28"/>
        <source>“%1” (with its sub-codes) is applied %2 times. What should happen to those codings?</source>
        <translation>‘%1’ (met subcodes) is %2 keer toegekend. Wat moet er met die coderingen gebeuren?</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/delete_code_dialog.py" line="32"/>
        <source>Move them to the parent code</source>
        <translation>Verplaatsen naar de bovenliggende code</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/delete_code_dialog.py" line="34"/>
        <source>Delete them (the quotations stay, without this code)</source>
        <translation>Verwijderen (de citaten blijven, zonder deze code)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/delete_code_dialog.py" line="38"/>
        <source>This code is at the top level: it has no parent</source>
        <translation>Deze code staat op het hoogste niveau: er is geen bovenliggende code</translation>
    </message>
</context>
<context>
    <name>DisagreementTableModel</name>
    <message>
        <location filename="../../sbcoder/ui/agreement_models.py" line="245"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_models.py" line="246"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_models.py" line="247"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_models.py" line="248"/>
        <source>Marked by</source>
        <translation>Gemarkeerd door</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_models.py" line="249"/>
        <source>Not marked by</source>
        <translation>Niet gemarkeerd door</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/agreement_models.py" line="250"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>DocumentTreeModel</name>
    <message>
        <location filename="../../sbcoder/ui/documents_pane.py" line="139"/>
        <source>All documents</source>
        <translation>Alle documenten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbcoder/ui/documents_pane.py" line="152"/>
        <source>%n quotation(s)</source>
        <translation>
            <numerusform>%n citaat</numerusform>
            <numerusform>%n citaten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/documents_pane.py" line="164"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/documents_pane.py" line="164"/>
        <source>Quotations</source>
        <translation>Citaten</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../sbcoder/ui/document_view.py" line="169"/>
        <location filename="../../sbcoder/ui/document_view.py" line="345"/>
        <source>(no codes)</source>
        <translation>(geen codes)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_view.py" line="344"/>
        <source>Coder: {0}</source>
        <translation>Codeur: {0}</translation>
    </message>
</context>
<context>
    <name>DocumentsController</name>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="45"/>
        <source>Import documents</source>
        <translation>Documenten importeren</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="47"/>
        <source>Transcripts (%1);;All files (*)</source>
        <translation>Transcripten (%1);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="59"/>
        <source>An import is already running</source>
        <translation>Er loopt al een import</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbcoder/ui/document_actions.py" line="69"/>
        <source>Importing %n document(s)</source>
        <translation>
            <numerusform>%n document importeren</numerusform>
            <numerusform>%n documenten importeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbcoder/ui/document_actions.py" line="83"/>
        <source>Import %n document(s)</source>
        <translation>
            <numerusform>%n document importeren</numerusform>
            <numerusform>%n documenten importeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbcoder/ui/document_actions.py" line="98"/>
        <source>%n document(s) imported</source>
        <translation>
            <numerusform>%n document geïmporteerd</numerusform>
            <numerusform>%n documenten geïmporteerd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="104"/>
        <source>The import was cancelled; the files before it were kept.</source>
        <translation>De import is afgebroken; de bestanden die al binnen waren, zijn bewaard.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbcoder/ui/document_actions.py" line="107"/>
        <source>%n file(s) skipped: already in the project</source>
        <translation>
            <numerusform>%n bestand overgeslagen: al in het project</numerusform>
            <numerusform>%n bestanden overgeslagen: al in het project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbcoder/ui/document_actions.py" line="110"/>
        <source>%n file(s) could not be read</source>
        <translation>
            <numerusform>%n bestand kon niet gelezen worden</numerusform>
            <numerusform>%n bestanden konden niet gelezen worden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="112"/>
        <source>%1: the same text as “%2”</source>
        <translation>%1: dezelfde tekst als ‘%2’</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="117"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="135"/>
        <source>Rename document</source>
        <translation>Document hernoemen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="135"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="139"/>
        <source>Rename document “%1”</source>
        <translation>Document ‘%1’ hernoemen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="150"/>
        <source>Document memo</source>
        <translation>Documentmemo</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="155"/>
        <source>Edit document memo</source>
        <translation>Documentmemo bewerken</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="165"/>
        <source>Delete “%1” and its %2 quotations? Undo restores them.</source>
        <translation>‘%1’ en de %2 citaten erin verwijderen? Ongedaan maken zet ze terug.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="168"/>
        <source>Delete document</source>
        <translation>Document verwijderen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="173"/>
        <source>Delete document “%1”</source>
        <translation>Document ‘%1’ verwijderen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="181"/>
        <source>New group</source>
        <translation>Nieuwe groep</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="181"/>
        <source>Group name:</source>
        <translation>Naam van de groep:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="186"/>
        <source>New group “%1”</source>
        <translation>Nieuwe groep ‘%1’</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="197"/>
        <location filename="../../sbcoder/ui/document_actions.py" line="221"/>
        <source>Add to group</source>
        <translation>Aan groep toevoegen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="197"/>
        <source>Remove from group</source>
        <translation>Uit groep halen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="213"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="214"/>
        <source>Rename…</source>
        <translation>Hernoemen…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="215"/>
        <source>Document memo…</source>
        <translation>Documentmemo…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="216"/>
        <source>Delete document…</source>
        <translation>Document verwijderen…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="218"/>
        <source>New group from selection…</source>
        <translation>Nieuwe groep van selectie…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="229"/>
        <source>Remove from this group</source>
        <translation>Uit deze groep halen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/document_actions.py" line="233"/>
        <source>New group…</source>
        <translation>Nieuwe groep…</translation>
    </message>
</context>
<context>
    <name>ExchangeFeature</name>
    <message>
        <location filename="../../sbcoder/ui/exchange_menu.py" line="71"/>
        <source>An import or export is already running</source>
        <translation>Er loopt al een import of export</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_menu.py" line="93"/>
        <source>Import REFI-QDA project</source>
        <translation>REFI-QDA-project importeren</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_menu.py" line="95"/>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translation>REFI-QDA-projecten (*.qdpx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_menu.py" line="102"/>
        <source>Save the imported project as</source>
        <translation>Het geïmporteerde project opslaan als</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_menu.py" line="104"/>
        <source>sbcoder projects (*.sbc)</source>
        <translation>sbcoder-projecten (*.sbc)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_menu.py" line="128"/>
        <source>Importing %1</source>
        <translation>%1 importeren</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_menu.py" line="151"/>
        <source>Export REFI-QDA project</source>
        <translation>REFI-QDA-project exporteren</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_menu.py" line="153"/>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA-projecten (*.qdpx)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_menu.py" line="169"/>
        <location filename="../../sbcoder/ui/exchange_menu.py" line="204"/>
        <source>Exporting %1</source>
        <translation>%1 exporteren</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_menu.py" line="175"/>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_menu.py" line="185"/>
        <source>Export codebook</source>
        <translation>Codeboek exporteren</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_menu.py" line="187"/>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>REFI-QDA-codeboeken (*.qdc)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_menu.py" line="213"/>
        <source>Import codebook</source>
        <translation>Codeboek importeren</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_menu.py" line="215"/>
        <source>REFI-QDA codebooks (*.qdc);;All files (*)</source>
        <translation>REFI-QDA-codeboeken (*.qdc);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_menu.py" line="230"/>
        <source>Import codebook “%1”</source>
        <translation>Codeboek “%1” importeren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbcoder/ui/exchange_menu.py" line="237"/>
        <source>%n code(s) imported, %1 already in the project</source>
        <translation>
            <numerusform>%n code geïmporteerd, %1 al in het project</numerusform>
            <numerusform>%n codes geïmporteerd, %1 al in het project</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_menu.py" line="265"/>
        <source>Import REFI-QDA project (.&amp;qdpx)…</source>
        <translation>REFI-QDA-project importeren (.&amp;qdpx)…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_menu.py" line="266"/>
        <source>Export REFI-QDA project (.q&amp;dpx)…</source>
        <translation>REFI-QDA-project exporteren (.q&amp;dpx)…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_menu.py" line="267"/>
        <source>Import code&amp;book (.qdc)…</source>
        <translation>Code&amp;boek importeren (.qdc)…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_menu.py" line="268"/>
        <source>Export codebook (.q&amp;dc)…</source>
        <translation>Codeboek exporteren (.q&amp;dc)…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_menu.py" line="273"/>
        <source>A new project from a file of ATLAS.ti, NVivo, MAXQDA or QualCoder</source>
        <translation>Een nieuw project uit een bestand van ATLAS.ti, NVivo, MAXQDA of QualCoder</translation>
    </message>
</context>
<context>
    <name>ExchangeSummaryDialog</name>
    <message>
        <location filename="../../sbcoder/ui/exchange_summary_dialog.py" line="82"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_summary_dialog.py" line="83"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_summary_dialog.py" line="84"/>
        <source>Quotations</source>
        <translation>Citaten</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_summary_dialog.py" line="85"/>
        <source>Codings</source>
        <translation>Coderingen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_summary_dialog.py" line="86"/>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_summary_dialog.py" line="87"/>
        <source>Coders</source>
        <translation>Codeurs</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_summary_dialog.py" line="88"/>
        <source>Memos and notes</source>
        <translation>Memo&apos;s en notities</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_summary_dialog.py" line="89"/>
        <source>Codes already in the project</source>
        <translation>Codes die al in het project stonden</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_summary_dialog.py" line="97"/>
        <source>Unicode code points, as REFI-QDA prescribes</source>
        <translation>Unicode-codepunten, zoals REFI-QDA voorschrijft</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_summary_dialog.py" line="99"/>
        <source>code points counted after line breaks were made single; converted</source>
        <translation>codepunten, geteld nadat regeleinden enkelvoudig waren gemaakt; omgerekend</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_summary_dialog.py" line="101"/>
        <source>UTF-16 units, as NVivo for Windows writes them; converted</source>
        <translation>UTF-16-eenheden, zoals NVivo voor Windows ze schrijft; omgerekend</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_summary_dialog.py" line="103"/>
        <source>UTF-16 units counted after line breaks were made single; converted</source>
        <translation>UTF-16-eenheden, geteld nadat regeleinden enkelvoudig waren gemaakt; omgerekend</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_summary_dialog.py" line="108"/>
        <source>Text positions in the file: %1</source>
        <translation>Tekstposities in het bestand: %1</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_summary_dialog.py" line="112"/>
        <source>%1 was imported into %2.</source>
        <translation>%1 is geïmporteerd in %2.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_summary_dialog.py" line="133"/>
        <source>Import summary</source>
        <translation>Overzicht van de import</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_summary_dialog.py" line="135"/>
        <source>&lt;b&gt;%1&lt;/b&gt; was imported into &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; is geïmporteerd in &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_summary_dialog.py" line="139"/>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbcoder/ui/exchange_summary_dialog.py" line="146"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbcoder/ui/exchange_summary_dialog.py" line="149"/>
        <source>%n item(s) not imported: sbcoder has no place for them</source>
        <translation>
            <numerusform>%n onderdeel niet geïmporteerd: sbcoder heeft er geen plaats voor</numerusform>
            <numerusform>%n onderdelen niet geïmporteerd: sbcoder heeft er geen plaats voor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/exchange_summary_dialog.py" line="154"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../sbcoder/ui/find_bar.py" line="66"/>
        <source>Find in document</source>
        <translation>Zoeken in document</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/find_bar.py" line="70"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorige treffer (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/find_bar.py" line="73"/>
        <source>Next match (Enter)</source>
        <translation>Volgende treffer (Enter)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/find_bar.py" line="79"/>
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/find_bar.py" line="196"/>
        <source>No matches</source>
        <translation>Geen treffers</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/find_bar.py" line="200"/>
        <source>{0} of {1}</source>
        <translation>{0} van {1}</translation>
    </message>
</context>
<context>
    <name>FrequencyPage</name>
    <message>
        <location filename="../../sbcoder/ui/analysis_pages.py" line="225"/>
        <source>&amp;Columns:</source>
        <translation>&amp;Kolommen:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_pages.py" line="227"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_pages.py" line="228"/>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_pages.py" line="229"/>
        <source>Document groups</source>
        <translation>Documentgroepen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_pages.py" line="230"/>
        <source>Coders</source>
        <translation>Codeurs</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_pages.py" line="233"/>
        <source>Attribute: %1</source>
        <translation>Kenmerk: %1</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_pages.py" line="237"/>
        <source>Count:</source>
        <translation>Tel:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_pages.py" line="238"/>
        <source>&amp;quotations</source>
        <translation>&amp;citaten</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_pages.py" line="239"/>
        <source>&amp;words</source>
        <translation>&amp;woorden</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_pages.py" line="240"/>
        <source>c&amp;haracters</source>
        <translation>&amp;tekens</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_pages.py" line="241"/>
        <source>&amp;Parent codes:</source>
        <translation>&amp;Bovenliggende codes:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_pages.py" line="245"/>
        <source>count each quotation in the branch once</source>
        <translation>tellen elk citaat uit hun tak één keer</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_pages.py" line="246"/>
        <source>add up their sub-codes</source>
        <translation>tellen hun subcodes op</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_pages.py" line="247"/>
        <source>count only their own codings</source>
        <translation>tellen alleen hun eigen coderingen</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../sbcoder/ui/handout_dialog.py" line="181"/>
        <source>Make a coder&apos;s copy</source>
        <translation>Kopie voor een codeur maken</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/handout_dialog.py" line="184"/>
        <source>A coder&apos;s copy holds this project&apos;s documents, cases, attributes and codebook, but none of the other coders&apos; quotations or memos, so the coder codes blind. Give the file to the coder; when it comes back, merge it with Team ▸ Merge coders&apos; projects.</source>
        <translation>Een kopie voor een codeur bevat de documenten, cases, attributen en het codeboek van dit project, maar geen citaten of memo’s van de andere codeurs, zodat de codeur blind codeert. Geef het bestand aan de codeur; voeg het na terugkomst samen met Team ▸ Projecten van codeurs samenvoegen.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/handout_dialog.py" line="190"/>
        <source>Coder:</source>
        <translation>Codeur:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/handout_dialog.py" line="191"/>
        <source>Save the copy as:</source>
        <translation>Kopie opslaan als:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/handout_dialog.py" line="192"/>
        <source>The coder&apos;s name or initials</source>
        <translation>Naam of initialen van de codeur</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/handout_dialog.py" line="193"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/handout_dialog.py" line="195"/>
        <source>Include this coder&apos;s own earlier work (a second round goes on from it)</source>
        <translation>Eerder werk van deze codeur meegeven (een tweede ronde gaat daarop verder)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/handout_dialog.py" line="197"/>
        <source>Make copy</source>
        <translation>Kopie maken</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/handout_dialog.py" line="231"/>
        <source>Save the coder&apos;s copy as</source>
        <translation>Kopie voor de codeur opslaan als</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/handout_dialog.py" line="231"/>
        <source>sbcoder projects (*.sbc)</source>
        <translation>sbcoder-projecten (*.sbc)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/handout_dialog.py" line="261"/>
        <source>Making a copy for %1</source>
        <translation>Kopie maken voor %1</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/handout_dialog.py" line="271"/>
        <source>The copy for %1 is at %2.</source>
        <translation>De kopie voor %1 staat in %2.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/handout_dialog.py" line="276"/>
        <source>Documents: %1, codes: %2.</source>
        <translation>Documenten: %1, codes: %2.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/handout_dialog.py" line="281"/>
        <source>Quotations the coder made in an earlier round: %1.</source>
        <translation>Citaten van de codeur uit een eerdere ronde: %1.</translation>
    </message>
</context>
<context>
    <name>LemmaSearchDialog</name>
    <message>
        <location filename="../../sbcoder/ui/lemma_search_dialog.py" line="262"/>
        <source>Lemma search</source>
        <translation>Zoeken op lemma</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/lemma_search_dialog.py" line="264"/>
        <source>Words to find in every form, e.g. “vertrouwen”</source>
        <translation>Woorden om in elke vorm te vinden, bijv. “vertrouwen”</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/lemma_search_dialog.py" line="266"/>
        <source>Also inside compounds</source>
        <translation>Ook in samenstellingen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/lemma_search_dialog.py" line="268"/>
        <source>“buurt” also finds “buurthuis” and “buurtbewoners”</source>
        <translation>“buurt” vindt ook “buurthuis” en “buurtbewoners”</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/lemma_search_dialog.py" line="273"/>
        <source>The words only</source>
        <translation>Alleen de woorden</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/lemma_search_dialog.py" line="273"/>
        <source>Whole sentence</source>
        <translation>Hele zin</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/lemma_search_dialog.py" line="273"/>
        <source>Whole paragraph</source>
        <translation>Hele alinea</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/lemma_search_dialog.py" line="276"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/lemma_search_dialog.py" line="277"/>
        <source>Tick all</source>
        <translation>Alles aanvinken</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/lemma_search_dialog.py" line="278"/>
        <source>Tick none</source>
        <translation>Niets aanvinken</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/lemma_search_dialog.py" line="279"/>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/lemma_search_dialog.py" line="280"/>
        <source>Code ticked hits</source>
        <translation>Aangevinkte treffers coderen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/lemma_search_dialog.py" line="281"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/lemma_search_dialog.py" line="291"/>
        <source>%1 hits, %2 ticked</source>
        <translation>%1 treffers, %2 aangevinkt</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/lemma_search_dialog.py" line="321"/>
        <source>Searching for “%1”</source>
        <translation>Zoeken naar “%1”</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/lemma_search_dialog.py" line="328"/>
        <source>No hits</source>
        <translation>Geen treffers</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/lemma_search_dialog.py" line="341"/>
        <source>Auto-code %1 hits with “%2”</source>
        <translation>%1 treffers automatisch coderen met “%2”</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="182"/>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="184"/>
        <source>sbcoder projects (*.sbc);;All files (*)</source>
        <translation>sbcoder-projecten (*.sbc);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="209"/>
        <source>Project in use</source>
        <translation>Project in gebruik</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="211"/>
        <source>The project was updated; a copy of the old file is kept</source>
        <translation>Het project is bijgewerkt; een kopie van het oude bestand is bewaard</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="297"/>
        <source>Coder: %1</source>
        <translation>Codeur: %1</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="301"/>
        <source>Document: %1</source>
        <translation>Document: %1</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="303"/>
        <source>No document open</source>
        <translation>Geen document open</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="306"/>
        <source>NLP: loading…</source>
        <translation>NLP: wordt geladen…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="308"/>
        <source>NLP: not loaded</source>
        <translation>NLP: niet geladen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="310"/>
        <source>NLP off</source>
        <translation>NLP uit</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="312"/>
        <source>NLP: %1</source>
        <translation>NLP: %1</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="326"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="327"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="328"/>
        <source>Quotations</source>
        <translation>Citaten</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="329"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/main_window.py" line="335"/>
        <source>sbcoder — no project open</source>
        <translation>sbcoder — geen project open</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/window_support.py" line="148"/>
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
        <location filename="../../sbcoder/ui/window_support.py" line="174"/>
        <source>Remove code “%1”</source>
        <translation>Code ‘%1’ weghalen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/window_support.py" line="229"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/window_support.py" line="231"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/window_support.py" line="234"/>
        <source>&amp;Redo %1</source>
        <translation>Op&amp;nieuw: %1</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/window_support.py" line="236"/>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <source>About sbcoder</source>
        <translation type="vanished">Over sbcoder</translation>
    </message>
    <message>
        <source>&lt;h3&gt;sbcoder %1&lt;/h3&gt;&lt;p&gt;Qualitative coding of interview transcripts: CIMO and open coding, memos, several coders, spaCy suggestions.&lt;/p&gt;&lt;p&gt;Works offline; your project is one file that is saved with every edit.&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;sbcoder %1&lt;/h3&gt;&lt;p&gt;Kwalitatief coderen van interviewtranscripten: CIMO en open coderen, memo&apos;s, meerdere codeurs, suggesties van spaCy.&lt;/p&gt;&lt;p&gt;Werkt offline; uw project is één bestand dat bij elke bewerking wordt opgeslagen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/window_support.py" line="320"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/app.py" line="115"/>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/app.py" line="116"/>
        <source>Something went wrong: %1</source>
        <translation>Er ging iets mis: %1</translation>
    </message>
</context>
<context>
    <name>MergeCodesDialog</name>
    <message>
        <location filename="../../sbcoder/ui/merge_dialog.py" line="29"/>
        <source>Merge codes</source>
        <translation>Codes samenvoegen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_dialog.py" line="33"/>
        <source>Merge “%1” into the code chosen below: its quotations and sub-codes move there, its description and memo are added to that code&apos;s, and “%1” is deleted. Undo restores it.</source>
        <translation>‘%1’ samenvoegen met de code die u hieronder kiest: de citaten en subcodes gaan daarheen, beschrijving en memo worden bij die van die code gevoegd, en ‘%1’ verdwijnt. Ongedaan maken zet hem terug.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_dialog.py" line="41"/>
        <source>Filter codes…</source>
        <translation>Codes filteren…</translation>
    </message>
</context>
<context>
    <name>MergeCountsTableModel</name>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="68"/>
        <source>Coders</source>
        <translation>Codeurs</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="69"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="70"/>
        <source>Document groups</source>
        <translation>Documentgroepen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="71"/>
        <source>Documents in groups</source>
        <translation>Documenten in groepen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="72"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="73"/>
        <source>Documents in cases</source>
        <translation>Documenten in cases</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="74"/>
        <source>Attributes</source>
        <translation>Attributen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="75"/>
        <source>Attribute values</source>
        <translation>Attribuutwaarden</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="76"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="77"/>
        <source>Quotations</source>
        <translation>Citaten</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="78"/>
        <source>Codings</source>
        <translation>Coderingen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="79"/>
        <source>Memos</source>
        <translation>Memo’s</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="114"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="115"/>
        <source>Would add</source>
        <translation>Zou toevoegen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="115"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="116"/>
        <source>Already present</source>
        <translation>Al aanwezig</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="117"/>
        <source>Conflicting</source>
        <translation>Conflicterend</translation>
    </message>
</context>
<context>
    <name>MergeProjectDialog</name>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="250"/>
        <source>Merge coders&apos; projects</source>
        <translation>Projecten van codeurs samenvoegen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="253"/>
        <source>Bring the coders&apos; projects (their copies, or any sbcoder project) into this one. Documents, codes and coders are matched, nothing is doubled, and differences are kept and listed. The merge is one step: it either completes or changes nothing. It cannot be undone.</source>
        <translation>Haal de projecten van de codeurs (hun kopieën, of elk ander sbcoder-project) in dit project. Documenten, codes en codeurs worden gekoppeld, niets wordt dubbel opgenomen, en verschillen worden bewaard en opgesomd. Samenvoegen is één stap: het lukt helemaal of verandert niets. Het kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="259"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="260"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="261"/>
        <source>Check (dry run)</source>
        <translation>Controleren (proefrun)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="262"/>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="263"/>
        <source>Copy report</source>
        <translation>Rapport kopiëren</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="286"/>
        <source>Projects to merge</source>
        <translation>Samen te voegen projecten</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="288"/>
        <source>sbcoder projects (*.sbc);;All files (*)</source>
        <translation>sbcoder-projecten (*.sbc);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="327"/>
        <source>Merge %1 project(s) into this project? The merge cannot be undone, and the undo history of this session is cleared.</source>
        <translation>%1 project(en) samenvoegen met dit project? Samenvoegen kan niet ongedaan worden gemaakt, en de geschiedenis voor ongedaan maken van deze sessie wordt gewist.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="352"/>
        <source>Checking the merge</source>
        <translation>Samenvoegen controleren</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="352"/>
        <source>Merging</source>
        <translation>Samenvoegen</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="384"/>
        <source>Last merge report</source>
        <translation>Laatste samenvoegrapport</translation>
    </message>
</context>
<context>
    <name>MergeReportView</name>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="168"/>
        <source>Add the coders&apos; project files, then check what the merge would do.</source>
        <translation>Voeg de projectbestanden van de codeurs toe en controleer wat samenvoegen zou doen.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="172"/>
        <source>Dry run: this is what merging would do. Nothing has been changed yet.</source>
        <translation>Proefrun: dit zou samenvoegen doen. Er is nog niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="176"/>
        <source>Merged %1 project(s) in %2 s: %3 rows added.</source>
        <translation>%1 project(en) samengevoegd in %2 s: %3 rijen toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="183"/>
        <source>Conflicts (%1): differences kept for you to look at</source>
        <translation>Conflicten (%1): verschillen die bewaard zijn om te bekijken</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/merge_project_dialog.py" line="185"/>
        <source>No conflicts</source>
        <translation>Geen conflicten</translation>
    </message>
</context>
<context>
    <name>NewCodeDialog</name>
    <message>
        <location filename="../../sbcoder/ui/code_dialog.py" line="47"/>
        <source>New code</source>
        <translation>Nieuwe code</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_dialog.py" line="51"/>
        <source>(top level)</source>
        <translation>(hoogste niveau)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_dialog.py" line="56"/>
        <source>Parent&apos;s colour</source>
        <translation>Kleur van de bovenliggende code</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_dialog.py" line="59"/>
        <source>What the code means; when to apply it</source>
        <translation>Wat de code betekent; wanneer u hem toekent</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_dialog.py" line="64"/>
        <source>Passage:</source>
        <translation>Passage:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_dialog.py" line="65"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_dialog.py" line="66"/>
        <source>Parent:</source>
        <translation>Bovenliggende code:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_dialog.py" line="67"/>
        <source>Colour:</source>
        <translation>Kleur:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_dialog.py" line="68"/>
        <source>Description:</source>
        <translation>Beschrijving:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/code_dialog.py" line="84"/>
        <source>Code colour</source>
        <translation>Codekleur</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../sbcoder/ui/new_project_dialog.py" line="37"/>
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/new_project_dialog.py" line="40"/>
        <source>e.g. Samen Buurten 0-meting</source>
        <translation>bijv. Samen Buurten 0-meting</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/new_project_dialog.py" line="42"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/new_project_dialog.py" line="47"/>
        <source>CIMO codes (Context, Interventie, Mechanisme, Outcome)</source>
        <translation>CIMO-codes (Context, Interventie, Mechanisme, Outcome)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/new_project_dialog.py" line="49"/>
        <source>No codes (open coding)</source>
        <translation>Geen codes (open coderen)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/new_project_dialog.py" line="55"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/new_project_dialog.py" line="56"/>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/new_project_dialog.py" line="57"/>
        <source>Start with:</source>
        <translation>Beginnen met:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/new_project_dialog.py" line="86"/>
        <source>New project file</source>
        <translation>Nieuw projectbestand</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/new_project_dialog.py" line="88"/>
        <source>sbcoder projects (*.sbc)</source>
        <translation>sbcoder-projecten (*.sbc)</translation>
    </message>
</context>
<context>
    <name>PassageHitsTableModel</name>
    <message>
        <location filename="../../sbcoder/ui/lemma_search_dialog.py" line="143"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/lemma_search_dialog.py" line="144"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/lemma_search_dialog.py" line="145"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/lemma_search_dialog.py" line="146"/>
        <source>Shared words</source>
        <translation>Gedeelde woorden</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../sbcoder/ui/worker.py" line="183"/>
        <source>Cancelling…</source>
        <translation>Afbreken…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/worker.py" line="191"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>QuotationDrillPane</name>
    <message numerus="yes">
        <location filename="../../sbcoder/ui/analysis_drill.py" line="73"/>
        <source>%n quotation(s): %1</source>
        <translation>
            <numerusform>%n citaat: %1</numerusform>
            <numerusform>%n citaten: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_drill.py" line="75"/>
        <source>(the first %1 are listed)</source>
        <translation>(de eerste %1 staan in de lijst)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_drill.py" line="96"/>
        <source>Click a cell to list its quotations.</source>
        <translation>Klik op een cel om de citaten ervan te zien.</translation>
    </message>
</context>
<context>
    <name>QuotationTableModel</name>
    <message>
        <location filename="../../sbcoder/ui/quotations_pane.py" line="124"/>
        <source>Quotation</source>
        <translation>Citaat</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/quotations_pane.py" line="125"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/quotations_pane.py" line="126"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/quotations_pane.py" line="127"/>
        <source>Coder</source>
        <translation>Codeur</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/quotations_pane.py" line="128"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
</context>
<context>
    <name>QuotationsPage</name>
    <message>
        <location filename="../../sbcoder/ui/analysis_text_pages.py" line="158"/>
        <source>With the &amp;sentence before and after</source>
        <translation>Met de &amp;zin ervoor en erna</translation>
    </message>
</context>
<context>
    <name>QuotationsPane</name>
    <message>
        <location filename="../../sbcoder/ui/quotations_pane.py" line="306"/>
        <source>Quotations of code “%1”: %2</source>
        <translation>Citaten van code ‘%1’: %2</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/quotations_pane.py" line="310"/>
        <source>Quotations in “%1”: %2</source>
        <translation>Citaten in ‘%1’: %2</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/quotations_pane.py" line="312"/>
        <source>Select a code or open a document to list its quotations</source>
        <translation>Kies een code of open een document om de citaten te zien</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/quotations_pane.py" line="324"/>
        <source>Include sub-codes</source>
        <translation>Met subcodes</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/quotations_pane.py" line="325"/>
        <source>Coder:</source>
        <translation>Codeur:</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../../sbcoder/ui/search_pane.py" line="155"/>
        <source>The first %1 hits</source>
        <translation>De eerste %1 treffers</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sbcoder/ui/search_pane.py" line="157"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n treffer</numerusform>
            <numerusform>%n treffers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/search_pane.py" line="187"/>
        <source>Search all documents (Ctrl+Shift+F)</source>
        <translation>Zoeken in alle documenten (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/search_pane.py" line="188"/>
        <source>Match case</source>
        <translation>Hoofdlettergevoelig</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/search_pane.py" line="189"/>
        <source>Whole words</source>
        <translation>Hele woorden</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/search_pane.py" line="190"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/search_pane.py" line="191"/>
        <source>Code hits with the selected code</source>
        <translation>Treffers coderen met de gekozen code</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/search_pane.py" line="193"/>
        <source>Apply the code selected in the code tree to the selected hits (or all)</source>
        <translation>De in de codeboom gekozen code toekennen aan de geselecteerde treffers (of alle)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/search_pane.py" line="195"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/search_pane.py" line="195"/>
        <source>Hit</source>
        <translation>Treffer</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../sbcoder/ui/settings_dialog.py" line="35"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/settings_dialog.py" line="38"/>
        <source>As the system (%1)</source>
        <translation>Zoals het systeem (%1)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/settings_dialog.py" line="43"/>
        <source>Under a top-level code “In vivo”</source>
        <translation>Onder een code ‘In vivo’ op het hoogste niveau</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/settings_dialog.py" line="45"/>
        <source>Beside the selected code (under the same parent)</source>
        <translation>Naast de gekozen code (onder dezelfde bovenliggende code)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/settings_dialog.py" line="54"/>
        <source>Settings are kept in %1</source>
        <translation>Instellingen worden bewaard in %1</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/settings_dialog.py" line="58"/>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/settings_dialog.py" line="59"/>
        <source>Coder name:</source>
        <translation>Naam codeur:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/settings_dialog.py" line="60"/>
        <source>New in-vivo codes:</source>
        <translation>Nieuwe in-vivocodes:</translation>
    </message>
</context>
<context>
    <name>SimilarPassagesDialog</name>
    <message>
        <location filename="../../sbcoder/ui/similar_passages_dialog.py" line="113"/>
        <source>More like “%1”</source>
        <translation>Meer zoals “%1”</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/similar_passages_dialog.py" line="116"/>
        <source>Passages that do not carry “%1” yet but resemble its quotations, best first. Accept the ones that fit (or tick them), reject the others, then code the accepted passages; Undo takes them off again. Double-click a passage to read it in the document.</source>
        <translation>Passages die “%1” nog niet hebben maar op de citaten ervan lijken, beste eerst. Accepteer de passages die passen (of vink ze aan), wijs de andere af en codeer dan de geaccepteerde; Ongedaan maken haalt ze weer weg. Dubbelklik op een passage om haar in het document te lezen.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/similar_passages_dialog.py" line="122"/>
        <source>Passages:</source>
        <translation>Passages:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/similar_passages_dialog.py" line="125"/>
        <source>Sentences</source>
        <translation>Zinnen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/similar_passages_dialog.py" line="125"/>
        <source>Paragraphs</source>
        <translation>Alinea’s</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/similar_passages_dialog.py" line="127"/>
        <source>At most:</source>
        <translation>Hoogstens:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/similar_passages_dialog.py" line="128"/>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/similar_passages_dialog.py" line="129"/>
        <source>Accept</source>
        <translation>Accepteren</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/similar_passages_dialog.py" line="130"/>
        <source>Reject</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/similar_passages_dialog.py" line="131"/>
        <source>Code accepted passages</source>
        <translation>Geaccepteerde passages coderen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/similar_passages_dialog.py" line="132"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/similar_passages_dialog.py" line="148"/>
        <source>%1 passages, %2 accepted</source>
        <translation>%1 passages, %2 geaccepteerd</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/similar_passages_dialog.py" line="182"/>
        <source>No passages found</source>
        <translation>Geen passages gevonden</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/similar_passages_dialog.py" line="185"/>
        <source>Looking for passages like “%1”</source>
        <translation>Passages zoeken zoals “%1”</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/similar_passages_dialog.py" line="203"/>
        <source>Code %1 passages like “%2”</source>
        <translation>%1 passages coderen zoals “%2”</translation>
    </message>
</context>
<context>
    <name>SuggestionsMenu</name>
    <message>
        <location filename="../../sbcoder/ui/suggestions_menu.py" line="92"/>
        <source>Select a code in the code tree first</source>
        <translation>Selecteer eerst een code in de codeboom</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/suggestions_menu.py" line="154"/>
        <source>Su&amp;ggestions</source>
        <translation>Su&amp;ggesties</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/suggestions_menu.py" line="155"/>
        <source>Code suggestions</source>
        <translation>Codesuggesties</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/suggestions_menu.py" line="156"/>
        <source>Suggested &amp;themes…</source>
        <translation>Voorgestelde &amp;thema’s…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/suggestions_menu.py" line="157"/>
        <source>Let spaCy group the open codes into themes</source>
        <translation>Laat spaCy de open codes in thema’s groeperen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/suggestions_menu.py" line="158"/>
        <source>Codes that fit the selected text, as you select</source>
        <translation>Codes die bij de geselecteerde tekst passen, terwijl u selecteert</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/suggestions_menu.py" line="159"/>
        <source>Find &amp;more like this…</source>
        <translation>&amp;Meer zoals dit zoeken…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/suggestions_menu.py" line="161"/>
        <source>Passages like the selected code&apos;s quotations that do not carry it yet</source>
        <translation>Passages zoals de citaten van de geselecteerde code die de code nog niet hebben</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/suggestions_menu.py" line="163"/>
        <source>&amp;Lemma search…</source>
        <translation>Zoeken op &amp;lemma…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/suggestions_menu.py" line="165"/>
        <source>Find every form of a word, review the hits, and code them at once</source>
        <translation>Elke vorm van een woord vinden, de treffers nakijken en in één keer coderen</translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <location filename="../../sbcoder/ui/analysis_export.py" line="80"/>
        <source>Export tables to Excel</source>
        <translation>Tabellen exporteren naar Excel</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_export.py" line="81"/>
        <source>%1 - tables</source>
        <translation>%1 - tabellen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_export.py" line="82"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_export.py" line="111"/>
        <source>Exporting tables to %1</source>
        <translation>Tabellen exporteren naar %1</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_export.py" line="118"/>
        <source>Export this table as CSV</source>
        <translation>Deze tabel exporteren als CSV</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_export.py" line="120"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_export.py" line="137"/>
        <source>Exporting %1</source>
        <translation>%1 exporteren</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_export.py" line="142"/>
        <source>An export is already running</source>
        <translation>Er loopt al een export</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/analysis_export.py" line="155"/>
        <source>Tables written to %1</source>
        <translation>Tabellen geschreven naar %1</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../sbcoder/ui/handout_dialog.py" line="70"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
</context>
<context>
    <name>TeamMenu</name>
    <message>
        <location filename="../../sbcoder/ui/team_menu.py" line="101"/>
        <source>Merge done: %1 rows added</source>
        <translation>Samenvoegen klaar: %1 rijen toegevoegd</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/team_menu.py" line="156"/>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/team_menu.py" line="157"/>
        <source>Make a &amp;coder&apos;s copy…</source>
        <translation>&amp;Kopie voor een codeur maken…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/team_menu.py" line="159"/>
        <source>A copy of the documents and codes for one coder, to code blind</source>
        <translation>Een kopie van de documenten en codes voor één codeur, om blind te coderen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/team_menu.py" line="161"/>
        <source>&amp;Merge coders&apos; projects…</source>
        <translation>Projecten van codeurs &amp;samenvoegen…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/team_menu.py" line="162"/>
        <source>Bring the coders&apos; copies back into this project</source>
        <translation>De kopieën van de codeurs terughalen in dit project</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/team_menu.py" line="163"/>
        <source>Last merge &amp;report</source>
        <translation>Laatste samenvoeg&amp;rapport</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/team_menu.py" line="164"/>
        <source>Intercoder &amp;agreement…</source>
        <translation>Intercodeur-&amp;overeenstemming…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/team_menu.py" line="166"/>
        <source>Percent agreement, Cohen&apos;s κ and Krippendorff&apos;s α between coders</source>
        <translation>Percentage overeenstemming, Cohens κ en Krippendorffs α tussen codeurs</translation>
    </message>
</context>
<context>
    <name>ThemesDialog</name>
    <message>
        <location filename="../../sbcoder/ui/themes_dialog.py" line="183"/>
        <source>Suggesting themes</source>
        <translation>Thema’s voorstellen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_dialog.py" line="237"/>
        <source>Your changes are forgotten.</source>
        <translation>Uw wijzigingen zijn vergeten.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_dialog.py" line="252"/>
        <source>Accept theme “%1”</source>
        <translation>Thema “%1” accepteren</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_dialog.py" line="263"/>
        <source>Theme “%1” made with %2 codes; Undo takes it back.</source>
        <translation>Thema “%1” gemaakt met %2 codes; Ongedaan maken draait het terug.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_dialog.py" line="299"/>
        <source>The theme is undone: its codes are open codes again, arranged as you had them. Re-cluster to see them.</source>
        <translation>Het thema is ongedaan gemaakt: de codes zijn weer open codes, zoals u ze had ingedeeld. Cluster opnieuw om ze te zien.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_dialog.py" line="338"/>
        <location filename="../../sbcoder/ui/themes_dialog.py" line="389"/>
        <source>Forget my changes</source>
        <translation>Mijn wijzigingen vergeten</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_dialog.py" line="340"/>
        <source>Forget the codes you moved or dropped and the names you gave themes here? Accepted themes stay; this cannot be undone.</source>
        <translation>De codes die u hier verplaatste of weghaalde en de namen die u thema’s gaf vergeten? Geaccepteerde thema’s blijven; dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_summary.py" line="33"/>
        <source>shared quotations</source>
        <translation>gedeelde citaten</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_summary.py" line="34"/>
        <source>shared passages</source>
        <translation>gedeelde passages</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_summary.py" line="35"/>
        <source>the same interviews</source>
        <translation>dezelfde interviews</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_summary.py" line="39"/>
        <source>Also weighed: %1.</source>
        <translation>Ook meegewogen: %1.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_dialog.py" line="391"/>
        <source>Forget the codes you moved or dropped and the theme names you gave</source>
        <translation>Vergeet de codes die u verplaatste of weghaalde en de themanamen die u gaf</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_dialog.py" line="386"/>
        <source>Move to</source>
        <translation>Verplaatsen naar</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_dialog.py" line="387"/>
        <source>Drop from theme</source>
        <translation>Uit thema halen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_dialog.py" line="388"/>
        <source>Accept theme</source>
        <translation>Thema accepteren</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_summary.py" line="16"/>
        <source>Suggest themes for these codes; nothing changes until you accept one.</source>
        <translation>Stel thema’s voor deze codes voor; er verandert niets tot u er een accepteert.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_summary.py" line="24"/>
        <source>%1 codes in %2 themes. Double-click a theme to rename it.</source>
        <translation>%1 codes in %2 thema’s. Dubbelklik op een thema om het te hernoemen.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_summary.py" line="29"/>
        <source>(spaCy: %1)</source>
        <translation>(spaCy: %1)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_summary.py" line="47"/>
        <source>Remembered from before: codes pinned %1, dropped %2, theme names %3.</source>
        <translation>Onthouden van eerder: codes vastgezet %1, weggelaten %2, themanamen %3.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_dialog.py" line="384"/>
        <source>Suggested themes</source>
        <translation>Voorgestelde thema’s</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_dialog.py" line="393"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>ThemesScopeBar</name>
    <message>
        <location filename="../../sbcoder/ui/themes_scope.py" line="59"/>
        <source>Codes:</source>
        <translation>Codes:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_scope.py" line="60"/>
        <source>Open codes (codes with quotations, no sub-codes)</source>
        <translation>Open codes (codes met citaten, zonder subcodes)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_scope.py" line="61"/>
        <source>Themes:</source>
        <translation>Thema’s:</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_scope.py" line="62"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_scope.py" line="63"/>
        <source>Re-cluster</source>
        <translation>Opnieuw clusteren</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_scope.py" line="63"/>
        <source>Suggest</source>
        <translation>Voorstellen</translation>
    </message>
</context>
<context>
    <name>ThemesTree</name>
    <message>
        <location filename="../../sbcoder/ui/themes_tree.py" line="72"/>
        <source>Left out</source>
        <translation>Weggelaten</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_tree.py" line="80"/>
        <source>Typical words: %1</source>
        <translation>Typerende woorden: %1</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_tree.py" line="86"/>
        <source>pinned</source>
        <translation>vastgezet</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_tree.py" line="87"/>
        <source>Pinned: stays in this theme when you re-cluster</source>
        <translation>Vastgezet: blijft in dit thema bij opnieuw clusteren</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_tree.py" line="131"/>
        <source>New theme</source>
        <translation>Nieuw thema</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_tree.py" line="137"/>
        <source>Move to</source>
        <translation>Verplaatsen naar</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_tree.py" line="138"/>
        <source>Drop from theme</source>
        <translation>Uit thema halen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_tree.py" line="140"/>
        <source>Accept theme</source>
        <translation>Thema accepteren</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_tree.py" line="146"/>
        <source>Theme / code</source>
        <translation>Thema / code</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/themes_tree.py" line="146"/>
        <source>Typicality</source>
        <translation>Typerendheid</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../sbcoder/ui/welcome.py" line="75"/>
        <source>sbcoder</source>
        <translation>sbcoder</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/welcome.py" line="78"/>
        <source>Start a new project (with the CIMO codes or none) or open one. A project is one file; every edit is saved at once.</source>
        <translation>Begin een nieuw project (met de CIMO-codes of zonder codes) of open er een. Een project is één bestand; elke bewerking wordt meteen opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/welcome.py" line="82"/>
        <source>New project…</source>
        <translation>Nieuw project…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/welcome.py" line="83"/>
        <source>Open project…</source>
        <translation>Project openen…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/welcome.py" line="84"/>
        <source>Recent projects (double-click or Enter to open):</source>
        <translation>Recente projecten (dubbelklik of Enter om te openen):</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="161"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nieuw project…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="162"/>
        <source>&amp;Open project…</source>
        <translation>Project &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="163"/>
        <source>&amp;Import documents…</source>
        <translation>Documenten &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="164"/>
        <source>&amp;Close project</source>
        <translation>Project &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="165"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="166"/>
        <source>&amp;Find in document…</source>
        <translation>&amp;Zoeken in document…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="167"/>
        <source>&amp;Search all documents…</source>
        <translation>Zoeken in &amp;alle documenten…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="168"/>
        <source>&amp;Apply selected code</source>
        <translation>Gekozen code &amp;toekennen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="169"/>
        <source>Apply &amp;last-used code again</source>
        <translation>&amp;Laatst gebruikte code opnieuw toekennen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="170"/>
        <source>&amp;New code from selection…</source>
        <translation>&amp;Nieuwe code van selectie…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="171"/>
        <source>C&amp;hoose a code by typing…</source>
        <translation>Code &amp;kiezen door te typen…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="172"/>
        <source>&amp;Remove code from quotation</source>
        <translation>Code &amp;weghalen van citaat</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="173"/>
        <source>Quotation &amp;memo…</source>
        <translation>Citaat&amp;memo…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="174"/>
        <source>Resi&amp;ze quotation to selection</source>
        <translation>Citaat aan&amp;passen aan selectie</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="175"/>
        <source>&amp;Delete quotation</source>
        <translation>Citaat &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="176"/>
        <source>New code…</source>
        <translation>Nieuwe code…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="177"/>
        <source>Rename code</source>
        <translation>Code hernoemen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="178"/>
        <source>Code colour…</source>
        <translation>Codekleur…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="179"/>
        <source>Code description…</source>
        <translation>Codebeschrijving…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="180"/>
        <source>Code memo…</source>
        <translation>Codememo…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="181"/>
        <source>Merge code into…</source>
        <translation>Code samenvoegen met…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="182"/>
        <source>Delete code…</source>
        <translation>Code verwijderen…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="183"/>
        <source>Go to documents</source>
        <translation>Naar documenten</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="184"/>
        <source>Go to document text</source>
        <translation>Naar documenttekst</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="185"/>
        <source>Go to codes</source>
        <translation>Naar codes</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="186"/>
        <source>Go to quotations</source>
        <translation>Naar citaten</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="187"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="188"/>
        <source>Change &amp;coder…</source>
        <translation>&amp;Codeur wisselen…</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="189"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="190"/>
        <source>&amp;About sbcoder</source>
        <translation>&amp;Over sbcoder</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="191"/>
        <source>Clear list</source>
        <translation>Lijst wissen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="194"/>
        <source>&amp;In-vivo code (beside the selected code)</source>
        <translation>&amp;In-vivocode (naast de gekozen code)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="196"/>
        <source>&amp;In-vivo code (under “In vivo”)</source>
        <translation>&amp;In-vivocode (onder ‘In vivo’)</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="200"/>
        <source>Code the selected text with the code used last</source>
        <translation>De geselecteerde tekst coderen met de laatst gebruikte code</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="201"/>
        <source>A new code named by the selected words, applied to them</source>
        <translation>Een nieuwe code genoemd naar de geselecteerde woorden, meteen toegekend</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="202"/>
        <source>Type part of a code&apos;s name, then press Enter to apply it</source>
        <translation>Typ een deel van een codenaam en druk op Enter om hem toe te kennen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="206"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="208"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="209"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="210"/>
        <source>&amp;Code</source>
        <translation>&amp;Coderen</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="211"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="212"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <location filename="../../sbcoder/ui/actions.py" line="213"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <location filename="../../sbcoder/ui/workbench.py" line="139"/>
        <source>sbcoder</source>
        <translation>sbcoder</translation>
    </message>
</context>
</TS>
