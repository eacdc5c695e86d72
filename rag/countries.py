"""Country names, in English and Indonesian, found in text.

A question such as "Negara mana saja yang jadi tujuan ekspor?" or "which countries did the
bags go to?" is answered by the countries a report names ("ke Kanada ... ke Belanda dan
Qatar"). The regions gazetteer (``rag.regions``) knows Indonesia only, so the names come
from ISO 3166 through pycountry, with its Indonesian catalogue, plus the short forms
Indonesian news writes ("Tiongkok", "Inggris", "Korsel").
"""

from __future__ import annotations

import gettext
import re
from functools import cache

import pycountry

#: Names news writes that neither catalogue has, each with the country it means.
_EXTRA_NAMES = {
    "Tiongkok": "China", "Cina": "China", "RRC": "China", "Amerika": "United States",
    "Amerika Serikat": "United States", "USA": "United States",
    "Inggris": "United Kingdom", "Britania Raya": "United Kingdom",
    "Britain": "United Kingdom", "England": "United Kingdom", "Korea Selatan": "Korea, Republic of",
    "Korsel": "Korea, Republic of", "South Korea": "Korea, Republic of", "Korea Utara": "Korea, Democratic People's Republic of",
    "North Korea": "Korea, Democratic People's Republic of", "Rusia": "Russian Federation", "Russia": "Russian Federation",
    "Vietnam": "Viet Nam", "Iran": "Iran, Islamic Republic of", "Taiwan": "Taiwan, Province of China",
    "Arab Saudi": "Saudi Arabia", "Saudi": "Saudi Arabia", "Uni Emirat Arab": "United Arab Emirates",
    "UEA": "United Arab Emirates", "UAE": "United Arab Emirates", "Belanda": "Netherlands", "Holland": "Netherlands",
    "Timor Leste": "Timor-Leste", "Filipina": "Philippines", "Turki": "Türkiye", "Turkey": "Türkiye",
    "Selandia Baru": "New Zealand", "Papua Nugini": "Papua New Guinea",
}
#: Country names that are also everyday words or people's names in these reports.
_AMBIGUOUS = frozenset({"Indonesia", "Chad", "Jordan", "Georgia", "Guinea", "Niger", "Mali", "Oman", "Togo", "Peru",
                        "Jersey", "Man", "Holy See", "Malta", "Samoa", "Tonga", "Kuba"})


@cache
def _names() -> dict[str, str]:
    """Every name of every country (English and Indonesian) → the English name shown."""
    try:
        indonesian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"]).gettext
    except OSError:
        indonesian = str
    names: dict[str, str] = {}
    for country in pycountry.countries:
        shown = getattr(country, "common_name", None) or country.name
        for name in (country.name, getattr(country, "common_name", None), indonesian(country.name)):
            if name and "," not in name and "(" not in name:
                names.setdefault(name, shown)
    for name, meant in _EXTRA_NAMES.items():
        country = pycountry.countries.get(name=meant)
        names[name] = (getattr(country, "common_name", None) or country.name) if country else meant
    return {name: shown for name, shown in names.items() if name not in _AMBIGUOUS}


@cache
def _pattern() -> re.Pattern[str]:
    alternatives = sorted(_names(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in alternatives) + r")(?![\w-])")


def find_countries(text: str) -> list[tuple[int, int, str]]:
    """The countries ``text`` names, in order: (start, end, the name as written)."""
    return [(m.start(), m.end(), m.group()) for m in _pattern().finditer(text)]


#: A question that asks for countries: "negara mana (saja)", "ke negara apa", "which
#: countries", "what country".
ASKS_COUNTRY = re.compile(r"\bnegara\s+(?:mana|apa)\b|\b(?:which|what)\s+(?:other\s+)?countr(?:y|ies)\b"
                          # "Which nationalities ...?", "kewarganegaraan apa saja?": countries by their people
                          r"|\b(?:which|what)\s+(?:other\s+)?nationalit(?:y|ies)\b|\bkewarganegaraan\w*\s+(?:mana|apa)\b"
                          r"|\bwarga negara\s+(?:mana|apa)\b"
                          r"|\b(?:nama\s+)?negara(?:-negara)?\s+(?:tujuan\w*|yang|yg)\b[^?]*\b(?:mana|apa)\b",
                          re.IGNORECASE)
