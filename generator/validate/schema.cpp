// The schema of every content kind, declared as data, and how to describe a field's values.
#include "validate/schema.h"

namespace maillon {

namespace {

using T = FieldType;

// Descriptions are Text: English, and French for French sites ({"its name", "son nom"}).
FieldSpec Opt(std::string name, FieldType type, Text description, std::string example = {}) {
  FieldSpec f;
  f.name = std::move(name);
  f.type = type;
  f.description = std::move(description.en);
  f.description_fr = std::move(description.fr);
  f.example = std::move(example);
  return f;
}

FieldSpec Req(std::string name, FieldType type, Text description, std::string example = {}) {
  FieldSpec f = Opt(std::move(name), type, std::move(description), std::move(example));
  f.required = true;
  return f;
}

FieldSpec WithMin(FieldSpec f, int min_value) {
  f.min_value = min_value;
  return f;
}

FieldSpec WithDefault(FieldSpec f, std::string value) {
  f.default_value = std::move(value);
  return f;
}

FieldSpec RefersTo(FieldSpec f, std::string folder) {
  f.refers_to = std::move(folder);
  return f;
}

FieldSpec UrlField(std::string name, Text description, UrlForm form, std::string example,
                   bool required = false) {
  FieldSpec f = Opt(std::move(name), T::kUrl, std::move(description), std::move(example));
  f.url_form = form;
  f.required = required;
  return f;
}

FieldSpec EnumField(std::string name, Text description, std::vector<std::string> values,
                    std::string default_value, bool required = false) {
  FieldSpec f = Opt(std::move(name), T::kEnum, std::move(description));
  f.enum_values = std::move(values);
  f.default_value = std::move(default_value);
  f.required = required;
  return f;
}

FieldSpec Nested(FieldSpec f, std::vector<FieldSpec> fields) {
  f.fields = std::move(fields);
  return f;
}

std::vector<FieldSpec> ContactFields() {
  return {
      Opt("name", T::kText, {"the person or office to reach", "la personne ou le bureau à joindre"},
          "Sonia Lauzon"),
      Opt("role", T::kText, {"their role", "son rôle"}, "Citoyen-maillon"),
      Opt("phone", T::kPhone,
          {"phone number, with extension if any",
           "numéro de téléphone, avec le poste s'il y a lieu"}),
      Opt("email", T::kEmail, {"e-mail address", "adresse courriel"}),
      UrlField("website", {"web site", "site Web"}, UrlForm::kAbsolute, "https://example.org/"),
      Opt("address", T::kText, {"postal address", "adresse postale"},
          "1000, rue Principale, Manseau"),
      UrlField("facebook", {"Facebook page", "page Facebook"}, UrlForm::kAbsolute,
               "https://www.facebook.com/example"),
  };
}

FieldSpec ContactField(std::string name, Text description) {
  return Nested(Opt(std::move(name), T::kObject, std::move(description),
                    "{ name: Sonia Lauzon, phone: 819-288-5533 poste 5 }"),
                ContactFields());
}

FieldSpec RegistrationField() {
  return Nested(
      Opt("registration", T::kObject, {"how to register", "comment s'inscrire"},
          "{ phone: \"819-288-5533 poste 5\" }"),
      {
          Opt("phone", T::kPhone, {"phone number to register", "téléphone pour s'inscrire"}),
          Opt("email", T::kEmail, {"e-mail address to register", "courriel pour s'inscrire"}),
          UrlField("url", {"registration form", "formulaire d'inscription en ligne"},
                   UrlForm::kAbsolute, "https://example.org/inscription"),
          Opt("note", T::kText, {"free text", "précision libre"}, "Places limitées"),
      });
}

FieldSpec DescriptionField() {
  return Opt("description", T::kMarkdown,
             {"the long text (YAML files only: a Markdown file uses its body)",
              "le texte détaillé, en Markdown (fichier .yaml seulement : un fichier .md le met "
              "sous le second ---)"});
}

// Main and accent colours, checked against what the theme writes on them (theme_colours.h).
FieldSpec ColoursField(Text description) {
  return Nested(Opt("colors", T::kObject, std::move(description),
                    "{ primary: \"#1f5f8b\", accent: \"#f2a900\" }"),
                {Opt("primary", T::kColour,
                     {"main colour: white text on it, links in it",
                      "couleur principale : texte blanc dessus, liens de cette couleur"}),
                 Opt("accent", T::kColour,
                     {"accent colour: dark text on it", "couleur d'accent : texte foncé dessus"},
                     "\"#f2a900\"")});
}

FieldSpec LogoField() {
  return UrlField(
      "logo", {"image under content/static/ or a URL", "image sous content/static/ ou adresse Web"},
      UrlForm::kFilePath, "images/logo.png");
}

// A kind with one item per file in `folder`, as YAML or Markdown; `description` holds its long
// text in YAML files.
KindSchema FolderKind(std::string kind, std::string folder, Text description) {
  KindSchema k;
  k.kind = std::move(kind);
  k.folder = std::move(folder);
  k.body_field = "description";
  k.description = std::move(description.en);
  k.description_fr = std::move(description.fr);
  return k;
}

// A top-level YAML file: content/<file_slug>.yaml.
KindSchema FileKind(std::string kind, std::string file_slug, Text description) {
  KindSchema k;
  k.kind = std::move(kind);
  k.file_slug = std::move(file_slug);
  k.allows_markdown = false;
  k.description = std::move(description.en);
  k.description_fr = std::move(description.fr);
  return k;
}

KindSchema Site() {
  KindSchema k = FileKind("site", "site", {"the portal's settings", "les réglages du portail"});
  k.fields = {
      Req("title", T::kText, {"portal name", "nom du portail"}, "Moi, je m'implique"),
      Opt("tagline", T::kText, {"one line under the title", "une ligne sous le titre"},
          "Ensemble, faisons vivre l'entraide"),
      Opt("description", T::kText,
          {"for search engines and the home page",
           "pour les moteurs de recherche et la page d'accueil"},
          "Le portail de l'implication citoyenne"),
      UrlField("base_url", {"where the site is published", "adresse où le site est publié"},
               UrlForm::kAbsolute, "https://example.org/portail/", true),
      EnumField("language",
                {"language of the site", "langue du site : fr (français) ou en (anglais)"},
                {"fr", "en"}, "fr"),
      Opt("region", T::kText, {"the region served", "la région desservie"}, "MRC de Bécancour"),
      EnumField("timezone",
                {"time zone of dates and times", "fuseau horaire des dates et des heures"},
                {"America/Toronto"}, "America/Toronto"),
      ContactField("contact", {"the portal's contact", "la personne à joindre pour le portail"}),
      Nested(Opt("navigation", T::kObjectList,
                 {"extra menu entries", "entrées de menu supplémentaires"},
                 "[{ title: Soupers citoyens, url: /soupers/ }]"),
             {Req("title", T::kText, {"menu label", "texte du menu"}, "Soupers citoyens"),
              UrlField("url", {"site path or URL", "chemin du site ou adresse Web"},
                       UrlForm::kSitePath, "/soupers/", true)}),
      WithDefault(
          Opt("theme", T::kText, {"theme folder name", "nom du dossier du thème"}, "default"),
          "default"),
      UrlField("logo",
               {"image beside the portal's name in the header",
                "image à côté du nom du portail, dans l'en-tête"},
               UrlForm::kFilePath, "images/logo.png"),
      ColoursField({"the theme's colours", "les couleurs du thème"}),
      RefersTo(Opt("publisher", T::kSlug,
                   {"organization that runs the portal", "l'organisme qui gère le portail"},
                   "cab-mrc-becancour"),
               "organizations"),
      RefersTo(
          Opt("partners", T::kSlugList,
              {"organizations shown as partners", "les organismes présentés comme partenaires"},
              "[ciusss-mcq, mrc-becancour]"),
          "organizations"),
      Nested(
          Opt("options", T::kObject, {"build options", "options de production du site"},
              "{ news_per_page: 10 }"),
          {WithDefault(
               Opt("unsafe_html", T::kBool,
                   {"keep raw HTML in Markdown", "garder le HTML brut écrit dans le Markdown"}),
               "false"),
           WithDefault(
               WithMin(Opt("news_per_page", T::kInt, {"news per page", "nouvelles par page"}, "10"),
                       1),
               "10"),
           WithDefault(
               WithMin(Opt("feed_limit", T::kInt,
                           {"newest news per feed", "nouvelles les plus récentes par fil"}, "20"),
                       1),
               "20")}),
  };
  return k;
}

KindSchema Categories() {
  KindSchema k =
      FileKind("category", "categories",
               {"categories of service and activity", "les catégories de services et d'activités"});
  k.is_list_file = true;
  k.fields = {
      Req("slug", T::kSlug, {"the category's slug", "l'identifiant de la catégorie"}, "entraide"),
      Req("name", T::kText, {"its name", "son nom"}, "Entraide"),
      Opt("description", T::kText, {"one or two sentences", "une ou deux phrases"},
          "Des voisins qui s'entraident"),
  };
  return k;
}

KindSchema Resources() {
  KindSchema k = FileKind("resource", "resources",
                          {"help lines and services", "les lignes d'aide et les services"});
  k.is_list_file = true;
  k.fields = {
      Req("name", T::kText, {"name of the service", "nom du service"}, "Info-Social 811, option 2"),
      Opt("phone", T::kPhone, {"phone number", "numéro de téléphone"}, "811"),
      Opt("description", T::kText, {"what it offers", "ce qu'il offre"},
          "Consultation psychosociale gratuite"),
      Opt("hours", T::kText, {"when it answers", "quand il répond"},
          "24 heures sur 24, 7 jours sur 7"),
      UrlField("url", {"web site", "site Web"}, UrlForm::kAbsolute, "https://988.ca/"),
      WithDefault(Opt("urgent", T::kBool,
                      {"shown in every page's footer", "affiché au bas de chaque page"}),
                  "false"),
  };
  return k;
}

KindSchema Municipalities() {
  KindSchema k =
      FolderKind("municipality", "municipalities",
                 {"a municipality and its sub-site", "une municipalité et son sous-site"});
  k.fields = {
      Req("name", T::kText, {"its name", "son nom"}, "Sainte-Cécile-de-Lévrard"),
      Opt("summary", T::kText, {"one or two sentences", "une ou deux phrases"},
          "Une municipalité de la MRC de Bécancour."),
      DescriptionField(),
      WithMin(Opt("population", T::kInt, {"number of residents", "nombre d'habitants"}, "1200"), 0),
      UrlField("website", {"the municipality's web site", "le site Web de la municipalité"},
               UrlForm::kAbsolute, "https://www.manseau.ca/"),
      Nested(Opt("contacts", T::kObjectList,
                 {"the local citoyen-maillon or organiser",
                  "le citoyen-maillon ou l'organisateur local"},
                 "[{ name: Sonia Lauzon, role: Citoyen-maillon }]"),
             ContactFields()),
      LogoField(),
      ColoursField({"colours of its sub-site", "les couleurs de son sous-site"}),
      Opt("site_name", T::kText,
          {"its sub-site's name in the header (default: its name)",
           "nom de son sous-site dans l'en-tête (par défaut : son nom)"},
          "Manseau s'implique"),
      Opt("tagline", T::kText,
          {"the line under it (default: the portal's title)",
           "la ligne sous ce nom (par défaut : le titre du portail)"},
          "Une initiative de la municipalité"),
  };
  return k;
}

KindSchema Organizations() {
  KindSchema k = FolderKind("organization", "organizations",
                            {"an organisation and its services", "un organisme et ses services"});
  k.fields = {
      Req("name", T::kText, {"its name", "son nom"},
          "Centre d'action bénévole de la MRC de Bécancour"),
      Opt("summary", T::kText, {"one line for lists", "une ligne pour les listes"},
          "Promotion de l'action bénévole"),
      RefersTo(Req("municipalities", T::kSlugListOrAll,
                   {"municipalities served, or all",
                    "les municipalités desservies, ou all pour toutes"}),
               "municipalities"),
      RefersTo(
          Opt("categories", T::kSlugList, {"categories of service", "ses catégories de services"},
              "[entraide, benevolat]"),
          "categories"),
      ContactField("contact", {"how to reach it", "comment joindre l'organisme"}),
      Opt("hours", T::kText, {"opening hours", "heures d'ouverture"},
          "Du lundi au vendredi, 8 h 30 à 16 h 30"),
      Opt("volunteering", T::kMarkdown,
          {"volunteer opportunities", "occasions de bénévolat, en Markdown"}),
      LogoField(),
      DescriptionField(),
  };
  return k;
}

KindSchema Activities() {
  KindSchema k =
      FolderKind("activity", "activities",
                 {"an activity, once or recurring", "une activité, ponctuelle ou récurrente"});
  k.fields = {
      Req("title", T::kText, {"its title", "son titre"}, "Café-rencontre des aînés"),
      Opt("summary", T::kText, {"one line for lists", "une ligne pour les listes"},
          "Jaser, jouer aux cartes, se rencontrer"),
      RefersTo(Req("organization", T::kSlug, {"who organises it", "qui l'organise"},
                   "cab-mrc-becancour"),
               "organizations"),
      RefersTo(Req("municipality", T::kSlug, {"where it happens", "où elle a lieu"}, "manseau"),
               "municipalities"),
      RefersTo(Req("category", T::kSlug, {"its category", "sa catégorie"}, "entraide"),
               "categories"),
      Req("start", T::kDateTime,
          {"first occurrence (America/Toronto)",
           "début de la première fois (heure de l'Est, America/Toronto)"},
          "2026-01-14T13:30"),
      Req("end", T::kDateTime, {"end of the first occurrence", "fin de la première fois"},
          "2026-01-14T15:30"),
      Nested(
          Opt("recurrence", T::kObject,
              {"weekly or monthly repetition", "répétition chaque semaine ou chaque mois"},
              "{ every: week, until: 2026-06-24 }"),
          {EnumField("every", {"period", "période : week (semaine) ou month (mois)"},
                     {"week", "month"}, "", true),
           WithDefault(
               WithMin(Opt("interval", T::kInt, {"every n periods", "toutes les n périodes"}, "2"),
                       1),
               "1"),
           Opt("until", T::kDate,
               {"last possible date (inclusive)",
                "dernière date possible, incluse (until ou count, pas les deux)"},
               "2026-06-24"),
           WithMin(Opt("count", T::kInt,
                       {"number of occurrences", "nombre de fois (count ou until, pas les deux)"},
                       "10"),
                   1),
           EnumField(
               "by",
               {"monthly: same day of the month, or same weekday rank",
                "chaque mois : même date (day) ou même rang du jour, comme le 2e mardi (weekday)"},
               {"day", "weekday"}, "day"),
           Opt("except", T::kDateList,
               {"dates without an occurrence", "dates où l'activité n'a pas lieu"},
               "[2026-06-24]")}),
      Opt("venue", T::kText, {"the place", "le lieu"}, "Salle municipale"),
      Opt("address", T::kText, {"its address, or À confirmer", "son adresse, ou À confirmer"},
          "À confirmer"),
      Opt("cost", T::kText, {"price", "le prix"}, "Gratuit"),
      RegistrationField(),
      Opt("accessibility", T::kText,
          {"notes for people with reduced mobility", "notes pour les personnes à mobilité réduite"},
          "Accès de plain-pied"),
      DescriptionField(),
  };
  return k;
}

KindSchema Suppers() {
  KindSchema k = FolderKind("supper", "suppers",
                            {"the citizen-supper schedule of a municipality",
                             "le calendrier des soupers citoyens d'une municipalité"});
  k.allows_markdown = false;
  k.body_field.clear();
  k.fields = {
      RefersTo(Req("municipality", T::kSlug, {"the municipality", "la municipalité"}, "manseau"),
               "municipalities"),
      Nested(
          Req("suppers", T::kObjectList,
              {"the suppers, in any order", "les soupers, dans n'importe quel ordre"},
              "[{ date: 2026-02-19, time: \"17:30\", status: planned }]"),
          {Opt("date", T::kDate,
               {"leave out when unknown", "à omettre tant qu'elle n'est pas connue"}),
           WithDefault(Opt("tentative", T::kBool,
                           {"the date is still to be confirmed", "la date reste à confirmer"}),
                       "false"),
           Opt("period", T::kText,
               {"shown when there is no date", "affichée quand il n'y a pas de date"},
               "Hiver 2027"),
           Opt("time", T::kTime, {"start time", "heure du début"}),
           Opt("end_time", T::kTime, {"end time", "heure de la fin"}, "19:30"),
           Opt("venue", T::kText, {"the place", "le lieu"}, "Salle municipale"),
           Opt("address", T::kText, {"its address", "son adresse"}, "À confirmer"),
           WithMin(Opt("capacity", T::kInt, {"number of seats", "nombre de places"}, "40"), 1),
           RegistrationField(),
           Opt("theme", T::kText, {"theme of the evening", "thème de la soirée"},
               "Briser l'isolement"),
           EnumField("status",
                     {"where it stands",
                      "où il en est : planned (prévu), confirmed (confirmé), held (tenu) ou "
                      "cancelled (annulé)"},
                     {"planned", "confirmed", "held", "cancelled"}, "planned"),
           RefersTo(Opt("partners", T::kSlugList,
                        {"partner organizations", "organismes partenaires"}, "[cab-mrc-becancour]"),
                    "organizations"),
           Opt("notes", T::kText, {"anything else", "autre précision"},
               "Apportez vos ustensiles")}),
  };
  return k;
}

KindSchema Communities() {
  KindSchema k =
      FolderKind("community", "communities", {"a sharing community", "une communauté de partage"});
  k.fields = {
      Req("name", T::kText, {"its name", "son nom"}, "Communauté de partage de Manseau"),
      RefersTo(Req("municipality", T::kSlug, {"where it meets", "où elle se réunit"}, "manseau"),
               "municipalities"),
      Opt("summary", T::kText, {"its purpose", "sa raison d'être"},
          "Partager des idées pour le village"),
      Opt("schedule", T::kText, {"when it meets", "quand elle se réunit"},
          "Le premier mardi du mois, 19 h"),
      ContactField("contact", {"who to ask", "à qui s'adresser"}),
      Opt("started", T::kDate, {"when it began", "date de ses débuts"}, "2026-03-03"),
      DescriptionField(),
  };
  return k;
}

KindSchema News() {
  KindSchema k = FolderKind("news", "news", {"a news item", "une nouvelle"});
  k.allows_yaml = false;
  k.body_field.clear();
  k.fields = {
      Req("title", T::kText, {"its title", "son titre"}, "Un premier souper citoyen à Manseau"),
      Req("date", T::kDateOrDateTime,
          {"published once this moment has come", "publiée à partir de ce moment"}, "2026-02-19"),
      Opt("author", T::kText, {"who wrote it", "qui l'a écrite"}, "Équipe du CAB"),
      Opt("summary", T::kText, {"for lists and feeds", "pour les listes et les fils de nouvelles"},
          "Plus de 40 citoyens étaient présents."),
      Nested(Opt("image", T::kObject, {"an illustration", "une illustration"},
                 "{ src: images/souper.jpg, alt: Des citoyens attablés }"),
             {UrlField("src",
                       {"image under content/static/ or a URL",
                        "image sous content/static/ ou adresse Web"},
                       UrlForm::kFilePath, "images/souper.jpg", true),
              Req("alt", T::kText,
                  {"what the image shows, for screen readers",
                   "ce que montre l'image, pour les lecteurs d'écran"},
                  "Des citoyens attablés")}),
      Opt("tags", T::kStringList, {"free keywords", "mots-clés libres"}, "[souper, bénévolat]"),
      RefersTo(
          Opt("municipalities", T::kSlugList,
              {"municipalities it concerns", "les municipalités concernées"}, "[manseau, lemieux]"),
          "municipalities"),
      WithDefault(Opt("draft", T::kBool, {"hidden unless --drafts", "cachée, sauf avec --drafts"}),
                  "false"),
  };
  return k;
}

KindSchema Pages() {
  KindSchema k = FolderKind("page", "pages", {"a free page", "une page libre"});
  k.allows_yaml = false;
  k.body_field.clear();
  k.fields = {
      Req("title", T::kText, {"its title", "son titre"}, "Devenir citoyen-maillon"),
      Opt("summary", T::kText,
          {"one line for lists and search", "une ligne pour les listes et la recherche"},
          "Le rôle du citoyen-maillon"),
      Opt("menu", T::kInt,
          {"position in the main menu (increasing order)",
           "place dans le menu principal (ordre croissant)"},
          "3"),
  };
  return k;
}

}  // namespace

const std::vector<KindSchema>& AllSchemas() {
  static const std::vector<KindSchema> schemas = {
      Site(),       Categories(), Resources(),   Municipalities(), Organizations(),
      Activities(), Suppers(),    Communities(), News(),           Pages(),
  };
  return schemas;
}

const KindSchema* SchemaFor(std::string_view kind) {
  for (const KindSchema& k : AllSchemas()) {
    if (k.kind == kind) return &k;
  }
  return nullptr;
}

const KindSchema* SchemaForDocument(std::string_view folder, std::string_view slug) {
  for (const KindSchema& k : AllSchemas()) {
    if (folder.empty() ? k.folder.empty() && k.file_slug == slug : k.folder == folder) return &k;
  }
  return nullptr;
}

const FieldSpec* FindField(const std::vector<FieldSpec>& fields, std::string_view name) {
  for (const FieldSpec& f : fields) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

const char* ToString(FieldType type) {
  switch (type) {
    case T::kText: return "text";
    case T::kMarkdown: return "markdown";
    case T::kInt: return "int";
    case T::kBool: return "bool";
    case T::kDate: return "date";
    case T::kTime: return "time";
    case T::kDateTime: return "datetime";
    case T::kDateOrDateTime: return "date-or-datetime";
    case T::kSlug: return "slug";
    case T::kSlugList: return "slug-list";
    case T::kSlugListOrAll: return "slug-list-or-all";
    case T::kStringList: return "string-list";
    case T::kDateList: return "date-list";
    case T::kUrl: return "url";
    case T::kEmail: return "email";
    case T::kPhone: return "phone";
    case T::kColour: return "colour";
    case T::kEnum: return "enum";
    case T::kObject: return "object";
    case T::kObjectList: return "object-list";
  }
  return "text";
}

std::string ExampleValue(const FieldSpec& field) {
  if (!field.example.empty()) return field.example;
  switch (field.type) {
    case T::kText: return "Texte";
    case T::kMarkdown: return "Un paragraphe en *Markdown*.";
    case T::kInt: return field.min_value ? std::to_string(*field.min_value) : "1";
    case T::kBool: return "false";
    case T::kDate: return "2026-02-19";
    case T::kTime: return "17:30";
    case T::kDateTime: return "2026-02-19T17:30";
    case T::kDateOrDateTime: return "2026-02-19";
    case T::kSlug: return "manseau";
    case T::kSlugList: return "[manseau, lemieux]";
    case T::kSlugListOrAll: return "all";
    case T::kStringList: return "[souper, bénévolat]";
    case T::kDateList: return "[2026-06-24, 2026-07-01]";
    case T::kUrl:
      return field.url_form == UrlForm::kSitePath   ? "/soupers/"
             : field.url_form == UrlForm::kFilePath ? "images/logo.png"
                                                    : "https://example.org/";
    case T::kEmail: return "info@example.org";
    case T::kPhone: return "819-288-5533 poste 5";
    case T::kColour: return "\"#1f5f8b\"";
    case T::kEnum:
      if (!field.default_value.empty()) return field.default_value;
      return field.enum_values.empty() ? "" : field.enum_values.front();
    case T::kObject:
    case T::kObjectList: {
      // "{ a: …, b: … }" from the first fields, when the schema gives no example.
      std::string out = "{ ";
      for (size_t i = 0; i < field.fields.size() && i < 2; ++i) {
        out += (i ? ", " : "") + field.fields[i].name + ": " + ExampleValue(field.fields[i]);
      }
      out += " }";
      return field.type == T::kObject ? out : "[" + out + "]";
    }
  }
  return "";
}

Text ExpectedForm(const FieldSpec& field) {
  const std::string ex = ExampleValue(field);
  switch (field.type) {
    case T::kText:
      if (field.example.empty()) return {"text", "du texte"};
      return {"text like " + ex, "du texte comme " + ex};
    case T::kMarkdown: return {"Markdown text", "du texte Markdown"};
    case T::kInt:
      if (field.min_value) {
        const std::string min = std::to_string(*field.min_value);
        return {"a whole number like " + ex + " (at least " + min + ")",
                "un nombre entier comme " + ex + " (au moins " + min + ")"};
      }
      return {"a whole number like " + ex, "un nombre entier comme " + ex};
    case T::kBool: return {"true or false", "true ou false"};
    case T::kDate: return {"a date like " + ex, "une date comme " + ex};
    case T::kTime: return {"a time like " + ex + " (24 h)", "une heure comme " + ex + " (sur 24 h)"};
    case T::kDateTime:
      return {"a date and time like " + ex, "une date et une heure comme " + ex};
    case T::kDateOrDateTime:
      return {"a date like 2026-02-19 or a date and time like 2026-02-19T09:00",
              "une date comme 2026-02-19 ou une date et une heure comme 2026-02-19T09:00"};
    case T::kSlug:
      return {"a slug (lowercase letters, digits and hyphens) like " + ex,
              "un identifiant (lettres minuscules, chiffres et traits d'union) comme " + ex};
    case T::kSlugList:
      return {"a list of slugs like " + ex, "une liste d'identifiants comme " + ex};
    case T::kSlugListOrAll:
      return {"all or a list of slugs like [manseau, lemieux]",
              "all ou une liste d'identifiants comme [manseau, lemieux]"};
    case T::kStringList: return {"a list like " + ex, "une liste comme " + ex};
    case T::kDateList: return {"a list of dates like " + ex, "une liste de dates comme " + ex};
    case T::kUrl:
      if (field.url_form == UrlForm::kSitePath) {
        return {"a site path like " + ex + " or a URL like https://example.org/",
                "un chemin du site comme " + ex + " ou une adresse web comme https://example.org/"};
      }
      if (field.url_form == UrlForm::kFilePath) {
        return {"a file under content/static/ like " + ex + " or a URL like https://example.org/" + ex,
                "un fichier de content/static/ comme " + ex +
                    " ou une adresse web comme https://example.org/" + ex};
      }
      return {"a URL like " + ex, "une adresse web comme " + ex};
    case T::kEmail: return {"an e-mail address like " + ex, "une adresse courriel comme " + ex};
    case T::kPhone: return {"a phone number like " + ex, "un numéro de téléphone comme " + ex};
    case T::kColour: return {"a colour like " + ex, "une couleur comme " + ex};
    case T::kEnum: {
      std::string values;
      for (size_t i = 0; i < field.enum_values.size(); ++i) {
        values += (i ? ", " : "") + field.enum_values[i];
      }
      return {"one of " + values, "l'une des valeurs " + values};
    }
    case T::kObject: return {"a mapping like " + ex, "des champs comme " + ex};
    case T::kObjectList: return {"a list of mappings like " + ex, "une liste de groupes de champs comme " + ex};
  }
  return {"a value", "une valeur"};
}

}  // namespace maillon
