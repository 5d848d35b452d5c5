// activities/ -> Activity: start and end, the recurrence and its bounds, and the occurrences.
#include <algorithm>

#include "model/recurrence.h"
#include "validate/convert.h"
#include "validate/read_values.h"

namespace maillon {

namespace {

// The recurrence as written, checking the rules that span its fields; nothing when it is
// unusable (then the activity keeps its single first occurrence).
std::optional<Recurrence> ReadRecurrence(const Node& r, const Activity& a, bool start_ok,
                                         Diagnostics& diags) {
  const std::string every = ReadText(r, "every");
  if (every != "week" && every != "month") return std::nullopt;  // reported by the checker
  Recurrence rec;
  rec.pos = r.pos;
  rec.every = every == "week" ? Frequency::kWeekly : Frequency::kMonthly;
  rec.interval = std::max(1, ReadInt(r, "interval").value_or(1));
  rec.until = ReadDate(r, "until");
  rec.count = ReadInt(r, "count");
  rec.by_weekday = ReadText(r, "by") == "weekday";
  for (const Located<Date>& d : ReadDateList(r, "except")) rec.except.push_back(d.value);

  bool ok = true;
  if (r.Find("until") && r.Find("count")) {
    // Report at whichever of the two comes second: that is the one to question.
    const MapEntry* second = nullptr;
    for (const MapEntry& e : r.map) {
      if (e.key == "until" || e.key == "count") second = &e;
    }
    diags.Error(second->key_pos, "recurrence." + second->key,
                {"recurrence has both until and count; keep one of them",
                 "la récurrence a à la fois until et count ; gardez-en un seul"});
    ok = false;
  } else if (!r.Find("until") && !r.Find("count")) {
    diags.Error(r.pos, "recurrence",
                {"recurrence needs until (a last date like 2026-06-24) or count (a number of "
                 "occurrences like 10) to bound the series",
                 "la récurrence a besoin de until (une dernière date comme 2026-06-24) ou de count "
                 "(un nombre d'occurrences comme 10) pour borner la série"});
    ok = false;
  }
  if (rec.until && start_ok && *rec.until < a.start.value.date) {
    diags.Error(ValuePos(r, "until"), "recurrence.until",
                {"until " + ToIso(*rec.until) + " is before start " + ToIso(a.start.value.date),
                 "until " + ToIso(*rec.until) + " est avant le début (start) " +
                     ToIso(a.start.value.date)});
    ok = false;
  }
  if (rec.by_weekday && rec.every == Frequency::kWeekly) {
    diags.Error(ValuePos(r, "by"), "recurrence.by",
                {"by: weekday applies to monthly recurrences (every: month)",
                 "by: weekday s'applique aux récurrences mensuelles (every: month)"},
                {"remove by, or write every: month", "enlevez by, ou écrivez every: month"});
    ok = false;
  }
  if (!ok || (!rec.until && !rec.count)) return std::nullopt;
  return rec;
}

// Warns about except dates that are not in the series: the holiday they meant to skip is
// still listed.
void CheckExceptDates(const Node& r, Activity a, Diagnostics& diags) {
  a.recurrence->except.clear();
  bool truncated = false;
  const std::vector<Occurrence> all = ExpandOccurrences(a, &truncated);
  const Node* list = r.Find("except");
  if (!list || !list->IsSeq()) return;
  for (size_t i = 0; i < list->seq.size(); ++i) {
    const Node& n = list->seq[i];
    std::optional<Date> d = n.IsScalar() ? ParseDate(n.scalar) : std::nullopt;
    if (!d || (truncated && !all.empty() && *d > all.back().start.date)) continue;
    const bool listed = std::any_of(all.begin(), all.end(),
                                    [&](const Occurrence& o) { return o.start.date == *d; });
    if (!listed) {
      diags.Warning(n.pos, "recurrence.except[" + std::to_string(i) + "]",
                    {"except " + ToIso(*d) + " is not a date of the series; nothing is skipped",
                     "except " + ToIso(*d) +
                         " n'est pas une date de la série ; rien n'est retiré"});
    }
  }
}

}  // namespace

void ConvertActivity(const Document& doc, const KindSchema& schema, Content& content,
                     Diagnostics& diags) {
  const Node& d = doc.data;
  Activity a;
  a.slug = doc.slug;
  a.pos = doc.pos;
  a.title = ReadText(d, "title");
  a.summary = ReadText(d, "summary");
  a.body = ReadBody(doc, schema);
  a.organization = ReadSlug(d, "organization");
  a.municipality = ReadSlug(d, "municipality");
  a.category = ReadSlug(d, "category");
  const std::optional<Located<DateTime>> start = ReadDateTime(d, "start");
  const std::optional<Located<DateTime>> end = ReadDateTime(d, "end");
  if (start) a.start = *start;
  if (end) a.end = *end;
  bool times_ok = start && end;
  if (times_ok && a.end.value <= a.start.value) {
    diags.Error(
        a.end.pos, "end",
        a.end.value == a.start.value
            ? Text("end " + ToIso(a.end.value) + " is the same as start " + ToIso(a.start.value),
                   "la fin (end) " + ToIso(a.end.value) + " est la même que le début (start) " +
                       ToIso(a.start.value))
            : Text("end " + ToIso(a.end.value) + " is before start " + ToIso(a.start.value),
                   "la fin (end) " + ToIso(a.end.value) + " est avant le début (start) " +
                       ToIso(a.start.value)));
    times_ok = false;
  }
  if (const Node* r = d.Find("recurrence"); r && r->IsMap()) {
    a.recurrence = ReadRecurrence(*r, a, start.has_value(), diags);
    if (a.recurrence && times_ok) CheckExceptDates(*r, a, diags);
  }
  a.venue = ReadText(d, "venue");
  a.address = ReadText(d, "address");
  a.cost = ReadText(d, "cost");
  a.registration = ReadRegistration(d.Find("registration"));
  a.accessibility = ReadText(d, "accessibility");
  if (times_ok) {
    bool truncated = false;
    a.occurrences = ExpandOccurrences(a, &truncated);
    if (truncated) {
      diags.Warning(a.recurrence->pos, "recurrence",
                    Text("the series has more than " + std::to_string(kMaxOccurrences) +
                             " occurrences; only the first " + std::to_string(kMaxOccurrences) +
                             " are listed",
                         "la série a plus de " + std::to_string(kMaxOccurrences) +
                             " occurrences ; seules les " + std::to_string(kMaxOccurrences) +
                             " premières sont affichées"),
                    {"check until or count", "vérifiez until ou count"});
    }
  }
  content.activities.push_back(std::move(a));
}

}  // namespace maillon
