"""Where CSVIter/LibSVMIter restart after reset(): the core's prefetcher has read ahead (up to 16 batches),
so with round_batch the next epoch continues after the samples that completed the last batch (MXNet 1.9.1)."""
import numpy as np

import distnet as mx


def _epoch(it, column):
    return [getattr(b, column)[0].asnumpy().reshape(3, -1)[:, 0].tolist() + [b.pad] for b in it]


def test_csv_iter_reset_right_after_creation_continues_after_the_filled_batch(tmp_path):
    path = tmp_path / "d.csv"
    np.savetxt(path, np.arange(14).reshape(7, 2), delimiter=",", fmt="%d")
    it = mx.io.CSVIter(data_csv=str(path), data_shape=(2,), batch_size=3)
    it.reset()                   # as Module.score does first: the prefetcher had already wrapped around
    assert _epoch(it, "data") == [[4.0, 6.0, 8.0, 0], [10.0, 12.0, 0.0, 1]]
    it.reset()
    assert _epoch(it, "data") == [[2.0, 4.0, 6.0, 0], [8.0, 10.0, 12.0, 0]]


def test_csv_iter_without_round_batch_always_restarts(tmp_path):
    path = tmp_path / "d.csv"
    np.savetxt(path, np.arange(14).reshape(7, 2), delimiter=",", fmt="%d")
    it = mx.io.CSVIter(data_csv=str(path), data_shape=(2,), batch_size=3, round_batch=False)
    it.reset()
    assert _epoch(it, "data") == [[0.0, 2.0, 4.0, 0], [6.0, 8.0, 10.0, 0], [12.0, 8.0, 10.0, 2]]


def test_libsvm_iter_reset_mid_epoch_continues_after_the_prefetched_end(tmp_path):
    path = tmp_path / "d.t"
    path.write_text("".join(f"{i} 0:{i}\n" for i in range(7)))
    it = mx.io.LibSVMIter(data_libsvm=str(path), data_shape=(2,), batch_size=3)
    it.reset()
    assert _epoch(it, "label") == [[2.0, 3.0, 4.0, 0], [5.0, 6.0, 0.0, 1]]
    it.reset()
    next(it)
    it.reset()
    assert _epoch(it, "label") == [[0.0, 1.0, 2.0, 0], [3.0, 4.0, 5.0, 0], [6.0, 0.0, 1.0, 2]]
