// iCalendar output: TEXT escaping, folding at 75 octets, CRLF, the time zone, stable UIDs,
// Toronto offsets in winter and summer, supper statuses and the files beside the pages.
#include "render/output_calendar.h"

#include <doctest/doctest.h>

#include <vector>

#include "output_fixture.h"

using namespace maillon;
using namespace maillon::output_test;

namespace {

// The physical lines of a calendar (without their CRLF); fails on a bare CR or LF.
std::vector<std::string> PhysicalLines(const std::string& ics) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t at = ics.find("\r\n"); at != std::string::npos; at = ics.find("\r\n", start)) {
    lines.push_back(ics.substr(start, at - start));
    start = at + 2;
  }
  CHECK_MESSAGE(start == ics.size(), "the file does not end with CRLF");
  for (const std::string& line : lines) {
    CHECK_MESSAGE(line.find_first_of("\r\n") == std::string::npos, "bare CR or LF: " << line);
  }
  return lines;
}

std::string Unfold(const std::string& ics) {
  std::string out;
  for (size_t i = 0; i < ics.size(); ++i) {
    if (ics.compare(i, 3, "\r\n ") == 0) {
      i += 2;
      continue;
    }
    out += ics[i];
  }
  return out;
}

bool ValidUtf8(const std::string& s) {
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const size_t n = c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xc0) != 0x80) return false;
    }
    i += n;
  }
  return true;
}

// The unfolded VEVENT whose UID is `uid`, or "".
std::string Event(const std::string& ics, const std::string& uid) {
  const std::string text = Unfold(ics);
  const size_t at = text.find("UID:" + uid + "\r\n");
  if (at == std::string::npos) return "";
  const size_t begin = text.rfind("BEGIN:VEVENT", at);
  return text.substr(begin, text.find("END:VEVENT", at) - begin);
}

// `ics` without its DTSTAMP lines, which follow the build's "now".
std::string WithoutStamps(const std::string& ics) {
  std::string out;
  size_t start = 0;
  while (start < ics.size()) {
    size_t end = ics.find("\r\n", start);
    end = end == std::string::npos ? ics.size() : end + 2;
    if (ics.compare(start, 8, "DTSTAMP:") != 0) out += ics.substr(start, end - start);
    start = end;
  }
  return out;
}

}  // namespace

TEST_CASE("TEXT values escape backslash, semicolon, comma and line breaks") {
  CHECK(EscapeIcsText("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne");
  CHECK(EscapeIcsText("ligne\r\nsuivante\x01") == "ligne\\nsuivante");
  CHECK(EscapeIcsText("tab\tÉté") == "tab\tÉté");
}

TEST_CASE("lines fold at 75 octets without splitting a UTF-8 sequence") {
  const std::string ascii(200, 'a');
  const std::string folded = FoldIcsLine(ascii);
  const std::vector<std::string> lines = PhysicalLines(folded);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].size() == 75);
  CHECK(lines[1] == " " + std::string(74, 'a'));
  CHECK(Unfold(folded) == ascii + "\r\n");
  CHECK(FoldIcsLine("court") == "court\r\n");
  CHECK(FoldIcsLine(std::string(75, 'x')) == std::string(75, 'x') + "\r\n");

  // Two-, three- and four-byte characters at every offset against the fold.
  for (const std::string unit : {"é", "€", "😀"}) {
    for (size_t prefix = 0; prefix < 4; ++prefix) {
      std::string line = "DESCRIPTION:" + std::string(prefix, 'x');
      for (int i = 0; i < 60; ++i) line += unit;
      const std::string out = FoldIcsLine(line);
      for (const std::string& physical : PhysicalLines(out)) {
        CHECK(physical.size() <= 75);
        CHECK_MESSAGE(ValidUtf8(physical), "split sequence in: " << physical);
      }
      CHECK(Unfold(out) == line + "\r\n");
    }
  }
}

TEST_CASE("the portal calendar is RFC 5545 with the Toronto time zone") {
  const ResolvedSite site = OutputSite();
  const RenderedSite out = RenderAll(site);
  const OutputFile& file = out.files.at("calendrier.ics");
  CHECK(file.content_type == "text/calendar; charset=utf-8");
  const std::string& ics = file.bytes;
  for (const std::string& line : PhysicalLines(ics)) {
    CHECK_MESSAGE(line.size() <= 75, line);
    CHECK(ValidUtf8(line));
  }
  CHECK(ics.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0) == 0);
  CHECK(Has(ics, "\r\nPRODID:-//Maillon//Moi je m'implique//FR\r\n"));
  CHECK(Has(ics, "\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n"));
  CHECK(Has(ics, "\r\nX-WR-CALNAME:Moi\\, je m’implique\r\n"));
  CHECK(Has(ics, "\r\nX-WR-TIMEZONE:America/Toronto\r\n"));
  CHECK(Has(ics, "BEGIN:VTIMEZONE\r\nTZID:America/Toronto\r\n"));
  CHECK(Has(ics, "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n"));
  CHECK(Has(ics, "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\n"));
  CHECK(ics.ends_with("END:VCALENDAR\r\n"));

  // Winter: UTC-5. The UID names the occurrence; the host comes from the base URL.
  const std::string winter = Event(ics, "activite-cafe-20270113T133000@example.org");
  REQUIRE(!winter.empty());
  CHECK(Has(winter, "DTSTART;TZID=America/Toronto:20270113T133000\r\n"));
  CHECK(Has(winter, "DTEND;TZID=America/Toronto:20270113T153000\r\n"));
  CHECK(Has(winter, "DTSTAMP:20261125T140000Z\r\n"));  // the build's now, 09:00 EST, in UTC
  // French typography as on the page (non-breaking spaces inside guillemets), then escaping.
  CHECK(Has(winter,
            "SUMMARY:Café-rencontre\\; jasette\\, cartes \\\\ et «\u00a0plaisir\u00a0»\r\n"));
  CHECK(Has(winter, "DESCRIPTION:Un après-midi pour jaser.\\nDeuxième ligne.\\n"));
  CHECK(Has(winter, "LOCATION:Salle municipale\\, 12\\, rue Principale\\, Manseau\r\n"));
  CHECK(Has(winter, "URL:https://Example.org:8443/portail/activites/cafe/\r\n"));
  CHECK(Has(winter, "STATUS:CONFIRMED\r\n"));
  CHECK(Has(winter, "CATEGORIES:Entraide\r\n"));
  // Summer (after 2027-03-14): UTC-4, same wall-clock time.
  const std::string summer = Event(ics, "activite-cafe-20270317T133000@example.org");
  REQUIRE(!summer.empty());
  CHECK(Has(summer, "DTSTART;TZID=America/Toronto:20270317T133000\r\n"));

  // Suppers: tentative, all-day without a time, two hours without an end, cancelled.
  const std::string tentative = Event(ics, "souper-manseau-2027-03-11@example.org");
  CHECK(Has(tentative, "STATUS:TENTATIVE\r\n"));
  CHECK(Has(tentative, "DTEND;TZID=America/Toronto:20270311T200000\r\n"));
  CHECK(Has(tentative, "SUMMARY:Souper citoyen à Manseau\r\n"));
  CHECK(Has(tentative, "Date à confirmer."));
  const std::string untimed = Event(ics, "souper-manseau-2027-05-06@example.org");
  CHECK(Has(untimed, "DTSTART;VALUE=DATE:20270506\r\n"));
  CHECK(Has(untimed, "DTEND;VALUE=DATE:20270507\r\n"));
  CHECK(Has(untimed, "Heure à confirmer."));
  CHECK(Has(untimed, "STATUS:CONFIRMED\r\n"));
  const std::string open_end = Event(ics, "souper-manseau-2027-06-10@example.org");
  CHECK(Has(open_end, "DTEND;TZID=America/Toronto:20270610T200000\r\n"));
  const std::string cancelled = Event(ics, "souper-manseau-2027-02-04@example.org");
  CHECK(Has(cancelled, "STATUS:CANCELLED\r\n"));
  CHECK(Has(cancelled, "SUMMARY:Annulé\u00a0: Souper citoyen à Manseau\r\n"));
  // Undated and past suppers and past activities are not upcoming.
  CHECK_FALSE(Has(ics, "souper-manseau-5@"));
  CHECK_FALSE(Has(ics, "souper-manseau-2026-05-01@"));
  CHECK_FALSE(Has(ics, "activite-forum-"));
  // Events come in order of start.
  CHECK(ics.find("activite-cafe-20270113T133000") < ics.find("souper-manseau-2027-02-04"));
}

TEST_CASE("each municipality, supper and activity has its own calendar") {
  const ResolvedSite site = OutputSite();
  const RenderedSite out = RenderAll(site);
  const std::string& manseau = Bytes(out, "municipalites/manseau/calendrier.ics");
  CHECK(Has(manseau, "X-WR-CALNAME:Moi\\, je m’implique — Manseau\r\n"));
  CHECK(Has(manseau, "UID:souper-manseau-2027-03-11@example.org"));
  CHECK(Has(manseau, "UID:activite-cafe-20270113T133000@example.org"));
  const std::string& lemieux = Bytes(out, "municipalites/lemieux/calendrier.ics");
  CHECK(Has(lemieux, "BEGIN:VTIMEZONE"));
  CHECK_FALSE(Has(lemieux, "BEGIN:VEVENT"));  // the forum is over

  const std::string& supper = Bytes(out, "soupers/manseau-2027-03-11/calendrier.ics");
  size_t events = 0;
  for (size_t at = supper.find("BEGIN:VEVENT"); at != std::string::npos;
       at = supper.find("BEGIN:VEVENT", at + 1)) {
    ++events;
  }
  CHECK(events == 1);
  CHECK(out.files.count("soupers/manseau-2026-05-01/calendrier.ics") == 1);
  CHECK(out.files.count("soupers/manseau-5/calendrier.ics") == 0);  // no date, no event
  // A past activity keeps its occurrences in its own file.
  const std::string& forum = Bytes(out, "activites/forum/calendrier.ics");
  CHECK(Has(forum, "UID:activite-forum-20251004T090000@example.org"));
  CHECK(out.files.at("activites/forum/calendrier.ics").source.path() ==
        site.activities.at("forum")->pos.path());
}

TEST_CASE("UIDs are stable across builds; bytes do not depend on the number of jobs") {
  const ResolvedSite early = OutputSite();
  const ResolvedSite later = OutputSite({{2027, 2, 1}, {9, 0}});
  const RenderedSite a = RenderAll(early);
  const RenderedSite b = RenderAll(early, 4);
  const RenderedSite c = RenderAll(later);
  for (const auto& [path, file] : a.files) {
    if (path.ends_with(".ics")) CHECK_MESSAGE(file.bytes == b.files.at(path).bytes, path);
  }
  // The same occurrence in a later build: the same event, but for the stamp of the build.
  const std::string uid = "activite-cafe-20270317T133000@example.org";
  const std::string before = Event(a.files.at("calendrier.ics").bytes, uid);
  const std::string after = Event(c.files.at("calendrier.ics").bytes, uid);
  CHECK(Has(before, "DTSTAMP:20261125T140000Z\r\n"));
  CHECK(Has(after, "DTSTAMP:20270201T140000Z\r\n"));
  CHECK(WithoutStamps(before) == WithoutStamps(after));
  CHECK(WithoutStamps(a.files.at("activites/cafe/calendrier.ics").bytes) ==
        WithoutStamps(c.files.at("activites/cafe/calendrier.ics").bytes));
  CHECK_FALSE(Has(c.files.at("calendrier.ics").bytes, "activite-cafe-20270113T133000"));
}
