"""A further held-out labelled evaluation set (set f) for theme suggestion and code ranking.

What it is: twenty open codes with exactly six quotations each, written as Dutch interview
fragments from an evaluation of a "buurtkamer" with a food bank and related services in a town
where many residents live on a low income (voedselbank, kledingruil, repair café, schulden en
geldzorgen, schaamte, vrijwilligers met een afstand tot werk, re-integratie, samenwerking met
kerken en moskeeën, huisvesting en tijdelijke contracten, kinderen en school, gezondheid en
stress, lokale politiek en subsidies). The format is that of `nlp_eval_data` (whose
dataclasses are imported); the programme and every sentence are different from
`nlp_eval_data` and `nlp_eval_data_b` to `nlp_eval_data_e`.

Its themes are subject clusters, not CIMO roles or other functional roles: after open
coding, codes that are about the same thing are grouped into a larger theme, the step the
Samen Buurten 0-meting (../shared/seeds, section 2.5) describes as "Vergelijkbare codes zijn
samen geclusterd tot grotere thema's". So all codes about food, clothing and repairs form one
theme, all codes about debts, rent and money stress another, regardless of whether a code
describes a context, an intervention, a mechanism or an outcome. Five themes of four codes
each: voedselbank, kledingruil en repair café; geldzorgen en bestaansonzekerheid; schaamte en
erbij horen; vrijwilligerswerk en re-integratie; samenwerking, subsidie en lokale politiek.

Written blind on 2026-11-25: the author did not read the suggestion algorithms, their tests
or their figures, and ran no sbcoder code and no similarity or NLP computation on this text
(only a plain-regex check of the constraints below). It is not tuned, and it must never be
edited to suit an algorithm; if an algorithm does badly on it, that is the finding.

Constraints it was written to, as real data would meet them:

- every code has a name of 2-4 words, a one-sentence Dutch description of what the
  researcher means by it, and `keywords`: case-insensitive regexes for the key words of its
  name, written narrowly (`\\bnorm(en)?\\b` does not match "normaal" or "enorm",
  `betaald(e)?\\s+(werk|baan|banen)\\b` does not match "de huur is betaald");
- in every code exactly 3 of the 6 quotations avoid the code's key words (match none of its
  `keywords`), and which positions avoid them varies from code to code: each of the twenty
  possible sets of three positions is used once, in shuffled order, so each position 0-5
  avoids them in ten of the twenty codes;
- quotations are spoken Dutch of 15-47 words (1-3 sentences), with inflected, compound and
  diminutive forms, names, numbers and filler (gewoon, eigenlijk, hoor);
- the everyday words of the field (`EVERYDAY_WORDS`: mensen, gemeente, buurt, vrijwillig-,
  samen) occur in every theme, and some quotations use vocabulary of another theme or of
  another code's name (a quotation about the food bank norm mentions a huurcontract, one
  about debt counselling says Priscilla was "behandeld" like a child, one about the imam's
  sermon mentions schamen), as real ones do;
- eleven quotations carry a second code (`also`), six of them across themes;
- codes within a theme are related in meaning, but they do not all repeat identical words.

`HELD_OUT_INDICES` is (2, 4), the same as in the other sets, for format compatibility.
"""

from __future__ import annotations

from nlp_eval_data import EvalCode, EvalQuote

THEMES: dict[str, str] = {
    "basishulp": "Voedselbank, kledingruil en repair café",
    "geldzorgen": "Geldzorgen en bestaansonzekerheid",
    "erbij_horen": "Schaamte en erbij horen",
    "werk": "Vrijwilligerswerk en re-integratie",
    "samenwerking": "Samenwerking, subsidie en lokale politiek",
}

# Everyday words that every theme shares (regexes).
EVERYDAY_WORDS: tuple[str, ...] = (
    r"mensen",
    r"gemeente",
    r"buurt",
    r"vrijwillig",
    r"\bsamen\b",
)

Q = EvalQuote

CODES: tuple[EvalCode, ...] = (
    # --- Voedselbank, kledingruil en repair café --------------------------------------------------
    EvalCode(
        "voedselbank_norm",
        "Toelatingsnorm van voedselbank",
        "De inkomensnorm waarmee de voedselbank bepaalt wie een pakket krijgt, en de mensen die "
        "daar net buiten vallen.",
        "basishulp",
        (r"toelat|toegelaten", r"\bnorm(en)?\b", r"voedselbank"),
        (
            Q(
                "Bij de intake rekenen we het leefgeld uit, en als dat boven de norm zit, mag je "
                "niet bij de voedselbank. Ook als het maar twaalf euro per maand scheelt, hoor."
            ),
            Q(
                "Dat gezin van Samira komt elf euro tekort om in aanmerking te komen. Dus die "
                "krijgen niks, terwijl ze na de huur en de energie gewoon met lege handen staan."
            ),
            Q(
                "Sinds de gemeente de toelatingscriteria heeft verruimd, zien we veel meer "
                "werkende mensen. Zzp'ers, schoonmakers, een buschauffeur zelfs, allemaal net aan "
                "de verkeerde kant van de streep."
            ),
            Q(
                "Mensen die net te veel verdienen, sturen we nu naar de buurtkamer. Daar mag "
                "iedereen een tas boodschappen meenemen, zonder dat je je loonstrookje hoeft te "
                "laten zien."
            ),
            Q(
                "De landelijke normen van Voedselbanken Nederland zijn best strikt. Een mevrouw "
                "met een huurachterstand van duizenden euro's viel erbuiten, omdat haar aflossing "
                "aan de deurwaarder niet meetelde.",
                also=("oplopende_schulden",),
            ),
            Q(
                "Je moet elk half jaar opnieuw met al je papieren komen: bankafschriften, "
                "huurcontract, de brief van de Belastingdienst. Voor sommige mensen is dat al "
                "reden om weg te blijven."
            ),
        ),
    ),
    EvalCode(
        "pakket_vers",
        "Verse groente in pakket",
        "De samenstelling van het voedselpakket, vooral het gebrek aan verse groente, fruit en "
        "zuivel, en wat dat betekent voor gezond eten in het gezin.",
        "basishulp",
        (r"\bvers(e)?\b|versproduct", r"groente", r"pakket"),
        (
            Q(
                "Wat je meekrijgt is vooral houdbaar spul: pasta, blikken bonen, een pot "
                "pindakaas. Fruit zie je bijna nooit, en daar klagen de moeders ook over, want "
                "die willen hun kinderen gezond laten eten."
            ),
            Q(
                "Sinds vorig jaar halen de vrijwilligers op dinsdag verse groente op bij de boer "
                "aan de Dorpsweg. Wat er over is aan spruitjes en prei, gaat gewoon in de "
                "pakketten."
            ),
            Q(
                "Henk zei laatst: ik eet al drie weken macaroni met ketchup. Hij heeft "
                "suikerziekte, dus dat is eigenlijk echt niet goed, maar ja, je eet wat je "
                "krijgt."
            ),
            Q(
                "De supermarkten geven minder af dan vroeger, want ze verkopen hun overgebleven "
                "eten nu zelf via zo'n app. Dus de pakketjes worden kleiner, vooral het verse "
                "deel."
            ),
            Q(
                "Vroeger kregen we melk en yoghurt van de zuivelfabriek, dat is gestopt. Nu zit "
                "er soms twee weken niks uit de koeling bij, en bij gezinnen met kleine kinderen "
                "merk je dat direct."
            ),
            Q(
                "Een pakket met alleen maar blikjes, daar word je niet gezonder van. In de "
                "buurtkamer koken we nu samen met de groente die overblijft, en dan neem je ook "
                "nog een bakje mee naar huis.",
                also=("buurtkamer_ontmoeting",),
            ),
        ),
    ),
    EvalCode(
        "kledingruil",
        "Kleding ruilen",
        "De kledingruil waar bewoners gratis of tegen ruil tweedehands kleding en schoenen halen, "
        "voor zichzelf en voor hun kinderen.",
        "basishulp",
        (r"kleding", r"\bruil"),
        (
            Q(
                "Bij de kledingruil op woensdag staat er al om half tien een rij. Winterjassen "
                "zijn altijd het eerst weg, die hadden we in november binnen een uur allemaal "
                "vergeven."
            ),
            Q(
                "Je hoeft niet per se iets in te brengen, hoor. Wie wat heeft, ruilt, en wie niks "
                "heeft, neemt gewoon mee. Dat hebben we bewust zo gedaan."
            ),
            Q(
                "Mijn jongste groeit zo hard, die past om de drie maanden niks meer. Nu haal ik "
                "broeken en gympen hier in de buurtkamer, en wat te klein is, breng ik weer "
                "terug."
            ),
            Q(
                "Yvonne sorteert alles wat binnenkomt, want er zitten ook vlekken en kapotte "
                "ritsen tussen. Die ritsen gaan naar de naaimachine bij het repair café, de rest "
                "hangt ze op maat aan de rekken.",
                also=("repair_cafe",),
            ),
            Q(
                "Een nette blouse voor een sollicitatiegesprek, daar vragen mensen vaak om. Die "
                "leggen we apart, want met een gat in je trui ga je niet naar een werkgever."
            ),
            Q(
                "Voor veel moeders is dat ruilen ook gewoon gezellig. Ze passen samen dingen, "
                "geven elkaar advies, en ondertussen zijn de kinderen in de speelhoek lekker "
                "bezig."
            ),
        ),
    ),
    EvalCode(
        "repair_cafe",
        "Repareren in repair café",
        "Het repair café waar vrijwilligers samen met bewoners kapotte apparaten, fietsen en "
        "kleding maken, zodat die niets nieuws hoeven te kopen.",
        "basishulp",
        (r"repar", r"repair"),
        (
            Q(
                "Een nieuwe wasmachine kost al gauw vierhonderd euro. Ruud heeft die van mevrouw "
                "Bos in een middag weer aan de praat gekregen, het was alleen maar een verstopt "
                "filter."
            ),
            Q(
                "Mannen die nergens anders komen, zitten hier met een soldeerbout te prutsen aan "
                "een broodrooster. Die praten niet over hun problemen, maar wel over een kapot "
                "snoer."
            ),
            Q(
                "In het repair café komen elke eerste zaterdag zo'n twintig mensen met van alles: "
                "stofzuigers, lampen, kinderfietsen. Niet alles lukt, maar de helft gaat "
                "gerepareerd weer naar huis."
            ),
            Q(
                "Het repareren zelf is eigenlijk bijzaak, hè. Je zit samen aan tafel en je leert "
                "hoe zo'n ding werkt."
            ),
            Q(
                "Twee van onze reparateurs zijn ooit zelf als bezoeker binnengekomen, met een "
                "kapotte laptop voor de kinderen. Nu staan ze er elke maand, en Kees wil er zelfs "
                "een opleiding bij gaan doen."
            ),
            Q(
                "Een laptop voor school is voor veel gezinnen gewoon niet te betalen. Dus als die "
                "van de oudste het niet meer doet, brengen ze hem hier, en dan kijkt Bram of er "
                "nog iets te redden valt."
            ),
        ),
    ),
    # --- Geldzorgen en bestaansonzekerheid --------------------------------------------------------
    EvalCode(
        "oplopende_schulden",
        "Oplopende schulden",
        "Schulden die zich opstapelen doordat kleine achterstanden door boetes, incassokosten en "
        "nieuwe rekeningen steeds groter worden.",
        "geldzorgen",
        (r"schuld", r"oplop|opgelopen"),
        (
            Q(
                "Het begint met één rekening van de zorgverzekering die blijft liggen. Drie "
                "maanden later zit er een incassobureau op, en dan is die 120 euro ineens 480 "
                "geworden."
            ),
            Q(
                "Bijna iedereen die hier binnenkomt heeft schulden, dat is eerder regel dan "
                "uitzondering. Gemiddeld gaat het om een stuk of twaalf schuldeisers, zegt de "
                "budgetcoach van de gemeente."
            ),
            Q(
                "Bij Dewi was het opgelopen tot achtduizend euro, vooral boetes en "
                "aanmaningskosten. Ze durfde op het laatst de enveloppen niet meer open te maken, "
                "die lagen gewoon in een la."
            ),
            Q(
                "Eén keer de huur te laat, en de woningcorporatie rekent meteen kosten. Ja, en "
                "dan ben je de maand erna wéér te laat, want dat geld was al op."
            ),
            Q(
                "De deurwaarder heeft twee keer bij Mehmet op de stoep gestaan. Dat hele gezin "
                "leeft nu op beslagvrije voet, dus na de vaste lasten houden ze zo'n zestig euro "
                "per week over voor eten."
            ),
            Q(
                "Schulden stapelen zich op, dat zie je echt. Eerst de energierekening, dan de "
                "telefoon, en voor je het weet heb je er een stuk of tien die allemaal tegelijk "
                "geld willen."
            ),
        ),
    ),
    EvalCode(
        "schuldhulp_drempel",
        "Drempel naar schuldhulp",
        "De aarzeling en de praktische hindernissen waardoor mensen met geldproblemen pas laat of "
        "helemaal niet bij de schuldhulpverlening aankloppen.",
        "geldzorgen",
        (r"drempel", r"schuldhulp"),
        (
            Q(
                "De drempel naar het gemeentehuis is voor veel mensen gewoon te hoog. Daar zit je "
                "aan een balie met een nummertje, en iedereen in de wachtruimte kan meeluisteren."
            ),
            Q(
                "Ze wachten gemiddeld vijf jaar voordat ze aan de bel trekken. Tegen die tijd is "
                "het een enorme berg, en dan moet er meteen een bewindvoerder aan te pas komen.",
                also=("oplopende_schulden",),
            ),
            Q(
                "Je moet eerst twaalf formulieren invullen en drie maanden aan afschriften "
                "inleveren. Voor iemand die de post al niet meer openmaakt, is dat gewoon niet te "
                "doen."
            ),
            Q(
                "Nu zit er elke donderdag iemand van de schuldhulpverlening bij ons aan de "
                "koffietafel. Mensen hoeven nergens heen, ze schuiven gewoon even aan, en zo zijn "
                "er al negen aanmeldingen gekomen."
            ),
            Q(
                "Priscilla had een slechte ervaring met een eerder schuldhulptraject, ze vond dat "
                "ze als een kind werd behandeld. Daarna wilde ze er niks meer van weten, dat "
                "heeft twee jaar geduurd."
            ),
            Q(
                "Een vrijwilliger van ons loopt gewoon mee naar de eerste afspraak, en dan vul je "
                "samen de papieren in. Alleen al dat er iemand naast je zit, maakt dat mensen wel "
                "durven te gaan."
            ),
        ),
    ),
    EvalCode(
        "tijdelijk_huurcontract",
        "Tijdelijke huurcontracten",
        "Wonen op basis van tijdelijke of onzekere huurcontracten, en de onrust van steeds "
        "opnieuw moeten verhuizen of zoeken naar woonruimte.",
        "geldzorgen",
        (r"tijdelijk", r"contract"),
        (
            Q(
                "Joyce heeft een tijdelijk contract van twee jaar bij een particuliere "
                "verhuurder. Over vier maanden loopt het af, en ze heeft nog niks anders, met "
                "drie kinderen."
            ),
            Q(
                "Met een contract voor bepaalde tijd durf je niks op te bouwen. Je schildert de "
                "muren niet, je schrijft je kind niet in bij de voetbalclub, want misschien zit "
                "je volgend jaar ergens anders."
            ),
            Q(
                "Hij slaapt nu al een half jaar op de bank bij zijn zus. Zonder woonadres krijg "
                "je geen uitkering, dus we zijn met hem naar het wijkteam gegaan voor een "
                "briefadres.",
                also=("wijkteam_doorverwijzing",),
            ),
            Q(
                "De corporatie geeft jongeren tegenwoordig alleen nog tijdelijke huurcontracten "
                "van vijf jaar. Als je in de tussentijd geen vast werk vindt, sta je daarna "
                "gewoon weer op straat."
            ),
            Q(
                "Op de wachtlijst voor een sociale huurwoning sta je hier al snel negen jaar. Dus "
                "mensen wonen met z'n vijven in een flatje van twee kamers, of bij een "
                "huisjesmelker die alles rekent."
            ),
            Q(
                "Elke keer verhuizen betekent een andere school voor de kinderen en weer nieuwe "
                "buren. Fatima is in drie jaar vier keer verkast, ze heeft de dozen gewoon nooit "
                "meer uitgepakt."
            ),
        ),
    ),
    EvalCode(
        "stress_geldzorgen",
        "Stress door geldzorgen",
        "De spanning, slapeloosheid en lichamelijke klachten die mensen ervaren door aanhoudende "
        "zorgen over geld.",
        "geldzorgen",
        (r"stress", r"geldzorg"),
        (
            Q(
                "Ik lig 's nachts te rekenen, echt waar. Om drie uur ben ik klaarwakker en dan "
                "denk ik: hoe kom ik de maand door, en wat als de wasmachine het begeeft?"
            ),
            Q(
                "De huisarts zag bij Gerda steeds hoofdpijn en maagklachten terugkomen. Pas toen "
                "hij vroeg of ze rond kon komen, kwam het verhaal eruit. Hij stuurt nu mensen "
                "naar de buurtkamer."
            ),
            Q(
                "Met geldzorgen kun je niet vooruit denken, dat is bekend. Je hoofd zit zo vol "
                "dat je een afspraak vergeet of een brief laat liggen, en dan wordt het alleen "
                "maar erger."
            ),
            Q(
                "Kinderen voelen dat thuis ook, hoor. Mijn dochter vroeg niet meer om een "
                "verjaardagsfeestje, want ze had me zien huilen bij de pinautomaat.",
                also=("meedoen_kinderen",),
            ),
            Q(
                "Door de stress gaan mensen ook slechter eten en meer roken. Dat is geen onwil, "
                "dat is overleven, zo leggen we het aan nieuwe vrijwilligers ook uit."
            ),
            Q(
                "Sandra zei: het geeft zoveel rust dat ik hier mag komen. Die stress zakt niet "
                "weg, maar ze zit in ieder geval één ochtend per week niet alleen met haar "
                "rekeningen."
            ),
        ),
    ),
    # --- Schaamte en erbij horen ------------------------------------------------------------------
    EvalCode(
        "schaamte_hulp",
        "Schaamte om hulp",
        "Het gevoel van schaamte of falen waardoor bewoners hulp uitstellen of verbergen voor "
        "familie, buren en bekenden.",
        "erbij_horen",
        (r"schaam|beschaamd", r"\bhulp"),
        (
            Q(
                "Ik schaamde me kapot, de eerste keer. Ik ben twintig jaar kapster geweest, ik "
                "heb altijd gewerkt, en dan sta je ineens in die rij."
            ),
            Q(
                "Ze parkeren de auto om de hoek, zodat niemand uit de straat ziet dat ze hier "
                "naar binnen gaan. Sommigen komen zelfs alleen als het al donker is."
            ),
            Q(
                "Veel ouders vragen pas hulp als het echt niet meer gaat. Ze willen niet dat de "
                "familie het weet, want daar los je het zelf op, zo zijn ze opgevoed."
            ),
            Q(
                "Er hangt nog steeds een stigma aan, ook in deze buurt. Mensen zeggen: ik schaam "
                "me niet voor mezelf, maar wel tegenover mijn kinderen."
            ),
            Q("Marloes zei twee jaar lang tegen haar moeder dat ze bij de Lidl boodschappen deed."),
            Q(
                "Daarom staat er buiten geen bord met voedselbank, maar gewoon 'buurtkamer'. Dan "
                "kan het net zo goed zijn dat je voor een kop koffie komt, of voor de "
                "kledingruil."
            ),
        ),
    ),
    EvalCode(
        "buurtkamer_ontmoeting",
        "Ontmoeting in buurtkamer",
        "De buurtkamer als vrij toegankelijke plek waar bewoners elkaar treffen, koffie drinken "
        "en contacten opdoen buiten de hulpverlening om.",
        "erbij_horen",
        (r"ontmoet", r"buurtkamer"),
        (
            Q(
                "Er staat altijd koffie en er ligt een krant. Meneer Yilmaz komt elke ochtend om "
                "negen uur, zit twee uur aan de grote tafel, en gaat dan weer naar huis."
            ),
            Q(
                "De buurtkamer is voor veel mensen de enige plek waar ze nog iemand spreken. Er "
                "is geen intake, geen formulier, je loopt gewoon binnen."
            ),
            Q(
                "Twee vrouwen die drie jaar naast elkaar woonden zonder elkaar te kennen, zijn "
                "hier vriendinnen geworden. Ze gaan samen naar de markt en passen op elkaars "
                "kinderen."
            ),
            Q(
                "Het is een ontmoetingsplek, geen loket. Dat hebben we met de vrijwilligers ook "
                "heel duidelijk afgesproken: eerst koffie en een praatje, de vragen komen later "
                "wel."
            ),
            Q(
                "Wat mij opvalt, is dat mensen hier anderen ontmoeten die in hetzelfde schuitje "
                "zitten. Dan hoef je niks uit te leggen, en dat haalt een hoop druk weg."
            ),
            Q(
                "Op vrijdag koken Samira en twee andere vrijwilligsters voor iedereen die er is. "
                "Soms zitten er veertig mensen te eten, uit wel tien verschillende landen."
            ),
        ),
    ),
    EvalCode(
        "gelijkwaardig",
        "Gelijkwaardig behandeld worden",
        "Bezoekers die zich als gast en volwaardig buurtbewoner benaderd voelen, in plaats van "
        "als klant of zielig geval.",
        "erbij_horen",
        (r"gelijkwaardig", r"behandel"),
        (
            Q(
                "Hier word je gewoon als mens behandeld. Bij de uitkeringsinstantie ben je een "
                "dossiernummer, hier vraagt Henk hoe het met je knie is."
            ),
            Q(
                "We noemen ze geen klanten maar gasten, en de vrijwilligers zijn vaak zelf ook "
                "gast geweest. Dat maakt het gelijkwaardiger, niemand staat boven een ander."
            ),
            Q(
                "Sommige vrijwilligers van vroeger behandelden mensen een beetje als kleine "
                "kinderen: heb je dit wel nodig, waarom rook je nog? Daar hebben we echt afscheid "
                "van moeten nemen."
            ),
            Q(
                "Je mag zelf kiezen wat je meeneemt, net als in een winkel. Dat klinkt klein, "
                "maar vroeger kreeg je een doos en moest je maar afwachten wat erin zat."
            ),
            Q(
                "Ahmed zei tegen me: voor het eerst voel ik me hier niet zielig. Ik help mee met "
                "uitladen, ik hoor erbij, ik ben niet alleen maar iemand die iets komt halen.",
                also=("eigenwaarde",),
            ),
            Q(
                "Bij de gemeente zeiden ze eerst: waarom geen gewone uitgifte, dat is "
                "efficiënter. Maar zo'n rij met nummertjes en een ambtenaar achter een tafel, dat "
                "is precies wat we niet willen."
            ),
        ),
    ),
    EvalCode(
        "meedoen_kinderen",
        "Kinderen die niet meedoen",
        "Kinderen uit gezinnen met weinig geld die buiten schoolreisjes, sport, feestjes en "
        "andere activiteiten van leeftijdgenoten vallen.",
        "erbij_horen",
        (r"\bkind", r"meedoe|meegedaan|mee te doen"),
        (
            Q(
                "Mijn zoon is de enige uit zijn klas die niet op schoolreis ging. Die zeventig "
                "euro had ik gewoon niet, en ik heb tegen de juf gezegd dat hij ziek was.",
                also=("schaamte_hulp",),
            ),
            Q(
                "Op maandag vraagt de juf in groep vijf wat iedereen in het weekend heeft gedaan. "
                "Dan verzint Lisa maar iets, want ze is gewoon thuis geweest, zoals altijd."
            ),
            Q(
                "Via het Jeugdfonds Sport en Cultuur kan Rachid nu op voetbal. Maar die kicksen "
                "en dat tenue moet je dan wel zelf betalen, en daar hebben we de kledingruil dus "
                "voor."
            ),
            Q(
                "De kinderen die hier komen, schamen zich vaak meer dan hun ouders. Ze willen "
                "niet dat klasgenoten zien dat ze bij ons een tas halen."
            ),
            Q(
                "Trakteren op je verjaardag, een cadeautje voor een feestje, zwemles: dat zijn "
                "voor ons de dingen waardoor een kind gewoon kan meedoen, of juist niet."
            ),
            Q(
                "We hebben in de zomer een kinderweek georganiseerd, samen met de moskee en de "
                "hervormde kerk. Er deden meer dan zestig kinderen mee, en voor veel van hen was "
                "het de enige vakantie.",
                also=("kerken_moskeeen",),
            ),
        ),
    ),
    # --- Vrijwilligerswerk en re-integratie -------------------------------------------------------
    EvalCode(
        "eigenwaarde",
        "Eigenwaarde door vrijwilligerswerk",
        "Het gevoel van nut, trots en zelfvertrouwen dat bewoners met een afstand tot werk "
        "ontlenen aan hun vrijwilligerswerk in de buurtkamer.",
        "werk",
        (r"eigenwaarde", r"vrijwilligerswerk"),
        (
            Q(
                "Door het vrijwilligerswerk heb ik weer een reden om op te staan. Ik zat na mijn "
                "burn-out drie jaar thuis, en nu zeggen ze hier: Bert, zonder jou loopt het niet."
            ),
            Q(
                "Zij stond eerst zelf in de rij, nu staat ze achter de tafel. Dat ze dat kan, dat "
                "mensen haar iets vragen, daar is ze zichtbaar een stuk rechter van gaan lopen."
            ),
            Q(
                "Ik voel me weer iemand. Mijn kinderen zeggen tegen hun vriendjes: mijn moeder "
                "werkt bij de buurtkamer. Dat het onbetaald is, maakt ze niks uit, en mij "
                "eigenlijk ook niet."
            ),
            Q(
                "Je ziet de eigenwaarde groeien, echt. Mensen die eerst met hun ogen naar de "
                "grond liepen, leggen nu de nieuwe vrijwilligers uit hoe de kassa werkt."
            ),
            Q(
                "Na twaalf jaar in de bijstand dacht Rob dat hij niks meer kon. Nu doet hij de "
                "hele inkoop bij de groothandel, en hij doet het beter dan wij het ooit gedaan "
                "hebben."
            ),
            Q(
                "Vrijwilligerswerk is voor veel van onze mensen geen opstapje, het is het doel "
                "zelf. Ze hebben er een plek mee, mensen die op ze rekenen, en dat is al heel "
                "wat."
            ),
        ),
    ),
    EvalCode(
        "doorstroom_werk",
        "Doorstroom naar betaald werk",
        "Vrijwilligers die via hun inzet in de buurtkamer en bijbehorende trajecten een "
        "opleiding, stage of betaalde baan vinden.",
        "werk",
        (r"doorstro|doorgestroomd", r"betaald(e)?\s+(werk|baan|banen)\b"),
        (
            Q(
                "Jeroen is begonnen met het inruimen van de schappen. Nu heeft hij een contract "
                "van twintig uur bij de Albert Heijn, en op zaterdag komt hij nog steeds helpen."
            ),
            Q(
                "De gemeente wil vooral cijfers over doorstroom, hoeveel mensen er uitstromen "
                "naar een baan. Maar voor de meesten is dat op korte termijn gewoon niet "
                "realistisch."
            ),
            Q(
                "Drie vrijwilligers zijn dit jaar doorgestroomd naar betaald werk, twee in de "
                "logistiek en één in de thuiszorg. Dat klinkt weinig, maar ze stonden alle drie "
                "al jaren aan de kant."
            ),
            Q(
                "Via het leerwerktraject halen ze hier een certificaat magazijnmedewerker. Dat is "
                "officieel, met een heftruckcursus erbij, en daarmee kun je echt solliciteren."
            ),
            Q(
                "Toen ik betaald werk vond, ging mijn toeslag omlaag en moest ik alles zelf "
                "regelen. Ik heb de eerste maanden minder overgehouden dan in de bijstand, dat is "
                "toch van de gekke.",
                also=("uitkeringsregels",),
            ),
            Q(
                "Werkgevers in de regio zitten om mensen te springen. Maar iemand die acht jaar "
                "niet gewerkt heeft, kun je niet zomaar op een vrachtwagen zetten, daar is "
                "begeleiding voor nodig."
            ),
        ),
    ),
    EvalCode(
        "begeleiding_coordinator",
        "Begeleiding door coördinator",
        "De ondersteuning die de vrijwilligerscoördinator biedt aan vrijwilligers met psychische, "
        "sociale of taalproblemen, en de belasting die dat voor haar meebrengt.",
        "werk",
        (r"begeleid", r"co[öo]rdinat"),
        (
            Q(
                "Onze coördinator Ingrid doet eigenlijk twee banen. Ze maakt de roosters, maar ze "
                "is ook het aanspreekpunt als iemand een slechte week heeft of een brief niet "
                "snapt."
            ),
            Q(
                "Mensen met een afstand tot werk hebben meer begeleiding nodig dan een gewone "
                "vrijwilliger. Dat zit niet in de uren die de gemeente betaalt, dus dat doet ze "
                "'s avonds thuis."
            ),
            Q(
                "Als Dennis niet komt opdagen, belt ze hem op. Niet om hem op zijn kop te geven, "
                "maar omdat ze weet dat het thuis dan misgaat en hij anders drie weken wegblijft."
            ),
            Q(
                "We hebben veertig vrijwilligers en één betaalde kracht van vierentwintig uur. "
                "Als zij ziek wordt of op vakantie gaat, staat alles eigenlijk stil, dat is "
                "gewoon kwetsbaar."
            ),
            Q(
                "De jobcoach van het re-integratiebedrijf komt één keer per kwartaal kijken. De "
                "echte begeleiding, elke dag, dat doen wij, en daar krijgen we geen cent voor."
            ),
            Q(
                "Sommige nieuwe mensen spreken nog weinig Nederlands. Dan zet ik ze bij het "
                "sorteren samen met iemand die geduld heeft, en na een paar weken kletsen ze al "
                "over de producten."
            ),
        ),
    ),
    EvalCode(
        "uitkeringsregels",
        "Regels van de uitkering",
        "De regels van bijstand en UWV rond sollicitatieplicht, tegenprestatie en bijverdiensten, "
        "die vrijwilligerswerk en de stap naar werk hinderen of sturen.",
        "werk",
        (r"uitkering", r"\bregels?\b|regelgeving"),
        (
            Q(
                "Ze wilde graag vier ochtenden komen, maar de klantmanager zei dat ze dan te "
                "weinig tijd had om te solliciteren. Dus nu mag ze twee ochtenden, van de "
                "bijstand."
            ),
            Q(
                "Als je hier een cadeaubon krijgt als bedankje, moet je dat eigenlijk opgeven. "
                "Een mevrouw is daar in paniek over geraakt, ze dacht dat ze alles terug moest "
                "betalen."
            ),
            Q(
                "Met een uitkering mag je maar heel weinig bijverdienen, en alles daarboven wordt "
                "gekort. Dus mensen durven geen vrijwilligersvergoeding aan te nemen, zelfs geen "
                "vijftig euro."
            ),
            Q(
                "De regels zijn wat soepeler geworden, maar dat weten de mensen zelf niet. Die "
                "zijn zo bang gemaakt door verhalen uit de buurt dat ze liever helemaal niks "
                "doen."
            ),
            Q(
                "De gemeente ziet ons werk als tegenprestatie, en dan staat het ineens in je "
                "dossier. Dat voelt voor mensen als een verplichting, en dan is de lol er snel "
                "af."
            ),
            Q(
                "Ik krijg een uitkering van het UWV en moest eerst toestemming vragen om hier te "
                "mogen helpen. Dat duurde zes weken, met een formulier waarin ik moest uitleggen "
                "wat ik precies deed."
            ),
        ),
    ),
    # --- Samenwerking, subsidie en lokale politiek ------------------------------------------------
    EvalCode(
        "kerken_moskeeen",
        "Kerken en moskeeën",
        "De samenwerking met kerken, moskeeën en andere geloofsgemeenschappen, die vrijwilligers, "
        "ruimte, geld en toegang tot hun achterban leveren.",
        "samenwerking",
        (r"\bkerk", r"moskee"),
        (
            Q(
                "De buurtkamer zit eigenlijk in het zaaltje van de protestantse kerk. Die vragen "
                "geen huur, alleen dat we het netjes achterlaten voor de zondagsschool."
            ),
            Q(
                "In de ramadan brengt de Turkse gemeenschap elke avond eten voor de iftar. Daar "
                "komen ook Nederlandse gasten op af, dat hadden we vooraf nooit gedacht."
            ),
            Q(
                "De imam heeft in zijn preek verteld dat je je niet hoeft te schamen om hier te "
                "komen. De week erna stonden er ineens acht nieuwe gezinnen uit de buurt voor de "
                "deur."
            ),
            Q(
                "De diaconie betaalt soms een energierekening als de nood hoog is. Dat gaat "
                "sneller dan bij de gemeente, daar hoeft niet eerst een commissie over te "
                "vergaderen."
            ),
            Q(
                "Er was wel wat spanning, hoor, over varkensvlees in de pakketten en over het "
                "kerstdiner. Maar de moskee en de kerken hebben samen een lijstje gemaakt, en "
                "sindsdien gaat het goed."
            ),
            Q(
                "Met de moskeevereniging erbij bereiken we vrouwen die we eerst nooit zagen. Zij "
                "vertrouwen de voorzitter, niet ons, en dat moet je ook gewoon accepteren."
            ),
        ),
    ),
    EvalCode(
        "wijkteam_doorverwijzing",
        "Doorverwijzen naar het wijkteam",
        "Het doorsturen van bezoekers met grotere problemen naar het wijkteam of andere "
        "professionals, en hoe die overdracht in de praktijk loopt.",
        "samenwerking",
        (r"verwijz|verwezen|verwees", r"wijkteam"),
        (
            Q(
                "Als iemand hier huilend aan tafel zit omdat de huur niet betaald is, bel ik "
                "Anouk van het sociaal team. Die komt vaak dezelfde middag nog even langs."
            ),
            Q(
                "We verwijzen veel door, maar dan hoor je er vaak niks meer van. Dan zie je "
                "mensen drie maanden later terug, en dan blijkt er nog steeds niemand te zijn "
                "geweest."
            ),
            Q(
                "Het wijkteam heeft elke dinsdag een spreekuur in de buurtkamer. Sindsdien gaan "
                "mensen er veel makkelijker heen, omdat ze de gezichten al kennen van de koffie."
            ),
            Q(
                "Een papiertje met een telefoonnummer werkt niet, dat hebben we geleerd. "
                "Doorverwijzen betekent hier: samen bellen, of samen naar het gemeentehuis lopen."
            ),
            Q(
                "Professionals zien de buurtkamer soms als een plek waar ze hun lastige gevallen "
                "kunnen parkeren. Maar wij zijn vrijwilligers, wij kunnen geen hulpverlening "
                "doen, en dat moeten we ook niet willen."
            ),
            Q(
                "De maatschappelijk werker en onze coördinator hebben nu elke maand overleg. Niet "
                "over dossiers, maar gewoon: wie zien we, wie missen we, wie moet er even een "
                "belletje krijgen."
            ),
        ),
    ),
    EvalCode(
        "subsidie_afhankelijk",
        "Afhankelijk van subsidie",
        "De afhankelijkheid van jaarlijkse gemeentelijke subsidie en van fondsen, en de "
        "onzekerheid die dat geeft voor vaste kosten en personeel.",
        "samenwerking",
        (r"afhankelijk", r"subsidi"),
        (
            Q(
                "We horen pas in december of de subsidie voor volgend jaar doorgaat. Ondertussen "
                "moet je de huur van de ruimte en het contract van Ingrid wel al rond hebben."
            ),
            Q(
                "Het Oranje Fonds betaalt drie jaar de koelcel en de bus. Daarna moet je het zelf "
                "bij elkaar zien te krijgen, en dat lukt met een statiegeldactie bij de Jumbo "
                "echt niet."
            ),
            Q(
                "We zijn voor bijna tachtig procent afhankelijk van de gemeente. Als daar een "
                "andere coalitie komt, kan het zomaar afgelopen zijn, zo simpel is het.",
                also=("politieke_agenda",),
            ),
            Q(
                "Een ondernemer uit de buurt betaalt de energierekening van het pand, een bakker "
                "levert elke ochtend brood. Dat is prachtig, maar als hij stopt, hebben we geen "
                "plan B."
            ),
            Q(
                "Van de gemeente krijgen we zevenendertigduizend euro. Daarvan gaat meer dan de "
                "helft naar huur en energie, dus voor de mensen zelf blijft er eigenlijk weinig "
                "over."
            ),
            Q(
                "Sinds de subsidie via een aanbesteding loopt, moeten we concurreren met grote "
                "welzijnsorganisaties. Die hebben een hele afdeling voor het schrijven, wij "
                "hebben Gerrit, en die is tachtig."
            ),
        ),
    ),
    EvalCode(
        "politieke_agenda",
        "Armoede op politieke agenda",
        "De aandacht van wethouders en gemeenteraad voor armoede in de stad, en hoe die aandacht "
        "toe- of afneemt met verkiezingen en begrotingen.",
        "samenwerking",
        (r"armoede", r"politiek|politici", r"agenda"),
        (
            Q(
                "Voor de verkiezingen kwamen ze allemaal langs, met een fotograaf erbij. "
                "Sindsdien hebben we geen raadslid meer gezien, behalve die van de SP, die komt "
                "nog weleens koffie drinken."
            ),
            Q(
                "Armoede is hier geen randverschijnsel, een op de vijf kinderen groeit op in een "
                "gezin met een laag inkomen. Dat heeft de gemeenteraad nu eindelijk zwart op wit, "
                "uit het onderzoek van vorig jaar, en toch moest er bij de begroting weer over "
                "elke euro gesteggeld worden."
            ),
            Q(
                "Na een motie van de oppositie is het minimabeleid verruimd naar 130 procent van "
                "het sociaal minimum. Daardoor kunnen meer gezinnen een bijdrage krijgen voor "
                "schoolspullen."
            ),
            Q(
                "De wethouder wil dat wij de voedselbank overbodig maken, dat staat letterlijk in "
                "het coalitieakkoord. Mooi streven, maar ondertussen gaan de landelijke toeslagen "
                "niet omhoog."
            ),
            Q(
                "Wij vinden dat armoede een politieke keuze is, maar dat mag je als "
                "vrijwilligersorganisatie eigenlijk niet te hard zeggen. Dan ben je ineens "
                "partijdig, en dat kost je misschien je geld."
            ),
            Q(
                "Het staat nu wel op de agenda, mede door de verhalen uit de buurtkamer. Drie "
                "bezoekers hebben zelf ingesproken bij de raad, dat maakte meer indruk dan al "
                "onze rapporten."
            ),
        ),
    ),
)

# Held out of the code profiles for the codes-for-a-passage measure; fixed in advance, as in
# the other sets (the 3rd and the 5th quotation of every code).
HELD_OUT_INDICES: tuple[int, ...] = (2, 4)
