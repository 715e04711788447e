"""In-place arithmetic between overlapping views of one array runs element by element in the target's order."""
import numpy as np
import pytest

import distnet as mx


@pytest.fixture(params=["nd", "np"])
def make(request):
    if request.param == "nd":
        yield mx.nd.array
        return
    mx.npx.set_np()
    try:
        yield mx.np.array
    finally:
        mx.npx.reset_np()


def test_shifted_sum_is_a_running_sum(make):
    x = make(np.ones(50), dtype="float32")
    x[1:] += x[:-1]
    np.testing.assert_array_equal(x.asnumpy(), np.arange(1, 51))


def test_rows_read_the_rows_written_before_them(make):
    x = make(np.arange(24).reshape(6, 4), dtype="float32")
    x[2:6] -= x[0:4]
    expected = np.arange(24, dtype=np.float32).reshape(6, 4)
    for row in range(2, 6):                         # the closed form, one row after another
        expected[row] -= expected[row - 2]
    np.testing.assert_array_equal(x.asnumpy(), expected)


def test_products_chain(make):
    x = make(np.arange(1, 7), dtype="int32")
    x[1:4] *= x[0:3]
    np.testing.assert_array_equal(x.asnumpy(), [1, 2, 6, 24, 5, 6])


def test_reads_ahead_of_the_writes_see_old_values(make):
    x = make(np.arange(1, 7), dtype="float32")
    x[0:3] += x[1:4]
    np.testing.assert_array_equal(x.asnumpy(), [3, 5, 7, 4, 5, 6])
    y = make(np.arange(1, 7), dtype="float32")
    y[1:4] += y[0:3] + 0                            # a copy: no overlap
    np.testing.assert_array_equal(y.asnumpy(), [1, 3, 5, 7, 5, 6])


def test_np_functions_writing_over_an_input_behind_compute_in_order():
    mx.npx.set_np()
    try:
        x = mx.np.array(np.arange(1, 7), dtype="float32")
        mx.np.add(x[0:3], x[1:4], out=x[1:4])
        np.testing.assert_array_equal(x.asnumpy(), [1, 3, 6, 10, 5, 6])
        y = mx.np.array(np.arange(1, 7), dtype="float32")
        mx.np.multiply(y[0:4], 2, out=y[1:5])          # y[i] = 2 * y[i - 1]: powers of two
        np.testing.assert_array_equal(y.asnumpy(), [1, 2, 4, 8, 16, 6])
        z = mx.np.array(np.arange(1, 7), dtype="float32")
        mx.np.negative(z[0:4], out=z[2:6])             # two apart: blocks of two
        np.testing.assert_array_equal(z.asnumpy(), [1, 2, -1, -2, 1, 2])
    finally:
        mx.npx.reset_np()


def test_legacy_out_over_an_input_behind_computes_in_order():
    a = mx.nd.arange(1, 9)
    mx.nd.broadcast_add(a[0:7], a[1:8], out=a[1:8])
    np.testing.assert_array_equal(a.asnumpy(), np.cumsum(np.arange(1, 9)))
    b = mx.nd.arange(1, 9, dtype="float64")
    mx.nd.clip(b[0:4], 0, 3, out=b[1:5])               # every element clips the one before it: 1s
    np.testing.assert_array_equal(b.asnumpy(), [1, 1, 1, 1, 1, 6, 7, 8])


@pytest.mark.parametrize("dtype, expected", [("float32", [1, 3, 5, 7, 9, 6, 7, 8]),   # a vector kernel reads first
                                             ("float64", [1, 3, 6, 10, 15, 6, 7, 8])])
def test_elemwise_add_reads_first_only_in_float32(dtype, expected):
    a = mx.nd.arange(1, 9, dtype=dtype)
    mx.nd.elemwise_add(a[0:4], a[1:5], out=a[1:5])
    np.testing.assert_array_equal(a.asnumpy(), expected)
