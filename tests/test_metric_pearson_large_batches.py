"""PearsonCorrelation's covariance products are summed as MXNet's NumPy sums them, also past one 256-term block
(a rest under 512 split in two halves, the first rounded up). Expected values recorded from MXNet 1.9.1."""
import numpy as np

from distnet import metric, nd
from distnet.ndarray import dgemm_row


def _samples(n):
    rs = np.random.RandomState(n)
    x = rs.uniform(-3, 3, n)
    return 0.7 * x + rs.normal(0, 0.5, n), x


def test_large_batches_match_mxnet_bit_for_bit():
    # (sizes where rounding the first half to 4 terms, MXNet's own OpenBLAS blocking, gives other bits)
    expected = {260: "0x1.df7df8573b993p-1", 347: "0x1.e06bda773e529p-1", 509: "0x1.dda1edef2321bp-1"}
    for n, value in expected.items():
        pred, label = _samples(n)
        m = metric.PearsonCorrelation()
        m.update([nd.array(label, dtype="float64")], [nd.array(pred, dtype="float64")])
        assert float.hex(m.get()[1]) == value


def test_numpy_gram_is_in_order_fused_sums_per_block():
    rs = np.random.RandomState(1)
    rows = rs.uniform(-1, 1, (2, 281))
    gram = dgemm_row.numpy_gram(rows)
    first, second = rows[:, :141], rows[:, 141:]         # the blocks: 141 + 140 terms
    assert np.allclose(gram, rows @ rows.T, rtol=1e-14)
    blocks = [dgemm_row.numpy_gram(first), dgemm_row.numpy_gram(second)]
    assert np.array_equal(gram, blocks[0] + blocks[1])


def test_an_empty_batch_gives_nan_and_the_next_batch_counts():
    m = metric.PearsonCorrelation()
    with np.errstate(all="ignore"):
        m.update([nd.array(np.zeros(0))], [nd.array(np.zeros(0))])
    assert np.isnan(m.get()[1]) and m.num_inst == 1
    m.update([nd.array([1.0, 2.0, 4.0])], [nd.array([1.0, 3.0, 2.0])])
    assert m.num_inst == 2 and np.isnan(m.get()[1])      # (nan + r) / 2, as MXNet sums per-batch values
