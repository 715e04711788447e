"""The server's aggregator as a state machine: events in, completed pulls out, no sockets."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of
from distnet.optimizer.updater import Updater
from distnet.server.aggregator import Rows, Store

K = (3, 0)


def store(workers=2, sync=True, value=None):
    s = Store(workers, sync=sync)
    s.init([K], [np.zeros(4, np.float32) if value is None else value])
    return s


def pulled(requests):
    """The single key's value of each completed request."""
    return [r.values[0] for r in requests]


def test_pull_waits_for_the_round_holding_the_workers_push():
    s = store()
    assert s.push(0, [K], [np.ones(4, np.float32)]) == []
    assert s.pull(0, "h0", [K]) == []                     # parked: worker 1 has not pushed
    done = s.push(1, [K], [np.full(4, 2, np.float32)])
    assert [r.handle for r in done] == ["h0"] and np.array_equal(pulled(done)[0], np.full(4, 3))


def test_pull_without_own_push_is_answered_at_once():
    s = store()
    s.push(0, [K], [np.ones(4, np.float32)])
    assert np.array_equal(pulled(s.pull(1, "h", [K]))[0], np.zeros(4))


def test_sum_is_in_rank_order_whatever_the_arrival_order():
    vals = [np.float32(1e8), np.float32(1.0), np.float32(-1e8)]
    results = set()
    for order in ([0, 1, 2], [2, 1, 0], [1, 2, 0]):
        s = store(3, value=np.zeros(1, np.float32))
        for rank in order:
            s.push(rank, [K], [np.array([vals[rank]])])
        results.add(pulled(s.pull(0, "h", [K]))[0].tobytes())
    assert results == {np.array([(vals[0] + vals[1]) + vals[2]], np.float32).tobytes()}


def test_a_round_closes_at_its_num_workers_th_push_whoever_sent_it():
    s = store()         # (MXNet's server counts a key's pushes: a worker's second push can close a round alone)
    s.push(0, [K], [np.ones(4, np.float32)])
    assert s.pull(0, "h0", [K]) == []
    done = s.push(0, [K], [np.full(4, 10, np.float32)])   # closes round 1 (1 + 10)
    assert s.keys[K].version == 1 and s.keys[K].round == [] and np.array_equal(pulled(done)[0], np.full(4, 11))
    s.push(1, [K], [np.ones(4, np.float32)])              # opens round 2
    assert s.pull(1, "h1", [K]) == [] and np.array_equal(pulled(s.pull(0, "h", [K]))[0], np.full(4, 11))
    done = s.push(0, [K], [np.full(4, 5, np.float32)])    # closes round 2 (1 + 5)
    assert [r.handle for r in done] == ["h1"] and np.array_equal(pulled(done)[0], np.full(4, 6))


def test_multi_key_pull_completes_when_every_key_is_ready():
    s = Store(1)
    s.init([(1, 0), (2, 0)], [np.zeros(2, np.float32), np.zeros(3, np.float32)])
    s.push(0, [(1, 0)], [np.ones(2, np.float32)])
    done = s.pull(0, "h", [(1, 0), (2, 0)])
    assert len(done) == 1 and [v.shape for v in done[0].values] == [(2,), (3,)]


def test_async_applies_each_push():
    s = store(sync=False)
    s.set_updater(Updater(mx.optimizer.create("sgd", learning_rate=1.0)))
    s.push(0, [K], [np.ones(4, np.float32)])
    assert np.array_equal(pulled(s.pull(0, "h", [K]))[0], -np.ones(4))
    s.push(1, [K], [np.full(4, 2, np.float32)])
    assert s.keys[K].version == 2 and np.array_equal(s.keys[K].value, np.full(4, -3))


def test_async_push_without_an_updater_is_refused_as_mxnet_server_refuses_it():
    s = store(sync=False)
    with pytest.raises(MXNetError) as err:
        s.push(0, [K], [np.ones(4, np.float32)])
    assert message_of(err.value) == "Check failed: sync_mode_: Updater needs to be set for async mode"
    assert s.keys[K].version == 0 and not s.keys[K].pushed


def test_updater_runs_on_the_sum_and_published_values_are_never_changed():
    s = store(value=np.ones(4, np.float32))
    s.set_updater(Updater(mx.optimizer.create("sgd", learning_rate=0.5)))
    before = s.keys[K].value
    s.push(0, [K], [np.ones(4, np.float32)])
    s.push(1, [K], [np.ones(4, np.float32)])
    assert np.array_equal(s.keys[K].value, np.zeros(4)) and np.array_equal(before, np.ones(4))


@pytest.mark.parametrize("array,needle", [(np.ones(5, np.float32), "shape (5,) float32"),
                                          (np.ones(4, np.float64), "shape (4,) float64")])
def test_wrong_shape_or_dtype_is_an_error_and_changes_nothing(array, needle):
    s = store()
    with pytest.raises(MXNetError) as info:
        s.push(0, [K], [array])
    assert needle in message_of(info.value) and "(4,) float32" in message_of(info.value) and "key 3" in message_of(info.value)
    assert s.keys[K].pushed == {} and s.keys[K].round == []


def test_unknown_key_is_an_error_naming_it():
    with pytest.raises(MXNetError, match="pull of key 9 .slice 1., which was never initialized"):
        store().pull(0, "h", [(9, 1)])


# ---- row_sparse pushes and row pulls --------------------------------------------------------------
def rows(index, values, cols=2):
    return Rows(np.array(index, np.int64), np.array(values, np.float32).reshape(len(index), cols))


def test_row_pushes_sum_over_the_union_of_rows_and_pulls_select_rows():
    s = store(value=np.zeros((5, 2), np.float32))
    s.push(0, [K], [rows([1, 3], [[1, 1], [2, 2]])])
    s.push(1, [K], [rows([3, 4], [[10, 10], [20, 20]])])
    (request,) = s.pull(0, "h", [K], rows=[np.array([1, 3], np.int64)])
    assert np.array_equal(request.values[0], s.keys[K].value[[1, 3]])


def test_row_sum_without_updater_fills_a_row_sparse_keys_first_rows():
    # MXNet 1.9.1's server: the sum of rows 1, 3, 4 is written over rows 0, 1, 2 of a row_sparse key;
    # a dense key's value has only those rows replaced
    for sparse_weight, want in ((True, [[1, 1], [12, 12], [20, 20], [7, 7], [7, 7]]),
                                (False, [[7, 7], [1, 1], [7, 7], [12, 12], [20, 20]])):
        s = store(value=np.full((5, 2), 7, np.float32))
        s.push(0, [K], [Rows(np.array([1, 3]), np.array([[1, 1], [2, 2]], np.float32), sparse_weight)])
        s.push(1, [K], [Rows(np.array([3, 4]), np.array([[10, 10], [20, 20]], np.float32), sparse_weight)])
        assert np.array_equal(s.keys[K].value, want)


def test_row_gradients_update_lazily_a_row_sparse_or_dense_weight():
    for sparse_weight in (True, False):
        s = store(workers=1, value=np.ones((3, 2), np.float32))
        s.set_updater(Updater(mx.optimizer.create("sgd", learning_rate=0.5, wd=0.1)))
        s.push(0, [K], [Rows(np.array([2], np.int64), np.full((1, 2), 4, np.float32), sparse_weight)])
        # only row 2 moves: 1 - 0.5 * (4 + 0.1 * 1); rows without gradient keep their value and skip wd
        assert np.allclose(s.keys[K].value, [[1, 1], [1, 1], [-1.05, -1.05]])


@pytest.mark.parametrize("index,needle", [([3], r"\[0, 3\)"), ([1, 1], "increase"), ([2, 0], "increase")])
def test_bad_row_indices_are_errors_and_change_nothing(index, needle):
    s = store(value=np.zeros((3, 2), np.float32))
    with pytest.raises(MXNetError, match=needle):
        s.push(0, [K], [rows(index, np.ones((len(index), 2)))])
    with pytest.raises(MXNetError, match=needle):
        s.pull(0, "h", [K], rows=[np.array(index, np.int64)])
    assert s.keys[K].pushed == {} and not s.keys[K].parked
