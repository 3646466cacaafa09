"""The made-up people of the demo cases (``app.interviews.demo``): given and family names in the
person's own script with a romanised form, home places and a line of free text per country, HTCDS
codes for gender, exploitation and industry, and the team each country's cases belong to. Nothing
here is about a real person.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

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


def person(rnd: random.Random, today: date) -> dict[str, Any]:
    """One made-up person's intake answers, drawn with ``rnd``, dates before ``today``."""
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
        "age": str(age),
        "vic_TypeOfExploitation": rnd.choice(EXPLOITATION),
        "vic_ForcedLabourIndustry": rnd.choice(INDUSTRY),
        "vic_LocationOfRecruitment": rnd.choice(places),
        "return_date": (today - timedelta(days=rnd.randint(0, 420))).isoformat(),
        "consent_research": "yes" if rnd.random() < 0.8 else "no",
    }
    props["intake_date"] = (
        date.fromisoformat(props["return_date"]) - timedelta(days=rnd.randint(7, 60))
    ).isoformat()
    if rnd.random() < 0.5:
        born = today - timedelta(days=age * 365 + rnd.randint(0, 364))
        props["prs_Birthdate"] = born.isoformat()
    return props
