# im2col / col2im parameter checks as MXNet's: stride, dilate and pad of the kernel's length, no zero-sized kernel,
# stride or dilate, col2im's output_size of the kernel's length
import mxnet as mx
x = mx.nd.ones((1, 2, 4, 4))
for kw in [dict(kernel=(2, 2)), dict(kernel=(2, 2), stride=(1,)), dict(kernel=(2, 2), stride=(0, 0)),
           dict(kernel=(0, 0)), dict(kernel=(0,)), dict(kernel=(2, 2), dilate=(0, 0)), dict(kernel=(2, 2), pad=(1,)),
           dict(kernel=(2, 2), dilate=(1,)), dict(kernel=(2, 2), stride=(0,)),
           dict(kernel=(2, 2), stride=(2, 0)), dict(kernel=(2, 2), pad=(1, 1), stride=(2, 2))]:
    try: print('im2col', kw, mx.nd.im2col(x, **kw).asnumpy().sum())
    except mx.base.MXNetError as e: print('im2col', kw, 'MXNetError', str(e).split('Check failed: ')[-1][:40])
    try: print('col2im', kw, mx.nd.col2im(mx.nd.ones((1, 8, 9)), output_size=(4, 4), **kw).asnumpy().sum())
    except mx.base.MXNetError as e: print('col2im', kw, 'MXNetError', str(e).split('Check failed: ')[-1][:40])
