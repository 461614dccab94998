#include "base/suggest.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

TEST_CASE("suggest: edit distance counts swaps as one")
{
    CHECK(mee::edit_distance("klein", "klein") == 0);
    CHECK(mee::edit_distance("kleinn", "klein") == 1);
    CHECK(mee::edit_distance("kliein", "klein") == 1);
    CHECK(mee::edit_distance("kelin", "klein") == 1);
    CHECK(mee::edit_distance("", "abc") == 3);
}

TEST_CASE("suggest: the closest candidate, when close enough")
{
    const std::vector<std::string> keys = {"doelgroepen", "werkvorm", "niveau", "online"};
    CHECK(mee::did_you_mean("doelgroepn", keys) == "doelgroepen");
    CHECK(mee::did_you_mean("Niveau", keys) == "niveau");
    CHECK(mee::did_you_mean("werk_vorm", keys) == "werkvorm");
    CHECK_FALSE(mee::did_you_mean("budget", keys));
    CHECK_FALSE(mee::did_you_mean("niveau", keys));  // the word itself is no suggestion
    const std::vector<std::string> values = {"ja", "ja-mits", "afwijzen"};
    CHECK(mee::did_you_mean("ja mits", values) == "ja-mits");
}
