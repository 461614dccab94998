#pragma once
// Helpers for tests that need files: a fresh temporary folder per test.

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace mee::test {

class TempDir {
public:
    TempDir()
    {
        std::random_device rd;
        path_ = std::filesystem::temp_directory_path() / ("mee-test-" + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::create_directories(path_);
    }
    ~TempDir()
    {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }

    // Writes `content` to `relative`, creating folders; returns the full path.
    // A document that names the example map of documents.md gets that file
    // beside it, as a real project has it, so MEE138 (a map that is not
    // there) stays quiet unless a test writes with `Map::absent`.
    enum class Map { beside, absent };
    std::filesystem::path write(const std::string& relative, const std::string& content, Map map = Map::beside) const
    {
        const auto full = path_ / relative;
        std::filesystem::create_directories(full.parent_path());
        std::ofstream(full, std::ios::binary) << content;
        if (map == Map::beside && content.find("kaart: kaarten/centrum-lemelerveld.png") != std::string::npos) {
            std::filesystem::create_directories(full.parent_path() / "kaarten");
            std::ofstream(full.parent_path() / "kaarten" / "centrum-lemelerveld.png", std::ios::binary)
                << "\x89PNG\r\n\x1a\n";
        }
        return full;
    }

private:
    std::filesystem::path path_;
};

// Runs the enclosing scope with the current folder set to `dir`.
class InDir {
public:
    explicit InDir(const std::filesystem::path& dir) : old_(std::filesystem::current_path())
    {
        std::filesystem::current_path(dir);
    }
    ~InDir() { std::filesystem::current_path(old_); }
    InDir(const InDir&) = delete;
    InDir& operator=(const InDir&) = delete;

private:
    std::filesystem::path old_;
};

// The smallest plan that passes the schema.
inline const char* const k_minimal_plan =
    "soort: plan\n"
    "id: PVA-2026-001\n"
    "titel: Speelplek Hoonhorst\n"
    "datum: 2026-02-09\n"
    "domein: ruimte\n"
    "soort_werk: uitvoering\n"
    "onderdeel_van: projectplan\n"
    "verantwoordelijke: Projectleider openbare ruimte\n"
    "status: concept\n";

}  // namespace mee::test
