"""mx.np.random samplers' out=: a one-array sequence is written and returned, gamma takes its sample shape from
out=, and randint refuses an array size."""
import numpy as onp
import mxnet as mx
np = mx.np
mx.npx.set_np()


def show(r):
    if isinstance(r, list):
        return "list " + str([(a.dtype, a.asnumpy().tolist()) for a in r])
    return f"{r.dtype} {r.shape} {r.asnumpy().tolist()}"


def run(label, make):
    mx.random.seed(6)
    try:
        print(label, show(make()))
    except Exception as e:      # the error class is part of the behaviour
        print(label, type(e).__name__)


for name, params in [("uniform", (0., 1.)), ("normal", (0., 1.)), ("exponential", (2.,)), ("logistic", (0., 1.)),
                     ("gumbel", (0., 1.)), ("rayleigh", (1.,)), ("weibull", (2.,)), ("pareto", (2.,)),
                     ("lognormal", (0., 1.)), ("randint", (0, 5)), ("choice", (5,)), ("gamma", (2.,))]:
    fn = getattr(np.random, name)
    o = np.zeros(3)
    run(f"{name} out=[o]", lambda: fn(*params, size=3, out=[o]))
    print("  o:", o.asnumpy().tolist())
o2 = np.zeros(2)
run("gamma out of another shape", lambda: np.random.gamma(2., size=3, out=o2))
print("  o2:", o2.asnumpy().tolist())
run("gamma size 2", lambda: np.random.gamma(2., size=2))
run("gamma numpy out", lambda: np.random.gamma(2., size=3, out=onp.zeros(3)))
run("gamma legacy out", lambda: np.random.gamma(2., size=3, out=mx.nd.zeros(3)))
run("randint array size", lambda: np.random.randint(0, 5, size=np.array([2, 2])))
run("uniform array size", lambda: np.random.uniform(size=np.array([2, 2])))
