#!/usr/bin/env node
// Writes a larger content folder for the browser tests and validators, following docs/CONTENT.md:
// 30 municipalities, 100 organisations, 60 activities (every recurrence form), suppers in every
// municipality (every status), 20 communities, 44 news (40 published, 2 drafts, 2 scheduled),
// 5 free pages, images. Deterministic: the same folder every run (seeded generator, fixed "now"
// of the tests: 2026-11-25T09:00).
//
//   node tests/browser/make-large-fixture.mjs OUT_DIR     (writes OUT_DIR/content/...)
//
// The fixed organisation "Société d'entraide Éloïse-Bérubé" (slug societe-entraide-eloise-berube)
// is what the search test looks for with an unaccented query.
import { mkdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// mulberry32: a small seeded generator, so the fixture never changes between runs.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const LARGE_FIXTURE = {
  searchOrganization: { slug: 'societe-entraide-eloise-berube', query: 'societe entraide eloise berube' },
};

export function slugify(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae')
    .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

const q = (s) => JSON.stringify(s); // a JSON string is a valid YAML double-quoted scalar
const pad = (n) => String(n).padStart(2, '0');
const ymd = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const hm = (h, m) => `${pad(h)}:${pad(m)}`;
const addDays = (d, n) => new Date(d.getTime() + n * 86400000);

export function generate(outDir) {
  const r = rng(20261125);
  const pick = (arr) => arr[Math.floor(r() * arr.length)];
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const sample = (arr, n) => {
    const copy = [...arr];
    const out = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(r() * copy.length), 1)[0]);
    return out;
  };

  const content = join(outDir, 'content');
  if (existsSync(content)) rmSync(content, { recursive: true, force: true });
  const write = (rel, text) => {
    const path = join(content, rel);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text.endsWith('\n') ? text : text + '\n');
  };
  const yamlContact = (c, indent) => Object.entries(c)
    .map(([k, v]) => `${indent}${k}: ${q(v)}`).join('\n');
  const frontMatter = (lines, body) => `---\n${lines.filter((l) => l !== null).join('\n')}\n---\n${body}\n`;

  // ---- static files: a coat of arms and news illustrations (SVG, text only).
  const svg = (label, colour) => `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180" viewBox="0 0 320 180">
<rect width="320" height="180" fill="${colour}"/><text x="160" y="98" font-size="24" text-anchor="middle" fill="#fff" font-family="sans-serif">${label}</text></svg>`;
  write('static/images/blason.svg', svg('Blason', '#1f5f8b'));
  for (let i = 1; i <= 4; i++) write(`static/images/nouvelle-${i}.svg`, svg(`Illustration ${i}`, ['#2d6a4f', '#7b2cbf', '#9c2f2f', '#33415c'][i - 1]));

  // ---- categories and resources.
  const categories = [
    ['entraide', 'Entraide', 'Des voisins qui se donnent un coup de main.'],
    ['benevolat', 'Bénévolat', 'Donner de son temps dans un organisme ou un comité.'],
    ['sante-mentale', 'Santé mentale et mieux-être', 'Reconnaître la détresse et orienter vers l’aide.'],
    ['alimentation', 'Alimentation', 'Repas partagés, cuisines collectives et dépannage alimentaire.'],
    ['aines', 'Aînés', 'Activités et services pour les personnes aînées et leurs proches.'],
    ['loisirs', 'Loisirs et vie communautaire', 'Loisirs, sport, culture et fêtes de village.'],
    ['formation', 'Formation et accompagnement', 'Ateliers et formations pour citoyens et comités.'],
    ['participation-citoyenne', 'Participation citoyenne', 'Prendre part aux décisions de son milieu.'],
    ['jeunesse', 'Jeunesse et famille', 'Maisons des jeunes, haltes-garderies et soutien aux parents.'],
    ['transport', 'Transport et mobilité', 'Transport collectif, accompagnement médical et covoiturage.'],
  ];
  write('categories.yaml', '# Catégories du grand jeu d’essai\n' + categories.map(([slug, name, description]) =>
    `- slug: ${slug}\n  name: ${q(name)}\n  description: ${q(description)}`).join('\n'));
  const catSlugs = categories.map((c) => c[0]);

  write('resources.yaml', [
    ['Urgence 911', '911', 'Police, ambulance, pompiers.', '24 heures sur 24, 7 jours sur 7', null, true],
    ['9-8-8 : Ligne d’aide en cas de crise de suicide', '9-8-8', 'Appelez ou textez le 9-8-8.', '24 heures sur 24', 'https://988.ca/', true],
    ['Info-Social 811, option 2', '811, option 2', 'Consultation psychosociale gratuite et confidentielle.', '24 heures sur 24', null, true],
    ['Info-Santé 811, option 1', '811, option 1', 'Une infirmière répond à vos questions de santé.', '24 heures sur 24', null, false],
    ['211 — Information et référence', '211', 'Vous oriente vers les ressources communautaires.', '7 jours sur 7', 'https://www.211qc.ca/', false],
    ['Tel-Aînés', '1 877 353-2460', 'Écoute et référence pour les personnes aînées.', 'De 10 h à 22 h', null, false],
  ].map(([name, phone, description, hours, url, urgent]) => [
    `- name: ${q(name)}`, `  phone: ${q(phone)}`, `  description: ${q(description)}`, `  hours: ${q(hours)}`,
    url ? `  url: ${url}` : null, `  urgent: ${urgent}`].filter(Boolean).join('\n')).join('\n'));

  // ---- 30 municipalities.
  const firstParts = ['Saint-Éloi', 'Sainte-Hélène', 'Saint-Édouard', 'Notre-Dame', 'Saint-Zéphirin', 'Sainte-Anne',
    'Saint-Célestin', 'Saint-Léonard', 'Sainte-Brigitte', 'Saint-Wenceslas', 'Sainte-Eulalie', 'Saint-Rémi',
    'Saint-Aimé', 'Sainte-Perpétue', 'Saint-Bonaventure', 'Sainte-Clotilde', 'Saint-Joachim', 'Saint-Ours',
    'Sainte-Séraphine', 'Saint-Germain', 'Saint-Cyrille', 'Sainte-Monique', 'Saint-Léon', 'Sainte-Geneviève',
    'Saint-Médard', 'Sainte-Élisabeth', 'Saint-Norbert', 'Sainte-Victoire', 'Saint-Hyacinthe-le-Confesseur', 'Lac-à-la-Tortue'];
  const suffixes = ['', '-des-Érables', '-de-la-Rivière', '-du-Lac', '-de-Lévrard', '-des-Bois'];
  const municipalities = firstParts.map((p, i) => {
    const name = i % 4 === 0 || p.startsWith('Lac') ? p : p + suffixes[i % suffixes.length];
    return { name, slug: slugify(name), population: 300 + ((i * 7919) % 9000) };
  });
  municipalities.forEach((m, i) => {
    const summary = `Municipalité de ${m.population.toLocaleString('fr-CA')} habitants, au cœur du territoire d’essai.`;
    const contacts = i % 3 === 0
      ? ['contacts:', '  - role: "Citoyen-maillon"', `    name: ${q(pick(['Marie Bérubé', 'Jean-François Côté', 'Élise Gagné', 'Réjean Lévesque']))}`,
        `    phone: "819-555-${String(1000 + i).padStart(4, '0')}"`, `    email: "maillon.${m.slug}@example.org"`]
      : [];
    const colours = i % 5 === 0 ? ['colors:', '  primary: "#1f5f8b"', '  accent: "#f2a900"'] : [];
    const body = `À ${m.name}, les citoyens se rencontrent pour **échanger** sur les besoins de leur milieu.\n\n` +
      `## Vivre à ${m.name}\n\n- une bibliothèque municipale;\n- un comité des loisirs;\n- des bénévoles « engagés ».\n\n` +
      `Pour en savoir plus, écrivez à [l’équipe du portail](mailto:info@example.org).`;
    if (i % 2 === 0) {
      write(`municipalities/${m.slug}.md`, frontMatter([
        `name: ${q(m.name)}`, `summary: ${q(summary)}`, `population: ${m.population}`,
        i % 4 === 0 ? `website: https://${m.slug}.example.org/` : null,
        i % 10 === 0 ? 'logo: images/blason.svg' : null, ...contacts, ...colours], body));
    } else {
      write(`municipalities/${m.slug}.yaml`, [`name: ${q(m.name)}`, `summary: ${q(summary)}`, `population: ${m.population}`,
        ...contacts, ...colours, 'description: |', ...body.split('\n').map((l) => (l ? '  ' + l : ''))].join('\n'));
    }
  });
  const munSlugs = municipalities.map((m) => m.slug);

  // ---- 100 organisations (one fixed, for the search test).
  const kinds = ['Comptoir alimentaire', 'Club de l’âge d’or', 'Maison des jeunes', 'Comité des loisirs', 'Cuisine collective',
    'Popote roulante', 'Centre de femmes', 'Fabrique', 'Corporation de développement', 'Association des proches aidants',
    'Chevaliers de Colomb', 'Cercle de fermières', 'Bibliothèque', 'Service d’entraide', 'Coopérative de solidarité'];
  const organizations = [{ name: 'Société d’entraide Éloïse-Bérubé', slug: 'societe-entraide-eloise-berube', fixed: true }];
  const seen = new Set(organizations.map((o) => o.slug));
  for (let i = 0; organizations.length < 100; i++) {
    const m = municipalities[i % municipalities.length];
    const kind = kinds[(i * 7) % kinds.length];
    const name = i >= 60 ? `${kind} ${pick(['régional', 'du secteur Est', 'du secteur Ouest', 'Centre-du-Québec'])} no ${i}` : `${kind} de ${m.name}`;
    const slug = slugify(name);
    if (seen.has(slug)) continue;
    seen.add(slug);
    organizations.push({ name, slug, home: m.slug });
  }
  organizations.forEach((o, i) => {
    const served = o.fixed || i % 9 === 0 ? 'municipalities: all'
      : `municipalities: [${[o.home ?? pick(munSlugs), ...sample(munSlugs, int(0, 2))].filter((v, k, a) => a.indexOf(v) === k).join(', ')}]`;
    const cats = o.fixed ? ['entraide', 'aines'] : sample(catSlugs, int(1, 3));
    const contact = { name: pick(['Lucie Thériault', 'Normand Bélanger', 'Ginette Ouellet', 'André Pépin', 'Sylvie Châteauneuf']),
      role: pick(['Coordination', 'Présidence', 'Direction générale', 'Bénévole responsable']),
      phone: `819-555-${String(2000 + i).padStart(4, '0')}`, email: `info.${o.slug.slice(0, 20)}@example.org` };
    if (i % 3 === 0) contact.website = `https://www.example.org/${o.slug}/`;
    if (i % 4 === 0) contact.address = `${int(1, 999)}, rue Principale, ${pick(municipalities).name}`;
    if (i % 6 === 0) contact.facebook = `https://www.facebook.com/example${i}`;
    const summary = o.fixed ? 'Entraide, visites d’amitié et accompagnement pour les aînés de toute la région.'
      : `${o.name} : services et implication bénévole dans le milieu.`;
    const volunteering = i % 2 === 0
      ? ['volunteering: |', '  Nous cherchons des bénévoles pour :', '', '  - l’accueil du mardi;', '  - la **livraison** de repas;', '  - le comité « fêtes et événements ».']
      : [];
    const body = `${o.fixed ? 'La **Société d’entraide Éloïse-Bérubé**' : `**${o.name}**`} offre des services aux citoyens.\n\n` +
      `## Nos services\n\n| Service | Quand |\n| --- | --- |\n| Accueil | Du lundi au jeudi |\n| Aide aux formulaires | Sur rendez-vous |\n\n` +
      `> Un coup de main, ça change tout.\n\nVoir aussi la page [Besoin d’aide?](/aide/).`;
    const common = [`name: ${q(o.name)}`, `summary: ${q(summary)}`, served, `categories: [${cats.join(', ')}]`,
      'contact:', yamlContact(contact, '  '), i % 2 === 1 ? `hours: ${q('Du lundi au vendredi, de 9 h à 16 h')}` : null,
      ...volunteering, i % 25 === 0 ? 'logo: images/blason.svg' : null];
    if (i % 3 === 2) {
      write(`organizations/${o.slug}.yaml`, [...common.filter((l) => l !== null), 'description: |',
        ...body.split('\n').map((l) => (l ? '  ' + l : ''))].join('\n'));
    } else {
      write(`organizations/${o.slug}.md`, frontMatter(common, body));
    }
  });
  const orgSlugs = organizations.map((o) => o.slug);

  // ---- 60 activities, from September 2026 (some in the archives) to summer 2027.
  const topics = ['Café-rencontre', 'Atelier de cuisine', 'Marche de groupe', 'Tricot-jasette', 'Conférence santé',
    'Soirée jeux de société', 'Formation premiers soins', 'Aide aux impôts', 'Dîner communautaire', 'Club de lecture',
    'Yoga doux', 'Atelier numérique', 'Jardin collectif', 'Ciné-club', 'Chorale'];
  const base = Date.UTC(2026, 8, 1); // 2026-09-01
  const usedActivity = new Set();
  for (let i = 0; i < 60; i++) {
    const m = municipalities[(i * 11 + Math.floor(i / 30)) % municipalities.length];
    const title = `${topics[i % topics.length]} à ${m.name}`;
    let slug = slugify(title);
    if (usedActivity.has(slug)) slug = `${slug}-${i}`;
    usedActivity.add(slug);
    const day = addDays(new Date(base), int(0, 330));
    const h = pick([9, 10, 13, 13, 18, 19]);
    const mi = pick([0, 30]);
    const durMin = pick([60, 90, 120, 150]);
    const endTotal = h * 60 + mi + durMin;
    const multiDay = i % 29 === 0;
    const start = `${ymd(day)}T${hm(h, mi)}`;
    const end = multiDay ? `${ymd(addDays(day, 1))}T${hm(16, 0)}` : `${ymd(day)}T${hm(Math.floor(endTotal / 60), endTotal % 60)}`;
    let recurrence = null;
    switch (i % 6) {
      case 1: recurrence = `{ every: week, until: ${ymd(addDays(day, 7 * int(4, 20)))} }`; break;
      case 2: recurrence = `{ every: week, interval: 2, count: ${int(3, 10)} }`; break;
      case 3: recurrence = `{ every: month, by: weekday, count: ${int(3, 8)} }`; break;
      case 4: recurrence = `{ every: month, until: ${ymd(addDays(day, 31 * int(2, 6)))} }`; break;
      case 5: recurrence = `{ every: week, count: 10, except: [${ymd(addDays(day, 14))}, ${ymd(addDays(day, 35))}] }`; break;
      default: recurrence = null;
    }
    if (multiDay) recurrence = null;
    const reg = i % 2 === 0
      ? ['registration:', `  phone: "819-555-${String(3000 + i).padStart(4, '0')}"`, '  email: inscription@example.org',
        i % 4 === 0 ? '  url: https://inscription.example.org/' : null, `  note: ${q('Places limitées; inscrivez-vous une semaine à l’avance.')}`]
      : [];
    const lines = [`title: ${q(title)}`, `summary: ${q(`Une activité ${pick(['gratuite', 'conviviale', 'ouverte à tous'])} à ${m.name}.`)}`,
      `organization: ${orgSlugs[(i * 13) % orgSlugs.length]}`, `municipality: ${m.slug}`, `category: ${catSlugs[i % catSlugs.length]}`,
      `start: ${start}`, `end: ${end}`, recurrence ? `recurrence: ${recurrence}` : null,
      `venue: ${q(pick(['Salle municipale', 'Sous-sol de l’église', 'Centre communautaire', 'Bibliothèque', 'À confirmer']))}`,
      `address: ${q(i % 5 === 0 ? 'À confirmer' : `${int(1, 500)}, rue de l’Église, ${m.name}`)}`,
      `cost: ${q(pick(['Gratuit', '5 $', 'Contribution volontaire', '12 $ (repas inclus)']))}`,
      ...reg, i % 3 === 0 ? `accessibility: ${q('Salle au rez-de-chaussée, accessible en fauteuil roulant.')}` : null];
    const body = `Venez participer à **${title.toLowerCase()}**. Apportez votre bonne humeur!\n\n` +
      `1. Accueil et café;\n2. activité principale;\n3. période d’échanges.\n\nRenseignements : [info@example.org](mailto:info@example.org).`;
    if (i % 4 === 3) {
      write(`activities/${slug}.yaml`, [...lines.filter((l) => l !== null), 'description: |', ...body.split('\n').map((l) => (l ? '  ' + l : ''))].join('\n'));
    } else {
      write(`activities/${slug}.md`, frontMatter(lines, body));
    }
  }

  // ---- suppers: every municipality, 1 to 3 suppers each, every status and form.
  municipalities.forEach((m, i) => {
    const n = 1 + (i % 3);
    const items = [];
    let day = addDays(new Date(Date.UTC(2026, 9, 1)), i * 9); // from 2026-10-01
    for (let k = 0; k < n; k++) {
      const form = (i + k) % 6;
      const reg = ['    registration:', '      phone: "819-555-4000"', `      note: ${q('Inscription obligatoire, places limitées.')}`];
      const partners = `    partners: [${sample(orgSlugs, int(1, 3)).join(', ')}]`;
      const theme = `    theme: ${q(pick(['S’impliquer dans sa communauté', 'Briser l’isolement', 'Nos aînés, notre richesse', 'Bâtir ensemble']))}`;
      if (form === 0) { // held, in the past
        items.push([`  - date: ${ymd(day)}`, '    time: "17:30"', '    end_time: "20:00"', '    venue: "Salle des Chevaliers"',
          `    address: ${q(`12, rue Notre-Dame, ${m.name}`)}`, '    capacity: 60', '    status: held', theme, partners]);
      } else if (form === 1) { // confirmed
        items.push([`  - date: ${ymd(day)}`, '    time: "17:00"', '    end_time: "19:30"', '    venue: "Centre communautaire"',
          `    address: ${q(`45, route Marie-Victorin, ${m.name}`)}`, '    capacity: 80', '    status: confirmed', theme, ...reg, partners]);
      } else if (form === 2) { // tentative date
        items.push([`  - date: ${ymd(day)}`, '    tentative: true', '    time: "17:30"', '    venue: "Salle municipale"',
          '    address: "À confirmer"', '    status: planned', theme, `    notes: ${q('Date et lieu à confirmer.')}`]);
      } else if (form === 3) { // period only
        items.push([`  - period: ${q(pick(['Hiver 2027', 'Printemps 2027', 'Été 2027', 'Automne 2027']))}`, '    address: "À confirmer"', '    status: planned', theme]);
      } else if (form === 4) { // cancelled
        items.push([`  - date: ${ymd(day)}`, '    time: "18:00"', '    venue: "Salle paroissiale"', '    status: cancelled',
          `    notes: ${q('Annulé en raison de la tempête; une nouvelle date sera annoncée.')}`]);
      } else { // planned with a date, no status given
        items.push([`  - date: ${ymd(day)}`, '    time: "17:30"', '    end_time: "20:30"', '    venue: "École primaire"', theme, ...reg]);
      }
      day = addDays(day, int(40, 90));
    }
    write(`suppers/${m.slug}.yaml`, `# Soupers citoyens à ${m.name}\nmunicipality: ${m.slug}\nsuppers:\n${items.map((it) => it.join('\n')).join('\n')}`);
  });

  // ---- 20 communities.
  for (let i = 0; i < 20; i++) {
    const m = municipalities[(i * 3 + Math.floor(i / 10)) % municipalities.length];
    const name = `Communauté de partage ${i % 2 ? 'des citoyens ' : ''}de ${m.name}`;
    const slug = slugify(name);
    const lines = [`name: ${q(name)}`, `municipality: ${m.slug}`, `summary: ${q(`Des citoyens de ${m.name} qui mettent sur pied des projets pour leur milieu.`)}`,
      `schedule: ${q(pick(['Le premier mardi du mois', 'Un jeudi sur deux', 'À confirmer']))}`,
      i % 2 === 0 ? `started: ${ymd(addDays(new Date(Date.UTC(2025, 0, 10)), i * 17))}` : null,
      'contact:', yamlContact({ name: 'Équipe du portail', phone: '819-555-0100', email: 'info@example.org' }, '  ')];
    const body = `La communauté de partage de ${m.name} se réunit pour **identifier les besoins** du milieu.\n\n## Projets en cours\n\n- un frigo-partage;\n- une corvée de nettoyage au printemps.`;
    if (i % 5 === 4) {
      write(`communities/${slug}.yaml`, [...lines.filter((l) => l !== null), 'description: |', ...body.split('\n').map((l) => (l ? '  ' + l : ''))].join('\n'));
    } else {
      write(`communities/${slug}.md`, frontMatter(lines, body));
    }
  }

  // ---- 44 news: 40 published (2025-12 to 2026-11-24), 2 drafts, 2 scheduled after "now".
  const newsTopics = ['Bilan du souper', 'Appel aux bénévoles', 'Nouvelle communauté de partage', 'Formation offerte',
    'Merci à nos partenaires', 'Rappel : inscriptions', 'Portrait d’une citoyenne-maillon', 'Fête des voisins'];
  for (let i = 0; i < 44; i++) {
    const m = municipalities[(i * 7) % municipalities.length];
    const title = `${newsTopics[i % newsTopics.length]} à ${m.name}`;
    const slug = `${slugify(title)}-${i + 1}`;
    const draft = i === 40 || i === 41;
    const scheduled = i === 42 || i === 43;
    const date = scheduled ? ymd(addDays(new Date(Date.UTC(2026, 11, 1)), i)) : ymd(addDays(new Date(Date.UTC(2025, 11, 1)), i * 8));
    const dateLine = i % 5 === 0 && !scheduled ? `date: ${date}T${hm(8 + (i % 10), 15)}` : `date: ${date}`;
    const lines = [`title: ${q(title)}`, dateLine, i % 3 ? `author: ${q(pick(['Équipe du portail', 'Ginette Ouellet', 'Comité des communications']))}` : null,
      `summary: ${q(`${newsTopics[i % newsTopics.length]} : des nouvelles de ${m.name}.`)}`,
      i % 4 === 0 ? ['image:', `  src: images/nouvelle-${1 + (i % 4 === 0 ? (i / 4) % 4 : 0)}.svg`, `  alt: ${q(`Affiche aux couleurs de ${m.name}`)}`].join('\n') : null,
      `tags: [${q(pick(['bénévolat', 'soupers', 'santé mentale']))}, ${q(pick(['entraide', 'communauté', 'aînés']))}]`,
      i % 2 === 0 ? `municipalities: [${m.slug}${i % 6 === 0 ? ', ' + munSlugs[(i + 1) % munSlugs.length] : ''}]` : null,
      draft ? 'draft: true' : null];
    const body = `${m.name} — ${newsTopics[i % newsTopics.length].toLowerCase()}. Merci aux **bénévoles** qui rendent tout cela possible.\n\n` +
      `## Les faits saillants\n\n- plus de ${int(20, 120)} participants;\n- ${int(2, 9)} idées de projets;\n- une « belle soirée ».\n\n` +
      (i % 3 === 0 ? '| Activité | Participants |\n| --- | ---: |\n| Souper | 48 |\n| Atelier | 12 |\n\n' : '') +
      `Consultez le [calendrier des soupers](/soupers/) ou la page de [${m.name}](/municipalites/${m.slug}/).`;
    write(`news/${slug}.md`, frontMatter(lines, body));
  }

  // ---- free pages, two of them in the menu.
  const pages = [
    ['a-propos', 'À propos du portail d’essai', 1, 'Qui publie ce portail et comment le corriger.'],
    ['accessibilite', 'Accessibilité', 2, 'Notre engagement pour un portail accessible.'],
    ['confidentialite', 'Politique de confidentialité', null, 'Les renseignements que nous conservons.'],
    ['foire-aux-questions', 'Foire aux questions', null, null],
    ['guide-des-benevoles', 'Guide des bénévoles', null, 'Tout ce qu’il faut savoir pour commencer.'],
  ];
  for (const [slug, title, menu, summary] of pages) {
    write(`pages/${slug}.md`, frontMatter([`title: ${q(title)}`, summary ? `summary: ${q(summary)}` : null, menu ? `menu: ${menu}` : null],
      `## Pourquoi cette page?\n\nCette page, **${title}**, sert aux essais.\n\n### Une sous-section\n\n` +
      `1. premier point;\n2. deuxième point.\n\n| Question | Réponse |\n| --- | --- |\n| Qui? | L’équipe |\n| Quand? | En tout temps |\n\n` +
      `Retour à l’[accueil](/) ou aux [organismes](/organismes/).`));
  }

  // ---- site.yaml (news_per_page 10: the news list has several pages).
  write('site.yaml', [
    '# Grand jeu d’essai généré par tests/browser/make-large-fixture.mjs',
    `title: ${q('Portail d’essai — grand jeu de données')}`,
    `tagline: ${q('Trente municipalités, cent organismes et beaucoup d’activités')}`,
    `description: ${q('Un portail généré pour éprouver Maillon : listes longues, récurrences, soupers de tous les statuts.')}`,
    'base_url: https://exemple.org/portail/', 'language: fr', `region: ${q('MRC d’essai')}`, 'timezone: America/Toronto',
    'contact:', yamlContact({ name: 'Équipe du portail', role: 'Coordination', phone: '819-555-0100', email: 'info@example.org' }, '  '),
    'navigation:', '  - title: "Soupers citoyens"', '    url: /soupers/', '  - title: "Activités"', '    url: /activites/',
    '  - title: "Besoin d’aide?"', '    url: /aide/', '  - title: "Bénévoles (site externe)"', '    url: https://www.jebenevole.ca/',
    `publisher: ${orgSlugs[0]}`, `partners: [${orgSlugs.slice(1, 7).join(', ')}]`,
    'options:', '  unsafe_html: false', '  news_per_page: 10'].join('\n'));
  return content;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: node make-large-fixture.mjs OUT_DIR');
    process.exit(2);
  }
  console.log(`Wrote ${generate(out)}`);
}
