"""Tests for the name finder (kitlib.actors.grouping) and actors.people() / actors.names().

Every sentence here is invented, shaped like the failures seen on real news.
"""

import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kitlib.actors import grouping as names
from kitlib.actors import tables as actors
from kitlib.actors.name_rules import NAME_KINDS


def people_of(text: str) -> list[str]:
    return [p.name for p in names.find_cast(text).people]


def kinds_of(text: str) -> dict[str, str]:
    return {n.text: n.kind for n in names.find_cast(text).names}


# --------------------------------------------------------------------------
# One invented sentence per rule
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # a first name on the list, then a surname
        ("The mayor met Andrew McCarthy on Monday.", ["Andrew McCarthy"]),
        # Mc / Mac / O' / hyphen / particles / al-
        ("Later, Janet MacLeod spoke.", ["Janet MacLeod"]),
        ("Later, Martin O’Malley spoke.", ["Martin O'Malley"]),
        ("Later, Mary Smith-Jones spoke.", ["Mary Smith-Jones"]),
        ("Later, Ludwig van Beethoven played.", ["Ludwig van Beethoven"]),
        ("Envoys met Bashar al-Assad in the capital.", ["Bashar al-Assad"]),
        # initials and suffixes
        ("Voters remember George W. Bush well.", ["George W. Bush"]),
        ("Crowds honoured Martin Luther King Jr. in the march.", ["Martin Luther King Jr."]),
        # possessive
        ("We read Hillary Clinton's plan.", ["Hillary Clinton"]),
        # at the start of a sentence
        ("Reince Priebus spoke first.", ["Reince Priebus"]),
        # after a title, with the title removed from the name
        ("Then Sen. Tim Kaine answered.", ["Tim Kaine"]),
        ("Then Mrs. Okafor answered.", ["Okafor"]),
        # a lone surname that says something
        ("The vote was close, Grzelak said.", ["Grzelak"]),
        # not people
        ("She studied at the University of Texas School of Law.", []),
        ("Last November the vote was close.", []),
        ("Election Day is near.", []),
        ("The White House said nothing.", []),
        ("They flew to New York City and San Bernardino.", []),
        ("The Affordable Care Act passed.", []),
        ("MAKE AMERICA GREAT AGAIN was on the hat.", []),
    ],
)
def test_who_is_a_person(text, expected):
    assert people_of(text) == expected


def test_bill_and_hillary_clinton_are_two_people():
    text = (
        "Bill Clinton spoke in Ohio. Hillary Clinton spoke in Iowa.\n\n"
        "Mrs. Clinton said the plan was sound. Mr. Clinton agreed.\n\n"
        "Later, Clinton left."
    )
    table = actors.people(text).set_index("name")
    assert list(table.index) == ["Bill Clinton", "Hillary Clinton"]
    assert table.loc["Hillary Clinton", "mentions"] == 2
    assert table.loc["Bill Clinton", "mentions"] == 2
    # the last paragraph names no one in full: bare "Clinton" is counted as ambiguous
    assert table.loc["Hillary Clinton", "ambiguous_mentions"] == 1
    assert table.loc["Bill Clinton", "ambiguous_mentions"] == 1
    assert table.loc["Hillary Clinton", "gender"] == "female"


def test_bare_surname_goes_to_the_one_named_last_in_the_paragraph():
    cast = names.find_cast("Bill Clinton met Hillary Clinton. Clinton then spoke.")
    assert cast.resolve("Clinton", at=40) == "Hillary Clinton"
    assert [len(p.mentions) for p in cast.people] == [1, 2]


def test_surname_alone_links_to_the_full_name():
    table = actors.people(
        "Andrew McCarthy, a former federal prosecutor, wrote the column. "
        "McCarthy said the charge was weak, and McCarthy's readers agreed."
    )
    assert table["name"].tolist() == ["Andrew McCarthy"]
    assert table.loc[0, "mentions"] == 3
    assert table.loc[0, "role"] == "a former federal prosecutor"


def test_title_becomes_role():
    table = actors.people("FBI Director James Comey wrote to the committee.")
    assert table.loc[0, "name"] == "James Comey"
    assert table.loc[0, "role"] == "FBI Director"
    assert table.loc[0, "rule"].startswith("written after the title")
    found = actors.names("FBI Director James Comey wrote to the committee.")
    assert found.set_index("name").loc["FBI", "kind"] == "organisation"


def test_description_before_name_becomes_role():
    table = actors.people("The survey was run by Republican pollster Frank Luntz last week.")
    assert table.loc[0, "name"] == "Frank Luntz"
    assert table.loc[0, "role"] == "Republican pollster"


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("The FBI and the GOP disagreed with ISIS.", "FBI", "organisation"),
        ("The FBI and the GOP disagreed with ISIS.", "GOP", "organisation"),
        ("Aides at the White House said so.", "White House", "organisation"),
        ("The Justice Department said so.", "Justice Department", "organisation"),
        ("Voters in Orange County said so.", "Orange County", "place"),
        ("Voters in the U.S. said so.", "U.S.", "place"),
        ("Remember the Suez Crisis of old.", "Suez Crisis", "other"),
        ("Election Day is near.", "Election Day", "other"),
    ],
)
def test_kinds_of_names(text, name, kind):
    assert kinds_of(text)[name] == kind


@pytest.mark.parametrize(
    "text, gender, source",
    [
        ("Then Mrs. Okafor answered.", "female", "title"),
        ("Then Mr. Okafor answered.", "male", "title"),
        ("Hillary Rodham answered.", "female", "first name"),
        ("Reince Priebus answered. He said he was sure, and his aides agreed.", "male", "pronouns"),
        ("Zorblat Quennix answered.", "unknown", ""),
    ],
)
def test_gender_and_where_it_comes_from(text, gender, source):
    person = names.find_cast(text).people[0]
    assert person.gender == gender
    assert source in person.gender_from


def test_resolve_pronouns_names_and_plurals():
    text = "Sen. Amy Park met Bill Clinton and Hillary Clinton. She said he was late."
    cast = actors.cast(text)
    assert cast.resolve("She", at=text.index("She")) == "Hillary Clinton"
    assert cast.resolve("he", at=text.index("he was")) == "Bill Clinton"
    assert cast.resolve("Park's") == "Amy Park"
    assert cast.resolve("Mr. Clinton") == "Bill Clinton"
    assert cast.resolve("they") is None
    assert cast.resolve("Nobody") is None
    assert cast.resolve(None) is None
    assert cast.person_at(text.index("Amy"), text.index("Amy") + 3) == "Amy Park"


def test_people_columns_and_paragraph_numbers():
    text = "A quiet day.\n\nGov. Mike Pence spoke.\n\nPence left."
    table = actors.people(text)
    assert list(table.columns) == actors.PEOPLE_COLUMNS
    row = table.iloc[0]
    assert row["name"] == "Mike Pence" and row["mentions"] == 2
    assert row["first_paragraph"] == 2  # the kit counts paragraphs from 1
    assert not row["in_lead"]


def test_names_table_lists_every_kind():
    table = actors.names("The FBI said Gov. Mike Pence visited Ohio on Election Day.")
    assert list(table.columns) == actors.NAMES_COLUMNS
    assert set(table["kind"]) <= set(NAME_KINDS)
    assert table.set_index("name").loc["Mike Pence", "kind"] == "person"


def test_bundled_table_only_for_bundled_pair(pair, invented_pair):
    assert all(actors.actor_table_fits(a) for a in pair)
    assert not any(actors.actor_table_fits(a) for a in invented_pair)
    assert not actors.actor_table_fits("Gov. Mike Pence met Sen. Tim Kaine in Farmville.")


def test_invented_pair_people(invented_pair):
    courier, post = invented_pair
    assert actors.people(courier)["name"].tolist() == ["Helen Marsh", "David Okoye", "Sam Hollis"]
    found = actors.people(post)["name"].tolist()
    assert found[0] == "Maya Nand"
    assert {"Helen Marsh", "Agnes Whitlow", "Sam Hollis", "David Okoye"} <= set(found)


def test_bad_input_says_what_to_do():
    with pytest.raises(TypeError, match="needs text"):
        names.find_cast(3)


# --------------------------------------------------------------------------
# Properties: any text, no crash, offsets valid
# --------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_text(text):
    cast = names.find_cast(text)
    for item in cast.names:
        assert 0 <= item.start < item.end <= len(text)
        assert text[item.start : item.end] == item.text
        assert item.kind in NAME_KINDS
    for start, end, who, _ in cast.links:
        assert 0 <= start < end <= len(text)
        assert -1 <= who < len(cast.people)
    for person in cast.people:
        assert person.mentions and person.gender in names.GENDERS


NAMEISH = st.lists(
    st.sampled_from(
        ["Mr.", "Sen.", "Ann", "Lee", "O’Neil", "al-Amin", "van", "de", "W.", "Jr.", "FBI",
         "House", "Day", "the", "said", "she", "he", ",", ".", "\n\n", "McCoy", "Clinton"]
    ),
    max_size=40,
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(NAMEISH)
def test_name_shaped_text(words):
    text = " ".join(words)
    if not any(w.isalpha() for w in words):
        return  # an empty article is refused with a message (tested in test_articles)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        table = actors.people(text)
    assert table["mentions"].ge(1).all()
    assert table["name"].is_unique
    for start in table["first_offset"]:
        assert 0 <= start < len(text)


def test_people_by_paragraph_draws_a_heat_map():
    import matplotlib

    matplotlib.use("Agg")
    from kitlib import plots

    # (a first line without "the" or "a", shorter than what follows, reads as a headline)
    text = (
        "Gov. Mike Pence spoke at the town hall.\n\nPence left, and Sen. Amy Park stayed."
        "\n\nPark spoke."
    )
    table = actors.people_by_paragraph(text)
    assert table.groupby("actor", sort=False)["mentions"].sum().to_dict() == {
        "Mike Pence": 2,
        "Amy Park": 2,
    }
    assert sorted(set(table["paragraph"])) == [1, 2, 3]
    assert plots.actor_heatmap(table) is not None


def test_windows_line_ends_change_nothing():
    unix = "Gov. Mike Pence spoke.\n\nPence left.\nLater, Tim Kaine arrived."
    windows = unix.replace("\n", "\r\n")
    assert people_of(windows) == people_of(unix) == ["Mike Pence", "Tim Kaine"]
    cast = names.find_cast(windows)
    assert all(windows[s:e] in ("Mike Pence", "Pence", "Tim Kaine") for s, e, _, _ in cast.links)


# --------------------------------------------------------------------------
# Issue 25: datelines, sentence-initial words, the headline, shared surnames
# --------------------------------------------------------------------------

WIRE = (
    "Flood waters close the harbour road\n\n"
    "RIVERSIDE, Calif. (AP) — Federal authorities closed the harbour road on Tuesday, and "
    "Gov. Amy Park said it could stay shut for a week.\n\n"
    "News of the closure spread quickly. Park said Congress should pay for a sea wall, and "
    "aides said Congress would vote in March."
)


def test_a_dateline_is_never_an_actor():
    found = set(actors.names(WIRE)["name"])
    assert not found & {"RIVERSIDE", "Riverside", "AP", "Calif"}
    assert "Amy Park" in found


def test_a_sentence_initial_common_word_is_no_name_but_a_name_written_alone_is():
    found = dict(actors.names(WIRE)[["name", "kind"]].values)
    assert "Federal" not in found and "News" not in found
    assert found.get("Congress") == "organisation"


def test_a_word_in_capitals_is_no_organisation():
    text = "ABSTRACT.\n\nThe FBI said on Monday that LETTERS from voters had piled up."
    found = set(actors.names(text)["name"])
    assert "FBI" in found and not found & {"ABSTRACT", "LETTERS"}


@pytest.mark.parametrize(
    ("headline", "named"),
    [
        ("Clinton raises $50 million in July", ["Hillary Clinton"]),
        ("Sanders aides sound off on Clinton.", ["Bernie Sanders", "Hillary Clinton"]),
        ("Hillary’s big month", ["Hillary Clinton"]),
        ("Bill Clinton: The campaign is ready", ["Bill Clinton"]),
    ],
)
def test_named_in_the_headline_reads_the_headline(headline, named):
    text = (
        f"{headline}\n\nHillary Clinton raised $50 million in July, her campaign said on "
        "Monday, as Bernie Sanders praised her. Bill Clinton hosted one event. Hillary Clinton "
        "thanked donors, and Hillary Clinton said the money would pay for ads."
    )
    table = actors.people(text)
    assert sorted(table.loc[table["in_headline"], "name"]) == sorted(named)
    assert sorted(actors.headline_people(text)) == sorted(named)


def test_a_shared_surname_goes_to_the_person_the_article_names_most():
    text = (
        "Hillary Clinton raised $50 million in July, her campaign said. Hillary Clinton "
        "thanked donors in a call.\n\nBill Clinton hosted one event in New York.\n\n"
        "Hillary Clinton met Tim Kaine. Clinton said the money would pay for ads. Clinton "
        "spoke for an hour, and Clinton smiled."
    )
    table = actors.people(text).set_index("name")
    assert table.loc["Hillary Clinton", "mentions"] == 6
    assert table.loc["Bill Clinton", "mentions"] == 1
    assert table["ambiguous_mentions"].sum() == 0
    cast = actors.cast(text)
    assert cast.resolve("Clinton", at=len(text)) == "Hillary Clinton"


def test_a_shared_surname_with_no_clear_favourite_stays_ambiguous():
    text = (
        "Hillary Clinton and Bill Clinton arrived.\n\nBill Clinton spoke first, then "
        "Hillary Clinton.\n\nLater, Clinton said thanks."
    )
    table = actors.people(text).set_index("name")
    assert table["ambiguous_mentions"].tolist() == [1, 1]
