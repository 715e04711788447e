"""A server's store: failed optimizer updates, float32 masters of float16 keys, row_sparse rounds (as MXNet's server)."""
import numpy as np
import pytest

import distnet as mx
from distnet.optimizer.updater import Updater
from distnet.server.aggregator import Rows, Store, UpdateError

K = ("w", 0)


class Failing:
    """An updater that raises, as a buggy optimizer would."""

    optimizer = None

    def __call__(self, key, grad, weight):
        raise ValueError("boom")


def test_a_failed_update_closes_the_round_keeps_the_value_and_answers_parked_pulls():
    s = Store(2)
    s.init([K], [np.ones(3, np.float32)])
    s.set_updater(Failing())
    s.push(0, [K], [np.ones(3, np.float32)])
    assert s.pull(0, "h0", [K]) == []
    with pytest.raises(UpdateError, match="ValueError: boom") as caught:
        s.push(1, [K], [np.ones(3, np.float32)])
    assert [r.handle for r in caught.value.done] == ["h0"]
    assert np.array_equal(caught.value.done[0].values[0], np.ones(3)) and s.keys[K].version == 1
    assert s.keys[K].round == []                        # the next round starts clean


def test_float16_keys_keep_float32_precision_under_multi_precision():
    s = Store(1)
    s.init([K], [np.full(2, 1000, np.float16)])
    s.set_updater(Updater(mx.optimizer.create("sgd", learning_rate=1.0, multi_precision=True)))
    for _ in range(10):             # 0.1 steps vanish in float16 at 1000 (spacing 0.5) but add up in the master
        s.push(0, [K], [np.full(2, 0.1, np.float16)])
    value = s.keys[K].value
    assert value.dtype == np.float16 and value[0] == np.float16(1000 - 10 * np.float32(np.float16(0.1)))


def test_float16_row_sparse_keys_update_through_a_float32_master_under_multi_precision():
    s = Store(1)
    s.init([K], [np.ones((2, 3), np.float16)])
    s.set_updater(Updater(mx.optimizer.create("test", rescale_grad=2, multi_precision=True)))
    s.push(0, [K], [Rows(np.array([1], np.int64), np.full((1, 3), 2, np.float16))])
    assert s.keys[K].value.dtype == np.float16
    assert s.keys[K].value.tolist() == [[1.0] * 3, [5.0] * 3]


def test_without_optimizer_a_row_sparse_round_replaces_only_its_rows():
    s = Store(2)
    s.init([K], [np.ones((4, 2), np.float32)])
    s.push(0, [K], [Rows(np.array([0], np.int64), np.full((1, 2), 1, np.float32), True)])
    s.push(1, [K], [Rows(np.array([0, 1], np.int64), np.full((2, 2), 2, np.float32), True)])
    # MXNet 1.9.1, 2 workers: the pushed rows hold the round's sum, the others keep their values
    assert s.keys[K].value.tolist() == [[3.0, 3.0], [2.0, 2.0], [1.0, 1.0], [1.0, 1.0]]


class Keeping:
    """An updater keeping the first gradient array it is given, as LBSGD keeps a large batch's first gradient."""

    optimizer = None

    def __init__(self):
        self.kept = self.seen = None

    def __call__(self, key, grad, weight):
        self.kept = grad if self.kept is None else self.kept
        self.seen = grad


def test_sync_rounds_refill_one_gradient_array_per_key():
    s = Store(2)
    s.init([K], [np.zeros(2, np.float32)])
    keeping = Keeping()
    s.set_updater(keeping)
    for step in (1, 2):
        s.push(0, [K], [np.full(2, step, np.float32)])
        s.push(1, [K], [np.full(2, 10 * step, np.float32)])
    # MXNet's server merges every round of a key into one buffer: the kept array reads the last round's sum
    assert keeping.kept is keeping.seen and keeping.kept.asnumpy().tolist() == [22.0, 22.0]


def test_lbsgd_on_a_sync_server_sums_the_refilled_first_gradient():
    s = Store(1)
    s.init([K], [np.ones(2, np.float32)])
    s.set_updater(Updater(mx.optimizer.create("lbsgd", learning_rate=0.5, batch_scale=2, warmup_epochs=0)))
    s.push(0, [K], [np.full(2, 1.0, np.float32)])
    s.push(0, [K], [np.full(2, 3.0, np.float32)])
    # the large batch's first gradient is the key's buffer, refilled by round 2: (3 + 3) / 2 at twice the rate
    assert s.keys[K].value.tolist() == [1 - 0.5 * 2 * 3.0] * 2


def test_async_pushes_each_reach_the_updater_as_their_own_array():
    s = Store(1, sync=False)
    s.init([K], [np.zeros(2, np.float32)])
    keeping = Keeping()
    s.set_updater(keeping)
    s.push(0, [K], [np.full(2, 1.0, np.float32)])
    s.push(0, [K], [np.full(2, 2.0, np.float32)])
    assert keeping.kept is not keeping.seen and keeping.kept.asnumpy().tolist() == [1.0, 1.0]
