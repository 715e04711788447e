"""Type inference of mx.sym.np's two-array operators and where: which pairs must share a dtype (refused in the
graph's words, named after the node), what one known dtype tells the other, where's output dtype; and a
hybridized block refusing the same pairs when it runs."""
import mxnet as mx
from mxnet import np, npx
from _words import words

S = mx.sym.np
c, x, y = (mx.sym.var(n).as_np_ndarray() for n in "cxy")


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


pairs = [("float32", "int32"), ("int32", "float32"), ("float32", "float64"), ("bool", "bool"), ("int32", "int64"),
         ("bool", "float32"), ("float16", "float32"), ("uint8", "int8"), ("int32", "int32"), ("float64", "float64")]
with mx.name.NameManager():
    for op in ["equal", "less_equal", "hypot", "arctan2", "bitwise_xor", "lcm", "copysign", "ldexp", "add", "power",
               "true_divide", "maximum"]:
        for a, b in pairs:
            attempt(f"{op} {a} {b}", lambda: getattr(S, op)(x, y).infer_type(x=a, y=b))
        attempt(f"{op} x int32", lambda: getattr(S, op)(x, y).infer_type(x="int32"))
        attempt(f"{op} y float16", lambda: getattr(S, op)(x, y).infer_type(y="float16"))
    for ct in ["bool", "float32", "int32"]:
        for a, b in pairs:
            attempt(f"where {ct} {a} {b}", lambda: S.where(c, x, y).infer_type(c=ct, x=a, y=b))
        for a in ["bool", "int8", "float16", "float64"]:
            attempt(f"where scalar {ct} {a}", lambda: (S.where(c, x, 1.5).infer_type(c=ct, x=a),
                                                       S.where(c, 2, x).infer_type(c=ct, x=a)))
        attempt(f"where two scalars {ct}", lambda: S.where(c, 2, 3.5).infer_type(c=ct))
    attempt("where x only", lambda: S.where(c, x, y).infer_type_partial(x="float64"))
    attempt("where y only", lambda: S.where(c, x, y).infer_type_partial(y="float64"))
    attempt("where c only", lambda: S.where(c, x, y).infer_type_partial(c="float64"))

npx.set_np()
for label, fn in [("equal", lambda F, a, b: F.np.equal(a, b)), ("not_equal", lambda F, a, b: F.np.not_equal(b, a)),
                  ("where", lambda F, a, b: F.np.where(a > 0, a, b)), ("hypot ints", lambda F, a, b: F.np.hypot(b, b)),
                  ("hypot", lambda F, a, b: F.np.hypot(a, b)), ("add", lambda F, a, b: a + b),
                  ("where on int condition", lambda F, a, b: F.np.where(b, a, a))]:
    for hybridize in (False, True):
        block = mx.gluon.nn.HybridLambda(fn)
        if hybridize:
            block.hybridize()
        attempt(f"{label} {'hybridized' if hybridize else 'imperative'}",
                lambda: block(np.array([1., -2.]), np.array([1, 0], dtype="int32")).tolist())
        attempt(f"{label} {'hybridized' if hybridize else 'imperative'} same dtype",
                lambda: block(np.array([1., -2.]), np.array([1., 0.])).tolist())
