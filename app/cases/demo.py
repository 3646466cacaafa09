"""Synthetic cases for demonstrations, training and benchmarks, through the real CaseBook API.

Names and free text come in the person's own script (Khmer, Lao, Thai, Burmese, Vietnamese,
Chinese) with a romanised form; codes follow HTCDS. Every case has an intake; most have follow-ups,
some are referred or closed, and a few carry a conflict made by a second laptop editing the same
field concurrently. Nothing here is about a real person.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from app.cases.book import CaseBook
from app.cases.events import CaseEvent
from app.cases.hlc import HybridClock
from app.ids import new_id

# (citizenship, given names, family names, places, a note in the language)
PEOPLE: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]], list[str], str]] = {
    "KH": (
        [
            ("សុខា", "Sokha"),
            ("ដារ៉ា", "Dara"),
            ("ស្រីពៅ", "Sreypov"),
            ("វិចិត្រ", "Vichet"),
            ("ចាន់ធា", "Chantha"),
            ("បុប្ផា", "Bopha"),
        ],
        [("សុខ", "Sok"), ("ជា", "Chea"), ("ហេង", "Heng"), ("លី", "Ly"), ("ញឹម", "Nhim")],
        ["បាត់ដំបង", "បន្ទាយមានជ័យ", "ព្រៃវែង", "ស្វាយរៀង"],
        "រស់នៅជាមួយគ្រួសារ សុខសប្បាយ",
    ),
    "LA": (
        [
            ("ບຸນມີ", "Bounmy"),
            ("ຄຳພອນ", "Khamphone"),
            ("ນ້ອຍ", "Noy"),
            ("ແສງ", "Saeng"),
            ("ດາວ", "Dao"),
        ],
        [
            ("ພົມມະຈັນ", "Phommachanh"),
            ("ສີຫາລາດ", "Sihalath"),
            ("ແກ້ວມະນີ", "Keomany"),
            ("ວົງສາ", "Vongsa"),
        ],
        ["ສະຫວັນນະເຂດ", "ຈຳປາສັກ", "ວຽງຈັນ"],
        "ອາໄສຢູ່ກັບຄອບຄົວ ປອດໄພດີ",
    ),
    "TH": (
        [
            ("สมชาย", "Somchai"),
            ("มาลี", "Malee"),
            ("นภา", "Napa"),
            ("สุดา", "Suda"),
            ("วิไล", "Wilai"),
        ],
        [("ใจดี", "Jaidee"), ("ศรีสุข", "Srisuk"), ("บุญมา", "Boonma"), ("แก้วมณี", "Kaewmanee")],
        ["เชียงราย", "ตาก", "สงขลา", "ระนอง"],
        "อาศัยอยู่กับครอบครัว ปลอดภัยดี",
    ),
    "MM": (
        [
            ("အေးအေးမွန်", "Aye Aye Mon"),
            ("မောင်မောင်", "Maung Maung"),
            ("ခင်ခင်ဝင်း", "Khin Khin Win"),
            ("ဇော်မင်း", "Zaw Min"),
            ("သီတာ", "Thida"),
        ],
        [("", "")],
        ["မော်လမြိုင်", "ထားဝယ်", "မြဝတီ"],
        "မိသားစုနှင့်အတူ ဘေးကင်းစွာ နေထိုင်သည်",
    ),
    "VN": (
        [("Hương", "Huong"), ("Lan", "Lan"), ("Minh", "Minh"), ("Tuấn", "Tuan"), ("Hoa", "Hoa")],
        [
            ("Nguyễn Thị", "Nguyen Thi"),
            ("Trần Văn", "Tran Van"),
            ("Lê Thị", "Le Thi"),
            ("Phạm", "Pham"),
        ],
        ["Nghệ An", "Hà Tĩnh", "Lào Cai", "An Giang"],
        "Sống cùng gia đình, an toàn",
    ),
    "CN": (
        [
            ("明", "Ming"),
            ("芳", "Fang"),
            ("秀英", "Xiuying"),
            ("建华", "Jianhua"),
            ("玉兰", "Yulan"),
        ],
        [("李", "Li"), ("王", "Wang"), ("刀", "Dao"), ("杨", "Yang")],
        ["西双版纳", "德宏", "普洱"],
        "与家人同住，安全",
    ),
}
GENDERS = [
    "Feminine",
    "Masculine",
    "Feminine",
    "Masculine",
    "TransgenderFeminine",
    "NonSpecifiedUnknown",
]
EXPLOITATION = [
    "ForcedLabour",
    "SexualExploitation",
    "ForcedMarriage",
    "ChildLabour",
    "ForcedBegging",
    "Servitude",
]
INDUSTRY = [
    "A_AgricultureForestryAndFishing",
    "C_Manufacturing",
    "F_Construction",
    "T_ActivitiesOfHouseholdsAsEmployers",
]
TEAMS = {
    "KH": "phnom-penh",
    "LA": "vientiane",
    "MM": "yangon",
    "VN": "hanoi",
    "CN": "kunming",
    "TH": "bangkok",
}


@dataclass(frozen=True)
class DemoSummary:
    cases: int
    events: int
    conflicts: int


def _person(rnd: random.Random, today: date) -> dict[str, Any]:
    country = rnd.choice(list(PEOPLE))
    given, family, places, _ = PEOPLE[country]
    first, first_latin = rnd.choice(given)
    last, last_latin = rnd.choice(family)
    if country in ("VN", "CN"):  # family name first
        native, latin = (
            f"{last}{' ' if country == 'VN' else ''}{first}",
            f"{last_latin} {first_latin}",
        )
    else:
        native, latin = f"{first} {last}".strip(), f"{first_latin} {last_latin}".strip()
    age = rnd.choice([14, 15, 16, 17]) if rnd.random() < 0.25 else rnd.randint(18, 45)
    props: dict[str, Any] = {
        "prs_First_Name": native,
        "prs_Name_Latin": latin,
        "prs_Gender": rnd.choice(GENDERS),
        "prs_Citizenship": country,
        "vic_age": age,
        "vic_TypeOfExploitation": rnd.choice(EXPLOITATION),
        "vic_ForcedLabourIndustry": rnd.choice(INDUSTRY),
        "vic_LocationOfRecruitment": rnd.choice(places),
        "return_date": (today - timedelta(days=rnd.randint(0, 420))).isoformat(),
    }
    if rnd.random() < 0.5:
        born = today - timedelta(days=age * 365 + rnd.randint(0, 364))
        props["prs_Birthdate"] = born.isoformat()
    return props


def add_demo_cases(book: CaseBook, count: int, seed: int = 1, batch: int = 200) -> DemoSummary:
    rnd = random.Random(seed)
    today = book.today()
    other = HybridClock("demo0laptop0two")
    events = conflicts = 0
    for start in range(0, count, batch):
        with book.store.atomic():  # one commit per batch: savepoints inside
            for _ in range(min(batch, count - start)):
                props = _person(rnd, today)
                country = props["prs_Citizenship"]
                case_id = book.open_case(props, form_id="intake", team="bangkok")
                events += 1
                returned = date.fromisoformat(props["return_date"])
                for months in (1, 3, 6, 12):
                    visit = returned + timedelta(days=30 * months + rnd.randint(-5, 10))
                    if visit > today or rnd.random() < 0.15:
                        break
                    book.follow_up(case_id, visit, {"fup_living_situation": PEOPLE[country][3]})
                    events += 1
                if country != "TH" and rnd.random() < 0.3:
                    team = TEAMS[country]
                    consent = {"given": True, "recipient": team, "purpose": "reintegration"}
                    book.refer(case_id, team, consent, note=PEOPLE[country][3])
                    book.accept_referral(case_id, team)
                    events += 2
                elif rnd.random() < 0.1:
                    book.close(case_id, "Closed", "reintegrated")
                    events += 1
                if rnd.random() < 0.03:
                    events += _concurrent_edit(book, other, case_id, props["vic_age"])
                    conflicts += 1
    return DemoSummary(count, events, conflicts)


def _concurrent_edit(book: CaseBook, other: HybridClock, case_id: str, age: int) -> int:
    """A second laptop edits the age from the same starting point as this one: a real conflict."""
    heads = book._heads(case_id)
    book.update(case_id, {"vic_age": age + 1})
    remote = CaseEvent(
        id=new_id(),
        case_id=case_id,
        type="update",
        payload={"properties": {"vic_age": age - 1}},
        author="demo colleague",
        device=other.device,
        hlc=other.now(),
        parents=tuple(heads),
    )
    book.ingest([remote])
    return 2
