"""Legacy Symbols given to mx.sym.np / mx.sym.npx functions and operators, refused in MXNet's words (the type
for functions written in Python, the backend operator for generated ones), and hybridized blocks whose inputs
mix mx.np arrays with legacy NDArrays (each input traced as its own kind of symbol)."""
import mxnet as mx
from mxnet import np, npx
from _words import words

S, SX = mx.sym.np, mx.sym.npx
z, x = mx.sym.var("z"), mx.sym.var("x").as_np_ndarray()


def attempt(label, fn):
    try:
        print(label, "->", type(fn()).__name__)
    except Exception as e:
        print(label, "->", words(e))


unary = ["sin", "exp", "abs", "fabs", "sqrt", "negative", "floor", "rint", "sign", "square", "cbrt", "reciprocal",
         "around", "round", "isnan", "isinf", "logical_not"]
for name in unary:
    attempt(name, lambda: getattr(S, name)(z))
for name, fn in [("tile", lambda: S.tile(z, 2)), ("flip", lambda: S.flip(z)), ("ravel", lambda: S.ravel(z)),
                 ("nan_to_num", lambda: S.nan_to_num(z)), ("sum", lambda: S.sum(z)), ("amax", lambda: S.amax(z)),
                 ("mean", lambda: S.mean(z)), ("reshape", lambda: S.reshape(z, (2,))),
                 ("expand_dims", lambda: S.expand_dims(z, 0)), ("swapaxes", lambda: S.swapaxes(z, 0, 1)),
                 ("repeat", lambda: S.repeat(z, 2)), ("clip", lambda: S.clip(z, 0, 1)),
                 ("split", lambda: S.split(z, 2)), ("sort", lambda: S.sort(z)), ("argsort", lambda: S.argsort(z)),
                 ("atleast_1d", lambda: S.atleast_1d(z)),
                 ("unique", lambda: S.unique(z)), ("roll", lambda: S.roll(z, 1)), ("trace", lambda: S.trace(z)),
                 ("diff", lambda: S.diff(z)), ("average", lambda: S.average(z)), ("bincount", lambda: S.bincount(z)),
                 ("rot90", lambda: S.rot90(z)), ("percentile", lambda: S.percentile(z, 50)),
                 ("concatenate", lambda: S.concatenate([x, z])), ("stack", lambda: S.stack([z, x])),
                 ("where x", lambda: S.where(x, z, x)), ("where condition", lambda: S.where(z, x, x)),
                 ("where scalar", lambda: S.where(z, x, 1)), ("dot", lambda: S.dot(x, z)),
                 ("matmul", lambda: S.matmul(z, x)),
                 ("einsum", lambda: S.einsum("i,i", z, x)), ("full_like", lambda: S.full_like(z, 1)),
                 ("zeros_like", lambda: S.zeros_like(z)), ("linalg.norm", lambda: S.linalg.norm(z)),
                 ("linalg.det", lambda: S.linalg.det(z))]:
    attempt(name, fn)
for name in ["add", "subtract", "multiply", "true_divide", "power", "mod", "maximum", "minimum", "equal", "less",
             "hypot", "arctan2", "copysign", "bitwise_and", "bitwise_or", "lcm"]:
    for label, args in [("legacy first", (z, x)), ("legacy second", (x, z)), ("legacy and scalar", (z, 2)),
                        ("scalar and legacy", (2, z)), ("two legacy", (z, z))]:
        attempt(f"{name} {label}", lambda: getattr(S, name)(*args))
for name, fn in [("relu", lambda: SX.relu(z)), ("sigmoid", lambda: SX.sigmoid(z)), ("softmax", lambda: SX.softmax(z)),
                 ("log_softmax", lambda: SX.log_softmax(z)), ("activation", lambda: SX.activation(z)),
                 ("reshape", lambda: SX.reshape(z, (-1,))), ("batch_dot", lambda: SX.batch_dot(x, z)),
                 ("pick", lambda: SX.pick(x, z)), ("one_hot", lambda: SX.one_hot(z, 3)), ("topk", lambda: SX.topk(z)),
                 ("dropout", lambda: SX.dropout(z)), ("sequence_mask", lambda: SX.sequence_mask(z)),
                 ("fully_connected", lambda: SX.fully_connected(x, z, num_hidden=2, no_bias=True)),
                 ("layer_norm", lambda: SX.layer_norm(z, x, x)), ("shape_array", lambda: SX.shape_array(z)),
                 ("arange_like", lambda: SX.arange_like(z)), ("erf", lambda: SX.erf(z)),
                 ("embedding", lambda: SX.embedding(z, x, input_dim=2, output_dim=2))]:
    attempt(f"npx {name}", fn)
for name, fn in [("z + x", lambda: z + x), ("x + z", lambda: x + z), ("z - x", lambda: z - x), ("z * x", lambda: z * x),
                 ("z / x", lambda: z / x), ("z == x", lambda: z == x), ("z < x", lambda: z < x),
                 ("x ** z", lambda: x ** z)]:
    attempt(name, fn)

npx.set_np()
for label, fn in [("add", lambda F, a, b: a + b), ("reflected add", lambda F, a, b: b + a),
                  ("sin", lambda F, a, b: F.np.sin(b)),
                  ("concatenate", lambda F, a, b: F.np.concatenate([a, b])), ("relu", lambda F, a, b: F.npx.relu(b)),
                  ("multiply", lambda F, a, b: a * b), ("sum", lambda F, a, b: F.np.sum(b) + a),
                  ("legacy sin", lambda F, a, b: F.sin(b)), ("unused", lambda F, a, b: a * 2)]:
    for hybridize in (False, True):
        for first, args in [("np", lambda: (np.ones(2), mx.nd.ones(2))),
                            ("legacy", lambda: (mx.nd.ones(2), np.ones(2)))]:
            class Block(mx.gluon.HybridBlock):
                def hybrid_forward(self, F, a, b):
                    return fn(F, a, b)
            for block in (Block(), mx.gluon.nn.HybridLambda(fn)):
                if hybridize:
                    block.hybridize()
                attempt(f"{label} {type(block).__name__} {'hybridized' if hybridize else 'imperative'} {first} first",
                        lambda: block(*args()))
