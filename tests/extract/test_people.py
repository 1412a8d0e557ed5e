"""The people extractor: who is named, under which canonical name and aliases, with which role.

Expectations are written from reading each text: the names a reader would list, never the
program's output copied back.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc, Span

from builder.extract.people import extract_people
from builder.model import Overrides, Person

Analyse = Callable[[str], Doc]


def _by_name(people: list[Person]) -> dict[str, Person]:
    return {p.name: p for p in people}


def _all_names(people: list[Person]) -> set[str]:
    return {n for p in people for n in (p.name, *p.aliases)}


def _assert_listed_without(names: set[str], listed: set[str], word: str) -> None:
    """Every name in ``listed`` is there, and no name holds ``word`` (the non-person phrase)."""
    assert listed <= names
    assert not any(word in name for name in names)


# --- the seed article ---------------------------------------------------------------


def test_seed_has_exactly_the_five_people(seed_doc: Doc) -> None:
    people = extract_people(seed_doc)
    assert sorted(p.name for p in people) == ["Ann Calvaresi Barr", "Donald Trump", "Glenn Fine", "Jim Mattis", "Steve Linick"]


def test_seed_roles_come_from_the_text(seed_doc: Doc) -> None:
    roles = {p.name: p.role for p in extract_people(seed_doc)}
    assert roles["Donald Trump"] == "US President"
    assert roles["Jim Mattis"] == "then defense secretary"
    assert roles["Glenn Fine"] == "Pentagon Deputy Inspector General"
    assert roles["Steve Linick"] == "State Department Inspector General"
    assert roles["Ann Calvaresi Barr"] == "Inspector General of the International Development Agency (USAID)"


def test_seed_trump_has_his_surname_as_alias_and_three_mentions(seed_doc: Doc) -> None:
    trump = _by_name(extract_people(seed_doc))["Donald Trump"]
    assert trump.aliases == ("Trump",)
    assert [m.text for m in trump.mentions] == ["Donald Trump", "Donald Trump", "Trump"]


def test_every_mention_offset_points_at_its_text(seed_doc: Doc) -> None:
    for person in extract_people(seed_doc):
        for mention in person.mentions:
            assert seed_doc.text[mention.start : mention.end] == mention.text


# --- names ----------------------------------------------------------------------------


def test_titles_and_honorifics_stay_out_of_names(analyse: Analyse) -> None:
    doc = analyse(
        "Sen. John McCain met Gen. Joseph Votel and Mr. Smith in Washington. President Barack Obama was not there. "
        "Oxford Prof. Richard Dawkins said nothing."
    )
    names = _all_names(extract_people(doc))
    assert {"John McCain", "Joseph Votel", "Barack Obama", "Richard Dawkins"} <= names
    assert not any(word in {"Sen.", "Gen.", "Mr.", "President", "Prof."} for n in names for word in n.split())


def test_an_abbreviated_rank_ends_no_sentence_and_names_no_person(analyse: Analyse) -> None:
    doc = analyse("The base was attacked twice, Pentagon spokesman Navy Capt. Jeff Dorn told reporters on Monday.")
    assert len(list(doc.sents)) == 1
    names = _all_names(extract_people(doc))
    assert names == {"Jeff Dorn"}


def test_possessive_is_not_part_of_the_name(analyse: Analyse) -> None:
    doc = analyse("Donald Trump's decision surprised aides. Trump's spokesman declined to comment.")
    trump = _by_name(extract_people(doc))["Donald Trump"]
    assert {m.text for m in trump.mentions} == {"Donald Trump", "Trump"}


def test_surname_joins_the_only_full_name_it_fits(analyse: Analyse) -> None:
    doc = analyse("Phil Simmons took four wickets. Later Simmons said the pitch was slow.")
    people = extract_people(doc)
    assert [p.name for p in people] == ["Phil Simmons"]
    assert people[0].aliases == ("Simmons",)


def test_initial_and_surname_join_the_full_name(analyse: Analyse) -> None:
    doc = analyse("Phil Simmons scored 50 runs for Leicestershire.\nBowling: P. Simmons 4-38, A. Dale 2-41.")
    people = _by_name(extract_people(doc))
    assert "P. Simmons" in people["Phil Simmons"].aliases
    assert "A. Dale" in people


def test_two_people_with_one_surname_stay_apart(analyse: Analyse) -> None:
    doc = analyse(
        "Russian President Boris Yeltsin visited his wife Naina Yeltsin in hospital on Monday. "
        "Yeltsin stayed for an hour, the Kremlin said."
    )
    people = extract_people(doc)
    by_name = _by_name(people)
    assert "Boris Yeltsin" in by_name and "Naina Yeltsin" in by_name
    assert "Yeltsin" not in by_name["Boris Yeltsin"].aliases
    assert "Yeltsin" not in by_name["Naina Yeltsin"].aliases


def test_results_list_names_next_to_countries_are_people(analyse: Analyse) -> None:
    doc = analyse(
        "Women's singles, third round\n"
        "Sandrine Testud (France) beat Ines Gorrochategui (Argentina) 4-6 6-2 6-1\n"
        "Scott Draper (Australia) beat Doug Flach (U.S.) 6-3 6-4 6-2"
    )
    names = {p.name for p in extract_people(doc)}
    assert names == {"Sandrine Testud", "Ines Gorrochategui", "Scott Draper", "Doug Flach"}


def test_cues_find_people_the_model_missed(analyse: Analyse) -> None:
    """With every entity label removed, the name's own evidence still finds the people."""
    doc = analyse(
        "Men's singles, second round\n"
        "Sjeng Schalken (Netherlands) beat Mikael Tillstrom (Sweden) 6-2 6-4\n"
        "Bowling: P. Simmons 4-38, Mr. Quarrie 2-41.\n"
        "Later Kafelnikov said he was tired."
    )
    doc.ents = []
    names = {p.name for p in extract_people(doc)}
    assert names == {"Sjeng Schalken", "Mikael Tillstrom", "P. Simmons", "Quarrie", "Kafelnikov"}


def test_names_in_a_list_of_people_are_people(analyse: Analyse) -> None:
    """A list item without its own evidence is a person when most items on its line are."""
    doc = analyse(
        "Ireland: Andy Townsend (Ireland), Roy Keane (Ireland), Jason McAteer, Ray Houghton, Niall Quinn.\n"
        "Results: Norwich 1 Wolverhampton 0, Oldham 3 Ipswich 2."
    )
    doc.ents = []
    names = {p.name for p in extract_people(doc)}
    assert names == {"Andy Townsend", "Roy Keane", "Jason McAteer", "Ray Houghton", "Niall Quinn"}


def test_headline_capitals_and_places_are_not_people(analyse: Analyse) -> None:
    doc = analyse(
        "CRICKET - LEICESTERSHIRE TAKE OVER AT TOP AFTER INNINGS VICTORY.\n"
        "LONDON 1996-08-30\n"
        "West Indian all-rounder Phil Simmons took four for 38 on Friday as Leicestershire beat Somerset."
    )
    names = _all_names(extract_people(doc))
    assert "Phil Simmons" in names
    assert not names & {"LEICESTERSHIRE", "LONDON", "Leicestershire", "Somerset", "West Indian"}


def test_headline_mention_joins_a_name_from_the_body(analyse: Analyse) -> None:
    doc = analyse("SOCCER - SHEARER NAMED ENGLAND CAPTAIN.\nLONDON 1996-08-30\nAlan Shearer was named England captain on Friday.")
    shearer = _by_name(extract_people(doc))["Alan Shearer"]
    assert "SHEARER" in shearer.aliases


def test_title_case_headline_run_is_no_name(analyse: Analyse) -> None:
    doc = analyse(
        "Black Lawmakers Rip Donald Trump As A Disgusting Fraud.\n\n"
        "WASHINGTON - Donald Trump's obsession is an insult, top black lawmakers said Friday."
    )
    people = extract_people(doc)
    assert [p.name for p in people] == ["Donald Trump"]
    assert len(people[0].mentions) == 2  # the headline mention joins the name from the body


def test_title_case_test_needs_a_capitalised_small_word_inside_a_clause(analyse: Analyse) -> None:
    doc = analyse("Did Not Bat: A. Mullally.\nBowling: Wasim Akram 10-0-50-0.")
    assert {"A. Mullally", "Wasim Akram"} <= _all_names(extract_people(doc))


def test_compass_point_before_a_place_is_no_initial(analyse: Analyse) -> None:
    doc = analyse("Leaders denounce N. Korea test.\n\nThe council condemned the test, said Ban Ki-moon. Korea was silent.")
    assert not _all_names(extract_people(doc)) & {"N. Korea", "Korea"}


def test_full_name_whose_surname_the_model_tags_person_elsewhere_is_a_person(analyse: Analyse) -> None:
    doc = analyse("Mehmet Oz hosts a daily television show.\nLater, Oz spoke to the crowd.")
    surname = next(t.i for t in doc if t.text == "Oz" and t.i > 3)
    doc.ents = [Span(doc, surname, surname + 1, label="PERSON")]
    assert "Mehmet Oz" in {p.name for p in extract_people(doc)}


def test_nationalities_and_organisations_are_not_people(analyse: Analyse) -> None:
    doc = analyse("Russian officials and the Pentagon said on Friday that Manchester United and Reuters had not been told.")
    assert extract_people(doc) == []


def test_odd_input_does_not_crash(analyse: Analyse) -> None:
    for text in ("", " \n\n ", "...", "A.", "MR. - (", "Smith 's", "de van der", "J. J. J.", "- Mr. Jr. III"):
        assert isinstance(extract_people(analyse(text)), list)


# --- roles ----------------------------------------------------------------------------


def test_role_from_apposition_after_the_name(analyse: Analyse) -> None:
    doc = analyse("Glenn Fine, the Pentagon's acting inspector general, said the report was accurate.")
    assert _by_name(extract_people(doc))["Glenn Fine"].role == "Pentagon's acting inspector general"


def test_role_from_who_is_clause(analyse: Analyse) -> None:
    doc = analyse("The plan was backed by Maria Lopez, who is the chief executive of Acme Corp, on Tuesday.")
    assert _by_name(extract_people(doc))["Maria Lopez"].role == "chief executive of Acme Corp"


def test_role_keeps_its_qualifier(analyse: Analyse) -> None:
    doc = analyse("The talks were led by former Foreign Minister Igor Ivanov in Moscow.")
    assert _by_name(extract_people(doc))["Igor Ivanov"].role == "former Foreign Minister"


def test_the_longest_role_wins(analyse: Analyse) -> None:
    doc = analyse(
        "President Vladimir Putin spoke first. Later, Russian President Vladimir Putin met reporters in the Kremlin."
    )
    assert _by_name(extract_people(doc))["Vladimir Putin"].role == "Russian President"


def test_courtesy_title_is_no_role(analyse: Analyse) -> None:
    doc = analyse("Mr. John Carter said he would appeal.")
    assert _by_name(extract_people(doc))["John Carter"].role is None


# --- overrides ------------------------------------------------------------------------


@pytest.fixture()
def two_people(analyse: Analyse) -> Doc:
    return analyse("Phil Simmons took four wickets. Glenn Fine, the Pentagon's acting inspector general, said Simmons was right.")


def test_override_drops_a_person(two_people: Doc) -> None:
    people = extract_people(two_people, overrides=Overrides(drop_people=("Phil Simmons",)))
    assert [p.name for p in people] == ["Glenn Fine"]


def test_override_drop_matches_an_alias_too(two_people: Doc) -> None:
    people = extract_people(two_people, overrides=Overrides(drop_people=("simmons",)))
    assert [p.name for p in people] == ["Glenn Fine"]


def test_override_sets_a_role(two_people: Doc) -> None:
    people = _by_name(extract_people(two_people, overrides=Overrides(roles=(("Phil Simmons", "all-rounder"), ("Glenn Fine", "watchdog")))))
    assert people["Phil Simmons"].role == "all-rounder"
    assert people["Glenn Fine"].role == "watchdog"


def test_override_merges_an_alias_into_a_canonical_name(two_people: Doc) -> None:
    people = extract_people(two_people, overrides=Overrides(merge=(("Glenn Fine", "Phil Simmons"),)))
    assert [p.name for p in people] == ["Phil Simmons"]
    merged = people[0]
    assert "Glenn Fine" in merged.aliases
    assert {m.text for m in merged.mentions} == {"Phil Simmons", "Simmons", "Glenn Fine"}


def test_override_merge_can_rename_a_person(two_people: Doc) -> None:
    people = _by_name(extract_people(two_people, overrides=Overrides(merge=(("Phil Simmons", "Philip Verant Simmons"),))))
    assert "Philip Verant Simmons" in people
    assert "Phil Simmons" in people["Philip Verant Simmons"].aliases


def test_override_for_an_unknown_name_changes_nothing(two_people: Doc) -> None:
    plain = extract_people(two_people)
    overridden = extract_people(
        two_people, overrides=Overrides(drop_people=("Nobody",), roles=(("Nobody", "x"),), merge=(("Nobody", "Someone"),))
    )
    assert overridden == plain


# --- reader-facing precision: non-persons, credits, half names, titles, former names, roles, confidence


def _confident_names(people: list[Person]) -> set[str]:
    return {n for p in people if p.confident for n in (p.name, *p.aliases)}


@pytest.mark.parametrize(
    "text, not_person",
    [
        ("Firefighters closed Corrigan Drive on Tuesday after a gas leak near the school.", "Corrigan Drive"),
        ("Police closed Linden Drive on Tuesday.", "Linden Drive"),
        ("Currently, said Dr. Omar Hessel, the clinic has no fuel for its generators.", "Currently"),
        ("Will He Write His Own ‘Dark Harvest’ in Prison?\nThe author dictated Dark Harvest in prison, and Dark Harvest sold well.",
         "Dark Harvest"),
        ("The firm bought the contract to operate Halvern Golf Links Ferry Point earlier this year.", "Halvern Golf Links Ferry Point"),
        ("Watchdog Chief Used Border Attack to Justify Program Renewal\nThe agency renewed the program on Monday.", "Used Border Attack"),
    ],
)
def test_streets_adverbs_works_venues_and_headline_verbs_are_not_confident_people(analyse: Analyse, text: str, not_person: str) -> None:
    assert not_person not in _confident_names(extract_people(analyse(text)))


def test_names_in_credits_and_bylines_are_not_confident(analyse: Analyse) -> None:
    text = (
        "Photo: Kelvin Marsh/Agency via Getty Images\n"
        "The mayor, Tanya Orrin, said on Monday that the new bridge would open in the spring next year.\n"
        "Orrin said the city had waited long enough for it."
    )
    people = extract_people(analyse(text))
    assert "Tanya Orrin" in _confident_names(people)
    assert "Kelvin Marsh" not in _confident_names(people)


def test_a_weak_one_off_name_alone_on_a_line_is_not_confident(analyse: Analyse) -> None:
    text = "Zeno Halloway\nThe council voted on Monday to close the old market and build new homes on the site."
    people = extract_people(analyse(text))
    assert [p.name for p in people] == ["Zeno Halloway"]  # still listed, for quotes and "Also mentioned"
    assert not people[0].confident


def test_first_name_alone_joins_the_full_name(analyse: Analyse) -> None:
    text = "Laura Fitzwalter kept a diary in the attic. Later Laura said she missed the garden most."
    people = extract_people(analyse(text))
    named = [p for p in people if "Laura" in (p.name, *p.aliases)]
    assert len(named) == 1 and named[0].name == "Laura Fitzwalter"


def test_a_lone_first_name_before_and_a_full_name_is_not_confident(analyse: Analyse) -> None:
    text = "Paul Redding, who was a longtime adviser to Bill and Hillary Clinton, said the race was close."
    people = extract_people(analyse(text))
    assert "Bill" not in _confident_names(people)
    assert _by_name(people)["Paul Redding"].role == "longtime adviser to Bill and Hillary Clinton"


def test_names_split_by_non_breaking_spaces_stay_one_name(analyse: Analyse) -> None:
    text = "A man known as Corwin\xa0\xa0Abernathy was pronounced dead at the hospital, police said."
    names = {" ".join(p.name.split()) for p in extract_people(analyse(text))}
    assert "Corwin Abernathy" in names and "Corwin" not in names


def test_a_title_word_is_cut_from_the_name_and_kept_as_the_role(analyse: Analyse) -> None:
    people = _by_name(extract_people(analyse("Host Drew Carlton opened the show. Carlton said he was happy to be back.")))
    assert "Drew Carlton" in people and "Host Drew Carlton" not in people
    assert people["Drew Carlton"].role == "Host"


@pytest.mark.parametrize(
    ("text", "listed", "words"),
    [
        pytest.param(
            "The hearing was closed, but New York Congressman Pete King spoke to reporters afterwards. King said it went well.",
            {"Pete King"},
            ("Congressman",),
            id="a title before a surname that spells a title is still cut",
        ),
        pytest.param(
            'Anderson Coleman asked about the attack.\n\nA reporter said:\n\n"Well Anderson, according to the witness it began at noon."',
            {"Anderson Coleman"},
            ("Well",),
            id="an interjection opening a reply is no given name",
        ),
        pytest.param(
            "Jane Marlowe and Tom Brisket spoke in Ames on Monday. Both Brisket and Marlowe said the race was close. "
            "Team Marlowe said it would win. Several Twitter users mocked the claim, and Twitter said it would review the posts.",
            {"Jane Marlowe", "Tom Brisket"},
            ("Both", "Team", "Twitter"),
            id="quantifiers, teams and web platforms are no names",
        ),
        pytest.param(
            "It was the legacy of Presidents Reagan and Bush, the aide said. The plan drew fire from Senators Mitch "
            "Holloway and Ann Brisket. Holloway said the cost was too high.",
            {"Mitch Holloway", "Ann Brisket"},
            ("Presidents", "Senators"),
            id="a title in the plural is no part of a name",
        ),
        pytest.param(
            "Hurricane Edouard moved north on Tuesday, and Tropical Storm Fran formed behind it, forecaster Jim Lushine said.",
            {"Jim Lushine"},
            ("Edouard", "Fran"),
            id="a named storm is no person",
        ),
        pytest.param(
            "The Weather Service said the rain would stop, forecaster Jim Lushine said. Glasgow Rangers beat Hearts 2-1, "
            "and Rangers manager Walter Smith was pleased.",
            {"Jim Lushine", "Walter Smith"},
            ("Rangers", "Service"),
            id="a club or service named with its kind is no person",
        ),
    ],
)
def test_words_that_are_no_name_stay_out_of_the_people(analyse: Analyse, text: str, listed: set[str], words: tuple[str, ...]) -> None:
    names = {p.name for p in extract_people(analyse(text))}
    for word in words:
        _assert_listed_without(names, listed, word)


def test_former_name_is_an_alias_of_the_current_one(analyse: Analyse) -> None:
    text = "The singer Jane Roewood, formerly known as Mary Doberly, said she would tour again. Roewood said it starts in May."
    people = extract_people(analyse(text))
    jane = next(p for p in people if "Mary Doberly" in (p.name, *p.aliases))
    assert jane.name == "Jane Roewood"
    assert not any(p.name == "Mary Doberly" for p in people)


def test_an_administrator_is_a_role(analyse: Analyse) -> None:
    text = "That is the view of football coach and administrator Renaldo Gilbey as the team prepares for four games."
    role = _by_name(extract_people(analyse(text)))["Renaldo Gilbey"].role
    assert role is not None and "administrator" in role


def test_a_role_is_not_cut_mid_phrase(analyse: Analyse) -> None:
    text = "It is easy to see, said Jonas Prell, the second blogger to visit the camp this year."
    role = _by_name(extract_people(analyse(text)))["Jonas Prell"].role
    assert role is not None and not role.endswith(" to")


def test_an_honorific_alone_is_not_a_role(analyse: Analyse) -> None:
    people = _by_name(extract_people(analyse("Dr. Amira Selton said supplies were short at the clinic.")))
    assert people["Amira Selton"].role is None


def test_an_organisation_in_the_possessive_is_the_role(analyse: Analyse) -> None:
    text = "Schools are watching students closely, the Civic Rights Union's Jordan Pell tells reporters."
    people = _by_name(extract_people(analyse(text)))
    assert people["Jordan Pell"].role == "Civic Rights Union"


def test_a_participle_before_the_office_stays_in_the_role(analyse: Analyse) -> None:
    text = "Readers were angry, said Pat Morrow, managing editor of the weekly paper."
    assert _by_name(extract_people(analyse(text)))["Pat Morrow"].role == "managing editor of the weekly paper"


def test_an_author_credited_in_brackets_is_not_confident(analyse: Analyse) -> None:
    text = (
        "Why small towns are losing their banks (Marta Kellin — The Weekly Ledger)\n"
        "The bank closed its last branch in the valley on Friday, staff said."
    )
    assert "Marta Kellin" not in _confident_names(extract_people(analyse(text)))


@pytest.mark.parametrize(
    "text, not_person",
    [
        ("Smoke covered parts of the states of Vaslo Grande and Teralta, local reports said.", "Vaslo Grande"),
        ("The second restaurant is at 214 E. Fourteen Mile, next to the old cinema.", "E. Fourteen Mile"),
    ],
)
def test_places_after_of_a_place_noun_or_an_address_number_are_not_confident(analyse: Analyse, text: str, not_person: str) -> None:
    assert not_person not in _confident_names(extract_people(analyse(text)))


def test_a_past_participle_after_a_possessive_stays_in_the_role(analyse: Analyse) -> None:
    text = "A month later, Harmon’s appointed deputy, Gerald Fenwick, signed the order."
    assert _by_name(extract_people(analyse(text)))["Gerald Fenwick"].role == "Harmon’s appointed deputy"


def test_courtesy_honorifics_between_an_apposition_and_the_name_are_skipped(analyse: Analyse) -> None:
    text = "Ruritania’s Prime Minister and Chairman of the Regional Authority, Dr the Rt. Hon. Keith Mollon has backed the plan."
    role = _by_name(extract_people(analyse(text)))["Keith Mollon"].role
    assert role is not None and "Prime Minister" in role


def test_a_doubtful_name_inside_a_role_does_not_cut_the_role(analyse: Analyse) -> None:
    text = "“The air used to be clean,” said Alberto Kuramoto, a Vila Serena resident who posted photos of the smoke."
    role = _by_name(extract_people(analyse(text)))["Alberto Kuramoto"].role
    assert role is not None and role.endswith("resident")


def test_a_slash_joins_two_occupations_in_a_title(analyse: Analyse) -> None:
    text = "The memoir was credited to her and the writer/activist William Duffield, who met her in 1955."
    assert _by_name(extract_people(analyse(text)))["William Duffield"].role == "writer/activist"


def test_the_object_of_a_verb_before_a_comma_is_not_the_next_name_s_role(analyse: Analyse) -> None:
    text = "Among the state lawmakers who have endorsed a candidate, Amy Kolbrecht (17) and Elaine Warrick (12) lead."
    assert _by_name(extract_people(analyse(text)))["Amy Kolbrecht"].role is None


def test_an_apposition_at_the_start_of_a_line_gives_the_role(analyse: Analyse) -> None:
    text = (
        "Talks resume.\n\n"
        "Freedonia’s Prime Minister and Chairman of the Trade Council, Dr the Rt. Hon. Keith Mollon has backed the plan."
    )
    role = _by_name(extract_people(analyse(text)))["Keith Mollon"].role
    assert role is not None and "Prime Minister" in role


def test_the_end_of_a_title_before_a_given_name_is_not_part_of_the_name(analyse: Analyse) -> None:
    text = "The Minister of Internal Affairs Thomas Feldane said on Friday the border would stay open."
    names = {p.name for p in extract_people(analyse(text))}
    assert "Thomas Feldane" in names and not any("Affairs" in n for n in names)


def test_a_hyphenated_title_or_an_assembly_gives_no_person(analyse: Analyse) -> None:
    text = (
        "Their leader Omar Dasseri met the Secretary-General of the Northern Union in the capital.\n"
        "The draft will go to the United Nations General Assembly next week."
    )
    names = {p.name for p in extract_people(analyse(text)) if p.confident}
    assert not any(n.startswith("-") or n.endswith("Assembly") or n == "General" for n in names)


def test_a_noun_for_a_national_is_cut_and_a_common_given_name_is_evidence(analyse: Analyse) -> None:
    text = "Dutchman Gert Vanderslooten scored twice before half-time."
    names = {p.name for p in extract_people(analyse(text)) if p.confident}
    assert names == {"Gert Vanderslooten"}


def test_scorers_before_the_minute_are_people_but_a_numbered_street_is_not(analyse: Analyse) -> None:
    text = (
        "Rivertown 2 (Vandoorne 12th, Kessler 85th) Lakeside 1 (Oribe 40th).\n"
        "Police closed the area near Southwest 117th Avenue on Monday."
    )
    names = {p.name for p in extract_people(analyse(text))}  # a lone surname with one cue is listed, not always confident
    assert {"Vandoorne", "Kessler", "Oribe"} <= names
    assert "Southwest" not in names


def test_a_surname_with_a_cue_in_a_results_table_is_confident(analyse: Analyse) -> None:
    table = analyse("Rivertown 2 (Vandoorne 12th, Kessler 85th) Lakeside 1 (Oribe 40th).")
    assert {"Vandoorne", "Oribe"} <= {p.name for p in extract_people(table) if p.confident}


def test_a_name_of_a_country_a_minute_in_brackets_or_after_speaker_is_a_person(analyse: Analyse) -> None:
    text = (
        "The champion faces Jelka Mirovna of Slovenia in the first round.\n"
        "Scorers: Ruritania - Tavo Marquell (46th minute).\n"
        "Parliament's press officer said Speaker Orvo Tamsik will convene the college."
    )
    names = {p.name for p in extract_people(analyse(text)) if p.confident}
    assert {"Jelka Mirovna", "Tavo Marquell", "Orvo Tamsik"} <= names



def test_jesus_as_a_given_name_stays_in_the_name(analyse: Analyse) -> None:
    names = {p.name for p in extract_people(analyse("Mexico's Jesus Orvalde Marin scored twice, the coach said."))}
    assert "Jesus Orvalde Marin" in names


def test_clubs_named_with_a_club_word_are_not_people(analyse: Analyse) -> None:
    text = "Dynamo Korvask beat St Ormund 2-1 on Sunday, while Real Valtera drew with Lokomotiv Brenz."
    names = {p.name for p in extract_people(analyse(text)) if p.confident}
    assert not names & {"Dynamo Korvask", "St Ormund", "Real Valtera", "Lokomotiv Brenz"}


def test_sides_of_a_match_result_are_not_people(analyse: Analyse) -> None:
    text = "Results on Sunday:\nVarnholm Kessing 2 Osterby Talmund 1\nGrelling Moss 0 Brandt Halvik 0"
    names = {p.name for p in extract_people(analyse(text)) if p.confident}
    assert not names & {"Varnholm Kessing", "Osterby Talmund", "Grelling Moss", "Brandt Halvik"}


def test_sides_of_a_match_result_with_countries_or_scorers_in_brackets_are_not_people(analyse: Analyse) -> None:
    text = (
        "Cup results on Thursday:\n"
        "Varnholm Kessing (Ruritania) 2 Osterby Talmund (Borduria) 1\n"
        "Grelling Moss 1 (Tavo Marquell 39th) Brandt Halvik 1 (Orvo Tamsik 82nd)."
    )
    names = _confident_names(extract_people(analyse(text)))
    assert not names & {"Varnholm Kessing", "Osterby Talmund", "Grelling Moss", "Brandt Halvik"}
    assert {"Tavo Marquell", "Orvo Tamsik"} <= names


def test_rows_of_a_league_table_are_teams_but_a_golf_card_lists_people(analyse: Analyse) -> None:
    table = analyse(
        "Standings (played, won, drawn, lost, goals for, against, points):\n"
        "Varnholm Kessing 6 4 2 0 13 5 14\nOsterby Talmund 6 3 2 1 9 6 11"
    )
    assert not _confident_names(extract_people(table)) & {"Varnholm Kessing", "Osterby Talmund"}
    card = analyse("Leading scores after four rounds:\nTomas Vell 68 72 69 68\nAdi Marsh 70 70 71 69")
    assert {"Tomas Vell", "Adi Marsh"} <= _confident_names(extract_people(card))


def test_a_club_in_brackets_after_a_listed_player_is_no_person(analyse: Analyse) -> None:
    text = (
        "Leading goalscorers:\n"
        "5 - Jorge Quintela (Brandt Halvik), Ruben Kettler (Osterby Talmund), Helder Varela (Grelling Moss)"
    )
    names = _confident_names(extract_people(analyse(text)))
    assert {"Jorge Quintela", "Ruben Kettler", "Helder Varela"} <= names
    assert not names & {"Brandt Halvik", "Osterby Talmund", "Grelling Moss"}


def test_a_scorer_at_a_minute_is_a_person_even_when_tagged_a_common_noun(analyse: Analyse) -> None:
    text = "Ostervik 3 (Walker 27th, Fisher 44th, 57th)\nVolendam 0."
    assert {"Walker", "Fisher"} <= _confident_names(extract_people(analyse(text)))


def test_clubs_in_brackets_do_not_count_as_items_of_a_squad_list(analyse: Analyse) -> None:
    text = (
        "Squad:\nMidfielders - Tavo Marquell (Grelling), Jorge Quintela (Osterby), Carlinhos Santos (Varnholm), "
        "Ruben Kettler (Brandt), Helder Varela (Lakeside)."
    )
    people = _by_name(extract_people(analyse(text)))
    assert {"Tavo Marquell", "Jorge Quintela", "Carlinhos Santos", "Ruben Kettler", "Helder Varela"} <= set(people)
    assert people["Jorge Quintela"].role is None  # no role made of the line's head and the name before


def test_a_lone_word_whose_only_cue_is_a_reporting_verb_is_not_confident(analyse: Analyse) -> None:
    agency = extract_people(analyse("The government assessed the agreement positively, the news agency Tanjug said."))
    assert "Tanjug" not in _confident_names(agency)
    titled = extract_people(analyse("Mayor Brakk said the road would reopen."))
    assert "Brakk" in _confident_names(titled)


def test_bowlers_before_their_figures_are_people(analyse: Analyse) -> None:
    names = _confident_names(extract_people(analyse("Bowling: Tamsik 12-1-76-0, Brakeley 22-6-56-2, Salisbury 17-0-91-0.")))
    assert {"Tamsik", "Brakeley", "Salisbury"} <= names


def test_batsmen_before_their_dismissal_are_people(analyse: Analyse) -> None:
    text = "Batting:\nMarco Varela c Brakk b Velmar 61\nTavo-ul-Marq c Hessel b Velmar 35\nK. Varnel lbw b Orvo Tamsik 54"
    assert {"Tavo-ul-Marq", "K. Varnel"} <= _confident_names(extract_people(analyse(text)))


def test_a_ranked_entry_of_a_results_list_keeps_its_whole_name(analyse: Analyse) -> None:
    text = (
        "Men's 100 metres\n4. Ato Boldon (Trinidad) 10.12\n6. Sunday Bada (Nigeria) 45.21\n"
        "4 - Kimiko Date (Japan) beat Yone Kamio (Japan) 6-2 7-5\nNathalie Dechy (France) beat Christina Singer (Germany) 6-4 6-0"
    )
    names = _confident_names(extract_people(analyse(text)))
    assert {"Ato Boldon", "Sunday Bada", "Kimiko Date", "Christina Singer"} <= names
    assert not names & {"Boldon", "Bada"}


def test_a_scorer_whose_minute_wraps_to_the_next_line_is_a_person(analyse: Analyse) -> None:
    text = "Ostervik 3 (Varnel 15th, Brakk\n59th, Tamsik 73rd)\nVolendam 0."
    assert "Brakk" in _confident_names(extract_people(analyse(text)))


def test_a_lower_case_particle_opens_a_surname_at_the_start_of_an_item(analyse: Analyse) -> None:
    text = "Varnholm 1 (Kessel 30th) Osterby 1 (Gerard\nde Varnholt 80th).\nBowling: Orvo 7-0-29-0, de Marsan 4-0-25-0."
    names = _all_names(extract_people(analyse(text)))
    assert {"de Varnholt", "de Marsan"} <= names
    assert not names & {"Varnholt", "Marsan"}


def test_a_name_the_article_writes_as_a_firms_is_no_person(analyse: Analyse) -> None:
    firm = analyse("Finnish foodstuffs group Varnola Oy said on Monday it expects profit to rise.\nVarnola said its profit fell.")
    assert not _confident_names(extract_people(firm))
    bank = analyse("Tomas Brakewell & Co. won the bonds.\nThe issue was won by Tomas Brakewell.")
    assert "Tomas Brakewell" not in _confident_names(extract_people(bank))
    owner = analyse("Jane Roe, chief executive of Roe Holdings, said sales rose. Roe said more would follow.")
    assert "Jane Roe" in _confident_names(extract_people(owner))


def test_occupations_and_nationality_nouns_glued_to_a_name_are_cut_off(analyse: Analyse) -> None:
    text = (
        "Two weeks ago the club, coached by Pole Wojtek Varnowski, met its rivals.\n"
        "Chief Accountant Natalya Brekova said the farm is short of cash.\n"
        "Lawyer Cesare dal Marso told the agency that the suspect confessed.\n"
        "Teenager Yuuichi Takemoto won both races."
    )
    people = _by_name(extract_people(analyse(text)))
    assert {"Wojtek Varnowski", "Natalya Brekova", "Cesare dal Marso", "Yuuichi Takemoto"} <= set(people)
    assert people["Natalya Brekova"].role == "Chief Accountant"


def test_a_name_before_a_comma_in_a_line_up_is_not_taken_for_a_place(analyse: Analyse) -> None:
    text = "Squad:\nGoalkeepers - Tavio Brenha, Rui Maltez.\nDefenders - Jorge Quintela, Carlinhos Santos, Helder Varela."
    assert "Jorge Quintela" in _confident_names(extract_people(analyse(text)))


def test_fielders_and_bowlers_in_a_scorecard_are_people(analyse: Analyse) -> None:
    text = "Batting:\nTomas Vell c Harrow b Quenby 61\nAdi Marsh lbw b Quenby 0"
    names = {p.name for p in extract_people(analyse(text))}
    assert {"Harrow", "Quenby"} <= names


def test_monsignor_is_a_title_not_part_of_the_name(analyse: Analyse) -> None:
    text = "Last week the camp was visited by Monsignor Aurelio Castagni, the apostolic administrator."
    assert "Aurelio Castagni" in {p.name for p in extract_people(analyse(text))}


def test_a_month_range_or_an_fc_club_is_no_person(analyse: Analyse) -> None:
    text = "Exports rose 4 percent in Jan-May, the ministry said. F.C. Varnau Doltest won the cup."
    names = {p.name for p in extract_people(analyse(text)) if p.confident}
    assert not any("Jan" in n or "F.C." in n for n in names)


def test_a_holiday_greeting_is_no_person(analyse: Analyse) -> None:
    names = {p.name for p in extract_people(analyse("Happy Rosh Hashanah to all our readers, the editor wrote on Friday."))}
    assert not any("Hashanah" in n for n in names)


# --- issue 13: names split or glued -------------------------------------------------------


def test_a_middle_name_used_alone_is_the_same_person(analyse: Analyse) -> None:
    text = (
        "“He is tired all the time,” said Camille Etienne Gbedey, his mother.\n\n"
        "“Maybe there is a doctor out there who can help,” Etienne said."
    )
    people = extract_people(analyse(text))
    assert [p.name for p in people] == ["Camille Etienne Gbedey"]
    assert "Etienne" in people[0].aliases


def test_a_footnote_number_glued_to_a_surname_leaves_the_name_whole(analyse: Analyse) -> None:
    text = "Warren leads among legislators, per a list compiled by political scientist Boris Shor.3 And the papers agree."
    names = _all_names(extract_people(analyse(text)))
    assert "Boris Shor" in names and "Boris" not in names


def test_a_middle_word_does_not_join_a_show_named_for_someone(analyse: Analyse) -> None:
    text = (
        "Sitting down with MSNBC's \"The Jane Roe Show\" on Thursday, the senator spoke of her plans.\n\n"
        '"In any other year they would be on the list," Roe said of the candidates.'
    )
    people = extract_people(analyse(text))
    assert not any(p.name.endswith("Show") and "Roe" in p.aliases for p in people)


def test_a_name_inside_a_quoted_title_is_not_confident(analyse: Analyse) -> None:
    text = (
        "The boycotters were appalled, and started a “Committee to Boycott Nixon’s Memoirs,” a callback to the "
        "“Committee to Reelect the President.” Richard Nixon did not reply."
    )
    _assert_listed_without(_confident_names(extract_people(analyse(text))), {"Richard Nixon"}, "Boycott")


def test_a_word_the_article_reads_as_a_place_elsewhere_is_not_a_person(analyse: Analyse) -> None:
    text = (
        "Update | Deceased Clarendon crash victims identified | Photo\n\n"
        "The police have identified the two people killed in a crash in Osborne Store, Clarendon Tuesday.\n\n"
        "They are Heather Grant, 33, a vendor of May Pen, Clarendon, and Marlon Reid, 41, a farmer."
    )
    _assert_listed_without(_confident_names(extract_people(analyse(text))), {"Heather Grant", "Marlon Reid"}, "Clarendon")


def test_an_inverted_cue_opening_a_line_is_not_part_of_the_name(analyse: Analyse) -> None:
    text = (
        "Roger Stone spoke on the radio on Monday.\n\n"
        "Stated Stone:\n\n\u201cThe stakes are so high.\u201d\n\nSaid Ellis: \u201cWe will see.\u201d"
    )
    names = _all_names(extract_people(analyse(text)))
    assert "Stated Stone" not in names and "Said Ellis" not in names
    assert "Ellis" in names


def test_a_name_its_clause_calls_her_is_a_person_even_tagged_an_organisation(analyse: Analyse) -> None:
    text = "On Wednesday, Carly Vensk threw her support behind the senator.\n\nThe firm Acme Corp raised its prices."
    doc = analyse(text)
    doc.ents = [e for e in doc.ents if e.end <= 3] + [Span(doc, 3, 5, "ORG")] + [e for e in doc.ents if e.start >= 5]
    _assert_listed_without(_all_names(extract_people(doc)), {"Carly Vensk"}, "Acme")


def test_a_name_after_a_role_its_clause_calls_her_is_a_person(analyse: Analyse) -> None:
    text = "Former Dunmore-Packard CEO Carly Fiorella named a Washington favorite as her guilty pleasure."
    assert "Carly Fiorella" in _all_names(extract_people(analyse(text)))


def test_a_name_after_its_office_is_a_person_where_the_parse_makes_it_modify_a_verb(analyse: Analyse) -> None:
    text = "The hall was half-empty when presidential candidate Carly Vensk strode onstage, smiling and waving."
    assert "Carly Vensk" in _all_names(extract_people(analyse(text)))


def test_an_office_word_after_a_is_no_introduction(analyse: Analyse) -> None:
    text = "Jim Roe, a veteran Foo Bar participant, said the course was hard."
    _assert_listed_without(_all_names(extract_people(analyse(text))), {"Jim Roe"}, "Foo")


def test_a_capitalised_headline_running_past_a_name_is_no_person(analyse: Analyse) -> None:
    text = (
        "Harbor Widow Dorothy Vensk Defends Trump Amid Budget-Related Controversies.\n\n"
        "Dorothy Vensk, whose husband died in 2012, said on Monday that she supports Donald Trump."
    )
    _assert_listed_without(_all_names(extract_people(analyse(text))), {"Dorothy Vensk"}, "Defends")
