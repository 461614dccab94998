// Must not compile: the English form lost the Dutch form's {1}
// (tests/compile_fail/run.sh expects the compiler to say so).
#include "base/text.hpp"

const mee::Msg k_lost_field{"{0} dagen voor {1}", "{0} days before"};
