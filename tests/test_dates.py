"""Stated dates resolved against the article's date (generator/extract/dates.py)."""
from __future__ import annotations

from generator.extract.dates import stated_dates


def labels(text: str, reference: str | None) -> list[tuple[str, str]]:
    return [(span.text, span.label()) for span in stated_dates(text, reference)]


def test_weekdays_point_back_unless_the_sentence_looks_ahead():
    # 2023-06-14 is a Wednesday.
    assert labels("The convoy left on Monday.", "2023-06-14") == [("Monday", "2023-06-12")]
    assert labels("Officials met on Wednesday.", "2023-06-14") == [("Wednesday", "2023-06-14")]
    assert labels("The talks will resume on Monday.", "2023-06-14") == [("Monday", "2023-06-19")]
    assert labels("They spoke last Wednesday and meet next Friday.", "2023-06-14") == [
        ("last Wednesday", "2023-06-07"), ("next Friday", "2023-06-16")]


def test_near_days_weeks_months_and_years():
    assert labels("yesterday, today and tomorrow", "2023-06-14") == [
        ("yesterday", "2023-06-13"), ("today", "2023-06-14"), ("tomorrow", "2023-06-15")]
    assert labels("Orders rose last month and fall next week.", "2023-01-10") == [
        ("last month", "2022-12-01 to 2022-12-31"), ("next week", "2023-01-16 to 2023-01-22")]
    assert labels("earlier this year", "2023-06-14") == [("earlier this year", "2023-01-01 to 2023-06-14")]
    assert labels("later this month", "2023-06-14") == [("later this month", "2023-06-14 to 2023-06-30")]


def test_days_without_a_year_take_the_nearest_one():
    assert labels("The drills ran Feb. 10-20.", "2023-02-25") == [("Feb. 10-20", "2023-02-10 to 2023-02-20")]
    assert labels("It began on Dec. 30.", "2024-01-02") == [("Dec. 30", "2023-12-30")]
    assert labels("from 3-5 March", "2023-02-25") == [("3-5 March", "2023-03-03 to 2023-03-05")]


def test_dates_with_a_year_need_no_reference_and_relative_ones_do():
    assert labels("On 4 July 2021, in August 2020 and on 2019-05-01.", None) == [
        ("4 July 2021", "2021-07-04"), ("August 2020", "2020-08-01 to 2020-08-31"), ("2019-05-01", "2019-05-01")]
    assert labels("It happened on Monday, last month, on March 3.", None) == []
    assert labels("Feb. 30 and Feb. 20-10 are no dates.", "2023-01-01") == []
