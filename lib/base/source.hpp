#pragma once
// The bytes of one file as read, with what output needs to show a line
// and to turn byte offsets into the 1-based line and column people see.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mee {

// A place in a file: 1-based line and column; the column counts Unicode
// code points, as editors do.
struct Mark {
    int line = 1;
    int column = 1;
    friend bool operator==(const Mark&, const Mark&) = default;
    friend auto operator<=>(const Mark&, const Mark&) = default;
};

class Source {
public:
    Source() = default;
    // `text` is the content with any UTF-8 byte order mark already removed.
    explicit Source(std::string text);

    const std::string& text() const { return text_; }

    // The line `line` (1-based) without its line end; empty when out of range.
    std::string_view line(int line) const;

    // The Mark of byte `offset` (clamped to the text).
    Mark mark_at(std::size_t offset) const;

private:
    std::string text_;
    std::vector<std::size_t> line_starts_;
};

// The valid UTF-8 character at byte `i` of `s`: its length in bytes (1 to 4)
// and its code point in `code_point`; 0 when the bytes there are not one
// (a stray continuation byte, a cut-off, overlong or surrogate sequence).
std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& code_point);

// Where the bytes stop being valid UTF-8, or nullopt when they all are.
std::optional<std::size_t> first_invalid_utf8(std::string_view bytes);

// The number of code points in valid UTF-8 `s` (continuation bytes skipped).
std::size_t count_code_points(std::string_view s);

}  // namespace mee
