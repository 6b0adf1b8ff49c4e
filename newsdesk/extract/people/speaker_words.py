"""Words the speaker resolver (speakers.py) reads a speaker span with.

Head nouns of anonymous sources, organisations, businesses and what sources
put out; the determiners and pronouns that say whether a description names
someone; places that speak for an institution; transcript labels.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .names import PERFORMER_HEADS

#: Head nouns of anonymous sources.
ANONYMOUS_HEADS = frozenset(
    [
        "source",
        "sources",
        "official",
        "officials",
        "aide",
        "aides",
        "insider",
        "insiders",
        "ally",
        "allies",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "critic",
        "critics",
        "adviser",
        "advisers",
        "advisor",
        "advisors",
        "figure",
        "figures",
        "member",
        "members",
        "colleague",
        "colleagues",
        "associate",
        "associates",
        "friend",
        "friends",
        "person",
        "people",
        "diplomat",
        "diplomats",
        "observer",
        "observers",
        "analyst",
        "analysts",
        "expert",
        "experts",
        "minister",
        "ministers",
        "staffer",
        "staffers",
        "strategist",
        "strategists",
        "operative",
        "operatives",
        "lawmaker",
        "lawmakers",
        "mp",
        "mps",
        "backbencher",
        "backbenchers",
        "activist",
        "activists",
        "campaigner",
        "campaigners",
        "supporter",
        "supporters",
        "resident",
        "residents",
        "witness",
        "witnesses",
        "voter",
        "voters",
        "worker",
        "workers",
        "employee",
        "employees",
        "executive",
        "executives",
        "someone",
        "one",
        "another",
        "others",
        "veteran",
        "veterans",
        "leader",
        "leaders",
    ]
)
#: Head nouns of organisations named without a proper noun.
ORGANISATION_HEADS = frozenset(
    [
        "government",
        "party",
        "campaign",
        "committee",
        "department",
        "ministry",
        "police",
        "council",
        "company",
        "court",
        "administration",
        "agency",
        "union",
        "group",
        "commission",
        "board",
        "office",
        "newspaper",
        "paper",
        "network",
        "institute",
        "organisation",
        "organization",
        "team",
        "firm",
        "bank",
        "parliament",
        "congress",
        "senate",
        "house",
        "cabinet",
        "opposition",
        "coalition",
        "foundation",
        "charity",
        "authority",
        "service",
        "survey",
        "poll",
        "report",
        "study",
        "statement",
        "regulator",
        "watchdog",
        "management",
        "leadership",
        "association",
        "federation",
        "alliance",
        "league",
        "chamber",
        "bureau",
        "centre",
        "center",
        "directorate",
        "embassy",
        "consulate",
        "delegation",
        "secretariat",
        "hospital",
        "university",
        "school",
        "club",
        "society",
        "force",
        "army",
        "navy",
        "military",
        "command",
        # ("the corporation", "the municipality", "the cooperative" after the name in full)
        "corporation",
        "municipality",
        "cooperative",
        # ("The tribunal found that ...": a body's finding)
        "tribunal",
        "panel",
    ]
)
#: Heads of a definite description that stands for a business named before it
#: ("the company", "the grocery giant", "the carrier").
COMPANY_HEADS = frozenset(
    """company firm giant chain retailer carrier airline supermarket grocer brand
    manufacturer maker operator insurer lender broadcaster publisher developer startup
    conglomerate business pub bar restaurant cafe café venue spot hotel shop store bakery
    eatery miner automaker carmaker chipmaker exporter importer distributor supplier
    wholesaler utility pollster consultancy brokerage provider biotech drugmaker telco
    exchange""".split()
)
#: What a source puts out: "a report from the Journal", "the firm's statement",
#: "an article in Healthline" speak with the voice of whoever the phrase names.
OUTPUT_HEADS = frozenset(
    """report article statement release study survey poll count analysis editorial
    piece story letter memo filing post tweet column interview email note data
    records logs figures statistics summary minutes ruling judgment judgement""".split()
)
#: Prepositions that name an output's source: "a report from / by / in / of X",
#: "an interview with X".
SOURCE_PREPS = frozenset(["from", "by", "in", "of", "with"])
#: Words before a head noun that leave its source unnamed ("a source", "one MP",
#: "senior officials").
ANONYMOUS_DETERMINERS = frozenset(
    [
        "a",
        "an",
        "one",
        "some",
        "several",
        "two",
        "three",
        "many",
        "other",
        "another",
        "senior",
        "most",
        "few",
    ]
)
#: Last words of places that speak for an institution ("Downing Street").
PLACE_WORDS = frozenset(
    ["street", "house", "hall", "palace", "square", "avenue", "road", "lane", "yard", "building"]
)
#: People quoted for their views by trade ("the analyst", "Analysts at X").
PUNDITS = frozenset("analyst economist strategist".split())
#: "the 58-year-old": a person by their age.
AGED = re.compile(r"^the (\d{1,3})-year-old(?: [a-z][\w'’-]*){0,3}$", re.IGNORECASE)
#: "Number 10", "No. 10": Downing Street by its door.
NUMBER_TEN = re.compile(r"^(?:number|no\.?) ?10$", re.IGNORECASE)
#: Determiners of a description that refers back ("the source", "these officials").
DEFINITE_DETERMINERS = frozenset(["the", "this", "that", "these", "those"])
#: What someone was before: "the former teacher", "the retired nurse".
BYGONE = frozenset("former retired ex onetime one-time erstwhile".split())
#: Pronouns of unnamed people: "some say", "others argue", "many believe".
UNNAMED_PRONOUNS = frozenset(["some", "others", "many", "several", "few", "most", "both"])
MALE_PRONOUNS = frozenset(["he", "him", "his", "himself"])
FEMALE_PRONOUNS = frozenset(["she", "her", "hers", "herself"])
PLURAL_PRONOUNS = frozenset(["they", "them", "their"])
#: Pronouns a speaker span may be: a person or group named before, or nobody.
PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS | PLURAL_PRONOUNS | {"you", "it"}
#: Roles that, left unbound, name the article's main person ("the owner said",
#: "the Labour leader claimed"); a lawyer, a prosecutor or a spokesman is
#: usually someone else's.
SALIENT_ROLES = frozenset(
    """leader owner founder chairman chairwoman chair president ceo executive director chief
    mayor governor minister premier senator candidate manager coach head boss secretary chieftain
    chancellor principal captain congressman congresswoman host presenter anchor""".split()
)
#: A person by nationality, as sports and feature writers refer back to
#: someone named before ("the Scot said", "the Australian added").
DEMONYMS = frozenset(
    """scot scotsman scotswoman welshman welshwoman irishman irishwoman englishman
    englishwoman briton frenchman frenchwoman dutchman dutchwoman dane swede finn norwegian
    icelander german austrian spaniard italian greek pole czech slovak hungarian croat serb
    slovenian romanian bulgarian ukrainian russian turk american canadian mexican brazilian
    argentine argentinian chilean colombian peruvian uruguayan australian kiwi zealander
    nigerian ghanaian kenyan ethiopian egyptian moroccan algerian tunisian indian pakistani
    bangladeshi korean filipino indonesian malaysian iranian iraqi israeli african
    ulsterman yorkshireman cornishman mancunian scouser geordie catalan basque fleming
    sicilian bavarian texan californian portuguese japanese chinese vietnamese lebanese
    senegalese maltese congolese belgian fijian samoan tongan jamaican trinidadian barbadian
    ecuadorian venezuelan cuban haitian zimbabwean zambian ugandan tanzanian rwandan
    cameroonian ivorian estonian latvian lithuanian georgian armenian""".split()
)
#: Offices news writes by their initials ("the PM said", "the CM told reporters").
OFFICE_ABBREVIATIONS = {
    "pm": "prime minister",
    "cm": "chief minister",
    "dpm": "deputy prime minister",
    "md": "managing director",
    "cfo": "chief financial officer",
    "coo": "chief operating officer",
    "cmo": "chief medical officer",
    "cto": "chief technology officer",
    # East African offices: "the RC" for a regional commissioner, "the OCS"
    # for the officer commanding a police station
    "rc": "regional commissioner",
    "ocs": "officer commanding station",
    # India's district and police offices: "the CP" for the commissioner of
    # police, "the SP", "the DC", "the DM"; "the IGP" in Nigeria and Ghana too
    "cp": "commissioner of police",
    "sp": "superintendent of police",
    "ssp": "senior superintendent of police",
    "dgp": "director general of police",
    "igp": "inspector general of police",
    "dc": "deputy commissioner",
    "dm": "district magistrate",
    "sdm": "sub-divisional magistrate",
    "bdo": "block development officer",
    # a high court's chief justice, as Pakistani and Bangladeshi papers write "the CJ"
    "cj": "chief justice",
}
#: Unnamed officials a briefing's transcript labels by initials (`PMOS:` in
#: Downing Street's lobby notes).
BRIEFER_LABELS = {"pmos": "the prime minister's official spokesman"}
#: Nouns for people by what they are or do, not an office: with "a", "one" or
#: "the" and no name, an unnamed source ("a local man said", "the driver told").
PERSON_NOUNS = frozenset(
    """man woman boy girl person individual resident neighbour neighbor witness student
    teacher nurse worker employee passenger driver customer shopper voter fan user
    commenter parent victim survivor veteran farmer owner tenant patient mother father
    volunteer bystander motorist pedestrian visitor tourist guest viewer reader listener
    caller protester demonstrator merchant trader vendor shopkeeper winemaker grower
    fisherman baker chef cook waiter waitress mechanic builder plumber electrician cleaner
    pensioner retiree commuter homeowner landlord landlady diner local engineer scientist
    researcher doctor physician surgeon paramedic firefighter pilot soldier technician
    programmer designer contractor staffer analyst economist accountant
    consultant journalist photographer academic lecturer pharmacist
    sophomore freshman fresher undergraduate postgraduate pupil alumnus alumna""".split()
)
#: What a person is rather than an office they hold: "the singer said" means
#: the person the page is about there, not whoever else was once called a star.
DESCRIBING_HEADS = PERFORMER_HEADS | {"entrepreneur", "billionaire"}
#: Positions players are called by, and what a team calls a new player, as
#: the person named last ("the striker said", "the rookie said").
PLAYING_POSITIONS = frozenset(
    """striker midfielder defender goalkeeper keeper winger forward fullback full-back
    centre-back center-back centre-forward centre-half wing-back left-back right-back
    playmaker batsman batter bowler quarterback pitcher rookie debutant youngster
    substitute opener seamer spinner paceman pacer wicketkeeper all-rounder left-hander
    right-hander hander centre center guard flanker hooker scrum-half fly-half jockey""".split()
)
#: A transcript's speaker label: Q, A, initials (`OW`, `HvdW`) or a name in capitals.
SPEAKER_LABEL = re.compile(
    r"Q|A|Question|Answer|[A-Z]{2,4}|[A-Z][^\W\d_A-Z]{0,3}[A-Z][^\W\d_]{0,2}"
    # (a given name's initial before a surname: "D REYES" after "DANIEL REYES")
    r"|[A-Z][A-Z'.-]*(?: [A-Z][A-Z'.-]+){1,3}|[A-Z][A-Z'.-]+"
)
#: A transcript's label for a voice it does not name ("UNIDENTIFIED FEMALE").
UNNAMED_LABEL = re.compile(
    r"(?:UNIDENTIFIED|UNKNOWN|UNNAMED) (?:MALE|FEMALE|MAN|WOMAN|PERSON|SPEAKER|VOICE"
    r"|PARTICIPANT|REPORTER|CALLER|PROTESTER|RESIDENT|STUDENT|OFFICER|CHILD)"
)
#: An answer that opens with its speaker's name in capitals and a colon.
ANSWER_LABEL = re.compile(r"([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){1,2}):\s")
#: What members of the public write under a post: "one comment read ...".
USER_TEXTS = frozenset("comment comments reply replies review reviews".split())
#: Heads of a share of people: "a majority of voters said", "47 percent said".
SHARE_WORDS = frozenset("percent % majority minority half third quarter plurality".split())


#: Plural nouns of people that no suffix gives away.
PEOPLE_PLURALS = frozenset(
    """men women people relatives critics opponents experts members leaders parents families
    neighbours neighbors locals staff police friends children kids students residents
    colleagues sources witnesses victims survivors patients clients fans users officials
    aides associates insiders executives analysts economists scientists doctors nurses lawyers
    attorneys""".split()
)
#: Suffixes of nouns of people who do something: makers, operators, activists.
_AGENT_SUFFIXES = ("ers", "ors", "ists", "ants", "ians", "ees")


def names_people(head: Token) -> bool:
    """A plural common noun that stands for people (`relatives`, `tour
    operators`, `activists`), not things (`pictures`, `complaints`)."""
    word = head.lower_
    return word in PEOPLE_PLURALS or (
        len(word) > 5 and word.endswith(_AGENT_SUFFIXES) and word not in _THING_PLURALS
    )


#: Plurals with a people-like ending that are things.
_THING_PLURALS = frozenset(
    """papers numbers letters orders matters centers centres computers markets
    corners borders errors factors sectors mirrors colors colours monitors servers
    disasters quarters rumors rumours restaurants plants grants""".split()
)


#: How nouns for someone who does something end ("cashier", "janitor",
#: "florist", "custodian", "attendant").
AGENT_ENDING = re.compile(
    r"(?:er|or|ist|ian|agent|assistant|attendant|servant|tenant|migrant|resident|student"
    r"|client|patient|parent|opponent)$")
