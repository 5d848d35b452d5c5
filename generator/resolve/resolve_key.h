// What of each content item the rest of the site depends on: the fields Resolve reads (slugs,
// references, dates, statuses, draft) and the ones views use to name, sort and link items from
// other pages (municipality and organisation names, menu pages' titles), with the positions of
// references (for messages). Two versions of a file whose items have equal keys resolve to the
// same collections, orders, indexes and messages: an edit that keeps the keys changes only the
// outputs that show the items themselves, which views record with NoteRead
// (render/read_tracker.h). Views need not record reads of key fields: a change to one rebuilds
// everything.
#pragma once

#include <string>
#include <vector>

#include "model/content.h"

namespace maillon {

std::string ResolveKey(const Municipality& m);
std::string ResolveKey(const Organization& o);
std::string ResolveKey(const Activity& a);
std::string ResolveKey(const Community& c);
std::string ResolveKey(const NewsItem& n);
std::string ResolveKey(const Page& p);
// The suppers of one schedule file, in file order.
std::string ResolveKey(const std::vector<const Supper*>& suppers);

}  // namespace maillon
