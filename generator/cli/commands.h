// The maillon commands. Each returns the process exit status: 0 success, 1 content errors,
// 2 wrong usage.
#pragma once

#include <string>
#include <vector>

namespace maillon {

inline constexpr int kExitOk = 0;
inline constexpr int kExitContentErrors = 1;
inline constexpr int kExitUsage = 2;

// `maillon ARGS...` without the program name: dispatches to a command.
int RunCli(const std::vector<std::string>& args);

int RunBuildCommand(const std::vector<std::string>& args);
int RunCheckCommand(const std::vector<std::string>& args);
// Previews the site over HTTP with live reload until Ctrl-C (see serve_command.cpp).
int RunServeCommand(const std::vector<std::string>& args);
// Creates a content file from its kind's schema (see new_command.cpp).
int RunNewCommand(const std::vector<std::string>& args);
// Writes the JSON Schema of every content kind (see schema_command.cpp).
int RunSchemaCommand(const std::vector<std::string>& args);

}  // namespace maillon
