"""LBSGD sums batch_scale gradients per update and keeps the first one of each large batch as the array it was
given: a caller that refills that array (a Parameter's gradient, a kvstore's merge buffer) changes the sum."""
import os

import numpy as np
import pytest

import distnet as mx
from distnet import nd


def _lbsgd():
    # warmup_epochs=0: the learning rate is multiplied by batch_scale (2) at every applied update
    return mx.optimizer.LBSGD(learning_rate=1.0, batch_scale=2, warmup_epochs=0)


def _expected(grads):
    """Weights after each call, from 1.0: every second call applies lr * 2 * (sum of the two gradients) / 2."""
    w, out = 1.0, []
    for i in range(len(grads)):
        if i % 2:
            w -= 2 * (grads[i - 1] + grads[i]) / 2
        out.append(w)
    return out


def test_fresh_gradient_arrays_are_averaged():
    opt, w = _lbsgd(), nd.ones((2, 2))
    state, seen = opt.create_state(0, w), []
    for s in range(1, 5):
        opt.update(0, w, nd.full((2, 2), s), state)
        seen.append(float(w.asnumpy()[0, 0]))
    assert seen == _expected([1, 2, 3, 4])


@pytest.mark.parametrize("stype", ["default", "row_sparse"])
def test_a_refilled_gradient_array_counts_its_new_values_twice(stype):
    opt, w = _lbsgd(), nd.ones((2, 2))
    state, seen = opt.create_state(0, w), []
    grad = nd.full((2, 2), 1).tostype(stype)
    for s in range(1, 5):
        grad[:] = nd.full((2, 2), s).tostype(stype)
        opt.update(0, w, grad, state)
        seen.append(float(w.asnumpy()[0, 0]))
    # the first of each pair is the same array as the second, read after the refill; the sum restarts from 0
    assert seen == _expected([2, 2, 3, 4])


@pytest.mark.parametrize("stype", ["default", "row_sparse"])
@pytest.mark.parametrize("kind", ["local", "device"])
def test_a_kvstore_sum_is_written_into_one_buffer_an_updater_may_keep(kind, stype):
    kv = mx.kv.create(kind)
    kv.set_optimizer(_lbsgd())
    kv.init(0, nd.ones((2, 2)).tostype(stype))
    seen = []
    for s in range(1, 5):
        kv.push(0, [nd.full((2, 2), s, ctx=mx.cpu(i)).tostype(stype) for i in range(2)])
        out = nd.zeros((2, 2)).tostype(stype)
        if stype == "default":
            kv.pull(0, out=out)
        else:
            kv.row_sparse_pull(0, out=out, row_ids=nd.arange(2))
        seen.append(float(out.asnumpy()[0, 0]))
    assert seen == _expected([4, 4, 6, 8])      # sums 2s, the first of a pair overwritten by the second


def test_states_pickled_by_mxnet_mid_large_batch_keep_the_gradient_sum():
    # made by MXNet 1.9.1: LBSGD(lr 1, batch_scale 2, warmup_epochs 0), one update of [1, 2, 3] by the gradient
    # [1, 1, 1] (held in the optimizer's sum), get_states(dump_optimizer=True)
    path = os.path.join(os.path.dirname(__file__), "data", "mxnet_lbsgd_half_batch.states")
    upd = mx.optimizer.get_updater(mx.optimizer.LBSGD())       # its optimizer is replaced by the saved one
    with open(path, "rb") as f:
        upd.set_states(f.read())
    w = nd.array([1, 2, 3])
    upd(0, nd.array([3, 3, 3]), w)
    np.testing.assert_array_equal(w.asnumpy(), [1 - 2 * 2, 2 - 2 * 2, 3 - 2 * 2])     # lr * 2 * (1 + 3) / 2
