#include "cli/commands.hpp"

#include "base/output_file.hpp"
#include "base/system_error.hpp"
#include "check/check.hpp"
#include "policy/privacy.hpp"
#include "render/html_page.hpp"
#include "render/render.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cerrno>
#include <iostream>
#include <set>
#include <thread>

namespace mee::cli {

void add_render_command(CLI::App& app, RenderArgs& args, Lang lang)
{
    CLI::App* cmd = app.add_subcommand(
        "render", say(lang, {"Een leesbaar verslag van plannen, eindverslagen en initiatieven: Markdown of één "
                             "HTML-pagina",
                             "A readable report of plans, end reports and initiatives: Markdown, or one "
                             "self-contained HTML page"}));
    add_common_options(*cmd, args.common, lang);
    cmd->add_option(say(lang, {"BESTAND", "FILE"}), args.files,
                    say(lang, {"De documenten (een map: elk document daarin)",
                               "Documents to render (a folder: every document in it)"}))
        ->required();
    cmd->add_option("--to", args.to,
                    say(lang, {"Uitvoer: md (Markdown) of html (één pagina, om te printen); het verslag is in het "
                               "Nederlands, behalve met --lang en",
                               "Output: md (Markdown) or html (one page, printable); reports are in Dutch unless "
                               "--lang en"}))
        ->required()
        ->check(CLI::IsMember({"md", "html"}));
    cmd->add_option("-o,--output", args.output,
                    say(lang, {"Een bestand, of een map voor één verslag per document en een overzichtspagina "
                               "(standaard: het scherm, voor één document)",
                               "A file, or a folder for one report per document and an index (default: standard "
                               "output, one document)"}))
        ->type_name(say(lang, {"PAD", "PATH"}));
    cmd->add_flag("--with-personal-data", args.with_personal_data,
                  say(lang, {"Met de initiatiefnemer van een initiatief (naam, organisatie, contact): niet om te "
                             "publiceren",
                             "Include an initiative's initiatiefnemer (name, organisation, contact): not for "
                             "publication"}));
    cmd->add_flag("--with-codes", args.with_codes,
                  say(lang, {"Toon bij elk aandachtspunt de regelcode en de regel in het document, voor medewerkers "
                             "(standaard: alleen de zin)",
                             "Show each attention point with its rule code and line, for staff (default: the message "
                             "only)"}));
}

namespace {

namespace fs = std::filesystem;

struct Output {
    fs::path path;
    std::string content;
};

// Writes every output when none of them is refused (OutputGuard), so that
// a refused one does not stop the run halfway.
int write_all(const std::vector<Output>& outputs, const OutputGuard& guard, Lang lang)
{
    for (const Output& o : outputs) {
        auto refused = check_output(o.path, guard, lang);
        if (!refused) return fail(refused.error());
    }
    for (const Output& o : outputs) {
        auto written = write_file_atomically(o.path, o.content, Overwrite::yes, lang);
        if (!written) return fail(written.error());
    }
    return 0;
}

}  // namespace

int run_render_command(const RenderArgs& args)
{
    auto context = make_context(args.common, args.files);
    if (!context) return fail(context.error());
    const Lang lang = context->lang;  // for mee's own messages
    // The report is for a Dutch audience: Dutch unless --lang or .mee.yaml says otherwise.
    const Lang page_lang = parse_lang(args.common.lang).value_or(context->config.lang.value_or(Lang::nl));
    if (args.with_personal_data) {
        std::cerr << say(lang,
                         {"mee: waarschuwing: --with-personal-data zet naam, organisatie en contactgegevens van "
                          "initiatiefnemers in het overzicht; maak het niet openbaar\n",
                          "mee: warning: --with-personal-data puts the names, organisations and contact details of "
                          "initiators in the report; do not publish it\n"});
    }

    auto result = check_documents(args.common, *context, args.files, page_lang, Trees::full);
    if (!result) return fail(result.error());
    // A report is public unless it holds personal data on purpose: the
    // e-mail addresses, phone numbers, BSNs and IBANs that MEE501 finds in
    // its texts are masked (after the check, which reported them).
    if (!args.with_personal_data) {
        for (const auto& tree : result->trees)
            mask_personal_data(*tree, page_lang);
    }

    // The documents to render: those named or walked, readable and of a known kind.
    std::vector<const ProjectDocument*> documents;
    std::set<std::string> rendered_paths;
    for (const ProjectDocument& d : result->project.documents()) {
        if (!d.checked) continue;
        documents.push_back(&d);
        rendered_paths.insert(d.path);
    }
    if (const Finding* f = unreadable_named(*result, args.files)) {
        return fail(
            say(lang, {"kan '{0}' niet weergeven: {1}", "cannot render '{0}': {1}"}, f->path, not_readable(*f, lang)));
    }
    std::set<std::string> skipped;
    for (const Finding& f : result->findings) {
        if (rendered_paths.count(f.path) != 0 || f.severity != Severity::error) continue;
        if (skipped.insert(f.path).second) {
            std::cerr << say(lang,
                             {"mee: overgeslagen, niet te lezen: {0} ({1})\n", "mee: skipped, unreadable: {0} ({1})\n"},
                             terminal_safe(f.path), f.code);
        }
    }
    // Plans, then eindverslagen, then initiatives; by id within each.
    std::stable_sort(documents.begin(), documents.end(), [](const ProjectDocument* a, const ProjectDocument* b) {
        if (a->kind != b->kind) return static_cast<int>(a->kind) < static_cast<int>(b->kind);
        return a->id < b->id;
    });
    if (documents.empty()) {
        return fail(say(lang, {"geen document om weer te geven in {0}", "no document to render in {0}"},
                        fmt::format("'{}'", fmt::join(args.files, "', '"))));
    }

    std::vector<fs::path> inputs;
    for (const ProjectDocument& d : result->project.documents())
        inputs.emplace_back(d.path);
    for (const std::string& f : args.files)
        inputs.emplace_back(f);

    const auto render_one = [&](const ProjectDocument& d) {
        RenderInput input{d,
                          result->project,
                          {},
                          context->profile(),
                          page_lang,
                          context->today,
                          args.with_personal_data ? PersonalData::include : PersonalData::leave_out,
                          args.with_codes ? FindingCodes::show : FindingCodes::leave_out};
        for (const Finding& f : result->findings) {
            if (f.path == d.path) input.findings.push_back(f);
        }
        return render_document(input);
    };
    // Without control characters from the documents, in a file as on a terminal.
    const auto format = [&](const RenderedPage& page) {
        return terminal_safe(args.to == "html" ? html_page(page) : to_markdown(page), true);
    };

    std::error_code ec;
    const bool folder = !args.output.empty() &&
                        (fs::is_directory(args.output, ec) || args.output.back() == '/' || documents.size() > 1);
    if (args.output.empty()) {
        if (documents.size() > 1) {
            return fail(say(lang,
                            {"{0} documenten: geef met -o een map voor een overzicht per document",
                             "{0} documents: give a folder with -o for one report per document"},
                            documents.size()));
        }
        std::cout << format(render_one(*documents.front()).page);
        std::cout.flush();
        return 0;
    }
    if (!folder)
        return write_all({Output{args.output, format(render_one(*documents.front()).page)}},
                         output_guard(*context, inputs), lang);

    const fs::path dir(args.output);
    // The folder is made only where mee may write (not through a link out
    // of the project): checked as the place of the index before it exists.
    if (auto refused = check_output(dir / page_file_name("index", "", args.to), output_guard(*context, inputs), lang);
        !refused) {
        return fail(refused.error());
    }
    if (!fs::exists(dir, ec)) {
        if (!fs::create_directory(dir, ec) || ec) {
            return fail(say(lang, {"kan map '{0}' niet maken: {1}", "cannot make folder '{0}': {1}"}, args.output,
                            system_error_text(ec ? ec.value() : EIO, lang)));
        }
    } else if (!fs::is_directory(dir, ec)) {
        return fail(say(lang,
                        {"'{0}' is geen map; met meer documenten schrijft mee een overzicht per document in een map",
                         "'{0}' is not a folder; with several documents mee writes one report each into a folder"},
                        args.output));
    }
    std::vector<Output> outputs;
    std::vector<IndexEntry> entries;
    std::set<std::string> names{page_file_name("index", "", args.to)};
    for (const ProjectDocument* d : documents) {
        Rendered r = render_one(*d);
        const std::string stem = fs::path(d->path).stem().string();
        // The id as the report shows it (an initiative's without the initiator's name).
        std::string name = page_file_name(r.entry.id, stem, args.to);
        for (int n = 2; names.count(name) != 0; ++n)
            name = page_file_name(r.entry.id + "-" + std::to_string(n), stem, args.to);
        names.insert(name);
        r.entry.file = name;
        entries.push_back(r.entry);
        outputs.push_back(Output{dir / name, format(r.page)});
    }
    outputs.push_back(
        Output{dir / page_file_name("index", "", args.to), format(render_index(entries, page_lang, context->today))});
    return write_all(outputs, output_guard(*context, inputs), lang);
}

}  // namespace mee::cli
