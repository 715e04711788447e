"""mx.sym.np.random.multivariate_normal as MXNet builds it (a Custom mvn_fallback node: its shapes, types,
refusals, a sample's shape and its refused gradient), and the samplers mx.sym.np.random lacks."""
import contextlib
import io
import json
import mxnet as mx
from mxnet import np
from _words import words

R = mx.sym.np.random
x, c = mx.sym.var("x").as_np_ndarray(), mx.sym.var("c").as_np_ndarray()


def attempt(label, fn):
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):       # a callback's traceback names source files: not compared
        try:
            result = fn()
        except Exception as e:
            result = words(e)
        mx.nd.waitall()
    lines = printed.getvalue().splitlines()
    print(label, "->", result)
    if lines:
        print("  printed:", lines[:1], [line for line in lines if line.split(":")[0].endswith("Error")])


with mx.name.NameManager():
    for label, make in [("plain", lambda: R.multivariate_normal(x, c)),
                        ("size 3", lambda: R.multivariate_normal(x, c, size=3)),
                        ("size tuple", lambda: R.multivariate_normal(x, c, size=(2, 3))),
                        ("keywords", lambda: R.multivariate_normal(mean=x, cov=c, size=[2]))]:
        attempt(label, lambda: [(n["op"], n.get("attrs")) for n in json.loads(make().tojson())["nodes"]]
                + [make().list_arguments(), make().list_outputs()])
for mean, cov, size in [((2,), (2, 2), None), ((2,), (2, 2), 3), ((4, 2), (2, 2), None), ((2,), (4, 2, 2), (5,)),
                        ((3, 1, 2), (4, 2, 2), None), ((3,), (2, 2), None)]:
    attempt(f"shapes {mean} {cov} {size}", lambda: R.multivariate_normal(x, c, size=size).infer_shape(x=mean, c=cov))
attempt("types", lambda: R.multivariate_normal(x, c).infer_type(x="float64", c="float32"))
for label, fn in [("number mean", lambda: R.multivariate_normal(3, c)),
                  ("number cov", lambda: R.multivariate_normal(x, 3)),
                  ("legacy mean", lambda: R.multivariate_normal(mx.sym.var("z"), c)),
                  ("check_valid", lambda: R.multivariate_normal(x, c, check_valid="warn")),
                  ("tol", lambda: R.multivariate_normal(x, c, tol=1e-8)),
                  ("both", lambda: R.multivariate_normal(x, c, check_valid="raise", tol=1e-8))]:
    attempt(label, fn)
mean, cov = np.array([1., 2.]), np.array([[1., 0.], [0., 4.]])
attempt("sample shape", lambda: [o.shape for o in R.multivariate_normal(x, c, size=(3,)).bind(
    mx.cpu(), {"x": mean, "c": cov}).forward()])


def backward():
    grad = np.zeros((2,))
    ex = R.multivariate_normal(x, c).bind(mx.cpu(), {"x": mean, "c": cov}, args_grad={"x": grad})
    ex.forward(is_train=True)
    ex.backward([np.ones((2,))])
    return grad.tolist()


attempt("backward", backward)
for name in ["multinomial", "laplace", "f", "binomial", "foo", "current_context"]:
    attempt(f"has {name}", lambda: getattr(R, name).__name__)
