// suppers/ -> Supper: one file per municipality, a list of suppers, each with a stable id.
#include <map>

#include "validate/check_fields.h"
#include "validate/convert.h"
#include "validate/read_values.h"

namespace maillon {

namespace {

std::optional<SupperStatus> StatusFrom(const std::string& text) {
  if (text.empty() || text == "planned") return SupperStatus::kPlanned;
  if (text == "confirmed") return SupperStatus::kConfirmed;
  if (text == "held") return SupperStatus::kHeld;
  if (text == "cancelled") return SupperStatus::kCancelled;
  return std::nullopt;
}

// The checks between fields of one supper.
void CheckSupper(const Node& item, const Supper& s, const std::string& path, Diagnostics& diags) {
  // A date that is present but ill-formed was reported already; only its absence is news.
  if ((s.status == SupperStatus::kConfirmed || s.status == SupperStatus::kHeld) &&
      !item.Find("date")) {
    diags.Error(ValuePos(item, "status"), FieldPath(path, "status"),
                Text(std::string("a ") + ToString(s.status) + " supper needs a date",
                     std::string("un souper ") +
                         (s.status == SupperStatus::kHeld ? "tenu (held)" : "confirmé (confirmed)") +
                         " a besoin d'une date"),
                {"add date: 2026-02-19, or keep status: planned until the date is known",
                 "ajoutez date: 2026-02-19, ou gardez status: planned tant que la date n'est pas "
                 "connue"});
  }
  if (s.time && s.end_time && *s.end_time <= *s.time) {
    diags.Error(ValuePos(item, "end_time"), FieldPath(path, "end_time"),
                *s.end_time == *s.time
                    ? Text("end_time " + ToIso(*s.end_time) + " is the same as time " +
                               ToIso(*s.time),
                           "end_time " + ToIso(*s.end_time) + " est la même heure que time " +
                               ToIso(*s.time))
                    : Text("end_time " + ToIso(*s.end_time) + " is before time " + ToIso(*s.time),
                           "end_time " + ToIso(*s.end_time) + " est avant time " +
                               ToIso(*s.time)));
  }
}

}  // namespace

void ConvertSuppers(const Document& doc, const KindSchema&, Content& content, Diagnostics& diags) {
  const Node& d = doc.data;
  const LocatedString municipality = ReadSlug(d, "municipality");
  const Node* list = d.Find("suppers");
  if (!list || !list->IsSeq()) return;
  std::map<Date, int> first_line;  // date -> line of the supper that has it
  for (size_t i = 0; i < list->seq.size(); ++i) {
    const Node& item = list->seq[i];
    if (!item.IsMap()) continue;
    const std::string path = ItemPath("suppers", i);
    Supper s;
    s.pos = item.pos;
    s.schedule_file = doc.slug;
    s.municipality = municipality;
    s.date = ReadDate(item, "date");
    s.time = ReadTime(item, "time");
    s.end_time = ReadTime(item, "end_time");
    s.tentative = ReadBool(item, "tentative", false);
    s.period = ReadText(item, "period");
    s.venue = ReadText(item, "venue");
    s.address = ReadText(item, "address");
    if (std::optional<int> n = ReadInt(item, "capacity"); n && *n >= 1) s.capacity = n;
    s.registration = ReadRegistration(item.Find("registration"));
    s.theme = ReadText(item, "theme");
    s.status = StatusFrom(ReadText(item, "status")).value_or(SupperStatus::kPlanned);
    s.partners = ReadSlugList(item, "partners");
    s.notes = ReadText(item, "notes");
    CheckSupper(item, s, path, diags);
    if (s.date) {
      auto [it, inserted] = first_line.emplace(*s.date, item.pos.line);
      if (!inserted) {
        // Two suppers on one day in one municipality is a copy-paste slip, and would share an id.
        diags.Error(ValuePos(item, "date"), FieldPath(path, "date"),
                    Text("a supper on " + ToIso(*s.date) + " is already listed at line " +
                             std::to_string(it->second),
                         "un souper le " + ToIso(*s.date) + " est déjà inscrit à la ligne " +
                             std::to_string(it->second)));
        continue;
      }
      s.id = doc.slug + "-" + ToIso(*s.date);
    } else {
      s.id = doc.slug + "-" + std::to_string(i + 1);  // position in the list, from 1
    }
    content.suppers.push_back(std::move(s));
  }
}

}  // namespace maillon
