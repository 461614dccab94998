#include "base/system_error.hpp"

#include <doctest/doctest.h>

#include <cerrno>
#include <cstring>

TEST_CASE("system_error: the reasons a user meets are in their language")
{
    CHECK(mee::system_error_text(ENOENT, mee::Lang::nl) == "het bestand of de map bestaat niet");
    CHECK(mee::system_error_text(ENOENT, mee::Lang::en) == "no such file or folder");
    CHECK(mee::system_error_text(ENOSPC, mee::Lang::nl) == "de schijf is vol");
    CHECK(mee::system_error_text(EACCES, mee::Lang::nl) == "geen toegang (rechten)");
}

TEST_CASE("system_error: a rare reason keeps the C library's text")
{
    CHECK(mee::system_error_text(EXDEV, mee::Lang::nl) == std::string(std::strerror(EXDEV)));
}
