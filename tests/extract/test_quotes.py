"""Quotes: every direct quote with the right speaker (issue 4).

Each form news uses to attribute a quote has a short made-up example; the expected
speaker is what a reader of the sentence would say. People are built by hand (names and
their mentions found in the text) so these tests do not depend on the people extractor.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

import pytest
from spacy.tokens import Doc, Span

from builder.extract.quotes import extract_quotes, rank_key_quotes
from builder.model import Person, Quote, TextSpan

JANE = ("Jane Doe", ("Doe",))
JOHN = ("John Smith", ("Smith",))
TRUMP = ("Donald Trump", ("Trump",))


def people_in(text: str, *names: tuple[str, tuple[str, ...]]) -> list[Person]:
    """Persons with every mention of their name or aliases in ``text`` (longest form first)."""
    people = []
    for name, aliases in names:
        mentions: list[TextSpan] = []
        taken: set[int] = set()
        for form in sorted((name, *aliases), key=len, reverse=True):
            for match in re.finditer(rf"\b{re.escape(form)}\b", text):
                if match.start() not in taken:
                    taken.update(range(match.start(), match.end()))
                    mentions.append(TextSpan(form, match.start(), match.end()))
        people.append(Person(name=name, aliases=aliases, mentions=tuple(sorted(mentions, key=lambda m: m.start))))
    return people


@pytest.fixture(scope="module")
def quotes_of(analyse: Callable[[str], Doc]) -> Callable[..., list[Quote]]:
    def run(text: str, *names: tuple[str, tuple[str, ...]]) -> list[Quote]:
        doc = analyse(text)
        quotes = extract_quotes(doc, people_in(text, *names))
        for quote in quotes:
            assert doc.text[quote.start : quote.end] == quote.text
        return quotes

    return run


def only(quotes: list[Quote]) -> Quote:
    assert len(quotes) == 1, quotes
    return quotes[0]


# --------------------------------------------------------------------------- attribution forms


def test_quote_then_name_said(quotes_of) -> None:
    quote = only(quotes_of('"The bridge will open in May," Doe said on Tuesday.', JANE))
    assert quote.text == "The bridge will open in May,"
    assert quote.speaker == "Jane Doe"
    assert quote.cue == "said"


def test_quote_then_inverted_said_name_with_apposition(quotes_of) -> None:
    quote = only(quotes_of('"The bridge will open in May," said Jane Doe, the mayor of Springfield.', JANE))
    assert quote.speaker == "Jane Doe"


def test_name_said_colon_quote(quotes_of) -> None:
    quote = only(quotes_of('Jane Doe said: "The bridge will open in May."', JANE))
    assert quote.text == "The bridge will open in May."
    assert quote.speaker == "Jane Doe"


def test_person_in_apposition_to_a_description(quotes_of) -> None:
    quote = only(quotes_of('"The bridge will open in May," the city treasurer, John Smith, told reporters.', JOHN))
    assert quote.speaker == "John Smith"


def test_description_mentioning_a_person_is_not_that_person(quotes_of) -> None:
    quote = only(quotes_of('"The bridge will open in May," a longtime friend of Jane Doe told reporters.', JANE))
    assert quote.speaker == "a longtime friend of Jane Doe"


def test_according_to_a_source_that_is_not_a_person(quotes_of) -> None:
    quote = only(quotes_of('According to the city report, "the bridge is unsafe for heavy trucks."'))
    assert quote.speaker == "the city report"
    assert quote.cue == "according to"


def test_person_named_before_a_participle_cue(quotes_of) -> None:
    quote = only(quotes_of('The new ad uses footage of Jane Doe saying, "We will open the bridge in May."', JANE))
    assert quote.speaker == "Jane Doe"


def test_non_person_subject_is_kept_as_written(quotes_of) -> None:
    quote = only(quotes_of('"Prices will rise next year," the central bank said.'))
    assert quote.speaker == "the central bank"


def test_canonical_name_replaces_a_surname(quotes_of) -> None:
    quote = only(quotes_of('"We will build it quickly," Trump said at the rally.', TRUMP))
    assert quote.speaker == "Donald Trump"


def test_speaker_named_in_the_previous_sentence(quotes_of) -> None:
    quote = only(quotes_of('Jane Doe said the budget was balanced. "Every number has been checked twice."', JANE))
    assert quote.speaker == "Jane Doe"


def test_speaker_named_in_the_next_sentence(quotes_of) -> None:
    quote = only(quotes_of('"The bridge will open in May." That is what Jane Doe told the council on Monday.', JANE))
    assert quote.speaker == "Jane Doe"


def test_next_sentence_reporting_its_own_statement_is_not_the_cue(quotes_of) -> None:
    text = 'Jane Doe said the vote was "a turning point for the city." John Smith said it would change nothing.'
    assert only(quotes_of(text, JANE, JOHN)).speaker == "Jane Doe"


def test_pronoun_resolves_to_the_last_person_subject(quotes_of) -> None:
    text = 'Jane Doe opened the council meeting on Monday.\n\n"We will not raise taxes this year," she said.'
    assert only(quotes_of(text, JANE)).speaker == "Jane Doe"


def test_pronoun_skips_a_person_of_the_other_gender(quotes_of) -> None:
    text = (
        "Jane Doe opened the council meeting. She thanked the staff.\n\n"
        "John Smith, the treasurer, disagreed with the plan.\n\n"
        '"The numbers do not add up," he said.\n\n'
        '"They will add up by June," she said.'
    )
    first, second = quotes_of(text, JANE, JOHN)
    assert first.speaker == "John Smith"
    assert second.speaker == "Jane Doe"


def test_pronoun_after_an_unnamed_woman_stays_unknown(quotes_of) -> None:
    text = 'Jane Doe left early. A woman in the front row stood up.\n\n"Nobody asked us about the bridge," she said.'
    assert only(quotes_of(text, JANE)).speaker is None


def test_pronoun_after_an_unnamed_womans_words_stays_unknown(quotes_of) -> None:
    text = 'Jane Doe spoke at noon. The woman\'s anger was plain to see.\n\n"Nobody asked us about the bridge," she said.'
    assert only(quotes_of(text, JANE)).speaker is None


def test_pronoun_for_a_person_named_after_the_unnamed_one_is_resolved(quotes_of) -> None:
    text = 'The woman\'s anger was plain to see. Jane Doe stood up.\n\n"Nobody asked us about the bridge," she said.'
    assert only(quotes_of(text, JANE)).speaker == "Jane Doe"


def test_words_reported_inside_another_statement_belong_to_the_reporter(quotes_of) -> None:
    text = 'John Smith said that Doe once described the plan as "the gold standard" of city budgets.'
    quote = only(quotes_of(text, JANE, JOHN))
    assert quote.speaker == "John Smith"
    assert quote.cue == "said"


def test_source_phrase_keeps_hyphenated_words_and_coordinated_sources(quotes_of) -> None:
    text = 'According to a 12-page report by the council and a 3-page memo by the mayor, the plan was "a costly mistake" from the start.'
    quote = only(quotes_of(text))
    assert quote.speaker == "a 12-page report by the council and a 3-page memo by the mayor"


def test_description_with_a_name_in_apposition_gives_the_name(quotes_of) -> None:
    text = 'His former business partner, Lawrence Cummings, said the plan was "a costly mistake from the very start."'
    assert only(quotes_of(text)).speaker == "Lawrence Cummings"


def test_pronoun_with_only_passing_mentions_stays_unknown(quotes_of) -> None:
    text = 'The crowd cheered for Jane Doe and John Smith.\n\n"We did it at last, after ten years," she said.'
    assert only(quotes_of(text, JANE, JOHN)).speaker is None


def test_pronoun_skips_a_name_inside_what_the_same_pronoun_believes(quotes_of) -> None:
    text = 'Jane Doe spoke last. She said she believes Smith is right.\n\n"The votes are there for the override," she said.'
    assert only(quotes_of(text, JANE, JOHN)).speaker == "Jane Doe"


def test_several_quoted_sentences_in_a_row_share_the_speaker(quotes_of) -> None:
    text = '"The bridge will open in May," Jane Doe said. "After that we start on the tunnel."'
    first, second = quotes_of(text, JANE)
    assert second.text == "After that we start on the tunnel."
    assert first.speaker == second.speaker == "Jane Doe"


def test_quote_before_an_attributed_quote_takes_its_speaker(quotes_of) -> None:
    text = '"We start on the bridge in May." "The tunnel follows in June," Jane Doe said.'
    assert [q.speaker for q in quotes_of(text, JANE)] == ["Jane Doe", "Jane Doe"]


def test_next_paragraph_quote_continues_the_speaker(quotes_of) -> None:
    text = '"The bridge will open in May," Jane Doe said.\n\n"After that we start on the tunnel."'
    assert [q.speaker for q in quotes_of(text, JANE)] == ["Jane Doe", "Jane Doe"]


def test_fragment_in_a_later_sentence_does_not_inherit_the_last_speaker(quotes_of) -> None:
    text = '"The bridge is safe," Jane Doe said. The council later approved a "temporary repair plan for the east side."'
    quotes = quotes_of(text, JANE)
    assert quotes[0].speaker == "Jane Doe"
    # the writer's fragment is credited to no one (and, credited to no one, is no quote at all)
    assert all(q.speaker is None for q in quotes[1:])
    assert [q.text for q in quotes[1:]] == []


def test_quote_spanning_paragraphs_repeats_the_opening_mark(quotes_of) -> None:
    text = 'Jane Doe told the council:\n\n"The bridge will open in May.\n\n"After that we start on the tunnel."'
    first, second = quotes_of(text, JANE)
    assert first.text == "The bridge will open in May."
    assert second.text == "After that we start on the tunnel."
    assert first.speaker == second.speaker == "Jane Doe"


def test_dash_attribution(quotes_of) -> None:
    quote = only(quotes_of("“Never build what you cannot maintain.” — Jane Doe", JANE))
    assert quote.speaker == "Jane Doe"
    assert quote.cue == "—"


def test_dash_followed_by_a_comment_is_not_an_attribution(quotes_of) -> None:
    text = 'Jane Doe called the plan "a bridge to nowhere" - a phrase that stuck.'
    assert only(quotes_of(text, JANE)).speaker == "Jane Doe"


def test_partial_quote_inside_reported_speech(quotes_of) -> None:
    quote = only(quotes_of('Jane Doe said the budget was "a disaster for every family" and left.', JANE))
    assert quote.text == "a disaster for every family"
    assert quote.speaker == "Jane Doe"
    assert quote.key is False  # a fragment, not a quoted sentence


def test_owner_of_a_speech_noun_is_the_speaker(quotes_of) -> None:
    text = 'Reporters checked Jane Doe\'s claim that the bridge had "never once been closed for repairs."'
    assert only(quotes_of(text, JANE)).speaker == "Jane Doe"


def test_per_a_document_names_the_source(quotes_of) -> None:
    quote = only(quotes_of('Per the city charter, the mayor must "present a balanced budget every spring."'))
    assert quote.speaker == "the city charter"


def test_paragraph_ending_in_a_colon_introduces_the_next_quote(quotes_of) -> None:
    text = 'On Monday, Jane Doe made the following comment:\n\n"The bridge will open in May, whatever the council decides."'
    assert only(quotes_of(text, JANE)).speaker == "Jane Doe"


def test_unattributed_quote_has_no_speaker(quotes_of) -> None:
    assert only(quotes_of('"Nobody knows what happens next."')).speaker is None


def test_reporting_verb_next_to_the_quote_beats_the_main_verb(quotes_of) -> None:
    quote = only(quotes_of('The new ad ends with footage of Smith saying, "I will fix the bridge myself."', JOHN))
    assert quote.speaker == "John Smith"


def test_parenthetical_reporter_speaks_for_the_whole_sentence(quotes_of) -> None:
    quote = only(quotes_of('Most voters, Doe said, have come to believe "that the bridge is a waste of money."', JANE))
    assert quote.speaker == "Jane Doe"


def test_person_in_apposition_after_a_prepositional_phrase(quotes_of) -> None:
    text = 'His former partner at Acme, John Smith, called him a genius. "He closed deals nobody else could close."'
    quotes = quotes_of(text, JOHN)
    assert quotes[0].speaker == "John Smith"


def test_issuer_of_a_statement_is_the_source(quotes_of) -> None:
    quote = only(quotes_of('The city council issued a statement calling the plan "a clear violation of the law."'))
    assert quote.speaker == "The city council"


def test_as_a_source_put_it(quotes_of) -> None:
    quote = only(quotes_of('The main requirement is a "lawful source of investment income," as a city memo put it.'))
    assert quote.speaker == "a city memo"


def test_cue_after_the_quote_beats_a_relative_clause_before_it(quotes_of) -> None:
    text = 'The four changes he proposed are "a new bridge, a new school, a new park and lower taxes," the newspaper reported.'
    quote = only(quotes_of(text))
    assert quote.speaker == "the newspaper"


def test_colon_after_a_noun_phrase_introduces_the_quote(quotes_of) -> None:
    quote = only(quotes_of('The newspaper used one of her remarks as its headline: "Finally someone who thinks like me."'))
    assert quote.speaker == "The newspaper"


def test_cue_of_the_previous_quote_is_not_reused_across_a_new_clause(quotes_of) -> None:
    text = '"Are you watching?" Doe asked, but the room was quiet, and as Smith went on about "a rigged system," the crowd cheered.'
    quotes = quotes_of(text, JANE, JOHN)
    assert [q.speaker for q in quotes] == ["Jane Doe", "John Smith"]


def test_object_of_a_preposition_is_never_the_nearby_speaker(quotes_of) -> None:
    text = (
        "At a panel in Chicago, Jane Doe, the head of the Urban League, firmly told a student who suggested that "
        'people may skip the vote that "not voting is not a viable strategy for anyone."'
    )
    quote = only(quotes_of(text, JANE))
    assert quote.speaker == "Jane Doe"


def test_pronoun_skips_people_inside_what_someone_else_said(quotes_of) -> None:
    text = 'Doe said Smith does not show any consistency.\n"It only happens when the cameras are on," she said.'
    quote = only(quotes_of(text, JANE, JOHN))
    assert quote.speaker == "Jane Doe"


def test_pronoun_after_an_unknown_person_stays_unknown(quotes_of) -> None:
    text = 'Jane Doe spoke first.\nThen Peter Kowalski took the stage. "We will win this state," he said.'
    quote = only(quotes_of(text, JANE))
    assert quote.speaker is None


def test_pronoun_after_a_person_the_people_list_lacks_but_the_text_names_twice_is_that_name(quotes_of) -> None:
    text = (
        "Kowalski told the crowd about her parents on Tuesday. Kowalski grew up on a farm near the river and "
        "worked nights to pay for school. \u201cI am proud of where I come from,\u201d she said."
    )
    assert only(quotes_of(text)).speaker == "Kowalski"


def test_shared_surname_means_the_person_named_last(quotes_of) -> None:
    text = 'Tim Scott spoke in the morning. Later, Bobby Scott arrived.\nScott told reporters that "we will win this state."'
    quote = only(quotes_of(text, ("Tim Scott", ()), ("Bobby Scott", ())))
    assert quote.speaker == "Bobby Scott"


def test_relative_clause_after_a_description_of_a_person_gives_the_person(quotes_of) -> None:
    text = 'Voters still remember Doe, the former party leader, who once said that "nobody should ever run for mayor twice."'
    quote = only(quotes_of(text, JANE))
    assert quote.speaker == "Jane Doe"


def test_participle_after_a_relative_clause_belongs_to_the_main_clause(quotes_of) -> None:
    text = 'Smith refused to pay a builder who said he was cheated, saying, "Maybe he did not do a good job at all."'
    quote = only(quotes_of(text, JOHN))
    assert quote.speaker == "John Smith"


def test_fragment_in_a_ruling_belongs_to_who_ruled_not_to_a_later_clause(quotes_of) -> None:
    text = (
        "The panel then ruled that the mayor’s statement about “thousands of jobs” in Chicago is “true,” but in the "
        "course of their report they could not resist pointing out that every job did not pay well."
    )
    quotes = quotes_of(text)
    assert [(q.text, q.speaker) for q in quotes] == [("thousands of jobs", "The panel"), ("true,", "The panel")]


def test_surname_inside_a_place_name_is_not_the_person(analyse) -> None:
    text = 'Anna Korea, a student, watched the news. South Korea accused the North of "fanatic recklessness and endless threats."'
    person = Person("Anna Korea", ("Korea",), mentions=(TextSpan("Anna Korea", 0, 10),))
    quote = only(extract_quotes(analyse(text), [person]))
    assert quote.speaker == "South Korea"


def test_title_inside_its_own_source_phrase_is_not_speech(quotes_of) -> None:
    text = 'By Sunday, Smith began taking calls from listeners to his "Keepin It Real" radio program who said they had doubts.'
    assert quotes_of(text, JOHN) == []


def test_source_phrase_keeps_a_whole_organisation_name(quotes_of) -> None:
    text = (
        'More than 100,000 people took part in a nationwide "walk-in for public schools," according to the event '
        "organizer Alliance to Reclaim Our Schools."
    )
    quote = only(quotes_of(text))
    assert quote.speaker == "the event organizer Alliance to Reclaim Our Schools"


def test_pronoun_after_a_shared_surname_of_the_right_gender(quotes_of) -> None:
    text = (
        "Tim Scott and Mr. Bobby Scott met voters on Monday.\n"
        '"He is not ready," said John Smith, a professor.\n'
        'Scott bristles at the suggestion. "I have raised all the money I need," he said.'
    )
    quotes = quotes_of(text, JOHN, ("Tim Scott", ()), ("Bobby Scott", ()))
    assert [q.speaker for q in quotes] == ["John Smith", "Bobby Scott"]


def test_dash_attribution_takes_the_whole_name(quotes_of) -> None:
    quote = only(quotes_of('"The bridge will open in May and we will all be there." ― Maria N Jane Doe', JANE))
    assert quote.speaker == "Jane Doe"


# --------------------------------------------------------------------------- marks


def test_curly_marks_keep_nested_single_quotes_inside(quotes_of) -> None:
    quote = only(quotes_of("“They called it a ‘temporary’ fix, and it lasted ten years,” Jane Doe said.", JANE))
    assert quote.text == "They called it a ‘temporary’ fix, and it lasted ten years,"


def test_straight_and_curly_marks_mixed_in_one_pair(quotes_of) -> None:
    quote = only(quotes_of('"The bridge will open in May,” Jane Doe said.', JANE))
    assert quote.text == "The bridge will open in May,"


def test_unclosed_quote_ends_at_its_paragraph(quotes_of) -> None:
    text = 'Jane Doe said "the bridge will open in May and nothing will stop it.\nThe council met later.'
    quote = only(quotes_of(text, JANE))
    assert quote.text == "the bridge will open in May and nothing will stop it."


@pytest.mark.parametrize("text", ["", '"', '""', "“ ”", '"""', "A lone ” mark.\n\n“", '<tweet author="x">Hi</tweet>'])
def test_odd_marks_never_crash(quotes_of, text: str) -> None:
    assert all(q.text.strip() for q in quotes_of(text))


def test_inch_marks_are_not_quotation_marks(quotes_of) -> None:
    quote = only(quotes_of('The 6\'3" mayor said "the bridge will open in May" to the council.'))
    assert quote.text == "the bridge will open in May"


def test_doc_without_a_parse_does_not_crash() -> None:
    import spacy

    doc = spacy.blank("en")('"The bridge will open in May," she said.\n\n"Unclosed to the end')
    assert [q.text for q in extract_quotes(doc, [])] == ["The bridge will open in May,", "Unclosed to the end"]


def test_markup_attribute_values_are_not_quotes(quotes_of) -> None:
    assert quotes_of('<tweet author="janedoe" id="123">Bridges matter.</tweet>') == []


def test_a_lone_capitalised_label_is_not_a_speaker(quotes_of) -> None:
    assert only(quotes_of('"BREAKING: The bridge has reopened to traffic," the city said.')).speaker == "the city"


def test_quote_inside_a_quote_folds_into_the_outer_one(quotes_of) -> None:
    quote = only(quotes_of('Doe said: "She called the plan “a farce” and then she left the room."', JANE))
    assert quote.text == "She called the plan “a farce” and then she left the room."
    assert quote.speaker == "Jane Doe"


def test_unclosed_transcript_line_with_a_nested_title_stays_one_quote(quotes_of) -> None:
    text = '"DOE: Well, he thinks this is an episode of “Shark Tank.” But this is a serious choice for voters.'
    quote = only(quotes_of(text, JANE))
    assert quote.text.startswith("DOE: Well") and quote.text.endswith("choice for voters.")
    assert quote.speaker == "Jane Doe"


def test_marks_with_inconsistent_directions_still_alternate(quotes_of) -> None:
    quotes = quotes_of("”The bridge will open in May,” Doe said.", JANE)
    assert [q.text for q in quotes] == ["The bridge will open in May,"]


def test_nickname_inside_a_name_is_not_a_quote(quotes_of) -> None:
    assert quotes_of('Rep. Robert "Bobby" Smith opened his back yard to several hundred guests.', JOHN) == []


# --------------------------------------------------------------------------- key quotes


def test_attributed_single_word_is_kept_but_not_key(quotes_of) -> None:
    quote = only(quotes_of('Jane Doe called the plan "reckless."', JANE))
    assert (quote.text, quote.speaker, quote.key) == ("reckless.", "Jane Doe", False)


def test_show_title_and_unattributed_scare_quote_are_not_speech(quotes_of) -> None:
    text = 'The mayor appeared on "Face the Nation" after the council closed the "temporary" bridge.'
    assert quotes_of(text) == []


def test_transcript_label_names_the_speaker(quotes_of) -> None:
    text = '"DOE: The bridge will open in May.\n\n"SMITH: Not with this budget."'
    first, second = quotes_of(text, JANE, JOHN)
    assert (first.speaker, second.speaker) == ("Jane Doe", "John Smith")


def test_full_quoted_sentence_is_key(quotes_of) -> None:
    assert only(quotes_of('"The bridge will open in May," Jane Doe said.', JANE)).key is True


def test_rank_key_quotes_puts_named_complete_quotes_first() -> None:
    unnamed = Quote("Nobody knows what will happen next in this city.", 0, 10, None, None, True)
    source = Quote("Prices will rise next year across the region.", 20, 30, "the report", "said", True)
    named = Quote("We will open the bridge in May and the tunnel in June.", 40, 50, "Jane Doe", "said", True)
    fragment = Quote("a disaster", 60, 70, "Jane Doe", "called", False)
    assert rank_key_quotes([unnamed, source, named, fragment]) == [named, source, unnamed]


# --------------------------------------------------------------------------- seed article


def test_seed_report_quote_is_complete_and_from_the_report(seed_doc: Doc) -> None:
    from builder.extract.people import extract_people

    quotes = extract_quotes(seed_doc, extract_people(seed_doc))
    report = next(q for q in quotes if q.text.startswith("Despite losing its territorial"))
    assert "‘caliphate,’" in report.text
    assert report.text.endswith("this quarter,")
    assert report.speaker is not None and report.speaker.endswith("report")
    assert report.cue == "according to"


def test_seed_trump_quote_uses_canonical_name(seed_doc: Doc) -> None:
    people = [Person("Donald Trump", ("Trump",)), Person("Jim Mattis", ("Mattis",))]
    quote = next(q for q in extract_quotes(seed_doc, people) if q.text.startswith("We’ll be out of there"))
    assert quote.speaker == "Donald Trump"
    assert quote.key is True


def test_seed_partial_withdrawal_is_not_key(seed_doc: Doc) -> None:
    quotes = extract_quotes(seed_doc, [Person("Donald Trump", ("Trump",))])
    assert all(not q.key for q in quotes if q.text == "partial withdrawal")
    assert "partial withdrawal" not in [q.text for q in rank_key_quotes(quotes)]
    training = next(q for q in quotes if q.text.startswith("needed more training"))
    assert training.speaker == "commanders"


# --------------------------------------------------------------------------- pronouns: gender and owners


def test_pronoun_skips_a_person_whose_given_name_is_of_the_other_gender(quotes_of) -> None:
    text = 'Sarah Lane introduced the candidate. Tom Reed thanked the crowd.\n\n"We will win in May," she said.'
    assert only(quotes_of(text, ("Sarah Lane", ("Lane",)), ("Tom Reed", ("Reed",)))).speaker == "Sarah Lane"


def test_pronoun_prefers_a_known_she_in_its_sentence_to_a_subject_of_unknown_gender(quotes_of) -> None:
    text = 'Chris Lane thanked Mary Stone after she said "the budget is balanced at last, for the first time."'
    assert only(quotes_of(text, ("Chris Lane", ("Lane",)), ("Mary Stone", ("Stone",)))).speaker == "Mary Stone"


def test_pronoun_refers_to_the_owner_of_a_subject_that_is_a_thing(quotes_of) -> None:
    text = 'John Smith spoke first.\n\nDoe\'s new budget earned her praise, and she said it was "the best plan the city has had in years."'
    assert only(quotes_of(text, JOHN, ("Jane Doe", ("Doe",)))).speaker == "Jane Doe"


def test_quoted_modifier_credited_only_to_its_clause_subject_is_no_quote(quotes_of) -> None:
    text = 'Jane Doe was investigated by Congress for promoting "magic" weight loss pills.'
    assert quotes_of(text, JANE) == []


def test_fragment_after_an_impersonal_subject_goes_to_the_named_subject_above(quotes_of) -> None:
    text = (
        "Jane Doe is questioning the vote count, encouraging her supporters to visit the polls "
        'to make sure everything is "on the up and up."'
    )
    assert only(quotes_of(text, JANE)).speaker == "Jane Doe"


def test_passive_reporting_verb_credits_its_agent_not_its_subject(quotes_of) -> None:
    quote = only(quotes_of('Jane Doe has been called "a total fraud" by her rivals on the council.', JANE))
    assert quote.speaker is not None and quote.speaker.startswith("her rivals")


def test_to_her_before_a_quote_gives_her_view(quotes_of) -> None:
    text = 'Jane Doe runs the shelter.\n\nTo her, "there is nothing more important than a warm bed for everyone who comes in."'
    assert only(quotes_of(text, JANE)).speaker == "Jane Doe"


def test_said_to_her_names_the_listener_not_the_speaker(quotes_of) -> None:
    text = 'Jane Doe sat down. John Smith said to her, "You are fired from the council today."'
    assert only(quotes_of(text, JANE, JOHN)).speaker == "John Smith"


# --------------------------------------------------------------------------- issue 13: quotes a reader can rely on


def test_stray_mark_in_a_text_without_paragraph_breaks_stays_in_its_sentence(quotes_of) -> None:
    narration = " ".join(f"The council heard item {n} and moved on to the next one." for n in range(1, 16))
    text = f'The mayor called the vote "historic. {narration} "We will rebuild the pier," said Jane Doe. The meeting ended at nine.'
    quotes = quotes_of(text, JANE)
    assert all("The council heard item" not in q.text for q in quotes), [q.text[:60] for q in quotes]
    rebuilt = [q for q in quotes if q.text.startswith("We will rebuild")]
    assert len(rebuilt) == 1 and rebuilt[0].speaker == "Jane Doe"


def test_narration_between_quotes_is_not_a_quote(quotes_of) -> None:
    text = (
        '"The budget is ready," Doe said. The council then turned to "the pier. '
        'John Smith left early and the meeting ran late. "We will appeal the ruling," Smith said.'
    )
    quotes = quotes_of(text, JANE, JOHN)
    assert all("left early" not in q.text and "ran late" not in q.text for q in quotes), [q.text for q in quotes]
    speakers = {q.text: q.speaker for q in quotes}
    assert speakers["The budget is ready,"] == "Jane Doe"
    assert speakers["We will appeal the ruling,"] == "John Smith"


def test_an_unclosed_quote_opening_a_long_paragraph_stops_at_its_sentence(quotes_of) -> None:
    narration = " ".join(f"Then item {n} was read out to the room." for n in range(1, 15))
    quote = only(quotes_of(f'"We will rebuild the pier by summer. {narration}', JANE))
    assert quote.text == "We will rebuild the pier by summer."


def test_speaker_on_either_side_of_the_quote(quotes_of) -> None:
    text = '"The pier reopens in June," said John Smith, the harbour master.\n\nJane Doe said: "The cafe reopens with it."'
    first, second = quotes_of(text, JANE, JOHN)
    assert (first.speaker, second.speaker) == ("John Smith", "Jane Doe")


def test_a_groups_words_are_not_credited_to_the_person_they_criticise(quotes_of) -> None:
    text = "Amnesty International said John Smith’s asylum policy was “a cruel and unlawful attack on families.”"
    quote = only(quotes_of(text, JOHN))
    assert quote.speaker == "Amnesty International"


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe’s second record, the album “little wins, big city,” sold well.",
        "Residents started a “Committee to Save the Old Pier” in May.",
        "They sold stickers reading “The Pier Stays Here” and “Hands Off Our Pier” at the fair.",
        "The camera system the council wants is benignly branded “smart safety analytics.”",
        "A “rural talent drain” has pulled graduates away from the valley.",
        "Jane Doe has long backed a “bridge tax” on commuters from the valley.",
    ],
)
def test_titles_campaign_names_and_scare_quotes_are_not_quotes(quotes_of, text: str) -> None:
    assert quotes_of(text, JANE) == []


def test_a_show_named_before_its_host_is_not_the_quote(quotes_of) -> None:
    text = "John Smith told “Good Morning Valley” co-host Jane Doe, “We will fix the pier before the summer season.”"
    quote = only(quotes_of(text, JANE, JOHN))
    assert quote.text.startswith("We will fix the pier")
    assert quote.speaker == "John Smith"


def test_speaker_confidence_follows_the_evidence_and_gates_key_quotes(quotes_of) -> None:
    from builder.model import CONFIDENT

    said = only(quotes_of('"We will rebuild the pier by the summer," Jane Doe said.', JANE))
    assert said.speaker == "Jane Doe" and said.speaker_confidence >= CONFIDENT and said.key
    text = (
        "Jane Doe spoke to the council about the pier. The council listened.\n\n"
        "Later, the debate turned to parking, which Doe likened to “a puzzle nobody in town has ever solved.”"
    )
    fragment = only(quotes_of(text, JANE))
    assert fragment.speaker == "Jane Doe"
    assert fragment.speaker_confidence < said.speaker_confidence
    nobody = only(quotes_of('"The pier will be rebuilt by the summer, whatever it costs."', JANE))
    assert nobody.speaker is None and nobody.speaker_confidence == 0.0 and not nobody.key


def test_key_quotes_need_a_confident_speaker() -> None:
    from builder.model import CONFIDENT

    sure = Quote("We will rebuild the pier by summer.", 0, 10, speaker="Jane Doe", key=True, speaker_confidence=0.9)
    guess = Quote("The pier is the heart of this town.", 20, 30, speaker="John Smith", key=True, speaker_confidence=CONFIDENT / 2)
    assert rank_key_quotes([guess, sure]) == [sure]


def test_pronoun_finds_a_name_the_parser_left_without_its_verb(quotes_of) -> None:
    text = (
        "Speaking from a stage at the company’s headquarters in Springfield, Chief Executive Jane Doe said that firms must change.\n\n"
        "“We must act now, before it is too late for all of us,” she said."
    )
    assert only(quotes_of(text, JANE)).speaker == "Jane Doe"


def test_a_paragraph_break_ends_the_sentence_a_pronoun_looks_back_over(quotes_of) -> None:
    text = (
        '"We have no idea how the council will vote," he said, "but we know the town is behind us."\n\n'
        "Mayor Jane Doe was the first to respond, thanking the volunteers on Friday.\n\n"
        '"Proud of everyone who turned out to help," she wrote.'
    )
    assert quotes_of(text, JANE)[-1].speaker == "Jane Doe"


@pytest.mark.parametrize(
    ("text", "names", "speaker"),
    [
        # a name before a colon introduces the quote
        ("More from Jane Doe: “The bridge will open in May and the tunnel after it.”", (JANE,), "Jane Doe"),
        # a description keeps the clause that says who it is
        (
            '"We will appeal the decision," said a spokesman for the council who attended the hearing.',
            (),
            "a spokesman for the council who attended the hearing",
        ),
        # a person in apposition to the subject is who "she" refers to
        (
            'The firm’s chief executive, Jane Doe, said the plan was sound.\n\n"We will not change course now," she said.',
            (JANE,),
            "Jane Doe",
        ),
    ],
)
def test_colon_description_and_apposition_speakers(quotes_of, text: str, names: tuple, speaker: str) -> None:
    assert only(quotes_of(text, *names)).speaker == speaker



# --------------------------------------------------------------------------- descriptions and misspellings


def _with_roles(people: list[Person], roles: dict[str, str]) -> list[Person]:
    return [dataclasses.replace(p, role=roles.get(p.name)) for p in people]


def test_definite_description_names_the_one_person_with_that_role(analyse) -> None:
    text = (
        "Governor Ann Roe said the island was calm. Police chief Tom Bell was not reached.\n\n"
        '"I have no further information on the case at this stage," the governor said.'
    )
    people = people_in(text, ("Ann Roe", ("Roe",)), ("Tom Bell", ("Bell",)))
    people = _with_roles(people, {"Ann Roe": "Governor", "Tom Bell": "Police chief"})
    assert [q.speaker for q in extract_quotes(analyse(text), people)] == ["Ann Roe"]


def test_capitalised_description_names_the_person_with_that_title(analyse) -> None:
    text = 'Discussions went on in Barbados.\n\nThe Prime Minister said, "We claim to have close borders and strong ties."'
    people = [Person(name="Ann Roe", role="Grenada's Prime Minister and chair of the board"), Person(name="Tom Bell", role="Congressman")]
    assert [q.speaker for q in extract_quotes(analyse(text), people)] == ["Ann Roe"]


def test_description_two_people_fit_stays_a_description(analyse) -> None:
    text = '"We will appeal the ruling in the coming weeks," the senator said.'
    people = [Person(name="Ann Roe", role="Senator"), Person(name="Tom Bell", role="former senator")]
    assert [q.speaker for q in extract_quotes(analyse(text), people)] == ["the senator"]


def test_surname_misspelt_once_is_the_person(quotes_of) -> None:
    text = (
        '"It is a good-news bad-news story," said Trevor Houser, a partner at the firm.\n\n'
        '"But that is not going to happen on its own," Hauser said.'
    )
    quotes = quotes_of(text, ("Trevor Houser", ("Houser",)))
    assert [q.speaker for q in quotes] == ["Trevor Houser", "Trevor Houser"]


def test_misspelt_surname_close_to_two_people_names_neither(quotes_of) -> None:
    text = 'Tom Hauser and Ann Hausen run the firm.\n\n"But that is not going to happen on its own," Hausel said.'
    quotes = quotes_of(text, ("Tom Hauser", ("Hauser",)), ("Ann Hausen", ("Hausen",)))
    assert [q.speaker for q in quotes] == ["Hausel"]


def test_the_one_asked_is_the_one_who_replies(quotes_of) -> None:
    text = (
        '"She is the best person for the job," Gov. Tom Bell said.\n\n'
        'At a press conference, a reporter asked Judge Ann Roe, "What is the biggest problem?"\n\n'
        '"The biggest hurdle is getting people to understand their own biases," she replied.'
    )
    quotes = quotes_of(text, ("Tom Bell", ("Bell",)), ("Ann Roe", ("Roe",)))
    assert [q.speaker for q in quotes if q.text.startswith("The biggest")] == ["Ann Roe"]


def test_a_she_whose_sentence_names_her_carries_to_the_next_she(quotes_of) -> None:
    text = (
        "Ann Roe, the doctor at the hospital, said there were 22 infants in the ward. "
        '"Families cannot reach their children," she said.\n\n'
        "In Mary Bell's case, she decided to stay at the hospital. "
        '"I am worried about him and afraid of losing him," she continued.'
    )
    quotes = quotes_of(text, ("Ann Roe", ("Roe",)), ("Mary Bell", ("Bell",)))
    assert [q.speaker for q in quotes] == ["Ann Roe", "Mary Bell"]


def test_a_she_does_not_take_a_man_named_in_her_sentence(quotes_of) -> None:
    text = (
        "Ann Roe, a philanthropist, said the speeches had changed her mind. "
        "Along with her husband, Milton Bell, a money manager, she has given to many candidates.\n\n"
        '"I feel bad to say it, but he is not ready," she said.'
    )
    quotes = quotes_of(text, ("Ann Roe", ("Roe",)), ("Milton Bell", ("Bell",)))
    assert [q.speaker for q in quotes] == ["Ann Roe"]  # the she the article is about, not the husband beside her


def test_a_quote_alone_after_what_someone_indicated_is_theirs(analyse) -> None:
    text = (
        "Governor Ann Roe called for calm.\n\n"
        "In the meantime, the governor also indicated that she will publish the inquiry report soon.\n\n"
        "\u201cThe remit of the inquiry focused on governance and corruption, and was not a criminal investigation.\u201d"
    )
    people = _with_roles(people_in(text, ("Ann Roe", ("Roe",))), {"Ann Roe": "Governor"})
    assert [q.speaker for q in extract_quotes(analyse(text), people)] == ["Ann Roe"]


def test_a_source_named_before_a_clause_set_off_by_commas_is_the_short_description(quotes_of) -> None:
    text = 'The agency, which fell about 2,000 pages short of its target, said: "We will finish the release by June."'
    assert only(quotes_of(text)).speaker == "The agency"


def test_a_description_keeps_the_clause_that_says_who_it_is(quotes_of) -> None:
    text = '"We will win the state by ten points," said a strategist who worked for the governor.'
    assert only(quotes_of(text)).speaker == "a strategist who worked for the governor"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will win," said a strategist who spoke on the condition of anonymity to speak candidly.', "a strategist"),
        ('"We will win," said one aide involved in the plan, who spoke on condition of anonymity.', "one aide involved in the plan"),
        ('"We will win," said an adviser to the governor, who declined to be identified and lives in town.', "an adviser to the governor"),
        ('"We will win," said a voter who lives in the town and who did not want to be named.', "a voter who lives in the town"),
        ('"We will win," said a farmer named Jo Roe who lives in the town.', "a farmer named Jo Roe who lives in the town"),
    ],
)
def test_a_description_drops_the_clause_that_only_asks_for_anonymity(quotes_of, text: str, speaker: str) -> None:
    assert only(quotes_of(text)).speaker == speaker


def test_a_name_the_parser_hung_on_a_preposition_still_starts_a_pronoun_chain(quotes_of) -> None:
    text = (
        "At a June rally in Dayton, Ohio, 62-year-old Brenda Johnson also railed against taxes, and explained "
        "how much it upset her to pay them. \u201cThey should cut taxes for all of us,\u201d she said."
    )
    assert only(quotes_of(text, ("Brenda Johnson", ("Johnson",)))).speaker == "Brenda Johnson"


def test_a_he_after_a_report_is_the_one_reporting_not_a_name_deep_inside_it(quotes_of) -> None:
    text = (
        "Tom Bell said the quiet race helped Ann Roe, who does not need to prove herself the way Bob Hale did years ago. "
        '"She has nothing to prove on that," he said.'
    )
    quotes = quotes_of(text, ("Tom Bell", ("Bell",)), ("Ann Roe", ("Roe",)), ("Bob Hale", ("Hale",)))
    assert [q.speaker for q in quotes] == ["Tom Bell"]


def test_a_he_after_a_claim_someone_dismisses_is_the_one_dismissing(quotes_of) -> None:
    text = (
        "Tom Bell dismisses accusations that Bob Hale has exploited the crisis. "
        'He believes, he said, that "Bob Hale is a really good guy."'
    )
    quotes = quotes_of(text, ("Tom Bell", ("Bell",)), ("Bob Hale", ("Hale",)))
    assert [q.speaker for q in quotes] == ["Tom Bell"]


def test_the_one_who_asks_on_the_side_is_not_the_one_who_answers(quotes_of) -> None:
    text = (
        "Tom Bell did not sound sure when Bob Hale asked whether his party would hold the House.\n\n"
        '"This year is going to be unpredictable, so I just run like everything is on the line," he said.'
    )
    quotes = quotes_of(text, ("Tom Bell", ("Bell",)), ("Bob Hale", ("Hale",)))
    assert [q.speaker for q in quotes] == ["Tom Bell"]


def test_a_pull_quote_takes_the_speaker_where_the_story_attributes_the_same_words(quotes_of) -> None:
    text = (
        "For a dollar apiece, they offered buttons reading “Erase the Memoirs,” a reference to the tapes.\n\n"
        "“I put lipstick on a pig and sold it.”\n\n"
        "Years later, Tom Bell disavowed the book. “I put lipstick on a pig and sold it,” he told a magazine."
    )
    quotes = quotes_of(text, ("Tom Bell", ("Bell",)))
    pull = next(q for q in quotes if q.text.startswith("I put lipstick") and q.start < text.index("Years"))
    assert pull.speaker == "Tom Bell"


def test_a_name_before_a_title_and_another_name_only_says_whose_spokesman(quotes_of) -> None:
    text = 'Republicans spotted an opportunity.\n\n"Debate recap," tweeted Rolan spokesman Alex Conway. "She came from the 60s."'
    quotes = quotes_of(text, ("Alex Conway", ("Conway",)), ("Tom Rolan", ("Rolan",)))
    assert [q.speaker for q in quotes] == ["Alex Conway", "Alex Conway"]


def test_a_participle_credits_the_person_of_the_sentence_not_the_thing_it_borrowed(quotes_of) -> None:
    text = (
        "Continuing to explain his view, Bell rejected the notion that the episode should be water under the bridge, "
        'saying that if he "found something that was rotten, I would fix it."'
    )
    assert [q.speaker for q in quotes_of(text, ("Tom Bell", ("Bell",)))] == ["Tom Bell"]


def test_a_participle_after_a_person_noun_keeps_that_person(quotes_of) -> None:
    text = 'Tom Bell waited outside while a maintenance guy walked by, saying "this place has seen better days."'
    assert [q.speaker for q in quotes_of(text, ("Tom Bell", ("Bell",)))] == ["a maintenance guy"]


def test_a_dash_line_under_a_set_apart_quote_credits_it(quotes_of) -> None:
    text = (
        "Here are some claims we checked.\n\n"
        '"Boeing and GE and other multinationals pay zero taxes."\n\n'
        "- Tom Bell.\n\n"
        "This is a complex issue, subject to fierce debate.\n\n"
        '"We have to wait until we have information before making conclusions."\n\n'
        "--additional reporting from Ann Roe."
    )
    quotes = quotes_of(text, ("Tom Bell", ("Bell",)), ("Ann Roe", ("Roe",)))
    assert [q.speaker for q in quotes] == ["Tom Bell", None]


def test_a_line_ending_in_a_colon_introduces_the_quote_below_whatever_its_verb(quotes_of) -> None:
    text = (
        "No group has claimed the attack.\n\n"
        "In response, Republican presidential nominee Tom Bell issued the following statement:\n\n"
        "\u201cOur prayers are with all those affected by the horrible attacks in the city tonight.\u201d"
    )
    assert [q.speaker for q in quotes_of(text, ("Tom Bell", ("Bell",)))] == ["Tom Bell"]


def test_a_closing_mark_glued_to_the_speakers_name_still_credits_the_name(quotes_of) -> None:
    text = "John Smith spoke first.\n\n\u201cThe bridge will open in May and the tolls will stay low,\u201dDoe said on Tuesday."
    quote = only(quotes_of(text, JANE, JOHN))
    assert quote.speaker == "Jane Doe"


def test_a_name_at_the_colon_beats_a_subject_that_is_no_person(quotes_of) -> None:
    text = (
        "The timing of the late surge does not surprise pollster Jane Doe: "
        "\u201cLate shifts in voter preferences are common in primaries.\u201d"
    )
    assert only(quotes_of(text, JANE)).speaker == "Jane Doe"


def test_a_label_with_a_party_tag_glued_to_the_quote_credits_the_name(quotes_of) -> None:
    text = 'The hearing went on for hours.\n\nRep. Jane Doe (D-Ohio):"Who told you that figure? Who told you that?"'
    assert only(quotes_of(text, JANE)).speaker == "Jane Doe"


def test_a_person_who_shoots_back_says_the_quote(quotes_of) -> None:
    text = "After John Smith criticised her in a debate, Doe shot back, \u201cI chose to fulfil my profession and I do not regret it.\u201d"
    assert only(quotes_of(text, JANE, JOHN)).speaker == "Jane Doe"


def test_a_hyphenated_title_before_the_name_does_not_cut_the_speaker(quotes_of) -> None:
    for text in (
        "\u201cImagine the two of them on the same stage in the autumn,\u201d mused Blaze co-host Jane Doe.",
        "\u201cImagine the two of them on the same stage,\u201d said Fox co-host Jane Doe.",
    ):
        assert only(quotes_of(text)).speaker == "Jane Doe"


def test_a_committee_title_before_the_name_is_not_the_speaker(quotes_of) -> None:
    text = (
        "\u201cThey are spending their final days here climbing all over each other,\u201d "
        "said Judiciary ranking Democrat Jane Doe (D-Md.)."
    )
    assert only(quotes_of(text)).speaker == "Jane Doe"


def test_a_full_name_and_colon_opening_a_quote_is_its_speaker(quotes_of) -> None:
    text = (
        "Jane Doe wrote about the panel on Monday.\n\n"
        "\u201cJohn Smith: Seriously, the tax on speculation will pay for all of the free tuition plans.\u201d"
    )
    quotes = quotes_of(text, JANE, JOHN)
    assert [q.speaker for q in quotes] == ["John Smith"]


def test_a_cue_deep_inside_what_someone_said_is_part_of_their_report(quotes_of) -> None:
    text = (
        'On Sunday, Doe said that by refusing to say the words "radical change," the Democrats are '
        '"saying we were never at war, because we were afraid to offend some voters."'
    )
    assert [q.speaker for q in quotes_of(text, JANE)] == ["Jane Doe", "Jane Doe"]


def test_a_name_the_parse_hung_on_a_word_inside_the_quote_still_speaks(quotes_of) -> None:
    text = (
        "\u201cDoe needs a strategy for targeting [Libertarian candidate Al] Poe & [Green Party hopeful Ann] Roe voters,\u201d "
        "John Smith, the polling guru who founded fivethirtyeight.com tweeted on Wednesday."
    )
    assert only(quotes_of(text, JOHN)).speaker == "John Smith"


def test_a_cue_right_after_the_quote_beats_a_verb_before_it_the_parse_hangs_it_from(quotes_of) -> None:
    text = (
        "If the attack came from abroad — as many researchers believe, and Democrats are alleging, but Moscow strongly "
        "denies — \u201cwhy wouldn\u2019t you want to raise the potential?\u201d asked Doe, now a partner at a communications firm."
    )
    assert only(quotes_of(text, JANE)).speaker == "Jane Doe"


def test_a_verb_right_after_a_quote_that_opens_the_next_one_with_a_colon_is_not_its_cue(quotes_of) -> None:
    text = (
        'After Doe said that some students might do better at "less advanced schools," '
        "Smith said: \"I don't like what she said, no, I don't like what she said at all.\""
    )
    assert [q.speaker for q in quotes_of(text, JANE, JOHN)] == ["Jane Doe", "John Smith"]


def test_a_person_and_any_verb_right_after_a_comma_quote_attribute_it(quotes_of) -> None:
    texts = (
        "Smith said the country had lost its way.\n\u201cThe country will always be itself,\u201d an angry Doe retaliated.",
        "Smith called Doe to the stage. \u201cThe mayor is not a crook, folks,\u201d Doe assured the crowd.",
    )
    for text in texts:
        assert only(quotes_of(text, JANE, JOHN)).speaker == "Jane Doe"


def test_a_verb_after_a_comma_quote_in_a_clause_of_its_own_is_not_its_cue(quotes_of) -> None:
    text = "Doe refers to the candidate as \u201cMr. Smith,\u201d while Smith refers to the governor as \u201cJane.\u201d"
    assert [q.speaker for q in quotes_of(text, JANE, JOHN)] == ["Jane Doe", "John Smith"]


def test_a_surname_the_tagger_takes_for_another_word_next_to_the_verb_speaks(quotes_of) -> None:
    text = (
        "Bill Skelly, a longtime data operative, vouched for both of them.\n\n"
        "\u201cHaving access to the file and two people who understand it is valuable,\u201d said Skelly, "
        "explaining he worked more closely with one of them."
    )
    assert only(quotes_of(text, ("Bill Skelly", ("Skelly",)))).speaker == "Bill Skelly"


def test_a_quoted_noun_a_clause_describes_is_not_the_speaker(quotes_of) -> None:
    text = (
        'Doe belittled the issue of the loans, calling it a "paperwork error" that was reported '
        'in a "hit piece" by a newspaper.'
    )
    assert [q.speaker for q in quotes_of(text, JANE)] == ["Jane Doe", "Jane Doe"]


def test_a_date_after_a_dash_is_not_a_source(quotes_of) -> None:
    text = "The party has called a referendum \u2014 \u201cNo to Free Lawyers\u201d \u2014 for June 5, 2016 against the plan."
    quotes = quotes_of(text)
    assert quotes, "the referendum's name is kept as a quote"
    assert all(q.speaker != "June 5, 2016" for q in quotes)


def test_a_double_space_between_a_name_label_and_its_quote_is_no_cue(quotes_of) -> None:
    text = (
        "John Smith wrote about it.\n\nHigher turnout in Iowa does not raise hopes in other states - Jane Doe:  "
        "\u201cAt long last the nomination contests have finally started with the first contest.\u201d"
    )
    quotes = quotes_of(text, JANE, JOHN)
    assert [q.speaker for q in quotes] == ["Jane Doe"]


def test_a_verb_that_opens_the_next_quote_does_not_report_the_one_before(quotes_of) -> None:
    text = (
        "\u201cHe\u2019s funny,\u201d New York attorney Jane Doe said of Smith. \u201cBut as president, his lack of "
        "knowledge is disturbing to me. \u2026 He\u2019s a circus act.\u201d Of Bell, Doe, who has given money to "
        "Ann Roe, said, \u201cHe\u2019s flat-out scary. I think he\u2019s a wonderful man.\u201d"
    )
    assert [q.speaker for q in quotes_of(text, JANE, JOHN)] == ["Jane Doe"] * 3


def test_a_participle_before_a_noun_is_no_reporting_verb(quotes_of) -> None:
    text = (
        "Jane Doe, during interviews on Thursday, referred to John Smith as \u201cthe most valuable player\u201d "
        "for the self-described Islamic State."
    )
    assert only(quotes_of(text, JANE, JOHN)).speaker == "Jane Doe"


def test_the_one_made_to_speak_is_the_speaker_not_who_made_them(quotes_of) -> None:
    text = (
        "The 1994 law was later backed by Al Roe, which prompted his wife and current party nominee Jane Doe "
        "to make a controversial comment that described all young men as \u201csuper predators.\u201d"
    )
    assert only(quotes_of(text, JANE)).speaker.endswith("Jane Doe")


def test_a_statement_that_names_its_author_is_not_credited_to_who_released_it(quotes_of) -> None:
    text = (
        "The former governor is a triathlete. He released a letter from his doctor Friday afternoon "
        "that says he has \u201cextraordinarily good health\u201d for a 63-year-old."
    )
    assert only(quotes_of(text)).speaker == "a letter from his doctor"


def test_a_cue_in_the_sentence_after_a_full_stop_quote_is_not_its_own(quotes_of) -> None:
    text = (
        'At one point, Smith coached Al Roe to "breathe, breathe, breathe." That prompted Doe to make a joke '
        'about yoga and call Roe "very flexible," a nod to his changed positions.'
    )
    assert [q.speaker for q in quotes_of(text, JANE, JOHN)] == ["John Smith", "Jane Doe"]


def test_a_participle_after_an_adverbial_clause_goes_with_the_main_clause(quotes_of) -> None:
    text = (
        '"Marco Roe won tonight and I was very glad to see that. I think we need him back in the Senate," Doe said '
        "during a panel on her show after the first-term senator easily won his primary, remarking that while there "
        'are "still some conservatives angry over the reform," Roe already "paid a very heavy political price on that issue."'
    )
    assert [q.speaker for q in quotes_of(text, JANE)] == ["Jane Doe"] * 3


def test_a_participle_after_a_clause_of_the_same_moment_goes_with_that_clause(quotes_of) -> None:
    text = (
        "\u201cWho can remember how many states I have lost in a row? Is it two? Three?\u201d Doe asks as a maintenance "
        "guy walks in front of her, saying he is \u201chere to fix the seven holes in your wall.\u201d"
    )
    assert [q.speaker for q in quotes_of(text, JANE)] == ["Jane Doe", "a maintenance guy"]


def test_the_owner_of_a_statement_is_its_speaker(quotes_of) -> None:
    text = (
        "Abedin emailed the then secretary of state in December, informing her of the death of the soldiers. "
        "Doe\u2019s response was: \u201cIs John Smith from Ohio or Wisconsin?\u201d"
    )
    assert only(quotes_of(text, JANE)).speaker == "Jane Doe"


def test_a_name_touching_the_verb_beats_a_subject_borrowed_from_nobody(analyse) -> None:
    text = (
        "When someone in the audience shouted, \u201cRoe,\u201d Doe joked, again using an exaggerated Southern accent, "
        "\u201cAmen, brother! Come on up and get baptized!\u201d"
    )
    doc = analyse(text)
    words = {t.text: t for t in doc}
    # the parse the model gives such a sentence in real text: "joked" under "shouted", "Doe" a modifier
    words["shouted"].head, words["shouted"].dep_ = words["shouted"], "ROOT"
    words["joked"].head, words["joked"].dep_ = words["shouted"], "xcomp"
    words["Doe"].head, words["Doe"].dep_ = words["joked"], "compound"
    quotes = extract_quotes(doc, people_in(text, JANE))
    assert quotes[-1].speaker == "Jane Doe"


def test_a_weak_verb_standing_alone_before_a_quote_reports_it(quotes_of) -> None:
    for opener in ("Iowa State University\u2019s Jane Doe agreed.", "Jane Doe continued her scathing remarks."):
        text = f"{opener} \u201cMainstream voters are running out of time to find an alternative to the front-runner.\u201d"
        assert only(quotes_of(text, JANE)).speaker == "Jane Doe"


def test_one_of_a_group_speaks_through_the_name_in_apposition(quotes_of) -> None:
    text = (
        "One of the university\u2019s top executives, Jane Doe, subsequently testified in one of the suits "
        'that "none of the professors at the live events" were handpicked.'
    )
    assert only(quotes_of(text)).speaker == "Jane Doe"


def test_a_name_and_hometown_credit_is_the_name_alone(quotes_of) -> None:
    text = (
        "quotable.\n\n\u201cThe whole idea of a \u2018Crooked Al\u2019 is something that we hear about all the time, "
        "and it needs to stop.\u201d\n\n-Michelle Marks, Philadelphia."
    )
    assert only(quotes_of(text)).speaker == "Michelle Marks"


def test_a_colon_closing_a_what_clause_takes_the_subject_above_it(quotes_of) -> None:
    text = (
        "I love the people here!\u201dFormer party candidate Jane Doe broke down exactly what was wrong with the image "
        "and message to the Dutch newspaper NRC Handelsblad: \u201cWhat Smith did was so insensitive. First, not all "
        "voters are the same.\u201d"
    )
    assert quotes_of(text, JANE, JOHN)[-1].speaker == "Jane Doe"


def test_any_verb_right_after_a_comma_quote_with_the_person_after_it(quotes_of) -> None:
    text = (
        'Then there was the most obvious change of all: "It\'s about time that we had a woman running this country," '
        "exhorted Smith's introducer, actress Jane Doe."
    )
    assert only(quotes_of(text, JANE, JOHN)).speaker == "Jane Doe"


def test_a_name_right_after_an_inverted_cue_speaks_even_as_the_parse_s_object(quotes_of) -> None:
    text = (
        "Chris Murphy spoke on Monday. \u201cThe issue has general election relevance in a way that it might not "
        "have had,\u201d added Murphy, referring to the recent killings by police."
    )
    assert only(quotes_of(text, ("Chris Murphy", ("Murphy",)))).speaker == "Chris Murphy"


def test_a_chain_of_he_subjects_carries_the_name_that_opened_it(quotes_of) -> None:
    text = (
        "John Smith came to the city from Ohio in 2011. He recalled the long drive. He saw only trees. "
        "He had no friends there. Soon, he found the area welcoming. He got a car. He got a job at the center. "
        "Recently, he has started to coach a team.\n\n"
        '"The people here are kind to newcomers," he said.'
    )
    assert only(quotes_of(text, JOHN)).speaker == "John Smith"


def test_a_place_tagged_a_person_once_is_no_unknown_person(analyse) -> None:
    text = 'Jane Doe moved to Clarkston in 2011. Clarkston became her home.\n\n"The people here are kind," she said.'
    doc = analyse(text)
    place, slip = (t for t in doc if t.text == "Clarkston")
    doc.ents = [Span(doc, place.i, place.i + 1, "GPE"), Span(doc, slip.i, slip.i + 1, "PERSON")] + [
        e for e in doc.ents if e.start > slip.i or e.end <= place.i
    ]
    assert only(extract_quotes(doc, people_in(text, JANE))).speaker == "Jane Doe"


def test_a_surname_before_a_generational_suffix_names_the_person(quotes_of) -> None:
    text = 'John Smith IV runs the family firm.\n\nSmith said the firm "will not move out of this town."'
    assert only(quotes_of(text, ("John Smith IV", ()))).speaker == "John Smith IV"


def test_a_he_or_she_after_a_gendered_noun_takes_the_name_in_its_apposition(quotes_of) -> None:
    text = (
        "John Smith kept quiet on Monday. But his wife, Jane, offered a preview of his thinking.\n\n"
        '"If he wins, he wants to keep this movement going," she said.'
    )
    assert only(quotes_of(text, JOHN, ("Jane Smith", ("Jane",)))).speaker == "Jane Smith"


def test_whose_husband_does_not_make_a_woman_a_he(quotes_of) -> None:
    text = (
        "Dorothy Vensk, whose husband, Navy pilot Ty Vensk, died in 2012, spoke on Monday. "
        "Vensk shared her belief that none of it was beyond the pale.\n\n"
        '"The way I see it," she said, "nobody questioned his service."'
    )
    assert [q.speaker for q in quotes_of(text, ("Dorothy Vensk", ("Vensk",)))] == ["Dorothy Vensk", "Dorothy Vensk"]
