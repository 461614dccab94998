#include "document/document.hpp"

#include "base/regular_file.hpp"
#include "base/suggest.hpp"
#include "yaml/access.hpp"
#include "yaml/json.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace mee {

namespace {

// Whether a line of the text starts with `soort:` (also quoted, or after
// "- " or spaces): a sign that a file that cannot be parsed was meant to be
// a mee document.
bool mentions_soort(const Source& source)
{
    const std::string_view text = source.text();
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        while (!line.empty() && (line.front() == ' ' || line.front() == '-' || line.front() == '"' ||
                                 line.front() == '\'' || line.front() == '{'))
            line.remove_prefix(1);
        if (line.starts_with("soort")) return true;
        start = end + 1;
    }
    return false;
}

void add(Document& doc, Mark mark, std::string code, std::string message)
{
    doc.findings.push_back(Finding{doc.path, mark, Severity::error, std::move(code), std::move(message)});
}

// The encoding check: MEE007 for a NUL byte or bytes that are not UTF-8.
bool check_encoding(Document& doc, const std::string& bytes, Lang lang)
{
    if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
        add(doc, Mark{1, 1}, "MEE007",
            say(lang, {"het bestand is opgeslagen als UTF-16; mee leest UTF-8: sla het op als UTF-8",
                       "the file is saved as UTF-16; mee reads UTF-8: save it as UTF-8"}));
        return false;
    }
    if (const auto nul = bytes.find('\0'); nul != std::string::npos) {
        const Source at(bytes.substr(0, nul));
        add(doc, at.mark_at(nul), "MEE007",
            say(lang, {"het bestand bevat een NUL-teken; het is geen tekstbestand of is beschadigd",
                       "the file contains a NUL byte; it is not a text file or it is damaged"}));
        return false;
    }
    if (const auto bad = first_invalid_utf8(bytes)) {
        const Source at(bytes.substr(0, *bad));
        add(doc, at.mark_at(*bad), "MEE007",
            say(lang,
                {"dit is geen UTF-8 (byte 0x{0:02X}); sla het bestand op als UTF-8",
                 "this is not UTF-8 (byte 0x{0:02X}); save the file as UTF-8"},
                static_cast<unsigned>(static_cast<unsigned char>(bytes[*bad]))));
        return false;
    }
    return true;
}

std::vector<std::string> kind_names()
{
    std::vector<std::string> names;
    for (DocKind kind : k_all_kinds)
        names.emplace_back(kind_name(kind));
    return names;
}

// MEE003 for a walked file that looks like a mee document without a valid
// `soort` key, with the `soort: KIND` it most likely meant.
void note_likely(Document& doc, const LikelyDocument& likely, Origin origin, Lang lang)
{
    const std::string meant = likely.kind ? fmt::format("soort: {}", kind_name(*likely.kind)) : "soort: plan";
    std::string message =
        likely.key.empty()
            ? say(lang,
                  {"dit lijkt een mee-document (id '{0}'), maar 'soort' ontbreekt; bedoelde u '{1}'?",
                   "this looks like a mee document (id '{0}'), but 'soort' is missing; did you mean '{1}'?"},
                  likely.id, meant)
            : say(lang,
                  {"'{0}' is geen sleutel van mee, dus dit bestand heeft geen 'soort'; bedoelde u '{1}'?",
                   "'{0}' is not a key of mee, so this file has no 'soort'; did you mean '{1}'?"},
                  likely.key, meant);
    if (origin == Origin::walked) {
        message += say(lang, {" (is het geen mee-document, zet het dan in .meeignore)",
                              " (if it is no mee document, list it in .meeignore)"});
    }
    add(doc, likely.mark, "MEE003", message);
}

// Decides the kind from `soort`; false when the document goes no further.
bool read_kind(Document& doc, Origin origin, Lang lang)
{
    const Node& root = *doc.root;
    const Entry* soort = root.is_mapping() ? root.entry("soort") : nullptr;
    if (soort == nullptr || soort->value.is_null()) {
        if (origin == Origin::walked && soort == nullptr) {
            if (auto likely = likely_document(root)) {
                note_likely(doc, *likely, origin, lang);
                return false;
            }
            doc.state = LoadState::not_ours;
            return false;
        }
        if (soort != nullptr) {
            add(doc, soort->key_mark, "MEE003",
                say(lang, {"'soort' heeft geen waarde; kies plan, eindverslag of initiatief",
                           "'soort' has no value; choose plan, eindverslag or initiatief"}));
            return false;
        }
        if (root.is_mapping()) {
            if (auto likely = likely_document(root); likely && !likely->key.empty()) {
                note_likely(doc, *likely, origin, lang);
                return false;
            }
        }
        const Mark mark = soort ? soort->key_mark : root.is_mapping() ? document_mark(root) : Mark{1, 1};
        add(doc, mark, "MEE003",
            root.is_mapping()
                ? say(lang, {"'soort' ontbreekt: een mee-document begint met soort: plan, eindverslag of initiatief",
                             "'soort' is missing: a mee document starts with soort: plan, eindverslag or initiatief"})
                : say(lang,
                      {"dit is {0}, geen mee-document: een mee-document is een mapping die begint met soort: "
                       "plan, eindverslag of initiatief",
                       "this is {0}, not a mee document: a mee document is a mapping that starts with soort: "
                       "plan, eindverslag or initiatief"},
                      describe_node(root, lang)));
        return false;
    }
    const Node& value = soort->value;
    if (value.is_scalar()) {
        if (auto kind = parse_kind(value.value)) {
            doc.kind = kind;
            return true;
        }
    }
    std::string message =
        value.is_scalar() ? say(lang, {"onbekende soort '{0}'", "unknown soort '{0}'"}, value.value)
                          : say(lang, {"soort moet een woord zijn, maar is {0}", "soort must be a word, but is {0}"},
                                describe_node(value, lang));
    if (value.is_scalar()) {
        if (auto guess = did_you_mean(value.value, kind_names())) {
            message += say(lang, {"; bedoelde u '{0}'?", "; did you mean '{0}'?"}, *guess);
        }
    }
    message +=
        say(lang, {" (kies uit: plan, eindverslag, initiatief)", " (choose from: plan, eindverslag, initiatief)"});
    add(doc, value.mark, "MEE003", message);
    return false;
}

// The kind whose suggested id `id` has the form of (PREFIX-YEAR-NUMBER).
std::optional<DocKind> kind_of_id(std::string_view id)
{
    static constexpr std::pair<std::string_view, DocKind> k_prefixes[] = {
        {"PVA-", DocKind::plan}, {"EV-", DocKind::eindverslag}, {"INI-", DocKind::initiatief}};
    for (const auto& [prefix, kind] : k_prefixes) {
        if (!id.starts_with(prefix)) continue;
        const std::string_view rest = id.substr(prefix.size());
        const auto digits = [](std::string_view s) {
            return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
        };
        const auto dash = rest.find('-');
        if (dash == 4 && digits(rest.substr(0, 4)) && digits(rest.substr(5))) return kind;
    }
    return std::nullopt;
}

}  // namespace

std::optional<LikelyDocument> likely_document(const Node& root)
{
    if (!root.is_mapping() || root.entry("soort") != nullptr) return std::nullopt;
    static const std::vector<std::string> k_soort = {"soort"};
    const std::vector<std::string> kinds = kind_names();
    for (const Entry& e : root.entries) {
        if (!e.value.is_scalar() || !did_you_mean(e.key, k_soort)) continue;
        std::optional<DocKind> kind = parse_kind(e.value.value);
        if (!kind) {
            if (auto guess = did_you_mean(e.value.value, kinds)) kind = parse_kind(*guess);
        }
        if (kind) return LikelyDocument{e.key_mark, e.key, {}, kind};
    }
    if (const Node* id = root.get("id"); id != nullptr && id->is_scalar()) {
        if (auto kind = kind_of_id(id->value)) return LikelyDocument{id->mark, {}, id->value, kind};
    }
    return std::nullopt;
}

namespace {

// MEE006: false when the document's format is newer than this mee knows.
bool check_format(Document& doc, Lang lang)
{
    const Node* formaat = doc.root->get("formaat");
    if (formaat == nullptr || scalar_type(*formaat) != ScalarType::integer) return true;
    const auto version = to_json(*formaat);
    if (!version.is_number_integer() || version.get<long long>() <= k_known_format) return true;
    add(doc, formaat->mark, "MEE006",
        say(lang,
            {"formaat {0} is nieuwer dan deze mee kent (tot en met {1}); werk mee bij om dit document te controleren",
             "formaat {0} is newer than this mee knows (up to {1}); update mee to check this document"},
            formaat->value, k_known_format));
    return false;
}

}  // namespace

Document load_document(const std::filesystem::path& file, std::string shown_path, Origin origin,
                       const SchemaSet& schemas, Lang lang, Validate validate)
{
    Document doc;
    doc.file = file;
    doc.path = std::move(shown_path);

    // Only a regular file is read (a FIFO or a device would block or never
    // end), at most one byte past the limit.
    auto read = read_regular_file(file, k_max_file_size, lang);
    if (!read) {
        doc.state = LoadState::io_error;
        doc.io_error = read.error();
        return doc;
    }
    if (read->size() > k_max_file_size) {
        std::error_code ec;
        const auto size = std::filesystem::file_size(file, ec);
        doc.state = LoadState::unreadable;
        add(doc, Mark{1, 1}, "MEE007",
            say(lang,
                {"het bestand is {0} bytes, meer dan de 4 MiB die een mee-document mag zijn",
                 "the file is {0} bytes, more than the 4 MiB a mee document may be"},
                ec ? read->size() : size));
        return doc;
    }
    std::string bytes = std::move(*read);
    if (!check_encoding(doc, bytes, lang)) {
        doc.state = LoadState::unreadable;
        return doc;
    }
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.erase(0, 3);
    doc.source = Source(std::move(bytes));

    ParsedYaml parsed = parse_yaml(doc.source, lang);
    for (const Finding& f : parsed.problems) {
        if (f.code == "MEE001" || f.code == "MEE008") doc.state = LoadState::unreadable;
    }
    for (Finding& f : parsed.problems) {
        // A file that cannot be read gets that finding alone: what the parser
        // saw before it gave up is not the document.
        if (doc.state == LoadState::unreadable && f.code != "MEE001" && f.code != "MEE008") continue;
        f.path = doc.path;
        doc.findings.push_back(std::move(f));
    }
    if (doc.state == LoadState::unreadable) {
        // A walked file that is not valid YAML and shows no sign of being a
        // mee document (no `soort:` line) may be anything (a secret, a
        // tool's file): its finding names the place, but none of its lines
        // are shown.
        if (origin == Origin::walked && !mentions_soort(doc.source)) doc.source = Source{};
        return doc;
    }
    if (!parsed.root || parsed.root->is_null()) {
        if (origin == Origin::walked) {
            doc.state = LoadState::not_ours;
            doc.findings.clear();
            return doc;
        }
        add(doc, Mark{1, 1}, "MEE003",
            say(lang, {"het bestand is leeg; een mee-document begint met soort: plan, eindverslag of initiatief",
                       "the file is empty; a mee document starts with soort: plan, eindverslag or initiatief"}));
        return doc;
    }
    doc.root = std::move(parsed.root);
    if (!read_kind(doc, origin, lang)) {
        if (doc.state == LoadState::not_ours) doc.findings.clear();
        return doc;
    }
    if (parsed.documents > 1) {
        add(doc, parsed.second_document, "MEE001",
            say(lang, {"het bestand bevat meer dan een YAML-document (---); een mee-document is er precies een: "
                       "zet elk document in een eigen bestand",
                       "the file holds more than one YAML document (---); a mee document is exactly one: "
                       "put each document in a file of its own"}));
    }
    if (const Node* id = doc.root->get("id"); id != nullptr && id->is_scalar()) doc.id = id->value;
    if (!check_format(doc, lang)) return doc;
    doc.rules_apply = true;
    if (validate == Validate::no) return doc;

    for (Finding& f : schemas.validate(*doc.kind, *doc.root, lang)) {
        f.path = doc.path;
        doc.findings.push_back(std::move(f));
    }
    return doc;
}

}  // namespace mee
