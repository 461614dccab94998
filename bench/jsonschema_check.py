#!/usr/bin/env python3
"""Schema-only validation with python3-jsonschema and PyYAML's C loader.

usage: jsonschema_check.py SCHEMAS_DIR CORPUS_DIR

What a user would write instead of mee: load every YAML file of a kind with
yaml.CSafeLoader, validate it against schemas/KIND.schema.json with every
error collected (Draft7Validator.iter_errors, formats checked). Dates are kept
as the strings they are in the file: PyYAML would otherwise turn 2026-03-24
into a date object, and every document would fail "type: string". Prints one
line per kind: files, invalid files, errors.
"""
import glob
import json
import os
import sys

import jsonschema
import yaml


class Loader(yaml.CSafeLoader):
    pass


Loader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))

FOLDERS = {"plan": "plannen", "eindverslag": "eindverslagen", "initiatief": "initiatieven"}


def main():
    schemas, corpus = sys.argv[1], sys.argv[2]
    for kind, folder in FOLDERS.items():
        with open(os.path.join(schemas, f"{kind}.schema.json")) as f:
            validator = jsonschema.Draft7Validator(json.load(f), format_checker=jsonschema.FormatChecker())
        files = sorted(glob.glob(os.path.join(corpus, folder, "*.yaml")))
        invalid = errors = 0
        for path in files:
            with open(path, "rb") as f:
                try:
                    data = yaml.load(f, Loader=Loader)
                except yaml.YAMLError:
                    invalid += 1
                    errors += 1
                    continue
            found = sum(1 for _ in validator.iter_errors(data))
            invalid += found > 0
            errors += found
        print(f"{kind}: {len(files)} files, {invalid} invalid, {errors} errors")


if __name__ == "__main__":
    main()
