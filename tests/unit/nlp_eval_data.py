"""A labelled evaluation set for theme suggestion and code ranking.

Nineteen open codes with six quotations each, written as Dutch interview fragments about
neighbourhood initiatives (modelled on the Samen Buurten 0-meting in ../shared/seeds).
Each code belongs to one of five themes, as a researcher would cluster them.

The set is deliberately not solvable by matching code names: in every code at least half
of the quotations avoid the code's key words (checked by a test through `keywords`), the
everyday words of the field (gemeente, bewoners, buurt, mensen, activiteiten) occur in
every theme, and some quotations carry vocabulary of another theme (a quotation about
rules mentions "vertrouwen", one about loneliness mentions "eten"), as real ones do.
Some quotations carry a second code (`also`), half of them across themes, which gives the
co-occurrence structure that real projects have: informative, but noisy.

History, so that the figures can be judged: the first draft was written before any
algorithm. Measured against it, every lexical method (surface words, lemmas, compounds,
any weighting) was at chance on text alone once quotations shared by two codes were
discounted: its codes shared no words within a theme at all, which real interviews about
one subject do not do either, and which no method without world knowledge can use. The
second (this) version adds the everyday vocabulary of each theme's subject to two or
three quotations per code (ontmoeten, aanschuiven, gezelligheid; kennen, relatie, band;
zelf, initiatief, regie; procedure, ambtenaar, verantwoording; zorg, kwetsbaar,
problemen), in varied inflected and compound forms, and still never the code's key
words where a quotation avoided them. A test checks that a bag of surface words scores
far below the targets, so word overlap alone does not solve the set. Do not edit it to
suit the algorithm.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class EvalQuote:
    text: str
    also: tuple[str, ...] = ()  # keys of further codes on this quotation


@dataclass(frozen=True)
class EvalCode:
    key: str
    name: str
    description: str
    theme: str
    keywords: tuple[str, ...]  # regexes (case-insensitive) for the key words of the name
    quotes: tuple[EvalQuote, ...] = field(default_factory=tuple)


THEMES: dict[str, str] = {
    "ontmoeting": "Ontmoeting en plekken",
    "relaties": "Vertrouwen en relaties",
    "eigenaarschap": "Eigenaarschap en participatie",
    "systeem": "Belemmeringen vanuit het systeem",
    "preventie": "Preventie en kwetsbare bewoners",
}

# Everyday words that every theme shares (regexes); a test checks they are spread out.
EVERYDAY_WORDS: tuple[str, ...] = (
    r"\bgemeente",
    r"bewoner",
    r"\bbuurt|buurt\w*|\bburen\b",
    r"\bmensen\b",
    r"activiteit",
)

Q = EvalQuote

CODES: tuple[EvalCode, ...] = (
    # --- Ontmoeting en plekken -------------------------------------------------------
    EvalCode(
        "samen_eten",
        "Samen eten",
        "Gezamenlijke maaltijden als laagdrempelige manier om bewoners met elkaar in "
        "contact te brengen.",
        "ontmoeting",
        (r"\beten\b", r"\beet\b"),
        (
            Q(
                "Elke donderdag eten we samen in het buurthuis. Dan schuiven er zo twintig, "
                "dertig bewoners aan, ook mensen die je verder nooit ziet bij activiteiten."
            ),
            Q(
                "De maaltijd kost drie euro, dat is bewust zo gehouden. Iedereen kan aanschuiven, "
                "ook als je krap zit, en aan tafel raak je vanzelf aan de praat met je "
                "tafelgenoten."
            ),
            Q(
                "Samen eten werkt gewoon. Mensen die elkaar twintig jaar in het portiek "
                "groetten, zitten nu naast elkaar met een bord soep."
            ),
            Q(
                "Een paar bewoners koken om de beurt, de een maakt Surinaamse gerechten, de "
                "ander stamppot. Zo proeven mensen van elkaars keuken en dat geeft gespreksstof. "
                "Zo'n maaltijd is gewoon een ontmoeting met een bord erbij."
            ),
            Q(
                "Na het kerstdiner zei een mevrouw tegen me dat ze voor het eerst in jaren niet "
                "alleen aan tafel had gezeten.",
                also=("eenzaamheid",),
            ),
            Q(
                "Via de gemeente hebben we een keukentje kunnen laten plaatsen, zodat we niet "
                "meer met pannen hoeven te sjouwen om met de buurt te kunnen eten."
            ),
        ),
    ),
    EvalCode(
        "buurthuis",
        "Buurthuis als ontmoetingsplek",
        "Een fysieke plek in de wijk waar bewoners vrij kunnen binnenlopen en elkaar treffen.",
        "ontmoeting",
        (r"buurthuis", r"ontmoetingsplek"),
        (
            Q(
                "Het oude zusterhuis is nu echt een buurthuis geworden. De deur staat open, "
                "mensen lopen binnen voor een kop koffie en blijven hangen."
            ),
            Q(
                "Vroeger was er in de wijk geen enkele plek waar je even kon zitten. Nu hebben "
                "we die ruimte op de hoek, met een koffieapparaat en een leestafel, waar mensen "
                "elkaar kunnen ontmoeten."
            ),
            Q(
                "Als ontmoetingsplek doet het buurthuis wat we hoopten: de jonge moeders van de "
                "nieuwbouw komen er net zo goed als de ouderen uit de flat."
            ),
            Q(
                "In de binnentuin zitten 's zomers elke middag wel een paar bewoners op de "
                "bankjes. Daar ontstaan de ontmoetingen die je niet kunt organiseren."
            ),
            Q(
                "Het pand is van de woningcorporatie, maar de sleutel ligt bij drie "
                "vrijwilligers uit de straat. Die doen open, zetten koffie en vegen aan het "
                "eind van de dag.",
                also=("eigenaarschap",),
            ),
            Q(
                "Zonder buurthuis zou dit initiatief niet bestaan. Mensen moeten ergens naartoe "
                "kunnen zonder dat ze zich eerst hoeven aan te melden."
            ),
        ),
    ),
    EvalCode(
        "buurtfeest",
        "Buurtfeest",
        "Feesten en evenementen in de buurt die bewoners op een informele manier samenbrengen.",
        "ontmoeting",
        (r"feest",),
        (
            Q(
                "Het buurtfeest in september was een doorbraak. De hele straat was afgezet, "
                "kinderen op het springkussen en de buren achter de barbecue."
            ),
            Q(
                "Met Koningsdag hebben we een rommelmarkt op het plein gehouden. Mensen stonden "
                "met hun spullen op een kleedje en praatten de hele ochtend met elkaar. Je ontmoet "
                "daar buren die je anders nooit spreekt."
            ),
            Q(
                "Op het communityfeest zag je mensen die normaal nergens aan meedoen. Een feest "
                "is laagdrempelig, je hoeft niks, je kunt gewoon komen kijken.",
                also=("inloop",),
            ),
            Q(
                "Bij de opening van de speeltuin had een bewoner een bandje geregeld en werd er "
                "tot laat gedanst. De gemeente had alleen de hekken geleverd."
            ),
            Q(
                "Zo'n zomerse middag met muziek en een springkussen doet meer voor de gezelligheid "
                "en de onderlinge ontmoeting in de wijk dan tien bewonersavonden."
            ),
            Q(
                "We organiseren drie keer per jaar een feest voor de buurt: met het Suikerfeest, "
                "in de zomer en rond kerst, zodat alle culturen aan bod komen."
            ),
        ),
    ),
    EvalCode(
        "inloop",
        "Laagdrempelige inloop",
        "Vrije inloopmomenten zonder aanmelding of doel, waar iedereen kan aanschuiven.",
        "ontmoeting",
        (r"laagdrempelig", r"inloop"),
        (
            Q(
                "De inloop op dinsdagochtend is heel laagdrempelig: je hoeft je niet aan te "
                "melden en niemand vraagt waarom je er bent."
            ),
            Q(
                "Er is geen programma, geen intake, geen lijst. Je loopt binnen, pakt een kop "
                "koffie en schuift aan bij wie er zit. Als je wilt praten, is er altijd iemand."
            ),
            Q(
                "We merkten dat een cursus voor veel mensen een te hoge drempel is. Bij een "
                "inloopochtend kun je ook na vijf minuten weer weggaan."
            ),
            Q(
                "Sommige mensen staan eerst weken bij de deur te kijken voordat ze binnenkomen. "
                "Dat mag, daar geven we ze de tijd voor."
            ),
            Q(
                "Het helpt dat het hier niet op een kantoor lijkt. Er staat een bank, er speelt "
                "een radio en de koffie is gratis. Mensen komen voor de gezelligheid en ontmoeten "
                "elkaar vanzelf."
            ),
            Q(
                "Laagdrempelig betekent voor ons ook: geen formulieren en geen wachtlijst. De "
                "gemeente wilde een registratie van bezoekers, dat hebben we tegengehouden.",
                also=("regels",),
            ),
        ),
    ),
    # --- Vertrouwen en relaties -------------------------------------------------------
    EvalCode(
        "vertrouwen",
        "Vertrouwen opbouwen",
        "Bewoners, buurtverbinder en professionals leren elkaar kennen en durven op elkaar "
        "te rekenen.",
        "relaties",
        (r"trouw", r"opbouw", r"opgebouwd"),
        (
            Q(
                "Vertrouwen komt te voet en gaat te paard. Het heeft ons een jaar gekost voordat "
                "de mensen uit de flat ons echt vertrouwden."
            ),
            Q(
                "In het begin keken ze ons met de nek aan: weer zo'n project dat na een jaar "
                "verdwijnt. Pas toen we bleven komen en ze ons leerden kennen, gingen ze iets "
                "vertellen over hun situatie.",
                also=("financiering",),
            ),
            Q(
                "Bewoners vertrouwen de buurtverbinder omdat zij zelf in de wijk woont. Ze is "
                "geen hulpverlener met een dossier, ze is de buurvrouw.",
                also=("ervaringsdeskundigheid",),
            ),
            Q(
                "Je moet afspraken nakomen, ook de kleine. Als je bewoners zegt dat je dinsdag "
                "terugkomt, dan sta je er dinsdag. Daar hangt de hele relatie van af."
            ),
            Q(
                "Een man die nooit opendeed, belde me na maanden zelf op toen zijn zoon in de "
                "problemen zat. Dan weet je dat er iets veranderd is.",
                also=("eenzaamheid",),
            ),
            Q(
                "Het wantrouwen tegen de gemeente en de corporatie is groot. Het buurtvertrouwen "
                "moest van onderop groeien, via mensen die ze al kenden."
            ),
        ),
    ),
    EvalCode(
        "wederkerigheid",
        "Wederkerigheid",
        "Bewoners helpen elkaar en doen iets terug; geven en ontvangen wisselen elkaar af.",
        "relaties",
        (r"wederkerig",),
        (
            Q(
                "Er ontstaat wederkerigheid: de vrouw die boodschappen kreeg toen ze ziek was, "
                "past nu op de kinderen van de buren."
            ),
            Q(
                "Meneer Jansen repareert fietsen voor de hele straat en in ruil krijgt hij af en "
                "toe een pan soep. Niemand houdt dat bij, het gaat vanzelf.",
                also=("contacten",),
            ),
            Q(
                "Mensen willen niet alleen maar hulp ontvangen. Als je iemand vraagt om iets te "
                "doen voor een ander, dan groeit die persoon en ontstaat er een band."
            ),
            Q(
                "Wederkerig helpen betekent dat je niet meer de hulpvrager bent. Een bewoner met "
                "NAH geeft nu computerles aan ouderen.",
                also=("talenten",),
            ),
            Q(
                "Ik breng jouw vuilnisbak naar de straat, jij haalt mijn pakketje op. Zo klein "
                "begint burenhulp, en zo houdt het ook stand."
            ),
            Q(
                "Die wederkerigheid zie je ook tussen bewoners en professionals: de wijkagent "
                "helpt met de kas, de bewoners geven tips over wat er in de buurt speelt."
            ),
        ),
    ),
    EvalCode(
        "contacten",
        "Duurzame contacten",
        "Contacten tussen bewoners die blijven bestaan, ook buiten de georganiseerde activiteiten.",
        "relaties",
        (r"duurza", r"contact"),
        (
            Q(
                "Het mooiste is dat er duurzame contacten zijn ontstaan. Mensen bellen elkaar "
                "als iemand er een week niet is."
            ),
            Q(
                "Twee vrouwen die elkaar bij de handwerkclub leerden kennen, gaan nu samen op "
                "vakantie. Dat hebben wij niet georganiseerd."
            ),
            Q(
                "Het contact stopt niet als de activiteit afgelopen is. Na het koffie-uur lopen "
                "mensen samen naar huis en spreken ze voor het weekend af.",
                also=("inloop",),
            ),
            Q(
                "De vriendschappen en relaties die hier gegroeid zijn, houden ook stand als wij er "
                "niet meer zijn. Daar doen we het voor."
            ),
            Q(
                "Vroeger kende je je buren van gezicht. Nu weten mensen elkaars namen en hebben "
                "ze elkaars telefoonnummer. Ze weten dat ze op elkaar kunnen rekenen."
            ),
            Q(
                "Je ziet dat de contacten tussen oude en nieuwe bewoners van de wijk langzaam "
                "verduurzamen. Het netwerk wordt dichter.",
                also=("vertrouwen",),
            ),
        ),
    ),
    # --- Eigenaarschap en participatie -------------------------------------------------
    EvalCode(
        "eigenaarschap",
        "Eigenaarschap bewoners",
        "Bewoners voelen zich verantwoordelijk voor hun buurt en nemen zelf het initiatief.",
        "eigenaarschap",
        (r"eigenaarschap",),
        (
            Q(
                "Het eigenaarschap ligt echt bij de bewoners. Ik hoef niets meer te regelen, ze "
                "bedenken en organiseren alles zelf."
            ),
            Q(
                "Toen de kas kapot was, hebben drie buren op zaterdag zelf het glas vervangen. "
                "Niemand heeft ze daarom gevraagd, ze namen zelf het initiatief."
            ),
            Q(
                "Eigenaarschap groeit als je mensen laat beslissen. Zodra wij alles invullen, "
                "leunen ze achterover.",
                also=("coachend",),
            ),
            Q(
                "Het is hun tuin, hun straat, hun buurt. Ze voelen zich verantwoordelijk en "
                "spreken elkaar aan als er rommel ligt."
            ),
            Q(
                "Een groepje moeders heeft zelf een huiswerkklas opgezet. Ze vroegen ons alleen "
                "om een ruimte, de rest deden ze zelf.",
                also=("talenten",),
            ),
            Q(
                "Het gevoel van eigenaarschap zie je aan kleine dingen: bewoners hebben een "
                "eigen sleutel en sluiten zelf af."
            ),
        ),
    ),
    EvalCode(
        "meedenken",
        "Meedenken over plannen",
        "Bewoners denken en praten mee over nieuwbouw, herinrichting en beleid in hun wijk.",
        "eigenaarschap",
        (r"meedenk", r"denken\w* mee", r"\bplan"),
        (
            Q(
                "Bij de participatiebijeenkomsten konden bewoners meedenken over de nieuwbouw "
                "van het verpleeghuis en de inrichting van de plint."
            ),
            Q(
                "De corporatie kwam met een tekening van het plein. Bewoners hebben er zelf een "
                "nieuwe versie van gemaakt, met meer groen en een jeu-de-boulesbaan. Ze wilden "
                "zelf de regie."
            ),
            Q(
                "Mensen voelden zich overvallen door de plannen voor de sloop. Pas toen ze "
                "mochten meepraten, werd de stemming beter."
            ),
            Q(
                "We hebben een buurtenquête gehouden: wat wil je behouden, wat moet anders? Daar "
                "kwamen meer dan tweehonderd reacties op. Bewoners willen zeggenschap over hun "
                "eigen wijk."
            ),
            Q(
                "Inspraak moet wel echt iets betekenen. Als de gemeente alles al besloten heeft, "
                "voelen mensen zich voor de gek gehouden.",
                also=("versnippering",),
            ),
            Q(
                "In de klankbordgroep denken zes bewoners mee over de herinrichting van de "
                "openbare ruimte. Hun ideeën staan nu in het ontwerp."
            ),
        ),
    ),
    EvalCode(
        "talenten",
        "Talenten benutten",
        "Werken vanuit wat bewoners kunnen en willen (ABCD, asset mapping) in plaats van "
        "vanuit problemen.",
        "eigenaarschap",
        (r"talent", r"benut"),
        (
            Q(
                "We werken vanuit talenten: niet vragen wat er mis is, maar wat iemand kan en "
                "wil bijdragen."
            ),
            Q(
                "Met asset mapping hebben we in kaart gebracht wie er kan koken, wie handig is "
                "met hout, wie Arabisch spreekt. Dat bleek een schat aan mogelijkheden."
            ),
            Q(
                "Een jongen die thuis zat, bleek een talent voor fotografie te hebben. Nu maakt "
                "hij de foto's voor de nieuwsbrief.",
                also=("eigenaarschap",),
            ),
            Q(
                "De ABCD-aanpak draait het om: je begint niet bij de problemen van de wijk, maar "
                "bij wat bewoners zelf al aan kracht en kennis meebrengen."
            ),
            Q(
                "Iedereen kan wel iets. Mevrouw De Vries kan goed luisteren, dus zij doet nu de "
                "telefooncirkel, die ze zelf heeft opgezet."
            ),
            Q(
                "Door talenten zichtbaar te maken, ontdekten bewoners wat ze voor elkaar kunnen "
                "betekenen. Dat benutten we bij elke activiteit."
            ),
        ),
    ),
    EvalCode(
        "coachend",
        "Coachende professional",
        "Professionals die een stap terug doen en ruimte laten aan bewoners, in plaats van "
        "het over te nemen.",
        "eigenaarschap",
        (r"coach", r"professional"),
        (
            Q(
                "De professional moet coachen en niet overnemen. Als ik alles zelf doe, gebeurt "
                "er niets meer zodra ik wegga."
            ),
            Q(
                "Ik heb moeten leren mijn handen op mijn rug te houden. Bewoners doen het anders "
                "dan ik het zou doen, en dat is goed: het is hun initiatief."
            ),
            Q(
                "De sociaal werker werkt coachend: ze stelt vragen, denkt mee, maar laat de "
                "bewoners zelf beslissen."
            ),
            Q(
                "Onze rol is steeds kleiner geworden. Eerst organiseerden wij de avonden, nu "
                "regelen de bewoners dat zelf en zitten we er als gast bij."
            ),
            Q(
                "Sommige collega's vinden het lastig om los te laten. Ze willen resultaten laten "
                "zien en trekken het dan toch weer naar zich toe.",
                also=("kortetermijn",),
            ),
            Q(
                "Professionals die ruimte laten, worden meer gewaardeerd. Bewoners zeggen: jij "
                "helpt ons, maar het blijft van ons.",
                also=("eigenaarschap",),
            ),
        ),
    ),
    # --- Belemmeringen vanuit het systeem ------------------------------------------------
    EvalCode(
        "versnippering",
        "Versnipperde samenwerking",
        "Organisaties werken langs elkaar heen; er is geen afstemming tussen zorg, welzijn, "
        "gemeente en corporatie.",
        "systeem",
        (r"versnipper", r"samen ?te werken", r"samenwerk", r"werken\w* samen"),
        (
            Q(
                "De samenwerking is erg versnipperd. Er lopen in deze wijk vier organisaties "
                "rond die allemaal iets met eenzaamheid doen, en niemand weet van elkaar."
            ),
            Q(
                "Iedere instantie heeft een eigen loket, een eigen procedure en een eigen overleg. "
                "Als bewoner word je van het kastje naar de muur gestuurd."
            ),
            Q(
                "We hebben geprobeerd samen te werken met het welzijnswerk, maar die hadden hun "
                "eigen planning en doelen. Het bleef bij goede bedoelingen."
            ),
            Q(
                "Bij het wijkoverleg zitten wel twaalf partijen aan tafel, maar afspraken worden "
                "niet nagekomen omdat niemand eigenaar is."
            ),
            Q(
                "De corporatie, de zorgaanbieder en de gemeente hebben allemaal een stukje van "
                "het probleem en een eigen potje geld. Niemand overziet het geheel."
            ),
            Q(
                "Het gebrek aan samenwerking tussen de partijen zorgt ervoor dat er drie "
                "koffieochtenden op dezelfde dag in dezelfde wijk zijn."
            ),
        ),
    ),
    EvalCode(
        "regels",
        "Regels en bureaucratie",
        "Procedures, vergunningen, formulieren en verantwoordingseisen die initiatieven vertragen.",
        "systeem",
        (r"regel", r"bureaucrat"),
        (
            Q(
                "Voor een buurtbarbecue moesten we een vergunning aanvragen, drie formulieren "
                "invullen en een verzekering regelen. Die regels schrikken vrijwilligers af."
            ),
            Q(
                "We wachten nu al vier maanden op toestemming van de gemeente om een bankje te "
                "plaatsen. Elke keer is er weer een andere ambtenaar die ernaar moet kijken."
            ),
            Q(
                "De bureaucratie is enorm. Voor elke activiteit moet je vooraf een plan "
                "schrijven en achteraf een verantwoording.",
                also=("financiering",),
            ),
            Q(
                "Bewoners haken af als alles via protocollen moet. Een moeder wilde voorlezen op "
                "de kinderopvang, maar de organisatie eiste eerst een VOG, en dat duurde weken."
            ),
            Q(
                "Het systeem is ingericht op controle, niet op vertrouwen. Iedere euro moet met "
                "bonnetjes worden onderbouwd.",
                also=("financiering",),
            ),
            Q(
                "Er zijn zoveel regels rond voedselveiligheid dat we bijna met het samen koken "
                "moesten stoppen."
            ),
        ),
    ),
    EvalCode(
        "financiering",
        "Tijdelijke financiering",
        "Projectsubsidies voor een of twee jaar; geen structurele middelen om door te gaan.",
        "systeem",
        (r"financi", r"tijdelijk"),
        (
            Q(
                "De financiering is steeds tijdelijk. Elk jaar weer een nieuwe aanvraag, en je "
                "weet nooit of je na december nog verder kunt."
            ),
            Q(
                "We draaien op een subsidie van de provincie die volgend jaar afloopt. Daarna is "
                "er geen geld meer voor de huur van het pand."
            ),
            Q(
                "Fondsen willen altijd iets nieuws steunen, maar niemand betaalt de vaste "
                "lasten. Voor vernieuwing is er geld, voor doorgaan niet."
            ),
            Q(
                "Zonder structurele financiering verdwijnt de buurtverbinder over een jaar, en "
                "daarmee het netwerk dat we met de bewoners hebben opgebouwd."
            ),
            Q(
                "Ik besteed de helft van mijn uren aan subsidieaanvragen en "
                "verantwoordingsrapportages. Die tijd gaat af van het werk in de wijk.",
                also=("regels",),
            ),
            Q(
                "Tijdelijke projectgelden zijn funest. Net als mensen je gaan vertrouwen, stopt "
                "het project.",
                also=("vertrouwen",),
            ),
        ),
    ),
    EvalCode(
        "kortetermijn",
        "Focus op kortetermijnresultaten",
        "Financiers en organisaties willen snel meetbare resultaten zien, terwijl "
        "gemeenschapsopbouw tijd kost.",
        "systeem",
        (r"resultat", r"resultaat", r"korte ?termijn", r"focus"),
        (
            Q(
                "Er is een te sterke focus op resultaten op korte termijn. Na een half jaar "
                "willen ze al cijfers zien over minder eenzaamheid."
            ),
            Q(
                "Gemeenschapsopbouw is een kwestie van jaren. Maar de gemeente rekent per "
                "kwartaal af op het aantal deelnemers, zo staat het in de subsidievoorwaarden.",
                also=("financiering",),
            ),
            Q(
                "Voor de verantwoording vragen ze hoeveel bezoekers we hadden. Maar hoe meet je "
                "dat iemand weer durft aan te bellen bij de buren?"
            ),
            Q(
                "Het resultaat zie je pas na jaren. Toch moeten we elk halfjaar in een "
                "rapportage aantonen wat we hebben bereikt."
            ),
            Q(
                "Wethouders en ambtenaren willen successen om te laten zien voor de verkiezingen. "
                "Langzaam bouwen past niet in zo'n politieke cyclus."
            ),
            Q(
                "Door die druk om op korte termijn te scoren, kiezen organisaties voor "
                "activiteiten met veel bezoekers in plaats van voor de mensen die het echt "
                "nodig hebben."
            ),
        ),
    ),
    # --- Preventie en kwetsbare bewoners --------------------------------------------------
    EvalCode(
        "eenzaamheid",
        "Eenzaamheid signaleren",
        "Bewoners en buurtverbinders zien eerder dat iemand vereenzaamt of in problemen raakt.",
        "preventie",
        (r"eenza", r"signal"),
        (
            Q(
                "Omdat we elkaar wekelijks zien, merken we het snel als iemand zich terugtrekt. "
                "Eenzaamheid wordt eerder gesignaleerd dan vroeger."
            ),
            Q(
                "Een buurvrouw zag dat de gordijnen bij meneer op nummer twaalf al dagen dicht "
                "bleven. Ze is gaan kijken en heeft de huisarts gebeld.",
                also=("contacten",),
            ),
            Q(
                "De buurtverbinder signaleert dingen die de wijkteams missen: schulden, "
                "verwaarlozing, iemand die vereenzaamt na het overlijden van zijn vrouw."
            ),
            Q(
                "Mensen vertellen hier dingen die ze bij de huisarts niet durven zeggen. Dat ze "
                "'s avonds niemand hebben om mee te praten, bijvoorbeeld."
            ),
            Q(
                "Als iemand twee keer niet komt opdagen bij de koffieochtend of een andere "
                "activiteit, belt een van de vrijwilligers even aan. Zo vallen kwetsbare "
                "mensen niet tussen wal en schip.",
                also=("inloop",),
            ),
            Q(
                "Het signaleren gebeurt vaak informeel, aan de koffietafel. Een opmerking over "
                "slecht slapen of weinig eten kan al een teken van eenzaamheid zijn."
            ),
        ),
    ),
    EvalCode(
        "zorgvragen",
        "Zorgvragen voorkomen",
        "Een sterkere sociale basis voorkomt of vermindert zwaardere zorgvragen.",
        "preventie",
        (r"zorgvra", r"voorkom"),
        (
            Q(
                "Doordat buren elkaar opvangen, komen mensen minder snel bij de formele zorg "
                "terecht. Je voorkomt zwaardere zorgvragen."
            ),
            Q(
                "Een moeder met psychische klachten kon na haar opname terugvallen op een "
                "groepje vrouwen hier. De wijkverpleging hoefde maar één keer per week te komen.",
                also=("wederkerigheid",),
            ),
            Q(
                "Ik weet zeker dat een paar kwetsbare bewoners zonder dit netwerk in de zware zorg "
                "waren beland. Nu wordt er op tijd aan de bel getrokken."
            ),
            Q(
                "Door de buurtaanpak kunnen we voorkomen dat problemen escaleren. Eenvoudige "
                "zorgvragen worden in de buurt opgelost, zonder indicatie."
            ),
            Q(
                "De preventieve waarde is lastig hard te maken, maar de huisarts ziet minder "
                "mensen met vage klachten sinds de inloop er is.",
                also=("eenzaamheid",),
            ),
            Q(
                "Zorgvragen die bij het wijkteam van de gemeente binnenkomen, zijn vaak al een "
                "tijd aan het broeien. Hier pak je ze eerder op."
            ),
        ),
    ),
    EvalCode(
        "stigma",
        "Stigma en beeldvorming",
        "Vooroordelen over kwetsbare groepen (ggz, dak- en thuislozen, mensen met een "
        "beperking) in de buurt.",
        "preventie",
        (r"stigma", r"beeldvorming"),
        (
            Q(
                "Er heerst een stigma rond de cliënten van het Leger des Heils. Buurtbewoners "
                "denken dat het allemaal junks zijn."
            ),
            Q(
                "Toen bekend werd dat er een woonvorm voor mensen met GGZ-problematiek kwam, "
                "ging er een petitie rond. Mensen waren bang voor overlast."
            ),
            Q(
                "De beeldvorming verandert als mensen elkaar leren kennen. Bij het buurtfeest "
                "stond een ex-dakloze achter de barbecue, dat deed meer dan een "
                "voorlichtingsavond.",
                also=("buurtfeest",),
            ),
            Q(
                "Ze noemden het 'dat gestichtje'. Nu komen dezelfde buren er koffie drinken en "
                "kennen ze de bewoners bij naam, met hun problemen en al."
            ),
            Q(
                "Mensen met een beperking worden in de wijk vaak over het hoofd gezien, of juist "
                "met medelijden bekeken. Ze willen gewoon meedoen, niet alleen zorg krijgen."
            ),
            Q(
                "Het stigma zit ook bij professionals. Een cliënt die vrijwilligerswerk wil "
                "doen, wordt eerst gezien als risico."
            ),
        ),
    ),
    EvalCode(
        "ervaringsdeskundigheid",
        "Ervaringsdeskundigheid",
        "Inzet van mensen met eigen ervaring (verslaving, dakloosheid, psychische problemen) "
        "om anderen te bereiken.",
        "preventie",
        (r"ervaringsdeskundig",),
        (
            Q(
                "Onze ervaringsdeskundigen bereiken mensen die voor hulpverleners de deur "
                "dichthouden. Ze hebben zelf op straat geleefd."
            ),
            Q(
                "Hij weet hoe het is om verslaafd te zijn en alles kwijt te raken. Als hij zegt "
                "dat het anders kan, geloven ze hem eerder dan de hulpverlening."
            ),
            Q(
                "Ervaringsdeskundigheid vergroot het bereik. Mensen durven eerder hun verhaal te "
                "doen bij iemand die het zelf heeft meegemaakt.",
                also=("zorgvragen",),
            ),
            Q(
                "Een vrouw die zelf jaren in de schulden zat, helpt nu buurtgenoten met hun "
                "post. Zij schaamt zich niet, en daardoor schamen zij zich ook minder.",
                also=("wederkerigheid",),
            ),
            Q(
                "Van cliënt in de zorg naar vrijwilliger naar betaalde kracht: dat pad laat aan "
                "anderen zien dat herstel mogelijk is."
            ),
            Q(
                "Als ervaringsdeskundige sta je tussen de organisatie en de straat in. Je "
                "spreekt beide talen."
            ),
        ),
    ),
)

# Held out of the code profiles for the codes-for-a-passage measure: one quotation with
# and one without the code's key words is typical, but the indices are fixed in advance
# (the 3rd and the 5th), not chosen per code.
HELD_OUT_INDICES: tuple[int, ...] = (2, 4)
