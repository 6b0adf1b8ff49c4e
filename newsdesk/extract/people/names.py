"""Names as written: titles and the gender they imply, role and party words,
the words of a name (particles, what is no surname), a display name cleaned
from a mention, a name's parts, and a given name written earlier.

What both the people of an article (mentions.py) and the speaker resolver
(speakers.py) read a name with.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ...nlp import HYPHENED_ROLES
from ..doc import tokens_spelt

#: Titles of address, never an office ("President" is both).
HONORIFICS = frozenset("sir dame lord lady mr mrs ms miss mx dr".split())
#: Honours and royal titles written before a name ("Datuk Seri Rosli Mansor").
HONOURS = frozenset("datuk dato datin seri sri tun tunku tengku".split())
#: Titles of address, and offices written as one, that only ever stand
#: before a person's name ("Alhaji Rasaq Bakare", "MLA Prakash Kulkarni").
#: Members of a legislature by its capitals, a title and a role ("MLA Prakash
#: Kulkarni", "Opposition MK Revital Sasson-Haddad"): Northern Ireland, Ireland,
#: Scotland, Europe, the Knesset, Ontario, Newfoundland, Quebec and Pakistan,
#: Pakistan's provinces, Kenya's counties, legislative councils.
LEGISLATORS = frozenset("mla td msp mep mk mpp mha mna mpa mca mlc".split())
#: Police ranks written as their capitals before a name, as South Asian and
#: African papers write them ("SP Ejike Nwachukwu-Obi", "DSP Ravi Kumar").
POLICE_RANKS = frozenset("sp dsp asp csp ssp acp dcp igp dig aig".split())
TITLES_OF_ADDRESS = LEGISLATORS | POLICE_RANKS | HONORIFICS | frozenset(
    """prof professor rev fr sheikh prince princess alhaji alhaja hajia engr barr chief
    oba pastor bishop imam rabbi swami shri smt shrimati sri thiru tmt thirumathi mallam
    comrade cde hon mp cllr cr hajiya
    haji hajjah puan encik madam cathaoirleach dpp
    councillor councilor councilman councilwoman councilmember senator sen rep congressman
    congresswoman assemblyman assemblywoman judge
    justice detective det sergeant sgt inspector insp supt superintendent constable garda
    minister coun ald alderman alderwoman alderperson supv cmsr cst excellency highness assoc
    advocate adv
    ato weyzero maître maitre vidwan vidushi ustad mzee mheshimiwa begum mst afioga susuga
    ratu adi elder reverend coroner kuia koro whaea matua aunty auntie recorder
    undersecretary usec""".split()
) | HONOURS
#: Honours of two words whose first is also a surname ("Tan Sri Abdul Hamid").
TWO_WORD_HONOURS = frozenset(["tan sri", "puan sri", "her excellency", "his excellency",
                              "his highness", "her highness"])
#: An initial in a name: "M", "R.".
INITIAL = re.compile(r"[A-Z]\.?")
#: Surnames written with a second capital after a prefix: "McConnell",
#: "MacLeary", "DeSantis", "LeBron", "VanDyke" (not title case to Python),
#: and Irish surnames after a particle, their first letter mutated ("Ó
#: hAodha", "Mac an tSaoi", "Ó bhFearghail", "Uí nGallchóir").
_MUTATIONS = "h|t|n|m|b|g|d|bh"  # the letters an Irish particle puts before a surname
_CAMEL_NAME = re.compile(rf"(?:Mc|Mac|Fitz|De|Di|Da|Du|Le|La|Van|Von|Abdul|Abdel|Abu"
                         rf"|{_MUTATIONS})[A-ZÁÉÍÓÚ][a-záéíóú'’]+")
#: An Irish surname's first letter mutated after a particle: "hAodha", "tSaoi".
_MUTATED = re.compile(rf"(?:{_MUTATIONS})[A-ZÁÉÍÓÚ][a-záéíóú]+")


def mutated_irish(word: str) -> bool:
    """Whether a word is an Irish surname with its first letter mutated after
    a particle ("Ó hAodha", "Mac an tSaoi"): a name's word, lower-case first."""
    return _MUTATED.fullmatch(word) is not None


#: A name with an apostrophe inside a word of it: "Ndung'u", "O'Brien", "Ng'ang'a".
_APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]*(?:['’][A-Za-z][a-z]*)+")


def _apostrophe_name(tok: Token) -> bool:
    return len(tok.text) > 3 and _APOSTROPHE_NAME.fullmatch(tok.text) is not None


def name_cased(tok: Token) -> bool:
    """Whether a word is written as a name is: "Okafor", "McConnell", "Ndung'u"."""
    return tok.is_title or _CAMEL_NAME.fullmatch(tok.text) is not None or _apostrophe_name(tok)


def name_word(tok: Token) -> bool:
    """Letters only, or letters with an apostrophe inside ("Ndung'u", "O'Brien")."""
    return tok.is_alpha or _apostrophe_name(tok)


#: The style of an office holder written between the office and the name
#: ("Prime Minister the Hon. Dr. Marcus Baptiste", "the Rt Hon").
_STYLES = frozenset(["hon", "honourable", "honorable", "rt", "right"])


def honour_at_end(words: list[str]) -> int:
    """How many of the last words are a title, an honour or a style written
    before a name ("Dame", "Datuk", "Tan Sri", "the Hon."), for a role to stop
    before."""
    if " ".join(words[-2:]).lower() in TWO_WORD_HONOURS:
        return 2
    if words and words[-1].lower().rstrip(".,") in _STYLES:
        n = 1
        while n < len(words) and words[-n - 1].lower().rstrip(".,") in _STYLES | {"the"}:
            n += 1
        return n
    return 1 if words and words[-1].lower().rstrip(".'’") in HONORIFICS | HONOURS else 0


TITLES = {
    "mr": "m",
    "mister": "m",
    "sir": "m",
    "lord": "m",
    "baron": "m",
    "baroness": "f",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "dame": "f",
    "lady": "f",
    "dr": None,
    # Malaysian honours and royal titles ("Datuk Seri Rosli Mansor")
    "datuk": None,
    "dato": None,
    "dato'": None,
    "dato’": None,
    "datin": "f",
    "seri": None,
    "tun": None,
    "tunku": None,
    "tengku": None,
    "prof": None,
    "professor": None,
    "rev": None,
    "reverend": None,
    # Pacific chiefly and church styles ("Adi Litia ...", "Afioga Vaai ...", "Rev. Elder ...")
    "adi": "f",
    "afioga": None,
    "susuga": None,
    "elder": None,
    # a part-time judge of England and Wales ("Recorder Simon Halliwell")
    "recorder": None,
    # Māori elders' styles ("Kuia Mere Haronga", "Koro Hemi ..."), as RNZ writes them
    "kuia": "f",
    "koro": "m",
    "whaea": "f",
    "matua": "m",
    # Aboriginal and Torres Strait Islander elders' style ("Aunty Miriam Daniels")
    "aunty": "f",
    "auntie": "f",
    # South African elders' styles in isiZulu and kindred tongues ("Gogo Salome ...")
    "gogo": "f",
    "mkhulu": "m",
    "sen": None,
    "senator": None,
    "rep": None,
    "gov": None,
    "governor": None,
    "president": None,
    "gen": None,
    "general": None,
    "judge": None,
    "justice": None,
    "mayor": None,
    "cllr": None,
    "coun": None,  # "Coun Bernadette Oyelaran", "Coun. Shauna Tremblay"
    "cr": None,  # an Australian councillor ("Cr Pryor")
    "congressman": "m",
    "congresswoman": "f",
    "councilman": "m",
    "councilwoman": "f",
    "councillor": None,
    "councilor": None,
    "taoiseach": None,
    "tanaiste": None,
    "tánaiste": None,
    "premier": None,
    "minister": None,
    "chancellor": None,
    "secretary": None,
    "ambassador": None,
    "commissioner": None,
    "sheriff": None,
    "clerk": None,  # ("Kent County Clerk Dorothy Vang-Hollis")
    "detective": None,
    "det": None,
    "sgt": None,
    "sergeant": None,
    "officer": None,
    "lt": None,
    "capt": None,
    "captain": None,
    "col": None,
    "colonel": None,
    "maj": None,
    "major": None,
    "cpl": None,
    "supt": None,
    "snr": None,  # ("Snr Supt Garvin Mohammed")
    "insp": None,  # ("Det Insp Shazia Akhtar")
    "inspector": None,
    "chief": None,
    "coach": None,
    "pastor": None,
    "bishop": None,
    # clergy and naval ranks ("Pope Leo XIV", "Abba Tesfaye", "Commodore Ariel ...")
    **dict.fromkeys(["pope", "cardinal", "abba", "abune", "mawlawi", "maulana", "ayatollah",
                     "hojatoleslam", "mufti"], "m"),
    **dict.fromkeys(["archbishop", "canon", "archdeacon", "commodore", "admiral"], None),
    # a cleric's style ("the Rt Revd Simon Achterberg", "the Ven Ruth Okafor")
    **dict.fromkeys(["rt", "revd", "ven"], None),
    # Zimbabwe's "Comrade" written short ("Cde Obert Chimbwanda")
    "cde": None,
    "rabbi": None,
    "imam": None,
    "swami": "m",
    "fr": "m",
    "father": "m",
    "sister": "f",
    "king": "m",
    "queen": "f",
    "prince": "m",
    "princess": "f",
    "sheikh": "m",
    "atty": None,
    "attorney": None,
    # a Philippine department's second in command: "Justice Undersecretary X"
    "undersecretary": None,
    "usec": None,
    "advocate": None,  # South Africa's bar: "Advocate Pieter-Jan van Rensburg SC"
    "adv": None,
    # Amharic titles of address: "Ato Girma Tadesse", "Weyzero Almaz Bekele"
    "ato": "m",
    "weyzero": "f",
    # Swahili, Bangladeshi and Pakistani forms of address: "Mzee Joseph Kibet
    # Cheruiyot" (an elder), "Mheshimiwa" (the Honourable), "Begum", "Mst"
    "mzee": "m",
    "mheshimiwa": None,
    "begum": "f",
    "mst": "f",
    # South Indian musicians' titles: "Vidwan Karaikudi R. Subramania Iyer"
    "vidwan": "m",
    "vidushi": "f",
    "ustad": "m",
    "rep.": None,
    "honourable": None,
    "honorable": None,
    "hon": None,
    "supervisor": None,
    "assemblyman": "m",
    "assemblywoman": "f",
    "assemblymember": None,
    "alderman": None,
    "alderwoman": "f",
    "alderperson": None,
    **dict.fromkeys(LEGISLATORS),
    # titles of West African and South Asian news ("Oba Samuel Ajayi", "Engr.
    # Tunde Bello", "Alhaji Musa Sani", "Shri Ram Kumar"); not the Igbo "Obi",
    # far more often a given name ("Obi Adeyemi") than the title papers write
    # "the Obi of Onitsha"
    "oba": "m",
    "emir": "m",
    "alhaji": "m",
    "alhaja": "f",
    "hajia": "f",
    "hajiya": "f",
    "engr": None,
    "eng": None,  # an engineer as East African and Gulf papers write it ("Eng Rose Mutai")
    "barr": None,
    "barrister": None,
    "comrade": None,
    "mallam": "m",
    "shri": "m",
    "sri": None,
    "smt": "f",
    "shrimati": "f",
    # Tamil forms of the same ("Thiru K. Ramaswamy", "Tmt. Kanimozhi")
    "thiru": "m",
    "thirumathi": "f",
    "tmt": "f",
    "delegate": None,
    # Malay, Ghanaian and Irish forms of address ("Datuk Haji Zulkifli bin
    # Othman", "Madam Comfort Boateng", "Cathaoirleach Cllr Tomás Ó Ceallaigh")
    "haji": "m",
    "hajjah": "f",
    # a French-speaking lawyer's title ("Maître Fatoumata Cissé")
    "maître": None,
    "maitre": None,
    # Egyptian and Gulf forms of the same ("Hagg Ibrahim Abdel-Salam"); Indonesian and
    # Fijian forms of address ("Pak Hendra", "Bu Yati", "Raden Adi", "Ratu Epeli")
    "hagg": "m", "hajj": "m", "hagga": "f",
    "pak": "m", "bapak": "m", "bu": "f", "ibu": "f", "raden": None, "ratu": "m",
    "puan": "f",
    "encik": "m",
    "madam": "f",
    "cathaoirleach": None,
}
#: Who entertainment, arts and sports pages are about: roles ("singer Ana
#: Lima") and, alone, descriptions of the person a page is about ("the singer said").
PERFORMER_HEADS = frozenset(
    """singer star celebrity celeb actress actor rapper comedian musician artist athlete
    player presenter designer chef songwriter""".split()
)
#: Nouns that make a phrase a role ("the Labour leader", "Pontypridd MP").
ROLE_HEADS = frozenset(
    """leader minister secretary chancellor""".split()
    # Ireland's prime minister and deputy ("Taoiseach Micheál Martin")
    + """taoiseach tánaiste tanaiste president chairman chairwoman chair spokesman
    spokeswoman spokesperson mp mps senator governor candidate mayor chief head director
    member critic ally activist campaigner official adviser advisor aide founder
    executive ceo editor correspondent commentator analyst economist professor judge
    lawyer attorney representative congressman congresswoman lawmaker deputy whip
    speaker""".split()
    # Swahili: "Mheshimiwa Spika" (Mr Speaker), "Naibu Spika" (Deputy Speaker)
    + """spika naibu ambassador commissioner general nominee strategist manager premier
    councillor peer baroness lord prosecutor sheriff officer host author columnist son
    daughter grandson granddaughter wife husband widow widower lady mother father
    brother sister nephew niece cousin uncle aunt""".split()
    # Aboriginal elders' titles: "Aunty Dulcie Manton"
    + """aunty auntie""".split()
    + """owner coach doctor captain skipper inspector superintendent commander
    principal pastor bishop boss president-elect chairperson
    barrister solicitor counsel advocate ruler monarch king queen emir sultan chieftain
    archbishop cardinal pope imam swami rabbi vicar priest envoy negotiator delegate
    treasurer registrar auditor coordinator administrator clerk collector
    master harbourmaster headmaster headmistress headteacher""".split()
    # professions an article names someone by ("The senior planner, Niamh
    # Gallagher,") before or after calling them by it alone
    + """planner epidemiologist psychologist paediatrician pediatrician architect historian
    coroner magistrate dean trustee""".split()
    # more trades a source is described by ("One Caribbean central banker said")
    + """banker diplomat legislator organiser organizer donor observer expert insider juror
    detective reporter writer novelist poet pundit lobbyist""".split()
    # parties to a case ("The petitioner, ..., states")
    + """petitioner respondent complainant plaintiff claimant appellant
    defendant""".split()
    # a match's officials ("French referee Mathieu ...", then "the referee")
    + """referee umpire""".split()
    # ranks written as titles before a name ("Colonel Issoufou Maiga"), then
    # alone ("the colonel said"); India's police offices ("the SHO", "the DCP")
    + """colonel lieutenant sergeant admiral brigadier constable sho dcp acp dsp""".split()
) | PERFORMER_HEADS | LEGISLATORS
# ("the Green co-leader", "the vice-chancellor": one word to the tokenizer)
ROLE_HEADS |= {role for role in HYPHENED_ROLES if role.partition("-")[2] in ROLE_HEADS}
#: Offices written short before a name ("Gov. Elaine Pryce", "Sen. Ann Lee"):
#: the role a later "the governor" refers back to.
ABBREVIATED_OFFICES = {
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "supt": "superintendent",
    "insp": "inspector",
    "sgt": "sergeant",
    "det": "detective",
    "cllr": "councillor",
    "cr": "councillor",
    "gen": "general",
    "col": "colonel",
    "capt": "captain",
    "adm": "admiral",
    "atty": "attorney",
    # North American local government and police: "Coun. Shauna Tremblay", "Ald. Ray Kim"
    "coun": "councillor",
    # a member of the House of Lords: "Lord Penrose ... the peer told"
    "lord": "peer",
    "baroness": "peer",
    "baron": "peer",
    "ald": "alderman",
    "supv": "supervisor",
    "cmsr": "commissioner",
    "const": "constable",
    "cst": "constable",
}
#: Titles of rank or of a faith that are also the noun for their holder:
#: "Prince Abdulrahman ... the prince said", "Imam Musa Okoro ... the imam".
RANK_TITLES = frozenset(
    "prince princess sheikh sheikha emir bishop archbishop cardinal imam rabbi pastor".split()
)
#: British police ranks by their initials, read as an office only right
#: before a name ("PC Sarah Venning"; not "PC leader", a Progressive Conservative).
RANK_INITIALS = {"pc": "constable", "dc": "detective constable", "dci": "detective chief inspector"}
#: Role nouns that say whether a person is a woman or a man ("Ralph's widow").
GENDERED_ROLES: dict[str, str] = {
    **dict.fromkeys(
        """widow wife mother daughter sister grandmother granddaughter aunt niece woman
        girl actress chairwoman congresswoman assemblywoman businesswoman spokeswoman
        councilwoman queen princess duchess countess baroness dame mum mom girlfriend
        fiancée stepmother stepdaughter heiress sportswoman policewoman lady""".split(),
        "f",
    ),
    **dict.fromkeys(
        """widower husband father son brother grandfather grandson uncle nephew man boy
        congressman assemblyman businessman spokesman councilman king prince duke
        baron lord dad boyfriend fiancé stepfather stepson sportsman policeman""".split(),
        "m",
    ),
}
#: Nouns for a party's members: "a senior Tory", "one Republican" speak
#: for themselves, not for the party.
PARTY_MEMBERS = frozenset(
    [
        "tory",
        "tories",
        "conservative",
        "conservatives",
        "democrat",
        "democrats",
        "republican",
        "republicans",
        "liberal",
        "liberals",
        "socialist",
        "socialists",
        "nationalist",
        "nationalists",
        "unionist",
        "unionists",
        "blairite",
        "blairites",
        "corbynite",
        "corbynites",
        "brexiteer",
        "brexiteers",
        "remainer",
        "remainers",
    ]
)
#: Particles between a given name and the father's ("Zulkifli bin Othman").
#: ("wa" of the Bantu languages: "Ngugi wa Thiong'o", "Mukendi wa Ilunga")
PATRONYMICS = frozenset("bin binti binte bint ibn wa".split())
#: Jobs a byline writes after the writer's name and desk ("Arts correspondent").
DESK_JOBS = frozenset("correspondent editor reporter writer critic columnist".split())
#: Irish and Scottish particles, written with a capital: "Aoife Ní Bhriain",
#: "Seán Ó Briain", "Ruairí Mac Lochlainn".
IRISH_PARTICLES = frozenset("ní nic ó uí mac".split())
#: Lower-case words inside names: "van Sebille", "bin Salman", "al-Assad", the
#: Welsh "ap" of "Gethin ap Rhys" (son of), the article of "Mac an tSaoi", and
#: the Irish ones.
NAME_PARTICLES = frozenset(
    """van von zu der den de da di do du la le del della dela delos dos das al el abu ben ter
    ten y ap arap af an""".split()
) | IRISH_PARTICLES | PATRONYMICS
#: Last words that make a capitalised phrase a place, a body or a business,
#: not a person ("Harbour Bar", "Farmers Caucus", "Elm Square").
NOT_SURNAMES = frozenset(
    """mps members voters supporters museum central street square road avenue
    northern southern eastern western north-western north-eastern south-western
    south-eastern row mews
    valley party council committee caucus federation forum union association foundation
    institute centre center university college school hospital clinic trust office
    department ministry agency station pub bar inn hotel restaurant cafe club store shop
    market media worldwide consulting group company inc ltd llc corp progress space golf
    airport stadium point bay beach harbour harbor creek heights island islands springs
    peninsula county parish district province head plaza towers mall building arena
    theatre theater gallery library cathedral mosque palace gardens united rovers athletic
    wanderers albion rangers hotspur fc afc brother sister falls marshes moors hills town
    city forest canyon reservoir rail railway railways textiles films pictures studios
    records enclave motors airways airlines logistics holdings partners foods pharma labs
    systems maritime shipping construction constructions racing industries enterprises
    technologies engineering water utilities energy living homes developments properties
    consultants solutions freight haulage transport shire llp pllc plc gmbh pty bhd
    spur seamount trench glacier plateau gorge ravine atoll magistrates commission staff
    authority tribunal inspectorate directorate secretariat prosecution force securities
    tools capital advisors advisers investments
    credit credits""".split()
)
_PROPER_PIECE = re.compile(r"^[A-Z][\w'’.-]*$")


def given_name_before(
    doc: Doc, before: int, surname: str, *, not_types: tuple[str, ...]
) -> Token | None:
    """The given name written before an earlier mention of `surname` (the
    nearest before token `before`): a capitalised proper noun that is not a
    title and whose entity type is none of `not_types` ("Nicola" for a later
    "Ms Sturgeon" that NER missed)."""
    key = surname.casefold()
    # any case: "ß" is "ss" casefolded, not lowered
    spellings = frozenset({key, surname.lower()})
    written = tokens_spelt(doc, spellings, lambda t: t.text.casefold() == key)
    for tok in reversed([t for t in written if 0 < t.i < before]):
        k = tok.i - 1
        while k > 0 and doc[k].lower_ in NAME_PARTICLES:
            k -= 1  # "Pádraig Ó Ceallaigh": the given name is before the particle
        given = doc[k]
        if given.pos_ != "PROPN" or not name_cased(given):
            continue
        if given.lower_.rstrip(".") in TITLES or given.ent_type_ in not_types:
            continue
        return given
    return None


def courtesy_surnames(doc: Doc) -> frozenset[str]:
    """The words written after a courtesy title ("Ms MacLeary", "Mr. Rennie"):
    surnames, whatever label the tagger gives the name they end. (The last
    words of the tagger's own PERSON names are no such evidence: it tags
    "North Korea" and "Rana Plaza" a person too.)"""
    return frozenset(
        doc[t.i + 1].text for t in tokens_spelt(doc, HONORIFICS, _an_honorific)
        if t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and name_cased(doc[t.i + 1])
    )


def _an_honorific(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.lower_.rstrip(".") in HONORIFICS
