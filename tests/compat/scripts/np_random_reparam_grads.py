"""mx.np.random samplers as MXNet 1.9.1 draws them (each kernel's float/double steps, scalar and array
parameters) and differentiates them (reparameterization: gradients with respect to array parameters)."""
import numpy as onp

import mxnet as mx
from mxnet import autograd, np


def bits(a):
    a = a.asnumpy()
    return int(a.view(onp.uint32).astype(onp.uint64).sum())


def rounded(a):
    return None if a is None else onp.round(a.asnumpy().astype(onp.float64), 6).tolist()


N = 4000
PARAMS = np.array([0.5, 1.5, 3.0])
for name, draw in (("weibull", lambda: np.random.weibull(2.0, size=N)),
                   ("weibull array", lambda: np.random.weibull(PARAMS, size=(N, 3))),
                   ("pareto array", lambda: np.random.pareto(PARAMS, size=(N, 3))),
                   ("rayleigh array", lambda: np.random.rayleigh(PARAMS, size=(N, 3))),
                   ("power", lambda: np.random.power(2.0, size=N)),
                   ("power array", lambda: np.random.power(PARAMS, size=(N, 3))),
                   ("exponential", lambda: np.random.exponential(2.0, size=N)),
                   ("exponential array", lambda: np.random.exponential(PARAMS, size=(N, 3))),
                   ("lognormal", lambda: np.random.lognormal(0.5, 1.5, size=N))):
    mx.random.seed(2)
    print(name, bits(draw()))

CASES = (
    ("normal", lambda a, b: np.random.normal(a, b), True, True),
    ("normal loc", lambda a, b: np.random.normal(a, 2.0), True, False),
    ("normal scale", lambda a, b: np.random.normal(0.5, b), False, True),
    ("normal broadcast", lambda a, b: np.random.normal(a, b[:1], size=(3, 2)), True, True),
    ("uniform", lambda a, b: np.random.uniform(a, b), True, True),
    ("exponential", lambda a, b: np.random.exponential(a, size=(3, 2)), True, False),
    ("weibull", lambda a, b: np.random.weibull(a), True, False),
    ("pareto", lambda a, b: np.random.pareto(a), True, False),
    ("rayleigh", lambda a, b: np.random.rayleigh(a), True, False),
    ("power", lambda a, b: np.random.power(a), True, False),
    ("gamma", lambda a, b: np.random.gamma(a, b), True, True),
    ("logistic", lambda a, b: np.random.logistic(a, b), True, True),
    ("gumbel", lambda a, b: np.random.gumbel(a, b, size=(2, 2)), True, True),
    ("lognormal", lambda a, b: np.random.lognormal(a, b), True, True),
    ("beta", lambda a, b: np.random.beta(a, b), True, True),
    ("chisquare", lambda a, b: np.random.chisquare(a), True, False),
)
for name, draw, with_a, with_b in CASES:
    a, b = np.array([0.5, 1.5]), np.array([2.0, 2.5])
    a.attach_grad()
    b.attach_grad()
    mx.random.seed(1)
    with autograd.record():
        y = draw(a, b)
    y.backward(np.ones(y.shape) * 1.5)
    print(name, rounded(y), rounded(a.grad) if with_a else None, rounded(b.grad) if with_b else None)
