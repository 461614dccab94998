#include "rule_help.hpp"

namespace mee {

namespace {

// One entry per rule code MEE101–MEE501 of the rules specification, in code order. The texts
// are for municipal staff: plain B1 Dutch and plain English that says the
// same. Profile values (thresholds, lists) are printed by `mee explain`
// after these texts, so the texts do not repeat them.
// clang-format off
const RuleHelp k_help[] = {
    // ---- MEE1xx: plan van aanpak -------------------------------------------------------------
    {"MEE101",
     {"Stap 1 van het beleid is de afweging of we inwoners betrekken (§2.1.2). Het beleid stelt daarvoor drie vragen: is er genoeg ruimte, is het onderwerp geschikt, en hebben we genoeg tijd en mensen? De antwoorden bepalen of u inwoners betrekt of alleen informeert. Daarom geeft elk plan de drie antwoorden, elk met een uitleg.",
      "Step 1 of the policy is deciding whether we involve residents (§2.1.2). The policy asks three questions for this: is there enough room, is the subject suitable, and do we have enough time and people? The answers decide whether you involve residents or only inform them. So every plan gives the three answers, each with an explanation."},
     {"Zet onder afweging de drie vragen ruimte, geschikt en capaciteit. Geef bij elke vraag een antwoord en onder toelichting in een paar zinnen waarom. Met mee decide --ask beantwoordt u de vragen en maakt mee het blok om te plakken.",
      "Under afweging, write the three questions ruimte, geschikt and capaciteit. For each, give an antwoord and, under toelichting, a few sentences on why. With mee decide --ask you answer the questions and mee makes the block to paste."},
     "afweging:\n"
     "  ruimte:\n"
     "    antwoord: ja\n"
     "    toelichting: Inrichting en materiaalkeuze liggen nog open binnen het krediet.\n"
     "  geschikt:\n"
     "    antwoord: ja\n"
     "    toelichting: Iedereen kent het centrum en kan meepraten over gebruik en groen.\n"
     "  capaciteit:\n"
     "    antwoord: te-organiseren\n"
     "    toelichting: Inhuur van een procesbegeleider voor de twee ontwerpavonden.\n"},

    {"MEE102",
     {"Het beleid is hier duidelijk (§2.1.2): \"Als het antwoord op één van deze vragen 'nee' is, dan betrekken we inwoners niet. We geven dan alleen informatie.\" Een plan met een nee en een hoger niveau belooft inwoners invloed die er niet is.",
      "The policy is clear here (§2.1.2): if the answer to one of the three questions is 'nee' (no), we do not involve residents; we only give information. A plan with a nee and a higher level promises residents influence they do not have."},
     {"Zet betrokkenheidsniveau.niveau op informeren, en haal een ander niveau bij de belanghebbenden weg. Klopt het nee niet, verander dan het antwoord en de toelichting onder afweging.",
      "Set betrokkenheidsniveau.niveau to informeren, and remove any other niveau from the stakeholders. If the nee is not right, change the antwoord and its toelichting under afweging."},
     "afweging:\n"
     "  ruimte:\n"
     "    antwoord: nee\n"
     "    toelichting: Het besluit is wettelijk verplicht en laat geen ruimte voor invloed.\n"
     "betrokkenheidsniveau:\n"
     "  niveau: informeren\n"
     "  motivering: Er is geen ruimte voor invloed, dus we geven alleen uitleg.\n"},

    {"MEE103",
     {"Het beleid vraagt dat we het besluit om inwoners wel of niet te betrekken onderbouwen in een bestuursopdracht, collegevoorstel of raadsvoorstel (§2.1.2, resultaat van stap 1). Met de soort en het kenmerk van dat stuk kan iedereen het terugvinden.",
      "The policy asks us to argue the decision whether or not to involve residents in a bestuursopdracht, collegevoorstel or raadsvoorstel (§2.1.2, the result of step 1). With the kind and the reference number of that document, anyone can find it."},
     {"Schrijf onder afweging.besluitstuk de soort (bestuursopdracht, collegevoorstel of raadsvoorstel) en het kenmerk van het stuk.",
      "Under afweging.besluitstuk, write the soort (bestuursopdracht, collegevoorstel or raadsvoorstel) and the kenmerk (reference number) of the document."},
     "afweging:\n"
     "  besluitstuk:\n"
     "    soort: bestuursopdracht\n"
     "    kenmerk: BO-2026-004\n"},

    {"MEE104",
     {"Het beleid vraagt dat we bewust kiezen wanneer we inwoners betrekken (§1.3.3, §2.1.2). Geen van de drie antwoorden is nee, dus inwoners betrekken kan. Toch kiest het plan voor alleen informeren. Dat mag, maar leg uit waarom.",
      "The policy asks us to choose consciously when we involve residents (§1.3.3, §2.1.2). None of the three answers is nee, so involving residents is possible. Yet the plan chooses to only inform. That is allowed, but explain why."},
     {"Schrijf in betrokkenheidsniveau.motivering waarom u alleen informeert. Is er toch ruimte voor invloed, kies dan een hoger niveau.",
      "Write in betrokkenheidsniveau.motivering why you only inform. If there is room for influence after all, choose a higher level."},
     "betrokkenheidsniveau:\n"
     "  niveau: informeren\n"
     "  motivering: De keuzes zijn in 2025 met de buurt gemaakt; nu volgt alleen de uitvoering.\n"},

    {"MEE105",
     {"Stap 3 van het beleid is het vaststellen van het plan van aanpak (§2.1.4). Het vastgestelde plan is het kader waaraan college en raad het proces later toetsen. Daarom staat bij een vastgesteld plan wie het vaststelde, wanneer, en met welk kenmerk.",
      "Step 3 of the policy is adopting the plan (§2.1.4). The adopted plan is the framework against which the college and the raad later test the process. So an adopted plan says who adopted it, when, and under which reference number."},
     {"Vul onder vastgesteld in: door (college of raad), datum en kenmerk van het besluit. Is het plan nog niet vastgesteld, zet dan status: concept.",
      "Under vastgesteld, fill in door (college or raad), datum and the kenmerk of the decision. If the plan has not been adopted yet, write status: concept."},
     "status: vastgesteld\n"
     "vastgesteld:\n"
     "  door: college\n"
     "  datum: 2026-03-03\n"
     "  kenmerk: B&W 2026-0303-07\n"},

    {"MEE106",
     {"Het beleid zegt: \"Het is essentieel dat het plan van aanpak vooraf duidelijk is en bekend is. Dit is een verplichting uit de Omgevingswet\" (§2.1.4). De uitvoering start pas nadat het plan is vastgesteld (§2.1.5, stap 4). Een participatiemoment vóór de vaststelling gebeurt dus zonder vastgesteld plan.",
      "The policy says it is essential that the plan is clear and known beforehand; this is an obligation under the Omgevingswet (§2.1.4). Carrying out the plan starts only after it is adopted (§2.1.5, step 4). A participation moment before adoption therefore happens without an adopted plan."},
     {"Plan de participatiemomenten na de datum van vaststelling. Klopt vastgesteld.datum niet, verbeter die dan.",
      "Schedule the participation moments after the date of adoption. If vastgesteld.datum is wrong, correct it."},
     "vastgesteld:\n"
     "  door: college\n"
     "  datum: 2026-03-03\n"
     "  kenmerk: B&W 2026-0303-07\n"
     "planning:\n"
     "  - datum: 2026-03-24\n"
     "    wat: Inloopavond knelpunten\n"
     "    soort: participatie\n"},

    {"MEE107",
     {"Volgens het beleid start de uitvoering pas nadat het plan van aanpak is vastgesteld (§2.1.4, stap 3; §2.1.5, stap 4). Dit plan is nog een concept, maar er ligt al een participatiemoment in het verleden. Dan is de participatie begonnen zonder vastgesteld plan, of is de status niet bijgewerkt.",
      "According to the policy, carrying out the plan starts only after it is adopted (§2.1.4, step 3; §2.1.5, step 4). This plan is still a concept, but a participation moment already lies in the past. Then participation started without an adopted plan, or the status was not updated."},
     {"Is het plan vastgesteld, zet dan status: vastgesteld en vul vastgesteld in met door, datum en kenmerk. Is het nog niet vastgesteld, laat het dan vaststellen voordat de participatie verder gaat.",
      "If the plan has been adopted, write status: vastgesteld and fill in vastgesteld with door, datum and kenmerk. If it has not, have it adopted before participation goes on."},
     "status: vastgesteld\n"
     "vastgesteld:\n"
     "  door: college\n"
     "  datum: 2026-03-03\n"
     "  kenmerk: B&W 2026-0303-07\n"},

    {"MEE108",
     {"Het beleid zegt over de raad: \"Dit plan van aanpak is onderdeel van een startnotitie die door de raad wordt vastgesteld\" (§2.3.1). Een plan dat bij een startnotitie hoort, wordt dus door de raad vastgesteld en niet door het college.",
      "On the role of the raad, the policy says that this plan is part of a startnotitie that the raad adopts (§2.3.1). So a plan that belongs to a startnotitie is adopted by the raad, not by the college."},
     {"Zet vastgesteld.door op raad als de raad de startnotitie vaststelde. Hoort het plan niet bij een startnotitie, verbeter dan onderdeel_van (projectplan, bestuursopdracht of los).",
      "Set vastgesteld.door to raad if the raad adopted the startnotitie. If the plan does not belong to a startnotitie, correct onderdeel_van (projectplan, bestuursopdracht or los)."},
     "onderdeel_van: startnotitie\n"
     "vastgesteld:\n"
     "  door: raad\n"
     "  datum: 2026-04-16\n"
     "  kenmerk: Raad 2026-0416-03\n"},

    {"MEE109",
     {"Het beleid telt elk jaar de plannen per domein (§3.6, indicatoren voor overheidsinitiatieven). Een domein dat niet in de lijst staat, komt apart in dat overzicht. Vaak is het een tikfout.",
      "Every year the policy counts the plans per domain (§3.6, indicators for government initiatives). A domain that is not on the list is counted separately in that overview. Often it is a typo."},
     {"Kies een domein uit de lijst van het profiel (hieronder); mee stelt het domein voor dat er het meest op lijkt. Hoort het plan echt bij een ander domein, dan mag het blijven staan.",
      "Choose a domain from the profile's list (below); mee suggests the closest one. If the plan really belongs to another domain, you may keep it."},
     "domein: ruimte\n"},

    {"MEE110",
     {"Het beleid geeft het plan van aanpak een vaste opbouw van negen onderdelen (§2.1.3, \"Tenslotte: plan van aanpak uitwerken\"). Zo weet iedereen vooraf waar het over gaat en wat er gebeurt. Een plan met alleen informeren heeft minder nodig (§2.1.2): de opgave, het betrokkenheidsniveau, de planning en de communicatie.",
      "The policy gives the plan a fixed structure of nine parts (§2.1.3, \"Tenslotte: plan van aanpak uitwerken\"). That way everyone knows beforehand what it is about and what will happen. A plan that only informs needs less (§2.1.2): the opgave, the betrokkenheidsniveau, the planning and the communicatie."},
     {"Voeg het onderdeel toe dat de melding noemt en vul het in. mee init plan laat zien hoe alle onderdelen eruitzien.",
      "Add the section the finding names and fill it in. mee init plan shows what every section looks like."},
     "opgave:\n"
     "  beschrijving: Het centrum is verouderd, onoverzichtelijk voor fietsers en mist groen.\n"
     "  voorgeschiedenis: In 2019 is een schetsontwerp gemaakt dat niet is uitgevoerd.\n"
     "  aanleiding:\n"
     "    - Motie M-2025-12 Levendig centrum Lemelerveld\n"},

    {"MEE111",
     {"Het beleid vraagt een plan dat vooraf duidelijk maakt waar het over gaat, wat vastligt en wat het kost (§2.1.3). Voor een afwijking van de regels vraagt het een goede uitleg (§2.3.1). Een plaatshouder zoals \"PM\" of \"nog invullen\", of een tekst die te kort is, zegt de lezer niets.",
      "The policy asks for a plan that makes clear beforehand what it is about, what is fixed and what it costs (§2.1.3). For a deviation from the rules it asks for a good explanation (§2.3.1). A placeholder such as \"PM\" or \"nog invullen\", or a text that is too short, tells the reader nothing."},
     {"Schrijf op de plek die de melding noemt een echte tekst, minstens een hele zin. Weet u nog niet alles, schrijf dan op wat u al weet.",
      "At the place the finding names, write a real text of at least one whole sentence. If you do not know everything yet, write down what you already know."},
     "capaciteit:\n"
     "  uren: 160\n"
     "  budget: 12500\n"
     "  toelichting: Procesbegeleider, zaalhuur, drukwerk en een online enquete.\n"},

    {"MEE121",
     {"Het beleid zegt: \"Voorafgaand aan elk proces bepalen we het concrete doel en achteraf toetsen we of we dit doel hebben bereikt\" (§1.2). Alleen de naam van een doel, zoals ideeen-ophalen, kunt u achteraf niet toetsen.",
      "The policy says that before every process we set the concrete aim, and afterwards we test whether we reached it (§1.2). The name of a goal alone, such as ideeen-ophalen, cannot be tested afterwards."},
     {"Schrijf bij elk doel onder concreet wat u in dit project precies wilt bereiken, en bij wie. Schrijf het zo dat u achteraf kunt zeggen: gehaald, deels of niet.",
      "For each goal, write under concreet exactly what you want to achieve in this project, and with whom. Write it so that afterwards you can say: reached, partly or not."},
     "doelen:\n"
     "  - doel: ideeen-ophalen\n"
     "    concreet: Kennis van bewoners en ondernemers over knelpunten en gebruik ophalen.\n"},

    {"MEE122",
     {"Het beleid heeft vijf doelen; per proces kiest u er een of meer en maakt u ze concreet (§1.2). Een doel dat twee keer in de lijst staat, wordt in het eindverslag ook twee keer getoetst. Dat is verwarrend.",
      "The policy has five goals; for each process you choose one or more and make them concrete (§1.2). A goal listed twice is also tested twice in the eindverslag. That is confusing."},
     {"Laat het doel maar één keer in de lijst staan. Zet alles wat u ermee wilt bereiken samen in één tekst onder concreet.",
      "Keep the goal in the list only once. Put everything you want to achieve with it together in one text under concreet."},
     "doelen:\n"
     "  - doel: zorgvuldige-besluiten\n"
     "    concreet: De raad kent alle belangen voordat hij het ontwerp vaststelt.\n"},

    {"MEE131",
     {"Bij de omgevingsanalyse zegt het beleid: \"vergeet de collega's binnen de gemeente niet\" (§2.1.3, bouwsteen 2). Ook onderdeel 3 van het plan vraagt de interne stakeholders op te nemen. Collega's van andere teams hebben vaak belang bij het project, of kennis die u nodig hebt.",
      "For the stakeholder analysis the policy says: do not forget the colleagues within the municipality (§2.1.3, bouwsteen 2). Part 3 of the plan also asks to include internal stakeholders. Colleagues in other teams often have a stake in the project, or knowledge you need."},
     {"Zet onder omgevingsanalyse.belanghebbenden minstens één team of collega met categorie: intern.",
      "Under omgevingsanalyse.belanghebbenden, add at least one team or colleague with categorie: intern."},
     "omgevingsanalyse:\n"
     "  belanghebbenden:\n"
     "    - naam: Team beheer openbare ruimte\n"
     "      categorie: intern\n"
     "      belang: groot\n"
     "      invloed: veel\n"},

    {"MEE132",
     {"Onderdeel 3 van het plan zegt: \"We vergeten niet de interne stakeholders, ketenpartners en andere besturen op te nemen\" (§2.1.3, bouwsteen 2). Ketenpartners, zoals het waterschap of de GGD, geven advies vanuit hun vak (§2.3.5). Andere besturen, zoals een buurgemeente, kunnen veel invloed hebben op het project.",
      "Part 3 of the plan says: we do not forget to include internal stakeholders, ketenpartners (partner organisations) and other public bodies (§2.1.3, bouwsteen 2). Ketenpartners, such as the water board or the GGD, give advice from their expertise (§2.3.5). Other public bodies, such as a neighbouring municipality, can have a lot of influence on the project."},
     {"Zet onder omgevingsanalyse.belanghebbenden minstens één ketenpartner (categorie: ketenpartner) of een ander bestuur (categorie: bestuursorgaan).",
      "Under omgevingsanalyse.belanghebbenden, add at least one partner organisation (categorie: ketenpartner) or another public body (categorie: bestuursorgaan)."},
     "omgevingsanalyse:\n"
     "  belanghebbenden:\n"
     "    - naam: Waterschap Drents Overijsselse Delta\n"
     "      categorie: ketenpartner\n"
     "      belang: klein\n"
     "      invloed: veel\n"},

    {"MEE133",
     {"De belang-invloed-matrix van het beleid zegt over mensen met veel invloed en groot belang: \"Dit zijn de belangrijkste mensen voor het proces. Deze betrekken we zoveel mogelijk\" (§2.1.3, bouwsteen 2). Deze belanghebbende staat bij geen enkele werkvorm als doelgroep. Collega's (intern) tellen hier niet mee: zij doen mee via het projectteam.",
      "The policy's interest-influence matrix says about people with a lot of influence and a large interest: these are the most important people for the process, and we involve them as much as possible (§2.1.3, bouwsteen 2). This stakeholder is a target group of no werkvorm. Colleagues (intern) do not count here: they take part through the project team."},
     {"Zet de naam van deze belanghebbende onder doelgroepen bij minstens één werkvorm. Schrijf de naam precies zoals onder belanghebbenden.",
      "Add this stakeholder's name to the doelgroepen of at least one werkvorm. Write the name exactly as under belanghebbenden."},
     "werkvormen:\n"
     "  - werkvorm: worldcafe\n"
     "    niveau: adviseren\n"
     "    online: false\n"
     "    doelgroepen: [Ondernemersvereniging Lemelerveld, Omwonenden centrum]\n"},

    {"MEE134",
     {"Het beleid wil dat iedereen mee kan doen en dat we extra letten op mensen voor wie meedoen moeilijk is (§1.3.2, punt 4; §2.1.3, bouwsteen 2). Onder inclusie schrijft u hoe u dat in dit project doet.",
      "The policy wants everyone to be able to take part, and asks us to pay extra attention to people who find taking part hard (§1.3.2, point 4; §2.1.3, bouwsteen 2). Under inclusie you write how you do that in this project."},
     {"Schrijf onder omgevingsanalyse.inclusie welke groepen moeilijk mee kunnen doen en wat u voor hen doet. Denk aan ouderen, jongeren, mensen met een beperking of mensen die moeilijk lezen.",
      "Under omgevingsanalyse.inclusie, write which groups find it hard to take part and what you do for them. Think of older people, young people, people with a disability or people who find reading hard."},
     "omgevingsanalyse:\n"
     "  inclusie: Extra inloopuur voor ouderen en mensen met een beperking in De Schakel.\n"},

    {"MEE135",
     {"Het beleid vraagt per groep belanghebbenden vast te leggen welke werkvormen u inzet en wanneer u ze betrekt (§2.1.3, onderdelen 6 en 7). Een doelgroep is daarom altijd een belanghebbende uit de omgevingsanalyse. Een naam die daar niet staat, is meestal een tikfout. Of de naam heeft een komma: in een lijst tussen [ ] scheidt een komma twee namen, zodat [Ondernemers, winkeliers Prinsenstraat] twee doelgroepen zijn.",
      "The policy asks you to record, per group of stakeholders, which werkvormen you use and when you involve them (§2.1.3, parts 6 and 7). So a doelgroep is always a stakeholder from the omgevingsanalyse. A name that is not there is usually a typo. Or the name has a comma: in a list between [ ] a comma separates two names, so [Ondernemers, winkeliers Prinsenstraat] is two doelgroepen."},
     {"Schrijf onder doelgroepen precies de naam zoals die onder omgevingsanalyse.belanghebbenden staat. Is het een nieuwe groep, zet die dan eerst bij belanghebbenden. Zet een naam met een komma tussen aanhalingstekens: [\"Ondernemers, winkeliers Prinsenstraat\"].",
      "Under doelgroepen, write the name exactly as it is under omgevingsanalyse.belanghebbenden. If it is a new group, add it to belanghebbenden first. Put a name with a comma in quotes: [\"Ondernemers, winkeliers Prinsenstraat\"]."},
     "werkvormen:\n"
     "  - werkvorm: inloopavond\n"
     "    niveau: raadplegen\n"
     "    online: false\n"
     "    doelgroepen: [Omwonenden centrum]\n"},

    {"MEE136",
     {"Het beleid zegt: \"We doen de omgevingsanalyse samen met een groep collega's, onder leiding van de projectleider, de beleidsadviseur en/of een participatie adviseur\" (§2.1.3, bouwsteen 2). Met meer mensen ziet u meer belanghebbenden.",
      "The policy says we make the stakeholder analysis together with a group of colleagues, led by the project leader, the policy adviser and/or a participation adviser (§2.1.3, bouwsteen 2). More people see more stakeholders."},
     {"Schrijf onder omgevingsanalyse.opgesteld_met wie de analyse hebben gemaakt: minstens twee mensen of functies.",
      "Under omgevingsanalyse.opgesteld_met, write who made the analysis: at least two people or roles."},
     "omgevingsanalyse:\n"
     "  opgesteld_met: [projectleider, beleidsadviseur verkeer, adviseur inwonerbetrokkenheid]\n"},

    {"MEE137",
     {"Bij de omgevingsanalyse maakt u een overzicht van alle belanghebbenden (§2.1.3, bouwsteen 2). Werkvormen en planning noemen belanghebbenden bij hun naam. Hebben twee belanghebbenden dezelfde naam, dan is niet duidelijk wie er bedoeld wordt.",
      "In the stakeholder analysis you make an overview of all stakeholders (§2.1.3, bouwsteen 2). Werkvormen and planning refer to stakeholders by their name. If two stakeholders share a name, it is not clear which one is meant."},
     {"Geef elke belanghebbende een eigen naam, bijvoorbeeld met de straat of de kern erbij. Gaat het om dezelfde groep, voeg de twee dan samen.",
      "Give each stakeholder its own name, for example by adding the street or the village. If it is the same group, merge the two."},
     "omgevingsanalyse:\n"
     "  belanghebbenden:\n"
     "    - {naam: Omwonenden Kerkstraat, categorie: inwoners, belang: groot, invloed: weinig}\n"
     "    - {naam: Omwonenden Molenweg, categorie: inwoners, belang: klein, invloed: weinig}\n"},

    {"MEE138",
     {"Bij de omgevingsanalyse hoort een kaartje of plattegrond als dat nodig is (§2.1.3, onderdeel 3). omgevingsanalyse.kaart noemt dat bestand, met een pad vanaf de map van het plan. Bestaat het bestand daar niet, dan ontbreekt de kaart in het rapport van mee render en bij wie het plan leest.",
      "The stakeholder analysis includes a map or floor plan when one is needed (§2.1.3, part 3). omgevingsanalyse.kaart names that file, with a path from the plan's folder. When the file is not there, the map is missing from the report of mee render and for whoever reads the plan."},
     {"Zet het bestand op de plek die het pad noemt, of verbeter het pad: het begint bij de map van het plan, bijvoorbeeld kaarten/centrum.png voor een map kaarten naast het plan.",
      "Put the file where the path says, or correct the path: it starts from the plan's folder, for example kaarten/centrum.png for a folder kaarten beside the plan."},
     "omgevingsanalyse:\n"
     "  kaart: kaarten/centrum-lemelerveld.png\n"},

    {"MEE141",
     {"Het beleid zegt bij onderdeel 4 van het plan: \"In ieder geval nemen we op juridische, financiële, inhoudelijke, organisatorische en politiek-bestuurlijke kaders\" (§2.1.3, bouwsteen 3). Zo weet iedereen vooraf wat vastligt en waar nog ruimte is.",
      "For part 4 of the plan the policy says we always include legal, financial, substantive, organisational and political-administrative frameworks (§2.1.3, bouwsteen 3). That way everyone knows beforehand what is fixed and where there is still room."},
     {"Voeg onder kaders een kader toe met de categorie die de melding noemt, met hard: true of false en een beschrijving. Geldt er niets in die categorie, schrijf dat dan in de beschrijving.",
      "Under kaders, add a kader with the categorie the finding names, with hard: true or false and a beschrijving. If nothing applies in that category, say so in the beschrijving."},
     "kaders:\n"
     "  - categorie: financieel\n"
     "    hard: true\n"
     "    beschrijving: Krediet van 1,2 miljoen euro, inclusief participatie.\n"
     "  - categorie: politiek-bestuurlijk\n"
     "    hard: false\n"
     "    beschrijving: Er zijn geen eerdere toezeggingen over dit project gedaan.\n"},

    {"MEE142",
     {"Het beleid maakt onderscheid tussen harde kaders, waaraan we moeten voldoen, en zachte kaders, waar meer ruimte is (§2.1.3, bouwsteen 3). Als alle kaders hard zijn, is er niets meer te beïnvloeden. Dan past een niveau hoger dan informeren niet: betrokkenen denken mee zonder invloed.",
      "The policy distinguishes hard frameworks, which we must meet, from soft frameworks, where there is more room (§2.1.3, bouwsteen 3). If every kader is hard, nothing is left to influence. Then a level above informeren does not fit: people would give input without any influence."},
     {"Zet hard: false bij de kaders waar nog ruimte is, en schrijf in de beschrijving welke ruimte dat is. Is er echt geen ruimte, kies dan het niveau informeren.",
      "Write hard: false for the kaders where there is still room, and say in the beschrijving what room that is. If there really is no room, choose the level informeren."},
     "kaders:\n"
     "  - categorie: inhoudelijk\n"
     "    hard: false\n"
     "    beschrijving: Het Groenbeleidsplan vraagt meer bomen; soort en plek zijn vrij.\n"},

    {"MEE151",
     {"Het beleid gaat uit van de gekozen democratie (§1.3.3). De tabel in §2.1.3, bouwsteen 4, zegt welke niveaus bij welk soort werk horen: bij beleid raadplegen of adviseren (een dorpsvisie is de uitzondering), bij voorbereiding raadplegen of adviseren, en bij uitvoering adviseren, coproduceren of meebeslissen. Informeren mag altijd.",
      "The policy starts from representative democracy (§1.3.3). The table in §2.1.3, bouwsteen 4, says which levels go with which kind of work: for beleid raadplegen or adviseren (a dorpsvisie is the exception), for voorbereiding raadplegen or adviseren, and for uitvoering adviseren, coproduceren or meebeslissen. Informeren is always allowed."},
     {"Kies in betrokkenheidsniveau.niveau (of bij de belanghebbende onder niveau) een niveau dat bij soort_werk past. Klopt soort_werk niet, verbeter dat dan; is het plan een dorpsvisie, zet dan dorpsvisie: true.",
      "In betrokkenheidsniveau.niveau (or in the stakeholder's niveau), choose a level that fits soort_werk. If soort_werk is wrong, correct it; if the plan is a dorpsvisie, write dorpsvisie: true."},
     "soort_werk: voorbereiding\n"
     "betrokkenheidsniveau:\n"
     "  niveau: adviseren\n"
     "  motivering: Bewoners en ondernemers denken mee over inrichting binnen het krediet.\n"},

    {"MEE161",
     {"De tabel in §2.1.3, bouwsteen 5, zet elke werkvorm bij een of meer betrokkenheidsniveaus. Een werkvorm geeft een bepaalde invloed: met een enquête halen we meningen op, maar inwoners beslissen er niet mee. Het niveau bij de werkvorm moet dus passen bij wat de werkvorm kan.",
      "The table in §2.1.3, bouwsteen 5, places each werkvorm under one or more levels. A werkvorm gives a certain influence: a survey collects opinions, but residents do not decide with it. So the level given to a werkvorm must fit what the werkvorm can do."},
     {"Geef deze werkvorm een niveau waaronder de catalogus hem noemt (zie hieronder). Of kies een andere werkvorm die bij het gewenste niveau past.",
      "Give this werkvorm a level under which the catalogue lists it (see below). Or choose another werkvorm that fits the level you want."},
     "werkvormen:\n"
     "  - werkvorm: enquete\n"
     "    niveau: raadplegen\n"
     "    online: false\n"},

    {"MEE162",
     {"Het beleid noemt in §2.1.3, bouwsteen 5, een lijst met werkvormen; in de toolkit staan er meer. Een werkvorm buiten de lijst mag, maar mee kan dan niet controleren bij welk niveau hij hoort. Vaak is het een tikfout.",
      "In §2.1.3, bouwsteen 5, the policy gives a list of werkvormen; the toolkit has more. A werkvorm outside the list is allowed, but mee cannot check which level it belongs to. Often it is a typo."},
     {"Controleer de spelling; mee stelt de werkvorm uit de catalogus voor die er het meest op lijkt. Schrijf werkvormen in kleine letters met streepjes, zoals online-enquete. Is het echt een andere werkvorm, dan kunt u deze info laten staan.",
      "Check the spelling; mee suggests the closest werkvorm from the catalogue. Write werkvormen in lower case with hyphens, such as online-enquete. If it really is another method, you can leave this info as it is."},
     "werkvormen:\n"
     "  - werkvorm: online-enquete\n"
     "    niveau: raadplegen\n"
     "    online: true\n"},

    {"MEE163",
     {"Het beleid zegt dat we de werkvormen kiezen op basis van het doel, de betrokkenen en het betrokkenheidsniveau (§2.1.3, bouwsteen 5). Als geen enkele werkvorm op het niveau van het plan zit, krijgen betrokkenen niet de invloed die het plan belooft.",
      "The policy says we choose the werkvormen based on the aim, the people involved and the level (§2.1.3, bouwsteen 5). If no werkvorm is at the plan's level, people do not get the influence the plan promises."},
     {"Voeg een werkvorm toe met als niveau het niveau uit betrokkenheidsniveau.niveau. Of geef een bestaande werkvorm dat niveau, als de catalogus hem daar ook noemt.",
      "Add a werkvorm whose niveau is the level in betrokkenheidsniveau.niveau. Or give an existing werkvorm that level, if the catalogue lists it there too."},
     "betrokkenheidsniveau:\n"
     "  niveau: adviseren\n"
     "  motivering: Ondernemers denken mee over de inrichting van het plein.\n"
     "werkvormen:\n"
     "  - werkvorm: worldcafe\n"
     "    niveau: adviseren\n"
     "    online: false\n"},

    {"MEE164",
     {"Het beleid wil dat iedereen makkelijk mee kan doen, \"toegankelijk en laagdrempelig\" (§2.1.3, bouwsteen 5). Onderdeel 6 van het plan vraagt daarom om fysieke en digitale werkvormen. Niet iedereen komt naar een avond, en niet iedereen doet online mee.",
      "The policy wants everyone to be able to take part easily: accessible and low-threshold (§2.1.3, bouwsteen 5). Part 6 of the plan therefore asks for both physical and online werkvormen. Not everyone comes to an evening meeting, and not everyone takes part online."},
     {"Zorg voor minstens één werkvorm met online: true en één met online: false. Zet online: true alleen als de werkvorm in dit plan echt online gebeurt.",
      "Make sure there is at least one werkvorm with online: true and one with online: false. Write online: true only when the werkvorm really happens online in this plan."},
     "werkvormen:\n"
     "  - {werkvorm: inloopavond, niveau: raadplegen, online: false}\n"
     "  - {werkvorm: online-enquete, niveau: raadplegen, online: true}\n"},

    {"MEE165",
     {"Het beleid zegt: \"We gebruiken verschillende methoden om zoveel mogelijk mensen te bereiken\" (§2.1.3, bouwsteen 5). Met maar één werkvorm bereikt u alleen de mensen die bij die vorm passen.",
      "The policy says we use different methods to reach as many people as possible (§2.1.3, bouwsteen 5). With only one werkvorm you reach only the people who suit that one form."},
     {"Zet minstens twee werkvormen onder werkvormen, het liefst van verschillende soort, zoals een bijeenkomst en een online enquête.",
      "List at least two werkvormen under werkvormen, preferably of different kinds, such as a meeting and an online survey."},
     "werkvormen:\n"
     "  - {werkvorm: inloopavond, niveau: raadplegen, online: false}\n"
     "  - {werkvorm: online-enquete, niveau: raadplegen, online: true}\n"},

    {"MEE171",
     {"Het beleid vraagt dat we duidelijk aangeven op welke momenten in het proces we inwoners betrekken (§2.1.3, bouwsteen 6 en onderdeel 7). Zonder participatiemoment in de planning weet niemand wanneer hij mee kan doen.",
      "The policy asks us to state clearly at which moments in the process we involve residents (§2.1.3, bouwsteen 6 and part 7). Without a participation moment in the planning, nobody knows when they can take part."},
     {"Voeg onder planning een moment toe met soort: participatie, een datum en wat er gebeurt. Noem onder doelgroepen wie er mee kan doen.",
      "Under planning, add a moment with soort: participatie, a datum and what happens (wat). Name under doelgroepen who can take part."},
     "planning:\n"
     "  - datum: 2026-03-24\n"
     "    wat: Inloopavond knelpunten\n"
     "    soort: participatie\n"
     "    doelgroepen: [Omwonenden centrum]\n"},

    {"MEE172",
     {"Het beleid zegt dat we \"de momenten van terugkoppeling\" vastleggen in de planning (§2.1.3, bouwsteen 6 en onderdeel 7). Zo horen mensen wat er met hun inbreng is gedaan (§1.3.2, punt 3).",
      "The policy says we record the moments of feedback in the planning (§2.1.3, bouwsteen 6 and part 7). That way people hear what was done with their input (§1.3.2, point 3)."},
     {"Voeg onder planning een moment toe met soort: terugkoppeling, na de participatie. Schrijf bij wat hoe u terugkoppelt, bijvoorbeeld met een bewonersbrief of op de website.",
      "Under planning, add a moment with soort: terugkoppeling, after the participation. Write under wat how you report back, for example with a letter to residents or on the website."},
     "planning:\n"
     "  - datum: 2026-06-16\n"
     "    wat: Terugkoppeling schetsontwerp per bewonersbrief en website\n"
     "    soort: terugkoppeling\n"},

    {"MEE173",
     {"Het beleid zegt dat we ook \"het moment dat het besluit plaats vindt\" vastleggen (§2.1.3, bouwsteen 6). Onderdeel 7 van het plan noemt de besluitmomenten van ambtelijk opdrachtgever, college en raad. Zo weten betrokkenen tot wanneer hun inbreng kan meetellen.",
      "The policy says we also record the moment the decision is taken (§2.1.3, bouwsteen 6). Part 7 of the plan names the decision moments of the ambtelijk opdrachtgever (the official who commissions the work), the college and the raad. That way people know until when their input can count."},
     {"Voeg onder planning een moment toe met soort: besluit en zet onder door wie besluit: ambtelijk-opdrachtgever, college of raad.",
      "Under planning, add a moment with soort: besluit and write under door who decides: ambtelijk-opdrachtgever, college or raad."},
     "planning:\n"
     "  - datum: 2026-07-07\n"
     "    wat: Raad stelt definitief ontwerp vast\n"
     "    soort: besluit\n"
     "    door: raad\n"},

    {"MEE174",
     {"Het beleid vraagt om bij de planning rekening te houden met schoolvakanties en feestdagen (§2.1.3, bouwsteen 6). Dan zijn veel mensen weg of druk. Kiest u toch zo'n moment, dan combineert u het met een online mogelijkheid of een tweede moment op een andere tijd.",
      "The policy asks us to take school holidays and public holidays into account in the planning (§2.1.3, bouwsteen 6). Many people are away or busy then. If you still choose such a moment, combine it with an online option or a second moment at another time."},
     {"Kies een andere datum. Of zet online_alternatief: true bij dit moment, als er echt een online mogelijkheid of een tweede moment op een andere tijd is.",
      "Choose another date. Or write online_alternatief: true for this moment, if there really is an online option or a second moment at another time."},
     "planning:\n"
     "  - datum: 2026-02-24\n"
     "    wat: Inloopavond knelpunten\n"
     "    soort: participatie\n"
     "    online_alternatief: true\n"},

    {"MEE175",
     {"Het beleid vraagt om rekening te houden met drukke periodes van bepaalde groepen: \"de oogstmaand voor boeren en de decembermaand voor winkeliers\" (§2.1.3, bouwsteen 6). Dat zijn geen handige momenten voor een bijeenkomst met die groepen; doet u het toch, dan met een online mogelijkheid of meer momenten. Noemt een moment geen doelgroepen, dan kijkt mee naar alle belanghebbenden.",
      "The policy asks us to take busy periods of certain groups into account: the harvest months for farmers (agrariers) and December for shopkeepers (winkeliers) (§2.1.3, bouwsteen 6). Those are bad moments for a meeting with these groups; if you hold one anyway, add an online option or more moments. When a moment names no doelgroepen, mee looks at all stakeholders."},
     {"Kies een datum buiten de drukke periode van deze groep. Of zet online_alternatief: true bij dit moment, als er een online mogelijkheid of een tweede moment op een andere tijd is.",
      "Choose a date outside this group's busy period. Or write online_alternatief: true for this moment, if there is an online option or a second moment at another time."},
     "planning:\n"
     "  - datum: 2026-10-06\n"
     "    wat: Avond over het buitengebied\n"
     "    soort: participatie\n"
     "    doelgroepen: [Agrariërs buitengebied]\n"
     "    online_alternatief: true\n"},

    {"MEE176",
     {"Het beleid wil dat inwoners op tijd meedoen, \"voordat er besluiten worden genomen\" (§1.1), en dat ze daarna horen wat er met hun inbreng is gedaan (§2.1.3, bouwsteen 6). Een terugkoppeling vóór de eerste participatie, of een besluit vóór de laatste, klopt dan niet. mee kijkt naar de datums, niet naar de volgorde in de lijst.",
      "The policy wants residents to take part in time, before decisions are taken (§1.1), and to hear afterwards what was done with their input (§2.1.3, bouwsteen 6). Feedback before the first participation moment, or a decision before the last one, does not fit that. mee looks at the dates, not at the order of the list."},
     {"Controleer de datums onder planning. Zet de terugkoppeling na de eerste participatie en het besluit na de laatste participatie.",
      "Check the dates under planning. Put the terugkoppeling after the first participation moment and the besluit after the last one."},
     "planning:\n"
     "  - {datum: 2026-03-24, wat: Inloopavond, soort: participatie}\n"
     "  - {datum: 2026-06-16, wat: Bewonersbrief over de inbreng, soort: terugkoppeling}\n"
     "  - {datum: 2026-07-07, wat: Raad besluit, soort: besluit, door: raad}\n"},

    {"MEE177",
     {"Het beleid vraagt om rekening te houden met schoolvakanties (§2.1.3, bouwsteen 6). mee kent de schoolvakanties alleen voor de periode die in het profiel staat. Voor dit moment kon mee dus niet kijken of het in een schoolvakantie valt; de feestdagen zijn wel gecontroleerd.",
      "The policy asks us to take school holidays into account (§2.1.3, bouwsteen 6). mee knows the school holidays only for the period in the profile. So for this moment mee could not check whether it falls in a school holiday; public holidays were checked."},
     {"Kijk zelf of de datum in een schoolvakantie valt (de Rijksoverheid publiceert de data per schooljaar). Valt hij erin, kies dan een andere datum of zet online_alternatief: true. Een nieuwere mee of een nieuwer profiel kent ook de latere jaren.",
      "Check yourself whether the date falls in a school holiday (the national government publishes the dates per school year). If it does, choose another date or write online_alternatief: true. A newer mee or a newer profile knows the later years too."},
     ""},

    {"MEE178",
     {"Het beleid zegt dat we vanaf de start vertellen \"wie er uiteindelijk beslist\" (§1.3.2, punt 3). Onderdeel 7 van het plan noemt daarom de besluitmomenten van ambtelijk opdrachtgever, college en/of raad (§2.1.3).",
      "The policy says that from the start we tell who finally decides (§1.3.2, point 3). So part 7 of the plan names the decision moments of the ambtelijk opdrachtgever, the college and/or the raad (§2.1.3)."},
     {"Zet bij elk moment met soort: besluit onder door wie besluit: ambtelijk-opdrachtgever, college of raad.",
      "For every moment with soort: besluit, write under door who decides: ambtelijk-opdrachtgever, college or raad."},
     "planning:\n"
     "  - datum: 2026-04-14\n"
     "    wat: College kiest het voorkeursontwerp\n"
     "    soort: besluit\n"
     "    door: college\n"},

    {"MEE181",
     {"Onderdeel 8 van het plan vraagt welke communicatiemiddelen we inzetten om betrokkenen over het proces te informeren, zoals gerichte uitnodigingen, de krant of social media (§2.1.3). Dit stelt u op samen met de adviseur communicatie.",
      "Part 8 of the plan asks which means of communication we use to inform people about the process, such as targeted invitations, the newspaper or social media (§2.1.3). You decide this together with the communication adviser."},
     {"Zet onder communicatie.middelen de middelen die u gebruikt, als lijst.",
      "Under communicatie.middelen, list the means you use."},
     "communicatie:\n"
     "  middelen: [bewonersbrief, website, Dalfser Marskramer, social media]\n"},

    {"MEE182",
     {"Het beleid zegt: \"We maken in elke stap duidelijk wat we met de opgehaalde ideeën en meningen van de inwoners hebben gedaan\" (§1.3.2, punt 3). Onderdeel 8 van het plan vraagt daarom hoe de terugkoppeling gebeurt (§2.1.3).",
      "The policy says that in every step we make clear what we did with the ideas and opinions residents gave (§1.3.2, point 3). So part 8 of the plan asks how feedback is given (§2.1.3)."},
     {"Schrijf onder communicatie.terugkoppeling hoe en wanneer deelnemers horen wat er met hun inbreng gebeurt.",
      "Under communicatie.terugkoppeling, write how and when participants hear what happens with their input."},
     "communicatie:\n"
     "  terugkoppeling: Na elke bijeenkomst een verslag op de website en per mail aan deelnemers.\n"},

    {"MEE183",
     {"Onderdeel 8 van het plan vraagt om de verslaglegging \"waarin betrokkenen hun inbreng terug kunnen zien\" (§2.1.3). De verslagen zijn ook de basis voor het eindverslag (§2.1.5, stap 5).",
      "Part 8 of the plan asks for the records in which people can see their input again (§2.1.3). The records are also the basis for the eindverslag (§2.1.5, step 5)."},
     {"Schrijf onder communicatie.verslaglegging hoe u de inbreng vastlegt en waar betrokkenen de verslagen kunnen lezen.",
      "Under communicatie.verslaglegging, write how you record the input and where people can read the reports."},
     "communicatie:\n"
     "  verslaglegging: Verslagen met alle inbreng komen op de projectpagina.\n"},

    {"MEE184",
     {"Het beleid vraagt \"duidelijke en aantrekkelijke uitnodigingen (op B1 niveau)\" (§2.1.5, stap 4). Er bestaat geen officiële formule voor B1. mee gebruikt daarom een vuistregel uit het profiel: de leesbaarheid volgens Flesch-Douma is minstens 60, en een zin heeft gemiddeld hoogstens 15 woorden. Haalt een tekst de vuistregel, dan is hij nog niet vanzelf B1: laat hem ook door iemand lezen.",
      "The policy asks for clear and attractive invitations at B1 level (§2.1.5, step 4). There is no official formula for B1. So mee uses a rule of thumb (a heuristic) from the profile: the Flesch-Douma reading ease is at least 60, and sentences have at most 15 words on average. A text that meets the heuristic is not B1 by itself: have someone read it too."},
     {"Maak de zinnen korter en gebruik korte, gewone woorden. Met mee explain MEE184 BESTAND ziet u de cijfers van de uitnodiging in uw eigen plan.",
      "Make the sentences shorter and use short, everyday words. With mee explain MEE184 FILE you see the figures of the invitation in your own plan."},
     "communicatie:\n"
     "  uitnodiging: |\n"
     "    Wat vindt u van het centrum? Kom naar de inloopavond op 24 maart.\n"
     "    U kunt ook online meedoen.\n"},

    {"MEE185",
     {"Het beleid vraagt uitnodigingen op B1-niveau (§2.1.5, stap 4). Zonder de tekst van de uitnodiging in het plan kan mee dat niet controleren.",
      "The policy asks for invitations at B1 level (§2.1.5, step 4). Without the text of the invitation in the plan, mee cannot check that."},
     {"Zet de tekst van de uitnodiging onder communicatie.uitnodiging. Schrijf uitnodiging: | en zet de tekst op de regels eronder, iets verder ingesprongen.",
      "Put the text of the invitation under communicatie.uitnodiging. Write uitnodiging: | and put the text on the lines below it, indented a little further."},
     "communicatie:\n"
     "  uitnodiging: |\n"
     "    Wat vindt u van het centrum? Kom naar de inloopavond op 24 maart.\n"
     "    U kunt ook online meedoen.\n"},

    {"MEE191",
     {"Het beleid zegt: \"inwoners betrekken kost organisatiekracht. Hiervoor is capaciteit en geld nodig\" (§2.1.3, onderdeel 9). Het plan geeft daarom een raming van wat er nodig is.",
      "The policy says that involving residents takes organisational effort, and needs people's time and money (§2.1.3, part 9). So the plan gives an estimate of what is needed."},
     {"Vul onder capaciteit de uren in, het budget in euro's, of allebei. Schrijf onder toelichting waar het voor is.",
      "Under capaciteit, fill in the uren (hours), the budget in euros, or both. Write under toelichting what it is for."},
     "capaciteit:\n"
     "  uren: 160\n"
     "  budget: 12500\n"
     "  toelichting: Procesbegeleider, zaalhuur, drukwerk en een online enquete.\n"},

    {"MEE192",
     {"Het plan geeft een raming van het geld dat nodig is (§2.1.3, onderdeel 9). In het Nederlands is 12.500 twaalfduizend vijfhonderd, maar YAML leest 12.500 als twaalf en een half. Het budget lijkt dan duizend keer zo laag.",
      "The plan gives an estimate of the money needed (§2.1.3, part 9). In Dutch, 12.500 is twelve thousand five hundred, but YAML reads 12.500 as twelve and a half. The budget then looks a thousand times lower."},
     {"Schrijf het bedrag zonder punt, zoals budget: 12500. Gebruik een punt alleen voor centen, zoals 12500.50.",
      "Write the amount without a dot, as in budget: 12500. Use a dot only for cents, as in 12500.50."},
     "capaciteit:\n"
     "  budget: 12500\n"},

    // ---- MEE2xx: eindverslag ------------------------------------------------------------------
    {"MEE201",
     {"Het eindverslag legt uit in hoeverre het proces aansloot bij het plan van aanpak (§2.1.5, stap 5). Daarvoor moet mee het plan kunnen vinden. Het id onder plan hoort bij geen enkel plan in het project.",
      "The eindverslag explains how far the process followed the plan (§2.1.5, step 5). For that, mee must be able to find the plan. The id under plan belongs to no plan in the project."},
     {"Schrijf onder plan precies het id van het plan, zoals PVA-2026-014. Zorg dat het plan in hetzelfde project staat: dezelfde map met .mee.yaml, of dezelfde git-repository.",
      "Under plan, write the plan's id exactly, such as PVA-2026-014. Make sure the plan is in the same project: the same folder with .mee.yaml, or the same git repository."},
     "plan: PVA-2026-014\n"},

    {"MEE202",
     {"Het beleid zegt dat het eindverslag een \"overzicht van het gevolgde proces\" geeft, met \"uitleg in hoeverre het proces aansloot bij het plan van aanpak\" (§2.1.5, stap 5). Het verslag is de basis om te bepalen of de inwonerbetrokkenheid geslaagd is.",
      "The policy says the eindverslag gives an overview of the process that was followed, and explains how far it matched the plan (§2.1.5, step 5). The report is the basis for deciding whether involving residents succeeded."},
     {"Schrijf onder proces.overzicht wat er is gebeurd. Schrijf onder proces.aansluiting_plan of dat volgens plan ging en wat anders liep.",
      "Under proces.overzicht, write what happened. Under proces.aansluiting_plan, write whether it went as planned and what went differently."},
     "proces:\n"
     "  overzicht: Twee bijeenkomsten, een enquete met 312 reacties en een terugkoppelbrief.\n"
     "  aansluiting_plan: Het proces volgde het plan; de enquete bleef een week langer open.\n"},

    {"MEE203",
     {"Het eindverslag legt uit in hoeverre het proces aansloot bij het plan van aanpak (§2.1.5, stap 5). Elke werkvorm uit het plan komt daarom terug: als uitgevoerd, of als afwijking met een reden.",
      "The eindverslag explains how far the process followed the plan (§2.1.5, step 5). So every werkvorm of the plan comes back: as carried out, or as a deviation with a reason."},
     {"Zet de werkvorm onder proces.uitgevoerd, met datum en aantal deelnemers. Ging hij niet door, noem hem dan onder proces.afwijkingen in de tekst bij wat, met een reden.",
      "Add the werkvorm under proces.uitgevoerd, with datum and the number of deelnemers. If it did not take place, name it under proces.afwijkingen in the wat text, with a reden."},
     "proces:\n"
     "  uitgevoerd:\n"
     "    - {datum: 2026-03-24, werkvorm: inloopavond, deelnemers: 85}\n"
     "  afwijkingen:\n"
     "    - wat: De worldcafe is niet doorgegaan\n"
     "      reden: Te weinig aanmeldingen; ondernemers gaven hun advies per mail.\n"},

    {"MEE204",
     {"Het eindverslag legt uit in hoeverre het proces aansloot bij het plan (§2.1.5, stap 5). Deze werkvorm is uitgevoerd, maar stond niet in het plan. Dat mag, maar het is een afwijking die u uitlegt.",
      "The eindverslag explains how far the process followed the plan (§2.1.5, step 5). This werkvorm was carried out but was not in the plan. That is allowed, but it is a deviation you explain."},
     {"Voeg onder proces.afwijkingen een afwijking toe die deze werkvorm noemt bij wat, met de reden. Is de naam een tikfout, verbeter die dan.",
      "Add a deviation under proces.afwijkingen that names this werkvorm in wat, with the reden. If the name is a typo, correct it."},
     "proces:\n"
     "  uitgevoerd:\n"
     "    - {datum: 2026-04-15, werkvorm: buurtwandeling, deelnemers: 18}\n"
     "  afwijkingen:\n"
     "    - wat: Extra buurtwandeling op verzoek van bewoners\n"
     "      reden: Bewoners wilden de knelpunten ter plekke laten zien.\n"},

    {"MEE205",
     {"Het beleid vraagt in het eindverslag een \"samenvatting van de inbreng van de deelnemers\" (§2.1.5, stap 5). Zonder inbreng kan niemand zien wat inwoners hebben gezegd en wat de gemeente ermee deed.",
      "The policy asks for a summary of the participants' input in the eindverslag (§2.1.5, step 5). Without input, nobody can see what residents said and what the municipality did with it."},
     {"Zet onder inbreng per onderwerp een punt met onderwerp, samenvatting, reactie en verwerking.",
      "Under inbreng, add an item per subject with onderwerp, samenvatting, reactie and verwerking."},
     "inbreng:\n"
     "  - onderwerp: Parkeren bij de supermarkt\n"
     "    samenvatting: Veel zorgen over minder parkeerplaatsen.\n"
     "    reactie: Het aantal plaatsen blijft gelijk; twee plekken worden laadplaatsen.\n"
     "    verwerking: overgenomen\n"},

    {"MEE206",
     {"Het beleid vraagt een \"inhoudelijke reactie op de geleverde inbreng\": hoe zijn de resultaten verwerkt (§2.1.5, stap 5)? Mensen willen weten wat er met hun inbreng is gedaan (§1.3.2, punt 3).",
      "The policy asks for a response on the substance of the input: how were the results used (§2.1.5, step 5)? People want to know what was done with their input (§1.3.2, point 3)."},
     {"Schrijf bij elk punt onder inbreng een reactie: wat de gemeente met deze inbreng doet.",
      "For every item under inbreng, write a reactie: what the municipality does with this input."},
     "inbreng:\n"
     "  - onderwerp: Waterpartij op het plein\n"
     "    samenvatting: Enkele bewoners willen een fontein.\n"
     "    reactie: Past niet binnen het krediet en vraagt veel onderhoud.\n"
     "    verwerking: niet\n"
     "    uitleg: Onderhoudskosten passen niet in de beheerbegroting; wel extra bankjes.\n"},

    {"MEE207",
     {"Het beleid vraagt uit te leggen \"wanneer er niets met de geleverde inbreng is gedaan\" (§2.1.5, stap 5). De raad wil ook dat afwijken van adviezen uit de participatie duidelijk wordt gemotiveerd (§2.3.1).",
      "The policy asks us to explain when nothing was done with the input (§2.1.5, step 5). The raad also wants any departure from advice given in participation to be clearly explained (§2.3.1)."},
     {"Schrijf bij elk punt met verwerking: niet of deels onder uitleg waarom de inbreng niet of maar voor een deel is overgenomen.",
      "For every item with verwerking: niet or deels, write under uitleg why the input was not used, or only partly."},
     "inbreng:\n"
     "  - onderwerp: Parkeren bij de supermarkt\n"
     "    samenvatting: Veel zorgen over minder parkeerplaatsen.\n"
     "    reactie: Het aantal plaatsen blijft gelijk; twee plekken worden laadplaatsen.\n"
     "    verwerking: deels\n"
     "    uitleg: Laadplaatsen zijn nodig voor de bevoorrading; daarom niet alle plekken vrij.\n"},

    {"MEE208",
     {"Het beleid zegt: \"Voorafgaand aan elk proces bepalen we het concrete doel en achteraf toetsen we of we dit doel hebben bereikt\" (§1.2). Het eindverslag is de plek om elk doel uit het plan te toetsen.",
      "The policy says that before every process we set the concrete aim, and afterwards we test whether we reached it (§1.2). The eindverslag is the place to test every goal of the plan."},
     {"Zet elk doel uit het plan onder doelen, met bereikt (ja, deels of nee) en een toelichting.",
      "List every goal of the plan under doelen, with bereikt (ja, deels or nee) and a toelichting."},
     "doelen:\n"
     "  - doel: ideeen-ophalen\n"
     "    bereikt: ja\n"
     "    toelichting: 40 concrete ideeën; 12 zitten in het ontwerp.\n"},

    {"MEE209",
     {"Het eindverslag toetst de doelen die het plan vooraf stelde (§1.2). Dit doel stond niet in het plan. Misschien is het anders geschreven dan in het plan.",
      "The eindverslag tests the goals the plan set beforehand (§1.2). This goal was not in the plan. Perhaps it is written differently from the plan."},
     {"Gebruik voor het doel dezelfde sleutel als in het plan. Stond het doel echt niet in het plan, haal het dan weg onder doelen.",
      "Use the same key for the goal as in the plan. If the goal really was not in the plan, remove it from doelen."},
     "doelen:\n"
     "  - doel: zorgvuldige-besluiten\n"
     "    bereikt: ja\n"
     "    toelichting: Het raadsvoorstel beschrijft alle belangen en de afweging.\n"},

    {"MEE210",
     {"Het beleid zegt: \"Het eindverslag inwonerbetrokkenheid stellen we beschikbaar aan alle betrokkenen en het publiek. Dit zorgt voor transparantie\" (§2.1.5, stap 5).",
      "The policy says we make the eindverslag available to everyone involved and to the public, for transparency (§2.1.5, step 5)."},
     {"Publiceer het verslag en vul onder openbaar de datum en de plek (waar) in, bijvoorbeeld de webpagina van het project.",
      "Publish the report and fill in, under openbaar, the datum and the place (waar), for example the project's web page."},
     "openbaar:\n"
     "  datum: 2026-10-13\n"
     "  waar: https://www.dalfsen.nl/centrum-lemelerveld\n"},

    {"MEE211",
     {"Het beleid zegt: \"Nadat het proces is afgerond, stellen we een eindverslag op\" (§2.1.5, stap 5). Een verslag met een datum vóór de laatste activiteit kan dus niet kloppen; waarschijnlijk is een datum verkeerd.",
      "The policy says we write the eindverslag after the process has ended (§2.1.5, step 5). A report dated before the last activity cannot be right; probably a date is wrong."},
     {"Controleer de datum van het verslag en de datums onder proces.uitgevoerd, en verbeter wat niet klopt.",
      "Check the report's datum and the dates under proces.uitgevoerd, and correct whichever is wrong."},
     "datum: 2026-10-06\n"
     "proces:\n"
     "  uitgevoerd:\n"
     "    - {datum: 2026-05-12, werkvorm: worldcafe, deelnemers: 24}\n"},

    {"MEE212",
     {"Het beleid vraagt dat het plan van aanpak wordt vastgesteld, omdat het de kaders voor het proces zijn (§2.1.4, stap 3). College en raad toetsen het proces aan dat vastgestelde plan. Dit eindverslag hoort bij een plan met status: concept.",
      "The policy asks for the plan to be adopted, because it sets the framework for the process (§2.1.4, step 3). The college and the raad test the process against that adopted plan. This eindverslag belongs to a plan with status: concept."},
     {"Is het plan wel vastgesteld, zet dan in het plan status: vastgesteld en vul vastgesteld in. Is het nooit vastgesteld, leg dat dan uit in het eindverslag onder proces.aansluiting_plan.",
      "If the plan was adopted, write status: vastgesteld in the plan and fill in vastgesteld. If it was never adopted, explain that in the eindverslag under proces.aansluiting_plan."},
     "status: vastgesteld\n"
     "vastgesteld:\n"
     "  door: college\n"
     "  datum: 2026-03-03\n"
     "  kenmerk: B&W 2026-0303-07\n"},

    {"MEE213",
     {"Het eindverslag geeft een samenvatting van de inbreng en toetst of de doelen zijn bereikt (§2.1.5, stap 5; §1.2). Een lege of te korte tekst zegt de lezer niets.",
      "The eindverslag summarises the input and tests whether the goals were reached (§2.1.5, step 5; §1.2). An empty or too short text tells the reader nothing."},
     {"Schrijf bij elk punt onder inbreng een samenvatting van wat mensen zeiden. Schrijf bij elk doel onder toelichting waarom het ja, deels of nee is.",
      "For every item under inbreng, write a samenvatting of what people said. For every goal, write under toelichting why it is ja, deels or nee."},
     "inbreng:\n"
     "  - onderwerp: Parkeren bij de supermarkt\n"
     "    samenvatting: Veel zorgen over minder parkeerplaatsen.\n"
     "doelen:\n"
     "  - doel: ideeen-ophalen\n"
     "    bereikt: ja\n"
     "    toelichting: 40 concrete ideeën; 12 zitten in het ontwerp.\n"},

    // ---- MEE3xx: inwonersinitiatief -----------------------------------------------------------
    {"MEE301",
     {"Het beleid zegt dat de coördinator \"binnen vier weken contact\" opneemt met de indiener van een idee (§2.2.2, stap 2, onderdeel a). Het eerste contact was later dan dat.",
      "The policy says the coordinator contacts the person who submitted an idea within four weeks (§2.2.2, step 2, part a). The first contact was later than that."},
     {"Was er eerder contact dan het intakegesprek, bijvoorbeeld per telefoon of mail, zet die datum dan onder intake.contact. Zonder intake.contact telt mee intake.datum als eerste contact.",
      "If there was contact before the intake conversation, by phone or e-mail for example, write that date under intake.contact. Without intake.contact, mee counts intake.datum as the first contact."},
     "ingediend: 2026-01-12\n"
     "intake:\n"
     "  contact: 2026-01-19\n"
     "  datum: 2026-01-30\n"},

    {"MEE302",
     {"Het beleid zegt dat de coördinator binnen vier weken contact opneemt met de indiener van een idee (§2.2.2, stap 2, onderdeel a). Bij dit initiatief is nog geen contact geweest, en die termijn is voorbij. Heeft het initiatief al een beoordeling, een besluit of een status als besloten, dan was er wel contact, maar staat de datum er niet in; de jaarcijfers (§3.6) tellen die datum.",
      "The policy says the coordinator contacts the person who submitted an idea within four weeks (§2.2.2, step 2, part a). This initiative has had no contact yet, and that time has passed. When the initiative already has a beoordeling, a besluit or a status such as besloten, there was contact, but its date is not recorded; the annual figures (§3.6) count that date."},
     {"Neem nu contact op met de initiatiefnemer en zet de datum onder intake.contact. Was er al contact, zet dan die datum onder intake.contact.",
      "Contact the initiator now and write the date under intake.contact. If there was contact already, write that date under intake.contact."},
     "intake:\n"
     "  contact: 2026-01-19\n"},

    {"MEE303",
     {"Het beleid noemt acht vragen die in het intakegesprek aan bod komen (§2.2.2, stap 2, onderdeel a). Vraag 1 zijn de contactgegevens: initiatiefnemer.naam en initiatiefnemer.contact. De vragen 2 tot en met 8 zijn de zeven teksten onder intake.gesprek. Zonder alle antwoorden is het initiatief niet goed te beoordelen.",
      "The policy lists eight questions for the intake conversation (§2.2.2, step 2, part a). Question 1 is the contact details: initiatiefnemer.naam and initiatiefnemer.contact. Questions 2 to 8 are the seven texts under intake.gesprek. Without all the answers, the initiative cannot be judged well."},
     {"Vul na het gesprek alle antwoorden in: naam en contact onder initiatiefnemer, en idee, doel, buren, samenwerking, wanneer, kosten en hulp onder intake.gesprek.",
      "After the conversation, fill in every answer: naam and contact under initiatiefnemer, and idee, doel, buren, samenwerking, wanneer, kosten and hulp under intake.gesprek."},
     "initiatiefnemer: {naam: J. Jansen, contact: j.jansen@example.nl}\n"
     "intake:\n"
     "  datum: 2026-01-30\n"
     "  gesprek:\n"
     "    idee: Een jeu-de-boulesbaan op het grasveld naast De Schakel.\n"
     "    doel: Ontmoeting voor ouderen in de wijk.\n"
     "    buren: Twintig buren tekenden een steunlijst.\n"
     "    samenwerking: Samen met de ouderenbond en SAAM Welzijn.\n"
     "    wanneer: Aanleg in het voorjaar, opening in mei.\n"
     "    kosten: 6500 euro, deels eigen bijdrage.\n"
     "    hulp: Grond in bruikleen en advies over de ondergrond.\n"},

    {"MEE304",
     {"Het afwegingskader in §2.2.1 zegt: past het initiatief in het beleid en draagt het bij aan de doelen, dan ja. Past het wel maar draagt het niet bij, dan ja, mits. Past het niet in het beleid, dan afwijzen. De uitkomst mag niet gunstiger zijn dan dit kader toestaat.",
      "The assessment framework in §2.2.1 says: if the initiative fits the policy and helps reach its goals, ja. If it fits but does not help, ja-mits (yes, on conditions). If it does not fit the policy, afwijzen (reject). The outcome may not be more favourable than this framework allows."},
     {"Controleer past_in_beleid en draagt_bij onder beoordeling. Past het niet in het beleid, dan is de uitkomst afwijzen; draagt het niet bij, dan ja-mits met voorwaarden, of afwijzen.",
      "Check past_in_beleid and draagt_bij under beoordeling. If it does not fit the policy, the uitkomst is afwijzen; if it does not help reach the goals, ja-mits with voorwaarden, or afwijzen."},
     "beoordeling:\n"
     "  past_in_beleid: true\n"
     "  draagt_bij: false\n"
     "  uitkomst: ja-mits\n"
     "  voorwaarden: [De buurt onderhoudt de baan zelf.]\n"},

    {"MEE305",
     {"Volgens het afwegingskader krijgt een initiatief dat wel in het beleid past, maar niet bijdraagt aan de doelen: \"ja, mits\" (§2.2.1). Het college zegt ook \"onder welke voorwaarden\" het een initiatief steunt (§2.2.3, onderdeel b). Een ja-mits zonder voorwaarden zegt niet wat de mits is.",
      "According to the assessment framework, an initiative that fits the policy but does not help reach its goals gets ja-mits: yes, on conditions (§2.2.1). The college also states on which conditions it supports an initiative (§2.2.3, part b). A ja-mits without voorwaarden does not say what the conditions are."},
     {"Zet onder beoordeling.voorwaarden de voorwaarden, als lijst.",
      "List the conditions under beoordeling.voorwaarden."},
     "beoordeling:\n"
     "  uitkomst: ja-mits\n"
     "  voorwaarden:\n"
     "    - De buurt onderhoudt de baan zelf.\n"
     "    - Er wordt na 22.00 uur niet gespeeld.\n"},

    {"MEE306",
     {"Het beleid zegt: \"Kleine initiatieven of ideeën gaan direct naar de juiste personen\" en \"Grotere (integrale) initiatieven bespreken we aan de intaketafel\" (§2.2.2, stap 2, onderdelen b en c). Een groot initiatief gaat dus niet direct. En een initiatief dat naar de intaketafel gaat, heeft een datum voor die bespreking.",
      "The policy says small initiatives go directly to the right people, and larger ones are discussed at the intaketafel (§2.2.2, step 2, parts b and c). So a large initiative does not go directly. And an initiative that goes to the intaketafel has a date for that discussion."},
     {"Zet bij een groot initiatief beoordeling.route: intaketafel. Vul bij route: intaketafel onder beoordeling.intaketafel de datum van de bespreking in.",
      "For a large initiative, write beoordeling.route: intaketafel. With route: intaketafel, fill in the date of the discussion under beoordeling.intaketafel."},
     "omvang: groot\n"
     "beoordeling:\n"
     "  route: intaketafel\n"
     "  intaketafel: 2026-02-17\n"},

    {"MEE307",
     {"Het beleid geeft de stappen van een initiatief in een vaste volgorde: indienen, contact en intakegesprek, intaketafel, besluit en de brief aan de initiatiefnemer (§2.2.2, stap 1 en stap 2; §2.2.3). Een datum die vóór een eerdere stap ligt, is meestal een tikfout.",
      "The policy gives the steps of an initiative in a fixed order: submission, contact and intake conversation, intaketafel, decision and the letter to the initiator (§2.2.2, step 1 and step 2; §2.2.3). A date that lies before an earlier step is usually a typo."},
     {"Controleer de datums. Ze moeten in deze volgorde liggen: ingediend, intake.contact, intake.datum, beoordeling.intaketafel, besluit.datum, mededeling.datum. Twee gelijke datums mogen.",
      "Check the dates. They must be in this order: ingediend, intake.contact, intake.datum, beoordeling.intaketafel, besluit.datum, mededeling.datum. Two equal dates are fine."},
     "ingediend: 2026-01-12\n"
     "intake:\n"
     "  contact: 2026-01-19\n"
     "  datum: 2026-01-30\n"
     "besluit:\n"
     "  datum: 2026-03-10\n"
     "  door: college\n"
     "mededeling:\n"
     "  datum: 2026-03-17\n"},

    {"MEE308",
     {"Na het besluit schrijft de adviseur inwonerbetrokkenheid een brief aan de initiatiefnemer, met het besluit, de hulp die hij kan verwachten en de volgende stappen (§2.2.3, onderdeel c). Zonder die brief weet de initiatiefnemer niet waar hij aan toe is.",
      "After the decision, the adviser writes a letter to the initiator with the decision, the help to expect and the next steps (§2.2.3, part c). Without that letter, the initiator does not know where they stand."},
     {"Stuur de brief en zet de datum onder mededeling.datum.",
      "Send the letter and write its date under mededeling.datum."},
     "mededeling:\n"
     "  datum: 2026-03-17\n"},

    {"MEE309",
     {"Het afwegingskader zegt bij afwijzen: \"geen medewerking verlenen\" (§2.2.1). Een afgewezen initiatief krijgt dus geen ondersteuning. De status moet ook passen bij de uitkomst van het besluit (§2.2.3); anders klopt het jaaroverzicht niet (§3.6).",
      "The assessment framework says that a rejected initiative gets no cooperation (§2.2.1). So a rejected initiative gets no ondersteuning. The status must also match the outcome of the decision (§2.2.3); otherwise the annual overview is wrong (§3.6)."},
     {"Haal ondersteuning weg bij afwijzen, of verbeter de uitkomst. Kies de status die past: bij afwijzen afgewezen of ingetrokken; bij ja of ja-mits besloten, uitgevoerd of ingetrokken; zonder beoordeling ingediend, in-behandeling of ingetrokken.",
      "Remove ondersteuning with afwijzen, or correct the uitkomst. Choose the status that fits: with afwijzen, afgewezen or ingetrokken; with ja or ja-mits, besloten, uitgevoerd or ingetrokken; without beoordeling, ingediend, in-behandeling or ingetrokken."},
     "beoordeling:\n"
     "  past_in_beleid: false\n"
     "  draagt_bij: false\n"
     "  uitkomst: afwijzen\n"
     "status: afgewezen\n"},

    {"MEE310",
     {"Het beleid telt initiatieven naar geografische herkomst (§3.6). Daarvoor moet kern een kern of buurtschap uit het profiel zijn. Een andere schrijfwijze wordt apart geteld.",
      "The policy counts initiatives by where they come from (§3.6). For that, kern must be a village (kern) or hamlet (buurtschap) of the profile. A different spelling is counted separately."},
     {"Schrijf de kern of buurtschap zoals in de lijst hieronder; mee stelt de naam voor die er het meest op lijkt.",
      "Write the kern or buurtschap as in the list below; mee suggests the closest name."},
     "kern: Lemelerveld\n"},

    {"MEE311",
     {"Het beleid meet hoe initiatiefnemers de steun van de gemeente hebben ervaren, bijvoorbeeld met een enquête of een interview (§3.6). Dat komt in het jaaroverzicht. Bij een uitgevoerd initiatief hoort daarom een evaluatie.",
      "The policy measures how initiators experienced the municipality's support, for example with a survey or an interview (§3.6). That goes into the annual overview. So a carried-out initiative has an evaluatie."},
     {"Vraag de initiatiefnemer hoe de steun was. Vul onder evaluatie de tevredenheid (1 tot en met 5) en een toelichting in.",
      "Ask the initiator how the support was. Under evaluatie, fill in tevredenheid (1 to 5) and a toelichting."},
     "evaluatie:\n"
     "  tevredenheid: 4\n"
     "  toelichting: Snel geholpen; de subsidieaanvraag was ingewikkeld.\n"},

    {"MEE312",
     {"Het beleid zegt: \"Bij initiatieven waarbij de gemeente actief samenwerkt, benoemen we een projectleider die samen met de initiatiefnemer het initiatief verder oppakt\" (§2.2.3, onderdeel b).",
      "The policy says that when the municipality actively works together on an initiative, we appoint a project leader who takes it further together with the initiator (§2.2.3, part b)."},
     {"Zet onder besluit.projectleider wie de projectleider is.",
      "Write under besluit.projectleider who the project leader is."},
     "besluit:\n"
     "  ondersteuning: [samenwerking, expertise]\n"
     "  projectleider: M. de Vries\n"},

    {"MEE313",
     {"Voor grote initiatieven en initiatieven aan de intaketafel maakt de adviseur een voorstel aan het college, en dan geldt: \"Het college beslist\" (§2.2.3, onderdelen a en b). Alleen kleine initiatieven die direct gaan, kan de coördinator afhandelen.",
      "For large initiatives and initiatives at the intaketafel, the adviser makes a proposal to the college, and then the college decides (§2.2.3, parts a and b). Only small initiatives that go directly can be handled by the coordinator."},
     {"Zet besluit.door op college als het college heeft besloten. Heeft iemand anders besloten, leg het initiatief dan eerst aan het college voor.",
      "Set besluit.door to college if the college decided. If someone else decided, put the initiative to the college first."},
     "omvang: groot\n"
     "besluit:\n"
     "  datum: 2026-03-10\n"
     "  door: college\n"},
    {"MEE317",
     {"Een initiatief komt binnen via het digitale loket (§2.2.2, stap 1), en de coördinator neemt binnen vier weken contact op met de indiener (stap 2a). Daarvoor moet vanaf het indienen duidelijk zijn om welk idee het gaat (titel) en wie het indiende en hoe die te bereiken is (initiatiefnemer.naam en initiatiefnemer.contact). Een tekst als 'nog invullen' of 'n.t.b.' telt niet als ingevuld. Na het intakegesprek meldt MEE303 ontbrekende contactgegevens.",
      "An initiative comes in through the digital loket (§2.2.2, step 1), and the coordinator contacts the submitter within four weeks (step 2a). For that, it must be clear from submission on which idea it is (titel) and who submitted it and how to reach them (initiatiefnemer.naam and initiatiefnemer.contact). A text such as 'nog invullen' or 'n.t.b.' does not count as filled in. After the intake conversation, MEE303 reports missing contact details."},
     {"Geef het initiatief een korte titel en zet onder initiatiefnemer de naam en een e-mailadres of telefoonnummer van de indiener.",
      "Give the initiative a short titel and put the submitter's name and an e-mail address or phone number under initiatiefnemer."},
     "titel: Jeu-de-boulesbaan De Koele\n"
     "initiatiefnemer:\n"
     "  naam: J. Jansen\n"
     "  contact: j.jansen@example.nl\n"},

    // ---- MEE4xx: across documents -------------------------------------------------------------
    {"MEE401",
     {"Het beleid telt plannen, eindverslagen en initiatieven in een jaaroverzicht (§3.6), en een eindverslag verwijst met een id naar zijn plan (§2.1.5, stap 5). Hebben twee documenten hetzelfde id, dan raken ze door elkaar.",
      "The policy counts plans, eindverslagen and initiatives in an annual overview (§3.6), and an eindverslag refers to its plan by id (§2.1.5, step 5). If two documents share an id, they get mixed up."},
     {"Geef een van de twee documenten een nieuw id dat nog niet bestaat. Verwijst een eindverslag naar dat document, pas dan ook plan in het eindverslag aan.",
      "Give one of the two documents a new id that does not exist yet. If an eindverslag refers to that document, change plan in the eindverslag too."},
     "id: PVA-2026-015\n"},

    {"MEE402",
     {"Het beleid vraagt na elk proces een eindverslag, als basis voor het besluit en om te bepalen of de inwonerbetrokkenheid geslaagd is (§2.1.5, stap 5). Het laatste moment in de planning van dit plan is al langer geleden dan de termijn hieronder, maar er is geen eindverslag dat naar dit plan verwijst.",
      "The policy asks for an eindverslag after every process, as a basis for the decision and to judge whether involving residents succeeded (§2.1.5, step 5). The last moment in this plan's planning is longer ago than the period below, but no eindverslag refers to this plan."},
     {"Schrijf het eindverslag (mee init eindverslag) en zet onder plan het id van dit plan. Is er al een eindverslag, controleer dan of plan daar het juiste id noemt.",
      "Write the eindverslag (mee init eindverslag) and put this plan's id under plan. If there already is an eindverslag, check that its plan names the right id."},
     "soort: eindverslag\n"
     "id: EV-2026-014\n"
     "plan: PVA-2026-014\n"
     "datum: 2026-10-06\n"},

    {"MEE403",
     {"Het beleid vraagt na het proces één eindverslag dat het hele proces beschrijft (§2.1.5, stap 5). Met twee verslagen over hetzelfde plan is niet duidelijk welk verslag geldt, en het plan telt dubbel in het jaaroverzicht (§3.6).",
      "The policy asks for one eindverslag after the process, describing the whole process (§2.1.5, step 5). With two reports on the same plan, it is not clear which one counts, and the plan counts twice in the annual overview (§3.6)."},
     {"Voeg de verslagen samen tot één. Gaat een van de twee over een ander plan, verbeter dan het id onder plan.",
      "Merge the reports into one. If one of them is about another plan, correct the id under plan."},
     "plan: PVA-2026-014\n"},

    // ---- MEE5xx: privacy ----------------------------------------------------------------------
    {"MEE501",
     {"Wat in de documenten staat, wordt openbaar: het eindverslag stellen we bijvoorbeeld beschikbaar aan iedereen (§2.1.5, stap 5). E-mailadressen en telefoonnummers zijn persoonsgegevens en horen daar niet in. Alleen onder initiatiefnemer mogen ze staan, want dat deel maakt mee nooit openbaar.",
      "What is in the documents becomes public: the eindverslag, for example, is made available to everyone (§2.1.5, step 5). E-mail addresses and phone numbers are personal data and do not belong there. They may only be under initiatiefnemer, because mee never publishes that part."},
     {"Haal het e-mailadres of telefoonnummer uit de tekst en verwijs naar een webpagina of een contactformulier. Contactgegevens van de initiatiefnemer horen onder initiatiefnemer.contact.",
      "Remove the e-mail address or phone number from the text and refer to a web page or a contact form instead. The initiator's contact details belong under initiatiefnemer.contact."},
     "communicatie:\n"
     "  uitnodiging: |\n"
     "    Wilt u meedoen? Meld u aan op www.dalfsen.nl/centrum.\n"},
};
// clang-format on

}  // namespace

const RuleHelp* find_rule_help(std::string_view code)
{
    for (const RuleHelp& help : k_help) {
        if (help.code == code) return &help;
    }
    return nullptr;
}

}  // namespace mee
