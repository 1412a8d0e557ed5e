"""Patterns for page furniture that a copy-paste of a news page drags along.

Each rule matches a *whole* line (after stripping) and names why it goes; ``digest check
--explain`` prints that name. They describe *kinds* of furniture (counters, sign-up
prompts, share bars, comment forms, legal footers), never one site's strings, because the
same rules run on pages they have never seen and on clean newswire where a false hit
deletes article text. So every prompt rule asks for two things at once: the furniture
word (``subscribe``, ``cookies``) *and* a sign that the line talks to the reader (``you``,
``our``, an imperative), which a news sentence about subscriptions rarely does.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# The reader is addressed: furniture talks to "you" or gives an order; reporting talks about
# third parties. Reported speech ("our subscribers doubled," she said) is never a prompt.
_TO_READER = (
    r"(?!.*(?:[“”\"]|\b(?:said|says|told|according to)\b))"
    r"(?=(?:subscribe|sign up|join|get|receive|enter|register|download|follow|please)\b"
    r"|.*\b(?-i:you|your|our|us|me|please)\b|.*\b(?:subscribe|sign up|join|donate|download) now\b"
    r"|.*\b(?:join|subscribe to|sign up for) the .{0,40}newsletter)"
)
# Separators that glue menu items together on one line: "Home | News", "Terms · Privacy".
_SEP = r"[\s|•·,/&:–—-]*"

SOCIAL_WORDS = (
    "share", "shares", "shared", "tweet", "pin", "pin it", "email", "e-mail", "mail", "print", "facebook", "twitter", "x",
    "linkedin", "reddit", "instagram", "youtube", "pinterest", "whatsapp", "telegram", "tiktok", "flipboard", "rss",
    "copy link", "copy", "link", "comment", "comments", "social share", "messenger", "threads", "bluesky", "mastodon",
    "send", "url", "copied!", "copied", "adjust", "close", "sharing options", "extra sharing options", "all sharing options",
    "more sharing options", "adjust text size", "text size", "dark mode", "go top", "go to top",
)  # fmt: skip
"""Words a share bar or a "follow us" strip is made of; a line of only these is a button row.

Page tools (text size, dark mode, back to top) sit in the same bar. The words may be glued
together ("ShareTweet"): innerText joins buttons that have no space between them."""

LEGAL_WORDS = (
    "privacy", "privacy policy", "privacy notice", "terms", "terms of use", "terms of service", "terms and conditions",
    "conditions", "cookie policy", "cookies", "cookie settings", "contact", "contact us", "about", "about us", "careers",
    "advertise", "advertise with us", "sitemap", "site map", "accessibility", "help", "faq", "disclaimer", "imprint",
    "legal", "corrections", "code of ethics", "newsletters", "rss feeds", "do not sell my personal information",
)  # fmt: skip
"""Footer link labels; a line made only of these (with separators) is a footer link row."""

NAV_PROMPTS = (
    r"read more", r"read full (?:story|article)", r"continue reading", r"skip to (?:main )?content", r"skip to navigation",
    r"back to top", r"jump to", r"(?:previous|next)(?: (?:post|article|story|page|slide))?", r"post navigation",
    r"related(?: (?:posts?|articles?|stories|news|content|topics|coverage|reading|links))?",
    r"(?:most )?popular(?: (?:posts?|stories|articles|now|today|on \w+))?", r"trending(?: now| stories| topics)?",
    r"most (?:read|viewed|shared|popular|commented)", r"you (?:may|might) also (?:like|enjoy)", r"recommended(?: for you| stories)?",
    r"more (?:from|on|in|stories|news|articles) ?.{0,40}", r"(?:see|view|show|load) (?:all|more)(?: \w+)?",
    r"click here.{0,60}", r"(?:top|latest) (?:stories|news|headlines|posts)", r"in (?:this|other) (?:section|news)",
    r"editor'?s? picks?", r"don'?t miss", r"also (?:read|see)", r"what to read next", r"up next", r"menu", r"search(?: for)?",
    r"close", r"open", r"toggle navigation", r"main menu", r"navigation", r"breadcrumbs?", r"tags?", r"categories", r"archives?",
    r"leave a (?:reply|comment)", r"(?:add|post|write) a comment", r"comments?(?: \(\d+\))?", r"reply", r"cancel reply",
    r"filed under.{0,60}", r"posted in.{0,60}", r"tagged(?: with)?:?.{0,80}", r".{0,60}\(opens? in (?:a )?new (?:window|tab)\)",
    r"sorted by.{0,40}", r"opens? in (?:a )?new (?:window|tab)", r"(?:pdf|print) version",
    r"(?:about|more about) the authors?", r"latest on", r"contact the authors?", r"author", r"share", r"connect with .{1,40}",
    r"featured(?: posts?| stories| articles)?", r"(?:share |show )?(?:all |more |extra )?sharing options(?: for:? .{0,200})?",
    r"skip to (?:\w+ ){0,2}(?:content|navigation|index|menu|search|footer)", r"reading time\s*:?\s*.{1,20}", r"\d+\s*min(?:ute)?s?\.? read",
)  # fmt: skip
"""Labels of navigation and teaser boxes; each is the whole line."""

ACCOUNT_PROMPTS = (
    r"sign in", r"sign out", r"log ?in", r"log ?out", r"register", r"my account", r"create (?:an )?account", r"subscribe",
    r"sign up", r"join(?: now| us)?", r"donate(?: now)?", r"get (?:the )?app", r"download (?:the|our) app",
)  # fmt: skip
"""Account and membership buttons, alone or glued together ("Sign in | Register")."""


def _words(words: tuple[str, ...]) -> str:
    """An alternation of whole words/phrases, longest first so "terms of use" beats "terms"."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


FURNITURE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "0 1,575", "12K", "3.4k shares": share and view counters. A digit is required, so a
    # lone "." (a CoNLL sentence) is not a counter; runs of numeric rows (tables) are kept by
    # the cleaner's context check.
    ("counter", re.compile(r"(?=.{0,40}$)(?=.*\d)(?:[\d.,]+\s*[kKmM]?\s*(?:shares?|views?|comments?|likes?|reads?|votes?)?\s*){1,4}", _I)),
    # "- Advertisement -", "ADVERTISEMENT", "Sponsored content": ad slot labels.
    (
        "advert marker",
        re.compile(
            r"[-–—\s]*(?:advertisement|advertising|sponsored(?: content)?|ads?|promoted|paid content)(?: by\b.{0,40})?[-–—:\s]*",
            _I,
        ),
    ),
    # "Subscribe to our newsletter", "Sign up here to get the latest news ... to your inbox":
    # a sign-up word *and* the reader addressed; bounded so a long paragraph is never hit.
    (
        "subscribe prompt",
        re.compile(
            rf"(?=.{{0,320}}$)"
            rf"(?=.*\b(?:subscrib\w*|newsletters?|sign(?:ing)?(?: me)?[ -]?up|inbox(?:es)?|unsubscribe|e-?mail (?:updates|alerts))\b)"
            rf"{_TO_READER}.*",
            _I,
        ),
    ),
    # "Get real time updates directly on your device": push/app prompts.
    (
        "app prompt",
        re.compile(
            rf"(?=.{{0,240}}$){_TO_READER}.*\b(?:app store|google play|ios and android|android and ios|download (?:the|our) .{{0,30}}apps?"
            r"|updates directly on)\b.*",
            _I,
        ),
    ),
    # "© 2021 Example Ltd. All rights reserved": copyright footers.
    ("copyright", re.compile(r"(?=.{0,600}$)(?:(?:©|\(c\)|copyright\b).*|.*\b(?:all rights reserved|some rights reserved)\b.*)", _I)),
    # Comment forms and their policy text.
    (
        "comment form",
        re.compile(
            r"(?=.{0,800}$).*\b(?:your email address will not be published|required fields are marked|save my name, email"
            r"|notify me of (?:new|follow-up)|comments? (?:are|is) (?:closed|moderated)|please enable javascript to view"
            r"|\d+ (?:comments?|responses?|replies|thoughts) (?:to|on)\b|we welcome (?:reader )?comments|to post this comment"
            r"|comments? (?:\w+ ){0,3}(?:civil|moderated|libel\w*|guidelines|policy)|(?:civil|respectful) (?:forum|discussion|conversation)"
            r"|community (?:rules|guidelines|standards) apply"
            r"|please enter your (?:name|e-?mail)|you have entered an incorrect|(?:name|e-?mail|website)\s*:?\s*\*).*",
            _I,
        ),
    ),
    # "Read more", "Related articles", "Skip to content", "Next post": navigation labels.
    ("navigation", re.compile(rf"(?:{'|'.join(NAV_PROMPTS)})[\s:.!»›>»«<‹|-]*", _I)),
    # "Share this article", "Follow us on Twitter", "Facebook Twitter Email": share bars.
    (
        "share bar",
        re.compile(
            r"(?:(?:click to )?(?:share|follow us|follow)(?: this(?: article| story| post| page| comment)?| the (?:article|story))?"
            r"(?: (?:on|via|with|us on)\b.{0,40})?[:!.]?"
            rf"|(?:(?:{_words(SOCIAL_WORDS)}){_SEP}){{1,12}})",
            _I,
        ),
    ),
    # "You are using a browser version with limited support for CSS": browser notices.
    (
        "browser notice",
        re.compile(
            rf"(?=.{{0,400}}$){_TO_READER}"
            r".*\b(?:browser version|your browser|enable javascript|javascript is disabled|update your browser)\b.*",
            _I,
        ),
    ),
    # "I agree my information will be processed ...": consent check boxes.
    (
        "consent box",
        re.compile(
            r"(?=.{0,500}$)(?=.*\b(?:privacy|terms|policy|processed)\b)(?:yes!?\s*)?(?:\w+ ){0,6}?i (?:agree|consent|accept)\b.*",
            _I,
        ),
    ),
    # "Follow The Gleaner on Twitter and Instagram @handle": social-media plugs.
    ("share bar", re.compile(rf"(?=.{{0,300}}$)(?:follow|like|find|join) (?:us|\w+(?: \w+){{0,6}}) on (?:{_words(SOCIAL_WORDS)})\b.*", _I)),
    # "Sign in", "Log in | Register", "Donate now": account buttons.
    ("account button", re.compile(rf"(?:(?:{'|'.join(ACCOUNT_PROMPTS)})\b{_SEP}){{1,4}}", _I)),
    # "Privacy Policy | Terms of Use | Contact Us": footer link rows.
    ("footer links", re.compile(rf"(?:(?:{_words(LEGAL_WORDS)})\b{_SEP}){{1,12}}", _I)),
    # "We use cookies ... you agree": consent banners (the reader addressed, bounded length).
    (
        "cookie notice",
        re.compile(rf"(?=.{{0,500}}$)(?=.*\bcookies?\b){_TO_READER}(?=.*\b(?:accept|agree|consent|use|policy|settings)\b).*", _I),
    ),
    # "When you purchase through links on our site, we may earn a commission": affiliate disclosures.
    (
        "disclosure",
        re.compile(
            r"(?=.{0,500}$).*\b(?:affiliate (?:links?|commissions?|program|advertising)"
            r"|we may (?:earn|receive) (?:a )?(?:commission|compensation))\b.*",
            _I,
        ),
    ),
    # "Image credit: www.example.com", "Photo: Reuters": picture credits.
    (
        "picture credit",
        re.compile(
            r"\(?(?:(?:(?:image|photo|picture|video|graphic|illustration)s?(?: credits?| courtesy)?|credits?)\s*[:|©]\s*.{0,80}"
            r"|(?:image|photo|picture|illustration)s? (?:by|via|from|courtesy of) .{1,60})",
            _I,
        ),
    ),
    # "Jane Doe in Paris contributed to this report.", "Reporting by Jane Doe; Editing by John Roe": the
    # credits of a story. They name journalists, not people of the story, so they go even from clean
    # text (they are not counted as evidence of a web page).
    (
        "credit line",
        re.compile(
            r"(?=.{0,300}$)[-—–\s]*(?:(?-i:[A-Z])[^.!?]{0,200}\bcontributed (?:reporting )?to this (?:report|story|article|post)"
            r"|(?:additional )?reporting by (?-i:[A-Z])[^.!?]{0,200}"
            r"(?:;\s*(?:writing|editing|additional reporting) by [^.!?;]{1,80})*)[.;]?",
            _I,
        ),
    ),
    # "We rely on your support to make local news available to all": donation appeals.
    (
        "donation prompt",
        re.compile(
            rf"(?=.{{0,300}}$)(?=.*\b(?:support|donat\w*|contribut\w*|members?(?:hip)?)\b)"
            rf"(?=.*\b(?:journalism|news|reporting|newsroom|donate (?:today|now))\b){_TO_READER}.*",
            _I,
        ),
    ),
)
"""The furniture rules, first match wins; each pattern must match the whole stripped line."""

BYLINE = re.compile(
    r"(?:by|posted by|written by|article by|story by|words by|reported by|author|authors)\s*:?\s+"
    r"(?-i:[A-Z\u00c0-\u024f])(?:[^.!?]|(?<=\b[A-Z])\.){0,100}",
    _I,
)
"""A byline: "By Jane Doe", "Posted by Alex Durán, AMP Project Marketing": a credit, not prose.

The name must start with a capital (so "by clicking Accept" is not one) and the line must
not be a sentence (no final stop inside); the cleaner also caps it at a few words."""

BYLINE_MAX_WORDS = 12
"""Bylines are short; a longer line starting with "By" is a sentence ("By Monday, the ...")."""

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)? {_MONTH},? \d{{4}}|{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?|{_MONTH},? \d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})"
)
_STAMP_VERB = r"(?:posted|published|updated|modified|asked|answered|edited)"
_TIME = r"(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?|\d{1,2}\s*[ap]\.?m\.?)"

PAGE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "Oct 9, 2019", "April 29 4:05 am", "Posted on April 29, 2022", "Asked 8 years, 2 months ago":
    # a line that is only a time stamp. On a web page that is post metadata; in newswire a
    # date line carries a place ("LONDON 1996-08-30"), and these rules do not run there.
    (
        "time stamp",
        re.compile(
            rf"(?=.{{0,100}}$)(?:(?:{_STAMP_VERB}|last updated|released?|release date)(?: on| at)?:?\s*)?"
            rf"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*[,|•·-]?\s*)?(?:{_DATE}|{_TIME})"
            rf"(?:\s*[,|•·-]?\s*(?:at\s*)?(?:{_DATE}|{_TIME}))*"
            rf"|(?=.{{0,100}}$)(?:{_STAMP_VERB}\s*)?"
            r"(?:(?:\d+|an?|one) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?),?\s*)+ago",
            _I,
        ),
    ),
    # "Will Knight is a senior writer for WIRED, covering ...": the author's biography box.
    (
        "author bio",
        re.compile(
            r"(?=.{0,700}$)(?:(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})(?: at(?-i: [A-Z][\w.'’-]+){1,4})? "
            r"(?:(?:is|was|has been) an?|has worked as an?|works as an?)) (?:[\w-]+,? ){0,4}?"
            r"(?:writer|reporter|editor|correspondent|journalist|columnist|contributor|producer|author|blogger|freelancer|developer"
            r"|team (?:of|publishing|that|who))s?"
            r"(?: (?:for|at|with|based|covering|who|since|and|in|news|articles|stories|writers|reporters|editors|journalists)\b|,).*"
            r"|(?-i:[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,4}) (?:editorial |news )?staff(?: report| writers?)?",
            _I,
        ),
    ),
    # "Get the latest news straight to your phone with the ... app": app plugs.
    (
        "app prompt",
        re.compile(rf"(?=.{{0,200}}$)(?=.*\bapps?\b){_TO_READER}(?=.*\b(?:get|download|install)\b).*", _I),
    ),
    # "The latest news, analysis and insights from ...": a section's or newsletter's tagline.
    (
        "tagline",
        re.compile(r"(?=.{0,200}$)(?!.*\b(?:is|are|was|were|has|have|had)\b)the latest (?:news|updates|stories|on|from|in)\b.*", _I),
    ),
    # "Example News is not responsible for the opinions ... presented by contributors": disclaimers.
    (
        "disclaimer",
        re.compile(
            r"(?=.{0,400}$).*\b(?:(?:is|are) not responsible for (?:the )?(?:\w+ ){0,3}(?:opinions|views|content|comments)"
            r"|do(?:es)? not necessarily (?:reflect|represent) (?:the )?(?:\w+ ){0,2}(?:views|opinions|position)"
            r"|disclaimer (?:\w+ ){0,2}(?:does|do) not apply)\b.*",
            _I,
        ),
    ),
    # "Example is part of Example Media Inc, an international media group. Visit our corporate site.": owner footers.
    (
        "owner footer",
        re.compile(
            rf"(?=.{{0,300}}$)(?=.*\b(?:is (?:a )?part of|is owned by|a division of|a subsidiary of)\b)"
            rf"(?=.*\b(?:media|publish\w*|group|network|inc|ltd|llc|company)\b){_TO_READER}.*",
            _I,
        ),
    ),
    # "Jane Doe has more.", "Jane Doe, Example Radio News.": a broadcast transcript's hand-off and
    # sign-off name the reporter, not a person of the story.
    (
        "credit line",
        re.compile(
            r"(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})(?: has (?:more|the story|the details|this report)"
            r"|, (?-i:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,4}) (?:news|radio|television|tv)(?: news)?)[.!]?",
            _I,
        ),
    ),
    # "Submit your letter to the editor via this form": reader-contribution forms.
    (
        "form prompt",
        re.compile(
            r"(?=.{0,250}$)(?:submit|send|share|tell) (?:us )?(?:your|a) (?:\w+ ){0,4}?"
            r"(?:question|letter|story|tip|comment|feedback|news)s?\b.*",
            _I,
        ),
    ),
)
"""Rules for furniture that looks like content in clean newswire (a date, a biography
sentence); they run only on text already shown to be a pasted web page."""

# --- page regions -----------------------------------------------------------------------------
# The rules below describe *regions* of a page rather than single lines: a teaser box is a heading
# and the headlines under it, a credit hangs under a photo, a meta line mixes a date and a byline.
# They run only on text already shown to be a pasted web page (see ``builder.clean_regions``).

TEASER_HEADING = re.compile(
    r"(?:(?:most|more) (?:read|popular|viewed|shared|commented|watched|emailed)"
    r"|(?:our |the )?(?:trending|popular|related|recommended|latest|top|last|featured|breaking|more|other|editor'?s'?|our"
    r"|today'?s)(?: (?:latest|top|popular|related))?"
    r" (?:(?:news|stories|articles|posts|headlines|videos|reads|coverage|links|content|picks)(?: (?:from|in|on) .{1,40})?"
    r"|from .{1,30}|in .{1,30}|on .{1,30}|for you)|next up(?: in .{1,30})?"
    r"|more (?-i:[A-Z][\w.&'’-]*)(?: (?-i:[A-Z][\w.&'’-]*)){0,3}|more (?:from|in|on) .{1,40}"
    r"|trending(?: now)?|most popular|related|recommended(?: for you)?|you (?:may|might) (?:also )?(?:like|enjoy)"
    r"|(?:don'?t|do not) miss|what to read next|read (?:more|next)|up next|further reading|in case you missed it|(?:our|editor'?s'?) picks"
    r"|also (?:read|on|in) .{1,30}|elsewhere on .{1,30}|around the web|from (?:our|the) (?:network|partners))"
    r"[\s:.!»›>«<‹|-]*",
    _I,
)
"""The heading of a teaser box ("Most Read", "Related Stories", "More World", "Trending News"):
the short lines right under it are headlines of other pages. "More X" counts only with X capitalised,
a section name; on its own a heading like this never removes a paragraph (see ``clean_regions``)."""

TEASER_MAX_WORDS = 25
"""A teaser headline (with its byline or section) is short; a longer line under a teaser heading is
article prose, where the box ends."""

TEASER_MAX_LINES = 16
"""A teaser box lists a handful of headlines; past this many lines the block is not a box."""

INLINE_LINK = re.compile(
    r"(?:(?:more|related|read more|read also|also read|see also|related (?:story|article|coverage|content|link)"
    r"|recommended|must read|don'?t miss|trending|watch|listen|opinion|explainer)\s*:\s*\S.{2,200}(?<![.!])"
    r"|\[[^\[\]]{2,160}\])",
    _I,
)
"""A link to another story in the middle of the article: "MORE: Council approves ...", "[Our Latest
Forecast: ...]", "Related: ...". A labelled line that ends like a sentence is kept (it may be prose)."""

PAYWALL = re.compile(
    r"(?=.{0,300}$).*\b(?:(?:for|read) the (?:full|rest of the|entire) (?:story|article)|to (?:view|read|see)"
    r" (?:the|this) (?:full|rest|entire|whole)|subscribers? only|unlock (?:this|the full|full) (?:article|story))\b.*",
    _I,
)
"""A paywall notice: the lines after it are teasers and offers, not more of the article. "Continue
reading" is left out: some sites put it mid-article above an advert, and the article goes on."""

PHOTO_AGENCIES = (
    "getty images", "getty", "associated press", "ap photo", "ap", "reuters", "afp", "epa", "efe", "shutterstock",
    "alamy", "istock", "istockphoto", "bloomberg", "pa", "pa images", "pa wire", "zuma", "zuma press", "xinhua", "sipa",
    "anadolu", "imago", "picture alliance", "dpa", "upi", "handout", "pool", "files", "file photo", "file",
)  # fmt: skip
"""Picture agencies and credit words that end a photo credit ("Jane Doe/Getty Images", "Reuters files")."""

_AGENCY = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in sorted(PHOTO_AGENCIES, key=len, reverse=True))
_CAP = r"(?-i:[A-Z][\w.&'’-]*)"
_NAME_RUN = rf"{_CAP}(?:\s+(?:{_CAP}|of|the|and|de|van|von|la|le))*"

CREDIT_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "Jane Doe/The Daily Example", "Jane Doe | Getty Images", "(Jane Doe / Example Chronicle)":
    # capitalised names joined by slashes or bars, nothing else: a photo credit.
    ("photo credit", re.compile(rf"(?=.{{0,120}}$)\(?{_NAME_RUN}(?:\s*[/|]\s*{_NAME_RUN})+\)?")),
    # "Jane Doe, ASSOCIATED PRESS", "Reuters files", "Jane Doe Getty Images": a name run ending with an agency.
    (
        "photo credit",
        re.compile(rf"(?=.{{0,120}}$)\(?(?:{_NAME_RUN}[\s,/|-]*)?(?:via\s+)?(?:{_AGENCY})(?:\s+(?:files|photo|images))?\)?", _I),
    ),
    # A caption that ends with its credit: "... at the rally. (AP Photo/Jane Doe)", "... a rodent.Credit: Example
    # Times", "... in New York. (Photo: Getty Images)": the credit marks the whole line as a caption.
    (
        "caption",
        re.compile(
            r"(?=.{0,600}$).*(?:\((?:[^()]*\b(?:photo|image|picture|credit|getty|reuters|afp|shutterstock)\b[^()]*"
            rf"|{_NAME_RUN}(?:\s*/\s*{_NAME_RUN}){{1,}})\)"
            r"|(?:credit|photo|image|picture|photograph)s?\s*:\s*[^.:]{2,80}"
            rf"|[.)](?-i:Reuters|AP|AFP|EPA|Getty Images|Shutterstock|Bloomberg))\s*"
            r"|\d{1,2}\s?of\s?\d{1,2}(?-i:[A-Z]).{10,600}",
            _I,
        ),
    ),
)
"""Photo credits and captions with credits; page-only (a newswire line "(Reuters)" starts a story)."""

META_WORDS = frozenset({
    "posted", "published", "updated", "modified", "edited", "written", "last", "first", "on", "at", "by", "in", "source",
    "am", "pm", "a.m.", "p.m.", "and", "from", "reviewed", "medically", "fact", "checked",
})  # fmt: skip
"""Words of a post's meta line ("First published on ... / 8:16 AM / Example News"), besides dates and names."""

META_MAX_WORDS = 24
"""A meta line (date, time, byline, source) is short."""

WEEKDAY = re.compile(r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\b\.?,?", _I)
DATE_OR_TIME = re.compile(
    rf"{_DATE}|(?<![\d.,]){_TIME}|\b\d{{1,2}}\s*[mhd]\s+ago\b|@\s*\d{{1,2}}:\d{{2}}"
    r"|\b(?:\d+|an?|one) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?),? ago\b",
    _I,
)
"""A date or time inside a meta line; a meta line must hold at least one."""

TIME_ZONE = re.compile(r"\b(?-i:[A-Z]{2,4})\b")

COMMENT_HEADER = re.compile(r"(?=.{1,120}$)(?:.{1,60}?\s)?(?:says|said|wrote|writes|replied|commented)\s*:", _I)
"""The header of a reader's comment ("jdoe says:", "Jane Doe on May 2, 2019 at 8:34 pm said:"); a run
of them is a comment thread. Button rows ("Reply", "Report") are left out: embedded posts inside an
article carry them too."""

NAME_LINE = re.compile(r"(?:(?:Sen|Rep|Dr|Gov|Mr|Mrs|Ms|Prof)\.\s)?[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,3}")
"""A line that is only a name ("Jane Doe", "Sen. John Roe"): a byline when it recurs in a teaser list."""

CARD_MIN_ITEMS = 3
"""Cards of other stories come in lists; three markers spaced alike make one."""
CARD_MAX_GAP = 4
"""Lines between two markers of a card list: a headline, a dek, a byline (a comment can be longer)."""
COMMENT_MAX_GAP = 12

LINK_LIST_ITEMS = 3
"""So many headline-shaped lines in one block (no blank line between) make a list of links."""
LINK_MIN_WORDS = 4
"""A headline of another story has a few words; shorter lines are menu items, judged by the menu rules."""
