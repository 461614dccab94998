#pragma once
// `mee init`: a new document from a commented template in Dutch, with every
// section of documents.md and a short hint from the policy beside it.
//
// The placeholders pass the schema, so the template has no MEE0xx finding.
// Texts still to be written say `nog invullen`, a placeholder (base/filled.hpp),
// so check and score name each one until it is written, and an untouched
// template fails `mee check`. What only the writer can know, the
// stakeholders and the werkvormen chosen for them, is a commented example;
// other values are chosen to keep rules quiet where that is honest (a
// concept status, planning dates ahead of today and outside holidays,
// every kader category).

#include "base/date.hpp"
#include "check/project.hpp"
#include "document/kind.hpp"
#include "policy/profile.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace mee {

// The template of `kind` for a document written on `today`, with `id`; its
// first line is `# yaml-language-server: $schema=SCHEMA_REF`.
std::string document_template(DocKind kind, const Profile& profile, const Date& today, std::string_view schema_ref,
                              std::string_view id);

// "PVA", "EV", "INI": the prefix of documents.md's suggested ids.
std::string_view id_prefix(DocKind kind);

// `PREFIX-YEAR-NNN`, NNN one above the highest number of that prefix and
// year among `existing` (001 when there is none), so a new document does
// not share an id (MEE401).
std::string next_id(std::string_view prefix, int year, const std::vector<std::string>& existing);

// The ids of the documents of `project`, when it has a root marked by
// .mee.yaml or .git (a folder that is no project is not walked); files
// that cannot be read, and `except` (the file being replaced), are left out.
std::vector<std::string> project_ids(const Project& project, Lang lang,
                                     const std::optional<std::filesystem::path>& except = std::nullopt);

// Where the modeline of a document at `output` should point: the relative
// path to `schemas/KIND.schema.json` in the nearest folder above `output`
// that has one; else, when `project_top` (the folder of the project's
// .mee.yaml or git work tree) is given, the path to its `schemas/` folder,
// which `mee init project` fills; else, and without `output`,
// `../schemas/KIND.schema.json` (documents one folder below the project's
// schemas/ folder, as in examples/).
std::string schema_reference(DocKind kind, const std::optional<std::filesystem::path>& output,
                             const std::optional<std::filesystem::path>& project_top = std::nullopt);

// A file `mee init project` writes: its path below the project folder and
// its text.
struct ProjectFile {
    std::filesystem::path path;  // relative to the project folder
    std::string text;
};

// The files of a new project: a `.mee.yaml` with every key and a Dutch
// comment beside it, and the JSON schemas in `schemas/` (with the lists of
// `own_profile` when given), where the templates' modelines find them.
std::vector<ProjectFile> project_files(const Profile* own_profile);

// The folder below a project folder that holds the schemas.
inline constexpr std::string_view k_schemas_folder = "schemas";

// The first working day on or after `from` that is no public holiday and
// lies in no school holiday of `profile`.
Date free_working_day(const Date& from, const Profile& profile);

}  // namespace mee
