"""Metric lines in other languages: read in rough English through knowledge/glossary, judged like English ones."""

from __future__ import annotations

import pytest
import yaml

from assistant.errors import KnowledgeError
from assistant.knowledge import load_knowledge
from assistant.pipeline import validate_kpi
from assistant.translate import Translator


@pytest.fixture(scope="module")
def translator() -> Translator:
    return Translator(load_knowledge().glossaries)


def _rules(findings) -> set[str]:
    return {f.rule for f in findings}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Número de llamadas realizadas por semana", "activity_count"),
        ("Anzahl der Kundenbesuche pro Monat", "activity_count"),
        ("Aantal klantbezoeken per week", "activity_count"),
        ("Liczba spotkań z klientami w tygodniu", "activity_count"),
        ("Nombre d'heures supplémentaires par mois", "effort_based"),
        ("Ore di straordinario effettuate", "effort_based"),
        ("Capturas de ecrã aleatórias do computador do colaborador", "surveillance"),
        ("Erfassung der Mausbewegungen am Arbeitsplatz", "surveillance"),
        ("Antal kundbesök per vecka", "activity_count"),
        ("Fazla mesai saatleri", "effort_based"),
        # languages written without spaces, in other scripts, or with vowel signs Python does not count as letters
        ("顧客訪問件数 月50件", "activity_count"),
        ("每周拜访客户次数", "activity_count"),
        ("월 초과근무 시간 25시간 이상", "effort_based"),
        ("Havi ügyfélhívások száma", "activity_count"),
        ("Παρακολούθηση οθόνης των υπαλλήλων", "surveillance"),
        ("عدد الزيارات اليومية للعملاء", "activity_count"),
        ("प्रतिदिन किए गए कॉल की संख्या", "activity_count"),
        ("har din bheje gaye emails ki sankhya", "activity_count"),
        # results stay results
        ("Tasa de reclamaciones por debajo del 1 % de los pedidos", None),
        ("Anteil der Lieferungen pünktlich und vollständig", None),
        ("Taux de satisfaction des clients supérieur à 90 %", None),
        ("顧客満足度 90%以上", None),
        ("समय पर डिलीवरी दर 98% से अधिक", None),
        ("Az ügyfélpanaszok aránya 1% alatt", None),
    ],
)
def test_lines_in_other_languages_are_judged_like_english_ones(text, rule):
    found = _rules(validate_kpi(text))
    if rule is None:
        assert not found & {"effort_based", "activity_count", "surveillance"}, found
    else:
        assert rule in found, found


def test_an_english_line_is_left_alone_even_with_a_borrowed_word(translator):
    assert translator.english("Customer visits per week") is None
    assert translator.english("Mermas under 1% of sales, reviewed monthly") is None
    assert translator.language("Anzahl der Hausbesuche pro Woche") == "de"


def test_a_compound_the_glossary_lacks_is_read_by_its_parts(translator):
    # Dutch and German write "customer calls" as one word
    assert "customer" in (translator.english("Aantal klantgesprekken per dag") or "")


def test_a_broken_glossary_file_is_named_in_the_error(tmp_path):
    import shutil

    from assistant.knowledge import DEFAULT_DIR

    root = tmp_path / "kb"
    shutil.copytree(DEFAULT_DIR, root)
    (root / "glossary" / "xx.yaml").write_text(yaml.safe_dump({"language": "Broken", "code": "X1", "terms": {}}))
    with pytest.raises(KnowledgeError, match=r"xx\.yaml.*code"):
        load_knowledge(root)


@pytest.mark.parametrize(
    ("written", "cadence"),
    [
        ("Maandelijks", "monthly"),
        ("Kwartalnie", "quarterly"),
        ("Per kwartaal", "quarterly"),
        ("Mensile", "monthly"),
        ("Månadsvis", "monthly"),
        ("Üç aylık", "quarterly"),
        ("Jaarlijks", "yearly"),
        ("Wekelijks", "weekly"),
        # Japanese, Chinese, Korean: a quarter (四半期) holds the word for a half (半期)
        ("四半期", "quarterly"),
        ("月次", "monthly"),
        ("季度", "quarterly"),
        ("반기", "half-yearly"),
        ("매월", "monthly"),
        # a shift or every day, in German and Norwegian, is a daily checklist
        ("jede Schicht, bei der Schichtübergabe", "daily"),
        ("Gjennomgås på morgenmøtet hver dag", "daily"),
        ("Twice yearly", "half-yearly"),
    ],
)
def test_a_review_cadence_written_in_another_language_is_understood(written, cadence):
    from assistant.models import KPI

    assert KPI(name="x", cadence=written).cadence == cadence


def test_a_huge_or_odd_foreign_line_still_gets_a_verdict():
    from assistant.pipeline import validate_set

    huge = "Anzahl der Hausbesuche pro Woche; " * 3000
    assert "activity_count" in _rules(validate_kpi(huge))
    for text in ("pro pro pro", "Überstunden" * 500, "der die das 123 %%% <b>Anzahl</b>", "Maandelijks"):
        validate_kpi(text)  # a verdict, whatever the line
    report = validate_set(["Anzahl der Anrufe pro Tag", "Taux de réclamations clients", "Liczba e-maili dziennie"])
    assert report.verdict == "reject"


def test_a_glossary_with_odd_yaml_loads_or_is_named_in_a_clear_error(tmp_path):
    import shutil

    from assistant.knowledge import DEFAULT_DIR

    root = tmp_path / "kb"
    shutil.copytree(DEFAULT_DIR, root)
    # an empty value maps to nothing; an unquoted "no" (YAML's false) or a list where a mapping belongs is an error
    # naming the file
    (root / "glossary" / "zz.yaml").write_text("language: Odd\ncode: zz\nterms:\n  leer:\n  anzahl: number of\n")
    odd = next(g for g in load_knowledge(root).glossaries if g.code == "zz")
    assert odd.terms == {"leer": "", "anzahl": "number of"}
    (root / "glossary" / "zz.yaml").write_text("language: Odd\ncode: zz\nterms:\n  no: no\n")
    with pytest.raises(KnowledgeError, match=r"zz\.yaml.*quotes"):
        load_knowledge(root)
    (root / "glossary" / "zz.yaml").write_text("language: Odd\ncode: zz\nterms: [a, b]\n")
    with pytest.raises(KnowledgeError, match=r"zz\.yaml.*terms"):
        load_knowledge(root)


@pytest.mark.parametrize(
    ("line", "verdict"),
    [
        # Czech keystrokes counted at each data-entry desk; Romanian hours in the field a week; Finnish calls a day
        ("Počet úhozů na klávesnici na každém pracovišti pořizování dat", "reject"),
        ("Numărul de ore petrecute pe teren pe săptămână (minim 40)", "reject"),
        ("Asiakastyytyväisyyden edistäminen: 20 asiakassoittoa päivässä, tavoitteen toteuma 100 %", "reject"),
        # ... and results in the same languages
        ("Podíl zákazníků spokojených se službou", "pass"),
        ("Rata de retenție a clienților la 12 luni", "pass"),
        ("Asiakasvalitusten määrä 1000 tilausta kohden", "pass"),
    ],
)
def test_czech_romanian_and_finnish_lines_are_read(validator, line, verdict):
    assert validator.check_kpis([line])[0].verdict == verdict


@pytest.mark.parametrize(
    ("line", "verdict"),
    [
        # Indonesian attendance by the fingerprint register; Vietnamese hours present in the office, typed with and
        # without diacritics; Swahili customers visited a week
        ("Tingkat kehadiran karyawan minimal 97% per bulan sesuai absensi sidik jari", "reject"),
        ("Số giờ có mặt tại văn phòng tối thiểu 8 tiếng mỗi ngày", "reject"),
        ("so gio lam viec tai van phong moi tuan", "reject"),
        ("Idadi ya wateja waliotembelewa kwa wiki (angalau 15)", "reject"),
        # ... and results in the same languages
        ("Persentase keluhan pelanggan yang diselesaikan dalam 24 jam", "pass"),
        ("Tỷ lệ giao hàng đúng hạn mỗi tháng", "pass"),
        ("Asilimia ya malalamiko ya wateja yaliyotatuliwa ndani ya saa 48", "pass"),
    ],
)
def test_indonesian_vietnamese_and_swahili_lines_are_read(validator, line, verdict):
    report = validator.check_kpis([line])[0]
    assert (report.verdict == "reject") == (verdict == "reject"), (line, [f.message for f in report.findings])


def test_a_language_written_without_spaces_is_read_term_by_term():
    from assistant.knowledge import Glossary

    ja = Glossary(
        language="Japanese",
        code="ja",
        unspaced=True,
        terms={"訪問": "visits", "件数": "number of", "月": "per month", "残業": "overtime", "時間": "hours"},
    )
    t = Translator([ja])
    # terms inside a run of characters, full-width digits and brackets made plain
    assert t.english("訪問件数 月６０件（残業時間）") == "visits number of per month 60件( overtime hours )"
    assert t.language("残業時間") == "ja"
    # an English line, or one with a single character of the language, is left alone
    assert t.english("Customer visits per month") is None
    assert t.english("Revenue 月") is None


def test_huge_or_odd_lines_in_unspaced_scripts_still_get_a_verdict(tmp_path):
    huge = "訪問件数 月60件（評価比重20%）" * 2000
    assert "activity_count" in _rules(validate_kpi(huge))
    for text in ("件", "（）％％％", "ग्" * 3000, "مراقبة" * 1000, "月次" * 5000, "\u200b\u0301\u093f"):
        validate_kpi(text)  # a verdict, whatever the line


@pytest.mark.parametrize(
    ("folder", "name", "field", "value", "fragment"),
    [
        ("glossary", "xx.yaml", "unspaced", "sometimes", "unspaced"),
        ("families", "xx.yaml", "not_titles", "air traffic controller", "not_titles"),
    ],
)
def test_a_wrong_unspaced_or_not_titles_value_is_named_in_the_error(tmp_path, folder, name, field, value, fragment):
    import shutil

    from assistant.knowledge import DEFAULT_DIR

    root = tmp_path / "kb"
    shutil.copytree(DEFAULT_DIR, root)
    source = root / folder / ("ja.yaml" if folder == "glossary" else "custodian.yaml")
    data = yaml.safe_load(source.read_text())
    data[field] = value
    (root / folder / name).write_text(yaml.safe_dump(data, allow_unicode=True))
    source.unlink()
    if folder == "families":
        data["id"] = "xx"
        (root / folder / name).write_text(yaml.safe_dump(data, allow_unicode=True))
    with pytest.raises(KnowledgeError, match=rf"xx\.yaml.*{fragment}"):
        load_knowledge(root)


@pytest.mark.parametrize(
    ("line", "verdict"),
    [
        # Thai, written without spaces and with its vowel and tone marks: calls a day, overtime, the fingerprint clock,
        # commits a day; Hebrew commits a week per developer; Korean daily work diaries handed in
        ("จำนวนการโทรออกอย่างน้อย 60 สายต่อวัน", "reject"),
        ("ทำโอทีอย่างน้อย 10 ชั่วโมงต่อเดือน", "reject"),
        ("เข้างานตรงเวลา 100% ตามเครื่องสแกนนิ้ว", "reject"),
        ("จำนวนคอมมิตอย่างน้อย 5 ครั้งต่อวัน", "reject"),
        ("מס' קומיטים לשבוע לכל מפתח ≥ 25", "reject"),
        ("일일 업무일지 작성·제출률 100%", "reject"),
        # ... and results in the same languages: complaints down, staff turnover, on-time delivery
        ("ข้อร้องเรียนจากลูกค้าลดลง 30% ภายในสิ้นปี", "pass"),
        ("อัตราการลาออกของพนักงานไม่เกิน 10% ต่อปี", "pass"),
        ("การส่งมอบตรงเวลาไม่ต่ำกว่า 98%", "pass"),
        # barcode scans an hour in a Thai warehouse; an Italian waiter's average spend per cover
        ("พนักงานคลังสินค้า: จำนวนครั้งที่สแกนบาร์โค้ดต่อชั่วโมง", "reject"),
        ("Cameriere: scontrino medio per coperto", "pass"),
    ],
)
def test_thai_hebrew_and_korean_lines_are_read(validator, line, verdict):
    report = validator.check_kpis([line])[0]
    assert (report.verdict == "reject") == (verdict == "reject"), (line, [f.message for f in report.findings])


def test_thai_terms_are_found_whatever_form_the_line_was_typed_in():
    from assistant.knowledge import Glossary

    th = Glossary(language="Thai", code="th", unspaced=True, terms={"จำนวน": "number of", "ต่อวัน": "per day"})
    t = Translator([th])
    # "ำ" typed as one character or as its two marks reads the same
    assert t.english("จำนวน 5 ต่อวัน") == t.english("จํานวน 5 ต่อวัน") == "number of 5 per day"
