"""mx.nd._internal / mx.sym._internal list MXNet's backward operators and graph internals; a call fails as MXNet's."""
import inspect

import mxnet as mx

# (distnet's own _backward_linear, which its recorded gradient graphs use, left out)
names = sorted(n for n in dir(mx.nd._internal) if n.startswith("_backward_") and n != "_backward_linear" or n in (
    "_CachedOp", "_CachedOpThreadSafe", "_CrossDeviceCopy", "_NDArray", "_Native", "_NoGradient", "_broadcast_backward",
    "_cond", "_foreach", "_imdecode", "_sample_unique_zipfian", "_scatter_set_nd", "_sg_mkldnn_selfatt_qk",
    "_sg_mkldnn_selfatt_valatt", "_split_v2_backward", "_while_loop"))
print(len(names), all(hasattr(mx.sym._internal, n) for n in names))


def first_words(call):
    try:
        call()
    except Exception as e:      # noqa: BLE001
        text = str(e)
        line = text.split("\n")[2] if text.startswith("Traceback") else text.split("\n")[0]
        return type(e).__name__ + " " + line.split("MXNetError: ")[-1][:110]
    return "ok"


for n in names:
    f = getattr(mx.nd._internal, n)
    print(n, inspect.signature(f), inspect.signature(getattr(mx.sym._internal, n)))
    print("   ", first_words(f))
x = mx.nd.ones((2,))
for n in ("_backward_softmax", "_backward_log_softmax", "_cond", "_while_loop", "_foreach", "_NDArray",
          "_backward_amp_multicast"):
    print(n, first_words(lambda: getattr(mx.nd._internal, n)(x)))
for n in ("_backward_Activation", "_backward_Concat", "_backward_clip", "_backward_tile"):
    print(n, first_words(lambda: getattr(mx.sym._internal, n)()))
print(first_words(lambda: mx.nd._internal._backward_add(x, x, x)))
print(first_words(lambda: mx.nd._internal._backward_Activation(act_type="relu")))
print(first_words(lambda: mx.nd._internal._backward_clip(a_max=1.0)))
print(first_words(lambda: mx.nd._internal._backward_Convolution(kernel=(1,), num_filter=1)))
print(first_words(lambda: mx.nd._internal._backward_image_crop(height=1, width=1)))
