#include "policy/profile.hpp"

#include "base/regular_file.hpp"
#include "document/embedded.hpp"
#include "document/schema.hpp"
#include "yaml/access.hpp"
#include "yaml/path.hpp"
#include "yaml/tree.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace mee {

int Profile::level_rank(std::string_view key) const
{
    for (std::size_t i = 0; i < levels.size(); ++i) {
        if (levels[i].key == key) return static_cast<int>(i);
    }
    return -1;
}

namespace {

template <class T>
const T* find_key(const std::vector<T>& list, std::string_view key)
{
    for (const T& item : list) {
        if (item.key == key) return &item;
    }
    return nullptr;
}

template <class T>
std::vector<std::string> keys_of(const std::vector<T>& list)
{
    std::vector<std::string> out;
    for (const T& item : list)
        out.push_back(item.key);
    return out;
}

}  // namespace

const ProfileLevel* Profile::level(std::string_view key) const
{
    return find_key(levels, key);
}
const ProfileGoal* Profile::goal(std::string_view key) const
{
    return find_key(goals, key);
}
const ProfileWerkvorm* Profile::werkvorm(std::string_view key) const
{
    return find_key(werkvormen, key);
}
const ProfileCategory* Profile::category(std::string_view key) const
{
    return find_key(categories, key);
}

bool Profile::level_allowed(std::string_view kind_of_work, std::string_view level_key, bool dorpsvisie) const
{
    if (!levels.empty() && level_key == levels.front().key) return true;  // informeren: always
    if (kind_of_work == "beleid" && dorpsvisie && dorpsvisie_any_level) return true;
    auto it = levels_by_kind_of_work.find(std::string(kind_of_work));
    if (it == levels_by_kind_of_work.end()) return true;  // an unknown kind of work is the schema's to report
    return std::find(it->second.begin(), it->second.end(), level_key) != it->second.end();
}

const SchoolHoliday* Profile::school_holiday(const Date& date) const
{
    for (const SchoolHoliday& h : school_holidays) {
        if (h.from <= date && date <= h.to) return &h;
    }
    return nullptr;
}

bool Profile::school_data_covers(const Date& date) const
{
    return school_covered_from <= date && date <= school_covered_to;
}

const BusyPeriod* Profile::busy_period(std::string_view category_key, int month) const
{
    for (const BusyPeriod& p : busy_periods) {
        if (p.category == category_key && std::find(p.months.begin(), p.months.end(), month) != p.months.end()) {
            return &p;
        }
    }
    return nullptr;
}

bool Profile::is_place(std::string_view kern) const
{
    return std::find(kernen.begin(), kernen.end(), kern) != kernen.end() ||
           std::find(buurtschappen.begin(), buurtschappen.end(), kern) != buurtschappen.end();
}

std::vector<std::string> Profile::goal_keys() const
{
    return keys_of(goals);
}
std::vector<std::string> Profile::level_keys() const
{
    return keys_of(levels);
}
std::vector<std::string> Profile::werkvorm_keys() const
{
    return keys_of(werkvormen);
}
std::vector<std::string> Profile::category_keys() const
{
    return keys_of(categories);
}

std::vector<std::string> Profile::places() const
{
    std::vector<std::string> out = kernen;
    out.insert(out.end(), buurtschappen.begin(), buurtschappen.end());
    return out;
}

namespace {

std::string text(const Node* node)
{
    return std::string(scalar_text(node).value_or(""));
}

Label label(const Node* node)
{
    if (node == nullptr) return {};
    return Label{text(node->get("nl")), text(node->get("en"))};
}

std::vector<std::string> texts(const Node* node)
{
    std::vector<std::string> out;
    for (const Node& item : items_of(node))
        out.push_back(text(&item));
    return out;
}

// Builds the profile from a tree that passed the profile schema.
Profile from_tree(const Node& root)
{
    Profile p;
    p.id = text(root.get("profiel"));
    p.name = text(root.get("naam"));
    for (const Node& g : items_of(root.get("doelen")))
        p.goals.push_back({text(g.get("sleutel")), label(g.get("label"))});
    for (const Node& l : items_of(root.get("niveaus"))) {
        p.levels.push_back({text(l.get("sleutel")), label(l.get("label")), label(l.get("betekenis"))});
    }
    if (const Node* table = root.get("niveau_per_soort_werk")) {
        for (const Entry& e : table->entries)
            p.levels_by_kind_of_work[e.key] = texts(&e.value);
    }
    p.dorpsvisie_any_level = bool_value(root.get("dorpsvisie_elk_niveau")).value_or(true);
    for (const Node& w : items_of(root.get("werkvormen"))) {
        p.werkvormen.push_back(
            {text(w.get("sleutel")), texts(w.get("niveaus")), bool_value(w.get("online")).value_or(false)});
    }
    for (const Node& c : items_of(root.get("categorieen"))) {
        p.categories.push_back({text(c.get("sleutel")), label(c.get("label"))});
    }
    if (const Node* q = root.get("kwadranten")) {
        for (const Entry& e : q->entries)
            p.quadrants[e.key] = label(&e.value);
    }
    for (const Node& b : items_of(root.get("drukke_perioden"))) {
        BusyPeriod period{text(b.get("categorie")), {}, label(b.get("reden"))};
        for (const Node& m : items_of(b.get("maanden")))
            period.months.push_back(static_cast<int>(integer_value(&m).value_or(0)));
        p.busy_periods.push_back(std::move(period));
    }
    if (const Node* s = root.get("schoolvakanties")) {
        p.school_region = text(s->get("regio"));
        if (const Node* d = s->get("dekking")) {
            p.school_covered_from = date_value(d->get("van")).value_or(Date{});
            p.school_covered_to = date_value(d->get("tot")).value_or(Date{});
        }
        // The short form: the region's own holidays.
        const auto& own = items_of(s->get("vakanties"));
        for (std::size_t i = 0; i < own.size(); ++i) {
            const Node& v = own[i];
            p.school_holidays.push_back({text(v.get("naam")), date_value(v.get("van")).value_or(Date{}),
                                         date_value(v.get("tot")).value_or(Date{}), "", false,
                                         fmt::format("schoolvakanties.vakanties[{}]", i)});
        }
        // The full form: per school year, every region, with its source.
        const auto& years = items_of(s->get("schooljaren"));
        for (std::size_t y = 0; y < years.size(); ++y) {
            const std::string source = text(years[y].get("bron"));
            const bool provisional = bool_value(years[y].get("richtdata")).value_or(false);
            const auto& holidays = items_of(years[y].get("vakanties"));
            for (std::size_t i = 0; i < holidays.size(); ++i) {
                const Node* region = holidays[i].get(p.school_region);
                p.school_holidays.push_back(
                    {text(holidays[i].get("naam")), date_value(child(region, "van")).value_or(Date{}),
                     date_value(child(region, "tot")).value_or(Date{}), source, provisional,
                     fmt::format("schoolvakanties.schooljaren[{}].vakanties[{}].{}", y, i, p.school_region)});
            }
        }
        std::stable_sort(p.school_holidays.begin(), p.school_holidays.end(),
                         [](const SchoolHoliday& a, const SchoolHoliday& b) { return a.from < b.from; });
    }
    p.kernen = texts(root.get("kernen"));
    p.buurtschappen = texts(root.get("buurtschappen"));
    p.domains = texts(root.get("domeinen"));
    if (const Node* n = root.get("getallen")) {
        p.intake_days = static_cast<int>(integer_value(n->get("intake_dagen")).value_or(28));
        p.eindverslag_days = static_cast<int>(integer_value(n->get("eindverslag_dagen")).value_or(90));
        p.filled_min_words = static_cast<int>(integer_value(n->get("gevuld_min_woorden")).value_or(3));
    }
    if (const Node* r = root.get("leesbaarheid")) {
        p.flesch_douma_min = number_value(r->get("flesch_douma_min")).value_or(60);
        p.sentence_length_max = number_value(r->get("zinslengte_max")).value_or(15);
    }
    return p;
}

// What the schema cannot say: the levels and categories the profile names
// exist, and its periods run forward. Empty when consistent.
std::vector<std::string> consistency_problems(const Profile& p, Lang lang)
{
    // Each problem by its key path only, never quoting a value (as the
    // schema's problems: profile_from_text).
    std::vector<std::string> out;
    for (const auto& [kind, levels] : p.levels_by_kind_of_work) {
        for (std::size_t i = 0; i < levels.size(); ++i) {
            if (p.level_rank(levels[i]) < 0) {
                out.push_back(say(lang,
                                  {"niveau_per_soort_werk.{0}[{1}]: dit niveau staat niet in niveaus",
                                   "niveau_per_soort_werk.{0}[{1}]: this level is not one of niveaus"},
                                  kind, i));
            }
        }
    }
    for (std::size_t w = 0; w < p.werkvormen.size(); ++w) {
        for (std::size_t i = 0; i < p.werkvormen[w].levels.size(); ++i) {
            if (p.level_rank(p.werkvormen[w].levels[i]) < 0) {
                out.push_back(say(lang,
                                  {"werkvormen[{0}].niveaus[{1}]: dit niveau staat niet in niveaus",
                                   "werkvormen[{0}].niveaus[{1}]: this level is not one of niveaus"},
                                  w, i));
            }
        }
    }
    for (std::size_t b = 0; b < p.busy_periods.size(); ++b) {
        if (p.category(p.busy_periods[b].category) == nullptr) {
            out.push_back(say(lang,
                              {"drukke_perioden[{0}].categorie: deze categorie staat niet in categorieen",
                               "drukke_perioden[{0}].categorie: this category is not one of categorieen"},
                              b));
        }
    }
    if (p.school_covered_to < p.school_covered_from) {
        out.push_back(say(lang, {"schoolvakanties.dekking: 'tot' ligt voor 'van'",
                                 "schoolvakanties.dekking: 'tot' is before 'van'"}));
    }
    if (p.school_holidays.empty()) {
        out.push_back(say(lang, {"schoolvakanties: er staan geen vakanties in (schooljaren of vakanties)",
                                 "schoolvakanties: it holds no holidays (schooljaren or vakanties)"}));
    }
    const SchoolHoliday* previous = nullptr;  // the holidays are sorted by their first day
    for (const SchoolHoliday& h : p.school_holidays) {
        if (h.to < h.from) {
            out.push_back(say(lang, {"{0}: 'tot' ligt voor 'van'", "{0}: 'tot' is before 'van'"}, h.key_path));
        } else if (h.from < p.school_covered_from || p.school_covered_to < h.to) {
            out.push_back(say(lang,
                              {"{0}: ligt buiten schoolvakanties.dekking; maak de dekking groter of verbeter de data",
                               "{0}: lies outside schoolvakanties.dekking; widen the dekking or correct the dates"},
                              h.key_path));
        }
        if (previous != nullptr && h.from <= previous->to && previous->from <= previous->to) {
            out.push_back(say(lang, {"{0}: overlapt met {1}", "{0}: overlaps {1}"}, h.key_path, previous->key_path));
        }
        previous = &h;
    }
    return out;
}

}  // namespace

Expected<Profile> profile_from_text(std::string text, const std::string& shown, Lang lang)
{
    if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    const Source source(std::move(text));
    const ParsedYaml parsed = parse_yaml(source, lang);
    std::vector<std::string> problems;
    for (const Finding& f : parsed.problems) {
        problems.push_back(fmt::format("{}:{}:{}: {}", shown, f.mark.line, f.mark.column, f.message));
    }
    if (problems.empty() && (!parsed.root || !parsed.root->is_mapping())) {
        problems.push_back(say(lang,
                               {"{0}: een profiel is een mapping (zie mee schema profile)",
                                "{0}: a profile is a mapping (see mee schema profile)"},
                               shown));
    }
    if (problems.empty()) {
        const auto schema = nlohmann::json::parse(embedded_schema_text("profile"));
        // Each problem by its place and key path only, never quoting a value:
        // the profile may be any file a .mee.yaml or --profile names.
        for (const Finding& f : validate_against(schema, *parsed.root, lang)) {
            const std::string path = node_path_at(*parsed.root, f.mark);
            const std::string what =
                f.code == "MEE005"
                    ? say(lang, {"onbekende sleutel", "unknown key"})
                    : say(lang, {"past niet bij het profielschema", "does not match the profile schema"});
            problems.push_back(fmt::format("{}:{}:{}: {}: {} (mee schema profile)", shown, f.mark.line, f.mark.column,
                                           path.empty() ? say(lang, {"profiel", "profile"}) : path, what));
        }
    }
    if (!problems.empty()) {
        std::string message = say(lang, {"{0} is geen geldig profiel:", "{0} is not a valid profile:"}, shown);
        for (const std::string& p : problems)
            message += "\n  " + p;
        return Failure{message};
    }
    Profile profile = from_tree(*parsed.root);
    const auto inconsistent = consistency_problems(profile, lang);
    if (!inconsistent.empty()) {
        std::string message = say(lang, {"{0} is geen geldig profiel:", "{0} is not a valid profile:"}, shown);
        for (const std::string& p : inconsistent)
            message += "\n  " + shown + ": " + p;
        return Failure{message};
    }
    return profile;
}

namespace {

nlohmann::json string_array(const std::vector<std::string>& values)
{
    nlohmann::json out = nlohmann::json::array();
    for (const std::string& v : values)
        out.push_back(v);
    return out;
}

}  // namespace

const Profile& embedded_profile()
{
    static const Profile profile = [] {
        auto loaded =
            profile_from_text(std::string(embedded::k_dalfsen_2025_yaml), "profiles/dalfsen-2025.yaml", Lang::en);
        if (!loaded) throw std::logic_error("the embedded profile is not valid: " + loaded.error());
        return std::move(*loaded);
    }();
    return profile;
}

Expected<Profile> load_profile(const std::filesystem::path& file, Lang lang)
{
    constexpr std::uintmax_t k_max_profile_size = 4 * 1024 * 1024;
    auto text = read_regular_file(file, k_max_profile_size, lang);
    if (!text) {
        return Failure{say(lang, {"kan profiel '{0}' niet lezen: {1}", "cannot read profile '{0}': {1}"}, file.string(),
                           text.error())};
    }
    if (text->size() > k_max_profile_size) {
        return Failure{say(
            lang, {"kan profiel '{0}' niet lezen: groter dan 4 MiB", "cannot read profile '{0}': larger than 4 MiB"},
            file.string())};
    }
    return profile_from_text(std::move(*text), file.string(), lang);
}

nlohmann::json schema_for_profile(const nlohmann::json& schema, const Profile& profile)
{
    nlohmann::json out = schema;
    if (!out.contains("definitions")) return out;
    auto& defs = out["definitions"];
    auto set = [&](const char* name, const char* field, const std::vector<std::string>& values) {
        if (defs.contains(name)) defs[name][field] = string_array(values);
    };
    set("doel", "enum", profile.goal_keys());
    set("niveau", "enum", profile.level_keys());
    set("categorie", "enum", profile.category_keys());
    set("domein", "examples", profile.domains);
    set("werkvorm", "examples", profile.werkvorm_keys());
    set("kern", "examples", profile.places());
    return out;
}

std::unique_ptr<SchemaSet> schemas_for_profile(const Profile& profile)
{
    const auto tailored = [&](std::string_view kind) {
        return schema_for_profile(nlohmann::json::parse(embedded_schema_text(kind)), profile);
    };
    return std::make_unique<SchemaSet>(tailored("plan"), tailored("eindverslag"), tailored("initiatief"));
}

}  // namespace mee
