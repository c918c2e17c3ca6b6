"""The detection view of a text: OCR's letter-for-digit and digit-for-letter swaps read back.

A text layer made by a scanner, or a report pasted from one, reads "2O3-555-Ol58",
"D0B O6/l7/l976", "N0WAK, STANlSLAW" and "Mr. Wi1kes": no number pattern matches the phone
or the date, and no name form matches the name. The detection view swaps them back one
character for one, so every offset found in the view is an offset in the text, and what is
redacted, logged and written is always the original text. Only swaps that clean text never
holds are made: a digit between letters of a word ("Wi1kes", "D0B"), a letter inside a run of
digits ("2O3", "l976"). Codes a record really writes keep their shape: a role code's trailing
digit ("VIC1", "W2"), an ordinal ("1st"), a form's name ("I-130").
"""

from __future__ import annotations

import re

# Inside a number: O or o read for 0, l or I read for 1.
_AS_DIGIT = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})
# A number with look-alikes in it, separators and all: "2O3-555-Ol58", "O6/l7/l976", "l9" (a
# house number); never inside a word ("Ye11ow" is a word misread, read below).
_NUMBER = re.compile(r"(?<![\w])[0-9OolI]+(?:[/.,:-][0-9OolI]+)*(?![\w])")
# What a record writes that way on purpose: a code or a form ("O1", "I9", "I-130"), a Spanish
# ordinal ("2o piso").
_NUMBER_KEPT = re.compile(r"[OI]\d{1,2}|I-\d{1,3}|\do")
# A capital word with a lower-case l read for I: "STANlSLAW", "SHElLA", "VlCTIM", "CHl0MA".
_CAPS_WITH_L = re.compile(r"(?<![\w])(?=(?:[01l]*[A-Z]){2})[A-Z01]*l[A-Z01l]*(?![\w])")


def _digits(match: re.Match) -> str:
    number = match.group(0)
    if not any(ch.isdigit() for ch in number) or _NUMBER_KEPT.fullmatch(number):
        return number
    return number.translate(_AS_DIGIT)


def _lower_one(word: str, i: int, vocabulary: set[str]) -> str:
    """A lower-case word's 1: l or i. The spelling the record uses elsewhere wins ("Tan1sha" is
    "Tanisha" when she is named so on another line); else l after a vowel ("Wi1kes", "Guada1upe",
    "Ye11ow") and i after a consonant ("Tan1sha", "Qu1nn")."""
    for letter in "il":
        if re.sub("1", letter, word).lower() in vocabulary:
            return letter
    before = word[i - 1].lower() if i else ""
    vowel = before in "aeiou" and before and not (before == "u" and word[i - 2 : i - 1].lower() == "q")
    return "l" if vowel or before in ("1", "l") else "i"


def _letters(match: re.Match, vocabulary: set[str], text: str) -> str:
    """One or two 0s or 1s touching a word's letters, read as the letters they stand for."""
    run, start, end = match.group(0), match.start(), match.end()
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if not before.isalpha():
        return "O"  # a word's first letter misread is an O: "0KAF0R", "0F OCCURRENCE", "0n"
    word_start = start - len(re.search(r"[A-Za-z]*$", text[max(0, start - 30) : start]).group(0))
    word = text[word_start:start] + run + re.match(r"[A-Za-z01]*", text[end:]).group(0)
    if not after.isalpha():  # ("V1's" ends its word too)
        # a word's last letter: "wh0", "t0", a name's "Ifeany1"; never a code's number ("VIC1", "W1")
        stem = text[word_start:start]
        if not ((stem.islower() and run == "0") or (stem.istitle() and len(stem) >= 4 and run == "1")):
            return run
    # the case of the nearest letters: "BR00KS" is capitals, "Lewand0wska" is not
    near = [c for c in text[max(0, start - 2) : end + 2] if c.isalpha()]
    upper = all(c.isupper() for c in near)
    return "".join(
        ("O" if upper else "o")
        if digit == "0"
        else ("I" if upper else _lower_one(word, start - word_start + offset, vocabulary))
        for offset, digit in enumerate(run)
    )


# A 0 or 1 (one or two) touching a word's letters: "N0WAK", "Wi1kes", "0KAF0R", "wh0", "Ifeany1".
_DIGIT_IN_WORD = re.compile(
    r"(?<=[A-Za-z])[01]{1,2}(?=[A-Za-z'])|(?<![\w'])0(?=[A-Za-z])|(?<=[A-Za-z])[01](?![\w])"
)


# A lower-case l standing for the pronoun ("l sp0ke with"), or for a role code's 1 ("Vl", "Sl").
_PRONOUN_L = re.compile(r"(?<![\w])l(?=[ \t]+[a-z])")
_ROLE_CODE_L = re.compile(r"(?<![A-Za-z])([VSWC])l(?![A-Za-z])")
# A text with fewer swaps than this is clean: "Apt 1O" once is a typing slip, not a scan.
OCR_NOISE_MIN = 3


def detection_view(text: str) -> str:
    """`text` with OCR's look-alike swaps read back, one character for one; `text` itself
    when it holds fewer than OCR_NOISE_MIN of them."""
    if not re.search(r"[A-Za-z][01]|[01][A-Za-z]|\d[OolI]|[OolI]\d|[A-Z]l[A-Z]", text):
        return text
    swaps = 0

    def counted(read):
        def sub(match: re.Match) -> str:
            nonlocal swaps
            new = read(match)
            swaps += new != match.group(0)
            return new

        return sub

    vocabulary = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", text)}
    view = _NUMBER.sub(counted(_digits), text)
    view = _CAPS_WITH_L.sub(counted(lambda m: m.group(0).replace("l", "I")), view)
    view = _DIGIT_IN_WORD.sub(counted(lambda m: _letters(m, vocabulary, view)), view)
    if swaps < OCR_NOISE_MIN:
        return text
    view = _ROLE_CODE_L.sub(r"\g<1>1", view)
    view = _PRONOUN_L.sub("I", view)
    assert len(view) == len(text)
    return view
