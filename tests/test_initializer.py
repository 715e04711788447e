"""Initializers: dispatch by parameter name, registry, deterministic values, and the random draws MXNet makes."""
import json
import warnings

import numpy as np
import pytest

import distnet as mx
from distnet import initializer
from distnet.base import message_of

# What MXNet 1.9.1's initializers ask of mx.random for one 'x_weight' array: (function, (loc/low, scale/high),
# shape, written into the array through out=, type of the first argument).
MXNET_DRAWS = [
    ('["uniform", {"scale": 0.1}]', (3, 4), [('uniform', [-0.1, 0.1], (3, 4), True, 'float')]),
    ('["normal", {"sigma": 0.5}]', (3, 4), [('normal', [0.0, 0.5], (3, 4), True, 'int')]),
    ('["xavier", {"rnd_type": "uniform", "factor_type": "avg", "magnitude": 3}]', (4, 3, 2, 2),
     [('uniform', [-0.4629100498862757, 0.4629100498862757], (4, 3, 2, 2), True, 'float64')]),
    ('["xavier", {"rnd_type": "gaussian", "factor_type": "in", "magnitude": 2}]', (5, 6),
     [('normal', [0.0, 0.5773502691896257], (5, 6), True, 'int')]),
    ('["xavier", {"rnd_type": "uniform", "factor_type": "out", "magnitude": 3}]', (5, 6),
     [('uniform', [-0.7745966692414834, 0.7745966692414834], (5, 6), True, 'float64')]),
    ('["msraprelu", {"factor_type": "avg", "slope": 0.25}]', (4, 3, 3, 3),
     [('normal', [0.0, 0.24445293254085634], (4, 3, 3, 3), True, 'int')]),
    ('["orthogonal", {"scale": 1.414, "rand_type": "uniform"}]', (4, 6), [('uniform', [-1.0, 1.0], (4, 6), False, 'float')]),
    ('["orthogonal", {"scale": 1.414, "rand_type": "normal"}]', (6, 2, 2), [('normal', [0.0, 1.0], (6, 4), False, 'float')]),
]


class _RecordingRandom:
    """Stands in for nd.random: records each call and fills the result with ones."""

    def __init__(self):
        self.calls = []

    def __getattr__(self, name):
        def draw(*args, shape=None, out=None, **kwargs):
            self.calls.append((name, [float(a) for a in args[:2]], tuple(shape), out is not None, type(args[0]).__name__))
            if out is not None:
                out[:] = 1
                return out
            return mx.nd.ones(shape)
        return draw


@pytest.mark.parametrize("spec,shape,expected", MXNET_DRAWS, ids=[s for s, _, _ in MXNET_DRAWS])
def test_random_initializers_make_mxnets_draws(monkeypatch, spec, shape, expected):
    recorder = _RecordingRandom()
    monkeypatch.setattr(initializer, "_random", lambda: recorder)
    arr = mx.nd.zeros(shape)
    mx.init.create(spec)(mx.init.InitDesc("x_weight"), arr)
    assert recorder.calls == expected
    assert arr.shape == shape


def _init(init, name, shape, value=5.0):
    arr = mx.nd.full(shape, value)
    init(mx.init.InitDesc(name), arr)
    return arr.asnumpy()


@pytest.mark.parametrize("name,expected", [
    ("fc_bias", 0.0), ("bn_gamma", 1.0), ("bn_beta", 0.0), ("q_min", 0.0), ("q_max", 1.0), ("fc_bias_quantize", 0.0),
])
def test_non_weight_parameters_get_fixed_values_by_name(name, expected):
    assert (_init(mx.init.One(), name, (2, 3)) == expected).all()


def test_weight_uses_the_initializer_and_attrs_override_it():
    assert (_init(mx.init.One(), "fc_weight", (2,)) == 1).all()
    desc = mx.init.InitDesc("fc_bias", attrs={"__init__": mx.init.Constant(7).dumps()})
    arr = mx.nd.zeros(3)
    mx.init.Zero()(desc, arr)
    assert (arr.asnumpy() == 7).all() and isinstance(desc.global_init, mx.init.Zero)
    arr2 = mx.nd.zeros(2)
    mx.init.Zero()(mx.init.InitDesc("running_mean", attrs={"__init__": "ones"}), arr2)
    assert (arr2.asnumpy() == 1).all()


def test_unknown_name_pattern_is_an_error():
    with pytest.raises(ValueError, match="Unknown initialization pattern for foo"):
        _init(mx.init.Zero(), "foo", (2,))


@pytest.mark.parametrize("name,expected", [
    ("bn_moving_mean", [0.0, 0.0]), ("bn_moving_var", [1.0, 1.0]), ("bn_moving_inv_var", [0.0, 0.0]),
    ("fc_weight", [0.0, 0.0]), ("fc_bias", [0.0, 0.0]), ("x_max", [1.0, 1.0]),
])
def test_legacy_string_names_dispatch_and_warn(name, expected):
    arr = mx.nd.full((2,), 5.0)
    with pytest.warns(DeprecationWarning, match="InitDesc"):
        mx.init.Zero()(name, arr)
    assert arr.asnumpy().tolist() == expected


def test_legacy_string_name_warning_text_is_mxnets():
    with pytest.warns(DeprecationWarning) as caught:
        mx.init.Zero()("fc_weight", mx.nd.zeros(2))
    assert str(caught[0].message) == ("\033[91mCalling initializer with init(str, NDArray) has been deprecated."
                                      "please use init(mx.init.InitDesc(...), NDArray) instead.\033[0m")


def test_legacy_special_names_match_mxnet():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        bias = mx.nd.zeros(6)
        mx.init.Uniform()("stn_loc_bias", bias)
        assert bias.asnumpy().tolist() == [1.0, 0.0, 0.0, 0.0, 1.0, 0.0]
        up = mx.nd.zeros((1, 1, 2, 4))
        mx.init.Zero()("upsampling_w", up)
        assert up.asnumpy().ravel().tolist() == [0.0625, 0.1875, 0.1875, 0.0625, 0.1875, 0.5625, 0.5625, 0.1875]


def test_bilinear_matches_mxnet():
    got = _init(mx.init.Bilinear(), "up_weight", (2, 1, 3, 5))
    row = [0.1111111119389534, 0.2222222238779068, 0.3333333432674408, 0.2222222238779068, 0.1111111119389534]
    mid = [0.2222222238779068, 0.4444444477558136, 0.6666666865348816, 0.4444444477558136, 0.2222222238779068]
    top = [0.3333333432674408, 0.6666666865348816, 1.0, 0.6666666865348816, 0.3333333432674408]
    assert got.ravel().tolist() == (row + mid + top) * 2


def test_constant_lstmbias_zero_one():
    assert (_init(mx.init.Constant(0.25), "w_weight", (2, 2)) == 0.25).all()
    value = np.arange(4, dtype=np.float32).reshape(2, 2)
    assert (_init(mx.init.Constant(mx.nd.array(value)), "w_weight", (2, 2)) == value).all()
    assert _init(mx.init.LSTMBias(forget_bias=2.0), "l_weight", (8,)).tolist() == [0, 0, 2, 2, 0, 0, 0, 0]
    assert (_init(mx.init.create("zeros"), "w_weight", (3,)) == 0).all()
    assert (_init(mx.init.create("ones"), "w_weight", (3,)) == 1).all()


def test_dumps_and_create_round_trip():
    assert mx.init.Xavier(factor_type="in", magnitude=2.34).dumps() == \
        '["xavier", {"rnd_type": "uniform", "factor_type": "in", "magnitude": 2.34}]'
    assert mx.init.MSRAPrelu().dumps() == '["msraprelu", {"factor_type": "avg", "slope": 0.25}]'
    assert mx.init.Constant(mx.nd.ones(2)).dumps() == '["constant", {"value": [1.0, 1.0]}]'
    for init in (mx.init.Normal(0.3), mx.init.Orthogonal(scale=2.0, rand_type="normal"), mx.init.LSTMBias(0.5)):
        assert mx.init.create(init.dumps()) == init
    assert mx.init.create("Xavier", magnitude=2).magnitude == 2.0
    assert mx.init.create({"initializer": "normal", "sigma": 0.2}).sigma == 0.2
    same = mx.init.Uniform()
    assert mx.init.create(same) is same
    assert mx.init.Uniform() == mx.init.Uniform() and mx.init.Uniform() != mx.init.Uniform(0.1)


def test_registry_names_and_aliases_match_mxnet():
    # gluon.Constant registers one initializer per constant ('constant_<name>_<id>'), as MXNet does
    names = {n for n in mx.registry.get_registry(mx.init.Initializer) if not n.startswith("constant_")}
    assert names == {'bilinear', 'constant', 'fusedrnn', 'lstmbias', 'msraprelu', 'normal', 'one', 'ones', 'orthogonal',
                     'uniform', 'xavier', 'zero', 'zeros'}


def test_unknown_initializer_name_is_refused():
    message = "^nosuch is not registered. Please register with initializer.register first$"   # as MXNet
    with pytest.raises(AssertionError, match=message):
        mx.init.create("nosuch")


def test_register_custom_initializer_by_name_and_alias():
    try:
        @mx.init.register
        @mx.init.alias("halves")
        class Half(mx.init.Initializer):
            def _init_weight(self, _, arr):
                arr[:] = 0.5
        assert (_init(mx.init.create("halves"), "w_weight", (2,)) == 0.5).all()
        assert type(mx.init.create("half")) is Half
    finally:
        table = mx.registry._REGISTRY[mx.init.Initializer]
        table.pop("half", None)
        table.pop("halves", None)


def test_xavier_rejects_vectors_and_bad_types():
    with pytest.raises(ValueError, match="at least 2D"):
        _init(mx.init.Xavier(), "fc_weight", (3,))
    with pytest.raises(ValueError, match="factor type"):
        _init(mx.init.Xavier(factor_type="sideways"), "fc_weight", (3, 3))


def test_mixed_picks_the_first_matching_pattern():
    init = mx.init.Mixed([".*conv.*", ".*"], [mx.init.Constant(3), mx.init.One()])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a, b = mx.nd.zeros(2), mx.nd.zeros(2)
        init("conv0_weight", a)
        init("fc_weight", b)
    assert a.asnumpy().tolist() == [3, 3] and b.asnumpy().tolist() == [1, 1]
    with pytest.raises(ValueError, match="did not match any pattern"):
        mx.init.Mixed(["bias"], [mx.init.Zero()])("fc_weight", mx.nd.zeros(1))
    # MXNet raises AssertionError for these misuses
    with pytest.raises(AssertionError, match="^$"):
        mx.init.Mixed(["a", "b"], [mx.init.Zero()])


def test_load_drops_prefixes_checks_shapes_and_falls_back():
    init = mx.init.Load({"arg:fc_weight": mx.nd.full((2,), 4.0)}, default_init=mx.init.Constant(9))
    a = mx.nd.zeros(2)
    init("fc_weight", a)
    assert a.asnumpy().tolist() == [4, 4]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        b = mx.nd.zeros(1)
        init("fc2_weight", b)
    assert b.asnumpy().tolist() == [9]
    with pytest.raises(AssertionError, match="Shape mismatch"):
        init("fc_weight", mx.nd.zeros(3))
    with pytest.raises(AssertionError, match="no default Initializer"):
        mx.init.Load({})("x", mx.nd.zeros(1))


def test_initdesc_is_a_string_with_attributes():
    desc = mx.init.InitDesc("w", attrs={"k": "v"})
    assert desc == "w" and isinstance(desc, str) and desc.attrs == {"k": "v"} and desc.global_init is None


def test_verbose_mode_logs_the_rms(caplog):
    import logging
    caplog.set_level(logging.INFO)
    init = mx.init.One().set_verbosity(True)
    init(mx.init.InitDesc("fc_weight"), mx.nd.zeros((2, 2)))
    assert "Initialized fc_weight as weight: 1.0" in caplog.text


def test_json_spec_with_kwargs_is_rejected():
    with pytest.raises(AssertionError, match="^$"):
        mx.init.create(json.dumps(["normal", {}]), sigma=1)


class _NumpyRandom:
    """A seeded numpy stand-in for nd.random with its signature (low/loc, high/scale, shape, out=)."""

    def __init__(self, seed):
        self.rng = np.random.RandomState(seed)

    def _fill(self, values, out):
        if out is None:
            return mx.nd.array(values)
        out[:] = values
        return out

    def uniform(self, low=0, high=1, shape=None, out=None, **kwargs):
        return self._fill(self.rng.uniform(float(low), float(high), size=shape), out)

    def normal(self, loc=0, scale=1, shape=None, out=None, **kwargs):
        return self._fill(self.rng.normal(float(loc), float(scale), size=shape), out)


@pytest.fixture
def numpy_random(monkeypatch):
    monkeypatch.setattr(initializer, "_random", lambda rng=_NumpyRandom(0): rng)


def test_uniform_and_normal_statistics(numpy_random):
    w = _init(mx.init.Uniform(0.3), "w_weight", (200, 300))
    assert w.dtype == np.float32 and np.abs(w).max() <= 0.3
    assert abs(w.mean()) < 0.005 and w.std() == pytest.approx(0.3 / np.sqrt(3), rel=0.02)
    w = _init(mx.init.Normal(0.5), "w_weight", (200, 300))
    assert abs(w.mean()) < 0.01 and w.std() == pytest.approx(0.5, rel=0.02)


@pytest.mark.parametrize("init,shape,bound", [
    (mx.init.Xavier(), (64, 32, 3, 3), np.sqrt(3 / ((32 * 9 + 64 * 9) / 2))),
    (mx.init.Xavier(factor_type="in", magnitude=2), (300, 100), np.sqrt(2 / 100)),
    (mx.init.Xavier(factor_type="out"), (300, 100), np.sqrt(3 / 300)),
])
def test_xavier_uniform_bound_and_spread(numpy_random, init, shape, bound):
    w = _init(init, "w_weight", shape)
    assert w.shape == shape and np.abs(w).max() <= bound * (1 + 1e-6)
    assert w.std() == pytest.approx(bound / np.sqrt(3), rel=0.03)


def test_xavier_gaussian_and_msraprelu_spread(numpy_random):
    w = _init(mx.init.Xavier(rnd_type="gaussian", factor_type="in", magnitude=2), "w_weight", (400, 250))
    assert w.std() == pytest.approx(np.sqrt(2 / 250), rel=0.02)
    w = _init(mx.init.MSRAPrelu(slope=0.25), "w_weight", (128, 64, 3, 3))
    assert w.std() == pytest.approx(np.sqrt(2 / (1 + 0.25 ** 2) / ((64 * 9 + 128 * 9) / 2)), rel=0.02)


@pytest.mark.parametrize("shape", [(20, 50), (50, 20), (8, 3, 2, 2)])
@pytest.mark.parametrize("rand_type", ["uniform", "normal"])
def test_orthogonal_rows_or_columns_are_orthonormal_times_scale(numpy_random, shape, rand_type):
    w = _init(mx.init.Orthogonal(scale=1.5, rand_type=rand_type), "w_weight", shape).reshape(shape[0], -1)
    gram = w @ w.T if w.shape[0] <= w.shape[1] else w.T @ w
    np.testing.assert_allclose(gram, 1.5 ** 2 * np.eye(gram.shape[0]), atol=1e-5)


def test_create_and_load_argument_errors_use_mxnets_classes():
    with pytest.raises(KeyError):
        mx.init.create()
    with pytest.raises(AssertionError, match="must be of string type"):
        mx.init.create(5)
    with pytest.raises(AssertionError, match="^$"):
        mx.init.Load([1, 2])
    with pytest.raises(UnboundLocalError, match="cannot access local variable 'tmp' where it is not associated with a value$"):
        mx.init.Orthogonal(rand_type="bad")(mx.init.InitDesc("w_weight"), mx.nd.zeros((2, 2)))


def test_prelu_gamma_defaults_to_constant_quarter_as_mxnet():
    # MXNet marks a PReLU's gamma (created or given) with __init__ Constant(0.25), which any initializer obeys
    with mx.name.NameManager():
        data = mx.sym.Variable("data")
        sym = mx.sym.LeakyReLU(data=data, act_type="prelu", name="p")
        given = mx.sym.LeakyReLU(data=data, gamma=mx.sym.Variable("g", init=mx.init.One()), act_type="prelu")
        leaky = mx.sym.LeakyReLU(data=data, act_type="leaky")
    attrs = sym.attr_dict()
    assert attrs["p_gamma"]["__init__"] == '["Constant", {"value": 0.25}]'
    assert given.attr_dict()["g"]["__init__"] == '["one", {}]'
    assert leaky.list_arguments() == ["data"]
    arr = mx.nd.zeros((4,))
    mx.init.Uniform()(mx.init.InitDesc("p_gamma", attrs=attrs["p_gamma"]), arr)
    assert arr.asnumpy().tolist() == [0.25] * 4
    mod = mx.mod.Module(sym, label_names=None)
    mod.bind(data_shapes=[("data", (2, 4))])
    mod.init_params()
    assert mod.get_params()[0]["p_gamma"].asnumpy().tolist() == [0.25] * 4


def test_fused_rnn_initializer_is_named_by_the_initializer_module():
    assert str(mx.init.FusedRNN) == "<class 'distnet.initializer.FusedRNN'>"


def test_xavier_and_mixed_messages_are_mxnets():
    with pytest.raises(ValueError, match="Incorrect factor type$"):
        _init(mx.init.Xavier(factor_type="sideways"), "fc_weight", (3, 3))
    with pytest.raises(ValueError, match="Unknown random type$"):
        _init(mx.init.Xavier(rnd_type="sideways"), "fc_weight", (3, 3))
    with pytest.raises(ValueError, match=r"Parameter name %s did not match any pattern\. Consideradd"):
        mx.init.Mixed(["bias"], [mx.init.Zero()])("fc_weight", mx.nd.zeros(1))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with pytest.raises(AssertionError, match="^$"):
            mx.init.One()("stn_loc_bias", mx.nd.zeros((4,)))


def test_initializers_compare_by_value_and_are_unhashable():
    assert mx.init.Uniform(0.1) == mx.init.Uniform(0.1) and mx.init.Uniform(0.1) != mx.init.Uniform(0.2)
    with pytest.raises(TypeError, match="unhashable type: 'One'"):
        hash(mx.init.One())


@pytest.mark.parametrize("args, kwargs, error, message", [
    ((), {}, KeyError, "initializer"),
    (('{"scale": 1}',), {}, KeyError, "initializer"),                    # a JSON dict without the name
    (('["uniform"]',), {}, ValueError, r"not enough values to unpack \(expected 2, got 1\)"),
    (('["one", {}, 3]',), {}, ValueError, r"too many values to unpack \(expected 2\)"),
    (('["uniform", {}]',), {"scale": 2}, AssertionError, "^$"),
    ((mx.init.One(), 3), {}, AssertionError, "^initializer is already an instance. Additional arguments are invalid$"),
])
def test_create_fails_as_mxnets_registry(args, kwargs, error, message):
    with pytest.raises(error, match=message):
        mx.init.create(*args, **kwargs)


def test_register_refuses_non_subclasses_and_warns_on_every_reregistration():
    with pytest.raises(TypeError, match="issubclass"):
        mx.init.register(3)
    with pytest.raises(AssertionError, match="^Can only register subclass of Initializer$"):
        mx.init.register(dict)

    class Twice(mx.init.Initializer):
        pass
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            mx.init.register(Twice)
            assert not caught
            mx.init.register(Twice)
        module = Twice.__module__
        assert [str(c.message) for c in caught] == [
            f"\033[91mNew initializer {module}.Twice registered with name twice isoverriding existing initializer "
            f"{module}.Twice\033[0m"]
    finally:
        mx.registry._REGISTRY[mx.init.Initializer].pop("twice", None)


def test_random_initializers_refuse_numpy_arrays_outside_numpy_semantics():
    with pytest.raises(TypeError, match="legacy operator which can only write to legacy ndarrays"):
        mx.init.Uniform()(mx.init.InitDesc("fc_weight"), mx.np.zeros((2, 2)))
    with pytest.raises(AttributeError, match="^'numpy.ndarray' object has no attribute 'handle'$"):
        mx.init.Normal()(mx.init.InitDesc("fc_weight"), np.zeros((2, 2)))
    arr = mx.np.zeros((2,))
    mx.init.One()(mx.init.InitDesc("fc_weight"), arr)         # assignment, not an operator: allowed
    assert arr.asnumpy().tolist() == [1, 1]


def test_verbose_statistic_is_the_float32_norm_divided_in_float32():
    values = [0.006283648312091827, 0.048615239560604095, -0.010688327252864838]
    printed = mx.init.Uniform().set_verbosity(True)._print_func(mx.nd.array(values))
    assert printed == "0.028966451"       # MXNet's; a float64 norm rounded once would print 0.028966453


def test_fused_rnn_given_an_init_spec_fails_on_its_name_as_mxnet():
    with pytest.raises(KeyError, match="'one'"):
        mx.init.FusedRNN('["One", {}]', 2, 1, "lstm")
    spec = mx.init.FusedRNN(mx.init.One(), 2, 1, "lstm").dumps()       # dumps() writes the inner spec as a string
    with pytest.raises(KeyError, match="'one'"):
        mx.init.create(spec)
    assert mx.init.create(mx.init.FusedRNN(None, 2, 1, "gru").dumps())._mode == "gru"


def test_random_initializer_parameters_of_mixed_kinds_fail_with_mxnets_message():
    with pytest.raises(AssertionError, match=r"^Distribution parameters must all have the same type, but got both "
                                             r"<class 'int'> and <class 'NoneType'>\.$"):
        mx.init.Normal(None)(mx.init.InitDesc("w_weight"), mx.nd.zeros((2, 2)))
    with pytest.raises(ValueError, match=r"Distribution parameters must be either NDArray or numbers, but got "
                                         r"<class 'str'>\.$"):
        mx.nd.random.uniform("a", 1, shape=(2,))


@pytest.mark.parametrize("stype, name", [("row_sparse", "RowSparseNDArray"), ("csr", "CSRNDArray")])
def test_numpy_fill_of_a_sparse_array_warns_as_mxnet(stype, name):
    arr = mx.nd.zeros((2, 2)).tostype(stype)
    with pytest.warns(RuntimeWarning, match=f"^Assigning non-NDArray object to {name} is not efficient$"):
        mx.init.Orthogonal()(mx.init.InitDesc("w_weight"), arr)
    np.testing.assert_allclose(arr.asnumpy() @ arr.asnumpy().T, 1.414 ** 2 * np.eye(2), atol=1e-5)
    spelled = "implmented" if stype == "row_sparse" else "implemented"       # MXNet's row_sparse misspelling
    with pytest.raises(ValueError, match=f"Assignment with slice for {name} is not {spelled} yet.$"):
        arr[1:] = 0


def test_initializers_check_arrays_as_a_users_code_under_numpy_semantics_too():
    mx.npx.set_np()
    try:
        legacy = mx.nd.zeros((2, 3))
        with pytest.raises(TypeError, match="does not support assignment with non-array-like object"):
            mx.init.Constant(mx.np.ones((2, 3)))(mx.init.InitDesc("w_weight"), legacy)
        with pytest.raises(TypeError, match="numpy operator"):
            mx.init.Uniform()(mx.init.InitDesc("w_weight"), legacy)
        filled = mx.np.zeros((2, 3))
        mx.init.Constant(mx.np.ones((2, 3)) * 2)(mx.init.InitDesc("w_weight"), filled)
        assert filled.asnumpy().tolist() == [[2, 2, 2]] * 2
    finally:
        mx.npx.reset_np()


def test_numpy_semantics_initializers_draw_float32_only_as_mxnet():
    # MXNet's Uniform/Normal/Xavier draw through mx.np.random into the parameter: a float16 one fails its check
    mx.npx.set_np()
    try:
        dense = mx.gluon.nn.Dense(2, in_units=2, dtype="float16")
        with pytest.raises(mx.MXNetError) as e:
            dense.initialize()
        assert message_of(e.value) == ("Check failed: outputs[i]->dtype() == out_types[i] (2 vs. 0) : 0-th output has "
                                "invalid shape. Expecting 0 got 2 in operator _npi_uniform")
    finally:
        mx.npx.reset_np()
