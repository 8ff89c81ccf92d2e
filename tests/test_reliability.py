"""Agreement statistics against published worked examples, and their basic properties."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kitlib.reliability import (
    AgreementError,
    cohen_kappa,
    coincidences,
    krippendorff_alpha,
    percent_agreement,
)

# Krippendorff, K. (2011). Computing Krippendorff's alpha-reliability, section C:
# nominal data, four observers, twelve units, missing values. Published alpha = 0.743.
KRIPPENDORFF_2011_NOMINAL = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
]

# Krippendorff (2011), section A: binary data, two observers, ten units. Published alpha = 0.095.
KRIPPENDORFF_2011_BINARY = [
    [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
    [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
]

# Wikipedia, "Krippendorff's alpha", computational example: three coders, fifteen units,
# nominal. Published alpha = 0.691.
WIKIPEDIA_ALPHA = [
    [None, None, None, None, None, 3, 4, 1, 2, 1, 1, 3, 3, None, 3],
    [1, None, 2, 1, 3, 3, 4, 3, None, None, None, None, None, None, None],
    [None, None, 2, 1, 3, 4, 4, None, 2, 1, 1, 3, 3, None, 4],
]


def test_alpha_nominal_with_missing_data_matches_krippendorff_2011():
    assert round(krippendorff_alpha(KRIPPENDORFF_2011_NOMINAL), 3) == 0.743


def test_alpha_binary_matches_krippendorff_2011():
    assert round(krippendorff_alpha(KRIPPENDORFF_2011_BINARY), 3) == 0.095


def test_alpha_matches_wikipedia_worked_example():
    assert round(krippendorff_alpha(WIKIPEDIA_ALPHA), 3) == 0.691


def test_coincidence_matrix_of_krippendorff_2011_example():
    # The paper's coincidence matrix: diagonal 7, 10, 8, 4, 3; row totals
    # n_1..n_5 = 9, 13, 10, 5, 3 (n = 40 pairable values).
    matrix = coincidences(KRIPPENDORFF_2011_NOMINAL)
    totals = {}
    for (c, _), w in matrix.items():
        totals[c] = totals.get(c, 0) + w
    assert {c: round(t, 6) for c, t in totals.items()} == {1: 9, 2: 13, 3: 10, 4: 5, 5: 3}
    assert [round(matrix[(c, c)], 6) for c in range(1, 6)] == [7, 10, 8, 4, 3]


def test_cohen_kappa_matches_worked_example():
    # Wikipedia, "Cohen's kappa", worked example: 50 proposals; yes/yes 20, yes/no 5,
    # no/yes 10, no/no 15. p_o = 0.7, p_e = 0.5, kappa = 0.4.
    a = ["yes"] * 25 + ["no"] * 25
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert percent_agreement(a, b) == pytest.approx(0.7)
    assert cohen_kappa(a, b) == pytest.approx(0.4)


def test_cohen_kappa_of_the_binary_example_by_hand():
    # p_o = 6/10; coder A says 1 twice, coder B four times: p_e = .2*.4 + .8*.6 = .56.
    a, b = KRIPPENDORFF_2011_BINARY
    assert cohen_kappa(a, b) == pytest.approx((0.6 - 0.56) / (1 - 0.56))


def test_blanks_are_left_out_of_kappa_and_percent_agreement():
    assert percent_agreement(["yes", "", "no"], ["yes", "no", "yes"]) == 0.5
    assert percent_agreement(["yes", None, float("nan")], ["yes", "no", "no"]) == 1.0


def test_undefined_cases_are_nan_not_errors():
    assert math.isnan(cohen_kappa(["yes"] * 5, ["yes"] * 5))
    assert math.isnan(krippendorff_alpha([["yes"] * 5, ["yes"] * 5]))


def test_bad_input_says_what_to_do():
    with pytest.raises(AgreementError, match="same items"):
        percent_agreement(["yes"], ["yes", "no"])
    with pytest.raises(AgreementError, match="nothing to compare"):
        cohen_kappa(["", ""], ["yes", "no"])
    with pytest.raises(AgreementError, match="pairs"):
        krippendorff_alpha([[1, None], [None, 2]])


codes = st.lists(st.sampled_from(["yes", "no"]), min_size=2, max_size=30)


@given(codes)
def test_perfect_agreement(values):
    assert percent_agreement(values, values) == 1.0
    if len(set(values)) > 1:
        assert cohen_kappa(values, values) == pytest.approx(1.0)
        assert krippendorff_alpha([values, values]) == pytest.approx(1.0)


@given(st.lists(st.tuples(st.sampled_from("ab"), st.sampled_from("ab")), min_size=2, max_size=40))
def test_kappa_and_alpha_are_at_most_one_and_symmetric(pairs):
    a, b = [p[0] for p in pairs], [p[1] for p in pairs]
    kappa, alpha = cohen_kappa(a, b), krippendorff_alpha([a, b])
    if not math.isnan(kappa):
        assert kappa <= 1 + 1e-9
        assert kappa == pytest.approx(cohen_kappa(b, a))
    if not math.isnan(alpha):
        assert alpha <= 1 + 1e-9
        assert alpha == pytest.approx(krippendorff_alpha([b, a]))
