"""inspect.signature of NDArray's fluent operator methods and of transpose, and the methods' calls, as MXNet's"""
# recorded on AVX2
import inspect
import mxnet as mx

for name in ["abs", "sum", "mean", "max", "norm", "reshape_like", "slice_axis", "take", "pick", "one_hot", "topk", "sort",
             "argsort", "softmax", "log_softmax", "tile", "repeat", "pad", "flip", "split", "swapaxes", "depth_to_space",
             "transpose", "zeros_like", "clip", "shape_array", "exp", "sigmoid", "relu", "round"]:
    print(name, inspect.signature(getattr(mx.nd.NDArray, name)))
a = mx.nd.array([[1, -2, 3], [-4, 5, -6]])
print(a.transpose().asnumpy().tolist(), a.transpose((1, 0)).asnumpy().tolist(), a.transpose(axes=(1, 0)).shape)
print(a.abs().asnumpy().tolist(), a.sum(axis=1).asnumpy().tolist(), a.clip(-1, 2).asnumpy().tolist())
print(a.topk(k=1, ret_typ="value").asnumpy().tolist(), a.take(mx.nd.array([1])).asnumpy().tolist())
for call in (lambda: a.transpose(1, 0), lambda: a.abs(foo=1), lambda: a.sum(1, 2, 3, 4, 5)):
    try:
        print(call().asnumpy().tolist())
    except Exception as e:      # noqa: BLE001
        print(type(e).__name__, str(e).strip().splitlines()[-1][:200])
print("split_v2", inspect.signature(mx.nd.split_v2))
x = mx.nd.arange(12).reshape((6, 2))
for call in (lambda: mx.nd.split_v2(x, (1, 3), 0, False), lambda: mx.nd.split_v2(ary=x, indices_or_sections=2),
             lambda: mx.nd.split_v2(x, 2, out=None), lambda: mx.nd.split_v2(x.asnumpy(), 2),
             lambda: mx.nd.split_v2(x, [1, 3]), lambda: x.split_v2(3, squeeze_axis=False)):
    try:
        print([a.shape for a in call()])
    except Exception as e:      # noqa: BLE001
        print(type(e).__name__, str(e).strip().splitlines()[0][:200])
