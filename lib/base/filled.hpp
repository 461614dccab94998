#pragma once
// "Filled" text, as documents.md defines it, the one definition that check,
// score and render share: a text is *filled in* when it has at least one
// word and is not a placeholder such as "todo", "n.v.t.", "..." or the
// "nog invullen" that `mee init` writes; a text the rules require to be
// written out is *filled* when it is filled in and has at least three words.

#include <cstddef>
#include <string_view>

namespace mee {

// Whitespace-separated tokens with at least one letter or digit (any
// non-ASCII byte counts as a letter).
std::size_t count_words(std::string_view text);

// Whether `text` is a placeholder: after trimming, case-insensitive, with
// trailing punctuation and the dots between letters ignored ("PM.", "p.m",
// "n.v.t.", "Nog invullen…"), one of documents.md's placeholders (todo,
// tbd, pm, nvt, ntb, nog invullen, volgt, xxx), `invullen`, or a text
// without any letter or digit ("...", "…", "-", "?").
bool is_placeholder(std::string_view text);

// Whether `text` says something: it has at least `min_words` words (at
// least one) and is not a placeholder. The default is documents.md's three
// words; titles, names and places ask for one (`has_content`).
bool is_filled(std::string_view text, std::size_t min_words = 3);

// Whether `text` is filled in at all: not empty, not a placeholder.
inline bool has_content(std::string_view text)
{
    return is_filled(text, 1);
}

}  // namespace mee
