"""contrib interleaved attention matmuls on int32/float16/float64 data: the CPU kernels' FP32-only refusal at each operator's own source line, forward and backward."""
from mxnet import nd, autograd


def show(tag, f):
    try:
        print(tag, 'OK', f())
    except Exception as e:
        print(tag, type(e).__name__, str(e).replace('\n', ' | '))


for dt in ['int32', 'float16', 'float64']:
    ops = [('selfatt_qk', lambda q: nd.contrib.interleaved_matmul_selfatt_qk(q, heads=1)),
           ('selfatt_valatt', lambda q: nd.contrib.interleaved_matmul_selfatt_valatt(q, nd.ones((1, 2, 2), dtype=dt),
                                                                                     heads=1)),
           ('encdec_qk', lambda q: nd.contrib.interleaved_matmul_encdec_qk(q[:, :, :2], nd.ones((2, 1, 4), dtype=dt),
                                                                           heads=1)),
           ('encdec_valatt', lambda q: nd.contrib.interleaved_matmul_encdec_valatt(q[:, :, :4],
                                                                                   nd.ones((1, 2, 2), dtype=dt), heads=1))]
    for name, f in ops:
        q = nd.ones((2, 1, 6), dtype=dt)
        show((dt, name, 'forward'), lambda: f(q).asnumpy().shape)
        show((dt, name, 'waitall'), lambda: nd.waitall())
        q.attach_grad()
        with autograd.record():
            y = f(q)
        show((dt, name, 'backward'), lambda: y.backward())
        show((dt, name, 'grad'), lambda: q.grad.asnumpy().ravel()[:3].tolist())
        show((dt, name, 'waitall 2'), lambda: nd.waitall())
