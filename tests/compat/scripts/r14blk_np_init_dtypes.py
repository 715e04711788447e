"""Under NumPy semantics MXNet's random initializers draw through mx.np.random straight into the parameter: a
float16/float64 parameter fails the sampler's output type check (no draw is spent); filling initializers work."""
import mxnet as mx
from mxnet import gluon, npx
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.asnumpy().round(5).tolist() if hasattr(r, "asnumpy") else r)
    except Exception as e:
        print(label, "->", words(e))


npx.set_np()
for dtype in ["float32", "float16", "float64"]:
    for init in [mx.init.Uniform(), mx.init.Normal(), mx.init.Xavier(), mx.init.MSRAPrelu(), mx.init.One(),
                 mx.init.Constant(0.5)]:
        mx.random.seed(7)
        dense = gluon.nn.Dense(2, in_units=2, dtype=dtype)
        attempt(f"{dtype} {init.dumps()}", lambda: (dense.initialize(init), dense.weight.data())[1])
        attempt("  next draw", lambda: mx.np.random.uniform(size=2))

for dtype in ["float64", "float16", "int32"]:
    for name, draw in [("uniform", lambda out: mx.np.random.uniform(0, 1, (2,), out=out)),
                       ("normal", lambda out: mx.np.random.normal(0, 1, (2,), out=out)),
                       ("gamma", lambda out: mx.np.random.gamma(1, 1, (2,), out=out)),
                       ("exponential", lambda out: mx.np.random.exponential(1, (2,), out=out)),
                       ("gumbel", lambda out: mx.np.random.gumbel(0, 1, (2,), out=out)),
                       ("logistic", lambda out: mx.np.random.logistic(0, 1, (2,), out=out)),
                       ("rayleigh", lambda out: mx.np.random.rayleigh(1, (2,), out=out)),
                       ("weibull", lambda out: mx.np.random.weibull(1, (2,), out=out)),
                       ("pareto", lambda out: mx.np.random.pareto(1, (2,), out=out)),
                       ("randint", lambda out: mx.np.random.randint(0, 5, (2,), out=out)),
                       ("uniform as float16", lambda out: mx.np.random.uniform(0, 1, (2,), dtype="float16", out=out))]:
        mx.random.seed(3)
        attempt(f"{name} into {dtype}", lambda: draw(mx.np.zeros(2, dtype=dtype)))
        attempt("  next draw", lambda: mx.np.random.uniform(size=2))
npx.reset_np()
