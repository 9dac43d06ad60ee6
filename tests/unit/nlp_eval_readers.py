"""How readers group the codes of the labelled sets: the ceiling the theme suggestion
is measured against.

Each set was given to a reader (a separate session, told to act as a Dutch qualitative
researcher) as its codes only: id, name, description and six quotations, in a shuffled
order, without the themes, the set's docstring or any other file. The reader grouped
the codes into five themes "by what they are about, as a researcher would for a
report", by reading, on 2026-11-25. Copied here unedited from the readers' answers.

The point: if readers who understand the words recover the labelled themes, the sets
are solvable by meaning, and a low ARI of the suggestion measures the method, not an
arbitrary labelling. Set b (themes by CIMO role) was not given to a reader.
"""

from __future__ import annotations

READER_THEMES: dict[str, dict[str, tuple[str, ...]]] = {
    "a": {
        "Ontmoeting en ontmoetingsplekken": (
            "buurtfeest",
            "inloop",
            "samen_eten",
            "buurthuis",
        ),
        "Bewonersregie en eigen kracht": (
            "eigenaarschap",
            "talenten",
            "meedenken",
            "coachend",
        ),
        "Sociale netwerken en opbrengsten": (
            "contacten",
            "wederkerigheid",
            "zorgvragen",
            "eenzaamheid",
        ),
        "Kwetsbare bewoners bereiken en insluiten": (
            "ervaringsdeskundigheid",
            "stigma",
            "vertrouwen",
        ),
        "Systeembelemmeringen": (
            "versnippering",
            "kortetermijn",
            "financiering",
            "regels",
        ),
    },
    "c": {
        "Eenzaamheid en sociaal contact": (
            "verborgen_eenzaamheid",
            "verlies_partner",
            "digitaal_contact",
            "dagbesteding_ontmoeting",
        ),
        "Wonen en mobiliteit": (
            "verhuizen_woning",
            "woningaanpassing",
            "valangst",
            "vervoer_voorzieningen",
        ),
        "Samenwerking zorg en welzijn": (
            "casusoverleg",
            "korte_lijnen_huisarts",
            "signalen_wijkverpleging",
            "privacy_gegevens",
        ),
        "Financiering en regelgeving": (
            "eigen_bijdrage",
            "projectfinanciering",
            "schotten_wetten",
            "wachten_indicatie",
        ),
        "Mantelzorg en vrijwilligers": (
            "overbelaste_mantelzorgers",
            "respijtzorg",
            "buurthulp",
            "vergrijzing_vrijwilligers",
        ),
    },
    "d": {
        "Hitte en water in de wijk": (
            "hitte_zomer",
            "schaduw_verkoeling",
            "wateroverlast_buien",
            "regenwater_opvangen",
        ),
        "Vergroening door bewoners": (
            "geveltuin_aanleg",
            "tegels_wippen",
            "onderhoud_groen",
            "buurtmoestuin",
        ),
        "Energiearmoede en woningkwaliteit": (
            "armoede_energierekening",
            "energiecoach_bezoek",
            "isolatie_huurwoningen",
        ),
        "Samenwerking met instanties": (
            "aanspreekpunt_ontbreekt",
            "corporatie_terughoudend",
            "vergunningen_procedures",
            "bewonersbudget_aanvragen",
        ),
        "Participatie en sociale dynamiek": (
            "jongeren_betrekken",
            "nieuwkomers_taal",
            "vrijwilligers_kern",
            "trots_eigenaarschap",
            "conflicten_buren",
        ),
    },
    "e": {
        "Leren en professionele ontwikkeling": (
            "leren_van_elkaar",
            "intervisie",
            "gespreksvaardigheden",
            "netwerk_uitbreiden",
        ),
        "Belasting en grenzen": (
            "zware_verhalen",
            "bereikbaarheid",
            "overbelasting",
            "grenzen_stellen",
        ),
        "Rol en samenwerking": (
            "rolverdeling",
            "samenwerking_ambtenaren",
            "doorverwijzen",
            "schakel_formeel_informeel",
        ),
        "Weerstand en wantrouwen": (
            "weerstand_collegas",
            "wantrouwen_instanties",
            "boosheid",
            "weerstand_vaste_kern",
        ),
        "Erkenning en borging": (
            "erkenning_werk",
            "waardering_bewoners",
            "stokje_overdragen",
            "einde_projectgeld",
        ),
    },
    "f": {
        "Leven met geldzorgen": (
            "stress_geldzorgen",
            "oplopende_schulden",
            "tijdelijk_huurcontract",
            "meedoen_kinderen",
        ),
        "Voedsel en materiële hulp": (
            "voedselbank_norm",
            "pakket_vers",
            "kledingruil",
            "repair_cafe",
        ),
        "Drempels, schaamte en laagdrempelige ontmoeting": (
            "schaamte_hulp",
            "schuldhulp_drempel",
            "gelijkwaardig",
            "buurtkamer_ontmoeting",
        ),
        "Vrijwilligerswerk en participatie": (
            "eigenwaarde",
            "doorstroom_werk",
            "begeleiding_coordinator",
            "uitkeringsregels",
        ),
        "Samenwerking, beleid en financiering": (
            "subsidie_afhankelijk",
            "politieke_agenda",
            "kerken_moskeeen",
            "wijkteam_doorverwijzing",
        ),
    },
    "g": {
        "Ontmoeting tussen cliënten en buurt": (
            "toevallige_ontmoetingen",
            "buurtcafe",
            "gemeenschappelijke_tuin",
            "buurtactiviteiten",
        ),
        "Angst, overlast en gewenning": (
            "angst_vooroordelen",
            "zorgen_kinderen",
            "incidenten_overlast",
            "gewenning",
        ),
        "Communicatie en inspraak": (
            "nieuwsbrief_app",
            "informatieavonden",
            "klankbordgroep",
            "aanspreekpunt",
        ),
        "Meedoen van cliënten en begeleiding": (
            "werk_wijk",
            "dagbesteding",
            "eigen_regie",
            "begeleiders_brug",
            "wisselend_personeel",
        ),
        "Gebiedsontwikkeling, beleid en woningmarkt": (
            "visie_zorgorganisatie",
            "projectontwikkelaar",
            "wachtlijst",
        ),
    },
}
