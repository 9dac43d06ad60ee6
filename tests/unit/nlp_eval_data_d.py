"""A fourth, held-out labelled evaluation set for theme suggestion and code ranking.

What it is: twenty open codes with exactly six quotations each, written as Dutch interview
fragments from an evaluation of a programme of neighbourhood-led greening and climate
adaptation in a post-war district (geveltuinen, tegels wippen, een buurtmoestuin,
regenwater en wateroverlast, hitte en verkoeling, energiecoaches en energiearmoede,
isolatie van huurwoningen, de woningcorporatie, het bewonersbudget, vrijwilligers en
onderhoud, vergunningen, conflicten tussen buren, jongeren, nieuwkomers en taal). The
format is that of `nlp_eval_data` (whose dataclasses are imported); the programme and
every sentence are different from `nlp_eval_data`, `nlp_eval_data_b` and `nlp_eval_data_c`.

Its themes are subject clusters, not CIMO roles or other functional roles: after open
coding, codes that are about the same thing are grouped into a larger theme, the step the
Samen Buurten 0-meting (../shared/seeds, section 2.5) describes as "Vergelijkbare codes
zijn samen geclusterd tot grotere thema's". So all codes about planting and tending green
in streets and gardens form one theme, all codes about rain and heat another, regardless
of whether a code describes a context, an intervention, a mechanism or an outcome. Five
themes of four codes each: vergroening van straat en tuin, wateroverlast en hitte,
energiearmoede en woningverbetering, organisatie en ondersteuning van
bewonersinitiatieven, samenleven en meedoen in de buurt.

Written blind on 2026-11-25: the author did not read the suggestion algorithms, their
tests or their figures, and ran no sbcoder code and no similarity or NLP computation on
this text (only a plain-regex check of the constraints below). It is not tuned, and it
must never be edited to suit an algorithm; if an algorithm does badly on it, that is the
finding.

Constraints it was written to, as real data would meet them:

- every code has a name of 2-4 words, a one-sentence Dutch description of what the
  researcher means by it, and `keywords`: case-insensitive regexes for the key words of
  its name, written narrowly (`tegel(?!ijk)` does not match "tegelijk", `[iï]sol` does
  match "geïsoleerd");
- in every code exactly 3 of the 6 quotations avoid the code's key words (match none of
  its `keywords`), and which positions avoid them varies from code to code: each of the
  twenty possible sets of three positions is used once, in shuffled order, so each
  position 0-5 avoids them in ten of the twenty codes;
- quotations are spoken Dutch of 15-50 words (1-3 sentences), with inflected, compound and
  diminutive forms, names, numbers and filler (gewoon, eigenlijk, hoor);
- the everyday words of the field (`EVERYDAY_WORDS`: bewoners, gemeente, buurt, mensen,
  straat) occur in every theme, and some quotations use vocabulary of another theme or of
  another code's name (a quotation about the budget mentions a regenton, one about
  young people a hittekaart, one about taal the energiecoach), as real ones do;
- eleven quotations carry a second code (`also`), five of them across themes;
- codes within a theme are related in meaning, but they do not all repeat identical words.

`HELD_OUT_INDICES` is (2, 4), the same as in the other sets, for format compatibility.
"""

from __future__ import annotations

from nlp_eval_data import EvalCode, EvalQuote

THEMES: dict[str, str] = {
    "groen": "Vergroening van straat en tuin",
    "klimaat": "Wateroverlast en hitte",
    "energie": "Energiearmoede en woningverbetering",
    "organisatie": "Organisatie en ondersteuning van bewonersinitiatieven",
    "samenleven": "Samenleven en meedoen in de buurt",
}

# Everyday words that every theme shares (regexes).
EVERYDAY_WORDS: tuple[str, ...] = (
    r"bewoner",
    r"gemeente",
    r"\bbuurt",
    r"mensen",
    r"\bstraat",
)

Q = EvalQuote

CODES: tuple[EvalCode, ...] = (
    # --- Vergroening van straat en tuin -------------------------------------------------------
    EvalCode(
        "geveltuin_aanleg",
        "Geveltuinen aanleggen",
        "Bewoners die smalle tuintjes langs de gevel van hun huis maken, alleen of samen met de "
        "straat, met grond en planten van de gemeente of het programma.",
        "groen",
        (r"geveltuin", r"aanleg|aangelegd"),
        (
            Q(
                "Mevrouw Yilmaz begon gewoon met twee stokrozen tegen haar voorgevel, zonder "
                "iemand iets te vragen. Een halfjaar later stonden er in de hele Merelstraat "
                "plantjes langs de muren."
            ),
            Q(
                "Op de klusdag hebben we in één zaterdag eenentwintig geveltuinen aangelegd. De "
                "gemeente bracht de grond en de planten, en de bewoners zelf hoefden alleen even "
                "een schep te pakken."
            ),
            Q(
                "Voor een geveltuintje haal je één rij tegels weg, dertig centimeter, meer niet. "
                "Maar je moet wel eerst bij de gemeente checken of de stoep breed genoeg blijft "
                "voor rolstoelen en kinderwagens.",
                also=("tegels_wippen",),
            ),
            Q(
                "Ik dacht eerst: wat moet ik met zo'n strookje aarde voor mijn raam? Nu zit ik 's "
                "avonds op mijn bankje tussen de lavendel en praat ik met iedereen die langsloopt."
            ),
            Q(
                "Eerst vijf huizen, toen vijftien, en nu heeft bijna de halve Lijsterstraat "
                "bloemen tegen de gevel. Mensen zien het bij de buurvrouw en willen het dan ook, "
                "zo gaat dat."
            ),
            Q(
                "Bij de aanleg hebben we expres gekozen voor inheemse planten, voor de bijen en "
                "vlinders. Die oude man op de hoek wilde liever geraniums, dus die heeft nu gewoon "
                "geraniums."
            ),
        ),
    ),
    EvalCode(
        "tegels_wippen",
        "Tegels wippen",
        "Het weghalen van tegels en andere verharding uit tuinen, opritten en stoepen, zodat er "
        "ruimte komt voor planten en regen in de bodem kan zakken.",
        "groen",
        (r"tegel(?!ijk)", r"wippen|gewipt|\bwipt?\b"),
        (
            Q(
                "Met het NK Tegelwippen deden we natuurlijk mee. We hebben in onze straat zo'n 340 "
                "tegels eruit gehaald, en voor elke tegel kreeg je bij de gemeente een plantje "
                "terug."
            ),
            Q(
                "Die achtertuinen waren allemaal dichtgestraat, van schutting tot schutting "
                "stenen. Nu ligt bij de helft gras of een border, en de bewoners vinden het zelf "
                "eigenlijk heel fijn."
            ),
            Q(
                "Het probleem is dat oudere mensen de tegels er niet zelf uit kunnen halen. Dus "
                "kwamen de jongens van het jongerenwerk met een kruiwagen, dat was een mooie "
                "samenwerking."
            ),
            Q(
                "Meneer Pinas wilde er eerst niks van weten, zijn oprit was zijn oprit. Toen we "
                "zeiden dat hij dan minder water in zijn kelder krijgt, mocht de helft van de "
                "klinkers er toch uit."
            ),
            Q(
                "Wat doe je met al dat puin? Die gewipte stenen moeten ergens heen, en de eerste "
                "keer stonden er twee weken lang stapels op de stoep, want de container kwam maar "
                "niet."
            ),
            Q(
                "Het mooiste vond ik die oude mevrouw. Sinds de bestrating eruit is, zei ze, komen "
                "er vlinders in mijn tuintje, en veertig jaar heb ik tegen grijs aangekeken."
            ),
        ),
    ),
    EvalCode(
        "buurtmoestuin",
        "Oogst uit de buurtmoestuin",
        "De gezamenlijke moestuin in de wijk, waar bewoners samen groente kweken, oogsten en "
        "delen.",
        "groen",
        (r"moestuin", r"oogst"),
        (
            Q(
                "Achter flat C hebben we twaalf bakken neergezet, van steigerhout. Iedere bak "
                "heeft een gezin, en de rest doen we samen: tomaten, sperziebonen, en dit jaar "
                "voor het eerst pompoenen."
            ),
            Q(
                "Fatima neemt altijd munt en koriander mee naar huis, die kweekt ze tussen de sla. "
                "Ze legt de Nederlandse vrouwen uit hoe je er thee van zet, dat is echt leuk om te "
                "zien."
            ),
            Q(
                "In september hebben we een oogstfeest gehouden met soep uit eigen tuin. Er kwamen "
                "bijna tachtig mensen, ook bewoners die nooit ergens op afkomen."
            ),
            Q(
                "De moestuin heeft wel één probleem: in juli is iedereen op vakantie en dan "
                "verdroogt alles. Dit jaar hebben we een schema gemaakt wie wanneer water geeft, "
                "maar dat liep ook niet."
            ),
            Q(
                "Er werd wel eens wat gejat, courgettes die 's nachts weg waren. Eerst was "
                "iedereen boos, maar nu zeggen we: als iemand het nodig heeft, dan is dat "
                "eigenlijk ook prima."
            ),
            Q(
                "Wat we oogsten gaat deels naar de voedselbank aan de Vondellaan. Dat vinden de "
                "vrijwilligers belangrijk, dat het niet alleen voor de mensen is die toevallig "
                "naast de tuin wonen."
            ),
        ),
    ),
    EvalCode(
        "onderhoud_groen",
        "Onderhoud van het groen",
        "Wie het aangelegde groen na de eerste aanplant bijhoudt, zoals water geven, wieden en "
        "snoeien, en welke afspraken daarover worden gemaakt.",
        "groen",
        (r"onderh[oa]ud|onderhield", r"\bgroen"),
        (
            Q(
                "Aanleggen is het makkelijke deel. Het onderhoud, daar gaat het mis, want na twee "
                "jaar zijn de mensen die begonnen zijn verhuisd of ze hebben er geen zin meer in."
            ),
            Q(
                "Het plantsoen op de hoek is van de gemeente, maar het groen wordt door ons "
                "bijgehouden. Dan moet je wel afspreken wie er snoeit, want de aannemer kwam ook "
                "een keer alles kortmaaien."
            ),
            Q(
                "Een groep van zes vaste vrijwilligers onderhoudt nu de boomspiegels in de hele "
                "wijk. Ze doen het elke dinsdagochtend, met koffie na afloop bij Ria op de stoep.",
                also=("vrijwilligers_kern",),
            ),
            Q(
                "In augustus was het zo droog dat de helft van de nieuwe struikjes dood was. "
                "Niemand voelde zich verantwoordelijk voor het water geven, iedereen dacht dat een "
                "ander het deed."
            ),
            Q(
                "Over het onkruid tussen de stoeptegels kregen we klachten. Sommige bewoners "
                "vinden het rommelig en bellen dan de gemeente, terwijl wij het juist expres laten "
                "staan voor de insecten."
            ),
            Q(
                "Je moet het bijhouden, anders wordt het een zooi en dan heb je de buurt tegen je. "
                "Eén keer per maand een wiedochtend, meer vraag ik niet eens."
            ),
        ),
    ),
    # --- Wateroverlast en hitte ---------------------------------------------------------------
    EvalCode(
        "wateroverlast_buien",
        "Wateroverlast bij hoosbuien",
        "Ondergelopen straten, kelders en souterrains bij zware regen, en de schade en zorgen die "
        "dat bij bewoners geeft.",
        "klimaat",
        (r"overlast", r"hoosbui|\bbui(en|tje|tjes)?\b"),
        (
            Q(
                "Na die hoosbui in juni 2024 stond het water in de Spechtstraat tot aan de "
                "voordeuren. Drie gezinnen hadden een natte woonkamer, en de verzekering deed heel "
                "moeilijk."
            ),
            Q(
                "De putten kunnen het gewoon niet aan, dat riool is uit 1958. Als het een uur "
                "flink regent, loopt het hele kruispunt onder en kunnen de kinderen niet naar "
                "school fietsen."
            ),
            Q(
                "Mevrouw Kok heeft haar spullen in het souterrain nu allemaal op pallets gezet. "
                "Elke keer als het onweert ligt ze wakker, zegt ze, want twee keer is alles al nat "
                "geweest."
            ),
            Q(
                "Toen ik de foto's van die ondergelopen kelders liet zien, ging de wethouder "
                "ineens rechtop zitten. Daarna kwam het geld voor de wadi opeens wel snel, hoor."
            ),
            Q(
                "Waarom doen mensen mee aan het tegelwippen? Niet voor de vlinders, hoor, maar "
                "omdat ze genoeg hebben van de wateroverlast. Dat is bij de meeste bewoners de "
                "eerlijke motivatie.",
                also=("tegels_wippen",),
            ),
            Q(
                "Bij zware buien komt het water uit de putten omhoog, en dat stinkt dan ook nog. "
                "De gemeente zegt dat het door klimaatverandering komt en dat ze niet alles kunnen "
                "oplossen."
            ),
        ),
    ),
    EvalCode(
        "regenwater_opvangen",
        "Regenwater opvangen",
        "Maatregelen waarmee bewoners en gemeente regen vasthouden in plaats van die het riool in "
        "te sturen, zoals regentonnen, afgekoppelde regenpijpen, wadi's en kratten.",
        "klimaat",
        (r"regenwater", r"opvang|opgevangen|\bvang(en|t)?\b"),
        (
            Q(
                "We hebben in het voorjaar veertig regentonnen uitgedeeld, voor een tientje per "
                "stuk. Binnen een uur waren ze weg, er stond een rij tot aan de bakker."
            ),
            Q(
                "Het regenwater van de daken ging altijd direct het riool in. Nu is bij twintig "
                "woningen de regenpijp afgekoppeld, en dat loopt gewoon de tuin in."
            ),
            Q(
                "Op het grasveldje bij de school is een wadi gekomen, zo'n verlaagd stuk. Kinderen "
                "vonden het eerst een raar gat, nu spelen ze erin als het droog is en zoeken ze "
                "kikkers als het vol staat."
            ),
            Q(
                "Met een regenton vang je natuurlijk maar een klein beetje op, dat weet ik ook "
                "wel. Maar mensen gaan er wel anders door naar water kijken, en dat is ook wat "
                "waard."
            ),
            Q(
                "Die kratten onder het plein houden honderden liters vast, maar dat zie je niet. "
                "Bewoners vroegen ons: wat heeft het nou opgeleverd? Lastig uitleggen als er niks "
                "zichtbaars is."
            ),
            Q(
                "Ik gebruik het opgevangen water voor de moestuin en voor mijn geveltuin, dus ik "
                "hoef de kraan bijna niet meer open te draaien. Scheelt ook weer op de "
                "waterrekening."
            ),
        ),
    ),
    EvalCode(
        "hitte_zomer",
        "Hitte in de zomer",
        "Oververhitte woningen en straten tijdens warme periodes en de gevolgen daarvan voor de "
        "gezondheid en nachtrust van kwetsbare bewoners.",
        "klimaat",
        (r"hitte", r"zomer"),
        (
            Q(
                "Die galerijflats worden in de zomer echte broeikassen. Meneer Dijkstra woont op "
                "de vierde, die had vorig jaar in juli 32 graden in zijn slaapkamer."
            ),
            Q(
                "Bij een hittegolf gaan wij nu langs bij de alleenstaande ouderen in de straat, "
                "met een flesje water en een praatje. Dat is eigenlijk ontstaan vanuit de "
                "moestuingroep."
            ),
            Q(
                "Je kunt 's nachts de ramen niet open laten, want dan komt de herrie van het plein "
                "binnen. Dus slapen mensen met dertig graden binnen, en de kinderen liggen te "
                "huilen."
            ),
            Q(
                "Al die baksteen en al dat asfalt houden de warmte vast. Om middernacht is het in "
                "onze straat nog zevenentwintig graden, terwijl het in het park verderop veel "
                "frisser is.",
                also=("schaduw_verkoeling",),
            ),
            Q(
                "Ouderen drinken te weinig als het warm is, dat weten we. Maar in augustus lag er "
                "een buurman twee dagen uitgedroogd in huis voordat iemand het merkte."
            ),
            Q(
                "De zomers worden steeds heter, en dat zie je vooral in de huurhuizen zonder "
                "zonwering. Daar zou de verhuurder wat aan moeten doen, maar dat staat niet in hun "
                "plannen."
            ),
        ),
    ),
    EvalCode(
        "schaduw_verkoeling",
        "Schaduw en verkoeling",
        "Bomen, waterpunten en andere plekken in de openbare ruimte waar bewoners op warme dagen "
        "kunnen afkoelen, en het gebrek daaraan.",
        "klimaat",
        (r"schaduw", r"koel(er|e|te|ing|en)?\b"),
        (
            Q(
                "Op het Zwaluwplein staat geen enkele boom, alleen een bankje in de volle zon. "
                "Daar gaat dus niemand zitten, terwijl het de enige plek is om elkaar te zien."
            ),
            Q(
                "Wij willen graag drie lindes langs de straat, maar onder de stoep liggen kabels "
                "en leidingen. Dus moet het in bakken, en dat vinden de bewoners maar zielig, zo'n "
                "boompje in een bak."
            ),
            Q(
                "Dat watertappunt bij het speelveld is echt een succes. Moeders gaan er met hun "
                "kleintjes zitten, en de jongens van veertien spetteren elkaar nat tot tien uur 's "
                "avonds."
            ),
            Q(
                "Toen de oude kastanje werd gekapt, was er ineens geen schaduw meer op het "
                "schoolplein. Dat hebben we de gemeente echt kwalijk genomen."
            ),
            Q(
                "Op warme dagen zetten we de deur van het buurthuis open als koele plek. Er kwamen "
                "wel twintig mensen per middag, vooral ouderen die thuis geen airco of ventilator "
                "hebben."
            ),
            Q(
                "Bomen zijn de goedkoopste verkoeling die er is, zei de man van het waterschap. "
                "Maar een boom heeft twintig jaar nodig, dus je moet nu planten en niet pas als "
                "het nodig is."
            ),
        ),
    ),
    # --- Energiearmoede en woningverbetering --------------------------------------------------
    EvalCode(
        "energiecoach_bezoek",
        "Huisbezoek door energiecoach",
        "Getrainde buurtbewoners die bij mensen thuis langsgaan om energie te besparen, met advies "
        "en kleine maatregelen zoals tochtstrips en ledlampen.",
        "energie",
        (r"coach", r"bezoek|bezocht"),
        (
            Q(
                "Als energiecoach kom je echt overal binnen. Ik heb in anderhalf jaar 86 "
                "huishoudens bezocht, en bij de helft heb ik zelf de radiatorfolie achter de "
                "verwarming geplakt."
            ),
            Q(
                "Yusuf kwam met een tas vol spullen: tochtstrips, een douchekop, ledlampjes. In "
                "een uurtje had hij alles erin gezet, en mijn moeder zegt dat ze het nu minder "
                "koud heeft."
            ),
            Q(
                "Het werkt beter als iemand uit de eigen buurt aanbelt dan een bedrijf. Dan doen "
                "mensen open, anders denken ze dat het een verkoper is of iemand die ze wil "
                "oplichten."
            ),
            Q(
                "De coaches hebben een training gehad van drie avonden. Ik vond dat wel kort, want "
                "je krijgt bij zo'n bezoek van alles te horen, ook over schulden en ziekte."
            ),
            Q(
                "Na het eerste bezoek plannen we altijd een tweede afspraak, na drie maanden. Dan "
                "kijken we samen naar de meterstanden, en mensen vinden het echt leuk als die "
                "gedaald zijn."
            ),
            Q(
                "Soms zit je aan de keukentafel en blijkt er al maanden een brief van de "
                "energieleverancier ongeopend te liggen. Dan ben je ineens geen adviseur meer, "
                "maar hulpverlener.",
                also=("armoede_energierekening",),
            ),
        ),
    ),
    EvalCode(
        "armoede_energierekening",
        "Armoede door energierekening",
        "Huishoudens die hun energiekosten niet of nauwelijks kunnen betalen en daardoor "
        "bezuinigen op verwarming, eten of andere eerste levensbehoeften.",
        "energie",
        (r"armoede", r"energierekening|afrekening"),
        (
            Q(
                "Mevrouw Bos stookt niet boven de vijftien graden, ze zit met een deken op de "
                "bank. Ze zei: liever koud dan schulden, zo ben ik opgevoed."
            ),
            Q(
                "Energiearmoede zit vaak achter de voordeur waar je het niet verwacht. Ook mensen "
                "met een baan, in de thuiszorg of de schoonmaak, komen gewoon niet meer rond."
            ),
            Q(
                "Toen de prijzen in 2022 omhoog schoten, werd de energierekening voor sommige "
                "gezinnen in de Vinkenbuurt drie keer zo hoog. Dat hebben die mensen nog steeds "
                "niet ingelopen."
            ),
            Q(
                "Een Syrisch gezin kreeg een eindafrekening van 1.400 euro en begreep de brief "
                "niet. Pas toen hun dochter hem aan de juf liet zien, kwam er hulp.",
                also=("nieuwkomers_taal",),
            ),
            Q(
                "Veel bewoners durven niet te zeggen dat ze het niet kunnen betalen. Die schaamte "
                "is groot, dus ze bezuinigen liever stilletjes op de boodschappen."
            ),
            Q(
                "Het maandbedrag van Essent ging van 110 naar 290 euro. Daar kun je van een "
                "bijstandsuitkering gewoon niet bij, dan moet er iets anders weg, en dat is "
                "meestal eten."
            ),
        ),
    ),
    EvalCode(
        "isolatie_huurwoningen",
        "Isolatie van huurwoningen",
        "De slechte isolatie van oudere huurwoningen en de pogingen om dubbel glas, dak- en "
        "vloerisolatie voor elkaar te krijgen.",
        "energie",
        (r"[iï]sol", r"huurwoning"),
        (
            Q(
                "In die portiekflats zit nog enkel glas uit de jaren vijftig. Als het waait "
                "bewegen de gordijnen, ook met de ramen dicht."
            ),
            Q(
                "Je kunt tochtstrips plakken wat je wilt, maar als de spouwmuur leeg is en de "
                "vloer koud, schiet je daar weinig mee op. Dat moet echt van de verhuurder komen."
            ),
            Q(
                "Van de 600 huurwoningen in de wijk is ongeveer een derde nu geïsoleerd. De rest "
                "zou in 2028 aan de beurt zijn, maar dat schuift steeds op."
            ),
            Q(
                "Bij de isolatie van de eerste blokken moesten de huurders weken met steigers voor "
                "het raam leven. Sommigen zeiden daarna: ik hoef het niet meer, laat maar zo."
            ),
            Q(
                "Na de vloerisolatie zei mevrouw Reijnders dat ze voor het eerst in dertig jaar "
                "warme voeten had. Dat soort verhalen moet je ophalen, die zeggen meer dan "
                "cijfers."
            ),
            Q(
                "Voor het dubbel glas en de nieuwe kozijnen moest zeventig procent van de huurders "
                "tekenen, anders ging het niet door. Wij zijn als bewonerscommissie langs alle "
                "deuren gegaan.",
                also=("corporatie_terughoudend",),
            ),
        ),
    ),
    EvalCode(
        "corporatie_terughoudend",
        "Terughoudende woningcorporatie",
        "Ervaringen van bewoners met een woningcorporatie die toezeggingen uitstelt, weinig "
        "meebeweegt met initiatieven of slecht bereikbaar is.",
        "energie",
        (r"terughoud", r"corporatie"),
        (
            Q(
                "De corporatie zegt steeds dat het op de planning staat. Maar die planning "
                "verschuift elk jaar, en intussen zitten mensen met schimmel op de slaapkamer."
            ),
            Q(
                "Woonkracht is heel terughoudend met geveltuinen tegen hun gebouwen, vanwege het "
                "vocht in de muren. Dus bij de flats mocht het niet, en in de straat met "
                "koophuizen wel."
            ),
            Q(
                "Bij Woonkracht heb je elke keer een andere medewerker aan de lijn. Je legt het "
                "hele verhaal opnieuw uit, en dan hoor je: daar ga ik niet over."
            ),
            Q(
                "Wij hebben als bewonerscommissie aangeboden zelf de binnentuin te doen. De "
                "corporatie wilde eerst een contract, een verzekering en een "
                "risico-inventarisatie, dat duurde een jaar."
            ),
            Q(
                "De verhuurder wil pas iets aan die huizen doen als ze toch gesloopt of "
                "gerenoveerd worden, en de gemeente zegt dat het niet haar bezit is. Wij zitten "
                "daar tussenin."
            ),
            Q(
                "Zonnepanelen op het dak van de flat? Dat mag niet van de eigenaar, vanwege de "
                "verzekering en het dakbeheer. We hebben er drie brieven over gestuurd."
            ),
        ),
    ),
    # --- Organisatie en ondersteuning van bewonersinitiatieven --------------------------------
    EvalCode(
        "bewonersbudget_aanvragen",
        "Bewonersbudget aanvragen",
        "Hoe bewoners geld uit het bewonersbudget of de wijkpot aanvragen, besteden, verantwoorden "
        "en onderling verdelen.",
        "organisatie",
        (r"budget", r"aanvra|aangevraagd"),
        (
            Q(
                "Uit de wijkpot kregen we 2.500 euro voor de plantenbakken en de aarde. Dat was "
                "snel geregeld, binnen drie weken stond het geld op de bankrekening van de "
                "stichting."
            ),
            Q(
                "Het aanvraagformulier voor het bewonersbudget is acht pagina's. Voor iemand die "
                "niet goed Nederlands schrijft, is dat gewoon een muur."
            ),
            Q(
                "Wie beslist er eigenlijk waar het geld heen gaat? In de Kievitbuurt zit een "
                "bewonerscommissie van vier mensen, en die kennen elkaar allemaal. Dat vinden "
                "anderen niet eerlijk."
            ),
            Q(
                "We hebben budget aangevraagd voor een regenton-actie, maar dat werd afgewezen "
                "omdat het 'geen sociaal doel' was. Terwijl de halve straat er bij de koffie over "
                "zit te praten."
            ),
            Q(
                "Voor de moestuinbakken moesten we eerst drie offertes aanvragen, bijna voor een "
                "zak potgrond. En achteraf alle bonnetjes inleveren, dat kost onze penningmeester "
                "avonden.",
                also=("vergunningen_procedures",),
            ),
            Q(
                "Tweeduizend euro is veel geld voor mensen hier, hoor. Als je dat mag uitgeven aan "
                "je eigen straat, voel je je ook serieus genomen."
            ),
        ),
    ),
    EvalCode(
        "vrijwilligers_kern",
        "Vaste kern vrijwilligers",
        "De kleine groep vaste bewoners die het meeste werk doet, en de zorgen over hun "
        "overbelasting en opvolging.",
        "organisatie",
        (r"\bkern", r"vrijwillig"),
        (
            Q(
                "Er is een harde kern van zes, zeven mensen, en die doen alles. Als Henk en Joke "
                "stoppen, dan valt de helft van de activiteiten gewoon om."
            ),
            Q(
                "Ik doe nu de geveltuinen, de regentonnen en de nieuwsbrief. Mijn vrouw zegt dat "
                "ik er meer uren in stop dan vroeger in mijn werk, en eigenlijk heeft ze gelijk."
            ),
            Q(
                "Nieuwe vrijwilligers komen wel, bijvoorbeeld voor één klusdag. Maar blijven is "
                "iets anders, daar heb je een vaste plek en een vast clubje voor nodig."
            ),
            Q(
                "Iedereen zegt: goed bezig, hoor! Maar als je vraagt wie er zaterdag mee wil "
                "schoffelen, kijkt de hele buurt ineens naar zijn schoenen."
            ),
            Q(
                "Het zijn bijna allemaal gepensioneerde bewoners, tussen de zestig en tachtig. "
                "Over vijf jaar is er niemand meer die het trekt, als we geen jongere mensen erbij "
                "krijgen."
            ),
            Q(
                "De gemeente noemt het vrijwilligerswerk, maar eigenlijk doen wij het werk van de "
                "groenaannemer. Zonder vergoeding, en zonder dat iemand even bedankt."
            ),
        ),
    ),
    EvalCode(
        "vergunningen_procedures",
        "Vergunningen en procedures",
        "Regels, vergunningen en ambtelijke procedures van de gemeente waar bewonersinitiatieven "
        "tegenaan lopen.",
        "organisatie",
        (r"vergunning", r"procedure"),
        (
            Q(
                "Voor een boom in de stoep moet je langs drie afdelingen: Stadsbeheer, Verkeer en "
                "de kabels-en-leidingenmensen. Ieder heeft z'n eigen formulier, en niemand kijkt "
                "naar het geheel."
            ),
            Q(
                "We wilden een buurtfeest op straat houden voor de opening van de wadi. Toen bleek "
                "dat we zes weken van tevoren een verkeersplan moesten indienen, met een tekening "
                "op schaal."
            ),
            Q(
                "De procedure voor een geveltuin is in onze gemeente gelukkig makkelijk: even "
                "melden, klaar. In de buurgemeente moet je er een vergunning voor hebben, dat vind "
                "ik belachelijk."
            ),
            Q(
                "Ambtenaren bedoelen het echt goed, hoor. Maar ze zijn zo bang voor "
                "aansprakelijkheid, als er iemand over een plantenbak struikelt, dat alles eerst "
                "juridisch getoetst moet worden."
            ),
            Q(
                "Voor het zeecontainertje met gereedschap bij de moestuin hadden we een "
                "omgevingsvergunning nodig. Dat heeft vier maanden geduurd, en intussen lag alles "
                "bij mensen in de schuur."
            ),
            Q(
                "De vergunningen zijn het ergste niet, het is de onzekerheid. Je krijgt nooit op "
                "tijd antwoord, dus je weet niet of je de vrijwilligers al kunt oproepen."
            ),
        ),
    ),
    EvalCode(
        "aanspreekpunt_ontbreekt",
        "Geen vast aanspreekpunt",
        "Het ontbreken van één bekende contactpersoon bij de gemeente of andere organisaties, "
        "waardoor bewoners van loket naar loket worden gestuurd.",
        "organisatie",
        (r"aanspreekpunt", r"\bvaste?\b"),
        (
            Q(
                "In het begin hadden we Sandra als vast aanspreekpunt bij de gemeente, die wist "
                "alles. Sinds zij weg is, hebben we in een jaar vier verschillende mensen gehad."
            ),
            Q(
                "Wat bewoners willen is één vaste persoon, iemand met een gezicht en een "
                "telefoonnummer. Niet een algemeen mailadres waar je na zes weken een "
                "standaardantwoord van krijgt."
            ),
            Q(
                "Ik bel 14 020 en dan word ik doorverbonden, en nog een keer, en dan hangt er "
                "iemand op. Uiteindelijk heb ik de wijkagent maar gevraagd wie ik moest hebben."
            ),
            Q(
                "Er zijn in onze buurt zeker zeven partijen bezig met groen en klimaat: gemeente, "
                "waterschap, Woonkracht, twee stichtingen. Wie moet ik nou bellen als er een boom "
                "omvalt?"
            ),
            Q(
                "De wijkregisseur is nu ons aanspreekpunt, maar die heeft ook vijf andere wijken. "
                "Je krijgt hem pas na twee weken te pakken, als het probleem al voorbij is."
            ),
            Q(
                "Bij Woonkracht wordt je mail doorgestuurd naar 'het team', en daar hoor je dan "
                "nooit meer wat van. Ik wil gewoon weten wie er over ons blok gaat.",
                also=("corporatie_terughoudend",),
            ),
        ),
    ),
    # --- Samenleven en meedoen in de buurt ----------------------------------------------------
    EvalCode(
        "conflicten_buren",
        "Conflicten tussen buren",
        "Ruzies en irritaties tussen buurtbewoners die rond de projecten ontstaan of oplaaien, "
        "bijvoorbeeld over lawaai, rommel of wie waarover beslist.",
        "samenleven",
        (r"conflict", r"\bburen\b"),
        (
            Q(
                "Er was een conflict over de moestuin: de ene groep wilde hekken, de andere juist "
                "helemaal open. Dat is uiteindelijk met een stemming opgelost, maar er zijn twee "
                "gezinnen afgehaakt."
            ),
            Q(
                "Die van nummer 23 hebben de stokrozen van de overkant er 's nachts uitgetrokken, "
                "omdat ze over hun stoep groeiden. Sindsdien groeten ze elkaar niet meer.",
                also=("geveltuin_aanleg",),
            ),
            Q(
                "Op zaterdagavond zitten er mensen bij de nieuwe picknicktafel tot een uur of twee "
                "te praten en te roken. De bewoners van de benedenwoningen worden er gek van, die "
                "willen dat hij weg gaat."
            ),
            Q(
                "Als buurtverbinder word je soms scheidsrechter tussen buren. Ik heb wel eens een "
                "uur aan een keukentafel gezeten over een regenton die op de erfgrens stond."
            ),
            Q(
                "Het is oud zeer, hoor. Die twee families hebben al twintig jaar gedoe met elkaar, "
                "en nu gaat het ineens over een plantenbak, maar het gaat eigenlijk helemaal niet "
                "over die plantenbak."
            ),
            Q(
                "Sommige buren vinden de verwilderde hoekjes lelijk en rommelig. Die zeggen: "
                "vroeger was het netjes in deze straat, nu lijkt het wel een oerwoud."
            ),
        ),
    ),
    EvalCode(
        "jongeren_betrekken",
        "Jongeren betrekken",
        "Pogingen om tieners en jongvolwassenen uit de wijk mee te laten doen aan de projecten, en "
        "wat daarbij wel en niet werkt.",
        "samenleven",
        (r"jonger", r"betrekken|betrokken|betrekt|betrok\b"),
        (
            Q(
                "Die jongens die altijd op het bankje bij de snackbar hangen, hebben we gevraagd "
                "de plantenbakken te timmeren. Ze kregen er een tientje per uur voor, en ze kwamen "
                "allemaal."
            ),
            Q(
                "Jongeren komen niet naar een vergadering in het buurthuis, dat moet je niet eens "
                "proberen. Maar als je ze een klus geeft met een begin en een eind, dan zijn ze "
                "er."
            ),
            Q(
                "Leerlingen van het Calvijn College hebben als profielwerkstuk een hittekaart van "
                "de wijk gemaakt. Waar het heet wordt, waar water blijft staan: ze wisten het "
                "beter dan de gemeente."
            ),
            Q(
                "Een meisje van zestien maakt nu de filmpjes voor onze Instagram. Sindsdien komen "
                "er ook vriendinnen van haar kijken bij de moestuin, dat had ik nooit verwacht."
            ),
            Q(
                "Eerst werden de jongeren weggejaagd van het pleintje, nu vragen we ze mee te "
                "denken over de inrichting. De oudere bewoners moesten daar wel aan wennen, moet "
                "ik zeggen.",
                also=("conflicten_buren",),
            ),
            Q(
                "Het is lastig om ze betrokken te houden. Na de zomervakantie zijn ze met iets "
                "anders bezig, of ze hebben een bijbaantje bij de Albert Heijn."
            ),
        ),
    ),
    EvalCode(
        "nieuwkomers_taal",
        "Taalbarrière bij nieuwkomers",
        "Bewoners die kort in Nederland wonen en door de taal of onbekendheid met hoe het hier "
        "werkt moeilijker mee kunnen doen.",
        "samenleven",
        (r"\btaal", r"nieuwkomer"),
        (
            Q(
                "De flyers waren alleen in het Nederlands, dus de halve straat wist van niks. Nu "
                "maken we alles ook in het Arabisch en Tigrinya, met veel plaatjes om de taal te "
                "omzeilen."
            ),
            Q(
                "Meneer Haile spreekt nog weinig Nederlands, maar hij is in Eritrea boer geweest. "
                "In de moestuin is hij nu degene die iedereen uitlegt wanneer je moet zaaien."
            ),
            Q(
                "Veel nieuwkomers weten niet dat je hier zelf iets mag aanvragen bij de gemeente. "
                "Waar zij vandaan komen, kwam de overheid niet bij je, en je ging er ook niet "
                "naartoe."
            ),
            Q(
                "Met de energiecoach ging het mis door de taal: mevrouw knikte steeds ja, maar had "
                "niks begrepen. Nu gaat er een buurvrouw mee die kan tolken."
            ),
            Q(
                "De statushouders in de Valkstraat kwamen naar het oogstfeest, maar bleven aan één "
                "tafel zitten. Het is niet dat mensen niet willen, je moet elkaar gewoon nog leren "
                "kennen."
            ),
            Q(
                "Via een WhatsApp-groep met een vertaalknop lukt het nu beter. Zo kan Amina in het "
                "Farsi vragen wanneer de volgende klusdag is, en krijgt ze gewoon antwoord."
            ),
        ),
    ),
    EvalCode(
        "trots_eigenaarschap",
        "Trots en eigenaarschap",
        "Het gevoel van bewoners dat de straat of het plein van hen is, en de trots op wat ze "
        "samen hebben gemaakt.",
        "samenleven",
        (r"trots", r"eigenaarschap"),
        (
            Q(
                "Vroeger zeiden mensen dat ze in de Vogelwijk woonden alsof ze zich ervoor "
                "schaamden. Nu nodigen ze familie uit om de straat te komen bekijken."
            ),
            Q(
                "Je merkt het eigenaarschap aan kleine dingen: iemand ruimt zwerfafval op zonder "
                "dat het gevraagd is, of zet een bordje bij de plantjes met 'niet plukken aub'."
            ),
            Q(
                "De kinderen zijn trots op hun eigen boom, ze hebben hem zelf geplant en een naam "
                "gegeven. Als er iemand tegenaan fietst, krijgt hij het met ze aan de stok."
            ),
            Q(
                "Toen de wethouder op bezoek kwam, stonden er ineens twintig bewoners op de stoep "
                "om alles te laten zien. Dat hadden ze zelf georganiseerd, wij hebben er niks aan "
                "gedaan."
            ),
            Q(
                "De gemeente praat graag over eigenaarschap van bewoners. Maar als het erom gaat "
                "wie er beslist over het plein, is dat ineens toch weer de gemeente."
            ),
            Q(
                "Het is nu óns plein, zeggen ze. Vroeger werd hier gedeald en was iedereen bang, "
                "nu zitten er 's avonds moeders met kinderwagens."
            ),
        ),
    ),
)

# Held out of the code profiles for the codes-for-a-passage measure; fixed in advance, as in
# the other sets (the 3rd and the 5th quotation of every code).
HELD_OUT_INDICES: tuple[int, ...] = (2, 4)
