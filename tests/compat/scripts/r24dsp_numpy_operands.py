"""mx.np functions given NumPy arrays, lists, texts and scalars as operands: where's branches (MXNet's float() of
them) and clip's bounds (its parser's text of them), among arithmetic, stacking and reductions."""
# recorded on AVX2
import warnings
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
warnings.simplefilter("ignore")


def show(r):
    if isinstance(r, np.ndarray):
        return f"mx {r.dtype} {r.shape} {r.tolist()}"
    if isinstance(r, (list, tuple)):
        return type(r).__name__ + "(" + ", ".join(show(v) for v in r) + ")"
    return f"{type(r).__name__} {r}"


def attempt(label, fn):
    try:
        print(label, "->", show(fn()))
    except Exception as e:
        print(label, "->", words(e))


a = np.array([[1., 2., 3.], [4., 5., 6.]])
operands = [("onp 2-d", onp.array([[1., 0.5, 2.], [3., 1., 0.]])), ("onp (1,)", onp.array([2.])),
            ("onp 0-d", onp.array(2.)), ("onp 0-d int", onp.array(2)), ("onp 0-d bool", onp.array(True)),
            ("onp (3,)", onp.array([1, 2, 3])), ("onp (1,) bool", onp.array([False])), ("onp empty", onp.array([])),
            ("list", [1, 2]), ("tuple", (1, 2)), ("list of one", [2.]), ("text", "2"), ("bad text", "x2"),
            ("text inf", "inf"), ("float64", onp.float64(2.5)), ("int", 3), ("None", None)]
for label, b in operands:
    attempt(f"where(c, {label}, a)", lambda: np.where(a > 2, b, a))
    attempt(f"where(c, a, {label})", lambda: np.where(a > 2, a, b))
    attempt(f"where(c, {label}, {label})", lambda: np.where(a > 2, b, b))
    attempt(f"clip(a, {label}, 4)", lambda: np.clip(a, b, 4))
    attempt(f"clip(a, 1, {label})", lambda: np.clip(a, 1, b))
    attempt(f"onp.clip(a, {label}, 4)", lambda: onp.clip(a, b, 4))
    attempt(f"a.clip({label}, 4)", lambda: a.clip(b, 4))
    attempt(f"np.add(a, {label})", lambda: np.add(a, b))
    attempt(f"np.maximum({label}, a)", lambda: np.maximum(b, a))
    attempt(f"np.concatenate([a, {label}])", lambda: np.concatenate([a, b]))
    attempt(f"np.sum({label})", lambda: np.sum(b))
    attempt(f"np.exp({label})", lambda: np.exp(b))
