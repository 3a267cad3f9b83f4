from generator.parallel import LONG_RUN, run, shared


def _offset(item: int) -> int:
    return item + shared("offset")


def test_results_come_back_in_order_on_every_core():
    items = list(range(500))
    assert run(_offset, items, jobs=2, state={"offset": 3}, label="test") == [i + 3 for i in items]


def test_a_long_run_logs_plain_progress_lines_where_there_is_no_terminal(capsys):
    run(_offset, list(range(LONG_RUN)), jobs=1, state={"offset": 0}, label="extract")
    lines = capsys.readouterr().err.splitlines()  # captured: not a terminal
    assert lines == [f"generator: extract {LONG_RUN * n // 10}/{LONG_RUN}" for n in range(1, 11)]
    run(_offset, list(range(LONG_RUN - 1)), jobs=1, state={"offset": 0}, label="extract")
    assert capsys.readouterr().err == ""  # a short run says nothing
