"""An NDArray given where the quantization ops take an enumerated attribute (out_type, act_type) is refused as the parser reads its text; Custom's unknown op_type spanning lines ends its message with a line break."""
import mxnet as mx

nd = mx.nd
x = nd.ones((2, 3))
a = nd.array([1.])
q = nd.contrib.quantize_v2(x, out_type='int8')
calls = {
    'quantize_v2 out_type': lambda: nd.contrib.quantize_v2(x, x),
    'quantize_v2 out_type text': lambda: nd.contrib.quantize_v2(x, str(x)),
    'quantize_v2 out_type bad': lambda: nd.contrib.quantize_v2(x, out_type='int32'),
    'quantize out_type': lambda: nd.contrib.quantize(x, a, a, a),
    'quantize out_type bad': lambda: nd.contrib.quantize(x, a, a, out_type='auto'),
    'dequantize out_type': lambda: nd.contrib.dequantize(q[0], q[1], q[2], a),
    'dequantize out_type bad': lambda: nd.contrib.dequantize(q[0], q[1], q[2], out_type='float16'),
    'requantize out_type': lambda: nd.contrib.requantize(q[0].astype('int32'), q[1], q[2], a),
    'requantize out_type bad': lambda: nd.contrib.requantize(q[0].astype('int32'), q[1], q[2], out_type='int32'),
    'quantized_act act_type': lambda: nd.contrib.quantized_act(q[0], q[1], q[2], a),
    'quantized_act act_type bad': lambda: nd.contrib.quantized_act(q[0], q[1], q[2], act_type='gelu'),
    'quantized_act relu': lambda: nd.contrib.quantized_act(q[0], q[1], q[2], act_type='relu'),
    'Custom op_type array': lambda: nd.Custom(x, op_type=a),
    'Custom op_type lines': lambda: nd.Custom(x, op_type='a\nb'),
    'Custom op_type': lambda: nd.Custom(x, op_type='foo'),
}
for k, f in calls.items():
    try:
        r = f()
        print(k, 'ok', [o.asnumpy().tolist() for o in (r if isinstance(r, (list, tuple)) else [r])])
    except mx.MXNetError as e:
        print(k, repr(str(e)))
