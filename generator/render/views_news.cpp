// News: the paginated list (newest first) and one page per article.
#include <algorithm>

#include "render/read_tracker.h"
#include "render/routes.h"
#include "render/views_common.h"

namespace maillon {

namespace {

ViewValue HeadLink(const char* rel, std::string href) {
  ViewValue link;
  link["rel"] = rel;
  link["href"] = std::move(href);
  return link;
}

}  // namespace

ViewValue NewsListPage(const ViewContext& ctx, const PageEnv& env, int page_number, int pages) {
  return NewsListPage(ctx, env, page_number, pages, ctx.site.news);
}

ViewValue NewsListPage(const ViewContext& ctx, const PageEnv& env, int page_number, int pages,
                       const std::vector<const NewsItem*>& news) {
  const I18nTexts& t = ctx.texts;
  const std::string page_text = std::to_string(page_number);
  const std::string title =
      page_number <= 1 ? t.Get("news_title") : t.Format("news_title_page", {{"n", page_text}});
  std::vector<Crumb> parents;
  if (page_number > 1) parents.push_back({t.Get("news_title"), NewsListUrl(1)});
  ViewValue page = PageFrame(ctx, env, title, t.Get("news_intro"), parents);

  const size_t per_page = size_t(std::max(1, ctx.site.content->site.options.news_per_page));
  const size_t first = std::min(news.size(), size_t(page_number - 1) * per_page);
  const size_t last = std::min(news.size(), first + per_page);
  ViewValue items = ViewValue::List();
  for (size_t i = first; i < last; ++i) items.Push(NewsCard(ctx, env, *news[i]));
  page["news"] = std::move(items);
  page["top_level_cards"] = true;

  if (pages <= 1) {
    page["pagination"] = false;
    return page;
  }
  // "prev" is the newer page (the list is newest first), as rel=prev means in a series.
  ViewValue pagination;
  ViewValue head_links = ViewValue::List();
  if (page_number > 1) {
    const std::string href = Href(env, NewsListUrl(page_number - 1));
    pagination["prev_url"] = href;
    head_links.Push(HeadLink("prev", href));
  } else {
    pagination["prev_url"] = false;
  }
  if (page_number < pages) {
    const std::string href = Href(env, NewsListUrl(page_number + 1));
    pagination["next_url"] = href;
    head_links.Push(HeadLink("next", href));
  } else {
    pagination["next_url"] = false;
  }
  pagination["status"] = t.Format("page_of", {{"n", page_text}, {"total", std::to_string(pages)}});
  page["pagination"] = std::move(pagination);
  page["head_links"] = std::move(head_links);
  return page;
}

ViewValue NewsPage(const ViewContext& ctx, const PageEnv& env, const NewsItem& n) {
  NoteRead(n.pos);
  const std::vector<Crumb> parents = {{ctx.texts.Get("news_title"), NewsListUrl(1)}};
  ViewValue page = PageFrame(ctx, env, Prose(ctx, n.title), n.summary, parents);
  ViewValue card = NewsCard(ctx, env, n);
  for (const auto& [key, value] : card.fields()) {
    if (key != "url") page[key] = value;
  }
  page["body_html"] = BodyHtml(ctx, env, n.body.text);
  ViewValue tags = ViewValue::List();
  for (const std::string& tag : n.tags) tags.Push(ViewValue(Prose(ctx, tag)));
  page["tags"] = std::move(tags);
  ViewValue municipalities = ViewValue::List();
  for (const LocatedString& slug : n.municipalities) {
    ViewValue link = MunicipalityLink(ctx, env, slug.value);
    if (link.kind() == ViewValue::Kind::kObject) municipalities.Push(std::move(link));
  }
  page["municipalities"] = std::move(municipalities);
  page["news_url"] = Href(env, NewsListUrl(1));
  page["og_type"] = "article";
  const std::string image_url = n.image ? PublicStaticUrl(ctx, n.image->src) : "";
  if (!image_url.empty()) {
    ViewValue og_image;
    og_image["url"] = image_url;
    og_image["alt"] = Prose(ctx, n.image->alt);
    page["og_image"] = std::move(og_image);
  }
  return page;
}

}  // namespace maillon
