"""Shape refusals a hybridized numpy-mode block meets on its first call (matmul, reshape, reductions): the
operator's words with the node named, as MXNet's graph gives them, beside the imperative words."""
import mxnet as mx
from mxnet import np, npx
from _words import words
from _hybrid_call import Call

npx.set_np()


cases = {
    "matmul_inner": (lambda F, a, b: F.np.matmul(a, b), [(2, 3), (2, 3)]),
    "matmul_vector_first": (lambda F, a, b: F.np.matmul(a, b), [(4,), (3, 2)]),
    "matmul_batch": (lambda F, a, b: F.np.matmul(a, b), [(2, 2, 3), (3, 3, 2)]),
    "matmul_ok": (lambda F, a, b: F.np.matmul(a, b), [(2, 1, 3), (4, 3, 2)]),
    "reshape_size": (lambda F, a: F.np.reshape(a, (4, -1)), [(2, 3)]),
    "reshape_total": (lambda F, a: a.reshape(4, 2), [(2, 3)]),
    "reshape_two_unknown": (lambda F, a: a.reshape(-1, -1), [(2, 3)]),
    "reshape_zero": (lambda F, a: a.reshape(0, -1), [(2, 3)]),
    "reshape_ok": (lambda F, a: a.reshape(3, -1), [(2, 3)]),
    "sum_axis": (lambda F, a: F.np.sum(a, axis=2), [(2, 3)]),
    "sum_negative_axis": (lambda F, a: a.sum(axis=-3), [(2, 3)]),
    "sum_duplicate_axes": (lambda F, a: F.np.sum(a, axis=(1, -1)), [(2, 3)]),
    "mean_axis": (lambda F, a: F.np.mean(a, axis=5), [(2, 3)]),
    "prod_axis": (lambda F, a: F.np.prod(a, axis=(0, 2)), [(2, 3)]),
    "std_axis": (lambda F, a: F.np.std(a, axis=3), [(2, 3)]),
    "sum_ok": (lambda F, a: F.np.sum(a, axis=(0, -1)), [(2, 3)]),
}
for name, (fn, shapes) in cases.items():
    for hybrid in (False, True):
        with mx.name.NameManager():
            block = Call(fn, prefix="g_")
            if hybrid:
                block.hybridize()
            args = [np.arange(int(onp_size)).reshape(s) * 0.5 for s, onp_size in
                    ((s, __import__("numpy").prod(s)) for s in shapes)]
            try:
                print(name, hybrid, block(*args).tolist())
            except Exception as e:
                print(name, hybrid, words(e))
