"""Role cues for the linking stage (DV_VICTIM, SEXUAL_ASSAULT_VICTIM, CRIME_WITNESS).

A person's role is not a pattern in one place: it comes from a table code, an
offense line, a statement header. This module only compiles the cue lists in
`data/roles.*.yaml`; `redactor.linking` does the document-level reasoning.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex as re

from recognizers.base import FLAGS, load_category


def _alternation(words: list[str]) -> str:
    return "(?:" + "|".join(words) + ")"


@dataclass(frozen=True)
class RoleCues:
    dv_markers: re.Pattern[str]
    sa_markers: re.Pattern[str]
    dv_markers_without_sa: re.Pattern[str]
    victim_words: str
    witness_words: str
    suspect_words: str
    officer_titles: str
    witness_verbs: str
    subject_words: str = "(?!)"
    not_names: tuple[str, ...] = ()
    occupations: tuple[str, ...] = ()
    not_initials: frozenset[str] = frozenset()
    public_addresses: re.Pattern[str] | None = None


@cache
def role_cues() -> RoleCues:
    data = load_category("roles")
    return RoleCues(
        dv_markers=re.compile(_alternation(data["dv_markers"]), FLAGS),
        sa_markers=re.compile(_alternation(data["sa_markers"]), FLAGS),
        dv_markers_without_sa=re.compile(_alternation(data.get("dv_markers_without_sa", ["(?!)"])), FLAGS),
        victim_words=_alternation(data["victim_words"]),
        witness_words=_alternation(data["witness_words"]),
        suspect_words=_alternation(data["suspect_words"]),
        officer_titles=_alternation(data["officer_titles"]),
        witness_verbs=_alternation(data["witness_verbs"]),
        subject_words=_alternation(data.get("subject_words", ["(?!)"])),
        not_names=tuple(data.get("not_names", [])) + tuple(data.get("occupations", [])),
        occupations=tuple(data.get("occupations", [])),
        not_initials=frozenset(data.get("not_initials", [])),
        public_addresses=re.compile(_alternation(data.get("public_addresses", ["(?!)"])), FLAGS),
    )
