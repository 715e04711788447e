# Creation functions read dtypes and contexts as MXNet does: np.longlong (int64 by name, not by numpy type) is
# accepted by operators (zeros/ones/arange/eye) and refused by the Python type table (array/full/empty);
# a context that is not a Context is read as text by operators, refused by the allocating functions.
import numpy as np
import mxnet as mx
from mxnet import nd

calls = {"array": lambda **k: nd.array([1, 2], **k), "zeros": lambda **k: nd.zeros((2,), **k),
         "ones": lambda **k: nd.ones((2,), **k), "full": lambda **k: nd.full((2,), 3, **k),
         "arange": lambda **k: nd.arange(2, **k), "empty": lambda **k: nd.empty((2,), **k),
         "eye": lambda **k: nd.eye(2, **k), "linspace": lambda **k: nd.linspace(0, 1, 2, **k)}
for name, call in calls.items():
    for tag, kwargs in (("longlong", dict(dtype=np.longlong)), ("intc", dict(dtype=np.intc)), ("ctx_int", dict(ctx=5)),
                        ("ctx_text", dict(ctx="cpu(1)")), ("ctx_cpu", dict(ctx=mx.cpu(1)))):
        try:
            a = call(**kwargs)
            print(name, tag, a.dtype, a.dtype is np.int64, a.context, a.shape)
        except Exception as e:
            print(name, tag, "error", type(e).__name__)
