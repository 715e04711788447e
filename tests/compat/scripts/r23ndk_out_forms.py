"""out= given as a list of the one output, of another shape or type, or as a view: creation and sampling operators
take an unknown shape from it, and each operator refuses one it cannot write in its own words."""
# recorded on AVX2
import mxnet as mx
from _words import words


def show(label, fn):
    try:
        r = fn()
        rs = r if isinstance(r, (list, tuple)) else [r]
        print(label, type(r).__name__, [(v.shape, v.dtype.__name__, v.asnumpy().ravel()[:2].tolist()) for v in rs])
    except Exception as e:
        print(label, words(e))


OUTS = {"nd": lambda: mx.nd.full((2, 3), 7), "f64": lambda: mx.nd.full((2, 3), 7, dtype="float64"),
        "i32": lambda: mx.nd.full((2, 3), 7, dtype="int32"), "l1": lambda: [mx.nd.full((2, 3), 7)],
        "l2": lambda: [mx.nd.full((2, 3), 7)] * 2, "l0": lambda: [], "view": lambda: mx.nd.full((4, 3), 7)[1:3]}
for fname in ("zeros", "ones"):
    for shape in [(2, 3), (2, 2), (), 0, None, (2, 0), "(2,3)"]:
        for oname, out in OUTS.items():
            show(f"{fname} {shape!r} {oname}", lambda: getattr(mx.nd, fname)(shape, out=out()))
    show(f"{fname} dtype f64 into f32", lambda: getattr(mx.nd, fname)((2, 3), dtype="float64", out=OUTS["nd"]()))
    show(f"{fname} dtype f64 into f64", lambda: getattr(mx.nd, fname)((2, 3), dtype="float64", out=OUTS["f64"]()))

SAMPLERS = [("uniform", mx.nd.random.uniform, ()), ("normal", mx.nd.random.normal, (0, 1)),
            ("exponential", mx.nd.random.exponential, ()), ("gamma", mx.nd.random.gamma, ()),
            ("poisson", mx.nd.random.poisson, ()), ("negative_binomial", mx.nd.random.negative_binomial, ()),
            ("randint", mx.nd.random.randint, (0, 5))]
for name, f, args in SAMPLERS:
    for oname in ("l1", "l2", "l0"):
        show(f"{name} out={oname}", lambda: [(v.shape, v.dtype) for v in f(*args, out=OUTS[oname]())])
    show(f"{name} shape (3,3) out=l1", lambda: f(*args, shape=(3, 3), out=OUTS["l1"]()))
    show(f"{name} shape (3,3) out=nd", lambda: f(*args, shape=(3, 3), out=OUTS["nd"]()))
show("random_uniform out=l1", lambda: [(v.shape, v.dtype) for v in mx.nd.random_uniform(out=OUTS["l1"]())])

x, y = mx.nd.array([[1, 2, 3], [4, 5, 6]]), mx.nd.array([[0.5, 1, 0], [1, 0, 1]])
WRONG = {"shape": lambda: mx.nd.zeros((3,)), "f64": OUTS["f64"]}
OPS = [("L2Normalization", lambda o: mx.nd.L2Normalization(x, out=o)),
       ("SoftmaxOutput", lambda o: mx.nd.SoftmaxOutput(x, mx.nd.array([0, 1]), out=o)),
       ("LinearRegressionOutput", lambda o: mx.nd.LinearRegressionOutput(x, y, out=o)),
       ("LogisticRegressionOutput", lambda o: mx.nd.LogisticRegressionOutput(x, y, out=o)),
       ("MAERegressionOutput", lambda o: mx.nd.MAERegressionOutput(x, y, out=o)),
       ("SVMOutput", lambda o: mx.nd.SVMOutput(x, mx.nd.array([0, 1]), out=o)),
       ("MakeLoss", lambda o: mx.nd.MakeLoss(x, out=o)),
       ("uniform_like", lambda o: mx.nd.random.uniform_like(x, out=o)),
       ("normal_like", lambda o: mx.nd.random.normal_like(x, out=o)),
       ("gradientmultiplier", lambda o: mx.nd.contrib.gradientmultiplier(x, scalar=2, out=o)),
       ("sign_ste", lambda o: mx.nd.contrib.sign_ste(x, out=o)),
       ("round_ste", lambda o: mx.nd.contrib.round_ste(x, out=o)),
       ("div_sqrt_dim", lambda o: mx.nd.contrib.div_sqrt_dim(x, out=o)),
       ("khatri_rao", lambda o: mx.nd.khatri_rao(x, y, out=o)),
       ("_eye", lambda o: mx.nd._internal._eye(N=3, dtype="float32", out=o)),
       ("_full", lambda o: mx.nd._internal._full(shape=(2, 3), value=2, dtype="float32", out=o))]
for name, call in OPS:
    for kind, out in WRONG.items():
        show(f"{name} out of another {kind}", lambda: call(out()))

a, z = mx.nd.ones((2, 2, 2)), lambda *s: mx.nd.zeros(s)
NORMS = [("BatchNorm", lambda o: mx.nd.BatchNorm(a, z(2) + 1, z(2), z(2), z(2) + 1, out=o)),
         ("SyncBatchNorm", lambda o: mx.nd.contrib.SyncBatchNorm(a, z(2) + 1, z(2), z(2), z(2) + 1, key="k", out=o)),
         ("InstanceNorm", lambda o: mx.nd.InstanceNorm(a, z(2) + 1, z(2), out=o)),
         ("GroupNorm", lambda o: mx.nd.GroupNorm(a, z(1) + 1, z(1), out=o)),
         ("LayerNorm", lambda o: mx.nd.LayerNorm(a, z(2) + 1, z(2), out=o))]
for name, call in NORMS:
    for count in (0, 2):
        show(f"{name} out= a list of {count}", lambda: call([z(2, 2, 2) for _ in range(count)]))

CTX_CALLS = [("randint ctx='a'", lambda: mx.nd.random_randint(ctx="a")),
             ("randint ctx=1", lambda: mx.nd.random_randint(ctx=1)),
             ("randint out of another shape", lambda: mx.nd.random_randint(out=mx.nd.zeros((5,)))),
             ("randint out float64", lambda: mx.nd.random_randint(out=mx.nd.zeros((2, 3), dtype="float64"))),
             ("randint ctx='cpu(0)'", lambda: mx.nd.random_randint(0, 5, shape=(2,), ctx="cpu(0)")),
             ("uniform ctx='a' bogus=1", lambda: mx.nd.random_uniform(ctx="a", bogus=1)),
             ("uniform ctx='a'", lambda: mx.nd.random_uniform(ctx="a", shape=(2,))),
             ("_zeros ctx='a'", lambda: mx.nd._internal._zeros(ctx="a", shape=(2,))),
             ("_arange ctx='a'", lambda: mx.nd._internal._arange(ctx="a")),
             ("_arange ctx='a' start", lambda: mx.nd._internal._arange(start=0, stop=3, ctx="a")),
             ("multi_all_finite out of another shape", lambda: mx.nd.multi_all_finite(x, x, num_arrays=2,
                                                                                      out=mx.nd.zeros((5,))))]
for label, call in CTX_CALLS:
    show(label, call)
