"""Operators whose shape functions read their inputs' shapes, with some unknown: MXNet's checks in its order and
words (or the shapes left as inferred where they pass); BilinearSampler's and Correlation's shape checks."""
import re
import numpy as np
import mxnet as mx


def words(e):
    """The exception type and MXNet's whole message, without the C++ trace, source positions or timestamps."""
    text = str(e).split("Stack trace:")[0]
    lines = [line for line in text.splitlines()
             if not line.startswith("Traceback (most") and not line.strip().startswith("File \"")]
    lines = [line[len("MXNetError: "):] if line.startswith("MXNetError: ") else line for line in lines]
    text = re.sub(r"\[\d\d:\d\d:\d\d\] \S+:\d+: ", "", "\n".join(lines).strip())
    return f"{type(e).__name__}: {text}"


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:      # noqa: BLE001  (the error is what is compared)
        print(label, "->", words(e))

a, b = mx.sym.var("a"), mx.sym.var("b")
cases = [("batch_take", mx.sym.batch_take, [dict(a=(2, 3)), dict(b=(2,)), dict(a=(2, 0), b=(2,)), dict(a=(2, 3), b=(0,)), {}]),
         ("softmax_cross_entropy", mx.sym.softmax_cross_entropy,
          [dict(a=(2, 3)), dict(b=(2,)), dict(a=(2, 0), b=(2,)), dict(a=(2, 3), b=(0,)), dict(a=(2,)), {}]),
         ("Correlation", mx.sym.Correlation, [dict(a=(1, 2, 5, 5)), dict(b=(1, 2, 5, 5)), dict(a=(1, 2, 5)), {}]),
         ("CTCLoss", mx.sym.CTCLoss, [dict(a=(5, 2, 4)), dict(b=(2, 3)), dict(a=(5, 0, 4), b=(2, 3)),
                                      dict(a=(5, 2, 4), b=(2, 0)), dict(a=(5, 2)), {}])]
for name, make, given in cases:
    for shapes in given:
        with mx.name.NameManager():
            attempt(f"{name} {shapes}", lambda: make(a, b, name="op").infer_shape_partial(**shapes))

nd = mx.nd
for data, grid in [((2, 3), (2, 3)), ((1, 2, 4, 4), (2, 3)), ((1, 2, 4, 4), (1, 3, 4, 4)), ((1, 2, 4, 4), (2, 2, 4, 4)),
                   ((1, 2, 4), (1, 2, 4, 4)), ((1, 2, 4, 4), (1, 2, 3, 3))]:
    attempt(f"sampler {data} {grid}", lambda: nd.BilinearSampler(nd.ones(data), nd.ones(grid)).shape)
    attempt(f"sampler sym {data} {grid}", lambda: mx.sym.BilinearSampler(a, b, name="s").infer_shape(a=data, b=grid)[1])
for one, two in [((2, 3), (2, 3)), ((1, 2, 5, 5), (2, 3)), ((1, 2, 5, 5), (1, 2, 5, 5))]:
    attempt(f"correlation {one} {two}", lambda: nd.Correlation(nd.ones(one), nd.ones(two)).shape)
    attempt(f"correlation sym {one} {two}", lambda: mx.sym.Correlation(a, b, name="c").infer_shape(a=one, b=two)[1])
for label, call in [("correlation too small", lambda: nd.Correlation(nd.ones((1, 2, 1, 1)), nd.ones((1, 2, 1, 1)),
                                                                    max_displacement=2)),
                    ("broadcast_to without shape", lambda: nd.broadcast_to(nd.ones((2, 3))))]:
    try:
        call()
    except mx.base.MXNetError as e:     # (MXNet's message: the first line)
        print(label, "->", words(e).splitlines()[0])
