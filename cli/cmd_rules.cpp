#include "commands.hpp"

#include "rule_catalog.hpp"
#include "suggest.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace mee::cli {

void add_rules_command(CLI::App& app, RulesArgs& args)
{
    CLI::App* cmd = app.add_subcommand("rules", "List the rules mee checks, with their severity");
    add_common_options(*cmd, args.common);
}

void add_explain_command(CLI::App& app, ExplainArgs& args)
{
    CLI::App* cmd = app.add_subcommand("explain", "Explain one rule: why it exists, the policy section, how to fix it");
    add_common_options(*cmd, args.common);
    cmd->add_option("code", args.code, "A rule code, such as MEE005")->required();
}

namespace {

const char* text_of(Msg msg, Lang lang) { return lang == Lang::nl ? msg.nl : msg.en; }

}  // namespace

int run_rules_command(const RulesArgs& args)
{
    const Lang lang = resolve_lang(args.common);
    for (const RuleInfo& rule : rule_catalog()) {
        if (!rule.is_checked()) continue;
        std::cout << fmt::format("{}  {:<7}  {}\n", rule.code, severity_name(rule.severity), text_of(rule.title, lang));
    }
    return 0;
}

int run_explain_command(const ExplainArgs& args)
{
    const Lang lang = resolve_lang(args.common);
    const RuleInfo* rule = find_rule(args.code);
    if (rule == nullptr) {
        std::vector<std::string> codes;
        for (const RuleInfo& r : rule_catalog()) codes.emplace_back(r.code);
        std::string message = say(lang, {"onbekende regel '{0}'", "unknown rule '{0}'"}, args.code);
        if (auto guess = did_you_mean(args.code, codes)) {
            message += say(lang, {"; bedoelde u {0}?", "; did you mean {0}?"}, *guess);
        }
        return fail(message + say(lang, {" (mee rules toont alle regels)", " (mee rules lists every rule)"}));
    }
    std::cout << fmt::format("{} ({}): {}\n", rule->code, severity_name(rule->severity), text_of(rule->title, lang));
    std::cout << say(lang, {"Bron: {0}\n", "Source: {0}\n"}, rule->section);
    if (rule->is_checked()) {
        std::cout << "\n" << text_of(rule->explanation, lang) << "\n";
    } else {
        std::cout << "\n"
                  << say(lang, {"Deze versie van mee past deze regel nog niet toe.\n",
                                "This version of mee does not apply this rule yet.\n"});
    }
    return 0;
}

}  // namespace mee::cli
