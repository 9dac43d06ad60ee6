"""A further held-out labelled evaluation set (set g) for theme suggestion and code ranking.

What it is: twenty open codes with exactly six quotations each, written as Dutch interview
fragments from an evaluation of a project that brings together the residents of a care
institution (people with a psychiatric or an intellectual disability in beschermd wonen, on a
former institution terrain) and the residents of a new-build neighbourhood next to it
(ontmoeting op het terrein, de gemeenschappelijke tuin en het buurtcafé, angst en vooroordelen
bij nieuwe bewoners, incidenten en veiligheid, begeleiders en hun rol, de zorgorganisatie en
de projectontwikkelaar, informatieavonden en communicatie, huisvesting en de wachtlijst, eigen
regie, werk en dagbesteding van cliënten). The format is that of `nlp_eval_data` (whose
dataclasses are imported); the subject and every sentence differ from `nlp_eval_data` and
`nlp_eval_data_b` to `nlp_eval_data_e`.

Its themes are subject clusters, not CIMO roles or other functional roles that cut across
subjects: after open coding, codes that are about the same thing are grouped into a larger
theme, the step the Samen Buurten 0-meting (../shared/seeds) describes as "Vergelijkbare codes
zijn samen geclusterd tot grotere thema's". Five themes of four codes each: ontmoeting op het
terrein; angst, vooroordelen en veiligheid; begeleiding en de zorgorganisatie; communicatie en
inspraak; zelfstandigheid, wonen en werk van cliënten.

Written blind on 2026-11-25: the author did not read the suggestion algorithms, their tests
or their figures, and ran no sbcoder code and no similarity or NLP computation on this text
(only a plain-regex check of the constraints below). It is not tuned, and it must never be
edited to suit an algorithm; if an algorithm does badly on it, that is the finding.

Constraints it was written to, as real data would meet them:

- every code has a name of 2-4 words, a one-sentence Dutch description of what the researcher
  means by it, and `keywords`: case-insensitive regexes for the key words of its name;
- in every code exactly 3 of the 6 quotations avoid the code's key words (match none of its
  `keywords`), and which positions avoid them varies from code to code: each of the twenty
  possible sets of three positions is used once, so each position 0-5 avoids them in ten of
  the twenty codes;
- quotations are spoken Dutch of 15-50 words (1-3 sentences), with inflected, compound and
  diminutive forms, names, numbers and filler (gewoon, eigenlijk, hoor);
- the everyday words of the field (`EVERYDAY_WORDS`: bewoners, cliënten, wijk, mensen,
  terrein) occur in every theme, and some quotations use vocabulary of another theme or of
  another code's name (a quotation about the garden mentions the groendagbesteding, one about
  a broken window mentions the buurtcafé), as real ones do;
- eleven quotations carry a second code (`also`), six of them across themes;
- codes within a theme are related in meaning, but they do not all repeat identical words.

`HELD_OUT_INDICES` is (2, 4), the same as in the other sets, for format compatibility.
"""

from __future__ import annotations

from nlp_eval_data import EvalCode, EvalQuote

THEMES: dict[str, str] = {
    "ontmoeting": "Ontmoeting op het terrein",
    "veiligheid": "Angst, vooroordelen en veiligheid",
    "begeleiding": "Begeleiding en de zorgorganisatie",
    "communicatie": "Communicatie en inspraak",
    "zelfstandigheid": "Zelfstandigheid, wonen en werk van cliënten",
}

# Everyday words that every theme shares (regexes).
EVERYDAY_WORDS: tuple[str, ...] = (
    r"bewoner",
    r"cli[eë]nt",
    r"\bwijk",
    r"mensen",
    r"terrein",
)

Q = EvalQuote

CODES: tuple[EvalCode, ...] = (
    # --- Ontmoeting op het terrein ----------------------------------------------------------------
    EvalCode(
        "gemeenschappelijke_tuin",
        "Gemeenschappelijke tuin",
        "De tuin op het terrein die cliënten en buurtbewoners samen bewerken, als plek waar ze "
        "naast elkaar aan iets werken en over de opbrengst onderhandelen.",
        "ontmoeting",
        (r"gemeenschappelijk", r"tuin"),
        (
            Q(
                "Elke dinsdagochtend staan er een paar cliënten met Jos bij de bakken met tomaten "
                "en courgettes. En dan komt die mevrouw van nummer 12 gewoon met haar gieter "
                "aanlopen, zo gaat dat."
            ),
            Q(
                "De gemeenschappelijke tuin is eigenlijk het enige stuk van het terrein waar "
                "iedereen komt. Bewoners van de nieuwbouw, cliënten, hun familie, de "
                "hondenbezitters, allemaal lopen ze er doorheen."
            ),
            Q(
                "Voor de groendagbesteding is het een uitkomst, hoor. Drie ochtenden per week "
                "wieden en oogsten ze daar, en de buren kopen de bosjes boontjes voor een euro "
                "per stuk.",
                also=("dagbesteding",),
            ),
            Q(
                "In het begin was die tuin echt van de zorg, met een hek eromheen. Sinds we dat "
                "hek in 2024 hebben weggehaald, tuinieren er ook zes gezinnen uit de wijk mee."
            ),
            Q(
                "Er is wel gedoe over geweest, wie er mag oogsten. Een paar nieuwe bewoners "
                "plukten de frambozen weg die de cliënten hadden gekweekt, dus nu hangt er een "
                "bordje bij de moestuin."
            ),
            Q(
                "Het mooiste vind ik de zaterdagen in de kas. Dan zit Ruud, die al twintig jaar op "
                "het terrein woont, aan een stel kinderen van de overkant uit te leggen hoe je "
                "pompoenen zaait."
            ),
        ),
    ),
    EvalCode(
        "buurtcafe",
        "Het buurtcafé",
        "Het café in de oude portiersloge, gerund door cliënten en vrijwilligers, als "
        "laagdrempelige plek waar bewoners van beide kanten binnenlopen.",
        "ontmoeting",
        (r"caf[eé]",),
        (
            Q(
                "In het café staan twee cliënten achter de bar, met een jobcoach erbij. Daniël "
                "zet de beste cappuccino van de hele wijk, dat zeggen de buren zelf ook.",
                also=("werk_wijk",),
            ),
            Q(
                "Bij De Kastanje kun je voor twee euro vijftig koffie met appeltaart krijgen. Dat "
                "trekt mensen over de drempel, ook die eerst nooit het terrein op wilden."
            ),
            Q(
                "We zijn met het buurtcafé begonnen in de oude portiersloge. Het was een beetje "
                "een gok, maar nu zit het op vrijdagmiddag gewoon vol, met bewoners van beide "
                "kanten."
            ),
            Q(
                "Ik ga er elke zaterdag de krant lezen. Soms schuift er iemand van de Elzenhof "
                "aan, heel gewoon."
            ),
            Q(
                "De openingstijden zijn echt een probleem. Om vier uur gaat de deur dicht, omdat "
                "er dan geen vrijwilligers meer zijn, terwijl de meeste mensen uit de nieuwbouw "
                "pas om zes uur thuiskomen."
            ),
            Q(
                "Eerlijk gezegd kwam ik het café pas binnen toen mijn buurvrouw me meenam. Ik "
                "dacht dat het alleen voor de cliënten was, zo'n kantine van de instelling."
            ),
        ),
    ),
    EvalCode(
        "toevallige_ontmoetingen",
        "Toevallige ontmoetingen",
        "Ongeplande, korte contacten tussen cliënten en buurtbewoners op paden, bij de bushalte "
        "of tijdens het uitlaten van de hond, waardoor mensen bekende gezichten worden.",
        "ontmoeting",
        (r"toeval", r"ontmoet"),
        (
            Q(
                "Ik laat de hond drie keer per dag uit over het terrein. Inmiddels ken ik Kees en "
                "Mirjam van paviljoen B, we maken altijd even een praatje bij het bankje."
            ),
            Q(
                "Het zit hem in kleine dingen. Iemand groet je bij de bushalte, je helpt een keer "
                "met een lekke band, en zo wordt iemand langzaam een bekend gezicht in de wijk."
            ),
            Q(
                "Omdat het fietspad dwars over het terrein loopt, fietsen alle ouders met hun "
                "kinderen langs de woonpaviljoens naar school. Dan kom je elkaar vanzelf tegen, of "
                "je wilt of niet."
            ),
            Q(
                "De mooiste ontmoetingen zijn niet gepland, zeggen de begeleiders. Gewoon bij de "
                "glasbak, of bij de pinautomaat in de hal, daar ontstaat meer dan op welke "
                "georganiseerde avond ook."
            ),
            Q(
                "Toevallig woon ik naast het pad waar de cliënten naar de winkel lopen. Dus ik zie "
                "ze elke dag, en na een paar maanden zeiden we gewoon goedemorgen tegen elkaar."
            ),
            Q(
                "Er zijn weinig plekken waar je elkaar toevallig tegenkomt. De nieuwe huizen "
                "hebben achtertuinen met schuttingen van twee meter, dus de bewoners zitten vooral "
                "op hun eigen erf."
            ),
        ),
    ),
    EvalCode(
        "buurtactiviteiten",
        "Gezamenlijke buurtactiviteiten",
        "Georganiseerde activiteiten zoals burendag, feesten en markten waar cliënten en "
        "buurtbewoners samen aan deelnemen, en wie daar wel en niet op afkomt.",
        "ontmoeting",
        (r"gezamenlijk", r"activiteit"),
        (
            Q(
                "De gezamenlijke barbecue in juni was een succes: ruim honderd mensen, en je zag "
                "echt niet wie er van de zorg was en wie uit de nieuwbouw kwam."
            ),
            Q(
                "Wij organiseren de activiteiten nu samen met drie bewoners uit de wijk. Eerst "
                "bedacht de zorgorganisatie alles zelf, en dan kwamen er alleen cliënten opdagen."
            ),
            Q(
                "Bij zo'n activiteit als de kerstmarkt werkt het wel, want iedereen heeft een "
                "taak. De één bakt oliebollen, de ander verkoopt kaarsen uit de creatieve "
                "werkplaats."
            ),
            Q(
                "Op burendag hebben we met z'n allen de speeltuin geschilderd. Piet van paviljoen "
                "C stond naast de notaris van nummer 8 te kwasten, dat vond ik eigenlijk heel "
                "mooi."
            ),
            Q(
                "De bingo in de grote zaal trekt vooral cliënten. Mensen uit de nieuwe wijk komen "
                "daar niet op af, die hebben geen zin in een avondje bingo, denk ik."
            ),
            Q(
                "Na het zomerfeest lag er veel afval en waren er een paar stoelen kapot. Dat wordt "
                "dan weer opgeblazen in de groepsapp, terwijl het een hartstikke leuk feest was."
            ),
        ),
    ),
    # --- Angst, vooroordelen en veiligheid --------------------------------------------------------
    EvalCode(
        "angst_vooroordelen",
        "Angst en vooroordelen",
        "De angst en de beelden die nieuwe buurtbewoners hebben over mensen met een "
        "psychiatrische of verstandelijke beperking, en hoe cliënten dat stigma ervaren.",
        "veiligheid",
        (r"\bangst", r"vooroorde"),
        (
            Q(
                "Toen we het huis kochten, wisten we niet eens dat hier psychiatrische patiënten "
                "woonden. Mijn schoonmoeder zei meteen: daar ga je toch niet wonen, met al die "
                "gekken om je heen?"
            ),
            Q(
                "Er leven veel vooroordelen, hoor. Mensen denken bij beschermd wonen meteen aan "
                "tbs of aan gevaarlijke types, terwijl het hier gaat om mensen met een "
                "verstandelijke beperking of een depressie."
            ),
            Q(
                "Die angst zat vooral bij de nieuwe bewoners die het terrein nog niet kenden. Ze "
                "hadden één keer iemand hard tegen zichzelf horen praten, en dat verhaal ging "
                "meteen de hele straat rond."
            ),
            Q(
                "Cliënten voelen die vooroordelen ook, ze zijn niet gek. Marloes vertelde dat ze "
                "niet meer langs de speelplaats durfde, omdat een moeder haar kind wegtrok toen ze "
                "voorbijliep."
            ),
            Q(
                "Ik was eerlijk gezegd best bang in het begin. Als het donker was, liep ik om via "
                "de Molenweg, omdat ik niet langs die paviljoens durfde."
            ),
            Q(
                "Het stigma is hardnekkig. Eén buurman noemt het terrein nog steeds 'het "
                "gesticht', zo heette het vroeger ook, en dat zegt hij gewoon waar de cliënten bij "
                "staan."
            ),
        ),
    ),
    EvalCode(
        "incidenten_overlast",
        "Incidenten en overlast",
        "Concrete voorvallen op het terrein en in de straat, zoals verwarde cliënten, geluid of "
        "vernielingen, en hoe vaak die zich werkelijk voordoen.",
        "veiligheid",
        (r"incident", r"overlast"),
        (
            Q(
                "Afgelopen winter heeft een cliënt in een psychose midden in de nacht bij drie "
                "huizen aangebeld. De politie kwam, maar de buren hebben er nog weken over "
                "gepraat."
            ),
            Q(
                "Er is een man die altijd sigarettenpeuken bij de voordeuren zoekt. Niet "
                "gevaarlijk, maar een paar moeders vinden het eng en bellen dan meteen de "
                "wijkagent."
            ),
            Q(
                "Bij een incident wisten mensen niet wie ze moesten bellen. Nu is er een nummer "
                "dat 24 uur per dag bereikbaar is, en dan komt er binnen tien minuten iemand van "
                "de dienst.",
                also=("aanspreekpunt",),
            ),
            Q(
                "Echte overlast is er weinig. Een stuk of vijf incidenten per jaar, op zo'n "
                "honderdtwintig cliënten."
            ),
            Q(
                "Iemand had een ruit van het buurtcafé ingegooid, en iedereen dacht direct aan de "
                "bewoners van de gesloten afdeling. Achteraf bleken het jongens uit het dorp te "
                "zijn."
            ),
            Q(
                "Over geluidsoverlast van paviljoen D klagen de huizen aan de Boomgaardlaan. Er "
                "wordt 's avonds laat muziek gedraaid en geschreeuwd, en in de zomer staan de "
                "ramen open."
            ),
        ),
    ),
    EvalCode(
        "zorgen_kinderen",
        "Zorgen om kinderen",
        "De bezorgdheid van ouders in de nieuwbouw over de veiligheid van hun kinderen op het "
        "terrein, en hoe kinderen zelf met cliënten omgaan.",
        "veiligheid",
        (r"\bzorgen\b", r"\bkind"),
        (
            Q(
                "Mijn grootste zorgen gaan over de kinderen. Ik weet gewoon niet hoe iemand "
                "reageert als mijn zoontje van vijf tegen hem aan fietst, en dat vind ik eng.",
                also=("angst_vooroordelen",),
            ),
            Q(
                "Op het grasveld spelen veel kinderen uit de nieuwbouw, en daar zitten ook "
                "cliënten op een bankje te roken. Ouders vragen zich af of dat wel een goede "
                "combinatie is."
            ),
            Q(
                "Onze dochter van acht speelt veel met de konijnen bij de zorgboerderij. Daar "
                "lopen de hele dag mensen van de Elzenhof rond, maar er is altijd een begeleider "
                "bij, dat geeft rust."
            ),
            Q(
                "Op de basisschool is een ouderavond over het terrein geweest. Sommige ouders "
                "willen niet meer dat hun jongens en meisjes alleen over het terrein naar huis "
                "lopen."
            ),
            Q(
                "Het valt me op dat de kleintjes helemaal niet bang zijn. Die zwaaien naar Henk op "
                "zijn scootmobiel, het zijn juist de volwassenen in de wijk die eromheen lopen."
            ),
            Q(
                "Een vader heeft geëist dat er camera's bij de speeltuin kwamen. Ik snap zijn "
                "zorgen wel, maar voor de cliënten voelt het alsof ze als een gevaar worden "
                "bekeken."
            ),
        ),
    ),
    EvalCode(
        "gewenning",
        "Gewenning door kennismaking",
        "Het afnemen van onrust en angst bij buurtbewoners naarmate ze cliënten persoonlijk leren "
        "kennen en aan het terrein wennen.",
        "veiligheid",
        (r"gewen", r"kennismak"),
        (
            Q(
                "Het is echt een kwestie van gewenning. Het eerste jaar belden mensen om de "
                "haverklap, nu hoor je bijna niks meer, terwijl er aan de cliënten zelf niets is "
                "veranderd."
            ),
            Q(
                "Sinds ik Sandra ken van de hondenwei, kijk ik eigenlijk heel anders naar het "
                "hele terrein.",
                also=("toevallige_ontmoetingen",),
            ),
            Q(
                "Ik was zelf ook huiverig, maar dat is na een paar maanden helemaal weggeëbd. Je "
                "ziet dezelfde gezichten, je weet hoe ze heten, en dan is het niet eng meer."
            ),
            Q(
                "Op de kennismakingsmiddag voor nieuwe bewoners gaven cliënten zelf een "
                "rondleiding. Dat werkte beter dan alle folders, omdat mensen iemand een hand "
                "hadden gegeven."
            ),
            Q(
                "De buurman die het hardst klaagde, haalt nu samen met Tom van paviljoen A het oud "
                "papier op in de wijk. Dat had in 2023 niemand kunnen bedenken."
            ),
            Q(
                "Bij mij is het wennen eigenlijk vanzelf gegaan, bij mijn vrouw duurde het langer. "
                "Zij is pas gewend geraakt na de kennismaking met de groep van Marco, bij hun "
                "buitenkeuken."
            ),
        ),
    ),
    # --- Begeleiding en de zorgorganisatie --------------------------------------------------------
    EvalCode(
        "begeleiders_brug",
        "Begeleiders als brug",
        "Begeleiders die contact leggen tussen cliënten en buurtbewoners, cliënten meenemen naar "
        "plekken in de wijk en daarin soms ook remmend werken.",
        "begeleiding",
        (r"begeleid", r"\bbrug"),
        (
            Q(
                "Anouk van het woonteam loopt elke week even langs bij de nieuwe huizen. Gewoon "
                "aanbellen, vragen of er iets is, en meteen vertellen wie er nu op paviljoen B "
                "wonen."
            ),
            Q(
                "Begeleiders zijn eigenlijk de bruggenbouwers hier. Zij kennen de cliënten en ze "
                "kennen inmiddels ook een deel van de wijk, dus zij kunnen mensen aan elkaar "
                "voorstellen."
            ),
            Q(
                "Als de persoonlijk coach meegaat naar het café, durft Stefan wel naar binnen. "
                "Alleen lukt het hem nog niet, dan draait hij bij de deur weer om."
            ),
            Q(
                "De woonondersteuners hebben het druk genoeg met de zorg binnen. Contact leggen "
                "met de buurt staat niet in hun functieomschrijving, dus het hangt erg af van wie "
                "er dienst heeft."
            ),
            Q(
                "Soms zijn begeleiders juist te beschermend. Ze willen niet dat een cliënt een "
                "slechte ervaring heeft in de wijk, en houden mensen daardoor eigenlijk binnen de "
                "muren van het terrein.",
                also=("eigen_regie",),
            ),
            Q(
                "Mijn begeleider heeft me geholpen om bij de tuinclub te komen. De eerste keer "
                "ging ze mee, daarna ben ik alleen gegaan, en nu heb ik daar mijn eigen vriendjes."
            ),
        ),
    ),
    EvalCode(
        "wisselend_personeel",
        "Wisselend personeel",
        "Verloop, tekorten en invalkrachten in de teams van de zorgorganisatie, waardoor cliënten "
        "en buren geen vaste gezichten hebben en contact met de buurt wegvalt.",
        "begeleiding",
        (r"wissel", r"personeel"),
        (
            Q(
                "Het personeel wisselt zo vaak, dat de bewoners van de nieuwbouw nooit weten met "
                "wie ze praten. Vorig jaar waren er op één paviljoen elf nieuwe collega's, dan "
                "bouw je niks op met de wijk."
            ),
            Q(
                "Er zijn veel invalkrachten van het uitzendbureau. Die kennen de cliënten niet, en "
                "de omwonenden al helemaal niet, dus als er iets speelt in de straat reageren ze "
                "soms heel onhandig."
            ),
            Q(
                "Door de personeelstekorten komen de begeleiders niet meer toe aan het contact "
                "met de buurt. Eerst gaan ze mee naar de buurtmoestuin, dan valt iemand uit en is "
                "dat als eerste weg.",
                also=("begeleiders_brug",),
            ),
            Q(
                "We hebben wisselingen in de teams, ziekteverzuim, vacatures die een half jaar "
                "openstaan. Dat merk je op het terrein: de ene week is er een vast gezicht, de "
                "andere week niemand."
            ),
            Q(
                "Voor Jeroen betekent elke nieuwe begeleider weer opnieuw beginnen. Hij moet zijn "
                "verhaal steeds opnieuw vertellen, en tot die tijd durft hij de deur niet uit."
            ),
            Q(
                "Ik had een heel goed contact met Wendy van de nachtdienst, die belde ik als er "
                "iets was. Ze is vertrokken naar een andere baan, en nu heb ik geen idee meer wie "
                "ik moet hebben."
            ),
        ),
    ),
    EvalCode(
        "aanspreekpunt",
        "Aanspreekpunt voor omwonenden",
        "Of buurtbewoners weten bij wie ze met vragen, zorgen en klachten over cliënten "
        "terechtkunnen, en hoe snel en persoonlijk de zorgorganisatie dan reageert.",
        "begeleiding",
        (r"aanspreekpunt", r"omwonende"),
        (
            Q(
                "Omwonenden willen één aanspreekpunt, niet een algemeen nummer van een callcenter. "
                "Iemand die het terrein kent en de volgende dag ook laat weten hoe het is "
                "afgelopen."
            ),
            Q(
                "Toen mijn fiets weg was, heb ik naar de receptie van de Elzenhof gebeld. Die "
                "verwezen me door naar het hoofdkantoor, en daar kreeg ik een bandje. Zo werkt het "
                "toch niet."
            ),
            Q(
                "Het 24-uursnummer staat op een magneetje dat bij alle huizen in de nieuwbouw is "
                "bezorgd. Best handig, maar de mensen die het meest klagen, hebben dat ding allang "
                "weggegooid."
            ),
            Q(
                "De wijkagent is eigenlijk het loket geworden voor alles wat met de cliënten te "
                "maken heeft. Dat is niet de bedoeling, hij heeft er ook helemaal geen tijd voor."
            ),
            Q(
                "Sinds maart hebben we een vaste buurtcontactpersoon, Mustafa. Hij is het "
                "aanspreekpunt voor de wijk en zit elke woensdag een uur in het café, dan kun je "
                "gewoon binnenlopen."
            ),
            Q(
                "Voor de omwonenden aan de Kerkhoflaan is het lastig, want hun achtertuin grenst "
                "aan de gesloten afdeling. Die hebben echt behoefte aan iemand die ze direct "
                "kunnen bereiken."
            ),
        ),
    ),
    EvalCode(
        "visie_zorgorganisatie",
        "Visie van de zorgorganisatie",
        "De koers van de zorgorganisatie om het terrein te openen en cliënten in de wijk te laten "
        "wonen, en hoe die keuze in bestuur en praktijk wordt gedragen.",
        "begeleiding",
        (r"\bvisie", r"zorgorganisatie"),
        (
            Q(
                "De visie is dat cliënten gewoon burgers zijn in een gewone wijk. Daarom heeft de "
                "zorgorganisatie een deel van het terrein verkocht: dan komt de wijk vanzelf naar "
                "ons toe, was de gedachte. Of dat ook zo werkt, daar zijn we eerlijk gezegd nog "
                "niet uit."
            ),
            Q(
                "Ik merk dat de zorgorganisatie vooral met haar eigen cliënten bezig is. Het "
                "project met de nieuwbouw is van het bestuur, maar op de werkvloer heeft niemand "
                "het er ooit over."
            ),
            Q(
                "De stichting had geld nodig voor de renovatie van de paviljoens, daarom zijn die "
                "kavels verkocht. Dat het ook om integratie zou gaan, is er later pas bij "
                "verzonnen, denk ik."
            ),
            Q(
                "Vroeger stond hier een hek om het hele terrein. Nu is de visie: de hekken eruit, "
                "de paden open, de kapel wordt een buurthuis. Dat is een enorme omslag voor een "
                "instelling."
            ),
            Q(
                "Het bestuur van de Elzenhof wil over tien jaar geen apart instellingsterrein meer "
                "hebben. Dan wonen de cliënten verspreid in gewone huurwoningen, ook in de nieuwe "
                "wijk."
            ),
            Q(
                "Als instelling moet je dan ook durven. Dus niet bij elk klein voorval de cliënt "
                "terugtrekken naar binnen, maar accepteren dat wonen in een wijk soms schuurt."
            ),
        ),
    ),
    # --- Communicatie en inspraak -----------------------------------------------------------------
    EvalCode(
        "informatieavonden",
        "Informatieavonden voor kopers",
        "De bijeenkomsten waarop kopers en nieuwe bewoners over het zorgterrein en de cliënten "
        "werden geïnformeerd, het moment ervan en wat ze teweegbrachten.",
        "communicatie",
        (r"informatieavond", r"\bkoper"),
        (
            Q(
                "Er is één bijeenkomst geweest in de gymzaal, toen de huizen al waren opgeleverd. "
                "Toen was het kwaad al geschied, de geruchten gingen allang rond in de groepsapp."
            ),
            Q(
                "Ik had liever gehad dat ze vóór de verkoop hadden uitgelegd wie hier wonen. Nu "
                "voelden mensen zich bedrogen."
            ),
            Q(
                "Op de informatieavond stond een psychiater uit te leggen wat een psychose is. "
                "Goed bedoeld, maar daarna waren mensen eigenlijk alleen maar banger voor de "
                "cliënten.",
                also=("angst_vooroordelen",),
            ),
            Q(
                "De beste avond was die waarop twee cliënten zelf vertelden hoe hun dag eruitziet. "
                "Er werden vragen gesteld, er werd gelachen, en ineens waren het gewoon buren."
            ),
            Q(
                "Bij de tweede informatieavond kwamen nog maar twintig mensen. De eerste keer "
                "zaten er tweehonderd, toen het nog over de waarde van de huizen ging."
            ),
            Q(
                "Veel kopers hadden de tekeningen van het terrein wel gezien, maar daar stond "
                "alleen 'zorgterrein' op. Wat dat betekende, werd op geen enkel moment uitgelegd."
            ),
        ),
    ),
    EvalCode(
        "projectontwikkelaar",
        "Rol van de projectontwikkelaar",
        "Wat de projectontwikkelaar bij de verkoop over de zorg vertelde of verzweeg en welke "
        "afspraken over voorzieningen op het terrein hij nakwam.",
        "communicatie",
        (r"ontwikkelaar",),
        (
            Q(
                "De projectontwikkelaar wilde liever niet dat de zorg op de verkoopavond te veel "
                "aandacht kreeg. Dat zou slecht zijn voor de prijzen, zeiden ze letterlijk.",
                also=("informatieavonden",),
            ),
            Q(
                "In de brochure van Van Dijk Vastgoed stond 'wonen in een parkachtige omgeving met "
                "historische gebouwen'. Over de tweehonderd cliënten die er wonen, stond er geen "
                "woord in."
            ),
            Q(
                "De makelaar zei tegen ons dat de zorginstelling binnen een paar jaar zou "
                "vertrekken. Dat blijkt helemaal niet waar te zijn, en daar zijn mensen nog steeds "
                "boos over."
            ),
            Q(
                "Volgens de afspraken zou de ontwikkelaar ook het buurtplein aanleggen, met "
                "bankjes voor iedereen. Dat is drie jaar later nog steeds een zandvlakte met "
                "bouwhekken."
            ),
            Q(
                "Eerlijk is eerlijk, de ontwikkelaar heeft de eerste twee jaar het café mee "
                "betaald. Dat was geen liefdadigheid, het maakte het terrein ook aantrekkelijker "
                "voor kopers."
            ),
            Q(
                "De bouwer heeft zijn huizen verkocht en is vertrokken. Wij als zorgorganisatie en "
                "de gemeente zitten nu met de problemen die bij de verkoop zijn weggemoffeld."
            ),
        ),
    ),
    EvalCode(
        "klankbordgroep",
        "De klankbordgroep",
        "Het vaste overleg van buurtbewoners, cliënten, zorgorganisatie en gemeente over het "
        "terrein, wie daarin meepraat en wat er met de inbreng gebeurt.",
        "communicatie",
        (r"klankbord",),
        (
            Q(
                "Eens per kwartaal zitten we met zes bewoners uit de nieuwbouw, twee cliënten, de "
                "zorg en iemand van de gemeente om tafel. Daar komen alle klachten en ideeën op "
                "één plek samen."
            ),
            Q(
                "In de klankbordgroep zitten eigenlijk alleen de mondige mensen. De meeste "
                "cliënten zijn er niet bij, en de jonge gezinnen hebben 's avonds geen tijd. Dus "
                "praten steeds dezelfde vier mensen het hardst, en dan lijkt het alsof de hele "
                "wijk zo denkt."
            ),
            Q(
                "Het overleg werkt, omdat er ook echt iets mee gebeurt. Het pad achter paviljoen D "
                "is verlicht, de vuilcontainers zijn verplaatst, allemaal op voorstel van "
                "bewoners."
            ),
            Q(
                "Ik zit namens de cliëntenraad in het klankbordoverleg. Soms voel ik me daar een "
                "beetje een excuus, maar vorige keer hebben ze wel naar mijn idee over het terras "
                "geluisterd."
            ),
            Q(
                "Het probleem met zo'n vergadering is dat het vooral over parkeren en hondenpoep "
                "gaat. Over hoe we echt buren worden in deze wijk, hebben we nog nooit gepraat."
            ),
            Q(
                "We hebben als klankbordgroep een brief gestuurd naar de wethouder over de "
                "speelplek. Dat we samen optrokken, cliënten en kopers, maakte volgens mij echt "
                "indruk."
            ),
        ),
    ),
    EvalCode(
        "nieuwsbrief_app",
        "Nieuwsbrief en buurtapp",
        "De schriftelijke en digitale kanalen waarlangs nieuws en geruchten over het terrein de "
        "buurt rondgaan, van het papieren blad tot de berichtengroepen van buurtbewoners.",
        "communicatie",
        (r"nieuwsbrie", r"app(je|jes|s|groep)?\b"),
        (
            Q(
                "De nieuwsbrief van het terrein komt vier keer per jaar uit, op papier. Daar staan "
                "dan interviews in met een cliënt en een buurtbewoner, en die worden echt gelezen."
            ),
            Q(
                "Op Facebook gaat het echt mis. Daar staat binnen een uur een foto van iemand die "
                "in de bosjes plast, met honderd reacties eronder, en niemand weet wat er echt "
                "gebeurd is."
            ),
            Q(
                "In de buurtapp wordt elke politiewagen meteen gemeld: wat is er nu weer aan de "
                "hand bij de gekken? Gelukkig reageert er dan vaak iemand dat je zo niet over "
                "mensen praat."
            ),
            Q(
                "Het krantje ligt ook in het café en in de paviljoens. Zo lezen de cliënten wat de "
                "nieuwe buren doen, en andersom, dat vind ik eigenlijk het mooiste ervan."
            ),
            Q(
                "De zorgorganisatie zit niet in de whatsappgroep, dat mag niet vanwege de privacy. "
                "Dus als er een gerucht rondgaat, kan niemand van hen het rechtzetten."
            ),
            Q(
                "Er gaat wel eens een briefje langs de voordeuren als er bijvoorbeeld een "
                "brandoefening is. Maar verder hoor je als bewoner van de nieuwbouw eigenlijk "
                "weinig."
            ),
        ),
    ),
    # --- Zelfstandigheid, wonen en werk van cliënten ----------------------------------------------
    EvalCode(
        "eigen_regie",
        "Eigen regie",
        "De ruimte die cliënten krijgen om zelf te beslissen over hun dag, hun contacten en hun "
        "risico's, ook als dat voor begeleiders en buren spannend is.",
        "zelfstandigheid",
        (r"regie",),
        (
            Q(
                "Eigen regie is het toverwoord, maar op dit terrein wordt nog veel voor cliënten "
                "beslist. Hoe laat je eet, wie er op bezoek mag, dat bepaalt de groep en niet jij."
            ),
            Q(
                "Hanneke wilde per se zelf naar het buurtfeest, zonder begeleiding. Dat was "
                "spannend voor het team, maar het was haar keuze, dus het ging om haar regie en "
                "niet die van ons."
            ),
            Q(
                "Ik wil zelf bepalen met wie ik praat. Sommige mensen uit de wijk willen me steeds "
                "helpen, dat is lief bedoeld, maar ik ben geen kind, ik ben achtenveertig."
            ),
            Q(
                "Bij de inrichting van het buurtcafé mochten cliënten meebeslissen over de kleuren "
                "en het menu. Kleine dingen, maar voor mensen die hun hele leven in een instelling "
                "woonden, is dat groot."
            ),
            Q(
                "Meer regie betekent ook dat cliënten dingen mogen doen die wij onverstandig "
                "vinden, zoals 's avonds laat alleen door de wijk lopen. Dat moet je dan ook aan "
                "de buren uitleggen."
            ),
            Q(
                "Ik heb nu een eigen sleutel van mijn studio en een eigen brievenbus met mijn naam "
                "erop. Dat klinkt niet als veel, maar zo voel ik me een bewoner van de wijk."
            ),
        ),
    ),
    EvalCode(
        "wachtlijst",
        "Wachtlijst voor doorstroom",
        "Het gebrek aan betaalbare woningen waardoor cliënten die zelfstandig kunnen wonen op het "
        "terrein blijven en nieuwe cliënten niet kunnen instromen.",
        "zelfstandigheid",
        (r"wachtlijst", r"doorstro"),
        (
            Q(
                "Ik woon hier nu vier jaar en ik ben er eigenlijk klaar voor om op mezelf te gaan. "
                "Maar er is gewoon geen betaalbare woning te krijgen, ook niet in de nieuwe wijk."
            ),
            Q(
                "Van de zestig huizen in de nieuwbouw zijn er maar vier sociale huur, en daarvan "
                "gaat er geen één naar onze cliënten. Dat was wel beloofd bij de plannen."
            ),
            Q(
                "De wachtlijst voor een eigen appartement is zo lang dat cliënten de moed "
                "opgeven. Dan heb je ze jarenlang geleerd om zelf te koken en te plannen, en dan "
                "blijven ze toch op de groep.",
                also=("eigen_regie",),
            ),
            Q(
                "Doordat de doorstroom stokt, kan er ook niemand instromen. Bij ons wachten "
                "achtenzeventig mensen op een plek in beschermd wonen, sommigen zitten al maanden "
                "thuis bij hun ouders. En de gemeente wil dat we afbouwen, ja, hoe dan?"
            ),
            Q(
                "Met de woningcorporatie hebben we afgesproken dat we vijf woningen per jaar "
                "krijgen voor doorstromers. In de praktijk zijn het er twee, en op een terrein met "
                "honderdtwintig cliënten is dat niks."
            ),
            Q(
                "Mijn zoon zit nu drie jaar in paviljoen A en hij zou best zelfstandig kunnen "
                "wonen met wat ambulante hulp. Alleen staat hij bij de corporatie nog op plek "
                "honderdzoveel."
            ),
        ),
    ),
    EvalCode(
        "werk_wijk",
        "Werk in de wijk",
        "Betaald en vrijwillig werk van cliënten bij winkels, bedrijven en buurtbewoners buiten "
        "de instelling, en wat daarvoor nodig is.",
        "zelfstandigheid",
        (r"\bwerk",),
        (
            Q(
                "Ruud bezorgt elke donderdag de buurtkrant in de nieuwbouw. Hij krijgt er een "
                "kleine vergoeding voor, maar het gaat hem vooral om het gevoel dat ze op hem "
                "rekenen."
            ),
            Q(
                "Drie cliënten werken nu bij de Plus aan de rand van de wijk, vakken vullen en "
                "karretjes ophalen. Klanten kennen ze inmiddels bij naam, dat doet meer dan welk "
                "voorlichtingspraatje ook."
            ),
            Q(
                "Werk is voor onze mensen het belangrijkste wat er is. Niet binnen de muren van "
                "het terrein, maar ergens waar je een collega hebt en een loonstrook krijgt."
            ),
            Q(
                "Er is een klusdienst opgezet: cliënten schoffelen en snoeien bij mensen in de "
                "nieuwbouw voor een klein bedrag. Daar wordt ontzettend veel gebruik van gemaakt, "
                "vooral door oudere bewoners."
            ),
            Q(
                "De werkgevers in de wijk zijn best bereid, maar ze willen wel zekerheid. Als een "
                "cliënt een slechte week heeft, moet er iemand van de jobcoaching kunnen "
                "bijspringen."
            ),
            Q(
                "Ik sta drie middagen in de week bij de fietsenmaker hier op de hoek. Daar vraagt "
                "niemand waar ik woon, ze vragen alleen of hun band al klaar is."
            ),
        ),
    ),
    EvalCode(
        "dagbesteding",
        "Zinvolle dagbesteding",
        "Dagbesteding die cliënten iets te doen geeft waar anderen wat aan hebben, in plaats van "
        "bezigheden binnen de groep, en de grens met werk.",
        "zelfstandigheid",
        (r"zinvol", r"dagbesteding"),
        (
            Q(
                "In de houtwerkplaats maken ze nu nestkastjes en bankjes voor de nieuwe wijk. Daar "
                "zijn ze trots op, want ze zien hun eigen bankje staan als ze naar de supermarkt "
                "lopen."
            ),
            Q(
                "Het verschil tussen dagbesteding en werk wordt steeds vager. De groep die het "
                "café draait, valt formeel onder dagbesteding, maar voor hen is het gewoon hun "
                "baan.",
                also=("werk_wijk",),
            ),
            Q(
                "Veel dagbesteding is nog heel binnen: puzzelen, kleuren, tv kijken in de "
                "huiskamer. Dat is niet zinvol voor mensen die best iets kunnen, en de wijk merkt "
                "er niks van."
            ),
            Q(
                "Sinds de bezuinigingen zijn er minder plekken op de zorgboerderij. Dus zitten "
                "cliënten overdag vaker op hun kamer, en dan zie je de onrust op het terrein "
                "toenemen."
            ),
            Q(
                "Wat ik wil, is iets doen waar iemand wat aan heeft. Niet de hele dag kralen "
                "rijgen. Bij de kinderboerderij voer ik de geiten, en dan vragen de kinderen me "
                "dingen."
            ),
            Q(
                "Zinvol is niet voor iedereen hetzelfde. Voor Bas is het al heel wat als hij elke "
                "ochtend de krant haalt bij het café en die voorleest aan twee oudere bewoners."
            ),
        ),
    ),
)

# Held out of the code profiles for the codes-for-a-passage measure; fixed in advance, as in
# the other sets (the 3rd and the 5th quotation of every code).
HELD_OUT_INDICES: tuple[int, ...] = (2, 4)
