#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (tests/fuzz/corpus/<target>/): the fixtures'
content files and a few of the real portal's, and hostile inputs (encodings, line endings,
fences, deep nesting, alias bombs, scripts in Markdown, the renderer's slow cases). Inputs the
fuzzers found are kept beside them as found-*; this script never removes files.
Run from anywhere: python3 tests/fuzz/make_seeds.py"""
import hashlib
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests/fuzz/corpus"
# The first byte of a validate_document or build_file input picks the file (fuzz_checks.cpp).
FILES = ["site.yaml", "categories.yaml", "resources.yaml", "municipalities/fuzz.md",
         "municipalities/fuzz.yaml", "organizations/fuzz.md", "organizations/fuzz.yaml",
         "activities/fuzz.md", "activities/fuzz.yaml", "suppers/fuzz.yaml",
         "communities/fuzz.md", "communities/fuzz.yaml", "news/fuzz.md", "pages/fuzz.md"]
MAX_BYTES = 16384  # the targets' -max_len


def kind_byte(rel):
    """The index of the file a content file stands for, from its path under content/."""
    parts = rel.split("/")
    name = parts[-1] if len(parts) == 1 else parts[0] + "/fuzz." + parts[-1].rsplit(".", 1)[1]
    return FILES.index(name.replace(".yml", ".yaml"))


def news(body, fields="title: Essai\ndate: 2026-11-01\n"):
    return ("---\n" + fields + "---\n" + body + "\n").encode()


HOSTILE = {  # name: (file it stands for, bytes)
    "crlf": ("news/fuzz.md", news("Un *texte*.").replace(b"\n", b"\r\n")),
    "lone-cr": ("news/fuzz.md", news("Un texte.").replace(b"\n", b"\r")),
    "bom": ("news/fuzz.md", b"\xef\xbb\xbf" + news("Avec BOM.")),
    "utf16": ("news/fuzz.md", b"\xff\xfe-\x00-\x00-\x00\n\x00"),
    "nul": ("news/fuzz.md", news("Un\x00octet NUL.")),
    "latin1": ("news/fuzz.md", news("Caf\xe9").replace(b"\xc3\xa9", b"\xe9")),
    "png": ("news/fuzz.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"),
    "only-fences": ("news/fuzz.md", b"---\n---\n"),
    "unclosed": ("news/fuzz.md", b"---\ntitle: Essai\n"),
    "dots-fence": ("news/fuzz.md", b"---\ntitle: Essai\ndate: 2026-11-01\n...\nCorps.\n"),
    "spaces-fence": ("news/fuzz.md", b"--- \t\ntitle: Essai\ndate: 2026-11-01\n---  \nCorps.\n"),
    "empty": ("news/fuzz.md", b""),
    "blank": ("news/fuzz.md", b" \n\t\r\n"),
    "deep-flow": ("site.yaml", b"title: " + b"[" * 3000),
    "deep-flow-map": ("site.yaml", b"title: " + b"{a: " * 3000),
    "deep-block": ("activities/fuzz.yaml", b"title:\n" + b"- " * 3000 + b"x\n"),
    "deep-keys": ("site.yaml", b"".join(b" " * i + b"k:\n" for i in range(150))),
    "billion-laughs": ("site.yaml", b"a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" +
                       b"".join(b"a%d: &a%d [%s]\n" % (i, i, b", ".join([b"*a%d" % (i - 1)] * 9))
                                for i in range(1, 10))),
    "alias-in-itself": ("site.yaml", b"title: &a [*a]\n"),
    "unknown-alias": ("site.yaml", b"title: *nope\n"),
    "merge-keys": ("site.yaml", b"x: &x {title: A}\n<<: *x\nbase_url: https://e.org/\n"),
    "duplicate-keys": ("site.yaml", b"title: A\ntitle: B\nbase_url: https://e.org/\n"),
    "tab-indent": ("site.yaml", b"contact:\n\tname: A\n"),
    "two-documents": ("site.yaml", b"title: A\n---\ntitle: B\n"),
    "escape-at-end": ("site.yaml", b'"\\'),
    "long-line": ("news/fuzz.md", news("a" * 12000)),
    "markup": ("news/fuzz.md", news(
        "<script>alert(1)</script>\n\n<img src=x onerror=alert(2)> "
        "<a href=\"javascript:alert(3)\">a</a> [b](javascript:alert(4)) "
        "[c](JaVaScRiPt:alert(5)) [d](&#106;avascript:alert(6)) <iframe src=\"x\"></iframe> "
        "<svg onload=alert(7)> ![e](data:image/svg+xml;base64,PHN2Zz4=) "
        "[f](data:text/html,<script>alert(8)</script>) <div onclick=\"x\">g</div>",
        "title: \"</script><script>alert(9)</script>\"\ndate: 2026-11-01\n"
        "summary: \"<img src=x onerror=alert(10)>\"\n")),
    "markup-page": ("pages/fuzz.md", b"---\ntitle: \"<b>x</b>\"\nmenu: 2\n---\n"
                    b"## <script>alert(1)</script>\n\n[x](vbscript:y) <object data=x>\n"),
    "slow-pi": ("news/fuzz.md", news("a" + "<?" * 4000)),
    "slow-cdata": ("news/fuzz.md", news("a" + "<![CDATA[" * 1000)),
    "slow-declaration": ("news/fuzz.md", news("a" + "<!A " * 2000)),
    "wide-table": ("news/fuzz.md", news("a|" * 300 + "\n" + "-|" * 300 + "\n" + "a\n" * 20)),
    "long-table": ("news/fuzz.md", news("a|b\n-|-\n" + "x|y\n" * 3000)),
    "nested-emphasis": ("news/fuzz.md", news("*" * 3000 + "a" + "*" * 3000)),
    "nested-images": ("news/fuzz.md", news("## " + "![" * 1500 + "a" + "](b)" * 1500)),
    "nested-quotes": ("news/fuzz.md", news(">" * 5000 + " a")),
}


def write(target, name, data):
    data = data[:MAX_BYTES]
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)


def main():
    sources = sorted(ROOT.glob("tests/fixtures/**/content/**/*.*"))
    sources += sorted(ROOT.glob("content/*/*.md"))[::4] + sorted(ROOT.glob("content/*.yaml"))
    for path in sources:
        rel = str(path.relative_to(ROOT)).split("content/", 1)[1]  # "news/x.md", "site.yaml"
        if not rel.endswith((".md", ".yaml", ".yml")) or rel == "README.md":
            continue
        data = path.read_bytes()
        name = hashlib.sha1(data).hexdigest()[:16]
        for target in ("front_matter", "load_document"):
            write(target, name, data)
        try:
            byte = kind_byte(rel)
        except ValueError:
            continue  # not a content file of a kind
        for target in ("validate_document", "build_file"):
            write(target, name, bytes([byte]) + data)
    for name, (file, data) in HOSTILE.items():
        for target in ("front_matter", "load_document"):
            write(target, name, data)
        for target in ("validate_document", "build_file"):
            write(target, name, bytes([FILES.index(file)]) + data)


if __name__ == "__main__":
    main()
