"""A scan's letter-spaced runs are read together and redacted whole in the text."""

from redactor.spacing import pack_spaced

SPACED_FORM = (
    "1 .  D A T O S   D E L   S O L I C I T A N T E\n"
    "Fecha  de  nac.  /  DOB :   0 3 / 1 4 / 1 9 6 8\n"
    "No.  de  caso  DSS  /  DSS  case  no. :   0 0 4 2 1 1 9 8 6 5\n"
    "Ruta  /  Routing :   2 3 1 3 7 2 6 9 1\n"
)


def test_packed_runs_keep_the_texts_length_and_map_back():
    view, runs = pack_spaced(SPACED_FORM)
    assert len(view) == len(SPACED_FORM)
    start = view.index("0042119865")
    a, b = runs.to_text(start, start + len("0042119865"))
    assert SPACED_FORM[a:b] == "0 0 4 2 1 1 9 8 6 5"


def test_one_spaced_run_in_prose_is_left_alone():
    text = "The rooms were numbered 1 2 3 4 along the hall."
    assert pack_spaced(text)[0] == text


def test_a_spaced_case_number_and_routing_number_are_redacted_whole(redacted):
    """'0 0 4 2 1 1 9 8 6 5' after 'DSS case no.', '2 3 1 3 7 2 6 9 1' after 'Routing': the scan's
    spaces hide the numbers from every pattern until the run is read together."""
    found = redacted(SPACED_FORM)
    assert "0 0 4 2 1 1 9 8 6 5" in found
    assert "2 3 1 3 7 2 6 9 1" in found
