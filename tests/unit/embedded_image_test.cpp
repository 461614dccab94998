#include "render/embedded_image.hpp"

#include "test_util.hpp"

#include <doctest/doctest.h>

#include <filesystem>

using mee::Lang;
using mee::test::TempDir;

namespace {

const std::string k_png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);

}  // namespace

TEST_CASE("embedded_image: a png next to the plan becomes a data: URI")
{
    TempDir dir;
    const auto plan = dir.write("plan.yaml", "soort: plan\n");
    dir.write("kaarten/centrum.PNG", k_png);
    auto image = mee::embed_image(plan, "kaarten/centrum.PNG", Lang::nl);
    REQUIRE(image.ok());
    CHECK(image->mime == "image/png");
    CHECK(image->data_uri == "data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==");
}

TEST_CASE("embedded_image: jpeg and svg by their names and bytes")
{
    TempDir dir;
    const auto plan = dir.write("plan.yaml", "soort: plan\n");
    dir.write("a.jpg", std::string("\xff\xd8\xff\xe0", 4));
    dir.write("b.svg", "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    CHECK(mee::embed_image(plan, "a.jpg", Lang::nl)->mime == "image/jpeg");
    CHECK(mee::embed_image(plan, "b.svg", Lang::nl)->mime == "image/svg+xml");
}

TEST_CASE("embedded_image: refused outside the plan's folder, absolute, missing, too big, wrong kind")
{
    TempDir dir;
    const auto plan = dir.write("plannen/plan.yaml", "soort: plan\n");
    dir.write("geheim.png", k_png);
    dir.write("plannen/groot.png", k_png + std::string(mee::k_max_image_size, 'x'));
    dir.write("plannen/kaart.gif", "GIF89a");
    dir.write("plannen/nep.png", "<html>");
    std::filesystem::create_symlink(dir.path() / "geheim.png", dir.path() / "plannen" / "link.png");

    const auto reason = [&](const std::string& relative) {
        auto image = mee::embed_image(plan, relative, Lang::nl);
        REQUIRE_FALSE(image.ok());
        return image.error();
    };
    CHECK(reason("../geheim.png") == "de kaart '../geheim.png' is niet opgenomen: die ligt buiten de map van het plan");
    CHECK(reason("link.png") == "de kaart 'link.png' is niet opgenomen: die ligt buiten de map van het plan");
    CHECK(reason((dir.path() / "geheim.png").string()).ends_with("geef een pad ten opzichte van het plan"));
    CHECK(reason("weg.png") == "de kaart 'weg.png' is niet gevonden");
    CHECK(reason("groot.png") == "de kaart 'groot.png' is niet opgenomen: die is groter dan 4 MiB");
    CHECK(reason("kaart.gif") == "de kaart 'kaart.gif' is niet opgenomen: alleen png, jpeg en svg kunnen");
    CHECK(reason("nep.png") == "de kaart 'nep.png' is niet opgenomen: de inhoud past niet bij de naam (image/png)");
    CHECK(reason("").ends_with("geef een pad ten opzichte van het plan"));
    CHECK(reason(".") == "de kaart '.' is niet gevonden");
}
