# Edge cases of mx.nd.contrib operators: argument checks, storage types, thresholds
import mxnet as mx
from mxnet import nd


def show(label, fn):
    try:
        out = fn()
        outs = out if isinstance(out, (list, tuple)) else [out]
        print(label, [(o.stype, o.dtype.__name__, o.asnumpy().tolist()) for o in outs])
    except mx.base.MXNetError as e:
        print(label, 'MXNetError')


def message(label, fn):
    try:
        fn()
    except mx.base.MXNetError as e:
        text = str(e).strip().split('\n')[-1]
        print(label, text[len('MXNetError: '):] if text.startswith('MXNetError: ') else text)


x = nd.array([[-1.5, 0.2, 3.0]])
lo, hi = nd.array([-1.5]), nd.array([3.0])
show('dequantize float64', lambda: nd.contrib.dequantize(nd.array([1, 2], dtype='int8'), lo, hi, out_type='float64'))
show('dequantize float32', lambda: nd.contrib.dequantize(nd.array([1, 2], dtype='int8'), lo, hi, out_type='float32'))
message('quantize auto', lambda: nd.contrib.quantize(x, lo, hi, out_type='auto').asnumpy())
message('quantize_v2 int32', lambda: nd.contrib.quantize_v2(x, out_type='int32').asnumpy())
message('requantize float32', lambda: nd.contrib.requantize(nd.array([5], dtype='int32'), lo, hi,
                                                            out_type='float32').asnumpy())

for stype in ['csr', 'row_sparse']:
    sp = nd.array([[0, 1.5], [0, 0]]).tostype(stype)
    show('gradientmultiplier ' + stype, lambda: nd.contrib.gradientmultiplier(sp, scalar=2.0))
    sp.attach_grad(stype=stype)
    with mx.autograd.record():
        y = nd.contrib.gradientmultiplier(sp, scalar=3.0)
    y.backward()
    show('gradientmultiplier grad ' + stype, lambda: sp.grad)
