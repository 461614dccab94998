#include "cli/commands.hpp"

#include "base/suggest.hpp"
#include "document/document.hpp"
#include "rules/catalog.hpp"
#include "rules/explain.hpp"
#include "rules/run.hpp"
#include "stats/score_output.hpp"
#include "yaml/access.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace mee::cli {

void add_rules_command(CLI::App& app, RulesArgs& args, Lang lang)
{
    CLI::App* cmd = app.add_subcommand("rules", say(lang, {"Alle regels die mee controleert: code, ernst, titel",
                                                           "List the rules mee checks: code, severity, title"}));
    add_common_options(*cmd, args.common, lang);
}

void add_explain_command(CLI::App& app, ExplainArgs& args, Lang lang)
{
    CLI::App* cmd = app.add_subcommand(
        "explain", say(lang, {"Uitleg bij één regel: waarom hij er is, het deel van het beleid, hoe u het oplost",
                              "Explain one rule: why it exists, the policy section, how to fix it"}));
    add_common_options(*cmd, args.common, lang);
    cmd->add_option("CODE", args.code,
                    say(lang, {"Een regelcode, zoals MEE005, of score voor de score van volledigheid",
                               "A rule code, such as MEE005, or score for the completeness score"}))
        ->required();
    cmd->add_option(say(lang, {"BESTAND", "FILE"}), args.file,
                    say(lang, {"Bij MEE184: een plan waarvan mee de uitnodiging meet",
                               "For MEE184: a plan whose uitnodiging to measure"}));
}

int run_rules_command(const RulesArgs& args)
{
    auto context = make_context(args.common, {});
    if (!context) return fail(context.error());
    const Lang lang = context->lang;
    std::cout << fmt::format("{:<7} {:<8} {}\n", say(lang, {"code", "code"}), say(lang, {"ernst", "severity"}),
                             say(lang, {"regel", "rule"}));
    for (const Rule& rule : rule_catalog()) {
        if (!rule.is_checked()) continue;
        std::cout << fmt::format("{:<7} {:<8} {}\n", rule.code, severity_name(rule.severity), rule.title.in(lang));
    }
    return 0;
}

int run_explain_command(const ExplainArgs& args)
{
    auto context = make_context(args.common, {});
    if (!context) return fail(context.error());
    const Lang lang = context->lang;
    if (args.code == "score" || args.code == "SCORE") {
        std::cout << explain_score(lang);
        return 0;
    }
    const Rule* rule = find_rule(args.code);
    if (rule == nullptr) {
        std::vector<std::string> codes;
        for (const Rule& r : rule_catalog())
            codes.emplace_back(r.code);
        std::string message = say(lang, {"onbekende regel '{0}'", "unknown rule '{0}'"}, args.code);
        if (auto guess = did_you_mean(args.code, codes)) {
            message += say(lang, {"; bedoelde u {0}?", "; did you mean {0}?"}, *guess);
        }
        return fail(message + say(lang, {" (mee rules toont alle regels)", " (mee rules lists every rule)"}));
    }
    std::optional<std::string> uitnodiging;
    if (!args.file.empty()) {
        const auto doc = read_one_document(args.file, *context, lang);
        if (!doc) return fail(doc.error());
        const Node* c = doc->root ? doc->root->get("communicatie") : nullptr;
        const auto text = text_at(c, "uitnodiging");
        if (!text) {
            return fail(say(lang,
                            {"'{0}' heeft geen communicatie.uitnodiging om te meten",
                             "'{0}' has no communicatie.uitnodiging to measure"},
                            args.file));
        }
        uitnodiging = std::string(*text);
    }
    std::cout << explain_rule(*rule, context->profile(), lang, uitnodiging);
    return 0;
}

}  // namespace mee::cli
