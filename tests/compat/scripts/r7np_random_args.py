"""np.random argument rules: choice from a 2-D array takes rows (clipped indices into range(a.size)), lognormal's
out= receives the normal samples, power takes no ctx, gamma needs its shape, kernel checks of array parameters
and bernoulli's prob, parameters that do not broadcast with size."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()


def show(label, fn):
    """Prints the result (shape, dtype, values) or the exception class."""
    try:
        r = fn()
        if isinstance(r, tuple):
            r = [(a.shape, a.dtype, a.reshape(-1).tolist()) for a in r]
        elif isinstance(r, np.ndarray):
            r = (r.shape, r.dtype, r.reshape(-1).tolist())
        print(label, "->", r)
    except Exception as e:  # noqa: BLE001
        print(label, "raises", type(e).__name__)


a = np.arange(12.).reshape(4, 3)
for s in range(3):
    mx.random.seed(s)
    show("choice rows seed %d" % s, lambda: np.random.choice(a, 3))
    mx.random.seed(s)
    show("choice rows no replace seed %d" % s, lambda: np.random.choice(a.reshape(2, 2, 3), 2, replace=False))
mx.random.seed(1)
o = np.zeros((2, 2))
show("lognormal out", lambda: (np.random.lognormal(size=(2, 2), out=o), o))
show("power ctx", lambda: np.random.power(2., size=2, ctx=mx.cpu()))
show("power out", lambda: np.random.power(2., size=2, out=np.zeros(2)))
show("gamma no shape", lambda: np.random.gamma(scale=2.))
mx.random.seed(0)
show("normal negative array scale", lambda: np.random.normal(scale=np.array([1., -1.]), size=2))
show("draws after", lambda: np.random.uniform(size=2))
show("lognormal negative array sigma", lambda: np.random.lognormal(0, np.array([-1., 2.])))
show("bernoulli prob 1.5", lambda: npx.random.bernoulli(1.5, size=2))
show("bernoulli prob -0.5", lambda: npx.random.bernoulli(-0.5, size=2))
show("bernoulli prob array", lambda: npx.random.bernoulli(np.array([0.5, -0.1])))
show("bernoulli prob ok", lambda: npx.random.bernoulli(np.array([0.5, 1.0])))
show("draws after checks", lambda: np.random.uniform(size=2))
show("normal size vs params", lambda: np.random.normal(np.zeros((2, 1)), np.ones((3,)), size=(4, 3)))
show("uniform params", lambda: np.random.uniform(np.zeros((2,)), np.ones((3,))))
show("exponential size", lambda: np.random.exponential(np.ones((3,)), size=(2,)))
show("gumbel size", lambda: np.random.gumbel(np.ones((3,)), size=(2,)))
show("weibull size", lambda: np.random.weibull(np.ones((3,)), size=(2,)))
show("normal size ok", lambda: str(np.random.normal(np.ones((3,)), size=(2, 3)).shape))
show("normal size 1 side", lambda: str(np.random.normal(np.ones((3, 1)), size=(3, 4)).shape))
