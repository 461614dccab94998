#include "report/format.hpp"

#include "report/codequality.hpp"
#include "report/github.hpp"
#include "report/json.hpp"
#include "report/junit.hpp"
#include "report/sarif.hpp"

namespace mee {

namespace {

constexpr std::string_view k_format_names[] = {"text", "json", "sarif", "junit", "github", "codequality"};

}  // namespace

std::span<const std::string_view> format_names()
{
    return k_format_names;
}

std::optional<Format> parse_format(std::string_view name)
{
    for (std::size_t i = 0; i < std::size(k_format_names); ++i) {
        if (k_format_names[i] == name) return static_cast<Format>(i);
    }
    return std::nullopt;
}

std::string format_report(Format format, const CheckResult& result, const ReportOptions& options)
{
    switch (format) {
        case Format::text:
            return format_text(result, {options.lang, options.color, options.quiet});
        case Format::json:
            return format_json(result, options.lang);
        case Format::sarif:
            return format_sarif(result, {options.lang, options.version});
        case Format::junit:
            return format_junit(result, {options.lang, options.fail_on, options.timestamp});
        case Format::github:
            return format_github(result, options.lang, options.quiet);
        case Format::codequality:
            return format_codequality(result);
    }
    return {};
}

}  // namespace mee
