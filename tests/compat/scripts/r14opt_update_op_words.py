"""Update operators called as NDArray functions: integer, mixed and master-weight types, out= dtypes, and LAMB's
shape checks fail in MXNet's words."""
import mxnet as mx
from mxnet import nd
from _words import words


def A(shape, dtype="float32"):
    return nd.ones(shape, dtype=dtype)


def I():
    return nd.ones((2,), dtype="int32")


CASES = [
    ("multi_sum_sq mixed", lambda: nd.multi_sum_sq(A((2,)), A((2,), "float16"), num_arrays=2)),
    ("multi_sum_sq float64 after float32", lambda: nd.multi_sum_sq(A((2,)), A((2,), "float64"), num_arrays=2)),
    ("multi_sum_sq int", lambda: nd.multi_sum_sq(I(), I(), num_arrays=2).asnumpy()),
    ("all_finite int", lambda: nd.all_finite(I()).asnumpy()),
    ("multi_all_finite mixed", lambda: nd.multi_all_finite(A((2,)), A((2,), "float16"), num_arrays=2).asnumpy()),
    ("sgd_update int", lambda: nd.sgd_update(I(), I(), lr=0.1).asnumpy()),
    ("adam_update int", lambda: nd.adam_update(I(), I(), I(), I(), lr=0.1).asnumpy()),
    ("sgd_update bool", lambda: nd.sgd_update(nd.ones((2,), dtype="bool"), nd.ones((2,), dtype="bool"),
                                              lr=0.1).asnumpy()),
    ("mp_lamb phase1 float32 weight", lambda: nd.mp_lamb_update_phase1(A((2,)), A((2,)), A((2,)), A((2,)), A((2,)),
                                                                       t=1, wd=0.1)),
    ("sgd_update mixed", lambda: nd.sgd_update(A((2,)), A((2,), "float16"), lr=0.1)),
    ("sgd_mom_update mixed", lambda: nd.sgd_mom_update(A((2,)), A((2,)), A((2,), "float64"), lr=0.1)),
    ("mp_sgd_update float16 master", lambda: nd.mp_sgd_update(A((2,), "float16"), A((2,), "float16"),
                                                              A((2,), "float16"), lr=0.1)),
    ("preloaded float16 lrs", lambda: nd.preloaded_multi_sgd_update(A((2,)), A((2,)), A((1,), "float16"), A((1,)),
                                                                    num_weights=1, out=A((2,)))),
    ("multi_sgd_update no out", lambda: nd.multi_sgd_update(A((2,)), A((2,)), lrs=(0.1,), wds=(0.0,), num_weights=1)),
    ("mp_lamb phase1 float16 out", lambda: nd.mp_lamb_update_phase1(A((2,), "float16"), A((2,), "float16"), A((2,)),
                                                                    A((2,)), A((2,)), t=1, wd=0.1,
                                                                    out=A((2,), "float16"))),
    ("sgd_update float16 out", lambda: nd.sgd_update(A((2,)), A((2,)), lr=0.1, out=A((2,), "float16"))),
    ("group_adagrad not in place", lambda: nd.contrib.group_adagrad_update(A((2, 2)), A((2, 2)).tostype("row_sparse"),
                                                                           A((2, 1)), lr=0.1)),
    ("group_adagrad types", lambda: nd.contrib.group_adagrad_update(
        A((2, 2)), A((2, 2), "float16").tostype("row_sparse"), A((2, 1)), lr=0.1, out=A((2, 2)))),
    ("multi_lars float16", lambda: nd.multi_lars(A((2,), "float16"), A((2,), "float16"), A((2,), "float16"),
                                                 A((2,), "float16"), eta=0.5, eps=1e-3).asnumpy()),
    ("lamb phase1 grad shape", lambda: nd.lamb_update_phase1(A((2, 3)), A((3,)), A((2, 3)), A((2, 3)), t=1, wd=0.1)),
    ("lamb phase1 var shape", lambda: nd.lamb_update_phase1(A((2, 3)), A((2, 3)), A((2, 3)), A((3,)), t=1, wd=0.1)),
    ("mp lamb phase1 master shape", lambda: nd.mp_lamb_update_phase1(A((2, 3), "float16"), A((2, 3), "float16"),
                                                                     A((2, 3)), A((2, 3)), A((3, 2)), t=1, wd=0.1)),
    ("lamb phase2 g ndim", lambda: nd.lamb_update_phase2(A((2, 3)), A((3,)), nd.array([2.0, 1.0]), nd.array([0.5]),
                                                         lr=0.1)),
    ("lamb phase2 g dim", lambda: nd.lamb_update_phase2(A((2, 3)), A((2, 4)), nd.array([2.0]), nd.array([0.5]),
                                                        lr=0.1)),
    ("lamb phase2 g 3-d", lambda: nd.lamb_update_phase2(A((2, 3)), A((2, 3, 1)), nd.array([2.0]), nd.array([0.5]),
                                                        lr=0.1)),
    ("lamb phase2 r1", lambda: nd.lamb_update_phase2(A((2, 3)), A((2, 3)), nd.array([2.0, 1.0]), nd.array([0.5]),
                                                     lr=0.1)),
    ("lamb phase2 r2", lambda: nd.lamb_update_phase2(A((2, 3)), A((2, 3)), nd.array([2.0]), nd.array([0.5, 1.0]),
                                                     lr=0.1)),
    ("mp lamb phase2 g dim", lambda: nd.mp_lamb_update_phase2(A((2, 3), "float16"), A((2, 4)), nd.array([2.0]),
                                                              nd.array([0.5]), A((2, 3)), lr=0.1)),
    ("mp lamb phase2 master dim", lambda: nd.mp_lamb_update_phase2(A((2, 3), "float16"), A((2, 3)), nd.array([2.0]),
                                                                   nd.array([0.5]), A((3, 2)), lr=0.1)),
    ("mp lamb phase2 master ndim", lambda: nd.mp_lamb_update_phase2(A((2, 3), "float16"), A((2, 3)), nd.array([2.0]),
                                                                    nd.array([0.5]), A((6,)), lr=0.1)),
    ("lamb phase2 ok", lambda: nd.lamb_update_phase2(A((2, 3)), A((2, 3)) * 0.5, nd.array([2.0]), nd.array([0.5]),
                                                     lr=0.1)),
]
for label, call in CASES:
    try:
        r = call()
        print(label, "->", r.asnumpy().tolist() if hasattr(r, "asnumpy") else r)
    except Exception as e:
        print(label, "->", words(e))
