"""vstack/row_stack/column_stack of arrays of another rank than the first name a wholly unknown inferred shape, as MXNet does (hstack, dstack, concatenate and stack keep their own words)."""
from mxnet import np, npx
npx.set_np()


def show(label, fn):
    try:
        r = fn()
        print(label, "->", r.dtype, r.shape)
    except Exception as e:  # noqa: BLE001
        print(label, "->", type(e).__name__, str(e).strip().splitlines()[-1][:160])


shapes = [[(3,), (2, 1, 3)], [(2, 3), (2, 2, 2)], [(2, 2, 2), (2, 3)], [(2, 3), (2, 2, 2), (2, 2, 2)], [(2, 3), (3,)],
          [(2, 3, 4), (2, 3)], [(2, 3), (2, 3, 1), (2, 3)], [(1, 3), (2, 4)], [(2, 3), (4, 3, 2, 1)], [(3,), (4,)]]
for ss in shapes:
    for f in ["vstack", "hstack", "dstack", "column_stack", "row_stack", "concatenate", "stack"]:
        show("%s %s" % (f, ss), lambda: getattr(np, f)([np.ones(s) for s in ss]))
    for ax in [0, 1, -1, None]:
        show("concatenate axis=%s %s" % (ax, ss), lambda: np.concatenate([np.ones(s) for s in ss], axis=ax))
