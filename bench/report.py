#!/usr/bin/python3
"""Turns bench/run.sh's measurements into the table it prints and bench/RESULTS.md.

  /usr/bin/python3 bench/report.py --data results.tsv --meta meta.tsv [--perf-dir DIR] --out bench/RESULTS.md

results.tsv: size, metric, value (one row per run); meta.tsv: key, value. Medians over the runs;
the targets of issue 5 are judged at 10,000 pages (else at the largest size measured), the
scaling targets on the 100,000-page corpus against the 10,000-page one.
"""

import argparse
import math
import os
import re
import statistics
import sys

TARGET_SIZE = 10000
BIG_SIZE = 100000


def load(data_path, meta_path):
    data = {}
    with open(data_path, encoding='utf-8') as f:
        for line in f:
            parts = line.rstrip('\n').split('\t')
            if len(parts) != 3:
                continue
            size, metric, value = parts
            try:
                v = float(value)
            except ValueError:
                continue
            if math.isnan(v):
                continue
            data.setdefault(int(size), {}).setdefault(metric, []).append(v)
    meta = {}
    with open(meta_path, encoding='utf-8') as f:
        for line in f:
            key, _, value = line.rstrip('\n').partition('\t')
            meta[key] = value
    return data, meta


def med(data, size, metric):
    values = data.get(size, {}).get(metric)
    return statistics.median(values) if values else None


def secs(v):
    if v is None:
        return '—'
    if v < 1:
        return '{:.0f} ms'.format(v * 1000)
    if v < 10:
        return '{:.2f} s'.format(v)
    return '{:.1f} s'.format(v)


def mb(kb):
    return '—' if kb is None else '{:,.0f} MB'.format(kb / 1024).replace(',', '\u202f')


def ms(v):
    return '—' if v is None else '{:.0f} ms'.format(v)


def ratio(a, b):
    return None if a is None or b is None or b == 0 else a / b


def times(r):
    return '—' if r is None else '{:.2f}×'.format(r)


def num(n):
    return '—' if n is None else '{:,}'.format(int(n)).replace(',', '\u202f')


def spread(data, size, metric, scale=1.0, unit=''):
    values = data.get(size, {}).get(metric)
    if not values or len(values) < 2:
        return ''
    return ' ({:.0f}–{:.0f}{})'.format(min(values) * scale, max(values) * scale, unit)


def build_rows(data, sizes):
    rows = []

    def row(label, f):
        rows.append([label] + [f(s) for s in sizes])

    row('Corpus: Markdown files / bytes', lambda s: '{} / {:.1f} MB'.format(
        num(med(data, s, 'markdown_files')), (med(data, s, 'markdown_bytes') or 0) / 1e6))
    row('HTML pages written: Maillon / Hugo', lambda s: '{} / {}'.format(
        num(med(data, s, 'maillon_html')), num(med(data, s, 'hugo_html'))))
    def megabytes(v):
        return '—' if v is None else '{:.0f}'.format(v / 1e6)
    row('HTML bytes written: Maillon / Hugo', lambda s: '{} / {} MB'.format(
        megabytes(med(data, s, 'maillon_html_bytes')), megabytes(med(data, s, 'hugo_html_bytes'))))
    row('**Maillon cold build** (`maillon build`)', lambda s: secs(med(data, s, 'maillon_build_s')))
    row('Maillon CPU time (user + system)', lambda s: secs(med(data, s, 'maillon_build_cpu_s')))
    row('… of which user / system (the kernel: files and folders)', lambda s: secs(med(data, s, 'maillon_build_user_s')) + ' / ' + secs(med(data, s, 'maillon_build_sys_s')))
    row('Maillon peak memory', lambda s: mb(med(data, s, 'maillon_build_kb')))
    row('**Hugo build**', lambda s: secs(med(data, s, 'hugo_build_s')))
    row('Hugo CPU time (user + system)', lambda s: secs(med(data, s, 'hugo_build_cpu_s')))
    row('Hugo peak memory', lambda s: mb(med(data, s, 'hugo_build_kb')))
    row('**cmark-gfm floor** (one process per core)', lambda s: secs(med(data, s, 'cmark_floor_s')))
    row('cmark-gfm floor CPU time', lambda s: secs(med(data, s, 'cmark_floor_cpu_s')))
    row('cmark-gfm, one process', lambda s: secs(med(data, s, 'cmark_one_s')))
    row('Write floor: the site\'s folders and files made by one process', lambda s: secs(med(data, s, 'write_floor_s')))
    row('Write floor CPU time (almost all of it the kernel\'s)', lambda s: secs(med(data, s, 'write_floor_cpu_s')))
    row('`maillon check`', lambda s: secs(med(data, s, 'maillon_check_s')))
    row('`maillon check` peak memory', lambda s: mb(med(data, s, 'maillon_check_kb')))
    row('**Incremental rebuild**: news file written → `reload` event', lambda s: ms(med(data, s, 'incremental_ms')) + spread(data, s, 'incremental_ms', 1, ' ms'))
    row('… the server\'s own rebuild time (its log)', lambda s: secs(med(data, s, 'server_rebuild_s')))
    row('… pages re-rendered per edit', lambda s: num(med(data, s, 'server_rendered')))
    row('`maillon serve`: first build / peak memory', lambda s: '{} / {}'.format(
        secs(med(data, s, 'serve_first_build_s')), mb(med(data, s, 'serve_peak_kb'))))
    row('Maillon time / Hugo time', lambda s: times(ratio(med(data, s, 'maillon_build_s'), med(data, s, 'hugo_build_s'))))
    row('Maillon time / cmark-gfm floor', lambda s: times(ratio(med(data, s, 'maillon_build_s'), med(data, s, 'cmark_floor_s'))))
    row('Maillon CPU time / Hugo CPU time', lambda s: times(ratio(med(data, s, 'maillon_build_cpu_s'), med(data, s, 'hugo_build_cpu_s'))))
    row('Maillon CPU time / floor CPU time', lambda s: times(ratio(med(data, s, 'maillon_build_cpu_s'), med(data, s, 'cmark_floor_cpu_s'))))
    row('Maillon memory / Hugo memory', lambda s: times(ratio(med(data, s, 'maillon_build_kb'), med(data, s, 'hugo_build_kb'))))
    phases = []
    for s in sizes:
        for m in data.get(s, {}):
            if m.startswith('phase_') and m not in phases:
                phases.append(m)
    for m in phases:
        row('Maillon build phase: ' + m[len('phase_'):-len('_s')], lambda s, m=m: secs(med(data, s, m)))
    return rows


def targets(data, sizes):
    at = TARGET_SIZE if TARGET_SIZE in sizes else max(sizes)
    where = '{:,} pages'.format(at).replace(',', '\u202f')
    out = []
    m, h, f = med(data, at, 'maillon_build_s'), med(data, at, 'hugo_build_s'), med(data, at, 'cmark_floor_s')

    def verdict(ok, miss):
        return 'met' if ok else 'missed: ' + miss

    if m and h:
        r = h / m
        out.append(('Cold build at least 2× faster than Hugo ({})'.format(where),
                    'Hugo / Maillon = {:.2f}×'.format(r),
                    verdict(r >= 2, 'needs {:.0f}% less time ({} → {})'.format((1 - h / 2 / m) * 100, secs(m), secs(h / 2)))))
    if m and f:
        r = m / f
        out.append(('Cold build within 1.5× of the cmark-gfm floor ({})'.format(where),
                    'Maillon / floor = {:.2f}×'.format(r),
                    verdict(r <= 1.5, '{:.1f}× over the 1.5× bound ({} against {} allowed)'.format(r / 1.5, secs(m), secs(1.5 * f)))))
    inc = med(data, at, 'incremental_ms')
    if inc is not None:
        out.append(('One-file incremental rebuild + reload under 100 ms, median ({})'.format(where), ms(inc),
                    verdict(inc < 100, '{:.1f}× the budget'.format(inc / 100))))
    mk, hk = med(data, at, 'maillon_build_kb'), med(data, at, 'hugo_build_kb')
    if mk and hk:
        out.append(('Peak memory below Hugo\'s ({})'.format(where), '{} against {}'.format(mb(mk), mb(hk)),
                    verdict(mk < hk, '{:.2f}× Hugo\'s'.format(mk / hk))))
    m10, m100 = med(data, TARGET_SIZE, 'maillon_build_s'), med(data, BIG_SIZE, 'maillon_build_s')
    if m10 and m100:
        r = m100 / m10
        out.append(('100,000-page build at most 11× the 10,000-page time', '{:.2f}× ({} against {})'.format(r, secs(m100), secs(m10)),
                    verdict(r <= 11, '{:.1f}× over'.format(r / 11))))
    else:
        out.append(('100,000-page build at most 11× the 10,000-page time', 'not measured (SIZES="10000 100000")', 'not measured'))
    k100 = med(data, BIG_SIZE, 'maillon_build_kb')
    if k100:
        out.append(('100,000-page peak memory under 2 GB', mb(k100), verdict(k100 < 2 * 1024 * 1024, '{:.2f}× the budget'.format(k100 / (2 * 1024 * 1024)))))
    else:
        out.append(('100,000-page peak memory under 2 GB', 'not measured (SIZES="10000 100000")', 'not measured'))
    return out


def simplify_symbol(line):
    """A `perf report` line with C++ template arguments and perf's empty columns taken out."""
    line = re.sub(r'\s+-\s+-\s*$', '', line.rstrip())
    previous = None
    while previous != line:
        previous = line
        line = re.sub(r'<[^<>]*>', '', line)
    return line.replace('std::__cxx11::', 'std::').replace('[abi:cxx11]', '')[:140]


def busy(meta):
    try:
        n = int(meta.get('nproc', '1'))
        loads = [float(x) for k in ('load_start', 'load_end') for x in meta.get(k, '').split()[:1]]
    except ValueError:
        return False
    return any(l > n / 2 for l in loads)


def md_table(header, rows):
    lines = ['| ' + ' | '.join(header) + ' |', '|' + '|'.join(['---'] + ['---:'] * (len(header) - 1)) + '|']
    lines += ['| ' + ' | '.join(str(c) for c in r) + ' |' for r in rows]
    return '\n'.join(lines)


def text_table(header, rows):
    plain = [[c.replace('**', '').replace('`', '') for c in r] for r in [header] + rows]
    widths = [max(len(r[i]) for r in plain) for i in range(len(header))]
    out = []
    for k, r in enumerate(plain):
        out.append('  '.join(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(r)))
        if k == 0:
            out.append('  '.join('-' * w for w in widths))
    return '\n'.join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', required=True)
    ap.add_argument('--meta', required=True)
    ap.add_argument('--perf-dir')
    ap.add_argument('--out', required=True)
    args = ap.parse_args()
    data, meta = load(args.data, args.meta)
    sizes = sorted(data)
    if not sizes:
        sys.exit('report: no measurement in ' + args.data)

    header = ['Measure (median of {} runs)'.format(meta.get('runs', '?'))] + \
        ['{:,} pages'.format(s).replace(',', '\u202f') for s in sizes]
    rows = build_rows(data, sizes)
    goals = targets(data, sizes)

    print()
    print(text_table(header, rows))
    print()
    print(text_table(['Target', 'Measured', 'Status'], [list(g) for g in goals]))

    ram = int(meta.get('ram_kb', '0') or 0) / 1024 / 1024
    lines = [
        '# Benchmark results',
        '',
        'Written by `make bench` (`bench/run.sh`, see `bench/README.md`) on {}: sizes {}, median of {} runs '
        'of each measure, every tool run in the same session on the same machine, interleaved.'.format(
            meta.get('date', '?'), meta.get('sizes', '?'), meta.get('runs', '?')),
        '',
        '## Machine and versions',
        '',
        '- Cores (`nproc`): {}'.format(meta.get('nproc', '?')),
        '- CPU: {}'.format(meta.get('cpu', '?')),
        '- RAM: {:.1f} GiB'.format(ram),
        '- System: {}, Linux {}, work folder on {}'.format(meta.get('os', '?'), meta.get('kernel', '?'), meta.get('filesystem', '?')),
        '- Maillon: commit `{}` (read from `.git`; uncommitted changes are not shown), binary `{}`'.format(
            meta.get('maillon_commit', '?'), meta.get('maillon_binary', '?')),
        '- Hugo: `{}`'.format(meta.get('hugo_version', '?')),
        '- cmark-gfm: `{}`'.format(meta.get('cmark_version', '?')),
        '- Load average (1, 5, 15 min) at the start: {}; at the end: {}{}'.format(
            meta.get('load_start', '?'), meta.get('load_end', '?'),
            ' — other work shared the machine: wall times are inflated and spread, CPU times less so'
            if busy(meta) else ''),
    ]
    for s in sizes:
        if meta.get('watch_{}'.format(s)) == 'polling':
            lines.append('- Warning: at {} pages `maillon serve` watched by polling (no inotify).'.format(s))
    lines += [
        '',
        '## Results',
        '',
        md_table(header, rows),
        '',
        'Cold build: each run writes into a new output folder. Hugo builds the same corpus with the',
        'templates of `bench/hugo/` (same pages, lists, category and municipality pages, feeds,',
        'calendars, search index and open data). The floor is `cmark-gfm` converting every Markdown',
        'text of the corpus, one process per core, output discarded. The write floor makes the folders',
        'and files of Maillon\'s output again (same paths and sizes) from one plain process',
        '(`bench/write_floor.py`). Incremental: a sentence added to one news file while `maillon serve`',
        'runs, timed from the write to the `reload` event on `/__maillon/events`; a different file each',
        'run. Where the time goes, and why the missed targets are missed: `bench/README.md`, section',
        '"Where the time goes".',
        '',
        '## Targets (issue 5)',
        '',
        md_table(['Target', 'Measured', 'Status'], [list(g) for g in goals]),
    ]
    perf_size = meta.get('perf_size')
    perf_file = os.path.join(args.perf_dir, 'perf-top-{}.txt'.format(perf_size)) if args.perf_dir and perf_size else None
    if perf_file and os.path.exists(perf_file):
        with open(perf_file, encoding='utf-8', errors='replace') as f:
            top = '\n'.join(simplify_symbol(l) for l in f.read().splitlines() if l.strip())
        lines += ['', '## Profile of one cold build at {} pages'.format(perf_size), '',
                  '`perf record -g` (`PERF=1`), self time by symbol (`[k]`: the kernel), the top entries:',
                  '', '```', top, '```']
        children = os.path.join(args.perf_dir, 'perf-children-{}.txt'.format(perf_size))
        if os.path.exists(children):
            with open(children, encoding='utf-8', errors='replace') as f:
                rows = [simplify_symbol(l) for l in f.read().splitlines() if l.strip()]
            lines += ['', 'Time including callees (`perf record --call-graph dwarf`, second build), '
                      'first column; the second is self time:', '', '```'] + rows + ['```']
    lines.append('')
    with open(args.out, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines))
    print()
    print('Written to ' + args.out)


if __name__ == '__main__':
    main()
