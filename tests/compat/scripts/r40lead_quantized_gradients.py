"""Which quantization ops differentiate under autograd (zero gradients) and which MXNet registers no gradient for."""
import mxnet as mx
nd = mx.nd
def f(): return nd.array([-1.0])
def g(): return nd.array([1.0])
i8 = lambda s: nd.ones(s, dtype='int8')
cases = {
 'calibrate_entropy': lambda: ([nd.ones((10,)), nd.arange(11)], dict(num_quantized_bins=5)),
 'dequantize': lambda: ([i8((2, 3)), f(), g()], {}),
 'quantize': lambda: ([nd.ones((2, 3)), f(), g()], {}),
 'quantize_v2': lambda: ([nd.ones((2, 3))], {}),
 'quantized_act': lambda: ([i8((2, 3)), f(), g()], dict(act_type='relu')),
 'quantized_batch_norm': lambda: ([i8((1, 2, 2, 2)), nd.ones(2), nd.ones(2), nd.zeros(2), nd.ones(2), f(), g()], dict(min_calib_range=-1.0, max_calib_range=1.0)),
 'quantized_concat': lambda: ([i8((2, 3)), i8((2, 3)), f(), f(), g(), g()], dict(num_args=2, dim=1)),
 'quantized_conv': lambda: ([nd.ones((1, 4, 3, 3), dtype='uint8'), i8((4, 4, 1, 1)), i8((4,)), f(), g(), f(), g(), f(), g()], dict(kernel=(1, 1), num_filter=4)),
 'quantized_elemwise_add': lambda: ([i8((2, 3)), i8((2, 3)), f(), g(), f(), g()], {}),
 'quantized_embedding': lambda: ([nd.array([0, 1]), i8((3, 4)), f(), g()], dict(input_dim=3, output_dim=4)),
 'quantized_flatten': lambda: ([i8((2, 3, 2)), f(), g()], {}),
 'quantized_fully_connected': lambda: ([i8((2, 4)), i8((3, 4)), i8((3,)), f(), g(), f(), g(), f(), g()], dict(num_hidden=3)),
 'quantized_pooling': lambda: ([nd.ones((1, 4, 4, 4), dtype='uint8'), f(), g()], dict(kernel=(2, 2), pool_type='max')),
 'requantize': lambda: ([nd.ones((2, 3), dtype='int32'), f(), g()], {}),
}
for name, mk in cases.items():
    args, kw = mk()
    for a in args: a.attach_grad()
    try:
        with mx.autograd.record():
            out = getattr(nd.contrib, name)(*args, **kw)
        out = out[0] if isinstance(out, (list, tuple)) else out
        out.backward()
        print(name, 'grads', [a.grad.asnumpy().tolist() for a in args][:2])
    except Exception as e:
        print(name, type(e).__name__, str(e).strip().splitlines()[-1][:100])
