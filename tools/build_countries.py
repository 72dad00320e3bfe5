"""Regenerate countries.jsonl from pycountry and countryinfo plus country_overrides.json.

    pip install -e '.[dev]'
    python tools/build_countries.py

pycountry gives the ISO 3166-1 codes and official names, countryinfo the capitals, alternative
spellings and demonyms; the overrides give the names news uses, plural demonyms, metonyms
and checked Wikidata ids. The output is sorted by id, so regenerating is byte-stable.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pycountry
from countryinfo import CountryInfo

# The gazetteer folder this script writes to (the script is a developer tool, not package data).
HERE = Path(__file__).resolve().parents[1] / "extract" / "data" / "gazetteer"


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _info(alpha3: str) -> dict[str, Any]:
    try:
        return dict(CountryInfo(alpha3).info())
    except (KeyError, ValueError):
        return {}


def _plural(demonym: str) -> list[str]:
    """'Iranian' -> 'Iranians'; 'Chinese', 'British', 'French' have no plural form."""
    if demonym.endswith(("ese", "sh", "ch", "ss", "s")):
        return [demonym]
    return [demonym, demonym + "s"]


def _names(country: Any, info: dict[str, Any]) -> list[str]:
    names = [getattr(country, a, None) for a in ("common_name", "name", "official_name")]
    spellings = [s for s in info.get("altSpellings", ()) if len(s) > 3]
    return [n for n in dict.fromkeys([*names, *spellings]) if n]


def country_entry(country: Any, override: dict[str, Any]) -> dict[str, Any]:
    info = _info(country.alpha_3)
    names = _names(country, info)
    label = override.get("label") or names[0]
    demonym = info.get("demonym")
    demonyms = override.get("demonyms", _plural(demonym) if demonym else [])
    dropped = {label, *override.get("not_aliases", [])}
    aliases = [n for n in dict.fromkeys([*names, *override.get("aliases", [])]) if n not in dropped]
    return {
        "id": slugify(label),
        "label": label,
        "kind": "GOVERNMENT",
        "country": country.alpha_3,
        "sector": "GOV",
        "aliases": aliases,
        "capital": override.get("capital", info.get("capital") or None),
        "demonyms": demonyms,
        # other spellings of the capital stand for the government just as metonyms do
        "metonyms": [*override.get("metonyms", []), *override.get("capital_aliases", [])],
        "wikidata": override.get("wikidata"),
        "source": "pycountry+countryinfo",
    }


def _drop_shared_demonyms(entries: list[dict[str, Any]], overrides: dict[str, Any]) -> None:
    """A demonym two entries claim ('American' for the US and its territories) goes to the
    one whose override lists it, or to nobody: a wrong country is worse than none."""
    curated = {d: code for code, o in overrides.items() if isinstance(o, dict)
               for d in o.get("demonyms", ())}
    claims: dict[str, int] = {}
    for entry in entries:
        for demonym in entry["demonyms"]:
            claims[demonym] = claims.get(demonym, 0) + 1
    for entry in entries:
        entry["demonyms"] = [d for d in entry["demonyms"]
                             if curated.get(d, entry["country"]) == entry["country"]
                             and (claims[d] == 1 or d in curated)]


def main() -> None:
    overrides = json.loads((HERE / "country_overrides.json").read_text(encoding="utf-8"))
    entries = [country_entry(c, overrides.get(c.alpha_3, {})) for c in pycountry.countries]
    for code, extra in overrides.items():  # entities pycountry lacks (e.g. Kosovo)
        if not code.startswith("_") and pycountry.countries.get(alpha_3=code) is None:
            base = {"id": slugify(extra["label"]), "kind": "GOVERNMENT", "country": code,
                    "sector": "GOV", "aliases": [], "metonyms": [], "wikidata": None}
            entries.append({**base, **extra, "source": "hand-curated"})
    _drop_shared_demonyms(entries, overrides)
    lines = [json.dumps(e, ensure_ascii=False) for e in sorted(entries, key=lambda e: e["id"])]
    (HERE / "countries.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} countries and territories -> {HERE / 'countries.jsonl'}")


if __name__ == "__main__":
    main()
