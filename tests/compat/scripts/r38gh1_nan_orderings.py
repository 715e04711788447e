"""NaN and infinities through orderings, reductions and activations (legacy and mx.np), as users' issues about
sort/topk/max with NaN met them: MXNet's kernels' own placements of NaN, not NumPy's."""
import mxnet as mx
from mxnet import nd


def show(label, f):
    try:
        print(label, f())
    except Exception as e:      # pylint: disable=broad-except
        print(label, type(e).__name__, str(e).split("\n")[-1])


nan, inf = float("nan"), float("inf")
x = nd.array([1, nan, -inf, 3, inf, -2])
for fn in ["max", "min", "argmax", "argmin", "sort", "argsort", "topk", "relu", "sigmoid", "softmax", "log_softmax",
           "sum", "mean", "prod", "norm", "abs", "sign", "round", "nansum", "nanprod", "floor", "square", "sqrt"]:
    show(fn, lambda: getattr(nd, fn)(x).asnumpy().tolist())
show("clip", lambda: nd.clip(x, -1, 1).asnumpy().tolist())
show("maximum", lambda: nd.maximum(x, nd.zeros(6)).asnumpy().tolist())
show("minimum", lambda: nd.minimum(nd.zeros(6), x).asnumpy().tolist())
show("topk both", lambda: [v.asnumpy().tolist() for v in nd.topk(x, k=3, ret_typ="both")])
show("topk mask", lambda: nd.topk(x, k=2, ret_typ="mask").asnumpy().tolist())
show("topk asc", lambda: nd.topk(x, k=2, is_ascend=True, ret_typ="value").asnumpy().tolist())
show("sort desc", lambda: nd.sort(x, is_ascend=False).asnumpy().tolist())
show("argsort desc", lambda: nd.argsort(x, is_ascend=False).asnumpy().tolist())
show("compare", lambda: ((x == x).asnumpy().tolist(), (x != x).asnumpy().tolist(), (x < 2).asnumpy().tolist()))
show("argmax axis", lambda: nd.argmax(nd.array([[1, nan], [2, 3]]), axis=1).asnumpy().tolist())
show("max axis", lambda: nd.max(nd.array([[1, nan], [nan, 3]]), axis=0).asnumpy().tolist())
xn = mx.np.array([1, nan, -inf, 3, inf, -2])
for fn in ["max", "min", "argmax", "argmin", "sort", "argsort", "sum", "mean", "prod", "std", "var", "cumsum", "unique",
           "nan_to_num", "isnan", "round", "sign", "all", "any"]:
    show("np " + fn, lambda: getattr(mx.np, fn)(xn).tolist())
show("np percentile", lambda: mx.np.percentile(xn, 50).tolist())
show("np quantile", lambda: mx.np.quantile(xn, 0.5).tolist())
show("np fmax", lambda: mx.np.fmax(xn, mx.np.zeros(6)).tolist())
show("np maximum", lambda: mx.np.maximum(xn, mx.np.zeros(6)).tolist())
show("np clip", lambda: mx.np.clip(xn, -1, 1).tolist())
show("npx topk", lambda: [v.tolist() for v in mx.npx.topk(xn, k=3, ret_typ="both")])
show("np max axis", lambda: mx.np.max(mx.np.array([[1, nan], [2, 3]]), axis=1).tolist())
show("np argmax axis", lambda: mx.np.argmax(mx.np.array([[1, nan], [2, 3]]), axis=1).tolist())
