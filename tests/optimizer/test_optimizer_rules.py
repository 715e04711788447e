"""Every optimizer's update rule against its textbook formula, evaluated in float64, for three steps."""
import math

import numpy as np
import pytest

import distnet as mx

LR, WD, RESCALE, CLIP = 0.05, 0.01, 0.5, 0.6


def _clip(g, c):
    return np.clip(g, -c, c) if c else g


def sgd(w, g, s, t, p):
    g = _clip(RESCALE * g, p.get("clip_gradient")) + WD * w
    s["mom"] = p["momentum"] * s.get("mom", 0) - LR * g
    return w + s["mom"]


def nag(w, g, s, t, p):      # MXNet's documented form; weight decay left out (see the MXNet-reference test)
    g = _clip(RESCALE * g, p.get("clip_gradient"))
    s["mom"] = p["momentum"] * s.get("mom", 0) + g
    return w - LR * (g + p["momentum"] * s["mom"])


def adam(w, g, s, t, p):
    g = _clip(RESCALE * g + WD * w, p.get("clip_gradient"))
    s["m"] = 0.9 * s.get("m", 0) + 0.1 * g
    s["v"] = 0.999 * s.get("v", 0) + 0.001 * g * g
    lr = LR * math.sqrt(1 - 0.999 ** t) / (1 - 0.9 ** t)
    return w - lr * s["m"] / (np.sqrt(s["v"]) + 1e-8)


def adagrad(w, g, s, t, p):
    g = _clip(RESCALE * g, p.get("clip_gradient"))
    s["h"] = s.get("h", 0) + g * g
    return w - LR * (g / np.sqrt(s["h"] + 1e-7) + WD * w)


def rmsprop(w, g, s, t, p):
    g = _clip(RESCALE * g + WD * w, p.get("clip_gradient"))
    s["n"] = 0.1 * g * g + 0.9 * s.get("n", 0)
    if not p.get("centered"):
        return w - LR * g / np.sqrt(s["n"] + 1e-8)
    s["g"] = 0.1 * g + 0.9 * s.get("g", 0)
    s["d"] = 0.9 * s.get("d", 0) - LR * g / np.sqrt(s["n"] - s["g"] ** 2 + 1e-8)
    return w + s["d"]


def adadelta(w, g, s, t, p):
    g = _clip(RESCALE * g, p.get("clip_gradient"))
    s["acc_g"] = 0.9 * s.get("acc_g", 0) + 0.1 * g * g
    delta = np.sqrt(s.get("acc_d", 0) + 1e-5) / np.sqrt(s["acc_g"] + 1e-5) * g
    s["acc_d"] = 0.9 * s.get("acc_d", 0) + 0.1 * delta * delta
    return w - delta - WD * w


def adamax(w, g, s, t, p):
    g = _clip(RESCALE * g + WD * w, p.get("clip_gradient"))
    s["m"] = 0.9 * s.get("m", 0) + 0.1 * g
    s["u"] = np.maximum(0.999 * s.get("u", 0), np.abs(g))
    return w - LR / (1 - 0.9 ** t) * s["m"] / s["u"]


def nadam(w, g, s, t, p):
    g = _clip(RESCALE * g + WD * w, p.get("clip_gradient"))
    mu_t = 0.9 * (1 - 0.5 * 0.96 ** (t * 0.004))
    mu_next = 0.9 * (1 - 0.5 * 0.96 ** ((t + 1) * 0.004))
    s["sched"] = s.get("sched", 1.0) * mu_t
    s["m"] = 0.9 * s.get("m", 0) + 0.1 * g
    s["v"] = 0.999 * s.get("v", 0) + 0.001 * g * g
    m_bar = (1 - mu_t) * g / (1 - s["sched"]) + mu_next * s["m"] / (1 - s["sched"] * mu_next)
    return w - LR * m_bar / (np.sqrt(s["v"] / (1 - 0.999 ** t)) + 1e-8)


def ftrl(w, g, s, t, p):
    lamda1, beta = 0.01, 1.0
    g = _clip(RESCALE * g, p.get("clip_gradient"))
    n = s.get("n", 0)
    s["z"] = s.get("z", 0) + g - (np.sqrt(n + g * g) - np.sqrt(n)) * w / LR
    s["n"] = n + g * g
    z = s["z"]
    return (np.sign(z) * lamda1 - z) / ((beta + np.sqrt(s["n"])) / LR + WD) * (np.abs(z) > lamda1)


def signum(w, g, s, t, p):
    m = p["momentum"]
    g = _clip(RESCALE * g, p.get("clip_gradient")) + WD * w
    if m == 0:
        return (1 - LR * WD) * w - LR * np.sign(g)
    s["mom"] = m * s.get("mom", 0) + (1 - m) * g
    return (1 - LR * p.get("wd_lh", 0)) * w - LR * np.sign(s["mom"])


def lamb(w, g, s, t, p):
    g = _clip(RESCALE * g, p.get("clip_gradient"))
    s["m"] = 0.9 * s.get("m", 0) + 0.1 * g
    s["v"] = 0.999 * s.get("v", 0) + 0.001 * g * g
    r = (s["m"] / (1 - 0.9 ** t)) / (np.sqrt(s["v"] / (1 - 0.999 ** t)) + 1e-6) + WD * w
    return w - LR * np.linalg.norm(w) / np.linalg.norm(r) * r


def ftml(w, g, s, t, p):
    b1, b2 = 0.6, 0.999
    g = _clip(RESCALE * g + WD * w, p.get("clip_gradient"))
    s["v"] = b2 * s.get("v", 0) + (1 - b2) * g * g
    d = (1 - b1 ** t) / LR * (np.sqrt(s["v"] / (1 - b2 ** t)) + 1e-8)
    s["z"] = b1 * s.get("z", 0) + (1 - b1) * g - (d - b1 * s.get("d", 0)) * w
    s["d"] = d
    return -s["z"] / d


def dcasgd(w, g, s, t, p):
    g = _clip(RESCALE * g, p.get("clip_gradient"))
    previous = s.get("prev", w)
    s["mom"] = p["momentum"] * s.get("mom", 0) - LR * (g + WD * w + 0.04 * g * g * (w - previous))
    s["prev"] = w
    return w + s["mom"]


def groupadagrad(w, g, s, t, p):        # one history value per row; no weight decay
    g = _clip(RESCALE * g, p.get("clip_gradient"))
    s["h"] = s.get("h", 0) + (g * g).mean(axis=1, keepdims=True)
    return w - LR * g / np.sqrt(s["h"] + 1e-5)


RULES = [
    ("sgd", {"momentum": 0.0}, sgd), ("sgd", {"momentum": 0.9}, sgd), ("sgd", {"momentum": 0.9, "clip_gradient": CLIP}, sgd),
    ("nag", {"momentum": 0.9, "wd": 0.0}, nag), ("nag", {"momentum": 0.0, "wd": 0.0, "clip_gradient": CLIP}, nag),
    ("adam", {}, adam), ("adam", {"clip_gradient": CLIP}, adam),
    ("adagrad", {}, adagrad), ("adagrad", {"clip_gradient": CLIP}, adagrad),
    ("rmsprop", {}, rmsprop), ("rmsprop", {"centered": True}, rmsprop),
    ("adadelta", {}, adadelta), ("adadelta", {"clip_gradient": CLIP}, adadelta),
    ("adamax", {}, adamax), ("nadam", {}, nadam), ("ftrl", {}, ftrl), ("ftrl", {"clip_gradient": CLIP}, ftrl),
    ("signum", {"momentum": 0.9, "wd_lh": 0.01}, signum), ("signum", {"momentum": 0.0}, signum),
    ("lamb", {}, lamb), ("ftml", {}, ftml), ("dcasgd", {"momentum": 0.0}, dcasgd),
    ("groupadagrad", {"wd": 0.0}, groupadagrad), ("groupadagrad", {"wd": 0.0, "clip_gradient": CLIP}, groupadagrad),
]


@pytest.mark.parametrize("name,params,rule", RULES, ids=[f"{n}-{p}" for n, p, _ in RULES])
def test_update_rule_matches_formula_for_three_steps(name, params, rule):
    kwargs = dict(params)
    kwargs.setdefault("wd", WD)
    opt = mx.optimizer.create(name, learning_rate=LR, rescale_grad=RESCALE, **kwargs)
    rs = np.random.RandomState(7)
    w32 = rs.randn(4, 5).astype(np.float32)
    weight = mx.nd.array(w32)
    state = opt.create_state(0, weight)
    expected, ref_state = w32.astype(np.float64), {}
    for t in range(1, 4):
        g32 = rs.randn(4, 5).astype(np.float32)
        expected = rule(expected, g32.astype(np.float64), ref_state, t, params)
        opt.update(0, weight, mx.nd.array(g32), state)
        np.testing.assert_allclose(weight.asnumpy(), expected, rtol=2e-5, atol=2e-6, err_msg=f"step {t}")


def test_every_registered_optimizer_has_a_rule_test():
    tested = {name for name, _, _ in RULES} | {"ccsgd", "sgld", "test"}
    tested |= {"lars", "lbsgd"}       # checked against MXNet values in tests/test_fidelity_sweep.py
    tested |= {"_svrgoptimizer", "_assignmentoptimizer"}    # SVRG's own (tests/module/test_svrg_module.py)
    assert set(mx.optimizer.Optimizer.opt_registry) <= tested


def test_signum_without_momentum_is_signsgd_and_signsgd_is_not_registered():
    w = mx.nd.array([[0.5, -1.0, 2.0]])
    g = mx.nd.array([[0.3, -0.2, 0.0]])
    opt = mx.optimizer.Signum(learning_rate=0.1, momentum=0, wd=0.01)
    opt.update(0, w, g, opt.create_state(0, w))
    np.testing.assert_allclose(w.asnumpy(), [[0.5 * 0.999 - 0.1, -1.0 * 0.999 + 0.1, 2.0 * 0.999]], rtol=1e-6)
    assert "signsgd" not in mx.optimizer.Optimizer.opt_registry      # as in MXNet 1.9.1


def test_test_optimizer_adds_rescaled_gradient_and_mirrors_weight():
    opt = mx.optimizer.create("test", rescale_grad=2.0)
    w = mx.nd.array([1.0, 2.0])
    state = opt.create_state(0, w)
    opt.update(0, w, mx.nd.array([0.5, -0.5]), state)
    assert w.asnumpy().tolist() == [2.0, 1.0] and state.asnumpy().tolist() == [2.0, 1.0]


def test_ccsgd_is_sgd():
    assert issubclass(mx.optimizer.ccSGD, mx.optimizer.SGD)
    assert type(mx.optimizer.create("ccsgd")) is mx.optimizer.ccSGD


# (seed, size, scale, MXNet 1.9.1's NDArray.norm(), sqrt of its multi_sum_sq) for randn * scale with every 7th entry 0
MXNET_NORMS = [
    (0, 1000, 1.0, 28.939455032348633, 28.939455032348633),
    (1, 5000, 30.0, 1976.531005859375, 1976.5296630859375),
    (2, 333, 0.01, 0.17329317331314087, 0.17329314351081848),
]


@pytest.mark.parametrize("seed,size,scale,norm,fused_norm", MXNET_NORMS)
def test_lamb_norms_are_computed_as_mxnet_does(seed, size, scale, norm, fused_norm):
    x = (np.random.RandomState(seed).randn(size) * scale).astype(np.float32)
    x[::7] = 0
    assert float(mx.nd.array(x).norm().asscalar()) == norm
    assert float(np.sqrt(mx.nd.multi_sum_sq(mx.nd.array(x), num_arrays=1).asnumpy()[0])) == fused_norm
    assert float(mx.nd.zeros(3).norm().asscalar()) == 0.0


@pytest.mark.parametrize("name", ["sgd", "adam", "nag", "signum", "lamb", "ftml"])
def test_an_integer_weight_fails_in_the_update_kernel_and_keeps_its_value(name):
    opt = mx.optimizer.create(name, learning_rate=0.1, **({"momentum": 0.9} if name in ("nag", "signum") else {}))
    weight = mx.nd.ones((2,), dtype="int32")
    states = opt.create_state_multi_precision(0, weight)
    opt.update_multi_precision(0, weight, mx.nd.ones((2,), dtype="int32"), states)    # no error at the call
    with pytest.raises(mx.base.MXNetError, match="only support floating point types, not int32"):
        weight.asnumpy()
    assert weight.asnumpy().tolist() == [1, 1]
    for state in states if isinstance(states, (list, tuple)) else [states]:
        if state is not None:
            assert state.asnumpy().tolist() == [0, 0]
