// The rules of the format itself, MEE001–MEE009 (rules.md "File rules"):
// applied while a file is read, before any rule of the policy runs. Their
// checks live where the reading happens: MEE001, MEE002 and MEE008 in the
// YAML reader (yaml/tree.cpp), MEE003, MEE006 and MEE007 when a file is
// loaded (document/document.cpp, check/walk.cpp), MEE004 and MEE005 in the
// schema check (document/schema.cpp), MEE009 with the regelafwijkingen
// (rules/deviation.cpp).

#include "rules/rule.hpp"

namespace mee::rules {

extern const Rule MEE001{
    .code = "MEE001",
    .scope = Scope::file,
    .severity = Severity::error,
    .section = "format",
    .title = {"YAML kan niet gelezen worden", "the YAML cannot be parsed"},
    .why = {"Het bestand is geen geldige YAML, dus mee kan niets anders controleren. De melding noemt de plek waar de "
            "YAML-lezer vastliep; de fout zit daar of net ervoor: vaak een inspringing die niet klopt, een tab, een "
            "dubbele punt in tekst zonder aanhalingstekens of een haakje dat niet sluit. Ook een bestand met meer dan "
            "een document (---) is geen mee-document. Is het bestand geen mee-document, zet het dan in .meeignore.",
            "The file is not valid YAML, so mee cannot check anything else. The finding names the place where the YAML "
            "reader got stuck; the mistake is there or just before it: often indentation that does not line up, a tab, "
            "a colon in unquoted text or a bracket that is not closed. A file with more than one document (---) is not "
            "a mee document either. If the file is not a mee document, list it in .meeignore."},
    .fix = {"", ""},
};

extern const Rule MEE002{
    .code = "MEE002",
    .scope = Scope::file,
    .severity = Severity::error,
    .section = "format",
    .title = {"een sleutel staat twee keer in een mapping", "a key appears twice in one mapping"},
    .why = {"Een sleutel staat twee keer in dezelfde mapping. YAML-lezers houden er dan stil een van over en gooien de "
            "andere weg, zodat een deel van het plan verdwijnt zonder dat iemand het merkt. De melding noemt beide "
            "plekken: voeg de twee samen of verwijder er een.",
            "A key appears twice in the same mapping. YAML readers then silently keep one and throw the other away, so "
            "part of the plan disappears without anyone noticing. The finding names both places: merge the two or "
            "remove one."},
    .fix = {"", ""},
};

extern const Rule MEE003{
    .code = "MEE003",
    .scope = Scope::file,
    .severity = Severity::error,
    .section = "format",
    .title = {"soort ontbreekt of is onbekend", "soort is missing or unknown"},
    .why =
        {"Elk mee-document begint met soort: plan, soort: eindverslag of soort: initiatief. Een bestand dat u zelf "
         "noemt op de opdrachtregel moet een mee-document zijn (ook een leeg bestand telt hier); in een map worden "
         "YAML-bestanden zonder soort overgeslagen, tenzij ze op een mee-document lijken (een sleutel als Soort of "
         "sort met een soort als waarde, of een id als PVA-2026-014), en een onbekende soort is een fout. Vul soort in "
         "met een van de drie waarden.",
         "Every mee document starts with soort: plan, soort: eindverslag or soort: initiatief. A file you name on the "
         "command line must be a mee document (an empty file counts here too); in a folder, YAML files without soort "
         "are skipped, unless they look like a mee document (a key such as Soort or sort with a kind for its value, or "
         "an id such as PVA-2026-014), and an unknown soort is an error. Set soort to one of the three values."},
    .fix = {"", ""},
};

extern const Rule MEE004{
    .code = "MEE004",
    .scope = Scope::file,
    .severity = Severity::error,
    .section = "format",
    .title = {"het document past niet bij zijn schema", "the document does not match its schema"},
    .why =
        {"Het document past niet bij zijn schema (te zien met mee schema): een waarde van de verkeerde soort (tekst "
         "waar een getal hoort, een lijst waar een tekst hoort), een verplichte sleutel die ontbreekt, een waarde "
         "buiten de vaste lijst, of een datum die niet bestaat (2026-02-30). Schrijf datums als JJJJ-MM-DD (20-01-2026 "
         "en 20 januari 2026 worden 2026-01-20), bedragen en uren als getal zonder punt, komma of euroteken (€ "
         "12.500,- wordt 12500) en ja of nee als true of false; mee zegt bij zo'n waarde wat u moet schrijven. Een "
         "editor met het schema (VS Code met de YAML-extensie) laat deze fouten al zien tijdens het typen.",
         "The document does not match its schema (shown by mee schema): a value of the wrong kind (text where a number "
         "belongs, a list where a text belongs), a required key that is missing, a value outside its closed list, or a "
         "date that does not exist (2026-02-30). Write dates as YYYY-MM-DD (20-01-2026 and 20 januari 2026 become "
         "2026-01-20), amounts and hours as numbers without a dot, comma or euro sign (€ 12.500,- becomes 12500), and "
         "ja or nee as true or false; for such a value mee says what to write. An editor with the schema (VS Code with "
         "the YAML extension) shows these mistakes while you type."},
    .fix = {"", ""},
};

extern const Rule MEE005{
    .code = "MEE005",
    .scope = Scope::file,
    .severity = Severity::error,
    .section = "format",
    .title = {"onbekende sleutel", "unknown key"},
    .why = {"Deze sleutel kent mee niet. Vaak is het een tikfout; dan zou het onderdeel stil verdwijnen. mee stelt de "
            "sleutel voor die er het meest op lijkt. Verbeter de naam, of verwijder de sleutel als hij er niet hoort.",
            "mee does not know this key. Often it is a typo, which would silently drop the section. mee suggests the "
            "closest key it knows. Correct the name, or remove the key if it does not belong."},
    .fix = {"", ""},
};

extern const Rule MEE006{
    .code = "MEE006",
    .scope = Scope::file,
    .severity = Severity::error,
    .section = "format",
    .title = {"formaat is nieuwer dan deze mee kent", "formaat is newer than this mee knows"},
    .why = {"formaat zegt met welke versie van het documentformaat het document geschreven is. Dit document gebruikt "
            "een nieuwere versie dan deze mee kent, dus mee kan het niet betrouwbaar controleren. Werk mee bij, of zet "
            "formaat op 1.",
            "formaat says which version of the document format the document uses. This document uses a newer version "
            "than this mee knows, so mee cannot check it reliably. Update mee, or set formaat to 1."},
    .fix = {"", ""},
};

extern const Rule MEE007{
    .code = "MEE007",
    .scope = Scope::file,
    .severity = Severity::error,
    .section = "format",
    .title = {"geen UTF-8, een NUL-teken, of groter dan 4 MiB", "not UTF-8, a NUL byte, or larger than 4 MiB"},
    .why = {"mee leest alleen UTF-8-tekst tot 4 MiB. Een bestand met een NUL-teken of bytes die geen UTF-8 zijn, is "
            "meestal een verkeerd opgeslagen bestand (bijvoorbeeld Windows-1252 of UTF-16): sla het op als UTF-8. Een "
            "document groter dan 4 MiB is geen plan maar iets anders; zet het in .meeignore.",
            "mee reads only UTF-8 text up to 4 MiB. A file with a NUL byte or bytes that are not UTF-8 is usually "
            "saved in the wrong encoding (Windows-1252 or UTF-16, say): save it as UTF-8. A document larger than 4 MiB "
            "is not a plan but something else; list it in .meeignore."},
    .fix = {"", ""},
};

extern const Rule MEE008{
    .code = "MEE008",
    .scope = Scope::file,
    .severity = Severity::error,
    .section = "format",
    .title = {"ankers en aliassen te groot of te diep genest", "anchors and aliases too large or nesting too deep"},
    .why = {"Ankers (&) en aliassen (*) kunnen een klein bestand uitvouwen tot miljoenen knopen; diep geneste "
            "structuren kunnen een lezer laten vastlopen. mee stopt bij meer dan 100.000 knopen of meer dan 64 "
            "niveaus. Een mee-document heeft dat nooit nodig: schrijf de gegevens gewoon uit.",
            "Anchors (&) and aliases (*) can expand a small file into millions of nodes; deeply nested structures can "
            "make a reader hang. mee stops at more than 100,000 nodes or more than 64 levels. A mee document never "
            "needs that: write the data out plainly."},
    .fix = {"", ""},
};

extern const Rule MEE009{
    .code = "MEE009",
    .scope = Scope::file,
    .severity = Severity::warning,
    .section = "§2.3.1",
    .title = {"regelafwijking voor een regel die hier niets vindt", "deviation names a rule that produced no finding"},
    .why = {"Onder regelafwijkingen staat een regel waarvan mee in dit document niets vindt. De afwijking is dus niet "
            "(meer) nodig. Verwijder de regel uit regelafwijkingen, zodat oude afwijkingen zich niet opstapelen.",
            "regelafwijkingen names a rule that finds nothing in this document. The deviation is not (or no longer) "
            "needed. Remove the entry from regelafwijkingen, so that stale deviations do not pile up."},
    .fix = {"", ""},
};

}  // namespace mee::rules
