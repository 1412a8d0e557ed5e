"""A hostile corpus: strings that would run code or change the page if they were not treated as text.

Every payload that could execute calls ``alert(...)`` or the global marker ``pwn(...)``; the
browser test defines ``pwn`` before any page script runs and fails if it is ever called or a
dialog opens. The static checks look for the pieces these payloads try to create (tags,
``on*`` attributes, script URLs) anywhere in the built HTML.
"""

from __future__ import annotations

# Classic HTML/JS injection and filter-evasion forms.
HTML = [
    "<script>alert(1)</script>",
    "<script>pwn(2)</script>",
    "<SCRIPT SRC=data:text/javascript,pwn(3)></SCRIPT>",
    "<ScRiPt>pwn(4)</sCrIpT>",
    "<script/xss>pwn(5)</script>",
    "<<script>pwn(6);//<</script>",
    "<scr<script>ipt>pwn(7)</scr</script>ipt>",
    "<img src=x onerror=pwn(8)>",
    '<img src=x onerror="alert(9)">',
    '<IMG SRC="javascript:pwn(10);">',
    "<IMG SRC=JaVaScRiPt:pwn(11)>",
    "<IMG SRC=`javascript:pwn(12)`>",
    '<img src="jav&#x09;ascript:pwn(13);">',
    "<img src=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;pwn(14)>",
    '<img """><script>pwn(15)</script>">',
    "<svg onload=pwn(16)>",
    "<svg><script>pwn(17)</script></svg>",
    "<svg><animate onbegin=pwn(18) attributeName=x dur=1s>",
    '<svg><a xlink:href="javascript:pwn(19)"><text x=20 y=20>click</text></a></svg>',
    "<math><mtext><table><mglyph><style><img src=x onerror=pwn(20)>",
    "<body onload=pwn(21)>",
    '<iframe src="javascript:pwn(22)"></iframe>',
    '<iframe srcdoc="<script>parent.pwn(23)</script>"></iframe>',
    '<object data="data:text/html;base64,PHNjcmlwdD5wYXJlbnQucHduKDI0KTwvc2NyaXB0Pg=="></object>',
    '<embed src="javascript:pwn(25)">',
    '<a href="javascript:pwn(26)">click me</a>',
    '<a href="  JaVaScRiPt:pwn(27)">x</a>',
    '<a href="data:text/html,<script>pwn(28)</script>">x</a>',
    '<a href="vbscript:msgbox(29)">x</a>',
    "<details open ontoggle=pwn(30)>",
    "<input autofocus onfocus=pwn(31)>",
    '<video><source onerror="pwn(32)"></video>',
    '<div style="background:url(javascript:pwn(33))">x</div>',
    "<style>@import 'javascript:pwn(34)';</style>",
    '<meta http-equiv="refresh" content="0;url=javascript:pwn(35)">',
    '<base href="javascript:pwn(36)//">',
    '<form action="javascript:pwn(37)"><button>go</button></form>',
    "<button formaction=javascript:pwn(38)>x</button>",
    '"><script>pwn(39)</script>',
    "'><img src=x onerror=pwn(40)>",
    '" onmouseover="pwn(41)" x="',
    "' autofocus onfocus='pwn(42)' x='",
    "</p></div><script>pwn(43)</script>",
    "</textarea></title></style></script><script>pwn(44)</script>",
    "<!--<script>pwn(45)</script>-->",
    "<![CDATA[<script>pwn(46)</script>]]>",
    "&lt;script&gt;pwn(47)&lt;/script&gt;",
    "&#60;script&#62;pwn(48)&#60;/script&#62;",
    "\\u003cscript\\u003epwn(49)\\u003c/script\\u003e",
    "%3Cscript%3Epwn(50)%3C/script%3E",
    "<scr\x00ipt>pwn(51)</scr\x00ipt>",
    "javascript:pwn(52)",
    "data:text/html;base64,PHNjcmlwdD5wd24oNTMpPC9zY3JpcHQ+",
    "<x onclick=pwn(54) style=display:block;position:fixed;inset:0>cover</x>",
    "<img src=x:pwn(55) onerror=eval(src)>",
    '<noscript><p title="</noscript><img src=x onerror=pwn(56)>">',
    "<template><script>pwn(57)</script></template>",
    "${pwn(58)} `${pwn(58)}` #{pwn(58)}",
]

# Markdown, MkDocs, Jinja and YAML syntax: must show literally, never become markup.
MARKUP = [
    "[click](javascript:pwn(59))",
    "![img](javascript:pwn(60))",
    "[x](data:text/html,<script>pwn(61)</script>)",
    "<javascript:pwn(62)>",
    "[ref][r]\n\n[r]: javascript:pwn(63)",
    "**bold** _em_ `code` ~~strike~~",
    "# Heading injected",
    '<div markdown="1">[md](javascript:pwn(64))</div>',
    'text {: onclick="pwn(65)" }',
    "{: #id .cls onmouseover=pwn(66) }",
    '!!! note "<img src=x onerror=pwn(67)>"\n    admonition body',
    "??? warning\n    collapsible",
    '--8<-- "/etc/passwd"',
    ';--8<-- "mkdocs.yml"',
    "{{ 7*7 }} {{ config }} {{ self.__init__.__globals__ }}",
    "{% for x in range(3) %}loop{% endfor %}",
    "{# comment #} {%raw%}raw{%endraw%}",
    "!!python/object/apply:os.system ['pwn 68']",
    "!ENV [HOME]",
    "!relative $config_dir",
    "&anchor *alias <<: *alias",
    "---\ntitle: injected\n---",
    "| a | b |\n|---|---|\n| <script>pwn(69)</script> | x |",
    "```html\n<script>pwn(70)</script>\n```",
    "<!-- hidden --> [TOC] $$x$$",
    "@import url(javascript:pwn(71));",
    "\u202eRTL override<script>pwn(72)</script>\u202c",
    "zero\u200bwidth\u200d<scr\u200bipt>pwn(73)</script>",
]

PAYLOADS: list[str] = HTML + MARKUP

# Pieces of payloads that must never appear unescaped in an HTML page: each is a tag or an
# attribute a payload tries to create. (The site's own markup never contains them.)
MARKERS = ("pwn(", "alert(", "msgbox(")
