"""Timeline parsing: every time format, every container, dates, roll-over and gaps."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from linter.dates import stated_zone
from linter.document import parse_document
from models import Document

D = dt.datetime
UTC = dt.UTC


def parse(text: str, fmt: str | None = None) -> Document:
    return parse_document(textwrap.dedent(text).lstrip("\n"), fmt=fmt)


# (written time, resolved time) with the incident Date field set to 2026-03-04
FORMATS = [
    ("14:32", D(2026, 3, 4, 14, 32)),
    ("2:32 PM", D(2026, 3, 4, 14, 32)),
    ("14:32 UTC", D(2026, 3, 4, 14, 32, tzinfo=UTC)),
    ("2026-03-04 14:32", D(2026, 3, 4, 14, 32)),
    ("2026-03-04T14:32:00Z", D(2026, 3, 4, 14, 32, tzinfo=UTC)),
    ("24-10-2024 08:07", D(2024, 10, 24, 8, 7)),
]


def _list(stamp: str) -> str:
    return f"Date: 2026-03-04\n\n## Timeline\n\n- {stamp} Alert fired\n"


def _bold_list(stamp: str) -> str:
    return f"Date: 2026-03-04\n\n## Timeline\n\n- **{stamp}** - Alert fired\n"


def _table(stamp: str) -> str:
    head = "Date: 2026-03-04\n\n## Timeline\n\n| Time | Event |\n|---|---|\n"
    return f"{head}| {stamp} | Alert fired |\n"


def _lines(stamp: str) -> str:
    return f"Date: 2026-03-04\n\n## Timeline\n\n{stamp} Alert fired\n{stamp} Alert fired\n"


@pytest.mark.parametrize("container", [_list, _bold_list, _table, _lines])
@pytest.mark.parametrize(("stamp", "expected"), FORMATS)
def test_every_format_in_every_container(container, stamp: str, expected: D) -> None:
    text = container(stamp)
    doc = parse_document(text)
    entry = doc.timeline[0]
    assert entry.time == expected
    assert entry.has_time
    assert entry.text == "Alert fired"
    assert text[entry.start : entry.end].startswith(stamp)


@pytest.mark.parametrize(("stamp", "expected"), FORMATS)
def test_every_format_in_plain_text(stamp: str, expected: D) -> None:
    doc = parse(f"Date: 2026-03-04\n\nTimeline\n\n- {stamp} Alert fired\n{stamp} Paged\n", "text")
    assert [e.time for e in doc.timeline] == [expected, expected]
    assert [e.text for e in doc.timeline] == ["Alert fired", "Paged"]


def test_has_date_says_what_the_entry_wrote() -> None:
    doc = parse(
        """
        ## Timeline
        - 2026-03-04 14:32 Alert fired
        - 14:40 Paged
        """
    )
    assert [(e.has_date, e.has_time) for e in doc.timeline] == [(True, True), (False, True)]
    assert doc.timeline[1].time == D(2026, 3, 4, 14, 40)  # the date carries on


def test_entry_without_time_is_kept() -> None:
    doc = parse(
        """
        ## Timeline
        - 14:32 Alert fired
        - On-call paged
        """
    )
    assert [e.text for e in doc.timeline] == ["Alert fired", "On-call paged"]
    assert doc.timeline[1].time is None and not doc.timeline[1].has_time
    assert doc.timeline[1].time_text is None


def test_unreadable_time_keeps_its_text() -> None:
    doc = parse("## Timeline\n\n| Time | Event |\n|---|---|\n| 20202-01-16 12:00 | Cake |\n")
    (e,) = doc.timeline
    assert e.time is None and e.time_text == "20202-01-16 12:00"


def test_date_line_sets_the_day() -> None:
    doc = parse(
        """
        ## Timeline

        2026-03-04
        23:50 Deploy
        2026-03-06
        09:00 Review
        """
    )
    assert [e.time for e in doc.timeline] == [D(2026, 3, 4, 23, 50), D(2026, 3, 6, 9, 0)]
    assert [e.day for e in doc.timeline] == [dt.date(2026, 3, 4), dt.date(2026, 3, 6)]


def test_date_list_item_with_events_under_it() -> None:
    doc = parse(
        """
        ## Timeline

        2019-03-14:
        * CVE reported to the security team.
        * 13:53 Delay announced.
        """
    )
    first, second = doc.timeline
    assert first.time is None and first.day == dt.date(2019, 3, 14)
    assert second.time == D(2019, 3, 14, 13, 53)


def test_rollover_past_midnight() -> None:
    doc = parse(
        """
        Date: 2026-03-04

        ## Timeline
        - 23:55 Backfill starts
        - 00:40 Backfill done
        - 00:35 Typo, five minutes back
        """
    )
    times = [e.time for e in doc.timeline]
    assert times[:2] == [D(2026, 3, 4, 23, 55), D(2026, 3, 5, 0, 40)]
    assert times[2] == D(2026, 3, 5, 0, 35)  # not another day: five minutes is no roll-over


def test_edgi_style_time_headings() -> None:
    doc = parse(
        """
        ## Timeline

        ### 2018-10-10 15:30

        @alice pushed the new analysis code.

        ### 2018-10-10 ~16:45

        @bob checked in, and:

        - cleared the testing namespace
        - restarted the nodes

        ### 2018-10-11 07:26

        Incident resolved.
        """
    )
    assert [e.time for e in doc.timeline] == [
        D(2018, 10, 10, 15, 30),
        D(2018, 10, 10, 16, 45),
        D(2018, 10, 11, 7, 26),
    ]
    assert doc.timeline[0].text == "@alice pushed the new analysis code."
    # the bullet points belong to the 16:45 entry; they are not entries without a time
    assert all(e.time is not None for e in doc.timeline)


def test_date_headings_with_time_lines_under_them() -> None:
    doc = parse(
        """
        ## Timeline of events

        ### 2020-02-20

        - 21:17 UTC: reports arrive
        - 23:50 UTC: fix deployed

        ### 2020-02-21

        - 09:27 UTC: another report
        """
    )
    assert [e.time for e in doc.timeline] == [
        D(2020, 2, 20, 21, 17, tzinfo=UTC),
        D(2020, 2, 20, 23, 50, tzinfo=UTC),
        D(2020, 2, 21, 9, 27, tzinfo=UTC),
    ]


def test_year_less_dates_cross_new_year() -> None:
    doc = parse(
        """
        # March 26th, 2019 Boskos Outage

        ## Timeline
        - [12-05 16:21] Crashloop bug introduced
        - [03-20 16:46] Spec updated
        - [03-26 17:40] Node upgrade started
        """
    )
    assert [e.time for e in doc.timeline] == [
        D(2018, 12, 5, 16, 21),
        D(2019, 3, 20, 16, 46),
        D(2019, 3, 26, 17, 40),
    ]


@pytest.mark.parametrize(
    ("heading", "day"),
    [
        ("# Outage - September 29, 2025\n\n## Timeline", dt.date(2025, 9, 29)),
        ("## Timeline (all times PST) 07/27/2023 - 07/31/2023", dt.date(2023, 7, 27)),
        ("# Website Outage 5-26-21\n\n## Timeline", dt.date(2021, 5, 26)),
    ],
)
def test_undated_times_take_the_date_of_the_title_or_timeline_heading(heading, day) -> None:
    doc = parse_document(f"{heading}\n\n- 16:58 UTC - Saturation starts\n")
    assert doc.timeline[0].time == dt.datetime.combine(day, dt.time(16, 58), tzinfo=UTC)


def test_without_any_date_times_fall_on_a_placeholder_day() -> None:
    doc = parse("## Timeline\n\n- 13:26 Reported\n- 14:11 Diagnosed\n")
    assert [e.time.time() for e in doc.timeline] == [dt.time(13, 26), dt.time(14, 11)]
    assert not doc.timeline[0].has_date


def test_written_forms_dateutil_trips_over() -> None:
    doc = parse(
        """
        ## Timeline
        - 13:55 PM PST Saturday Oct 30th 2021: alarms fire
        - 2023-03-03[^3]: image pushed
        - 11:20 1.9.1 security release announced
        """
    )
    first, second, third = doc.timeline
    pst = dt.timezone(dt.timedelta(hours=-8))
    assert first.time == D(2021, 10, 30, 13, 55, tzinfo=pst) and first.text == "alarms fire"
    assert second.time == D(2023, 3, 3, tzinfo=pst) and second.has_date and not second.has_time
    assert third.text == "1.9.1 security release announced"  # a version is not a date


def test_day_range_heading_does_not_invent_a_year() -> None:
    doc = parse(
        """
        ## Timeline

        ### October 29-30, 2025 - CPU-bound latency

        - 22:30 UTC Incident reported
        """
    )
    assert doc.timeline[0].time == D(2025, 10, 29, 22, 30, tzinfo=UTC)


def test_blank_template_rows_are_not_entries() -> None:
    doc = parse(
        "## Timeline\n\n| Date/Time | Who | Action |\n|---|---|---|\n|  |  |  |\n|  |  |  |\n"
    )
    assert doc.timeline == []


def test_several_stamped_lines_in_one_list_item() -> None:
    doc = parse("## Timeline\n\n- 14:32 Alert fired\n  14:40 Paged\n")
    assert [e.text for e in doc.timeline] == ["Alert fired", "Paged"]


def test_entries_only_in_timeline_sections() -> None:
    doc = parse(
        """
        ## Summary
        - 14:32 Not a timeline entry

        ## Timeline
        - 14:40 Paged

        ## Action Items
        - 15:00 Not one either
        """
    )
    assert [e.text for e in doc.timeline] == ["Paged"]


def test_quoted_chat_is_not_an_entry() -> None:
    doc = parse("## Timeline\n\n- 14:32 Alert fired\n\n> 14:33 alice: looking\n")
    assert [e.text for e in doc.timeline] == ["Alert fired"]


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("14:32 API errors rise", "API errors rise"),  # not a time zone
        ("14:32 DB failover starts", "DB failover starts"),
        ("14:32 may have been the cause", "may have been the cause"),
        ("14:32 UTC - Deploy", "Deploy"),
        ("2:32 p.m. PST: Deploy", "Deploy"),
        ("Sun Oct 31 21:33 Deploy", "Deploy"),
    ],
)
def test_the_stamp_stops_where_the_prose_starts(line: str, text: str) -> None:
    doc = parse(f"## Timeline\n\n- {line}\n")
    assert doc.timeline[0].text == text and doc.timeline[0].has_time


# (written time, its offset from UTC in hours, or None for no zone)
ZONES = [
    ("14:32 UTC", 0),
    ("14:32 Z", 0),
    ("14:32 GMT", 0),
    ("2026-03-04T14:32:00Z", 0),
    ("14:32 +02:00", 2),
    ("14:32 -0500", -5),
    ("2026-03-04T14:32:00-05:00", -5),
    ("14:32 UTC+2", 2),  # dateutil alone reads this the POSIX way, as UTC-2
    ("14:32 GMT-5", -5),
    ("14:32 EST", -5),
    ("14:32 EDT", -4),
    ("14:32 CDT", -5),
    ("14:32 MST", -7),
    ("2:32 PM PDT", -7),
    ("14:32 BST", 1),
    ("14:32 CET", 1),
    ("14:32 CEST", 2),
    ("14:32 IST", 5.5),
    ("14:32 JST", 9),
    ("14:32 AEST", 10),
    ("14:32 PT", -8),  # the region's rules: standard time in March 4
    ("14:32", None),
    ("14:32-14:40", None),  # a range, not UTC-14:40
    ("14:32 API", None),  # an upper-case word is not a zone unless it is one
]


@pytest.mark.parametrize(("stamp", "hours"), ZONES)
def test_written_zone_is_kept(stamp: str, hours: float | None) -> None:
    entry = parse_document(_list(stamp)).timeline[0]
    assert entry.has_time
    offset = entry.time.utcoffset()
    assert offset == (None if hours is None else dt.timedelta(hours=hours))
    # the entry keeps the wall time it wrote
    assert entry.time.strftime("%H:%M") == "14:32"


def test_entry_without_zone_takes_the_one_before() -> None:
    doc = parse(
        """
        Date: 2026-03-04

        ## Timeline

        - 14:00 alert
        - 14:05 UTC paged
        - 09:10 EST fix
        - 09:20 rollback
        - 14:30 UTC resolved
        """
    )
    est = dt.timezone(dt.timedelta(hours=-5))
    assert [e.time for e in doc.timeline] == [
        D(2026, 3, 4, 14, 0, tzinfo=UTC),  # before any zone: the first one written
        D(2026, 3, 4, 14, 5, tzinfo=UTC),
        D(2026, 3, 4, 9, 10, tzinfo=est),
        D(2026, 3, 4, 9, 20, tzinfo=est),
        D(2026, 3, 4, 14, 30, tzinfo=UTC),
    ]
    assert [e.time.tzname() for e in doc.timeline] == ["UTC", "UTC", "EST", "EST", "UTC"]


def test_zone_of_the_timeline_heading() -> None:
    doc = parse("## Timeline (all times PDT)\n\n- 07:00 alert\n- 14:10 UTC fix\n")
    first, second = (e.time for e in doc.timeline)
    assert first.utcoffset() == dt.timedelta(hours=-7)
    assert second - first == dt.timedelta(minutes=10)


def test_day_of_a_time_in_another_zone() -> None:
    # 21:05 EDT on March 4 is 01:05 UTC on March 5: the day follows the clock it is on
    doc = parse(
        "Date: 2026-03-04\n\n## Timeline\n\n- 2026-03-05 01:00 UTC alert\n- 21:05 EDT fix\n"
    )
    alert, fix = (e.time for e in doc.timeline)
    assert fix.date() == dt.date(2026, 3, 4)
    assert fix - alert == dt.timedelta(minutes=5)


def test_without_zones_times_stay_naive() -> None:
    doc = parse("Date: 2026-03-04\n\n## Timeline\n\n- 14:00 alert\n- 14:10 fix\n")
    assert all(e.time.tzinfo is None for e in doc.timeline)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("2026-03-04 (all times PDT)", -7),
        ("2026-03-04 14:00 UTC+1", 1),
        ("2026-03-04T10:00:00-05:00", -5),
        ("2026-03-04 14:00 UTC", 0),
        ("March 4, 2026", None),
        ("2026-03-04 14:00-15:30", None),
    ],
)
def test_stated_zone(text: str, hours: float | None) -> None:
    zone = stated_zone(text)
    offset = zone.utcoffset(D(2026, 3, 4)) if zone else None
    assert offset == (None if hours is None else dt.timedelta(hours=hours))


def test_the_summary_date_zone_applies_to_times_without_one() -> None:
    import datetime as dt

    from linter.document import parse_document

    text = (
        "## Summary\n\nDate: 2026-03-04 (all times PDT)\n\n## Timeline\n\n"
        "- 07:10 alert fired\n- 14:20 UTC rollback started\n"
    )
    times = [e.time for e in parse_document(text).timeline]
    assert times[0].utcoffset() == dt.timedelta(hours=-7)
    assert times[0] < times[1]  # 07:10 PDT is 14:10 UTC, before 14:20 UTC
