"""Samplers whose output type (and shape) MXNet's inference fixes (multinomial's two outputs, the _like samplers, shuffle) refuse an out= of another before drawing, so the random streams are left as they were."""
import mxnet as mx

nd = mx.nd
R = nd.random
probs = nd.array([[0.2, 0.3, 0.5], [0.5, 0.5, 0.0]])


def show(name, fn):
    try:
        r = fn()
        r = r if isinstance(r, (list, tuple)) else [r]
        print(name, [(x.shape, x.dtype.__name__, x.asnumpy().tolist()) for x in r])
    except mx.base.MXNetError as e:
        print(name, "MXNetError:", "\n".join(str(e).split("\n")[:3]))


def draws():
    print("  then", R.multinomial(probs, shape=3).asnumpy().tolist(), R.shuffle(nd.arange(6)).asnumpy().tolist(),
          R.uniform(shape=2).asnumpy().tolist())


for dt in ["float16", "float64", "int32", "uint8"]:
    mx.random.seed(3)
    show(f"multinomial get_prob out {dt}",
         lambda: R.multinomial(probs, shape=2, get_prob=True, out=[nd.zeros((2, 2), dtype=dt), nd.zeros((2, 2))]))
    draws()
    show(f"multinomial get_prob prob out {dt}",
         lambda: R.multinomial(probs, shape=2, get_prob=True, out=[nd.zeros((2, 2), dtype="int32"),
                                                                  nd.zeros((2, 2), dtype=dt)]))
    draws()
    show(f"shuffle out {dt}", lambda: R.shuffle(nd.arange(6), out=nd.zeros((6,), dtype=dt)))
    draws()
    show(f"uniform_like out {dt}", lambda: R.uniform_like(nd.zeros((2, 3)), out=nd.zeros((2, 3), dtype=dt)))
    draws()
    show(f"poisson_like out {dt}", lambda: R.poisson_like(nd.zeros((2, 3)), lam=2, out=nd.zeros((2, 3), dtype=dt)))
    draws()
show("multinomial dtype float16", lambda: R.multinomial(probs, shape=2, get_prob=True, dtype="float16",
                                                        out=[nd.zeros((2, 2), dtype="int32"), nd.zeros((2, 2))]))
draws()
show("multinomial shape first", lambda: R.multinomial(probs, shape=2, get_prob=True,
                                                      out=[nd.zeros((2, 3), dtype="float16"), nd.zeros((2, 2))]))
for name, fn in [("shuffle out (5,)", lambda: R.shuffle(nd.arange(6), out=nd.zeros((5,)))),
                 ("shuffle out (3, 2)", lambda: R.shuffle(nd.arange(6).reshape((2, 3)), out=nd.zeros((3, 2)))),
                 ("normal_like out (2, 3, 1)", lambda: R.normal_like(nd.ones((2, 3)), out=nd.zeros((2, 3, 1)))),
                 ("poisson_like int32 out float32", lambda: R.poisson_like(nd.ones((2, 3), dtype="int32"),
                                                                           out=nd.zeros((2, 3))))]:
    mx.random.seed(4)
    show(name, fn)
    draws()
for name, fn in [("normal out (2, 4)", lambda: R.normal(nd.array([0, 1]), nd.array([1, 2]), shape=3,
                                                        out=nd.zeros((2, 4)))),
                 ("normal out (3, 3)", lambda: R.normal(nd.array([0, 1]), nd.array([1, 2]), shape=3,
                                                        out=nd.zeros((3, 3)))),
                 ("normal out (3,)", lambda: R.normal(nd.array([0, 1]), nd.array([1, 2]), out=nd.zeros((3,)))),
                 ("gamma out (1, 2, 2, 3)", lambda: R.gamma(nd.array([[1, 1]]), nd.array([[1, 2]]), shape=(2, 2),
                                                            out=nd.zeros((1, 2, 2, 3)))),
                 ("poisson out [(2, 3)]", lambda: R.poisson(nd.array([1, 2]), shape=2, out=[nd.zeros((2, 3))])),
                 ("exponential out (2, 3) float64", lambda: R.exponential(nd.array([1, 2]), shape=2,
                                                                          out=nd.zeros((2, 3), dtype="float64")))]:
    mx.random.seed(5)
    show(name, fn)
    draws()
