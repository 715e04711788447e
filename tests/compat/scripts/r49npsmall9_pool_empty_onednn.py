"""float32 max and avg pooling on oneDNN's path (npx.pooling, nd.Pooling, Gluon's pooling layers) over an input of no elements fails in its kernel with delay_alloc, before oneDNN's window checks, read when the result is (an empty one waits for waitall), as MXNet does."""
import mxnet as mx
from mxnet import np, npx, autograd, gluon

npx.set_np()


def run(tag, f):
    try:
        y = f()
        print(tag, 'call ok', y.shape, y.dtype)
        print('  ', y.asnumpy().ravel().tolist()[:3])
    except mx.base.MXNetError as e:
        print(tag, type(e).__name__, str(e).strip().splitlines()[-1][:170])
    try:
        mx.nd.waitall()
    except mx.base.MXNetError as e:
        print('  waitall:', str(e).strip().splitlines()[-1][:170])


for shape in [(3, 1, 0, 2), (2, 1, 0), (1, 2, 0, 0), (1, 1, 0, 0, 0), (0, 1, 2, 2)]:
    k = (1,) * (len(shape) - 2)
    for pt in ['max', 'avg']:
        run(f'np {shape} {pt} global', lambda: npx.pooling(np.zeros(shape), kernel=k, pool_type=pt, global_pool=True))
        run(f'nd {shape} {pt} global', lambda: mx.nd.Pooling(mx.nd.zeros(shape), kernel=k, pool_type=pt,
                                                              global_pool=True))
run('pad as wide as the kernel', lambda: npx.pooling(np.zeros((0, 1, 4, 4)), kernel=(2, 2), pad=(2, 2)))
run('kernel of rank 3 on 2-D', lambda: npx.pooling(np.zeros((2, 1, 0, 2)), kernel=(1, 1, 1), global_pool=True))
run('kernel of rank 1 on 2-D', lambda: npx.pooling(np.zeros((0, 1, 3, 2)), kernel=(1,), global_pool=True))
run('avg full, rank 1 on 2-D', lambda: npx.pooling(np.zeros((0, 1, 3, 2)), kernel=(1,), global_pool=True,
                                                   pool_type='avg', pooling_convention='full'))
run('float64', lambda: npx.pooling(np.zeros((2, 1, 0, 2), dtype='float64'), kernel=(1, 1), global_pool=True))
run('NHWC', lambda: npx.pooling(np.zeros((2, 0, 2, 1)), kernel=(1, 1), global_pool=True, layout='NHWC'))
run('no kernel', lambda: npx.pooling(np.zeros((2, 1, 0, 2)), global_pool=True))
for blk in [gluon.nn.MaxPool2D(), gluon.nn.GlobalAvgPool2D(), gluon.nn.GlobalMaxPool1D()]:
    for hybridize in [False, True]:
        if hybridize:
            blk.hybridize()
        two_d = '2D' in type(blk).__name__
        run(f'{type(blk).__name__} {hybridize}', lambda: blk(np.zeros((0, 3, 4, 4) if two_d else (0, 3, 4))))
for shape in [(3, 1, 0, 2), (0, 1, 2, 2)]:
    x = np.zeros(shape)
    x.attach_grad()
    with autograd.record():
        y = npx.pooling(x, kernel=(1, 1), global_pool=True)
    y.backward()
    print('grad', shape, x.grad.shape, x.grad.asnumpy().tolist())
    run('  after backward', lambda: y)
