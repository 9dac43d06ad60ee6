"""Another held-out labelled evaluation set (set e) for theme suggestion and code ranking.

What it is: twenty open codes with exactly six quotations each, written as Dutch interview
fragments with members of a provincial learning community of buurtverbinders (volunteers and
professionals who connect residents in their neighbourhood) about their work and what they
learn: omgaan met weerstand en wantrouwen, grenzen stellen en overbelasting, samenwerken met
professionals en de gemeente, gespreksvoering en netwerken, intervisie en leren van elkaar,
continuïteit na afloop van projectgeld, erkenning en waardering. Reaching residents who are
hard to reach runs through the quotations of several themes (wantrouwen, achter de voordeur,
taal) rather than forming a theme of its own. The format is that of `nlp_eval_data` (whose
dataclasses are imported); the subject and every sentence differ from `nlp_eval_data`,
`nlp_eval_data_b` and `nlp_eval_data_c`.

Its themes are subject clusters, not CIMO roles or other functional roles: after open coding,
codes that are about the same thing are grouped into a larger theme, the step the Samen
Buurten 0-meting (../shared/seeds, section 2.5) describes as "Vergelijkbare codes zijn samen
geclusterd tot grotere thema's". So every code about resistance and distrust forms one theme,
every code about the connector's limits and workload another, whether a code describes a
cause, a way of acting or a result. Five themes of four codes each: weerstand en wantrouwen,
grenzen en overbelasting, samenwerken met professionals en gemeente, leren en persoonlijke
groei, continuïteit en erkenning van het werk.

Written blind on 2026-11-25: the author did not read the suggestion algorithms, their tests
or their figures, and ran no sbcoder code and no similarity or NLP computation on this text
(only a plain-regex check of the constraints below). It is not tuned, and it must never be
edited to suit an algorithm; if an algorithm does badly on it, that is the finding.

Constraints it was written to, as real data would meet them:

- every code has a name of 2-4 words, a one-sentence Dutch description of what the
  researcher means by it, and `keywords`: case-insensitive regexes for the key words of its
  name (written so that they do not catch unrelated words: "buurtverbinder" is not matched
  by a keyword for "verbinden", "belasting" as tax not by one for "overbelasting");
- in every code exactly 3 of the 6 quotations avoid the code's key words (match none of its
  `keywords`), and which positions avoid them varies from code to code: each of the twenty
  possible sets of three positions is used once, so each position 0-5 avoids them in ten of
  the twenty codes;
- quotations are spoken Dutch of 15-50 words (1-3 sentences), with inflected, compound and
  diminutive forms (uitgevallen, kerngroep, speeltuintje, Excelletje), names, places,
  numbers and filler (gewoon, eigenlijk, hoor);
- the everyday words of the field (`EVERYDAY_WORDS`: bewoners, gemeente, wijk, mensen,
  samen) occur in every theme, and some quotations use vocabulary of another theme or of
  another code's name (a quotation about limits mentions intervisie, one about anger the
  training, one about the end of project money the network), as real ones do;
- twelve quotations carry a second code (`also`), six of them across themes;
- codes within a theme are related in meaning, but they do not all repeat identical words.

`HELD_OUT_INDICES` is (2, 4), the same as in the other sets, for format compatibility.
"""

from __future__ import annotations

from nlp_eval_data import EvalCode, EvalQuote

THEMES: dict[str, str] = {
    "weerstand": "Weerstand en wantrouwen",
    "belasting": "Grenzen en overbelasting",
    "samenwerking": "Samenwerken met professionals en gemeente",
    "leren": "Leren en persoonlijke groei",
    "borging": "Continuïteit en erkenning van het werk",
}

# Everyday words that every theme shares (regexes).
EVERYDAY_WORDS: tuple[str, ...] = (
    r"bewoner",
    r"gemeente",
    r"\bwijk",
    r"mensen",
    r"\bsamen",
)

Q = EvalQuote

CODES: tuple[EvalCode, ...] = (
    # --- Weerstand en wantrouwen ------------------------------------------------------------------
    EvalCode(
        "wantrouwen_instanties",
        "Wantrouwen tegenover instanties",
        "Bewoners die na slechte ervaringen niets meer verwachten van gemeente, woningcorporatie "
        "of hulpverlening, en daarom ook de buurtverbinder eerst op afstand houden.",
        "weerstand",
        (r"wantrouw", r"instanti"),
        (
            Q(
                "In de Zuiderzeewijk is het wantrouwen enorm, hoor. Na de toeslagenaffaire denken "
                "mensen bij elke brief van de gemeente: wat willen ze nu weer van me afpakken?"
            ),
            Q(
                "Zodra ik zei dat ik via de gemeente betaald werd, klapte meneer Yilmaz helemaal "
                "dicht. Hij dacht dat ik kwam controleren of hij wel echt alleen woonde."
            ),
            Q(
                "Ze wantrouwen iedereen met een badge of een keycord. Dus ik laat mijn pasje "
                "gewoon thuis en ga eerst een paar weken samen met ze koffie schenken bij de "
                "voedselbank."
            ),
            Q(
                "Een moeder zei letterlijk tegen me: jullie komen alleen als er iets mis is, en "
                "dan nemen jullie mijn kinderen mee. Dat zit er bij haar heel diep in."
            ),
            Q(
                "De woningcorporatie heeft hier vijftien jaar lang beloofd dat de schimmel "
                "aangepakt zou worden. Dus als ik met een nieuw plan kom, kijken bewoners me "
                "gewoon meewarig aan."
            ),
            Q(
                "Bij instanties voelen ze zich een nummer. Ik probeer daarom te laten zien dat ik "
                "uit de wijk zelf kom, dat ik ook gewoon mijn boodschappen doe bij de Lidl om de "
                "hoek."
            ),
        ),
    ),
    EvalCode(
        "weerstand_vaste_kern",
        "Weerstand van vaste kern",
        "Een vaste groep vrijwilligers of bezoekers die een plek of activiteit als de hunne "
        "beschouwt en nieuwkomers of veranderingen tegenhoudt.",
        "weerstand",
        (r"weerstand", r"\bvaste\b", r"\bkern"),
        (
            Q(
                "In het buurthuis zit op dinsdag al twintig jaar dezelfde klaverjasclub. Toen ik "
                "voorstelde om die ochtend ook open te stellen voor de nieuwe bewoners uit de "
                "flat, werd het ijskoud."
            ),
            Q(
                "De weerstand kwam niet van de gemeente, die kwam van onze eigen vrijwilligers. "
                "Het is hún koffieochtend, zeggen ze, en die jonge moeders met kinderwagens maken "
                "te veel lawaai."
            ),
            Q(
                "Ria en Henk hebben het buurthuis destijds met hun eigen handen opgeknapt. Ik snap "
                "best dat het pijn doet als er ineens mensen binnenkomen die de gewoontes niet "
                "kennen."
            ),
            Q(
                "Je hebt altijd een vaste kern van zes, zeven mensen die alles regelen. Heel fijn, "
                "maar ze bepalen ook wie erbij hoort, en nieuwe ideeën worden eigenlijk meteen "
                "afgeschoten."
            ),
            Q(
                "Ik heb gemerkt dat je die kerngroep niet moet passeren. Nu vraag ik eerst aan de "
                "oude garde wat zij ervan vinden, en dan voelen ze zich serieus genomen in plaats "
                "van opzijgezet."
            ),
            Q(
                "Bij de moestuin in Dronten wilden de oudere tuinders eerst geen Syrische families "
                "erbij. Pas toen Fatima haar zelfgebakken brood kwam uitdelen, begon het ijs een "
                "beetje te breken."
            ),
        ),
    ),
    EvalCode(
        "boosheid",
        "Boosheid en agressie",
        "Bewoners die hun woede over hun situatie of over instanties afreageren op de "
        "buurtverbinder, tijdens bijeenkomsten of aan de deur.",
        "weerstand",
        (r"\bboos", r"\bboze\b", r"agressi"),
        (
            Q(
                "Op de bewonersavond over de parkeerplaatsen werd een man zo boos dat hij met een "
                "stoel begon te gooien. Ik stond daar in mijn eentje, de ambtenaar was al naar "
                "huis."
            ),
            Q(
                "Die boosheid is eigenlijk niet voor mij bedoeld, dat weet ik heus wel. Ze zijn "
                "boos op de gemeente, op de corporatie, en ik ben toevallig degene die voor de "
                "deur staat.",
                also=("wantrouwen_instanties",),
            ),
            Q(
                "Mevrouw Kok stond te schelden in de hal en iedereen keek naar mij. Ik heb rustig "
                "gezegd: ik hoor dat u het zat bent, zullen we even apart gaan zitten?"
            ),
            Q(
                "Ik ben een keer tot aan mijn auto achterna gelopen door een buurman die vond dat "
                "ik zijn zoon had verraden. Sindsdien ga ik in die portiek niet meer alleen naar "
                "binnen."
            ),
            Q(
                "In de training hebben we geoefend met de-escaleren bij agressie. Dat hielp echt, "
                "want voorheen sloeg ik gewoon dicht als iemand tegen me begon te schreeuwen.",
                also=("gespreksvaardigheden",),
            ),
            Q(
                "Ze schreeuwden door elkaar heen, over de hangjongeren, over het vuil naast de "
                "containers. Ik liet ze eerst maar even stoom afblazen, en pas daarna ging ik met "
                "flappen aan de slag."
            ),
        ),
    ),
    EvalCode(
        "weerstand_collegas",
        "Weerstand van collega's",
        "Collega's en leidinggevenden in de eigen organisatie die het vraaggerichte, trage werk "
        "van de buurtverbinder niet begrijpen of er geen ruimte voor geven.",
        "weerstand",
        (r"weerstand", r"collega"),
        (
            Q(
                "Mijn teamleider wil elke maand cijfers zien: hoeveel deelnemers, hoeveel "
                "activiteiten. Dat je drie maanden bezig bent om één gezin te leren kennen, past "
                "niet in zijn Excelletje."
            ),
            Q(
                "Bij ons op kantoor wordt een beetje lacherig gedaan over buurtwerk. Koffiedrinken "
                "met bewoners, noemen ze het, terwijl zij de 'echte' zorgdossiers hebben."
            ),
            Q(
                "De meeste weerstand zat bij mijn collega's van het wijkteam. Die vonden dat ik "
                "op hun stoel ging zitten toen ik zelf met een gezin naar de schuldhulp ging.",
                also=("rolverdeling",),
            ),
            Q(
                "Ik heb een collega die steeds zegt: dat hebben we in 2015 ook geprobeerd en het "
                "werkte niet. Daar word je op den duur heel moe van, eerlijk gezegd."
            ),
            Q(
                "Binnen mijn eigen club voelde ik me soms eenzamer dan in de wijk. Niemand vroeg "
                "hoe het ging, en mijn plannen bleven gewoon liggen op het bureau van de manager."
            ),
            Q(
                "Pas toen de directeur een keer meeliep in de wijk, brak de weerstand een beetje. "
                "Nu mag ik in het teamoverleg tien minuten vertellen wat ik zie, en collega's "
                "vragen zelfs om tips."
            ),
        ),
    ),
    # --- Grenzen en overbelasting -----------------------------------------------------------------
    EvalCode(
        "grenzen_stellen",
        "Grenzen stellen",
        "Leren nee zeggen en afbakenen wat wel en niet bij de taak van de buurtverbinder hoort, "
        "tegenover bewoners, de eigen organisatie en de gemeente.",
        "belasting",
        (r"grens|grenz",),
        (
            Q(
                "Mijn grens ligt bij geld. Ik leen nooit iets uit, ook geen tientje voor de "
                "kinderen, want dan verandert de relatie meteen en ben je ineens de bank van de "
                "flat."
            ),
            Q(
                "Ik heb een keer drie weken lang elke ochtend mevrouw Visser naar de fysio "
                "gereden. Totdat ik dacht: wacht even, dit is niet mijn werk, hier is de Regiotaxi "
                "voor."
            ),
            Q(
                "Nee zeggen vind ik nog steeds het moeilijkst. Als iemand huilend voor je staat, "
                "wil je helpen, ook al weet je dat het eigenlijk bij het maatschappelijk werk "
                "thuishoort."
            ),
            Q(
                "In de intervisie kwam naar voren dat ik mijn grenzen pas aangeef als ik al over "
                "de rooie ben. Nu probeer ik eerder te zeggen: tot hier, en verder niet.",
                also=("intervisie",),
            ),
            Q(
                "De gemeente vroeg of ik ook even de bewonerspanels voor de herinrichting wilde "
                "organiseren. Ik heb gezegd dat dat buiten mijn uren valt, en dat begrenzen heeft "
                "me eigenlijk respect opgeleverd."
            ),
            Q(
                "Ik zet mijn werktelefoon om zes uur uit, en in het weekend blijven de appjes "
                "gewoon liggen tot maandag. Dat voelde eerst onbeschoft, maar de bewoners wennen "
                "er snel aan.",
                also=("bereikbaarheid",),
            ),
        ),
    ),
    EvalCode(
        "overbelasting",
        "Overbelasting en uitval",
        "Buurtverbinders die te veel taken en uren op zich nemen, uitgeput raken en tijdelijk of "
        "voorgoed stoppen.",
        "belasting",
        (r"overbelast", r"uitval|uitgevallen|uitvallen"),
        (
            Q(
                "Ik had achttien uur in mijn contract staan en werkte er gewoon dertig. Op een "
                "gegeven moment lag ik om drie uur 's nachts wakker van de schuldenbrief van een "
                "gezin."
            ),
            Q(
                "Van de twaalf buurtverbinders waarmee we begonnen, zijn er inmiddels vier "
                "uitgevallen. Twee met een burn-out, en twee omdat het naast hun baan gewoon niet "
                "meer te doen was."
            ),
            Q(
                "Vrijwilligers raken overbelast omdat ze overal ja op zeggen. Marian deed het "
                "taalcafé, de kledingbank én de buurtapp, en toen zij ziek werd, viel alles "
                "tegelijk om.",
                also=("grenzen_stellen",),
            ),
            Q(
                "Na de zomer was ik op. Echt op. Ik heb zes weken thuisgezeten, en het ergste vond "
                "ik dat niemand het overnam: de bewoners stonden gewoon voor een dichte deur."
            ),
            Q(
                "Je draait op adrenaline: het ene project na het andere, de gemeente wil nog een "
                "extra activiteit, de school belt ook nog. Rust nemen voelt alsof je iemand in de "
                "steek laat."
            ),
            Q(
                "Het risico op uitval is bij vrijwilligers in de wijk veel groter dan bij "
                "beroepskrachten. Zij hebben geen leidinggevende die op de rem trapt, en niemand "
                "houdt hun uren bij."
            ),
        ),
    ),
    EvalCode(
        "bereikbaarheid",
        "Permanente bereikbaarheid",
        "De verwachting, van anderen of van de buurtverbinder zelf, dat hij of zij altijd "
        "aanspreekbaar is, omdat hij of zij in de eigen wijk woont of een privénummer heeft "
        "gedeeld.",
        "belasting",
        (r"permanent", r"bereikba"),
        (
            Q(
                "Omdat ik zelf in de Kruidenwijk woon, ben ik eigenlijk permanent aan het werk. "
                "Bij de bakker, op het schoolplein, overal vragen mensen even of ik naar hun "
                "huurachterstand wil kijken."
            ),
            Q(
                "Ik heb in het begin mijn privénummer aan iedereen gegeven. Grote fout. Ik was dag "
                "en nacht bereikbaar, tot zondagochtend om zeven uur aan toe."
            ),
            Q(
                "Mijn dochter zei laatst: mam, je zit tijdens het eten weer op je telefoon. Toen "
                "zag ik pas hoeveel groepsapps uit de buurt er eigenlijk op stonden, wel elf "
                "stuks."
            ),
            Q(
                "We hebben nu een vast spreekuur op woensdagmiddag, en daarbuiten ben ik alleen "
                "via de mail bereikbaar. Dat schept duidelijkheid, voor mij én voor de bewoners."
            ),
            Q(
                "Als er 's avonds iets gebeurt in de straat, een brandje of een ruzie, dan kloppen "
                "ze bij mij aan. Ik ben voor veel mensen toch een soort buurtloket met een "
                "voordeur."
            ),
            Q(
                "Op vakantie in Frankrijk kreeg ik nog appjes over een kapotte lantaarnpaal. Toen "
                "heb ik samen met de wijkbeheerder van de gemeente afgesproken dat hij zulke "
                "meldingen voortaan oppakt."
            ),
        ),
    ),
    EvalCode(
        "zware_verhalen",
        "Zware verhalen meedragen",
        "De emotionele last van wat buurtverbinders horen en zien, zoals armoede, huiselijk "
        "geweld of buren die niet meer willen leven, en die ze mee naar huis nemen.",
        "belasting",
        (r"\bzwaa?r", r"verhaal|verhalen", r"meedra|meegedragen|meedroeg"),
        (
            Q(
                "Een jongen van negentien vertelde me aan de keukentafel dat hij er een eind aan "
                "wilde maken. Ik heb hem naar de huisarts gebracht, maar ik heb er nachten van "
                "wakker gelegen."
            ),
            Q(
                "Je ziet dingen achter de voordeur die je niet meer vergeet: kinderen die zonder "
                "ontbijt naar school gaan, een koelkast met alleen een pak melk. Dat neem je mee "
                "naar huis."
            ),
            Q(
                "Sommige verhalen blijven echt hangen. Dan fiets ik na een huisbezoek nog een "
                "extra rondje door het Kromslootpark voordat ik thuis bij mijn eigen gezin "
                "aanschuif."
            ),
            Q(
                "Als vrijwilliger heb je geen supervisie zoals een maatschappelijk werker. Je "
                "hoort over mishandeling en schulden, en je hebt niemand om dat bij neer te "
                "leggen."
            ),
            Q(
                "Het zwaarste vond ik de buurvrouw met kanker die geen familie meer had. Ik was "
                "ineens haar enige contact, en dat draag je echt mee, hoor, ook nu ze overleden "
                "is."
            ),
            Q(
                "In de intervisiegroep mogen we ook gewoon even ons verhaal kwijt. Dat iemand "
                "zegt: wat heftig, dat je dat allemaal meedraagt. Dat scheelt al zoveel.",
                also=("intervisie",),
            ),
        ),
    ),
    # --- Samenwerken met professionals en gemeente ------------------------------------------------
    EvalCode(
        "samenwerking_ambtenaren",
        "Samenwerking met ambtenaren",
        "Hoe buurtverbinders optrekken met beleidsmedewerkers en wijkregisseurs van de gemeente: "
        "toegang, wisselende contactpersonen en trage besluitvorming.",
        "samenwerking",
        (r"samen(ge)?werk", r"ambten|ambtelijk"),
        (
            Q(
                "De samenwerking met de wijkregisseur van de gemeente Lelystad loopt goed. Ik app "
                "haar als er iets speelt, en zij zorgt dat het op de goede plek terechtkomt."
            ),
            Q(
                "In twee jaar tijd heb ik vier verschillende beleidsmedewerkers gehad. Elke keer "
                "moest ik weer uitleggen wat een buurtverbinder doet en waarom dat niet in een "
                "maand te meten is."
            ),
            Q(
                "Ambtenaren denken in beleidsjaren en begrotingen, bewoners denken in volgende "
                "week. Ik zit er eigenlijk tussenin, als een soort tolk.",
                also=("schakel_formeel_informeel",),
            ),
            Q(
                "We hebben nu elke zes weken overleg met de ambtelijk opdrachtgever, de wijkagent "
                "en de corporatie. Daardoor werken we niet meer langs elkaar heen in de Waterwijk."
            ),
            Q(
                "Een aanvraag voor een bankje bij het speeltuintje heeft negen maanden geduurd. "
                "Negen maanden! Toen het er eindelijk stond, waren de moeders die erom gevraagd "
                "hadden al verhuisd."
            ),
            Q(
                "Sinds de wethouder een keer bij ons heeft meegekookt, gaan de deuren op het "
                "stadhuis makkelijker open. Soms moet je gewoon die ene persoon hebben die het "
                "snapt."
            ),
        ),
    ),
    EvalCode(
        "doorverwijzen",
        "Doorverwijzen naar hulpverlening",
        "Bewoners met een hulpvraag in contact brengen met wijkteam, schuldhulp of huisarts, bij "
        "voorkeur door zelf mee te gaan of een warme overdracht te doen.",
        "samenwerking",
        (r"verwij[sz]|verwees|verwezen", r"hulpverlen"),
        (
            Q(
                "Ik ben met meneer El Amrani zelf naar het loket van de schuldhulp gelopen. Als ik "
                "hem alleen een telefoonnummer had gegeven, had hij nooit gebeld, dat weet ik "
                "zeker."
            ),
            Q(
                "Doorverwijzen is makkelijk gezegd, maar de wachtlijst bij het wijkteam is hier "
                "zestien weken. Dan sta je met een gezin dat nu geen eten heeft, en wat moet je "
                "dan?"
            ),
            Q(
                "Het mooiste is als de maatschappelijk werker eerst gewoon een keer meekomt naar "
                "de koffieochtend. Dan is het een gezicht, en geen instantie meer."
            ),
            Q(
                "Ik weet inmiddels precies wie ik moet bellen bij Vluchtelingenwerk, bij de GGD "
                "en bij de voedselbank. Die lijstjes met namen zijn goud waard voor mensen.",
                also=("netwerk_uitbreiden",),
            ),
            Q(
                "Professionele hulpverleners zijn soms te snel met een etiket. Ik verwijs liever "
                "naar iemand die ik ken en van wie ik weet dat ze eerst luistert."
            ),
            Q(
                "Via de huisarts werd er een mevrouw naar mij verwezen, dus precies andersom. Dat "
                "vond ik echt een teken dat welzijn en zorg in de wijk eindelijk samen optrekken."
            ),
        ),
    ),
    EvalCode(
        "schakel_formeel_informeel",
        "Schakel formeel en informeel",
        "De buurtverbinder als verbindingsstuk tussen professionele organisaties en de informele "
        "netwerken van bewoners, die beide werelden en hun taal kent.",
        "samenwerking",
        (r"\bschakel", r"formee?l"),
        (
            Q(
                "Ik zie mezelf echt als een schakel. Aan de ene kant de bewoners met hun eigen "
                "clubjes en appgroepen, aan de andere kant de gemeente en de zorg met hun "
                "protocollen."
            ),
            Q(
                "De informele zorg in die straat is enorm: buren die boodschappen doen, een Turkse "
                "vrouw die voor drie gezinnen kookt. De formele zorg weet daar helemaal niets van."
            ),
            Q(
                "Wat ik het meest doe is vertalen. Het formele jargon van een indicatie of een "
                "keukentafelgesprek maak ik begrijpelijk, en andersom vertel ik de casemanager wat "
                "er echt speelt."
            ),
            Q(
                "Het buurtnetwerk van vrijwilligers en de professionals van het wijkteam zaten "
                "nooit aan één tafel. Vorig jaar hebben we voor het eerst een gezamenlijke lunch "
                "georganiseerd, met veertig mensen."
            ),
            Q(
                "De wijkverpleegkundige kent de bewoners van binnen, ik ken ze van de straat. Als "
                "we dat samen leggen, zien we veel eerder wanneer iemand dreigt te vallen of te "
                "vereenzamen."
            ),
            Q(
                "Ik sta met één been in de organisatie en met één been in de wijk. Dat is soms een "
                "spagaat, want beide kanten verwachten dat ik loyaal ben aan hen."
            ),
        ),
    ),
    EvalCode(
        "rolverdeling",
        "Onduidelijke rolverdeling",
        "Onduidelijkheid bij professionals, bewoners en de buurtverbinder zelf over wat een "
        "buurtverbinder wel en niet doet en waar diens taak ophoudt.",
        "samenwerking",
        (r"onduidelijk", r"\brol(len|verdeling|opvatting|verwarring)?\b"),
        (
            Q(
                "Het wijkteam dacht dat ik een soort gratis hulpverlener was. Ze stuurden me naar "
                "gezinnen met complexe problemen, terwijl ik geen enkele opleiding in die richting "
                "heb."
            ),
            Q(
                "Bewoners vragen me: werk jij nou voor de gemeente of niet? Ik zeg dan: ik word "
                "door de gemeente betaald, maar ik ben er voor jullie. Dat snappen ze niet "
                "altijd.",
                also=("wantrouwen_instanties",),
            ),
            Q(
                "Niemand had op papier gezet wat de taken van een buurtverbinder zijn. Dus de "
                "corporatie dacht dat ik klachten afhandelde, en de school dacht dat ik "
                "spijbelaars zou opsporen."
            ),
            Q(
                "Mijn rol was in het begin heel onduidelijk, ook voor mezelf. Pas na een halfjaar "
                "kon ik in één zin uitleggen wat ik doe: ik breng mensen bij elkaar."
            ),
            Q(
                "We hebben met de wijkagent en het opbouwwerk een rolverdeling op één A4'tje "
                "gezet. Wie doet de signalen, wie doet de activiteiten, wie belt er als het "
                "misgaat."
            ),
            Q(
                "Die verschillende rollen lopen soms door elkaar heen. Ben ik vandaag de "
                "buurvrouw, de vrijwilliger of de aanjager namens Samen Buurten? Dat vragen "
                "bewoners zich ook af."
            ),
        ),
    ),
    # --- Leren en persoonlijke groei --------------------------------------------------------------
    EvalCode(
        "gespreksvaardigheden",
        "Gespreksvaardigheden oefenen",
        "Het aanleren en oefenen van luisteren, doorvragen en het gesprek aangaan met bewoners en "
        "instanties, onder meer in trainingen van de leergemeenschap.",
        "leren",
        (r"gesprek", r"vaardigh", r"oefen"),
        (
            Q(
                "De training gespreksvoering was voor mij een eyeopener. Ik dacht dat ik goed kon "
                "luisteren naar bewoners, maar ik had eigenlijk altijd al een oplossing klaar "
                "voordat de ander uitgepraat was."
            ),
            Q(
                "Ik stel nu vaker open vragen: niet of iemand hulp nodig heeft, maar hoe een "
                "gewone dinsdag er voor diegene uitziet. Dan komen mensen met veel meer."
            ),
            Q(
                "We hebben in de groep geoefend met rollenspellen, met Ahmed als boze buurman. Ik "
                "vond het doodeng, maar het is wel blijven hangen."
            ),
            Q(
                "Stiltes laten vallen, dat heb ik echt moeten leren. Vroeger vulde ik elke pauze "
                "op, nu wacht ik gewoon, en vaak komt dan net het belangrijkste verhaal."
            ),
            Q(
                "Mijn vaardigheden zijn enorm gegroeid, vooral in het doorvragen. Vroeger nam ik "
                "een klacht over de buren gewoon aan, nu vraag ik: wat zou u zelf willen dat er "
                "gebeurt?"
            ),
            Q(
                "Met iemand die nauwelijks Nederlands spreekt, leer je met handen en voeten "
                "praten. Ik gebruik nu plaatjes en Google Translate, en soms vraag ik de dochter "
                "om te tolken."
            ),
        ),
    ),
    EvalCode(
        "netwerk_uitbreiden",
        "Eigen netwerk uitbreiden",
        "Het leren leggen en onderhouden van contacten met sleutelfiguren, organisaties en "
        "ondernemers in de wijk, zodat de buurtverbinder weet wie wat kan.",
        "leren",
        (r"netwerk", r"uitbrei"),
        (
            Q(
                "Ik ben gewoon bij de kapper, de moskee en de snackbar binnengestapt om me voor te "
                "stellen. Die drie kennen de halve wijk, en nu weten ze ook wie ik ben."
            ),
            Q(
                "Netwerken vond ik vroeger iets voor mannen in pakken. Nu snap ik dat het gewoon "
                "betekent: weten wie je kunt bellen als mevrouw Hendriks een kapotte wasmachine "
                "heeft."
            ),
            Q(
                "Via de leergemeenschap ken ik nu buurtverbinders in Almere, Urk en Zeewolde. Als "
                "ik vastloop, stuur ik een berichtje, en binnen een uur heb ik drie ideeën.",
                also=("leren_van_elkaar",),
            ),
            Q(
                "Mijn netwerk is het afgelopen jaar flink gegroeid, van de wijkagent tot de "
                "eigenaar van de Albert Heijn. Die sponsort nu ons buurtontbijt."
            ),
            Q(
                "Ik hou een schriftje bij met namen en telefoonnummers. Wie kan er naaien, wie "
                "heeft een aanhanger, wie spreekt Tigrinya. Dat schriftje is inmiddels mijn "
                "belangrijkste gereedschap."
            ),
            Q(
                "Ik had een heel klein kringetje, ik werkte altijd thuis. Door dit werk heb ik "
                "mijn netwerk uitgebreid, en ik durf nu zelfs een wethouder van de gemeente aan te "
                "spreken."
            ),
        ),
    ),
    EvalCode(
        "intervisie",
        "Intervisie en reflectie",
        "Gestructureerd met andere buurtverbinders een casus of dilemma uit de eigen praktijk "
        "bespreken en terugkijken op het eigen handelen.",
        "leren",
        (r"intervisie", r"reflect"),
        (
            Q(
                "In de intervisie bracht Joyce een casus in over een buurman die haar lastigviel. "
                "Door de vragen van de anderen zag ze zelf dat ze al veel te lang had gewacht."
            ),
            Q(
                "Dat reflecteren moest ik echt leren. Ik ben een doener, ik wil door, maar nu "
                "schrijf ik elke week drie dingen op: wat ging goed, wat ging mis, wat doe ik "
                "anders."
            ),
            Q(
                "Met de incidentmethode werk je in strakke rondes: eerst alleen vragen, dan pas "
                "adviezen. Dat voelde eerst stijf, maar zo gaat niet iedereen meteen oplossen."
            ),
            Q(
                "We zitten met vijf verbinders in een groepje, elke zes weken, steeds bij iemand "
                "anders thuis. Wat daar besproken wordt, blijft daar, dat hebben we samen "
                "afgesproken."
            ),
            Q(
                "Toen ik mijn dilemma over de hennepkwekerij bij de buren inbracht, zei niemand "
                "wat ik moest doen. Maar ik ging wel met een veel helderder hoofd naar huis."
            ),
            Q(
                "Voor professionals is intervisie heel gewoon, voor onze vrijwilligers was het "
                "nieuw. Ik heb de eerste keer vooral uitgelegd dat het geen therapie is en ook "
                "geen beoordeling."
            ),
        ),
    ),
    EvalCode(
        "leren_van_elkaar",
        "Leren van elkaar",
        "Ervaringen, praktijkvoorbeelden en werkvormen uitwisselen tussen buurtverbinders uit "
        "verschillende wijken en gemeenten, en die overnemen in de eigen praktijk.",
        "leren",
        (r"\bleer|\bleren\b|geleerd", r"elkaar"),
        (
            Q(
                "Het idee van de buurtbieb in een oude koelkast heb ik gewoon gejat van Samira uit "
                "Almere-Haven. Bij ons in Emmeloord staat hij nu ook, en de bewoners gebruiken hem "
                "goed."
            ),
            Q(
                "Wat ik het mooiste vind aan de bijeenkomsten: je hoort dat anderen met precies "
                "dezelfde dingen worstelen. Een vrijwilliger uit Urk had hetzelfde gedoe met de "
                "kerk als ik met de moskee."
            ),
            Q(
                "In de leergemeenschap hebben we elkaars wijken bezocht. Bij Dennis in de Atolwijk "
                "zag ik hoe hij de jongeren zelf de voetbalkooi laat beheren, dat wil ik ook "
                "proberen."
            ),
            Q(
                "Ik leer eigenlijk meer van andere buurtverbinders dan van welke cursus ook. Die "
                "weten hoe het echt gaat, met de regen en de lege zaaltjes."
            ),
            Q(
                "We hebben een gedeelde map gemaakt met flyers, draaiboeken en "
                "aanvraagformulieren. Zo hoeft niet iedereen opnieuw het wiel uit te vinden, we "
                "helpen elkaar gewoon."
            ),
            Q(
                "Nadat Petra vertelde hoe ze bij de Turkse vrouwen binnenkwam via de naaiclub, ben "
                "ik het bij ons met een kookclub gaan proberen. Het werkte niet meteen, maar het "
                "begin is er."
            ),
        ),
    ),
    # --- Continuïteit en erkenning van het werk ---------------------------------------------------
    EvalCode(
        "einde_projectgeld",
        "Einde projectgeld",
        "De onzekerheid over het voortbestaan van de buurtverbinder en diens activiteiten wanneer "
        "een subsidie of projectperiode afloopt.",
        "borging",
        (r"\beinde\b", r"projectgeld"),
        (
            Q(
                "Eind december stopt het projectgeld, en niemand kan me zeggen of ik in januari "
                "nog een contract heb. Ondertussen vragen bewoners al of de koffieochtend wel "
                "doorgaat."
            ),
            Q(
                "De subsidie liep na twee jaar af, precies toen de bewoners ons eindelijk "
                "vertrouwden. Dan moet je tegen ze zeggen: we stoppen. Dat voelt als verraad."
            ),
            Q(
                "De gemeente wil wel een pilot betalen, maar structureel geld is er niet. Zo bouw "
                "je steeds iets op en breek je het na achttien maanden weer af."
            ),
            Q(
                "Ik ben dit jaar meer tijd kwijt aan fondsen aanschrijven dan aan de wijk zelf. "
                "Oranje Fonds, Kansfonds, de provincie: elk potje wil weer een ander verhaal en "
                "een ander formulier."
            ),
            Q(
                "Wat gebeurt er aan het einde van de rit met al die contacten? Als ik verdwijn, "
                "verdwijnt ook het netwerk dat ik met zoveel moeite heb opgebouwd.",
                also=("stokje_overdragen",),
            ),
            Q(
                "Met het projectgeld van de provincie konden we drie jaar vooruit. Nu kijken we "
                "samen met de wethouder of het welzijnsbudget het kan overnemen, maar beloven doet "
                "ze niks."
            ),
        ),
    ),
    EvalCode(
        "stokje_overdragen",
        "Stokje overdragen",
        "Activiteiten en verantwoordelijkheden bewust in handen van bewoners leggen, zodat ze "
        "doorlopen als de buurtverbinder of het geld verdwijnt.",
        "borging",
        (r"stokje", r"overdr|overgedragen"),
        (
            Q(
                "Het breicafé draait nu helemaal zonder mij. Ik kom nog af en toe langs voor een "
                "kopje thee, maar de sleutel, de boodschappen en het rooster regelen Annie en "
                "Gerda zelf."
            ),
            Q(
                "Vanaf dag één heb ik gezegd: ik ben er tijdelijk, het stokje moet over twee jaar "
                "bij jullie liggen. Dat vonden sommigen eng, maar het maakt wel dat ze zelf gaan "
                "nadenken."
            ),
            Q(
                "Overdragen klinkt makkelijk, maar er moet wel iemand zijn die het wil oppakken. "
                "In de Stedenwijk is na het vertrek van Jolanda de hele moestuin verwilderd."
            ),
            Q(
                "Ik doe steeds een stapje terug. Eerst deed ik de flyers, toen alleen nog de "
                "contacten met de gemeente, en nu bel ik alleen als er iets misloopt met de "
                "subsidie."
            ),
            Q(
                "We hebben een stichting opgericht, zodat we de buurtkas aan de bewoners kunnen "
                "overdragen. Dan kan het buurtfeest ook na 2027 doorgaan, met of zonder geld van "
                "de gemeente."
            ),
            Q(
                "Bewoners zijn niet gewend dat ze het zelf mogen doen. Jarenlang kwam er een "
                "welzijnswerker die alles organiseerde, dus nu kijken ze mij nog steeds aan als de "
                "stoelen klaargezet moeten worden."
            ),
        ),
    ),
    EvalCode(
        "erkenning_werk",
        "Erkenning van het werk",
        "Of gemeente, organisaties en professionals het werk van buurtverbinders zien en serieus "
        "nemen, en er een passende vergoeding of positie tegenover zetten.",
        "borging",
        (r"\berken",),
        (
            Q(
                "Ik mis erkenning vanuit de gemeente. In de raadsinformatiebrief stond alleen het "
                "aantal activiteiten, nergens dat er mensen uit hun isolement zijn gekomen."
            ),
            Q(
                "Ik krijg een vrijwilligersvergoeding van honderdtachtig euro per maand voor "
                "twintig uur per week. Dat is geen vergoeding, dat is een fooi, terwijl het "
                "wijkteam voor minder uren een salaris krijgt."
            ),
            Q(
                "Bij het overleg met de zorgaanbieders zat ik er altijd een beetje bij als 'die "
                "vrijwilliger'. Pas toen ik een keer een casus had opgelost waar zij niet "
                "uitkwamen, luisterden ze."
            ),
            Q(
                "Het certificaat van de leergemeenschap lijkt een kleinigheid, maar het is een "
                "stukje erkenning. Ik heb het ingelijst, het hangt in de gang naast de trouwfoto."
            ),
            Q(
                "Mijn werk is onzichtbaar zolang het goed gaat. Als er geen ruzie in de flat is, "
                "denkt iedereen dat het vanzelf zo is, terwijl ik daar maanden aan heb gewerkt."
            ),
            Q(
                "Sinds de wethouder in de raad zei dat buurtverbinders onmisbaar zijn, word ik "
                "anders ontvangen bij de corporatie. Die publieke erkenning opent deuren."
            ),
        ),
    ),
    EvalCode(
        "waardering_bewoners",
        "Waardering en dankbaarheid",
        "De kleine en grote blijken van dank van bewoners, zoals een kaartje, een bord eten of "
        "een groet op straat, en wat die voor de buurtverbinder betekenen.",
        "borging",
        (r"waarde?er", r"dankba|bedank"),
        (
            Q(
                "Laatst stond er een pan soep voor de deur met een briefje: voor de vrouw die ons "
                "heeft geholpen met de huur. Geen naam erbij, maar ik wist meteen van wie hij was."
            ),
            Q(
                "Die waardering van bewoners houdt me op de been. De gemeente ziet het misschien "
                "niet, maar als een moeder me op het schoolplein bedankt, weet ik waarvoor ik het "
                "doe."
            ),
            Q(
                "Meneer Dijkstra is heel dankbaar, maar hij laat het niet zo zien. Hij repareert "
                "nu gewoon gratis de fietsen van de kinderen uit de straat, dat is zijn manier."
            ),
            Q(
                "Je moet ook oppassen met dankbaarheid. Sommige mensen voelen zich schuldig en "
                "denken dat ze iets terug moeten doen, terwijl ik dat helemaal niet verwacht."
            ),
            Q(
                "Bij mijn afscheid in het buurthuis stond de hele zaal op. Veertig mensen, een "
                "Syrische taart, een gedicht van de kinderen. Ik heb staan janken, hoor."
            ),
            Q(
                "Het is niet het geld, het is dat een oudere dame zegt: jij bent de eerste die in "
                "drie jaar bij me binnen is geweest. Daar doe ik het voor, eerlijk gezegd."
            ),
        ),
    ),
)

# Held out of the code profiles for the codes-for-a-passage measure; fixed in advance, as in
# the other sets (the 3rd and the 5th quotation of every code).
HELD_OUT_INDICES: tuple[int, ...] = (2, 4)
