#include "yaml_tree.hpp"

#include "yaml_scalar.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <map>
#include <sstream>

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

// Thrown from inside the event handler to stop reading (MEE008, or a
// MEE001 that yaml-cpp itself misses).
struct LimitReached {};

class TreeBuilder final : public YAML::EventHandler {
public:
    TreeBuilder(const Source& source, Lang lang, const YamlLimits& limits, ParsedYaml& out)
        : source_(source), lang_(lang), limits_(limits), out_(out)
    {
    }

    void OnDocumentStart(const YAML::Mark& mark) override
    {
        // yaml-cpp 0.7 never consumes a stray ',' outside a flow collection
        // (jbeder/yaml-cpp#1040): it starts the same empty document at the
        // same place forever. A second start at the same place is that loop.
        if (mark.pos == last_document_pos_) {
            out_.problems.push_back(Finding{
                "", to_mark(mark), Severity::error, "MEE001",
                say(lang_, {"dit is geen geldige YAML: een komma buiten [ ] of {{ }}: zet de tekst tussen aanhalingstekens",
                            "this is not valid YAML: a comma outside [ ] or {{ }}: put the text in quotes"})});
            throw LimitReached{};
        }
        last_document_pos_ = mark.pos;
        ++out_.documents;
        if (out_.documents == 2) out_.second_document = to_mark(mark);
        frames_.clear();
        anchors_.clear();
        node_count_ = 0;
        document_ = Node{};
        have_document_ = false;
    }

    void OnDocumentEnd() override
    {
        if (out_.documents == 1 && have_document_) out_.root = std::move(document_);
    }

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override
    {
        Node node;
        node.kind = NodeKind::null;
        node.mark = to_mark(mark);
        count_nodes(1);
        finish(std::move(node), anchor);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override
    {
        auto it = anchors_.find(anchor);
        if (it == anchors_.end()) {
            OnNull(mark, 0);
            return;
        }
        count_nodes(it->second.size, to_mark(mark));
        Node copy = it->second.node;
        finish(std::move(copy), 0);
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override
    {
        if (tag == "!") check_closed_quote(mark);
        Node node;
        node.mark = to_mark(mark);
        node.value = value;
        node.tag = tag_from_text(tag);
        node.kind = (node.tag == Tag::plain && resolve_plain(value) == ScalarType::null) || node.tag == Tag::null_
                        ? NodeKind::null
                        : NodeKind::scalar;
        count_nodes(1);
        finish(std::move(node), anchor);
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(NodeKind::sequence, mark, tag, anchor);
    }

    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(NodeKind::mapping, mark, tag, anchor);
    }

    void OnMapEnd() override { close(); }

private:
    struct Frame {
        Node node;
        YAML::anchor_t anchor = 0;
        long first_count = 0;          // node_count_ when the frame opened
        std::optional<Node> key;       // a mapping's key waiting for its value
        bool skip_value = false;       // the key was not usable; drop the value
    };
    struct Anchored {
        Node node;
        long size = 0;
    };

    Mark to_mark(const YAML::Mark& mark) const { return source_.mark_from_bytes(mark.line, mark.column); }

    // yaml-cpp 0.7 accepts a quoted scalar that runs to the end of the file
    // when the file ends in a line break; that is a quote never closed.
    void check_closed_quote(const YAML::Mark& mark)
    {
        const std::string& text = source_.text();
        if (mark.pos < 0 || static_cast<std::size_t>(mark.pos) >= text.size()) return;
        const char quote = text[static_cast<std::size_t>(mark.pos)];
        if (quote != '"' && quote != '\'') return;
        for (std::size_t i = static_cast<std::size_t>(mark.pos) + 1; i < text.size(); ++i) {
            if (quote == '"' && text[i] == '\\') {
                ++i;
            } else if (text[i] == quote) {
                if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
                    ++i;  // '' is an escaped quote
                } else {
                    return;
                }
            }
        }
        out_.problems.push_back(Finding{"", to_mark(mark), Severity::error, "MEE001",
                                        say(lang_,
                                            {"dit is geen geldige YAML: het aanhalingsteken {0} wordt nergens gesloten; "
                                             "zet er een {0} achter de tekst bij",
                                             "this is not valid YAML: the quote {0} is never closed; add a {0} after "
                                             "the text"},
                                            quote)});
        throw LimitReached{};
    }

    void count_nodes(long n, Mark where = Mark{1, 1})
    {
        node_count_ += n;
        if (node_count_ > limits_.max_nodes) {
            out_.problems.push_back(Finding{
                "", where, Severity::error, "MEE008",
                say(lang_,
                    {"ankers en aliassen breiden het document uit tot meer dan {0} knopen; "
                     "schrijf de gegevens uit in plaats van ze te herhalen met *aliassen",
                     "anchors and aliases expand the document to more than {0} nodes; "
                     "write the data out instead of repeating it with *aliases"},
                    limits_.max_nodes)});
            throw LimitReached{};
        }
    }

    void open(NodeKind kind, const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor)
    {
        Frame frame;
        frame.node.kind = kind;
        frame.node.mark = to_mark(mark);
        frame.node.tag = tag_from_text(tag);
        frame.anchor = anchor;
        count_nodes(1);
        frame.first_count = node_count_;
        frames_.push_back(std::move(frame));
        if (static_cast<int>(frames_.size()) > limits_.max_depth) {
            out_.problems.push_back(Finding{
                "", frames_.back().node.mark, Severity::error, "MEE008",
                say(lang_,
                    {"het document is dieper genest dan {0} niveaus; "
                     "een mee-document heeft nooit zoveel niveaus nodig",
                     "the document is nested deeper than {0} levels; "
                     "a mee document never needs that many"},
                    limits_.max_depth)});
            throw LimitReached{};
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
        // Trees of every document stay in memory for the cross-document
        // rules: give back what the vectors grew beyond their size.
        frame.node.entries.shrink_to_fit();
        frame.node.items.shrink_to_fit();
        if (frame.anchor != 0) {
            anchors_[frame.anchor] = Anchored{frame.node, node_count_ - frame.first_count + 1};
        }
        deliver(std::move(frame.node));
    }

    void finish(Node node, YAML::anchor_t anchor)
    {
        if (anchor != 0) anchors_[anchor] = Anchored{node, 1};
        deliver(std::move(node));
    }

    void deliver(Node node)
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
            add_entry(parent, std::move(node));
        }
    }

    void add_entry(Frame& frame, Node value)
    {
        Node key = std::move(*frame.key);
        frame.key.reset();
        if (!key.is_scalar()) {
            out_.problems.push_back(Finding{
                "", key.mark, Severity::error, "MEE004",
                say(lang_,
                    {"een sleutel moet een woord zijn, niet {0}",
                     "a key must be a word, not {0}"},
                    describe_node(key, lang_))});
            return;
        }
        if (key.is_null()) return;
        // An empty value written on a later line gets the next token's mark
        // from yaml-cpp; it belongs to its key.
        if (value.is_null() && value.mark.line != key.mark.line) value.mark = key.mark;
        for (const Entry& existing : frame.node.entries) {
            if (existing.key == key.value) {
                out_.problems.push_back(Finding{
                    "", key.mark, Severity::error, "MEE002",
                    say(lang_,
                        {"sleutel '{0}' staat twee keer in dezelfde mapping (eerst op regel {1}, "
                         "kolom {2}); YAML bewaart er maar een: voeg ze samen of verwijder er een",
                         "key '{0}' appears twice in the same mapping (first at line {1}, "
                         "column {2}); YAML keeps only one: merge them or remove one"},
                        key.value, existing.key_mark.line, existing.key_mark.column)});
                return;
            }
        }
        frame.node.entries.push_back(Entry{std::move(key.value), key.mark, std::move(value)});
    }

    const Source& source_;
    Lang lang_;
    YamlLimits limits_;
    ParsedYaml& out_;
    std::vector<Frame> frames_;
    std::map<YAML::anchor_t, Anchored> anchors_;
    long node_count_ = 0;
    int last_document_pos_ = -1;
    Node document_;
    bool have_document_ = false;
};

struct Explained {
    std::string_view yaml_cpp;  // yaml-cpp's own words
    Msg text;
};

// yaml-cpp's complaints in the user's words, with what to do.
constexpr Explained k_parser_messages[] = {
    {"end of map not found",
     {"einde van de mapping niet gevonden: controleer de inspringing op deze regel en de regel ervoor",
      "end of the mapping not found: check the indentation of this line and the one before"}},
    {"end of map flow not found",
     {"de sluitende }} ontbreekt: sluit de mapping die met {{ begon",
      "the closing }} is missing: close the mapping that began with {{"}},
    {"end of sequence not found",
     {"einde van de lijst niet gevonden: controleer de inspringing van de regels met -",
      "end of the list not found: check the indentation of the lines with -"}},
    {"end of sequence flow not found",
     {"de sluitende ] ontbreekt: sluit de lijst die met [ begon", "the closing ] is missing: close the list that began with ["}},
    {"illegal map value",
     {"onverwachte dubbele punt: zet tekst met ': ' erin tussen aanhalingstekens, of controleer de inspringing",
      "unexpected colon: put text containing ': ' in quotes, or check the indentation"}},
    {"illegal map key",
     {"onverwachte sleutel op deze plek: controleer de inspringing", "unexpected key here: check the indentation"}},
    {"illegal block entry",
     {"onverwacht lijstteken '-' op deze plek: controleer de inspringing", "unexpected list dash '-' here: check the indentation"}},
    {"illegal flow end", {"onverwachte ] of }}: er is er een te veel", "unexpected ] or }}: there is one too many"}},
    {"illegal EOF in scalar",
     {"het bestand eindigt midden in een tekst: er mist een sluitend aanhalingsteken",
      "the file ends in the middle of a text: a closing quote is missing"}},
    {"unknown token", {"onbekend teken op deze plek: zet de tekst tussen aanhalingstekens", "unknown character here: put the text in quotes"}},
    {"the referenced anchor is not defined",
     {"de alias (*) verwijst naar een anker (&) dat niet bestaat", "the alias (*) refers to an anchor (&) that does not exist"}},
    {"illegal character in scalar",
     {"ongeldig teken in de tekst: zet de tekst tussen aanhalingstekens", "invalid character in the text: put the text in quotes"}},
    {"illegal document indicator in scalar",
     {"'---' of '...' midden in een tekst: zet de tekst tussen aanhalingstekens",
      "'---' or '...' in the middle of a text: put the text in quotes"}},
    {"unexpected character in block scalar",
     {"onverwacht teken in een blok-tekst (| of >): controleer de inspringing",
      "unexpected character in a block text (| or >): check the indentation"}},
    {"illegal tab when looking for indentation",
     {"een tab in de inspringing: YAML springt alleen in met spaties", "a tab in the indentation: YAML indents with spaces only"}},
    {"end of verbatim tag not found", {"een tag !<…> wordt niet gesloten", "a tag !<…> is not closed"}},
    {"cannot assign multiple anchors to the same node",
     {"twee ankers (&) op dezelfde waarde", "two anchors (&) on the same value"}},
    {"cannot assign multiple tags to the same node", {"twee tags (!) op dezelfde waarde", "two tags (!) on the same value"}},
};

std::string parser_message(const std::string& msg, Lang lang)
{
    for (const Explained& e : k_parser_messages) {
        if (msg == e.yaml_cpp) return say(lang, e.text);
    }
    return say(lang, {"{0} (controleer de inspringing en de aanhalingstekens rond deze plek)",
                      "{0} (check the indentation and the quotes around this place)"},
               msg);
}

}  // namespace

ParsedYaml parse_yaml(const Source& source, Lang lang, const YamlLimits& limits)
{
    ParsedYaml out;
    std::istringstream stream(source.text());
    TreeBuilder builder(source, lang, limits, out);
    try {
        YAML::Parser parser(stream);
        while (parser.HandleNextDocument(builder)) {
        }
    } catch (const LimitReached&) {
        out.root.reset();
    } catch (const YAML::DeepRecursion& e) {
        out.root.reset();
        out.problems.push_back(Finding{
            "", source.mark_from_bytes(e.mark.line, e.mark.column), Severity::error, "MEE008",
            say(lang,
                {"het document is dieper genest dan {0} niveaus; "
                 "een mee-document heeft nooit zoveel niveaus nodig",
                 "the document is nested deeper than {0} levels; a mee document never needs that many"},
                limits.max_depth)});
    } catch (const YAML::Exception& e) {
        out.root.reset();
        out.problems.push_back(Finding{
            "", source.mark_from_bytes(e.mark.line, e.mark.column), Severity::error, "MEE001",
            say(lang, {"dit is geen geldige YAML: {0}", "this is not valid YAML: {0}"},
                parser_message(e.msg, lang))});
    }
    return out;
}

std::string describe_node(const Node& node, Lang lang)
{
    switch (node.kind) {
    case NodeKind::null: return say(lang, {"een lege waarde", "an empty value"});
    case NodeKind::sequence: return say(lang, {"een lijst", "a list"});
    case NodeKind::mapping: return say(lang, {"een mapping (sleutels met waarden)", "a mapping (keys with values)"});
    case NodeKind::scalar: break;
    }
    std::string shown = node.value;
    if (shown.size() > 40) {
        std::size_t cut = 37;
        while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80) --cut;
        shown = shown.substr(0, cut) + "...";
    }
    switch (scalar_type(node)) {
    case ScalarType::boolean: return say(lang, {"de waarde {0}", "the value {0}"}, shown);
    case ScalarType::integer:
    case ScalarType::number: return say(lang, {"het getal {0}", "the number {0}"}, shown);
    default: return say(lang, {"de tekst '{0}'", "the text '{0}'"}, shown);
    }
}

}  // namespace mee
