#include "check/baseline.hpp"
#include "base/file_path.hpp"

#include "base/regular_file.hpp"
#include "check/finding_place.hpp"
#include "check/walk.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

namespace mee {

namespace fs = std::filesystem;

namespace {

constexpr int k_baseline_version = 1;

// `shown` relative to `folder`, with forward slashes; symbolic links are
// resolved on both sides so that /tmp and /private/tmp agree.
std::string relative_to(std::string_view shown, const fs::path& folder)
{
    std::error_code ec;
    fs::path file = fs::weakly_canonical(absolute_normal(fs::path(std::string(shown))), ec);
    if (ec) file = absolute_normal(fs::path(std::string(shown)));
    fs::path base = fs::weakly_canonical(absolute_normal(folder), ec);
    if (ec) base = absolute_normal(folder);
    const fs::path rel = file.lexically_relative(base);
    return rel.empty() ? file.generic_string() : rel.generic_string();
}

bool entry_less(const BaselineEntry& a, const BaselineEntry& b)
{
    return std::tie(a.path, a.code, a.node, a.message) < std::tie(b.path, b.code, b.node, b.message);
}

using Key = std::tuple<std::string, std::string, std::string>;

}  // namespace

Baseline make_baseline(const CheckResult& result, const fs::path& folder)
{
    const std::vector<std::string> nodes = finding_node_paths(result);
    Baseline baseline;
    for (std::size_t i = 0; i < result.findings.size(); ++i) {
        const Finding& f = result.findings[i];
        baseline.entries.push_back({relative_to(f.path, folder), f.code, nodes[i], f.message});
    }
    std::sort(baseline.entries.begin(), baseline.entries.end(), entry_less);
    return baseline;
}

std::string baseline_json(const Baseline& baseline)
{
    using Json = nlohmann::ordered_json;
    Json findings = Json::array();
    for (const BaselineEntry& e : baseline.entries) {
        findings.push_back(Json{{"path", e.path}, {"code", e.code}, {"node", e.node}, {"message", e.message}});
    }
    const Json out{{"tool", "mee"}, {"baseline", k_baseline_version}, {"findings", findings}};
    return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

Expected<Baseline> parse_baseline(std::string_view text, const std::string& name, Lang lang)
{
    const auto bad = [&](const std::string& why) {
        return Failure{
            say(lang, {"'{0}' is geen baseline van mee: {1}", "'{0}' is not a mee baseline: {1}"}, name, why)};
    };
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        return bad(e.what());
    }
    if (!json.is_object() || json.value("tool", "") != "mee" || !json.contains("findings") ||
        !json["findings"].is_array()) {
        return bad(say(
            lang,
            {"verwacht een object met \"tool\": \"mee\" en een lijst \"findings\" (maak er een met --write-baseline)",
             "expected an object with \"tool\": \"mee\" and a list \"findings\" (make one with --write-baseline)"}));
    }
    if (!json.contains("baseline") || !json["baseline"].is_number_integer() ||
        json["baseline"].get<int>() != k_baseline_version) {
        return bad(say(lang,
                       {"\"baseline\" moet {0} zijn; deze mee kent geen andere versie",
                        "\"baseline\" must be {0}; this mee knows no other version"},
                       k_baseline_version));
    }
    Baseline baseline;
    std::size_t index = 0;
    for (const auto& item : json["findings"]) {
        const auto text_of = [&](const char* key) -> const nlohmann::json* {
            auto it = item.find(key);
            return item.is_object() && it != item.end() && it->is_string() ? &*it : nullptr;
        };
        const auto* path = text_of("path");
        const auto* code = text_of("code");
        const auto* node = text_of("node");
        if (path == nullptr || code == nullptr || node == nullptr) {
            return bad(say(lang,
                           {"findings[{0}] mist \"path\", \"code\" of \"node\" (als tekst)",
                            "findings[{0}] lacks \"path\", \"code\" or \"node\" (as text)"},
                           index));
        }
        const auto* message = text_of("message");
        baseline.entries.push_back({path->get<std::string>(), code->get<std::string>(), node->get<std::string>(),
                                    message != nullptr ? message->get<std::string>() : std::string()});
        ++index;
    }
    std::sort(baseline.entries.begin(), baseline.entries.end(), entry_less);
    return baseline;
}

Expected<Baseline> read_baseline(const fs::path& file, Lang lang)
{
    // Only a regular file of at most 64 MiB: a FIFO or /dev/zero named as
    // the baseline must not block the run or fill the memory.
    constexpr std::uintmax_t largest = 64 * 1024 * 1024;
    auto text = read_regular_file(file, largest, lang);
    if (text && text->size() > largest) {
        return Failure{
            say(lang,
                {"kan baseline '{0}' niet lezen: groter dan 64 MiB", "cannot read baseline '{0}': larger than 64 MiB"},
                file.string())};
    }
    if (!text) {
        return Failure{say(lang, {"kan baseline '{0}' niet lezen: {1}", "cannot read baseline '{0}': {1}"},
                           file.string(), text.error())};
    }
    return parse_baseline(*text, file.string(), lang);
}

BaselineUse apply_baseline(CheckResult& result, const Baseline& baseline, const fs::path& folder)
{
    // The entries by path, code and node; `used` marks those that accepted a finding.
    std::map<Key, std::vector<std::size_t>> by_key;
    for (std::size_t i = 0; i < baseline.entries.size(); ++i) {
        const BaselineEntry& e = baseline.entries[i];
        by_key[{e.path, e.code, e.node}].push_back(i);
    }
    std::vector<bool> used(baseline.entries.size(), false);
    const std::vector<std::string> nodes = finding_node_paths(result);
    std::vector<Key> keys;
    keys.reserve(result.findings.size());
    for (std::size_t i = 0; i < result.findings.size(); ++i) {
        keys.emplace_back(relative_to(result.findings[i].path, folder), result.findings[i].code, nodes[i]);
    }
    std::vector<bool> accepted(result.findings.size(), false);
    // First the entries with the same message, then any entry with the same key.
    for (const bool same_message : {true, false}) {
        for (std::size_t i = 0; i < result.findings.size(); ++i) {
            if (accepted[i]) continue;
            auto it = by_key.find(keys[i]);
            if (it == by_key.end()) continue;
            for (const std::size_t e : it->second) {
                if (used[e]) continue;
                if (same_message && baseline.entries[e].message != result.findings[i].message) continue;
                used[e] = true;
                accepted[i] = true;
                break;
            }
        }
    }
    BaselineUse use;
    std::vector<Finding> kept;
    for (std::size_t i = 0; i < result.findings.size(); ++i) {
        if (accepted[i]) {
            ++use.suppressed;
        } else {
            kept.push_back(std::move(result.findings[i]));
        }
    }
    result.findings = std::move(kept);
    result.baselined += use.suppressed;
    std::set<std::string> checked;
    for (const auto& [shown, source] : result.sources)
        checked.insert(relative_to(shown, folder));
    for (std::size_t e = 0; e < baseline.entries.size(); ++e) {
        if (!used[e] && checked.contains(baseline.entries[e].path)) ++use.stale;
    }
    return use;
}

}  // namespace mee
