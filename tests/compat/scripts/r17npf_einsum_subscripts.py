"""mx.np einsum over many subscript forms (implicit and explicit outputs, ellipses, traces, repeated and unknown
labels, bad symbols) with and without optimize: results and MXNet's parse refusals."""
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.dtype, r.shape, r.tolist())
    except Exception as e:
        print(label, "->", words(e))


E = {"a": np.array([1., 2., 3.]), "b": np.array([4., 5., 6.]), "M": np.arange(6).reshape(2, 3).astype("float32"),
     "N": np.arange(12).reshape(3, 4).astype("float32"), "S": np.arange(9).reshape(3, 3).astype("float32"),
     "T": np.arange(24).reshape(2, 3, 4).astype("float32"), "I": np.arange(6).reshape(2, 3).astype("int32")}
for sub, ops in [("i,i", "ab"), ("i,j->ij", "ab"), ("ij,jk->ik", "MN"), ("ij,jk", "MN"), ("ii", "S"), ("ii->i", "S"),
                 ("ij->ji", "M"), ("ij->", "M"), ("...j,jk->...k", "TN"), ("i...->...", "T"), ("ijk->kji", "T"),
                 ("bij,jk->bik", "TN"), ("i,i,i->", "aaa"), ("ij,jk,kl->il", "MNN"), ("iij->ij", "T"),
                 ("ij->ik", "M"), ("i,j", "a"), ("ab,bc->ac", "MI"), ("ij,ij", "II"), ("...", "T"), ("Ij->jI", "M"),
                 ("ij->ii", "M"), ("i,ii->i", "aS"), ("...ij,...jk", "TN"), ("0i", "a"), ("i->->i", "a"),
                 ("...j,jk->...k", "TS"), ("ij ,jk-> ik", "MN")]:
    args = [E[o] for o in ops]
    for opt in [False, True]:
        attempt(f"einsum {sub!r} {ops} optimize={opt}", lambda: np.einsum(sub, *args, optimize=opt))
