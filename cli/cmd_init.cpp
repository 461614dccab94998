#include "cli/commands.hpp"

#include "base/output_file.hpp"
#include "base/regular_file.hpp"
#include "base/suggest.hpp"
#include "document/kind.hpp"
#include "scaffold/template.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace mee::cli {

void add_init_command(CLI::App& app, InitArgs& args, Lang lang)
{
    CLI::App* cmd = app.add_subcommand(
        "init", say(lang, {"Begin een nieuw document met een sjabloon vol uitleg (in het Nederlands)",
                           "Start a new document from a commented template (in Dutch)"}));
    add_common_options(*cmd, args.common, lang);
    cmd->add_option(say(lang, {"SOORT", "KIND"}), args.kind,
                    say(lang, {"plan, eindverslag, initiatief of project", "plan, eindverslag, initiatief or project"}))
        ->required();
    cmd->add_option("-o,--output", args.output,
                    say(lang, {"Schrijf naar BESTAND in plaats van naar het scherm (project: de map van het project)",
                               "Write to FILE instead of standard output (project: the project's folder)"}))
        ->type_name(say(lang, {"BESTAND", "FILE"}));
    cmd->add_flag("-f,--force", args.force,
                  say(lang, {"Overschrijf BESTAND als het al bestaat", "Overwrite FILE when it exists"}));
}

namespace {

// `mee init project`: .mee.yaml and schemas/ in the folder `-o` names (the
// current folder by default). Nothing is written when a file would be
// overwritten without --force; a schema that is already the same is left.
int init_project(const InitArgs& args)
{
    const std::filesystem::path folder = args.output.empty() || args.output == "-" ? "." : args.output;
    auto context = make_context(args.common, {folder.string()});
    if (!context) return fail(context.error());
    const Lang lang = context->lang;
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) {
        return fail(say(lang,
                        {"'{0}' is geen map: mee init project -o MAP schrijft .mee.yaml en schemas/ in een "
                         "bestaande map",
                         "'{0}' is not a folder: mee init project -o FOLDER writes .mee.yaml and schemas/ into "
                         "an existing folder"},
                        folder.string()));
    }
    const auto own = context->own_profile ? &*context->own_profile : nullptr;
    std::vector<ProjectFile> files = project_files(own);
    std::vector<ProjectFile> to_write;
    for (ProjectFile& f : files) {
        const std::filesystem::path path = folder / f.path;
        if (std::filesystem::exists(path, ec) && !args.force) {
            if (f.path.parent_path() == k_schemas_folder) {
                auto was = read_regular_file(path, 4 * 1024 * 1024, lang);
                if (was && *was == f.text) continue;
            }
            return fail(say(lang,
                            {"'{0}' bestaat al; mee overschrijft het niet zonder --force (er is niets geschreven)",
                             "'{0}' already exists; mee does not overwrite it without --force (nothing was "
                             "written)"},
                            path.generic_string()));
        }
        to_write.push_back(std::move(f));
    }
    std::filesystem::create_directories(folder / k_schemas_folder, ec);
    // .mee.yaml is this command's own output (with --force, over the old one).
    OutputGuard guard = output_guard(*context, {}, false);
    guard.inputs.clear();
    for (const ProjectFile& f : to_write) {
        if (auto written = write_output(folder / f.path, f.text, Overwrite::yes, guard, lang); !written) {
            return fail(written.error());
        }
    }
    if (!args.common.quiet) {
        const std::string where = folder == "." ? "" : folder.generic_string() + "/";
        std::cerr << say(lang,
                         {"mee: {0}.mee.yaml en {0}schemas/ geschreven; begin een document met: mee init plan -o "
                          "{0}nieuw-plan.yaml (een map voor de plannen maakt u eerst zelf, bijvoorbeeld plannen/)",
                          "mee: wrote {0}.mee.yaml and {0}schemas/; start a document with: mee init plan -o "
                          "{0}nieuw-plan.yaml (make a folder for the plans first if you want one, e.g. plannen/)"},
                         where)
                  << "\n";
    }
    return 0;
}

}  // namespace

int run_init_command(const InitArgs& args)
{
    if (args.kind == "project") return init_project(args);
    // The project of the new file: where the output goes, else the current folder.
    std::vector<std::string> where;
    if (!args.output.empty() && args.output != "-") {
        const std::filesystem::path folder = std::filesystem::path(args.output).parent_path();
        std::error_code ec;
        if (!folder.empty() && std::filesystem::is_directory(folder, ec)) where.push_back(folder.string());
    }
    auto context = make_context(args.common, where);
    if (!context) return fail(context.error());
    const Lang lang = context->lang;
    const auto kind = parse_kind(args.kind);
    if (!kind) {
        std::vector<std::string> kinds;
        for (DocKind k : k_all_kinds)
            kinds.emplace_back(kind_name(k));
        kinds.emplace_back("project");
        std::string message = say(lang,
                                  {"onbekende soort '{0}'; kies plan, eindverslag, initiatief of project",
                                   "unknown kind '{0}'; choose plan, eindverslag, initiatief or project"},
                                  args.kind);
        if (auto guess = did_you_mean(args.kind, kinds)) {
            message += say(lang, {" (bedoelde u {0}?)", " (did you mean {0}?)"}, *guess);
        }
        return fail(message);
    }
    std::optional<std::filesystem::path> output;
    if (!args.output.empty() && args.output != "-") output = args.output;
    warn_if_school_data_ends(context->profile(), context->today, lang);
    const std::string id = next_id(id_prefix(*kind), context->today.year, project_ids(context->project, lang, output));
    std::optional<std::filesystem::path> project_top;
    if (context->project.marked) project_top = context->project.top;
    const std::string schema_ref = schema_reference(*kind, output, project_top);
    const std::string text = document_template(*kind, context->profile(), context->today, schema_ref, id);
    if (!output) {
        std::cout << text;
        return 0;
    }
    if (auto written = write_output(*output, text, args.force ? Overwrite::yes : Overwrite::no,
                                    output_guard(*context, {}, false), lang);
        !written) {
        return fail(written.error());
    }
    if (!args.common.quiet) {
        std::error_code ec;
        const std::filesystem::path schema_file =
            output->parent_path().empty() ? std::filesystem::path(schema_ref) : output->parent_path() / schema_ref;
        if (!std::filesystem::exists(schema_file, ec)) {
            std::cerr << say(lang,
                             {"mee: het schema {0} bestaat nog niet, dus een editor kan het niet vinden; mee init "
                              "project schrijft de schema's in schemas/ bovenin het project",
                              "mee: the schema {0} does not exist yet, so an editor cannot find it; mee init "
                              "project writes the schemas to schemas/ at the top of the project"},
                             schema_ref)
                      << "\n";
        }
        std::cerr << say(lang,
                         {"mee: {0} geschreven; vul het in en controleer het met: mee check {0}",
                          "mee: wrote {0}; fill it in and check it with: mee check {0}"},
                         terminal_safe(output->string()))
                  << "\n";
    }
    return 0;
}

}  // namespace mee::cli
