"""Word lists for the quotes extractor (builder/extract/quotes/), kept as data.

Each list says what news prose uses to attribute speech; the extractor's rules only
refer to these names, so extending coverage is a data change, not a code change.
"""

from __future__ import annotations

# Double quotation marks. Their direction is not trusted: typists and converters mix
# straight and curly marks and even close with an opening curly mark (“…“), so marks
# simply alternate open/close within a paragraph. The double prime (″) is left out: it
# marks inches and seconds far more often than speech.
DOUBLE_MARKS = frozenset('"“”„‟')

# Curly marks whose shape gives their direction; it is trusted only when all marks of a
# paragraph agree on it (then a quote inside a quote folds into the outer one).
OPENING_MARKS = frozenset("“„‟")
CLOSING_MARKS = frozenset("”")


def _words(text: str) -> frozenset[str]:
    """A word list written as running text, one space between words."""
    return frozenset(text.split())


# Lemmas of verbs that introduce reported speech or writing ("said", "told", "wrote",
# "tweeted") and of verbs that frame a quoted label ("called it", "dubbed him").
REPORTING_VERBS = _words(
    """
    say tell add ask write explain note argue claim state declare insist warn continue recall
    announce respond reply answer suggest report acknowledge admit assert contend comment remark
    observe point tweet post joke quip concede conclude complain emphasize emphasise stress predict
    promise vow testify charge allege muse shout yell scream cry chant whisper mutter deny counter
    retort confirm describe call label dub term brand read urge demand boast brag lament caution
    mention opine recount reiterate repeat accuse criticize criticise praise quote cite pledge
    proclaim reveal speculate tease wonder think believe hope find show recommend told says
    interject interrupt exclaim sigh laugh plead beg rule order advise decry blast slam mock
    rip attack dismiss defend thunder fire hit lash counsel concur agree disagree estimate indicate
    tout
    """
)

# Reporting verbs that also have a common non-speech sense; they count as a cue only when
# a quote is their object or complement, never as a loose cue elsewhere in the sentence.
WEAK_REPORTING_VERBS = _words("continue read find show hit fire think believe hope agree")

# Verbs that report a retort only with the particle "back" ("Doe shot back, “…”", "snapped back");
# "fire back" and "hit back" need no entry here: fire and hit are reporting verbs already.
RETORT_VERBS = _words("shoot snap push strike bite")

# Verbs that report speech only in "as X put it" / "as she phrased it" (the source's own words).
PHRASING_VERBS = _words("put phrase word")

# Cues that name the source after them: "according to the report", "per the bylaws".
# "per" counts only before a determined noun ("per the report", not "$5 per month").
ACCORDING_TO = (("according", "to"), ("per",))

# Nouns for something said or written; their possessor is the speaker of a quote they
# introduce ("Trump's claim that there were “thousands of shootings”").
SPEECH_NOUNS = _words(
    """
    claim statement remark remarks comment comments words word promise pledge tweet tweets letter
    missive description assertion suggestion argument warning message speech answer response reply
    call question vow boast quip joke accusation charge insistence prediction testimony
    """
)

# Subject pronouns resolved to the person they refer to; others are not a person ("it",
# "they") or are the writer ("I", "we") and stay unknown.
PERSON_PRONOUNS = {"he": "m", "she": "f"}

# Object pronouns that stand for a person whose view a quote gives ("to her, “…”"), with their gender.
VIEWPOINT_PRONOUNS = {"him": "m", "her": "f"}

# Object/possessive forms, used to learn which pronoun an article uses for a person.
GENDERED_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}

# Common nouns for an unnamed person: a "she said" after "the woman" is not a named person.
GENDERED_NOUNS = {
    **dict.fromkeys(_words("woman mother wife daughter girl lady sister grandmother widow aunt niece mom actress"), "f"),
    **dict.fromkeys(_words("man father husband son boy brother grandfather widower uncle nephew dad actor"), "m"),
}

# Common nouns for people who speak for themselves ("a maintenance guy", "the source", "her friends"):
# a clause borrowing one as its subject has its speaker; with GENDERED_NOUNS and the people lexicon's
# ROLE_HEADS (offices), the nouns a participle's subject is not looked for above.
SPEAKING_NOUNS = _words(
    """
    guy person people friend source official aide adviser advisor voter resident critic supporter member
    worker expert lawmaker staffer activist protester attendee neighbor neighbour fan student teacher
    """
)

# Honorifics that fix a person's gender for pronoun agreement.
GENDERED_TITLES = {"mr": "m", "mr.": "m", "sir": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "madam": "f"}

# Relative pronouns: a "which said" / "who told" subject stands for the noun it modifies.
RELATIVE_PRONOUNS = _words("who which that whom")

# Words that open a sentence pointing back at the quote before it ("“…” That is what Doe said").
POINTING_BACK = _words("that this those these such so")

# Subjects that never name a source on their own.
NON_SOURCES = _words("i we you it they this there what one me us them someone something")

# Dashes that introduce an attribution after a quote ("…" — Jane Doe).
DASHES = frozenset(["—", "–", "--", "-", "―"])

# Characters that end a sentence outside a quote.
SENTENCE_END = frozenset([".", "!", "?", "…"])

# Words right before a Title Case quote that make it the name of a show or work:
# on "Face the Nation", episode of "Morning Joe", the documentary "13th".
TITLE_INTRODUCERS = _words("on of in titled entitled documentary film show book program programme series episode album song")

# How sure a speaker is, by the evidence that tied it to the quote (0..1; a quote is a key
# quote only from CONFIDENT = 0.5 up). Keys are "<how>:<subject>": how is the cue (a
# reporting verb with its subject, a name beside the verb the parse left without subject,
# a dash, "according to", "to her,", a speech noun's owner, a colon in the quote's own
# sentence or closing the paragraph before, a reporting verb in the sentence before, the
# clause a fragment sits in); subject is a name, a he/she resolved to someone named
# earlier, or a description. Values are the share of right speakers each kind of evidence
# gave on PolNeAR train (rounded down; kinds seen fewer than ten times set lower), so a
# reader can trust a shown speaker about that much.
SPEAKER_CONFIDENCE = {
    # a cue in the quote's own sentence naming a person: "…," Doe said; Doe said: "…"
    "verb:name": 0.9,
    "label": 0.8,  # a transcript line "DOE: …"
    "colon:name": 0.8,
    "intro:name": 0.8,  # 'Doe told the council:' closing the paragraph before
    "frame:name": 0.8,  # 'Doe likened it to “a circus”'
    "dash:name": 0.7,
    "according:name": 0.7,
    "according:description": 0.7,
    "verb:description": 0.7,  # "the report said": right far more often than not
    # a he/she resolved to the person the article is talking about
    "verb:pronoun": 0.7,
    "intro:pronoun": 0.6,
    "intro:description": 0.6,
    "previous_sentence:name": 0.6,
    "frame:pronoun": 0.55,
    "colon:pronoun": 0.5,
    "nearby:name": 0.5,  # a name beside a verb the parse left without a subject
    "speech_noun:name": 0.5,  # "Doe's claim that “…”"
    "speech_noun:pronoun": 0.5,
    "viewpoint:name": 0.5,  # "to Doe, “…”"
    "viewpoint:pronoun": 0.5,
    "frame:description": 0.5,
    # guesses: shown, never a key quote
    "previous_paragraph:name": 0.45,  # a quote alone in its paragraph, credited to the one the paragraph before reports
    "colon:description": 0.4,
    "nearby:pronoun": 0.4,
    "viewpoint:description": 0.4,
    "previous_paragraph:pronoun": 0.3,
    "previous_sentence:pronoun": 0.3,
    "previous_sentence:description": 0.3,
    "dash:pronoun": 0.3,
    "dash:description": 0.3,
    "according:pronoun": 0.3,
    "nearby:description": 0.2,
    "speech_noun:description": 0.2,
    "previous_paragraph:description": 0.2,
    # a quote that continues another takes at most its speaker's confidence
    "continued_paragraph": 0.85,  # "A," she said. "B." — the same paragraph
    "continued_next_paragraph": 0.6,  # the quote ending the paragraph before
}

# Nouns for a work whose title follows them, quoted in any case: the album "good kid, m.A.A.d
# city", the documentary "13th". (Nouns only: a preposition before a lower-case quote
# introduces speech as often as a title.)
WORK_NOUNS = _words("album song film movie documentary book novel memoir series episode podcast poem essay column headline")

# Words right before a Title Case quote that make it a name rather than words said: an
# article or a naming verb ("a “Committee to Save the Park”", "the candidate he calls “Mini
# Mike”") or the thing it is written on ("the slogan “…”", "stickers reading “…”").
NAME_INTRODUCERS = _words(
    "a an the slogan motto banner sign signs sticker stickers hashtag reading read reads call calls called dub dubbed nicknamed named"
)

# Naming verbs: in the passive without an agent ("the tool is branded “smart video”"), their
# subject is the thing named, never the one naming it.
NAMING_VERBS = _words("call dub brand label term nickname name title describe")

# A quote this short is a label, title or scare quote ("deplorables"), never a key quote.
MIN_KEY_WORDS = 4

# Words of a clause that only says why a source is unnamed ("a strategist who spoke on the
# condition of anonymity"): it tells a reader nothing about who speaks, so the speaker
# shown stops before it. The participles count only in the passive ("who declined to be
# identified"), not where they name someone ("a man named Jo Roe").
ANONYMITY_WORDS = _words("anonymity anonymously anonymous")
UNNAMING_PARTICIPLES = _words("named identified quoted")

# Common given names that English-language news gives to one gender only; names used for
# both (Chris, Pat, Alex, Jordan, Leslie, Kim, Robin, Terry, Jean, Andrea) are left out.
# A person whose first name is listed takes that gender for he/she agreement unless a
# title ("Mr.", "Mrs.") says otherwise; it is how a reader tells who "she" is.
FEMALE_GIVEN_NAMES = _words(
    """
    abigail adriana agnes aisha alice alicia alison allison amanda amber amelia amy ana angela angelina
    anita ann anna anne annette annie april ashley audrey barbara beatrice becky betty beverly bonnie
    brenda bridget brittany carla carmen carol carolina caroline carolyn catherine cathy charlotte cheryl
    christina christine cindy claire clara claudia colleen cynthia daisy danielle dawn deborah debbie
    debra denise diana diane donna doris dorothy eleanor elena elizabeth ellen elaine emily emma erica
    erin esther eva evelyn fatima florence frances gabriela gail gina gloria grace hannah heather heidi
    helen hillary holly irene isabel isabella jacqueline jane janet janice jennifer jenny jessica jill
    joan joanna joanne josephine joy joyce judith judy julia julie karen katherine kathleen kathryn kathy
    katie kayla kelly kimberly kristen laura lauren linda lisa lois loretta lori louise lucy lydia
    madeleine madeline margaret maria marie marilyn martha mary megan melania melanie melissa michelle
    mildred miranda molly monica nancy naomi natalie nicole nina nora olivia pamela patricia paula
    pauline peggy penny rachel rebecca regina rita roberta rosa rose ruth sabrina samantha sandra sara
    sarah sharon sheila shirley sonia sophia stephanie susan suzanne sylvia tamara tammy teresa theresa
    tiffany tina valerie vanessa veronica victoria virginia vivian wendy yolanda yvonne zoe
    """
)
MALE_GIVEN_NAMES = _words(
    """
    aaron abdul adam adrian ahmed alan albert alexander alfred allen andrew anthony antonio arnold arthur
    barack barry ben benjamin bernard bernie bill billy bob bobby brad bradley brandon brian bruce bryan
    carl carlos charles charlie chuck clarence craig curtis dale dan daniel danny darren dave david dennis
    derek dick don donald doug douglas duncan earl ed eddie edward eric eugene frank fred frederick gary
    george gerald glenn gordon greg gregory harold harry henry howard ian jack jacob jake james jason jeff
    jeffrey jeremy jerry jesse jim jimmy joe joel john johnny jon jonathan joseph josh joshua juan justin
    keith ken kenneth kevin larry lawrence leonard louis luis marco mark martin matt matthew michael mike
    mitch mitchell nathan neil nicholas nick norman oscar patrick paul peter philip phillip ralph randy
    raymond richard rick rob robert roger ronald roy russell ryan scott sean stanley stephen steve steven
    ted terrence thomas tim timothy todd tom tony travis victor vincent walter wayne william willie
    """
)
