# Writes OUTPUT: a C++ source that holds each file of INPUTS (a ;-list) as a
# std::string_view named k_<file stem with non-identifier characters as _>.
# Run at build time (cmake -P), so editing a schema rebuilds the binary.
set(content "// Generated from ${INPUTS_DIR} by cmake/embed.cmake; do not edit.\n")
string(APPEND content "#include <string_view>\n\nnamespace mee::embedded {\n\n")
foreach(input IN LISTS INPUTS)
  get_filename_component(name "${input}" NAME)
  string(MAKE_C_IDENTIFIER "${name}" id)
  file(READ "${input}" data)
  string(APPEND content "extern const std::string_view k_${id};\n")
  string(APPEND content "const std::string_view k_${id} = R\"mee_embed(${data})mee_embed\";\n\n")
endforeach()
string(APPEND content "}  // namespace mee::embedded\n")
file(WRITE "${OUTPUT}.tmp" "${content}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
