// Personal contact data in published text: the detector (lib/privacy.cpp)
// and the rule MEE501 that uses it (lib/rules_privacy.cpp).
//
// rules.md, MEE501: "an e-mail address or a Dutch phone number in a text
// that is published (anything but `initiatiefnemer`). A phone number:
// `+31`, `0031` or `0` followed by nine digits, with optional spaces or one
// hyphen between groups, not part of a longer run of digits or letters".

#include "privacy.hpp"

#include "clean_documents.hpp"

#include <doctest/doctest.h>

using mee::PersonalData;
using mee::test::check_project;
using mee::test::edited;
using mee::test::k_clean_initiative;
using mee::test::k_clean_plan;
using mee::test::k_clean_report;
using mee::test::only_message;
using mee::test::places;

TEST_CASE("privacy: what counts as an e-mail address or a phone number")
{
    struct Row {
        const char* text;
        PersonalData expected;
    };
    const Row rows[] = {
        // E-mail addresses.
        {"Mail naar info@dalfsen.nl voor vragen.", PersonalData::email},
        {"j.jansen@example.nl", PersonalData::email},
        {"Contact: projectteam.centrum+lemelerveld@dalfsen.nl.", PersonalData::email},
        {"Reacties via secretariaat@plaatselijkbelang-lemelerveld.nl", PersonalData::email},
        {"Volg ons op @gemeentedalfsen", PersonalData::none},
        {"Bijeenkomst @ De Schakel", PersonalData::none},
        {"naam@localhost", PersonalData::none},
        {"https://www.dalfsen.nl/centrum-lemelerveld", PersonalData::none},
        // Phone numbers: the forms rules.md names.
        {"Bel 06-12345678 voor een afspraak.", PersonalData::phone},
        {"Bel 06 1234 5678 voor een afspraak.", PersonalData::phone},
        {"Bel +31 6 12345678 voor een afspraak.", PersonalData::phone},
        {"Bel 0031612345678 voor een afspraak.", PersonalData::phone},
        {"Bel 038-1234567 (gemeentehuis).", PersonalData::phone},
        {"Bel 0529 48 83 88 of kom langs.", PersonalData::phone},
        {"0612345678", PersonalData::phone},
        {"+31612345678", PersonalData::phone},
        {"tel.0612345678", PersonalData::phone},
        // Not phone numbers.
        {"Dossier 0612345678901 is gesloten.", PersonalData::none},  // a longer run of digits
        {"Kenmerk 10612345678", PersonalData::none},                 // a digit before it
        {"Zaak Z0612345678", PersonalData::none},                    // a letter before it
        {"Zaak 0612345678a", PersonalData::none},                    // a letter after it
        {"Bel 06-1234567 (te kort).", PersonalData::none},           // eight digits after the 0
        {"Postcode 7721 AB Dalfsen", PersonalData::none},
        {"Op 2026-03-24 om 19.30 uur in De Schakel.", PersonalData::none},
        {"Krediet van 1.200.000 euro, 012 procent", PersonalData::none},
        {"Besluit B&W 2026-0303-07 van het college.", PersonalData::none},
        {"Motie M-2025-12 Levendig centrum Lemelerveld", PersonalData::none},
        {"Rekening NL91ABNA0417164300 t.n.v. de buurtvereniging", PersonalData::none},
        // Both: the e-mail address is what is reported.
        {"Mail info@dalfsen.nl of bel 06-12345678.", PersonalData::email},
    };
    for (const Row& row : rows) {
        INFO(row.text);
        CHECK(mee::find_personal_data(row.text) == row.expected);
        CHECK(mee::has_email(row.text) == (row.expected == PersonalData::email));
    }
    CHECK(mee::has_phone_number("Mail info@dalfsen.nl of bel 06-12345678."));
    CHECK_FALSE(mee::has_phone_number("Mail info@dalfsen.nl."));
}

// Regression: an IBAN written in groups of four, as on every letter and
// invoice, is no phone number; its digits are part of the longer run of
// digits and letters that is the account number.
TEST_CASE("privacy: an IBAN in groups of four is no phone number")
{
    CHECK(mee::find_personal_data("Rekening NL91 ABNA 0417 1643 00 t.n.v. de buurtvereniging") == PersonalData::none);
}

namespace {

// Checks `text` as `path`, in a project that holds the clean plan too (the
// plan an eindverslag reports on).
std::vector<mee::Finding> check_one(const std::string& path, const std::string& text, mee::Lang lang = mee::Lang::en)
{
    mee::test::Files files = {{"plan.yaml", k_clean_plan}};
    files[path] = text;
    mee::test::Run run{files, {path}};
    run.lang = lang;
    return check_project(run);
}

}  // namespace

TEST_CASE("privacy: MEE501 in every kind of document, at the text")
{
    struct Row {
        std::string name;
        std::string path;
        std::string text;
        std::string expected;
    };
    const std::vector<Row> rows = {
        {"an e-mail address in the plan's communicatie", "plan.yaml",
         edited(k_clean_plan, {{"per mail aan deelnemers.", "per mail aan deelnemers via centrum@dalfsen.nl."}}),
         "plan.yaml:114:19 warning MEE501\n"},
        {"a phone number in the plan's invitation (a block text)", "plan.yaml",
         edited(k_clean_plan, {{"    U kunt ook online meedoen.\n",
                                "    U kunt ook online meedoen.\n    Vragen? Bel 06-12345678.\n"}}),
         "plan.yaml:111:16 warning MEE501\n"},
        {"a phone number in an eindverslag's inbreng", "eindverslag.yaml",
         edited(k_clean_report, {{"    samenvatting: Enkele bewoners willen een fontein.",
                                  "    samenvatting: Bewoner (06 1234 5678) wil een fontein."}}),
         "eindverslag.yaml:28:19 warning MEE501\n"},
        {"an e-mail address in the intake conversation", "initiatief.yaml",
         edited(k_clean_initiative, {{"    samenwerking: Samen met de ouderenbond en SAAM Welzijn.",
                                      "    samenwerking: Samen met de ouderenbond (ouderenbond@example.nl)."}}),
         "initiatief.yaml:19:19 warning MEE501\n"},
        {"two texts: two findings", "initiatief.yaml",
         edited(k_clean_initiative, {{"    idee: Een jeu-de-boulesbaan op het grasveld naast De Schakel.",
                                      "    idee: Een jeu-de-boulesbaan; bel 038-1234567 voor uitleg."},
                                     {"  toelichting: Snel geholpen; de subsidieaanvraag was ingewikkeld.",
                                      "  toelichting: Snel geholpen, zegt +31 6 12345678."}}),
         "initiatief.yaml:16:11 warning MEE501\n"
         "initiatief.yaml:40:16 warning MEE501\n"},
        {"an e-mail address and a phone number in one text: one finding", "initiatief.yaml",
         edited(k_clean_initiative, {{"    hulp: Grond in bruikleen en advies over de ondergrond.",
                                      "    hulp: Mail j.jansen@example.nl of bel 0031612345678."}}),
         "initiatief.yaml:22:11 warning MEE501\n"},
        {"quiet: the initiatiefnemer's contact details are not published", "initiatief.yaml",
         edited(k_clean_initiative, {{"  contact: j.jansen@example.nl", "  contact: 06-12345678"},
                                     {"  organisatie: Buurtvereniging De Koele",
                                      "  organisatie: Buurtvereniging De Koele, info@dekoele.nl"}}),
         ""},
        {"quiet: kenmerken, dates and amounts", "plan.yaml", k_clean_plan, ""},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        CHECK(places(check_one(row.path, row.text)) == row.expected);
    }
}

TEST_CASE("privacy: MEE501 messages")
{
    const std::string with_email =
        edited(k_clean_initiative, {{"    hulp: Grond in bruikleen en advies over de ondergrond.",
                                     "    hulp: Mail de vragen naar j.jansen@example.nl."}});
    const std::string with_phone = edited(
        k_clean_initiative,
        {{"    hulp: Grond in bruikleen en advies over de ondergrond.", "    hulp: Bel voor vragen 06-12345678."}});
    CHECK(only_message(check_one("initiatief.yaml", with_email)) ==
          "this text contains an e-mail address and gets published: remove it; contact details belong only under "
          "initiatiefnemer");
    CHECK(only_message(check_one("initiatief.yaml", with_phone)) ==
          "this text contains a phone number and gets published: remove it; contact details belong only under "
          "initiatiefnemer");
    CHECK(only_message(check_one("initiatief.yaml", with_phone, mee::Lang::nl)) ==
          "deze tekst bevat een telefoonnummer en wordt gepubliceerd: haal het weg; contactgegevens horen alleen bij "
          "initiatiefnemer");
    // A plan has no unpublished place for contact details.
    const std::string plan_with_phone =
        edited(k_clean_plan, {{"per mail aan deelnemers.", "per mail aan deelnemers; bel 06-12345678."}});
    CHECK(only_message(check_one("plan.yaml", plan_with_phone)) ==
          "this text contains a phone number and gets published: remove it; refer to the municipality's general "
          "address or website");
}
