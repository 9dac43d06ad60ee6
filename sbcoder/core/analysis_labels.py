"""Dutch and English texts for table titles, headers, notes and the Info sheet.

The tables are read by Dutch researchers first (the seed report writes "Casus",
"Mechanisme", "citaten"), so Dutch is the default; English is there for reports
that go abroad. Keeping both in one dictionary means a missing translation shows
up as a KeyError in the tests, not as a half-translated sheet.
"""

from __future__ import annotations

from typing import Literal

from sbcoder.core.errors import ValidationError

Language = Literal["nl", "en"]
LANGUAGES: tuple[str, ...] = ("nl", "en")

_TEXTS: dict[str, tuple[str, str]] = {
    # (Dutch, English)
    "code": ("Code", "Code"),
    "document": ("Document", "Document"),
    "case": ("Casus", "Case"),
    "group": ("Documentgroep", "Document group"),
    "coder": ("Codeur", "Coder"),
    "attribute": ("Kenmerk", "Attribute"),
    "total": ("Totaal", "Total"),
    "documents": ("Documenten", "Documents"),
    "pct_documents": ("% documenten", "% of documents"),
    "measure_quotations": ("citaten", "quotations"),
    "measure_words": ("woorden", "words"),
    "measure_characters": ("tekens", "characters"),
    "no_case": ("(geen casus)", "(no case)"),
    "no_group": ("(geen groep)", "(no group)"),
    "no_value": ("(geen waarde)", "(no value)"),
    "unknown_coder": ("(onbekende codeur)", "(unknown coder)"),
    "title_frequencies": ("Codefrequenties per {by}", "Code frequencies by {by}"),
    "name_frequencies": ("Frequenties per {by}", "Frequencies by {by}"),
    "title_cooccurrence": ("Co-occurrentie van codes", "Code co-occurrence"),
    "name_cooccurrence": ("Co-occurrentie", "Co-occurrence"),
    "cooc_n": ("n", "n"),
    "cooc_c": ("{code} (c)", "{code} (c)"),
    "title_cimo": ("CIMO-matrix per {by}", "CIMO matrix by {by}"),
    "name_cimo": ("CIMO-matrix", "CIMO matrix"),
    "title_quotations": ("Citaten", "Quotations"),
    "name_quotations": ("Citaten", "Quotations"),
    "quotation_id": ("ID", "ID"),
    "codes": ("Codes", "Codes"),
    "start": ("Begin", "Start"),
    "end": ("Einde", "End"),
    "text": ("Tekst", "Text"),
    "memo": ("Memo", "Memo"),
    "context_before": ("Context ervoor", "Context before"),
    "context_after": ("Context erna", "Context after"),
    "title_stats": ("Overzicht per {by}", "Summary by {by}"),
    "name_stats": ("Overzicht per {by}", "Summary by {by}"),
    "characters": ("Tekens", "Characters"),
    "coded_quotations": ("Gecodeerde citaten", "Coded quotations"),
    "codings": ("Coderingen", "Codings"),
    "codes_used": ("Gebruikte codes", "Codes used"),
    "coded_characters": ("Gecodeerde tekens", "Coded characters"),
    "pct_coded": ("% gecodeerd", "% coded"),
    "note_rollup_once": (
        "Een bovenliggende code telt elk citaat uit zijn tak één keer.",
        "A parent code counts each quotation in its branch once.",
    ),
    "note_rollup_duplicates": (
        "Een bovenliggende code telt de coderingen van zijn subcodes mee, "
        "met dubbelingen: een citaat met twee subcodes telt twee keer.",
        "A parent code adds up its sub-codes' codings, duplicates included: "
        "a quotation with two sub-codes counts twice.",
    ),
    "note_rollup_none": (
        "Elke code telt alleen de citaten die zelf die code dragen.",
        "Each code counts only the quotations that carry that code itself.",
    ),
    "note_total_row_once": (
        "De totaalrij telt verschillende gecodeerde citaten.",
        "The total row counts distinct coded quotations.",
    ),
    "note_total_row_duplicates": (
        "De totaalrij telt coderingen (een citaat met twee codes telt twee keer).",
        "The total row counts codings (a quotation with two codes counts twice).",
    ),
    "note_cooc_same": (
        "Telt citaten die beide codes dragen; c = n12 / (n1 + n2 − n12).",
        "Counts quotations carrying both codes; c = n12 / (n1 + n2 − n12).",
    ),
    "note_cooc_overlap": (
        "Telt paren van citaten (een met elke code) die dezelfde zijn of overlappen; "
        "c = n12 / (n1 + n2 − n12).",
        "Counts pairs of quotations (one with each code) that are the same or overlap; "
        "c = n12 / (n1 + n2 − n12).",
    ),
    "note_cooc_above_one": (
        "Let op: door overlappende citaten is c hier en daar groter dan 1 "
        "(één lang citaat overlapt er meerdere).",
        "Note: overlapping quotations push c above 1 in places "
        "(one long quotation overlaps several).",
    ),
    "note_cimo": (
        "Elke cel noemt de subcodes met het aantal citaten in die rij.",
        "Each cell lists the sub-codes with their number of quotations in that row.",
    ),
    "info": ("Info", "Info"),
    "info_item": ("Onderdeel", "Item"),
    "info_value": ("Waarde", "Value"),
    "info_project": ("Project", "Project"),
    "info_file": ("Projectbestand", "Project file"),
    "info_date": ("Datum export", "Exported on"),
    "info_filters": ("Filters", "Filters"),
    "info_no_filter": ("geen (alle gegevens)", "none (all data)"),
    "info_version": ("sbcoder-versie", "sbcoder version"),
    "info_pipeline": ("spaCy-pipeline", "spaCy pipeline"),
    "info_unknown": ("onbekend", "unknown"),
    "info_language": ("Taal", "Language"),
    "info_counts": (
        "{documents} documenten, {codes} codes, {quotations} citaten, {codings} coderingen",
        "{documents} documents, {codes} codes, {quotations} quotations, {codings} codings",
    ),
    "info_size": ("Omvang", "Size"),
    "info_contents": ("Inhoud", "Contents"),
    "info_notes": ("Toelichting", "Notes"),
    "filter_coders": ("Codeurs", "Coders"),
    "filter_documents": ("Documenten", "Documents"),
    "filter_groups": ("Documentgroepen", "Document groups"),
    "filter_cases": ("Casussen", "Cases"),
    "filter_codes": ("Codetakken", "Code branches"),
    "by_document": ("document", "document"),
    "by_case": ("casus", "case"),
    "by_group": ("documentgroep", "document group"),
    "by_coder": ("codeur", "coder"),
}


def check_language(language: str) -> Language:
    """`language` if it is one sbcoder writes tables in, else ValidationError."""
    if language not in LANGUAGES:
        raise ValidationError(f"table language must be 'nl' or 'en', not {language!r}")
    return language  # type: ignore[return-value]


def text(key: str, language: str, **values: object) -> str:
    """The text `key` in `language`, with `{placeholders}` filled from `values`."""
    dutch, english = _TEXTS[key]
    template = dutch if check_language(language) == "nl" else english
    return template.format(**values) if values else template
