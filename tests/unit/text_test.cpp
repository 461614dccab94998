#include "text.hpp"

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
