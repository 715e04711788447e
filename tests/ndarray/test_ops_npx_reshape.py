"""``_npx_reshape`` (npx.reshape's operator): the op table rows, forward and finite-difference gradient."""
import pytest
from opcheck import Case, run_case

CASES = [
    Case("_npx_reshape", (2, 3, 4), newshape=(-2, -1), ref=lambda x: x.reshape(2, 12)),
    Case("_npx_reshape", (2, 3, 4), newshape=(-6, 1, 2, -2, -2), ref=lambda x: x.reshape(1, 2, 3, 4), label="split"),
    Case("_npx_reshape", (2, 3, 4), newshape=(-2, -1), reverse=True, ref=lambda x: x.reshape(3, 8), label="reverse"),
]


@pytest.mark.parametrize("case", CASES, ids=repr)
def test_op(case):
    run_case(case)
