"""Creation functions in every dtype (values cast as MXNet's kernels cast them), and the dtypes each refuses, with
the attributes its front end sent the operator listed in the refusal."""
import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.dtype.__name__, r.asnumpy().tolist())
    except Exception as e:
        print(label, "->", words(e))


for dt in ["float16", "float32", "float64", "uint8", "int8", "int32", "int64", "bool", "int16", "uint16"]:
    attempt(f"zeros {dt}", lambda: nd.zeros((2, 3), dtype=dt))
    attempt(f"ones {dt}", lambda: nd.ones((2,), dtype=dt))
    attempt(f"full 2.7 {dt}", lambda: nd.full((3,), 2.7, dtype=dt))
    attempt(f"full -1.5 {dt}", lambda: nd.full((2,), -1.5, dtype=dt))
    attempt(f"full 300 {dt}", lambda: nd.full((2,), 300, dtype=dt))
    attempt(f"arange {dt}", lambda: nd.arange(0.5, 5, 1.5, dtype=dt))
    attempt(f"arange down {dt}", lambda: nd.arange(-1, -4, -0.7, dtype=dt))
    attempt(f"linspace {dt}", lambda: nd.linspace(0, 3, 4, dtype=dt))
    attempt(f"linspace open {dt}", lambda: nd.linspace(-1, 2, 4, endpoint=False, dtype=dt))
    attempt(f"eye {dt}", lambda: nd.eye(2, 3, k=1, dtype=dt))
attempt("zeros 0-size int16", lambda: nd.zeros((0,), dtype="int16"))
attempt("zeros int shape uint16", lambda: nd.zeros(5, mx.cpu(), "uint16"))
attempt("zeros hidden attr int16", lambda: nd.zeros((2,), dtype="int16", __layout__="NC"))
attempt("ones hidden attr int16", lambda: nd.ones((2,), dtype="int16", __layout__="NC"))
attempt("eye negative bool", lambda: nd.eye(-3, dtype="bool"))
attempt("eye text bool", lambda: nd.eye("a", dtype="bool"))
attempt("eye hidden attr bool", lambda: nd.eye(2, dtype="bool", __layout__="NC"))
attempt("eye text", lambda: nd.eye("a"))
attempt("eye text M", lambda: nd.eye(2, M="b", dtype="int32"))
attempt("linspace text bool", lambda: nd.linspace(0, "a", 3, dtype="bool"))
attempt("linspace negative bool", lambda: nd.linspace(0, 1, -1, dtype="bool"))
attempt("linspace cpu(3) int16", lambda: nd.linspace(0, 1, 3, dtype="int16", ctx=mx.cpu(3)))
attempt("linspace text", lambda: nd.linspace(0, "a", 3))
attempt("linspace text num", lambda: nd.linspace(0, 1, "x", endpoint=False, dtype="float16"))
for key in ["foo", "a", "zz", "axis", "q"]:
    attempt(f"zeros int16 {key}=1", lambda: nd.zeros((2,), dtype="int16", **{key: 1}))
    attempt(f"ones int16 {key}=1", lambda: nd.ones((2,), dtype="int16", **{key: 1}))
    attempt(f"eye bool {key}=1", lambda: nd.eye(2, dtype="bool", **{key: 1}))
