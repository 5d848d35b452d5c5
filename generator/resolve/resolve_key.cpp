// Resolve keys as strings: each piece length-prefixed, so that no two different keys collide.
#include "resolve/resolve_key.h"

namespace maillon {

namespace {

class KeyWriter {
 public:
  KeyWriter& Text(std::string_view text) {
    key_ += std::to_string(text.size());
    key_ += ':';
    key_ += text;
    return *this;
  }
  KeyWriter& Number(long long n) { return Text(std::to_string(n)); }
  KeyWriter& Pos(const SourcePos& pos) { return Text(pos.path()).Number(pos.line).Number(pos.col); }
  KeyWriter& Ref(const LocatedString& ref) { return Text(ref.value).Pos(ref.pos); }
  KeyWriter& Refs(const std::vector<LocatedString>& refs) {
    Number(static_cast<long long>(refs.size()));
    for (const LocatedString& ref : refs) Ref(ref);
    return *this;
  }
  KeyWriter& When(const DateTime& t) { return Text(ToIso(t)); }
  std::string Take() { return std::move(key_); }

 private:
  std::string key_;
};

}  // namespace

std::string ResolveKey(const Municipality& m) {
  return KeyWriter().Text(m.slug).Pos(m.pos).Text(m.name).Take();
}

std::string ResolveKey(const Organization& o) {
  return KeyWriter()
      .Text(o.slug)
      .Pos(o.pos)
      .Text(o.name)
      .Number(o.serves_all)
      .Refs(o.municipalities)
      .Refs(o.categories)
      .Take();
}

std::string ResolveKey(const Activity& a) {
  KeyWriter key;
  key.Text(a.slug).Pos(a.pos).Ref(a.organization).Ref(a.municipality).Ref(a.category);
  key.When(a.start.value).When(a.end.value);
  // The occurrences stand for the recurrence: they are what resolve and the agenda use.
  key.Number(static_cast<long long>(a.occurrences.size()));
  for (const Occurrence& o : a.occurrences) key.When(o.start).When(o.end);
  return key.Take();
}

std::string ResolveKey(const Community& c) {
  return KeyWriter().Text(c.slug).Pos(c.pos).Ref(c.municipality).Take();
}

std::string ResolveKey(const NewsItem& n) {
  return KeyWriter()
      .Text(n.slug)
      .Pos(n.pos)
      .When(n.date.value)
      .Number(n.draft)
      .Refs(n.municipalities)
      .Take();
}

std::string ResolveKey(const Page& p) {
  KeyWriter key;
  key.Text(p.slug).Pos(p.pos).Number(p.menu_weight.has_value());
  // A menu page's title is in every page's menu.
  if (p.menu_weight) key.Number(*p.menu_weight).Text(p.title);
  return key.Take();
}

std::string ResolveKey(const std::vector<const Supper*>& suppers) {
  KeyWriter key;
  key.Number(static_cast<long long>(suppers.size()));
  for (const Supper* s : suppers) {
    key.Text(s->id).Pos(s->pos).Ref(s->municipality);
    key.Text(s->date ? ToIso(*s->date) : "-").Text(s->time ? ToIso(*s->time) : "-");
    key.Text(ToString(s->status)).Refs(s->partners);
  }
  return key.Take();
}

}  // namespace maillon
