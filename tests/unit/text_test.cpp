#include "base/text.hpp"

#include <doctest/doctest.h>

#include <cstdlib>

TEST_CASE("text: messages in both languages")
{
    const mee::Msg msg{"kader '{0}' ontbreekt", "kader '{0}' is missing"};
    CHECK(mee::say(mee::Lang::nl, msg, "financieel") == "kader 'financieel' ontbreekt");
    CHECK(mee::say(mee::Lang::en, msg, "financieel") == "kader 'financieel' is missing");
}

TEST_CASE("text: the language from the environment")
{
    ::setenv("LC_ALL", "", 1);
    ::setenv("LC_MESSAGES", "", 1);
    ::setenv("LANG", "nl_NL.UTF-8", 1);
    CHECK(mee::lang_from_environment() == mee::Lang::nl);
    ::setenv("LC_MESSAGES", "en_GB.UTF-8", 1);
    CHECK(mee::lang_from_environment() == mee::Lang::en);
    ::setenv("LC_ALL", "nl_BE.UTF-8", 1);
    CHECK(mee::lang_from_environment() == mee::Lang::nl);
    ::unsetenv("LC_ALL");
    ::unsetenv("LC_MESSAGES");
    for (const char* none : {"C", "C.UTF-8", "POSIX"}) {
        ::setenv("LANG", none, 1);
        CHECK(mee::lang_from_environment() == mee::Lang::nl);
    }
    ::setenv("LANG", "de_DE.UTF-8", 1);
    CHECK(mee::lang_from_environment() == mee::Lang::en);
    ::setenv("LANG", "en_US.UTF-8", 1);
    CHECK(mee::lang_from_environment() == mee::Lang::en);
    ::unsetenv("LANG");
    CHECK(mee::lang_from_environment() == mee::Lang::nl);
    CHECK(mee::parse_lang("nl") == mee::Lang::nl);
    CHECK_FALSE(mee::parse_lang("de"));
}

TEST_CASE("text: valid_utf8 replaces every byte that is not UTF-8")
{
    CHECK(mee::valid_utf8("plan-\xff.yaml") == "plan-\xEF\xBF\xBD.yaml");
    CHECK(mee::valid_utf8("caf\xC3\xA9") == "caf\xC3\xA9");                            // é stays
    CHECK(mee::valid_utf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");                  // an overlong '/'
    CHECK(mee::valid_utf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
    CHECK(mee::valid_utf8("\xE2\x82") == "\xEF\xBF\xBD\xEF\xBF\xBD");                  // cut short
}

TEST_CASE("text: terminal_safe shows control characters as their pictures")
{
    CHECK(mee::terminal_safe("a\x1b[2Jb") == "a\xE2\x90\x9B[2Jb");                        // ESC: ␛
    CHECK(mee::terminal_safe("\x1b]0;pwned\x07") == "\xE2\x90\x9B]0;pwned\xE2\x90\x87");  // OSC … BEL: ␇
    CHECK(mee::terminal_safe("over\rwrite") == "over\xE2\x90\x8Dwrite");                  // CR: ␍
    CHECK(mee::terminal_safe("tab\there") == "tab\there");                                // a tab stays
    CHECK(mee::terminal_safe("del\x7f") == "del\xE2\x90\xA1");                            // DEL: ␡
    CHECK(mee::terminal_safe("c1\xC2\x9B") == "c1\xEF\xBF\xBD");                          // C1 CSI
    CHECK(mee::terminal_safe("caf\xC3\xA9 \xE2\x82\xAC") == "caf\xC3\xA9 \xE2\x82\xAC");  // é €
    // Line ends: shown, unless kept; never one that starts a CI command.
    CHECK(mee::terminal_safe("a\nb") ==
          "a\xE2\x90\x8A"
          "b");
    CHECK(mee::terminal_safe("a\nb", true) == "a\nb");
    CHECK(mee::terminal_safe("a\n::add-mask::x", true) == "a\xE2\x90\x8A::add-mask::x");
    CHECK(mee::terminal_safe("a\n  ##vso[task.setvariable]x", true) == "a\xE2\x90\x8A  ##vso[task.setvariable]x");
    CHECK(mee::terminal_safe("a\n## Heading", true) == "a\n## Heading");
}

TEST_CASE("text: csv_field quotes every field and defuses formulas")
{
    CHECK(mee::csv_field("plan") == "\"plan\"");
    CHECK(mee::csv_field("zeg \"ja\"") == "\"zeg \"\"ja\"\"\"");
    CHECK(mee::csv_field("twee\nregels") == "\"twee\nregels\"");
    CHECK(mee::csv_field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
    for (const char* formula : {"+1", "-1", "@SUM(A1)", "\t=1", "\r=1"}) {
        INFO(formula);
        CHECK(mee::csv_field(formula).substr(0, 2) == "\"'");
    }
    CHECK(mee::csv_field("-5", false) == "\"-5\"");  // a number mee wrote itself
    CHECK(mee::csv_field("") == "\"\"");
}

TEST_CASE("text: a Msg's two forms must use the same replacement fields")
{
    using mee::detail::placeholders_within;
    static_assert(placeholders_within("{0} dagen voor {1}", "{1}: {0} days"));    // any order
    static_assert(placeholders_within("{{letterlijk}} {0}", "{0} {{literal}}"));  // escaped braces are text
    static_assert(placeholders_within("{0:g} en {0:g}", "{0:g}"));                // used twice in one form
    static_assert(!placeholders_within("{0} dagen voor {1}", "{0} days"));        // a field lost
    static_assert(!placeholders_within("{0:g}", "{0}"));                          // another format
    CHECK(std::string_view(mee::detail::placeholder("a {0} b {1:g}", 1)) == "{1:g}");
    CHECK(mee::detail::placeholder("{{a}}", 0).empty());
    constexpr mee::Msg both{"{0} dagen", "{0} days"};
    CHECK(std::string_view(both.in(mee::Lang::nl)) == "{0} dagen");
    CHECK(std::string_view(both.in(mee::Lang::en)) == "{0} days");
}
