"""Commercial spam vocabulary: what injected SEO lines sell, in many languages.

Two kinds of words, each matched case-insensitively:
- **bait**: the goods of link spam (gambling, pharmacy, fake diplomas and
  papers, crypto schemes, quick loans, adult services). A term is a phrase
  specific enough that news prose rarely needs it once in a line of its own
  ("payday loans", not "loans"; "free spins", not "spins");
- **sales cues**: how an advert talks to its reader (a price, a discount, a
  "free", a call to act now, an opening imperative such as "Buy", a web
  address). Alone they prove nothing: a
  story quotes prices; together with bait they are an advert.

Latin, Cyrillic and Arabic terms match whole words (with a plural `s`), or
from a word start when written as a stem (`ставк*` for "ставки", "ставок");
Han, Kana, Hangul, Thai and Devanagari terms match anywhere, since those
scripts do not space words (or spam does not).
"""

from __future__ import annotations

import re

# Words are stems: matched at a word start, up to the word's end.
_BAIT_WORDS = {
    "gambling": (
        # English
        "casino", "online casino", "slot machine", "slot online", "online slot", "slot site",
        "free spins", "jackpot", "poker", "roulette", "blackjack", "baccarat", "sportsbook",
        "betting", "bookmaker", "bookie", "wagering", "no deposit", "bonus code", "promo code",
        "welcome bonus", "bet online", "live dealer",
        # Spanish, Portuguese, French, Italian, German
        "apuestas", "casino en línea", "tragamonedas", "tragaperras", "giros gratis", "ruleta",
        "apostas", "cassino", "caça-níqueis", "rodadas grátis", "paris sportifs",
        "casino en ligne", "machines à sous", "tours gratuits", "scommesse", "giri gratis",
        "sportwetten", "spielautomaten", "freispiele", "online-casino", "spielothek",
        # Indonesian / Malay, Vietnamese, Turkish, Polish
        "judi", "slot gacor", "gacor", "togel", "taruhan", "maxwin", "sabung ayam",
        "cá cược", "nhà cái", "kèo", "xổ số", "lô đề", "nổ hũ", "tài xỉu", "đánh bạc",
        "bahis", "deneme bonusu", "bedava bonus", "zakłady", "kasyno",
        # Russian / Ukrainian
        "казино", "ставк*", "букмекер*", "слот*", "игровые автоматы", "рулетк*", "джекпот*",
        "фриспин*", "покер", "азартн*",
        # Arabic
        "كازينو", "مراهنات", "المراهنات", "رهان", "قمار", "القمار", "بوكر",
    ),
    "pharmacy": (
        "viagra", "cialis", "levitra", "kamagra", "tadalafil", "sildenafil", "vardenafil",
        "tramadol", "xanax", "valium", "oxycodone", "oxycontin", "ambien", "phentermine",
        "pharmacy online", "online pharmacy", "no prescription", "without prescription",
        "without a prescription", "diet pills", "weight loss pills", "erectile", "anabolic",
        "sin receta", "farmacia online", "adelgazar", "sem receita", "emagrecer",
        "sans ordonnance", "pharmacie en ligne", "ohne rezept", "online-apotheke",
        "obat kuat", "obat pelangsing", "pelangsing", "thuốc cường dương", "giảm cân",
        "без рецепта", "виагр*", "для похудения", "аптек*",
        "فياجرا", "التخسيس", "للتخسيس", "صيدلية",
    ),
    "papers": (
        "fake diploma", "buy diploma", "buy a diploma", "diploma online", "degree certificate",
        "buy degree", "buy a degree", "fake degree", "fake passport", "fake id",
        "essay writing service", "write my essay", "pay for essay", "term papers",
        "título universitario", "comprar título", "titulo universitario", "ijazah",
        "làm bằng", "bằng đại học", "làm giấy tờ",
        "купить диплом", "диплом", "диплома", "дипломы", "аттестат*",
        "شهادة جامعية", "شهادات جامعية",
    ),
    "crypto": (
        "bitcoin", "btc", "crypto", "cryptocurrency", "cryptocurrencies", "usdt", "airdrop",
        "forex", "binary options", "trading bot", "mining pool", "ethereum",
        "criptomonedas", "criptomoedas", "cryptomonnaie", "kripto", "tiền ảo",
        "tiền điện tử", "криптовалют*", "биткоин*", "майнинг*",
        "العملات الرقمية", "بيتكوين",
    ),
    "loans": (
        "payday loan", "cash advance", "personal loans", "instant loan", "quick loan",
        "fast loan", "loans online", "online loan", "bad credit", "no credit check",
        "guaranteed approval", "same day loan", "credit repair",
        "préstamo", "crédito rápido", "sin aval", "empréstimo", "pinjaman", "pinjol",
        "dana tunai", "vay tiền", "vay nhanh", "giải ngân",
        "займ*", "микрозайм*", "кредит онлайн",
        "قرض", "قروض",
    ),
    "adult": (
        "escort service", "escort girls", "porn", "xxx", "sex cam", "hookup", "adult dating",
        "camgirl",
    ),
}

# Scripts without spaces between words (or whose spam runs words together).
_BAIT_STRINGS = {
    "gambling": (
        "百家乐", "博彩", "赌场", "娱乐城", "彩票", "老虎机", "真人视讯", "体育投注", "菠菜",
        "时时彩", "六合彩", "彩金", "赌博", "棋牌", "电子游艺", "返水", "注册送", "开户",
        "カジノ", "パチンコ", "スロット", "ブックメーカー",
        "카지노", "토토", "바카라", "슬롯", "먹튀", "배팅",
        "สล็อต", "บาคาร่า", "คาสิโน", "แทงบอล", "หวย", "พนัน", "เว็บตรง", "เครดิตฟรี",
        "सट्टा", "कैसीनो", "जुआ",
    ),
    "pharmacy": ("伟哥", "药店", "壮阳", "减肥药", "春药", "ยาลดน้ำหนัก", "ยาเพิ่มขนาด"),
    "papers": ("毕业证", "学历认证", "办证", "文凭", "成绩单", "假证", "ทำวุฒิ", "ใบปริญญา"),
    "crypto": ("比特币", "虚拟币", "挖矿", "币圈", "คริปโต", "仮想通貨"),
    "loans": ("贷款", "网贷", "借钱", "无抵押", "สินเชื่อ", "เงินกู้", "กู้เงิน", "लोन", "ऋण"),
    "adult": ("约炮", "成人视频", "色情", "出会い系"),
}

# How adverts talk: prices and discounts, "free", urgency, calls to act, in
# the languages above.
_CUE_WORDS = (
    "free", "cheap", "cheapest", "discount", "bonus", "promo", "% off", "best price",
    "lowest price", "guaranteed", "instant", "instantly", "fast delivery", "fast shipping",
    "free shipping", "no fees", "apply now", "order now", "buy now", "join now",
    "register now", "sign up now", "click here", "today only", "limited offer", "100%",
    "real money", "win real", "withdrawal", "deposit", "approval", "profit",
    "gratis", "grátis", "gratuit", "barato", "descuento", "oferta", "envío gratis",
    "murah", "diskon", "daftar", "terpercaya", "giá rẻ", "uy tín", "miễn phí", "đăng ký",
    "бесплатно", "недорого", "дешево", "скидк*", "без отказа", "без проверок",
    "مجانا", "خصم", "بأفضل سعر",
)
# An advert opens with what the reader should do: buy, order, claim, join.
_CALL_TO_ACT = re.compile(
    r"^\W*(?:buy|order|shop|claim|get|apply|register|join|play|visit|earn|win|grab|try|"
    r"compra|comprar|compre|achetez|kaufen|beli|jual|mua|купить|купите|закажите|"
    r"получите)\b",
    re.IGNORECASE,
)
_CUE_STRINGS = ("免费", "优惠", "注册", "官网", "ฟรี", "สมัคร", "โบนัส", "무료", "가입", "無料")


def _alternatives(terms: tuple[str, ...]) -> str:
    """One regex alternative a term: a stem (`ставк*`) runs to its word's end; a
    word or phrase matches whole, with an optional plural `s`."""
    out = []
    for term in sorted(terms, key=len, reverse=True):
        if term.endswith("*"):
            out.append(re.escape(term[:-1]) + r"[^\W\d_]*")
        else:
            out.append(re.escape(term) + r"(?:s|es)?(?![^\W\d_])")
    return "|".join(out)


def _strings(terms: tuple[str, ...]) -> str:
    return "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))


_BAIT = re.compile(
    r"(?<![^\W\d_])(?:" + _alternatives(tuple(w for ws in _BAIT_WORDS.values() for w in ws))
    + r")|" + _strings(tuple(w for ws in _BAIT_STRINGS.values() for w in ws)),
    re.IGNORECASE,
)
_CUE = re.compile(
    r"(?<![^\W\d_])(?:" + _alternatives(_CUE_WORDS) + r")"
    r"|" + _strings(_CUE_STRINGS)
    + r"|[$€£¥₹₫]\s?\d|\d\s?(?:[$€£¥₹₫]|usd|eur|dollars?)\b|\b\d{2,3}\s?%",
    re.IGNORECASE,
)
#: A web address or a bare domain name.
URL = re.compile(
    r"\b(?:www\.|https?://)\S+"
    r"|\b[\w-]+\.(?:com|net|org|io|xyz|top|vip|cc|bet|info|club|online|site|win|me|app|shop)\b",
    re.IGNORECASE,
)


def bait_terms(text: str) -> set[str]:
    """The bait terms in `text`, lower-cased as found."""
    return {m.group(0).casefold() for m in _BAIT.finditer(text)}


def sales_cues(text: str) -> set[str]:
    """The sales cues in `text` (prices, "free", calls to act, web addresses)."""
    cues = {m.group(0).casefold() for m in _CUE.finditer(text)}
    if URL.search(text):
        cues.add("web address")
    opening = _CALL_TO_ACT.match(text)
    if opening:
        cues.add(opening.group(0).strip(" \t-–—•*").casefold())
    return cues
