"""A third, held-out labelled evaluation set for theme suggestion and code ranking.

What it is: twenty open codes with exactly six quotations each, written as Dutch interview
fragments from an evaluation of a neighbourhood programme for older residents who live at
home (eenzaamheid, dagbesteding, digitale vaardigheden, mantelzorg en respijtzorg,
vrijwillige buurthulp, valpreventie, woningaanpassing, vervoer, samenwerking tussen
huisarts, wijkverpleging, wijkteam en welzijn, financiering en indicaties). The format is
that of `nlp_eval_data` (whose dataclasses are imported); the programme and every sentence
are different from `nlp_eval_data` and `nlp_eval_data_b`.

Its themes are subject clusters, unlike set b's CIMO roles: after open coding, codes that
are about the same thing are grouped into a larger theme, the step the Samen Buurten
0-meting (../shared/seeds, section 2.5) describes as "Vergelijkbare codes zijn samen
geclusterd tot grotere thema's". So all codes about loneliness and social contact form one
theme, all codes about money, rules and indications another, regardless of whether a code
describes a context, an intervention, a mechanism or an outcome. Five themes of four codes
each: eenzaamheid en sociaal contact, mantelzorg en vrijwillige hulp, veilig wonen en
mobiliteit, samenwerking tussen huisarts, zorg en welzijn, financiering en indicaties.

Written blind on 2026-11-25: the author did not read the suggestion algorithms, their
tests or their figures, and ran no sbcoder code and no similarity or NLP computation on
this text (only a plain-regex check of the constraints below). It is not tuned, and it
must never be edited to suit an algorithm; if an algorithm does badly on it, that is the
finding.

Constraints it was written to, as real data would meet them:

- every code has a name of 2-4 words, a one-sentence Dutch description of what the
  researcher means by it, and `keywords`: case-insensitive regexes for the key words of
  its name;
- in every code exactly 3 of the 6 quotations avoid the code's key words (match none of
  its `keywords`), and which positions avoid them varies from code to code: each of the
  twenty possible sets of three positions is used once, so each position 0-5 avoids them
  in ten of the twenty codes;
- quotations are spoken Dutch of 15-50 words (1-3 sentences), with inflected, compound and
  diminutive forms, names, numbers and filler (gewoon, eigenlijk, hoor);
- the everyday words of the field (`EVERYDAY_WORDS`: ouderen, gemeente, wijk, mensen,
  thuis) occur in every theme, and some quotations use vocabulary of another theme or of
  another code's name (a quotation about day care mentions the bus, one about cuts
  mentions the fall-prevention course), as real ones do;
- ten quotations carry a second code (`also`), five of them across themes;
- codes within a theme are related in meaning, but they do not all repeat identical words.

`HELD_OUT_INDICES` is (2, 4), the same as in `nlp_eval_data` and `nlp_eval_data_b`, for
format compatibility.
"""

from __future__ import annotations

from nlp_eval_data import EvalCode, EvalQuote

THEMES: dict[str, str] = {
    "contact": "Eenzaamheid en sociaal contact",
    "informele_hulp": "Mantelzorg en vrijwillige hulp",
    "wonen": "Veilig wonen en mobiliteit",
    "samenwerking": "Samenwerking tussen huisarts, zorg en welzijn",
    "financiering": "Financiering en indicaties",
}

# Everyday words that every theme shares (regexes).
EVERYDAY_WORDS: tuple[str, ...] = (
    r"\boudere(n)?\b",
    r"gemeente",
    r"\bwijk",
    r"mensen",
    r"thuis",
)

Q = EvalQuote

CODES: tuple[EvalCode, ...] = (
    # --- Eenzaamheid en sociaal contact -------------------------------------------------------
    EvalCode(
        "verborgen_eenzaamheid",
        "Verborgen eenzaamheid",
        "Ouderen die alleen en geïsoleerd leven zonder dat buren of hulpverleners het merken, en "
        "die er zelf niet over praten.",
        "contact",
        (r"eenza", r"verborg"),
        (
            Q(
                "Eenzaamheid zie je niet aan de buitenkant. Meneer Bakker had altijd zijn heg "
                "netjes geknipt, maar binnen had hij in weken met niemand gesproken, behalve met "
                "de caissière van de Jumbo."
            ),
            Q(
                "Ze zeggen allemaal dat het prima gaat, hoor. Pas bij het derde kopje koffie "
                "vertelde mevrouw Smit dat de telefoon soms een hele week niet gaat."
            ),
            Q(
                "Veel ouderen schamen zich voor hun eenzaamheid, ze willen niemand tot last zijn. "
                "Dus als de gemeente een enquête stuurt, vullen ze gewoon in dat ze genoeg "
                "contacten hebben."
            ),
            Q(
                "Het zijn vaak de mensen achter de voordeur die je nooit ziet. Geen kinderen in de "
                "buurt, geen hobby's meer, en de gordijnen blijven overdag ook dicht."
            ),
            Q(
                "Via de huisartsenpraktijk kwamen we bij een heel verborgen groep terecht: mannen "
                "van in de tachtig, alleenstaand, die nergens op afkomen en nergens om vragen."
            ),
            Q(
                "Bij de huisbezoeken aan vijfenzeventigplussers zei één op de vijf dat ze niemand "
                "hebben om op terug te vallen. Dat hadden wij in de wijk echt niet zo verwacht."
            ),
        ),
    ),
    EvalCode(
        "verlies_partner",
        "Rouw na verlies partner",
        "Het overlijden van een levenspartner als moment waarop ouderen alleen komen te staan en "
        "hun dagelijks leven en sociale netwerk krimpen.",
        "contact",
        (r"\brouw", r"verlies|verliez|verloor|verloren", r"partner"),
        (
            Q(
                "Sinds haar man vorig jaar is overleden, komt mevrouw De Vries de deur bijna niet "
                "meer uit. Hij deed altijd het woord, zei ze, en nu weet ze niet waar ze moet "
                "beginnen."
            ),
            Q(
                "Na het verlies van een partner valt vaak ook de vriendenkring weg. Het waren de "
                "vrienden van het stel, en als weduwe hoor je er ineens niet meer bij."
            ),
            Q(
                "Meneer Jansen kon niet eens een ei koken toen Riet stierf. Vijfenvijftig jaar "
                "getrouwd, en dan sta je op je zesentachtigste ineens alleen in de keuken."
            ),
            Q(
                "We hebben nu een rouwgroepje in het wijkcentrum, eens per twee weken. Er komen "
                "zes, zeven mensen, en die steunen elkaar meer dan wij dat ooit zouden kunnen."
            ),
            Q(
                "Het eerste jaar komen de kinderen en de buren nog vaak langs. Daarna wordt het "
                "stil, en dan merk je pas hoe alleen zo'n weduwnaar eigenlijk is, ook al zegt hij "
                "niks.",
                also=("verborgen_eenzaamheid",),
            ),
            Q(
                "De wijkverpleegkundige merkte dat meneer afviel nadat zijn partner was overleden. "
                "Hij at gewoon niet meer, want koken deed zij altijd, daar had hij nooit bij "
                "stilgestaan."
            ),
        ),
    ),
    EvalCode(
        "dagbesteding_ontmoeting",
        "Ontmoeting op dagbesteding",
        "Dagbesteding en inloopactiviteiten als plek waar ouderen uit de wijk elkaar treffen, "
        "vriendschappen sluiten en een ritme in de week houden.",
        "contact",
        (r"ontmoet", r"dagbesteding"),
        (
            Q(
                "Op dinsdag en donderdag is er de soos in De Klaproos. Dan wordt er gesjoeld, "
                "gekaart en warm gegeten, en voor sommige mensen is dat gewoon het enige uitje van "
                "de week. Meneer Hoekstra staat er al om negen uur, terwijl we pas om tien "
                "beginnen."
            ),
            Q(
                "Mijn moeder kleedt zich op de groepsochtenden weer netjes aan, doet haar broche "
                "op. Ze heeft daar vriendinnen gekregen, op haar zevenentachtigste nog, dat had ik "
                "nooit gedacht."
            ),
            Q(
                "De dagbesteding zit in het oude schoolgebouw, en dat is voor veel ouderen te ver "
                "lopen. Zonder de rolstoelbus zou de helft van de deelnemers gewoon thuis blijven "
                "zitten.",
                also=("vervoer_voorzieningen",),
            ),
            Q(
                "Het is echt een ontmoetingsplek geworden. Mensen blijven na de lunch nog een uur "
                "hangen, alleen om bij te praten, terwijl het programma om één uur klaar is."
            ),
            Q(
                "Bij de dagbesteding voor mensen met dementie schuiven ook mantelzorgers soms even "
                "aan. Die ontmoeten daar lotgenoten, en dat blijkt voor hen minstens zo "
                "belangrijk."
            ),
            Q(
                "Eerst wilde meneer Koster niet, dat was voor oude mensen, zei hij. Nu is hij "
                "degene die elke week de koffie zet en nieuwe mensen aan tafel haalt."
            ),
        ),
    ),
    EvalCode(
        "digitaal_contact",
        "Digitaal in contact blijven",
        "Ouderen die leren beeldbellen, appen of een tablet gebruiken om de band met familie en "
        "buurtgenoten te onderhouden.",
        "contact",
        (r"digita", r"contact"),
        (
            Q(
                "Op de digitale cursus in de bibliotheek leerde mevrouw Pieters beeldbellen. Nu "
                "ziet ze elke zondag haar kleinzoon in Canada, en dat maakt haar hele week goed."
            ),
            Q(
                "Digitale vaardigheden worden vaak gezien als iets voor de bank en de DigiD. Maar "
                "voor veel ouderen hier gaat het eerst om contact met de kinderen en de "
                "kleinkinderen."
            ),
            Q(
                "Er is nu een appgroep van de flat, met achtentwintig bewoners. Als iemand een "
                "paar dagen niks van zich laat horen, vraagt er altijd wel eentje of alles goed "
                "is."
            ),
            Q(
                "Ze had zo'n tablet van haar zoon gekregen, maar die lag al twee jaar in de la. "
                "Met een vrijwilliger erbij stuurt ze nu foto's van haar tuintje naar de "
                "kleinkinderen."
            ),
            Q(
                "Sommige ouderen durven niet op die knopjes te drukken, bang dat ze iets "
                "kapotmaken. Pas na tien keer oefenen aan de keukentafel belde meneer Visser zelf "
                "zijn dochter, met beeld erbij."
            ),
            Q(
                "Tijdens corona hebben we veertig tablets uitgedeeld via de gemeente. Een deel "
                "wordt nog steeds gebruikt om contact te houden, een deel ligt ongebruikt in de "
                "kast."
            ),
        ),
    ),
    # --- Mantelzorg en vrijwillige hulp -------------------------------------------------------
    EvalCode(
        "overbelaste_mantelzorgers",
        "Overbelaste mantelzorgers",
        "Partners, kinderen of buren die zoveel zorg op zich nemen dat ze zelf uitgeput of ziek "
        "raken.",
        "informele_hulp",
        (r"overbel", r"mantelzorg"),
        (
            Q(
                "Zijn vrouw doet alles alleen: wassen, aankleden, 's nachts drie keer eruit. Toen "
                "ik er kwam, zat zij te huilen in de keuken en hij zat te wachten op zijn koffie."
            ),
            Q(
                "De dochter rijdt elke dag na haar werk veertig kilometer heen en weer naar haar "
                "vader. Ze zei tegen me: ik ben zelf ook drieënzestig, ik houd dit niet lang meer "
                "vol."
            ),
            Q(
                "Het gaat vaak mis bij de partner die zorgt, niet bij de oudere die zorg krijgt. "
                "Die krijgt dan zelf een burn-out of valt van de trap, en dan gaan er ineens twee "
                "mensen onderuit."
            ),
            Q(
                "Mantelzorgers melden zich pas als het eigenlijk al te laat is. De gemeente geeft "
                "een mantelzorgwaardering van honderd euro, maar daar los je die overbelasting "
                "niet mee op."
            ),
            Q(
                "Op de huishoudelijke hulp moest mevrouw vier maanden wachten, en al die tijd deed "
                "haar zoon het erbij, naast zijn eigen gezin. Zo raak je als mantelzorger echt "
                "overbelast.",
                also=("wachten_indicatie",),
            ),
            Q(
                "De meeste mantelzorgers in deze wijk zijn zelf al boven de zeventig. Die zorgen "
                "voor hun man met Parkinson en hebben zelf ook net een nieuwe heup."
            ),
        ),
    ),
    EvalCode(
        "respijtzorg",
        "Respijtzorg en logeeropvang",
        "Tijdelijke overname van de zorg, zoals logeeropvang of een oppas aan huis, zodat een "
        "mantelzorger even op adem kan komen.",
        "informele_hulp",
        (r"respijt", r"logee?r"),
        (
            Q(
                "Respijtzorg klinkt mooi, maar niemand weet wat het is. Als ik het woord gebruik "
                "bij een mantelzorger, kijkt die me aan alsof ik Chinees praat."
            ),
            Q(
                "Er zijn in de hele gemeente maar drie logeerbedden voor mensen met dementie. Die "
                "zitten in de zomer volgeboekt, juist als de kinderen er even tussenuit willen."
            ),
            Q(
                "Meneer ging twee nachtjes logeren in het zorghotel, zodat zijn vrouw naar de "
                "bruiloft van haar kleindochter kon. Voor haar was dat de eerste nacht doorslapen "
                "in een jaar."
            ),
            Q(
                "Eén middag per week komt er nu een vrijwilliger bij meneer zitten. Dan kan zijn "
                "vrouw naar de kapper of naar de markt, en ze zegt dat ze het daarmee weer een "
                "week volhoudt.",
                also=("overbelaste_mantelzorgers",),
            ),
            Q(
                "Mensen willen hun vader niet 'wegbrengen', ook niet voor een weekend. Dat voelt "
                "als verraad, dus dat schuldgevoel moet je eerst bespreken, voordat je iets "
                "regelt."
            ),
            Q(
                "Sinds dit voorjaar is de dagopvang in de wijk ook op zaterdag open. Dat vroegen "
                "de partners en kinderen die zorgen zelf: eindelijk een dag waarop ze niet hoeven "
                "op te letten."
            ),
        ),
    ),
    EvalCode(
        "buurthulp",
        "Vrijwillige buurthulp",
        "Praktische hulp van buurtbewoners en vrijwilligers aan ouderen, zoals boodschappen, "
        "klusjes of een ritje.",
        "informele_hulp",
        (r"vrijwil", r"buurthulp"),
        (
            Q(
                "De buurthulp doet nu zo'n vijftig klusjes per maand: een lamp vervangen, de tuin "
                "bijhouden, een ritje naar het ziekenhuis. Kleine dingen, maar daardoor kunnen "
                "mensen thuis blijven wonen."
            ),
            Q(
                "De buurman van twee hoog neemt elke vrijdag de boodschappen mee voor mevrouw "
                "Hendriks. Dat is nooit afgesproken, dat is gewoon zo gegroeid."
            ),
            Q(
                "Ouderen vinden het moeilijk om iets te vragen aan de buren. Ze willen iets "
                "terugdoen, dus wij zeggen: bak maar een cake voor Ahmed, die heeft uw "
                "gordijnrails opgehangen."
            ),
            Q(
                "Onze vrijwilligers komen bij mensen binnen waar verder niemand meer komt. Vaak "
                "gaat het om een klusje, maar ze blijven een uur koffiedrinken, en dat is "
                "eigenlijk de echte hulp.",
                also=("verborgen_eenzaamheid",),
            ),
            Q(
                "Er hangt een lijstje in de hal van de flat waar je op kunt zetten wat je nodig "
                "hebt. Soms staat er 'even praten' op, en dan belt er altijd wel iemand aan."
            ),
            Q(
                "Vrijwillige hulp is geen vervanging van de thuiszorg. De gemeente lijkt soms te "
                "denken dat de buurt het wel oplost, maar wij gaan geen steunkousen aantrekken."
            ),
        ),
    ),
    EvalCode(
        "vergrijzing_vrijwilligers",
        "Vergrijzing van vrijwilligers",
        "Vrijwilligers die zelf op leeftijd raken en afhaken, en de moeite om jongere mensen te "
        "vinden die het werk overnemen.",
        "informele_hulp",
        (r"vergrijz", r"vrijwil"),
        (
            Q(
                "Onze chauffeurs zijn gemiddeld vierenzeventig. Vorige maand moest Gerrit stoppen "
                "omdat hij zelf niet meer mocht rijden, en voor hem is er nog niemand in de "
                "plaats."
            ),
            Q(
                "De vrijwilligers van de soos worden zelf de ouderen die we helpen. Mevrouw Lamers "
                "zette twintig jaar koffie, nu schuift ze zelf aan met haar rollator."
            ),
            Q(
                "Jonge vrijwilligers vinden we bijna niet. Die willen hooguit eens iets doen, niet "
                "elke week op een vaste ochtend."
            ),
            Q(
                "Dezelfde vijf mensen doen al vijftien jaar alles, van de kerststukjes tot de kas, "
                "en ze lopen allemaal tegen de tachtig. Als er één uitvalt, ligt het stil."
            ),
            Q(
                "De vergrijzing raakt ons dubbel: meer ouderen die hulp nodig hebben, en minder "
                "mensen die het kunnen geven. In de wijk is de vrijwilligerspool in vijf jaar met "
                "een derde gekrompen."
            ),
            Q(
                "We hebben geprobeerd mbo-studenten erbij te halen, als stage. Dat ging een half "
                "jaar goed, maar toen waren ze klaar en stonden we weer met dezelfde grijze "
                "koppen."
            ),
        ),
    ),
    # --- Veilig wonen en mobiliteit -----------------------------------------------------------
    EvalCode(
        "valangst",
        "Angst om te vallen",
        "Vallen en de angst om te vallen, waardoor ouderen minder bewegen en minder buiten komen.",
        "wonen",
        (r"angst", r"\bval", r"gevallen", r"\bviel\b"),
        (
            Q(
                "Sinds ze in de badkamer is gevallen, durft mevrouw niet meer alleen te douchen. "
                "Ze wast zich nu aan de wastafel, en naar buiten gaat ze al helemaal niet meer."
            ),
            Q(
                "Meneer lag een hele nacht op de grond naast zijn bed, hij kon niet meer overeind "
                "komen. Sindsdien slaapt hij in zijn stoel in de kamer, met de telefoon op schoot."
            ),
            Q(
                "De valpreventiecursus in het buurthuis zat in een week vol: twaalf mensen, tien "
                "weken lang oefenen met opstaan, balans en struikelen. Na afloop liepen ze "
                "zichtbaar zekerder."
            ),
            Q(
                "Die angst is vaak erger dan het vallen zelf. Mensen gaan thuis minder bewegen, "
                "worden stijver, en daardoor wordt de kans juist groter dat het misgaat."
            ),
            Q(
                "Als het glad is, blijft de helft van de ouderen in deze straat gewoon binnen. Ze "
                "zijn zo bang voor een gebroken heup, dat ze liever een week niemand zien."
            ),
            Q(
                "Mevrouw struikelde over het kleedje in de gang en brak haar pols. De "
                "fysiotherapeut is daarna met haar het hele huis doorgelopen, alle losse kleden "
                "zijn eruit."
            ),
        ),
    ),
    EvalCode(
        "woningaanpassing",
        "Aanpassingen in de woning",
        "Voorzieningen in huis, zoals een traplift, beugels of een drempelloze douche, waardoor "
        "ouderen er kunnen blijven wonen.",
        "wonen",
        (r"aanpas", r"woning"),
        (
            Q(
                "De traplift is er na vijf maanden eindelijk gekomen. Daarvoor sliep meneer Bos "
                "beneden op de bank, omdat hij de trap niet meer op kwam, en zijn vrouw sliep "
                "alleen boven."
            ),
            Q(
                "Een woningaanpassing gaat via de Wmo, en dan komt er eerst een ergotherapeut, dan "
                "een offerte, dan nog een keer iemand van de gemeente. Mensen haken onderweg "
                "gewoon af."
            ),
            Q(
                "Vaak zijn het kleine dingen: een beugel naast de wc, een verhoogde toiletpot, een "
                "lampje met sensor voor 's nachts. Dat kost een paar tientjes en het scheelt heel "
                "veel."
            ),
            Q(
                "Het woonbedrijf heeft in deze flat alle drempels weggehaald en bij de ingang een "
                "automatische deur geplaatst. Sindsdien komen er veel meer bewoners met een "
                "rollator naar beneden."
            ),
            Q(
                "Na haar val hebben we de woning samen met de ergotherapeut aangepast: een "
                "douchestoel, steunen in de badkamer, een hoger bed. Ze durft zich nu weer zelf te "
                "wassen.",
                also=("valangst",),
            ),
            Q(
                "Veel ouderen willen geen aanpassingen, want dan lijkt het thuis net een "
                "ziekenhuis. Ze zeggen: zolang ik de trap nog op kom, hoeft het niet, en dan is "
                "het te laat."
            ),
        ),
    ),
    EvalCode(
        "vervoer_voorzieningen",
        "Vervoer naar voorzieningen",
        "Hoe ouderen zonder auto bij de huisarts, de winkel, de dagbesteding of hun familie komen.",
        "wonen",
        (r"vervoer", r"voorziening"),
        (
            Q(
                "Sinds de bushalte is verplaatst, is het vervoer een groot probleem. Naar de "
                "huisarts is het nu twintig minuten lopen, en dat redt mevrouw met haar rollator "
                "echt niet."
            ),
            Q(
                "De voorzieningen zijn uit de wijk verdwenen: de bank, de apotheek, de postbalie. "
                "Wat overblijft is één supermarkt, en die zit aan de andere kant van de ringweg."
            ),
            Q(
                "De Regiotaxi moet je een uur van tevoren bellen, en dan sta je er nog een uur op "
                "te wachten. Voor een afspraak in het ziekenhuis plannen mensen daarom de hele dag "
                "vrij."
            ),
            Q(
                "Toen meneer zijn rijbewijs moest inleveren, was hij eigenlijk ook zijn sociale "
                "leven kwijt. Naar de biljartclub in het dorp kwam hij niet meer, want dat is vijf "
                "kilometer."
            ),
            Q(
                "Het vrijwilligersvervoer rijdt nu drie dagen per week, voor een euro per rit. "
                "Vooral naar de dagbesteding en de fysiotherapeut, dat zijn de meeste ritten."
            ),
            Q(
                "Op de fiets gaat het niet meer en de buurtbus stopt om zes uur. Dus naar een "
                "verjaardag bij haar dochter in Amersfoort kan ze alleen als die haar komt halen."
            ),
        ),
    ),
    EvalCode(
        "verhuizen_woning",
        "Verhuizen naar passende woning",
        "De afweging van ouderen om in hun eigen huis te blijven of te verhuizen naar een "
        "gelijkvloerse of seniorenwoning, en wat die stap in de weg staat.",
        "wonen",
        (r"verhui", r"passend", r"woning"),
        (
            Q(
                "Er wonen hier honderden ouderen in een eengezinshuis met een trap, terwijl er "
                "nauwelijks appartementen met een lift te krijgen zijn. De wachtlijst voor de "
                "seniorenflat is acht jaar."
            ),
            Q(
                "Mevrouw woont al zevenenvijftig jaar in dit huis, hier zijn haar kinderen "
                "geboren. Weggaan is voor haar geen optie, ook al slaapt ze al twee jaar beneden "
                "in de kamer."
            ),
            Q(
                "Als je op je tachtigste nog moet verhuizen, ben je vaak te laat. Het moet "
                "eigenlijk rond je zeventigste, als je nog zelf kunt kiezen en in de nieuwe buurt "
                "mensen kunt leren kennen."
            ),
            Q(
                "Een passende woning is er wel, maar dan drie dorpen verder. En dan ben je je "
                "buren kwijt, je kerk, je huisarts. Dat ruilen mensen niet in voor een "
                "gelijkvloers huisje."
            ),
            Q(
                "De huur van zo'n nieuw appartement is vaak honderd euro hoger dan wat ze nu "
                "betalen. Daar haken veel mensen op af, hoe handig die lift ook is."
            ),
            Q(
                "Met de gemeente en de corporatie hebben we nu een verhuiscoach, een vrijwilliger "
                "die helpt met opruimen, dozen en de inschrijving. In een jaar zijn er elf mensen "
                "verhuisd."
            ),
        ),
    ),
    # --- Samenwerking tussen huisarts, zorg en welzijn ----------------------------------------
    EvalCode(
        "korte_lijnen_huisarts",
        "Korte lijnen met huisarts",
        "Direct en informeel contact tussen welzijn, wijkteam en huisartsenpraktijk, waardoor een "
        "oudere snel bij de juiste hulp komt.",
        "samenwerking",
        (r"\blijn", r"huisarts"),
        (
            Q(
                "De praktijkondersteuner belt me gewoon op als ze iemand ziet die steeds met vage "
                "klachten komt. Dan ga ik dezelfde week op huisbezoek, zonder formulier of "
                "verwijzing."
            ),
            Q(
                "De lijnen met de huisarts zijn kort sinds we in hetzelfde gezondheidscentrum "
                "zitten. Je loopt even binnen tussen twee spreekuren door, en dan is iets in vijf "
                "minuten geregeld."
            ),
            Q(
                "Niet elke huisarts doet mee. In de ene praktijk kennen ze ons bij naam, in de "
                "andere weet de assistente niet eens dat er een welzijnsorganisatie in de wijk is."
            ),
            Q(
                "Dokter Veenstra stuurt mensen nu naar de wandelgroep in plaats van ze een "
                "pilletje te geven. Dat doet hij sinds hij zelf een keer op de koffie is geweest."
            ),
            Q(
                "Voor de POH-ouderen zijn wij echt een verlengstuk geworden. Zij ziet het in de "
                "spreekkamer, wij kunnen bij mensen thuis komen, en dat vult elkaar goed aan."
            ),
            Q(
                "Huisartsen hebben geen tijd voor een praatje, dat snap ik ook wel. Maar een "
                "huisarts die even belt, dat werkt voor ouderen beter dan tien folders."
            ),
        ),
    ),
    EvalCode(
        "signalen_wijkverpleging",
        "Signalen van wijkverpleging",
        "Wijkverpleegkundigen en thuiszorg die bij hun bezoeken achteruitgang, vereenzaming of "
        "overbelasting opmerken en doorgeven aan wijkteam of welzijn.",
        "samenwerking",
        (r"signa", r"wijkverple"),
        (
            Q(
                "De wijkverpleegkundige ziet als eerste dat de koelkast leeg is of dat de post "
                "zich opstapelt. Die signalen kwamen vroeger nergens terecht, nu bellen ze ons."
            ),
            Q(
                "De zuster van Buurtzorg komt elke ochtend voor de steunkousen. Zij merkte dat "
                "mevrouw Kramer steeds verwarder werd en heeft het wijkteam ingeschakeld, nog "
                "voordat de familie iets doorhad."
            ),
            Q(
                "Als de thuiszorg ziet dat iemand bont en blauw is en zegt dat ze gestruikeld is, "
                "dan moet dat ergens heen. Bij ons komt dat nu in het overleg op dinsdag.",
                also=("valangst",),
            ),
            Q(
                "Wijkverpleging zit op twintig minuten per cliënt, dus er is weinig tijd om echt "
                "te kijken. Toch zijn zij onze belangrijkste bron van signalen, omdat ze dagelijks "
                "binnenkomen."
            ),
            Q(
                "We hebben een simpel signaleringskaartje gemaakt voor de thuiszorg en de "
                "wijkverpleegkundigen: vier vragen, en bij twee keer ja bel je de ouderenadviseur."
            ),
            Q(
                "Soms hoor je van de verpleging: meneer heeft al drie dagen niemand gesproken "
                "behalve mij. Dat is precies het soort informatie dat we bij de gemeente anders "
                "nooit zouden krijgen."
            ),
        ),
    ),
    EvalCode(
        "casusoverleg",
        "Gezamenlijk casusoverleg",
        "Vast overleg waarin huisarts, wijkverpleging, wijkteam en welzijn samen de situatie van "
        "kwetsbare ouderen bespreken en afspreken wie wat doet.",
        "samenwerking",
        (r"casus", r"overleg"),
        (
            Q(
                "Elke tweede dinsdag van de maand zitten we met zijn allen om tafel: de POH, "
                "Buurtzorg, het wijkteam en de ouderenadviseur. Dan bespreken we vijf, zes mensen "
                "waar we ons zorgen om maken."
            ),
            Q(
                "Vroeger ging iedereen bij dezelfde mevrouw langs zonder het van elkaar te weten. "
                "Nu spreken we af wie de regie neemt, en de rest houdt zich even gedeisd."
            ),
            Q(
                "In het casusoverleg merk je hoe verschillend we kijken. De wijkverpleging ziet "
                "een wond, wij zien een man die sinds de dood van zijn vrouw de deur niet meer "
                "uitkomt."
            ),
            Q(
                "Mag ik de naam van meneer noemen als de huisarts erbij zit? Daar hebben we in het "
                "begin echt lang over gesteggeld, tot we een toestemmingsformulier hadden.",
                also=("privacy_gegevens",),
            ),
            Q(
                "Het overleg kost wel tijd. Anderhalf uur per maand, met zes organisaties aan "
                "tafel, dat zijn dure uren, en niemand krijgt het vergoed."
            ),
            Q(
                "Zonder het overleg was meneer Dijkstra waarschijnlijk in het ziekenhuis beland, "
                "of in een verpleeghuis. Nu hebben de huisarts, de wijkverpleging en zijn dochter "
                "samen een plan gemaakt, en hij woont nog steeds gewoon thuis, met zijn kat."
            ),
        ),
    ),
    EvalCode(
        "privacy_gegevens",
        "Privacy bij gegevensdeling",
        "Onzekerheid en regels over welke informatie over ouderen professionals met elkaar en met "
        "de gemeente mogen delen.",
        "samenwerking",
        (r"privacy", r"gegeven"),
        (
            Q(
                "Privacy is de grootste rem. Iedereen roept AVG, terwijl niemand precies weet wat "
                "er dan wel mag."
            ),
            Q(
                "De gegevens van de wijkverpleging zitten in hun eigen systeem, de huisarts heeft "
                "weer een ander, en wij werken met Excel. Daar kun je niks mee uitwisselen."
            ),
            Q(
                "Ik moet mevrouw eerst om toestemming vragen voordat ik de huisarts bel. Maar met "
                "haar dementie weet ze een week later niet meer dat ze ja heeft gezegd."
            ),
            Q(
                "De gemeente wil cijfers over hoeveel ouderen we bereiken, met geboortedatum en "
                "adres erbij. Dat soort gegevens geven we niet zomaar door, dat hebben we de "
                "ambtenaar ook gezegd."
            ),
            Q(
                "Een buurman belde dat mevrouw Claes niet meer opendeed. Het wijkteam wist dat ze "
                "in het ziekenhuis lag, maar mocht dat niet vertellen, dus hij bleef twee dagen "
                "ongerust."
            ),
            Q(
                "Welzijn en zorg hebben verschillende regels over wat je mag doorvertellen. De "
                "wijkverpleegkundige heeft een beroepsgeheim, ik niet, en dat maakt het gesprek "
                "soms ongemakkelijk."
            ),
        ),
    ),
    # --- Financiering en indicaties -----------------------------------------------------------
    EvalCode(
        "wachten_indicatie",
        "Wachten op indicatie",
        "De tijd en moeite die het kost voordat ouderen via Wmo, Wlz of zorgverzekeraar recht "
        "krijgen op zorg, hulp of hulpmiddelen.",
        "financiering",
        (r"wacht", r"indic"),
        (
            Q(
                "Het keukentafelgesprek was in maart, de beschikking kwam in juli. Al die tijd "
                "deed de buurvrouw de boodschappen, anders had mevrouw gewoon niks te eten gehad."
            ),
            Q(
                "Voor een indicatie voor de Wlz moet iemand eigenlijk al bijna niks meer kunnen. "
                "Daartussen zit een grote groep ouderen die het thuis net niet redt en nergens "
                "recht op heeft."
            ),
            Q(
                "Meneer had een rolstoel nodig na zijn operatie. Dat duurde zes weken, en zo lang "
                "heeft hij thuis op de bank gezeten, want zonder kon hij de straat niet op."
            ),
            Q(
                "De wachttijd bij de Wmo is in onze gemeente opgelopen tot twaalf weken. De "
                "consulenten zijn overbelast, er zijn er twee vertrokken en niet vervangen."
            ),
            Q(
                "Wij mogen geen indicatie stellen, dus als welzijn kunnen we alleen maar "
                "doorverwijzen. En dan zegt mevrouw: ik heb het al drie keer aan iemand verteld, "
                "waarom nu weer?"
            ),
            Q(
                "Een scootmobiel aanvragen is een hele papierwinkel: een medische verklaring, een "
                "rijtest, een huisbezoek van de ergotherapeut. Voor iemand van negentig is dat "
                "bijna niet te doen."
            ),
        ),
    ),
    EvalCode(
        "eigen_bijdrage",
        "Eigen bijdrage",
        "Wat ouderen zelf moeten betalen voor hulp, vervoer of activiteiten, en hoe die kosten "
        "bepalen of ze er gebruik van maken.",
        "financiering",
        (r"bijdrage",),
        (
            Q(
                "Na drie maanden wachten had mevrouw eindelijk haar indicatie voor huishoudelijke "
                "hulp. Toen hoorde ze van de eigen bijdrage van negentien euro per maand, en zei "
                "ze het toch maar af.",
                also=("wachten_indicatie",),
            ),
            Q(
                "Meneer heeft de alarmknop weer laten weghalen, want dat abonnement kostte "
                "achttien euro per maand. Zijn dochter is daar heel boos om, maar hij zegt: ik red "
                "me wel."
            ),
            Q(
                "Voor de dagbesteding vraagt de gemeente een bijdrage van vijf euro per dag, met "
                "lunch erbij. Voor sommigen is dat net de reden om twee in plaats van drie dagen "
                "te komen."
            ),
            Q(
                "Bij de Regiotaxi betaal je per zone. Naar het ziekenhuis in de stad ben je zo "
                "tien euro kwijt, heen en terug, en dan gaan mensen dus niet naar de controle."
            ),
            Q(
                "Ouderen met een klein spaarpotje betalen de volle prijs, mensen zonder spaargeld "
                "krijgen alles vergoed. Die middengroep voelt zich gestraft omdat ze hun hele "
                "leven zuinig zijn geweest."
            ),
            Q(
                "We vragen voor de koffieochtend een vrijwillige bijdrage van vijftig cent. "
                "Niemand wordt weggestuurd, maar mensen willen graag iets geven, dan voelen ze "
                "zich geen liefdadigheidsgeval."
            ),
        ),
    ),
    EvalCode(
        "projectfinanciering",
        "Tijdelijke projectfinanciering",
        "Geld dat voor een beperkte periode of als pilot beschikbaar is, en de onzekerheid die dat "
        "geeft over het voortbestaan van het aanbod voor ouderen.",
        "financiering",
        (r"tijdelijk", r"project", r"financi"),
        (
            Q(
                "Het geld voor de ouderenconsulent loopt eind 2026 af. Niemand weet of de gemeente "
                "het daarna overneemt, en ondertussen solliciteert zij natuurlijk al ergens "
                "anders."
            ),
            Q(
                "Alles is hier projectgeld: twee jaar van het zorgkantoor, drie jaar uit een "
                "landelijk potje. Je bent de helft van de tijd bezig met de volgende aanvraag in "
                "plaats van met ouderen."
            ),
            Q(
                "De koffieochtend in De Klaproos draaide prima, maar de financiering stopte na de "
                "pilot. De mensen die er kwamen, zitten nu weer thuis, en dat vind ik eigenlijk "
                "onverantwoord.",
                also=("dagbesteding_ontmoeting",),
            ),
            Q(
                "Het is een tijdelijke regeling via het Gezond en Actief Leven Akkoord. Mooi dat "
                "het er is, maar je bouwt geen vertrouwen op bij ouderen als je er over een jaar "
                "weer weg bent."
            ),
            Q(
                "Elke keer als er een nieuwe subsidieronde is, moeten we weer iets nieuws "
                "verzinnen. Wat al goed werkt, zoals de valcursus, krijg je bijna nooit nog een "
                "keer vergoed."
            ),
            Q(
                "De wethouder kwam naar de opening en was heel enthousiast. Maar na de "
                "verkiezingen lag er een bezuiniging, en toen was het potje voor de wijk ineens "
                "leeg."
            ),
        ),
    ),
    EvalCode(
        "schotten_wetten",
        "Schotten tussen wetten",
        "De verdeling van zorg en ondersteuning over Wmo, Zorgverzekeringswet en Wlz, waardoor "
        "partijen naar elkaar wijzen en ouderen tussen wal en schip raken.",
        "financiering",
        (r"schot", r"\bwet(ten)?\b"),
        (
            Q(
                "Door de schotten tussen de wetten kijkt iedereen naar een ander. De gemeente "
                "zegt: dat is de zorgverzekeraar, de zorgverzekeraar zegt: dat valt onder de Wmo, "
                "en mevrouw zit ertussen."
            ),
            Q(
                "Wijkverpleging wordt betaald door de zorgverzekeraar, huishoudelijke hulp door de "
                "gemeente. Dus er komen twee organisaties over de vloer bij dezelfde meneer, die "
                "elkaar nooit spreken."
            ),
            Q(
                "Preventie valt eigenlijk nergens onder. De gemeente betaalt welzijn, de "
                "verzekeraar betaalt zorg, maar een cursus om zorg te voorkomen, daar voelt "
                "niemand zich verantwoordelijk voor."
            ),
            Q(
                "Zodra iemand naar de Wlz gaat, moet alle hulp opnieuw geregeld worden, met nieuwe "
                "mensen. Voor iemand met dementie is dat rampzalig, die raakt al zijn vertrouwde "
                "gezichten kwijt."
            ),
            Q(
                "Elke wet heeft zijn eigen loket en zijn eigen formulier. Als ouderenadviseur ben "
                "ik de helft van mijn tijd bezig om uit te zoeken onder welke wet iets valt."
            ),
            Q(
                "We proberen met de gemeente en de zorgverzekeraar samen één potje te maken, om "
                "die schotten te doorbreken. Daar wordt nu twee jaar over gepraat, er is nog niks "
                "getekend."
            ),
        ),
    ),
)

# Held out of the code profiles for the codes-for-a-passage measure; fixed in advance, as in
# nlp_eval_data and nlp_eval_data_b (the 3rd and the 5th quotation of every code).
HELD_OUT_INDICES: tuple[int, ...] = (2, 4)
