#include "cli/help.hpp"

#include "base/suggest.hpp"
#include "check/project_lang.hpp"

#include <algorithm>
#include <iostream>
#include <string_view>

namespace mee::cli {

namespace {

std::string_view prefix(Lang lang)
{
    return lang == Lang::nl ? "mee: fout: " : "mee: error: ";
}

// "a, b of c" / "a, b or c".
std::string one_of(const std::vector<std::string>& words, Lang lang)
{
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0) out += i + 1 == words.size() ? say(lang, {" of ", " or "}) : ", ";
        out += words[i];
    }
    return out;
}

// "mee" or "mee check".
std::string command_name(const CLI::App& command)
{
    return command.get_parent() == nullptr ? command.get_name()
                                           : command.get_parent()->get_name() + " " + command.get_name();
}

// The command the arguments went to: the subcommand, else mee itself.
const CLI::App& chosen_command(const CLI::App& app)
{
    const std::vector<CLI::App*> parsed = app.get_subcommands();
    return parsed.empty() ? app : *parsed.back();
}

void print_error(const CLI::App& command, const std::string& message, Lang lang)
{
    std::cerr << prefix(lang) << message << "\n";
    if (command.get_parent() == nullptr) {
        std::cerr << say(lang, {"Zie 'mee --help' voor de opdrachten.", "See 'mee --help' for the commands."}) << "\n";
    } else {
        std::cerr << say(lang, {"Zie '{0} --help' voor de opties.", "See '{0} --help' for its options."},
                         command_name(command))
                  << "\n";
    }
}

// Every name of every option of `command`: "--format", "-o", "--output".
std::vector<std::string> option_names(const CLI::App& command)
{
    std::vector<std::string> names;
    for (const CLI::Option* option : command.get_options()) {
        for (const std::string& s : option->get_snames())
            names.push_back("-" + s);
        for (const std::string& l : option->get_lnames())
            names.push_back("--" + l);
    }
    return names;
}

// The option of `command` (or of mee itself) that CLI11's `message` is
// about: the one whose name it starts with, else the one it names.
const CLI::Option* option_in_message(const CLI::App& command, std::string_view message)
{
    const CLI::Option* named = nullptr;
    for (const CLI::App* app = &command; app != nullptr; app = app->get_parent()) {
        for (const CLI::Option* option : app->get_options()) {
            const std::string name = option->get_name();
            if (message.starts_with(name + ":") || message.starts_with(name + " ")) return option;
            if (named == nullptr &&
                (message.find(" " + name + " ") != std::string_view::npos ||
                 message.find(" " + name + ",") != std::string_view::npos || message.ends_with(" " + name))) {
                named = option;
            }
        }
    }
    return named;
}

// The option as the user would write it: "--format", or "-j/--jobs"'s long
// name, or a positional's name.
std::string shown_name(const CLI::Option& option)
{
    if (!option.get_lnames().empty()) return "--" + option.get_lnames().front();
    if (!option.get_snames().empty()) return "-" + option.get_snames().front();
    return option.get_name();
}

// The part of an option's type name after the first ':' (its validators).
std::string validator_text(const CLI::Option& option)
{
    const std::string type = option.get_type_name();
    const std::size_t colon = type.find(':');
    return colon == std::string::npos ? std::string() : type.substr(colon + 1);
}

// The bounds of a CLI::Range: "INT in [1900 - 2999]" gives {"1900", "2999"}.
std::optional<std::pair<std::string, std::string>> range_of(const CLI::Option& option)
{
    const std::string text = validator_text(option);
    const std::size_t open = text.find(" in [");
    const std::size_t dash = text.find(" - ", open);
    const std::size_t close = text.find(']', dash);
    if (open == std::string::npos || dash == std::string::npos || close == std::string::npos) return std::nullopt;
    return std::pair{text.substr(open + 5, dash - open - 5), text.substr(dash + 3, close - dash - 3)};
}

bool is_number_type(const CLI::Option& option)
{
    const std::string type = option.get_type_name();
    return type.starts_with("INT") || type.starts_with("UINT") || type.starts_with("FLOAT");
}

// What a value of `option` that CLI11 refused should have been.
std::string bad_value_message(const CLI::Option& option, const std::string& value, Lang lang)
{
    const std::string name = shown_name(option);
    if (const auto choices = option_choices(option); !choices.empty()) {
        if (auto guess = did_you_mean(value, choices)) {
            return say(lang,
                       {"'{1}' is geen geldige waarde voor {0}; bedoelde u '{2}'? Kies {3}.",
                        "'{1}' is not a valid value for {0}; did you mean '{2}'? Choose {3}."},
                       name, value, *guess, one_of(choices, lang));
        }
        return say(
            lang,
            {"'{1}' is geen geldige waarde voor {0}; kies {2}.", "'{1}' is not a valid value for {0}; choose {2}."},
            name, value, one_of(choices, lang));
    }
    if (const auto range = range_of(option)) {
        return say(lang,
                   {"{0} verwacht een getal van {1} tot en met {2}, niet '{3}'.",
                    "{0} takes a number from {1} to {2}, not '{3}'."},
                   name, range->first, range->second, value);
    }
    if (is_number_type(option)) {
        return say(lang, {"{0} verwacht een getal, niet '{1}'.", "{0} takes a number, not '{1}'."}, name, value);
    }
    return say(lang, {"'{1}' is geen geldige waarde voor {0}.", "'{1}' is not a valid value for {0}."}, name, value);
}

// The value of `option` that its check refused: the first of its results
// that is not one of its choices or not in its range; else the last one.
std::string refused_value(const CLI::Option& option)
{
    const std::vector<std::string>& results = option.results();
    const auto choices = option_choices(option);
    const auto range = range_of(option);
    for (const std::string& value : results) {
        if (!choices.empty() && std::find(choices.begin(), choices.end(), value) == choices.end()) return value;
        if (range) {
            try {
                std::size_t used = 0;
                const double number = std::stod(value, &used);
                if (used != value.size() || number < std::stod(range->first) || number > std::stod(range->second)) {
                    return value;
                }
            } catch (const std::exception&) {
                return value;
            }
        }
    }
    return results.empty() ? std::string() : results.back();
}

// The message of one argument that the command did not take.
std::string leftover_message(const CLI::App& command, const std::string& argument, Lang lang)
{
    if (argument.size() > 1 && argument[0] == '-') {
        const std::string option = argument.substr(0, argument.find('='));
        const std::vector<std::string> names = option_names(command);
        if (auto guess = did_you_mean(option, names)) {
            return say(lang,
                       {"onbekende optie '{0}' bij {1}; bedoelde u '{2}'?",
                        "unknown option '{0}' for {1}; did you mean '{2}'?"},
                       option, command_name(command), *guess);
        }
        return say(lang, {"onbekende optie '{0}' bij {1}", "unknown option '{0}' for {1}"}, option,
                   command_name(command));
    }
    return say(lang, {"{1} verwacht het argument '{0}' niet", "{1} does not take the argument '{0}'"}, argument,
               command_name(command));
}

}  // namespace

Lang command_line_lang(int argc, const char* const* argv)
{
    std::optional<Lang> chosen;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--") break;
        if (arg == "--lang" && i + 1 < argc) {
            if (auto lang = parse_lang(argv[i + 1])) chosen = lang;
            ++i;
        } else if (arg.starts_with("--lang=")) {
            if (auto lang = parse_lang(arg.substr(7))) chosen = lang;
        }
    }
    if (chosen) return *chosen;
    if (auto lang = project_lang({})) return *lang;
    return lang_from_environment();
}

HelpFormatter::HelpFormatter(Lang lang) : lang_(lang)
{
    if (lang == Lang::nl) {
        label("Usage", "Gebruik");
        label("OPTIONS", "OPTIES");
        label("SUBCOMMAND", "OPDRACHT");
        label("SUBCOMMANDS", "OPDRACHTEN");
        label("Positionals", "Argumenten");
        label("REQUIRED", "VERPLICHT");
        label("Needs", "Vereist");
        label("Excludes", "Niet samen met");
        label("Env", "Omgeving");
    } else {
        label("SUBCOMMAND", "COMMAND");
        label("SUBCOMMANDS", "COMMANDS");
        label("Positionals", "Arguments");
    }
    column_width(34);
}

std::string HelpFormatter::make_option_opts(const CLI::Option* opt) const
{
    if (!opt->get_option_text().empty()) return " " + opt->get_option_text();
    std::string out;
    if (opt->get_type_size() != 0) {
        std::string type;
        if (const auto choices = option_choices(*opt); !choices.empty()) {
            type = "{" + CLI::detail::join(choices, ",") + "}";
        } else if (const auto range = range_of(*opt)) {
            type = say(lang_, {"GETAL {0}-{1}", "NUMBER {0}-{1}"}, range->first, range->second);
        } else if (is_number_type(*opt)) {
            type = say(lang_, {"GETAL", "NUMBER"});
        } else if (!opt->get_positional()) {
            const std::string name = opt->get_type_name();
            type = name == "TEXT" ? say(lang_, {"TEKST", "TEXT"}) : name;
        }
        if (!type.empty()) out += " " + type;
        if (!opt->get_default_str().empty()) out += "=" + opt->get_default_str();
        if (opt->get_expected_max() == CLI::detail::expected_max_vector_size) {
            out += " ...";
        } else if (opt->get_expected_min() > 1) {
            out += " x " + std::to_string(opt->get_expected());
        }
        if (opt->get_required()) out += " " + get_label("REQUIRED");
    }
    if (!opt->get_envname().empty()) out += " (" + get_label("Env") + ":" + opt->get_envname() + ")";
    if (!opt->get_needs().empty()) {
        out += " " + get_label("Needs") + ":";
        for (const CLI::Option* other : opt->get_needs())
            out += " " + other->get_name();
    }
    if (!opt->get_excludes().empty()) {
        out += " " + get_label("Excludes") + ":";
        for (const CLI::Option* other : opt->get_excludes())
            out += " " + other->get_name();
    }
    return out;
}

std::vector<std::string> option_choices(const CLI::Option& option)
{
    const std::string type = option.get_type_name();
    const std::size_t open = type.find('{');
    const std::size_t close = type.find('}', open);
    std::vector<std::string> out;
    if (open == std::string::npos || close == std::string::npos) return out;
    std::string item;
    for (std::size_t i = open + 1; i <= close; ++i) {
        if (type[i] == ',' || i == close) {
            if (!item.empty()) out.push_back(item);
            item.clear();
        } else if (type[i] != ' ') {
            item += type[i];
        }
    }
    return out;
}

int command_overview(const CLI::App& app, Lang lang)
{
    std::cerr << app.get_description() << "\n\n"
              << say(lang, {"Gebruik: mee OPDRACHT [OPTIES]", "Usage: mee COMMAND [OPTIONS]"}) << "\n\n"
              << say(lang, {"Opdrachten:", "Commands:"}) << "\n";
    std::size_t width = 0;
    for (const CLI::App* sub : app.get_subcommands({}))
        width = std::max(width, sub->get_name().size());
    for (const CLI::App* sub : app.get_subcommands({})) {
        std::cerr << "  " << sub->get_name() << std::string(width + 2 - sub->get_name().size(), ' ')
                  << sub->get_description() << "\n";
    }
    std::cerr << "\n"
              << say(lang, {"Uitleg bij een opdracht: mee OPDRACHT --help (bijvoorbeeld mee check --help).\n"
                            "Begin met: mee init plan -o plan.yaml, en daarna: mee check plan.yaml",
                            "Help on a command: mee COMMAND --help (for example mee check --help).\n"
                            "To start: mee init plan -o plan.yaml, then: mee check plan.yaml"})
              << "\n";
    return 2;
}

std::optional<int> unknown_command(const CLI::App& app, int argc, const char* const* argv, Lang lang)
{
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--") return std::nullopt;
        if (arg == "--lang") {
            ++i;
            continue;
        }
        if (arg.starts_with("-")) continue;
        std::vector<std::string> names;
        for (const CLI::App* sub : app.get_subcommands({}))
            names.push_back(sub->get_name());
        if (std::find(names.begin(), names.end(), arg) != names.end()) return std::nullopt;
        std::string message = say(lang, {"onbekende opdracht '{0}'", "unknown command '{0}'"}, arg);
        if (auto guess = did_you_mean(arg, names)) {
            message += say(lang, {"; bedoelde u '{0}'?", "; did you mean '{0}'?"}, *guess);
        }
        std::cerr << prefix(lang) << message << "\n"
                  << say(lang, {"Opdrachten: {0}.", "Commands: {0}."}, CLI::detail::join(names, ", ")) << "\n"
                  << say(lang, {"Zie 'mee --help' voor meer.", "See 'mee --help' for more."}) << "\n";
        return 2;
    }
    return std::nullopt;
}

std::optional<int> leftover_arguments(const CLI::App& app, Lang lang)
{
    const CLI::App& command = chosen_command(app);
    for (const CLI::App* where : {&command, &app}) {
        const std::vector<std::string> rest = where->remaining();
        if (!rest.empty()) {
            print_error(*where, leftover_message(*where, rest.front(), lang), lang);
            return 2;
        }
    }
    return std::nullopt;
}

int usage_error(const CLI::App& app, const CLI::ParseError& e, Lang lang)
{
    const CLI::App& command = chosen_command(app);
    const std::string what = e.what();
    const CLI::Option* option = option_in_message(command, what);
    std::string message;
    if (dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr) {
        const std::size_t colon = what.rfind(": ");
        const std::string rest = colon == std::string::npos ? what : what.substr(colon + 2);
        message = leftover_message(command, rest.substr(0, rest.find(' ')), lang);
    } else if (dynamic_cast<const CLI::RequiredError*>(&e) != nullptr) {
        const CLI::Option* missing = nullptr;
        for (const CLI::Option* o : command.get_options()) {
            if (o->get_required() && o->count() == 0) {
                missing = o;
                break;
            }
        }
        if (missing == nullptr) missing = option;
        if (missing != nullptr && missing->get_positional()) {
            message = say(lang, {"{1} verwacht het argument {0}", "{1} needs the argument {0}"}, missing->get_name(),
                          command_name(command));
        } else if (missing != nullptr) {
            message = say(lang, {"{1} verwacht de optie {0}", "{1} needs the option {0}"}, shown_name(*missing),
                          command_name(command));
        } else {
            message = say(lang, {"{0} mist een verplicht deel", "{0} misses a required part"}, command_name(command));
        }
        if (missing != nullptr) {
            if (const auto choices = option_choices(*missing); !choices.empty()) {
                message += say(lang, {"; kies {0}", "; choose {0}"}, one_of(choices, lang));
            }
        }
    } else if (option != nullptr && dynamic_cast<const CLI::ArgumentMismatch*>(&e) != nullptr) {
        if (option->results().empty()) {
            message = say(lang, {"{0} verwacht een waarde", "{0} needs a value"}, shown_name(*option));
            if (const auto choices = option_choices(*option); !choices.empty()) {
                message += say(lang, {"; kies {0}", "; choose {0}"}, one_of(choices, lang));
            }
        } else {
            message = say(lang, {"{0} mag maar één keer", "{0} may be given only once"}, shown_name(*option));
        }
    } else if (option != nullptr && (dynamic_cast<const CLI::ValidationError*>(&e) != nullptr ||
                                     dynamic_cast<const CLI::ConversionError*>(&e) != nullptr)) {
        message = bad_value_message(*option, refused_value(*option), lang);
    } else if (dynamic_cast<const CLI::ExcludesError*>(&e) != nullptr) {
        const std::size_t at = what.find(" excludes ");
        message = at == std::string::npos
                      ? what
                      : say(lang, {"{0} en {1} gaan niet samen", "{0} and {1} cannot be used together"},
                            what.substr(0, at), what.substr(at + 10));
    } else if (dynamic_cast<const CLI::RequiresError*>(&e) != nullptr) {
        const std::size_t at = what.find(" requires ");
        message = at == std::string::npos ? what
                                          : say(lang, {"{0} werkt alleen samen met {1}", "{0} needs {1}"},
                                                what.substr(0, at), what.substr(at + 10));
    } else {
        message = say(lang, {"de opdrachtregel klopt niet: {0}", "the command line is not right: {0}"}, what);
    }
    print_error(command, message, lang);
    return 2;
}

}  // namespace mee::cli
