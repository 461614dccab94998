#include "agenda/agenda.hpp"

#include "base/hash.hpp"
#include "base/parallel.hpp"
#include "check/walk.hpp"
#include "document/document.hpp"
#include "document/schema.hpp"
#include "policy/calendar.hpp"
#include "policy/privacy.hpp"
#include "yaml/access.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <tuple>

namespace mee {

namespace {

bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Letters and digits for word boundaries; any byte of a UTF-8 sequence counts
// as a letter, so "Dalfsener" does not hold "Dalfsen".
bool is_word_byte(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u >= 0x80;
}

bool ends_with_gemeente(std::string_view before)
{
    while (!before.empty() && is_space(before.back()))
        before.remove_suffix(1);
    constexpr std::string_view word = "gemeente";
    if (before.size() < word.size()) return false;
    const std::string_view tail = before.substr(before.size() - word.size());
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(tail[i])) != word[i]) return false;
    }
    return before.size() == word.size() || !is_word_byte(before[before.size() - word.size() - 1]);
}

std::string mark_text(std::string_view path, const Mark& mark)
{
    return fmt::format("{}:{}:{}", path, mark.line, mark.column);
}

// The public form of a text: white space collapsed, or empty (with a note)
// when it holds personal contact data.
std::string public_text(Agenda& agenda, std::string_view path, const Node& node, std::string_view text)
{
    if (const PersonalKind found = find_personal_data(text); found != PersonalKind::none) {
        agenda.notes.push_back(say(agenda.options.lang,
                                   {"{0}: deze tekst bevat persoonsgegevens ({1}, MEE501); de agenda laat hem weg",
                                    "{0}: this text holds personal data ({1}, MEE501); the agenda leaves it out"},
                                   mark_text(path, node.mark), personal_data_name(found, agenda.options.lang)));
        return {};
    }
    return one_line_text(text);
}

bool is_moment_kind(std::string_view soort)
{
    return std::find(std::begin(k_moment_kinds), std::end(k_moment_kinds), soort) != std::end(k_moment_kinds);
}

struct RawMoment {
    const Node* node;
    Date date;
    std::string_view soort;
    std::size_t order;
};

}  // namespace

DateRange year_from(const Date& from)
{
    Date next{from.year + 1, from.month, from.day};
    if (next.day > days_in_month(next.year, next.month)) next = Date{next.year, 3, 1};  // 29 February
    return DateRange{from, add_days(next, -1)};
}

std::string moment_uid(std::string_view plan_id, std::string_view soort, std::string_view wat, std::size_t occurrence)
{
    const std::string key = fmt::format("{}\x1f{}\x1f{}\x1f{}", plan_id, soort, one_line_text(wat), occurrence);
    std::string id(plan_id);
    for (char& c : id) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) c = '-';
    }
    return fmt::format("{}-{:016x}@mee", id, fnv1a64(key));
}

Date plan_stamp(const Node& plan)
{
    Date stamp{1970, 1, 1};
    if (auto d = date_value(plan.get("datum"))) stamp = std::max(stamp, *d);
    if (const Node* v = plan.get("vastgesteld"); v != nullptr && v->is_mapping()) {
        if (auto d = date_value(v->get("datum"))) stamp = std::max(stamp, *d);
    }
    return stamp;
}

std::vector<std::string> places_in(std::string_view title, const Profile& profile)
{
    struct Found {
        std::size_t at;
        std::size_t end;
        const std::string* place;
    };
    std::vector<Found> found;
    const std::vector<std::string> places = profile.places();
    for (const std::string& place : places) {
        if (place.empty()) continue;
        for (std::size_t at = title.find(place); at != std::string_view::npos; at = title.find(place, at + 1)) {
            const std::size_t end = at + place.size();
            if (at > 0 && is_word_byte(title[at - 1])) continue;
            if (end < title.size() && is_word_byte(title[end])) continue;
            if (ends_with_gemeente(title.substr(0, at))) continue;
            found.push_back(Found{at, end, &place});
        }
    }
    std::vector<std::string> out;
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.at < b.at; });
    for (const Found& f : found) {
        // "Dalfsen" inside "Ooster-Dalfsen" is the buurtschap, not the kern.
        const bool inside_longer = std::any_of(found.begin(), found.end(), [&](const Found& g) {
            return &g != &f && g.at <= f.at && f.end <= g.end && g.end - g.at > f.end - f.at;
        });
        if (!inside_longer && std::find(out.begin(), out.end(), *f.place) == out.end()) out.push_back(*f.place);
    }
    return out;
}

void add_plan_moments(Agenda& agenda, const Node& plan, std::string_view path)
{
    const AgendaOptions& options = agenda.options;
    const Lang lang = options.lang;
    const auto id = scalar_text(plan.get("id"));
    if (!id || one_line_text(*id).empty()) {
        ++agenda.read_errors;
        agenda.notes.push_back(say(lang,
                                   {"{0}: het plan heeft geen id; het staat niet in de agenda (elk moment heeft het id "
                                    "nodig voor zijn UID)",
                                    "{0}: the plan has no id; it is left out of the agenda (each moment needs the id "
                                    "for its UID)"},
                                   path));
        return;
    }
    ++agenda.plans_read;
    const bool adopted = text_at(&plan, "status") == std::optional<std::string_view>("vastgesteld");
    if (!adopted && options.include_concept == IncludeConcept::no) return;

    std::vector<RawMoment> raw;
    const std::vector<Node>& list = items_of(plan.get("planning"));
    for (std::size_t i = 0; i < list.size(); ++i) {
        const Node& m = list[i];
        const auto date = m.is_mapping() ? date_value(m.get("datum")) : std::nullopt;
        const auto soort = m.is_mapping() ? text_at(&m, "soort") : std::nullopt;
        if (!date || !soort || !is_moment_kind(*soort)) {
            agenda.notes.push_back(say(lang,
                                       {"{0}: een planningsmoment zonder geldige datum en soort staat niet in de "
                                        "agenda; mee check zegt wat er mis is",
                                        "{0}: a planning moment without a valid datum and soort is left out of the "
                                        "agenda; mee check says what is wrong"},
                                       mark_text(path, m.mark)));
            continue;
        }
        raw.push_back(RawMoment{&m, *date, *soort, i});
    }
    std::stable_sort(raw.begin(), raw.end(), [](const RawMoment& a, const RawMoment& b) { return a.date < b.date; });

    const auto shown = [&](const RawMoment& r) {
        return options.range.contains(r.date) &&
               std::find(options.kinds.begin(), options.kinds.end(), r.soort) != options.kinds.end();
    };
    if (std::none_of(raw.begin(), raw.end(), shown)) return;

    const Profile& profile = options.profile != nullptr ? *options.profile : embedded_profile();
    const std::string plan_id = one_line_text(*id);
    const auto title_text = scalar_text(plan.get("titel"));
    const std::string title = title_text ? public_text(agenda, path, *plan.get("titel"), *title_text) : std::string{};
    const std::vector<std::string> places = places_in(title, profile);
    const Date stamp = plan_stamp(plan);

    std::map<std::pair<std::string, std::string>, std::size_t> seen;  // (soort, wat) -> moments so far
    for (const RawMoment& r : raw) {
        const Node& m = *r.node;
        const std::string wat_key = one_line_text(scalar_text(m.get("wat")).value_or(""));
        const std::size_t occurrence = seen[{std::string(r.soort), wat_key}]++;
        if (!shown(r)) continue;

        AgendaItem item;
        item.date = r.date;
        item.soort = std::string(r.soort);
        if (auto wat = scalar_text(m.get("wat"))) item.wat = public_text(agenda, path, *m.get("wat"), *wat);
        item.door = one_line_text(text_at(&m, "door").value_or(""));
        for (const Node& g : items_of(m.get("doelgroepen"))) {
            if (auto name = scalar_text(&g)) {
                std::string group = public_text(agenda, path, g, *name);
                if (!group.empty()) item.doelgroepen.push_back(std::move(group));
            }
        }
        item.online_alternatief = bool_value(m.get("online_alternatief")).value_or(false);
        item.plan_id = plan_id;
        item.plan_title = title;
        item.plan_path = std::string(path);
        item.adopted = adopted;
        item.places = places;
        item.order = r.order;
        item.stamp = stamp;
        item.uid = moment_uid(plan_id, item.soort, wat_key, occurrence);
        agenda.items.push_back(std::move(item));
    }
}

void sort_agenda(Agenda& agenda)
{
    std::stable_sort(agenda.items.begin(), agenda.items.end(), [](const AgendaItem& a, const AgendaItem& b) {
        return std::tie(a.date, a.plan_id, a.order, a.plan_path) < std::tie(b.date, b.plan_id, b.order, b.plan_path);
    });
}

Expected<Agenda> build_agenda(const std::vector<std::string>& paths, const std::filesystem::path& stop,
                              AgendaOptions options, unsigned jobs)
{
    if (options.kinds.empty())
        options.kinds.assign(std::begin(k_default_moment_kinds), std::end(k_default_moment_kinds));
    Agenda agenda;
    agenda.options = options;
    const Lang lang = options.lang;
    auto files = find_files(paths.empty() ? std::vector<std::string>{"."} : paths, stop, lang);
    if (!files) return Failure{files.error()};

    std::vector<Document> documents(files->size());
    parallel_for(files->size(), std::max(1u, jobs), [&](std::size_t i) {
        const FoundFile& f = (*files)[i];
        documents[i] = load_found(f, SchemaSet::embedded(), lang, Validate::no);
    });
    for (const FoundFile& f : *files)
        agenda.inputs.push_back(f.file);

    const Msg left_out{"{0}: {1} ({2}); dit bestand staat niet in de agenda",
                       "{0}: {1} ({2}); this file is left out of the agenda"};
    for (const Document& doc : documents) {
        if (doc.state == LoadState::not_ours) continue;
        if (doc.state == LoadState::io_error) {
            ++agenda.read_errors;
            agenda.notes.push_back(say(lang,
                                       {"{0}: kan het bestand niet lezen: {1}; het staat niet in de agenda",
                                        "{0}: cannot read the file: {1}; it is left out of the agenda"},
                                       doc.path, doc.io_error));
            continue;
        }
        const bool usable = doc.state == LoadState::checked && doc.root && doc.kind && doc.rules_apply;
        if (!usable) {
            ++agenda.read_errors;
            const Finding* first = doc.findings.empty() ? nullptr : &doc.findings.front();
            agenda.notes.push_back(
                first != nullptr ? say(lang, left_out, mark_text(doc.path, first->mark), first->message, first->code)
                                 : say(lang, left_out, doc.path, "?", "MEE001"));
            continue;
        }
        if (*doc.kind == DocKind::plan && doc.root->is_mapping()) add_plan_moments(agenda, *doc.root, doc.path);
    }
    sort_agenda(agenda);
    return agenda;
}

}  // namespace mee
