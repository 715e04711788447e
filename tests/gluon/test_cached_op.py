"""A hybridized block replays its graph on numpy arrays as one tape node: same numbers as the
imperative block, gradients for every input and parameter, MXNet's errors."""
import numpy as np
import pytest

import distnet as mx
from distnet import autograd, gluon, nd
from distnet.base import MXNetError, message_of


class Branchy(gluon.HybridBlock):
    """Reuses an intermediate, splits it into two outputs and mixes an op with hidden outputs (BN)."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.dense = gluon.nn.Dense(6, in_units=4)
            self.norm = gluon.nn.BatchNorm(in_channels=6)

    def hybrid_forward(self, F, x, y):
        h = F.tanh(self.dense(x))
        h = self.norm(h * h + h)
        a, b = F.split(h, num_outputs=2, axis=1)
        return F.sum(a * y, axis=1), F.relu(b) - 0.5 * y


def _net(seed=3):
    mx.random.seed(seed)
    net = Branchy()
    net.initialize(mx.init.Uniform(0.5))
    return net


def _run(net, x, y, head):
    x, y = x.copy(), y.copy()
    x.attach_grad()
    y.attach_grad()
    with autograd.record():
        out1, out2 = net(x, y)
    autograd.backward([out1, out2], [head[0], head[1]])
    grads = [p.grad().asnumpy() for p in net.collect_params().values() if p.grad_req != "null"]
    return [out1.asnumpy(), out2.asnumpy(), x.grad.asnumpy(), y.grad.asnumpy()], grads


def test_hybridized_outputs_and_gradients_equal_the_imperative_ones_bit_for_bit():
    rng = np.random.RandomState(0)
    x, y = nd.array(rng.randn(5, 4)), nd.array(rng.randn(5, 3))
    head = [nd.array(rng.randn(5)), nd.array(rng.randn(5, 3))]
    plain, plain_grads = _run(_net(), x, y, head)
    net = _net()
    net.hybridize()
    replay, replay_grads = _run(net, x, y, head)
    for a, b in zip(plain, replay):
        assert np.array_equal(a, b)
    assert len(plain_grads) == len(replay_grads) == 4
    for a, b in zip(plain_grads, replay_grads):
        assert np.array_equal(a, b)


class TanhTwice(gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        return F.tanh(x) + (1 - F.tanh(x) ** 2)


def test_hybridized_graph_merges_repeated_subexpressions_before_backward():
    # MXNet's CachedOp merges the two tanh nodes: their output gradients are summed before one tanh
    # backward, which rounds differently from the imperative two backwards (values from MXNet 1.9.1)
    x = nd.array(np.linspace(-1.3, 1.7, 7, dtype=np.float32))
    expected = {False: [0.2594090700149536, 0.4815629720687866, 0.5358779430389404, 0.21521814167499542,
                        -0.04902230203151703, -0.07531076669692993, -0.04027852788567543],
                True: [0.2594090700149536, 0.481563001871109, 0.5358779430389404, 0.21521814167499542,
                       -0.04902229085564613, -0.07531076669692993, -0.04027853161096573]}
    for hybrid, grads in expected.items():
        net = TanhTwice()
        if hybrid:
            net.hybridize()
        x.attach_grad()
        with autograd.record():
            y = net(x)
        y.backward(nd.ones_like(y) * 0.37)
        assert x.grad.asnumpy().tolist() == grads


def test_hybridized_gradient_matches_finite_differences():
    rng = np.random.RandomState(1)
    net = _net()
    net.hybridize()
    x, y = rng.randn(3, 4), rng.randn(3, 3)
    head = rng.randn(3)

    def loss(xv):       # training mode: BatchNorm on batch statistics, as under record()
        with autograd.train_mode():
            out1, _ = net(nd.array(xv, dtype="float64"), nd.array(y, dtype="float64"))
        return float((out1.asnumpy() * head).sum())

    net.cast("float64")
    xa = nd.array(x, dtype="float64")
    xa.attach_grad()
    with autograd.record():
        out1, _ = net(xa, nd.array(y, dtype="float64"))
    out1.backward(nd.array(head, dtype="float64"))
    eps, numeric = 1e-6, np.zeros_like(x)
    for i in np.ndindex(*x.shape):
        up, down = x.copy(), x.copy()
        up[i] += eps
        down[i] -= eps
        numeric[i] = (loss(up) - loss(down)) / (2 * eps)
    np.testing.assert_allclose(xa.grad.asnumpy(), numeric, rtol=1e-6, atol=1e-8)


def test_a_second_backward_needs_retain_graph():
    net = _net()
    net.hybridize()
    x, y = nd.ones((2, 4)), nd.ones((2, 3))
    x.attach_grad()
    with autograd.record():
        out = net(x, y)[0]
    out.backward(retain_graph=True)
    first = x.grad.asnumpy().copy()
    out.backward()
    assert np.array_equal(first, x.grad.asnumpy())
    with pytest.raises(MXNetError, match="retain_graph"):
        out.backward()


def test_higher_order_gradients_through_a_hybridized_block_are_refused_as_in_mxnet():
    net = gluon.nn.HybridSequential()
    net.add(gluon.nn.Dense(3, activation="tanh", in_units=4), gluon.nn.Dense(1, in_units=3))
    net.initialize()
    net.hybridize()
    x = nd.ones((2, 4))
    x.attach_grad()
    with autograd.record():
        y = net(x)
        with pytest.raises(MXNetError) as info:
            autograd.grad(y, [x], create_graph=True, retain_graph=True)
    assert message_of(info.value) == ("Check failed: !Imperative: :Get()->is_recording(): CachedOp does not support higher "
                               "order gradients. If you want to do backward with create_graph=True please do not "
                               "use hybridize.")


def test_inputs_that_need_no_gradient_are_not_differentiated():
    net = gluon.nn.HybridSequential()
    net.add(gluon.nn.Dense(3, in_units=4))
    net.initialize()
    net.hybridize()
    net.collect_params().setattr("grad_req", "null")
    x = nd.ones((2, 4))
    x.attach_grad()
    with autograd.record():
        y = net(x)
    y.backward()
    w = net[0].weight.data().asnumpy()
    assert np.array_equal(x.grad.asnumpy(), np.ones((2, 3), np.float32) @ w)


class ExpOfSum(gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        return F.exp(F.tanh(x) + F.sin(x)), F.sin(x) * 2


def test_a_recorded_cached_op_names_its_outputs_after_its_graph():
    # names as MXNet 1.9.1's autograd.get_symbol gives them for a graph it did not inline
    net = ExpOfSum(prefix='v0_')
    net.hybridize()
    x = nd.array([0.1, 0.2])
    x.attach_grad()
    with autograd.record():
        y, _ = net(x)
    sym = autograd.get_symbol(y)
    inner = [name.split('_', 2)[2] for name in sym.get_internals().list_outputs()[1:]]     # node_<k>_<inner>
    assert inner == ['v0_exp0_output', 'v0__mulscalar0_output']
    assert sym.list_outputs()[0].split('_', 2)[2] == 'v0_exp0_output'


def test_nd_cached_op_differentiates_the_merged_graph():
    # mx.nd.CachedOp is MXNet's CachedOp too: the tanh nodes merge (values from MXNet 1.9.1)
    x = mx.sym.var('x')
    op = nd.CachedOp(mx.sym.tanh(x) + (1 - mx.sym.tanh(x) ** 2))
    a = nd.array(np.linspace(-1.3, 1.7, 7, dtype=np.float32))
    a.attach_grad()
    with autograd.record():
        out = op(a)
    out.backward(nd.ones_like(out) * 0.37)
    assert a.grad.asnumpy()[[1, 4, 6]].tolist() == [0.481563001871109, -0.04902229085564613, -0.04027853161096573]


class RepeatedOutputs(gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        y = F.exp(x)
        return y, y, y * 2, y


def test_a_repeated_output_is_passed_out_through_named_copies():
    # MXNet's CachedOp copies a repeated output (<node>_copy<k>) before merging, which then merges the two
    # copies and copies the merged one again (hook names from MXNet 1.9.1)
    net = RepeatedOutputs(prefix='a0_')
    net.hybridize()
    seen = []
    net.register_op_hook(lambda name, op_name, arr: seen.append((name, op_name)))
    outs = net(nd.array([0.1, 0.2]))
    assert seen == [(b'a0_exp0_0', b'exp'), (b'a0_exp0_copy0_0', b'_copy'), (b'a0__mulscalar0_0', b'_mul_scalar'),
                    (b'a0_exp0_copy0_0_copy_0', b'_copy')]
    assert all(np.array_equal(o.asnumpy(), outs[0].asnumpy()) for o in (outs[1], outs[3]))


def test_an_op_hook_that_raises_is_reported_and_the_forward_runs_on(monkeypatch):
    # MXNet calls the hook from its engine through ctypes: what it raises goes to Python's unraisable hook
    import ctypes
    import sys
    reported = []
    monkeypatch.setattr(sys, "unraisablehook", lambda args: reported.append((args.err_msg, args.exc_value)))
    net = RepeatedOutputs(prefix='a1_')
    net.hybridize()
    values = []

    def hook(name, op_name, handle):
        array = nd.NDArray(ctypes.cast(handle, mx.base.NDArrayHandle), writable=False)
        values.append(np.round(array.asnumpy().astype(np.float64), 5).tolist())
        raise KeyError(name)
    net.register_op_hook(hook)
    outs = net(nd.array([0.0, 1.0]))
    assert values == [[1.0, 2.71828]] * 2 + [[2.0, 5.43656]] + [[1.0, 2.71828]]
    assert np.round(outs[2].asnumpy().astype(np.float64), 5).tolist() == [2.0, 5.43656]
    assert [msg for msg, _ in reported] == ["Exception ignored on calling ctypes callback function"] * 4
    assert all(repr(e).startswith("KeyError(b'a1_") for _, e in reported)


def test_a_graph_with_an_op_without_gradient_fails_when_its_cached_op_is_built():
    class Shuffled(gluon.HybridBlock):
        def hybrid_forward(self, F, x):
            return F.random.shuffle(x) + 1

    class Stopped(gluon.HybridBlock):
        def hybrid_forward(self, F, x):
            return F.BlockGrad(F.random.shuffle(x)) + x

    x = nd.ones((3, 2))
    assert Shuffled()(x).shape == (3, 2)                 # imperative: only a backward through it fails
    net = Shuffled()
    net.hybridize()
    with pytest.raises(MXNetError, match="Operator _shuffle is non-differentiable"):
        net(x)
    stopped = Stopped()
    stopped.hybridize()
    assert stopped(x).shape == (3, 2)
