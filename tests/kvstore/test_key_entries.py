"""Which keys a local store holds after init and after refused calls: MXNet's entry rules and the words it uses."""
import pytest

import distnet as mx
from distnet import nd
from distnet.base import MXNetError, message_of

NOT_INITED = "Check failed: !local.is_none(): key {} has not been inited"


def _store(kind="local"):
    kv = mx.kv.create(kind)
    kv.init(100, nd.ones((2,)))
    return kv


@pytest.mark.parametrize("kind", ["local", "device"])
@pytest.mark.parametrize("call", [
    lambda kv: kv.push(3, nd.ones((2,))),
    lambda kv: kv.pull(3, out=nd.ones((2,))),
    lambda kv: kv.pushpull(3, nd.ones((2,))),
    lambda kv: kv.row_sparse_pull(3, out=nd.zeros((2,)).tostype("row_sparse"), row_ids=nd.array([0])),
])
def test_a_refused_call_on_a_missing_key_makes_its_later_init_a_duplicate(kind, call):
    kv = _store(kind)
    with pytest.raises(MXNetError):
        call(kv)
    with pytest.raises(MXNetError, match="duplicate init of key 3. Please double check"):
        kv.init(3, nd.ones((2,)))
    with pytest.raises(MXNetError) as e:
        kv.pull(3, out=nd.zeros((2,)))
    assert message_of(e.value) == NOT_INITED.format(3)
    out = nd.zeros((2,))
    kv.pull(100, out=out)
    assert out.asnumpy().tolist() == [1, 1]


@pytest.mark.parametrize("call", [
    lambda kv: kv.row_sparse_pull(3, out=nd.zeros((2,)).tostype("row_sparse"), row_ids=nd.array([0])),
    lambda kv: (kv._set_updater(lambda k, g, w: None), kv.push(3, nd.ones((2,)))),
])
def test_row_sparse_pull_and_updated_push_of_a_missing_key_use_the_pull_words(call):
    with pytest.raises(MXNetError) as e:
        call(_store())
    assert message_of(e.value) == NOT_INITED.format(3)


def test_a_device_store_sums_a_missing_keys_list_in_no_merge_buffer():
    kv = _store("device")
    with pytest.raises(MXNetError) as e:
        kv.push(3, [nd.ones((2,)), nd.ones((2,))])
    assert message_of(e.value) == "Check failed: !merged.is_none(): unintialized merge buffer detected"
    kv.init(3, nd.ones((2,)))       # the sum failed before the store made an entry for the key


def test_a_str_key_list_with_a_duplicate_registers_the_keys_before_it_without_values():
    kv = mx.kv.create("local")
    kv.init("a", nd.ones((2,)))
    with pytest.raises(MXNetError, match="duplicate init of key b$"):
        kv.init(["b", "c", "b", "d"], [nd.ones((2,))] * 4)
    for key, key_id in [("b", 1), ("c", 2)]:       # str keys are numbered in the order they were registered
        with pytest.raises(MXNetError) as e:
            kv.pull(key, out=nd.zeros((2,)))
        assert message_of(e.value) == NOT_INITED.format(key_id)
    with pytest.raises(MXNetError, match="key d doesn't exist. Did you init"):
        kv.pull("d", out=nd.zeros((2,)))
    with pytest.raises(MXNetError, match="duplicate init of key c$"):
        kv.init("c", nd.ones((2,)))
    kv.init("d", nd.ones((2,)) * 4)
    out = nd.zeros((2,))
    kv.pull("d", out=out)
    assert out.asnumpy().tolist() == [4, 4]


@pytest.mark.parametrize("call, kind_words", [
    (lambda kv: kv.push([], []), "(0 vs. 1)"),
    (lambda kv: kv.pull([], out=[]), "(0 vs. 1)"),
    (lambda kv: kv.push(0, []), "(0 vs. 1)"),
    (lambda kv: kv.pushpull(0, [], out=[]), "(0 vs. 1)"),
])
def test_a_call_without_arrays_still_sets_and_checks_the_key_kind(call, kind_words):
    kv = mx.kv.create("local")
    kv.init("a", nd.ones((2,)))
    with pytest.raises(MXNetError, match="Mixed key types are not allowed") as e:
        call(kv)
    assert kind_words in message_of(e.value)
    fresh = mx.kv.create("local")
    fresh.push([], [])
    with pytest.raises(MXNetError, match=r"\(1 vs. 0\) : Mixed key types"):
        fresh.init("a", nd.ones((2,)))


def test_a_bool_key_is_the_int_key_it_equals():
    kv = mx.kv.create("local")
    kv.init(True, nd.ones((2,)))
    seen = []
    kv._set_updater(lambda key, grad, weight: seen.append(key))
    kv.push(True, nd.ones((2,)))
    assert seen == [1] and type(seen[0]) is int
    with pytest.raises(MXNetError, match="duplicate init of key 1. Please"):
        kv.init(1, nd.ones((2,)))


@pytest.mark.parametrize("kind", ["local", "device"])
def test_an_updater_gets_new_handles_on_the_pushed_and_stored_arrays_each_call(kind):
    kv = mx.kv.create(kind)
    kv.init(0, nd.ones((2,)))
    pushed = nd.ones((2,)) * 3
    calls = []

    def updater(key, grad, weight):
        calls.append((grad, weight))
        grad[:] = 7             # the caller's array: MXNet's lone pushed array is the merged one
        weight[:] = weight + 1
    kv._set_updater(updater)
    kv.push(0, pushed)
    kv.push(0, pushed)
    (g1, w1), (g2, w2) = calls
    assert g1 is not pushed and g1 is not g2 and w1 is not w2
    assert pushed.asnumpy().tolist() == [7, 7]
    out = nd.zeros((2,))
    kv.pull(0, out=out)
    assert out.asnumpy().tolist() == [3, 3]


def test_a_store_keeping_its_own_str_keys_is_not_refused_their_lookup():
    class Remote(mx.kv.KVStore):
        """A store whose keys live elsewhere (as a dist store's do): it answers for them itself."""
        type = "remote"
        pulled = []

        def _has_key(self, key):
            return key == "w"

        def _row_sparse_pull_key(self, key, outs, row_ids):
            self.pulled.append(key)

    kv = Remote()
    kv.row_sparse_pull("w", out=nd.zeros((2, 2)).tostype("row_sparse"), row_ids=nd.array([0]))
    assert kv.pulled == ["w"]
    with pytest.raises(MXNetError, match="key v doesn't exist. Did you init"):
        kv.row_sparse_pull("v", out=nd.zeros((2, 2)).tostype("row_sparse"), row_ids=nd.array([0]))
