"""Linking: who the people in a document are, which of them hold a protected role,
and every mention and identifier of each.

No single recognizer can say that "Ruiz" on page 2 is the family-violence
victim from the involved-persons table on page 1. This stage reads the whole
document: it decides the case kind (family violence, sexual assault) from
offense lines and markers, finds people and their roles from table codes,
"Name:" blocks under a role heading, statements ("I, NAME, ...") and narrative
cues, and then emits a finding for every name form and identifier of each
protected person. Officers and suspects are never protected; victims of other
crimes are not either.

Everything runs on the accent-folded text (same offsets), so "Ríos" and "Rios"
are one name and the Spanish cue lists need no accents.
"""

from __future__ import annotations

import re as _stdlib_re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache, partial
from itertools import pairwise, takewhile

import regex as re
from nicknames import NickNamer

from recognizers.base import CHECKED_BOX, UNCHECKED_OPTION, fold
from recognizers.immigration_status import VISA_CERTIFICATION
from recognizers.roles import role_cues
from recognizers.table_columns import RULE, csv_cells, csv_field_names, pipe_cells, rule_columns
from redactor.detect import Finding

RECOGNIZER = "RoleLinker"


@lru_cache(maxsize=16384)
def _rx(pattern: str, flags: int = 0) -> re.Pattern:
    """Compiled regex, cached: linking builds patterns from each document's names, and
    the same ones are asked for again and again while mentions are resolved."""
    try:
        return _stdlib_re.compile(pattern, flags)  # compiles faster; same semantics here
    except _stdlib_re.error:
        return re.compile(pattern, flags)  # variable-width look-behind, repeated group names


# A statement's opening "I, " (a bilingual form's "I / Yo, "), before the declarant's name.
# (a statement quoted whole, or its translation in brackets: '   "Yo, Tatiana Rosado Vélez, declaro',
# '   [Translation: "I, Tatiana ...')
# (after a translation's language tag too: "[EN] I, Yesenia Caraballo, state ...", "[ES] Yo, ...")
I_COMMA = r"(?:^|\n)[ \t]*(?:\[[A-Za-z]+:[ \t]*|\[(?-i:EN|ES|ENG|ESP|SPA|SP)\][ \t]*)?[\"“]?(?:I|Yo)(?:[ \t]*/[ \t]*(?:I|Yo))?,[ \t]+"


# --- name and identifier shapes -------------------------------------------------

_UP = "A-Z"
_NAME_WORD = (  # "Okafor", "McKenzie", "O'Brien", "OKAFOR", and a prefix before capitals: "DeLUCA"
    r"(?:(?:Mc|Mac|O'|D'|De|Di|La|Le)[A-Z][A-Z'\-]*[A-Z](?![a-z])|(?-i:ST)\.[ ]?[A-Z][A-Z'\-]*[A-Z](?![a-z])|"
    r"(?:Mc|Mac|O'|D'|De|Di|La|Le|St\.\s?)?[A-Z][a-z]+(?:[-'](?:Mc|Mac|O')?[A-Za-z][a-z]+)?|[A-Z][A-Z'\-]*[A-Z])"
)
_PARTICLE = r"(?:de|del|de\s+la|de\s+los|de\s+las|la|los|y|van|von|da|dos|das|di|bin|al|el)"
# A person's name as written in prose: 1-5 capitalised words, particles allowed inside.
# Words of one name are one space apart: a run of spaces is a table's column gap.
NAME_SEQ = (
    rf"{_NAME_WORD}(?:[ \t][\"'(](?:[A-Z][a-z]+|(?:[A-Z]\.){{2,3}})[\"')])?(?:[ \t][A-Z]\.)?"
    rf"(?:[ \t](?:{_PARTICLE}[ \t])*{_NAME_WORD}){{0,4}}"
)
LAST_FIRST = _rx(
    rf"(?P<last>{_NAME_WORD}(?:[ -]{_NAME_WORD})?)[ ]?,[ \t]*(?P<first>{_NAME_WORD}(?: {_NAME_WORD})?(?:(?: {_NAME_WORD}){{1,2}}(?=[ \t]{{2,}}|[ \t]*(?:\n|$)))?)"  # "KOWALCZYK , Anna" (OCR)
    rf"(?:[ \t]+(?P<middle>[A-Z])\.?)?(?![\w])"
)
FIRST_LAST = _rx(rf"(?P<name>{NAME_SEQ})(?![\w])")
# What one person does to another in a family-violence or assault record, in the words records use.
HARM_VERB = (
    r"(?:hit|hits|hitting|choked|choking|choke|strangled|punched|punch|slapped|slap|kicked|kick|beat|beating|hurt|"
    r"hurting|raped|assaulted|abused|attacked|threatened|grabbed|grab|pushed|push|shoved|shove|touched|struck|strikes|smacked|"
    r"dragged|stabbed|stomped|punching|kicking|slapping|strangling|stabbing|touching|touches|molested|molesting|"
    r"fondled|fondling|raping)"
)
# An officer's title as a title is written, in its case: not "her jeans off. Chen", "CLERK ABDULLAH".
OFFICER_TITLE = (
    r"(?:Ofc|OFC|Officer|OFFICER|Off|Det|DET|Detective|DETECTIVE|Sgt|SGT|Sergeant|Lt|LT|Lieutenant|"
    r"Cpl|Capt|Captain|Inv|Investigator|Tpr|Trooper|P\.O|ADA|ASA|AUSA|"
    # in Spanish: "el Agente Mercado", "Ag. L. Mercado #1420", "la Oficial Pagán", "el Sargento Ruiz"
    r"Agente|Ag|Oficial|Sargento|Sgto|Teniente|Tte)"
)
HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Mx|Sr|Sra|Srta|Senor|Senora|Senorita|Don|Dona|Mme|Mlle|Madame|Mademoiselle|Monsieur)\.?"
INITIALS_RX = rf"(?<![\w.])[{_UP}]\.[ ]?[{_UP}]\.(?:[ ]?[{_UP}]\.)?(?![\w])(?![ \t]*Box\b)"  # not "P.O. Box"

DATE = _rx(
    r"(?<![\d/.-])(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|(?:19|20)\d\d-[01]\d-[0-3]\d|(?:19|20)\d\d\.[01]\d\.[0-3]\d"
    # "9-Feb-1996", "09 FEB 96"
    r"|\d{1,2}[- ](?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[- ](?:\d{4}|\d{2}))(?![\d/-]|\.\d)"
)
# A person's number in an agency's files: medical record, student or patient ID.
RECORD_NUMBER = _rx(
    r"\b(?:MRN|MR\s?#|medical\s+record(?:\s+(?:no\.?|number|#))?|student\s+(?:ID|no\.?|number|#)|patient\s+(?:ID|no\.?|#)|"
    r"client\s+ID|(?:library|patron)\s+card|(?:employee|emp\.?)\s+(?:ID|no\.?|number|#)|(?:inmate|DOC)\s+(?:ID|no\.?|number|#)|(?:no\.?|numero|num\.?)\s+de\s+empleado|"
    # a licence or identity card the person showed: "CT Operator License #: 183554902",
    # "Tarjeta de Residente de Elm City No. ECR-0117734"
    # ("CT Op. Lic.: 219-884-061", "OPERATOR LIC: CT 287730164", "Licencia de conducir: CT 118402273")
    r"(?:operator'?s?|driver'?s?|op\.?)\s+lic(?:en[cs]e|\.)?|(?-i:OLN|DL)|licencia(?:\s+de\s+conducir)?|state\s+ID(?:\s+card)?|"
    r"(?:resident|identity|ID)\s+card|tarjeta\s+de\s+(?:residente|identificacion)(?:\s+de\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?)"
    r"(?:\s+(?:no\.?|number|num\.?|#|n\.?[ \t]?[oº°]\.?|nro\.?))?\s*[:#]?\s*"  # Spanish "n.º", "nro."
    r"(?P<value>(?:(?-i:CT|NY|MA|RI)[ \t]+)?(?:(?-i:[A-Z]{0,4})[ -]?\d{5,14}|\d{3}-\d{3}-\d{3}))(?![\w-])",
    re.I,
)
# A dispatch log's birth date and call-back number, written without separators:
# "DOB 071793", "CALLBACK 2035550765".
DIGITS_DOB = _rx(r"\b(?:DOB|D\.O\.B\.?)[ \t:#]*(?P<value>\d{6}|\d{8})(?![\w/-])", re.I)
CALLBACK = _rx(
    r"\b(?:call[ \t-]?back|CB|PH)[ \t:#]*(?:no\.?|number)?[ \t:#]*(?P<value>\d{10})(?![\w-])", re.I
)
# A work extension given as a contact: "work (YNHH Dietary Dept) ext. 52271".
# (also "x4417", "extension is 3316", a hospital's "ext. 7-2291")
EXTENSION_WORD = r"ext(?:ension)?\.?[ \t]*[#:]?[ \t]*"  # (a form's "Work ext.: 8842")
EXTENSION = _rx(
    rf"(?<![\w])(?:{EXTENSION_WORD}(?:is[ \t]+)?|x(?=\d{{3,6}}\b))(?P<value>\d-\d{{4}}|\d{{3,6}})(?![\w-])",
    re.I,
)
PHONE = _rx(
    r"(?<![\d-])(?:\+?1[ .-]?)?(?:\(\d{3}\)[ ]{0,2}|\d{3}[ .-])\d{3}[ .-]\d{4}(?:,?[ \t]*(?:ext\.?|x)[ \t]*\d{1,5})?(?![\d-])"
)
EMAIL = _rx(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
STREET_TYPES = (
    r"(?i:St(?:reet)?|Ave(?:nue)?|Av|Rd|Road|Blvd|Boulevard|Dr(?:ive)?|Ln|Lane|Ct|Court|Pl(?:ace)?|"
    r"Ter(?:race)?|Way|Pkwy|Parkway|Hwy|Highway|Sq(?:uare)?|Cir(?:cle)?|Tpke|Turnpike|Row|Walk)"
)
# A unit after a street address: "Apt 2B", "#3", ", 2nd fl", ", segundo piso".
UNIT_BODY = (
    r"(?:,?[ \t]*(?i:apartamento|apto\.?|Apartment|Apt\.?(?![a-z])|Unit|Ste\.?|Suite|Fl\.?|Floor|Rm\.?|Room|#|piso)[ \t]*#?[\w-]+"
    r"(?:[ \t]+(?:Fl|Floor|fl)\.?)?|,?[ \t]+\d\.?(?:st|nd|rd|th|er|do|ro|to|vo|o|º|°|a|ª)\.?[ \t]+(?:Fl(?:oor)?|fl(?:oor)?|piso)\.?"
    r"(?:[ \t]+(?:rear|front|left|right)(?![\w]))?"  # "1st fl rear"
    r"|,?[ \t]+(?:1st|2nd|3rd|\d+th)[ \t]+fl\.?"
    r"|[ \t]+\d(?-i:FL|FLR)(?![\w])"  # a CAD address's floor: "230 GRAND AVE 2FL"
    r"|,[ \t]*(?i:the[ \t]+)?(?i:first|second|third|fourth|fifth|top|ground)[ \t]+(?i:floor|fl\.?)(?:[ \t]+(?i:rear|front))?"  # ", the third floor"
    r"|,?[ \t]*(?:el[ \t]+)?(?i:primer|segundo|tercer|cuarto|quinto)[ \t]+(?i:piso)"  # ", (el) segundo piso", " primer piso"
    # a canvass log's floor, bare: "71 Greenwich Ave, 2nd"
    r"|,[ \t]*(?:1st|2nd|3rd|[4-9]th)(?![\w]))"
)
UNIT = rf"{UNIT_BODY}?"  # the unit, if the address gives one
ADDRESS = _rx(
    # (and "de" after the number, as Spanish says it: "el 55 de Clay Street, apartamento 1")
    rf"(?<![\w/:-])\d{{1,5}}[A-Za-z]?(?:[ \t]de(?=[ \t][A-Z]))?(?:[ \t](?:[NSEW]\.?|North|South|East|West))?"
    rf"(?:[ \t](?:[A-Z][\w'.-]*|\d+(?:st|nd|rd|th)))(?:[ \t][A-Z][\w'.-]*){{0,2}}?"
    # (the margin may break it before the street's type: "at her residence, 148 Starr\nSt, 2nd floor")
    rf"(?:[ \t]|[ \t]*\n[ \t]*(?=[A-Z])){STREET_TYPES}\.?(?![\w]){UNIT}"
    r"|(?<![\w])(?i:P\.?[ \t]?O\.?[ \t]+Box|Apartado(?:[ \t]+Postal)?)[ \t]+\d{1,6}(?![\w])"  # a mailing address
    # Spanish order: "calle Ferry número 233, apartamento 3"
    r"|(?<![\w])(?i:calle|avenida)[ \t]+[A-Z][\w'.-]*(?:[ \t][A-Z][\w'.-]*){0,2}[ \t]+(?i:numero|num\.|no\.|#)[ \t]*\d{1,5}"
    r"(?:,?[ \t]*(?i:apartamento|apto\.?|apt\.?|piso)[ \t]*[\w-]+)?"
)
# Makes a record names a car by, in any case: "a 2017 Nissan Sentra, CT BK-30871", "V VEH GRY
# TOYOTA COROLLA CT AR-31775", a chat's "blk nissan altima CT AK-71632".
VEHICLE_MAKES = (
    r"(?:Toyota|Honda|Nissan|Ford|Chevrolet|Chevy|Hyundai|Kia|Subaru|Jeep|Dodge|Mazda|Volkswagen|VW|BMW|Mercedes|"
    r"Lexus|Acura|Volvo|Audi|Buick|GMC|Chrysler|Mitsubishi|Tesla|Infiniti|Cadillac)"
)
_PLATE_VALUE = r"(?-i:[A-Z0-9]{2,3}[- ]?[A-Z0-9]{3,5})"
_PLATE_STATE = r"(?:CT|Conn\.|NY|MA|RI)"
PLATE = _rx(
    # (not an evidence or property tag: "seized as evidence (item 1, tag 88120)")
    r"(?:(?:plate|registration|reg\.?|marker|(?<!\b(?:evidence|property|item\s+\d+,?|toe|bag)\s)tag|placa(?:\s+del\s+(?:veh[ií]culo|carro|auto))?)(?:\s+(?:number|no\.?|#))?\s*[:#]?\s*(?:is\s+)?(?:(?:CT|Conn\.?|NY|MA|RI)\s+)?"
    r"|\b(?:car|vehicle|truck|van|SUV|carro)(?:,?\s+an?\s[^\n()]{0,40}?)?\s*\(\s*(?:CT|Conn\.?|NY|MA|RI)\s+"
    # a vehicle line: "Veh: white Honda Civic CT AT 88512", "Vehicle: 2021 Subaru, green, CT AN 48213"
    r"|\b(?:veh|vehicle)\b[ \t]*(?:[:=][^\n]{0,50}?\b|(?=(?-i:CT|NY|MA|RI)[ \t]))(?-i:CT|NY|MA|RI)[ \t]+"
    # "Her car is a silver Corolla, CT AZ 45188"
    r"|\b(?:car|vehicle|truck|van|SUV)\s+is\s+an?\s[^\n.]{0,40}?\b(?-i:CT|NY|MA|RI)[ \t]+"
    # a dispatch entry: "V VEH CT 4DKR19 IN DRIVEWAY"
    r"|\b(?-i:VEH)[ \t]+(?-i:CT|NY|MA|RI)[ \t]+"
    # a vehicle described, then its state and plate: "V VEH GRY TOYOTA COROLLA CT AR-31775",
    # "a 2017 Nissan Sentra, CT BK-30871", "Her own car (Kia Soul, CT BN 30527)"
    rf"|\b(?:veh|vehicle|car|truck|van|SUV|sedan|minivan|pickup|carro|{VEHICLE_MAKES})\b[^\n]{{0,60}}?"
    r"(?<=[\s,(])(?-i:CT|NY|MA|RI)[ \t]+(?:(?:reg\.?|plate|registration)[ \t]*[:#]?[ \t]*)?(?=[A-Z0-9 -]{0,5}\d)"
    # Spanish: "placa de Connecticut AN 71204", "tablilla AM-30915"
    r"|\b(?:placa|tablilla)(?:\s+de\s+(?:Connecticut|CT))?\s*[:#]?\s*)"
    rf"(?P<value>{_PLATE_VALUE})(?![\w])",
    re.IGNORECASE,
)
# A plate's value standing alone (letters and digits both), and the state code written right before
# one: "CT AR-48211" is redacted whole.
PLATE_VALUE = _rx(rf"(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z]){_PLATE_VALUE}")
STATE_BEFORE_PLATE = _rx(rf"(?<![\w]){_PLATE_STATE}[ \t]+\Z")
# An account name on a social network: "her account (@kiki.dawson)".
HANDLE = _rx(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_])(?![\w@])")
MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
MESES = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)"
)
# Dates said aloud in a transcript: "February ten, nineteen eighty-six", "August thirteenth,
# eighty-five", "el trece de agosto del ochenta y cinco".
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_UNITS_TH = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
_TEENS_CARDINAL = r"(?:ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen)"
_TEENS = rf"{_TEENS_CARDINAL}(?:th)?|tenth|twelfth"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_SPOKEN_DAY = rf"(?:(?:twenty|thirty)(?:[- ](?:{_UNITS}|{_UNITS_TH}))?|twentieth|thirtieth|{_TEENS}|{_UNITS_TH}|{_UNITS})"
_SPOKEN_YEAR = (
    rf"(?:(?:nineteen|twenty|two[ \t]+thousand(?:[ \t]+and)?)[- \t]+)?"
    rf"(?:{_TENS}(?:[- ]{_UNITS})?|{_TEENS}|oh[- ]{_UNITS}|{_UNITS})(?![\w-])"
)
_TENS_ES = r"(?:treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)"
_NUM_ES = (
    rf"(?:(?:veinti|dieci)\w+|{_TENS_ES}(?:[ \t]+y[ \t]+\w+)?|"
    r"uno|primero|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|veinte|"
    r"cien|ciento|(?:dos|tres|cuatro|seis|sete|ocho|nove)cientos|quinientos|mil)"
)
_SPOKEN_DATE = (
    rf"{MONTHS}[ \t]+(?:the[ \t]+)?(?:{_SPOKEN_DAY}|\d{{1,2}}(?:st|nd|rd|th)?),?[ \t]+(?:{_SPOKEN_YEAR}|\d{{4}}|'\d\d)"
    # "The ninth of November, 1988", "the 9th of November 1988"
    rf"|(?:the[ \t]+)?(?:{_SPOKEN_DAY}|\d{{1,2}}(?:st|nd|rd|th))[ \t]+of[ \t]+{MONTHS},?[ \t]+(?:{_SPOKEN_YEAR}|\d{{4}})"
    rf"|(?:{_NUM_ES}|\d{{1,2}})[ \t]+de[ \t]+{MESES}[ \t]+del?[ \t]+(?:(?:mil[ \t]+novecientos|dos[ \t]+mil)[ \t]+)?{_NUM_ES}"
)
TEXT_DATE = _rx(
    rf"(?<![\w])(?:{MONTHS}[ \t]+\d{{1,2}},?[ \t]+\d{{4}}|\d{{1,2}}[ \t]+{MONTHS}[ \t]+\d{{4}}|\d{{1,2}}[ \t]+de[ \t]+{MESES}[ \t]+del?[ \t]+\d{{4}}"
    rf"|{_SPOKEN_DATE})(?![\w])",
    re.I,
)
# Numbers said aloud in a transcript: "Two-zero-three, five-five-five, zero-one-four-eight",
# "Forty-one Poplar Street", "Eleven fourteen ninety-three" (in answer to a birth-date question).
_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)"
# Two digits said as one number, as phone numbers are read out in pairs: "thirty-one", "treinta y uno".
_PAIR_WORD = (
    rf"(?:{_TENS}(?:-{_UNITS})?|{_TEENS_CARDINAL}|diez|once|doce|trece|catorce|quince|dieci\w+|veinte|veinti\w+|"
    rf"{_TENS_ES}(?:[ \t]+y[ \t]+(?:uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))?)"
)
SPOKEN_PHONE = _rx(
    # (its last groups may be read in pairs: "dos cero tres, cuatro cuatro ocho, treinta y uno, noventa")
    rf"(?<![\w-]){_DIGIT_WORD}(?:(?:[ \t]*[-,.]?[ \t]*\n[ \t]*|[ \t]*[-,.][ \t]*|[ \t]+)(?:{_DIGIT_WORD}|{_PAIR_WORD})){{6,9}}(?![\w-])",
    re.I,
)
_NUMBER_WORD = rf"(?:{_TENS}(?:-{_UNITS})?|{_TEENS}|{_UNITS}|hundred|thousand)"
NUMBER_WORD = _rx(rf"(?i:{_NUMBER_WORD})")
SPOKEN_ADDRESS = _rx(
    rf"(?<![\w-])(?i:{_NUMBER_WORD}(?:[ -]+{_NUMBER_WORD}){{0,3}}|{_NUM_ES}(?:[ \t]+{_NUM_ES}){{0,2}}(?:[ \t]+de)?)[ \t]+(?!(?i:{_NUMBER_WORD})\b)[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?(?![a-z])"
    rf"(?:[ \t]+(?i:{STREET_TYPES})\b|(?![ \t]+[a-z]))(?:,?[ \t]+(?i:(?:apartment|apt\.?|unit)[ \t]+(?:{_NUMBER_WORD}|\d+[A-Z]?)|"
    r"(?:first|second|third|fourth|top)[ \t]+floor|(?:primer|segundo|tercer|cuarto)[ \t]+piso))?"
)
# (a floor alone, "Second floor.", names no one's home: every house has one)
SPOKEN_UNIT = _rx(rf"(?<![\w-])(?:apartment|apt\.?|unit)[ \t]+(?:{_NUMBER_WORD}|\d+[A-Z]?)(?![\w-])", re.I)
_MONTH_NUMBER = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
SPOKEN_NUMERIC_DATE = _rx(
    rf"(?<![\w-]){_MONTH_NUMBER}(?:[ \t]*[-,][ \t]*|[ \t]+){_SPOKEN_DAY}(?:[ \t]*[-,][ \t]*|[ \t]+){_SPOKEN_YEAR}",
    re.I,
)
BIRTH_QUESTION = _rx(
    r"\b(?:date\s+of\s+birth|birth\s*date|birthday|DOB|born|fecha\s+de\s+nacimiento|naci\w*)\b", re.I
)
DOB_CUE = _rx(
    # (and the Spanish "F.N.", "FDN", "F. de N.", "F. de nac.")
    r"(?:DOB|D\.O\.B\.?|date\s+of\s+birth|birth\s*date|born(?:\s+on)?|fecha\s+de\s+nac(?:imiento|\.)?|f\.?\s?(?:de\s+)?nac\.?|nac[ií]\s+el"
    r"|(?-i:F\.[ \t]?N\.|FDN|FN|F\.[ \t]?de[ \t]?N\.))"  # ("(FN 30/01/1988," too)
    r"(?:\s+(?:confirmed|verified|given|on\s+file)(?:\s+(?:for|in|as)\s+\w+)?)?\W{0,6}$"  # "DOB confirmed for VINE:"
    r"|\b(?:her|his|my|their)\s+birthday(?:['’]s|\s+is)\s*$",  # "Her birthday's August 3rd, 2002"
    re.I,
)


def _dob_cued(text: str, position: int) -> bool:
    """A birth-date label right before `position`, even padded out to a column
    ("Fecha de nacimiento:      07-05-1988")."""
    return bool(DOB_CUE.search(text[max(0, position - 60) : position].rstrip(" \t|:")[-25:]))


SEX_CODE = _rx(
    r"(?:\b[A-Z]/(?P<sex>[MF])\b|\bSex:?[ \t]+(?P<sex>[MF])\b|\b(?P<sex>[MF])/(?-i:[ABHIWOU])\b"
    # a sex column of its own in a table row: "PIERRE-LOUIS, Marie-Ange   F   DOB ..."
    r"|(?<=[ \t]{2}|\|)[ \t]*(?P<sex>[MF])(?=[ \t]{2}|[ \t]*\||[ \t]*$)"
    # sex and age in parentheses after the name: "EL-AMIN, Youssef (M, 46)"
    r"|\((?P<sex>[MF])[,/ ][ \t]*\d{1,3}\))",
    re.M,
)
HONORIFIC_GENDER = _rx(
    # (a line may break after it: "Ms.\nMarte's cell is ...")
    r"(?:(?P<f>\b(?:Ms|Mrs|Miss|Sra|Srta|Senora|Senorita|Dona|Mme|Mlle|Madame|Mademoiselle))|\b(?:Mr|Sr|Senor|Don|Monsieur))\.?(?:[ \t]+|[ \t]*\n[ \t]*)$",
    re.I,
)
RELATION_GENDER = _rx(
    r"(?:(?P<f>\b(?:sister|wife|girlfriend|mother|daughter|aunt|niece|grandmother|hermana|esposa|novia|madre|hija))"
    r"|\b(?:brother|husband|boyfriend|father|son|uncle|nephew|grandfather|hermano|esposo|novio|padre|hijo))"
    r"(?:[ \t]+(?:se[ \t]+llama|is[ \t]+named|named))?[ \t,]+$",  # "el padre se llama Luis Ortega"
    re.I,
)
RELATION_AFTER = _rx(
    # ("Ezequiel MARTE, the victim's husband")
    # ("Marcus D. Simmons, 27, DOB 07/07/1996, grandson of the victim": age and birth date between)
    r"(?:[ \t]*,[ \t]*(?:(?:age[ \t]*)?\d{1,3}|(?:DOB|d\.o\.b\.?)[ \t:]*\d{1,2}/\d{1,2}/\d{2,4}))*"
    r"[ \t]*[,(][ \t]*(?:(?:her|his|the|su)[ \t]+)?(?:(?:victim|complainant)'s[ \t]+)?(?:(?:paternal|maternal|older|younger|step|grand)[ \t-]?)?(?:ex-?)?(?:(?P<f>sister|wife|girlfriend|mother|daughter|aunt|niece|"
    r"grandmother|hermana|esposa|novia|madre|hija|nieta)|brother|husband|boyfriend|father|son|uncle|nephew|grandfather|hermano|esposo|"
    r"novio|padre|hijo|nieto)\b",
    re.I,
)
NICKNAME = _rx(
    rf"^[ \t,]*(?:\n[ \t]*)?\([ \t]*[\"'“](?:{HONORIFIC}[ \t]+)?(?P<nick>(?-i:[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?))[\"'”]"
    # '("Manmi Ange" to the family)'
    r"(?:[ \t]+(?:to|for|among|around|at|in|on|para|entre|en)\b[^()\n]{0,30})?[ \t]*\)|"
    # "known in the neighborhood as", "a/k/a"
    r"(?:goes\s+by|known(?:\s+(?:in|at|on|to|around|by)\s+(?:the\s+)?\w+)?\s+as|a[./]?k[./]?a\.?|"
    # a form's label, in one language or two: "Apodo / nombre preferido: Rosita"
    r"(?:nickname|preferred\s+name|name\s+used|chosen\s+name|apodo|nombre\s+preferido|nombre\s+que\s+prefiere)"
    r"(?:\s*/\s*(?:nickname|preferred\s+name|apodo|nombre\s+preferido))?|"
    r"le\s+dicen|me\s+dicen|conocid[oa]\s+como|prefers|called|"
    r"prefiere\s+que\s+(?:la|lo|le)\s+llamen|(?:la|lo|le)\s+llaman|"
    # 'María Guadalupe Hernández Ruiz, a quien todos llaman "Lupita"'
    r"(?:a\s+quien|quien|que)\s+(?:todos\s+|todo\s+el\s+mundo\s+|en\s+la\s+familia\s+)?(?:le\s+|la\s+|lo\s+)?(?:llaman|dicen)|"
    r"call(?:s|ed)?\s+(?:me|her|him)|uses\s+the\s+name|who\s+uses)[ \t:,]*(?:\n[ \t]*)?(?:is[ \t]+)?[\"'(“]*"
    # (in capitals only quoted after "goes by": 'WHO GOES BY "TONY"', not 'BF KNOWN AS "DRE"')
    # (the Spanish article is no part of it: 'Apodo: "El Flaco"' is Flaco)
    r"(?:(?-i:El|La)[ \t]+(?=[A-Z][a-z]))?(?!(?:Don|Dona|Sr|Sra|Mr|Mrs|Ms|Miss|Tio|Tia)\.?\s)(?P<nick>(?-i:[A-Z](?:[a-z]*-[A-Z])?[a-z]+|[A-Z]\.[A-Z]\.|(?<=(?i:goes\s+by)\s+[\"“])[A-Z]{2,}(?=[\"”])))(?![a-z])",
    re.I,
)


# A form's nickname field holding capitals: "Preferred name: JJ", "goes by TJ".
CAPS_NICKNAME = _rx(
    # (or a doubled one: 'AKA "RAY-RAY"')
    r"\b(?:nickname|preferred\s+name|goes\s+by|a[./]?k[./]?a\.?)[ \t:]*[\"'(“]*(?P<nick>(?-i:[A-Z]{2,3}|[A-Z]{2,}-[A-Z]{2,}))(?![\w-])",
    re.I,
)


# Capitalised words that are not names: headings, roles, places, months.
@cache
def _not_names() -> frozenset[str]:
    return frozenset(role_cues().not_names)


def _is_name_word(word: str) -> bool:
    not_names = _not_names()
    word = _rx(r"['’][sS]$").sub("", word)
    if all(NUMBER_WORD.fullmatch(part) for part in word.split("-")):
        return False  # "Eighty-eight Ashmun", "Five-ten Sherman": an address said aloud
    return bool(word) and word.strip(".").title() not in not_names and word not in not_names


@dataclass
class Person:
    """One human being in the document, as far as the record lets us tell."""

    tokens: list[str] = field(default_factory=list)  # name words in reading order, first name first
    nicknames: set[str] = field(default_factory=set)
    initials: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)  # victim, witness, suspect, statement
    identifiers: set[str] = field(default_factory=set)
    entity: str = ""
    key: str = ""
    gender: str = ""  # "F", "M" or "" when the record does not say
    codes: set[str] = field(default_factory=set)  # involved-persons codes: "V1", "W2"
    # the kinds of crime of the tracker row that names them, in a table of several kinds of case
    # (None where no such row does: the record's kinds are theirs)
    row_kinds: set[str] | None = None

    @property
    def first(self) -> str:
        return self.tokens[0] if len(self.tokens) > 1 else ""

    @property
    def surnames(self) -> list[str]:
        return self.tokens[1:] if len(self.tokens) > 1 else list(self.tokens)

    @property
    def last(self) -> str:
        return self.tokens[-1] if self.tokens else ""

    @property
    def protected(self) -> bool:
        return bool(self.entity)

    def matches(self, tokens: list[str]) -> bool:
        """Same person: same first name (when both have one) and a shared surname."""
        mine = [t.lower() for t in self.tokens]
        theirs = [t.lower() for t in tokens]
        if not mine or not theirs:
            return False
        if len(mine) == 1 or len(theirs) == 1:
            return False
        if (
            mine[0] != theirs[0]
            and not _initial_of(mine[0], theirs[0])
            and not _initial_of(theirs[0], mine[0])
        ):
            return False
        return bool(set(mine[1:]) & set(theirs[1:]))


def _initial_of(initial: str, given: str) -> bool:
    """'m.' is the initial of 'mildred': a person first named 'Witness M. Colon' is Mildred Colon."""
    return len(initial) == 2 and initial.endswith(".") and len(given) > 2 and given.startswith(initial[0])


@dataclass
class LinkResult:
    findings: list[Finding]
    people: list[Person]
    case_kinds: set[str]


def roles_possible(text: str) -> bool:
    """Whether the record can name a protected person at all: a family-violence or
    sexual-assault marker, or a witness/statement cue. Payroll and benefits records
    without one skip the name model entirely."""
    folded = fold(text)
    return bool(_kinds(folded)) or bool(_role_hint().search(folded))


@cache
def _role_hint() -> re.Pattern:
    cues = role_cues()
    return re.compile(
        rf"(?<![\w])(?:{cues.witness_words}|{cues.victim_words}|{cues.witness_verbs}|statement|declaracion|disclosed)(?![\w])"
        rf"|{I_COMMA}[A-Z]|my\s+name\s+is|mi\s+nombre\s+es",
        re.I,
    )


def case_kinds(text: str) -> set[str]:
    """'DV' and/or 'SA' when the record is a family-violence or sexual-assault case."""
    return set(_kinds(fold(text)))


@lru_cache(maxsize=8)
def _kinds(folded: str) -> frozenset[str]:
    """case_kinds on text that is already accent-folded. Cached until the text is linked:
    the name model's gate asks it of the same text first."""
    cues = role_cues()
    kinds = set()
    if any(_marks(folded, m) for m in cues.sa_markers.finditer(folded)):
        kinds.add("SA")
    dv_markers = [cues.dv_markers] if kinds else [cues.dv_markers, cues.dv_markers_without_sa]
    if any(_marks(folded, m) for markers in dv_markers for m in markers.finditer(folded)):
        kinds.add("DV")
    if not kinds and SPECIAL_VICTIMS_CASE.search(folded):
        kinds.add("SA")  # a case the Special Victims Unit leads, its offense never named
    return frozenset(kinds)


# The Special Victims Unit, which takes sexual-assault cases: "Det. Lorena Bautista #702 (SVU, lead)";
# not its human-trafficking desk ("Referred to SVU/HT coordinator").
SPECIAL_VICTIMS_CASE = _rx(r"(?<![\w])(?:(?-i:SVU)(?!/)|special\s+victims\s+unit)(?![\w])", re.I)


# A record saying its person is no victim of the kind: "He is not a victim of domestic violence or".
NOT_A_VICTIM_OF = _rx(
    r"\b(?:not|never|no\s+es|no\s+fue)\s+(?:a\s+|the\s+|una\s+|la\s+)?(?:victim|victima|case|caso)s?\s+(?:of|involving|de)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:(?:or|ni|o)\s+)?$",
    re.I,
)


def _marks(text: str, marker: re.Match) -> bool:
    """Whether a case-kind marker says what the case is: not a form field answered no, not an
    option left unchecked ("[X] Physical abuse   [ ] Sexual abuse"), not negated ("(not FV)")."""
    line_start = text.rfind("\n", 0, marker.start()) + 1
    if _rx(
        r"(?<![\w])(?:not|non|no|denies|denied)[ \t-]*(?:an?[ \t]+)?(?:[\w/-]+,?\s+(?:or|nor)\s+(?:an?[ \t]+)?)?$",
        re.I,
    ).search(text[max(0, marker.start() - 30) : marker.start()]):
        # "Jamal Peters (not FV)", "non-family-violence", "not DV or sexual assault", "No DV reported",
        # "It's a robbery, not FV\n or a sexual assault"
        return False
    if NOT_A_VICTIM_OF.search(text[max(0, marker.start() - 60) : marker.start()]):
        return False  # "He is not a victim of domestic violence or sexual assault"
    return not _answered_no(text, marker) and not UNCHECKED_OPTION.search(text[line_start : marker.start()])


# A form field answered no: "Family Violence: [ ] Yes  [X] No", "Family Violence: No", "DV: N".
ANSWERED_NO = _rx(
    r"[ \t]*\??[ \t]*(?::|-)?[ \t]*(?:(?:\[[ \t_]?\]|\([ \t_]?\)|[☐□])[ \t]*(?:Yes|Y|Si)[ \t]*)?"
    rf"(?:{CHECKED_BOX}[ \t]*(?:No|N)\b|(?:No|N|None)\b(?![ \t]+\w))",
    re.I,
)


def _answered_no(text: str, marker: re.Match) -> bool:
    """Whether a case-kind marker is a form field whose answer is no."""
    return bool(ANSWERED_NO.match(text, marker.end(), marker.end() + 40))


def _normalise_word(word: str) -> str:
    if word.isupper() and len(word) > 1:
        # (each part: "ST. LOUIS" is "St. Louis", "DIAZ-ORTIZ" "Diaz-Ortiz")
        return _rx(r"[A-Z][A-Z']*").sub(lambda m: m.group(0).capitalize(), word)
    return word


def _tokens(name: str) -> list[str]:
    """Name words, particles and initials dropped, caps normalised: 'RUIZ' → 'Ruiz'."""
    words = _rx(rf"{_NAME_WORD}|[A-Z]\.").findall(name)
    return [_normalise_word(w) for w in words if not _rx(r"[A-Z]\.?").fullmatch(w) and _is_name_word(w)]


# After "LAST, FIRST [M]" written in capitals in free text, the name has ended only if
# a column gap, the line end, punctuation, a number or a CAD keyword follows.
# The keywords a dispatch remark writes after a name: "W1 PAREDES, EFREN DOB ...", "BAPTISTE CB 203-...".
DISPATCH_KEYWORDS = r"DOB|SAW|STATES|STS|ADV|WILL|RES|CB|PH|CELL|TEL|ID|AGE|AKA"
CAPS_NAME_END = rf"(?=[ \t]{{2,}}|[ \t]*$|[ \t]*[()\d,;.+&/]|[ \t]+(?-i:{DISPATCH_KEYWORDS})\b)"
CAPS_COMMA_NAME = _rx(
    rf"(?-i:[A-Z][A-Z'\-]+(?:[ -][A-Z][A-Z'\-]+)?,[ \t]*[A-Z][A-Z'\-]+(?:[ \t]+[A-Z]\b)?){CAPS_NAME_END}",
    re.M,
)


def _caps_run(name: str) -> bool:
    """'SEES LIGHTS MOVING': a run of capitals, which in CAD notes is as likely words as a name."""
    words = [w for w in _rx(r"[A-Za-z'-]+").findall(name) if len(w) > 1]
    return len(words) >= 2 and all(w.isupper() for w in words)


@cache
def _occupation() -> str:
    return "(?i:" + "|".join(role_cues().occupations) + ")"


def parse_name(fragment: str, caps_run: bool = True) -> tuple[list[str], str] | None:
    """(tokens first-name-first, nickname) of the name at the start of `fragment`.

    With `caps_run=False`, an all-capitals 'FIRST LAST' is refused (only 'LAST, FIRST'
    marks capitals as a name where free text is written in capitals).
    """
    fragment = fragment.lstrip(" \t|:-[]().#")
    fragment = _rx(rf"^(?:{HONORIFIC}|{_occupation()})[ \t]+").sub("", fragment)
    # an answer's "yes" before the name: "Sí, José Ernesto", not the surname Sí
    fragment = _rx(r"^(?:S[ií]|Yes|Yeah|No|Okay|OK),[ \t]+(?=[A-Z])").sub("", fragment)
    nick = ""
    inner = _rx(
        r"^(?P<given>[A-Z][\w'-]+)[ \t]+[\"“'](?P<nick>[A-Z](?:[a-z]+|-[A-Z][a-z]+)(?:[ \t][A-Z][a-z]+)?)[\"”'][ \t]+"
    ).match(fragment)
    if inner:  # 'Ramón "Papo" Figueroa Ortiz', 'Terrence "T-Bone" Higgins'
        parsed = parse_name(inner.group("given") + " " + fragment[inner.end() :], caps_run)
        return (parsed[0], inner.group("nick")) if parsed else None
    match = LAST_FIRST.match(fragment)
    if match and all(
        # ("St. Pierre, Marie": the saint's abbreviation is part of the surname's word)
        _is_name_word(w)
        for w in (*_rx(_NAME_WORD).findall(match.group("last")), *match.group("first").split()[:1])
    ):
        # every surname word a name: not "LECLERC INTERVIEWED, WILL GIVE WRITTEN STMT"
        tokens = _tokens(match.group("first")) + _tokens(match.group("last"))
        rest = fragment[match.end() : match.end() + 40]
        quoted = _rx(r"[ \t]*\(?(?:goes\s+by\s+)?[\"'“]((?-i:[A-Z][a-z]+))[\"'”]", re.I).match(rest)
        nick = quoted.group(1) if quoted else ""
        return (tokens, nick) if len(tokens) >= 2 else None
    match = FIRST_LAST.match(fragment)
    if not match:
        return None
    name = match.group("name")
    if not caps_run and _caps_run(name):
        return None
    quoted = _rx(r"[\"'(]([A-Z][a-z]+|(?:[A-Z]\.){2,3})[\"')]").search(name)
    nick = quoted.group(1) if quoted else ""
    tokens = _tokens(_rx(r"[\"'(](?:[A-Z][a-z]+|(?:[A-Z]\.){2,3})[\"')]").sub(" ", name))
    if not tokens or not _is_name_word(name.split()[0]):
        return None
    return tokens, nick


def _known_as(person: Person, tokens: list[str]) -> bool:
    """Whether a name the model found is a known person's: the same name, a part of it
    ending in the surname ('Altagracia Peña' of 'Remedios Altagracia Peña'), the same
    words reversed ('Kowalczyk Jason') or a nickname the record gave ('Big Mike')."""
    if person.matches(tokens):
        return True
    mine = [t.lower() for t in person.tokens]
    theirs = [t.lower() for t in tokens]
    if (
        theirs
        and len(mine) >= 2
        and set(theirs) <= set(mine)
        and (theirs[-1] == mine[-1] or sorted(theirs) == sorted(mine))
    ):
        return True
    return " ".join(theirs) in {n.lower() for n in person.nicknames}


def _accused_and_protected(one: Person, other: Person) -> bool:
    """Whether one of two people is the accused and the other someone the order protects."""
    protected_roles = {"victim", "witness", "harmed", "subject", "statement"}
    return bool(
        ("suspect" in one.roles and other.roles & protected_roles)
        or ("suspect" in other.roles and one.roles & protected_roles)
    )


def _absorb(person: Person, other: Person) -> None:
    """What the record says of `other` is said of `person`: they are one human being."""
    person.roles |= other.roles
    person.identifiers |= other.identifiers
    person.nicknames |= other.nicknames
    person.initials |= other.initials
    person.codes |= other.codes
    person.gender = person.gender or other.gender
    if other.row_kinds is not None:
        person.row_kinds = (person.row_kinds or set()) | other.row_kinds


class People:
    """The growing set of people, merged by name."""

    def __init__(self, text: str = "") -> None:
        self.people: list[Person] = []
        # Words the record writes in lower case: "Monthly Social" made of two of them is no name.
        self.common = _lowercase_words(text)

    def ordinary_words(self, tokens: list[str]) -> bool:
        return all(t.lower() in self.common for t in tokens)

    def add(self, tokens: list[str], role: str = "", nick: str = "") -> Person | None:
        if not tokens:
            return None
        if len(tokens) == 1:
            known = self.find_single(tokens[0])
            if known is None:
                return None
            person = known
        else:
            person = next((p for p in self.people if p.matches(tokens)), None)
            # "PHAM, THI MAI" then "V PHAM THI MAI": the same words in the order the name is
            # said in, not a second person
            words = sorted(t.lower() for t in tokens)
            same_words = next((p for p in self.people if sorted(t.lower() for t in p.tokens) == words), None)
            if person is None and same_words is not None:
                person = same_words
            elif person is None:
                if self.ordinary_words(tokens):
                    return None
                person = Person(tokens=list(tokens))
                self.people.append(person)
            elif len(tokens) > len(person.tokens) or (
                person.tokens[0].endswith(".") and not tokens[0].endswith(".")
            ):
                person.tokens = list(tokens)  # the fuller name: "Mildred Colon" for "M. Colon"
        if role:
            person.roles.add(role)
        if nick:
            person.nicknames.add(nick)
        return person

    def merge_matching(self) -> None:
        """'Lourdes Pineda' (the model's find) and 'Lourdes Yamileth Pineda Cruz' (the certified
        client, added later): the same first name and a shared surname are one person, unless
        one is the accused and the other protected."""
        for short in sorted(self.people, key=lambda p: len(p.tokens)):
            fuller = [
                p
                for p in self.people
                if p is not short
                and len(p.tokens) > len(short.tokens)
                and (
                    p.matches(short.tokens)
                    # "Ms. Batista" met first (an e-mail thread reads newest first), "Keyla Batista" later
                    or (len(short.tokens) == 1 and short.tokens[0].lower() in (t.lower() for t in p.surnames))
                )
            ]
            if not fuller and len(short.tokens) == 1:
                # "his girlfriend Fabiola ... gave her number" and later "Fabiola Desrosiers": the
                # one person of that first name, when the word is no one's surname
                word = short.tokens[0].lower()
                fuller = [p for p in self.people if p is not short and p.first.lower() == word]
                if any(word in (t.lower() for t in p.surnames) for p in self.people if p is not short):
                    continue
            if len(fuller) != 1 or _accused_and_protected(fuller[0], short):
                continue
            _absorb(fuller[0], short)
            self.people.remove(short)

    def merge_surnames_only(self) -> None:
        """'Ms. Sánchez Quispe' read as a person of two surnames is Marisela Sánchez Quispe,
        when she is the only one whose name ends so; with two such people (the victim and the
        accused of one family) it stays apart, as before."""
        for short in list(self.people):
            if len(short.tokens) < 2:
                continue
            words = [t.lower() for t in short.tokens]
            fuller = [
                p
                for p in self.people
                if p is not short
                and len(p.tokens) > len(words)
                and [t.lower() for t in p.tokens[-len(words) :]] == words
            ]
            if len(fuller) != 1:
                continue
            full = fuller[0]
            if _accused_and_protected(full, short):
                continue  # a victim and the accused who share two surnames stay two people
            _absorb(full, short)
            self.people.remove(short)

    def without_lead_word(self, tokens: list[str]) -> list[str]:
        """'Enroll Kevin', 'Because Kevin': a word no one is named by, before the first name
        of someone the record names in full, is an ordinary word opening a sentence."""
        if len(tokens) != 2:
            return tokens
        lead, given = tokens[0].lower(), tokens[1].lower()
        if any(p.first.lower() == given for p in self.people) and not any(
            lead in (t.lower() for t in p.tokens) for p in self.people
        ):
            return tokens[1:]
        return tokens

    def known(self, tokens: list[str]) -> Person | None:
        """The first person these name words are known to name (see `_known_as`), if any."""
        return next((p for p in self.people if tokens and _known_as(p, tokens)), None)

    def sharing(self, word: str) -> list[Person]:
        """Everyone whose name includes `word`."""
        lower = word.lower()
        return [p for p in self.people if lower in (t.lower() for t in p.tokens)]

    def add_given(self, word: str, role: str = "") -> Person:
        """The person one given name alone names: the one the record already knows by it, or a
        new person of that one name ("Yeison", "Kaitlyn")."""
        person = self.find_single(word)
        if person is None:
            person = Person(tokens=[word])
            self.people.append(person)
        if role:
            person.roles.add(role)
        return person

    def find_single(self, word: str) -> Person | None:
        """The person one word names (a surname, first name or nickname), if exactly one."""
        lower = word.lower()
        hits = [p for p in self.people if lower in (t.lower() for t in p.surnames)]
        if not hits:
            hits = [
                p
                for p in self.people
                if p.first.lower() == lower or lower in (n.lower() for n in p.nicknames)
            ]
        return hits[0] if len(hits) == 1 else None


# --- finding people and roles ------------------------------------------------------


# A tracker's role code that names the crime too: "DV-V", "SA-V" (protected), "BURG-V", "ROB-V" (not).
CRIME_ROLE_CODE = _rx(r"(?P<crime>[A-Z]{2,6})-(?P<code>V|VIC|VICT|W|WIT)", re.I)
PROTECTED_CRIME_CODE = _rx(r"DV|FV|IPV|DOM|SA|SX|SEX", re.I)


def _code_role(code: str) -> str:
    """The role a row or shorthand code gives: its role word's, and a complainant's ("C",
    "COMP") is the victim's."""
    return _role_of(code) or ("victim" if code.upper() in ("C", "COMP") else "")


def _role_of(word: str) -> str:
    cues = role_cues()
    word = word.strip(" \t[]():#.")
    coded = CRIME_ROLE_CODE.fullmatch(word)
    if coded:  # a witness is one to any crime; a victim is protected only of these
        if coded.group("code").upper().startswith("W"):
            return "witness"
        return "victim" if PROTECTED_CRIME_CODE.fullmatch(coded.group("crime")) else ""
    for role, words in (
        ("victim", cues.victim_words),
        ("witness", cues.witness_words),
        ("suspect", cues.suspect_words),
        ("subject", cues.subject_words),
    ):
        if _rx(rf"{words}(?:[ \t]*(?:#|No\.?)?[ \t]*\d{{1,2}})?", re.I).fullmatch(word):
            return role
    return ""


# A dispatch remark's party by code, initial and surname: "WIT R. OSEI", "VICT M. KELLEHER".
CODED_INITIAL_NAME = _rx(
    r"(?<![\w])(?P<code>(?-i:VICT|VIC|WIT))[ \t]+(?:IS[ \t]+)?(?P<initial>(?-i:[A-Z]))\.[ \t]?(?P<last>(?-i:[A-Z][A-Z'\-]{2,}))(?![\w.])"
)


# A table cell holding a party's code and name, set off by a dash: "   W -- NATARAJAN, P.   ".
CODED_CELL = _rx(
    r"(?<=[ \t]{2})(?P<code>(?-i:V|W|WIT|VIC)\d?)[ \t]*(?:--|—|–)[ \t]*"
    r"(?P<name>(?-i:[A-Z][A-Z'\-]+(?:[ -][A-Z][A-Z'\-]+)?,[ \t]*[A-Z](?:\.|[A-Z'\-]+)))(?=[ \t]{2,}|[ \t]*$)",
    re.M,
)


def _coded_cells(text: str, people: People) -> list[tuple[Person, str]]:
    """An evidence log's column of who gave each item: "Written statement (sworn), 3 pp.     W --
    NATARAJAN, P.     Det. Sgt. Fontaine     05/03/24" (the row's date is the log's, no DOB)."""
    records = []
    for match in CODED_CELL.finditer(text):
        last, given = (part.strip() for part in match.group("name").split(",", 1))
        tokens = [given.title() if len(given) > 2 else given, _normalise_word(last)]  # "P.", "Natarajan"
        person = people.add(tokens, _role_of(match.group("code")))
        if person is not None:
            records.append((person, match.group("name")))
    return records


# A dispatch remark's party in capitals, first name first, then details: "W1 EFREN PAREDES DOB ...".
CODED_FIRST_LAST = _rx(
    # ("CONTACT W/ COMPL, TIFFANY SORENSEN DOB 01/09/1999": a unit's complainant, after a comma)
    r"(?<![\w/])(?P<code>(?-i:W\d?|WIT|V\d?|VIC|VICT|COMPL|COMP))(?:[ \t]+|,[ \t]*)(?P<name>(?-i:[A-Z][A-Z'\-]+[ \t][A-Z][A-Z'\-]+))"
    r"(?=[ \t]+(?-i:DOB|AGE|CELL|CB|PH|RES)\b)"
)


# The code of another party in a dispatch entry: "SUSP", "W1", "VICT", "RP", "ARR".
NEXT_PARTY = _rx(r"(?<![\w])(?-i:SUSP|S\d|WIT|W\d|VICT|V\d|RP|CALLER|ARR)(?![\w])")


# A caller's own harm by a partner, in a dispatch remark: "STS BF DEANDRE MILLS HIT HER W/ CLOSED FIST".
PARTNER_HARM = (
    r"(?:STS|STATES|SAYS|REPORTS|ADV|ADVISES)\s+(?:HER\s+|HIS\s+|MY\s+)?(?:EX-?\s*)?"
    r"(?:BF|GF|BOYFRIEND|GIRLFRIEND|HUSBAND|HUSB|WIFE|SPOUSE|PARTNER|EX|BD|BM)\b(?:[^\n.]|\n[ \t]+){0,80}?"
    r"\b(?:PUNCHED|HIT|STRUCK|CHOKED|STRANGLED|KICKED|SLAPPED|PUSHED|SHOVED|GRABBED|BEAT|ASSAULTED|THREATENED)\b"
)
CALLER_OWN_HARM = _rx(rf"\b{PARTNER_HARM}", re.I)


def _continuation(text: str, position: int) -> str:
    """The wrapped lines of a dispatch remark after the one holding `position`: lines indented
    past the time column."""
    line_end = text.find("\n", position)
    lines = []
    while line_end >= 0:
        # (a blotter indents its wrapped lines less: "0305  V KOWALSKI ..." / "      NEXT ROOM AND ...";
        # an indented line opening with a time is an entry of its own)
        following = _rx(r"\n([ \t]{4,}(?!\d{1,2}:?\d{2}\b)\S[^\n]*)").match(text, line_end)
        if not following:
            break
        lines.append(following.group(1))
        line_end = following.end()
    return " " + " ".join(line.strip() for line in lines)


def _entry_of(text: str, start: int, name_end: int) -> str:
    """A dispatch entry's details for the party named at start..name_end: the rest of the line
    up to the next party it names ("... DOB 10/28/1993, SWOLLEN R CHEEK. SUSP PETRENKO, OLEH DOB
    03/02/1990": his DOB is not hers)."""
    line_end = text.find("\n", name_end)
    entry = text[start : line_end if line_end > 0 else len(text)]
    other = NEXT_PARTY.search(entry, name_end - start)
    return entry[: other.start()] if other else entry


# A dispatch remark's lead to a person who may have seen it: "2ND WIT", "UPSTAIRS NEIGHBOR", "2ND CALLER".
DISPATCH_LEAD = _rx(
    r"(?<![\w])(?-i:(?P<wit>WIT|WITNESS|W\d)|CALLER|CALLR|CLR|RP|NEIGHBOU?R|NBR|TENANT|RESIDENT"
    # a walk-in who "GAVE NAME AS LATTIMORE, RAYMOND", "V'S FRIEND DESTINY OYELOWO (...)"
    r"|GAVE[ \t]+(?:HIS[ \t]+|HER[ \t]+)?NAME[ \t]+AS|(?:V|VIC|VICT)'S[ \t]+(?:FRIEND|ROOMMATE|NEIGHBOU?R|CO-?WORKER))(?![\w])"
)
# a person in capitals, perhaps quoted and titled: '"MS LORRAINE BAPTISTE"', "TORRES, JULIO", "T. BASS"
CAPS_PERSON = _rx(
    # (or in parentheses of its own after the lead: "1ST FL RESIDENT (M. SOLIS) -- OBS SUSP")
    r"(?:[\"“]|(?P<paren>\())?(?:(?-i:MS|MR|MRS|MISS)\.?[ \t]+)?(?P<name>(?-i:[A-Z]\.[ \t]?[A-Z][A-Z'\-]+|"
    r"[A-Z][A-Z'\-]+,[ \t]*[A-Z][A-Z'\-]+|[A-Z][A-Z'\-]+[ \t][A-Z][A-Z'\-]+))(?![\w.])(?(paren)\))"
)
# A perception in capitals taken back by what follows it: "HEARD NOTHING AND SAW NOTHING",
# "HEARD/SAW NOTHING".
PERCEIVED_NOTHING = (
    r"(?!(?:[ \t]*(?:/|OR|AND|NOR)[ \t]*[A-Z]+)?[ \t]+(?-i:NOTHING|ANYTHING|NOBODY|NO[ \t]+ONE|NONE)\b)"
)
# a name in capitals, its details in parentheses, then what they perceived:
# "PATRICE GRANGER (475-555-0189, 44 SYLVAN AVE) OBSERVED ENTIRE ROBBERY"
CAPS_NAME_PERCEIVED = _rx(
    r"(?<![\w])(?P<name>(?-i:[A-Z][A-Z'\-]+[ \t][A-Z][A-Z'\-]+))[ \t]*\([^)\n]{1,60}\)[ \t]*(?:--[ \t]*)?"
    r"(?-i:SAW|OBSERVED|WITNESSED|HEARD)(?![\w])" + PERCEIVED_NOTHING
)
# a dispatch log's abbreviations that follow a name: "W2 BAPTISTE CBN 203-555-0152"
DISPATCH_WORD = _rx(rf"(?-i:{DISPATCH_KEYWORDS}|CBN|ADJ|BLDG|FLR|APT|REAR|UNK)")
# what follows a person's name in a dispatch remark: a call-back number, a DOB, a phone
DETAILS_AFTER = _rx(
    # (or where in the building: "2ND CALLER HUANG, WEI APT 2 SAME BLDG, CB ...")
    r"[ \t]*(?:,[ \t]*|[ \t](?-i:OF)[ \t]+)?(?:\(|(?-i:CB#?|CBN|PH|DOB|CELL|TEL|AKA|APT|UNIT|FLR?|ADJ|SAME[ \t]+BLDG)\b|\d{3}|$)",
    re.M,
)
DISPATCH_PERCEIVED = _rx(
    r"(?<![\w])(?<!NOT )(?<!N'T )(?-i:SAW|SEEN|OBSERVED|OBS|OBSVD|WITNESSED|HEARD|HRD)(?![\w])"
    + PERCEIVED_NOTHING
)


def _caps_person(name: str) -> list[str]:
    """Name words of a person written in capitals, or none when a word is no name ("UPSTAIRS")."""
    initial = _rx(r"(?P<i>[A-Z])\.[ \t]?(?P<last>[A-Z][A-Z'\-]+)").fullmatch(name)
    if initial:
        last = _normalise_word(initial.group("last"))
        return [initial.group("i") + ".", last] if _is_name_word(last) else []
    words = _rx(r"[A-Z][A-Z'\-]+").findall(name)
    if "," in name:
        words = words[1:] + words[:1]
    if not all(_is_name_word(w) and not DISPATCH_WORD.fullmatch(w) for w in words):
        return []
    return [_normalise_word(w) for w in words]


def _dispatch_witnesses(text: str, people: People) -> list[tuple[Person, str]]:
    """People a dispatch log names in capitals after a witness's lead, who saw or heard what
    happened: '2ND WIT UPSTAIRS NEIGHBOR "MS LORRAINE BAPTISTE" SAW SUSP PUSH V', '2ND CALLER
    T. BASS CB# 203-555-0102 ADJ BLDG -- SAW M DRAG F'. A neighbour the officer only spoke with
    is a witness once the log says what they observed ("TORRES (OBSERVED)", "PER TORRES")."""
    records = []
    for lead in DISPATCH_LEAD.finditer(text):
        line_end = text.find("\n", lead.end())
        line = text[lead.end() : line_end if line_end >= 0 else len(text)]
        # "GAVE NAME AS" / "      LATTIMORE, RAYMOND AKA ...": the name on the next line
        if not line.strip() and line_end >= 0:
            next_end = text.find("\n", line_end + 1)
            line = " " + text[line_end + 1 : next_end if next_end >= 0 else len(text)].lstrip()
        if _rx(r"[ \t]*\d*\]").match(line):
            continue  # a redaction's own label: "[CRIME WITNESS 1]"
        stop = DISPATCH_PERCEIVED.search(line[:40]) or NEXT_PARTY.search(line[:40])
        window = line[: stop.start() if stop else 40]  # the one who saw, not what they saw
        for start in [0, *(m.end() for m in _rx(r"[ \t]+").finditer(window))]:
            found = CAPS_PERSON.match(line, start)
            if found is None:
                continue
            titled = found.group(0) != found.group("name")  # quoted or "MS": a name for sure
            tokens = _caps_person(found.group("name"))
            # not "BF PUNCHED", "SHOTS, LOOKED OUT": capitals that may be words, nothing of a name
            # after, unless the surname comes back with what its bearer perceived ("RESIDENT
            # LIONEL BAPTISTE HAS DOORBELL CAM" ... "BAPTISTE STS HEARD SHOTS")
            if tokens and (
                "." in found.group("name")
                or titled
                or DETAILS_AFTER.match(line, found.end())
                or _reports_perceiving(text, tokens[-1])
            ):
                break
        else:
            tokens = []
        if not tokens:
            continue
        entry = line[found.end() :] + _continuation(text, lead.end())
        other = NEXT_PARTY.search(entry)
        entry = entry[: other.start()] if other else entry
        surname = re.escape(tokens[-1])
        told = _rx(
            rf"(?<![\w]){surname}[ \t]*\((?:OBSERVED|SAW|WITNESSED)\)|\bPER[ \t]+{surname}(?![\w])", re.I
        )
        perceiving = _reports_perceiving(text, tokens[-1])
        if lead.group("wit") or DISPATCH_PERCEIVED.search(entry) or told.search(text) or perceiving:
            person = people.add(tokens, "witness")
            if person:
                # "CANVASS: 407 SHELTON AVE RESIDENT LIONEL BAPTISTE": the home the resident was found at
                ahead = text[text.rfind("\n", 0, lead.start()) + 1 : lead.start()]
                home = ADDRESS.search(ahead)
                resident = (
                    lead.group(0) in ("RESIDENT", "TENANT") and home and not ahead[home.end() :].strip()
                )
                records.append(
                    (
                        person,
                        (home.group(0) + " " if resident else "") + found.group(0) + entry + " " + perceiving,
                    )
                )
    for found in CAPS_NAME_PERCEIVED.finditer(text):
        tokens = _caps_person(found.group("name"))
        person = people.add(tokens, "witness") if tokens else None
        if person:
            records.append((person, found.group(0)))
    return records


def _reports_perceiving(text: str, surname: str) -> str:
    """The dispatch entry, from the surname to its line's end, saying what its bearer
    perceived: 'BAPTISTE STS HEARD SHOTS, LOOKED OUT ... CELL 203-645-7712'; '' when none does."""
    found = _rx(
        rf"(?<![\w]){re.escape(surname)}[ \t]+(?-i:STS|STATES|STATED|SAYS|ADV|ADVISED|REPORTS)\b[^\n]{{0,30}}?"
        rf"{DISPATCH_PERCEIVED.pattern}[^\n]*",
        re.I,
    ).search(text)
    return found.group(0) if found else ""


# A report's shorthand of a role code, a slash and a surname: "Tavares entered V/Ortiz and
# S/Quinones at the same address". Never a race and sex ("W/M", "B/F") or "S/Sgt".
SLASH_CODE = _rx(
    r"(?<![\w/])(?P<code>(?-i:V|VIC|VICT|W|WIT|S|SUSP|C|COMP|RP))\d{0,2}/"
    r"(?P<name>(?-i:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]{2,}(?:-[A-Z]{2,})?))(?![\w/])"
)
# A case-review agenda's numbered case, its victim by initials straight after the word:
# "1. CASO M.R. (ref. SART 224-19-0871)", "2. CASE J.T. (follow-up)".
CASE_ITEM_INITIALS = _rx(
    r"^[ \t]*\d{1,2}[.)][ \t]*(?:NEW[ \t]+)?(?:CASE|CASO)(?:[ \t]+NUEVO)?[ \t]+(?P<initials>(?-i:(?:[A-Z]\.){2,3}))(?![\w])",
    re.M | re.I,
)
# The same shorthand with the person's initials, as special-victims units write it: "V/A.M.L.",
# "W/R.T.B.".
SLASH_INITIALS = _rx(
    r"(?<![\w/])(?P<code>(?-i:V|VIC|VICT|W|WIT))\d{0,2}/(?P<initials>(?-i:(?:[A-Z]\.){2,4}))(?![\w])"
)


# What follows a person's name in a list entry: "DOB 02/17/2012", "(11)", "relationship: son".
PERSON_ENTRY_DETAIL = _rx(
    r"\b(?:DOB|D\.O\.B\.?|age|born|relationship|relation)\b|\(\d{1,2}\)|,[\"”']?[ \t]*\d", re.I
)


# A perception the entry states: "saw a man pour gasoline", "heard the neighbor shouting" (not
# "saw nothing", "no vio nada").
PERCEIVED = _rx(
    r"(?<!\b(?:not|never|no|nothing)[ \t])\b(?:saw|heard|observed|watched|witnessed|vio|escucho|oyo|presencio)\b"
    r"(?![ \t]+(?:nothing|nada|anything|anyone|no\s+one|nobody|a\s+nadie)\b)",
    re.I,
)


# More ways a one-line entry says so than the narrative's (which looks further ahead, across
# other people's sentences): "saw no one", "could not see the fire", "no vio nada".
ENTRY_SAW_NOTHING = _rx(
    r"\b(?:saw|heard)\s+(?:no\s+one|nobody)\b|\b(?:did\s*n[o']?t|could\s*n[o']?t|never)\s+(?:see|hear|witness|observe)\s+"
    r"(?:anybody|a\s+thing|it|the\s+(?:fire|attack))\b|\bno\s+(?:vio|escucho|oyo)\s+(?:nada|a\s+nadie)\b",
    re.I,
)


def _perceived_nothing(entry: str) -> bool:
    """Whether a person's entry under a witness heading says they saw and heard nothing of it:
    "awakened by smoke detector; did not see anyone" is no witness, "heard yelling but did not
    see anyone" is one."""
    nothing = _narrative_cues().saw_nothing.search(entry) or ENTRY_SAW_NOTHING.search(entry)
    return bool(nothing) and not PERCEIVED.search(entry)


# A lettered list's item: "  b. Marcus Odom, DOB 09/23/1976, rideshare driver, 31 Poplar St".
LETTERED_NAME = _rx(r"^[ \t]*(?-i:[a-h])[.)][ \t]+(?P<line>[^\n]+)", re.M)
# A bulleted list's item: "  - WASHINGTON, DEANDRE L., a/k/a "Dre," 24, employee at the pizza place".
BULLETED_NAME = _rx(r"^[ \t]*[-•*][ \t]+(?P<line>[^\n]+)", re.M)


def _list_start(text: str, start: int) -> int:
    """Where the list holding the item at `start` begins: back over the items above it, their
    indented run-on lines and the blank lines between, to the line under its heading."""
    position = text.rfind("\n", 0, start) + 1
    while position > 0:
        above = text.rfind("\n", 0, position - 1) + 1
        line = text[above : position - 1]
        item = NUMBERED_NAME.match(line) or LETTERED_NAME.match(line) or BULLETED_NAME.match(line)
        if item and "," not in line and len(item.group("line").split()) <= 4:
            break  # a numbered heading: "3. WITNESSES"
        if line.strip() and not (item or line[:1] in (" ", "\t")):
            break
        position = above
    return position


# A list entry ending with the person's role: "... tel. 203-555-0168 -- witness."
ENTRY_ROLE_TAIL = _rx(
    r"(?:--|—|–|[ \t]-)[ \t]*(?P<role>witness|eyewitness|testigo|victim|victima)\.?[ \t]*$", re.I
)
# A referral's heading over the list of the children it is about: "CHILDREN", "CHILD(REN) IN HOME", "NIÑOS".
CHILDREN_HEADING = _rx(
    r"^[ \t]*(?:children|child\(?ren\)?|minors|ninos|ninas|menores|hijos)(?:[ \t]+(?:in[ \t]+(?:the[ \t]+)?home|en[ \t]+el[ \t]+hogar|involved|involucrados))?[ \t]*:?[ \t]*$",
    re.I | re.M,
)


def _numbered_under_heading(text: str, people: People) -> list[tuple[Person, str]]:
    """A numbered list of people under a heading that names their role: 'PART C - OTHER PROTECTED
    PERSONS (children / household members)' / '1. Adam Kowalczyk    DOB 02/17/2012'."""
    records = []
    referral = bool(CHILD_REFERRAL.search(text[:600]))
    for match in (
        *NUMBERED_NAME.finditer(text),
        *LETTERED_NAME.finditer(text),
        *BULLETED_NAME.finditer(text),
    ):
        list_start = _list_start(text, match.start())
        role = _heading_role(text, list_start)
        tail = ENTRY_ROLE_TAIL.search(match.group("line"))
        if not role and tail:
            # "2. Sonia Aguilar (DOB ...), 140 Lombard St, ... -- witness."
            role = _role_of(tail.group("role"))
        if not role and referral and CHILDREN_HEADING.search(text, max(0, list_start - 60), match.start()):
            role = "subject"  # a child-abuse referral's "CHILDREN" list: the children it is about
        if role not in ("victim", "witness", "subject") or not PERSON_ENTRY_DETAIL.search(
            match.group("line")
        ):
            continue  # a policy's numbered sections under "VICTIMS AND WITNESSES" are no people
        if role == "witness" and _perceived_nothing(match.group("line")):
            continue
        parsed = parse_name(match.group("line"), caps_run=False)
        person = people.add(parsed[0], role) if parsed and len(parsed[0]) >= 2 else None
        initials = _rx(rf"^[ \t]*(?P<initials>{INITIALS_RX})(?:[ \t]+Jr\.?)?(?=[ \t,(]|$)").match(
            match.group("line")
        )
        if person is None and not parsed and initials and role == "victim":
            # "1. D.G. Jr.   age 6   relationship: son": a protected child named by initials only
            person = _initials_person(people, initials.group("initials"))
            person.roles.add(role)
        if person is not None:
            records.append((person, match.group("line")))
    return records


# An annotation keying a chat's or a transcript's labels to people:
# '"Mari 💜" = victim Marisol Cárdenas Ruiz, DOB 01/09/1994', '"Yeison" = victim's son, age 8, witnessed'.
LABEL_KEY = _rx(
    r"[\"“](?P<label>(?-i:[A-Z][a-z]+)(?:[ \t][^\"”\n]{0,12})?)[\"”][ \t]*=[ \t]*"
    # the key's line, and the next when the sentence runs on to it
    r"(?P<rest>[^\n]+(?:(?<![.;])\n(?![ \t]*(?:[-*•][ \t]*)?[\"“])[^\n]+)?)"
)


def _label_keys(text: str, people: People) -> list[tuple[Person, str]]:
    """Each key line's label is the nickname of the person it names, in the role it gives
    ("= victim NAME", "= suspect NAME"); a label that names nobody further ('"Yeison" = victim's
    son, age 8, witnessed the assault') is that person's own name, a witness when it says so."""
    records = []
    for match in LABEL_KEY.finditer(text):
        label = match.group("label").split()[0]
        rest = _rx(r"(?<=[a-z)])\.[ \t\n]+(?=[\"“A-Z])").split(match.group("rest"), 1)[0]
        lead = _rx(r"^(?:the[ \t]+)?(?P<role>[A-Za-z]+)(?![\w'’])[ \t]+(?P<name>[^,(\n]+)").match(rest)
        role = _role_of(lead.group("role")) if lead else ""
        parsed = parse_name(lead.group("name")) if lead and role else None
        if parsed and len(parsed[0]) >= 2:
            person = people.add(parsed[0], role)
            if person is not None and _is_name_word(label):
                person.nicknames.add(label)
        elif (
            _is_name_word(label)
            and _rx(r"\bwitness\w*|\b(?:saw|vio)\b", re.I).search(rest)
            and not _rx(rf"\b(?:{role_cues().suspect_words})\b", re.I).search(rest)
        ):
            person = people.add_given(label, "witness")
        else:
            continue
        if person is not None:
            records.append((person, rest))
    return records


def _slash_codes(text: str, people: People) -> list[tuple[Person, str]]:
    """People a record names by role code and surname, 'V/Ortiz', 'S/Quinones', 'W2/Albright':
    the fuller name where the record spells it out, else the surname alone."""
    records = []
    for match in SLASH_CODE.finditer(text):
        code = match.group("code")
        role = _code_role(code)
        word = _normalise_word(match.group("name"))
        if _role_of(match.group("name")) or match.group("name").upper() in ("RP", "COMP", "CALLER"):
            continue  # two codes for one person: "W2/RP OKAFOR, CHINEDU"
        person = _person_by_surname(text, people, word, role) if role else None
        if person is not None:
            records.append((person, ""))
    return records


def _coded_initials(text: str, people: People) -> list[tuple[Person, str]]:
    """People a record names by initials in a role's place: after a role code and a slash,
    'V/A.M.L.', or as a case-review agenda's numbered case, '1. CASO M.R.' (its victim)."""
    records = []
    coded = [(m, _code_role(m.group("code"))) for m in SLASH_INITIALS.finditer(text)]
    for match, role in coded + [(m, "victim") for m in CASE_ITEM_INITIALS.finditer(text)]:
        person = _initials_person(people, match.group("initials"))
        person.roles.add(role)
        records.append((person, ""))
    return records


def _person_by_surname(text: str, people: People, surname: str, role: str) -> Person | None:
    """The person a code names by surname alone ("W1 -- Lindqvist", "V/Ortiz"): the fuller name
    where the record spells it out ("W1 - Abebe Tesfaye", "W2 Mahmoud (first name Tariq)"),
    else the surname alone; none when the word is no name or the record writes it in lower case."""
    if not _is_name_word(surname) or surname.lower() in _lowercase_words(text):
        return None
    full = _spelled_out(text, surname, len(text))
    person = people.add(full if full and len(full) >= 2 else [surname], role)
    if person is None:
        first = _rx(rf"{re.escape(surname)}[ \t]*\(first\s+name\s+(?P<first>{_NAME_WORD})\)").search(text)
        person = Person(tokens=[first.group("first"), surname] if first else [surname], roles={role})
        people.people.append(person)
    return person


# An NCIC protection-order record: "PPN/TRAN-NGUYEN, LINH THI" names the protected person,
# "PPB/19920310" is their birth date, and the MIS/ remarks give their home, phone and car
# ("PROT PERSON RES 77 LLOYD ST FL 1", "PROT PERSON CONTACT 2035550156", "PROT PERSON VEH CT 4ZR-T11").
NCIC_PROTECTED_NAME = _rx(r"(?:^|(?<=[ \t]))(?-i:PPN)/(?P<name>[^\n/]+?)[ \t]*$", re.M)
NCIC_PROTECTED_BIRTH = _rx(r"(?<![\w])(?-i:PPB)/(?P<dob>(?:19|20)\d{6})(?!\d)")
NCIC_PROTECTED_DETAIL = _rx(
    r"\bPROT(?:ECTED)?\.?[ \t]+(?:PERSON|PARTY|PTY)[ \t]+"
    r"(?P<kind>RES(?:IDES|IDENCE)?|ADDR(?:ESS)?|CONTACT|PHONE|TEL|CELL|VEH(?:ICLE)?)\b[ \t:]*(?P<rest>[^\n]*)",
    re.I,
)
NCIC_VEHICLE = _rx(r"^(?:(?-i:[A-Z]{2})[ \t]+)?(?P<plate>(?-i:[A-Z0-9]{2,4}-?[A-Z0-9]{2,4}))(?![\w-])")


def _protection_order_file(text: str, people: People) -> list[tuple[Person, str]]:
    """The protected person of an NCIC protection-order record, with the birth date and the
    home, phone and car its remarks give them."""
    records = []
    for match in NCIC_PROTECTED_NAME.finditer(text):
        parsed = parse_name(match.group("name"))
        person = people.add(parsed[0], "victim") if parsed and len(parsed[0]) >= 2 else None
        if person is None:
            continue
        person.identifiers.update(m.group("dob") for m in NCIC_PROTECTED_BIRTH.finditer(text))
        for detail in NCIC_PROTECTED_DETAIL.finditer(text):
            rest = detail.group("rest")
            if detail.group("kind").upper().startswith("VEH"):
                plate = NCIC_VEHICLE.match(rest)
                if plate:
                    person.identifiers.add(plate.group("plate"))
                continue
            person.identifiers.update(m.group(0) for m in _rx(r"(?<!\d)\d{10}(?!\d)").finditer(rest))
            records.append((person, rest))
    for match in DISPATCHED_PROTECTED.finditer(text):
        # "PO CHK VIA COLLECT: CRIM PROT ORDER ACTIVE. PROTECTED: BRANTLEY, KEISHA M" / "DOB
        # 09/03/1996. RESP: WATTS, DARNELL A": the order's protected person, her birth date up to
        # the respondent's
        parsed = parse_name(match.group("name"))
        person = people.add(parsed[0], "victim") if parsed and len(parsed[0]) >= 2 else None
        if person is not None:
            rest = RESPONDENT_KEY.split(text[match.end() : match.end() + 160], 1)[0]
            person.identifiers.update(m.group("dob") for m in DISPATCHED_BIRTH.finditer(rest))
    return records


# A dispatcher's order check: "CRIM PROT ORDER ACTIVE. PROTECTED: BRANTLEY, KEISHA M".
DISPATCHED_PROTECTED = _rx(
    r"(?<![\w])(?-i:PROTECTED|PROT(?:ECTED)?\.?[ \t]+(?:PARTY|PERSON|PTY))[ \t]*:[ \t]*"
    r"(?P<name>(?-i:[A-Z][A-Z'-]+(?:[ -][A-Z][A-Z'-]+)?,[ \t]*[A-Z][A-Z'-]+(?:[ \t][A-Z]\b)?))"
)
DISPATCHED_BIRTH = _rx(rf"\bDOB[ \t:]*(?P<dob>{DATE.pattern})")
RESPONDENT_KEY = _rx(r"\b(?-i:RESP|RESPONDENT|DEF|SUBJ)\b")


def _row_records(text: str, people: People) -> list[tuple[Person, str]]:
    """Involved-persons rows: 'V1 | RUIZ, JENNIFER A | 04/12/1991 | ...', '[W1] MCKENZIE, TAVON ...',
    and CAD lines '22:48:10  631  --  V LINH PHAM'."""
    cues = role_cues()
    codes = (  # (a tracker's code with the crime in it first: "DV-V", "BURG-V")
        rf"(?:{CRIME_ROLE_CODE.pattern}|{cues.victim_words}|{cues.witness_words}|{cues.suspect_words}"
        r"|(?-i:C|COMP|O|OTHER|OTH|INV|P|PT))"
    )
    row = _rx(
        # (a dispatch entry's time first: "01:13 PT: DESROSIERS, NADEGE  DOB 02/19/2000")
        # (an aside after the role word: "Complainant (as identified in affidavit): ...")
        rf"(?:^|(?<=[ \t]{{2}}|\t))[ \t|]*(?:#?\d+[ \t|.)]+|\d{{1,2}}:\d{{2}}(?::\d{{2}})?[ \t]+)?[\[(]?(?P<code>{codes})(?:[ \t-]*#?[ \t]*\d{{1,2}})?(?-i:/[A-Z]{{1,4}})?[\])]?"
        r"(?:[ \t]+\((?:as\s+)?[a-z][^()\n]{0,70}\)(?=[ \t]*:))?"
        rf"[ \t]*(?:[|:)\-]|[ \t]{{2,}}|\t|[ \t](?=(?-i:[A-Z]{{2,}})))[ \t|]*(?P<rest>[^\n]+)$",
        re.MULTILINE | re.IGNORECASE,
    )
    cad = _rx(
        # (a unit's remark counts too: "343: VICT BONDARENKO, KATERYNA DOB 10/28/1993")
        # ("COMPL = ROLLINS, VANESSA DOB 04/08/1984", "SUSP = TORRES, JULIO")
        r"(?:^|(?<=[ \t]{2})|(?<=\d:[ \t])|(?<=[.;][ \t]))(?:(?P<code>(?-i:V|W|S|C|RP|WIT|VIC|VICT|SUSP|COMPL|COMP)\d?)(?:[ \t]*=[ \t]*|[ \t]+)(?:(?-i:[A-Z'/]+:?)[ \t]+){0,3}"
        # "2ND CALL FROM WATTS, KEISHA PH 203-555-0199"
        # ("2ND CLR OYELARAN, FUNMILAYO PH 2035550176 ADJ APT HRD FEM": a call-taker's short form)
        # ("CLR: PHAM, TUYET  CB#: 203-555-0124": the short form's colon too; a "CALLER:" line is
        # a label of its own)
        r"|(?-i:\d(?:ST|ND|RD|TH)[ \t]+)?(?P<caller>(?-i:CALLER|CALLR|CLR|RP|CALL[ \t]+FROM))(?:(?<=CLR):)?[ \t]+"
        # an NCIC return's "PROT PARTY VEGA, M.", a unit's "F PARTY VEGA, MARISOL DOB ...": the
        # protected party is the victim; a party known by sex alone has no role yet
        # (a court note's prose too: "CPO issued - FULL NO CONTACT, protected party COLON, MARITZA")
        r"|(?<![\w])(?P<party>(?-i:PROT(?:ECTED)?[ \t]+(?:PARTY|PERSON)|[Pp]rotected[ \t]+(?:party|person)|[MF][ \t]+PARTY))[ \t]+)"
        # a given name of two words: "TRUONG, THI HUONG"
        r"(?P<name>(?-i:[A-Z][A-Z'\-]+(?:[ -][A-Z][A-Z'\-]+)?,[ \t]*(?:[A-Z][A-Z'\-]+(?:[ \t][A-Z][A-Z'\-]+(?=[ \t]{2,}|[ \t]*$|[ \t]+(?:DOB|AGE)\b))?(?:[ \t]+[A-Z]\b)?|(?<=(?:PARTY|PERSON)[ \t]+[A-Z'\-]+,[ \t]*)[A-Z]\.)))"
        + CAPS_NAME_END,
        re.MULTILINE,
    )
    records = []
    for match in cad.finditer(text):
        parsed = parse_name(match.group("name"))
        if parsed:
            caller, party = match.group("caller"), match.group("party")
            if caller:
                role = "witness"
            elif party:
                role = "victim" if party.upper().startswith("PROT") else ""  # "F PARTY": no role yet
            else:
                role = _role_of(match.group("code"))
            entry = _entry_of(text, match.start("name"), match.end("name"))
            if caller and CALLER_OWN_HARM.search(entry + _continuation(text, match.end("name"))):
                role = "victim"  # "2ND CALL FROM WATTS, KEISHA ... STS BF DEANDRE MILLS HIT HER"
            person = people.add(parsed[0], role)
            if person:
                records.append((person, entry))
    for match in CODED_FIRST_LAST.finditer(text):
        # "W1 EFREN PAREDES DOB 11/19/1976 CELL 203-555-0191 SAW SUSP ...": capitals, first name first
        parsed = parse_name(match.group("name"))
        if not parsed or len(parsed[0]) < 2:
            continue
        person = people.add(parsed[0], _role_of(match.group("code")))
        if person is None:
            continue
        records.append((person, _entry_of(text, match.start("name"), match.end("name"))))
    for match in CODED_INITIAL_NAME.finditer(text):
        # "WIT R. OSEI 203-555-0152 SAW SUSP RUN", "VICT M. KELLEHER F/19": an initial and a surname
        tokens = [match.group("initial"), _normalise_word(match.group("last"))]
        if not _is_name_word(tokens[1]):
            continue
        same = [p for p in people.people if p.last.lower() == tokens[1].lower() and p.first[:1] == tokens[0]]
        person = same[0] if len(same) == 1 else people.add(tokens, _role_of(match.group("code")))
        if person is None:
            continue
        person.roles.add(_role_of(match.group("code")))
        records.append((person, _entry_of(text, match.start("initial"), match.end("last"))))
    for match in row.finditer(text):
        rest = DISPATCH_ID.sub("", match.group("rest"), count=1)  # "V ID DOYLE, SHANNON E F/22"
        code = match.group("code")
        # a labelled field ("CALLER: MARCUS TRAN") holds a name even in capitals
        labelled = _rx(r"[A-Za-z]{3,}\d{0,2}[ \t]*:").fullmatch(
            text[match.start("code") : match.start("rest")].rstrip()
        )
        parsed = parse_name(rest, caps_run="|" in match.group(0) or bool(labelled))
        initials = _rx(
            # (or quoted before its details: 'Complainant (as identified in affidavit): "J.M.", DOB ...')
            r"[ \t|:-]*(?:[\"“](?P<q>(?-i:[A-Z]\.[ ]?[A-Z]\.(?:[ ]?[A-Z]\.)?))[\"”](?=[ \t]*,)|"
            r"(?P<i>(?-i:[A-Z]\.[ ]?[A-Z]\.(?:[ ]?[A-Z]\.)?))(?=[ \t]{2,}|\t|[ \t]*\|))"
        ).match(rest)
        if not parsed and initials and _role_of(code) in ("victim", "witness"):
            # a tracker's row for a person it names by initials only: "SA-V  J.T.  2005-10-30 ..."
            letters = (initials.group("i") or initials.group("q")).replace(" ", "")
            person = next((p for p in people.people if letters in p.initials), None)
            if person is None:
                person = Person(initials={letters}, roles={_role_of(code)})
                people.people.append(person)
            records.append((person, rest))
            continue
        if not parsed:
            continue
        tokens, nick = parsed
        single = _rx(rf"^[ \t]*(?:--|-|:)?[ \t]*(?P<name>{_NAME_WORD})[ \t]*(?:\(|,|$)").match(rest)
        role = _code_role(code)
        if len(tokens) == 1 and single and role and len(code) <= 3 and _rx(r"\d").search(match.group(0)[:12]):
            # "W1 -- Lindqvist (co-worker of V1)": a party list that names a person by surname only
            person = _person_by_surname(text, people, tokens[0], role)
            if person is None:
                continue
        else:
            is_caps = rest.lstrip(" \t|:-[]").split(" ")[0].isupper()
            structured = (
                "|" in match.group(0)
                or LAST_FIRST.match(rest.lstrip(" \t|:-"))
                or is_caps
                or _rx(r"\t| {2,}").search(rest)
            )
            if not structured or (
                len(code) == 1
                and code.upper() == code
                and not is_caps
                and "|" not in match.group(0)
                and not LAST_FIRST.match(rest.lstrip(" \t|:-"))
            ):
                continue
            person = people.add(tokens, role, nick)
        if person:
            records.append((person, rest))
            block = _numbered_row(text, match.start("code")) if _role_of(code) == "victim" else None
            if block is not None:  # a docket's "Vic:" note: the victim of her own row's charge
                person.row_kinds = (person.row_kinds or set()) | _kinds(block)
            if _rx(r"caller|RP|reporting\s+party", re.I).fullmatch(code):
                person.codes.add("CALL")
            label = _rx(r"([A-Za-z]{1,4})[ \t-]*#?[ \t]*(\d{1,2})?").match(text, match.start("code"))
            if label:
                person.codes.add(label.group(1).upper() + (label.group(2) or ""))
    return records


# A numbered row of a docket or list: "  7  REYES, Ramon   03/03/1969 ...".
NUMBERED_ROW_START = _rx(r"^[ \t]{0,3}\d{1,3}[ \t]{1,4}\S", re.M)


def _numbered_row(text: str, position: int) -> str | None:
    """The whole numbered row holding `position`, from its number to the next row, when
    `position` is inside one (its first line or the indented lines carrying it on) and the row
    charges a crime by its statute ("53a-103 Burg 3"): a docket's row, not a persons table's."""
    start = text.rfind("\n", 0, position) + 1
    for _ in range(12):  # up from a carried-on line to the row's number
        if NUMBERED_ROW_START.match(text, start):
            break
        if start == 0 or not text.startswith((" " * 8, "\t"), start):
            return None  # not a row's carried-on line
        start = text.rfind("\n", 0, start - 1) + 1
    else:
        return None
    row = text[start : _row_end(text, start, len(text))]
    return row if STATUTE.search(row) else None


# A Connecticut statute's number, as a docket's charge column gives it: "53a-61", "21a-279", "14-227a".
STATUTE = _rx(r"(?<![\w-])\d{1,2}[a-z]?-\d{1,3}[a-z]{0,2}(?![\w-])")


def _code_mentions(text: str, everyone: list[Person]) -> list[tuple[int, Person | None]]:
    """'V1 requested a call-back at …', 'W2 advised …': a narrative names a listed person by
    the code of their row. A code two people share names nobody; a code without its number
    ('V', 'RP') is too easily something else ('PER RP' in a dispatch log)."""
    owners: dict[str, list[Person]] = {}
    for person in everyone:
        for code in person.codes:
            if code[-1].isdigit():
                owners.setdefault(code, []).append(person)
    mentions: list[tuple[int, Person | None]] = []
    for code, people in owners.items():
        for match in _rx(rf"(?<![\w-]){re.escape(code)}(?![\w-])").finditer(text):
            mentions.append((match.end(), people[0] if len(people) == 1 else None))
    victims = [p for p in everyone if p.protected and "victim" in p.roles]
    if len(victims) == 1:
        # case notes' shorthand for the one victim, in prose: "Called V at (203) 555-0118",
        # "DMV: V's vehicle, ... CT reg AK 52719", "Instagram: V = @dee.draws.nhv"
        shorthand = (
            r"(?<=[a-z:;][ \t])V(?=[ \t]+(?:[a-z]|at\b)|[.,;]|['’]s\b|[ \t]*=[ \t]*[^\s\w])"
            # a dispatch entry's "412   V VEH CT 4DKR19", "V CELL PER CALLR: 203-..."
            r"|(?<=[ \t]{2})V(?=[ \t]+(?:VEH|CELL|PH|ADDR|RES|DOB|HOME)\b|['’]s\b)"  # "1430  V's home address ..."
            # a case note's bullet: "- V ph 203-555-0104 (landline only)"
            r"|(?m:^)[ \t]*[-*•][ \t]+V(?=[ \t]+(?i:ph|cell|tel|phone|dob|addr|res|home)\b)"
        )
        for match in _rx(shorthand).finditer(text):
            mentions.append((match.end(), victims[0]))
        # and the role word itself: "Victim living at 150 Sherman Ave", "Victim's phone (203-...)",
        # "Client: ... home visit, 1466 Quinnipiac Ave" -- not "victim advocate" or "Victim Services"
        for match in VICTIM_WORD.finditer(text):
            if not _kin_of_role(text, match.start()):  # "grandson of the victim" is he
                mentions.append((match.end(), victims[0]))
    witnesses = [p for p in everyone if p.protected and p.roles == {"witness"}]
    if len(witnesses) == 1:  # "Witness resides 201 Blake St", with one witness in the record
        for match in WITNESS_WORD.finditer(text):
            if not _kin_of_role(text, match.start()):
                mentions.append((match.end(), witnesses[0]))
    return mentions


@cache
def _role_line_nickname() -> re.Pattern:
    cues = role_cues()
    return _rx(
        rf"^[ \t]*(?:{cues.victim_words}|{cues.witness_words})[ \t#]*\d{{0,2}}[ \t]*(?:--|-|:)?[ \t]*"
        r"[\"'“](?P<nick>(?-i:[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?))[\"'”][ \t]*\n?$",
        re.I,
    )


# "Signature of person giving statement:", "Firma del declarante:": the signer is the declarant.
SIGNATURE_LABEL = (
    r"(?:signature|signed|firma)(?:\s+(?:of|by|del|de\s+la|de))?\s+(?:the\s+)?"
    r"(?:person\s+giving\s+(?:this\s+)?statement|declarant|declarante|witness|testigo|affiant|deponent)"
)
# Agency forms name people by their place in the family or the case, without a role.
PERSON_LABEL = (
    r"(?:youth|student|child|juvenile|minor|camper|participant|patient|parent|guardian|mother|father|caregiver|"
    r"joven|estudiante|menor|nino|nina|padre|madre|tutor)(?:\s+name)?"
)


# The one person a hospital, personnel or benefits form is about: its patient, employee, applicant.
SUBJECT_LABEL = (
    r"(?:(?:pt|patient)\.?(?:\s+name)?|(?:employee|applicant|requester)\s+name|paciente|solicitante|"
    r"nombre\s+del?\s+(?:la\s+)?(?:paciente|emplead[oa]|solicitante))"
)


# A form's section heading over the one it is about, right above its name field.
SUBJECT_SECTION = _rx(
    r"^[ \t]*(?:(?:SECTION|PART|SECCION|PARTE)[ \t]+(?:\d{1,2}|[A-Z]|[IVX]{1,4})[ \t]*[-—–:.][ \t]*)?"
    # ("DATOS DE LA ESTUDIANTE", "STUDENT INFORMATION")
    r"(?:(?:datos|informacion)[ \t]+del?[ \t]+(?:la[ \t]+|el[ \t]+)?)?"
    r"(?:employee|applicant|patient|requester|student|solicitante|paciente|emplead[oa]|estudiante|alumn[oa])"
    r"(?:[ \t]+(?:information|info|informacion|datos))?"
    r"[ \t]*:?[ \t]*\n(?=[^\n]*\Z)",
    re.I | re.M,
)


def _under_subject_section(text: str, position: int) -> bool:
    """Whether the line above the one at `position` is a SUBJECT_SECTION heading (only that line is
    read: each form field used to search the whole text before it)."""
    line_start = text.rfind("\n", 0, position) + 1
    if line_start == 0:
        return False
    above = text.rfind("\n", 0, line_start - 1) + 1
    return bool(SUBJECT_SECTION.match(text, above, position))


# An agency's intake sheet or case notes about one client (a survivor, a participant).
INTAKE_RECORD = _rx(
    r"\b(?:intake|admission|admision|hoja\s+de|case\s+notes?|case\s+file|notas\s+de|"
    # a housing authority's file on a tenant's VAWA transfer: the tenant is its survivor
    r"VAWA|emergency\s+transfer|expediente|survivors?|sobrevivientes?|"
    r"advoca(?:te|cy)|consejer[ao]|shelter|refugio|albergue|apoyo\s+a|support\s+services|servicios\s+a\s+victimas|victim\s+services)\b",
    re.I,
)


WITNESS_STATEMENT_FORM = _rx(
    r"\b(?:witness\s+(?:statement|interview)|(?:statement|interview)\s+(?:of|with)\s+(?:a\s+)?witness"
    r"|(?:declaracion\s+(?:jurada\s+)?|entrevista\s+)(?:de(?:l)?|al?|con)\s+(?:la\s+)?testigo)\b",
    re.I,
)


DV_MARKER = _rx(
    r"(?<![\w])(?:(?-i:DV|FV)|D\.V\.|domestic\s+violence|family\s+violence|violencia\s+domestica)(?![\w])",
    re.I,
)
OFFENDER_WORDS = _rx(
    r"\b(?:arrest(?:ed|ee)?|offender|suspect|respondent|accused|perpetrator|agresor)\b", re.I
)


def _flagged_rows(text: str, people: People) -> list[tuple[Person, str]]:
    """A log table's row about one person that carries a family-violence flag:

    | 19:05 | W4  | OKAFOR, Rebecca  | Returned from work. DV flag. Checked in w/ son.  |
    |       |     |                  | (a continuation line of the same entry)          |
    """
    records = []
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if line.count("|") < 3:
            continue
        cells = line.split("|")
        named = next(
            ((i, parse_name(c.strip())) for i, c in enumerate(cells) if LAST_FIRST.fullmatch(c.strip())), None
        )
        if not named or not named[1] or len(named[1][0]) < 2:
            continue
        index, (tokens, nick) = named
        entry = [line]
        for following in lines[number + 1 : number + 4]:  # continuation lines: the name cell blank
            parts = following.split("|")
            if following.count("|") < 3 or len(parts) <= index or parts[index].strip():
                break
            entry.append(following)
        body = "\n".join(entry)
        if DV_MARKER.search(body) and not OFFENDER_WORDS.search(body):
            person = people.add(tokens, "victim", nick)
            if person is not None:
                records.append((person, body))
    return records


# A column of a role table: "ROLE", "Type", "Involvement", "Code"; its cells say each row's role.
ROLE_COLUMN = _rx(r"(?:role|type|involvement|inv\.?|code|party|status)", re.I)
# A column heading about a person's details, not the person: "V DOB", "victim_phone".
IDENTIFIER_HEADING = _rx(
    r"\b(?:dob|birth|address|addr|phone|tel|cell|e-?mail|age|sex|race|id|no|number|#)\b", re.I
)
# What a column heading adds to its role when the column holds names: "Victim (LAST, First)",
# "Witness name", "Name".
NAME_HEADING_TAIL = _rx(r"[ \t]*(?:\bname\b|\([ \t]*last[ \t]*,[ \t]*first[ \t]*\))[ \t]*$", re.I)
NAME_HEADING_LEAD = _rx(r"^[ \t]*nombre(?:[ \t]+completo)?(?:[ \t]+(?:del|de[ \t]+la|de))?[ \t]+(?=\w)", re.I)
# A case tracker's cell giving the row's kind of case by its code alone: "VD" (violencia
# doméstica), "AS" (agresión sexual), "FV", "SA"; "VD / acoso" too.
KIND_CODE_CELL = _rx(r"[ \t]*(?:(?P<dv>(?-i:VD|VF|DV|FV))|(?P<sa>(?-i:AS|SA)))[ \t]*(?:/[^/|]*)?")


def _kind_codes(values: list[str]) -> set[str]:
    """The kinds of case a tracker row's code cells give."""
    kinds = set()
    for value in values:
        code = KIND_CODE_CELL.fullmatch(value)
        if code:
            kinds.add("DV" if code.group("dv") else "SA")
    return kinds


def _pipe_row(line: str) -> list[str]:
    """The cell values of a pipe table's line; none for the rule under its header ("|---|:--|")."""
    if _rx(r"[\s|:+=-]+").fullmatch(line):
        return []
    return [line[a:b].strip() for a, b in pipe_cells(line)]


def _csv_values(line: str, bounds: list[tuple[int, int]]) -> list[str]:
    """The values of a comma-separated line's cells, quotes taken off."""
    return [line[a:b].strip().strip('"').strip() for a, b in bounds]


ROW_NOTE = _rx(r"[ \t]+(?:notes?|notas?|comments?|comentarios?)[ \t]*:", re.I)
PLUS_RULE = _rx(r"[ \t]*[-=]{2,}(?:\+[-=]{2,}){2,}\+?[ \t]*")


def _table_blocks(text: str) -> list[tuple[int, list[list[str]]]]:
    """Each table's (where its header line starts, rows as lists of cell values, its header
    first): pipe tables (runs of lines with three or more pipes, rules left out), and
    comma-separated and tab-delimited exports (runs of lines with as many cells as their header)."""
    blocks: list[tuple[int, list[list[str]]]] = []
    pipes: list[list[str]] = []
    commas: list[list[str]] = []
    tabs: list[list[str]] = []
    pipes_at = commas_at = tabs_at = 0
    position = 0
    noting = False  # inside a row's notes
    for line in [*text.split("\n"), ""]:
        # a tab-delimited export ("Date<TAB>Time<TAB>Adv<TAB>Client<TAB>Contact ..."): rows with
        # as many cells as its header
        tab_row = [cell.strip() for cell in line.split("\t")] if line.count("\t") >= 3 else []
        if tab_row and (not tabs or len(tab_row) == len(tabs[0])):
            tabs.append(tab_row)
        else:
            if len(tabs) > 1:
                blocks.append((tabs_at, tabs))
            tabs, tabs_at = ([tab_row] if tab_row else []), position
        noting = noting and line.count("|") < 3
        if line.count("|") >= 3:
            row = _pipe_row(line)
            if row:
                if not pipes:
                    pipes_at = position
                pipes.append(row)
        elif pipes and PLUS_RULE.fullmatch(line):
            pass  # a rule drawn with "+" at the column joins: "---------+-------+------"
        elif len(pipes) >= 2 and (
            ROW_NOTE.match(line) or (noting and line[:1] in (" ", "\t") and line.strip())
        ):
            # an export's notes under each row ("  Notes: Caller states she saw ..."), and their
            # indented lines: part of the row above
            pipes[-1][-1] += " " + line.strip()
            noting = True
        elif pipes:
            blocks.append((pipes_at, pipes))
            pipes = []
        bounds = csv_cells(line) if line.count(",") >= 3 else []
        cells = _csv_values(line, bounds)
        if cells and commas and len(cells) == len(commas[0]):
            commas.append(cells)
        else:
            if len(commas) > 1:
                blocks.append((commas_at, commas))
            # a header row of short field names ("docket,defendant,dob,..."), not prose with commas
            commas = [cells] if cells and csv_field_names(line, bounds) is not None else []
            commas_at = position
        position += len(line) + 1
    return blocks


# A row that says its case is not family violence: "53A-125B (NOT FV - LARCENY 6)", "NON-FV".
NOT_FAMILY_VIOLENCE = _rx(
    r"\bNOT\s+(?:FV|DV|family\s+violence)\b|\bNON-?(?:FV|DV)\b|\bNO\s+PROTECTED\s+PART", re.I
)


# A printed table's heading line: three or more short headings apart, no figures ("Name  Role  DOB").
PRINTED_HEADINGS = _rx(
    r"^[ \t]*[A-Za-z#][A-Za-z./#()' ,-]{0,24}(?:[ \t]{2,}[A-Za-z][A-Za-z./#()' ,-]{0,24}){2,}[ \t]*$"
)


def heading_columns(line: str) -> list[tuple[int, int]]:
    """(start, end) of each column of a printed table whose headings stand alone, two or more
    spaces apart ("#  ADDRESS   CONTACT   PHONE   RESULT"): a column runs to the next heading."""
    starts = [m.start() for m in _rx(r"(?:^|(?<=[ \t]{2}))\S").finditer(line)]
    return list(pairwise([*starts, 10**6]))


def _fixed_width_blocks(text: str) -> list[tuple[int, list[list[str]]]]:
    """Printed tables whose columns a rule of dashes marks under the headings (a court docket, a
    CAD printout): (offset of the headings, rows of cells, headings first). A line whose first
    cell is empty carries on the row above it ("53-21 ... CPO FULL NO CONTACT")."""
    blocks = []
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for index in range(1, len(lines)):
        if RULE.match(lines[index]):  # "--- -------------------- ----------": the columns
            heading, columns = index - 1, rule_columns(lines[index])
        elif PRINTED_HEADINGS.match(lines[index]) and (
            _rx(r"\bname\b", re.I).search(lines[index])
            or any(_person_column_role(h) for h in _rx(r"[ \t]{2,}").split(lines[index].strip()))
        ):
            # "  Name                      Role        DOB          Contact", or a docket's
            # "#  DEFENDANT (DOB)     DOCKET     CHARGES     VICTIM / PROTECTED PARTY": headings alone
            heading = index
            columns = heading_columns(lines[index])
        else:
            continue

        def cut(line: str, columns: list[tuple[int, int]] = columns) -> list[str]:
            return [line[_word_start(line, a) : _word_start(line, b)].strip() for a, b in columns]

        rows = [cut(lines[heading])]
        for line in lines[index + 1 :]:
            if not line.strip() or _rx(r"[\s\-=_*.]+").fullmatch(line):
                break  # a blank line or a rule of separators ends the table
            if not _rx(r"\S[ \t]{2,}\S").search(line) and line[: columns[0][1]].strip():
                break  # prose, no columns: "STATE v. DARNELL WOODSON" after the table
            cells = cut(line)
            if len(rows) > 1 and not cells[0]:
                rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells, strict=True)]
            else:
                rows.append(cells)
        if len(rows) > 1:
            blocks.append((offsets[heading], rows))
    return blocks


def _word_start(line: str, position: int) -> int:
    """A column boundary moved back to the start of a word it would cut: a printout's rows run
    a character or two past their heading's column."""
    if position >= len(line):
        return len(line)
    moved = position
    while 0 < moved < len(line) and line[moved - 1] != " " and line[moved] != " " and position - moved < 12:
        moved -= 1
    return moved if moved > 0 and line[moved - 1] == " " else position


# A column heading naming the people a log or register lists, whatever their role: a shelter's
# bed log, a building's occupants, a library's patrons.
LISTED_PERSON_HEADING = _rx(
    r"(?:guest|resident|occupant|tenant|patron|attendee|huesped|residente|inquilin[oa])s?", re.I
)
# A row's note saying its person is a witness: "witness in the Chapel St shooting case", "Says he
# saw "Nico" stab a man by the tents".
WITNESS_NOTE = _rx(
    r"^[ \t\"]*(?:witness|testigo)\b|\b(?:says|said|states|stated|reports|reported)\s+(?:that\s+)?(?:he|she|they)\s+"
    r"(?:saw|witnessed|heard)\b(?!\s+(?:nothing|anything|no\s+one|nobody))",
    re.I,
)


def _person_column_role(heading: str) -> str | None:
    """The role a column of names holds, from its heading ("Victim (LAST, First)" -> victim,
    "Suspect" -> suspect, "Name" -> ""), or None when the heading is no column of names
    ("V DOB", "Address")."""
    heading = (
        _rx(r"\((?:e?s)\)", re.I).sub("", heading.replace("_", " ")).strip()
    )  # "Witness(es)", "protected_party", "PROT. PERSON(S)"
    # "DEFENDANT (DOB)": the names with their birth dates in parentheses
    # (and "Name (nickname)": the names with what they are called)
    heading = (
        _rx(
            r"[ \t]*\((?:DOB|D\.O\.B\.?|age|DOB[ \t]*/[ \t]*age|nicknames?|alias(?:es)?|a\.?k\.?a\.?)\)", re.I
        )
        .sub("", heading)
        .strip()
    )
    heading = _rx(r"\bprot\.?(?=\s+(?:person|party|pty)\b)", re.I).sub("protected", heading)
    # Spanish puts the name first: "Nombre cliente", "Nombre de la víctima" (linking reads folded text)
    heading = NAME_HEADING_LEAD.sub("", heading) or heading
    tail = NAME_HEADING_TAIL.search(heading)
    word = heading[: tail.start()].strip() if tail else heading
    word = word.split("/")[0].strip()  # "Suspect / Arrestee"
    if not word:
        return "" if tail else None
    if _role_of(word):
        return _role_of(word)
    if LISTED_PERSON_HEADING.fullmatch(word):
        return "listed"  # a shelter's "guest", a building's "occupant": protected only by their row
    if len(word.split()) <= 5 and not IDENTIFIER_HEADING.search(word):
        # "protected party or victim", "defendant": a heading that only names a role
        cues = role_cues()
        for role, words in (
            ("victim", cues.victim_words),
            ("suspect", cues.suspect_words),
            ("witness", cues.witness_words),
        ):
            if _rx(rf"(?<![\w]){words}(?![\w])", re.I).search(word):
                return role
    return None


# A call's notes (a cell) saying the caller is the one harmed: "Víctima dice que su esposo la empujó",
# "Caller reports she was sexually assaulted by a coworker".
CALLER_IS_VICTIM = _rx(
    r"^[ \t]*(?:victim|victima)\s+(?:dice|says|states|reports|reporta|indica|advises)\b"
    r"|\b(?:caller|llamante|RP)\s+(?:reports|states|says|advises|dice|reporta)\s+(?:that\s+|que\s+)?(?:she|he)\s+"
    r"(?:was|is|has\s+been)\s+(?:\w+\s+)?(?:assaulted|raped|attacked|hit|beaten|choked|strangled|abused)\b"
    r"|\b(?:caller|llamante)\s+(?:is|es)\s+(?:the\s+|la\s+|el\s+)?(?:victim|victima)\b",
    re.I,
)
# A column of the people who called: a witness only where the row says what they perceived.
CALLER_HEADING = _rx(
    # (with the number beside: "Caller / phone")
    r"(?:caller|callers|RP|reporting\s+party|llamante)(?:[ \t_]*(?:name|nombre))?"
    r"(?:[ \t]*[/&][ \t]*(?:phone|tel|telefono|contact|callback|number))?",
    re.I,
)


# One entry of a legend of partner codes: "DVS = DV Services of Greater New Haven;" names an agency
# (not "FV = Family Violence", which says what the column's "Y" means)
CODE_LEGEND = _rx(
    r"(?<![\w-])(?-i:[A-Z][A-Za-z]{1,7})[ \t]*=[ \t]*[^;=\n]*?\b(?:Services|Center|Centre|Coalition|Clinic|Assoc|"
    r"Association|Agency|Project|Program|Office|Network|Alliance|Inc)\b[^;=\n]*"
)


def _role_column_rows(text: str, people: People) -> list[tuple[Person, str]]:
    """A table (pipes or commas) whose columns name people by role, one case per row (a case tracker):

    | Case #    | Victim (LAST, First) | V DOB      | V Address   | Suspect (LAST, First) | Rel    |
    | 24-028810 | NAVARRO, Luz Marina  | 08/19/1979 | 88 Fountain | NAVARRO, Esteban      | spouse |

    Each name column's person has the heading's role (or the row's "Role" cell when the heading
    is only "Name"), and the cells from that column up to the next column of names are theirs:
    the victim's DOB and address are not the suspect's."""
    records = []
    printed = _fixed_width_blocks(text)
    # what the agency's heading (its lines above the first table) says it serves
    heading = takewhile(
        lambda line: max(line.count("\t"), line.count("|"), line.count(",")) < 3, text[:600].split("\n")
    )
    # (a legend of codes names partners, not what the log serves: "DVS = DV Services of Greater New Haven")
    head_kinds = _kinds(CODE_LEGEND.sub("", "\n".join(heading)))
    # (a printed table's heading role is not looked for: only the tables with separators')
    for block, heading_kinds, start in [(b, set(), at) for at, b in _table_blocks(text)] + [
        (rows, _kinds(CODE_LEGEND.sub("", text[:offset])), None) for offset, rows in printed
    ]:
        if len(block) < 2:
            continue
        headings = block[0]
        name_columns = {i: r for i, h in enumerate(headings) if (r := _person_column_role(h)) is not None}
        role_column = next((i for i, h in enumerate(headings) if ROLE_COLUMN.fullmatch(h.strip())), None)
        if name_columns and not any(name_columns.values()) and role_column is None and start is not None:
            # "2. WITNESSES" over "| # | Name (nickname) | DOB | Contact |": the heading gives the role
            above = _heading_role(text, start)
            if above in ("victim", "witness"):
                name_columns = dict.fromkeys(name_columns, above)
        if not name_columns or (not any(name_columns.values()) and role_column is None):
            continue
        order = sorted(name_columns)
        # a tracker of several kinds of case: a row's own offense says whether its victim is
        # protected ("Robbery 3" beside "Strangulation 2 (FV)")
        row_kinds = [_kinds(" | ".join(values)) | _kind_codes(values) for values in block[1:]]
        if (
            not heading_kinds
            and head_kinds
            and any(NOT_FAMILY_VIOLENCE.search(" ".join(v)) for v in block[1:])
        ):
            # "FAMILY VIOLENCE UNIT" over an export one row of which says "BURG 3 (NOT FV - misrouted)":
            # every other row is the unit's kind, that one is not
            heading_kinds = set(head_kinds)
        if heading_kinds:
            # "FAMILY VIOLENCE ARRAIGNMENT DOCKET": each row is of that kind unless it says it is not
            row_kinds = [
                kinds | (set() if NOT_FAMILY_VIOLENCE.search(" ".join(values)) else heading_kinds)
                for kinds, values in zip(row_kinds, block[1:], strict=True)
            ]
        mixed = any(row_kinds)
        for values, kinds in zip(block[1:], row_kinds, strict=True):
            if len(values) != len(headings):
                continue
            witness_note = any(WITNESS_NOTE.search(v) for v in values)  # "witness in the ... case"
            for place, column in enumerate(order):
                role = name_columns[column] or (
                    _role_of(values[role_column]) if role_column is not None else ""
                )
                # a register of everyone staying or living there: its heading's kind is no row's
                listed = role == "listed"
                role = "subject" if listed else role
                if _rx(rf"^(?:{OFFICER_TITLE})\.?[ \t]").match(values[column]):
                    continue  # "Ofc. Jillian Marrero, #1297" in a witness list: an officer in her role
                parsed = parse_name(values[column])
                initials = _rx(rf"^[\"'“]?{INITIALS_RX}").match(values[column])  # '"A.M." (minor, 15)'
                if role and role != "suspect" and initials and not parsed and not (mixed and not kinds):
                    # "J.M. (F, 13)": a child the tracker names by initials only
                    person = _initials_person(people, initials.group(0).strip("\"'“").replace(" ", ""))
                    person.roles.add(role)
                    continue
                if not role or not parsed or len(parsed[0]) < 2:
                    continue
                if (
                    role == "witness"
                    and CALLER_HEADING.fullmatch(headings[column].strip())
                    and not kinds
                    and not _rx(rf"(?<![\w])(?:{role_cues().witness_verbs})(?![\w])", re.I).search(
                        " ".join(values)
                    )
                    and not witness_note
                ):
                    # a 311 export's "Caller" column: who called about a pothole saw no crime;
                    # "Says at 6:40 am she saw the man upstairs shove his wife" makes that caller one,
                    # and so does a call of family violence or sexual assault
                    people.add(parsed[0])
                    continue
                if (
                    role == "witness"
                    and kinds
                    and CALLER_HEADING.fullmatch(headings[column].strip())
                    and any(CALLER_IS_VICTIM.search(value) for value in values)
                ):
                    role = "victim"  # "Víctima dice que su esposo la empujó": she called for herself
                if role == "subject" and not kinds and head_kinds and not listed:
                    # a family justice center's or a shelter's client log: every client is one of
                    # its cases, whatever her row's notes say
                    kinds = head_kinds
                if role == "subject" and not kinds and witness_note:
                    role = "witness"  # a shelter guest the notes call a shooting's witness
                if role == "subject" and not kinds and not mixed:
                    # a program's caseload list names clients: only a row or a heading that says
                    # family violence or sexual assault makes its client one of ours
                    people.add(parsed[0])
                    continue
                if role in ("victim", "subject") and mixed and not kinds:
                    # (a client list too: "DV survivor" in one row's notes protects that row's client)
                    person = people.add(parsed[0])  # known, so a shared name is known to be shared
                    if person is not None and person.row_kinds is None:
                        person.row_kinds = set()  # "assault 3rd (non-FV)": no victim of ours
                    continue
                person = people.add(parsed[0], role, parsed[1])
                if person is None:
                    continue
                if mixed:  # "53a-71 sexual assault 2nd" on her row, "FAMILY VIOLENCE" over the table
                    person.row_kinds = (person.row_kinds or set()) | kinds
                last = order[place + 1] if place + 1 < len(order) else len(values)
                owned = [values[column]] + [
                    v
                    for i, v in enumerate(values[column + 1 : last], column + 1)
                    if i != role_column and not _rx(r"\bc/o\b", re.I).search(v)  # an office's address
                ]
                records.append((person, "  |  ".join(owned)))
    return records


def _initials_person(people: People, initials: str) -> Person:
    """The person known by these initials, or a new one."""
    person = next((p for p in people.people if initials in p.initials), None)
    if person is None:
        person = Person(initials={initials})
        people.people.append(person)
    return person


# A label naming someone by their relation to the victim: "Victim's sister", "Complainant's son".
RELATION_LABEL = (
    r"(?:victim|complainant|vict\.?|victima)'?s?[ \t]+(?:sister|brother|mother|father|mom|dad|son|daughter|aunt|uncle|"
    r"cousin|niece|nephew|grandmother|grandfather|neighbou?r|friend|roommate|coworker|co-worker|partner)"
)


# A child-welfare referral or mandated report: the child it names is its subject.
CHILD_REFERRAL = _rx(
    r"\b(?:referral|careline|DCF|mandated\s+report(?:er)?|suspected\s+(?:child\s+)?(?:sexual\s+)?(?:abuse|neglect)|"
    r"child\s+(?:abuse|protective|welfare))\b",
    re.I,
)
# The label (or heading and label) over that child: "STUDENT\n Name:", "Child's name:", "Menor:".
CHILD_LABEL = _rx(
    r"(?:student|child|youth|minor|juvenile|estudiante|nin[oa]|menor)(?:'?s)?(?:[ \t]+(?:information|info))?(?:\s+name)?"
    r"|nombre\s+del?\s+(?:la\s+)?(?:nin[oa]|menor|estudiante|alumn[oa])",  # "Nombre del niño:"
    re.I,
)


# A numbered item's label: " 2. Name:"; a heading line between two items: "RESPONDENT".
NUMBERED_LABEL = _rx(r"^[ \t]*\d{1,2}[.)][ \t]")
HEADING_LINE = _rx(r"^[ \t]*[A-Z][A-Z ()/'&-]{3,}[ \t]*$", re.M)


# A question-and-answer transcript's labels: "Q:" and "A:", the answer's never an arrestee's code.
QUESTION_LABEL = _rx(r"^[ \t]*Q[ \t]*:", re.M)
ANSWER_LABEL = _rx(r"(?:^|\n)[ \t]*A[ \t]*:[ \t]*$")  # what comes before a name: "A:   Hannah ..."
ANSWER_CODE = _rx(r"^[ \t]*\([ \t]*A[ \t]*\)")  # what comes after one: "Hannah Lindqvist (A)"


# A form's name in fields of its own, on one line: "Castellano     First: Marisol     Preferred
# name: Mari" after "Last name:", "ESPINAL     First / Nombre: ROSALBA" after "Last / Apellido:".
SPLIT_NAME_FIELDS = _rx(
    r"(?P<last>(?-i:[A-Z][\w'-]+)(?:[ \t](?-i:[A-Z][\w'-]+))?)[ \t]{2,}(?:[^\n]*?[ \t]{2,})?"
    r"(?:first(?:[ \t]*name)?(?:[ \t]*/[ \t]*(?:primer[ \t]+)?nombre)?|nombre(?:s|\(s\))?)[ \t]*:[ \t]*"
    r"(?P<first>(?-i:[A-Z][\w'-]+)(?:[ \t](?-i:[A-Z][\w'-]+))?)"
    r"(?:[^\n]*?\b(?:preferred|nick)[ \t]*(?:name)?[ \t]*:[ \t]*(?P<nick>(?-i:[A-Z][\w'-]+)))?",
    re.I,
)


def _row_end(text: str, start: int, limit: int) -> int:
    """Where a table row starting at `start` ends: before the first later line (up to `limit`)
    indented no deeper than the row itself."""
    line_start = text.rfind("\n", 0, start) + 1
    indent = _rx(r"[ \t]*").match(text, start).end() - line_start
    for line in _rx(r"\n(?P<indent>[ \t]*)\S").finditer(text, start, limit):
        if len(line.group("indent")) <= indent and not ROW_DETAIL_LINE.match(text, line.end() - 1):
            return line.start()
    return limit


# A line of the row's own details at the row's indent: "C-ADDR  1190 CHAPEL ST APT 4D" under
# "CALLER  ONWUACHI, PRECIOUS   PH 203-555-0446".
ROW_DETAIL_LINE = _rx(r"(?:[A-Z]-)?(?:ADDR|ADDRESS|RES|PH|PHONE|TEL|CELL|DOB|E-?MAIL)\b", re.I)


# A form's first-name field on the line under its last-name field.
FIRST_NAME_BELOW = _rx(
    r"\n[ \t]*(?:first|given)\s*name[ \t]*(?:\.{2,}[ \t]*|:[ \t]*|[ \t]{2,})(?P<first>[^\n]+)", re.I
)
# The rest of a word a line break hyphenated: "San-" / "tiago (ok she goes by ...)".
HYPHEN_BREAK = _rx(r"\n[ \t]*(?P<rest>[A-Za-z][a-z]+)(?![\w-])")
HYPHENATED_WORD = _rx(r"(?<![\w-])(?P<head>[A-Za-z]{2,})-\n[ \t]*(?P<rest>[A-Za-z][a-z]+)(?![\w-])")
# A given name alone, then what makes it a child's: "DAYANARA (menor, 10 años)", "Jaylen (juvenile)".
LONE_CHILD_NAME = _rx(
    r"[ \t]*(?P<name>(?-i:[A-Z][A-Za-z'-]{2,}))[ \t]*\((?:minor|menor|juvenile|juvenil|child|nin[oa]|age|edad|\d{1,2}\b)",
    re.I,
)


# A role code given as a field further along a name's line: "Código: W", "Code: V1", "Role: WIT".
ROLE_CODE_FIELD = _rx(
    r"(?<![\w])(?:c[oó]digo|code|role|rol)[ \t]*:[ \t]*(?P<code>(?-i:[A-Z]{1,4})\d?)(?![\w])", re.I
)


# A word before a label's role that says which of them: "Other protected persons", "Additional witness".
LABEL_QUALIFIER = _rx(
    r"^(?:other|additional|student|juvenile|adult|child|minor)[ \t]+|[ \t]+(?:menor|adult[oa])$", re.I
)


def _label_role(label: str) -> str:
    """The role a label names: whole ("Victim"), by its last word ("STUDENT WITNESSES") or after a
    qualifier ("Other protected persons")."""
    return _role_of(label) or _role_of(label.split()[-1]) or _role_of(LABEL_QUALIFIER.sub("", label))


# A clinician named in a role label with where she treated the person: a professional in her role.
CLINICIAN_IN_ROLE = _rx(
    r"[ \t]*(?:Dr|Dra|Doctor)\.?[ \t]+[^\n]{0,60}\b(?:treating|attending|physician|ED|ER|hospital|clinic|SANE|MD|RN|"
    r"examin\w*|medico|medica)\b"
)


def _asks_another_name(text: str, turn_start: int) -> bool:
    """Whether the turn before the one opening at `turn_start` asks for someone else's name:
    "DET: And your roommate is?" / "V: Jessica Tran. Jess."."""
    previous = text[text.rfind("\n", 0, max(0, turn_start - 1)) + 1 : turn_start]
    return bool(_rx(r"[^\n:]{0,24}:").match(previous) and OTHER_NAME_ASKED.search(previous))


# A name field's surname and first initial alone: "DORSEY, K.", "Dorsey, K.".
SURNAME_INITIAL = _rx(r"[ \t]*(?-i:[A-Z][A-Za-z'-]+),[ \t]*(?P<initial>(?-i:[A-Z]))\.(?=[ \t]|$)")


# A clinical note in SOAP sections, each opening its line: "S: ...", "O: ...", "A: ...", "P: ...".
SOAP_NOTE = _rx(
    r"^[ \t]*S[ \t]*:[^\n]*\n(?:[^\n]*\n)*?[ \t]*O[ \t]*:[^\n]*\n(?:[^\n]*\n)*?[ \t]*A[ \t]*:[^\n]*\n(?:[^\n]*\n)*?[ \t]*P[ \t]*:",
    re.M,
)


def _block_records(text: str, people: People) -> list[tuple[Person, str]]:
    """'Name:' lines and the label: value lines under them; the role comes from the
    label itself ('Victim: ...', 'Nombre del testigo: ...') or a heading just above."""
    cues = role_cues()
    role_words = rf"(?:{cues.victim_words}|{cues.witness_words}|{cues.suspect_words}|{cues.subject_words})"
    label = _rx(
        # a scan's specks before a label: ". . . VICTIM (V1):"
        # (a dual arrest's "ARRESTEE 1 / VICTIM (V1/A1):": the role after the slash)
        # (a party's part in parentheses after what the form calls them: "Reporting student (victim)")
        rf"^[ \t]*(?:[.·~][ \t]+)*(?:[-*•][ \t]+)?(?:\d+[.)][ \t]*)?(?:[A-Za-z]+(?:[ \t]*\d{{1,2}})?[ \t]*/[ \t]*)?"
        # (a restricted victim's initials first on the line: "Initials: R.T.   Name: TAVARES, RENATA";
        # a sentence first: "Adult female, 1 child. Name: Crystal Ann Bouchard   DOB: 01/30/1996")
        rf"(?:initials?[ \t]*:[ \t]*(?-i:[A-Z]\.?){{2,3}}[ \t]{{2,}}|[^\n:]{{1,60}}?[.;][ \t]+(?=(?-i:Name|NAME)[ \t]*:))?"
        # (not a detail's label, "Service address (RESP):", which names nobody)
        rf"(?:(?P<paren>(?![^\n(]*\b(?:address|addr|phone|tel|dob|vehicle|car)\b)[A-Za-z]+(?:[ \t]+[A-Za-z]+){{0,2}}[ \t]*\()"
        rf"(?={role_words}\)))?(?P<label>(?:(?:full|legal|last|family|sur)\s*)?name|nombre(?:\s+(?:del|de\s+la)\s+\w+)?"
        rf"|last(?=[ \t]*:[^\n]*\bfirst[ \t]*:)"  # an ePCR's "Last: KOWALSKI   First: BRITTANY   MI: J"
        # (and a bilingual form's: "Last / Apellido: ESPINAL   First / Nombre: ROSALBA")
        rf"|last[ \t]*/[ \t]*apellidos?(?=[ \t]*:[^\n]*\bfirst[ \t]*/[ \t]*nombre[ \t]*:)"
        # (and a Spanish form's alone: "Apellido(s): RAMÍREZ SOTO      Nombre(s): Edgar Iván")
        rf"|apellido(?:s|\(s\))?(?=[ \t]*:[^\n]*\bnombre(?:s|\(s\))?[ \t]*:)"
        rf"|nombre\s+completo(?:\s*/\s*full\s+name)?|nombre\s+(?:del?|de\s+la)\s+[a-z]+\s*/\s*[A-Za-z]+\s+name|resident|tenant|residente|inquilin[oa]|student|estudiante|alumn[oa]|last\s*,\s*first(?:\s*,?\s*(?:MI|M\.I\.|middle(?:\s+initial)?))?|apellido(?:s|\(s\))?\s*,\s*nombre(?:s|\(s\))?|(?:pt|patient)\.?\s+name|name\s*/\s*nombre|nombre\s*/\s*name|[A-Za-z ]{{0,20}}/\s*(?:full\s+)?name|{SIGNATURE_LABEL}|{PERSON_LABEL}|{RELATION_LABEL}|(?:(?:student|juvenile|adult|child|minor|additional|other)[ \t]+)?{role_words}"
        r"(?:[ \t]+(?:menor|adult[oa]))?"  # Spanish puts it after: "Víctima menor: A.B. (12 años)"
        # "Testigo de revelación:", "Witness to disclosure:"
        rf"(?:[ \t]*(?:#|No\.?)?[ \t]*\d{{1,2}})?(?-i:/[A-Z]{{1,4}})?(?:\s+name)?(?:[ \t]+(?:de|del|of|to|for)[ \t]+[A-Za-z]+)?"
        rf"|client(?:e)?(?:\s+name)?"
        # a form's question: "Nombre de la víctima que solicita el traslado:", "Name of the victim
        # requesting the transfer:"
        rf"|(?:nombre\s+(?:del|de\s+la)|name\s+of(?:\s+the)?)\s+{role_words}"
        rf"\s+(?:que|quien|who|requesting|seeking|applying|making)\b[^\n:]{{1,40}}"
        # the person an advocate's or agency's notes serve: "Persona atendida: Daniela Fuentes Acevedo"
        rf"|persona\s+atendida|person\s+served|participant(?:e)?(?:\s+name)?|survivor(?:\s+name)?|sobreviviente|usuari[ao]"
        rf"|{SUBJECT_LABEL})(?(paren)\))"
        rf"(?:[ \t]*\([^)\n]{{1,24}}\))?"
        rf"[ \t]*(?:\.{{2,}}[ \t]*|:[ \t]*|[ \t]{{2,}}|\t)(?P<value>[^\n]+)$",
        re.MULTILINE | re.IGNORECASE,
    )
    # a form printed with its labels above the fields: a name's label alone on its line, the name
    # on the next ("Patient name (Last, First)" / "KOWALCZYK," / "BRIANNA ROSE")
    above = _rx(
        rf"^[ \t]*(?P<label>(?:(?:pt|patient|employee|applicant|client|student|full|legal)\s+)?name|{SUBJECT_LABEL})"
        r"(?:[ \t]*\([^)\n]{1,24}\))?[ \t]*\n[ \t]*(?=(?-i:[A-Z]))"
        r"(?P<value>[^\n]+(?:(?<=,)[ \t]*\n[ \t]*(?-i:[A-Z])[^\n]*)?)$",
        re.MULTILINE | re.IGNORECASE,
    )
    records = []
    listed: tuple[int, str] | None = None  # where the last numbered item ended, and its role
    question_lines = bool(QUESTION_LABEL.search(text))
    transcript = _shows(INTERLOCUTOR_TURN, text)
    soap = _shows(SOAP_NOTE, text)
    for match in sorted((*label.finditer(text), *above.finditer(text)), key=lambda m: m.start()):
        if question_lines and match.group("label").strip().upper() == "A":
            continue  # a transcript's answer, "A:   Hannah Marie Lindqvist.", not an arrestee's code
        if soap and match.group("label").strip().upper() in ("S", "A"):
            continue  # a clinical note's "S: Brianna came to the health office": subjective, no suspect
        if (
            transcript
            and _rx(ROLE_CODE_SPEAKER).fullmatch(match.group("label").strip())
            and _asks_another_name(text, match.start())
        ):
            # the victim's turn answering "And your roommate is?": "V: Jessica Tran. Jess." names
            # someone else, known from now on by name and nickname, in no role yet
            said = _rx(rf"^[ \t]*(?P<name>{NAME_SEQ})\.(?:[ \t]+(?P<nick>(?-i:[A-Z][a-z]+))\.)?").match(
                match.group("value")
            )
            if said and len(_tokens(said.group("name"))) >= 2:
                tokens = _tokens(said.group("name"))
                nick = said.group("nick") or ""
                people.add(tokens, "", nick if nick[:2].lower() == tokens[0][:2].lower() else "")
            continue
        value = match.group("value")
        broken = HYPHEN_BREAK.match(text, match.end())
        if broken and value.endswith("-") and value[-2:-1].isalpha():
            # "Student: Kiara San-" / "tiago (ok ...)"; a double surname keeps its hyphen:
            # "Tenant: Kiana Boyd-" / "Latimore     Unit: ..."
            rest = broken.group("rest")
            value = (value[:-1] if rest[0].islower() else value) + rest
        if CLINICIAN_IN_ROLE.match(value):
            continue  # "Witness:  Dr. Anjali Mehta, YNHH ED (treating physician)": in her role, as an officer is
        parsed = parse_name(value.replace("\n", " "))  # "KOWALCZYK,\nBRIANNA ROSE"
        split = SPLIT_NAME_FIELDS.match(match.group("value"))
        # (a bilingual form's too: "Last / Apellido:")
        last_name_label = bool(
            _rx(
                r"(?:last|(?:last|family|sur)\s*name)(?:\s*/\s*(?:primer\s+)?apellidos?)?|apellido(?:s|\(s\))?",
                re.I,
            ).fullmatch(match.group("label"))
        )
        if split and last_name_label:
            # "Last name: Castellano     First: Marisol     Preferred name: Mari"
            parsed = parse_name(f"{split.group('first')} {split.group('last')}")
            if parsed and split.group("nick") and _is_name_word(split.group("nick")):
                parsed = (parsed[0], split.group("nick"))
        first_below = FIRST_NAME_BELOW.match(text, match.end())
        if not split and first_below and last_name_label:
            # "Last name ........ Nwosu" / "First name ....... Adaeze": the name's two halves, a line each
            parsed = parse_name(f"{first_below.group('first').strip()} {match.group('value').strip()}")
        initials = _rx(rf"^[ \t]*[\"“]?{INITIALS_RX}").match(match.group("value"))
        if (
            not parsed
            and initials
            and (
                _label_role(match.group("label"))
                or (_rx(r"client", re.I).match(match.group("label")) and INTAKE_RECORD.search(text[:600]))
                # "CHILD:  M.S.  (female, age 7)": a child the record names by initials only
                or _rx(PERSON_LABEL, re.I).fullmatch(match.group("label"))
            )
        ):
            # "Client: D.R.M.  (full name in sealed victim sheet)": a person the record names
            # only by initials, and the contact lines under them
            code = initials.group(0).strip(' \t"“').replace(" ", "")
            role = _label_role(match.group("label")) or "subject"
            # a list of them: 'STUDENT WITNESSES: "K.R." (F, 15); "T.O." (F, 16)', "Other protected
            # persons (minor children): D.F. (6), J.F. (3)"
            for more in _rx(
                rf"[;,][ \t]*(?:[\"“](?P<code>{INITIALS_RX})[\"”]|(?P<bare>{INITIALS_RX})(?=[ \t]*(?:\(|[;,]|$)))"
            ).finditer(match.group("value"), initials.end()):
                letters = (more.group("code") or more.group("bare")).replace(" ", "")
                other = _initials_person(people, letters)
                other.initials.add(letters)
                other.roles.add(role)
            spelled = _rx(rf"[ \t]*\([ \t]*(?P<name>{NAME_SEQ})").match(match.group("value"), initials.end())
            named = _tokens(spelled.group("name")) if spelled else []
            # "V: T.W. (Tiana Whitmore, DOB …)": the initials and the name they stand for
            person = (people.add(named, role) if len(named) >= 2 else None) or _initials_person(people, code)
            person.initials.add(code)
            person.roles.add(role)
            end = text.find("\n\n", match.end())
            block = text[match.start() : end if end > 0 else len(text)]
            following = label.search(block, len(match.group(0)))  # up to the next person's line
            records.append((person, block[: following.start() if following else len(block)][:700]))
            continue
        lone = LONE_CHILD_NAME.match(match.group("value"))
        if (
            (not parsed or len(parsed[0]) == 1)
            and lone
            and _is_name_word(lone.group("name"))
            and not people.ordinary_words([lone.group("name")])
        ):
            # "Testigo: DAYANARA (menor, 10 años)": a child a role label names by a given name alone
            role = _role_of(match.group("label").split(" ")[-1]) or _role_of(match.group("label"))
            if role:
                records.append((people.add_given(lone.group("name"), role), match.group(0)))
                continue
        surname_initial = SURNAME_INITIAL.match(match.group("value"))
        if parsed and len(parsed[0]) == 1 and surname_initial:
            # "VICTIM (restricted): DORSEY, K.": her surname and initial, the one a later
            # "Kaitlyn M. Dorsey" has
            parsed = ([surname_initial.group("initial") + ".", parsed[0][0]], parsed[1])
        if not parsed:
            continue
        tokens, nick = parsed
        role = (
            _role_of(match.group("label").split(" ")[-1])
            or _role_of(match.group("label"))
            # "Nombre del testigo / Witness name": the role word inside a two-language label
            or next((r for w in _rx(r"[A-Za-z]+").findall(match.group("label")) if (r := _role_of(w))), "")
        )
        if _rx(RELATION_LABEL, re.I).fullmatch(match.group("label")):
            # "Victim's sister: Yudelka Peña Almonte" under "SECTION C - WITNESSES": a relative of
            # the victim, whose role only the heading can tell
            relative = people.add(tokens, _heading_role(text, match.start()), nick)
            if relative is not None:
                records.append((relative, match.group(0)))
            continue
        if _rx(SIGNATURE_LABEL, re.I).fullmatch(match.group("label")):
            role = "statement"  # whoever signs a statement form gave the statement
        bounded = _rx(rf"(?<![\w]){role_words}(?![\w])", re.I)  # not the "S" of "Student"
        if not role and bounded.search(match.group("label")):
            role = _role_of(bounded.search(match.group("label")).group(0))
        code = ROLE_CODE_FIELD.search(match.group("value"))
        if not role and code:
            # a canvass sheet's "Nombre: Efraín Matos (M, ~65)   Tel: ...   Código: W"
            role = _role_of(code.group("code"))
        if not role:
            role = _heading_role(text, match.start())
        numbered = NUMBERED_LABEL.match(match.group(0))
        if not role and numbered and listed and not HEADING_LINE.search(text, listed[0], match.start()):
            role = listed[1]  # "2. Name:" under the heading that gave "1. Name:" its role
        if numbered and role:
            listed = (match.end(), role)
        if not role and CHILD_LABEL.fullmatch(match.group("label")) and CHILD_REFERRAL.search(text):
            role = "subject"  # a referral's "STUDENT / Name:" is the child it is about
        if not role and (
            (not records and _rx(SUBJECT_LABEL, re.I).fullmatch(match.group("label")))
            or _under_subject_section(text, match.start())
        ):
            # the patient, employee or applicant a form is about, named first (or named under
            # its section, wherever it stands: "SECTION 1 — EMPLOYEE\nName (Last, First, MI):",
            # "DATOS DE LA ESTUDIANTE\nNombre:")
            role = "subject"
        if not role and not records and INTAKE_RECORD.search(text[:600]):
            role = "subject"  # the first person an intake or case-note form names is its client
        if (
            role in ("", "subject")
            and not any(p.roles & {"statement", "witness"} for p, _ in records)
            and WITNESS_STATEMENT_FORM.search(text[:400])
        ):
            # the first person a witness-statement form names without a role made it (after a
            # "Victim: WHITMORE, Gladys" line about the crime); a witness interview's
            # "Interviewee:" is the witness
            role = "statement"
        status = _status_field(text, match.end())
        if status and role in ("", "subject", "statement", "victim"):
            # "Interviewee: MOBLEY, Terrence" ... "Status: Witness - not in custody"; the person's
            # own field says more than the "COMPLAINANT" heading above a civilian complaint's
            # "Relationship to incident:  Eyewitness (not involved)"
            role = status
        person = people.add(tokens, role, nick)
        if person is None:
            continue
        if role == "witness" and CALLER_HEADING.fullmatch(match.group("label").strip()):
            person.codes.add("CALL")  # "RP: Gerald FITCH (driver 1)": a caller, a witness only of a crime
        code = _rx(r"\((?P<code>(?-i:[A-Z]{1,3})\d{1,2})\)[ \t]*(?::|\.{2,})").search(
            match.group(0)[: match.start("value") - match.start()]
        )
        if code:  # "Victim (V1): THIBODEAUX, Violet C.": later "returned to V1 at her residence, ..."
            person.codes.add(code.group("code"))
        line_above = text[text.rfind("\n", 0, max(0, match.start() - 1)) + 1 : match.start()]
        heading_nick = _role_line_nickname().match(line_above)
        if heading_nick:  # 'W2 -- "Big Mike"' above 'Name: Michael Adebayo-Stone'
            person.nicknames.add(heading_nick.group("nick"))
        end = text.find("\n\n", match.end())
        if _rx(r"[ \t]{2,}[^\s:.][^\n]*[ \t]{2,}\S").match(text, match.end("label")):
            # "WITNESS    DIALLO, MAMADOU    09/01/1979  ...": a row of a persons table goes on in
            # the lines indented under it, and its next row ("OTHER    PETRAKIS, GEORGE ...") is
            # someone else's
            end = _row_end(text, match.start(), end if end > 0 else len(text))
        if match.re is above and end > 0:
            end = _fields_below_labels(text, end)
        block = text[match.start() : end if end > 0 else len(text)]
        above_start = match.start()
        for _ in range(2):  # "Property: 240 Edgewood Ave" on the line above "Head of household: ..."
            prev_start = text.rfind("\n", 0, max(0, above_start - 1)) + 1
            prev = text[prev_start : max(0, above_start - 1)]
            if not DETAIL_LABEL.match(prev):
                break
            block = prev + "\n" + block
            above_start = prev_start
        # Stop at the next person's name line, or a line about another party ("ALLEGED OFFENDER:
        # Darnell Simmons, ...", "OTHER: Loretta Simmons (paternal grandmother), ...").
        following = label.search(block, len(match.group(0)))
        if following:
            block = block[: following.start()]
        party = OTHER_PARTY_LINE.search(block, len(match.group(0)))
        if party:
            block = block[: party.start()]
        # a staff member's or landlord's line inside the block is theirs: "Housing Specialist:
        # R. Achterberg (ext. 4127)", "Trabajadora social: Lcda. Osorio, ext. 7731"
        block = "\n".join(line for line in block.split("\n") if not STAFF_LINE.match(line))
        records.append((person, block[:700]))
    return records


# A form's detail label printed alone above its field: "DOB                         Age     Sex",
# "Home address", "Phone (safe to call? Y)      E-mail".
LABEL_ABOVE_DETAIL = _rx(
    r"[ \t]*(?:DOB|D\.O\.B\.|date\s+of\s+birth|(?:home\s+|mailing\s+|current\s+)?address|phone|cell|tel(?:ephone)?|"
    r"e-?mail|preferred\s+name|age|sex|gender|fecha\s+de\s+nac\w*|direcci[oó]n|tel[eé]fono|celular|correo)\b[^\d\n]*$",
    re.I,
)


def _fields_below_labels(text: str, end: int) -> int:
    """Where a form printed with its labels above the fields stops being about the person named
    at its top: the paragraphs after the name whose first line is a detail label ("DOB  Age  Sex" /
    "12/03/2003  20  F", "Home address" / "1211 Chapel St, Apt 5C") are hers, up to the first
    paragraph about anything else ("Arrived with")."""
    for _ in range(8):
        start = _rx(r"(?:[ \t]*\n)+").match(text, end)
        if start is None:
            break
        next_end = text.find("\n\n", start.end())
        paragraph = text[start.end() : next_end if next_end > 0 else len(text)]
        first, _, rest = paragraph.partition("\n")
        if not rest.strip() or not LABEL_ABOVE_DETAIL.fullmatch(first):
            break
        end = next_end if next_end > 0 else len(text)
    return end


# A label line naming the agency's own staff or a landlord, not the record's subject.
STAFF_LINE = _rx(
    r"^[ \t]*(?:housing\s+specialist|case\s*(?:worker|manager)|social\s+worker|advocate|counselor|landlord|"
    r"property\s+(?:manager|owner)|(?:assigned|reporting|investigating)\s+(?:officer|detective)|worker|staff|"
    r"trabajadora?\s+(?:social|del\s+caso)|intercesora?|consejera?)\b[^:\n]{0,20}:",
    re.I,
)
# A label line naming another party to the case, which ends the block of the person above it.
OTHER_PARTY_LINE = _rx(
    r"^[ \t]*(?:alleged\s+|other\s+)?(?:offender|suspect|other|respondent|arrestee|defendant|perpetrator|accused|"
    r"witness(?:es)?|agresor|sospechoso|otro|otra|emergency\s+contact|next\s+of\s+kin|contacto\s+de\s+emergencia)\b"
    r"[^:\n]{0,30}:",
    re.I | re.M,
)
# A header field giving the named person's part in the case: "Status:  Witness - not in custody".
STATUS_FIELD = _rx(
    r"^[ \t]*(?:status|role|capacity|involvement|person\s+type|interviewed\s+as|calidad(?:\s+de)?|"
    r"(?:relationship|relation|connection)\s+to\s+(?:the\s+)?(?:incident|case|event|call|complaint|matter))[ \t]*:[ \t]*"
    r"(?P<role>[A-Za-z]+)\b(?![ \t]*(?:of|to|for|in|advocate|services)\b)",
    re.IGNORECASE,
)


def _status_field(text: str, position: int) -> str:
    """The role a status field gives, among the label lines right under a name line (to the
    first blank line, at most eight lines)."""
    end = text.find("\n\n", position)
    for line in text[position : end if end > 0 else len(text)].split("\n")[1:9]:
        match = STATUS_FIELD.match(line)
        if match:
            role = _role_of(match.group("role"))
            return role if role in ("victim", "witness") else ""
    return ""


SECTION_HEADING = _rx(
    r"^[ \t]*(?:[A-Z0-9]{1,2}[.)][ \t]+)?(?P<head>[A-Za-z][A-Za-z '/&-]{2,40}?)(?:[ \t]*\([^)\n]{0,60}\))?[ \t]*:?[ \t]*$",
    re.MULTILINE,
)
LIST_ITEM = _rx(r"^[ \t]*(?:\d{1,2}[.)]|[-*•]|\([a-z0-9]\))?[ \t]*(?P<line>\S[^\n]*)$", re.MULTILINE)


def _sentence_goes_on(previous: str, item: re.Match) -> bool:
    """Whether a line carries on the sentence of the line above: the line above is prose (eight
    words or more) ending in a lower-case word, and this line has no list mark of its own."""
    if item.group(0).lstrip()[:1] != item.group("line")[:1]:
        return False  # "2. Omar Haddad", "- Ana Ruiz": a new entry
    words = previous.split()
    return len(words) >= 8 and words[-1].isalpha() and words[-1].islower()


def _section_records(text: str, people: People) -> list[tuple[Person, str]]:
    """People listed under a role heading without a 'Name:' label:

    VICTIM (FV - intimate partner)          WITNESSES
      AL-MASRI, NOOR   DOB 02/19/1995       1. Adeline Fournier  DOB 02/09/1972  15 Orchard St
    """
    records = []
    for heading in SECTION_HEADING.finditer(text):
        words = heading.group("head").split()
        if len(words) > 4 or _rx(
            rf"(?<![\w])(?:{role_cues().officer_titles}|law\s+enforcement|police)(?![\w])", re.I
        ).search(heading.group("head")):
            continue
        role = _heading_words_role(heading.group("head")) or _role_of(" ".join(words[:2]))
        if not role:
            continue
        end = text.find("\n\n", heading.end() + 1)
        # numbered entries separated by blank lines: "1. J.P., complainant ...\n\n2. Omar Haddad, ..."
        # ("5. VICTIM'S INCOME" in capitals is the next section, not the next entry)
        while (
            end > 0
            and (
                entry := _rx(
                    r"\n\n[ \t]*\d{1,2}[.)][ \t]+(?![A-Z][A-Z'/&-]+(?:[ \t]+[A-Z][A-Z'/&-]+)*\b(?![a-z,]))"
                    r"(?P<title>[^\n]*)"
                ).match(text, end)
            )
            # ("4. Witness" alone on its line is the next section's heading, not another entry)
            and not (len(entry.group("title").split()) <= 3 and _heading_words_role(entry.group("title")))
        ):
            next_end = text.find("\n\n", end + 2)
            end = next_end if next_end > 0 else len(text)
        body = text[heading.end() + 1 : end if end > 0 else len(text)][:2500]
        current: tuple[Person, list[str]] | None = None
        previous = ""
        for item in LIST_ITEM.finditer(body):
            line, continued, previous = item.group("line"), _sentence_goes_on(previous, item), item.group(0)
            if _rx(r"^(?:={3,}|-{3,}|[A-Z][A-Z /&]{3,}:?$)").match(line):
                break
            # a "Label: value" or "Label ...... value" line is a field, not a listed person; a line
            # that carries on the sentence above ("... order issued protecting\nTanisha Whitfield,
            # with the 2 minor children") is prose under the heading, not a listed person
            parsed = (
                parse_name(line)
                if not continued and not _rx(r"^[A-Za-z ,/#]{2,24}?(?::|[ \t]*\.{2,})").match(line)
                else None
            )
            if parsed and len(parsed[0]) >= 2:
                if current:
                    records.append((current[0], "\n".join(current[1])))
                nothing = role == "witness" and _perceived_nothing(line)
                person = people.add(parsed[0], "" if nothing else role, parsed[1])
                current = (person, [line]) if person else None
            elif current:
                current[1].append(line)
        if current:
            records.append((current[0], "\n".join(current[1])))
    return records


INTERVIEW_HEADING = _rx(
    # (or numbered, "of" the one interviewed: "1. INTERVIEW OF JEFFERIES, TAMIKA L.")
    r"^[ \t]*(?:\d{1,2}[.)][ \t]*)?(?:interview|entrevista|statement|declaracion)"
    r"(?:[ \t]*#?[ \t]*\d{0,2}[ \t]*(?:-{1,2}|–|—|:)|[ \t]+(?:of|with|a|con|de)[ \t]*(?:-{1,2}|–|—|:)?)"
    r"[ \t]*(?P<name>[^\n(]{3,60}?)[ \t]*(?:\([^)\n]*\))?[ \t]*$",
    re.I | re.M,
)


WITNESS_INTERVIEW_HEADING = _rx(
    # (or a code first, its details on the same line: "W1 INTERVIEW -- Samuel Ortega-Reyes (DOB ...), 181 Bishop St")
    r"^[ \t]*(?:interview[ \t]+(?:of|with)[ \t]+(?:the[ \t]+)?witness|witness[ \t]+interview|entrevista[ \t]+(?:al?|con)[ \t]+(?:la[ \t]+)?testigo"
    r"|(?-i:W\d{1,2})[ \t]+interview)"
    r"[ \t]*(?:#?[ \t]*\d{1,2}|(?-i:W\d{1,2}))?[ \t]*(?:-{1,2}|–|—|:)[ \t]*(?P<name>[^\n(]{3,60}?)[ \t]*"
    r"(?:\([^)\n]*\)(?:,[^\n]*)?)?[ \t]*$",
    re.I | re.M,
)


# A case-notes entry's heading with the interviewed person's code, the name opening the next line:
# "07/22/24 1315 -- INTERVIEW, W1 (roommate)" / "WHITFIELD, Jordan K., DOB 04/27/1995, ...".
CODED_INTERVIEW = _rx(
    r"^[^\n]*\b(?:interview|entrevista|statement|stmt|declaracion)[ \t]*(?:,|-{1,2}|–|—|:)?[ \t]*"
    r"(?P<code>(?-i:W|WIT|V|C|RP)[ \t-]?\d{0,2})(?![\w])[^\n]*\n[ \t]*(?P<line>[^\n]+)",
    re.I | re.M,
)


def _coded_interviews(text: str, people: People) -> list[tuple[Person, str]]:
    """An interview heading that gives the role by code ('INTERVIEW, W1 (roommate)', 'PHONE
    INTERVIEW, W2 (rideshare driver)') names the person whose name opens the next line."""
    records = []
    for match in CODED_INTERVIEW.finditer(text):
        role = _role_of(match.group("code").replace(" ", ""))
        name = _rx(
            rf"(?P<name>{_NAME_WORD}(?:[ -]{_NAME_WORD})?,[ \t]*{_NAME_WORD}(?:[ \t][A-Z]\.?)?|{NAME_SEQ})"
            r"[ \t]*(?:,|\(|$)"
        ).match(match.group("line"))
        parsed = parse_name(name.group("name")) if name and role in ("witness", "victim") else None
        if not parsed or len(parsed[0]) < 2 or people.ordinary_words(parsed[0]):
            continue
        person = people.add(parsed[0], role, parsed[1])
        if person is not None:
            records.append((person, match.group("line")))
    return records


def _interview_headings(text: str, people: People) -> list[tuple[Person, str]]:
    """'WITNESS INTERVIEW SUMMARIES' ... 'INTERVIEW 2 - MARSH, Gwendolyn D.' / 'DOB: ...': each
    interview heading names the person interviewed, a witness in a record of witness interviews
    (unless the heading names another role: 'INTERVIEW 1 - VICTIM')."""
    records = []
    # "INTERVIEW OF WITNESS -- ROCHELLE ADEBAYO-GRANT (10/22/2023, 1640 hrs)": the heading says so
    for match in WITNESS_INTERVIEW_HEADING.finditer(text):
        parsed = parse_name(match.group("name"))
        person = people.add(parsed[0], "witness", parsed[1]) if parsed and len(parsed[0]) >= 2 else None
        if person is not None:
            records.append((person, match.group(0) + _detail_lines(text, match.start(), after_blank=True)))
    if not _rx(
        r"\bwitness(?:es)?\s+(?:interview|statement)|\btestigos?\b|\bentrevistas?\s+(?:a|de)\s+testigos", re.I
    ).search(text[:600]):
        return records
    for match in INTERVIEW_HEADING.finditer(text):
        if _role_of(match.group("name").split(" ")[0]) or _rx(
            rf"(?:{role_cues().officer_titles})(?![\w])", re.I
        ).match(match.group("name")):
            continue  # "INTERVIEW 1 - VICTIM", "INTERVIEW 4 - Ofc. ..." (not "Drew Carter")
        parsed = parse_name(match.group("name"))
        if not parsed or len(parsed[0]) < 2:
            continue
        person = people.add(parsed[0], "witness", parsed[1])
        if person is not None:
            # the heading and its 'DOB: ... Address: ... Tel.:' lines (after a blank one too)
            records.append((person, match.group(0) + _detail_lines(text, match.start(), after_blank=True)))
    return records


# A log entry for a witness's interview: "4/16 1500  Witness interview -- Kowalczyk, Brianna (DOB ...),".
WITNESS_ENTRY = _rx(
    r"\b(?:witness|testigo)[ \t]+(?:interview|statement|stmt|entrevista|declaracion)[ \t]*(?:--|-|:|–|—)[ \t]*"
    r"(?P<name>[^\n(]{3,60})",
    re.I,
)


def _witness_entries(text: str, people: People) -> list[tuple[Person, str]]:
    """A case-notes entry headed 'Witness interview -- NAME': that person is a witness, and the
    entry's lines (its indented continuation lines) hold their details."""
    records = []
    for match in WITNESS_ENTRY.finditer(text):
        parsed = parse_name(match.group("name"))
        if not parsed or len(parsed[0]) < 2:
            continue
        person = people.add(parsed[0], "witness", parsed[1])
        if person is None:
            continue
        end = text.find("\n", match.end())
        entry = _rx(r"(?:\n[ \t]{4,}\S[^\n]*)*").match(text, end if end >= 0 else len(text))
        records.append((person, text[match.start("name") : entry.end()]))
    return records


CANVASS_ROW = _rx(
    r"^[ \t]*\d{1,2}[ \t]+(?P<address>\d[^\n]*?)[ \t]{2,}\d{3,4}-?[ \t]+(?P<code>[A-Z]{2,5})[ \t]+"
    r"(?P<rest>[^\n]*(?:\n[ \t]{12,}\S[^\n]*)*)",
    re.M,
)
CANVASS_NEGATIVE_CODE = _rx(r"(?:NA|NEG|DECL|UTL|NC|REF|NO|NR|VAC)")


# A canvass record says so in its first lines.
CANVASS_DOCUMENT = _rx(r"\bcanvass", re.I)
# What a canvassed person's notes say they perceived, or that they gave a statement on it.
# (in Spanish notes too, accent-folded: "Dice que oyó los tiros", "Vio a dos hombres salir corriendo")
PERCEPTION_VERB = r"\b(?:heard|saw|observed|witnessed|watched|oyo|vio|escucho|observo|presencio)\b"
CANVASS_PERCEIVED = _rx(
    PERCEPTION_VERB + r"|\b(?:written|recorded|sworn|signed|taped)\s+(?:stmt|statement)\b"
    # the canvassing officer's verdict as a sentence of its own: "SEE NOTE 2. Witness."
    r"|(?:^|[.;:][ \t]*)(?:witness|testigo)(?:[ \t]*[.;]|[ \t]*$)",
    re.I,
)
# A perception taken back: "did not see", "never heard", "saw nothing", "heard sirens only".
PERCEPTION_NEGATED_BEFORE = _rx(r"(?:\bnot|n't|\bnever|\bno)[ \t]+(?:\w+[ \t]+)?$", re.I)
PERCEPTION_NEGATED_AFTER = _rx(
    r"(?:[ \t]*(?:/|\bor\b|\band\b|\bnor\b|\bni\b)[ \t]*\w+)?[ \t]+(?:nothing|anything|nobody|no[ \t]+one|none|nada|nadie)\b"
    r"|[^,.;\n]{0,30}\bonly\b"
    # what came after the crime, not the crime: "Heard sirens, saw no one", "Escuchó sirenas"
    r"|[ \t]+(?:the[ \t]+|las[ \t]+|unas[ \t]+)?(?:sirens?|sirenas?|ambulance|ambulancia)\b",
    re.I,
)


def _perceives(notes: str, perceived: re.Pattern) -> bool:
    """Whether the notes open by saying the person perceived the crime: "Heard shots, looked out
    ... Did not see anyone shoot" did; "At work - saw nothing. Her nephew ... saw it" did not (the
    first perception is theirs, a later one may be someone else's)."""
    first = perceived.search(notes)
    return bool(
        first
        and not PERCEPTION_NEGATED_BEFORE.search(notes[max(0, first.start() - 20) : first.start()])
        and not PERCEPTION_NEGATED_AFTER.match(notes, first.end())
    )


def _canvass_rows(text: str, people: People) -> list[tuple[Person, str]]:
    """A canvass log row: '6  71 Greenwich Ave, 2nd  2304  INFO  Hector Galarza, M/44, DOB ...' with
    indented notes under it ('Heard a woman screaming ... Saw a male ...'). The person named who
    heard or saw the crime is a witness, and the canvassed address is their home. Rows coded as no
    contact or no information, and people who saw nothing, are not."""
    if not CANVASS_DOCUMENT.search(text[:400]):
        return []
    cues = _narrative_cues()
    records = []
    for row in CANVASS_ROW.finditer(text):
        rest = row.group("rest")
        if CANVASS_NEGATIVE_CODE.fullmatch(row.group("code")) or not CANVASS_PERCEIVED.search(rest):
            continue
        if cues.saw_nothing.search(rest):
            continue
        name = _rx(r"^[ \t]*(?P<name>[^,(\n]+?)(?=,|[ \t]+-[ \t]|[ \t]*\()").match(rest)
        parsed = parse_name(name.group("name")) if name else None
        if not parsed or len(parsed[0]) < 2:
            continue
        person = people.add(parsed[0], "witness", parsed[1])
        if person is not None:
            records.append((person, row.group("address") + "\n" + rest.split("\n", 1)[0]))
    return records


CANVASS_COLUMNS = {  # a canvass worksheet's column headings, by what the column holds
    "name": _rx(
        r"\bname\b|\bperson\b|\bcontact(?:\s+name)?\b(?![ \t]*(?:\?|#|no\b|number|phone|info|made|attempt))",
        re.I,
    ),
    "address": _rx(r"\baddr(?:ess)?\b|\blocation\b|\bresidence\b", re.I),
    "phone": _rx(r"\bphone\b|\btel\b|\bcell\b", re.I),
    "notes": _rx(r"\bnotes?\b|\bremarks?\b|\bresults?\b|\bcomments?\b|\bsummary\b|\binformation\b", re.I),
}


def _canvassed_witness(
    people: People, parsed: tuple[list[str], str] | None, notes: str, perceived: re.Pattern
) -> Person | None:
    """The canvassed person whose notes say they perceived the crime, as a witness; one who saw
    nothing is only made known, so a surname they share with a witness is known to be shared."""
    if not parsed or len(parsed[0]) < 2:
        return None
    if not _perceives(notes, perceived):
        people.add(parsed[0])
        return None
    return people.add(parsed[0], "witness", parsed[1])


def _canvass_table(text: str, people: People) -> list[tuple[Person, str]]:
    """A canvass worksheet laid out in columns (ADDRESS  UNIT  NAME  PHONE  NOTES), under a
    dashed rule or under its headings alone, its notes running on in indented lines: a person
    whose notes say they heard or saw the crime is a witness, and the row's address and phone
    are theirs. People who saw nothing are not."""
    if not CANVASS_DOCUMENT.search(text[:400]):
        return []
    records = []
    for columns, header, body, aligned in _canvass_layouts(text):
        kinds = {}
        for index, (start, end) in enumerate(columns):
            heading = header[start:end]
            kind = next(
                (k for k, rx in CANVASS_COLUMNS.items() if rx.search(heading) and k not in kinds), None
            )
            if kind:
                kinds[kind] = index
        if "notes" not in kinds or ("name" not in kinds and "address" not in kinds):
            continue
        rows: list[list[str]] = []
        position = body
        while position < len(text):
            end = text.find("\n", position)
            line = text[position : end if end >= 0 else len(text)]
            if not line.strip():
                break
            if aligned:
                cells = [line[a:b].strip() for a, b in columns]
            else:  # headings alone: a cell may start a little left or right of its heading
                cells = [line[_word_start(line, a) : _word_start(line, b)].strip() for a, b in columns]
            if line[: columns[0][1]].strip():
                rows.append(cells)
            elif rows:  # the notes go on under their column
                rows[-1][kinds["notes"]] += " " + line.strip()
            position = (end if end >= 0 else len(text)) + 1
        for cells in rows:
            notes = cells[kinds["notes"]]
            if any(CANVASS_NEGATIVE_CODE.fullmatch(cell) for cell in cells):
                continue  # "NEG = contacted, no information", "NA = no answer"
            details = [cells[kinds[k]] for k in ("address", "phone") if k in kinds]
            if "name" in kinds:  # "Gustavo Ibáñez / Pilar Ibáñez": a couple at one door
                names = [
                    _canvass_name(part)
                    for part in _rx(r"[ \t]+(?:/|&|and|y)[ \t]+").split(cells[kinds["name"]])
                ]
            else:  # ADDRESS  RESULT / NOTES: the notes open with who was spoken to, and their details
                opening = CANVASS_NOTE_NAME.match(notes)
                names = [parse_name(opening.group("name")) if opening else None]
                if opening:
                    details.append(notes[: notes.find(". ") if ". " in notes else len(notes)])
            for parsed in names:
                person = _canvassed_witness(people, parsed, notes, CANVASS_PERCEIVED)
                if person is None:
                    continue
                records.append((person, "\n".join(details)))
                address = cells[kinds["address"]] if "address" in kinds else ""
                if _rx(r"\d+[A-Za-z]?[ \t]+[A-Z][a-z]+").match(address):
                    # "163 Winthrop, 3rd fl", no street type: the column says it is an address
                    person.identifiers.add(address)
    return records


def _canvass_layouts(text: str) -> list[tuple[list[tuple[int, int]], str, int, bool]]:
    """(columns, heading line, where the rows start, whether the rows keep the columns exactly)
    for each canvass table: under a dashed rule, or under a line of headings three or more
    apart ("#  ADDRESS   CONTACT   PHONE   RESULT")."""
    layouts = []
    for rule in _rx(RULE.pattern, re.M).finditer(text):
        header_start = text.rfind("\n", 0, max(0, rule.start() - 1)) + 1
        header = text[header_start : max(header_start, rule.start() - 1)]
        layouts.append((rule_columns(rule.group(0)), header, rule.end() + 1, True))
    for line in _rx(r"^[^\n]+$", re.M).finditer(text):
        if not PRINTED_HEADINGS.match(line.group(0)) or RULE.match(text, line.end() + 1):
            continue
        layouts.append((heading_columns(line.group(0)), line.group(0), line.end() + 1, False))
    return layouts


# A canvassed person known on the block by a short name, the full name after it: "Miss Bea
# (Beatrice Hollins)".
SHORT_THEN_FULL = _rx(rf"^(?:{HONORIFIC}[ \t]+)?(?P<short>[A-Z][a-z]+)[ \t]*\((?P<full>[^)\n]+)\)[ \t]*$")


def _canvass_name(cell: str) -> tuple[list[str], str] | None:
    """The name in a canvass table's name cell, with the short name it gives before the full one."""
    short = SHORT_THEN_FULL.match(cell)
    parsed = parse_name(short.group("full")) if short else None
    if parsed and len(parsed[0]) >= 2 and _is_name_word(short.group("short")):
        return parsed[0], short.group("short")
    # a titled initial and surname: "Ms. L. Hargrove (B/F, 50s)"
    initial = _rx(
        rf"^[ \t]*{HONORIFIC}[ \t]+(?P<i>(?-i:[A-Z]))\.[ \t]*(?P<last>{_NAME_WORD})(?![\w.])"
    ).match(cell)
    if initial and _is_name_word(initial.group("last")):
        return [f"{initial.group('i')}.", initial.group("last")], ""
    return parse_name(cell)


def _canvass_notes(text: str, people: People) -> list[tuple[Person, str]]:
    """A canvass notebook's entries, one door a paragraph: '47 Button St, 2nd fl -- spoke w/ Mrs.
    Hyacinth Dunbar (70s). Heard "3 or 4 pops" ... Ph 203-555-0149.' The one who answered and heard
    or saw it is a witness, and the door's address and the entry's details are theirs; one who
    heard nothing is not."""
    if not CANVASS_DOCUMENT.search(text):  # a notebook's canvass may begin on any page
        return []
    records = []
    entries = [*CANVASS_NOTE.finditer(text), *CANVASS_DOOR_SENTENCE.finditer(text)]
    for entry in entries:
        notes = entry.group("notes")
        opening = CANVASS_NOTE_NAME.match(notes)
        parsed = parse_name(opening.group("name")) if opening else None
        person = _canvassed_witness(people, parsed, notes, CANVASS_PERCEIVED)
        if person is not None:
            # the honorific says who answered: the notes' "B/M" describes whom they saw
            honorific = HONORIFIC_GENDER.search(notes[: opening.start("name")])
            if honorific and not person.gender:
                person.gender = "F" if honorific.group("f") else "M"
            person.identifiers.add(entry.group("address").strip())
            records.append((person, notes))
    return records


# A canvass log's door as labelled fields, a paragraph each: "ADDR: 221 Kensington St, 1st fl" /
# "CONTACT: Y   NAME: BARNES, Odessa   DOB: 02/17/1953   PH: ..." / "NOTES: heard "4 or 5 pops" ...".
CANVASS_NAME_FIELD = _rx(
    r"(?<![\w])(?:NAME|NOMBRE)[ \t]*:[ \t]*(?P<value>\S[^\n]*?)(?=[ \t]{2,}|\t|[ \t]*$)", re.I | re.M
)
CANVASS_NOTES_FIELD = _rx(
    r"^[ \t]*(?:NOTES?|NOTAS?|REMARKS|COMMENTS|OBSERVACIONES)[ \t]*:[ \t]*(?P<notes>[^\n]+(?:\n(?![ \t]*\n)[^\n]+)*)",
    re.I | re.M,
)
CANVASS_ADDRESS_FIELD = _rx(
    r"^[ \t]*(?:ADDR(?:ESS)?|DIRECCION|LOCATION|DOOR)[ \t]*:[ \t]*(?P<address>[^\n]+)", re.I | re.M
)


def _canvass_fields(text: str, people: People) -> list[tuple[Person, str]]:
    """A canvass log whose doors are paragraphs of labelled fields (ADDR:, NAME:, NOTES:): the
    one named whose notes say they heard or saw it is a witness, and the door is theirs."""
    if not CANVASS_DOCUMENT.search(text[:400]):
        return []
    records = []
    for paragraph in _rx(r"\n[ \t]*\n").split(text):
        name, notes = CANVASS_NAME_FIELD.search(paragraph), CANVASS_NOTES_FIELD.search(paragraph)
        if not name or not notes:
            continue
        value = name.group("value")
        quoted = _rx(r"[\"“](?:(?:Don|Dona|Mr|Ms|Mrs|Miss)\.?[ \t]+)?(?P<nick>[A-Z][a-z]+)[\"”]").search(
            value
        )
        # '"Doña Cuca" — Refugio Tamayo': the name after the nickname and its dash
        parsed = parse_name(_rx(r"^.*[ \t](?:--?|—|–)[ \t]*").sub("", value) if quoted else value)
        if parsed and quoted and _is_name_word(quoted.group("nick")):
            parsed = (parsed[0], quoted.group("nick"))
        person = _canvassed_witness(people, parsed, notes.group("notes"), CANVASS_PERCEIVED)
        if person is None:
            continue
        door = CANVASS_ADDRESS_FIELD.search(paragraph)
        home = ADDRESS.match(door.group("address").strip()) if door else None
        if home:
            person.identifiers.add(home.group(0).strip(" ,."))
        records.append((person, paragraph))
    return records


def _canvass_csv(text: str, people: People) -> list[tuple[Person, str]]:
    """A canvass log exported as comma-separated rows, or typed as a pipe table, under a
    header (address, contact_name, phone, ..., notes): a resident whose notes say they heard or
    saw the crime is a witness, and the row's address and phone are theirs. The notes decide,
    not the result code: a "NEGATIVE" for suspect information may still have heard the shots;
    "heard sirens only", "didn't see anything" are no witnesses."""
    if not CANVASS_DOCUMENT.search(text[:400]):
        return []
    perceived = _rx(PERCEPTION_VERB + r"(?![^,.;\n]{0,30}\bonly\b)", re.I)
    records = []
    kinds: dict[str, int] = {}
    width = 0
    for line in text.split("\n"):
        if line.count("|") >= 3:  # "55 Humphrey St, Apt 3    | Latoya Greene   | 203-555-0194 | Saw ..."
            cells = _pipe_row(line)
            if not cells:
                continue  # the rule under the header
        elif line.count("\t") >= 3:  # a spreadsheet pasted as tab-separated text
            cells = [cell.strip() for cell in line.split("\t")]
        elif line.count(",") >= 3:
            cells = _csv_values(line, csv_cells(line))
        else:
            cells = []
        if not cells:
            kinds, width = {}, 0
            continue
        if not kinds:
            found = {}
            for index, heading in enumerate(cells):
                heading = heading.replace("_", " ")
                kind = next(
                    (k for k, rx in CANVASS_COLUMNS.items() if rx.search(heading) and k not in found), None
                )
                if _rx(r"\bnotes?\b", re.I).search(heading):
                    kind = "notes"  # "result, notes": the notes column, not the result code's
                if kind and len(heading.split()) <= 3:
                    found[kind] = index
            if "notes" in found and "name" in found:
                kinds, width = found, len(cells)
            continue
        if len(cells) != width:
            continue
        notes = cells[kinds["notes"]]
        parsed = _canvass_name(cells[kinds["name"]])
        person = _canvassed_witness(people, parsed, notes, perceived)
        if person is not None:
            records.append((person, "\n".join(cells[kinds[k]] for k in ("address", "phone") if k in kinds)))
    return records


# The person a canvass note opens with: "Orlando Gaines, DOB ...", "Spoke w/ Helen Rusk (70s).".
CANVASS_NOTE_NAME = _rx(
    rf"^(?i:spoke\s+(?:w/|with)\s+|(?:owner|tenant|resident|neighbou?r)\s+)?(?:{HONORIFIC}[ \t]+)?"
    rf"(?P<name>{NAME_SEQ})(?=[ \t]*[,(.:]|[ \t]+(?:states?|stated|says|said|reports?|reported|advised)\b)"
)
# The door a canvass entry opens with: "47 Button St, 2nd fl", "18 Charles St, 1F", "1145 Chapel St 1st fl"
_DOOR_STREET = r"\d+[A-Za-z]?[ \t]+[A-Z][\w.']*(?:[ \t][A-Z][\w.']*){0,3}"
_DOOR_FLOOR = r"[ \t]+(?:\d(?:st|nd|rd|th)|rear|front|top)[ \t]+(?:fl|floor)\.?"
CANVASS_DOOR = rf"{_DOOR_STREET}(?:,[ \t]*[\w .#]{{1,16}}?|{_DOOR_FLOOR})?"
# A canvass notebook's entry: the door, a dash, then who answered and what they said, to a blank line.
# "47 Button St, 2nd fl -- spoke w/ Mrs. Hyacinth Dunbar (70s). Heard "3 or 4 pops" ...", after a
# bullet or the time of the knock: "0015  18 Charles St, 1F -- Jerome Tate, DOB ...".
CANVASS_NOTE = _rx(
    rf"^[ \t]*(?:[-*•][ \t]+)?(?:\d{{3,4}}(?:[ \t]*hrs)?[ \t]+)?(?P<address>{CANVASS_DOOR})"
    r"[ \t]+(?:--|—|–)[ \t]+(?P<notes>[^\n]+(?:\n(?![ \t]*\n)[^\n]+)*)",
    re.M,
)
# Doors written one after another in a paragraph, each a sentence: "1290 Dixwell 2nd fl, Mr. Leon
# Batts: was at work, saw nothing. 1286 Dixwell, Mrs. Doreen Sykes (DOB ...): ... saw a thin B/M".
_DOOR_SENTENCE = rf"{_DOOR_STREET}(?:{_DOOR_FLOOR})?"  # no unit after a comma: the comma ends the door
CANVASS_DOOR_SENTENCE = _rx(
    rf"(?:^|(?<=[.;][ \t]))[ \t]*(?P<address>{_DOOR_SENTENCE}),[ \t]+"
    rf"(?P<notes>[^\n]+?(?:\n(?![ \t]*\n)[^\n]+?)*?)(?=[.;][ \t]+{_DOOR_SENTENCE}[,:]|\n[ \t]*\n|\n?\Z)",
    re.M,
)


CRIMINAL_MATTER = _rx(
    r"\b(?:State\s+v\.|docket|53a-\d|offense|homicide|shooting|robbery|assault|burglary|larceny|arrest(?:ed)?|"
    r"police\s+case|NHPD\s+case|(?<!no\s)(?<!not\s)(?<!non-)criminal|felony|misdemeanor)\b",
    re.I,
)
SUBJECT_LINE = _rx(
    r"^[ \t]*(?:RE|SUBJECT|ASUNTO)\s*:(?P<subject>[^\n]*(?:\n[ \t]{4,}[^\n]*){0,3})", re.M | re.I
)
# "2. Devonte Harris - ...", or a numbered table row: "  5   Reginald Thornton     Neighbor; observed"
NUMBERED_NAME = _rx(r"^[ \t]*\d{1,2}(?:[.)][ \t]+|[ \t]{2,}(?=[A-Z]))(?P<line>[^\n]+)", re.M)
PROTECTED_OFFENSE = _rx(
    r"family\s+violence|domestic\s+violence|\((?:FV|DV)\)|(?-i:\bFV\b)|sexual\s+assault|53a-7[0-3]|strangulation|53a-64[ab]",
    re.I,
)
CARE_OF = _rx(r"\bc/o\b", re.I)  # mail in someone else's care: that address is not the person's home
FILING_BREAK = _rx(r"^[ \t]*(?:(?:- ){5,}-?|[=_*-]{10,})[ \t]*$", re.M)
# A court filing's title: "STATE'S PRELIMINARY LIST OF WITNESSES", "WITNESS LIST"
WITNESS_LIST_TITLE = _rx(
    r"^[ \t]*(?P<subject>(?-i:[A-Z' ]*\b(?:LIST\s+OF\s+WITNESSES|WITNESS\s+LIST|WITNESSES"
    # "PERSONS WHO SAW THE INCIDENT": a list of witnesses by what they did
    r"|(?:PERSONS|PEOPLE|INDIVIDUALS|STUDENTS|THOSE)\s+WHO\s+(?:SAW|WITNESSED|HEARD|OBSERVED))\b[A-Z' ]*))[ \t]*$",
    re.M,
)
WITNESS_VERB_WORDS = r"(?:saw|witnessed|heard|observed)"
ON_DUTY = _rx(r"\bon\s+(?:[a-z]+\s+)?duty\b", re.I)  # staff who saw it at work: "on bus duty"
CITY_STAFF = _rx(r"\bcity\s+(?:of\s+New\s+Haven\s+)?(?:employee|worker|staff(?:er)?)\b", re.I)
PROFESSIONAL_WITNESS = _rx(
    r"\b(?:law\s+enforcement|police|officers?|records|keeper|custodian|expert|criminalist|examiner|analyst|"
    r"laboratory|lab|scientific|physician|medical\s+examiner|Dr)\b|" + ON_DUTY.pattern,
    re.I,
)


def _witness_list(text: str, people: People) -> list[tuple[Person, str]]:
    """A memo whose subject line is about witnesses ('RE: ... Witness subpoena status') lists
    them as numbered items: '2. Devonte Harris - Currently incarcerated ...'. Officers and
    other staff named by title are not witnesses here."""
    subject = SUBJECT_LINE.search(text[:1500]) or WITNESS_LIST_TITLE.search(text[:2500])
    cues = role_cues()
    if not subject or not _rx(
        rf"(?<![\w])(?:{cues.witness_words}|{WITNESS_VERB_WORDS})(?![\w])", re.I
    ).search(subject.group("subject")):
        return []
    if not CRIMINAL_MATTER.search(text):
        return []  # witnesses to an HR or civil matter are not crime witnesses
    records = []
    # the filing the list belongs to, between separator lines: its charges say whether its
    # complainant is a family-violence or sexual-assault victim
    cut = [0, *(m.end() for m in FILING_BREAK.finditer(text)), len(text)]
    group = ""  # the sub-heading the item is listed under ("Law enforcement", "Civilian")
    position = subject.end()
    for item in NUMBERED_NAME.finditer(text, subject.end()):
        line = item.group("line")
        for row in text[position : item.start()].split("\n"):
            if row.strip() and not NUMBERED_NAME.match(row) and not row.startswith((" " * 8, "\t")):
                group = row
        position = item.end()
        if (
            _rx(rf"^(?:{cues.officer_titles})\b", re.I).match(line)
            or _rx(r"\bdefendant\b", re.I).search(line[:60])
            or PROFESSIONAL_WITNESS.search(line)
            or PROFESSIONAL_WITNESS.search(group)
        ):
            continue  # officers, experts and records keepers, alone or under their own sub-heading
        role = "witness"
        if _rx(r"\b(?:victim|complainant)\b(?!'s)", re.I).search(line[:80]):
            start = max(c for c in cut if c <= item.start())
            end = min(c for c in cut if c > item.start())
            if not PROTECTED_OFFENSE.search(text[start:end]):
                continue  # the complainant of a robbery is no protected victim
            role = "victim"
        parsed = parse_name(line, caps_run=False)
        if parsed and len(parsed[0]) >= 2:
            person = people.add(parsed[0], role, parsed[1])
            if person is not None:
                # the item's indented lines under it: "   DOB 08/02/1999 | 44 Dwight St, Apt B | …"
                details = _rx(r"(?:\n[ \t]+(?!\d{1,2}(?:[.)]|[ \t]{2,}))[^\n]+){0,3}").match(text, item.end())
                if care_of := CARE_OF.search(line):  # "c/o Office of Victim Services, 235 Church St"
                    records.append((person, line[: care_of.start()]))
                else:
                    records.append((person, line + details.group(0)))
    return records


# A card or form in a batch, between rules of "=" or "-"
CARD_RULE = _rx(r"^[ \t]*[=_*-]{10,}[ \t]*$", re.M)
# The role a contact card's checked reason gives its subject: "Contact reason: [ ] Traffic [X] Witness"
# A phone extraction done with its owner's consent, and the owner's lines.
DEVICE_OWNER = _rx(
    # ("Device: Apple iPhone 12, owner RAMOS SANTIAGO, ARELIS, number +1 (203) 555-0182")
    # (or the owner's own line under the device: "Propietaria: Yesica Morales Lugo     Número: +1 203-...")
    r"(?:^[ \t]*device\s+owner[ \t]*:[ \t]*|^[ \t]*(?P<bare>owner|propietari[oa]|duen[oa])(?:[ \t]+del[ \t]+(?:dispositivo|telefono))?[ \t]*:[ \t]*"
    r"|\bby\s+(?:the\s+)?device\s+owner[ \t]+|^[ \t]*(?:device|dispositivo)[ \t]*:[^\n]*?(?:,|--?|—)[ \t]*(?:owner|propietari[oa]|duen[oa])[ \t:]+)(?P<name>[^\n]+)"
    r"(?P<details>(?:\n[ \t]*(?:owner|apple\s+id|msisdn|phone|number|accounts?|cuentas?|correo|e-?mail|numero|telefono)\b[^\n]*)*)",
    re.I | re.M,
)
# (or given up by the victim: "Source: victim's phone, screenshots voluntarily provided")
OWNER_CONSENT = _rx(
    r"\bconsent\b|\bconsentimiento\b|\bvoluntarily\s+(?:provided|given|turned\s+over|surrendered)\b"
    r"|\bvictim'?s\s+(?:own\s+)?(?:phone|cell(?:\s*phone)?|device)\b|\b(?:telefono|celular)\s+de\s+la\s+victima\b",
    re.I,
)
DEVICE_ABOVE = _rx(r"\b(?:IMEI|MEID|ICCID|serial|modelo|model|dispositivo|device)\b", re.I)
WARRANT_CHECKED = _rx(rf"{CHECKED_BOX}[ \t]*search\s+warrant", re.I)


def _consenting_device_owner(text: str, people: People, kinds: set[str]) -> list[tuple[Person, str]]:
    """A family-violence or sexual-assault phone extraction done with the device owner's written
    consent ('[X] Written consent of device owner', 'consent extraction signed ... by device owner
    Shakira Dunmore') is the victim's phone, given up as evidence: the owner is the victim, and
    the owner's number and accounts are hers. A phone searched under a warrant is not."""
    if not kinds or not OWNER_CONSENT.search(text[:1500]) or WARRANT_CHECKED.search(text[:1500]):
        return []
    records = []
    for match in DEVICE_OWNER.finditer(text[:2000]):
        if match.group("bare") and not DEVICE_ABOVE.search(text, max(0, match.start() - 300), match.start()):
            continue  # "Owner:" of a car or a house, not under a phone's make and IMEI
        parsed = parse_name(match.group("name"))
        if not parsed or len(parsed[0]) < 2:
            continue
        person = people.add(parsed[0], "victim", parsed[1])
        if person is not None and "suspect" not in person.roles:
            records.append((person, match.group("name") + match.group("details")))
    return records


SUBPOENA_TO_TESTIFY = _rx(r"\bsubpoena\b[\s\S]*\bto\s+testify\b", re.I)
RECORDS_ONLY = _rx(r"\bduces\s+tecum\b|\brecords\s+only\b|\bkeeper\s+of\s+records\b|\bcustodian\b", re.I)
ADDRESSEE = _rx(r"^[ \t]*TO[ \t]*:[ \t]*(?P<name>[^\n]+)(?P<details>(?:\n[ \t]{3,}\S[^\n]*)*)", re.M)


def _subpoenaed_witnesses(text: str, people: People) -> list[tuple[Person, str]]:
    """A criminal subpoena commanding its addressee 'to testify what you know': the person on
    its 'TO:' line is a witness, and the address and phone lines under the name are theirs. A
    subpoena for records only (duces tecum, a keeper of records) names no witness."""
    records = []
    cut = [0, *(m.end() for m in FILING_BREAK.finditer(text)), len(text)]
    for start, end in pairwise(cut):
        section = text[start:end]
        if not SUBPOENA_TO_TESTIFY.search(section) or RECORDS_ONLY.search(section[:600]):
            continue
        if not CRIMINAL_MATTER.search(section):
            continue
        addressee = ADDRESSEE.search(section)
        parsed = parse_name(addressee.group("name")) if addressee else None
        if not parsed or len(parsed[0]) < 2:
            continue
        person = people.add(parsed[0], "witness", parsed[1])
        if person is not None:
            records.append((person, addressee.group(0)))
    return records


CHECKED_ROLE = _rx(rf"{CHECKED_BOX}[ \t]*(?P<role>witness|victim|complainant)\b", re.I)
SUBJECT_NAME = _rx(
    # (a name field with its order in parentheses: "Name (Last, First MI):  NAVARRO, KIMBERLY R.")
    r"^[ \t]*(?:SUBJECT|Subj(?:ect)?(?:[ \t]+name)?|Name|Contact|Person\s+contacted)(?:[ \t]*\([^)\n]{1,24}\))?[ \t]*:[ \t]*"
    r"(?P<name>[^\n]+)$",
    re.M | re.I,
)


def _checked_role_cards(text: str, people: People) -> list[tuple[Person, str]]:
    """Field-interview or contact cards whose checked reason names the subject's role:
    'Contact reason: [ ] Susp. activity [X] Witness' then 'SUBJECT: TILLMAN, KEISHA'. The
    card's lines under the name (DOB, address, phone, e-mail, vehicle) are the subject's."""
    records = []
    bounds = [0, *(m.end() for m in CARD_RULE.finditer(text)), len(text)]
    for start, end in pairwise(bounds):
        card = text[start:end]
        checked = CHECKED_ROLE.search(card)
        subject = SUBJECT_NAME.search(card)
        if not checked or not subject or subject.start() < checked.start() - 400:
            continue
        parsed = parse_name(subject.group("name"), caps_run=False)
        if not parsed or len(parsed[0]) < 2:
            continue
        role = "witness" if checked.group("role").lower() == "witness" else "victim"
        person = people.add(parsed[0], role, parsed[1])
        if person is not None:
            details = card[subject.start() :].split("\n\n", 1)[0]
            records.append((person, details))
    return records


# A message asking who holds a role, and the next message answering with a name: "who's the
# protected party" / "0905 U451 (NGUYEN, T.)      Shanice Barlow, 41 Henry St 1st fl."
ROLE_ANSWERED = _rx(
    r"\bwho(?:'s|’s|\s+is|\s+was)\s+(?:the\s+|our\s+)?(?P<role>protected\s+(?:party|person)|victim|vic|complainant|witness|wit)\b"
    rf"[^\n]*\n[^\n]*?(?:\)|:)[ \t]+(?P<name>{NAME_SEQ})(?=[,.])(?P<rest>[^\n]*)",
    re.I,
)


def _role_answers(text: str, people: People) -> list[tuple[Person, str]]:
    """A chat's question for a role answered by a name on the next line: the name holds the role,
    and the details after it on that line are theirs."""
    records = []
    for match in ROLE_ANSWERED.finditer(text):
        parsed = parse_name(match.group("name"), caps_run=False)
        if not parsed or len(parsed[0]) < 2:
            continue
        role = "witness" if match.group("role").lower().startswith("wit") else "victim"
        person = people.add(parsed[0], role, parsed[1])
        if person is not None:
            # the answer's own details, not the suspect's after a period ("resp is her ex ...")
            records.append((person, match.group("name") + match.group("rest").split(". ")[0]))
    return records


def _heading_role(text: str, position: int) -> str:
    """The role named by a heading within the three lines above `position`."""
    above = text[max(0, position - 240) : position].split("\n")[-4:-1]
    cues = role_cues()
    for line in reversed(above):
        asides = _rx(r"\((?P<aside>[^)\n]*)\)").findall(line)
        line = _rx(r"\([^)\n]*\)").sub("", line)  # "SECTION C - WITNESSES (for advocate awareness)"
        if len(line.strip()) > 60:
            continue
        if _rx(rf"(?<![\w]){cues.subject_words}(?![\w])", re.I).search(line):
            return "subject"
        if PERSONS_TO_BE_PROTECTED.search(line):
            return "victim"  # an application's "OTHER PERSONS TO BE PROTECTED (household members)"
        role = _heading_words_role(line)
        # "PARENT / GUARDIAN (also WITNESS W1)": a role the aside adds to a heading of none
        added = (_heading_words_role(a) for a in asides if HEADING_ROLE_ADDED.match(a))
        role = role or next((r for r in added if r), "")
        if role:
            return role
    return ""


PERSONS_TO_BE_PROTECTED = _rx(r"\b(?:persons?|people|members?)[ \t]+to[ \t]+be[ \t]+protected\b", re.I)
HEADING_ROLE_ADDED = _rx(r"[ \t]*(?:also|and|y|tambien)\b(?![^)\n]*\b(?:not?|non|never)\b)", re.I)


def _heading_words_role(line: str) -> str:
    """The role a heading line names. A one-letter code ('V', 'W', 'A', 'S') counts only as the
    whole heading or with its number ('W2'): in 'SECTION A - VICTIM' or 'PROTECTED PERSON(S)'
    the letter is a section mark or a plural, not the arrestee or the suspect."""
    words = _rx(r"[A-Za-z]+(?:[ \t]*#?[ \t]*\d+)?").findall(line)
    pairs = [f"{a} {b}" for a, b in pairwise(words)]
    for word, pair in zip(words, [*pairs, ""], strict=False):
        role = _role_of(pair) if pair else ""  # "PROTECTED PERSON(S)", "COMPLAINING WITNESS"
        if not role and (len(word) > 1 or len(words) == 1):
            role = _role_of(word)
        if role:
            return role
    return ""


@dataclass(frozen=True)
class _NarrativeCues:
    candidate: re.Pattern
    before: list[tuple[str, re.Pattern]]
    after: list[tuple[str, re.Pattern]]
    officer: re.Pattern
    saw_nothing: re.Pattern


# An order protecting someone from the one named after it: "a full protective order against her ex",
# "an active CPO vs LANG".
ORDER_AGAINST = r"(?:(?:protective|restraining)\s+order|(?-i:CPO|TRO|RO))\s+(?:against|vs\.?|v\.)(?![\w])"
# A capitalised word right before a name, across a line break: a margin may have broken the name.
NAME_WORD_BEFORE = _rx(r"(?<![\w.])(?P<word>(?-i:[A-Z][a-z'-]+))[ \t]*\n?[ \t]*\Z")
# A private business's staff title, no public official's: "Loss-prevention agent Renée Castellanos",
# "store clerk", "bank manager" (who saw the crime at work is a witness like anyone).
PRIVATE_STAFF_BEFORE = _rx(
    r"\b(?:store|shop|market|bodega|bank|gas[ \t]+station|loss[- ]prevention|(?-i:LP)|store[ \t]+security|"
    r"restaurant|hotel|deli|pharmacy)[ \t]+(?:clerk|agent|manager|supervisor|specialist|investigator)[ \t]*$",
    re.I,
)
# A label in capitals before a name, no name word of it: "HOH Rosalind Okafor".
CAPS_LABEL_BEFORE_NAME = _rx(r"^(?-i:[A-Z]{2,4})[ \t]+(?=(?-i:[A-Z][a-z]))")
# A date of birth right after a name: "Rosalind Okafor (DOB 07/19/1990)", "Ana Ruiz, DOB 1/2/90".
DOB_ASIDE = _rx(r"[ \t]*(?:\([ \t]*|,[ \t]*)(?:DOB|D\.O\.B\.?|date\s+of\s+birth|born)\b", re.I)
# A name that is its sentence's subject, the verb right after it: the next sentence's "She"
# is hers when nobody else is named between ("Ms. Okafor has been a tenant since 2016 ...").
SUBJECT_GOES_ON = _rx(
    r"[ \t]+(?:has|had|is|was|lives|lived|works|worked|came|walked|arrived|called|moved|stays|stayed)\b"
)
# One's intimate partner, present or former: "her ex-boyfriend", "his estranged wife".
INTIMATE_PARTNER = r"(?:ex-?\s*|former\s+|estranged\s+)?(?:boyfriend|girlfriend|husband|wife|partner|spouse|fianc[eé]e?|ex)\b"


@cache
def _narrative_cues() -> _NarrativeCues:
    """Context rules around a name in prose, compiled once per process."""
    cues = role_cues()
    number = r"(?:[ \t]*#?\d{1,2})?"
    link = (  # "the complaining witness in this matter, Yesenia M. Colón"
        # "one of our eyewitnesses on the Kimberly St homicide, Abdi Farah"
        r"(?:[ \t\n]+(?:in|on|for|to)[ \t\n]+(?:this|the|that)[ \t\n]+(?:[A-Z][\w.]*[ \t]+){0,3}"
        r"(?:matter|case|incident|report|file|homicide|shooting|stabbing|assault|robbery|burglary|crash))?"
        # (a line may wrap after the comma: "with the complainant,\nMs. Adaeze N. Okafor")
        r"[ \t]*(?:,[ \t]*\n|[,:(])?[ \t]*(?:(?:later[ \t]+)?identified[ \t]+as[ \t]+|(?-i:ID)(?:[ \t]+(?-i:AS))?[ \t]+|named[ \t]+|listed[ \t]+as[ \t]+|is\s+|was\s+|"
        r"(?:(?:who[ \t]+)?(?:is|will[ \t]+be)[ \t]+)?(?:hereinafter[ \t]+|hereafter[ \t]+)?(?:referred[ \t]+to|known)[ \t]+as[ \t]+"
        # "The victim is the defendant's wife, Soraya Rahimi", "the witness was her neighbor, ..."
        r"|(?:is|was)[ \t]+(?:the[ \t]+|a[ \t]+|his[ \t]+|her[ \t]+|their[ \t]+)?(?:\w+'s[ \t]+)?(?:\w+[ \t]+)?"
        r"(?:wife|husband|girlfriend|boyfriend|partner|ex-?\w+|fianc[eé]e?|mother|father|daughter|son|sister|brother|"
        # (the name may wrap to the next line: "Protected party is resp's mother,\n   Gloria Hines")
        r"neighbou?r|roommate|friend|coworker|co-worker|cousin|aunt|uncle|grandmother|grandfather)[ \t]*,[ \t]*(?:\n[ \t]*)?"
        # "Testigo de cargo 2: vecino, Efraín Colón": what the person is to the case, then the name
        r"|(?<=:[ \t]*)(?:(?:el|la|su|a|the)[ \t]+)?(?:vecin[oa]|neighbou?r|amig[oa]|friend|coworker|co-worker|companer[oa])[ \t]*,[ \t]*"
        # "V is a 22 y/o female, Kayla Lindqvist"
        r"|(?:is|was)[ \t]+an?[ \t]+(?:\d{1,2}[ \t]*(?:y/o|yo|year-old|years?[ \t]+old)[ \t]+)?"
        r"(?:female|male|woman|man|girl|boy|student|juvenile|teen(?:ager)?)[ \t]*,[ \t]*)?"
    )
    # a title or a first initial before the surname: "Ms. Ruiz", "the victim, K. Lindqvist"
    honorific = rf"(?:{HONORIFIC}[ \t]+|(?<=[\s,:(])(?-i:[A-Z])\.[ \t]?)?[\"'“]?"
    statement_verbs = r"(?:provided|gave|signed|completed|wrote|submitted|rindio|dio|firmo)"
    # "Lashonda Fields (DOB 12/02/1999), who lives with the complainant, gave a sworn statement"
    # (an abbreviation's period does not end the aside: ", que vive en el apto. 1 del mismo edificio,")
    # (or set off by a comma and a dash: '"Dani" - Daniela Cortés, 22 Wolcott St, cell ... - gave her statement')
    aside = (
        # (the parentheses may wrap: "Oliphant (DOB\n11/02/1979, cell 203-555-0168) stated that")
        r"[ \t]*(?:\n?[ \t]*\((?:[^)\n]|\n(?![ \t]*\n)){0,60}\)[ \t]*)?"
        # (where they live, before the commas: "Neighbor Ruthanne Gebhardt of 455 Ferry St, Apt 2L, who called 911, told PD")
        r"(?:[ \t]+(?:of|from)[ \t]+\d[^,.!?\n]{1,40}?(?=,))?"
        r"(?:,(?:[^.!?]|\.(?=\w)|(?<=\b(?i:apto|apt|no|num|St|Ave|tel|ph|cel))\.){0,120}?(?:,|[ \t]+(?:--|-|—|–)(?=[ \t]))"
        # (or the rest of the parentheses the name opens: "Sister (Mai Nguyen, 203-555-0197) states")
        r"|,(?:[^()!?\n]|\n(?![ \t]*\n)){1,100}\))?"
    )
    # (a case log's present tense too: "Ms. Shin says she opened the door, saw the gun")
    said = (
        r"(?:stated|said|told\s+\w+|reported|advised|explained|indicated|recalled|repeated|reiterated|dijo|declaro|conto|"
        r"says|states|tells\s+\w+|reports|recalls|explains|confirmed|confirms|"
        # (Spanish in both tenses too: "Sra. Nilda Acevedo, quien dice que vio a los dos hombres")
        r"dice|declara|cuenta|relata|relato|explica|explico|afirma|afirmo|asegura|aseguro|indica|indico|"
        r"informa|informo|manifiesta|manifesto|refiere|refirio)"
    )
    same_sentence = r"(?:(?![.!?][ \t\n]+(?-i:[A-Z]))(?!\n[ \t]*\n)[\s\S])"
    # A perception verb, not negated: "saw the car", never "saw nothing" or "did not see".
    perceived = (
        rf"(?<![\w])(?<!not )(?<!never )(?<!n't )(?<!no )(?<!ni )(?<!nunca ){cues.witness_verbs}(?![\w])"
        r"(?!\s+(?:nothing|anything|anyone|no\s+one|nada|a\s+nadie))"
    )
    # picking the suspect out: "selected the photograph of FERREIRA from a six-person array"
    picked = (
        r"(?:positively\s+)?(?:selected|picked(?:\s+out)?|identified|chose)\s"
        r"(?:[^.!?\n]|\n(?![ \t]*\n)){0,60}?\b(?:photo(?:graph)?s?|(?:photo\s+)?array|line-?up|show-?up)\b"
    )
    flags = re.I
    not_kin_of = rf"(?<!\b{KIN_WORDS}[ \t]+(?:del|de[ \t]+la|de|of[ \t]+the|of)[ \t]+)"
    before = [
        # not the code of a key: "Destiny = V, Monique = W1" names no victim Monique
        # nor a possessive's "s": "W2 = RP'S SON KEOHANE, KIERAN" names no suspect
        # nor the relative of one: "El primo del testigo, Ángel Santiago" is the cousin
        # (nor the source of what follows: "SUSP ID PER V1: BRADSHAW, DEVONTE R" names the suspect)
        (
            "victim",
            rf"(?<![\w'’])(?<!=[ \t])(?<!per[ \t]){not_kin_of}{cues.victim_words}{number}{link}{honorific}$",
        ),
        (
            "witness",
            rf"(?<![\w'’])(?<!=[ \t])(?<!per[ \t]){not_kin_of}{cues.witness_words}{number}{link}{honorific}$",
        ),
        ("suspect", rf"(?<![\w'’]){cues.suspect_words}{number}{link}{honorific}$"),
        # the one who saw it, named after the verb: "El único que vio lo que pasó ... fue Jefferson
        # Ulloa", "The only one who saw the assault was Dana Whitcombe"
        (
            "witness",
            r"\b(?:(?:el|la)\s+(?:unic[oa]\s+)?(?:que|quien)|quien|(?:the\s+)?only\s+(?:one|person)\s+(?:who|that)|"
            r"(?:the\s+)?one\s+(?:who|that))\s+(?:vio|presencio|saw|witnessed)\b[^.;\n]{0,60}?\s+(?:fue|es|was|is)\s+$",
        ),
        # the one who saw it, named after in parentheses: "the neighbor who saw the assault (Ms. Quiñones)"
        (
            "witness",
            r"\b(?:the|a|an|our|her|his|their)\s+(?:[a-z-]+\s+){0,2}?(?:who|that)\s+(?:saw|witnessed|heard|watched)\b"
            rf"[^().;\n]{{0,50}}\([ \t]*{honorific}$",
        ),
        # the caller who saw it, named later: "a 911 call from a juvenile female who stated her father
        # was 'choking my mom.' The caller was later identified as A.Q., age 15"
        ("witness", r"\b(?:the\s+)?caller\s+(?:was\s+)?(?:later\s+|subsequently\s+)?identified\s+as\s+$"),
        # the interviewee naming herself: "La entrevistada se identifica como Luz Adriana Cardona"
        (
            "statement",
            r"\b(?:(?:la|el)\s+entrevistad[oa]|the\s+interviewee)\s+(?:se\s+identific[ao]|"
            r"identif(?:ies|ied)\s+(?:herself|himself|themselves))\s+(?:como|as)\s+$",
        ),
        # "Following up on the victim in 24-003951, Tamsin O'Rourke-Beale"
        (
            "victim",
            r"\bthe\s+victim\s+(?:in|on|of)\s+(?:case\s+|report\s+|incident\s+)?#?\d[\d-]{4,}[ \t]*,\s+$",
        ),
        # harm done before a relative or friend: "slapped me at a party in front of my cousin, Glenda Cardona"
        (
            "witness",
            r"\b(?:in\s+front\s+of|delante\s+de|enfrente\s+de)\s+(?:my|her|his|their|our|mi|sus?)\s+"
            # (and the child's age: "delante de su hijo de 7 años, Josué")
            rf"(?:[a-z]+\s+)?{KIN_WORDS}{KIN_AGE}?[ \t]*,?[ \t]+$",
        ),
        # ("on behalf of her client Nomvula Dlamini": an attorney's or advocate's client)
        (
            "subject",
            rf"(?<![\w])(?:our|the|my|this|her|his|their)[ \t]+{cues.subject_words}{link}{honorific}$",
        ),
        # the one whose name an advocate's notes take down: "La joven ... me dio su nombre para poder
        # avisar al equipo de acompañamiento: Naomi Itzel Barragán, 22 años"
        (
            "subject",
            r"\b(?:(?:me|nos|le)\s+)?dio\s+su\s+nombre[^:.]{0,80}:\s*$|\bgave\s+(?:me|us)\s+(?:her|his)\s+(?:full\s+)?name[^:.]{0,60}?(?::|\bas)\s*$",
        ),
        # a log's patient named mid-line: "NHPD case 24-058771 pulled. Pt: Marcus Oyelowo-Grant, DOB ..."
        ("subject", r"(?<![\w])(?-i:Pt|PT|Patient|Paciente)\.?[ \t]*:[ \t]*$"),
        ("statement", rf"{I_COMMA}$"),
        # a hand-written Spanish statement's opening without the comma: "Yo Noemi Santiago doy esta declaracion"
        ("statement_opening", r"(?:^|\n)[ \t]*(?-i:Yo)[ \t]+$"),
        # one with the writer when it happened: "me and my coworker Shawna were walking up Crown St"
        ("companion", r"\b(?:me|I)[ \t]+and[ \t]+(?:my[ \t]+)?(?:[a-z-]+[ \t]+)?$"),
        # the one whose statement an officer took: "Det. Ianniello took Ruggiero's statement on 07/26"
        ("statement_taken", r"\b(?:took|obtained|recorded|received|collected)[ \t]+$"),
        # a case log's entry: "Video statement, P. Venkataraman (DOB 8/30/1997)", "Sworn stmt from Okoye"
        (
            "statement",
            # (with what they are to the case between: "Written stmt from roommate Olivia Tran")
            r"\b(?:video|written|recorded|sworn|taped|audio)[ \t]+(?:statement|stmt)[ \t]*(?:[,:-][ \t]*|(?:from|of|by)[ \t]+"
            r"(?:(?:the|her|his|their)[ \t]+)?(?:[a-z]+[ \t]+)?)(?:(?-i:[A-Z])\.[ \t]?)?$",
        ),
        # a case log's interview: "1530  Phone interview Warsame (DOB ...)", "Interviewed neighbor Ana Ruiz"
        (
            "interviewed",
            r"(?:^|\n)[ \t]*(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?[ \t]+)?(?:\d{3,4}[ \t]+)?"
            r"(?:(?:phone|telephone|recorded|video|follow-?up|in-person|re-?)[ \t]*)?"
            # (and whose: "Interviewed V's roommate, Dana Whitcomb")
            r"interview(?:ed)?[ \t]+(?:w/[ \t]*|with[ \t]+|of[ \t]+)?(?:(?:the|her|his|their|(?-i:[A-Z]\d?)'s)[ \t]+)?"
            r"(?:[a-z]+,?[ \t]+)?$",
        ),
        # the one a statement was taken from: "Also got the statement from the roommate, Tanvi Shah"
        (
            "statement",
            # ("Se tomó también declaración a la hija, Yarelis Ortiz Santiago")
            r"\b(?:got|took|obtained|received|taken|collected|tomamos|tomo|tome)\s+(?:also\s+|tambien\s+)?"
            r"(?:(?:a|an|the|her|his|their|una|la|su)\s+)?"
            r"(?:(?:written|sworn|signed|recorded|video|full)\s+)?(?:statement|stmt|declaracion)\s+(?:from|of|de|a)\s+"
            # ("Took a statement from\nMs. Brooks in the small conference room")
            rf"(?:(?:the|her|his|their|la|el|su)\s+[a-z]+(?:\s+[a-z]+)?[ \t]*,[ \t]*)?{honorific}$",
        ),
        ("victim", r"victim'?s?[ \t]+initials[ \t]*(?:are|is|:|,)?[ \t]*[\"“]?$"),
        # "the victim, a 19-year-old female hereinafter referred to as K.M."
        (
            "victim",
            rf"(?<![\w]){cues.victim_words}[^.]{{0,60}}?(?:here(?:in)?after\s+)?(?:referred\s+to|known)\s+as\s+[\"“]?$"
            # (in Spanish: "La víctima menor se identifica en este documento como "K.R."")
            rf"|(?<![\w]){cues.victim_words}[^.]{{0,60}}?(?:se\s+(?:le\s+)?identifica|identificad[oa]|referid[oa]|conocid[oa]|"
            r"(?:se\s+)?(?:le\s+)?(?:llama|nombra)(?:ra|mos|remos)?)\s+(?:en\s+(?:este|el\s+presente)\s+(?:documento|informe|reporte)\s+)?como\s+[\"“]?$",
        ),
        # an affidavit that hides a person behind initials hides the victim: "a 19-year-old
        # female, hereinafter referred to as K.M."
        (
            "victim_initials",
            # "hereinafter referred to as the victim or "K.M.""
            r"(?:(?:here(?:in)?after|herein)(?:\s+(?:referred\s+to|known|identified|designated)\s+as)?(?:\s+the\s+victim\s+or)?|"
            r"(?:identified|referred\s+to|designated)\s+(?:herein\s+|here\s+)?by\s+(?:her|his|their)\s+initials)[,:]?\s+[\"“]?$",
        ),
        # a case-review agenda item: "2. NEW CASE -- R.T. (NHPD 24-099310)", 'Case 25-06 -- "M.O." (F, 33)'
        (
            "victim_initials",
            r"(?:^|\n)[ \t]*(?:\d{1,2}[.)][ \t]*)?(?:new[ \t]+case|follow-?up|case(?:[ \t]+[\w-]+)?)[ \t]*(?:--|—|–|-|:)[ \t]*[\"“]?$",
        ),
        # ("mi nombre completo es Yaritza Campos Leal", "my full name is ...")
        (
            "statement",
            r"(?:my[ \t]+(?:full[ \t]+)?name[ \t]+is|mi[ \t]+nombre(?:[ \t]+completo)?[ \t]+es|me[ \t]+llamo)[ \t]+$",
        ),
        # a dispatch log's protective-order lookup and its shorthand: "ACTIVE PO ... PROT PARTY
        # COLEMAN, BRITTANY A DOB ... VS RESP WARD", "V IS COLEMAN."
        ("victim", r"\bPROT(?:ECTED)?\.?\s+(?:PARTY|PERSON|PTY)\s*[:=]?\s*$"),
        # "an active full no-contact criminal protective order protecting Ms. Batista"
        # (a few words may stand between: "A criminal protective order was issued on October 4
        # protecting Ms. Ashford")
        (
            "victim",
            r"\b(?:(?:order|CPO|PO|TRO)\s+(?:protecting|that\s+protects|in\s+favou?r\s+of)|order\b[^.]{0,50}?\bprotecting)"
            # (the relation first: "Criminal Protective Order issued protecting his wife,\n Adaeze Okonkwo")
            rf"\s+(?:(?:his|her|their)\s+{INTIMATE_PARTNER}\s*,\s*)?{honorific}$",
        ),
        # the partner a charge of violence names: "charged with assault ... against his partner, Ms. Renée Ashford"
        (
            "victim",
            r"\b(?:charged|arrested|assault\w*|strangl\w*|abus\w*|violence)\b[^.]{0,100}?\bagainst\s+(?:his|her|their)\s+"
            rf"(?:ex-?|former\s+)?(?:partner|wife|husband|girlfriend|boyfriend|fianc[eé]e?|spouse)\s*,\s*{honorific}$",
        ),
        ("victim", r"(?<![\w])(?-i:V|VIC|VICT)\s+(?-i:IS)\s+$"),
        # a log line's protected kind of victim, then a dash: "SA victim - Micheline Sainvil (DOB ...)",
        # "FV victim interview - Joana Pimentel-Vaz"
        (
            "victim",
            r"\b(?:SA|DV|FV|IPV|sexual\s+assault|domestic\s+violence|family\s+violence)\s+victim(?:\s+[a-z]+){0,2}?[ \t]*[-—–][ \t]*$",
        ),
        # "RP IS V: BRIDGET SZABO, CB 203-555-0171": the caller is the victim
        (
            "victim",
            r"(?<![\w])(?-i:RP|CALLER|CLR)\s+(?-i:IS)\s+(?:(?-i:THE)\s+)?(?-i:V|VIC|VICT|VICTIM)\s*[:=,-]?\s*$",
        ),
        # the partner the violence is done to, named after: "oigo cómo el hombre del tercer piso le
        # pega a su mujer, Yesenia", "he keeps beating his girlfriend, Tanya"
        (
            "victim",
            r"\b(?:(?:le|les)\s+(?:pega|pegaba|pego|grita\s+y\s+le\s+pega)\s+a|golpea\s+a|golpeaba\s+a|golpeo\s+a|maltrata\s+a|ahorco\s+a)\s+"
            r"su\s+(?:mujer|esposa|novia|pareja|companera|ex(?:\s*esposa|\s*pareja)?)\s*,\s*$"
            # (or the kin the child telling it names: "punched his mom, Crystal, in the face")
            r"|\b(?:hits|hit|hitting|beats|beat|beating|chokes|choked|choking|abuses|abused|abusing|slaps|slapped|punched|punches|"
            r"kicked|kicks|shoved|pushed|strangled|stabbed|assaulted|attacked)\s+"
            r"(?:his|her)\s+(?:ex-?)?(?:wife|girlfriend|husband|boyfriend|partner|fianc[eé]e?|mom|mother|mama|sister|daughter|"
            rf"grandmother|grandma)\s*,\s*{honorific}$",
        ),
        # the one someone saw being hurt: "she watched Rasmussen choke Annie against the refrigerator"
        (
            "harmed",
            r"\b(?:saw|watched|seen|witnessed)\s+(?:him|her|(?-i:[A-Z][\w'-]+))\s+(?:choke|strangle|punch|hit|slap|kick|beat|"
            r"shove|push|grab|rape|assault|attack|stab|drag|throw)\s+$",
        ),
        # a speaker introducing themself in a transcript: "FEMALE 2: Hello? This is the grandmother,
        # Loretta Wilkins."
        (
            "statement",
            r"(?:^|\n)[^\n:]{1,24}:[ \t]*(?:(?:hello|hi|yes|yeah|ma'am|sir)[?.!,]*[ \t]+)?(?:this\s+is|it'?s)[ \t]+"
            r"(?:(?:the|his|her|their|my)[ \t]+\w+,[ \t]+)?$",
        ),
        # the person a U-visa certification is asked for: "Form I-918, Supplement B, for Ms. Sánchez Quispe"
        ("victim", rf"(?:I-918|U[- ]?visa)\b[^.\n]{{0,40}}?\bfor[ \t]+{honorific}$"),
        # "Got your request for law enforcement certification for Svetlana Morozova"
        (
            "victim",
            rf"\blaw[- ]enforcement\s+certification\s+(?:request\s+)?(?:for|on\s+behalf\s+of)[ \t]+{honorific}$",
        ),
        ("statement", rf"(?:statement|declaracion)[ \t]+(?:of|from|by|de)[ \t]*:?[ \t]+{honorific}$"),
        # "A sworn written statement was taken from Raman."
        (
            "statement",
            rf"(?:statement|stmt|declaracion)[ \t]+(?:was[ \t]+|were[ \t]+)?(?:taken|obtained|received|recorded|collected)"
            rf"[ \t]+from[ \t]+{honorific}$",
        ),
        # a statement form's name field: "Name of person giving statement:  RAGHUNATHAN Priya S."
        (
            "statement",
            r"\bname[ \t]+of[ \t]+(?:(?:the[ \t]+)?person[ \t]+(?:giving|making)[ \t]+(?:the[ \t]+|this[ \t]+)?statement|declarant|affiant|deponent)"
            r"[ \t]*:[ \t]*$",
        ),
        # "In a sworn statement on 05/25/2025, R.T. stated that ...": the one who gave it
        (
            "statement",
            r"\bin\s+(?:a|her|his|their)\s+(?:sworn|written|recorded|signed|taped)\s+statement\b[^.\n]{0,40},[ \t]*[\"“]?$",
        ),
        # a case log's entry: "1300  Sworn statement Jasmine Oduya (Form 14, 2 pp)"
        (
            "statement",
            rf"(?:^|\n)[^\n]{{0,20}}\b(?:sworn|written|signed|recorded)[ \t]+(?:statement|stmt\.?)[ \t]*[:,-]?[ \t]+{honorific}$",
        ),
        # "Kelsey disclosed to Jasmine at approx 0445": the person told first
        (
            "witness",
            # (not "asked that her schedule not be disclosed to ASHBY")
            # (a line may wrap inside: "disclosed the\n       assault to Mr. Adebayo")
            rf"(?<!\bbe[ \t])(?<!\bbeen[ \t])\b(?:disclosed|confided)\s+(?:it\s+|the\s+assault\s+)?(?:to|in)\s+{honorific}$",
        ),
        # the person a victim disclosed to: "disclosed to her maternal aunt, Rosalia ..."
        (
            "witness",
            rf"(?:disclosed|reported|told|confided|revealed)(?:[ \t]+(?:the[ \t]+)?\w+)?[ \t]+(?:to[ \t]+)?(?:her|his|their|a)[ \t]+(?:\w+[ \t]+){{0,2}}?"
            rf"(?:mother|father|aunt|uncle|sister|brother|cousin|friend|roommate|suitemate|coworker|co-worker|teacher|counselor|neighbou?r|grandmother|partner)[ \t]*,?[ \t]+{honorific}$",
        ),
        # in Spanish: "Al día siguiente le conté a mi compañera de trabajo, Rosaura Pineda"
        (
            "witness",
            r"\b(?:le\s+|les\s+)?(?:conte|conto|contamos|dije|dijo|confie|confio)(?:\s+(?:todo|lo\s+que\s+(?:paso|habia\s+pasado)))?\s+a\s+(?:mi|su)\s+"
            r"(?:\w+\s+){0,2}?(?:madre|mama|padre|papa|tia|tio|hermana|hermano|prima|primo|amiga|amigo|companera|companero|vecina|vecino|"
            rf"abuela|maestra|maestro|consejera|consejero)(?:\s+de\s+(?:trabajo|cuarto|casa|clase|escuela))?[ \t]*,?[ \t]+{honorific}$",
        ),
    ]
    after = [
        (
            "victim",
            r"^[\"”]?[ \t]+(?:is|are|was)[ \t]+(?:used[ \t]+)?(?:as[ \t]+)?(?:the[ \t]+)?victim'?s?[ \t]+initials",
        ),
        # a letter that "names Ms. Tamsin O'Rourke-Beale as the victim"
        (
            "victim",
            r"^\s+as\s+(?:the|a)\s+(?:named\s+)?victim\b(?!\s+of\s+(?:a|an|the)?\s*(?:burglary|robbery|theft|larceny))",
        ),
        # a detective's note of what one person said: "Spoke to Holloway 1530: he was smoking on
        # his balcony, saw a white male with a knife"
        (
            "witness",
            rf"^[ \t]*\n?[ \t]*(?:\d{{3,4}}(?:[ \t]*hrs)?[ \t]*)?:[ \t]*(?:he|she)\b[^.\n]{{0,80}}?{perceived}",
        ),
        # "Mr. Kenji Watanabe-Cruz (M, 45), victim of his partner", "Wilcox (eyewitness to shooting)"
        (
            "victim",
            # ("María López Garza, la presunta víctima en el caso")
            rf"^[ \t]*(?:\([^)\n]{{0,20}}\)[ \t]*)?[,(][ \t]*(?:(?:the|a|la|el|una|un)[ \t]+)?"
            rf"(?:(?:alleged|presunta|presunto|supuesta|supuesto)[ \t]+)?{cues.victim_words}{number}"
            r"(?:[ \t]*[,)]|[ \t]+(?:of|in|en|de|del)[ \t]|[ \t]{2,}|[ \t]*\n)",  # or a column's end: "OYELARAN, Femi, W1   Doc-7"
        ),
        # who she is to the accused, then her part: "la señora María Dolores Pilco Quishpe, cónyuge del
        # Sr. Guamán y, según entendemos, presunta víctima en el caso"
        (
            "victim",
            r"^[ \t]*,(?:[^.;!?\n]|(?<=Mr)\.|(?<=Mrs)\.|(?<=Ms)\.|(?<=Sr)\.|(?<=Sra)\.|(?<=Dr)\.){0,100}?(?:,|\by\b|\band\b)[ \t]*,?[ \t]*(?:(?:segun[ \t]+entendemos|as[ \t]+we[ \t]+understand(?:[ \t]+it)?"
            r"|al[ \t]+parecer|apparently)[ \t]*,[ \t]*)?(?:(?:the|la|el)[ \t]+)?(?:alleged|presunta|presunto|supuesta|supuesto)[ \t]+"
            r"(?:victim|victima)\b",
        ),
        (
            "victim",
            # "Keyla is a DV survivor - Frank knows the case"
            # ("Ms. Dlamini is the named victim in Case 22-066105")
            # ("Simone Bracey (DOB 08/03/1994 per her mother), is a family-violence victim with an
            # active protective order")
            r"^(?:[ \t]*\([^()]{0,60}\)[ \t]*,?)?[ \t]+(?:is|was|has\s+been|had\s+been)\s+(?:the|a)\s+(?:named\s+|listed\s+|identified\s+)?"
            r"(?:(?:DV|FV|domestic[- ]violence|family[- ]violence|sexual[- ]assault)\s+)?"
            r"(?:victim|survivor)(?:\s+with\s+(?:an?\s+)?(?:active\s+|full\s+)?(?:criminal\s+)?(?:protective|restraining)\s+order|\s+(?:in|of)\s+(?:a|an|the)?\s*"
            r"(?:\d{4}\s+)?(?:family|domestic|dating|sexual|intimate|rape|stalking|qualifying\s+criminal)|\s+in\s+(?:(?:this|our|the|my)\s+)?(?:case|matter|incident)|\s*[.,;]|\s+(?:-|—|–)\s)",
        ),
        # "voter Priya Raman-Sethi (DOB 03/15/1991) is now enrolled in the ACP": the State's Address
        # Confidentiality Program takes only victims of family violence, sexual assault and stalking
        (
            "victim",
            r"^(?:\s*\([^()\n]{0,60}\))?\s+(?:is|was|has\s+been)\s+(?:now\s+|newly\s+|currently\s+)?"
            r"(?:enrolled|a\s+participant|participating|certified)\s+in\s+(?:the\s+)?(?:State's\s+)?"
            r"(?:Address\s+Confidentiality\s+Program|(?-i:ACP)\b)",
        ),
        # "Shanice Ortiz from your front counter called me Friday afternoon. She is requesting family
        # violence leave under CGS 31-51ss": the leave is for victims of family violence
        (
            "victim",
            # (after her title and desk in parentheses: "Tamika Raines (Account Clerk II, ..., desk ext.
            # 4417) is requesting family violence leave")
            r"^(?:[ \t]*\([^()\n]{0,120}\))?[^.!?\n]{0,80}?(?:[.!?][ \t]+(?-i:She|He)[ \t]+)?(?:(?:is|was|has|had)\s+)?"
            r"(?:requesting|requested|request|taking|took|approved[ \t]+for|applied[ \t]+for|using|used|"
            r"qualifies[ \t]+for|qualified[ \t]+for|(?:is|was)[ \t]+eligible[ \t]+for|(?:is|was)[ \t]+entitled[ \t]+to)\s+"
            rf"(?:\w+\s+){{0,2}}?{FAMILY_VIOLENCE_LEAVE}",
        ),
        # Spanish: "La Sra. Ortiz es sobreviviente de violencia domestica"
        (
            "victim",
            r"^[ \t]+(?:es|era|fue|ha\s+sido)\s+(?:una?\s+|la\s+)?(?:victima|sobreviviente)\s+(?:de|en)\s+"
            r"(?:(?:un|una|el|la|este|esta)\s+)?(?:caso\s+de\s+)?(?:violencia\s+(?:domestica|familiar|de\s+pareja|intrafamiliar)"
            r"|agresion\s+sexual|abuso\s+sexual|violacion|asalto\s+sexual)",
        ),
        # "Renee has a full criminal protective order against her ex-boyfriend": its protected person
        # (or by its letters: "Ms. Tolliver has an active CPO vs LANG")
        (
            "victim",
            r"^[ \t]+(?:has|holds|obtained|got|was\s+granted|has\s+been\s+granted)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
            + ORDER_AGAINST,
        ),
        # "Ms. Farouk told me he is her ex-husband and that she has a protective order against him":
        # told in her own account, in the same sentence
        (
            "victim",
            r"^[^.!?\n]{0,30}?\b(?:told|tells|said|says|stated|states|reported|reports|advised|advises)\b[^.!?\n]{0,80}?"
            r"\b(?:she|he)\s+(?:has|holds|obtained|got|had)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
            + ORDER_AGAINST,
        ),
        # "Owner Shakira Tolliver states her ex-boyfriend Maurice LANG ... smashed her car": the
        # one her partner harmed, in her own account
        (
            "victim",
            r"^[ \t]*(?:\([^)\n]{0,40}\)[ \t]*)?,?\s+(?:states|stated|says|said|reports|reported|told\s+\w+)\s+(?:that\s+)?"
            rf"(?:her|his)\s+{INTIMATE_PARTNER}"
            r"(?:[^.!?]|\.(?=\w)){0,140}?\b(?:punched|hit|struck|choked|strangled|kicked|slapped|pushed|shoved|grabbed|beat|"
            r"assaulted|attacked|threatened|smashed|broke|slashed|raped|bit|dragged)\b",
        ),
        (
            "witness",
            # (or after a dash: "Sra. Dilcia Paz - testigo del robo")
            rf"^[ \t]*(?:\([^)\n]{{0,20}}\)[ \t]*)?(?:[,(]|[ \t]+(?:--|-|—|–))[ \t]*(?:the[ \t]+|a[ \t]+)?{cues.witness_words}{number}"
            # ("Destiny Fontaine (witness; statement 07/13/2025)")
            r"(?:[ \t]*[,;)]|[ \t]+(?:to|of|in|del?|en)[ \t]|[ \t]{2,}|[ \t]*\n)",
        ),
        # "Ms. Moore submitted a HUD-5382 certification stating that she is a victim of domestic
        # violence": a statement, in the same sentence, that the person just named is a victim
        (
            "victim",
            r"^[^.!?\n]{0,100}?\b(?:that|stating|states|stated|certif\w+|reporting|reports|reported|disclosed|disclosing)"
            r"\s+(?:that\s+)?(?:she|he)\s+(?:is|was|has\s+been|had\s+been)\s+(?:a\s+)?(?:victim|survivor)\s+of\s+"
            r"(?:\w+\s+)?(?:domestic|dating|family|sexual|intimate)",
        ),
        # a canvass summary: "Wilcox (eyewitness to shooting) and Adeyemi (heard shots)"
        ("witness", r"^[ \t]*\((?:also\s+)?(?:heard|saw|witnessed|observed)\s[^)]{1,40}\)"),
        # the one first told: "Her friend from work, Yadira Ponce, is the first person she told"
        (
            "witness",
            r"^[ \t]*(?:\([^)\n]{0,40}\)[ \t]*)?,?\s+(?:is|was)\s+the\s+first\s+(?:person|one)\s+"
            r"(?:she|he|they|the\s+victim|V\d?)\s+(?:told|called|disclosed\s+to)\b",
        ),
        # a list's entry, what the person perceived after a colon: "Ms. R. Delacroix, neighbor of the
        # Bhatt residence: heard glass break and saw a man leave"
        # (or the colon right after the name: "- Vecina del apto. 8, Sra. Nilsa Berríos: vio desde su puerta")
        (
            "witness",
            r"^[ \t]*(?:,[^:\n]{1,60})?:[ \t]*(?:heard|saw|witnessed|observed|watched|vio|oyo|escucho|presencio|observo)\b",
        ),
        # what the person told someone they perceived: "Gary Pulaski, came down during the
        # inspection and told the inspector he heard the door being kicked in"
        (
            "witness",
            r"^[ \t]*,[^.!?\n]{0,80}?\band\s+told\s+(?:the\s+|an?\s+)?\w+\s+(?:that\s+)?(?:he|she)\s+"
            r"(?:heard|saw|witnessed|watched)\b",
        ),
        # "Det. Shaw confirms Funes is a key witness", "Ms. Ruiz was an eyewitness to the shooting"
        (
            "witness",
            # (not "is a witness to the officer's remarks only")
            r"^[ \t]*(?:\([^)\n]{0,40}\)[ \t]*)?,?\s+(?:is|was|remains|has\s+been)\s+(?:the|a|an|our)\s+"
            r"(?:(?:key|main|important|critical|material|principal|state'?s|prosecution)\s+witness|eyewitness"
            r"|witness\s+(?:to|of)\s+(?:the|this|a)\s+(?:shooting|stabbing|assault|robbery|crime|attack|homicide|murder|rape|beating|incident))\b"
            # "Mr. Ixcoy is the downstairs neighbor who saw the assault"
            r"|^[ \t]*,?\s+(?:is|was)\s+(?:the|a|an|our|my|her|his)\s+[^.,;!?\n]{1,40}?\bwho\s+(?:also\s+)?"
            rf"(?-i:{perceived})\s+(?!only\b|nothing\b)\w",
        ),
        # one who told the court what they saw: "Imogen testified even though he stared at her"
        # (a witness of a crime only outside a civil hearing: see CIVIL_HEARING)
        (
            "testified",
            r"^[ \t]*,?\s+(?:also\s+|later\s+|bravely\s+)?(?:testified|testifico)\b(?!\s+(?:about|to)\s+(?:her|his|my)\s+own\b)",
        ),
        # the clause after a semicolon, hers: "La señora se llama Carmen Lugo; ella también vio todo"
        (
            "witness",
            r"^[ \t]*;[ \t]*(?:she|he|ella|el)\s+(?:also\s+|tambien\s+)?(?:(?-i:lo|la|los|las)\s+)?"
            rf"(?-i:{perceived})\s+(?!only\b)\w",
        ),
        # a request to interview: "speak with Farid Sadat (DOB 2008-02-11) about what he saw"
        (
            "witness",
            r"^[ \t]*(?:\([^)\n]{0,40}\)[ \t]*)?,?\s+(?:about|regarding|on)\s+what\s+(?:he|she|they)\s+"
            r"(?:saw|heard|witnessed|observed)\b",
        ),
        # "the listed visitor, Carla Wenninger, is the protected party in the criminal protective order"
        (
            "victim",
            r"^[ \t]*(?:\([^)\n]{0,40}\)[ \t]*)?,?\s+(?:is|was)\s+(?:the|a)\s+(?:protected\s+(?:party|person)|named\s+victim)\b",
        ),
        # a case-review line: "L.V. / offender Dwayne Hollis"
        (
            "victim",
            r"^[ \t]*(?:\([^)\n]{0,40}\)[ \t]*)?(?:/|—|–|-{1,2})[ \t]*(?:offender|suspect|respondent|accused|defendant|perpetrator|abuser|agresor)\b",
        ),
        ("suspect", rf"^[ \t]*[,(][ \t]*(?:the[ \t]+)?{cues.suspect_words}{number}[ \t]*[,)]"),
        # the one arrested: "identified as Kevin P. DOUGHERTY, DOB 12/02/1983, arrested for Sexual Assault 4th"
        # (a victim of a fight that followed is still the one arrested)
        (
            "suspect",
            rf"^{aside}[ \t]*,?\s+(?:was\s+|and\s+(?:was\s+)?)?(?:arrested|charged)\s+(?:for|with)\b",
        ),
        (
            "statement",
            # "Kiara M. Batista, 19 Chatham St, 2nd fl, who gave a sworn statement"
            rf"^{aside}[ \t]*,?\s+(?:who\s+|quien\s+|que\s+)?(?:(?:came|went|returned|stopped)(?:\s+(?:in|back|by))?(?:\s+(?:to|at)\s+[^,.\n]{{1,40}}?)?\s+and\s+|(?:called|phoned)\s+[^,.\n]{{1,50}}?\s+and\s+|(?:was|were)\s+(?:contacted|interviewed|reached|located|visited)\s+by\s+(?:[A-Z][\w.]*\s+){{1,3}}?and\s+)?(?:also\s+|already\s+|tambien\s+|ya\s+)?(?:(?-i:le|les|nos|me)\s+)?{statement_verbs}\s+(?:(?:{HONORIFIC}|Det\.?|Ofc\.?|Officer|Detective|me|us|police|officers|[A-Z][a-z]+)\s+){{0,3}}?(?:a\s+|an\s+|una\s+|her\s+|his\s+|their\s+|su\s+)?(?:(?:sworn|written|signed|recorded|brief|video|audio(?:-recorded)?|taped|escrita|jurada)[\s,]+)*(?:statement|stmt|declaracion)",
        ),
        # a case log's line: "Bartender Marco DeLuca interviewed.", "Warsame written stmt taken (Valle)."
        # (not the arrestee's: "Ryan Kovac interviewed post-Miranda")
        (
            "interviewed",
            r"^[ \t]*(?:\([^)\n]{0,60}\)[ \t]*)?[ \t]+(?:was[ \t]+)?(?:(?:re-?)?interviewed\b(?![ \t]+(?:by[ \t]+)?(?:phone[ \t]+)?"
            r"(?:re|about|regarding)\b)(?![^.\n]{0,20}\b(?:Miranda|Mirandized|in[ \t]+custody|admitted|denied)\b)"
            r"|(?:written|sworn|recorded|signed)[ \t]+(?:stmt|statement)[ \t]+(?:taken|obtained|received)\b)",
        ),
        # "Denise Albright, 203-555-0137; she gave a written statement on 12/22"
        (
            "statement",
            rf"^,[^;.!?\n]{{0,80}};\s*(?:she|he|they)\s+(?:also\s+)?{statement_verbs}\s+(?:a\s+|an\s+|her\s+|his\s+|their\s+)?"
            r"(?:sworn\s+|written\s+|signed\s+|recorded\s+)*statement",
        ),
        (
            "witness",
            # ("A jogger, Priya Natarajan, stopped and told me she saw the whole thing")
            rf"^{aside}[ \t]*,?\s+(?:\w+\s+(?:and\s+)?)?{said}"  # (a line break after "me": "me\n dijo")
            rf"(?![\w]){same_sentence}{{0,140}}?{perceived}",
        ),
        # "... with Tomas Echeverry, a dishwasher. He told me he saw ...": the next sentence's
        # subject pronoun is the person just named, when no one else is named between; one short
        # sentence may come first ("Daniela. She's fifteen. She was in the hallway, she saw it.",
        # "Wilson late 2 days in a row. Talked w/ him privately. He told me ... he saw a man")
        (
            "witness_next",
            rf"^(?P<rest>(?:[^.!?\n]|\n(?!\s*\n)){{0,120}}?(?:[.!?][ \t\n]+[^.!?\n]{{3,50}})?)[.!?][ \t\n]+"
            rf"(?:(?:He|She|Ella|El)\s+(?:[^.!?\n]{{0,50}}?,\s*(?:he|she)\s+)?(?:also\s+|tambien\s+)?(?:(?-i:me|lo|la|le|nos|los|las)\s+)?(?:{said}"
            rf"(?![\w]){same_sentence}{{0,140}}?{perceived}|(?:saw|witnessed|watched)\s+(?:the\s+same|it|everything|what|the\s+(?:whole|entire|assault|attack|shooting|fight|incident))"
            r"|(?:vio|presencio|escucho|oyo)\s+(?:todo|lo\s+que|como|cuando|la\s+pelea))"
            # a log's sentence without its subject: "States she heard glass break", "Saw whole thing"
            rf"|(?-i:States|Stated|Says|Said|Reports|Reported|Advises|Advised)\s+(?:that\s+)?(?:she|he)\s+(?:also\s+)?{perceived}"
            # or quoting their own words: 'States in English: "I heard him screaming at mom ..."'
            rf"|(?-i:States|Stated|Says|Said)(?:\s+in\s+(?-i:[A-Z][a-z]+))?\s*:\s*[\"“]I\s+(?:also\s+)?{perceived}"
            r"|(?-i:Saw|Heard|Witnessed|Observed)\s+(?!(?i:nothing|anything|no\s+one|only)\b)\w)",
        ),
        (
            "witness",
            # "Natasha Greenidge, victim's cousin, who witnessed the assault"
            r"^[ \t]*(?:\([^)\n]{0,40}\))?[ \t]*(?:,[^,.!?\n]{1,30})?,?\s+who\s+(?:also\s+)?(?:had\s+)?"
            r"(?:witnessed|saw|observed|heard|filmed|recorded|videotaped)\b",
        ),
        # the caller who perceived it: "Mr. Pettaway, had called 911 because he heard her screaming",
        # "Dora Quiles called police after seeing the fight", "la Sra. Ávila llamó al 911 porque oyó gritos"
        (
            "witness",
            rf"^{aside}[ \t]*,?\s+(?:who\s+|quien\s+|que\s+)?(?:had\s+|also\s+)?"
            r"(?:called|phoned|dialed|llamo\s+a(?:l|\s+la)?)\s+(?:911|9-1-1|police|the\s+police|us|dispatch|policia)\b"
            r"[^.!?\n]{0,40}?\b(?:(?:because|after|when|as|porque|cuando)\s+(?:(?:he|she|they|lo|la|los|las)\s+)?(?:had\s+)?"
            rf"(?-i:{perceived})|after\s+(?:hearing|seeing|witnessing|watching)|despues\s+de\s+(?:oir|escuchar|ver))\b",
        ),
        # the person's own perception, right after the name and an aside: "Walter Beaudry (27 Collis
        # St, Apt 4F), heard the threat", "My neighbor, Mrs. Patrice Odom, heard me screaming"
        (
            "witness",
            # (an address of two parts between: "Gustavo Ferreira-Lima, 19 Kensington St, Apt 1R, heard")
            # (the aside may open the next line: "Priya Raman\n(she's 16), also saw")
            # (or where they live, without a comma first: "la señora Ofelia Grajales del 1er piso, oyó")
            r"^[ \t]*(?:\n?[ \t]*\([^)\n]{0,60}\)[ \t]*)?(?:(?:,[^,.!?\n]{1,30}){1,2},|,[ \t]+(?:who|que|quien)[ \t][^,.!?\n]{1,50},"
            r"|[ \t]+(?:del|de\s+la|from\s+the|on\s+the)\s[^,.!?\n]{1,25},"
            # (or who they are, after a dash or a list item's colon: "Chidi Okafor -- the respondent's
            # younger brother, who ...", "- Don Aurelio Santos (A. Santos): compañero de trabajo, también vio")
            r"|[ \t]+(?:--|—|–)[ \t]+[^,.!?\n]{1,50},|[ \t]*:[ \t]*[^,.!?\n:]{1,40},)?"
            # where they were, first: "Lourdes Pagán estaba en el porche el 29/07, vio cuando ...",
            # "Xiomara estaba sacando la basura y vio a dos muchachos", "who was staying at the house
            # on 01/29 and saw"
            r"(?:,?\s+(?:(?:who|que|quien)\s+)?(?:was|estaba|se\s+encontraba)\s[^,.!?]{1,60}(?:,|\s(?:and|y)(?=\s)))?"
            r"[ \t]*,?\s+(?:also\s+|then\s+|later\s+|tambien\s+)?"
            # (a Spanish object pronoun first: "Brayan lo vio todo"; and the subject again after where
            # she was: "Yarelis estaba en la cocina y ella lo vio")
            # (or after a comma: "Miss Dottie, from next door, she saw it too")
            r"(?:(?<=\by\s)(?-i:ella|el)\s+|(?<=\band\s)(?-i:she|he)\s+|(?<=,\s)(?-i:ella|el|she|he)\s+)?"
            r"(?:(?-i:lo|la|los|las|le|les|me|nos)\s+)?"
            # (the writer quoting the words: 'Shay "saw everything too"')
            rf"[\"“]?(?-i:{perceived})\s+(?!only\b)(?:\w)",  # in lower case: not a CAD line's "CALLR HEARS"
        ),
        # the first of two named together who saw it: "Mis hijos Yadiel y Nahomy vieron todo"
        (
            "witness",
            rf"^[ \t]+(?:y|e|and)[ \t]+{NAME_SEQ}[ \t]+(?:(?:also|tambien)\s+)?(?:(?-i:lo|la|los|las)\s+)?(?-i:{perceived})\s+(?!only\b)\w",
        ),
        ("witness", rf"^{aside}[ \t]*,?\s+(?:later\s+|also\s+)?{picked}"),
        (
            "witness_next",
            rf"^(?P<rest>(?:[^.!?\n]|\n(?!\s*\n)){{0,160}}?)[.!?][ \t\n]+(?:He|She)\s+(?:later\s+|also\s+)?{picked}",
        ),
        # the next sentence's unspoken subject (Spanish drops it): "Se registró como Florinda Achá
        # Mercado, pero dijo que todos le dicen "Mimí". Contó que su esposo le pegó el domingo"
        (
            "harmed",
            r"^[^.!?\n]{0,100}[.!?][\"”]?[ \t\n]+(?:Conto|Dijo|Relato|Explico|Refirio|Cuenta|Dice|Relata)\s+que\s+su\s+"
            r"(?:ex-?)?(?:esposo|esposa|pareja|novio|novia|marido|companero|expareja|exesposo|exnovio)\s+"
            r"(?:la|le|lo)\s+(?:pego|golpeo|empujo|ahorco|agredio|violo|ataco|maltrato|lastimo)\b",
        ),
        # the child who told: "Kaylee disclosed to her mother, Danielle Whitman, on Saturday"
        (
            "harmed",
            r"^[ \t]*(?:\([^)\n]{0,60}\)[ \t]*)?,?\s+(?:first\s+|later\s+|also\s+|then\s+)?disclosed\s+"
            r"(?:to\s+(?:her|his|a|the|their)\b|(?:the\s+|that\s+)?(?:abuse|assault|rape|touching)\b)",
        ),
        # what a request is about: "a forensic interview for a 9-year-old, Kaylee Rojas-Whitman (DOB
        # 03/02/2015), on an allegation of sexual abuse by her mother's live-in boyfriend"
        (
            "harmed",
            rf"^{aside}[ \t]*,?\s+(?:on|regarding|re|about|concerning)\s+(?:an?\s+|the\s+)?(?:allegations?|reports?|disclosure)\s+of\s+"
            r"(?:(?:child\s+)?sexual\s+(?:abuse|assault)|rape|molestation|domestic\s+violence|family\s+violence|abuse)\b",
        ),
        # "Ms. Sokolowska was assaulted on 02/24": harm done to the person just named
        (
            "harmed",
            # (an aside closed by a comma first: "W1's roommate, K.A., had been sexually assaulted")
            r"^[ \t]*,[ \t]+(?:was|had\s+been|has\s+been)\s+(?:sexually\s+(?:assaulted|abused)|raped|molested)\b"
            r"|^[ \t]+(?:was|had\s+been|has\s+been|were)\s+(?:physically\s+|sexually\s+|repeatedly\s+)?"
            r"(?:assaulted|attacked|beaten|strangled|choked|raped|abused|battered|punched|kicked|slapped|hit|stalked)\b",
        ),
        # "Our resident Agnieszka Sokolowska ... submitted the HUD-5382 self-certification": the
        # housing form by which a tenant certifies being a victim of domestic or sexual violence
        (
            "victim",
            r"^(?:[^.!?\n]|\n(?!\s*\n)){0,120}?\b(?:submitted|filed|completed|signed|provided|turned\s+in)\s+"
            r"(?:a\s+|the\s+|her\s+|his\s+)?(?:form\s+)?(?:HUD-?5382|VAWA\s+(?:self-)?certification"
            # "has provided documentation under the Violence Against Women Act"
            r"|documentation\s+(?:under|pursuant\s+to)\s+(?:the\s+)?(?:VAWA|Violence\s+Against\s+Women\s+Act))",
        ),
        # "Jacqueline Moreau, a public housing tenant ..., submitted an emergency transfer request under VAWA"
        (
            "victim",
            r"^(?:[^.!?\n]|\n(?!\s*\n)){0,120}?\b(?:submitted|filed|requested|made)\s+(?:a\s+|an\s+|the\s+|her\s+|his\s+)?"
            r"(?:(?:VAWA\s+)?(?:emergency\s+)?transfer\s+request\s+(?:under|per|pursuant\s+to)\s+(?:the\s+)?VAWA|VAWA\s+(?:emergency\s+)?transfer)",
        ),
        (
            "victim_harm",
            # (an age or an aside first: "Ernestine Thornton (71), reported that ...")
            # (or a child's details: "A.M. (F, 15, grade 10, student ID 1047733), had disclosed ...")
            # (or in the next sentence, by pronoun: "her name is Marisa Dunleavy. She told me herself ...
            # that Curtis raped her")
            rf"^(?:[ \t]*(?:\([^)\n]{{0,60}}\))?[ \t]*,?|(?P<next>(?:[^.!?\n]|\n(?![ \t]*\n)){{0,100}}?\.[ \t]+(?-i:She|He)))\s+(?:\w+[ \t]+)?(?:disclosed|{said})\s+(?:that\s+)?(?:(?!\b(?:saw|seen|heard|watched|observed|witnessed)\b)(?:[^.!?]|(?<=\b(?:approx|DOB|Apt|St|Ave))\.)){{0,220}}?"
            rf"\b(?:{HARM_VERB}|(?:physically|sexually|verbally|emotionally)\s+abusive\s+(?:to|toward|towards|with)"
            # "said her ex-husband threatened to kill her"
            r"|threatened\s+to\s+(?:kill|hurt|shoot|stab|beat|harm|strangle|choke|burn|rape))"
            r"\s+(?P<pronoun>her|him)\b",
        ),
        (
            "victim_harm",
            # what the teller's own partner did: "Ms. Santos Rivera told Det. Franco that her
            # ex-boyfriend, Jonathan Vélez, threatened on 10/24 to burn the house down"
            # (or in a later sentence, by pronoun: "Ms. Okafor has been a tenant since 2016 and lives
            # at ... She reports that her former partner ... assaulted her")
            rf"^(?:[ \t]*(?:\([^)\n]{{0,60}}\))?[ \t]*,?|(?P<next>(?:[^.!?\n]|\n(?![ \t]*\n)){{0,200}}?\.[ \t]+(?-i:She|He)))\s+(?:\w+[ \t]+)?(?:{said}|told|tells)\s+(?:(?:{OFFICER_TITLE}|{HONORIFIC})\.?[ \t]+)?"
            rf"(?:[A-Z][\w'-]+[ \t]+)?(?:that\s+)?(?P<pronoun>her|his)\s+{INTIMATE_PARTNER}[^.!?]{{0,80}}?"
            r"\b(?:threatened|stalked|stalks|threatens|strangled|choked|assaulted|attacked|beat|raped)\b",
        ),
        (
            "victim_harm",
            # "Édgar me contó que hace dos semanas, en las duchas del refugio, un hombre ... lo agredió
            # sexualmente": what was done to the one who told it
            r"^[ \t]*(?:\([^)\n]{0,60}\))?[ \t]*,?\s+(?:me\s+|nos\s+|le\s+)?(?:conto|cuenta|dijo|dice|relato|relata|explico|explica|refirio|refiere|declaro|declara|indico|indica|informo|informa|manifesto|manifiesta|denuncio|denuncia|afirmo|afirma|reporto|reporta)\s+"
            # (how: "Lorena me contó llorando que ...", "nos dijo claramente que ...")
            r"(?:(?:\w+ndo|\w+mente)\s+)?que\s+"
            r"(?:[^.!?]|(?<=\b(?:aprox|Apt|St|Ave|Sr|Sra))\.){0,220}?"
            r"\b(?P<pronoun>la|lo)\s+(?:agredio|violo|golpeo|ataco|abuso|forzo|ahorco|estrangulo|empujo|pateo|apunalo|toco)\b",
        ),
        (
            "witness",
            r"^[ \t]*,?[ \t]+(?:tambien[ \t]+|ya[ \t]+)?(?:escucho|vio|presencio|observo|oyo)(?![\w])",
        ),
        # "el señor Wilmer Choque, que escuchó la agresión", "la señora Carmen Lugo, subió porque escuchó los gritos"
        (
            "witness",
            r"^[ \t]*,?[ \t]+(?:que|quien)[ \t]+(?:tambien[ \t]+)?(?:lo[ \t]+|la[ \t]+)?(?:escucho|vio|presencio|observo|oyo)(?![\w])"
            # "Su hija, Ximena, quien declaró como testigo en el juicio"
            r"|^[ \t]*,?[ \t]+(?:que|quien)[ \t]+(?:declaro|testifico|comparecio|fue|es)[ \t]+(?:como[ \t]+)?testigo\b"
            r"|^[ \t]*,[^.!?\n]{0,40}?\b(?:porque|cuando)[ \t]+(?:escucho|vio|oyo|presencio)(?![\w])",
        ),
        (
            "witness",
            # the first one told: "caminó a casa de su hermana mayor, Carolina Ríos, en 410 Ferry St,
            # y le contó todo"
            r"^[ \t]*,(?:[^.!?\n]|\n(?![ \t]*\n)){0,60}?,?\s+y\s+le\s+(?:conto|dijo|explico)\s+(?:todo|lo\s+que\s+(?:paso|habia\s+pasado))\b"
            r"|"
            # "su hermana, Rocío Ventura, quien estaba en la cocina ... y vio la agresión"
            r"^[ \t]*,?\s+(?:quien\s+|que\s+)?(?:estaba|estuvo|se\s+encontraba)[^.!?]{0,80}?\by\s+(?:tambien\s+)?(?:lo\s+|la\s+)?(?:vio|escucho|oyo|presencio)(?![\w])",
        ),
        # the one willing is the sentence's subject, perhaps after an aside: "her friend Daniela
        # Ferreira, who ... heard her yelling at Kowal to stop, is willing to give a statement"
        # (not Kowal), "Smith advised he would provide a written statement"
        (
            "statement",
            r"^[ \t]*(?:\([^)\n]{0,60}\))?(?:[ \t]*,[^.!?]{0,140}?,)?\s*"
            r"(?:[^.!?]{0,100}?\b(?:said|stated|advised|indicated|told\s+\w+|says|states)\s+(?:that\s+)?(?:she|he|they)\s+)?"
            r"(?:(?:is|was|are)?\s*(?:willing|agreed|wants|offered)\s+to|will|would|can|could)\s+"
            r"(?:(?:give|provide|make|sign)\s+(?:a\s+)?(?:(?:sworn|written|recorded|signed|formal)\s+)*statement|testify)",
        ),
        (
            "witness",
            # "Caleb, 16, saw the assault", "Her sister, Rana Haddad, saw the ...", "Keisha (22) heard shots"
            r"^(?:[ \t]*\([^)\n]{0,30}\)|[ \t]*,[ \t]*(?:age[ \t]+)?\d{1,2}[ \t]*(?=,))?[ \t]*,?(?:[ \t]+|[ \t]*\n[ \t]*(?-i:(?=[a-z])))(?:also[ \t]+|personally[ \t]+)?"
            r"(?:witnessed|observed|heard[ \t]+(?:the|a|an|shots|gunshots|screaming|yelling)|saw[ \t]+(?:the|him|her|them|a|an|two|three|everything|it|what)|"
            # "Una compañera de trabajo, Dayana Ulloa, vio cuando él la jaló del brazo"
            r"(?:vio|oyo|escucho|presencio)[ \t]+(?:cuando|como|que|todo|a|al|la|el|los|las|lo))(?![\w])",
        ),
        (
            "witness",
            # "Keanu Watts was on the porch and watched", "Lakeisha Dunn (22 Dyer St) -- she was at
            # the back door and SAW the argument", "Iris Figueroa, who was present on 03/09 and saw"
            # ("V's sister (Lucía Rojas) was inside the unit and heard the kicking": the name in parentheses)
            r"^\)?(?:[ \t]*\n?[ \t]*\([^)\n]{0,40}\))?(?:[ \t]*,(?:[ \t]+who)?|[ \t\n]*(?:--|—|;)[ \t\n]*(?:she|he))?[ \t\n]+(?:was|were|had\s+been)[ \t]"
            # ("Jordan Okeke, was in the living room ... and told us he heard Ms. Hartwell say "stop"")
            r"(?:[^.!?\n]|\n(?![ \t]*\n)){0,90}?\band[ \t]+(?:also[ \t]+)?(?:told[ \t]+\w+[ \t]+(?:that[ \t]+)?(?:he|she)[ \t]+)?"
            r"(?:saw|witnessed|observed|watched|"
            rf"heard[ \t]+(?:\d|the|a|an|shots|gunshots|screaming|yelling|someone|him|her|them|{HONORIFIC}(?=\s+[A-Z])))(?![\w])",
        ),
        (
            "witness",
            # ("Mrs. Odom,\n she was on her porch, she saw him pull me back")
            r"^(?:[ \t]*\n?[ \t]*\([^)\n]{0,40}\))?[ \t\n]*(?:--|—|;|,)[ \t\n]*(?:she|he)[ \t]+"
            r"(?:was[^.!?\n]{0,40}?,[ \t]*(?:she|he)[ \t]+)?(?:also[ \t]+)?(?:saw|witnessed|observed|watched)"
            r"[ \t]+(?:the|him|her|them|a|an|it|everything|what)(?![\w])",
        ),
        # the person the victim told first: "Lupe is the friend Dani first told, the night of 05/10"
        (
            "witness",
            r"^(?:'s)?\s+(?:is|was)\s+the\s+(?:\w+\s+)?(?:friend|person|one|coworker|co-worker|neighbou?r|"
            r"relative|sister|brother|cousin|roommate|aunt|mother|teacher|counselor)\s+(?:whom\s+|that\s+|who\s+)?"
            r"(?:\w+\s+)?(?:first\s+)?(?:told|disclosed\s+to|confided\s+in|called|texted)\b",
        ),
        # (in Spanish: "Valeria fue la primera persona a quien Jenny le contó lo que pasó")
        (
            "witness",
            r"^\s+(?:es|fue)\s+(?:la|el)\s+(?:primer[ao]\s+)?(?:amig[ao]|persona|companer[ao]|vecin[ao]|prim[ao]|"
            r"herman[ao]|tia|tio|madre|padre|maestr[ao]|consejer[ao])\s+(?:a\s+(?:quien|la\s+que|el\s+que)|que)\s+"
            r"(?:\w+\s+)?(?:le\s+)?(?:conto|dijo|llamo|escribio|confio)\b",
        ),
        # a canvass line: 'Tomás "T.J." Jimenez -- heard 3 shots, looked out window, saw ...'
        (
            "witness",
            r"^[ \t]*(?:--|—|–)[ \t]*(?:also[ \t]+)?(?:saw|witnessed|observed|watched|heard)[ \t]+"
            r"(?:the|him|her|them|a|an|it|everything|what|\d|shots|gunshots|screaming|yelling|arguing)(?![\w])",
        ),
    ]
    return _NarrativeCues(
        candidate=_rx(rf"{NAME_SEQ}|{INITIALS_RX}"),
        before=[(role, _rx(rx, flags)) for role, rx in before],
        after=[(role, _rx(rx, flags)) for role, rx in after],
        officer=_rx(rf"(?<![\w])(?:{cues.officer_titles})[ \t]*$", re.I),  # not the "lt." of "assault."
        # A canvassed person who says they saw nothing, or whom the record says is no witness.
        saw_nothing=_rx(
            r"^(?:(?!\n[ \t]*\n)[\s\S]){0,260}?(?:\bnot\s+(?:a\s+)?witness(?:es)?\b|\b(?:saw|heard|observed)\s+(?:nothing|no\s+one|nobody)\b|"
            # (both at once: "did not see or hear\n anything")
            r"(?:\bdid\s+not|\bdidn't|\bnever)\s+(?:see|hear|witness)(?:\s+or\s+(?:see|hear))?\s+"
            r"(?:anything|anyone|the\s+(?:offense|incident|crime|shooting|assault|suspect)))",
            re.I,
        ),
    )


def _common_word_opening_sentence(text: str, start: int, word: str) -> bool:
    """'Because Kevin said ...', 'Enroll Kevin in ...': a sentence's first word that the
    record also writes in lower case is an ordinary word, not part of a name."""
    if word.isupper() or not _rx(r"(?:^|[.!?:]\s+|\n\s*(?:[-*•]\s*)?)$").search(
        text[max(0, start - 6) : start]
    ):
        return False
    return word.lower() in _lowercase_words(text)


@lru_cache(maxsize=8)
def _lowercase_words(text: str) -> frozenset[str]:
    """The words a text writes in lower case (not the parts of an e-mail address or a web
    address), gathered once per text."""
    return frozenset(_rx(r"(?<![\w'@./-])[a-z]{2,}(?![\w'@/-]|\.\w)").findall(text))


def _name_candidates(text: str, rx: re.Pattern) -> list[tuple[int, int, str]]:
    """Capitalised word runs, with leading non-name words (headings, roles) cut off."""
    found = []
    for match in rx.finditer(text):
        start, raw = match.start(), match.group(0)
        street = _street_end(text, start)
        if street and street < match.end():
            # "516 Orchard St. Castonguay stated ...": the address ends, a name starts after it
            after = _rx(r"[.,]?[ \t]+").match(text, street)
            start = after.end() if after else street
            raw = text[start : match.end()]
        street_word = _rx(r"(?-i:[A-Z][\w'-]*)(?=,)").match(text, start)
        if street_word and _rx(r"(?<![\w/-])\d{1,5}[A-Za-z]?[ \t]+$").search(text[max(0, start - 8) : start]):
            # "the neighbor from 236 Edgewood, Tasha Merriweather": a street named without its
            # type, then the name
            cut = _rx(r",[ \t]*").match(text, street_word.end())
            start = cut.end()
            raw = text[start : match.end()] if start < match.end() else ""
        while raw:
            word = raw.split()[0]
            if (
                _is_name_word(word)
                and not (len(raw.split()) > 1 and _common_word_opening_sentence(text, start, word))
            ) or _rx(INITIALS_RX).fullmatch(raw):
                break
            cut = raw.find(word) + len(word)
            rest = raw[cut:]
            start += cut + (len(rest) - len(rest.lstrip()))
            raw = rest.lstrip()
            # "Victim R.T. (Rosalind Trent ...)": the run read "Victim R." as a word and a
            # middle initial; without the lead word it is a set of initials.
            initials = _rx(INITIALS_RX).match(text, start)
            if initials and len(initials.group(0)) > len(raw):
                raw = initials.group(0)
        raw = _trim_name(raw) if not _rx(INITIALS_RX).fullmatch(raw) else raw
        if raw == "Ella" and SPANISH_PRONOUN_ELLA.match(text, start):
            continue  # "Mi mamá. Ella estaba en la cocina y vio ...": the pronoun, not the name Ella
        if raw and not _street_name_at(text, start, start + len(raw)):
            found.append((start, start + len(raw), raw))
    return _join_broken_names(text, found)


# "Ella" opening a Spanish clause, where it is the pronoun: "Ella fue la que llamó al 911."
SPANISH_PRONOUN_ELLA = _rx(
    r"Ella[ \t]+(?:estaba|esta|estuvo|fue|es|era|dijo|dice|vio|oyo|escucho|me|te|le|lo|la|les|los|se|no|ya|"
    r"tambien|tiene|tenia|llamo|sabe|vive|vivia|quiere|queria|va|iba|hizo|puede|podia|trabaja|salio|llego|"
    r"entro|vino|siempre|nunca|solo|misma)\b"
)


def _street_end(text: str, start: int) -> int:
    """Where the address whose street name starts at `start` ends ('516 Orchard St'), or 0."""
    number = _rx(r"\d+[A-Za-z]?[ \t]+$").search(text[max(0, start - 8) : start])
    address = ADDRESS.match(text, start - len(number.group(0))) if number else None
    return address.end() if address else 0


def _street_name_at(text: str, start: int, end: int) -> bool:
    """Whether the words at start..end are the street of an address: '221 Ashgrove Ter'."""
    street = _street_end(text, start)
    return bool(street) and street >= end


def _join_broken_names(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A name the margin broke in mid-sentence: 'her boyfriend, Ernesto\n      Ruiz, was standing'.
    Two runs join when the first is one word ending its line after a comma or a lowercase word,
    and the second opens the next line and is followed by a comma or a lowercase word."""
    joined: list[tuple[int, int, str]] = []
    for start, end, raw in found:
        if joined:
            p_start, p_end, p_raw = joined[-1]
            p_end -= len(p_raw) - len(p_raw.rstrip())  # the model's run may take the line break
            p_raw = p_raw.rstrip()
            line_before = text[text.rfind("\n", 0, p_start) + 1 : p_start]
            with_initial = _rx(r"[A-Z][a-z]+[ \t][A-Z]\.").fullmatch(p_raw)  # "Tamika R.\nBooker"
            with_nick = _rx(r"[A-Z][a-z]+[ \t][\"“][A-Z][a-z]+[\"”]").fullmatch(
                p_raw
            )  # 'Gregory "Greg"\nThibodeaux'
            if (
                (len(p_raw.split()) == 1 or with_initial or with_nick)
                and len(raw.split()) <= 2
                and _rx(r"[ \t]*\n[ \t]*").fullmatch(text[p_end:start])
                # (or after a role code: "The neighbor referred to above is V Courtney\nAlbright (DOB")
                and _rx(r"(?:,|[a-z]|(?<![\w])(?-i:V|W|S|RP|[VWS]\d))[ \t]+$").search(line_before)
                # (after a middle initial the surname may end the sentence: "Gloria A.\nPetteway. Mrs.")
                and _rx(r"^(?:,|[ \t]+[a-z]|[ \t]*\(" + (r"|\.[ \t\n])" if with_initial else ")")).match(
                    text[end : end + 3]
                )
                and _is_name_word(raw.split()[0])
            ):
                joined[-1] = (p_start, end, f"{p_raw} {raw}")
                continue
        joined.append((start, end, raw))
    return joined


# The person a victim first told: "She told Oyelaran what had happened", "the victim told her
# friend Ana about the assault".
OUTCRY_BEFORE = _rx(
    # ("... drove to her girlfriend's apartment and told her girlfriend, Jordan Akers, what happened")
    # (or one known by initials, and who the told one is in a few words: "D.A. first told her
    # friend and classmate Jaylen Booker the morning after")
    r"(?:\b(?:she|he|the[ \t]+victim|victim|and)|(?<![\w.])(?-i:[A-Z]\.(?:[ \t]?[A-Z]\.){1,2}))[ \t]+(?:later[ \t]+|then[ \t]+|first[ \t]+)?(?P<verb>told|called|texted)[ \t]+(?:her[ \t]+|his[ \t]+)?(?:\w+,?[ \t]+|(?:\w+[ \t]+)?and[ \t]+\w+[ \t]+)?$",
    re.I,
)
OUTCRY_AFTER = _rx(
    r"^[ \t,]+(?:what\s+(?:had\s+)?happened|that\s+(?:she|he)\s+(?:had\s+been|was)\s+(?:raped|assaulted|attacked|forced)|"
    r"about\s+the\s+(?:assault|rape|attack))",
    re.I,
)
# When she told them, for a telling ("first told her friend ... Jaylen Booker the morning after"; not
# "She called the DCF Careline the next morning").
OUTCRY_WHEN_AFTER = _rx(
    r"^[ \t,]+(?:the\s+(?:morning|day|night)\s+after|the\s+next\s+(?:morning|day)|that\s+(?:same\s+)?(?:night|evening))\b",
    re.I,
)
# The one a victim told first: "Kayla Brennan, was the first person Priya told".
FIRST_TOLD_AFTER = _rx(
    r"^[ \t]*,?[ \t]+(?:was|is)[ \t]+the[ \t]+first[ \t]+(?:person|one|adult)[ \t]+(?:(?-i:[A-Z][\w'-]+)|she|he|the[ \t]+victim)[ \t]+"
    r"(?:told|disclosed[ \t]+to|confided[ \t]+in|called)\b",
    re.I,
)
# The one she went to, named, then told: "woke her roommate, Mei Lin Zhou, and told her what had happened".
OUTCRY_TOLD_AFTER = _rx(
    r"^[ \t]*,[ \t]+and[ \t]+(?:then[ \t]+)?told[ \t]+(?:her|him|them)[ \t]+(?:what\s+(?:had\s+)?happened|"
    r"(?:that\s+(?:she|he)\s+(?:had\s+been|was)\s+)?(?:raped|assaulted|attacked)|about\s+the\s+(?:assault|rape|attack))",
    re.I,
)
# Words that make the one capitalised word after them a person's name.
# A relative or someone close, in English or Spanish: the word before a first name given alone.
KIN_WORDS = (
    r"(?:son|daughter|mother|father|sister|brother|aunt|uncle|cousin|niece|nephew|friend|neighbou?r|"
    r"roommate|coworker|co-worker|grandson|granddaughter|grandmother|grandfather|boyfriend|girlfriend|"
    r"husband|wife|partner|mom|dad|hijo|hija|madre|padre|mama|papa|hermana|hermano|prima|primo|vecina|vecino|"
    r"amiga|amigo|sobrino|sobrina|esposo|esposa|tio|tia|abuelo|abuela|nieto|nieta|novio|novia|cunado|cunada|"
    r"companera|companero|"
    # (the diminutives a family uses: "su hermanita Mía", "mi primito Kevin")
    r"hermanita|hermanito|hijita|hijito|primita|primito|abuelita|abuelito|sobrinita|sobrinito|nietecita|nietecito)"
)
# A relative's age after the kin word: "her son, age 7, Joshua", "su hijo de 7 años, Josué".
KIN_AGE = r"(?:[ \t]+de[ \t]+\d{1,2}[ \t]+a[nñ]os|,?[ \t]+(?:age[ \t]+)?\d{1,2}(?:[ \t]+years?[ \t]+old)?)"
# Her own relative or friend, before that one's name: "woke her roommate, ".
OUTCRY_KIN_BEFORE = _rx(rf"\b(?:her|his|their)[ \t]+(?:\w+[ \t]+)?{KIN_WORDS}[ \t]*,[ \t]*$", re.I)
SINGLE_NAME_LEAD = _rx(
    # (a line may break after the article or the relation: "La hija\nmayor, Yuliana")
    rf"(?:{HONORIFIC}|(?:her|his|their|my|the|\w+'s|mi|su|la|el)(?:[ \t]+|[ \t]*\n[ \t]*)(?:\d+-year-old[ \t]+)?"
    r"(?:(?:older|oldest|younger|youngest|eldest|little|big|baby|teenage|adult|best)[ \t]+)?"
    rf"(?:{KIN_WORDS}|mujer|pareja)"  # "su mujer, Yesenia": his wife
    r"(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?:mayor|menor|mas[ \t]+grande|mas[ \t]+chic[oa]|chiquit[oa]|pequen[oa]))?"  # "mi hija mayor, Daniela"
    # whose: "La hija mayor de la clienta, Ixchel", "the daughter of the victim, Ana"
    r"(?:[ \t]+(?:de(?:l)?|of)(?:[ \t]+(?:la|el|the|her|his|mi|su|my))?[ \t]+\w+)?"
    rf"{KIN_AGE}?)"
    r"(?:[ \t,]+|[.:][ \t]+)$",  # "my daughter, Daniela", "My daughter. Daniela."
    re.I,
)


# Spanish: the one of hers she told it all to, named after: "le contó todo a su pareja, Lorena
# Aguilar Ríos", "le dijo lo que pasó a su hermana, Yajaira".
OUTCRY_TOLD_KIN_ES = _rx(
    r"\b(?:le\s+|me\s+)?(?:conto|conte|dijo|dije|confeso|revelo)\s+(?:todo\s+|lo\s+que\s+(?:le\s+)?(?:habia\s+)?(?:paso|pasado|ocurrio|sucedio)\s+)"
    rf"a\s+(?:su|mi)\s+(?:\w+\s+)?(?:{KIN_WORDS}|pareja)\s*,\s*$",
    re.I,
)


def _spell_out_initials(text: str, people: People) -> None:
    """'Witness M. Colon' and, elsewhere, 'Mildred Colon': one person, known by the fuller name.
    A person first met by initial takes the one given name the record writes before their
    surname with that initial; someone already known by that full name absorbs them."""
    for person in list(people.people):
        if len(person.tokens) != 2 or not _rx(r"[A-Z]\.").fullmatch(person.tokens[0]):
            continue
        letter, surname = person.tokens[0][0], person.tokens[1]
        given = {
            _normalise_word(m.group("given"))
            for m in _rx(
                rf"(?<![\w])(?P<given>{letter}[a-z]{{2,}}|{letter}[A-Z]{{2,}})[ \t]+{re.escape(surname)}(?![\w])",
                re.I,
            ).finditer(text)
            if m.group("given")[1:].islower() or m.group("given").isupper()
        }
        given = {g for g in given if _is_name_word(g)}
        if len(given) != 1:
            continue
        full = [given.pop(), surname]
        known = next((p for p in people.people if p is not person and p.matches(full)), None)
        if known is None:
            person.tokens = full
            continue
        _absorb(known, person)
        people.people.remove(person)


# A first initial right before a surname: "Witness M. Colon", "Sister T. Freeman".
INITIAL_BEFORE = _rx(r"(?<![\w.])(?P<i>(?-i:[A-Z]))\.[ \t]?[\"'“]?$")


# A timestamped turn of a call transcript, its speaker's label right before a name: the name is
# what the caller says ("And his name?" ... "[23:15:26] CALLER: Julio César Almonte."), not a
# caller named.
TRANSCRIPT_TURN = _rx(r"(?:^|\n)[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+(?-i:CALLER|RP|C\d?)[ \t]*:[ \t]*$")


# Someone the record knows only by a quoted name: 'a female friend he knows as "Shay."'.
QUOTED_KNOWN_AS = _rx(
    r"\b(?:knows?|known)\s+(?:only\s+)?as\s+[\"“](?P<name>(?-i:[A-Z][a-z]{2,}))[,.]?[\"”]"
    # a relative given only by a quoted name: 'W/ COUSIN ("YUNIOR") BOTH WITNESSED'
    rf"|\b{KIN_WORDS}[ \t]*\([ \t]*[\"“](?P<kin_name>(?-i:[A-Z][A-Za-z]{{2,}}))[\"”][ \t]*\)",
    re.I,
)


# A log in capitals introducing someone by full name: "FEMALE IDENT AS HALEY J. DUNWOODY, DOB ...",
# "JOGGER OSVALDO PREZIOSI APPROACHED R-12 AT JCT."
CAPS_INTRODUCED = _rx(
    r"(?-i:\b(?:IDENT(?:IFIED)?|ID'?D|IDENTIFIES)[ \t]+(?:(?:HERSELF|HIMSELF|SELF)[ \t]+)?AS[ \t]+"
    r"(?P<name>[A-Z][A-Z'-]+(?:[ \t][A-Z]\.?)?(?:[ \t](?!DOB\b|AGE\b|AND\b)[A-Z][A-Z'-]+){1,2})(?=[ \t]*(?:,|\(|DOB\b|AGE\b|AND\b|\d|$))"
    r"|\b(?:JOGGER|WITNESS|CALLER|NEIGHBOU?R|CUSTOMER|CLERK|PASSERBY|BYSTANDER|RESIDENT|EMPLOYEE|MANAGER|TENANT|"
    r"DRIVER|PASSENGER|PATRON|VISITOR|GUEST)[ \t]+(?P<named>[A-Z][A-Z'-]+[ \t][A-Z][A-Z'-]+)[ \t]+"
    r"(?=(?:APPROACHED|STATES|STATED|ADVISED|ADVISES|REPORTED|REPORTS|CALLED|GAVE|PROVIDED|STS|ADV)\b)"
    # a patient with a birth date: "SANE EXAM: PT VERITY QUARSHIE, DOB 06/02/2001"
    r"|\b(?:PT|PATIENT)[ \t]+(?P<patient>[A-Z][A-Z'-]+(?:[ \t][A-Z]\.?)?[ \t][A-Z][A-Z'-]+)(?=,?[ \t]*(?:DOB|D\.O\.B)\b))",
    re.M,
)
# What the rest of that log entry says the person told: harm done to them, or what they perceived.
CAPS_ENTRY_HARMED = _rx(
    r"(?-i:\b(?:STATES|STATED|STS|REPORTS|ADVISES|ADV)\b[^\n]*(?:\n[ \t]+[^\n]*){0,3}?\b(?:SEXUALLY[ \t]+ASSAULTED|RAPED|ASSAULTED|"
    r"HIT|PUNCHED|CHOKED|STRANGLED|GRABBED|PUSHED|SHOVED|STABBED|BEAT|KICKED|SLAPPED|ATTACKED)[ \t]+(?:HER|HIM)\b"
    # (or that the man she was with is her partner: "AND STATED THE MALE IS HER BOYFRIEND OF TWO YEARS")
    r"|\b(?:STATES|STATED|STS)[ \t]+(?:THAT[ \t]+)?(?:THE[ \t]+)?(?:MALE|SUSPECT|HE)[ \t]+IS[ \t]+HER[ \t]+(?:EX-?)?(?:BOYFRIEND|HUSBAND|PARTNER|FIANCE))"
)
CAPS_ENTRY_PERCEIVED = _rx(
    r"(?-i:\b(?:STATES|STATED|STS|REPORTS|ADVISES|ADV)[ \t]+(?:HE|SHE)[ \t]+(?:ALSO[ \t]+)?(?:HEARD|SAW|WITNESSED|OBSERVED|WATCHED)\b)"
)
CAPS_ENTRY_STATEMENT = _rx(
    r"(?-i:\b(?:STMT|STATEMENT)[ \t]+TAKEN\b|\bGAVE[ \t]+(?:A[ \t]+)?(?:WRITTEN[ \t]+)?(?:STMT|STATEMENT)\b)"
)
# The next entry of a timed log: "1758  JOGGER ..." at the start of a line.
LOG_ENTRY_START = _rx(r"^[ \t]*\d{3,4}(?::\d{2})?[ \t]", re.M)


def _caps_introduced(text: str, people: People) -> None:
    """A log in capitals names a person in full once ('FEMALE IDENT AS HALEY J. DUNWOODY, DOB
    03/29/2001'): that person is known, so the surname alone later ('R-19 STAYED W/ DUNWOODY',
    'PREZIOSI GAVE WRITTEN STATEMENT') is theirs; what the same entry says they stated gives the role."""
    for match in CAPS_INTRODUCED.finditer(text):
        name = match.group("name") or match.group("named") or match.group("patient")
        tokens = _tokens(name)
        if len(tokens) < 2 or people.ordinary_words(tokens):
            continue
        following = LOG_ENTRY_START.search(text, match.end())
        entry = text[match.end() : following.start() if following else min(len(text), match.end() + 400)]
        role = (
            "harmed"
            if CAPS_ENTRY_HARMED.search(entry)
            else "witness"
            if CAPS_ENTRY_PERCEIVED.search(entry)
            else "statement"
            if CAPS_ENTRY_STATEMENT.search(entry)
            else "subject"
            if match.group("patient")
            else ""
        )
        people.add(tokens, role)


def _quoted_known_as(text: str, people: People) -> None:
    """A person the record knows only by the quoted name it gives ('a female friend he knows as
    "Shay."') is a person of that one name, whose role the sentences about her then tell
    ('Shay "saw everything too"'); 'identified "Shay" as Shaylene' gives her first name."""
    for match in QUOTED_KNOWN_AS.finditer(text):
        name = match.group("name") or _normalise_word(match.group("kin_name"))
        stem = _pet_stem(name)
        if (
            not _is_name_word(name)
            or people.ordinary_words([name])
            or people.find_single(name)
            # a short form of someone's first name: "Jessie" (Jessenia), "Rafi" (Rafael)
            or any(p.first.lower().startswith(stem[:3]) for p in people.people if p.first)
        ):
            continue
        spelled = _rx(rf"[\"“]{name}[\"”]\s+as\s+(?P<given>(?-i:[A-Z][a-z]{{2,}}))\b").search(text)
        if spelled and _is_name_word(spelled.group("given")):
            people.people.append(Person(tokens=[spelled.group("given")], nicknames={name}))
        else:
            people.people.append(Person(tokens=[name]))


def _kin_introduced(text: str, word: str, until: int) -> bool:
    """Whether a given name used alone was introduced earlier by a relation: 'my cousin Darwin,
    who was with me' ... 'Darwin saw him leave'."""
    for mention in _rx(rf"(?<![\w]){re.escape(word)}(?![\w])").finditer(text, 0, until):
        lead = SINGLE_NAME_LEAD.search(text[max(0, mention.start() - 70) : mention.start()])
        if lead and not _rx(r"[.:][ \t]*$").search(lead.group(0)):
            return True  # (not a sentence's first word after one ends: "mi mamá. La tiró al piso")
    return False


# A name inside a when-clause ("when the clerk, Thanh Nguyen, stood ..."), and a pronoun then
# saying who perceived it in the main clause.
WHEN_CLAUSE_BEFORE = _rx(r"\b(?:when|while|as|after|cuando|mientras)\b[^.!?\n,]{0,30},?[ \t]*$", re.I)
PRONOUN_PERCEIVED = _rx(
    r"(?:[^.!?\n]|\n(?![ \t]*\n)){0,80}?,\s+(?:she|he|ella|el)[ \t]+(?:\w+[ \t]+)?(?:saw|heard|watched|vio|oyo)\b",
    re.I,
)
# Where the writer's companion was when it happened: "(me and my coworker Shawna) were walking".
COMPANION_PRESENT = _rx(
    r"^[ \t]+(?:were|was)[ \t]+(?:walking|sitting|standing|driving|leaving|coming|outside|inside|at|in|on|together)\b"
)
# After "took" and a name: "'s statement", "'s sworn statement".
STATEMENT_TAKEN_AFTER = _rx(
    r"(?:'s|’s)[ \t]+(?:(?:written|sworn|signed|recorded|taped|video|formal)[ \t]+)?(?:statement|stmt)\b"
)
# What follows the declarant's name at a statement's opening: "... doy esta declaración libremente".
STATEMENT_OPENING_VERB = _rx(
    r"[ \t]*,?[ \t]*(?:\([^)\n]{0,40}\)[ \t]*,?[ \t]*)?(?:doy|hago|presento|rindo|declaro|juro|manifiesto|certifico)\b",
    re.I,
)
# An interview that gave nothing: "no relevant observations", "did not remember either party".
NOTHING_TO_GIVE = _rx(
    r"\bno\s+(?:relevant|useful|pertinent|new)\s+(?:observations|information|info)\b|\b(?:did\s+not|didn'?t)\s+"
    r"(?:remember|recall|see|hear|witness)\b|\b(?:not|wasn'?t)\s+(?:present|there|working)\b|\bleft\s+(?:the\s+)?\w+\s+(?:at|before)\b",
    re.I,
)


# A dispatcher's "ID" (identified as) before a name in capitals: "V1 ID GREENE, LATASHA M".
DISPATCH_ID = _rx(r"^(?-i:ID|IDENT)(?:[ \t]+(?-i:AS))?[ \t]+(?=(?-i:[A-Z]))")


# A transcript's turn by the one asking: "[19:48:40] OFC: Who hurt you?", "00:41 INT: ...", "DET: And
# your roommate is?".
TIMED_TURN = r"^[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+)?"
INTERLOCUTOR_TURN = _rx(
    rf"{TIMED_TURN}(?-i:OFC|OFFICER|INT|INTERPRETER|DET|SGT|Q|DISPATCH|DISP|DISPATCHER|CALL[- ]?TAKER|TC)\b[^\n:]{{0,24}}:",
    re.M,
)
# The role code a victim's or a witness's own turn opens with: "[19:48:45] V1: Henry. Mi pareja."
ROLE_CODE_SPEAKER = r"(?-i:[VW]\d{0,2}|C|RP|VIC|WIT|CALLER|LLAMANTE)"
CODED_TURN_BEFORE = _rx(rf"{TIMED_TURN}{ROLE_CODE_SPEAKER}[ \t]*:[ \t]*$", re.M)


# A DMV or COLLECT/NCIC print, in its slashed keys: "OWN/LINDGREN, SARAH E   DOB/03/17/1984",
# "ADR/585 ORANGE ST APT 3 NEW HAVEN CT 06511", "OLN/164028811", "LIC/8CKW42".
REGISTRY_OWNER = _rx(
    r"(?<![\w/])(?-i:OWN|NAM|RO)/(?P<name>(?-i:[A-Z][A-Z'-]+(?:[ -][A-Z][A-Z'-]+)?,[ \t]*[A-Z][A-Z'-]+(?:[ \t][A-Z]\b)?))"
)
REGISTRY_BREAK = _rx(r"^[ \t]*(?:-{3,}|={3,}|(?-i:REG|DL|LIC|OLN)[ \t]+QUERY\b)|^[ \t]*$", re.M)
REGISTRY_VALUES = _rx(
    r"(?<![\w/])(?-i:(?P<key>LIC|DOB|OLN|ADR))/(?P<value>[^\n]+?)(?=[ \t]{2,}|[ \t]*$|\.(?-i:[A-Z]{3})/)",
    re.M,
)


def _registry_owners(text: str, people: People) -> None:
    """A registration print's owner is a person the record names: when 'OWN/LINDGREN, SARAH E' is
    the victim, the print's plate, birth date, address and licence number under it are hers
    (a print runs from its query line, or a rule, to the next)."""
    breaks = None
    for owner in REGISTRY_OWNER.finditer(text):
        parsed = parse_name(owner.group("name"))
        person = people.known(parsed[0]) if parsed else None
        if person is None:
            continue
        breaks = breaks if breaks is not None else [m.start() for m in REGISTRY_BREAK.finditer(text)]
        start = max((b for b in breaks if b < owner.start()), default=0)
        end = min((b for b in breaks if b > owner.end()), default=len(text))
        for value in REGISTRY_VALUES.finditer(text, start, end):
            if value.group("key") == "ADR":
                address = ADDRESS.match(value.group("value"))
                if address:
                    person.identifiers.add(address.group(0).strip(" ,"))
            else:
                person.identifiers.add(value.group("value").strip())


# A vehicle form's owner line and the plate and VIN of its block: "PLATE: CT BK-55218    EXP 09/2025",
# "VIN: 5NPD84LF7HH014736", "REGISTERED OWNER: TOLLIVER, SHAKIRA D.".
VEHICLE_OWNER = _rx(
    r"^[ \t]*(?:registered[ \t]+owner|reg\.?[ \t]+owner|(?-i:R/O)(?:[ \t]+name)?)[ \t]*:[ \t]*(?P<name>[^\n]+?)[ \t]*$",
    re.M | re.I,
)
VEHICLE_NUMBERS = _rx(
    r"^[ \t]*(?:(?:plate|tag|reg(?:istration)?)(?:[ \t]*(?:no\.?|#))?[ \t]*:[ \t]*(?:(?-i:[A-Z]{2})[ \t]+)?"
    r"(?P<plate>(?-i:[A-Z0-9]+(?:[ -][A-Z0-9]+)?))(?=[ \t]{2,}|[ \t]*$|[ \t]+\()"
    r"|VIN[ \t]*(?:no\.?|#)?[ \t]*:[ \t]*(?P<vin>(?-i:[A-HJ-NPR-Z0-9]{17})))(?![\w])",
    re.M | re.I,
)


def _vehicle_owners(text: str, people: People) -> None:
    """A tow or vehicle form's registered owner, when the record names her elsewhere, has the
    plate and the VIN of the vehicle block her owner line stands in."""
    for owner in VEHICLE_OWNER.finditer(text):
        parsed = parse_name(owner.group("name"))
        person = people.known(parsed[0]) if parsed and len(parsed[0]) >= 2 else None
        if person is None:
            continue
        start, end = _block_start(text, owner.start()), text.find("\n\n", owner.end())
        for number in VEHICLE_NUMBERS.finditer(text, start, end if end >= 0 else len(text)):
            value = number.group("plate") or number.group("vin")
            if any(ch.isdigit() for ch in value):
                person.identifiers.add(value)


# Leave a worker takes as a victim of family violence (C.G.S. 31-51ss), and the employee a payroll
# or HR item names: "1. FAMILY VIOLENCE LEAVE - C.G.S. 31-51ss" / "Employee: Monique Farrow, Clerk".
FAMILY_VIOLENCE_LEAVE = r"\b(?:family|domestic)\s+violence\s+leave\b"
VIOLENCE_LEAVE = _rx(rf"{FAMILY_VIOLENCE_LEAVE}|\b31-51ss\b|\bsafe[ \t]+leave\b", re.I)
EMPLOYEE_LINE = _rx(
    rf"^[ \t]*(?:employee|empleado|empleada)(?:[ \t]+name)?[ \t]*:[ \t]*(?P<name>{NAME_SEQ})", re.M | re.I
)
NUMBERED_ITEM = _rx(r"^[ \t]*\d{1,2}[.)][ \t]+\S", re.M)


def _violence_leave_employees(text: str, people: People) -> None:
    """The employee of a payroll or HR item about family-violence leave is the one who takes it,
    a victim; the item runs from its number to the next ("2. CHILD SUPPORT ... Gregory Walsh")."""
    if not VIOLENCE_LEAVE.search(text):
        return
    items = [m.start() for m in NUMBERED_ITEM.finditer(text)]
    for line in EMPLOYEE_LINE.finditer(text):
        start = max((i for i in items if i <= line.start()), default=0)
        end = min((i for i in items if i > line.start()), default=len(text))
        parsed = parse_name(line.group("name"))
        if parsed and len(parsed[0]) >= 2 and VIOLENCE_LEAVE.search(text, start, end):
            person = people.add(parsed[0], "victim")
            block = _rx(r"\n[ \t]*\n").search(text, line.end())  # "Emp. ID: ...  Work ext.: 8842"
            if person is not None:
                person.identifiers |= identifiers_in(text[line.end() : block.start() if block else end])


def _narrative_records(text: str, people: People) -> list[tuple[Person, int]]:
    """Roles stated in prose: 'the victim, Maria Gonzalez,', 'I, Ana Ortiz, ...', 'W1 Tran said she saw'."""
    cues = _narrative_cues()
    found: list[tuple[Person, int]] = []
    officers = _officer_surnames(text)
    question_lines = bool(QUESTION_LABEL.search(text))
    transcript = _shows(INTERLOCUTOR_TURN, text)
    soap = _shows(SOAP_NOTE, text)
    civil_hearing = bool(CIVIL_HEARING.search(text[:600])) and not CRIMINAL_MATTER.search(text)
    for start, end, raw in _name_candidates(text, cues.candidate):
        if "\n" in text[start:end] and _rx(r"[A-Z][a-z]+ [A-Z]\. [A-Z][\w'-]+").fullmatch(raw):
            # a name the margin broke after its middle initial ("re-interviewed Gloria A.\nPetteway"),
            # which the model reads as two: the one person a later "Mrs. Petteway" is
            parsed = parse_name(raw)
            if parsed and not any(_known_as(p, parsed[0]) for p in people.people):
                people.add(parsed[0])
        elif (
            len(raw.split()) >= 2
            and DOB_ASIDE.match(text, end)
            # (not the end of a name the margin broke: "identified as Wilmer\nAntonio Batista (DOB")
            and not ((word := NAME_WORD_BEFORE.search(text, 0, start)) and _is_name_word(word.group("word")))
        ):
            # a name with its date of birth is a person's, whatever the model read
            # ("HOH Rosalind Okafor (DOB 07/19/1990) walked into ..."); the later "Ms. Okafor"
            # is hers, not the maintenance man's who shares her surname
            # (a label in capitals before it is no name word: "HOH Rosalind Okafor")
            parsed = parse_name(CAPS_LABEL_BEFORE_NAME.sub("", raw))
            words = {t.lower() for t in parsed[0]} if parsed else set()
            if (
                parsed
                and len(parsed[0]) >= 2
                and "\n" not in raw
                and all(_is_name_word(t) for t in parsed[0])
                # (nor a fuller form of a name the model read: "Wilmer Antonio Batista" for "Antonio Batista")
                and not any({t.lower() for t in p.tokens} <= words for p in people.people)
            ):
                people.add(parsed[0])
        dispatch_id = DISPATCH_ID.match(raw)
        if dispatch_id:  # "V1 ID GREENE, LATASHA M": the name after the dispatcher's "identified as"
            start, raw = start + dispatch_id.end(), raw[dispatch_id.end() :]
        before = text[max(0, start - 70) : start]
        coded_turn = CODED_TURN_BEFORE.search(before) if transcript else None
        if coded_turn:
            # "[19:48:45] V1: Henry. Mi pareja. Henry Tzul.": the code is who speaks, not what the
            # one she names is ("who hurt you?" answered)
            before = before[: coded_turn.start()] + " " * (len(before) - coded_turn.start())
        after_at = end
        comma_name = LAST_FIRST.match(text, start)
        if comma_name and comma_name.end() > end and not _caps_run(comma_name.group(0)):
            after_at = comma_name.end()  # "BAPTISTE, Renee (V)": cues follow the whole name
        suffix = _rx(_SUFFIX).match(
            text, after_at
        )  # "Ilyas Benali Jr. stated he saw": the suffix ends no sentence
        after = text[suffix.end() : after_at + 200] if suffix else text[after_at : after_at + 200]
        after_at = suffix.end() if suffix else after_at
        if cues.officer.search(before[-16:]) and not PRIVATE_STAFF_BEFORE.search(before):
            doctor = _rx(r"(?<![\w])(?:Dr|Dra|Doctor)\.?[ \t]+$").search(before)
            # "The protected party and victim in this matter is Dr. Marguerite ...": a doctor
            # the record names in a victim's or witness's role is no staff member
            named_as = (
                {
                    role
                    for role, rx in cues.before
                    if role in ("victim", "witness") and rx.search(before[: doctor.start()])
                }
                if doctor
                else set()
            )
            if not named_as:
                continue
            if "victim" not in named_as and CLINICIAN_IN_ROLE.match(
                text, start - len(before) + doctor.start()
            ):
                continue  # "Witness:  Dr. Anjali Mehta, YNHH ED (treating physician)": in her role
            before = before[: doctor.start()]
        # a lone capital after a word in capitals is a preposition or an article, no role code:
        # "LLAMÉ A YESENIA QUIÑONES AL 203-...", "ENTREGADA A MARISOL" (after a lower-case word it
        # is the code: "The neighbor referred to above is V Courtney Albright")
        prose_letter = _rx(r"(?<=(?-i:[A-Z]{2})[ \t])(?-i:[AVSW])[ \t]+$").search(before)
        if not prose_letter and SPANISH_A_AFTER.match(after):
            # "4. A Jefferson se le ofreció hablar con la trabajadora social", "A Sandra, mi compañera":
            # the Spanish preposition, no arrestee's code
            prose_letter = _rx(r"(?<![\w])(?-i:A)[ \t]+$").search(before)
        if prose_letter:
            before = before[: prose_letter.start()] + "_" + before[prose_letter.start() + 1 :]
        roles = [role for role, rx in cues.before if rx.search(before)]
        if TRANSCRIPT_TURN.search(before) or (
            soap and _rx(r"(?:^|\n)[ \t]*[SA][ \t]*:[ \t]*$").search(before)
        ):
            # "[23:15:26] CALLER: Julio César Almonte.": who speaks, not what the name is; a
            # clinical note's "S: Brianna came in": its subjective section, not a suspect's code
            roles = []
        if "victim_initials" in roles:
            roles.remove("victim_initials")
            if _rx(INITIALS_RX).fullmatch(raw):
                roles.append("victim")
        harm_window = text[after_at : after_at + 360]  # a harm told in a later sentence may end past `after`
        for role, rx in cues.after:
            match = rx.search(harm_window if role == "victim_harm" else after)
            if match and role == "testified":
                # "Ms. Gibbs testified she has lived in the unit 11 years": testimony to a board or a
                # commission, with no crime in the record, is no crime witness's
                if civil_hearing:
                    continue
                role = "witness"
            if match and role == "victim_harm":
                following = match.groupdict().get("next")  # told in the next sentence, by pronoun
                if following:
                    gap, pronoun = following.rsplit(".", 1)
                    said_by = "she" if "she" in pronoun.lower() else "he"
                    own_sentence = SUBJECT_GOES_ON.match(gap) and not _others_named(
                        gap, people, cues.candidate, officers
                    )  # "Ms. Okafor has been a tenant ... with her two children. She reports ..."
                    # (a surname two people share names someone too: "Ms. Okafor", the honorific picks)
                    named = _already_named(people, raw) or len(people.sharing(raw.strip())) > 1
                    if not named or (
                        gap.strip() and not _rx(rf"\b{said_by}\b", re.I).search(gap) and not own_sentence
                    ):
                        # a known person ("... her mother in Puerto Rico. She stated Hector ...
                        # grabbed her" names a place), and the rest of her own sentence hers too
                        # ("Brianna Monroe, in the ambulance, she asked to speak to me alone. She
                        # stated ..."), not someone else's ("Haskins on top of her, and telling him ...")
                        continue
                honorific = HONORIFIC_GENDER.search(before[-8:])
                said = "F" if match.group("pronoun").lower() in ("her", "la") else "M"
                if honorific and ("F" if honorific.group("f") else "M") != said:
                    continue  # "Mr. Diaz said she hit her": the harm was someone else's
                role = "harmed"
            if match and role == "witness_next":
                if ON_DUTY.search(match.group("rest")):
                    continue  # staff who saw it at work: "English teacher, on bus duty at the stop. Saw ..."
                if _others_named(match.group("rest"), people, cues.candidate, officers) or not (
                    _already_named(people, raw) or SINGLE_NAME_LEAD.search(before)
                ):
                    continue  # someone else is named before the pronoun, or this is no known person
                role = "witness"
            if match and role == "witness" and CITY_STAFF.search(match.group(0)):
                continue  # "Frank Lomax (City employee, Truck 44, on duty ...) reported ... he saw": in his role
            if match:
                roles.append(role)
        if question_lines and (ANSWER_LABEL.search(before) or ANSWER_CODE.match(after)):
            roles = [role for role in roles if role != "suspect"]  # the answerer, not an arrestee "A"
        outcry = OUTCRY_BEFORE.search(before)
        if (
            (outcry and OUTCRY_AFTER.match(after))
            or (outcry and outcry.group("verb").lower() == "told" and OUTCRY_WHEN_AFTER.match(after))
            or FIRST_TOLD_AFTER.match(after)
        ):
            roles.append("witness")  # "She told Oyelaran what had happened": the first one told
        elif OUTCRY_KIN_BEFORE.search(before) and OUTCRY_TOLD_AFTER.match(after):
            roles.append("witness")  # "woke her roommate, Mei Lin Zhou, and told her what had happened"
        elif OUTCRY_TOLD_KIN_ES.search(before):
            roles.append("witness")  # "le contó todo a su pareja, Lorena Aguilar Ríos, quien la llevó"
        if "witness" in roles and cues.saw_nothing.search(after):
            roles = [role for role in roles if role != "witness"]
        if "witness" in roles and WHEN_CLAUSE_BEFORE.search(before) and PRONOUN_PERCEIVED.match(after):
            # "She stated that when the clerk, Thanh Nguyen, stood in front of the door, she saw the
            # arrestee shove him": the one named is the when-clause's, the one who saw is "she"
            roles = [role for role in roles if role != "witness"]
        if "statement_opening" in roles:
            roles.remove("statement_opening")
            if STATEMENT_OPENING_VERB.match(after):
                roles.append("statement")
        if "companion" in roles:
            roles.remove("companion")
            if COMPANION_PRESENT.match(after) and CRIME_CONTEXT.search(text):
                roles.append("witness")
        if "statement_taken" in roles:
            roles.remove("statement_taken")
            if STATEMENT_TAKEN_AFTER.match(after):
                roles.append("statement")
        if "interviewed" in roles:
            # one interviewed in a case log gave a statement, unless the log says they had none to
            # give: "Bartender Sofia Lind interviewed; she did not remember either party and saw nothing"
            roles = [role for role in roles if role != "interviewed"]
            entry = after.split("\n", 1)[0]  # (the log's line: the next is someone else's)
            coded = _rx(r"(?-i:[VWSAC]\d?)\.?[ \t]").match(raw)  # "Interview V. Rome ...": the victim's
            if not coded and not cues.saw_nothing.search(entry) and not NOTHING_TO_GIVE.search(entry):
                roles.append("statement")
        for role in roles:
            if _rx(INITIALS_RX).fullmatch(raw):
                initials = raw.replace(" ", "")
                spelled = _rx(rf"[\"”]?[ \t]*\([ \t]*(?P<name>{NAME_SEQ})").match(
                    after
                )  # '"R.T." (Rochelle Tate
                person = next((p for p in people.people if initials in p.initials), None)
                if person is None and spelled:
                    person = people.add(_tokens(spelled.group("name")), role)
                elif (
                    person is not None
                    and not person.tokens
                    and spelled
                    and len(_tokens(spelled.group("name"))) >= 2
                ):
                    person.tokens = _tokens(spelled.group("name"))  # "K.D. (Kiara Dawson, DOB …)" later on
                if person is None:
                    person = _initials_person(people, initials)
                person.initials.add(initials)
                person.roles.add(role)
            else:
                quoted = _rx(r"[\"'(]([A-Z][a-z]+|(?:[A-Z]\.){2,3})[\"')]").search(raw)
                tokens = people.without_lead_word(
                    _tokens(
                        _rx(r"[\"'(“](?:[A-Z][a-z]+|(?:[A-Z]\.){2,3})[\"')”]").sub(
                            # (and the Spanish title before a full name: "Don Anacleto Ruiz-Tagle")
                            " ",
                            _rx(r"^(?:Don|Dona|Doña)[ \t]+(?=\S+[ \t]+\S)").sub("", raw),
                        )
                    )
                )
                if _caps_run(raw) and not (
                    # "the victim, PRIYA SESHADRI-WALL (DOB 05/09/2001)": a role word right before
                    # and a DOB or age right after say the capitals are a name
                    _rx(r"[ \t]*(?:\(|,[ \t]*)(?:DOB|D\.O\.B|age|born|CB|PH|CELL|\d)", re.I).match(after)
                    and _rx(
                        r"\b(?:victim|witness|complainant)[ \t]*[,:]?[ \t]*$|(?<![\w])(?-i:IS)[ \t]+(?-i:V|VIC|VICT)[ \t]*[:=]?[ \t]*$",
                        re.I,
                    ).search(before)
                ):
                    # In capitals only the words of an already-known name count: "LINH PHAM OUT FRONT";
                    # or, right after a role word, the surnames of a name written out elsewhere:
                    # "Victim COLON ORTIZ" for the "Yaritza Colón Ortiz" of a list of staff
                    known = {t.lower() for p in people.people for t in p.tokens}
                    written = (
                        _rx(
                            r"(?<![\w])(?P<given>(?-i:[A-Z][a-z]+))[ \t]+"
                            + r"[ \t]+".join(re.escape(t) for t in tokens)
                            + r"(?![\w])"
                        ).search(text)
                        if len(tokens) >= 2
                        and _rx(r"\b(?:victim|witness)[ \t\n]*$", re.I).search(before)
                        and not any(t.lower() in known for t in tokens)
                        else None
                    )
                    tokens = (
                        [written.group("given"), *tokens]
                        if written and _is_name_word(written.group("given"))
                        else [t for t in tokens if t.lower() in known]
                    )
                    if not tokens:
                        continue
                comma = LAST_FIRST.match(text, start)
                if comma and _caps_run(comma.group(0)):
                    comma = CAPS_COMMA_NAME.match(text, start)
                comma_form = parse_name(comma.group(0)) if comma else None
                if comma_form and len(comma_form[0]) >= 2:
                    tokens = comma_form[0]
                elif len(tokens) == 1 and (
                    initial := INITIAL_BEFORE.search(before) or _rx(r"(?P<i>[A-Z])\.[ \t]?(?=\w)").match(raw)
                ):
                    known = people.find_single(tokens[0])
                    if known is None or not known.first or known.first[0].upper() != initial.group("i"):
                        # "Witness M. Colon" beside the victim Yaritza Colon: someone else, by initial
                        tokens = [f"{initial.group('i')}.", tokens[0]]
                elif len(tokens) == 1 and not people.sharing(tokens[0]):
                    tokens = (
                        _spelled_out(text, tokens[0], start)
                        # "Tavion stated ...": a first name as the subject of a verb
                        or (
                            # (or of a relative clause: "a Daniela, que dio una declaración")
                            _rx(r"^(?:[ \t]+[a-z]|,[ \t]+(?:que|quien|who)\b)").match(after)
                            and (
                                _spelled_out(text, tokens[0], start, first_name=True)
                                or _spelled_out_later(text, tokens[0], start)
                            )
                        )
                        or tokens
                    )
                before_word = _rx(r"(?<![\w.])(?P<given>[A-Z][A-Za-z'-]+)[ \t]+$").search(
                    text[max(0, start - 30) : start]
                )
                words = raw.split()
                given = words[-2] if len(words) >= 2 else before_word.group("given") if before_word else ""
                if (
                    len(tokens) == 1
                    and given
                    and _is_name_word(given)
                    and not _rx(
                        rf"(?:{HONORIFIC}|{_occupation()}|Pastor|Rev|Reverend|Father|Sister|Brother|Dr|Doctor|Coach)",
                        re.I,
                    ).fullmatch(given)
                    and (known := people.find_single(tokens[0])) is not None
                    and known.first.lower() != _normalise_word(given).lower()
                ):
                    continue  # "OWNER/V ANA PAREDES": another Paredes than the one known so far
                if (
                    len(tokens) == 1
                    and role == "suspect"
                    and SUSPECT_CODE_AFTER.match(after)
                    and (known := people.find_single(tokens[0])) is not None
                    and known.roles & {"victim", "witness"}
                ):
                    continue  # "Mr. Suarez (S1)" beside the witness Kevin Suarez: the boy's father
                if role in ("witness", "statement") and raw.strip() in officers:
                    continue  # "Reyes is an eyewitness to this assault": Ofc. Reyes, in his role
                person = people.add(tokens, role, quoted.group(1) if quoted else "")
                if person is None and len(tokens) == 1:
                    # "Ms. Pruitt stated ... he slapped her" beside "her estranged husband, Andre
                    # Pruitt": the honorific's gender picks one of the two who share the surname
                    person = _by_honorific(text, people, tokens[0], before)
                    if person is not None:
                        person.roles.add(role)
                if (
                    person is None
                    and len(tokens) == 1
                    and not people.sharing(tokens[0])
                    and (SINGLE_NAME_LEAD.search(before) or _kin_introduced(text, tokens[0], start))
                ):
                    # "her son Mateus witnessed ...": a person the record names by one word only,
                    # or whose full name came earlier with no role ("el hijo, Adrián Cintrón").
                    full = _spelled_out(text, tokens[0], start, first_name=True)
                    person = people.add(full, role) if full and len(full) >= 2 else None
                    if person is None:
                        person = Person(tokens=list(tokens), roles={role})
                        people.people.append(person)
            if person is not None:
                if role == "witness" and CALLER_BEFORE.search(before):
                    # "RP SCHAEFFER, HELGA ... RE CONSTRUCTION": a caller, a witness only if the
                    # record says they perceived something (see _listed_callers)
                    person.codes.add("RP")
                block = _numbered_row(text, start) if role == "victim" else None
                if block is not None:  # a docket's "Vic: T. Nakamura": the victim of her own row's charge
                    person.row_kinds = (person.row_kinds or set()) | _kinds(block)
                found.append((person, end))
    return found


# What follows a name after the Spanish "a": a clitic and its verb ("se le ofreció", "le dije"), or
# who the person is to the speaker ("A Sandra, mi compañera de cuarto").
SPANISH_A_AFTER = _rx(
    r"[ \t]+(?:se[ \t]+)?(?:le|les|lo|la|me)[ \t]+[a-z]|,[ \t]+(?:mi|su|tu|nuestr[oa])[ \t]+[a-z]"
)


# A board's or commission's hearing, where people testify to no crime: "FAIR RENT COMMISSION / MINUTES".
CIVIL_HEARING = _rx(
    r"\b(?:fair\s+rent|commission|board\s+of\s+(?:alders|zoning|education|appeals|ethics)|zoning\s+board|"
    r"(?:civil\s+service|appeals|licensing|personnel)\s+board|administrative\s+hearing|comision|junta)\b",
    re.I,
)


CALLER_BEFORE = _rx(
    r"(?<![\w])(?:(?-i:RP)|caller|reporting\s+party)[ \t,(]*$"
    # a log entry's "Caller:" after what the call was about, mid-line ("... wide." Caller: Harold Benning")
    r"|(?<=[^\s][ \t])(?:caller|reporting\s+party)[ \t]*:[ \t]*$",
    re.I,
)  # not a speaker label "RP:"; a dispatcher's "RP (Lisa Tran, 203-...)" is one


# A street name the record identifies later: '"Bird" was identified as BYRD, Jamal T., DOB ...'.
NICKNAME_IDENTIFIED = _rx(
    r"[\"“](?P<nick>(?-i:[A-Z][a-z]{2,}))[,.]?[\"”]\s+(?:was|has\s+been)\s+(?:later\s+|positively\s+)?identified\s+as\s+"
    rf"(?P<name>{_NAME_WORD},[ \t]*{_NAME_WORD}|{_NAME_WORD}[ \t]+{_NAME_WORD})",
    re.I,
)


def _identified_nicknames(text: str, people: People) -> None:
    """'known to her only as "Bird"' ... '"Bird" was identified as BYRD, Jamal T.': the quoted
    name is the nickname of the person it was identified as."""
    for match in NICKNAME_IDENTIFIED.finditer(text):
        parsed = parse_name(match.group("name"))
        person = people.known(parsed[0]) if parsed and len(parsed[0]) >= 2 else None
        if person is not None and _is_name_word(match.group("nick")):
            person.nicknames.add(match.group("nick"))


def _parenthetical_nicknames(text: str, people: People) -> None:
    """'Guadalupe Hernández ("Lupe")': a quoted name in parentheses right after a known person's
    full name is their nickname, so 'Lupe is the friend Dani first told' names her."""
    if not _rx(r"\([ \t]*[\"“']").search(text):
        return  # no quoted name in parentheses anywhere
    for person in people.people:
        for initials in person.initials:  # 'A.R.M. ("Ari") came to her office crying'
            for name in _rx(rf"(?<![\w.]){re.escape(initials)}[ \t]*").finditer(text):
                nick = QUOTED_IN_PARENTHESES.match(text, name.end())
                if nick and _is_name_word(nick.group("nick")):
                    person.nicknames.add(nick.group("nick"))
        if len(person.tokens) < 2:
            continue
        first, last = re.escape(person.tokens[0]), re.escape(person.tokens[-1])
        for name in _rx(rf"(?<![\w]){first}[ \t]+(?:[\w.]+[ \t]+)?{last}[ \t]*", re.I).finditer(text):
            nick = QUOTED_IN_PARENTHESES.match(text, name.end())
            if nick and _is_name_word(nick.group("nick")):
                person.nicknames.add(nick.group("nick"))


HONORIFIC_NAME = _rx(
    rf"(?<![\w])(?:{HONORIFIC}|(?-i:senora|senor|senorita))[ \t]+(?P<name>{NAME_SEQ})"
)  # "la senora Carmen"
# A given name in parentheses after the surnames, before other details: " (Maritza, DOB ...".
GIVEN_NAME_AFTER = _rx(r"[ \t]*\((?P<given>(?-i:[A-Z][a-z]{2,}))[,;][ \t]*(?:DOB|born|age|\d)")


# A full name the record introduces as the one identified: "a female later identified as Danielle
# Pruitt (DOB 11/02/1991)".
INTRODUCED_NAME = _rx(
    rf"(?:\b(?:identifies|identified|known)\s+(?:(?:himself|herself|themselves)\s+)?as\s+|\bnamed\s+"
    rf"|\bgave\s+(?:his|her|their)\s+name\s+as\s+"
    # "Se llama Marta Julia Tzul.", "se identifica como", "Her name is Dana Whitlock"
    rf"|\b(?:[Ss]e\s+llama|[Ss]e\s+identific[oa]\s+como|(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:full\s+)?name\s+is)\s+)(?P<name>{NAME_SEQ})"
)


# The writer's own partner, named: "Vivo con mi pareja, Rigoberto Salas Méndez, desde hace
# cuatro años", "my ex-boyfriend Darnell Voss".
PARTNER_NAMED = _rx(
    r"\b(?:mi|my)\s+(?:ex[- ]?)?(?:pareja|esposo|marido|novio|companero|husband|boyfriend|partner)"
    rf"(?:,[ \t]+|[ \t]+)(?P<name>{NAME_SEQ})",
    re.I,
)


def _harming_partner(text: str, people: People) -> None:
    """In a writer's own account of being harmed ('me agarró del cuello', 'he choked me'), the
    partner she names as hers is the one accused: 'Cuando Rigoberto oyó que mi hermana estaba
    hablando con la policía' does not make him a witness."""
    if not FIRST_PERSON_HARM.search(QUOTED_WORDS.sub(" ", text)):
        return
    for match in PARTNER_NAMED.finditer(text):
        tokens = _tokens(match.group("name"))
        if len(tokens) >= 2 and not people.ordinary_words(tokens):
            people.add(tokens, "suspect")


# A full name with the nickname quoted inside it: 'Jennifer "Jenny" Ruiz', 'Terrence "T-Bone" Higgins'.
NICKNAMED_FULL = _rx(
    r"(?<![\w.])(?P<first>(?-i:[A-Z][a-z]+))[ \t]+[\"“](?P<nick>(?-i:[A-Z](?:[a-z]+|-[A-Z][a-z]+)))[\"”][ \t]+"
    r"(?P<last>(?-i:[A-Z][a-z]+(?:-[A-Z][a-z]+)?))(?![\w])"
)


# A street name set equal to the person's: '"Boo" = Jamal Eddings', '"Kel" is Kelvin Marsh'.
NICKNAME_EQUALS = _rx(
    rf"[\"“](?P<nick>(?-i:[A-Z][a-z]+(?:-[A-Z][a-z]+)?))[\"”][ \t]*(?:=|is|es)[ \t]*(?P<name>(?-i:{NAME_SEQ}))"
)


def _introduced_names(text: str, people: People) -> None:
    """A name the model missed, introduced as the one identified, is a person, so a
    later 'Ms. Pruitt stated ... he slapped her' can be hers and not her namesake husband's."""
    # (and a partner named in Spanish, known so that "El Sr. Ochoa" is his as much as his daughter's)
    for match in (*INTRODUCED_NAME.finditer(text), *PARTNER_NAMED_ES.finditer(text)):
        tokens = people.without_lead_word(_tokens(_trim_name(match.group("name"))))
        if len(tokens) >= 2 and not people.ordinary_words(tokens) and people.known(tokens) is None:
            people.add(tokens)
    for match in NICKNAME_EQUALS.finditer(text):  # '"Boo" = Jamal Eddings, DOB 3/9/2001'
        nick = match.group("nick")
        person = _nicknamed(people, _tokens(match.group("name")), nick) if _is_name_word(nick) else None
        for alone in [p for p in people.people if p.tokens == [nick]] if person else []:
            _absorb(person, alone)  # the row that named "Boo" alone named him
            people.people.remove(alone)
    for match in NICKNAMED_FULL.finditer(text):  # 'Oluwaseun "Olu" Adebayo', wherever it stands
        tokens = [match.group("first"), match.group("last")]
        if all(_is_name_word(t) for t in (*tokens, match.group("nick"))):
            _nicknamed(people, tokens, match.group("nick"))
    for match in KIN_NAME.finditer(text):  # "with my cousin Terrell (Tre) Banks": his nickname too
        parsed = parse_name(match.group("name"))
        if parsed:
            _nicknamed(people, parsed[0], parsed[1] if parsed[1] and _is_name_word(parsed[1]) else "")


def _nicknamed(people: People, tokens: list[str], nick: str) -> Person | None:
    """The person a full name names, known or added, with the nickname the record gives them."""
    if len(tokens) < 2 or people.ordinary_words(tokens):
        return None
    person = people.known(tokens) or people.add(tokens)
    if person is not None and nick:
        person.nicknames.add(nick)
    return person


def _honorific_names(text: str, people: People) -> None:
    """'Sr. Hernán Quispe Mamani', 'Ms. Sharonda Blakely': an honorific before a full name marks a
    person in any language, so a surname they share with a protected person is known to be shared
    (the English name model is not trusted in Spanish paragraphs)."""
    for match in HONORIFIC_NAME.finditer(text):
        tokens = _tokens(_trim_name(match.group("name")))
        # "La Sra. Mejía (Rosalinda)": the surname, then the given name in parentheses
        given_inside = _rx(r"^(?P<surname>[^(]+?)[ \t]*\([ \t]*(?P<given>[A-Z][a-z]+)[ \t]*\)$").match(
            match.group("name")
        )
        if given_inside and _is_name_word(given_inside.group("given")):
            tokens = [given_inside.group("given"), *_tokens(given_inside.group("surname"))]
        repeated = _rx(
            rf",[ \t]+(?P<full>{re.escape(match.group('name'))}[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)"
        ).match(text, match.end())
        if len(tokens) == 1 and repeated:
            tokens = _tokens(_trim_name(repeated.group("full")))  # "la señora Carmen, Carmen Rosado"
        if len(tokens) >= 2 and not any(_known_as(p, tokens) for p in people.people):
            people.add(tokens)
        given = GIVEN_NAME_AFTER.match(text, match.end())
        person = people.known(tokens) if given else None
        if person is not None and given.group("given").lower() not in (t.lower() for t in person.tokens):
            # "Ms. López Tzul (Maritza, DOB 02/06/1993)": her surnames, then her given name
            person.tokens = [given.group("given"), *person.tokens]


def _by_honorific(text: str, people: People, surname: str, before: str) -> Person | None:
    """The one of several people sharing a surname whom an honorific right before it can mean:
    the others are known to be of the other gender ("her estranged husband, Andre Pruitt")."""
    honorific = HONORIFIC_GENDER.search(before[-8:])
    sharing = people.sharing(surname)
    if not honorific or len(sharing) < 2:
        return None
    for person in sharing:
        _infer_gender(person, text)
    other = "M" if honorific.group("f") else "F"
    fits = [p for p in sharing if p.gender != other]
    if len(fits) > 1 and MAIDEN_TITLE.match(honorific.group(0)):
        fits = [p for p in fits if not _titled_matron(p, text)]
    if len(fits) > 1:
        # "Maintenance supervisor Emmanuel Okafor (no relation to the tenant)": the record says he
        # is not the Okafor it otherwise speaks of
        related = [p for p in fits if not _said_unrelated(p, text)]
        fits = related if related else fits
    return fits[0] if len(fits) == 1 else None


# An aside that a person is not kin of another the record names: "(no relation)", "no relation to".
NO_RELATION = _rx(
    r"[ \t]*[(,][ \t]*(?:no[ \t]+relation|not[ \t]+related|unrelated|sin[ \t]+parentesco|no[ \t]+es[ \t]+familiar)\b",
    re.I,
)


def _said_unrelated(person: Person, text: str) -> bool:
    """Whether a full mention of `person` carries a 'no relation' aside."""
    return any(
        NO_RELATION.match(text, match.end())
        for kind, rx in name_forms(person, text)
        if kind == "full"
        for match in _found(rx, text)
    )


MAIDEN_TITLE = _rx(r"Miss|Srta|Senorita|Mlle|Mademoiselle", re.I)


def _titled_matron(person: Person, text: str) -> bool:
    """Whether the record calls her by her first name after a married woman's title ('doña
    Altagracia'): then 'la Srta. Ferreira' is her daughter, not she."""
    return bool(
        person.first
        and _rx(rf"\b(?:Dona|Mrs|Sra|Senora|Madame|Mme)\.?[ \t]+{re.escape(person.first)}\b", re.I).search(
            text
        )
    )


def _others_named(
    rest: str, people: People, candidate: re.Pattern, officers: frozenset[str] = frozenset()
) -> bool:
    """Whether a stretch of prose names someone: a sentence's first word counts only when it
    is a known person's name ("Talked w/ him privately." names no one), and an officer's surname
    never does ("... approaches Delgado. States she heard ...": the officer states nothing)."""
    for start, _end, raw in _name_candidates(rest, candidate):
        opening = start == 0 or _rx(r"[.!?][ \t\n]+$").search(rest[:start])
        if opening and len(raw.split()) == 1 and not people.sharing(raw):
            continue
        if (
            len(raw.split()) == 1
            and not people.sharing(raw)
            and _rx(r"\b(?:from|in|to|near|de|en)[ \t]+$").search(rest[:start])
        ):
            continue  # a place no one is named by: "was visiting from Bridgeport"
        if raw in officers:
            continue
        if _rx(r"(?!Mc|Mac|De|Di|La|Le|Van)[A-Z][a-z]+[A-Z][a-z]").match(rest, start):
            continue  # an app or a brand written as one word: "por FaceTime", "on WhatsApp"
        return True
    return False


# An officer's surname after a title: "Ofc. K. Delgado #1733", "Detective Maria Soto".
OFFICER_SURNAME = _rx(
    rf"(?<![\w]){OFFICER_TITLE}\.?[ \t]+(?:[A-Z]\.[ \t]*|(?-i:[A-Z][a-z]+)[ \t]+)?(?P<name>(?-i:[A-Z][\w'-]+))"
)


def _officer_surnames(text: str) -> frozenset[str]:
    """Officers' surnames, and the names of staff a form lists in their role ('Other staff
    involved: Priya Raman, Reference Librarian; ...'): what they saw at work makes no witness."""
    staff = {
        word
        for field in STAFF_FIELD.finditer(text)
        for name in _rx(NAME_SEQ).finditer(field.group("list"))
        for word in (name.group(0), name.group(0).split()[-1])
    }
    return frozenset(m.group("name") for m in OFFICER_SURNAME.finditer(text)) | staff


# A form's field listing staff in their role: "Other staff involved: Priya Raman, Reference Librarian".
STAFF_FIELD = _rx(
    r"^[ \t]*(?:other[ \t]+)?(?:staff|employees?|personal(?:[ \t]+del?[ \t]+\w+)?)(?:[ \t]+(?:involved|present|on[ \t]+duty|presente))?"
    r"[ \t]*:[ \t]*(?P<list>[^\n]+)",
    re.I | re.M,
)


def _already_named(people: People, raw: str) -> bool:
    """Whether a capitalised run names someone the record already knows as a person."""
    tokens = _tokens(raw)
    if not tokens:
        return False  # no name word in it: "Twenty-two Olive", an address said aloud
    if len(tokens) == 1:
        return people.find_single(tokens[0]) is not None
    return any(_known_as(p, tokens) for p in people.people)


LETTER_RECIPIENT = _rx(
    rf"^[ \t]*{HONORIFIC}[ \t]+(?P<name>{NAME_SEQ})[ \t]*\n[ \t]*(?P<address>\d[^\n]{{3,60}})$", re.M
)


def _letter_recipient(text: str, people: People) -> None:
    """A letter from victim services or an advocate opens with its addressee ('Sra. Ana Lucía
    Paredes Quispe / 145 Fountain St, apto. 6'): the person the record is about, at home."""
    head = text[:900]
    match = LETTER_RECIPIENT.search(head)
    if not match or not INTAKE_RECORD.search(head):
        return
    person = people.add(_tokens(match.group("name")), "subject")
    if person is not None:
        person.identifiers |= identifiers_in(match.group("address"))


# An advocate's or detective's note about the person a family-violence or sexual-assault case
# serves: "Following up on Tamika Greer (DOB 6/2/1990)", "checking in on Adaeze Okonkwo (DOB ...)".
FOLLOWED_UP = _rx(
    rf"\b(?:following\s+up\s+on|checking\s+in\s+on|check(?:ed)?\s+in\s+with)\s+(?P<name>{NAME_SEQ})"
    r"[ \t]*\((?:DOB|D\.O\.B\.?|born|age)\b",
    re.I,
)


def _followed_up(text: str, people: People, kinds: set[str]) -> None:
    """The one a case's advocate or detective follows up on, named with her DOB, in a
    family-violence or sexual-assault record: the person the case serves (a suspect named
    so stays the suspect)."""
    if not kinds:
        return
    for match in FOLLOWED_UP.finditer(text):
        tokens = _tokens(match.group("name"))
        if len(tokens) >= 2 and not people.ordinary_words(tokens):
            people.add(tokens, "subject")


# A statement form's label may be in one language and the statement in the other.
_RELATIONS_IN_SPANISH = {
    "cousin": ("primo", "prima"),
    "sister": ("hermana",),
    "brother": ("hermano",),
    "mother": ("madre", "mama", "mami"),
    "father": ("padre", "papa", "papi"),
    "daughter": ("hija",),
    "son": ("hijo",),
    "aunt": ("tia",),
    "uncle": ("tio",),
    "niece": ("sobrina",),
    "nephew": ("sobrino",),
    "friend": ("amigo", "amiga"),
    "neighbor": ("vecino", "vecina"),
    "grandmother": ("abuela",),
    "grandfather": ("abuelo",),
    "wife": ("esposa",),
    "husband": ("esposo",),
    "roommate": ("companera", "companero"),
}
RELATION_WORDS = {
    **_RELATIONS_IN_SPANISH,
    **{spanish: (english,) for english, words in _RELATIONS_IN_SPANISH.items() for spanish in words},
}


RELATION_TO_VICTIM = _rx(
    r"\b(?:relationship|relation|relacion)\s+(?:to|with|con)\s+(?:the\s+|la\s+|el\s+)?(?:victim|victima)\s*:\s*(?P<relation>[A-Za-z]+)"
    r"|\b(?:relationship|relation|relacion)\b[^:\n]{0,40}:\s*(?P<relation2>[A-Za-z]+)\s+(?:de\s+la\s+victima|of\s+the\s+victim|to\s+the\s+victim)",
    re.I,
)


def _relation_to_victim(text: str, people: People) -> None:
    """A statement form's 'Relación con la víctima: hermana' makes the person the declarant
    calls by that relation the victim: 'Soy hermana de Zoraida Arroyo', 'my sister, Ana Ruiz'."""
    for match in RELATION_TO_VICTIM.finditer(text):
        said = (match.group("relation") or match.group("relation2")).lower()
        relation = "|".join(re.escape(r) for r in {said, *RELATION_WORDS.get(said, ())})
        relation = f"(?:{relation})"
        named = _rx(
            rf"(?:\b(?:my|mi)\s+(?:(?:younger|older|little|big|baby)\s+)?{relation}(?:\s+(?:menor|mayor|chica|grande))?\s*,?\s+|\b(?:soy|I\s+am)\s+(?:la\s+|el\s+|the\s+)?{relation}\s+(?:de|of)\s+)(?P<name>{NAME_SEQ})",
            re.I,
        )
        for found in named.finditer(text):
            tokens = _tokens(found.group("name"))
            if len(tokens) >= 2 or (tokens and people.find_single(tokens[0])):
                people.add(tokens, "victim")
            elif tokens and _is_name_word(tokens[0]):  # "Soy prima de Karina": known by first name only
                people.people.append(Person(tokens=list(tokens), roles={"victim"}))


# A parent named on a school or agency form: "Mother:  Le Thi Hoa", "Parent/guardian: Lorraine Tate (mother)".
PARENT_LABEL = _rx(
    # "PARENT/CAREGIVER (non-offending): Keisha Simmons, mother"
    r"^[ \t]*(?:(?P<label>mother|mom|madre|father|dad|padre)|parent(?:\s*/\s*(?:guardian|caregiver))?|guardian|caregiver|tutor)"
    r"(?:[ \t]*\((?:non-?offending|custodial)\))?[ \t]*:[ \t]*"
    r"(?P<value>[^\n]+)",
    re.I | re.M,
)
# A parent named in apposition: "Per Kiara, her mother, Shanice Holt, now has ...".
PARENT_NAMED = _rx(
    rf"\b(?:her|his|their|my|the\s+(?:student|child)'s|(?:a\s+)?(?:la|el|su))\s+"
    rf"(?P<label>mother|mom|madre|mama|father|dad|padre|papa),[ \t]+(?:{HONORIFIC}[ \t]+)?(?P<value>{NAME_SEQ})(?=[ \t]*,)"
)
# A child's or a witness's account of harm to a parent: "saw his father push Mom into the wall".
HARM_TO_PARENT = _rx(
    rf"(?:\b{HARM_VERB}\s+|\ble\s+(?:dio|pego|golpeo|empujo|pateo|ahorco|rompio\s+\w+)\s+a\s+)"
    r"(?:(?:his|her|my|their|our|the|mi|su|a|la)\s+)?"
    r"(?:(?P<mother>mom|mommy|mother|mama|mami|madre)|dad|daddy|father|papa|papi|padre)\b",
    re.I,
)


# "Children: Nia Diaz (9), Lucas Diaz (6) -- both named on CPO", "Also protected by the order: ..."
NAMED_ON_ORDER = _rx(
    r"^[^\n]*\b(?:(?:named|listed|included)\s+(?:on|in)\s+(?:the\s+)?(?:CPO|protective\s+order|restraining\s+order|order)|"
    r"(?:also\s+)?protected\s+by\s+(?:the|this)\s+(?:order|CPO)|"
    r"(?:tambien\s+)?(?:estan\s+|esta\s+)?protegid[oa]s?\s+por\s+(?:la|esta)\s+orden)\b[^\n]*$",
    re.I | re.M,
)
# A child the order names by first name and age: "Jeremy (8) y Alanis (5)".
CHILD_WITH_AGE = _rx(r"(?<![\w'-])(?P<name>(?-i:[A-Z][a-z]{2,}))[ \t]*\((?:age[ \t]*)?\d{1,2}\)")


# An order form's section of the other people it protects: "PART 3 - OTHER PERSONS TO BE PROTECTED".
PROTECTED_SECTION = _rx(
    r"^[^\n]*\b(?:(?:persons?|people|children|family\s+members|personas)\s+(?:to\s+be\s+|also\s+)?"
    r"(?:protected|protegidas?)|(?:other\s+)?(?:people|persons|children)\s+(?:\w+\s+){0,4}wants?\s+the\s+order\s+to\s+protect)"
    r"\b[^\n]*\n(?P<rows>(?:[ \t]*\S[^\n]*\n?){1,10})",
    re.I | re.M,
)


# A civil protective-order case's caption: the applicant over "V." over the respondent
# ("KATHERINE DOYLE-BENSON   :   JUDICIAL DISTRICT" / "V.   :" / "MICHAEL R. BENSON   :"), or
# the court naming it: "Doyle-Benson versus Benson, application for relief from abuse".
CAPTION_APPLICANT = _rx(
    r"^[ \t]*(?P<name>(?-i:[A-Z][A-Z.'\- ]{2,40}?))[ \t]*:[^\n]*\n(?:[ \t]*:[^\n]*\n){0,2}[ \t]*(?-i:V|VS)\.?[ \t]+:",
    re.M,
)
ABUSE_APPLICATION = _rx(r"relief\s+from\s+abuse|46b-15\b|restraining\s+order|\bFA\d{2}-\d", re.I)


def _caption_applicant(text: str, people: People, kinds: set[str]) -> None:
    """In a relief-from-abuse case, the party named first in the caption applied for the order
    against the one after 'V.': the applicant is the one the order protects. (A criminal caption
    names the State first, and nobody is taken from it.)"""
    if "DV" not in kinds or not ABUSE_APPLICATION.search(text):
        return
    for match in CAPTION_APPLICANT.finditer(text[:3000]):
        name = match.group("name").strip()
        if _rx(r"\bSTATE\b|\bPEOPLE\b|\bCOMMONWEALTH\b").search(name):
            continue
        parsed = parse_name(name)
        if parsed and len(parsed[0]) >= 2:
            people.add(parsed[0], "victim")


def _named_on_order(text: str, people: People, kinds: set[str]) -> None:
    """People a family-violence protective order also protects (children, a new partner) are
    victims of it: every full name on a line that says they are named on the order, and the
    name opening each row of the order form's section of protected persons."""
    if "DV" not in kinds:
        return
    for line in NAMED_ON_ORDER.finditer(text):
        for match in FIRST_LAST.finditer(line.group(0)):
            if _caps_run(match.group("name")):
                continue  # a heading in capitals: "OTHER PERSONS TO BE PROTECTED BY THE ORDER"
            tokens = _tokens(match.group("name"))
            if len(tokens) >= 2 and all(_is_name_word(t) for t in tokens):
                people.add(tokens, "victim")
        for child in CHILD_WITH_AGE.finditer(line.group(0)):
            name = child.group("name")
            if _is_name_word(name) and not people.ordinary_words([name]):
                people.add_given(name, "victim")
    for section in PROTECTED_SECTION.finditer(text):
        for row in section.group("rows").splitlines():
            if _rx(r"\bprotect(?:ed|ion)\b|\bprotegid", re.I).search(row):
                continue  # another heading of the same kind, not a person's row
            cell = _rx(
                r"^[ \t]*(?:\d+[.)][ \t]*)?(?:(?i:name|nombre)[ \t]*:[ \t]*)?(?P<cell>\S+(?: \S+){0,4})(?=[ \t]{2,}|\t|$)"
            ).match(row)  # "Chidi Hart    04/17/2013    son", "  Name: Liam P. O'Rourke   DOB: ..."
            parsed = parse_name(cell.group("cell")) if cell else None
            if parsed and len(parsed[0]) >= 2 and not people.ordinary_words(parsed[0]):
                person = people.add(parsed[0], "victim")
                if person is not None:  # the row's date of birth
                    person.identifiers |= {m.group(0) for m in DATE.finditer(row, cell.end())}


def _harmed_parent(text: str, people: People, kinds: set[str]) -> None:
    """In a family-violence record a child's account ('saw his father push Mom into the wall')
    names the parent the form lists as 'Mother: …', or the note names as 'her mother, Shanice
    Holt,', as the victim."""
    if "DV" not in kinds:
        return
    harmed = {"F" if m.group("mother") else "M" for m in HARM_TO_PARENT.finditer(text)}
    if not harmed:
        return
    for match in [*PARENT_LABEL.finditer(text), *PARENT_NAMED.finditer(text)]:
        value = match.group("value")
        label = (match.group("label") or "").lower()
        relation = _rx(
            r"\((?P<rel>mother|madre|mom|father|padre|dad)\)|,[ \t]*(?P<rel2>mother|madre|father|padre)\b",
            re.I,
        ).search(value)
        said = label or ((relation.group("rel") or relation.group("rel2")).lower() if relation else "")
        sex = "F" if said in ("mother", "mom", "madre") else "M" if said else ""
        parsed = parse_name(value)
        if sex in harmed and parsed and len(parsed[0]) >= 2:
            person = people.add(parsed[0], "victim")
            if person is not None:
                person.gender = person.gender or sex


# Between two words of a name: spaces, or a line break with its indent ("Brittany\n   Saunders").
LINE_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"


def _spelled_out_later(text: str, word: str, position: int) -> list[str] | None:
    """The one full name a lone first name has only further on: a reply above the quoted message
    that names her in full ('Maribel qualifies ...' over 'Maribel Ocasio (mocasio@...) came to me').
    Not a word the record also writes in lower case ('Que Luis estaba ...' beside 'que')."""
    if _rx(rf"(?<![\w]){re.escape(word.lower())}(?![\w])").search(text):
        return None
    later = _spelled_out(text, word, len(text), first_name=True)
    if later is None or text.find(" ".join(later), position) < 0:
        return None
    others = {
        m.group("other")
        for m in _rx(rf"(?<![\w]){re.escape(word)}[ \t]+(?P<other>{_NAME_WORD})(?![\w])").finditer(
            text, position
        )
    }
    return later if len(others) == 1 else None  # "Lucía Ferreira... no, perdón, Lucía Mendes"


def _spelled_out(text: str, word: str, position: int, first_name: bool = False) -> list[str] | None:
    """The full name a lone word refers to, nearest before `position`: 'First [M.] Word' for a
    surname alone, 'Word Surname' for a first name alone ('mi sobrino Adrián' after 'Adrián Cintrón')."""
    if first_name:
        # (with the rest of a longer name on its line: "Édgar Iván Montalvo Ríos")
        rx = _rx(
            # (a sentence's full stop may end it: "la compañera de cuarto,\nDaniela Cuevas.")
            rf"(?<![\w]){re.escape(word)}{LINE_GAP}(?P<other>{_NAME_WORD})(?:[ \t]+{_NAME_WORD}){{0,2}}(?![\w]|\.\w)"
        )
    else:
        rx = _rx(
            rf"(?<![\w])(?P<other>{_NAME_WORD}){LINE_GAP}(?:[A-Z]\.[ \t]+)?{re.escape(word)}(?![\w])", re.I
        )
    best = None
    for match in rx.finditer(text, 0, position):
        other = match.group("other")
        if "\n" in match.group(0) and _labelled_value(text, match.start()):
            continue  # "Apodo / Nickname:   Mari\nFecha de nacimiento": the field ends with its line
        if _is_name_word(other) and other[0].isupper() and not _caps_run(match.group(0)):
            best = match
    if not best:
        if first_name:
            return None
        # a header's "Parolee:   FUNES, Alejandro": the surname first, in capitals, then a comma
        comma = _rx(rf"(?<![\w]){re.escape(word.upper())},[ \t]*(?P<other>[A-Z][a-z][\w'-]*)(?![\w.])")
        found = [m for m in comma.finditer(text, 0, position) if _is_name_word(m.group("other"))]
        return [found[-1].group("other"), word] if found else None
    tokens = _tokens(best.group(0))
    while len(tokens) > 2 and not _is_name_word(tokens[-1]):
        tokens.pop()  # "Ana Ruiz Said": the name ends where its words do
    return tokens


def _labelled_value(text: str, start: int) -> bool:
    """Whether `start` is in a form field's value ("Nickname:   Mari"), which ends with its line."""
    return ":" in text[text.rfind("\n", 0, start) + 1 : start]


PARAGRAPH_HEADING = _rx(r"(?:^|\n\s*\n)[ \t]*(?P<head>[A-Z][A-Z /&'-]{3,40})[.:][ \t]+(?P<body>[^\n]{0,400})")


def _paragraph_headings(text: str, people: People) -> None:
    """'PROTECTED PARTY CONTACT. Victim Services advocate Lynn Farkas reached Ms. Whitfield
    (Monique Whitfield) ...': the first person a role-headed paragraph names, other than staff
    named by title, holds that role."""
    cues = role_cues()
    for match in PARAGRAPH_HEADING.finditer(text):
        head = match.group("head")
        role = next((r for r in (_role_of(w) for w in re.split(r"[ /]+", head)) if r), "")
        if not role and _rx(r"protected\s+(?:party|person)", re.I).search(head):
            role = "victim"
        if role not in ("victim", "witness"):
            continue
        body = match.group("body")
        for start, end, raw in _name_candidates(body, _narrative_cues().candidate):
            before = body[max(0, start - 30) : start]
            if _rx(rf"(?<![\w])(?:{cues.officer_titles}|services)\W*(?:[A-Z][a-z]+\s+)?$", re.I).search(
                before
            ):
                continue
            tokens = _tokens(raw)
            if len(tokens) == 1:
                spelled = _rx(rf"[ \t]*\([ \t]*(?P<name>{NAME_SEQ})\)").match(body, end)
                if spelled:
                    tokens = _tokens(spelled.group("name"))
            person = people.add(tokens, role) if tokens else None
            if person is not None:
                break


# A transcript's speaker label: "CALLER", "TC", "F1", "MALE 2", "Det.".
# A transcript's speaker label: "C", "CALLER 2", "OFC. DELGADO", "FEMALE (TASHA)", "OFC. PRUITT (distant)"
SPEAKER = r"[A-Za-z][A-Za-z0-9.]{0,11}(?:-\d{1,3})?(?:[ ]\d{1,2}|[ ](?-i:[A-Z][A-Z'-]{1,15}))?(?:[ ]\((?-i:[A-Za-z][A-Za-z .'-]{0,20})\))?"
# One speaker's turn: the label, what is said, and the indented lines that carry it on
# ("                     disorderly conduct. Family violence.", a translation in brackets).
TURN = _rx(
    rf"^[^\n]*?(?P<who>{SPEAKER}):[ \t]*(?P<said>[^\n]*(?:\n[ \t]{{3,}}(?![^\n:]{{0,14}}:)[^\n]+)*)", re.M
)


@lru_cache(maxsize=8)
def _turns(text: str) -> tuple[re.Match, ...]:
    """The transcript's turns in order, found once per text."""
    return tuple(TURN.finditer(text))


# Between a question and its answer: a blank line, or the question's translation in brackets
# ("D-41: ¿Y usted cómo se llama?" / "      [And what is your name?]" / "LLAMANTE: Glenda.").
TRANSLATION_LINES = r"(?:[ \t]*\n|[ \t]+\[[^\n]*\n){0,2}"
TRANSCRIPT_NAME_QUESTION = _rx(
    rf"^[^\n]*?(?P<asker>{SPEAKER}):[^\n]*\b(?:(?:what'?s|what\s+is|can\s+i\s+(?:get|have)|give\s+me|state|say)\s+your\s+(?:full\s+)?name"
    # a second person at the scene: "Okay. Who is this with you?" / "MALE 2: Tomás. Tomás Ferreira."
    r"|who\s+(?:is\s+this|are\s+you)(?:\s+with\s+(?:you|him|her))?(?=\s*\?)"
    # after a question about someone else: "What's your friend's name?" ... "And your name?"
    r"|(?:and|y)\s+(?:your|su|tu)\s+(?:full\s+)?(?:name|nombre)(?=\s*\?)"
    # the question of its own: "¿Su nombre completo, por favor?", "Your full name, please?"
    r"|(?<![\w,][ \t])(?:your|su|tu)\s+(?:full\s+)?(?:name|nombre)(?:\s+completo)?(?=\s*(?:,\s*(?:please|por\s+favor))?\s*\?)"
    # not "¿Y cómo se llama él?", a question about someone else
    rf"|(?:diga(?:me)?|cual\s+es|deme)\s+su\s+nombre|como\s+se\s+llama(?:\s+usted)?(?!\s+(?:el|ella|su|tu)\b)|como\s+te\s+llamas)\b[^\n]*\n{TRANSLATION_LINES}"
    rf"[^\n]*?(?P<speaker>{SPEAKER}):[ \t]*(?P<name>[^\n]+)",
    re.M | re.I,
)
# Kin asked about in Spanish: "¿Cómo se llama tu mamá?", "¿... su hermano?"
_KIN_F_ES = r"mama|mami|madre|hermana|abuela|tia|hija|novia|esposa|prima|amiga|vecina"
_KIN_M_ES = r"papa|papi|padre|hermano|abuelo|tio|hijo|novio|esposo|primo|amigo|vecino"
KIN_ES = rf"{_KIN_F_ES}|{_KIN_M_ES}|pareja"
# A question for someone else's name, and its answer: "¿Y cómo se llama él?" / "Ernesto Castillo."
OTHER_NAME_QUESTION = _rx(
    rf"^[^\n]*?{SPEAKER}:[^\n]*\b(?:como\s+se\s+llama\s+(?P<es>el|ella|(?:su|tu)\s+(?:{KIN_ES}))"
    rf"|what(?:'?s|\s+is)\s+(?P<en>his|her)\s+(?:full\s+)?name"
    # "And your friend?", "What's your sister's name?"
    # (a question of its own, not the tail of another: "stay with you and your mom?")
    r"|(?<![A-Za-z,][ \t])(?:and\s+|what'?s\s+|what\s+is\s+)your\s+(?P<kin>friend|sister|brother|daughter|son|neighbou?r|mom|mother|dad|father)"
    rf"(?:'s\s+(?:full\s+)?name)?(?=\s*\?))\b[^\n]*\n{TRANSLATION_LINES}"
    rf"[^\n]*?{SPEAKER}:[ \t]*(?P<name>[^\n]+)",
    re.M | re.I,
)
# A question for someone else's name, anywhere in a turn: "What's your sister's name?", "And your
# roommate is?", "Who else was there?", "¿Y cómo se llama ella?" (not "Can you say your name?").
OTHER_NAME_ASKED = _rx(
    r"\b(?:your|su|tu)\s+(?:friend|sister|brother|daughter|son|neighbou?r|mom|mother|dad|father|roommate|cousin|"
    r"boyfriend|girlfriend|husband|wife|partner|amig[oa]|vecin[oa]|herman[oa]|madre|padre|prim[oa]|novi[oa]|"
    rf"espos[oa]|pareja)\b[^\n?]*\?|\bse\s+llama\s+(?:el|ella|(?:su|tu)\s+(?:{KIN_ES}))\b"
    r"|\bwhat(?:'?s|\s+is)\s+(?:his|her)\s+(?:full\s+)?name\b|\b(?:his|her|their|the)\s+(?:full\s+)?name\s*\?"
    r"|\bwho\s+(?:was|is|else)\b[^\n?]*\?",
    re.I,
)
# Quoted words, someone else's: 'I heard her screaming "you're choking me"'.
QUOTED_WORDS = _rx(r"\"[^\"\n]*\"|“[^”\n]*”")
FIRST_PERSON_HARM = _rx(
    rf"\b{HARM_VERB}\s+me\b"
    # "yelling that he was going to kill me", "gritar que me iba a matar"
    r"|\b(?:going\s+to|gonna|would|will)\s+kill\s+me\b|\bme\s+(?:iba|va)\s+a\s+matar\b"
    # "He grabbed my arm really hard"
    rf"|\b{HARM_VERB}\s+(?:me\s+by\s+)?my\s+(?:arm|arms|neck|throat|hair|wrist|wrists|face|head|shoulder|shoulders|chest|leg)\b"
    r"|\bme\s+(?:agarro|pego|golpeo|pateo|empujo|ahorco|violo|forzo|ataco|toco|rompio|dio\s+(?:un|una)\s+(?:punetazo|puno|golpe|bofetada|patada|cachetada|pela|paliza|golpiza|trompada))\b"
    # the speaker's own protective order: "Yo tengo una orden de protección contra Edwin"
    # (or hers alone: "Yo tengo la orden de protección")
    r"|\b(?:tengo|I\s+have|I\s+got)\s+(?:una|la|mi|an?|the|my)\s+(?:orden\s+de\s+(?:proteccion|alejamiento|restriccion)|"
    r"(?:protective|restraining)\s+order)(?:\s+(?:contra|against))?\b",
    re.I,
)
# An interviewer's question about the speaker's own details; the answer line holds them.
DETAIL_QUESTION = _rx(
    r"\b(?:address|where\s+do\s+you\s+live|your\s+(?:apartment|apt|unit|home|house|place)|phone|number|reach\s+you|"
    r"date\s+of\s+birth|birthday|e-?mail|"
    r"direccion|donde\s+vive|telefono|numero|celular|llamar|fecha\s+de\s+nacimiento|correo)\b",
    re.I,
)


RELATIVE = r"(?:step-?)?(?:mom|mommy|mother|dad|daddy|father|sister|brother|wife|husband|girlfriend|boyfriend|son|daughter|grandma|grandmother|grandpa|grandfather|aunt|uncle|roommate|friend|cousin|neighbou?r)"
# A relative or friend named after the word for them: "with my cousin Terrell (Tre) Banks",
# "Bennett's boyfriend, Jamal Reese".
KIN_NAME = _rx(
    r"(?:\b(?:my|his|her|our|their)|(?-i:[A-Z][\w-]+)'s)\s+(?:(?:older|younger|little|big|best|baby|twin)\s+)?"
    rf"(?:{RELATIVE}|(?:step-?)?(?:niece|nephew|grandson|granddaughter)|coworker|co-worker|partner|fianc[eé]e?|"
    r"ex-?(?:boyfriend|girlfriend|husband|wife|partner))(?:,[ \t]+|[ \t]+)"
    rf"(?P<name>{NAME_SEQ})"
)
# A partner named in Spanish, "then" or "ex" before the word: "su entonces pareja, Wilmer Ochoa Reyes".
PARTNER_NAMED_ES = _rx(
    r"\b(?:su|mi)\s+(?:entonces\s+|ex\s*-?\s*)?(?:pareja|esposo|esposa|marido|novio|novia|companer[oa])"
    rf"(?:,[ \t]+|[ \t]+)(?P<name>{NAME_SEQ})"
)
RELATIVE_NAME_QUESTION = _rx(
    rf"^[^\n]*?(?P<asker>{SPEAKER}):[^\n]*\byour\s+(?P<relative>{RELATIVE})'?s\s+(?:full\s+)?name\b[^\n]*\n(?:[ \t]*\n)?"
    rf"[^\n]*?(?P<speaker>{SPEAKER}):[ \t]*(?P<answer>[^\n]+)",
    re.M | re.I,
)


def _answered_details(text: str, speaker: str, person: Person) -> None:
    """'DET.: ¿Y dónde vive?' / 'ENT.: En el 1290 Chapel Street, apartamento 5': what the speaker
    answers to a question about their own address, phone or birth date is theirs."""
    turns = _turns(text)
    for question, answer, readback in zip(turns, turns[1:], [*turns[2:], None], strict=False):
        if answer.group("who").lower() != speaker.lower() or question.group("who").lower() == speaker.lower():
            continue
        asked = question.group("said")
        if not (DETAIL_QUESTION.search(asked) and "?" in asked):
            continue
        said = [answer.group("said")]
        if readback is not None and readback.group("who").lower() == question.group("who").lower():
            said.append(readback.group("said"))  # the call-taker reads the answer back
        if _rx(
            r"^\W*(?:(?:yes|yeah|yep|correct|right|si)\b|that'?s\s+(?:my|me|right|correct|it)\b)", re.I
        ).match(answer.group("said")):
            said.append(asked)  # "This is your apartment, Unit 4C?" / "Yes." / "That's my cell, yes."
        if _rx(r"\b(?:apartment|apt|unit)\b", re.I).search(asked):  # "Yes. 4C."
            person.identifiers.update(_rx(r"(?<![\w-])\d{1,4}[A-Z](?![\w-])").findall(answer.group("said")))
        for words in said:
            person.identifiers |= identifiers_in(words)
            spoken = [DATE, TEXT_DATE, SPOKEN_PHONE, SPOKEN_ADDRESS, SPOKEN_UNIT]
            if BIRTH_QUESTION.search(asked):
                spoken.append(SPOKEN_NUMERIC_DATE)
            for rx in spoken:
                person.identifiers.update(m.group(0).strip(" ,") for m in rx.finditer(words))


def _transcript_relatives(text: str, people: People, caller_lines: list[str]) -> None:
    """'What's your mom's name?' / 'Tamika. Tamika Brooks.': the caller names a relative.
    Who hurt whom comes from the caller's own words: 'my dad is hurting my mom'."""
    said = " ".join(caller_lines)
    for match in RELATIVE_NAME_QUESTION.finditer(text):
        names = [_tokens(m.group(0)) for m in FIRST_LAST.finditer(match.group("answer"))]
        tokens = max(names, key=len, default=[])
        if len(tokens) < 2:  # "Ngozi. N-G-O-Z-I. Okafor.": the name words, in the order given
            words = [
                w
                for w in _rx(r"(?<![\w-])[A-Z][a-z]+(?![\w-])").findall(match.group("answer"))
                if _is_name_word(w)
            ]
            tokens = list(dict.fromkeys(words)) if 2 <= len(set(words)) <= 3 else tokens
        if not tokens:
            continue
        relative = match.group("relative").lower()
        harm = rf"\b{HARM_VERB}"
        role = ""
        if _rx(rf"{harm}\s+(?:my\s+)?{relative}\b", re.I).search(said) or _rx(
            # "My sister's husband, Gustavo, is punching her"
            rf"\bmy\s+{relative}'s\s+(?:husband|wife|boyfriend|girlfriend|partner|ex|fianc\w*)\b[^\n.]{{0,40}}?"
            rf"{harm}\s+(?:her|him)\b",
            re.I,
        ).search(said):
            role = "victim"
        elif _rx(rf"\bmy\s+{relative}\s+(?:is\s+|was\s+|just\s+)?{harm}", re.I).search(said) or _rx(
            # "My stepdad. Emeka. He's choking her"
            rf"\bmy\s+{relative}\b[^\n]{{0,40}}?\b(?:he|she)(?:'s|\s+is|\s+was)?\s+(?:still\s+)?{harm}",
            re.I,
        ).search(said):
            role = "suspect"
        elif relative in (
            "roommate",
            "friend",
            "cousin",
            "neighbor",
            "neighbour",
        ) and THIRD_PERSON_HARM.search(said):
            role = "victim"  # "It's my roommate ... she says he raped her": the one the caller calls about
        if len(tokens) >= 2:
            people.add(tokens, role)
    # "My sister was on FaceTime. Renee. She heard the whole thing" ... "Renee Okoye."
    for match in RELATIVE_WHO_PERCEIVED.finditer(said):
        first = match.group("name")
        surnames = [
            m.group("other")
            for m in _rx(rf"(?<![\w]){re.escape(first)}[ \t]+(?P<other>(?-i:[A-Z][a-z]+))(?![\w])").finditer(
                text
            )
            if _is_name_word(m.group("other"))
        ]
        if surnames:
            people.add([first, surnames[-1]], "witness")


RELATIVE_WHO_PERCEIVED = _rx(
    rf"\bmy\s+{RELATIVE}\b[^\n.]{{0,40}}\.?\s+(?P<name>(?-i:[A-Z][a-z]+))\.\s+(?:She|He)\s+(?:also\s+)?(?:heard|saw|watched|witnessed)\b",
    re.I,
)
LAST_NAME_SAID = _rx(
    r"\b(?:last\s+name|surname|family\s+name|apellido)(?:\s+is|\s+es)?[ \t:,]+(?P<last>(?-i:[A-Z][\w'-]+))",
    re.I,
)
ROBBED_ME = _rx(
    r"\b(?:took|stole|grabbed|snatched)\s+my\b|\brobbed\s+me\b"
    r"|\bme\s+(?:robaron|robo|quitaron|quito|asaltaron|asalto|arrebato|arrebataron)\b"
    # the owner calling about the store's robbery: "Yo soy la dueña" / "I'm the owner"
    r"|\bI'?m\s+the\s+(?:owner|store\s+owner|manager)\b|\byo\s+soy\s+(?:la|el)\s+duen[oa]\b",
    re.I,
)
UNDER_ARREST = _rx(
    r"\b(?:you'?re|you\s+are)\s+(?:now\s+)?(?:under\s+arrest|being\s+arrested|being\s+placed\s+under\s+arrest)",
    re.I,
)


def _told_under_arrest(text: str, speaker: str) -> bool:
    """'BRENNAN: Sir, ... You're under arrest for assault' / 'M1: For what? She lie!': the one
    told he is under arrest is the arrestee, whatever he says about being hurt."""
    turns = _turns(text)
    return any(
        UNDER_ARREST.search(said.group("said")) and reply.group("who").lower() == speaker.lower()
        for said, reply in pairwise(turns)
    )


HURT_QUESTION = _rx(
    r"\b(?:are\s+you\s+(?:hurt|injured|bleeding)|did\s+(?:he|she|they)\s+(?:hurt|hit|injure)\s+you|"
    r"(?:any|where\s+are\s+your?)\s+injur\w*|esta\s+(?:usted\s+)?herid[ao](?!\s+(?:su|tu|la|el)\s)|"
    r"le\s+(?:pego|hizo\s+dano)(?!\s+a\s))",
    re.I,
)
HURT_ANSWER = _rx(
    r"^\W*(?:\[[^\]]*\]\s*)*(?:yes|yeah|yea|s[ií]|my\s+\w+|mi\s+\w+)\b|\b(?:hurts?|pain|bleeding|me\s+duele|sangr\w+)\b",
    re.I,
)


def _says_hurt(text: str, speaker: str) -> bool:
    """'TC: Are you hurt?' / 'CALLER: My neck. My face.': the speaker answers that they are hurt."""
    turns = _turns(text)
    return any(
        answer.group("who").lower() == speaker.lower()
        and question.group("who").lower() != speaker.lower()
        and HURT_QUESTION.search(question.group("said"))
        and HURT_ANSWER.search(answer.group("said"))
        and not _rx(r"^\W*(?:no|not|nah)\b", re.I).match(answer.group("said"))
        for question, answer in pairwise(turns)
    )


# Harm done to a third person, told by a caller: "someone, like, raped her", "he's choking him".
THIRD_PERSON_HARM = _rx(
    rf"\b(?:{HARM_VERB}|raped|molested|choking|hitting|beating|punching|striking)\s+(?:(?P<her>her)|(?P<him>him))\b"
    # in Spanish, the one harmed after "a": "Mi papi le está pegando a mi mami"
    r"|\b(?:le|la|lo)\s+(?:esta\s+|estaba\s+)?(?:pegando|golpeando|ahorcando|pateando|empujando|pego|golpeo|ahorco|pateo|empujo)"
    rf"\s+a\s+(?:mi|su)\s+(?:(?P<her_es>{_KIN_F_ES})|(?P<him_es>{_KIN_M_ES}))\b"
    # or the one harmed first: "a mi hermana la violaron"
    rf"|\ba\s+(?:mi|su)\s+(?:(?P<her_first>{_KIN_F_ES})|(?P<him_first>{_KIN_M_ES}))\s+(?:la|lo|le)\s+"
    r"(?:violaron|violo|golpearon|golpeo|pegaron|pego|agredieron|agredio|atacaron|ataco|abusaron|abuso|apunalaron|apunalo)\b",
    re.I,
)


def _harmed_her(harm: re.Match) -> bool:
    """Whether the one THIRD_PERSON_HARM says was harmed is a woman."""
    return bool(harm.group("her") or harm.group("her_es") or harm.group("her_first"))


# A question for a named person's surname, and the answer's first word: "Do you know Kaitlyn's
# last name and her birthday?" / "F2: Sorensen. S-O-R-E-N-S-E-N."
SURNAME_QUESTION = _rx(
    rf"^[^\n]*?{SPEAKER}:[^\n]*\b(?P<who>(?-i:[A-Z][a-z]{{2,}}))(?:'s|’s)\s+(?:last\s+name|surname|family\s+name)\b[^\n]*\n"
    rf"{TRANSLATION_LINES}[^\n]*?{SPEAKER}:[ \t]*(?P<last>(?-i:[A-Z][a-z'-]{{2,}}))(?=[.,!]|\s*$)",
    re.M | re.I,
)


def _surnames_answered(text: str, people: People) -> None:
    """A person the record knows by first name alone takes the surname an answer gives when
    asked for it ("Kaitlyn" becomes Kaitlyn Sorensen), so the surname alone is hers too."""
    if "last name" not in text.lower() and "surname" not in text.lower():
        return
    for match in (*SURNAME_QUESTION.finditer(text), *SURNAME_TOLD.finditer(text)):
        person = people.find_single(match.group("who"))
        last = match.group("last")
        if person is not None and len(person.tokens) == 1 and _is_name_word(last):
            person.tokens.append(_normalise_word(last))


# A statement's own telling of a first-named person's surname: "Shawna's last name is Pelletier".
SURNAME_TOLD = _rx(
    r"\b(?P<who>(?-i:[A-Z][a-z]{2,}))(?:'s|’s)\s+(?:last\s+name|surname|family\s+name)\s+is\s+"
    r"(?P<last>(?-i:[A-Z][a-z'-]{2,}))\b"
)


def _transcript_others(text: str, people: People, kinds: set[str]) -> None:
    """A person the caller names when asked for 'his' or 'her' name is someone else, of that
    gender: "Señora Castillo" is then the caller, not her husband Ernesto Castillo."""
    if not OTHER_NAME_ASKED.search(text):
        return  # the line-by-line question pattern is slow; most records ask no such thing
    harm = THIRD_PERSON_HARM.search(text) if kinds else None
    for match in OTHER_NAME_QUESTION.finditer(text):
        parsed = _fullest_name(match.group("name"))
        if parsed and len(parsed[0]) == 1 and match.group("kin"):
            # "And your friend?" / "Kait. Kaitlyn.": her first name alone, its short form with it
            words = [w for w in _rx(r"(?-i:[A-Z][a-z]{2,})").findall(match.group("name")) if _is_name_word(w)]
            given = max(words, key=len, default="")
            person = people.add_given(given) if given else None
            if person is not None:
                person.nicknames.update(w for w in words if w != given and given.startswith(w))
                parsed = None
        else:
            person = None
        if person is not None or (parsed and len(parsed[0]) >= 2):
            person = person or people.add(parsed[0])
            pronoun = (match.group("es") or match.group("en") or match.group("kin")).lower()
            male = pronoun in ("el", "his", "brother", "son", "dad", "father") or bool(
                _rx(rf"(?:su|tu)\s+(?:{_KIN_M_ES})").fullmatch(pronoun)
            )
            gender = "" if pronoun in ("friend", "neighbor", "neighbour") else "M" if male else "F"
            if person is not None and not person.gender and gender:
                person.gender = gender
            # "My friend -- she just told me someone, like, raped her." / "What is her name?":
            # in a family-violence or sexual-assault call, the one the caller says was harmed
            if person is not None and harm and gender in ("", "F" if _harmed_her(harm) else "M"):
                person.roles.add("harmed")


def _fullest_name(answer: str) -> tuple[list[str], str] | None:
    """The fullest of the names an answer gives: "Lan. Nguyen Thi Lan.", "Lauren. Lauren Whitfield."."""
    answers = [a for a in _rx(r"(?<=[.!?])\s+").split(answer) if a.strip()]
    return max(
        (p for p in map(parse_name, answers) if p), key=lambda p: len(p[0]), default=None
    ) or parse_name(answer)


def _name_questions(text: str) -> Iterator[re.Match]:
    """TRANSCRIPT_NAME_QUESTION's matches, each answer line free to be the next question."""
    position = 0
    while match := TRANSCRIPT_NAME_QUESTION.search(text, position):
        yield match
        position = text.rfind("\n", 0, match.start("speaker")) + 1


def _transcript_callers(text: str, people: People, kinds: set[str]) -> None:
    """911 transcripts: 'CT: What's your name?' / 'C: Svetlana Hrytsenko.' names the caller.
    In a family-violence or sexual-assault record a caller who says they were hurt is the
    victim; any other caller is a witness. The ANI/ALI lines are the caller's phone and address."""
    # overlapped: an interpreter's line is both the answer to the call-taker's question and the
    # question the caller answers ("OP: What's your name?" / "INT: ¿Cómo se llama usted?" / "LL: ...")
    for match in _name_questions(text):
        speaker = match.group("speaker")
        if speaker.lower() == match.group("asker").lower():
            continue
        # once named, the transcript may label the speaker by name: "FEMALE: Danielle Whitcomb." then
        # "WHITCOMB: My neck."
        named = {t.lower() for t in _tokens(match.group("name"))} - {speaker.lower()}
        aliases = {
            t.group("who")
            for t in _turns(text)
            if t.group("who").lower() in named and t.start() > match.start()
        }
        speakers = [speaker, *sorted(aliases)]
        lines = [
            line
            for label in speakers
            for line in _rx(rf"^[^\n]*?\b{re.escape(label)}:[^\n]*", re.M).findall(text)
        ]
        # their whole turns, with the lines that carry them on ("... He followed us\n  and hit me")
        turns = [t.group(0) for t in _turns(text) if t.group("who").lower() in {s.lower() for s in speakers}]
        # quoted words are someone else's: 'I heard her screaming "you're choking me"'
        own_words = [QUOTED_WORDS.sub(" ", line) for line in lines + turns]
        harmed = any(FIRST_PERSON_HARM.search(line) for line in own_words)
        hurt = kinds and (harmed or any(_says_hurt(text, label) for label in speakers))
        # "They took my phone and my chain", or "this guy ... hit me" with no family-violence
        # marker: the victim of the crime the call is about, no witness to it (and protected only
        # in a family-violence or sexual-assault record). A caller hurt by someone not called a
        # stranger may be in a family-violence record whose markers were missed: still a witness.
        stranger = any(STRANGER.search(line) for line in own_words)
        robbed = any(ROBBED_ME.search(line) for line in own_words) or (harmed and stranger and not kinds)
        role = "suspect" if _told_under_arrest(text, speaker) else "victim" if hurt or robbed else "witness"
        parsed = _fullest_name(match.group("name"))
        single = _rx(r"^\W*(?P<name>(?-i:[A-Z][a-z]{2,}))\W*$").match(match.group("name"))
        if parsed and len(parsed[0]) >= 2:
            person = people.add(parsed[0], role)
        elif single and _is_name_word(single.group("name")):  # "What's your name, honey?" / "Jaylen."
            person = people.add_given(single.group("name"), role)
            # "W-I-D-E-L-I-N-E. Last name Pierre-Louis.": the surname given a turn later
            last = next((m for m in map(LAST_NAME_SAID.search, lines) if m), None)
            if last and len(person.tokens) == 1 and _is_name_word(last.group("last")):
                person.tokens.append(_normalise_word(last.group("last")))
        else:
            continue
        # an interpreter says the caller's words in the first person: "My sister's husband ..."
        # (whole turns: "My friend arrived\n      crying, she says a man raped her.")
        interpreted = [
            t.group(0)
            for t in _turns(text)
            if t.group("who").upper() in ("INT", "INTERP", "INTERPRETER", "INTERPRETE")
        ]
        _transcript_relatives(text, people, turns + interpreted)  # whole turns: "she\n     says he raped her"
        for label in speakers:
            _answered_details(text, label, person)
        for turn in _turns(
            text
        ):  # "It's my car though, it's in my name. The plate is BK-22K19... B-K-2-2-K-1-9."
            said = turn.group("said")
            if turn.group("who") in speakers and OWN_VEHICLE.search(said):
                person.identifiers.update(m.group("value") for m in PLATE.finditer(said))
                person.identifiers.update(SPELLED_PLATE.findall(said))
        for line in lines:  # "C: My cell, 203-555-0126."
            person.identifiers |= first_person_identifiers(line)
            person.nicknames |= first_person_nicknames(line)  # 'Aquí me conocen como "Don Moncho"'
        for line in lines:  # "C: I'm at 56 Nicoll Street, second floor."
            for address in ADDRESS.finditer(line):
                if _rx(
                    r"\b(?:I'?m\s+at|I\s+am\s+at|I\s+live\s+at|my\s+address\s+is|estoy\s+en|vivo\s+en)\W{0,3}$",
                    re.I,
                ).search(line[: address.start()]):
                    person.identifiers.add(address.group(0).strip(" ,"))
        keyed = {m.group("code").lower() for m in CALLER_KEY.finditer(text)}
        if not _rx(CALLER_SPEAKER, re.I).fullmatch(speaker) and (speaker.lower() not in keyed):
            continue  # the ANI/ALI lines are the caller's, not a neighbour's who took the phone
        for label in ("ANI", "ALI", "Call-?back", "CB#?"):
            for value in _rx(
                rf"\b{label}\s*:\s*(?P<value>[^\n]*?)(?=\s{{3,}}|\s+[A-Z]{{2,4}}:|$)", re.M
            ).finditer(text):
                person.identifiers |= identifiers_in(value.group("value"))


# A call transcript's label for its caller: "C", "CALLER", "CLR", "RP", "LLAMANTE", "LL".
CALLER_SPEAKER = r"(?:C|CALLER|CLR|CALLER[ ]?1|RP|LLAMANTE|LLAM|LL)"
# A transcript header's key to the caller's label: "Llamante / Caller: (LL)".
CALLER_KEY = _rx(r"^[^\n:]*\b(?:caller|llamante)\b[^\n:]*:[ \t]*\((?P<code>[A-Za-z]{1,4})\)", re.M | re.I)
OWN_VEHICLE = _rx(r"\b(?:my\s+(?:car|vehicle|truck|van|jeep|suv)|in\s+my\s+name|mi\s+carro)\b", re.I)
SPELLED_PLATE = _rx(r"(?<![\w-])(?:[A-Z0-9]-){4,7}[A-Z0-9](?![\w-])")


def _trim_name(raw: str) -> str:
    """Cut a name sequence at the first word that is plainly not a name."""
    words = raw.split()
    kept = []
    for word in words:
        if (
            not _is_name_word(word)
            and not _rx(_PARTICLE).fullmatch(word)
            and not _rx(r"[A-Z]\.").fullmatch(word)
        ):
            break
        kept.append(word)
    while kept and _rx(_PARTICLE).fullmatch(kept[-1]):
        kept.pop()
    return " ".join(kept)


HR_MATTER = _rx(
    r"\b(?:human\s+resources|employee\s+relations|personnel\s+(?:memo\w*|file|matter|investigation)|"
    r"hostile\s+work(?:place)?\s+environment|workplace\s+(?:investigation|complaint)|grievance|EEO)\b",
    re.I,
)


def _hr_matter(text: str) -> bool:
    """A personnel or HR matter with no crime in it: its witnesses are not crime witnesses. Its
    own denial of one ('it does not involve any allegation of criminal conduct') is no crime."""
    if not HR_MATTER.search(text[:2000]):
        return False
    return not CRIMINAL_MATTER.search(NO_CRIME.sub(" ", text))


# A sentence denying a crime: "does not involve any allegation of criminal conduct".
NO_CRIME = _rx(r"\b(?:no|not|never|without)\b[^.]{0,50}?\bcriminal\b", re.I)


# Words that put a crime in a record, in English or Spanish.
CRIME_CONTEXT = _rx(
    rf"{CRIMINAL_MATTER.pattern}|\b(?:NHPD|crimes?|crimen|delito|"
    r"incident|theft|stole|stolen|robo|robaron|suspect|sospechos[oa]|victims?|victima|witness\w*|testigos?|"
    # (not a tax collector's "Marshal warrant status", "tax warrant")
    r"911|(?<!marshal\s)(?<!tax\s)(?<!marshal's\s)warrant|detective|sworn|jurada|attack\w*|threat\w*|amenaz\w*|golpe\w*|hit|punched|fight|pelea|"
    r"shots?|gunfire|stabb\w*|killed|murder\w*|dispar\w*|balacera|tiroteo|apunal\w*|asalt\w*|agred\w*|agresion|"
    r"pego|pegaron|violo|violaron|mataron|violencia|abus\w*)\b",
    re.I,
)


VICTIM_STATEMENT_TITLE = _rx(
    r"\b(?:victim(?:['’]s)?[ \t]+(?:sworn[ \t]+|written[ \t]+)?statement|statement[ \t]+of[ \t]+(?:the[ \t]+)?victim"
    r"|declaracion[ \t]+(?:jurada[ \t]+)?de[ \t]+(?:la[ \t]+|el[ \t]+)?victima"
    # an interview of the victim: "Entrevista de víctima", "Victim interview"
    r"|victim[ \t]+interview|interview[ \t]+(?:of|with)[ \t]+(?:the[ \t]+)?victim|entrevista[ \t]+(?:de|a)[ \t]+(?:la[ \t]+|el[ \t]+)?victima)\b",
    re.I,
)


# A rule across the page between two forms printed in one file: "=====", "-----".
FORM_RULE = _rx(r"^[ \t]*(?:={10,}|-{10,})[ \t]*$", re.M)


def _forms_of_their_own(text: str, records: list[tuple[Person, str]], kinds: set[str]) -> None:
    """Two forms in one file, each about its own person ("Student: PRICE, Jaylen" on a vaping
    referral, then, under a rule, "Student: ROMERO, Alexis" on a counselor's note of her
    father's belt): the form that tells no family violence or sexual assault makes its subject
    no victim, when another form's subject has one to tell."""
    rules = [m.start() for m in FORM_RULE.finditer(text)]
    if not kinds or not rules:
        return
    bounds = [0, *rules, len(text)]
    forms: dict[int, list[Person]] = {}
    for person, fragment in records:
        at = text.find(fragment) if "subject" in person.roles else -1
        if at >= 0:
            form = next(i for i in range(len(bounds) - 1) if at < bounds[i + 1])
            forms.setdefault(form, []).append(person)
    told = {form for form in forms if _kinds(text[bounds[form] : bounds[form + 1]])}
    if not told or len(forms) < 2:
        return
    in_told = {id(person) for form in told for person in forms[form]}
    for form, persons in forms.items():
        for person in persons:
            if (
                form not in told
                and id(person) not in in_told
                and person.row_kinds is None
                and not person.roles & {"victim", "harmed"}
            ):
                person.row_kinds = set()


# What a record says its one client perceived, by pronoun, and that a statement was given.
SUBJECT_SAW = _rx(r"\b(?:she|he|ella|el)\s+(?:also\s+|tambien\s+)?(?:saw|witnessed|vio|presencio)\b", re.I)
SUBJECT_GAVE_STATEMENT = _rx(r"\b(?:dio|gave)\s+(?:una\s+|a\s+)?(?:declaracion|statement)\b", re.I)


def _assign_entities(people: list[Person], kinds: set[str], text: str) -> None:
    """Each person's protected entity from their roles and the case kind (labels are numbered
    later, once initials have joined the names they stand for: `_number_labels`)."""
    hr_matter = _hr_matter(text)
    # a caller's "Mi nombre es ..." on a housing complaint line states no crime to witness
    crime = bool(kinds) or bool(CRIME_CONTEXT.search(text))
    declarants = [p for p in people if "statement" in p.roles and not p.roles & {"witness", "suspect"}]
    # "DECLARACIÓN DE LA VÍCTIMA -- VIOLENCIA FAMILIAR": the one who gives it is the victim
    victim_statement = len(declarants) == 1 and bool(VICTIM_STATEMENT_TITLE.search(text[:400]))
    # an intake of several households that names its one victim apart ("HOUSEHOLD 09 -- ...
    # Ms. Bouchard told me she has a protective order"): the other heads of household are no
    # victims for the record's kind
    subjects = [p for p in people if "subject" in p.roles]
    victim_apart = len(subjects) >= 2 and any(
        "victim" in p.roles and not p.roles & {"subject", "suspect"} for p in people
    )

    def robbed_declarant(person: Person) -> bool:
        """'Yo, Wilmer ..., declaro ... me quitó la cartera': the one declarant of a record of no
        protected kind who tells of being robbed is the robbery's victim, no witness to it."""
        return not kinds and declarants == [person] and bool(ROBBED_ME.search(text))

    for person in people:
        roles = person.roles
        if "suspect" in roles:
            continue
        if victim_statement and person is declarants[0]:
            roles = roles | {"victim"}
        entity = ""
        case = kinds if person.row_kinds is None else person.row_kinds  # her own row's, in a tracker
        if "subject" in roles and case and not roles & {"witness", "statement"} and not victim_apart:
            roles = roles | {"victim"}
        if (
            "subject" in roles
            and not case
            and crime
            and subjects == [person]
            and SUBJECT_SAW.search(text)
            and SUBJECT_GAVE_STATEMENT.search(text)
        ):
            # a case note's one client who saw the robbery and told the police: "Ella vio la cara
            # de uno de ellos. Esa misma noche dio una declaración a un agente"
            roles = roles | {"witness"}
        if "harmed" in roles and case:  # told of harm done to them, in a family-violence or assault record
            roles = roles | {"victim"}
        if "victim" in roles:
            if case:
                entity = (
                    "SEXUAL_ASSAULT_VICTIM"
                    if "SA" in case and ("DV" not in case or _sa_about(person, text))
                    else "DV_VICTIM"
                )
        elif (
            roles == {"witness"}
            and person.codes & {"CALL", "RP"}
            and not crime
            and not CALLER_PERCEIVED.search(text)
        ):
            pass  # the caller of a fender-bender or a welfare check saw no crime
        elif ("witness" in roles or ("statement" in roles and crime and not robbed_declarant(person))) and (
            not hr_matter or (kinds and _kin_named(person, text))
        ):
            # (in a personnel file, coworkers in their jobs witness no crime; the neighbour who
            # watched him hit the employee at home does: "My neighbor, Dana Whitlock, told me ...")
            entity = "CRIME_WITNESS"
        if entity:
            person.entity = entity


def _kin_named(person: Person, text: str) -> bool:
    """Whether the record names the person as someone's relative, friend or neighbour: 'My
    neighbor, Dana Whitlock'."""
    if len(person.tokens) < 2:
        return False
    name = r"[ \t]+".join(re.escape(t) for t in person.tokens)
    return bool(
        _rx(rf"\b(?:my|her|his|their|mi|su)[ \t]+{KIN_WORDS}[ \t]*,?[ \t]+{name}\b", re.I).search(text)
    )


def _sa_about(person: Person, text: str) -> bool:
    """With both markers in a record, the nearer marker to the person's mentions decides."""
    name = person.last or next(iter(person.initials), "")
    positions = [m.start() for m in _rx(re.escape(name)).finditer(text)] if name else []
    if not positions:
        return True
    cues = role_cues()
    sa = [m.start() for m in cues.sa_markers.finditer(text)]
    dv = [m.start() for m in cues.dv_markers.finditer(text)]

    def nearest(marks: list[int]) -> int:
        return min((abs(m - p) for m in marks for p in positions), default=10**9)

    return nearest(sa) <= nearest(dv)


# --- identifiers ----------------------------------------------------------------


def _year(date: str) -> int:
    parts = _rx(r"[/. -]").split(date)
    year = int(parts[0] if len(parts[0]) == 4 else parts[-1])
    return year + (1900 if year > 40 else 2000) if year < 100 else year


# A date this many years before the newest date in the record is a birth date, not an event.
DOB_MIN_AGE = 10


def _workplace_address(text: str, start: int) -> bool:
    """Whether the address at `start` is where someone works ("teller at the branch, 185 Church St")
    or mail is sent in someone else's care ("c/o Office of Victim Services,\n 235 Church St").
    A job in a person's row is no workplace when the DOB comes between it and the address:
    "OBI, Chinedu (bartender)   M/B   DOB 10/10/1992   510 George St" is his home."""
    if _rx(r"\bc/o\b[^\n]{0,60}?\s*$", re.I).search(text[max(0, start - 200) : start]):
        return True
    if VENUE_AFTER.match(text, start):
        return True  # "Location: 1 Union Ave, MCU Interview Room B": where an interview was held
    before = text[max(0, start - 45) : start]
    job = WORKPLACE.search(before)
    return bool(job) and not DATE.search(before[job.start() :])


# A room named right after an address: the place is a building where people meet, not a home.
VENUE_AFTER = _rx(
    r"[^\n,]{4,60},[ \t]*[^\n]{0,30}?\b(?:interview|conference|hearing|court|waiting|exam|family)[ \t]+room\b",
    re.I,
)


def _newest_year(text: str) -> int:
    """The year of the record's newest date (0 when it has none): how old a date must be to be a
    birth date."""
    return max((_year(m.group(0)) for m in DATE.finditer(text)), default=0)


def _old_enough(date: str, newest_year: int) -> bool:
    """At least DOB_MIN_AGE years before the record's newest date: a birth date, not an event."""
    return bool(newest_year) and _year(date) <= newest_year - DOB_MIN_AGE


def identifiers_in(fragment: str, newest_year: int = 0, table_row: bool = False) -> set[str]:
    """DOB, address, phone, e-mail and plate values in a table row or a 'Name:' block.

    A date counts as a DOB when a DOB cue is right before it, or when it is at
    least DOB_MIN_AGE years older than the newest date in the record ("served
    09/18/2024" in a witness block is an event, not an identifier). In an
    involved-persons row the first date is the DOB column.
    """
    values: set[str] = set()
    for index, match in enumerate(DATE.finditer(fragment)):
        cued = _dob_cued(fragment, match.start())
        if cued or _old_enough(match.group(0), newest_year) or (table_row and index == 0):
            values.add(match.group(0))
    for rx in (PHONE, EMAIL):
        values.update(m.group(0).strip(" ,") for m in rx.finditer(fragment))
    for match in ADDRESS.finditer(fragment):
        if not _workplace_address(fragment, match.start()):
            values.add(match.group(0).strip(" ,"))
    values.update(m.group("value") for m in PLATE.finditer(fragment))
    values.update(m.group("value") for m in RECORD_NUMBER.finditer(fragment))
    values.update(m.group("value") for m in DIGITS_DOB.finditer(fragment))
    values.update(m.group("value") for m in CALLBACK.finditer(fragment))
    values |= _own_extensions(fragment)
    return {v for v in values if v}


DETAIL_LABEL = _rx(
    r"^[ \t]*(?:Address|Addr|Res(?:idence)?|Home|Unit|Property|Premises|Phone|Cell|Tel(?:ephone)?|Mobile|E-?mail|DOB|Date\s+of\s+Birth|"
    # ("Telephone where I can safely be reached:")
    r"Domicilio|Direccion|Telefono|Celular|Correo|Fecha\s+de\s+nac\w*|Vehicle|Plate|Reg(?:istration)?|"
    # the card shown: "Identificación presentada: Elm City Resident Card #ECRC-0047821"
    r"Identificacion|Identification|ID|Licencia|Licen[cs]e)\b[^:\n]{0,40}:",
    re.I,
)


def _detail_lines(text: str, position: int, after_blank: bool = False) -> str:
    """'Address: ...', 'Phone: ...' lines right under the line of a mention, as one block; with
    `after_blank`, also when one blank line sets them off from a heading."""
    line_end = text.find("\n", position)
    if after_blank and line_end >= 0 and _rx(r"\n[ \t]*\n").match(text, line_end):
        line_end = text.find("\n", line_end + 1)
    lines = []
    while line_end >= 0:
        next_end = text.find("\n", line_end + 1)
        line = text[line_end + 1 : next_end if next_end > 0 else len(text)]
        if not DETAIL_LABEL.match(line):
            break
        if not STAFF_LINE.match(line):  # "Housing Specialist: R. Achterberg (ext. 4127)" is not hers
            lines.append(line)
        line_end = next_end
    return ("\n" + "\n".join(lines)) if lines else ""


# Words before an address that make it a workplace or venue, not the person's home.
WORKPLACE = _rx(
    r"\b(?:works?|workplace|employer|employed|branch|bar|store|shop|restaurant|office|center|centre|hospital|"
    r"school|church|bank|company|inc|llc|deli|market|station|teller|bartender|cashier|clerk|manager|"
    r"SVU|headquarters|HQ|courthouse|clinic|clinica|precinct|substation|subestacion|library|"
    r"transported\s+to|taken\s+to|brought\s+to|booked\s+at|"
    r"in\s+front\s+of|outside|lot\s+of|trabaja|tienda|place\s+of\s+(?:statement|interview|incident|occurrence|arrest))\b[^\n]{0,40}$",
    re.I,
)


LIVES_IN_PARENTHESES = _rx(r"\b(?:resides|lives|living|staying|vive|reside)\b[^.;:()\n]{0,120}\($", re.I)


def _stop_word(word: str) -> re.Pattern:
    """A word that ends a mention's details: another person's name token, capitalised in the
    text as in the name ("Library" of a misread "Main Library" is not "library card"), or a
    role word written in lower case, found in any case ("Officer", "officer")."""
    first = f"(?-i:{re.escape(word[0])})" if word[0].isupper() else re.escape(word[0])
    return _rx(rf"(?<![\w.@]){first}{re.escape(word[1:])}(?![\w@]|\.\w)", re.I)


def identifiers_near(text: str, position: int, stop_words: list[str]) -> set[str]:
    """Identifiers stated right after a mention, in the same sentence, before anyone else is named.

    In a table row (cells split by '|' or runs of spaces) the sentence ends with the line.
    """
    tail = text[position : position + 200]
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    tabular = "|" in line or bool(_rx(r"\S {3,}\S|^\S[^\n]{0,40}[ \t]+-[ \t]+").search(line))
    if tabular:
        # A table row, CAD entry or canvass line: the row is the person's, before and after.
        before = text[line_start:position]
        for word in stop_words:
            for hit in _stop_word(word).finditer(before):
                before = before[hit.end() :]
                break
        row = tail.split("\n", 1)[0]
        if row.rstrip().endswith(","):  # the row goes on: "..., 88 Lombard St, Apt 2R,\ntel 203-..."
            row += " " + tail.split("\n", 2)[1] if tail.count("\n") >= 1 else ""
        sentence = before + "  " + row + _detail_lines(text, position)
        tail_offset = len(before) + 2
    else:
        tail_offset = 0
        stop = _rx(
            r"(?<!\b[A-Z])(?<!\b(?:Ms|Mr|St|Dr|Mrs|Apt|Ave|Jr|Sr|ext|No|tel|Tel|approx|Fl|Rd|Blvd|Ct|Ln|Ofc|Det|Sgt|Lt|Rm|Ste|Co|Inc|vs|p\.m|a\.m))[.!?](?:\s|$)|\n\s*\n"
        ).search(tail)
        sentence = tail[: stop.start()] if stop else tail
        for line_break in _rx(r"\n").finditer(sentence):
            if _other_party_label(sentence[line_break.end() :]):
                sentence = sentence[: line_break.start()]  # "Sender of threats: ..." is another field
                break
    for word in stop_words:
        hit = _stop_word(word).search(sentence)
        if hit:
            sentence = sentence[: hit.start()]
    if "\n" in sentence:  # a staff member's line under hers: "Housing Specialist: R. Achterberg (ext. 4127)"
        sentence = "\n".join(line for line in sentence.split("\n") if not STAFF_LINE.match(line))
    values: set[str] = set()
    for rx in (DATE, TEXT_DATE):
        for date in rx.finditer(sentence):
            if _dob_cued(sentence, date.start()):
                values.add(date.group(0))
    for match in ADDRESS.finditer(sentence):
        # white space collapsed: a table's notes wrap onto indented lines
        before = _rx(r"\s+").sub(" ", sentence[max(0, match.start() - 160) : match.start()])[-50:].lower()
        near = 0 <= match.start() - tail_offset < 40
        cued = _rx(
            r"(?:resides|residing|lives|living|address|addr|res|residence|home|vive|domicilio|direccion|tenant\s+at)\W{0,3}$"
            # "who lives in the rear cottage at 412R Lloyd St"
            # "lives w/ father at 29 Columbus Ave"
            r"|\b(?:resides|lives|living|staying|vive)\b[^.,;\n]{0,30}?\b(?:at|en)[ \t]+$"
        ).search(before) or (near and _rx(r"\bof\W{0,3}$").search(before))
        # the home described, then its address in parentheses: "vive con los niños en una unidad
        # de vivienda pública de Elm City Communities (230 Eastern St, apto. 4B)"
        cued = cued or LIVES_IN_PARENTHESES.search(sentence[max(0, match.start() - 160) : match.start()])
        if _workplace_address(sentence, match.start()):
            continue
        # "NAME, DOB 02/11/1966, 88 Lombard St": an address in the run of details right after the name
        # or in parentheses right after it: "guest Lakeisha Dunn\n (22 Dyer St, 2nd fl) -- she was ..."
        listed = 0 <= match.start() - tail_offset < 45 and _rx(r"(?:,|^\s*\()[ \t]*$").search(
            sentence[tail_offset : match.start()] if match.start() >= tail_offset else before
        )
        if cued or listed or tabular:  # in a table or log row every address is the row's person's
            values.add(match.group(0).strip(" ,"))
    named = text[max(0, position - 60) : position]  # the mention these details follow
    for rx in (PHONE, EMAIL, HANDLE):
        values.update(
            m.group(0)
            for m in rx.finditer(sentence)
            if not _someone_elses(sentence, m.start(), m.end(), lambda holder: holder in named)
        )
    values.update(m.group("value") for m in PLATE.finditer(sentence) if not _plate_of_other(sentence, m))
    values.update(m.group("value") for m in RECORD_NUMBER.finditer(sentence))  # "Library card #: 2100..."
    values |= _own_extensions(sentence)  # "can be reached there at ext. 4417"
    return values


def _own_extensions(fragment: str) -> set[str]:
    """Work extensions standing alone, not the tail of a phone number already taken."""
    phone_spans = [m.span() for m in PHONE.finditer(fragment)]
    return {
        f"ext {m.group('value')}"  # found again as an extension, never as a time "2214 hrs"
        for m in EXTENSION.finditer(fragment)
        if not any(s <= m.start() < e for s, e in phone_spans)
    }


# A floor's number written as a word, in English and Spanish.
ORDINAL_WORDS = {"1": "first|primer", "2": "second|segundo", "3": "third|tercer", "4": "fourth|cuarto"}


def value_regex(value: str) -> re.Pattern:
    """Regex finding an identifier again in its common spellings."""
    digits = _rx(r"\D").sub("", value)
    if PHONE.fullmatch(value) and len(digits) >= 10:
        d = (
            digits[-10:]
            if not _rx(r"ext|x", re.I).search(value)
            else _rx(r"\D").sub("", PHONE.match(value).group(0))[:10]
        )
        d = d[-10:]
        return _rx(
            rf"(?<![\d-])(?:\+?1[ .-]?)?(?:\({d[:3]}\)|{d[:3]})[ .-]?{d[3:6]}[ .-]?{d[6:]}(?:,?[ \t]*(?:ext\.?|x)[ \t]*\d{{1,5}})?(?![\d-])"
        )
    if value.startswith("ext "):  # "his work extension (3318)", "her desk line, 3318"; not "at 2214 hrs"
        # with the word before it when written: "ext. 3391" and "x4417" go whole
        return _rx(
            rf"(?:(?<![\w])(?:{EXTENSION_WORD}|x)|(?<![\w.,/:-])(?<!\d[ \t])(?<!\b(?:at|@)[ \t]))"
            rf"{value[4:]}(?![\w-])(?![ \t]*(?:hrs|hours|h)\b)",
            re.I,
        )
    parts = _rx(r"[/.-]").split(value)
    if DATE.fullmatch(value) and len(parts) == 3 and all(p.isdigit() for p in parts):
        if len(parts[0]) == 4:  # "1944-05-02", "1999.11.08"
            year, month, day = (p.lstrip("0") or "0" for p in parts)
            return _rx(rf"(?<![\d/.-]){year}[/.-]0?{month}[/.-]0?{day}(?![\d/-]|\.\d)")
        month, day, year = (p.lstrip("0") or "0" for p in parts)
        year_rx = year if len(year) == 4 else rf"(?:\d\d)?{year}"
        # (after a print's key too: "DOB/03/17/1984", but not inside "1/03/17/1984")
        return _rx(rf"(?<![\d.-])(?<!\d/)0?{month}[/.-]0?{day}[/.-]{year_rx}(?![\d/-]|\.\d)")
    if ADDRESS.fullmatch(value):
        core = _rx(rf"(.+?[ \t]{STREET_TYPES})\.?(?![\w])").match(value)
        words = [re.escape(w) for w in (core.group(1) if core else value).split()]
        stem = r"[ \t\n]+".join(words[:-1]) + r"[ \t\n]+" + words[-1][:2] + r"[\w]*\.?"
        unit = _rx(rf"\.?{UNIT_BODY}").match(value, core.end()) if core else None
        # the unit's number, with a letter that is part of it ("2B"), not an ordinal's ("1st")
        number = _rx(r"\d+(?:[A-Za-z](?![A-Za-z]))?").search(unit.group(0)) if unit else None
        if number:
            # "71 Kensington St, 1st fl" is found again as the building alone or the same unit;
            # another unit of it is found too ("her residence, 71 Kensington St, 2nd fl" names a
            # neighbour's home), but not where it opens a line: a canvass or table row is another door
            key = number.group(0)
            if key in ORDINAL_WORDS:  # "1st fl" is also "the first floor", "primer piso"
                key = f"(?:{key}|{ORDINAL_WORDS[key]})"
            own = rf"(?=,?[ \t]*[^\d\n]{{0,14}}{key}(?!\d)(?![A-Za-z](?![A-Za-z])))"
            row_start = r"(?<!^[ \t]*(?:(?:[-*•]|\d{1,3}[.)]?)[ \t]+)?[\"']?)"
            return _rx(
                rf"(?<![\w]){stem}(?![\w])(?:{own}{UNIT_BODY}|(?!\.?{UNIT_BODY}))"
                rf"|{row_start}(?<![\w]){stem}(?![\w]){UNIT}",
                re.I | re.M,
            )
        return _rx(rf"(?<![\w]){stem}(?![\w]){UNIT}", re.I)
    return _rx(rf"(?<![\w]){re.escape(value)}(?![\w])", re.I)


# --- mentions ----------------------------------------------------------------------


# A particle between two name words, somewhere in the text ("María de la Cruz"). Without one,
# the gap between name words is plain white space: the same matches, and the name patterns,
# compiled afresh for every document's people, compile several times faster.
PARTICLE_GAP = _rx(rf"[ \t\n](?:{_PARTICLE})[ \t\n]", re.I)
# A letter, any case, without case folding: an initial. Under IGNORECASE "[A-Z]" costs a
# Unicode case-folding pass at each compile; this matches the same initials.
_LETTER = r"(?-i:[A-Za-z])"


# A generational suffix after a full name: "Curtis Lyle Jr.", "Luis Ortiz III".
_SUFFIX = r"(?:,?[ \t]+(?-i:Jr|Sr|JR|SR|II|III|IV)\.?(?![\w]))?"
# Right after an honorific, as fixed-width look-behinds the standard library compiles.
_AFTER_HONORIFIC = (
    "(?:"
    + "|".join(f"(?<={h}{dot} )" for h in ("Mr", "Ms", "Mrs", "Miss", "Sr", "Sra") for dot in ("", r"\."))
    + ")"
)


def _gap(particles: bool = True) -> str:
    """The space between two words of one name: a few spaces or a line break, never a table's
    column gap ("CARUSO, BRITTANY L.      CARUSO, ANTHONY M." holds two people)."""
    space = r"(?:[ \t]{1,3}|[ \t]*\n[ \t]*)"
    return rf"(?:{space}(?:{_PARTICLE}{space})*)" if particles else space


def name_forms(person: Person, text: str) -> list[tuple[str, NameForm]]:
    """(kind, regex) for every name form, longest first, so a full name is one redaction."""
    return _name_forms(
        tuple(person.tokens),
        frozenset(person.nicknames),
        frozenset(person.initials),
        _has_particles(text),
    )


@lru_cache(maxsize=1)
def _has_particles(text: str) -> bool:
    """Whether any name particle occurs in the text: asked for every person's name forms, so
    answered once per text (cleared with `_found` after each document)."""
    return bool(PARTICLE_GAP.search(text))


# Where bare initials stand for a person: before a lower-case word ("LW picked #4"), a
# possessive, a closing parenthesis or quote ('Priscilla Nwankwo (PN)'), a dash before their
# details ("AAM -- DOB 1/30/1986"), or a page's initials line.
# A surname's initial that ends a name, no full name going on from it ("Marisol V.", not "Ana G. Pizarro").
INITIAL_ENDS_NAME = r"\.(?![\w])(?![ ](?-i:[A-Z][a-z]))"
BARE_INITIALS_AFTER = r"(?=[ \t]+[a-z]|['’]s\b|[)\"”]|[ \t]+/[ \t]|[ \t]+(?:--|—|–)[ \t]|[ \t]*(?:\n|$))"


def _bare_initials(tokens: list[str]) -> list[str]:
    """The capitals a record may write for a person of these names ("LW" for Lauren Whitfield,
    "THV" and "TV" for Thi Huong Vo), unless they are a common abbreviation."""
    # a hyphenated surname gives a letter per part: "AAM" for Abena Asante-Mensah
    letters = [part[0].upper() for t in tokens for part in t.split("-") if part and part[0].isalpha()]
    if len(letters) < 2:
        return []
    found = {"".join(letters)} if len(letters) <= 3 else set()
    found.add(letters[0] + letters[-1])
    return sorted(f for f in found if f not in role_cues().not_initials)


# Shapes a text must show somewhere before a letters-only name form is worth compiling:
# dotted initials ("J. B.", "S.M.G."), an honorific and an initial ("Mr. O."), and a word
# spelled out letter by letter ("W-I-L-M-E-R", "P, dash, L").
DOTTED_INITIALS = _rx(r"(?<![\w])[^\W\d_]\.[ ]?[^\W\d_]\.")
HONORIFIC_INITIAL = _rx(r"(?:Mr|Ms|Mrs|Miss|Sr|Sra)\.?[ ][^\W\d_]\.", re.I)
_SPELLED_GAP = r"(?:,?[ \t]*dash,?[ \t]*|-)"
SPELLED_LETTERS = _rx(rf"(?<![\w])\S{_SPELLED_GAP}\S{_SPELLED_GAP}\S", re.I)


def _case_folded(text: str) -> str:
    """Text compared without case, the way IGNORECASE compares it ("ı" as "i")."""
    return text.casefold().replace("ı", "i")


@lru_cache(maxsize=1)
def _folded_text(text: str) -> str:
    """The document once case-folded: every name form of every person asks for it."""
    return _case_folded(text)


@lru_cache(maxsize=64)
def _shows(gate: re.Pattern, text: str) -> bool:
    """Whether the text shows a gate's shape anywhere (cleared with `_found`)."""
    return gate.search(text) is not None


@dataclass(frozen=True)
class NameForm:
    """One written form of a person's name, compiled only for a text that could hold it.

    Most forms ("Vega, Carmen", "C. Vega", "C-A-R-M-E-N") never occur in a given record, and
    compiling every document's name patterns had been a quarter of linking's time. Every match
    of a form contains its `needles` (case-folded literals) and, for a form of letters, shows
    its `gate` somewhere in the text; a text without them is never searched."""

    kind: str
    pattern: str
    flags: int = 0
    needles: tuple[str, ...] = ()
    gate: re.Pattern | None = None

    def could_occur(self, text: str) -> bool:
        folded = _folded_text(text)
        return all(n in folded for n in self.needles) and (self.gate is None or _shows(self.gate, text))

    @property
    def regex(self) -> re.Pattern:
        return _rx(self.pattern, self.flags)

    def finditer(self, text: str) -> Iterator[re.Match]:
        return self.regex.finditer(text) if self.could_occur(text) else iter(())


def _needles(*words: str) -> tuple[str, ...]:
    # (a hyphenated name's parts one by one: the margin may break it at its hyphen)
    return tuple(sorted({_case_folded(part) for w in words if w for part in w.split("-") if part}))


@lru_cache(maxsize=4096)
def _name_forms(
    tokens_: tuple[str, ...], nicknames: frozenset[str], initials_: frozenset[str], particles: bool
) -> list[tuple[str, NameForm]]:
    person = Person(tokens=list(tokens_), nicknames=set(nicknames), initials=set(initials_))
    raw = person.tokens
    # (kind, pattern, needles, gate): needles are the literal words every match contains
    forms: list[tuple[str, str, tuple[str, ...], re.Pattern | None]] = []
    # (a hyphenated name broken at its hyphen by the margin is one name: "Joanna Abernathy-\nSolis")
    tokens = [re.escape(t).replace(r"\-", r"-(?:[ \t]*\n[ \t]*)?") for t in person.tokens]
    # a middle initial, one space away: three spaces and an "F" are a table's sex column
    middle = rf"(?:[ \t]{{1,2}}{_LETTER}\.|[ \t]{_LETTER}(?![\w]))?"
    gap = _gap(particles)
    nick = "|".join(re.escape(n) for n in person.nicknames)
    nick_part = rf"(?:[ \t]+[\"'(](?:{nick})[\"')])?" if nick else ""
    if len(tokens) >= 2:
        first, rest = tokens[0], tokens[1:]
        every = _needles(*raw)
        # every token first, in both orders, before any partial form claims part of them
        forms.append(("full", first + nick_part + middle + gap + gap.join(rest) + _SUFFIX, every, None))
        # a middle name the record gives once: "Rashida Denise Coleman" for Rashida Coleman
        forms.append(
            ("full", first + r"[ \t](?-i:[A-Z][a-z]{2,})" + gap + gap.join(rest) + _SUFFIX, every, None)
        )
        for k in range(len(tokens) - 1, 0, -1):
            given = r"[ \t]+".join(tokens[:k])
            surnames = gap.join(tokens[k:])
            forms.append(
                ("full", surnames + r",[ \t]*" + given + middle, _needles(*raw, raw[-1] + ","), None)
            )
        # the last surname cut to its initial, as a signature may: "Graciela Ayala R." for Graciela
        # Ayala Ramos (not where a full name goes on from it)
        if len(tokens) >= 3:
            forms.append(
                (
                    "full",
                    first
                    + gap
                    + gap.join(rest[:-1])
                    + rf"[ ](?-i:{re.escape(raw[-1][0].upper())}){INITIAL_ENDS_NAME}",
                    _needles(*raw[:-1]),
                    None,
                )
            )
        # the middle name cut to its initial: "OWN/LINDGREN, SARAH E" for Sarah Elizabeth
        if len(tokens) >= 3:
            forms.append(
                ("full", tokens[-1] + r",[ \t]*" + first + middle, _needles(raw[0], raw[-1] + ","), None)
            )
        for k in range(1, len(tokens)):  # the surnames and an initial, longest first: "V1 PAZ CRUZ, M."
            forms.append(
                (
                    "full",
                    gap.join(tokens[k:]) + rf",[ \t]*{re.escape(raw[0][0])}\.(?![\w])",
                    _needles(*raw[k:], raw[-1] + ","),
                    None,
                )
            )
        for k in range(2, len(tokens)):
            # a middle name cut to its initial, a second surname perhaps left off:
            # "Yunior A. Batista" for Yunior Alexander Batista Féliz
            initials = "".join(rf"[ \t]+{re.escape(t[0])}\.?" for t in raw[1:k])
            for end in sorted({len(tokens), k + 1}, reverse=True):
                forms.append(
                    (
                        "full",
                        first + initials + gap + gap.join(tokens[k:end]),
                        _needles(raw[0], *raw[k:end]),
                        None,
                    )
                )
        for cut in range(len(rest) - 1, 0, -1):
            forms.append(
                (
                    "full",
                    first + nick_part + middle + gap + gap.join(rest[:cut]),
                    _needles(*raw[: cut + 1]),
                    None,
                )
            )
        for skip in range(1, len(rest)):  # "Luz N. Colón", "Luz Colón" for Luz Nereida Colón
            forms.append(
                (
                    "full",
                    first + rf"(?:[ \t]+{_LETTER}\.?)?" + gap + gap.join(rest[skip:]),
                    _needles(raw[0], *raw[1 + skip :]),
                    None,
                )
            )
        forms.append(("full", rest[0] + r",[ \t]*" + first + middle, _needles(raw[1] + ",", raw[0]), None))
        # initials before a surname, as in a signature: "E. J. Cardona", "J. A. Rios M."
        initial = re.escape(person.tokens[0][0])
        for surname, word in zip(
            rest, raw[1:], strict=True
        ):  # "J. A. Rios M." for Jesus Alberto Rios Montanez
            forms.append(
                (
                    "full",
                    rf"{initial}\.[ ]?(?:{_LETTER}\.[ ]?){{0,2}}{surname}(?:[ ]+{_LETTER}\.)?",
                    _needles(raw[0][0] + ".", word),
                    None,
                )
            )
        # a given name or nickname signed with the surname's initial: "Shauna W.", 'ask for "Tasha B."'
        # (either surname's initial: "Marisol V." for Marisol Vega León)
        initials_ = "".join(sorted({re.escape(word[0].upper()) for word in raw[1:]}))
        for given, word in ((first, raw[0]), *((re.escape(n), n) for n in sorted(person.nicknames))):
            # (not a middle initial the full name goes on from: "Ana G. Pizarro")
            forms.append(
                (
                    "full",
                    rf"{given}[ ](?-i:[{initials_}]){INITIAL_ENDS_NAME}",
                    _needles(word),
                    None,
                )
            )
        for size in range(len(rest), 1, -1):  # "Orellana Pineda" before "Orellana"
            for i in range(len(rest) - size + 1):
                forms.append(
                    ("surname", gap.join(rest[i : i + size]), _needles(*raw[1 + i : 1 + i + size]), None)
                )
        for surname, word in zip(rest, raw[1:], strict=True):
            forms.append(("surname", surname, _needles(word), None))
        if len(person.tokens[0]) > 2:
            forms.append(("first", first, _needles(raw[0]), None))
        letters = [part[0] for token in person.tokens for part in token.split("-") if part]
        # before the two-letter form: "I.G.R.S.", "J.A.C." or "J.A.-C." for Jada Abernathy-Cole
        if len(letters) > 2:
            by_token = [r"\.-?".join(part[0] for part in token.split("-") if part) for token in person.tokens]
            forms.append(
                (
                    "initials",
                    r"\.[ ]?".join(by_token) + r"\.",
                    _needles(*(c + "." for c in letters)),
                    DOTTED_INITIALS,
                )
            )
        if len(person.tokens) >= 4:
            # two given names and the first surname, the second left off: "L.A.C." for Luz Adriana
            # Cardona Restrepo
            head = [token[0] for token in person.tokens[:-1]]
            forms.append(
                (
                    "initials",
                    r"\.[ ]?".join(head) + r"\.",
                    _needles(*(c + "." for c in head)),
                    DOTTED_INITIALS,
                )
            )
        forms.append(
            (
                "initials",
                rf"(?<![.]){person.tokens[0][0]}\.[ ]?{person.tokens[-1][0]}\.",
                _needles(raw[0][0] + ".", raw[-1][0] + "."),
                DOTTED_INITIALS,
            )
        )
    elif tokens:
        forms.append(("surname", tokens[0], _needles(raw[0]), None))
    if person.last:  # "Mr. O." for Mr. Okafor: an honorific and the surname's initial
        forms.append(
            (
                "initials",
                rf"{_AFTER_HONORIFIC}{re.escape(person.last[0])}\.(?![\w])",
                _needles(person.last[0] + "."),
                HONORIFIC_INITIAL,
            )
        )
    for (
        token
    ) in person.tokens:  # "H-R-Y-T-S-E-N-K-O", "P-I-E-R-R-E, dash, L-O-U-I-S", spelled for a call-taker
        if len(token) >= 3:
            parts = ["-".join(re.escape(ch) for ch in part.upper()) for part in token.split("-") if part]
            letters_spelled = sum(len(part) for part in token.split("-"))
            gate = SPELLED_LETTERS if letters_spelled >= 3 else None
            forms.append(("initials", _SPELLED_GAP.join(parts), (), gate))
    for n in sorted(person.nicknames, key=len, reverse=True):  # "Grann Rose" before "Rose"
        forms.append(("nick", re.escape(n), _needles(n), None))
    for letters in _bare_initials(person.tokens):
        forms.append(("bare", letters + BARE_INITIALS_AFTER, _needles(letters), None))
    for initials in person.initials:  # (with a suffix after them: "D.G. Jr.", a son named for his father)
        inner, last = re.escape(initials[:-1]), re.escape(initials[-1])
        suffix = r"(?:[ ](?-i:Jr|Sr)\.?(?![\w]))?" if initials.endswith(".") else ""
        forms.append(("initials", inner.replace(r"\.", r"\.[ ]?") + last + suffix, (), None))
    compiled = []
    # A name ends at a letter or digit, not at the blank a signature is written on: "Firma:
    # __Y. Carrillo________" ("\w" would take the underscores for part of the word).
    before, after = r"(?<![^\W_])", r"(?![^\W_])"
    for kind, form, needles, gate in forms:
        if kind == "bare":  # capitals only, never half of a code: "LW", not "lw" or "LW-3"
            compiled.append((kind, NameForm(kind, rf"(?<![\w/-]){form}", 0, needles, gate)))
        elif kind == "initials":  # never the "P.O." of "P.O. Box 8841"
            # nor part of an e-mail address: "k.sorensen.draws@" is no "K. Sorensen"
            pattern = rf"{before}{form}{after}(?!@)(?!\.\w)(?![ \t]*(?i:box)\b)"
            # initials only in their own capitals: "K. crying" is no "k. crying", and a child
            # "A.M." is never the "9:30 a.m." of a meeting (a name spelled out letter by letter,
            # "H-R-Y-T-S-E-N-K-O", in either case)
            flags = 0 if r"\." in form else re.I
            compiled.append((kind, NameForm(kind, pattern, flags, needles, gate)))
        elif kind == "full":
            # (never inside an e-mail address: "k.sorensen.draws@gmail.com")
            compiled.append(
                (kind, NameForm(kind, rf"{before}{form}{after}(?!@)(?!\.\w)", re.I, needles, gate))
            )
        else:
            # Any capitalisation but a lowercase start: "McKenzie", "MCKENZIE", not "rose".
            # Never half of a hyphenated word: "Marie" is not in "Marie-Ange".
            pattern = rf"{before}(?<![A-Za-z]-)(?=[A-Z])(?i:{form}){after}(?!-[A-Za-z])"
            compiled.append((kind, NameForm(kind, pattern, 0, needles, gate)))
    return compiled


@lru_cache(maxsize=1024)
def _found(rx: re.Pattern | NameForm, text: str) -> tuple[re.Match, ...]:
    """A name form's matches in the text, found once: gender, nicknames, identifier
    attribution and mentions all scan the same forms over the same text. Cleared after
    each document, so no record's text outlives its linking."""
    return tuple(rx.finditer(text))


def link(text: str, person_findings: list[Finding]) -> LinkResult:
    """Role findings for every protected person in `text`.

    A log of several incidents (a CAD history, a shift's call list) is linked one incident at
    a time: each has its own call type, caller and people, and the caller of a burglary alarm
    is not the family-violence victim of the call before it. Labels stay unique in the document.
    """
    folded = unquote_replies(label_leaders(fold(text)))
    results = []
    for start, end in incident_sections(folded):
        findings = [
            replace(f, start=f.start - start, end=f.end - start)
            for f in person_findings
            if start <= f.start and f.end <= end
        ]
        try:
            results.append((start, _link(folded[start:end], findings)))
        finally:
            _clear_text_caches()
    if len(results) == 1:
        return results[0][1]
    return _merged_results(results)


def _clear_text_caches() -> None:
    """Forget everything cached about one text, so no record's text outlives its linking."""
    _found.cache_clear()
    _has_particles.cache_clear()
    _folded_text.cache_clear()
    _shows.cache_clear()
    _kinds.cache_clear()


# The header line of one incident in a log: "INC# 24-051788   RECV 22:14:07   TYPE: DOMESTIC-IP".
INCIDENT_HEADER = _rx(
    # (a CAD printout's "INCIDENT: 2025-00031419", in capitals)
    # (after the time the call came in: "23:40:08  INC# P24-071911   MVA - NO INJ"; a 311 log's
    # "07:06  TKT 24-0418-0032  STREETS / POTHOLE")
    r"^[ \t]*(?:\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?(?:INC(?:IDENT)?[ \t]*(?:#|No\.?|NUM(?:BER)?)|(?-i:INCIDENT)(?=[ \t]*:)|EVENT[ \t]*#|(?-i:EVT)[ \t]*#?|CFS[ \t]*#|CALL[ \t]*#|(?-i:TKT)|TICKET[ \t]*#)[ \t]*:?[ \t]*(?P<number>[\w-]*\d[\w-]*)",
    re.MULTILINE | re.IGNORECASE,
)


def incident_sections(text: str) -> list[tuple[int, int]]:
    """(start, end) of each incident in a log of two or more differently numbered incidents;
    the whole text otherwise (a report and its supplements share one case number)."""
    headers = list(INCIDENT_HEADER.finditer(text))
    if len({h.group("number") for h in headers}) < 2:
        return [(0, len(text))]
    # (a log's entries with no number of their own, each after a blank line: "09:47  TRANSFERRED TO
    # 911 (no ticket)" is no part of the ticket before it)
    unnumbered = [m.start() for m in UNNUMBERED_ENTRY.finditer(text) if m.start() > headers[0].start()]
    starts = sorted({0, *(h.start() for h in headers[1:]), *unnumbered})
    return list(zip(starts, [*starts[1:], len(text)], strict=True))


# An entry of a log that opens with its time after a blank line.
UNNUMBERED_ENTRY = _rx(r"(?<=\n\n)\d{1,2}:\d{2}(?::\d{2})?[ \t]+(?-i:[A-Z])")


def _merged_results(results: list[tuple[int, LinkResult]]) -> LinkResult:
    """One document's result from its incidents': offsets back in place, labels renumbered."""
    counters: dict[str, int] = {}
    findings: list[Finding] = []
    people: list[Person] = []
    kinds: set[str] = set()
    for offset, result in results:
        renamed: dict[str, str] = {}
        for person in result.people:
            if person.key and person.key not in renamed:
                counters[person.entity] = counters.get(person.entity, 0) + 1
                renamed[person.key] = f"{person.entity}#{counters[person.entity]}"
            person.key = renamed.get(person.key, person.key)
        findings += [
            replace(f, start=f.start + offset, end=f.end + offset, person=renamed.get(f.person, f.person))
            for f in result.findings
        ]
        people += result.people
        kinds |= result.case_kinds
    return LinkResult(findings=findings, people=people, case_kinds=kinds)


# A form's label and its value joined by dots: "PROTECTED PARTY . REYES-BOYD, Chantel",
# "ARRESTEE ........ PETRAKIS, Nikolaos"
LABEL_LEADER = _rx(
    r"^(?P<label>[ \t]*[A-Za-z][A-Za-z0-9 #/'()-]{1,40}?)(?P<leader>[ \t]+\.+[ \t]+|[ \t]*\.{3,}[ \t]*)(?=\S)",
    re.M,
)


# The quote marks an e-mail client puts before each line of a reply it quotes: "> ", ">> ".
REPLY_QUOTE = _rx(r"^[ \t]*>(?:[ \t]*>)*[ \t]?", re.M)


def unquote_replies(text: str) -> str:
    """`text` with each quoted reply line's '>' marks turned into spaces (same length, same
    offsets), so a name broken across quoted lines ('Tamsin\\n>> O'Rourke-Beale') and a
    quoted table read as they were first written."""
    return REPLY_QUOTE.sub(lambda m: " " * len(m.group(0)), text)


# A form typed as a two-column pipe table: "| Nombre / Name       | Ximena Tovar Ríos     |".
FIELD_ROW = _rx(
    r"^(?P<open>[ \t]*\|)(?P<label>[ \t]*[^|\n]{0,40}?\b(?:name|nombre|apodo|goes[ \t]+by|alias|DOB|"
    r"date[ \t]+of[ \t]+birth|fecha[ \t]+de[ \t]+nac\w*|address|direccion|phone|telefono|cell|celular|"
    r"e-?mail|correo|vehicle|plate|placa)\b[^|\n]*?)\|(?P<value>[^|\n]*)\|(?P<tail>[ \t]*)$",
    re.M | re.I,
)


def label_leaders(text: str) -> str:
    """`text` with each label's dot leader turned into a colon and spaces, and each field row of
    a pipe-table form into 'Label: value' (same length, same offsets), so either reads as the
    'Label: value' every role and detail rule knows."""
    text = LABEL_LEADER.sub(lambda m: m.group("label") + ":" + " " * (len(m.group("leader")) - 1), text)
    return FIELD_ROW.sub(
        lambda m: (
            " " * len(m.group("open")) + m.group("label") + ":" + m.group("value") + " " + m.group("tail")
        ),
        text,
    )


def _signed_name(text: str, start: int, name: str) -> str:
    """The one word a writer signs with on its own line above the full name of her signature
    block ("Thank you,\nBecca\nRebecca Sandoval-Ives"), where the name model read both lines as
    one name; a name the margin broke ("her ex, Derek\nIves") has words before it on its line."""
    first_line, _, rest = name.partition("\n")
    if not rest or len(first_line.split()) != 1 or len(rest.split()) < 2:
        return ""
    if text[text.rfind("\n", 0, start) + 1 : start].strip():
        return ""
    return first_line.strip(" \t,")


# Harm done to someone the narrative has not named yet: "slap a female seated on the bench".
# (with what the record says of how the person looks: "shove a Black female into the doorframe")
_DESCRIBED = r"(?:(?:black|white|hispanic|latina|latino|asian|young|younger|older|elderly|adult|juvenile|heavyset|tall|short)\s+)*"
# (or by a log's race and sex code: "is seen slapping an older H/F across the face")
_DESCRIBED_WHO = r"(?P<who>female|woman|girl|male|man|boy|(?-i:[A-Z]/[FM]))"
HARMED_UNNAMED = _rx(
    r"\b(?:slap|hit|punch|strike|struck|chok|grab|push|shov|kick|assault|strangl|threw|throw|drag)\w*\s+"
    rf"(?:a|an|the)\s+{_DESCRIBED}{_DESCRIBED_WHO}(?![\w/])",
    re.I,
)
# The same one named later: "The female identified herself to me as Courtney Alvarado-Reese",
# "The female, identified as Keisha Bramwell (DOB ...), is crying".
# (a log's present tense, its code, and the name quoted: "Female identifies herself verbally as
# "Gina."", "Greenlee speaks to H/F, who identifies herself as Ana Lucía Bermúdez Soto")
IDENTIFIED_AS = _rx(
    rf"(?:\b(?:the|this)\s+|(?<![\w/])(?=(?-i:[A-Z]))){_DESCRIBED}{_DESCRIBED_WHO}\s*,?\s+(?:who\s+)?(?:later\s+)?"
    r"identifie[sd]\s+(?:(?:herself|himself)(?:\s+verbally)?(?:\s+to\s+(?:me|us|officers|police|the\s+officers?))?\s+)?"
    rf"as\s+[\"“]?(?P<name>{NAME_SEQ})",
    re.I,
)
# The full name asked for after a first one: 'When asked for full name she states "Regina Castellano."'
FULL_NAME_ASKED = _rx(
    r"\bfull\s+name[^.\n]{0,30}?\b(?:states|stated|gives|gave|says|said|is)\s+(?:it\s+as\s+)?[\"“]?"
    rf"(?P<name>{NAME_SEQ})",
    re.I,
)


# Someone the record has described, named later in full: "neighbor identified by responding units
# as Marisol Quiñones" (the neighbor the caller called "doña Marisol").
DESCRIBED_IDENTIFIED = _rx(
    r"\b(?:neighbou?r|friend|roommate|coworker|co-worker|cousin|caller|witness|vecin[oa]|amig[oa])\s+(?:was\s+)?(?:later\s+)?"
    rf"identified\s+(?:by\s+[^.\n]{{0,40}}?\s+)?as\s+(?P<name>{NAME_SEQ})",
    re.I,
)


# Officers naming the one harmed: "NHPD located her at the stop and identified her as Tatiana Mercado".
IDENTIFIED_PRONOUN = _rx(
    rf"\bidentified\s+(?P<pronoun>her|him)\s+as\s+(?P<name>{NAME_SEQ})",
    re.I,
)


def _described_identified(text: str, people: People) -> None:
    """'neighbor identified by responding units as Marisol Quiñones': the full name of one the
    record knew by a first name ('doña Marisol') joins her."""
    for match in DESCRIBED_IDENTIFIED.finditer(text):
        tokens = _tokens(match.group("name"))
        if len(tokens) >= 2 and all(_is_name_word(t) for t in tokens):
            people.add(tokens)


def _identified_harmed(text: str, people: People, kinds: set[str]) -> None:
    """'I saw a male ... slap a female seated on the bench ... The female identified herself to me
    as Courtney Alvarado-Reese': in a family-violence or sexual-assault record, the one the harm
    was done to, named once the narrative learns her name."""
    if not kinds:
        return
    for match in IDENTIFIED_AS.finditer(text):
        who = match.group("who").lower()
        if any(m.group("who").lower() == who for m in HARMED_UNNAMED.finditer(text, 0, match.start())):
            tokens = _tokens(match.group("name"))
            full = FULL_NAME_ASKED.search(text, match.end(), match.end() + 160) if len(tokens) == 1 else None
            if full and len(_tokens(full.group("name"))) >= 2:
                # "Gina" first, then "Regina Castellano" when asked for her full name
                person = people.add(_tokens(full.group("name")), "victim")
                if person is not None and tokens[0] not in person.tokens:
                    person.nicknames.add(tokens[0])
            elif len(tokens) >= 2:
                people.add(tokens, "victim")
    for match in IDENTIFIED_PRONOUN.finditer(text):
        # ... after what was done to her in the same paragraph: "he put his hand between her legs
        # and grabbed her"
        start = text.rfind("\n\n", 0, match.start()) + 1
        pronoun = match.group("pronoun").lower()
        harm = _rx(rf"\b{HARM_VERB}\s+{pronoun}\b", re.I).search(text, start, match.start())
        tokens = _tokens(match.group("name"))
        if harm and len(tokens) >= 2:
            people.add(tokens, "victim")


def _link(text: str, person_findings: list[Finding]) -> LinkResult:
    people = People(text)
    kinds = set(_kinds(text))
    rows = _row_records(text, people) + _role_column_rows(text, people)
    records = (
        rows
        + _block_records(text, people)
        + _section_records(text, people)
        + _witness_list(text, people)
        + _subpoenaed_witnesses(text, people)
        + _consenting_device_owner(text, people, kinds)
        + _interview_headings(text, people)
        + _coded_interviews(text, people)
        + _witness_entries(text, people)
        + _dispatch_witnesses(text, people)
        + _slash_codes(text, people)
        + _coded_initials(text, people)
        + _coded_cells(text, people)
        + _label_keys(text, people)
        + _numbered_under_heading(text, people)
        + _protection_order_file(text, people)
        + _canvass_rows(text, people)
        + _canvass_table(text, people)
        + _canvass_csv(text, people)
        + _canvass_notes(text, people)
        + _canvass_fields(text, people)
        + _checked_role_cards(text, people)
        + _role_answers(text, people)
        + (_flagged_rows(text, people) if "DV" in kinds else [])
    )
    # spaCy's PERSON entities: people the document names, so a shared surname or
    # first name is known to belong to someone else too.
    for person, fragment in records:
        head = fragment[:200]
        nick = QUOTED_IN_PARENTHESES.search(head) or NICKNAME.search(head) or CAPS_NICKNAME.search(head)
        if (
            nick
            and not ANOTHER_PERSON.search(head[: nick.start()])
            and _is_name_word(nick.group("nick"))
            and nick.group("nick") not in role_cues().not_initials
        ):
            person.nicknames.add(nick.group("nick"))  # not "client prefers Spanish"
    for finding in person_findings:
        start = finding.start
        first_word = text[start : finding.end].split(" ")[0]
        if _common_word_opening_sentence(text, start, first_word):
            start += len(first_word) + 1
        if _street_end(text, start) > start:
            continue  # "78 Lamberton St\nCanvass dates": an address and a heading, no name
        # the model's one name, even across a line break: "Flor de María\nQuispe Huamán", but a
        # form's value ends with its line ("Apodo / Nickname:   Mari\nFecha de nacimiento / DOB:")
        name = text[start : finding.end]
        if "\n" in name and _labelled_value(text, start):
            name = name.split("\n", 1)[0]
        signed = _signed_name(text, start, name)
        if signed:  # "Becca\nRebecca Sandoval-Ives" under "Thank you,": the name she signs with
            name = name[len(signed) :].lstrip()
        parsed = parse_name(name.replace("\n", " "))
        known = [p for p in people.people if parsed and _known_as(p, parsed[0])]
        # (or the fuller name of one known by an initial: "Kaitlyn M. Dorsey" of "DORSEY, K.")
        if (
            parsed
            and len(people.without_lead_word(parsed[0])) >= 2
            and (
                not known
                or (len(known) == 1 and known[0].tokens[0].endswith(".") and not parsed[0][0].endswith("."))
            )
        ):
            people.add(parsed[0])
        if parsed and signed and _is_name_word(signed) and signed not in parsed[0]:
            people.add(parsed[0], nick=signed)
    _honorific_names(text, people)
    _introduced_names(text, people)
    _harming_partner(text, people)
    _parenthetical_nicknames(text, people)
    _quoted_known_as(text, people)
    _caps_introduced(text, people)
    _narrative_records(text, people)
    _identified_harmed(text, people, kinds)
    _described_identified(text, people)
    _relation_to_victim(text, people)
    _harmed_parent(text, people, kinds)
    _named_on_order(text, people, kinds)
    _caption_applicant(text, people, kinds)
    _letter_recipient(text, people)
    _followed_up(text, people, kinds)
    _paragraph_headings(text, people)
    _transcript_others(text, people, kinds)
    _surnames_answered(text, people)
    _transcript_callers(text, people, kinds)
    _transcript_key(text, people)
    _code_equations(text, people)
    _contact_aliases(text, people)
    _named_aliases(text, people)
    _kin_witnesses(text, people)
    _identified_nicknames(text, people)  # after the narrative has named them
    letters = _letters(text)  # read once: who each letter greets, and later what it gives as theirs
    _letter_addressees(text, people, letters)
    _other_names_used(text, people)
    _labelled_speakers(text, people)
    _self_introduced_speakers(text, people)
    _certified_person(text, people)
    _vawa_tenant(text, people)
    _harmed_declarants(text, people, kinds)
    _harmed_speakers(text, people, kinds)
    _forwarded_victim_mail(text, people, kinds)
    _chat_participants(text, people, kinds)
    messages = _messages(text)  # an e-mail thread's messages, read by three readers below
    _harmed_email_authors(text, people, kinds, _headed_accounts(text, people, kinds), messages)
    _harmed_letter_signers(text, people, kinds)
    _harmed_log_keepers(text, people, kinds)
    _violence_leave_employees(text, people)
    _witness_email_authors(text, people, messages)
    _self_named_callers(text, people, kinds)
    _callers_given_names(text, people, kinds)
    _anonymous_tipster(text, people)
    _listed_callers(text, people, kinds)
    _registry_owners(text, people)
    _vehicle_owners(text, people)
    _namesakes(text, people)
    _spell_out_initials(text, people)
    people.merge_matching()
    people.merge_surnames_only()
    _forms_of_their_own(text, records, kinds)
    _assign_entities(people.people, kinds, text)
    _victim_known_as(text, people.people)
    newest_year = _newest_year(text)
    for index, (person, fragment) in enumerate(records):
        other_party = OTHER_PARTY_FIELD.search(fragment)
        if other_party:
            # "Victim: Priya Raman-Walsh (DOB 1/19/2001)      Suspect: Colby J. Fairweather (DOB ...)":
            # the suspect's field on her line is not hers
            fragment = fragment[: other_party.start()]
        person.identifiers |= identifiers_in(fragment, newest_year, table_row=index < len(rows))
        sex = SEX_CODE.search(fragment[:200])
        if sex and not person.gender:
            person.gender = sex.group("sex").upper()
    _same_address(records)
    _address_same_as(text, people.people)
    _named_same_address(text, people.people)
    for person in people.people:
        _infer_gender(person, text)

    _merge_initials(people.people, text)
    _number_labels(people.people)
    _coded_detail_lines(text, people.people, newest_year)
    _statement_form_header(text, people.people, newest_year)
    _family_violence_scene(text, people.people, kinds)
    _role_sentences(text, people.people)
    _role_detail_sections(text, people.people, newest_year)
    _role_fields(text, people.people, newest_year)
    _pronoun_details(text, people.people)
    _child_named_by_parent(text, people)
    _letter_details(text, people, letters)
    _authored_details(text, people.people, messages)
    protected = [p for p in people.people if p.protected]
    others = [p for p in people.people if not p.protected]
    findings = _mention_findings(text, protected, others)
    return LinkResult(findings=findings, people=people.people, case_kinds=kinds)


# An accused party's field later on a person's line, after a gap: "      Suspect: Colby J. Fairweather".
OTHER_PARTY_FIELD = _rx(
    r"(?:[ \t]{2,}|\t|\|[ \t]*)(?:suspect|arrestee|accused|offender|respondent|defendant|sospechos[oa]|agresor|agresora)"
    r"(?:[ \t]*\d)?[ \t]*:",
    re.I,
)


# A parent naming the child: "Soy la mamá de Ana Lucía", "I am Ana Lucía's mother".
PARENT_OF_CHILD = _rx(
    r"\b(?:soy|es)\s+(?:la|el)\s+(?:mama|madre|papa|padre|abuela|abuelo)\s+de\s+(?P<a>(?-i:[A-Z][a-z]+)(?:[ \t]+(?-i:[A-Z][a-z]+))?)(?![\w'])"
    r"|\b(?:I\s+am|I'm)\s+(?P<b>(?-i:[A-Z][a-z]+)(?:[ \t]+(?-i:[A-Z][a-z]+))?)'s\s+(?:mother|father|mom|dad|grandmother|grandfather)\b",
    re.I,
)


def _child_named_by_parent(text: str, people: People) -> None:
    """A child victim the record keeps to initials ('Child victim: A.L.V.') whom a parent's
    statement names ('Soy la mamá de Ana Lucía'): the name is hers when its initials begin hers."""
    children = [p for p in people.people if p.protected and not p.tokens and p.initials]
    if not children:
        return
    for match in PARENT_OF_CHILD.finditer(text):
        name = match.group(match.lastgroup)
        letters = "".join(word[0].upper() for word in name.split())
        fits = [
            p
            for p in children
            if any(i.replace(".", "").replace(" ", "").startswith(letters) for i in p.initials)
        ]
        if len(fits) != 1:
            continue
        fits[0].nicknames.add(name)
        for other in [p for p in people.people if p is not fits[0] and " ".join(p.tokens) == name]:
            _absorb(fits[0], other)
            people.people.remove(other)


# A toll-free number, an agency's or a hotline's: "1-888-999-5545", "(800) 799-7233".
TOLL_FREE = _rx(r"(?:\+?1[-. ]?)?\(?8(?:00|33|44|55|66|77|88)\)?[-. ]?\d{3}[-. ]?\d{4}")


# A dispatch line saying what the caller perceived: "RP STS HEARD 4-5 SHOTS, LOOKED OUT, SAW 2 M RUN".
CALLER_PERCEIVED = _rx(
    r"\b(?:CALLER|RP|C/P|reporting\s+party)\b(?:(?!\b(?:DID\s+NOT|DIDN'?T|NOT|NO|NEVER|NOBODY)\b)[^\n.]){0,60}?"
    r"\b(?:HEARD|HEARS|HEARING|HRD|SAW|SEES|SEEING|SEEN|WITNESSED|OBSERVED|OBSERVES|WATCHED|WATCHING)\b"
    r"|\b(?:CALLER|RP)\b[^\n.]{0,30}?\bGAVE\s+(?:A\s+)?(?:WRITTEN\s+|SWORN\s+|RECORDED\s+)?(?:STMT|STATEMENT)\b",
    re.I,
)
# A family-violence call whose caller is the one hurt: "PROT PERSON = CALLER", "CALLER STS BF PUNCHED HER".
CALLER_HURT = _rx(
    r"\bPROT(?:ECTED)?\.?\s+(?:PERSON|PARTY|PTY)\s*(?:=|:|IS)\s*(?:THE\s+)?CALLER\b"
    rf"|\b(?:CALLER|RP)\s+{PARTNER_HARM}",
    re.I,
)


# A dispatch record's field giving the caller's relation as the victim: "CALLER REL: CLERK / VICTIM",
# "RP RELATIONSHIP: SELF" (not "MOTHER OF VICTIM").
CALLER_RELATION_VICTIM = _rx(
    r"^[ \t]*(?:CALLER|RP)[ \t]*REL(?:ATION(?:SHIP)?)?\.?[ \t]*:[^\n]*?(?<!\bOF[ \t])(?<!\bTO[ \t])\b(?:VICTIM|VICT|SELF)\b",
    re.M | re.I,
)


def _listed_callers(text: str, people: People, kinds: set[str]) -> None:
    """A caller named on a dispatch record's 'CALLER:' or 'RP' line is a witness when the record
    says the caller heard or saw something or gave a statement, or when the call is about family
    violence or sexual assault (where the caller is the one hurt when the record says so). The
    owner reporting a stolen car, an alarm company's operator and a bus driver asking for a
    welfare check saw no crime."""
    callers = [p for p in people.people if p.codes & {"CALL", "RP"} and p.roles == {"witness"}]
    if not callers:
        return
    # read once for the record: whether it is a log of many calls, and whether a transcript's
    # caller says they saw it
    call_log = _call_log(text)
    said_perceived = _caller_says_perceived(text)
    for person in callers:
        if CALLER_RELATION_VICTIM.search(text):
            # "CALLER REL: CLERK / VICTIM": the one robbed called; only a victim of ours is protected
            person.roles = {"victim"} if kinds else set()
            continue
        if kinds and CALLER_HURT.search(text):
            person.roles = {"victim"}
        elif (
            not kinds
            and not CALLER_PERCEIVED.search(_caller_entry(text, person) if call_log else text)
            and not _named_perceiver(text, person)
            and not said_perceived
        ):
            person.roles = set()


def _call_log(text: str) -> bool:
    """A log of many calls, each its own paragraph naming its caller ('07:42 SR# ... Pothole ...
    Caller: Harold Benning')."""
    blocks = _rx(r"\n[ \t]*\n").split(text)
    return sum(1 for block in blocks if _rx(r"\bcaller\b", re.I).search(block)) >= 3


def _caller_entry(text: str, person: Person) -> str:
    """Where, in a call log, to look for what a caller perceived: the caller's own entry (the
    whole record when the caller's full name is not found)."""
    full = next((rx for kind, rx in name_forms(person, text) if kind == "full"), None)
    mention = next(iter(_found(full, text)), None) if full is not None else None
    if mention is None:
        return text
    start = text.rfind("\n\n", 0, mention.start())
    end = text.find("\n\n", mention.end())
    return text[start + 1 if start >= 0 else 0 : end if end >= 0 else len(text)]


def _caller_says_perceived(text: str) -> bool:
    """A call transcript whose caller says in their own turn what they saw or heard: "CALLER:
    ¡Apuñalaron a un hombre! Yo lo vi todo." (not "no vi nada")."""
    for turn in _turns(text):
        if not _rx(rf"{CALLER_SPEAKER}\d?", re.I).fullmatch(turn.group("who")):
            continue
        said = QUOTED_WORDS.sub(" ", turn.group("said"))
        seen = FIRST_PERSON_PERCEIVED.search(said)
        if seen and not _rx(r"(?:no|nunca)\s+(?:\w+\s+)?$|(?:didn'?t|did\s+not|never)\s+$", re.I).search(
            said[max(0, seen.start() - 12) : seen.start()]
        ):
            return True
    return False


def _named_perceiver(text: str, person: Person) -> bool:
    """'The RP, Thandiwe Mbeki, stated she was on her porch and saw two males ...': the caller's
    own name, later in the same sentence, what they saw or heard (not 'saw nothing')."""
    if not person.tokens:
        return False
    surname = re.escape(person.tokens[-1])
    return bool(
        _rx(
            rf"(?<![\w]){surname}(?![\w])[^.!?\n]{{0,80}}?\b(?:saw|heard|observed|witnessed|watched)\b"
            r"(?![ \t]+(?:nothing|anything|no\s+one))",
            re.I,
        ).search(text)
    )


# A U or T visa certification request or worksheet (VISA_CERTIFICATION): the person it is for is the victim.
CERTIFIED_PERSON = _rx(
    # "Your client: Lourdes Yamileth Pineda Cruz, DOB 02/14/1994"
    rf"^[ \t]*(?:(?:your|our)\s+client|petitioner|applicant|victim(?:'s)?\s+name)[ \t]*:[ \t]*(?P<name>{NAME_SEQ})[ \t]*(?:[,(;][^\n]*)?$"
    rf"|^[ \t]*(?:family|last)\s+name[ \t]*:[ \t]*(?P<last>{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{0,2}})[ \t]*\n"
    rf"[ \t]*(?:given|first)\s+name[ \t]*:[ \t]*(?P<first>{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{0,2}})",
    re.M | re.I,
)


def _certified_person(text: str, people: People) -> None:
    """'Re: Request for certification, Form I-918 Supplement B / Your client: Oksana Hrytsenko', and
    the worksheet's 'Family name: HRYTSENKO / Given name: Oksana': the person a U or T visa
    certification is for is the victim of the crime it certifies."""
    if not VISA_CERTIFICATION.search(text):
        return
    for match in CERTIFIED_PERSON.finditer(text):
        if match.group("name"):
            tokens = _tokens(match.group("name"))
        else:
            tokens = _tokens(f"{match.group('first')} {match.group('last')}")
        found = _form_victim(text, people, tokens, match)
        if found is None:
            continue
        person, block = found
        for alias in OTHER_NAMES.finditer(block):  # "Other names used: Oksana Bondar (maiden)"
            person.nicknames.add(" ".join(_tokens(alias.group("name"))))


def _form_victim(text: str, people: People, tokens: list[str], field: re.Match) -> tuple[Person, str] | None:
    """The victim a form's name field gives, with the identifiers of the block the field opens
    (to the next blank line), and that block."""
    person = people.add(tokens, "victim") if len(tokens) >= 2 else None
    if person is None:
        return None
    end = text.find("\n\n", field.end())
    block = text[field.start() : end if end > 0 else len(text)]
    person.identifiers |= identifiers_in(block)
    return person, block


# A housing authority's VAWA form: "EMERGENCY TRANSFER REQUEST (VAWA)", "HUD-5383", "HUD-5382
# self-certification", and the basis it checks ("[X] Domestic violence").
VAWA_FORM = _rx(
    r"\bemergency\s+transfer\s+request\b|\bHUD-?538[23]\b|\bVAWA\s+(?:self-?)?certification\b", re.I
)
VAWA_BASIS_CHECKED = _rx(
    rf"{CHECKED_BOX}[ \t]*(?:domestic\s+violence|dating\s+violence|sexual\s+assault|stalking)", re.I
)
# The form's own tenant: "Name of head of household:  Denise M. Pruitt", "Tenant name: ...".
VAWA_TENANT = _rx(
    r"^[ \t]*(?:name\s+of\s+(?:head\s+of\s+household|tenant|applicant|resident|victim)|"
    r"(?:tenant|applicant|resident|head\s+of\s+household)(?:'s)?\s+name|tenant)[ \t]*:[ \t]*"
    rf"(?P<name>{NAME_SEQ})[ \t]*$",
    re.M | re.I,
)
# The one it names as the abuser: "Person who committed the abuse:  Ronald Pruitt (estranged husband)".
VAWA_ABUSER = _rx(
    r"^[ \t]*(?:(?:name\s+of\s+)?(?:the\s+)?(?:person|individual)\s+who\s+committed\s+the\s+(?:abuse|violence)|"
    r"accused|perpetrator|abuser)[ \t]*:[ \t]*"
    rf"(?P<name>{NAME_SEQ})",
    re.M | re.I,
)


def _vawa_tenant(text: str, people: People) -> None:
    """A VAWA emergency-transfer request or certification that checks a basis of abuse is about
    its own tenant: the person its name field gives is the victim, with the details under it, and
    the person it says committed the abuse is the accused (so a surname they share is resolved)."""
    head = text[:800]
    if not (VAWA_FORM.search(head) and VAWA_BASIS_CHECKED.search(text)):
        return
    tenant = VAWA_TENANT.search(text)
    if tenant is None:
        return
    if _form_victim(text, people, _tokens(tenant.group("name")), tenant) is None:
        return
    abuser = VAWA_ABUSER.search(text)
    if abuser:
        accused = _tokens(abuser.group("name"))
        if len(accused) >= 2:
            people.add(accused, "suspect")


OTHER_NAMES = _rx(
    rf"^[ \t]*(?:other\s+names?(?:\s+used)?|a\.?k\.?a\.?|alias(?:es)?|maiden\s+name)[ \t]*:[ \t]*(?P<name>{NAME_SEQ})",
    re.M | re.I,
)


# A nickname others know the victim by: 'RP KNOWS F AS "BRITT" FROM 2R', 'neighbors know her as "Lupe"'.
VICTIM_KNOWN_AS = _rx(
    r"\b(?:knows?|knew|calls?|called)\s+(?:her|him|(?-i:F|M|V)|the\s+(?:victim|female|male|woman|man))\s+"
    r"(?:as|by)\s+[\"“'](?P<nick>[A-Za-z][A-Za-z'-]{1,20})[\"”']"
    # ('V ... Calls herself "Miss Ernie" / family calls her "Nana"'; not what he calls her)
    r"|\b(?:(?:calls?|called)\s+(?:herself|himself)|(?:family|everyone|everybody|people|friends|neighbou?rs|"
    r"(?:the\s+)?(?:kids|grandkids))\s+(?:all\s+)?(?:calls?|called)\s+(?:her|him))\s+"
    r"[\"“'](?:(?:Miss|Ms|Mrs|Mr|Mister|Dona|Don)\.?\s+)?(?P<nick_self>[A-Za-z][A-Za-z'-]{1,20})[\"”']"
    # 'asking for "Neecy" - that's what her family calls her'
    r"|[\"“](?P<nick_told>(?-i:[A-Z][a-z]{1,20}))[\"”]\s*[-–—,]?\s*that'?s\s+what\s+(?:her|his)\s+"
    r"(?:family|friends|kids|mother|mom|husband|sister|brother|coworkers|neighbou?rs)\s+calls?\s+(?:her|him)\b"
    # "Doña Lupe, como la conocen los vecinos"
    r"|\b(?:Dona|Don|Sra\.?|Sr\.?)\s+(?P<nick_es>(?-i:[A-Z][a-z]{1,20})),?\s+como\s+(?:la|lo|le)\s+(?:conocen|llaman|dicen)\b",
    re.I,
)


def _victim_known_as(text: str, people: list[Person]) -> None:
    """'RP KNOWS F AS "BRITT"': in a record with one protected victim, the name others know
    'her', 'F' or 'the victim' by is the victim's nickname."""
    victims = [p for p in people if p.protected and "victim" in p.roles]
    if len(victims) != 1:
        return
    for match in VICTIM_KNOWN_AS.finditer(text):
        nick = _normalise_word(next(n for n in match.group("nick", "nick_es", "nick_self", "nick_told") if n))
        if _is_name_word(nick):
            victims[0].nicknames.add(nick)


# A sworn statement's opening: "I, Grace Nwosu-Hart, being duly sworn, state:".
DECLARANT = _rx(rf"{I_COMMA}(?P<name>{NAME_SEQ})[ \t]*,")
STATEMENT_END = _rx(
    r"^[ \t]*(?:/s/|subscribed|sworn\s+(?:to\s+)?(?:and|before)|signature|firma)", re.I | re.M
)


def _harmed_declarants(text: str, people: People, kinds: set[str]) -> None:
    """In a family-violence or sexual-assault record, the one who swears a statement telling what
    was done to her ("He grabbed me by the throat") is its victim, not only its declarant."""
    if not kinds:
        return
    for match in DECLARANT.finditer(text):
        tokens = _tokens(match.group("name"))
        person = people.known(tokens)
        if person is None:
            continue
        end = STATEMENT_END.search(text, match.end())
        statement = text[match.end() : end.start() if end else match.end() + 4000]
        own_words = QUOTED_WORDS.sub(" ", statement)  # quoted words are someone else's
        if FIRST_PERSON_HARM.search(own_words):
            person.roles.add("harmed")


def _namesakes(text: str, people: People) -> None:
    """'OKONJO, Chidi' in a list that also names 'OKONJO, Adaeze': a known person's surname
    written LAST, FIRST with another given name is someone else (a defendant, a relative),
    known so that the surname alone is not taken for the known person there."""
    surnames = {p.last.lower(): p for p in people.people if len(p.tokens) >= 2}
    for match in LAST_FIRST.finditer(text):
        known = surnames.get(_normalise_word(match.group("last")).lower())
        given = _normalise_word(match.group("first").split()[0])
        if known is None or not _is_name_word(given) or given.lower() in people.common:
            continue
        if _officer_at(text, match.start(), match.end()):
            continue  # 'Ofc: KOWALSKI, Paul #0612': an officer in role, known by title and badge
        tokens = [given, _normalise_word(match.group("last"))]
        if people.known(tokens) is None and not people.sharing(
            given
        ):  # not "Witness list: Stallworth, Jimenez"
            people.add(tokens)


def _harmed_speakers(text: str, people: People, kinds: set[str]) -> None:
    """A log or transcript line that gives a known person's own words ('Oduya: "My husband threw
    his phone at my face and then shoved me into the bookcase."'), in a family-violence or
    sexual-assault record, tells of harm done to that person."""
    if not kinds:
        return
    for turn in _turns(text):
        person = people.find_single(turn.group("who"))
        if person is None or "suspect" in person.roles:
            continue
        said = turn.group("said").strip()
        quoted = QUOTED_WORDS.match(said)
        own_words = quoted.group(0) if quoted else QUOTED_WORDS.sub(" ", said)  # the line quotes them
        if FIRST_PERSON_HARM.search(own_words):
            person.roles.add("harmed")


# A message export's line: "[22/07/24, 9:40] Yari Colón: buenos dias si",
# "6/22/24, 11:48 PM - Yari 🌻: porfa contesta", "05/17/2024 22:21  Kiki 💕:   omw".
CHAT_LINE = _rx(
    r"^[ \t]*\[?\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?\]?"
    r"[ \t]*(?:-[ \t]*)?(?P<who>[^:\n]{2,40}?):[ \t]+(?P<said>[^\n]*)$",
    re.M,
)
# A participant writing for an office, not a person of the case: "Liliana Ocasio NHPD", "Det. Cho".
CHAT_STAFF = _rx(
    rf"\b(?:NHPD|Police|Policia|PD|VS|Advocate|Advocacy|Services|Servicios|Unit|Office|Dispatch|{OFFICER_TITLE})\b"
)
# The thread is victim services' own: the one it writes to is the victim.
VICTIM_SERVICES_THREAD = _rx(r"\b(?:victim\s+services|servicios\s+a\s+v[ií]ctimas|victim\s+advocate)\b", re.I)
# "Me dio su número", "i seen him do it", "ella vio todo": the writer's own perception of the offense.
CHAT_PERCEPTION = _rx(
    r"\bi\s+(?:seen|saw|see|heard|hear|watched|witnessed)\s+(?:him|her|them|it|everything|the|what|two|a\s+(?:man|guy|woman))\b"
    r"|\b(?:yo\s+)?(?:lo|la)\s+vi\s+(?:cuando|como|que|todo)\b|\byo\s+vi\s+(?:todo|cuando|como)\b"
    # "vi desde mi ventana a dos hombres cortando el catalizador"
    r"|\bvi\s+(?:desde\s+[^.,\n]{1,25}?\s+)?a\s+(?:dos|tres|un|una|unos|unas|el|la|los|las)\s+\w+",
    re.I,
)
# An extraction report's message row, its direction for its sender:
# "102  08/16/2024 23:14:51  IN   bri answer the phone".
MESSAGE_ROW = _rx(
    r"^[ \t]*\d{1,4}[ \t]+\d{1,2}/\d{1,2}/\d{2,4}[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]+(?:IN|OUT|In|Out|Incoming|Outgoing)[ \t]+(?P<said>[^\n]*)$",
    re.M,
)
# A web chat's line with its time alone: "[07:03:05] Carmen Solís: buenos dias. anoche ...".
CHAT_TIME_LINE = _rx(
    r"^[ \t]*\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]+(?P<who>[^:\n\[\]]{2,40}?):[ \t]+(?P<said>[^\n]*)$", re.M
)


# An e-mail's header line naming its author: "From: Tanya Greer <tgreer.whit82@yahoo.com>",
# "From: Russo, Gina <grusso@...>"; the message runs to the next header or quoted message.
EMAIL_FROM = _rx(
    # (a letter's Spanish header too: "De: Nelly Cruz Barahona, mamá de Brayan Orellana Cruz")
    # (and a message forwarded inside another, indented or quoted: "    From: Alondra Cruz <...>")
    rf"^[ \t>]*(?:From|De):[ \t]*(?P<name>{NAME_SEQ}|{_NAME_WORD},[ \t]*{_NAME_WORD})[ \t]*(?:<[^>\n]*>|,[^\n]*)?[ \t]*$",
    re.M,
)
MESSAGE_END = _rx(r"^[ \t>]*(?:From:|-{3,}[ \t]*(?:Original|Forwarded)|On\s[^\n]{5,80}\swrote:)", re.M | re.I)


def _harmed_writer(people: People, tokens: list[str], declarant: bool = False) -> None:
    """The one who wrote or said, in her own words, that she was harmed: known or added by her
    full name, and harmed unless she is the accused. A sole writer or caller is also the
    declarant, so what she gives as hers ('Mi teléfono es ...') is hers."""
    person = people.known(tokens) or people.add(tokens)
    if person is not None and "suspect" not in person.roles:
        if (
            len(tokens) > len(person.tokens)
            and {t.lower() for t in person.tokens} <= {t.lower() for t in tokens}
        ) or (len(tokens) == len(person.tokens) and _initial_of(person.tokens[0].lower(), tokens[0].lower())):
            # signed "Nelly Cruz", headed "De: Nelly Cruz Barahona"; noted "Victim G. Pacheco", who
            # says "Soy Glenda, Glenda Pacheco"
            person.tokens = list(tokens)
        person.roles.add("harmed")
        if declarant:
            person.roles.add("statement")


# A labelled party's own words quoted in a record: "Rider message (verbatim):", "Tenant's statement:".
HEADED_ACCOUNT = _rx(
    r"^[ \t]*(?P<label>(?-i:[A-Z][a-z]+))(?:'s)?[ \t]+(?:message|statement|complaint|account|words|narrative)\b"
    r"[^\n:]{0,30}:[ \t]*\n(?P<body>(?:[^\n]*\S[^\n]*\n|[ \t]*\n(?=[^\n]*\S)){1,80}?)(?=[ \t]*(?:-{3,}|_{3,}|={3,})|\Z)",
    re.M,
)


def _headed_accounts(text: str, people: People, kinds: set[str]) -> list[tuple[int, int]]:
    """'Rider:  Yaritza Colón Bermúdez' ... 'Rider message (verbatim):' over her own account of
    being harmed: she is the one harmed, not whoever forwarded it. Returns the accounts' spans."""
    spans = []
    for account in HEADED_ACCOUNT.finditer(text):
        spans.append(account.span("body"))
        if not kinds or not FIRST_PERSON_HARM.search(QUOTED_WORDS.sub(" ", account.group("body"))):
            continue
        label = _rx(
            rf"^[ \t]*{re.escape(account.group('label'))}[ \t]*:[ \t]*(?P<name>{NAME_SEQ})[ \t]*$", re.M
        ).search(text, 0, account.start())
        parsed = parse_name(label.group("name")) if label else None
        if parsed and len(parsed[0]) >= 2:
            _harmed_writer(people, parsed[0], declarant=True)
    return spans


# A letter's sign-off and, on the next line or two, the name it is signed with.
LETTER_SIGNATURE = _rx(
    r"^[ \t]*(?:sincerely|respectfully(?:\s+yours)?|yours\s+truly|thank\s+you|regards|best\s+regards|"
    r"atentamente|cordialmente|respetuosamente|saludos(?:\s+cordiales)?|gracias|le\s+saluda\s+atentamente)[ \t]*[,.]?[ \t]*\n"
    rf"(?:[ \t]*\n)?[ \t]*(?:[-—–]+[ \t]*)?(?P<name>{NAME_SEQ})[ \t]*$"
    # or a form's signature line: "Firma: Rosaura Yapura C.        Fecha: 10 de marzo de 2024"
    rf"|^[ \t]*(?:firma|signature|signed)[ \t]*:[ \t]*(?P<signed>{NAME_SEQ})",
    re.I | re.M,
)


def _harmed_letter_signers(text: str, people: People, kinds: set[str]) -> None:
    """A letter whose writer tells, in her own words, of being harmed ('él me golpeó varias veces';
    'Ahora tengo una orden de protección contra él') is the victim's own: the name she signs with
    is hers, and what the letter gives as hers (its heading's address and phone) too."""
    if not kinds or not FIRST_PERSON_HARM.search(QUOTED_WORDS.sub(" ", text)):
        return
    signatures = list(LETTER_SIGNATURE.finditer(text))
    if len(signatures) != 1:
        return
    # her own letter: the harm told above the signature, after any earlier message in the thread
    # (not a reply signed by an office's staff under the message it answers)
    starts = [
        m.end() for m in _rx(r"^(?:From:|De:|-{3,})[^\n]*$", re.M).finditer(text, 0, signatures[0].start())
    ]
    if not FIRST_PERSON_HARM.search(
        QUOTED_WORDS.sub(" ", text[max(starts, default=0) : signatures[0].start()])
    ):
        return
    signature = signatures[0]
    if signature.group("signed") and (
        _rx(r"[ \t]*,[ \t]*\w").match(text, signature.end())  # "Firma: Araceli Bustillos, directora"
        or _rx(
            rf"\b(?:preparad[oa]|prepared|written|completed|reported)\s+(?:por|by)\s*:?\s*(?:{HONORIFIC}|Mtra\.?|Lcda\.?)?\s*"
            + re.escape(signature.group("signed").split()[0]),
            re.I,
        ).search(text)
    ):
        return  # a staff member's report, signed in her role
    parsed = parse_name(signature.group("name") or signature.group("signed"))
    if not parsed or len(parsed[0]) < 2:
        return
    tokens = parsed[0]
    heading = _rx(rf"^\s*(?P<name>{NAME_SEQ})[ \t]*\n").match(text)  # her letterhead's full name
    headed = parse_name(heading.group("name")) if heading else None
    if (
        headed
        and len(headed[0]) > len(tokens)
        and [t.lower() for t in headed[0][: len(tokens)]] == [t.lower() for t in tokens]
    ):
        tokens = headed[0]
    _harmed_writer(people, tokens, declarant=True)


# A log or journal kept by the one it is about: "INCIDENT LOG — kept by Rebecca Adeyemi-Fox".
KEPT_BY = _rx(rf"\A[^\n]{{0,80}}?\b(?:kept|written|maintained)\s+by\s+(?P<name>{NAME_SEQ})[ \t]*$", re.M)
# Its writer's own partner or order: "my ex", "Re: Gordon Fox (ex-husband) — protective order".
OWN_PARTNER_OR_ORDER = _rx(
    r"\b(?:my|mi)\s+(?:ex\b|ex-?(?:husband|wife|boyfriend|girlfriend|partner)|(?:protective|restraining)\s+order)"
    r"|^Re:[^\n]{0,60}\(ex-?(?:husband|wife|boyfriend|girlfriend|partner)\)",
    re.I | re.M,
)


def _harmed_log_keepers(text: str, people: People, kinds: set[str]) -> None:
    """A family-violence log kept by its writer about her own ex ('INCIDENT LOG — kept by Rebecca
    Adeyemi-Fox', 'Re: Gordon Fox (ex-husband) — protective order ...'): the writer is the victim,
    and what she gives as hers ('My contact: ...') is hers."""
    keeper = KEPT_BY.match(text)
    if not kinds or keeper is None:
        return
    body = QUOTED_WORDS.sub(" ", text)
    if not (FIRST_PERSON_HARM.search(body) or OWN_PARTNER_OR_ORDER.search(body)):
        return
    parsed = parse_name(keeper.group("name"))
    if parsed and len(parsed[0]) >= 2:
        _harmed_writer(people, parsed[0], declarant=True)


def _messages(text: str) -> list[tuple[re.Match, int, int]]:
    """Each message of an e-mail thread: its From header, and where its body starts and stops."""
    messages = []
    for header in EMAIL_FROM.finditer(text):
        end = MESSAGE_END.search(text, header.end())
        messages.append((header, header.end(), end.start() if end else len(text)))
    return messages


def _authored_details(text: str, people: list[Person], messages: list[tuple[re.Match, int, int]]) -> None:
    """The details a protected person gives as theirs in a message they wrote ('mi nueva
    dirección es 240 Fountain St apt 5', 'My cell is the same') are theirs, in whatever thread
    it was forwarded."""
    protected = [p for p in people if p.protected and len(p.tokens) >= 2]
    if not protected:
        return
    for header, start, stop in messages:
        parsed = parse_name(header.group("name"))
        author = next((p for p in protected if parsed and _known_as(p, parsed[0])), None)
        if author is not None:
            author.identifiers |= first_person_identifiers(text[start:stop])


def _harmed_email_authors(
    text: str,
    people: People,
    kinds: set[str],
    accounts: list[tuple[int, int]],
    messages: list[tuple[re.Match, int, int]],
) -> None:
    """A message in a family-violence or sexual-assault thread whose author writes of being
    harmed ('He grabbed my arm really hard') is the victim's own: she is the one harmed (not
    the sender of a labelled party's account it quotes, `accounts`: "Rider message (verbatim):")."""
    if not kinds:
        return
    for header, start, stop in messages:
        body = text[start:stop]
        for a, b in accounts:  # a quoted account blanked out: its words are its party's
            if a < stop and b > start:
                lo, hi = max(a, start) - start, min(b, stop) - start
                body = body[:lo] + " " * (hi - lo) + body[hi:]
        if not FIRST_PERSON_HARM.search(QUOTED_WORDS.sub(" ", body)):
            continue
        parsed = parse_name(header.group("name"))
        if parsed and len(parsed[0]) >= 2:
            _harmed_writer(people, parsed[0], declarant=len(messages) == 1)


# A government e-mail address: its writer writes in her role.
CITY_ADDRESS = _rx(r"@[\w.-]*\.gov\b", re.I)
# A message's writer saying she is a witness in her own words: "took a written statement from me".
OWN_WITNESS_STATEMENT = _rx(
    r"\bstatement\s+from\s+me\b|\bI\s+(?:called|dialed)\s+(?:911|the\s+police)\b|\bI\s+gave\s+(?:a|my|her|him|them)\s+"
    r"(?:\w+\s+)?statement\b|\bI(?:'m|\s+am)\s+(?:a|the)\s+witness\b|\b(?:le\s+)?di\s+(?:mi|una)\s+declaracion\b",
    re.I,
)


def _witness_email_authors(text: str, people: People, messages: list[tuple[re.Match, int, int]]) -> None:
    """A message whose writer tells what she saw and that she called it in or gave a statement
    ('I saw him ... take a baseball bat to my neighbor's windshield. I called 911.') is a
    witness's own; not a city employee's message (a city address), who writes in her role."""
    for header, start, stop in messages:
        if CITY_ADDRESS.search(header.group(0)):
            continue
        body = QUOTED_WORDS.sub(" ", text[start:stop])
        if not (FIRST_PERSON_PERCEIVED.search(body) and OWN_WITNESS_STATEMENT.search(body)):
            continue
        if FIRST_PERSON_HARM.search(body):
            continue  # her own harm: see _harmed_email_authors
        parsed = parse_name(header.group("name"))
        if parsed and len(parsed[0]) >= 2:
            person = people.known(parsed[0]) or people.add(parsed[0])
            if person is not None and "suspect" not in person.roles:
                person.roles |= {"witness", "statement"}


# A nickname given its owner's name: "Mi amigo Tito se llama Hector Luis Rivera", "My friend Tito,
# his name is Hector Luis Rivera".
ALIAS_NAMED = _rx(
    r"(?<![\w])(?P<alias>(?-i:[A-Z][a-z]{2,})),?\s+(?:se\s+llama|(?:his|her|whose)\s+(?:real\s+|full\s+)?name\s+is|"
    rf"su\s+nombre\s+es)\s+(?P<name>{NAME_SEQ})"
    # or given in parentheses with the details: "Lexi (Alexis Moreno, 203-555-0158) was with me"
    # (not a surname before its employer: "Wanjiru Mutua (Constellation Home Care)")
    rf"|(?<![\w])(?<!(?-i:[A-Z])[\w'-]*[ \t])(?P<alias_p>(?-i:[A-Z][a-z]{{2,}}))[ \t]+\((?P<name_p>{NAME_SEQ})(?=[ \t]*[,)])"
)
# What that person did, in the sentences after: "He also saw everything", "El tambien lo vio todo".
ALIAS_PERCEIVED = _rx(
    r"\b(?:he|she|el|ella)\s+(?:also\s+|tambien\s+)?(?:saw|heard|witnessed|watched|lo\s+vio|la\s+vio|vio|escucho|oyo)\b",
    re.I,
)


def _named_aliases(text: str, people: People) -> None:
    """'My friend Tito, his name is Hector Luis Rivera ... He also saw everything': the nickname is
    that person's, and the one the statement says saw it is a witness."""
    for match in ALIAS_NAMED.finditer(text):
        tokens = _tokens(match.group("name") or match.group("name_p"))
        alias = match.group("alias") or match.group("alias_p")
        if len(tokens) < 2 or not _is_name_word(alias) or alias in tokens:
            continue
        rest = text[match.end() : match.end() + 400].split("\n\n", 1)[0]
        by_alias = _rx(  # "Lexi heard all of it"
            rf"\b{re.escape(alias)}\s+(?:also\s+|tambien\s+)?(?:saw|heard|witnessed|watched|vio|escucho|oyo)\b"
        )
        role = "witness" if ALIAS_PERCEIVED.search(rest) or by_alias.search(rest) else ""
        person = people.add(tokens, role)
        if person is not None:
            person.nicknames.add(alias)


# A form's line of a person's other names, under her name: 'Other names used:  "Gaby", Ana G. Pizarro
# (on lease 2021-2023)', "AKA: Tasha", "Otros nombres: La Flaca".
OTHER_NAMES_LINE = _rx(
    r"^[ \t]*(?:other\s+names?(?:\s+used)?|also\s+known\s+as|a\.?k\.?a\.?|alias(?:es)?|"
    r"otros?\s+nombres?(?:\s+usados?)?|tambien\s+conocid[oa]\s+como)[ \t]*:[ \t]*(?P<value>[^\n]+)",
    re.I | re.M,
)
NAME_LINE_ABOVE = _rx(
    r"^[ \t]*(?:(?:full|legal|client|patient|applicant)\s+)?(?:name|nombre)(?:\s*\([^)\n]{1,24}\))?[ \t]*:[ \t]*(?P<value>[^\n]+)\n"
    r"(?:[^\n]*\n){0,2}\Z",
    re.I | re.M,
)


# A relative named by a given name after the word for them, who saw it: "Daughter Lucía (17) saw
# incident", "his son, Adrián (15), was present and also saw the assault", "su hija Dayana vio todo".
KIN_GIVEN_PERCEIVED = _rx(
    r"\b(?:daughter|son|sister|brother|niece|nephew|grandson|granddaughter|cousin|hija|hijo|hermana|hermano|"
    r"nieta|nieto|sobrina|sobrino|prima|primo)\b(?:[ \t]+(?:mayor|menor|older|younger|oldest|youngest))?"
    r"(?:,?[ \t]+(?P<name>(?-i:[A-Z][a-z]{2,}))(?:[ \t]*\([^)\n]{1,20}\))?,?"
    r"[ \t]+(?:was[ \t]+present[ \t]+and[ \t]+|estaba[ \t]+presente[ \t]+y[ \t]+)?(?:also[ \t]+|tambien[ \t]+)?"
    r"(?:saw|witnessed|heard|observed|vio|presencio|oyo|escucho)\b"
    # the name in parentheses, what they saw later in the sentence: "La hija mayor (Dayana, 13)
    # llamó al 911 y le dijo a la policía lo que vio", "La hija (Yaritza) estaba en la casa ... y vio"
    r"|[ \t]*\([ \t]*(?P<name>(?-i:[A-Z][a-z]{2,}))(?:,[ \t]*\d{1,2}(?:[ \t]*(?:anos|years?|y/o))?)?[ \t]*\)"
    r"[^.!?\n]{0,100}?\b(?:saw|witnessed|vio|presencio)\b)",
    re.I,
)


def _kin_witnesses(text: str, people: People) -> None:
    """A relative the record names by a given name alone and who saw it is a witness: the kin
    word is no part of the name ("Daughter Lucía" names Lucía)."""
    for match in KIN_GIVEN_PERCEIVED.finditer(text):
        if _is_name_word(match.group("name")) and not people.ordinary_words([match.group("name")]):
            people.add_given(match.group("name"), "witness")


# A letter's salutation: "Dear Ms. Lindqvist:", "Estimada Sra. Ortiz:".
SALUTATION = _rx(
    # (or by the first name alone: "Estimado Kevin:")
    rf"^[ \t]*(?:Dear|Estimad[oa])[ \t]+(?:(?P<honorific>{HONORIFIC})\.?[ \t]+)?(?P<surname>{_NAME_WORD}(?:[ \t-]{_NAME_WORD})?)[ \t]*[:,]",
    re.M,
)
# What a letter tells its addressee of their part: "You are listed as a witness for the State",
# "because you saw the incident"; "The protective order ... protects you".
LETTER_TO_WITNESS = _rx(
    r"\byou\s+(?:are|were|have\s+been)\s+(?:listed|named|subpoenaed|identified)\s+as\s+a\s+(?:state'?s\s+)?witness"
    r"|\bbecause\s+you\s+(?:saw|witnessed|heard)\b|\busted\s+(?:es|fue)\s+testigo\b"
    # "confirming that you are a cooperating witness in the investigation" (not "if you are a witness")
    r"|(?<!\bif\s)\byou\s+(?:are|were)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:eye)?witness\b"
    r"|(?<!\bsi\s)\busted\s+(?:es|fue)\s+(?:un|una|el|la)\s+(?:\w+\s+){0,2}?testigo\b",
    re.I,
)
LETTER_TO_VICTIM = _rx(
    r"\bprotects\s+you\b|\byou\s+are\s+(?:the\s+)?(?:protected\s+(?:person|party)|victim)\b|\bper\s+victim\s+request\b"
    r"|\bla\s+protege\s+a\s+usted\b|\busted\s+es\s+(?:la\s+)?(?:persona\s+protegida|victima)\b"
    # a housing letter on the addressee's own VAWA emergency transfer: "su solicitud de traslado de
    # emergencia bajo la Ley VAWA", "your request for an emergency transfer", "su ... formulario HUD-5382"
    r"|\b(?:su|your)\s+(?:solicitud|request|application)\s+(?:de|for)\s+(?:an?\s+)?(?:traslado|transfer)\s+(?:de\s+)?(?:emergencia|emergency)"
    r"|\b(?:your|su)\s+(?:emergency\s+transfer\s+request|self-certification)"
    r"|\b(?:su|your)\b[^.\n]{0,80}\bHUD-538[23]\b",
    re.I,
)


def _letters(text: str) -> list[tuple[re.Match, int, int]]:
    """(salutation, where the letter's head starts, where its body ends) for each letter: letters
    in one file are parted by a rule, as filings are."""
    letters = []
    for salutation in SALUTATION.finditer(text):
        ends = [m.start() for m in FILING_BREAK.finditer(text) if m.start() < salutation.start()]
        head = ends[-1] if ends else 0
        end = FILING_BREAK.search(text, salutation.end())
        letters.append((salutation, head, end.start() if end else len(text)))
    return letters


def _letter_addressees(text: str, people: People, letters: list[tuple[re.Match, int, int]]) -> None:
    """The one a notice is addressed to is the witness it says they are ('You are listed as a
    witness ... because you saw the incident') or the victim it protects ('The protective order
    ... protects you'): found by the full name above the salutation, or its surname alone."""
    for salutation, head, end in letters:
        letter = text[head:end]
        role = (
            "witness"
            if LETTER_TO_WITNESS.search(letter)
            else "victim"
            if LETTER_TO_VICTIM.search(letter)
            else ""
        )
        if not role:
            continue
        person = _addressee(text, people, salutation, head, add=True)
        if person is not None:
            person.roles.add(role)
            person.roles.discard("subject")


def _addressee(
    text: str, people: People, salutation: re.Match, head: int, add: bool = False
) -> Person | None:
    """The person a letter's salutation greets, by the full name above it or the surname alone."""
    surname = salutation.group("surname")
    if not salutation.group("honorific"):
        # "Estimado Kevin:" under "Sr. Kevin Alexander Mejía Portillo": the full name that begins with it
        named = _rx(
            rf"^[ \t]*(?:(?:{HONORIFIC})\.?[ \t]+)?(?P<name>{re.escape(surname)}(?:[ \t]+{_NAME_WORD}){{1,4}})[ \t]*$",
            re.M,
        ).search(text, head, salutation.start())
        tokens = _tokens(named.group("name")) if named else []
        if len(tokens) >= 2:
            known = people.known(tokens)
            if known is not None and [t.lower() for t in tokens[: len(known.tokens)]] == [
                t.lower() for t in known.tokens
            ]:
                known.tokens = tokens  # the model cut the name short: "Kevin Alexander" for all four words
            return known or (people.add(tokens) if add else None)
        return people.find_single(surname)
    full = _rx(
        rf"(?:{HONORIFIC})\.?[ \t]+(?P<name>(?:{_NAME_WORD}[ \t]+)(?:[A-Z]\.[ \t]+)?{re.escape(surname)})(?![\w])"
    ).search(text, head, salutation.start())
    tokens = _tokens(full.group("name")) if full else []
    if len(tokens) >= 2:
        return people.known(tokens) or (people.add(tokens) if add else None)
    return people.find_single(surname)


# A detail a letter gives as its addressee's: "Our records show your safe contact number as (203)
# 555-0114 and your date of birth as 06/02/1978", "It protects you at 88 Lexington Ave".
YOUR_DETAIL = _rx(
    r"\b(?:your|su)\s+(?:\w+\s+){0,2}?(?:number|phone|cell|telephone|date\s+of\s+birth|DOB|address|e-?mail|numero|telefono|celular|"
    r"fecha\s+de\s+nacimiento|direccion)\s+(?:is|as|es|:)?\s*$"
    r"|\bprotects\s+you\s+at\s+$|\b(?:you\s+live|usted\s+vive)\s+(?:at|en)\s+$"
    # where the agency will reach the addressee: "le enviaremos un mensaje de texto al 203-...",
    # "we will also send a text to 203-... and an e-mail to ..."
    r"|\b(?:le\s+(?:enviaremos|enviamos|llamaremos|escribiremos)|we\s+will\s+(?:also\s+)?(?:text|call|e-?mail|send)\s+you)"
    r"(?:[^.\n]|\n(?![ \t]*\n)){0,100}?\b(?:al|a|to|at)\s+$",
    re.I,
)


# A letter head's label for the addressee's home ("Unidad actual:", "Property address:").
HEAD_ADDRESS_LABEL = _rx(
    r"[ \t]*(?:(?:current|home|property|unit|rental)\s+)?(?:unidad|unit|address|direccion|domicilio|residence)"
    r"(?:\s+(?:actual|de\s+la\s+propiedad))?\s*:",
    re.I,
)
# A letter sent in care of an office: its address is the office's, nobody's home.
CARE_OF_OFFICE = _rx(
    r"\bc/o\b[^\n]*\b(?:Center|Centre|Office|Department|Dept|Court|Clinic|Services|Agency|Unit|Program|Shelter|"
    r"Hospital|Inc|LLC|Police|Attorney)\b",
    re.I,
)


def _letter_details(text: str, people: People, letters: list[tuple[re.Match, int, int]]) -> None:
    """The phone, birth date or address a letter gives as 'your' are its protected addressee's."""
    for salutation, head, end in letters:
        person = _addressee(text, people, salutation, head)
        if person is None or not person.protected:
            continue
        body = text[salutation.end() : end]
        values = [
            (m.start(), m.group(0).strip(" ,."))
            for rx in (PHONE, EMAIL, DATE, ADDRESS)
            for m in rx.finditer(body)
        ]
        for start, value in values:
            if YOUR_DETAIL.search(body[max(0, start - 130) : start]):
                person.identifiers.add(value)
        if person.last:
            # the inside address: the lines under the addressee's name, above the salutation
            # ("Mr. Darnell Whitfield\n455 Winchester Ave, Apt 2\nNew Haven, CT 06511")
            inside = _rx(
                rf"^[ \t]*(?:(?:{HONORIFIC})\.?[ \t]+)?(?:[A-Z][\w.'-]*[ \t]+){{0,3}}{re.escape(person.last)}[ \t]*\n"
                r"(?P<lines>(?:[ \t]*\S[^\n]*\n){1,2})",
                re.M | re.I,
            ).search(text, head, salutation.start())
            if inside:
                person.identifiers |= {
                    m.group(0).strip(" ,.")
                    for line in inside.group("lines").splitlines()
                    if not CARE_OF_OFFICE.search(line)  # "c/o Family Justice Center, 1 Long Wharf Dr."
                    for m in ADDRESS.finditer(line)
                }
                # and the head's labelled home: "Unidad actual: 455 Ferry St, Apto. 1B"
                for line in text[inside.end() : salutation.start()].splitlines():
                    if HEAD_ADDRESS_LABEL.match(line):
                        person.identifiers |= {m.group(0).strip(" ,.") for m in ADDRESS.finditer(line)}


def _other_names_used(text: str, people: People) -> None:
    """The other names a form lists on the lines under a person's name are hers: a quoted one is
    her nickname, a full one ("Ana G. Pizarro", a married name on an old lease) is her name too."""
    for match in OTHER_NAMES_LINE.finditer(text):
        above = NAME_LINE_ABOVE.search(text[max(0, match.start() - 400) : match.start()])
        parsed = parse_name(above.group("value")) if above else None
        person = people.known(parsed[0]) if parsed else None
        if person is None:
            continue
        value = _rx(r"\([^)\n]*\)").sub(" ", match.group("value"))
        for part in _rx(r"[,;/]|\bor\b|\bo\b").split(value):
            part = part.strip(" \t\"“”'.")
            if not part or part.lower() in ("none", "ninguno", "n/a"):
                continue
            tokens = _tokens(part)
            if len(tokens) == 1 and _is_name_word(tokens[0]):
                person.nicknames.add(tokens[0])
            elif len(tokens) >= 2 and all(_is_name_word(t) or _rx(r"[A-Z]\.?").fullmatch(t) for t in tokens):
                person.nicknames.add(part)
                person.nicknames.add(" ".join(t for t in tokens if len(t.strip(".")) > 1))


# A message said to be the victim's, then quoted: "Forwarding below the complainant's e-mail to you"
# ... "> From: Linh Tran <ltran.rn2023@gmail.com>".
FORWARDED_VICTIM_MAIL = _rx(
    rf"(?:\b(?:forward(?:ing|ed)?|below\s+is|see\s+below|pasted\s+below|reenvio|abajo\s+(?:esta|va))\b[^.]{{0,40}}?"
    rf"\b(?:{role_cues().victim_words})'?s?\s+(?:own\s+)?(?:e-?mail|message|letter|note|correo|mensaje)\b"
    # "the victim forwarded the Venmo screenshots (see below)"
    rf"|\b(?:{role_cues().victim_words})\s+(?:forwarded|sent|e-?mailed)\b[^.]{{0,80}}?\bbelow\b"
    # "forwarding with the client's permission (signed release on file)": her own message
    rf"|\bforward(?:ing|ed)?\s+(?:this\s+|it\s+|her\s+(?:e-?mail|message)\s+)?with\s+(?:the\s+|my\s+)?"
    rf"(?:{role_cues().victim_words}|client|clienta)'?s\s+(?:permission|consent))"
    r"[\s\S]{0,600}?^[ \t>]*(?:From|De)[ \t]*:[ \t]*(?P<name>[^<\n]+)",
    re.I | re.M,
)


def _forwarded_victim_mail(text: str, people: People, kinds: set[str]) -> None:
    """The sender of a message the thread forwards as the victim's is the victim."""
    if not kinds:
        return
    # (what she writes of herself in it is hers: see _authored_details)
    for match in FORWARDED_VICTIM_MAIL.finditer(text):
        parsed = parse_name(match.group("name"))
        if parsed and len(parsed[0]) >= 2:
            people.add(parsed[0], "victim", parsed[1])


# A caller naming herself in a voicemail or a letter: "le habla Marisol... Marisol Acevedo",
# "this is Marisol Acevedo, from the case about my husband".
SPOKEN_INTRODUCTION = _rx(
    # the given name said first, then the whole name, perhaps across a line: "Soy Glenda, Glenda\nPacheco"
    rf"\b(?:soy|this\s+is|le\s+habla|habla)\s+(?P<given>(?-i:[A-Z][a-z]+)),\s*"
    rf"(?P<name>(?P=given)[ \t]*\n?[ \t]*{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)"
    # (a voicemail's "Habla María Luisa Cintrón Batista, Marilú" after its greeting too)
    rf"|\b(?:this\s+is|le\s+habla|my\s+name\s+is|mi\s+nombre\s+es|me\s+llamo|soy|(?<=[.!?,][ \t])habla)\s+"
    rf"(?:(?-i:[A-Z][a-z]+)(?:\.{{3}}|…)\s*)?(?P<name>{NAME_SEQ})"
    # a log or statement its writer heads with her own name: "Log of contact from Jordan Pryce -
    # kept by Courtney Dunbar", "Me: Courtney E. Dunbar, DOB 3/3/1998"
    rf"|\b(?:kept|written|typed)\s+by\s+(?P<name>{NAME_SEQ})(?=[ \t]*(?:$|\n|\())"
    rf"|(?<![^\n])[ \t]*(?:me|yo)[ \t]*:[ \t]*(?P<name>{NAME_SEQ})(?=,|[ \t]*\n)",
    re.I,
)


# The short name a speaker adds after her full name: "Habla María Luisa Cintrón Batista, Marilú."
SPOKEN_SHORT_NAME = _rx(r",[ \t]*(?P<nick>(?-i:[A-Z])[^\W\d_]{2,})(?=[.!])")


# A dispatch log's caller giving a name: 'Llamante se identifica como "Daniela", 12 años', 'Caller
# identifies herself as Tonya'; and the number the call came from: "Llamada 911 desde celular 203-...".
CALLER_GIVES_NAME = _rx(
    r"\b(?:llamante|caller|(?-i:RP))\s+(?:se\s+identifica\s+como|dice\s+que\s+se\s+llama|identifies\s+(?:herself|himself)\s+as|"
    r"gives?\s+(?:her|his)\s+name\s+as|says\s+(?:her|his)\s+name\s+is)\s+[\"“']?(?P<name>(?-i:[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2}))\b",
    re.I,
)
CALL_FROM_NUMBER = _rx(
    rf"\b(?:llamada|call)\b[^\n]{{0,40}}?\b(?:desde|from)\b[^\n]{{0,20}}?(?P<phone>{PHONE.pattern})", re.I
)


# An anonymous tip or complaint form, whose writer saw or heard it first-hand and left a number:
# "ANONYMOUS TIP / COMPLAINT FORM" ... "CONTACT (optional): 203-555-0122" ... "I have seen him hand
# baggies", "FORMULARIO DE QUEJA ANÓNIMA" ... "Teléfono para contactarle (opcional): ..." ... "oí golpes".
ANONYMOUS_FORM = _rx(r"\b(?:anonymous|anonim[oa])\b", re.I)
TIPSTER_CONTACT = _rx(
    r"^[ \t]*(?:contact|callback|call[ \t-]?back|telefono|phone)\b[^:\n]{0,30}:[ \t]*"
    rf"(?P<phone>{PHONE.pattern})",
    re.I | re.M,
)
FIRST_PERSON_PERCEIVED = _rx(
    r"\bI\s+(?:have\s+|had\s+)?(?:also\s+)?(?:saw|seen|heard|witnessed|watched)\b|\b(?:oi|oigo|vi|escuche|he\s+visto|he\s+oido)\b",
    re.I,
)


def _anonymous_tipster(text: str, people: People) -> None:
    """The writer of an anonymous tip who saw or heard the crime is a witness without a name:
    the callback number the form gives is theirs to protect."""
    if not ANONYMOUS_FORM.search(text[:400]) or not FIRST_PERSON_PERCEIVED.search(text):
        return
    phones = {m.group("phone") for m in TIPSTER_CONTACT.finditer(text)}
    if len(phones) == 1:
        people.people.append(Person(roles={"witness"}, identifiers=phones))


def _callers_given_names(text: str, people: People, kinds: set[str]) -> None:
    """In a family-violence or sexual-assault call, the caller who gives only a name is a
    witness (or the one harmed, when she says so), and the number the call came from is hers."""
    if not kinds:
        return
    callers = []
    for match in CALLER_GIVES_NAME.finditer(text):
        tokens = _tokens(match.group("name"))
        if not all(_is_name_word(t) for t in tokens):
            continue
        line_end = text.find("\n", match.end())
        said = text[match.end() : line_end if line_end >= 0 else len(text)]
        role = "harmed" if FIRST_PERSON_HARM.search(said) else "witness"
        person = people.add(tokens, role) if len(tokens) >= 2 else people.add_given(tokens[0], role)
        if person is not None:
            callers.append(person)
    if len({id(p) for p in callers}) == 1:
        callers[0].identifiers |= {m.group("phone") for m in CALL_FROM_NUMBER.finditer(text)}


def _self_named_callers(text: str, people: People, kinds: set[str]) -> None:
    """A voicemail or message whose speaker names herself ('le habla Marisol... Marisol Acevedo')
    and, in the same paragraph, tells of being hurt or threatened ('que me iba a matar') is the
    victim's own, in a family-violence or sexual-assault record."""
    if not kinds:
        return
    introduced = list(SPOKEN_INTRODUCTION.finditer(text))
    speakers = {
        " ".join(_tokens(m.group("name"))).lower() for m in introduced if m.group("name")[:1].isupper()
    }  # not "soy ciudadana americana", "soy de Bayamón"
    for match in introduced:
        before = text[max(0, match.start() - 12) : match.start()]
        if _rx(rf"(?:{OFFICER_TITLE})\.?[ \t]*$").search(before) or _rx(rf"^(?:{OFFICER_TITLE})\b").match(
            match.group("name")
        ):
            continue
        tokens = _tokens(match.group("name"))
        paragraph = text[match.end() : match.end() + 1500]
        if len(speakers) > 1:  # several speakers: only what this one says in her own paragraph
            paragraph = paragraph.split("\n\n", 1)[0]
        if len(tokens) < 2 or not FIRST_PERSON_HARM.search(
            QUOTED_WORDS.sub(" ", paragraph.replace('"', " "))
        ):
            continue
        _harmed_writer(people, tokens, declarant=len(speakers) == 1)
        short = SPOKEN_SHORT_NAME.match(text, match.end())
        person = people.known(tokens)
        if (
            short
            and person is not None
            and _is_name_word(short.group("nick"))
            and any(short.group("nick")[:3].lower() == t[:3].lower() for t in tokens[:-1])
        ):
            person.nicknames.add(short.group("nick"))  # "Habla María Luisa Cintrón Batista, Marilú."


def _chat_participants(text: str, people: People, kinds: set[str]) -> None:
    """The people writing in a message export or a web chat: in a family-violence or sexual-assault
    case one who writes of being harmed ('si. me forzo', 'he choked me again') is the victim, as is
    the one victim services writes to in its own thread; in any case one who writes that she saw it
    ('i seen him do it', 'vi desde mi ventana a dos hombres') is a witness. Staff (a name with
    'NHPD', a title) are neither."""
    # (a chat of any other crime still has its witnesses: "vi desde mi ventana a dos hombres cortando
    # el catalizador"; a web chat's lines carry the time alone: "[07:03:05] Carmen Solís: ...")
    lines = list(CHAT_LINE.finditer(text)) or [
        m for m in CHAT_TIME_LINE.finditer(text) if len(_tokens(m.group("who"))) >= 2
    ]
    if len(lines) < 3:
        return
    writers: dict[str, list[str]] = {}
    for line in lines:
        writers.setdefault(line.group("who").strip(), []).append(line.group("said"))
    staff = {who for who in writers if CHAT_STAFF.search(who)}
    services = bool(staff) and bool(VICTIM_SERVICES_THREAD.search(text))
    for who, said in writers.items():
        if who in staff or who.lower() in ("owner", "me", "yo"):
            continue
        name = _rx(rf"^(?P<name>{NAME_SEQ})").match(who)
        tokens = _tokens(name.group("name")) if name else []
        if not tokens or any(not _is_name_word(t) for t in tokens):
            continue
        own = " ".join(QUOTED_WORDS.sub(" ", line) for line in said)
        if kinds and (FIRST_PERSON_HARM.search(own) or (services and len(writers) - len(staff) == 1)):
            role = "victim"
        elif CHAT_PERCEPTION.search(own):
            role = "witness"
        else:
            continue
        person = people.known(tokens) or (people.find_single(tokens[0]) if len(tokens) == 1 else None)
        shortened = [
            p for p in people.people if len(tokens[0]) >= 3 and p.first.lower().startswith(tokens[0].lower())
        ]
        if person is None and len(tokens) == 1 and len(shortened) == 1:
            person = shortened[0]  # "Yari 🌻:" writing as Yaritza Colon
        if person is None and len(tokens) == 1:
            # "Conversation with: Yesenia Marte Rosario ("Nena")" above the lines "Nena 💜: ..."
            named = _rx(
                rf"(?P<name>{NAME_SEQ})[ \t]*\([ \t]*[\"“']{re.escape(tokens[0])}[\"”'][ \t]*\)"
            ).search(text)
            full = _tokens(named.group("name")) if named else []
            person = people.add(full, role) if len(full) >= 2 else None
            if person is not None:
                person.nicknames.add(tokens[0])
        if person is None:
            person = people.add(tokens, role) if len(tokens) >= 2 else None
        if person is None:
            person = Person(tokens=list(tokens))
            people.people.append(person)
        person.roles.add(role)


SELF_INTRODUCTION = _rx(
    rf"^(?:(?:hello|hi|yes|yeah|ma'am|sir)[?.!,]*[ \t]+)?(?:this\s+is|it'?s|my\s+name\s+is)[ \t]+"
    rf"(?:(?:the|his|her|their|my)[ \t]+\w+,[ \t]+)?(?P<name>{NAME_SEQ})",
    re.I,
)


def _self_introduced_speakers(text: str, people: People) -> None:
    """'FEMALE 2: Hello? This is the grandmother, Loretta Wilkins.': the speaker's label is hers
    from then on, so what she gives when asked ('what's your phone number?') is hers. A speaker
    who names herself in her turn ("FEMALE 1: I'm the one who called. I'm Hema Patel. I could
    hear the whole thing") and says she heard or saw it is a witness; her later turns under her
    surname ("PATEL: ... My number is 203-555-0129") are hers."""
    turns = _turns(text)
    for turn in turns:
        said = turn.group("said")
        intro = SELF_INTRODUCTION.match(said) or SPEAKER_NAMES_HERSELF.search(said)
        if not intro:
            continue
        tokens = _tokens(_trim_name(intro.group("name")))
        person = people.known(tokens)
        own_words = QUOTED_WORDS.sub(" ", said)
        coded = _rx(r"(?-i:[VW]\d{0,2}|VIC|WIT)").fullmatch(turn.group("who"))
        if coded and _role_of(turn.group("who")) and (person is not None or len(tokens) >= 2):
            # "[19:48:16] V1: Me llamo Dolores Caal Choc.": the code a transcript's key gives her
            person = person or people.add(tokens, _role_of(turn.group("who")))
            person.roles.add(_role_of(turn.group("who")))
        if person is None and len(tokens) >= 2 and FIRST_PERSON_PERCEPTION.search(own_words):
            person = people.add(tokens, "witness")
        elif person is not None and not person.roles and FIRST_PERSON_PERCEPTION.search(own_words):
            person.roles.add("witness")
        if person is None or not person.roles:
            continue
        labels = {turn.group("who"), *(t for t in person.tokens[1:])}
        for label in labels:
            _answered_details(text, label, person)
        for other in turns:
            if other.group("who").lower() in {label.lower() for label in labels}:
                person.identifiers |= first_person_identifiers(other.group("said"))


# A speaker naming herself inside her turn: "I'm the one who called. I'm Hema Patel."
SPEAKER_NAMES_HERSELF = _rx(
    rf"(?:^|[.!?][ \t]+)(?i:I'?m|I\s+am|my\s+name\s+is|me\s+llamo|soy)[ \t]+(?P<name>{NAME_SEQ})"
)
# The speaker's own perception: "I could hear the whole thing", "I saw him", "Yo vi todo".
FIRST_PERSON_PERCEPTION = _rx(
    r"\bI\s+(?:could\s+|can\s+|did\s+|just\s+)?(?:hear|heard|saw|see|seen|watched|witnessed)\b"
    r"|\bI'?m\s+the\s+one\s+who\s+called\b|\b(?:yo\s+)?(?:vi|escuche|oi)\s+(?:todo|cuando|como|que)\b",
    re.I,
)


# A note's key to its codes: "Destiny = V, Monique = W1", "V = HOLLOWAY, Destiny".
CODE_EQUATION = _rx(
    r"(?<![\w=])(?P<code>(?-i:V|W|VIC|WIT|VICT)\d{0,2})[ \t]*=[ \t]*(?P<after>[^\n,;=]{2,40})"
    r"|(?P<before>[\w'-]+(?:[ \t][\w'-]+){0,3})[ \t]*=[ \t]*(?P<code2>(?-i:V|W|VIC|WIT|VICT)\d{0,2})(?![\w=])"
)


# Case notes' key from a name the record uses to the person's own: "Georgie = Lemus".
NAME_EQUATION = _rx(
    rf"(?<![\w=])[\"“]?(?P<alias>(?-i:[A-Z][a-z]{{2,}}))[\"”]?[ \t]*=[ \t]*(?P<name>{NAME_SEQ}|{_NAME_WORD})(?![\w=])"
)


# A saved contact resolved to a person: 'Contact "Kiki 💕" resolves to Kiara M. Batista',
# '"Sis Tee 💕"  +1 (203) 555-0190  (identified as Tiara Freeman, sister of owner)'.
CONTACT_ALIAS = _rx(
    r"[\"“](?:(?-i:[A-Z][a-z]+)[ \t])?(?P<alias>(?-i:[A-Z][a-z]{2,}))(?:[ \t]*[^\w\s\"”]{1,4})?[ \t]*[\"”]"
    r"[^\n\"“]{0,40}?\b(?:resolves\s+to|identified\s+as|belongs\s+to|saved\s+for|is\s+saved\s+as)[ \t]+"
    rf"(?:(?:respondent|suspect|witness|victim|the|her|his|owner's)[ \t]+)*(?P<name>{NAME_SEQ})",
    re.I,
)


def _contact_aliases(text: str, people: People) -> None:
    """A phone's contact name is a nickname of the person the examiner resolves it to, so the
    chat lines under "Kiki 💕:" name Kiara Batista."""
    for match in CONTACT_ALIAS.finditer(text):
        tokens = _tokens(match.group("name"))
        if len(tokens) < 2:
            continue
        person = people.known(tokens) or people.add(tokens)
        alias = match.group("alias")
        if person is not None and _is_name_word(alias):  # "kiki he outside": a handle written small
            person.nicknames.add(alias)


def _code_equations(text: str, people: People) -> None:
    """A known person set equal to a role code is that role, and the code is theirs: later
    'V' and 'W1' name them ("NOTE: V and W1 are sisters -- Destiny = V, Monique = W1")."""
    if "=" not in text:
        return  # most records have none, and the pattern is slow to rule out word by word
    for match in CODE_EQUATION.finditer(text):
        code = match.group("code") or match.group("code2")
        words = _tokens(match.group("after") or match.group("before"))
        for size in range(len(words), 0, -1):  # the words next to the "=" that name someone
            part = words[:size] if match.group("after") else words[-size:]
            known = [
                p
                for p in people.people
                if _known_as(p, part) or (size == 1 and p is people.find_single(part[0]))
            ]
            if len(known) == 1:
                known[0].roles.add(_role_of(code))
                if code[-1].isdigit():
                    known[0].codes.add(code)
                break
        else:
            # "V = DIMACULANGAN, Jerome Paolo, DOB ...": a whole name no one else has yet
            parsed = parse_name(text[match.start("after") :]) if match.group("after") else None
            if parsed and len(parsed[0]) >= 2:
                person = people.add(parsed[0], _role_of(code))
                if person is not None and code[-1].isdigit():
                    person.codes.add(code)
    for match in NAME_EQUATION.finditer(text):
        person = people.known(_tokens(match.group("name"))) or people.find_single(match.group("name"))
        alias = match.group("alias")
        if (
            person is not None
            and not people.sharing(alias)
            and _is_name_word(alias)
            and alias.lower() not in people.common  # "Son = Curtis Lyle Jr."
        ):
            person.nicknames.add(alias)  # a second name for someone known, not a code


# The one who did it is a stranger: "Never seen him before in my life", "some guy", "a man I don't know".
STRANGER = _rx(
    r"\bnever\s+seen\s+(?:him|her|them)\s+before|\b(?:i\s+)?(?:don'?t|do\s+not|didn'?t)\s+know\s+(?:him|her|them|who)\b"
    r"|\b(?:a|some|this|random)\s+(?:guy|man|dude|stranger)\b|\bstranger\b|\bno\s+lo\s+conozco\b|\bun\s+desconocido\b",
    re.I,
)


# A transcript's key to its speaker labels: 'Interviewee is identified below as "TM".'
TRANSCRIPT_KEY = _rx(
    r"\b(?P<label>interviewee|witness|victim|caller|declarant|complainant|deponent|subject)\s+(?:is\s+|will\s+be\s+)?"
    r"(?:identified|referred\s+to|shown|labell?ed|designated|indicated)\s+(?:below\s+|herein\s+|in\s+(?:this|the)\s+transcript\s+)?"
    r"(?:as|by)\s+[\"“'](?P<code>(?-i:[A-Z]{1,3}\d?))[\"”']",
    re.I,
)


# A header giving a person's speaker label in parentheses: "witness Tatiana Ocasio (WIT)".
LABELLED_PERSON = _rx(
    rf"(?P<name>{NAME_SEQ})[ \t]+\([\"“']?(?P<code>(?-i:[A-Z]{{1,4}}\d?))[\"”']?\)"
)  # "Hannah Lindqvist (A)" too, and a quoted label: 'Lucía Ortiz Zelaya ("V")'


def _labelled_speakers(text: str, people: People) -> None:
    """'Present: ... witness Tatiana Ocasio (WIT)' and then 'WIT: 212 Kensington St': the label in
    parentheses after a known person's name is theirs wherever it opens a turn."""
    labels = {t.group("who") for t in _turns(text)}
    for match in LABELLED_PERSON.finditer(text):
        code = match.group("code")
        if code not in labels:
            continue
        tokens = _tokens(match.group("name"))
        person = people.known(tokens)
        if person is not None and person.roles:
            if not _role_of(code):  # "(TO)" names her; "(WIT)" is only her part in the case
                person.initials.add(code)
            _answered_details(text, code, person)


def _transcript_key(text: str, people: People) -> None:
    """The speaker label a transcript's key gives the person its header names ('Interviewee:
    MOBLEY, Terrence' ... 'identified below as "TM"'): every 'TM:' turn names that person."""
    for key in TRANSCRIPT_KEY.finditer(text):
        field_ = _rx(rf"^[ \t]*{key.group('label')}[ \t]*:[ \t]*(?P<value>[^\n]+)", re.M | re.I).search(text)
        parsed = parse_name(field_.group("value")) if field_ else None
        person = people.known(parsed[0]) if parsed else None
        if person is not None:
            person.initials.add(key.group("code"))
            turns = _rx(rf"^[ \t]*{re.escape(key.group('code'))}:[^\n]*", re.M)
            for turn in turns.finditer(text):  # "TM:  Everybody call me T-Bone."
                person.nicknames |= first_person_nicknames(turn.group(0))


SAME_ADDRESS = _rx(
    r"\bsame\s+(?:address|residence|home|domicilio)\s+(?:as|que)\s+(?:the\s+|el\s+|la\s+)?(?P<who>[A-Za-z]+\d?)",
    re.I,
)


def _same_address(records: list[tuple[Person, str]]) -> None:
    """'VICTIM: ... Same address as arrestee': the address given in the arrestee's block is the
    victim's too (an address shared with the suspect is still the victim's, wherever it appears)."""
    for person, fragment in records:
        match = SAME_ADDRESS.search(fragment)
        if not match:
            continue
        role = _role_of(match.group("who"))  # "arrestee", "defendant", "V1" ...
        for other, other_fragment in records:
            if other is not person and role and role in other.roles:
                person.identifiers |= {m.group(0).strip(" ,") for m in ADDRESS.finditer(other_fragment)}


# A form's field that gives the protected party's address by another party's: "Protected party
# address: SAME AS ARRESTEE", "Victim's address - same as defendant".
ADDRESS_SAME_AS = _rx(
    r"\b(?:protected[ \t]+(?:party|person)|victim|complainant|petitioner|applicant)(?:'s)?[ \t]+"
    r"(?:home[ \t]+|residential[ \t]+)?address[ \t]*[:-][ \t]*same[ \t]+as[ \t]+(?:the[ \t]+)?(?P<who>[A-Za-z]+\d?)\b",
    re.I,
)


def _address_same_as(text: str, people: list[Person]) -> None:
    """'Protected party address: SAME AS ARRESTEE' gives the one victim the address the record
    gives the arrestee: the home they share is hers as well."""
    victims = [p for p in people if p.entity in ("DV_VICTIM", "SEXUAL_ASSAULT_VICTIM")]
    if len(victims) != 1:
        return
    for match in ADDRESS_SAME_AS.finditer(text):
        role = _role_of(match.group("who"))
        for other in people:
            if other is not victims[0] and role and role in other.roles:
                victims[0].identifiers |= _addresses_of(other)


def _named_same_address(text: str, people: list[Person]) -> None:
    """'Interview W1 Jonathan Bellamy, DOB 07/30/1983, same address as V': the protected person
    named just before it shares the home of the one holding that role, protected or not."""
    for match in SAME_ADDRESS.finditer(text):
        role = _role_of(match.group("who"))
        before = text[max(0, match.start() - 100) : match.start()]
        named = [
            p
            for p in people
            if p.protected
            and len(p.tokens) >= 2
            and _rx(r"[ \t]+".join(re.escape(t) for t in p.tokens) + r"\b[^.;\n]*$", re.I).search(before)
        ]
        holders = [p for p in people if role and role in p.roles and p not in named]
        if len(named) == 1 and len(holders) == 1:
            named[0].identifiers |= _addresses_of(holders[0])


def _addresses_of(person: Person) -> set[str]:
    """The street addresses among a person's identifiers: the home another shares with them."""
    return {i for i in person.identifiers if ADDRESS.fullmatch(i)}


# Name forms are claimed longest first across all protected people, so "Gloria Johnson"
# (a witness) is hers before "Johnson" alone is considered for the victim Tamika Johnson.
KIND_ORDER = ("full", "nick", "surname", "first", "initials", "bare")


# After a role word, words that make it an office or a program: "the Victim Services Unit"
NOT_THE_PERSON = (
    r"(?![ \t]+(?:advocate|advocacy|services?|compensation|assistance|rights|unit|specialist|liaison|"
    r"witness|notification|impact|fund|support|center|intake|of\b))"
)
ROLE_SENTENCE = _rx(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:[^.!?\n]|(?<=[,a-z])\n(?![ \t]*\n))*?(?:\b(?:the|la|el)\s+(?P<role>victim|complainant|survivor|petitioner|applicant|protected\s+(?:party|person)|witness|victima|solicitante|persona\s+protegida|testigo)\b"
    # (a heading's "SECTION 1 - CLIENT" is no sentence about her; a sentence ends with its paragraph)
    rf"{NOT_THE_PERSON}|\b(?P<client>client|clienta|participant|participante|tenant|inquilin[oa]|patient|paciente|(?-i:Pt|pt))(?:'s)?\b{NOT_THE_PERSON}"
    # a case log's shorthand, no article: "Phone contact w/ vic at (860) 555-0139", "Vic lives at ..."
    rf"|\b(?-i:[Vv]ic)\b{NOT_THE_PERSON})"
    r"(?![ \t]*(?:\n|\Z))(?:[^.!?\n]|\n(?![ \t]*\n))*",
    re.I,
)
# a protected victim named by the role word alone ("Victim's phone (...)"), never an office
VICTIM_WORD = _rx(
    # (and a protective order's "protected person(s)")
    rf"(?<![\w-])(?:the[ \t]+)?(?:victim|complainant|client|survivor|cliente|victima|protected[ \t]+(?:person|party)(?:\(s\))?)"
    rf"(?:'s)?(?![\w-]){NOT_THE_PERSON}",
    re.I,
)

WITNESS_WORD = _rx(
    rf"(?<![\w-])(?<!not a )(?<!no )(?:the[ \t]+)?(?:witness|testigo)(?:'s)?(?![\w-]){NOT_THE_PERSON}"
    r"(?![ \t]*(?::|statement|stmt|list|form|interview|tampering|protection|of\b))",
    re.I,
)


# A form's field for the protected party's detail: "Applicant's date of birth: 05/09/1992", and a
# label over its value ("Applicant's address (if not confidential)   Court location" then the
# address in the column below).
ROLE_FIELD = _rx(
    r"^(?P<lead>[ \t]*(?:[^\n]*?[ \t]{2,})?)(?:the[ \t]+)?(?:applicant|petitioner|victim|complainant|protected[ \t]+(?:person|party))'?s?[ \t]+"
    r"(?:home[ \t]+|mailing[ \t]+|current[ \t]+|residential[ \t]+)?"
    r"(?:address|date[ \t]+of[ \t]+birth|dob|d\.o\.b\.|telephone|phone|cell|e-?mail)\b(?P<label>[^\n:]{0,40}?)"
    r"(?::[ \t]*(?P<value>[^\n]*?)(?=[ \t]{3,}|$)|(?P<below>[ \t]*\([^)\n]*\))?(?:[ \t]{3,}[^\n]*)?\n(?P<next>[^\n]*))",
    re.I | re.M,
)


def _role_fields(text: str, people: list[Person], newest_year: int) -> None:
    """A form's 'Applicant's date of birth:' and 'Applicant's address' (value in the column below)
    are the details of the one protected person the form is about."""
    holders = [p for p in people if p.protected and p.entity != "CRIME_WITNESS"]
    if len(holders) != 1:
        return
    for match in ROLE_FIELD.finditer(text):
        if match.group("value") is not None:
            value = match.group("value")
        else:
            column = len(match.group("lead"))
            below = match.group("next")
            value = _rx(r"[ \t]{3,}").split(below[column:].strip())[0] if len(below) > column else ""
        holders[0].identifiers |= identifiers_in(value, newest_year, table_row=True)


# A section of one role's details, with no name in it: "VICTIM DETAIL (for file)" over "DOB ...;
# current address ...", "DATOS DE LA VÍCTIMA".
ROLE_DETAIL_HEADING = _rx(
    r"^[ \t]*(?:(?P<role>victim|complainant|witness)(?:'s)?[ \t]+(?:details?|information|info|contact(?:[ \t]+info(?:rmation)?)?)"
    r"|datos[ \t]+de(?:[ \t]+contacto[ \t]+de)?[ \t]+(?:la|el)[ \t]+(?P<rol>victima|testigo))\b[^\n:]{0,30}$",
    re.I | re.M,
)


def _role_holders(people: list[Person], role: str) -> list[Person]:
    """The protected people a role word can mean: the witnesses, or the victims of either kind."""
    wanted = ("CRIME_WITNESS",) if role == "witness" else ("DV_VICTIM", "SEXUAL_ASSAULT_VICTIM")
    return [p for p in people if p.entity in wanted]


def _role_detail_sections(text: str, people: list[Person], newest_year: int) -> None:
    """The details under a heading of one role's details ('VICTIM DETAIL (for file)' / 'DOB
    02/11/1979; current address ...; Cell ...') are the record's one protected person of that role."""
    for heading in ROLE_DETAIL_HEADING.finditer(text):
        word = (heading.group("role") or heading.group("rol")).lower()
        holders = _role_holders(people, "witness" if word in ("witness", "testigo") else "victim")
        if len(holders) != 1:
            continue
        end = text.find("\n\n", heading.end())
        body = text[heading.end() : end if end > 0 else len(text)][:800]
        holders[0].identifiers |= identifiers_in(body, newest_year)


# "grandson of the victim", "hermano de la víctima": the sentence is about her relative
KIN_OF_ROLE = _rx(
    r"\b(?:(?:grand|step)?(?:son|daughter|brother|sister|father|mother|husband|wife|boyfriend|girlfriend|uncle|aunt|"
    r"nephew|niece|cousin|friend|neighbou?r|partner)\s+of|(?:hij[oa]|niet[oa]|herman[oa]|espos[oa]|novi[oa]|padre|madre|"
    # (and a form's "Relationship to protected person:" in the defendant's block)
    r"prim[oa]|vecin[oa]|pareja)\s+de|relationship\s+to|relation\s+to|relacion\s+con)\s+(?:(?:the|la|el)\s+)?\Z",
    re.I,
)


def _kin_of_role(text: str, position: int) -> bool:
    """Whether a kin phrase ends right at `position` ('grandson of the |victim'); looked for in the
    few words before it only, not from the start of the text for every role word."""
    return KIN_OF_ROLE.search(text, max(0, position - 40), position) is not None


def _role_sentences(text: str, people: list[Person]) -> None:
    """'The victim can be reached at (203) 555-0199': phones and e-mails in a sentence
    about 'the victim' belong to the record's one protected victim, when there is one."""
    for match in ROLE_SENTENCE.finditer(text):
        if match.group("role") and _kin_of_role(text, match.start("role")):
            continue  # "Marcus D. Simmons, ..., grandson of the victim, last known address ...": his
        role = "witness" if (match.group("role") or "").lower() in ("witness", "testigo") else "victim"
        holders = _role_holders(people, role)
        if len(holders) != 1:
            continue
        sentence = match.group(0)
        holders[0].identifiers |= {
            m.group(0)
            for rx in (PHONE, EMAIL)
            for m in rx.finditer(sentence)
            # "notas de voz enviadas por FUNES desde el número 203-555-0139": a named sender's
            # (not "she has been texting him from a new number, 203-555-0199": her own)
            if not SENT_BY_NAMED.search(sentence[max(0, m.start() - 80) : m.start()])
            and not MESSAGES_CAME_FROM.search(sentence[max(0, m.start() - 80) : m.start()])
        }
        for address in ADDRESS.finditer(sentence):  # "her current mailing address as 1200 Quinnipiac Ave"
            before = sentence[max(0, address.start() - 90) : address.start()]
            after = sentence[address.end() : address.end() + 60]
            if (HOME_BEFORE.search(before) or HOME_AFTER.match(after)) and not _workplace_address(
                sentence, address.start()
            ):
                holders[0].identifiers.add(address.group(0).strip(" ,"))


# "Her old unit was 96 Dixwell Ave", "Best contact is her new cell, (475) 555-0146": a detail
# given with a possessive pronoun and nobody named before it in its sentence.
PRONOUN_DETAIL = _rx(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:[-*•][ \t]*)?(?P<lead>[^.!?\n]{0,60}?)\b(?P<pronoun>her|his)\s+"
    r"(?:(?:new|old|current|former|home|own|personal|best|cell|mobile|work)\s+){0,2}"
    r"(?P<what>cell(?:\s+phone)?|phone(?:\s+number)?|number|mobile|address|unit|apartment|apt|home|e-?mail|"
    r"(?P<vehicle>car|vehicle|truck|van|plate))\b"
    # the value in the same sentence: the next sentence may give another detail of hers
    # (or the clause: "Her personal cell, 203-214-8875, to be used for HR contact only; her city e-mail ...")
    r"(?:\s+(?:is|was|are))?[ \t:,]*(?:\n[ \t]*)?(?P<value>[^\n]{0,80}?)(?=[.!?](?:\s|$)|;|\n|$)",
    re.I,
)


# "Her personal contact info is below for you ONLY, ... Do not put\nit in Kronos:" over the lines
# "   Cell: 203-555-0187" / "   Home: 33 Eastern St, Unit 14": a block of labelled details of hers.
PRONOUN_CONTACT_BLOCK = _rx(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:\d{1,2}[.)][ \t]+|[-*•][ \t]*)?(?P<lead>[^.!?\n]{0,60}?)\b(?P<pronoun>her|his)\s+"
    r"(?:(?:personal|home|current|new|private|own)\s+){0,2}(?:contact\s+(?:info(?:rmation)?|details|numbers)|details)\b"
    r"[^\n]{0,120}(?:\n[^\n]{0,80})?:[ \t]*\n(?P<block>(?:[ \t]*[A-Z][^:\n]{0,25}:[ \t]*[^\n]+(?:\n|$))+)",
    re.I,
)


# The victim named by her role at a sentence's start: "Patient states ...", "V1 said ...".
VICTIM_LEAD = _rx(r"^(?:[^\n]{0,20}?\b)?(?:patient|pt|victim|complainant|survivor|(?-i:V\d?))\b", re.I)


def _pronoun_details(text: str, people: list[Person]) -> None:
    """In a record about one protected person, the details a sentence gives as 'her' cell or 'his'
    address are theirs when nobody is named before the pronoun in that sentence and the pronoun
    fits them. With a witness protected too, a sentence about the victim by her role ('Patient
    states he pushed her into the back seat of her car, ... CT plate 5ACK29') is the victim's."""
    protected = [p for p in people if p.protected]
    victims = [p for p in protected if p.entity in ("DV_VICTIM", "SEXUAL_ASSAULT_VICTIM")]
    gendered = len(protected) > 1 and all(p.gender for p in protected)
    if len(protected) != 1 and len(victims) != 1 and not gendered:
        return
    words = {t.lower() for p in people for t in p.tokens}

    def owner(match: re.Match) -> Person | None:
        said = "F" if match.group("pronoun").lower() == "her" else "M"
        fits = [p for p in protected if p.gender == said] if gendered else []
        if len(protected) == 1:
            person = protected[0]
        elif len(victims) == 1 and VICTIM_LEAD.search(match.group("lead")):
            person = victims[0]
        elif len(fits) == 1:
            person = fits[0]  # a witness and a victim of known genders: "Her own car (Kia Soul, CT BN 30527)"
        else:
            return None
        if person.gender and person.gender != said:
            return None
        if any(w.lower() in words for w in _rx(r"[A-Za-z]+").findall(match.group("lead"))):
            return None  # someone is named before the pronoun: it may be theirs
        return person

    for match in PRONOUN_CONTACT_BLOCK.finditer(text):
        if (person := owner(match)) is not None:
            person.identifiers |= identifiers_in(match.group("block"))
    for match in PRONOUN_DETAIL.finditer(text):
        if (person := owner(match)) is None:
            continue
        value = match.group("value")
        if match.group("vehicle"):
            # "Her vehicle, a gray 2017 Honda Civic bearing CT registration AX 40117"
            person.identifiers.update(m.group("value") for m in PLATE.finditer(match.group(0)))
            continue
        # "her work phone for future contact: (203) 555-0137": a few words may come first
        lead = _rx(r"^[ \t(]*(?:for\s+(?:future\s+)?(?:contact|follow-?up)[ \t:,]*)?").match(value).end()
        for rx in (PHONE, EMAIL, ADDRESS):
            first = rx.match(value, lead) or rx.match(value)
            if first and not _workplace_address(value, first.start()):
                person.identifiers.add(first.group(0).strip(" ,"))


# An address said to be someone's home, by the words before or after it:
# "mailing address as 1200 Quinnipiac Ave", "33 Pierpont St, the petitioner's address at the time"
HOME_BEFORE = _rx(
    r"\b(?:address|residence|home|domicilio|direccion)(?:\s+(?:is|was|as|of\s+record))?\W{0,3}$"
    # "stay away from the home of the Applicant at 88 Winthrop Ave"
    r"|\b(?:home|residence|address|domicilio|casa)\s+(?:of|de)\s+(?:the\s+|la\s+|el\s+)?(?:applicant|victim|petitioner|complainant|"
    r"protected\s+(?:party|person)|solicitante|victima|persona\s+protegida)\s+(?:at|en)\W{0,3}$"
    # "lives with her mother and two younger brothers at 24 Ward St": their home is hers
    r"|\b(?:lives|lived|living|resides|resided|vive|staying|stays)(?:\s+with\s+[^.,;\n]{1,50}?)?\s+(?:at|on|en)\W{0,3}$",
    re.I,
)
HOME_AFTER = _rx(
    r"^,?\s+(?:the[ \t]+)?(?:victim|petitioner|complainant|client|survivor)'s[ \t]+(?:home|address|residence|apartment)",
    re.I,
)


CODED_DETAIL = _rx(
    # (after a CAD entry's source too: "[22:10:24] CT09 (CAD): WIT RES 230 GRAND AVE 2FL", "VICT
    # RESIDES AT 142 PECK ST 1FL")
    r"(?:^|(?<=[ \t]{2})|(?<=^\d\d:\d\d[ \t])|(?<=\(CAD\):[ \t])|(?<=\.[ \t]))(?P<code>(?-i:V|W|C|RP|VIC|VICT|WIT|PT)\d?)[ \t]+"
    r"(?P<rest>(?-i:RES|RESIDES[ \t]+AT|CB|DOB|ADDR|PH|TEL|CELL|HOME|EMAIL)\b[^\n]*)$",
    re.M,
)


def _coded_detail_lines(text: str, people: list[Person], newest_year: int) -> None:
    """CAD entries that give a role's details without the name ('V RES 55 Hallock Ave  CB 203-555-0145')
    belong to the one protected person holding that role, when there is exactly one."""
    for match in CODED_DETAIL.finditer(text):
        role = _role_of(match.group("code"))
        holders = [
            p
            for p in _role_holders(people, role)
            if role in p.roles or (role == "victim" and "harmed" in p.roles)
        ]
        if len(holders) == 1:
            holders[0].identifiers |= identifiers_in(match.group("rest"), newest_year)


STATEMENT_OPENING = _rx(rf"{I_COMMA}[A-Z]", re.I)


def _statement_form_header(text: str, people: list[Person], newest_year: int) -> None:
    """A sworn-statement form gives the declarant's details in labelled lines above 'I, NAME, ...':
    'Date of birth: 10-30-2000', 'Home address: ...', 'Telephone: ...'. They are the declarant's
    when the record has one declarant and the header names no other role."""
    declarants = [p for p in people if "statement" in p.roles and p.protected]
    opening = STATEMENT_OPENING.search(text)
    if len(declarants) != 1 or not opening:
        return
    header = text[: opening.start()]
    if _rx(r"\b(?:suspect|victim|offender|accused|defendant|respondent|arrestee|complainant)\b", re.I).search(
        header
    ):
        return  # the header has someone else's details too
    lines = "\n".join(line for line in header.split("\n") if DETAIL_LABEL.match(line))
    declarants[0].identifiers |= identifiers_in(lines, newest_year)


INCIDENT_LOCATION = _rx(
    r"(?:^[ \t]*(?:LOC|Location(?:\s+of\s+(?:incident|occurrence|offense|call))?|Incident\s+(?:address|location)|Address|"
    r"Lugar(?:\s+del\s+incidente)?)[ \t]*:[ \t]*"
    r"|\b(?:dispatched|responded|sent|despachad[oa])\s+(?:to|a)\s+)(?=\d)",
    re.I | re.M,
)
VICTIM_VEHICLE = _rx(
    r"\b(?:(?-i:COMPL?|VIC|V\d?)(?:'S)?|victim'?s?|complainant'?s?)\s+(?:VEH|vehicle|car)\b[^\n]{0,60}"
    # "2019 Subaru Outback, CT 8FRA42 (registered to V1)", "(reg. owner V1)"
    r"|[^\n]{0,60}\((?:registered\s+to|reg\.?\s+owner)\s+(?:(?-i:V\d?)|the\s+victim)\)"
    # "Veh 1  2015 Nissan Altima, gray, CT reg AK 49213 - owner V1"
    r"|[^\n]{0,60}[ \t]+(?:-|—|–)[ \t]+(?:registered\s+)?owner[ \t:]+(?:(?-i:V\d?)|the\s+victim)\b"
    # a chat's "blk nissan altima CT AK-71632 reg to victim"
    r"|[^\n]{0,60}[ \t]+(?:reg(?:istered)?\.?|owned)\s+(?:to|by)\s+(?:(?-i:V\d?)|(?:the\s+)?victim)\b",
    re.I,
)


def _family_violence_scene(text: str, people: list[Person], kinds: set[str]) -> None:
    """In a family-violence record the scene is, as a rule, the victim's home: the dispatch
    address and the report's location line are hers, and so is 'COMP VEH ... REG 8RTK52'.
    Only when the record has exactly one family-violence victim to give them to."""
    victims = [p for p in people if p.entity == "DV_VICTIM"]
    if "DV" not in kinds or len(victims) != 1:
        return
    for match in INCIDENT_LOCATION.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : line_start]
        if match.group(0).lstrip().lower().startswith("address") and _rx(
            r"\b(?:name|dob|born|phone|cell|suspect|accused|witness|employer)\b", re.I
        ).search(above):
            continue  # an "Address:" line in someone's details block, not the scene
        address = ADDRESS.match(text, match.end())
        if address:
            victims[0].identifiers.add(address.group(0).strip(" ,"))
    for match in VICTIM_VEHICLE.finditer(text):
        plate = PLATE.search(match.group(0))
        if plate:
            victims[0].identifiers.add(plate.group("value"))


# The text right before a name ends with an officer's title (and perhaps an initial or a first name);
# not the office named as a noun: "One more thing for the ADA: K.D. identifies as ...".
OFFICER_BEFORE = _rx(
    rf"(?<![\w])(?<![Tt]he[ \t]){OFFICER_TITLE}\.?[ \t:]*(?:[A-Z]\.[ \t]*|(?-i:[A-Z][a-z]+)[ \t]+)?$"
)


OFFICER_BADGE = _rx(r"^,?[ \t]*(?:[A-Z][a-z]+\.?[ \t]+)?(?:[A-Z]\.[ \t]*)?#[ \t]?\d{3,5}\b")


def _officer_at(text: str, start: int, end: int) -> bool:
    """'Ofc. Kowalski', 'Rep. Ofc:   KOWALSKI, Paul  #0612', 'Det. P. Kowalski': an officer in
    their role, whose surname a victim may share; never the protected person's mention."""
    title = OFFICER_BEFORE.search(text[max(0, start - 24) : start])
    if title and ":" in title.group(0):
        at = max(0, start - 24) + title.start()
        if SPEAKER_LINE_START.search(text, max(0, at - 16), at):
            title = None  # a transcript's speaker, "DET: Jess already gave a written statement"
    return bool(title or OFFICER_BADGE.match(text[end : end + 24]))


# Where a transcript's turn opens: a line's start, perhaps after its time ("[19:48:40] ", "00:41 ").
SPEAKER_LINE_START = _rx(r"(?:^|\n)[ \t]*(?:\[[^\]\n]{1,12}\][ \t]*|\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?$")


def _mention_findings(text: str, protected: list[Person], others: list[Person]) -> list[Finding]:
    """Every name form and identifier of each protected person, without overlaps."""
    findings: list[Finding] = []
    taken: list[tuple[int, int]] = []
    # in a transcript the first person is whoever holds the turn, not one known only to have given
    # a statement elsewhere ("DET: Jess already gave a written statement" in the victim's interview)
    transcript = _shows(INTERLOCUTOR_TURN, text)
    gave_one_elsewhere = {id(p) for p in protected if transcript and p.roles == {"statement"}}
    for person in protected:
        _find_nicknames(person, text)
        _find_short_forms(person, text)
        # "Mika is what my family calls me."
        if "statement" in person.roles and id(person) not in gave_one_elsewhere:
            person.nicknames |= first_person_nicknames(text)
    _diminutives(protected, others, text)
    _initials_spelled(protected, text)
    _first_initial_alone(protected, others, text)
    for match in PRONOUN_NICKNAME.finditer(text):  # "She's asked that we use her nickname, Bridie"
        nick = match.group("nick") or match.group("nick2")
        female = bool(_rx(r"\b(?:her|she|su)\b", re.I).search(match.group(0)))
        fitting = [p for p in protected if p.gender in ("", "F" if female else "M")]
        # "Dottie" for Dorothy, "Yesi" for Yesenia: the one whose first name starts the same way
        alike = [p for p in fitting if p.first[:2].lower() == nick[:2].lower()]
        if len(protected) == 1:
            owners = protected
        elif len(fitting) == 1:
            owners = fitting
        else:
            owners = alike if len(alike) == 1 else [p for p in fitting if p.gender]
        if len(owners) == 1 and _is_name_word(nick):
            owners[0].nicknames.add(nick)
    for match in NAMED_NICKNAME.finditer(text):  # 'por Noemí o por "Mimi" (apodo)'
        owners = [
            p for p in protected if p.first and fold(p.first).lower() == fold(match.group("first")).lower()
        ]
        if len(owners) == 1 and _is_name_word(match.group("nick")):
            owners[0].nicknames.add(match.group("nick"))
    for match in ROLE_NICKNAME.finditer(text):  # 'Victim goes by "Kasia."'
        role = (
            "witness" if (match.group("role") or match.group("role2")).lower().startswith("w") else "victim"
        )
        nick = match.group("nick") or match.group("nick2")
        owners = [p for p in protected if role in p.roles]
        if not owners and role == "victim":
            # 'Pt prefers to be called "Yesi."': the patient or client the record is about
            owners = [p for p in protected if p.entity != "CRIME_WITNESS"]
        if len(owners) == 1 and _is_name_word(nick):
            owners[0].nicknames.add(nick)
    # a two-word nickname the name model took for someone else ('"Grann Rose" to the family') is her
    nicknames = {n.lower() for p in protected for n in p.nicknames}
    others = [o for o in others if " ".join(o.tokens).lower() not in nicknames]
    blocked = _other_people_spans(text, others)

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken) and not any(
            s <= start and end <= e for s, e in blocked
        )

    everyone = protected + others
    forms = [
        (KIND_ORDER.index(kind), n, person, kind, rx)
        for n, person in enumerate(protected)
        for kind, rx in name_forms(person, text)
    ]
    mentions: dict[str, list[int]] = {}

    def place(person: Person, start: int, end: int, score: float, how: str) -> None:
        findings.append(Finding(person.entity, start, end, score, RECOGNIZER, how, person.key))
        taken.append((start, end))
        mentions.setdefault(person.key, []).append(end)

    for _, _, person, kind, rx in sorted(forms, key=lambda f: (f[0], f[1])):
        for match in _found(rx, text):
            start, end = match.span()
            if not free(start, end) or _officer_at(text, start, end):
                continue
            word = match.group(0)
            if kind in ("surname", "first", "nick") and BUSINESS_AFTER.match(text, end):
                continue  # "Kowalski Auto Body": a business named for the family, not the person
            if kind == "bare" and any(p is not person and word in _bare_initials(p.tokens) for p in everyone):
                continue  # two people the record names share these initials
            if kind in ("surname", "first", "nick"):
                sharing = [p for p in everyone if p is not person and _names_word(p, word)]
                if sharing and not _claims_shared_word(person, sharing, start, text, word):
                    continue
            if kind in ("surname", "first", "nick") and _someone_else_marked(person, text, start, end):
                continue  # "el Sr. Suárez (S1)" beside the victim "la Sra. Suárez"
            if kind == "surname" and _another_given_name(person, text, start):
                continue  # "El papá de Brayan, Santos Orellana, me pegó": Santos's surname, not Brayan's
            place(person, start, end, 0.85, f"name:{kind}")

    for person, start, end in _chat_lowercase_names(text, protected):
        if free(start, end):
            place(person, start, end, 0.8, "name:first")
    for person, start, end in _hyphenated_names(text, protected, others):
        if free(start, end):
            place(person, start, end, 0.85, "name:surname")

    _nearest_name_identifiers(text, protected, others)
    _client_contact_lines(text, protected, others)
    _shared_homes(text, protected)
    for person in protected:
        stop_words = sorted(
            {t for o in everyone if o is not person for t in o.tokens if len(t) > 2}
            | {
                "suspect",
                "susp",
                "ofc",
                "officer",
                "det",
                "accused",
                "arrestee",
                "respondent",
                "resp",  # a docket note's "of 36 Lilac St. Resp lives at 910 Dixwell Ave #2"
                "offender",
                "defendant",
            }
        )
        for end in mentions.get(person.key, []):
            person.identifiers |= identifiers_near(text, end, stop_words)
        if "statement" in person.roles and id(person) not in gave_one_elsewhere:
            person.identifiers |= first_person_identifiers(text)
        person.identifiers |= _named_emails(person, text, everyone)
    declarants = [p for p in protected if "statement" in p.roles]
    if len(declarants) == 1 and id(declarants[0]) not in gave_one_elsewhere:
        # "Mi teléfono es ...": the declarant's own, though another name stands nearer to it
        own = first_person_identifiers(text)
        for person in protected:
            if person is not declarants[0]:
                person.identifiers -= own
    public = role_cues().public_addresses
    for person in protected:
        # a city or court building's address is nobody's home ("Interview Room B, 1 Union Ave"), a
        # hotline's toll-free number beside her name nobody's own ("YWCA (1-888-999-5545)")
        person.identifiers = {
            v
            for v in person.identifiers
            if not (public and public.fullmatch(v.strip(" ,."))) and not TOLL_FREE.fullmatch(v.strip(" ,.()"))
        }
        for value in sorted(person.identifiers, key=len, reverse=True):
            plate = PLATE_VALUE.fullmatch(value) is not None
            for match in value_regex(value).finditer(text):
                start, end = match.span()
                state = STATE_BEFORE_PLATE.search(text, max(0, start - 8), start) if plate else None
                if state and free(state.start(), end):
                    start = state.start()  # "CT AR-48211": the state with its plate
                if free(start, end):
                    findings.append(
                        Finding(person.entity, start, end, 0.8, RECOGNIZER, "identifier", person.key)
                    )
                    taken.append((start, end))
    for person in protected:  # street names alone only after every full value is placed
        for rx in _address_parts(person.identifiers, text):
            for match in rx.finditer(text):
                start, end = match.span()
                if BUSINESS_AFTER.match(text, end):
                    continue  # "Landlord: Peck Street Holdings LLC": a company named for the street
                inside = [f for f in findings if start <= f.start and f.end <= end and f.person == person.key]
                if inside and not free(start, end):
                    # "27 Sheffield, unit 112" over her own "unit 112": the whole address, once
                    for f in inside:
                        findings.remove(f)
                        taken.remove((f.start, f.end))
                if free(start, end):
                    findings.append(
                        Finding(person.entity, start, end, 0.7, RECOGNIZER, "address-part", person.key)
                    )
                    taken.append((start, end))
    return findings


def _chat_lowercase_names(text: str, protected: list[Person]) -> list[tuple[Person, int, int]]:
    """A protected person's first name or nickname typed in lower case in a message thread
    ("contesta el telefono arelis"), when the record writes that word in lower case nowhere
    outside the messages: (person, start, end) of each."""
    chats = list(CHAT_LINE.finditer(text)) + list(MESSAGE_ROW.finditer(text))
    if not chats:
        return []
    outside = _lowercase_words(MESSAGE_ROW.sub(" ", CHAT_LINE.sub(" ", text)))
    wanted = {
        word.lower(): person
        for person in protected
        for word in (person.first, *person.nicknames)
        if len(word) >= 4 and word.isalpha() and word.lower() not in outside
    }
    return [
        (person, chat.start("said") + word.start(), chat.start("said") + word.end())
        for chat in chats
        for word in _rx(r"(?<![\w@.])[a-z]{4,}(?![\w@]|\.[\w.]*@)").finditer(chat.group("said"))
        if (person := wanted.get(word.group(0))) is not None
    ]


def _hyphenated_names(
    text: str, protected: list[Person], others: list[Person]
) -> list[tuple[Person, int, int]]:
    """A protected person's name a line break cut ("Kiara San-" / "tiago", "Boyd-" / "Latimore"),
    when it is hers alone: (person, start, end) of each."""
    found = []
    for match in HYPHENATED_WORD.finditer(text):
        rest = match.group("rest")
        joined = (match.group("head") + ("" if rest[0].islower() else "-") + rest).lower()
        owners = [p for p in protected if joined in (t.lower() for t in p.tokens)]
        if len(owners) == 1 and not any(_names_word(o, joined) for o in others):
            found.append((owners[0], *match.span()))
    return found


# Words after a name that make it a business's name: "Kowalski Auto Body", "Rivera Funeral Home".
BUSINESS_AFTER = _rx(
    r"(?:'s)?[ \t]+(?:&[ \t]+(?:Sons?|Daughters?)|Auto|Body|Towing|Garage|Inc|LLC|Co\b|Company|Corp|Pizza|Apizza|Market|"
    r"Store|Deli|Restaurant|Bakery|Construction|Plumbing|Electric|Roofing|Realty|Law|Associates|Funeral|Salon|"
    r"Barber(?:shop)?|Cleaners|Insurance|Motors|Trucking|Landscaping|Liquors?|Grocery|Bodega|Holdings|Properties|"
    r"Management|Apartments)\b",
)


HOME_WORDS = (
    r"(?:apartment|apt|home|house|residence|address|unit|casa|calle|domicilio|apartamento|lives|living)"
)


def _address_parts(identifiers: set[str], text: str) -> list[re.Pattern]:
    """A protected address named in part: its unit alone ("locks at Apt 6F") anywhere, and
    its street alone where the words around say it is the home ("the Saltonstall Ave apartment")."""
    parts, units = [], []  # units last: "27 Sheffield, unit 112" is one span, not two
    for value in sorted(identifiers):
        if not ADDRESS.fullmatch(value):
            continue
        street = _rx(rf"^(?P<number>\d+[A-Za-z]?)[ \t]+(?P<street>.+?[ \t]{STREET_TYPES})\.?(?![\w])").match(
            value
        )
        unit = _rx(r"(?:Apt\.?|Apartment|Unit|Suite|Ste\.?|Room|Rm\.?)[ \t]*#?[\w-]+$", re.I).search(value)
        unit_id = unit.group(0).split()[-1].lstrip("#") if unit else ""
        if unit and any(ch.isdigit() for ch in unit_id) and len(unit_id) >= 2:
            words = [re.escape(w) for w in unit.group(0).split()]
            units.append(_rx(r"(?<![\w])" + r"[ \t]*".join(words) + r"(?![\w])", re.I))
        if street:
            words = street.group("street").split()
            stem = (
                r"[ \t]+".join(re.escape(w) for w in words[:-1])
                + r"[ \t]+"
                + re.escape(words[-1][:2])
                + r"\w*\.?"
            )
            street_name = r"[ \t]+".join(re.escape(w) for w in words[:-1])  # "la calle Exchange"
            named = len(_rx(rf"(?<![\w]){street_name}(?![\w])", re.I).findall(text))
            if named <= len(value_regex(value).findall(text)):
                continue  # the street is named only in the whole address (its pattern is slow to build)
            # "27 Sheffield, unit 112" for 27 Sheffield Ave, Unit 112, but never "12 Vine, 2"
            # for 12 Vine St, Apt 1: a different unit is someone else's home
            own_unit = (
                rf"(?:[ \t]*,[ \t]*(?:(?:apt\.?|unit|\#)[ \t]*)?{re.escape(unit_id)}(?![\w]))?"
                if unit_id
                else ""
            ) + r"(?![ \t]*,[ \t]*(?:apt\.?|unit|fl\.?|\#)?[ \t]*\d)"
            parts.append(
                re.compile(
                    # (never after another house number: "140 HUMPHREY ST APT 6" is someone else's)
                    rf"(?<=\b{HOME_WORDS}\b[^\n]{{1,80}})(?<!\d[ \t]){stem}(?![\w])"
                    rf"|(?<={HOME_WORDS}[ \t]+(?:on|at|in|de|en|la|to)[ \t]+(?:the[ \t]+)?){stem}(?![\w])"
                    rf"|(?<![\w])(?<!\d[ \t]){stem}(?=[ \t]+{HOME_WORDS}\b)"
                    rf"|(?<=\bcalle[ \t]){street_name}(?![\w])"
                    # the number and the street without its type: "lives next door at 120 Stevens"
                    # (with its type it is the whole address, which knows its own unit)
                    rf"|(?<![\w-]){re.escape(street.group('number'))}[ \t]+{street_name}(?![\w])"
                    rf"(?![ \t]+{STREET_TYPES}\.?(?![\w])){own_unit}",
                    re.I,
                )
            )
    return parts + units


# "her", "she", "his", "he": the gender a detail's sentence gives its owner.
PERSONAL_PRONOUN = _rx(r"\b(?P<f>her|she)\b|\b(?P<m>his|he)\b", re.I)
# How far back a phone, e-mail, DOB or home address may look for the person it belongs to.
ATTRIBUTION_WINDOW = 260


# A party in capitals, LAST, FIRST, right before a birth date: "M PARTY AVILES, HECTOR "TITO" DOB"
# (or the surname alone in capitals: "Selected #4 (Kwame TILLERY, DOB 02/11/2004)").
UNKNOWN_CAPS_PARTY = _rx(
    r"(?<![\w])(?P<name>(?-i:[A-Z][A-Z'-]{1,}),[ \t]*(?-i:[A-Z][A-Z'-]+)(?:[ \t]+(?-i:[A-Z]\b\.?))?"
    r"|(?-i:[A-Z][a-z'-]+)[ \t]+(?-i:[A-Z][A-Z'-]{2,}))"
    r"(?=[ \t]*(?:[\"“][^\"”\n]{1,20}[\"”][ \t]*)?,?[ \t]*(?-i:DOB|D\.O\.B\.))"
)


def _nearest_name_identifiers(text: str, protected: list[Person], others: list[Person]) -> None:
    """'Ms. Cabrera does not want her address read ... Her best contact is her cell, (203) 555-0135':
    a phone, e-mail, DOB or home address belongs to the person named last before it, when that
    person is protected and nobody else was named in between."""
    mentions: list[tuple[int, Person]] = []
    officers: set[int] = set()  # where an officer's mention by title ends ("Det. Oduya's")
    everyone = protected + others
    for person in everyone:
        for kind, rx in name_forms(person, text):
            if kind in ("full", "surname", "first", "nick", "initials"):
                for m in _found(rx, text):
                    sharing = [p for p in everyone if p is not person and _names_word(p, m.group(0))]
                    owner: Person | None = person
                    initial = _rx(r"(?<![\w.])(?P<i>[A-Z])\.[ \t]*$").search(
                        text[max(0, m.start() - 4) : m.start()]
                    )
                    if kind == "surname" and initial and person.first[:1].upper() != initial.group("i"):
                        owner = None  # "Mother G. Mercado" is not Rosaura Mercado
                    elif kind != "full" and sharing:
                        # a shared word names nobody, unless an honorific or a role code settles
                        # it ("Ms. Pacheco" when only the victim is a woman)
                        others_ = [o for o in everyone if o is not person]
                        if not _owns_shared_word(person, others_, m.start(), text, m.group(0)) or any(
                            _owns_shared_word(
                                o, [p for p in everyone if p is not o], m.start(), text, m.group(0)
                            )
                            for o in sharing
                        ):
                            owner = None
                    mentions.append((m.end(), owner))
                    if _officer_at(text, m.start(), m.end()):
                        officers.add(m.end())
    mentions += _code_mentions(text, everyone)
    # someone the record names nowhere else, in capitals with a birth date: "M PARTY AVILES, HECTOR
    # "TITO" DOB 01/09/1990" - the date is his, not the last person named before
    for m in UNKNOWN_CAPS_PARTY.finditer(text):
        parsed = parse_name(m.group("name"))
        # (not anyone the record knows, even by the surname alone: "BROOKS, LATOYA D., DOB")
        if parsed and not any(parsed[0][-1].lower() in (t.lower() for t in p.tokens) for p in everyone):
            mentions.append((m.end("name"), None))
    if not mentions or not any(p in protected for _, p in mentions if p is not None):
        return
    # a full name's surname is also a (shared, ownerless) surname mention ending at the same
    # place: the full name, which names someone, sorts last and wins
    mentions.sort(key=lambda item: (item[0], item[1] is not None))
    ends = [end for end, _ in mentions]
    candidates: list[tuple[int, str]] = []
    candidates += [(m.start(), m.group(0)) for rx in (PHONE, EMAIL, HANDLE) for m in rx.finditer(text)]
    # the numbers the messages are said to come from ("Los mensajes vienen del número ..."): a
    # chat's sender labels ("475-331-0918: Cruz contestame") are no one's by nearness
    senders = {
        m.group(0)
        for m in PHONE.finditer(text)
        if MESSAGES_CAME_FROM.search(text[max(0, m.start() - 80) : m.start()])
    }
    candidates += [(m.start("value"), m.group("value")) for m in CALLBACK.finditer(text)]
    candidates += [
        (m.start("value"), m.group("value")) for m in PLATE.finditer(text) if not _plate_of_other(text, m)
    ]  # "Her car (CT BK-20417)"
    newest_year = _newest_year(text)
    for rx in (DATE, TEXT_DATE):
        candidates += [
            (m.start(), m.group(0))
            for m in rx.finditer(text)
            if _dob_cued(text, m.start())
            # a canvass row's "Reginald Toussaint, 10/30/1975, (203) 555-0153": an old date right
            # after a name and its comma is the person's birth date
            or (
                rx is DATE
                and _old_enough(m.group(0), newest_year)
                and _rx(r"(?-i:[A-Z][a-z'-]+),[ \t]*$").search(text[max(0, m.start() - 30) : m.start()])
            )
        ]
    for m in ADDRESS.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        if (
            (
                _rx(
                    r"(?:resides|residing|resident|lives|living|reside|moved|home|residence|address|domicilio|vive|tenant|staying|stays"
                    # (a dot inside initials is no sentence's end: "Home address on file for J.M.: ...")
                    # (across the margin's line break: "She is staying with her\nsister at 1189 Chapel St")
                    r"|(?:front|back)\s+(?:porch|yard|steps)|porch|stoop|driveway)\b(?:[^.\n]|\.(?=\S)|\n(?![ \t]*\n)){0,20}$"
                    # (a form's label, a few words or a note before its colon: "V's home address
                    # confirmed for file: 77 Ashmun St", "Home address (confidential, court file
                    # only):\n       450 Orchard St" on the next line)
                    r"|\b(?:address|domicilio|direccion)\b(?:[^.:()\n]|\([^()\n]{0,40}\)){0,40}:[ \t]*\n?[ \t]*$",
                    re.I,
                ).search(text[max(0, m.start() - 80) : m.start()])
                # a list of details after a DOB: "DOB 05/17/1993; 1020 Chapel St, Apt 6B; cell ...", or
                # the line under it: "Me: Courtney E. Dunbar, DOB 3/3/1998" / "27 Cold Spring St, Apt 3"
                or _rx(
                    r"\b(?:DOB|D\.O\.B\.)[ \t:]*\d{1,2}/\d{1,2}/\d{2,4}(?:[ \t]*[;,][ \t]*|[^\n]*\n[ \t]*)$",
                    re.I,
                ).search(text[max(0, m.start() - 80) : m.start()])
            )
            and not WORKPLACE.search(before)
        ):
            candidates.append((m.start(), m.group(0).strip(" ,")))
    for position, value in candidates:
        index = bisect_right(ends, position) - 1
        if index < 0 or position - ends[index] > ATTRIBUTION_WINDOW:
            continue
        person = mentions[index][1]
        if person is None:
            continue
        # "Holloway offered to walk her home to her apartment at ...": a possessive of the other
        # gender skips back to the nearest person it can refer to.
        # (a pronoun before the nearest name is not about the detail after it: "against her
        # ex-boyfriend, Darnell Voss (DOB 02/03/1988)" is his DOB)
        pronoun = PERSONAL_PRONOUN.search(text[max(ends[index], position - 40) : position]) or _last_pronoun(
            text[ends[index] : position]
        )
        unnamed_from = ends[index]  # where someone else, unnamed, might stand between
        if pronoun:
            wanted = "F" if pronoun.group("f") else "M"
            # (an officer named by title is not whom "She lives at ..." is about)
            while index >= 0 and (
                mentions[index][1] is None
                or (mentions[index][1].gender and mentions[index][1].gender != wanted)
                or mentions[index][0] in officers
            ):
                index -= 1
            if index < 0 or position - ends[index] > 2 * ATTRIBUTION_WINDOW:
                continue
            person = mentions[index][1]
        between = text[ends[index] : position]
        if person not in protected or _rx(r"\n\s*\n").search(between):
            continue
        if "\n" in between and _other_field_line(text, position, person):
            continue  # "Sender of threats: ... (475) 555-0163" under the owner's line is the sender's
        if _rx(  # "calls from 203-555-0177 (respondent's number)": said to be someone else's
            rf"^[ \t]*[(,][ \t]*(?:the[ \t]+)?(?:{role_cues().suspect_words}|his|her\s+(?:husband|boyfriend|ex)|employer)'?s?\b",
            re.I,
        ).match(text[position + len(value) : position + len(value) + 30]):
            continue
        # "...; the detective uses det.bello@...": someone else's, though unnamed (a lower-case
        # "off" is no officer: "... and drive off. He called 911 from his own phone"); an officer
        # only in the detail's own sentence ("asked for a female detective." is no owner of the
        # cell two sentences on); a suspect the pronoun's gender skipped is named, not unnamed
        # ("A1 had taken her car keys. Her vehicle ... CT registration AX 40117" is hers)
        if _rx(
            rf"(?<![\w])(?:{role_cues().suspect_words}|employer|husband|boyfriend|wife|girlfriend|"
            r"(?-i:[A-Z][a-z]+[ \t]+(?:Unit|Office|Services|Department|Center|Hotline|Line|Clinic|Agency)))(?![\w])",
            re.I,
        ).search(text[unnamed_from:position]) or _rx(
            rf"(?<![\w])(?!(?-i:off)\b)(?:{role_cues().officer_titles})(?![\w])", re.I
        ).search(_last_sentence(between)):
            continue
        if any(
            m.group("name").lower() not in (t.lower() for t in person.tokens)
            for m in TITLED_NAME.finditer(_last_sentence(between))
        ):
            continue  # '"Ms. Ocampo VS"   +1 (203) 946-6217': someone else, titled, stands between
        if _rx(
            r"[ \t]*\([^)\n]{0,40}\b(?:Services|Unit|Office|Department|Hotline|Clinic|Agency|Center)\)"
        ).match(text, position + len(value)):
            continue  # "+1 (203) 946-6217   (NHPD Victim Services)": an office's number
        if _someone_elses(text, position, position + len(value), partial(_names_word, person)):
            continue
        if value in senders:
            continue  # the number the messages came from, wherever else it stands (a chat's sender labels)
        person.identifiers.add(value)


# A line's own label or speaker, after a log's date and time: "Sender of threats:", "13:22  Lili (203-...):".
LINE_LABEL = _rx(
    r"^[ \t]*(?:[\d/:.-]+[ \t]+)*(?!(?:She|He|They|I|We|Her|His|Their)\b)(?P<label>[A-Z][^:\n]{0,40}?)[ \t]*(?:\([^()\n]*\))?[ \t]*:(?!\d)"
)


def _other_party_label(line: str) -> bool:
    """Whether the line's label names the other side: "Sender of threats:", "Respondent:"."""
    label = LINE_LABEL.match(line)
    return bool(
        label and _rx(rf"\b(?:sender|{role_cues().suspect_words})\b", re.I).search(label.group("label"))
    )


def _other_field_line(text: str, position: int, person: Person) -> bool:
    """Whether the detail at `position` stands on a line whose label names the other side, or
    whose speaker is another person by a single name ("13:22  Lili (203-555-0171):  Marti ..."):
    the detail is theirs."""
    line_end = text.find("\n", position)
    line = text[text.rfind("\n", 0, position) + 1 : line_end if line_end >= 0 else len(text)]
    if _other_party_label(line):
        return True
    speaker = LINE_LABEL.match(line)
    return bool(
        speaker
        and _rx(r"[ \t]*(?:[\d/.-]+[ \t]+)?\[?\d{1,2}:\d{2}").match(line)  # a chat's or a log's turn
        and _rx(r"(?-i:[A-Z][a-z]+)").fullmatch(speaker.group("label"))
        and _is_name_word(speaker.group("label"))
        and not _names_word(person, speaker.group("label"))
    )


def _someone_elses(text: str, start: int, end: int, holder_is_owner: Callable[[str], bool]) -> bool:
    """Whether the words around a number or address give it to someone other than the person it
    is being tied to: messages came from it ("texts from a number she does not recognize,
    860-209-7711"), it is an e-mail header's recipient ("> To: SKowalski@..."), or its holder is
    named right after it and is not them ('+1 (203) 555-0113 (subscriber: Wilmer J. Ramos')."""
    held = HOLDER_AFTER.match(text, end)
    return bool(
        SENDERS_NUMBER.search(text[max(0, start - 80) : start])
        # the suspect's, as the rest of its sentence says: "El número 475-331-0918 fue verificado
        # ... como el número que dio el sujeto en su fianza", "... which is registered to the suspect"
        or _suspects_number_after().match(text, end)
        or WRITERS_OWN_NUMBER.search(text[max(0, start - 50) : start])
        or ADDRESSEE_LINE.search(text, text.rfind("\n", 0, start) + 1, start)
        or (held and not holder_is_owner(held.group("name")))
    )


@cache
def _suspects_number_after() -> re.Pattern:
    """The rest of a number's sentence giving it to the suspect (see `_someone_elses`)."""
    return _rx(
        r"[^.\n]{0,80}?\b(?:(?:n[uú]mero|number|phone|line|telefono)\s+(?:que\s+dio|given\s+by|of|del?)\s+"
        rf"(?:el\s+|la\s+|the\s+)?|(?:belongs?|registered)\s+to\s+(?:the\s+)?)(?:sujeto|{role_cues().suspect_words})\b",
        re.I,
    )


# Messages said to come from a number: "Los mensajes vienen del número 475-331-0918", "the texts
# came from 860-..." (not "she has been texting him from a new number", her own).
MESSAGES_CAME_FROM = _rx(
    r"\b(?:messages|texts|calls|mensajes|llamadas)\s+(?:came|come|were\s+sent|vienen|venian|llegan|llegaban|provienen)\s+"
    r"(?:from|del?)\b[^.\n]{0,40}$",
    re.I,
)
# The writer's own number, given to be called back on: "call us at", "Llámenos al", "our hotline,".
WRITERS_OWN_NUMBER = _rx(
    r"\b(?:call|contact|reach|text|phone)\s+(?:us|our\s+office|this\s+office)\b[^.]{0,20}?$|\bllamenos\b[^.]{0,12}$"
    r"|\bcomuniquese\s+con\s+(?:nosotros|nuestra\s+oficina)\b[^.]{0,12}$|\bour\s+(?:\w+\s+)?(?:number|line|hotline|phone)\b[^.]{0,12}$",
    re.I,
)
# An e-mail header's recipient line, up to the address on it: "> To: SKowalski@newhavenct.gov".
ADDRESSEE_LINE = _rx(r"^[ \t>]*(?:to|cc|bcc|para)[ \t]*:[^\n]*\Z", re.I | re.M)
# A number's holder named right after it: "(subscriber: Wilmer J. Ramos", "(registered to Ana Ruiz".
HOLDER_AFTER = _rx(
    r"[ \t]*\([ \t]*(?:subscriber|registered\s+to|account\s+holder|listed\s+to|titular)[ \t:]*"
    r"(?P<name>(?-i:[A-Z][a-z]+))",
    re.I,
)


def _plate_of_other(text: str, plate: re.Match) -> bool:
    """A plate its own words give to a suspect or a vehicle of interest ("SUSPECT VEH ... CT
    BN-22174", "HAMDEN PD STOPPED BLK JEEP ... CT BF2-7731"), or to a registered owner who is not
    the victim or a witness ("CT AN-51730 (reg. owner S1)", "CT AJ-40777, registered to Nathan
    Pruitt"), is not whoever was named last."""
    line_start = text.rfind("\n", 0, plate.start()) + 1
    sentence = _last_sentence(text[line_start : plate.start("value")])
    own = _rx(
        r"\b(?:her|his|my|victim'?s|complainant'?s|witness'?s|(?-i:V|W|C|VIC|COMPL)\d?'?s?)\s+(?:own\s+)?(?:veh|vehicle|car|truck|van|SUV)\b",
        re.I,
    )
    before_other = _rx(
        rf"(?<![\w])(?:{role_cues().suspect_words}|of\s+interest|BOLO|stopped|fled|fleeing)(?![\w])", re.I
    ).search(sentence)
    owner_after = _rx(
        # (not a registration check's "RO DIAZ MARISOL": the car run is as often the victim's)
        r"^[^\n]{0,12}?\b(?:registered\s+to|reg\.?\s+(?:owner|to))\s+"
        r"(?!(?:the\s+)?(?:victim|witness|complainant|applicant|her|him|(?-i:[VWC])\d?)\b)",
        re.I,
    ).search(text[plate.end() : plate.end() + 60])
    return bool(owner_after) or (bool(before_other) and not own.search(sentence[before_other.end() :]))


# Someone else introduced by title or by name: "Ms. Ocampo", "Se llama Milagros, 203-555-0281".
TITLED_NAME = _rx(
    rf"(?<![\w])(?:{HONORIFIC}|(?i:se\s+llama|is\s+named|named))[ \t]+(?P<name>(?-i:[A-Z][\w'-]+))"
)
# A number someone named sent from: "enviadas por FUNES desde el número", "sent by Dwayne from".
SENT_BY_NAMED = _rx(
    r"\b(?:by|por)\s+(?-i:[A-Z][A-Za-z'-]+)(?:\s+(?-i:[A-Z][A-Za-z'-]+))*\s+(?:from|desde)\s+[^.\n]{0,30}$"
)
# A number something came from: "texts from a number she does not recognize", "desde el número".
SENDERS_NUMBER = _rx(
    r"\b(?:from|desde)\s+(?:a|an|the|el|un|una|that|this|another)\s+(?:\w+\s+){0,2}"
    r"(?:number|n[uú]mero|phone|line|account|cuenta)\b[^.\n]{0,50}$"
    # "Los mensajes vienen del número 475-331-0918"
    r"|\b(?:vienen?|venian|llegan|llegaban|provienen)\s+(?:del|de\s+(?:un|el))\s+(?:\w+\s+){0,2}?(?:n[uú]mero|telefono|celular)\b[^.\n]{0,50}$"
    # the other end of a thread: "Thread filter: conversation with +1 (203) 555-0118"
    r"|\b(?:conversation|thread|chat|messages|texts|conversacion|mensajes)\s+(?:with|con)\s+(?:\+1\s*)?$",
    re.I,
)
# A sentence's end, not an abbreviation's period ("Ofc. Wojcik", "approx. 2 yrs", "Ave. She").
SENTENCE_END = _rx(
    r"(?<![\w])(?!(?i:Ofc|Det|Sgt|Lt|Capt|Cpl|Mr|Mrs|Ms|Dr|Sra|Sr|St|Ave|Rd|Apt|No|approx|vs|Jr)[.])"
    r"(?:\w+)?[.!?][\"”')]?[ \t\n]+(?=\S)"
)


def _last_sentence(between: str) -> str:
    """The text after the last sentence end, abbreviations aside."""
    ends = [m.end() for m in SENTENCE_END.finditer(between) if not _rx(r"(?-i:[A-Z])[.]").match(m.group(0))]
    return between[ends[-1] :] if ends else between


def _last_pronoun(between: str) -> re.Match | None:
    """The last personal pronoun in the sentences between a name and a detail: 'I talked with Kayla
    Lindqvist ... She wants ... best for her ... Best contact is text to 203-555-0187' keeps
    talking about her, so the detail may be further from her name."""
    pronouns = list(PERSONAL_PRONOUN.finditer(between))
    return pronouns[-1] if pronouns else None


CONTACT_LINE = _rx(
    r"^[ \t]*(?:[-*•][ \t]*)?(?:(?:new|client'?s?|her|his)[ \t]+)?(?:cell|phone|tel(?:ephone)?|mobile|e-?mail|"
    r"(?:new[ \t]+)?(?:number|address)|DOB|D\.O\.B\.?|date[ \t]+of[ \t]+birth|vehicle|plate)"
    r"[ \t]*(?:\([^)\n]{0,20}\))?[ \t]*:[ \t]*(?P<rest>[^\n]*)$",
    re.I | re.M,
)


# A client's new number or the unit offered to her, inside a case note's sentence.
NEW_CONTACT = _rx(
    r"(?<![\w'])(?:(?:her|client'?s?)[ \t]+)?(?:new[ \t]+(?:contact|cell|phone|number)(?:[ \t]+(?:is|number))?|unit[ \t]+offered|new[ \t]+(?:unit|address)(?:[ \t]+is)?)"
    r"[ \t]*:?[ \t]*(?=\(?\d)",
    re.I,
)


# The home a victim shares with the one who hurt her: "at their apartment at 540 Ferry St, Apt 2L",
# "at our home at 58 Lombard St", "at their shared residence, 403 Ferry St, Apt 1R".
SHARED_HOME = _rx(
    r"\b(?:their|our|the\s+couple'?s|the\s+family'?s)\s+(?:shared\s+|own\s+|former\s+)?"
    r"(?:apartment|apt\.?|home|house|residence|unit|place)(?:\s+(?:at|on)\s+|[ \t]*,[ \t]*(?=\d))"
    # her partner "who lives with V1 at 27 Dayton St, Apt B"
    r"|\b(?:lives|living|lived|resides|residing|stays|staying)\s+with\s+(?:her|the\s+victim|(?-i:V\d?))\s+(?:at|on)\s+"
    # where she has gone: "V is now staying with her mother at 340 Dixwell Ave"
    r"|\b(?:(?-i:V\d?)|the\s+victim)\s+(?:is\s+|has\s+been\s+)?(?:now\s+|currently\s+|temporarily\s+)?"
    r"(?:staying|living|residing|lives|resides|stays)\b[^.\n]{0,40}?\b(?:at|on)\s+"
    # or by pronoun, the sentence before naming her: "Ms. Rosa confirmed ... She said she and the
    # children are now staying with her sister at 31 Lilac St, 2nd floor"
    r"|\b(?P<pronoun>she|he)(?:\s+and\s+[^.\n]{1,30}?)?\s+(?:is|are|has\s+been|have\s+been)\s+"
    r"(?:now\s+|currently\s+|temporarily\s+)?(?:staying|living|residing)\b[^.\n]{0,40}?\b(?:at|on)\s+",
    re.I,
)


def _shared_homes(text: str, protected: list[Person]) -> None:
    """A family-violence or sexual-assault record's one victim lives at the home it says she
    shares with another ("their apartment at ...") or has gone to ("V is now staying with her
    mother at ..."), when the sentence is about her: her name, "victim", or her own words about
    her partner. A suspect named between them in the sentence stops the nearest-name reading,
    not this one."""
    victims = [p for p in protected if p.entity in ("DV_VICTIM", "SEXUAL_ASSAULT_VICTIM")]
    if len(victims) != 1:
        return
    words = [re.escape(t) for t in victims[0].tokens if len(t) > 2] + ["victim", "victima", "(?-i:V\\d?)"]
    about = _rx(rf"\b(?:{'|'.join(words)})\b|\bmy\s+(?:husband|wife|partner|boyfriend|girlfriend|ex)\b", re.I)
    for match in SHARED_HOME.finditer(text):
        address = ADDRESS.match(text, match.end())
        if address is None:
            continue
        start = max(text.rfind(". ", 0, match.start()), text.rfind("\n\n", 0, match.start()), 0)
        said = {"she": "F", "he": "M"}.get((match.group("pronoun") or "").lower(), "")
        if said and victims[0].gender and victims[0].gender != said:
            continue
        if said and text.rfind("\n\n", 0, match.start()) < text.rfind(". ", 0, start):
            start = max(text.rfind(". ", 0, start), 0)  # the sentence before, in the same paragraph
        if about.search(text, start, match.end()):  # ("V is now staying with ..." names her itself)
            victims[0].identifiers.add(address.group(0).strip(" ,"))


def _client_contact_lines(text: str, protected: list[Person], others: list[Person]) -> None:
    """Case notes about one client: a contact line that names nobody ('- Cell: (475) 555-0613.
    OK to leave voicemail', 'DOB: 08/08/1993', 'Vehicle: 2016 Subaru Impreza, CT plate AV 22913')
    is the client's, when the record has exactly one client."""
    clients = [p for p in protected if "subject" in p.roles]
    if len(clients) != 1:
        return
    names = {t.lower() for p in [*protected, *others] if p is not clients[0] for t in p.tokens if len(t) > 2}
    someone_else = _rx(r"\b(?:landlord|employer|worker|office|agency|advocate|school)\b", re.I)
    accused = _rx(
        r"\b(?:defendant|respondent|suspect|offender|abuser|accused|arrestee|perpetrator|batterer|"
        r"aggressor|person\s+causing\s+harm)\b",
        re.I,
    )
    for match in NEW_CONTACT.finditer(text):
        # a dated note's "Old phone retired; new contact (203) 555-0119", "Unit offered: 47 Valley
        # St, Apt 3, Westville. Resident accepted."
        value = PHONE.match(text, match.end()) or ADDRESS.match(text, match.end())
        if value:
            clients[0].identifiers.add(value.group(0).strip(" ,"))
    for match in CONTACT_LINE.finditer(text):
        # the line and the lines above it up to a blank line: "RESPONDENT\n  Name: ...\n  DOB:"
        block = text[_block_start(text, match.start()) : match.end()]
        words = {w.lower() for w in _rx(r"[A-Za-z]{3,}").findall(match.group("rest"))}
        if words & names or someone_else.search(match.group("rest")) or accused.search(block):
            continue  # someone else's contact
        clients[0].identifiers |= identifiers_in(match.group(0))


def _block_start(text: str, position: int) -> int:
    """Where the run of lines holding `position` begins, after the last blank line."""
    blank = None
    for blank in _rx(r"\n[ \t]*\n").finditer(text, 0, position):  # noqa: B007 - the last is wanted
        pass
    return blank.end() if blank else 0


def _named_emails(person: Person, text: str, others: list[Person] = ()) -> set[str]:
    """E-mail addresses whose local part spells the person's name: 'priya.raman@yale.edu'. A
    surname her sister bears too counts only with her own first name or initial before it:
    'kboyd.nhv@' is Kiara Boyd's, not Shanice Boyd's."""
    names = {t.lower() for t in person.tokens if len(t) >= 4} | {
        n.lower() for n in person.nicknames if len(n) >= 4
    }
    if not names:
        return set()
    shared = {t.lower() for o in others if o is not person for t in o.tokens}
    given = {g.lower() for g in (person.first, *person.nicknames) if g}  # "tgreco" for Anthony "Tony" Greco
    found = set()
    for match in EMAIL.finditer(text):
        local = match.group(0).split("@", 1)[0].lower().replace("-", "")
        spelled = [name for name in names if name.replace("-", "") in local]
        if any(name not in shared for name in spelled) or any(
            g in local or local.startswith(g[0] + name.replace("-", "")) for g in given for name in spelled
        ):
            found.add(match.group(0))
    return found


def _names_word(person: Person, word: str) -> bool:
    lower = word.lower()
    return lower in (t.lower() for t in person.tokens) or lower in (n.lower() for n in person.nicknames)


# "date of birth" in a sentence, in English or Spanish: "My date of birth is May 2, 1995".
_BIRTH_DATE_LABEL = r"(?:date\s+of\s+birth|birth\s*date|fecha\s+de\s+nacimiento)"
FIRST_PERSON_IDENTIFIER = _rx(
    r"(?:\b(?:my|mi|la)\s+(?:(?:new|nuev[oa]|current|actual)\s+)?(?:(?:cell|phone|home|work|telephone|number|contact|n[uú]mero|tel[eé]fono|celular|e-?mail|correo|address|direcci[oó]n)\s*(?:de\s+)?(?:nuev[oa]\s+)?)+"
    # a new number given after the old: "Yo cambié mi número de celular. El nuevo es 203-555-0179."
    r"(?:number\s+)?(?:is|es|:|,)?(?:\s*\.?\s*(?:the\s+new\s+one\s+is|el\s+nuevo\s+es|es\s+el|el(?=\s)))?\s*|\b(?:I|we)\s+(?:still\s+)?(?:live|lived|have\s+lived)(?:\s+together)?\s+at\s+|"
    # "he knows where I stay at 31 Eastern St apt 4C", "please call or text me 203-555-0181"
    r"\b(?:I|we)(?:\s+am|'m|\s+are)?\s+(?:stay|staying|stayed)\s+(?:at|in)\s+|"
    r"\b(?:call|text)(?:\s+or\s+(?:call|text))?\s+me(?:\s+(?:at|on))?\s*:?\s*|"
    # "Si usted necesita hablar conmigo me puede llamar al 203-555-0192", "llámeme al ..."
    r"\b(?:me|nos)\s+(?:puede|pueden|puedes)\s+(?:llamar|contactar|escribir|localizar)(?:\s+(?:o|y)\s+\w+)?\s+(?:al|a)\s+|"
    r"\b(?:llameme|llamame|llamarme|contacteme|escribame)\s+(?:al|a)\s+|"
    r"\b(?:vivo|resido|vivimos|viviamos)(?:\s+juntos)?\s+en(?:\s+(?:la|el))?\s+|\bcon\s+domicilio\s+en\s+|"
    # a writer's own mailing address: "my address is changing. Please use P.O. Box 8721 ..."
    r"\bplease\s+(?:use|send\s+(?:it|mail|everything|anything)\s+to)\s+|"
    # "a mi casa en 1472 Grand Ave, apt 2", "my apartment at 40 Howe St", "at our apartment at ..."
    r"\b(?:mi|my|our|nuestr[oa])\s+(?:casa|apartamento|apto\.?|house|home|apartment|apt\.?)\s+(?:en|at|on|is\s+at|queda\s+en)\s+(?:el\s+)?|"
    rf"\b(?:my|mi)\s+{_BIRTH_DATE_LABEL}\s+(?:is|es)\s+|"
    r"\bnacid[oa]\s+el\s+|\bI\s+was\s+born\s+on\s+|\b(?:tel[eé]fono|correo\s+electr[oó]nico)\s+|"
    r"\bmy\s+(?:car|vehicle|truck|van)\b[^.]{0,80}?"
    r"(?:plate|registration|reg\.?|placa)\s*(?:number\s+)?[:#]?\s*(?:is\s+)?)$",
    re.I,
)
# A letter's own lines: "Teléfono nuevo: (475) 555-0151", "Dirección para correspondencia: ..."
# (the writer's only in a letter: a form's lines are those of the person its "Nombre:" names)
LETTER_LINE_IDENTIFIER = _rx(
    r"(?<![^\n])[ \t]*(?:tel[eé]fono|celular|correo(?:\s+electr[oó]nico)?|direcci[oó]n)"
    r"(?:\s+(?:nuev[oa]|actual|para\s+correspondencia))?[ \t]*:[ \t]*$",
    re.I,
)
FORM_NAME_LABEL = _rx(r"^[ \t]*(?:\d{1,2}[.)][ \t]*)?(?:nombre|name)\b[^\n:]{0,30}:", re.I | re.M)


BORN = _rx(
    rf"\b(?:nacid[oa]\s+el|nac[ií]\s+el|born(?:\s+on)?|{_BIRTH_DATE_LABEL}\s+(?:is|es))\s+$",
    re.I,
)
FIRST_PERSON_NICKNAME = _rx(
    r"(?:(?:people|everyone|everybody|my\s+\w+|friends|they|family)\s+calls?\s+me|my\s+nickname\s+is|(?:mis\s+amigos\s+|todos\s+)?me\s+dicen?|me\s+llaman|"
    r"(?:aqui\s+|todos\s+)?me\s+conocen?\s+(?:como|por)|(?:around\s+here\s+)?(?:they|people)\s+know\s+me\s+as)"
    r"[ \t:,]*[\"'“]?(?:(?:Don|Dona|Mr|Ms|Miss|Mrs)\.?[ \t]+)?(?P<nick>(?-i:[A-Z](?:[a-z]*-[A-Z])?[a-z]+))(?![a-z])"
    # '"Mika" is what my family calls me'
    # 'ask for "Guera" (a nickname ...), that's what everyone in the building calls me'
    r"|(?<![\w])(?P<nick2>(?-i:[A-Z][a-z]+))[\"”]?(?:[ \t]*\([^)\n]{0,60}\))?,?[ \t]+(?:that'?s[ \t]+|that[ \t]+is[ \t]+)?"
    r"(?:is[ \t]+)?what[ \t]+(?:my[ \t]+\w+|everyone|everybody|people|they|friends)(?:[ \t]+in[ \t]+the[ \t]+\w+)?[ \t]+calls?[ \t]+me\b"
    r"|(?<![\w])(?P<nick3>(?-i:[A-Z][a-z]+))[\"”]?,[ \t]+asi[ \t]+me[ \t]+(?:dicen|llaman)\b",
    re.I,
)


def first_person_nicknames(text: str) -> set[str]:
    """The names a declarant says they are called: 'everybody calls me T-Bone', 'me dicen Chela'."""
    found = (
        m.group("nick") or m.group("nick2") or m.group("nick3") for m in FIRST_PERSON_NICKNAME.finditer(text)
    )
    return {nick for nick in found if _is_name_word(nick)}


def first_person_identifiers(text: str) -> set[str]:
    """In a statement, identifiers the declarant gives as theirs: 'My number is ...', 'I live at ...'."""
    values: set[str] = set()
    letter = not FORM_NAME_LABEL.search(text)
    for rx in (PHONE, EMAIL, ADDRESS, DATE, TEXT_DATE, SPOKEN_PHONE):
        for match in rx.finditer(text):
            if rx in (DATE, TEXT_DATE) and not BORN.search(text[max(0, match.start() - 20) : match.start()]):
                continue
            before = text[max(0, match.start() - 90) : match.start()]
            if FIRST_PERSON_IDENTIFIER.search(before) or (letter and LETTER_LINE_IDENTIFIER.search(before)):
                values.add(match.group(0).strip(" ,"))
    for match in PLATE.finditer(text):
        if FIRST_PERSON_IDENTIFIER.search(text[max(0, match.start("value") - 90) : match.start("value")]):
            values.add(match.group("value"))
    return values


def _number_labels(people: list[Person]) -> None:
    """Each protected person's label key, numbered per entity in the record's order, once initials
    have joined a name: the only victim of a record is "[SA VICTIM 1]", though "V/A.M.L." was read
    before she was known by name."""
    counters: dict[str, int] = {}
    for person in people:
        if person.protected:
            counters[person.entity] = counters.get(person.entity, 0) + 1
            person.key = f"{person.entity}#{counters[person.entity]}"


def _merge_initials(people: list[Person], text: str) -> None:
    """A protected person known only by initials ('A.K.') and a full name with those
    initials in the same record ('Ayesha Khan') are one person. A person already known
    by name absorbs the initials; otherwise the name is looked for in the text."""
    suspects = [p for p in people if "suspect" in p.roles]
    for person in [p for p in people if p.protected and not p.tokens and p.initials]:
        for initials in sorted(person.initials):
            letters = [c for c in initials if c.isalpha()]
            if len(letters) < 2:
                continue
            known = [
                p
                for p in people
                if p is not person
                and len(p.tokens) >= 2
                and p.tokens[0][0] == letters[0]
                and any(t[0] == letters[-1] for t in p.tokens[1:])
                and "suspect" not in p.roles
            ]
            if known:
                owner = known[0]
                owner.initials |= person.initials
                owner.roles |= person.roles
                owner.entity = owner.entity or person.entity
                person.entity, person.initials = "", set()
                break
            rx = _rx(
                rf"(?<![\w]){letters[0]}[a-z]+(?:[ \t]+[A-Z]\.?)?{LINE_GAP}(?:[A-Z][a-z]+{LINE_GAP})?{letters[-1]}[a-z]+(?:-[A-Z][a-z]+)?"
                # (and a second surname the initials leave out, before the name's comma: "M.R." is
                # "Marisela Rentería Solís, DOB ...")
                r"(?:[ \t]+[A-Z][a-z]+(?=[ \t]*[,;(]))?(?![\w])"
            )
            match = next(
                (
                    m
                    for m in rx.finditer(text)
                    if all(_is_name_word(t) for t in _tokens(m.group(0)))
                    # not the suspect's name, nor the end of a longer one: the child "D.G. Jr." is no
                    # "Derrick Anthony Graves", the respondent, and "A.G." no "Anthony Graves" in it
                    and not any(p.matches(_tokens(m.group(0))) for p in suspects)
                    # (nor after a given name and its particles: "María de los Ángeles Quiñones Ruiz"
                    # is no "A.Q.", her daughter)
                    and not _rx(rf"(?-i:[A-Z][a-z]+)(?:[ \t]+{_PARTICLE})*[ \t]+$").search(
                        text, max(0, m.start() - 30), m.start()
                    )
                ),
                None,
            )
            if match is not None and len(_tokens(match.group(0))) >= 2:
                person.tokens = _tokens(match.group(0))
                break


# 'UBIÑAS, Graciela ("Doña Chela")', 'Héctor Benítez ("Chino")' in a record's row or block.
QUOTED_IN_PARENTHESES = _rx(
    # (the second word may be one letter: 'Kwame Osei ("Big K")')
    rf"\([ \t]*[\"“](?:{HONORIFIC}[ \t]+)?(?P<nick>(?-i:[A-Z][a-z]+(?:[ \t][A-Z][a-z]*)?))[\"”][ \t]*\)",
    re.I,
)
# "... otro muchacho que le dicen 'Tato'", "a man known as 'Q'": the nickname is someone else's.
ANOTHER_PERSON = _rx(
    r"\b(?:otro|otra|un|una|el|la|a|an|another|the|this|that)\s+(?:[a-z]+\s+){0,2}?(?:muchach[oa]|hombre|mujer|chamac[oa]|tipo|senor|"
    r"joven|man|woman|guy|male|female|kid|boy|girl|suspect|sospechos[oa]|person|persona|"
    # "El alto, sí ... Le dicen 'Flaco'": the tall one, someone described, not named
    r"alt[oa]|baj[oa]|gord[oa]|flac[oa]|(?:tall|short|other|big|skinny)\s+one)\b"
    # "Dunn's cousin -- goes by "Bird"": a relative of the one named, not the one named
    r"|(?:'s|\b(?:her|his|their))\s+(?:\w+\s+)?(?:cousin|brother|sister|friend|mother|father|son|daughter|boyfriend|"
    r"girlfriend|husband|wife|uncle|aunt|neighbou?r|roommate|partner|nephew|niece|coworker|co-worker)s?\b"
    # 'PARTIES ARE F "DESTINY" AND BF GOES BY "TRELL"': her partner, after her
    r"|\b(?:and|y)\s+(?:(?:her|his|the|su)\s+)?(?:BF|GF|boyfriend|girlfriend|husband|wife|partner|novio|novia|esposo|esposa)\b",
    re.I,
)


# The person a nickname's cue speaks of: "call him", "calls her", "la llaman".
NICKNAME_PRONOUN = _rx(r"\b(?:(?P<f>her|la)|him|lo)\b", re.I)


def _find_nicknames(person: Person, text: str) -> None:
    """Nicknames the record gives right after a name: 'Jennifer Ruiz, who goes by "Jenny"', or
    inside it: 'Ernesto "Tito" Vargas', 'Terrell (Tre) Banks'."""
    if len(person.tokens) >= 2 and ('"' in text or "“" in text or "(" in text):
        inside = _rx(  # (or in parentheses: "Terrell (Tre) Banks")
            rf"(?<![\w]){re.escape(person.first)}[ \t]+(?:[\"“](?P<nick>(?-i:[A-Z][a-z]+))[\"”]|\((?P<nick2>(?-i:[A-Z][a-z]+))\))[ \t]+"
            rf"(?:[A-Z][a-z]+[ \t]+)?{re.escape(person.tokens[-1])}(?![\w])",
            re.I,
        )
        for match in inside.finditer(text):
            nick = match.group("nick") or match.group("nick2")
            if _is_name_word(nick):
                person.nicknames.add(nick)
    for kind, rx in name_forms(person, text):
        if kind not in ("full", "surname", "first"):
            continue
        for match in _found(rx, text):
            if kind == "surname":
                given = _rx(r"(?<![\w])(?P<given>[A-Z][a-z]+)[ \t]+$").search(
                    text[max(0, match.start() - 30) : match.start()]
                )
                if (
                    given
                    and given.group("given").lower() != person.first.lower()
                    and _is_name_word(given.group("given"))
                ):
                    continue  # the surname inside someone else's full name ("Wilfredo Cintrón")
            tail = text[match.end() : match.end() + 200].split("\n\n", 1)[0]  # same paragraph
            nick = NICKNAME.search(tail)
            if (
                nick
                and nick.start() >= 90
                and not (tail[nick.start()].isupper() and _rx(r"[.;]\s+$").search(tail[: nick.start()]))
            ):
                nick = None  # far from the name, only a sentence of its own: '... Cell 555-0174. Goes by "Rome."'
            if nick and (
                any(
                    len(_tokens(raw)) >= 2 for _, _, raw in _name_candidates(tail[: nick.start()], FIRST_LAST)
                )
                or ANOTHER_PERSON.search(tail[: nick.start()])
            ):
                continue  # 'Zoraida. ... su esposo, Wilfredo Cintrón, a quien le dicen "Willy"': his, not hers
            if (
                nick
                and _rx(r"\b(?:me|my|mi)\b", re.I).search(nick.group(0))
                and _rx(r"\b(?:mi|my|our|nuestr[oa])[ \t]+(?:[a-z]+[ \t]+){0,2}$", re.I).search(
                    text[max(0, match.start() - 40) : match.start()]
                )
            ):
                continue  # "Mi vecina Norma lo vio. ... Mis amigos me dicen Tati": the writer's, not Norma's
            said = nick and NICKNAME_PRONOUN.search(nick.group(0))
            if said and person.gender and ("F" if said.group("f") else "M") != person.gender:
                continue  # 'Mrs. Sykes says she knows him ..., they call him Little Tay': his, not hers
            if nick and _is_name_word(nick.group("nick")):
                person.nicknames.add(nick.group("nick"))


@cache
def _nicknamer() -> NickNamer:
    return NickNamer()


def _initials_spelled(protected: list[Person], text: str) -> None:
    """A person the record names by initials, given her first name once in parentheses:
    "K.R. (Kiara) was interviewed", '"K.R." (first name Kiara, ...)' -- the first name, which
    starts with her first initial, is hers wherever it stands alone."""
    for person in protected:
        if person.tokens:
            continue
        for initials in person.initials:
            letters = _rx(r"[A-Z]").findall(initials)
            if not letters:
                continue
            # (or labelled, the surname kept back: '"K.R." (first name Kiara, surname on confidential sheet)')
            rx = _rx(
                rf"(?<![\w.]){re.escape(initials)}[\"”]?[ \t]*\([ \t]*(?:(?:first|given)\s+name|primer\s+nombre|nombre)?[ \t:]*"
                rf"(?P<given>(?-i:{letters[0]}[a-z]{{2,}}))[ \t]*[),;]"
            )
            for match in rx.finditer(text):
                if _is_name_word(match.group("given")):
                    person.nicknames.add(match.group("given"))


# A first initial written as the name itself: "K. crying, says ...", "K.'s Instagram", "K.: 'my mom ...'"
# (not "J. Whitmore", an initial before a surname, nor "(DIGIACOMO, R.)", one after it).
INITIAL_AS_NAME = r"(?<![\w.])(?<![A-Za-z],[ \t])(?<![A-Za-z],){letter}\.(?=['’]s\b|[ \t]*[:,;)]|[ \t]+[a-z])"
# A transcript's question and answer marks: "Q. Where were you?" / "A. in the kitchen".
QA_MARKS = _rx(r"^[ \t]*[QA][.:][ \t]", re.M)


def _first_initial_alone(protected: list[Person], others: list[Person], text: str) -> None:
    """Notes that name a protected person by her first initial ("K. crying, says bf ...", twice or
    more) give her that initial, when nobody else the record names has a name starting with it."""
    everyone = protected + others
    for person in protected:
        if not person.first or len(person.first) < 3 or not person.first[0].isupper():
            continue
        letter = person.first[0]
        if letter in "QA" and QA_MARKS.search(text):
            continue
        if any(o is not person and any(t[:1] == letter for t in o.tokens) for o in everyone):
            continue
        if len(_rx(INITIAL_AS_NAME.format(letter=letter)).findall(text)) >= 2:
            person.initials.add(f"{letter}.")


def _diminutives(protected: list[Person], others: list[Person], text: str) -> None:
    """The usual short forms of a protected person's first name that the record uses ("Nate" for
    Nathaniel, "Bev" for Beverly), from the nicknames package's curated list. A short form that
    is a word the record writes in lower case ("will"), a word that is no name, or the name of
    anyone else the record names ("Nathan Hale") is left alone."""
    common = _lowercase_words(text)
    cues = role_cues()
    not_names = {w.lower() for w in cues.not_names}
    for person in protected:
        if len(person.tokens) < 2:
            continue
        taken = {t.lower() for p in protected + others if p is not person for t in [*p.tokens, *p.nicknames]}
        for nick in _spellings(_nicknamer().nicknames_of(person.first)) | _spanish_short_forms(person.first):
            word = nick.capitalize()
            if (
                len(nick) < 3
                or nick in common
                or nick in not_names
                or nick.upper() in cues.not_initials
                or nick in taken
                or not _rx(rf"(?<![\w-]){word}(?![\w-])").search(text)
            ):
                continue
            person.nicknames.add(word)
    # a quoted short form of one person's first name: 'he and "Ro" had argued' (Rosa), or its
    # pet form: 'a woman she knows as "Jessie"' (Jessenia)
    for quoted in QUOTED_SHORT_NAME.finditer(text):
        word = quoted.group("word")
        stem = _pet_stem(word)
        owners = [
            p
            for p in protected + others
            if p.first.lower() != word.lower()
            and (
                p.first.lower().startswith(word.lower())
                or (len(stem) >= 4 and p.first.lower().startswith(stem))
            )
        ]
        if len(owners) == 1 and owners[0] in protected and word.lower() not in common:
            owners[0].nicknames.add(word)


def _spanish_short_forms(first: str) -> set[str]:
    """The short forms Spanish makes of a given name, which no list holds: its first syllables
    and an 'i' or 'y' ("Yesi" of Yesenia, "Rosi" of Rosa, "Lety" of Leticia) and its diminutive ("Rosita",
    "Carmencita", "Angelito", "Juanita")."""
    name = _case_folded(first)
    if len(name) < 4 or not name.isalpha():
        return set()
    forms = {name[:k] + end for k in (3, 4) for end in ("i", "y") if k < len(name) - 1}
    if name[-1] in "ao":
        forms |= {name[:-1] + "ita", name[:-1] + "ito"}
    elif name[-1] in "nr":
        forms |= {name + "cita", name + "cito"}
    elif name[-1] == "l":
        forms |= {name + "ita", name + "ito"}
    return {f for f in forms if f != name}


def _pet_stem(word: str) -> str:
    """A pet form's stem, its "-ie", "-y" or "-i" dropped: "jess" of "Jessie", "raf" of "Rafi"."""
    return _rx(r"(?:ie|y|i)$").sub("", word.lower())


def _spellings(nicks: set[str]) -> set[str]:
    """Short forms as people spell them: 'milly', 'mily', 'millie', 'mili' are one name."""
    found = set(nicks)
    for nick in nicks:
        for single in {nick, _rx(r"([b-df-hj-np-tv-z])\1").sub(r"\1", nick)}:
            found.add(single)
            stem = _pet_stem(single)
            if stem != single and len(stem) >= 2:
                found |= {stem + "y", stem + "i", stem + "ie"}
    return found


QUOTED_SHORT_NAME = _rx(r"[\"“](?P<word>(?-i:[A-Z][a-z]{1,7}))[\"”]")


PRONOUN_NICKNAME = _rx(
    r"\b(?:her|his|their|su)\s+(?:nickname|preferred\s+name|apodo)[ \t,:]*(?:is[ \t]+)?[\"'“]?(?P<nick>(?-i:[A-Z][a-z]+))(?![a-z])"
    # "Dottie, as she asked to be called, stated ..."
    r"|(?<![\w])(?P<nick2>(?-i:[A-Z][a-z]+))[\"”]?,?\s+\(?as\s+(?:she|he|they)\s+(?:asked|asks|prefers|likes|wants)\s+to\s+be\s+called",
    re.I,
)

# A first name, then the nickname said to be one: 'preguntando por Noemí o por "Mimi" (apodo)',
# 'asks for Dorothy or "Dottie" (nickname)'.
NAMED_NICKNAME = _rx(
    r"(?<![\w])(?P<first>(?-i:[A-Z][\w'-]+))\s+(?:o|or|y|and)\s+(?:por\s+|for\s+)?[\"“](?P<nick>(?-i:[A-Z][a-z]+))[\"”]"
    r"\s*\((?:apodo|nickname|alias|sobrenombre|a/?k/?a)\)",
    re.I,
)
ROLE_NICKNAME = _rx(
    r"\b(?:the\s+)?(?P<role>victim|witness|complainant|client|patient|(?-i:V|W)\d?|(?-i:Pt))(?:'s)?\s+"
    r"(?:goes\s+by|prefers(?:\s+to\s+be\s+called)?|is\s+called|is\s+known\s+as|asked\s+to\s+be\s+called|(?:nick)?name\s+is|"
    # 'V1 asked that I call her "Yessi,"'
    r"asked\s+(?:that\s+)?(?:I|we|us|officers?|staff)\s+call\s+(?:her|him|them))\s+"
    r"[\"'“]?(?P<nick>(?-i:[A-Z][a-z]+))(?![a-z])"
    # '"Kiki" is the victim's nickname'
    r"|[\"“](?P<nick2>(?-i:[A-Z][a-z]+))[\"”]\s+is\s+(?:the\s+)?(?P<role2>victim|witness|complainant|client)'s\s+nickname",
    re.I,
)


def _find_short_forms(person: Person, text: str) -> None:
    """A short form of the first name standing alone, as in an e-mail signed 'Gwen' by
    Gwendolyn: a capitalised word of four or more letters that begins the first name; or, in
    quotes, one that begins a second given name ('"Adri"' for Luz Adriana Cardona Restrepo)."""
    first = person.first
    for size in range(len(first) - 1, 2, -1) if len(first) >= 5 else ():
        prefix = first[:size]
        if size < 4 or len(first) < 6:  # "Ash" for Ashley only in quotes: asked whether "Ash" had called
            found = _rx(rf"[\"“]{re.escape(prefix)}[\"”]").search(text)
        else:
            found = _rx(rf"(?<![\w]){re.escape(prefix)}(?![\w]|-[A-Za-z])").search(text)
        if found and _is_name_word(prefix):
            person.nicknames.add(prefix)
            return
    for middle in person.tokens[1:-1]:  # 'Prefiere que la llamen "Adri"' for Luz Adriana Cardona Restrepo
        for size in range(len(middle) - 1, 2, -1):
            quoted = _rx(rf"[\"“]{re.escape(middle[:size])}[\"”]").search(text)
            if quoted and _is_name_word(middle[:size]):
                person.nicknames.add(middle[:size])
                return


# A suspect's or arrestee's code right after a name: "el Sr. Suárez (S1)", "Ruiz (A-1)".
SUSPECT_CODE_AFTER = _rx(r"[ \t]*\((?P<code>(?-i:S|A|SUSP|ARR|DEF)-?\d{0,2})\)")


def _someone_else_marked(person: Person, text: str, start: int, end: int) -> bool:
    """A word of this person's name that the record marks as someone else's where it stands: a
    suspect's code after it that is not hers ("el Sr. Suárez (S1)")."""
    code = SUSPECT_CODE_AFTER.match(text, end)
    return bool(
        code and code.group("code").replace("-", "") not in {c.replace("-", "") for c in person.codes}
    )


def _another_given_name(person: Person, text: str, start: int) -> bool:
    """Whether the surname at `start` follows another person's given name: a proper noun (the
    record never writes it in lower case) right before it, inside a sentence and first of its
    run of capitals, that is none of this person's names. Nobody else by that name need be
    known: the name model may have missed 'Santos Orellana' in a Spanish letter."""
    # (a middle initial between: "subscriber: Wilmer J. Ramos, husband / accused")
    given = _rx(
        r"(?<=[,;:(][ \t]|[a-z][ \t])(?P<given>(?-i:[A-Z][a-z]{2,}))(?:[ \t]+(?-i:[A-Z])\.)?[ \t]+$"
    ).search(text, max(0, start - 30), start)
    if given is None:
        return False
    previous = _rx(r"(?P<word>[^\W\d_]+)[ \t]+$").search(text, max(0, given.start() - 30), given.start())
    if previous and previous.group("word")[0].isupper():
        return False  # a longer name's middle: "Brayan Orellana Cruz", the mother's Cruz
    word = given.group("given")
    own = {t.lower() for t in person.tokens} | {n.lower() for n in person.nicknames}
    return (
        word.lower() not in own
        and _is_name_word(word)
        and word.lower() not in _lowercase_words(text)
        and not _rx(rf"(?:{HONORIFIC}|{OFFICER_TITLE})", re.I).fullmatch(word)
    )


def _other_people_spans(text: str, others: list[Person]) -> list[tuple[int, int]]:
    """Full-name spans of unprotected people: their words are not the protected person's."""
    spans = []
    gap = _gap(bool(PARTICLE_GAP.search(text)))
    for other in others:
        if len(other.tokens) < 2:
            continue
        first, rest = re.escape(other.tokens[0]), [re.escape(t) for t in other.tokens[1:]]
        for form in (
            first + rf"(?:[ \t]+{_LETTER}\.?)?" + gap + gap.join(rest),
            first + rf"(?:[ \t]+{_LETTER}\.?)?" + gap + rest[0],
            rest[0] + r",[ \t]*" + first,
            # (a middle name between: "Darnell Whitfield", "WHITFIELD, DARNELL JAMES")
            first + rf"(?:[ \t]+{_LETTER}\.?)?" + gap + rest[-1],
            rest[-1] + r",[ \t]*" + first,
        ):
            spans.extend(m.span() for m in _rx(rf"(?<![\w]){form}(?![\w])", re.I).finditer(text))
    return spans


def _claims_shared_word(person: Person, sharing: list[Person], position: int, text: str, word: str) -> bool:
    """Whether `person` takes a word others bear too. When every bearer is protected and
    none of them is the nearer owner, the word is redacted all the same."""
    if _owns_shared_word(person, sharing, position, text, word):
        return True
    if not all(p.protected for p in sharing):
        return False
    return not any(
        _owns_shared_word(p, [o for o in [person, *sharing] if o is not p], position, text, word)
        for p in sharing
    )


# A form's name split into fields on one line: "Last name: RAMAN   First name: Priya   M.I.: S".
LAST_NAME_FIELD = _rx(r"\b(?:last\s+name|surname|apellidos?)[ \t]*:[ \t]*$", re.I)
FIRST_NAME_FIELD = _rx(
    r"\b(?:first\s+name|given\s+name|nombres?)[ \t]*:[ \t]*(?P<first>[A-Za-z][\w'-]+)", re.I
)
# An arrest just before a name: "224 detiene a Ortega", "officers arrested Mr. Ruiz".
ARRESTED_BEFORE = _rx(
    r"\b(?:arrested|detained|handcuffed|arresto\s+a|arrestan\s+a|arrestaron\s+a|detiene\s+a|detienen\s+a|detuvo\s+a|"
    r"detuvieron\s+a"
    # or named by the role: "RESP HOLLOWAY SERVED IN HAND", "el demandado Quiñones"
    r"|(?-i:RESP|SUSP|DEFT)|respondent|suspect|accused|defendant|demandad[oa]|sospechos[oa]|acusad[oa])[ \t]+"
    r"(?:(?:Mr|Sr|Senor)\.?[ \t]+)?$",
    re.I,
)


def _owns_shared_word(person: Person, others: list[Person], position: int, text: str, word: str) -> bool:
    """Whether a word two people share ('Ms. Gonzalez') names this person.

    An honorific settles it when the two differ in gender; otherwise the person
    named in full most recently owns it.
    """
    # "Castellano (V)", "Mr. Mobley (the witness)": a role code or word in parentheses right after
    code = _rx(r"^[ \t]*\((?:the[ \t]+|our[ \t]+)?(?P<code>(?-i:[A-Z]{1,4})\d{0,2}|[A-Za-z]{5,12})\)").match(
        text[position + len(word) : position + len(word) + 20]
    )
    role = _role_of(code.group("code")) if code else ""
    if role in ("victim", "witness", "suspect"):  # "Castellano (V) works nights": the code settles it
        sharing = [o for o in others if word.lower() in (t.lower() for t in o.tokens)]
        if role in person.roles and not any(role in o.roles for o in sharing):
            return True
        if role not in person.roles and any(role in o.roles for o in sharing):
            return False
    # a form's split name fields: "Last name: RAMAN    First name: Priya" is Priya's surname
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    given = LAST_NAME_FIELD.search(text[line_start:position]) and FIRST_NAME_FIELD.search(
        text[line_start : line_end if line_end >= 0 else len(text)]
    )
    if given:
        first = given.group("first").lower()
        if person.first.lower() == first:
            return True
        if any(o.first.lower() == first for o in others):
            return False
    if person.protected and ARRESTED_BEFORE.search(text[max(0, position - 30) : position]):
        return False  # "224 detiene a Ortega": the one arrested, not the victim who shares his name
    honorific = HONORIFIC_GENDER.search(text[max(0, position - 8) : position])
    if honorific and _is_minor(person, text):
        return False  # "Mr. Kowalski" is not the eight-year-old son
    if honorific:
        said = "F" if honorific.group("f") else "M"
        sharing = [
            o for o in others if word.lower() in (t.lower() for t in o.tokens) and not _is_minor(o, text)
        ]
        if MAIDEN_TITLE.match(honorific.group(0)):
            if _titled_matron(person, text):
                return False
            sharing = [o for o in sharing if not _titled_matron(o, text)]
        if person.gender and person.gender != said:
            return False
        if all(o.gender and o.gender != said for o in sharing):
            return True
        if person.gender == said and not any(o.gender == said for o in sharing):
            return True  # the only one known to fit the honorific
    sharers = [o for o in others if word.lower() in (t.lower() for t in o.tokens)]
    unrelated = bool(sharers) and _said_unrelated(person, text)
    if sharers and (unrelated or all(_said_unrelated(o, text) for o in sharers)):
        # "Emmanuel Okafor (no relation to the tenant)": the surname alone is the other Okafor's
        return not unrelated
    return _nearest_is(person, others, position, text)


def _is_minor(person: Person, text: str) -> bool:
    """Whether the record calls the person a minor by their name: 'KOWALSKI, Mason J.  (minor)',
    'Curtis Lyle Jr. (17)', 'Nia Ibarra, age 9'."""
    if len(person.tokens) < 2:
        return False
    first, last = re.escape(person.tokens[0]), re.escape(person.tokens[-1])
    return bool(
        _rx(
            rf"(?:{last},[ \t]*{first}|{first}[ \t]+(?:\w\.?[ \t]+)?{last})[^\n]{{0,30}}?"
            r"(?:\(minor\)|\bminor\b|\bjuvenile\b|\((?:age[ \t]*)?(?:1[0-7]|[1-9])\)|,[ \t]*age[ \t]+(?:1[0-7]|[1-9])\b)",
            re.I,
        ).search(text)
    )


NEXT_SENTENCE_OPENS = _rx(r"[^.!?\n]*(?:\([^)\n]*\)[^.!?\n]*)*[.!?][ \t]+")
TWO_NAME_WORDS = _rx(r"(?-i:[A-Z][a-z'-]+)[ \t]+(?-i:[A-Z][a-z'-]+)")


def _infer_gender(person: Person, text: str) -> None:
    """Gender from an honorific before an unambiguous (full-name) mention."""
    if person.gender or len(person.tokens) < 2:
        return
    full_forms = [rx for kind, rx in name_forms(person, text) if kind == "full"]
    for match in (m for rx in full_forms for m in _found(rx, text)):
        before = text[max(0, match.start() - 24) : match.start()]
        after = text[match.end() : match.end() + 60]
        honorific = HONORIFIC_GENDER.search(before)
        relation = RELATION_GENDER.search(before) or RELATION_AFTER.match(after)
        if honorific:
            person.gender = "F" if honorific.group("f") else "M"
            return
        if relation:
            person.gender = "F" if relation.group("f") else "M"
            return
    for match in (m for rx in full_forms for m in _found(rx, text)):
        # "I observed Oleksandr Moroz on the sidewalk. He was ...": the first subject pronoun after
        # a full name, before anyone else is named, refers to that person.
        # (or her surname with an honorific: "Rosalind Okafor (DOB ...) walked in ... Ms. Okafor has")
        after = text[match.end() : match.end() + 120]
        pronoun = _rx(
            rf"\b(?:(?P<f>she|ella)|he|el)\b|\b(?P<title>(?P<f2>Ms|Mrs|Miss|Sra|Srta)|Mr|Sr)\.?[ \t]+{re.escape(person.tokens[-1])}\b",
            re.I,
        ).search(after)
        between = after[: pronoun.start()] if pronoun else ""
        # (a date of birth's "DOB" in capitals names no one before the honorific's surname)
        honorific = pronoun is not None and pronoun.group("title") is not None
        if honorific and (not NEXT_SENTENCE_OPENS.fullmatch(between) or NO_RELATION.match(text, match.end())):
            # only the next sentence's subject is surely hers: not "... The respondent, Mr. Oyelaran";
            # and never after "(no relation ...)", which says the surname is someone else's
            continue
        if pronoun and not (TWO_NAME_WORDS if honorific else FIRST_LAST).search(between):
            person.gender = "F" if pronoun.group("f") or pronoun.group("f2") else "M"
            return


def _nearest_is(person: Person, others: list[Person], position: int, text: str) -> bool:
    """A word two people share belongs to whichever of them was named in full most recently."""
    best, best_pos = None, -1
    for candidate in [person, *others]:
        if len(candidate.tokens) < 2:
            continue
        # the full name, not the first name alone: "Her son Sebastián (7)" does not make
        # the next bare "Salas" his rather than his father's, named in full just before
        full_forms = [rx for kind, rx in name_forms(candidate, text) if kind == "full"]
        surnames = "|".join(re.escape(t) for t in candidate.tokens[1:])
        full_forms.append(  # "Dorothy McAllister" for Dorothy Jean McAllister
            _rx(
                rf"(?<![\w]){re.escape(candidate.tokens[0])}(?:[ \t\n]+[\w.'-]+){{0,2}}?[ \t\n]+(?:{surnames})(?![\w])",
                re.I,
            )
        )
        for match in (m for rx in full_forms for m in _found(rx, text)):
            if match.start() < position and match.start() > best_pos:
                best, best_pos = candidate, match.start()
    return best is person
