// Link and image URLs in Markdown: which are dangerous, and site paths made relative.
#pragma once

#include <string>
#include <string_view>

namespace maillon {

// True for URLs a browser would run or read from the reader's disk: javascript:, vbscript:,
// file:, and data: except raster images (data:image/png, gif, jpeg, webp) when `is_image`.
// Case, leading spaces and embedded tabs or newlines do not hide the scheme.
bool IsDangerousUrl(std::string_view url, bool is_image);

// "/soupers/" with root "../../" -> "../../soupers/"; with root "" -> "soupers/". URLs that are
// not site paths ("https://…", "//cdn…", "#top", "photo.jpg") are returned unchanged.
std::string RelativeToRoot(std::string_view url, std::string_view root);

}  // namespace maillon
