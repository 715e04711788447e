# A context whose device id is no integer (text, float, None) is accepted when made, but MXNet's C API takes
# the id as a C int: allocating or copying an array there fails with Python's TypeError, and so does a
# DataLoader's first batch for pin_memory=True with such a pin_device_id. Operators (zeros) fail on its text.
# recorded on AVX2
import mxnet as mx
from _words import words

CONTEXTS = ["mx.Context('cpu', 'x')", "mx.cpu_pinned('x')", "mx.cpu(1.5)", "mx.cpu(None)",
            "mx.cpu(True)", "mx.Context('cpu_shared', 2.0)", "mx.cpu_pinned(1)"]
MAKERS = {"zeros": lambda c: mx.nd.zeros(2, ctx=c), "empty": lambda c: mx.nd.empty(2, ctx=c),
          "as_in_context": lambda c: mx.nd.ones(2).as_in_context(c), "copyto": lambda c: mx.nd.ones(2).copyto(c),
          "nd.array": lambda c: mx.nd.array([1, 2], ctx=c), "np.array": lambda c: mx.np.array([1, 2], ctx=c),
          "full": lambda c: mx.nd.full((2,), 3, ctx=c)}
for text in CONTEXTS:
    ctx = eval(text)
    for name, make in MAKERS.items():
        try:
            print(text, name, make(ctx).shape)
        except Exception as e:
            print(text, name, words(e))
    try:
        loader = mx.gluon.data.DataLoader([1, 2, 3], batch_size=2, pin_memory=True, pin_device_id=ctx.device_id)
        print(text, "loader", len(loader), [b.asnumpy().tolist() for b in loader])
    except Exception as e:
        print(text, "loader", words(e))
