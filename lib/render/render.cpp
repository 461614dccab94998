#include "render/render.hpp"

#include "base/display.hpp"
#include "base/hash.hpp"
#include "base/html.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

namespace mee {

namespace {

struct ValueLabel {
    const char* field;
    const char* value;
    Msg label;
};

// The fixed vocabularies of documents.md in words. Lists that live in the
// profile (goals, levels, categories) take their labels from there.
constexpr ValueLabel k_value_labels[] = {
    {"antwoord", "ja", {"ja", "yes"}},
    {"antwoord", "te-maken", {"te maken", "can be made"}},
    {"antwoord", "te-organiseren", {"te organiseren", "can be organised"}},
    {"antwoord", "nee", {"nee", "no"}},
    {"besluitstuk", "bestuursopdracht", {"bestuursopdracht", "administrative assignment (bestuursopdracht)"}},
    {"besluitstuk", "collegevoorstel", {"collegevoorstel", "proposal to the college"}},
    {"besluitstuk", "raadsvoorstel", {"raadsvoorstel", "proposal to the council"}},
    {"onderdeel_van", "startnotitie", {"startnotitie", "initial memo (startnotitie)"}},
    {"onderdeel_van", "projectplan", {"projectplan", "project plan"}},
    {"onderdeel_van", "bestuursopdracht", {"bestuursopdracht", "administrative assignment (bestuursopdracht)"}},
    {"onderdeel_van", "los", {"los plan", "a separate plan"}},
    {"soort_werk", "beleid", {"beleid", "policy"}},
    {"soort_werk", "voorbereiding", {"voorbereiding", "preparation"}},
    {"soort_werk", "uitvoering", {"uitvoering", "implementation"}},
    {"plan_status", "concept", {"concept", "draft"}},
    {"plan_status", "vastgesteld", {"vastgesteld", "adopted"}},
    {"door", "college", {"het college", "the college"}},
    {"door", "raad", {"de raad", "the council"}},
    {"door", "ambtelijk-opdrachtgever", {"de ambtelijk opdrachtgever", "the official client"}},
    {"door", "coordinator", {"de coördinator inwonerbetrokkenheid", "the participation coordinator"}},
    {"kader", "juridisch", {"juridisch", "legal"}},
    {"kader", "organisatorisch", {"organisatorisch", "organisational"}},
    {"kader", "politiek-bestuurlijk", {"politiek-bestuurlijk", "political and administrative"}},
    {"kader", "inhoudelijk", {"inhoudelijk", "substantive"}},
    {"kader", "financieel", {"financieel", "financial"}},
    {"moment", "participatie", {"participatie", "participation"}},
    {"moment", "informatie", {"informatie", "information"}},
    {"moment", "terugkoppeling", {"terugkoppeling", "feedback"}},
    {"moment", "besluit", {"besluit", "decision"}},
    {"moment", "overig", {"overig", "other"}},
    {"belang", "groot", {"groot", "high"}},
    {"belang", "klein", {"klein", "low"}},
    {"invloed", "veel", {"veel", "much"}},
    {"invloed", "weinig", {"weinig", "little"}},
    {"verwerking", "overgenomen", {"overgenomen", "adopted"}},
    {"verwerking", "deels", {"deels overgenomen", "partly adopted"}},
    {"verwerking", "niet", {"niet overgenomen", "not adopted"}},
    {"bereikt", "ja", {"bereikt", "reached"}},
    {"bereikt", "deels", {"deels bereikt", "partly reached"}},
    {"bereikt", "nee", {"niet bereikt", "not reached"}},
    {"type", "leefbaarheid", {"leefbaarheid", "liveability"}},
    {"type", "cultuur", {"cultuur", "culture"}},
    {"type", "ruimtelijke-kwaliteit", {"ruimtelijke kwaliteit", "spatial quality"}},
    {"type", "anders", {"anders", "other"}},
    {"omvang", "klein", {"klein", "small"}},
    {"omvang", "groot", {"groot", "large"}},
    {"uitkomst", "ja", {"ja", "yes"}},
    {"uitkomst", "ja-mits", {"ja, mits", "yes, provided that"}},
    {"uitkomst", "afwijzen", {"afwijzen", "reject"}},
    {"route", "direct", {"direct naar de juiste personen", "directly to the right people"}},
    {"route", "intaketafel", {"via de intaketafel", "through the intake table"}},
    {"ondersteuning", "ruimte", {"ruimte", "space"}},
    {"ondersteuning", "financieel", {"financieel", "financial"}},
    {"ondersteuning", "expertise", {"expertise", "expertise"}},
    {"ondersteuning", "materiaal", {"materiaal", "materials"}},
    {"ondersteuning", "communicatie", {"communicatie", "communication"}},
    {"ondersteuning", "samenwerking", {"samenwerking", "working together"}},
    {"initiatief_status", "ingediend", {"ingediend", "submitted"}},
    {"initiatief_status", "in-behandeling", {"in behandeling", "in progress"}},
    {"initiatief_status", "besloten", {"besloten", "decided"}},
    {"initiatief_status", "uitgevoerd", {"uitgevoerd", "carried out"}},
    {"initiatief_status", "afgewezen", {"afgewezen", "rejected"}},
    {"initiatief_status", "ingetrokken", {"ingetrokken", "withdrawn"}},
};

constexpr Msg k_deviation_prefixes[] = {{"gemotiveerd afgeweken: ", "deviated with motivation: "}};

// The message of a motivated deviation without its prefix; nullopt for
// any other finding.
std::optional<std::string_view> deviation_text(const Finding& f)
{
    if (f.severity != Severity::info) return std::nullopt;
    for (const Msg& m : k_deviation_prefixes) {
        for (const char* prefix : {m.nl, m.en}) {
            if (std::string_view(f.message).starts_with(prefix)) {
                return std::string_view(f.message).substr(std::string_view(prefix).size());
            }
        }
    }
    return std::nullopt;
}

}  // namespace

std::string value_label(std::string_view field, std::string_view value, Lang lang)
{
    for (const ValueLabel& l : k_value_labels) {
        if (field == l.field && value == l.value) return say(lang, l.label);
    }
    return std::string(value);
}

namespace {

// The length of the white space at `i` (spaces, tabs, line ends, no-break
// and other Unicode spaces, zero-width characters), 0 when there is none.
std::size_t white_space_at(std::string_view text, std::size_t i)
{
    std::size_t j = i;
    while (j < text.size()) {
        const char c = text[j];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            ++j;
        } else if (text.substr(j).starts_with("\xC2\xA0")) {  // no-break space
            j += 2;
        } else if (text.substr(j).starts_with("\xE2\x80") && j + 2 < text.size() &&
                   ((static_cast<unsigned char>(text[j + 2]) >= 0x80 &&
                     static_cast<unsigned char>(text[j + 2]) <= 0x8F) ||
                    static_cast<unsigned char>(text[j + 2]) == 0xAF)) {  // U+2000–U+200F, U+202F
            j += 3;
        } else {
            break;
        }
    }
    return j - i;
}

}  // namespace

std::string normalised_secret(std::string_view text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        if (const std::size_t n = white_space_at(text, i); n > 0) {
            if (!out.empty()) out += ' ';
            i += n;
            continue;
        }
        out += text[i++];
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

std::string redact(std::string_view text, const std::vector<std::string>& secrets, std::string_view placeholder)
{
    const auto word_char = [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return std::isalnum(u) != 0 || u >= 0x80;
    };
    const auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
    // The end of `secret` in `out` from `i`, where a space in the secret is
    // any white space in the text (a name wrapped over two lines, two
    // spaces, a no-break space); npos when it is not there.
    const auto match = [&](std::string_view out, std::size_t i, std::string_view secret) {
        std::size_t j = i;
        for (const char c : secret) {
            if (c == ' ') {
                const std::size_t n = white_space_at(out, j);
                if (n == 0) return std::string_view::npos;
                j += n;
            } else {
                if (j >= out.size() || lower(out[j]) != lower(c)) return std::string_view::npos;
                ++j;
            }
        }
        return j;
    };
    std::string out(text);
    for (const std::string& raw : secrets) {
        const std::string secret = normalised_secret(raw);
        if (secret.size() < 3) continue;
        std::string result;
        std::size_t i = 0;
        while (i < out.size()) {
            const bool starts = i == 0 || !word_char(out[i - 1]) || !word_char(secret.front());
            const std::size_t end = starts ? match(out, i, secret) : std::string_view::npos;
            const bool ends = end != std::string_view::npos &&
                              (end == out.size() || !word_char(out[end]) || !word_char(secret.back()));
            if (ends) {
                result += placeholder;
                i = end;
            } else {
                result += out[i++];
            }
        }
        out = std::move(result);
    }
    return out;
}

std::size_t attention_points(const std::vector<Finding>& findings)
{
    std::size_t n = 0;
    for (const Finding& f : findings)
        n += deviation_text(f) ? 0 : 1;
    return n;
}

std::string as_sentence(std::string_view text)
{
    std::string out(text);
    if (!out.empty() && out.front() >= 'a' && out.front() <= 'z')
        out.front() = static_cast<char>(out.front() - 'a' + 'A');
    if (!ends_sentence(out)) out += '.';
    return out;
}

bool ends_sentence(std::string_view text)
{
    // A closing parenthesis after a full stop ends it too: "(motivering: zo is het.)" takes no second one.
    if (text.ends_with(')')) text.remove_suffix(1);
    return text.ends_with('.') || text.ends_with('!') || text.ends_with('?') || text.ends_with("…");
}

std::string sentence(std::string_view text)
{
    return text.empty() || ends_sentence(text) ? std::string(text) : std::string(text) + ".";
}

PageSection findings_section(const std::vector<Finding>& findings, Lang lang, FindingCodes codes)
{
    PageSection s{"aandachtspunten", "box findings", {}};
    // One list item: the message as a sentence; for staff, the rule's code
    // and the line in the document before it.
    const auto item = [&](const Finding& f, std::string_view message) {
        std::string where;
        if (codes == FindingCodes::show) {
            where = fmt::format("**{}** {}: ", f.code, say(lang, {"(regel {0})", "(line {0})"}, f.mark.line));
        }
        return "- " + where + md_text(as_sentence(one_line_text(message))) + "\n";
    };
    // Errors first, then warnings, then the rest; in document order within each.
    struct Group {
        Severity severity;
        Msg title;
        std::string items;
    };
    Group groups[] = {{Severity::error, {"**Moet nog:**", "**Still to do:**"}, {}},
                      {Severity::warning, {"**Let op:**", "**Please note:**"}, {}},
                      {Severity::info, {"**Ter informatie:**", "**For information:**"}, {}}};
    std::string deviations;
    for (const Finding& f : findings) {
        if (auto rest = deviation_text(f)) {
            deviations += item(f, *rest);
            continue;
        }
        for (Group& g : groups) {
            if (g.severity == f.severity) g.items += item(f, f.message);
        }
    }
    const std::size_t count = attention_points(findings);
    std::string md = say(lang, {"## Aandachtspunten\n\n", "## Points of attention\n\n"});
    if (count == 0 && deviations.empty()) {
        md += say(lang, {"De controle van mee vindt niets in dit document.\n",
                         "mee's check finds nothing in this document.\n"});
    } else if (count == 0) {
        md += say(lang, {"De controle van mee vindt geen open punten.\n", "mee's check finds no open points.\n"});
    } else {
        md += count == 1 ? say(lang, {"De controle van mee vindt nog 1 aandachtspunt in dit document.\n",
                                      "mee's check still finds 1 point of attention in this document.\n"})
                         : say(lang,
                               {"De controle van mee vindt nog {0} aandachtspunten in dit document.\n",
                                "mee's check still finds {0} points of attention in this document.\n"},
                               count);
        for (const Group& g : groups) {
            if (!g.items.empty()) md += "\n" + say(lang, g.title) + "\n\n" + g.items;
        }
    }
    if (!deviations.empty()) {
        md += say(lang, {"\n**Gemotiveerd afgeweken** (§2.3.1): hier wijkt het document bewust af van een regel, met "
                         "deze motivering.\n\n",
                         "\n**Deviated with motivation** (§2.3.1): here the document deliberately departs from a rule, "
                         "for this reason.\n\n"}) +
              deviations;
    }
    s.blocks.push_back(PageBlock{md, {}});
    return s;
}

PageSection score_section(const Score& score, Lang lang)
{
    PageSection s{"compleetheid", "box score", {}};
    std::string md =
        say(lang, {"## Compleetheid: {0} van 100\n\n", "## Completeness: {0} out of 100\n\n"}, score.value());
    if (score.inform_only) {
        md += say(lang, {"Dit plan informeert alleen; het telt over de onderdelen 1, 5, 7 en 8 (§2.1.2).\n\n",
                         "This plan only informs; it is scored over parts 1, 5, 7 and 8 (§2.1.2).\n\n"});
    }
    if (!score.plan_found) {
        md += say(lang, {"Deze score is onvolledig: het plan van dit eindverslag is niet gevonden, dus wat het plan "
                         "nodig heeft, is niet beoordeeld en telt als niet voldaan.\n\n",
                         "This score is incomplete: the plan of this end report was not found, so what needs the plan "
                         "is not judged and counts as not met.\n\n"});
    }
    bool complete = true;
    for (const ScoreSection& section : score.sections)
        complete = complete && section.mean().num >= section.mean().den;
    if (complete) {
        md += say(lang, {"Alle {0} onderdelen zijn volledig (§3.6).\n", "All {0} parts are complete (§3.6).\n"},
                  score.sections.size());
        s.blocks.push_back(PageBlock{md, {}});
        return s;
    }
    std::vector<std::vector<std::string>> rows;
    for (const ScoreSection& section : score.sections) {
        std::string missing;
        for (const ScoreItem& item : section.items) {
            if (item.judged == Judged::yes && item.value.num >= item.value.den) continue;
            if (!missing.empty()) missing += "; ";
            missing += md_text(missing_text(item, lang));
        }
        rows.push_back(
            {md_text(say(lang, section.title)), fmt::format("{}%", percent_half_up(section.mean())), missing});
    }
    md += md_table(
        {say(lang, {"Onderdeel", "Part"}), say(lang, {"Score", "Score"}), say(lang, {"Ontbreekt", "Missing"})}, rows);
    s.blocks.push_back(PageBlock{md, {}});
    return s;
}

std::string footer_text(const ProjectDocument& document, const Date& today, Lang lang)
{
    return say(lang,
               {"Gemaakt met mee op {0} uit het document {1} Dit overzicht volgt het beleid Met Elkaar 2.0 van "
                "de gemeente Dalfsen.\n",
                "Made with mee on {0} from the document {1} This report follows the policy Met Elkaar 2.0 of "
                "the municipality of Dalfsen.\n"},
               long_date(today, lang),
               sentence(md_text(document.id.empty() ? std::filesystem::path(document.path).filename().string()
                                                    : document.id)));
}

std::string to_markdown(const RenderedPage& page)
{
    std::string out;
    for (const PageSection& s : page.sections) {
        for (const PageBlock& b : s.blocks) {
            std::string_view md = b.markdown;
            while (!md.empty() && md.back() == '\n')
                md.remove_suffix(1);
            if (md.empty()) continue;
            if (!out.empty()) out += "\n";
            out += md;
            out += "\n";
        }
    }
    if (!page.footer.empty()) out += "\n---\n\n" + page.footer;
    return out;
}

std::string page_file_name(std::string_view id, std::string_view fallback, std::string_view extension)
{
    const auto clean = [](std::string_view s) {
        std::string out;
        for (char c : s) {
            const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                              c == '_' || c == '.';
            out += keep ? c : '_';
        }
        // Never hidden, never "." or "..".
        while (!out.empty() && out.front() == '.')
            out.erase(out.begin());
        return out;
    };
    std::string stem = clean(id);
    if (stem.empty() || stem.find_first_not_of('_') == std::string::npos) stem = clean(fallback);
    if (stem.empty()) stem = "document";
    // A file name has at most 255 bytes: a longer id is cut, and a hash of
    // the whole id keeps two long ids that begin alike apart.
    constexpr std::size_t longest = 100;
    if (stem.size() > longest) {
        stem = fmt::format("{}-{:08x}", stem.substr(0, longest - 9), fnv1a64(stem) & 0xFFFFFFFFu);
    }
    return stem + "." + std::string(extension);
}

Rendered render_document(const RenderInput& input)
{
    switch (input.document.kind) {
        case DocKind::plan:
            return render_plan(input);
        case DocKind::eindverslag:
            return render_eindverslag(input);
        case DocKind::initiatief:
            return render_initiatief(input);
    }
    return render_plan(input);
}

RenderedPage render_index(const std::vector<IndexEntry>& entries, Lang lang, const Date& today)
{
    RenderedPage page;
    page.lang = lang;
    page.title = say(lang, {"Overzicht van de documenten", "Overview of the documents"});
    std::string md =
        "# " + say(lang, {"Overzicht van de documenten\n\n", "Overview of the documents\n\n"}) +
        say(lang, {"Met Elkaar 2.0 · {0} documenten\n\n", "Met Elkaar 2.0 · {0} documents\n\n"}, entries.size());
    std::vector<std::vector<std::string>> rows;
    for (const IndexEntry& e : entries) {
        const Msg kind = e.kind == DocKind::plan          ? Msg{"plan van aanpak", "participation plan"}
                         : e.kind == DocKind::eindverslag ? Msg{"eindverslag", "end report"}
                                                          : Msg{"inwonersinitiatief", "citizens' initiative"};
        // The file name is mee's own (page_file_name), so it is safe as a link target.
        rows.push_back({say(lang, kind), fmt::format("[{}](<{}>)", md_text(e.id.empty() ? e.file : e.id), e.file),
                        md_text(e.title), md_text(e.status), e.score ? std::to_string(*e.score) : std::string(),
                        std::to_string(e.open)});
    }
    md += md_table({say(lang, {"Soort", "Kind"}), say(lang, {"Document", "Document"}), say(lang, {"Titel", "Title"}),
                    say(lang, {"Status", "Status"}), say(lang, {"Compleetheid", "Completeness"}),
                    say(lang, {"Aandachtspunten", "Points of attention"})},
                   rows);
    page.sections.push_back(PageSection{"index", "index", {PageBlock{md, {}}}});
    page.footer = say(lang, {"Gemaakt met mee op {0}.\n", "Made with mee on {0}.\n"}, long_date(today, lang));
    return page;
}

}  // namespace mee
