"""mx.np / npx operators MXNet 1.9.1 built without a kernel for some inputs: on a bool array the result has its
inferred shape and dtype and its first read raises MXNetError ('Unknown type enum 7'); swapaxes, unique and delete
raise at the call; operators with a bool kernel (concatenate, stack, reshape, indexing, astype, ...) work. Sorting
float16 and histogram with bins of another dtype fail on reading too; percentile computes non-float inputs in
float32."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()
b = np.array([[True, False, True], [False, True, True]], dtype="bool")
v = np.array([True, False, True], dtype="bool")
cases = [("T", lambda: b.T), ("transpose", lambda: np.transpose(b)), ("transpose method", lambda: b.transpose()),
         ("swapaxes", lambda: np.swapaxes(b, 0, 1)), ("swapaxes method", lambda: b.swapaxes(0, 1)),
         ("moveaxis", lambda: np.moveaxis(b, 0, 1)), ("rollaxis", lambda: np.rollaxis(b, 1)), ("flip", lambda: np.flip(b, 0)),
         ("fliplr", lambda: np.fliplr(b)), ("flipud", lambda: np.flipud(b)), ("argsort", lambda: np.argsort(b)),
         ("argsort method", lambda: b.argsort()), ("sort", lambda: np.sort(b)), ("clip", lambda: np.clip(b, 0, 1)),
         ("clip method", lambda: b.clip(0, 1)), ("split", lambda: np.split(v, 3)), ("array_split", lambda: np.array_split(b, 2)),
         ("hsplit", lambda: np.hsplit(b, 3)), ("vsplit", lambda: np.vsplit(b, 2)), ("tril", lambda: np.tril(b)),
         ("hstack", lambda: np.hstack([b, b])), ("vstack", lambda: np.vstack([b, b])), ("dstack", lambda: np.dstack([b, b])),
         ("column_stack", lambda: np.column_stack([v, v])), ("row_stack", lambda: np.row_stack([b, b])),
         ("diag", lambda: np.diag(b)), ("diag of vector", lambda: np.diag(v)), ("diagflat", lambda: np.diagflat(v)),
         ("diagonal", lambda: np.diagonal(b)), ("trace", lambda: np.trace(b)), ("roll", lambda: np.roll(b, 1)),
         ("rot90", lambda: np.rot90(b)), ("insert", lambda: np.insert(v, 1, np.array([True], dtype="bool"))),
         ("unique", lambda: np.unique(b)), ("delete", lambda: np.delete(v, 1)), ("relu", lambda: npx.relu(b)),
         ("sigmoid", lambda: npx.sigmoid(b)), ("pick", lambda: npx.pick(b, np.array([0, 1]))),
         ("concatenate", lambda: np.concatenate([b, b])), ("stack", lambda: np.stack([b, b])), ("reshape", lambda: b.reshape(3, 2)),
         ("getitem", lambda: b[::-1, 1:]), ("astype", lambda: b.astype("int32")), ("where", lambda: np.where(b, 1., 2.)),
         ("repeat", lambda: np.repeat(b, 2)), ("float transpose", lambda: np.transpose(b.astype("float32"))),
         ("sort float16", lambda: np.sort(b.astype("float16"))), ("argsort float16", lambda: np.argsort(b.astype("float16"))),
         ("argsort method float16", lambda: b.astype("float16").argsort()), ("sort float32", lambda: np.sort(b.astype("float32"))),
         ("histogram float64 float32 bins", lambda: list(np.histogram(np.array([1., 2.], dtype="float64"), bins=np.array([0., 1., 2.])))),
         ("histogram float64 bins", lambda: list(np.histogram(np.array([1., 2.], dtype="float64"), bins=np.array([0., 1., 2.], dtype="float64")))),
         ("histogram int32", lambda: list(np.histogram(np.array([1, 2], dtype="int32"), bins=np.array([0, 1, 2], dtype="int32")))),
         ("percentile int32", lambda: np.percentile(np.array([1, 2, 4], dtype="int32"), 50)),
         ("quantile int8", lambda: np.quantile(np.array([1, 2, 4], dtype="int8"), 0.3)),
         ("percentile bool", lambda: np.percentile(v, 50)), ("percentile float64", lambda: np.percentile(np.array([1., 2.]), 50)),
         ("percentile int lower", lambda: np.percentile(np.array([1, 2, 4], dtype="int32"), 50, interpolation="lower"))]
for label, f in cases:
    try:
        r = f()
    except mx.base.MXNetError:
        print(label, "raised MXNetError at the call")
        continue
    parts = r if isinstance(r, list) else [r]
    print(label, [(p.shape, str(p.dtype)) for p in parts])
    try:
        print(label, "read", [p.asnumpy().tolist() for p in parts])
    except mx.base.MXNetError as e:
        print(label, "read raised MXNetError", "Unknown type enum 7" in str(e))
mx.nd.waitall()
