#include "scaffold/template.hpp"
#include "base/file_path.hpp"

#include "check/walk.hpp"
#include "document/document.hpp"
#include "document/schema.hpp"
#include "policy/calendar.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace mee {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t k_comment_column = 34;
constexpr const char* k_todo = "nog invullen";

// `text`, padded so that `# comment` starts at the comment column.
std::string line(std::string_view text, std::string_view comment = {})
{
    std::string out(text);
    if (!comment.empty()) {
        const std::size_t width = count_code_points(out);
        out += width + 1 < k_comment_column ? std::string(k_comment_column - width, ' ') : std::string(" ");
        out += "# ";
        out += comment;
    }
    return out + "\n";
}

std::string joined(const std::vector<std::string>& words)
{
    std::string out;
    for (const std::string& w : words)
        out += (out.empty() ? "" : ", ") + w;
    return out;
}

// The first werkvorm of the catalogue at `level` that is (or is not) online.
std::string first_werkvorm(const Profile& p, std::string_view level, bool online, std::string_view fallback)
{
    for (const ProfileWerkvorm& w : p.werkvormen) {
        if (w.online == online && std::find(w.levels.begin(), w.levels.end(), level) != w.levels.end()) return w.key;
    }
    return std::string(fallback);
}

std::string catalogue_hint(const Profile& p, std::string_view level)
{
    std::vector<std::string> offline;
    std::vector<std::string> online;
    for (const ProfileWerkvorm& w : p.werkvormen) {
        if (std::find(w.levels.begin(), w.levels.end(), level) != w.levels.end()) {
            (w.online ? online : offline).push_back(w.key);
        }
    }
    std::string out;
    if (!offline.empty()) out += line(fmt::format("  #   fysiek: {}", joined(offline)));
    if (!online.empty()) out += line(fmt::format("  #   online: {}", joined(online)));
    return out;
}

std::string plan_template(const Profile& p, const Date& today, std::string_view id)
{
    const std::string level = "raadplegen";
    const std::string domain = p.domains.empty() ? "ruimte" : p.domains.front();
    const std::string offline = first_werkvorm(p, level, false, "inloopavond");
    const std::string online = first_werkvorm(p, level, true, "online-enquete");
    const Date meeting = free_working_day(add_days(today, 6 * 7), p);
    const Date feedback = free_working_day(add_days(meeting, 4 * 7), p);
    const Date decision = free_working_day(add_days(feedback, 4 * 7), p);
    const std::string residents = "Inwoners van het gebied";
    std::string t;
    t += line("# Plan van aanpak inwonerbetrokkenheid (Met Elkaar 2.0, §2.1.2-2.1.4).");
    t += line("# Vul elk onderdeel in en vervang elke 'nog invullen'; mee check zegt wat er nog ontbreekt.");
    t += line("soort: plan");
    t += line(fmt::format("id: {}", id), "uniek in het project");
    t += line(fmt::format("titel: {}", k_todo), "de naam van het project of beleid");
    t += line(fmt::format("datum: {}", format_date(today)), "de datum van deze versie");
    t += line(fmt::format("domein: {}", domain), joined(p.domains));
    t += line("soort_werk: voorbereiding", "beleid | voorbereiding | uitvoering (bepaalt de niveaus, bouwsteen 4)");
    t += line("dorpsvisie: false", "true voor een dorpsvisie: dan mag elk niveau");
    t += line("onderdeel_van: projectplan", "startnotitie | projectplan | bestuursopdracht | los (§2.1.4)");
    t += line(fmt::format("verantwoordelijke: {}", k_todo),
              "de vakinhoudelijk verantwoordelijke, bij voorkeur de functie");
    t += line("adviseur: Adviseur inwonerbetrokkenheid", "denkt mee over dit plan (§2.3.3); mag weg");
    t += line("status: concept", "concept | vastgesteld: stel het plan vast voor de participatie begint");
    t += line("vastgesteld:", "invullen bij status vastgesteld (stap 3, §2.1.4)");
    t += line("  # door: college", "college | raad");
    t += line("  # datum: JJJJ-MM-DD");
    t += line("  # kenmerk: B&W 2026-0000-00");
    t += "\n";
    t += line("afweging:", "stap 1 (§2.1.2): bij een 'nee' betrekken we inwoners niet, we informeren alleen");
    t += line("  ruimte:", "a. is er genoeg ruimte (juridisch, inhoudelijk, financieel) of kunnen we die maken?");
    t += line("    antwoord: ja", "ja | te-maken | nee");
    t += line(fmt::format("    toelichting: {}", k_todo));
    t += line("  geschikt:", "b. is het onderwerp geschikt om over mee te praten, of te maken?");
    t += line("    antwoord: ja", "ja | te-maken | nee");
    t += line(fmt::format("    toelichting: {}", k_todo));
    t += line("  capaciteit:", "c. hebben we genoeg tijd en mensen, of hoe organiseren we dat?");
    t += line("    antwoord: ja", "ja | te-organiseren | nee");
    t += line(fmt::format("    toelichting: {}", k_todo));
    t += line("  besluitstuk:", "waarin het besluit is onderbouwd");
    t += line("    soort: bestuursopdracht", "bestuursopdracht | collegevoorstel | raadsvoorstel");
    t += line("    kenmerk:", "het kenmerk van dat stuk");
    t += "\n";
    t += line("opgave:", "1. waar gaat het over, wat is het probleem en wat speelt er?");
    t += line(fmt::format("  beschrijving: {}", k_todo));
    t += line(fmt::format("  voorgeschiedenis: {}", k_todo), "belangrijke dingen uit het verleden");
    t += line("  aanleiding:", "haakjes: een motie, een punt uit het collegeakkoord");
    t += line(fmt::format("    - {}", k_todo));
    t += "\n";
    t += line("doelen:", "2. wat willen we bereiken met het betrekken van inwoners? (§1.2)");
    t += line("  - doel: ideeen-ophalen", [&] {
        std::vector<std::string> keys = p.goal_keys();
        return joined(keys);
    }());
    t += line(fmt::format("    concreet: {}", k_todo), "wat precies, zodat het achteraf te toetsen is");
    t += "\n";
    t += line("omgevingsanalyse:", "3. welke belanghebbenden zijn er? (bouwsteen 2)");
    t += line("  opgesteld_met: [projectleider, adviseur inwonerbetrokkenheid]", "maak de analyse met een groep");
    t += line(fmt::format("  inclusie: {}", k_todo), "hoe doen mensen mee die minder makkelijk meedoen?");
    t += line("  belanghebbenden:", "vergeet collega's, ketenpartners en andere besturen niet");
    t += line(fmt::format("    # - naam: {}", residents));
    t += line("    #   categorie: inwoners", joined(p.category_keys()));
    t += line("    #   belang: groot", "groot | klein");
    t += line("    #   invloed: weinig", "veel | weinig");
    t += line("    # - naam: Vakafdeling gemeente");
    t += line("    #   categorie: intern");
    t += line("    # - naam: Ketenpartner");
    t += line("    #   categorie: ketenpartner");
    t += line("  # kaart: kaarten/gebied.png", "een kaartje of plattegrond als dat helpt");
    t += "\n";
    t += line("kaders:", "4. harde en zachte kaders: waar is ruimte? (bouwsteen 3)");
    for (const auto& [category, hard] :
         {std::pair{"juridisch", true}, std::pair{"financieel", true}, std::pair{"inhoudelijk", false},
          std::pair{"organisatorisch", false}, std::pair{"politiek-bestuurlijk", false}}) {
        t += line(fmt::format("  - categorie: {}", category));
        t += line(fmt::format("    hard: {}", hard ? "true" : "false"), "true: ligt vast; false: ruimte voor inbreng");
        t += line(fmt::format("    beschrijving: {}", k_todo));
    }
    t += "\n";
    t += line("betrokkenheidsniveau:", "5. welke invloed krijgen de betrokkenen? (bouwsteen 4)");
    t += line(fmt::format("  niveau: {}", level), joined(p.level_keys()));
    t += line(fmt::format("  motivering: {}", k_todo));
    t += "\n";
    t += line("werkvormen:", "6. fysieke en digitale werkvormen per doelgroep (bouwsteen 5)");
    t += line(fmt::format("  # de catalogus bij {}:", level));
    t += catalogue_hint(p, level);
    t += line(fmt::format("  # - werkvorm: {}", offline));
    t += line(fmt::format("  #   niveau: {}", level));
    t += line("  #   online: false");
    t += line(fmt::format("  #   doelgroepen: [{}]", residents), "namen uit belanghebbenden");
    t += line(fmt::format("  # - werkvorm: {}", online));
    t += line(fmt::format("  #   niveau: {}", level));
    t += line("  #   online: true");
    t += "\n";
    t += line("planning:", "7. wanneer betrekken we wie, met terugkoppel- en besluitmomenten (bouwsteen 6)");
    t += line(fmt::format("  - datum: {}", format_date(meeting)), "mijd vakanties, feestdagen en drukke perioden");
    t += line(fmt::format("    wat: {}", k_todo));
    t += line("    soort: participatie", "participatie | informatie | terugkoppeling | besluit | overig");
    t += line(fmt::format("    # doelgroepen: [{}]", residents), "namen uit belanghebbenden");
    t += line("    # online_alternatief: true", "een online optie of een tweede moment");
    t += line(fmt::format("  - datum: {}", format_date(feedback)));
    t += line(fmt::format("    wat: {}", k_todo));
    t += line("    soort: terugkoppeling", "deelnemers horen wat er met hun inbreng is gedaan");
    t += line(fmt::format("  - datum: {}", format_date(decision)));
    t += line(fmt::format("    wat: {}", k_todo));
    t += line("    soort: besluit");
    t += line("    door: college", "ambtelijk-opdrachtgever | college | raad");
    t += "\n";
    t += line("communicatie:", "8. communicatie, verslaglegging en terugkoppeling, met de adviseur communicatie");
    t += line("  middelen: [website, bewonersbrief]", "uitnodigingen huis-aan-huis of per mail, krant, social media");
    t += line("  uitnodiging:", "de tekst van de uitnodiging, op B1-niveau (§2.1.5)");
    t += line(fmt::format("  terugkoppeling: {}", k_todo),
              "hoe en wanneer deelnemers horen wat er met hun inbreng gebeurt");
    t += line(fmt::format("  verslaglegging: {}", k_todo), "waar betrokkenen hun inbreng terugzien");
    t += "\n";
    t += line("capaciteit:", "9. wat kost het aan tijd en geld? maak een raming");
    t += line("  uren:", "een getal");
    t += line("  budget:", "euro's als getal: 12500, niet 12.500");
    t += line(fmt::format("  toelichting: {}", k_todo));
    t += "\n";
    t += line("# regelafwijkingen:", "alleen bij gemotiveerd afwijken van een regel (§2.3.1)");
    t += line("  # - regel: MEE151");
    t += line("  #   motivering: waarom, in woorden die college en raad kunnen toetsen");
    return t;
}

std::string eindverslag_template(const Profile& p, const Date& today, std::string_view id)
{
    std::string t;
    t += line("# Eindverslag inwonerbetrokkenheid (Met Elkaar 2.0, §2.1.5 stap 5).");
    t += line("# Het verslag hoort bij het besluitvormingsstuk en is openbaar.");
    t += line("soort: eindverslag");
    t += line(fmt::format("id: {}", id), "uniek in het project");
    t += line(fmt::format("plan: PVA-{}-nnn", today.year), "het id van het plan van aanpak");
    t += line(fmt::format("datum: {}", format_date(today)));
    t += "\n";
    t += line("proces:", "het gevolgde proces en hoe het aansloot bij het plan");
    t += line(fmt::format("  overzicht: {}", k_todo));
    t += line(fmt::format("  aansluiting_plan: {}", k_todo), "in hoeverre volgde het proces het plan?");
    t += line("  uitgevoerd:", "elke werkvorm van het plan, met datum en aantal deelnemers");
    t += line("  # - datum: JJJJ-MM-DD");
    t += line(fmt::format("  #   werkvorm: {}", first_werkvorm(p, "raadplegen", false, "inloopavond")));
    t += line("  #   deelnemers: 0");
    t += line("  afwijkingen:", "elk verschil met het plan, met de reden");
    t += line("  # - wat: welke werkvorm anders ging");
    t += line("  #   reden: waarom");
    t += "\n";
    t += line("inbreng:", "samenvatting van de inbreng en de inhoudelijke reactie erop");
    t += line(fmt::format("  - onderwerp: {}", k_todo));
    t += line(fmt::format("    samenvatting: {}", k_todo));
    t += line(fmt::format("    reactie: {}", k_todo), "hoe is de inbreng verwerkt?");
    t += line("    verwerking: overgenomen", "overgenomen | deels | niet");
    t += line("  #  uitleg: waarom deels of niet", "verplicht bij deels en niet (§2.1.5)");
    t += "\n";
    t += line("doelen:", "elk doel van het plan, achteraf getoetst (§1.2)");
    t += line("  - doel: ideeen-ophalen", joined(p.goal_keys()));
    t += line("    bereikt: ja", "ja | deels | nee");
    t += line(fmt::format("    toelichting: {}", k_todo));
    t += "\n";
    t += line("openbaar:", "beschikbaar voor alle betrokkenen en het publiek");
    t += line("  # datum: JJJJ-MM-DD");
    t += line("  # waar: https://www.dalfsen.nl/");
    return t;
}

std::string initiative_template(const Profile& p, const Date& today, std::string_view id)
{
    const std::string kern = p.kernen.empty() ? "Dalfsen" : p.kernen.front();
    std::string t;
    t += line("# Inwonersinitiatief (Met Elkaar 2.0, §2.2), via het digitale loket.");
    t += line("# Vul de latere onderdelen in als de stap aan de beurt is.");
    t += line("soort: initiatief");
    t += line(fmt::format("id: {}", id), "uniek in het project");
    t += line(fmt::format("titel: {}", k_todo), "een korte naam voor het idee");
    t += line(fmt::format("kern: {}", kern), "een kern of buurtschap: " + joined(p.kernen) + " ...");
    t += line("type: leefbaarheid", "leefbaarheid | cultuur | ruimtelijke-kwaliteit | anders (§1.1)");
    t += line("omvang: klein", "klein | groot (groot gaat naar de intaketafel, §2.2.2c)");
    t += line("initiatiefnemer:", "persoonsgegevens: nooit in openbare uitvoer (intakevraag 1)");
    t += line(fmt::format("  naam: {}", k_todo));
    t += line("  # organisatie: de vereniging of groep, als die er is");
    t += line(fmt::format("  contact: {}", k_todo), "e-mailadres of telefoonnummer");
    t += line(fmt::format("ingediend: {}", format_date(today)), "via het digitale loket (stap 1)");
    t += "\n";
    t += line("intake:", "stap 2a: binnen vier weken contact, dan het intakegesprek");
    t += line("  contact:", "datum van het eerste contact (JJJJ-MM-DD)");
    t += line("  datum:", "datum van het intakegesprek");
    t += line("  gesprek:", "de vragen 2 tot en met 8 van het gesprek");
    t += line(fmt::format("    idee: {}", k_todo), "2. wat is het idee en waar moet het gebeuren?");
    t +=
        line(fmt::format("    doel: {}", k_todo), "3. wat wil de indiener bereiken, waarom is het goed voor de buurt?");
    t += line(fmt::format("    buren: {}", k_todo), "4. met buren en anderen gepraat? met wie en hoe?");
    t += line(fmt::format("    samenwerking: {}", k_todo), "5. samen met andere groepen of vrijwilligers?");
    t += line(fmt::format("    wanneer: {}", k_todo), "6. wanneer uitvoeren?");
    t += line(fmt::format("    kosten: {}", k_todo), "7. wat kost het en hoe wordt het betaald?");
    t += line(fmt::format("    hulp: {}", k_todo), "8. welke hulp is nodig van de gemeente?");
    t += "\n";
    t += line("beoordeling:", "stap 2b-c: het afwegingskader (§2.2.1)");
    t += line("  # past_in_beleid: true", "past niet: afwijzen");
    t += line("  # draagt_bij: true", "past, draagt niet bij: ja-mits");
    t += line("  # uitkomst: ja", "ja | ja-mits | afwijzen");
    t += line("  # voorwaarden: []", "verplicht bij ja-mits");
    t += line("  # route: direct", "direct | intaketafel");
    t += line("  # intaketafel: JJJJ-MM-DD", "verplicht bij route intaketafel");
    t += "\n";
    t += line("besluit:", "stap 3 (§2.2.3): het college beslist bij grote initiatieven");
    t += line("  # datum: JJJJ-MM-DD");
    t += line("  # door: college", "college | coordinator");
    t += line("  # ondersteuning: [ruimte]",
              "ruimte | financieel | expertise | materiaal | communicatie | samenwerking");
    t += line("  # projectleider: naam", "bij samenwerking (§2.2.3b)");
    t += line("mededeling:", "de brief aan de initiatiefnemer (§2.2.3c)");
    t += line("  # datum: JJJJ-MM-DD");
    t += line("status: ingediend", "ingediend | in-behandeling | besloten | uitgevoerd | afgewezen | ingetrokken");
    t += line("evaluatie:", "na uitvoering: hoe ervoer de initiatiefnemer de hulp? (§3.6)");
    t += line("  # tevredenheid: 4", "1 tot en met 5");
    t += line("  # toelichting: in een paar zinnen");
    return t;
}

}  // namespace

Date free_working_day(const Date& from, const Profile& profile)
{
    Date d = from;
    for (int i = 0; i < 366; ++i, d = add_days(d, 1)) {
        if (weekday(d) >= 5) continue;
        if (public_holiday(d)) continue;
        if (profile.school_holiday(d) != nullptr) continue;
        return d;
    }
    return from;
}

std::string schema_reference(DocKind kind, const std::optional<fs::path>& output,
                             const std::optional<fs::path>& project_top)
{
    const std::string name = std::string(kind_name(kind)) + ".schema.json";
    if (output) {
        const fs::path folder = absolute_normal(*output).parent_path();
        std::error_code ec;
        for (fs::path dir = folder;; dir = dir.parent_path()) {
            if (fs::is_regular_file(dir / k_schemas_folder / name, ec)) {
                return (dir / k_schemas_folder / name).lexically_relative(folder).generic_string();
            }
            if (dir == dir.root_path() || dir.parent_path() == dir) break;
        }
        if (project_top) {
            const fs::path relative =
                (absolute_normal(*project_top) / k_schemas_folder / name).lexically_relative(folder);
            if (!relative.empty()) return relative.generic_string();
        }
    }
    return "../schemas/" + name;
}

std::vector<ProjectFile> project_files(const Profile* own_profile)
{
    std::vector<ProjectFile> files;
    files.push_back(ProjectFile{".mee.yaml",
                                "# .mee.yaml: de instellingen van dit mee-project.\n"
                                "# De map van dit bestand is de bovenste map van het project: mee zoekt hieronder\n"
                                "# naar het plan van een eindverslag en naar dubbele id's, ook als u maar een\n"
                                "# bestand controleert (mee check plannen/plan.yaml). Een optie op de opdrachtregel\n"
                                "# gaat voor wat hier staat; wat hier staat gaat voor de omgeving (LANG).\n"
                                "\n"
                                "# De taal van de meldingen en rapporten: nl (Nederlands) of en (Engels).\n"
                                "lang: nl\n"
                                "\n"
                                "# Vanaf welke ernst mee check eindigt met status 1 (handig in CI):\n"
                                "# error (alleen fouten), warning (ook waarschuwingen), info (alles) of never.\n"
                                "fail_on: error\n"
                                "\n"
                                "# Regels die in dit project uit staan, bijvoorbeeld [MEE185]. Wat een regel\n"
                                "# doet, zegt mee explain MEE185; alle regels staan in mee rules. Wijkt een\n"
                                "# enkel document af, leg dat dan liever uit onder regelafwijkingen in dat document.\n"
                                "disable: []\n"
                                "\n"
                                "# Een ander beleidsprofiel (de tabellen van het beleid: werkvormen, kernen,\n"
                                "# vakanties), als pad vanaf deze map. Zonder deze regel gebruikt mee het\n"
                                "# ingebouwde profiel van Dalfsen. Haal het hekje weg om het te gebruiken.\n"
                                "# profile: beleid/profiel.yaml\n"});
    for (const char* name : {"plan", "eindverslag", "initiatief", "profile"}) {
        std::string text(embedded_schema_text(name));
        if (own_profile != nullptr && std::string_view(name) != "profile") {
            text = schema_for_profile(nlohmann::json::parse(text), *own_profile).dump(2);
        }
        if (!text.ends_with('\n')) text += '\n';
        files.push_back(
            ProjectFile{fs::path(k_schemas_folder) / (std::string(name) + ".schema.json"), std::move(text)});
    }
    return files;
}

std::string_view id_prefix(DocKind kind)
{
    switch (kind) {
        case DocKind::plan:
            return "PVA";
        case DocKind::eindverslag:
            return "EV";
        case DocKind::initiatief:
            return "INI";
    }
    return "DOC";
}

std::string next_id(std::string_view prefix, int year, const std::vector<std::string>& existing)
{
    const std::string start = fmt::format("{}-{}-", prefix, year);
    int highest = 0;
    for (const std::string& id : existing) {
        if (!id.starts_with(start)) continue;
        int n = 0;
        std::size_t i = start.size();
        for (; i < id.size() && id[i] >= '0' && id[i] <= '9' && n < 100000; ++i)
            n = n * 10 + (id[i] - '0');
        if (i > start.size()) highest = std::max(highest, n);
    }
    return fmt::format("{}{:03}", start, highest + 1);
}

std::vector<std::string> project_ids(const Project& project, Lang lang, const std::optional<fs::path>& except)
{
    const fs::path skip = except ? absolute_normal(*except) : fs::path();
    std::vector<std::string> ids;
    for (const fs::path& root : project.roots) {
        std::error_code ec;
        if (!fs::exists(root / ".mee.yaml", ec) && !fs::exists(root / ".git", ec)) continue;
        auto files = walk_folder(root, lang);
        if (!files) continue;
        for (const FoundFile& f : *files) {
            if (f.file == skip) continue;
            const Document doc = load_found(f, SchemaSet::embedded(), lang, Validate::no);
            if (!doc.id.empty()) ids.push_back(doc.id);
        }
    }
    return ids;
}

std::string document_template(DocKind kind, const Profile& profile, const Date& today, std::string_view schema_ref,
                              std::string_view id)
{
    std::string out = fmt::format("# yaml-language-server: $schema={}\n", schema_ref);
    switch (kind) {
        case DocKind::plan:
            return out + plan_template(profile, today, id);
        case DocKind::eindverslag:
            return out + eindverslag_template(profile, today, id);
        case DocKind::initiatief:
            return out + initiative_template(profile, today, id);
    }
    return out;
}

}  // namespace mee
