#include "cli/commands.hpp"

#include "agenda/agenda.hpp"
#include "agenda/output.hpp"
#include "base/output_file.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <iostream>
#include <thread>

namespace mee::cli {

void add_agenda_command(CLI::App& app, AgendaArgs& args, Lang lang)
{
    CLI::App* cmd = app.add_subcommand(
        "agenda", say(lang, {"De participatiekalender (§3.4): de momenten uit de planning van de plannen",
                             "The participation calendar (§3.4): the planning moments of the plans"}));
    add_common_options(*cmd, args.common, lang);
    cmd->add_option(say(lang, {"PAD", "PATH"}), args.paths,
                    say(lang, {"Bestanden en mappen (standaard: de huidige map)",
                               "Files and folders (default: the current folder)"}));
    cmd->add_option("--format", args.format,
                    say(lang, {"Uitvoer: ics (voor een agenda-app), html, md of json",
                               "Output: ics (for a calendar app), html, md or json"}))
        ->required()
        ->check(CLI::IsMember({"ics", "html", "md", "json"}));
    cmd->add_option(
           "--from", args.from,
           say(lang, {"Eerste dag, JJJJ-MM-DD (standaard: vandaag)", "First day, YYYY-MM-DD (default: today)"}))
        ->type_name(say(lang, {"DATUM", "DATE"}));
    cmd->add_option("--to", args.to,
                    say(lang, {"Laatste dag, JJJJ-MM-DD (standaard: een jaar na --from, min één dag)",
                               "Last day, YYYY-MM-DD (default: a year from --from, less one day)"}))
        ->type_name(say(lang, {"DATUM", "DATE"}));
    cmd->add_option("--soort", args.kinds,
                    say(lang, {"Soorten moment: participatie, informatie, terugkoppeling, besluit, overig; herhaal de "
                               "optie of scheid ze met komma's (standaard: participatie, terugkoppeling, besluit)",
                               "Kinds of moment: participatie, informatie, terugkoppeling, besluit, overig; repeat "
                               "the option or separate with commas (default: participatie, terugkoppeling, besluit)"}))
        ->delimiter(',')
        ->allow_extra_args(false)
        ->check(CLI::IsMember({"participatie", "informatie", "terugkoppeling", "besluit", "overig"}));
    cmd->add_flag("--include-concept", args.include_concept,
                  say(lang, {"Ook plannen die nog niet zijn vastgesteld (status: concept)",
                             "Also plans that are not adopted yet (status: concept)"}));
    cmd->add_option("-o,--output", args.output,
                    say(lang, {"Schrijf naar dit bestand (in één keer) in plaats van naar het scherm",
                               "Write to this file (atomically) instead of standard output"}))
        ->type_name(say(lang, {"BESTAND", "FILE"}));
}

namespace {

Expected<Date> date_option(const std::string& name, const std::string& value, Lang lang)
{
    if (auto date = parse_date(value)) return *date;
    return Failure{say(lang,
                       {"{0} '{1}' is geen datum; schrijf JJJJ-MM-DD", "{0} '{1}' is not a date; write YYYY-MM-DD"},
                       name, value)};
}

// --from and --to, each defaulting as agenda/agenda.hpp says.
Expected<DateRange> resolve_range(const AgendaArgs& args, const Date& today, Lang lang)
{
    Date from;
    if (!args.from.empty()) {
        auto d = date_option("--from", args.from, lang);
        if (!d) return Failure{d.error()};
        from = *d;
    } else {
        from = today;
    }
    DateRange range = year_from(from);
    if (!args.to.empty()) {
        auto d = date_option("--to", args.to, lang);
        if (!d) return Failure{d.error()};
        range.to = *d;
    }
    if (range.to < range.from) {
        return Failure{
            say(lang,
                {"--to {1} ligt voor {0}, het begin van de periode", "--to {1} is before {0}, the start of the period"},
                format_date(range.from), format_date(range.to))};
    }
    return range;
}

}  // namespace

int run_agenda_command(const AgendaArgs& args)
{
    auto context = make_context(args.common, args.paths);
    if (!context) return fail(context.error());
    const Lang lang = context->lang;
    warn_if_school_data_ends(context->profile(), context->today, lang);
    auto range = resolve_range(args, context->today, lang);
    if (!range) return fail(range.error());

    AgendaOptions options;
    options.range = *range;
    for (const std::string& kind : args.kinds) {
        if (std::find(options.kinds.begin(), options.kinds.end(), kind) == options.kinds.end())
            options.kinds.push_back(kind);
    }
    options.include_concept = args.include_concept ? IncludeConcept::yes : IncludeConcept::no;
    options.profile = &context->profile();
    options.lang = lang;
    const unsigned jobs = resolve_jobs(args.common);
    auto agenda = build_agenda(args.paths, context->project.top, options, jobs);
    if (!agenda) return fail(agenda.error());

    for (const std::string& note : agenda->notes)
        std::cerr << "mee: note: " << terminal_safe(note) << "\n";
    if (agenda->read_errors > 0 && agenda->plans_read == 0) {
        return fail(say(lang, {"geen enkel plan kon worden gelezen (zie de meldingen hierboven)",
                               "no plan could be read (see the notes above)"}));
    }

    std::string text;
    if (args.format == "ics")
        text = agenda_ics(*agenda, context->profile());
    else if (args.format == "html")
        text = agenda_html(*agenda, context->profile());
    else if (args.format == "json")
        text = agenda_json(*agenda);
    else
        text = agenda_markdown(*agenda, context->profile());
    // Markdown and HTML without control characters from the documents, in a
    // file as on a terminal (iCalendar ends its lines with CR LF; JSON
    // escapes control characters itself).
    if (args.format != "ics" && args.format != "json") text = terminal_safe(text, true);

    if (args.output.empty()) {
        std::cout << text;
        std::cout.flush();
        return 0;
    }
    if (auto refused = check_output(args.output, output_guard(*context, agenda->inputs), lang); !refused)
        return fail(refused.error());
    if (auto written = write_file_atomically(args.output, text, Overwrite::yes, lang); !written)
        return fail(written.error());
    return 0;
}

}  // namespace mee::cli
