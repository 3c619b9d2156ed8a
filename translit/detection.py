"""Language of a Cyrillic text: Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian,
Kazakh, Kyrgyz or Mongolian.

How :func:`detect` decides:

1. No Cyrillic letter → ``"und"``.
2. Letter statistics: each language has an alphabet and approximate letter frequencies
   (:data:`_FREQ`); the text's letters give each language a log-likelihood. Letters outside a
   language's alphabet are very unlikely in it (ї is not Russian, ы is not Ukrainian, й is not
   Serbian), frequent letters that a language lacks make it unlikely when they are missing
   (a long text without ъ, я, щ is hardly Bulgarian), and the frequency differences separate
   the rest (ј is 5 % of Serbian letters but 1.5 % of Macedonian ones).
3. Letter pairs that a language's spelling forbids (Bulgarian ь only before о, Russian ъ only
   before е ё ю я) and the apostrophe inside words (Ukrainian, Belarusian).
4. Words: a short list of each language's most frequent function words (што/що/что, є/ёсць,
   и/і/й, ще/ќе, във/во/у …) adds points, divided among the languages that share a word.

The language with the highest score wins; Russian (:data:`DEFAULT`) is kept unless another
language beats it by :data:`MARGIN`, so a short text without distinguishing evidence
(``Москва``, ``Иван``) is Russian — ``romanize(..., lang="auto")`` relies on that. Only the
first :data:`_SAMPLE` characters of a long text are read; a short text with a letter only one
language has (ї, ў, ђ, ѓ, ә …) is decided by a first scan without statistics. The tables are
written from the languages' alphabets and general descriptions of their letter frequencies and
most frequent words; no corpus text is stored.

    >>> detect("Київ — столиця України")
    'uk'
    >>> detect("Hello")
    'und'
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from typing import NamedTuple

from .script import CYRILLIC_CLASS, CYRILLIC_RE, alphabet

__all__ = [
    "DEFAULT",
    "LANGUAGES",
    "MARGIN",
    "Span",
    "detect",
    "detect_or_default",
    "detect_spans",
    "scores",
]

DEFAULT = "ru"
#: The languages :func:`detect` can return (besides ``"und"``), in tie-breaking order.
LANGUAGES = ("ru", "uk", "bg", "be", "sr", "mk", "kk", "ky", "mn")

_SAMPLE = 20_000  # characters of a long text that are read
#: How much another language must beat Russian by (in nats) in a short text to be chosen.
MARGIN = 2.0
_PRIOR = 1.0  # the same for longer texts: Russian is by far the most frequent of the languages
_WORD_WEIGHT = 1.5  # nats per function word (divided among the languages sharing it)

_ALPHABETS: dict[str, str] = {lang: alphabet(lang) for lang in LANGUAGES}

# Approximate letter frequencies (per ten thousand letters) of running text in each language,
# from published letter-frequency descriptions of the languages (Bulgarian: Stefanov and
# Birdanova, Computer 1997/2; Ukrainian: the table of "Kvantytatyvna linhvistyka", Lviv 2012;
# Russian: the Russian National Corpus; Macedonian: the frequency order of Mileva, Panov and
# Dimitrova, 2012; the others estimated from general descriptions); letters not listed but in the
# alphabet get _RARE, letters outside the alphabet _ABSENT.
_FREQ: dict[str, str] = {
    "ru": "о1097 е845 а801 и735 н670 т626 с547 р473 в454 л440 к349 м321 д298 п281 у262 я201 "
    "ы190 ь174 г170 з165 б159 ч144 й121 х97 ж94 ш73 ю64 ц48 щ36 э32 ф26 ъ4 ё20",
    "uk": "о946 а854 н784 и623 і577 в542 т531 е438 р415 с381 м358 к358 л323 д323 у288 п288 "
    "я277 з208 ь185 ч173 г138 ю138 б127 х115 ц104 ж81 й81 є58 ї58 ш58 щ46 ф35 ґ6",
    "be": "а950 о580 н550 і550 е450 р450 с400 л350 в350 к350 я300 ы370 т300 у300 м300 ц250 "
    "д250 п250 ь180 з200 ч180 ў170 б160 г160 й120 х100 ж90 ш100 э90 ю60 ё70 ф20 ґ1",
    "bg": "а1160 е921 и882 о875 н809 т738 р542 с502 в471 л357 д311 п305 к299 м268 з236 "
    "я186 ъ171 б165 у154 ч144 г119 ж77 ц75 х67 щ43 ш42 ф37 й32 ю11 ь1 ѝ5",
    "mk": "а1150 о900 и850 е830 т700 н650 р500 с450 в420 д380 к360 л340 п300 м280 у260 "
    "з200 ј180 г170 б150 ч120 ш100 ц80 ж70 њ60 ф40 ќ35 х30 ѓ20 џ15 љ12 ѕ5 ѐ2 ѝ5",
    "sr": "а1150 и950 о900 е850 н600 т500 р500 с500 ј500 у430 д350 к350 в350 м320 л300 п280 "
    "з160 г160 б130 ч120 ш90 ћ90 ц90 њ60 љ50 ж60 х40 ђ30 ф20 џ5",
    "kk": "а1250 е800 н650 ы500 т500 р500 л450 і400 д350 с350 к300 м300 қ250 о250 б250 у200 "
    "ж200 ә200 й150 ш150 и150 ғ120 з120 ң100 ұ100 ү100 п100 ө70 г60 в50 х20 ч30 ц20 "
    "я30 ю10 э10 һ5 ф10 ь10 ё2 ъ2 щ2",
    "ky": "а1200 ы700 н600 е600 р500 т500 к450 л450 у400 о400 д350 м300 с300 и300 б250 ж250 "
    "г200 ү200 з150 ө150 ч150 ң100 ш100 й100 п80 в40 х30 я30 э30 ц10 ю10 ф10 ь10 ё3 "
    "ъ2 щ2",
    "mn": "а1200 н700 э650 о500 г450 л450 и450 р400 х400 д400 у400 б300 т350 с300 ү250 ө200 "
    "м200 ы150 ж150 ч150 ь150 е150 ц100 з100 ш100 я100 й100 к50 в50 ю30 п20 ё30 ф10 ъ5 "
    "щ2",
}
_RARE = 0.5  # per ten thousand: a letter of the alphabet not listed above
_ABSENT = 0.3  # per ten thousand: a letter outside the alphabet (quotes, names, typos)

# Frequent function words (points per occurrence); shared words score for every language.
_WORDS: dict[str, str] = {
    "ru": (
        "что это как его она они был была было были только если уже или когда чтобы "
        "который которые также очень может нет меня тебя себя еще ещё всё все вот так "
        "где быть есть из к у о об же бы для через после между свой этот эта эти "
        "того этого их ему ей им них него она он мы вы ты я с со в во и а но не на "
        "по от до за при под над я мне нас вам её сказал здесь сейчас почему сколько кто году года лет который которая которое которых того тоже можно нужно даже лишь ведь теперь именно поэтому потому хотя пока ничего никогда завтра сегодня вместо перед согласно около среди мой твой каждый опять имел надо хочет год является являются стал стала время"
    ),
    "uk": (
        "і й та що це як його її він вона вони ми ви ти я у в з із зі від до за про "
        "для але або був була було були який яка яке які коли тому щоб також дуже між "
        "після через свій мене тебе себе є немає вже ще може так не на по при над "
        "під цей ця ці цього їх їм них мені нас вам її сказав тут зараз чому скільки хто чи треба трохи завдяки наприклад близько тільки якщо тобто адже навіть ось ні де теж саме лише можна потрібно тепер"
    ),
    "be": (
        "і ў у з на не да што гэта як ад для па пра але ці ён яна яны мы вы ты я "
        "было быў была былі які якая якое калі таму каб таксама вельмі паміж пасля праз "
        "свой мяне сябе ёсць няма ужо яшчэ так гэты гэтая іх яго яе ім мне нас вам яе сказаў тут цяпер чаму колькі хто ня усе ўсё толькі трэба дзе вось нават зараз"
    ),
    "bg": (
        "е са съм си сме сте ще че се от във със това този тази тези които който която "
        "което като но ли му ѝ им ги го я не и за по при след между също много има "
        "няма бил била беше бяха един една едно може трябва само вече още как какво "
        "къде кога сега днес нещо всички всичко да на в с аз той тя ние вие те ме ми ни ви бе нея него тях тук сега защо колко кой коя кое кои каза рече с във със какво както каква такава нещо й нищо никога някой някак някои нека утре днес обаче защото докато откакто дали вместо пред през чрез според заради сред мен теб мене тебе моя твоя своя негов онзи онова такъв такава какъв всеки всяка пак сам били имаше искам иска казва щях щеше"
    ),
    "sr": (
        "је и у да се на не су од за са из до што шта као али или јер ако кад када "
        "где овај ова ово они оне она он ми ви ти ја био била било били сам смо сте "
        "који која које још већ само много може треба ће би он она ми ви они ме ми нас вас их га сам си смо био њега њу њих овде сад зашто колико ко рекао ништа никад неко нека сутра данас такође јер док ако уместо пред преко према око због међу у где када колико мене тебе нас мој твој свој његов њен њихов онај такав свака сваки сви све опет имао нема има жели"
    ),
    "mk": (
        "е на во се да не и од со за што дека ќе ја го ги му ѝ им тоа таа тој тие "
        "како но или кога каде има нема беше биле бил била сум си сме сте овој оваа "
        "ова овие кој која кое кои многу само уште веќе сега тука таму треба може јас тој таа ние вие тие ме ми нè ве си беа неа него нив тука сега зошто колку рече вели ништо никогаш некој нека утре денес исто бидејќи додека ако дали наместо пред преку според околу поради меѓу мене тебе нас мој твој свој негов нејзин овој оној таков таква каков секој секоја сите сè пак сам биле имаше сака ниту туку кај ем значи"
    ),
    "kk": (
        "және мен бұл деп үшін бір да де ол олар біз сіз ал бар жоқ емес болып болды "
        "туралы сондай осы сол қазақ"
    ),
    "ky": (
        "жана менен бул деп үчүн бир да де ал алар биз сиз бар жок эмес болуп болду "
        "тууралуу ошол бардык кыргыз"
    ),
    "mn": (
        "нь ба бол байна энэ тэр юм болон гэж гэсэн биш бас их байгаа байсан монгол "
        "хот оны жил улс юу ямар"
    ),
}

_WORD_POINTS: dict[str, dict[str, float]] = {}
for _lang, _list in _WORDS.items():
    for _w in _list.split():
        _WORD_POINTS.setdefault(_w, {})[_lang] = _WORD_WEIGHT
# a word that several languages share tells less: divide its points among them
for _w, _by in _WORD_POINTS.items():
    for _lang in _by:
        _by[_lang] /= len(_by)
del _lang, _list, _w, _by

_LOGP: dict[str, dict[str, float]] = {}
for _lang, _table in _FREQ.items():
    _freq = {item[0]: float(item[1:]) for item in _table.split()}
    for _c in _ALPHABETS[_lang]:
        _freq.setdefault(_c, _RARE)
    _total = sum(_freq.values())
    _LOGP[_lang] = {c: math.log(f / _total) for c, f in _freq.items()}
_LOG_ABSENT = {lang: math.log(_ABSENT / 10_000) for lang in LANGUAGES}
del _lang, _table, _freq, _c, _total

_C = CYRILLIC_CLASS
_CYR_RE = CYRILLIC_RE
_WORD_RE = re.compile(f"[{_C}]+(?:['’ʼ][{_C}]+)*")
_APOSTROPHE_RE = re.compile(f"[{_C}]['’ʼ][{_C}]")
# letter pairs a language's spelling does not allow, and a few it favours (negative cost):
# (pattern, language, cost in nats)
_PAIRS = (
    (re.compile("ь(?!о)"), "bg", 6.0),  # Bulgarian ь only in ьо
    (re.compile("ъ(?![еёюя])"), "ru", 4.0),  # Russian ъ only before е ё ю я
    (re.compile(f"ъ(?![{_C}])"), "bg", 3.0),  # no final ъ since 1945
    (re.compile("ьо"), "bg", -6.0),  # шофьор, синьо: Bulgarian (a bonus)
    (re.compile("аа"), "mk", -1.0),  # таа, знаат: Macedonian
    (re.compile(f"(?<![{_C}])най-"), "bg", -2.5),  # най-големия
    (re.compile(f"(?<![{_C}])по-[{_C}]"), "bg", -1.0),  # по-добре
    (re.compile(f"[{_C}]-(?:то|нибудь|либо)(?![{_C}])"), "ru", -1.5),
)
#: Letters that only one of the languages uses: a short text with one of them needs no more.
_UNIQUE = {
    "ї": "uk",
    "є": "uk",
    "ґ": "uk",
    "ў": "be",
    "ђ": "sr",
    "ћ": "sr",
    "ѓ": "mk",
    "ќ": "mk",
    "ѕ": "mk",
    "ә": "kk",
    "ғ": "kk",
    "қ": "kk",
    "ұ": "kk",
    "һ": "kk",
}
_SHORT = 64  # characters: below this a unique letter decides at once
# Letters so frequent in a language that a text of _FEW letters or more without any of them is
# not in that language (ј alone is about 5 % of Serbian letters, ө ү about 4 % of Mongolian).
_SIGNATURE = {
    "sr": frozenset("ђћјљњџ"),
    "kk": frozenset("әғқңөұүһі"),
    "ky": frozenset("ңөү"),
    "mn": frozenset("өү"),
}
_FEW = 12  # letters: below this Russian is kept unless another language wins by MARGIN

# Word endings typical of one or two of the languages (points per word that ends so).
_ENDINGS: dict[str, dict[str, float]] = {
    "от": {"mk": 1.0},  # Macedonian definite article
    "ът": {"bg": 1.5},  # Bulgarian definite article
    "ят": {"bg": 0.5},
    "ата": {"bg": 0.5, "mk": 0.5},
    "ото": {"bg": 0.5, "mk": 0.5},
    "ите": {"bg": 0.5, "mk": 0.5},
    "ше": {"bg": 0.3, "mk": 0.3},
    "ша": {"mk": 0.5, "bg": 0.3},
    "ија": {"mk": 0.3},
    "ирам": {"bg": 1.5},
    "ого": {"ru": 0.6, "uk": 0.6},
    "его": {"ru": 0.6},
    "тся": {"ru": 1.0},
    "ться": {"ru": 0.6, "uk": 0.6},
    "ння": {"uk": 1.0},
    "ць": {"be": 1.0},
    "цца": {"be": 1.0},
    "нне": {"be": 1.0},
    "ог": {"sr": 0.8},
    "ије": {"sr": 1.0},
    "има": {"sr": 0.5},
    "ама": {"sr": 0.5},
    "ом": {"ru": 0.8},
    "ами": {"ru": 1.0},
    "ями": {"ru": 1.0},
    "ая": {"ru": 0.8},
    "яя": {"ru": 0.8},
    "ое": {"ru": 0.8},
    "ее": {"ru": 0.8},
    "ой": {"ru": 0.6},
    "ий": {"ru": 0.6},
    "ся": {"ru": 1.0},
    "ха": {"bg": 0.8},
    "ах": {"bg": 0.5},
    "ях": {"bg": 0.5},
    "ив": {"mk": 0.8},
    "ав": {"mk": 0.5},
    "вме": {"mk": 1.0},
    "иш": {"bg": 1.0, "mk": 0.5},
    "еш": {"bg": 1.0, "mk": 0.5},
    "аш": {"bg": 0.5, "mk": 0.3},
    "ме": {"bg": 0.5, "mk": 0.5},
    "ит": {"ru": 0.5},
    "ет": {"ru": 0.3},
    "ых": {"ru": 0.5},
    "ую": {"ru": 0.8},
    "ему": {"ru": 0.8},
    "ому": {"ru": 0.6, "uk": 0.4},
    "ции": {"ru": 0.3},
    "ия": {"bg": 0.3, "ru": 0.3},
    "ова": {"ru": 0.2, "bg": 0.2},
}
_ENDING_LENGTHS = sorted({len(e) for e in _ENDINGS}, reverse=True)


def scores(text: str) -> dict[str, float]:
    """Log-likelihood score of every language for ``text`` (higher is more likely).

    >>> s = scores("Мінск — сталіца Беларусі")
    >>> max(s, key=s.get)
    'be'
    """
    sample = text[:_SAMPLE].lower()
    counts = [(c, n) for c, n in Counter(sample).items() if _CYR_RE.match(c)]
    out: dict[str, float] = {}
    present = {c for c, _ in counts}
    many = sum(n for _, n in counts) >= _FEW
    for lang in LANGUAGES:
        logp = _LOGP[lang]
        absent = _LOG_ABSENT[lang]
        out[lang] = sum(n * logp.get(c, absent) for c, n in counts)
        signature = _SIGNATURE.get(lang)
        if many and signature is not None and not signature & present:
            out[lang] -= 50.0  # none of its most frequent own letters: not this language
    for pattern, lang, cost in _PAIRS:
        found = len(pattern.findall(sample))
        if found:
            out[lang] -= cost * found
    found = len(_APOSTROPHE_RE.findall(sample))
    if found:  # the apostrophe inside words: Ukrainian, Belarusian
        out["uk"] += 1.5 * found
        out["be"] += 1.5 * found
    for word in _WORD_RE.findall(sample):
        by = _WORD_POINTS.get(word)
        if by:
            for lang, pts in by.items():
                out[lang] += pts
        elif len(word) > 3:
            for k in _ENDING_LENGTHS:
                end = _ENDINGS.get(word[-k:])
                if end:
                    for lang, pts in end.items():
                        out[lang] += pts
                    break
    return out


def _decide(s: dict[str, float], letters: int) -> str:
    best = max(LANGUAGES, key=s.__getitem__)  # max keeps the first of equal scores
    margin = MARGIN if letters < _FEW else _PRIOR
    if best != DEFAULT and s[best] - s[DEFAULT] < margin:
        return DEFAULT
    return best


def _letters(text: str) -> int:
    return len(_CYR_RE.findall(text[:_SAMPLE]))


def detect(text: str) -> str:
    """Language code of ``text``: one of :data:`LANGUAGES`, or ``'und'`` without Cyrillic.

    A text with Cyrillic but no evidence for any language gives :data:`DEFAULT`.

    >>> detect("Москва — столица России")
    'ru'
    >>> detect("Мінск — сталіца Беларусі")
    'be'
    >>> detect("Ђорђе Јовановић")
    'sr'
    """
    if len(text) < _SHORT:
        return _detect_short(text)
    return _detect(text)


@functools.lru_cache(maxsize=1 << 15)
def _detect_short(text: str) -> str:
    """:func:`_detect` for short texts (names, titles), memoised: romanize calls it each time."""
    if not _CYR_RE.search(text):
        return "und"
    found = {_UNIQUE[c] for c in text.lower() if c in _UNIQUE}
    if len(found) == 1:
        return found.pop()
    return _detect(text)


def _detect(text: str) -> str:
    if not _CYR_RE.search(text):
        return "und"
    return _decide(scores(text), _letters(text))


def detect_or_default(text: str) -> str:
    """:func:`detect`, with :data:`DEFAULT` (Russian) for text without Cyrillic.

    This is what ``romanize(text, lang="auto")`` uses.

    >>> detect_or_default("Moscow")
    'ru'
    """
    if not _CYR_RE.search(text):
        return DEFAULT
    return detect(text)


class Span(NamedTuple):
    """A stretch ``text[start:end]`` of one language (``'und'``: no Cyrillic in it)."""

    start: int
    end: int
    lang: str


_SENTENCE_RE = re.compile(r"[^.!?…\n]*(?:[.!?…]+|\n+|$)")


def detect_spans(text: str) -> list[Span]:
    """Cut ``text`` into runs of one language, sentence by sentence, covering all of it.

    Each sentence (or line) is detected on its own; a fragment too short to carry evidence
    (fewer than 12 letters: "Да.", a name) joins the language of the sentence before it (or
    after it, at the start); stretches without Cyrillic are ``'und'``. Adjacent pieces of one
    language are merged.

    >>> text = "Київ — столиця України. Москва — столица России."
    >>> [(text[s:e], lang) for s, e, lang in detect_spans(text)]
    [('Київ — столиця України. ', 'uk'), ('Москва — столица России.', 'ru')]
    """
    pieces: list[tuple[int, int, str | None]] = []
    for m in _SENTENCE_RE.finditer(text):
        start, end = m.span()
        if start == end:
            continue
        # trailing spaces belong to the sentence before them
        while end < len(text) and text[end] == " ":
            end += 1
        if pieces and start < pieces[-1][1]:
            start = pieces[-1][1]
            if start >= end:
                continue
        chunk = text[start:end]
        if not _CYR_RE.search(chunk):
            lang: str | None = "und"
        else:
            letters = _letters(chunk)
            lang = _decide(scores(chunk), letters) if letters >= _FEW else None
        pieces.append((start, end, lang))
    # sentences without evidence take the language of their neighbours
    known = [p[2] for p in pieces if p[2] is not None and p[2] != "und"]
    last = known[0] if known else DEFAULT
    spans: list[Span] = []
    for start, end, found in pieces:
        if found is None:
            lang = last
        else:
            lang = found
            if found != "und":
                last = found
        if spans and spans[-1].lang == lang:
            spans[-1] = Span(spans[-1].start, end, lang)
        elif spans and lang == "und" and not text[start:end].strip():
            spans[-1] = Span(spans[-1].start, end, spans[-1].lang)
        else:
            spans.append(Span(start, end, lang))
    if spans and spans[-1].end < len(text):
        spans[-1] = Span(spans[-1].start, len(text), spans[-1].lang)
    return spans
