"""Legacy operators writing out= over an input that trails it in the same storage: MXNet's kernels compute
element by element (each element reads the ones written before it), but oneDNN's float32 elemwise_add reads first."""
import mxnet as mx
nd = mx.nd
CASES = [
 ("broadcast_add", lambda a: nd.broadcast_add(a[0:4], a[1:5], out=a[1:5])),
 ("broadcast_sub", lambda a: nd.broadcast_sub(a[1:5], a[0:4], out=a[1:5])),
 ("broadcast_mul", lambda a: nd.broadcast_mul(a[0:4], a[1:5], out=a[1:5])),
 ("broadcast_maximum", lambda a: nd.broadcast_maximum(a[0:4], a[1:5] * 0, out=a[1:5])),
 ("elemwise_add", lambda a: nd.elemwise_add(a[0:4], a[1:5], out=a[1:5])),
 ("elemwise_sub", lambda a: nd.elemwise_sub(a[1:5], a[0:4], out=a[1:5])),
 ("elemwise_mul", lambda a: nd.elemwise_mul(a[0:4], a[1:5], out=a[1:5])),
 ("elemwise_div", lambda a: nd.elemwise_div(a[1:5], a[0:4], out=a[1:5])),
 ("add", lambda a: nd.add(a[0:4], a[1:5], out=a[1:5])),
 ("maximum", lambda a: nd.maximum(a[0:4], a[1:5], out=a[1:5])),
 ("negative", lambda a: nd.negative(a[0:4], out=a[1:5])),
 ("sqrt", lambda a: nd.sqrt(a[0:4], out=a[1:5])),
 ("square", lambda a: nd.square(a[0:4], out=a[1:5])),
 ("exp0", lambda a: nd.exp(a[0:4] * 0, out=a[1:5])),
 ("relu", lambda a: nd.relu(a[0:4], out=a[1:5])),
 ("sigmoid", lambda a: nd.sigmoid(a[0:4], out=a[1:5])),
 ("tanh", lambda a: nd.tanh(a[0:4], out=a[1:5])),
 ("softsign", lambda a: nd.softsign(a[0:4], out=a[1:5])),
 ("abs", lambda a: nd.abs(a[0:4], out=a[1:5])),
 ("sign", lambda a: nd.sign(a[0:4], out=a[1:5])),
 ("reciprocal", lambda a: nd.reciprocal(a[0:4], out=a[1:5])),
 ("_plus_scalar", lambda a: nd._internal._plus_scalar(a[0:4], scalar=1, out=a[1:5])),
 ("_mul_scalar", lambda a: nd._internal._mul_scalar(a[0:4], scalar=2, out=a[1:5])),
 ("_rminus_scalar", lambda a: nd._internal._rminus_scalar(a[0:4], scalar=10, out=a[1:5])),
 ("clip", lambda a: nd.clip(a[0:4], 0, 3, out=a[1:5])),
 ("round", lambda a: nd.round(a[0:4] / 2, out=a[1:5])),
 ("power", lambda a: nd.power(a[0:4], 2, out=a[1:5])),
 ("broadcast_power", lambda a: nd.broadcast_power(a[0:4], a[1:5] * 0 + 2, out=a[1:5])),
 ("hypot", lambda a: nd.broadcast_hypot(a[0:4], a[1:5] * 0, out=a[1:5])),
 ("equal", lambda a: nd.broadcast_equal(a[0:4], a[1:5], out=a[1:5])),
 ("_equal_scalar", lambda a: nd._internal._equal_scalar(a[0:4], scalar=1, out=a[1:5])),
 ("copy", lambda a: nd.copy(a[0:4], out=a[1:5])),
 ("add_n", lambda a: nd.add_n(a[0:4], a[0:4], out=a[1:5])),
 ("where", lambda a: nd.where(a[0:4] * 0 + 1, a[0:4], a[0:4], out=a[1:5])),
 ("smooth_l1", lambda a: nd.smooth_l1(a[0:4], out=a[1:5])),
 ("rows", lambda a: nd.broadcast_add(a.reshape((4, 2))[0:3], a.reshape((4, 2))[1:4], out=a.reshape((4, 2))[1:4])),
 ("big", lambda a: nd.broadcast_add(a[0:7], a[1:8], out=a[1:8])),
 ("big elemwise_add", lambda a: nd.elemwise_add(a[0:7], a[1:8], out=a[1:8])),
]
for dtype in ["float32", "int32", "float64"]:
    for text, f in CASES:
        a = nd.arange(1, 9, dtype=dtype)
        try:
            f(a)
            print(dtype, text, [round(v, 4) for v in a.asnumpy().tolist()])
        except Exception as e:
            print(dtype, text, type(e).__name__)
