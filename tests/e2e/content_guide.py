#!/usr/bin/env python3
"""Runs the examples of the content guide (content/README.md) against the real binary.

Each example is a fenced code block announced by an HTML comment (invisible on GitHub):
  <!-- exemple: news/x.md -->        the block is the whole file: the content must have no error
  <!-- ajout: suppers/x.yaml -->     the block is added at the end of the file: no error either
  <!-- erreur: news/x.md -->         the block is the whole file; the next ```text block is what
                                     `maillon check` prints about it, exactly (a run of lines)
Every example runs on its own copy of content/, with a fixed "now". Prints one line per failure
and exits 1 when any example fails; --show prints what each error example gives instead.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

MARKER = re.compile(r"^<!-- (exemple|ajout|erreur): (\S+) -->$")
FENCE = re.compile(r"^```")
NOW = "2026-11-25T09:00"


def fenced_blocks(lines, start):
    """Yields (first line index after the block, language, text) of blocks from `start` on."""
    i = start
    while i < len(lines):
        if FENCE.match(lines[i]):
            lang = lines[i][3:].strip()
            j = i + 1
            while j < len(lines) and not lines[j].startswith("```"):
                j += 1
            yield j + 1, lang, "".join(lines[i + 1:j])
            i = j + 1
        else:
            i += 1


def examples(guide):
    lines = open(guide, encoding="utf-8").readlines()
    for n, line in enumerate(lines):
        m = MARKER.match(line.rstrip("\n"))
        if not m:
            continue
        kind, path = m.groups()
        blocks = fenced_blocks(lines, n + 1)
        after, _, text = next(blocks)
        expected = None
        if kind == "erreur":
            for _, lang, block in blocks:
                if lang == "text":
                    expected = block
                    break
        yield n + 1, kind, path, text, expected


def run(maillon, src, kind, path, text):
    with tempfile.TemporaryDirectory() as work:
        content = os.path.join(work, "content")
        shutil.copytree(os.path.join(src, "content"), content)
        target = os.path.join(content, path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "a" if kind == "ajout" else "w", encoding="utf-8") as f:
            f.write(text)
        r = subprocess.run([maillon, "check", "--theme", os.path.join(src, "themes/default"),
                            "--now", NOW], cwd=work, capture_output=True, text=True, timeout=60)
        return r.returncode, r.stderr


def main():
    maillon, src = sys.argv[1], sys.argv[2]
    show = "--show" in sys.argv
    guide = os.path.join(src, "content/README.md")
    failures, count, errors = 0, 0, 0
    for line, kind, path, text, expected in examples(guide):
        count += 1
        status, err = run(maillon, src, kind, path, text)
        where = f"content/README.md:{line} ({kind} {path})"
        if show:
            print(f"== {where}: exit {status}\n{err}")
            continue
        if kind == "erreur":
            errors += 1
            if expected is None:
                print(f"FAIL: {where}: no ```text block with the message after the example")
                failures += 1
            elif status != 1 or expected not in err:
                print(f"FAIL: {where}: exit {status}; the guide says\n{expected}maillon printed\n{err}")
                failures += 1
        elif status != 0 or "erreur" in err:
            print(f"FAIL: {where}: the example should pass; exit {status}\n{err}")
            failures += 1
    if not show:
        print(f"{count} examples of the guide run, {errors} of them mistakes; {failures} failed")
        # Every folder kind has its example, the supper walk-through its addition, ten mistakes.
        shown = {path.split("/")[0] for _, kind, path, _, _ in examples(guide) if kind == "exemple"}
        wanted = {"news", "suppers", "activities", "organizations", "communities",
                  "municipalities", "pages"}
        if not wanted <= shown or errors < 10:
            print(f"FAIL: the guide should show every kind (missing: {sorted(wanted - shown)}) "
                  f"and ten mistakes (it shows {errors})")
            failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
