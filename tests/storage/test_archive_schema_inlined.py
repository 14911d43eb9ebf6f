"""The archive validator checks against the schema with its definitions written out (much faster)."""

from __future__ import annotations

import json

from erbij_desktop.storage.archive_format import _inline_refs, schema


def test_the_shipped_schema_is_validated_without_following_refs() -> None:
    original = schema()
    inlined = _inline_refs(original)
    assert inlined is not original
    without_defs = {key: value for key, value in inlined.items() if key != "$defs"}
    assert '"$ref"' not in json.dumps(without_defs)
    inline_list = inlined["properties"]["contributions"]["anyOf"][0]  # versions 1 and 2
    assert inline_list["items"] == inlined["$defs"]["contribution_v1"]
    assert '"$ref"' in json.dumps(original)  # the shipped file itself is left as it is


def test_refs_that_cannot_be_written_out_keep_the_schema_as_it_is() -> None:
    recursive = {
        "$defs": {"node": {"type": "array", "items": {"$ref": "#/$defs/node"}}},
        "$ref": "#/$defs/node",
    }
    elsewhere = {"properties": {"a": {"$ref": "https://example.org/other.json"}}}
    with_siblings = {
        "$defs": {"x": {"type": "string"}},
        "properties": {"a": {"$ref": "#/$defs/x", "maxLength": 3}},
    }
    for document in (recursive, elsewhere, with_siblings):
        assert _inline_refs(document) is document
