"""Updater: per-key states, saved as msgpack (never pickle) and loaded (MXNet's pickles too), optimizers as bytes."""
import os
import pickle

import msgpack
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of
from distnet.optimizer import serialization


def _grads(step):
    rs = np.random.RandomState(step)
    return {"w": mx.nd.array(rs.randn(3, 2)), 3: mx.nd.array(rs.randn(4))}


def _weights():
    return {"w": mx.nd.ones((3, 2)), 3: mx.nd.arange(4)}


def _train(updater, weights, steps):
    for step in steps:
        grads = _grads(step)
        for key in weights:
            updater(key, grads[key], weights[key])


def _make(name):
    kwargs = {"learning_rate": 0.1, "wd": 0.01}
    if name == "sgd":
        kwargs.update(momentum=0.9, lr_scheduler=mx.lr_scheduler.FactorScheduler(step=2, factor=0.5, base_lr=0.1))
    return mx.optimizer.create(name, **kwargs)


def test_updater_creates_one_state_per_key():
    updater = mx.optimizer.get_updater(mx.optimizer.Adam())
    weights = _weights()
    _train(updater, weights, [0])
    assert sorted(map(str, updater.states)) == ["3", "w"]
    mean, var = updater.states["w"]
    assert mean.shape == (3, 2) and var.shape == (3, 2) and float(np.abs(var.asnumpy()).sum()) > 0


def test_updater_accepts_lists_and_bytes_keys():
    updater = mx.optimizer.get_updater(mx.optimizer.SGD(learning_rate=1.0))
    a, b = mx.nd.ones(2), mx.nd.ones(3)
    updater([b"a", "b"], [mx.nd.ones(2), mx.nd.ones(3)], [a, b])
    assert set(updater.states) == {"a", "b"}
    assert a.asnumpy().tolist() == [0.0, 0.0] and b.asnumpy().tolist() == [0.0, 0.0, 0.0]


@pytest.mark.parametrize("name", ["sgd", "adam", "nadam", "rmsprop", "lamb"])
def test_saved_and_loaded_states_continue_bit_for_bit(name):
    straight = mx.optimizer.get_updater(_make(name))
    ref = _weights()
    _train(straight, ref, range(4))

    first = mx.optimizer.get_updater(_make(name))
    weights = _weights()
    _train(first, weights, range(2))
    blob = first.get_states(dump_optimizer=True)
    assert isinstance(blob, bytes) and not blob.startswith(b"\x80\x04")
    # replaced by the saved optimizer; the updater keeps its own fusing choice (as MXNet's), so the same class
    resumed = mx.optimizer.get_updater(mx.optimizer.create(name, learning_rate=0.5))
    resumed.set_states(blob)
    assert type(resumed.optimizer) is type(first.optimizer) and resumed.optimizer.num_update == 2
    _train(resumed, weights, range(2, 4))
    for key in ref:
        assert (weights[key].asnumpy() == ref[key].asnumpy()).all()


def test_states_without_optimizer_keep_the_current_one():
    upd = mx.optimizer.get_updater(mx.optimizer.SGD(momentum=0.9))
    _train(upd, _weights(), [0])
    other = mx.optimizer.get_updater(mx.optimizer.SGD(momentum=0.5))
    before = other.optimizer
    other.set_states(upd.get_states())
    assert other.optimizer is before
    np.testing.assert_array_equal(other.states["w"].asnumpy(), upd.states["w"].asnumpy())
    assert other.states_synced == {"w": False, 3: False}


def _mxnet_states(name):
    with open(os.path.join(os.path.dirname(__file__), "data", name), "rb") as f:
        return f.read()


def _continue(upd, dtype):
    w, w2 = mx.nd.array([1, 2, 3], dtype=dtype), mx.nd.array([[0.5, -0.5]], dtype=dtype)
    upd([0, 1], [mx.nd.array([0.5, -1, 2], dtype=dtype), mx.nd.array([[1, 1]], dtype=dtype)], [w, w2])
    return w.asnumpy().tobytes().hex(), w2.asnumpy().tobytes().hex()


def test_states_pickled_by_mxnet_load_with_their_optimizer_and_continue_bit_exact():
    # made by MXNet 1.9.1: Adam(lr .1, multi_precision, FactorScheduler(1, .5)), two updates of float16
    # weights (a float32 master copy each), get_states(dump_optimizer=True); then MXNet's third update
    upd = mx.optimizer.get_updater(mx.optimizer.Adam(learning_rate=0.5))     # replaced by the saved one
    upd.set_states(_mxnet_states("mxnet_adam_fp16.states"))
    assert type(upd.optimizer) is mx.optimizer.Adam and upd.optimizer.num_update == 2
    assert _continue(upd, "float16") == ("9a3a5a40a641", "333566b9")
    assert upd.optimizer.learning_rate == 0.025 and upd.optimizer.num_update == 3


def test_states_pickled_by_mxnet_without_optimizer_keep_the_current_one():
    # SGD(lr .1, momentum .9, wd .01): momentum buffers after two updates; MXNet's next update of fresh weights
    opt = mx.optimizer.SGD(learning_rate=0.1, momentum=0.9, wd=0.01)
    upd = mx.optimizer.get_updater(opt)
    upd.set_states(_mxnet_states("mxnet_sgd_momentum.states"))
    assert upd.optimizer is opt
    assert _continue(upd, "float32") == ("47a15c3fd1fd1040aacd1c40", "7c33693e960145bf")


class _NotAnOptimizer:
    pass


def test_states_of_a_non_fusing_optimizer_fail_in_a_fusing_updater():
    # MXNet's Updater keeps the fusing choice it was made with: Adam's states in an SGD updater assert
    saved = mx.optimizer.get_updater(mx.optimizer.Adam())
    saved(0, mx.nd.ones((2,)), mx.nd.ones((2,)))
    upd = mx.optimizer.get_updater(mx.optimizer.SGD())
    upd.set_states(saved.get_states(dump_optimizer=True))
    with pytest.raises(AssertionError, match="^$"):      # MXNet's bare assert
        upd(0, mx.nd.ones((2,)), mx.nd.ones((2,)))


def test_multi_precision_states_of_a_non_fusing_optimizer_in_a_fusing_updater_fail_reading_a_dtype():
    # MXNet's fusing Updater hands an empty group to update_multi_precision, which reads weight.dtype of a tuple
    saved = mx.optimizer.get_updater(mx.optimizer.Adam(multi_precision=True))
    saved(0, mx.nd.ones((2,)), mx.nd.ones((2,)))
    upd = mx.optimizer.get_updater(mx.optimizer.SGD())
    upd.set_states(saved.get_states(dump_optimizer=True))
    with pytest.raises(AttributeError, match="^'tuple' object has no attribute 'dtype'$"):
        upd(0, mx.nd.ones((2,)), mx.nd.ones((2,)))


@pytest.mark.parametrize("payload", [os.system, _NotAnOptimizer(), {0: _NotAnOptimizer()}])
def test_pickled_states_naming_other_classes_are_refused(payload):
    with pytest.raises(MXNetError, match="not loaded"):
        mx.optimizer.get_updater(mx.optimizer.SGD()).set_states(pickle.dumps(({}, payload)))


@pytest.mark.parametrize("data,error,match", [
    # data in neither distnet's format nor a pickle fails as MXNet's pickle.loads fails on it
    (b"\xc1garbage", pickle.UnpicklingError, r"^invalid load key, '\\xc1'\.$"),
    (msgpack.packb({"format": "other"}), pickle.UnpicklingError, ""),
    (b"", EOFError, "^Ran out of input$"),
    (b"\x80\x04garbage", pickle.UnpicklingError, "^pickle data was truncated$"),
    (msgpack.packb({"format": "distnet.optimizer.states", "version": 99, "states": {}}), MXNetError, "version 99"),
    ("text", TypeError, "^a bytes-like object is required, not 'str'$"),
])
def test_bad_state_data_is_refused(data, error, match):
    with pytest.raises(error, match=match) as info:
        mx.optimizer.get_updater(mx.optimizer.SGD()).set_states(data)
    assert isinstance(info.value, MXNetError)


def test_states_pickled_from_distnet_arrays_and_optimizers_load():
    # MXNet's set_states reads any pickle of its arrays and optimizers; distnet's arrays pickle in the same form
    upd = mx.optimizer.get_updater(mx.optimizer.SGD())
    upd.set_states(pickle.dumps(({0: mx.nd.array([1.0, 2.0])}, mx.optimizer.Adam(learning_rate=0.3))))
    assert upd.states[0].asnumpy().tolist() == [1.0, 2.0]
    assert type(upd.optimizer) is mx.optimizer.Adam and upd.optimizer.lr == 0.3
    assert upd.states_synced == {0: False}


def test_state_data_naming_an_unregistered_optimizer_is_refused():
    blob = mx.optimizer.get_updater(mx.optimizer.SGD()).get_states(dump_optimizer=True)
    hacked = blob.replace(b"sgd", b"zzz")
    with pytest.raises(MXNetError, match="cannot rebuild optimizer 'zzz'"):
        mx.optimizer.get_updater(mx.optimizer.SGD()).set_states(hacked)


def test_optimizer_round_trip_keeps_every_attribute_and_scheduler_state():
    sched = mx.lr_scheduler.MultiFactorScheduler(step=[1, 3], factor=0.1, base_lr=1.0)
    opt = mx.optimizer.Nadam(lr_scheduler=sched, wd=0.01, param_idx2name={0: "a_weight", 1: "a_bias"})
    opt.set_lr_mult({0: 2.0})
    w = mx.nd.ones(3)
    state = opt.create_state(0, w)
    for _ in range(2):
        opt.update(0, w, mx.nd.ones(3), state)
    copy = mx.optimizer.deserialize_optimizer(mx.optimizer.serialize_optimizer(opt))
    assert type(copy) is mx.optimizer.Nadam
    for attr in ("lr_mult", "wd_mult", "idx2name", "num_update", "m_schedule", "_index_update_count", "wd"):
        assert getattr(copy, attr) == getattr(opt, attr), attr
    assert type(copy.lr_scheduler) is mx.lr_scheduler.MultiFactorScheduler
    assert copy.lr_scheduler.__dict__ == sched.__dict__
    assert copy._index_update_count is copy._all_index_update_counts[0]
    assert copy.param_dict == {} and sorted(copy._init_kwargs) == sorted(opt._init_kwargs)


def test_custom_scheduler_class_must_exist_to_be_rebuilt():
    class LocalSchedule(mx.lr_scheduler.LRScheduler):
        def __call__(self, num_update):
            return self.base_lr
    blob = mx.optimizer.serialize_optimizer(mx.optimizer.SGD(lr_scheduler=LocalSchedule()))
    del mx.lr_scheduler.LRScheduler._classes["LocalSchedule"]
    with pytest.raises(MXNetError, match="LocalSchedule"):
        mx.optimizer.deserialize_optimizer(blob)


def test_unsavable_attribute_names_its_type():
    opt = mx.optimizer.SGD()
    opt.callback = lambda: None
    with pytest.raises(MXNetError, match="function"):
        mx.optimizer.serialize_optimizer(opt)


def test_pack_keeps_tuples_arrays_and_int_keys():
    value = {1: (mx.nd.array([1.5, 2.5], dtype="float16"), None), "k": [np.arange(3), np.float32(0.5)]}
    back = serialization.unpack(serialization.pack(value))
    arr, none = back[1]
    assert isinstance(back[1], tuple) and none is None
    assert arr.dtype == np.float16 and arr.asnumpy().tolist() == [1.5, 2.5]
    assert back["k"][0].tolist() == [0, 1, 2] and back["k"][1] == 0.5


# States without momentum (another optimizer's) under an optimizer with momentum: MXNet hands the momentum to an
# operator that takes none, or hands None to a fused kernel that takes NDArrays only
@pytest.mark.parametrize("name, operator", [("nag", "sgd_update"), ("signum", "signsgd_update"),
                                            ("lbsgd", "sgd_update")])
def test_momentum_without_its_state_is_an_argument_the_operator_does_not_take(name, operator):
    opt = mx.optimizer.create(name, momentum=0.9, learning_rate=0.1)
    weight = mx.nd.ones(2)
    with pytest.raises(MXNetError) as info:
        opt.update(0, weight, mx.nd.ones(2), None)
    lines = message_of(info.value).splitlines()
    assert lines[0] == "Cannot find argument 'momentum', Possible Arguments:"
    assert f", in operator {operator}(name=\"\"" in lines[-1] and 'momentum="0.9"' in lines[-1]
    assert weight.asnumpy().tolist() == [1.0, 1.0]


def test_nag_multi_precision_without_momentum_state_refuses_momentum_in_mp_sgd_update():
    opt = mx.optimizer.NAG(momentum=0.9, multi_precision=True)
    weight = mx.nd.ones(2, dtype="float16")
    with pytest.raises(MXNetError, match=r"in operator mp_sgd_update\(name=\"\""):
        opt.update_multi_precision(0, weight, mx.nd.ones(2, dtype="float16"), (None, weight.astype("float32")))


@pytest.mark.parametrize("multi_precision", [False, True])
def test_sgd_fused_kernel_refuses_a_missing_momentum_state(multi_precision):
    opt = mx.optimizer.SGD(momentum=0.9, multi_precision=multi_precision)
    dtype = "float16" if multi_precision else "float32"
    weight = mx.nd.ones(2, dtype=dtype)
    state = (None, weight.astype("float32")) if multi_precision else None
    with pytest.raises(AssertionError, match="^Positional arguments must have NDArray type, but got None$"):
        opt.update_multi_precision(0, weight, mx.nd.ones(2, dtype=dtype), state)
    assert weight.asnumpy().tolist() == [1.0, 1.0]


@pytest.mark.parametrize("name", ["signum", "lbsgd", "adam"])
def test_multi_precision_update_indexes_its_state_for_the_master_copy(name):
    # MXNet reads state[0] and state[1]: a None state fails indexing, not unpacking
    opt = mx.optimizer.create(name, multi_precision=True)
    weight = mx.nd.ones(2, dtype="float16")
    with pytest.raises(TypeError, match="'NoneType' object is not subscriptable$"):
        opt.update_multi_precision(0, weight, mx.nd.ones(2, dtype="float16"), None)


def test_states_load_only_under_the_shape_semantics_they_were_saved_under():
    from distnet.util import np_shape
    updater = mx.optimizer.get_updater(mx.optimizer.Adam())
    updater(0, mx.nd.ones((2,)), mx.nd.ones((2,)))
    legacy = updater.get_states()
    with np_shape(True):
        numpy_shaped = updater.get_states()
        with pytest.raises(MXNetError, match="was not saved in np shape semantics, but being loaded in np shape"):
            mx.optimizer.get_updater(mx.optimizer.Adam()).set_states(legacy)
        mx.optimizer.get_updater(mx.optimizer.Adam()).set_states(numpy_shaped)
    with pytest.raises(MXNetError, match="was saved in np shape semantics, must be loaded in the same semantics"):
        mx.optimizer.get_updater(mx.optimizer.Adam()).set_states(numpy_shaped)
    restored = mx.optimizer.get_updater(mx.optimizer.Adam())
    restored.set_states(legacy)
    assert [s.asnumpy().tolist() for s in restored.states[0]] == [s.asnumpy().tolist() for s in updater.states[0]]
