"""Word lists for the people extractor, kept as data apart from the rules that use them.

All entries are lower case; the extractor compares ``token.lower_`` (with a trailing
full stop removed for abbreviations). The lists describe kinds of words (titles, roles,
places, nationalities), never one article's names.
"""

from __future__ import annotations

from spacy.tokens import Token

from builder.lexicons.time import MONTHS as _TIME_MONTHS


def _words(text: str) -> frozenset[str]:
    """A word list written as whitespace-separated words (easier to read and edit than quoted items)."""
    return frozenset(text.split())


# Honorifics and military/political ranks that stand before a name but are not part of it
# ("Mr. Smith", "Sen. McCain", "Gen. Votel"). Abbreviations are listed without the full stop.
HONORIFICS: frozenset[str] = _words(
    """
    general colonel captain sergeant lieutenant commander admiral marshal
    mr mrs ms miss mx dr prof sir dame lord lady rev reverend fr apostle pastor sen senator rep representative
    monsignor msgr
    gov governor lt col gen maj capt cpt sgt cpl pte pvt adm cmdr cdr brig insp det supt hon judge justice
    mayor sheikh sheik imam rabbi cardinal bishop archbishop king queen prince princess emperor empress pope
    president premier chancellor ayatollah messrs mme mlle herr signor senor senora
    """
)

# Abbreviations that stand before a name ("Staff Sgt. John Smith", "Karni Bt. Ahmad"): a
# sentence that ends in one of them was cut by the sentence splitter and is only half a
# sentence. A plain word such as "May." or "Cup." ends a sentence normally.
NAME_ABBREVIATIONS: frozenset[str] = _words(
    """
    mr mrs ms dr prof rev fr sr jr st mt ft sgt lt col gen maj capt cpt cmdr adm cpl pvt det insp supt
    gov sen rep pres amb hon bt bte bin
    """
)

# Of those, the titles and ranks, which never end a sentence ("Navy Capt. Jeff Davis"). A suffix
# ("John Smith Jr.") or a place ("Main St.") can, and a patronymic particle is too rare to say.
TITLE_ABBREVIATIONS: frozenset[str] = NAME_ABBREVIATIONS - _words("sr jr st mt ft bt bte bin")

# Offices written as a title right before a name ("Minister Roe", "Supervisor Jane Roe"): like an
# honorific, such a capitalised word says the name after it is a person's and is no part of the name.
NAME_TITLES: frozenset[str] = _words(
    """
    minister secretary supervisor councilman councilwoman councilmember commissioner ambassador chairman
    chairwoman director spokesman spokeswoman superintendent sheriff coach manager host co-host anchor
    congressman congresswoman assemblyman assemblywoman alderman delegate trustee chief inspector detective
    officer deputy speaker
    """
)

# Honorifics of courtesy only: "Mr.", "Dr." or "the Hon." before a name says nothing about a person's office.
COURTESY_TITLES: frozenset[str] = _words(
    """
    mr mrs ms miss mx messrs mme mlle herr signor senor senora sir dame dr hon honourable honorable rt
    """
)

# Head words of a role or office: a phrase holding one of these is a role ("defense secretary").
ROLE_HEADS: frozenset[str] = _words(
    """
    president vice-president premier chancellor minister secretary chairman chairwoman chairperson chair chief
    ceo cfo coo executive director manager head leader spokesman spokeswoman spokesperson governor senator sen
    representative congressman congresswoman mayor ambassador envoy diplomat general admiral colonel commander
    officer lieutenant captain sergeant major marshal inspector attorney prosecutor judge justice lawyer
    counsel advocate solicitor king queen prince princess emperor pope cardinal bishop archbishop imam rabbi
    priest coach trainer captain striker midfielder defender goalkeeper forward player champion analyst
    economist strategist trader dealer broker banker founder co-founder owner president-elect deputy
    undersecretary under-secretary commissioner chief-of-staff aide adviser advisor consultant official
    spokesman negotiator mediator editor correspondent reporter journalist columnist author writer presenter
    anchor professor lecturer researcher scientist doctor surgeon nurse treasurer auditor comptroller administrator
    secretary-general president-general registrar lawmaker legislator politician candidate nominee mp deputy
    delegate actor actress singer star musician artist director producer partner shareholder investor
    principal dean rector provost sheriff constable superintendent detective police policeman policewoman
    agent blogger singer songwriter rapper guitarist drummer comedian teacher swimmer athlete veteran driver
    pilot sailor soldier farmer fisherman activist campaigner dissident whistleblower critic physicist chemist
    engineer architect designer photographer filmmaker novelist poet historian rapporteur mentor superstar
    co-star frontman front-man playmaker quarterback pitcher batsman bowler cyclist boxer apostle pastor
    preacher cleric monk nun supervisor councilmember councilman councilwoman assemblyman assemblywoman
    alderman trustee host co-host billionaire millionaire businessman businesswoman entrepreneur executive
    resident student incumbent challenger organizer organiser volunteer supporter colleague ghostwriter
    memoirist neonatologist obstetrician gynecologist pediatrician physician paramedic firefighter frontrunner
    front-runner mother father wife husband son daughter brother sister grandson granddaughter grandmother
    grandfather uncle aunt nephew niece cousin widow widower fiancee fiance girlfriend boyfriend friend
    neighbor neighbour victim witness suspect defendant plaintiff survivor owner landlord tenant employee
    worker manager speaker accountant patriarch
    """
)

# Compass points as abbreviated before a place name ("N. Korea", "S. Africa", "W. Virginia"); without the full stop.
COMPASS_POINTS: frozenset[str] = _words(
    """
    n s e w ne nw se sw
    """
)

# Words that may join the parts of a title ("Secretary of State", "Sheriff's Deputy", "Director-General", "writer/activist").
ROLE_LINKS: frozenset[str] = frozenset({"of", "for", "'s", "’s", "-", "/", "&", "and"})

# Words that may open an apposition naming a role ("the ...", "a ...", "her attorney, X").
ROLE_OPENERS: frozenset[str] = _words(
    """
    the a an another his her their its one
    """
)

# Words that qualify a role and must be kept with it ("then defense secretary", "acting inspector general").
ROLE_QUALIFIERS: frozenset[str] = _words(
    """
    then former ex acting interim deputy assistant associate senior junior chief vice outgoing incoming
    newly-appointed new late retired current sitting designate elect co
    """
)

# Capitalised words that open or fill a name-shaped run but are never a name: sentence openers and
# quantifiers ("Both Sanders and …", "Team Clinton"),
# calendar words and holidays, greetings ("Happy Foo Day"), and the labels of sports tables
# ("Attendance", "Extras"). "Jesus" is not here: it is a common given name ("Jesus Roe"); "Christ" is.
NOT_NAME_WORDS: frozenset[str] = _words(
    """
    the a an and or but if when while after before as at in on of for from to by with without this that these
    those there here it its he she they we i you his her their our my your monday tuesday wednesday thursday
    friday saturday sunday january february march july september october november december feb apr jun jul aug
    sep sept oct nov dec attendance extras total totals scorer scorers scorer(s) result results standings
    table division league cup group round final semifinal quarterfinal stage points pts avg average played won
    lost drawn add adds new old north south east west northern southern eastern western central god allah
    northeast northwest southeast southwest happy merry dear welcome congratulations christmas easter
    hanukkah hashanah kippur ramadan eid diwali thanksgiving passover
    christ both every each another several either neither team so
    """
)

# Words that name a storm, not a person, when they head a name ("Hurricane Edouard",
# "Tropical Storm Bill", "Typhoon Haiyan").
STORM_WORDS: frozenset[str] = _words("hurricane typhoon cyclone storm")

# Web platforms and news sites that the small model tags as persons ("Twitter said it would
# review …", "Several Twitter users …"): no person is called by one of these alone.
PLATFORM_NAMES: frozenset[str] = _words(
    """
    twitter facebook instagram youtube linkedin reddit tiktok snapchat whatsapp pinterest tumblr google yahoo
    politico breitbart buzzfeed huffpost wikipedia
    """
)

# Lower-case particles that may sit inside a name ("Maarten den Bakker", "Gil de Ferran").
NAME_PARTICLES: frozenset[str] = _words(
    """
    de del della der den van von da di du le la dos das bin ben ibn al el ul ter ten y wa dal
    """
)

# Generational suffixes that end a name ("Al Unser Jr").
NAME_SUFFIXES: frozenset[str] = _words(
    """
    jr jnr sr snr ii iii iv
    """
)

# Countries, regions and common place words: a candidate made of these is a place, not a person.
PLACE_WORDS: frozenset[str] = _words(
    """
    afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
    bangladesh barbados belarus belgium belize benin bermuda bhutan bolivia bosnia botswana brazil britain
    brunei bulgaria burkina burundi cambodia cameroon canada chad chile china colombia congo croatia cuba
    cyprus czech denmark djibouti dominica ecuador egypt england eritrea estonia ethiopia europe fiji finland
    france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti herzegovina holland
    honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan
    kazakstan kenya korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein
    lithuania luxembourg macedonia madagascar malawi malaysia maldives mali malta mauritania mauritius mexico
    moldova monaco mongolia montenegro morocco mozambique myanmar namibia nepal netherlands nicaragua niger
    nigeria norway oman pakistan palestine panama paraguay peru philippines poland portugal qatar romania
    russia rwanda samoa scotland senegal serbia seychelles singapore slovakia slovenia somalia spain sudan
    suriname swaziland sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga trinidad tobago
    tunisia turkey turkmenistan uganda ukraine uruguay usa uzbekistan venezuela vietnam wales yemen yugoslavia
    zaire zambia zimbabwe africa america asia antarctica oceania arctic atlantic pacific caribbean balkans
    baltic us u.s. uk u.k. un u.n. eu e.u. usa u.s.a. ussr lanka sri saudi arabia emirates zealand
    """
)

# Endings of place names ("Derbyshire", "Leicestershire") and words heading an organisation or
# a place ("Manchester United", "Changi Prison"), and the heads of streets, shops, groups, illnesses and
# labels ("Foo Drive", "Foo Store", "the Foo Caucus", "Foo Syndrome", "Release Date"): a candidate ending
# in one is not a person.
PLACE_SUFFIXES: tuple[str, ...] = ("shire",)
ORG_HEADS: frozenset[str] = _words(
    """
    inc inc. corp corp. co co. ltd ltd. plc spa s.a. ag gmbh nv bv llc lp group holdings bank club fc united
    city county rovers athletic wanderers albion stadium arena park prison newsroom network networks cables
    systems controls mining industries company corporation university college school institute ministry
    department agency council committee commission party army navy force forces airlines airways motors
    airport hospital church mosque temple street road avenue square river mountain mountains island islands
    valley province state republic kingdom union federation association news times post journal herald tribune
    gazette radio television tv office building mall centre center tower hall brothers bros studios records
    foundation fund trust house command sports online daily initiative project campaign program programme
    alliance coalition movement society
    drive boulevard blvd plaza store stores village strip caucus sisters resort resorts hotel hotels staff
    restaurant cafe kitchen market international collider syndrome disease dystrophy women date assembly
    oy oyj bhd pty service services observatory exchange index assurance abbey reef junction concerto symphony
    sonata rangers
    """
)

# Nationality and demonym words: "Russian", "Briton" name a nationality, never a person.
NATIONALITIES: frozenset[str] = _words(
    """
    afghan albanian algerian american angolan argentine argentinian armenian australian austrian azeri azeris
    azerbaijani bangladeshi belarussian belgian bolivian bosnian brazilian british briton britons bulgarian
    burmese cambodian cameroonian canadian chadian chilean chinese colombian congolese croat croatian cuban
    cypriot czech dane danish dutch ecuadorean egyptian emirati english eritrean estonian ethiopian european
    filipino finn finnish french gabonese georgian german ghanaian greek guatemalan guinean haitian honduran
    hungarian icelandic indian indonesian iranian iraqi irish israeli italian ivorian jamaican japanese
    jordanian kazakh kenyan korean kurd kurdish kuwaiti kyrgyz lao latvian lebanese liberian libyan lithuanian
    macedonian malaysian malian maltese mauritanian mexican moldovan mongolian moroccan mozambican namibian
    nepali nepalese nigerian nigerien norwegian pakistani palestinian panamanian paraguayan peruvian polish
    portuguese qatari romanian russian rwandan saudi scottish scot senegalese serb serbian slovak slovene
    slovenian somali spanish spaniard sudanese swede swedish swiss syrian taiwanese tajik tanzanian thai
    tunisian turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni yugoslav
    zambian zimbabwean lankan lankans leonean leoneans arab arabs muslim muslims christians jew jews jewish catholic protestant sunni shia
    shiite hindu sikh buddhist western eastern asian african latin springbok springboks wallaby wallabies
    all-black kiwi kiwis democrat democrats republican republicans tory tories labour socialist socialists
    communist communists pole poles islamist islamists
    """
)

# Verbs that report speech: a name-shaped run right before one ("Bob Estes said") names a person.
SPEECH_VERBS: frozenset[str] = _words(
    """
    said says say told tells added adds noted notes explained explains argued argues warned warns insisted
    insists stated states wrote writes declared declares announced announces asked asks replied replies
    admitted admits recalled recalls claimed claims urged urges
    """
)

# Common given names from many languages: a capitalised run that starts with one ("Nolan Henke",
# "Bernard Lama") is a person's name even where the small model missed it. Deliberately left
# out: given names that are far more often places, months or words in news ("Jordan", "Georgia", "Paris",
# "Will", "June", "Florence", "Grace").
GIVEN_NAMES: frozenset[str] = _words(
    """
    iain phillip patrice bertrand nico marius thorsten cristiano mihai lubomir wasim chad sabri aaron abdul
    abdullah abraham adam adrian agnes ahmad ahmed aidan alan alastair albert alberto alex alexander alexandra
    alexandre alexei alfonso alfred ali alice alicia alison alistair allan allen alpay amanda amy ana anatoly
    andre andrea andreas andrei andres andrew andrey andy angela angelo ann anna anne annie anthony antoine
    anton antonio arjuna arnold arthur asif ashley aziz barbara barry basil ben benjamin bernard bernd bert
    bill billy bob bobby boris brad bradley brandon brendan brent brett brian bruce bruno bryan carl carla
    carlo carlos carmen carol caroline catherine cedric cesar charles charlie chris christian christina
    christine christopher chuck claude claudia claudio colin conchita craig cristina curtis cyril dale damien
    dan daniel daniela danny dario darren dave david dean deborah denis dennis derek diana diane dick diego
    dieter dimitri dirk dmitry dominic don donald doris doug douglas duncan dwight earl ed eddie edgar eduardo
    edward elena elizabeth ellen emil emilio emily emma enrique eric erik ernesto ernst esther eugene evan
    evgeny fabio faisal felipe felix fernando fidel filippo florian francesco francis francisco franck frank
    franz fred frederic frederick friedrich gabriel gabriela gary gaston gavin gene geoff geoffrey george
    georg gerald gerard gerhard gianni gilles giorgio giovanni giuseppe glen glenn gordon goran graham grant
    greg gregory guido guillermo gunther gustavo guy hakan hamid hans harold harry hasan hassan heinz helen
    helena helmut henri henrik henry herbert hector hideo hillary howard hugh hugo hussein ian igor ilya imran
    ines ingrid irina isabel ivan jack jacques jaime james jamie jan jane janet janos jason javier jean jeff
    jeffrey jennifer jens jeremy jerry jesper jesse jessica jim jimmy joan joanna joe joel johan johann
    johannes john jon jonas jonathan jorge jose josef joseph josh juan judith julia julian julie julio jurgen
    justin kai karen karim karl kate katherine kathleen kazuo keith ken kenneth kevin khalid kim kirk klaus
    konstantin kurt lance larry laura laurent lee leo leon leonard leonid les lesley leslie lilian linda
    lindsay lisa liz lorenzo louis louise luc luca lucas lucy luigi luis lynn magnus mahmoud malcolm manuel
    marc marcel marco marcus margaret maria mariano marie mario marion mark marko martin mary matt matthew
    matthias maurice max maxim melissa michael michel michele michelle miguel mikael mike mikhail milan
    mohamed mohammad mohammed monica moshe muhammad nancy naomi natalia natalya neil nelson nick nicholas
    nicola nicolas nicole nigel nikolai nikos nils noel nolan norman oleg olga oliver omar oscar otto owen
    pablo pamela pascal patricia patrick paul paula pavel pedro pete peter petr phil philip philippe pierre
    pieter rachel rafael ralph ramon randall randy raul ray raymond rebecca reinhard rene ricardo riccardo
    richard rick ricky rob robert roberto robin rodney roger roland rolf roman ron ronald ronnie rose ross roy
    ruben rudolf rudy russell ruth ryan saeed salim salvatore sam samuel sandra sandrine sara sarah saul scott
    sean sebastian serge sergei sergey sergio shane sharon shaun sheila shimon silvio simon sophie stanley
    stefan stefano stephan stephane stephen steve steven stuart susan sven svetlana tanja tatiana tatyana ted
    terry thierry thomas tim timothy tina toby todd tom tomas tommy tony trevor uwe valentina valery vasily
    vera victor viktor vincent vincenzo vladimir walter warren wayne werner william willie wim wolfgang yasser
    yekaterina yevgeny yitzhak youssef yuri yves zoran
    abby adele adriana agnieszka aisha akira alain alejandro aleksandr alessandro alfredo alina allison
    alvaro amelia amir anders andrzej angelica angelina anita anja antonia ariel arturo ashok audrey barbara
    beatrice bela benoit bernadette beth betty bianca bjorn boban bogdan brenda bridget brooke bruno caitlin
    camille candice carina carmen carolina cassandra cecilia celine charlotte chloe christa christophe cindy
    clara clarence claudine colleen connie corinne courtney cynthia dagmar daisy damon dana danielle daphne
    darius darko davide debbie delia denise desmond diego dominique donna doreen dorothy dragan duane dusan
    dylan edith edwin eileen elaine eleanor elias elisa elisabeth eliza ella ellie elsa emanuel emmanuel
    enrico erin ernesto estelle ethan eva evelyn fatima federico felicity fiona frances francesca francoise
    gabriele gaetano gail gemma geraldine gert gheorghe gilbert gina giulia greta gustav gwen hailey hannah
    harriet heather heidi helga hilary horst hubert ibrahim ida ignacio ilse imelda indira irene isaac
    ismail ivana ivo jacqueline jakob janice janine jaroslav jasmine javed jenny jerome jill jo joanne
    jocelyn jodie johanna jolanta josephine joyce juan judy juliana juliette jurgen justine kamal karin
    karina karla katarina kathy katrin kelly kenji kenneth kerry kimberly kirsten krisztina kristina kurt
    kyle lars laszlo laurence leila lena leopold liam lidia liliana lionel lisette liv lola lorena lorraine
    lotte luciano lucia ludmila luisa lydia madeleine magdalena maggie malik mandy manfred marcela margarita
    mariana marianne marina marisa marjorie marlene marta martina marty massimo matteo maureen maya megan
    melanie mia miroslav miriam mohan molly mona muriel nadia nadine natasha nathalie nathan nell nina noah
    nora norbert odile olivia ottavio paolo patti pauline peggy penelope petra philippa pia pierre-yves
    priscilla rahul rainer rajesh ramona raquel renata renee rhonda rita roberta rocco rodrigo romano
    ronaldo rosa rosalind rosemary roxanne rui sabine sabrina samantha sanjay sasha selina serena sergio
    shannon sheryl shirley silvia simona simone sonia sonja stacy stella stephanie suzanne sylvia tamara
    tania teresa thelma theresa tiffany timo tobias tomasz tracy ursula valentin valerie vanessa veronica
    vicky viktoria vivian wanda wendy wilhelm xavier yasmin yolanda yvonne zach zachary zoe zbigniew zdenek
    """
)


def lexicon_key(token: Token) -> str:
    """The form a token is looked up in these lists by: lower case, without an abbreviation's stop ("Sen." -> "sen")."""
    return token.lower_.rstrip(".")


# Words of photo credits and bylines ("Photo: Jane Roe/Agency", "Getty Images", "Staff Writer"):
# a name on such a line credits the page's makers, it is not a person of the story.
CREDIT_WORDS: frozenset[str] = _words(
    """
    photo photos photograph photographs photographer photography image images credit credits getty ap afp reuters
    epa shutterstock illustration video courtesy tagged tags topics byline staff contributor contributors
    """
)

# What follows a firm's name, as written (case kept: "AB" and "SA" in capitals, "plc" in lower case):
# "Foo Bar Inc", "Foo Oy", "Foo & Co", "Foo (Holdings) Ltd". A name the article also writes so is a firm's.
FIRM_SUFFIXES: tuple[str, ...] = (
    "Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd", "Ltd.", "Plc", "PLC", "plc", "LLC", "GmbH", "AG", "AB", "Oy", "Oyj",
    "NV", "N.V.", "SA", "S.A.", "SpA", "BV", "Bhd", "Pty", "Holdings", "& Co", "& Co.", "& Sons",
)

# Prepositions that put a place after them ("in Foo Store", "near Bar Lane"): a one-off name right after
# one is more often a place than a person (people are met "with", "by" or "according to").
PLACE_PREPOSITIONS: frozenset[str] = _words(
    """
    in at near above across outside inside into toward towards throughout within along onto
    """
)


# Nouns for a person of a nation or kind that introduce the name after them ("Frenchman Jean Roe",
# "Americans Jane Roe and John Doe"): the name that follows is a person's.
PERSON_NOUNS: frozenset[str] = _words(
    """
    frenchman frenchwoman englishman englishwoman dutchman dutchwoman irishman irishwoman scotsman scotswoman
    welshman welshwoman americans australians britons germans italians russians spaniards canadians
    compatriot countryman countrywoman team-mate teammate rookie veteran newcomer youngster teenager
    """
)

# Nouns of a place named after "of" ("the state of Foo", "the town of Bar"): the name is a place.
PLACE_NOUNS: frozenset[str] = _words(
    """
    state states city cities town towns village villages province provinces region regions county counties
    district districts island islands republic kingdom borough suburb suburbs neighborhood neighbourhood
    municipality port
    """
)

# Words that open the names of sports clubs and saints' places ("Real Madrid", "Dynamo Kiev",
# "Sporting Lisbon", "St Pauli", "F.C. Foo"): generic club words (royal, sporting, athletic, the
# sports societies found in many countries), never one club's own name.
CLUB_WORDS: frozenset[str] = _words(
    """
    st st. ste f.c. f.c fc a.c. a.c ac s.c. s.c sc real deportivo sporting dynamo dinamo lokomotiv lokomotiva spartak
    borussia fortuna hapoel maccabi betar olympique olympiakos olympiacos atletico athletico racing rapid
    union unión inter internazionale
    """
)

# Month names and abbreviations: a hyphenated run of them ("Jan-May", "Sept-Oct") is a period, not a name.
MONTHS: frozenset[str] = frozenset(_TIME_MONTHS)  # the time lexicon's months and abbreviations
