#include "scaffold/completion.hpp"

#include <fmt/format.h>

namespace mee {

namespace {

constexpr std::string_view k_shells[] = {"bash", "zsh", "fish"};

std::string joined(const std::vector<std::string>& words, std::string_view sep = " ")
{
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0) out += sep;
        out += words[i];
    }
    return out;
}

// Words that are safe inside single quotes in every shell here: letters,
// digits and - _ . = / (rule codes, kinds, format names, option names).
std::string safe_word(std::string_view word)
{
    std::string out;
    for (const char c : word) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                        c == '_' || c == '.' || c == '=' || c == '/' || c == '|';
        if (ok) out += c;
    }
    return out;
}

std::vector<std::string> safe_words(const std::vector<std::string>& words)
{
    std::vector<std::string> out;
    for (const std::string& w : words) {
        std::string s = safe_word(w);
        if (!s.empty()) out.push_back(std::move(s));
    }
    return out;
}

// ---- bash -------------------------------------------------------------------

std::string bash_script(std::span<const CompletionCommand> commands, std::span<const CompletionOption> global)
{
    std::vector<std::string> top;
    for (const CompletionCommand& c : commands)
        top.push_back(safe_word(c.name));
    for (const CompletionOption& o : global) {
        for (const std::string& n : o.names)
            top.push_back(safe_word(n));
    }
    std::string out =
        "# bash completion for mee. Written by `mee completion bash`; load it with\n"
        "#   source <(mee completion bash)\n"
        "# or save it as ~/.local/share/bash-completion/completions/mee\n"
        "_mee() {\n"
        "    local cur prev cmd i\n"
        "    COMPREPLY=()\n"
        "    cur=${COMP_WORDS[COMP_CWORD]}\n"
        "    prev=${COMP_WORDS[COMP_CWORD-1]}\n"
        "    cmd=\n"
        "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
        "        case ${COMP_WORDS[i]} in\n"
        "            -*) ;;\n"
        "            *) cmd=${COMP_WORDS[i]}; break ;;\n"
        "        esac\n"
        "    done\n"
        "    if [[ -z $cmd ]]; then\n";
    out += fmt::format("        COMPREPLY=($(compgen -W '{}' -- \"$cur\"))\n", joined(top));
    out +=
        "        return\n"
        "    fi\n"
        "    case $cmd in\n";
    for (const CompletionCommand& c : commands) {
        out += fmt::format("        {})\n", safe_word(c.name));
        std::vector<std::string> names;
        std::vector<std::string> file_options;
        std::vector<std::string> free_options;
        std::string value_cases;
        for (const CompletionOption& o : c.options) {
            const std::vector<std::string> option_names = safe_words(o.names);
            for (const std::string& n : option_names)
                names.push_back(n);
            if (!o.takes_value) continue;
            if (o.choices.empty()) {
                for (const std::string& n : option_names)
                    (o.files ? file_options : free_options).push_back(n);
            } else {
                value_cases +=
                    fmt::format("                {}) COMPREPLY=($(compgen -W '{}' -- \"$cur\")); return ;;\n",
                                joined(option_names, "|"), joined(safe_words(o.choices)));
            }
        }
        if (!value_cases.empty() || !file_options.empty() || !free_options.empty()) {
            out += "            case $prev in\n" + value_cases;
            if (!file_options.empty()) {
                out += fmt::format("                {}) compopt -o default; COMPREPLY=(); return ;;\n",
                                   joined(file_options, "|"));
            }
            if (!free_options.empty()) out += fmt::format("                {}) return ;;\n", joined(free_options, "|"));
            out += "            esac\n";
        }
        out += "            if [[ $cur == -* ]]; then\n";
        out += fmt::format("                COMPREPLY=($(compgen -W '{}' -- \"$cur\"))\n", joined(names));
        if (c.takes_arguments && !c.arguments.empty()) {
            out += "            else\n";
            out += fmt::format("                COMPREPLY=($(compgen -W '{}' -- \"$cur\"))\n",
                               joined(safe_words(c.arguments)));
        } else if (c.takes_arguments) {
            out +=
                "            else\n"
                "                compopt -o default; COMPREPLY=()\n";
        }
        out +=
            "            fi\n"
            "            ;;\n";
    }
    out +=
        "    esac\n"
        "}\n"
        "complete -F _mee mee\n";
    return out;
}

// ---- zsh --------------------------------------------------------------------

// Text inside an _arguments spec, itself inside single quotes.
std::string zsh_text(std::string_view text)
{
    std::string out;
    for (const char c : text) {
        switch (c) {
            case '[':
                out += '(';
                break;
            case ']':
                out += ')';
                break;
            case ':':
                out += "\\:";
                break;
            case '\'':
                out += "'\\''";
                break;
            case '\\':
                out += "\\\\";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string zsh_option(const CompletionOption& o)
{
    const std::vector<std::string> names = safe_words(o.names);
    if (names.empty()) return {};
    const std::string help = zsh_text(o.help);
    std::string action;
    if (o.takes_value) {
        action = !o.choices.empty() ? fmt::format(":value:({})", joined(safe_words(o.choices)))
                 : o.files          ? ":value:_files"
                                    : ":value: ";
    }
    const std::string repeat = o.repeatable ? "*" : "";
    const auto spec = [&](const std::string& name) {
        const bool long_value = o.takes_value && name.starts_with("--");
        return name + (long_value ? "=" : "") + "[" + help + "]" + action;
    };
    if (names.size() == 1) return "'" + repeat + spec(names[0]) + "'";
    std::string out;
    for (const std::string& n : names) {
        if (!out.empty()) out += ' ';
        out += "'" + (o.repeatable ? "*" : "(" + joined(names) + ")") + spec(n) + "'";
    }
    return out;
}

std::string zsh_script(std::span<const CompletionCommand> commands, std::span<const CompletionOption> global)
{
    std::string out =
        "#compdef mee\n"
        "# zsh completion for mee. Written by `mee completion zsh`; save it as _mee in\n"
        "# a folder of $fpath (e.g. ~/.zfunc, with fpath+=~/.zfunc before compinit).\n"
        "_mee() {\n"
        "    local curcontext=$curcontext state line\n"
        "    local -a commands\n"
        "    commands=(\n";
    for (const CompletionCommand& c : commands) {
        out += fmt::format("        '{}:{}'\n", safe_word(c.name), zsh_text(c.help));
    }
    out +=
        "    )\n"
        "    _arguments -C \\\n";
    for (const CompletionOption& o : global)
        out += "        " + zsh_option(o) + " \\\n";
    out +=
        "        '1: :->command' \\\n"
        "        '*:: :->args'\n"
        "    case $state in\n"
        "    command)\n"
        "        _describe -t commands 'mee command' commands\n"
        "        ;;\n"
        "    args)\n"
        "        case $words[1] in\n";
    for (const CompletionCommand& c : commands) {
        out += fmt::format("        {})\n", safe_word(c.name));
        out += "            _arguments \\\n";
        for (const CompletionOption& o : c.options) {
            const std::string spec = zsh_option(o);
            if (!spec.empty()) out += "                " + spec + " \\\n";
        }
        if (c.takes_arguments && !c.arguments.empty()) {
            out += fmt::format("                '*: :({})'\n", joined(safe_words(c.arguments)));
        } else if (c.takes_arguments) {
            out += "                '*:file:_files'\n";
        } else {
            out += "                ''\n";
        }
        out += "            ;;\n";
    }
    out +=
        "        esac\n"
        "        ;;\n"
        "    esac\n"
        "}\n"
        "_mee \"$@\"\n";
    return out;
}

// ---- fish -------------------------------------------------------------------

std::string fish_text(std::string_view text)
{
    std::string out;
    for (const char c : text) {
        if (c == '\'' || c == '\\') out += '\\';
        out += c;
    }
    return out;
}

std::string fish_script(std::span<const CompletionCommand> commands, std::span<const CompletionOption> global)
{
    std::vector<std::string> names;
    for (const CompletionCommand& c : commands)
        names.push_back(safe_word(c.name));
    std::string out =
        "# fish completion for mee. Written by `mee completion fish`; save it as\n"
        "# ~/.config/fish/completions/mee.fish\n"
        "complete -c mee -f\n";
    const auto option_line = [](const std::string& condition, const CompletionOption& o) {
        std::string line = "complete -c mee -n '" + condition + "'";
        for (const std::string& n : safe_words(o.names)) {
            line += n.starts_with("--") ? " -l " + n.substr(2) : " -s " + n.substr(1);
        }
        if (o.takes_value) {
            line += !o.choices.empty() ? " -x -a '" + joined(safe_words(o.choices)) + "'" : o.files ? " -r -F" : " -x";
        }
        return line + " -d '" + fish_text(o.help) + "'\n";
    };
    for (const CompletionOption& o : global)
        out += option_line("__fish_use_subcommand", o);
    for (const CompletionCommand& c : commands) {
        out += fmt::format("complete -c mee -n __fish_use_subcommand -a {} -d '{}'\n", safe_word(c.name),
                           fish_text(c.help));
    }
    for (const CompletionCommand& c : commands) {
        const std::string condition = "__fish_seen_subcommand_from " + safe_word(c.name);
        for (const CompletionOption& o : c.options)
            out += option_line(condition, o);
        if (c.takes_arguments && !c.arguments.empty()) {
            out += fmt::format("complete -c mee -n '{}' -x -a '{}'\n", condition, joined(safe_words(c.arguments)));
        } else if (c.takes_arguments) {
            out += fmt::format("complete -c mee -n '{}' -F\n", condition);
        }
    }
    return out;
}

}  // namespace

std::span<const std::string_view> shell_names()
{
    return k_shells;
}

std::optional<Shell> parse_shell(std::string_view name)
{
    for (std::size_t i = 0; i < std::size(k_shells); ++i) {
        if (k_shells[i] == name) return static_cast<Shell>(i);
    }
    return std::nullopt;
}

std::string completion_script(Shell shell, std::span<const CompletionCommand> commands,
                              std::span<const CompletionOption> global)
{
    switch (shell) {
        case Shell::bash:
            return bash_script(commands, global);
        case Shell::zsh:
            return zsh_script(commands, global);
        case Shell::fish:
            return fish_script(commands, global);
    }
    return {};
}

}  // namespace mee
