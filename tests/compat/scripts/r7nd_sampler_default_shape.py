# The sampling operators called directly (nd.normal, nd.uniform, nd.random_*) have an unknown default shape: no
# shape and no out= fails MXNet's shape inference; out= gives its shape and dtype; nd.random.* passes shape=1
import mxnet as mx
for name in ["normal", "uniform", "random_exponential", "random_gamma", "random_poisson", "random_negative_binomial",
             "random_generalized_negative_binomial", "random_randint", "random.normal", "random.uniform",
             "random.randint",
             "random.exponential", "random.gamma", "random.poisson"]:
    f = mx.nd
    for part in name.split("."):
        f = getattr(f, part)
    args = (0, 5) if "randint" in name else ()
    for kw in [{}, {"shape": 2}, {"out": mx.nd.zeros(3, dtype="int32" if "randint" in name else "float64")}]:
        mx.random.seed(0)
        try:
            r = f(*args, **kw)
            print(name, sorted(kw), r.shape, r.dtype.__name__, r.asnumpy().tobytes().hex())
        except mx.base.MXNetError:
            print(name, sorted(kw), "MXNetError")
for name, f in [("sym.normal", lambda: mx.sym.normal().eval()[0]), ("nd.random.randn", lambda: mx.nd.random.randn()),
                ("nd.random.normal of arrays",
                 lambda: mx.nd.random.normal(mx.nd.array([0., 1.]), mx.nd.array([1., 1.])))]:
    mx.random.seed(0)
    try:
        print(name, f().asnumpy().tobytes().hex())
    except mx.base.MXNetError:
        print(name, "MXNetError")
