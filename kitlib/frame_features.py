"""What the frame coder looks at in an article: cue words, quotations, people and numbers.

The machine frame coder (:mod:`kitlib.frame_coder`) answers the codebook's
questions from a short list of *features*: things a student can point at in the
text. Each feature is one number per article:

- a **cue family** (:data:`CUE_FAMILIES`) counts words and phrases of one kind
  ("but", "however", "while" are *contrast*; "$4 million" is *money*), as
  ``log(1 + hits)``: the first mention counts most, the tenth little;
- **quotations** (from :func:`kitlib.quotes.find_quotes`): how many, how many
  different speakers, whether two or more sides speak, how much of the text is
  quoted, and whether the quoted people speak of themselves ("I", "my family");
- **form**: the article's length, questions and exclamations, "I" and "you" in
  the writer's own voice.

The word lists are general framing vocabulary, written for the kit; none is
about a topic (no climate, election or war words), so the coder can be used on
any news story. Every feature records the sentences where it fired, which is
how the coder shows its evidence.

>>> found = article_features(
...     "Critics say the plan will cost $4 billion. But the mayor disagreed sharply."
... )
>>> found.values["contrast"] > 0, found.values["money"] > 0
(True, True)
>>> found.sentences[found.hits["money"][0]]
'Critics say the plan will cost $4 billion.'
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd

from kitlib.articles import Article, as_article, looks_like_path
from kitlib.errors import ArticleError
from kitlib.quotes import find_quotes
from kitlib.text import split_paragraphs, split_sentences, word_count

__all__ = [
    "CUE_FAMILIES",
    "OTHER_FEATURES",
    "Features",
    "article_features",
    "cue_hits",
    "describe",
    "feature_names",
    "feature_table",
    "features_of",
    "load",
]


@dataclass(frozen=True)
class CueFamily:
    """Words and phrases of one kind, with the words a student reads in the coder's reasons."""

    name: str
    label: str
    cues: tuple[str, ...]


def _family(name: str, label: str, cues: str) -> CueFamily:
    return CueFamily(name, label, tuple(c.strip() for c in cues.split(";") if c.strip()))


#: The cue families. Cues are whole words or phrases, separated by ";" here. Case
#: does not matter; a phrase matches with any spaces, hyphens or punctuation between
#: its words ("left-wing" is "left wing"); a straight apostrophe also matches a curly
#: one. A cue marked ``re:`` is a regular expression (case as written).
CUE_FAMILIES: tuple[CueFamily, ...] = (
    # --- conflict -------------------------------------------------------------
    _family(
        "contrast",
        "contrast words ('but', 'however', 'while')",
        "but; however; although; though; whereas; yet; nevertheless; nonetheless; "
        "on the other hand; instead; despite; in contrast; by contrast; while; "
        "even as",
    ),
    _family(
        "critics",
        "critics or opponents ('critics say', 'opponents')",
        "critic; critics; opponent; opponents; skeptic; skeptics; sceptic; sceptics; "
        "detractor; detractors; naysayers; critics say; opponents say; rival; rivals",
    ),
    _family(
        "disagreement",
        "words of disagreement ('disagree', 'dispute', 'oppose')",
        "disagree; disagrees; disagreed; disagreement; disagreements; dispute; disputes; "
        "disputed; oppose; opposes; opposed; opposing; opposition; reject; rejects; "
        "rejected; rejection; deny; denies; denied; debate; debates; debated; "
        "controversy; controversial; divided; divide; divisive; rift; split; clash; "
        "clashes; clashed; feud; at odds; standoff; backlash; pushback; push back; "
        "pushed back; fight; fights; fighting; fought; battle; battles; versus; vs",
    ),
    _family(
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
    _family(
        "sides",
        "sides of a debate ('supporters', 'advocates', 'others say')",
        "supporter; supporters; proponent; proponents; advocate; advocates; backer; "
        "backers; defender; defenders; champion of; champions of; others say; some say; "
        "others argue; some argue; others believe; on the one hand; on the other hand; "
        "both sides; two sides; other side; either side; in favor; in favour; for and "
        "against; pros and cons; camp; camps",
    ),
    _family(
        "argue",
        "arguing verbs ('argued', 'insisted', 'countered')",
        "argue; argues; argued; arguing; argument; arguments; insist; insists; "
        "insisted; contend; contends; contended; counter; countered; counters; "
        "retort; retorted; responded; replied; rebut; rebutted; claim; claims; claimed; "
        "allege; alleged; alleges; maintain; maintains; maintained",
    ),
    _family(
        "scorn",
        "scornful words ('hypocrisy', 'nonsense', 'radical')",
        "hypocrisy; hypocrite; hypocrites; hypocritical; absurd; ridiculous; nonsense; "
        "radical; radicals; extremist; extremists; extreme; crazy; insane; scam; "
        "propaganda; lie; lies; lying; liar; liars; fake; fraud; fraudulent; hysteria; "
        "hysterical; idiotic; stupid; foolish; silly; so-called; elites; elitist; "
        "zealots; fanatics; shameless; outrageous; laughable",
    ),
    _family(
        "partisan",
        "party and camp names ('Republicans', 'Democrats', 'the left')",
        "Republican; Republicans; Democrat; Democrats; Democratic; GOP; conservative; "
        "conservatives; liberal; liberals; progressive; progressives; left-wing; "
        "right-wing; the left; the right; Labour; Tory; Tories; partisan; bipartisan; "
        "party; parties; leftist; leftists",
    ),
    _family(
        "winlose",
        "words of winning and losing ('won', 'lost', 'victory')",
        "win; wins; won; winning; winner; winners; lose; loses; lost; losing; loser; "
        "losers; victory; victories; defeat; defeats; defeated; triumph; triumphed; "
        "setback; prevail; prevailed; beat; beaten; gains ground; losing ground; "
        "upper hand; comeback",
    ),
    # --- responsibility -------------------------------------------------------
    _family(
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
    _family(
        "actors",
        "countries, cities and organisations ('countries', 'cities', 'groups')",
        "country; countries; nation; nations; city; cities; state; states; company; "
        "companies; organization; organizations; organisation; organisations; group; "
        "groups; activists; campaigners; coalition; alliance; leaders; union; unions; "
        "charity; charities; foundation; institute",
    ),
    _family(
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
    _family(
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
    _family(
        "rollback",
        "undoing rules and plans ('roll back', 'repeal', 'withdraw')",
        "roll back; rolls back; rolled back; rolling back; rollback; rollbacks; repeal; "
        "repeals; repealed; repealing; withdraw; withdraws; withdrew; withdrawing; "
        "withdrawal; pull out; pulled out; pulling out; scrap; scrapped; scrapping; "
        "weaken; weakened; weakening; loosen; loosened; undo; undoing; reverse; reversed; "
        "reversing; reversal; abandon; abandoned; lift; lifted; overturn; overturned; "
        "dismantle; dismantling; gut; gutted; gutting; eliminate; eliminated; exit",
    ),
    _family(
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
    _family(
        "blame",
        "words of blame and cause ('blamed', 'caused by', 'responsible')",
        "blame; blames; blamed; blaming; responsible; fault; caused by; cause; causes; "
        "caused; causing; because of; due to; driven by; fueled by; fuelled by; "
        "result of; contribute; contributes; contributed; contributing; contributor; "
        "culprit; culprits; accountable; accountability; liable; failed; failure; "
        "failures; fail; fails; neglect; neglected; ignored; ignore; ignores",
    ),
    _family(
        "prescription",
        "words of what to do ('should', 'must', 'need to')",
        "should; must; ought to; need to; needs to; have to; has to; it is time; "
        "it's time; we need; we must; we should; everyone; everybody; nobody should; "
        "don't; do not; stop; avoid; required; require; requires; mandatory; mandate; "
        "forbid; forbidden; prohibit; prohibited; allowed; not allowed",
    ),
    # --- human interest ---------------------------------------------------------
    _family(
        "family",
        "family words ('mother', 'children', 'grandson')",
        "wife; husband; son; sons; daughter; daughters; mother; mothers; father; "
        "fathers; mom; dad; parent; parents; child; children; kids; grandchildren; "
        "grandchild; grandmother; grandfather; grandson; granddaughter; family; "
        "families; brother; sister; baby; babies; widow; married; pregnant",
    ),
    _family(
        "home",
        "words of home and daily life ('home', 'neighbors', 'village')",
        "home; homes; house; houses; neighbor; neighbors; neighbour; neighbours; "
        "neighborhood; neighbourhood; backyard; village; villages; hometown; farm; "
        "farms; garden; kitchen; street; livelihood; livelihoods; everyday; daily life",
    ),
    _family(
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
    _family(
        "harm",
        "words of harm ('killed', 'victims', 'vulnerable')",
        "died; dead; death; deaths; die; dying; killed; kill; kills; killing; "
        "injured; injuries; sick; illness; illnesses; disease; diseases; hospital; "
        "starve; starving; starvation; hunger; hungry; homeless; displaced; refugee; "
        "refugees; evacuate; evacuated; evacuation; flee; fled; fleeing; victim; "
        "victims; vulnerable; survivor; survivors; lost their; destroyed; "
        "devastation; ravaged; suffering from; endangered; extinction; poverty; poor",
    ),
    _family(
        "affected",
        "groups of ordinary people ('residents', 'farmers', 'communities')",
        "residents; farmers; workers; families; communities; community; citizens; "
        "locals; villagers; patients; students; parents; people living; "
        "ordinary people; consumers; homeowners; fishermen; children",
    ),
    _family(
        "animals",
        "animals ('animals', 'wildlife', 'birds')",
        "animal; animals; wildlife; species; bird; birds; fish; bear; bears; whale; "
        "whales; bees; insects; cattle; livestock; dog; dogs; pets; creatures; habitat; "
        "habitats",
    ),
    _family(
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
    _family(
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
    _family(
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
    _family(
        "science",
        "words of science reporting ('study', 'researchers', 'data')",
        "study; studies; research; researcher; researchers; scientist; scientists; "
        "scientific; findings; journal; published; data; analysis; report; reports; "
        "university; professor; experts; expert; survey; estimate; estimates; "
        "according to; model; models; evidence; found that; finds that; suggests; "
        "suggest; suggesting; showed; shows that; show that; pointed out; noted; noting",
    ),
    _family(
        "risk",
        "words of risk and danger ('risk', 'dangerous', 'health')",
        "risk; risks; risky; dangerous; danger; dangers; threat; threats; hazard; "
        "hazards; harmful; health; unsafe; safety; exposure; exposed; toxic; "
        "pollution; polluted; contaminated",
    ),
    _family(
        "opinion",
        "opinion phrases ('in fact', 'of course', 'simply')",
        "in fact; of course; perhaps; reality; truth; obviously; clearly; simply; "
        "indeed; frankly; let's; let us; surely; certainly; ironically; apparently; "
        "in other words; the fact is; the truth is; after all; no doubt; "
        "needless to say; to be sure; mind you",
    ),
    # --- economic ----------------------------------------------------------------
    _family(
        "money",
        "sums of money ('$4 billion', 'millions of dollars')",
        r"re:[$£€¥]\s?\d; re:(?:USD|EUR|GBP) ?\d; dollars; euros; yuan; pounds sterling",
    ),
    _family(
        "figures",
        "large numbers ('2 million', 'thousands of')",
        r"re:\d[\d,.]*\s?(?i:million|billion|trillion|bn)\b; "
        "hundreds of; thousands of; millions of; billions of; tens of thousands",
    ),
    _family(
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
    _family(
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
    _family(
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
    _family(
        "percent",
        "percentages ('40 percent', '3 times')",
        r"re:\d\s?(?:%|(?i:percent|per cent)\b); re:\d(?:\.\d+)?\s?(?:times|fold)\b",
    ),
)


#: A word, as the cue lists read it: letters and digits, with an apostrophe inside
#: ("don't"). A hyphen separates words, so the cue "left-wing" is the two words
#: "left wing", and "anti-government" holds the cue "government".
TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@dataclass(frozen=True)
class _Lexicon:
    """Every cue, ready to look up: one-word cues, phrases by their first word, patterns."""

    words: dict
    phrases: dict
    patterns: tuple


def _tokens(text: str) -> list[str]:
    return [t.lower().replace("’", "'") for t in TOKEN.findall(text)]


@cache
def _lexicon() -> _Lexicon:
    """The cue families as look-up tables, built once per process.

    Looking words up in a table is several times faster than running one regular
    expression with hundreds of alternatives per family over the text.
    """
    words: dict[str, list[str]] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    patterns = []
    for family in CUE_FAMILIES:
        expressions = []
        for cue in family.cues:
            if cue.startswith("re:"):
                expressions.append(cue[3:])
                continue
            tokens = tuple(_tokens(cue))
            if len(tokens) == 1:
                if family.name not in words.setdefault(tokens[0], []):
                    words[tokens[0]].append(family.name)
            else:
                phrases.setdefault(tokens[0], []).append((tokens, family.name))
        # one pattern per expression: a pattern that starts with a plain character is
        # searched for quickly, which a pattern joining several with "|" is not
        patterns += [(family.name, re.compile(expression)) for expression in expressions]
    return _Lexicon(words, phrases, tuple(patterns))


def _word(token: str, lexicon: _Lexicon) -> str:
    """A word as the look-up tables hold it: lower case, straight apostrophe, and
    without a possessive "'s" ("government's" is "government"; "let's" stays)."""
    word = token.lower().replace("’", "'")
    if word.endswith("'s") and word not in lexicon.words and word not in lexicon.phrases:
        return word[:-2]
    return word


def cue_hits(text: str) -> dict[str, list[int]]:
    """Where each cue family matches in ``text``: ``{family: [character offset, ...]}``.

    A family counts at most one match per word: "critics say" is one hit for
    *critics*, not two.

    >>> hits = cue_hits("Critics say it will cost $4 billion, but it won't.")
    >>> hits["critics"], hits["contrast"], hits["money"]
    ([0], [37], [25])
    """
    lexicon = _lexicon()
    found: dict[str, list[int]] = {family.name: [] for family in CUE_FAMILIES}
    spans = [(m.start(), _word(m.group(), lexicon)) for m in TOKEN.finditer(text)]
    tokens = [t for _, t in spans]
    free: dict[str, int] = {}  # per family, the first word a new match may start at
    for i, (start, token) in enumerate(spans):
        for family in lexicon.words.get(token, ()):
            if i >= free.get(family, 0):
                found[family].append(start)
                free[family] = i + 1
        for words, family in lexicon.phrases.get(token, ()):
            if i >= free.get(family, 0) and tuple(tokens[i : i + len(words)]) == words:
                found[family].append(start)
                free[family] = i + len(words)
    for family, pattern in lexicon.patterns:
        taken = set(found[family])
        found[family] = sorted(taken | {m.start() for m in pattern.finditer(text)})
    return found


#: Features that are not cue families: name -> what a student reads in the coder's reasons.
OTHER_FEATURES = {
    "quotes": "quotations (full sentences or words woven in)",
    "speakers": "people quoted (different speakers)",
    "two_sides": "two or more people quoted",
    "quoted_share": "share of the text in quotation marks",
    "quoted_self": "quoted people speaking of themselves ('I', 'my', 'we')",
    "length": "length in words",
    "questions": "questions in the writer's words ('?')",
    "exclamations": "exclamations in the writer's words ('!')",
    "writer_i": "'I' or 'we' in the writer's words",
    "writer_you": "'you' in the writer's words",
}


def _short(feature: str) -> str:
    """A feature's label without its examples: "contrast words"."""
    for family in CUE_FAMILIES:
        if family.name == feature:
            return family.label.split(" (")[0]
    return OTHER_FEATURES[feature].split(" (")[0]


def describe(feature: str, value: float) -> str:
    """A feature's value in words, as the coder's reasons show it.

    >>> describe("money", math.log1p(2)), describe("contrast", 0.0)
    ('sums of money ×2', 'no contrast words')
    >>> describe("two_sides", 1.0), describe("speakers", math.log1p(3))
    ('two or more people quoted', 'people quoted: 3')
    """
    short = _short(feature)
    if feature == "two_sides":
        return short if value else "fewer than two people quoted"
    if feature == "quoted_share":
        return f"{round(100 * value)} % of the text in quotation marks"
    if feature == "length":
        return f"{round(math.expm1(value)):,} words"
    count = round(math.expm1(value))
    if feature in OTHER_FEATURES:
        return f"{short}: {count}"
    return f"{short} ×{count}" if count else f"no {short}"


def feature_names() -> tuple[str, ...]:
    """Every feature's name, in a fixed order: the cue families, then the other features.

    >>> names = feature_names()
    >>> names[:2], "two_sides" in names
    (('contrast', 'critics'), True)
    """
    return tuple(family.name for family in CUE_FAMILIES) + tuple(OTHER_FEATURES)


def feature_table() -> pd.DataFrame:
    """What each feature counts, in words: ``feature, kind, description``.

    >>> table = feature_table()
    >>> table.set_index("feature").loc["money", "description"]
    "sums of money ('$4 billion', 'millions of dollars')"
    """
    rows = []
    for family in CUE_FAMILIES:
        rows.append({"feature": family.name, "kind": "cue family", "description": family.label})
    rows += [
        {"feature": name, "kind": "structure", "description": label}
        for name, label in OTHER_FEATURES.items()
    ]
    return pd.DataFrame(rows, columns=["feature", "kind", "description"])


@dataclass(frozen=True)
class Features:
    """One article's features.

    Attributes
    ----------
    values : dict
        ``{feature: value}`` for every name in :func:`feature_names`.
    hits : dict
        ``{feature: (sentence index, ...)}``: the sentences where a feature fired
        (most often first), for the features that fire in sentences.
    sentences : tuple of str
        The sentences the indexes refer to (the headline first, if there is one).
    words : int
        Words in the article (:func:`kitlib.text.word_count`).
    name : str
        The article's name (its outlet, or "article").
    fallback : str
        Empty, or why the kit's loader refused the text (then the raw text was coded).
    """

    values: dict
    hits: dict
    sentences: tuple
    words: int
    name: str = "article"
    fallback: str = ""


#: First person and second person in the writer's own words.
WRITER_I = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|we|We|our|Our|my|My)\b")
WRITER_YOU = re.compile(r"\b(?:you|You|your|Your)\b")
SELF_IN_QUOTE = re.compile(r"\b(?:I|me|my|mine|we|us|our)\b", re.IGNORECASE)


def load(article) -> tuple[Article | None, str, str]:
    """The article loaded by the kit, or ``(None, raw text, why)`` when the loader refuses it.

    A missing file, or something that is not text at all, is still an error; only
    a text (or a file's text) that the loader takes for something other than an
    article, or finds empty after cleaning, is returned raw, with the loader's reason.

    >>> article, raw, why = load("Getty Images")
    >>> article is None, raw, why[:32]
    (True, 'Getty Images', 'No article text is left after cl')
    """
    try:
        return as_article(article), "", ""
    except ArticleError as error:
        if isinstance(article, Path | str) and looks_like_path(article):
            path = Path(article).expanduser()
            if not path.is_file():
                raise
            return None, path.read_text(encoding="utf-8", errors="replace"), str(error)
        if isinstance(article, str):
            return None, article, str(error)
        raise


def article_features(article: Article | str) -> Features:
    """The features of one article (never raises on a text the loader refuses).

    Parameters
    ----------
    article : Article or str
        An article, a path or a text (read by :func:`kitlib.articles.as_article`).
        If the loader refuses a text (empty after cleaning, taken for a caption),
        the raw text is split into sentences and coded as it is.

    Returns
    -------
    Features
        ``values``, ``hits``, ``sentences``, ``words``, ``fallback``.

    Examples
    --------
    >>> found = article_features("“We lost our home,” said Ana Ruiz, 42. “My children cry.”")
    >>> found.values["quoted_self"] > 0, found.values["personal"] > 0
    (True, True)
    """
    loaded, raw, why = load(article)
    return features_of(loaded, raw, why)


def features_of(loaded: Article | None, raw: str = "", why: str = "") -> Features:
    """The features of an article :func:`load` returned (the loaded one, or the raw text)."""
    if loaded is not None:
        text = loaded.text
        spans = [(s, e) for _, s, e in loaded.sentence_spans]
        headline = loaded.meta.get("headline") or ""
        quotes = find_quotes(loaded)
    else:
        text = raw
        spans = [(s, e) for _, s, e in split_sentences(raw, split_paragraphs(raw))]
        headline = ""
        quotes = find_quotes(raw)
    name = loaded.name if loaded is not None else "article"
    return _features(text, spans, headline, quotes, name, why)


def _features(text, spans, headline, quotes, name, why) -> Features:
    """Count every feature in ``text`` (sentences at ``spans``), with a headline before them."""
    prefix = headline + "\n\n" if headline and headline not in text[:300] else ""
    full = prefix + text
    shift = len(prefix)
    spans = ([(0, len(headline))] if prefix else []) + [(s + shift, e + shift) for s, e in spans]
    sentences = tuple(full[s:e] for s, e in spans)
    starts = [s for s, _ in spans]
    n_words = word_count(full)

    # the reporter's words: the text with every quotation blanked out
    inside = [
        (int(s) + shift, int(e) + shift)
        for s, e in zip(quotes["start"], quotes["end"], strict=True)
    ]
    outside = list(full)
    for s, e in inside:
        outside[s:e] = " " * (e - s)
    reporter = "".join(outside)

    values: dict[str, float] = {}
    hits: dict[str, tuple[int, ...]] = {}
    for family, found in cue_hits(full).items():
        values[family] = math.log1p(len(found))
        hits[family] = _by_count([bisect_right(starts, p) - 1 for p in found])

    speech = quotes[quotes["kind"].isin(["full", "partial"])] if len(quotes) else quotes
    speakers = {str(s) for s in speech["speaker"] if isinstance(s, str) and s}
    quoted_chars = sum(e - s for s, e in inside)
    self_words = sum(len(SELF_IN_QUOTE.findall(str(q))) for q in speech["quote"])
    values.update(
        {
            "quotes": math.log1p(len(speech)),
            "speakers": math.log1p(len(speakers)),
            "two_sides": float(len(speakers) >= 2),
            "quoted_share": quoted_chars / max(len(full), 1),
            "quoted_self": math.log1p(self_words),
            "length": math.log1p(n_words),
            "questions": math.log1p(reporter.count("?")),
            "exclamations": math.log1p(reporter.count("!")),
            "writer_i": math.log1p(len(WRITER_I.findall(reporter))),
            "writer_you": math.log1p(len(WRITER_YOU.findall(reporter))),
        }
    )
    quote_sentences = [bisect_right(starts, s) - 1 for s, _ in inside]
    for feature in ("quotes", "speakers", "two_sides", "quoted_share", "quoted_self"):
        hits[feature] = _by_count(quote_sentences)
    return Features(values, hits, sentences, n_words, name, why)


def _by_count(where: list[int]) -> tuple[int, ...]:
    """Sentence indexes, the one with most hits first, then in reading order."""
    counts: dict[int, int] = {}
    for i in where:
        if i >= 0:
            counts[i] = counts.get(i, 0) + 1
    return tuple(sorted(counts, key=lambda i: (-counts[i], i)))
