"""glossary qa: a translation checked against the glossary (translit.glossary.check_translation,
translit.io.pairs.read_pairs, ``translit glossary qa``).

The pairs: sentences of UD_Russian-GSD (CC BY-SA 4.0) and UD_Ukrainian-IU (CC BY-NC-SA 4.0),
as /work/shared/corpus/SOURCES.md names them, each with its line number there, translated
into French or German for this test, some with a deliberate fault: a term left out, a
deprecated term, a name misspelt; the others are correct translations, some with the term
inflected (des Kalten Krieges, Hitlers) or in another case (Armée Rouge, la mer Noire).
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from test_any_input import TEXT

from translit.cli import cli
from translit.errors import TranslitError
from translit.glossary import (
    Concept,
    Glossary,
    QaFinding,
    Term,
    check_translation,
    load,
    shipped,
    shipped_path,
)
from translit.io.pairs import Segment, read_pairs, xliff_languages
from translit.io.textio import InputError

MISSING, FORBIDDEN, MISSPELLED = "missing", "forbidden", "misspelled"

# (source language, UD line, source, target language, target, {(kind, concept)} expected)
PAIRS = [
    ("ru", 15, "Участник Великой Отечественной войны с июня 1941 года.", "fr",
     "Participant de la Grande Guerre patriotique depuis juin 1941.", set()),
    ("ru", 794, "В боях Великой Отечественной войны с июля 1942 года.", "fr",
     "Dans les combats de la guerre germano-soviétique depuis juillet 1942.",
     {(MISSING, "great-patriotic-war")}),
    ("ru", 378, "В том же 1932 году был призван в Красную Армию.", "fr",
     "La même année 1932, il fut appelé dans l'Armée rouge.", set()),
    ("ru", 708, "В 1932 -- 1933 годах проходил срочную службу в Красной Армии.", "fr",
     "En 1932-1933, il fit son service militaire dans l'armée soviétique.",
     {(MISSING, "red-army")}),
    ("ru", 484, "С 1968 по 1970 год служил в Советской Армии в должности начальника "
     "войскового клуба, где начал делать первые попытки писать песни.", "fr",
     "De 1968 à 1970, il servit dans l'Armée soviétique comme chef du club de l'unité, où "
     "il fit ses premiers essais d'écriture de chansons.", set()),
    ("ru", 449, "Тем не менее движение существовало до конца существования Третьего рейха.",
     "fr", "Le mouvement exista néanmoins jusqu'à la fin du Troisième Reich.", set()),
    ("ru", 449, "Тем не менее движение существовало до конца существования Третьего рейха.",
     "de", "Dennoch bestand die Bewegung bis zum Ende des Dritten Reichs.",
     {(FORBIDDEN, "nazi-germany")}),
    ("ru", 554, "В городе был Юрий Гагарин.", "fr",
     "Iouri Gagarine est venu dans la ville.", {(MISSPELLED, "person-yuri-gagarin")}),
    ("ru", 821, "Однажды он прислал Пушкину мемуары сестры (с тоски стала писать) и Пушкин "
     "оценил оригинальность этих записок.", "fr",
     "Un jour, il envoya à Pouchkine les mémoires de sa sœur (elle s'était mise à écrire par "
     "ennui), et Pouchkine apprécia l'originalité de ces notes.", set()),
    ("ru", 839, "В свою очередь, Керенский объявил Корнилова мятежником и отстранил от "
     "должности.", "fr",
     "À son tour, Kerensky déclara Kornilov rebelle et le démit de ses fonctions.",
     {(MISSPELLED, "person-kerensky")}),
    ("ru", 1084, "См. также: Красная армия", "fr", "Voir aussi : Armée Rouge", set()),
    ("ru", 840, "Обладателем Кубка в третий раз в своей истории стала сборная СССР.", "fr",
     "L'équipe d'URSS remporta la Coupe pour la troisième fois de son histoire.", set()),
    ("ru", 972, "В 1470-х годах он воевал против турок в Крыму.", "fr",
     "Dans les années 1470, il combattit les Turcs en Crimée.", set()),
    ("ru", 830, "На роль противоположного Петербургу пограничного центра, естественно, "
     "начинает претендовать Владивосток.", "fr",
     "Vladivostok commence naturellement à prétendre au rôle de centre frontalier opposé "
     "à Pétersbourg.", set()),
    ("ru", 1017, "Расположен на правом берегу реки Псезуапсе, в 15 км от берега Чёрного моря.",
     "fr", "Situé sur la rive droite de la Psézouapsé, à 15 km de la côte de la mer Noire.",
     set()),
    ("ru", 204, "Эта башня является самой узнаваемой достопримечательностью на северо-западе "
     "тихоокеанского побережья США и символом Сиэтла.", "fr",
     "Cette tour est le monument le plus reconnaissable du nord-ouest de la côte pacifique "
     "des USA et le symbole de Seattle.", {(MISSING, "acronym-usa")}),
    ("ru", 1021, "Он служил на авианосце USS Forrestal в северной Атлантике, в Средиземном "
     "море и в Индийском океане.", "fr",
     "Il servit sur le porte-avions USS Forrestal dans l'Atlantique Nord, en mer "
     "Méditerranée et dans l'océan Indien.", set()),
    ("ru", 6, "Безгачиха -- деревня в Бабушкинском районе Вологодской области.", "de",
     "Besgatschicha ist ein Dorf im Rajon Babuschkino der Oblast Wologda.", set()),
    ("ru", 1143, "Поповское -- деревня в Великоустюгском районе Вологодской области.", "de",
     "Popowskoje ist ein Dorf im Rajon Weliki Ustjug des Gebiets Wologda.",
     {(MISSING, "place-vologda-oblast")}),
    ("ru", 399, "История описывает исход Холодной войны посредством вмешательства в неё "
     "супергероев, а также дальнейшее развитие.", "de",
     "Die Geschichte beschreibt den Ausgang des Kalten Krieges durch das Eingreifen von "
     "Superhelden sowie die weitere Entwicklung.", set()),
    ("ru", 755, "Служил в королевской пехоте Великобритании на Второй мировой войне.", "de",
     "Er diente im Zweiten Weltkrieg gegen das Dritte Reich in der königlichen Infanterie "
     "Großbritanniens.", {(FORBIDDEN, "nazi-germany")}),
    ("ru", 691, "Взгляды Карлейля в чём-то предвосхитили воззрения Ницше с его культом "
     "сверхчеловека, а через него -- Гитлера и других фашистских идеологов.", "de",
     "Carlyles Ansichten nahmen in manchem die Anschauungen Nietzsches mit seinem "
     "Übermenschenkult vorweg, und über ihn die Hitlers und anderer faschistischer "
     "Ideologen.", set()),
    ("ru", 1090, "Умерла Рипсимэ Микаэловна Джанполадян-Пиотровская 1 сентября 2004 года в "
     "Санкт-Петербурге.", "de",
     "Ripsime Mikaelowna Dschanpoladjan-Piotrowskaja starb am 1. September 2004 in Sankt "
     "Peterburg.", {(MISSPELLED, "place-saint-petersburg")}),
    ("ru", 1174, "10 декабря в Перми прошла несогласованная акция против итогов выборов.",
     "de", "Am 10. Dezember fand in Perm eine nicht genehmigte Aktion gegen die "
     "Wahlergebnisse statt.", set()),
    ("ru", 405, "Главные персонажи его комедий -- паразиты, льстивые хитрые рабы, "
     "хвастливые воины (продукт дальних походов Александра Македонского) и т. п.", "de",
     "Die Hauptfiguren seiner Komödien sind Parasiten, schmeichlerische listige Sklaven, "
     "prahlerische Krieger (ein Ergebnis der fernen Feldzüge Alexanders des Großen) usw.",
     set()),
    ("uk", 98, "Бабцю Зоню заарештували під час розробки спецоперації з ліквідації Роберта, "
     "визначного керівника УПА.", "fr",
     "Grand-mère Zonia fut arrêtée lors de la préparation d'une opération spéciale visant à "
     "liquider Robert, un éminent dirigeant de l'UPA.", set()),
    ("uk", 729, "А добилася УПА цих успіхів у таких умовинах, яких дотепер не знала історія "
     "людства.", "de",
     "Und die UPA errang diese Erfolge unter Bedingungen, die die Geschichte der Menschheit "
     "bis dahin nicht kannte.", set()),
    ("uk", 95, "Дзядзя взяли як такого, що був на роботах у Німеччині, і відправили у Читу.",
     "fr", "On prit le grand-père pour quelqu'un qui avait travaillé en Allemagne, et on "
     "l'envoya à Chita.", {(MISSPELLED, "place-chita")}),
    ("uk", 842, "А звідти, як пише батько, його етапують до Бухенвальда.", "de",
     "Und von dort, wie der Vater schreibt, wird er nach Buchenwald überstellt.", set()),
    ("uk", 841, "Кінець кінцем там з нього вибили правду про табори, адже він мав номер із "
     "Освенцима.", "fr",
     "Finalement, on lui arracha la vérité sur les camps, car il avait un numéro "
     "d'Auschvitz.", {(MISSPELLED, "place-auschwitz")}),
    ("uk", 856, "Андрій Ющенко був одним із 102 радянських в’язнів, які уціліли у "
     "Фльосенбурзі.", "de",
     "Andrij Juschtschenko war einer von 102 sowjetischen Häftlingen, die in Flossenbürg "
     "überlebten.", set()),
    ("uk", 660, "«Людям дедалі важче дивитися одне одному в очі», — каже курдський активіст "
     "із Кельна Джахіт Базар.", "de",
     "„Es fällt den Menschen immer schwerer, einander in die Augen zu sehen“, sagt der "
     "kurdische Aktivist Cahit Bazar aus Koeln.", {(MISSPELLED, "place-cologne")}),
    ("uk", 344, "Тривалий час Кадар займався гандболом, що, враховуючи його габарити (нині "
     "зріст Тамаша – 188 сантиметрів), дивним аж ніяк не є.", "fr",
     "Pendant longtemps, Kadar a fait du handball, ce qui, vu son gabarit (Tamás mesure "
     "aujourd'hui 188 centimètres), n'a rien d'étonnant.", {(MISSPELLED, "person-kadar")}),
    ("uk", 668, "У Кельні вона збудувала імпозантну, найбільшу в Німеччині мечеть.", "fr",
     "À Cologne, elle a construit une mosquée imposante, la plus grande d'Allemagne.", set()),
]  # fmt: skip


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return shipped()


@pytest.mark.parametrize(("source", "line", "src", "target", "tgt", "expected"), PAIRS)
def test_ud_pairs_give_the_faults_put_in_and_no_other(
    glossary: Glossary,
    source: str,
    line: int,
    src: str,
    target: str,
    tgt: str,
    expected: set[tuple[str, str]],
) -> None:
    found = check_translation([(line, src, tgt)], glossary, source, target)
    assert {(f.kind, f.concept) for f in found} == expected, [str(f) for f in found]
    assert all(f.segment == line for f in found)


def test_a_finding_says_what_was_expected_and_found(glossary: Glossary) -> None:
    pairs = [
        ("В городе был Юрий Гагарин.", "Iouri Gagarine est venu dans la ville."),
        ("В боях Великой Отечественной войны.", "Dans les combats de la guerre."),
        ("До конца Третьего рейха.", "Bis zum Ende des Dritten Reichs."),
    ]
    fr = check_translation(pairs[:2], glossary, "ru", "fr")
    assert fr == [
        QaFinding(1, MISSPELLED, "person-yuri-gagarin", "Юрий Гагарин", ("Youri Gagarine",),
                  "Iouri Gagarine"),
        QaFinding(2, MISSING, "great-patriotic-war", "Великой Отечественной войны",
                  ("Grande Guerre patriotique",), ""),
    ]  # fmt: skip
    (de,) = check_translation(pairs[2:], glossary, "ru", "de")
    assert (de.kind, de.found, de.source) == (FORBIDDEN, "Dritten Reichs", "Третьего рейха")
    assert de.expected[0] == "nationalsozialistisches Deutschland"


def test_a_deprecated_term_no_source_term_asked_for_is_flagged() -> None:
    c = Concept("kyiv", terms=[Term("Київ", "uk"), Term("Kyjiw", "de"),
                               Term("Kiew", "de", status="deprecated")])  # fmt: skip
    (f,) = check_translation([("Тут", "Er lebte in Kiew.")], Glossary([c]), "uk", "de")
    assert (f.kind, f.source, f.expected, f.found) == (FORBIDDEN, "", ("Kyjiw",), "Kiew")
    assert check_translation([("У Києві", "In Kyjiw")], Glossary([c]), "uk", "de") == []


def test_a_spelling_copied_from_the_source_is_no_finding(glossary: Glossary) -> None:
    copied = ("Персонажи скетчкома «Наша Russia».", "Figuren der Sketch-Show „Nascha Russia“.")
    assert check_translation([copied], glossary, "ru", "de") == []
    (f,) = check_translation(
        [("Персонажи скетчкома.", "Figuren aus Russia.")], glossary, "ru", "de"
    )
    assert (f.kind, f.concept, f.source, f.found) == (MISSPELLED, "place-russia", "", "Russia")


def test_options_turn_inflection_and_name_keys_off(glossary: Glossary) -> None:
    pair = [("Холодная война", "Der Ausgang des Kalten Krieges")]
    assert check_translation(pair, glossary, "ru", "de") == []
    (f,) = check_translation(pair, glossary, "ru", "de", inflect=False)
    assert f.kind == MISSING
    pair = [("Керенский", "Kerensky")]
    assert [f.kind for f in check_translation(pair, glossary, "ru", "fr")] == [MISSPELLED]
    no_keys = check_translation(pair, glossary, "ru", "fr", name_keys=False)
    assert [(f.kind, f.found) for f in no_keys] == [(MISSING, "")]


@pytest.mark.parametrize(
    ("source", "target", "why"),
    [("ru", "it", "no term in the target"), ("sw", "fr", "no term in the source"),
     ("ru", "xx", "names a language"),
     ("ru", "ru", "one language"), ("", "fr", "names a language")],
)  # fmt: skip
def test_languages_are_checked(source: str, target: str, why: str) -> None:
    g = load(shipped_path("ww2-roa.tbx"))
    with pytest.raises(TranslitError, match=why):
        check_translation([("РОА", "ROA")], g, source, target)


@pytest.mark.parametrize("pairs", ["РОА", [("РОА",)], [["РОА", "ROA"]], [(1.5, "a", "b")]])
def test_pairs_are_tuples_of_text(pairs: object) -> None:
    g = load(shipped_path("ww2-roa.tbx"))
    with pytest.raises(TypeError, match="pairs"):
        check_translation(pairs, g, "ru", "fr")  # type: ignore[arg-type]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(TEXT, TEXT), max_size=4))
def test_any_pairs_give_findings_of_their_segments(pairs: list[tuple[str, str]]) -> None:
    g = load(shipped_path("ww2-roa.tbx"))
    found = check_translation(pairs, g, "ru", "fr")
    for f in found:
        assert 1 <= f.segment <= len(pairs)
        assert f.kind in ("missing", "forbidden", "misspelled", "count")
        assert f.found in pairs[f.segment - 1][1]
        assert not f.source or f.source in pairs[f.segment - 1][0]


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_a_term_translated_by_its_preferred_term_is_no_finding(data: st.DataObject) -> None:
    """The invariant: a source term whose target segment is the concept's preferred target
    term, as the glossary writes it, gives no finding of that concept."""
    g = load(shipped_path("ww2-roa.tbx"))
    concepts = [c for c in g.concepts if c.preferred("ru") and c.preferred("de")]
    c = data.draw(st.sampled_from(concepts))
    src, tgt = c.preferred("ru"), c.preferred("de")
    assert src is not None and tgt is not None
    found = check_translation([(src.text, tgt.text)], g, "ru", "de")
    assert [f for f in found if f.concept == c.id] == []


# --- the reader ---


def test_a_table_is_read_with_its_lines(tmp_path: Path) -> None:
    p = tmp_path / "pairs.csv"
    p.write_text('\ufeffru,fr\n"РОА,\nи ВС","ROA,\net FA"\n\nВласов,Vlassov\n', "utf-8")
    assert list(read_pairs(str(p), langs=("ru", "fr"))) == [
        Segment(2, "РОА,\nи ВС", "ROA,\net FA"),
        Segment(6, "Власов", "Vlassov"),  # (the record before holds lines 2 to 4)
    ]
    named = list(read_pairs(str(p), columns=("FR", "ru")))
    assert named[1] == Segment(6, "Vlassov", "Власов")
    with pytest.raises(InputError, match="no column 'de'"):
        list(read_pairs(str(p), columns=("ru", "de")))


CELL = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=40)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(CELL, CELL), max_size=6), st.sampled_from([",", ";"]))
def test_any_csv_rows_come_back_with_the_lines_they_start_at(
    rows: list[tuple[str, str]], delimiter: str
) -> None:
    """The invariant: what the csv module writes, read_pairs reads back (blank rows skipped),
    each with the line its record starts at."""
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=delimiter)  # (CRLF: a CR in a cell is quoted)
    writer.writerow(["source", "target"])
    starts = []
    for row in rows:
        starts.append(buf.getvalue().count("\n") + 1)
        writer.writerow(row)
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "pairs.csv")
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(buf.getvalue())
        got = list(read_pairs(path, delimiter=delimiter))
    want = [
        Segment(line, *row)
        for line, row in zip(starts, rows, strict=True)
        if any(cell.strip() for cell in row)
    ]
    assert got == want


def test_a_table_without_a_header_starts_at_line_one(tmp_path: Path) -> None:
    p = tmp_path / "pairs.txt"
    p.write_text("РОА\tROA\tnote\nГУЛАГ\n", "utf-8")
    got = read_pairs(str(p))
    assert next(got) == Segment(1, "РОА", "ROA")
    with pytest.raises(InputError, match="1 column") as exc:
        next(got)
    assert exc.value.line == 2


def test_a_tsv_has_no_quoting_and_a_csv_quote_left_open_is_an_error(tmp_path: Path) -> None:
    tsv = tmp_path / "pairs.tsv"
    tsv.write_text('ru\tfr\n"Наша Russia" и РОА\t"Nacha Russia" et la ROA\n', "utf-8")
    assert list(read_pairs(str(tsv), langs=("ru", "fr"))) == [
        Segment(2, '"Наша Russia" и РОА', '"Nacha Russia" et la ROA')
    ]
    csv = tmp_path / "pairs.csv"
    csv.write_text('ru,fr\n"РОА, ROA\nГУЛАГ,Goulag\n', "utf-8")
    with pytest.raises(InputError, match="not a valid table row") as exc:
        list(read_pairs(str(csv)))
    assert exc.value.line == 2


def test_two_files_are_paired_by_line(tmp_path: Path) -> None:
    a, b = tmp_path / "ru.txt", tmp_path / "fr.txt"
    a.write_text("РОА\r\n\r\nВласов\r\n", "utf-8")
    b.write_text("ROA\n\nVlassov\n", "utf-8")
    assert list(read_pairs(str(a), str(b))) == [
        Segment(1, "РОА", "ROA"),
        Segment(3, "Власов", "Vlassov"),
    ]
    b.write_text("ROA\n", "utf-8")
    with pytest.raises(InputError, match=r"fr\.txt' ends before line 2") as exc:
        list(read_pairs(str(a), str(b)))
    assert exc.value.line == 2


XLIFF_12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file source-language="ru" target-language="fr" datatype="plaintext" original="a.txt">
  <body>
   <trans-unit id="1">
    <source>Генерал <g id="b">Власов</g> создал <ph id="p">&lt;br/&gt;</ph>РОА.</source>
    <target>Le général <g id="b">Wlassov</g> fonda la <ph id="p">&lt;br/&gt;</ph>ROA.</target>
   </trans-unit>
   <trans-unit id="2"><source>Бойцы Красной армии.</source></trans-unit>
  </body>
 </file>
</xliff>
"""
XLIFF_20 = """<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ru"
 trgLang="de"><file id="f"><unit id="u">
  <segment><source>Бойцы <pc id="1">Красной армии</pc>.</source>
   <target>Soldaten der <pc id="1">Sowjetarmee</pc><cp hex="1F"/>.</target></segment>
  <segment><source>В ГУЛАГе<ph id="2"/></source><target>Im Gulag<ph id="2"/></target></segment>
</unit></file></xliff>
"""


def test_xliff_segments_are_read_without_their_codes(tmp_path: Path) -> None:
    a, b = tmp_path / "a.xlf", tmp_path / "b.xliff"
    a.write_text(XLIFF_12, "utf-8")
    b.write_text(XLIFF_20, "utf-8")
    assert list(read_pairs(str(a))) == [
        Segment(5, "Генерал Власов создал РОА.", "Le général Wlassov fonda la ROA."),
        Segment(9, "Бойцы Красной армии.", ""),
    ]
    assert list(read_pairs(str(b))) == [
        Segment(3, "Бойцы Красной армии.", "Soldaten der Sowjetarmee\x1f."),
        Segment(5, "В ГУЛАГе", "Im Gulag"),
    ]
    code, _, err = _qa(str(a), "--source-lang", "ru", "-t", "fr", "--columns", "1,2")
    assert (code, err) == (
        2,
        "translit: error: --columns and --delimiter read a PAIRS table; with an XLIFF file "
        "drop them\n",
    )
    b.write_text("<tbx/>", "utf-8")
    with pytest.raises(InputError, match="root is <xliff>, not <tbx>"):
        list(read_pairs(str(b)))
    b.write_text('<!DOCTYPE x [<!ENTITY a "b">]><xliff>&a;</xliff>', "utf-8")
    with pytest.raises(TranslitError, match="refused"):
        list(read_pairs(str(b)))


def test_an_untranslated_segment_is_no_finding(tmp_path: Path) -> None:
    a = tmp_path / "a.xlf"
    a.write_text(XLIFF_12, "utf-8")
    code, out, _ = _qa(str(a), "--source-lang", "ru", "-t", "fr")
    assert code == 1
    assert out == (
        f"{a}:5: misspelled: Власов (vlasov): expected Andreï Vlassov | Andreï Andreïevitch "
        "Vlassov | Vlassov; found Wlassov\n"
    )


# --- the command ---


def _qa(*args: str) -> tuple[int, str, str]:
    res = CliRunner().invoke(cli, ["glossary", "qa", *args])
    return res.exit_code, res.stdout, res.stderr


def test_the_command_exits_0_clean_1_findings(tmp_path: Path) -> None:
    p = tmp_path / "pairs.tsv"
    p.write_text("ru\tfr\nГенерал Власов\tLe général Vlassov\n", "utf-8")
    assert _qa(str(p), "--source-lang", "ru", "-t", "fr") == (0, "", "")
    p.write_text("ru\tfr\nГенерал Власов\tLe général Wlassov\nРОА\tl'armée\n", "utf-8")
    code, out, _ = _qa(str(p), "--source-lang", "ru", "-t", "fr")
    assert code == 1
    assert out.splitlines() == [
        f"{p}:2: misspelled: Власов (vlasov): expected Andreï Vlassov | Andreï Andreïevitch "
        "Vlassov | Vlassov; found Wlassov",
        f"{p}:3: missing: РОА (roa): expected Armée de libération russe | ROA | armée Vlassov",
    ]
    code, out, _ = _qa(str(p), "--source-lang", "ru", "-t", "fr", "--format", "json")
    rows = json.loads(out)
    assert code == 1
    assert [(r["file"], r["segment"], r["kind"], r["found"]) for r in rows] == [
        (str(p), 2, "misspelled", "Wlassov"),
        (str(p), 3, "missing", ""),
    ]


def test_the_command_reads_two_files(tmp_path: Path) -> None:
    a, b = tmp_path / "ru.txt", tmp_path / "de.txt"
    a.write_text("Бойцы Красной армии.\nРОА\n", "utf-8")
    b.write_text("Soldaten der Roten Armee.\nRussische Befreiungsarmee\n", "utf-8")
    assert _qa(str(a), str(b), "--source-lang", "ru", "-t", "de")[0] == 0
    b.write_text("Soldaten der Sowjetarmee.\n", "utf-8")
    code, _, err = _qa(str(a), str(b), "--source-lang", "ru", "-t", "de")
    assert code == 2
    assert "ends before line 2" in err


@pytest.mark.parametrize(
    ("args", "why"),
    [
        (["--source-lang", "ru"], "Missing option '-t'"),
        (["--source-lang", "ru", "-t", "sw"], "no term in the target language 'sw'"),
        (["--source-lang", "ru", "-t", "xx"], "--target names a language"),
        (["--source-lang", "ru", "-t", "fr", "--columns", "ru"], "--columns is SOURCE,TARGET"),
        (["--source-lang", "ru", "-t", "fr", "--columns", "ru,de"], "no column 'de'"),
        (["--source-lang", "ru", "-t", "fr", "--delimiter", "ab"], "--delimiter is one character"),
        (["--source-lang", " ", "-t", "fr"], "--source-lang names a language"),
        (["--source-lang", "r u", "-t", "fr"], "--source-lang names a language"),
        (["--source-lang", "sw", "-t", "fr"], "give --source-lang one of those"),
        (
            ["--source-lang", "ru", "-t", "fr", "-g", "-", "-"],
            "-g -: standard input holds the pairs",
        ),
    ],
)
def test_the_command_exits_2_on_usage(tmp_path: Path, args: list[str], why: str) -> None:
    p = tmp_path / "pairs.tsv"
    p.write_text("ru\tfr\nРОА\tROA\n", "utf-8")
    code, _, err = _qa(str(p), *args)
    assert code == 2, err
    assert why in err


# --- an XLIFF file's declared languages (qa44) ---


def test_xliff_languages_are_read_per_file(tmp_path: Path) -> None:
    a, b = tmp_path / "a.xlf", tmp_path / "b.xliff"
    a.write_text(XLIFF_12, "utf-8")
    b.write_text(XLIFF_20, "utf-8")
    assert xliff_languages(str(a)) == [(3, "ru", "fr")]
    # (the line where its start tag ends, as lxml counts)
    assert xliff_languages(str(b)) == [(2, "ru", "de")]
    two = XLIFF_12.replace("</xliff>", '<file source-language="uk" original="b.txt">'
                           "<body/></file>\n</xliff>")  # fmt: skip
    a.write_text(two, "utf-8")
    assert xliff_languages(str(a)) == [(3, "ru", "fr"), (12, "uk", "")]


def test_an_xliff_file_declaring_other_languages_is_warned_of_once(tmp_path: Path) -> None:
    a = tmp_path / "a.xlf"
    a.write_text(XLIFF_12.replace('target-language="fr"', 'target-language="de"'), "utf-8")
    code, out, err = _qa(str(a), "--source-lang", "ru", "-t", "fr")
    assert code == 1  # (checked as the options say: Wlassov is still no Vlassov)
    assert "misspelled" in out
    assert err == (
        f"translit: warning: {a}:3: <file> declares the target language 'de', not the 'fr' of "
        "-t/--target: checked into 'fr'; drop -t/--target to check it as the file declares, "
        "or correct the file\n"
    )
    assert _qa(str(a), "--source-lang", "ru", "-t", "de")[2] == ""  # (as declared: no warning)
    two = XLIFF_12.replace("</xliff>", '<file source-language="ru" target-language="de" '
                           'original="b.txt"><body/></file>\n</xliff>')  # fmt: skip
    a.write_text(two, "utf-8")
    assert _qa(str(a))[2] == (
        f"translit: warning: {a}:12: <file> declares the target language 'de', not the 'fr' the "
        "first <file> declares: checked into 'fr'; check it alone, or give -t/--target, or "
        "correct the file\n"
    )


def test_languages_an_xliff_file_declares_stand_for_omitted_options(tmp_path: Path) -> None:
    a = tmp_path / "a.xlf"
    a.write_text(XLIFF_12, "utf-8")
    assert _qa(str(a)) == _qa(str(a), "--source-lang", "ru", "-t", "fr")
    assert _qa(str(a))[:2] == (1, f"{a}:5: misspelled: Власов (vlasov): expected Andreï Vlassov"
                               " | Andreï Andreïevitch Vlassov | Vlassov; found Wlassov\n")  # fmt: skip
    a.write_text(XLIFF_12.replace(' target-language="fr"', ""), "utf-8")
    code, _, err = _qa(str(a))
    assert code == 2
    assert "Missing option '-t' / '--target'" in err
    assert "declares no target language" in err
    p = tmp_path / "pairs.tsv"
    p.write_text("ru\tfr\nРОА\tROA\n", "utf-8")
    code, _, err = _qa(str(p), "-t", "fr")
    assert code == 2
    assert "Missing option '--source-lang'" in err


# --- counts (qa44) ---


def test_a_term_said_more_often_than_translated_is_a_count_finding() -> None:
    g = load(shipped_path("ww2-roa.tbx"))
    pairs = [
        ("Генерал Власов создал РОА. Позже Власова казнили.",  # (a case form counts)
         "Le général Vlassov fonda la ROA. Plus tard, il fut exécuté."),
        ("Генерал Власов создал РОА. Позже Власова казнили.",
         "Le général Vlassov fonda la ROA. Plus tard, Vlassov fut exécuté."),
        ("Генерал Власов создал РОА.", "Le général Vlassov fonda la ROA ; Vlassov la mena."),
    ]  # fmt: skip
    (f,) = check_translation(pairs, g, "ru", "fr")
    assert (f.segment, f.kind, f.concept, f.source, f.found) == (1, "count", "vlasov", "Власов",
                                                                 "Vlassov")  # fmt: skip
    assert (f.in_source, f.in_target) == (2, 1)
    assert str(f).startswith("1: count: Власов (vlasov): 2 in source, 1 in target: expected ")
    assert f.to_dict()["in_source"] == 2
    assert "in_source" not in QaFinding(3, "missing", "roa", "РОА", ("ROA",), "").to_dict()


def test_no_count_finding_where_the_target_writes_the_concept_otherwise_too() -> None:
    g = load(shipped_path("ww2-roa.tbx"))
    # (once as the glossary writes it, once by its name key: the target's count is unsure;
    # the other spelling is a misspelling, forms46)
    pair = ("Власов создал РОА. Позже Власова казнили.",
            "Vlassov fonda la ROA. Plus tard, Wlassov fut exécuté.")  # fmt: skip
    found = check_translation([pair], g, "ru", "fr")
    assert [(f.kind, f.found) for f in found] == [("misspelled", "Wlassov")]
    pair = ("Власов создал РОА. Позже Власова казнили.", "Vlassov fonda la ROA.")
    assert [f.kind for f in check_translation([pair], g, "ru", "fr")] == ["count"]


def test_a_directory_as_pairs_gets_translits_message(tmp_path: Path) -> None:
    p = tmp_path / "pairs.tsv"
    p.write_text("ru\tfr\nРОА\tROA\n", "utf-8")
    for args in ([str(tmp_path)], [str(p), str(tmp_path)], [str(tmp_path / "d.xlf")]):
        (tmp_path / "d.xlf").mkdir(exist_ok=True)
        code, out, err = _qa(*args, "--source-lang", "ru", "-t", "fr")
        assert (code, out) == (2, "")
        assert err == (
            f"translit: error: {args[-1]}: is a directory: PAIRS is a file (a table or an XLIFF "
            "file), TARGET_FILE a text file\n"
        )
