"""More refusals a hybridized numpy-mode block meets on its first call (where, argmax, moveaxis, einsum,
tensordot, dot, linalg, joins, norm axes): the words of the operator the node runs, as MXNet gives them."""
import mxnet as mx
from mxnet import np, npx
from _words import words
from _hybrid_call import Call

npx.set_np()


cases = {
    "where": (lambda F, c, a, b: F.np.where(c > 0, a, b), [(2, 3), (3, 2), (2, 3)]),
    "argmax": (lambda F, a: F.np.argmax(a, 3), [(2, 3)]),
    "moveaxis": (lambda F, a: F.np.moveaxis(a, 0, 4), [(2, 3)]),
    "einsum": (lambda F, a, b: F.np.einsum("ij,jk->ik", a, b), [(2, 3), (2, 3)]),
    "tensordot": (lambda F, a, b: F.np.tensordot(a, b, axes=1), [(2, 3), (2, 3)]),
    "dot": (lambda F, a, b: F.np.dot(a, b), [(2, 3), (2, 3)]),
    "dot_vectors": (lambda F, a, b: F.np.dot(a, b), [(3,), (4,)]),
    "det": (lambda F, a: F.np.linalg.det(a), [(3,)]),
    "solve": (lambda F, a, b: F.np.linalg.solve(a, b), [(2, 2), (3,)]),
    "svd": (lambda F, a: F.np.linalg.svd(a)[0], [(3,)]),
    "trace": (lambda F, a: F.np.trace(a), [(3,)]),
    "concatenate": (lambda F, a, b: F.np.concatenate([a, b], axis=0), [(2, 3), (2, 4)]),
    "stack_axis": (lambda F, a, b: F.np.stack([a, b], axis=3), [(2, 3), (2, 3)]),
    "vstack": (lambda F, a, b: F.np.vstack([a, b]), [(2, 3), (2, 4)]),
    "broadcast_to": (lambda F, a: F.np.broadcast_to(a, (4, 3, 2)), [(2, 3)]),
    "norm_axis": (lambda F, a: F.np.linalg.norm(a, axis=3), [(2, 3)]),
    "norm_negative_axis": (lambda F, a: F.np.linalg.norm(a, axis=-3), [(2, 3)]),
    "fine": (lambda F, a, b: F.np.dot(a, b.T), [(2, 3), (2, 3)]),
}
for name, (fn, shapes) in cases.items():
    for hybrid in (False, True):
        with mx.name.NameManager():
            block = Call(fn, prefix="r_")
            if hybrid:
                block.hybridize()
            args = [np.ones(s) * (i + 1) for i, s in enumerate(shapes)]
            try:
                print(name, hybrid, block(*args).tolist())
            except Exception as e:
                print(name, hybrid, words(e))
