"""Dates as listings print them: 'Nov 6, 2025', or 'Apr 14' with the year left out."""
from __future__ import annotations

import datetime as dt

import regex

MONTHS = {
    name: number
    for number, name in enumerate(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1
    )
}

DATE_PATTERN = r"""
    (?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)  # month, abbreviated
    \s(?P<day>\d{1,2})                                           # day of month
    (?:,\s(?P<year>\d{4}))?                                      # year, often left out
"""


def resolve_year(month: int, day: int, as_of: dt.date) -> dt.date:
    """The latest date with this month and day that is not after `as_of`.

    Listings leave the year out for recent papers, so the paper is from the last
    twelve months before the page was captured.
    """
    for year in (as_of.year, as_of.year - 1, as_of.year - 2):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:  # Feb 29 in a year without it
            continue
        if candidate <= as_of:
            return candidate
    raise ValueError(f"no valid date for month {month} day {day}")


def parse_printed_date(match, as_of: dt.date) -> tuple[dt.date, bool]:
    """(date, inferred) from a DATE_PATTERN match; inferred is true when the year was missing."""
    month, day = MONTHS[match["month"]], int(match["day"])
    if match["year"]:
        return dt.date(int(match["year"]), month, day), False
    return resolve_year(month, day, as_of), True
