#include "render/svg.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using mee::Date;
using mee::Lang;

namespace {

std::size_t count(const std::string& text, const std::string& what)
{
    std::size_t n = 0;
    for (std::size_t p = text.find(what); p != std::string::npos; p = text.find(what, p + 1))
        ++n;
    return n;
}

}  // namespace

TEST_CASE("render_svg: the matrix puts each stakeholder in its quadrant under the profile's approach")
{
    const std::vector<mee::MatrixStakeholder> people{
        {"Ondernemers", true, true}, {"Omwonenden", true, false}, {"Waterschap", false, true}};
    const std::string svg = mee::svg_matrix(people, mee::embedded_profile(), Lang::nl);
    CHECK(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart matrix\""));
    CHECK(svg.ends_with("</svg>"));
    for (const char* approach : {"Betrekken zoveel mogelijk", "Tevreden en op de hoogte houden",
                                 "Goed op de hoogte houden", "In de gaten houden"}) {
        CHECK(svg.find(approach) != std::string::npos);
    }
    CHECK(count(svg, "class=\"q-name\"") == 3);
    CHECK(count(svg, "class=\"q-none\"") == 1);  // nobody in klein-weinig
    // Ondernemers is drawn in the key-player box: after its rect, before the next box.
    const auto key = svg.find("class=\"q q-key\"");
    CHECK(svg.find("Ondernemers") > key);
    CHECK(svg.find("Ondernemers") < svg.find("<rect", key + 1));
}

TEST_CASE("render_svg: names are escaped and cut to fit")
{
    const std::vector<mee::MatrixStakeholder> people{{"</text><script>alert(1)</script>", true, true},
                                                     {std::string(80, 'x'), false, false}};
    const std::string svg = mee::svg_matrix(people, mee::embedded_profile(), Lang::en);
    CHECK(svg.find("<script") == std::string::npos);
    CHECK(svg.find("&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(svg.find(std::string(80, 'x')) == std::string::npos);
    CHECK(svg.find("…") != std::string::npos);
    CHECK(svg.find("Involve as much as possible") != std::string::npos);
}

TEST_CASE("render_svg: the timeline spans whole months and shades school holidays and busy periods")
{
    const std::vector<mee::TimelineMoment> moments{
        {Date{2026, 5, 12}, "participatie", "Worldcafe"},
        {Date{2026, 3, 24}, "participatie", "Inloopavond"},
        {Date{2026, 7, 7}, "besluit", "Raad stelt vast"},
        {Date{2026, 6, 16}, "terugkoppeling", "Brief"},
    };
    const auto t =
        mee::make_timeline(moments, Date{2026, 3, 3}, mee::embedded_profile(), {"agrariers", "inwoners"}, Lang::nl);
    CHECK(t.from == Date{2026, 3, 1});
    CHECK(t.to == Date{2026, 7, 31});
    CHECK(t.adopted == Date{2026, 3, 3});
    REQUIRE(t.moments.size() == 4);
    CHECK(t.moments.front().wat == "Inloopavond");
    // School holidays in range: voorjaar (clipped to 1 March), mei, zomer (clipped to 31 July).
    std::vector<std::string> school;
    for (const auto& b : t.bands) {
        if (b.kind == mee::BandKind::school_holiday) school.push_back(b.label);
    }
    CHECK(school == std::vector<std::string>{"voorjaarsvakantie", "meivakantie", "zomervakantie"});
    CHECK(t.bands.front().from == Date{2026, 3, 1});
    // Farmers are busy in May; no one here is a winkelier, so December would not count anyway.
    const auto busy = std::count_if(t.bands.begin(), t.bands.end(), [](const mee::TimelineBand& b) {
        return b.kind == mee::BandKind::busy_period && b.lane == "Agrariërs" && b.from == Date{2026, 5, 1} &&
               b.to == Date{2026, 5, 31};
    });
    CHECK(busy == 1);
    // Public holidays between March and July 2026: Goede Vrijdag … 2e Pinksterdag.
    CHECK(t.holidays.size() == 8);

    const std::string svg = mee::svg_timeline(t, Lang::nl);
    CHECK(svg.find("class=\"chart timeline\"") != std::string::npos);
    CHECK(count(svg, "class=\"m m-participatie\"") == 3);  // two moments and the legend
    CHECK(count(svg, "class=\"m m-besluit\"") == 2);
    CHECK(count(svg, "class=\"m m-terugkoppeling\"") == 2);
    CHECK(count(svg, "class=\"holiday\"") == 8);
    CHECK(svg.find("plan vastgesteld") != std::string::npos);
    CHECK(svg.find("24 mrt · Inloopavond") != std::string::npos);
}

TEST_CASE("render_svg: outside the profile's school-holiday data the lane says so; no moments, no drawing")
{
    const auto t = mee::make_timeline({{Date{2031, 2, 4}, "participatie", "Avond"}}, std::nullopt,
                                      mee::embedded_profile(), {}, Lang::en);
    REQUIRE(t.bands.size() >= 1);
    CHECK(t.bands.front().kind == mee::BandKind::no_data);
    CHECK(t.bands.front().label == "no data");
    CHECK(mee::svg_timeline(mee::make_timeline({}, std::nullopt, mee::embedded_profile(), {}, Lang::nl), Lang::nl)
              .empty());
}

// Regression (found by fuzz_render): a planning from 0000 to 9999 drew every
// month and every year's holidays, 22 MB of HTML from a 5 kB plan.
TEST_CASE("render_svg: the timeline covers at most k_timeline_months; later moments are left out and counted")
{
    const auto t = mee::make_timeline({{Date{2026, 3, 24}, "participatie", "Avond"},
                                       {Date{2029, 12, 31}, "besluit", "Raad, binnen 48 maanden"},
                                       {Date{2030, 3, 1}, "besluit", "Raad"},
                                       {Date{9999, 12, 31}, "overig", "Ver weg"}},
                                      std::nullopt, mee::embedded_profile(), {}, Lang::nl);
    CHECK(t.moments.size() == 2);
    CHECK(t.left_out == 2);
    CHECK(t.from == Date{2026, 3, 1});
    CHECK(t.to == Date{2029, 12, 31});
    const auto far =
        mee::make_timeline({{Date{0, 1, 1}, "participatie", "Begin"}, {Date{9999, 12, 31}, "besluit", "Eind"}},
                           std::nullopt, mee::embedded_profile(), {}, Lang::nl);
    CHECK(far.left_out == 1);
    CHECK(mee::svg_timeline(far, Lang::nl).size() < 20000);
}

TEST_CASE("render_svg: moment labels are escaped")
{
    const auto t = mee::make_timeline({{Date{2026, 3, 24}, "participatie", "\" onmouseover=\"alert(1)"}}, std::nullopt,
                                      mee::embedded_profile(), {}, Lang::nl);
    const std::string svg = mee::svg_timeline(t, Lang::nl);
    CHECK(svg.find("onmouseover=\"") == std::string::npos);
    CHECK(svg.find("&quot; onmouseover=&quot;alert(1)") != std::string::npos);
}
