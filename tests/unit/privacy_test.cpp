// Personal contact data in published text: the detector (lib/policy/privacy.cpp)
// that the rule MEE501 uses; the rule's cases are tests/rules/MEE501.yaml.
//
// rules.md, MEE501: "an e-mail address or a Dutch phone number in a text
// that is published (anything but `initiatiefnemer`). A phone number:
// `+31`, `0031` or `0` followed by nine digits, with optional spaces or one
// hyphen between groups, not part of a longer run of digits or letters".

#include "policy/privacy.hpp"

#include <doctest/doctest.h>

using mee::PersonalKind;

TEST_CASE("privacy: what counts as an e-mail address or a phone number")
{
    struct Row {
        const char* text;
        PersonalKind expected;
    };
    const Row rows[] = {
        // E-mail addresses.
        {"Mail naar info@dalfsen.nl voor vragen.", PersonalKind::email},
        {"j.jansen@example.nl", PersonalKind::email},
        {"Contact: projectteam.centrum+lemelerveld@dalfsen.nl.", PersonalKind::email},
        {"Reacties via secretariaat@plaatselijkbelang-lemelerveld.nl", PersonalKind::email},
        {"Volg ons op @gemeentedalfsen", PersonalKind::none},
        {"Bijeenkomst @ De Schakel", PersonalKind::none},
        {"naam@localhost", PersonalKind::none},
        {"https://www.dalfsen.nl/centrum-lemelerveld", PersonalKind::none},
        // Phone numbers: the forms rules.md names.
        {"Bel 06-12345678 voor een afspraak.", PersonalKind::phone},
        {"Bel 06 1234 5678 voor een afspraak.", PersonalKind::phone},
        {"Bel +31 6 12345678 voor een afspraak.", PersonalKind::phone},
        {"Bel 0031612345678 voor een afspraak.", PersonalKind::phone},
        {"Bel 038-1234567 (gemeentehuis).", PersonalKind::phone},
        {"Bel 0529 48 83 88 of kom langs.", PersonalKind::phone},
        {"0612345678", PersonalKind::phone},
        {"+31612345678", PersonalKind::phone},
        {"tel.0612345678", PersonalKind::phone},
        // Not phone numbers.
        {"Dossier 0612345678901 is gesloten.", PersonalKind::none},  // a longer run of digits
        {"Kenmerk 10612345678", PersonalKind::none},                 // a digit before it
        {"Zaak Z0612345678", PersonalKind::none},                    // a letter before it
        {"Zaak 0612345678a", PersonalKind::none},                    // a letter after it
        {"Bel 06-1234567 (te kort).", PersonalKind::none},           // eight digits after the 0
        {"Postcode 7721 AB Dalfsen", PersonalKind::none},
        {"Op 2026-03-24 om 19.30 uur in De Schakel.", PersonalKind::none},
        {"Krediet van 1.200.000 euro, 012 procent", PersonalKind::none},
        {"Besluit B&W 2026-0303-07 van het college.", PersonalKind::none},
        {"Motie M-2025-12 Levendig centrum Lemelerveld", PersonalKind::none},
        {"Rekening NL91ABNA0417164301 t.n.v. de buurtvereniging", PersonalKind::none},  // fails mod 97
        // Both: the e-mail address is what is reported.
        {"Mail info@dalfsen.nl of bel 06-12345678.", PersonalKind::email},
    };
    for (const Row& row : rows) {
        INFO(row.text);
        CHECK(mee::find_personal_data(row.text) == row.expected);
        CHECK(mee::has_email(row.text) == (row.expected == PersonalKind::email));
    }
    CHECK(mee::has_phone_number("Mail info@dalfsen.nl of bel 06-12345678."));
    CHECK_FALSE(mee::has_phone_number("Mail info@dalfsen.nl."));
}

// An IBAN written in groups of four, as on every letter and invoice, is an
// IBAN, not a phone number, though it ends in a zero and nine digits.
TEST_CASE("privacy: an IBAN in groups of four is an IBAN, not a phone number")
{
    CHECK(mee::find_personal_data("Rekening NL91 ABNA 0417 1643 00 t.n.v. de buurtvereniging") == PersonalKind::iban);
    CHECK(mee::find_personal_data("Rekening NL91ABNA0417164300") == PersonalKind::iban);
    CHECK(mee::find_personal_data("Rekening NL91 ABNA 0417 1643 01") == PersonalKind::none);  // fails mod 97
}

// The everyday ways of writing that the first detector missed (hostile-input
// review): each is found after normalisation, and masked in public output.
TEST_CASE("privacy: Dutch numbers and addresses as people write them")
{
    struct Row {
        const char* text;
        PersonalKind expected;
    };
    const Row rows[] = {
        {"Bel +31 (0)6 1234 5678.", PersonalKind::phone},
        {"Bel 06 - 12345678.", PersonalKind::phone},
        {"Bel 06.12.34.56.78.", PersonalKind::phone},
        {"Bel 06/12345678.", PersonalKind::phone},
        {"Bel (0529) 123456.", PersonalKind::phone},
        {"Bel 06-1234 5678.", PersonalKind::phone},
        {"Bel 06\u00A012345678.", PersonalKind::phone},  // a no-break space
        {"Bel 06\u200B12345678.", PersonalKind::phone},  // a zero-width space inside
        {"Bel \uFF10\uFF16\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18.", PersonalKind::phone},  // fullwidth
        {"Bel 06\u201312345678.", PersonalKind::phone},                                              // an en dash
        {"Mail jan.jansen [at] example.nl.", PersonalKind::email},
        {"Mail jan.jansen(at)example(dot)nl.", PersonalKind::email},
        {"Mail jan.jan\u200Bsen@example.nl.", PersonalKind::email},  // a zero-width space inside
        {"Mail jan@b\u00FCcher.nl.", PersonalKind::email},           // an internationalised domain
        {"Mail jan@example.xn--p1ai.", PersonalKind::email},
        {"BSN 111222333 van de aanvrager.", PersonalKind::bsn},
        {"BSN 1112.22.333 van de aanvrager.", PersonalKind::bsn},
        {"Zaak 111222334 is gesloten.", PersonalKind::none},  // fails the 11-check
        {"Op 01.02.2024 10.30 uur.", PersonalKind::none},     // a date and a time
        {"Van 09.00 tot 12.00 uur.", PersonalKind::none},
        {"Bereik 1.200.000.000 euro.", PersonalKind::none},
        {"Bijeenkomst (at) De Schakel", PersonalKind::none},
    };
    for (const Row& row : rows) {
        INFO(row.text);
        CHECK(mee::find_personal_data(row.text) == row.expected);
    }
}

TEST_CASE("privacy: masking replaces exactly the personal data")
{
    CHECK(mee::mask_personal_data("Bel 06-12345678 of mail a@b.nl.", mee::Lang::nl) ==
          "Bel [telefoonnummer] of mail [e-mailadres].");
    CHECK(mee::mask_personal_data("Bel 06\u200B12345678 nu", mee::Lang::en) == "Bel [phone number] nu");
    CHECK(mee::mask_personal_data("Rekening NL91 ABNA 0417 1643 00.", mee::Lang::nl) ==
          "Rekening [rekeningnummer (IBAN)].");
    CHECK(mee::mask_personal_data("Niets te melden.", mee::Lang::nl) == "Niets te melden.");
}
