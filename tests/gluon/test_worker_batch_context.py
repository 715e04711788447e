"""Batches from DataLoader worker processes live in shared memory, cpu_shared(0), whatever batchify_fn made
(MXNet pickles them through shared memory); thread-pool workers hand the batch over as it is."""
import pytest

import distnet as mx
from distnet import gluon, np, npx


def _legacy_batch(samples):
    return mx.nd.array([s for s in samples], ctx=mx.cpu()), [mx.nd.ones((1,))]


def _numpy_batch(samples):
    return np.array([s for s in samples])


@pytest.mark.timeout(60)
def test_process_workers_return_shared_memory_arrays():
    ds = gluon.data.SimpleDataset(list(range(6)))
    batch, rest = next(iter(gluon.data.DataLoader(ds, 3, batchify_fn=_legacy_batch, num_workers=2)))
    assert batch.context == mx.Context("cpu_shared", 0) and rest[0].context == mx.Context("cpu_shared", 0)
    assert batch.asnumpy().tolist() == [0, 1, 2]
    threaded, _ = next(iter(gluon.data.DataLoader(ds, 3, batchify_fn=_legacy_batch, num_workers=2, thread_pool=True)))
    assert threaded.context == mx.cpu()


@pytest.mark.timeout(60)
def test_numpy_batches_too():
    npx.set_np()
    try:
        ds = gluon.data.SimpleDataset(list(range(4)))
        batch = next(iter(gluon.data.DataLoader(ds, 2, batchify_fn=_numpy_batch, num_workers=2)))
        assert type(batch) is np.ndarray and batch.ctx == mx.Context("cpu_shared", 0)
        assert (batch * 2).ctx == mx.cpu()
    finally:
        npx.reset_np()
