#!/usr/bin/python3
"""Writes a deterministic benchmark corpus of about --pages HTML pages, three times over:

  OUT/content/      Maillon content (docs/CONTENT.md): municipalities, organisations, activities
                    with recurrences, suppers, communities, news, pages; `maillon check` finds
                    no error and no warning in it
  OUT/hugo/         the same items for the Hugo site of bench/hugo/: content/ (the same texts,
                    front matter Hugo understands, activity recurrences expanded into dates since
                    Hugo templates cannot compute them), static/ and config.toml (the corpus'
                    mounts, merged with bench/hugo/config.toml by bench/run.sh)
  OUT/markdown/     every Markdown text of the corpus (bodies, YAML descriptions, volunteering
                    blocks) as a plain .md file, for the cmark-gfm floor
  OUT/corpus.json   what was written: counts, the expected number of Maillon pages, news files

  /usr/bin/python3 bench/make-corpus.py --pages 10000 --out /tmp/corpus-10000

Standard library only. The same --pages and --seed always give the same bytes: a seeded
random.Random drives every choice, and nothing depends on dict or set order, the clock or the
locale. "Now" is fixed (2026-11-25T09:00, as in the tests): build and check with that --now.

Sizes: the number of municipalities grows with the corpus (12 at 1,000 pages, 110 at 10,000,
1,100 at 100,000, about the number of municipalities in Québec), each with 1 to 3 citizen
suppers and a community every fourth; the rest is news (half of it, with the news list pages),
organisations and activities. corpus.json gives the exact page count Maillon should report.
"""

import argparse
import datetime as dt
import json
import math
import os
import shutil
import sys
import unicodedata

NOW = dt.datetime(2026, 11, 25, 9, 0)
NEWS_PER_PAGE = 10
FEED_LIMIT = 20

# ---------------------------------------------------------------------------------------------
# Deterministic helpers

class Rng:
    """Every random choice of the corpus, from one seeded generator (only .random() is used,
    so the sequence does not depend on how a Python version implements choice or sample)."""

    def __init__(self, seed):
        import random
        self._r = random.Random(seed)

    def random(self):
        return self._r.random()

    def int(self, lo, hi):
        return lo + int(self._r.random() * (hi - lo + 1))

    def pick(self, items):
        return items[int(self._r.random() * len(items))]

    def chance(self, p):
        return self._r.random() < p

    def sample(self, items, n):
        pool = list(items)
        out = []
        while pool and len(out) < n:
            out.append(pool.pop(int(self._r.random() * len(pool))))
        return out


def slugify(text):
    text = text.replace('œ', 'oe').replace('Œ', 'oe').replace('æ', 'ae').replace('Æ', 'ae')
    text = unicodedata.normalize('NFD', text)
    text = ''.join(c for c in text if not unicodedata.combining(c)).lower()
    out = []
    dash = False
    for c in text:
        if 'a' <= c <= 'z' or '0' <= c <= '9':
            out.append(c)
            dash = False
        elif not dash and out:
            out.append('-')
            dash = True
    return ''.join(out).strip('-')


def q(text):
    """A YAML double-quoted scalar (a JSON string is one)."""
    return json.dumps(text, ensure_ascii=False)


def ymd(d):
    return d.strftime('%Y-%m-%d')


def ymdhm(t):
    return t.strftime('%Y-%m-%dT%H:%M')


def hugo_time(t):
    """Local time as Hugo's time functions parse it (seconds included); compared as text with
    the site's params.now."""
    return t.strftime('%Y-%m-%dT%H:%M:%S')


def indent_block(text, spaces=2):
    pad = ' ' * spaces
    return '\n'.join(pad + line if line else '' for line in text.split('\n'))


def front_matter(lines, body):
    return '---\n' + '\n'.join(l for l in lines if l is not None) + '\n---\n' + body.rstrip('\n') + '\n'


def fr_number(n):
    """1234 -> '1 234' (French thousands separator: a no-break space)."""
    s = str(n)
    groups = []
    while len(s) > 3:
        groups.insert(0, s[-3:])
        s = s[:-3]
    groups.insert(0, s)
    return '\u00a0'.join(groups)


# ---------------------------------------------------------------------------------------------
# Names

SAINTS = [
    'Saint-Éloi', 'Sainte-Hélène', 'Saint-Édouard', 'Notre-Dame', 'Saint-Zéphirin', 'Sainte-Anne',
    'Saint-Célestin', 'Saint-Léonard', 'Sainte-Brigitte', 'Saint-Wenceslas', 'Sainte-Eulalie',
    'Saint-Rémi', 'Saint-Aimé', 'Sainte-Perpétue', 'Saint-Bonaventure', 'Sainte-Clotilde',
    'Saint-Joachim', 'Saint-Ours', 'Sainte-Séraphine', 'Saint-Germain', 'Saint-Cyrille',
    'Sainte-Monique', 'Saint-Léon', 'Sainte-Geneviève', 'Saint-Médard', 'Sainte-Élisabeth',
    'Saint-Norbert', 'Sainte-Victoire', 'Saint-Hyacinthe', 'Saint-Pierre', 'Sainte-Françoise',
    'Saint-Sylvère', 'Sainte-Cécile', 'Sainte-Marie', 'Sainte-Sophie', 'Saint-Jacques',
    'Saint-Louis', 'Saint-Paulin', 'Sainte-Ursule', 'Saint-Élie', 'Saint-Boniface', 'Saint-Tite',
    'Sainte-Thècle', 'Saint-Adelphe', 'Saint-Prosper', 'Saint-Narcisse', 'Saint-Stanislas',
    'Saint-Maurice', 'Saint-Luc', 'Sainte-Angèle', 'Saint-Albert', 'Sainte-Clothilde',
    'Saint-Samuel', 'Saint-Valère', 'Sainte-Eugénie', 'Saint-Rosaire', 'Saint-Christophe',
    'Saint-Norbert-d’Arthabaska', 'Sainte-Hénédine', 'Saint-Ferdinand', 'Sainte-Agathe',
    'Saint-Gabriel', 'Sainte-Lucie', 'Saint-Fulgence', 'Sainte-Rose', 'Saint-Honoré',
    'Saint-Ambroise', 'Sainte-Justine', 'Saint-Anselme', 'Saint-Isidore', 'Sainte-Hedwidge',
    'Saint-Gédéon', 'Saint-Bruno', 'Sainte-Julie', 'Saint-Clément', 'Saint-Épiphane',
]
PLACE_SUFFIXES = [
    '', '-de-Lévrard', '-des-Érables', '-du-Lac', '-de-la-Rivière', '-des-Bois', '-sur-Mer',
    '-de-Blandford', '-les-Becquets', '-de-Wickham', '-du-Nord', '-de-Kamouraska', '-des-Monts',
    '-de-Bellechasse',
]
PLAIN_PLACES = [
    'Bécancour', 'Manseau', 'Fortierville', 'Lemieux', 'Parisville', 'Deschaillons-sur-Saint-Laurent',
    'Lac-à-la-Tortue', 'Val-Alain', 'Lotbinière', 'Princeville', 'Plessisville', 'Warwick',
    'Kingsey Falls', 'Daveluyville', 'Maddington Falls', 'Inverness', 'Laurierville', 'Lyster',
    'Villeroy', 'Norbertville', 'Tingwick', 'Chesterville', 'Ham-Nord', 'Danville', 'Asbestos',
    'Wotton', 'Durham-Sud', 'Lefebvre', 'Wickham', 'Nicolet', 'Pierreville', 'Odanak',
    'Baie-du-Febvre', 'La Visitation-de-Yamaska', 'Grand-Saint-Esprit', 'Aston-Jonction',
    'Rivière-Ouelle', 'Kamouraska', 'Pohénégamook', 'Dégelis', 'Témiscouata-sur-le-Lac',
    'Lac-des-Aigles', 'Esprit-Saint', 'Trois-Pistoles', 'Les Escoumins', 'Tadoussac', 'Baie-Comeau',
    'Chute-aux-Outardes', 'Ragueneau', 'Pointe-aux-Outardes', 'Forestville', 'Colombier',
    'Normandin', 'Albanel', 'Dolbeau-Mistassini', 'Péribonka', 'Lamarche', 'Labrecque',
    'L’Ascension-de-Notre-Seigneur', 'Hébertville', 'Desbiens', 'Chambord', 'Roberval',
]

ORG_KINDS = [
    'Comptoir alimentaire', 'Club de l’âge d’or', 'Maison des jeunes', 'Comité des loisirs',
    'Cuisine collective', 'Popote roulante', 'Centre de femmes', 'Fabrique',
    'Corporation de développement', 'Association des proches aidants', 'Chevaliers de Colomb',
    'Cercle de fermières', 'Bibliothèque', 'Service d’entraide', 'Coopérative de solidarité',
    'Comité d’embellissement', 'Maison de la famille', 'Club Optimiste', 'Société d’histoire',
    'Chorale paroissiale', 'Club de marche', 'Groupe d’achats', 'Association des parents',
    'Comité de la fête nationale', 'Halte-garderie', 'Ressource d’hébergement',
    'Centre communautaire', 'Comité de la sécurité civile', 'Association sportive',
    'Regroupement des aînés', 'Friperie communautaire', 'Jardin collectif',
]
ORG_SECTORS = ['secteur Nord', 'secteur Sud', 'secteur Est', 'secteur Ouest', 'centre-ville',
               'rang du Petit-Brûlé', 'village', 'route Marie-Victorin']

CATEGORIES = [
    ('entraide', 'Entraide', 'Des voisins et des citoyens qui se donnent un coup de main, pour briser l’isolement et tisser le filet de sécurité sociale.'),
    ('benevolat', 'Bénévolat', 'Donner de son temps dans un organisme, un comité ou un événement de sa communauté.'),
    ('sante-mentale', 'Santé mentale et mieux-être', 'Favoriser la santé mentale positive, reconnaître les signes de détresse et orienter vers l’aide.'),
    ('alimentation', 'Alimentation', 'Repas partagés, cuisines collectives et dépannage alimentaire.'),
    ('aines', 'Aînés', 'Activités et services pour les personnes aînées et leurs proches.'),
    ('loisirs', 'Loisirs et vie communautaire', 'Loisirs, sport, culture et événements qui animent les municipalités.'),
    ('formation', 'Formation et accompagnement', 'Ateliers, formations et accompagnement pour les citoyens et les comités.'),
    ('participation-citoyenne', 'Participation citoyenne', 'Prendre part aux décisions et aux projets de son milieu.'),
    ('jeunesse', 'Jeunesse et famille', 'Maisons des jeunes, haltes-garderies et soutien aux parents.'),
    ('transport', 'Transport et mobilité', 'Transport collectif, accompagnement médical et covoiturage.'),
    ('logement', 'Logement', 'Trouver un logement abordable, s’y maintenir et vieillir chez soi.'),
    ('culture', 'Culture et patrimoine', 'Bibliothèques, sociétés d’histoire, chorales et fêtes patrimoniales.'),
]
CAT_SLUGS = [c[0] for c in CATEGORIES]

RESOURCES = [
    ('Urgence 911', '911', 'Police, ambulance, pompiers. Si une vie est en danger, composez immédiatement le 911.', '24 heures sur 24, 7 jours sur 7', None, True),
    ('9-8-8 : Ligne d’aide en cas de crise de suicide', '9-8-8', 'Appelez ou textez le 9-8-8 pour parler à un intervenant formé. Gratuit et confidentiel.', '24 heures sur 24, 7 jours sur 7', 'https://988.ca/', True),
    ('Info-Social 811, option 2', '811, option 2', 'Consultation téléphonique psychosociale gratuite et confidentielle.', '24 heures sur 24, 7 jours sur 7', None, True),
    ('Info-Santé 811, option 1', '811, option 1', 'Une infirmière répond à vos questions de santé non urgentes.', '24 heures sur 24, 7 jours sur 7', None, False),
    ('211 — Information et référence', '211', 'Service gratuit qui vous oriente vers les ressources communautaires de votre région.', '7 jours sur 7', 'https://www.211qc.ca/', False),
    ('Tel-Aînés', '1 877 353-2460', 'Écoute et référence pour les personnes aînées.', 'De 10 h à 22 h', None, False),
]

PEOPLE = ['Marie Bérubé', 'Jean-François Côté', 'Élise Gagné', 'Réjean Lévesque', 'Lucie Thériault',
          'Normand Bélanger', 'Ginette Ouellet', 'André Pépin', 'Sylvie Châteauneuf', 'Hélène Dufresne',
          'Gaétan Pellerin', 'Josée Laroche', 'Benoît Rioux', 'Francine Hamel', 'Mathieu Boisvert',
          'Nathalie Lemay', 'Yvon Paquin', 'Chantal Bourassa', 'Denis Lafrenière', 'Karine Tremblay']
ROLES = ['Coordination', 'Présidence', 'Direction générale', 'Bénévole responsable', 'Secrétariat',
         'Agente de développement', 'Trésorerie']

# ---------------------------------------------------------------------------------------------
# French prose: sentences with slots, assembled into Markdown with headings, lists, links and
# tables. {m} a municipality, {o} an organisation, {n} a number, {mois} a month.

MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
          'octobre', 'novembre', 'décembre']
WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']

SENTENCES = [
    'Les citoyens de {m} se sont réunis pour échanger sur les besoins de leur milieu et imaginer ensemble des solutions concrètes.',
    'Plus de {n} personnes ont participé à la rencontre, un record depuis la création du comité.',
    'Cette initiative vise à briser l’isolement des personnes aînées et à renforcer les liens entre les générations.',
    'Le comité remercie chaleureusement les bénévoles qui ont donné de leur temps tout au long de l’automne.',
    'Grâce au soutien de la municipalité, la salle communautaire a pu accueillir tout le monde dans de bonnes conditions.',
    'Les échanges ont fait ressortir trois priorités : le transport, l’accès à une alimentation saine et le logement.',
    'Une prochaine rencontre est prévue en {mois}; la date exacte sera confirmée sous peu.',
    'Les personnes intéressées peuvent s’inscrire auprès de l’équipe du Centre d’action bénévole.',
    'Le projet est soutenu financièrement par la MRC et par plusieurs partenaires du milieu.',
    'Chacun est invité à apporter ses idées, son expérience et sa bonne humeur.',
    'Les organisateurs rappellent que l’activité est gratuite et ouverte à toute la population.',
    'Une navette sera offerte aux personnes qui n’ont pas de moyen de transport.',
    'Au terme de la soirée, une dizaine de citoyens ont manifesté leur intérêt pour rejoindre la communauté de partage.',
    '{o} a présenté ses services et lancé un appel aux bénévoles pour la saison qui vient.',
    'La rencontre s’est terminée par un repas préparé par les bénévoles de la cuisine collective.',
    'Les jeunes de la maison des jeunes ont animé un atelier sur l’entraide entre voisins.',
    'Les participants ont souligné l’importance de se connaître pour mieux s’entraider en cas de besoin.',
    'Le citoyen-maillon de {m} fait le lien entre les personnes et les ressources du territoire.',
    'Les fonds amassés serviront à financer le dépannage alimentaire pendant l’hiver.',
    'Des formations sur la santé mentale positive seront offertes gratuitement au printemps.',
    'Les comités locaux pourront compter sur un accompagnement personnalisé tout au long de l’année.',
    'Il reste encore quelques places : ne tardez pas à réserver la vôtre.',
    'La bibliothèque municipale prolonge ses heures d’ouverture le {jour} soir pour l’occasion.',
    'Une trentaine d’organismes du territoire étaient représentés lors de la journée de réseautage.',
    'L’équipe souhaite aussi rejoindre les nouveaux arrivants et les familles installées récemment à {m}.',
    'Le bilan de l’année montre une hausse marquée de l’implication bénévole dans la région.',
    'Les personnes proches aidantes trouveront de l’écoute et du répit grâce à ce nouveau service.',
    'Un sondage sera distribué dans toutes les boîtes aux lettres de {m} au cours du mois de {mois}.',
    'Les résultats seront présentés lors d’une assemblée publique à laquelle toute la population est conviée.',
    'Merci aux commerçants de {m} qui ont offert des prix de présence.',
    'Le comité tient à souligner l’engagement exceptionnel de ses {n} bénévoles.',
    'Cette démarche s’inscrit dans le projet régional Moi, je m’implique.',
    'L’accès au local est possible en fauteuil roulant; un stationnement est réservé près de l’entrée.',
    'Les enfants sont les bienvenus : une halte-garderie sera offerte sur place.',
    'Pour plus d’information, communiquez avec l’équipe par téléphone ou par courriel.',
    'Le succès de cette édition confirme le besoin de lieux de rencontre simples et accueillants.',
]

HEADINGS = ['Les faits saillants', 'Ce qu’il faut retenir', 'Un projet rassembleur', 'Les prochaines étapes',
            'Comment participer?', 'Un mot des organisateurs', 'Les partenaires', 'Le bilan en chiffres',
            'Pour en savoir plus', 'Ce que disent les participants', 'Un besoin bien réel',
            'Nos services', 'Qui peut en profiter?', 'Horaire et inscription', 'Notre histoire',
            'Devenir bénévole']
LIST_ITEMS = [
    'un repas communautaire une fois par mois', 'l’accompagnement aux rendez-vous médicaux',
    'des visites d’amitié à domicile', 'un service de dépannage alimentaire',
    'l’aide pour remplir les formulaires gouvernementaux', 'des ateliers de cuisine pour les familles',
    'un club de marche hebdomadaire', 'le prêt de livres à domicile', 'des appels d’amitié pour les aînés seuls',
    'un comité pour la fête des voisins', 'le transport bénévole vers l’épicerie',
    'des cafés-rencontres pour les nouveaux arrivants', 'l’aide aux devoirs pour les élèves du primaire',
    'un jardin communautaire partagé', 'la corvée de nettoyage du printemps',
    'des séances d’information sur la santé mentale', 'une friperie ouverte le samedi',
    'la livraison de repas chauds', 'un service d’écoute téléphonique', 'des soirées de jeux de société',
]
TABLE_KINDS = [
    (['Activité', 'Participants', 'Bénévoles'], lambda r: [r.pick(['Souper citoyen', 'Atelier', 'Café-rencontre', 'Corvée', 'Conférence', 'Fête des voisins']), str(r.int(8, 140)), str(r.int(2, 30))]),
    (['Service', 'Jour', 'Heure'], lambda r: [r.pick(['Accueil', 'Dépannage alimentaire', 'Aide aux formulaires', 'Friperie', 'Transport']), r.pick(WEEKDAYS), '{} h {:02d}'.format(r.int(8, 19), r.pick([0, 15, 30, 45]))]),
    (['Mois', 'Heures de bénévolat', 'Personnes aidées'], lambda r: [r.pick(MONTHS), fr_number(r.int(40, 1800)), str(r.int(10, 400))]),
]

EXTERNAL_LINKS = [('jebénévole.ca', 'https://www.jebenevole.ca/'), ('le 211', 'https://www.211qc.ca/'),
                  ('la Ligne 9-8-8', 'https://988.ca/'), ('Québec.ca', 'https://www.quebec.ca/'),
                  ('le Réseau de l’action bénévole du Québec', 'https://www.rabq.ca/')]


class Prose:
    def __init__(self, rng, municipalities, organizations):
        self.r = rng
        self.municipalities = municipalities  # list of dicts (name, slug)
        self.organizations = organizations    # list of dicts (name, slug), filled later

    def sentence(self, m, o):
        s = self.r.pick(SENTENCES)
        return s.format(m=m['name'], o=o['name'] if o else 'Le Centre d’action bénévole',
                        n=self.r.int(12, 180), mois=self.r.pick(MONTHS), jour=self.r.pick(WEEKDAYS))

    def paragraph(self, m, o, sentences, emphasis=True, link=None):
        parts = [self.sentence(m, o) for _ in range(sentences)]
        if emphasis and self.r.chance(0.6):
            # Bold a few words of one sentence.
            k = self.r.int(0, len(parts) - 1)
            words = parts[k].split(' ')
            if len(words) > 6:
                a = self.r.int(1, len(words) - 4)
                words[a] = '**' + words[a]
                words[a + 1] = words[a + 1] + '**'
                parts[k] = ' '.join(words)
        if link:
            parts.append(link)
        return ' '.join(parts)

    def bullet_list(self, n, ordered=False):
        items = self.r.sample(LIST_ITEMS, n)
        if ordered:
            return '\n'.join('{}. {};'.format(i + 1, it[0].upper() + it[1:]) for i, it in enumerate(items))
        return '\n'.join('- {};'.format(it) for it in items)

    def table(self):
        header, row = self.r.pick(TABLE_KINDS)
        rows = [row(self.r) for _ in range(self.r.int(3, 5))]
        lines = ['| ' + ' | '.join(header) + ' |', '| ' + ' | '.join(['---'] + ['---:'] * (len(header) - 1)) + ' |']
        lines += ['| ' + ' | '.join(r) + ' |' for r in rows]
        return '\n'.join(lines)

    def internal_link(self, m):
        k = self.r.int(0, 4)
        if k == 0 and self.organizations:
            o = self.r.pick(self.organizations)
            return 'Voir aussi la fiche de [{}](/organismes/{}/).'.format(o['name'], o['slug'])
        if k == 1:
            return 'Consultez la page de [{}](/municipalites/{}/).'.format(m['name'], m['slug'])
        if k == 2:
            return 'Le [calendrier des soupers citoyens](/soupers/) est mis à jour chaque semaine.'
        if k == 3:
            return 'Toutes les [activités à venir](/activites/) sont réunies dans le calendrier du portail.'
        label, url = self.r.pick(EXTERNAL_LINKS)
        return 'Pour trouver une implication à votre mesure, visitez [{}]({}).'.format(label, url)

    def article(self, m, o, sections):
        """A few hundred words: intro, `sections` headed sections with lists, links, a table."""
        out = [self.paragraph(m, o, self.r.int(3, 4), link=self.internal_link(m))]
        headings = self.r.sample(HEADINGS, sections)
        for i, h in enumerate(headings):
            out.append('## ' + h)
            out.append(self.paragraph(m, o, self.r.int(2, 4)))
            kind = (i + self.r.int(0, 2)) % 3
            if kind == 0:
                out.append(self.bullet_list(self.r.int(3, 5)))
            elif kind == 1:
                out.append(self.table())
            else:
                out.append('### ' + self.r.pick(['En bref', 'Les étapes', 'À noter']))
                out.append(self.bullet_list(self.r.int(3, 4), ordered=True))
            if self.r.chance(0.5):
                out.append(self.paragraph(m, o, self.r.int(1, 3), link=self.internal_link(m)))
        if self.r.chance(0.3):
            out.append('> ' + self.sentence(m, o))
        out.append(self.paragraph(m, o, 2, emphasis=False,
                                  link='Renseignements : [info@example.org](mailto:info@example.org).'))
        return '\n\n'.join(out)


# ---------------------------------------------------------------------------------------------
# Recurrences, expanded as Maillon does (model/recurrence.cpp), for the Hugo front matter.

def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    try:
        return dt.date(y, m, d.day)
    except ValueError:
        return None


def nth_weekday(year, month, weekday, rank):
    first = dt.date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    day = 1 + offset + 7 * (rank - 1)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def expand(start, end, rec):
    if rec is None:
        return [(start, end)]
    duration = end - start
    out = []
    for k in range(10000):
        if rec.get('count') and len(out) >= rec['count']:
            break
        step = rec.get('interval', 1) * k
        if rec['every'] == 'week':
            d = start.date() + dt.timedelta(days=7 * step)
        elif rec.get('by') == 'weekday':
            rank = (start.day - 1) // 7 + 1
            month = add_months(dt.date(start.year, start.month, 1), step)
            d = nth_weekday(month.year, month.month, start.weekday(), rank)
        else:
            d = add_months(start.date(), step)
        if d is None:
            continue
        if rec.get('until') and d > rec['until']:
            break
        if d in rec.get('except', []):
            continue
        if len(out) >= 520:
            break
        begin = dt.datetime.combine(d, start.time())
        out.append((begin, begin + duration))
    return out


def rec_yaml(rec):
    parts = ['every: ' + rec['every']]
    if rec.get('interval', 1) != 1:
        parts.append('interval: {}'.format(rec['interval']))
    if rec.get('by'):
        parts.append('by: ' + rec['by'])
    if rec.get('until'):
        parts.append('until: ' + ymd(rec['until']))
    if rec.get('count'):
        parts.append('count: {}'.format(rec['count']))
    if rec.get('except'):
        parts.append('except: [' + ', '.join(ymd(d) for d in rec['except']) + ']')
    return '{ ' + ', '.join(parts) + ' }'


def rec_text(rec, start):
    """The recurrence as Maillon's default theme says it (i18n recurrence_*)."""
    n = rec.get('interval', 1)
    if rec['every'] == 'week':
        return 'Chaque semaine' if n == 1 else 'Toutes les {} semaines'.format(n)
    if rec.get('by') == 'weekday':
        rank = (start.day - 1) // 7 + 1
        ordinal = '1er' if rank == 1 else '{}e'.format(rank)
        return 'Le {} {} du mois'.format(ordinal, WEEKDAYS[start.weekday()])
    return 'Chaque mois' if n == 1 else 'Tous les {} mois'.format(n)


# ---------------------------------------------------------------------------------------------

def plan(pages):
    """How many items of each kind make about `pages` Maillon HTML pages."""
    municipalities = max(12, min(1100, round(pages * 0.011)))
    suppers = sum(1 + (i % 3) for i in range(municipalities))  # one page per supper
    communities = max(3, municipalities // 4)
    fixed = 11 + 5 + len(CATEGORIES)  # home, 404, lists, search, help; free pages; categories
    rest = max(60, pages - fixed - municipalities - suppers - communities)
    news = max(10, int(rest * 0.5 * NEWS_PER_PAGE / (NEWS_PER_PAGE + 1)))
    news_lists = math.ceil(news / NEWS_PER_PAGE)
    activities = max(10, round(rest * 0.18))
    organizations = max(10, rest - news - news_lists - activities)
    return dict(municipalities=municipalities, suppers=suppers, communities=communities,
                news=news, activities=activities, organizations=organizations)


class Writer:
    def __init__(self, root):
        self.root = root
        self.dirs = set()

    def write(self, rel, text):
        path = os.path.join(self.root, rel)
        d = os.path.dirname(path)
        if d not in self.dirs:
            os.makedirs(d, exist_ok=True)
            self.dirs.add(d)
        with open(path, 'w', encoding='utf-8', newline='\n') as f:
            f.write(text if text.endswith('\n') else text + '\n')


def contact_lines(c, indent):
    return [indent + '{}: {}'.format(k, q(v)) for k, v in c.items()]


def generate(pages, out, seed):
    r = Rng(seed)
    counts = plan(pages)
    for sub in ('content', 'hugo', 'markdown'):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
    mw = Writer(os.path.join(out, 'content'))
    hw = Writer(os.path.join(out, 'hugo', 'content'))
    md = Writer(os.path.join(out, 'markdown'))
    hugo_static = Writer(os.path.join(out, 'hugo', 'static'))

    def markdown_file(kind, slug, text):
        md.write('{}/{}.md'.format(kind, slug), text)

    # ---- static images (both sites)
    def svg(label, colour):
        return ('<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180" viewBox="0 0 320 180">'
                '<rect width="320" height="180" fill="{}"/><text x="160" y="98" font-size="24" '
                'text-anchor="middle" fill="#fff" font-family="sans-serif">{}</text></svg>').format(colour, label)
    images = {'images/blason.svg': svg('Blason', '#1f5f8b')}
    for i, colour in enumerate(['#2d6a4f', '#7b2cbf', '#9c2f2f', '#33415c']):
        images['images/nouvelle-{}.svg'.format(i + 1)] = svg('Illustration {}'.format(i + 1), colour)
    for rel, text in images.items():
        mw.write('static/' + rel, text)
        hugo_static.write(rel, text)

    # ---- categories, resources
    mw.write('categories.yaml', '# Catégories du corpus de banc d’essai\n' + '\n'.join(
        '- slug: {}\n  name: {}\n  description: {}'.format(s, q(n), q(d)) for s, n, d in CATEGORIES))
    for s, n, d in CATEGORIES:
        hw.write('categories/{}/_index.md'.format(s), front_matter(['title: ' + q(n), 'description: ' + q(d)], ''))
    hw.write('categories/_index.md', front_matter(['title: "Catégories"'], ''))
    res = []
    for name, phone, desc, hours, url, urgent in RESOURCES:
        res.append('\n'.join(l for l in ['- name: ' + q(name), '  phone: ' + q(phone), '  description: ' + q(desc),
                                          '  hours: ' + q(hours), '  url: ' + url if url else None,
                                          '  urgent: ' + ('true' if urgent else 'false')] if l))
    mw.write('resources.yaml', '\n'.join(res))

    # ---- municipalities
    names = []
    seen = set()
    for p in PLAIN_PLACES:
        names.append(p)
    for suffix in PLACE_SUFFIXES:
        for s in SAINTS:
            names.append(s + suffix)
    # Interleave deterministically so small corpora mix plain and saint names.
    order = sorted(range(len(names)), key=lambda i: ((i * 7919) % 1009, i))
    municipalities = []
    for i in order:
        n = names[i]
        s = slugify(n)
        if s in seen:
            continue
        seen.add(s)
        municipalities.append({'name': n, 'slug': s})
        if len(municipalities) == counts['municipalities']:
            break
    if len(municipalities) < counts['municipalities']:
        sys.exit('make-corpus: not enough municipality names for {} municipalities'.format(counts['municipalities']))
    mun_slugs = [m['slug'] for m in municipalities]
    mun_by_slug = {m['slug']: m for m in municipalities}

    prose = Prose(r, municipalities, [])

    # Organisation names first (bodies link to them).
    organizations = []
    seen_org = set()
    k = 0
    while len(organizations) < counts['organizations']:
        m = municipalities[k % len(municipalities)]
        kind = ORG_KINDS[(k // len(municipalities) * 5 + k) % len(ORG_KINDS)]
        round_ = k // (len(municipalities) * len(ORG_KINDS))
        name = '{} de {}'.format(kind, m['name'])
        if round_ > 0:
            name += ' ({})'.format(ORG_SECTORS[(round_ - 1) % len(ORG_SECTORS)]) + ('' if round_ <= len(ORG_SECTORS) else ' {}'.format(round_))
        k += 1
        slug = slugify(name)
        if slug in seen_org:
            continue
        seen_org.add(slug)
        organizations.append({'name': name, 'slug': slug, 'home': m['slug']})
    # A handful of regional organisations serve every municipality.
    serves_all = set(range(0, min(len(organizations), 4)))
    prose.organizations = organizations
    orgs_by_home = {}
    for o in organizations:
        orgs_by_home.setdefault(o['home'], []).append(o)

    for i, m in enumerate(municipalities):
        pop = 250 + (i * 7919) % 24000
        summary = 'Municipalité de {} habitants, membre du réseau Moi, je m’implique.'.format(fr_number(pop))
        contacts = []
        if i % 3 == 0:
            contacts = [{'role': 'Citoyen-maillon', 'name': r.pick(PEOPLE),
                         'phone': '819-555-{:04d}'.format(1000 + i % 9000), 'email': 'maillon.{}@example.org'.format(m['slug'][:30])}]
        body = prose.article(m, None, 1)
        website = 'https://{}.example.org/'.format(m['slug']) if i % 4 == 0 else None
        lines = ['name: ' + q(m['name']), 'summary: ' + q(summary), 'population: {}'.format(pop),
                 'website: ' + website if website else None]
        if contacts:
            lines.append('contacts:')
            for c in contacts:
                cl = contact_lines(c, '    ')
                lines.append('  - ' + cl[0].strip())
                lines.extend(cl[1:])
        if i % 10 == 0:
            lines.append('logo: images/blason.svg')
        if i % 5 == 0:
            lines += ['colors:', '  primary: "#1f5f8b"', '  accent: "#f2a900"']
        mw.write('municipalities/{}.md'.format(m['slug']), front_matter(lines, body))
        hlines = ['title: ' + q(m['name']), 'summary: ' + q(summary), 'population: {}'.format(pop),
                  'outputs: [HTML, RSS, Calendar]',
                  'website: ' + website if website else None,
                  'logo: images/blason.svg' if i % 10 == 0 else None]
        if contacts:
            hlines.append('contacts:')
            for c in contacts:
                cl = contact_lines(c, '    ')
                hlines.append('  - ' + cl[0].strip())
                hlines.extend(cl[1:])
        hw.write('municipalites/{}/_index.md'.format(m['slug']), front_matter(hlines, body))
        markdown_file('municipalities', m['slug'], body)
    hw.write('municipalites/_index.md', front_matter(['title: "Municipalités"'], ''))

    # ---- organisations
    org_md = 0
    for i, o in enumerate(organizations):
        m = mun_by_slug[o['home']]
        every = i in serves_all
        served = [] if every else [o['home']] + [s for s in r.sample(mun_slugs, r.int(0, 2)) if s != o['home']]
        cats = r.sample(CAT_SLUGS, r.int(1, 3))
        contact = {'name': r.pick(PEOPLE), 'role': r.pick(ROLES),
                   'phone': '819-555-{:04d}'.format(2000 + i % 8000), 'email': 'info.{}@example.org'.format(o['slug'][:24].strip('-'))}
        if i % 3 == 0:
            contact['website'] = 'https://www.example.org/{}/'.format(o['slug'])
        if i % 4 == 0:
            contact['address'] = '{}, rue Principale, {}'.format(r.int(1, 999), m['name'])
        if i % 6 == 0:
            contact['facebook'] = 'https://www.facebook.com/example{}'.format(i)
        summary = '{} : services et implication bénévole à {}.'.format(o['name'], m['name'])
        hours = 'Du lundi au vendredi, de 9 h à 16 h' if i % 2 else None
        volunteering = None
        if i % 2 == 0:
            volunteering = 'Nous cherchons des bénévoles pour :\n\n' + prose.bullet_list(r.int(2, 4)) + \
                '\n\nÉcrivez-nous ou passez nous voir : **toute aide compte**.'
        body = prose.article(m, o, r.int(2, 3))
        common = ['name: ' + q(o['name']), 'summary: ' + q(summary),
                  'municipalities: all' if every else 'municipalities: [' + ', '.join(served) + ']',
                  'categories: [' + ', '.join(cats) + ']', 'contact:'] + contact_lines(contact, '  ')
        # The same optional fields, in the same order, for both tools.
        optional = (['hours: ' + q(hours)] if hours else []) + \
            (['volunteering: |', indent_block(volunteering)] if volunteering else []) + \
            (['logo: images/blason.svg'] if i % 25 == 0 else [])
        common += optional
        if i % 10 == 9:
            mw.write('organizations/{}.yaml'.format(o['slug']), '\n'.join(common + ['description: |', indent_block(body)]))
        else:
            mw.write('organizations/{}.md'.format(o['slug']), front_matter(common, body))
            org_md += 1
        hlines = ['title: ' + q(o['name']), 'summary: ' + q(summary),
                  'serves_all: true' if every else 'municipalites: [' + ', '.join(served) + ']',
                  'categories: [' + ', '.join(cats) + ']', 'contact:'] + contact_lines(contact, '  ')
        hlines += optional
        hw.write('organismes/{}.md'.format(o['slug']), front_matter(hlines, body))
        markdown_file('organizations', o['slug'], body)
        if volunteering:
            markdown_file('organizations', o['slug'] + '.benevolat', volunteering)
    hw.write('organismes/_index.md', front_matter(['title: "Organismes"'], ''))
    # The organisateurs taxonomy only indexes activities and suppers by organisation.
    hw.write('organisateurs/_index.md', front_matter(
        ['title: "Organisateurs"', '_build: {render: never, list: never}',
         'cascade:', '  _build: {render: never, list: never}'], ''))

    # ---- activities: from September 2025 to June 2027, about half of them over by "now".
    topics = ['Café-rencontre', 'Atelier de cuisine', 'Marche de groupe', 'Tricot-jasette', 'Conférence santé',
              'Soirée jeux de société', 'Formation premiers soins', 'Aide aux impôts', 'Dîner communautaire',
              'Club de lecture', 'Yoga doux', 'Atelier numérique', 'Jardin collectif', 'Ciné-club', 'Chorale',
              'Souper spaghetti', 'Bingo des aînés', 'Atelier de couture', 'Heure du conte', 'Corvée de nettoyage']
    base = dt.date(2025, 9, 1)
    span = (dt.date(2027, 6, 30) - base).days
    used = set()
    activity_occurrences = 0
    upcoming_occurrences = 0
    for i in range(counts['activities']):
        m = municipalities[(i * 11 + i // len(municipalities)) % len(municipalities)]
        title = '{} à {}'.format(topics[i % len(topics)], m['name'])
        slug = slugify(title)
        if slug in used:
            slug = '{}-{}'.format(slug, i)
        used.add(slug)
        day = base + dt.timedelta(days=r.int(0, span))
        if day.day > 28:
            day = day.replace(day=28)
        h, mi = r.pick([9, 10, 13, 13, 18, 19]), r.pick([0, 30])
        start = dt.datetime.combine(day, dt.time(h, mi))
        multi_day = i % 29 == 0
        end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(16, 0)) if multi_day \
            else start + dt.timedelta(minutes=r.pick([60, 90, 120, 150]))
        rec = None
        form = i % 6
        if not multi_day:
            if form == 1:
                rec = {'every': 'week', 'until': day + dt.timedelta(days=7 * r.int(4, 12))}
            elif form == 2:
                rec = {'every': 'week', 'interval': 2, 'count': r.int(3, 8)}
            elif form == 3:
                rec = {'every': 'month', 'by': 'weekday', 'count': r.int(3, 8)}
            elif form == 4:
                rec = {'every': 'month', 'until': add_months(day, r.int(2, 6))}
            elif form == 5:
                rec = {'every': 'week', 'count': 10, 'except': [day + dt.timedelta(days=14), day + dt.timedelta(days=35)]}
        occ = expand(start, end, rec)
        activity_occurrences += len(occ)
        upcoming_occurrences += sum(1 for _, e in occ if e > NOW)
        local = orgs_by_home.get(m['slug']) or organizations
        org = local[i % len(local)]
        cat = CAT_SLUGS[i % len(CAT_SLUGS)]
        summary = 'Une activité {} à {}.'.format(r.pick(['gratuite', 'conviviale', 'ouverte à tous', 'pour toute la famille']), m['name'])
        venue = r.pick(['Salle municipale', 'Sous-sol de l’église', 'Centre communautaire', 'Bibliothèque', 'Salle des Chevaliers'])
        address = 'À confirmer' if i % 5 == 0 else '{}, rue de l’Église, {}'.format(r.int(1, 500), m['name'])
        cost = r.pick(['Gratuit', '5 $', 'Contribution volontaire', '12 $ (repas inclus)'])
        reg = None
        if i % 2 == 0:
            reg = {'phone': '819-555-{:04d}'.format(3000 + i % 7000), 'email': 'inscription@example.org',
                   'note': 'Places limitées; inscrivez-vous une semaine à l’avance.'}
            if i % 4 == 0:
                reg['url'] = 'https://inscription.example.org/'
        access = 'Salle au rez-de-chaussée, accessible en fauteuil roulant.' if i % 3 == 0 else None
        body = ('Venez participer à **{}**. Apportez votre bonne humeur!\n\n'.format(title[0].lower() + title[1:]) +
                prose.paragraph(m, org, r.int(2, 3)) + '\n\n' + prose.bullet_list(3, ordered=True) + '\n\n' +
                prose.internal_link(m))
        lines = ['title: ' + q(title), 'summary: ' + q(summary), 'organization: ' + org['slug'],
                 'municipality: ' + m['slug'], 'category: ' + cat, 'start: ' + ymdhm(start), 'end: ' + ymdhm(end),
                 'recurrence: ' + rec_yaml(rec) if rec else None, 'venue: ' + q(venue), 'address: ' + q(address),
                 'cost: ' + q(cost)]
        if reg:
            lines += ['registration:'] + contact_lines(reg, '  ')
        if access:
            lines.append('accessibility: ' + q(access))
        if i % 8 == 7:
            mw.write('activities/{}.yaml'.format(slug), '\n'.join([l for l in lines if l] + ['description: |', indent_block(body)]))
        else:
            mw.write('activities/{}.md'.format(slug), front_matter(lines, body))
        hlines = ['title: ' + q(title), 'summary: ' + q(summary), 'organization: ' + org['slug'],
                  'organisateurs: [' + org['slug'] + ']', 'municipalites: [' + m['slug'] + ']',
                  'categories: [' + cat + ']', 'start: ' + q(hugo_time(start)), 'end: ' + q(hugo_time(end)),
                  'recurrence: ' + q(rec_text(rec, start)) if rec else None,
                  'occurrences:'] + ['  - [{}, {}]'.format(q(hugo_time(s)), q(hugo_time(e))) for s, e in occ] + [
                  'last_end: ' + q(hugo_time(occ[-1][1])),
                  'venue: ' + q(venue), 'address: ' + q(address), 'cost: ' + q(cost)]
        if reg:
            hlines += ['registration:'] + contact_lines(reg, '  ')
        if access:
            hlines.append('accessibility: ' + q(access))
        hlines.append('outputs: [HTML, Calendar]')
        hw.write('activites/{}.md'.format(slug), front_matter(hlines, body))
        markdown_file('activities', slug, body)
    hw.write('activites/_index.md', front_matter(['title: "Activités"', 'outputs: [HTML]'], ''))
    hw.write('activites/archives/_index.md', front_matter(['title: "Activités passées"', 'layout: archives', 'outputs: [HTML]'], ''))

    # ---- suppers: 1 to 3 per municipality, every status and form (as the test fixture).
    supper_pages = 0
    org_slugs = [o['slug'] for o in organizations]
    for i, m in enumerate(municipalities):
        n = 1 + (i % 3)
        day = dt.date(2026, 9, 1) + dt.timedelta(days=(i * 9) % 120)
        items = []
        hugo_items = []
        theme = r.pick(['S’impliquer dans sa communauté', 'Briser l’isolement', 'Nos aînés, notre richesse', 'Bâtir ensemble'])
        for k in range(n):
            form = (i + k) % 6
            local = [o['slug'] for o in orgs_by_home.get(m['slug'], [])][:3] or r.sample(org_slugs, 1)
            partners = local[:r.int(1, len(local))]
            s = {'date': day, 'theme': theme, 'partners': partners}
            if form == 0:
                s.update(time='17:30', end_time='20:00', venue='Salle des Chevaliers', address='12, rue Notre-Dame, ' + m['name'], capacity=60,
                         status='held' if day < NOW.date() else 'confirmed')
            elif form == 1:
                s.update(time='17:00', end_time='19:30', venue='Centre communautaire', address='45, route Marie-Victorin, ' + m['name'], capacity=80, status='confirmed',
                         registration={'phone': '819-555-4000', 'note': 'Inscription obligatoire, places limitées.'})
            elif form == 2:
                s.update(tentative=True, time='17:30', venue='Salle municipale', address='À confirmer', status='planned', notes='Date et lieu à confirmer.')
            elif form == 3:
                s.update(date=None, period=r.pick(['Hiver 2027', 'Printemps 2027', 'Été 2027', 'Automne 2027']), address='À confirmer', status='planned')
            elif form == 4:
                s.update(time='18:00', venue='Salle paroissiale', status='cancelled', notes='Annulé en raison de la tempête; une nouvelle date sera annoncée.')
            else:
                s.update(time='17:30', end_time='20:30', venue='École primaire', status='planned',
                         registration={'phone': '819-555-4000', 'note': 'Inscription obligatoire, places limitées.'})
            ident = '{}-{}'.format(m['slug'], ymd(s['date']) if s['date'] else k + 1)
            lines = ['  - date: ' + ymd(s['date']) if s['date'] else '  - period: ' + q(s['period'])]
            for key in ('tentative', 'time', 'end_time', 'venue', 'address', 'capacity', 'status'):
                if key in s:
                    v = s[key]
                    lines.append('    {}: {}'.format(key, 'true' if v is True else v if isinstance(v, int) else q(v)))
            lines.append('    theme: ' + q(s['theme']))
            if 'registration' in s:
                lines += ['    registration:'] + contact_lines(s['registration'], '      ')
            if 'notes' in s:
                lines.append('    notes: ' + q(s['notes']))
            lines.append('    partners: [' + ', '.join(s['partners']) + ']')
            items.append('\n'.join(lines))
            title = 'Souper citoyen à {}'.format(m['name'])
            h = ['title: ' + q(title), 'municipalites: [' + m['slug'] + ']',
                 'organisateurs: [' + ', '.join(s['partners']) + ']',
                 'supper_date: ' + q(ymd(s['date'])) if s['date'] else 'period: ' + q(s['period'])]
            for key in ('tentative', 'time', 'end_time', 'venue', 'address', 'capacity', 'status', 'theme', 'notes'):
                if key in s:
                    v = s[key]
                    h.append('{}: {}'.format(key, 'true' if v is True else v if isinstance(v, int) else q(v)))
            if 'registration' in s:
                h += ['registration:'] + contact_lines(s['registration'], '  ')
            h.append('outputs: [HTML, Calendar]' if s['date'] else 'outputs: [HTML]')
            hw.write('soupers/{}.md'.format(ident), front_matter(h, ''))
            supper_pages += 1
            day = day + dt.timedelta(days=r.int(40, 90))
        mw.write('suppers/{}.yaml'.format(m['slug']), '# Soupers citoyens à {}\nmunicipality: {}\nsuppers:\n{}'.format(
            m['name'], m['slug'], '\n'.join(items)))
    hw.write('soupers/_index.md', front_matter(['title: "Soupers citoyens"'], ''))

    # ---- communities
    for i in range(counts['communities']):
        m = municipalities[(i * 4) % len(municipalities)]
        name = 'Communauté de partage de {}'.format(m['name'])
        slug = slugify(name)
        summary = 'Des citoyens de {} qui mettent sur pied des projets pour leur milieu.'.format(m['name'])
        schedule = r.pick(['Le premier mardi du mois', 'Un jeudi sur deux', 'À confirmer'])
        started = ymd(dt.date(2025, 1, 10) + dt.timedelta(days=(i * 17) % 600)) if i % 2 == 0 else None
        contact = {'name': 'Équipe du portail', 'phone': '819-555-0100', 'email': 'info@example.org'}
        body = prose.article(m, None, 1)
        lines = ['name: ' + q(name), 'municipality: ' + m['slug'], 'summary: ' + q(summary),
                 'schedule: ' + q(schedule), 'started: ' + started if started else None, 'contact:'] + contact_lines(contact, '  ')
        mw.write('communities/{}.md'.format(slug), front_matter(lines, body))
        hlines = ['title: ' + q(name), 'municipalites: [' + m['slug'] + ']', 'summary: ' + q(summary),
                  'schedule: ' + q(schedule), 'started: ' + q(started) if started else None, 'contact:'] + contact_lines(contact, '  ')
        hw.write('communautes/{}.md'.format(slug), front_matter(hlines, body))
        markdown_file('communities', slug, body)
    hw.write('communautes/_index.md', front_matter(['title: "Communautés de partage"'], ''))

    # ---- news: published ones from December 2021 to the day before "now", a few drafts.
    news_topics = ['Bilan du souper', 'Appel aux bénévoles', 'Nouvelle communauté de partage', 'Formation offerte',
                   'Merci à nos partenaires', 'Rappel : inscriptions', 'Portrait d’une citoyenne-maillon', 'Fête des voisins',
                   'Une cuisine collective voit le jour', 'Retour sur la corvée', 'La popote roulante recrute',
                   'Semaine de l’action bénévole']
    authors = ['Équipe du portail', 'Ginette Ouellet', 'Comité des communications', 'Benoît Rioux']
    tag_a = ['bénévolat', 'soupers', 'santé mentale', 'aînés', 'alimentation']
    tag_b = ['entraide', 'communauté', 'formation', 'jeunesse', 'transport']
    first = dt.datetime(2021, 12, 1, 8, 0)
    total_minutes = int((NOW - dt.timedelta(days=1) - first).total_seconds() // 60)
    drafts = max(1, counts['news'] // 200)
    news_files = []
    published = 0
    for i in range(counts['news'] + drafts):
        draft = i >= counts['news']  # the newest few, not yet published
        m = municipalities[(i * 7) % len(municipalities)]
        topic = news_topics[i % len(news_topics)]
        title = '{} à {}'.format(topic, m['name'])
        slug = '{}-{}'.format(slugify(title), i + 1)
        when = first + dt.timedelta(minutes=(total_minutes * i) // (counts['news'] + drafts))
        date_text = ymd(when) if i % 5 else ymdhm(when)
        author = r.pick(authors) if i % 3 else None
        summary = '{} : des nouvelles de {}.'.format(topic, m['name'])
        image = ('images/nouvelle-{}.svg'.format(1 + (i // 4) % 4), 'Affiche aux couleurs de {}'.format(m['name'])) if i % 4 == 0 else None
        tags = [r.pick(tag_a), r.pick(tag_b)]
        muns = [m['slug']] + ([mun_slugs[(i + 1) % len(mun_slugs)]] if i % 6 == 0 and len(mun_slugs) > 1 else []) if i % 2 == 0 else []
        org = r.pick(orgs_by_home.get(m['slug']) or organizations)
        body = prose.article(m, org, r.int(2, 3))
        lines = ['title: ' + q(title), 'date: ' + date_text, 'author: ' + q(author) if author else None,
                 'summary: ' + q(summary)]
        if image:
            lines += ['image:', '  src: ' + image[0], '  alt: ' + q(image[1])]
        lines.append('tags: [' + ', '.join(q(t) for t in tags) + ']')
        if muns:
            lines.append('municipalities: [' + ', '.join(muns) + ']')
        if draft:
            lines.append('draft: true')
        mw.write('news/{}.md'.format(slug), front_matter(lines, body))
        hlines = ['title: ' + q(title), 'date: ' + q(when.strftime('%Y-%m-%dT%H:%M:%S-05:00')),
                  'author: ' + q(author) if author else None, 'summary: ' + q(summary)]
        if image:
            hlines += ['image:', '  src: ' + image[0], '  alt: ' + q(image[1])]
        hlines.append('sujets: [' + ', '.join(q(t) for t in tags) + ']')
        if muns:
            hlines.append('municipalites: [' + ', '.join(muns) + ']')
        if draft:
            hlines.append('draft: true')
        hw.write('nouvelles/{}.md'.format(slug), front_matter(hlines, body))
        markdown_file('news', slug, body)
        if not draft:
            published += 1
            news_files.append('news/{}.md'.format(slug))
    hw.write('nouvelles/_index.md', front_matter(['title: "Nouvelles"', 'outputs: [HTML, RSS]'], ''))

    # ---- free pages, two in the menu
    free_pages = [
        ('a-propos', 'À propos du portail', 1, 'Qui publie ce portail et comment le corriger.'),
        ('accessibilite', 'Accessibilité', 2, 'Notre engagement pour un portail accessible.'),
        ('confidentialite', 'Politique de confidentialité', None, 'Les renseignements que nous conservons.'),
        ('foire-aux-questions', 'Foire aux questions', None, None),
        ('guide-des-benevoles', 'Guide des bénévoles', None, 'Tout ce qu’il faut savoir pour commencer.'),
    ]
    for slug, title, menu, summary in free_pages:
        body = prose.article(municipalities[0], organizations[0], 2)
        lines = ['title: ' + q(title), 'summary: ' + q(summary) if summary else None, 'menu: {}'.format(menu) if menu else None]
        mw.write('pages/{}.md'.format(slug), front_matter(lines, body))
        hlines = ['title: ' + q(title), 'summary: ' + q(summary) if summary else None,
                  'weight: {}'.format(menu) if menu else None, 'layout: page']
        hw.write('{}.md'.format(slug), front_matter(hlines, body))
        markdown_file('pages', slug, body)
    # Hugo's own pages for what Maillon renders from site data: help, search, open data.
    hw.write('aide.md', front_matter(['title: "Besoin d’aide?"', 'layout: aide'], ''))
    hw.write('recherche.md', front_matter(['title: "Recherche"', 'layout: recherche'], ''))
    for slug, title in (('organismes', 'Organismes'), ('activites', 'Activités'), ('soupers', 'Soupers citoyens')):
        hw.write('donnees/{}.md'.format(slug), front_matter(
            ['title: ' + q('Données ouvertes : ' + title.lower()), 'dataset: ' + slug, 'outputs: [CSV, JSON]'], ''))
    hw.write('donnees/_index.md', front_matter(['title: "Données ouvertes"', '_build: {render: never}'], ''))
    hw.write('_index.md', front_matter(['title: "Portail du banc d’essai"', 'outputs: [HTML, Calendar, SearchIndex]'], ''))

    # ---- site.yaml
    mw.write('site.yaml', '\n'.join([
        '# Corpus de banc d’essai généré par bench/make-corpus.py ({} pages visées, graine {})'.format(pages, seed),
        'title: ' + q('Portail du banc d’essai'),
        'tagline: ' + q('{} municipalités, {} organismes et beaucoup d’activités'.format(fr_number(len(municipalities)), fr_number(len(organizations)))),
        'description: ' + q('Un portail généré pour mesurer Maillon : nouvelles, organismes, activités et soupers citoyens.'),
        'base_url: https://exemple.org/portail/', 'language: fr', 'region: ' + q('Québec'), 'timezone: America/Toronto',
        'contact:'] + contact_lines({'name': 'Équipe du portail', 'role': 'Coordination', 'phone': '819-555-0100', 'email': 'info@example.org'}, '  ') + [
        'navigation:', '  - title: "Soupers citoyens"', '    url: /soupers/', '  - title: "Activités"', '    url: /activites/',
        '  - title: "Nouvelles"', '    url: /nouvelles/', '  - title: "Besoin d’aide?"', '    url: /aide/',
        'publisher: ' + organizations[0]['slug'],
        'partners: [' + ', '.join(o['slug'] for o in organizations[1:7]) + ']',
        'options:', '  unsafe_html: false', '  news_per_page: {}'.format(NEWS_PER_PAGE)]))

    # ---- the Hugo corpus config: mounts of this corpus, merged with bench/hugo/config.toml.
    here = os.path.dirname(os.path.abspath(__file__))
    theme_assets = os.path.normpath(os.path.join(here, '..', 'themes', 'default', 'assets'))
    hugo_root = os.path.join(os.path.abspath(out), 'hugo')
    with open(os.path.join(hugo_root, 'config.toml'), 'w', encoding='utf-8') as f:
        f.write('# Written by bench/make-corpus.py: where this corpus lives.\n')
        f.write('resourceDir = {}\n'.format(json.dumps(os.path.join(hugo_root, 'resources'))))
        f.write('[module]\n')
        for source, target in ((os.path.join(hugo_root, 'content'), 'content'),
                               (os.path.join(hugo_root, 'static'), 'static'),
                               (theme_assets, 'static/assets'),
                               (os.path.join(here, 'hugo', 'layouts'), 'layouts')):
            f.write('[[module.mounts]]\nsource = {}\ntarget = "{}"\n'.format(json.dumps(source), target))

    news_lists = math.ceil(published / NEWS_PER_PAGE)
    expected = (11 + len(free_pages) + len(CATEGORIES) + len(municipalities) + supper_pages +
                counts['communities'] + published + news_lists + counts['activities'] + len(organizations))
    summary = {
        'pages_target': pages, 'seed': seed, 'now': ymdhm(NOW),
        'expected_maillon_pages': expected,
        'municipalities': len(municipalities), 'organizations': len(organizations),
        'activities': counts['activities'], 'activity_occurrences': activity_occurrences,
        'upcoming_occurrences': upcoming_occurrences, 'suppers': supper_pages,
        'communities': counts['communities'], 'news_published': published, 'news_drafts': drafts,
        'news_list_pages': news_lists, 'free_pages': len(free_pages), 'categories': len(CATEGORIES),
        'news_files': news_files,
    }
    with open(os.path.join(out, 'corpus.json'), 'w', encoding='utf-8') as f:
        json.dump(summary, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return summary


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--pages', type=int, default=10000, help='target number of HTML pages (default 10000)')
    ap.add_argument('--out', required=True, help='output folder (its content/, hugo/ and markdown/ are replaced)')
    ap.add_argument('--seed', type=int, default=20261125, help='random seed (default 20261125)')
    args = ap.parse_args()
    if args.pages < 200:
        ap.error('--pages must be at least 200')
    s = generate(args.pages, args.out, args.seed)
    print('make-corpus: {} pages expected ({} municipalities, {} organisations, {} activities, {} suppers, '
          '{} communities, {} news) in {}'.format(s['expected_maillon_pages'], s['municipalities'], s['organizations'],
                                                  s['activities'], s['suppers'], s['communities'], s['news_published'], args.out))


if __name__ == '__main__':
    main()
