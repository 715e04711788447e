"""A bound executor runs its graph in bulk: after a float16 FullyConnected fails on CPU, the softmax reading it and
a log_softmax on another branch both give no float16 advice; bound to an already failed array, the graph logs
nothing; a float16 softmax that runs gives the advice once."""
# recorded on AVX2
import mxnet as mx

from _stderr import stderr_of


def shown(e):
    return f"{type(e).__name__}: {str(e).splitlines()[-1]}"


def logged(name, run):
    res, lines = stderr_of(run)
    print(name, "raises" if isinstance(res, Exception) else "returns", shown(res) if isinstance(res, Exception) else res)
    print("   logged", [line for line in lines if "SAFE_ACCUMULATION" in line])


data = mx.sym.var("data", dtype="float16")
fc = mx.sym.FullyConnected(data, num_hidden=3, name="fc")
group = mx.sym.Group([mx.sym.softmax(fc), mx.sym.log_softmax(data)])
ex = group.simple_bind(mx.cpu(), data=(2, 4), type_dict={"data": "float16"})
for arr in ex.arg_dict.values():
    arr[:] = 0.5
logged("failed branch first", lambda: ex.forward(is_train=False)[0].asnumpy())
x = mx.nd.ones((2, 4), dtype="float16")
failed = mx.nd.FullyConnected(x, mx.nd.ones((3, 4), dtype="float16"), no_bias=True, num_hidden=3)
bound = mx.sym.softmax(mx.sym.var("a")).bind(mx.cpu(), {"a": failed})
logged("bound to a failed array", lambda: bound.forward()[0].asnumpy())
plain = mx.sym.softmax(mx.sym.var("b")).bind(mx.cpu(), {"b": x})
logged("float16 softmax", lambda: plain.forward()[0].asnumpy().tolist())
logged("again", lambda: plain.forward()[0].asnumpy().tolist())
