#pragma once
// `mee check --format github`: GitHub Actions workflow commands, which
// GitHub shows as annotations on the changed lines of a pull request.

#include "base/text.hpp"
#include "check/check.hpp"
#include "report/text.hpp"

#include <string>
#include <string_view>

namespace mee {

// A line per finding, `::error file=PATH,line=L,col=C,title=CODE::MESSAGE`
// (warning: ::warning, info: ::notice), then the summary line unless
// Quiet::yes. Ends in a newline.
std::string format_github(const CheckResult& result, Lang lang, Quiet quiet);

// The escaping of GitHub's toolkit: the message (`data`) with % CR LF as
// %25 %0D %0A; a property value also with : and , as %3A and %2C.
std::string escape_github_data(std::string_view text);
std::string escape_github_property(std::string_view text);

}  // namespace mee
