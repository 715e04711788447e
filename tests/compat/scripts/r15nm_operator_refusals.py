"""mx.np arguments the operator parser refuses: the type it expected, the keyword it does not know, and the
operator with the attributes it was handed."""
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
x = np.arange(6.).reshape(2, 3)
calls = [
    ("sum axis=1.5", lambda: np.sum(x, axis=1.5)),
    ("mean axis='a'", lambda: np.mean(x, axis='a')),
    ("prod axis=(0, 1.5)", lambda: np.prod(x, axis=(0, 1.5))),
    ("argmin axis=(0,)", lambda: np.argmin(x, axis=(0,))),
    ("sort axis=1.5", lambda: np.sort(x, axis=1.5)),
    ("argsort axis=[0]", lambda: np.argsort(x, axis=[0])),
    ("cumsum axis=(0, 1)", lambda: np.cumsum(x, axis=(0, 1))),
    ("flip axis=True", lambda: np.flip(x, axis=True)),
    ("transpose axes=1.5", lambda: np.transpose(x, axes=1.5)),
    ("reshape newshape=1.5", lambda: np.reshape(x, newshape=1.5)),
    ("broadcast_to shape='a'", lambda: np.broadcast_to(x, shape='a')),
    ("moveaxis source=1.5", lambda: np.moveaxis(x, 1.5, 0)),
    ("std ddof=1.5", lambda: np.std(x, ddof=1.5)),
    ("var axis=1.5 keepdims", lambda: np.var(x, axis=1.5, keepdims=True)),
    ("average axis=1.5", lambda: np.average(x, axis=1.5)),
    ("percentile axis=1.5", lambda: np.percentile(x, 50, axis=1.5)),
    ("quantile axis=1.5", lambda: np.quantile(x, 0.5, axis=1.5)),
    ("stack axis=1.5", lambda: np.stack([x, x], axis=1.5)),
    ("take axis=1.5", lambda: np.take(x, np.array([0]), axis=1.5)),
    ("repeat axis=1.5", lambda: np.repeat(x, 2, axis=1.5)),
    ("roll shift=1.5", lambda: np.roll(x, 1.5)),
    ("roll axis=1.5", lambda: np.roll(x, 1, axis=1.5)),
    ("diff n=1.5", lambda: np.diff(x, n=1.5)),
    ("rot90 k=1.5", lambda: np.rot90(x, k=1.5)),
    ("tril k=1.5", lambda: np.tril(x, k=1.5)),
    ("diagonal offset=1.5", lambda: np.diagonal(x, offset=1.5)),
    ("linspace num=1.5", lambda: np.linspace(0, 1, num=1.5)),
    ("logspace num=1.5", lambda: np.logspace(0, 1, num=1.5)),
    ("eye k=1.5", lambda: np.eye(3, k=1.5)),
    ("full_like fill_value='a'", lambda: np.full_like(x, fill_value='a')),
    ("full_like fill_value='2'", lambda: np.full_like(x, fill_value='2')),
    ("unique axis=1.5", lambda: np.unique(x, axis=1.5)),
    ("delete axis=1.5", lambda: np.delete(x, 1, axis=1.5)),
    ("array_split axis=1.5", lambda: np.array_split(x, 2, axis=1.5)),
    ("around decimals=1.5", lambda: np.around(x, decimals=1.5)),
]
for label, call in calls:
    try:
        print(label, "->", call().tolist())
    except Exception as e:
        print(label, "->", words(e))

unknown = [
    ("sum keepdims axis bogus", lambda: np.sum(x, axis=(0, 1), keepdims=True, bogus=1)),
    ("sum dtype initial bogus", lambda: np.sum(x, dtype='float64', initial=2, bogus=1)),
    ("prod where", lambda: np.prod(x, where=True)),
    ("max dtype", lambda: np.max(x, dtype='float64')),
    ("amin ddof", lambda: np.amin(x, 0, ddof=1)),
    ("all initial", lambda: np.all(x, initial=1)),
    ("any keepdims axis bogus", lambda: np.any(x, axis=0, keepdims=True, bogus=2)),
    ("cumsum keepdims", lambda: np.cumsum(x, keepdims=True)),
    ("cumsum axis dtype bogus", lambda: np.cumsum(x, 0, 'float64', bogus=2)),
    ("trace offset axes bogus", lambda: np.trace(x, 1, 0, 1, bogus=2)),
    ("squeeze axis bogus", lambda: np.squeeze(x, axis=0, bogus=1)),
    ("transpose axes bogus", lambda: np.transpose(x, (1, 0), bogus=1)),
    ("diag k bogus", lambda: np.diag(x, 1, bogus=1)),
    ("repeat bogus", lambda: np.repeat(x, 2, bogus=1)),
    ("roll bogus", lambda: np.roll(x, 1, bogus=1)),
    ("reshape bogus", lambda: np.reshape(x, (3, 2), bogus=1)),
    ("moveaxis bogus", lambda: np.moveaxis(x, 0, 1, bogus=1)),
    ("atleast_3d bogus", lambda: np.atleast_3d(x, bogus=1)),
]
for label, call in unknown:
    try:
        print(label, "->", call().tolist())
    except Exception as e:
        lines = str(e).splitlines()
        names = [line.split(" : ")[0] for line in lines if " : " in line and not line.startswith(" ")]
        print(label, "->", words(e), "| declares", names, "|", lines[-1])
