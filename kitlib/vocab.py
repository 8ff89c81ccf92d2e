"""Every word list of the kit, in one place.

A list that two modules need is defined here once and imported by both, so the
two can never disagree. Each section says which module mainly uses it; a list
that only one rule needs may stay beside that rule, with a comment saying so.
Lists longer than a few lines, or with a note per entry, live in data files
(``data/lexicons/``) and are read by the module that owns them.

>>> "Sen." in TITLE_ABBREVIATIONS and "Senator" in TITLE_WORDS
True
>>> "However" in NOT_NAMES
True
>>> SUBJECT_PRONOUNS["she"]
'female'
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

from kitlib import data

__all__ = [
    "ABBREVIATIONS",
    "ADVERBS_BEFORE_CUE",
    "AUXILIARIES",
    "AUXILIARIES_BEFORE_CUE",
    "BEFORE_SUBJECT",
    "CALENDAR_WORDS",
    "CARDINAL_WORDS",
    "CLAUSE_OPENERS",
    "CLAUSE_VERBS",
    "CLAUSE_WORDS",
    "DAYS",
    "DEFINITE_DETERMINERS",
    "FRAME_CUE_FAMILIES",
    "FUNCTION_WORDS",
    "GENDERED_WORDS",
    "GROUP_WORDS",
    "HONORIFICS",
    "INDEFINITE_DETERMINERS",
    "LONE_DESCRIPTIONS",
    "MIND_VERBS",
    "MONTHS",
    "NAME_JOINERS",
    "NAME_PARTICLES",
    "NAME_SUFFIXES",
    "NAME_TITLES",
    "NAME_TITLES_FEMALE",
    "NAME_TITLES_MALE",
    "NOT_ADJECTIVES",
    "NOT_NAMES",
    "NOT_NAME_WORDS",
    "NOT_PERSON_NAMES",
    "NOT_SPEAKER_STARTS",
    "NOT_TITLE_NOUNS",
    "NUMBER_WORDS",
    "ORGANISATION_ACRONYMS_NOT",
    "ORGANISATION_WORDS",
    "OTHER_NAME_WORDS",
    "PARTY_LABELS",
    "PERSONAL_PRONOUNS",
    "PERSON_NOUNS_AFTER",
    "PERSON_PRONOUNS",
    "PHRASE_STARTS_NOT",
    "PLACE_ACRONYMS",
    "PLACE_NAMES",
    "PLACE_NAME_STARTS",
    "PLACE_WORDS",
    "PLACE_WORDS_WEAK",
    "POSSESSIVES_BEFORE_DESCRIPTION",
    "POSSESSIVE_DETERMINERS",
    "PREPOSITIONS",
    "ROLE_COMPLEMENTS",
    "ROLE_PHRASE_STOPS",
    "ROLE_WORDS",
    "SOURCE_MODIFIERS",
    "SOURCE_NOUNS",
    "SPEECH_VERB_CLASSES",
    "SPEECH_VERB_FILE",
    "STYLE_WORDS",
    "SUBJECT_PRONOUNS",
    "TITLES",
    "TITLE_ABBREVIATIONS",
    "TITLE_CUES",
    "TITLE_FOR_NOUN",
    "TITLE_NOUNS",
    "TITLE_SMALL_WORDS",
    "TITLE_WORDS",
    "person_cues",
    "speech_verb_class",
    "speech_verb_forms",
    "speech_verb_table",
]

# --------------------------------------------------------------------------
# Titles before a name (actors, attribution, quotes)
# --------------------------------------------------------------------------

#: Abbreviated titles that stand before a name ("Gov. Mike Pence", "Sen. Tim Kaine").
TITLE_ABBREVIATIONS = frozenset(
    (
        "Adm.",
        "Amb.",
        "Atty.",
        "Capt.",
        "Col.",
        "Dr.",
        "Gen.",
        "Gov.",
        "Lt.",
        "Mr.",
        "Mrs.",
        "Ms.",
        "Prof.",
        "Rep.",
        "Rev.",
        "Sen.",
        "Sgt.",
    )
)

#: Whole words that stand before a name as a title or label ("Treasurer David Okoye");
#: the full name the kit reports leaves them out.
TITLE_WORDS = frozenset(
    """
    Admiral Ambassador Bishop Captain Chair Chairman Chairwoman Chief Coach Colonel
    Commissioner Congressman Congresswoman Councillor Councilman Councilwoman Democrat
    Democratic Detective Director Father Former General Governor Judge Justice Leader
    Lieutenant Mayor Minister Officer Pastor President Prime Principal Professor
    Representative Republican Secretary Senator Sergeant Sheriff Sister Speaker
    Treasurer Vice
    """.split()
)

#: Every title, abbreviated or whole.
TITLES = TITLE_ABBREVIATIONS | TITLE_WORDS

#: The titles written before a name that a description such as "the senator" refers back to.
TITLE_FOR_NOUN = {
    "senator": ("Sen.", "Senator"),
    "governor": ("Gov.", "Governor"),
    "president": ("President",),
    "representative": ("Rep.", "Representative"),
    "congressman": ("Rep.", "Congressman"),
    "congresswoman": ("Rep.", "Congresswoman"),
    "mayor": ("Mayor",),
    "secretary": ("Secretary",),
    "general": ("Gen.", "General"),
    "judge": ("Judge",),
    "treasurer": ("Treasurer",),
    "chairman": ("Chairman",),
    "professor": ("Prof.", "Professor"),
}

# --------------------------------------------------------------------------
# Capitalised words that are not names (actors, attribution, comparison)
# --------------------------------------------------------------------------

#: Days of the week and months: capitalised, never a person.
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

#: Words that start with a capital letter (at the start of a sentence, or in a
#: headline) but are not names: function words, pronouns, sentence adverbs, days
#: and months.
NOT_NAMES = frozenset(
    """
    A About According After Again Against All Alongside Also Although Amid Amidst Among
    An And Another April As Asked At Aug August Because Before Between Both But By Dec
    December Democrat Democratic Democrats Despite During Each Earlier Early Even Every
    Feb February Finally Five Following For Former Four Friday From GOP He Her Here His
    How However I If In Indeed Instead Into It Its Jan January July June Just Last Late
    Later Like Many March May Meanwhile Monday Moreover Most My Next No Nor Not Nov
    November Now Oct October Of On Once One Only Or Other Our Outside Over Perhaps
    Presidential Republican Republicans Said Saturday Sept September Several She Since
    So Some Speaking Still Such Sunday That The Their Then There These They This Those
    Though Three Through Throughout Thursday Thus To Today Told Tomorrow Tonight Toward
    Towards Tuesday Two Under Unless Unlike Until Upon Vice We Wednesday What When
    Whenever Where Which While Who Whom Whose Why With Within Without Yes Yesterday Yet
    You Your
    """.split()
)

# --------------------------------------------------------------------------
# Pronouns (attribution, actors)
# --------------------------------------------------------------------------

#: Subject pronouns, and whom they can stand for.
SUBJECT_PRONOUNS = {"he": "male", "she": "female", "they": "plural", "we": "plural", "i": "first"}

# --------------------------------------------------------------------------
# Function words: the small words of English grammar (artifacts, names)
# --------------------------------------------------------------------------

#: Little words that carry grammar, not content: articles, prepositions,
#: conjunctions, demonstratives, some adverbs and quantifiers. The damage detector
#: (:mod:`kitlib.articles.artifacts`) reads them as normal English around a name.
FUNCTION_WORDS = frozenset(
    """a an the and or but nor to of in on at for with from by as into over about up down
    out off back that this these those is was are were be been not no so than then there
    here if when while who which what because also still just even only too very all both
    each more most any some every""".split()
)

#: Verbs that help another verb: be, have, do and the modals.
AUXILIARIES = frozenset(
    """is was are were be been being am has have had do does did will would can could
    shall should must may might""".split()
)

#: Personal pronouns, subject and object.
PERSONAL_PRONOUNS = frozenset("i you he she we they it me us them him her".split())

#: Possessive determiners: "his part", "their own".
POSSESSIVE_DETERMINERS = frozenset({"his", "her", "its", "their", "our", "my", "your"})

#: Words that make a phrase a clause (a verb, a pronoun), not a name or a thing.
CLAUSE_WORDS = (
    AUXILIARIES
    | PERSONAL_PRONOUNS
    | POSSESSIVE_DETERMINERS
    | frozenset({"not", "this", "that", "what", "why", "how", "if", "who"})
)

#: Little words that join two names in normal English ("Bush and Laura Bush"),
#: the verbs that say one thing is itself ("Mussolini was Mussolini"), and the
#: words that start a new clause ("support Trump if Trump is the nominee").
NAME_JOINERS = frozenset(
    """and or nor of to from with than versus vs is was are were remains remained be been
    if when because while though although unless until""".split()
)

#: Words a noun phrase does not start with: a phrase that starts with one ("to vote for
#: Trump", "in Iraq and Syria") is a prepositional or verb phrase.
PHRASE_STARTS_NOT = frozenset(
    """to in at on of for with by from into about over after before under as than when
    while and or but""".split()
)

#: Words at which a description before a name stops when read backwards from its role
#: word ("... said Republican pollster Frank Luntz"): function words, auxiliaries,
#: possessives, and a few words that introduce a name.
ROLE_PHRASE_STOPS = (
    FUNCTION_WORDS
    | AUXILIARIES
    | POSSESSIVE_DETERMINERS
    | frozenset({"after", "before", "according", "including", "like"})
)

#: Number words, for writing small counts in words ("two quotations").
NUMBER_WORDS = (
    "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve",
)  # fmt: skip


# --------------------------------------------------------------------------
# Abbreviations (sentence ends; quotes, text)
# --------------------------------------------------------------------------

#: Abbreviations (lower-case, without the full stop) after which a full stop does
#: not end a sentence: titles, months, US states, company words.
ABBREVIATIONS = frozenset(
    """
    adm ala amb apr ariz ark atty aug calif capt co col colo conn corp dec del dr feb
    fla ga gen gov ill inc ind jan jr jul jun kan ky la lt mar mass md mich minn miss
    mo mont mr mrs ms neb nev no nov oct okla ore pa prof rep rev sen sep sept sgt sr
    st tenn tex va vs vt wash wis wyo
    """.split()
)

# --------------------------------------------------------------------------
# Speech verbs (attribution, quotes, words)
# --------------------------------------------------------------------------

#: The one table of speech verbs (``data/lexicons/attribution_verbs.csv``): each
#: verb's forms, its class, why, and which forms ``find_quotes`` reads as a cue.
SPEECH_VERB_FILE = "lexicons/attribution_verbs.csv"

#: The classes of speech verbs, from "adds no judgement" to "presents it as an attack".
#: "other" is a manner that none of the five judges (joked, whispered).
SPEECH_VERB_CLASSES = (
    "neutral",
    "distancing",
    "concessive",
    "emphatic",
    "confrontational",
    "other",
)


@cache
def speech_verb_table() -> tuple[dict[str, str], ...]:
    """The rows of the speech-verb table (lemma, forms, class, note, cue_forms), as read.

    >>> next(row for row in speech_verb_table() if row["lemma"] == "claim")["class"]
    'distancing'
    """
    return tuple(csv.DictReader(io.StringIO(data.read_text(SPEECH_VERB_FILE))))


@cache
def speech_verb_forms() -> Mapping[str, tuple[str, str]]:
    """Every form of every speech verb, lower case: ``{form: (lemma, class)}`` (read-only).

    >>> speech_verb_forms()["claimed"]
    ('claim', 'distancing')
    """
    return MappingProxyType(
        {
            form.strip().lower(): (row["lemma"], row["class"])
            for row in speech_verb_table()
            for form in row["forms"].split("|")
            if form.strip()
        }
    )


def speech_verb_class(verb: str) -> str:
    """The class of a speech verb as written ("said", "Called", "described … as"), or
    "other" when it is not in the table. The one rule for every table of the kit.

    >>> speech_verb_class("said"), speech_verb_class("Claimed"), speech_verb_class("described … as")
    ('neutral', 'distancing', 'neutral')
    >>> speech_verb_class("responded"), speech_verb_class("calling"), speech_verb_class("sang")
    ('neutral', 'neutral', 'other')
    """
    word = " ".join(str(verb).strip().lower().split(" … ")[0].split())
    forms = speech_verb_forms()
    if word in forms:
        return forms[word][1]
    found = forms.get(word.split(" ")[0]) if word else None
    return found[1] if found else "other"


#: Verbs of thinking and wanting: not speech, but like a speech verb they say that the
#: word next to them is a person ("Priebus thinks", "Obama wanted").
MIND_VERBS = frozenset(
    "thinks thought believes believed knows knew wants wanted hopes hoped".split()
)


@cache
def person_cues() -> frozenset[str]:
    """Lower-case words next to a lone capitalised word that say it is a person
    ("Priebus said", "said Priebus", "Obama wanted"): every one-word form of a
    speech verb, and :data:`MIND_VERBS`.

    >>> {"said", "tweeted", "hopes"} <= person_cues()
    True
    """
    return frozenset(form for form in speech_verb_forms() if " " not in form) | MIND_VERBS


# --------------------------------------------------------------------------
# Names: who is named in an article (used mainly by kitlib.actors.grouping)
# --------------------------------------------------------------------------

#: Courtesy titles that tell a person's gender.
NAME_TITLES_MALE = frozenset({"Mr", "Mr.", "Sir", "Lord"})
NAME_TITLES_FEMALE = frozenset({"Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Madam", "Dame", "Lady"})

#: Honorifics ("Mr.", "Ms.", "Dr."), lower-cased without their full stop: a newspaper's
#: house style ("Mr. Comey" in the New York Times), not what its story is about.
HONORIFICS = frozenset(
    title.lower().rstrip(".") for title in NAME_TITLES_MALE | NAME_TITLES_FEMALE
) | frozenset({"dr"})

#: Words whose share of a text is a matter of style or grammar, not of what the story
#: is about: function words, auxiliaries, pronouns and possessives.
STYLE_WORDS = FUNCTION_WORDS | AUXILIARIES | PERSONAL_PRONOUNS | POSSESSIVE_DETERMINERS


#: Party labels that the speaker rules strip from before a name ("Republican Ted Cruz")
#: but that the name finder keeps as the person's role, not as a title.
PARTY_LABELS = frozenset({"Democrat", "Democratic", "Republican"})

#: Titles written before a person's name ("Sen. Tim Kaine", "Director James Comey"), for
#: the name finder: every title of :data:`TITLES` but the party labels, and the wider
#: set of roles, abbreviations without their full stop and plurals it needs.
NAME_TITLES = (TITLES - PARTY_LABELS) | frozenset(
    """
    Acting Adm Adviser Advisor Aide Amb Anchor Assistant Attorney Atty Auditor
    Ayatollah CEO CFO COO Candidate Capt Cardinal Chairperson Chancellor Cmdr Cmdr.
    Co-founder Col Columnist Commander Comptroller Correspondent Counsel Dame Dean
    Delegate Deputy Det Det. Dr Drs Drs. Editor Emperor Executive Founder Gen Gov Govs
    Govs. Host Imam Insp Insp. Inspector King Lady Lawyer Lord Lt Madam Magistrate Maj
    Maj. Majority Manager Messrs Messrs. Minority Miss Mr Mrs Ms Nominee Pollster Pope
    Premier Pres Pres. Presidents Prince Princess Prof Provost Queen Rabbi Rep Reps
    Reps. Rev Sen Senators Sens Sens. Sgt Sheikh Sir Solicitor Special Spokesman
    Spokesperson Spokeswoman St. Strategist Superintendent Supt Supt. Surgeon Whip
    """.split()
)

#: Lower-case words that describe a person before the name ("Republican pollster Frank
#: Luntz"): the kit keeps them as the person's role.
ROLE_WORDS = frozenset(
    """president vice governor senator secretary mayor judge justice general chairman
    chairwoman chair chief officer detective councillor treasurer director professor
    ambassador speaker leader minister representative congressman congresswoman sheriff
    pastor bishop captain sergeant lieutenant colonel admiral commissioner attorney
    lawyer nominee candidate host anchor reporter correspondent columnist editor author
    singer actor actress spokesman spokeswoman spokesperson adviser advisor aide
    strategist pollster manager consultant analyst economist historian expert
    activist founder executive official operative donor supporter critic rival opponent
    challenger incumbent hopeful contender frontrunner front-runner running mate
    wife husband daughter son mother father brother sister widow businessman
    businesswoman billionaire mogul commentator pundit blogger writer journalist
    producer scientist researcher investigator prosecutor counsel chairperson
    whip delegate lawmaker legislator backer surrogate staffer organizer
    organiser voter resident student teacher veteran agent deputy librarian
    pensioner nurse doctor farmer trustee inspector superintendent
    councilman councilwoman""".split()
)

#: Capitalised words that complete a title after "of" ("Secretary of State").
ROLE_COMPLEMENTS = frozenset(
    """State Defense Defence Homeland Security Justice Treasury Energy Labor Labour Commerce
    Health Education Agriculture Interior Transportation Veterans Affairs Housing Staff
    Intelligence National Foreign Home the Joint Chiefs""".split()
)

#: Lower-case particles that belong inside a name ("Ludwig van Beethoven", "Bashar al-Assad").
NAME_PARTICLES = frozenset(
    "de del della der den van von du da di dos das la le bin ibn al el ben ter".split()
)

#: Words that may follow a name ("Martin Luther King Jr.").
NAME_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})

#: Days, months and seasons: capitalised, never names.
CALENDAR_WORDS = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
    April May June July August September October November December Jan Jan. Feb Feb.
    Mar Mar. Apr Apr. Jun Jun. Jul Jul. Aug Aug. Sep Sep. Sept Sept. Oct Oct. Nov Nov.
    Dec Dec. Mon Tue Tues Wed Thu Thurs Fri Sat Sun Today Tonight Yesterday Tomorrow
    Christmas Easter Thanksgiving Halloween""".split()
)

#: Parties, nationalities, religions and other groups written with a capital letter.
GROUP_WORDS = frozenset(
    """Republican Republicans Democrat Democrats Democratic Libertarian Libertarians
    Independent Independents Conservative Conservatives Liberal Liberals Labour Tory
    Tories Green Greens Socialist Socialists Communist Communists Evangelical
    Evangelicals Christian Christians Catholic Catholics Protestant Protestants Muslim
    Muslims Jewish Jew Jews Hindu Hindus Buddhist Sikh Mormon Mormons Islamic Arab Arabs
    American Americans British Briton Britons English Scottish Welsh Irish French German
    Germans Italian Italians Spanish Spaniard Mexican Mexicans Canadian Canadians
    Russian Russians Chinese Japanese Korean Koreans Indian Indians Pakistani Afghan
    Iraqi Iraqis Iranian Iranians Syrian Syrians Israeli Israelis Palestinian
    Palestinians Turkish Egyptian Saudi Saudis Libyan Cuban Cubans Ukrainian Ukrainians
    European Europeans African Africans Asian Asians Latino Latinos Latina Latinas
    Hispanic Hispanics Black White Native Australian Brazilian Venezuelan Nigerian
    Kurdish Kurds Sunni Shiite Shia Western Eastern Northern Southern Southerner
    Southerners Midwestern Midwesterners Texan Texans Californian Californians
    Floridian Floridians Ohioan Ohioans Virginian Virginians Iowan Iowans Hoosier Yankees
    Millennials Millennial Boomers GOP Dem Dems Trumpian Clintonian Obamacare""".split()
)

#: Words that make a capitalised run an organisation ("Federal Bureau of
#: Investigation", "White House", "University of Texas School of Law").
ORGANISATION_WORDS = frozenset(
    """University College School Academy Institute Institution Foundation Fund Center
    Centre Council Committee Commission Department Dept Dept. Bureau Agency Administration
    Office Ministry Service Services Party Campaign Congress Senate House Assembly
    Parliament Court Courts Supreme Association Society Union League Federation Coalition
    Alliance Organization Organisation Group Corporation Corp Corp. Inc Inc. Co Co. Company
    Companies LLC Ltd Ltd. Bank Board Trust Network News Times Post Journal Tribune
    Herald Gazette Press Magazine Review Globe Daily Weekly Channel Radio Television TV Media
    Broadcasting Airlines Hospital Clinic Museum Library Church Club Team Police Army
    Navy Force Forces Guard Marines Military Reserve Caucus Cabinet Government
    Authority Authorities Federal National International Labs Laboratories
    Systems Technologies Motors Industries Partners Holdings Enterprises Watch Project
    Program Programme Initiative Conference Forum Movement Brigade Brigades
    Embassy Consulate Pentagon Kremlin Politburo Tea Reuters
    Facebook Twitter Google Apple Microsoft Amazon YouTube Instagram""".split()
)

#: All-capital words that are not organisations (roles, units, shouting words).
ORGANISATION_ACRONYMS_NOT = frozenset(
    """I A OK TV AM PM CEO CFO COO GDP DNA ID VP II III IV PS RE FW TBD ET PT EST EDT PST
    PDT GMT UTC AD BC USD AK47 LGBT LGBTQ HIV AIDS IQ SAT SUV DIY FAQ UPDATE NEW BREAKING
    WATCH READ MORE PHOTO VIDEO NOTE EXCLUSIVE AND THE OF TO IN""".split()
)

#: Words that make a capitalised run a place ("Harbour Street", "Orange County").
PLACE_WORDS = frozenset(
    """Street St Avenue Ave Road Rd Boulevard Blvd Lane Drive Square Plaza County City
    Town Village Township Parish District Province State States Republic Kingdom Island
    Islands River Mountain Mountains Valley Canyon Heights Falls Springs Desert Peninsula
    Strait Bridge Airport Station Harbor Harbour Building Tower Towers Arena Stadium
    Capitol Region Territory Territories Prefecture Ocean Sea Gulf""".split()
)

#: Words that name a place after a place-like word ("Palm Beach") but are also
#: surnames ("Amy Park"): a place only when the first word is not a first name.
PLACE_WORDS_WEAK = frozenset(
    "Park Hall Hill Hills Lake Lakes Bay Beach Coast Mount Point Border Belt Center".split()
)

#: First words of many place names ("New Mexico", "San Antonio", "Fort Worth"): never a
#: person's first name.
PLACE_NAME_STARTS = frozenset(
    """North South East West New Saint San Santa Los Las Fort El Upper Lower Puerto Costa
    Sri Tel Hong Kuala Buenos Rio Abu Port Mount Lake Cape""".split()
)

#: Places that are written like people's names: countries, US states, large cities
#: and regions (general knowledge, not taken from any corpus).
PLACE_NAMES = frozenset(
    """Afghanistan Albania Algeria Angola Argentina Armenia Australia Austria Azerbaijan
    Bahrain Bangladesh Belarus Belgium Bolivia Bosnia Brazil Bulgaria Burma Cambodia
    Cameroon Canada Chad Chile China Colombia Congo Croatia Cuba Cyprus Czechia Denmark
    Ecuador Egypt England Eritrea Estonia Ethiopia Europe Finland France Gaza Georgia
    Germany Ghana Greece Guatemala Haiti Honduras Hungary Iceland India Indonesia Iran
    Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Korea Kosovo Kuwait
    Laos Latvia Lebanon Liberia Libya Lithuania Luxembourg Macedonia Malaysia Mali Malta
    Mexico Moldova Mongolia Montenegro Morocco Mozambique Myanmar Nepal Netherlands
    Nicaragua Niger Nigeria Norway Oman Pakistan Palestine Panama Paraguay Peru
    Philippines Poland Portugal Qatar Romania Russia Rwanda Scotland Senegal Serbia
    Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan
    Tajikistan Tanzania Thailand Tunisia Turkey Uganda Ukraine Uruguay Uzbekistan
    Venezuela Vietnam Wales Yemen Zambia Zimbabwe America Africa Asia Antarctica Arctic
    Britain Crimea Kurdistan Tibet Chechnya Balkans Caribbean Scandinavia
    Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida
    Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland
    Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio
    Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington
    Wisconsin Wyoming Carolina Dakota Hampshire Jersey York Rhode Island
    Chicago Boston Philadelphia Houston Dallas Atlanta Miami Denver Seattle Phoenix
    Detroit Cleveland Baltimore Brooklyn Manhattan Queens Bronx Harlem Oakland Portland
    Pittsburgh Cincinnati Milwaukee Minneapolis Nashville Memphis Orlando Tampa Charlotte
    Raleigh Richmond Tucson Albuquerque Omaha Louisville Indianapolis Columbus Sacramento
    Austin Vegas Angeles Francisco Diego Antonio Jose Orleans Moines Manchester Concord
    Charleston Columbia Wichita Buffalo Albany Hollywood Silicon Wall Broadway Capitol
    London Paris Berlin Moscow Beijing Tokyo Rome Madrid Brussels Geneva Vienna Athens
    Istanbul Ankara Tehran Baghdad Damascus Aleppo Beirut Cairo Jerusalem Riyadh Kabul
    Islamabad Delhi Mumbai Seoul Pyongyang Havana Caracas Toronto Ottawa Montreal
    Vancouver Sydney Dublin Edinburgh Warsaw Kiev Kyiv Mosul Raqqa Benghazi Tripoli
    Fallujah Ramadi Tikrit Homs Idlib Sinai Ramallah Doha Dubai Hong Kong Shanghai
    Midwest Appalachia Dixie Sunbelt Rust Westminster Whitehall Downing Davos Brexit""".split()
)

#: All-capital abbreviations of places ("U.S.", "UK").
PLACE_ACRONYMS = frozenset(
    "US U.S. USA U.S.A. UK U.K. D.C. DC EU E.U. UAE U.A.E. NYC L.A. LA".split()
)

#: Words that make a capitalised run a work, event or law, not a person ("Election
#: Day", "Affordable Care Act", "Suez Crisis").
OTHER_NAME_WORDS = frozenset(
    """Day Days Night Week Weekend Year Act Acts Law Amendment Treaty Accord Accords
    Agreement Deal Doctrine Plan Crisis War Wars Revolution Battle Massacre Attack
    Attacks Scandal Gate Affair Election Elections Primary Primaries Caucuses Debate
    Debates Convention Summit Games Olympics Cup Series Bowl Award Awards Prize Prizes
    Festival Show Hour Report Rule Rules Code Constitution Declaration Charter Budget
    Care Medicare Medicaid Security Obamacare Spring Dream Dreamers Tour Challenge
    Question Questions Lives Matter Policy Order Strategy Reform Index Survey Poll
    Bible Koran Quran Gospel God Lord Jesus Christ Allah Internet Web
    Online Times Upon Once Star Trek""".split()
)

#: Pronouns that refer to one person or to several, with their gender.
PERSON_PRONOUNS = {
    "he": "male", "him": "male", "his": "male", "himself": "male",
    "she": "female", "her": "female", "hers": "female", "herself": "female",
    "they": "plural", "them": "plural", "their": "plural", "theirs": "plural",
    "themselves": "plural",
}  # fmt: skip

#: Lower-case words after a lone name that say it is a person's ("the Obama
#: administration", "Sanders supporters", "Cruz's campaign").
PERSON_NOUNS_AFTER = frozenset(
    """administration campaign campaigns aide aides adviser advisers advisor advisors
    supporters supporter voters allies ally camp presidency era team spokesman
    spokeswoman spokesperson surrogate surrogates backers loyalists critics rally
    rallies speech remarks tweet tweets interview memoir presidential nomination""".split()
)


#: For the name finder: the kit's :data:`NOT_NAMES` (less the calendar and group words
#: it sorts on their own, and a few words it reads in context), and the words that
#: start headings, captions and bylines (and "May", which here is read as the verb).
NOT_NAME_WORDS = (
    NOT_NAMES
    - CALENDAR_WORDS
    - GROUP_WORDS
    - frozenset(
        """
        Again Against Alongside Amid Amidst Finally Former Once Outside Presidential
        Through Throughout Toward Towards Upon Vice Within
        """.split()
    )
) | frozenset(
    """
    May
    Additional Advertisement Analysis Anyone Anything Are Bad Be Been Breaking Can
    Click Commentary Contributing Copyright Could Dear Did Do Does Dr Editing Editor
    Eight Everyone Everything Exclusive Few Follow Get Go Going Good Got Had Has Have
    Hers Hey I'd I'll I'm I've Image Is I’d I’ll I’m I’ve Less Let Let's Live Maybe Mid
    Might More Mr Mrs Ms Much Must Nine Nobody Nothing OK Oh Okay Old Opinion Photo
    Please Posted Published Read Really Related Reporting Right Says Seven Shall Share
    Should Sign Six Someone Something Source Sources Sure Ten Thank Thanks Update
    Updated Video Was Watch Well Were Whether Will Would Writing Wrong
    """.split()
)


#: The machine frame coder's cue families (:mod:`kitlib.frames.features`): each is
#: (name, the words a student reads in the coder's reasons, its cues). Cues are whole
#: words or phrases, separated by ";" here. Case does not matter; a phrase matches with
#: any spaces, hyphens or punctuation between its words ("left-wing" is "left wing"); a
#: straight apostrophe also matches a curly one. A cue marked ``re:`` is a regular
#: expression (case as written).
FRAME_CUE_FAMILIES: tuple[tuple[str, str, str], ...] = (
    # --- conflict -------------------------------------------------------------
    (
        "contrast",
        "contrast words ('but', 'however', 'while')",
        "but; however; although; though; whereas; yet; nevertheless; nonetheless; "
        "on the other hand; instead; despite; in contrast; by contrast; while; "
        "even as",
    ),
    (
        "critics",
        "critics or opponents ('critics say', 'opponents')",
        "critic; critics; opponent; opponents; skeptic; skeptics; sceptic; sceptics; "
        "detractor; detractors; naysayers; critics say; opponents say; rival; rivals",
    ),
    (
        "disagreement",
        "words of disagreement ('disagree', 'dispute', 'oppose')",
        "disagree; disagrees; disagreed; disagreement; disagreements; dispute; disputes; "
        "disputed; oppose; opposes; opposed; opposing; opposition; reject; rejects; "
        "rejected; rejection; deny; denies; denied; debate; debates; debated; "
        "controversy; controversial; divided; divide; divisive; rift; split; clash; "
        "clashes; clashed; feud; at odds; standoff; backlash; pushback; push back; "
        "pushed back; fight; fights; fighting; fought; battle; battles; versus; vs",
    ),
    (
        "reproach",
        "attacks and reproaches ('slammed', 'accused', 'criticized')",
        "criticize; criticizes; criticized; criticizing; criticise; criticises; "
        "criticised; criticising; criticism; criticisms; slam; slams; slammed; blast; "
        "blasts; blasted; attack; attacks; attacked; attacking; accuse; accuses; "
        "accused; accusing; accusation; accusations; condemn; condemns; condemned; "
        "condemnation; denounce; denounced; denounces; mock; mocked; mocking; ridicule; "
        "ridiculed; lambast; lambasted; berate; berated; rebuke; rebuked; decry; "
        "decried; assail; assailed; chastise; chastised; scold; scolded; lashed out; "
        "took aim; hit back; hit out; fired back; complain; complained; complaints; "
        "smear; smeared; dismiss; dismissed; dismisses; dismissive; deride; derided; "
        "ripped; bashed; swipe; railed; rail against; chided; faulted; disparaged; "
        "vilified; demonized; demonised; called out; excoriated; pilloried; "
        "irresponsible; reckless; disapprove; disapproved; disapproval",
    ),
    (
        "sides",
        "sides of a debate ('supporters', 'advocates', 'others say')",
        "supporter; supporters; proponent; proponents; advocate; advocates; backer; "
        "backers; defender; defenders; champion of; champions of; others say; some say; "
        "others argue; some argue; others believe; on the one hand; on the other hand; "
        "both sides; two sides; other side; either side; in favor; in favour; for and "
        "against; pros and cons; camp; camps",
    ),
    (
        "argue",
        "arguing verbs ('argued', 'insisted', 'countered')",
        "argue; argues; argued; arguing; argument; arguments; insist; insists; "
        "insisted; contend; contends; contended; counter; countered; counters; "
        "retort; retorted; responded; replied; rebut; rebutted; claim; claims; claimed; "
        "allege; alleged; alleges; maintain; maintains; maintained",
    ),
    (
        "protest",
        "protest and demands ('protesters', 'rally', 'demanded')",
        "protest; protests; protester; protesters; protestor; protestors; protested; "
        "protesting; demonstrators; demonstration; demonstrations; marched; marchers; "
        "rally; rallies; demand; demands; demanded; demanding; civil disobedience; "
        "boycott; boycotts; boycotted; petition; petitions; outcry; sit-in; walkout",
    ),
    (
        "scorn",
        "scornful words ('hypocrisy', 'nonsense', 'radical')",
        "hypocrisy; hypocrite; hypocrites; hypocritical; absurd; ridiculous; nonsense; "
        "radical; radicals; extremist; extremists; extreme; crazy; insane; scam; "
        "propaganda; lie; lies; lying; liar; liars; fake; fraud; fraudulent; hysteria; "
        "hysterical; idiotic; stupid; foolish; silly; so-called; elites; elitist; "
        "zealots; fanatics; shameless; outrageous; laughable",
    ),
    (
        "partisan",
        "party and camp names ('Republicans', 'Democrats', 'the left')",
        "Republican; Republicans; Democrat; Democrats; Democratic; GOP; conservative; "
        "conservatives; liberal; liberals; progressive; progressives; left-wing; "
        "right-wing; the left; the right; Labour; Tory; Tories; partisan; bipartisan; "
        "party; parties; leftist; leftists",
    ),
    (
        "winlose",
        "words of winning and losing ('won', 'lost', 'victory')",
        "win; wins; won; winning; winner; winners; lose; loses; lost; losing; loser; "
        "losers; victory; victories; defeat; defeats; defeated; triumph; triumphed; "
        "setback; prevail; prevailed; beat; beaten; gains ground; losing ground; "
        "upper hand; comeback",
    ),
    # --- responsibility -------------------------------------------------------
    (
        "government",
        "government words ('government', 'lawmakers', 'minister')",
        "government; governments; administration; congress; congressional; parliament; "
        "parliamentary; lawmaker; lawmakers; legislator; legislators; legislature; "
        "senate; senator; senators; minister; ministers; ministry; agency; agencies; "
        "official; officials; regulator; regulators; president; governor; mayor; "
        "federal; city council; council; white house; prime minister; department; "
        "authorities; authority; state government; policymakers; policy makers; "
        "secretary; commission; united nations; european union",
    ),
    (
        "actors",
        "countries, cities and organisations ('countries', 'cities', 'groups')",
        "country; countries; nation; nations; city; cities; state; states; company; "
        "companies; organization; organizations; organisation; organisations; group; "
        "groups; activists; campaigners; coalition; alliance; leaders; union; unions; "
        "charity; charities; foundation; institute",
    ),
    (
        "solution",
        "words of solutions and plans ('plan', 'proposal', 'tackle')",
        "solution; solutions; solve; solves; solving; plan; plans; proposal; proposals; "
        "propose; proposes; proposed; policy; policies; law; laws; bill; bills; "
        "legislation; measure; measures; regulate; regulation; regulations; ban; bans; "
        "target; targets; goal; goals; commit; commits; committed; commitment; "
        "commitments; pledge; pledges; pledged; strategy; strategies; initiative; "
        "initiatives; program; programs; programme; programmes; reform; reforms; "
        "tackle; tackling; address; addressing; reduce; reduces; reducing; reduction; "
        "reductions; curb; curbing; cut; cuts; cutting; lower; lowering; phase out; "
        "transition; switch to; replace; replacing; shift to; "
        "prevent; preventing; mitigate; mitigation; adapt; adaptation; effort; efforts; "
        "agreement; accord; deal; treaty; summit; invest in; fix; remedy; step up; "
        "take action; action plan; roadmap; framework",
    ),
    (
        "intent",
        "promises and plans to act ('aims to', 'vowed to', 'plans to')",
        "aims to; aim to; aimed at; vowed to; vows to; vow to; promised to; promises to; "
        "promise to; pledged to; pledges to; committed to; commits to; plans to; plan to; "
        "plan for; planning to; intends to; intend to; seeks to; seek to; wants to; "
        "want to; is working to; are working to; will work; going to; in order to; "
        "to prevent; to curb; to fight; to tackle; to reduce; to cut; to protect; "
        "to address; to combat; to limit; to stop; to solve; to fix; to improve; "
        "calls for; called for; call for; push for; pushing for; urged; urges; urging",
    ),
    (
        "rollback",
        "undoing rules and plans ('roll back', 'repeal', 'withdraw')",
        "roll back; rolls back; rolled back; rolling back; rollback; rollbacks; repeal; "
        "repeals; repealed; repealing; withdraw; withdraws; withdrew; withdrawing; "
        "withdrawal; pull out; pulled out; pulling out; scrap; scrapped; scrapping; "
        "weaken; weakened; weakening; loosen; loosened; undo; undoing; reverse; reversed; "
        "reversing; reversal; abandon; abandoned; lift; lifted; overturn; overturned; "
        "dismantle; dismantling; gut; gutted; gutting; eliminate; eliminated; exit",
    ),
    (
        "urgency",
        "words of urgency ('urgent', 'crisis', 'too late')",
        "urgent; urgently; urgency; immediately; immediate; right now; crisis; crises; "
        "emergency; critical; dire; catastrophe; catastrophic; disaster; disastrous; "
        "deadline; act now; must act; cannot wait; can't wait; can not wait; "
        "as soon as possible; quickly; rapidly; accelerating; alarming; alarm; "
        "existential; too late; no time; time is running out; running out of time; "
        "last chance; wake-up call; now or never; at stake; threat; threats; "
        "threatens; threatening; unprecedented; worst",
    ),
    (
        "blame",
        "words of blame and cause ('blamed', 'caused by', 'responsible')",
        "blame; blames; blamed; blaming; responsible; fault; caused by; cause; causes; "
        "caused; causing; because of; due to; driven by; fueled by; fuelled by; "
        "result of; contribute; contributes; contributed; contributing; contributor; "
        "culprit; culprits; accountable; accountability; liable; failed; failure; "
        "failures; fail; fails; neglect; neglected; ignored; ignore; ignores",
    ),
    (
        "prescription",
        "words of what to do ('should', 'must', 'need to')",
        "should; must; ought to; need to; needs to; have to; has to; it is time; "
        "it's time; we need; we must; we should; everyone; everybody; nobody should; "
        "don't; do not; stop; avoid; required; require; requires; mandatory; mandate; "
        "forbid; forbidden; prohibit; prohibited; allowed; not allowed",
    ),
    # --- human interest ---------------------------------------------------------
    (
        "family",
        "family words ('mother', 'children', 'grandson')",
        "wife; husband; son; sons; daughter; daughters; mother; mothers; father; "
        "fathers; mom; dad; parent; parents; child; children; kids; grandchildren; "
        "grandchild; grandmother; grandfather; grandson; granddaughter; family; "
        "families; brother; sister; baby; babies; widow; married; pregnant",
    ),
    (
        "home",
        "words of home and daily life ('home', 'neighbors', 'village')",
        "home; homes; house; houses; neighbor; neighbors; neighbour; neighbours; "
        "neighborhood; neighbourhood; backyard; village; villages; hometown; farm; "
        "farms; garden; kitchen; street; livelihood; livelihoods; everyday; daily life",
    ),
    (
        "emotion",
        "feeling words ('devastating', 'afraid', 'heartbreaking')",
        "devastating; devastated; heartbreaking; heartbroken; tragic; tragedy; "
        "tragedies; suffering; suffer; suffers; suffered; fear; fears; feared; "
        "afraid; scared; terrified; terrifying; worried; worry; worries; anxious; "
        "anxiety; grief; grieving; mourn; mourning; desperate; despair; hopeless; "
        "sad; sadness; cry; cried; crying; tears; pain; painful; struggle; "
        "struggling; struggled; hardship; hardships; shock; shocked; horror; "
        "horrific; horrible; terrible; awful; nightmare; outrage; outraged; angry; "
        "anger; furious; love; loved; beloved; hope; hopes; hopeful; joy; happy; "
        "proud; grateful; helpless; heartache; miserable; lonely; frightened",
    ),
    (
        "harm",
        "words of harm ('killed', 'victims', 'vulnerable')",
        "died; dead; death; deaths; die; dying; killed; kill; kills; killing; "
        "injured; injuries; sick; illness; illnesses; disease; diseases; hospital; "
        "starve; starving; starvation; hunger; hungry; homeless; displaced; refugee; "
        "refugees; evacuate; evacuated; evacuation; flee; fled; fleeing; victim; "
        "victims; vulnerable; survivor; survivors; lost their; destroyed; "
        "devastation; ravaged; suffering from; endangered; extinction; poverty; poor",
    ),
    (
        "affected",
        "groups of ordinary people ('residents', 'farmers', 'communities')",
        "residents; farmers; workers; families; communities; community; citizens; "
        "locals; villagers; patients; students; parents; people living; "
        "ordinary people; consumers; homeowners; fishermen; children",
    ),
    (
        "animals",
        "animals ('animals', 'wildlife', 'birds')",
        "animal; animals; wildlife; species; bird; birds; fish; bear; bears; whale; "
        "whales; bees; insects; cattle; livestock; dog; dogs; pets; creatures; habitat; "
        "habitats",
    ),
    (
        "personal",
        "personal details ('a 45-year-old', 'grew up', 'his wife')",
        r"re:\d-year-old\b; re:\b[Aa]ged \d{1,3}\b; "
        r"re:,(?<=[a-z],) \d{1,2}, ; "
        "grew up; was born; his wife; her husband; his son; her son; his daughter; "
        "her daughter; his family; her family; their children; my family; my children; "
        "my wife; my husband; years old; retired; retiree; personal life; "
        "childhood",
    ),
    # --- morality ----------------------------------------------------------------
    (
        "moral",
        "words of right and wrong ('moral', 'evil', 'greed', 'unfair')",
        "moral; morally; morality; immoral; amoral; ethical; ethics; ethic; "
        "unethical; evil; evils; wicked; wrong; wrongs; wrongdoing; right thing; "
        "virtue; virtues; virtuous; conscience; duty; duties; obligation; "
        "obligations; obliged; shame; shameful; disgrace; disgraceful; sin; sins; "
        "sinful; greed; greedy; selfish; selfishness; corrupt; corruption; injustice; "
        "injustices; unjust; justice; fair; unfair; fairness; unfairness; honest; "
        "dishonest; dishonesty; integrity; betray; betrayed; betrayal; decency; "
        "decent; dignity; values; principle; principles; righteous; "
        "self-righteous; stewardship; responsibility to; owe it to",
    ),
    (
        "religion",
        "religious words ('God', 'church', 'faith', 'Pope')",
        "god; gods; lord; jesus; christ; christian; christians; christianity; "
        "church; churches; pope; vatican; bible; biblical; scripture; scriptures; "
        "faith; faiths; religious; religion; religions; prayer; prayers; pray; "
        "praying; sacred; holy; spiritual; soul; souls; heaven; hell; catholic; "
        "catholics; evangelical; evangelicals; muslim; muslims; islam; islamic; "
        "jewish; rabbi; pastor; priest; priests; bishop; bishops; theology; "
        "theological; creation; creator; worship; apocalypse; apocalyptic; doomsday; "
        "prophet; prophets; prophecy; end times; gospel; salvation; sermon; cult; "
        "heretic; heretics; heresy; blasphemy; preach; preaching; preacher; "
        "congregation; divine; armageddon; pagan; idol; zealot",
    ),
    # --- how the story is told -------------------------------------------------------
    (
        "science",
        "words of science reporting ('study', 'researchers', 'data')",
        "study; studies; research; researcher; researchers; scientist; scientists; "
        "scientific; findings; journal; published; data; analysis; report; reports; "
        "university; professor; experts; expert; survey; estimate; estimates; "
        "according to; model; models; evidence; found that; finds that; suggests; "
        "suggest; suggesting; showed; shows that; show that; pointed out; noted; noting",
    ),
    (
        "risk",
        "words of risk and danger ('risk', 'dangerous', 'health')",
        "risk; risks; risky; dangerous; danger; dangers; threat; threats; hazard; "
        "hazards; harmful; health; unsafe; safety; exposure; exposed; toxic; "
        "pollution; polluted; contaminated",
    ),
    (
        "opinion",
        "opinion phrases ('in fact', 'of course', 'simply')",
        "in fact; of course; perhaps; reality; truth; obviously; clearly; simply; "
        "indeed; frankly; let's; let us; surely; certainly; ironically; apparently; "
        "in other words; the fact is; the truth is; after all; no doubt; "
        "needless to say; to be sure; mind you",
    ),
    # --- economic ----------------------------------------------------------------
    (
        "money",
        "sums of money ('$4 billion', 'millions of dollars')",
        r"re:[$£€¥]\s?\d; re:(?:USD|EUR|GBP) ?\d; dollars; euros; yuan; pounds sterling",
    ),
    (
        "figures",
        "large numbers ('2 million', 'thousands of')",
        r"re:\d[\d,.]*\s?(?i:million|billion|trillion|bn)\b; "
        "hundreds of; thousands of; millions of; billions of; tens of thousands",
    ),
    (
        "economy",
        "economy words ('economy', 'jobs', 'industry')",
        "economy; economies; economic; economically; economics; economist; economists; "
        "gdp; growth; recession; market; markets; industry; industries; industrial; "
        "business; businesses; company; companies; corporate; corporation; "
        "corporations; firm; firms; job; jobs; employment; unemployment; employer; "
        "employers; wages; wage; income; incomes; trade; investment; investments; "
        "investor; investors; profit; profits; profitable; revenue; revenues; earnings; "
        "stock; stocks; shareholders; bank; banks; banking; finance; financial; "
        "financially; insurance; insurers; manufacturing; consumer; consumers",
    ),
    (
        "econ_effects",
        "effects on the economy ('economic growth', 'cost jobs', 'higher prices')",
        "economic growth; economic impact; economic impacts; economic damage; "
        "economic benefits; economic benefit; economic costs; economic cost; "
        "hurt the economy; harm the economy; boost the economy; damage the economy; "
        "wreck the economy; cost jobs; create jobs; creating jobs; new jobs; job losses; "
        "jobs lost; lost jobs; kill jobs; job creation; higher prices; raise prices; "
        "rising prices; drive up; push up; lower prices; cheaper; competitiveness; "
        "economic consequences; livelihoods; jobs and; bankrupt; bankruptcy",
    ),
    (
        "cost",
        "cost words ('cost', 'expensive', 'taxes', 'afford')",
        "cost; costs; costly; costing; expense; expenses; expensive; cheap; cheaper; "
        "price; prices; pricing; afford; affordable; unaffordable; pay; pays; paid; "
        "paying; payment; payments; spend; spends; spending; spent; budget; budgets; "
        "fund; funds; funding; funded; tax; taxes; taxed; taxpayer; taxpayers; "
        "subsidy; subsidies; subsidize; subsidise; bill for; debt; loan; loans; "
        "money; savings; save money; losses; fee; fees; tariff; tariffs; "
        "price tag; burden",
    ),
    (
        "percent",
        "percentages ('40 percent', '3 times')",
        r"re:\d\s?(?:%|(?i:percent|per cent)\b); re:\d(?:\.\d+)?\s?(?:times|fold)\b",
    ),
)

# --------------------------------------------------------------------------
# Quotations and their speakers (quotes): the speaker engine's word lists
# --------------------------------------------------------------------------

#: Adverbs that may stand between a speaker and its cue ("Smith *also* said", '"…," it
#: *further* wrote'), besides any word ending in -ly ("Smith *angrily* said"): the
#: engine's one list, read by every pattern of :mod:`kitlib.quotes.phrases` through
#: its ``ADVERB_RUN``.
ADVERBS_BEFORE_CUE = frozenset(
    """also later then once again previously repeatedly recently often always never long
    just still already first further now even""".split()
)

#: Auxiliaries that may stand there too ("Smith *has* long argued", "she *would* say").
AUXILIARIES_BEFORE_CUE = frozenset("has had have would will can could".split())

#: Nouns that describe a source without naming it ("a Trump *aide*", "*officials*").
SOURCE_NOUNS = (
    "adviser",
    "advisor",
    "aide",
    "ally",
    "analyst",
    "associate",
    "attorney",
    "chairman",
    "chairwoman",
    "chief",
    "colleague",
    "commander",
    "commentator",
    "congressman",
    "congresswoman",
    "consultant",
    "counsel",
    "critic",
    "diplomat",
    "director",
    "economist",
    "envoy",
    "expert",
    "governor",
    "historian",
    "insider",
    "lawmaker",
    "lawyer",
    "leader",
    "legislator",
    "manager",
    "mayor",
    "member",
    "minister",
    "moderator",
    "negotiator",
    "observer",
    "officer",
    "official",
    "operative",
    "person",
    "pollster",
    "professor",
    "representative",
    "researcher",
    "resident",
    "scholar",
    "secretary",
    "senator",
    "source",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "staffer",
    "strategist",
    "supporter",
    "surrogate",
    "voter",
    "witness",
    "nominee",
    "candidate",
    "president",
    "challenger",
    "incumbent",
    "rival",
    "opponent",
    "host",
    "anchor",
    "campaign",
    "administration",
    "democrat",
    "republican",
    # documents and organisations speak too ("the report said", "the agency said")
    "report",
    "statement",
    "memo",
    "email",
    "letter",
    "study",
    "survey",
    "filing",
    "editorial",
    "agency",
    "committee",
    "department",
    "organization",
    "organisation",
    "company",
    "newspaper",
    "network",
    "group",
    "team",
    "office",
    "board",
    "ad",
    "petition",
    "commission",
    "council",
    "document",
    "resolution",
    "lawsuit",
    "complaint",
    "message",
    "poll",
    "tweet",
    "website",
    "article",
    "judge",
    "prosecutor",
    "sheriff",
    "crowd",
    "audience",
    "protester",
    "demonstrator",
    "activist",
    "organizer",
    "worker",
    "employee",
    "author",
    "writer",
    "columnist",
    "editor",
    "actor",
    "actress",
    "comedian",
    "star",
    "businessman",
    "businesswoman",
    "billionaire",
    "mogul",
    "front-runner",
    "frontrunner",
    "contender",
    "hopeful",
    "founder",
    "donor",
    "delegate",
    "pastor",
    "priest",
    "bishop",
    "pope",
    "prince",
    "princess",
    "soldier",
    "veteran",
    "doctor",
    "physician",
    "nurse",
    "teacher",
    "student",
    "parent",
    "owner",
    "citizen",
    "farmer",
    "victim",
    "survivor",
    "father",
    "mother",
    "wife",
    "husband",
    "son",
    "daughter",
)

#: One capitalised word that may stand alone as a source, shown in small letters as a
#: description ("Someone said", "Many said"); any other lone singular word before a
#: cue is a name ("Trump said": :func:`kitlib.quotes.choosing._lone_surname`).
LONE_DESCRIPTIONS = frozenset(
    "someone somebody anyone anybody everyone everybody nobody many some others several "
    "few most all both".split()
)

#: Capitalised words and names the names table does not know, that never name one
#: person, so a "he" or "she" never stands for them (:meth:`kitlib.quotes.reading.Reading.
#: unknown_subject`): places and bodies of the world, armed groups, publications and
#: companies, and plural nouns for people that open a sentence ("Investors fled").
#: General knowledge, not taken from any corpus.
NOT_PERSON_NAMES = frozenset(
    """Earth Mars Greenland Siberia Patagonia Sahara Amazon Alps
    Himalayas Andes Rockies Mediterranean Atlantic Pacific Baltic Caucasus Yukon
    Bavaria Saxony Catalonia Flanders Wallonia Lombardy Tuscany Sicily Sardinia Corsica
    Normandy Quebec Ontario Manitoba Saskatchewan Iberia
    Westphalia Rhineland Brandenburg Anatolia Kashmir Punjab Bengal Darfur Donbas
    Hamas Hezbollah Taliban Al-Qaeda Al-Shabaab Al-Nusra ISIS ISIL Daesh Boko Haram
    Slate Salon Vox Axios Politico Breitbart BuzzFeed Mediaite Gawker Wired
    Yahoo Netflix Uber Airbnb Tesla Boeing Walmart Exxon Verizon
    Investors Economists Scientists Researchers Residents Students Parents Workers
    Employees Lawmakers Legislators Prosecutors Investigators Doctors Teachers Farmers
    Shareholders Consumers Customers Donors Supporters Opponents Delegates Observers
    Witnesses Neighbors Neighbours Protesters Demonstrators Voters Markets Stocks""".split()
)

#: Words that make a description indefinite or plural: the source is not identified.
INDEFINITE_DETERMINERS = frozenset(
    "a an another one two three four five several some many few other numerous most".split()
)

#: Words that make a description definite: it may point back to someone named before.
DEFINITE_DETERMINERS = frozenset("the this that these those".split())

#: Possessives and quantifiers that may open a description too ("his campaign", "both men").
POSSESSIVES_BEFORE_DESCRIPTION = frozenset("his her their its our each both".split())

#: Lower-case words allowed between the determiner and the source noun.
SOURCE_MODIFIERS = frozenset(
    """senior top former longtime chief deputy press campaign administration military foreign
    policy national security state local federal intelligence defense defence white house vice
    republican democratic gop party congressional regional city county white-house
    high-ranking high-level veteran close outside independent legal political""".split()
)

#: Words that end like adjectives ("-an", "-al") but are none ("man", "deal").
NOT_ADJECTIVES = frozenset("can than man began plan deal real total".split())

#: Words that may stand just before a subject ("and he said", "That month Kaine told").
BEFORE_SUBJECT = frozenset(
    """and but or nor that because while when whereas although though as after before since
    if unless until so then also yet where meanwhile moreover however still now later earlier
    instead today yesterday tonight month week year day night morning afternoon evening
    weekend time point once again first finally which who whom whose what""".split()
)

#: Prepositions: a name right after one is not a speaker ("praise of Putin").
PREPOSITIONS = frozenset(
    """of to for with about from by at on in into onto against between among than like over
    under toward towards upon including via per despite without within behind beyond""".split()
)

#: Common verbs and other words that end like title nouns but are not titles.
NOT_TITLE_NOUNS = frozenset(
    """after under over other ever never however whether either neither rather consider
    remember deliver answer offer order enter cover gather monitor register discover
    recover sent went meant spent want prevent present represent recent different
    urgent blatant constant distant important relevant agree guarantee""".split()
)

#: Titles and occupations written before a name, in lower case ("spokesman", "coach").
TITLE_NOUNS = frozenset(
    """president vice governor senator secretary mayor judge justice general chairman
    chairwoman chair coach principal chief officer detective councillor councilman
    councilwoman treasurer director professor ambassador speaker leader minister
    representative congressman congresswoman sheriff pastor father sister bishop captain
    sergeant lieutenant colonel admiral commissioner librarian pensioner nurse doctor
    teacher farmer resident student activist lawyer attorney trustee inspector
    superintendent nominee candidate host anchor reporter correspondent columnist
    editor author singer actor actress""".split()
)

#: Words that open a new clause: a subject starts after the last of them ("… and Smith said").
CLAUSE_OPENERS = frozenset(
    """that and but while when as because after before if so where although though since
    whereas which said says told""".split()
)

#: Words a speaker's description never opens with ("in Ohio", "it", "Tuesday").
NOT_SPEAKER_STARTS = frozenset(
    """in on at of for to from with during after before about that when while as because
    it its this there here not also then later earlier now today yesterday tonight
    monday tuesday wednesday thursday friday saturday sunday last next recently""".split()
)

#: Verbs that make a stretch of words a clause rather than a description of a speaker.
CLAUSE_VERBS = frozenset(
    "is was were are be been being has had have will would can could should may might do "
    "does did isn't wasn't won't don't doesn't didn't".split()
)

#: Words before a name that tell a person's gender ("actress Laura Dern").
GENDERED_WORDS = {
    **dict.fromkeys(
        """actress spokeswoman congresswoman chairwoman businesswoman
    councilwoman sister mother wife daughter widow grandmother aunt
    queen princess duchess""".split(),
        "female",
    ),
    **dict.fromkeys(
        """actor spokesman congressman chairman businessman councilman brother
    father husband son widower grandfather uncle king prince duke""".split(),
        "male",
    ),
}

#: Small words that stay lower case inside a title ("Face the Nation").
TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from as is".split())

#: Words before a quoted string that announce a title ("on MSNBC's", "the book").
TITLE_CUES = frozenset(
    """on titled entitled show program programme book film movie series episode column song
    album article headline documentary podcast newspaper magazine broadcast website blog
    essay novel play tape video recording speech plan bill act rally tour event slogan
    movement""".split()
)

#: Number words that open a capitalised phrase that is no speaker ("Forty-one percent …").
CARDINAL_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve twenty thirty forty
    fifty sixty seventy eighty ninety hundred thousand million half dozens""".split()
)
