"""Linking: who the people in a document are, which of them hold a protected role,
and every mention and identifier of each.

No single recognizer can say that "Ruiz" on page 2 is the family-violence
victim from the involved-persons table on page 1. This stage reads the whole
document: it decides the case kind (family violence, sexual assault) from
offense lines and markers, finds people with roles from table codes and
narrative cues, and then emits a finding for every name form and identifier
of each protected person. Officers and suspects are never protected; victims
of other crimes are not either.
"""

from __future__ import annotations

import regex as re
from dataclasses import dataclass, field

from recognizers.base import fold
from recognizers.roles import role_cues
from redactor.detect import Finding

RECOGNIZER = "RoleLinker"

# --- name and identifier shapes -------------------------------------------------

_UP = r"A-ZÀ-ÖØ-Þ"
_LO = r"a-zß-öø-ÿ"
_WORD = rf"[{_UP}][{_LO}{_UP}'’\-]+"
_TITLE_WORD = rf"(?:Mc|Mac|O'|O’|De|Di|La|Le)?[{_UP}][{_LO}]+(?:[-'’][{_UP}][{_LO}]+)?"
_CAPS_WORD = rf"[{_UP}][{_UP}'’\-]+"

# "LAST, FIRST M" (caps or title case) and "First M. Last".
LAST_FIRST = re.compile(
    rf"(?P<last>{_WORD}(?:[ -]{_WORD})?),[ \t]*(?P<first>{_WORD})(?:[ \t]+(?P<middle>[{_UP}])\.?(?![\w]))?"
)
FIRST_LAST = re.compile(
    rf"(?P<first>{_TITLE_WORD}|{_CAPS_WORD})"
    rf"(?:[ \t]+[\"'“‘(](?P<nick>[{_UP}][{_LO}]+)[\"'”’)])?"
    rf"(?:[ \t]+(?P<middle>[{_UP}])\.?)?"
    rf"[ \t]+(?P<last>{_TITLE_WORD}(?:[ -]{_TITLE_WORD})?|{_CAPS_WORD})(?![\w])"
)
HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Mx|Sr|Sra|Srta)\.?"
INITIALS = re.compile(rf"(?<![\w.])[{_UP}]\.[ ]?[{_UP}]\.(?:[ ]?[{_UP}]\.)?(?![\w])")

DATE = re.compile(r"(?<![\d/.-])(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2}))(?![\d/.-])")
PHONE = re.compile(r"(?<![\d-])(?:\+?1[ .-]?)?(?:\(\d{3}\)[ ]?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\d-])")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
STREET_TYPES = (
    r"(?:St(?:reet)?|Ave(?:nue)?|Rd|Road|Blvd|Boulevard|Dr(?:ive)?|Ln|Lane|Ct|Court|Pl(?:ace)?|"
    r"Ter(?:race)?|Way|Pkwy|Parkway|Hwy|Highway|Sq(?:uare)?|Cir(?:cle)?|Calle|Tpke|Turnpike)"
)
ADDRESS = re.compile(
    rf"(?<![\w/-])\d{{1,5}}[A-Za-z]?(?:[ \t]+(?:[NSEW]\.?|North|South|East|West))?"
    rf"(?:[ \t]+(?:[{_UP}][\w'’.-]*|\d+(?:st|nd|rd|th)))(?:[ \t]+[{_UP}][\w'’.-]*){{0,2}}?"
    rf"[ \t]+{STREET_TYPES}\.?"
    rf"(?:,?[ \t]*(?:Apt\.?|Apartment|Unit|Ste\.?|Suite|Fl\.?|Floor|Rm\.?|#)[ \t]*#?[\w-]+(?:[ \t]+(?:Fl|Floor)\.?)?"
    rf"|,?[ \t]+\d(?:st|nd|rd|th)[ \t]+(?:Fl(?:oor)?)\.?)?"
)
PLATE = re.compile(
    r"(?:plate|registration|reg\.?|marker|tag)(?:\s+(?:number|no\.?|#))?\s*[:#]?\s*"
    r"(?:(?:CT|Conn\.?|NY|MA|RI)\s+)?(?P<value>(?-i:[A-Z0-9]{2,3}[- ]?[A-Z0-9]{3,4}))(?![\w])",
    re.IGNORECASE,
)
DOB_CUE = re.compile(r"(?:DOB|D\.O\.B\.?|date\s+of\s+birth|born(?:\s+on)?|fecha\s+de\s+nacimiento|f\.?\s?nac\.?)\W{0,3}", re.I)

# Words that look like names in tables and narratives but are not.
NOT_NAMES = frozenset(
    """
    The This That These Those There Then When Where While After Before During Upon
    Victim Witness Suspect Officer Report Case Page Date Time Name Address Phone
    Street Avenue Road New Haven Police Department Incident Offense Narrative Supplement
    Unknown None Male Female Black White Hispanic Asian Code Role Dob Age Sex Race
    Ofc Det Sgt Lt Capt Mr Mrs Ms Miss Dr And Or Of In On At To From With She He They
    Her His Their Statement Sworn Involved Persons Persons Complainant Reporting Party
    Family Violence Sexual Assault Breach Peace Domestic State Connecticut City Yale
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Apt Unit Floor Ave St Rd
    """.split()
)


@dataclass
class Person:
    """One human being in the document, as far as the record lets us tell."""

    first: str = ""
    last: str = ""
    middle: str = ""
    nicknames: set[str] = field(default_factory=set)
    initials: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)  # victim, witness, suspect, officer
    identifiers: set[str] = field(default_factory=set)
    entity: str = ""
    key: str = ""

    def same_as(self, first: str, last: str) -> bool:
        if last and self.last and last.lower() != self.last.lower():
            return False
        if first and self.first and first.lower() != self.first.lower():
            return False
        return bool((last and self.last) or (first and self.first and not last and not self.last))

    @property
    def protected(self) -> bool:
        return bool(self.entity)


@dataclass
class LinkResult:
    findings: list[Finding]
    people: list[Person]
    case_kinds: set[str]


def case_kinds(text: str) -> set[str]:
    """'DV' and/or 'SA' when the record is a family-violence or sexual-assault case."""
    cues = role_cues()
    folded = fold(text)
    kinds = set()
    if cues.dv_markers.search(folded):
        kinds.add("DV")
    if cues.sa_markers.search(folded):
        kinds.add("SA")
    return kinds


class _People:
    """The growing set of people, merged by name."""

    def __init__(self) -> None:
        self.people: list[Person] = []

    def add(self, first: str, last: str, middle: str = "", role: str = "") -> Person:
        first, last = _clean_name(first), _clean_name(last)
        for person in self.people:
            if person.same_as(first, last):
                person.first = person.first or first
                person.middle = person.middle or middle
                if role:
                    person.roles.add(role)
                return person
        person = Person(first=first, last=last, middle=middle)
        if role:
            person.roles.add(role)
        self.people.append(person)
        return person

    def by_surname(self, last: str) -> list[Person]:
        return [p for p in self.people if p.last and p.last.lower() == last.lower()]

    def by_first(self, first: str) -> list[Person]:
        return [p for p in self.people if p.first and p.first.lower() == first.lower()]


def _clean_name(word: str) -> str:
    word = word.strip(" \t,.;:")
    if word.isupper() and len(word) > 1:
        word = "-".join(part.capitalize() for part in word.split("-"))
        word = " ".join(part[:1].upper() + part[1:] for part in word.split(" "))
    return word


def _parse_name(fragment: str) -> tuple[str, str, str, str] | None:
    """(first, middle, last, nickname) from the start of `fragment`, or None."""
    fragment = fragment.lstrip(" \t|:-")
    fragment = re.sub(rf"^{HONORIFIC}[ \t]+", "", fragment)
    for rx in (LAST_FIRST, FIRST_LAST):
        match = rx.match(fragment)
        if not match:
            continue
        first, last = match.group("first"), match.group("last")
        if first in NOT_NAMES or last in NOT_NAMES or first.title() in NOT_NAMES or last.title() in NOT_NAMES:
            continue
        nick = match.groupdict().get("nick") or ""
        return first, match.group("middle") or "", last, nick
    return None


# --- role detection ---------------------------------------------------------------

def _role_of_code(code: str) -> str:
    cues = role_cues()
    code = code.strip()
    if re.fullmatch(cues.victim_words, code, re.I):
        return "victim"
    if re.fullmatch(cues.witness_words, code, re.I):
        return "witness"
    if re.fullmatch(cues.suspect_words, code, re.I):
        return "suspect"
    return ""


def _table_rows(text: str, people: _People) -> list[tuple[Person, str]]:
    """People listed in involved-persons rows: 'V1 | RUIZ, JENNIFER A | 04/12/1991 | ...'."""
    cues = role_cues()
    codes = rf"(?:{cues.victim_words}|{cues.witness_words}|{cues.suspect_words}|(?-i:C|COMP|O|OTH|P|M|INV))"
    row = re.compile(
        rf"^[ \t|]*(?:#?\d+[ \t|.)]+)?(?P<code>{codes})(?:[ \t]*#?[ \t]*\d{{1,2}})?[ \t]*(?:[|:)\-–]|[ \t]{{2,}}|\t)[ \t|]*(?P<rest>.+)$",
        re.MULTILINE | re.IGNORECASE,
    )
    rows: list[tuple[Person, str]] = []
    for match in row.finditer(text):
        rest = match.group("rest")
        parsed = _parse_name(rest)
        if not parsed:
            continue
        first, middle, last, nick = parsed
        # A table row has cells: a separator or the name in LAST, FIRST form.
        if "|" not in match.group(0) and not LAST_FIRST.match(rest.lstrip(" \t|:-")) and not re.search(r"\t| {2,}", rest):
            continue
        role = _role_of_code(match.group("code"))
        person = people.add(first, last, middle, role)
        if nick:
            person.nicknames.add(nick)
        rows.append((person, rest))
    return rows


def _labeled_blocks(text: str, people: _People) -> list[tuple[Person, str]]:
    """'VICTIM:' / 'Witness #2' headings followed by 'Name: ...' lines."""
    cues = role_cues()
    heading = re.compile(
        rf"^[ \t]*(?P<role>{cues.victim_words}|{cues.witness_words}|{cues.suspect_words})"
        rf"(?:[ \t]*(?:#|No\.?)?[ \t]*\d{{1,2}})?[ \t]*(?:information|info)?[ \t]*:?[ \t]*(?P<inline>[^\n]*)$",
        re.MULTILINE | re.IGNORECASE,
    )
    blocks: list[tuple[Person, str]] = []
    for match in heading.finditer(text):
        role = _role_of_code(match.group("role").split()[0]) or _role_of_code(match.group("role"))
        inline = match.group("inline").strip()
        block_end = text.find("\n\n", match.end())
        block = text[match.end() : block_end if block_end > 0 else len(text)][:600]
        name_source = inline
        name_line = re.search(r"^[ \t]*(?:Full\s+)?Name[ \t]*:[ \t]*(?P<name>[^\n]+)$", block, re.MULTILINE | re.I)
        if (not inline or not _parse_name(inline)) and name_line:
            name_source = name_line.group("name")
        parsed = _parse_name(name_source) if name_source else None
        if not parsed:
            continue
        first, middle, last, nick = parsed
        person = people.add(first, last, middle, role)
        if nick:
            person.nicknames.add(nick)
        blocks.append((person, inline + "\n" + block))
    return blocks


def _narrative_roles(text: str, people: _People) -> list[tuple[Person, int]]:
    """Roles stated in prose: 'the victim, Maria Gonzalez,', 'I, Ana Ortiz, ... saw'."""
    cues = role_cues()
    name = (
        rf"(?:{HONORIFIC}[ \t]+)?(?P<name>(?-i:{_TITLE_WORD}|{_CAPS_WORD})(?:[ \t]+(?-i:[\"'“][{_UP}][{_LO}]+[\"'”]))?"
        rf"(?:[ \t]+(?-i:[{_UP}])\.)?(?:[ \t\n]+(?-i:{_TITLE_WORD}|{_CAPS_WORD})){{0,2}}|(?-i:[{_UP}]\.[ ]?[{_UP}]\.))"
    )
    lead = r"(?:the[ \t]+|a[ \t]+|la[ \t]+|el[ \t]+|our[ \t]+)?"
    link = r"[ \t]*[,:(]?[ \t]*(?:(?:later[ \t]+)?identified[ \t]+as[ \t]+|named[ \t]+|was[ \t]+)?"
    patterns = [
        ("victim", re.compile(rf"{lead}(?<![\w]){cues.victim_words}(?:[ \t]*#?\d)?{link}{name}", re.I)),
        ("witness", re.compile(rf"{lead}(?<![\w]){cues.witness_words}(?:[ \t]*#?\d)?{link}{name}", re.I)),
        ("suspect", re.compile(rf"{lead}(?<![\w]){cues.suspect_words}(?:[ \t]*#?\d)?{link}{name}", re.I)),
        ("victim", re.compile(rf"{name}[ \t]*\((?:the[ \t]+)?{cues.victim_words}\)", re.I)),
        ("witness", re.compile(rf"{name}[ \t]*\((?:the[ \t]+)?{cues.witness_words}\)", re.I)),
        ("statement", re.compile(rf"(?:^|\n)[ \t]*(?:I|Yo),[ \t]+{name},", re.I)),
        (
            "witness",
            re.compile(
                rf"{name}[ \t]+(?:stated|said|told[ \t]+\w+|reported|advised|explained|indicated)"
                rf"[ \t]+(?:that[ \t]+)?(?:she|he|they|I)[ \t]+(?:had[ \t]+)?(?:personally[ \t]+)?{cues.witness_verbs}\b",
                re.I,
            ),
        ),
    ]
    found: list[tuple[Person, int]] = []
    officer = re.compile(rf"(?:{cues.officer_titles})[ \t]*$", re.I)
    for role, rx in patterns:
        for match in rx.finditer(text):
            raw = match.group("name")
            start = match.start("name")
            if officer.search(text[max(0, start - 14) : start]) or re.search(
                rf"^(?:{cues.officer_titles})\b", raw, re.I
            ):
                continue
            raw = raw.split("\n")[0] if "\n" in raw and not re.search(r"\n[ \t]*[A-Z][a-z]+\b", raw) else raw
            person = _person_from_mention(raw, people, role)
            if person is not None:
                found.append((person, match.end()))
    return found


def _person_from_mention(raw: str, people: _People, role: str) -> Person | None:
    raw = " ".join(raw.split())
    if INITIALS.fullmatch(raw):
        person = Person(initials={raw})
        person.roles.add(role)
        people.people.append(person)
        return person
    words = [w for w in re.split(r"[ \t]+", raw) if not re.fullmatch(r"[\"'“”].*", w)]
    nick_match = re.search(r"[\"'“]([A-Z][a-z]+)[\"'”]", raw)
    words = [w for w in words if w.strip(".") and w not in NOT_NAMES and w.title() not in NOT_NAMES]
    if not words:
        return None
    if len(words) == 1:
        single = _clean_name(words[0])
        known = people.by_surname(single) or people.by_first(single)
        if known:
            known[0].roles.add(role)
            return known[0]
        return None
    first, last = words[0], words[-1]
    middle = words[1].strip(".") if len(words) == 3 and len(words[1].strip(".")) == 1 else ""
    person = people.add(first, last, middle, role)
    if nick_match:
        person.nicknames.add(nick_match.group(1))
    return person


def _assign_entities(people: list[Person], kinds: set[str], text: str) -> None:
    """Decide each person's protected entity from roles and the case kind."""
    counters: dict[str, int] = {}
    for person in people:
        roles = person.roles
        if "suspect" in roles or "officer" in roles:
            continue
        entity = ""
        if "victim" in roles and kinds:
            entity = "SEXUAL_ASSAULT_VICTIM" if "SA" in kinds and ("DV" not in kinds or _sa_about(person, text)) else "DV_VICTIM"
        elif "witness" in roles or ("statement" in roles and "victim" not in roles):
            entity = "CRIME_WITNESS"
        elif "statement" in roles and "victim" in roles and kinds:
            entity = "SEXUAL_ASSAULT_VICTIM" if "SA" in kinds else "DV_VICTIM"
        if entity:
            person.entity = entity
            counters[entity] = counters.get(entity, 0) + 1
            person.key = f"{entity}#{counters[entity]}"


def _sa_about(person: Person, text: str) -> bool:
    """In a record with both markers, a victim is an SA victim when an SA marker is the nearer one."""
    name = person.last or person.first
    if not name:
        return True
    cues = role_cues()
    folded = fold(text)
    positions = [m.start() for m in re.finditer(re.escape(name), text)]
    if not positions:
        return True
    sa = [m.start() for m in cues.sa_markers.finditer(folded)]
    dv = [m.start() for m in cues.dv_markers.finditer(folded)]
    def nearest(marks: list[int]) -> int:
        return min((abs(m - p) for m in marks for p in positions), default=10**9)
    return nearest(sa) <= nearest(dv)


# --- identifiers ----------------------------------------------------------------

def _identifiers_in(fragment: str) -> set[str]:
    """DOB, address, phone, e-mail and plate values in a table row or block."""
    values: set[str] = set()
    for rx in (DATE, PHONE, EMAIL, ADDRESS):
        values.update(m.group(0).strip() for m in rx.finditer(fragment))
    values.update(m.group("value") for m in PLATE.finditer(fragment))
    return {v for v in values if v}


def _identifiers_near(text: str, position: int) -> set[str]:
    """Identifiers stated right after a protected person's mention, in the same sentence."""
    tail = text[position : position + 160]
    stop = re.search(r"(?<!\b[A-Z])(?<!\b(?:Ms|Mr|St|Dr|Mrs|Apt|Ave|Jr|Sr))[.!?](?:\s|$)|\n\s*\n", tail)
    sentence = tail[: stop.start()] if stop else tail
    values: set[str] = set()
    dob = DOB_CUE.search(sentence)
    if dob:
        date = DATE.search(sentence, dob.end())
        if date and date.start() - dob.end() < 4:
            values.add(date.group(0))
    for match in ADDRESS.finditer(sentence):
        before = sentence[max(0, match.start() - 30) : match.start()].lower()
        if re.search(r"(?:of|at|resides|residing|lives|living|address|home|vive|domicilio|en)\W*$", before):
            values.add(match.group(0).strip())
    for rx in (PHONE, EMAIL):
        values.update(m.group(0) for m in rx.finditer(sentence))
    values.update(m.group("value") for m in PLATE.finditer(sentence))
    return values


def _value_regex(value: str) -> re.Pattern[str]:
    """Regex finding `value` again in any of its common spellings."""
    digits = re.sub(r"\D", "", value)
    if PHONE.fullmatch(value) and len(digits) >= 10:
        d = digits[-10:]
        return re.compile(rf"(?<![\d-])(?:\+?1[ .-]?)?\(?{d[:3]}\)?[ .-]?{d[3:6]}[ .-]{d[6:]}(?![\d-])")
    if DATE.fullmatch(value):
        parts = re.split(r"[/.-]", value)
        month, day, year = (p.lstrip("0") or "0" for p in parts)
        year_rx = year if len(year) == 4 else rf"(?:\d\d)?{year}"
        return re.compile(rf"(?<![\d/.-])0?{month}[/.-]0?{day}[/.-]{year_rx}(?![\d/.-])")
    address = ADDRESS.fullmatch(value)
    if address:
        base = re.match(rf"(.+?{STREET_TYPES})\.?", value)
        core = base.group(1) if base else value
        words = [re.escape(w) for w in core.split()]
        stem = r"[ \t\n]+".join(words[:-1]) + r"[ \t\n]+" + words[-1][:2] + r"[\w]*\.?"
        unit = r"(?:,?[ \t]*(?:Apt\.?|Apartment|Unit|Ste\.?|Suite|Fl\.?|Floor|Rm\.?|#)[ \t]*#?[\w-]+(?:[ \t]+(?:Fl|Floor)\.?)?|,?[ \t]+\d(?:st|nd|rd|th)[ \t]+Fl(?:oor)?\.?)?"
        return re.compile(rf"(?<![\w]){stem}{unit}", re.I)
    return re.compile(rf"(?<![\w]){re.escape(value)}(?![\w])", re.I)


# --- mentions ----------------------------------------------------------------------

def _name_forms(person: Person) -> list[re.Pattern[str]]:
    """Regexes for every name form, longest first, so a full name is one redaction."""
    forms: list[str] = []
    first, last = re.escape(person.first), re.escape(person.last)
    middle = rf"(?:[ \t]+{re.escape(person.middle)}\.?|[ \t]+[A-Z]\.?)?" if person.middle else r"(?:[ \t]+[A-Z]\.)?"
    nick = "|".join(re.escape(n) for n in person.nicknames)
    nick_part = rf"(?:[ \t]+[\"'“‘(](?:{nick})[\"'”’)])?" if nick else ""
    if person.first and person.last:
        forms.append(rf"{first}{nick_part}{middle}[ \t\n]+{last}")
        forms.append(rf"{last},[ \t]*{first}{middle}")
    if person.last:
        forms.append(last)
    if person.first and len(person.first) > 2:
        forms.append(first)
    for n in person.nicknames:
        forms.append(re.escape(n))
    if person.first and person.last:
        forms.append(rf"{person.first[0]}\.[ ]?{person.last[0]}\.")
    for initials in person.initials:
        forms.append(re.escape(initials).replace(r"\ ", "[ ]?"))
    compiled = []
    for form in forms:
        compiled.append(re.compile(rf"(?<![\w]){form}(?![\w])", re.I if form != last else 0))
        if form == last and person.last:
            compiled.append(re.compile(rf"(?<![\w]){re.escape(person.last.upper())}(?![\w])"))
    return compiled


def _owner_of_shared(
    name: str, position: int, text: str, people: list[Person], kind: str
) -> list[Person]:
    """People whose `kind` ('last' or 'first') is `name`."""
    return [p for p in people if getattr(p, kind).lower() == name.lower()]


def link(text: str, person_findings: list[Finding]) -> LinkResult:
    """Role findings for every protected person in `text`."""
    people = _People()
    kinds = case_kinds(text)
    rows = _table_rows(text, people) + _labeled_blocks(text, people)
    narrative = _narrative_roles(text, people)
    # spaCy's PERSON entities: people the document names, so a shared surname or
    # first name is known to belong to someone else too.
    for finding in person_findings:
        parsed = _parse_name(text[finding.start : finding.end])
        if parsed:
            first, middle, last, _ = parsed
            if not any(p.same_as(first, last) for p in people.people):
                people.add(first, last, middle)
    _assign_entities(people.people, kinds, text)

    for person, fragment in rows:
        if person.protected:
            person.identifiers |= _identifiers_in(fragment)
    for person, end in narrative:
        if person.protected:
            person.identifiers |= _identifiers_near(text, end)

    findings: list[Finding] = []
    taken: list[tuple[int, int]] = []
    protected = [p for p in people.people if p.protected]
    others = [p for p in people.people if not p.protected]
    # Spans of unprotected people's full names: their surname must not be
    # redacted as if it were the protected person's.
    blocked = []
    for other in others:
        if other.first and other.last:
            for rx in (
                re.compile(rf"(?<![\w]){re.escape(other.first)}(?:[ \t]+[A-Z]\.?)?[ \t\n]+{re.escape(other.last)}(?![\w])", re.I),
                re.compile(rf"(?<![\w]){re.escape(other.last)},[ \t]*{re.escape(other.first)}(?![\w])", re.I),
            ):
                blocked.extend(m.span() for m in rx.finditer(text))

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken + blocked)

    for person in protected:
        shared_last = any(o.last and person.last and o.last.lower() == person.last.lower() for o in others)
        shared_first = any(o.first and person.first and o.first.lower() == person.first.lower() for o in others)
        for rx in _name_forms(person):
            for match in rx.finditer(text):
                start, end = match.span()
                value = match.group(0)
                if not free(start, end):
                    continue
                single_word = " " not in value.strip() and "," not in value
                if single_word and value.lower() == person.last.lower() and shared_last:
                    if not _nearest_owner_is(person, start, text, others):
                        continue
                if single_word and value.lower() == person.first.lower() and shared_first:
                    continue
                findings.append(Finding(person.entity, start, end, 0.85, RECOGNIZER, "name", person.key))
                taken.append((start, end))
        for value in sorted(person.identifiers, key=len, reverse=True):
            for match in _value_regex(value).finditer(text):
                start, end = match.span()
                if free(start, end):
                    findings.append(Finding(person.entity, start, end, 0.8, RECOGNIZER, "identifier", person.key))
                    taken.append((start, end))
    return LinkResult(findings=findings, people=people.people, case_kinds=kinds)


def _nearest_owner_is(person: Person, position: int, text: str, others: list[Person]) -> bool:
    """For a surname shared with someone else: the person named fully most recently owns it."""
    best_person, best_pos = None, -1
    for candidate in [person, *others]:
        if not candidate.first:
            continue
        rx = re.compile(rf"(?<![\w]){re.escape(candidate.first)}(?![\w])", re.I)
        for match in rx.finditer(text, 0, position):
            if match.start() > best_pos:
                best_person, best_pos = candidate, match.start()
    return best_person is person or best_person is None
