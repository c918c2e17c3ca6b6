"""What the orders protect and on what basis a release may disclose it.

Each entity maps to the paragraphs that make it confidential; the redaction
log cites them. Release profiles (data/profiles.yaml) name a legal basis and
the entities it allows a release to keep.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from redactor.errors import ConfigurationError

ENTITIES: tuple[str, ...] = (
    "US_SSN",
    "FINANCIAL_RECORD",
    "IMMIGRATION_STATUS",
    "PUBLIC_ASSISTANCE",
    "SEXUAL_ORIENTATION",
    "DV_VICTIM",
    "SEXUAL_ASSAULT_VICTIM",
    "CRIME_WITNESS",
)

ROLE_ENTITIES = frozenset({"DV_VICTIM", "SEXUAL_ASSAULT_VICTIM", "CRIME_WITNESS"})

LEGAL_SOURCE: dict[str, str] = {
    "US_SSN": "EO-2020 ¶6; GO 06-2 III.A",
    "FINANCIAL_RECORD": "GO 06-2 III.A",
    "IMMIGRATION_STATUS": "EO-2020 ¶6; GO 06-2 II, III.A",
    "PUBLIC_ASSISTANCE": "EO-2020 ¶6; GO 06-2 III.A",
    "SEXUAL_ORIENTATION": "EO-2020 ¶6; GO 06-2 III.A",
    "DV_VICTIM": "EO-2020 ¶6; GO 06-2 III.A",
    "SEXUAL_ASSAULT_VICTIM": "EO-2020 ¶6; GO 06-2 III.A",
    "CRIME_WITNESS": "EO-2020 ¶6; GO 06-2 III.A",
}

# Short words for replacement labels: "[DV VICTIM 1]", "[SSN]".
LABEL_WORDS: dict[str, str] = {
    "US_SSN": "SSN",
    "FINANCIAL_RECORD": "FINANCIAL RECORD",
    "IMMIGRATION_STATUS": "IMMIGRATION STATUS",
    "PUBLIC_ASSISTANCE": "PUBLIC ASSISTANCE",
    "SEXUAL_ORIENTATION": "SEXUAL ORIENTATION",
    "DV_VICTIM": "DV VICTIM",
    "SEXUAL_ASSAULT_VICTIM": "SA VICTIM",
    "CRIME_WITNESS": "WITNESS",
}

DEFAULT_PROFILE = "public"


@dataclass(frozen=True)
class Profile:
    name: str
    basis: str
    description: str
    disclose: frozenset[str]

    def redacts(self, entity: str) -> bool:
        return entity in LEGAL_SOURCE and entity not in self.disclose


@cache
def profiles() -> dict[str, Profile]:
    raw = yaml.safe_load(resources.files("redactor.data").joinpath("profiles.yaml").read_text("utf-8"))
    result = {}
    for name, spec in raw.items():
        unknown = set(spec.get("disclose", [])) - set(ENTITIES)
        if unknown:
            raise ConfigurationError(f"profile '{name}' discloses unknown entities {sorted(unknown)}")
        result[name] = Profile(name, spec["basis"], spec["description"], frozenset(spec.get("disclose", [])))
    return result


def get_profile(name: str = DEFAULT_PROFILE) -> Profile:
    try:
        return profiles()[name]
    except KeyError:
        known = ", ".join(sorted(profiles()))
        raise ConfigurationError(f"unknown profile '{name}'", f"choose one of: {known}") from None
