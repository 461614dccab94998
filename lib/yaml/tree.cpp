#include "yaml/tree.hpp"

#include "yaml/scalar.hpp"

#include <fmt/format.h>
#include <yaml.h>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace mee {

const Entry* Node::entry(std::string_view key) const
{
    for (const Entry& e : entries) {
        if (e.key == key) return &e;
    }
    return nullptr;
}

Tag tag_from_text(std::string_view text)
{
    if (text == "?") return Tag::plain;
    if (text == "!") return Tag::nonplain;
    if (text == "tag:yaml.org,2002:null") return Tag::null_;
    if (text == "tag:yaml.org,2002:bool") return Tag::bool_;
    if (text == "tag:yaml.org,2002:int") return Tag::int_;
    if (text == "tag:yaml.org,2002:float") return Tag::float_;
    return Tag::other;
}

const Node* Node::get(std::string_view key) const
{
    const Entry* e = entry(key);
    if (e == nullptr || e->value.is_null()) return nullptr;
    return &e->value;
}

namespace {

// Thrown from inside the tree builder to stop reading (MEE001 or MEE008).
struct Stop {};

// libyaml counts places in characters; Source counts bytes. Events come
// mostly in text order, so one cursor moving forward does the conversion,
// with a checkpoint every 1024 characters for the few steps back.
class ByteOffsets {
public:
    explicit ByteOffsets(std::string_view text) : text_(text) { checkpoints_.push_back(0); }

    std::size_t at(std::size_t index)
    {
        if (index < chars_) {
            const std::size_t k = std::min(index / k_step, checkpoints_.size() - 1);
            chars_ = k * k_step;
            bytes_ = checkpoints_[k];
        }
        while (chars_ < index && bytes_ < text_.size()) {
            ++bytes_;
            while (bytes_ < text_.size() && (static_cast<unsigned char>(text_[bytes_]) & 0xC0) == 0x80)
                ++bytes_;
            ++chars_;
            if (chars_ % k_step == 0 && chars_ / k_step == checkpoints_.size()) checkpoints_.push_back(bytes_);
        }
        return bytes_;
    }

private:
    static constexpr std::size_t k_step = 1024;
    std::string_view text_;
    std::size_t chars_ = 0;
    std::size_t bytes_ = 0;
    std::vector<std::size_t> checkpoints_;
};

// Whether libyaml's lines are Source's: libyaml also ends a line at a lone
// CR and at U+0085, U+2028 and U+2029, Source only at LF. Its columns count
// characters, as Mark does.
bool same_lines(std::string_view text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')) return false;
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x85) return false;
        if (c == 0xE2 && text.substr(i + 1, 2) == "\x80\xA8") return false;
        if (c == 0xE2 && text.substr(i + 1, 2) == "\x80\xA9") return false;
    }
    return true;
}

class TreeBuilder {
public:
    TreeBuilder(const Source& source, Lang lang, const YamlLimits& limits, ParsedYaml& out)
        : source_(source),
          offsets_(source.text()),
          same_lines_(same_lines(source.text())),
          lang_(lang),
          limits_(limits),
          out_(out)
    {
    }

    std::size_t offset(const yaml_mark_t& m) { return offsets_.at(m.index); }
    Mark mark(const yaml_mark_t& m)
    {
        if (same_lines_) return Mark{static_cast<int>(m.line) + 1, static_cast<int>(m.column) + 1};
        return source_.mark_at(offset(m));
    }

    void document_start(Mark at)
    {
        ++out_.documents;
        if (out_.documents == 2) out_.second_document = at;
        frames_.clear();
        anchors_.clear();
        node_count_ = 0;
        byte_count_ = 0;
        aliased_ = false;
        document_ = Node{};
        have_document_ = false;
    }

    void document_end()
    {
        if (out_.documents == 1 && have_document_) out_.root = std::move(document_);
    }

    void alias(Mark at, std::string_view name)
    {
        auto it = anchors_.find(name);
        if (it == anchors_.end()) {
            stop(
                Finding{"", at, Severity::error, "MEE001",
                        say(lang_,
                            {"dit is geen geldige YAML: de alias *{0} verwijst naar een anker &{0} dat er (nog) niet "
                             "is; zet het anker &{0} eerder in het document, of schrijf de waarde uit",
                             "this is not valid YAML: the alias *{0} refers to an anchor &{0} that is not there (yet); "
                             "put the anchor &{0} earlier in the document, or write the value out"},
                            name)});
        }
        aliased_ = true;
        count_nodes(it->second.size, it->second.bytes, at);
        Node copy = it->second.node;
        deliver(std::move(copy));
    }

    void scalar(Mark at, const yaml_event_t& event)
    {
        const auto& s = event.data.scalar;
        Node node;
        node.mark = at;
        node.value.assign(reinterpret_cast<const char*>(s.value), s.length);
        if (s.tag != nullptr) {
            node.tag = tag_from_text(reinterpret_cast<const char*>(s.tag));
        } else {
            node.tag = s.style == YAML_PLAIN_SCALAR_STYLE ? Tag::plain : Tag::nonplain;
        }
        node.kind = (node.tag == Tag::plain && resolve_plain(node.value) == ScalarType::null) || node.tag == Tag::null_
                        ? NodeKind::null
                        : NodeKind::scalar;
        // An empty value belongs to its key (deliver), not to the place
        // where the parser noticed that it was empty.
        const bool empty = node.tag == Tag::plain && node.value.empty();
        if (node.kind == NodeKind::null && node.tag == Tag::plain) node.value.clear();
        count_nodes(1, node.value.size(), at);
        if (s.anchor != nullptr) {
            anchors_[reinterpret_cast<const char*>(s.anchor)] = Anchored{node, 1, node.value.size()};
        }
        deliver(std::move(node), empty);
    }

    void open(NodeKind kind, Mark at, const yaml_char_t* tag, const yaml_char_t* anchor)
    {
        Frame frame;
        frame.node.kind = kind;
        frame.node.mark = at;
        frame.node.tag = tag != nullptr ? tag_from_text(reinterpret_cast<const char*>(tag)) : Tag::plain;
        if (anchor != nullptr) frame.anchor = reinterpret_cast<const char*>(anchor);
        count_nodes(1, 0, at);
        frame.first_count = node_count_;
        frame.first_bytes = byte_count_;
        frames_.push_back(std::move(frame));
        if (static_cast<int>(frames_.size()) > limits_.max_depth) {
            stop(Finding{"", at, Severity::error, "MEE008",
                         say(lang_,
                             {"het document is dieper genest dan {0} niveaus; "
                              "een mee-document heeft nooit zoveel niveaus nodig",
                              "the document is nested deeper than {0} levels; "
                              "a mee document never needs that many"},
                             limits_.max_depth)});
        }
    }

    void close()
    {
        Frame frame = std::move(frames_.back());
        frames_.pop_back();
        if (frame.key) {
            // A key without a value cannot happen in a well-formed event stream,
            // but keep the key with a null value rather than lose it.
            Node null_value;
            null_value.mark = frame.key->mark;
            add_entry(frame, std::move(null_value));
        }
        // score, indicators and render keep every document's whole tree
        // (check keeps reference trees): give back what the vectors grew
        // beyond their size.
        frame.node.entries.shrink_to_fit();
        frame.node.items.shrink_to_fit();
        if (!frame.anchor.empty()) {
            anchors_[frame.anchor] =
                Anchored{frame.node, node_count_ - frame.first_count + 1, byte_count_ - frame.first_bytes};
        }
        deliver(std::move(frame.node));
    }

    [[noreturn]] void stop(Finding finding)
    {
        out_.problems.push_back(std::move(finding));
        throw Stop{};
    }

private:
    struct Frame {
        Node node;
        std::string anchor;
        long first_count = 0;         // node_count_ when the frame opened
        std::size_t first_bytes = 0;  // byte_count_ when the frame opened
        std::optional<Node> key;      // a mapping's key waiting for its value
        // A big mapping's keys and their entries' places (find_entry).
        std::unordered_map<std::string, std::size_t> keys;
    };
    struct Anchored {
        Node node;
        long size = 0;          // nodes
        std::size_t bytes = 0;  // bytes of text in its scalars
    };

    // Counts what the document expands to: its nodes, and the bytes of its
    // scalars' text, because an alias copies what its anchor holds (a 1 MiB
    // text aliased 3,000 times is 3 GiB in a few hundred nodes).
    void count_nodes(long n, std::size_t bytes, Mark where)
    {
        node_count_ += n;
        byte_count_ += bytes;
        if (byte_count_ > limits_.max_expanded_bytes) {
            stop(Finding{"", where, Severity::error, "MEE008",
                         say(lang_,
                             {"ankers en aliassen breiden het document uit tot meer dan {0} MiB tekst; "
                              "schrijf de gegevens uit in plaats van ze te herhalen met *aliassen",
                              "anchors and aliases expand the document to more than {0} MiB of text; "
                              "write the data out instead of repeating it with *aliases"},
                             limits_.max_expanded_bytes / (1024 * 1024))});
        }
        if (node_count_ > limits_.max_nodes) {
            // Worded by its cause: aliases, or a document that is that big.
            stop(Finding{"", where, Severity::error, "MEE008",
                         aliased_ ? say(lang_,
                                        {"ankers en aliassen breiden het document uit tot meer dan {0} knopen; "
                                         "schrijf de gegevens uit in plaats van ze te herhalen met *aliassen",
                                         "anchors and aliases expand the document to more than {0} nodes; "
                                         "write the data out instead of repeating it with *aliases"},
                                        limits_.max_nodes)
                                  : say(lang_,
                                        {"het document heeft meer dan {0} knopen (sleutels, waarden en items); "
                                         "een mee-document heeft er nooit zoveel nodig: splits het of kort het in",
                                         "the document has more than {0} nodes (keys, values and items); a mee "
                                         "document never needs that many: split or shorten it"},
                                        limits_.max_nodes)});
        }
    }

    void deliver(Node node, bool empty = false)
    {
        if (frames_.empty()) {
            document_ = std::move(node);
            have_document_ = true;
            return;
        }
        Frame& parent = frames_.back();
        if (parent.node.kind == NodeKind::sequence) {
            parent.node.items.push_back(std::move(node));
        } else if (!parent.key) {
            parent.key = std::move(node);
        } else {
            if (empty) node.mark = parent.key->mark;
            add_entry(parent, std::move(node));
        }
    }

    void add_entry(Frame& frame, Node value)
    {
        Node key = std::move(*frame.key);
        frame.key.reset();
        if (!key.is_scalar()) {
            out_.problems.push_back(
                Finding{"", key.mark, Severity::error, "MEE004",
                        say(lang_, {"een sleutel moet een woord zijn, niet {0}", "a key must be a word, not {0}"},
                            describe_node(key, lang_))});
            return;
        }
        if (const Entry* existing = find_entry(frame, key.value)) {
            out_.problems.push_back(
                Finding{"", key.mark, Severity::error, "MEE002",
                        say(lang_,
                            {"sleutel '{0}' staat twee keer in dezelfde mapping (eerst op regel {1}, "
                             "kolom {2}); YAML bewaart er maar een: voeg ze samen of verwijder er een",
                             "key '{0}' appears twice in the same mapping (first at line {1}, "
                             "column {2}); YAML keeps only one: merge them or remove one"},
                            key.value, existing->key_mark.line, existing->key_mark.column)});
            return;
        }
        if (!frame.keys.empty()) frame.keys.emplace(key.value, frame.node.entries.size());
        frame.node.entries.push_back(Entry{std::move(key.value), key.mark, std::move(value)});
    }

    // The entry with `key` in the mapping being built: a linear search in a
    // small mapping, a hash from the 16th key on (a mapping of 49,000 keys
    // is then 49,000 steps, not 1.2 billion).
    static const Entry* find_entry(Frame& frame, const std::string& key)
    {
        auto& entries = frame.node.entries;
        if (entries.size() < 16) {
            for (const Entry& existing : entries) {
                if (existing.key == key) return &existing;
            }
            return nullptr;
        }
        if (frame.keys.empty()) {
            for (std::size_t i = 0; i < entries.size(); ++i)
                frame.keys.emplace(entries[i].key, i);
        }
        auto it = frame.keys.find(key);
        return it == frame.keys.end() ? nullptr : &entries[it->second];
    }

    const Source& source_;
    ByteOffsets offsets_;
    bool same_lines_;  // libyaml's lines and columns are Source's
    Lang lang_;
    YamlLimits limits_;
    ParsedYaml& out_;
    std::vector<Frame> frames_;
    std::map<std::string, Anchored, std::less<>> anchors_;
    long node_count_ = 0;
    std::size_t byte_count_ = 0;
    bool aliased_ = false;  // an alias was expanded
    Node document_;
    bool have_document_ = false;
};

// libyaml's complaint (its `problem`, in its own words, and the `context`
// it was in) in the user's words, with what to do. {0} is the line and
// column where the context began, {1} the character the finding points at
// ('x' or U+0009), {2} that character as it is.
struct Explained {
    std::string_view problem;
    std::string_view context;  // empty: any
    Msg text;
    bool at_context = false;  // the finding points where the context began
};

constexpr Explained k_parser_messages[] = {
    {"did not find expected key",
     "while parsing a block mapping",
     {"deze regel past niet in de mapping die op {0} begint: controleer de inspringing van deze regel en de regel "
      "ervoor",
      "this line does not fit in the mapping that begins at {0}: check the indentation of this line and the one "
      "before"}},
    {"could not find expected ':'",
     "",
     {"op deze regel staat geen ':' na de sleutel: zet ': ' achter de sleutel, of zet tekst die over meer regels "
      "loopt tussen aanhalingstekens",
      "this line has no ':' after its key: put ': ' after the key, or put text that spans lines in quotes"},
     true},
    {"mapping values are not allowed in this context",
     "",
     {"onverwachte dubbele punt: zet tekst met ': ' erin tussen aanhalingstekens, of controleer de inspringing",
      "unexpected colon: put text containing ': ' in quotes, or check the indentation"}},
    {"block sequence entries are not allowed in this context",
     "",
     {"onverwacht lijstteken '-' op deze plek: controleer de inspringing",
      "unexpected list dash '-' here: check the indentation"}},
    {"mapping keys are not allowed in this context",
     "",
     {"onverwachte sleutel (?) op deze plek: controleer de inspringing",
      "unexpected key (?) here: check the indentation"}},
    {"did not find expected '-' indicator",
     "",
     {"deze regel past niet in de lijst die op {0} begint: controleer de inspringing van de regels met -",
      "this line does not fit in the list that begins at {0}: check the indentation of the lines with -"}},
    {"did not find expected <document start>",
     "",
     {"hier gaat het document verder terwijl het al af is: controleer de inspringing van deze regel",
      "the document goes on here after it has ended: check the indentation of this line"}},
    {"did not find expected ',' or '}'",
     "",
     {"de mapping die op {0} met {{ begint is niet gesloten: zet een }} aan het eind, en komma's tussen de paren",
      "the mapping that begins with {{ at {0} is not closed: put a }} at its end, and commas between its pairs"}},
    {"did not find expected ',' or ']'",
     "",
     {"de lijst die op {0} met [ begint is niet gesloten: zet een ] aan het eind, en komma's tussen de waarden",
      "the list that begins with [ at {0} is not closed: put a ] at its end, and commas between its values"}},
    {"did not find expected node content",
     "",
     {"hier ontbreekt een waarde: controleer de inspringing, of zet de tekst tussen aanhalingstekens",
      "a value is missing here: check the indentation, or put the text in quotes"}},
    {"found character that cannot start any token",
     "",
     {"het teken {1} kan hier geen waarde beginnen: zet de tekst tussen aanhalingstekens",
      "the character {1} cannot begin a value here: put the text in quotes"}},
    {"found a tab character where an indentation space is expected",
     "",
     {"een tab in de inspringing van een blok-tekst (| of >): YAML springt alleen in met spaties; vervang de tab door "
      "spaties",
      "a tab in the indentation of a block text (| or >): YAML indents with spaces only; replace the tab with spaces"}},
    {"found unexpected end of stream",
     "while scanning a quoted scalar",
     {"het aanhalingsteken {2} wordt nergens gesloten: zet er een {2} achter de tekst",
      "the quote {2} is never closed: add a {2} after the text"},
     true},
    {"found unexpected end of stream",
     "",
     {"het bestand eindigt midden in een waarde die op {0} begint",
      "the file ends in the middle of a value that begins at {0}"}},
    {"found unexpected document indicator",
     "",
     {"'---' of '...' midden in de tekst die op {0} begint: sluit het aanhalingsteken eerder",
      "'---' or '...' inside the text that begins at {0}: close the quote earlier"}},
    {"found unknown escape character",
     "",
     {"onbekende \\-code in een tekst tussen dubbele aanhalingstekens: schrijf \\\\ voor een \\, of gebruik enkele "
      "aanhalingstekens",
      "unknown \\ escape in a text in double quotes: write \\\\ for a \\, or use single quotes"}},
    {"found invalid Unicode character escape code",
     "",
     {"ongeldige \\u- of \\x-code in een tekst tussen dubbele aanhalingstekens",
      "invalid \\u or \\x escape in a text in double quotes"}},
    {"found unexpected ':'",
     "",
     {"een ':' in een tekst binnen [ ] of {{ }}: zet de tekst tussen aanhalingstekens",
      "a ':' in a text inside [ ] or {{ }}: put the text in quotes"}},
    {"did not find expected alphabetic or numeric character",
     "while scanning an anchor",
     {"na & hoort de naam van een anker: zet tekst die met & begint tussen aanhalingstekens",
      "& must be followed by an anchor name: put text that begins with & in quotes"}},
    {"did not find expected alphabetic or numeric character",
     "while scanning an alias",
     {"na * hoort de naam van een anker: zet tekst die met * begint tussen aanhalingstekens",
      "* must be followed by an anchor name: put text that begins with * in quotes"}},
    {"did not find expected comment or line break",
     "while scanning a block scalar",
     {"na | of > mag op dezelfde regel alleen commentaar staan: zet de tekst op de regels eronder, ingesprongen",
      "after | or > only a comment may follow on the same line: put the text on the lines below, indented"}},
    {"found an indentation indicator equal to 0",
     "",
     {"de inspringing na | of > kan geen 0 zijn", "the indentation after | or > cannot be 0"}},
    {"found undefined tag handle",
     "",
     {"onbekende tag (!): een mee-document heeft geen tags nodig; verwijder hem, of zet de tekst tussen "
      "aanhalingstekens",
      "unknown tag (!): a mee document needs no tags; remove it, or put the text in quotes"}},
    {"found unknown directive name",
     "",
     {"een regel die met % begint is een YAML-aanwijzing die niet bestaat: verwijder hem, of zet de tekst tussen "
      "aanhalingstekens",
      "a line that begins with % is a YAML directive that does not exist: remove it, or put the text in quotes"}},
    {"found incompatible YAML document",
     "",
     {"deze YAML-versie kent mee niet: verwijder de regel %YAML",
      "mee does not know this YAML version: remove the %YAML line"}},
    {"control characters are not allowed",
     "",
     {"een onzichtbaar stuurteken ({1}) is in YAML niet toegestaan: verwijder het",
      "an invisible control character ({1}) is not allowed in YAML: remove it"}},
};

// The character at byte `offset`, for messages: 'x', or U+0009 for the
// invisible ones.
std::string character_at(const Source& source, std::size_t offset)
{
    const std::string& text = source.text();
    if (offset >= text.size()) return {};
    std::size_t end = offset + 1;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        ++end;
    const std::string_view c(text.data() + offset, end - offset);
    const auto byte = static_cast<unsigned char>(c.front());
    if (byte < 0x20 || byte == 0x7F) return fmt::format("U+{:04X}", byte);
    if (c == "\xC2\x85" || (c.size() == 2 && byte == 0xC2 && static_cast<unsigned char>(c[1]) < 0xA0)) {
        return fmt::format("U+{:04X}", static_cast<unsigned char>(c[1]));
    }
    return fmt::format("'{}'", c);
}

// What libyaml said when it stopped, with places as byte offsets.
struct SyntaxError {
    std::string problem;
    std::string context;             // what it was reading; may be empty
    std::size_t offset = 0;          // where it stopped
    std::size_t context_offset = 0;  // where what it was reading began
};

// The finding for libyaml's complaint; `separating_tab`: it stopped at a
// tab between tokens that mee no longer retypes (YamlLimits::retype_budget).
Finding syntax_finding(const SyntaxError& error, const Source& source, Lang lang, bool separating_tab)
{
    const std::string_view text = source.text();
    const auto finding = [&](std::size_t offset, const std::string& message) {
        return Finding{"", source.mark_at(offset), Severity::error, "MEE001",
                       say(lang, {"dit is geen geldige YAML: {0}", "this is not valid YAML: {0}"}, message)};
    };
    const char stopped_at = error.offset < text.size() ? text[error.offset] : '\0';
    if (separating_tab) {
        return finding(error.offset,
                       say(lang, {"te veel tabs tussen de onderdelen van de YAML: vervang de tabs door spaties",
                                  "too many tabs between the parts of the YAML: replace the tabs with spaces"}));
    }
    if (stopped_at == '\t' && error.context != "while scanning a block scalar") {
        return finding(
            error.offset,
            say(lang, {"een tab in de inspringing: YAML springt alleen in met spaties; vervang de tab door "
                       "spaties",
                       "a tab in the indentation: YAML indents with spaces only; replace the tab with spaces"}));
    }
    if ((stopped_at == ']' || stopped_at == '}') && error.problem.starts_with("did not find expected")) {
        return finding(
            error.offset,
            say(lang, {"onverwachte {0}: er is er een te veel", "unexpected {0}: there is one too many"}, stopped_at));
    }
    const Mark context = source.mark_at(error.context_offset);
    const std::string at = say(lang, {"regel {0}, kolom {1}", "line {0}, column {1}"}, context.line, context.column);
    for (const Explained& e : k_parser_messages) {
        if (error.problem != e.problem || (!e.context.empty() && error.context != e.context)) continue;
        const std::size_t offset = e.at_context ? error.context_offset : error.offset;
        const std::string_view bare = offset < text.size() ? text.substr(offset, 1) : std::string_view{};
        return finding(offset, say(lang, e.text, at, character_at(source, offset), bare));
    }
    const std::string raw =
        error.context.empty() ? error.problem : fmt::format("{} ({})", error.problem, error.context);
    return finding(error.offset, say(lang,
                                     {"{0} (controleer de inspringing en de aanhalingstekens rond deze plek)",
                                      "{0} (check the indentation and the quotes around this place)"},
                                     raw));
}

// Frees libyaml's parser and event whatever way the reading ends.
struct ParserGuard {
    yaml_parser_t parser;
    ParserGuard() { yaml_parser_initialize(&parser); }
    ~ParserGuard() { yaml_parser_delete(&parser); }
    ParserGuard(const ParserGuard&) = delete;
    ParserGuard& operator=(const ParserGuard&) = delete;
};

struct EventGuard {
    yaml_event_t event{};
    ~EventGuard() { yaml_event_delete(&event); }
};

// Feeds libyaml's events to `builder`; returns libyaml's complaint, or
// nothing when the stream was read to its end.
std::optional<SyntaxError> read_events(yaml_parser_t& parser, TreeBuilder& builder)
{
    for (;;) {
        EventGuard e;
        if (yaml_parser_parse(&parser, &e.event) == 0) {
            SyntaxError error;
            error.problem = parser.problem != nullptr ? parser.problem : "";
            if (parser.error == YAML_READER_ERROR) {
                error.offset = parser.problem_offset;
            } else {
                error.offset = builder.offset(parser.problem_mark);
                if (parser.context != nullptr) {
                    error.context = parser.context;
                    error.context_offset = builder.offset(parser.context_mark);
                }
            }
            return error;
        }
        const yaml_event_t& event = e.event;
        switch (event.type) {
            case YAML_STREAM_END_EVENT:
                return std::nullopt;
            case YAML_DOCUMENT_START_EVENT:
                builder.document_start(builder.mark(event.start_mark));
                break;
            case YAML_DOCUMENT_END_EVENT:
                builder.document_end();
                break;
            case YAML_ALIAS_EVENT:
                builder.alias(builder.mark(event.start_mark), reinterpret_cast<const char*>(event.data.alias.anchor));
                break;
            case YAML_SCALAR_EVENT:
                builder.scalar(builder.mark(event.start_mark), event);
                break;
            case YAML_SEQUENCE_START_EVENT:
                builder.open(NodeKind::sequence, builder.mark(event.start_mark), event.data.sequence_start.tag,
                             event.data.sequence_start.anchor);
                break;
            case YAML_MAPPING_START_EVENT:
                builder.open(NodeKind::mapping, builder.mark(event.start_mark), event.data.mapping_start.tag,
                             event.data.mapping_start.anchor);
                break;
            case YAML_SEQUENCE_END_EVENT:
            case YAML_MAPPING_END_EVENT:
                builder.close();
                break;
            default:
                break;
        }
    }
}

bool is_blank(char c)
{
    return c == ' ' || c == '\t';
}

// The run of spaces and tabs around `offset` when it separates tokens: YAML
// allows a tab there ("- \titem", "key:\tvalue", a tab before a comment or on
// an empty line), libyaml 0.2 does not. A run at the start of a line before
// content is indentation, where YAML allows no tab at all: nullopt.
std::optional<std::pair<std::size_t, std::size_t>> separating_blanks(std::string_view text, const SyntaxError& error)
{
    if (error.offset >= text.size() || text[error.offset] != '\t') return std::nullopt;
    if (error.problem != "found character that cannot start any token" &&
        error.problem != "found a tab character that violates indentation") {
        return std::nullopt;
    }
    std::size_t begin = error.offset;
    while (begin > 0 && is_blank(text[begin - 1]))
        --begin;
    std::size_t end = error.offset;
    while (end < text.size() && is_blank(text[end]))
        ++end;
    const bool line_start = begin == 0 || text[begin - 1] == '\n' || text[begin - 1] == '\r';
    const bool nothing_after = end == text.size() || text[end] == '\n' || text[end] == '\r' || text[end] == '#';
    if (line_start && !nothing_after) return std::nullopt;
    return std::pair{begin, end};
}

}  // namespace

ParsedYaml parse_yaml(const Source& source, Lang lang, const YamlLimits& limits)
{
    // Marks stay right in the retyped text: a tab and a space are both one
    // character.
    std::string retyped;
    std::size_t parsed = 0;
    for (;;) {
        ParsedYaml out;
        TreeBuilder builder(source, lang, limits, out);
        const std::string& text = retyped.empty() ? source.text() : retyped;
        ParserGuard guard;
        yaml_parser_set_encoding(&guard.parser, YAML_UTF8_ENCODING);
        yaml_parser_set_input_string(&guard.parser, reinterpret_cast<const unsigned char*>(text.data()), text.size());
        try {
            const std::optional<SyntaxError> error = read_events(guard.parser, builder);
            if (!error) return out;
            parsed += error->offset;
            const auto blanks = separating_blanks(text, *error);
            if (blanks && parsed < limits.retype_budget) {
                if (retyped.empty()) retyped = source.text();
                std::replace(retyped.begin() + static_cast<std::ptrdiff_t>(blanks->first),
                             retyped.begin() + static_cast<std::ptrdiff_t>(blanks->second), '\t', ' ');
                continue;
            }
            out.root.reset();
            out.problems.push_back(syntax_finding(*error, source, lang, blanks.has_value()));
        } catch (const Stop&) {
            out.root.reset();
        }
        return out;
    }
}

std::string describe_node(const Node& node, Lang lang)
{
    switch (node.kind) {
        case NodeKind::null:
            return say(lang, {"een lege waarde", "an empty value"});
        case NodeKind::sequence:
            return say(lang, {"een lijst", "a list"});
        case NodeKind::mapping:
            return say(lang, {"een mapping (sleutels met waarden)", "a mapping (keys with values)"});
        case NodeKind::scalar:
            break;
    }
    std::string shown = node.value;
    if (shown.size() > 40) {
        std::size_t cut = 37;
        while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80)
            --cut;
        shown = shown.substr(0, cut) + "...";
    }
    switch (scalar_type(node)) {
        case ScalarType::boolean:
            return say(lang, {"de waarde {0}", "the value {0}"}, shown);
        case ScalarType::integer:
        case ScalarType::number:
            return say(lang, {"het getal {0}", "the number {0}"}, shown);
        default:
            return say(lang, {"de tekst '{0}'", "the text '{0}'"}, shown);
    }
}

ScalarType scalar_type(const Node& node)
{
    if (node.kind == NodeKind::null) return ScalarType::null;
    if (node.tag == Tag::plain) return resolve_plain(node.value);
    if (node.tag == Tag::int_ && resolve_plain(node.value) == ScalarType::integer) {
        return ScalarType::integer;
    }
    if (node.tag == Tag::float_) {
        const ScalarType t = resolve_plain(node.value);
        if (t == ScalarType::integer || t == ScalarType::number) return ScalarType::number;
    }
    if (node.tag == Tag::bool_ && resolve_plain(node.value) == ScalarType::boolean) {
        return ScalarType::boolean;
    }
    return ScalarType::string;
}

}  // namespace mee
