"""np.einsum checks out='s shape before the operands' types, as MXNet does (then out's type by assignment)."""
from mxnet import np, npx
npx.set_np()


def show(label, fn):
    try:
        r = fn()
        print(label, "->", r.dtype, r.shape, r.asnumpy().ravel().tolist()[:6])
    except Exception as e:  # noqa: BLE001
        print(label, "->", type(e).__name__, str(e).strip().splitlines()[-1][:160])


cases = [("i,j->ij", [(2,), (3,)]), ("ij,jk", [(2, 3), (3, 4)]), ("ii", [(3, 3)]), ("ij->", [(2, 3)]), ("i,i", [(3,), (3,)]),
         ("...j->...", [(2, 3)]), ("i...,i...->...", [(2, 3), (2, 3)]), ("ij,j", [(2, 0), (0,)])]
for sub, shapes in cases:
    for dts in [("float32", "float32"), ("int32", "bool"), ("float32", "float64"), ("int32", "int32")]:
        for so, do in [((), "float32"), ((2, 3), "float32"), ((2, 4), "float64"), ((), "int32"), ((3, 3), "float32"),
                       ((3,), "float32"), ((2,), "int32")]:
            ops = [np.ones(s, dtype=d) for s, d in zip(shapes, dts)]
            show("einsum %s %s %s out %s %s" % (sub, shapes, dts[:len(shapes)], so, do),
                 lambda: np.einsum(sub, *ops, out=np.zeros(so, dtype=do)))
