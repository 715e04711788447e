"""float32 batch_dot of single rows/columns: every matrix of the stack sums as MXNet's sgemm does (values measured
on MXNet 1.9.1), the stack stepped through together."""
import numpy as np

from distnet import nd


def _operands():
    rs = np.random.RandomState(11)
    a = nd.array(rs.standard_normal((3, 1, 700)).astype(np.float32))
    b = nd.array(rs.standard_normal((3, 700, 5)).astype(np.float32))
    c = nd.array(rs.standard_normal((2, 4, 650)).astype(np.float32))
    d = nd.array(rs.standard_normal((2, 650, 1)).astype(np.float32))
    return a, b, c, d


ROWS = [17.209787368774414, -0.5723180770874023, -27.510982513427734, -5.700324058532715, 39.580711364746094,
        -13.21405029296875, 18.153610229492188, 4.939767837524414, 28.633378982543945, -30.101696014404297,
        -2.456416130065918, 2.2207088470458984, -41.33940887451172, 18.444507598876953, -40.37592315673828]
COLUMNS = [-17.842239379882812, 2.517679452896118, -0.4026298522949219, -9.332616806030273, -12.685208320617676,
           3.340425491333008, 0.833306074142456, 73.9859390258789]


def test_stacked_single_rows_sum_as_mxnet():
    a, b, _, _ = _operands()
    assert nd.batch_dot(a, b).asnumpy().ravel().tolist() == ROWS
    assert nd.batch_dot(b, a, transpose_a=True, transpose_b=True).asnumpy().ravel().tolist() == ROWS


def test_stacked_single_columns_sum_as_mxnet():
    _, _, c, d = _operands()
    assert nd.batch_dot(c, d).asnumpy().ravel().tolist() == COLUMNS


def test_stack_equals_its_matrices_one_by_one():
    a, b, c, d = _operands()
    whole = nd.batch_dot(a, b).asnumpy()
    for i in range(3):
        assert np.array_equal(whole[i], nd.dot(a[i], b[i]).asnumpy())
    whole = nd.batch_dot(c, d).asnumpy()
    for i in range(2):
        assert np.array_equal(whole[i], nd.dot(c[i], d[i]).asnumpy())
