"""A pooling window larger than its padded input: MXNet's check words in NDArray calls and symbol inference."""
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


for data, kernel, pad in [((1, 2, 5), (7,), (0,)), ((1, 2, 5, 5), (7, 7), (0, 0)), ((1, 2, 5, 5), (2, 8), (0, 1)),
                          ((1, 2, 5, 5, 5), (1, 1, 9), (0, 0, 1)), ((1, 2, 5, 5), (2, 7), (0, 1))]:
    attempt(f"nd {data} k={kernel} p={pad}", lambda: mx.nd.Pooling(mx.nd.ones(data), kernel=kernel, pad=pad).shape)
    sym = mx.sym.Pooling(mx.sym.var("d"), kernel=kernel, pad=pad, name="pool")
    attempt(f"sym {data} k={kernel} p={pad}", lambda: sym.infer_shape(d=data)[1])
    attempt(f"partial {data}", lambda: sym.infer_shape_partial(d=data)[1])
