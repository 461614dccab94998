#include "stats/score_output.hpp"

#include "yaml/access.hpp"

#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace mee {

namespace {

std::string kind_text(const Score& s)
{
    return s.kind == ScoredKind::plan ? "plan" : "eindverslag";
}

// A section's score as a whole percentage (rounded half up) for display.
int section_percent(const ScoreSection& s)
{
    return percent_half_up(s.mean());
}

std::vector<std::string> missing_items(const ScoreSection& s, Lang lang)
{
    std::vector<std::string> out;
    for (const ScoreItem& item : s.items) {
        if (item.value.num < item.value.den) out.push_back(missing_text(item, lang));
    }
    return out;
}

}  // namespace

std::vector<ScoredDocument> score_documents(const CheckResult& result, const Profile& profile)
{
    std::vector<ScoredDocument> out;
    for (const ProjectDocument& d : result.project.documents()) {
        if (!d.checked) continue;
        if (d.kind == DocKind::plan) {
            out.push_back(ScoredDocument{d.path, d.id, score_plan(*d.root, profile)});
        } else if (d.kind == DocKind::eindverslag) {
            const ProjectDocument* plan = nullptr;
            if (auto id = scalar_text(d.root->get("plan"))) plan = result.project.plan(*id);
            out.push_back(
                ScoredDocument{d.path, d.id, score_eindverslag(*d.root, plan ? plan->root : nullptr, profile)});
        }
    }
    std::sort(out.begin(), out.end(), [](const ScoredDocument& a, const ScoredDocument& b) { return a.path < b.path; });
    return out;
}

std::string format_scores_text(const std::vector<ScoredDocument>& scores, Lang lang)
{
    std::string out;
    for (const ScoredDocument& d : scores) {
        std::string note;
        if (d.score.inform_only) note = say(lang, {", alleen informeren", ", inform only"});
        if (!d.score.plan_found) {
            note = say(lang, {", onvolledig: plan niet gevonden, wat het plan nodig heeft is niet beoordeeld",
                              ", incomplete: plan not found, what needs the plan is not judged"});
        }
        out += fmt::format("{}: {} ({}{})\n", d.path, d.score.value(), kind_text(d.score), note);
        for (const ScoreSection& s : d.score.sections) {
            // What is missing, and apart from it what could not be judged
            // (it is not missing: the plan it needs was not found).
            std::vector<std::string> missing;
            std::vector<std::string> not_judged;
            for (const ScoreItem& item : s.items) {
                if (item.judged == Judged::no) {
                    not_judged.push_back(item.name.in(lang));
                } else if (item.value.num < item.value.den) {
                    missing.push_back(missing_text(item, lang));
                }
            }
            std::vector<std::string> parts;
            if (!missing.empty()) {
                parts.push_back(
                    say(lang, {"ontbreekt: {0}", "missing: {0}"}, fmt::format("{}", fmt::join(missing, "; "))));
            }
            if (!not_judged.empty()) {
                parts.push_back(say(lang, {"niet beoordeeld: {0}", "not judged: {0}"},
                                    fmt::format("{}", fmt::join(not_judged, "; "))));
            }
            if (parts.empty()) continue;
            out += fmt::format("  {} {}%: {}\n", s.title.in(lang), section_percent(s), fmt::join(parts, "; "));
        }
    }
    if (scores.empty()) {
        out += say(lang, {"geen plannen of eindverslagen gevonden\n", "no plans or eindverslagen found\n"});
    } else {
        int total = 0;
        for (const ScoredDocument& d : scores)
            total += d.score.value();
        out += say(lang, {"\n{0}, gemiddeld {1}\n", "\n{0}, mean {1}\n"},
                   counted(static_cast<std::int64_t>(scores.size()),
                           Noun{{"document", "document"}, {"documenten", "documents"}}, lang),
                   decimal(static_cast<double>(total) / static_cast<double>(scores.size()), 1, lang));
    }
    return out;
}

std::string format_scores_json(const std::vector<ScoredDocument>& scores, Lang lang)
{
    using Json = nlohmann::ordered_json;
    Json docs = Json::array();
    for (const ScoredDocument& d : scores) {
        Json sections = Json::array();
        for (const ScoreSection& s : d.score.sections) {
            Json items = Json::array();
            for (const ScoreItem& item : s.items) {
                // As counted ("2/3", not reduced); an item without entries to count, its value.
                const bool counted_entries = item.total > 0;
                Json entry{{"item", item.name.in(lang)},
                           {"value", static_cast<double>(item.value.num) / static_cast<double>(item.value.den)},
                           {"fraction", counted_entries ? fmt::format("{}/{}", item.satisfied, item.total)
                                                        : fmt::format("{}/{}", item.value.num, item.value.den)}};
                entry["judged"] = item.judged == Judged::yes;
                if (item.value.num < item.value.den) entry["missing"] = missing_text(item, lang);
                items.push_back(entry);
            }
            const Fraction mean = s.mean();
            sections.push_back(Json{{"section", s.key},
                                    {"title", s.title.in(lang)},
                                    {"score", static_cast<double>(mean.num) / static_cast<double>(mean.den)},
                                    {"items", items}});
        }
        docs.push_back(Json{{"path", d.path},
                            {"id", d.id},
                            {"kind", kind_text(d.score)},
                            {"score", d.score.value()},
                            {"inform_only", d.score.inform_only},
                            {"plan_found", d.score.plan_found},
                            {"complete", d.score.complete()},
                            {"sections", sections}});
    }
    return Json{{"scores", docs}}.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string format_scores_csv(const std::vector<ScoredDocument>& scores, Lang lang)
{
    std::string out = "\"path\",\"id\",\"kind\",\"score\",\"section\",\"section_score\",\"missing\"\n";
    for (const ScoredDocument& d : scores) {
        for (const ScoreSection& s : d.score.sections) {
            out += fmt::format("{},{},{},{},{},{},{}\n", csv_field(d.path), csv_field(d.id),
                               csv_field(kind_text(d.score)), csv_field(std::to_string(d.score.value()), false),
                               csv_field(s.key), csv_field(std::to_string(section_percent(s)), false),
                               csv_field(fmt::format("{}", fmt::join(missing_items(s, lang), "; "))));
        }
    }
    return out;
}

std::string explain_score(Lang lang)
{
    return say(
        lang,
        {"De compleetheidsscore (rules.md, §3.6 \"compleetheid\")\n\n"
         "Een plan heeft negen onderdelen, een eindverslag vijf. Elk onderdeel heeft punten:\n"
         "- een aanwezigheidspunt (een tekst ingevuld, een waarde gegeven, minstens een item) telt 1 of 0;\n"
         "- een dekkingspunt (items met een ingevulde X, werkvormen verantwoord, doelen geevalueerd) telt het\n"
         "  deel van de items dat eraan voldoet, en 0 als de lijst ontbreekt of leeg is; een punt dat maar\n"
         "  over sommige items gaat (niet/deels met uitleg) telt 1 als geen enkel item het betreft.\n"
         "Een tekst telt als ingevuld als hij geen plaatshouder is (nog invullen, n.t.b., p.m., ...); een item\n"
         "waarin nog een plaatshouder staat (een kader, een moment, een belanghebbende) telt niet mee.\n"
         "De score van een onderdeel is het gemiddelde van zijn punten; de score van het document is 100 keer\n"
         "het gemiddelde van de onderdelen, exact berekend (breuken) en half naar boven afgerond: 74,5 wordt 75.\n"
         "Een plan dat alleen informeert telt onderdelen 1, 5, 7 en 8, met in 7: minstens een moment en een\n"
         "besluitmoment. Staat het plan van een eindverslag niet in het project, dan zijn de punten die het\n"
         "plan nodig hebben (werkvormen verantwoord, doelen geevalueerd) niet beoordeeld: ze tellen 0, en de\n"
         "score heet onvolledig. Zo haalt een eindverslag zonder zijn plan nooit 100.\n"
         "Een score gaat over compleetheid, niet over de regels: een plan kan 100 halen en toch\n"
         "waarschuwingen hebben. mee score --min N geeft exit status 1 als een score onder N ligt.\n",
         "The completeness score (rules.md, §3.6 \"compleetheid\")\n\n"
         "A plan has nine sections, an eindverslag five. Each section has items:\n"
         "- a presence item (a text filled, a value given, at least one entry) counts 1 or 0;\n"
         "- a coverage item (entries with a filled X, plan werkvormen accounted for, plan goals evaluated)\n"
         "  counts the fraction of its entries that satisfy it, and 0 when the list is absent or empty; an\n"
         "  item that concerns only some entries (niet/deels explained) counts 1 when none is concerned.\n"
         "A text counts as filled in when it is no placeholder (nog invullen, n.t.b., p.m., ...); an entry\n"
         "that still holds a placeholder (a kader, a moment, a stakeholder) does not count.\n"
         "A section's score is the mean of its items; the document's score is 100 times the mean of its\n"
         "sections, computed exactly (fractions) and rounded half up: 74.5 gives 75.\n"
         "An inform-only plan is scored over sections 1, 5, 7 and 8, with in 7: at least one moment and a\n"
         "besluit moment. When an eindverslag's plan is not in the project, the items that need it (plan\n"
         "werkvormen accounted for, plan goals evaluated) are not judged: they count 0 and the score is\n"
         "called incomplete. So an eindverslag without its plan never scores 100.\n"
         "A score is about completeness, not about the rules: a plan can score 100 and still have warnings.\n"
         "mee score --min N makes the exit status 1 when a score is below N.\n"});
}

}  // namespace mee
