#include "cli/commands.hpp"

#include "document/schema.hpp"
#include "policy/profile.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace mee::cli {

void add_schema_command(CLI::App& app, SchemaArgs& args, Lang lang)
{
    CLI::App* cmd =
        app.add_subcommand("schema", say(lang, {"Toon het JSON Schema van een soort document, zoals in schemas/",
                                                "Print the JSON Schema of a document kind, as shipped in schemas/"}));
    add_common_options(*cmd, args.common, lang);
    cmd->add_option(
        say(lang, {"SOORT", "KIND"}), args.kind,
        say(lang, {"plan, eindverslag, initiatief of profile", "plan, eindverslag, initiatief or profile"}));
}

int run_schema_command(const SchemaArgs& args)
{
    auto context = make_context(args.common, {});
    if (!context) return fail(context.error());
    const Lang lang = context->lang;
    if (args.kind.empty()) {
        std::cout << say(lang,
                         {"Schema's (mee schema SOORT drukt er een af):\n", "Schemas (mee schema KIND prints one):\n"})
                  << say(lang, {"  plan         plan van aanpak inwonerbetrokkenheid\n",
                                "  plan         participation plan\n"})
                  << say(lang, {"  eindverslag  eindverslag inwonerbetrokkenheid\n", "  eindverslag  end report\n"})
                  << say(lang, {"  initiatief   inwonersinitiatief\n", "  initiatief   citizens' initiative\n"})
                  << say(lang, {"  profile      beleidsprofiel (--profile)\n",
                                "  profile      policy profile (--profile)\n"});
        return 0;
    }
    const std::string_view text = embedded_schema_text(args.kind);
    if (text.empty()) {
        return fail(say(lang,
                        {"onbekend schema '{0}'; kies plan, eindverslag, initiatief of profile",
                         "unknown schema '{0}'; choose plan, eindverslag, initiatief or profile"},
                        args.kind));
    }
    if (context->own_profile && args.kind != "profile") {
        // The schema with the profile's lists, for editors.
        std::cout << schema_for_profile(nlohmann::json::parse(text), *context->own_profile).dump(2) << '\n';
        return 0;
    }
    std::cout << text;
    if (!text.ends_with('\n')) std::cout << '\n';
    return 0;
}

}  // namespace mee::cli
