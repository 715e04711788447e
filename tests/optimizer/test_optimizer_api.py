"""The Optimizer base: registry, learning rates and multipliers, update counts, validation, multi-precision."""

import numpy as np
import pytest

import distnet as mx
from distnet import nd
from distnet.base import MXNetError, message_of


def test_create_by_case_insensitive_name_with_mxnet_defaults():
    sgd = mx.optimizer.create("SGD", learning_rate=0.5, momentum=0.9)
    assert type(sgd) is mx.optimizer.SGD and sgd.lr == 0.5 and sgd.momentum == 0.9
    assert mx.optimizer.Optimizer.create_optimizer("adam").lr == 0.001
    defaults = {"sgd": 0.01, "adam": 0.001, "rmsprop": 0.001, "adamax": 0.002, "ftrl": 0.1, "signum": 0.01}
    for name, lr in defaults.items():
        assert mx.optimizer.create(name).learning_rate == lr
    assert not hasattr(mx.optimizer, "FTRL") and type(mx.optimizer.create("ftrl")) is mx.optimizer.Ftrl


def test_unknown_name_fails_with_mxnets_message():
    with pytest.raises(ValueError) as e:
        mx.optimizer.create("nosuch")
    assert message_of(e.value) == "Cannot find optimizer nosuch"


def test_register_custom_optimizer_and_override_warning():
    try:
        @mx.optimizer.register
        class MyOpt(mx.optimizer.Optimizer):
            def update(self, index, weight, grad, state):
                weight[:] -= self._get_lr(index) * grad

        opt = mx.optimizer.create("myopt", learning_rate=0.5)
        w = mx.nd.ones(2)
        opt.update(0, w, mx.nd.ones(2), None)
        assert w.asnumpy().tolist() == [0.5, 0.5]
        with pytest.warns(UserWarning, match="overriding"):
            mx.optimizer.register(type("MyOpt", (mx.optimizer.Optimizer,), {}))
    finally:
        mx.optimizer.Optimizer.opt_registry.pop("myopt", None)


def test_lr_and_wd_multipliers_by_index_name_and_param_dict():
    opt = mx.optimizer.SGD(learning_rate=1.0, wd=0.1, param_idx2name={0: "fc_weight", 1: "fc_bias", 2: "bn_gamma"})
    assert opt.wd_mult == {"fc_bias": 0.0}          # only weights and gammas are decayed by default
    assert [opt._get_wd(i) for i in range(3)] == [0.1, 0.0, 0.1]
    opt.set_lr_mult({"fc_weight": 0.5, 2: 3.0})
    assert [opt._get_lr(i) for i in range(4)] == [0.5, 1.0, 3.0, 1.0]
    opt.set_wd_mult({1: 2.0})
    assert opt._get_wd(1) == pytest.approx(0.2)

    class P:
        lr_mult, wd_mult = 0.25, 4.0
    opt.param_dict = {0: P()}
    assert opt._get_lr(0) == 0.25 and opt._get_wd(0) == pytest.approx(0.4)


def test_update_counts_per_index_and_num_update():
    opt = mx.optimizer.SGD(begin_num_update=10)
    w, g = mx.nd.ones(2), mx.nd.ones(2)
    opt.update(0, w, g, None)
    opt.update(0, w, g, None)
    opt.update(1, w, g, None)
    assert opt._index_update_count == {0: 12, 1: 11} and opt.num_update == 12


def test_scheduler_drives_learning_rate_and_forbids_set_learning_rate():
    sched = mx.lr_scheduler.FactorScheduler(step=1, factor=0.5, base_lr=1.0)
    opt = mx.optimizer.SGD(lr_scheduler=sched)
    w = mx.nd.zeros(1)
    seen = []
    for _ in range(3):
        opt.update(0, w, mx.nd.ones(1), None)
        seen.append(opt.learning_rate)
    assert seen == [1.0, 0.5, 0.25]
    assert w.asnumpy()[0] == pytest.approx(-(1.0 + 0.5 + 0.25))
    with pytest.raises(UserWarning, match="LRScheduler of the optimizer has already been defined"):
        opt.set_learning_rate(0.1)


def test_learning_rate_overrides_scheduler_base_lr(capsys):
    sched = mx.lr_scheduler.FactorScheduler(step=10, base_lr=1.0)
    mx.optimizer.SGD(learning_rate=0.3, lr_scheduler=sched)
    assert sched.base_lr == 0.3
    assert "overwritten" in capsys.readouterr().out


def test_set_learning_rate_without_scheduler():
    opt = mx.optimizer.Adam()
    opt.set_learning_rate(0.2)
    assert opt.learning_rate == 0.2


def test_out_of_range_numbers_are_accepted_as_in_mxnet():
    assert mx.optimizer.create("sgd", momentum=-0.1).momentum == -0.1
    assert mx.optimizer.create("adam", beta1=1.5).beta1 == 1.5


@pytest.mark.parametrize("name,kwargs,match", [
    ("rmsprop", {"gamma1": "x"}, "gamma1"),
    ("sgd", {"learning_rate": "fast"}, r"Invalid Parameter format for lrs expect tuple of <float> but value='\['fast'\]', "
                                       r"in operator multi_sgd_update\(name=\"\", "),
])
def test_bad_hyper_parameters_are_rejected_with_their_name_at_the_update(name, kwargs, match):
    opt = mx.optimizer.create(name, **kwargs)       # MXNet reads them only when it updates
    weight = nd.ones((2,))
    with pytest.raises(MXNetError, match=match):
        opt.update(0, weight, nd.ones((2,)), opt.create_state(0, weight))


def test_signum_without_momentum_refuses_wd_lh_at_update_as_mxnet():
    # MXNet 1.9.1 builds it, then passes wd_lh to signsgd_update, which has no such argument (the count advances)
    opt = mx.optimizer.create("signum", momentum=0.0, wd_lh=0.5, learning_rate=0.1)
    w = mx.nd.array([1.0, -2.0])
    assert opt.create_state(0, w) is None
    with pytest.raises(MXNetError, match="wd_lh"):
        opt.update(0, w, mx.nd.array([0.3, -0.2]), None)
    assert w.asnumpy().tolist() == [1.0, -2.0] and opt.num_update == 1


def test_non_ndarray_inputs_are_rejected():
    opt = mx.optimizer.Adam()
    w = mx.nd.ones(2)
    with pytest.raises(AssertionError, match="^$") as info:      # MXNet's bare assert
        opt.update(0, w, np.ones(2, np.float32), opt.create_state(0, w))
    assert isinstance(info.value, MXNetError)


def test_multi_precision_keeps_a_float32_master_copy():
    opt = mx.optimizer.SGD(learning_rate=0.1, momentum=0.9, multi_precision=True)
    w = mx.nd.array([1.0, 2.0], dtype="float16")
    state = opt.create_state_multi_precision(0, w)
    mom, master = state
    assert mom.dtype == np.float32 and master.dtype == np.float32
    for _ in range(3):
        opt.update_multi_precision(0, w, mx.nd.array([1e-3, 1e-3], dtype="float16"), state)
    assert w.dtype == np.float16
    np.testing.assert_array_equal(w.asnumpy(), master.asnumpy().astype(np.float16))
    assert master.asnumpy()[0] == pytest.approx(1.0 - 1e-4 * (1 + 1.9 + 2.71), rel=1e-3)


def test_float16_without_multi_precision_warns():
    with pytest.warns(UserWarning, match="multi_precision"):
        mx.optimizer.Adam().create_state_multi_precision(0, mx.nd.ones(2, dtype="float16"))


def test_adadelta_rescales_the_callers_gradient_in_place_as_mxnet():
    opt = mx.optimizer.AdaDelta(rescale_grad=0.5)
    w, g = mx.nd.ones(2), mx.nd.array([2.0, 4.0])
    opt.update(0, w, g, opt.create_state(0, w))
    assert g.asnumpy().tolist() == [1.0, 2.0]


def test_repr_and_class_paths_are_mxnets():
    assert repr(mx.optimizer.SGD(learning_rate=0.1, momentum=0.9)).startswith(
        "<distnet.optimizer.optimizer.SGD object at 0x")         # MXNet's default repr and class path
    assert str(mx.optimizer.Adam) == "<class 'distnet.optimizer.optimizer.Adam'>"
    assert str(mx.optimizer.contrib.GroupAdaGrad) == "<class 'distnet.optimizer.contrib.GroupAdaGrad'>"
    assert repr(mx.optimizer.get_updater(mx.optimizer.SGD())).startswith("<distnet.optimizer.optimizer.Updater object")
    import pickle
    assert type(pickle.loads(pickle.dumps(mx.optimizer.Adam(0.01)))) is mx.optimizer.Adam


def test_read_only_weight_buffer_is_reported():
    data = np.frombuffer(np.ones(3, np.float32).tobytes(), dtype=np.float32)
    weight = mx.nd.ndarray._wrap(data)
    with pytest.raises(MXNetError, match="read-only"):
        mx.optimizer.SGD().update(0, weight, mx.nd.ones(3), None)


@pytest.mark.parametrize("name, kw", [("sgd", {"momentum": 0.9}), ("sgd", {"wd": 0.1}), ("adam", {})])
def test_lazy_update_touches_only_the_rows_of_a_row_sparse_gradient(name, kw):
    opt = mx.optimizer.create(name, learning_rate=0.1, **kw)
    w = mx.nd.ones((3, 2))
    state = opt.create_state(0, w)
    g = mx.nd.array([[0.5, 0.5], [0.0, 0.0], [1.0, -1.0]]).tostype("row_sparse")
    opt.update(0, w, g, state)
    assert (w.asnumpy()[1] == 1.0).all()
    assert (w.asnumpy()[[0, 2]] != 1.0).all()
    dense = mx.optimizer.create(name, learning_rate=0.1, lazy_update=False, **kw)
    w2 = mx.nd.ones((3, 2))
    dense.update(0, w2, g, dense.create_state(0, w2))
    np.testing.assert_allclose(w2.asnumpy()[[0, 2]], w.asnumpy()[[0, 2]], rtol=1e-6)


def test_contrib_group_adagrad_as_mxnet():
    # values recorded from MXNet 1.9.1's mx.optimizer.contrib.GroupAdaGrad
    np.random.seed(0)
    w = mx.nd.array(np.random.uniform(-1, 1, (3, 4)).astype("float32"))
    g = mx.nd.array(np.random.uniform(-1, 1, (3, 4)).astype("float32"))
    opt = mx.optimizer.contrib.GroupAdaGrad(learning_rate=0.1, clip_gradient=0.3)
    assert isinstance(mx.optimizer.create("groupadagrad"), mx.optimizer.contrib.GroupAdaGrad)
    state = opt.create_state(0, w)
    opt.update(0, w, g, state)
    np.testing.assert_array_equal(state.asnumpy().ravel(),
                                  np.array([0.07213006913661957, 0.09000000357627869, 0.06898383796215057],
                                           np.float32))
    np.testing.assert_array_equal(w.asnumpy()[0], np.array(
        [0.04695884510874748, 0.318683922290802, 0.31722158193588257, 0.20146118104457855], np.float32))
    with pytest.raises(AssertionError):
        bad = mx.optimizer.contrib.GroupAdaGrad(wd=0.1)
        bad.update(0, w, g, bad.create_state(0, w))


def test_multi_adamw_update_matches_adamw_and_skips_zero_or_nan_scale():
    g = mx.nd.array([[0.1, 0.2]])
    for scale in (0., float("nan")):
        w, m, v = mx.nd.array([[0.5, -0.3]]), mx.nd.array([[0.3, 0.1]]), mx.nd.array([[0.2, 0.4]])
        mx.nd.contrib.multi_adamw_update([w], [g], [m], [v], scale, lrs=[0.1], etas=[1.0], wds=[0.1], out=[w])
        mx.nd.contrib.adamw_update(w, g, m, v, mx.nd.array([scale]), lr=0.1, eta=1.0, wd=0.1, out=w)
        assert w.asnumpy().tolist() == [[0.5, np.float32(-0.3).item()]]
        assert m.asnumpy().tolist() == [[np.float32(0.3).item(), np.float32(0.1).item()]]
    # MXNet 1.9.1 (beta1 = beta2 = 0 makes the moments the rescaled gradient and its square)
    w, m, v = mx.nd.array([[0.5, -0.3]]), mx.nd.zeros((1, 2)), mx.nd.zeros((1, 2))
    w16 = w.astype("float16")
    mx.nd.contrib.multi_mp_adamw_update([w16], [g.astype("float16")], [m], [v], [w], 3.0, lrs=[0.1], etas=[1.0],
                                        wds=[0.0], beta1=0.0, beta2=0.0, clip_gradient=0.5, out=[w16])
    assert m.asnumpy().tolist() == [[0.2999267578125, 0.5]]
    assert v.asnumpy().tolist() == [[0.08995606005191803, 0.25]]
    assert w.asnumpy().tolist() == [[np.float32(0.4).item(), np.float32(-0.4).item()]]
    assert w16.asnumpy().tolist() == [[0.39990234375, -0.39990234375]] and w16.dtype == np.float16


def test_multi_adamw_update_rounds_moments_as_mxnets_fused_kernel():
    # MXNet 1.9.1's multi-weight kernel computes m = g + beta1 * (m - g) (and v likewise), which rounds
    # differently from adamw_update; values recorded from MXNet
    w, m, v = mx.nd.array([[0.8, -0.6, 0.3]]), mx.nd.array([[0.1, -0.7, 0.45]]), mx.nd.array([[0.2, 0.9, 0.33]])
    g = mx.nd.array([[0.37, 0.11, -0.93]])
    mx.nd.contrib.multi_adamw_update([w], [g], [m], [v], 2.0, lrs=[0.1], etas=[0.7], wds=[0.05], out=[w])
    assert m.asnumpy().tolist() == [[0.1640000343322754, -0.6079999208450317, 0.218999981880188]]
    assert v.asnumpy().tolist() == [[0.20034757256507874, 0.8991484045982361, 0.3331294059753418]]
    assert w.asnumpy().tolist() == [[0.7463521957397461, -0.5341166257858276, 0.26293954253196716]]


def test_optimizer_module_exposes_ndabs_and_refuses_unknown_names():
    assert mx.optimizer.NDabs(mx.nd.array([-2., 3.])).asnumpy().tolist() == [2., 3.]
    with pytest.raises(AttributeError, match="has no attribute 'foo'"):
        mx.optimizer.foo


def test_lbsgd_warns_twice_for_float16_without_multi_precision_as_mxnet():
    import warnings
    opt = mx.optimizer.create("lbsgd")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        opt.create_state_multi_precision(0, mx.nd.ones((2,), dtype="float16"))
        mx.optimizer.create("sgd").create_state_multi_precision(0, mx.nd.ones((2,), dtype="float16"))
    assert [w.category for w in caught] == [UserWarning] * 3


def test_multi_sum_sq_and_lars_round_as_mxnet_per_dtype():
    # values recorded from MXNet 1.9.1: squares in the array's dtype, a float32 running sum (a float64 array
    # adds in double before rounding); LARS takes its norms through multi_sum_sq and multi_lars
    rng = np.random.RandomState(11)
    sums = [mx.nd.multi_sum_sq(mx.nd.array(rng.uniform(-1, 1, 40), dtype=dtype), num_arrays=1).asnumpy().tolist()
            for dtype in ("float16", "float32", "float64")]
    assert sums == [[14.829901695251465], [13.515348434448242], [9.247319221496582]]
    expected = {"float32": [0.03807562217116356, 0.8446896076202393, 0.44791343808174133, -0.011963811703026295],
                "float16": [0.896484375, 0.284912109375, -0.5703125, 0.19287109375],
                "float64": [-0.02817659657225745, 0.2414988755476519, 0.673379522474854, -0.5956305596692988]}
    for dtype, mp in [("float32", False), ("float16", True), ("float64", False)]:
        opt = mx.optimizer.create("lars", learning_rate=0.1, multi_precision=mp, momentum=0.9, rescale_grad=0.3)
        w = mx.nd.array(rng.uniform(-1, 1, (9, 11)), dtype=dtype)
        state = opt.create_state_multi_precision(0, w)
        for _ in range(2):
            opt.update_multi_precision(0, w, mx.nd.array(rng.uniform(-1, 1, (9, 11)), dtype=dtype), state)
        assert w.asnumpy()[0, :4].tolist() == expected[dtype]


def test_lamb_multi_precision_rounds_the_rescaled_gradient_to_float16_as_mxnet():
    # values recorded from MXNet 1.9.1 (mp_lamb_update_phase1 rounds rescale_grad * grad to the gradient's float16)
    rng = np.random.RandomState(3)
    opt = mx.optimizer.create("lamb", learning_rate=0.05, multi_precision=True, clip_gradient=0.4, rescale_grad=0.7)
    w = mx.nd.array(rng.uniform(-1, 1, (30, 7)), dtype="float16")
    state = opt.create_state_multi_precision(0, w)
    for _ in range(3):
        opt.update_multi_precision(0, w, mx.nd.array(rng.uniform(-1, 1, (30, 7)), dtype="float16"), state)
    assert w.asnumpy()[0].tolist() == [0.1302490234375, 0.417724609375, -0.403564453125, 0.04180908203125,
                                       0.830078125, 0.77978515625, -0.7001953125]
    assert state[1][0].asnumpy()[0].tolist() == [
        -0.04274781420826912, -0.002321876585483551, -0.029450934380292892, -0.04360001161694527,
        -0.07906286418437958, 0.022764654830098152, -0.08752907812595367]


def test_updates_and_register_refuse_other_objects_with_mxnets_bare_assert():
    with pytest.raises(AssertionError, match="^$"):
        mx.optimizer.SGD().update(0, [1.0], [1.0], None)
    with pytest.raises(AssertionError, match="^$"):
        mx.optimizer.register(lambda x: x)


def test_lamb_unpacks_its_two_moments():
    weight = nd.ones((2,))
    with pytest.raises(TypeError, match="cannot unpack non-iterable NoneType object$"):
        mx.optimizer.LAMB().update(0, weight, nd.ones((2,)), None)


@pytest.mark.parametrize("name, shared_by", [("SGD", "ccSGD"), ("LARS", None), ("SGLD", None)])
def test_a_wrong_create_state_call_names_the_optimizer_class(name, shared_by):
    for cls in filter(None, (name, shared_by)):
        with pytest.raises(TypeError) as err:
            getattr(mx.optimizer, cls)().create_state(0)
        assert message_of(err.value) == f"{name}.create_state() missing 1 required positional argument: 'weight'"
