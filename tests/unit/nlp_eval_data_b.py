"""A second, held-out labelled evaluation set for theme suggestion and code ranking.

What it is: twenty open codes with exactly six quotations each, written as Dutch interview
fragments from an evaluation of a municipal programme for young people and families in one
neighbourhood (jongerenwerk, straatcoaches, huiswerkbegeleiding, schuldhulp voor gezinnen,
jonge mantelzorgers, samenwerking tussen school, wijkteam en politie, subsidie en
verantwoording). The codes are grouped CIMO-style into five themes, as an evaluator would
cluster them: context, interventies, versterkende mechanismen, remmende mechanismen and
uitkomsten (3-4 codes per theme). The format is that of `nlp_eval_data` (whose dataclasses
are imported); the programme and every sentence are different.

Written blind on 2026-11-25: the author did not read the suggestion algorithms, their
tests or their figures, and ran no similarity or NLP computation on this text (only a
plain-regex check of the constraints below). It is not tuned, and it must never be
edited to suit an algorithm; if an algorithm does badly on it, that is the finding.

Constraints it was written to, as real data would meet them:

- every code has a name of 2-4 words, a one-sentence Dutch description of what the
  researcher means by it, and `keywords`: case-insensitive regexes for the key words of
  its name;
- in every code exactly 3 of the 6 quotations avoid the code's key words (match none of
  its `keywords`), and which positions avoid them varies from code to code (each position
  0-5 avoids them in ten of the twenty codes);
- quotations are spoken Dutch of 15-50 words, with inflected, compound and diminutive
  forms, names, numbers and filler (eigenlijk, gewoon, nou);
- the everyday words of the field (`EVERYDAY_WORDS`: jongeren, ouders, gemeente, wijk,
  school) occur in every theme, and some quotations use vocabulary of another theme or
  of another code's name, as real ones do;
- eleven quotations carry a second code (`also`), six of them across themes;
- codes within a theme are related in meaning, not by shared identical words.

`HELD_OUT_INDICES` is (2, 4), the same as in `nlp_eval_data`, for format compatibility.
"""

from __future__ import annotations

from nlp_eval_data import EvalCode, EvalQuote

THEMES: dict[str, str] = {
    "context": "Leefsituatie van gezinnen in de wijk",
    "interventies": "Aanbod voor jongeren en gezinnen",
    "versterkend": "Wat het werk laat werken",
    "remmend": "Belemmeringen in organisatie en financiering",
    "uitkomsten": "Opbrengsten voor jongeren en gezinnen",
}

# Everyday words that every theme shares (regexes).
EVERYDAY_WORDS: tuple[str, ...] = (
    r"jongere",
    r"\bouders?\b",
    r"gemeente",
    r"\bwijk",
    r"school|scholen",
)

Q = EvalQuote

CODES: tuple[EvalCode, ...] = (
    # --- Context --------------------------------------------------------------------------
    EvalCode(
        "geldzorgen",
        "Geldzorgen in gezinnen",
        "Financiële krapte en schulden thuis als achtergrond waartegen jongeren opgroeien en "
        "ouders hun kinderen opvoeden.",
        "context",
        (r"geld",),
        (
            Q(
                "Veel gezinnen hier hebben gewoon geldzorgen. Dan gaat het thuis elke avond over "
                "rekeningen, en dat nemen die jongeren mee naar school, dat zie je aan alles."
            ),
            Q(
                "Een moeder vertelde me dat ze aan het eind van de maand soms zelf niet eet, "
                "zodat de kinderen nog een boterham mee kunnen naar school."
            ),
            Q(
                "Je merkt het aan kleine dingen. Een jongen die niet mee kan op kamp, een meisje "
                "dat zegt dat ze geen zin heeft in de schoolreis, terwijl het eigenlijk om die "
                "veertig euro gaat."
            ),
            Q(
                "Er is gewoon te weinig geld. Vader is na zijn ontslag in de bijstand beland, en "
                "met vier kinderen kom je dan niet rond, hoe zuinig je ook bent."
            ),
            Q(
                "Ouders schamen zich voor hun geldproblemen. Dus je hoort het pas als de "
                "deurwaarder al langs is geweest, en dan is het eigenlijk al te laat."
            ),
            Q(
                "In deze wijk hebben bijna een derde van de huishoudens betalingsachterstanden, "
                "vooral huur en energie. Dat is de situatie waarin de jongeren hier opgroeien."
            ),
        ),
    ),
    EvalCode(
        "jonge_mantelzorgers",
        "Jonge mantelzorgers",
        "Jongeren die thuis langdurig zorgen voor een ziek of hulpbehoevend gezinslid, met "
        "gevolgen voor school en vrije tijd.",
        "context",
        (r"mantelzorg",),
        (
            Q(
                "Dewi is vijftien en regelt thuis eigenlijk alles: de medicijnen van haar "
                "moeder, de boodschappen, ook de post, want er is steeds geld tekort. Op school "
                "weet bijna niemand dat.",
                also=("geldzorgen",),
            ),
            Q(
                "Veel jonge mantelzorgers zien zichzelf helemaal niet zo. Voor hen is het "
                "normaal dat je voor je vader zorgt, dat doe je gewoon als kind."
            ),
            Q(
                "We hebben via de school een groepje mantelzorgers van twaalf tot zeventien bij "
                "elkaar gebracht. Die herkenden zoveel bij elkaar, dat was echt bijzonder om te "
                "zien."
            ),
            Q(
                "Hij kwam steeds te laat op de huiswerkklas. Bleek later dat hij eerst zijn opa "
                "moest helpen met douchen, omdat zijn ouders allebei in ploegendienst werken.",
                also=("huiswerkbegeleiding",),
            ),
            Q(
                "Zo'n meisje zorgt al jaren voor een moeder met een depressie. Die heeft geen "
                "tijd om met vriendinnen de wijk in te gaan, die moet om half vier thuis zijn."
            ),
            Q(
                "De mantelzorgondersteuning van de gemeente is ingericht op volwassenen. Een "
                "kind van dertien dat voor zijn zusje met autisme zorgt, valt overal buiten."
            ),
        ),
    ),
    EvalCode(
        "overlast_hangjongeren",
        "Overlast van hangjongeren",
        "Groepen jongeren op straat die door bewoners als hinderlijk of bedreigend worden "
        "ervaren en die voor de gemeente aanleiding waren voor het programma.",
        "context",
        (r"overlast", r"hang"),
        (
            Q(
                "Bij het winkelcentrum stonden elke avond een stuk of vijftien jongens, scooters "
                "erbij, harde muziek. Oudere bewoners durfden na zevenen de deur niet meer uit."
            ),
            Q(
                "De wijkagent kreeg vorig jaar zo'n zestig meldingen over het speelveld achter "
                "de school: vernielingen, geschreeuw, lachgas. Daar is het programma eigenlijk "
                "mee begonnen."
            ),
            Q(
                "Die hangjongeren worden vaak als één groep gezien. Maar als je ze leert kennen, "
                "zijn het gewoon jongens die nergens anders naartoe kunnen."
            ),
            Q(
                "De overlast was in 2023 het grootst, toen is ook het bankje bij de flat "
                "weggehaald. Nou, dan verplaats je het probleem alleen maar naar het volgende "
                "portiek."
            ),
            Q(
                "Bewoners bellen de gemeente over overlast, niet over een jongen die thuis in de "
                "problemen zit. Zo komt het beeld van deze jongeren heel eenzijdig binnen."
            ),
            Q(
                "Je hoort mensen zeggen 'die Marokkaanse jongens', terwijl de helft hier gewoon "
                "geboren is. Dat stigma zit diep in de wijk, en de jongeren voelen dat."
            ),
        ),
    ),
    EvalCode(
        "wantrouwen_instanties",
        "Wantrouwen tegenover instanties",
        "Terughoudendheid van ouders en jongeren tegenover gemeente, jeugdzorg en politie, vaak "
        "door eerdere negatieve ervaringen.",
        "context",
        (r"wantrouw", r"instantie"),
        (
            Q(
                "Er is veel wantrouwen. Ouders denken dat alles wat ze vertellen meteen bij de "
                "gemeente of bij jeugdzorg op tafel ligt."
            ),
            Q(
                "Met instanties hebben deze gezinnen slechte ervaringen, met de toeslagen, met "
                "Veilig Thuis. Dus als er iemand met een badge aanbelt, gaat de deur dicht."
            ),
            Q(
                "Mevrouw Yilmaz zei letterlijk: 'Als ik zeg dat het niet goed gaat, nemen ze "
                "mijn kinderen mee.' Die angst is er echt, bij heel veel moeders hier."
            ),
            Q(
                "Na de toeslagenaffaire geloven ze niemand meer die namens de overheid aan de "
                "deur komt. Dat win je als professional niet zomaar terug, dat kost jaren."
            ),
            Q(
                "Jongeren hebben een enorm wantrouwen richting politie. Eén keer te hard "
                "aangepakt bij de school, en dat verhaal gaat de hele wijk rond."
            ),
            Q(
                "Ouders vullen liever geen formulieren in, want ze weten niet waar hun gegevens "
                "terechtkomen. Dan laten ze het aanbod voor hun kinderen liever aan zich "
                "voorbijgaan."
            ),
        ),
    ),
    # --- Interventies ---------------------------------------------------------------------
    EvalCode(
        "inloop_jongerenwerk",
        "Inloop bij jongerenwerk",
        "Open inloopmomenten in het jongerencentrum waar jongeren zonder afspraak binnen kunnen "
        "lopen en de jongerenwerkers treffen.",
        "interventies",
        (r"inloop", r"jongerenwerk"),
        (
            Q(
                "De inloop op woensdag en vrijdag trekt zo'n veertig jongeren. Die komen voor de "
                "PlayStation en het pingpongen, maar ze blijven voor het gesprek."
            ),
            Q(
                "In De Schakel is het gewoon open vanaf drie uur. Samir en Lotte zijn er altijd, "
                "je hoeft niks, je kunt ook alleen een tosti komen halen."
            ),
            Q(
                "Het jongerenwerk is eigenlijk het hart van het programma. Daar zie je wie er "
                "wegblijft, wie ineens stiller is, wie thuis gedoe heeft."
            ),
            Q(
                "Op vrijdagavond staan de deuren van het jongerencentrum tot elf uur open. "
                "Anders staan diezelfde jongens buiten bij de supermarkt, dat weet de gemeente "
                "ook wel."
            ),
            Q(
                "Wij organiseren niet zoveel, we zijn er gewoon. Een meidenavond, soms samen "
                "koken, maar vooral er zijn. Zo hoor je van de jongeren wat er speelt in de "
                "wijk."
            ),
            Q(
                "Sinds de bezuiniging gaat de inloop op dinsdag niet meer door. Dat merk je "
                "meteen: die groep jongens van de Lindenlaan zien we gewoon niet meer."
            ),
        ),
    ),
    EvalCode(
        "straatcoaches",
        "Straatcoaches in de wijk",
        "Inzet van straatcoaches die 's avonds door de wijk lopen, jongeren aanspreken op hun "
        "gedrag en signalen doorgeven.",
        "interventies",
        (r"straatcoach",),
        (
            Q(
                "Die coaches lopen van acht tot één uur 's nachts hun rondjes door de wijk. Ze "
                "kennen de jongens bij naam, spreken ze aan, en bellen als het nodig is de "
                "ouders."
            ),
            Q(
                "De straatcoaches zijn eigenlijk de ogen en oren van de wijk. Wat zij 's avonds "
                "zien, hoor ik als wijkagent de volgende ochtend al.",
                also=("korte_lijnen",),
            ),
            Q(
                "Ricardo komt zelf uit deze buurt. Als hij een groep aanspreekt bij het "
                "speelveld, luisteren ze, want hij heeft vroeger zelf op datzelfde hek gezeten."
            ),
            Q(
                "Ouders waren eerst sceptisch over straatcoaches, dat leek op handhaving. Nu "
                "bellen sommige moeders zelf: 'Wil je even langs de skatebaan, mijn zoon is nog "
                "niet thuis.'"
            ),
            Q(
                "Het straatcoachen is geen politiewerk, dat moeten we steeds weer uitleggen, ook "
                "aan de gemeente. We hebben geen boetebevoegdheid, we gaan het gesprek aan."
            ),
            Q(
                "Twee man in een herkenbaar jack, elke avond op pad, ook als het regent. Dat er "
                "iemand rondloopt die je aanspreekt, dat doet al veel, zeggen de jongeren zelf."
            ),
        ),
    ),
    EvalCode(
        "huiswerkbegeleiding",
        "Huiswerkbegeleiding na schooltijd",
        "Begeleiding na schooltijd bij huiswerk, plannen en leren, door vrijwilligers of "
        "studenten in de wijk.",
        "interventies",
        (r"huiswerk",),
        (
            Q(
                "De huiswerkbegeleiding in de bibliotheek zit vol, twintig kinderen op maandag "
                "en donderdag, en er staan er nog elf op de wachtlijst."
            ),
            Q(
                "Studenten van de pabo zitten twee middagen per week met de brugklassers aan "
                "tafel. Plannen, agenda bijhouden, woordjes overhoren, dat heeft thuis niemand "
                "voor ze."
            ),
            Q(
                "Veel ouders kunnen hun kinderen niet helpen met huiswerk, omdat ze de taal niet "
                "goed spreken of zelf nooit op de middelbare school hebben gezeten."
            ),
            Q(
                "Bij het huiswerkklasje gaat het eigenlijk net zo vaak over thuis als over "
                "wiskunde. De begeleiders pikken dingen op die de school mist."
            ),
            Q(
                "Fatima zit elke dinsdag in de bijlesruimte met meneer De Vries, een "
                "gepensioneerde leraar. Sinds de kerst haalt ze voldoendes voor Engels."
            ),
            Q(
                "De school stuurt kinderen door naar onze leerplek in de bieb, maar vaak pas in "
                "mei, als het overgaan al niet meer te redden is."
            ),
        ),
    ),
    EvalCode(
        "schuldhulp_gezinnen",
        "Schuldhulp voor gezinnen",
        "Ondersteuning van gezinnen bij het op orde brengen van hun financiën, van "
        "budgetcoaching tot een schuldregeling.",
        "interventies",
        (r"schuldhulp",),
        (
            Q(
                "De budgetcoach komt bij mensen aan de keukentafel en legt alle enveloppen op "
                "een stapel. Voor veel ouders is dat de eerste keer dat iemand die samen met hen "
                "openmaakt."
            ),
            Q(
                "Schuldhulp was altijd iets voor volwassenen, apart van de rest. Nu kijken we "
                "naar het hele gezin: als moeder schulden heeft, heeft het kind ook stress op "
                "school."
            ),
            Q(
                "Wij regelen een betalingsregeling met de woningcorporatie en het "
                "energiebedrijf, en in de tussentijd zorgen we dat er boodschappen zijn. Eerst "
                "rust, dan de papieren."
            ),
            Q(
                "Via het wijkteam kwam het gezin van Jamal bij ons terecht. Achttienduizend euro "
                "aan achterstanden, vier schuldeisers. Binnen een half jaar stond er een "
                "regeling."
            ),
            Q(
                "De wachttijd voor schuldhulpverlening bij de gemeente is drie maanden. Voor een "
                "gezin waar de huur al achterloopt, is dat eigenlijk veel te lang."
            ),
            Q(
                "Door de schuldhulp op de basisschool aan te bieden, bij de koffieochtend, "
                "bereik je ouders die nooit naar het gemeentehuis zouden gaan.",
                also=("laagdrempelig",),
            ),
        ),
    ),
    # --- Versterkende mechanismen ---------------------------------------------------------
    EvalCode(
        "vertrouwensband",
        "Vertrouwensband met jongeren",
        "Een duurzame relatie tussen een professional en een jongere, waardoor de jongere zich "
        "durft open te stellen.",
        "versterkend",
        (r"vertrouw", r"\bband"),
        (
            Q(
                "Het duurt soms een jaar voordat een jongen je vertrouwt. Maar dan komt hij ook "
                "naar jou als hij is opgepakt of als het thuis misgaat."
            ),
            Q(
                "Die band bouw je op met kleine dingen: een potje voetbal, een lift naar de "
                "sportschool, onthouden dat zijn oma ziek was."
            ),
            Q(
                "Noah vertelde mij als eerste dat hij werd afgeperst. Niet aan school, niet aan "
                "zijn ouders, aan mij, omdat we elkaar al sinds groep acht kennen.",
                also=("vaste_gezichten",),
            ),
            Q(
                "Als je iets belooft en je doet het niet, ben je het vertrouwen kwijt. Dus ik "
                "zeg liever nee tegen een jongere dan dat ik hem teleurstel."
            ),
            Q(
                "Ze moeten merken dat je niet meteen naar de politie of naar de gemeente rent "
                "met wat ze je vertellen. Pas dan gaan ze praten."
            ),
            Q(
                "Die klik, die heb je of die heb je niet. Bij Lotte ploffen de meiden gewoon op "
                "de bank en vertellen alles, over thuis, over vriendjes, over school."
            ),
        ),
    ),
    EvalCode(
        "vaste_gezichten",
        "Vaste gezichten",
        "Continuïteit van dezelfde professionals in de wijk, zodat jongeren en ouders weten bij "
        "wie ze terechtkunnen.",
        "versterkend",
        (r"\bvaste?\b", r"gezicht"),
        (
            Q(
                "Samir werkt hier nu negen jaar. Hij heeft de oudste jongens zien opgroeien en "
                "kent inmiddels ook hun kleine broertjes, dat is eigenlijk onbetaalbaar."
            ),
            Q(
                "Bij het wijkteam wisselde het drie keer van persoon in een jaar. Elke keer "
                "moest die moeder haar hele verhaal opnieuw vertellen, en op een gegeven moment "
                "deed ze dat niet meer."
            ),
            Q(
                "Ouders willen een vast gezicht. Niet iedere keer een andere hulpverlener, maar "
                "iemand die ze op het schoolplein tegenkomen en die weet hoe het zit."
            ),
            Q(
                "Het helpt enorm dat het elk jaar dezelfde mensen zijn die bij de "
                "zomeractiviteiten staan. De jongeren weten: dat is Ricardo, die is er altijd."
            ),
            Q(
                "Door het verloop bij de zorgaanbieder hebben we geen vaste contactpersoon meer "
                "voor jeugd in deze wijk. Dan gaan signalen gewoon verloren."
            ),
            Q(
                "In de wijk ben je een bekend gezicht, ook buiten werktijd. Ik word bij de "
                "Albert Heijn aangesproken door een moeder over haar zoon."
            ),
        ),
    ),
    EvalCode(
        "korte_lijnen",
        "Korte lijnen tussen partners",
        "Snel en informeel contact tussen school, wijkteam, politie en jongerenwerk, waardoor "
        "signalen direct worden opgepakt.",
        "versterkend",
        (r"\bkorte\b", r"\blijn"),
        (
            Q(
                "De lijnen zijn kort. Ik app de intern begeleider van de basisschool en binnen "
                "een uur weet ik of een kind die dag op school is geweest."
            ),
            Q(
                "Elke maandagochtend zitten de wijkagent, iemand van het wijkteam, de "
                "jongerenwerker en de zorgcoördinator van het Dalton College een half uur bij "
                "elkaar. Dat overleg is goud waard."
            ),
            Q(
                "Als er 's avonds iets gebeurt, belt de straatcoach mij direct. De volgende "
                "ochtend zit ik dan al bij die ouders aan tafel, niet pas na drie weken."
            ),
            Q(
                "Dat werkt omdat we korte lijntjes hebben met de politie. Wanneer een jongen is "
                "aangehouden, weet ik dat dezelfde dag en kan ik de ouders bellen."
            ),
            Q(
                "We kennen elkaar gewoon, school, wijkteam, politie. Je hoeft geen verwijzing te "
                "sturen en te wachten, je loopt even binnen bij de buren in de brede school."
            ),
            Q(
                "Korte lijnen werken alleen zolang dezelfde mensen er zitten. Als de wijkagent "
                "vertrekt, begin je weer bij nul met de jongeren en met ons.",
                also=("vaste_gezichten",),
            ),
        ),
    ),
    EvalCode(
        "laagdrempelig",
        "Laagdrempelige toegang",
        "Hulp en activiteiten die zonder afspraak, verwijzing of kosten bereikbaar zijn, dicht "
        "bij waar gezinnen al komen.",
        "versterkend",
        (r"drempel",),
        (
            Q(
                "Je kunt gewoon binnenlopen, er is geen intake, geen formulier. Een moeder komt "
                "voor de koffie en vertelt na drie keer pas over de brief van de deurwaarder."
            ),
            Q(
                "De drempel om naar het wijkteam te gaan is voor veel ouders te hoog. Op het "
                "schoolplein of bij de inloop spreken ze je wel aan."
            ),
            Q(
                "We hebben de spreekuren bewust laagdrempelig gehouden: in de bibliotheek, op "
                "woensdagmiddag, met een tolk erbij als dat nodig is. Jongeren mogen ook zonder "
                "hun ouders komen."
            ),
            Q(
                "Het moet laagdrempelig zijn, maar dat betekent niet vrijblijvend. Als iemand "
                "eenmaal binnen is, pakken we ook echt door, dat verwacht de gemeente ook."
            ),
            Q(
                "Dat de sportactiviteiten gratis zijn, maakt het verschil. Een contributie van "
                "tweehonderd euro per jaar betalen deze ouders niet, dan sport hun zoon gewoon "
                "niet."
            ),
            Q(
                "Veel gezinnen komen alleen op plekken waar ze toch al komen: de moskee, de "
                "school, de voedselbank. Daar moet je dus zitten, niet op het stadskantoor."
            ),
        ),
    ),
    # --- Remmende mechanismen -------------------------------------------------------------
    EvalCode(
        "versnipperd_aanbod",
        "Versnipperd aanbod",
        "Een veelheid aan losse organisaties en projecten voor jongeren en gezinnen die langs "
        "elkaar heen werken.",
        "remmend",
        (r"versnipper", r"aanbod"),
        (
            Q(
                "In deze ene wijk zijn zeventien organisaties actief die iets met jeugd doen. "
                "Een gezin kan zomaar vier hulpverleners over de vloer hebben die elkaar niet "
                "kennen."
            ),
            Q(
                "Iedereen werkt op zijn eigen eilandje. School doet iets met pesten, het "
                "jongerenwerk doet iets met pesten, en niemand weet van de ander."
            ),
            Q(
                "Ouders raken het overzicht kwijt. Die hebben een folder van de gemeente, een "
                "van de GGD, een van de school, en weten uiteindelijk niet waar ze heen moeten."
            ),
            Q(
                "Het aanbod is enorm, maar het sluit niet op elkaar aan. Dan valt zo'n jonge "
                "mantelzorger precies tussen jeugdhulp en volwassenenzorg in.",
                also=("jonge_mantelzorgers",),
            ),
            Q(
                "De versnippering zit ook in de financiering: elk project heeft een eigen potje, "
                "een eigen doelgroep en een eigen rapportage.",
                also=("tijdelijke_subsidies",),
            ),
            Q(
                "We proberen het aanbod voor jongeren te bundelen in één loket, maar iedere "
                "partij wil toch zijn eigen logo op de flyer."
            ),
        ),
    ),
    EvalCode(
        "privacy_regels",
        "Privacyregels bij gegevensdeling",
        "Regels over het delen van persoonsgegevens die de samenwerking tussen school, wijkteam "
        "en politie bemoeilijken.",
        "remmend",
        (r"privacy", r"gegevens"),
        (
            Q(
                "Door de privacyregels mag ik de school niet vertellen dat een leerling bij ons "
                "in beeld is. Terwijl de mentor daar juist zoveel aan zou hebben."
            ),
            Q(
                "Iedereen verschuilt zich achter privacy. Soms terecht, hoor, maar vaak weet "
                "eigenlijk niemand bij de gemeente precies wat wel en niet mag."
            ),
            Q(
                "Voor het delen van gegevens tussen wijkteam en politie moest eerst een "
                "convenant komen. Dat heeft anderhalf jaar geduurd, en in die tijd liepen "
                "jongeren gewoon door."
            ),
            Q(
                "De AVG is heilig geworden. Als de wijkagent vraagt of ik een jongen ken, moet "
                "ik eigenlijk eerst toestemming van zijn ouders hebben."
            ),
            Q(
                "Je zit aan tafel met vijf professionals en niemand durft een naam te noemen. "
                "Dan praat je een uur over casus A en weet na afloop nog steeds niemand wie wat "
                "doet."
            ),
            Q(
                "Wij hebben als jongerenwerkers geen beroepsgeheim zoals een arts. Dus we vragen "
                "de jongere zelf om toestemming, en meestal zegt hij ja, als hij je kent."
            ),
        ),
    ),
    EvalCode(
        "tijdelijke_subsidies",
        "Tijdelijke subsidies",
        "Financiering op projectbasis met korte looptijden, waardoor de continuïteit van het "
        "werk en van het personeel onzeker is.",
        "remmend",
        (r"tijdelijk", r"subsidie"),
        (
            Q(
                "De subsidie loopt tot december. Niemand weet of de straatcoaches er volgend "
                "jaar nog zijn, en dat voelen de jongens in de wijk ook."
            ),
            Q(
                "Elk jaar schrijf ik in september een nieuwe aanvraag, met nieuwe doelen, want "
                "doorgaan met wat werkt is voor de gemeente kennelijk geen innovatie."
            ),
            Q(
                "Met tijdelijke contracten houd je goede mensen niet. Onze beste jongerenwerker "
                "is vorig jaar naar de gemeente zelf gegaan, daar kreeg hij een vaste baan.",
                also=("vaste_gezichten",),
            ),
            Q(
                "Het is een pilot van twee jaar. Net als het gaat lopen en de school ons weet te "
                "vinden, is het potje op en beginnen we ergens anders opnieuw."
            ),
            Q(
                "De huiswerkbegeleiding draait op een subsidie van een fonds, drie jaar. Daarna "
                "moet de gemeente het overnemen, maar dat staat nergens op papier."
            ),
            Q(
                "Wat mij frustreert: het geld komt per project, terwijl opgroeien in zo'n wijk "
                "geen project is. Die ouders en kinderen zijn er over vijf jaar nog steeds."
            ),
        ),
    ),
    EvalCode(
        "verantwoording_cijfers",
        "Verantwoording in cijfers",
        "De eis om resultaten te verantwoorden in aantallen en indicatoren, die slecht aansluit "
        "bij wat het werk met jongeren oplevert.",
        "remmend",
        (r"verantwoord", r"cijfer"),
        (
            Q(
                "De gemeente wil weten hoeveel contacten we hadden. Maar een gesprek van twee "
                "uur met een jongen die net is opgepakt, telt net zo zwaar als een groet op "
                "straat."
            ),
            Q(
                "Voor de verantwoording moeten we elk kwartaal aantallen aanleveren. Niemand "
                "vraagt wat er met die jongeren is gebeurd."
            ),
            Q(
                "Ik zit eigenlijk een dag per week te turven en formulieren in te vullen. Die "
                "dag ben ik niet in de wijk, en dat is precies de tijd die de jongeren nodig "
                "hebben."
            ),
            Q(
                "De cijfers zeggen dat het aantal meldingen daalt, dus het programma werkt, zegt "
                "de wethouder. Maar of dat door ons komt, weet eigenlijk niemand."
            ),
            Q(
                "In de rapportage passen geen verhalen. Dat Fatima weer naar school gaat en haar "
                "moeder weer slaapt, dat krijg je niet in een Excel-bestand."
            ),
            Q(
                "We hebben met de gemeente afgesproken om naast de cijfers ook "
                "casusbeschrijvingen aan te leveren. Dat is een manier van verantwoorden die "
                "recht doet aan het werk."
            ),
        ),
    ),
    # --- Uitkomsten -----------------------------------------------------------------------
    EvalCode(
        "zelfvertrouwen",
        "Groeiend zelfvertrouwen",
        "Jongeren die zekerder worden van zichzelf, meer durven en zich uitspreken.",
        "uitkomsten",
        (r"zelfvertrouw",),
        (
            Q(
                "Bij de meidengroep zie je het zelfvertrouwen groeien. Meiden die eerst niks "
                "zeiden, presenteerden in juni hun eigen plan aan de wethouder."
            ),
            Q(
                "Het meeste effect zit niet in cijfers maar in zelfvertrouwen: een jongen die "
                "ineens zelf een stageplek gaat zoeken, zonder dat zijn ouders hem pushen."
            ),
            Q(
                "Ze durft nu in de klas haar vinger op te steken. Dat klinkt klein, maar vorig "
                "jaar zei ze op school het hele jaar geen woord."
            ),
            Q(
                "Jamal loopt anders, rechtop. Hij is trots dat hij bij de buurtsportcoach "
                "assistent mag zijn bij de training van de kleintjes uit de wijk."
            ),
            Q(
                "Je ziet jongens die eerst alleen maar stoer deden nu gewoon zeggen dat ze iets "
                "lastig vinden. Dat ze zichzelf durven te laten zien, vind ik de grootste winst.",
                also=("tijdige_hulpvraag",),
            ),
            Q(
                "Ouders zeggen dat hun kind na de zomer met meer zelfvertrouwen naar de "
                "middelbare school ging. Die overstap is hier vaak het breekpunt."
            ),
        ),
    ),
    EvalCode(
        "minder_verzuim",
        "Minder schoolverzuim",
        "Jongeren die vaker en regelmatiger op school zijn, met minder ongeoorloofde afwezigheid "
        "en minder thuiszitten.",
        "uitkomsten",
        (r"verzuim",),
        (
            Q(
                "Hij was een thuiszitter, zat acht maanden op zijn kamer. Nu gaat hij drie "
                "ochtenden per week naar school, en dat is eigenlijk een wonder."
            ),
            Q(
                "Het verzuim op het vmbo is het afgelopen jaar met een kwart gedaald, volgens de "
                "leerplichtambtenaar. Voor een deel komt dat door de straatcoaches die 's "
                "ochtends aanbellen."
            ),
            Q(
                "Bij verzuim belt de mentor nu eerst ons, in plaats van meteen leerplicht in te "
                "schakelen. Vaak zit er thuis iets achter, een zieke moeder of geldgedoe."
            ),
            Q(
                "Sinds Noah met de jongerenwerker afspreekt, staat hij elke ochtend om half "
                "negen gewoon in de klas. Zijn moeder belde me huilend op om dat te vertellen."
            ),
            Q(
                "We zien minder langdurig verzuim, maar het kortdurende spijbelen blijft. Dat "
                "hoort er misschien ook een beetje bij op die leeftijd."
            ),
            Q(
                "De school meldde vorig jaar nog twaalf leerlingen uit deze wijk bij leerplicht, "
                "dit jaar vijf. Dat is niet alleen ons werk, maar het scheelt wel."
            ),
        ),
    ),
    EvalCode(
        "tijdige_hulpvraag",
        "Tijdige hulpvraag",
        "Ouders en jongeren die eerder om hulp vragen, voordat problemen uit de hand lopen.",
        "uitkomsten",
        (r"tijdig", r"hulpvra"),
        (
            Q(
                "Ouders stellen hun hulpvraag nu eerder. Vroeger kwamen ze pas als de "
                "deurwaarder voor de deur stond, nu al bij de eerste aanmaning.",
                also=("schuldhulp_gezinnen",),
            ),
            Q(
                "Een moeder stuurde me vorige week een appje: mijn dochter slaapt slecht en wil "
                "niet meer naar school, kun je even met haar praten? Twee jaar geleden had ze "
                "dat nooit gedaan."
            ),
            Q(
                "Dat jongeren zelf aan de bel trekken, is nieuw. Er kwam een jongen naar de "
                "inloop omdat hij bedreigd werd, in plaats van het zelf op te lossen."
            ),
            Q(
                "Het wijkteam krijgt nu meldingen binnen van gezinnen waar nog niks ontspoord "
                "is. Dat is precies wat we wilden: erbij zijn voordat jeugdzorg nodig is."
            ),
            Q(
                "Tijdig signaleren lukt beter sinds de school en het wijkteam samen een "
                "spreekuur houden. Dan komt een zorg niet pas bij de tweede schorsing op tafel."
            ),
            Q(
                "Doordat ouders ons kennen, komen hulpvragen sneller binnen. Dat scheelt de "
                "gemeente uiteindelijk dure trajecten, en het gezin een hoop ellende."
            ),
        ),
    ),
    EvalCode(
        "rust_straat",
        "Rust op straat",
        "Afname van overlast en spanningen in de openbare ruimte, zoals bewoners en politie die "
        "ervaren.",
        "uitkomsten",
        (r"\brust", r"\bstra(at|ten)\b"),
        (
            Q(
                "Bij het winkelcentrum is het 's avonds veel kalmer. Bewoners zeggen dat ze weer "
                "gewoon na het donker hun hond durven uit te laten."
            ),
            Q(
                "Het aantal meldingen van jeugdoverlast is in twee jaar gehalveerd, van "
                "honderdtwintig naar zestig. De wijkagent schrijft dat voor een groot deel toe "
                "aan de straatcoaches."
            ),
            Q(
                "Het is rustiger op straat, dat zegt iedereen. Maar de jongeren zijn niet weg, "
                "ze zitten nu binnen bij De Schakel."
            ),
            Q(
                "Er is meer rust in de wijk, alleen zet zo'n incident als die steekpartij in "
                "maart alles weer op scherp. Dan gaan ouders hun kinderen binnenhouden."
            ),
            Q(
                "Bij de speeltuin zitten weer jonge moeders met kinderwagens, op plekken waar "
                "vroeger groepjes jongens stonden. Dat is voor de buurt een groot verschil."
            ),
            Q(
                "Of het rustig blijft op straat als het programma stopt, weet ik niet. De "
                "gemeente denkt dat het probleem is opgelost, maar het is net onder controle."
            ),
        ),
    ),
)

# Held out of the code profiles for the codes-for-a-passage measure; fixed in advance, as in
# nlp_eval_data (the 3rd and the 5th quotation of every code).
HELD_OUT_INDICES: tuple[int, ...] = (2, 4)
