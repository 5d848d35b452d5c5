"""Content files against the JSON Schemas of schemas/, as an editor checks them.

YAML is read as YAML 1.2, as editors read it (an unquoted 2026-02-19 or 17:30 is a string), and
each file gets the schema .vscode/settings.json maps it to (a Markdown file: the schema of the
YAML files of its folder, for its front matter).

  json_schema_check.py REPO valid DIR...   every content file under each DIR must pass
  json_schema_check.py REPO invalid FILE... each file (named KIND.case.yaml) must be rejected
                                            by KIND's schema

Prints a line per problem; exits 1 if there is any.
"""
import fnmatch
import json
import os
import re
import sys

import jsonschema
import yaml


class Yaml12Loader(yaml.SafeLoader):
    """PyYAML's safe loader with the YAML 1.2 core schema's plain scalars."""


Yaml12Loader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    ("float", r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
              r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", "-+0123456789."),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
]:
    Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:" + tag, re.compile(pattern), list(first))
# YAML 1.1 reads 010 as octal; 1.2 as ten.
Yaml12Loader.add_constructor(
    "tag:yaml.org,2002:int",
    lambda loader, node: int(loader.construct_scalar(node), 0)
    if loader.construct_scalar(node).startswith(("0o", "0x"))
    else int(loader.construct_scalar(node)))


def load_data(path):
    """The YAML of a file: the whole file, or a Markdown file's front matter."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if path.endswith(".md"):
        match = re.match(r"---\n(.*?\n)?---(\n|$)", text, re.S)
        text = match.group(1) or "" if match else ""
    return yaml.load(text, Loader=Yaml12Loader)


def schema_for(repo, settings, path):
    """The schema .vscode/settings.json maps `path` to (for a .md file, its folder's YAML's)."""
    probe = "/" + os.path.abspath(path).lstrip("/")
    if probe.endswith(".md"):
        probe = probe[:-3] + ".yaml"
    for schema, globs in settings["yaml.schemas"].items():
        if any(fnmatch.fnmatch(probe, g) for g in globs):
            return os.path.join(repo, schema)
    return None


def validator(schema_path, cache={}):
    if schema_path not in cache:
        with open(schema_path, encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft7Validator.check_schema(schema)
        cache[schema_path] = jsonschema.Draft7Validator(schema)
    return cache[schema_path]


def problems(schema_path, data):
    return sorted(validator(schema_path).iter_errors(data), key=lambda e: list(e.path))


def check_valid(repo, dirs):
    with open(os.path.join(repo, ".vscode", "settings.json"), encoding="utf-8") as f:
        settings = json.load(f)
    failures = checked = 0
    for top in dirs:
        for root, folders, files in os.walk(top):
            folders[:] = sorted(d for d in folders if d != "static")
            for name in sorted(files):
                if not name.endswith((".yaml", ".yml", ".md")) or name == "README.md":
                    continue
                path = os.path.join(root, name)
                schema = schema_for(repo, settings, path)
                if schema is None:
                    print(f"{path}: no schema in .vscode/settings.json")
                    failures += 1
                    continue
                checked += 1
                for e in problems(schema, load_data(path)):
                    where = ".".join(str(p) for p in e.path) or "(top)"
                    print(f"{path}: {where}: {e.message} [{os.path.basename(schema)}]")
                    failures += 1
    print(f"{checked} files checked against their schema, {failures} problems")
    return failures == 0 and checked > 0


def check_invalid(repo, files):
    ok = True
    for path in files:
        kind = os.path.basename(path).split(".")[0]
        found = problems(os.path.join(repo, "schemas", kind + ".schema.json"), load_data(path))
        if found:
            print(f"{path}: rejected as expected: {found[0].message}")
        else:
            print(f"{path}: accepted by the {kind} schema, but it is invalid")
            ok = False
    return ok


if __name__ == "__main__":
    repo, mode, *paths = sys.argv[1:]
    sys.exit(0 if (check_valid if mode == "valid" else check_invalid)(repo, paths) else 1)
