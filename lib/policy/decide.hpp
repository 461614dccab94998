#pragma once
// Step 1 of the policy (§2.1.2): the three go/no-go questions. Any `nee`
// means there is no room for influence: only inform. Otherwise: involve.

#include "base/text.hpp"
#include "policy/profile.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mee {

struct Node;

enum class Outcome { involve, inform_only, incomplete };

struct Answer {
    std::string question;              // ruimte, geschikt, capaciteit
    std::optional<std::string> value;  // ja, te-maken / te-organiseren, nee
    std::string toelichting;
};

struct Decision {
    std::array<Answer, 3> answers;
    Outcome outcome = Outcome::incomplete;
    std::vector<std::string> reasons;      // why the outcome is what it is
    std::vector<std::string> consistency;  // where the plan does not follow its outcome
    bool from_plan = false;                // decided from a plan's afweging, not from answers alone
};

// The question of step 1 in the user's words, with the policy's explanation.
struct Question {
    const char* key;
    Msg text;
    Msg explanation;
    std::array<const char*, 3> answers;  // the allowed answers, the positive one first
};
const std::array<Question, 3>& step1_questions();

// The canonical answer (`ja`, `te-maken`, `te-organiseren`, `nee`) that
// `typed` means: case does not matter, and spaces or underscores may stand
// for the hyphen (`Ja`, `NEE`, `te organiseren`). Nothing if it is none of
// the question's answers.
std::optional<std::string> canonical_answer(const Question& question, std::string_view typed);

// The decision for the answers alone (no plan).
Decision decide_answers(const std::array<Answer, 3>& answers, Lang lang);

// The decision a plan's afweging makes, and whether the plan's level follows it.
Decision decide_plan(const Node& plan, const Profile& profile, Lang lang);

// The decision as text for the terminal.
std::string format_decision(const Decision& decision, Lang lang);

// An `afweging:` block to paste into a plan (YAML, two-space indents).
std::string afweging_block(const std::array<Answer, 3>& answers);

}  // namespace mee
