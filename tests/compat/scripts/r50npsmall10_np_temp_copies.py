"""mx.np's delete, insert, unique, percentile/quantile, bincount and linalg.pinv each run an operator taking one of
MXNet's four CPU temp space copies in turn: an error held in the copy taken fails it (raised at the call where the
output's shape is found by running it: delete, unique, bincount), and an error it finds is left there."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import nd, np

mx.npx.set_np()


def text(e):
    return type(e).__name__ + ": " + str(e).strip().split("\n")[-1]


def bad():
    return nd.FullyConnected(nd.ones((2, 2), dtype="int8"), nd.ones((2, 2), dtype="int8"), no_bias=True, num_hidden=2)


def report(label, call):
    try:
        r = call()
        said = "ran"
    except mx.MXNetError as e:
        r, said = None, "raised " + text(e)
    sums = []
    for _ in range(4):
        try:
            nd.sum(nd.ones((3,))).asnumpy()
            sums.append("ok")
        except mx.MXNetError:
            sums.append("FAIL")
    if r is not None:       # (its values: those of a skipped operator's output are never written)
        first = r[0] if isinstance(r, tuple) else r
        said += f", result {first.shape} {first.dtype}"
    print(label, said, sums)
    try:
        mx.nd.waitall()
    except mx.MXNetError as e:
        print("  waitall:", text(e))


a = np.array([[1., 2., 3.], [4., 5., 6.]])
calls = {
    "delete": lambda x: np.delete(x, 1, axis=1),
    "delete array": lambda x: np.delete(x, np.array([0, 1], dtype="int64"), axis=1),
    "delete slice": lambda x: np.delete(x, slice(0, 2), axis=1),
    "insert": lambda x: np.insert(x, 1, np.array([5., 6.]), axis=1),
    "insert slice": lambda x: np.insert(x, slice(0, 2), 5., axis=1),
    "insert array": lambda x: np.insert(x, np.array([1, 2], dtype="int64"), 7., axis=1),
    "unique": lambda x: np.unique(x),
    "unique all": lambda x: np.unique(x, return_index=True, return_inverse=True, return_counts=True),
    "percentile": lambda x: np.percentile(x, 50),
    "percentile array": lambda x: np.percentile(x, np.array([20., 50.]), axis=1),
    "quantile": lambda x: np.quantile(x, 0.25),
    "bincount": lambda x: np.bincount(x.reshape(-1).astype("int64")),
    "bincount weights": lambda x: np.bincount(x.reshape(-1).astype("int64"), weights=x.reshape(-1)),
    "pinv": lambda x: np.linalg.pinv(x),
    "pinv rcond array": lambda x: np.linalg.pinv(x, np.array(1e-15, dtype="float64")),
}
for label, f in calls.items():      # a pending error in another copy: the copy this call takes
    pending = bad()
    report(label + " after a pending error", lambda: f(a))
for label, f in calls.items():      # the copy it takes holds the error
    pending = bad()
    for _ in range(3):
        nd.sum(nd.ones(2))
    report(label + " on the failed copy", lambda: f(a))
for label in ("insert", "insert slice", "percentile", "quantile", "pinv", "delete", "unique", "bincount"):
    failed = mx.npx.fully_connected(np.ones((2, 3), dtype="int8"), np.ones((3, 3), dtype="int8"), no_bias=True,
                                    num_hidden=3)
    report(label + " of a failed input", lambda: calls[label](failed.astype("float64")))
    failed = mx.npx.fully_connected(np.ones((2, 3), dtype="int8"), np.ones((3, 3), dtype="int8"), no_bias=True,
                                    num_hidden=3)
    report(label + " of a failed input itself", lambda: calls[label](failed) if label != "pinv" else
           np.linalg.pinv(failed))
# insert's own kernel error (one number at one place of a 2-d array) is left in its copy
report("insert's own error", lambda: np.insert(a, 1, 5., axis=1))
pending = bad()
report("insert's own error after a pending one", lambda: np.insert(a, 1, 5., axis=1))
pending = bad()
for _ in range(3):
    nd.sum(nd.ones(2))
report("insert's own error on the failed copy", lambda: np.insert(a, 1, 5., axis=1))
