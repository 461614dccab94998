#pragma once
// The output of `mee score`: each plan's and eindverslag's score with what
// is missing, as text, JSON or CSV.

#include "base/text.hpp"
#include "check/check.hpp"
#include "stats/score.hpp"

#include <string>
#include <vector>

namespace mee {

struct ScoredDocument {
    std::string path;
    std::string id;
    Score score;
};

// The scores of the checked plans and eindverslagen of `result`, in path order.
std::vector<ScoredDocument> score_documents(const CheckResult& result, const Profile& profile);

std::string format_scores_text(const std::vector<ScoredDocument>& scores, Lang lang);
std::string format_scores_json(const std::vector<ScoredDocument>& scores, Lang lang);
// One row per document and section: path,id,kind,score,section,section_score,missing.
std::string format_scores_csv(const std::vector<ScoredDocument>& scores, Lang lang);

// `mee explain score`: the arithmetic, in words.
std::string explain_score(Lang lang);

}  // namespace mee
