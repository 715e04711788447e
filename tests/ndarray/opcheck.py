"""One table row per operator: forward against a numpy reference, backward against central differences.

    CASES = [Case("concat", (2, 3), (2, 4), dim=1, ref=lambda a, b: np.concatenate([a, b], 1))]

Inputs are shapes (filled with seeded uniform values in [-1, 1)) or numpy arrays used as given;
integer arrays are constants (indices), float arrays are differentiated. The forward runs on
float32 NDArrays and is compared with ``ref`` on the float64 inputs; the backward runs on float64
NDArrays and is compared with float64 central differences of a random projection of the output.
"""
import zlib

import numpy as np

from distnet import autograd
from distnet.ndarray import registry
from distnet.ndarray.ndarray import _wrap
from distnet.test_utils import assert_almost_equal


class Case:
    """One operator call: ``Case(op, *inputs, ref=..., grad=True, output=0, **attrs)``."""

    def __init__(self, op, *inputs, ref=None, grad=True, output=0, rtol=1e-4, atol=1e-5,
                 grad_rtol=1e-3, grad_atol=1e-5, eps=1e-5, label="", **attrs):
        self.op, self.inputs, self.ref, self.grad, self.output = op, inputs, ref, grad, output
        self.rtol, self.atol, self.grad_rtol, self.grad_atol, self.eps = rtol, atol, grad_rtol, grad_atol, eps
        self.attrs, self.label = attrs, label

    def __repr__(self):
        return f"{self.op}{'-' + self.label if self.label else ''}{self.attrs or ''}"

    def arrays(self):
        rng = np.random.RandomState(zlib.crc32(repr(self).encode()))
        return [np.asarray(x) if not isinstance(x, tuple) else rng.uniform(-1, 1, size=x) for x in self.inputs]


def _pick(res, index):
    return res[index] if isinstance(res, (list, tuple)) else res


def _runner(name):
    """The operator's NDArray function; for one whose auxiliary states MXNet's function does not take (so never
    runs), the call a bound graph makes, with them as inputs."""
    op = registry.OPS[name]
    if op.unlisted_inputs:
        return lambda *args, **attrs: registry.invoke(op, args, attrs)
    return registry.function(name)


def run_case(case):
    """Check ``case``'s forward against its reference and its backward against finite differences."""
    fn = _runner(case.op)
    xs = case.arrays()
    if case.ref is not None:
        got = fn(*[_wrap(x.astype(np.float32) if x.dtype.kind == "f" else x) for x in xs], **case.attrs)
        expected = case.ref(*xs)
        if isinstance(expected, (list, tuple)):
            assert isinstance(got, (list, tuple)) and len(got) == len(expected), f"{case}: output count"
            for g, e in zip(got, expected):
                assert_almost_equal(g, np.asarray(e, dtype=np.float64), rtol=case.rtol, atol=case.atol)
        else:
            assert_almost_equal(_pick(got, 0).astype("float64"), np.asarray(expected, dtype=np.float64),
                                rtol=case.rtol, atol=case.atol)
    if case.grad:
        check_grad(case, fn, xs)


def check_grad(case, fn, xs):
    """Autograd's gradient of every float input against float64 central differences."""
    wrt = [i for i, x in enumerate(xs) if x.dtype.kind == "f"]
    if case.grad is not True:
        wrt = list(case.grad)
    probe = _pick(fn(*[_wrap(x) for x in xs], **case.attrs), case.output).asnumpy()
    proj = np.random.RandomState(1).uniform(0.5, 1.5, size=probe.shape)

    def objective(arrays):
        return float((_pick(fn(*[_wrap(a) for a in arrays], **case.attrs), case.output).asnumpy() * proj).sum())

    args = [_wrap(x.copy()) for x in xs]
    for i in wrt:
        args[i].attach_grad()
    with autograd.record():
        y = _pick(fn(*args, **case.attrs), case.output)
    y.backward(_wrap(proj.astype(y.dtype)))      # (MXNet refuses a head gradient of another dtype)
    for i in wrt:
        x = xs[i].copy()
        numeric = np.zeros_like(x)
        flat, nflat = x.reshape(-1), numeric.reshape(-1)
        for j in range(flat.size):
            old = flat[j]
            arrays = [x if k == i else xs[k] for k in range(len(xs))]
            flat[j] = old + case.eps
            hi = objective(arrays)
            flat[j] = old - case.eps
            lo = objective(arrays)
            flat[j] = old
            nflat[j] = (hi - lo) / (2 * case.eps)
        assert_almost_equal(args[i].grad, numeric, rtol=case.grad_rtol, atol=case.grad_atol,
                            names=(f"{case} autograd d/dx{i}", "numeric"))
