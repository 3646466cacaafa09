from __future__ import annotations

from datetime import date

import pytest

from app.errors import BadInput
from app.text import DateNotUnderstood, default_era, format_date, parse_date
from app.text.dates import be_to_ce, ce_to_be

MARCH_15 = date(2026, 3, 15)


@pytest.mark.parametrize(
    "typed",
    [
        "15/3/2569",  # Thai day/month/BE year
        "15/03/2569",
        "15-3-2569",
        "15.3.2569",
        "2569-03-15",  # BE year first
        "2569/3/15",
        "๑๕/๓/๒๕๖๙",  # Thai digits
        "๒๕๖๙-๐๓-๑๕",
        "15 มีนาคม 2569",  # Thai month name
        "๑๕ มีนาคม ๒๕๖๙",
        "15 มี.ค. 2569",  # abbreviated month
        "15 มี.ค. 69",  # two-digit BE year after a Thai month
        "15 มีค 69",
        "15 มี.ค. พ.ศ. 2569",  # explicit era marker
        "15/3/2569 B.E.",
        "2026-03-15",  # ISO
        "15/3/2026",
        "15/03/2026",
        "១៥/០៣/២០២៦",  # Khmer digits
        "໑໕/໐໓/໒໐໒໖",  # Lao digits
        "၁၅/၃/၂၀၂၆",  # Myanmar digits
        "၁၅/၃/၂၅၆၉",  # Myanmar digits, BE year
        "2026年3月15日",  # Chinese
        "２０２６年３月１５日",
        "15 March 2026",
        "15 Mar 2026",
        "15 Mar, 2026",
        "15/3/2026 CE",
        "  15 / 3 / 2569  ",
    ],
)
def test_the_same_day_typed_many_ways(typed: str) -> None:
    assert parse_date(typed) == MARCH_15


def test_year_rule_at_the_boundaries() -> None:
    assert parse_date("1/1/2400") == date(1857, 1, 1)  # 2400 and later: Buddhist Era
    assert parse_date("31/12/2099") == date(2099, 12, 31)  # CE up to 2099
    assert parse_date("1/1/1800") == date(1800, 1, 1)
    assert parse_date("15/6/2530") == date(1987, 6, 15)  # a Thai date of birth
    assert parse_date("15/6/1987") == date(1987, 6, 15)
    assert parse_date("15/6/2530 พ.ศ.") == date(1987, 6, 15)
    assert parse_date("1/1/2000 ค.ศ.") == date(2000, 1, 1)


@pytest.mark.parametrize(
    "typed",
    [
        "15/3/69",  # two-digit year without a Thai month: 1969? 2069? 2569 BE?
        "3/15/2026",  # month/day is not read
        "31/2/2026",  # no such day
        "29/2/2569",  # 2026 is not a leap year
        "15/3/2200",  # in neither era a year a case holds
        "15/3/1700",
        "15/3/026",
        "hello",
        "",
        "15/13/2026",
    ],
)
def test_what_is_refused(typed: str) -> None:
    with pytest.raises(DateNotUnderstood):
        parse_date(typed)


def test_refusal_is_bad_input() -> None:
    with pytest.raises(BadInput, match="year in full"):
        parse_date("15/3/69")


def test_leap_day_in_buddhist_era() -> None:
    assert parse_date("29/2/2567") == date(2024, 2, 29)


def test_era_arithmetic() -> None:
    assert ce_to_be(2026) == 2569
    assert be_to_ce(2569) == 2026


@pytest.mark.parametrize(
    "kwargs,expected",
    [
        ({}, "15/03/2026"),
        ({"era": "be"}, "15/03/2569"),
        ({"era": "be", "native_digits": True, "locale": "th"}, "๑๕/๐๓/๒๕๖๙"),
        ({"era": "be", "style": "long", "locale": "th"}, "15 มีนาคม 2569"),
        ({"era": "be", "style": "long", "locale": "th", "native_digits": True}, "๑๕ มีนาคม ๒๕๖๙"),
        ({"style": "long", "locale": "th"}, "15 มีนาคม ค.ศ. 2026"),  # CE said explicitly in Thai
        ({"style": "long", "locale": "km"}, "15 មីនា 2026"),
        ({"style": "long", "locale": "km", "native_digits": True}, "១៥ មីនា ២០២៦"),
        ({"style": "long", "locale": "lo"}, "15 ມີນາ 2026"),
        ({"style": "long", "locale": "my"}, "2026 မတ် 15"),
        ({"style": "long", "locale": "my", "native_digits": True}, "၂၀၂၆ မတ် ၁၅"),
        ({"style": "long", "locale": "zh"}, "2026年3月15日"),
        ({"style": "long", "locale": "vi"}, "15 tháng 3, 2026"),
        ({"style": "long", "locale": "en"}, "March 15, 2026"),
    ],
)
def test_format_date(kwargs: dict[str, object], expected: str) -> None:
    assert format_date(MARCH_15, **kwargs) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("locale", ["th", "km", "lo", "my", "zh", "vi", "en"])
@pytest.mark.parametrize("era", ["ce", "be"])
def test_formatted_dates_read_back(locale: str, era: str) -> None:
    for native in (False, True):
        shown = format_date(MARCH_15, era=era, locale=locale, native_digits=native)  # type: ignore[arg-type]
        assert parse_date(shown) == MARCH_15


@pytest.mark.parametrize("era", ["ce", "be"])
def test_long_thai_dates_read_back(era: str) -> None:
    for native in (False, True):
        shown = format_date(MARCH_15, era=era, style="long", locale="th", native_digits=native)  # type: ignore[arg-type]
        assert parse_date(shown) == MARCH_15


def test_default_era() -> None:
    assert default_era("th") == "be"
    assert default_era("th-TH") == "be"
    assert default_era("km") == "ce"
    assert default_era("en") == "ce"
