#include "stats/indicators.hpp"

#include "test_util.hpp"

#include <doctest/doctest.h>

using mee::Lang;

TEST_CASE("indicators: median, mean and the 90th percentile as spreadsheets compute them")
{
    const auto odd = mee::summarise({7, 1, 3});
    CHECK(odd.n == 3);
    CHECK(*odd.median == 3);
    CHECK(*odd.mean == doctest::Approx(11.0 / 3));
    CHECK(*odd.p90 == doctest::Approx(6.2));  // rank 0.9 × 2 = 1.8: 3 + 0.8 × (7 − 3)
    CHECK(*odd.min == 1);
    const auto even = mee::summarise({10, 40, 20, 30});
    CHECK(*even.median == 25);                // the mean of the two middle values
    CHECK(*even.p90 == doctest::Approx(37));  // rank 2.7: 30 + 0.7 × 10
    const auto one = mee::summarise({5});
    CHECK(*one.median == 5);
    CHECK(*one.p90 == 5);
    const auto none = mee::summarise({});
    CHECK(none.n == 0);
    CHECK_FALSE(none.mean);
    CHECK_FALSE(none.median);
}

namespace {

std::string initiative(const std::string& id, const std::string& kern, const std::string& ingediend,
                       const std::string& extra)
{
    return "soort: initiatief\nid: " + id + "\ntitel: Een initiatief\nkern: " + kern +
           "\ntype: leefbaarheid\nomvang: klein\ningediend: " + ingediend + "\nstatus: ingediend\n" + extra;
}

mee::CheckResult check_folder(const mee::test::TempDir& dir)
{
    mee::test::InDir in(dir.path());
    auto project = mee::find_project({"."}, Lang::en);
    REQUIRE(project.ok());
    mee::CheckOptions options;
    options.paths = {"."};
    options.today = mee::Date{2026, 6, 1};
    options.trees = mee::Trees::full;  // the indicators read the documents
    auto result = mee::run_check(options, *project, mee::SchemaSet::embedded());
    REQUIRE(result.ok());
    return std::move(*result);
}

}  // namespace

TEST_CASE("indicators: a fixture year counted by hand")
{
    mee::test::TempDir dir;
    dir.write(".mee.yaml", "");
    // Four initiatives of 2026: decided after 10, 20 and 60 days; one undecided.
    dir.write("a.yaml", initiative("INI-1", "Dalfsen", "2026-01-01",
                                   "intake:\n  contact: 2026-01-10\nbesluit:\n  datum: 2026-01-11\n"
                                   "  ondersteuning: [ruimte, financieel]\n"
                                   "evaluatie:\n  tevredenheid: 4\n"));
    dir.write("b.yaml", initiative("INI-2", "Dalfsen", "2026-02-01",
                                   "intake:\n  contact: 2026-03-15\nbesluit:\n  datum: 2026-02-21\n"
                                   "  ondersteuning: [ruimte]\nevaluatie:\n  tevredenheid: 5\n"));
    dir.write("c.yaml", initiative("INI-3", "Hessum", "2026-03-01", "besluit:\n  datum: 2026-04-30\n"));
    dir.write("d.yaml", initiative("INI-4", "Lemelerveld", "2026-05-20", ""));
    // One of 2025, for the year before.
    dir.write("e.yaml", initiative("INI-5", "Dalfsen", "2025-11-01", ""));
    const auto result = check_folder(dir);
    const auto ind = mee::compute_indicators(result, 2026, mee::Date{2026, 6, 1}, mee::embedded_profile(), Lang::en);
    CHECK(ind.initiatives == 4);
    CHECK(ind.initiatives_by_kern == mee::Tally{{"Dalfsen", 2}, {"Lemelerveld", 1}, {"Hessum", 1}});
    CHECK(ind.lead_time_days.n == 3);
    CHECK(*ind.lead_time_days.median == 20);
    CHECK(*ind.lead_time_days.mean == doctest::Approx(30));
    CHECK(*ind.lead_time_days.p90 == doctest::Approx(52));  // rank 1.8: 20 + 0.8 × 40
    CHECK(ind.undecided == 1);
    // Contact: a in time (9 days), b late (43 days), c none and its 28 days passed, d none and not yet passed.
    CHECK(ind.contact_considered == 3);
    CHECK(ind.contact_in_time == 1);
    CHECK(ind.ondersteuning[0] == std::pair<std::string, int>{"ruimte", 2});
    CHECK(ind.ondersteuning[1] == std::pair<std::string, int>{"financieel", 1});
    CHECK(ind.tevredenheid.n == 2);
    CHECK(*ind.tevredenheid.mean == doctest::Approx(4.5));
    CHECK(mee::has_documents_for_year(result, 2025));
    CHECK_FALSE(mee::has_documents_for_year(result, 2024));
    CHECK(ind.left_out.empty());
}

TEST_CASE("indicators: documents without a usable date are listed as left out, never silently")
{
    mee::test::TempDir dir;
    dir.write(".mee.yaml", "");
    dir.write("a.yaml", initiative("INI-1", "Dalfsen", "2026-02-30", ""));
    dir.write("kapot.yaml", "soort: initiatief\n  titel: [\n");
    const auto result = check_folder(dir);
    const auto ind = mee::compute_indicators(result, 2026, mee::Date{2026, 6, 1}, mee::embedded_profile(), Lang::en);
    CHECK(ind.initiatives == 0);
    REQUIRE(ind.left_out.size() == 2);
    CHECK(ind.left_out[0].path == "a.yaml");
    CHECK(ind.left_out[0].reason == "no valid ingediend");
    CHECK(ind.left_out[1].path == "kapot.yaml");
    CHECK(ind.left_out[1].reason == "cannot be read (MEE001)");
}
