"""The pure parts of ``benchmarks/speaker_audit.py`` (the hand audit of the speaker scorer):
the Wilson interval, the correction of the scorer's figure, the verdicts CSV and staleness.
None of these needs PolNeAR."""

from __future__ import annotations

import pytest
from _helpers import load_script

audit = load_script("benchmarks/speaker_audit.py")

HEADER = ",".join(audit.COLUMNS)


def test_wilson_interval_on_hand_worked_numbers():
    # 8 of 10 at z = 1.96: centre (0.8 + 0.19208) / 1.38416 = 0.71673,
    # half 1.96 / 1.38416 * sqrt(0.016 + 0.009604) = 0.22658
    low, high = audit.wilson(8, 10, z=1.96)
    assert low == pytest.approx(0.49015, abs=1e-4)
    assert high == pytest.approx(0.94331, abs=1e-4)
    # none of 10: the upper end is z^2 / (n + z^2) = 3.8416 / 13.8416
    low, high = audit.wilson(0, 10, z=1.96)
    assert low == 0.0
    assert high == pytest.approx(0.27754, abs=1e-4)
    assert audit.wilson(0, 0) == (0.0, 1.0)


def test_the_correction_moves_rows_both_ways():
    # 90 scorer-right rows of which a reader drops 10 %, 10 scorer-wrong rows of which
    # a reader keeps half: (81 + 5) / 100
    assert audit.corrected(90, 10, wrong_read_right=0.5, right_read_wrong=0.1) == pytest.approx(
        0.86
    )
    assert audit.corrected(90, 10, 0.0, 0.0) == pytest.approx(0.9)
    assert audit.corrected(0, 0, 0.5, 0.5) == 0.0


def _verdict(file, start, scorer, reader, speaker="Ana Ruiz", shape="he"):
    return audit.Verdict(file, start, start + 10, shape, speaker, scorer, reader, "c")


def test_shares_leave_out_cannot_tell_and_bracket_the_point():
    verdicts = [
        _verdict("a.txt", 0, "wrong", "kit right"),
        _verdict("a.txt", 20, "wrong", "kit wrong"),
        _verdict("a.txt", 40, "wrong", "cannot tell"),
        _verdict("b.txt", 0, "right", "kit right"),
        _verdict("b.txt", 20, "right", "kit wrong"),
    ]
    s = audit.shares(verdicts, right=80, wrong=20)
    assert (s.wrong_read_right, s.wrong_decided) == (1, 2)
    assert (s.right_read_wrong, s.right_decided) == (1, 2)
    assert s.scorer_accuracy == pytest.approx(0.8)
    assert s.reader_accuracy == pytest.approx((80 * 0.5 + 20 * 0.5) / 100)
    assert s.reader_low <= s.reader_accuracy <= s.reader_high


def test_csv_reading_and_a_stale_row(tmp_path):
    path = tmp_path / "verdicts.csv"
    path.write_text(
        HEADER + "\n"
        "a.txt,10,40,he,Tom Berg,wrong,kit right,silver chain wrong\n"
        "a.txt,90,120,name,Ana Ruiz,right,kit right,agrees with scorer\n"
        "b.txt,5,30,she,Ana Ruiz,wrong,kit wrong,wrong person\n",
        encoding="utf-8",
    )
    verdicts = audit.read_verdicts(path)
    assert [v.key for v in verdicts] == [("a.txt", 10, 40), ("a.txt", 90, 120), ("b.txt", 5, 30)]
    current = {
        ("a.txt", 10, 40): ("Tom Berg", "wrong"),  # as read
        ("a.txt", 90, 120): ("Helen Marsh", "right"),  # the kit now shows someone else
        # b.txt 5-30: no longer matched by the kit
    }
    fresh, stale = audit.split_stale(verdicts, current)
    assert [v.key for v in fresh] == [("a.txt", 10, 40)]
    assert [v.key for v in stale] == [("a.txt", 90, 120), ("b.txt", 5, 30)]
    # the scorer changing its mind also makes a verdict stale
    _, stale = audit.split_stale(verdicts[:1], {("a.txt", 10, 40): ("Tom Berg", "right")})
    assert len(stale) == 1


def test_bad_csv_files_give_a_message(tmp_path):
    with pytest.raises(SystemExit, match="does not exist"):
        audit.read_verdicts(tmp_path / "none.csv")
    path = tmp_path / "bad.csv"
    path.write_text("file,start\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="columns"):
        audit.read_verdicts(path)
    path.write_text(HEADER + "\na.txt,1,2,he,X,wrong,maybe,c\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="unknown verdict"):
        audit.read_verdicts(path)
    path.write_text(HEADER + "\na.txt,one,2,he,X,wrong,kit right,c\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="whole numbers"):
        audit.read_verdicts(path)


def test_the_draw_is_fixed_and_its_first_part_does_not_move():
    rows = [(f"f{i % 7}.txt", i, i + 5, i % 3 != 0) for i in range(600)]
    first = audit.draw(rows)
    assert first == audit.draw(list(reversed(rows)))
    assert len(first) == len(set(first))
    n = audit.SAMPLE_WRONG + audit.SAMPLE_RIGHT
    scorer_right = {r[:3]: r[3] for r in rows}
    assert sum(not scorer_right[k] for k in first[: audit.SAMPLE_WRONG]) == audit.SAMPLE_WRONG
    assert all(scorer_right[k] for k in first[audit.SAMPLE_WRONG : n])
    # each later draw only adds rows after the ones before it
    saved = audit.LATER_DRAWS
    try:
        for keep in range(len(saved) + 1):
            audit.LATER_DRAWS = saved[:keep]
            size = n + sum(k for _, _, k in saved[:keep])
            assert audit.draw(rows) == first[:size]
    finally:
        audit.LATER_DRAWS = saved


def test_long_speakers_are_kept_short():
    assert audit.speaker_key("Joseph R. Biden Jr.") == "Joseph R. Biden Jr."
    short = audit.speaker_key("a fundraising email sent out on Tuesday night")
    assert short.startswith("a fundraising email ... #") and len(short) < 40
    assert short == audit.speaker_key("a fundraising email sent out on Tuesday night")


def test_strata_are_corrected_each_by_its_own_shares():
    names = audit.Cell(right=90, wrong=10, wrong_read_right=1, wrong_decided=5,
                       right_read_wrong=0, right_decided=20)  # fmt: skip
    pronouns = audit.Cell(right=40, wrong=10, wrong_read_right=4, wrong_decided=5,
                          right_read_wrong=1, right_decided=10)  # fmt: skip
    # names: 90 + 10 * 0.2 = 92; pronouns: 40 * 0.9 + 10 * 0.8 = 44; of 150
    assert audit.stratified([names, pronouns]) == pytest.approx(136 / 150)
    low, high = audit.monte_carlo([names, pronouns], draws=4000)
    assert low < 136 / 150 < high
    assert (low, high) == audit.monte_carlo([names, pronouns], draws=4000)  # fixed seed
    # more verdicts read, a narrower interval
    read_more = audit.Cell(90, 10, 10, 50, 0, 200)
    wide = audit.monte_carlo([audit.Cell(90, 10, 1, 5, 0, 20)], draws=4000)
    narrow = audit.monte_carlo([read_more], draws=4000)
    assert narrow[1] - narrow[0] < wide[1] - wide[0]
