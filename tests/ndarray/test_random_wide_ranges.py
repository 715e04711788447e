"""randint over ranges past 32 or 63 bits: MXNet's 64-bit wrapping arithmetic (values measured from MXNet 1.9.1)."""
import pytest

import distnet as mx
from distnet import nd

# after mx.random.seed(5): (low, high, dtype) -> the first draws
WIDE = [
    ((-5, 8589934587, "int32"), [1385643445, 750373162, 794134383, -1180149494]),      # int32 keeps the low bits
    ((-5, 8589934587, "int64"), [1385643445, 750373162, 5089101679, 7409785098]),
    ((3, 2 ** 33, "int32"), [-136694785, -1076399482, 1516160156, 1648848732]),
    ((-7, 2 ** 53 + 3, "int64"), [3558209991678793, 5565969128336008, 4736074116333179, 2831086642542058]),
    ((2 ** 62, 2 ** 63 - 1, "int64"), [7938900753418501563, 7067210184845281584, 6679070721879410548,
                                       8100303216654702864]),
    ((-2 ** 63, 2 ** 63 - 1, "int64"), [-2 ** 63] * 4),      # the span wraps to -1: every remainder is 0
    ((-2 ** 63, 2 ** 63 - 1, "int32"), [0] * 4),
]


@pytest.mark.parametrize("bounds,expected", WIDE, ids=[f"{lo}:{hi}:{dt}" for (lo, hi, dt), _ in WIDE])
def test_randint_wide_ranges_wrap_as_mxnet(bounds, expected):
    low, high, dtype = bounds
    mx.random.seed(5)
    assert nd.random.randint(low, high, shape=4, dtype=dtype).asnumpy().tolist() == expected
    mx.random.seed(5)
    assert mx.np.random.randint(low, high, size=4, dtype=dtype).asnumpy().tolist() == expected


def test_randint_small_range_is_unchanged():
    mx.random.seed(5)
    assert nd.random.randint(0, 10, shape=6).asnumpy().tolist() == [2, 3, 4, 3, 0, 9]
