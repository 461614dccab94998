#include "cli/commands.hpp"

#include "document/document.hpp"
#include "policy/decide.hpp"

#include <CLI/CLI.hpp>

#include <unistd.h>

#include <array>
#include <iostream>

namespace mee::cli {

void add_decide_command(CLI::App& app, DecideArgs& args, Lang lang)
{
    CLI::App* cmd = app.add_subcommand(
        "decide", say(lang, {"Stap 1: de drie vragen vooraf, en de uitkomst: betrekken of alleen informeren",
                             "Step 1: the three go/no-go questions, and the outcome: involve or only inform"}));
    add_common_options(*cmd, args.common, lang);
    cmd->add_option(say(lang, {"BESTAND", "FILE"}), args.file,
                    say(lang, {"Een plan (soort: plan)", "A plan (soort: plan)"}));
    cmd->add_flag("--ask", args.ask,
                  say(lang, {"Stel de drie vragen in de terminal en toon een blok afweging: om in het plan te plakken",
                             "Ask the three questions in the terminal and print an afweging: block to paste"}));
    // The answers are checked in run_ask, which also takes `Ja` or `te organiseren`.
    cmd->add_option("--ruimte", args.ruimte,
                    say(lang, {"Met --ask: het antwoord op ruimte (ja, te-maken, nee)",
                               "With --ask: the answer to ruimte (ja, te-maken, nee)"}));
    cmd->add_option("--geschikt", args.geschikt,
                    say(lang, {"Met --ask: het antwoord op geschikt (ja, te-maken, nee)",
                               "With --ask: the answer to geschikt (ja, te-maken, nee)"}));
    cmd->add_option("--capaciteit", args.capaciteit,
                    say(lang, {"Met --ask: het antwoord op capaciteit (ja, te-organiseren, nee)",
                               "With --ask: the answer to capaciteit (ja, te-organiseren, nee)"}));
}

namespace {

// The questions, prompts and the outcome go to stderr, the terminal; stdout
// gets only the afweging: block, so that `mee decide --ask > blok.yaml` works.
std::string ask_line(const std::string& prompt)
{
    std::cerr << prompt << std::flush;
    std::string line;
    if (!std::getline(std::cin, line)) return {};
    while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
        line.pop_back();
    return line;
}

int run_ask(const DecideArgs& args, Lang lang)
{
    const std::array<std::string, 3> given = {args.ruimte, args.geschikt, args.capaciteit};
    const bool all_given = !given[0].empty() && !given[1].empty() && !given[2].empty();
    const bool terminal = isatty(STDIN_FILENO) == 1;
    if (!all_given && !terminal) {
        return fail(
            say(lang, {"--ask stelt de vragen in een terminal; zonder terminal: geef de antwoorden met --ruimte, "
                       "--geschikt en --capaciteit",
                       "--ask asks the questions in a terminal; without one, give the answers with --ruimte, "
                       "--geschikt and --capaciteit"}));
    }
    for (std::size_t i = 0; i < given.size(); ++i) {
        const Question& q = step1_questions()[i];
        if (!given[i].empty() && !canonical_answer(q, given[i])) {
            return fail(say(lang,
                            {"'{0}' is geen antwoord op --{1}: kies {2}, {3} of {4}",
                             "'{0}' is not an answer to --{1}: choose {2}, {3} or {4}"},
                            given[i], q.key, q.answers[0], q.answers[1], q.answers[2]));
        }
    }
    std::array<Answer, 3> answers;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        const Question& q = step1_questions()[i];
        answers[i].question = q.key;
        if (!given[i].empty()) {
            answers[i].value = canonical_answer(q, given[i]);
        } else {
            std::cerr << "\n" << say(lang, q.text) << "\n  " << say(lang, q.explanation) << "\n";
            const std::string choices = fmt::format("{}/{}/{}", q.answers[0], q.answers[1], q.answers[2]);
            for (;;) {
                const std::string typed = ask_line(fmt::format("{} [{}]: ", q.key, choices));
                if (auto answer = canonical_answer(q, typed)) {
                    answers[i].value = std::move(answer);
                    break;
                }
                if (std::cin.eof()) return fail(say(lang, {"geen antwoord gekregen", "no answer given"}));
                std::cerr << say(lang, {"Kies {0}.\n", "Choose {0}.\n"}, choices);
            }
        }
        if (terminal) answers[i].toelichting = ask_line(say(lang, {"  toelichting: ", "  explanation: "}));
    }
    const Decision d = decide_answers(answers, lang);
    std::cerr << (terminal ? "\n" : "") << format_decision(d, lang) << (terminal ? "\n" : "") << std::flush;
    std::cout << terminal_safe(afweging_block(answers), true);
    return 0;
}

}  // namespace

int run_decide_command(const DecideArgs& args)
{
    auto context = make_context(args.common, args.file.empty() ? std::vector<std::string>{} : std::vector{args.file});
    if (!context) return fail(context.error());
    const Lang lang = context->lang;
    if (args.ask) return run_ask(args, lang);
    if (args.file.empty()) {
        return fail(say(lang, {"noem een plan (mee decide PLAN.yaml), of gebruik --ask",
                               "name a plan (mee decide PLAN.yaml), or use --ask"}));
    }
    const auto read = read_one_document(args.file, *context, lang);
    if (!read) return fail(read.error());
    const Document& doc = *read;
    if (!doc.root || doc.kind != DocKind::plan) {
        const std::string why = doc.findings.empty() ? "" : " (" + doc.findings.front().message + ")";
        return fail(say(lang, {"'{0}' is geen plan{1}", "'{0}' is not a plan{1}"}, args.file, why));
    }
    std::cout << terminal_safe(format_decision(decide_plan(*doc.root, context->profile(), lang), lang), true);
    return 0;
}

}  // namespace mee::cli
