"""Turn a pasted job posting into a :class:`RoleProfile`.

Parsing keeps what describes the work (title, seniority, responsibilities, stated figures) and
drops what does not (company blurb, benefits, salary lines, equal-opportunity text, job-board
navigation). Matching scores every role family on the title against the family's job titles,
on the responsibilities against the family profile and its example KPIs, and on shared domain
terms; all through the retrieval index.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from .errors import InputError
from .models import RoleProfile, Seniority
from .retrieval import Entry, Index

# ---- text clean-up --------------------------------------------------------------------------

_BULLET = re.compile(r"^\s*(?:\*(?!\*)|[-+~•·▪◦●○■□➢➤►✓✔☐→]|\d{1,2}[.)]|[a-z][.)](?=\s))\s*")
_MD = re.compile(r"[*_`]{1,3}|^#{1,6}\s*|\[([^\]]*)\]\([^)]*\)")
_TAG = re.compile(r"<[^>]{1,200}>")
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200b-\u200d\u2060]")

SECTION_PATTERNS: dict[str, re.Pattern[str]] = {
    "responsibilities": re.compile(
        r"\b(responsibilit|duties|what you(?:'|’)?ll do|what you will do|the role|your role|key tasks|"
        r"day[- ]to[- ]day|accountabilit|you will|what we need you|your impact|in this role|the job|"
        r"key areas|what the job involves|main purpose|role purpose|job purpose|about the role|about the job|the position|"
        r"what you(?:'|’)?ll be doing|core tasks|scope|^you(?:'|’)?ll\s*:?\s*$)",
        re.I,
    ),
    "requirements": re.compile(
        r"\b(requirement|qualification|what you bring|what we(?:'|’)?re looking for|skills|experience|"
        r"about you|must[- ]have|nice[- ]to[- ]have|you have|you are|who you are|competenc|essential|"
        r"desirable|education|licen[cs]e|certification|ideal candidate|person specification|profile|selection criteria)",
        re.I,
    ),
    "company": re.compile(
        r"\b(about us|who we are|about the company|our company|our story|our mission|company overview|company profile)",
        re.I,
    ),
    "benefits": re.compile(
        r"\b(benefit|perks|what we offer|why join|why work|compensation|packages?\b|we offer|rewards)", re.I
    ),
    # "APPLY NOW" is a button, often above the posting itself; it opens no section
    "apply": re.compile(
        r"\b(how to apply|application process|next steps|to apply|questions about the (?:job|role|post|position)|"
        r"(?:informal |further )?(?:enquiries|information|discussion|chat) (?:about|contact|please)|contact details|"
        r"for (?:more|further) (?:information|details)|documents to download|employer details)",
        re.I,
    ),
    "eeo": re.compile(r"\b(equal opportunit|diversity|inclusion|accommodation|eeo)\b", re.I),
    # the employer's own list of how the job is measured: "Key Performance Indicators", "Measures of success"
    "measures": re.compile(
        r"\b(key performance indicators?|kpi(?:'?s)?\b|measures? of success|success measures?|performance (?:measures|targets)|"
        r"how (?:your )?(?:success|performance) (?:will be|is) (?:measured|judged)|success criteria)",
        re.I,
    ),
}

# Sentences that are never about the work itself, wherever they appear.
_BOILERPLATE = re.compile(
    r"(equal[- ]opportunit(?:y|ies)|without regard to|protected (?:veteran|characteristic|status)|"
    r"reasonable (?:accommodation|adjustment)|we (?:celebrate|value|embrace) diversity|drug[- ]free|"
    r"background check|e-?verify|cookie|privacy (?:policy|notice)|apply now|apply today|easy apply|"
    r"share this job|save job|posted \d+|\d+ applicants|days? ago|job id|req(?:uisition)? ?(?:id|#|no)|"
    r"(?:posting|vacancy|competition|reference|ref|job) ?(?:#|no\.|number) ?:? ?[\w-]*\d|"
    # "If you do not hear from us within 2 weeks ...", "Review of applications will begin February 15"
    r"if you (?:do not|don'?t|have not|haven'?t) (?:hear|heard) (?:back )?from us|application (?:was |has been |is )?unsuccessful|"
    r"review of applications|applications will be reviewed|"
    r"sign in|log in to apply|create (?:a )?job alert|\bback to (?:the )?(?:search results|results|(?:all )?jobs|job list|vacancies)\b|https?://|www\.|@[a-z0-9-]+\.[a-z]|click here|"
    r"visa sponsorship|closing date|follow us|all qualified applicants|recruitment agencies|"
    # "welcomes all applicants regardless of background", "we treat all applicants equally"
    r"\bregardless of (?:age|gender|sex|race|religion|origin|background|disability|ethnicity)|"
    r"welcomes? (?:all )?applica(?:nts|tions) from|(?:treat|consider) all applica(?:nts|tions)|"
    r"\b(?:we offer|benefits include|perks include|in return,? (?:we|you)|you(?:'|’)ll (?:get|enjoy|receive)|"
    r"you will (?:get|enjoy|receive)|what(?:'|’)s in it for you)\b|salary|per annum|\bdoe\b|"
    r"pay range|compensation range|base pay|hourly rate|\bote\b|on-target earnings)",
    re.I,
)
# Short meta lines (job type, location, benefits bullets, navigation) dropped as whole lines.
_META_LINE = re.compile(
    r"(full[- ]time|part[- ]time|permanent|temporary|fixed[- ]term|contract type|job type|location|remote|"
    r"hybrid|on-?site|shift pattern|on a rota\b|rota basis|hours:|schedule:|pension(?!s? (?:actuar|administrat|analyst|manager|officer|specialist|consultant|advis))|401\(?k|(?:dental|vision|health|medical|life) (?:insurance|plan|cover)|"
    r"paid time off|\bpto\b|annual leave|holiday|bonus|discount|gym (?:membership|discount|access)|(?:free|on-?site) gym|"
    r"wellbeing|parental leave|accommodation (?:is )?(?:available|provided|included|offered)|"
    r"\w+\s*[>›»▸→]\s*\w+[\w ]*[>›»▸→]|home\s*[>›»▸|]|jobs\s*[>›»▸|]|^menu$|^search$|^apply$|department:|reports to:|"
    r"start date|posting date|date posted|industry:|employment type|seniority level|job function|benefits?:?$)",
    re.I,
)
# "Careers / Customer Experience / Support", "Home › Healthcare › Pharmacy": site navigation, not work
_BREADCRUMB = re.compile(
    r"^[A-Z][\w&' -]{1,40}(?:\s*[/|›>»▸→]\s*[A-Z][\w&' -]{1,40}){2,}$"
    # "jobs.example.co.uk › Construction & Trades › Plumbing": a site name, then arrows
    r"|^[\w.&' -]{2,60}(?:\s*[›>»▸→]\s*[A-Z][\w&' -]{1,40}){2,}$"
)
# "Must have: two years behind a busy bar" - a requirement given inline, not a duty
_REQUIREMENT_LABEL = re.compile(
    r"^(?:must[- ]haves?|nice[- ]to[- ]haves?|requirements?|essential(?: criteria)?|desirable|qualifications?|"
    r"skills?(?: needed| required)?|what you(?:'|’)ll need|you(?:'|’)ll need|you need|about you|who you are|"
    r"(?:the |our )?ideal candidate|person spec(?:ification)?|your profile|what you(?:'|’)ll bring|what you bring|"
    r"what we(?:'|’)re looking for|experience)\s*[:\-–]\s*\S",
    re.I,
)
# currency codes only beside a figure: "CAD 85,000" is pay, "CAD in Creo" is design software
_MONEY = re.compile(
    r"[$£€¥₹]\s?\d|\d\s?(?:k|K)\b.*(?:year|yr|annum)|\b(?:usd|gbp|eur|aud|cad|nzd|inr|zar|sgd|aed|kes|php)\s?\d|"
    r"\d\s?(?:usd|gbp|eur|aud|cad|nzd|inr|zar|sgd|aed|kes|php)\b|"
    # "R9 500 per month", "KSh 45,000 a month": a pay figure in rand, shillings or pesos
    r"\b(?:R|KSh|Ksh|P|RM|Rs\.?)\s?\d[\d ,.]*\s*(?:per|a|/)\s*(?:month|hour|hr|annum|year|week|day)\b",
    re.I,
)
ACTION_START = re.compile(
    r"^(?:(?:you|they)(?:'|’)(?:ll|d) |(?:you|they|the successful candidate|the postholder) will |will |to )?(?:also )?"
    # "You'll be running a mix of temp and perm roles": a duty in the -ing form
    r"(?:need to |be expected to |be asked to |be (?=[a-z]+ing\b))?"
    r"(?:be responsible for |help |support )?"
    r"(manag|lead|own|run|deliver|ensur|maintain|build|develop|design|prepar|process|coordinat|monitor|"
    r"handl|resolv|driv|improv|oversee|plan|organi[sz]|provid|implement|conduct|support|assist|creat|"
    r"review|analy[sz]|report|respond|serv|sell|negotiat|recruit|train|teach|care|administer|dispens|"
    r"operat|install|repair|inspect|clean|drive|deliver|cook|prepare|greet|answer|schedul|track|test|"
    r"write|edit|produc|research|advis|collaborat|partner|work|keep|make|set|grow|identif|reconcil|"
    r"pick|pack|load|stock|audit|comply|patrol|protect|assess|document|record|follow|check|supervis|"
    r"mentor|hire|onboard|forecast|budget|launch|ship|automat|configur|troubleshoot|fix|diagnos|"
    r"close|prospect|generat|source|screen|draft|file|book|order|purchas|procur|champion|shape|define|"
    r"translat|communicat|present|facilitat|deploy|migrat|model|measur|evaluat|optimi[sz]|harvest|"
    r"plant|feed|tend|guard|escort|counsel|advocat|enforce|investigat|handle|welcome|give|offer|perform|treat|"
    r"examin|coach|guide|collect|unload|sort|verif|updat|promot(?:e|es|ed|ing)\b|market|draw|paint|photograph|film|interpret|"
    r"transport|lift|mov|scrub|wash|mix|bake|grill|serv|negotiat|mediat|referee|rescue|respond|patrol|secure|"
    r"reduc|rais|increas|lower|look after|chase|invoic|retain|renew|upsell|expand|receiv|calibrat|replac|"
    r"upgrad|restor|recover|prevent|minimi[sz]|maximi[sz]|represent|act as|liaise|engag|settl|approv|"
    r"authori[sz]|allocat|assign|control|contain|dispatch|elicit|redesign|notic|recogni[sz]|reassur|encourag|"
    r"empower|enabl|escalat|observ|accompan|bathe|remind|triag|decontaminat|sterili[sz]|disinfect|saniti[sz]|"
    r"induct|carr(?:y|ies|ied)\b|publish|calculat|estimat|survey|weld|prioriti[sz]|streamlin|influenc|interview|"
    r"demonstrat|host|replenish|merchandis|weigh|navigat|steer|groom|prescrib|refer(?:s|red|ring)?\b|admit|"
    r"discharg|vaccinat|immuni[sz]|resuscitat|anaesthetis|anesthetiz|tackl|gather|attend|deal(?:s|ing)? with|"
    r"undertak|contribut|participat|compil|captur|uphold|safeguard|nurtur|achiev|spearhead|"
    r"alter|sew|stitch|embroider|upholster|fillet|debon|arrang|decorat|glaz|plaster|fabricat|machin|assembl|"
    r"mould|mold|forg|grind|polish|varnish|brew|distil|ferment|shear|prun|irrigat|spray|excavat|drill|landscap|"
    r"unblock|untangl|simplif|refactor|evacuat|cultivat|digiti[sz]|speed(?:s|ing)? up|scal(?:e|es|ed|ing) up|"
    r"rotat|restock|refill|sweep|vacuum|erect|dismantl|demolish|leav(?:e|es|ing)\b|tid(?:y|ies|ied|ying)\b|wip(?:e|es|ed|ing)\b|mop(?:s|ped|ping)?\b|"
    # short verbs that begin other words ("payroll", "window", "handbook"): whole words only
    r"(?:win|cut|get|bring|turn|take|hand|spot|catch|pay|hit|meet|visit|call|contact|sign|hold|cover|fill|"
    r"place|match|route|store|count|label|tell|show|help|look|sit|stand|walk|use|dress|prompt|fit|price|fly|"
    r"colour|color|sail|lay|dig|cast|tile|milk|fell|trim|cater|wire|plumb|roof|iron|knit|mow|cut|bone|lend|tune|tuning|regulate|regulating)"
    r"(?:s|ning|ting|ing|ed|d)?\b|"
    r"do(?:ing)?\b(?! you\b))",
    re.I,
)
# Words that end a job title ("Grants Officer", "Staff Nurse", "Chef de Partie"): a line with one names a job.
JOB_NOUNS = (
    r"officer|manager|analyst|engineer|technician|assistant|associate|specialist|coordinator|director|lead|"
    r"nurse|driver|agent|representative|rep|advis[eo]r|consultant|clerk|operator|supervisor|administrator|executive|"
    r"designer|developer|scientist|teacher|worker|chef|cook|cleaner|guard|planner|buyer|accountant|auditor|lawyer|"
    r"solicitor|paralegal|therapist|pharmacist|writer|editor|producer|head|partner|controller|inspector|handler|"
    r"adjuster|fundraiser|recruiter|receptionist|cashier|porter|electrician|plumber|mechanic|carer|counsel|"
    r"architect|librarian|caseworker|trainer|instructor|tutor|lecturer|secretary|bookkeeper|dispatcher|surveyor|"
    r"auditor|picker|packer|attendant|server|waiter|waitress|bartender|barista|host|steward|pilot|programmer|"
    r"de partie|sous chef|apprentice|intern|trainee|labou?rer|installer|fitter|welder|machinist|foreman|"
    r"superintendent|estimator|underwriter|actuary|economist|statistician|researcher|scientist|physician|doctor|"
    r"midwife|paramedic|dentist|hygienist|optometrist|radiographer|sonographer|phlebotomist|physiotherapist|"
    r"firefighter|constable|counsell?or|psychologist|psychotherapist|greenkeeper|groundskeeper|gardener|landscaper|"
    r"arborist|carpenter|joiner|plasterer|bricklayer|roofer|decorator|scaffolder|dryliner|banker|teller|"
    r"interpreter|translator|subtitler|linguist|journalist|reporter|correspondent|tailor|dressmaker|seamstress|"
    r"butcher|baker|florist|locksmith|upholsterer|cobbler|jeweller|jeweler|goldsmith|glazier|tiler|groomer|zookeeper|"
    r"keeper|curator|archivist|conservator|captain|navigator|stylist|barber|beautician|"
    r"undertaker|embalmer|chaplain|minister|vicar|priest|pastor|soldier|sailor|musician|actor|dancer|generalist|"
    r"practitioner|mover|courier|valet|housekeeper|nanny|caretaker|janitor|custodian|lifeguard|coach|leader|"
    r"operative|collector|signaller|stevedore|invigilator|ecologist|agronomist|boilermaker|concreter|stockperson|"
    r"herdsperson|repairer|refinisher|painter|sprayer|valuer|appraiser|drafter|draughts(?:man|person)|tester|"
    r"optician|moderator|annotator|tuner|saddler|(?:audit|tax|accounts|assurance|advisory|accounting|payroll) senior"
)
JOB_NOUN = re.compile(rf"\b(?:{JOB_NOUNS})(?:e?s)?\b", re.I)  # ("coaches")
# a number as a posting writes it: "48", "2.5", or in words ("within five working days", "a ninety percent")
NUMBER = (
    r"(?:\d+(?:[.,]\d+)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)"
)
_FIGURE = re.compile(
    NUMBER
    + r"\s?(?:(?:working|business|calendar|clock|school) )?(?:%|(?:percent|per cent|hours?|hrs?|days?|minutes?|mins?|weeks?)\b)",
    re.I,
)

_SENIORITY_RULES: list[tuple[Seniority, re.Pattern[str]]] = [
    (
        "executive",
        re.compile(
            r"\b(chief|ceo|cfo|coo|cto|cio|cmo|chro|president|managing director|c-level|executive director)\b", re.I
        ),
    ),
    ("director", re.compile(r"\b(director|vice president|vp|head of)\b", re.I)),
    # "Head Chef", "Head Gardener" run the kitchen or the grounds; "Head of ..." is matched above
    (
        "manager",
        re.compile(
            r"\b(manager|supervisor|superintendent|foreman|forewoman|head (?!of\b)[a-z]+|executive (?:chef|housekeeper))\b",
            re.I,
        ),
    ),
    # "Staff Engineer" leads; a staff nurse or staff pharmacist does not
    (
        "lead",
        re.compile(
            r"\b(lead|principal|staff (?:engineer|software|data|scientist|designer|product|developer|architect|analyst|"
            r"researcher|ux)|team leader|chief engineer|charge nurse)\b",
            re.I,
        ),
    ),
    # ("Engineer II" is a rank; "Grade III", "Class II" and "Band III" are a pay grade or a licence class)
    (
        "senior",
        re.compile(
            r"\b(senior|sr\.?|(?<!grade )(?<!class )(?<!band )(?<!level )(?<!scale )(?:iii|ii)|experienced|specialist)\b",
            re.I,
        ),
    ),
    (
        "entry",
        re.compile(r"\b(junior|jr\.?|graduate|trainee|apprentice|intern|entry[- ]level|assistant|associate|i)\b", re.I),
    ),
]

_NOT_JD = {
    "lorem ipsum": re.compile(r"\blorem ipsum\b|\bdolor sit amet\b|\bconsectetur adipiscing\b", re.I),
    "a log file": re.compile(
        r"^\s*(?:\[?\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}|\d{2}:\d{2}:\d{2}|\[?(?:INFO|DEBUG|WARN|WARNING|ERROR|TRACE|FATAL)\]?\s|Traceback \(most recent|\s+at [\w.$]+\()",
        re.M,
    ),
    "a recipe": re.compile(
        r"\b(preheat|tablespoons?|tbsp|teaspoons?|tsp|cups? of|ingredients|bake for|simmer|whisk|stir in|"
        r"serves \d|grams? of|ml of|oven to \d|season to taste|until golden)\b",
        re.I,
    ),
}
JOB_SIGNAL = re.compile(
    r"\b(role|responsibilit|responsible|duties|experience|candidate|hiring|join|position|job|team|"
    r"report(?:s|ing)? to|you will|you(?:'|’)ll|we are looking|we(?:'|’)re looking|seeking|apply|skills|"
    r"manag|ensure|customers?|clients?|patients?|deliver|maintain|qualifications?|salary|work(?:ing)? with|"
    r"support|lead|own|career|employer|employee|staff|shift|department|we need|need (?:a|an|someone)|"
    r"looking for|hire|recruit(?:ing)?|vacancy|opening|duties|train|build|drive|control|run)\w*",
    re.I,
)


def clean_line(line: str) -> str:
    line = html.unescape(_TAG.sub(" ", line))
    line = _EMOJI.sub(" ", line)
    line = _MD.sub(lambda m: m.group(1) or "", line)
    line = _BULLET.sub("", line)
    return re.sub(r"\s+", " ", line).strip(" \t-–—:|")


@dataclass
class ParsedPosting:
    title: str
    seniority: Seniority
    responsibilities: list[str]
    other: list[str]  # requirement and unlabeled lines that may still describe the work
    figures: list[str]
    text: str  # the cleaned, boilerplate-free text used for matching
    measures: list[str] = field(default_factory=list)  # the posting's own list of KPIs or measures of success


_BARE_HEADING = re.compile(
    r"^(?:(?:key|main|your|the|core|essential|desirable|job|role|principal|general|specific|additional|other|"
    r"primary) )?(?:(?:duties|tasks) (?:and|&) )?(?:responsibilities|duties|requirements|qualifications|"
    r"benefits|perks|about (?:us|you|the (?:role|job|company|team))|what you(?:'|’)?ll do|what we offer|who you are|"
    r"what you(?:'|’)?ll need|the role|the job|role purpose|skills(?: and experience)?|experience|how to apply|"
    r"what we(?:'|’)?re looking for|what we are looking for|what you(?:'|’)?ll bring|what you bring|"
    r"(?:the |our )?ideal candidate|person specification|what you(?:'|’)?ll be doing|in this role you(?:'|’)?ll|"
    r"why join us|compensation|what we need|(?:your |candidate |the )?profile|qualifications(?: and experience)?|"
    r"skills and qualifications|we offer|(?:key )?selection criteria|job description|(?:job|role) (?:summary|purpose|overview)|"
    r"who we are|our story|(?:about )?(?:the |our )?company|"
    r"(?:main |key )?(?:duties|responsibilities) of the (?:job|role|post|position))\s*$",
    re.I,
)


_DUTIES_LEAD = re.compile(
    r"^(?:main |key |typical |your |the )?(?:duties|responsibilities|tasks)\s+(?:includ(?:e|es|ing)|incl?\.?|are|will be)"
    r"\s*[:\-–]?\s*",
    re.I,
)
_ADVERT = re.compile(
    r"\b(?:is|are|we(?:'|’)re|currently) (?:looking for|seeking|recruiting|hiring)\b|\bto join (?:our|their|the|a)\b|"
    # "the Board of Governors invites applications for the position of ...", "applications are invited"
    r"\binvites? applications\b|\bapplications are (?:invited|welcome)\b",
    re.I,
)
# job-board buttons and links: "APPLY NOW ▶", "Save job", "Easy Apply"
_BUTTON = re.compile(
    r"^(?:apply(?: now| today| here| online)?|easy apply|quick apply|save(?: this)? job|share(?: this job)?)\W*$", re.I
)


_HEADING_ASIDE = re.compile(r"\s*\([^()]*\)\s*:?\s*$")
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+\S")


def _section_of(line: str, raw: str) -> str | None:
    """The section a heading line opens, or None when the line is not a heading."""
    # (a capital heading keeps its aside: "KEY PERFORMANCE INDICATORS (individual - reviewed at monthly 1:1)")
    bare = _HEADING_ASIDE.sub("", line)
    if bare != line and bare.isupper() and len(bare.split()) <= 6 and not _BULLET.match(raw):
        return None if _BUTTON.match(bare) else _section_named(bare)
    # (or its column headers, set apart by a run of spaces: "PERSON SPECIFICATION        Essential (E) / Desirable (D)")
    head = re.split(r"\s{3,}|\t", raw.strip())[0]
    if head != raw.strip() and head.isupper() and 2 <= len(head.split()) <= 6 and not _BULLET.match(raw):
        return _section_named(clean_line(head))
    stripped = raw.strip()
    is_heading = (
        stripped.startswith("#")
        or (stripped.endswith(":") and len(line.split()) <= 8)
        or (len(line.split()) <= 6 and (line.isupper() or stripped.startswith("**")) and not _BULLET.match(raw))
        # a numbered heading of an HR template: "3. KEY PERFORMANCE INDICATORS"
        or (len(line.split()) <= 6 and line.isupper() and _NUMBERED.match(raw))
        # a bare "Responsibilities" or "What you'll do" on its own line
        or (
            len(line.split()) <= 4
            and not _BULLET.match(raw)
            and not stripped.endswith((".", "!", "?"))
            and _BARE_HEADING.match(line)
        )
    )
    if not is_heading or _BUTTON.match(line):
        return None
    return _section_named(line)


# Sections whose words also occur in job titles: "Customer Experience Manager", "Special Education Teacher",
# "Benefits Caseworker", "Diversity and Inclusion Lead" open a posting; "Experience" or "Benefits:" opens a section.
_TITLE_WORD_SECTIONS = ("eeo", "benefits", "requirements")


def _section_named(line: str) -> str:
    """The section a heading names; "other" for a heading that names none, or that names a job."""
    names_job = bool(JOB_NOUN.search(line)) and not line.rstrip().endswith(":")
    for name in ("eeo", "apply", "benefits", "company", "measures", "requirements", "responsibilities"):
        if SECTION_PATTERNS[name].search(line) and not (names_job and name in _TITLE_WORD_SECTIONS):
            return name
    return "other"


def _singular_job(title: str) -> str:
    """'Process Technicians' -> 'Process Technician': a posting for several hires names one job."""
    last = title.split()[-1] if title.split() else ""
    if (
        last.endswith("s")
        and not last.endswith("ss")
        and (JOB_NOUN.fullmatch(last[:-1].lower()) or last.lower() == "members")
    ):
        return title[:-1]
    return title


# A run of capitalised words, as a job title opening a sentence is written ("Farm Animal Keeper & Education
# Assistant", "Subtitler / Localisation QA")
_CAPITALISED_WORDS = r"(?:(?:[A-Z][\w/&'-]*|&|/|and|of)\s){0,5}[A-Z][\w/&'-]*"


def _title_from(lines: list[tuple[str, str]], text: str) -> str:
    for line, _ in lines[:15]:
        m = re.match(
            r"^(?:job title|position title|role title|post title|title of (?:the )?post|position|role|title|"
            r"(?:job |current |new )?vacancy(?: notice)?|job opening|job)"
            r"\s*[:\-–]\s*(.{3,80})$",
            line,
            re.I,
        )
        if m:
            return m.group(1).strip()
    for line, raw in lines[:6]:
        if raw.lstrip().startswith("# "):
            return line[:80]
    for line, _ in lines[:3]:
        m_wanted = re.match(r"^([A-Z][\w/&,\-+() ]{2,60}?)\s+(?i:wanted|required|needed)\b", line)
        # ("Enhanced DBS needed" under the title asks for a check, not for a job)
        if m_wanted and (line is lines[0][0] or JOB_NOUN.search(m_wanted.group(1))):
            return m_wanted.group(1).strip()
        # "Head Sommelier for a fine dining restaurant. ..." - a capitalised title opening the text
        m_for = re.match(
            rf"^({_CAPITALISED_WORDS}(?:\s\([^()]{{1,30}}\))?)\s+(?:for|at|to join|in|with)\s+(?:a|an|our|the)\b",
            line,
        )
        if (
            m_for
            and line is lines[0][0]
            and len(line.split()) > 9  # a short first line is handled below as the title itself
            # "Care Assistants for our home" opens with a job, though "care" can be a duty's verb
            and (not ACTION_START.match(line) or JOB_NOUN.search(_singular_job(m_for.group(1))))
            and not re.match(r"^(?:We|Our|The|This|You|Join|Are|Do|Looking|Responsible)\b", line)
        ):
            # "Need Process Technicians for our moulding line": the job, one of them
            title = re.sub(
                r"^(?:Urgently |Now )?(?:Need(?:ed|s)?|Wanted|Hiring|Seeking|Recruiting)\s+", "", m_for.group(1)
            )
            return _singular_job(title.strip())
        # "Personal Banker, Main Street branch, Des Moines. Help customers ...": a job named before the place
        m_lead = re.match(rf"^({_CAPITALISED_WORDS})(?:\s\([^()]{{1,30}}\))?(?:,|\s[-–—]\s)", line)
        if (
            m_lead
            and line is lines[0][0]
            and len(line.split()) > 9
            and JOB_NOUN.search(m_lead.group(1))
            # ("Director, Programme Delivery, ...": a bare rank names its function after the comma)
            and m_lead.group(1).strip().lower() not in _GENERIC_TITLE_WORDS
            and not re.match(r"^(?:We|Our|The|This|You|Join|Are|Do|Looking|Responsible|Head Office)\b", line)
        ):
            return m_lead.group(1).strip()
    m = re.search(
        r"\b(?:looking for|hiring(?!\s+managers?\b)|seeking|seeks|recruiting|need|needs|wanted|wants|require|after|"
        r"join us as|as our|as an?)"
        r"\s+(?:an?|our|the|one|two|\d+)?\s*"
        # ("driver wanted for our Little Island depot": a place after the word, not the job)
        r"(?!(?:for|to|in|at|on|by|with|from|our|the|a|an|immediately|asap|urgently)\b)"
        r"(?:couple (?:of )?|few |more |additional |extra |some )*"
        r"(?:full[- ]time |part[- ]time |permanent |temporary |first |new |dependable |hard-working |experienced |motivated |reliable |talented |friendly |skilled |"
        r"enthusiastic |passionate |dedicated |caring |ambitious |driven |confident |proactive |organi[sz]ed |energetic |"
        r"compassionate |capable |conscientious |personable |outgoing |qualified |competent )*"
        r"([A-Za-z][A-Za-z0-9/&\- ]{2,60}?)(?=\s+(?:to|who|with|for|in|at|that|on|based|joining|you|we|they)\b|\s*[.,;:!(]|$)",
        text,
        re.I,
    )
    candidates: list[str] = []
    content = 0  # lines above that are not page furniture (navigation, sign-in links, buttons)
    for line, raw in lines[:12]:
        i = content
        if not (_BOILERPLATE.search(line) or _META_LINE.search(line) or _BREADCRUMB.match(line) or _BUTTON.match(line)):
            content += 1
        # "*** SCHOOL LIBRARIAN (term time) *** St Aidan's Academy": the bold part is the title
        bold = re.match(r"^\s*\*{2,3}\s*([^*]{3,80}?)\s*\*{2,3}\s*\S", raw)
        if bold and JOB_NOUN.search(bold.group(1)):
            line = clean_line(bold.group(1))
        # "Delivery Suite Midwife Band 5-6 ** OPEN DAY SAT 14th ** relocation package": the title, then a banner
        banner = re.split(r"\s\*{2,3}\s", raw.strip(), maxsplit=1)
        if len(banner) > 1 and not raw.lstrip().startswith("*") and JOB_NOUN.search(banner[0]):
            line = clean_line(banner[0])
        line = re.sub(
            # (and "JOB VACANCY:", "Job opening -", "Vacancy notice:")
            r"^(?:now |we(?:'|’)re |we are )?(?:(?:job |current |new )?(?:hiring|vacancy|vacancies|job|role|position|opening)"
            r"(?: notice| alert| advert)?)\s*[:\-–!]+\s*",
            "",
            line,
            flags=re.I,
        )
        # "Now hiring servers at Delmonte's Grill (Route 9)": the job hired for, not the employer or the place
        hiring = re.match(
            r"^(?:now |we(?:'|’)re |we are )?(?:hiring|recruiting)\s+(?!managers?\b)([\w/& -]{3,40}?)\s+(?:at|for|in|@)\s+\S",
            line,
            re.I,
        )
        if hiring and JOB_NOUN.search(hiring.group(1)):
            line = hiring.group(1)[:1].upper() + hiring.group(1)[1:]
        # "Support Analyst ** URGENT **", "Chef - immediate start!": a plea for speed, not part of the job
        line = re.sub(
            r"\s*[-–!]*\s*\b(?:urgent(?:ly required)?|immediate start|start asap|asap)\b\W*$", "", line, flags=re.I
        )
        # "Engineer (m/w/d)", "Développeur (H/F)": the genders a posting addresses are not the title
        line = re.sub(r"\s*\((?:[mwfdhx]\s*/\s*){1,3}[mwfdhx]\)", "", line, flags=re.I)
        # "Analyst (Fixed term, 18 months)": contract terms in brackets are not the title
        line = re.sub(
            r"\s*[(\[][^)\]]*\b(?:fixed[- ]term|full[- ]time|part[- ]time|contract(?:ed)?|permanent|temporary|months?|"
            r"maternity|remote|hybrid|on-?site|nights|days|casual|hours|term[- ]time|weeks?|ftc)\b[^)\]]*[)\]]",
            "",
            line,
            flags=re.I,
        ).strip()
        # "Store Associate – Part Time": segments that only state terms, pay or place are not the title
        parts = re.split(r"(\s[-–—|]\s)", line)
        if len(parts) > 1:
            kept = [parts[0]] + [
                sep + seg
                for sep, seg in zip(parts[1::2], parts[2::2], strict=True)
                if not (
                    _META_LINE.search(seg)
                    or _MONEY.search(seg)
                    # "– apply online quoting REQ-40917": how to apply, not the job
                    or re.search(r"\b(?:apply|quoting|ref(?:erence)?\b|req-?\d)", seg, re.I)
                )
            ]
            line = "".join(kept).strip()
        if len(line.split()) > 9 and not re.search(r"\s[-–—|]\s", line):
            # "WATER TREATMENT PLANT OPERATOR (OPERATOR IN TRAINING / CLASS 1)": the grade in brackets is not the title
            line = re.sub(r"\s*[(\[][^)\]]*[)\]]", "", line).strip() or line
        if len(line.split()) > 9:  # "Store Manager - Northfield Outfitters - Boulder, CO": the title leads
            # ... unless the lead names no job: "Urgent requirement - Accountant (Male/Female) for trading company"
            segs = re.split(r"\s[-–—|]\s", line)
            # (not a site's menu, "Jobs at ... | Search Jobs | Nursing | Physicians | ...": its first part stays)
            if 1 < len(segs) <= 3:
                line = next((seg for seg in segs if JOB_NOUN.search(seg)), segs[0])
                line = re.sub(r"\s*\((?:male|female|m|f)\s*/\s*(?:male|female|m|f)\)", "", line, flags=re.I)
                # "Accountant for trading company, Andheri East": the job, before whom it is for
                head = re.split(r"\s+(?:for|at|with)\s+(?=[a-z])|,\s", line, maxsplit=1)[0]
                # (a bare rank names its function after the comma: "Director, Programme Delivery")
                line = head if JOB_NOUN.search(head) and not _BARE_RANK.match(head) else line
        section = _section_of(line, raw)
        # "Trade Sales Representative – Northside Brisbane.": a short line naming a job may end with a full stop
        if line.endswith(".") and len(line.split()) <= 8 and JOB_NOUN.search(line) and not ACTION_START.match(line):
            line = line[:-1].rstrip()
        words = line.split()
        if (
            1 <= len(words) <= 9
            and not line.endswith((".", "!", "?"))
            and not _BOILERPLATE.search(line)
            and not _META_LINE.search(line)
            and not _MONEY.search(line)
            # a capitalised or bold opening line that names no known section is the title ("HEAD OF SUPPLY
            # CHAIN", "**Support Hero (Tier 1)**"), also under a line of site navigation
            and (not section or (section == "other" and i <= 2 and (line.isupper() or raw.lstrip().startswith("**"))))
            and _section_named(line) == "other"
            and not re.search(
                # site navigation ("Careers | Engineering", "Home"), not "Home Appliances" or "Careers Adviser"
                r"(?:^|[|/>›»]\s*)(?:home|jobs|careers|search|menu)\s*(?:[|/>›»]|$)|"
                # a job board's menu: "Jobs   Companies   Career Advice   Upload CV   Recruiters"
                r"\b(?:jobs|companies|career advice|upload (?:your )?cv|recruiters|salaries|sign in|post a job|employers)\b"
                r".*\b(?:companies|career advice|upload (?:your )?cv|recruiters|salaries|sign in|post a job|employers)\b|"
                # a careers page's own heading: "Careers at Okafor Leigh Solicitors", "Work with us"
                r"^(?:careers|jobs|vacancies|current vacancies|opportunities|working|work|life) (?:at|with)\b|"
                r"^join (?:us|our team|the team)\b|"
                r"\b(we are|we're|our|announcement|skip to|sign ?in|log ?in|sign ?up|register)\b|^about\b|"
                r"^\d+\s+\w+.*\b(?:st|street|rd|road|ave|avenue|blvd|lane|way)\b",
                line,
                re.I,
            )
            and not _BULLET.match(raw)
            # "Karriere › Tech & Data › Senior Analytics Engineer": the site's path to the job, not its title
            and not (_BREADCRUMB.match(line) and re.search(r"[›»>▸→]", line))
        ):
            candidates.append(line[:80])
    # A page often opens with the employer's name or a portal's: prefer a line that names a job.
    for line in candidates:
        if JOB_NOUN.search(line):
            return line
    if m and JOB_NOUN.search(m.group(1)):
        return m.group(1).strip()[:80]
    # "St. Colmcille's Community School, Ballymahon Road" above "1. Teacher of Mathematics and Physics - Permanent":
    # the employer heads the page and the posts are listed
    for line, raw in lines[:15]:
        # (a duty starts with a verb; "Teacher of ..." starts with the job, though "teach" is a verb)
        if _BULLET.match(raw) and (not ACTION_START.match(line) or JOB_NOUN.fullmatch(line.split()[0])):
            post = re.split(r"\s[-–—|]\s|\s*[(,]", line, maxsplit=1)[0].strip()
            if 1 <= len(post.split()) <= 8 and JOB_NOUN.search(post):
                return post[:80]
    if candidates:
        return candidates[0]
    # "We need someone to ..." names nobody: the matched family's name stands in
    if m and m.group(1).strip().lower() not in _NOBODY:
        return m.group(1).strip()[:80]
    return ""


_NOBODY = {"someone", "somebody", "anyone", "anybody", "people", "a person", "person", "help", "you", "staff"}


def _seniority(title: str, text: str) -> Seniority:
    leads_people = _LEADS_PEOPLE.search(text)
    # a door supervisor (a British licensed bouncer) and a lunchtime supervisor in a school supervise the public
    title = _NOT_A_RANK.sub("", title)
    # "Audit Associate / Senior Audit Associate": one post open at two grades is drafted for the first grade, and
    # the senior grade's extra work is read from the duties
    grades = [_rank_in(part) for part in _GRADES_SPLIT.split(title)]
    ranked = [g for g in grades if g is not None]
    if len(ranked) >= 2:
        return min(ranked, key=_LEVEL_ORDER.index)
    for level, pat in _SENIORITY_RULES:
        if pat.search(title):
            # a relationship, account or case manager manages clients or work, not a team, unless the posting says so
            if level == "manager" and _MANAGES_WORK.search(title) and not _RANKED_MANAGER.search(title):
                return "manager" if leads_people else "senior"
            return level
    if leads_people:
        return "manager"
    return "mid"


# A charity, an NGO, a foundation or an aid agency: it raises funds and runs programmes, it makes no profit
# (not a start-up "fundraising" from investors, nor "a foundation for growth")
NON_PROFIT = re.compile(
    r"\b(?:ngos?|ingos?|non-?profit|not-for-profit|charit(?:y|ies|able)|foundation(?! (?:for|of|in|skills|degree|course|year))|"
    r"humanitarian|relief (?:agency|organi[sz]ation|work)|aid agency|development (?:agency|organi[sz]ation)|un agency|"
    r"unicef|undp|usaid|donors?|grant-funded|funding base)\b",
    re.I,
)
_LEVEL_ORDER: list[Seniority] = ["entry", "mid", "senior", "lead", "manager", "director", "executive"]
# a title offering the post at more than one grade: "Associate / Senior Associate", "Junior or Mid-level Developer"
_GRADES_SPLIT = re.compile(r"\s*/\s*|\s+or\s+", re.I)


def _rank_in(title_part: str) -> Seniority | None:
    """The grade one part of a title names, if any."""
    return next((level for level, pat in _SENIORITY_RULES if pat.search(title_part)), None)


_NOT_A_RANK = re.compile(
    r"\b(?:door|lunchtime|midday|exam|examinations|playground) supervisors?\b|"
    # an assistant "to the CEO" serves the rank, and does not hold it
    r"\b(?:to|for)\s+(?:the\s+|our\s+)?(?:ceo|cfo|coo|cto|cio|chief [a-z]+(?: officer)?|managing director|md|president|"
    r"chair(?:man|person|woman)?|founders?|board|executive director|directors?|vice president|vp|head of [a-z]+|partners?|"
    r"principal|headteacher|dean|vice[- ]chancellor|minister|mayor)\b",
    re.I,
)


# "X manager" titles whose X is the work or the clients managed, not a team
_MANAGES_WORK = re.compile(
    r"\b(?:relationship|account|accounts|client|customer success|case|product|project|portfolio|property|territory|"
    r"category|brand|community|social media|content|campaign|release|contract|credit|bid|grants?|fund|wealth|asset|"
    r"events?|care|key account|business development|partner(?:ship)?s?|payroll|pricing|vendor|supplier) managers?\b",
    re.I,
)
# ("Senior Account Manager" is still the account manager; "Account Manager Team Lead" runs a team)
_RANKED_MANAGER = re.compile(r"\b(?:supervisor|head|team lead|team leader|superintendent|foreman)\b", re.I)


# "manage a team of 12", "5 direct reports": the posting says the job runs people
_LEADS_PEOPLE = re.compile(
    r"\b(?:manag(?:e|es|ing)|lead(?:s|ing)?|supervis(?:e|es|ing)|line[- ]manag\w*)\s+(?:a|the|our|\d+)\s+(?:\w+\s+)?"
    r"(?:team|staff|people)\b|"
    r"\b\d+\s+direct reports\b|\byour (?:team|direct reports)\b(?! lead| leader| manager| supervisor| coordinator)",
    re.I,
)


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?;])\s+(?=[A-Z0-9])", text)
    return [p.strip() for p in parts if p.strip()]


def parse_posting(text: str) -> ParsedPosting:
    raw_lines = [r for r in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines: list[tuple[str, str]] = []
    seen: set[str] = set()
    for raw in raw_lines:
        line = clean_line(raw)
        if not line or line.lower() in seen:
            continue
        seen.add(line.lower())
        lines.append((line, raw))
    title = _title_from(lines, " ".join(line for line, _ in lines))

    section = "other"
    resp: list[str] = []
    other: list[str] = []
    aside: list[str] = []
    measures: list[str] = []
    for line, raw in lines:
        sec = _section_of(line, raw)
        if sec:
            section = sec
            continue
        # "What you'll be doing: You'll see ...", "About you: ...", "Benefits: ...": a section named in the line
        # itself opens that section; the words after a duties label are work
        inline = _inline_section(line)
        if inline:
            # (a short "Benefits: free gym membership" says nothing of the lines after it; a paragraph under a
            # label opens its section, as a heading would)
            if inline[0] in ("responsibilities", "requirements") or len(inline[1].split()) >= 6:
                section = inline[0]
            if inline[0] != "responsibilities" or len(inline[1].split()) < 3:
                continue
            line = raw = inline[1]
        if section == "measures":
            # not duties: what the employer already measures, read beside the duties and checked as KPIs
            if len(line.split()) >= 3 and not _BOILERPLATE.search(line) and not _REQUIREMENT_LINE.search(line):
                measures.append(_clip(line, 240))
            continue
        if line == title or section in _NOT_THE_WORK or _REQUIREMENT_LABEL.match(line) or _META_LABEL.match(line):
            continue
        if (
            # a paragraph that mentions pay in one sentence keeps its other sentences (checked one by one below)
            (_MONEY.search(line) and len(line) < 160)
            or _BREADCRUMB.match(line)
            or (
                len(line.split()) <= 12
                and (_BOILERPLATE.search(line) or (_META_LINE.search(line) and not _duty_line(section, line)))
            )
        ):
            continue
        chunks = [line] if _BULLET.match(raw) or len(line) < 160 else _sentences(line)
        for chunk in chunks:
            # "Duties inc. resolving tickets, setting up laptops": the list that follows is the work
            lead = _DUTIES_LEAD.match(chunk)
            if lead and len(chunk) > lead.end() + 10:
                chunk = chunk[lead.end() :]
            if _BOILERPLATE.search(chunk) or _MONEY.search(chunk) or len(chunk.split()) < 2:
                continue
            if _NOT_WORK_SENTENCE.search(chunk):
                # not a duty, but it still tells the level ("a hands-on role leading a team of six")
                aside.append(chunk)
                continue
            if section == "responsibilities":
                resp.append(chunk)
            elif section == "requirements":
                if ACTION_START.match(chunk) and not re.search(
                    r"\b(experience|degree|years|knowledge of|ability to|proficien|familiar)", chunk, re.I
                ):
                    other.append(chunk)
            else:
                other.append(chunk)
    if not resp:
        # No responsibilities heading: take action-led lines and sentences from the rest.
        resp = [c for c in other if ACTION_START.match(c)] or [
            c for c in other if not re.search(r"\b(we are|we're|our company|founded|award)\b", c, re.I)
        ]
        # "Our client ... is looking for a Support Analyst to join their team": the advert, not the work
        resp = [c for c in resp if not _ADVERT.search(c)] or resp
        resp = _answers_for(other, resp) + resp
    else:
        # "Reporting to the Transport Manager, you will plan daily delivery routes so fresh product reaches every
        # customer on time": the job's purpose, written above the duties list, is its first duty
        purpose = [m.group(1) for m in (_PURPOSE.search(o) for o in other[:12]) if m and ACTION_START.match(m.group(2))]
        resp = (purpose + _answers_for(other, resp))[:2] + resp
    # "Dutch and English", "Valid driver's licence (Code B)", "Minimum 2 years' ALS experience": what the applicant
    # must bring, listed among the duties
    resp = [
        r for r in resp if not (_REQUIREMENT_LINE.search(r) or (_WISHED.search(r) and not ACTION_START.match(r)))
    ] or resp
    resp = [_clip(r, 240) for r in dict.fromkeys(resp)][:20]
    body = " ".join(resp + [o for o in other if o not in resp] + aside)
    # (and a target the introduction states: "Our target is to keep mortality under 3.5% per crop")
    # (and a figure in the posting's own list of measures: "Complaint rate below 2% of closed claims")
    figures = (
        [s for s in resp if _FIGURE.search(s)]
        + [o for o in other if o not in resp and _STATED_AIM.search(o) and _FIGURE.search(o)]
        + [m for m in measures if _FIGURE.search(m)]
    )
    return ParsedPosting(title, _seniority(title, body), resp, other, figures, body, measures[:20])


# "Our target is to ...", "the aim is to keep ...", "we aim to ...": the employer stating the result it wants
_STATED_AIM = re.compile(
    r"\b(?:our|the|your|a) (?:target|aim|goal)s? (?:is|are|will be) (?:to )?|\bwe (?:aim|want|need|expect) (?:you )?to "
    r"(?:keep|get|hit|reach|hold|bring|achieve|cut|reduce|grow|stay)\b",
    re.I,
)


_LANGUAGE = (
    r"(?:english|french|german|dutch|spanish|portuguese|italian|polish|swedish|danish|norwegian|finnish|turkish|"
    r"arabic|mandarin|cantonese|japanese|hindi|welsh|irish|luxembourgish|afrikaans|setswana|isizulu|maori|te reo)"
)
_REQUIREMENT_LINE = re.compile(
    r"^\W*(?:"
    # "Dutch and English", "Fluent English + one of German, French or Dutch", "German is essential"
    rf"(?:fluent (?:in )?|good |excellent |strong |written and spoken )?{_LANGUAGE}\b(?:(?:,| and| or| \+| /) "
    rf"(?:one of )?{_LANGUAGE}\b)*(?:\W*$| (?:is|are) (?:essential|required|a plus|desirable|an advantage)|"
    r" (?:\(|language|skills|speaker|at level|level \d))|"
    r"fluen(?:t|cy) in\b|"
    # "Valid driver's licence (Code B)", "A full driving licence and access to a vehicle", "Driving licence class B"
    r"(?:an? )?(?:valid |full |clean |current |open )?(?:[\w-]+ ){0,3}(?:\([\w ]+\) )?(?:driv(?:er|ing)(?:'|’)?s? |car |manual driver )"
    r"licen[cs]e\b|"
    # "Minimum 2 years' ALS experience", "10+ years in manufacturing", "5+ years building backend systems"
    r"(?:min(?:imum|\.)? |at least )?\d+\+? ?(?:-|–|to) ?\d*\+? ?(?:yrs?|years?)\b|(?:min(?:imum|\.)? |at least )?\d+\+? ?(?:yrs?|years?)(?:'|’)?\b(?! old)|"
    r"minimum (?:of )?(?:one|two|three|four|five|\d+) (?:yrs?|years?)\b|"
    # "A degree or master's accredited by ...", "Bachelor's or Master's degree in ...", "Tertiary qualification in ..."
    r"(?:an? )?(?:(?:university|bachelor(?:'|’)?s|master(?:'|’)?s|tertiary|honours|relevant|recognised|recognized) )?"
    r"(?:degree|diploma|qualification|certificate)\b(?! of (?:the )?(?:work|job))|"
    r"(?:a )?(?:bachelor|master)(?:'|’)?s\b|"
    # "Strong commercial and financial understanding", "Excellent communication skills", "Deep knowledge of ..."
    r"(?:strong|excellent|good|proven|deep|thorough|solid|sound|working|demonstrable|hands-on) "
    r"(?:[\w-]+ ){0,4}(?:knowledge|understanding|skills|experience|track record|communicator|background)\b|"
    r"(?:knowledge|understanding|experience) (?:of|with|in)\b|(?:must be|you are) (?:a )?(?:qualified|registered|certified)\b|"
    r"qualifications and experience\W*$|experience\b|(?:the )?(?:ideal|successful) candidate (?:has|will have|is|holds|must|"
    r"(?:will|should|would) (?:hold|possess|have|bring|be))\b|"
    r"(?:previous|prior|relevant) experience\b|familiarity with\b|matric\b"
    r")",
    re.I,
)


# "Experience on new-build housing preferred", "Makaton would be an advantage": a wish about the applicant
_WISHED = re.compile(
    r"\b(?:(?:is|are|would be) )?(?:(?:a )?(?:big )?plus|(?:an )?advantage|desirable|preferred|mandatory|"
    r"(?:is|are) (?:essential|required))\W*$",
    re.I,
)


def _clip(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut at a clause or a word, never inside one ("give evidenc")."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    clause = max(cut.rfind(", "), cut.rfind("; "), cut.rfind(" - "))
    end = clause if clause >= limit // 2 else cut.rfind(" ")
    return cut[: end if end > 0 else limit].rstrip(" ,;:-–(")


def _duty_line(section: str | None, line: str) -> bool:
    """A duty under the duties heading that merely mentions a job-ad word: "Research, plan and install
    temporary exhibitions", "Plan holiday cover": work, not a line about the contract or the perks."""
    return section == "responsibilities" and bool(ACTION_START.match(line)) and not _SHORT_LABEL.match(line)


# "Schedule: Mon-Fri", "Start date: ASAP": a label of one or two words; "Keep the WMS accurate: ..." is a duty
_SHORT_LABEL = re.compile(r"^\W*[\w'’&/-]+(?:\s+[\w'’&/-]+)?\s*:")
# "Benefits: 25 days holiday ...", "About us: we are ...": a paragraph that opens with a section's name
_INLINE_LABEL = re.compile(r"^\W*([A-Za-z][\w'’&/ -]{1,30}?)\s*:\s*(\S.*)$")
_NOT_THE_WORK = {"company", "benefits", "apply", "eeo"}
# the job's purpose in a sentence of the introduction: "you will plan ...", "the postholder will lead ..."
_PURPOSE = re.compile(
    r"\b((?:you(?:'|’)ll|you will|the (?:role|post|postholder|post-holder|jobholder|successful candidate) will) "
    r"(?!be\b|have\b|join\b|get\b|enjoy\b|receive\b|need\b|report\b|also\b|hold\b|possess\b|bring\b|"
    r"work (?:with|alongside|closely)\b)"
    r"((?:[\w'’-]+ ){2}[^.;!?]{4,200}))",
    re.I,
)
# what the role answers for, in the introduction: "the Payroll and Benefits Advisor is responsible for the accurate
# and timely processing of bi-weekly payroll", "you will be accountable for ..." (not "we are responsible for")
_RESPONSIBLE_FOR = re.compile(
    r"(?:\b[Tt]he (?:role|post|post-?holder|jobholder|incumbent|successful candidate|[A-Z][\w/&'’ -]{1,60}?)|\b[Yy]ou|"
    r"\b(?:[Hh]e or [Ss]he|[Ss]he or [Hh]e|[Tt]hey)|"
    r"\b[Tt]his (?:role|position|post))\s+(?:is|will be|would be|are)\s+(?:(?:primarily|mainly|chiefly|directly|principally|"
    r"fully|ultimately) )?(?:responsible|accountable) for\s+([^.;!?]{10,400})"
)


def _answers_for(other: list[str], resp: list[str]) -> list[str]:
    """What the introduction says the role is responsible for, as one more duty ("responsible for the accurate and
    timely processing of payroll"); it weighs in choosing the KPIs, though it is not quoted as a duty."""
    found = (m for m in (_RESPONSIBLE_FOR.search(o) for o in other[:12]) if m and m.group(0) not in resp)
    # (cut at a clause or a word: "making sure technology suppo" told the reader nothing)
    return [f"responsible for {_clip(m.group(1).strip(), 200)}" for m in found][:1]


# "Schedule: Mon-Thu 7-4", "Compensation: $48-56/hr": a label about the contract, however long the line
_META_LABEL = re.compile(
    r"^\W*(?:schedule|hours|working hours|shift pattern|location|compensation|salary|pay|pay rate|employment type|"
    r"job type|contract(?: type)?|start date|reports? to|department|closing date|travel|related(?: jobs)?|similar jobs)\s*:",
    re.I,
)
# sentences about the terms, the perks, the applicant or how to apply, wherever they appear among the duties:
# "Must be able to stand for the full shift", "Weekly pay", "Take home company truck", "Give Gary a ring on ..."
_NOT_WORK_SENTENCE = re.compile(
    r"(?i:^\W*(?:you(?:'|’)ll|you will|you(?:'|’)d) (?:also )?(?:get|receive|enjoy|earn|be entitled to|have access to)\b|"
    # the hours, not the work: "Works rotating 12-hour shifts including nights, weekends and holidays"
    r"^\W*(?:works?|working|will work) (?:on )?(?:a )?(?:rotating |rotational |rotating,? |day |night |split |long |\d+[- ]hours? |"
    r"twelve[- ]hour |eight[- ]hour )+(?:shifts?|rosters?|rotas?|schedules?)\b|"
    r"^\W*(?:must be able to|(?:you )?must have|at least (?:a|an|one|two|three|\d+) (?:years?|months?)\b|"
    r"\d+\+? years?(?:'|’)? (?:of )?experience|(?:weekly|fortnightly|monthly) pay\b|"
    r"(?:(?:plenty of|paid) )?overtime (?:is )?(?:available|paid)|take[- ]home (?:company )?(?:truck|van|vehicle|car)\b|"
    r"(?:company|own) (?:van|car|vehicle|truck) (?:and [\w ]+ )?(?:provided|supplied)|"
    r"(?:hi-vis|uniform|ppe|scrubs|safety boots)\b[^.]{0,40}\b(?:supplied|provided)|no nights out|home every (?:night|shift)|"
    r"all modern fleet|accommodation (?:in|is|and)|(?:free|paid) (?:parking|meals|ce days)|paid ce\b|"
    r"this is a (?:[\w-]+ ){0,3}(?:role|position|opportunity|post)\b|(?:the )?position of\b|"
    r"(?:are|is) (?:looking|seeking|hiring|recruiting)\b|we(?:'|’)re a (?:[\w-]+ ){0,3}(?:team|firm|company|business)\b|"
    # "Baltica Cargo is an international freight forwarding company ...": the employer introducing itself
    r"[A-Z][\w&'’. -]{1,50} (?:is|are) (?:an?|the) (?:[\w-]+ ){0,4}(?:company|business|firm|organi[sz]ation|group|provider|"
    r"agency|charity|employer|retailer|manufacturer|operator|practice|start-?up|municipality|council|township|city|"
    r"school|hospital|trust|university|college|hotel|restaurant|farm|clinic|bank|association|co-?operative|brand|studio|"
    r"department|authority|institution|foundation|network|chain|family business)\b))|"
    # how to apply: "Give Gary a ring on 07700 ...", "text 555-0143", "email your CV to", "stop by between 2 and 4"
    r"\b(?:(?i:give) (?:us|[A-Z][a-z]+) (?i:a (?:ring|call|bell))|(?i:drop us (?:a|an) (?:message|line|email|note))|"
    r"(?i:(?:send|email) (?:us )?your (?:cv|resume|résumé|application)|(?:call|text|ring|phone) (?:us )?(?:on )?\+?\d[\d -]{5,})|"
    r"(?i:stop by (?:between|any|on))|(?i:ask for) [A-Z][a-z]+ (?:or|and))|^\W*(?i:apply (?:online|via|through|by))\b|"
    # "Please see the attached Job Description and Person Specification for full details of the role"
    r"(?i:^\W*(?:please )?(?:see|refer to|read) (?:the )?(?:attached|enclosed|full|accompanying)\b)|"
    # how to get in touch: "Call or text Mick on 0412 555 318", "message Declan on 087 555 0192", "Drop a CV in to the
    # bar", "Flick your CV through", "CV to the Supervising Pharmacist", "come see Dave at the depot", "message us here"
    r"(?i:\b(?:call|text|ring|phone|message|whatsapp|sms|email|contact)\b[^.]{0,50}?\+?\(?\d[\d ()-]{6,}\d|"
    r"\b(?:drop|send|email|flick|bring|pop|hand|post)\b[^.]{0,25}?\b(?:cvs?|resumes?|résumés?|applications?)\b|"
    r"^\W*(?:cvs?|resumes?) (?:to|in|through)\b|\bcome (?:and )?see [A-Z]?[a-z]+ at\b|\bmessage us (?:here|on|via)\b|"
    r"\bapply (?:in person|within)\b|^\W*report this job\b|^\W*greetings from\b|\bthank all applicants\b|"
    r"\bonly (?:those|candidates|applicants) (?:selected|shortlisted)\b|\bpersonal information (?:is )?collected\b|"
    r"\bapplications? (?:close|closing)\b|\b(?:strongly )?encouraged to apply\b|"
    # the terms, not the work: "4am starts Thurs-Sun, weekends a must", "24 hrs/week across 3 days", "Pay is in line
    # with the collective agreement", "must be a NZ citizen or resident", "Experience helpful but full training given"
    r"\b\d{1,2} ?(?:am|pm) starts?\b|\b(?:weekends?|evenings?|nights?)(?: and (?:weekends?|evenings?|nights?))? (?:a must|essential)\b|"
    r"\b\d+(?:\.\d+)? ?(?:hrs|hours) ?(?:/|per|a) ?(?:week|wk)\b|^\W*pay (?:is )?(?:in line with|per|as per|according to)\b|"
    r"\bmust be an? (?:[a-z]{2,3} )?(?:citizen|resident|driver)\b|\b(?:valid )?work (?:visa|permit)\b|\bright to work\b|"
    r"\b(?:no experience (?:needed|necessary|required)|(?:full )?training (?:given|provided))\b|"
    r"^\W*(?:full|part)[- ]time (?:and (?:full|part)[- ]time )?(?:going|available|positions?)\b|"
    # an advert's headline, a schedule, a roster or a commute: "Courier driver wanted - Te Rapa depot", "NOW HIRING:",
    # "Mon-Fri 7-3:30, no weekends", "Our roster is 11 days on and 3 off", "The farm is 10 minutes from town"
    r"^\W*now hiring\b|^[^.]{2,60}?\b(?:wanted|required|needed)\s*(?:[-–—:]|$)|"
    r"^\W*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*(?:-|–|to)\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|"
    r"\b\d+ (?:days|nights|weeks) on(?:,| and| /) \d+ (?:days |nights |weeks )?off\b|\broster is\b|"
    r"\b\d+ (?:minutes|mins|km|miles) (?:drive )?(?:from|to|out of) (?:town|the city|the cbd|the beach|the coast)\b)",
)


def _inline_section(line: str) -> tuple[str, str] | None:
    """(section, the words after the label) for a line that opens with a section's name: "Perks: ...",
    "About us: ...", "What you'll be doing: ..."; None for any other line."""
    m = _INLINE_LABEL.match(line)
    if not m or len(m.group(1).split()) > 5:
        return None
    section = _section_named(m.group(1) + ":")
    return (section, m.group(2)) if section != "other" else None


def check_is_job_description(text: str, source: str = "input") -> None:
    """Raise :class:`InputError` when ``text`` is clearly not a job description."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]+", text)
    if not text.strip():
        raise InputError(f"{source}: the text is empty; paste a job description or give a file with one")
    if len(words) < 2 and len(text.strip()) < 3:
        raise InputError(f"{source}: too short to recognise a role; paste the job title and main responsibilities")
    letters = sum(ch.isalpha() for ch in text)
    if letters < 0.4 * len(text.strip()) and len(words) < 8:
        raise InputError(f"{source}: this does not look like a job description (mostly numbers or symbols)")
    signal = len(JOB_SIGNAL.findall(text))
    for what, pat in _NOT_JD.items():
        hits = len(pat.findall(text))
        lines = max(1, text.count("\n") + 1)
        if what == "a log file" and hits >= 3 and hits >= 0.3 * lines:
            raise InputError(f"{source}: this looks like {what}, not a job description; paste the posting's text")
        if what == "lorem ipsum" and hits:
            raise InputError(f"{source}: this is placeholder text ({what}), not a job description")
        if what == "a recipe" and hits >= 3 and hits > signal / 2:
            raise InputError(f"{source}: this looks like {what}, not a job description; paste the posting's text")


# ---- matching -------------------------------------------------------------------------------


def _tokens(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z0-9+#]+", text.lower()) if len(w) > 2 and w not in _STOP}


@lru_cache(maxsize=1024)
def _family_vocab(family_id: str, words: str) -> frozenset[str]:
    """A family's job titles and terms as tokens, worked out once per process (keyed by its words too, so an
    edited knowledge base is read afresh)."""
    return frozenset(_tokens(words))


_STOP = set(
    [
        "the",
        "and",
        "for",
        "with",
        "you",
        "our",
        "are",
        "will",
        "your",
        "this",
        "that",
        "from",
        "have",
        "has",
        "who",
        "all",
        "can",
        "not",
        "but",
        "any",
        "per",
        "its",
        "their",
        "they",
        "them",
        "was",
        "were",
        "been",
        "into",
        "more",
        "most",
        "other",
        "such",
        "than",
        "then",
        "there",
        "these",
        "those",
        "what",
        "when",
        "where",
        "which",
        "while",
        "work",
        "working",
        "team",
        "role",
        "job",
        "new",
        "help",
        "make",
        "across",
        "within",
        "about",
        "also",
        "including",
        "ensure",
        "ensuring",
        "provide",
        "providing",
        "support",
        "supporting",
        "manage",
        "managing",
        "high",
        "quality",
        "strong",
        "excellent",
        "good",
        "great",
        "experience",
        "skills",
        "ability",
        "using",
        "use",
        "well",
        "able",
        "day",
        "days",
        "year",
        "years",
        "time",
    ]
)


_TITLE_SYNONYMS = {
    "developer": "engineer",
    "dev": "engineer",
    "eng": "engineer",
    "programmer": "engineer",
    "sr": "senior",
    "snr": "senior",
    "jr": "junior",
    "mgr": "manager",
    "tech": "technician",
    "admin": "administrator",
    "rep": "representative",
    "exec": "executive",
    "asst": "assistant",
    "coord": "coordinator",
    "ops": "operations",
    "centre": "center",
    "labour": "labor",
    "organiser": "organizer",
    "back": "backend",
    "front": "frontend",
}
_TITLE_NOISE = {"senior", "junior", "lead", "principal", "staff", "ii", "iii", "iv", "i", "the", "of", "and", "a", "an"}


_GENERIC_TITLE_WORDS = {
    "engineer",
    "manager",
    "executive",
    "officer",
    "assistant",
    "specialist",
    "associate",
    "coordinator",
    "administrator",
    "analyst",
    "consultant",
    "advisor",
    "adviser",
    "technician",
    "operator",
    "worker",
    "team",
    "product",
    "operations",
    "people",
    "director",
    "head",
    "supervisor",
    "representative",
    "agent",
    "partner",
    "clerk",
    "designer",
    "developer",
    "scientist",
    "lead",
    "leader",
    "member",
    "staff",
}


@lru_cache(maxsize=8192)
@lru_cache(maxsize=16384)
def _alias_tokens(alias: str) -> tuple[str, ...]:
    """A job title's tokens, worked out once per process: every draft compares its title with every alias."""
    return tuple(_title_tokens(alias))


_FUNCTION_HEAD = re.compile(
    r"^(?:(?:senior|executive|regional|area|group|global|assistant|associate|deputy)\s+)*"
    r"(?:s?vp|evp|avp|vice[- ]president|head|director|general manager)\s+(?:of|for)\s+(?:the\s+)?(.{3,60})$",
    re.I,
)


# Where a title's core ends: a spaced dash, bar or slash, a bracket, a comma, "@" or "at"
_TITLE_CUT = re.compile(r"\s[-–—|/]\s|\s*[(\[|,]|\s@\s|\bat\b")


def title_core(title: str) -> str:
    """The job title without team, location or level suffixes: 'Senior X (Python) - Claims' -> 'Senior X'."""
    parts = _TITLE_CUT.split(title, maxsplit=1)
    core = parts[0].strip()
    # "Anaesthetic / recovery nurse", "Verkaufsberater / Car Sales Executive": a first half with no job
    # noun is a qualifier or another language; the job is named after the slash
    after = re.match(r"\s*/\s*(.+)", title[len(parts[0]) :]) if len(parts) > 1 else None
    if after and not JOB_NOUN.search(core):
        named = _TITLE_CUT.split(after.group(1), maxsplit=1)[0].strip()
        if JOB_NOUN.search(named):
            return named
    # "Director, Finance and Corporate Services": a bare rank names its function after the comma
    function = (
        re.match(r"\s*,\s*([A-Za-z][\w&' ]{2,50}?)(?:\s*[,(|–—-]|$)", title[len(parts[0]) :])
        if len(parts) > 1
        else None
    )
    if function and _BARE_RANK.fullmatch(core) and not JOB_NOUN.search(function.group(1)):
        return f"{core} of {function.group(1).strip()}"
    return core or title


_BARE_RANK = re.compile(
    r"(?:(?:senior|executive|assistant|associate|deputy|regional|group)\s+)*(?:director|head|s?vp|vice[- ]president|"
    r"general manager|manager|lead|officer)",
    re.I,
)


def _title_tokens(text: str) -> list[str]:
    words = re.findall(r"[a-z0-9+#]+", text.lower().replace("back-end", "backend").replace("front-end", "frontend"))
    out = [_TITLE_SYNONYMS.get(w, w) for w in words]
    return [w for w in out if w not in _TITLE_NOISE]


@dataclass
class FamilyMatch:
    family: str
    score: float
    title_score: float = 0.0  # how well the posting's title matched one of the family's job titles


_ALIAS_LOOKUP: list = []  # [(index, family position of each job title, word -> job titles using it)]


def _alias_lookup(
    index: Index, alias_entries: list[Entry], pos: dict[str, int]
) -> tuple[np.ndarray, dict[str, tuple[int, ...]]]:
    """Each job title's family (as a position) and, for each word, the job titles that use it: built once per index."""
    if not _ALIAS_LOOKUP or _ALIAS_LOOKUP[0][0] is not index:
        by_token: dict[str, list[int]] = {}
        for a, e in enumerate(alias_entries):
            for t in set(_alias_tokens(e.text)):
                by_token.setdefault(t, []).append(a)
        families = np.array([pos[e.family] for e in alias_entries], dtype=np.int64)
        _ALIAS_LOOKUP[:] = [(index, families, {t: tuple(v) for t, v in by_token.items()})]
    return _ALIAS_LOOKUP[0][1], _ALIAS_LOOKUP[0][2]


OTHER_KIND_PENALTY = 0.15
SHORTER_TITLE_BONUS = 0.3  # a family's title found inside the posting's, when another family has the whole title


def _other_kind_of(alias_tokens: tuple[str, ...], core_tokens: tuple[str, ...]) -> bool:
    """Whether a job title and the posting's share a whole job name, each with a kind of it the other lacks:
    'rail traffic controller' and 'air traffic controller'; not 'claims assessor' and 'crop loss assessor', which
    share only the noun, nor 'warehouse supervisor' and 'warehouse shift supervisor'."""
    shared = [t for t in alias_tokens if t in core_tokens]
    return (
        len(shared) >= 2
        and bool(alias_tokens)
        and alias_tokens[-1] in core_tokens
        and any(t not in core_tokens for t in alias_tokens)
        and any(t not in alias_tokens and t not in _TITLE_NOISE for t in core_tokens)
    )


_AGENT_NOUN = re.compile(r"[a-z]{3,}(?:er|or|ist|ian)")
# agent nouns that name one job: a forklift driver is a forklift operator
_SAME_AGENT = {frozenset(p) for p in (("driver", "operator"), ("worker", "operator"), ("adviser", "advisor"))}


def _other_job_on_the_same_thing(alias_tokens: tuple[str, ...], core_tokens: tuple[str, ...]) -> bool:
    """Whether two titles name different jobs done on the same thing: 'piano tuner' and 'piano mover', 'boat builder'
    and 'boat painter' (each an agent noun the other lacks, after a word they share)."""
    if len(alias_tokens) < 2 or len(core_tokens) < 2:
        return False
    a, c = alias_tokens[-1], core_tokens[-1]
    return (
        a != c
        and a not in core_tokens
        and c not in alias_tokens
        and bool(_AGENT_NOUN.fullmatch(a) and _AGENT_NOUN.fullmatch(c))
        and frozenset((a, c)) not in _SAME_AGENT
        and any(t in core_tokens and t not in _TITLE_NOISE for t in alias_tokens[:-1])
    )


# Families of running any team, whatever the trade (see match_families and the drafter)
GENERIC_LEAD_FAMILIES = ("team-lead",)
TRADE_TITLE = 1.2  # a family's title score at which the posting's title plainly names that trade
TRADE_MARGIN = 0.3


def match_families(index: Index, parsed: ParsedPosting, top: int = 5) -> list[FamilyMatch]:
    """Score every role family for the posting; best first."""
    kb = index.kb
    fam_ids = [f.id for f in kb.families]
    pos = {f: i for i, f in enumerate(fam_ids)}
    n = len(fam_ids)

    title = parsed.title.lower()
    body = parsed.text or parsed.title
    q = index.embed([title or body[:200], body[:4000]] + parsed.responsibilities[:12])
    q_title, q_body, q_resp = q[0], q[1], q[2:]

    # 1. title against every job title of every family: dense similarity plus exact phrase and
    #    token coverage (after folding synonyms such as developer/engineer), on the title's core
    alias_entries, alias_vecs = index.of_kind("alias")
    alias_family, by_token = _alias_lookup(index, alias_entries, pos)
    title_score = np.zeros(n, dtype=np.float32)
    if title:
        # "City of Marlow Heights - Grants Officer": an employer may lead, so every segment is tried
        segments = [title_core(title)] + [
            seg.strip() for seg in re.split(r"\s[-–—|]\s", title)[1:3] if 2 <= len(seg.split()) <= 6
        ]
        # "Concreter / Finisher", "Fietsenmaker / Bike Mechanic": each job named either side of a slash is tried
        if "/" in segments[0]:
            segments += [
                part.strip()
                for part in re.split(r"\s*/\s*", segments[0])
                if 1 <= len(part.split()) <= 4 and JOB_NOUN.search(part)
            ][:3]
        # "Receptionist (Hotel)", "Nurse (ICU)": the qualifier in brackets names the kind of job
        # ("Account Executive (PR & Communications)": each kind named in the brackets is tried)
        qualified = re.match(r"\s*([^()]{2,40}?)\s*\(([a-z][a-z &'/,-]{1,30})\)", title)
        kinds = [k.strip() for k in re.split(r"\s*(?:&|/|,|\band\b)\s*", qualified.group(2))] if qualified else []
        # the qualified title is the more specific one: its exact match outranks the bare job's
        specific: set[str] = set()
        if qualified and not JOB_NOUN.search(qualified.group(2)) and all(1 <= len(k.split()) <= 2 for k in kinds):
            specific = {f"{k} {title_core(qualified.group(1))}" for k in kinds[:3]}
            segments[:0] = [f"{k} {title_core(qualified.group(1))}" for k in kinds[:3]]
        for core in dict.fromkeys(segments):
            head = _FUNCTION_HEAD.match(core)
            if head:  # "VP of Sales", "Head of Supply Chain": the function decides the family, the rank the seniority
                core = head.group(1)
            q_core = index.embed([core])[0] if core != title else q_title
            sims = np.maximum(alias_vecs @ q_core, 0.9 * (alias_vecs @ q_title))
            core_tokens = tuple(_title_tokens(core))
            padded = " " + " ".join(core_tokens) + " "
            # without a bonus a family scores its closest job title; only titles sharing a word with this one can
            # earn a bonus, so only they are looked at one by one
            near = sorted({a for t in core_tokens for a in by_token.get(t, ())})
            # a job title that shares a whole job name with this one, each with a kind of it the other lacks ('air
            # traffic controller', 'rail traffic controller'), names another job however alike the words read
            sims = sims.copy()
            for a in near:
                alias_tokens = _alias_tokens(alias_entries[a].text)
                if _other_kind_of(alias_tokens, core_tokens) or _other_job_on_the_same_thing(alias_tokens, core_tokens):
                    sims[a] -= OTHER_KIND_PENALTY
            np.maximum.at(title_score, alias_family, sims)
            # the families with this very title: a shorter title inside it ('nurse' in 'nursery nurse') is weaker
            # evidence than the whole
            exact = {alias_entries[a].family for a in near if _alias_tokens(alias_entries[a].text) == core_tokens}
            for a in near:
                e, s = alias_entries[a], sims[a]
                alias_tokens = _alias_tokens(e.text)
                bonus = 0.0
                if len(alias_tokens) == 1 and alias_tokens[0] in _GENERIC_TITLE_WORDS:
                    # 'programmer' -> 'engineer', 'team lead' -> 'team': only an exact title counts
                    bonus = 0.45 if core_tokens == alias_tokens else 0.0
                elif (
                    len(alias_tokens) == 1
                    and len(core_tokens) > 1
                    and core_tokens[-1] != alias_tokens[0]
                    and JOB_NOUN.fullmatch(core_tokens[-1])
                ):
                    # 'server' in 'server support technician' names what the technician works on, not the job
                    bonus = 0.0
                elif alias_tokens and f" {' '.join(alias_tokens)} " in padded:
                    bonus = 0.55 if core in specific and len(alias_tokens) > 1 else 0.45
                    if exact and e.family not in exact and len(alias_tokens) < len(core_tokens):
                        bonus = SHORTER_TITLE_BONUS
                elif len(alias_tokens) > 1 and alias_tokens[-1] in core_tokens:
                    shared = [t for t in alias_tokens if t in core_tokens]
                    # 'air traffic controller' and 'logistics controller' share only the kind of job noun
                    if any(not JOB_NOUN.fullmatch(t) for t in shared) and not _other_kind_of(alias_tokens, core_tokens):
                        bonus = 0.25 * len(shared) / len(alias_tokens)
                j = pos[e.family]
                title_score[j] = max(title_score[j], float(s) + bonus)

    # a title that holds a family's job title but names another job ("air traffic controller" is not road traffic
    # control) is no evidence for that family
    if title:
        padded_title = " " + " ".join(_title_tokens(title)) + " "
        for f in kb.families:
            if any(f" {' '.join(_title_tokens(t))} " in padded_title for t in f.not_titles):
                title_score[pos[f.id]] = 0.0

    # 2. body against the family profile
    fam_entries, fam_vecs = index.of_kind("family")
    profile = np.zeros(n, dtype=np.float32)
    for e, s in zip(fam_entries, fam_vecs @ q_body, strict=True):
        profile[pos[e.family]] = float(s)

    # 3. responsibilities against the family's example KPIs (mean of best hits per line)
    kpi_entries, kpi_vecs = index.of_kind("kpi")
    resp_score = np.zeros(n, dtype=np.float32)
    if len(q_resp):
        sims = q_resp @ kpi_vecs.T  # (lines, kpis)
        fam_of = np.array([pos[e.family] for e in kpi_entries])
        best = np.full((len(q_resp), n), -1.0, dtype=np.float32)
        for j in range(n):
            cols = fam_of == j
            if cols.any():
                best[:, j] = sims[:, cols].max(axis=1)
        resp_score = best.mean(axis=0)

    # 4. shared domain terms (lexical), normalised by the family's vocabulary size
    words = _tokens(body + " " + title)
    lex = np.zeros(n, dtype=np.float32)
    for f in kb.families:
        vocab = _family_vocab(f.id, " ".join(f.keywords + f.aliases + [f.name]))
        if vocab:
            lex[pos[f.id]] = len(vocab & words) / (len(vocab) ** 0.5)

    score = 1.0 * title_score + 0.8 * profile + 0.8 * resp_score + 0.25 * lex
    order = np.argsort(-score, kind="stable")[:top]
    # "Warehouse Shift Supervisor": a title that names a trade as well as a rank is that trade's job at a lead's
    # level; the generic family of running a team follows it (and lends its people areas), not the other way round
    if len(order) > 1 and fam_ids[order[0]] in GENERIC_LEAD_FAMILIES:
        lead, trade = order[0], order[1]
        if title_score[trade] >= TRADE_TITLE and score[lead] - score[trade] <= TRADE_MARGIN:
            order[0], order[1] = trade, lead
    return [FamilyMatch(fam_ids[i], float(score[i]), float(title_score[i])) for i in order]


# Where a posting is, when it says so plainly: a US state after a city, a pound sign, the NHS, a named country.
_US_POSTING = re.compile(
    r"\b(?:USA|United States|401\(?k\)?|ServSafe|[A-Z][a-z]+,\s(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|"
    r"MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)\b)"
)
_UK_POSTING = re.compile(r"£\s?\d|\b(?:NHS|United Kingdom|England|Scotland|Wales|Northern Ireland|Ofsted|CQC|HMRC)\b")
_OTHER_POSTING = re.compile(
    r"€\s?\d|₹|\b(?:Ireland|Australia|Canada|India|New Zealand|Singapore|UAE|Dubai|Kenya|South Africa|Germany|Nigeria|"
    r"Philippines|Malaysia|AUD|CAD|NZD|INR|KES|ZAR|SGD|AED)\b|"
    # a province, a state or words only one country uses: "Saskatchewan", "NSW", "Kia ora", "SASSA", "CTC of 8 LPA"
    r"\b(?:Ontario|Quebec|Québec|British Columbia|Alberta|Saskatchewan|Manitoba|Nova Scotia|New Brunswick|RRSP|"
    # Canadian unions, pensions, boards and tax slips
    r"CUPE|OMERS|WSIB|WorkSafeBC|Records? of Employment|T4As?|T4s|"
    # Australian and New Zealand qualifications, Singapore's transport and savings, and big cities no other country shares
    r"Cert(?:ificate)? (?:III|IV)|NZQA|KiwiSaver|MRT|HDB|CPF|ACRA|BizFile\+?|Tanjong Pagar|Raffles Place|"
    r"Sydney|Melbourne|Brisbane|Adelaide|Canberra|Hobart|Darwin|Ballarat|Geelong|Auckland|Christchurch|Dunedin|Hamilton, NZ|"
    r"Toronto|Vancouver|Montr[eé]al|Calgary|Edmonton|Ottawa|Winnipeg|Halifax, NS|Dublin|Cork|Galway|Limerick|"
    r"Johannesburg|Cape Town|Durban|Pretoria|Mumbai|Delhi|Bengaluru|Bangalore|Chennai|Hyderabad|Pune|Kolkata|"
    r"Nairobi|Lagos|Accra|Kuala Lumpur|Manila|Tampines|Jurong|"
    r"New South Wales|NSW|Queensland|QLD|Tasmania|superannuation|Kia ora|tamariki|kura|te reo|Aotearoa|"
    # Australian site cards, roofing steel and pay "plus super"
    r"White Card|Colorbond|Sunshine Coast|Gold Coast|"
    r"Gauteng|KwaZulu-Natal|Western Cape|Eastern Cape|SASSA|BCEA|lakhs?|crores?|LPA|Maharashtra|Karnataka|Tamil Nadu)\b|"
    r"\+\s?super\b|"
    # an Irish county ("Ballincollig, Co. Cork")
    r"\bCo\. (?:Cork|Dublin|Galway|Kerry|Limerick|Clare|Kildare|Meath|Wicklow|Wexford|Waterford|Mayo|Donegal|Sligo|"
    r"Tipperary|Kilkenny|Louth|Westmeath|Offaly|Laois|Carlow|Cavan|Monaghan|Longford|Leitrim|Roscommon)\b"
)


def posting_country(text: str) -> str | None:
    """'us', 'uk' or 'other' when the posting says where it is, and only one of them; else None."""
    us, uk, other = bool(_US_POSTING.search(text)), bool(_UK_POSTING.search(text)), bool(_OTHER_POSTING.search(text))
    if us + uk + other != 1:
        return None
    return "us" if us else "uk" if uk else "other"


def build_profile(index: Index, text: str, parsed: ParsedPosting | None = None) -> RoleProfile:
    parsed = parsed or parse_posting(text)
    matches = match_families(index, parsed)
    fam = index.kb.family(matches[0].family)
    lower = parsed.text.lower() + " " + parsed.title.lower()
    terms = [k for k in fam.keywords if k.lower() in lower]
    return RoleProfile(
        title=parsed.title or fam.name,
        seniority=parsed.seniority,
        family=fam.id,
        family_name=fam.name,
        family_candidates=[(m.family, round(m.score, 4)) for m in matches],
        title_match=round(matches[0].title_score, 4),
        responsibilities=parsed.responsibilities,
        key_result_areas=[k.name for k in fam.key_result_areas],
        domain_terms=terms,
        figures=parsed.figures,
        stated_measures=parsed.measures,
        country=posting_country(text),
    )
